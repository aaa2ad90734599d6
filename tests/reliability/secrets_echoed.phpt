--TEST--
Secrets echoed back in every form (raw, \/ and \u JSON, nested JSON, URL, form, HTML, Basic) into every field stay out of every output
--EXTENSIONS--
cryptoinvoice
--INI--
zend.exception_ignore_args=0
zend.exception_string_param_max_len=1000000
--FILE--
<?php
require __DIR__ . '/../inc/hostile.inc';

require_once __DIR__ . '/../inc/emulator/common.php';
use CryptoInvoice\Gateways;

$base = ci_hostile_start();
/* The target host is never reached directly: every request goes through the hostile server as
 * the proxy, so it sees (and echoes) the proxy credentials as well. */
$target = 'http://127.0.0.1:9';
/* Any provider of the registry: the emulator's identifier (an id, not a secret), the hostile key
 * as its secret, and every further option the emulator names (CryptoCloud's secret_key) set to
 * the hostile secret key. */
$gateway = function (string $provider, string $mode) use ($base, $target) {
	$emu = emu_providers()[$provider];
	$o = ['base_url' => "$target/$mode" . $emu::MOUNT, 'proxy' => ci_hostile_proxy($base), 'retries' => 0, 'rate_limit' => 0]
		+ array_fill_keys(array_keys($emu::OPTIONS), CI_HOSTILE_SECRET_KEY);
	$class = Gateways::providers()[$provider]['class'];
	return new $class(array_values($emu::CREDENTIALS)[0], CI_HOSTILE_KEY, $o);
};
$params = ['amount' => '10', 'currency' => 'USD', 'order_id' => 'order-1'];
/* An id of the provider's shape; a UUID for any other (Heleket's are Cryptomus's). */
$ids = ['cryptomus' => 'a1b2c3d4-0000-4000-8000-00000000000a', 'cryptocloud' => 'INV-AAAA1111',
	'onchainpay' => 'b1b2c3d4-0000-4000-8000-00000000000b', 'bitsby' => 'c1b2c3d4-0000-4000-8000-00000000000c'];

/* Every channel a shop could log or show. */
function channels(Throwable|CryptoInvoice\Invoice|array $x): string
{
	ob_start();
	if ($x instanceof Throwable) {
		echo $x->getMessage(), "\n", $x, "\n", $x->getTraceAsString(), "\n";
		print_r($x->getTrace());
		var_dump($x);
		if ($x instanceof CryptoInvoice\ApiException) {
			echo $x->getResponseBody(), "\n", json_encode($x->getErrors(), JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), "\n";
			var_export($x->getErrors());
		}
	} elseif ($x instanceof CryptoInvoice\Invoice) {
		print_r($x);
		var_export($x->toArray());
		echo json_encode($x), json_encode($x, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), serialize($x->raw);
	} else {
		var_dump($x);
	}
	return ob_get_clean();
}

$verdict = function (string $out, string $body) use ($base): string {
	/* The body alone too: a key cut at the 64 KiB cap would be the body's last bytes. */
	$leaks = array_unique(array_merge(ci_hostile_leaks($out, $base), ci_hostile_leaks($body, $base)));
	return ($leaks ? 'LEAKED ' . implode(', ', $leaks) : (str_contains($out, '[redacted]') ? 'redacted' : 'clean'))
		. (str_contains($out, 'BODY OVER CAP') ? ' BODY OVER CAP' : '');
};

$results = [];
foreach (array_keys(Gateways::providers()) as $p) {
	foreach (['echo_error', 'echo_auth', 'echo_html403', 'echo_text500', 'echo_407', 'echo_ok'] as $mode) {
		$g = $gateway($p, $mode);
		foreach (['create' => fn() => $g->createInvoice($params), 'lookup' => fn() => $g->getInvoice($ids[$p] ?? 'a1b2c3d4-0000-4000-8000-00000000000a'),
				'batch' => fn() => $g->createInvoices(['a' => $params])] as $op => $call) {
			$body = '';
			try {
				$out = channels($r = $call());
				if ($op === 'batch' && $r['a'] instanceof Throwable) {
					$out .= channels($r['a']);
					$body = $r['a'] instanceof CryptoInvoice\ApiException ? $r['a']->getResponseBody() : '';
				}
			} catch (CryptoInvoice\Exception $e) {
				$out = channels($e);
				if ($e instanceof CryptoInvoice\ApiException) {
					$body = $e->getResponseBody();
					$out .= strlen($body) > 65536 ? "\nBODY OVER CAP" : '';
				}
			}
			$results["$mode $op"][$p] = $verdict($out, $body);
		}
	}
}
/* One line per mode and operation when every provider of the registry did the same. */
foreach ($results as $what => $by) {
	if (count(array_unique($by)) === 1) {
		printf("%-24s %s (every provider)\n", $what, reset($by));
		continue;
	}
	foreach ($by as $p => $v) {
		printf("%-34s %s\n", "$p $what", $v);
	}
}
?>
--EXPECT--
echo_error create        redacted (every provider)
echo_error lookup        redacted (every provider)
echo_error batch         redacted (every provider)
echo_auth create         redacted (every provider)
echo_auth lookup         redacted (every provider)
echo_auth batch          redacted (every provider)
echo_html403 create      redacted (every provider)
echo_html403 lookup      redacted (every provider)
echo_html403 batch       redacted (every provider)
echo_text500 create      redacted (every provider)
echo_text500 lookup      redacted (every provider)
echo_text500 batch       redacted (every provider)
echo_407 create          clean (every provider)
echo_407 lookup          clean (every provider)
echo_407 batch           clean (every provider)
echo_ok create           redacted (every provider)
echo_ok lookup           redacted (every provider)
echo_ok batch            redacted (every provider)
