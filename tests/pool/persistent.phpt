--TEST--
Persistent connections: reused across calls and gateway objects, replaced transparently when the server closed them while idle
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
require __DIR__ . '/../inc/pool.inc';

[$base, $connections, $closeIdle] = ci_keepalive_start(60000);
$params = fn(int $i) => ['amount' => '1', 'currency' => 'USD', 'order_id' => "p-$i"];

/* Five invoices, each from a new gateway object (as a shop builds one per web request): one connection. */
for ($i = 1; $i <= 5; $i++) {
	ci_test_gateway('cryptomus', $base)->createInvoice($params($i));
}
echo "after 5 invoices: ", $connections(), " connection(s)\n";

/* The server closes the idle connection; the next invoice must not fail. */
$closeIdle();
$inv = ci_test_gateway('cryptomus', $base)->createInvoice($params(6));
echo "after an idle close: ", $inv->status->value, ", ", $connections(), " connection(s)\n";

/* persistent => false: a connection per request, closed after it. */
for ($i = 7; $i <= 9; $i++) {
	ci_test_gateway('cryptomus', $base, ['persistent' => false])->createInvoice($params($i));
}
echo "3 more without persistence: ", $connections(), " connection(s)\n";

/* phpinfo() shows the pool's figures. */
ob_start();
phpinfo(INFO_MODULES);
$info = ob_get_clean();
preg_match('/Connections opened => (\d+)/', $info, $opened);
preg_match('/Requests on a reused connection => (\d+)/', $info, $reused);
printf("phpinfo: opened=%d reused=%d\n", $opened[1], $reused[1]);
foreach (['cryptoinvoice support => enabled', 'Version => ' . phpversion('cryptoinvoice'), 'libcurl => ', 'OpenSSL => ',
	'Providers => cryptomus, cryptocloud, onchainpay, bitsby'] as $line) {
	echo str_contains($info, $line) ? "has: $line\n" : "MISSING: $line\n";
}
?>
--EXPECT--
after 5 invoices: 1 connection(s)
after an idle close: created, 2 connection(s)
3 more without persistence: 5 connection(s)
phpinfo: opened=5 reused=4
has: cryptoinvoice support => enabled
has: Version => 0.1.0
has: libcurl => 
has: OpenSSL => 
has: Providers => cryptomus, cryptocloud, onchainpay, bitsby
