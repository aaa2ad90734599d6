<?php
declare(strict_types=1);

/*
 * What every PHP client of the benchmark shares: the credentials (the emulator's test ones, so a
 * client can be checked against tests/inc/emulator before it is timed), the invoice parameters,
 * the command line, and the one JSON line each client prints.
 *
 *   php bench/<client>.php BASE_URL INVOICES [CA_FILE] [WARMUP]
 */

require_once __DIR__ . '/../tests/inc/credentials.inc';

const BENCH_MERCHANT = CI_TEST_CRYPTOMUS_MERCHANT;
const BENCH_KEY = CI_TEST_CRYPTOMUS_KEY;

/** The README's example invoice, with its own order_id (the unified keys the extension takes). */
function bench_params(string $orderId): array
{
	return [
		'amount' => '15.00',
		'currency' => 'USD',
		'order_id' => $orderId,
		'expires_in' => 3600,
		'callback_url' => 'https://shop.example/webhooks/crypto',
		'return_url' => 'https://shop.example/cart',
	];
}

/** The same invoice in Cryptomus's own keys, in the order the extension writes them. */
function bench_wire_params(string $orderId): array
{
	return [
		'amount' => '15.00',
		'currency' => 'USD',
		'order_id' => $orderId,
		'lifetime' => 3600,
		'url_callback' => 'https://shop.example/webhooks/crypto',
		'url_return' => 'https://shop.example/cart',
	];
}

/** @return array{url: string, n: int, ca: ?string, warmup: int} */
function bench_args(array $argv): array
{
	if (count($argv) < 3) {
		fwrite(STDERR, "usage: php {$argv[0]} BASE_URL INVOICES [CA_FILE] [WARMUP]\n");
		exit(2);
	}
	return [
		'url' => rtrim($argv[1], '/'),
		'n' => (int) $argv[2],
		'ca' => isset($argv[3]) && $argv[3] !== '' && $argv[3] !== '-' ? $argv[3] : null,
		'warmup' => isset($argv[4]) ? (int) $argv[4] : 50,
	];
}

/** CPU seconds (user + system) this process has used so far. */
function bench_cpu(): float
{
	$r = getrusage();
	return $r['ru_utime.tv_sec'] + $r['ru_utime.tv_usec'] / 1e6 + $r['ru_stime.tv_sec'] + $r['ru_stime.tv_usec'] / 1e6;
}

/**
 * Runs $one($orderId) $warmup times untimed, then $n times timed, and prints the result line.
 * Order ids are distinct across the warm-up and the timed calls of one run.
 */
function bench_loop(string $client, array $args, callable $one): void
{
	$run = bin2hex(random_bytes(4));
	for ($i = 0; $i < $args['warmup']; $i++) {
		$one("warm-$run-$i");
	}
	$cpu0 = bench_cpu();
	$t0 = hrtime(true);
	for ($i = 0; $i < $args['n']; $i++) {
		$id = $one("bench-$run-$i");
		if ($id === '') {
			throw new RuntimeException("$client: invoice $i has no id");
		}
	}
	$wall = (hrtime(true) - $t0) / 1e9;
	$cpu = bench_cpu() - $cpu0;
	echo json_encode(['client' => $client, 'invoices' => $args['n'], 'wall' => round($wall, 6),
		'cpu' => round($cpu, 6)]), "\n";
}
