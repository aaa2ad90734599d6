--TEST--
OnChainPay: getInvoice looks the invoice up (signed, with a nonce) and maps every documented status
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
use CryptoInvoice\{ApiException, InvalidArgumentException};

$base = ci_emulator_start();
$g = ci_test_gateway('onchainpay', $base);
$created = $g->createInvoice(['amount' => '15', 'currency' => 'USD', 'order_id' => 'o-7']);

$inv = $g->getInvoice($created->id);
$req = ci_test_last_request($base);
echo $req['method'], ' ', $req['path'], "\n";
echo preg_replace('/"nonce":"\d{20,}"/', '"nonce":"<nonce>"', str_replace($created->id, '<id>', $req['body'])), "\n";
echo 'x-api-public-key: ', $req['headers']['x-api-public-key'], "\n";
var_dump($req['headers']['x-api-signature'] === hash_hmac('sha256', $req['body'], CI_TEST_ONCHAINPAY_PRIVATE));
var_dump($inv->id === $created->id, $inv->orderId, $inv->status, $inv->amount, $inv->currency, $inv->url === $created->url,
	$inv->paymentOptions == $created->paymentOptions, $inv->createdAt == $created->createdAt, $inv->expiresAt == $created->expiresAt);

foreach (['INIT', 'CREATED', 'PENDING', 'PROCESSED', 'PARTIAL', 'OVERPAID', 'EXPIRED', 'REJECTED', 'ERROR', 'SOMETHING_NEW'] as $word) {
	ci_emulator_set_status($base, 'onchainpay', $created->id, $word);
	$inv = $g->getInvoice($created->id);
	printf("%-13s -> %-13s final=%s\n", $inv->providerStatus, $inv->status->name, var_export($inv->isFinal, true));
}

/* Once the payer has paid, received* name what arrived (they are null before). The emulator
 * has no endpoint for that, so its stored invoice is edited under the emulator's own lock. */
$edit = function (array $changes) use ($base, $created) {
	$fh = fopen(ci_emulator_registry()[$base] . '/invoices-onchainpay.json', 'c+');
	flock($fh, LOCK_EX);
	$all = json_decode(stream_get_contents($fh), true);
	$all[$created->id] = $changes + $all[$created->id];
	ftruncate($fh, 0);
	rewind($fh);
	fwrite($fh, json_encode($all));
	flock($fh, LOCK_UN);
	fclose($fh);
};
$edit(['status' => 'PROCESSED', 'receivedCurrency' => 'USDT', 'receivedNetwork' => 'tron', 'receivedAmount' => '15.075']);
$inv = $g->getInvoice($created->id);
var_dump($inv->status, $inv->payCurrency, $inv->network, $inv->payAmount, $inv->address);

/* Payment options: one per network; an address where one is given, amounts as decimal text. */
$edit(['currencies' => [
	['currency' => 'USDT', 'networks' => [['name' => 'tron', 'amount' => '15.1', 'address' => 'TXYZ'], ['name' => 'bsc', 'amount' => 15.2]]],
	['currency' => 'BTC', 'networks' => []],
	['currency' => 'ETH', 'networks' => [['name' => 'ethereum', 'amount' => null]]],
]]);
echo json_encode($g->getInvoice($created->id)->paymentOptions), "\n";
/* A currencies list of another shape is not half-read: the answer is refused whole. */
foreach (['USDT', [['networks' => []]], [['currency' => 'USDT', 'networks' => [['amount' => '1']]]],
		[['currency' => 'USDT', 'networks' => [['name' => 'tron', 'amount' => '1e3']]]], [['currency' => 'USDT', 'networks' => 'tron']]] as $bad) {
	$edit(['currencies' => $bad]);
	try {
		$g->getInvoice($created->id);
	} catch (CryptoInvoice\UnexpectedResponseException $e) {
		echo get_class($e), ': ', $e->getMessage(), "\n";
	}
}
$edit(['currencies' => $created->raw['currencies']]);

