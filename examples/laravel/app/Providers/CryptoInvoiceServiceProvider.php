<?php

namespace App\Providers;

use App\Console\Commands\ReconcileCryptoInvoices;
use CryptoInvoice\Gateway;
use CryptoInvoice\Gateways;
use Illuminate\Console\Scheduling\Schedule;
use Illuminate\Support\ServiceProvider;

/**
 * Binds CryptoInvoice\Gateway: type-hint it in a controller, job or command and you get the
 * gateway of the provider config('cryptoinvoice.provider') names.
 *
 * A singleton: the gateway is built once per process (per request under PHP-FPM, once per
 * worker under Octane or a queue worker). Connections are kept by the extension itself across
 * requests of the same process either way (option `persistent`).
 *
 * Also registers `php artisan cryptoinvoice:reconcile` and schedules it nightly (the app's cron
 * runs `php artisan schedule:run` every minute, as for any Laravel schedule).
 */
final class CryptoInvoiceServiceProvider extends ServiceProvider
{
    public function register(): void
    {
        $this->app->singleton(Gateway::class, static function ($app): Gateway {
            $config = $app->make('config');
            $provider = strtolower((string) $config->get('cryptoinvoice.provider'));

            $settings = (array) $config->get("cryptoinvoice.providers.$provider", [])
                + (array) $config->get('cryptoinvoice.options', []);
            /* env() yields null for a variable that is not set; the extension takes a key that
             * is present as set (and refuses null), so leave those keys out. */
            $settings = array_filter($settings, static fn ($value): bool => $value !== null);
            /* A PSR-3 logger for the extension's records: Log::channel() is one. */
            $channel = $config->get('cryptoinvoice.log_channel');
            if ($channel !== false) {
                $settings['logger'] = $app->make('log')->channel($channel);
            }

            /* An unknown provider, a missing credential or a bad option: an
             * InvalidArgumentException naming every problem (never the secrets' values). */
            return Gateways::create($provider, $settings);
        });
    }

    public function boot(): void
    {
        if (! $this->app->runningInConsole()) {
            return;
        }
        $this->commands([ReconcileCryptoInvoices::class]);
        /* What app/Console/Kernel.php's schedule() would say, kept with the command: the console
         * kernel builds the Schedule, then this adds to it. At 01:00, yesterday's last callbacks
         * have arrived; the report goes to the log, and the exit code says whether anything differs. */
        $this->callAfterResolving(Schedule::class, static function (Schedule $schedule): void {
            $schedule->command('cryptoinvoice:reconcile')->dailyAt('01:00');
        });
    }
}
