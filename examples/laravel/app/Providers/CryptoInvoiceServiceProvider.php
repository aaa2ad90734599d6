<?php

namespace App\Providers;

use CryptoInvoice\Gateway;
use CryptoInvoice\Gateways;
use Illuminate\Support\ServiceProvider;

/**
 * Binds CryptoInvoice\Gateway: type-hint it in a controller, job or command and you get the
 * gateway of the provider config('cryptoinvoice.provider') names.
 *
 * A singleton: the gateway is built once per process (per request under PHP-FPM, once per
 * worker under Octane or a queue worker). Connections are kept by the extension itself across
 * requests of the same process either way (option `persistent`).
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
}
