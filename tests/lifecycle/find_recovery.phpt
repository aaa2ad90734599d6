--TEST--
The README's recovery, run as the README prints it: create; on a lost answer (the answer dropped, or a 5xx after the invoice was made), find by order id; create again only if nothing is there; a refusal is thrown on. Every provider: the invoice the lost create made is found and no second create is sent; a create that never reached the provider finds nothing, and the second create makes the one invoice; the messages say to look first
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/lifecycle.inc';

use CryptoInvoice\{Gateway, Gateways, Invoice, TransportException};

/* The README's invoiceFor(), taken from the README itself. */
$readme = (string) file_get_contents(dirname(__DIR__, 2) . '/README.md');
preg_match('/^### When a create\'s answer is lost\n.*?^```php\n(.*?)^```$/ms', $readme, $m);
eval($m[1]);
echo 'the README defines invoiceFor(): ', var_export(function_exists('invoiceFor'), true), "\n";

/** What the provider holds for the order afterwards, and what the shop got. */
function outcome(string $base, string $p, string $order, Invoice $got): void
{
	$held = lc_held($base, $p, $order);
	printf("  creates sent %d, finds %d; the provider holds %d invoice(s) for the order; the shop has %s\n",
		count(ci_emulator_requests($base, lc_path($p, LC_CREATE_PATH[$p]))), finds($base, $p), count($held),
		$held === [$got->id] && $got->orderId === $order ? 'that one' : "another: {$got->id} {$got->orderId}");
}

/** The requests findInvoice() sent: Cryptomus and Heleket ask by order id, the others scan lists. */
function finds(string $base, string $p): int
{
	$path = ci_test_family($p) === 'cryptomus' ? '/v1/payment/info' : ['cryptocloud' => '/v2/invoice/merchant/list',
		'onchainpay' => '/api-gateway/get-invoices', 'bitsby' => '/invoices/list'][$p];
	return count(ci_emulator_requests($base, lc_path($p, $path)));
}

$base = ci_emulator_start();
foreach (array_keys(Gateways::providers()) as $p) {
	$mount = emu_providers()[$p]::MOUNT;
	/* lostx1: the answer never comes; lost500x1: the provider made the invoice, then answered 500. */
	foreach (['lostx1' => 'the answer is lost', 'lost500x1' => 'a 500 comes'] as $scenario => $what) {
		echo "-- $p: $what after the invoice was made\n";
		$order = ['amount' => '25', 'currency' => 'USD', 'order_id' => "$scenario-$p"];
		/* Retries allowed: still no second create, a lost create is never sent again. */
		$g = ci_test_gateway($p, $base, ['base_url' => "$base/_s/$scenario$mount", 'retries' => 2]);
		try {
			$g->createInvoice($order);
		} catch (CryptoInvoice\Exception $e) {
			printf("  alone: %s code %d, says to look first: %s\n", get_class($e), $e->getCode(),
				var_export(str_contains($e->getMessage(), 'the invoice may have been made all the same: findInvoice()'), true));
		}
		ci_emulator_reset($base);
		outcome($base, $p, $order['order_id'], invoiceFor($g, $order));
		ci_emulator_reset($base);
	}

	echo "-- $p: the create never reached the provider\n";
	$order = ['amount' => '25', 'currency' => 'USD', 'order_id' => "unsent-$p"];
	$down = ci_test_gateway($p, $base, ['base_url' => 'http://127.0.0.1:' . lc_closed_port() . $mount, 'retries' => 0]);
	try {
		$down->createInvoice($order);
	} catch (TransportException $e) {
		printf("  alone: %s code %d, says to look first: %s\n", get_class($e), $e->getCode(),
			var_export(str_contains($e->getMessage(), 'findInvoice()'), true));
	}
	try {
		invoiceFor($down, $order); /* the look fails too: the shop is told, nothing is made */
	} catch (TransportException $e) {
		echo '  the recipe: ', get_class($e), ' code ', $e->getCode(), ', the provider holds ', count(lc_held($base, $p, $order['order_id'])), "\n";
	}
	outcome($base, $p, $order['order_id'], invoiceFor(ci_test_gateway($p, $base), $order)); /* later, with the network back */

	echo "-- $p: a refusal is thrown on\n";
	try {
		invoiceFor(ci_test_gateway($p, $base, ['base_url' => "$base/_s/status422$mount"]), $order);
	} catch (CryptoInvoice\ApiException $e) {
		printf("  %s HTTP %d, says to look first: %s\n", get_class($e), $e->getHttpStatus(),
			var_export(str_contains($e->getMessage(), 'findInvoice()'), true));
	}
	ci_emulator_reset($base);
}
?>
--EXPECT--
the README defines invoiceFor(): true
-- cryptomus: the answer is lost after the invoice was made
  alone: CryptoInvoice\TransportException code 52, says to look first: true
  creates sent 1, finds 1; the provider holds 1 invoice(s) for the order; the shop has that one
