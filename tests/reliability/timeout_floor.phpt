--TEST--
A timeout under a millisecond is still a timeout: libcurl reads 0 ms as none, so positive timeouts round up to at least 1 ms
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';

/* Counted, not clocked: the hang scenario answers (with an invoice) only after 30 s, so an
 * invoice here means no timeout applied, and code 28 means one did. */
$base = ci_emulator_start();
foreach ([0.0005, 0.0000001, 0.0015] as $timeout) {
	try {
		$inv = ci_test_gateway('cryptomus', "$base/_s/hang", ['timeout' => $timeout])
			->createInvoice(['amount' => '1', 'currency' => 'USD', 'order_id' => 't-1']);
		echo "timeout => $timeout: no timeout, an invoice after the hang\n";
	} catch (CryptoInvoice\TransportException $e) {
		echo "timeout => $timeout: ", get_class($e), " code=", $e->getCode(), "\n";
	}
}
?>
--EXPECT--
timeout => 0.0005: CryptoInvoice\TransportException code=28
timeout => 1.0E-7: CryptoInvoice\TransportException code=28
timeout => 0.0015: CryptoInvoice\TransportException code=28
