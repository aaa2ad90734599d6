--TEST--
Emulator, Cryptomus and Heleket services, resend webhook (v2 and v1), test webhook and balance: signed, with the documented shapes and refusals
--FILE--
<?php
require __DIR__ . '/raw.inc';

$base = ci_emulator_start();
foreach (['cryptomus', 'heleket'] as $p) {
	echo "-- $p services\n";
	$call = static fn (string $path, array $body = [], array $o = []): array => raw_cryptomus($base, $p, $path, $body, $o);
	$r = $call('/v1/payment/services');
	echo $r['status'], ' state ', $r['json']['state'], "\n";
	foreach ($r['json']['result'] as $s) {
		printf("%-5s %-5s available=%d%s min=%s max=%s fee=%s percent=%s keys=%s\n", $s['network'], $s['currency'], $s['is_available'],
			isset($s['is_enabled']) ? ' enabled=' . (int) $s['is_enabled'] : '', $s['limit']['min_amount'], $s['limit']['max_amount'],
			$s['commission']['fee_amount'], $s['commission']['percent'], implode(',', array_keys($s)));
	}
	echo 'bad sign: ', raw_show($call('/v1/payment/services', [], ['key' => 'wrong']));

	echo "-- $p resend\n";
	$make = static fn (string $order, array $more = []): string => $call('/v1/payment', ['amount' => '5', 'currency' => 'USD', 'order_id' => $order] + $more)['json']['result']['uuid'];
	$withCallback = $make('cb', ['url_callback' => 'https://shop.example/callback']);
	$without = $make('no-cb');
	foreach (['/v2/payment/resend', '/v1/payment/resend'] as $path) {
		echo "$path\n";
		echo '  unpaid: ', raw_show($call($path, ['uuid' => $withCallback]));
		ci_emulator_set_status($base, $p, $withCallback, 'paid');
		ci_emulator_set_status($base, $p, $without, 'paid');
		echo '  paid: ', raw_show($call($path, ['uuid' => $withCallback]));
		echo '  by order_id: ', raw_show($call($path, ['order_id' => 'cb']));
		echo '  no url_callback: ', raw_show($call($path, ['order_id' => 'no-cb']));
		echo '  unknown: ', raw_show($call($path, ['uuid' => '00000000-0000-4000-8000-000000000000']));
		echo '  unknown txid: ', raw_show($call($path, ['txid' => 'abc']));
		echo '  nothing: ', raw_show($call($path, []));
		echo '  bad sign: ', raw_show($call($path, ['uuid' => $withCallback], ['key' => 'wrong']));
		ci_emulator_set_status($base, $p, $withCallback, 'check');
	}
	ci_emulator_set_status($base, $p, $withCallback, 'paid_over');
	/* Four resends so far (paid and by order_id, on each path): the 10th is the last one allowed. */
	for ($i = 5; $i <= 11; $i++) {
		$resends[$i] = $call('/v2/payment/resend', ['uuid' => $withCallback]);
	}
	echo 'the 10th resend: ', raw_show($resends[10]);
	echo 'the 11th resend: ', raw_show($resends[11]);

	echo "-- $p test webhook\n";
	$hook = ['url_callback' => 'https://shop.example/callback', 'currency' => 'USDT', 'network' => 'tron'];
	echo raw_show($call('/v1/test-webhook/payment', $hook));
	echo raw_show($call('/v1/test-webhook/payment', $hook + ['status' => 'wrong_amount', 'order_id' => 'cb']));
	echo 'locked: ', raw_show($call('/v1/test-webhook/payment', $hook + ['status' => 'locked']));
	echo raw_show($call('/v1/test-webhook/payment', ['url_callback' => 'not a url', 'network' => 5]));
	echo 'bad sign: ', raw_show($call('/v1/test-webhook/payment', $hook, ['key' => 'wrong']));

	echo "-- $p balance\n";
	echo raw_show($call('/v1/balance'));
	echo 'bad sign: ', raw_show($call('/v1/balance', [], ['key' => 'wrong']));
	echo 'unknown path: ', raw_show($call('/v2/payment/resends'));
}
?>
--EXPECT--
-- cryptomus services
200 state 0
TRON  USDT  available=1 min=1.00000000 max=100000.00000000 fee=0.00 percent=0.00 keys=network,currency,is_available,limit,commission
ETH   USDT  available=1 min=10.00000000 max=100000.00000000 fee=0.00 percent=1.00 keys=network,currency,is_available,limit,commission
BSC   USDT  available=1 min=1.00000000 max=100000.00000000 fee=0.00 percent=0.50 keys=network,currency,is_available,limit,commission
BTC   BTC   available=1 min=0.00010000 max=10.00000000 fee=0.00 percent=0.40 keys=network,currency,is_available,limit,commission
ETH   ETH   available=1 min=0.00300000 max=500.00000000 fee=0.00 percent=1.00 keys=network,currency,is_available,limit,commission
TRON  TRX   available=1 min=5.00000000 max=1000000.00000000 fee=0.10 percent=0.00 keys=network,currency,is_available,limit,commission
LTC   LTC   available=0 min=0.05000000 max=10000.00000000 fee=0.00 percent=0.50 keys=network,currency,is_available,limit,commission
bad sign: 401 {"state":1,"message":"Unauthorized"}
-- cryptomus resend
/v2/payment/resend
  unpaid: 422 {"state":1,"message":"Notification not found"}
  paid: 200 {"state":0,"result":[]}
  by order_id: 200 {"state":0,"result":[]}
  no url_callback: 422 {"state":1,"message":"Notification not found"}
  unknown: 422 {"state":1,"message":"Payment not found"}
  unknown txid: 422 {"state":1,"message":"Payment not found"}
  nothing: 422 {"state":1,"errors":{"uuid":["validation.required_without_all"],"order_id":["validation.required_without_all"],"txid":["validation.required_without_all"]}}
  bad sign: 401 {"state":1,"message":"Unauthorized"}
