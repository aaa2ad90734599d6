<?php

namespace App\Http\Controllers\Admin;

use App\Models\Order;
use CryptoInvoice\ApiException;
use CryptoInvoice\Exception as CryptoInvoiceException;
use CryptoInvoice\Gateway;
use CryptoInvoice\InvalidArgumentException;
use CryptoInvoice\RateLimitException;
use CryptoInvoice\Status;
use CryptoInvoice\UnexpectedResponseException;
use CryptoInvoice\UnsupportedOperationException;
use Illuminate\Http\RedirectResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Log;

/**
 * POST /admin/orders/{order}/crypto-refund, field `address`: refunds the order's crypto payment
 * in full to the wallet address the customer gave (in the coin and network they paid with).
 * Cryptomus and Heleket (Heleket with HELEKET_PAYOUT_KEY); the others refund from their dashboards.
 *
 * Never twice: the payment row is claimed (paid -> refunding) before the request goes out, so a
 * double click or a second admin finds nothing to refund; and when the outcome is unknown (a
 * timeout, a cut answer, a 5xx), the row stays "refunding" and nothing is sent again from here.
 * The extension itself never retries a refund that may have reached the provider.
 */
final class CryptoRefundController
{
    public function __invoke(Request $request, Order $order, Gateway $gateway): RedirectResponse
    {
        $address = trim((string) $request->input('address', ''));
        if ($address === '') {
            return redirect()->back()->withErrors(['address' => "Enter the customer's wallet address, for the coin and network they paid with."]);
        }
        if (! $gateway->supports('refund')) {
            return redirect()->back()->withErrors(['refund' => "{$gateway->getProvider()} cannot refund through its API: refund from its dashboard."]);
        }

        $payment = DB::table('crypto_payments')
            ->where(['provider' => $gateway->getProvider(), 'order_id' => (string) $order->getKey()])
            ->whereNotNull('handled_at')
            ->whereIn('status', [Status::Paid->value, Status::Overpaid->value])
            ->orderBy('id')
            ->first();
        /* Claimed by a conditional update: of two admins, only one gets the row. */
        $claimed = $payment !== null && DB::table('crypto_payments')
            ->where(['id' => $payment->id, 'status' => $payment->status])
            ->update(['status' => Status::Refunding->value]) === 1;
        if (! $claimed) {
            return redirect()->back()->withErrors(['refund' => 'This order has no paid crypto payment left to refund.']);
        }
        $context = ['provider' => $payment->provider, 'invoice' => $payment->invoice_id, 'order' => $order->getKey()];

        try {
            /* is_subtract true (the default): the commission comes from the shop's balance, so
             * the customer gets back what they paid. */
            $gateway->refundInvoice($payment->invoice_id, ['address' => $address]);
        } catch (CryptoInvoiceException $e) {
            if (self::surelyNotMade($e)) {
                /* Nothing was paid out: the payment is refundable again (with a corrected address, say). */
                DB::table('crypto_payments')->where('id', $payment->id)->update(['status' => $payment->status]);
                Log::warning('Crypto refund refused: '.$e->getMessage(), $context);

                return redirect()->back()->withErrors(['refund' => 'The refund was refused: '.$e->getMessage()]);
            }
            Log::error('Crypto refund outcome unknown, check the provider dashboard: '.$e->getMessage(), $context);

            return redirect()->back()->withErrors(['refund' => 'The refund may have been made: check the provider dashboard. It is not sent again from here.']);
        }

        $order->status = 'refunded';
        $order->save();
        Log::info('Crypto refund sent', $context + ['address' => $address]);

        return redirect()->back()->with('status', "Refund sent to $address: the provider pays it out.");
    }

    /**
     * Refused before anything could happen: our input or config (nothing sent), or the
     * provider's definite no (a 4xx other than a rate limit). Anything else (a timeout, a cut
     * or garbled answer, a 5xx, a 429) may have come after the provider made the refund.
     */
    private static function surelyNotMade(CryptoInvoiceException $e): bool
    {
        if ($e instanceof InvalidArgumentException || $e instanceof UnsupportedOperationException) {
            return true;
        }

        return $e instanceof ApiException && ! $e instanceof RateLimitException && ! $e instanceof UnexpectedResponseException
            && $e->getHttpStatus() >= 400 && $e->getHttpStatus() < 500;
    }
}
