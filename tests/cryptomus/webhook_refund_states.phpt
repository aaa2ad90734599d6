--TEST--
Cryptomus: a genuine callback for every documented status word, refund states kept apart (refund_fail is never Refunded)
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
use CryptoInvoice\Status;

$g = new CryptoInvoice\Cryptomus(CI_TEST_CRYPTOMUS_MERCHANT, CI_TEST_CRYPTOMUS_KEY);

/* Signed the way Cryptomus signs: md5(base64(json_encode($data, JSON_UNESCAPED_UNICODE)) . key). */
function signed(array $data): string {
	$data['sign'] = md5(base64_encode(json_encode($data, JSON_UNESCAPED_UNICODE)) . CI_TEST_CRYPTOMUS_KEY);
	return json_encode($data, JSON_UNESCAPED_UNICODE);
}
function callback(string $status, ?bool $isFinal): string {
	$data = ['type' => 'payment', 'uuid' => '62f88b36-a9d5-4fa6-aa26-e040c3dbf26d', 'order_id' => 'order-9',
		'amount' => '10.00', 'payment_amount' => '10.00', 'merchant_amount' => '9.80', 'network' => 'tron',
		'currency' => 'USDT', 'payer_currency' => 'USDT', 'status' => $status];
	if ($isFinal !== null) {
		$data['is_final'] = $isFinal;
	}
	return signed($data);
}

/* The reported case: a failed refund, as Cryptomus sends it (is_final true). */
$inv = $g->parseWebhook(callback('refund_fail', true));
var_dump($inv->status, $inv->isFinal, $inv->providerStatus, $inv->status === Status::Refunded);

/* Every word of "payment statuses"; without is_final the Status decides. */
$words = ['check', 'process', 'confirm_check', 'locked', 'paid', 'paid_over', 'wrong_amount', 'wrong_amount_waiting',
	'cancel', 'fail', 'system_fail', 'refund_process', 'refund_fail', 'refund_paid', 'Refund_Fail', 'refund'];
foreach ($words as $w) {
	$inv = $g->parseWebhook(callback($w, null));
	printf("%-20s %-14s final=%d\n", $w, $inv->status->name, $inv->isFinal);
}
/* is_final from the provider wins where it is sent. */
var_dump($g->parseWebhook(callback('refund_process', true))->isFinal, $g->parseWebhook(callback('refund_fail', false))->isFinal);

echo "== Status\n";
foreach (Status::cases() as $s) {
	printf("%-13s %-14s final=%d\n", $s->name, $s->value, $s->isFinal());
}
var_dump(Status::from('refund_failed') === Status::RefundFailed, Status::tryFrom('refund_fail'));
?>
--EXPECT--
enum(CryptoInvoice\Status::RefundFailed)
bool(true)
string(11) "refund_fail"
bool(false)
check                Created        final=0
process              Processing     final=0
confirm_check        Processing     final=0
locked               Processing     final=0
paid                 Paid           final=1
paid_over            Overpaid       final=1
wrong_amount         PartiallyPaid  final=0
wrong_amount_waiting PartiallyPaid  final=0
cancel               Canceled       final=1
fail                 Failed         final=1
system_fail          Failed         final=1
refund_process       Refunding      final=0
refund_fail          RefundFailed   final=1
refund_paid          Refunded       final=1
Refund_Fail          Unknown        final=0
refund               Unknown        final=0
bool(true)
bool(false)
== Status
Created       created        final=0
Processing    processing     final=0
Paid          paid           final=1
Overpaid      overpaid       final=1
PartiallyPaid partially_paid final=0
Expired       expired        final=1
Canceled      canceled       final=1
Failed        failed         final=1
Refunding     refunding      final=0
RefundFailed  refund_failed  final=1
Refunded      refunded       final=1
Unknown       unknown        final=0
bool(true)
NULL
