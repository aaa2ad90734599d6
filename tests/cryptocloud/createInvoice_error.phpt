--TEST--
CryptoCloud: bad input from the seed's constraints is rejected at once, naming each parameter, and nothing is sent
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
use CryptoInvoice\InvalidArgumentException;

$base = ci_emulator_start();
$g = ci_test_gateway('cryptocloud', $base);
$ok = ['amount' => '10', 'currency' => 'USD'];

$cases = [
	'required' => [],
	'required, order_id alone' => ['order_id' => 'o-1'],
	'amount exponent' => ['amount' => '1e3'] + $ok,
	'amount space' => ['amount' => ' 5'] + $ok,
	'amount negative' => ['amount' => '-1'] + $ok,
	'amount zero' => ['amount' => '0.00'] + $ok,
	'amount int zero' => ['amount' => 0] + $ok,
	'amount NaN' => ['amount' => NAN] + $ok,
	'amount INF' => ['amount' => INF] + $ok,
	'amount array' => ['amount' => [10]] + $ok,
	'amount bool' => ['amount' => true] + $ok,
	'currency not in the 25' => ['currency' => 'XXX'] + $ok,
	'currency is a crypto code' => ['currency' => 'BTC'] + $ok,
	'currency quoted as in the seed' => ['currency' => "'TRY'"] + $ok,
	'currency type' => ['currency' => ['USD']] + $ok,
	'strings' => $ok + ['order_id' => ['o-1'], 'email' => 'not-an-email'],
	'bytes' => $ok + ['order_id' => "o\0-1", 'email' => "\xff@example.com"],
	'pay_currency without network' => $ok + ['pay_currency' => 'USDT'],
	'accepted_currencies' => $ok + ['accepted_currencies' => ['BTC', 'DOGE', 7]],
	'accepted_currencies shape' => $ok + ['accepted_currencies' => 'BTC'],
	'accepted_currencies keys' => $ok + ['accepted_currencies' => ['a' => 'BTC']],
	'expires_in zero' => $ok + ['expires_in' => 0],
	'expires_in under a minute' => $ok + ['expires_in' => 59],
	'expires_in not whole minutes' => $ok + ['expires_in' => 90],
	'expires_in negative' => $ok + ['expires_in' => -3600],
	'expires_in text' => $ok + ['expires_in' => '1h'],
	'expires_in float' => $ok + ['expires_in' => 3600.0],
	'expires_in huge' => $ok + ['expires_in' => 7730941132800],
	'add_fields type' => $ok + ['add_fields' => 'time_to_pay=24'],
	'add_fields list' => $ok + ['add_fields' => [['hours' => 1]]],
	'add_fields values' => $ok + ['add_fields' => ['time_to_pay' => ['hours' => -1, 'minutes' => '30m'],
		'available_currencies' => ['DOGE'], 'cryptocurrency' => 'doge']],
	'add_fields shapes' => $ok + ['add_fields' => ['time_to_pay' => 24, 'available_currencies' => 'BTC', 'cryptocurrency' => ['BTC']]],
	'time_to_pay zero' => $ok + ['add_fields' => ['time_to_pay' => ['hours' => 0, 'minutes' => 0]]],
	'time_to_pay empty' => $ok + ['add_fields' => ['time_to_pay' => []]],
	'time_to_pay too long' => $ok + ['add_fields' => ['time_to_pay' => ['hours' => 2147483648]]],
	'add_fields typos' => $ok + ['add_fields' => ['time_to_pai' => ['hours' => 1], 'cryptocurency' => 'BTC',
		'time_to_pay' => ['hour' => 1, 'mins' => 5]]],
	'typos' => $ok + ['amout' => 1, 'order' => 'x', 'callback' => 'https://a.example/', 'add_field' => [], 'emial' => 'a@b.co'],
	'unknown' => $ok + ['totally_unrelated_key' => 1, 5 => 'positional'],
	'conflicts' => $ok + ['expires_in' => 3600, 'pay_currency' => 'BTC', 'accepted_currencies' => ['BTC'],
		'add_fields' => ['time_to_pay' => ['hours' => 1], 'cryptocurrency' => 'ETH', 'available_currencies' => ['ETH']]],
	'conflicts, native first' => $ok + ['add_fields' => ['time_to_pay' => ['hours' => 2, 'minutes' => 0]], 'expires_in' => 7200],
	'not expressible' => $ok + ['description' => 'x', 'callback_url' => 'https://shop.example/cb', 'return_url' => 'https://shop.example/r',
		'success_url' => 'https://shop.example/s', 'network' => 'TRC20', 'metadata' => ['a' => 1], 'idempotency_key' => 'k'],
	'shop_id' => $ok + ['shop_id' => CI_TEST_CRYPTOCLOUD_SHOP],
];
foreach ($cases as $name => $params) {
	echo "== $name\n";
	try {
		$g->createInvoice($params);
		echo "no exception\n";
	} catch (InvalidArgumentException $e) {
		foreach ($e->getErrors() as $k => $v) {
			echo "$k: $v\n";
		}
	}
}

