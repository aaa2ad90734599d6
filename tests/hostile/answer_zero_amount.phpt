--TEST--
Hostile server: an answer whose invoiced amount is zero is not an invoice (a negative one is already refused); no Invoice is built from it
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/hostile.inc';

/* Every provider refuses to create an invoice for 0 and the extension refuses to ask for one
 * (SPEC §3: amounts > 0). An answer that says the invoiced amount is "0", "0.00" or 0 is not the
 * documented shape: UnexpectedResponseException, like "-1" today, never an Invoice of amount 0
 * (a shop comparing $invoice->amount with its order total would read a free order). */
$base = ci_answer_server();
$cases = [
	['cryptomus', 'create', ['amount' => '0.00']],
	['cryptomus', 'lookup', ['amount' => '0']],
	['cryptocloud', 'lookup', ['amount_in_fiat' => 0]],
	['onchainpay', 'create', ['amount' => '0']],
	['bitsby', 'lookup', ['amountFiat' => '0.00']],
];
foreach ($cases as [$p, $op, $fields]) {
	try {
		$inv = ci_answer_invoice($p, $base, $fields, $op);
		echo "$p $op: Invoice amount=", $inv->amount, "\n";
	} catch (Throwable $e) {
		echo "$p $op: ", get_class($e), "\n";
	}
}
?>
--EXPECT--
cryptomus create: CryptoInvoice\UnexpectedResponseException
cryptomus lookup: CryptoInvoice\UnexpectedResponseException
cryptocloud lookup: CryptoInvoice\UnexpectedResponseException
onchainpay create: CryptoInvoice\UnexpectedResponseException
bitsby lookup: CryptoInvoice\UnexpectedResponseException
