--TEST--
Gateways::create builds each provider from one flat config array
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/emulator/common.php';
use CryptoInvoice\{Gateways, Gateway, InvalidArgumentException};

$configs = [
	'cryptomus' => ['merchant_id' => 'm', 'api_key' => 'k', 'timeout' => 5],
	'CryptoCloud' => ['shop_id' => 's', 'api_key' => 'k', 'secret_key' => 'jwt'],
	'ONCHAINPAY' => ['public_key' => 'p', 'private_key' => 'k'],
	'bitsby' => ['project_id' => '9deea1e2-0c08-41a3-bdc2-a34eada3892d', 'api_token' => 't', 'rate_limit' => 2],
];
foreach ($configs as $name => $config) {
	$g = Gateways::create($name, $config);
	printf("%s -> %s (%s) %s\n", $name, get_class($g), $g->getProvider(), $g instanceof Gateway ? 'Gateway' : '?');
}

/* Every provider of the registry, with the credentials the emulator takes for it. */
$built = [];
foreach (Gateways::providers() as $name => $row) {
	$emu = emu_providers()[$name];
	$g = Gateways::create($name, $emu::CREDENTIALS + $emu::OPTIONS);
	$ok = get_class($g) === $row['class'] && $g->getProvider() === $name && $g instanceof Gateway
		&& array_keys($emu::CREDENTIALS) === $row['credentials'];
	echo $ok ? '' : "$name: built as " . get_class($g) . " ({$g->getProvider()})\n";
	$built[] = $ok;
}
echo 'every provider of Gateways::providers() builds: ', $built && !in_array(false, $built, true) ? 'yes' : 'NO', "\n";

/* The names in the registry's order, the last joined with "or". */
$names = array_keys(Gateways::providers());
$list = implode(', ', array_slice($names, 0, -1)) . ' or ' . end($names);
$unknown = sprintf('provider must be one of %s, got "paypal"', $list);

$bad = [
	['paypal', []],
	['cryptomus', ['merchant_id' => 'm']],
	['cryptomus', ['merchant_id' => 1, 'api_key' => 'k']],
	['cryptomus', ['merchant_id' => 'm', 'api_key' => 'k', 'shop_id' => 'x']],
	['onchainpay', ['public_key' => 'p', 'private_key' => 'k', 'secret_key' => 'x']],
];
foreach ($bad as [$name, $config]) {
	try {
		Gateways::create($name, $config);
	} catch (InvalidArgumentException $e) {
		$m = $e->getMessage();
		echo $m === $unknown ? 'provider must be one of <every provider of Gateways::providers()>, got "paypal"' : $m, "\n";
	}
}
try {
	new Gateways();
} catch (Error $e) {
	echo $e->getMessage(), "\n";
}
?>
--EXPECT--
cryptomus -> CryptoInvoice\Cryptomus (cryptomus) Gateway
CryptoCloud -> CryptoInvoice\CryptoCloud (cryptocloud) Gateway
ONCHAINPAY -> CryptoInvoice\OnChainPay (onchainpay) Gateway
bitsby -> CryptoInvoice\Bitsby (bitsby) Gateway
every provider of Gateways::providers() builds: yes
provider must be one of <every provider of Gateways::providers()>, got "paypal"
Cryptomus: config key api_key is required and must be a string
Cryptomus: config key merchant_id is required and must be a string
Cryptomus: unknown option "shop_id"
OnChainPay: option secret_key is for CryptoCloud only (it signs CryptoCloud postbacks)
Call to private CryptoInvoice\Gateways::__construct() from global scope
