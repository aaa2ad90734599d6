--TEST--
findInvoice(): Cryptomus and Heleket ask /v1/payment/info by order_id; the others scan their list newest first from $since (default 24 h back: the dates as sent), stop at the match, find nothing older than $since; null when nothing has the order id; $since in the future and bad order ids are InvalidArgumentExceptions, nothing sent
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/lifecycle.inc';

use CryptoInvoice\Gateways;

$base = ci_emulator_start();
/* The date format of each scan's list request (OnChainPay's list has no dates). */
$format = ['cryptocloud' => 'd.m.Y', 'bitsby' => 'Y-m-d'];
/* Bitsby's paging fields are bitsby_form_numbers.phpt's business. */
$hide = ['offset', 'limit'];

foreach (array_keys(Gateways::providers()) as $p) {
	echo "-- $p\n";
	$g = ci_test_gateway($p, $base);
	$ids = ['A' => lc_create($g, "find-$p-a")->id, 'B' => lc_create($g, "find-$p-b")->id];
	/* One call: what it gave, then every request it made, as the provider read it. */
	$find = static function (string $what, string $order, ?DateTimeInterface $since = null) use ($base, $g, $ids, $format, $p, $hide): void {
		$mark = lc_mark($base);
		$before = time();
		$got = lc_try(static fn () => $since ? $g->findInvoice($order, $since) : $g->findInvoice($order), $ids);
		$after = time();
		echo "$what: $got\n";
		foreach (lc_seen_dated($base, $mark, $ids, $format[$p] ?? null, $before, $after, $p === 'bitsby' ? $hide : []) as $line) {
			echo "  $line\n";
		}
	};
	$find('a', "find-$p-a");
	$find('b', "find-$p-b");
	$find('absent', "find-$p-c");
	/* A made 3 days ago: a scan from 24 h back does not reach it; one from 4 days back does. */
	ci_emulator_set_created($base, $p, $ids['A'], time() - 3 * 86400);
	$find('a, made 3 days ago', "find-$p-a");
	$find('a, since 4 days ago', "find-$p-a", new DateTimeImmutable('-4 days'));

	/* Refused before anything is sent. */
	$mark = lc_mark($base);
	$bad = ['future' => ["find-$p-a", new DateTime('+1 day')]];
	foreach (['empty' => '', 'line break' => "a\nb", 'NUL' => "a\0b", '257 bytes' => str_repeat('x', 257), 'not UTF-8' => "\xff",
		'a space' => 'find me', '129 bytes' => str_repeat('y', 129)] as $what => $order) {
		$bad[$what] = [$order, null];
	}
	foreach ($bad as $what => [$order, $since]) {
		$got = lc_try(static fn () => $g->findInvoice($order, $since));
		echo "$what: $got\n";
	}
	echo "requests for these: ", count(lc_seen($base, $mark)), "\n";
}
?>
--EXPECT--
-- cryptomus
a: Invoice A order='find-cryptomus-a' Created
  /v1/payment/info {"order_id":"find-cryptomus-a"}
b: Invoice B order='find-cryptomus-b' Created
  /v1/payment/info {"order_id":"find-cryptomus-b"}
absent: NULL
  /v1/payment/info {"order_id":"find-cryptomus-c"}
a, made 3 days ago: Invoice A order='find-cryptomus-a' Created
  /v1/payment/info {"order_id":"find-cryptomus-a"}
a, since 4 days ago: Invoice A order='find-cryptomus-a' Created
  /v1/payment/info {"order_id":"find-cryptomus-a"}
