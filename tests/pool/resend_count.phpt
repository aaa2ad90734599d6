--TEST--
libcurl's count of requests a pooled handle sent again after a reused connection died never carries over to the next call: ten re-sent creates and ten re-sent lookups all succeed (HTTP and TLS)
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
require __DIR__ . '/../inc/front_proxy.inc';

/* Every request that arrives on a connection that already carried one is processed, then its
 * connection closes without an answer (the race of a server's idle timeout with the request).
 * libcurl sends such a request again on a fresh connection where it may (a Cryptomus create:
 * the provider deduplicates by order_id; a lookup), and counts that against the handle: before,
 * the count only grew, and the sixth such call failed with "Connection died, tried 5 times before
 * giving up" although each call had needed one re-send only. */
$emu = ci_emulator_start();
foreach (['http' => false, 'https' => true] as $scheme => $tls) {
	ci_emulator_reset($emu);
	/* Request 1 opens the connection; from then on each call's first request is dropped. */
	[$base, $log, $ca] = ci_front_proxy_start($emu, ['drop' => range(2, 80, 2)], $tls);
	/* Generous limits: under valgrind on a loaded machine a first TLS handshake takes seconds. */
	$g = ci_test_gateway('cryptomus', $base, ['connect_timeout' => 60, 'timeout' => 120] + ($ca ? ['ca_file' => $ca] : []));
	$params = static fn(string $id): array => ['amount' => '1', 'currency' => 'USD', 'order_id' => $id];
	$uuid = $g->createInvoice($params("$scheme-first"))->id;
	$ok = ['create' => 0, 'lookup' => 0];
	$failures = [];
	for ($i = 1; $i <= 10; $i++) {
		foreach (['create' => static fn() => $g->createInvoice($params("$scheme-$i")), 'lookup' => static fn() => $g->getInvoice($uuid)] as $op => $call) {
			try {
				$call();
				$ok[$op]++;
			} catch (CryptoInvoice\Exception $e) {
				$failures[] = "$op #$i: " . get_class($e) . " code={$e->getCode()}: {$e->getMessage()}";
			}
		}
	}
	$dropped = count(array_filter($log(), static fn(array $l): bool => $l[2] === 'dropped'));
	printf("%-5s %d of 10 creates and %d of 10 lookups succeeded; %d requests were dropped and sent again%s\n",
		$scheme, $ok['create'], $ok['lookup'], $dropped, $failures ? "\n  " . implode("\n  ", $failures) : '');
}
?>
--EXPECT--
http  10 of 10 creates and 10 of 10 lookups succeeded; 20 requests were dropped and sent again
https 10 of 10 creates and 10 of 10 lookups succeeded; 20 requests were dropped and sent again
