--TEST--
A pooled connection on which the server wrote something unasked while it was idle (a 408, then a close or not) is never used: the stale bytes never become the answer to a new request (HTTP and TLS)
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
require __DIR__ . '/../inc/front_proxy.inc';

/* Some servers answer an idle keep-alive connection's timeout with "408 Request Timeout" before
 * they close it. libcurl 7.88 reuses such a connection (it has bytes to read, so it counts as
 * alive, over plain HTTP too): it sends the new request to a server that has gone, and reads the
 * stale 408 as its answer. With idle_keep the server writes the 408 and leaves the connection
 * open: it may still be alive, so it cannot be read off, but it must not be reused either. Each
 * call waits for the proxy's own word that it wrote the 408 on the previous call's connection. */
$emu = ci_emulator_start();
$say = "HTTP/1.1 408 Request Timeout\r\nConnection: close\r\nContent-Length: 0\r\n\r\n";
foreach (['http' => false, 'https' => true] as $scheme => $tls) {
	foreach (['then closed' => false, 'left open' => true] as $what => $keep) {
		ci_emulator_reset($emu);
		[$base, $log, $ca, $said] = ci_front_proxy_start($emu, ['idle_ms' => 50, 'idle_say' => $say, 'idle_keep' => $keep], $tls);
		/* Generous limits: under valgrind on a loaded machine a first TLS handshake takes seconds. */
		$opts = ['connect_timeout' => 60, 'timeout' => 120] + ($ca ? ['ca_file' => $ca] : []);
		$results = [];
		foreach (['cryptomus', 'cryptocloud'] as $provider) {
			$g = ci_test_gateway($provider, $base, $opts);
			for ($i = 1; $i <= 4; $i++) {
				try {
					$g->createInvoice(['amount' => '1', 'currency' => 'USD', 'order_id' => "$provider-$i"]);
					$results[] = 'ok';
				} catch (CryptoInvoice\Exception $e) {
					$results[] = get_class($e) . ": {$e->getMessage()}";
				}
				$answers = $log();
				$conn = $answers ? end($answers)[0] : null;
				for ($n = 0; $conn !== null && $n < 12000 && !in_array($conn, $said(), true); $n++) {
					usleep(5000); /* no assertion on time: only on what the server did */
				}
			}
		}
		$orders = array_count_values(array_column(array_map(static fn(array $r): array => json_decode($r['body'], true) ?: [],
			ci_emulator_log($emu)), 'order_id'));
		$failed = array_filter($results, static fn(string $r): bool => $r !== 'ok');
		printf("%-5s 408 %-11s %d of 8 creates succeeded, %d orders reached the provider %s, over %d connections%s\n",
			$scheme, $what, 8 - count($failed), count($orders), max($orders) === 1 ? 'once each' : 'MORE THAN ONCE',
			count(array_unique(array_column($log(), 0))), $failed ? "\n  " . implode("\n  ", $failed) : '');
	}
}
?>
--EXPECT--
http  408 then closed 8 of 8 creates succeeded, 8 orders reached the provider once each, over 8 connections
http  408 left open   8 of 8 creates succeeded, 8 orders reached the provider once each, over 8 connections
https 408 then closed 8 of 8 creates succeeded, 8 orders reached the provider once each, over 8 connections
https 408 left open   8 of 8 creates succeeded, 8 orders reached the provider once each, over 8 connections
