--TEST--
Secrets never show in var_dump, print_r, var_export, casts, JSON, debug_zval_dump or traces
--EXTENSIONS--
cryptoinvoice
--INI--
zend.exception_ignore_args=0
--FILE--
<?php
use CryptoInvoice\{Cryptomus, CryptoCloud, OnChainPay, Bitsby, Gateways};

$secrets = ['KEY-CRYPTOMUS-SECRET', 'KEY-CLOUD-SECRET', 'JWT-CLOUD-SECRET', 'PRIV-OCP-SECRET', 'TOKEN-BITSBY-SECRET', 'proxypass'];
$proxy = ['proxy' => 'http://u:proxypass@127.0.0.1:9'];
$gateways = [
	new Cryptomus('m', 'KEY-CRYPTOMUS-SECRET', $proxy),
	new CryptoCloud('s', 'KEY-CLOUD-SECRET', $proxy + ['secret_key' => 'JWT-CLOUD-SECRET']),
	new OnChainPay('p', 'PRIV-OCP-SECRET', $proxy),
	new Bitsby('9deea1e2-0c08-41a3-bdc2-a34eada3892d', 'TOKEN-BITSBY-SECRET', $proxy),
	Gateways::create('cryptomus', ['merchant_id' => 'm', 'api_key' => 'KEY-CRYPTOMUS-SECRET']),
];

ob_start();
foreach ($gateways as $g) {
	var_dump($g);
	print_r($g);
	var_export($g);
	debug_zval_dump($g);
	var_dump((array) $g, json_encode($g), get_object_vars($g));
}
/* Traces of the extension's own frames, with arguments kept. */
function fail_in_constructor() {
	new Cryptomus('m', 'KEY-CRYPTOMUS-SECRET', ['retries' => -1]);
}
try {
	fail_in_constructor();
} catch (Exception $e) {
	echo $e, "\n";
	var_dump($e->getTrace());
}
try {
	Gateways::create('cryptomus', ['merchant_id' => 'm', 'api_key' => 'KEY-CRYPTOMUS-SECRET', 'timeout' => -1]);
} catch (Exception $e) {
	echo $e, "\n";
	var_dump($e->getTrace());
}
$out = ob_get_clean();

$found = array_filter($secrets, fn($s) => str_contains($out, $s));
echo $found ? 'LEAKED: ' . implode(', ', $found) : 'no secret in ' . strlen($out) . ' bytes of output', "\n";
echo substr_count($out, '[redacted]') > 0 ? "redacted markers present\n" : "no markers\n";
echo str_contains($out, 'SensitiveParameterValue') ? "sensitive parameters hidden in traces\n" : "trace args missing\n";

foreach ($gateways as $g) {
	try {
		serialize($g);
	} catch (Exception $e) {
		echo $e->getMessage(), "\n";
	}
}
try {
	clone $gateways[0];
} catch (Error $e) {
	echo $e->getMessage(), "\n";
}
?>
--EXPECTF--
no secret in %d bytes of output
redacted markers present
sensitive parameters hidden in traces
Serialization of 'CryptoInvoice\Cryptomus' is not allowed
Serialization of 'CryptoInvoice\CryptoCloud' is not allowed
Serialization of 'CryptoInvoice\OnChainPay' is not allowed
Serialization of 'CryptoInvoice\Bitsby' is not allowed
Serialization of 'CryptoInvoice\Cryptomus' is not allowed
Trying to clone an uncloneable object of class CryptoInvoice\Cryptomus
