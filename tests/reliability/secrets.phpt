--TEST--
Secrets never leave: a provider echoing the API token, proxy credentials and webhook secrets stay out of every output channel
--EXTENSIONS--
cryptoinvoice
--INI--
zend.exception_ignore_args=0
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';

/* php -S with the echoing router, on a port it picks. */
$dir = ci_emulator_make_state_dir();
$proc = proc_open([PHP_BINARY, '-n', '-S', '127.0.0.1:0', __DIR__ . '/../inc/echo_router.php'],
	[0 => ['file', '/dev/null', 'r'], 1 => ['file', "$dir/out", 'w'], 2 => ['file', "$dir/err", 'w']], $pipes);
register_shutdown_function(function () use ($proc, $dir) { proc_terminate($proc); proc_close($proc); ci_emulator_remove_dir($dir); });
$base = 'http://' . ci_emulator_wait_for_port($proc, "$dir/err");

$token = 'TOKEN-SECRET-7f3a';
$jwtSecret = 'JWT-SECRET-91bd';
$proxyPass = 'PROXYPASS-5c2e';
$outputs = [];
$collect = function (Throwable $e) use (&$outputs) {
	$outputs[] = get_class($e) . ': ' . $e->getMessage() . "\n" . $e->getTraceAsString() . "\n" . (string) $e
		. print_r($e->getTrace(), true) . var_export($e->getTrace(), true);
	if ($e instanceof CryptoInvoice\ApiException) {
		$outputs[] = $e->getResponseBody() . json_encode($e->getErrors());
	}
};

/* 1. A success answer carrying the token: raw and every property are scrubbed. */
$g = new CryptoInvoice\CryptoCloud('shop', $token, ['base_url' => $base, 'secret_key' => $jwtSecret, 'retries' => 0]);
$inv = $g->createInvoice(['amount' => '10', 'currency' => 'USD', 'order_id' => 'o-1']);
$outputs[] = print_r($inv, true) . var_export($inv->toArray(), true) . json_encode($inv) . serialize($inv->raw);
echo "orderId: ", $inv->orderId, "\n";
echo "raw project: ", json_encode($inv->raw['project']), "\n";

/* 2. An error message and a raw error body carrying the token. */
foreach (['error', 'raw'] as $prefix) {
	try {
		(new CryptoInvoice\CryptoCloud('shop', $token, ['base_url' => "$base/$prefix", 'retries' => 0]))
			->createInvoice(['amount' => '10', 'currency' => 'USD']);
	} catch (CryptoInvoice\Exception $e) {
		$collect($e);
		echo get_class($e), ': ', $e->getMessage(), "\n";
	}
}

/* 3. A proxy with credentials that cannot be reached. */
try {
	(new CryptoInvoice\Cryptomus('m', $token, ['base_url' => $base, 'proxy' => "http://user:$proxyPass@127.0.0.1:9", 'retries' => 0]))
		->createInvoice(['amount' => '10', 'currency' => 'USD', 'order_id' => 'o-2']);
} catch (CryptoInvoice\Exception $e) {
	$collect($e);
	echo get_class($e), "\n";
}

/* 4. Webhooks refused for every reason say why, never with the secret. */
$jwt = fn(array $h, array $p, string $key) => implode('.', array_map(fn($x) => rtrim(strtr(base64_encode($x), '+/', '-_'), '='),
	[json_encode($h), json_encode($p)])) . '.' . rtrim(strtr(base64_encode(hash_hmac('sha256',
	implode('.', array_map(fn($x) => rtrim(strtr(base64_encode(json_encode($x)), '+/', '-_'), '='), [$h, $p])), $key, true)), '+/', '-_'), '=');
foreach ([$jwt(['alg' => 'HS256'], ['exp' => time() + 60], 'wrong'), $jwt(['alg' => 'none'], ['exp' => time()], $jwtSecret), 'x.y'] as $t) {
	try {
		$g->parseWebhook(json_encode(['invoice_id' => 'ECHO0001', 'token' => $t, 'status' => 'success']));
	} catch (CryptoInvoice\Exception $e) {
		$collect($e);
	}
}
try {
	(new CryptoInvoice\Cryptomus('m', $token))->parseWebhook('{"uuid":"x","sign":"00"}');
} catch (CryptoInvoice\Exception $e) {
	$collect($e);
}

/* 5. Dumps of the gateways. */
$outputs[] = print_r($g, true) . var_export($g, true) . json_encode($g) . print_r((array) $g, true);

$all = implode("\n", $outputs);
foreach (['token' => $token, 'secret_key' => $jwtSecret, 'proxy password' => $proxyPass] as $what => $secret) {
	echo str_contains($all, $secret) ? "LEAKED: $what\n" : "no $what in " . count($outputs) . " outputs\n";
}
?>
--EXPECT--
orderId: o-1
raw project: {"name":"shop of Token [redacted]","nested":["Token [redacted]"]}
CryptoInvoice\ApiException: CryptoCloud refused the request (HTTP 400): bad token Token [redacted] (1 attempt)
CryptoInvoice\UnexpectedResponseException: CryptoCloud answered HTTP 500 with a body that is not the documented JSON; the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
CryptoInvoice\TransportException
no token in 11 outputs
no secret_key in 11 outputs
no proxy password in 11 outputs
