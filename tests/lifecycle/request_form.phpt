--TEST--
request() with Bitsby (multipart form): integers, floats and booleans go as their text ("1"/"0" for booleans), null leaves the field out; none is dropped on the way
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/lifecycle.inc';

$base = ci_emulator_start();
$g = ci_test_gateway('bitsby', $base);
$ids = ['A' => lc_create($g, 'form-a')->id, 'B' => lc_create($g, 'form-b')->id];

$mark = lc_mark($base);
$page = $g->request('/invoices/list', ['offset' => 1, 'limit' => 1.0, 'status' => 'unpaid', 'invoiceUid' => null]);
echo "one invoice, the older: ", count($page) === 1 && $page[0]['id'] === $ids['A'] ? 'yes' : json_encode($page), "\n";
/* A made-up field the list ignores, to see booleans and floats as sent. */
$g->request('/invoices/list', ['limit' => 1, 'x_yes' => true, 'x_no' => false, 'x_float' => 0.1, 'x_big' => 1e20, 'x_neg' => -3]);
foreach (lc_seen($base, $mark, $ids) as $line) {
	echo "$line\n";
}
?>
--EXPECT--
one invoice, the older: yes
/invoices/list {"offset":"1","limit":"1","status":"unpaid"}
/invoices/list {"limit":"1","x_yes":"1","x_no":"0","x_float":"0.1","x_big":"1.0E+20","x_neg":"-3"}
