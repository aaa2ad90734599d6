--TEST--
Heleket: createInvoice sends Cryptomus's signed body to Heleket's path with Heleket's merchant and key, and maps the answer as a Heleket invoice
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
use CryptoInvoice\{Gateways, Heleket};

$base = ci_emulator_start();
$g = ci_test_gateway('heleket', $base);
var_dump(get_class($g), $g->getProvider());
$inv = $g->createInvoice(['amount' => '15.00', 'currency' => 'USD', 'order_id' => 'order-1']);

/* The emulator serves Heleket under /heleket: a wrong base URL never reaches it. */
$req = ci_test_last_request($base);
echo $req['method'], ' ', $req['path'], "\n";
echo $req['body'], "\n";
echo 'merchant: ', $req['headers']['merchant'], "\n";
var_dump($req['headers']['sign'] === md5(base64_encode($req['body']) . CI_TEST_HELEKET_KEY));
echo $req['headers']['content-type'], "\n";

var_dump($inv->provider, $inv->orderId, $inv->status, $inv->providerStatus, $inv->isFinal, $inv->amount, $inv->currency);
var_dump(preg_match('/^[0-9a-f-]{36}$/', $inv->id) === 1, $inv->url === "https://pay.heleket.com/pay/{$inv->id}");
/* created_at comes in +03:00 and becomes UTC; expired_at is a Unix time */
var_dump($inv->createdAt->getTimezone()->getName(), $inv->expiresAt->getTimezone()->getName());
var_dump(abs($inv->createdAt->getTimestamp() - $req['time']) < 60, abs($inv->expiresAt->getTimestamp() - $req['time'] - 3600) < 60);
var_dump($inv->raw['uuid'] === $inv->id);

/* Same order_id: Heleket returns the existing invoice. */
$again = $g->createInvoice(['amount' => '15.00', 'currency' => 'USD', 'order_id' => 'order-1']);
var_dump($again->id === $inv->id);

/* A network gives a fixed address: the one payment option. */
$usdt = $g->createInvoice(['amount' => '20', 'currency' => 'USDT', 'order_id' => 'order-2', 'network' => 'tron']);
var_dump($usdt->provider, $usdt->network, $usdt->payCurrency, $usdt->paymentOptions[0]['address'] === $usdt->address);

/* Gateways::create() builds the same gateway by name. */
$viaFactory = Gateways::create('heleket', ['merchant_id' => CI_TEST_HELEKET_MERCHANT,
	'api_key' => CI_TEST_HELEKET_KEY, 'base_url' => "$base/heleket", 'retries' => 0]);
$f = $viaFactory->createInvoice(['amount' => '15.00', 'currency' => 'USD', 'order_id' => 'order-1']);
var_dump(get_class($viaFactory), $f->id === $inv->id, ci_test_last_request($base)['headers']['merchant'] === CI_TEST_HELEKET_MERCHANT);

/* Production: Heleket's own host, never Cryptomus's. */
$prod = print_r(new Heleket(CI_TEST_HELEKET_MERCHANT, CI_TEST_HELEKET_KEY), true);
var_dump(str_contains($prod, '[base_url] => https://api.heleket.com'), str_contains($prod, CI_TEST_HELEKET_KEY));

/* Cryptomus's merchant and key at Heleket are refused, in Heleket's name, without the key. */
$before = count(ci_emulator_log($base));
try {
	(new Heleket(CI_TEST_CRYPTOMUS_MERCHANT, CI_TEST_CRYPTOMUS_KEY, ['base_url' => "$base/heleket", 'retries' => 0]))
		->createInvoice(['amount' => '15.00', 'currency' => 'USD', 'order_id' => 'order-3']);
	echo "accepted!\n";
} catch (CryptoInvoice\AuthenticationException $e) {
	ci_test_describe($e);
	var_dump(str_contains($e->getMessage(), CI_TEST_CRYPTOMUS_KEY), str_contains($e->getMessage(), 'Cryptomus'));
}
/* Heleket's merchant with a wrong key: refused too (the emulator checks the sign with Heleket's key). */
try {
	(new Heleket(CI_TEST_HELEKET_MERCHANT, 'wrong-key', ['base_url' => "$base/heleket", 'retries' => 0]))
		->createInvoice(['amount' => '15.00', 'currency' => 'USD', 'order_id' => 'order-3']);
	echo "accepted!\n";
} catch (CryptoInvoice\AuthenticationException $e) {
	ci_test_describe($e);
}
echo "requests refused: ", count(ci_emulator_log($base)) - $before, "\n";
?>
--EXPECT--
string(21) "CryptoInvoice\Heleket"
string(7) "heleket"
POST /heleket/v1/payment
{"amount":"15.00","currency":"USD","order_id":"order-1"}
merchant: c26b80a8-8b7a-4bd5-b3a9-1e3c2f0d9a41
bool(true)
application/json
string(7) "heleket"
string(7) "order-1"
enum(CryptoInvoice\Status::Created)
string(5) "check"
bool(false)
string(5) "15.00"
string(3) "USD"
bool(true)
bool(true)
string(3) "UTC"
string(3) "UTC"
bool(true)
bool(true)
bool(true)
bool(true)
string(7) "heleket"
string(4) "tron"
string(4) "USDT"
bool(true)
string(21) "CryptoInvoice\Heleket"
bool(true)
bool(true)
bool(true)
bool(false)
CryptoInvoice\AuthenticationException: Heleket rejected the credentials (HTTP 401): Unauthorized (1 attempt)
  provider=heleket http=401 errors=[]
bool(false)
bool(false)
CryptoInvoice\AuthenticationException: Heleket rejected the credentials (HTTP 401): Unauthorized (1 attempt)
  provider=heleket http=401 errors=[]
requests refused: 2
