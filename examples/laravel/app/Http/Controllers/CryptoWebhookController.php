<?php

namespace App\Http\Controllers;

use App\Models\Order;
use CryptoInvoice\Exception as CryptoInvoiceException;
use CryptoInvoice\Gateway;
use CryptoInvoice\Invoice;
use CryptoInvoice\Status;
use CryptoInvoice\WebhookException;
use Illuminate\Http\Request;
use Illuminate\Http\Response;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Log;

/**
 * POST /webhooks/crypto: the provider's payment callback.
 *
 *   200  handled (or nothing to do, as for a genuine Cryptomus wallet deposit or payout, which is
 *        not about an invoice: WebhookException::NOT_AN_INVOICE); the provider stops resending
 *   400  forged, tampered, expired or malformed, or about an invoice the provider does not know:
 *        refused (WebhookException::REFUSED)
 *   503  genuine-looking, but the confirming lookup failed (OnChainPay, Bitsby and CryptoCloud
 *        callbacks are confirmed by asking the provider): the provider resends later
 *   500  this app cannot verify any callback (CryptoCloud without CRYPTOCLOUD_SECRET_KEY, or with
 *        the API key in its place: WebhookException::CONFIGURATION): a setup mistake, not an
 *        attack, so it is not answered like a forgery and is logged as critical
 *
 * Every genuine callback records the invoice's status in crypto_payments (for the nightly
 * reconciliation). Fulfilment happens at most once per (provider, invoice id): the callback that
 * first sets the row's handled_at marks the order paid, in the same transaction.
 */
final class CryptoWebhookController
{
    public function __invoke(Request $request, Gateway $gateway): Response
    {
        /* Symfony keeps each header as a list of values; pass them as plain strings. */
        $headers = array_map(static fn (array $values): string => implode(', ', $values), $request->headers->all());

        try {
            $invoice = $gateway->parseWebhook($request->getContent(), $headers);
        } catch (WebhookException $e) {
            switch ($e->getCode()) {
                case WebhookException::NOT_AN_INVOICE:
                    /* Genuine, but a wallet deposit or a payout: no order of ours to fulfil. */
                    return response('ok', 200);
                case WebhookException::CONFIGURATION:
                    /* This app cannot verify any callback (the message says which setting is
                     * wrong): not a forgery, so not a 400, which would stop the resends. */
                    Log::critical('Crypto webhooks misconfigured: '.$e->getMessage());

                    return response('not configured', 500);
                default: /* WebhookException::REFUSED */
                    Log::warning('Crypto webhook refused: '.$e->getMessage(), ['ip' => $request->ip()]);

                    return response('invalid callback', 400);
            }
        } catch (CryptoInvoiceException $e) {
            Log::warning('Crypto webhook not confirmed: '.$e->getMessage());

            return response('try again later', 503);
        }

        $this->record($invoice);

        return response('ok', 200);
    }

    private function record(Invoice $invoice): void
    {
        DB::transaction(static function () use ($invoice): void {
            $key = ['provider' => $invoice->provider, 'invoice_id' => $invoice->id];
            /* The checkout recorded the invoices it made; this one it did not (made elsewhere,
             * or before this table existed), and the callback is genuine: record it. */
            DB::table('crypto_payments')->insertOrIgnore($key + [
                'order_id' => $invoice->orderId,
                'status' => $invoice->status->value,
                'amount' => $invoice->amount,
                'currency' => $invoice->currency,
                'created_at' => now(),
            ]);
            /* The last known status, which the nightly reconciliation compares with the
             * provider's. A late "in progress" callback never moves a paid invoice back. */
            $row = DB::table('crypto_payments')->where($key);
            if (in_array($invoice->status, [Status::Created, Status::Processing, Status::PartiallyPaid], true)) {
                $row->whereNull('handled_at');
            }
            $row->update(['status' => $invoice->status->value]);

            if (! in_array($invoice->status, [Status::Paid, Status::Overpaid], true)) {
                return;
            }
            /* The conditional update makes this the one place that decides "first time": a
             * resent callback, or two arriving at once, updates nothing and fulfils nothing. */
            $first = DB::table('crypto_payments')->where($key)->whereNull('handled_at')
                ->update(['handled_at' => now()]) === 1;
            if (! $first) {
                return;
            }

            $order = $invoice->orderId === null ? null : Order::query()->lockForUpdate()->find($invoice->orderId);
            /* The invoice carries the amount it was created with; if the order changed since, is
             * no longer awaiting payment (cancelled, or paid by another invoice) or is not ours,
             * keep the payment on record for a human instead of shipping. */
            $problem = match (true) {
                $order === null => 'no such order',
                $order->status !== 'pending' => "the order is {$order->status}",
                $order->currency !== $invoice->currency || ! self::sameAmount((string) $order->total, $invoice->amount)
                    => 'the amount differs from the order',
                default => null,
            };
            if ($problem !== null) {
                Log::warning('Crypto payment needs review', [
                    'provider' => $invoice->provider, 'invoice' => $invoice->id, 'order' => $invoice->orderId, 'reason' => $problem,
                ]);

                return;
            }

            $order->status = 'paid';
            $order->save();
            // Ship, email, ...: dispatch those as queued jobs with ->afterCommit().
        });
    }

    /** "15.00" equals "15" and "15.00000000" (decimal strings, no float on the way). */
    private static function sameAmount(string $a, string $b): bool
    {
        $normalize = static fn (string $s): string => str_contains($s, '.') ? rtrim(rtrim($s, '0'), '.') : $s;

        return $normalize($a) === $normalize($b);
    }
}
