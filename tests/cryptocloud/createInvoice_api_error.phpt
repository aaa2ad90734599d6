--TEST--
CryptoCloud: error answers become typed exceptions with the HTTP status, the provider's errors and the body
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
use CryptoInvoice\CryptoCloud;

$base = ci_emulator_start();
$ok = ['amount' => '10', 'currency' => 'USD', 'order_id' => 'o-1'];
$run = function (string $scenario, array $params, array $opts = [], ?CryptoCloud $g = null) use ($base, $ok) {
	echo "== $scenario\n";
	$url = $scenario === 'ok' ? $base : "$base/_s/$scenario";
	try {
		$inv = ($g ?? ci_test_gateway('cryptocloud', $url, $opts))->createInvoice($params + $ok);
		echo "no exception: ", $inv->providerStatus, "\n";
	} catch (CryptoInvoice\Exception $e) {
		ci_test_describe($e);
		return $e;
	}
};

/* Field problems only CryptoCloud's own validator sees: {"status":"error","result":{"<field>":[...]}} */
$e = $run('ok', ['email' => 'payer@example.']);
var_dump($e->getResponseBody());
$run('ok', ['amount' => '1' . str_repeat('0', 31)]); /* 32 digits: a big integer the API cannot read */
/* A wrong API key: 401 {"status":"error","result":{"validate_error":"Invalid token"}} */
$e = $run('ok', [], [], new CryptoCloud(CI_TEST_CRYPTOCLOUD_SHOP, 'wrong-key', ['base_url' => $base]));
var_dump($e->getResponseBody());
/* A shop_id the key does not own is a credential problem too. */
$run('ok', [], [], new CryptoCloud('NoSuchShop', CI_TEST_CRYPTOCLOUD_KEY, ['base_url' => $base]));
$run('badsign', []);
$run('status403', []);
$run('status400', []);
$run('status404', []);
$run('status500', []);
/* An invoice create is not deduplicated by CryptoCloud: a 503 is never retried. */
$run('fail503x1', [], ['retries' => 2]);
$run('html500', []);
$run('html200', []);
$run('empty200', []);
$run('truncated', []);
$run('wrongshape', []);
$run('notjson_object', []);
$run('redirect', []);
$run('cut', []);
$e = $run('status429', []);
var_dump($e->getRetryAfter());
$e = $run('ratelimit200', []);
var_dump($e->getRetryAfter());
/* A 429 created nothing: it is retried, after the Retry-After it names. */
$run('fail429x1', [], ['retries' => 1]);
echo "requests sent: ", count(ci_emulator_log($base)), "\n";
?>
--EXPECTF--
== ok
CryptoInvoice\ApiException: CryptoCloud refused the request (HTTP 400): email: Enter a valid email address. (1 attempt)
  provider=cryptocloud http=400 errors={"email":["Enter a valid email address."]}
string(70) "{"status":"error","result":{"email":["Enter a valid email address."]}}"
== ok
CryptoInvoice\ApiException: CryptoCloud refused the request (HTTP 400): amount: A valid number is required. (1 attempt)
  provider=cryptocloud http=400 errors={"amount":["A valid number is required."]}
== ok
CryptoInvoice\AuthenticationException: CryptoCloud rejected the credentials (HTTP 401): Invalid token (1 attempt)
  provider=cryptocloud http=401 errors=[]
string(62) "{"status":"error","result":{"validate_error":"Invalid token"}}"
== ok
CryptoInvoice\AuthenticationException: CryptoCloud rejected the credentials (HTTP 400): shop_id: Shop not found. (1 attempt)
  provider=cryptocloud http=400 errors={"shop_id":["Shop not found."]}
== badsign
CryptoInvoice\AuthenticationException: CryptoCloud rejected the credentials (HTTP 401): Invalid token (1 attempt)
  provider=cryptocloud http=401 errors=[]
== status403
CryptoInvoice\AuthenticationException: CryptoCloud rejected the credentials (HTTP 403): Forbidden (1 attempt)
  provider=cryptocloud http=403 errors=[]
== status400
CryptoInvoice\ApiException: CryptoCloud refused the request (HTTP 400): Bad request (1 attempt)
  provider=cryptocloud http=400 errors=[]
== status404
CryptoInvoice\ApiException: CryptoCloud refused the request (HTTP 404): Not found (1 attempt)
  provider=cryptocloud http=404 errors=[]
== status500
CryptoInvoice\ApiException: CryptoCloud failed on its side (HTTP 500): Server error; the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
  provider=cryptocloud http=500 errors=[]
== fail503x1
CryptoInvoice\ApiException: CryptoCloud failed on its side (HTTP 503): Service unavailable; the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
  provider=cryptocloud http=503 errors=[]
== html500
CryptoInvoice\UnexpectedResponseException: CryptoCloud answered HTTP 500 with a body that is not the documented JSON; the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
  provider=cryptocloud http=500 errors=[]
== html200
CryptoInvoice\UnexpectedResponseException: CryptoCloud answered HTTP 200 with a body that is not the documented JSON; the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
  provider=cryptocloud http=200 errors=[]
== empty200
CryptoInvoice\UnexpectedResponseException: CryptoCloud answered HTTP 200 with a body that is not the documented JSON; the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
  provider=cryptocloud http=200 errors=[]
== truncated
CryptoInvoice\UnexpectedResponseException: CryptoCloud answered HTTP 200 with a body that is not the documented JSON; the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
  provider=cryptocloud http=200 errors=[]
== wrongshape
CryptoInvoice\UnexpectedResponseException: CryptoCloud sent an invoice with an invalid uuid (int); the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
  provider=cryptocloud http=200 errors=[]
== notjson_object
CryptoInvoice\UnexpectedResponseException: CryptoCloud answered HTTP 200 with JSON that is not the documented shape: expected {"status":"success","result":...}; the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
  provider=cryptocloud http=200 errors=[]
== redirect
CryptoInvoice\ApiException: CryptoCloud answered HTTP 302, a redirect, which is never followed (1 attempt)
  provider=cryptocloud http=302 errors=[]
== cut
CryptoInvoice\TransportException: CryptoCloud: http://127.0.0.1:%d/_s/cut/v2/invoice/create failed: Transferred a partial file (transfer closed with 900 bytes remaining to read); the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
== status429
CryptoInvoice\RateLimitException: CryptoCloud is rate-limiting this key (HTTP 429): Too many requests (1 attempt)
  provider=cryptocloud http=429 errors=[]
float(1)
== ratelimit200
CryptoInvoice\RateLimitException: CryptoCloud is rate-limiting this key (HTTP 200): Requests too frequent (1 attempt)
  provider=cryptocloud http=200 errors=[]
NULL
== fail429x1
no exception: created
requests sent: 22