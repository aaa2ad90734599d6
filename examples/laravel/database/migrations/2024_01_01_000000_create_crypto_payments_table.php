<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

/*
 * One row per invoice this shop made (written by the checkout) or heard of (a genuine callback
 * about an invoice the checkout did not record), holding the invoice's last known status.
 *
 * - The unique key on (provider, invoice_id) keeps one row per invoice.
 * - handled_at is set, once, by the callback that first reports the invoice paid, in the
 *   transaction that marks the order paid: a conditional UPDATE ... WHERE handled_at IS NULL
 *   is what makes fulfilment idempotent.
 * - `php artisan cryptoinvoice:reconcile` compares `status` with the provider's.
 */
return new class extends Migration
{
    public function up(): void
    {
        Schema::create('crypto_payments', function (Blueprint $table) {
            $table->id();
            $table->string('provider', 16);
            $table->string('invoice_id', 128);
            $table->string('order_id', 128)->nullable()->index();
            $table->string('status', 32);   // a CryptoInvoice\Status value
            $table->string('amount', 40);   // decimal text as the provider sent it
            $table->string('currency', 16);
            $table->timestamp('created_at')->nullable();
            $table->timestamp('handled_at')->nullable();   // the paid callback was acted on
            $table->unique(['provider', 'invoice_id']);
        });
    }

    public function down(): void
    {
        Schema::dropIfExists('crypto_payments');
    }
};
