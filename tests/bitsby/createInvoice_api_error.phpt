--TEST--
Bitsby: error envelopes and broken answers become typed exceptions with the HTTP status, the provider's errors and the body
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
use CryptoInvoice\Bitsby;

$base = ci_emulator_start();
$ok = ['amount' => '10', 'currency' => 'USD'];
/* $name is an emulator scenario, or says what is wrong with the gateway $g. */
$run = function (string $name, array $opts = [], ?CryptoInvoice\Gateway $g = null) use ($base, $ok) {
	echo "== $name\n";
	$g ??= ci_test_gateway('bitsby', "$base/_s/$name", $opts);
	try {
		$g->createInvoice($ok);
		echo "no exception\n";
	} catch (CryptoInvoice\Exception $e) {
		ci_test_describe($e);
		return $e;
	}
};

/* A project this token does not have: Bitsby's "field: problem" text becomes getErrors(). */
$e = $run('unknown project', [], new Bitsby('1c48b092-9878-48f5-b441-07a8a48e7b54', CI_TEST_BITSBY_TOKEN, ['base_url' => $base, 'retries' => 0]));
var_dump($e->getResponseBody());
/* A wrong token, and the emulator's own bad-token answer. */
$e = $run('wrong token', [], new Bitsby(CI_TEST_BITSBY_PROJECT, 'wrong-token', ['base_url' => $base, 'retries' => 0]));
var_dump($e->getResponseBody());
$run('badsign');
/* "Requests too frequent" is a rate limit although it comes with HTTP 200. */
$e = $run('ratelimit200');
var_dump($e->getRetryAfter(), $e->getResponseBody());
$e = $run('status429');
var_dump($e->getRetryAfter());
$run('status400');
/* Bitsby deduplicates nothing: a create that met a 5xx is never sent again. */
$run('status503', ['retries' => 2]);
$run('html500');
$run('html200');
$run('empty200');
$run('truncated');
$run('wrongshape');
$run('notjson_object');
$run('redirect');
echo "requests sent: ", count(ci_emulator_log($base)), "\n";
?>
--EXPECT--
== unknown project
CryptoInvoice\ApiException: Bitsby refused the request (HTTP 400): projectId: project not found (1 attempt)
  provider=bitsby http=400 errors={"projectId":"project not found"}
string(56) "{"result":"error","data":"projectId: project not found"}"
== wrong token
CryptoInvoice\AuthenticationException: Bitsby rejected the credentials (HTTP 401): Invalid token (1 attempt)
  provider=bitsby http=401 errors=[]
string(41) "{"result":"error","data":"Invalid token"}"
== badsign
CryptoInvoice\AuthenticationException: Bitsby rejected the credentials (HTTP 401): Invalid token (1 attempt)
  provider=bitsby http=401 errors=[]
== ratelimit200
CryptoInvoice\RateLimitException: Bitsby is rate-limiting this key (HTTP 200): Requests too frequent (1 attempt)
  provider=bitsby http=200 errors=[]
NULL
string(49) "{"result":"error","data":"Requests too frequent"}"
== status429
CryptoInvoice\RateLimitException: Bitsby is rate-limiting this key (HTTP 429): Too many requests (1 attempt)
  provider=bitsby http=429 errors=[]
float(1)
== status400
CryptoInvoice\ApiException: Bitsby refused the request (HTTP 400): Bad request (1 attempt)
  provider=bitsby http=400 errors=[]
== status503
CryptoInvoice\ApiException: Bitsby failed on its side (HTTP 503): Service unavailable; the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
  provider=bitsby http=503 errors=[]
== html500
CryptoInvoice\UnexpectedResponseException: Bitsby answered HTTP 500 with a body that is not the documented JSON; the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
  provider=bitsby http=500 errors=[]
== html200
CryptoInvoice\UnexpectedResponseException: Bitsby answered HTTP 200 with a body that is not the documented JSON; the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
  provider=bitsby http=200 errors=[]
== empty200
CryptoInvoice\UnexpectedResponseException: Bitsby answered HTTP 200 with a body that is not the documented JSON; the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
  provider=bitsby http=200 errors=[]
== truncated
CryptoInvoice\UnexpectedResponseException: Bitsby answered HTTP 200 with a body that is not the documented JSON; the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
  provider=bitsby http=200 errors=[]
== wrongshape
CryptoInvoice\UnexpectedResponseException: Bitsby sent an invoice with an invalid id (int); the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
  provider=bitsby http=200 errors=[]
== notjson_object
CryptoInvoice\UnexpectedResponseException: Bitsby answered HTTP 200 with JSON that is not the documented shape: expected {"result":"success","data":{...}}; the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
  provider=bitsby http=200 errors=[]
== redirect
CryptoInvoice\ApiException: Bitsby answered HTTP 302, a redirect, which is never followed (1 attempt)
  provider=bitsby http=302 errors=[]
requests sent: 14
