--TEST--
Emulator, Cryptomus and Heleket /v1/payment/list: signed, newest first, cursor pages in the query string, UTC+3 dates checked strictly
--FILE--
<?php
require __DIR__ . '/raw.inc';

$base = ci_emulator_start();

/** "order ids | paginate" of a history answer, or its error. */
function page(array $r, array $names): string
{
	if ($r['status'] !== 200) {
		return raw_show($r);
	}
	$p = $r['json']['result']['paginate'];
	$orders = array_map(static fn (array $i): string => $names[$i['uuid']] . ($i['order_id'] === $names[$i['uuid']] ? '' : '?'), $r['json']['result']['items']);
	return sprintf("%s | count=%d hasPages=%s next=%s previous=%s perPage=%d\n", implode(',', $orders), $p['count'],
		var_export($p['hasPages'], true), $p['nextCursor'] === null ? 'null' : 'cursor', $p['previousCursor'] === null ? 'null' : 'cursor', $p['perPage']);
}

/* 2026-01-01 00:00:00 UTC is 03:00:00 in Cryptomus's UTC+3. */
const T = 1767225600;
$cursors = [];
foreach (['cryptomus', 'heleket'] as $p) {
	echo "-- $p\n";
	/* Made in this order, then moved to these times (b and e at the same second: the later made first). */
	$ids = [];
	foreach (['a' => T, 'b' => T + 3600, 'c' => T - 86400, 'd' => T + 7200, 'e' => T + 3600] as $order => $t) {
		$ids[$order] = raw_cryptomus($base, $p, '/v1/payment', ['amount' => '10', 'currency' => 'USD', 'order_id' => $order])['json']['result']['uuid'];
		$moved = ci_emulator_set_created($base, $p, $ids[$order], $t);
	}
	echo 'created_at of the last one: ', $moved['created_at'], "\n";
	$names = array_flip($ids);
	$list = static fn (array|string $body, array $o = []): array => raw_cryptomus($base, $p, '/v1/payment/list', $body, $o);

	echo page($list([]), $names);
	echo page($list('{"date_from":null,"date_to":null}'), $names);
	echo "bad sign: ", raw_show($list([], ['key' => 'wrong']));
	echo "no merchant: ", raw_show($list([], ['merchant' => '']));

	ci_emulator_set_per_page($base, $p, 2);
	$seen = [];
	$r = $list([]);
	echo page($r, $names);
	$first = $r;
	while (($next = $r['json']['result']['paginate']['nextCursor']) !== null) {
		foreach ($r['json']['result']['items'] as $i) {
			$seen[] = $i['uuid'];
		}
		$r = $list([], ['query' => 'cursor=' . rawurlencode($next)]);
		echo page($r, $names);
		$last = $r;
	}
	foreach ($r['json']['result']['items'] as $i) {
		$seen[] = $i['uuid'];
	}
	echo 'every invoice once: ', var_export(count($seen) === 5 && count(array_unique($seen)) === 5, true), "\n";
	/* Back from the last page, then from the middle one. */
	$back = $list([], ['query' => 'cursor=' . $last['json']['result']['paginate']['previousCursor']]);
	echo 'back: ', page($back, $names);
	$back = $list([], ['query' => 'cursor=' . $back['json']['result']['paginate']['previousCursor']]);
	echo 'back: ', page($back, $names);
	echo 'first page again: ', var_export($back['json']['result']['items'] === $first['json']['result']['items'], true), "\n";
	$cursors[$p] = $first['json']['result']['paginate']['nextCursor'];

	echo "-- $p cursors it did not issue, a cursor in the body\n";
	echo raw_show($list([], ['query' => 'cursor=' . rtrim(base64_encode('{"id":1,"_pointsToNextItems":true}'), '=')]));
	echo raw_show($list([], ['query' => 'cursor=']));
	echo raw_show($list(['cursor' => $cursors[$p]]));

	echo "-- $p dates: UTC+3, both ends inclusive\n";
	echo page($list(['date_from' => '2026-01-01 03:00:00', 'date_to' => '2026-01-01 03:00:00']), $names);
	echo page($list(['date_from' => '2026-01-01 03:00:01', 'date_to' => '2026-01-01 04:00:00']), $names);
	echo page($list(['date_to' => '2025-12-31 23:59:59']), $names);
	echo page($list(['date_from' => '2026-01-01 00:00:00', 'date_to' => '2026-01-01 00:00:00']), $names);
	$r = $list(['date_from' => '2026-01-01 03:00:00']);
	echo page($r, $names);
	echo page($list(['date_from' => '2026-01-01 03:00:00'], ['query' => 'cursor=' . $r['json']['result']['paginate']['nextCursor']]), $names);
	foreach (['2026-01-01', '2026-01-01T03:00:00', '2026-01-01 03:00:00+03:00', '01.01.2026 03:00:00', '2026-02-30 00:00:00', '2026-1-1 3:00:00', T] as $bad) {
		echo json_encode($bad), ': ', raw_show($list(['date_from' => $bad]));
	}
	echo raw_show($list(['date_from' => '2026-01-01', 'date_to' => 'yesterday']));
}
echo "-- a Cryptomus cursor at Heleket\n";
echo raw_show(raw_cryptomus($base, 'heleket', '/v1/payment/list', [], ['query' => 'cursor=' . $cursors['cryptomus']]));
echo "-- reset forgets the page size\n";
ci_emulator_reset($base);
raw_cryptomus($base, 'cryptomus', '/v1/payment', ['amount' => '10', 'currency' => 'USD', 'order_id' => 'z']);
echo raw_cryptomus($base, 'cryptomus', '/v1/payment/list', [])['json']['result']['paginate']['perPage'], "\n";
?>
--EXPECT--
-- cryptomus
created_at of the last one: 2026-01-01T04:00:00+03:00
d,e,b,a,c | count=5 hasPages=false next=null previous=null perPage=15
d,e,b,a,c | count=5 hasPages=false next=null previous=null perPage=15
bad sign: 401 {"state":1,"message":"Unauthorized"}
no merchant: 401 {"state":1,"message":"Unauthorized"}
d,e | count=2 hasPages=true next=cursor previous=null perPage=2
b,a | count=2 hasPages=true next=cursor previous=cursor perPage=2
c | count=1 hasPages=true next=null previous=cursor perPage=2
every invoice once: true
back: b,a | count=2 hasPages=true next=cursor previous=cursor perPage=2
back: d,e | count=2 hasPages=true next=cursor previous=null perPage=2
first page again: true
-- cryptomus cursors it did not issue, a cursor in the body
422 {"state":1,"message":"Invalid cursor"}
422 {"state":1,"message":"Invalid cursor"}
422 {"state":1,"errors":{"cursor":["validation.prohibited"]}}
-- cryptomus dates: UTC+3, both ends inclusive
a | count=1 hasPages=false next=null previous=null perPage=2
e,b | count=2 hasPages=false next=null previous=null perPage=2
c | count=1 hasPages=false next=null previous=null perPage=2
 | count=0 hasPages=false next=null previous=null perPage=2
