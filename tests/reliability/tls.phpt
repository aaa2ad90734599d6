--TEST--
TLS: an untrusted certificate is refused and never retried; ca_file trusts it; verify_tls => false only when asked
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
require __DIR__ . '/../inc/tls.inc';

[$base, $ca, $handshakes] = ci_tls_start();
$params = ['amount' => '1', 'currency' => 'USD', 'order_id' => 'tls-1'];

try {
	ci_test_gateway('cryptomus', $base, ['retries' => 2])->createInvoice($params);
	echo "accepted an untrusted certificate!\n";
} catch (CryptoInvoice\TransportException $e) {
	echo get_class($e), ' code=', $e->getCode(), ' ', str_ends_with($e->getMessage(), '(1 attempt)') ? 'not retried' : $e->getMessage(), "\n";
}
echo "handshakes completed: ", $handshakes(), "\n";

$inv = ci_test_gateway('cryptomus', $base, ['ca_file' => $ca])->createInvoice($params);
echo "with ca_file: ", $inv->status->value, "\n";

$inv = ci_test_gateway('cryptomus', $base, ['verify_tls' => false])->createInvoice($params);
echo "with verify_tls => false: ", $inv->status->value, "\n";

/* The CA file of another authority does not help. */
try {
	ci_test_gateway('cryptomus', $base, ['ca_file' => __DIR__ . '/../inc/credentials.inc'])->createInvoice($params);
} catch (CryptoInvoice\TransportException $e) {
	echo "foreign ca_file: ", get_class($e), "\n";
}
echo "handshakes completed: ", $handshakes(), "\n";
?>
--EXPECT--
CryptoInvoice\TransportException code=60 not retried
handshakes completed: 0
with ca_file: created
with verify_tls => false: created
foreign ca_file: CryptoInvoice\TransportException
handshakes completed: 2
