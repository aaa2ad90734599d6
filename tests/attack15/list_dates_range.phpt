--TEST--
listInvoices() from/to and findInvoice() $since outside the years 0000 to 9999 are an InvalidArgumentException before sending: they went out as dates no provider reads ("10000-01-01"), and a "from" near the end of time wrapped round into the year -292277022657 when moved into Cryptomus's zone (a filter for nothing became one for everything)
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/attack14.inc';

$srv = atk14_server();
$answer = ['cryptomus' => ['state' => 0, 'result' => ['items' => [], 'paginate' => ['nextCursor' => null]]],
	'bitsby' => ['result' => 'success', 'data' => []]];
$calls = [
	'cryptomus from the end of time' => ['cryptomus', static fn ($g) => iterator_to_array($g->listInvoices(['from' => new DateTimeImmutable('@' . PHP_INT_MAX)]))],
	'bitsby to the year 10000' => ['bitsby', static fn ($g) => iterator_to_array($g->listInvoices(['to' => (new DateTimeImmutable('@0'))->setDate(10000, 1, 1)]))],
	'bitsby since the year -1' => ['bitsby', static fn ($g) => $g->findInvoice('order-1', (new DateTimeImmutable('@0'))->setDate(-1, 6, 1))],
	'bitsby from 9999-12-31' => ['bitsby', static fn ($g) => iterator_to_array($g->listInvoices(['from' => new DateTimeImmutable('9999-12-31T00:00:00Z')]))],
];
foreach ($calls as $what => [$p, $call]) {
	$url = atk14_handler($srv, 'echo ' . var_export(json_encode($answer[$p]), true) . ';');
	try {
		$call(atk14_gateway($p, $url));
		echo "$what: no error\n";
	} catch (CryptoInvoice\InvalidArgumentException $e) {
		echo "$what: ", get_class($e), ': ', $e->getMessage(), "\n";
	}
	foreach (atk14_requests($url) as $r) {
		$in = is_array($r['body']) ? $r['body'] : json_decode($r['body'], true);
		echo '  sent ', json_encode(array_intersect_key($in, array_flip(['date_from', 'date_to', 'startDate', 'endDate']))), "\n";
	}
}
?>
--EXPECT--
cryptomus from the end of time: CryptoInvoice\InvalidArgumentException: Cryptomus: from must be a date in the years 0000 to 9999 (UTC), got one outside them
bitsby to the year 10000: CryptoInvoice\InvalidArgumentException: Bitsby: to must be a date in the years 0000 to 9999 (UTC), got one outside them
bitsby since the year -1: CryptoInvoice\InvalidArgumentException: Bitsby: since must be a date from the year 0000 on, got an earlier one
bitsby from 9999-12-31: no error
  sent {"startDate":"9999-12-31"}
