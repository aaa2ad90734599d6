--TEST--
Heleket: getInvoice looks an invoice up at Heleket's path and maps every documented status as Cryptomus does
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';

$base = ci_emulator_start();
$g = ci_test_gateway('heleket', $base);
$created = $g->createInvoice(['amount' => '15', 'currency' => 'USD', 'order_id' => 'look-1']);

$found = $g->getInvoice($created->id);
$req = ci_test_last_request($base);
echo $req['method'], ' ', $req['path'], "\n";
var_dump($req['body'] === json_encode(['uuid' => $created->id]));
var_dump($req['headers']['merchant'] === CI_TEST_HELEKET_MERCHANT);
var_dump($req['headers']['sign'] === md5(base64_encode($req['body']) . CI_TEST_HELEKET_KEY));
var_dump($found->provider, $found->id === $created->id, $found->orderId, $found->status, $found->amount,
	$found->url === "https://pay.heleket.com/pay/{$created->id}");

/* Each word through a real lookup, and beside it what a Cryptomus gateway makes of the same answer. */
$statuses = ['check', 'process', 'confirm_check', 'locked', 'paid', 'paid_over', 'wrong_amount',
	'wrong_amount_waiting', 'cancel', 'fail', 'system_fail', 'refund_process', 'refund_fail', 'refund_paid', 'brand_new_word'];
$c = ci_test_gateway('cryptomus', $base);
$twin = $c->createInvoice(['amount' => '15', 'currency' => 'USD', 'order_id' => 'look-1']);
foreach ($statuses as $s) {
	ci_emulator_set_status($base, 'heleket', $created->id, $s);
	ci_emulator_set_status($base, 'cryptomus', $twin->id, $s);
	$inv = $g->getInvoice($created->id);
	$cm = $c->getInvoice($twin->id);
	printf("%-20s %-15s final=%d providerStatus=%s %s %s\n", $s, $inv->status->value, $inv->isFinal, $inv->providerStatus,
		$inv->provider, $inv->status === $cm->status && $inv->isFinal === $cm->isFinal ? 'as Cryptomus' : 'DIFFERS from Cryptomus');
}

/* Heleket keeps its own invoices: Cryptomus's uuid is unknown there. */
foreach (['00000000-0000-0000-0000-000000000000', $twin->id, ''] as $id) {
	try {
		$g->getInvoice($id);
		echo "found!\n";
	} catch (CryptoInvoice\Exception $e) {
		ci_test_describe($e);
	}
}
/* A lookup with Cryptomus's key at Heleket is refused in Heleket's name. */
try {
	(new CryptoInvoice\Heleket(CI_TEST_HELEKET_MERCHANT, CI_TEST_CRYPTOMUS_KEY, ['base_url' => "$base/heleket", 'retries' => 0]))
		->getInvoice($created->id);
} catch (CryptoInvoice\Exception $e) {
	ci_test_describe($e);
}
?>
--EXPECT--
POST /heleket/v1/payment/info
bool(true)
bool(true)
bool(true)
string(7) "heleket"
bool(true)
string(6) "look-1"
enum(CryptoInvoice\Status::Created)
string(2) "15"
bool(true)
check                created         final=0 providerStatus=check heleket as Cryptomus
process              processing      final=0 providerStatus=process heleket as Cryptomus
confirm_check        processing      final=0 providerStatus=confirm_check heleket as Cryptomus
locked               processing      final=0 providerStatus=locked heleket as Cryptomus
paid                 paid            final=1 providerStatus=paid heleket as Cryptomus
paid_over            overpaid        final=1 providerStatus=paid_over heleket as Cryptomus
wrong_amount         partially_paid  final=1 providerStatus=wrong_amount heleket as Cryptomus
wrong_amount_waiting partially_paid  final=0 providerStatus=wrong_amount_waiting heleket as Cryptomus
cancel               canceled        final=1 providerStatus=cancel heleket as Cryptomus
fail                 failed          final=1 providerStatus=fail heleket as Cryptomus
system_fail          failed          final=1 providerStatus=system_fail heleket as Cryptomus
refund_process       refunding       final=0 providerStatus=refund_process heleket as Cryptomus
refund_fail          refund_failed   final=1 providerStatus=refund_fail heleket as Cryptomus
refund_paid          refunded        final=1 providerStatus=refund_paid heleket as Cryptomus
brand_new_word       unknown         final=0 providerStatus=brand_new_word heleket as Cryptomus
CryptoInvoice\ApiException: Heleket does not know this invoice (HTTP 404): Payment not found (1 attempt)
  provider=heleket http=404 errors=[]
CryptoInvoice\ApiException: Heleket does not know this invoice (HTTP 404): Payment not found (1 attempt)
  provider=heleket http=404 errors=[]
CryptoInvoice\InvalidArgumentException: Heleket: id must be the provider's invoice id (1 to 256 bytes, no NUL or line breaks), got an empty string
  id: Heleket: id must be the provider's invoice id (1 to 256 bytes, no NUL or line breaks), got an empty string
CryptoInvoice\AuthenticationException: Heleket rejected the credentials (HTTP 401): Unauthorized (1 attempt)
  provider=heleket http=401 errors=[]
