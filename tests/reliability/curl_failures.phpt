--TEST--
A transfer libcurl cannot make or start (curl_easy_init, curl_multi_add_handle fail) is a TransportException for that call or batch item, never a hang
--EXTENSIONS--
cryptoinvoice
--SKIPIF--
<?php
require __DIR__ . '/../inc/fault.inc';
if (ci_fault_shim() === null) {
	die('skip needs a C compiler for the failure-injection shim');
}
?>
--FILE--
<?php
require __DIR__ . '/../inc/fault.inc';

$base = ci_emulator_start();
$code = <<<'PHP'
	$g = ci_test_gateway('cryptomus', $argv[1], ['retries' => (int) getenv('RETRIES')]);
	$item = fn(string $id) => ['amount' => '1', 'currency' => 'USD', 'order_id' => $id];
	try {
		if (getenv('BATCH')) {
			foreach ($g->createInvoices(['a' => $item('a'), 'b' => $item('b'), 'c' => $item('c')], 3) as $k => $r) {
				echo "$k: ", $r instanceof CryptoInvoice\Invoice ? 'created' : get_class($r) . ' code=' . $r->getCode() . ': ' . preg_replace('/^.*? failed: /', '', $r->getMessage()), "\n";
			}
		} else {
			$inv = $g->createInvoice($item('s'));
			echo 'created ', $inv->orderId, "\n";
		}
	} catch (CryptoInvoice\Exception $e) {
		echo get_class($e), ' code=', $e->getCode(), ': ', preg_replace('/^.*? failed: /', '', $e->getMessage()), "\n";
	}
	PHP;
foreach ([['curl_easy_init:1', 0, false], ['curl_easy_init:1', 1, false], ['curl_multi_add_handle:2', 0, true],
	['curl_easy_init:2', 0, true], ['curl_multi_add_handle:2', 1, true]] as [$fault, $retries, $batch]) {
	ci_emulator_reset($base);
	[$status, $out, $err] = ci_fault_run($fault, $code, $base, ['RETRIES' => $retries, 'BATCH' => $batch ? '1' : '']);
	printf("== %s, retries => %d%s (exit %d, %d request(s) reached the emulator)\n%s%s", $fault, $retries, $batch ? ', batch of 3' : '',
		$status, count(ci_emulator_log($base)), $out, $err);
}
?>
--EXPECT--
== curl_easy_init:1, retries => 0 (exit 0, 0 request(s) reached the emulator)
CryptoInvoice\TransportException code=2: Failed initialization (libcurl could not make a transfer handle (curl_easy_init() failed)) (1 attempt)
== curl_easy_init:1, retries => 1 (exit 0, 1 request(s) reached the emulator)
created s
== curl_multi_add_handle:2, retries => 0, batch of 3 (exit 0, 2 request(s) reached the emulator)
a: created
b: CryptoInvoice\TransportException code=2: Failed initialization (libcurl would not run the transfer (Out of memory)) (1 attempt)
c: created
== curl_easy_init:2, retries => 0, batch of 3 (exit 0, 2 request(s) reached the emulator)
a: created
b: CryptoInvoice\TransportException code=2: Failed initialization (libcurl could not make a transfer handle (curl_easy_init() failed)) (1 attempt)
c: created
== curl_multi_add_handle:2, retries => 1, batch of 3 (exit 0, 3 request(s) reached the emulator)
a: created
b: created
c: created
