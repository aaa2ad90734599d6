<?php
/*
 * Creates one invoice with each provider against the bundled emulator and prints it.
 * Run: bash scripts/demo.sh   (builds the extension first)
 */
require __DIR__ . '/../tests/inc/server.inc';
require __DIR__ . '/../tests/inc/credentials.inc';
require __DIR__ . '/../tests/inc/emulator/common.php';

use CryptoInvoice\Gateways;

$base = ci_emulator_start();
echo "provider emulator listening on $base\n\n";

/* Every provider the extension has (Gateways::providers()), with the emulator's test credentials
 * under the config keys Gateways::create() takes. */
$emulated = emu_providers();
$configs = [];
foreach (Gateways::providers() as $provider => $info) {
	$emu = $emulated[$provider];
	$configs[$provider] = $emu::CREDENTIALS + ['base_url' => $base . $emu::MOUNT];
}

/* One array shape for all of them; the keys a provider cannot express are dropped (strict => false). */
$order = [
	'amount' => '15.00',
	'currency' => 'USD',
	'order_id' => 'demo-' . bin2hex(random_bytes(4)),
	'description' => 'Demo order',
	'expires_in' => 3600,
	'callback_url' => 'https://shop.example/webhooks/crypto',
];

$status = 0;
foreach ($configs as $provider => $config) {
	$gateway = Gateways::create($provider, $config + ['strict' => false]);
	try {
		$invoice = $gateway->createInvoice($order);
		printf("%s: invoice %s, %s %s, status %s, pay at %s\n", $provider, $invoice->id, $invoice->amount,
			$invoice->currency, $invoice->status->value, $invoice->url ?? '-');
		echo json_encode($invoice->toArray(), JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES), "\n\n";
	} catch (CryptoInvoice\Exception $e) {
		printf("%s: %s: %s\n\n", $provider, get_class($e), $e->getMessage());
		$status = 1;
	}
}
exit($status);
