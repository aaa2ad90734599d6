--TEST--
Bitsby: getInvoice asks /invoices/list for one id, maps every documented status, and tells an unknown id apart
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';

$base = ci_emulator_start();
$g = ci_test_gateway('bitsby', $base);
/* The seed's example: an int orderId inside the caller's own serviceData. */
$created = $g->createInvoice(['amountFiat' => '10.55', 'currencyFiat' => 'EUR', 'description' => 'licence',
	'serviceData' => '{"userId":100,"orderId":500}', 'timeToPay' => 3]);
$inv = $g->getInvoice($created->id);

/* The lookup body is multipart like the create, with invoiceId alone. */
$req = ci_test_last_request($base);
echo $req['method'], ' ', $req['path'], "\n";
var_dump($req['headers']['authorization'] === 'Token ' . CI_TEST_BITSBY_TOKEN);
preg_match('/^multipart\/form-data; boundary=(\S+)$/', $req['headers']['content-type'], $m);
var_dump($req['body'] === "--{$m[1]}\r\nContent-Disposition: form-data; name=\"invoiceId\"\r\n\r\n{$created->id}\r\n--{$m[1]}--\r\n");

/* The list answer has the amount, currency and status, but no url or wallets. */
var_dump($inv->id === $created->id, $inv->orderId, $inv->status, $inv->providerStatus, $inv->isFinal,
	$inv->amount, $inv->currency, $inv->url, $inv->paymentOptions);
var_dump($inv->createdAt == $created->createdAt, $inv->expiresAt->getTimestamp() - $inv->createdAt->getTimestamp());
echo implode(',', array_keys($inv->raw)), "\n";

foreach (['paid', 'canceled', 'expired', 'unpaid', 'refunded'] as $word) {
	ci_emulator_set_status($base, 'bitsby', $created->id, $word);
	$i = $g->getInvoice($created->id);
	printf("%s -> %s (%s), final: %s\n", $word, $i->status->name, $i->providerStatus, var_export($i->isFinal, true));
}

/* An empty list: Bitsby does not know the id. */
try {
	$g->getInvoice('00000000-0000-4000-8000-000000000000');
} catch (CryptoInvoice\ApiException $e) {
	ci_test_describe($e);
	var_dump($e->getResponseBody());
}
/* Nothing is sent for an empty id. */
try {
	$g->getInvoice('');
} catch (CryptoInvoice\InvalidArgumentException $e) {
	ci_test_describe($e);
}
/* A lookup creates nothing, so it is tried again after a 5xx. */
$again = ci_test_gateway('bitsby', "$base/_s/fail500x1", ['retries' => 1])->getInvoice($created->id);
var_dump($again->id === $created->id);
echo "attempts: ", count(array_filter(ci_emulator_log($base), fn ($r) => $r['scenario'] === 'fail500x1')), "\n";
/* An answer whose list does not hold the invoice asked for is not this lookup's answer. */
try {
	ci_test_gateway('bitsby', "$base/_s/wrongshape")->getInvoice($created->id);
} catch (CryptoInvoice\ApiException $e) {
	ci_test_describe($e);
}
echo "requests sent: ", count(ci_emulator_log($base)), "\n";
?>
--EXPECT--
POST /invoices/list
bool(true)
bool(true)
bool(true)
string(3) "500"
enum(CryptoInvoice\Status::Created)
string(6) "unpaid"
bool(false)
string(5) "10.55"
string(3) "EUR"
NULL
array(0) {
}
bool(true)
int(10800)
id,uid,createDatetime,timeToPayDatetime,amountFiat,currencyFiat,description,serviceData,status
paid -> Paid (paid), final: true
canceled -> Canceled (canceled), final: true
expired -> Expired (expired), final: true
unpaid -> Created (unpaid), final: false
refunded -> Unknown (refunded), final: false
CryptoInvoice\ApiException: Bitsby does not know this invoice (HTTP 200): its invoice list for this id is empty (1 attempt)
  provider=bitsby http=200 errors=[]
string(30) "{"result":"success","data":[]}"
CryptoInvoice\InvalidArgumentException: Bitsby: id must be the provider's invoice id (1 to 256 bytes, no NUL or line breaks), got an empty string
  id: Bitsby: id must be the provider's invoice id (1 to 256 bytes, no NUL or line breaks), got an empty string
bool(true)
attempts: 2
CryptoInvoice\UnexpectedResponseException: Bitsby answered HTTP 200 with JSON that is not the documented shape: the invoice list does not hold the invoice asked for (1 attempt)
  provider=bitsby http=200 errors=[]
requests sent: 11
