--TEST--
OnChainPay: a create with externalId is retried after a 503 with a fresh nonce and signature; one without is not
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';

$base = ci_emulator_start();
$params = ['amount' => '10', 'currency' => 'USD', 'idempotency_key' => 'retry-1'];

/* The first attempt gets a 503 after the emulator has spent its nonce: reusing it would fail. */
$inv = ci_test_gateway('onchainpay', "$base/_s/fail503x1", ['retries' => 1])->createInvoice($params);
$log = ci_emulator_log($base);
echo count($log), " attempts\n";
foreach ($log as $i => $req) {
	$body = json_decode($req['body'], true);
	printf("#%d %s %s externalId=%s signed=%s\n", $i + 1, $req['path'], preg_replace('/"nonce":"\d{20,}"/', '"nonce":"<nonce>"', $req['body']),
		$body['externalId'], var_export($req['headers']['x-api-signature'] === hash_hmac('sha256', $req['body'], CI_TEST_ONCHAINPAY_PRIVATE), true));
}
$n = array_map(fn ($r) => json_decode($r['body'], true)['nonce'], $log);
var_dump($n[0] !== $n[1], $log[0]['headers']['x-api-signature'] !== $log[1]['headers']['x-api-signature']);
var_dump($inv->status, $inv->raw['externalId']);

/* Without externalId OnChainPay would create a second invoice: no retry, whatever retries says. */
ci_emulator_reset($base);
try {
	ci_test_gateway('onchainpay', "$base/_s/fail503x1", ['retries' => 2])->createInvoice(['amount' => '10', 'currency' => 'USD']);
} catch (CryptoInvoice\ApiException $e) {
	ci_test_describe($e);
}
echo count(ci_emulator_log($base)), " attempt\n";

/* Retries that all fail say how many attempts ran. */
ci_emulator_reset($base);
try {
	ci_test_gateway('onchainpay', "$base/_s/fail502x5", ['retries' => 2])->createInvoice($params);
} catch (CryptoInvoice\ApiException $e) {
	ci_test_describe($e);
}
$log = ci_emulator_log($base);
echo count($log), " attempts, ", count(array_unique(array_map(fn ($r) => json_decode($r['body'], true)['nonce'], $log))), " nonces\n";
?>
--EXPECT--
2 attempts
#1 /api-gateway/make-invoice {"amount":"10","currency":"USD","externalId":"retry-1","nonce":"<nonce>"} externalId=retry-1 signed=true
#2 /api-gateway/make-invoice {"amount":"10","currency":"USD","externalId":"retry-1","nonce":"<nonce>"} externalId=retry-1 signed=true
bool(true)
bool(true)
enum(CryptoInvoice\Status::Created)
string(7) "retry-1"
CryptoInvoice\ApiException: OnChainPay failed on its side (HTTP 503): ServiceUnavailable: Service unavailable; the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
  provider=onchainpay http=503 errors={"name":"ServiceUnavailable","message":"Service unavailable","code":503}
1 attempt
CryptoInvoice\ApiException: OnChainPay failed on its side (HTTP 502): BadGateway: Bad gateway; the invoice may have been made all the same: findInvoice() by its order id before creating it again (3 attempts)
  provider=onchainpay http=502 errors={"name":"BadGateway","message":"Bad gateway","code":502}
3 attempts, 3 nonces
