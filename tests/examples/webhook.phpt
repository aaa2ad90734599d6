--TEST--
examples/webhook.php (the README's webhook example) under php -S: 200 handled, 200 and nothing shipped for a genuine callback about no invoice, 400 refused, 503 lookup failed, 500 a gateway that cannot verify
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/examples.inc';

$root = dirname(__DIR__, 2);
$example = file_get_contents("$root/examples/webhook.php");
$marker = "/* The README's example, verbatim from here on (\$gateway built as at checkout). */\n";
$snippet = substr($example, strpos($example, $marker) + strlen($marker));
echo 'README shows it verbatim: ', var_export(str_contains(file_get_contents("$root/README.md"), "```php\n$snippet```"), true), "\n";

/** php -S running examples/webhook.php with the extension and exactly this environment. @return array{0:string,1:string} [base, stderr file] */
function webhook_server(array $env): array
{
	$state = ci_emulator_make_state_dir();
	$cmd = [PHP_BINARY, '-n', '-d', 'extension=' . ci_example_extension_path(), '-d', 'pcre.jit=0',
		'-S', '127.0.0.1:0', dirname(__DIR__, 2) . '/examples/webhook.php'];
	$env += ['PATH' => getenv('PATH') ?: '/usr/bin:/bin'];
	foreach (['LD_PRELOAD', 'ASAN_OPTIONS', 'UBSAN_OPTIONS', 'USE_ZEND_ALLOC'] as $name) {
		if (getenv($name) !== false) {
			$env += [$name => getenv($name)];
		}
	}
	$stderr = "$state/server.stderr";
	$proc = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['file', "$state/server.stdout", 'w'], 2 => ['file', $stderr, 'w']],
		$pipes, $state, $env);
	register_shutdown_function('ci_emulator_stop', $proc, $state);
	return ['http://' . ci_emulator_wait_for_port($proc, $stderr), $stderr];
}

/** POSTs $body; prints the status and what the endpoint logged for it. */
function post(array $server, string $title, string $body): void
{
	[$base, $stderr] = $server;
	$before = strlen((string) file_get_contents($stderr));
	[$status, $answer] = ci_emulator_request('POST', "$base/webhooks/crypto", $body);
	printf("%s: %d%s\n", $title, $status, $answer === '' ? '' : " $answer");
	foreach (explode("\n", substr((string) file_get_contents($stderr), $before)) as $line) {
		if (preg_match('/\] (crypto webhook.*|fulfil .*)$/i', $line, $m)) {
			echo "  log: $m[1]\n";
		}
	}
}

/* Cryptomus callbacks, signed the way Cryptomus signs them (tests/cryptomus/parseWebhook.phpt). */
function callback(array $data, string $key = CI_TEST_CRYPTOMUS_KEY): string
{
	$data += ['type' => 'payment', 'uuid' => 'a0d2c5b4-1b6e-4a51-9d7a-0c3a6f1e2b44', 'order_id' => 'order-1042',
		'amount' => '15.00', 'payment_amount' => '15.00', 'merchant_amount' => '14.70', 'currency' => 'USD',
		'network' => 'tron', 'payer_currency' => 'USDT', 'txid' => 'a3f0c0ffee', 'additional_data' => null];
	$data['sign'] = md5(base64_encode(json_encode($data, JSON_UNESCAPED_UNICODE)) . $key);
	return json_encode($data, JSON_UNESCAPED_UNICODE);
}

echo "-- Cryptomus: the body is the invoice, once its signature holds\n";
$cryptomus = webhook_server(['CRYPTOINVOICE_PROVIDER' => 'cryptomus', 'CRYPTOMUS_MERCHANT_ID' => CI_TEST_CRYPTOMUS_MERCHANT,
	'CRYPTOMUS_API_KEY' => CI_TEST_CRYPTOMUS_KEY]);
post($cryptomus, 'in progress', callback(['status' => 'process', 'is_final' => false]));
post($cryptomus, 'paid', callback(['status' => 'paid', 'is_final' => true]));
post($cryptomus, 'canceled: final, nothing to ship', callback(['status' => 'cancel', 'is_final' => true]));
post($cryptomus, 'amount changed', str_replace('"15.00"', '"1.00"', callback(['status' => 'paid', 'is_final' => true])));
post($cryptomus, 'signed with another key', callback(['status' => 'paid', 'is_final' => true], 'not-the-key'));
post($cryptomus, 'not JSON', 'uuid=1&status=paid');
/* Genuine, paid, with the shop's order id, but a static-wallet deposit or a payout: not an invoice. */
post($cryptomus, 'wallet deposit: genuine, not an invoice', callback(['type' => 'wallet', 'status' => 'paid', 'is_final' => true]));
post($cryptomus, 'payout: genuine, not an invoice', callback(['type' => 'payout', 'status' => 'paid', 'is_final' => true]));
post($cryptomus, 'wallet deposit, forged', callback(['type' => 'wallet', 'status' => 'paid', 'is_final' => true], 'not-the-key'));

