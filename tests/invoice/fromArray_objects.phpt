--TEST--
Invoice::fromArray() runs no user code: objects are refused (a Status case and a DateTimeInterface date excepted, read without calling their methods), references do not reach into the invoice
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/answers.inc';
require __DIR__ . '/fromArray.inc';
use CryptoInvoice\{Invoice, Status};

/* Every method PHP might call to turn an object into text, JSON or an array says so. */
class Loud implements JsonSerializable, Countable, IteratorAggregate
{
	public $value = 'x';
	public function __toString(): string { echo "USER CODE: __toString\n"; return 'USD'; }
	public function jsonSerialize(): mixed { echo "USER CODE: jsonSerialize\n"; return 'USD'; }
	public function count(): int { echo "USER CODE: count\n"; return 0; }
	public function getIterator(): Iterator { echo "USER CODE: getIterator\n"; return new ArrayIterator([]); }
	public function __get($n) { echo "USER CODE: __get\n"; }
	public function __serialize(): array { echo "USER CODE: __serialize\n"; return []; }
}
/* A date whose methods lie: the instant is read from the object, never through them. */
class LyingDate extends DateTimeImmutable
{
	public function format(string $f): string { echo "USER CODE: format\n"; return '1999-01-01T00:00:00+00:00'; }
	public function getTimestamp(): int { echo "USER CODE: getTimestamp\n"; return 0; }
	public function getTimezone(): DateTimeZone|false { echo "USER CODE: getTimezone\n"; return new DateTimeZone('UTC'); }
	public function getMicrosecond(): int { echo "USER CODE: getMicrosecond\n"; return 0; }
}
/* A DateTimeImmutable whose parent constructor never ran: it holds no time. */
class OddDate extends DateTimeImmutable { public function __construct() {} }
enum OtherStatus: string { case Created = 'created'; }

$base = ci_answer_server();
$good = ci_answer_invoice('cryptomus', $base, ['address' => 'TXYZ', 'payer_currency' => 'USDT'])->toArray();

echo "== objects are refused wherever they stand\n";
fa_try('currency', ['currency' => new Loud()] + $good);
fa_try('status', ['status' => new Loud()] + $good);
fa_try('status of another enum', ['status' => OtherStatus::Created] + $good);
fa_try('createdAt', ['createdAt' => new Loud()] + $good);
fa_try('createdAt never initialized', ['createdAt' => new OddDate()] + $good);
fa_try('paymentOptions', ['paymentOptions' => new Loud()] + $good);
fa_try('paymentOptions item', ['paymentOptions' => [new Loud()]] + $good);
fa_try('paymentOptions currency', ['paymentOptions' => [['currency' => new Loud()] + $good['paymentOptions'][0]]] + $good);
fa_try('raw', ['raw' => new ArrayObject(['uuid' => 'x'])] + $good);
fa_try('raw inside', ['raw' => ['uuid' => 'x', 'extra' => [new Loud()]]] + $good);
fa_try('raw closure', ['raw' => ['cb' => fn () => print("USER CODE: closure\n")]] + $good);

echo "== a Status case is taken as it is\n";
$inv = Invoice::fromArray(['status' => Status::Created] + $good);
var_dump($inv->status, $inv == Invoice::fromArray($good));

echo "== a DateTimeInterface is read by its instant, to the second (as toArray() writes it), kept in UTC, and copied\n";
$lying = new LyingDate('2026-03-04 05:06:07.890123', new DateTimeZone('Asia/Tokyo'));
$mutable = new DateTime('2026-03-04 05:06:07', new DateTimeZone('Europe/Moscow'));
$inv = Invoice::fromArray(['createdAt' => $lying, 'expiresAt' => $mutable] + $good);
$mutable->modify('+1 year');
foreach ([$inv->createdAt, $inv->expiresAt] as $d) {
	echo get_class($d), ' ', $d->format('Y-m-d\TH:i:s.u e'), "\n";
}
var_dump($inv->toArray()['createdAt'], Invoice::fromArray($inv->toArray()) == $inv);

echo "== references: what the caller changes later is not the invoice's\n";
$data = $good;
$id = $good['id'];
$data['id'] = &$id;
$data['raw']['note'] = 'before';
$note = &$data['raw']['note'];
$data['paymentOptions'][0]['address'] = 'TXYZ';
$address = &$data['paymentOptions'][0]['address'];
$inv = Invoice::fromArray($data);
$id = 'changed';
$note = 'changed';
$address = 'changed';
var_dump($inv->id === $good['id'], $inv->raw['note'], $inv->paymentOptions[0]['address']);
?>
--EXPECT--
== objects are refused wherever they stand
currency: Invoice::fromArray(): currency must be a non-empty string of UTF-8 text without control characters, got an object of class Loud
  errors: currency
status: Invoice::fromArray(): status must be a Status case or value (created, processing, paid, overpaid, partially_paid, expired, canceled, failed, refunding, refund_failed, refunded or unknown), got an object of class Loud
  errors: status
status of another enum: Invoice::fromArray(): status must be a Status case or value (created, processing, paid, overpaid, partially_paid, expired, canceled, failed, refunding, refund_failed, refunded or unknown), got an object of class OtherStatus
  errors: status
createdAt: Invoice::fromArray(): createdAt must be a date such as "2026-01-02T12:00:00+00:00" (years 0000 to 9999) or a DateTimeInterface, or null, got an object of class Loud
  errors: createdAt
createdAt never initialized: Invoice::fromArray(): createdAt must be a date such as "2026-01-02T12:00:00+00:00" (years 0000 to 9999) or a DateTimeInterface, or null, got an uninitialized object of class OddDate
  errors: createdAt
paymentOptions: Invoice::fromArray(): paymentOptions must be a list of ['currency' => string, 'network' => ?string, 'address' => ?string, 'amount' => ?string], got an object of class Loud
  errors: paymentOptions
paymentOptions item: Invoice::fromArray(): paymentOptions[0] must be an array ['currency' => string, 'network' => ?string, 'address' => ?string, 'amount' => ?string], got an object of class Loud
  errors: paymentOptions[0]
paymentOptions currency: Invoice::fromArray(): paymentOptions[0].currency must be a string of UTF-8 text without control characters, got an object of class Loud
  errors: paymentOptions[0].currency
raw: Invoice::fromArray(): raw must be an array of strings, numbers, booleans, null and arrays of them, got an object of class ArrayObject
  errors: raw
raw inside: Invoice::fromArray(): raw must be an array of strings, numbers, booleans, null and arrays of them (UTF-8 text, finite numbers, at most 64 deep), got an object of class Loud at raw.extra[0]
  errors: raw
raw closure: Invoice::fromArray(): raw must be an array of strings, numbers, booleans, null and arrays of them (UTF-8 text, finite numbers, at most 64 deep), got an object of class Closure at raw.cb
  errors: raw
== a Status case is taken as it is
enum(CryptoInvoice\Status::Created)
bool(true)
== a DateTimeInterface is read by its instant, to the second (as toArray() writes it), kept in UTC, and copied
DateTimeImmutable 2026-03-03T20:06:07.000000 UTC
DateTimeImmutable 2026-03-04T02:06:07.000000 UTC
string(25) "2026-03-03T20:06:07+00:00"
bool(true)
== references: what the caller changes later is not the invoice's
bool(true)
string(6) "before"
string(4) "TXYZ"
