--TEST--
401/403/429 say truthfully who refused: the provider (its own error answer) or something in between (a CDN's HTML page, foreign JSON, an empty body)
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/hostile.inc';
require __DIR__ . '/../inc/helpers.inc';
use CryptoInvoice\Gateways;

$hostile = ci_hostile_start();
$emulator = ci_emulator_start();
$said = function (string $provider, string $base): string {
	$g = ci_test_gateway($provider, $base, ['rate_limit' => 0]);
	try {
		$g->createInvoice(['amount' => '10', 'currency' => 'USD', 'order_id' => 'r-1']);
		return "no exception\n";
	} catch (CryptoInvoice\ApiException $e) {
		return sprintf("%s %d: %s\n", (new ReflectionClass($e))->getShortName(), $e->getHttpStatus(), $e->getMessage());
	}
};
$try = function (string $provider, string $base) use ($said) {
	echo $said($provider, $base);
};
/* Every provider of the registry, its title written <title>: one line for the providers that
 * agree ("every provider", or "most" with the others named on their own lines). */
$every = function (string $base) use ($said) {
	$by = [];
	foreach (Gateways::providers() as $p => $row) {
		$by[str_replace($row['title'], '<title>', $said($p, $base))][] = $p;
	}
	uasort($by, fn($a, $b) => count($b) <=> count($a));
	foreach ($by as $line => $providers) {
		echo $providers === array_keys(Gateways::providers()) ? 'every provider' : (count($by) > 1 && $line === array_key_first($by)
			? 'the others' : implode(', ', $providers)), ': ', $line;
	}
};

/* Something in between refused: no credential was checked, and the class still follows the status. */
foreach (['html403', 'html401', 'json403', 'empty403', 'html429'] as $mode) {
	$try('cryptomus', "$hostile/$mode");
}
$every("$hostile/html403");
$try('onchainpay', "$hostile/json401");
/* The provider itself refused, in its own shape: then it did check the credentials. */
$every("$emulator/_s/status403");
$try('cryptomus', "$emulator/_s/badsign");
$try('cryptomus', "$emulator/_s/status429");
?>
--EXPECT--
AuthenticationException 403: Cryptomus's address answered HTTP 403 with an HTML page ("Attention Required! | Cloudflare"), not an answer of Cryptomus's API: something in between (a proxy, CDN or firewall) refused the request, so the credentials were not necessarily checked (1 attempt)
AuthenticationException 401: Cryptomus's address answered HTTP 401 with an HTML page ("Attention Required! | Cloudflare"), not an answer of Cryptomus's API: something in between (a proxy, CDN or firewall) refused the request, so the credentials were not necessarily checked (1 attempt)
AuthenticationException 403: Cryptomus's address answered HTTP 403 with JSON of another shape, not an answer of Cryptomus's API: something in between (a proxy, CDN or firewall) refused the request, so the credentials were not necessarily checked (1 attempt)
AuthenticationException 403: Cryptomus's address answered HTTP 403 with an empty body, not an answer of Cryptomus's API: something in between (a proxy, CDN or firewall) refused the request, so the credentials were not necessarily checked (1 attempt)
RateLimitException 429: Cryptomus's address answered HTTP 429 with an HTML page ("Attention Required! | Cloudflare"), not an answer of Cryptomus's API: something in between (a proxy, CDN or firewall) is limiting requests (1 attempt)
every provider: AuthenticationException 403: <title>'s address answered HTTP 403 with an HTML page ("Attention Required! | Cloudflare"), not an answer of <title>'s API: something in between (a proxy, CDN or firewall) refused the request, so the credentials were not necessarily checked (1 attempt)
AuthenticationException 401: OnChainPay's address answered HTTP 401 with JSON of another shape, not an answer of OnChainPay's API: something in between (a proxy, CDN or firewall) refused the request, so the credentials were not necessarily checked (1 attempt)
the others: AuthenticationException 403: <title> rejected the credentials (HTTP 403): Forbidden (1 attempt)
onchainpay: AuthenticationException 403: <title> rejected the credentials (HTTP 403): Forbidden: Forbidden (1 attempt)
AuthenticationException 401: Cryptomus rejected the credentials (HTTP 401): Unauthorized (1 attempt)
RateLimitException 429: Cryptomus is rate-limiting this key (HTTP 429): Too many requests (1 attempt)
