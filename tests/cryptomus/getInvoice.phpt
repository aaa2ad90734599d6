--TEST--
Cryptomus: getInvoice looks an invoice up by uuid and maps every documented status
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';

$base = ci_emulator_start();
$g = ci_test_gateway('cryptomus', $base);
$created = $g->createInvoice(['amount' => '15', 'currency' => 'USD', 'order_id' => 'look-1']);

$found = $g->getInvoice($created->id);
$req = ci_test_last_request($base);
echo $req['path'], "\n";
var_dump($req['body'] === json_encode(['uuid' => $created->id]));
var_dump($req['headers']['sign'] === md5(base64_encode($req['body']) . CI_TEST_CRYPTOMUS_KEY));
var_dump($found->id === $created->id, $found->orderId, $found->status, $found->amount);

$statuses = ['check', 'process', 'confirm_check', 'locked', 'paid', 'paid_over', 'wrong_amount',
	'wrong_amount_waiting', 'cancel', 'fail', 'system_fail', 'refund_process', 'refund_paid', 'refund_fail', 'brand_new_word'];
foreach ($statuses as $s) {
	ci_emulator_set_status($base, 'cryptomus', $created->id, $s);
	$inv = $g->getInvoice($created->id);
	printf("%-20s %-15s final=%d providerStatus=%s\n", $s, $inv->status->value, $inv->isFinal, $inv->providerStatus);
}

foreach (['00000000-0000-0000-0000-000000000000', ''] as $id) {
	try {
		$g->getInvoice($id);
	} catch (CryptoInvoice\Exception $e) {
		ci_test_describe($e);
	}
}
?>
--EXPECT--
/v1/payment/info
bool(true)
bool(true)
bool(true)
string(6) "look-1"
enum(CryptoInvoice\Status::Created)
string(2) "15"
check                created         final=0 providerStatus=check
process              processing      final=0 providerStatus=process
confirm_check        processing      final=0 providerStatus=confirm_check
locked               processing      final=0 providerStatus=locked
paid                 paid            final=1 providerStatus=paid
paid_over            overpaid        final=1 providerStatus=paid_over
wrong_amount         partially_paid  final=1 providerStatus=wrong_amount
wrong_amount_waiting partially_paid  final=0 providerStatus=wrong_amount_waiting
cancel               canceled        final=1 providerStatus=cancel
fail                 failed          final=1 providerStatus=fail
system_fail          failed          final=1 providerStatus=system_fail
refund_process       refunding       final=0 providerStatus=refund_process
refund_paid          refunded        final=1 providerStatus=refund_paid
refund_fail          refund_failed   final=1 providerStatus=refund_fail
brand_new_word       unknown         final=0 providerStatus=brand_new_word
CryptoInvoice\ApiException: Cryptomus does not know this invoice (HTTP 404): Payment not found (1 attempt)
  provider=cryptomus http=404 errors=[]
CryptoInvoice\InvalidArgumentException: Cryptomus: id must be the provider's invoice id (1 to 256 bytes, no NUL or line breaks), got an empty string
  id: Cryptomus: id must be the provider's invoice id (1 to 256 bytes, no NUL or line breaks), got an empty string
