<?php
declare(strict_types=1);

/*
 * Guzzle (guzzle_lib.php): one Client kept for every call, so its curl handler keeps the
 * connection; the same JSON bytes, signature and answer checks as userland_curl.php.
 *   php bench/guzzle.php BASE_URL INVOICES [CA_FILE] [WARMUP]
 */

require __DIR__ . '/common.php';
require __DIR__ . '/guzzle_lib.php';

$args = bench_args($argv);
/* libcurl's own default (HTTP/2 over TLS where offered), which the extension and ext/curl use;
 * Guzzle would otherwise force HTTP/1.1. */
$client = bench_guzzle_client($args['ca'], str_starts_with($args['url'], 'https:') ? '2.0' : '1.1');
$url = $args['url'] . '/v1/payment';

bench_loop('guzzle', $args, static function (string $orderId) use ($client, $url): string {
	return bench_guzzle_invoice($client, $url, $orderId);
});