d,e | count=2 hasPages=true next=cursor previous=null perPage=2
b,a | count=2 hasPages=true next=null previous=cursor perPage=2
"2026-01-01": 422 {"state":1,"errors":{"date_from":["validation.date_format"]}}
"2026-01-01T03:00:00": 422 {"state":1,"errors":{"date_from":["validation.date_format"]}}
"2026-01-01 03:00:00+03:00": 422 {"state":1,"errors":{"date_from":["validation.date_format"]}}
"01.01.2026 03:00:00": 422 {"state":1,"errors":{"date_from":["validation.date_format"]}}
"2026-02-30 00:00:00": 422 {"state":1,"errors":{"date_from":["validation.date_format"]}}
"2026-1-1 3:00:00": 422 {"state":1,"errors":{"date_from":["validation.date_format"]}}
1767225600: 422 {"state":1,"errors":{"date_from":["validation.date_format"]}}
422 {"state":1,"errors":{"date_from":["validation.date_format"],"date_to":["validation.date_format"]}}
-- heleket
created_at of the last one: 2026-01-01T04:00:00+03:00
d,e,b,a,c | count=5 hasPages=false next=null previous=null perPage=15
d,e,b,a,c | count=5 hasPages=false next=null previous=null perPage=15
bad sign: 401 {"state":1,"message":"Unauthorized"}
no merchant: 401 {"state":1,"message":"Unauthorized"}
d,e | count=2 hasPages=true next=cursor previous=null perPage=2
b,a | count=2 hasPages=true next=cursor previous=cursor perPage=2
c | count=1 hasPages=true next=null previous=cursor perPage=2
every invoice once: true
back: b,a | count=2 hasPages=true next=cursor previous=cursor perPage=2
back: d,e | count=2 hasPages=true next=cursor previous=null perPage=2
first page again: true
-- heleket cursors it did not issue, a cursor in the body
422 {"state":1,"message":"Invalid cursor"}
422 {"state":1,"message":"Invalid cursor"}
422 {"state":1,"errors":{"cursor":["validation.prohibited"]}}
-- heleket dates: UTC+3, both ends inclusive
a | count=1 hasPages=false next=null previous=null perPage=2
e,b | count=2 hasPages=false next=null previous=null perPage=2
c | count=1 hasPages=false next=null previous=null perPage=2
 | count=0 hasPages=false next=null previous=null perPage=2
d,e | count=2 hasPages=true next=cursor previous=null perPage=2
b,a | count=2 hasPages=true next=null previous=cursor perPage=2
"2026-01-01": 422 {"state":1,"errors":{"date_from":["validation.date_format"]}}
"2026-01-01T03:00:00": 422 {"state":1,"errors":{"date_from":["validation.date_format"]}}
"2026-01-01 03:00:00+03:00": 422 {"state":1,"errors":{"date_from":["validation.date_format"]}}
"01.01.2026 03:00:00": 422 {"state":1,"errors":{"date_from":["validation.date_format"]}}
"2026-02-30 00:00:00": 422 {"state":1,"errors":{"date_from":["validation.date_format"]}}
"2026-1-1 3:00:00": 422 {"state":1,"errors":{"date_from":["validation.date_format"]}}
1767225600: 422 {"state":1,"errors":{"date_from":["validation.date_format"]}}
422 {"state":1,"errors":{"date_from":["validation.date_format"],"date_to":["validation.date_format"]}}
-- a Cryptomus cursor at Heleket
422 {"state":1,"message":"Invalid cursor"}
-- reset forgets the page size
15
