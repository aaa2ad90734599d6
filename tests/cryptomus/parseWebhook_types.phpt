--TEST--
Cryptomus: only a genuine callback of type payment is an invoice; wallet, payout and other types are a WebhookException naming the type
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
use CryptoInvoice\WebhookException;

$g = new CryptoInvoice\Cryptomus(CI_TEST_CRYPTOMUS_MERCHANT, CI_TEST_CRYPTOMUS_KEY);

function signed(array $data, string $key = CI_TEST_CRYPTOMUS_KEY): string {
	$data['sign'] = md5(base64_encode(json_encode($data, JSON_UNESCAPED_UNICODE)) . $key);
	return json_encode($data, JSON_UNESCAPED_UNICODE);
}
/* A static-wallet deposit: the docs' fields, with the shop's own id of the user in order_id. */
$callback = [
	'uuid' => '2c3b7a8e-0f43-4d55-9a2b-6f1f4e2e8a11',
	'order_id' => 'user-42',
	'amount' => '10.00000000',
	'payment_amount' => '10.00000000',
	'payment_amount_usd' => '10.00',
	'merchant_amount' => '9.80000000',
	'commission' => '0.20000000',
	'is_final' => true,
	'status' => 'paid',
	'from' => 'TXYZ',
	'wallet_address_uuid' => '8e2f0a8c-9d0b-4f7e-a1d9-5f3b2f6c1a77',
	'network' => 'tron',
	'currency' => 'USDT',
	'payer_currency' => 'USDT',
	'additional_data' => null,
	'txid' => 'abc',
];
$try = function (string $name, string $body) use ($g) {
	try {
		$inv = $g->parseWebhook($body);
		printf("%s: Invoice %s %s\n", $name, $inv->orderId, $inv->status->name);
	} catch (WebhookException $e) {
		printf("%s: %s (code %d)\n", $name, $e->getMessage(), $e->getCode());
	}
};
$try('payment', signed(['type' => 'payment'] + $callback));
$try('wallet', signed(['type' => 'wallet'] + $callback));
$try('payout', signed(['type' => 'payout'] + $callback));
$try('wallet, type last', signed($callback + ['type' => 'wallet']));
$try('Payment (case)', signed(['type' => 'Payment'] + $callback));
$try('unknown word', signed(['type' => 'refund'] + $callback));
$try('odd text', signed(['type' => "pay\nment <b>"] + $callback));
$try('long text', signed(['type' => str_repeat('w', 500)] + $callback));
$try('type not a string', signed(['type' => 1] + $callback));
$try('type null', signed(['type' => null] + $callback));
$try('type true', signed(['type' => true] + $callback));
$try('type a list', signed(['type' => ['payment']] + $callback));
$try('no type', signed($callback));
/* Not genuine: the signature is judged first, whatever the type says. */
$try('forged wallet', signed(['type' => 'wallet'] + $callback, 'not-the-key'));
$try('forged payment', signed(['type' => 'payment'] + $callback, 'not-the-key'));
?>
--EXPECT--
payment: Invoice user-42 Paid
wallet: Cryptomus webhook is genuine but not about an invoice: its type is "wallet" (only type "payment" is an invoice) (code 1)
payout: Cryptomus webhook is genuine but not about an invoice: its type is "payout" (only type "payment" is an invoice) (code 1)
wallet, type last: Cryptomus webhook is genuine but not about an invoice: its type is "wallet" (only type "payment" is an invoice) (code 1)
Payment (case): Cryptomus webhook is genuine but not about an invoice: its type is "Payment" (only type "payment" is an invoice) (code 1)
unknown word: Cryptomus webhook is genuine but not about an invoice: its type is "refund" (only type "payment" is an invoice) (code 1)
odd text: Cryptomus webhook is genuine but not about an invoice: its type is an unexpected text of 12 bytes (only type "payment" is an invoice) (code 1)
long text: Cryptomus webhook is genuine but not about an invoice: its type is an unexpected text of 500 bytes (only type "payment" is an invoice) (code 1)
type not a string: Cryptomus webhook is genuine but not about an invoice: its type is a number (only type "payment" is an invoice) (code 1)
type null: Cryptomus webhook is genuine but not about an invoice: its type is null (only type "payment" is an invoice) (code 1)
type true: Cryptomus webhook is genuine but not about an invoice: its type is a boolean (only type "payment" is an invoice) (code 1)
type a list: Cryptomus webhook is genuine but not about an invoice: its type is an array or object (only type "payment" is an invoice) (code 1)
no type: Cryptomus webhook is genuine but not about an invoice: it has no type field (only type "payment" is an invoice) (code 1)
forged wallet: Cryptomus webhook signature check failed: the body was not signed with this merchant's API key or was changed (code 0)
forged payment: Cryptomus webhook signature check failed: the body was not signed with this merchant's API key or was changed (code 0)
