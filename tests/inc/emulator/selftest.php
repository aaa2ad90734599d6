<?php
declare(strict_types=1);

/*
 * Self-test of the provider emulator: starts it through tests/inc/server.inc and drives every
 * endpoint and scenario with ext/curl, signing requests the way each provider specifies; the
 * scenarios run for every provider of emu_providers() (the issue 14 endpoints are checked in
 * depth by tests/emulator/*.phpt, here once each).
 *
 *   php tests/inc/emulator/selftest.php      (about a minute: Bitsby allows 1 request/s)
 *
 * Prints PASS/FAIL lines; exits 1 when anything failed.
 */

require __DIR__ . '/../server.inc';
require_once __DIR__ . '/../credentials.inc';
require_once __DIR__ . '/common.php';
require_once __DIR__ . '/control.inc';

if (!extension_loaded('curl')) {
	fwrite(STDERR, "the self-test needs ext/curl in this PHP\n");
	exit(2);
}

$GLOBALS['failures'] = 0;

function check(string $name, bool $ok, string $detail = ''): void
{
	echo $ok ? 'PASS' : 'FAIL', " $name", $ok || $detail === '' ? '' : "  -- $detail", "\n";
	$GLOBALS['failures'] += $ok ? 0 : 1;
}

/* ---------------------------------------------------------------- HTTP */

/**
 * @param string|array $body a string is sent as is; an array makes curl send multipart
 * @return array{status:int, headers:array<string,string>, body:string, errno:int, time:float}
 */
function http(string $url, array $headers, string|array|null $body, array $curlOpts = []): array
{
	$h = curl_init($url);
	$respHeaders = [];
	curl_setopt_array($h, [
		CURLOPT_RETURNTRANSFER => true,
		CURLOPT_FOLLOWLOCATION => false,
		CURLOPT_TIMEOUT_MS => 20000,
		CURLOPT_HTTPHEADER => $headers,
		CURLOPT_HEADERFUNCTION => static function ($h, string $line) use (&$respHeaders): int {
			if (str_contains($line, ':')) {
				[$name, $value] = explode(':', $line, 2);
				$respHeaders[strtolower(trim($name))] = trim($value);
			}
			return strlen($line);
		},
	] + ($body === null ? [] : [CURLOPT_POST => true, CURLOPT_POSTFIELDS => $body]) + []);
	curl_setopt_array($h, $curlOpts);
	$start = microtime(true);
	$out = curl_exec($h);
	$result = [
		'status' => curl_getinfo($h, CURLINFO_RESPONSE_CODE),
		'headers' => $respHeaders,
		'body' => is_string($out) ? $out : '',
		'errno' => curl_errno($h),
		'time' => microtime(true) - $start,
	];
	curl_close($h);
	return $result;
}

function decode(array $r): mixed
{
	return json_decode($r['body'], true);
}

/* ---------------------------------------------------------------- provider clients */

/** Cryptomus, or another provider of its family ($provider: Heleket), under its MOUNT. */
function cm(string $base, string $path, array|string $payload, array $override = [], string $provider = 'cryptomus', ?string $key = null): array
{
	$emu = emu_providers()[$provider];
	$raw = is_string($payload) ? $payload : json_encode((object) $payload, JSON_UNESCAPED_SLASHES);
	$headers = $override + [
		'merchant' => $emu::CREDENTIALS['merchant_id'],
		'sign' => md5(base64_encode($raw) . ($key ?? $emu::CREDENTIALS['api_key'])),
		'Content-Type' => 'application/json',
	];
	return http($base . $emu::MOUNT . $path, header_lines($headers), $raw);
}

/** The provider whose API $provider speaks: itself, or the one its emulator class extends. */
function family(string $provider): string
{
	$class = emu_providers()[$provider];
	while (get_parent_class($class) !== EmuProvider::class) {
		$class = get_parent_class($class);
	}
	return $class::NAME;
}

function cc(string $base, string $path, array|string $payload, array $override = []): array
{
	$raw = is_string($payload) ? $payload : json_encode($payload, JSON_UNESCAPED_SLASHES);
	$headers = $override + [
		'Authorization' => 'Token ' . CI_TEST_CRYPTOCLOUD_KEY,
		'Content-Type' => 'application/json',
	];
	return http($base . $path, header_lines($headers), $raw);
}

/** A nonce no other request of this run uses: millisecond time plus a counter. */
function nonce(): int
{
	static $n = 0;
	return (int) (microtime(true) * 1000) * 1000 + ($n++ % 1000);
}

function ocp(string $base, string $path, array $payload, array $override = [], bool $addNonce = true): array
{
	if ($addNonce && !array_key_exists('nonce', $payload)) {
		$payload['nonce'] = nonce();
	}
	$raw = json_encode($payload, JSON_UNESCAPED_SLASHES);
	$headers = $override + [
		'x-api-public-key' => CI_TEST_ONCHAINPAY_PUBLIC,
		'x-api-signature' => hash_hmac('sha256', $raw, CI_TEST_ONCHAINPAY_PRIVATE),
		'Content-Type' => 'application/json',
	];
	return http($base . $path, header_lines($headers), $raw);
}

/** Bitsby allows one request per second per token: pace like a compliant client. */
function bt(string $base, string $path, array|string $fields, array $override = [], bool $pace = true): array
{
	static $last = 0.0;
	if ($pace) {
		$wait = $last + 1.02 - microtime(true);
		if ($wait > 0) {
			usleep((int) ($wait * 1e6));
		}
	}
	$last = microtime(true);
	$headers = $override + ['Authorization' => 'Token ' . CI_TEST_BITSBY_TOKEN];
	return http($base . $path, header_lines($headers), $fields);
}

function bt_pace_reset(): void
{
	usleep(1020000);
}

function header_lines(array $headers): array
{
	$lines = [];
	foreach ($headers as $name => $value) {
		if ($value !== null) {
			$lines[] = "$name: $value";
		}
	}
	return $lines;
}

function bt_invoice_fields(array $override = []): array
{
	return $override + [
		'projectId' => CI_TEST_BITSBY_PROJECT,
		'amountFiat' => '10.55',
		'currencyFiat' => 'EUR',
		'description' => '12 months license',
		'serviceData' => '{"userId":100,"orderId":500}',
		'timeToPay' => '6',
	];
}

/* ---------------------------------------------------------------- per-provider expectations */

/** A valid create request of each provider, unique each time (order ids, nonces). */
function create_request(string $provider, string $base): array
{
	static $n = 0;
	$n++;
	return match (family($provider)) {
		'cryptomus' => cm($base, '/v1/payment', ['amount' => '15', 'currency' => 'USD', 'order_id' => "sc-$n-" . getmypid()], [], $provider),
		'cryptocloud' => cc($base, '/v2/invoice/create', ['shop_id' => CI_TEST_CRYPTOCLOUD_SHOP, 'amount' => 10, 'currency' => 'USD']),
		'onchainpay' => ocp($base, '/api-gateway/make-invoice', ['currency' => 'USD', 'amount' => '20']),
		'bitsby' => bt($base, '/invoices/create', bt_invoice_fields()),
	};
}

