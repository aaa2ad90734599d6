--TEST--
The per-key rate-limit table forgets keys that no longer constrain anything: 10,000 API keys in one process do not grow it
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
use CryptoInvoice\Cryptomus;

/* A multi-tenant worker: one gateway per shop, each with its own API key, each making a request.
 * rate_limit => 1000 holds a key for a millisecond after its exchange; then it constrains nothing.
 * The requests go to a port nothing listens on (refused at once: nothing is sent). phpinfo() shows
 * how many keys the table holds. */
$closed = stream_socket_server('tcp://127.0.0.1:0');
$port = parse_url('tcp://' . stream_socket_get_name($closed, false), PHP_URL_PORT);
fclose($closed);
$tracked = function (): int {
	ob_start();
	phpinfo(INFO_MODULES);
	return preg_match('/Rate-limited keys tracked => (\d+)/', ob_get_clean(), $m) ? (int) $m[1] : -1;
};
$peak = 0;
for ($i = 0; $i < 10000; $i++) {
	$g = new Cryptomus('8b03432e-385b-4670-8d06-064591096795', sprintf('key-of-shop-%05d-%s', $i, str_repeat('k', 32)),
		['base_url' => "http://127.0.0.1:$port", 'retries' => 0, 'rate_limit' => 1000]);
	try {
		$g->createInvoice(['amount' => '1', 'currency' => 'USD', 'order_id' => "o-$i"]);
	} catch (CryptoInvoice\TransportException $e) {
	}
	if ($i % 500 === 499) {
		$peak = max($peak, $tracked());
	}
}
echo "keys used: 10000; most tracked at once: ", $peak <= 128 ? 'at most 128' : $peak, "\n";

/* A key that still constrains is never forgotten, however many others come and go meanwhile:
 * Bitsby at one request per 2 s, a few hundred other keys, Bitsby again. Judged by the emulator. */
$base = ci_emulator_start();
$bitsby = ci_test_gateway('bitsby', $base, ['rate_limit' => 0.5]);
$bitsby->createInvoice(['amount' => '1', 'currency' => 'USD']);
for ($i = 0; $i < 300; $i++) {
	try {
		(new Cryptomus('8b03432e-385b-4670-8d06-064591096795', "other-key-$i-" . str_repeat('k', 32),
			['base_url' => "http://127.0.0.1:$port", 'retries' => 0, 'rate_limit' => 1000]))
			->createInvoice(['amount' => '1', 'currency' => 'USD', 'order_id' => "x-$i"]);
	} catch (CryptoInvoice\TransportException $e) {
	}
}
$bitsby->createInvoice(['amount' => '1', 'currency' => 'USD']);
$times = array_column(ci_emulator_log($base), 'time');
echo "the emulator saw the second Bitsby request ", $times[1] - $times[0] >= 2 ? '2 s or more' : 'TOO EARLY', " after the first\n";
?>
--EXPECT--
keys used: 10000; most tracked at once: at most 128
the emulator saw the second Bitsby request 2 s or more after the first
