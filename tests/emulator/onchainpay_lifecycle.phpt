--TEST--
Emulator, OnChainPay get-invoices (newest first, offset/limit up to 100, total, status list), available-currencies, price-rate, advanced-balances: signed, each with a fresh nonce; no cancel, no refund
--FILE--
<?php
require __DIR__ . '/raw.inc';

$base = ci_emulator_start();
$call = static fn (string $path, array $body = [], array $o = []): array => raw_onchainpay($base, "/api-gateway/$path", $body, $o);

const T = 1767225600;
$ids = [];
foreach (['a' => T, 'b' => T + 60.25, 'c' => T - 86400, 'd' => T + 120, 'e' => T + 60.25] as $order => $t) {
	$ids[$order] = $call('make-invoice', ['currency' => 'USD', 'amount' => '20', 'order' => $order])['json']['response']['id'];
	$moved = ci_emulator_set_created($base, 'onchainpay', $ids[$order], $t);
	echo "$order: {$moved['createdAt']} .. {$moved['expiresAt']}\n";
}
$names = array_flip($ids);
ci_emulator_set_status($base, 'onchainpay', $ids['b'], 'PROCESSED');
ci_emulator_set_status($base, 'onchainpay', $ids['c'], 'EXPIRED');
$list = static function (array $body) use ($call, $names): string {
	$r = $call('get-invoices', $body);
	if ($r['status'] !== 200 || !$r['json']['success']) {
		return raw_show($r);
	}
	return '[' . implode(',', array_map(static fn (array $i): string => $names[$i['id']], $r['json']['response']['invoices']))
		. '] total ' . json_encode($r['json']['response']['total']) . "\n";
};

echo "-- get-invoices\n";
echo $list(['limit' => 100, 'offset' => 0]);
foreach ([[2, 0], [2, 2], [2, 4], [2, 6], [3, 1]] as [$limit, $offset]) {
	echo "limit $limit offset $offset: ", $list(['limit' => $limit, 'offset' => $offset]);
}
echo 'defaults: ', $list([]);
echo 'INIT: ', $list(['status' => ['INIT'], 'limit' => 2, 'offset' => 0]);
echo 'INIT, page 2: ', $list(['status' => ['INIT'], 'limit' => 2, 'offset' => 2]);
echo 'PROCESSED or EXPIRED: ', $list(['status' => ['PROCESSED', 'EXPIRED'], 'limit' => 10, 'offset' => 0]);
echo 'no such word: ', $list(['status' => ['PAID'], 'limit' => 10, 'offset' => 0]);
echo 'dates are not a filter: ', $list(['limit' => 10, 'offset' => 0, 'from' => '2030-01-01', 'dateFrom' => 1]);
$item = $call('get-invoices', ['limit' => 1, 'offset' => 0])['json']['response']['invoices'][0];
$one = $call('get-invoice', ['invoiceId' => $item['id']])['json']['response'];
echo 'items as get-invoice: ', var_export($item === $one, true), "\n";
foreach ([['limit' => 101], ['limit' => 0], ['limit' => '10'], ['offset' => -1], ['offset' => 1.5], ['status' => 'INIT'], ['status' => [1]], ['limit' => 500, 'status' => ['INIT', null]]] as $bad) {
	echo json_encode($bad), ': ', raw_show($call('get-invoices', $bad));
}
echo 'bad signature: ', raw_show($call('get-invoices', ['limit' => 2], ['key' => 'wrong']));
$nonce = 7_000_000_000_000_001;
$call('get-invoices', ['limit' => 2, 'nonce' => $nonce]);
echo 'nonce again: ', raw_show($call('get-invoices', ['limit' => 2, 'nonce' => $nonce]));

echo "-- available-currencies\n";
$r = $call('available-currencies');
foreach ($r['json']['response'] as $c) {
	foreach ($c['networks'] as $n) {
		printf("%s %s(%s) currency deposit=%d network deposit=%d maintenance=%d fee=%s price=%s\n", $c['currency'], $n['name'], $n['alias'],
			$c['allowDeposit'], $n['allowDeposit'], $n['underMaintenance'], $n['withdrawalFee'], $c['priceUSD']);
	}
}
echo 'bad signature: ', raw_show($call('available-currencies', [], ['key' => 'wrong']));

echo "-- price-rate\n";
echo raw_show($call('price-rate', ['from' => 'BTC', 'to' => 'USDT']));
echo raw_show($call('price-rate', ['from' => 'USDT', 'to' => 'BTC']));
echo raw_show($call('price-rate', ['from' => 'DOGE', 'to' => 'USDT']));
echo raw_show($call('price-rate', ['from' => 'BTC']));
echo 'bad signature: ', raw_show($call('price-rate', ['from' => 'BTC', 'to' => 'USDT'], ['key' => 'wrong']));