/* A lookup creates nothing: a 5xx is retried, with a fresh nonce. */
$before = count(ci_emulator_log($base));
$inv = ci_test_gateway('onchainpay', "$base/_s/fail500x1", ['retries' => 1])->getInvoice($created->id);
$log = array_slice(ci_emulator_log($base), $before);
var_dump($inv->id === $created->id, count($log), json_decode($log[0]['body'], true)['nonce'] !== json_decode($log[1]['body'], true)['nonce']);

try {
	$g->getInvoice('00000000-0000-4000-8000-000000000000');
} catch (ApiException $e) {
	ci_test_describe($e);
	var_dump($e->getResponseBody());
}
$before = count(ci_emulator_log($base));
foreach (['', "a\nb"] as $bad) {
	try {
		$g->getInvoice($bad);
	} catch (InvalidArgumentException $e) {
		echo get_class($e), ': ', $e->getMessage(), "\n";
	}
}
echo "requests sent for bad ids: ", count(ci_emulator_log($base)) - $before, "\n";
?>
--EXPECT--
POST /api-gateway/get-invoice
{"invoiceId":"<id>","nonce":"<nonce>"}
x-api-public-key: ocp_pub_test_1
bool(true)
bool(true)
string(3) "o-7"
enum(CryptoInvoice\Status::Created)
string(2) "15"
string(3) "USD"
bool(true)
bool(true)
bool(true)
bool(true)
INIT          -> Created       final=false
CREATED       -> Created       final=false
PENDING       -> Processing    final=false
PROCESSED     -> Paid          final=true
PARTIAL       -> PartiallyPaid final=false
OVERPAID      -> Overpaid      final=true
EXPIRED       -> Expired       final=true
REJECTED      -> Canceled      final=true
ERROR         -> Failed        final=true
SOMETHING_NEW -> Unknown       final=false
enum(CryptoInvoice\Status::Paid)
string(4) "USDT"
string(4) "tron"
string(6) "15.075"
NULL
[{"currency":"USDT","network":"tron","address":"TXYZ","amount":"15.1"},{"currency":"USDT","network":"bsc","address":null,"amount":"15.2"},{"currency":"ETH","network":"ethereum","address":null,"amount":null}]
CryptoInvoice\UnexpectedResponseException: OnChainPay answered with an invalid currencies list (expected [{"currency":..., "networks":[{"name":..., "amount":...}]}]) (1 attempt)
CryptoInvoice\UnexpectedResponseException: OnChainPay answered with an invalid currencies list (expected [{"currency":..., "networks":[{"name":..., "amount":...}]}]) (1 attempt)
CryptoInvoice\UnexpectedResponseException: OnChainPay answered with an invalid currencies list (expected [{"currency":..., "networks":[{"name":..., "amount":...}]}]) (1 attempt)
CryptoInvoice\UnexpectedResponseException: OnChainPay answered with an invalid currencies list (expected [{"currency":..., "networks":[{"name":..., "amount":...}]}]) (1 attempt)
CryptoInvoice\UnexpectedResponseException: OnChainPay answered with an invalid currencies list (expected [{"currency":..., "networks":[{"name":..., "amount":...}]}]) (1 attempt)
bool(true)
int(2)
bool(true)
CryptoInvoice\ApiException: OnChainPay does not know this invoice (HTTP 200): NotFound: Invoice not found (1 attempt)
  provider=onchainpay http=200 errors={"name":"NotFound","message":"Invoice not found","code":404}
string(86) "{"success":false,"error":{"name":"NotFound","message":"Invoice not found","code":404}}"
CryptoInvoice\InvalidArgumentException: OnChainPay: id must be the provider's invoice id (1 to 256 bytes, no NUL or line breaks), got an empty string
CryptoInvoice\InvalidArgumentException: OnChainPay: id must be the provider's invoice id (1 to 256 bytes, no NUL or line breaks), got a string holding a line break
requests sent for bad ids: 0
