<?php
declare(strict_types=1);

/*
 * One web request that creates one invoice, as a shop's checkout page would: run it as
 *   php-cgi -T 20 bench/cgi_one.php
 * so one worker process serves 20 requests in a row. Configured by the environment:
 *   CI_BENCH_MODE  ext | userland    CI_BENCH_URL  base URL    CI_BENCH_CA  CA file
 *   CI_BENCH_OUT   file that gets one line per request: seconds for building the client and
 *                  creating the invoice, then (ext) the extension's own "Connections opened"
 *                  and "Requests on a reused connection" counters from phpinfo().
 */

require __DIR__ . '/common.php';

$mode = getenv('CI_BENCH_MODE') ?: 'ext';
$url = (string) getenv('CI_BENCH_URL');
$ca = getenv('CI_BENCH_CA') ?: null;
$out = (string) getenv('CI_BENCH_OUT');
$orderId = 'cgi-' . $mode . '-' . getmypid() . '-' . bin2hex(random_bytes(4));

$t0 = hrtime(true);
if ($mode === 'ext') {
	$options = ['base_url' => $url];
	if ($ca !== null) {
		$options['ca_file'] = $ca;
	}
	$gateway = new CryptoInvoice\Cryptomus(BENCH_MERCHANT, BENCH_KEY, $options);
	$id = $gateway->createInvoice(bench_params($orderId))->id;
} else {
	require_once __DIR__ . '/userland_lib.php';
	$client = new UserlandCryptomus(BENCH_MERCHANT, BENCH_KEY, $url, $ca);
	$id = $client->createInvoice(bench_wire_params($orderId))->id;
}
$seconds = (hrtime(true) - $t0) / 1e9;

$counters = '';
if ($mode === 'ext') {
	ob_start();
	phpinfo(INFO_MODULES);
	$info = strip_tags((string) ob_get_clean());
	preg_match('/Connections opened\s*(?:=>)?\s*(\d+)/', $info, $opened);
	preg_match('/Requests on a reused connection\s*(?:=>)?\s*(\d+)/', $info, $reused);
	$counters = sprintf(' %d %d', $opened[1] ?? -1, $reused[1] ?? -1);
}
file_put_contents($out, sprintf("%.6f%s\n", $seconds, $counters), FILE_APPEND | LOCK_EX);
header('Content-Type: text/plain');
echo $id, "\n";
