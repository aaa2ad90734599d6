--TEST--
Invoice::fromArray(): what only some answers carry comes back too: sub-second dates, Cryptomus's is_final, unknown and refund statuses, paid amounts
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/answers.inc';
require __DIR__ . '/fromArray.inc';
use CryptoInvoice\Invoice;

$base = ci_answer_server();
$cases = [
	/* is_final as Cryptomus sends it: a wrong_amount invoice is final though PartiallyPaid is not. */
	'cryptomus wrong_amount, is_final' => ['cryptomus', ['payment_status' => 'wrong_amount', 'status' => 'wrong_amount', 'is_final' => true,
		'payer_amount' => '9.5', 'payer_currency' => 'USDT', 'payment_amount' => '9.5', 'network' => 'tron', 'address' => 'TXYZ']],
	'cryptomus refund_fail' => ['cryptomus', ['payment_status' => 'refund_fail', 'status' => 'refund_fail', 'is_final' => true]],
	'cryptomus unknown word' => ['cryptomus', ['payment_status' => 'held_for_review', 'status' => 'held_for_review']],
	/* CryptoCloud writes microseconds, OnChainPay milliseconds: toArray() writes whole seconds,
	 * and raw, untouched, still holds the fraction. */
	'cryptocloud microseconds' => ['cryptocloud', ['created' => '2026-01-01 00:00:00.123456', 'expiry_date' => '2026-01-02 00:00:00.5',
		'received' => 3.25, 'received_usd' => 3.25, 'status' => 'partial', 'test_mode' => true]],
	'onchainpay milliseconds' => ['onchainpay', ['createdAt' => '2026-01-01T00:00:00.525Z', 'status' => 'PROCESSED',
		'currencies' => [['currency' => 'USDT', 'networks' => [['name' => 'tron', 'address' => 'TAbc', 'amount' => '10.1']]]]]],
	'bitsby' => ['bitsby', ['status' => 'expired']],
	'heleket' => ['heleket', ['payment_status' => 'paid', 'status' => 'paid', 'is_final' => true]],
];
foreach ($cases as $label => [$provider, $fields]) {
	$inv = ci_answer_invoice($provider, $base, $fields);
	$back = Invoice::fromArray($inv->toArray());
	$json = Invoice::fromArray(json_decode(json_encode($inv, JSON_PRESERVE_ZERO_FRACTION), true));
	printf("%s: %s; json %s; status %s isFinal %s (status says %s) createdAt %s expiresAt %s written %s\n", $label,
		fa_same($inv, $back), fa_same($inv, $json), $back->status->name, var_export($back->isFinal, true),
		var_export($back->status->isFinal(), true), $back->createdAt?->format('H:i:s.u'), $back->expiresAt?->format('H:i:s.u'),
		$inv->toArray()['createdAt']);
}

echo "== dates are read to the second; the fraction is raw's, when raw names the same second\n";
$inv = ci_answer_invoice('cryptocloud', $base, ['created' => '2026-01-01 00:00:00.123456']);
$a = $inv->toArray();
foreach (['2026-01-01T00:00:00+00:00', '2026-01-01T03:00:00+03:00', '2026-01-01T00:00:01+00:00', '2026-01-01T00:00:00.75+00:00',
		'2026-01-01T00:00:01.75+00:00', new DateTime('2026-01-01 00:00:00.9', new DateTimeZone('UTC'))] as $given) {
	echo str_pad(is_string($given) ? $given : 'DateTime ' . $given->format('H:i:s.u'), 32),
		Invoice::fromArray(['createdAt' => $given] + $a)->createdAt->format('Y-m-d\TH:i:s.u e'), "\n";
}
$a['raw']['created'] = 'not a date';
echo 'raw unreadable                  ', Invoice::fromArray($a)->createdAt->format('Y-m-d\TH:i:s.u e'), "\n";

echo "== nullable keys may be null or left out; dates without a zone are UTC\n";
$inv = ci_answer_invoice('onchainpay', $base, []);
$a = $inv->toArray();
$lean = array_diff_key($a, array_flip(['orderId', 'url', 'address', 'payAmount', 'payCurrency', 'network', 'paidAmount',
	'paidAmountInCurrency', 'createdAt']));
$lean['expiresAt'] = '2026-01-01 01:00:00';
$r = Invoice::fromArray($lean);
var_dump($r->orderId, $r->url, $r->createdAt, $r->expiresAt->format(DATE_ATOM . ' e'));
var_dump(Invoice::fromArray(['orderId' => null, 'url' => null] + $a)->url);

echo "== get_object_vars(): a Status case and DateTimeImmutable dates are taken as they are\n";
$inv = ci_answer_invoice('cryptocloud', $base, ['created' => '2026-01-01 00:00:00.123456']);
var_dump(fa_same($inv, Invoice::fromArray(get_object_vars($inv))), Invoice::fromArray(get_object_vars($inv)) == $inv);
?>
--EXPECT--
cryptomus wrong_amount, is_final: identical; json identical; status PartiallyPaid isFinal true (status says false) createdAt 00:00:00.000000 expiresAt 00:00:00.000000 written 2026-01-01T00:00:00+00:00
cryptomus refund_fail: identical; json identical; status RefundFailed isFinal true (status says true) createdAt 00:00:00.000000 expiresAt 00:00:00.000000 written 2026-01-01T00:00:00+00:00
cryptomus unknown word: identical; json identical; status Unknown isFinal false (status says false) createdAt 00:00:00.000000 expiresAt 00:00:00.000000 written 2026-01-01T00:00:00+00:00
cryptocloud microseconds: identical; json identical; status PartiallyPaid isFinal false (status says false) createdAt 00:00:00.123456 expiresAt 00:00:00.500000 written 2026-01-01T00:00:00+00:00
onchainpay milliseconds: identical; json identical; status Paid isFinal true (status says true) createdAt 00:00:00.525000 expiresAt 01:00:00.000000 written 2026-01-01T00:00:00+00:00
bitsby: identical; json identical; status Expired isFinal true (status says true) createdAt 00:00:00.000000 expiresAt 01:00:00.000000 written 2026-01-01T00:00:00+00:00
heleket: identical; json identical; status Paid isFinal true (status says true) createdAt 00:00:00.000000 expiresAt 00:00:00.000000 written 2026-01-01T00:00:00+00:00
== dates are read to the second; the fraction is raw's, when raw names the same second
2026-01-01T00:00:00+00:00       2026-01-01T00:00:00.123456 UTC
2026-01-01T03:00:00+03:00       2026-01-01T00:00:00.123456 UTC
2026-01-01T00:00:01+00:00       2026-01-01T00:00:01.000000 UTC
2026-01-01T00:00:00.75+00:00    2026-01-01T00:00:00.123456 UTC
2026-01-01T00:00:01.75+00:00    2026-01-01T00:00:01.000000 UTC
DateTime 00:00:00.900000        2026-01-01T00:00:00.123456 UTC
raw unreadable                  2026-01-01T00:00:00.000000 UTC
== nullable keys may be null or left out; dates without a zone are UTC
NULL
NULL
NULL
string(29) "2026-01-01T01:00:00+00:00 UTC"
NULL
== get_object_vars(): a Status case and DateTimeImmutable dates are taken as they are
string(9) "identical"
bool(true)
