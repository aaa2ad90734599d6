<?php
declare(strict_types=1);

/*
 * createInvoices(): one batch of INVOICES at CONCURRENCY, against an endpoint that takes its time.
 *   php -d extension=modules/cryptoinvoice.so bench/batch.php BASE_URL INVOICES CONCURRENCY [CA_FILE] [ROUNDS]
 * prints {"client":"batch","invoices":N,"concurrency":C,"wall":S,"cpu":S,"ok":N,"failed":0}
 * With ROUNDS > 1 the process runs that many batches one after the other (the first one of a
 * process and the ones after it), round R against BASE_URL/rR, one line each with "round":R.
 *
 * getInvoices(): not measured yet, the extension has no such method; when it has, add it here
 * the same way (a batch of INVOICES ids at CONCURRENCY) and to bench/latency.sh.
 */

require __DIR__ . '/common.php';

[, $url, $n, $concurrency] = $argv + [null, null, null, null];
$ca = $argv[4] ?? null;
$rounds = (int) ($argv[5] ?? 1);
$run = bin2hex(random_bytes(4));

for ($round = 1; $round <= $rounds; $round++) {
	$options = ['base_url' => rtrim((string) $url, '/') . ($rounds > 1 ? "/r$round" : '')];
	if ($ca !== null && $ca !== '-') {
		$options['ca_file'] = $ca;
	}
	$gateway = new CryptoInvoice\Cryptomus(BENCH_MERCHANT, BENCH_KEY, $options);
	$batch = [];
	for ($i = 0; $i < (int) $n; $i++) {
		$batch["o$i"] = bench_params("batch-$run-$round-$i");
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
	$line = ['client' => 'batch', 'invoices' => (int) $n, 'concurrency' => (int) $concurrency,
		'wall' => round($wall, 6), 'cpu' => round($cpu, 6), 'ok' => $ok, 'failed' => count($errors)];
	if ($rounds > 1) {
		$line['round'] = $round;
	}
	echo json_encode($line), "\n";
}
