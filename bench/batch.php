<?php
declare(strict_types=1);

/*
 * createInvoices(): one batch of INVOICES at CONCURRENCY, against an endpoint that takes its time.
 *   php -d extension=modules/cryptoinvoice.so bench/batch.php BASE_URL INVOICES CONCURRENCY [CA_FILE]
 * prints {"client":"batch","invoices":N,"concurrency":C,"wall":S,"cpu":S,"ok":N,"failed":0}
 */

require __DIR__ . '/common.php';

[, $url, $n, $concurrency] = $argv + [null, null, null, null];
$ca = $argv[4] ?? null;
$options = ['base_url' => rtrim((string) $url, '/')];
if ($ca !== null && $ca !== '-') {
	$options['ca_file'] = $ca;
}
$gateway = new CryptoInvoice\Cryptomus(BENCH_MERCHANT, BENCH_KEY, $options);
$run = bin2hex(random_bytes(4));
$batch = [];
for ($i = 0; $i < (int) $n; $i++) {
	$batch["o$i"] = bench_params("batch-$run-$i");
}

$cpu0 = bench_cpu();
$t0 = hrtime(true);
$results = $gateway->createInvoices($batch, (int) $concurrency);
$wall = (hrtime(true) - $t0) / 1e9;
$cpu = bench_cpu() - $cpu0;

$ok = 0;
$errors = [];
foreach ($results as $result) {
	if ($result instanceof CryptoInvoice\Invoice) {
		$ok++;
	} else {
		$errors[] = $result->getMessage();
	}
}
if ($errors !== []) {
	fwrite(STDERR, "batch: " . count($errors) . " failed, first: {$errors[0]}\n");
}
echo json_encode(['client' => 'batch', 'invoices' => (int) $n, 'concurrency' => (int) $concurrency,
	'wall' => round($wall, 6), 'cpu' => round($cpu, 6), 'ok' => $ok, 'failed' => count($errors)]), "\n";