-- cryptomus: a 500 comes after the invoice was made
  alone: CryptoInvoice\ApiException code 0, says to look first: true
  creates sent 1, finds 1; the provider holds 1 invoice(s) for the order; the shop has that one
-- cryptomus: the create never reached the provider
  alone: CryptoInvoice\TransportException code 7, says to look first: false
  the recipe: CryptoInvoice\TransportException code 7, the provider holds 0
  creates sent 1, finds 0; the provider holds 1 invoice(s) for the order; the shop has that one
-- cryptomus: a refusal is thrown on
  CryptoInvoice\ApiException HTTP 422, says to look first: false
-- cryptocloud: the answer is lost after the invoice was made
  alone: CryptoInvoice\TransportException code 52, says to look first: true
  creates sent 1, finds 1; the provider holds 1 invoice(s) for the order; the shop has that one
-- cryptocloud: a 500 comes after the invoice was made
  alone: CryptoInvoice\ApiException code 0, says to look first: true
  creates sent 1, finds 1; the provider holds 1 invoice(s) for the order; the shop has that one
-- cryptocloud: the create never reached the provider
  alone: CryptoInvoice\TransportException code 7, says to look first: false
  the recipe: CryptoInvoice\TransportException code 7, the provider holds 0
  creates sent 1, finds 0; the provider holds 1 invoice(s) for the order; the shop has that one
-- cryptocloud: a refusal is thrown on
  CryptoInvoice\ApiException HTTP 422, says to look first: false
-- onchainpay: the answer is lost after the invoice was made
  alone: CryptoInvoice\TransportException code 52, says to look first: true
  creates sent 1, finds 1; the provider holds 1 invoice(s) for the order; the shop has that one
-- onchainpay: a 500 comes after the invoice was made
  alone: CryptoInvoice\ApiException code 0, says to look first: true
  creates sent 1, finds 1; the provider holds 1 invoice(s) for the order; the shop has that one
-- onchainpay: the create never reached the provider
  alone: CryptoInvoice\TransportException code 7, says to look first: false
  the recipe: CryptoInvoice\TransportException code 7, the provider holds 0
  creates sent 1, finds 0; the provider holds 1 invoice(s) for the order; the shop has that one
-- onchainpay: a refusal is thrown on
  CryptoInvoice\ApiException HTTP 422, says to look first: false
-- bitsby: the answer is lost after the invoice was made
  alone: CryptoInvoice\TransportException code 52, says to look first: true
  creates sent 1, finds 1; the provider holds 1 invoice(s) for the order; the shop has that one
-- bitsby: a 500 comes after the invoice was made
  alone: CryptoInvoice\ApiException code 0, says to look first: true
  creates sent 1, finds 1; the provider holds 1 invoice(s) for the order; the shop has that one
-- bitsby: the create never reached the provider
  alone: CryptoInvoice\TransportException code 7, says to look first: false
  the recipe: CryptoInvoice\TransportException code 7, the provider holds 0
  creates sent 1, finds 0; the provider holds 1 invoice(s) for the order; the shop has that one
-- bitsby: a refusal is thrown on
  CryptoInvoice\ApiException HTTP 422, says to look first: false
-- heleket: the answer is lost after the invoice was made
  alone: CryptoInvoice\TransportException code 52, says to look first: true
  creates sent 1, finds 1; the provider holds 1 invoice(s) for the order; the shop has that one
-- heleket: a 500 comes after the invoice was made
  alone: CryptoInvoice\ApiException code 0, says to look first: true
  creates sent 1, finds 1; the provider holds 1 invoice(s) for the order; the shop has that one
-- heleket: the create never reached the provider
  alone: CryptoInvoice\TransportException code 7, says to look first: false
  the recipe: CryptoInvoice\TransportException code 7, the provider holds 0
  creates sent 1, finds 0; the provider holds 1 invoice(s) for the order; the shop has that one
-- heleket: a refusal is thrown on
  CryptoInvoice\ApiException HTTP 422, says to look first: false