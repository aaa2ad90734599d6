<?php
/*
 * A hostile provider (php -S router; start it with ci_hostile_start() from hostile.inc). It
 * answers the create and lookup paths of every provider the emulator knows (under its MOUNT) in
 * its own envelopes; the first path segment picks the mode. It also works as a plain HTTP proxy (the request line then holds
 * the whole URL), which lets it echo the proxy credentials it was sent.
 *
 *   echo_error    the provider's documented error (422; Bitsby 400) whose message and errors bag
 *                 carry every secret in every form, in keys and values; the body is padded so
 *                 the raw key straddles the 64 KiB cap of getResponseBody()
 *   echo_ok       a success whose invoice carries every secret in every form, in keys and values
 *   echo_auth     401 in the provider's error shape with the secrets in its message
 *   echo_html403  403 text/html page quoting the secrets (a proxy or CDN page)
 *   echo_text500  500 text/plain quoting the secrets
 *   echo_407      407 from the "proxy", quoting its Proxy-Authorization
 *   html<CODE>    a CDN's error page (text/html) with that status, nothing echoed
 *   json<CODE>    that status with JSON that is not the provider's shape (a WAF's JSON)
 *   empty<CODE>   that status with an empty body
 *   swap          a lookup answered with another invoice than the one asked for (creates work)
 *   list2         a CryptoCloud lookup answered with a list of two: another invoice, then the one asked for
 *   same          a lookup answered with the invoice asked for, written as the provider may
 *                 (CryptoCloud: without the INV- prefix; Cryptomus: its uuid in lower case)
 */
require __DIR__ . '/hostile.inc';
require_once __DIR__ . '/helpers.inc';

$uri = $_SERVER['REQUEST_URI'];
$path = (string) parse_url($uri, PHP_URL_PATH);
if (!preg_match('#^/([a-z0-9_]+)(/.*)$#', $path, $m)) {
	http_response_code(404);
	echo "hostile: no mode in $path\n";
	return true;
}
[, $mode, $endpoint] = $m;
/* The emulator's routing names the provider (each one's PATHS under its MOUNT) and gives the path
 * its API sees; the answer shapes below are a family's: a provider running another's API (Heleket
 * runs Cryptomus's) is a subclass of that provider's emulator class and answers in its shapes. */
$route = emu_provider_for_path($endpoint);
$name = $route ? $route[0]::NAME : null;
$provider = $route ? ci_test_family($name) : null;
$endpoint = $route ? $route[1] : $endpoint;
$lookup = in_array($endpoint, ['/v1/payment/info', '/v2/invoice/merchant/info', '/api-gateway/get-invoice', '/invoices/list'], true);
$in = $provider === 'bitsby' ? $_POST : (json_decode((string) file_get_contents('php://input'), true) ?: []);
$asked = match ($provider) {
	'cryptomus' => $in['uuid'] ?? $in['order_id'] ?? null,
	'cryptocloud' => $in['uuids'][0] ?? null,
	default => $in['invoiceId'] ?? null,
};

/* Every secret in every form, and the headers that carried credentials as they came. */
function hostile_echoes(): array
{
	global $provider;
	$out = [];
	/* secret_key is CryptoCloud's alone: the other gateways do not know it. */
	$secrets = [CI_HOSTILE_KEY, CI_HOSTILE_PROXY_PASS, rawurlencode(CI_HOSTILE_PROXY_PASS)];
	if ($provider === 'cryptocloud') {
		$secrets[] = CI_HOSTILE_SECRET_KEY;
	}
	foreach ($secrets as $secret) {
		foreach (ci_hostile_forms($secret) as $form) {
			$out[] = $form;
		}
	}
	foreach (['HTTP_AUTHORIZATION', 'HTTP_PROXY_AUTHORIZATION'] as $h) {
		if (isset($_SERVER[$h])) {
			$out[] = $_SERVER[$h];
		}
	}
	return $out;
}

