--TEST--
request(): paths that could leave base_url and bodies that are not plain data are refused before anything is sent; the README recipes against the emulator, signed like create; errors mapped; retried only on 429 or when nothing was sent
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
require __DIR__ . '/../inc/emulator/control.inc';
use CryptoInvoice\{ApiException, AuthenticationException, Exception, InvalidArgumentException};

$base = ci_emulator_start();
$g = ci_test_gateway('cryptomus', $base);

echo "-- refused paths: nothing sent\n";
$paths = [
	'http://api.cryptomus.com/v1/balance', 'https://evil.example/v1/balance', 'evil.example/v1/balance', '//evil.example/v1/balance',
	'/v1//balance', '/v1/../v2/payment', '/..', '/v1/..', '/v1/./balance', '/.', '/v1/balance?merchant=other', '/v1/balance#x',
	'/v1/%2e%2e/balance', '/v1/bal ance', "/v1/balance\n", "/v1/bal\0ance", '/v1/bälance', '/v1\\balance', '/v1/balance;x',
	'/' . str_repeat('a', 256), '', 'v1/balance',
];
foreach ($paths as $path) {
	try {
		$g->request($path);
		echo json_encode($path), ": SENT\n";
	} catch (InvalidArgumentException $e) {
		echo $e->getMessage(), "\n";
		if (array_keys($e->getErrors()) !== ['path']) {
			echo '  errors name ', json_encode(array_keys($e->getErrors())), "\n";
		}
	}
}
echo 'requests sent: ', count(ci_emulator_log($base)), "\n";
/* What is allowed: letters, digits and -._~/, dots inside a segment, up to 256 bytes. */
foreach (['/' . str_repeat('a', 255), '/v1/x.y', '/v1/..x', '/v1/.x', '/v1/x~y_z-1/'] as $path) {
	try {
		$g->request($path);
	} catch (ApiException $e) {
		echo strlen($path) > 40 ? '/aaa...(256 bytes)' : $path, ': sent, ', $e->getHttpStatus(), ' ', $e->getMessage(), "\n";
	}
}
$sent = array_column(ci_emulator_log($base), 'path');
echo 'the emulator saw: ', implode(' ', array_map(static fn (string $p): string => strlen($p) > 40 ? '/aaa...(' . strlen($p) . ' bytes)' : $p, $sent)), "\n";

echo "-- refused bodies: nothing sent\n";
ci_emulator_reset($base);
$bodies = [
	['cryptomus', ['uuid' => new stdClass()]],
	['cryptomus', ['filter' => ['since' => new DateTimeImmutable('2025-03-01')]]],
	['onchainpay', ['from' => 'BTC', 'to' => fopen('php://memory', 'r')]],
	['bitsby', ['invoiceId' => ['a', 'b']]],
	['bitsby', ['x', 'y']],
	['bitsby', ['invoiceId' => new ArrayObject([])]],
];
foreach ($bodies as [$p, $body]) {
	try {
		ci_test_gateway($p, $base)->request('/v1/anything', $body);
		echo "$p: SENT\n";
	} catch (InvalidArgumentException $e) {
		echo $e->getMessage(), ' [', implode(', ', array_keys($e->getErrors())), "]\n";
	}
}
echo 'requests sent: ', count(ci_emulator_log($base)), "\n";

echo "-- the README recipes, signed as on create\n";
ci_emulator_reset($base);
$inv = $g->createInvoice(['amount' => '15', 'currency' => 'USDT', 'network' => 'tron', 'order_id' => 'r-1',
	'url_callback' => 'https://shop.example/callback']);
