--TEST--
listInvoices(): every provider, newest first, lazy (one request per page, when the walk needs it), pages without overlap or gap, a second walk re-fetches; from/to and status on the wire in each provider's words, format and zone, and applied locally everywhere
--EXTENSIONS--
cryptoinvoice
--INI--
date.timezone=Pacific/Kiritimati
--FILE--
<?php
/* The process zone is UTC+14 and the filter's dates are in Tokyo and New York: the dates on the
 * wire must follow each provider's zone (Cryptomus UTC+3, the others UTC), never these. */
require __DIR__ . '/../inc/helpers.inc';
require __DIR__ . '/../inc/emulator/control.inc';
require __DIR__ . '/../inc/answers.inc';
use CryptoInvoice\{Invoice, InvoiceList, Status};

const PROVIDERS = ['cryptomus', 'heleket', 'cryptocloud', 'onchainpay', 'bitsby'];
const T = 1740787200; /* 2025-03-01 00:00:00 UTC */
define('STARTED', time()); /* CryptoCloud's default end is the day of the request: one during this test */
/* The invoices, made in this order and then moved to these creation times: newest first they are
 * e d c b a f g. a and e sit on the UTC days of the filter below but outside its times. */
const MADE = ['c' => T + 43200, 'g' => T - 3 * 86400, 'e' => T + 86400 + 5416, 'a' => T - 3601,
	'd' => T + 86400 + 5415, 'f' => T - 2 * 86400, 'b' => T - 3600];
/* The provider's word for paid. */
const PAID = ['cryptomus' => 'paid', 'heleket' => 'paid', 'cryptocloud' => 'paid', 'onchainpay' => 'PROCESSED', 'bitsby' => 'paid'];

$base = ci_emulator_start();
$mark = 0;

/** The provider requests since the last call. */
function fresh(string $base, int &$mark): array
{
	$log = ci_emulator_log($base);
	$new = array_slice($log, $mark);
	$mark = count($log);
	return $new;
}

/** A's name from its order id ("cryptocloud-e" -> "e"; "?" when the invoice has none). */
function name(Invoice $inv, string $p): string
{
	return $inv->orderId !== null && str_starts_with($inv->orderId, "$p-") ? substr($inv->orderId, strlen($p) + 1) : '?';
}

/** Walks a list: "name name ..." after checking the keys are 0, 1, 2... */
function walk(InvoiceList $l, string $p): string
{
	$names = [];
	foreach ($l as $k => $inv) {
		if ($k !== count($names)) {
			return "KEY $k AT " . count($names);
		}
		$names[] = name($inv, $p);
	}
	return implode(' ', $names);
}

/** One request as "endpoint fields": the JSON or multipart fields without the nonce; ids as names. */
function wire(array $e, array $names): string
{
	$type = $e['headers']['content-type'] ?? '';
	$f = str_starts_with($type, 'multipart/') ? emu_parse_multipart($e['body'], $type) : json_decode($e['body'], true);
	unset($f['nonce']);
	if (isset($f['uuids'])) {
		$f['uuids'] = implode(',', array_map(static fn (string $id): string => $names[$id] ?? $names["INV-$id"] ?? $id, $f['uuids']));
	}
	$today = array_unique([gmdate('d.m.Y', STARTED), gmdate('d.m.Y')]);
	$text = str_replace(array_map(static fn (string $d): string => "\"$d\"", $today), '"<today>"', json_encode((object) $f, JSON_UNESCAPED_SLASHES));
	return basename($e['path']) . (isset($e['query']) ? '?' . preg_replace('/=.*/', '=...', $e['query']) : '') . " $text";
}

