--TEST--
Bitsby: parseWebhook believes only what a lookup of the named invoice finds; forged, unknown and malformed callbacks are refused
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
use CryptoInvoice\WebhookException;

$base = ci_emulator_start();
$g = ci_test_gateway('bitsby', $base);
$created = $g->createInvoice(['amount' => '10', 'currency' => 'USD', 'order_id' => 'o-7']);
$id = $created->id;

/* A forged "paid" with a forged amount: the lookup says unpaid, 10 USD. */
$inv = $g->parseWebhook(json_encode(['invoiceId' => $id, 'status' => 'paid', 'amountFiat' => '9999', 'serviceData' => '{"orderId":"x"}']));
var_dump($inv->id === $id, $inv->status, $inv->amount, $inv->currency, $inv->orderId);
$req = ci_test_last_request($base);
echo $req['path'], "\n";

/* Once it is really paid, a form-encoded callback (whatever status it claims) reports Paid. */
ci_emulator_set_status($base, 'bitsby', $id, 'paid');
$inv = $g->parseWebhook('invoiceId=' . urlencode($id) . '&status=canceled', ['Content-Type' => 'application/x-www-form-urlencoded']);
var_dump($inv->status, $inv->isFinal);
/* Without invoiceId, "id" names the invoice. */
$inv = $g->parseWebhook(json_encode(['id' => $id, 'status' => 'expired']));
var_dump($inv->status);

$refused = [
	'unknown id' => json_encode(['invoiceId' => '00000000-0000-4000-8000-000000000000', 'status' => 'paid']),
	'missing id' => json_encode(['status' => 'paid', 'amountFiat' => '10']),
	'empty id' => json_encode(['invoiceId' => '', 'status' => 'paid']),
	'id with a line break' => json_encode(['invoiceId' => "$id\nX-Injected: 1"]),
	'empty body' => '',
	'broken JSON' => '{"invoiceId":',
	'JSON list' => '["' . $id . '"]',
];
foreach ($refused as $name => $body) {
	echo "== $name\n";
	try {
		$g->parseWebhook($body);
		echo "accepted\n";
	} catch (WebhookException $e) {
		echo get_class($e), ': ', $e->getMessage(), "\n";
	}
}
/* A lookup that fails for another reason keeps its own class: the callback may be genuine. */
try {
	ci_test_gateway('bitsby', "$base/_s/status500")->parseWebhook(json_encode(['invoiceId' => $id]));
} catch (CryptoInvoice\Exception $e) {
	echo "== lookup failed\n";
	ci_test_describe($e);
}
echo "requests sent: ", count(ci_emulator_log($base)), "\n";
?>
--EXPECT--
bool(true)
enum(CryptoInvoice\Status::Created)
string(2) "10"
string(3) "USD"
string(3) "o-7"
/invoices/list
enum(CryptoInvoice\Status::Paid)
bool(true)
enum(CryptoInvoice\Status::Paid)
== unknown id
CryptoInvoice\WebhookException: Bitsby webhook names invoice "00000000-0000-4000-8000-000000000000", which Bitsby does not know: forged, or for another account
== missing id
CryptoInvoice\WebhookException: Bitsby webhook is malformed: it names no invoice (no invoiceId field)
== empty id
CryptoInvoice\WebhookException: Bitsby webhook is malformed: it names no invoice (its invoiceId field is empty)
== id with a line break
CryptoInvoice\WebhookException: Bitsby webhook is malformed: its invoice id is not a valid id
== empty body
CryptoInvoice\WebhookException: Bitsby webhook is malformed: the body is empty
== broken JSON
CryptoInvoice\WebhookException: Bitsby webhook is malformed: the body is not a JSON object
== JSON list
CryptoInvoice\WebhookException: Bitsby webhook is malformed: the body is not a JSON object
== lookup failed
CryptoInvoice\ApiException: Bitsby failed on its side (HTTP 500): Server error (1 attempt)
  provider=bitsby http=500 errors=[]
requests sent: 6
