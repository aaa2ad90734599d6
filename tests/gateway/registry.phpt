--TEST--
One registry: Gateways::providers(), the classes, create(), getProvider(), the names in messages, phpinfo, stats() and the emulator all list the same providers, in ext/ci_providers.h's order
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';

use CryptoInvoice\{Gateway, Gateways, InvalidArgumentException};

$providers = Gateways::providers();
$names = array_keys($providers);
$bad = [];
$check = static function (string $what, bool $ok) use (&$bad): void {
	if (!$ok) {
		$bad[] = $what;
	}
};

/* The rows of the source: the extension shows exactly them, in their order. */
$check('providers() is the header\'s rows', array_combine($names, array_column($providers, 'class')) === emu_registry());
/* Every class that implements Gateway has a row. */
$gatewayClasses = array_values(array_filter(get_declared_classes(), static fn (string $c): bool => is_subclass_of($c, Gateway::class)));
sort($gatewayClasses);
$rowClasses = array_column($providers, 'class');
sort($rowClasses);
$check('every Gateway class has a row', $gatewayClasses === $rowClasses);

$base = ci_emulator_start();
foreach ($providers as $name => $row) {
	$check("$name: row shape", array_keys($row) === ['class', 'title', 'credentials'] && is_string($row['title'])
		&& array_is_list($row['credentials']) && count($row['credentials']) === 2);
	$class = new ReflectionClass($row['class']);
	$check("$name: final class implementing Gateway", $class->isFinal() && $class->implementsInterface(Gateway::class));

	/* The emulator serves it, with credentials under the keys the row names. */
	$emu = emu_providers()[$name] ?? null;
	$check("$name: the emulator has it", $emu !== null);
	if ($emu === null) {
		continue;
	}
	$check("$name: the emulator's credential keys are the row's", array_keys($emu::CREDENTIALS) === $row['credentials']);

	/* create() by the name in any case, and getProvider() answers the name. */
	$g = Gateways::create(strtoupper($name), $emu::CREDENTIALS + ['base_url' => $base . $emu::MOUNT, 'retries' => 0, 'rate_limit' => 0]);
	$check("$name: create() makes its class", get_class($g) === $row['class'] && $g->getProvider() === $name);
	$check("$name: new makes the same", ci_test_gateway($name, $base)->getProvider() === $name);
	$invoice = $g->createInvoice(['amount' => '10.00', 'currency' => 'USD', 'order_id' => "registry-$name"]);
	$check("$name: the emulator answers a create", $invoice->provider === $name && $invoice->id !== '');
	try {
		Gateways::create($name, []);
		$check("$name: missing credentials refused", false);
	} catch (InvalidArgumentException $e) {
		$check("$name: missing credentials named by the row's keys and title",
			array_keys($e->getErrors()) === $row['credentials'] && str_starts_with($e->getMessage(), $row['title']));
	}
}
$check('the emulator has no provider the extension lacks', array_keys(emu_providers()) === $names);

/* The names in messages: "a, b, c or d", every row in order. */
$last = array_pop($names);
$text = ($names ? implode(', ', $names) . ' or ' : '') . $last;
$names[] = $last;
try {
	Gateways::create('no-such-provider', []);
} catch (InvalidArgumentException $e) {
	$check('unknown provider: the message lists every name', $e->getMessage() === "provider must be one of $text, got \"no-such-provider\"");
}

/* phpinfo() and stats() list the same. */
ob_start();
phpinfo(INFO_MODULES);
$info = ob_get_clean();
$check('phpinfo lists every provider', preg_match('/^Providers => (.*)$/m', $info, $m) === 1 && $m[1] === implode(', ', $names));
$check('stats() has a row per provider', array_keys(Gateways::stats()) === $names);

echo count($providers) >= 4 ? "providers: at least the four\n" : "providers: " . count($providers) . "\n";
echo $bad ? "MISMATCH:\n  " . implode("\n  ", $bad) . "\n" : "all lists agree\n";
?>
--EXPECT--
providers: at least the four
all lists agree
