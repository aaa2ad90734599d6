--TEST--
OnChainPay: parseWebhook believes only what a lookup of the named invoice says; forged and malformed callbacks are refused
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
use CryptoInvoice\WebhookException;

$base = ci_emulator_start();
$g = ci_test_gateway('onchainpay', $base);
$created = $g->createInvoice(['amount' => '15', 'currency' => 'USD', 'order_id' => 'o-9']);
$id = $created->id;
$try = function (string $body, ?CryptoInvoice\Gateway $gw = null) use ($g) {
	try {
		$inv = ($gw ?? $g)->parseWebhook($body);
		printf("%s %s %s %s\n", $inv->id, $inv->providerStatus, $inv->status->name, $inv->amount);
	} catch (CryptoInvoice\Exception $e) {
		echo get_class($e), ': ', $e->getMessage(), "\n";
	}
};
ob_start(fn ($s) => str_replace($id, '<id>', $s));

/* The body claims a paid, larger invoice; the emulator has it as INIT for 15 USD. */
echo "== tampered JSON\n";
$try(json_encode(['invoiceId' => $id, 'status' => 'PROCESSED', 'amount' => '1000', 'currency' => 'USD']));
echo "== tampered form\n";
$try(http_build_query(['invoiceId' => $id, 'status' => 'PROCESSED', 'amount' => '1000']));
echo "== id instead of invoiceId\n";
$try(json_encode(['id' => $id, 'status' => 'PROCESSED']));
$log = ci_emulator_log($base);
echo 'confirmed by: ', end($log)['path'], "\n";

/* Once OnChainPay has it as paid, the webhook says so. */
ci_emulator_set_status($base, 'onchainpay', $id, 'PROCESSED');
echo "== genuine\n";
$try("\n" . json_encode(['invoiceId' => $id, 'status' => 'PROCESSED']));

echo "== forged: unknown id\n";
$try(json_encode(['invoiceId' => '00000000-0000-4000-8000-000000000000', 'status' => 'PROCESSED']));
$try('invoiceId=00000000-0000-4000-8000-000000000000&status=PROCESSED');
echo "== missing id\n";
$try(json_encode(['status' => 'PROCESSED', 'amount' => '15']));
$try(json_encode(['invoiceId' => '', 'status' => 'PROCESSED']));
$try(json_encode(['invoiceId' => ['x'], 'status' => 'PROCESSED']));
echo "== bad id\n";
$try(json_encode(['invoiceId' => "a\nb"]));
echo "== malformed\n";
$try('');
$try('{"invoiceId": "' . $id . '"');
$try('[1,2,3]');
$try("invoiceId=\0");
$try('just some text');
echo "== lookup fails for another reason: its own class, not a forged webhook\n";
$try(json_encode(['invoiceId' => $id]), ci_test_gateway('onchainpay', "$base/_s/status500"));
?>
--EXPECT--
== tampered JSON
<id> INIT Created 15
== tampered form
<id> INIT Created 15
== id instead of invoiceId
<id> INIT Created 15
confirmed by: /api-gateway/get-invoice
== genuine
<id> PROCESSED Paid 15
== forged: unknown id
CryptoInvoice\WebhookException: OnChainPay webhook names invoice "00000000-0000-4000-8000-000000000000", which OnChainPay does not know: forged, or for another account
CryptoInvoice\WebhookException: OnChainPay webhook names invoice "00000000-0000-4000-8000-000000000000", which OnChainPay does not know: forged, or for another account
== missing id
CryptoInvoice\WebhookException: OnChainPay webhook is malformed: it names no invoice (no invoiceId field)
CryptoInvoice\WebhookException: OnChainPay webhook is malformed: it names no invoice (its invoiceId field is empty)
CryptoInvoice\WebhookException: OnChainPay webhook is malformed: it names no invoice (its invoiceId field is an array, not text)
== bad id
CryptoInvoice\WebhookException: OnChainPay webhook is malformed: its invoice id is not a valid id
== malformed
CryptoInvoice\WebhookException: OnChainPay webhook is malformed: the body is empty
CryptoInvoice\WebhookException: OnChainPay webhook is malformed: the body is not a JSON object
CryptoInvoice\WebhookException: OnChainPay webhook is malformed: the body is not a JSON object
CryptoInvoice\WebhookException: OnChainPay webhook is malformed: the body holds a NUL byte
CryptoInvoice\WebhookException: OnChainPay webhook is malformed: it names no invoice (no invoiceId field)
== lookup fails for another reason: its own class, not a forged webhook
CryptoInvoice\ApiException: OnChainPay failed on its side (HTTP 500): InternalError: Server error (1 attempt)
