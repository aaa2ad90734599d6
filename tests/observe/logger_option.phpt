--TEST--
Option logger: only an object with a public log() method; held by the gateway (shown as its class only, collected in a cycle, never cloned)
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/logging.inc';
use CryptoInvoice\{Cryptomus, Gateways};

final class PrivateLog { private function log($l, $m, array $c = []) {} }
final class MagicLog { public array $calls = []; public function __call($name, $args) { $this->calls[] = $name; } }
final class KeyedLogger extends Psr\Log\AbstractLogger
{
	public string $webhookToken = 'LOGGER-SECRET-1c9e';
	public $gateway;
	public function log($level, $message, array $context = []): void {}
	public function __destruct() { echo "logger destroyed\n"; }
}

foreach (['a string' => 'syslog', 'an array' => [new Psr\Log\NullLogger(), 'log'], 'a stdClass' => new stdClass(),
	'a private log()' => new PrivateLog(), 'a closure' => fn($l, $m, $c) => null, 'an anonymous class' => new class {}] as $what => $logger) {
	try {
		new Cryptomus('m', 'k', ['logger' => $logger]);
		echo "$what: accepted\n";
	} catch (CryptoInvoice\InvalidArgumentException $e) {
		echo "$what: ", $e->getMessage(), "\n";
	}
}
/* Accepted: any PSR-3 logger, an object answering log() through __call, null (no logger), Gateways::create. */
echo get_class(new Cryptomus('m', 'k', ['logger' => new Psr\Log\NullLogger()])), "\n";
echo get_class(new Cryptomus('m', 'k', ['logger' => null])), "\n";
$magic = new MagicLog();
$base = ci_emulator_start();
ci_test_gateway('cryptomus', $base, ['logger' => $magic])->createInvoice(['amount' => '1', 'currency' => 'USD', 'order_id' => 'x']);
echo "__call saw: ", implode(', ', $magic->calls), "\n";
$g = Gateways::create('bitsby', ['project_id' => CI_TEST_BITSBY_PROJECT, 'api_token' => 't', 'logger' => new KeyedLogger()]);
echo get_class($g), "\n";

/* The gateway's dumps name the logger's class, nothing of the object. */
$dumps = print_r($g, true) . var_export($g, true) . json_encode($g) . print_r((array) $g, true);
ob_start();
var_dump($g);
debug_zval_dump($g);
$dumps .= ob_get_clean();
echo "dumps name the class: ", var_export(str_contains($dumps, 'KeyedLogger'), true), "; hold its token: ", var_export(str_contains($dumps, 'LOGGER-SECRET'), true), "\n";
try {
	clone $g;
} catch (Error $e) {
	echo get_class($e), ': ', $e->getMessage(), "\n";
}
unset($g);
echo "-- dropped: the logger goes with the gateway\n";

/* A cycle through the logger (a logger that keeps the gateway) is collected. */
$logger = new KeyedLogger();
$logger->gateway = ci_test_gateway('cryptomus', $base, ['logger' => $logger]);
unset($logger);
echo "-- cycle left\n";
$collected = gc_collect_cycles();
echo "collected: ", $collected >= 2 ? 'yes' : 'no', "\n";
echo "-- end\n";
?>
--EXPECT--
a string: Cryptomus: option logger must be a PSR-3 logger, an object with a public log($level, $message, array $context) method (Psr\Log\LoggerInterface, Monolog\Logger, Laravel's Log::channel()), got string
an array: Cryptomus: option logger must be a PSR-3 logger, an object with a public log($level, $message, array $context) method (Psr\Log\LoggerInterface, Monolog\Logger, Laravel's Log::channel()), got array
a stdClass: Cryptomus: option logger must be a PSR-3 logger, an object with a public log($level, $message, array $context) method (Psr\Log\LoggerInterface, Monolog\Logger, Laravel's Log::channel()), got an object of class stdClass, which has no public log() method
a private log(): Cryptomus: option logger must be a PSR-3 logger, an object with a public log($level, $message, array $context) method (Psr\Log\LoggerInterface, Monolog\Logger, Laravel's Log::channel()), got an object of class PrivateLog, which has no public log() method
a closure: Cryptomus: option logger must be a PSR-3 logger, an object with a public log($level, $message, array $context) method (Psr\Log\LoggerInterface, Monolog\Logger, Laravel's Log::channel()), got an object of class Closure, which has no public log() method
an anonymous class: Cryptomus: option logger must be a PSR-3 logger, an object with a public log($level, $message, array $context) method (Psr\Log\LoggerInterface, Monolog\Logger, Laravel's Log::channel()), got an object of class class@anonymous, which has no public log() method
CryptoInvoice\Cryptomus
CryptoInvoice\Cryptomus
__call saw: log
CryptoInvoice\Bitsby
dumps name the class: true; hold its token: false
Error: Trying to clone an uncloneable object of class CryptoInvoice\Bitsby
logger destroyed
-- dropped: the logger goes with the gateway
-- cycle left
logger destroyed
collected: yes
-- end