/** The provider's documented error envelope, for a given HTTP status. */
function is_error_envelope(string $provider, mixed $d, int $status): bool
{
	if (!is_array($d)) {
		return false;
	}
	return match (family($provider)) {
		'cryptomus' => $status >= 500
			? is_string($d['message'] ?? null) && ($d['code'] ?? null) === $status && array_key_exists('error', $d)
			: ($d['state'] ?? null) === 1 && (is_string($d['message'] ?? null) || is_array($d['errors'] ?? null)),
		'cryptocloud' => ($d['status'] ?? null) === 'error' && is_array($d['result'] ?? null),
		'onchainpay' => ($d['success'] ?? null) === false && is_string($d['error']['name'] ?? null)
			&& is_string($d['error']['message'] ?? null) && is_int($d['error']['code'] ?? null),
		'bitsby' => ($d['result'] ?? null) === 'error' && is_string($d['data'] ?? null),
	};
}

/** The invoice id of a success answer (create), or null when the envelope is not success. */
function success_id(string $provider, mixed $d): mixed
{
	if (!is_array($d)) {
		return null;
	}
	return match (family($provider)) {
		'cryptomus' => ($d['state'] ?? null) === 0 ? ($d['result']['uuid'] ?? null) : null,
		'cryptocloud' => ($d['status'] ?? null) === 'success' ? ($d['result']['uuid'] ?? null) : null,
		'onchainpay' => ($d['success'] ?? null) === true ? ($d['response']['id'] ?? null) : null,
		'bitsby' => ($d['result'] ?? null) === 'success' ? ($d['data']['id'] ?? null) : null,
	};
}

function auth_failure_ok(string $provider, array $r): bool
{
	return $r['status'] === 401 && is_error_envelope($provider, decode($r), 401);
}

/* ---------------------------------------------------------------- Cryptomus */

function test_cryptomus(string $base): void
{
	$seedKeys = ['uuid', 'order_id', 'amount', 'payment_amount', 'payer_amount', 'discount_percent',
		'discount', 'payer_currency', 'currency', 'merchant_amount', 'network', 'address', 'from', 'txid',
		'payment_status', 'url', 'expired_at', 'status', 'is_final', 'additional_data', 'created_at', 'updated_at'];
	$order = 'cm-' . getmypid();
	$r = cm($base, '/v1/payment', ['amount' => '15', 'currency' => 'USD', 'order_id' => $order, 'url_callback' => 'https://shop.example/cb']);
	$d = decode($r);
	$res = $d['result'] ?? [];
	check('cryptomus create: 200 state 0', $r['status'] === 200 && ($d['state'] ?? null) === 0, $r['body']);
	check('cryptomus create: seed fields in seed order', array_keys($res) === $seedKeys, implode(',', array_keys($res)));
	check('cryptomus create: uuid v4, url, status check', preg_match('/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/', $res['uuid'] ?? '') === 1
		&& $res['url'] === 'https://pay.cryptomus.com/pay/' . $res['uuid'] && $res['status'] === 'check'
		&& $res['payment_status'] === 'check' && $res['is_final'] === false && $res['amount'] === '15');
	check('cryptomus create: expired_at = now + 3600', abs($res['expired_at'] - (time() + 3600)) <= 5);
	check('cryptomus create: created_at ISO 8601 +03:00', preg_match('/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+03:00$/', $res['created_at']) === 1);
	check('cryptomus create: unescaped slashes like the seed', str_contains($r['body'], '"https://pay.cryptomus.com/pay/'));

	$again = decode(cm($base, '/v1/payment', ['amount' => '99', 'currency' => 'EUR', 'order_id' => $order]));
	check('cryptomus create: existing order_id returns the stored invoice', ($again['result']['uuid'] ?? null) === $res['uuid'] && $again['result']['amount'] === '15');

	$r = cm($base, '/v1/payment', ['amount' => '25', 'currency' => 'USD', 'order_id' => "$order-2", 'to_currency' => 'USDT', 'network' => 'tron', 'lifetime' => 600, 'additional_data' => 'x/y']);
	$res = decode($r)['result'] ?? [];
	check('cryptomus create: to_currency/network fill payer_currency, payer_amount, network, address',
		$res['payer_currency'] === 'USDT' && is_string($res['payer_amount']) && $res['network'] === 'tron'
		&& preg_match('/^T\w{33}$/', (string) $res['address']) === 1 && $res['additional_data'] === 'x/y'
		&& abs($res['expired_at'] - (time() + 600)) <= 5, $r['body']);

	$r = cm($base, '/v1/payment/info', ['uuid' => $res['uuid']]);
	check('cryptomus info by uuid', ($d = decode($r))['state'] === 0 && $d['result']['uuid'] === $res['uuid']);
	$r = cm($base, '/v1/payment/info', ['order_id' => "$order-2"]);
	check('cryptomus info by order_id', (decode($r)['result']['uuid'] ?? null) === $res['uuid']);
	ci_emulator_set_status($base, 'cryptomus', $res['uuid'], 'paid');
	$d = decode(cm($base, '/v1/payment/info', ['uuid' => $res['uuid']]));
	check('cryptomus set_status paid: status, payment_status, is_final', $d['result']['status'] === 'paid'
		&& $d['result']['payment_status'] === 'paid' && $d['result']['is_final'] === true);
	ci_emulator_set_status($base, 'cryptomus', $res['uuid'], 'process');
	$d = decode(cm($base, '/v1/payment/info', ['uuid' => $res['uuid']]));
	check('cryptomus set_status process: not final', $d['result']['status'] === 'process' && $d['result']['is_final'] === false);
	$r = cm($base, '/v1/payment/info', ['uuid' => '00000000-0000-4000-8000-000000000000']);
	check('cryptomus info unknown: 404 Payment not found', $r['status'] === 404 && decode($r) === ['state' => 1, 'message' => 'Payment not found'], $r['body']);

	$body = json_encode(['amount' => '15', 'currency' => 'USD', 'order_id' => 'x1']);
	check('cryptomus wrong sign: 401 Unauthorized', ($r = cm($base, '/v1/payment', $body, ['sign' => md5($body . CI_TEST_CRYPTOMUS_KEY)]))['status'] === 401
		&& decode($r) === ['state' => 1, 'message' => 'Unauthorized']);
	check('cryptomus uppercase sign is refused (byte for byte)', cm($base, '/v1/payment', $body, ['sign' => strtoupper(md5(base64_encode($body) . CI_TEST_CRYPTOMUS_KEY))])['status'] === 401);
	check('cryptomus wrong merchant: 401', cm($base, '/v1/payment', $body, ['merchant' => 'someone-else'])['status'] === 401);
	check('cryptomus sign over other bytes (re-encoded body): 401',
		cm($base, '/v1/payment', $body . ' ', ['sign' => md5(base64_encode($body) . CI_TEST_CRYPTOMUS_KEY)])['status'] === 401);

	$cases = [
		'missing amount' => [['currency' => 'USD', 'order_id' => 'a'], 'amount', 'validation.required'],
		'numeric amount' => [['amount' => 15, 'currency' => 'USD', 'order_id' => 'a'], 'amount', 'validation.string'],
		'order_id with space' => [['amount' => '1', 'currency' => 'USD', 'order_id' => 'a b'], 'order_id', 'validation.alpha_dash'],
		'order_id 129 chars' => [['amount' => '1', 'currency' => 'USD', 'order_id' => str_repeat('a', 129)], 'order_id', 'validation.max.string'],
		'lifetime 299' => [['amount' => '1', 'currency' => 'USD', 'order_id' => 'a', 'lifetime' => 299], 'lifetime', 'validation.between.numeric'],
		'lifetime 43201' => [['amount' => '1', 'currency' => 'USD', 'order_id' => 'a', 'lifetime' => 43201], 'lifetime', 'validation.between.numeric'],
		'subtract 101' => [['amount' => '1', 'currency' => 'USD', 'order_id' => 'a', 'subtract' => 101], 'subtract', 'validation.between.numeric'],
		'accuracy 5.5' => [['amount' => '1', 'currency' => 'USD', 'order_id' => 'a', 'accuracy_payment_percent' => 5.5], 'accuracy_payment_percent', 'validation.between.numeric'],
		'discount -100' => [['amount' => '1', 'currency' => 'USD', 'order_id' => 'a', 'discount_percent' => -100], 'discount_percent', 'validation.between.numeric'],
		'course_source 3 chars' => [['amount' => '1', 'currency' => 'USD', 'order_id' => 'a', 'course_source' => 'abc'], 'course_source', 'validation.min.string'],
		'url_return 5 chars' => [['amount' => '1', 'currency' => 'USD', 'order_id' => 'a', 'url_return' => 'http:'], 'url_return', 'validation.min.string'],
		'url_success 256 chars' => [['amount' => '1', 'currency' => 'USD', 'order_id' => 'a', 'url_success' => 'https://a.b/' . str_repeat('x', 244)], 'url_success', 'validation.max.string'],
		'additional_data 256' => [['amount' => '1', 'currency' => 'USD', 'order_id' => 'a', 'additional_data' => str_repeat('x', 256)], 'additional_data', 'validation.max.string'],
	];
	foreach ($cases as $name => [$payload, $field, $rule]) {
		$r = cm($base, '/v1/payment', $payload);
		$d = decode($r);
		check("cryptomus 422 $name", $r['status'] === 422 && ($d['state'] ?? null) === 1 && ($d['errors'][$field] ?? null) === [$rule], $r['body']);
	}
	$r = cm($base, '/v1/payment', ['amount' => '1', 'currency' => 'USD', 'order_id' => 'a', 'lifetime' => 43200, 'subtract' => 0, 'discount_percent' => -99, 'course_source' => 'Binance']);
	check('cryptomus boundaries accepted', $r['status'] === 200, $r['body']);
	$r = cm($base, '/v1/payment', ['amount' => '1', 'currency' => 'XXX', 'order_id' => 'cx']);
	check('cryptomus currency XXX: 422 The currency was not found', $r['status'] === 422 && decode($r) === ['state' => 1, 'message' => 'The currency was not found']);
	$r = cm($base, '/v1/payment', ['amount' => '1', 'currency' => 'USDT', 'order_id' => 'cx', 'network' => 'badnet']);
	check('cryptomus network badnet: 422 The network was not found', $r['status'] === 422 && decode($r) === ['state' => 1, 'message' => 'The network was not found']);
	$r = cm($base, '/v1/payment', ['amount' => '1', 'currency' => 'USD', 'order_id' => 'ct'], ['Content-Type' => 'text/plain']);
	check('cryptomus non-JSON Content-Type: fields missing (422)', $r['status'] === 422 && isset(decode($r)['errors']['amount']));
	$r = http("$base/v1/payment", [], null);
	check('cryptomus GET: 405 in its envelope', $r['status'] === 405 && is_error_envelope('cryptomus', decode($r), 405));
	$r = cm($base, '/v1/nothing', []);
	check('cryptomus unknown path: 404 in its envelope', $r['status'] === 404 && is_error_envelope('cryptomus', decode($r), 404));
}