echo "-- OnChainPay: confirmed by a lookup, which fails here (a lookup is retried after a 5xx)\n";
$emulator = ci_emulator_start();
$onchainpay = webhook_server(['CRYPTOINVOICE_PROVIDER' => 'onchainpay', 'CRYPTOINVOICE_BASE_URL' => "$emulator/_s/html500",
	'ONCHAINPAY_PUBLIC_KEY' => CI_TEST_ONCHAINPAY_PUBLIC, 'ONCHAINPAY_PRIVATE_KEY' => CI_TEST_ONCHAINPAY_PRIVATE]);
post($onchainpay, 'lookup answered with an HTML 500', '{"invoiceId":"c02b226c-07f9-4a1a-bedb-1087fab230a6"}');
echo 'the endpoint asked the provider: ', count(ci_emulator_log($emulator)), " time(s)\n";

echo "-- CryptoCloud without secret_key: a setup mistake, not an attack\n";
$cryptocloud = webhook_server(['CRYPTOINVOICE_PROVIDER' => 'cryptocloud', 'CRYPTOINVOICE_BASE_URL' => $emulator,
	'CRYPTOCLOUD_SHOP_ID' => CI_TEST_CRYPTOCLOUD_SHOP, 'CRYPTOCLOUD_API_KEY' => CI_TEST_CRYPTOCLOUD_KEY]);
post($cryptocloud, 'any postback', '{"status":"success","invoice_id":"89UX09KA","token":"x.y.z"}');
$apiKeyAsSecret = webhook_server(['CRYPTOINVOICE_PROVIDER' => 'cryptocloud', 'CRYPTOINVOICE_BASE_URL' => $emulator,
	'CRYPTOCLOUD_SHOP_ID' => CI_TEST_CRYPTOCLOUD_SHOP, 'CRYPTOCLOUD_API_KEY' => CI_TEST_CRYPTOCLOUD_KEY,
	'CRYPTOCLOUD_SECRET_KEY' => CI_TEST_CRYPTOCLOUD_KEY]);
post($apiKeyAsSecret, 'the API key given as secret_key', '{"status":"success","invoice_id":"89UX09KA","token":"x.y.z"}');
echo 'the endpoints asked the provider: ', count(ci_emulator_log($emulator)), " time(s) in all\n";
?>
--EXPECTF--
README shows it verbatim: true
-- Cryptomus: the body is the invoice, once its signature holds
in progress: 200
paid: 200
  log: fulfil cryptomus a0d2c5b4-1b6e-4a51-9d7a-0c3a6f1e2b44 paid 15.00 USD
canceled: final, nothing to ship: 200
amount changed: 400
  log: crypto webhook refused: %s
signed with another key: 400
  log: crypto webhook refused: %s
not JSON: 400
  log: crypto webhook refused: %s
wallet deposit: genuine, not an invoice: 200
payout: genuine, not an invoice: 200
wallet deposit, forged: 400
  log: crypto webhook refused: Cryptomus webhook signature check failed: %s
-- OnChainPay: confirmed by a lookup, which fails here (a lookup is retried after a 5xx)
lookup answered with an HTML 500: 503
  log: crypto webhook not confirmed: OnChainPay %s
the endpoint asked the provider: 3 time(s)
-- CryptoCloud without secret_key: a setup mistake, not an attack
any postback: 500
  log: CRYPTO WEBHOOK MISCONFIGURED: CryptoCloud postback cannot be verified: this gateway has no secret_key option. This is a configuration problem, not a forged callback: set the secret_key option to the project's SECRET KEY (project settings in the CryptoCloud dashboard; it is not the API key)
the API key given as secret_key: 500
  log: CRYPTO WEBHOOK MISCONFIGURED: CryptoCloud postback cannot be verified: its secret_key option holds the API key. This is a configuration problem, not a forged callback: set the secret_key option to the project's SECRET KEY (project settings in the CryptoCloud dashboard; it is not the API key)
the endpoints asked the provider: 3 time(s) in all
