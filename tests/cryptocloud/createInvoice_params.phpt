--TEST--
CryptoCloud: unified keys and native keys land on the documented wire fields
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';

$base = ci_emulator_start();
$g = ci_test_gateway('cryptocloud', $base);
$show = function () use ($base) {
	echo ci_test_last_request($base)['body'], "\n";
};

/* Unified keys: expires_in, pay_currency and accepted_currencies all go into add_fields. */
$g->createInvoice([
	'amount' => '25.50',
	'currency' => 'eur',
	'order_id' => 'u-1',
	'email' => 'payer@example.com',
	'expires_in' => 86400,
	'pay_currency' => 'btc',
	'accepted_currencies' => ['USDT_TRC20', 'eth', 'BTC'],
]);
$show();

/* The seed's own keys, add_fields as the seed's example writes it ('TRY' is the code TRY). */
$g->createInvoice([
	'amount' => 100,
	'currency' => 'TRY',
	'order_id' => 'ORDER_93223',
	'email' => 'payer@example.com',
	'add_fields' => [
		'time_to_pay' => ['hours' => 24, 'minutes' => 0],
		'available_currencies' => ['USDT_TRC20', 'ETH', 'BTC'],
		'cryptocurrency' => 'ETH',
	],
]);
$show();

/* A unified key and a native add_fields key that set different fields of add_fields live side by side. */
$g->createInvoice(['amount' => '1', 'currency' => 'USD', 'expires_in' => 60,
	'add_fields' => ['cryptocurrency' => 'TRUMP_SOL', 'available_currencies' => ['TRUMP_SOL', 'XAUT_TON']]]);
$show();
$g->createInvoice(['amount' => '1', 'currency' => 'USD', 'pay_currency' => 'LTC', 'add_fields' => ['time_to_pay' => ['minutes' => 45]]]);
$show();

/* expires_in: hours and minutes, nothing rounded away. */
foreach ([60, 3600, 5400, 90000] as $seconds) {
	$g->createInvoice(['amount' => '1', 'currency' => 'USD', 'expires_in' => $seconds]);
	$show();
}

/* Amounts: the decimal text verbatim as a JSON number, floats in their shortest form, ints as they are. */
foreach (['100.10', '0.000001', '12345678901234567890.123456789012345678', 10.1, 0.1 + 0.2, 7] as $amount) {
	$g->createInvoice(['amount' => $amount, 'currency' => 'USD']);
	$show();
}

/* null means "not set"; empty lists set nothing. */
$g->createInvoice(['amount' => '5', 'currency' => 'USD', 'order_id' => null, 'email' => null, 'accepted_currencies' => [],
	'add_fields' => ['cryptocurrency' => null]]);
$show();

/* strict => false drops the unified keys CryptoCloud cannot express. */
$loose = ci_test_gateway('cryptocloud', $base, ['strict' => false]);
$inv = $loose->createInvoice(['amount' => '1', 'currency' => 'USD', 'order_id' => 's-1', 'description' => 'dropped',
	'callback_url' => 'https://shop.example/cb', 'return_url' => 'https://shop.example/back', 'success_url' => 'https://shop.example/ok',
	'network' => 'tron', 'metadata' => ['a' => 1], 'idempotency_key' => 'k-1']);
$show();
var_dump($inv->orderId);
echo "requests sent: ", count(ci_emulator_log($base)), "\n";
?>
--EXPECT--
{"shop_id":"NGpD44KXRdQ","amount":25.50,"currency":"EUR","order_id":"u-1","email":"payer@example.com","add_fields":{"time_to_pay":{"hours":24,"minutes":0},"cryptocurrency":"BTC","available_currencies":["USDT_TRC20","ETH","BTC"]}}
{"shop_id":"NGpD44KXRdQ","amount":100,"currency":"TRY","order_id":"ORDER_93223","email":"payer@example.com","add_fields":{"time_to_pay":{"hours":24,"minutes":0},"available_currencies":["USDT_TRC20","ETH","BTC"],"cryptocurrency":"ETH"}}
{"shop_id":"NGpD44KXRdQ","amount":1,"currency":"USD","add_fields":{"time_to_pay":{"hours":0,"minutes":1},"cryptocurrency":"TRUMP_SOL","available_currencies":["TRUMP_SOL","XAUT_TON"]}}
{"shop_id":"NGpD44KXRdQ","amount":1,"currency":"USD","add_fields":{"cryptocurrency":"LTC","time_to_pay":{"minutes":45}}}
{"shop_id":"NGpD44KXRdQ","amount":1,"currency":"USD","add_fields":{"time_to_pay":{"hours":0,"minutes":1}}}
{"shop_id":"NGpD44KXRdQ","amount":1,"currency":"USD","add_fields":{"time_to_pay":{"hours":1,"minutes":0}}}
{"shop_id":"NGpD44KXRdQ","amount":1,"currency":"USD","add_fields":{"time_to_pay":{"hours":1,"minutes":30}}}
{"shop_id":"NGpD44KXRdQ","amount":1,"currency":"USD","add_fields":{"time_to_pay":{"hours":25,"minutes":0}}}
{"shop_id":"NGpD44KXRdQ","amount":100.10,"currency":"USD"}
{"shop_id":"NGpD44KXRdQ","amount":0.000001,"currency":"USD"}
{"shop_id":"NGpD44KXRdQ","amount":12345678901234567890.123456789012345678,"currency":"USD"}
{"shop_id":"NGpD44KXRdQ","amount":10.1,"currency":"USD"}
{"shop_id":"NGpD44KXRdQ","amount":0.30000000000000004,"currency":"USD"}
{"shop_id":"NGpD44KXRdQ","amount":7,"currency":"USD"}
{"shop_id":"NGpD44KXRdQ","amount":5,"currency":"USD"}
{"shop_id":"NGpD44KXRdQ","amount":1,"currency":"USD","order_id":"s-1"}
string(3) "s-1"
requests sent: 16
