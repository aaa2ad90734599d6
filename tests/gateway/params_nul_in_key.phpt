--TEST--
a NUL byte in a parameter key or provider name is neither cut from the message nor allowed to hide another problem
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';

/* The keys are used as C strings: "currency\0x" is reported as the unknown parameter "currency"
 * (a key that is valid), under the getErrors() key "currency", which then suppresses the
 * "currency is required" error: the caller is told the wrong thing and not told the real one. */
$g = ci_test_gateway('cryptomus', 'http://127.0.0.1:9');
$show = static function (Throwable $e): void {
	echo get_class($e), "\n";
	foreach ($e instanceof CryptoInvoice\InvalidArgumentException ? $e->getErrors() : [] as $k => $v) {
		echo '  ', json_encode($k), ' => ', json_encode($v), "\n";
	}
};
try {
	$g->createInvoice(["currency\0x" => 'USD', 'amount' => '1', 'order_id' => 'o-1']);
} catch (Throwable $e) {
	$errors = $e->getErrors();
	echo 'the bad key has its own entry: ', count($errors) === 2 ? 'yes' : 'no', "\n";
	echo 'currency is reported missing: ', str_contains($errors['currency'] ?? '', 'currency is required') ? 'yes' : 'no', "\n";
	echo 'the message calls "currency" unknown: ', str_contains($e->getMessage(), 'unknown parameter "currency"') ? 'yes' : 'no', "\n";
}
try {
	$g->createInvoice(["amount\0" => '5', 'amount' => '-1', 'currency' => 'USD', 'order_id' => 'o-1']);
} catch (Throwable $e) {
	echo 'amount\0 and amount kept apart: ', count($e->getErrors()) === 2 ? 'yes' : 'no', "\n";
}
try {
	CryptoInvoice\Gateways::create("crypto\0mus", ['merchant_id' => 'm', 'api_key' => 'key-123456']);
} catch (Throwable $e) {
	echo 'provider name shown whole: ', str_contains($e->getMessage(), 'got "crypto"') ? 'no' : 'yes', "\n";
}
?>
--EXPECT--
the bad key has its own entry: yes
currency is reported missing: yes
the message calls "currency" unknown: no
amount\0 and amount kept apart: yes
provider name shown whole: yes
