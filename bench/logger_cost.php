<?php
declare(strict_types=1);

/* The client of bench/logger_cost.sh: N sequential createInvoice() calls on one gateway.
 *   php -n -d extension=SO bench/logger_cost.php BASE_URL N MODE
 * MODE: none (no logger option), logger (a PSR-3-shaped object whose log() only counts), or
 * monolog (Debian's Monolog with a NullHandler: what a real logger adds on top). */

[, $base, $n, $mode] = $argv + [null, null, '100', 'none'];

final class CountingLogger
{
	public int $records = 0;

	public function log($level, string|\Stringable $message, array $context = []): void
	{
		$this->records++;
	}
}

$options = ['base_url' => $base, 'retries' => 0];
if ($mode === 'logger') {
	$options['logger'] = new CountingLogger();
} elseif ($mode === 'monolog') {
	require '/usr/share/php/Monolog/autoload.php';
	$options['logger'] = new Monolog\Logger('bench', [new Monolog\Handler\NullHandler()]);
}
$gateway = new CryptoInvoice\Cryptomus('8b03432e-385b-4670-8d06-064591096795', 'bench-key', $options);
for ($i = 0; $i < (int) $n; $i++) {
	$gateway->createInvoice(['amount' => '10.50', 'currency' => 'USD', 'order_id' => "lc-$i"]);
}
if ($mode === 'logger' && $options['logger']->records !== (int) $n) {
	fwrite(STDERR, "expected $n records, got {$options['logger']->records}\n");
	exit(1);
}
