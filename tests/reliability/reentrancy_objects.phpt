--TEST--
User code during a call: objects in the parameters are refused before their code runs; a batch item held by reference stays as it was; exit() is never swallowed
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
use CryptoInvoice\{Gateways, InvalidArgumentException};

$base = ci_emulator_start();
$core = [
	'cryptomus' => ['amount' => '10', 'currency' => 'USD', 'order_id' => 're-1'],
	'cryptocloud' => ['amount' => '10', 'currency' => 'USD'],
	'onchainpay' => ['amount' => '10', 'currency' => 'USD'],
	'bitsby' => ['amount' => '10', 'currency' => 'USD'],
];

echo "== objects anywhere in the parameters are refused, their code never runs\n";
final class Evil implements JsonSerializable, Stringable
{
	public static int $ran = 0;
	public function __construct(private ?CryptoInvoice\Gateway $g = null) {}
	public function jsonSerialize(): mixed
	{
		self::$ran++;
		try {
			$this->g?->__construct('', '');
		} catch (Throwable) {
		}
		return 'USDT';
	}
	public function __toString(): string
	{
		self::$ran++;
		return 'USDT';
	}
}
$placements = [
	'cryptomus' => ['accepted_currencies' => fn($o) => [$o], 'currencies' => fn($o) => [$o],
		'except_currencies' => fn($o) => [['currency' => $o]], 'metadata' => fn($o) => ['a' => ['b' => $o]],
		'currency' => fn($o) => $o, 'network' => fn($o) => $o],
	'cryptocloud' => ['accepted_currencies' => fn($o) => [$o], 'pay_currency' => fn($o) => $o,
		'add_fields' => fn($o) => ['available_currencies' => [$o]], 'order_id' => fn($o) => $o],
	'onchainpay' => ['accepted_currencies' => fn($o) => [$o], 'currencies' => fn($o) => [['currency' => 'USDT', 'networks' => [$o]]],
		'additionalFees' => fn($o) => [$o], 'description' => fn($o) => $o, 'amount' => fn($o) => $o],
	'bitsby' => ['metadata' => fn($o) => ['x' => $o], 'description' => fn($o) => $o, 'serviceData' => fn($o) => $o],
];
foreach ($placements as $p => $keys) {
	$g = ci_test_gateway($p, $base);
	foreach ($keys as $key => $wrap) {
		try {
			$g->createInvoice([$key => $wrap(new Evil($g))] + $core[$p]);
			echo "$p $key: accepted\n";
		} catch (InvalidArgumentException $e) {
			echo "$p: ", $e->getErrors()[array_key_first($e->getErrors())], "\n";
		}
	}
}
/* The unified parameters, for every provider of the registry (a new one included). */
$every = [];
foreach (Gateways::providers() as $p => $row) {
	$g = ci_test_gateway($p, $base);
	foreach (['amount', 'currency', 'order_id'] as $key) {
		try {
			$g->createInvoice([$key => new Evil($g)] + ['amount' => '10', 'currency' => 'USD', 'order_id' => "re-$p"]);
			$every[] = "$p $key: accepted";
		} catch (InvalidArgumentException $e) {
			$m = $e->getErrors()[array_key_first($e->getErrors())];
			$every[] = str_starts_with($m, "{$row['title']}: $key must be ") && str_ends_with($m, ', got an object of class Evil')
				? '<title>: <key> must be ..., got an object of class Evil' : "$p: $m";
		}
	}
}
echo 'every provider of Gateways::providers(), amount/currency/order_id: ', implode('; ', array_unique($every)), "\n";
echo "object code ran: ", Evil::$ran, " times; requests sent: ", count(ci_emulator_log($base)), "\n";

echo "== a batch item held by reference cannot be changed while it is walked\n";
$g = ci_test_gateway('cryptomus', $base);
$item = $core['cryptomus'] + ['order_id' => 'by-ref'];
final class Mutator implements JsonSerializable
{
	public function __construct(private array &$target) {}
	public function jsonSerialize(): mixed
	{
		for ($i = 0; $i < 64; $i++) {
			$this->target["k$i"] = str_repeat('x', 100);
		}
		unset($this->target['amount']);
		return 'm';
	}
}
$item['metadata'] = ['m' => new Mutator($item)];
$batch = [&$item, ['order_id' => 'plain'] + $core['cryptomus']];
$r = $g->createInvoices($batch);
echo get_class($r[0]), ': ', $r[0]->getMessage(), "\n";
echo get_class($r[1]), ' ', $r[1]->orderId, "\n";
echo "item unchanged: ", var_export(isset($item['amount']) && !isset($item['k0']), true), "\n";

echo "== exit() in user code inside a batch is never run or swallowed\n";
final class Quitter implements JsonSerializable
{
	public function jsonSerialize(): mixed
	{
		echo "exit from jsonSerialize\n";
		exit(3);
	}
}
$r = $g->createInvoices([$core['cryptomus'] + ['order_id' => 'q', 'metadata' => ['q' => new Quitter()]]]);
echo get_class($r[0]), "\n";

?>
--EXPECT--
== objects anywhere in the parameters are refused, their code never runs
cryptomus: Cryptomus: accepted_currencies[0] must be a currency code string or an array with string keys, got an object of class Evil
cryptomus: Cryptomus: currencies[0] must be an array with string keys, got an object of class Evil
cryptomus: Cryptomus: except_currencies[0].currency must be a string, got an object of class Evil
cryptomus: Cryptomus: metadata must hold only strings, numbers, booleans, null and arrays of them, got an object of class Evil at metadata.a.b
cryptomus: Cryptomus: currency must be a string, got an object of class Evil
cryptomus: Cryptomus: network must be a string, got an object of class Evil
cryptocloud: CryptoCloud: accepted_currencies[0] must be a string, got an object of class Evil
cryptocloud: CryptoCloud: pay_currency must be a string, got an object of class Evil
cryptocloud: CryptoCloud: add_fields.available_currencies[0] must be a string, got an object of class Evil
cryptocloud: CryptoCloud: order_id must be a string, got an object of class Evil
onchainpay: OnChainPay: accepted_currencies must hold only strings, numbers, booleans, null and arrays of them, got an object of class Evil at accepted_currencies[0]
onchainpay: OnChainPay: currencies must hold only strings, numbers, booleans, null and arrays of them, got an object of class Evil at currencies[0].networks[0]
onchainpay: OnChainPay: additionalFees[0] must be a string, got an object of class Evil
onchainpay: OnChainPay: description must be a string, got an object of class Evil
onchainpay: OnChainPay: amount must be a decimal string, int or float, got an object of class Evil
bitsby: Bitsby: metadata must hold only strings, numbers, booleans, null and arrays of them, got an object of class Evil at metadata.x
bitsby: Bitsby: description must be a string, got an object of class Evil
bitsby: Bitsby: serviceData must be a string, got an object of class Evil
every provider of Gateways::providers(), amount/currency/order_id: <title>: <key> must be ..., got an object of class Evil
object code ran: 0 times; requests sent: 0
== a batch item held by reference cannot be changed while it is walked
CryptoInvoice\InvalidArgumentException: Cryptomus: metadata must hold only strings, numbers, booleans, null and arrays of them, got an object of class Mutator at metadata.m
CryptoInvoice\Invoice plain
item unchanged: true
== exit() in user code inside a batch is never run or swallowed
CryptoInvoice\InvalidArgumentException
