--TEST--
Retries follow SPEC §5: only where nothing can be created twice; attempts are counted server-side and in the message
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';

$base = ci_emulator_start();
$n = 0;
$try = function (string $scenario, array $opts = [], string $op = 'create') use ($base, &$n) {
	$before = count(ci_emulator_log($base));
	$g = ci_test_gateway('cryptomus', "$base/_s/$scenario", $opts);
	try {
		$inv = $op === 'create'
			? $g->createInvoice(['amount' => '1', 'currency' => 'USD', 'order_id' => 'r-' . ++$n])
			: $g->getInvoice('00000000-0000-0000-0000-000000000000');
		$result = 'ok ' . $inv->status->value;
	} catch (CryptoInvoice\Exception $e) {
		$result = get_class($e) . ': ' . $e->getMessage();
	}
	printf("%-12s %-6s sent=%d  %s\n", $scenario, $op, count(ci_emulator_log($base)) - $before, $result);
};

/* Cryptomus deduplicates by order_id: 502/503/504 may be retried. */
$try('fail503x2', ['retries' => 2]);
$try('fail502x1', ['retries' => 2]);
$try('fail504x3', ['retries' => 2]);
/* 429 is always retried; Retry-After 0 replaces the backoff. */
$try('fail429x1', ['retries' => 1]);
/* A Retry-After longer than 4 s ends the retries at once. */
$try('retryafter10', ['retries' => 2]);
/* 500 and 4xx are never retried for a create. */
$try('fail500x1', ['retries' => 2]);
$try('status400', ['retries' => 2]);
$try('status401', ['retries' => 2]);
/* retries => 0 means one attempt. */
$try('fail503x1', ['retries' => 0]);
/* Lookups create nothing: any 5xx may be retried. */
$try('fail501x1', ['retries' => 1], 'lookup');

/* A connection that never sent anything is retried; the exception says how many attempts ran. */
$closed = stream_socket_server('tcp://127.0.0.1:0');
$port = parse_url('tcp://' . stream_socket_get_name($closed, false), PHP_URL_PORT);
fclose($closed);
try {
	ci_test_gateway('cryptomus', "http://127.0.0.1:$port", ['retries' => 2])
		->createInvoice(['amount' => '1', 'currency' => 'USD', 'order_id' => 'x']);
} catch (CryptoInvoice\TransportException $e) {
	echo get_class($e), ' code=', $e->getCode(), ' ', str_ends_with($e->getMessage(), '(3 attempts)') ? '3 attempts' : $e->getMessage(), "\n";
}
?>
--EXPECT--
fail503x2    create sent=3  ok created
fail502x1    create sent=2  ok created
fail504x3    create sent=3  CryptoInvoice\ApiException: Cryptomus failed on its side (HTTP 504): Gateway timeout; the invoice may have been made all the same: findInvoice() by its order id before creating it again (3 attempts)
fail429x1    create sent=2  ok created
retryafter10 create sent=1  CryptoInvoice\RateLimitException: Cryptomus is rate-limiting this key (HTTP 429): Too many requests (1 attempt)
fail500x1    create sent=1  CryptoInvoice\ApiException: Cryptomus failed on its side (HTTP 500): Server error; the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
status400    create sent=1  CryptoInvoice\ApiException: Cryptomus refused the request (HTTP 400): Bad request (1 attempt)
status401    create sent=1  CryptoInvoice\AuthenticationException: Cryptomus rejected the credentials (HTTP 401): Unauthorized (1 attempt)
fail503x1    create sent=1  CryptoInvoice\ApiException: Cryptomus failed on its side (HTTP 503): Service unavailable; the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
fail501x1    lookup sent=2  CryptoInvoice\ApiException: Cryptomus does not know this invoice (HTTP 404): Payment not found (2 attempts)
CryptoInvoice\TransportException code=7 3 attempts
