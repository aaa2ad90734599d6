--TEST--
createInvoices multiplexes a batch over one HTTP/2 connection where the provider offers HTTP/2; single calls use HTTP/1.1
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
require __DIR__ . '/../inc/nginx.inc';

[$base, $ca, $log] = ci_nginx_start();
$g = ci_test_gateway('cryptomus', $base, ['ca_file' => $ca]);
$params = fn(string $id) => ['amount' => '1', 'currency' => 'USD', 'order_id' => $id];

$g->createInvoice($params('s-1'));
$g->createInvoice($params('s-2'));
$batch = [];
for ($i = 1; $i <= 8; $i++) {
	$batch[] = $params("b-$i");
}
$ok = 0;
foreach ($g->createInvoices($batch, 8) as $r) {
	$ok += $r instanceof CryptoInvoice\Invoice ? 1 : 0;
}
echo "batch: $ok of 8 invoices\n";

$seen = [];
foreach ($log(10) as [$conn, $protocol]) {
	$seen[$protocol][$conn] = ($seen[$protocol][$conn] ?? 0) + 1;
}
ksort($seen);
foreach ($seen as $protocol => $conns) {
	echo "$protocol: ", array_sum($conns), " requests on ", count($conns), " connection(s)\n";
}
?>
--EXPECT--
batch: 8 of 8 invoices
HTTP/1.1: 2 requests on 1 connection(s)
HTTP/2.0: 8 requests on 1 connection(s)
