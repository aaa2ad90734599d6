--TEST--
A create whose answer is lost: the exception comes while the invoice exists; Cryptomus (order_id) and OnChainPay (idempotency_key) give it back on a repeat, CryptoCloud and Bitsby would make a second one
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';

$base = ci_emulator_start();
$state = ci_emulator_registry()[$base];

/** The invoices the provider holds for an order: what its dashboard would list. */
function held(string $state, string $provider, string $orderId): array
{
	$all = json_decode((string) @file_get_contents("$state/invoices-$provider.json"), true) ?: [];
	return array_keys(array_filter($all, static fn (array $invoice): bool => str_contains(json_encode($invoice), $orderId)));
}

/** Creates under an emulator scenario; prints (or, given $line, stores) what the shop sees and what the provider holds. */
function create(string $base, string $state, string $provider, string $scenario, array $params, array $opts = [], ?string &$line = null): ?CryptoInvoice\Invoice
{
	$url = $scenario === 'ok' ? $base : "$base/_s/$scenario";
	try {
		$invoice = ci_test_gateway($provider, $url, $opts)->createInvoice($params);
		$seen = "Invoice {$invoice->id}";
	} catch (CryptoInvoice\Exception $e) {
		$invoice = null;
		$seen = get_class($e) . ($e instanceof CryptoInvoice\TransportException ? " code {$e->getCode()}" : '');
	}
	/* A timed-out request is still being served: wait (by polling, not by the clock) for the invoice. */
	for ($i = 0; $i < 600 && str_starts_with($scenario, 'slow') && held($state, $provider, $params['order_id']) === []; $i++) {
		usleep(100000);
	}
	$ids = held($state, $provider, $params['order_id']);
	$what = sprintf("%-9s %s; the provider holds %d invoice(s)%s\n", $scenario, $seen, count($ids),
		$invoice !== null && in_array($invoice->id, $ids, true) ? ', this one among them' : '');
	if (func_num_args() > 6) {
		$line = $what;
	} else {
		printf("%-11s %s", $provider, $what);
	}
	return $invoice;
}

echo "-- the answer is lost: cut in half, or later than the timeout\n";
/* Every provider of the registry; one line per outcome, naming any provider that differs. */
$outcomes = [];
foreach (array_keys(CryptoInvoice\Gateways::providers()) as $provider) {
	create($base, $state, $provider, 'truncated', ['amount' => '10', 'currency' => 'USD', 'order_id' => "lost-$provider-1"], [], $line);
	$outcomes['truncated'][$line][] = $provider;
	create($base, $state, $provider, 'slow3000', ['amount' => '10', 'currency' => 'USD', 'order_id' => "lost-$provider-2"], ['timeout' => 0.5], $line);
	$outcomes['slow3000'][$line][] = $provider;
}
foreach ($outcomes as $by) {
	foreach ($by as $line => $providers) {
		printf("%-11s %s", count($by) === 1 ? 'every provider' : implode(',', $providers), $line);
	}
}

echo "-- the same create again\n";
/* Cryptomus deduplicates by order_id, OnChainPay by idempotency_key: the lost invoice comes back. */
create($base, $state, 'cryptomus', 'ok', ['amount' => '10', 'currency' => 'USD', 'order_id' => 'lost-cryptomus-1']);
create($base, $state, 'onchainpay', 'truncated', ['amount' => '10', 'currency' => 'USD', 'order_id' => 'lost-onchainpay-3', 'idempotency_key' => 'lost-3']);
create($base, $state, 'onchainpay', 'ok', ['amount' => '10', 'currency' => 'USD', 'order_id' => 'lost-onchainpay-3', 'idempotency_key' => 'lost-3']);
/* CryptoCloud and Bitsby do not: a repeat makes a second invoice for the same order. */
create($base, $state, 'cryptocloud', 'ok', ['amount' => '10', 'currency' => 'USD', 'order_id' => 'lost-cryptocloud-1']);
create($base, $state, 'bitsby', 'ok', ['amount' => '10', 'currency' => 'USD', 'order_id' => 'lost-bitsby-1']);

echo "-- the lost invoice can be looked up by its id, once the shop has it (from the dashboard)\n";
[$id] = held($state, 'cryptocloud', 'lost-cryptocloud-2');
$invoice = ci_test_gateway('cryptocloud', $base)->getInvoice($id);
echo $invoice->orderId, ' ', $invoice->status->value, "\n";
?>
--EXPECTF--
-- the answer is lost: cut in half, or later than the timeout
every provider truncated CryptoInvoice\UnexpectedResponseException; the provider holds 1 invoice(s)
every provider slow3000  CryptoInvoice\TransportException code 28; the provider holds 1 invoice(s)
-- the same create again
cryptomus   ok        Invoice %s; the provider holds 1 invoice(s), this one among them
onchainpay  truncated CryptoInvoice\UnexpectedResponseException; the provider holds 1 invoice(s)
onchainpay  ok        Invoice %s; the provider holds 1 invoice(s), this one among them
cryptocloud ok        Invoice %s; the provider holds 2 invoice(s), this one among them
bitsby      ok        Invoice %s; the provider holds 2 invoice(s), this one among them
-- the lost invoice can be looked up by its id, once the shop has it (from the dashboard)
lost-cryptocloud-2 created
