--TEST--
The README's recovery: create; on a lost answer, find by order id; create again only if nothing is there. Every provider: an answer lost after the invoice was made (lostx1) is found, and no second create is sent; a create that never reached the provider finds nothing, and the second create makes the one invoice
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/lifecycle.inc';

use CryptoInvoice\{Gateway, Gateways, Invoice, TransportException, UnexpectedResponseException};

/** The recipe, as a shop's checkout writes it. */
function checkout(Gateway $g, array $order): Invoice
{
	try {
		return $g->createInvoice($order);
	} catch (TransportException | UnexpectedResponseException $e) {
		echo '  create: ', get_class($e), ' code ', $e->getCode(), "\n";
		return recover($g, $order);
	}
}

/** Its second half: the invoice the lost create made, or a new one when there is none. */
function recover(Gateway $g, array $order): Invoice
{
	$found = $g->findInvoice($order['order_id']);
	echo '  find: ', $found ? 'an invoice' : 'nothing', "\n";
	return $found ?? $g->createInvoice($order);
}

/** What the provider holds for the order afterwards, and what the shop got. */
function outcome(string $base, string $p, string $order, Invoice $got): void
{
	$held = lc_held($base, $p, $order);
	printf("  creates sent %d; the provider holds %d invoice(s) for the order; the shop has %s\n",
		count(ci_emulator_requests($base, lc_path($p, LC_CREATE_PATH[$p]))), count($held),
		$held === [$got->id] && $got->orderId === $order ? 'that one' : "another: {$got->id} {$got->orderId}");
}

$base = ci_emulator_start();
foreach (array_keys(Gateways::providers()) as $p) {
	$mount = emu_providers()[$p]::MOUNT;
	echo "-- $p: the answer is lost after the invoice was made\n";
	$order = ['amount' => '25', 'currency' => 'USD', 'order_id' => "lost-$p"];
	/* Retries allowed: still no second create, a lost create is never sent again. */
	$g = ci_test_gateway($p, $base, ['base_url' => "$base/_s/lostx1$mount", 'retries' => 2]);
	outcome($base, $p, $order['order_id'], checkout($g, $order));

	echo "-- $p: the create never reached the provider\n";
	ci_emulator_reset($base);
	$order = ['amount' => '25', 'currency' => 'USD', 'order_id' => "unsent-$p"];
	$down = ci_test_gateway($p, $base, ['base_url' => 'http://127.0.0.1:' . lc_closed_port() . $mount, 'retries' => 0]);
	try {
		$down->createInvoice($order);
	} catch (TransportException $e) {
		echo '  create: ', get_class($e), ' code ', $e->getCode(), "\n";
	}
	outcome($base, $p, $order['order_id'], recover(ci_test_gateway($p, $base), $order));
	ci_emulator_reset($base);
}
?>
--EXPECT--
-- cryptomus: the answer is lost after the invoice was made
  create: CryptoInvoice\TransportException code 52
  find: an invoice
  creates sent 1; the provider holds 1 invoice(s) for the order; the shop has that one
-- cryptomus: the create never reached the provider
  create: CryptoInvoice\TransportException code 7
  find: nothing
  creates sent 1; the provider holds 1 invoice(s) for the order; the shop has that one
-- cryptocloud: the answer is lost after the invoice was made
  create: CryptoInvoice\TransportException code 52
  find: an invoice
  creates sent 1; the provider holds 1 invoice(s) for the order; the shop has that one
-- cryptocloud: the create never reached the provider
  create: CryptoInvoice\TransportException code 7
  find: nothing
  creates sent 1; the provider holds 1 invoice(s) for the order; the shop has that one
-- onchainpay: the answer is lost after the invoice was made
  create: CryptoInvoice\TransportException code 52
  find: an invoice
  creates sent 1; the provider holds 1 invoice(s) for the order; the shop has that one
-- onchainpay: the create never reached the provider
  create: CryptoInvoice\TransportException code 7
  find: nothing
  creates sent 1; the provider holds 1 invoice(s) for the order; the shop has that one
-- bitsby: the answer is lost after the invoice was made
  create: CryptoInvoice\TransportException code 52
  find: an invoice
  creates sent 1; the provider holds 1 invoice(s) for the order; the shop has that one
-- bitsby: the create never reached the provider
  create: CryptoInvoice\TransportException code 7
  find: nothing
  creates sent 1; the provider holds 1 invoice(s) for the order; the shop has that one
-- heleket: the answer is lost after the invoice was made
  create: CryptoInvoice\TransportException code 52
  find: an invoice
  creates sent 1; the provider holds 1 invoice(s) for the order; the shop has that one
-- heleket: the create never reached the provider
  create: CryptoInvoice\TransportException code 7
  find: nothing
  creates sent 1; the provider holds 1 invoice(s) for the order; the shop has that one
