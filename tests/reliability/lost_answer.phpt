--TEST--
A create is never sent twice where the provider does not deduplicate: an answer lost on a reused connection is a TransportException, not a silent re-send
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
require __DIR__ . '/../inc/front_proxy.inc';

/* The proxy passes every request to the emulator (which creates the invoice) and answers on a
 * kept-alive connection, except request 2: processed, then the connection closes without an
 * answer. Request 2 is the second create, on the connection the first one left open: libcurl
 * would silently send it again on a fresh connection. Retries are allowed (2), to show the engine
 * does not send it again either. */
$emu = ci_emulator_start();
$try = function (string $provider, string $what, array $extra = [], bool $tls = false, bool $batch = false) use ($emu) {
	ci_emulator_reset($emu);
	[$base, $log, $ca] = ci_front_proxy_start($emu, ['drop' => [2]], $tls);
	$g = ci_test_gateway($provider, $base, ['retries' => 2] + ($ca ? ['ca_file' => $ca] : []));
	$params = fn(string $id) => ['amount' => '1', 'currency' => 'USD', 'order_id' => $id] + $extra;
	$g->createInvoice($params('order-A'));
	try {
		$r = $batch ? $g->createInvoices(['B' => $params('order-B')])['B'] : $g->createInvoice($params('order-B'));
		if ($r instanceof Throwable) {
			throw $r;
		}
		$result = 'created';
	} catch (CryptoInvoice\Exception $e) {
		$result = get_class($e) . ' code=' . $e->getCode() . ': ' . preg_replace('/^.*? failed: /', '', $e->getMessage());
	}
	$arrived = count(array_filter(ci_emulator_log($emu), fn(array $r) => str_contains($r['body'], 'order-B')));
	$conns = array_unique(array_column($log(), 0));
	printf("%-10s %-22s order-B reached the provider %d time(s) over %d connection(s): %s\n", $provider, $what, $arrived, count($conns), $result);
};

/* No deduplication: at most once, whatever the transport. */
$try('cryptocloud', 'http');
$try('cryptocloud', 'https', [], true);
$try('cryptocloud', 'batch', [], false, true);
$try('bitsby', 'multipart');
/* OnChainPay signs a single-use nonce into the body: the same bytes again would be refused. */
$try('onchainpay', 'without externalId');
$try('onchainpay', 'with externalId', ['externalId' => 'ext-B']);
/* Cryptomus deduplicates by order_id: the re-send is harmless and lets the call succeed. */
$try('cryptomus', 'order_id');
?>
--EXPECT--
cryptocloud http                   order-B reached the provider 1 time(s) over 1 connection(s): CryptoInvoice\TransportException code=65: Send failed since rewinding of the data stream failed (the connection closed after the request was sent and before any answer; the request may have reached the provider, so it was not sent again); the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
cryptocloud https                  order-B reached the provider 1 time(s) over 1 connection(s): CryptoInvoice\TransportException code=65: Send failed since rewinding of the data stream failed (the connection closed after the request was sent and before any answer; the request may have reached the provider, so it was not sent again); the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
cryptocloud batch                  order-B reached the provider 1 time(s) over 1 connection(s): CryptoInvoice\TransportException code=65: Send failed since rewinding of the data stream failed (the connection closed after the request was sent and before any answer; the request may have reached the provider, so it was not sent again); the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
bitsby     multipart              order-B reached the provider 1 time(s) over 1 connection(s): CryptoInvoice\TransportException code=65: Send failed since rewinding of the data stream failed (the connection closed after the request was sent and before any answer; the request may have reached the provider, so it was not sent again); the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
onchainpay without externalId     order-B reached the provider 1 time(s) over 1 connection(s): CryptoInvoice\TransportException code=65: Send failed since rewinding of the data stream failed (the connection closed after the request was sent and before any answer; the request may have reached the provider, so it was not sent again); the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
onchainpay with externalId        order-B reached the provider 1 time(s) over 1 connection(s): CryptoInvoice\TransportException code=65: Send failed since rewinding of the data stream failed (the connection closed after the request was sent and before any answer; the request may have reached the provider, so it was not sent again); the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
cryptomus  order_id               order-B reached the provider 2 time(s) over 2 connection(s): created
