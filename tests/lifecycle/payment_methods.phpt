--TEST--
getPaymentMethods(): Cryptomus and Heleket services (signed; is_enabled), OnChainPay one per coin and network, CryptoCloud's documented list without a request, Bitsby unsupported; PaymentMethod is sealed and readonly; a hostile answer is an UnexpectedResponseException
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
require __DIR__ . '/../inc/answers.inc';
use CryptoInvoice\{PaymentMethod, UnexpectedResponseException, UnsupportedOperationException};

$base = ci_emulator_start();
$show = static function (array $methods): void {
	if (!array_is_list($methods)) {
		echo "  NOT A LIST\n";
	}
	foreach ($methods as $m) {
		printf("  %-5s %-9s %-5s min=%s max=%s feePct=%s fee=%s\n", $m->currency, $m->network ?? '(none)', var_export($m->available, true),
			$m->minAmount ?? 'null', $m->maxAmount ?? 'null', $m->feePercent ?? 'null', $m->feeAmount ?? 'null');
	}
};

foreach (['cryptomus' => CI_TEST_CRYPTOMUS_KEY, 'heleket' => CI_TEST_HELEKET_KEY] as $p => $key) {
	echo "-- $p\n";
	ci_emulator_reset($base);
	$methods = ci_test_gateway($p, $base)->getPaymentMethods();
	$show($methods);
	$log = ci_emulator_log($base);
	$r = $log[0];
	printf("%d request: %s %s body=%s merchant=%s sign=%s\n", count($log), $r['method'], $r['path'], $r['body'],
		var_export($r['headers']['merchant'] === array_values(emu_providers()[$p]::CREDENTIALS)[0], true),
		var_export($r['headers']['sign'] === md5(base64_encode($r['body']) . $key), true));
	if ($p === 'cryptomus') {
		var_dump($methods[0]);
	}
}

echo "-- onchainpay\n";
ci_emulator_reset($base);
$methods = ci_test_gateway('onchainpay', $base)->getPaymentMethods();
$show($methods);
echo 'raw of the first: the coin as it came: ', var_export($methods[0]->raw['currency'] === 'USDT' && count($methods[0]->raw['networks']) === 3, true), "\n";
$log = ci_emulator_log($base);
$r = $log[0];
$body = json_decode($r['body'], true);
printf("%d request: %s %s keys=%s signed=%s\n", count($log), $r['method'], $r['path'], implode(',', array_keys($body)),
	var_export($r['headers']['x-api-signature'] === hash_hmac('sha256', $r['body'], CI_TEST_ONCHAINPAY_PRIVATE)
		&& $r['headers']['x-api-public-key'] === CI_TEST_ONCHAINPAY_PUBLIC, true));

echo "-- cryptocloud: the documented list, nothing sent\n";
ci_emulator_reset($base);
$methods = ci_test_gateway('cryptocloud', $base)->getPaymentMethods();
echo count($methods), ' methods: ', implode(' ', array_map(static fn (PaymentMethod $m): string => $m->currency . ($m->network === null ? '' : "/$m->network"), $methods)), "\n";
echo 'every one available, without limits or fees: ', var_export(array_filter($methods, static fn (PaymentMethod $m): bool => !$m->available
	|| $m->minAmount !== null || $m->maxAmount !== null || $m->feePercent !== null || $m->feeAmount !== null) === [], true), "\n";
echo 'raw: ', json_encode($methods[16]->raw), "\n";
echo 'requests sent: ', count(ci_emulator_log($base)), "\n";
/* A wrong token changes nothing: nothing is asked. */
$methods = (new CryptoInvoice\CryptoCloud(CI_TEST_CRYPTOCLOUD_SHOP, 'not-the-token', ['base_url' => $base]))->getPaymentMethods();
echo 'with a wrong token: ', count($methods), ' methods, requests sent: ', count(ci_emulator_log($base)), "\n";

echo "-- bitsby\n";
$g = ci_test_gateway('bitsby', $base);
echo 'supports(): ', var_export($g->supports('paymentMethods'), true), ' ', var_export($g->supports('getPaymentMethods'), true), "\n";
try {
	$g->getPaymentMethods();
} catch (UnsupportedOperationException $e) {
	echo get_class($e), ': ', $e->getMessage(), "\n";
}
echo 'requests sent: ', count(ci_emulator_log($base)), "\n";

