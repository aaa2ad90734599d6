--TEST--
Heleket: bad input is rejected in Heleket's name, naming each parameter, and nothing is sent
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
use CryptoInvoice\{Gateways, InvalidArgumentException};

$base = ci_emulator_start();
$g = ci_test_gateway('heleket', $base);
$ok = ['amount' => '10', 'currency' => 'USD', 'order_id' => 'o-1'];

$cases = [
	'required' => [],
	'amount missing' => ['currency' => 'USD', 'order_id' => 'o-1'],
	'amount negative' => ['amount' => '-1'] + $ok,
	'order_id shape' => ['order_id' => 'order #1'] + $ok,
	'order_id long' => ['order_id' => str_repeat('a', 129)] + $ok,
	'ranges' => $ok + ['lifetime' => 299, 'subtract' => 101, 'accuracy_payment_percent' => '5.01', 'additional_data' => str_repeat('x', 256)],
	'upper ranges' => $ok + ['lifetime' => 43201, 'discount_percent' => 101],
	'expires_in range' => $ok + ['expires_in' => 60],
	'urls' => $ok + ['url_callback' => 'ftp://shop.example/x'],
	'types' => $ok + ['is_payment_multiple' => 'yes', 'currencies' => 'BTC', 'accepted_currencies' => [1]],
	'typos' => $ok + ['amout' => 1, 'lifetme' => 600, 'callback' => 'https://a.example/'],
	'unknown' => $ok + ['totally_unrelated_key' => 1],
	'conflicts' => $ok + ['expires_in' => 600, 'lifetime' => 600],
	'not expressible' => $ok + ['description' => 'x', 'email' => 'a@b.co', 'idempotency_key' => 'k'],
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
		if (!str_starts_with($e->getMessage(), 'Heleket')) {
			echo "message not in Heleket's name: ", $e->getMessage(), "\n";
		}
	}
}
echo "requests sent: ", count(ci_emulator_log($base)), "\n";

/* Construction and lookups: Heleket's name, Heleket's config keys. */
$bad = [
	fn() => Gateways::create('heleket', ['merchant_id' => CI_TEST_HELEKET_MERCHANT]),
	fn() => Gateways::create('heleket', ['merchant_id' => 'm', 'api_key' => CI_TEST_HELEKET_KEY, 'shop_id' => 'x']),
	fn() => Gateways::create('heleket', ['merchant_id' => 'm', 'api_key' => CI_TEST_HELEKET_KEY, 'retries' => 99]),
	fn() => $g->getInvoice("a\nb"),
	fn() => $g->createInvoices([$ok], 0),
];
foreach ($bad as $f) {
	try {
		$f();
		echo "no exception\n";
	} catch (InvalidArgumentException $e) {
		echo $e->getMessage(), "\n";
		if (str_contains($e->getMessage(), CI_TEST_HELEKET_KEY)) {
			echo "LEAK\n";
		}
	}
}
echo "requests sent: ", count(ci_emulator_log($base)), "\n";
?>
--EXPECT--
== required
amount: Heleket: amount is required
currency: Heleket: currency is required
order_id: Heleket: order_id is required
== amount missing
amount: Heleket: amount is required
== amount negative
amount: Heleket: amount must be a plain decimal such as "10.50" or "0.5" (digits, optionally '.' and more digits; no sign, spaces or exponent), got "-1"
== order_id shape
order_id: Heleket: order_id may contain only letters, digits, '_' and '-', got "order #1"
== order_id long
order_id: Heleket: order_id must be 1 to 128 characters long, got 129 characters
== ranges
lifetime: Heleket: lifetime must be from 300 to 43200, got 299
subtract: Heleket: subtract must be from 0 to 100, got 101
accuracy_payment_percent: Heleket: accuracy_payment_percent must be from 0 to 5, got 5.01
additional_data: Heleket: additional_data must be at most 255 bytes long in UTF-8, got 256 bytes
== upper ranges
lifetime: Heleket: lifetime must be from 300 to 43200, got 43201
discount_percent: Heleket: discount_percent must be from -99 to 100, got 101
== expires_in range
expires_in: Heleket: expires_in must be from 300 to 43200, got 60
== urls
url_callback: Heleket: url_callback must be an absolute http:// or https:// URL, got "ftp://shop.example/x"
== types
is_payment_multiple: Heleket: is_payment_multiple must be true or false, got "yes"
currencies: Heleket: currencies must be a list (an array with keys 0, 1, 2...), got "BTC"
accepted_currencies[0]: Heleket: accepted_currencies[0] must be a currency code string or an array with string keys, got 1
== typos
amout: Heleket: unknown parameter "amout"; did you mean "amount"?
lifetme: Heleket: unknown parameter "lifetme"; did you mean "lifetime"?
callback: Heleket: unknown parameter "callback"; did you mean "callback_url"?
== unknown
totally_unrelated_key: Heleket: unknown parameter "totally_unrelated_key"; it is neither a unified key nor one of Heleket's own
== conflicts
lifetime: Heleket: expires_in and lifetime both set the field lifetime; pass only one of them
== not expressible
description: Heleket cannot take description: its invoices have no description; keep it in your order, or send it in metadata (additional_data) (with the option strict => false such keys are dropped)
email: Heleket cannot take email: the payment page asks the payer for an email itself (with the option strict => false such keys are dropped)
idempotency_key: Heleket cannot take idempotency_key: it deduplicates by order_id: a repeated order_id returns the existing invoice (with the option strict => false such keys are dropped)
requests sent: 0
Heleket: config key api_key is required and must be a string
Heleket: unknown option "shop_id"
Heleket: option retries must be an integer from 0 to 10, got 99
Heleket: id must be the provider's invoice id (1 to 256 bytes, no NUL or line breaks), got a string holding a line break
Heleket: concurrency must be an integer from 1 to 256, got 0
requests sent: 0
