--TEST--
Messages show what was given, except a text that holds the gateway's own credential (a key pasted into the wrong field)
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/credentials.inc';
use CryptoInvoice\{Cryptomus, CryptoCloud, InvalidArgumentException};

$cm = new Cryptomus(CI_TEST_CRYPTOMUS_MERCHANT, CI_TEST_CRYPTOMUS_KEY);
$cc = new CryptoCloud(CI_TEST_CRYPTOCLOUD_SHOP, CI_TEST_CRYPTOCLOUD_KEY, ['secret_key' => CI_TEST_CRYPTOCLOUD_SECRET]);
$cases = [
	[$cm, ['amount' => '1', 'currency' => 'USD', 'order_id' => 'key ' . CI_TEST_CRYPTOMUS_KEY]],
	[$cm, ['amount' => CI_TEST_CRYPTOMUS_KEY, 'currency' => 'USD', 'order_id' => 'o']],
	[$cm, ['amount' => '1', 'currency' => 'USD', 'order_id' => 'o', 'metadata' => ['k' => [new ArrayObject([CI_TEST_CRYPTOMUS_KEY])]]]],
	[$cc, ['amount' => '1', 'currency' => CI_TEST_CRYPTOCLOUD_SECRET]],
	[$cc, ['amount' => '1', 'currency' => 'USD', 'pay_currency' => CI_TEST_CRYPTOCLOUD_KEY]],
	[$cc, ['amount' => '1', 'currency' => 'USD', 'email' => CI_TEST_CRYPTOCLOUD_KEY]],
];
foreach ($cases as [$g, $params]) {
	try {
		$g->createInvoice($params);
	} catch (InvalidArgumentException $e) {
		$all = $e->getMessage() . json_encode($e->getErrors()) . $e;
		$leak = str_contains($all, 'SECRET');
		echo $leak ? 'LEAK: ' : '', $e->getMessage(), "\n";
	}
}
$r = $cm->createInvoices(['x' => CI_TEST_CRYPTOMUS_KEY]);
echo $r['x']->getMessage(), "\n";
?>
--EXPECT--
Cryptomus: order_id may contain only letters, digits, '_' and '-', got a text that holds this gateway's credential (not shown)
Cryptomus: amount must be a plain decimal such as "10.50" or "0.5" (digits, optionally '.' and more digits; no sign, spaces or exponent), got a text that holds this gateway's credential (not shown)
Cryptomus: metadata must hold only strings, numbers, booleans, null and arrays of them, got an object of class ArrayObject at metadata.k[0]
CryptoCloud: currency must be one of USD, UZS, KGS, KZT, AMD, AZN, BYN, AUD, TRY, AED, CAD, CNY, HKD, IDR, INR, JPY, PHP, SGD, THB, VND, MYR, RUB, UAH, EUR or GBP, got a text that holds this gateway's credential (not shown)
CryptoCloud: pay_currency must be one of BTC, LTC, TRX, SOL, TON, BNB, ETH, ETH_ARB, ETH_BASE, ETH_OPT, USDT_ARB, USDT_BSC, USDT_ERC20, USDT_OPT, USDT_SOL, USDT_TON, USDT_TRC20, USDC_ARB, USDC_BASE, USDC_BSC, USDC_ERC20, USDC_OPT, USDC_SOL, DAI_ARB, DAI_BASE, DAI_BSC, DAI_ERC20, DAI_OPT, USDD_TRC20, PYUSD_ERC20, PYUSD_SOL, XAUT_ERC20, XAUT_TON, ARB_ARB, OP_OPT, PEPE_BSC, PEPE_ERC20, SHIB_BSC, SHIB_ERC20 or TRUMP_SOL, got a text that holds this gateway's credential (not shown)
CryptoCloud: email must be an email address such as payer@example.com, got a text that holds this gateway's credential (not shown)
Cryptomus: each batch item must be an array of invoice parameters, got a text that holds this gateway's credential (not shown)
