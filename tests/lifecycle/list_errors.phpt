--TEST--
listInvoices(): a bad filter is refused whole before anything is sent; a hostile or malformed page, and a provider that ignores the paging keys, end the walk with an UnexpectedResponseException
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
require __DIR__ . '/../inc/answers.inc';
use CryptoInvoice\{Gateways, InvalidArgumentException, Status, UnexpectedResponseException};

$base = ci_emulator_start();

echo "-- bad filters: every problem at once, nothing sent\n";
$unconstructed = new class extends DateTimeImmutable {
	public function __construct()
	{
	}
};
$filters = [
	['form' => new DateTime(), 'pagesize' => 10, 'stat' => Status::Paid, 'FROM' => new DateTime(), 7 => 'x'],
	['from' => '2025-03-01', 'to' => 1740787200, 'status' => 'paid', 'page_size' => 0],
	['from' => $unconstructed, 'to' => null, 'status' => [Status::Paid, 'paid'], 'page_size' => '10'],
	['status' => [], 'page_size' => 2.0],
	['status' => ['a' => Status::Paid], 'page_size' => 101],
	['from' => new DateTimeImmutable('2025-03-01 00:00:01 UTC'), 'to' => new DateTimeImmutable('2025-03-01 03:00:00 +03:00')],
];
$g = ci_test_gateway('cryptomus', $base);
foreach ($filters as $filter) {
	try {
		$g->listInvoices($filter);
		echo "ACCEPTED\n";
	} catch (InvalidArgumentException $e) {
		foreach ($e->getErrors() as $k => $v) {
			echo "  $k: $v\n";
		}
	}
}
/* The largest page each provider serves (Cryptomus picks its own: page_size is taken and ignored). */
foreach (['cryptocloud', 'onchainpay', 'bitsby', 'heleket'] as $p) {
	try {
		ci_test_gateway($p, $base)->listInvoices(['page_size' => 101]);
	} catch (InvalidArgumentException $e) {
		echo '  ', implode('; ', $e->getErrors()), "\n";
	}
}
echo 'requests sent: ', count(ci_emulator_log($base)), "\n";
/* to equal to from is one instant: accepted, still nothing sent until the walk. */
$same = new DateTimeImmutable('2025-03-01 00:00:00 UTC');
$l = $g->listInvoices(['from' => $same, 'to' => $same, 'page_size' => 1, 'status' => [Status::Paid, Status::Paid]]);
echo 'from = to: ', get_class($l), ', requests sent: ', count(ci_emulator_log($base)), "\n";

echo "-- every provider has a list (an UnsupportedOperationException would be thrown before anything is sent)\n";
foreach (array_keys(Gateways::providers()) as $p) {
	echo "$p: ", var_export(ci_test_gateway($p, $base)->supports('list'), true), "\n";
}

echo "-- a malformed page: listInvoices() sends nothing and throws nothing; the walk throws\n";
$walk = static function (CryptoInvoice\Gateway $g, array $filter = []): string {
	$l = $g->listInvoices($filter);
	$got = [];
	try {
		foreach ($l as $k => $inv) {
			$got[] = $k;
		}
		return 'ENDED after ' . count($got);
	} catch (UnexpectedResponseException $e) {
		return sprintf('after %d invoice(s), %d request(s): %s', count($got), $l->getRequestCount(), $e->getMessage());
	}
};
foreach (array_keys(Gateways::providers()) as $p) {
	ci_test_gateway($p, $base)->createInvoice(['amount' => '10', 'currency' => 'USD', 'order_id' => "$p-1"]);
	echo "$p wrongshape: ", $walk(ci_test_gateway($p, "$base/_s/wrongshape")), "\n";
	echo "$p notjson_object: ", $walk(ci_test_gateway($p, "$base/_s/notjson_object")), "\n";
}

$answers = ci_answer_server();
$shapes = [
	'cryptomus' => [
		'items not a list' => ['state' => 0, 'result' => ['items' => ['a' => ci_answer_default('cryptomus', 'lookup')], 'paginate' => ['nextCursor' => null]]],
		'no items' => ['state' => 0, 'result' => ['paginate' => ['nextCursor' => null]]],
		'an item not an invoice' => ['state' => 0, 'result' => ['items' => [ci_answer_default('cryptomus', 'lookup'), 'x'], 'paginate' => ['nextCursor' => null]]],
	],
	'cryptocloud' => [
		'result an object' => ['status' => 'success', 'result' => ['uuid' => 'INV-ABCD1234']],
		'an item without uuid' => ['status' => 'success', 'result' => [['status' => 'created']]],
	],
	'onchainpay' => [
		'no invoices' => ['success' => true, 'response' => ['total' => 1]],
		'invoices a string' => ['success' => true, 'response' => ['invoices' => 'none', 'total' => 0]],
	],
	'bitsby' => [
		'data a string' => ['result' => 'success', 'data' => 'none'],
		'an item a list' => ['result' => 'success', 'data' => [[1, 2]]],
	],
];
foreach ($shapes as $p => $bodies) {
	foreach ($bodies as $what => $body) {
		$g = ci_test_gateway($p, ci_answer_put($answers, json_encode($body)), ['rate_limit' => 0]);
		echo "$p, $what: ", $walk($g), "\n";
	}
}

