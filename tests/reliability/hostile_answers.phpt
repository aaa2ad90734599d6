--TEST--
Hostile answers: cut connections, huge bodies, hanging servers each give one specific exception; a hanging or slow server ends in the timeout (code 28)
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';

$base = ci_emulator_start();
/* Counted, not clocked: hang answers after 30 s and slow1500 after 1.5 s, so code 28 (and no
 * invoice) shows the timeout ended them; the others end in their own exception. */
$n = 0;
$try = function (string $scenario, array $opts = []) use ($base, &$n) {
	/* Judged by the outcome, never by the client's clock: code 28 is libcurl's own timeout. */
	$g = ci_test_gateway('cryptomus', "$base/_s/$scenario", $opts + ['retries' => 2]);
	try {
		$inv = $g->createInvoice(['amount' => '1', 'currency' => 'USD', 'order_id' => 'h-' . ++$n]);
		$result = 'ok ' . $inv->id === '' ? '' : 'ok';
	} catch (CryptoInvoice\Exception $e) {
		$result = get_class($e) . ' code=' . $e->getCode()
			. ($e instanceof CryptoInvoice\ApiException ? ' http=' . $e->getHttpStatus() . ' body<=64KiB:' . (int) (strlen($e->getResponseBody()) <= 65536) : '')
			. ' ' . preg_replace('/\(.*?\) \(/', '(...) (', $e->getMessage());
	}
	printf("%-12s %s\n", $scenario, $result);
};

$try('cut');
$try('huge');
$try('huge_cl');
$try('over1m');
$try('over1m_nocl');
$try('exact1m');
$try('exact1m_nocl');
$try('hang', ['timeout' => 1]);
$try('slow1500', ['timeout' => 0.5]);
echo "no warnings above\n";
?>
--EXPECTF--
cut          CryptoInvoice\TransportException code=18 Cryptomus: http://127.0.0.1:%d/_s/cut/v1/payment failed: %s (1 attempt)
huge         CryptoInvoice\UnexpectedResponseException code=0 http=200 body<=64KiB:1 Cryptomus answered with a body over 1 MiB; the transfer was aborted; the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
huge_cl      CryptoInvoice\UnexpectedResponseException code=0 http=200 body<=64KiB:1 Cryptomus answered with a body over 1 MiB; the transfer was aborted; the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
over1m       CryptoInvoice\UnexpectedResponseException code=0 http=200 body<=64KiB:1 Cryptomus answered with a body over 1 MiB; the transfer was aborted; the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
over1m_nocl  CryptoInvoice\UnexpectedResponseException code=0 http=200 body<=64KiB:1 Cryptomus answered with a body over 1 MiB; the transfer was aborted; the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
exact1m      ok
exact1m_nocl ok
hang         CryptoInvoice\TransportException code=28 Cryptomus: http://127.0.0.1:%d/_s/hang/v1/payment failed: %s (1 attempt)
slow1500     CryptoInvoice\TransportException code=28 Cryptomus: http://127.0.0.1:%d/_s/slow1500/v1/payment failed: %s (1 attempt)
no warnings above
