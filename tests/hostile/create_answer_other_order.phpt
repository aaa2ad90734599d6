--TEST--
Hostile server: a create answered with an invoice for another order (order_id / order / externalId that differ from what was sent) is refused, like a lookup answered with another invoice
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/hostile.inc';

/* Lookups already refuse an answer that names another invoice. A create has no invoice id to
 * compare, but it has the shop's order id (Cryptomus order_id, OnChainPay order) and OnChainPay's
 * externalId: an answer naming another order is another order's invoice (a swapped or cached
 * answer). Today it becomes an Invoice whose orderId is the other order, and the shop sends its
 * customer to pay someone else's invoice. Correct: UnexpectedResponseException. */
$base = ci_answer_server();
$params = ['amount' => '10.00', 'currency' => 'USD', 'order_id' => 'order-1'];
$cases = [
	'cryptomus order_id' => ['cryptomus', ['order_id' => 'order-OTHER'], []],
	'onchainpay order' => ['onchainpay', ['order' => 'order-OTHER'], []],
	'onchainpay externalId' => ['onchainpay', ['externalId' => 'someone-else'], ['idempotency_key' => 'mine']],
];
foreach ($cases as $name => [$p, $fields, $extra]) {
	$answer = array_merge(ci_answer_default($p, 'create'), $fields);
	$g = ci_test_gateway($p, ci_answer_put($base, ci_answer_envelope($p, $answer, 'create')), ['rate_limit' => 0]);
	try {
		$inv = $g->createInvoice($params + $extra);
		echo "$name: Invoice orderId=", var_export($inv->orderId, true), "\n";
	} catch (Throwable $e) {
		echo "$name: ", get_class($e), "\n";
	}
}
?>
--EXPECT--
cryptomus order_id: CryptoInvoice\UnexpectedResponseException
onchainpay order: CryptoInvoice\UnexpectedResponseException
onchainpay externalId: CryptoInvoice\UnexpectedResponseException
