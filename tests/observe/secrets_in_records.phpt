--TEST--
Option logger: no record carries a key, token, private key, secret_key, signature, Authorization value, proxy password, body or URL, whatever the provider echoes
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/logging.inc';

/** Keeps every record as the text a log line could show. */
final class Collector extends Psr\Log\AbstractLogger
{
	public array $lines = [];
	public array $levels = [];

	public function log($level, $message, array $context = []): void
	{
		$this->levels[$level] = ($this->levels[$level] ?? 0) + 1;
		$this->lines[] = "$level $message " . json_encode($context) . ' ' . json_encode($context, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE)
			. ' ' . var_export($context, true);
	}
}

$base = ci_emulator_start();
$proxyPassword = 'PROXYPASS-77aa';
$log = new Collector();
$opts = ['logger' => $log, 'retries' => 1];
$gateway = fn(string $provider, string $scenario, array $o = []) => ci_test_gateway($provider, "$base/_s/$scenario", $o + $opts);
$try = function (callable $call) {
	try {
		$call();
	} catch (CryptoInvoice\Exception $e) {
	}
};
/* Every provider of the registry: an order_id, but Bitsby without one. */
$params = ['cryptomus' => ['order_id' => 'sec-1'], 'cryptocloud' => ['order_id' => 'sec-2'], 'onchainpay' => ['order_id' => 'sec-3'], 'bitsby' => []];
$webhook = ['onchainpay' => '{"invoiceId":"%s"}', 'bitsby' => '{"invoiceId":"%s"}'];

foreach (array_keys(CryptoInvoice\Gateways::providers()) as $provider) {
	$extra = $params[$provider] ?? ['order_id' => "sec-$provider"];
	$o = [];
	$p = ['amount' => '10', 'currency' => 'USD'] + $extra;
	foreach (['ok', 'echo422', 'status422', 'retryafter0', 'badsign', 'html500', 'status503'] as $scenario) {
		$try(function () use ($gateway, $provider, $scenario, $o, $p, $webhook) {
			$g = $gateway($provider, $scenario, $o);
			$inv = $g->createInvoice($p);
			$g->getInvoice($inv->id);
			if (isset($webhook[$provider])) {
				$g->parseWebhook(sprintf($webhook[$provider], $inv->id));
			}
		});
	}
	if ($provider !== 'bitsby') {
		$try(fn() => $gateway($provider, 'echo422', $o)->createInvoices([$p, $p]));
		$try(fn() => $gateway($provider, 'echo422', $o)->getInvoice('0000-echo'));
	}
}
/* CryptoCloud with its postback secret; a proxy with credentials that cannot be reached. */
$try(fn() => $gateway('cryptocloud', 'echo422', ['secret_key' => CI_TEST_CRYPTOCLOUD_SECRET])->createInvoice(['amount' => '10', 'currency' => 'USD']));
$closed = stream_socket_server('tcp://127.0.0.1:0');
$port = parse_url('tcp://' . stream_socket_get_name($closed, false), PHP_URL_PORT);
fclose($closed);
$try(fn() => ci_test_gateway('cryptomus', $base, ['logger' => $log, 'proxy' => "http://shop:$proxyPassword@127.0.0.1:$port"])
	->createInvoice(['amount' => '10', 'currency' => 'USD', 'order_id' => 'sec-9']));

/* What a record must never hold: credentials, and anything the wire carried. */
$secrets = ['Cryptomus API key' => CI_TEST_CRYPTOMUS_KEY, 'CryptoCloud API key' => CI_TEST_CRYPTOCLOUD_KEY,
	'CryptoCloud secret_key' => CI_TEST_CRYPTOCLOUD_SECRET, 'OnChainPay private key' => CI_TEST_ONCHAINPAY_PRIVATE,
	'Bitsby token' => CI_TEST_BITSBY_TOKEN, 'proxy password' => $proxyPassword];
/* And every provider's secret and options as the emulator knows them (a new provider's too). */
foreach (emu_providers() as $name => $emu) {
	$secrets["$name secret"] = array_values($emu::CREDENTIALS)[1];
	foreach ($emu::OPTIONS as $k => $v) {
		$secrets["$name $k"] = $v;
	}
}
$headers = $bodies = 0;
foreach (ci_emulator_log($base) as $i => $entry) {
	foreach (['sign', 'x-api-signature', 'authorization', 'merchant', 'x-api-public-key'] as $name) {
		if (isset($entry['headers'][$name])) {
			$secrets["$name header of request $i"] = $entry['headers'][$name];
			$headers++;
		}
	}
	if (strlen($entry['body']) > 8) {
		$secrets["body of request $i"] = $entry['body'];
		$bodies++;
	}
}
$all = implode("\n", $log->lines);
$leaks = array_keys(array_filter($secrets, fn($s) => str_contains($all, $s)));
echo $leaks ? 'LEAKED: ' . implode(', ', $leaks) : 'no secret in ' . count($log->lines) . ' records', "\n";
echo "checked ", $headers > 50 ? 'many' : $headers, " header values and ", $bodies > 30 ? 'many' : $bodies, " bodies\n";
echo "URLs in records: ", preg_match('#https?://|127\.0\.0\.1|\?#', $all) ? 'yes' : 'none', "\n";
/* One warning per retry: as many as Gateways::stats() counted over every provider. */
$retries = array_sum(array_column(CryptoInvoice\Gateways::stats(), 'retries'));
printf("records: %s; info %s, warning %s, error %s\n", count($log->lines) >= 80 ? 'many' : count($log->lines),
	$log->levels['info'] >= 50 ? 'many' : $log->levels['info'] ?? 0,
	($log->levels['warning'] ?? 0) === $retries && $retries >= 5 ? 'one per retry (5 or more)' : ($log->levels['warning'] ?? 0) . " for $retries retries",
	$log->levels['error'] >= 30 ? 'many' : $log->levels['error'] ?? 0);
?>
--EXPECTF--
no secret in %d records
checked many header values and many bodies
URLs in records: none
records: many; info many, warning one per retry (5 or more), error many