echo "-- advanced-balances\n";
echo raw_show($call('advanced-balances'));
echo 'bad signature: ', raw_show($call('advanced-balances', [], ['key' => 'wrong']));

echo "-- no cancel, no refund\n";
foreach (['cancel-invoice', 'invoice/cancel', 'refund'] as $path) {
	echo "$path: ", raw_show($call($path, ['invoiceId' => $ids['a']]));
}
?>
--EXPECT--
a: 2026-01-01T00:00:00.000Z .. 2026-01-01T00:30:00.000Z
b: 2026-01-01T00:01:00.250Z .. 2026-01-01T00:31:00.250Z
c: 2025-12-31T00:00:00.000Z .. 2025-12-31T00:30:00.000Z
d: 2026-01-01T00:02:00.000Z .. 2026-01-01T00:32:00.000Z
e: 2026-01-01T00:01:00.250Z .. 2026-01-01T00:31:00.250Z
-- get-invoices
[d,e,b,a,c] total 5
limit 2 offset 0: [d,e] total 5
limit 2 offset 2: [b,a] total 5
limit 2 offset 4: [c] total 5
limit 2 offset 6: [] total 5
limit 3 offset 1: [e,b,a] total 5
defaults: [d,e,b,a,c] total 5
INIT: [d,e] total 3
INIT, page 2: [a] total 3
PROCESSED or EXPIRED: [b,c] total 2
no such word: [] total 0
dates are not a filter: [d,e,b,a,c] total 5
items as get-invoice: true
{"limit":101}: 400 {"success":false,"error":{"name":"ValidationError","message":"limit: must be an integer from 1 to 100","code":1003}}
{"limit":0}: 400 {"success":false,"error":{"name":"ValidationError","message":"limit: must be an integer from 1 to 100","code":1003}}
{"limit":"10"}: 400 {"success":false,"error":{"name":"ValidationError","message":"limit: must be an integer from 1 to 100","code":1003}}
{"offset":-1}: 400 {"success":false,"error":{"name":"ValidationError","message":"offset: must be a non-negative integer","code":1003}}
{"offset":1.5}: 400 {"success":false,"error":{"name":"ValidationError","message":"offset: must be a non-negative integer","code":1003}}
{"status":"INIT"}: 400 {"success":false,"error":{"name":"ValidationError","message":"status: must be an array of strings","code":1003}}
{"status":[1]}: 400 {"success":false,"error":{"name":"ValidationError","message":"status: must be an array of strings","code":1003}}
{"limit":500,"status":["INIT",null]}: 400 {"success":false,"error":{"name":"ValidationError","message":"limit: must be an integer from 1 to 100; status: must be an array of strings","code":1003}}
bad signature: 401 {"success":false,"error":{"name":"AuthError","message":"Invalid signature","code":1000}}
nonce again: 400 {"success":false,"error":{"name":"NonceError","message":"Nonce already used","code":1001}}
-- available-currencies
USDT tron(TRC20) currency deposit=1 network deposit=1 maintenance=1 fee=1 price=1
USDT ethereum(ERC20) currency deposit=1 network deposit=1 maintenance=0 fee=5 price=1
USDT bsc(BEP20) currency deposit=1 network deposit=0 maintenance=0 fee=0.5 price=1
BTC bitcoin(BTC) currency deposit=1 network deposit=1 maintenance=0 fee=0.0002 price=64000.12
ETH ethereum(ERC20) currency deposit=1 network deposit=1 maintenance=0 fee=0.003 price=3100.5
bad signature: 401 {"success":false,"error":{"name":"AuthError","message":"Invalid signature","code":1000}}
-- price-rate
200 {"success":true,"response":"64000.12"}
200 {"success":true,"response":"0.00001562"}
400 {"success":false,"error":{"name":"ValidationError","message":"from: unknown currency","code":1003}}
400 {"success":false,"error":{"name":"ValidationError","message":"to: is required","code":1003}}
bad signature: 401 {"success":false,"error":{"name":"AuthError","message":"Invalid signature","code":1000}}
-- advanced-balances
200 {"success":true,"response":[{"advancedBalanceId":"345028e0-8b6b-4b2f-9d1c-6f4c8a1e0b11","currency":"USD","blocked":false,"blockReason":null,"balance":"4711.33","availableCurrenciesForDeposit":["USDT"],"tariffs":[]}]}
bad signature: 401 {"success":false,"error":{"name":"AuthError","message":"Invalid signature","code":1000}}
-- no cancel, no refund
cancel-invoice: 404 {"success":false,"error":{"name":"NotFound","message":"Route not found","code":404}}
invoice/cancel: 404 {"success":false,"error":{"name":"NotFound","message":"Route not found","code":404}}
refund: 404 {"success":false,"error":{"name":"NotFound","message":"Route not found","code":404}}
