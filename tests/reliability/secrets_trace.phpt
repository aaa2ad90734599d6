--TEST--
Secrets given to a gateway (key, secret_key, proxy password) never show in traces, messages or getErrors(), from the constructor or any later method
--EXTENSIONS--
cryptoinvoice
--INI--
zend.exception_ignore_args=0
zend.exception_string_param_max_len=1000000
--FILE--
<?php
declare(strict_types=1);
require __DIR__ . '/../inc/hostile.inc';

use CryptoInvoice\{Cryptomus, CryptoCloud, OnChainPay, Bitsby, Gateways};

$base = 'http://127.0.0.1:9';
$proxy = ci_hostile_proxy($base);
$options = ['proxy' => $proxy, 'secret_key' => CI_HOSTILE_SECRET_KEY, 'retries' => 0, 'base_url' => $base];

function dump_all(Throwable $e): string
{
	ob_start();
	echo get_class($e), ': ', $e->getMessage(), "\n", $e, "\n";
	print_r($e->getTrace());
	var_export($e->getTrace());
	var_dump($e);
	if ($e instanceof CryptoInvoice\InvalidArgumentException || $e instanceof CryptoInvoice\ApiException) {
		var_export($e->getErrors());
	}
	return ob_get_clean();
}

function report(string $what, Throwable|array|null $e): void
{
	global $base;
	if (is_array($e)) {
		$e = reset($e);
	}
	if (!$e instanceof Throwable) {
		echo "$what: no exception\n";
		return;
	}
	$leaks = ci_hostile_leaks(dump_all($e), $base);
	printf("%-44s %-42s %s\n", $what, get_class($e), $leaks ? 'LEAKED ' . implode(', ', $leaks) : 'clean');
}

/* Constructors that fail: the options array (proxy, secret_key) sits in the trace's args. */
try { new CryptoCloud('shop', CI_HOSTILE_KEY, $options + ['timeout' => -1]); } catch (Throwable $e) { report('constructor, bad option', $e); }
try { new Cryptomus('m', CI_HOSTILE_KEY, ['proxy' => $proxy, 'retries' => 'x']); } catch (Throwable $e) { report('constructor, another bad option', $e); }
try { new CryptoCloud(42, CI_HOSTILE_KEY, $options); } catch (Throwable $e) { report('constructor, TypeError of an argument', $e); }
try { new Cryptomus('m', CI_HOSTILE_KEY, $options); } catch (Throwable $e) { report('constructor, secret_key where refused', $e); }
try { Gateways::create('cryptocloud', ['shop_id' => 's', 'api_key' => CI_HOSTILE_KEY] + $options + ['timeout' => 0]); } catch (Throwable $e) { report('Gateways::create, bad option', $e); }
try { Gateways::create(CI_HOSTILE_KEY, ['merchant_id' => 'm', 'api_key' => CI_HOSTILE_KEY]); } catch (Throwable $e) { report('Gateways::create, key as the provider', $e); }
function make_gateway(array $o): CryptoCloud
{
	return new CryptoCloud('shop', CI_HOSTILE_KEY, $o);
}
try { make_gateway($options + ['rate_limit' => -1]); } catch (Throwable $e) { report('a user function passing options on', $e); }

