--TEST--
Heleket: a callback signed with Heleket's key is genuine and a Heleket invoice; Cryptomus's key, tampering, other types and malformed bodies are refused in Heleket's name
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
use CryptoInvoice\WebhookException;

$g = new CryptoInvoice\Heleket(CI_TEST_HELEKET_MERCHANT, CI_TEST_HELEKET_KEY);

/* Signed the way Heleket (as Cryptomus) signs: md5(base64(json_encode($data, JSON_UNESCAPED_UNICODE)) . key). */
function signed(array $data, string $key = CI_TEST_HELEKET_KEY): string {
	$data['sign'] = md5(base64_encode(json_encode($data, JSON_UNESCAPED_UNICODE)) . $key);
	return json_encode($data, JSON_UNESCAPED_UNICODE);
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
];
$body = signed($data);
$inv = $g->parseWebhook($body);
var_dump($inv->provider, $inv->id, $inv->orderId, $inv->status, $inv->isFinal, $inv->amount, $inv->currency, $inv->network);
var_dump($inv->raw['convert']['rate'], json_decode($body, true)['sign'] === $inv->raw['sign']);

/* The same body is no callback of Cryptomus's merchant, and Cryptomus's callback is none of Heleket's. */
$cryptomus = new CryptoInvoice\Cryptomus(CI_TEST_CRYPTOMUS_MERCHANT, CI_TEST_CRYPTOMUS_KEY);
var_dump($cryptomus->parseWebhook(signed($data, CI_TEST_CRYPTOMUS_KEY))->provider);

$cases = [
	'signed with the Cryptomus key' => signed($data, CI_TEST_CRYPTOMUS_KEY),
	'tampered amount' => json_encode(['amount' => '300.00000000'] + json_decode($body, true), JSON_UNESCAPED_UNICODE),
	'tampered status' => str_replace('"paid"', '"paid_over"', $body),
	'unsigned' => json_encode($data),
	'wallet' => signed(['type' => 'wallet'] + $data),
	'payout' => signed(['type' => 'payout'] + $data),
	'no type' => signed(array_diff_key($data, ['type' => 1])),
	'forged wallet' => signed(['type' => 'wallet'] + $data, CI_TEST_CRYPTOMUS_KEY),
	'not JSON' => 'uuid=1&sign=2',
	'JSON list' => '[1,2,3]',
	'empty' => '',
	'signed but no uuid' => signed(['type' => 'payment', 'status' => 'paid', 'amount' => '1', 'currency' => 'USD']),
];
foreach ($cases as $name => $b) {
	try {
		$g->parseWebhook($b);
		echo "$name: accepted!\n";
	} catch (WebhookException $e) {
		echo "$name: ", $e->getMessage(), " (code ", $e->getCode(), ")\n";
		if (str_contains($e->getMessage(), CI_TEST_HELEKET_KEY) || str_contains($e->getMessage(), CI_TEST_CRYPTOMUS_KEY)) {
			echo "LEAK\n";
		}
	}
}
/* Cryptomus's gateway refuses Heleket's callback in its own name. */
try {
	$cryptomus->parseWebhook($body);
} catch (WebhookException $e) {
	echo "at Cryptomus: ", $e->getMessage(), "\n";
}

/* Every status word by callback, as Cryptomus reads it. */
foreach (['check', 'process', 'confirm_check', 'locked', 'paid', 'paid_over', 'wrong_amount', 'wrong_amount_waiting',
		'cancel', 'fail', 'system_fail', 'refund_process', 'refund_fail', 'refund_paid'] as $w) {
	$one = ['status' => $w] + $data;
	unset($one['is_final']);
	$h = $g->parseWebhook(signed($one));
	$c = $cryptomus->parseWebhook(signed($one, CI_TEST_CRYPTOMUS_KEY));
	printf("%-20s %-14s final=%d %s\n", $w, $h->status->name, $h->isFinal,
		$h->status === $c->status && $h->isFinal === $c->isFinal ? 'as Cryptomus' : 'DIFFERS');
}
?>
--EXPECT--
string(7) "heleket"
string(36) "62f88b36-a9d5-4fa6-aa26-e040c3dbf26d"
string(7) "order-9"
enum(CryptoInvoice\Status::Paid)
bool(true)
string(10) "3.00000000"
string(3) "TRX"
string(4) "tron"
float(0.0766)
bool(true)
string(9) "cryptomus"
signed with the Cryptomus key: Heleket webhook signature check failed: the body was not signed with this merchant's API key or was changed (code 0)
tampered amount: Heleket webhook signature check failed: the body was not signed with this merchant's API key or was changed (code 0)
tampered status: Heleket webhook signature check failed: the body was not signed with this merchant's API key or was changed (code 0)
unsigned: Heleket webhook is not signed: it has no "sign" field (code 0)
wallet: Heleket webhook is genuine but not about an invoice: its type is "wallet" (only type "payment" is an invoice) (code 1)
payout: Heleket webhook is genuine but not about an invoice: its type is "payout" (only type "payment" is an invoice) (code 1)
no type: Heleket webhook is genuine but not about an invoice: it has no type field (only type "payment" is an invoice) (code 1)
forged wallet: Heleket webhook signature check failed: the body was not signed with this merchant's API key or was changed (code 0)
not JSON: Heleket webhook is malformed: the body is not a JSON object (code 0)
JSON list: Heleket webhook is malformed: the body is not a JSON object (code 0)
empty: Heleket webhook is malformed: the body is not a JSON object (code 0)
signed but no uuid: Heleket webhook is malformed: Heleket sent an invoice without uuid (code 0)
at Cryptomus: Cryptomus webhook signature check failed: the body was not signed with this merchant's API key or was changed
check                Created        final=0 as Cryptomus
process              Processing     final=0 as Cryptomus
confirm_check        Processing     final=0 as Cryptomus
locked               Processing     final=0 as Cryptomus
paid                 Paid           final=1 as Cryptomus
paid_over            Overpaid       final=1 as Cryptomus
wrong_amount         PartiallyPaid  final=0 as Cryptomus
wrong_amount_waiting PartiallyPaid  final=0 as Cryptomus
cancel               Canceled       final=1 as Cryptomus
fail                 Failed         final=1 as Cryptomus
system_fail          Failed         final=1 as Cryptomus
refund_process       Refunding      final=0 as Cryptomus
refund_fail          RefundFailed   final=1 as Cryptomus
refund_paid          Refunded       final=1 as Cryptomus
