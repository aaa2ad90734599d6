--TEST--
getAttempts(): every TransportException and ApiException (subclasses included) a call throws says how many HTTP attempts ran, as its message does
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';

$base = ci_emulator_start();
$show = function (string $title, callable $call) use ($base) {
	$before = count(ci_emulator_log($base));
	try {
		$call();
		echo "$title: no exception\n";
	} catch (CryptoInvoice\Exception $e) {
		preg_match('/\((\d+) attempts?\)$/', $e->getMessage(), $m);
		printf("%s: %s getAttempts()=%d message=%s server=%d\n", $title, get_class($e), $e->getAttempts(), $m[1] ?? '-',
			count(ci_emulator_log($base)) - $before);
	}
};
$create = fn(string $scenario, array $o = []) => fn() => ci_test_gateway('cryptomus', "$base/_s/$scenario", $o)
	->createInvoice(['amount' => '1', 'currency' => 'USD', 'order_id' => 'a-' . bin2hex(random_bytes(4))]);

$show('422', $create('status422', ['retries' => 2]));
$show('504 x3, 2 retries', $create('fail504x3', ['retries' => 2]));
$show('429 x5, 3 retries', $create('fail429x5', ['retries' => 3]));
$show('401', $create('status401', ['retries' => 2]));
$show('html200', $create('html200', ['retries' => 2]));
$show('lookup 404', fn() => ci_test_gateway('cryptomus', $base, ['retries' => 2])->getInvoice('00000000-0000-4000-8000-000000000000'));
$show('lookup 500 x9, 1 retry', fn() => ci_test_gateway('cryptomus', "$base/_s/fail500x9", ['retries' => 1])->getInvoice('00000000-0000-4000-8000-000000000000'));
$show('webhook lookup 500', fn() => ci_test_gateway('onchainpay', "$base/_s/status500")->parseWebhook('{"invoiceId":"x"}'));

/* Never connected: every attempt counts, though the server saw none. */
$closed = stream_socket_server('tcp://127.0.0.1:0');
$port = parse_url('tcp://' . stream_socket_get_name($closed, false), PHP_URL_PORT);
fclose($closed);
$show('refused, 2 retries', fn() => ci_test_gateway('cryptomus', "http://127.0.0.1:$port", ['retries' => 2])
	->createInvoice(['amount' => '1', 'currency' => 'USD', 'order_id' => 'x']));

/* A batch's per-item exceptions say it too. */
$r = ci_test_gateway('cryptomus', "$base/_s/fail503x9", ['retries' => 1])->createInvoices([['amount' => '1', 'currency' => 'USD', 'order_id' => 'b-1']]);
printf("batch item: %s getAttempts()=%d\n", get_class($r[0]), $r[0]->getAttempts());

/* Thrown by anyone else (a test double): 0. Invalid arguments and webhooks have no attempts. */
echo (new CryptoInvoice\TransportException('x'))->getAttempts(), ' ', (new CryptoInvoice\RateLimitException('x'))->getAttempts(), "\n";
var_dump(method_exists(CryptoInvoice\InvalidArgumentException::class, 'getAttempts'), method_exists(CryptoInvoice\WebhookException::class, 'getAttempts'));
?>
--EXPECT--
422: CryptoInvoice\ApiException getAttempts()=1 message=1 server=1
504 x3, 2 retries: CryptoInvoice\ApiException getAttempts()=3 message=3 server=3
429 x5, 3 retries: CryptoInvoice\RateLimitException getAttempts()=4 message=4 server=4
401: CryptoInvoice\AuthenticationException getAttempts()=1 message=1 server=1
html200: CryptoInvoice\UnexpectedResponseException getAttempts()=1 message=1 server=1
lookup 404: CryptoInvoice\ApiException getAttempts()=1 message=1 server=1
lookup 500 x9, 1 retry: CryptoInvoice\ApiException getAttempts()=2 message=2 server=2
webhook lookup 500: CryptoInvoice\ApiException getAttempts()=1 message=1 server=1
refused, 2 retries: CryptoInvoice\TransportException getAttempts()=3 message=3 server=0
batch item: CryptoInvoice\ApiException getAttempts()=2
0 0
bool(false)
bool(false)
