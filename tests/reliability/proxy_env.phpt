--TEST--
Only the proxy option names a proxy: http_proxy, https_proxy and all_proxy in the environment are not used
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
$base = ci_emulator_start();

/* A proxy that is not there: a request sent through it would fail to connect. */
foreach (['http_proxy', 'https_proxy', 'all_proxy', 'HTTPS_PROXY', 'ALL_PROXY'] as $name) {
	putenv("$name=http://127.0.0.1:9");
}
$inv = ci_test_gateway('cryptomus', $base, ['retries' => 0])
	->createInvoice(['amount' => '5.00', 'currency' => 'USD', 'order_id' => 'env-proxy-1']);
echo $inv->orderId, " created directly\n";

/* The option still works, and is the one route taken. */
try {
	ci_test_gateway('cryptomus', $base, ['retries' => 0, 'proxy' => 'http://127.0.0.1:9'])
		->createInvoice(['amount' => '5.00', 'currency' => 'USD', 'order_id' => 'env-proxy-2']);
} catch (CryptoInvoice\TransportException $e) {
	echo get_class($e), " through the proxy option\n";
}
echo count(ci_emulator_log($base)), " request reached the provider\n";
?>
--EXPECT--
env-proxy-1 created directly
CryptoInvoice\TransportException through the proxy option
1 request reached the provider
