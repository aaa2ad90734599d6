--TEST--
401/403/429 say truthfully who refused: the provider (its own error answer) or something in between (a CDN's HTML page, foreign JSON, an empty body)
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/hostile.inc';
require __DIR__ . '/../inc/helpers.inc';

$hostile = ci_hostile_start();
$emulator = ci_emulator_start();
$try = function (string $provider, string $base) {
	$g = ci_test_gateway($provider, $base, ['rate_limit' => 0]);
	try {
		$g->createInvoice(['amount' => '10', 'currency' => 'USD', 'order_id' => 'r-1']);
		echo "no exception\n";
	} catch (CryptoInvoice\ApiException $e) {
		printf("%s %d: %s\n", (new ReflectionClass($e))->getShortName(), $e->getHttpStatus(), $e->getMessage());
	}
};

/* Something in between refused: no credential was checked, and the class still follows the status. */
foreach (['html403', 'html401', 'json403', 'empty403', 'html429'] as $mode) {
	$try('cryptomus', "$hostile/$mode");
}
$try('bitsby', "$hostile/html403");
$try('onchainpay', "$hostile/json401");
/* The provider itself refused, in its own shape: then it did check the credentials. */
foreach (['cryptomus', 'cryptocloud', 'onchainpay', 'bitsby'] as $p) {
	$try($p, "$emulator/_s/status403");
}
$try('cryptomus', "$emulator/_s/badsign");
$try('cryptomus', "$emulator/_s/status429");
?>
--EXPECT--
AuthenticationException 403: Cryptomus's address answered HTTP 403 with an HTML page ("Attention Required! | Cloudflare"), not an answer of Cryptomus's API: something in between (a proxy, CDN or firewall) refused the request, so the credentials were not necessarily checked (1 attempt)
AuthenticationException 401: Cryptomus's address answered HTTP 401 with an HTML page ("Attention Required! | Cloudflare"), not an answer of Cryptomus's API: something in between (a proxy, CDN or firewall) refused the request, so the credentials were not necessarily checked (1 attempt)
AuthenticationException 403: Cryptomus's address answered HTTP 403 with JSON of another shape, not an answer of Cryptomus's API: something in between (a proxy, CDN or firewall) refused the request, so the credentials were not necessarily checked (1 attempt)
AuthenticationException 403: Cryptomus's address answered HTTP 403 with an empty body, not an answer of Cryptomus's API: something in between (a proxy, CDN or firewall) refused the request, so the credentials were not necessarily checked (1 attempt)
RateLimitException 429: Cryptomus's address answered HTTP 429 with an HTML page ("Attention Required! | Cloudflare"), not an answer of Cryptomus's API: something in between (a proxy, CDN or firewall) is limiting requests (1 attempt)
AuthenticationException 403: Bitsby's address answered HTTP 403 with an HTML page ("Attention Required! | Cloudflare"), not an answer of Bitsby's API: something in between (a proxy, CDN or firewall) refused the request, so the credentials were not necessarily checked (1 attempt)
AuthenticationException 401: OnChainPay's address answered HTTP 401 with JSON of another shape, not an answer of OnChainPay's API: something in between (a proxy, CDN or firewall) refused the request, so the credentials were not necessarily checked (1 attempt)
AuthenticationException 403: Cryptomus rejected the credentials (HTTP 403): Forbidden (1 attempt)
AuthenticationException 403: CryptoCloud rejected the credentials (HTTP 403): Forbidden (1 attempt)
AuthenticationException 403: OnChainPay rejected the credentials (HTTP 403): Forbidden: Forbidden (1 attempt)
AuthenticationException 403: Bitsby rejected the credentials (HTTP 403): Forbidden (1 attempt)
AuthenticationException 401: Cryptomus rejected the credentials (HTTP 401): Unauthorized (1 attempt)
RateLimitException 429: Cryptomus is rate-limiting this key (HTTP 429): Too many requests (1 attempt)
