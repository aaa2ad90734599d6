--TEST--
CryptoCloud: a list page longer than 100 invoices (a provider that took limit as a page size, or ignored it) is read again through info 100 uuids a request, the documented maximum: one info request for the whole page was refused ("Maximum 100 uuids"), and the list and findInvoice() failed with it
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/attack14.inc';

$srv = atk14_server();
$url = atk14_handler($srv, <<<'PHP'
	$in = json_decode($body, true);
	$all = [];
	for ($i = 0; $i < 150; $i++) {
		$all[] = ['uuid' => sprintf('INV-%08d', $i), 'created' => gmdate('Y-m-d H:i:s.000000', time() - 60 - $i),
			'amount_in_fiat' => 10, 'fiat_currency' => 'USD', 'status' => 'created', 'order_id' => "order-$i"];
	}
	if (str_ends_with($path, '/info')) {
		if (count($in['uuids']) > 100) {
			http_response_code(400);
			echo json_encode(['status' => 'error', 'result' => ['validate_error' => 'Maximum 100 uuids']]);
			return;
		}
		echo json_encode(['status' => 'success', 'result' => array_values(array_filter($all, static fn ($x) => in_array($x['uuid'], $in['uuids'], true)))]);
		return;
	}
	/* Everything from offset on, whatever limit says; the list items carry no order id. */
	$page = array_map(static function ($x) { unset($x['order_id']); return $x; }, array_slice($all, $in['offset']));
	echo json_encode(['status' => 'success', 'result' => $page]);
PHP);
$g = atk14_gateway('cryptocloud', $url);
$found = $g->findInvoice('order-149');
echo 'found: ', $found ? "{$found->id} ({$found->orderId})" : 'null', "\n";
foreach (atk14_requests($url) as $r) {
	$in = json_decode($r['body'], true);
	echo '  ', $r['path'], isset($in['uuids']) ? ' ' . count($in['uuids']) . ' uuids' : " offset {$in['offset']}", "\n";
}
?>
--EXPECT--
found: INV-00000149 (order-149)
  /v2/invoice/merchant/list offset 0
  /v2/invoice/merchant/info 100 uuids
  /v2/invoice/merchant/info 50 uuids
