--TEST--
Option logger: a logger that throws ends the call with its exception (no retry after it), and the gateway works on; a logger calling the gateway logs nothing for that inner call
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/logging.inc';

final class LoggerDown extends RuntimeException {}

/** A PSR-3 logger that throws from the record of one level, while told to. */
final class FlakyLogger extends Psr\Log\AbstractLogger
{
	public ?string $throwOn = null;
	public array $seen = [];
	public ?Closure $inside = null;

	public function log($level, $message, array $context = []): void
	{
		$this->seen[] = "$level: $message";
		if ($this->inside) {
			($this->inside)();
		}
		if ($level === $this->throwOn) {
			throw new LoggerDown("the log server is down ($level)");
		}
	}
}

$base = ci_emulator_start();
$logger = new FlakyLogger();
$params = fn(string $order, string $currency = 'USD') => ['amount' => '10', 'currency' => $currency, 'order_id' => $order];
$sent = 0;
$run = function (string $title, ?string $throwOn, callable $call) use ($base, $logger, &$sent) {
	$logger->throwOn = $throwOn;
	$logger->seen = [];
	try {
		$r = $call();
		$out = is_array($r) ? implode(', ', array_map('get_debug_type', $r)) : get_debug_type($r);
	} catch (Throwable $e) {
		$out = get_class($e) . ': ' . $e->getMessage() . ($e->getPrevious() ? ' (previous: ' . get_class($e->getPrevious()) . ')' : '');
	}
	$now = count(ci_emulator_log($base));
	printf("%s\n  -> %s\n  server saw %d; logger saw %s\n", $title, $out, $now - $sent,
		implode(' | ', array_map(fn($l) => preg_replace('/(?<!retry) in \d+ ms/', '', $l), $logger->seen)));
	$sent = $now;
};
$g = ci_test_gateway('cryptomus', $base, ['logger' => $logger]);
$g429 = ci_test_gateway('cryptomus', "$base/_s/fail429x2", ['logger' => $logger, 'retries' => 3]);

$run('throws on the success record: the invoice exists, the caller gets the exception', 'info', fn() => $g->createInvoice($params('t-1')));
$run('the same gateway, logger fine again', null, fn() => $g->createInvoice($params('t-2')));
$run('throws on the 429 record: no retry follows', 'info', fn() => $g429->createInvoice($params('t-3')));
$run('throws on the retry warning: the retry does not happen', 'warning', fn() => $g429->createInvoice($params('t-4')));
$run('throws on the final error record: in place of the ApiException', 'error', fn() => $g->createInvoice($params('t-5', 'XXX')));
$run('the same gateway, a lookup', null, fn() => $g->getInvoice($g->createInvoice($params('t-6'))->id));
$run('a batch finishes what it started, then throws the logger\'s exception', 'info',
	fn() => $g->createInvoices([$params('t-7'), $params('t-8'), $params('t-9', 'XXX')]));
echo "  (the first exchange to complete, then no more records)\n";
$run('the same gateway, a batch', null, fn() => $g->createInvoices([$params('t-10'), $params('t-11')]));

/* A logger that uses the gateway itself (a "log and look up" processor): the inner call works
 * and is not logged (no recursion). */
$logger->inside = function () use ($g, $logger) {
	$logger->inside = null;
	echo "  inner lookup: ", $g->getInvoice($g->createInvoice(['amount' => '1', 'currency' => 'USD', 'order_id' => 'inner'])->id)->orderId, "\n";
};
$run('a logger calling the gateway', null, fn() => $g->createInvoice($params('t-12')));
/* Nor may it construct the gateway anew while the gateway is using what it holds. */
$logger->inside = fn() => $g->__construct('other', 'key');
$run('a logger constructing the gateway again', null, fn() => $g->createInvoice($params('t-13')));
$logger->inside = null;
$run('the same gateway, unharmed', null, fn() => $g->createInvoice($params('t-14')));
$logger->inside = fn() => throw new LoggerDown('thrown before anything was logged');
$run('a webhook whose lookup record throws', null, fn() => ci_test_gateway('onchainpay', $base, ['logger' => $logger])
	->parseWebhook(json_encode(['invoiceId' => '00000000-0000-4000-8000-000000000000'])));
$logger->inside = null;

$stats = CryptoInvoice\Gateways::stats()['cryptomus'];
echo "requests: {$stats['requests']}, retries: {$stats['retries']}, failures: ", json_encode($stats['failures']), "\n";
?>
--EXPECTF--
throws on the success record: the invoice exists, the caller gets the exception
  -> LoggerDown: the log server is down (info)
  server saw 1; logger saw info: cryptomus create: HTTP 200
the same gateway, logger fine again
  -> CryptoInvoice\Invoice
  server saw 1; logger saw info: cryptomus create: HTTP 200
throws on the 429 record: no retry follows
  -> LoggerDown: the log server is down (info)
  server saw 1; logger saw info: cryptomus create: HTTP 429
throws on the retry warning: the retry does not happen
  -> LoggerDown: the log server is down (warning)
  server saw 1; logger saw info: cryptomus create: HTTP 429 | warning: cryptomus create: retry in 0 ms after HTTP 429
throws on the final error record: in place of the ApiException
  -> LoggerDown: the log server is down (error)
  server saw 1; logger saw info: cryptomus create: HTTP 422 | error: cryptomus create: failed with CryptoInvoice\ApiException after 1 attempt
the same gateway, a lookup
  -> CryptoInvoice\Invoice
  server saw 2; logger saw info: cryptomus create: HTTP 200 | info: cryptomus lookup: HTTP 200
a batch finishes what it started, then throws the logger's exception
  -> LoggerDown: the log server is down (info)
  server saw 3; logger saw info: cryptomus create: HTTP %d
  (the first exchange to complete, then no more records)
the same gateway, a batch
  -> CryptoInvoice\Invoice, CryptoInvoice\Invoice
  server saw 2; logger saw info: cryptomus create: HTTP 200 | info: cryptomus create: HTTP 200
  inner lookup: inner
a logger calling the gateway
  -> CryptoInvoice\Invoice
  server saw 3; logger saw info: cryptomus create: HTTP 200
a logger constructing the gateway again
  -> Error: CryptoInvoice\Cryptomus object is already constructed
  server saw 1; logger saw info: cryptomus create: HTTP 200
the same gateway, unharmed
  -> CryptoInvoice\Invoice
  server saw 1; logger saw info: cryptomus create: HTTP 200
a webhook whose lookup record throws
  -> LoggerDown: thrown before anything was logged
  server saw 1; logger saw info: onchainpay lookup: HTTP 200
requests: 17, retries: 0, failures: {"CryptoInvoice\\RateLimitException":2,"CryptoInvoice\\ApiException":2}
