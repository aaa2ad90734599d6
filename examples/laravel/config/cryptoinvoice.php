<?php

/*
 * config/cryptoinvoice.php: which provider the shop uses, its credentials and the gateway
 * options. Everything comes from the environment (.env), so `php artisan config:cache` works.
 * CryptoInvoiceServiceProvider hands `providers.<provider>` + `options` to
 * CryptoInvoice\Gateways::create() as one flat array; unset (null) values are left out.
 */

return [

    /* cryptomus, cryptocloud, onchainpay, bitsby or heleket (CryptoInvoice\Gateways::providers()) */
    'provider' => strtolower((string) env('CRYPTOINVOICE_PROVIDER', 'cryptomus')),

    /* Each provider's two credentials, under the keys Gateways::create() expects. */
    'providers' => [
        'cryptomus' => [
            'merchant_id' => env('CRYPTOMUS_MERCHANT_ID'),
            'api_key' => env('CRYPTOMUS_API_KEY'),          // the payment API key
        ],
        'cryptocloud' => [
            'shop_id' => env('CRYPTOCLOUD_SHOP_ID'),
            'api_key' => env('CRYPTOCLOUD_API_KEY'),
            'secret_key' => env('CRYPTOCLOUD_SECRET_KEY'),  // signs postbacks; needed for webhooks
        ],
        'onchainpay' => [
            'public_key' => env('ONCHAINPAY_PUBLIC_KEY'),
            'private_key' => env('ONCHAINPAY_PRIVATE_KEY'),
        ],
        'bitsby' => [
            'project_id' => env('BITSBY_PROJECT_ID'),
            'api_token' => env('BITSBY_API_TOKEN'),
        ],
        'heleket' => [
            'merchant_id' => env('HELEKET_MERCHANT_ID'),
            'api_key' => env('HELEKET_API_KEY'),
            'payout_key' => env('HELEKET_PAYOUT_KEY'),      // the payout API key: signs refunds only
        ],
    ],

    /* Where the extension logs each HTTP exchange (info), retry (warning) and failed call (error):
     * a channel of config/logging.php; null: the app's default channel; false: no logging.
     * CryptoInvoiceServiceProvider hands the channel's logger over as the `logger` option (a
     * config file holds no objects, so `php artisan config:cache` keeps working). The records
     * never hold a key, token, signature or body. */
    'log_channel' => env('CRYPTOINVOICE_LOG_CHANNEL'),

    /* Gateway options. The extension checks types strictly (a "30" string is refused), hence the casts. */
    'options' => [
        /* null: the provider's production API. A sandbox, or the bundled emulator while developing. */
        'base_url' => env('CRYPTOINVOICE_BASE_URL'),
        /* Seconds per attempt, seconds to connect, extra attempts (only where nothing can be created twice). */
        'timeout' => (float) env('CRYPTOINVOICE_TIMEOUT', 15),
        'connect_timeout' => (float) env('CRYPTOINVOICE_CONNECT_TIMEOUT', 5),
        'retries' => (int) env('CRYPTOINVOICE_RETRIES', 2),
        /* false: one parameter array serves all four providers; a key the configured provider
         * cannot express (callback_url on CryptoCloud and Bitsby, where it is a project setting)
         * is dropped instead of refused. */
        'strict' => (bool) env('CRYPTOINVOICE_STRICT', false),
    ],

];