ci_emulator_set_status($base, 'cryptomus', $inv->id, 'paid');
$calls = [
	['cryptomus', '/v2/payment/resend', ['uuid' => $inv->id]],
	['cryptomus', '/v1/test-webhook/payment', ['url_callback' => 'https://shop.example/callback', 'currency' => 'USDT',
		'network' => 'tron', 'status' => 'paid', 'order_id' => 'r-1']],
	['cryptomus', '/v1/balance', []],
	['heleket', '/v1/balance', []],
	['onchainpay', '/api-gateway/price-rate', ['from' => 'BTC', 'to' => 'USDT']],
	['onchainpay', '/api-gateway/price-rate', ['from' => 'ETH', 'to' => 'USDT']],
	['onchainpay', '/api-gateway/advanced-balances', []],
	['cryptocloud', '/v2/merchant/wallet/balance/all', []],
	['bitsby', '/billing/balances', []],
];
foreach ($calls as [$p, $path, $body]) {
	$mark = count(ci_emulator_log($base));
	$got = ci_test_gateway($p, $base)->request($path, $body);
	$r = ci_emulator_log($base)[$mark];
	$h = $r['headers'];
	$signed = match (ci_test_family($p)) {
		'cryptomus' => $h['sign'] === md5(base64_encode($r['body']) . array_values(emu_providers()[$p]::CREDENTIALS)[1])
			&& $h['merchant'] === array_values(emu_providers()[$p]::CREDENTIALS)[0],
		'onchainpay' => $h['x-api-signature'] === hash_hmac('sha256', $r['body'], CI_TEST_ONCHAINPAY_PRIVATE)
			&& $h['x-api-public-key'] === CI_TEST_ONCHAINPAY_PUBLIC,
		'cryptocloud' => $h['authorization'] === 'Token ' . CI_TEST_CRYPTOCLOUD_KEY,
		'bitsby' => $h['authorization'] === 'Token ' . CI_TEST_BITSBY_TOKEN,
	};
	$type = strtok($h['content-type'] ?? '', ';');
	$wire = $type === 'multipart/form-data' ? emu_parse_multipart($r['body'], $h['content-type']) : json_decode($r['body'], true);
	$nonce = $wire['nonce'] ?? null;
	unset($wire['nonce']);
	printf("%s %s %s: signed=%s %s sent %s%s\n  -> %s\n", $p, $r['method'], $r['path'], var_export($signed, true), $type,
		str_replace($inv->id, '<the invoice>', json_encode((object) $wire, JSON_UNESCAPED_SLASHES)), $nonce === null ? '' : ' + nonce', json_encode($got, JSON_UNESCAPED_SLASHES));
	$nonces[$p][] = $nonce;
}
echo 'OnChainPay nonces differ: ', var_export(count(array_unique($nonces['onchainpay'])) === 3, true), "\n";

echo "-- errors map as for every call\n";
$errors = [
	['cryptomus', $base, '/v1/test-webhook/payment', ['currency' => 5]],
	['cryptomus', $base, '/v2/payment/resend', ['uuid' => '00000000-0000-4000-8000-000000000000']],
	['onchainpay', $base, '/api-gateway/price-rate', ['from' => 'XXX', 'to' => 'USDT']],
	['cryptocloud', $base, '/v2/invoice/merchant/canceled', []],
	['bitsby', $base, '/billing/nothing', []],
	['cryptomus', "$base/_s/badsign", '/v1/balance', []],
];
foreach ($errors as [$p, $url, $path, $body]) {
	try {
		ci_test_gateway($p, $url)->request($path, $body);
		echo "$p $path: NO ERROR\n";
	} catch (Exception $e) {
		ci_test_describe($e);
	}
}
try {
	(new CryptoInvoice\CryptoCloud(CI_TEST_CRYPTOCLOUD_SHOP, 'wrong', ['base_url' => $base]))->request('/v2/merchant/wallet/balance/all');
} catch (AuthenticationException $e) {
	ci_test_describe($e);
}

