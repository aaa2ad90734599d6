--TEST--
OnChainPay: error envelopes and broken answers become typed exceptions with the HTTP status, the provider's error and the body
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
use CryptoInvoice\OnChainPay;

$base = ci_emulator_start();
$ok = ['amount' => '10', 'currency' => 'USD'];
$try = function (callable $fn) {
	try {
		$fn();
		echo "no exception\n";
	} catch (CryptoInvoice\Exception $e) {
		ci_test_describe($e);
		return $e;
	}
};
$run = function (string $scenario, array $params = [], array $opts = []) use ($base, $ok, $try) {
	echo "== $scenario\n";
	return $try(fn () => ci_test_gateway('onchainpay', "$base/_s/$scenario", $opts)->createInvoice($params + $ok));
};

/* Wrong private key: the signature no longer matches (AuthError, 401). */
echo "== wrong private key\n";
$e = $try(fn () => (new OnChainPay(CI_TEST_ONCHAINPAY_PUBLIC, 'wrong-key', ['base_url' => $base]))->createInvoice($ok));
var_dump($e->getResponseBody());
echo "== wrong public key\n";
$try(fn () => (new OnChainPay('ocp_pub_other', CI_TEST_ONCHAINPAY_PRIVATE, ['base_url' => $base]))->createInvoice($ok));
$run('badsign');
$run('status403');
/* The documented error envelope: ApiException with the error object in getErrors(). */
$e = $run('status400');
var_dump($e->getResponseBody());
$run('status404');
$run('status500');
/* No externalId: OnChainPay would not deduplicate, so a 503 is not retried even with retries left. */
$run('status503', [], ['retries' => 2]);
$e = $run('status429');
var_dump($e->getRetryAfter());
$run('html500');
$run('html200');
$run('empty200');
$run('truncated');
$run('wrongshape');
$run('notjson_object');
$run('redirect');
$run('cut');
$run('over1m');
/* "success":false with a 200 is still an error, never an Invoice. */
$run('ratelimit200');
echo "requests sent: ", count(ci_emulator_log($base)), "\n";
?>
--EXPECTF--
== wrong private key
CryptoInvoice\AuthenticationException: OnChainPay rejected the credentials (HTTP 401): AuthError: Invalid signature (1 attempt)
  provider=onchainpay http=401 errors={"name":"AuthError","message":"Invalid signature","code":1000}
string(88) "{"success":false,"error":{"name":"AuthError","message":"Invalid signature","code":1000}}"
== wrong public key
CryptoInvoice\AuthenticationException: OnChainPay rejected the credentials (HTTP 401): AuthError: Invalid public key (1 attempt)
  provider=onchainpay http=401 errors={"name":"AuthError","message":"Invalid public key","code":1000}
== badsign
CryptoInvoice\AuthenticationException: OnChainPay rejected the credentials (HTTP 401): AuthError: Invalid signature (1 attempt)
  provider=onchainpay http=401 errors={"name":"AuthError","message":"Invalid signature","code":1000}
== status403
CryptoInvoice\AuthenticationException: OnChainPay rejected the credentials (HTTP 403): Forbidden: Forbidden (1 attempt)
  provider=onchainpay http=403 errors={"name":"Forbidden","message":"Forbidden","code":403}
== status400
CryptoInvoice\ApiException: OnChainPay refused the request (HTTP 400): BadRequest: Bad request (1 attempt)
  provider=onchainpay http=400 errors={"name":"BadRequest","message":"Bad request","code":400}
string(82) "{"success":false,"error":{"name":"BadRequest","message":"Bad request","code":400}}"
== status404
CryptoInvoice\ApiException: OnChainPay refused the request (HTTP 404): NotFound: Not found (1 attempt)
  provider=onchainpay http=404 errors={"name":"NotFound","message":"Not found","code":404}
== status500
CryptoInvoice\ApiException: OnChainPay failed on its side (HTTP 500): InternalError: Server error; the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
  provider=onchainpay http=500 errors={"name":"InternalError","message":"Server error","code":500}
== status503
CryptoInvoice\ApiException: OnChainPay failed on its side (HTTP 503): ServiceUnavailable: Service unavailable; the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
  provider=onchainpay http=503 errors={"name":"ServiceUnavailable","message":"Service unavailable","code":503}
== status429
CryptoInvoice\RateLimitException: OnChainPay is rate-limiting this key (HTTP 429): TooManyRequests: Too many requests (1 attempt)
  provider=onchainpay http=429 errors={"name":"TooManyRequests","message":"Too many requests","code":429}
float(1)
== html500
CryptoInvoice\UnexpectedResponseException: OnChainPay answered HTTP 500 with a body that is not the documented JSON; the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
  provider=onchainpay http=500 errors=[]
== html200
CryptoInvoice\UnexpectedResponseException: OnChainPay answered HTTP 200 with a body that is not the documented JSON; the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
  provider=onchainpay http=200 errors=[]
== empty200
CryptoInvoice\UnexpectedResponseException: OnChainPay answered HTTP 200 with a body that is not the documented JSON; the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
  provider=onchainpay http=200 errors=[]
== truncated
CryptoInvoice\UnexpectedResponseException: OnChainPay answered HTTP 200 with a body that is not the documented JSON; the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
  provider=onchainpay http=200 errors=[]
== wrongshape
CryptoInvoice\UnexpectedResponseException: OnChainPay sent an invoice with an invalid id (int); the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
  provider=onchainpay http=200 errors=[]
== notjson_object
CryptoInvoice\UnexpectedResponseException: OnChainPay answered HTTP 200 with JSON that is not the documented shape: expected {"success":true,"response":{...}} or {"success":false,"error":{...}}; the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
  provider=onchainpay http=200 errors=[]
== redirect
CryptoInvoice\ApiException: OnChainPay answered HTTP 302, a redirect, which is never followed (1 attempt)
  provider=onchainpay http=302 errors=[]
== cut
CryptoInvoice\TransportException: OnChainPay: http://127.0.0.1:%d/_s/cut/api-gateway/make-invoice failed: %s (1 attempt)
== over1m
CryptoInvoice\UnexpectedResponseException: OnChainPay answered with a body over 1 MiB; the transfer was aborted; the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
  provider=onchainpay http=200 errors=[]
== ratelimit200
CryptoInvoice\ApiException: OnChainPay refused the request (HTTP 200): Error: Requests too frequent (1 attempt)
  provider=onchainpay http=200 errors={"name":"Error","message":"Requests too frequent","code":200}
requests sent: 19
