--TEST--
Emulator, Cryptomus and Heleket /v1/payment/info: by uuid or order_id; both given, order_id wins (the page: "the account will be identified by order_id"); order_id follows the page's rules (string, 1 to 128, letters, digits, _ and -)
--FILE--
<?php
require __DIR__ . '/raw.inc';

$base = ci_emulator_start();
foreach (['cryptomus', 'heleket'] as $p) {
	echo "-- $p\n";
	$make = static fn (string $order): string => raw_cryptomus($base, $p, '/v1/payment',
		['amount' => '15.50', 'currency' => 'USDT', 'order_id' => $order])['json']['result']['uuid'];
	$a = $make("$p-a");
	$b = $make("$p-b");
	$info = static function (array $body) use ($base, $p, $a, $b): void {
		$r = raw_cryptomus($base, $p, '/v1/payment/info', $body);
		echo $r['status'], ' ', $r['status'] === 200 ? ['' => '?', $a => 'invoice a', $b => 'invoice b'][$r['json']['result']['uuid']] ?? '?' : $r['body'], "\n";
	};
	$info(['uuid' => $a]);
	$info(['order_id' => "$p-b"]);
	$info(['uuid' => $a, 'order_id' => "$p-b"]);
	$info(['uuid' => $a, 'order_id' => 'nobody']);
	$info(['order_id' => 'has space']);
	$info(['order_id' => str_repeat('x', 129)]);
	$info(['order_id' => str_repeat('x', 128)]);
}
?>
--EXPECT--
-- cryptomus
200 invoice a
200 invoice b
200 invoice b
404 {"state":1,"message":"Payment not found"}
422 {"state":1,"errors":{"order_id":["validation.alpha_dash"]}}
422 {"state":1,"errors":{"order_id":["validation.max.string"]}}
404 {"state":1,"message":"Payment not found"}
-- heleket
200 invoice a
200 invoice b
200 invoice b
404 {"state":1,"message":"Payment not found"}
422 {"state":1,"errors":{"order_id":["validation.alpha_dash"]}}
422 {"state":1,"errors":{"order_id":["validation.max.string"]}}
404 {"state":1,"message":"Payment not found"}
