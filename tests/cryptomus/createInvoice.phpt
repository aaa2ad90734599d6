--TEST--
Cryptomus: createInvoice signs the exact body bytes and maps the answer onto Invoice
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';

$base = ci_emulator_start();
$g = ci_test_gateway('cryptomus', $base);
$inv = $g->createInvoice(['amount' => '15.00', 'currency' => 'USD', 'order_id' => 'order-1']);

$req = ci_test_last_request($base);
echo $req['method'], ' ', $req['path'], "\n";
echo $req['body'], "\n";
echo 'merchant: ', $req['headers']['merchant'], "\n";
var_dump($req['headers']['sign'] === md5(base64_encode($req['body']) . CI_TEST_CRYPTOMUS_KEY));
echo $req['headers']['content-type'], "\n";
var_dump(str_starts_with($req['headers']['user-agent'], 'cryptoinvoice/' . CryptoInvoice\VERSION . ' PHP/' . PHP_VERSION . ' libcurl/'));

var_dump($inv->provider, $inv->orderId, $inv->status, $inv->providerStatus, $inv->isFinal, $inv->amount,
	$inv->currency, $inv->address, $inv->payAmount, $inv->payCurrency, $inv->network, $inv->paymentOptions, $inv->testMode);
var_dump(preg_match('/^[0-9a-f-]{36}$/', $inv->id) === 1, $inv->url === "https://pay.cryptomus.com/pay/{$inv->id}");
/* created_at comes in +03:00 and becomes UTC; expired_at is a Unix time */
var_dump($inv->createdAt->getTimezone()->getName(), $inv->expiresAt->getTimezone()->getName());
var_dump(abs($inv->createdAt->getTimestamp() - $req['time']) < 60, abs($inv->expiresAt->getTimestamp() - $req['time'] - 3600) < 60);
var_dump($inv->raw['uuid'] === $inv->id, $inv->raw['created_at'] !== $inv->createdAt->format(DATE_ATOM));

/* Same order_id: Cryptomus returns the existing invoice. */
$again = $g->createInvoice(['amount' => '15.00', 'currency' => 'USD', 'order_id' => 'order-1']);
var_dump($again->id === $inv->id);

/* A crypto invoice with a network has a fixed address: it is the one payment option. */
$btc = $g->createInvoice(['amount' => '20', 'currency' => 'USDT', 'order_id' => 'order-2', 'network' => 'tron']);
var_dump($btc->network, $btc->payCurrency, $btc->payAmount, is_string($btc->address), $btc->paymentOptions[0]['currency'], $btc->paymentOptions[0]['address'] === $btc->address);
?>
--EXPECTF--
POST /v1/payment
{"amount":"15.00","currency":"USD","order_id":"order-1"}
merchant: 8b03432e-385b-4670-8d06-064591096795
bool(true)
application/json
bool(true)
string(9) "cryptomus"
string(7) "order-1"
enum(CryptoInvoice\Status::Created)
string(5) "check"
bool(false)
string(5) "15.00"
string(3) "USD"
NULL
NULL
NULL
NULL
array(0) {
}
bool(false)
bool(true)
bool(true)
string(3) "UTC"
string(3) "UTC"
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
string(4) "tron"
string(4) "USDT"
string(2) "20"
bool(true)
string(4) "USDT"
bool(true)
