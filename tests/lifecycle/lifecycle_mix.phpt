--TEST--
The whole life of invoices on every provider in one process (for valgrind and ASan): create, getInvoices, two list pages, find, cancel or refund where offered, payment methods, request(), Invoice::fromArray(toArray())
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
require __DIR__ . '/../inc/emulator/control.inc';
use CryptoInvoice\{Gateways, Invoice, Status};

$base = ci_emulator_start();
$paid = ['cryptomus' => 'paid', 'heleket' => 'paid', 'cryptocloud' => 'paid', 'onchainpay' => 'PROCESSED', 'bitsby' => 'paid'];
$balance = ['cryptomus' => '/v1/balance', 'heleket' => '/v1/balance', 'cryptocloud' => '/v2/merchant/wallet/balance/all',
	'onchainpay' => '/api-gateway/advanced-balances', 'bitsby' => '/billing/balances'];
$made = static fn (array $r): string => implode(' ', array_map(static fn ($v): string => $v instanceof Invoice
	? ($v->orderId ?? $v->id) : (new ReflectionClass($v))->getShortName(), $r));

foreach (array_keys(Gateways::providers()) as $p) {
	$g = ci_test_gateway($p, $base, emu_providers()[$p]::OPTIONS);
	$line = [];
	try {
		$new = static fn (string $o): Invoice => $g->createInvoice(['amount' => '12.50', 'currency' => 'USD', 'order_id' => "$p-$o"]);
		$a = $new('a');
		$b = $new('b');
		$c = $new('c');
		$line[] = 'created 3';

		$many = $g->getInvoices(['first' => $a->id, 'second' => $c->id, 'bad' => "bad\0id"], 2);
		$line[] = 'getInvoices: ' . implode(',', array_keys($many)) . ' = ' . $made($many);

		if (ci_test_family($p) === 'cryptomus') {
			ci_emulator_set_per_page($base, $p, 1);
		}
		$list = $g->listInvoices(['page_size' => 1]);
		$two = [];
		foreach ($list as $k => $inv) {
			$two[$k] = $inv;
			if (count($two) === 2) {
				break;
			}
		}
		$line[] = 'list: ' . $made($two) . ' (' . $list->getRequestCount() . ' requests)';

		$found = $g->findInvoice("$p-b");
		$line[] = 'find: ' . ($found?->id === $b->id ? 'b' : 'WRONG') . ', nothing: ' . var_export($g->findInvoice("$p-none"), true);

		if ($g->supports('cancel')) {
			$line[] = 'cancel: ' . $g->cancelInvoice($c->id)->status->name;
		}
		if ($g->supports('refund')) {
			ci_emulator_set_status($base, $p, $a->id, $paid[$p]);
			$g->refundInvoice($a->id, ['address' => 'TDD97yguPESTpcrJMqU6h2ozZbibv4Vaqm']);
			$line[] = 'refund: ' . $g->getInvoice($a->id)->status->name;
		}
		$line[] = 'methods: ' . ($g->supports('paymentMethods') ? count($g->getPaymentMethods()) : 'none');
		$line[] = 'request: ' . get_debug_type($g->request($balance[$p]));

		$same = true;
		foreach ([$a, $b, $c, $found, ...array_values($two)] as $inv) {
			$copy = Invoice::fromArray($inv->toArray());
			$same = $same && $copy->toArray() === $inv->toArray() && $copy->status === $inv->status;
		}
		$line[] = 'fromArray(toArray()): ' . ($same ? 'equal' : 'DIFFERENT');
	} catch (Throwable $e) {
		$line[] = get_class($e) . ': ' . $e->getMessage();
	}
	echo "$p: ", implode('; ', $line), "\n";
}
echo 'requests: ', count(ci_emulator_log($base)), "\n";

/* A list outlives its gateway, sits in a collected cycle, is walked inside its own walk, and is
 * dropped in the middle of a page. */
$list = ci_test_gateway('onchainpay', $base)->listInvoices(['page_size' => 2]);
gc_collect_cycles();
$outer = [];
foreach ($list as $k => $inv) {
	$outer[] = $inv->orderId;
	if ($k === 0) {
		$inner = [];
		foreach ($list as $again) {
			$inner[] = $again->orderId;
		}
		echo 'inner walk: ', implode(' ', $inner), "\n";
	}
}
echo 'outer walk after it: ', implode(' ', $outer), "\n";
$holder = new stdClass();
$holder->self = $holder;
$holder->list = ci_test_gateway('cryptocloud', $base)->listInvoices(['page_size' => 2]);
$holder->list->rewind();
$holder->first = $holder->list->current();
unset($holder);
echo 'collected: ', gc_collect_cycles() > 0 ? 'yes' : 'no', "\n";
$half = ci_test_gateway('cryptomus', $base)->listInvoices();
$half->rewind();
echo 'dropped with ', $half->valid() ? 'invoices left on its page' : 'NOTHING', "\n";
unset($half);
?>
--EXPECT--
cryptomus: created 3; getInvoices: first,second,bad = cryptomus-a cryptomus-c InvalidArgumentException; list: cryptomus-c cryptomus-b (2 requests); find: b, nothing: NULL; refund: Refunding; methods: 7; request: array; fromArray(toArray()): equal
cryptocloud: created 3; getInvoices: first,second,bad = cryptocloud-a cryptocloud-c InvalidArgumentException; list: cryptocloud-c cryptocloud-b (4 requests); find: b, nothing: NULL; cancel: Canceled; methods: 40; request: array; fromArray(toArray()): equal
onchainpay: created 3; getInvoices: first,second,bad = onchainpay-a onchainpay-c InvalidArgumentException; list: onchainpay-c onchainpay-b (2 requests); find: b, nothing: NULL; methods: 5; request: array; fromArray(toArray()): equal
bitsby: created 3; getInvoices: first,second,bad = bitsby-a bitsby-c InvalidArgumentException; list: bitsby-c bitsby-b (2 requests); find: b, nothing: NULL; cancel: Canceled; methods: none; request: array; fromArray(toArray()): equal
heleket: created 3; getInvoices: first,second,bad = heleket-a heleket-c InvalidArgumentException; list: heleket-c heleket-b (2 requests); find: b, nothing: NULL; refund: Refunding; methods: 7; request: array; fromArray(toArray()): equal
requests: 65
inner walk: onchainpay-c onchainpay-b onchainpay-a
outer walk after it: onchainpay-c
collected: yes
dropped with invoices left on its page
