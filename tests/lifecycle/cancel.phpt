--TEST--
cancelInvoice(): CryptoCloud cancels only a created invoice (then looks it up: Canceled), refuses again with "Invoice is not created"; Bitsby only an unpaid one nobody viewed; refusals are ApiExceptions with the provider's words; the bodies as the provider read them; a cancel is sent once (lost answer, 503), again only after a 429
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/lifecycle.inc';

$base = ci_emulator_start();
/** One cancel: what it gave, then the requests it made. */
function cancel(string $base, CryptoInvoice\Gateway $g, string $what, string $id, array $names): void
{
	$mark = lc_mark($base);
	echo "$what: ", lc_try(static fn () => $g->cancelInvoice($id), $names), "\n";
	foreach (lc_seen($base, $mark, $names) as $line) {
		echo "  $line\n";
	}
}

echo "-- cryptocloud\n";
$g = ci_test_gateway('cryptocloud', $base);
$names = ['A' => lc_create($g, 'cancel-a')->id, 'B' => lc_create($g, 'cancel-b')->id, 'C' => lc_create($g, 'cancel-c')->id];
ci_emulator_set_status($base, 'cryptocloud', $names['C'], 'paid');
cancel($base, $g, 'created', $names['A'], $names);
cancel($base, $g, 'again', $names['A'], $names);
cancel($base, $g, 'created, id without INV-', substr($names['B'], 4), $names);
cancel($base, $g, 'paid', $names['C'], $names);
cancel($base, $g, 'unknown', 'INV-ZZZZ0000', $names);
cancel($base, $g, 'empty id', '', $names);

echo "-- cryptocloud, sent once\n";
foreach (['lost', 'fail503x1', 'fail429x1'] as $scenario) {
	$id = lc_create($g, "cancel-$scenario")->id;
	$names['X'] = $id;
	$retrying = ci_test_gateway('cryptocloud', $base, ['base_url' => "$base/_s/$scenario", 'retries' => 2]);
	echo "$scenario: ", lc_outcome(static fn () => $retrying->cancelInvoice($id), $names), "\n";
	echo '  cancels sent: ', count(array_filter(ci_emulator_requests($base, '/v2/invoice/merchant/canceled'),
		static fn (array $r): bool => str_contains($r['body'], $id))), '; status at CryptoCloud: ', $g->getInvoice($id)->status->name, "\n";
}

echo "-- bitsby\n";
$g = ci_test_gateway('bitsby', $base);
$names = ['A' => lc_create($g, 'cancel-a')->id, 'B' => lc_create($g, 'cancel-b')->id, 'C' => lc_create($g, 'cancel-c')->id];
ci_emulator_set_views($base, $names['B'], 1);
ci_emulator_set_status($base, 'bitsby', $names['C'], 'paid');
cancel($base, $g, 'unpaid, never viewed', $names['A'], $names);
cancel($base, $g, 'viewed', $names['B'], $names);
cancel($base, $g, 'paid', $names['C'], $names);
cancel($base, $g, 'unknown', lc_unknown_id('bitsby'), $names);
?>
--EXPECT--
-- cryptocloud
created: Invoice A order='cancel-a' Canceled
  /v2/invoice/merchant/canceled {"uuid":"A"}
  /v2/invoice/merchant/info {"uuids":["A"]}
again: CryptoInvoice\ApiException: CryptoCloud refused the request (HTTP 400): Invoice is not created (1 attempt)
  /v2/invoice/merchant/canceled {"uuid":"A"}
created, id without INV-: Invoice B order='cancel-b' Canceled
  /v2/invoice/merchant/canceled {"uuid":"B"}
  /v2/invoice/merchant/info {"uuids":["B"]}
paid: CryptoInvoice\ApiException: CryptoCloud refused the request (HTTP 400): Invoice is not created (1 attempt)
  /v2/invoice/merchant/canceled {"uuid":"C"}
unknown: CryptoInvoice\ApiException: CryptoCloud does not know this invoice (HTTP 400): Invoice not found (1 attempt)
  /v2/invoice/merchant/canceled {"uuid":"INV-ZZZZ0000"}
empty id: CryptoInvoice\InvalidArgumentException: CryptoCloud: id must be the provider's invoice id (1 to 256 bytes, no NUL or line breaks), got an empty string
-- cryptocloud, sent once
lost: CryptoInvoice\TransportException code 52 (1 attempt)
  cancels sent: 1; status at CryptoCloud: Canceled
fail503x1: CryptoInvoice\ApiException code 0 http 503 (1 attempt)
  cancels sent: 1; status at CryptoCloud: Created
fail429x1: Invoice X order='cancel-fail429x1' Canceled
  cancels sent: 2; status at CryptoCloud: Canceled
-- bitsby
unpaid, never viewed: Invoice A order='cancel-a' Canceled
  /invoices/cancel {"invoiceId":"A"}
  /invoices/list {"invoiceId":"A"}
viewed: CryptoInvoice\ApiException: Bitsby refused the request (HTTP 400): Invoice cannot be canceled (1 attempt)
  /invoices/cancel {"invoiceId":"B"}
paid: CryptoInvoice\ApiException: Bitsby refused the request (HTTP 400): Invoice cannot be canceled (1 attempt)
  /invoices/cancel {"invoiceId":"C"}
unknown: CryptoInvoice\ApiException: Bitsby does not know this invoice (HTTP 400): Invoice not found (1 attempt)
  /invoices/cancel {"invoiceId":"00000000-0000-4000-8000-000000000000"}
