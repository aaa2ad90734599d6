--TEST--
Bitsby list pages carry offset and limit (a multipart form sends numbers as text): a scan and a list read past Bitsby's default page of 10 and never read one page twice
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/lifecycle.inc';

$base = ci_emulator_start();
$g = ci_test_gateway('bitsby', $base);
$ids = ['A' => lc_create($g, 'page-a')->id, 'B' => lc_create($g, 'page-b')->id];

$mark = lc_mark($base);
$before = time();
echo 'find: ', lc_show($g->findInvoice('page-a'), $ids), "\n";
$after = time();
foreach (lc_seen_dated($base, $mark, $ids, 'Y-m-d', $before, $after) as $line) {
	echo "  $line\n";
}
/* Pages of one: B, A, then an empty page. At most three invoices are taken, so a list that
 * repeats its first page ends here too. */
$mark = lc_mark($base);
$seen = [];
foreach ($g->listInvoices(['page_size' => 1]) as $invoice) {
	$seen[] = array_search($invoice->id, $ids, true) ?: $invoice->id;
	if (count($seen) === 3) {
		break;
	}
}
echo 'list: ', implode(' ', $seen), "\n";
foreach (lc_seen($base, $mark, $ids) as $line) {
	echo "  $line\n";
}
?>
--EXPECT--
find: Invoice A order='page-a' Created
  /invoices/list {"startDate":"DAY-1","offset":"0","limit":"50"}
list: B A
  /invoices/list {"offset":"0","limit":"1"}
  /invoices/list {"offset":"1","limit":"1"}
  /invoices/list {"offset":"2","limit":"1"}
