--TEST--
Bitsby: bad input from the seed's constraints is rejected at once, naming each parameter, and nothing is sent
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
use CryptoInvoice\{Bitsby, InvalidArgumentException};

$base = ci_emulator_start();
$g = ci_test_gateway('bitsby', $base);
$ok = ['amount' => '10', 'currency' => 'USD'];

$cases = [
	'required' => ['description' => 'x'],
	'amount shape' => ['amount' => '1e3'] + $ok,
	'amount negative' => ['amountFiat' => '-1', 'currency' => 'USD'],
	'amount zero' => ['amount' => '0.00'] + $ok,
	'amount NaN' => ['amount' => NAN] + $ok,
	'amount bool' => ['amount' => true] + $ok,
	'currencies' => ['currency' => 'GBP'] + $ok,
	'native currency' => ['amount' => '1', 'currencyFiat' => 'BTC'],
	'expires_in values' => $ok + ['expires_in' => 7200],
	'expires_in type' => $ok + ['expires_in' => '1h'],
	'timeToPay 2' => $ok + ['timeToPay' => 2],
	'timeToPay 0.25' => $ok + ['timeToPay' => '0.25'],
	'timeToPay 1.5 float' => $ok + ['timeToPay' => 1.5],
	'timeToPay text' => $ok + ['timeToPay' => 'six'],
	'timeToPay type' => $ok + ['timeToPay' => true],
	'projectId' => $ok + ['projectId' => CI_TEST_BITSBY_PROJECT],
	'types' => $ok + ['description' => ['x'], 'serviceData' => ['userId' => 1], 'metadata' => 5, 'order_id' => 1.5],
	'strings' => $ok + ['description' => "bad\xff", 'serviceData' => "a\0b", 'order_id' => ''],
	'order_id long' => $ok + ['order_id' => str_repeat('o', 256)],
	'metadata not JSON-encodable' => $ok + ['metadata' => ['x' => NAN]],
	'conflicts' => ['amount' => '1', 'amountFiat' => '1', 'currency' => 'USD', 'currencyFiat' => 'USD',
		'expires_in' => 3600, 'timeToPay' => 1, 'metadata' => ['a' => 1], 'serviceData' => 's'],
	'order_id and serviceData' => $ok + ['order_id' => 'o-1', 'serviceData' => '{"orderId":1}'],
	'order_id and metadata orderId' => $ok + ['order_id' => 'o-1', 'metadata' => ['orderId' => 'o-2']],
	'order_id and a text metadata' => $ok + ['order_id' => 'o-1', 'metadata' => 'plain'],
	'not expressible' => $ok + ['email' => 'a@b.co', 'callback_url' => 'https://shop.example/cb',
		'return_url' => 'https://shop.example/r', 'success_url' => 'https://shop.example/s', 'pay_currency' => 'BTC',
		'network' => 'tron', 'accepted_currencies' => ['BTC'], 'idempotency_key' => 'k'],
	'typos' => $ok + ['amout' => 1, 'currencyfiat' => 'USD', 'time_to_pay' => 1, 'service_data' => 'x', 'order' => 'o'],
	'unknown' => $ok + ['lifetime' => 600, 7 => 'positional'],
];
foreach ($cases as $name => $params) {
	echo "== $name\n";
	try {
		$g->createInvoice($params);
		echo "no exception\n";
	} catch (InvalidArgumentException $e) {
		foreach ($e->getErrors() as $k => $v) {
			echo "$k: $v\n";
		}
	}
}