/* ---------------------------------------------------------------- CryptoCloud */

function test_cryptocloud(string $base): void
{
	$seedKeys = ['uuid', 'created', 'address', 'expiry_date', 'side_commission', 'side_commission_cc', 'amount',
		'amount_usd', 'amount_in_fiat', 'fee', 'fee_usd', 'service_fee', 'service_fee_usd', 'fiat_currency',
		'status', 'is_email_required', 'link', 'currency', 'project', 'test_mode', 'order_id'];
	$raw = '{"shop_id":"' . CI_TEST_CRYPTOCLOUD_SHOP . '","amount":100.10,"currency":"USD","order_id":"ORDER_1"}';
	$r = cc($base, '/v2/invoice/create', $raw);
	$d = decode($r);
	$res = $d['result'] ?? [];
	check('cryptocloud create: 200 success', $r['status'] === 200 && ($d['status'] ?? null) === 'success', $r['body']);
	check('cryptocloud create: seed fields in seed order', array_keys($res) === $seedKeys, implode(',', array_keys($res)));
	check('cryptocloud create: uuid INV-XXXXXXXX, link without scheme', preg_match('/^INV-[A-Z0-9]{8}$/', $res['uuid']) === 1
		&& $res['link'] === 'pay.cryptocloud.plus/' . substr($res['uuid'], 4));
	check('cryptocloud create: amount_in_fiat is the number sent', $res['amount_in_fiat'] === 100.1 && str_contains($r['body'], '"amount_in_fiat":100.1,')
		&& is_float($res['amount']) && is_float($res['amount_usd']) && $res['fiat_currency'] === 'USD' && $res['status'] === 'created');
	check('cryptocloud create: times UTC with microseconds, 24 h expiry',
		preg_match('/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}$/', $res['created']) === 1
		&& strtotime($res['expiry_date'] . ' UTC') - strtotime($res['created'] . ' UTC') === 86400
		&& abs(strtotime($res['created'] . ' UTC') - time()) <= 5);
	check('cryptocloud create: address empty, ETH currency object, order_id', $res['address'] === '' && $res['currency']['code'] === 'ETH'
		&& $res['currency']['network']['code'] === 'ERC20' && $res['order_id'] === 'ORDER_1' && $res['test_mode'] === false);
	$log = ci_emulator_log($base);
	check('cryptocloud: raw body (amount 100.10) is in the log verbatim', end($log)['body'] === $raw);

	$r = cc($base, '/v2/invoice/create', ['shop_id' => CI_TEST_CRYPTOCLOUD_SHOP, 'amount' => 50, 'currency' => 'EUR',
		'add_fields' => ['cryptocurrency' => 'USDT_TRC20', 'time_to_pay' => ['hours' => 1, 'minutes' => 30], 'available_currencies' => ['BTC', 'USDT_TRC20']]]);
	$res2 = decode($r)['result'] ?? [];
	check('cryptocloud create: cryptocurrency gives an address, time_to_pay the expiry', str_starts_with((string) $res2['address'], 'T')
		&& strtotime($res2['expiry_date'] . ' UTC') - strtotime($res2['created'] . ' UTC') === 5400
		&& $res2['amount_in_fiat'] === 50.0 && str_contains($r['body'], '"amount_in_fiat":50.0'), $r['body']);

	$bad = [
		'string amount' => [['shop_id' => CI_TEST_CRYPTOCLOUD_SHOP, 'amount' => '100.10'], 'amount'],
		'missing amount' => [['shop_id' => CI_TEST_CRYPTOCLOUD_SHOP], 'amount'],
		'zero amount' => [['shop_id' => CI_TEST_CRYPTOCLOUD_SHOP, 'amount' => 0], 'amount'],
		'wrong shop' => [['shop_id' => 'nope', 'amount' => 1], 'shop_id'],
		'unknown fiat' => [['shop_id' => CI_TEST_CRYPTOCLOUD_SHOP, 'amount' => 1, 'currency' => 'XYZ'], 'currency'],
		'crypto code as fiat' => [['shop_id' => CI_TEST_CRYPTOCLOUD_SHOP, 'amount' => 1, 'currency' => 'BTC'], 'currency'],
		'unknown cryptocurrency' => [['shop_id' => CI_TEST_CRYPTOCLOUD_SHOP, 'amount' => 1, 'add_fields' => ['cryptocurrency' => 'DOGE']], 'add_fields.cryptocurrency'],
		'unknown available currency' => [['shop_id' => CI_TEST_CRYPTOCLOUD_SHOP, 'amount' => 1, 'add_fields' => ['available_currencies' => ['BTC', 'USDT']]], 'add_fields.available_currencies'],
		'bad email' => [['shop_id' => CI_TEST_CRYPTOCLOUD_SHOP, 'amount' => 1, 'email' => 'nope'], 'email'],
	];
	foreach ($bad as $name => [$payload, $field]) {
		$r = cc($base, '/v2/invoice/create', $payload);
		$d = decode($r);
		check("cryptocloud 400 $name", $r['status'] === 400 && ($d['status'] ?? null) === 'error' && is_array($d['result'][$field] ?? null), $r['body']);
	}
	check('cryptocloud all 25 fiat codes accepted', cc($base, '/v2/invoice/create', ['shop_id' => CI_TEST_CRYPTOCLOUD_SHOP, 'amount' => 1, 'currency' => 'TRY'])['status'] === 200);
	$r = cc($base, '/v2/invoice/create', $raw, ['Authorization' => 'Token wrong']);
	check('cryptocloud bad token: 401', auth_failure_ok('cryptocloud', $r) && decode($r)['result'] === ['validate_error' => 'Invalid token'], $r['body']);
	check('cryptocloud Bearer instead of Token: 401', cc($base, '/v2/invoice/create', $raw, ['Authorization' => 'Bearer ' . CI_TEST_CRYPTOCLOUD_KEY])['status'] === 401);
	check('cryptocloud non-JSON content type: 415', cc($base, '/v2/invoice/create', $raw, ['Content-Type' => 'application/x-www-form-urlencoded'])['status'] === 415);

	$r = cc($base, '/v2/invoice/merchant/info', ['uuids' => [$res['uuid'], 'INV-ZZZZZZZZ', substr($res2['uuid'], 4)]]);
	$d = decode($r);
	check('cryptocloud info: known ids (with or without INV-), unknown dropped', $r['status'] === 200 && $d['status'] === 'success'
		&& array_column($d['result'], 'uuid') === [$res['uuid'], $res2['uuid']], $r['body']);
	$r = cc($base, '/v2/invoice/merchant/info', ['uuids' => ['INV-ZZZZZZZZ']]);
	check('cryptocloud info all unknown: success with []', decode($r) === ['status' => 'success', 'result' => []]);
	check('cryptocloud info 0 ids: 400', cc($base, '/v2/invoice/merchant/info', ['uuids' => []])['status'] === 400);
	check('cryptocloud info 101 ids: 400', cc($base, '/v2/invoice/merchant/info', ['uuids' => array_fill(0, 101, 'INV-AAAAAAAA')])['status'] === 400);
	ci_emulator_set_status($base, 'cryptocloud', $res['uuid'], 'paid');
	ci_emulator_set_status($base, 'cryptocloud', substr($res2['uuid'], 4), 'partial');
	$d = decode(cc($base, '/v2/invoice/merchant/info', ['uuids' => [$res['uuid'], $res2['uuid']]]));
	check('cryptocloud set_status', array_column($d['result'], 'status') === ['paid', 'partial']);
}