future: CryptoInvoice\InvalidArgumentException: Cryptomus: since must be a point in the past (how far back to look), got a time in the future
empty: CryptoInvoice\InvalidArgumentException: Cryptomus: orderId must be the shop's order id (1 to 256 bytes, no NUL or line breaks), got an empty string
line break: CryptoInvoice\InvalidArgumentException: Cryptomus: orderId must be the shop's order id (1 to 256 bytes, no NUL or line breaks), got a string holding a line break
NUL: CryptoInvoice\InvalidArgumentException: Cryptomus: orderId must be the shop's order id (1 to 256 bytes, no NUL or line breaks), got a string holding a NUL byte
257 bytes: CryptoInvoice\InvalidArgumentException: Cryptomus: orderId must be the shop's order id (1 to 256 bytes, no NUL or line breaks), got 257 bytes
not UTF-8: CryptoInvoice\InvalidArgumentException: Cryptomus: orderId must be the shop's order id (1 to 256 bytes, no NUL or line breaks), got a string that is not valid UTF-8
a space: CryptoInvoice\InvalidArgumentException: Cryptomus: orderId may contain only letters, digits, '_' and '-', got "find me"
129 bytes: CryptoInvoice\InvalidArgumentException: Cryptomus: orderId must be 1 to 128 characters long, got 129 characters
requests for these: 0
-- cryptocloud
a: Invoice A order='find-cryptocloud-a' Created
  /v2/invoice/merchant/list {"start":"DAY-1","end":"TODAY","offset":0,"limit":50}
  /v2/invoice/merchant/info {"uuids":["B","A"]}
b: Invoice B order='find-cryptocloud-b' Created
  /v2/invoice/merchant/list {"start":"DAY-1","end":"TODAY","offset":0,"limit":50}
  /v2/invoice/merchant/info {"uuids":["B","A"]}
absent: NULL
  /v2/invoice/merchant/list {"start":"DAY-1","end":"TODAY","offset":0,"limit":50}
  /v2/invoice/merchant/info {"uuids":["B","A"]}
a, made 3 days ago: NULL
  /v2/invoice/merchant/list {"start":"DAY-1","end":"TODAY","offset":0,"limit":50}
  /v2/invoice/merchant/info {"uuids":["B"]}
a, since 4 days ago: Invoice A order='find-cryptocloud-a' Created
  /v2/invoice/merchant/list {"start":"DAY-4","end":"TODAY","offset":0,"limit":50}
  /v2/invoice/merchant/info {"uuids":["B","A"]}
future: CryptoInvoice\InvalidArgumentException: CryptoCloud: since must be a point in the past (how far back to look), got a time in the future
empty: CryptoInvoice\InvalidArgumentException: CryptoCloud: orderId must be the shop's order id (1 to 256 bytes, no NUL or line breaks), got an empty string
line break: CryptoInvoice\InvalidArgumentException: CryptoCloud: orderId must be the shop's order id (1 to 256 bytes, no NUL or line breaks), got a string holding a line break
NUL: CryptoInvoice\InvalidArgumentException: CryptoCloud: orderId must be the shop's order id (1 to 256 bytes, no NUL or line breaks), got a string holding a NUL byte
257 bytes: CryptoInvoice\InvalidArgumentException: CryptoCloud: orderId must be the shop's order id (1 to 256 bytes, no NUL or line breaks), got 257 bytes
not UTF-8: CryptoInvoice\InvalidArgumentException: CryptoCloud: orderId must be the shop's order id (1 to 256 bytes, no NUL or line breaks), got a string that is not valid UTF-8
a space: NULL
129 bytes: NULL
requests for these: 4
-- onchainpay
a: Invoice A order='find-onchainpay-a' Created
  /api-gateway/get-invoices {"offset":0,"limit":50}
b: Invoice B order='find-onchainpay-b' Created
  /api-gateway/get-invoices {"offset":0,"limit":50}
absent: NULL
  /api-gateway/get-invoices {"offset":0,"limit":50}
a, made 3 days ago: NULL
  /api-gateway/get-invoices {"offset":0,"limit":50}
a, since 4 days ago: Invoice A order='find-onchainpay-a' Created
  /api-gateway/get-invoices {"offset":0,"limit":50}
