--TEST--
OnChainPay: every request carries a nonce never used before, also from two PHP processes creating at the same moment
--EXTENSIONS--
cryptoinvoice
--SKIPIF--
<?php if (!is_readable('/proc/self/maps')) die('skip the children find the module through /proc/self/maps'); ?>
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';

$base = ci_emulator_start(8);
$g = ci_test_gateway('onchainpay', $base);

/* Back to back in one process: several creates (same millisecond at times) and a lookup. */
$ids = [];
for ($i = 0; $i < 5; $i++) {
	$ids[] = $g->createInvoice(['amount' => '1', 'currency' => 'USD'])->id;
}
$g->getInvoice($ids[0]);
$nonces = array_map(fn ($r) => json_decode($r['body'], true)['nonce'], ci_emulator_log($base));
var_dump(count($nonces), count(array_unique($nonces)));
/* Decimal strings that only grow within a process. */
var_dump(array_filter($nonces, fn ($n) => !is_string($n) || !preg_match('/^\d{20,}$/', $n)));
$sorted = $nonces;
usort($sorted, fn ($a, $b) => strlen($a) <=> strlen($b) ?: strcmp($a, $b));
var_dump($sorted === $nonces);

/* Two PHP processes with the same key, released together by a barrier. The emulator refuses a
 * nonce it has seen for the key, so every create succeeding proves they never collided.
 * The children load this very module: its path is the mapping of cryptoinvoice in this process. */
$so = null;
foreach (file('/proc/self/maps') as $line) {
	if (preg_match('#\s(/\S*cryptoinvoice\.so)$#', trim($line), $m)) {
		$so = $m[1];
		break;
	}
}
$child = <<<'PHP'
require $argv[1] . '/../inc/helpers.inc';
$g = ci_test_gateway('onchainpay', $argv[2]);
echo "ready\n";
fgets(STDIN); /* the barrier: both children are loaded and wait for the same "go" */
$ok = 0;
for ($i = 0; $i < 10; $i++) {
	try {
		$g->createInvoice(['amount' => '2', 'currency' => 'USD', 'order_id' => getmypid() . "-$i"]);
		$ok++;
	} catch (CryptoInvoice\Exception $e) {
		echo get_class($e), ': ', $e->getMessage(), "\n";
	}
}
echo "$ok created\n";
PHP;
$procs = [];
foreach ([1, 2] as $n) {
	$cmd = [PHP_BINARY, '-n', '-d', "extension=$so", '-r', $child, __DIR__, $base];
	$procs[$n] = proc_open($cmd, [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes[$n]);
}
foreach ($procs as $n => $proc) {
	echo "child $n: ", fgets($pipes[$n][1]);
}
foreach ($procs as $n => $proc) {
	fwrite($pipes[$n][0], "go\n");
}
foreach ($procs as $n => $proc) {
	echo "child $n: ", stream_get_contents($pipes[$n][1]), stream_get_contents($pipes[$n][2]);
	fclose($pipes[$n][0]);
	fclose($pipes[$n][1]);
	fclose($pipes[$n][2]);
	proc_close($proc);
}
$log = array_slice(ci_emulator_log($base), count($nonces));
$nonces = array_map(fn ($r) => json_decode($r['body'], true)['nonce'], $log);
var_dump(count($nonces), count(array_unique($nonces)));
?>
--EXPECT--
int(6)
int(6)
array(0) {
}
bool(true)
child 1: ready
child 2: ready
child 1: 10 created
child 2: 10 created
int(20)
int(20)