/* {{{ Every provider: order, laziness, paging, keys, a second walk */
$ids = [];
foreach (PROVIDERS as $p) {
	$g = ci_test_gateway($p, $base);
	foreach (MADE as $name => $t) {
		$inv = $g->createInvoice(['amount' => '10', 'currency' => 'USD', 'order_id' => "$p-$name"]);
		ci_emulator_set_created($base, $p, $inv->id, $t);
		$ids[$p][$inv->id] = $name;
	}
	if (ci_test_family($p) === 'cryptomus') {
		ci_emulator_set_per_page($base, $p, 2); /* Cryptomus picks its page size itself */
	}
	echo "-- $p\n";
	fresh($base, $mark);
	/* Each step: the requests the emulator saw so far; getRequestCount() must agree at every one. */
	$sent = 0;
	$agree = true;
	$trace = [];
	$l = $g->listInvoices(['page_size' => 2]);
	$step = static function (string $what) use ($base, &$mark, &$sent, &$agree, &$trace, &$l): void {
		$sent += count(fresh($base, $mark));
		$agree = $agree && $l->getRequestCount() === $sent;
		$trace[] = "$what:$sent";
	};
	$step('listInvoices');
	$l->rewind();
	$step('rewind');
	$first = [];
	while ($l->valid()) {
		$k = $l->key();
		$name = name($l->current(), $p);
		$first[] = $name;
		$step("[$k]$name");
		$l->next();
		$step('next');
	}
	echo implode(' ', $trace), "\n";
	echo 'getRequestCount() agreed with the emulator at every step: ', var_export($agree, true), "\n";
	$log = array_slice(ci_emulator_log($base), -$sent);
	foreach ($log as $e) {
		echo '  ', wire($e, $ids[$p]), "\n";
	}
	$held = array_map(static fn (array $i): string => $ids[$p][$i['uuid'] ?? $i['id']] ?? '?', ci_emulator_invoices($base, $p));
	echo 'every invoice once, as the emulator orders them: ', var_export($first === $held, true), "\n";
	$again = walk($l, $p);
	fresh($base, $mark);
	echo "again: $again, requests ", $l->getRequestCount(), " (", var_export($again === implode(' ', $first), true), ")\n";
}
/* }}} */

/* {{{ from and to, in the provider's format and zone */
$from = new DateTimeImmutable('2025-03-01 08:00:00', new DateTimeZone('Asia/Tokyo'));       /* 2025-02-28 23:00:00 UTC */
$to = new DateTimeImmutable('2025-03-01 20:30:15', new DateTimeZone('America/New_York')); /* 2025-03-02 01:30:15 UTC */
foreach ([['from' => $from, 'to' => $to, 'page_size' => 2], ['from' => $from, 'page_size' => 50], ['to' => $to, 'page_size' => 50]] as $filter) {
	echo '-- ', implode(', ', array_keys($filter)), "\n";
	foreach (PROVIDERS as $p) {
		$g = ci_test_gateway($p, $base);
		fresh($base, $mark);
		$got = walk($g->listInvoices($filter), $p);
		$sent = array_values(array_filter(fresh($base, $mark), static fn (array $e): bool => !str_ends_with($e['path'], '/info')));
		/* Every page carries the same filter: shown once, with the number of pages. */
		$shown = array_unique(array_map(static fn (array $e): string => preg_replace(['/,?"(offset|limit)":"?\d+"?/', '/\?cursor=\.\.\./', '/\{,/'], ['', '', '{'], wire($e, [])), $sent));
		printf("%-11s %-13s %d page(s): %s\n", $p, $got, count($sent), implode(' | ', $shown));
	}
}
/* }}} */

/* {{{ status: the provider's words where it filters, and always applied here */
$weird = array_search('f', $ids['onchainpay'], true);
foreach (PROVIDERS as $p) {
	ci_emulator_set_status($base, $p, array_search('c', $ids[$p], true), PAID[$p]);
	if (ci_test_family($p) === 'cryptomus') {
		ci_emulator_set_per_page($base, $p, 100);
	}
}
ci_emulator_set_status($base, 'onchainpay', $weird, 'WEIRD');
$filters = [
	'Paid' => Status::Paid,
	'Created' => Status::Created,
	'[Created, Paid]' => [Status::Created, Status::Paid],
	'Refunded' => Status::Refunded,
	'[Created, Unknown]' => [Status::Created, Status::Unknown],
];
foreach ($filters as $label => $status) {
	echo "-- status $label\n";
	foreach (PROVIDERS as $p) {
		fresh($base, $mark);
		$got = walk(ci_test_gateway($p, $base)->listInvoices(['status' => $status, 'page_size' => 50]), $p);
		$sent = array_values(array_filter(fresh($base, $mark), static fn (array $e): bool => !str_ends_with($e['path'], '/info')));
		printf("%-11s %-15s %s\n", $p, $got === '' ? '(none)' : $got, wire($sent[0], []));
	}
}
/* }}} */

