--TEST--
findInvoice() scans past a page of invoices older than $since when that page does not read newest first (no provider documents its order; Bitsby and CryptoCloud filter by whole days): an oldest-first answer ended the scan with null, and the recovery path would create a second invoice for an order that has one
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/attack14.inc';

$srv = atk14_server();
/* 50 invoices made about two hours ago, then the order's invoice made a minute ago: oldest first, pages by offset/limit. */
$bitsby = atk14_handler($srv, <<<'PHP'
	$all = [];
	for ($i = 0; $i < 51; $i++) {
		$all[] = ['id' => sprintf('59302b02-0000-4000-8000-%012d', $i), 'createDatetime' => gmdate('Y-m-d H:i:s', time() - ($i < 50 ? 7200 - $i : 60)),
			'amountFiat' => '10.00', 'currencyFiat' => 'USD', 'status' => 'unpaid', 'views' => 0,
			'serviceData' => json_encode(['orderId' => $i < 50 ? "old-$i" : 'order-lost'])];
	}
	echo json_encode(['result' => 'success', 'data' => array_slice($all, (int) $form['offset'], (int) $form['limit'])]);
PHP);
$cryptocloud = atk14_handler($srv, <<<'PHP'
	$in = json_decode($body, true);
	$all = [];
	for ($i = 0; $i < 51; $i++) {
		$all[] = ['uuid' => sprintf('INV-%08d', $i), 'created' => gmdate('Y-m-d H:i:s.000000', time() - ($i < 50 ? 7200 - $i : 60)),
			'amount_in_fiat' => 10, 'fiat_currency' => 'USD', 'status' => 'created', 'order_id' => $i < 50 ? "old-$i" : 'order-lost'];
	}
	if (str_ends_with($path, '/info')) {
		$want = array_map(static fn ($u) => str_starts_with($u, 'INV-') ? $u : "INV-$u", $in['uuids']);
		echo json_encode(['status' => 'success', 'result' => array_values(array_filter($all, static fn ($x) => in_array($x['uuid'], $want, true)))]);
		return;
	}
	echo json_encode(['status' => 'success', 'result' => array_slice($all, $in['offset'], $in['limit'] - $in['offset'])]);
PHP);

$onchainpay = atk14_handler($srv, <<<'PHP'
	$in = json_decode($body, true);
	$all = [];
	for ($i = 0; $i < 51; $i++) {
		$all[] = ['id' => sprintf('2076e88f-547a-4437-9ece-%012d', $i), 'order' => $i < 50 ? "old-$i" : 'order-lost', 'status' => 'INIT',
			'currency' => 'USD', 'amount' => '10', 'createdAt' => gmdate('Y-m-d\TH:i:s.000\Z', time() - ($i < 50 ? 7200 - $i : 60))];
	}
	echo json_encode(['success' => true, 'response' => ['total' => 51, 'invoices' => array_slice($all, $in['offset'], $in['limit'])]]);
PHP);

foreach (['bitsby' => $bitsby, 'cryptocloud' => $cryptocloud, 'onchainpay' => $onchainpay] as $p => $url) {
	$g = atk14_gateway($p, $url);
	$found = $g->findInvoice('order-lost', new DateTimeImmutable('-1 hour'));
	echo "$p: ", $found ? "found {$found->id} ({$found->orderId})" : 'null', "\n";
	foreach (atk14_requests($url) as $r) {
		$in = $r['body'];
		$in = is_array($in) ? $in : json_decode($in, true);
		echo '  ', $r['path'], isset($in['offset']) ? " offset {$in['offset']}" : ' (' . count($in['uuids'] ?? []) . ' ids)', "\n";
	}
}
?>
--EXPECT--
bitsby: found 59302b02-0000-4000-8000-000000000050 (order-lost)
  /invoices/list offset 0
  /invoices/list offset 50
cryptocloud: found INV-00000050 (order-lost)
  /v2/invoice/merchant/list offset 0
  /v2/invoice/merchant/info (50 ids)
  /v2/invoice/merchant/list offset 50
  /v2/invoice/merchant/info (1 ids)
onchainpay: found 2076e88f-547a-4437-9ece-000000000050 (order-lost)
  /api-gateway/get-invoices offset 0
  /api-gateway/get-invoices offset 50
