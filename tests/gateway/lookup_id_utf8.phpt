--TEST--
getInvoice() with an id that is not UTF-8 says what is wrong with the id
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';

/* "the parameters could not be encoded as JSON": getInvoice() takes no parameters, only an id,
 * and the message does not say what is wrong with it. Ids with NUL bytes or too long get a
 * precise message ("id must be the provider's invoice id (1 to 256 bytes, ...), got ..."). */
$said = [];
foreach (array_keys(CryptoInvoice\Gateways::providers()) as $p) {
	try {
		ci_test_gateway($p, 'http://127.0.0.1:9')->getInvoice("inv-\xff");
		$said[] = "$p: accepted";
	} catch (CryptoInvoice\InvalidArgumentException $e) {
		$said[] = str_contains($e->getMessage(), 'id') && str_contains($e->getMessage(), 'UTF-8') ? 'yes' : "$p: no: " . $e->getMessage();
	}
}
echo 'every provider of Gateways::providers() names the id and UTF-8: ', implode(', ', array_unique($said)), "\n";
?>
--EXPECT--
every provider of Gateways::providers() names the id and UTF-8: yes