/* ---------------------------------------------------------------- OnChainPay */

function test_onchainpay(string $base): void
{
	$seedKeys = ['id', 'externalId', 'externalUserId', 'payerEmail', 'orderId', 'orderLink', 'invoiceLink', 'status',
		'order', 'description', 'currency', 'amount', 'receivedNetwork', 'receivedCurrency', 'receivedAmount',
		'receivedAmountInInvoiceCurrency', 'rate', 'includeFee', 'additionalFees', 'insurancePercent', 'slippagePercent',
		'paymentTolerancePercent', 'webhookURL', 'returnUrl', 'expiresAt', 'createdAt', 'currencies'];
	$ext = 'ext-' . getmypid();
	$r = ocp($base, '/api-gateway/make-invoice', ['externalId' => $ext, 'order' => 'Order #1', 'description' => 'Payment',
		'currency' => 'USD', 'amount' => '20', 'webhookURL' => 'https://shop.example/hook', 'returnURL' => 'https://shop.example/', 'lifetime' => 60]);
	$d = decode($r);
	$res = $d['response'] ?? [];
	check('onchainpay create: 200 success', $r['status'] === 200 && ($d['success'] ?? null) === true, $r['body']);
	check('onchainpay create: seed fields in seed order', array_keys($res) === $seedKeys, implode(',', array_keys($res)));
	check('onchainpay create: INIT, links, echo of the request', $res['status'] === 'INIT' && $res['invoiceLink'] === "https://invoices.domain/{$res['id']}"
		&& $res['orderLink'] === "https://payment.domain/{$res['orderId']}" && $res['amount'] === '20' && $res['externalId'] === $ext
		&& $res['returnUrl'] === 'https://shop.example/' && $res['webhookURL'] === 'https://shop.example/hook');
	check('onchainpay create: ISO Z millis, lifetime in minutes', preg_match('/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/', $res['createdAt']) === 1
		&& strtotime($res['expiresAt']) - strtotime($res['createdAt']) === 3600);
	check('onchainpay create: currencies', $res['currencies'] === [['currency' => 'USDT', 'networks' => [
		['name' => 'tron', 'amount' => '20.1'], ['name' => 'ethereum', 'amount' => '20.5']]]], json_encode($res['currencies']));
	$r = ocp($base, '/api-gateway/make-invoice', ['currency' => 'USD', 'amount' => '30']);
	check('onchainpay create: default lifetime 30 minutes', strtotime(decode($r)['response']['expiresAt']) - strtotime(decode($r)['response']['createdAt']) === 1800);

	$again = decode(ocp($base, '/api-gateway/make-invoice', ['externalId' => $ext, 'currency' => 'EUR', 'amount' => '99']));
	check('onchainpay create: known externalId returns the stored invoice', ($again['response']['id'] ?? null) === $res['id']);

	$nonce = nonce();
	ocp($base, '/api-gateway/get-invoice', ['invoiceId' => $res['id'], 'nonce' => $nonce]);
	$r = ocp($base, '/api-gateway/get-invoice', ['invoiceId' => $res['id'], 'nonce' => $nonce]);
	check('onchainpay reused nonce: 400 NonceError', $r['status'] === 400 && (decode($r)['error']['name'] ?? null) === 'NonceError', $r['body']);
	$r = ocp($base, '/api-gateway/get-invoice', ['invoiceId' => $res['id'], 'nonce' => (string) $nonce]);
	check('onchainpay reused nonce as a string: 400', $r['status'] === 400);
	$r = ocp($base, '/api-gateway/get-invoice', ['invoiceId' => $res['id'], 'nonce' => 's-' . nonce()]);
	check('onchainpay string nonce accepted', $r['status'] === 200 && decode($r)['success'] === true);
	$r = ocp($base, '/api-gateway/get-invoice', ['invoiceId' => $res['id']], [], false);
	check('onchainpay missing nonce: 400 NonceError', $r['status'] === 400 && decode($r)['error']['name'] === 'NonceError');
	$r = ocp($base, '/api-gateway/make-invoice', ['currency' => 'USD', 'amount' => '1'], ['x-api-signature' => str_repeat('0', 64)]);
	check('onchainpay bad signature: 401 AuthError', auth_failure_ok('onchainpay', $r) && decode($r)['error']['name'] === 'AuthError', $r['body']);
	$r = ocp($base, '/api-gateway/make-invoice', ['currency' => 'USD', 'amount' => '1'], ['x-api-public-key' => 'other']);
	check('onchainpay bad public key: 401', $r['status'] === 401);
	$r = ocp($base, '/api-gateway/make-invoice', ['currency' => 'USD', 'amount' => 20]);
	check('onchainpay numeric amount: 400 ValidationError', $r['status'] === 400 && decode($r)['error']['name'] === 'ValidationError', $r['body']);
	$r = ocp($base, '/api-gateway/make-invoice', ['amount' => '20']);
	check('onchainpay missing currency: 400', $r['status'] === 400 && str_contains(decode($r)['error']['message'], 'currency'));

	$r = ocp($base, '/api-gateway/get-invoice', ['invoiceId' => $res['id']]);
	check('onchainpay get-invoice', decode($r)['response']['id'] === $res['id']);
	$r = ocp($base, '/api-gateway/get-invoice', ['invoiceId' => '00000000-0000-4000-8000-000000000000']);
	check('onchainpay get-invoice unknown: 200 NotFound', $r['status'] === 200 && decode($r) === ['success' => false,
		'error' => ['name' => 'NotFound', 'message' => 'Invoice not found', 'code' => 404]], $r['body']);
	ci_emulator_set_status($base, 'onchainpay', $res['id'], 'PROCESSED');
	check('onchainpay set_status', decode(ocp($base, '/api-gateway/get-invoice', ['invoiceId' => $res['id']]))['response']['status'] === 'PROCESSED');
}

