--TEST--
Gateway options: defaults, accepted values, and the redacted view
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
use CryptoInvoice\{Cryptomus, CryptoCloud, Bitsby, OnChainPay};

$g = new Cryptomus('merchant-1', 'api-key-SECRET');
var_dump($g);

$g = new CryptoCloud('shop', 'key-SECRET', [
	'base_url' => 'https://sandbox.example.com/',
	'timeout' => 2.5,
	'connect_timeout' => 1,
	'retries' => 0,
	'verify_tls' => false,
	'ca_file' => __FILE__,
	'proxy' => 'http://user:proxypass@proxy.local:3128',
	'user_agent' => 'MyShop/1.0',
	'persistent' => false,
	'strict' => false,
	'secret_key' => 'jwt-SECRET',
	'rate_limit' => 5,
]);
print_r($g);

/* null keeps an option's default (what config files give for unset values). */
echo (new Cryptomus('m', 'k', ['base_url' => null, 'timeout' => null, 'proxy' => null]))->getProvider(), " with null options\n";

/* Loopback hosts may use http:// */
foreach (['http://127.0.0.1:8080', 'http://127.1.2.3', 'http://localhost:9', 'http://[::1]:80'] as $url) {
	new OnChainPay('pub', 'priv', ['base_url' => $url]);
}
/* Bitsby's default rate limit is one request per second. */
echo (new Bitsby('9deea1e2-0c08-41a3-bdc2-a34eada3892d', 'tok'))->getProvider(), "\n";
echo str_contains(print_r(new Bitsby('9deea1e2-0c08-41a3-bdc2-a34eada3892d', 'tok'), true), '[rate_limit] => 1') ? "bitsby 1 rps\n" : "wrong\n";
?>
--EXPECTF--
object(CryptoInvoice\Cryptomus)#%d (11) {
  ["provider"]=>
  string(9) "cryptomus"
  ["merchant_id"]=>
  string(10) "merchant-1"
  ["api_key"]=>
  string(10) "[redacted]"
  ["base_url"]=>
  string(25) "https://api.cryptomus.com"
  ["timeout"]=>
  float(30)
  ["connect_timeout"]=>
  float(10)
  ["retries"]=>
  int(2)
  ["verify_tls"]=>
  bool(true)
  ["persistent"]=>
  bool(true)
  ["strict"]=>
  bool(true)
  ["rate_limit"]=>
  float(0)
}
CryptoInvoice\CryptoCloud Object
(
    [provider] => cryptocloud
    [shop_id] => shop
    [api_key] => [redacted]
    [base_url] => https://sandbox.example.com
    [timeout] => 2.5
    [connect_timeout] => 1
    [retries] => 0
    [verify_tls] => 
    [ca_file] => %soptions.php
    [proxy] => [redacted]
    [persistent] => 
    [strict] => 
    [secret_key] => [redacted]
    [rate_limit] => 5
)
cryptomus with null options
bitsby
bitsby 1 rps
