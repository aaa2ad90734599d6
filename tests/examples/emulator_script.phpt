--TEST--
scripts/emulator.sh: starts the emulator, prints credentials that create an invoice with every provider, stops it; the README's quick start (examples/quickstart.php) runs against it
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/examples.inc';
use CryptoInvoice\Gateways;

$root = dirname(__DIR__, 2);
/* A private pid/log/state dir and any free port: never the developer's own emulator on 8099. */
$dir = ci_emulator_make_state_dir();

/** Runs scripts/emulator.sh with only PATH, the dir and this PHP. @return array{0:int,1:string} */
function emulator_sh(string $dir, string ...$args): array
{
	$env = ['PATH' => getenv('PATH') ?: '/usr/bin:/bin', 'CRYPTOINVOICE_EMULATOR_DIR' => $dir, 'PHP' => PHP_BINARY];
	$out = "$dir.out";
	/* Output to a file: the server the script leaves running must not hold a pipe of ours. */
	$proc = proc_open(array_merge(['bash', dirname(__DIR__, 2) . '/scripts/emulator.sh'], $args),
		[0 => ['file', '/dev/null', 'r'], 1 => ['file', $out, 'w'], 2 => ['file', $out, 'a']], $pipes, null, $env);
	$rc = proc_close($proc);
	$text = (string) file_get_contents($out);
	unlink($out);
	return [$rc, $text];
}

echo "-- start\n";
[$rc, $out] = emulator_sh($dir, 'start', '--port', '0');
preg_match('#^Provider emulator running at (http://127\.0\.0\.1:\d+) \(pid \d+#m', $out, $m) or die("no base_url in:\n$out");
$base = $m[1];
echo "exit $rc, base_url printed\n";

/* The PHP block, pasted as is: from "<?php" to the first blank line. */
preg_match('#^<\?php\n(.*?)\n\n#ms', $out, $m) or die("no PHP block in:\n$out");
eval($m[1]);
/* One variable per provider of the registry, each creating an invoice. */
$made = [];
foreach (Gateways::providers() as $name => $row) {
	$gateway = $$name ?? null;
	if (!$gateway instanceof $row['class']) {
		$made[] = "$name: no \$$name of class {$row['class']} in the block";
		continue;
	}
	$invoice = $gateway->createInvoice(['amount' => '10.00', 'currency' => 'USD', 'order_id' => "emu-$name"]);
	/* CryptoCloud writes the amount back as "10", the others as "10.00". */
	$made[] = $invoice->status->value === 'created' && in_array($invoice->amount, ['10', '10.00'], true) && $invoice->currency === 'USD'
		&& str_starts_with((string) $invoice->url, 'https://') ? 'created 10 USD, url https'
		: sprintf('%s: %s %s %s, url %s', $name, $invoice->status->value, $invoice->amount, $invoice->currency, $invoice->url);
}
echo 'every provider of Gateways::providers(): ', implode('; ', array_unique($made)), "\n";
/* What the README's method table says of toArray() and jsonSerialize(). */
$array = $invoice->toArray();
printf("toArray: every property %s, dates %s, status %s; jsonSerialize the same: %s\n",
	var_export(array_keys($array) === array_keys(get_object_vars($invoice)), true), $array['createdAt'],
	var_export($array['status'], true), var_export(json_encode($invoice) === json_encode($array), true));
/* The printed secret_key is the one CryptoCloud's postbacks are signed with. */
echo 'secret_key printed: ', var_export(str_contains($m[1], "'secret_key' => '" . CI_TEST_CRYPTOCLOUD_SECRET . "'"), true), "\n";

