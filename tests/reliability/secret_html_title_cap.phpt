--TEST--
a key that an HTML error page puts across the 80-byte cut of its <title> is not quoted in part in the message
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/caller_attack.inc';

/* A 401 page whose title quotes the Authorization header after 60 bytes of text. The message
 * quotes the title cut at 80 bytes, so it ends inside the key: the cut happens before the secret
 * is looked for, and the part left (fewer than CI_SECRET_PREFIX bytes) is no longer recognised.
 * The body itself is scrubbed before its cap; the title must be too. */
$base = atk_server_start();
$key = 'cc_live_api_key_77d1c0ffeeSECRET';
$g = new CryptoInvoice\CryptoCloud('shop-1', $key, ['base_url' => "$base/title", 'retries' => 0]);
try {
	$g->createInvoice(['amount' => '1', 'currency' => 'USD']);
	echo "no exception\n";
} catch (CryptoInvoice\ApiException $e) {
	echo get_class($e), "\n";
	echo 'bytes of the key in the message: ', atk_leaked_prefix($e->getMessage(), $key), "\n";
	echo 'bytes of the key in __toString(): ', atk_leaked_prefix((string) $e, $key), "\n";
	echo 'bytes of the key in the body: ', atk_leaked_prefix($e->getResponseBody(), $key), "\n";
}
?>
--EXPECT--
CryptoInvoice\AuthenticationException
bytes of the key in the message: 0
bytes of the key in __toString(): 0
bytes of the key in the body: 0