/* ---------------------------------------------------------------- Bitsby */

function test_bitsby(string $base): void
{
	$r = bt($base, '/invoices/create', bt_invoice_fields());
	$d = decode($r);
	$res = $d['data'] ?? [];
	check('bitsby create: 200 success', $r['status'] === 200 && ($d['result'] ?? null) === 'success', $r['body']);
	check('bitsby create: seed fields', array_keys($res) === ['id', 'uid', 'createDatetime', 'timeToPayDatetime', 'url', 'wallets']);
	check('bitsby create: uid, url with escaped slashes', preg_match('/^[A-Za-z0-9]{12}$/', $res['uid']) === 1
		&& $res['url'] === "https://dash.bitsby.app/invoices/pay/{$res['uid']}"
		&& str_contains($r['body'], '"url":"https:\/\/dash.bitsby.app\/invoices\/pay\/' . $res['uid'] . '"'));
	check('bitsby create: times UTC, timeToPay 6 h', preg_match('/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/', $res['createDatetime']) === 1
		&& strtotime($res['timeToPayDatetime'] . ' UTC') - strtotime($res['createDatetime'] . ' UTC') === 6 * 3600
		&& abs(strtotime($res['createDatetime'] . ' UTC') - time()) <= 5);
	check('bitsby create: the seed\'s five wallets', array_column($res['wallets'], 'name') === ['usdt-bnb', 'usdt-ethereum', 'usdt-tron', 'ethereum', 'btc']
		&& $res['wallets'][0]['amountCrypto'] === '11.45000000' && array_keys($res['wallets'][0]) === ['id', 'name', 'blockchain', 'cryptocurrency', 'address', 'amountCrypto']);
	$log = ci_emulator_log($base);
	check('bitsby: raw multipart body in the log', str_contains(end($log)['body'], 'Content-Disposition: form-data; name="amountFiat"'));

	$r = bt($base, '/invoices/create', bt_invoice_fields(), [], false);
	check('bitsby second request within 1 s: 200 Requests too frequent', $r['status'] === 200
		&& decode($r) === ['result' => 'error', 'data' => 'Requests too frequent'], $r['body']);
	bt_pace_reset();

	$r = bt($base, '/invoices/create', bt_invoice_fields(['timeToPay' => '0.5', 'currencyFiat' => 'RUB', 'amountFiat' => '1000']));
	$half = decode($r)['data'] ?? [];
	check('bitsby timeToPay 0.5 = 30 min', strtotime($half['timeToPayDatetime'] . ' UTC') - strtotime($half['createDatetime'] . ' UTC') === 1800, $r['body']);

	$bad = [
		'timeToPay 2' => ['timeToPay' => '2'],
		'timeToPay missing' => ['timeToPay' => null],
		'currency GBP' => ['currencyFiat' => 'GBP'],
		'amount -1' => ['amountFiat' => '-1'],
		'amount 0' => ['amountFiat' => '0'],
		'projectId not a UUID' => ['projectId' => 'abc'],
		'other project' => ['projectId' => '00000000-0000-4000-8000-000000000000'],
	];
	foreach ($bad as $name => $override) {
		$fields = array_filter(bt_invoice_fields($override), static fn ($v) => $v !== null);
		$r = bt($base, '/invoices/create', $fields);
		check("bitsby 400 $name", $r['status'] === 400 && is_error_envelope('bitsby', decode($r), 400), $r['body']);
	}
	$r = bt($base, '/invoices/create', http_build_query(bt_invoice_fields()));
	check('bitsby urlencoded body: 400', $r['status'] === 400 && str_contains(decode($r)['data'], 'multipart'), $r['body']);
	$r = bt($base, '/invoices/create', bt_invoice_fields(), ['Authorization' => 'Token wrong']);
	check('bitsby bad token: 401 Invalid token', $r['status'] === 401 && decode($r) === ['result' => 'error', 'data' => 'Invalid token']);

	$r = bt($base, '/invoices/list', ['invoiceId' => $res['id']]);
	$d = decode($r);
	check('bitsby list: the invoice, status unpaid', ($d['result'] ?? null) === 'success' && count($d['data']) === 1
		&& array_keys($d['data'][0]) === ['id', 'uid', 'createDatetime', 'timeToPayDatetime', 'amountFiat', 'currencyFiat', 'description', 'serviceData', 'status']
		&& $d['data'][0]['status'] === 'unpaid' && $d['data'][0]['amountFiat'] === '10.55'
		&& $d['data'][0]['serviceData'] === '{"userId":100,"orderId":500}', $r['body']);
	$r = bt($base, '/invoices/list', ['invoiceId' => '00000000-0000-4000-8000-000000000000']);
	check('bitsby list unknown: success with []', decode($r) === ['result' => 'success', 'data' => []]);
	ci_emulator_set_status($base, 'bitsby', $res['id'], 'paid');
	check('bitsby set_status', decode(bt($base, '/invoices/list', ['invoiceId' => $res['id']]))['data'][0]['status'] === 'paid');
}

/* ---------------------------------------------------------------- issue 14 endpoints */

/** Each lifecycle endpoint once per provider (tests/emulator/ checks them in depth). */
function test_lifecycle(string $base): void
{
	ci_emulator_reset($base);
	foreach (array_keys(emu_providers()) as $p) {
		match (family($p)) {
			'cryptomus' => lifecycle_cryptomus($base, $p),
			'cryptocloud' => lifecycle_cryptocloud($base),
			'onchainpay' => lifecycle_onchainpay($base),
			'bitsby' => lifecycle_bitsby($base),
		};
	}
}

