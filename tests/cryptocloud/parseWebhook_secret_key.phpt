--TEST--
CryptoCloud: a gateway that cannot verify postbacks (no secret_key, or the API key in its place) says it is a configuration problem, with WebhookException::CONFIGURATION, not a forgery
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
use CryptoInvoice\{CryptoCloud, Gateways, WebhookException};

function b64u(string $s): string
{
	return rtrim(strtr(base64_encode($s), '+/', '-_'), '=');
}
function jwt(string $code, string $secret = CI_TEST_CRYPTOCLOUD_SECRET): string
{
	$signed = b64u('{"alg":"HS256","typ":"JWT"}') . '.' . b64u(json_encode(['id' => $code, 'exp' => time() + 300]));
	return $signed . '.' . b64u(hash_hmac('sha256', $signed, $secret, true));
}
$genuine = json_encode(['status' => 'success', 'invoice_id' => 'AB12CD34', 'token' => jwt('AB12CD34')]);
/* A closed loopback port: nothing here may reach a network. */
$nowhere = ['base_url' => 'http://127.0.0.1:9', 'retries' => 0];
$gateways = [
	'no secret_key' => new CryptoCloud(CI_TEST_CRYPTOCLOUD_SHOP, CI_TEST_CRYPTOCLOUD_KEY, $nowhere),
	'Gateways::create without secret_key' => Gateways::create('cryptocloud', ['shop_id' => CI_TEST_CRYPTOCLOUD_SHOP, 'api_key' => CI_TEST_CRYPTOCLOUD_KEY] + $nowhere),
	'the API key as secret_key' => new CryptoCloud(CI_TEST_CRYPTOCLOUD_SHOP, CI_TEST_CRYPTOCLOUD_KEY, ['secret_key' => CI_TEST_CRYPTOCLOUD_KEY] + $nowhere),
];
$bodies = [
	'a genuine postback' => $genuine,
	'a form postback' => http_build_query(json_decode($genuine, true)),
	'a token signed with the API key' => json_encode(['invoice_id' => 'AB12CD34', 'token' => jwt('AB12CD34', CI_TEST_CRYPTOCLOUD_KEY)]),
];
foreach ($gateways as $gname => $g) {
	foreach ($bodies as $bname => $body) {
		try {
			$g->parseWebhook($body);
			echo "$gname, $bname: accepted?!\n";
		} catch (WebhookException $e) {
			printf("%s, %s: code %s\n  %s\n", $gname, $bname,
				$e->getCode() === WebhookException::CONFIGURATION ? 'CONFIGURATION' : $e->getCode(), $e->getMessage());
			foreach ([CI_TEST_CRYPTOCLOUD_KEY, CI_TEST_CRYPTOCLOUD_SECRET] as $secret) {
				if (str_contains($e->getMessage(), $secret) || str_contains($e->getTraceAsString(), $secret)) {
					echo "  LEAK\n";
				}
			}
		}
	}
}
/* A gateway set up right refuses a forgery as before: REFUSED, not CONFIGURATION. */
$g = new CryptoCloud(CI_TEST_CRYPTOCLOUD_SHOP, CI_TEST_CRYPTOCLOUD_KEY, ['secret_key' => CI_TEST_CRYPTOCLOUD_SECRET] + $nowhere);
try {
	$g->parseWebhook(json_encode(['invoice_id' => 'AB12CD34', 'token' => jwt('AB12CD34', 'guessed')]));
} catch (WebhookException $e) {
	printf("set up right, forged token: code %s\n", $e->getCode() === WebhookException::REFUSED ? 'REFUSED' : $e->getCode());
}
?>
--EXPECT--
no secret_key, a genuine postback: code CONFIGURATION
  CryptoCloud postback cannot be verified: this gateway has no secret_key option. This is a configuration problem, not a forged callback: set the secret_key option to the project's SECRET KEY (project settings in the CryptoCloud dashboard; it is not the API key)
no secret_key, a form postback: code CONFIGURATION
  CryptoCloud postback cannot be verified: this gateway has no secret_key option. This is a configuration problem, not a forged callback: set the secret_key option to the project's SECRET KEY (project settings in the CryptoCloud dashboard; it is not the API key)
no secret_key, a token signed with the API key: code CONFIGURATION
  CryptoCloud postback cannot be verified: this gateway has no secret_key option. This is a configuration problem, not a forged callback: set the secret_key option to the project's SECRET KEY (project settings in the CryptoCloud dashboard; it is not the API key)
Gateways::create without secret_key, a genuine postback: code CONFIGURATION
  CryptoCloud postback cannot be verified: this gateway has no secret_key option. This is a configuration problem, not a forged callback: set the secret_key option to the project's SECRET KEY (project settings in the CryptoCloud dashboard; it is not the API key)
Gateways::create without secret_key, a form postback: code CONFIGURATION
  CryptoCloud postback cannot be verified: this gateway has no secret_key option. This is a configuration problem, not a forged callback: set the secret_key option to the project's SECRET KEY (project settings in the CryptoCloud dashboard; it is not the API key)
Gateways::create without secret_key, a token signed with the API key: code CONFIGURATION
  CryptoCloud postback cannot be verified: this gateway has no secret_key option. This is a configuration problem, not a forged callback: set the secret_key option to the project's SECRET KEY (project settings in the CryptoCloud dashboard; it is not the API key)
the API key as secret_key, a genuine postback: code CONFIGURATION
  CryptoCloud postback cannot be verified: its secret_key option holds the API key. This is a configuration problem, not a forged callback: set the secret_key option to the project's SECRET KEY (project settings in the CryptoCloud dashboard; it is not the API key)
the API key as secret_key, a form postback: code CONFIGURATION
  CryptoCloud postback cannot be verified: its secret_key option holds the API key. This is a configuration problem, not a forged callback: set the secret_key option to the project's SECRET KEY (project settings in the CryptoCloud dashboard; it is not the API key)
the API key as secret_key, a token signed with the API key: code CONFIGURATION
  CryptoCloud postback cannot be verified: its secret_key option holds the API key. This is a configuration problem, not a forged callback: set the secret_key option to the project's SECRET KEY (project settings in the CryptoCloud dashboard; it is not the API key)
set up right, forged token: code REFUSED
