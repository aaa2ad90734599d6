--TEST--
Invoice::fromArray() refuses missing, unknown and invalid keys with an InvalidArgumentException naming each key, what came (shortly) and what is valid
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/answers.inc';
require __DIR__ . '/fromArray.inc';
use CryptoInvoice\{Invoice, Status};

$base = ci_answer_server();
$good = ci_answer_invoice('cryptomus', $base, ['address' => 'TXYZ', 'network' => 'tron', 'payer_currency' => 'USDT',
	'payer_amount' => '10.5'])->toArray();
$option = $good['paymentOptions'][0];
fa_try('valid', $good);

echo "== keys\n";
fa_try('missing id', array_diff_key($good, ['id' => 0]));
fa_try('null status', ['status' => null] + $good);
fa_try('typo', $good + ['orderID' => 'o-1']);
fa_try('unknown', $good + ['customer' => 'x', 7 => 'y', str_repeat('k', 200) => 1]);
fa_try('nothing', []);

echo "== values\n";
fa_try('provider', ['provider' => 'paypal'] + $good);
fa_try('provider case', ['provider' => 'Cryptomus'] + $good);
fa_try('amount exponent', ['amount' => '1e3'] + $good);
fa_try('amount number', ['amount' => 10.5] + $good);
fa_try('amount zero', ['amount' => '0.00'] + $good);
fa_try('payAmount sign', ['payAmount' => '-1'] + $good);
fa_try('status word', ['status' => 'done'] + $good);
fa_try('status case name', ['status' => 'Paid'] + $good);
fa_try('status against providerStatus', ['status' => 'paid'] + $good);
fa_try('status case against providerStatus', ['status' => Status::Refunded] + $good);
fa_try('isFinal text', ['isFinal' => 'false'] + $good);
fa_try('testMode int', ['testMode' => 1] + $good);
fa_try('date rolled over', ['createdAt' => '2024-02-30T10:00:00+00:00'] + $good);
fa_try('date relative', ['expiresAt' => 'tomorrow'] + $good);
fa_try('date timestamp', ['expiresAt' => 1767225600] + $good);
fa_try('date year 10000', ['expiresAt' => (new DateTimeImmutable('2026-01-01 00:00:00 UTC'))->setDate(10000, 1, 1)] + $good);
fa_try('url http', ['url' => 'http://pay.cryptomus.com/pay/x'] + $good);
fa_try('url without scheme', ['url' => 'pay.cryptomus.com/pay/x'] + $good);
fa_try('id control character', ['id' => "62f8\n8b36"] + $good);
fa_try('id empty', ['id' => ''] + $good);
fa_try('orderId not UTF-8', ['orderId' => "order-\xff"] + $good);
fa_try('currency 100 KB', ['currency' => str_repeat('U', 100000) . "\n"] + $good);
fa_try('currency array', ['currency' => ['USD']] + $good);

echo "== paymentOptions\n";
fa_try('not a list', ['paymentOptions' => ['first' => $option]] + $good);
fa_try('not an array', ['paymentOptions' => 'USDT'] + $good);
fa_try('items', ['paymentOptions' => [['chain' => 'tron'] + $option, 'USDT', ['amount' => 10] + $option, ['network' => 'tron']]] + $good);

echo "== raw\n";
fa_try('not an array', ['raw' => '{"uuid":"x"}'] + $good);
fa_try('object inside', ['raw' => ['result' => ['when' => new DateTimeImmutable('2026-01-01')]]] + $good);
fa_try('NAN inside', ['raw' => ['fee' => NAN]] + $good);
fa_try('not UTF-8', ['raw' => ['items' => ['ok', "\xc3\x28"]]] + $good);
fa_try('key not UTF-8', ['raw' => ["k\xff" => 1]] + $good);
$deep = 1;
for ($i = 0; $i < 70; $i++) {
	$deep = ['d' => $deep];
}
fa_try('too deep', ['raw' => $deep] + $good);
$loop = ['a' => 1];
$loop['self'] = &$loop;
fa_try('recursive', ['raw' => $loop] + $good);

echo "== every problem at once\n";
fa_try('three', ['amount' => '', 'provider' => 'x', 'isFinal' => null, 'extra' => 1] + $good);
?>
--EXPECT--
valid: accepted (62f88b36-a9d5-4fa6-aa26-e040c3dbf26d)
== keys
missing id: Invoice::fromArray(): id is missing; it must be a non-empty string of UTF-8 text without control characters
  errors: id
null status: Invoice::fromArray(): status must be a Status case or value (created, processing, paid, overpaid, partially_paid, expired, canceled, failed, refunding, refund_failed, refunded or unknown), got null
  errors: status
