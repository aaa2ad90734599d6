--TEST--
supports(): the whole matrix for every provider, by word or method name in any case; an unknown name is an InvalidArgumentException; every operation a provider lacks is an UnsupportedOperationException (a LogicException) before anything is sent, whatever its arguments
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/lifecycle.inc';

use CryptoInvoice\{Gateways, UnsupportedOperationException};

$base = ci_emulator_start();
/* word => the Gateway method it names */
$ops = ['create' => 'createInvoice', 'lookup' => 'getInvoice', 'getInvoices' => 'getInvoices', 'find' => 'findInvoice',
	'list' => 'listInvoices', 'cancel' => 'cancelInvoice', 'refund' => 'refundInvoice',
	'paymentMethods' => 'getPaymentMethods', 'request' => 'request', 'webhook' => 'parseWebhook'];
/* The operations a provider may lack, each called with arguments that would be refused if they were
 * checked first (an empty id, no address, no filter keys the provider knows). */
$calls = [
	'cancel' => static fn ($g) => $g->cancelInvoice(''),
	'refund' => static fn ($g) => $g->refundInvoice('', ['nonsense' => 1]),
	'paymentMethods' => static fn ($g) => $g->getPaymentMethods(),
	'list' => static fn ($g) => $g->listInvoices(['nonsense' => 1]),
];

foreach (array_keys(Gateways::providers()) as $p) {
	$g = ci_test_gateway($p, $base);
	$row = [];
	foreach ($ops as $word => $method) {
		$says = $g->supports($word);
		/* The method's name, and any case of either, says the same. */
		foreach ([$method, strtoupper($word), strtolower($method), ucfirst($word), strtoupper($method)] as $alias) {
			if ($g->supports($alias) !== $says) {
				echo "$p: supports('$alias') differs from supports('$word')\n";
			}
		}
		$row[] = $word . ($says ? '' : ':no');
	}
	printf("%-11s %s\n", $p, implode(' ', $row));

	foreach ($calls as $word => $call) {
		if ($g->supports($word)) {
			continue;
		}
		try {
			$call($g);
			echo "  $word: no exception\n";
		} catch (UnsupportedOperationException $e) {
			printf("  %s (LogicException %s, CryptoInvoice\\Exception %s, code %d)\n", $e->getMessage(),
				var_export($e instanceof LogicException, true), var_export($e instanceof CryptoInvoice\Exception, true), $e->getCode());
		} catch (Throwable $e) {
			echo "  $word: ", lc_show($e), "\n";
		}
	}
	/* Asked after the refusals: supports() still says the same. */
	if (!$g->supports('refund') && $g->supports('REFUNDINVOICE')) {
		echo "$p: changed its mind\n";
	}
}

echo "-- unknown names\n";
$g = ci_test_gateway('cryptocloud', $base);
foreach (['cancl', 'refunds', 'getInvoice ', "cancel\0", '', 'cancel_invoice', 'payment_methods', 'delete', ' list'] as $name) {
	try {
		var_dump($g->supports($name));
	} catch (CryptoInvoice\InvalidArgumentException $e) {
		echo $e->getMessage(), "\n";
		if ($e->getErrors() !== ['operation' => $e->getMessage()]) {
			echo "  errors: ", json_encode($e->getErrors()), "\n";
		}
	}
}
echo "requests the emulator received: ", count(ci_emulator_log($base)), "\n";
?>
--EXPECT--
cryptomus   create lookup getInvoices find list cancel:no refund paymentMethods request webhook
  Cryptomus does not support cancelInvoice(): its API has no way to cancel an invoice (CryptoCloud and Bitsby do); nothing was sent. supports() tells in advance (LogicException true, CryptoInvoice\Exception true, code 0)
cryptocloud create lookup getInvoices find list cancel refund:no paymentMethods request webhook
  CryptoCloud does not support refundInvoice(): its API has no way to refund an invoice (Cryptomus and Heleket do); nothing was sent. supports() tells in advance (LogicException true, CryptoInvoice\Exception true, code 0)
onchainpay  create lookup getInvoices find list cancel:no refund:no paymentMethods request webhook
  OnChainPay does not support cancelInvoice(): its API has no way to cancel an invoice (CryptoCloud and Bitsby do); nothing was sent. supports() tells in advance (LogicException true, CryptoInvoice\Exception true, code 0)
  OnChainPay does not support refundInvoice(): its API has no way to refund an invoice (Cryptomus and Heleket do); nothing was sent. supports() tells in advance (LogicException true, CryptoInvoice\Exception true, code 0)
bitsby      create lookup getInvoices find list cancel refund:no paymentMethods:no request webhook
  Bitsby does not support refundInvoice(): its API has no way to refund an invoice (Cryptomus and Heleket do); nothing was sent. supports() tells in advance (LogicException true, CryptoInvoice\Exception true, code 0)
  Bitsby does not support getPaymentMethods(): its API has no way to list its payment methods (Cryptomus, CryptoCloud, OnChainPay and Heleket do); nothing was sent. supports() tells in advance (LogicException true, CryptoInvoice\Exception true, code 0)
heleket     create lookup getInvoices find list cancel:no refund paymentMethods request webhook
  Heleket does not support cancelInvoice(): its API has no way to cancel an invoice (CryptoCloud and Bitsby do); nothing was sent. supports() tells in advance (LogicException true, CryptoInvoice\Exception true, code 0)
-- unknown names
CryptoCloud: operation must be one of create, lookup, getInvoices, find, list, cancel, refund, paymentMethods, request, webhook (or the method's name), got "cancl" (did you mean "cancel"?)
CryptoCloud: operation must be one of create, lookup, getInvoices, find, list, cancel, refund, paymentMethods, request, webhook (or the method's name), got "refunds" (did you mean "refund"?)
CryptoCloud: operation must be one of create, lookup, getInvoices, find, list, cancel, refund, paymentMethods, request, webhook (or the method's name), got "getInvoice " (did you mean "getInvoice"?)
CryptoCloud: operation must be one of create, lookup, getInvoices, find, list, cancel, refund, paymentMethods, request, webhook (or the method's name), got "cancel\x00" (did you mean "cancel"?)
CryptoCloud: operation must be one of create, lookup, getInvoices, find, list, cancel, refund, paymentMethods, request, webhook (or the method's name), got ""
CryptoCloud: operation must be one of create, lookup, getInvoices, find, list, cancel, refund, paymentMethods, request, webhook (or the method's name), got "cancel_invoice" (did you mean "cancelInvoice"?)
CryptoCloud: operation must be one of create, lookup, getInvoices, find, list, cancel, refund, paymentMethods, request, webhook (or the method's name), got "payment_methods" (did you mean "paymentMethods"?)
CryptoCloud: operation must be one of create, lookup, getInvoices, find, list, cancel, refund, paymentMethods, request, webhook (or the method's name), got "delete"
CryptoCloud: operation must be one of create, lookup, getInvoices, find, list, cancel, refund, paymentMethods, request, webhook (or the method's name), got " list" (did you mean "list"?)
requests the emulator received: 0
