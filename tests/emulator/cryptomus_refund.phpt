--TEST--
Emulator, Cryptomus and Heleket /v1/payment/refund: signed (Heleket with its payout key), validated, only for paid invoices, status refund_process, every request in the log
--FILE--
<?php
require __DIR__ . '/raw.inc';

$base = ci_emulator_start();
foreach (['cryptomus', 'heleket'] as $p) {
	echo "-- $p\n";
	$make = static fn (string $order): string => raw_cryptomus($base, $p, '/v1/payment',
		['amount' => '15.50', 'currency' => 'USDT', 'order_id' => $order])['json']['result']['uuid'];
	$paid = $make("$p-paid");
	$open = $make("$p-open");
	ci_emulator_set_status($base, $p, $paid, 'paid');
	$key = $p === 'heleket' ? CI_TEST_HELEKET_PAYOUT_KEY : CI_TEST_CRYPTOMUS_KEY;
	$other = $p === 'heleket' ? CI_TEST_HELEKET_KEY : 'wrong';
	$refund = static fn (array $body, ?string $k = null): array => raw_cryptomus($base, $p, '/v1/payment/refund', $body, ['key' => $k ?? $key]);
	$ok = ['uuid' => $paid, 'address' => 'TDD97yguPESTpcrJMqU6h2ozZbibv4Vaqm', 'is_subtract' => true];

	echo 'signed with ', $p === 'heleket' ? 'the payment key' : 'a wrong key', ': ', raw_show($refund($ok, $other));
	echo raw_show($refund(['address' => 'T1'], ''));
	echo raw_show($refund(['address' => 'T1']));
	echo raw_show($refund(['uuid' => $paid]));
	echo raw_show($refund(['uuid' => $paid, 'address' => 'T1', 'is_subtract' => 'yes']));
	echo raw_show($refund(['uuid' => 5, 'address' => ['T1'], 'is_subtract' => 1]));
	echo raw_show($refund(['uuid' => '00000000-0000-4000-8000-000000000000', 'address' => 'T1', 'is_subtract' => false]));
	echo raw_show($refund(['order_id' => 'nobody', 'address' => 'T1', 'is_subtract' => false]));
	echo raw_show($refund(['uuid' => $open, 'address' => 'T1', 'is_subtract' => true]));
	if ($p === 'heleket') {
		echo raw_show($refund($ok + ['amount' => '15.51']));
		echo raw_show($refund($ok + ['amount' => '1e3']));
		echo raw_show($refund($ok + ['amount' => 1.5]));
		echo raw_show($refund($ok + ['amount' => '0']));
		echo raw_show($refund($ok + ['amount' => str_repeat('1', 41)]));
	}
	echo 'status before: ', raw_cryptomus($base, $p, '/v1/payment/info', ['uuid' => $paid])['json']['result']['status'], "\n";
	/* uuid wins over order_id: the open invoice's order id is not looked at. */
	echo raw_show($refund($ok + ['order_id' => "$p-open"] + ($p === 'heleket' ? ['amount' => '15.50'] : [])));
	$info = raw_cryptomus($base, $p, '/v1/payment/info', ['uuid' => $paid])['json']['result'];
	echo "status after: {$info['status']} / {$info['payment_status']}, final ", var_export($info['is_final'], true), "\n";
	echo 'open one: ', raw_cryptomus($base, $p, '/v1/payment/info', ['uuid' => $open])['json']['result']['status'], "\n";
	echo 'again: ', raw_show($refund($ok));
	ci_emulator_set_status($base, $p, $paid, 'refund_paid');
	echo 'after refund_paid: ', raw_cryptomus($base, $p, '/v1/payment/info', ['uuid' => $paid])['json']['result']['status'], "\n";

	/* By order_id; paid_over and wrong_amount are refundable too. */
	foreach (['paid_over', 'wrong_amount', 'process', 'cancel', 'refund_process'] as $status) {
		$id = $make("$p-$status");
		ci_emulator_set_status($base, $p, $id, $status);
		echo "$status: ", raw_show($refund(['order_id' => "$p-$status", 'address' => 'T1', 'is_subtract' => false]));
	}
	$path = ($p === 'heleket' ? '/heleket' : '') . '/v1/payment/refund';
	echo "refund requests logged at $path: ", count(ci_emulator_requests($base, $path)), "\n";
	/* The refund key opens nothing else. */
	if ($p === 'heleket') {
		echo 'payout key on info: ', raw_show(raw_cryptomus($base, $p, '/v1/payment/info', ['uuid' => $paid], ['key' => CI_TEST_HELEKET_PAYOUT_KEY]));
	}
}
echo "payout key differs from every other secret: ", var_export(!in_array(CI_TEST_HELEKET_PAYOUT_KEY, [CI_TEST_HELEKET_KEY,
	CI_TEST_CRYPTOMUS_KEY, CI_TEST_CRYPTOCLOUD_KEY, CI_TEST_CRYPTOCLOUD_SECRET, CI_TEST_ONCHAINPAY_PRIVATE, CI_TEST_BITSBY_TOKEN], true), true), "\n";
