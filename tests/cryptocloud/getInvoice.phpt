--TEST--
CryptoCloud: getInvoice asks /v2/invoice/merchant/info for the INV- uuid and maps every documented status
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
use CryptoInvoice\Status;

$base = ci_emulator_start();
$g = ci_test_gateway('cryptocloud', $base);
$made = $g->createInvoice(['amount' => '42.5', 'currency' => 'EUR', 'order_id' => 'look-1', 'pay_currency' => 'BTC']);
$code = substr($made->id, 4);

$inv = $g->getInvoice($made->id);
$req = ci_test_last_request($base);
echo $req['method'], ' ', $req['path'], "\n";
var_dump($req['body'] === '{"uuids":["' . $made->id . '"]}', $req['headers']['authorization'] === 'Token ' . CI_TEST_CRYPTOCLOUD_KEY);
/* Every property as createInvoice() gave it; orderId now comes from the answer. */
var_dump($inv->toArray() === $made->toArray());
var_dump($inv->orderId, $inv->amount, $inv->currency, $inv->payCurrency, $inv->network, count($inv->paymentOptions));

/* Postbacks name invoices without the prefix: it is added. */
$g->getInvoice($code);
var_dump(ci_test_last_request($base)['body'] === '{"uuids":["' . $made->id . '"]}');
$g->getInvoice('inv-' . $code);
var_dump(ci_test_last_request($base)['body'] === '{"uuids":["' . $made->id . '"]}');

echo "== statuses\n";
foreach (['created', 'paid', 'partial', 'overpaid', 'canceled', 'expired', 'PAID'] as $word) {
	ci_emulator_set_status($base, 'cryptocloud', $made->id, $word);
	$inv = $g->getInvoice($made->id);
	printf("%-9s %-14s %s final=%s\n", $word, $inv->status->name, $inv->providerStatus, var_export($inv->isFinal, true));
}

echo "== errors\n";
foreach (['INV-NOSUCH01', 'NOSUCH01', '', "INV-\nX", str_repeat('A', 300)] as $id) {
	try {
		$g->getInvoice($id);
		echo "no exception\n";
	} catch (CryptoInvoice\Exception $e) {
		ci_test_describe($e);
	}
}
$scenario = function (string $name, array $opts = []) use ($base, $made) {
	echo "-- $name\n";
	try {
		$inv = ci_test_gateway('cryptocloud', "$base/_s/$name", $opts)->getInvoice($made->id);
		echo "found ", $inv->id === $made->id ? 'it' : 'another', "\n";
	} catch (CryptoInvoice\Exception $e) {
		ci_test_describe($e);
	}
};
/* A lookup creates nothing: a 5xx is retried. */
$scenario('fail500x1', ['retries' => 1]);
$scenario('status500');
$scenario('status401');
$scenario('html200');
$scenario('wrongshape');
$scenario('notjson_object');
try {
	$g->getInvoice(['INV-X']);
} catch (TypeError $e) {
	echo get_class($e), "\n";
}
?>
--EXPECT--
POST /v2/invoice/merchant/info
bool(true)
bool(true)
bool(true)
string(6) "look-1"
string(4) "42.5"
string(3) "EUR"
string(3) "BTC"
string(3) "BTC"
int(1)
bool(true)
bool(true)
== statuses
created   Created        created final=false
paid      Paid           paid final=true
partial   PartiallyPaid  partial final=false
overpaid  Overpaid       overpaid final=true
canceled  Canceled       canceled final=true
expired   Unknown        expired final=false
PAID      Unknown        PAID final=false
== errors
CryptoInvoice\ApiException: CryptoCloud does not know this invoice (HTTP 200): it answered an empty list for this uuid (1 attempt)
  provider=cryptocloud http=200 errors=[]
CryptoInvoice\ApiException: CryptoCloud does not know this invoice (HTTP 200): it answered an empty list for this uuid (1 attempt)
  provider=cryptocloud http=200 errors=[]
CryptoInvoice\InvalidArgumentException: CryptoCloud: id must be the provider's invoice id (1 to 256 bytes, no NUL or line breaks), got an empty string
  id: CryptoCloud: id must be the provider's invoice id (1 to 256 bytes, no NUL or line breaks), got an empty string
CryptoInvoice\InvalidArgumentException: CryptoCloud: id must be the provider's invoice id (1 to 256 bytes, no NUL or line breaks), got a string holding a line break
  id: CryptoCloud: id must be the provider's invoice id (1 to 256 bytes, no NUL or line breaks), got a string holding a line break
CryptoInvoice\InvalidArgumentException: CryptoCloud: id must be the provider's invoice id (1 to 256 bytes, no NUL or line breaks), got 300 bytes
  id: CryptoCloud: id must be the provider's invoice id (1 to 256 bytes, no NUL or line breaks), got 300 bytes
-- fail500x1
found it
-- status500
CryptoInvoice\ApiException: CryptoCloud failed on its side (HTTP 500): Server error (1 attempt)
  provider=cryptocloud http=500 errors=[]
-- status401
CryptoInvoice\AuthenticationException: CryptoCloud rejected the credentials (HTTP 401): Unauthorized (1 attempt)
  provider=cryptocloud http=401 errors=[]
-- html200
CryptoInvoice\UnexpectedResponseException: CryptoCloud answered HTTP 200 with a body that is not the documented JSON (1 attempt)
  provider=cryptocloud http=200 errors=[]
-- wrongshape
CryptoInvoice\UnexpectedResponseException: CryptoCloud sent an invoice with an invalid uuid (int) (1 attempt)
  provider=cryptocloud http=200 errors=[]
-- notjson_object
CryptoInvoice\UnexpectedResponseException: CryptoCloud answered HTTP 200 with JSON that is not the documented shape: expected {"status":"success","result":...} (1 attempt)
  provider=cryptocloud http=200 errors=[]
TypeError