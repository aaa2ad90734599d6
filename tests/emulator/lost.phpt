--TEST--
Emulator scenario lost / lostx<N>: the provider does the work (a create creates, a refund refunds, a cancel cancels), then no answer comes: only an interim 102 head, no final status, no body byte
--FILE--
<?php
require __DIR__ . '/raw.inc';

$base = ci_emulator_start();

/** What came back: "no answer" when it is one interim head and nothing else. */
function seen(array $r): string
{
	if (preg_match('#^HTTP/1\.1 102 [^\r\n]*\r\n(?:[^\r\n]+\r\n)*\r\n$#D', $r['bytes'])) {
		return 'no answer (' . strlen($r['bytes']) . ' bytes: a 102 head)';
	}
	return $r['status'] === 200 ? '200 ' . strtok(json_encode($r['json']), ':') : 'UNEXPECTED ' . json_encode($r['bytes']);
}

foreach (array_keys(emu_providers()) as $p) {
	$held = static fn (): int => count(ci_emulator_invoices($base, $p));
	[$r] = raw_create($base, $p, "$p-1", ['scenario' => 'lost', 'socket' => true]);
	printf("%-11s lost:      %s; holds %d\n", $p, seen($r), $held());
	[$r] = raw_create($base, $p, "$p-2", ['scenario' => 'lostx1', 'socket' => true]);
	printf("%-11s lostx1 #1: %s; holds %d\n", $p, seen($r), $held());
	[$r, $id] = raw_create($base, $p, "$p-3", ['scenario' => 'lostx1', 'socket' => true]);
	printf("%-11s lostx1 #2: %s; holds %d, this one among them: %s\n", $p, seen($r), $held(),
		var_export(in_array($id, array_map(static fn (array $i) => $i['uuid'] ?? $i['id'], ci_emulator_invoices($base, $p)), true), true));
	[$r] = raw_create($base, $p, "$p-4", ['scenario' => 'lost', 'socket' => true]);
	printf("%-11s lost again: %s; holds %d\n", $p, seen($r), $held());
	$log = array_filter(ci_emulator_log($base), static fn (array $e): bool => str_starts_with($e['scenario'], 'lost'));
	echo "log: ", implode(' ', array_map(static fn (array $e): string => $e['scenario'], $log)), "\n";
	ci_emulator_reset($base);
}

echo "-- a lost refund is a refund\n";
foreach (['cryptomus', 'heleket'] as $p) {
	[, $id] = raw_create($base, $p, "$p-refund");
	ci_emulator_set_status($base, $p, $id, 'paid');
	$key = $p === 'heleket' ? CI_TEST_HELEKET_PAYOUT_KEY : CI_TEST_CRYPTOMUS_KEY;
	$r = raw_cryptomus($base, $p, '/v1/payment/refund', ['uuid' => $id, 'address' => 'T1', 'is_subtract' => true],
		['key' => $key, 'scenario' => 'lost', 'socket' => true]);
	echo "$p: ", seen($r), '; status ', raw_cryptomus($base, $p, '/v1/payment/info', ['uuid' => $id])['json']['result']['status'], "\n";
}
echo "-- a lost cancel is a cancel\n";
[, $id] = raw_create($base, 'cryptocloud', 'cc-cancel');
$r = raw_cryptocloud($base, '/v2/invoice/merchant/canceled', ['uuid' => $id], ['scenario' => 'lost', 'socket' => true]);
echo 'cryptocloud: ', seen($r), '; status ', ci_emulator_invoices($base, 'cryptocloud')[0]['status'], "\n";
[, $id] = raw_create($base, 'bitsby', 'bt-cancel');
$r = raw_bitsby($base, '/invoices/cancel', ['invoiceId' => $id], ['scenario' => 'lost', 'socket' => true]);
echo 'bitsby: ', seen($r), '; status ', ci_emulator_invoices($base, 'bitsby')[0]['status'], "\n";
echo "-- a refusal is lost as well, and creates nothing\n";
ci_emulator_reset($base);
$r = raw_cryptomus($base, 'cryptomus', '/v1/payment', ['amount' => '1', 'currency' => 'USD', 'order_id' => 'x'], ['key' => 'wrong', 'scenario' => 'lost', 'socket' => true]);
echo seen($r), '; holds ', count(ci_emulator_invoices($base, 'cryptomus')), "\n";
echo "-- lostx names\n";
foreach (['lostx', 'lostx-1', 'lost1', 'lostx12345678'] as $name) {
	$r = raw_cryptomus($base, 'cryptomus', '/v1/payment', [], ['scenario' => $name]);
	echo "$name: {$r['status']} {$r['body']}";
}
?>
--EXPECTF--
cryptomus   lost:      no answer (%d bytes: a 102 head); holds 1
cryptomus   lostx1 #1: no answer (%d bytes: a 102 head); holds 2
cryptomus   lostx1 #2: 200 {"state"; holds 3, this one among them: true
cryptomus   lost again: no answer (%d bytes: a 102 head); holds 4
log: lost lostx1 lostx1 lost
cryptocloud lost:      no answer (%d bytes: a 102 head); holds 1
cryptocloud lostx1 #1: no answer (%d bytes: a 102 head); holds 2
cryptocloud lostx1 #2: 200 {"status"; holds 3, this one among them: true
cryptocloud lost again: no answer (%d bytes: a 102 head); holds 4
log: lost lostx1 lostx1 lost
onchainpay  lost:      no answer (%d bytes: a 102 head); holds 1
onchainpay  lostx1 #1: no answer (%d bytes: a 102 head); holds 2
onchainpay  lostx1 #2: 200 {"success"; holds 3, this one among them: true
onchainpay  lost again: no answer (%d bytes: a 102 head); holds 4
log: lost lostx1 lostx1 lost
bitsby      lost:      no answer (%d bytes: a 102 head); holds 1
bitsby      lostx1 #1: no answer (%d bytes: a 102 head); holds 2
bitsby      lostx1 #2: 200 {"result"; holds 3, this one among them: true
bitsby      lost again: no answer (%d bytes: a 102 head); holds 4
log: lost lostx1 lostx1 lost
heleket     lost:      no answer (%d bytes: a 102 head); holds 1
heleket     lostx1 #1: no answer (%d bytes: a 102 head); holds 2
heleket     lostx1 #2: 200 {"state"; holds 3, this one among them: true
heleket     lost again: no answer (%d bytes: a 102 head); holds 4
log: lost lostx1 lostx1 lost
-- a lost refund is a refund
cryptomus: no answer (%d bytes: a 102 head); status refund_process
heleket: no answer (%d bytes: a 102 head); status refund_process
-- a lost cancel is a cancel
cryptocloud: no answer (%d bytes: a 102 head); status canceled
bitsby: no answer (%d bytes: a 102 head); status canceled
-- a refusal is lost as well, and creates nothing
no answer (%d bytes: a 102 head); holds 0
-- lostx names
lostx: 400 emulator: unknown scenario 'lostx'
lostx-1: 400 emulator: unknown scenario 'lostx-1'
lost1: 400 emulator: unknown scenario 'lost1'
lostx12345678: 400 emulator: unknown scenario 'lostx12345678'
