--TEST--
a proxy string whose credential is the user name alone (Zyte/Crawlera style "http://APIKEY:@host" or "http://APIKEY@host") stays out of every output
--EXTENSIONS--
cryptoinvoice
--INI--
zend.exception_ignore_args=0
--FILE--
<?php
require __DIR__ . '/../inc/caller_attack.inc';

/* SPEC §2: "a proxy string, which may hold credentials" is a secret. Smart proxies take the API
 * key as the user name with an empty password. A proxy that refuses (407) and quotes what it got
 * must not get that key into getResponseBody(), the message or the trace. */
$proxy = atk_server_start();
$token = 'zyte_ApiKey_7f3c9d2e1b4a5c6d';
/* The proxy refuses (407, a TransportException) or fails upstream (502 quoting them, an ApiException with the body). */
foreach (['/p', '/bad-gateway'] as $path) foreach (["$token:@", "$token@"] as $cred) {
	$g = new CryptoInvoice\Cryptomus('merchant-1', 'cm_key_0123456789abcdefSECRET', [
		'base_url' => 'http://127.0.0.1:9' . $path, 'proxy' => 'http://' . $cred . substr($proxy, 7), 'retries' => 0]);
	try {
		$g->createInvoice(['amount' => '1', 'currency' => 'USD', 'order_id' => 'o-1']);
		echo "no exception\n";
	} catch (CryptoInvoice\Exception $e) {
		$out = $e->getMessage() . "\n" . $e . "\n" . print_r($e->getTrace(), true)
			. ($e instanceof CryptoInvoice\ApiException ? $e->getResponseBody() . json_encode($e->getErrors()) : '');
		printf("%s %s: token %s, its Basic credentials %s\n", get_class($e), $cred === "$token@" ? 'APIKEY@host' : 'APIKEY:@host',
			atk_leaked_prefix($out, $token) ? 'LEAKED' : 'kept out',
			atk_leaked_prefix($out, rtrim(base64_encode("$token:"), '=')) ? 'LEAKED' : 'kept out');
	}
}
?>
--EXPECT--
CryptoInvoice\TransportException APIKEY:@host: token kept out, its Basic credentials kept out
CryptoInvoice\TransportException APIKEY@host: token kept out, its Basic credentials kept out
CryptoInvoice\UnexpectedResponseException APIKEY:@host: token kept out, its Basic credentials kept out
CryptoInvoice\UnexpectedResponseException APIKEY@host: token kept out, its Basic credentials kept out