/* Later methods: the gateway's own secrets, and a caller who put a secret in a parameter. */
$cc = new CryptoCloud('shop', CI_HOSTILE_KEY, $options);
unset($options['secret_key']);
$cm = new Cryptomus('m', CI_HOSTILE_KEY, $options);
$ocp = new OnChainPay('p', CI_HOSTILE_KEY, $options);
$bb = new Bitsby(CI_HOSTILE_PROJECT, CI_HOSTILE_KEY, $options + ['rate_limit' => 0]);
try { $cc->createInvoice(['amount' => '10', 'currency' => 'USD']); } catch (Throwable $e) { report('createInvoice, transport failure', $e); }
try { $cm->createInvoice(['amount' => CI_HOSTILE_KEY, 'currency' => 'USD', 'order_id' => 'o1']); } catch (Throwable $e) { report('createInvoice, key as the amount', $e); }
try { $cc->createInvoice(['amount' => '1', 'currency' => CI_HOSTILE_KEY]); } catch (Throwable $e) { report('createInvoice, key as a currency', $e); }
try { $cc->createInvoice(['amount' => '1', 'currency' => 'USD', 'order_id' => CI_HOSTILE_SECRET_KEY, 'x' => 1]); } catch (Throwable $e) { report('createInvoice, secret_key as an order id', $e); }
try { $ocp->createInvoice(['amount' => '1', 'currency' => 'USD', CI_HOSTILE_PROXY_PASS => 1]); } catch (Throwable $e) { report('createInvoice, proxy password as a key', $e); }
try { $bb->createInvoice(['amount' => '1', 'currency' => 'USD', 'metadata' => ['k' => CI_HOSTILE_KEY . str_repeat('x', 300)]]); } catch (Throwable $e) { report('createInvoice, key in metadata', $e); }
report('createInvoices, key as an amount', $cm->createInvoices([['amount' => CI_HOSTILE_KEY, 'currency' => 'USD', 'order_id' => 'o1']]));
report('createInvoices, transport failure', $bb->createInvoices([['amount' => '1', 'currency' => 'USD', 'description' => CI_HOSTILE_KEY]]));
try { $cm->createInvoices([['amount' => '1']], 'eight'); } catch (Throwable $e) { report('createInvoices, TypeError', $e); }
try { $ocp->getInvoice(CI_HOSTILE_KEY . "\n"); } catch (Throwable $e) { report('getInvoice, key as the id', $e); }
try { array_map($cm->getInvoice(...), [CI_HOSTILE_KEY]); } catch (Throwable $e) { report('getInvoice through a closure', $e); }
try { $cc->parseWebhook(json_encode(['invoice_id' => CI_HOSTILE_KEY, 'token' => CI_HOSTILE_SECRET_KEY])); } catch (Throwable $e) { report('parseWebhook, secrets in the body', $e); }
/* A long key cut short where a message quotes a value (at 32 bytes): what is left is still redacted. */
$long = 'sk_live_' . str_repeat('0123456789abcdef', 4);
$g = new Cryptomus('m', $long, ['base_url' => $base]);
try { $g->createInvoice(['amount' => $long, 'currency' => 'USD', 'order_id' => 'o1']); } catch (Throwable $e) {
	$out = dump_all($e);
	echo 'long key quoted in part: ', str_contains($out, substr($long, 0, 24)) ? 'LEAKED' : 'clean',
		(str_contains($e->getMessage(), '"[redacted]') || str_contains($e->getMessage(), 'credential (not shown)')) ? ', marked in the message' : '', "\n";
}
echo "done\n";
?>
--EXPECT--
constructor, bad option                      CryptoInvoice\InvalidArgumentException     clean
constructor, another bad option              CryptoInvoice\InvalidArgumentException     clean
constructor, TypeError of an argument        TypeError                                  clean
constructor, secret_key where refused        CryptoInvoice\InvalidArgumentException     clean
Gateways::create, bad option                 CryptoInvoice\InvalidArgumentException     clean
Gateways::create, key as the provider        CryptoInvoice\InvalidArgumentException     clean
a user function passing options on           CryptoInvoice\InvalidArgumentException     clean
createInvoice, transport failure             CryptoInvoice\TransportException           clean
createInvoice, key as the amount             CryptoInvoice\InvalidArgumentException     clean
createInvoice, key as a currency             CryptoInvoice\InvalidArgumentException     clean
createInvoice, secret_key as an order id     CryptoInvoice\InvalidArgumentException     clean
createInvoice, proxy password as a key       CryptoInvoice\InvalidArgumentException     clean
createInvoice, key in metadata               CryptoInvoice\TransportException           clean
createInvoices, key as an amount             CryptoInvoice\InvalidArgumentException     clean
createInvoices, transport failure            CryptoInvoice\TransportException           clean
createInvoices, TypeError                    TypeError                                  clean
getInvoice, key as the id                    CryptoInvoice\InvalidArgumentException     clean
getInvoice through a closure                 CryptoInvoice\TransportException           clean
parseWebhook, secrets in the body            CryptoInvoice\WebhookException             clean
long key quoted in part: clean, marked in the message
done
