--TEST--
Cryptomus: parseWebhook verifies sign over PHP's own re-encoding of the body and builds the Invoice from it
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
use CryptoInvoice\WebhookException;

$g = new CryptoInvoice\Cryptomus(CI_TEST_CRYPTOMUS_MERCHANT, CI_TEST_CRYPTOMUS_KEY);

/* Signed the way Cryptomus signs: md5(base64(json_encode($data, JSON_UNESCAPED_UNICODE)) . key). */
function signed(array $data, string $key = CI_TEST_CRYPTOMUS_KEY): array {
	$data['sign'] = md5(base64_encode(json_encode($data, JSON_UNESCAPED_UNICODE)) . $key);
	return $data;
}
$data = [
	'type' => 'payment',
	'uuid' => '62f88b36-a9d5-4fa6-aa26-e040c3dbf26d',
	'order_id' => 'order-9',
	'amount' => '3.00000000',
	'payment_amount' => '3.00000000',
	'payment_amount_usd' => '0.23',
	'merchant_amount' => '2.94000000',
	'commission' => '0.06000000',
	'is_final' => true,
	'status' => 'paid',
	'from' => 'THgEWubVc8tPKXLJ4VZ5zbiiAK7AgqSeGH',
	'wallet_address_uuid' => null,
	'network' => 'tron',
	'currency' => 'TRX',
	'payer_currency' => 'TRX',
	'additional_data' => 'https://shop.example/orders/9?x=1 — Café ☕',
	'convert' => ['to_currency' => 'USDT', 'commission' => null, 'rate' => 0.0766, 'amount' => '0.22'],
	'txid' => '6f0d9c8374db57cac0d806251473de754f361c83a03cd805f74aa9da3193486b',
	'ratio' => 1.5e-7,
	'float_whole' => 10.0,
];
$body = json_encode(signed($data), JSON_UNESCAPED_UNICODE); /* as sent, with escaped slashes */
$inv = $g->parseWebhook($body);
var_dump($inv->id, $inv->orderId, $inv->status, $inv->isFinal, $inv->amount, $inv->currency, $inv->network, $inv->payCurrency);
var_dump($inv->raw['convert']['rate'], $inv->raw['sign'] === signed($data)['sign']);

/* Slashes unescaped on the wire (a proxy re-encoded it): PHP re-encoding still escapes them, so it verifies. */
var_dump($g->parseWebhook(json_encode(signed($data), JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES))->id === $data['uuid']);
/* Non-ASCII escaped on the wire: still the same data. */
var_dump($g->parseWebhook(json_encode(signed($data)))->id === $data['uuid']);

$cases = [
	'tampered amount' => json_encode(['amount' => '300.00000000'] + signed($data), JSON_UNESCAPED_UNICODE),
	'tampered status' => str_replace('"paid"', '"paid_over"', $body),
	'wrong key' => json_encode(signed($data, 'another-merchant-key'), JSON_UNESCAPED_UNICODE),
	'unsigned' => json_encode($data),
	'sign not a string' => json_encode(['sign' => 12345] + $data),
	'empty sign' => json_encode(['sign' => ''] + $data),
	'not JSON' => 'uuid=1&sign=2',
	'JSON list' => '[1,2,3]',
	'empty' => '',
	'truncated' => substr($body, 0, 40),
	'signed but no uuid' => json_encode(signed(['type' => 'payment', 'status' => 'paid', 'amount' => '1', 'currency' => 'USD'])),
];
foreach ($cases as $name => $b) {
	try {
		$g->parseWebhook($b);
		echo "$name: accepted!\n";
	} catch (WebhookException $e) {
		echo "$name: ", $e->getMessage(), "\n";
		if (str_contains($e->getMessage(), CI_TEST_CRYPTOMUS_KEY)) {
			echo "LEAK\n";
		}
	}
}
?>
--EXPECT--
string(36) "62f88b36-a9d5-4fa6-aa26-e040c3dbf26d"
string(7) "order-9"
enum(CryptoInvoice\Status::Paid)
bool(true)
string(10) "3.00000000"
string(3) "TRX"
string(4) "tron"
string(3) "TRX"
float(0.0766)
bool(true)
bool(true)
bool(true)
tampered amount: Cryptomus webhook signature check failed: the body was not signed with this merchant's API key or was changed
tampered status: Cryptomus webhook signature check failed: the body was not signed with this merchant's API key or was changed
wrong key: Cryptomus webhook signature check failed: the body was not signed with this merchant's API key or was changed
unsigned: Cryptomus webhook is not signed: it has no "sign" field
sign not a string: Cryptomus webhook is not signed: it has no "sign" field
empty sign: Cryptomus webhook signature check failed: the body was not signed with this merchant's API key or was changed
not JSON: Cryptomus webhook is malformed: the body is not a JSON object
JSON list: Cryptomus webhook is malformed: the body is not a JSON object
empty: Cryptomus webhook is malformed: the body is not a JSON object
truncated: Cryptomus webhook is malformed: the body is not a JSON object
signed but no uuid: Cryptomus webhook is malformed: Cryptomus sent an invoice without uuid