future: CryptoInvoice\InvalidArgumentException: OnChainPay: since must be a point in the past (how far back to look), got a time in the future
empty: CryptoInvoice\InvalidArgumentException: OnChainPay: orderId must be the shop's order id (1 to 256 bytes, no NUL or line breaks), got an empty string
line break: CryptoInvoice\InvalidArgumentException: OnChainPay: orderId must be the shop's order id (1 to 256 bytes, no NUL or line breaks), got a string holding a line break
NUL: CryptoInvoice\InvalidArgumentException: OnChainPay: orderId must be the shop's order id (1 to 256 bytes, no NUL or line breaks), got a string holding a NUL byte
257 bytes: CryptoInvoice\InvalidArgumentException: OnChainPay: orderId must be the shop's order id (1 to 256 bytes, no NUL or line breaks), got 257 bytes
not UTF-8: CryptoInvoice\InvalidArgumentException: OnChainPay: orderId must be the shop's order id (1 to 256 bytes, no NUL or line breaks), got a string that is not valid UTF-8
a space: NULL
129 bytes: NULL
requests for these: 2
-- bitsby
a: Invoice A order='find-bitsby-a' Created
  /invoices/list {"startDate":"DAY-1"}
b: Invoice B order='find-bitsby-b' Created
  /invoices/list {"startDate":"DAY-1"}
absent: NULL
  /invoices/list {"startDate":"DAY-1"}
  /invoices/list {"startDate":"DAY-1"}
a, made 3 days ago: NULL
  /invoices/list {"startDate":"DAY-1"}
  /invoices/list {"startDate":"DAY-1"}
a, since 4 days ago: Invoice A order='find-bitsby-a' Created
  /invoices/list {"startDate":"DAY-4"}
future: CryptoInvoice\InvalidArgumentException: Bitsby: since must be a point in the past (how far back to look), got a time in the future
empty: CryptoInvoice\InvalidArgumentException: Bitsby: orderId must be the shop's order id (1 to 256 bytes, no NUL or line breaks), got an empty string
line break: CryptoInvoice\InvalidArgumentException: Bitsby: orderId must be the shop's order id (1 to 256 bytes, no NUL or line breaks), got a string holding a line break
NUL: CryptoInvoice\InvalidArgumentException: Bitsby: orderId must be the shop's order id (1 to 256 bytes, no NUL or line breaks), got a string holding a NUL byte
257 bytes: CryptoInvoice\InvalidArgumentException: Bitsby: orderId must be the shop's order id (1 to 256 bytes, no NUL or line breaks), got 257 bytes
not UTF-8: CryptoInvoice\InvalidArgumentException: Bitsby: orderId must be the shop's order id (1 to 256 bytes, no NUL or line breaks), got a string that is not valid UTF-8
a space: NULL
129 bytes: NULL
requests for these: 4
-- heleket
a: Invoice A order='find-heleket-a' Created
  /heleket/v1/payment/info {"order_id":"find-heleket-a"}
b: Invoice B order='find-heleket-b' Created
  /heleket/v1/payment/info {"order_id":"find-heleket-b"}
absent: NULL
  /heleket/v1/payment/info {"order_id":"find-heleket-c"}
a, made 3 days ago: Invoice A order='find-heleket-a' Created
  /heleket/v1/payment/info {"order_id":"find-heleket-a"}
a, since 4 days ago: Invoice A order='find-heleket-a' Created
  /heleket/v1/payment/info {"order_id":"find-heleket-a"}
future: CryptoInvoice\InvalidArgumentException: Heleket: since must be a point in the past (how far back to look), got a time in the future
empty: CryptoInvoice\InvalidArgumentException: Heleket: orderId must be the shop's order id (1 to 256 bytes, no NUL or line breaks), got an empty string
line break: CryptoInvoice\InvalidArgumentException: Heleket: orderId must be the shop's order id (1 to 256 bytes, no NUL or line breaks), got a string holding a line break
NUL: CryptoInvoice\InvalidArgumentException: Heleket: orderId must be the shop's order id (1 to 256 bytes, no NUL or line breaks), got a string holding a NUL byte
257 bytes: CryptoInvoice\InvalidArgumentException: Heleket: orderId must be the shop's order id (1 to 256 bytes, no NUL or line breaks), got 257 bytes
not UTF-8: CryptoInvoice\InvalidArgumentException: Heleket: orderId must be the shop's order id (1 to 256 bytes, no NUL or line breaks), got a string that is not valid UTF-8
a space: CryptoInvoice\InvalidArgumentException: Heleket: orderId may contain only letters, digits, '_' and '-', got "find me"
129 bytes: CryptoInvoice\InvalidArgumentException: Heleket: orderId must be 1 to 128 characters long, got 129 characters
requests for these: 0
