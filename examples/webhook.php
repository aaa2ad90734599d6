<?php
/*
 * The provider's payment callback in plain PHP: the README's webhook example, runnable.
 *
 *   php -n -d extension=modules/cryptoinvoice.so -S 127.0.0.1:8000 examples/webhook.php
 *
 * Answers 200 when handled, and to a genuine callback that is not about an invoice (a Cryptomus
 * static-wallet deposit or payout: nothing is fulfilled); 400 to a refused callback (forged,
 * tampered, expired, malformed, or naming an invoice the provider does not know); 503 when a
 * confirming lookup failed (the provider resends later); 500 when this endpoint cannot verify
 * anything because of its own configuration (CryptoCloud without its secret_key, or with the API
 * key in its place). Tested by tests/examples/webhook.phpt.
 *
 * The gateway is configured from the environment, with the names examples/cli.php uses:
 * CRYPTOINVOICE_PROVIDER (default cryptomus), CRYPTOINVOICE_BASE_URL (default: the provider's
 * API) and the provider's credentials (CRYPTOMUS_MERCHANT_ID, CRYPTOMUS_API_KEY, ...,
 * CRYPTOCLOUD_SECRET_KEY for CryptoCloud's postbacks). `bash scripts/emulator.sh` prints a set.
 */

const CREDENTIAL_ENV = [
    'cryptomus' => ['merchant_id' => 'CRYPTOMUS_MERCHANT_ID', 'api_key' => 'CRYPTOMUS_API_KEY'],
    'cryptocloud' => ['shop_id' => 'CRYPTOCLOUD_SHOP_ID', 'api_key' => 'CRYPTOCLOUD_API_KEY',
        'secret_key' => 'CRYPTOCLOUD_SECRET_KEY'],
    'onchainpay' => ['public_key' => 'ONCHAINPAY_PUBLIC_KEY', 'private_key' => 'ONCHAINPAY_PRIVATE_KEY'],
    'bitsby' => ['project_id' => 'BITSBY_PROJECT_ID', 'api_token' => 'BITSBY_API_TOKEN'],
    'heleket' => ['merchant_id' => 'HELEKET_MERCHANT_ID', 'api_key' => 'HELEKET_API_KEY'],
];

$provider = strtolower(getenv('CRYPTOINVOICE_PROVIDER') ?: 'cryptomus');
$config = [];
foreach (CREDENTIAL_ENV[$provider] ?? [] as $key => $var) {
    if (($value = getenv($var)) !== false && $value !== '') {
        $config[$key] = $value;
    }
}
if (($baseUrl = getenv('CRYPTOINVOICE_BASE_URL')) !== false && $baseUrl !== '') {
    $config['base_url'] = $baseUrl;
}
/* A provider name or a credential that is missing or wrong is this endpoint's own setup mistake:
 * answer 500 (the provider retries later), never the 200 an uncaught error would give under php -S. */
try {
    $gateway = CryptoInvoice\Gateways::create($provider, $config);
} catch (CryptoInvoice\InvalidArgumentException $e) {
    error_log('crypto webhook: this endpoint is not configured: ' . $e->getMessage());
    http_response_code(500);
    exit;
}

/** Your shop's fulfilment; here a line in the log. Make it idempotent: see the README. */
function fulfil_once(string $provider, string $invoiceId, CryptoInvoice\Invoice $invoice): void
{
    error_log("fulfil $provider $invoiceId {$invoice->status->value} $invoice->amount $invoice->currency");
}

/* The README's example, verbatim from here on ($gateway built as at checkout). */
// webhook.php: the URL the provider posts callbacks to.
try {
    $invoice = $gateway->parseWebhook(file_get_contents('php://input'), getallheaders());
} catch (CryptoInvoice\WebhookException $e) {
    switch ($e->getCode()) {
        case CryptoInvoice\WebhookException::NOT_AN_INVOICE:
            // Genuine, but not about an invoice (a Cryptomus wallet deposit or payout): nothing to ship.
            http_response_code(200);
            exit;
        case CryptoInvoice\WebhookException::CONFIGURATION:
            // A setup mistake, not an attack (CryptoCloud without its secret_key): alert someone.
            error_log('CRYPTO WEBHOOK MISCONFIGURED: ' . $e->getMessage());
            http_response_code(500);   // not 400: the callback is not at fault, the provider resends
            exit;
        default: // WebhookException::REFUSED
            error_log('crypto webhook refused: ' . $e->getMessage());
            http_response_code(400);   // forged, tampered, expired, malformed, or an unknown invoice
            exit;
    }
} catch (CryptoInvoice\Exception $e) {
    error_log('crypto webhook not confirmed: ' . $e->getMessage());
    http_response_code(503);   // the confirming lookup failed: let the provider resend
    exit;
}
// Paid or Overpaid: ship. Expired and Canceled are final too, with nothing to ship.
if (in_array($invoice->status, [CryptoInvoice\Status::Paid, CryptoInvoice\Status::Overpaid], true)) {
    fulfil_once($invoice->provider, $invoice->id, $invoice);   // idempotent on the invoice id!
}
http_response_code(200);
