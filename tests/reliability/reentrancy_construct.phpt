--TEST--
User code during a call: __construct on a constructed gateway is an Error and changes nothing
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
use CryptoInvoice\{Cryptomus, CryptoCloud, OnChainPay, Bitsby, Gateways, InvalidArgumentException};

$base = ci_emulator_start();
$providers = ['cryptomus', 'cryptocloud', 'onchainpay', 'bitsby'];
$core = [
	'cryptomus' => ['amount' => '10', 'currency' => 'USD', 'order_id' => 're-1'],
	'cryptocloud' => ['amount' => '10', 'currency' => 'USD'],
	'onchainpay' => ['amount' => '10', 'currency' => 'USD'],
	'bitsby' => ['amount' => '10', 'currency' => 'USD'],
];

echo "== __construct on a constructed gateway\n";
foreach ($providers as $p) {
	$g = ci_test_gateway($p, $base);
	try {
		$g->__construct('', '');
		echo "$p: re-constructed\n";
	} catch (Error $e) {
		echo get_class($e), ': ', $e->getMessage(), "\n";
	}
	/* The failed attempt changed nothing: the gateway still works. */
	echo "$p still works: ", $g->createInvoice($core[$p])->provider, "\n";
}
$viaFactory = Gateways::create('cryptocloud', ['shop_id' => CI_TEST_CRYPTOCLOUD_SHOP, 'api_key' => CI_TEST_CRYPTOCLOUD_KEY]);
try {
	$viaFactory->__construct(CI_TEST_CRYPTOCLOUD_SHOP, 'another key');
} catch (Error $e) {
	echo get_class($e), ': ', $e->getMessage(), "\n";
}
ci_emulator_reset($base);

?>
--EXPECT--
== __construct on a constructed gateway
Error: CryptoInvoice\Cryptomus object is already constructed
cryptomus still works: cryptomus
Error: CryptoInvoice\CryptoCloud object is already constructed
cryptocloud still works: cryptocloud
Error: CryptoInvoice\OnChainPay object is already constructed
onchainpay still works: onchainpay
Error: CryptoInvoice\Bitsby object is already constructed
bitsby still works: bitsby
Error: CryptoInvoice\CryptoCloud object is already constructed
