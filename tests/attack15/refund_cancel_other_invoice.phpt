--TEST--
refundInvoice() and cancelInvoice(): a success answer that names another invoice under the key the id was sent as (a proxy's cache, a connection shared after fork) is an UnexpectedResponseException saying the outcome is unknown (a refund's with the engine's look-before-refunding-again hint), sent once and never followed by the cancel's lookup; it read as a refund or cancellation done. The documented answers ([], ["ok"], "Invoice canceled") and one naming the same invoice still succeed
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/attack14.inc';

$srv = atk14_server();
$uuid = '0c14ad2b-da66-48d4-8772-148f6f6562ac';
$other = '7f2e3c41-0000-4000-8000-000000000009';
$bitsbyId = '59302b02-0000-4000-8000-000000000001';
$cases = [
	['cryptomus', 'refund', $uuid, ['state' => 0, 'result' => ['uuid' => $other]]],
	['cryptomus', 'refund', $uuid, ['state' => 0, 'result' => []]],
	['cryptomus', 'refund', $uuid, ['state' => 0, 'result' => ['uuid' => strtoupper($uuid)]]],
	['heleket', 'refund', $uuid, ['state' => 0, 'result' => ['uuid' => $other, 'status' => 'refund_process']]],
	['cryptocloud', 'cancel', 'INV-AAAA1111', ['status' => 'success', 'result' => ['uuid' => 'INV-BBBB2222']]],
	['cryptocloud', 'cancel', 'INV-AAAA1111', ['status' => 'success', 'result' => ['ok']]],
	['cryptocloud', 'cancel', 'INV-AAAA1111', ['status' => 'success', 'result' => ['uuid' => 'AAAA1111']]],
	['bitsby', 'cancel', $bitsbyId, ['result' => 'success', 'data' => ['invoiceId' => $other]]],
	['bitsby', 'cancel', $bitsbyId, ['result' => 'success', 'data' => 'Invoice canceled']],
];
/* What a lookup after a cancel finds: the invoice, canceled. */
$lookups = [
	'cryptocloud' => ['status' => 'success', 'result' => [['uuid' => 'INV-AAAA1111', 'status' => 'canceled', 'amount_in_fiat' => 10, 'fiat_currency' => 'USD']]],
	'bitsby' => ['result' => 'success', 'data' => [['id' => $bitsbyId, 'status' => 'canceled', 'amountFiat' => '10.00', 'currencyFiat' => 'USD']]],
];
foreach ($cases as [$p, $op, $id, $answer]) {
	$lookup = var_export(json_encode($lookups[$p] ?? []), true);
	$url = atk14_handler($srv, '$first = ' . var_export(json_encode($answer), true) . ";\n"
		. 'echo $n === 1 ? $first : ' . $lookup . ';');
	$g = atk14_gateway($p, $url, $p === 'heleket' ? ['payout_key' => CI_TEST_HELEKET_PAYOUT_KEY] : []);
	try {
		$r = $op === 'refund' ? $g->refundInvoice($id, ['address' => 'TXYZ']) : $g->cancelInvoice($id);
		$what = $r === null ? 'done' : "done, {$r->status->name}";
	} catch (CryptoInvoice\Exception $e) {
		$what = get_class($e) . ': ' . $e->getMessage();
	}
	echo "$p $op ", json_encode($answer, JSON_UNESCAPED_SLASHES), ":\n  $what\n  requests: ", count(atk14_requests($url)), "\n";
}
?>
--EXPECT--
cryptomus refund {"state":0,"result":{"uuid":"7f2e3c41-0000-4000-8000-000000000009"}}:
  CryptoInvoice\UnexpectedResponseException: Cryptomus answered the refund of invoice "0c14ad2b-da66-48d4-8772-148f6f6562ac" with an answer about another invoice (its uuid is "7f2e3c41-0000-4000-8000-000000000009"); that answer was not used; the refund may have been made all the same: look the invoice up before refunding it again (1 attempt)
  requests: 1
cryptomus refund {"state":0,"result":[]}:
  done
  requests: 1
cryptomus refund {"state":0,"result":{"uuid":"0C14AD2B-DA66-48D4-8772-148F6F6562AC"}}:
  done
  requests: 1
heleket refund {"state":0,"result":{"uuid":"7f2e3c41-0000-4000-8000-000000000009","status":"refund_process"}}:
  CryptoInvoice\UnexpectedResponseException: Heleket answered the refund of invoice "0c14ad2b-da66-48d4-8772-148f6f6562ac" with an answer about another invoice (its uuid is "7f2e3c41-0000-4000-8000-000000000009"); that answer was not used; the refund may have been made all the same: look the invoice up before refunding it again (1 attempt)
  requests: 1
cryptocloud cancel {"status":"success","result":{"uuid":"INV-BBBB2222"}}:
  CryptoInvoice\UnexpectedResponseException: CryptoCloud answered the cancellation of invoice "INV-AAAA1111" with an answer about another invoice (its uuid is "INV-BBBB2222"); that answer was not used, so whether it was canceled is unknown: look the invoice up before canceling it again (1 attempt)
  requests: 1
cryptocloud cancel {"status":"success","result":["ok"]}:
  done, Canceled
  requests: 2
cryptocloud cancel {"status":"success","result":{"uuid":"AAAA1111"}}:
  done, Canceled
  requests: 2
bitsby cancel {"result":"success","data":{"invoiceId":"7f2e3c41-0000-4000-8000-000000000009"}}:
  CryptoInvoice\UnexpectedResponseException: Bitsby answered the cancellation of invoice "59302b02-0000-4000-8000-000000000001" with an answer about another invoice (its invoiceId is "7f2e3c41-0000-4000-8000-000000000009"); that answer was not used, so whether it was canceled is unknown: look the invoice up before canceling it again (1 attempt)
  requests: 1
bitsby cancel {"result":"success","data":"Invoice canceled"}:
  done, Canceled
  requests: 2