typo: Invoice::fromArray(): orderID is not a key of toArray() (did you mean orderId?)
  errors: orderID
unknown: Invoice::fromArray(): customer is not a key of toArray(), whose keys are provider, id, orderId, status, providerStatus, isFinal, amount, currency, url, address, payAmount, payCurrency, network, paidAmount, paidAmountInCurrency, paymentOptions, createdAt, expiresAt, testMode and raw; Invoice::fromArray(): 7 is not a key of toArray(), whose keys are provider, id, orderId, status, providerStatus, isFinal, amount, currency, url, address, payAmount, payCurrency, network, paidAmount, paidAmountInCurrency, paymentOptions, createdAt, expiresAt, testMode and raw; Invoice::fromArray(): kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk... is not a key of toArray(), whose keys are provider, id, orderId, status, providerStatus, isFinal, amount, currency, url, address, payAmount, payCurrency, network, paidAmount, paidAmountInCurrency, paymentOptions, createdAt, expiresAt, testMode and raw
  errors: customer, 7, kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk...
nothing: Invoice::fromArray(): provider is missing; it must be one of cryptomus, cryptocloud, onchainpay, bitsby or heleket; Invoice::fromArray(): id is missing; it must be a non-empty string of UTF-8 text without control characters; Invoice::fromArray(): status is missing; it must be a Status case or value (created, processing, paid, overpaid, partially_paid, expired, canceled, failed, refunding, refund_failed, refunded or unknown); Invoice::fromArray(): providerStatus is missing; it must be a non-empty string of UTF-8 text without control characters; Invoice::fromArray(): isFinal is missing; it must be true or false; Invoice::fromArray(): amount is missing; it must be a positive decimal string such as "10.50"; Invoice::fromArray(): currency is missing; it must be a non-empty string of UTF-8 text without control characters; Invoice::fromArray(): paymentOptions is missing; it must be a list of ['currency' => string, 'network' => ?string, 'address' => ?string, 'amount' => ?string]; Invoice::fromArray(): testMode is missing; it must be true or false; Invoice::fromArray(): raw is missing; it must be an array of strings, numbers, booleans, null and arrays of them
  errors: provider, id, status, providerStatus, isFinal, amount, currency, paymentOptions, testMode, raw
== values
provider: Invoice::fromArray(): provider must be one of cryptomus, cryptocloud, onchainpay, bitsby or heleket, got "paypal"
  errors: provider
provider case: Invoice::fromArray(): provider must be one of cryptomus, cryptocloud, onchainpay, bitsby or heleket, got "Cryptomus"
  errors: provider
amount exponent: Invoice::fromArray(): amount must be a positive decimal string such as "10.50", got "1e3"
  errors: amount
amount number: Invoice::fromArray(): amount must be a positive decimal string such as "10.50", got 10.5
  errors: amount
amount zero: Invoice::fromArray(): amount must be a positive decimal string such as "10.50", got "0.00"
  errors: amount
payAmount sign: Invoice::fromArray(): payAmount must be a decimal string such as "0.5", or null, got "-1"
  errors: payAmount
status word: Invoice::fromArray(): status must be a Status case or value (created, processing, paid, overpaid, partially_paid, expired, canceled, failed, refunding, refund_failed, refunded or unknown), got "done"
  errors: status
status case name: Invoice::fromArray(): status must be a Status case or value (created, processing, paid, overpaid, partially_paid, expired, canceled, failed, refunding, refund_failed, refunded or unknown), got "Paid"
  errors: status
status against providerStatus: Invoice::fromArray(): status must be "created", what cryptomus's providerStatus "check" means, got "paid"
  errors: status
status case against providerStatus: Invoice::fromArray(): status must be "created", what cryptomus's providerStatus "check" means, got "refunded"
  errors: status
isFinal text: Invoice::fromArray(): isFinal must be true or false, got "false"
  errors: isFinal
testMode int: Invoice::fromArray(): testMode must be true or false, got 1
  errors: testMode
date rolled over: Invoice::fromArray(): createdAt must be a date such as "2026-01-02T12:00:00+00:00" (years 0000 to 9999) or a DateTimeInterface, or null, got "2024-02-30T10:00:00+00:00"
  errors: createdAt
date relative: Invoice::fromArray(): expiresAt must be a date such as "2026-01-02T12:00:00+00:00" (years 0000 to 9999) or a DateTimeInterface, or null, got "tomorrow"
  errors: expiresAt
date timestamp: Invoice::fromArray(): expiresAt must be a date such as "2026-01-02T12:00:00+00:00" (years 0000 to 9999) or a DateTimeInterface, or null, got 1767225600
  errors: expiresAt
