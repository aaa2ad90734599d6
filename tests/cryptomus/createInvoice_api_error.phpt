--TEST--
Cryptomus: error answers become typed exceptions with the HTTP status, the provider's errors and the body
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';

$base = ci_emulator_start();
$ok = ['amount' => '10', 'currency' => 'USD', 'order_id' => 'o-1'];
$run = function (string $scenario, array $params, array $opts = []) use ($base, $ok) {
	echo "== $scenario\n";
	$url = $scenario === 'ok' ? $base : "$base/_s/$scenario";
	try {
		ci_test_gateway('cryptomus', $url, $opts)->createInvoice($params + $ok);
		echo "no exception\n";
	} catch (CryptoInvoice\Exception $e) {
		ci_test_describe($e);
		return $e;
	}
};

/* The seed's validation and business errors (422). */
$e = $run('ok', ['currency' => 'XXX']);
var_dump($e->getResponseBody());
$run('ok', ['network' => 'badnet']);
/* A URL PHP parses but Cryptomus's validator refuses (underscore in the host): its "errors" bag. */
$run('ok', ['url_callback' => 'https://my_shop.example/cb']);
/* Wrong key: the sign header no longer matches. */
try {
	(new CryptoInvoice\Cryptomus(CI_TEST_CRYPTOMUS_MERCHANT, 'wrong-key', ['base_url' => $base]))->createInvoice($ok);
} catch (CryptoInvoice\Exception $e) {
	ci_test_describe($e);
}
$run('status403', []);
$run('status500', []);
$run('status404', []);
$run('html500', []);
$run('html200', []);
$run('empty200', []);
$run('truncated', []);
$run('wrongshape', []);
$run('notjson_object', []);
$e = $run('redirect', []);
$e = $run('status429', []);
var_dump($e->getRetryAfter());
echo "requests sent: ", count(ci_emulator_log($base)), "\n";
?>
--EXPECTF--
== ok
CryptoInvoice\ApiException: Cryptomus refused the request (HTTP 422): The currency was not found (1 attempt)
  provider=cryptomus http=422 errors=[]
string(50) "{"state":1,"message":"The currency was not found"}"
== ok
CryptoInvoice\ApiException: Cryptomus refused the request (HTTP 422): The network was not found (1 attempt)
  provider=cryptomus http=422 errors=[]
== ok
CryptoInvoice\ApiException: Cryptomus refused the request (HTTP 422): url_callback: validation.url (1 attempt)
  provider=cryptomus http=422 errors={"url_callback":["validation.url"]}
CryptoInvoice\AuthenticationException: Cryptomus rejected the credentials (HTTP 401): Unauthorized (1 attempt)
  provider=cryptomus http=401 errors=[]
== status403
CryptoInvoice\AuthenticationException: Cryptomus rejected the credentials (HTTP 403): Forbidden (1 attempt)
  provider=cryptomus http=403 errors=[]
== status500
CryptoInvoice\ApiException: Cryptomus failed on its side (HTTP 500): %s; the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
  provider=cryptomus http=500 errors=[]
== status404
CryptoInvoice\ApiException: Cryptomus refused the request (HTTP 404): %s (1 attempt)
  provider=cryptomus http=404 errors=[]
== html500
CryptoInvoice\UnexpectedResponseException: Cryptomus answered HTTP 500 with a body that is not the documented JSON; the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
  provider=cryptomus http=500 errors=[]
== html200
CryptoInvoice\UnexpectedResponseException: Cryptomus answered HTTP 200 with a body that is not the documented JSON; the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
  provider=cryptomus http=200 errors=[]
== empty200
CryptoInvoice\UnexpectedResponseException: Cryptomus answered HTTP 200 with a body that is not the documented JSON; the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
  provider=cryptomus http=200 errors=[]
== truncated
CryptoInvoice\UnexpectedResponseException: Cryptomus answered HTTP 200 with a body that is not the documented JSON; the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
  provider=cryptomus http=200 errors=[]
== wrongshape
CryptoInvoice\UnexpectedResponseException: Cryptomus sent an invoice with an invalid uuid (%s); the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
  provider=cryptomus http=200 errors=[]
== notjson_object
CryptoInvoice\UnexpectedResponseException: Cryptomus answered HTTP 200 with JSON that is not the documented shape: expected {"state":0,"result":{...}}; the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
  provider=cryptomus http=200 errors=[]
== redirect
CryptoInvoice\ApiException: Cryptomus answered HTTP 302, a redirect, which is never followed (1 attempt)
  provider=cryptomus http=302 errors=[]
== status429
CryptoInvoice\RateLimitException: Cryptomus is rate-limiting this key (HTTP 429): Too many requests (1 attempt)
  provider=cryptomus http=429 errors=[]
float(1)
requests sent: 15