/v1/payment/resend
  unpaid: 422 {"state":1,"message":"Notification not found"}
  paid: 200 {"state":0,"result":[]}
  by order_id: 200 {"state":0,"result":[]}
  no url_callback: 422 {"state":1,"message":"Notification not found"}
  unknown: 422 {"state":1,"message":"Payment not found"}
  unknown txid: 422 {"state":1,"message":"Payment not found"}
  nothing: 422 {"state":1,"errors":{"uuid":["validation.required_without_all"],"order_id":["validation.required_without_all"],"txid":["validation.required_without_all"]}}
  bad sign: 401 {"state":1,"message":"Unauthorized"}
the 10th resend: 200 {"state":0,"result":[]}
the 11th resend: 422 {"state":1,"message":"Too much resend"}
-- cryptomus test webhook
200 {"state":0,"result":[]}
200 {"state":0,"result":[]}
locked: 422 {"state":1,"errors":{"status":["validation.in"]}}
422 {"state":1,"errors":{"url_callback":["validation.url"],"currency":["validation.required"],"network":["validation.string"]}}
bad sign: 401 {"state":1,"message":"Unauthorized"}
-- cryptomus balance
200 {"state":0,"result":[{"balance":{"merchant":[{"uuid":"abcdabcd-abcd-1234-1234-abcdabcd0001","balance":"12.50","currency_code":"USDT"},{"uuid":"abcdabcd-abcd-1234-1234-abcdabcd0002","balance":"0.00100000","currency_code":"BTC"}],"user":[]}}]}
bad sign: 401 {"state":1,"message":"Unauthorized"}
unknown path: 404 {"state":1,"message":"Not found"}
-- heleket services
200 state 0
TRON  USDT  available=1 enabled=1 min=1.00000000 max=100000.00000000 fee=0.00 percent=0.00 keys=network,currency,is_available,is_enabled,limit,commission
ETH   USDT  available=1 enabled=1 min=10.00000000 max=100000.00000000 fee=0.00 percent=1.00 keys=network,currency,is_available,is_enabled,limit,commission
BSC   USDT  available=1 enabled=1 min=1.00000000 max=100000.00000000 fee=0.00 percent=0.50 keys=network,currency,is_available,is_enabled,limit,commission
BTC   BTC   available=1 enabled=1 min=0.00010000 max=10.00000000 fee=0.00 percent=0.40 keys=network,currency,is_available,is_enabled,limit,commission
ETH   ETH   available=1 enabled=0 min=0.00300000 max=500.00000000 fee=0.00 percent=1.00 keys=network,currency,is_available,is_enabled,limit,commission
TRON  TRX   available=1 enabled=1 min=5.00000000 max=1000000.00000000 fee=0.10 percent=0.00 keys=network,currency,is_available,is_enabled,limit,commission
LTC   LTC   available=0 enabled=1 min=0.05000000 max=10000.00000000 fee=0.00 percent=0.50 keys=network,currency,is_available,is_enabled,limit,commission
bad sign: 401 {"state":1,"message":"Unauthorized"}
-- heleket resend
/v2/payment/resend
  unpaid: 422 {"state":1,"message":"Notification not found"}
  paid: 200 {"state":0,"result":[]}
  by order_id: 200 {"state":0,"result":[]}
  no url_callback: 422 {"state":1,"message":"Notification not found"}
  unknown: 422 {"state":1,"message":"Payment not found"}
  unknown txid: 422 {"state":1,"message":"Payment not found"}
  nothing: 422 {"state":1,"errors":{"uuid":["validation.required_without_all"],"order_id":["validation.required_without_all"],"txid":["validation.required_without_all"]}}
  bad sign: 401 {"state":1,"message":"Unauthorized"}
/v1/payment/resend
  unpaid: 422 {"state":1,"message":"Notification not found"}
  paid: 200 {"state":0,"result":[]}
  by order_id: 200 {"state":0,"result":[]}
  no url_callback: 422 {"state":1,"message":"Notification not found"}
  unknown: 422 {"state":1,"message":"Payment not found"}
  unknown txid: 422 {"state":1,"message":"Payment not found"}
  nothing: 422 {"state":1,"errors":{"uuid":["validation.required_without_all"],"order_id":["validation.required_without_all"],"txid":["validation.required_without_all"]}}
  bad sign: 401 {"state":1,"message":"Unauthorized"}
the 10th resend: 200 {"state":0,"result":[]}
the 11th resend: 422 {"state":1,"message":"Too much resend"}
-- heleket test webhook
200 {"state":0,"result":[]}
200 {"state":0,"result":[]}
locked: 200 {"state":0,"result":[]}
422 {"state":1,"errors":{"url_callback":["validation.url"],"currency":["validation.required"],"network":["validation.string"]}}
bad sign: 401 {"state":1,"message":"Unauthorized"}
-- heleket balance
200 {"state":0,"result":[{"balance":{"merchant":[{"uuid":"abcdabcd-abcd-1234-1234-abcdabcd0001","balance":"12.50","currency_code":"USDT"},{"uuid":"abcdabcd-abcd-1234-1234-abcdabcd0002","balance":"0.00100000","currency_code":"BTC"}],"user":[]}}]}
bad sign: 401 {"state":1,"message":"Unauthorized"}
unknown path: 404 {"state":1,"message":"Not found"}