/* strict => false drops unified keys only: shop_id and bad values are still refused. */
echo "== strict false\n";
try {
	ci_test_gateway('cryptocloud', $base, ['strict' => false])->createInvoice($ok + ['description' => 'x', 'shop_id' => 'other', 'expires_in' => 30]);
} catch (InvalidArgumentException $e) {
	echo $e->getMessage(), "\n";
	var_dump(array_keys($e->getErrors()));
}
echo "requests sent: ", count(ci_emulator_log($base)), "\n";
try {
	$g->createInvoice('not an array');
} catch (TypeError $e) {
	echo get_class($e), "\n";
}
?>
--EXPECT--
== required
amount: CryptoCloud: amount is required
currency: CryptoCloud: currency is required
== required, order_id alone
amount: CryptoCloud: amount is required
currency: CryptoCloud: currency is required
== amount exponent
amount: CryptoCloud: amount must be a plain decimal such as "10.50" or "0.5" (digits, optionally '.' and more digits; no sign, spaces or exponent), got "1e3"
== amount space
amount: CryptoCloud: amount must be a plain decimal such as "10.50" or "0.5" (digits, optionally '.' and more digits; no sign, spaces or exponent), got " 5"
== amount negative
amount: CryptoCloud: amount must be a plain decimal such as "10.50" or "0.5" (digits, optionally '.' and more digits; no sign, spaces or exponent), got "-1"
== amount zero
amount: CryptoCloud: amount must be greater than zero, got "0.00"
== amount int zero
amount: CryptoCloud: amount must be greater than zero, got 0
== amount NaN
amount: CryptoCloud: amount must be a finite, non-negative number, got NAN
== amount INF
amount: CryptoCloud: amount must be a finite, non-negative number, got INF
== amount array
amount: CryptoCloud: amount must be a decimal string, int or float, got an array
== amount bool
amount: CryptoCloud: amount must be a decimal string, int or float, got true
== currency not in the 25
currency: CryptoCloud: currency must be one of USD, UZS, KGS, KZT, AMD, AZN, BYN, AUD, TRY, AED, CAD, CNY, HKD, IDR, INR, JPY, PHP, SGD, THB, VND, MYR, RUB, UAH, EUR or GBP, got "XXX"
== currency is a crypto code
currency: CryptoCloud: currency must be one of USD, UZS, KGS, KZT, AMD, AZN, BYN, AUD, TRY, AED, CAD, CNY, HKD, IDR, INR, JPY, PHP, SGD, THB, VND, MYR, RUB, UAH, EUR or GBP, got "BTC"
== currency quoted as in the seed
currency: CryptoCloud: currency must be one of USD, UZS, KGS, KZT, AMD, AZN, BYN, AUD, TRY, AED, CAD, CNY, HKD, IDR, INR, JPY, PHP, SGD, THB, VND, MYR, RUB, UAH, EUR or GBP, got "'TRY'"
== currency type
currency: CryptoCloud: currency must be a string, got an array
== strings
order_id: CryptoCloud: order_id must be a string, got an array
email: CryptoCloud: email must be an email address such as payer@example.com, got "not-an-email"
== bytes
order_id: CryptoCloud: order_id must not contain NUL bytes, got "o\x00-1"
email: CryptoCloud: email must be valid UTF-8, got "\xFF@example.com"
== pay_currency without network
pay_currency: CryptoCloud: pay_currency must be one of BTC, LTC, TRX, SOL, TON, BNB, ETH, ETH_ARB, ETH_BASE, ETH_OPT, USDT_ARB, USDT_BSC, USDT_ERC20, USDT_OPT, USDT_SOL, USDT_TON, USDT_TRC20, USDC_ARB, USDC_BASE, USDC_BSC, USDC_ERC20, USDC_OPT, USDC_SOL, DAI_ARB, DAI_BASE, DAI_BSC, DAI_ERC20, DAI_OPT, USDD_TRC20, PYUSD_ERC20, PYUSD_SOL, XAUT_ERC20, XAUT_TON, ARB_ARB, OP_OPT, PEPE_BSC, PEPE_ERC20, SHIB_BSC, SHIB_ERC20 or TRUMP_SOL, got "USDT"
== accepted_currencies
accepted_currencies[1]: CryptoCloud: accepted_currencies[1] must be one of BTC, LTC, TRX, SOL, TON, BNB, ETH, ETH_ARB, ETH_BASE, ETH_OPT, USDT_ARB, USDT_BSC, USDT_ERC20, USDT_OPT, USDT_SOL, USDT_TON, USDT_TRC20, USDC_ARB, USDC_BASE, USDC_BSC, USDC_ERC20, USDC_OPT, USDC_SOL, DAI_ARB, DAI_BASE, DAI_BSC, DAI_ERC20, DAI_OPT, USDD_TRC20, PYUSD_ERC20, PYUSD_SOL, XAUT_ERC20, XAUT_TON, ARB_ARB, OP_OPT, PEPE_BSC, PEPE_ERC20, SHIB_BSC, SHIB_ERC20 or TRUMP_SOL, got "DOGE"
accepted_currencies[2]: CryptoCloud: accepted_currencies[2] must be one of BTC, LTC, TRX, SOL, TON, BNB, ETH, ETH_ARB, ETH_BASE, ETH_OPT, USDT_ARB, USDT_BSC, USDT_ERC20, USDT_OPT, USDT_SOL, USDT_TON, USDT_TRC20, USDC_ARB, USDC_BASE, USDC_BSC, USDC_ERC20, USDC_OPT, USDC_SOL, DAI_ARB, DAI_BASE, DAI_BSC, DAI_ERC20, DAI_OPT, USDD_TRC20, PYUSD_ERC20, PYUSD_SOL, XAUT_ERC20, XAUT_TON, ARB_ARB, OP_OPT, PEPE_BSC, PEPE_ERC20, SHIB_BSC, SHIB_ERC20 or TRUMP_SOL, got 7
== accepted_currencies shape
accepted_currencies: CryptoCloud: accepted_currencies must be a list (an array with keys 0, 1, 2...), got "BTC"
== accepted_currencies keys
accepted_currencies: CryptoCloud: accepted_currencies must be a list (an array with keys 0, 1, 2...), got an array with other keys
== expires_in zero
expires_in: CryptoCloud: expires_in must be a positive multiple of 60 seconds (time_to_pay counts whole minutes), got 0
== expires_in under a minute
expires_in: CryptoCloud: expires_in must be a positive multiple of 60 seconds (time_to_pay counts whole minutes), got 59
== expires_in not whole minutes
expires_in: CryptoCloud: expires_in must be a positive multiple of 60 seconds (time_to_pay counts whole minutes), got 90
== expires_in negative
expires_in: CryptoCloud: expires_in must be a positive multiple of 60 seconds (time_to_pay counts whole minutes), got -3600
== expires_in text
expires_in: CryptoCloud: expires_in must be an integer, got "1h"
== expires_in float
expires_in: CryptoCloud: expires_in must be an integer, got 3600.0
== expires_in huge
expires_in: CryptoCloud: expires_in must be at most 7730941132740 seconds (time_to_pay is at most 128849018879 minutes), got 7730941132800
== add_fields type
add_fields: CryptoCloud: add_fields must be an array with string keys, got "time_to_pay=24"
== add_fields list
add_fields: CryptoCloud: add_fields must be an array with string keys, got a list
== add_fields values
add_fields.time_to_pay.hours: CryptoCloud: add_fields.time_to_pay.hours must be from 0 to 2147483647, got -1
add_fields.time_to_pay.minutes: CryptoCloud: add_fields.time_to_pay.minutes must be an integer from 0 to 2147483647, got "30m"
add_fields.available_currencies[0]: CryptoCloud: add_fields.available_currencies[0] must be one of BTC, LTC, TRX, SOL, TON, BNB, ETH, ETH_ARB, ETH_BASE, ETH_OPT, USDT_ARB, USDT_BSC, USDT_ERC20, USDT_OPT, USDT_SOL, USDT_TON, USDT_TRC20, USDC_ARB, USDC_BASE, USDC_BSC, USDC_ERC20, USDC_OPT, USDC_SOL, DAI_ARB, DAI_BASE, DAI_BSC, DAI_ERC20, DAI_OPT, USDD_TRC20, PYUSD_ERC20, PYUSD_SOL, XAUT_ERC20, XAUT_TON, ARB_ARB, OP_OPT, PEPE_BSC, PEPE_ERC20, SHIB_BSC, SHIB_ERC20 or TRUMP_SOL, got "DOGE"
add_fields.cryptocurrency: CryptoCloud: add_fields.cryptocurrency must be one of BTC, LTC, TRX, SOL, TON, BNB, ETH, ETH_ARB, ETH_BASE, ETH_OPT, USDT_ARB, USDT_BSC, USDT_ERC20, USDT_OPT, USDT_SOL, USDT_TON, USDT_TRC20, USDC_ARB, USDC_BASE, USDC_BSC, USDC_ERC20, USDC_OPT, USDC_SOL, DAI_ARB, DAI_BASE, DAI_BSC, DAI_ERC20, DAI_OPT, USDD_TRC20, PYUSD_ERC20, PYUSD_SOL, XAUT_ERC20, XAUT_TON, ARB_ARB, OP_OPT, PEPE_BSC, PEPE_ERC20, SHIB_BSC, SHIB_ERC20 or TRUMP_SOL, got "doge"
== add_fields shapes
add_fields.time_to_pay: CryptoCloud: add_fields.time_to_pay must be an array with string keys, got 24
add_fields.available_currencies: CryptoCloud: add_fields.available_currencies must be a list (an array with keys 0, 1, 2...), got "BTC"
add_fields.cryptocurrency: CryptoCloud: add_fields.cryptocurrency must be a string, got an array
== time_to_pay zero
add_fields.time_to_pay: CryptoCloud: add_fields.time_to_pay must be at least one minute (hours and minutes are both 0 or missing)
== time_to_pay empty
add_fields.time_to_pay: CryptoCloud: add_fields.time_to_pay must be at least one minute (hours and minutes are both 0 or missing)
== time_to_pay too long
add_fields.time_to_pay.hours: CryptoCloud: add_fields.time_to_pay.hours must be from 0 to 2147483647, got 2147483648
== add_fields typos
add_fields.time_to_pai: CryptoCloud: unknown parameter "add_fields.time_to_pai"; did you mean "time_to_pay"?
add_fields.cryptocurency: CryptoCloud: unknown parameter "add_fields.cryptocurency"; did you mean "cryptocurrency"?
add_fields.time_to_pay.hour: CryptoCloud: unknown parameter "add_fields.time_to_pay.hour"; did you mean "hours"?
add_fields.time_to_pay.mins: CryptoCloud: unknown parameter "add_fields.time_to_pay.mins"; the keys are hours and minutes
== typos
amout: CryptoCloud: unknown parameter "amout"; did you mean "amount"?
order: CryptoCloud: unknown parameter "order"; did you mean "order_id"?
callback: CryptoCloud: unknown parameter "callback"; did you mean "callback_url"?
add_field: CryptoCloud: unknown parameter "add_field"; did you mean "add_fields"?
emial: CryptoCloud: unknown parameter "emial"; did you mean "email"?
== unknown
totally_unrelated_key: CryptoCloud: unknown parameter "totally_unrelated_key"; it is neither a unified key nor one of CryptoCloud's own
[5]: CryptoCloud: parameter keys must be strings such as "amount", got the integer key 5
== conflicts
add_fields: CryptoCloud: expires_in and add_fields both set the field add_fields.time_to_pay.hours; pass only one of them; CryptoCloud: pay_currency and add_fields both set the field add_fields.cryptocurrency; pass only one of them; CryptoCloud: accepted_currencies and add_fields both set the field add_fields.available_currencies; pass only one of them
== conflicts, native first
expires_in: CryptoCloud: add_fields and expires_in both set the field add_fields.time_to_pay.hours; pass only one of them; CryptoCloud: add_fields and expires_in both set the field add_fields.time_to_pay.minutes; pass only one of them
== not expressible
description: CryptoCloud cannot take description: its invoices have no description; keep it in your order, found again by order_id (with the option strict => false such keys are dropped)
callback_url: CryptoCloud cannot take callback_url: the postback URL is set in the project settings of the CryptoCloud dashboard (with the option strict => false such keys are dropped)
return_url: CryptoCloud cannot take return_url: the success and fail pages are set in the project settings of the CryptoCloud dashboard (with the option strict => false such keys are dropped)
success_url: CryptoCloud cannot take success_url: the success page is set in the project settings of the CryptoCloud dashboard (with the option strict => false such keys are dropped)
network: CryptoCloud cannot take network: its currency codes carry the network (USDT_TRC20, USDC_SOL...): name it in pay_currency or accepted_currencies (with the option strict => false such keys are dropped)
metadata: CryptoCloud cannot take metadata: its invoices carry no custom data; keep it in your order, found again by order_id (with the option strict => false such keys are dropped)
idempotency_key: CryptoCloud cannot take idempotency_key: its API documents no idempotency key; keep the uuid of the invoice you created and check it with getInvoice() before creating another (with the option strict => false such keys are dropped)
== shop_id
shop_id: CryptoCloud cannot take shop_id: it is the constructor's $shopId (config key shop_id) and goes into every request; leave it out of the invoice parameters
== strict false
CryptoCloud cannot take shop_id: it is the constructor's $shopId (config key shop_id) and goes into every request; leave it out of the invoice parameters; CryptoCloud: expires_in must be a positive multiple of 60 seconds (time_to_pay counts whole minutes), got 30
array(2) {
  [0]=>
  string(7) "shop_id"
  [1]=>
  string(10) "expires_in"
}
requests sent: 0
TypeError