echo "-- sealed and readonly\n";
$m = ci_test_gateway('cryptomus', $base)->getPaymentMethods()[0];
$tries = [
	'new' => static fn () => new PaymentMethod(),
	'newInstance' => static fn () => (new ReflectionClass(PaymentMethod::class))->newInstance(),
	'newInstanceWithoutConstructor' => static fn () => (new ReflectionClass(PaymentMethod::class))->newInstanceWithoutConstructor(),
	'unserialize' => static fn () => unserialize('O:27:"CryptoInvoice\PaymentMethod":1:{s:8:"currency";s:3:"BTC";}'),
	'serialize' => static fn () => serialize($m),
	'write' => static function () use ($m) { $m->currency = 'BTC'; },
	'write by reference' => static function () use ($m) { $r = &$m->raw; $r[] = 1; },
	'append to raw' => static function () use ($m) { $m->raw[] = 1; },
	'unset' => static function () use ($m) { unset($m->minAmount); },
	'dynamic property' => static function () use ($m) { $m->note = 'x'; },
	'ReflectionProperty::setValue' => static fn () => (new ReflectionProperty(PaymentMethod::class, 'available'))->setValue($m, false),
	'a clone written' => static function () use ($m) { $c = clone $m; $c->currency = 'BTC'; },
];
foreach ($tries as $what => $try) {
	try {
		$got = $try();
		echo "$what: ALLOWED (", get_debug_type($got), ")\n";
	} catch (Throwable $e) {
		echo "$what: ", get_class($e), ': ', $e->getMessage(), "\n";
	}
}
echo 'unchanged: ', $m->currency, ' ', $m->network, ' ', var_export($m->available, true), ' ', $m->minAmount, ' ', count($m->raw), "\n";

echo "-- hostile services answers\n";
$answers = ci_answer_server();
$svc = ['network' => 'TRON', 'currency' => 'USDT', 'is_available' => true,
	'limit' => ['min_amount' => '1.00', 'max_amount' => '100.00'], 'commission' => ['fee_amount' => '0.00', 'percent' => '1.00']];
$coin = ['currency' => 'USDT', 'allowDeposit' => true, 'networks' => [['name' => 'tron', 'allowDeposit' => true, 'underMaintenance' => false]]];
$cases = [
	['cryptomus', 'as documented', ['state' => 0, 'result' => [$svc]]],
	['cryptomus', 'min_amount "1e5"', ['state' => 0, 'result' => [array_replace_recursive($svc, ['limit' => ['min_amount' => '1e5']])]]],
	['cryptomus', 'max_amount "-5"', ['state' => 0, 'result' => [array_replace_recursive($svc, ['limit' => ['max_amount' => '-5']])]]],
	['cryptomus', 'percent " 1"', ['state' => 0, 'result' => [array_replace_recursive($svc, ['commission' => ['percent' => ' 1']])]]],
	['cryptomus', 'fee_amount true', ['state' => 0, 'result' => [array_replace_recursive($svc, ['commission' => ['fee_amount' => true]])]]],
	['cryptomus', 'no currency', ['state' => 0, 'result' => [array_diff_key($svc, ['currency' => 1])]]],
	['cryptomus', 'currency ""', ['state' => 0, 'result' => [array_replace($svc, ['currency' => ''])]]],
	['cryptomus', 'currency 5', ['state' => 0, 'result' => [array_replace($svc, ['currency' => 5])]]],
	['cryptomus', 'network ["TRON"]', ['state' => 0, 'result' => [array_replace($svc, ['network' => ['TRON']])]]],
	['cryptomus', 'an entry "x"', ['state' => 0, 'result' => [$svc, 'x']]],
	['cryptomus', 'result "x"', ['state' => 0, 'result' => 'x']],
	['heleket', 'is_enabled missing', ['state' => 0, 'result' => [$svc]]],
	['onchainpay', 'as documented', ['success' => true, 'response' => [$coin]]],
	['onchainpay', 'no currency', ['success' => true, 'response' => [array_diff_key($coin, ['currency' => 1])]]],
	['onchainpay', 'networks "tron"', ['success' => true, 'response' => [array_replace($coin, ['networks' => 'tron'])]]],
	['onchainpay', 'a network without name', ['success' => true, 'response' => [array_replace($coin, ['networks' => [['allowDeposit' => true]]])]]],
];
foreach ($cases as [$p, $what, $body]) {
	$g = ci_test_gateway($p, ci_answer_put($answers, json_encode($body)));
	try {
		$got = $g->getPaymentMethods();
		echo "$p, $what: ", count($got), ' method(s), ', $got[0]->currency, '/', $got[0]->network, ' available=', var_export($got[0]->available, true), "\n";
	} catch (UnexpectedResponseException $e) {
		echo "$p, $what: ", get_class($e), ': ', $e->getMessage(), "\n";
	}
}
?>
--EXPECTF--
-- cryptomus
  USDT  tron      true  min=1.00000000 max=100000.00000000 feePct=0.00 fee=0.00
  USDT  eth       true  min=10.00000000 max=100000.00000000 feePct=1.00 fee=0.00
  USDT  bsc       true  min=1.00000000 max=100000.00000000 feePct=0.50 fee=0.00
  BTC   btc       true  min=0.00010000 max=10.00000000 feePct=0.40 fee=0.00
  ETH   eth       true  min=0.00300000 max=500.00000000 feePct=1.00 fee=0.00
  TRX   tron      true  min=5.00000000 max=1000000.00000000 feePct=0.00 fee=0.10
  LTC   ltc       false min=0.05000000 max=10000.00000000 feePct=0.50 fee=0.00
