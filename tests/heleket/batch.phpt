--TEST--
Heleket: createInvoices sends each item to Heleket signed with its key, keys kept, each value a Heleket Invoice or that item's exception
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';

$base = ci_emulator_start();
$g = ci_test_gateway('heleket', $base);
$item = fn(string $id, array $extra = []) => $extra + ['amount' => '5', 'currency' => 'USD', 'order_id' => $id];

$batch = [
	'first' => $item('b-1'),
	7 => $item('b-2', ['network' => 'tron', 'currency' => 'USDT']),
	'bad' => $item('b 3'),
	'api error' => $item('b-5', ['currency' => 'XXX']),
	-1 => $item('b-6', ['lifetime' => 900]),
];
$out = $g->createInvoices($batch, 3);
var_dump(array_keys($out) === array_keys($batch));
foreach ($out as $k => $v) {
	printf("%-10s %s\n", $k, $v instanceof CryptoInvoice\Invoice
		? "Invoice {$v->provider} {$v->orderId} {$v->status->value} " . parse_url($v->url, PHP_URL_HOST)
		: get_class($v) . ': ' . $v->getMessage());
}
/* The valid items, and only they, reached Heleket, each signed with Heleket's merchant and key. */
$log = ci_emulator_log($base);
$orders = [];
foreach ($log as $r) {
	$orders[] = json_decode($r['body'], true)['order_id'];
	if ($r['path'] !== '/heleket/v1/payment' || $r['headers']['merchant'] !== CI_TEST_HELEKET_MERCHANT
			|| $r['headers']['sign'] !== md5(base64_encode($r['body']) . CI_TEST_HELEKET_KEY)) {
		echo "wrongly sent: {$r['path']}\n";
	}
}
sort($orders);
echo "requests sent: ", implode(' ', $orders), "\n";

/* Retried per item on a 503: Heleket deduplicates by order_id as Cryptomus does. */
$r = ci_test_gateway('heleket', "$base/_s/fail503x1", ['retries' => 1])
	->createInvoices(array_map(fn($i) => $item("r-$i"), range(1, 4)), 4);
echo "with one 503: ", implode(' ', array_map(fn($v) => $v instanceof CryptoInvoice\Invoice ? $v->provider : get_class($v), $r)), "\n";

/* Cryptomus's credentials at Heleket: each item refused in Heleket's name. */
$wrong = new CryptoInvoice\Heleket(CI_TEST_CRYPTOMUS_MERCHANT, CI_TEST_CRYPTOMUS_KEY, ['base_url' => "$base/heleket", 'retries' => 0]);
foreach ($wrong->createInvoices(['a' => $item('w-1'), 'b' => $item('w-2')]) as $k => $v) {
	echo "$k: ", get_class($v), ': ', $v->getMessage(), "\n";
}
?>
--EXPECT--
bool(true)
first      Invoice heleket b-1 created pay.heleket.com
7          Invoice heleket b-2 created pay.heleket.com
bad        CryptoInvoice\InvalidArgumentException: Heleket: order_id may contain only letters, digits, '_' and '-', got "b 3"
api error  CryptoInvoice\ApiException: Heleket refused the request (HTTP 422): The currency was not found (1 attempt)
-1         Invoice heleket b-6 created pay.heleket.com
requests sent: b-1 b-2 b-5 b-6
with one 503: heleket heleket heleket heleket
a: CryptoInvoice\AuthenticationException: Heleket rejected the credentials (HTTP 401): Unauthorized (1 attempt)
b: CryptoInvoice\AuthenticationException: Heleket rejected the credentials (HTTP 401): Unauthorized (1 attempt)
