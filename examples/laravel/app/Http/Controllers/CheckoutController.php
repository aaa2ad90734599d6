<?php

namespace App\Http\Controllers;

use App\Models\Order;
use CryptoInvoice\ApiException;
use CryptoInvoice\Exception as CryptoInvoiceException;
use CryptoInvoice\Gateway;
use CryptoInvoice\InvalidArgumentException;
use CryptoInvoice\Invoice;
use CryptoInvoice\RateLimitException;
use CryptoInvoice\Status;
use CryptoInvoice\TransportException;
use CryptoInvoice\UnexpectedResponseException;
use Illuminate\Http\RedirectResponse;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Log;

/**
 * The customer's side of a crypto order:
 *   POST /checkout/{order}       creates the invoice and sends the customer to the provider's page
 *   POST /orders/{order}/cancel  cancels an unpaid order and, where the provider can, its invoice
 *
 * Assumes the app's App\Models\Order has `total` (cast 'decimal:2'), `currency` (ISO code) and
 * `status` ('pending' until paid, 'paid', 'cancelled', 'refunded'); adapt the lines that read them.
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
            $invoice = self::createOrFind($gateway, [
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

        /* The shop's record of the invoice: what cancel, refund and the nightly reconciliation
         * work from. Ignored when Cryptomus handed back an invoice already recorded. */
        DB::table('crypto_payments')->insertOrIgnore([
            'provider' => $invoice->provider,
            'invoice_id' => $invoice->id,
            'order_id' => $invoice->orderId,
            'status' => $invoice->status->value,
            'amount' => $invoice->amount,
            'currency' => $invoice->currency,
            'created_at' => now(),
        ]);

        return redirect()->away($invoice->url);
    }

    /**
     * POST /orders/{order}/cancel: the customer (or staff) gives up on an unpaid order.
     *
     * Each open invoice of the order is cancelled where the provider can (CryptoCloud, Bitsby);
     * elsewhere (Cryptomus, Heleket, OnChainPay) it is left to expire, and a payment that still
     * arrives is set aside for review by the webhook, since the order is no longer pending. An
     * invoice someone has started paying keeps the order open.
     */
    public function cancel(Order $order, Gateway $gateway): RedirectResponse
    {
        // Your authorization goes here, as for the checkout.
        if ($order->status !== 'pending') {
            return redirect()->back()->withErrors(['payment' => 'Only an order awaiting payment can be cancelled.']);
        }

        $open = DB::table('crypto_payments')
            ->where(['provider' => $gateway->getProvider(), 'order_id' => (string) $order->getKey()])
            ->whereNull('handled_at')
            ->whereNotIn('status', [Status::Canceled->value, Status::Expired->value, Status::Failed->value])
            ->orderBy('id')
            ->pluck('invoice_id');
        foreach ($open as $invoiceId) {
            try {
                $invoice = self::cancelOrLookUp($gateway, $invoiceId);
            } catch (CryptoInvoiceException $e) {
                Log::warning('Crypto invoice not cancelled: '.$e->getMessage(), ['order' => $order->getKey(), 'invoice' => $invoiceId]);

                return redirect()->back()->withErrors(['payment' => 'The payment provider could not be reached. Please try again in a minute.']);
            }
            if (! in_array($invoice->status, [Status::Created, Status::Canceled, Status::Expired, Status::Failed], true)) {
                return redirect()->back()->withErrors(['payment' => 'A payment for this order has been made or is under way, so it cannot be cancelled.']);
            }
            DB::table('crypto_payments')->where(['provider' => $invoice->provider, 'invoice_id' => $invoice->id])
                ->whereNull('handled_at')->update(['status' => $invoice->status->value]);
        }

        /* Under the row lock the webhook takes: a paid callback that got there first wins. */
        $cancelled = DB::transaction(static function () use ($order): bool {
            $fresh = Order::query()->lockForUpdate()->find($order->getKey());
            if ($fresh->status !== 'pending') {
                return false;
            }
            $fresh->status = 'cancelled';
            $fresh->save();

            return true;
        });

        return $cancelled
            ? redirect()->back()->with('status', 'The order is cancelled.')
            : redirect()->back()->withErrors(['payment' => 'Only an order awaiting payment can be cancelled.']);
    }

    /**
     * createInvoice(), and when its answer is lost (a timeout, a cut connection, a garbled
     * body, a 5xx from a provider that failed after making it) the invoice it may have made:
     * found by the order id, or created again only when there is none. A blind second create
     * would invoice the order twice with CryptoCloud and Bitsby, which do not deduplicate by
     * order id. A refusal (a 4xx) made nothing and is thrown on.
     */
    private static function createOrFind(Gateway $gateway, array $params): Invoice
    {
        try {
            return $gateway->createInvoice($params);
        } catch (TransportException|ApiException $e) {
            if ($e instanceof ApiException && $e->getHttpStatus() < 500
                && ! ($e instanceof UnexpectedResponseException && $e->getHttpStatus() < 300)) {
                throw $e;
            }
            /* Ten minutes back is enough to find what this create made, and short enough not to
             * pick up an older attempt's invoice, which may have expired (Cryptomus and Heleket
             * look the order id up directly and ignore it). */
            $found = $gateway->findInvoice($params['order_id'], now()->subMinutes(10));
            Log::warning('Crypto invoice answer lost: '.($found !== null
                ? "found invoice {$found->id} by the order id"
                : 'no invoice for the order id, creating it again'), [
                'order' => $params['order_id'],
                'error' => $e->getMessage(),
            ]);

            return $found ?? $gateway->createInvoice($params);
        }
    }

    /** The invoice as it stands after cancelling it where the provider can. */
    private static function cancelOrLookUp(Gateway $gateway, string $invoiceId): Invoice
    {
        if (! $gateway->supports('cancel')) {
            return $gateway->getInvoice($invoiceId);
        }
        try {
            return $gateway->cancelInvoice($invoiceId);
        } catch (ApiException $e) {
            if ($e instanceof RateLimitException || $e instanceof UnexpectedResponseException || $e->getHttpStatus() >= 500) {
                throw $e;
            }
            /* Refused: CryptoCloud cancels only an invoice nobody has started paying, Bitsby only
             * one nobody has opened. Where it stands decides whether the order can go. */
            Log::info('Crypto invoice not cancelled by the provider: '.$e->getMessage(), ['invoice' => $invoiceId]);

            return $gateway->getInvoice($invoiceId);
        }
    }
}
