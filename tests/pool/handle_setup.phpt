--TEST--
Persistent connections: a pooled handle taken over by another gateway of the same endpoint carries that gateway's options, not the last one's
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
$base = ci_emulator_start(1);

/* Same base URL, TLS settings and proxy, so one pooled easy handle serves both gateways in turn
 * (php -S closes each connection, but the handle is kept); the user agent, set with the timeouts
 * and the rest of the fixed options, is each gateway's own. */
$a = ci_test_gateway('cryptomus', $base, ['user_agent' => 'ShopA/1']);
$b = ci_test_gateway('cryptomus', $base, ['user_agent' => 'ShopB/2', 'timeout' => 5.0]);
$params = fn(string $id) => ['amount' => '1', 'currency' => 'USD', 'order_id' => $id];
foreach ([[$a, 'a-1'], [$b, 'b-1'], [$a, 'a-2'], [$a, 'a-3'], [$b, 'b-2']] as [$g, $id]) {
	$g->createInvoice($params($id));
}
ob_start();
phpinfo(INFO_MODULES);
preg_match('/idle handles\D*(\d+)/i', ob_get_clean(), $m);
echo "easy handles in the pool: ", $m[1] ?? '?', "\n";
foreach (ci_emulator_log($base) as $entry) {
	$ua = $entry['headers']['user-agent'];
	echo json_decode($entry['body'], true)['order_id'], ': ', substr($ua, strrpos($ua, ' ') + 1), "\n";
}
?>
--EXPECT--
easy handles in the pool: 1
a-1: ShopA/1
b-1: ShopB/2
a-2: ShopA/1
a-3: ShopA/1
b-2: ShopB/2