/* {{{ Applied here even where the provider filters: a provider that ignores the filter */
echo "-- a provider that ignores the filter (status Paid, from, to)\n";
$answers = ci_answer_server();
$fields = [
	'cryptomus' => fn (string $st, string $at) => ['status' => $st, 'payment_status' => $st, 'created_at' => "{$at}T12:00:00+03:00"],
	'cryptocloud' => fn (string $st, string $at) => ['status' => $st, 'created' => "$at 12:00:00.000000"],
	'onchainpay' => fn (string $st, string $at) => ['status' => $st, 'createdAt' => "{$at}T12:00:00.000Z"],
	'bitsby' => fn (string $st, string $at) => ['status' => $st, 'createDatetime' => "$at 12:00:00"],
];
$unpaid = ['cryptomus' => 'check', 'cryptocloud' => 'created', 'onchainpay' => 'INIT', 'bitsby' => 'unpaid'];
foreach (PROVIDERS as $p) {
	$family = ci_test_family($p);
	$items = [];
	/* x: paid, in range; y: unpaid, in range; z: paid, a day before from; w: paid, a day after to */
	foreach (['w' => [PAID[$p], '2025-03-03'], 'x' => [PAID[$p], '2025-03-01'], 'y' => [$unpaid[$family], '2025-03-01'],
		'z' => [PAID[$p], '2025-02-27']] as $name => [$st, $at]) {
		$item = array_merge(ci_answer_default($p, 'lookup'), $fields[$family]($st, $at));
		$key = isset($item['uuid']) ? 'uuid' : 'id';
		$item[$key] = $family === 'cryptocloud' ? 'INV-' . strtoupper(str_repeat($name, 8)) : preg_replace('/^.{8}/', str_repeat(dechex(ord($name) - 110), 8), $item[$key]);
		if ($family === 'bitsby') {
			$item['serviceData'] = json_encode(['orderId' => "$p-$name"]);
		} else {
			$item[$family === 'onchainpay' ? 'order' : 'order_id'] = "$p-$name";
		}
		$items[] = $item;
	}
	$payload = match ($family) {
		'cryptomus' => ['state' => 0, 'result' => ['items' => $items, 'paginate' => ['count' => 4, 'hasPages' => false, 'nextCursor' => null, 'previousCursor' => null, 'perPage' => 15]]],
		'cryptocloud' => ['status' => 'success', 'result' => $items], /* list and info: the same answer */
		'onchainpay' => ['success' => true, 'response' => ['invoices' => $items, 'total' => 4]],
		'bitsby' => ['result' => 'success', 'data' => $items],
	};
	$g = ci_test_gateway($p, ci_answer_put($answers, json_encode($payload)), ['rate_limit' => 0]);
	$l = $g->listInvoices(['status' => Status::Paid, 'from' => $from, 'to' => $to]);
	printf("%-11s %s\n", $p, walk($l, $p));
}
/* }}} */
?>
--EXPECT--
-- cryptomus
listInvoices:0 rewind:1 [0]e:1 next:1 [1]d:1 next:2 [2]c:2 next:2 [3]b:2 next:3 [4]a:3 next:3 [5]f:3 next:4 [6]g:4 next:4
getRequestCount() agreed with the emulator at every step: true
  list {}
  list?cursor=... {}
  list?cursor=... {}
  list?cursor=... {}
every invoice once, as the emulator orders them: true
again: e d c b a f g, requests 8 (true)
-- heleket
listInvoices:0 rewind:1 [0]e:1 next:1 [1]d:1 next:2 [2]c:2 next:2 [3]b:2 next:3 [4]a:3 next:3 [5]f:3 next:4 [6]g:4 next:4
getRequestCount() agreed with the emulator at every step: true
  list {}
  list?cursor=... {}
  list?cursor=... {}
  list?cursor=... {}
every invoice once, as the emulator orders them: true
again: e d c b a f g, requests 8 (true)
-- cryptocloud
listInvoices:0 rewind:2 [0]e:2 next:2 [1]d:2 next:4 [2]c:4 next:4 [3]b:4 next:6 [4]a:6 next:6 [5]f:6 next:8 [6]g:8 next:8
getRequestCount() agreed with the emulator at every step: true
  list {"start":"01.01.2015","end":"<today>","offset":0,"limit":2}
  info {"uuids":"e,d"}
  list {"start":"01.01.2015","end":"<today>","offset":2,"limit":4}
  info {"uuids":"c,b"}
  list {"start":"01.01.2015","end":"<today>","offset":4,"limit":6}
  info {"uuids":"a,f"}
  list {"start":"01.01.2015","end":"<today>","offset":6,"limit":8}
  info {"uuids":"g"}
every invoice once, as the emulator orders them: true
again: e d c b a f g, requests 16 (true)
-- onchainpay
listInvoices:0 rewind:1 [0]e:1 next:1 [1]d:1 next:2 [2]c:2 next:2 [3]b:2 next:3 [4]a:3 next:3 [5]f:3 next:4 [6]g:4 next:4
getRequestCount() agreed with the emulator at every step: true
  get-invoices {"offset":0,"limit":2}
  get-invoices {"offset":2,"limit":2}
  get-invoices {"offset":4,"limit":2}
  get-invoices {"offset":6,"limit":2}
