<?php
declare(strict_types=1);

/*
 * Guzzle (Debian's php-guzzlehttp-guzzle): one Client kept for every call, so its curl handler
 * keeps the connection; the same JSON bytes, signature and answer checks as userland_curl.php.
 *   php bench/guzzle.php BASE_URL INVOICES [CA_FILE] [WARMUP]
 */

require __DIR__ . '/common.php';
require '/usr/share/php/GuzzleHttp/autoload.php';

$args = bench_args($argv);
$client = new GuzzleHttp\Client([
	'timeout' => 30,
	'connect_timeout' => 10,
	'allow_redirects' => false,
	'http_errors' => false,
	'verify' => $args['ca'] ?? true,
	/* libcurl's own default (HTTP/2 over TLS where offered), which the extension and ext/curl
	 * use; Guzzle would otherwise force HTTP/1.1. */
	'version' => str_starts_with($args['url'], 'https:') ? '2.0' : '1.1',
]);
$utc = new DateTimeZone('UTC');

$url = $args['url'] . '/v1/payment';

bench_loop('guzzle', $args, static function (string $orderId) use ($client, $utc, $url): string {
	$body = json_encode(bench_wire_params($orderId), JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR);
	$response = $client->post($url, [
		'body' => $body,
		'headers' => [
			'merchant' => BENCH_MERCHANT,
			'sign' => md5(base64_encode($body) . BENCH_KEY),
			'Content-Type' => 'application/json',
		],
	]);
	$json = json_decode((string) $response->getBody(), true);
	if ($response->getStatusCode() !== 200 || !is_array($json) || ($json['state'] ?? null) !== 0 || !is_array($json['result'] ?? null)) {
		throw new RuntimeException('Cryptomus refused the request (HTTP ' . $response->getStatusCode() . ')');
	}
	$r = $json['result'];
	if (!is_string($r['uuid'] ?? null) || !is_string($r['amount'] ?? null) || !is_string($r['currency'] ?? null)) {
		throw new UnexpectedValueException('Cryptomus answered with an unexpected shape');
	}
	/* The same fields an invoice object holds (see userland_curl.php). */
	$invoice = [
		'id' => $r['uuid'], 'orderId' => $r['order_id'] ?? null, 'status' => $r['payment_status'] ?? $r['status'] ?? 'unknown',
		'amount' => $r['amount'], 'currency' => $r['currency'], 'url' => $r['url'] ?? null,
		'createdAt' => isset($r['created_at']) ? (new DateTimeImmutable($r['created_at']))->setTimezone($utc) : null,
		'expiresAt' => isset($r['expired_at']) ? new DateTimeImmutable('@' . $r['expired_at']) : null,
	];
	return $invoice['id'];
});