1 request: POST /v1/payment/services body={} merchant=true sign=true
object(CryptoInvoice\PaymentMethod)#%d (8) {
  ["currency"]=>
  string(4) "USDT"
  ["network"]=>
  string(4) "tron"
  ["available"]=>
  bool(true)
  ["minAmount"]=>
  string(10) "1.00000000"
  ["maxAmount"]=>
  string(15) "100000.00000000"
  ["feePercent"]=>
  string(4) "0.00"
  ["feeAmount"]=>
  string(4) "0.00"
  ["raw"]=>
  array(5) {
    ["network"]=>
    string(4) "TRON"
    ["currency"]=>
    string(4) "USDT"
    ["is_available"]=>
    bool(true)
    ["limit"]=>
    array(2) {
      ["min_amount"]=>
      string(10) "1.00000000"
      ["max_amount"]=>
      string(15) "100000.00000000"
    }
    ["commission"]=>
    array(2) {
      ["fee_amount"]=>
      string(4) "0.00"
      ["percent"]=>
      string(4) "0.00"
    }
  }
}
-- heleket
  USDT  tron      true  min=1.00000000 max=100000.00000000 feePct=0.00 fee=0.00
  USDT  eth       true  min=10.00000000 max=100000.00000000 feePct=1.00 fee=0.00
  USDT  bsc       true  min=1.00000000 max=100000.00000000 feePct=0.50 fee=0.00
  BTC   btc       true  min=0.00010000 max=10.00000000 feePct=0.40 fee=0.00
  ETH   eth       false min=0.00300000 max=500.00000000 feePct=1.00 fee=0.00
  TRX   tron      true  min=5.00000000 max=1000000.00000000 feePct=0.00 fee=0.10
  LTC   ltc       false min=0.05000000 max=10000.00000000 feePct=0.50 fee=0.00
1 request: POST /heleket/v1/payment/services body={} merchant=true sign=true
-- onchainpay
  USDT  tron      false min=null max=null feePct=null fee=null
  USDT  ethereum  true  min=null max=null feePct=null fee=null
  USDT  bsc       false min=null max=null feePct=null fee=null
  BTC   bitcoin   true  min=null max=null feePct=null fee=null
  ETH   ethereum  true  min=null max=null feePct=null fee=null
