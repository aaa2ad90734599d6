<?php
declare(strict_types=1);

/*
 * Guzzle (Debian's php-guzzlehttp-guzzle) doing one invoice: the same JSON bytes, signature and
 * answer checks as the userland ext/curl client, and the same invoice fields. Used by guzzle.php
 * (one Client for N invoices) and cgi_one.php (a Client per web request).
 */

require_once '/usr/share/php/GuzzleHttp/autoload.php';

/** $version: null keeps Guzzle's default (HTTP/1.1); '2.0' is libcurl's own default over TLS. */
function bench_guzzle_client(?string $ca, ?string $version): GuzzleHttp\Client
{
	$options = [
		'timeout' => 30,
		'connect_timeout' => 10,
		'allow_redirects' => false,
		'http_errors' => false,
		'verify' => $ca ?? true,
	];
	if ($version !== null) {
		$options['version'] = $version;
	}
	return new GuzzleHttp\Client($options);
}

/** Creates one invoice at $url (…/v1/payment) and returns its id. */
function bench_guzzle_invoice(GuzzleHttp\Client $client, string $url, string $orderId): string
{
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
	/* The same fields an invoice object holds (see userland_lib.php). */
	static $utc = null;
	$utc ??= new DateTimeZone('UTC');
	$invoice = [
		'id' => $r['uuid'], 'orderId' => $r['order_id'] ?? null, 'status' => $r['payment_status'] ?? $r['status'] ?? 'unknown',
		'amount' => $r['amount'], 'currency' => $r['currency'], 'url' => $r['url'] ?? null,
		'createdAt' => isset($r['created_at']) ? (new DateTimeImmutable($r['created_at']))->setTimezone($utc) : null,
		'expiresAt' => isset($r['expired_at']) ? new DateTimeImmutable('@' . $r['expired_at']) : null,
	];
	return $invoice['id'];
}