function lifecycle_cryptomus(string $base, string $p): void
{
	$ids = [];
	foreach ([1, 2, 3] as $i) {
		$ids[] = decode(cm($base, '/v1/payment', ['amount' => '10', 'currency' => 'USD', 'order_id' => "lc-$i", 'url_callback' => 'https://shop.example/cb'], [], $p))['result']['uuid'];
		ci_emulator_set_created($base, $p, end($ids), 1767225600 + $i);
	}
	ci_emulator_set_per_page($base, $p, 2);
	$one = decode(cm($base, '/v1/payment/list', [], [], $p))['result'] ?? [];
	$two = decode(cm($base, '/v1/payment/list?cursor=' . ($one['paginate']['nextCursor'] ?? ''), [], [], $p))['result'] ?? [];
	check("$p history: 2 + 1, newest first", array_column([...$one['items'] ?? [], ...$two['items'] ?? []], 'uuid') === array_reverse($ids)
		&& $two['paginate']['nextCursor'] === null);
	$r = cm($base, '/v1/payment/list', ['date_from' => '2026-01-01'], [], $p);
	check("$p history: a date without time is 422", $r['status'] === 422 && isset(decode($r)['errors']['date_from']), $r['body']);
	ci_emulator_set_status($base, $p, $ids[0], 'paid');
	$refundKey = $p === 'heleket' ? CI_TEST_HELEKET_PAYOUT_KEY : null;
	$body = ['uuid' => $ids[0], 'address' => 'T1', 'is_subtract' => true];
	check("$p refund: the wrong key is 401", cm($base, '/v1/payment/refund', $body, [], $p, $p === 'heleket' ? null : 'wrong')['status'] === 401);
	$r = cm($base, '/v1/payment/refund', $body, [], $p, $refundKey);
	check("$p refund: refund_process", decode($r) === ['state' => 0, 'result' => []]
		&& decode(cm($base, '/v1/payment/info', ['uuid' => $ids[0]], [], $p))['result']['status'] === 'refund_process', $r['body']);
	check("$p refund: one logged", count(ci_emulator_requests($base, emu_providers()[$p]::MOUNT . '/v1/payment/refund')) === 2);
	$services = decode(cm($base, '/v1/payment/services', [], [], $p))['result'] ?? [];
	check("$p services", count($services) > 3 && in_array(false, array_column($services, 'is_available'), true)
		&& ($p !== 'heleket') === !isset($services[0]['is_enabled']));
	ci_emulator_set_status($base, $p, $ids[1], 'paid');
	check("$p resend", decode(cm($base, '/v2/payment/resend', ['uuid' => $ids[1]], [], $p)) === ['state' => 0, 'result' => []]);
	check("$p test webhook", decode(cm($base, '/v1/test-webhook/payment', ['url_callback' => 'https://shop.example/cb',
		'currency' => 'USDT', 'network' => 'tron'], [], $p)) === ['state' => 0, 'result' => []]);
	check("$p balance", is_array(decode(cm($base, '/v1/balance', [], [], $p))['result'][0]['balance']['merchant'] ?? null));
}

function lifecycle_cryptocloud(string $base): void
{
	$ids = [];
	foreach ([1, 2, 3] as $i) {
		$ids[] = decode(cc($base, '/v2/invoice/create', ['shop_id' => CI_TEST_CRYPTOCLOUD_SHOP, 'amount' => 5, 'order_id' => "lc-$i"]))['result']['uuid'];
		ci_emulator_set_created($base, 'cryptocloud', end($ids), 1767225600 + $i);
	}
	$page = static fn (int $offset, int $limit): array => array_column(decode(cc($base, '/v2/invoice/merchant/list',
		['start' => '01.01.2026', 'end' => '01.01.2026', 'offset' => $offset, 'limit' => $limit]))['result'] ?? [], 'uuid');
	check('cryptocloud list: 2 + 1, newest first', [...$page(0, 2), ...$page(2, 4)] === array_reverse($ids));
	$r = cc($base, '/v2/invoice/merchant/list', ['start' => '2026-01-01', 'end' => '01.01.2026']);
	check('cryptocloud list: Y-m-d is refused', $r['status'] === 400 && decode($r)['result'] === ['validate_error' => 'Invalid date format'], $r['body']);
	check('cryptocloud cancel', decode(cc($base, '/v2/invoice/merchant/canceled', ['uuid' => $ids[0]])) === ['status' => 'success', 'result' => ['ok']]);
	check('cryptocloud cancel again: not created', cc($base, '/v2/invoice/merchant/canceled', ['uuid' => $ids[0]])['status'] === 400);
	check('cryptocloud balance', (decode(cc($base, '/v2/merchant/wallet/balance/all', '{}'))['status'] ?? null) === 'success');
}

function lifecycle_onchainpay(string $base): void
{
	$ids = [];
	foreach ([1, 2, 3] as $i) {
		$ids[] = decode(ocp($base, '/api-gateway/make-invoice', ['currency' => 'USD', 'amount' => '5']))['response']['id'];
		ci_emulator_set_created($base, 'onchainpay', end($ids), 1767225600 + $i);
	}
	$page = static fn (int $offset): array => decode(ocp($base, '/api-gateway/get-invoices', ['limit' => 2, 'offset' => $offset]))['response'] ?? [];
	check('onchainpay get-invoices: 2 + 1, newest first, total', [...array_column($page(0)['invoices'], 'id'), ...array_column($page(2)['invoices'], 'id')]
		=== array_reverse($ids) && $page(0)['total'] === 3);
	check('onchainpay get-invoices: limit 101 refused', ocp($base, '/api-gateway/get-invoices', ['limit' => 101])['status'] === 400);
	check('onchainpay available-currencies', count(decode(ocp($base, '/api-gateway/available-currencies', []))['response'] ?? []) > 1);
	check('onchainpay price-rate: a string', decode(ocp($base, '/api-gateway/price-rate', ['from' => 'BTC', 'to' => 'USDT'])) === ['success' => true, 'response' => '64000.12']);
	check('onchainpay advanced-balances', (decode(ocp($base, '/api-gateway/advanced-balances', []))['response'][0]['balance'] ?? null) === '4711.33');
}

function lifecycle_bitsby(string $base): void
{
	$ids = [];
	foreach ([1, 2] as $i) {
		$ids[] = decode(bt($base, '/invoices/create', bt_invoice_fields()))['data']['id'];
		ci_emulator_set_created($base, 'bitsby', end($ids), 1767225600 + $i);
	}
	$d = decode(bt($base, '/invoices/list', ['startDate' => '2026-01-01', 'endDate' => '2026-01-01', 'limit' => '1', 'offset' => '1']));
	check('bitsby list: the older one on the second page of 1', array_column($d['data'] ?? [], 'id') === [$ids[0]] && $d['data'][0]['views'] === 0);
	ci_emulator_set_views($base, $ids[0], 1);
	check('bitsby cancel a viewed invoice: refused', decode(bt($base, '/invoices/cancel', ['invoiceId' => $ids[0]])) === ['result' => 'error', 'data' => 'Invoice cannot be canceled']);
	check('bitsby cancel', decode(bt($base, '/invoices/cancel', ['invoiceId' => $ids[1]])) === ['result' => 'success', 'data' => 'Invoice canceled']);
	check('bitsby balances', (decode(bt($base, '/billing/balances', []))['data']['internal'] ?? null) === '100.00');
}

