<?php

/*
 * Add these two routes to the app's routes/web.php (the 'web' middleware group: sessions,
 * CSRF protection and route-model binding).
 */

use App\Http\Controllers\CheckoutController;
use App\Http\Controllers\CryptoWebhookController;
use Illuminate\Support\Facades\Route;

/* The customer's "Pay with crypto" button: a form POST from the shop, CSRF-protected. */
Route::post('/checkout/{order}', CheckoutController::class)->name('checkout.crypto');

/* The provider's callback: no session, no CSRF token (the provider cannot send one); the
 * callback's own signature, or a confirming lookup, is checked by parseWebhook(). */
Route::post('/webhooks/crypto', CryptoWebhookController::class)
    ->name('crypto.webhook')
    ->withoutMiddleware([\App\Http\Middleware\VerifyCsrfToken::class]);
