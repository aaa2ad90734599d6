<?php
declare(strict_types=1);

/* The userland ext/curl client (userland_lib.php): N sequential invoices on one reused handle.
 *   php bench/userland_curl.php BASE_URL INVOICES [CA_FILE] [WARMUP] */

require __DIR__ . "/common.php";
require __DIR__ . "/userland_lib.php";

$args = bench_args($argv);
$client = new UserlandCryptomus(BENCH_MERCHANT, BENCH_KEY, $args['url'], $args['ca']);

bench_loop('userland_curl', $args, static function (string $orderId) use ($client): string {
	return $client->createInvoice(bench_wire_params($orderId))->id;
});
