--TEST--
Cryptomus: bad input from the seed's constraints is rejected at once, naming each parameter, and nothing is sent
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
use CryptoInvoice\InvalidArgumentException;

$base = ci_emulator_start();
$g = ci_test_gateway('cryptomus', $base);
$ok = ['amount' => '10', 'currency' => 'USD', 'order_id' => 'o-1'];

$cases = [
	'required' => [],
	'amounts' => ['amount' => '1e3', 'currency' => 'USD', 'order_id' => 'o'],
	'amount space' => ['amount' => ' 5'] + $ok,
	'amount negative' => ['amount' => '-1'] + $ok,
	'amount zero' => ['amount' => '0.00'] + $ok,
	'amount int zero' => ['amount' => 0] + $ok,
	'amount NaN' => ['amount' => NAN] + $ok,
	'amount INF' => ['amount' => INF] + $ok,
	'amount array' => ['amount' => [10]] + $ok,
	'amount bool' => ['amount' => true] + $ok,
	'order_id shape' => ['order_id' => 'order #1'] + $ok,
	'order_id long' => ['order_id' => str_repeat('a', 129)] + $ok,
	'order_id empty' => ['order_id' => ''] + $ok,
	'ranges' => $ok + ['lifetime' => 299, 'subtract' => 101, 'accuracy_payment_percent' => '5.01',
		'discount_percent' => -100, 'course_source' => 'abc', 'additional_data' => str_repeat('x', 256)],
	'upper ranges' => $ok + ['lifetime' => 43201, 'discount_percent' => 101, 'course_source' => str_repeat('c', 21)],
	'urls' => $ok + ['url_return' => 'ftp://shop.example/x', 'url_success' => 'http:', 'url_callback' => 'https://' . str_repeat('a', 250) . '.com'],
	'types' => $ok + ['lifetime' => '1h', 'is_payment_multiple' => 'yes', 'subtract' => 1.5, 'currencies' => 'BTC',
		'except_currencies' => [['network' => 'tron']], 'network' => ['tron']],
	'typos' => $ok + ['amout' => 1, 'order' => 'x', 'callback' => 'https://a.example/'],
	'unknown' => $ok + ['totally_unrelated_key' => 1, 5 => 'positional'],
	'conflicts' => $ok + ['expires_in' => 600, 'lifetime' => 600, 'callback_url' => 'https://a.example/cb', 'url_callback' => 'https://b.example/cb',
		'pay_currency' => 'BTC', 'to_currency' => 'ETH', 'metadata' => 'm', 'additional_data' => 'd'],
	'not expressible' => $ok + ['description' => 'x', 'email' => 'a@b.co', 'idempotency_key' => 'k'],
	'expires_in range' => $ok + ['expires_in' => 60],
	'metadata too long' => $ok + ['metadata' => ['blob' => str_repeat('y', 300)]],
	'strings' => $ok + ['course_source' => "Bin\0ance", 'from_referral_code' => "\xff\xfe"],
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
echo "requests sent: ", count(ci_emulator_log($base)), "\n";
try {
	$g->createInvoice('not an array');
} catch (TypeError $e) {
	echo get_class($e), "\n";
}
?>
--EXPECT--
== required
amount: Cryptomus: amount is required
currency: Cryptomus: currency is required
order_id: Cryptomus: order_id is required
== amounts
amount: Cryptomus: amount must be a plain decimal such as "10.50" or "0.5" (digits, optionally '.' and more digits; no sign, spaces or exponent), got "1e3"
== amount space
amount: Cryptomus: amount must be a plain decimal such as "10.50" or "0.5" (digits, optionally '.' and more digits; no sign, spaces or exponent), got " 5"
== amount negative
amount: Cryptomus: amount must be a plain decimal such as "10.50" or "0.5" (digits, optionally '.' and more digits; no sign, spaces or exponent), got "-1"
== amount zero
amount: Cryptomus: amount must be greater than zero, got "0.00"
== amount int zero
amount: Cryptomus: amount must be greater than zero, got 0
== amount NaN
amount: Cryptomus: amount must be a finite, non-negative number, got NAN
== amount INF
amount: Cryptomus: amount must be a finite, non-negative number, got INF
== amount array
amount: Cryptomus: amount must be a decimal string, int or float, got an array
== amount bool
amount: Cryptomus: amount must be a decimal string, int or float, got true
== order_id shape
order_id: Cryptomus: order_id may contain only letters, digits, '_' and '-', got "order #1"
== order_id long
order_id: Cryptomus: order_id must be 1 to 128 characters long, got 129 characters
== order_id empty
order_id: Cryptomus: order_id must be 1 to 128 characters long, got 0 characters
== ranges
lifetime: Cryptomus: lifetime must be from 300 to 43200, got 299
subtract: Cryptomus: subtract must be from 0 to 100, got 101
accuracy_payment_percent: Cryptomus: accuracy_payment_percent must be from 0 to 5, got 5.01
discount_percent: Cryptomus: discount_percent must be from -99 to 100, got -100
course_source: Cryptomus: course_source must be 4 to 20 characters long, got 3 characters
additional_data: Cryptomus: additional_data must be at most 255 bytes long in UTF-8, got 256 bytes
== upper ranges
lifetime: Cryptomus: lifetime must be from 300 to 43200, got 43201
discount_percent: Cryptomus: discount_percent must be from -99 to 100, got 101
course_source: Cryptomus: course_source must be 4 to 20 characters long, got 21 characters
== urls
url_return: Cryptomus: url_return must be an absolute http:// or https:// URL, got "ftp://shop.example/x"
url_success: Cryptomus: url_success must be 6 to 255 characters long, got 5 characters
url_callback: Cryptomus: url_callback must be 6 to 255 characters long, got 262 characters
== types
lifetime: Cryptomus: lifetime must be an integer from 300 to 43200, got "1h"
is_payment_multiple: Cryptomus: is_payment_multiple must be true or false, got "yes"
subtract: Cryptomus: subtract must be an integer from 0 to 100, got 1.5
currencies: Cryptomus: currencies must be a list (an array with keys 0, 1, 2...), got "BTC"
except_currencies[0].currency: Cryptomus: except_currencies[0].currency is required
network: Cryptomus: network must be a string, got an array
== typos
amout: Cryptomus: unknown parameter "amout"; did you mean "amount"?
order: Cryptomus: unknown parameter "order"; did you mean "order_id"?
callback: Cryptomus: unknown parameter "callback"; did you mean "callback_url"?
== unknown
totally_unrelated_key: Cryptomus: unknown parameter "totally_unrelated_key"; it is neither a unified key nor one of Cryptomus's own
[5]: Cryptomus: parameter keys must be strings such as "amount", got the integer key 5
== conflicts
lifetime: Cryptomus: expires_in and lifetime both set the field lifetime; pass only one of them
url_callback: Cryptomus: callback_url and url_callback both set the field url_callback; pass only one of them
to_currency: Cryptomus: pay_currency and to_currency both set the field to_currency; pass only one of them
additional_data: Cryptomus: metadata and additional_data both set the field additional_data; pass only one of them
== not expressible
description: Cryptomus cannot take description: its invoices have no description; keep it in your order, or send it in metadata (additional_data) (with the option strict => false such keys are dropped)
email: Cryptomus cannot take email: the payment page asks the payer for an email itself (with the option strict => false such keys are dropped)
idempotency_key: Cryptomus cannot take idempotency_key: it deduplicates by order_id: a repeated order_id returns the existing invoice (with the option strict => false such keys are dropped)
== expires_in range
expires_in: Cryptomus: expires_in must be from 300 to 43200, got 60
== metadata too long
metadata: Cryptomus: metadata must be at most 255 bytes long in UTF-8, got 311 bytes
== strings
course_source: Cryptomus: course_source must not contain NUL bytes, got "Bin\x00ance"
from_referral_code: Cryptomus: from_referral_code must be valid UTF-8, got "\xFF\xFE"
requests sent: 0
TypeError
