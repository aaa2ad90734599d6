--TEST--
Bitsby: unified and native keys land on the documented form fields, every value as text
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';

/* The last request's form fields, one "name=value" line each, after checking the body is
 * exactly the multipart bytes those fields make (so nothing else travelled). */
function sent(string $base): void
{
	$req = ci_test_last_request($base);
	preg_match('/^multipart\/form-data; boundary=(\S+)$/', $req['headers']['content-type'], $m);
	$b = preg_quote($m[1], '/');
	preg_match_all("/--$b\r\nContent-Disposition: form-data; name=\"([^\"]*)\"\r\n\r\n(.*?)\r\n(?=--$b)/s", $req['body'], $parts, PREG_SET_ORDER);
	$rebuilt = '';
	foreach ($parts as [, $name, $value]) {
		$rebuilt .= "--{$m[1]}\r\nContent-Disposition: form-data; name=\"$name\"\r\n\r\n$value\r\n";
		echo "$name=$value\n";
	}
	if ($rebuilt . "--{$m[1]}--\r\n" !== $req['body']) {
		echo "the body holds more than these fields:\n", $req['body'], "\n";
	}
	echo "\n";
}

$base = ci_emulator_start();
$g = ci_test_gateway('bitsby', $base);

/* Unified keys; order_id and metadata share serviceData, key by key; an int amount is its text. */
$inv = $g->createInvoice([
	'amount' => 20,
	'currency' => 'usd',
	'order_id' => 'u-1',
	'description' => 'Café / "vip"',
	'expires_in' => 1800,
	'metadata' => ['user' => 42, 'tags' => [], 'page' => 'https://shop.example/a', 'deep' => ['a.b' => 1, 7 => true]],
]);
sent($base);
var_dump($inv->orderId, $inv->amount, $inv->currency);

/* The seed's own example, native keys verbatim: timeToPay as a number, orderId an int inside serviceData. */
$inv = $g->createInvoice([
	'amountFiat' => '10.55',
	'currencyFiat' => 'EUR',
	'description' => '12 months license for BITSBY',
	'serviceData' => '{"userId":100,"orderId":500}',
	'timeToPay' => 6,
]);
sent($base);
var_dump($inv->orderId);

/* A JSON object string in metadata merges with order_id; timeToPay as text, written canonically. */
$g->createInvoice(['amount' => '0.5', 'currency' => 'RUB', 'metadata' => '{"userId": 7, "note": "a\/b"}', 'order_id' => 'j-1', 'timeToPay' => '0.50']);
sent($base);

/* Any other metadata is one text: a plain string, a list. Floats in shortest form, nulls skipped. */
$inv = $g->createInvoice(['amount' => 10.1, 'currency' => 'USD', 'metadata' => 'vip customer', 'expires_in' => 43200, 'description' => null]);
sent($base);
var_dump($inv->orderId, $inv->amount);
$g->createInvoice(['amount' => '12345678901234567890.123456789', 'currency' => 'USD', 'metadata' => ['a', 'b'], 'timeToPay' => 0.5]);
sent($base);

/* strict => false drops the unified keys Bitsby cannot express. */
$loose = ci_test_gateway('bitsby', $base, ['strict' => false]);
$loose->createInvoice(['amount' => '1', 'currency' => 'USD', 'order_id' => 500, 'email' => 'a@b.co',
	'callback_url' => 'https://shop.example/cb', 'return_url' => 'https://shop.example/r',
	'success_url' => 'https://shop.example/s', 'pay_currency' => 'BTC', 'network' => 'tron',
	'accepted_currencies' => ['BTC'], 'idempotency_key' => 'k-1', 'expires_in' => 3600]);
sent($base);
echo "requests sent: ", count(ci_emulator_log($base)), "\n";
?>
--EXPECT--
projectId=9deea1e2-0c08-41a3-bdc2-a34eada3892d
amountFiat=20
currencyFiat=USD
description=Café / "vip"
serviceData={"orderId":"u-1","user":42,"tags":[],"page":"https://shop.example/a","deep":{"a.b":1,"7":true}}
timeToPay=0.5

string(3) "u-1"
string(2) "20"
string(3) "USD"
projectId=9deea1e2-0c08-41a3-bdc2-a34eada3892d
amountFiat=10.55
currencyFiat=EUR
description=12 months license for BITSBY
serviceData={"userId":100,"orderId":500}
timeToPay=6

string(3) "500"
projectId=9deea1e2-0c08-41a3-bdc2-a34eada3892d
amountFiat=0.5
currencyFiat=RUB
serviceData={"userId":7,"note":"a\/b","orderId":"j-1"}
timeToPay=0.5

projectId=9deea1e2-0c08-41a3-bdc2-a34eada3892d
amountFiat=10.1
currencyFiat=USD
serviceData=vip customer
timeToPay=12

NULL
string(4) "10.1"
projectId=9deea1e2-0c08-41a3-bdc2-a34eada3892d
amountFiat=12345678901234567890.123456789
currencyFiat=USD
serviceData=["a","b"]
timeToPay=0.5

projectId=9deea1e2-0c08-41a3-bdc2-a34eada3892d
amountFiat=1
currencyFiat=USD
serviceData={"orderId":"500"}
timeToPay=1

requests sent: 6
