--TEST--
listInvoices() and findInvoice() by offset: a page shorter than asked ends the walk only where the provider documents its largest page (CryptoCloud) or its total says so (OnChainPay); Bitsby, which documents neither, is asked once more, so a cap of its own never drops invoices silently, and a provider that answers past the end with the same page ends the walk without an error
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
require __DIR__ . '/../inc/emulator/control.inc';
require __DIR__ . '/../inc/answers.inc';

$base = ci_emulator_start();

/** The walk's order ids without the provider's prefix, and the list requests it sent. */
function walk(CryptoInvoice\InvoiceList $l, string $p): string
{
	$names = [];
	foreach ($l as $inv) {
		$names[] = substr((string) $inv->orderId, strlen($p) + 1);
	}
	return implode(' ', $names) . ' (' . $l->getRequestCount() . ' requests)';
}

/* {{{ A provider that serves 2 records an answer whatever limit asks (neither page says a maximum) */
foreach (['bitsby', 'onchainpay'] as $p) {
	$g = ci_test_gateway($p, $base);
	foreach (['a', 'b', 'c', 'd', 'e'] as $name) {
		$g->createInvoice(['amount' => '10', 'currency' => 'USD', 'order_id' => "$p-$name"]);
	}
	ci_emulator_set_per_page($base, $p, 2);
	echo "$p, default page size: ", walk($g->listInvoices(), $p), "\n";
	echo "$p, page_size 3:      ", walk($g->listInvoices(['page_size' => 3]), $p), "\n";
	/* The oldest invoice is on the last capped page: a walk cut at the first short page would say
	 * "no such order", and the shop would create a second invoice for it. */
	$found = $g->findInvoice("$p-a");
	echo "$p, find the oldest: ", $found === null ? 'NULL' : $found->orderId, "\n";
}
/* }}} */

/* {{{ Answers past the end, from a server that ignores the paging keys */
$answers = ci_answer_server();
$items = [];
foreach (['x', 'y'] as $name) {
	$item = ci_answer_default('bitsby', 'lookup');
	$item['id'] = preg_replace('/^.{8}/', str_repeat(dechex(ord($name) - 110), 8), $item['id']);
	$item['serviceData'] = json_encode(['orderId' => "bitsby-$name"]);
	$items[] = $item;
}
$url = ci_answer_put($answers, json_encode(['result' => 'success', 'data' => $items]));
$g = ci_test_gateway('bitsby', $url, ['rate_limit' => 0]);
echo "bitsby, the same short page for every offset: ", walk($g->listInvoices(), 'bitsby'), "\n";

$items = [];
foreach (['x', 'y', 'z'] as $name) {
	$item = ci_answer_default('onchainpay', 'lookup');
	$item['id'] = preg_replace('/^.{8}/', str_repeat(dechex(ord($name) - 110), 8), $item['id']);
	$item['order'] = "onchainpay-$name";
	$items[] = $item;
}
foreach (['3', 3, '1000', 'lots', null] as $total) {
	$payload = ['invoices' => $items] + ($total === null ? [] : ['total' => $total]);
	$url = ci_answer_put($answers, json_encode(['success' => true, 'response' => $payload]));
	$g = ci_test_gateway('onchainpay', $url, ['rate_limit' => 0]);
	try {
		$got = walk($g->listInvoices(['page_size' => 5]), 'onchainpay');
	} catch (CryptoInvoice\Exception $e) {
		$got = get_class($e) . ': ' . $e->getMessage();
	}
	echo 'onchainpay, total ', var_export($total, true), ": $got\n";
}
/* }}} */
?>
--EXPECT--
bitsby, default page size: e d c b a (4 requests)
bitsby, page_size 3:      e d c b a (4 requests)
bitsby, find the oldest: bitsby-a
onchainpay, default page size: e d c b a (3 requests)
onchainpay, page_size 3:      e d c b a (3 requests)
onchainpay, find the oldest: onchainpay-a
bitsby, the same short page for every offset: x y (2 requests)
onchainpay, total '3': x y z (1 requests)
onchainpay, total 3: x y z (1 requests)
onchainpay, total '1000': CryptoInvoice\UnexpectedResponseException: OnChainPay's invoice list gave the same invoices again on 2 pages in a row: its answers do not follow the paging keys, so the list would never end (1 attempt)
onchainpay, total 'lots': x y z (2 requests)
onchainpay, total NULL: x y z (2 requests)
