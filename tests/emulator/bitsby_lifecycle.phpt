--TEST--
Emulator, Bitsby /invoices/list (Y-m-d UTC days, one status, offset/limit, newest first, views), /invoices/cancel (only unpaid and never viewed), /billing/balances; behind the token and the 1 request/s limit
--FILE--
<?php
require __DIR__ . '/raw.inc';

$base = ci_emulator_start();
$call = static fn (string $path, array $fields = [], array $o = []): array => raw_bitsby($base, $path, $fields, $o);

const T = 1767225600;
$ids = [];
foreach (['a' => T, 'b' => T + 3600, 'c' => T - 86400, 'd' => T + 86399] as $name => $t) {
	$ids[$name] = $call('/invoices/create', raw_bitsby_invoice())['json']['data']['id'];
	$moved = ci_emulator_set_created($base, 'bitsby', $ids[$name], $t);
	echo "$name: {$moved['createDatetime']} .. {$moved['timeToPayDatetime']}\n";
}
$names = array_flip($ids);
$list = static function (array $fields) use ($call, $names): string {
	$r = $call('/invoices/list', $fields);
	if ($r['status'] !== 200 || $r['json']['result'] !== 'success') {
		return raw_show($r);
	}
	return '[' . implode(',', array_map(static fn (array $i): string => $names[$i['id']] . ':' . $i['status'] . ':' . $i['views'], $r['json']['data'])) . "]\n";
};
ci_emulator_set_status($base, 'bitsby', $ids['b'], 'paid');
ci_emulator_set_views($base, $ids['a'], 2);

echo "-- list\n";
$r = $call('/invoices/list', []);
echo 'keys: ', implode(',', array_keys($r['json']['data'][0])), "\n";
echo $list([]);
echo 'limit 2: ', $list(['limit' => '2']);
echo 'offset 2 limit 2: ', $list(['offset' => '2', 'limit' => '2']);
echo '2026-01-01: ', $list(['startDate' => '2026-01-01', 'endDate' => '2026-01-01']);
echo 'from 2026-01-01: ', $list(['startDate' => '2026-01-01']);
echo 'paid: ', $list(['status' => 'paid']);
echo 'unpaid, from 2025-12-31, limit 1: ', $list(['status' => 'unpaid', 'startDate' => '2025-12-31', 'limit' => '1']);
echo $list(['startDate' => '01.01.2026', 'endDate' => '2026-02-30']);
echo $list(['startDate' => '2026-01-01 00:00:00', 'status' => 'unpaid,paid']);
echo $list(['offset' => '-1', 'limit' => '0']);
echo 'bad token: ', raw_show($call('/invoices/list', [], ['token' => 'wrong']));
$r = $call('/invoices/list', ['invoiceId' => $ids['a']]);
echo 'a lookup by id: ', implode(',', array_keys($r['json']['data'][0])), "\n";

echo "-- cancel\n";
echo 'viewed: ', raw_show($call('/invoices/cancel', ['invoiceId' => $ids['a']]));
ci_emulator_set_views($base, $ids['a'], 0);
echo 'bad token: ', raw_show($call('/invoices/cancel', ['invoiceId' => $ids['a']], ['token' => 'wrong']));
echo 'not viewed: ', raw_show($call('/invoices/cancel', ['invoiceId' => $ids['a']]));
echo 'again: ', raw_show($call('/invoices/cancel', ['invoiceId' => $ids['a']]));
echo 'paid: ', raw_show($call('/invoices/cancel', ['invoiceId' => $ids['b']]));
ci_emulator_set_status($base, 'bitsby', $ids['c'], 'expired');
echo 'expired: ', raw_show($call('/invoices/cancel', ['invoiceId' => $ids['c']]));
echo 'unknown: ', raw_show($call('/invoices/cancel', ['invoiceId' => '00000000-0000-4000-8000-000000000000']));
echo 'none: ', raw_show($call('/invoices/cancel', []));
echo 'canceled: ', $list(['status' => 'canceled']);

echo "-- balances\n";
echo raw_show($call('/billing/balances'));
echo 'bad token: ', raw_show($call('/billing/balances', [], ['token' => 'wrong']));
echo 'no body at all: ', raw_show($call('/billing/balances', [], ['empty' => true]));
echo 'a list with no body: ', raw_show($call('/invoices/list', [], ['empty' => true]));
?>
--EXPECT--
a: 2026-01-01 00:00:00 .. 2026-01-01 01:00:00
b: 2026-01-01 01:00:00 .. 2026-01-01 02:00:00
c: 2025-12-31 00:00:00 .. 2025-12-31 01:00:00
d: 2026-01-01 23:59:59 .. 2026-01-02 00:59:59
-- list
keys: id,uid,createDatetime,timeToPayDatetime,amountFiat,currencyFiat,description,serviceData,views,status
[d:unpaid:0,b:paid:0,a:unpaid:2,c:unpaid:0]
limit 2: [d:unpaid:0,b:paid:0]
offset 2 limit 2: [a:unpaid:2,c:unpaid:0]
2026-01-01: [d:unpaid:0,b:paid:0,a:unpaid:2]
from 2026-01-01: [d:unpaid:0,b:paid:0,a:unpaid:2]
paid: [b:paid:0]
unpaid, from 2025-12-31, limit 1: [d:unpaid:0]
400 {"result":"error","data":"startDate: must be a date in the format Y-m-d; endDate: must be a date in the format Y-m-d"}
400 {"result":"error","data":"startDate: must be a date in the format Y-m-d; status: must be one of unpaid, canceled, paid, expired"}
400 {"result":"error","data":"offset: must be a non-negative integer; limit: must be a positive integer"}
bad token: 401 {"result":"error","data":"Invalid token"}
a lookup by id: id,uid,createDatetime,timeToPayDatetime,amountFiat,currencyFiat,description,serviceData,status
-- cancel
viewed: 400 {"result":"error","data":"Invoice cannot be canceled"}
bad token: 401 {"result":"error","data":"Invalid token"}
not viewed: 200 {"result":"success","data":"Invoice canceled"}
again: 400 {"result":"error","data":"Invoice cannot be canceled"}
paid: 400 {"result":"error","data":"Invoice cannot be canceled"}
expired: 400 {"result":"error","data":"Invoice cannot be canceled"}
unknown: 400 {"result":"error","data":"Invoice not found"}
none: 400 {"result":"error","data":"invoiceId: is required"}
canceled: [a:canceled:0]
-- balances
200 {"result":"success","data":{"internal":"100.00","partner":"0.00"}}
bad token: 401 {"result":"error","data":"Invalid token"}
no body at all: 200 {"result":"success","data":{"internal":"100.00","partner":"0.00"}}
a list with no body: 400 {"result":"error","data":"Content-Type must be multipart\/form-data"}
