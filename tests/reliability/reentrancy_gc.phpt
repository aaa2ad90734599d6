--TEST--
User code during a call: a garbage collection inside createInvoice(s) never runs a destructor (that could exit or re-enter) there
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
use CryptoInvoice\Gateways;

$base = ci_emulator_start();

echo "== garbage collection inside a call never runs a destructor there\n";
final class Bomb
{
	public ?Bomb $self = null;
	public function __destruct()
	{
		foreach (debug_backtrace() as $frame) {
			if (in_array($frame['function'], ['createInvoice', 'createInvoices'], true)) {
				echo "destructor ran inside {$frame['function']}()\n";
				exit(4);
			}
		}
	}
}
/* Cryptomus with a lifetime below its range; every provider of the registry with a parameter
 * it does not know: both refused while the call builds the request. */
$runs = [['cryptomus', ['lifetime' => 1]]];
foreach (array_keys(Gateways::providers()) as $name) {
	$runs[] = [$name, ['no_such_parameter' => 1]];
}
foreach ($runs as [$name, $extra]) {
	$g = ci_test_gateway($name, $base);
	$bad = ['amount' => '10', 'currency' => 'USD', 'order_id' => 're-1'] + $extra;
	$seen = [];
	for ($k = 0; $k < 40; $k++) {
		/* Bring the collector's root buffer to just below its threshold, then call: any release
		 * inside the call that adds a root would collect the cycles and run their destructors. */
		gc_collect_cycles();
		$st = gc_status();
		for ($i = $st['threshold'] - 1 - $st['roots'] - $k; $i > 0; $i--) {
			$o = new Bomb();
			$o->self = $o;
			unset($o);
		}
		if ($k % 2) {
			$r = $g->createInvoices(array_fill(0, 10, $bad));
		} else {
			try {
				$g->createInvoice($bad);
				$r = [];
			} catch (Throwable $e) {
				$r = [$e];
			}
		}
		foreach ($r as $v) {
			$seen[get_class($v)] = true;
		}
	}
	$all[] = implode(', ', array_keys($seen));
}
echo implode("\n", array_unique($all)), "\n";
echo "done\n";
?>
--EXPECT--
== garbage collection inside a call never runs a destructor there
CryptoInvoice\InvalidArgumentException
done