?>
--EXPECT--
-- cryptomus
signed with a wrong key: 401 {"state":1,"message":"Unauthorized"}
401 {"state":1,"message":"Unauthorized"}
422 {"state":1,"errors":{"uuid":["validation.required_without"],"order_id":["validation.required_without"],"is_subtract":["validation.required"]}}
422 {"state":1,"errors":{"address":["validation.required"],"is_subtract":["validation.required"]}}
422 {"state":1,"errors":{"is_subtract":["validation.boolean"]}}
422 {"state":1,"errors":{"uuid":["validation.string"],"address":["validation.string"]}}
422 {"state":1,"message":"Payment was not found"}
422 {"state":1,"message":"Payment was not found"}
422 {"state":1,"message":"The payment cannot be refunded"}
status before: paid
200 {"state":0,"result":[]}
status after: refund_process / refund_process, final false
open one: check
again: 422 {"state":1,"message":"The payment cannot be refunded"}
after refund_paid: refund_paid
paid_over: 200 {"state":0,"result":[]}
wrong_amount: 200 {"state":0,"result":[]}
process: 422 {"state":1,"message":"The payment cannot be refunded"}
cancel: 422 {"state":1,"message":"The payment cannot be refunded"}
refund_process: 422 {"state":1,"message":"The payment cannot be refunded"}
refund requests logged at /v1/payment/refund: 16
-- heleket
signed with the payment key: 401 {"state":1,"message":"Unauthorized"}
401 {"state":1,"message":"Unauthorized"}
422 {"state":1,"errors":{"uuid":["validation.required_without"],"order_id":["validation.required_without"],"is_subtract":["validation.required"]}}
422 {"state":1,"errors":{"address":["validation.required"],"is_subtract":["validation.required"]}}
422 {"state":1,"errors":{"is_subtract":["validation.boolean"]}}
422 {"state":1,"errors":{"uuid":["validation.string"],"address":["validation.string"]}}
422 {"state":1,"message":"Payment was not found"}
422 {"state":1,"message":"Payment was not found"}
422 {"state":1,"message":"The payment cannot be refunded"}
422 {"state":1,"message":"The refund amount exceeds the payment amount"}
422 {"state":1,"errors":{"amount":["validation.numeric"]}}
422 {"state":1,"errors":{"amount":["validation.string"]}}
422 {"state":1,"errors":{"amount":["validation.numeric"]}}
422 {"state":1,"errors":{"amount":["validation.max.string"]}}
status before: paid
200 {"state":0,"result":[]}
status after: refund_process / refund_process, final false
open one: check
again: 422 {"state":1,"message":"The payment cannot be refunded"}
after refund_paid: refund_paid
paid_over: 200 {"state":0,"result":[]}
wrong_amount: 200 {"state":0,"result":[]}
process: 422 {"state":1,"message":"The payment cannot be refunded"}
cancel: 422 {"state":1,"message":"The payment cannot be refunded"}
refund_process: 422 {"state":1,"message":"The payment cannot be refunded"}
refund requests logged at /heleket/v1/payment/refund: 21
payout key on info: 401 {"state":1,"message":"Unauthorized"}
payout key differs from every other secret: true
