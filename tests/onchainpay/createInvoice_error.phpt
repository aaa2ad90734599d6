--TEST--
OnChainPay: bad input from the seed's constraints is rejected at once, naming each parameter, and nothing is sent
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
use CryptoInvoice\InvalidArgumentException;

$base = ci_emulator_start();
$g = ci_test_gateway('onchainpay', $base);
$ok = ['amount' => '10', 'currency' => 'USD'];

$cases = [
	'required' => ['order_id' => 'o-1'],
	'amounts' => ['amount' => '1e3', 'currency' => ''],
	'amount zero' => ['amount' => '0.00', 'currency' => 'US D'],
	'amount negative' => ['amount' => -1, 'currency' => 'USD'],
	'amount NaN' => ['amount' => NAN] + $ok,
	'amount bool' => ['amount' => true, 'currency' => ['USD']],
	'percent ranges' => $ok + ['insurancePercent' => '100.01', 'slippagePercent' => '-1', 'paymentTolerancePercent' => 101],
	'percent types' => $ok + ['insurancePercent' => '1e1', 'slippagePercent' => '2%', 'paymentTolerancePercent' => [1.5]],
	'lifetime' => $ok + ['lifetime' => 0],
	'lifetime negative' => $ok + ['lifetime' => -5],
	'lifetime types' => $ok + ['lifetime' => '1h'],
	'lifetime float' => $ok + ['lifetime' => 1.5],
	'expires_in not minutes' => $ok + ['expires_in' => 90],
	'expires_in short' => $ok + ['expires_in' => 30],
	'expires_in zero' => $ok + ['expires_in' => 0],
	'expires_in negative' => $ok + ['expires_in' => -60],
	'expires_in type' => $ok + ['expires_in' => '1 hour'],
	/* lifetime holds at most 2147483647 minutes: seconds beyond that are refused, never wrapped. */
	'expires_in near PHP_INT_MAX' => $ok + ['expires_in' => PHP_INT_MAX - PHP_INT_MAX % 60],
	'expires_in one minute too many' => $ok + ['expires_in' => 2147483648 * 60],
	'expires_in and lifetime as floats' => $ok + ['expires_in' => 1e300, 'lifetime' => NAN],
	'expires_in INF' => $ok + ['expires_in' => INF, 'lifetime' => -INF],
	'expires_in as a float that is whole' => $ok + ['expires_in' => 3600.0, 'lifetime' => '99999999999999999999'],
	'bool and lists' => $ok + ['includeFee' => 'yes', 'additionalFees' => 'SEPA_WITHDRAWAL', 'currencies' => 'USDT'],
	'list items' => $ok + ['additionalFees' => ['SEPA_WITHDRAWAL', false, ['x']], 'accepted_currencies' => ['fee' => 'x']],
	'raw list not JSON' => $ok + ['currencies' => ["\xff\xfe"]],
	'urls' => $ok + ['webhookURL' => 'ftp://merchant.example/hook', 'returnURL' => 'merchant.example', 'callback_url' => 'javascript:alert(1)'],
	'emails' => $ok + ['payerEmail' => 'a@b', 'email' => 'not an email'],
	'empty external id' => $ok + ['externalId' => ''],
	'empty idempotency key' => $ok + ['idempotency_key' => ''],
	'strings' => $ok + ['description' => "x\0y", 'order' => "\xff", 'externalUserId' => ['10099'], 'externalId' => 5.5],
	'typos' => $ok + ['amout' => 1, 'webhookUrl' => 'https://a.example/', 'external_id' => 'k', 'payer_email' => 'a@b.co', 'insurance' => '1', 'lifetme' => 5],
	'unknown' => $ok + ['nonce' => '1', 'totally_unrelated_key' => 1, 7 => 'positional'],
	'conflicts' => $ok + ['order_id' => 'a', 'order' => 'b', 'email' => 'a@b.co', 'payerEmail' => 'c@d.co',
		'expires_in' => 600, 'lifetime' => 10, 'callback_url' => 'https://a.example/cb', 'webhookURL' => 'https://b.example/cb',
		'return_url' => 'https://a.example/', 'returnURL' => 'https://b.example/', 'accepted_currencies' => ['USDT'], 'currencies' => ['BTC'],
		'idempotency_key' => 'k1', 'externalId' => 'k2'],
	'not expressible' => $ok + ['success_url' => 'https://a.example/ok', 'pay_currency' => 'BTC', 'network' => 'bitcoin', 'metadata' => ['a' => 1]],
];
foreach ($cases as $name => $params) {
	echo "== $name\n";
	try {
		$g->createInvoice($params);
		echo "no exception\n";
	} catch (InvalidArgumentException $e) {
		foreach ($e->getErrors() as $k => $v) {
			echo "$k: $v\n";
		}
	}
}
/* The message carries every problem too, not only the first. */
try {
	$g->createInvoice(['lifetime' => 0, 'includeFee' => 1]);
} catch (InvalidArgumentException $e) {
	echo get_class($e), ': ', $e->getMessage(), "\n";
}
/* strict => false drops only unified keys: native ones are still checked. */
try {
	ci_test_gateway('onchainpay', $base, ['strict' => false])->createInvoice($ok + ['network' => 'tron', 'lifetime' => 0]);
} catch (InvalidArgumentException $e) {
	echo json_encode($e->getErrors()), "\n";
}
echo "requests sent: ", count(ci_emulator_log($base)), "\n";
try {
	$g->createInvoice('not an array');
} catch (TypeError $e) {
	echo get_class($e), "\n";
}
?>
--EXPECT--
== required
amount: OnChainPay: amount is required
currency: OnChainPay: currency is required
== amounts
amount: OnChainPay: amount must be a plain decimal such as "10.50" or "0.5" (digits, optionally '.' and more digits; no sign, spaces or exponent), got "1e3"
currency: OnChainPay: currency must be 1 to 32 characters long, got 0 characters
== amount zero
amount: OnChainPay: amount must be greater than zero, got "0.00"
currency: OnChainPay: currency may contain only letters, digits, '_' and '-', got "US D"
== amount negative
amount: OnChainPay: amount must not be negative, got -1
== amount NaN
amount: OnChainPay: amount must be a finite, non-negative number, got NAN
== amount bool
amount: OnChainPay: amount must be a decimal string, int or float, got true
currency: OnChainPay: currency must be a string, got an array
== percent ranges
insurancePercent: OnChainPay: insurancePercent must be from 0 to 100, got 100.01
slippagePercent: OnChainPay: slippagePercent must be a plain decimal such as "10.50" or "0.5" (digits, optionally '.' and more digits; no sign, spaces or exponent), got "-1"
paymentTolerancePercent: OnChainPay: paymentTolerancePercent must be from 0 to 100, got 101
== percent types
insurancePercent: OnChainPay: insurancePercent must be a plain decimal such as "10.50" or "0.5" (digits, optionally '.' and more digits; no sign, spaces or exponent), got "1e1"
slippagePercent: OnChainPay: slippagePercent must be a plain decimal such as "10.50" or "0.5" (digits, optionally '.' and more digits; no sign, spaces or exponent), got "2%"
paymentTolerancePercent: OnChainPay: paymentTolerancePercent must be a decimal string, int or float, got an array
== lifetime
lifetime: OnChainPay: lifetime must be from 1 to 2147483647, got 0
== lifetime negative
lifetime: OnChainPay: lifetime must be from 1 to 2147483647, got -5
== lifetime types
lifetime: OnChainPay: lifetime must be an integer from 1 to 2147483647, got "1h"
== lifetime float
lifetime: OnChainPay: lifetime must be an integer from 1 to 2147483647, got 1.5
== expires_in not minutes
expires_in: OnChainPay: expires_in must be a positive multiple of 60 seconds (lifetime counts whole minutes), got 90
== expires_in short
expires_in: OnChainPay: expires_in must be a positive multiple of 60 seconds (lifetime counts whole minutes), got 30
== expires_in zero
expires_in: OnChainPay: expires_in must be a positive multiple of 60 seconds (lifetime counts whole minutes), got 0
== expires_in negative
expires_in: OnChainPay: expires_in must be a positive multiple of 60 seconds (lifetime counts whole minutes), got -60
== expires_in type
expires_in: OnChainPay: expires_in must be an integer, got "1 hour"
== expires_in near PHP_INT_MAX
expires_in: OnChainPay: expires_in must be at most 128849018820 seconds (lifetime is at most 2147483647 minutes), got 9223372036854775800
== expires_in one minute too many
expires_in: OnChainPay: expires_in must be at most 128849018820 seconds (lifetime is at most 2147483647 minutes), got 128849018880
== expires_in and lifetime as floats
expires_in: OnChainPay: expires_in must be an integer, got 1.0E+300
lifetime: OnChainPay: lifetime must be an integer from 1 to 2147483647, got NAN
== expires_in INF
expires_in: OnChainPay: expires_in must be an integer, got INF
lifetime: OnChainPay: lifetime must be an integer from 1 to 2147483647, got -INF
== expires_in as a float that is whole
expires_in: OnChainPay: expires_in must be an integer, got 3600.0
lifetime: OnChainPay: lifetime must be an integer from 1 to 2147483647, got "99999999999999999999"
== bool and lists
includeFee: OnChainPay: includeFee must be true or false, got "yes"
additionalFees: OnChainPay: additionalFees must be a list (an array with keys 0, 1, 2...), got "SEPA_WITHDRAWAL"
currencies: OnChainPay: currencies must be a list (an array with keys 0, 1, 2...), got "USDT"
== list items
additionalFees[1]: OnChainPay: additionalFees[1] must be a string, got false
additionalFees[2]: OnChainPay: additionalFees[2] must be a string, got an array
accepted_currencies: OnChainPay: accepted_currencies must be a list (an array with keys 0, 1, 2...), got an array with other keys
== raw list not JSON
currencies: OnChainPay: currencies must hold only valid UTF-8 text
== urls
webhookURL: OnChainPay: webhookURL must be an absolute http:// or https:// URL, got "ftp://merchant.example/hook"
returnURL: OnChainPay: returnURL must be an absolute http:// or https:// URL, got "merchant.example"
callback_url: OnChainPay: callback_url must be an absolute http:// or https:// URL, got "javascript:alert(1)"
== emails
payerEmail: OnChainPay: payerEmail must be an email address such as payer@example.com, got "a@b"
email: OnChainPay: email must be an email address such as payer@example.com, got "not an email"
== empty external id
externalId: OnChainPay: externalId must not be empty: it is the key that deduplicates invoices
== empty idempotency key
idempotency_key: OnChainPay: idempotency_key must not be empty: it is the key that deduplicates invoices
== strings
description: OnChainPay: description must not contain NUL bytes, got "x\x00y"
order: OnChainPay: order must be valid UTF-8, got "\xFF"
externalUserId: OnChainPay: externalUserId must be a string, got an array
externalId: OnChainPay: externalId must be a string, got 5.5
== typos
amout: OnChainPay: unknown parameter "amout"; did you mean "amount"?
webhookUrl: OnChainPay: unknown parameter "webhookUrl"; did you mean "webhookURL"?
external_id: OnChainPay: unknown parameter "external_id"; did you mean "externalId"?
payer_email: OnChainPay: unknown parameter "payer_email"; did you mean "payerEmail"?
insurance: OnChainPay: unknown parameter "insurance"; did you mean "insurancePercent"?
lifetme: OnChainPay: unknown parameter "lifetme"; did you mean "lifetime"?
== unknown
nonce: OnChainPay: unknown parameter "nonce"; it is neither a unified key nor one of OnChainPay's own
totally_unrelated_key: OnChainPay: unknown parameter "totally_unrelated_key"; it is neither a unified key nor one of OnChainPay's own
[7]: OnChainPay: parameter keys must be strings such as "amount", got the integer key 7
== conflicts
order: OnChainPay: order_id and order both set the field order; pass only one of them
payerEmail: OnChainPay: email and payerEmail both set the field payerEmail; pass only one of them
lifetime: OnChainPay: expires_in and lifetime both set the field lifetime; pass only one of them
webhookURL: OnChainPay: callback_url and webhookURL both set the field webhookURL; pass only one of them
returnURL: OnChainPay: return_url and returnURL both set the field returnURL; pass only one of them
currencies: OnChainPay: accepted_currencies and currencies both set the field currencies; pass only one of them
externalId: OnChainPay: idempotency_key and externalId both set the field externalId; pass only one of them
== not expressible
success_url: OnChainPay cannot take success_url: its payment page has one link back to the shop, returnURL (return_url) (with the option strict => false such keys are dropped)
pay_currency: OnChainPay cannot take pay_currency: the payer picks the coin and network on the invoice page; limit the choice with accepted_currencies (with the option strict => false such keys are dropped)
network: OnChainPay cannot take network: the payer picks the coin and network on the invoice page; limit the choice with accepted_currencies (with the option strict => false such keys are dropped)
metadata: OnChainPay cannot take metadata: its invoices carry no free-form data; use order_id (order), description or externalUserId (with the option strict => false such keys are dropped)
CryptoInvoice\InvalidArgumentException: OnChainPay: lifetime must be from 1 to 2147483647, got 0; OnChainPay: includeFee must be true or false, got 1; OnChainPay: amount is required; OnChainPay: currency is required
{"lifetime":"OnChainPay: lifetime must be from 1 to 2147483647, got 0"}
requests sent: 0
TypeError