date year 10000: Invoice::fromArray(): expiresAt must be a date such as "2026-01-02T12:00:00+00:00" (years 0000 to 9999) or a DateTimeInterface, or null, got an object of class DateTimeImmutable holding 10000-01-01T00:00:00+00:00
  errors: expiresAt
url http: Invoice::fromArray(): url must be an absolute https:// URL, or null, got "http://pay.cryptomus.com/pay/x"
  errors: url
url without scheme: Invoice::fromArray(): url must be an absolute https:// URL, or null, got "pay.cryptomus.com/pay/x"
  errors: url
id control character: Invoice::fromArray(): id must be a non-empty string of UTF-8 text without control characters, got "62f8\x0A8b36"
  errors: id
id empty: Invoice::fromArray(): id must be a non-empty string of UTF-8 text without control characters, got ""
  errors: id
orderId not UTF-8: Invoice::fromArray(): orderId must be a string of UTF-8 text without control characters, or null, got "order-\xFF"
  errors: orderId
currency 100 KB: Invoice::fromArray(): currency must be a non-empty string of UTF-8 text without control characters, got "UUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUU"... (100001 bytes)
  errors: currency
currency array: Invoice::fromArray(): currency must be a non-empty string of UTF-8 text without control characters, got an array
  errors: currency
== paymentOptions
not a list: Invoice::fromArray(): paymentOptions must be a list of ['currency' => string, 'network' => ?string, 'address' => ?string, 'amount' => ?string], got an array whose keys are not 0, 1, 2...
  errors: paymentOptions
not an array: Invoice::fromArray(): paymentOptions must be a list of ['currency' => string, 'network' => ?string, 'address' => ?string, 'amount' => ?string], got "USDT"
  errors: paymentOptions
items: Invoice::fromArray(): paymentOptions[0].chain is not a key of a payment option (currency, network, address, amount); Invoice::fromArray(): paymentOptions[1] must be an array ['currency' => string, 'network' => ?string, 'address' => ?string, 'amount' => ?string], got "USDT"; Invoice::fromArray(): paymentOptions[2].amount must be a decimal string such as "0.5", or null, got 10; Invoice::fromArray(): paymentOptions[3].currency is missing; it must be a string of UTF-8 text without control characters
  errors: paymentOptions[0].chain, paymentOptions[1], paymentOptions[2].amount, paymentOptions[3].currency
== raw
not an array: Invoice::fromArray(): raw must be an array of strings, numbers, booleans, null and arrays of them, got "{"uuid":"x"}"
  errors: raw
object inside: Invoice::fromArray(): raw must be an array of strings, numbers, booleans, null and arrays of them (UTF-8 text, finite numbers, at most 64 deep), got an object of class DateTimeImmutable at raw.result.when
  errors: raw
NAN inside: Invoice::fromArray(): raw must be an array of strings, numbers, booleans, null and arrays of them (UTF-8 text, finite numbers, at most 64 deep), got NAN at raw.fee
  errors: raw
not UTF-8: Invoice::fromArray(): raw must be an array of strings, numbers, booleans, null and arrays of them (UTF-8 text, finite numbers, at most 64 deep), got text that is not UTF-8 at raw.items[1]
  errors: raw
key not UTF-8: Invoice::fromArray(): raw must be an array of strings, numbers, booleans, null and arrays of them (UTF-8 text, finite numbers, at most 64 deep), got a key that is not UTF-8 at raw.k\xFF
  errors: raw
too deep: Invoice::fromArray(): raw must be an array of strings, numbers, booleans, null and arrays of them (UTF-8 text, finite numbers, at most 64 deep), got arrays nested deeper than 64 at raw.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d....
  errors: raw
recursive: Invoice::fromArray(): raw must be an array of strings, numbers, booleans, null and arrays of them (UTF-8 text, finite numbers, at most 64 deep), got arrays nested deeper than 64 at raw.self.self.self.self.self.self.self.self.self.self.self.self.self.self.self.self.self.self.se...
  errors: raw
== every problem at once
three: Invoice::fromArray(): provider must be one of cryptomus, cryptocloud, onchainpay, bitsby or heleket, got "x"; Invoice::fromArray(): isFinal must be true or false, got null; Invoice::fromArray(): amount must be a positive decimal string such as "10.50", got ""; Invoice::fromArray(): extra is not a key of toArray(), whose keys are provider, id, orderId, status, providerStatus, isFinal, amount, currency, url, address, payAmount, payCurrency, network, paidAmount, paidAmountInCurrency, paymentOptions, createdAt, expiresAt, testMode and raw
  errors: provider, isFinal, amount, extra
