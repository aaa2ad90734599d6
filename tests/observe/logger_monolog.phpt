--TEST--
Option logger: a Monolog logger sees one info per exchange, a warning per retry and an error per final failure, for creates, lookups, webhook lookups and batches
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/logging.inc';

$base = ci_emulator_start();
[$logger, $records] = ci_monolog();
$gateway = fn(string $provider, string $scenario = 'ok', array $o = []) => ci_test_gateway($provider, "$base/_s/$scenario", $o + ['logger' => $logger]);
$sent = 0;
$step = function (string $title, callable $call) use ($base, $records, &$sent) {
	echo "== $title\n";
	try {
		$r = $call();
		echo is_array($r) ? implode(', ', array_map(fn($x) => get_debug_type($x), $r)) : get_debug_type($r), "\n";
	} catch (CryptoInvoice\Exception $e) {
		echo get_class($e), ' after ', $e instanceof CryptoInvoice\InvalidArgumentException ? 0 : $e->getAttempts(), " attempt(s)\n";
	}
	$infos = count(array_filter($records->getRecords(), fn($r) => $r['level_name'] === 'INFO'));
	/* A request the client gave up on (the timeout) reaches the server's log when the server gets
	 * to it, which under valgrind can be after the client's timeout: wait for it, not for a time. */
	for ($i = 0; ($now = count(ci_emulator_log($base))) - $sent < $infos && $i < 300; $i++) {
		usleep(100000);
	}
	echo "server saw ", $now - $sent, ", info records ", $infos, "\n";
	$sent = $now;
	ci_print_records($records);
};
$params = fn(string $order, string $currency = 'USD') => ['amount' => '10', 'currency' => $currency, 'order_id' => $order];

$step('a success', fn() => $gateway('cryptomus')->createInvoice($params('m-1')));
$step('a 429, retried after its Retry-After: 0', fn() => $gateway('cryptomus', 'fail429x1', ['retries' => 2])->createInvoice($params('m-2')));
$step('a timeout: a create that may have arrived is not retried', fn() => $gateway('cryptomus', 'hang', ['retries' => 2, 'timeout' => 1])->createInvoice($params('m-3')));
$step('a lookup that finds nothing: retried 5xx first', fn() => $gateway('cryptomus', 'fail502x1', ['retries' => 1])->getInvoice('00000000-0000-4000-8000-000000000000'));
$step('the provider refuses: 422, never retried', fn() => $gateway('cryptomus', 'ok', ['retries' => 2])->createInvoice($params('m-4', 'XXX')));
$step('invalid parameters: nothing sent, nothing logged', fn() => $gateway('cryptomus')->createInvoice(['amount' => '-1']));

$ocp = $gateway('onchainpay');
$created = $ocp->createInvoice($params('o-1'));
$records->clear();
$sent = count(ci_emulator_log($base));
$step('a webhook confirmed by a lookup', fn() => $ocp->parseWebhook(json_encode(['invoiceId' => $created->id, 'status' => 'PROCESSED'])));

/* A batch: one record per exchange, in completion order; the failing item's error record follows
 * its own exchange's record. Completion order is the server's to decide: compare sorted. */
