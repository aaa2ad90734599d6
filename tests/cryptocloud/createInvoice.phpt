--TEST--
CryptoCloud: createInvoice sends the exact body with the Token header and maps the answer onto Invoice
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';

$base = ci_emulator_start();
$g = ci_test_gateway('cryptocloud', $base);
$inv = $g->createInvoice(['amount' => '100.10', 'currency' => 'USD', 'order_id' => 'ORDER_93223']);

$req = ci_test_last_request($base);
echo $req['method'], ' ', $req['path'], "\n";
/* shop_id from the constructor, first; amount a JSON number written from the text "100.10" */
echo $req['body'], "\n";
var_dump($req['headers']['authorization'] === 'Token ' . CI_TEST_CRYPTOCLOUD_KEY);
echo $req['headers']['content-type'], "\n";
var_dump(str_starts_with($req['headers']['user-agent'], 'cryptoinvoice/' . CryptoInvoice\VERSION . ' PHP/' . PHP_VERSION . ' libcurl/'));

var_dump($inv->provider, $inv->orderId, $inv->status, $inv->providerStatus, $inv->isFinal, $inv->amount,
	$inv->currency, $inv->address, $inv->payAmount, $inv->payCurrency, $inv->network, $inv->paymentOptions, $inv->testMode);
var_dump(preg_match('/^INV-[A-Z0-9]{8}$/', $inv->id) === 1, $inv->url === 'https://pay.cryptocloud.plus/' . substr($inv->id, 4));
/* created / expiry_date are "YYYY-MM-DD HH:MI:SS.FFFFFF" in UTC; the default lifetime is 24 hours */
var_dump($inv->createdAt->getTimezone()->getName(), $inv->expiresAt->getTimezone()->getName());
var_dump($inv->createdAt->format('Y-m-d H:i:s.u') === $inv->raw['created'], $inv->expiresAt->format('Y-m-d H:i:s.u') === $inv->raw['expiry_date']);
var_dump(abs($inv->createdAt->getTimestamp() - $req['time']) < 60, $inv->expiresAt->getTimestamp() - $inv->createdAt->getTimestamp());
var_dump($inv->raw['uuid'] === $inv->id, $inv->raw['link'], $inv->raw['amount_in_fiat']);
echo json_encode($inv->toArray()['createdAt']), "\n";

/* A chosen coin fixes the address: it is the one payment option, in the coin and its network. */
$eth = $g->createInvoice(['amount' => 300, 'currency' => 'EUR', 'pay_currency' => 'USDT_TRC20', 'expires_in' => 5400]);
echo ci_test_last_request($base)['body'], "\n";
var_dump($eth->orderId, $eth->amount, $eth->currency, $eth->payCurrency, $eth->network, $eth->payAmount);
var_dump(preg_match('/^T[1-9A-HJ-NP-Za-km-z]{33}$/', $eth->address) === 1);
var_dump($eth->paymentOptions === [['currency' => 'USDT', 'network' => 'TRC20', 'address' => $eth->address, 'amount' => $eth->payAmount]]);
var_dump($eth->expiresAt->getTimestamp() - $eth->createdAt->getTimestamp());
echo "requests sent: ", count(ci_emulator_log($base)), "\n";
?>
--EXPECTF--
POST /v2/invoice/create
{"shop_id":"NGpD44KXRdQ","amount":100.10,"currency":"USD","order_id":"ORDER_93223"}
bool(true)
application/json
bool(true)
string(11) "cryptocloud"
string(11) "ORDER_93223"
enum(CryptoInvoice\Status::Created)
string(7) "created"
bool(false)
string(5) "100.1"
string(3) "USD"
NULL
string(8) "0.033367"
string(3) "ETH"
string(5) "ERC20"
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
int(86400)
bool(true)
string(%d) "pay.cryptocloud.plus/%s"
float(100.1)
"%d-%d-%dT%d:%d:%d+00:00"
{"shop_id":"NGpD44KXRdQ","amount":300,"currency":"EUR","add_fields":{"cryptocurrency":"USDT_TRC20","time_to_pay":{"hours":1,"minutes":30}}}
NULL
string(3) "300"
string(3) "EUR"
string(4) "USDT"
string(5) "TRC20"
string(3) "324"
bool(true)
bool(true)
int(5400)
requests sent: 2
