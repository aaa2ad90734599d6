--TEST--
Transport: a request body over 1 KiB goes out at once, without an Expect: 100-continue round trip
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
$base = ci_emulator_start();

$currencies = [];
foreach (['USDT', 'USDC', 'DAI', 'BUSD', 'TUSD'] as $coin) {
	foreach (['TRON', 'ETH', 'BSC', 'POLYGON', 'SOL', 'AVALANCHE', 'ARBITRUM', 'OPTIMISM', 'TON', 'BASE'] as $net) {
		$currencies[] = ['currency' => $coin, 'network' => $net];
	}
}
$inv = ci_test_gateway('cryptomus', $base)->createInvoice([
	'amount' => '15.00', 'currency' => 'USD', 'order_id' => 'big-body-1', 'accepted_currencies' => $currencies,
]);
$req = ci_emulator_log($base)[0];
echo "body over 1 KiB: ", var_export(strlen($req['body']) > 1024, true), "\n";
echo "expect header: ", var_export($req['headers']['expect'] ?? null, true), "\n";
echo "currencies sent: ", count(json_decode($req['body'], true)['currencies']), "\n";
?>
--EXPECT--
body over 1 KiB: true
expect header: NULL
currencies sent: 50
