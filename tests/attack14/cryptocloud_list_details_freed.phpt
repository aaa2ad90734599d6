--TEST--
CryptoCloud's list read again through info, when the page echoes the API key in its uuids: the ids matched against the info answer stay valid while invoices are replaced (they were read after being freed: valgrind, ASan), and the key never shows
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/attack14.inc';

$srv = atk14_server();
$invoice = static fn (string $uuid, ?string $order): array => ['uuid' => $uuid, 'created' => gmdate('Y-m-d H:i:s.000000'),
	'address' => '', 'expiry_date' => '2036-01-02 00:00:00.000000', 'amount' => 10.0, 'amount_usd' => 10.0,
	'amount_in_fiat' => 10.0, 'received' => 0, 'received_usd' => 0, 'fiat_currency' => 'USD', 'status' => 'created',
	'link' => 'pay.cryptocloud.plus/x', 'currency' => ['code' => 'USDT', 'network' => ['code' => 'TRC20']],
	'test_mode' => false] + ($order === null ? [] : ['order_id' => $order]);
$a = 'INV-A' . CI_TEST_CRYPTOCLOUD_KEY;
$b = 'INV-B' . CI_TEST_CRYPTOCLOUD_KEY;
$page = json_encode(['status' => 'success', 'result' => [$invoice($a, null), $invoice($b, null)]]);
/* info: every invoice of the page, then the first again */
$info = json_encode(['status' => 'success', 'result' => [$invoice($a, 'order-a'), $invoice($b, 'order-b'), $invoice($a, 'order-a')]]);
$url = atk14_handler($srv, 'if (str_contains($path, "/list")) { echo $n === 1 ? ' . var_export($page, true)
	. ' : \'{"status":"success","result":[]}\'; } else { echo ' . var_export($info, true) . '; }');
$g = atk14_gateway('cryptocloud', $url);
foreach ($g->listInvoices(['page_size' => 2]) as $key => $inv) {
	echo "$key {$inv->id} {$inv->orderId}\n";
	echo str_contains(print_r($inv, true), CI_TEST_CRYPTOCLOUD_KEY) ? "  the key shows\n" : '';
}
echo 'requests: ', count(atk14_requests($url)), "\n";
?>
--EXPECT--
0 INV-A[redacted] order-a
1 INV-B[redacted] order-b
requests: 3
