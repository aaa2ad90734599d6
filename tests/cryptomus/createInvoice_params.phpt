--TEST--
Cryptomus: unified keys and native keys land on the documented wire fields
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';

$base = ci_emulator_start();
$g = ci_test_gateway('cryptomus', $base);

$g->createInvoice([
	'amount' => 20,
	'currency' => 'USD',
	'order_id' => 'u-1',
	'expires_in' => 7200,
	'callback_url' => 'https://shop.example/cb?x=1',
	'return_url' => 'https://shop.example/cart',
	'success_url' => 'https://shop.example/thanks',
	'pay_currency' => 'BTC',
	'accepted_currencies' => ['BTC', ['currency' => 'USDT', 'network' => 'tron']],
	'metadata' => ['user' => 42, 'note' => 'Café / "vip"'],
]);
echo ci_test_last_request($base)['body'], "\n";

$g->createInvoice([
	'amount' => '0.5',
	'currency' => 'BTC',
	'order_id' => 'n-1',
	'lifetime' => 300,
	'url_callback' => 'http://shop.example/cb',
	'is_payment_multiple' => false,
	'subtract' => 100,
	'accuracy_payment_percent' => '2.5',
	'additional_data' => 'plain text',
	'except_currencies' => [['currency' => 'ETH']],
	'course_source' => 'Binance',
	'from_referral_code' => 'ref-1',
	'discount_percent' => -10,
	'is_refresh' => true,
]);
echo ci_test_last_request($base)['body'], "\n";

/* Amounts: floats in their shortest form, long decimals verbatim, null values skipped. */
$g->createInvoice(['amount' => 10.1, 'currency' => 'USD', 'order_id' => 'f-1', 'network' => null]);
echo ci_test_last_request($base)['body'], "\n";
$g->createInvoice(['amount' => '12345678901234567890.123456789012345678', 'currency' => 'USD', 'order_id' => 'f-2']);
echo ci_test_last_request($base)['body'], "\n";
$g->createInvoice(['amount' => 0.1 + 0.2, 'currency' => 'USD', 'order_id' => 'f-3']);
echo ci_test_last_request($base)['body'], "\n";

/* strict => false drops the unified keys Cryptomus cannot express. */
$loose = ci_test_gateway('cryptomus', $base, ['strict' => false]);
$loose->createInvoice(['amount' => '1', 'currency' => 'USD', 'order_id' => 's-1', 'description' => 'dropped', 'email' => 'a@b.co', 'idempotency_key' => 'k']);
echo ci_test_last_request($base)['body'], "\n";
?>
--EXPECT--
{"amount":"20","currency":"USD","order_id":"u-1","lifetime":7200,"url_callback":"https://shop.example/cb?x=1","url_return":"https://shop.example/cart","url_success":"https://shop.example/thanks","to_currency":"BTC","currencies":[{"currency":"BTC"},{"currency":"USDT","network":"tron"}],"additional_data":"{\"user\":42,\"note\":\"Café / \\\"vip\\\"\"}"}
{"amount":"0.5","currency":"BTC","order_id":"n-1","lifetime":300,"url_callback":"http://shop.example/cb","is_payment_multiple":false,"subtract":100,"accuracy_payment_percent":2.5,"additional_data":"plain text","except_currencies":[{"currency":"ETH"}],"course_source":"Binance","from_referral_code":"ref-1","discount_percent":-10,"is_refresh":true}
{"amount":"10.1","currency":"USD","order_id":"f-1"}
{"amount":"12345678901234567890.123456789012345678","currency":"USD","order_id":"f-2"}
{"amount":"0.30000000000000004","currency":"USD","order_id":"f-3"}
{"amount":"1","currency":"USD","order_id":"s-1"}
