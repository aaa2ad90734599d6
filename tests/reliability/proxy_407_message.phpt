--TEST--
a 407 from the configured proxy is not reported as the provider's answer
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/caller_attack.inc';

/* "Cryptomus answered HTTP 407 with a body that is not the documented JSON": Cryptomus never saw
 * the request; the proxy refused its credentials. For an https base_url the same refusal is a
 * TransportException (CONNECT refused); over a plain-http base_url it is blamed on the provider.
 * The 401/403 messages already say when "something in between" answered; the 407 must too. */
$proxy = atk_server_start();
$g = new CryptoInvoice\Cryptomus('merchant-1', 'cm_key_0123456789abcdefSECRET', [
	'base_url' => 'http://127.0.0.1:9/p', 'proxy' => 'http://user:wrong-password-1@' . substr($proxy, 7), 'retries' => 0]);
try {
	$g->createInvoice(['amount' => '1', 'currency' => 'USD', 'order_id' => 'o-1']);
} catch (CryptoInvoice\Exception $e) {
	echo 'the message names the proxy: ', stripos($e->getMessage(), 'proxy') !== false ? 'yes' : 'no', "\n";
	echo 'the message says Cryptomus answered: ', str_contains($e->getMessage(), 'Cryptomus answered') ? 'yes' : 'no', "\n";
}
?>
--EXPECT--
the message names the proxy: yes
the message says Cryptomus answered: no
