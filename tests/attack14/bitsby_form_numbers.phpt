--TEST--
Bitsby's form carries the list's offset and limit and request()'s numbers and booleans: the transport sends text fields only, so they are written as text (they were dropped: the list repeated its first page forever, findInvoice() saw only the newest invoices)
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/attack14.inc';

/* A provider that pages as Bitsby documents: offset (default 0) and limit (default 10) fields. */
$srv = atk14_server();
$url = atk14_handler($srv, <<<'PHP'
	$all = [];
	for ($i = 0; $i < 12; $i++) {
		$all[] = ['id' => sprintf('59302b02-d1be-4e10-960f-%012d', $i), 'uid' => "u$i", 'createDatetime' => gmdate('Y-m-d H:i:s'),
			'timeToPayDatetime' => '2036-01-01 01:00:00', 'amountFiat' => '10.00', 'currencyFiat' => 'USD',
			'description' => null, 'serviceData' => json_encode(['orderId' => "order-$i"]), 'status' => 'unpaid'];
	}
	if (str_starts_with($path, '/invoices/list')) {
		echo json_encode(['result' => 'success', 'data' => array_slice($all, (int) ($form['offset'] ?? 0), (int) ($form['limit'] ?? 10))]);
	} else {
		echo json_encode(['result' => 'success', 'data' => ['echo' => $form]]);
	}
PHP);
$g = atk14_gateway('bitsby', $url);

echo "-- a list of 12 in pages of 5\n";
$seen = [];
foreach ($g->listInvoices(['page_size' => 5]) as $inv) {
	$seen[] = $inv->orderId;
	if (count($seen) > 20) {
		echo "the list does not end\n";
		break;
	}
}
echo implode(' ', $seen), "\n";
foreach (atk14_requests($url) as $r) {
	echo 'offset=', $r['body']['offset'] ?? '(none)', ' limit=', $r['body']['limit'] ?? '(none)', "\n";
}

echo "-- findInvoice() reaches past the first ten\n";
var_dump($g->findInvoice('order-11')?->orderId);

echo "-- request(): every scalar is a field\n";
var_dump($g->request('/billing/balances', ['n' => 5, 'f' => 1.5, 'yes' => true, 'no' => false, 'none' => null, 's' => 'x']));
?>
--EXPECT--
-- a list of 12 in pages of 5
order-0 order-1 order-2 order-3 order-4 order-5 order-6 order-7 order-8 order-9 order-10 order-11
offset=0 limit=5
offset=5 limit=5
offset=10 limit=5
offset=12 limit=5
-- findInvoice() reaches past the first ten
string(8) "order-11"
-- request(): every scalar is a field
array(1) {
  ["echo"]=>
  array(5) {
    ["n"]=>
    string(1) "5"
    ["f"]=>
    string(3) "1.5"
    ["yes"]=>
    string(1) "1"
    ["no"]=>
    string(1) "0"
    ["s"]=>
    string(1) "x"
  }
}
