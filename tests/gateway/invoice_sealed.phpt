--TEST--
Invoice is created only by the extension: no instance without its constructor, by unserialize, or through the private constructor in class scope; toArray() never crashes
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/answers.inc';
use CryptoInvoice\Invoice;

/* A DateTimeImmutable whose parent constructor never ran: it holds no time at all. */
class OddDate extends DateTimeImmutable { public function __construct() {} }

$try = function (string $label, callable $fn) {
	try {
		$r = $fn();
		echo "$label: created ", is_object($r) ? get_class($r) : gettype($r), "\n";
		if ($r instanceof Invoice) {
			var_dump($r->toArray());
		}
	} catch (Throwable $e) {
		echo "$label: ", get_class($e), ': ', $e->getMessage(), "\n";
	}
};
$try('newInstanceWithoutConstructor', function () {
	$inv = (new ReflectionClass(Invoice::class))->newInstanceWithoutConstructor();
	/* Reflection may initialize a readonly property from any scope. */
	(new ReflectionProperty(Invoice::class, 'createdAt'))->setValue($inv, new OddDate());
	return $inv;
});
$try('closure in class scope', fn () => Closure::bind(fn () => new Invoice(), null, Invoice::class));
$try('newInstance', fn () => (new ReflectionClass(Invoice::class))->newInstance());
$try('newInstanceArgs', fn () => (new ReflectionClass(Invoice::class))->newInstanceArgs([]));
$try('new', fn () => new Invoice());
$try('unserialize', fn () => unserialize('O:21:"CryptoInvoice\\Invoice":1:{s:2:"id";s:1:"x";}'));

/* A real one: its constructor cannot be run again, its properties cannot be changed, it cannot be
 * serialized; a clone is the same invoice. */
$base = ci_answer_server();
$inv = ci_answer_invoice('cryptomus', $base, []);
$try('__construct again', function () use ($inv) {
	(new ReflectionMethod(Invoice::class, '__construct'))->invoke($inv);
	return $inv;
});
$try('ReflectionProperty', function () use ($inv) {
	(new ReflectionProperty(Invoice::class, 'createdAt'))->setValue($inv, new OddDate());
	return $inv;
});
$try('serialize', fn () => serialize($inv));
$c = clone $inv;
var_dump($c->toArray() === $inv->toArray(), $inv->toArray()['createdAt'], json_encode($inv) === json_encode($inv->toArray()));
?>
--EXPECTF--
newInstanceWithoutConstructor: ReflectionException: Class CryptoInvoice\Invoice is an internal class marked as final that cannot be instantiated without invoking its constructor

Warning: Cannot bind closure to scope of internal class CryptoInvoice\Invoice in %s on line %d
closure in class scope: created NULL
newInstance: ReflectionException: Access to non-public constructor of class CryptoInvoice\Invoice
newInstanceArgs: ReflectionException: Access to non-public constructor of class CryptoInvoice\Invoice
new: Error: Call to private CryptoInvoice\Invoice::__construct() from global scope
unserialize: Exception: Unserialization of 'CryptoInvoice\Invoice' is not allowed
__construct again: Error: CryptoInvoice\Invoice is created only by the extension (createInvoice(), getInvoice(), parseWebhook())
ReflectionProperty: Error: Cannot modify readonly property CryptoInvoice\Invoice::$createdAt
serialize: Exception: Serialization of 'CryptoInvoice\Invoice' is not allowed
bool(true)
string(25) "2026-01-01T00:00:00+00:00"
bool(true)
