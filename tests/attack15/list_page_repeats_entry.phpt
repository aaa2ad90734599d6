--TEST--
listInvoices() gives an invoice the provider repeats within one page once, as it already did for one repeated from the page before: it was yielded as often as the page held it, and a nightly reconciliation counted it that many times
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/attack14.inc';

$srv = atk14_server();
$url = atk14_handler($srv, <<<'PHP'
	$in = json_decode($body, true);
	$inv = static fn (int $i) => ['id' => sprintf('2076e88f-547a-4437-9ece-%012d', $i), 'order' => "order-$i", 'status' => 'PROCESSED',
		'currency' => 'USD', 'amount' => '10', 'createdAt' => gmdate('Y-m-d\TH:i:s.000\Z')];
	$pages = [[$inv(1), $inv(1), $inv(2), $inv(1)], [$inv(2), $inv(3), $inv(3), $inv(4)], []];
	echo json_encode(['success' => true, 'response' => ['total' => 8, 'invoices' => $pages[intdiv($in['offset'], 4)] ?? []]]);
PHP);
$g = atk14_gateway('onchainpay', $url);
$got = [];
foreach ($g->listInvoices(['page_size' => 4]) as $key => $invoice) {
	$got[] = "$key:{$invoice->orderId}";
}
echo implode(' ', $got), "\n";
?>
--EXPECT--
0:order-1 1:order-2 2:order-3 3:order-4
