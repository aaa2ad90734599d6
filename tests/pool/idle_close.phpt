--TEST--
A pooled connection the server closed while idle (keep-alive timeout) is never used: every call after it succeeds, each create reaches the provider once (HTTP and TLS)
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
require __DIR__ . '/../inc/front_proxy.inc';

/* The proxy in front of the emulator keeps connections alive but closes one 50 ms after its last
 * answer, as nginx does after keepalive_timeout (over TLS with a close_notify first). Each call
 * waits for the proxy's own word that it closed the previous call's connection, so every call
 * finds the connection it would reuse closed by the server. libcurl 7.88 takes a TLS connection
 * with a pending close_notify for alive: it sent on it, failed, and sent again on a new one, which
 * a CryptoCloud create (never re-sent: tests/reliability/lost_answer.phpt) cannot be, and which
 * gave up on the sixth such re-send of a handle ("Connection died, tried 5 times"). */
$emu = ci_emulator_start();
foreach (['http' => false, 'https' => true] as $scheme => $tls) {
	ci_emulator_reset($emu);
	[$base, $log, $ca, $closed] = ci_front_proxy_start($emu, ['idle_ms' => 50], $tls);
	/* Generous limits: under valgrind on a loaded machine a first TLS handshake takes seconds. */
	$opts = ['connect_timeout' => 60, 'timeout' => 120] + ($ca ? ['ca_file' => $ca] : []);
	/* Until the proxy says it closed every connection that carried a request so far. */
	$waitIdleClose = static function () use ($log, $closed): void {
		$conns = count(array_unique(array_column($log(), 0)));
		for ($i = 0; $i < 12000 && count($closed()) < $conns; $i++) {
			usleep(5000); /* no assertion on time: only on what the server did */
		}
	};
	$run = static function (string $what, callable $call) use ($scheme, $waitIdleClose): void {
		$failures = [];
		for ($i = 1; $i <= 10; $i++) {
			try {
				$call($i);
			} catch (CryptoInvoice\Exception $e) {
				$failures[] = "#$i " . get_class($e) . " code={$e->getCode()}: {$e->getMessage()}";
			}
			$waitIdleClose();
		}
		printf("%-5s %-18s %d of 10 succeeded%s\n", $scheme, $what, 10 - count($failures), $failures ? "\n  " . implode("\n  ", $failures) : '');
	};
	/* Five batches of two: libcurl runs each pair at once, over two connections. */
	$batches = static function (string $what, callable $batch) use ($scheme, $waitIdleClose): void {
		$failures = [];
		for ($i = 1; $i <= 5; $i++) {
			foreach ($batch($i) as $key => $r) {
				if ($r instanceof Throwable) {
					$failures[] = "#$i $key " . get_class($r) . " code={$r->getCode()}: {$r->getMessage()}";
				}
			}
			$waitIdleClose();
		}
		printf("%-5s %-18s %d of 10 succeeded%s\n", $scheme, $what, 10 - count($failures), $failures ? "\n  " . implode("\n  ", $failures) : '');
	};

	$params = static fn(string $id): array => ['amount' => '1', 'currency' => 'USD', 'order_id' => $id];
	$cryptocloud = ci_test_gateway('cryptocloud', $base, $opts);
	$run('cryptocloud create', static fn(int $i) => $cryptocloud->createInvoice($params("cc-$scheme-$i")));
	$cryptomus = ci_test_gateway('cryptomus', $base, $opts);
	$run('cryptomus create', static fn(int $i) => $cryptomus->createInvoice($params("cm-$scheme-$i")));
	/* The invoice to look up, made past the proxy and the pool. */
	$uuid = ci_test_gateway('cryptomus', $emu, ['persistent' => false])->createInvoice($params("cm-$scheme-lookup"))->id;
	$run('cryptomus lookup', static function () use ($cryptomus, $uuid): void {
		if ($cryptomus->getInvoice($uuid)->id !== $uuid) {
			throw new CryptoInvoice\TransportException('another invoice');
		}
	});

	$batches('cryptocloud batch', static fn(int $i) => $cryptocloud->createInvoices(
		["b$i-1" => $params("cb-$scheme-$i-1"), "b$i-2" => $params("cb-$scheme-$i-2")], 2));

	/* What the provider saw: each create once, each lookup once, and every call on a connection
	 * of its own (the one before it had been closed). */
	$bodies = array_map(static fn(array $r): array => json_decode($r['body'], true) ?: [], ci_emulator_log($emu));
	$creates = array_count_values(array_filter(array_column($bodies, 'order_id'), static fn(string $o): bool => !str_ends_with($o, 'lookup')));
	printf("%-5s provider saw %d creates, %s, and %d lookups; %d requests over %d connections, %d closed by the server for idleness\n",
		$scheme, count($creates), max($creates) === 1 ? 'each once' : 'SOME MORE THAN ONCE: ' . json_encode($creates),
		count($bodies) - count(array_column($bodies, 'order_id')), count($log()), count(array_unique(array_column($log(), 0))), count($closed()));
}
?>
--EXPECT--
http  cryptocloud create 10 of 10 succeeded
http  cryptomus create   10 of 10 succeeded
http  cryptomus lookup   10 of 10 succeeded
http  cryptocloud batch  10 of 10 succeeded
http  provider saw 30 creates, each once, and 10 lookups; 40 requests over 40 connections, 40 closed by the server for idleness
https cryptocloud create 10 of 10 succeeded
https cryptomus create   10 of 10 succeeded
https cryptomus lookup   10 of 10 succeeded
https cryptocloud batch  10 of 10 succeeded
https provider saw 30 creates, each once, and 10 lookups; 40 requests over 40 connections, 40 closed by the server for idleness
