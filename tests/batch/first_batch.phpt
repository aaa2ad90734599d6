--TEST--
createInvoices() against a server without HTTP/2 (plain HTTP, TLS offering only http/1.1, TLS without ALPN): every request of the first batch is on its way before any answer
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
require __DIR__ . '/../inc/front_proxy.inc';

/* Counted, not clocked: the front passes nothing on until all 8 requests of the batch are in, so
 * a client that held a request back until an earlier one was answered (waiting to learn whether a
 * connection could multiplex, say) would leave the group short until the front gives up after
 * 240 s and passes on what it has ("1/8"; the client's timeout is longer, so it sees that). */
$emu = ci_emulator_start();
foreach (['http' => [false, true], 'https, ALPN http/1.1 only' => [true, true], 'https, no ALPN' => [true, false]] as $what => [$tls, $alpn]) {
	/* Generous limits: under valgrind on a loaded machine the front's TLS handshakes (it runs under
	 * valgrind too) take seconds each, and a connect that timed out would leave the group short. */
	[$base, $log, $ca] = ci_front_proxy_start($emu, ['gather' => 8, 'gather_cap' => 240, 'alpn' => $alpn], $tls);
	$g = ci_test_gateway('cryptomus', $base, ['timeout' => 300, 'connect_timeout' => 240] + ($ca ? ['ca_file' => $ca] : []));
	$batch = [];
	for ($i = 1; $i <= 8; $i++) {
		$batch[] = ['amount' => '1', 'currency' => 'USD', 'order_id' => "first-$i"];
	}
	$created = count(array_filter($g->createInvoices($batch, 8), fn($r) => $r instanceof CryptoInvoice\Invoice));
	$groups = array_count_values(array_column($log(), 3));
	printf("%-26s %d created; requests in hand when the first answer left: %s\n", $what, $created, json_encode($groups));
}
?>
--EXPECT--
http                       8 created; requests in hand when the first answer left: {"8\/8":8}
https, ALPN http/1.1 only  8 created; requests in hand when the first answer left: {"8\/8":8}
https, no ALPN             8 created; requests in hand when the first answer left: {"8\/8":8}