echo "== a batch\n";
$results = $gateway('cryptomus')->createInvoices(['a' => $params('b-1'), 'b' => $params('b-2', 'XXX'), 'c' => $params('b-3'), 'd' => ['amount' => 'x']], 3);
echo implode(', ', array_map(fn($k, $r) => "$k: " . get_class($r), array_keys($results), $results)), "\n";
$lines = array_map(fn($r) => ci_record_line($r['level_name'], $r['message'], $r['context']), $records->getRecords());
$error = array_search('ERROR', array_column($records->getRecords(), 'level_name'), true);
echo 'the error follows the 422: ', var_export($error > 0 && str_contains($lines[$error - 1], 'HTTP 422'), true), "\n";
sort($lines);
echo implode("\n", $lines), "\n";
echo "server saw ", count(ci_emulator_log($base)) - $sent, "\n";
?>
--EXPECT--
== a success
CryptoInvoice\Invoice
server saw 1, info records 1
INFO cryptomus create: HTTP 200 in # ms {"provider":"cryptomus","operation":"create","method":"POST","path":"/v1/payment","http_status":200,"attempt":1,"duration_ms":"#","reused_connection":false}
== a 429, retried after its Retry-After: 0
CryptoInvoice\Invoice
server saw 2, info records 2
INFO cryptomus create: HTTP 429 in # ms {"provider":"cryptomus","operation":"create","method":"POST","path":"/v1/payment","http_status":429,"attempt":1,"duration_ms":"#","reused_connection":false,"error":"CryptoInvoice\\RateLimitException"}
WARNING cryptomus create: retry in 0 ms after HTTP 429 {"provider":"cryptomus","operation":"create","method":"POST","path":"/v1/payment","http_status":429,"attempt":1,"duration_ms":"#","reused_connection":false,"error":"CryptoInvoice\\RateLimitException"}
INFO cryptomus create: HTTP 200 in # ms {"provider":"cryptomus","operation":"create","method":"POST","path":"/v1/payment","http_status":200,"attempt":2,"duration_ms":"#","reused_connection":false}
== a timeout: a create that may have arrived is not retried
CryptoInvoice\TransportException after 1 attempt(s)
server saw 1, info records 1
INFO cryptomus create: no answer (Timeout was reached) in # ms {"provider":"cryptomus","operation":"create","method":"POST","path":"/v1/payment","http_status":0,"attempt":1,"duration_ms":"#","reused_connection":false,"error":"CryptoInvoice\\TransportException"}
ERROR cryptomus create: failed with CryptoInvoice\TransportException after 1 attempt {"provider":"cryptomus","operation":"create","method":"POST","path":"/v1/payment","http_status":0,"attempt":1,"duration_ms":"#","reused_connection":false,"error":"CryptoInvoice\\TransportException"}
== a lookup that finds nothing: retried 5xx first
CryptoInvoice\ApiException after 2 attempt(s)
server saw 2, info records 2
INFO cryptomus lookup: HTTP 502 in # ms {"provider":"cryptomus","operation":"lookup","method":"POST","path":"/v1/payment/info","http_status":502,"attempt":1,"duration_ms":"#","reused_connection":false,"error":"CryptoInvoice\\ApiException"}
WARNING cryptomus lookup: retry in # ms after HTTP 502 {"provider":"cryptomus","operation":"lookup","method":"POST","path":"/v1/payment/info","http_status":502,"attempt":1,"duration_ms":"#","reused_connection":false,"error":"CryptoInvoice\\ApiException"}
INFO cryptomus lookup: HTTP 404 in # ms {"provider":"cryptomus","operation":"lookup","method":"POST","path":"/v1/payment/info","http_status":404,"attempt":2,"duration_ms":"#","reused_connection":false,"error":"CryptoInvoice\\ApiException"}
ERROR cryptomus lookup: failed with CryptoInvoice\ApiException after 2 attempts {"provider":"cryptomus","operation":"lookup","method":"POST","path":"/v1/payment/info","http_status":404,"attempt":2,"duration_ms":"#","reused_connection":false,"error":"CryptoInvoice\\ApiException"}
== the provider refuses: 422, never retried
CryptoInvoice\ApiException after 1 attempt(s)
server saw 1, info records 1
INFO cryptomus create: HTTP 422 in # ms {"provider":"cryptomus","operation":"create","method":"POST","path":"/v1/payment","http_status":422,"attempt":1,"duration_ms":"#","reused_connection":false,"error":"CryptoInvoice\\ApiException"}
ERROR cryptomus create: failed with CryptoInvoice\ApiException after 1 attempt {"provider":"cryptomus","operation":"create","method":"POST","path":"/v1/payment","http_status":422,"attempt":1,"duration_ms":"#","reused_connection":false,"error":"CryptoInvoice\\ApiException"}
== invalid parameters: nothing sent, nothing logged
CryptoInvoice\InvalidArgumentException after 0 attempt(s)
server saw 0, info records 0
== a webhook confirmed by a lookup
CryptoInvoice\Invoice
server saw 1, info records 1
INFO onchainpay lookup: HTTP 200 in # ms {"provider":"onchainpay","operation":"lookup","method":"POST","path":"/api-gateway/get-invoice","http_status":200,"attempt":1,"duration_ms":"#","reused_connection":false}
== a batch
a: CryptoInvoice\Invoice, b: CryptoInvoice\ApiException, c: CryptoInvoice\Invoice, d: CryptoInvoice\InvalidArgumentException
the error follows the 422: true
ERROR cryptomus create: failed with CryptoInvoice\ApiException after 1 attempt {"provider":"cryptomus","operation":"create","method":"POST","path":"/v1/payment","http_status":422,"attempt":1,"duration_ms":"#","reused_connection":false,"error":"CryptoInvoice\\ApiException"}
INFO cryptomus create: HTTP 200 in # ms {"provider":"cryptomus","operation":"create","method":"POST","path":"/v1/payment","http_status":200,"attempt":1,"duration_ms":"#","reused_connection":false}
INFO cryptomus create: HTTP 200 in # ms {"provider":"cryptomus","operation":"create","method":"POST","path":"/v1/payment","http_status":200,"attempt":1,"duration_ms":"#","reused_connection":false}
INFO cryptomus create: HTTP 422 in # ms {"provider":"cryptomus","operation":"create","method":"POST","path":"/v1/payment","http_status":422,"attempt":1,"duration_ms":"#","reused_connection":false,"error":"CryptoInvoice\\ApiException"}
server saw 3
