--TEST--
Hostile server: a payment url that is no absolute URL (Cryptomus, OnChainPay, Bitsby) is refused, not turned into https://<word>
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/hostile.inc';

/* SPEC §4 gives CryptoCloud alone a scheme-less link (pay.cryptocloud.plus/XXXX) that gets
 * https://. The other three document absolute URLs; today any word they send ("pay", "1e3",
 * "tomorrow", "null") becomes https://pay, https://1e3 ... an invented payment page the shop
 * redirects its customer to. Correct: url null (or UnexpectedResponseException), never invented. */
$base = ci_answer_server();
foreach ([['cryptomus', 'url', 'create'], ['onchainpay', 'invoiceLink', 'lookup'], ['bitsby', 'url', 'create']] as [$p, $field, $op]) {
	foreach (['pay', '1e3', 'tomorrow', 'null'] as $word) {
		try {
			$inv = ci_answer_invoice($p, $base, [$field => $word], $op);
			echo "$p $word: url=", var_export($inv->url, true), "\n";
		} catch (CryptoInvoice\UnexpectedResponseException $e) {
			echo "$p $word: url=NULL\n";
		}
	}
}
?>
--EXPECT--
cryptomus pay: url=NULL
cryptomus 1e3: url=NULL
cryptomus tomorrow: url=NULL
cryptomus null: url=NULL
onchainpay pay: url=NULL
onchainpay 1e3: url=NULL
onchainpay tomorrow: url=NULL
onchainpay null: url=NULL
bitsby pay: url=NULL
bitsby 1e3: url=NULL
bitsby tomorrow: url=NULL
bitsby null: url=NULL
