--TEST--
Gateways::create() names every problem at once: missing credentials together with unknown keys (each with its "did you mean", credential keys included) and bad options; an option given as numeric text says to cast it
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
use CryptoInvoice\{Cryptomus, Gateways, InvalidArgumentException};

$configs = [
	'camelCase keys' => ['cryptomus', ['merchantId' => 'm', 'apiKey' => 'k']],
	"another provider's keys" => ['cryptomus', ['shop_id' => 's', 'api_key' => 'k']],
	'a key mistyped beside a bad option' => ['cryptocloud', ['api_key' => 'k', 'timeout' => 'soon', 'shopid' => 'S']],
	'a duplicate in camelCase' => ['cryptomus', ['merchant_id' => 'm', 'api_key' => 'k', 'merchantId' => 'm']],
];
foreach ($configs as $what => [$provider, $config]) {
	echo "-- $what\n";
	try {
		Gateways::create($provider, $config);
		echo "created\n";
	} catch (InvalidArgumentException $e) {
		foreach ($e->getErrors() as $key => $message) {
			echo "$key: $message\n";
		}
	}
}

echo "-- options from an .env file, uncast\n";
try {
	new Cryptomus('m', 'k', ['timeout' => '30', 'retries' => '2', 'rate_limit' => 'fast']);
} catch (InvalidArgumentException $e) {
	foreach ($e->getErrors() as $key => $message) {
		echo "$key: $message\n";
	}
}
?>
--EXPECT--
-- camelCase keys
merchant_id: Cryptomus: config key merchant_id is required and must be a string
api_key: Cryptomus: config key api_key is required and must be a string
merchantId: Cryptomus: unknown option "merchantId"; did you mean "merchant_id"?
apiKey: Cryptomus: unknown option "apiKey"; did you mean "api_key"?
-- another provider's keys
merchant_id: Cryptomus: config key merchant_id is required and must be a string
shop_id: Cryptomus: unknown option "shop_id"
-- a key mistyped beside a bad option
shop_id: CryptoCloud: config key shop_id is required and must be a string
timeout: CryptoCloud: option timeout must be a number of seconds greater than 0 and at most 3600, got "soon"
shopid: CryptoCloud: unknown option "shopid"; did you mean "shop_id"?
-- a duplicate in camelCase
merchantId: Cryptomus: unknown option "merchantId"; did you mean "merchant_id"?
-- options from an .env file, uncast
timeout: Cryptomus: option timeout must be a number of seconds greater than 0 and at most 3600, got "30" (a string: options are typed, so cast it, e.g. (int) or (float) env(...))
retries: Cryptomus: option retries must be an integer from 0 to 10, got "2" (a string: options are typed, so cast it, e.g. (int) or (float) env(...))
rate_limit: Cryptomus: option rate_limit must be requests per second from 0.001 to 1000, or 0 (no limit), got "fast"
