<?php

namespace App\Http\Controllers;

use App\Models\Order;
use CryptoInvoice\ApiException;
use CryptoInvoice\Exception as CryptoInvoiceException;
use CryptoInvoice\Gateway;
use CryptoInvoice\InvalidArgumentException;
use CryptoInvoice\RateLimitException;
use CryptoInvoice\TransportException;
use Illuminate\Http\RedirectResponse;
use Illuminate\Support\Facades\Log;

/**
 * POST /checkout/{order}: creates the crypto invoice for an order and sends the customer to
 * the provider's payment page.
 *
 * Assumes the app's App\Models\Order has `total` (cast 'decimal:2'), `currency` (ISO code) and
 * `status` ('pending' until paid); adapt the four lines that read them.
 */
final class CheckoutController
{
    public function __invoke(Order $order, Gateway $gateway): RedirectResponse
    {
        // Your authorization goes here, e.g. $this->authorize('pay', $order) in a controller
        // that extends the app's base Controller.
        if ($order->status !== 'pending') {
            return redirect()->back()->withErrors(['payment' => 'This order is not awaiting payment.']);
        }

        try {
            $invoice = $gateway->createInvoice([
                /* a decimal string (or int/float): the extension never rounds money through a float */
                'amount' => $order->total,
                'currency' => $order->currency,
                /* Cryptomus answers a repeated order_id with the invoice it already made, so a
                 * double click or a retry cannot invoice the order twice. */
                'order_id' => (string) $order->getKey(),
                'callback_url' => route('crypto.webhook'),
                'return_url' => url("/orders/{$order->getKey()}"),
            ]);
        } catch (CryptoInvoiceException $e) {
            /* Worth retrying: the network (TransportException), a rate limit, the provider's own
             * 5xx. Not: our parameters or config (InvalidArgumentException, whose getErrors()
             * names each problem) or the provider refusing them (ApiException): a bug to fix. */
            $temporary = $e instanceof TransportException || $e instanceof RateLimitException
                || ($e instanceof ApiException && $e->getHttpStatus() >= 500);
            Log::log($temporary ? 'warning' : 'error', 'Crypto invoice not created: '.$e->getMessage(), [
                'order' => $order->getKey(),
                'errors' => $e instanceof InvalidArgumentException || $e instanceof ApiException ? $e->getErrors() : [],
            ]);

            return redirect()->back()->withErrors(['payment' => $temporary
                ? 'The payment provider could not be reached. Please try again in a minute.'
                : 'Crypto payment is not available for this order. Please choose another payment method.']);
        }

        return redirect()->away($invoice->url);
    }
}