every invoice once, as the emulator orders them: true
again: e d c b a f g, requests 8 (true)
-- bitsby
listInvoices:0 rewind:1 [0]e:1 next:1 [1]d:1 next:2 [2]c:2 next:2 [3]b:2 next:3 [4]a:3 next:3 [5]f:3 next:4 [6]g:4 next:5
getRequestCount() agreed with the emulator at every step: true
  list {"offset":"0","limit":"2"}
  list {"offset":"2","limit":"2"}
  list {"offset":"4","limit":"2"}
  list {"offset":"6","limit":"2"}
  list {"offset":"7","limit":"2"}
every invoice once, as the emulator orders them: true
again: e d c b a f g, requests 10 (true)
-- from, to, page_size
cryptomus   d c b         2 page(s): list {"date_from":"2025-03-01 02:00:00","date_to":"2025-03-02 04:30:15"}
heleket     d c b         2 page(s): list {"date_from":"2025-03-01 02:00:00","date_to":"2025-03-02 04:30:15"}
cryptocloud d c b         3 page(s): list {"start":"28.02.2025","end":"02.03.2025"}
onchainpay  d c b         3 page(s): get-invoices {}
bitsby      d c b         3 page(s): list {"startDate":"2025-02-28","endDate":"2025-03-02"}
-- from, page_size
cryptomus   e d c b       2 page(s): list {"date_from":"2025-03-01 02:00:00"}
heleket     e d c b       2 page(s): list {"date_from":"2025-03-01 02:00:00"}
cryptocloud e d c b       1 page(s): list {"start":"28.02.2025","end":"<today>"}
onchainpay  e d c b       1 page(s): get-invoices {}
bitsby      e d c b       2 page(s): list {"startDate":"2025-02-28"}
-- to, page_size
cryptomus   d c b a f g   3 page(s): list {"date_to":"2025-03-02 04:30:15"}
heleket     d c b a f g   3 page(s): list {"date_to":"2025-03-02 04:30:15"}
cryptocloud d c b a f g   1 page(s): list {"start":"01.01.2015","end":"02.03.2025"}
onchainpay  d c b a f g   1 page(s): get-invoices {}
bitsby      d c b a f g   2 page(s): list {"endDate":"2025-03-02"}
-- status Paid
cryptomus   c               list {}
heleket     c               list {}
cryptocloud c               list {"start":"01.01.2015","end":"<today>","offset":0,"limit":50}
onchainpay  c               get-invoices {"status":["PROCESSED"],"offset":0,"limit":50}
bitsby      c               list {"status":"paid","offset":"0","limit":"50"}
-- status Created
cryptomus   e d b a f g     list {}
heleket     e d b a f g     list {}
cryptocloud e d b a f g     list {"start":"01.01.2015","end":"<today>","offset":0,"limit":50}
onchainpay  e d b a g       get-invoices {"status":["INIT","CREATED"],"offset":0,"limit":50}
bitsby      e d b a f g     list {"status":"unpaid","offset":"0","limit":"50"}
-- status [Created, Paid]
cryptomus   e d c b a f g   list {}
heleket     e d c b a f g   list {}
cryptocloud e d c b a f g   list {"start":"01.01.2015","end":"<today>","offset":0,"limit":50}
onchainpay  e d c b a g     get-invoices {"status":["INIT","CREATED","PROCESSED"],"offset":0,"limit":50}
bitsby      e d c b a f g   list {"offset":"0","limit":"50"}
-- status Refunded
cryptomus   (none)          list {}
heleket     (none)          list {}
cryptocloud (none)          list {"start":"01.01.2015","end":"<today>","offset":0,"limit":50}
onchainpay  (none)          get-invoices {"offset":0,"limit":50}
bitsby      (none)          list {"offset":"0","limit":"50"}
-- status [Created, Unknown]
cryptomus   e d b a f g     list {}
heleket     e d b a f g     list {}
cryptocloud e d b a f g     list {"start":"01.01.2015","end":"<today>","offset":0,"limit":50}
onchainpay  e d b a f g     get-invoices {"offset":0,"limit":50}
bitsby      e d b a f g     list {"offset":"0","limit":"50"}
-- a provider that ignores the filter (status Paid, from, to)
cryptomus   x
heleket     x
cryptocloud x
onchainpay  x
bitsby      x