raw of the first: the coin as it came: true
1 request: POST /api-gateway/available-currencies keys=nonce signed=true
-- cryptocloud: the documented list, nothing sent
40 methods: BTC LTC TRX SOL TON BNB ETH ETH/arb ETH/base ETH/opt USDT/arb USDT/bsc USDT/erc20 USDT/opt USDT/sol USDT/ton USDT/trc20 USDC/arb USDC/base USDC/bsc USDC/erc20 USDC/opt USDC/sol DAI/arb DAI/base DAI/bsc DAI/erc20 DAI/opt USDD/trc20 PYUSD/erc20 PYUSD/sol XAUT/erc20 XAUT/ton ARB/arb OP/opt PEPE/bsc PEPE/erc20 SHIB/bsc SHIB/erc20 TRUMP/sol
every one available, without limits or fees: true
raw: {"code":"USDT_TRC20"}
requests sent: 0
with a wrong token: 40 methods, requests sent: 0
-- bitsby
supports(): false false
CryptoInvoice\UnsupportedOperationException: Bitsby does not support getPaymentMethods(): its API has no way to list its payment methods (Cryptomus, CryptoCloud, OnChainPay and Heleket do); nothing was sent. supports() tells in advance
requests sent: 0
-- sealed and readonly
new: Error: Call to private CryptoInvoice\PaymentMethod::__construct() from global scope
newInstance: ReflectionException: Access to non-public constructor of class CryptoInvoice\PaymentMethod
newInstanceWithoutConstructor: ReflectionException: Class CryptoInvoice\PaymentMethod is an internal class marked as final that cannot be instantiated without invoking its constructor
unserialize: Exception: Unserialization of 'CryptoInvoice\PaymentMethod' is not allowed
serialize: Exception: Serialization of 'CryptoInvoice\PaymentMethod' is not allowed
write: Error: Cannot modify readonly property CryptoInvoice\PaymentMethod::$currency
write by reference: Error: Cannot modify readonly property CryptoInvoice\PaymentMethod::$raw
append to raw: Error: Cannot modify readonly property CryptoInvoice\PaymentMethod::$raw
unset: Error: Cannot unset readonly property CryptoInvoice\PaymentMethod::$minAmount
dynamic property: Error: Cannot create dynamic property CryptoInvoice\PaymentMethod::$note
ReflectionProperty::setValue: Error: Cannot modify readonly property CryptoInvoice\PaymentMethod::$available
a clone written: Error: Cannot modify readonly property CryptoInvoice\PaymentMethod::$currency
unchanged: USDT tron true 1.00000000 5
-- hostile services answers
cryptomus, as documented: 1 method(s), USDT/tron available=true
cryptomus, min_amount "1e5": CryptoInvoice\UnexpectedResponseException: Cryptomus answered HTTP 200 with JSON that is not the documented shape: a payment method's currency, network, limit or commission is not the documented text (1 attempt)
cryptomus, max_amount "-5": CryptoInvoice\UnexpectedResponseException: Cryptomus answered HTTP 200 with JSON that is not the documented shape: a payment method's currency, network, limit or commission is not the documented text (1 attempt)
cryptomus, percent " 1": CryptoInvoice\UnexpectedResponseException: Cryptomus answered HTTP 200 with JSON that is not the documented shape: a payment method's currency, network, limit or commission is not the documented text (1 attempt)
cryptomus, fee_amount true: CryptoInvoice\UnexpectedResponseException: Cryptomus answered HTTP 200 with JSON that is not the documented shape: a payment method's currency, network, limit or commission is not the documented text (1 attempt)
cryptomus, no currency: CryptoInvoice\UnexpectedResponseException: Cryptomus answered HTTP 200 with JSON that is not the documented shape: a service without a currency text (1 attempt)
cryptomus, currency "": CryptoInvoice\UnexpectedResponseException: Cryptomus answered HTTP 200 with JSON that is not the documented shape: a payment method's currency, network, limit or commission is not the documented text (1 attempt)
cryptomus, currency 5: CryptoInvoice\UnexpectedResponseException: Cryptomus answered HTTP 200 with JSON that is not the documented shape: a service without a currency text (1 attempt)
cryptomus, network ["TRON"]: CryptoInvoice\UnexpectedResponseException: Cryptomus answered HTTP 200 with JSON that is not the documented shape: a service without a currency text (1 attempt)
cryptomus, an entry "x": CryptoInvoice\UnexpectedResponseException: Cryptomus answered HTTP 200 with JSON that is not the documented shape: a service without a currency text (1 attempt)
cryptomus, result "x": CryptoInvoice\UnexpectedResponseException: Cryptomus answered HTTP 200 with JSON that is not the documented shape: expected {"state":0,"result":[...services...]} (1 attempt)
heleket, is_enabled missing: 1 method(s), USDT/tron available=true
onchainpay, as documented: 1 method(s), USDT/tron available=true
onchainpay, no currency: CryptoInvoice\UnexpectedResponseException: OnChainPay answered HTTP 200 with JSON that is not the documented shape: a currency without a currency text or networks list (1 attempt)
onchainpay, networks "tron": CryptoInvoice\UnexpectedResponseException: OnChainPay answered HTTP 200 with JSON that is not the documented shape: a currency without a currency text or networks list (1 attempt)
onchainpay, a network without name: CryptoInvoice\UnexpectedResponseException: OnChainPay answered HTTP 200 with JSON that is not the documented shape: a network without a name text (1 attempt)