echo "-- retries => 2: again only on 429 or when nothing was sent\n";
foreach (['status503', 'fail503x1', 'fail500x1', 'fail429x1', 'retryafter1', 'lost', 'cut'] as $scenario) {
	ci_emulator_reset($base);
	try {
		$r = ci_test_gateway('cryptomus', "$base/_s/$scenario", ['retries' => 2])->request('/v1/balance');
		$outcome = 'answered (' . count($r) . ')';
	} catch (Exception $e) {
		$outcome = get_class($e) . ' ' . preg_replace('/^.* \((\d+ attempts?)\)$/', '$1', $e->getMessage());
	}
	printf("%-12s %d request(s) reached the emulator; %s\n", $scenario, count(ci_emulator_log($base)), $outcome);
}
/* Nothing listens: the connection is never made, so nothing can have happened. */
$closed = stream_socket_server('tcp://127.0.0.1:0');
$port = parse_url('tcp://' . stream_socket_get_name($closed, false), PHP_URL_PORT);
fclose($closed);
try {
	ci_test_gateway('cryptomus', "http://127.0.0.1:$port", ['retries' => 2])->request('/v1/balance');
} catch (CryptoInvoice\TransportException $e) {
	echo 'connection refused: ', preg_replace('/^.* \((\d+ attempts?)\)$/', '$1', $e->getMessage()), "\n";
}
?>
--EXPECT--
-- refused paths: nothing sent
Cryptomus: path must be a path under base_url such as "/v1/balance": it does not start with /, got "http://api.cryptomus.com/v1/balance"
Cryptomus: path must be a path under base_url such as "/v1/balance": it does not start with /, got "https://evil.example/v1/balance"
Cryptomus: path must be a path under base_url such as "/v1/balance": it does not start with /, got "evil.example/v1/balance"
Cryptomus: path must be a path under base_url such as "/v1/balance": it holds an empty segment (//), got "//evil.example/v1/balance"
Cryptomus: path must be a path under base_url such as "/v1/balance": it holds an empty segment (//), got "/v1//balance"
Cryptomus: path must be a path under base_url such as "/v1/balance": it holds a . or .. segment, got "/v1/../v2/payment"
Cryptomus: path must be a path under base_url such as "/v1/balance": it holds a . or .. segment, got "/.."
Cryptomus: path must be a path under base_url such as "/v1/balance": it holds a . or .. segment, got "/v1/.."
Cryptomus: path must be a path under base_url such as "/v1/balance": it holds a . or .. segment, got "/v1/./balance"
Cryptomus: path must be a path under base_url such as "/v1/balance": it holds a . or .. segment, got "/."
Cryptomus: path must be a path under base_url such as "/v1/balance": it holds a query or fragment (put the fields in $body), got "/v1/balance?merchant=other"
Cryptomus: path must be a path under base_url such as "/v1/balance": it holds a query or fragment (put the fields in $body), got "/v1/balance#x"
Cryptomus: path must be a path under base_url such as "/v1/balance": it holds a character other than letters, digits and -._~/, got "/v1/%2e%2e/balance"
Cryptomus: path must be a path under base_url such as "/v1/balance": it holds a character other than letters, digits and -._~/, got "/v1/bal ance"
Cryptomus: path must be a path under base_url such as "/v1/balance": it holds a character other than letters, digits and -._~/, got "/v1/balance\x0A"
Cryptomus: path must be a path under base_url such as "/v1/balance": it holds a character other than letters, digits and -._~/, got "/v1/bal\x00ance"
Cryptomus: path must be a path under base_url such as "/v1/balance": it holds a character other than letters, digits and -._~/, got "/v1/bälance"
Cryptomus: path must be a path under base_url such as "/v1/balance": it holds a character other than letters, digits and -._~/, got "/v1\balance"
Cryptomus: path must be a path under base_url such as "/v1/balance": it holds a character other than letters, digits and -._~/, got "/v1/balance;x"
Cryptomus: path must be a path under base_url such as "/v1/balance": it is longer than 256 bytes, got "/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"... (257 bytes)
Cryptomus: path must be a path under base_url such as "/v1/balance": it does not start with /, got ""
Cryptomus: path must be a path under base_url such as "/v1/balance": it does not start with /, got "v1/balance"
requests sent: 0
/aaa...(256 bytes): sent, 404 Cryptomus answered HTTP 404 with a body that is not the documented JSON (1 attempt)
/v1/x.y: sent, 404 Cryptomus refused the request (HTTP 404): Not found (1 attempt)
/v1/..x: sent, 404 Cryptomus refused the request (HTTP 404): Not found (1 attempt)
/v1/.x: sent, 404 Cryptomus refused the request (HTTP 404): Not found (1 attempt)
/v1/x~y_z-1/: sent, 404 Cryptomus refused the request (HTTP 404): Not found (1 attempt)
the emulator saw: /aaa...(256 bytes) /v1/x.y /v1/..x /v1/.x /v1/x~y_z-1/
-- refused bodies: nothing sent
Cryptomus: body must hold only strings, numbers, booleans, null and arrays of them, got an object of class stdClass at body.uuid [body]
Cryptomus: body must hold only strings, numbers, booleans, null and arrays of them, got an object of class DateTimeImmutable at body.filter.since [body]
OnChainPay: body must hold only strings, numbers, booleans, null and arrays of them, got a resource at body.to [body]
Bitsby sends multipart form fields: body must map field names to strings, numbers or booleans, got an array [body]
Bitsby sends multipart form fields: body must map field names to strings, numbers or booleans, got an integer key [body]
Bitsby: body must hold only strings, numbers, booleans, null and arrays of them, got an object of class ArrayObject at body.invoiceId [body]
requests sent: 0
-- the README recipes, signed as on create
cryptomus POST /v2/payment/resend: signed=true application/json sent {"uuid":"<the invoice>"}
  -> []
cryptomus POST /v1/test-webhook/payment: signed=true application/json sent {"url_callback":"https://shop.example/callback","currency":"USDT","network":"tron","status":"paid","order_id":"r-1"}
  -> []
cryptomus POST /v1/balance: signed=true application/json sent {}
  -> [{"balance":{"merchant":[{"uuid":"abcdabcd-abcd-1234-1234-abcdabcd0001","balance":"12.50","currency_code":"USDT"},{"uuid":"abcdabcd-abcd-1234-1234-abcdabcd0002","balance":"0.00100000","currency_code":"BTC"}],"user":[]}}]
heleket POST /heleket/v1/balance: signed=true application/json sent {}
  -> [{"balance":{"merchant":[{"uuid":"abcdabcd-abcd-1234-1234-abcdabcd0001","balance":"12.50","currency_code":"USDT"},{"uuid":"abcdabcd-abcd-1234-1234-abcdabcd0002","balance":"0.00100000","currency_code":"BTC"}],"user":[]}}]
onchainpay POST /api-gateway/price-rate: signed=true application/json sent {"from":"BTC","to":"USDT"} + nonce
  -> "64000.12"
onchainpay POST /api-gateway/price-rate: signed=true application/json sent {"from":"ETH","to":"USDT"} + nonce
  -> "3100.5"
onchainpay POST /api-gateway/advanced-balances: signed=true application/json sent {} + nonce
  -> [{"advancedBalanceId":"345028e0-8b6b-4b2f-9d1c-6f4c8a1e0b11","currency":"USD","blocked":false,"blockReason":null,"balance":"4711.33","availableCurrenciesForDeposit":["USDT"],"tariffs":[]}]
cryptocloud POST /v2/merchant/wallet/balance/all: signed=true application/json sent {}
  -> [{"currency":{"id":4,"code":"USDT_TRC20","short_code":"USDT","name":"USDT","is_email_required":false,"stablecoin":true,"icon_base":"https://cdn.cryptocloud.plus/img/currency/USDT.svg","icon_network":"https://cdn.cryptocloud.plus/img/network/TRC20.svg","icon_qr":"https://cdn.cryptocloud.plus/img/stroke/USDT_STROKE.svg","order":4,"obj_network":{"code":"TRC20","id":4,"icon":"https://cdn.cryptocloud.plus/img/network/TRC20.svg","fullname":"TRC20"},"enable":true},"balance_crypto":125.5,"balance_usd":125.5,"available_balance":125.5,"available_balance_usd":125.5},{"currency":{"id":1,"code":"BTC","short_code":"BTC","name":"BTC","is_email_required":false,"stablecoin":false,"icon_base":"https://cdn.cryptocloud.plus/img/currency/BTC.svg","icon_network":"https://cdn.cryptocloud.plus/img/network/BTC.svg","icon_qr":"https://cdn.cryptocloud.plus/img/stroke/BTC_STROKE.svg","order":1,"obj_network":{"code":"BTC","id":1,"icon":"https://cdn.cryptocloud.plus/img/network/BTC.svg","fullname":"BTC"},"enable":true},"balance_crypto":0,"balance_usd":0,"available_balance":0,"available_balance_usd":0}]
bitsby POST /billing/balances: signed=true multipart/form-data sent {}
  -> {"internal":"100.00","partner":"0.00"}
OnChainPay nonces differ: true
-- errors map as for every call
CryptoInvoice\ApiException: Cryptomus refused the request (HTTP 422): url_callback: validation.required; currency: validation.string; network: validation.required (1 attempt)
  provider=cryptomus http=422 errors={"url_callback":["validation.required"],"currency":["validation.string"],"network":["validation.required"]}
CryptoInvoice\ApiException: Cryptomus refused the request (HTTP 422): Payment not found (1 attempt)
  provider=cryptomus http=422 errors=[]
CryptoInvoice\ApiException: OnChainPay refused the request (HTTP 400): ValidationError: from: unknown currency (1 attempt)
  provider=onchainpay http=400 errors={"name":"ValidationError","message":"from: unknown currency","code":1003}
CryptoInvoice\ApiException: CryptoCloud refused the request (HTTP 400): uuid is required (1 attempt)
  provider=cryptocloud http=400 errors=[]
CryptoInvoice\ApiException: Bitsby refused the request (HTTP 404): Not found (1 attempt)
  provider=bitsby http=404 errors=[]
CryptoInvoice\AuthenticationException: Cryptomus rejected the credentials (HTTP 401): Unauthorized (1 attempt)
  provider=cryptomus http=401 errors=[]
CryptoInvoice\AuthenticationException: CryptoCloud rejected the credentials (HTTP 401): Invalid token (1 attempt)
  provider=cryptocloud http=401 errors=[]
-- retries => 2: again only on 429 or when nothing was sent
status503    1 request(s) reached the emulator; CryptoInvoice\ApiException 1 attempt
fail503x1    1 request(s) reached the emulator; CryptoInvoice\ApiException 1 attempt
fail500x1    1 request(s) reached the emulator; CryptoInvoice\ApiException 1 attempt
fail429x1    2 request(s) reached the emulator; answered (1)
retryafter1  3 request(s) reached the emulator; CryptoInvoice\RateLimitException 3 attempts
lost         1 request(s) reached the emulator; CryptoInvoice\TransportException 1 attempt
cut          1 request(s) reached the emulator; CryptoInvoice\TransportException 1 attempt
connection refused: 3 attempts
