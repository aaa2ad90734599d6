--TEST--
Gateways::stats(): per provider, the requests the server counted, retries, failures by class and connections; phpinfo() shows the same figures
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
require __DIR__ . '/../inc/pool.inc';
use CryptoInvoice\Gateways;

echo "-- a fresh process: every provider, zeros\n";
$zero = ['requests' => 0, 'retries' => 0, 'failures' => [], 'connections_opened' => 0, 'connections_reused' => 0, 'idle_connections' => 0];
$fresh = Gateways::stats();
echo json_encode($fresh['cryptomus']), "\n";
echo 'every provider of Gateways::providers(), in its order, zeros: ',
	var_export($fresh === array_fill_keys(array_keys(Gateways::providers()), $zero), true), "\n";

$base = ci_emulator_start();
$try = function (callable $call) {
	try {
		$r = $call();
		return is_array($r) ? implode(',', array_map('get_debug_type', $r)) : get_debug_type($r);
	} catch (CryptoInvoice\Exception $e) {
		return get_class($e);
	}
};
$p = fn(string $order, string $currency = 'USD') => ['amount' => '10', 'currency' => $currency, 'order_id' => $order];
$gw = fn(string $provider, string $scenario = 'ok', array $o = []) => ci_test_gateway($provider, "$base/_s/$scenario", $o);

$cm = $gw('cryptomus');
$calls = [
	fn() => $cm->createInvoice($p('s-1')),
	fn() => $gw('cryptomus', 'fail429x1', ['retries' => 1])->createInvoice($p('s-2')),
	fn() => $gw('cryptomus', 'fail503x2', ['retries' => 2])->createInvoice($p('s-3')),
	fn() => $cm->createInvoice($p('s-4', 'XXX')),
	fn() => $gw('cryptomus', 'fail500x9', ['retries' => 1])->getInvoice('00000000-0000-4000-8000-000000000000'),
	fn() => $cm->createInvoices([$p('s-5'), $p('s-6'), $p('s-7', 'XXX'), ['amount' => 'bad']]),
	fn() => $cm->createInvoice(['amount' => 'bad']), /* nothing sent: not a request, not a failure */
	fn() => $gw('cryptocloud')->createInvoice($p('c-1')),
	fn() => $gw('cryptocloud', 'status500', ['retries' => 2])->createInvoice($p('c-2')),
	fn() => $gw('cryptocloud', 'html200')->createInvoice($p('c-3')),
	fn() => $gw('onchainpay')->parseWebhook('{"invoiceId":"00000000-0000-4000-8000-000000000000"}'),
	fn() => $gw('onchainpay', 'status401')->createInvoice($p('o-1')),
	fn() => $gw('bitsby', 'ok', ['persistent' => false])->createInvoice($p('b-1')),
];
foreach ($calls as $call) {
	echo $try($call), "\n";
}

echo "-- requests: as the server counted them\n";
$server = array_fill_keys(array_keys(Gateways::providers()), 0);
foreach (ci_emulator_log($base) as $entry) {
	/* The emulator's own routing (each provider's PATHS under its MOUNT) names the provider. */
	$hit = emu_provider_for_path($entry['path']);
	$name = $hit ? $hit[0]::NAME : "no provider at {$entry['path']}";
	$server[$name] = ($server[$name] ?? 0) + 1;
}
$stats = Gateways::stats();
$untouched = [];
foreach ($stats as $name => $row) {
	if (!in_array($name, ['cryptomus', 'cryptocloud', 'onchainpay', 'bitsby'], true)) {
		/* A provider this test never calls: nothing counted, by it or by the server. */
		$untouched[] = $row === $zero && $server[$name] === 0 ? 'zeros' : "$name: " . json_encode($row) . " (server {$server[$name]})";
		continue;
	}
	printf("%-11s requests=%d (server %d) retries=%d opened=%d reused=%d failures=%s\n", $name, $row['requests'], $server[$name],
		$row['retries'], $row['connections_opened'], $row['connections_reused'], json_encode($row['failures']));
}
echo 'every other provider: ', implode(', ', array_unique($untouched)), "\n";
echo "bitsby (not persistent) idle: ", $stats['bitsby']['idle_connections'], "\n";

echo "-- a keep-alive server: one connection opened, then reused\n";
[$ka, $connections] = ci_keepalive_start(60000);
for ($i = 1; $i <= 4; $i++) {
	ci_test_gateway('cryptomus', $ka)->createInvoice($p("k-$i"));
}
$after = Gateways::stats()['cryptomus'];
printf("requests +%d, opened +%d, reused +%d (server: %d connection), idle grew: %s\n",
	$after['requests'] - $stats['cryptomus']['requests'], $after['connections_opened'] - $stats['cryptomus']['connections_opened'],
	$after['connections_reused'] - $stats['cryptomus']['connections_reused'], $connections(),
	var_export($after['idle_connections'] > $stats['cryptomus']['idle_connections'], true));

echo "-- phpinfo() shows the same figures\n";
ob_start();
phpinfo(INFO_MODULES);
$info = ob_get_clean();
foreach (Gateways::stats() as $name => $row) {
	/* The failures cell: "3: CryptoInvoice\ApiException 2, CryptoInvoice\TransportException 1", or "0". */
	$failures = array_sum($row['failures']) . ($row['failures'] ? ': ' . implode(', ',
		array_map(fn($class, $n) => "$class $n", array_keys($row['failures']), $row['failures'])) : '');
	$line = implode(' => ', [$name, $row['requests'], $row['retries'], $failures, $row['connections_opened'], $row['connections_reused'], $row['idle_connections']]);
	$same[] = str_contains($info, "\n$line\n") ? 'same' : "$name: DIFFERS, expected $line";
}
echo 'every provider (', implode(', ', array_keys(Gateways::stats())) === implode(', ', array_keys(Gateways::providers())) ? 'all' : 'NOT all',
	'): ', implode(', ', array_unique($same)), "\n";
?>
--EXPECTF--
-- a fresh process: every provider, zeros
{"requests":0,"retries":0,"failures":[],"connections_opened":0,"connections_reused":0,"idle_connections":0}
every provider of Gateways::providers(), in its order, zeros: true
CryptoInvoice\Invoice
CryptoInvoice\Invoice
CryptoInvoice\Invoice
CryptoInvoice\ApiException
CryptoInvoice\ApiException
CryptoInvoice\Invoice,CryptoInvoice\Invoice,CryptoInvoice\ApiException,CryptoInvoice\InvalidArgumentException
CryptoInvoice\InvalidArgumentException
CryptoInvoice\Invoice
CryptoInvoice\ApiException
CryptoInvoice\UnexpectedResponseException
CryptoInvoice\WebhookException
CryptoInvoice\AuthenticationException
CryptoInvoice\Invoice
-- requests: as the server counted them
cryptomus   requests=12 (server 12) retries=4 opened=12 reused=0 failures={"CryptoInvoice\\ApiException":3}
cryptocloud requests=3 (server 3) retries=0 opened=3 reused=0 failures={"CryptoInvoice\\ApiException":1,"CryptoInvoice\\UnexpectedResponseException":1}
onchainpay  requests=2 (server 2) retries=0 opened=2 reused=0 failures={"CryptoInvoice\\ApiException":1,"CryptoInvoice\\AuthenticationException":1}
bitsby      requests=1 (server 1) retries=0 opened=1 reused=0 failures=[]
every other provider: zeros
bitsby (not persistent) idle: 0
-- a keep-alive server: one connection opened, then reused
requests +4, opened +1, reused +3 (server: 1 connection), idle grew: true
-- phpinfo() shows the same figures
every provider (all): same