function hostile_send(int $status, string $body, string $type = 'application/json'): void
{
	http_response_code($status);
	header("Content-Type: $type");
	echo $body;
}

/* JSON with the raw key placed across byte 65536, appended to an object's last member. */
function hostile_straddle(string $json): string
{
	$tail = ',"echo_at_cap":"';
	$pad = 65536 - 12 - (strlen($json) - 1) - strlen($tail) - strlen(',"pad":""');
	return substr($json, 0, -1) . ',"pad":"' . str_repeat(' ', max(0, $pad)) . '"' . $tail . CI_HOSTILE_KEY . '"}';
}

function hostile_error(string $provider, int $status, bool $bag): array
{
	$e = hostile_echoes();
	$text = 'refused: ' . implode(' | ', $e);
	$fields = [];
	foreach ($e as $i => $form) {
		$fields[$form] = ["field $i echoes $form"];
	}
	$fields['nested'] = ['deeper' => [$text]];
	return match ($provider) {
		'cryptomus' => [$status, $bag ? ['state' => 1, 'errors' => $fields] : ['state' => 1, 'message' => $text]],
		'cryptocloud' => [$status, ['status' => 'error', 'result' => $bag ? ['validate_error' => $text] + $fields : $text]],
		'onchainpay' => [$status, ['success' => false, 'error' => ['name' => $status === 401 ? 'AuthError' : 'ValidationError',
			'message' => $text, 'code' => 1] + ($bag ? ['fields' => $fields] + $fields : [])]],
		'bitsby' => [$status === 422 ? 400 : $status, ['result' => 'error', 'data' => $text]],
	};
}

function hostile_invoice(string $provider, string $id, bool $lookup, array $extra): array
{
	$inv = match ($provider) {
		'cryptomus' => ['uuid' => $id, 'order_id' => 'order-1', 'amount' => '10.00', 'currency' => 'USD',
			'payment_status' => 'check', 'status' => 'check', 'is_final' => false,
			'url' => 'https://' . $GLOBALS['route'][0]::PAY_HOST . "/pay/$id", 'expired_at' => 1767268800],
		'cryptocloud' => ['uuid' => $id, 'status' => 'created', 'amount_in_fiat' => 10.0, 'fiat_currency' => 'USD',
			'link' => 'pay.cryptocloud.plus/' . substr($id, 4), 'created' => '2026-01-01 12:00:00.000000',
			'expiry_date' => '2026-01-02 12:00:00.000000', 'address' => '', 'amount' => 0.1, 'test_mode' => false,
			'currency' => ['code' => 'ETH', 'network' => ['code' => 'ERC20']], 'order_id' => 'order-1'],
		'onchainpay' => ['id' => $id, 'status' => 'INIT', 'amount' => '10', 'currency' => 'USD', 'order' => 'order-1',
			'invoiceLink' => "https://invoices.domain/$id", 'createdAt' => '2026-01-01T12:00:00.000Z'],
		'bitsby' => ['id' => $id, 'uid' => 'u1', 'createDatetime' => '2026-01-01 12:00:00', 'url' => 'https://dash.bitsby.app/invoices/pay/u1']
			+ ($lookup ? ['amountFiat' => '10', 'currencyFiat' => 'USD', 'status' => 'unpaid', 'serviceData' => '{"orderId":"order-1"}'] : ['wallets' => []]),
	};
	$inv = $extra + $inv;
	return match ($provider) {
		'cryptomus' => ['state' => 0, 'result' => $inv],
		'cryptocloud' => ['status' => 'success', 'result' => $lookup ? [$inv] : $inv],
		'onchainpay' => ['success' => true, 'response' => $inv],
		'bitsby' => ['result' => 'success', 'data' => $lookup ? [$inv] : $inv],
	};
}

