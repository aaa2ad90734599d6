<?php
declare(strict_types=1);

/* The extension: one gateway, N sequential createInvoice() calls.
 *   php -d extension=modules/cryptoinvoice.so bench/ext.php BASE_URL INVOICES [CA_FILE] [WARMUP] */

require __DIR__ . '/common.php';

$args = bench_args($argv);
$options = ['base_url' => $args['url']];
if ($args['ca'] !== null) {
	$options['ca_file'] = $args['ca'];
}
$gateway = new CryptoInvoice\Cryptomus(BENCH_MERCHANT, BENCH_KEY, $options);

bench_loop('ext', $args, static function (string $orderId) use ($gateway): string {
	return $gateway->createInvoice(bench_params($orderId))->id;
});
