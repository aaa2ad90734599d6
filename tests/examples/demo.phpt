--TEST--
examples/demo.php (the README's first command, scripts/demo.sh): one invoice created and printed with every provider the extension has
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/examples.inc';

[$rc, $out, $err] = ci_example_run('demo.php', [], []);
echo "exit $rc\n", $err;
/* One line per provider, in registry order, then its invoice as JSON. */
preg_match_all('#^([a-z]+): invoice (\S+), 15(?:\.00)? USD, status created, pay at (https://\S+)$#m', $out, $m);
var_dump($m[1] === array_keys(CryptoInvoice\Gateways::providers()));
foreach ($m[1] as $i => $name) {
	$json = strstr(substr($out, strpos($out, $m[0][$i])), "\n");
	$invoice = json_decode(substr($json, 0, strpos($json, "\n}\n") + 2), true);
	echo "$name: ", $invoice['provider'] === $name && $invoice['id'] === $m[2][$i] && $invoice['url'] === $m[3][$i] ? 'printed' : 'wrong', "\n";
}
?>
--EXPECT--
exit 0
bool(true)
cryptomus: printed
cryptocloud: printed
onchainpay: printed
bitsby: printed
heleket: printed
