<?php
// Against the emulator that `bash scripts/emulator.sh` started, with its test credentials.
$gateway = new CryptoInvoice\Cryptomus('8b03432e-385b-4670-8d06-064591096795', 'cm_test_key_9f3b2aSECRET', [
    'base_url' => getenv('CRYPTOINVOICE_BASE_URL') ?: 'http://127.0.0.1:8099',   // omit for the real API
]);

$invoice = $gateway->createInvoice([
    'amount'       => '15.00',          // decimal string, int or float; never rounded through a float
    'currency'     => 'USD',
    'order_id'     => 'order-1042',
    'expires_in'   => 3600,             // seconds
    'callback_url' => 'https://shop.example/webhooks/crypto',
    'return_url'   => 'https://shop.example/cart',
]);
echo $invoice->status->value, ' ', $invoice->amount, ' ', $invoice->currency, "\n";
echo $invoice->url, "\n";               // send the customer here: header('Location: ' . $invoice->url)

echo $gateway->getInvoice($invoice->id)->status->value, "\n";   // later: the invoice's state now
