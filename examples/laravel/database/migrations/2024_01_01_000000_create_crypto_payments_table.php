<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Database\Schema\Blueprint;
use Illuminate\Support\Facades\Schema;

/*
 * One row per paid invoice, written by CryptoWebhookController in the transaction that marks
 * the order paid. The unique key on (provider, invoice_id) is what makes fulfilment idempotent.
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
            $table->string('status', 32);
            $table->string('amount', 40);   // decimal text as the provider sent it
            $table->string('currency', 16);
            $table->timestamp('created_at')->nullable();
            $table->unique(['provider', 'invoice_id']);
        });
    }

    public function down(): void
    {
        Schema::dropIfExists('crypto_payments');
    }
};