echo "-- a provider that ignores the paging keys: the same full page again and again\n";
foreach (array_keys(Gateways::providers()) as $p) {
	$family = ci_test_family($p);
	$a = ci_answer_default($p, 'lookup');
	$b = $a;
	$key = isset($a['uuid']) ? 'uuid' : 'id';
	$b[$key] = $family === 'cryptocloud' ? 'INV-WXYZ9876' : '11111111-2222-4333-8444-555555555555';
	$body = match ($family) {
		'cryptomus' => ['state' => 0, 'result' => ['items' => [$a, $b], 'paginate' => ['count' => 2, 'hasPages' => true,
			'nextCursor' => 'same', 'previousCursor' => null, 'perPage' => 2]]],
		'cryptocloud' => ['status' => 'success', 'result' => [$a, $b]],
		'onchainpay' => ['success' => true, 'response' => ['invoices' => [$a, $b], 'total' => 1000]],
		'bitsby' => ['result' => 'success', 'data' => [$a, $b]],
	};
	$url = ci_answer_put($answers, json_encode($body));
	$g = ci_test_gateway($p, $url, ['rate_limit' => 0]);
	echo "$p: ", $walk($g, ['page_size' => 2]), "\n";
	/* Counted by the server: the list pages (CryptoCloud also reads each page again through info). */
	echo '  the server answered ', count(ci_answer_requests($url)), " request(s)\n";
}
?>
--EXPECT--
-- bad filters: every problem at once, nothing sent
  form: Cryptomus: unknown filter key "form" (did you mean "from"?); the keys are from, to, status and page_size
  pagesize: Cryptomus: unknown filter key "pagesize" (did you mean "page_size"?); the keys are from, to, status and page_size
  stat: Cryptomus: unknown filter key "stat" (did you mean "status"?); the keys are from, to, status and page_size
  FROM: Cryptomus: unknown filter key "FROM" (did you mean "from"?); the keys are from, to, status and page_size
  [7]: Cryptomus: filter keys are from, to, status and page_size, got the integer key 7
  from: Cryptomus: from must be a DateTimeInterface (the invoices' creation time, inclusive), got "2025-03-01"
  to: Cryptomus: to must be a DateTimeInterface (the invoices' creation time, inclusive), got 1740787200
  status: Cryptomus: status must be a CryptoInvoice\Status case (such as Status::Paid) or a list of them, got "paid"
  page_size: Cryptomus: page_size must be an integer from 1 to 100 (its pages have the size it chooses: the key is taken and has no effect), got 0
  from: Cryptomus: from must be a DateTimeInterface (the invoices' creation time, inclusive), got an object of class DateTimeImmutable@anonymous
  to: Cryptomus: to must be a DateTimeInterface (the invoices' creation time, inclusive), got null
  status: Cryptomus: status must be a CryptoInvoice\Status case (such as Status::Paid) or a list of them, got "paid"
  page_size: Cryptomus: page_size must be an integer from 1 to 100 (its pages have the size it chooses: the key is taken and has no effect), got "10"
  status: Cryptomus: status must be a CryptoInvoice\Status case (such as Status::Paid) or a list of them, got an empty array
  page_size: Cryptomus: page_size must be an integer from 1 to 100 (its pages have the size it chooses: the key is taken and has no effect), got 2.0
  status: Cryptomus: status must be a CryptoInvoice\Status case (such as Status::Paid) or a list of them, got an array
  page_size: Cryptomus: page_size must be an integer from 1 to 100 (its pages have the size it chooses: the key is taken and has no effect), got 101
  to: Cryptomus: to must not be before from
  CryptoCloud: page_size must be an integer from 1 to 100, got 101
  OnChainPay: page_size must be an integer from 1 to 100, got 101
  Bitsby: page_size must be an integer from 1 to 100, got 101
  Heleket: page_size must be an integer from 1 to 100 (its pages have the size it chooses: the key is taken and has no effect), got 101
requests sent: 0
from = to: CryptoInvoice\InvoiceList, requests sent: 0
-- every provider has a list (an UnsupportedOperationException would be thrown before anything is sent)
cryptomus: true
cryptocloud: true
onchainpay: true
bitsby: true
heleket: true
-- a malformed page: listInvoices() sends nothing and throws nothing; the walk throws
cryptomus wrongshape: after 0 invoice(s), 1 request(s): Cryptomus sent an invoice with an invalid uuid (int) (1 attempt)
cryptomus notjson_object: after 0 invoice(s), 1 request(s): Cryptomus answered HTTP 200 with JSON that is not the documented shape: expected {"state":0,"result":{...}} (1 attempt)
cryptocloud wrongshape: after 0 invoice(s), 1 request(s): CryptoCloud sent an invoice with an invalid uuid (int) (1 attempt)
cryptocloud notjson_object: after 0 invoice(s), 1 request(s): CryptoCloud answered HTTP 200 with JSON that is not the documented shape: expected {"status":"success","result":...} (1 attempt)
onchainpay wrongshape: after 0 invoice(s), 1 request(s): OnChainPay sent an invoice with an invalid id (int) (1 attempt)
onchainpay notjson_object: after 0 invoice(s), 1 request(s): OnChainPay answered HTTP 200 with JSON that is not the documented shape: expected {"success":true,"response":{...}} or {"success":false,"error":{...}} (1 attempt)
bitsby wrongshape: after 0 invoice(s), 1 request(s): Bitsby sent an invoice with an invalid id (int) (1 attempt)
bitsby notjson_object: after 0 invoice(s), 1 request(s): Bitsby answered HTTP 200 with JSON that is not the documented shape: expected {"result":"success","data":{...}} (1 attempt)
heleket wrongshape: after 0 invoice(s), 1 request(s): Heleket sent an invoice with an invalid uuid (int) (1 attempt)
heleket notjson_object: after 0 invoice(s), 1 request(s): Heleket answered HTTP 200 with JSON that is not the documented shape: expected {"state":0,"result":{...}} (1 attempt)
cryptomus, items not a list: after 0 invoice(s), 1 request(s): Cryptomus answered HTTP 200 with JSON that is not the documented shape: the invoice list page holds no list of invoices where its documentation puts it (1 attempt)
cryptomus, no items: after 0 invoice(s), 1 request(s): Cryptomus answered HTTP 200 with JSON that is not the documented shape: the invoice list page holds no list of invoices where its documentation puts it (1 attempt)
cryptomus, an item not an invoice: after 0 invoice(s), 1 request(s): Cryptomus answered HTTP 200 with JSON that is not the documented shape: an entry of the invoice list is not an invoice object (1 attempt)
cryptocloud, result an object: after 0 invoice(s), 1 request(s): CryptoCloud answered HTTP 200 with JSON that is not the documented shape: the invoice list page is not a list (1 attempt)
cryptocloud, an item without uuid: after 0 invoice(s), 1 request(s): CryptoCloud sent an invoice without uuid (1 attempt)
onchainpay, no invoices: after 0 invoice(s), 1 request(s): OnChainPay answered HTTP 200 with JSON that is not the documented shape: the invoice list page holds no list of invoices where its documentation puts it (1 attempt)
onchainpay, invoices a string: after 0 invoice(s), 1 request(s): OnChainPay answered HTTP 200 with JSON that is not the documented shape: the invoice list page holds no list of invoices where its documentation puts it (1 attempt)
bitsby, data a string: after 0 invoice(s), 1 request(s): Bitsby answered HTTP 200 with JSON that is not the documented shape: the invoice list page is not a list (1 attempt)
bitsby, an item a list: after 0 invoice(s), 1 request(s): Bitsby sent an invoice without id (1 attempt)
-- a provider that ignores the paging keys: the same full page again and again
cryptomus: after 2 invoice(s), 2 request(s): Cryptomus's invoice list led back to a page already read (its next cursor was given before): its answers do not follow the paging keys
  the server answered 2 request(s)
cryptocloud: after 2 invoice(s), 6 request(s): CryptoCloud's invoice list gave the same invoices again on 2 pages in a row: its answers do not follow the paging keys, so the list would never end (1 attempt)
  the server answered 6 request(s)
onchainpay: after 2 invoice(s), 3 request(s): OnChainPay's invoice list gave the same invoices again on 2 pages in a row: its answers do not follow the paging keys, so the list would never end (1 attempt)
  the server answered 3 request(s)
bitsby: after 2 invoice(s), 3 request(s): Bitsby's invoice list gave the same invoices again on 2 pages in a row: its answers do not follow the paging keys, so the list would never end (1 attempt)
  the server answered 3 request(s)
heleket: after 2 invoice(s), 2 request(s): Heleket's invoice list led back to a page already read (its next cursor was given before): its answers do not follow the paging keys
  the server answered 2 request(s)
