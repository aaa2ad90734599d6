--TEST--
OnChainPay: createInvoice signs the exact body bytes (with a nonce) and maps the answer onto Invoice
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';

$base = ci_emulator_start();
$g = ci_test_gateway('onchainpay', $base);
$inv = $g->createInvoice(['amount' => '15.00', 'currency' => 'USD', 'order_id' => 'Order #1', 'expires_in' => 3600]);

$req = ci_test_last_request($base);
echo $req['method'], ' ', $req['path'], "\n";
/* The nonce varies: it is checked for shape, then shown as <nonce>. */
var_dump(preg_match('/"nonce":"(\d{20,})"}$/', $req['body'], $m) === 1);
echo str_replace($m[1], '<nonce>', $req['body']), "\n";
echo 'x-api-public-key: ', $req['headers']['x-api-public-key'], "\n";
var_dump($req['headers']['x-api-signature'] === hash_hmac('sha256', $req['body'], CI_TEST_ONCHAINPAY_PRIVATE));
echo $req['headers']['content-type'], "\n";
var_dump(str_starts_with($req['headers']['user-agent'], 'cryptoinvoice/' . CryptoInvoice\VERSION . ' PHP/' . PHP_VERSION . ' libcurl/'));
/* The private key travels only as the signature's key, never in the request. */
var_dump(str_contains(json_encode($req), CI_TEST_ONCHAINPAY_PRIVATE));

var_dump($inv->provider, $inv->orderId, $inv->status, $inv->providerStatus, $inv->isFinal, $inv->amount,
	$inv->currency, $inv->address, $inv->payAmount, $inv->payCurrency, $inv->network, $inv->paymentOptions, $inv->testMode);
var_dump(preg_match('/^[0-9a-f-]{36}$/', $inv->id) === 1, $inv->url === "https://invoices.domain/{$inv->id}");
/* orderId is the shop's order ("order"), not OnChainPay's own payment order ("orderId"). */
var_dump($inv->orderId !== $inv->raw['orderId']);
/* ISO times with Z and milliseconds, in UTC; lifetime 60 minutes from expires_in 3600. */
var_dump($inv->createdAt->getTimezone()->getName(), $inv->expiresAt->getTimezone()->getName());
var_dump($inv->createdAt->format('Y-m-d\TH:i:s.v\Z') === $inv->raw['createdAt'], $inv->expiresAt->format('Y-m-d\TH:i:s.v\Z') === $inv->raw['expiresAt']);
var_dump($inv->expiresAt->getTimestamp() - $inv->createdAt->getTimestamp(), abs($inv->createdAt->getTimestamp() - $req['time']) < 60);
var_dump($inv->raw['id'] === $inv->id, $inv->toArray()['status'], $inv->toArray()['createdAt'] === $inv->createdAt->format(DATE_ATOM));

/* externalId deduplicates: the same key returns the same invoice. */
$a = $g->createInvoice(['amount' => '5', 'currency' => 'USDT', 'idempotency_key' => 'ext-1']);
$b = $g->createInvoice(['amount' => '5', 'currency' => 'USDT', 'idempotency_key' => 'ext-1']);
var_dump($a->id === $b->id, $a->id !== $inv->id, $a->orderId, $a->raw['externalId']);
echo "requests sent: ", count(ci_emulator_log($base)), "\n";
?>
--EXPECT--
POST /api-gateway/make-invoice
bool(true)
{"amount":"15.00","currency":"USD","order":"Order #1","lifetime":60,"nonce":"<nonce>"}
x-api-public-key: ocp_pub_test_1
bool(true)
application/json
bool(true)
bool(false)
string(10) "onchainpay"
string(8) "Order #1"
enum(CryptoInvoice\Status::Created)
string(4) "INIT"
bool(false)
string(5) "15.00"
string(3) "USD"
NULL
NULL
NULL
NULL
array(2) {
  [0]=>
  array(4) {
    ["currency"]=>
    string(4) "USDT"
    ["network"]=>
    string(4) "tron"
    ["address"]=>
    NULL
    ["amount"]=>
    string(6) "15.075"
  }
  [1]=>
  array(4) {
    ["currency"]=>
    string(4) "USDT"
    ["network"]=>
    string(8) "ethereum"
    ["address"]=>
    NULL
    ["amount"]=>
    string(6) "15.375"
  }
}
bool(false)
bool(true)
bool(true)
bool(true)
string(3) "UTC"
string(3) "UTC"
bool(true)
bool(true)
int(3600)
bool(true)
bool(true)
string(7) "created"
bool(true)
bool(true)
bool(true)
NULL
string(5) "ext-1"
requests sent: 3
