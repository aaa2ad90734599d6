--TEST--
Bitsby: numbers and booleans in a multipart body go out as text (a list page's offset and limit, request()'s fields), never dropped
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
require_once __DIR__ . '/../inc/emulator/control.inc';

$base = ci_emulator_start();
$g = ci_test_gateway('bitsby', $base);
for ($i = 1; $i <= 3; $i++) {
	$g->createInvoice(['amount' => "1$i", 'currency' => 'USD', 'order_id' => "form-$i"]);
}
$list = $g->listInvoices(['page_size' => 2]);
$seen = [];
foreach ($list as $inv) {
	$seen[] = $inv->orderId;
}
echo implode(' ', $seen), "; requests: ", $list->getRequestCount(), "\n";

/* The fields of each multipart body as the emulator received them. */
function fields(string $body): string
{
	preg_match_all('/name="([^"]+)"\r\n\r\n([^\r]*)\r\n/', $body, $m, PREG_SET_ORDER);
	return implode(' ', array_map(static fn ($p) => "$p[1]=$p[2]", $m));
}
foreach (ci_emulator_requests($base, '/invoices/list') as $r) {
	echo fields($r['body']), "\n";
}
try {
	$g->request('/billing/balances', ['offset' => 3, 'limit' => 2, 'all' => true, 'none' => false, 'rate' => 1.5]);
} catch (CryptoInvoice\Exception $e) {
	echo get_class($e), "\n";
}
$last = ci_emulator_requests($base, '/billing/balances');
echo fields(end($last)['body']), "\n";
?>
--EXPECT--
form-3 form-2 form-1; requests: 2
offset=0 limit=2
offset=2 limit=2
offset=3 limit=2 all=1 none=0 rate=1.5
