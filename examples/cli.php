<?php
/*
 * Creates an invoice, prints it, looks it up again and shows how errors are reported.
 *
 *   php -d extension=modules/cryptoinvoice.so examples/cli.php [provider]
 *
 * provider: cryptomus (default), or any name of Gateways::providers() (cryptocloud, onchainpay,
 * bitsby, heleket); the argument wins over the CRYPTOINVOICE_PROVIDER environment variable.
 *
 * Without CRYPTOINVOICE_BASE_URL the script starts the bundled provider emulator
 * (tests/inc/server.inc) and uses its test credentials (tests/inc/credentials.inc): nothing
 * leaves the machine. With CRYPTOINVOICE_BASE_URL set (a sandbox, the production API such as
 * https://api.cryptomus.com, or an emulator you started yourself) the credentials come from
 * the environment:
 *
 *   cryptomus    CRYPTOMUS_MERCHANT_ID, CRYPTOMUS_API_KEY
 *   cryptocloud  CRYPTOCLOUD_SHOP_ID, CRYPTOCLOUD_API_KEY (CRYPTOCLOUD_SECRET_KEY for postbacks)
 *   onchainpay   ONCHAINPAY_PUBLIC_KEY, ONCHAINPAY_PRIVATE_KEY
 *   bitsby       BITSBY_PROJECT_ID, BITSBY_API_TOKEN
 *   heleket      HELEKET_MERCHANT_ID, HELEKET_API_KEY
 *
 * that is <PROVIDER>_<credential key> for each of Gateways::providers()' credential keys.
 * <PROVIDER>_BASE_URL, when set, wins over CRYPTOINVOICE_BASE_URL for that provider (the emulator
 * serves Heleket under /heleket: scripts/emulator.sh prints HELEKET_BASE_URL).
 *
 * Exit status: 0 done, 1 the provider or the connection failed, 2 bad configuration.
 */

use CryptoInvoice\{Gateways, Invoice, InvalidArgumentException};

if (!extension_loaded('cryptoinvoice')) {
	fwrite(STDERR, "The cryptoinvoice extension is not loaded: run php -d extension=modules/cryptoinvoice.so examples/cli.php\n");
	exit(2);
}

$provider = strtolower($argv[1] ?? (getenv('CRYPTOINVOICE_PROVIDER') ?: 'cryptomus'));
$providers = Gateways::providers();
if (!isset($providers[$provider])) {
	fwrite(STDERR, "Unknown provider \"$provider\": use one of " . implode(', ', array_keys($providers)) . "\n");
	exit(2);
}
/* config key => environment variable: the provider's credential keys, and CryptoCloud's postback key. */
$credentialEnv = [];
foreach ([...$providers[$provider]['credentials'], ...($provider === 'cryptocloud' ? ['secret_key'] : [])] as $key) {
	$credentialEnv[$key] = strtoupper("{$provider}_$key");
}

$baseUrl = getenv(strtoupper($provider) . '_BASE_URL') ?: getenv('CRYPTOINVOICE_BASE_URL');
if ($baseUrl === false || $baseUrl === '') {
	/* No endpoint given: the bundled emulator, with the only credentials it accepts. */
	require __DIR__ . '/../tests/inc/server.inc';
	require __DIR__ . '/../tests/inc/credentials.inc';
	require __DIR__ . '/../tests/inc/emulator/common.php';
	$emu = emu_providers()[$provider];
	$baseUrl = ci_emulator_start() . $emu::MOUNT;
	$config = $emu::CREDENTIALS + $emu::OPTIONS;
	echo "CRYPTOINVOICE_BASE_URL is unset: using the bundled provider emulator at $baseUrl\n";
	foreach ($credentialEnv as $var) {
		if (getenv($var) !== false) {
			echo "(ignoring $var: set CRYPTOINVOICE_BASE_URL to use your own credentials)\n";
		}
	}
} else {
	$config = [];
	foreach ($credentialEnv as $key => $var) {
		$value = getenv($var);
		if ($value !== false && $value !== '') {
			$config[$key] = $value;
		}
	}
	echo "Using $baseUrl\n";
}

/* One flat array: the credentials and the options (what a framework's config file holds).
 * Gateways::create() checks all of it at once and names every missing or wrong key. */
try {
	$gateway = Gateways::create($provider, $config + ['base_url' => $baseUrl, 'timeout' => 15]);
} catch (InvalidArgumentException $e) {
	fwrite(STDERR, "Configuration error:\n");
	foreach ($e->getErrors() as $key => $problem) {
		fwrite(STDERR, "  $key: $problem\n");
	}
	exit(2);
}

function show(string $title, Invoice $invoice): void
{
	echo "\n$title\n";
	$rows = [
		'provider' => $invoice->provider,
		'id' => $invoice->id,
		'order' => $invoice->orderId ?? '-',
		'amount' => "$invoice->amount $invoice->currency",
		'status' => sprintf('%s (provider: %s)%s', $invoice->status->value, $invoice->providerStatus,
			$invoice->isFinal ? ', final' : ''),
		'pay at' => $invoice->url ?? '-',
		'expires' => $invoice->expiresAt?->format(DATE_ATOM) ?? '-',
	];
	foreach ($rows as $label => $value) {
		printf("  %-9s %s\n", "$label:", $value);
	}
}

/* 1. Create: the same unified keys work with every provider. */
$orderId = 'cli-' . bin2hex(random_bytes(4));
try {
	$invoice = $gateway->createInvoice([
		'amount' => '15.00',          // a decimal string: money never goes through a float
		'currency' => 'USD',
		'order_id' => $orderId,
		'expires_in' => 3600,         // seconds
	]);
	show('Created:', $invoice);

	/* 2. Look it up again, as a shop does when the customer comes back from the payment page. */
	$again = $gateway->getInvoice($invoice->id);
	show('Looked up again:', $again);
} catch (CryptoInvoice\Exception $e) {
	/* TransportException (no connection), ApiException and its subclasses (the provider said no). */
	fwrite(STDERR, get_class($e) . ': ' . $e->getMessage() . "\n");
	exit(1);
}

/* 3. Error handling: a bad parameter array is refused before anything is sent, with every
 *    problem listed, not just the first. */
echo "\nA request with bad parameters:\n";
try {
	$gateway->createInvoice(['amount' => '-5', 'currency' => 'USD', 'order_id' => 'order 1!', 'expires_in' => 10]);
	echo "  accepted?!\n";
} catch (InvalidArgumentException $e) {
	foreach ($e->getErrors() as $key => $problem) {
		echo "  $key: $problem\n";
	}
}
exit(0);
