<?php
declare(strict_types=1);

/*
 * Before anything is timed: every client creates a few invoices against the project's provider
 * emulator (tests/inc/emulator), which checks the merchant header and the signature byte for byte
 * and validates the body as Cryptomus does. A client that is fast because it is wrong fails here.
 *
 *   php bench/verify.php 'CMD {url}' ...    each command with {url} standing for the base URL
 */

require __DIR__ . '/../tests/inc/server.inc';

$base = ci_emulator_start();
$failed = 0;
foreach (array_slice($argv, 1) as $template) {
	$cmd = str_replace('{url}', escapeshellarg($base), $template);
	$out = [];
	exec("$cmd 2>&1", $out, $rc);
	$line = json_decode((string) end($out), true);
	$ok = $rc === 0 && is_array($line) && ($line['invoices'] ?? 0) > 0;
	printf("  verify %-14s %s\n", $line['client'] ?? '?', $ok ? 'ok (signature and body accepted by the emulator)' : 'FAILED');
	if (!$ok) {
		fwrite(STDERR, "    $cmd\n    " . implode("\n    ", $out) . "\n");
		$failed++;
	}
}
exit($failed ? 1 : 0);
