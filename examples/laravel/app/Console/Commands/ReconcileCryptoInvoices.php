<?php

namespace App\Console\Commands;

use CryptoInvoice\Exception as CryptoInvoiceException;
use CryptoInvoice\Gateway;
use Illuminate\Console\Command;
use Illuminate\Support\Carbon;
use Illuminate\Support\Facades\DB;
use Illuminate\Support\Facades\Log;

/**
 * php artisan cryptoinvoice:reconcile [--date=YYYY-MM-DD]
 *
 * Lists the provider's invoices created on one day (yesterday by default, in the app's
 * timezone) and reports each one whose status differs from crypto_payments, and each one the
 * shop has no row for: a callback that never arrived, a payment nobody shipped, an invoice made
 * from the provider's dashboard. It changes nothing. Exit code 1 when anything differs or the
 * list could not be read, so the scheduler's onFailure()/emailOutputOnFailure() can tell someone.
 * CryptoInvoiceServiceProvider schedules it daily at 01:00.
 */
final class ReconcileCryptoInvoices extends Command
{
    protected $signature = 'cryptoinvoice:reconcile
        {--date= : the day whose invoices to check, YYYY-MM-DD (default: yesterday)}';

    protected $description = "Reports the provider's invoices of a day whose status differs from the shop's";

    public function handle(Gateway $gateway): int
    {
        $date = $this->option('date');
        if ($date !== null && (! is_string($date) || ! preg_match('/^\d{4}-\d{2}-\d{2}$/', $date)
            || Carbon::createFromFormat('!Y-m-d', $date)->format('Y-m-d') !== $date)) {
            $this->error('--date takes a day as YYYY-MM-DD, e.g. --date=2024-03-01');

            return self::INVALID;
        }
        $day = $date !== null ? Carbon::createFromFormat('!Y-m-d', $date) : now()->subDay();
        $from = $day->copy()->setTime(0, 0, 0);
        $to = $day->copy()->setTime(23, 59, 59);
        $provider = $gateway->getProvider();

        $listed = 0;
        $differ = [];
        try {
            /* One request per page, only as the loop goes (Bitsby: one a second). */
            foreach ($gateway->listInvoices(['from' => $from, 'to' => $to]) as $invoice) {
                $listed++;
                $shop = DB::table('crypto_payments')->where(['provider' => $provider, 'invoice_id' => $invoice->id])->value('status');
                if ($shop === null) {
                    $differ[] = sprintf('unknown  %s (order %s): %s %s %s, no row in crypto_payments', $invoice->id,
                        $invoice->orderId ?? '-', $invoice->status->value, $invoice->amount, $invoice->currency);
                } elseif ($shop !== $invoice->status->value) {
                    $differ[] = sprintf('differs  %s (order %s): shop %s, provider %s', $invoice->id,
                        $invoice->orderId ?? '-', $shop, $invoice->status->value);
                }
            }
        } catch (CryptoInvoiceException $e) {
            $this->error("Could not list the $provider invoices of {$from->toDateString()}: {$e->getMessage()}");
            Log::error('Crypto reconciliation failed: '.$e->getMessage(), ['provider' => $provider, 'day' => $from->toDateString()]);

            return self::FAILURE;
        }

        $this->line(sprintf('%s invoices created %s to %s (%s): %d', $provider, $from->toDateTimeString(),
            $to->toTimeString(), $from->getTimezone()->getName(), $listed));
        foreach ($differ as $line) {
            $this->warn('  '.$line);
        }
        if ($differ === []) {
            $this->info('All match the shop.');

            return self::SUCCESS;
        }
        $this->warn(count($differ).' of '.$listed.' differ from the shop.');
        Log::warning('Crypto reconciliation: '.count($differ).' invoice(s) differ from the shop', [
            'provider' => $provider, 'day' => $from->toDateString(), 'invoices' => $differ,
        ]);

        return self::FAILURE;
    }
}