$ids = ['cryptomus' => 'a1b2c3d4-0000-4000-8000-00000000000a', 'cryptocloud' => 'INV-AAAA1111',
	'onchainpay' => 'b1b2c3d4-0000-4000-8000-00000000000b', 'bitsby' => 'c1b2c3d4-0000-4000-8000-00000000000c'];
$other = ['cryptomus' => 'f9f9f9f9-0000-4000-8000-0000000000ff', 'cryptocloud' => 'INV-BBBB2222',
	'onchainpay' => 'e9e9e9e9-0000-4000-8000-0000000000ee', 'bitsby' => 'd9d9d9d9-0000-4000-8000-0000000000dd'];
$id = $lookup && is_string($asked) ? $asked : $ids[$provider ?? 'cryptomus'];

if ($provider === null) {
	hostile_send(404, "hostile: no provider at $endpoint\n", 'text/plain');
	return true;
}
switch ($mode) {
	case 'echo_error':
		[$status, $body] = hostile_error($provider, 422, true);
		hostile_send($status, hostile_straddle(json_encode($body)));
		break;
	case 'echo_auth':
		[$status, $body] = hostile_error($provider, 401, false);
		hostile_send($status, json_encode($body));
		break;
	case 'echo_ok':
		$e = hostile_echoes();
		$extra = ['echo' => $e, 'echo_keys' => array_fill_keys($e, 'key'), 'nested' => ['deeper' => [array_fill_keys($e, $e)]],
			'address' => implode(' ', $e)];
		hostile_send(200, json_encode(hostile_invoice($provider, $id, $lookup, $extra)));
		break;
	case 'echo_html403':
		hostile_send(403, '<html><body><h1>403 Forbidden</h1><p>' . implode('<br>', hostile_echoes()) . '</p></body></html>', 'text/html');
		break;
	case 'echo_text500':
		hostile_send(500, 'upstream said: ' . implode("\n", hostile_echoes()), 'text/plain');
		break;
	case 'echo_407':
		header('Proxy-Authenticate: Basic realm="x"');
		hostile_send(407, 'proxy refused ' . ($_SERVER['HTTP_PROXY_AUTHORIZATION'] ?? 'nothing') . ' ' . implode(' ', hostile_echoes()), 'text/plain');
		break;
	case (preg_match('/^html(\d{3})$/', $mode, $c) ? $mode : null):
		hostile_send((int) $c[1], "<!DOCTYPE html>\n<html><head>\n<title> Attention Required! | Cloudflare </title></head>"
			. "<body><h1>Sorry, you have been blocked</h1><p>Ray ID: 8a1b2c3d</p></body></html>\n", 'text/html');
		break;
	case (preg_match('/^json(\d{3})$/', $mode, $c) ? $mode : null):
		hostile_send((int) $c[1], '{"error":"access denied","ray":"8a1b2c3d"}');
		break;
	case (preg_match('/^empty(\d{3})$/', $mode, $c) ? $mode : null):
		hostile_send((int) $c[1], '', 'text/plain');
		break;
	case 'swap':
		if ($lookup) {
			hostile_send(200, json_encode(hostile_invoice($provider, $other[$provider], true, [])));
		} else {
			hostile_send(200, json_encode(hostile_invoice($provider, $ids[$provider], false, [])));
		}
		break;
	case 'list2':
		$a = hostile_invoice($provider, $other[$provider], true, []);
		$b = hostile_invoice($provider, $id, true, []);
		$a['result'][] = $b['result'][0];
		hostile_send(200, json_encode($a));
		break;
	case 'same':
		$same = match ($provider) {
			'cryptocloud' => preg_replace('/^INV-/i', '', $id),
			'cryptomus' => strtolower($id),
			default => $id,
		};
		hostile_send(200, json_encode(hostile_invoice($provider, $same, $lookup, [])));
		break;
	default:
		hostile_send(400, "hostile: unknown mode $mode\n", 'text/plain');
}
return true;
