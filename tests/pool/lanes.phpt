--TEST--
Persistent connections: single requests keep their own kept-alive connection, and a batch never queues behind it
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
require __DIR__ . '/../inc/pool.inc';

/* A TLS server that keeps connections alive and speaks only HTTP/1.1, and logs which connection
 * answered which order. Single requests ask for HTTP/1.1 and share one connection; a batch asks
 * for HTTP/2 and waits for a connection it could multiplex on, so it must never be handed the
 * single requests' connection (it would then run one request at a time on it). */
[$base, $connections, , $ca, $requests] = ci_keepalive_start(60000, true);
$g = ci_test_gateway('cryptomus', $base, ['ca_file' => $ca]);
$params = fn(string $id) => ['amount' => '1', 'currency' => 'USD', 'order_id' => $id];

foreach (['s-1', 's-2', 's-3'] as $id) {
	$g->createInvoice($params($id));
}
$batch = [];
for ($i = 1; $i <= 6; $i++) {
	$batch["b-$i"] = $params("b-$i");
}
foreach ($g->createInvoices($batch, 6) as $key => $r) {
	if (!$r instanceof CryptoInvoice\Invoice) {
		echo "$key: ", get_class($r), ": ", $r->getMessage(), "\n";
	}
}
foreach (['s-4', 's-5'] as $id) {
	$g->createInvoice($params($id));
}

$byConn = [];
foreach ($requests() as [$conn, $order]) {
	$byConn[$order[0]][$conn] = true;
}
echo "single requests: ", count($requests()) - 6, " on ", count($byConn['s']), " connection\n";
echo "batch requests on that connection: ", count(array_intersect_key($byConn['b'], $byConn['s'])), "\n";
echo "batch connections: ", count($byConn['b']) >= 1 ? 'own' : 'none', "\n";
?>
--EXPECT--
single requests: 5 on 1 connection
batch requests on that connection: 0
batch connections: own
