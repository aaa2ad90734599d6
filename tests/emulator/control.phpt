--TEST--
Emulator control endpoints of issue 14: set_created, set_views, set_per_page, invoices, log?path=; bad calls refused
--FILE--
<?php
require __DIR__ . '/raw.inc';

$base = ci_emulator_start();
$post = static function (string $endpoint, string $body) use ($base): string {
	[$code, $answer] = ci_emulator_request('POST', ci_emulator_control_url($base, $endpoint), $body);
	return "$code " . (json_decode($answer, true)['error'] ?? (json_decode($answer, true)['ok'] ? 'ok' : $answer)) . "\n";
};
$get = static function (string $endpoint) use ($base): string {
	[$code, $answer] = ci_emulator_request('GET', ci_emulator_control_url($base, $endpoint));
	return "$code $answer\n";
};

[, $a] = raw_create($base, 'cryptomus', 'a');
[, $b] = raw_create($base, 'cryptomus', 'b');
[, $c] = raw_create($base, 'cryptomus', 'c');
[, $bt] = raw_create($base, 'bitsby', 'bt');

echo "-- set_created\n";
echo $post('set_created', json_encode(['provider' => 'cryptomus', 'id' => $a, 'created' => 1767225600]));
echo $post('set_created', json_encode(['provider' => 'cryptomus', 'id' => $b, 'created' => 1767225600.9]));
echo $post('set_created', json_encode(['provider' => 'cryptomus', 'id' => $c, 'created' => 0]));
echo $post('set_created', json_encode(['provider' => 'cryptomus', 'id' => $a, 'created' => '2026-01-01']));
echo $post('set_created', json_encode(['provider' => 'cryptomus', 'id' => $a, 'created' => -1]));
echo $post('set_created', json_encode(['provider' => 'cryptomus', 'id' => $a]));
echo $post('set_created', json_encode(['provider' => 'nope', 'id' => $a, 'created' => 1]));
echo $post('set_created', json_encode(['provider' => 'cryptomus', 'id' => 'nope', 'created' => 1]));
echo $get('set_created');
$invoice = ci_emulator_set_created($base, 'bitsby', $bt, 1767225600 + 86400);
echo $invoice['createDatetime'], ' ', $invoice['timeToPayDatetime'], "\n";

echo "-- invoices, newest first (b and a at the same second: the later made first)\n";
echo implode(' ', array_map(static fn (array $i): string => "{$i['order_id']}@{$i['created_at']}", ci_emulator_invoices($base, 'cryptomus'))), "\n";
echo count(ci_emulator_invoices($base, 'heleket')), ' ', count(ci_emulator_invoices($base, 'bitsby')), "\n";
echo $get('invoices?provider=nope');
echo $get('invoices');

echo "-- set_views\n";
echo $post('set_views', json_encode(['provider' => 'bitsby', 'id' => $bt, 'views' => 3]));
echo ci_emulator_invoices($base, 'bitsby')[0]['views'], "\n";
echo $post('set_views', json_encode(['provider' => 'cryptomus', 'id' => $a, 'views' => 3]));
echo $post('set_views', json_encode(['provider' => 'bitsby', 'id' => $bt, 'views' => -1]));
echo $post('set_views', json_encode(['provider' => 'bitsby', 'id' => $bt, 'views' => '1']));
echo $post('set_views', json_encode(['provider' => 'bitsby', 'id' => '00000000-0000-4000-8000-000000000000', 'views' => 1]));

echo "-- set_per_page\n";
echo $post('set_per_page', json_encode(['provider' => 'cryptomus', 'per_page' => 1]));
echo raw_cryptomus($base, 'cryptomus', '/v1/payment/list', [])['json']['result']['paginate']['perPage'], ' ',
	raw_cryptomus($base, 'heleket', '/v1/payment/list', [])['json']['result']['paginate']['perPage'], "\n";
echo $post('set_per_page', json_encode(['provider' => 'heleket', 'per_page' => 1000]));
echo $post('set_per_page', json_encode(['provider' => 'heleket', 'per_page' => 0]));
echo $post('set_per_page', json_encode(['provider' => 'cryptocloud', 'per_page' => 5]));
echo $post('set_per_page', json_encode(['provider' => 'cryptomus', 'per_page' => '5']));

echo "-- log?path=\n";
raw_cryptomus($base, 'heleket', '/v1/payment/info', ['uuid' => $a]);
echo count(ci_emulator_requests($base, '/v1/payment')), ' ', count(ci_emulator_requests($base, '/v1/payment/list')), ' ',
	count(ci_emulator_requests($base, '/heleket/v1/payment/info')), ' ', count(ci_emulator_requests($base, '/nothing')), ' ',
	count(ci_emulator_log($base)), "\n";
echo $get('nothing');
?>
--EXPECT--
-- set_created
200 ok
200 ok
200 ok
400 POST {"provider","id","created"} with a known provider and a valid created
400 POST {"provider","id","created"} with a known provider and a valid created
400 POST {"provider","id","created"} with a known provider and a valid created
400 POST {"provider","id","created"} with a known provider and a valid created
404 unknown cryptomus invoice nope
400 {"ok":false,"error":"POST {\"provider\",\"id\",\"created\"} with a known provider and a valid created"}
2026-01-02 00:00:00 2026-01-02 01:00:00
-- invoices, newest first (b and a at the same second: the later made first)
b@2026-01-01T03:00:00+03:00 a@2026-01-01T03:00:00+03:00 c@1970-01-01T03:00:00+03:00
0 1
400 {"ok":false,"error":"GET ?provider=<a known provider>"}
400 {"ok":false,"error":"GET ?provider=<a known provider>"}
-- set_views
200 ok
3
400 cryptomus invoices have no views
400 POST {"provider","id","views"} with a known provider and a valid views
400 POST {"provider","id","views"} with a known provider and a valid views
404 unknown bitsby invoice 00000000-0000-4000-8000-000000000000
-- set_per_page
200 ok
1 15
200 ok
400 POST {"provider","per_page"}: a provider with a page size or cap of its own, 1 to 1000
400 POST {"provider","per_page"}: a provider with a page size or cap of its own, 1 to 1000
400 POST {"provider","per_page"}: a provider with a page size or cap of its own, 1 to 1000
-- log?path=
3 1 1 0 7
404 {"ok":false,"error":"no control endpoint /_emulator/nothing"}
