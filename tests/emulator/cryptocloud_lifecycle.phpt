--TEST--
Emulator, CryptoCloud list (dd.mm.yyyy UTC days, offset and limit as the last record's number, at most 100), info's 100 ids, cancel only while created, balance; all behind the token
--FILE--
<?php
require __DIR__ . '/raw.inc';

$base = ci_emulator_start();
$call = static fn (string $path, array|string $body, array $o = []): array => raw_cryptocloud($base, $path, $body, $o);

/* 2026-01-01 00:00:00 UTC. */
const T = 1767225600;
$ids = [];
foreach (['a' => T, 'b' => T + 43200.5, 'c' => T - 1, 'd' => T + 86399, 'e' => T + 86400] as $order => $t) {
	$ids[$order] = $call('/v2/invoice/create', ['shop_id' => CI_TEST_CRYPTOCLOUD_SHOP, 'amount' => 10, 'order_id' => $order])['json']['result']['uuid'];
	$moved = ci_emulator_set_created($base, 'cryptocloud', $ids[$order], $t);
	echo "$order: {$moved['created']} .. {$moved['expiry_date']}\n";
}
$names = array_flip($ids);
$list = static function (array $body) use ($call, $names): string {
	$r = $call('/v2/invoice/merchant/list', $body);
	if ($r['status'] !== 200) {
		return raw_show($r);
	}
	return $r['json']['status'] . ' [' . implode(',', array_map(static fn (array $i): string => $names[$i['uuid']], $r['json']['result'])) . "]\n";
};

echo "-- days, newest first\n";
echo $list(['start' => '01.01.2026', 'end' => '01.01.2026']);
echo $list(['start' => '31.12.2025', 'end' => '02.01.2026']);
echo $list(['start' => '02.01.2026', 'end' => '31.12.2026']);
echo $list(['start' => '01.01.2025', 'end' => '31.12.2025']);
$item = $call('/v2/invoice/merchant/list', ['start' => '01.01.2026', 'end' => '01.01.2026'])['json']['result'][0];
echo 'item keys: ', implode(',', array_keys($item)), "\n";

echo "-- pages: records offset+1 .. limit\n";
foreach ([[0, 2], [2, 4], [4, 6], [6, 8], [1, 3], [3, 3], [0, 100], [10, 110]] as [$offset, $limit]) {
	echo "offset $offset limit $limit: ", $list(['start' => '31.12.2025', 'end' => '02.01.2026', 'offset' => $offset, 'limit' => $limit]);
}
echo 'offset 3 alone: ', $list(['start' => '31.12.2025', 'end' => '02.01.2026', 'offset' => 3]);

echo "-- refusals\n";
$day = ['start' => '01.01.2026', 'end' => '01.01.2026'];
echo $list(['end' => '01.01.2026']);
echo $list(['start' => '01.01.2026']);
echo $list(['start' => null, 'end' => '01.01.2026']);
foreach (['2026-01-01', '1.1.2026', '31.02.2026', '01.01.26', '01/01/2026', ' 01.01.2026', 20260101] as $bad) {
	echo json_encode($bad), ': ', $list(['start' => $bad, 'end' => '01.01.2026']);
}
echo 'end bad: ', $list(['start' => '01.01.2026', 'end' => '2026.01.01']);
echo 'end before start: ', $list(['start' => '02.01.2026', 'end' => '01.01.2026']);
echo $list($day + ['offset' => 0, 'limit' => 101]);
echo $list($day + ['offset' => 5, 'limit' => 106]);
echo $list($day + ['offset' => '0', 'limit' => 10]);
echo $list($day + ['limit' => -1]);
echo raw_show($call('/v2/invoice/merchant/list', '{"start":"01.01.2026","end":"01.01.2026","limit":2.0}'));
echo 'bad token: ', raw_show($call('/v2/invoice/merchant/list', $day, ['token' => 'wrong']));

echo "-- info takes 1 to 100 ids\n";
echo raw_show($call('/v2/invoice/merchant/info', ['uuids' => array_fill(0, 101, $ids['a'])]));
$r = $call('/v2/invoice/merchant/info', ['uuids' => array_fill(0, 100, $ids['a'])]);
echo $r['status'], ' ', count($r['json']['result']), ' ', $r['json']['result'][0]['order_id'], "\n";

echo "-- cancel\n";
$cancel = static fn (array $body, array $o = []): array => $call('/v2/invoice/merchant/canceled', $body, $o);
$status = static fn (string $id): string => $call('/v2/invoice/merchant/info', ['uuids' => [$id]])['json']['result'][0]['status'];
echo 'bad token: ', raw_show($cancel(['uuid' => $ids['a']], ['token' => 'wrong']));
echo 'status of a: ', $status($ids['a']), "\n";
echo raw_show($cancel(['uuid' => $ids['a']]));
echo 'status of a: ', $status($ids['a']), "\n";
echo 'again: ', raw_show($cancel(['uuid' => $ids['a']]));
echo 'without INV-: ', raw_show($cancel(['uuid' => substr($ids['c'], 4)]));
echo 'status of c: ', $status($ids['c']), "\n";
foreach (['paid', 'partial', 'overpaid'] as $word) {
	ci_emulator_set_status($base, 'cryptocloud', $ids['b'], $word);
	echo "$word: ", raw_show($cancel(['uuid' => $ids['b']]));
}
echo 'unknown: ', raw_show($cancel(['uuid' => 'INV-ZZZZZZZZ']));
echo 'no uuid: ', raw_show($cancel([]));
echo 'canceled in the list: ', $list(['start' => '01.01.2026', 'end' => '01.01.2026', 'limit' => 3]);
echo implode(',', array_column($call('/v2/invoice/merchant/list', ['start' => '31.12.2025', 'end' => '02.01.2026'])['json']['result'], 'status')), "\n";

echo "-- balance\n";
/* The balance page's example sends no body (nor a Content-Type); {} works too. */
foreach (['' => null, '{}' => 'application/json'] as $body => $type) {
	$r = $call('/v2/merchant/wallet/balance/all', (string) $body, ['type' => $type]);
	echo $r['status'], ' ', $r['json']['status'], ' ', implode(',', array_map(static fn (array $b): string => $b['currency']['code'] . '=' . json_encode($b['balance_crypto'], JSON_PRESERVE_ZERO_FRACTION), $r['json']['result'])),
		' ', implode(',', array_keys($r['json']['result'][0])), "\n";
}
echo 'bad token: ', raw_show($call('/v2/merchant/wallet/balance/all', '', ['token' => 'wrong', 'type' => null]));
echo 'empty JSON body: ', raw_show($call('/v2/merchant/wallet/balance/all', ''));
?>
--EXPECT--
a: 2026-01-01 00:00:00.000000 .. 2026-01-02 00:00:00.000000
b: 2026-01-01 12:00:00.500000 .. 2026-01-02 12:00:00.500000
c: 2025-12-31 23:59:59.000000 .. 2026-01-01 23:59:59.000000
d: 2026-01-01 23:59:59.000000 .. 2026-01-02 23:59:59.000000
e: 2026-01-02 00:00:00.000000 .. 2026-01-03 00:00:00.000000
-- days, newest first
success [d,b,a]
success [e,d,b,a,c]
success [e]
success [c]
item keys: uuid,created,address,expiry_date,side_commission,side_commission_cc,amount,amount_usd,amount_in_fiat,fee,fee_usd,service_fee,service_fee_usd,fiat_currency,status,is_email_required,link,currency,project,test_mode
-- pages: records offset+1 .. limit
offset 0 limit 2: success [e,d]
offset 2 limit 4: success [b,a]
offset 4 limit 6: success [c]
offset 6 limit 8: success []
offset 1 limit 3: success [d,b]
offset 3 limit 3: success []
offset 0 limit 100: success [e,d,b,a,c]
offset 10 limit 110: success []
offset 3 alone: success [a,c]
-- refusals
400 {"status":"error","result":{"validate_error":"start is required"}}
400 {"status":"error","result":{"validate_error":"end is required"}}
400 {"status":"error","result":{"validate_error":"start is required"}}
"2026-01-01": 400 {"status":"error","result":{"validate_error":"Invalid date format"}}
"1.1.2026": 400 {"status":"error","result":{"validate_error":"Invalid date format"}}
"31.02.2026": 400 {"status":"error","result":{"validate_error":"Invalid date format"}}
"01.01.26": 400 {"status":"error","result":{"validate_error":"Invalid date format"}}
"01\/01\/2026": 400 {"status":"error","result":{"validate_error":"Invalid date format"}}
" 01.01.2026": 400 {"status":"error","result":{"validate_error":"Invalid date format"}}
20260101: 400 {"status":"error","result":{"validate_error":"Invalid date format"}}
end bad: 400 {"status":"error","result":{"validate_error":"Invalid date format"}}
end before start: 400 {"status":"error","result":{"validate_error":"end must not be before start"}}
400 {"status":"error","result":{"validate_error":"Maximum 100 records per request"}}
400 {"status":"error","result":{"validate_error":"Maximum 100 records per request"}}
400 {"status":"error","result":{"validate_error":"offset must be a non-negative integer"}}
400 {"status":"error","result":{"validate_error":"limit must be a non-negative integer"}}
400 {"status":"error","result":{"validate_error":"limit must be a non-negative integer"}}
bad token: 401 {"status":"error","result":{"validate_error":"Invalid token"}}
-- info takes 1 to 100 ids
400 {"status":"error","result":{"validate_error":"Maximum 100 uuids"}}
200 100 a
-- cancel
bad token: 401 {"status":"error","result":{"validate_error":"Invalid token"}}
status of a: created
200 {"status":"success","result":["ok"]}
status of a: canceled
again: 400 {"status":"error","result":{"validate_error":"Invoice is not created"}}
without INV-: 200 {"status":"success","result":["ok"]}
status of c: canceled
paid: 400 {"status":"error","result":{"validate_error":"Invoice is not created"}}
partial: 400 {"status":"error","result":{"validate_error":"Invoice is not created"}}
overpaid: 400 {"status":"error","result":{"validate_error":"Invoice is not created"}}
unknown: 400 {"status":"error","result":{"validate_error":"Invoice not found"}}
no uuid: 400 {"status":"error","result":{"validate_error":"uuid is required"}}
canceled in the list: success [d,b,a]
created,created,overpaid,canceled,canceled
-- balance
200 success USDT_TRC20=125.5,BTC=0.0 currency,balance_crypto,balance_usd,available_balance,available_balance_usd
200 success USDT_TRC20=125.5,BTC=0.0 currency,balance_crypto,balance_usd,available_balance,available_balance_usd
bad token: 401 {"status":"error","result":{"validate_error":"Invalid token"}}
empty JSON body: 400 {"status":"error","result":{"validate_error":"JSON parse error"}}