/* The environment block drives examples/cli.php (and a Laravel .env) the same way. */
preg_match_all('#^([A-Z_]+)=(\S+)$#m', $out, $vars, PREG_SET_ORDER);
$env = array_column($vars, 2, 1);
/* What the emulator's provider classes imply: each provider's credentials and options, in the registry's order. */
$implied = ['CRYPTOINVOICE_BASE_URL' => $base];
foreach (array_keys(Gateways::providers()) as $name) {
	$emu = emu_providers()[$name];
	foreach ($emu::CREDENTIALS + $emu::OPTIONS as $k => $v) {
		$implied[strtoupper("{$name}_$k")] = $v;
	}
	/* A provider served under its own path (Heleket's /heleket) names its base_url too. */
	if ($emu::MOUNT !== '') {
		$implied[strtoupper("{$name}_BASE_URL")] = $base . $emu::MOUNT;
	}
}
echo 'environment block: ', implode(' ', array_slice(array_keys($env), 0, 9)), " ...\n";
echo 'environment block is every provider\'s credentials, options and own base_url: ', var_export($env === $implied, true), "\n";
[$rc, $cli, $err] = ci_example_run('cli.php', ['onchainpay'], $env);
echo "examples/cli.php onchainpay: exit $rc, ", str_contains($cli, "Using $base") ? 'used the emulator' : $cli . $err, "\n";

echo "-- examples/quickstart.php, the README's quick start\n";
$quickstart = file_get_contents("$root/examples/quickstart.php");
echo 'README shows it verbatim: ', var_export(str_contains(file_get_contents("$root/README.md"), "```php\n$quickstart```"), true), "\n";
[$rc, $qs, $err] = ci_example_run('quickstart.php', [], ['CRYPTOINVOICE_BASE_URL' => $base]);
echo "exit $rc\n", $qs, $err;
$sent = array_map(static fn (array $r): string => "{$r['method']} {$r['path']}", ci_emulator_log($base));
echo 'the emulator saw: ', implode(', ', array_slice($sent, -2)), "\n";

echo "-- status, stop\n";
[$rc, $again] = emulator_sh($dir, 'start', '--port', '0');
echo "start again: exit $rc, ", $again === "(already running)\n$out" ? 'the same emulator' : $again, "\n";
[$rc, $out] = emulator_sh($dir, 'status');
echo "status: exit $rc\n";
[$rc, $out] = emulator_sh($dir, 'stop');
echo "stop: exit $rc, ", preg_replace('/\d+/', 'N', $out);
$port = (int) parse_url($base, PHP_URL_PORT);
echo 'port closed: ', var_export(@fsockopen('127.0.0.1', $port, $errno, $errstr, 5) === false, true), "\n";
[$rc, $out] = emulator_sh($dir, 'status');
echo "status: exit $rc, $out";
[$rc, $out] = emulator_sh($dir, 'stop');
echo "stop again: exit $rc, $out";
echo 'left behind: ', json_encode(array_values(array_diff(scandir($dir), ['.', '..']))), "\n";
rmdir($dir);
?>
--EXPECTF--
-- start
exit 0, base_url printed
every provider of Gateways::providers(): created 10 USD, url https
toArray: every property true, dates %d-%d-%dT%d:%d:%d+00:00, status 'created'; jsonSerialize the same: true
secret_key printed: true
environment block: CRYPTOINVOICE_BASE_URL CRYPTOMUS_MERCHANT_ID CRYPTOMUS_API_KEY CRYPTOCLOUD_SHOP_ID CRYPTOCLOUD_API_KEY CRYPTOCLOUD_SECRET_KEY ONCHAINPAY_PUBLIC_KEY ONCHAINPAY_PRIVATE_KEY BITSBY_PROJECT_ID ...
environment block is every provider's credentials, options and own base_url: true
examples/cli.php onchainpay: exit 0, used the emulator
-- examples/quickstart.php, the README's quick start
README shows it verbatim: true
exit 0
created 15.00 USD
https://pay.cryptomus.com/pay/%x-%x-%x-%x-%x
created
the emulator saw: POST /v1/payment, POST /v1/payment/info
-- status, stop
start again: exit 0, the same emulator
status: exit 0
stop: exit 0, stopped (pid N)
port closed: true
status: exit 1, not running
stop again: exit 0, not running
left behind: []
