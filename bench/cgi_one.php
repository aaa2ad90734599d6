<?php
declare(strict_types=1);

/*
 * One web request that creates one invoice, as a shop's checkout page would: run it as
 *   php-cgi -T 20 bench/cgi_one.php
 * so one worker process serves 20 requests in a row. Configured by the environment:
 *   CI_BENCH_MODE   ext | userland | guzzle | sdk
 *                   ext: the extension (its connection outlives the web request);
 *                   userland: userland_lib.php, a curl handle per web request;
 *                   guzzle: a Guzzle Client per web request, Guzzle's defaults (HTTP/1.1);
 *                   sdk: the official SDK's shape (sdk_lib.php), a curl handle per call.
 *   CI_BENCH_URL    base URL    CI_BENCH_CA  CA file
 *   CI_BENCH_TFO    1: the userland client asks for TCP Fast Open (CURLOPT_TCP_FASTOPEN)
 *   CI_BENCH_IDLE_MS  sleep this long before the timed part (so the server can close an idle
 *                   connection first); not timed
 *   CI_BENCH_OUT    file that gets one JSON line per request: "s", seconds for building the
 *                   client and creating the invoice; for the extension "opened" and "reused", its
 *                   own "Connections opened" and "Requests on a reused connection" counters from
 *                   phpinfo(); and "error" when the invoice was not created (the exception's
 *                   class and message: the worker goes on with its next request).
 */

require __DIR__ . '/common.php';

$mode = getenv('CI_BENCH_MODE') ?: 'ext';
$url = (string) getenv('CI_BENCH_URL');
$ca = getenv('CI_BENCH_CA') ?: null;
$out = (string) getenv('CI_BENCH_OUT');
$idleMs = (int) (getenv('CI_BENCH_IDLE_MS') ?: 0);
$orderId = 'cgi-' . $mode . '-' . getmypid() . '-' . bin2hex(random_bytes(4));

if ($idleMs > 0) {
	usleep($idleMs * 1000);
}

/** Builds the client and creates one invoice; returns its id. */
function create_one(string $mode, string $url, ?string $ca, string $orderId): string
{
	switch ($mode) {
		case 'ext':
			$options = ['base_url' => $url];
			if ($ca !== null) {
				$options['ca_file'] = $ca;
			}
			$gateway = new CryptoInvoice\Cryptomus(BENCH_MERCHANT, BENCH_KEY, $options);
			return $gateway->createInvoice(bench_params($orderId))->id;
		case 'userland':
			require_once __DIR__ . '/userland_lib.php';
			$client = new UserlandCryptomus(BENCH_MERCHANT, BENCH_KEY, $url, $ca,
				getenv('CI_BENCH_TFO') === '1' ? [CURLOPT_TCP_FASTOPEN => true] : []);
			return $client->createInvoice(bench_wire_params($orderId))->id;
		case 'guzzle':
			require_once __DIR__ . '/guzzle_lib.php';
			return bench_guzzle_invoice(bench_guzzle_client($ca, null), $url . '/v1/payment', $orderId);
		case 'sdk':
			require_once __DIR__ . '/sdk_lib.php';
			return (new SdkShapeCryptomus(BENCH_MERCHANT, BENCH_KEY, $url, $ca))->createInvoice(bench_wire_params($orderId))['uuid'];
	}
	throw new LogicException("CI_BENCH_MODE: unknown mode $mode");
}

$t0 = hrtime(true);
$error = null;
try {
	$id = create_one($mode, $url, $ca, $orderId);
} catch (LogicException $e) {
	throw $e; /* the benchmark's own mistake (a bad mode or parameter): stop */
} catch (Throwable $e) { /* the transfer failed: count it, and go on as a shop's worker would */
	$id = '';
	$error = get_class($e) . ': ' . $e->getMessage();
}
$seconds = (hrtime(true) - $t0) / 1e9;

$line = ['s' => round($seconds, 6)];
if ($mode === 'ext') {
	ob_start();
	phpinfo(INFO_MODULES);
	$info = strip_tags((string) ob_get_clean());
	preg_match('/Connections opened\s*(?:=>)?\s*(\d+)/', $info, $opened);
	preg_match('/Requests on a reused connection\s*(?:=>)?\s*(\d+)/', $info, $reused);
	$line += ['opened' => (int) ($opened[1] ?? -1), 'reused' => (int) ($reused[1] ?? -1)];
}
if ($error !== null) {
	$line['error'] = $error;
}
file_put_contents($out, json_encode($line, JSON_UNESCAPED_SLASHES) . "\n", FILE_APPEND | LOCK_EX);
header('Content-Type: text/plain');
echo $id, "\n";