/* strict => false drops unified keys only: a wrong value or a native key is still an error. */
try {
	ci_test_gateway('bitsby', $base, ['strict' => false])->createInvoice($ok + ['email' => 'a@b.co', 'expires_in' => 60, 'projectId' => 'x']);
} catch (InvalidArgumentException $e) {
	echo "== strict false\n", implode("\n", $e->getErrors()), "\n";
}
/* All problems in one exception, the message naming the first ones. */
try {
	$g->createInvoice(['currency' => 'GBP', 'email' => 'a@b.co']);
} catch (InvalidArgumentException $e) {
	echo "== message\n", $e->getMessage(), "\n", count($e->getErrors()), "\n";
}
/* The constructor checks the project id's UUID shape before anything is sent. */
try {
	new Bitsby('project-1', CI_TEST_BITSBY_TOKEN, ['base_url' => $base]);
} catch (InvalidArgumentException $e) {
	echo "== constructor\n", json_encode($e->getErrors()), "\n";
}
echo "requests sent: ", count(ci_emulator_log($base)), "\n";
?>
--EXPECT--
== required
amount: Bitsby: amount is required
currency: Bitsby: currency is required
== amount shape
amount: Bitsby: amount must be a plain decimal such as "10.50" or "0.5" (digits, optionally '.' and more digits; no sign, spaces or exponent), got "1e3"
== amount negative
amountFiat: Bitsby: amountFiat must be a plain decimal such as "10.50" or "0.5" (digits, optionally '.' and more digits; no sign, spaces or exponent), got "-1"
== amount zero
amount: Bitsby: amount must be greater than zero, got "0.00"
== amount NaN
amount: Bitsby: amount must be a finite, non-negative number, got NAN
== amount bool
amount: Bitsby: amount must be a decimal string, int or float, got true
== currencies
currency: Bitsby: currency must be one of USD, EUR or RUB, got "GBP"
== native currency
currencyFiat: Bitsby: currencyFiat must be one of USD, EUR or RUB, got "BTC"
== expires_in values
expires_in: Bitsby: expires_in must be one of 1800, 3600, 10800, 21600 or 43200 seconds, got 7200
== expires_in type
expires_in: Bitsby: expires_in must be an integer, got "1h"
== timeToPay 2
timeToPay: Bitsby: timeToPay must be one of 0.5, 1, 3, 6 or 12 (hours), got 2
== timeToPay 0.25
timeToPay: Bitsby: timeToPay must be one of 0.5, 1, 3, 6 or 12 (hours), got "0.25"
== timeToPay 1.5 float
timeToPay: Bitsby: timeToPay must be one of 0.5, 1, 3, 6 or 12 (hours), got 1.5
== timeToPay text
timeToPay: Bitsby: timeToPay must be one of 0.5, 1, 3, 6 or 12 (hours), got "six"
== timeToPay type
timeToPay: Bitsby: timeToPay must be one of 0.5, 1, 3, 6 or 12 (hours), got true
== projectId
projectId: Bitsby cannot take projectId: it is the project id given to the constructor (new Bitsby($projectId, $apiToken)); use a gateway of that project instead of passing it here
== types
description: Bitsby: description must be a string, got an array
serviceData: Bitsby: serviceData must be a string, got an array
metadata: Bitsby: metadata must be a string or an array, got 5
order_id: Bitsby: order_id must be a string, got 1.5
== strings
description: Bitsby: description must be valid UTF-8, got "bad\xFF"
serviceData: Bitsby: serviceData must not contain NUL bytes, got "a\x00b"
order_id: Bitsby: order_id must be 1 to 255 characters long, got 0 characters
== order_id long
order_id: Bitsby: order_id must be 1 to 255 characters long, got 256 characters
== metadata not JSON-encodable
metadata: Bitsby: metadata must hold only strings, numbers, booleans, null and arrays of them, got NAN at metadata.x
== conflicts
amountFiat: Bitsby: amount and amountFiat both set the field amountFiat; pass only one of them
currencyFiat: Bitsby: currency and currencyFiat both set the field currencyFiat; pass only one of them
timeToPay: Bitsby: expires_in and timeToPay both set the field timeToPay; pass only one of them
serviceData: Bitsby: metadata and serviceData both set the field serviceData.a; pass only one of them
== order_id and serviceData
serviceData: Bitsby: order_id and serviceData both set the field serviceData.orderId; pass only one of them
== order_id and metadata orderId
metadata: Bitsby: order_id and metadata both set the field serviceData.orderId; pass only one of them
== order_id and a text metadata
metadata: Bitsby: order_id and metadata both set the field serviceData.orderId; pass only one of them
== not expressible
email: Bitsby cannot take email: its payment page does not collect the payer's email; keep it in your order, or send it in metadata (serviceData) (with the option strict => false such keys are dropped)
callback_url: Bitsby cannot take callback_url: the webhook URL is set in the Bitsby project settings (with the option strict => false such keys are dropped)
return_url: Bitsby cannot take return_url: its payment page has no link back to the shop; the webhook set in the Bitsby project settings reports the payment (with the option strict => false such keys are dropped)
success_url: Bitsby cannot take success_url: its payment page has no link back to the shop; the webhook set in the Bitsby project settings reports the payment (with the option strict => false such keys are dropped)
pay_currency: Bitsby cannot take pay_currency: the payer picks one of the project's wallets on the payment page; the wallets set in the Bitsby project decide which coins and networks are offered (with the option strict => false such keys are dropped)
network: Bitsby cannot take network: the payer picks one of the project's wallets on the payment page; the wallets set in the Bitsby project decide which coins and networks are offered (with the option strict => false such keys are dropped)
accepted_currencies: Bitsby cannot take accepted_currencies: the payer picks one of the project's wallets on the payment page; the wallets set in the Bitsby project decide which coins and networks are offered (with the option strict => false such keys are dropped)
idempotency_key: Bitsby cannot take idempotency_key: Bitsby does not deduplicate requests, so this client never retries a create after a 5xx; look an invoice up by its id instead (with the option strict => false such keys are dropped)
== typos
amout: Bitsby: unknown parameter "amout"; did you mean "amount"?
currencyfiat: Bitsby: unknown parameter "currencyfiat"; did you mean "currencyFiat"?
time_to_pay: Bitsby: unknown parameter "time_to_pay"; did you mean "timeToPay"?
service_data: Bitsby: unknown parameter "service_data"; did you mean "serviceData"?
order: Bitsby: unknown parameter "order"; did you mean "order_id"?
== unknown
lifetime: Bitsby: unknown parameter "lifetime"; it is neither a unified key nor one of Bitsby's own
[7]: Bitsby: parameter keys must be strings such as "amount", got the integer key 7
== strict false
Bitsby: expires_in must be one of 1800, 3600, 10800, 21600 or 43200 seconds, got 60
Bitsby cannot take projectId: it is the project id given to the constructor (new Bitsby($projectId, $apiToken)); use a gateway of that project instead of passing it here
== message
Bitsby: currency must be one of USD, EUR or RUB, got "GBP"; Bitsby cannot take email: its payment page does not collect the payer's email; keep it in your order, or send it in metadata (serviceData) (with the option strict => false such keys are dropped); Bitsby: amount is required
3
== constructor
{"project_id":"Bitsby: project_id must be a UUID such as 9deea1e2-0c08-41a3-bdc2-a34eada3892d"}
requests sent: 0
