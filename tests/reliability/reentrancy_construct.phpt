--TEST--
User code during a call: __construct on a constructed gateway is an Error and changes nothing
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
use CryptoInvoice\{Gateways, InvalidArgumentException};

$base = ci_emulator_start();

echo "== __construct on a constructed gateway, every provider of Gateways::providers()\n";
$seen = [];
foreach (Gateways::providers() as $p => $row) {
	$g = ci_test_gateway($p, $base);
	try {
		$g->__construct('', '');
		$seen[] = "$p: re-constructed";
	} catch (Error $e) {
		$seen[] = get_class($e) . ': ' . ($e->getMessage() === "{$row['class']} object is already constructed"
			? '<class> object is already constructed' : $e->getMessage());
	}
	/* The failed attempt changed nothing: the gateway still works. */
	$works = $g->createInvoice(['amount' => '10', 'currency' => 'USD', 'order_id' => "re-$p"])->provider;
	$seen[] = $works === $p ? 'still works' : "$p still works as $works";
}
echo implode("\n", array_unique($seen)), "\n";
$viaFactory = Gateways::create('cryptocloud', ['shop_id' => CI_TEST_CRYPTOCLOUD_SHOP, 'api_key' => CI_TEST_CRYPTOCLOUD_KEY]);
try {
	$viaFactory->__construct(CI_TEST_CRYPTOCLOUD_SHOP, 'another key');
} catch (Error $e) {
	echo get_class($e), ': ', $e->getMessage(), "\n";
}
ci_emulator_reset($base);

?>
--EXPECT--
== __construct on a constructed gateway, every provider of Gateways::providers()
Error: <class> object is already constructed
still works
Error: CryptoInvoice\CryptoCloud object is already constructed
