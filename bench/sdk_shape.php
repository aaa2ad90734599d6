<?php
declare(strict_types=1);

/* The official SDK's shape (sdk_lib.php): N sequential invoices, a new curl handle for each.
 *   php bench/sdk_shape.php BASE_URL INVOICES [CA_FILE] [WARMUP] */

require __DIR__ . '/common.php';
require __DIR__ . '/sdk_lib.php';

$args = bench_args($argv);
$client = new SdkShapeCryptomus(BENCH_MERCHANT, BENCH_KEY, $args['url'], $args['ca']);

bench_loop('sdk_shape', $args, static function (string $orderId) use ($client): string {
	return $client->createInvoice(bench_wire_params($orderId))['uuid'];
});
