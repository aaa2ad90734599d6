--TEST--
Hostile answers: cut connections, huge bodies, hanging servers each give one specific exception within the timeout
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';

$base = ci_emulator_start();
$n = 0;
$try = function (string $scenario, array $opts = []) use ($base, &$n) {
	$g = ci_test_gateway('cryptomus', "$base/_s/$scenario", $opts + ['retries' => 2]);
	$t = hrtime(true);
	try {
		$inv = $g->createInvoice(['amount' => '1', 'currency' => 'USD', 'order_id' => 'h-' . ++$n]);
		$result = 'ok ' . $inv->id === '' ? '' : 'ok';
	} catch (CryptoInvoice\Exception $e) {
		$result = get_class($e) . ' code=' . $e->getCode()
			. ($e instanceof CryptoInvoice\ApiException ? ' http=' . $e->getHttpStatus() . ' body<=64KiB:' . (int) (strlen($e->getResponseBody()) <= 65536) : '')
			. ' ' . preg_replace('/\(.*?\) \(/', '(...) (', $e->getMessage());
	}
	printf("%-12s %s [%s]\n", $scenario, $result, (hrtime(true) - $t) / 1e9 < ($opts['timeout'] ?? 30) + 1 ? 'in time' : 'TOO SLOW');
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
cut          CryptoInvoice\TransportException code=18 Cryptomus: http://127.0.0.1:%d/_s/cut/v1/payment failed: %s (1 attempt) [in time]
huge         CryptoInvoice\UnexpectedResponseException code=0 http=200 body<=64KiB:1 Cryptomus answered with a body over 1 MiB; the transfer was aborted (1 attempt) [in time]
huge_cl      CryptoInvoice\UnexpectedResponseException code=0 http=200 body<=64KiB:1 Cryptomus answered with a body over 1 MiB; the transfer was aborted (1 attempt) [in time]
over1m       CryptoInvoice\UnexpectedResponseException code=0 http=200 body<=64KiB:1 Cryptomus answered with a body over 1 MiB; the transfer was aborted (1 attempt) [in time]
over1m_nocl  CryptoInvoice\UnexpectedResponseException code=0 http=200 body<=64KiB:1 Cryptomus answered with a body over 1 MiB; the transfer was aborted (1 attempt) [in time]
exact1m      ok [in time]
exact1m_nocl ok [in time]
hang         CryptoInvoice\TransportException code=28 Cryptomus: http://127.0.0.1:%d/_s/hang/v1/payment failed: %s (1 attempt) [in time]
slow1500     CryptoInvoice\TransportException code=28 Cryptomus: http://127.0.0.1:%d/_s/slow1500/v1/payment failed: %s (1 attempt) [in time]
no warnings above
