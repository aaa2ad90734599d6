--TEST--
createInvoices: keys kept, each value an Invoice or that item's exception, bad items rejected before anything is sent
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';

$base = ci_emulator_start();
$g = ci_test_gateway('cryptomus', $base);
$item = fn(string $id, array $extra = []) => $extra + ['amount' => '5', 'currency' => 'USD', 'order_id' => $id];

$batch = [
	'first' => $item('b-1'),
	7 => $item('b-2'),
	'bad' => $item('b 3'),
	'typo' => $item('b-4', ['lifetme' => 600]),
	'not an array' => 'oops',
	'api error' => $item('b-5', ['currency' => 'XXX']),
	-1 => $item('b-6', ['lifetime' => 900]),
];
$out = $g->createInvoices($batch, 3);
var_dump(array_keys($out) === array_keys($batch));
foreach ($out as $k => $v) {
	printf("%-12s %s\n", $k, $v instanceof CryptoInvoice\Invoice
		? "Invoice {$v->orderId} {$v->status->value}"
		: get_class($v) . ': ' . $v->getMessage());
}
/* Only the four valid items reached the provider. */
echo "requests sent: ", count(ci_emulator_log($base)), "\n";

/* Retries happen per item: the first request answers 503, Cryptomus deduplicates, so it is retried. */
$r = ci_test_gateway('cryptomus', "$base/_s/fail503x1", ['retries' => 1])
	->createInvoices(array_map(fn($i) => $item("r-$i"), range(1, 5)), 8);
echo "with one 503: ", implode(' ', array_map(fn($v) => $v instanceof CryptoInvoice\Invoice ? 'ok' : get_class($v), $r)), "\n";

var_dump($g->createInvoices([]));
foreach ([0, 257] as $c) {
	try {
		$g->createInvoices([$item('x')], $c);
	} catch (CryptoInvoice\InvalidArgumentException $e) {
		echo get_class($e), ': ', $e->getMessage(), "\n";
	}
}
?>
--EXPECT--
bool(true)
first        Invoice b-1 created
7            Invoice b-2 created
bad          CryptoInvoice\InvalidArgumentException: Cryptomus: order_id may contain only letters, digits, '_' and '-', got "b 3"
typo         CryptoInvoice\InvalidArgumentException: Cryptomus: unknown parameter "lifetme"; did you mean "lifetime"?
not an array CryptoInvoice\InvalidArgumentException: Cryptomus: each batch item must be an array of invoice parameters, got "oops"
api error    CryptoInvoice\ApiException: Cryptomus refused the request (HTTP 422): The currency was not found (1 attempt)
-1           Invoice b-6 created
requests sent: 4
with one 503: ok ok ok ok ok
array(0) {
}
CryptoInvoice\InvalidArgumentException: Cryptomus: concurrency must be an integer from 1 to 256, got 0
CryptoInvoice\InvalidArgumentException: Cryptomus: concurrency must be an integer from 1 to 256, got 257