/* ---------------------------------------------------------------- scenarios */

function test_scenarios(string $base, string $provider, bool $full): void
{
	ci_emulator_reset($base);
	$req = static fn (string $scenario): array => create_request($provider, "$base/_s/$scenario");
	$p = $provider;

	$r = $req('ok');
	check("$p ok: success", is_string(success_id($p, decode($r))), $r['body']);

	$r = $req('html500');
	check("$p html500", $r['status'] === 500 && str_starts_with($r['headers']['content-type'] ?? '', 'text/html') && str_contains($r['body'], '<html'));
	$r = $req('truncated');
	check("$p truncated: half a success body, consistent length", $r['status'] === 200 && $r['errno'] === 0 && json_decode($r['body']) === null
		&& $r['body'] !== '' && ($r['headers']['content-type'] ?? '') === 'application/json' && (int) $r['headers']['content-length'] === strlen($r['body']));
	$r = $req('wrongshape');
	$id = success_id($p, decode($r));
	check("$p wrongshape: id is not a string", $r['status'] === 200 && $id !== null && !is_string($id), $r['body']);
	foreach ($full ? [401, 403, 404, 500, 502, 503, 504] : [401, 503] as $status) {
		$r = $req("status$status");
		check("$p status$status: envelope", $r['status'] === $status && is_error_envelope($p, decode($r), $status)
			&& !isset($r['headers']['retry-after']), $r['body']);
	}
	$r = $req('status429');
	check("$p status429: Retry-After 1", $r['status'] === 429 && ($r['headers']['retry-after'] ?? null) === '1' && is_error_envelope($p, decode($r), 429));
	$r = $req('fail503x2');
	$r2 = $req('fail503x2');
	$r3 = $req('fail503x2');
	check("$p fail503x2: 503, 503 (Retry-After 0), then ok", $r['status'] === 503 && $r2['status'] === 503
		&& ($r['headers']['retry-after'] ?? null) === '0' && is_error_envelope($p, decode($r2), 503)
		&& $r3['status'] === 200 && is_string(success_id($p, decode($r3))), $r3['body']);
	$r = $req('exact1m');
	check("$p exact1m: 1,048,576 bytes of valid success JSON", strlen($r['body']) === 1048576
		&& (int) ($r['headers']['content-length'] ?? -1) === 1048576 && is_string(success_id($p, decode($r))));
	$r = $req('cut');
	check("$p cut: partial transfer", $r['errno'] === CURLE_PARTIAL_FILE, "errno {$r['errno']}");
	$r = $req('ratelimit200');
	check("$p ratelimit200", $r['status'] === 200 && is_error_envelope($p, decode($r), 200)
		&& str_contains(json_encode(decode($r)), 'Requests too frequent'), $r['body']);
	$r = $req('badsign');
	check("$p badsign: the provider's auth failure", auth_failure_ok($p, $r), $r['body']);
	$r = $req('redirect');
	check("$p redirect: 302 to example.invalid, not followed", $r['status'] === 302
		&& ($r['headers']['location'] ?? null) === 'http://example.invalid/' && $r['body'] === '');
	$held = count(ci_emulator_invoices($base, $p));
	$r = $req('lostx1');
	$r2 = $req('lostx1');
	check("$p lostx1: created, then an empty reply; then answered", $r['errno'] === CURLE_GOT_NOTHING && $r2['status'] === 200
		&& is_string(success_id($p, decode($r2))) && count(ci_emulator_invoices($base, $p)) === $held + 2, "errno {$r['errno']}");
	if (!$full) {
		return;
	}
	$r = $req('html200');
	check("$p html200", $r['status'] === 200 && str_contains($r['body'], '<html'));
	$r = $req('empty200');
	check("$p empty200", $r['status'] === 200 && $r['body'] === '' && $r['errno'] === 0);
	$r = $req('notjson_object');
	check("$p notjson_object", $r['status'] === 200 && $r['body'] === '[1,2,3]');
	$r = $req('retryafter3');
	check("$p retryafter3", $r['status'] === 429 && ($r['headers']['retry-after'] ?? null) === '3' && is_error_envelope($p, decode($r), 429));
	$r = $req('fail429x1');
	$r2 = $req('fail429x1');
	check("$p fail429x1: 429 (Retry-After 0), then ok", $r['status'] === 429 && ($r['headers']['retry-after'] ?? null) === '0' && $r2['status'] === 200);
	$r = $req('fail500x1');
	$r2 = $req('fail500x1');
	check("$p fail500x1: 500 without Retry-After, then ok", $r['status'] === 500 && !isset($r['headers']['retry-after']) && $r2['status'] === 200);
	$r = $req('slow300');
	check("$p slow300: at least 300 ms, then ok", $r['time'] >= 0.3 && $r['status'] === 200, sprintf('%.3f s', $r['time']));
	$r = $req('over1m');
	check("$p over1m: 1,048,577 bytes", strlen($r['body']) === 1048577 && is_string(success_id($p, decode($r))));
	$r = $req('exact1m_nocl');
	check("$p exact1m_nocl: 1,048,576 bytes without Content-Length", strlen($r['body']) === 1048576
		&& !isset($r['headers']['content-length']) && is_string(success_id($p, decode($r))));
	$r = $req('over1m_nocl');
	check("$p over1m_nocl", strlen($r['body']) === 1048577 && !isset($r['headers']['content-length']));
	$r = $req('echo422');
	$secret = emu_echo_secret($p);
	check("$p echo422: 422 repeating the secret", $r['status'] === 422 && str_contains($r['body'], $secret));
	$r = $req('no_such_scenario');
	check("$p unknown scenario: 400 from the emulator", $r['status'] === 400 && str_contains($r['body'], 'unknown scenario'));
	$r = $req('notfound404');
	check("$p notfound404: the provider's not-found envelope", $r['status'] === 404 && str_contains(strtolower($r['body']), 'not found')
		&& is_array(decode($r)), $r['body']);
	$r = $req('notfound200');
	check("$p notfound200: not found, or the empty list", $r['status'] === 200 && (str_contains(strtolower($r['body']), 'not found')
		|| in_array(decode($r), [['status' => 'success', 'result' => []], ['result' => 'success', 'data' => []]], true)), $r['body']);
	$r = $req('notfound404html');
	check("$p notfound404html", $r['status'] === 404 && str_contains($r['body'], '<html'));
	$r = $req('notfound404empty');
	check("$p notfound404empty", $r['status'] === 404 && $r['body'] === '' && $r['errno'] === 0);
}

