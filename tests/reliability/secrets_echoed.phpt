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

use CryptoInvoice\{Cryptomus, CryptoCloud, OnChainPay, Bitsby};

$base = ci_hostile_start();
/* The target host is never reached directly: every request goes through the hostile server as
 * the proxy, so it sees (and echoes) the proxy credentials as well. */
$target = 'http://127.0.0.1:9';
$gateway = function (string $provider, string $mode) use ($base, $target) {
	$o = ['base_url' => "$target/$mode", 'proxy' => ci_hostile_proxy($base), 'retries' => 0];
	return match ($provider) {
		'cryptomus' => new Cryptomus('merchant-1', CI_HOSTILE_KEY, $o),
		'cryptocloud' => new CryptoCloud('shop-1', CI_HOSTILE_KEY, $o + ['secret_key' => CI_HOSTILE_SECRET_KEY]),
		'onchainpay' => new OnChainPay('public-1', CI_HOSTILE_KEY, $o),
		'bitsby' => new Bitsby(CI_HOSTILE_PROJECT, CI_HOSTILE_KEY, $o + ['rate_limit' => 0]),
	};
};
$params = ['amount' => '10', 'currency' => 'USD', 'order_id' => 'order-1'];
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

$report = function (string $what, string $out, string $body) use ($base) {
	/* The body alone too: a key cut at the 64 KiB cap would be the body's last bytes. */
	$leaks = array_unique(array_merge(ci_hostile_leaks($out, $base), ci_hostile_leaks($body, $base)));
	printf("%-34s %s%s\n", $what, $leaks ? 'LEAKED ' . implode(', ', $leaks) : (str_contains($out, '[redacted]') ? 'redacted' : 'clean'),
		str_contains($out, 'BODY OVER CAP') ? ' BODY OVER CAP' : '');
};

foreach (['cryptomus', 'cryptocloud', 'onchainpay', 'bitsby'] as $p) {
	foreach (['echo_error', 'echo_auth', 'echo_html403', 'echo_text500', 'echo_407', 'echo_ok'] as $mode) {
		$g = $gateway($p, $mode);
		foreach (['create' => fn() => $g->createInvoice($params), 'lookup' => fn() => $g->getInvoice($ids[$p]),
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
			$report("$p $mode $op", $out, $body);
		}
	}
}
?>
--EXPECT--
cryptomus echo_error create        redacted
cryptomus echo_error lookup        redacted
cryptomus echo_error batch         redacted
cryptomus echo_auth create         redacted
cryptomus echo_auth lookup         redacted
cryptomus echo_auth batch          redacted
cryptomus echo_html403 create      redacted
cryptomus echo_html403 lookup      redacted
cryptomus echo_html403 batch       redacted
cryptomus echo_text500 create      redacted
cryptomus echo_text500 lookup      redacted
cryptomus echo_text500 batch       redacted
cryptomus echo_407 create          clean
cryptomus echo_407 lookup          clean
cryptomus echo_407 batch           clean
cryptomus echo_ok create           redacted
cryptomus echo_ok lookup           redacted
cryptomus echo_ok batch            redacted
cryptocloud echo_error create      redacted
cryptocloud echo_error lookup      redacted
cryptocloud echo_error batch       redacted
cryptocloud echo_auth create       redacted
cryptocloud echo_auth lookup       redacted
cryptocloud echo_auth batch        redacted
cryptocloud echo_html403 create    redacted
cryptocloud echo_html403 lookup    redacted
cryptocloud echo_html403 batch     redacted
cryptocloud echo_text500 create    redacted
cryptocloud echo_text500 lookup    redacted
cryptocloud echo_text500 batch     redacted
cryptocloud echo_407 create        clean
cryptocloud echo_407 lookup        clean
cryptocloud echo_407 batch         clean
cryptocloud echo_ok create         redacted
cryptocloud echo_ok lookup         redacted
cryptocloud echo_ok batch          redacted
onchainpay echo_error create       redacted
onchainpay echo_error lookup       redacted
onchainpay echo_error batch        redacted
onchainpay echo_auth create        redacted
onchainpay echo_auth lookup        redacted
onchainpay echo_auth batch         redacted
onchainpay echo_html403 create     redacted
onchainpay echo_html403 lookup     redacted
onchainpay echo_html403 batch      redacted
onchainpay echo_text500 create     redacted
onchainpay echo_text500 lookup     redacted
onchainpay echo_text500 batch      redacted
onchainpay echo_407 create         clean
onchainpay echo_407 lookup         clean
onchainpay echo_407 batch          clean
onchainpay echo_ok create          redacted
onchainpay echo_ok lookup          redacted
onchainpay echo_ok batch           redacted
bitsby echo_error create           redacted
bitsby echo_error lookup           redacted
bitsby echo_error batch            redacted
bitsby echo_auth create            redacted
bitsby echo_auth lookup            redacted
bitsby echo_auth batch             redacted
bitsby echo_html403 create         redacted
bitsby echo_html403 lookup         redacted
bitsby echo_html403 batch          redacted
bitsby echo_text500 create         redacted
bitsby echo_text500 lookup         redacted
bitsby echo_text500 batch          redacted
bitsby echo_407 create             clean
bitsby echo_407 lookup             clean
bitsby echo_407 batch              clean
bitsby echo_ok create              redacted
bitsby echo_ok lookup              redacted
bitsby echo_ok batch               redacted
