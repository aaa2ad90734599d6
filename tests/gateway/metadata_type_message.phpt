--TEST--
Cryptomus's refusal of a metadata object says what metadata may be (a string or an array), as Bitsby's does
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';

/* SPEC §3: metadata is "string or array (arrays become JSON)". Cryptomus's message says it must
 * be a string, which sends the shop to json_encode() itself for nothing. */
foreach (['cryptomus', 'bitsby'] as $p) {
	$g = ci_test_gateway($p, 'http://127.0.0.1:9', ['rate_limit' => 0]);
	try {
		$g->createInvoice(['amount' => '1', 'currency' => 'USD', 'order_id' => 'o-1', 'metadata' => new ArrayObject(['a' => 1])]);
	} catch (CryptoInvoice\InvalidArgumentException $e) {
		echo "$p: names arrays as accepted: ", str_contains($e->getErrors()['metadata'] ?? '', 'or an array') ? 'yes' : 'no', "\n";
	}
}
?>
--EXPECT--
cryptomus: names arrays as accepted: yes
bitsby: names arrays as accepted: yes