/** Scenarios about the transfer itself; the provider does not matter. */
function test_streams(string $base): void
{
	$url = "$base/_s/huge/v1/payment";
	$r = http($url, [], '{}');
	check('huge: 64 MiB without Content-Length', strlen($r['body']) === 64 * 1048576 && !isset($r['headers']['content-length']) && $r['errno'] === 0);
	$r = http("$base/_s/huge_cl/v1/payment", [], '{}');
	check('huge_cl: 64 MiB with Content-Length', strlen($r['body']) === 64 * 1048576 && ($r['headers']['content-length'] ?? '') === (string) (64 * 1048576));
	$got = 0;
	$r = http($url, [], '{}', [CURLOPT_WRITEFUNCTION => static function ($h, string $data) use (&$got): int {
		$got += strlen($data);
		return $got > 1048576 ? 0 : strlen($data); /* a client that caps at 1 MiB */
	}]);
	check('huge: a client can abort after 1 MiB', $r['errno'] === CURLE_WRITE_ERROR && $got < 4 * 1048576, "errno {$r['errno']} got $got");
	$r = create_request('cryptomus', $base);
	check('server still answers after an aborted stream', $r['status'] === 200 && $r['time'] < 2.0);

	$start = microtime(true);
	$r = http("$base/_s/hang/v1/payment", [], '{}', [CURLOPT_TIMEOUT_MS => 1000]);
	check('hang: client times out', $r['errno'] === CURLE_OPERATION_TIMEDOUT && microtime(true) - $start < 3);
	$r = create_request('cryptomus', $base);
	check('hang does not block other requests (workers)', $r['status'] === 200 && $r['time'] < 2.0, sprintf('%.3f s', $r['time']));

	$multi = curl_multi_init();
	$handles = [];
	for ($i = 0; $i < 3; $i++) {
		$body = json_encode(['amount' => '1', 'currency' => 'USD', 'order_id' => "par-$i"]);
		$h = curl_init("$base/_s/slow700/v1/payment");
		curl_setopt_array($h, [CURLOPT_RETURNTRANSFER => true, CURLOPT_POST => true, CURLOPT_POSTFIELDS => $body,
			CURLOPT_HTTPHEADER => header_lines(['merchant' => CI_TEST_CRYPTOMUS_MERCHANT,
				'sign' => md5(base64_encode($body) . CI_TEST_CRYPTOMUS_KEY), 'Content-Type' => 'application/json'])]);
		curl_multi_add_handle($multi, $h);
		$handles[] = $h;
	}
	$start = microtime(true);
	do {
		curl_multi_exec($multi, $running);
		curl_multi_select($multi, 0.1);
	} while ($running > 0);
	$elapsed = microtime(true) - $start;
	$codes = array_map(static fn ($h) => curl_getinfo($h, CURLINFO_RESPONSE_CODE), $handles);
	foreach ($handles as $h) {
		curl_multi_remove_handle($multi, $h);
		curl_close($h);
	}
	curl_multi_close($multi);
	$ok = $codes === [200, 200, 200];
	/* php -S workers overlap requests but a busy worker may queue connections it accepted,
	 * so only "faster than strictly one after another, plus slack" is promised. */
	check('3 concurrent slow700 requests all answer', $ok && $elapsed < 2.6, sprintf('%.3f s', $elapsed));
}

/* ---------------------------------------------------------------- control endpoints */

function test_control(string $base): void
{
	ci_emulator_reset($base);
	check('reset empties the log', ci_emulator_log($base) === []);
	$body = json_encode(['amount' => '1', 'currency' => 'USD', 'order_id' => 'log-1']);
	cm("$base/_s/slow1", '/v1/payment', $body);
	$log = ci_emulator_log($base);
	$e = $log[0] ?? [];
	check('log: one entry, control calls not logged', count($log) === 1, json_encode($log));
	check('log: method, stripped path, scenario, raw body, time', ($e['method'] ?? '') === 'POST' && $e['path'] === '/v1/payment'
		&& $e['scenario'] === 'slow1' && $e['body'] === $body && is_float($e['time']) && abs($e['time'] - microtime(true)) < 5);
	check('log: all headers, lowercase names', ($e['headers']['merchant'] ?? null) === CI_TEST_CRYPTOMUS_MERCHANT
		&& isset($e['headers']['sign'], $e['headers']['content-type'], $e['headers']['host']));
	http("$base/v1/payment?x=1", ['Content-Type: application/json'], "\xff\xfe");
	$e = ci_emulator_log($base)[1] ?? [];
	check('log: non-UTF-8 body kept in body_base64, query kept', ($e['body_base64'] ?? null) === base64_encode("\xff\xfe") && ($e['query'] ?? null) === 'x=1'
		&& $e['scenario'] === 'ok');
	check('log via a scenario base URL works', count(ci_emulator_log("$base/_s/hang")) === 2);

	$uuid = decode(cm($base, '/v1/payment', ['amount' => '1', 'currency' => 'USD', 'order_id' => 'keep']))['result']['uuid'];
	ci_emulator_reset($base);
	check('reset forgets invoices', cm($base, '/v1/payment/info', ['uuid' => $uuid])['status'] === 404);
	check('reset empties the log again', count(ci_emulator_log($base)) === 1);
	$thrown = false;
	try {
		ci_emulator_set_status($base, 'cryptomus', 'no-such-id', 'paid');
	} catch (RuntimeException $ex) {
		$thrown = str_contains($ex->getMessage(), '404');
	}
	check('set_status unknown id: 404', $thrown);
	[$status] = ci_emulator_request('POST', "$base/_emulator/set_status", '{"provider":"nope","id":"x","status":"paid"}');
	check('set_status unknown provider: 400', $status === 400);
	$r = http("$base/nothing/here", [], null);
	check('unknown path: 404 from the emulator', $r['status'] === 404);
}

/* ---------------------------------------------------------------- strict JSON */

/** Bodies a strict RFC 8259 parser refuses are a 400 "JSON parse error" from every JSON provider. */
function test_strict_json(string $base): void
{
	$bad = ['leading zero' => '{"amount":010.50}', 'plus' => '{"amount":+5}', 'lone dot' => '{"amount":.5}',
		'trailing dot' => '{"amount":5.}', 'trailing comma' => '{"amount":"5",}', 'single quotes' => "{'amount':'5'}"];
	foreach ($bad as $name => $raw) {
		foreach (['cryptomus' => fn() => cm($base, '/v1/payment', $raw),
			'cryptocloud' => fn() => cc($base, '/v2/invoice/create', $raw),
			'onchainpay' => fn() => http("$base/api-gateway/make-invoice", header_lines([
				'x-api-public-key' => CI_TEST_ONCHAINPAY_PUBLIC, 'Content-Type' => 'application/json',
				'x-api-signature' => hash_hmac('sha256', $raw, CI_TEST_ONCHAINPAY_PRIVATE)]), $raw)] as $p => $send) {
			$r = $send();
			check("$p $name: 400 JSON parse error", $r['status'] === 400 && str_contains($r['body'], 'JSON parse error'), $r['body']);
		}
	}
}

/* ---------------------------------------------------------------- main */

$base = ci_emulator_start();
echo "emulator at $base\n";

test_control($base);
test_strict_json($base);
test_cryptomus($base);
test_cryptocloud($base);
test_onchainpay($base);
test_bitsby($base);
test_lifecycle($base);
/* Bitsby allows one request a second: only the main scenarios there. */
foreach (array_keys(emu_providers()) as $provider) {
	test_scenarios($base, $provider, family($provider) !== 'bitsby');
}
test_streams($base);

$stderr = ci_emulator_server_log($base);
check('server stderr has no PHP or emulator errors',
	!preg_match('/PHP (Warning|Notice|Deprecated|Fatal)|emulator internal error|Stack trace/', $stderr),
	implode("\n", array_slice(preg_grep('/error|Warning|Notice|Deprecated/i', explode("\n", $stderr)), 0, 10)));

$failures = $GLOBALS['failures'];
echo $failures === 0 ? "\nALL PASS\n" : "\n$failures FAILED\n";
exit($failures === 0 ? 0 : 1);
