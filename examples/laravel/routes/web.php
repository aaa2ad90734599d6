<?php

/*
 * Add these routes to the app's routes/web.php (the 'web' middleware group: sessions, CSRF
 * protection and route-model binding).
 */

use App\Http\Controllers\Admin\CryptoRefundController;
use App\Http\Controllers\CheckoutController;
use App\Http\Controllers\CryptoWebhookController;
use Illuminate\Support\Facades\Route;

/* The customer's "Pay with crypto" button: a form POST from the shop, CSRF-protected. */
Route::post('/checkout/{order}', CheckoutController::class)->name('checkout.crypto');

/* "Cancel this order" on an unpaid order: cancels its invoice where the provider can. */
Route::post('/orders/{order}/cancel', [CheckoutController::class, 'cancel'])->name('orders.cancel');

/* The provider's callback: no session, no CSRF token (the provider cannot send one); the
 * callback's own signature, or a confirming lookup, is checked by parseWebhook(). */
Route::post('/webhooks/crypto', CryptoWebhookController::class)
    ->name('crypto.webhook')
    ->withoutMiddleware([\App\Http\Middleware\VerifyCsrfToken::class]);

/* Staff only: a refund spends the shop's money. 'auth' and the gate are the app's own; define
 * the gate in AuthServiceProvider, e.g. Gate::define('refund-crypto-payments', fn ($user) => $user->is_admin). */
Route::post('/admin/orders/{order}/crypto-refund', CryptoRefundController::class)
    ->name('admin.crypto.refund')
    ->middleware(['auth', 'can:refund-crypto-payments']);
