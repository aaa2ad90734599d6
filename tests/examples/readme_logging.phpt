--TEST--
README "Logging and metrics": the Monolog snippet logs what its comment shows, and the Prometheus exporter prints this process's figures, both run as the README shows them
--EXTENSIONS--
cryptoinvoice
--SKIPIF--
<?php if (!is_file('/usr/share/php/Monolog/autoload.php')) die('skip Debian php-monolog not installed (bash scripts/deps.sh)'); ?>
--FILE--
<?php
require __DIR__ . '/../inc/examples.inc';

$root = dirname(__DIR__, 2);
$readme = (string) file_get_contents("$root/README.md");
$section = substr($readme, strpos($readme, "\n## Logging and metrics\n") + 1);
$section = substr($section, 0, strpos($section, "\n## "));
preg_match_all('/^```php\n(.*?)^```$/ms', $section, $m);
echo 'php snippets in the section: ', count($m[1]), "\n";
[$monolog, $exporter] = $m[1];

/* The Monolog snippet verbatim, but pointed at the emulator instead of the real API; then two
 * invoices and one the provider refuses; then the exporter, in the same process. */
$options = "['logger' => \$log]";
echo 'the snippet passes its logger as ', $options, ': ', var_export(substr_count($monolog, $options) === 1, true), "\n";
$script = "<?php\nrequire '/usr/share/php/Monolog/autoload.php';\n"
	. str_replace($options, "['logger' => \$log, 'base_url' => getenv('CRYPTOINVOICE_BASE_URL')]", $monolog)
	. "foreach (['readme-1' => 'USD', 'readme-2' => 'USD', 'readme-3' => 'XXX'] as \$order => \$currency) {\n"
	. "    try { \$gateway->createInvoice(['amount' => '10', 'currency' => \$currency, 'order_id' => \$order]); }\n"
	. "    catch (CryptoInvoice\\ApiException \$e) { fwrite(STDOUT, '# ' . get_class(\$e) . \"\\n\"); }\n}\n?>\n"
	. $exporter;
$dir = ci_emulator_make_state_dir();
register_shutdown_function(static function () use ($dir): void {
	array_map('unlink', glob("$dir/*"));
	rmdir($dir);
});
file_put_contents("$dir/snippets.php", $script);

$base = ci_emulator_start();
$env = ['PATH' => getenv('PATH') ?: '/usr/bin:/bin', 'CRYPTOINVOICE_BASE_URL' => $base,
	'CRYPTOMUS_MERCHANT_ID' => CI_TEST_CRYPTOMUS_MERCHANT, 'CRYPTOMUS_API_KEY' => CI_TEST_CRYPTOMUS_KEY];
foreach (['LD_PRELOAD', 'ASAN_OPTIONS', 'UBSAN_OPTIONS', 'USE_ZEND_ALLOC'] as $name) {
	if (getenv($name) !== false) {
		$env += [$name => getenv($name)];
	}
}
$proc = proc_open([PHP_BINARY, '-n', '-d', 'extension=' . ci_example_extension_path(), "$dir/snippets.php"],
	[0 => ['file', '/dev/null', 'r'], 1 => ['file', "$dir/out", 'w'], 2 => ['file', "$dir/err", 'w']], $pipes, $dir, $env);
echo 'exit status: ', proc_close($proc), "\n";

echo "-- stderr: Monolog's JSON lines\n";
foreach (explode("\n", trim((string) file_get_contents("$dir/err"))) as $line) {
	$r = json_decode($line, true);
	if (!is_array($r)) {
		echo "NOT JSON: $line\n";
		continue;
	}
	$r['context']['duration_ms'] = is_int($r['context']['duration_ms']) ? '#' : 'NOT AN INT';
	printf("%s %d %s %s\n", $r['level_name'], $r['level'], preg_replace('/ in \d+ ms$/', ' in # ms', $r['message']),
		json_encode($r['context'], JSON_UNESCAPED_SLASHES));
}
echo "-- stdout: the exporter, cryptomus rows\n";
$lines = explode("\n", rtrim((string) file_get_contents("$dir/out"), "\n"));
foreach ($lines as $line) {
	if ($line[0] !== '#' && !preg_match('/^cryptoinvoice_[a-z_]+\{provider="[a-z]+"(,exception="[A-Za-z\\\\]+")?\} \d+$/', $line)) {
		echo "NOT PROMETHEUS TEXT: $line\n";
	}
	if ($line[0] === '#' || str_contains($line, 'provider="cryptomus"')) {
		echo $line, "\n";
	}
}
/* Every other provider of the registry: its five untouched figures (no failure rows), nothing else. */
$others = [];
foreach ($lines as $line) {
	if ($line[0] !== '#' && preg_match('/provider="([a-z]+)"/', $line, $p) && $p[1] !== 'cryptomus') {
		$others[$p[1]][] = $line;
	}
}
$want = [];
foreach (array_diff(array_keys(CryptoInvoice\Gateways::providers()), ['cryptomus']) as $name) {
	foreach (['requests_total', 'retries_total', 'connections_opened_total', 'connections_reused_total', 'idle_connections'] as $metric) {
		$want[$name][] = "cryptoinvoice_{$metric}{provider=\"$name\"} 0";
	}
}
echo 'rows for other providers: 5 zeros each, for every other provider of Gateways::providers(): ', var_export($others === $want, true), "\n";
?>
--EXPECTF--
php snippets in the section: 2
the snippet passes its logger as ['logger' => $log]: true
exit status: 0
-- stderr: Monolog's JSON lines
INFO 200 cryptomus create: HTTP 200 in # ms {"provider":"cryptomus","operation":"create","method":"POST","path":"/v1/payment","http_status":200,"attempt":1,"duration_ms":"#","reused_connection":false}
INFO 200 cryptomus create: HTTP 200 in # ms {"provider":"cryptomus","operation":"create","method":"POST","path":"/v1/payment","http_status":200,"attempt":1,"duration_ms":"#","reused_connection":false}
INFO 200 cryptomus create: HTTP 422 in # ms {"provider":"cryptomus","operation":"create","method":"POST","path":"/v1/payment","http_status":422,"attempt":1,"duration_ms":"#","reused_connection":false,"error":"CryptoInvoice\\ApiException"}
ERROR 400 cryptomus create: failed with CryptoInvoice\ApiException after 1 attempt {"provider":"cryptomus","operation":"create","method":"POST","path":"/v1/payment","http_status":422,"attempt":1,"duration_ms":"#","reused_connection":false,"error":"CryptoInvoice\\ApiException"}
-- stdout: the exporter, cryptomus rows
# CryptoInvoice\ApiException
cryptoinvoice_requests_total{provider="cryptomus"} 3
cryptoinvoice_retries_total{provider="cryptomus"} 0
cryptoinvoice_failures_total{provider="cryptomus",exception="CryptoInvoice\\ApiException"} 1
cryptoinvoice_connections_opened_total{provider="cryptomus"} %d
cryptoinvoice_connections_reused_total{provider="cryptomus"} %d
cryptoinvoice_idle_connections{provider="cryptomus"} %d
rows for other providers: 5 zeros each, for every other provider of Gateways::providers(): true
