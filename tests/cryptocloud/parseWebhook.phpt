--TEST--
CryptoCloud: parseWebhook verifies the postback's HS256 JWT with secret_key, then returns the invoice as getInvoice() finds it
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
use CryptoInvoice\{CryptoCloud, WebhookException};

function b64u(string $s): string
{
	return rtrim(strtr(base64_encode($s), '+/', '-_'), '=');
}
/** A JWT as CryptoCloud signs it: HS256 over "<header>.<payload>" with the project's SECRET KEY. */
function jwt(array $claims, string $secret = CI_TEST_CRYPTOCLOUD_SECRET, array $header = ['alg' => 'HS256', 'typ' => 'JWT'], string $algo = 'sha256'): string
{
	$signed = b64u(json_encode($header)) . '.' . b64u(json_encode($claims));
	return $signed . '.' . b64u(hash_hmac($algo, $signed, $secret, true));
}

$base = ci_emulator_start();
$g = ci_test_gateway('cryptocloud', $base, ['secret_key' => CI_TEST_CRYPTOCLOUD_SECRET]);
$made = $g->createInvoice(['amount' => '42.5', 'currency' => 'EUR', 'order_id' => 'hook-1', 'pay_currency' => 'USDT_TRC20']);
$code = substr($made->id, 4);
ci_emulator_set_status($base, 'cryptocloud', $made->id, 'paid');

/* The postback's documented fields; invoice_id comes without INV-. */
$postback = function (array $claims, array $over = []) use ($code): array {
	return $over + ['status' => 'success', 'invoice_id' => $code, 'amount_crypto' => 45.9, 'currency' => 'USDT_TRC20',
		'order_id' => 'hook-1', 'token' => jwt($claims), 'invoice_info' => ['uuid' => "INV-$code", 'status' => 'paid']];
};
$fresh = ['id' => $code, 'exp' => time() + 300];

echo "== genuine JSON\n";
$inv = $g->parseWebhook(json_encode($postback($fresh)), ['Content-Type' => 'application/json']);
$req = ci_test_last_request($base);
echo $req['path'], ' ', $req['body'] === '{"uuids":["' . $made->id . '"]}' ? 'asked for the invoice' : $req['body'], "\n";
var_dump($inv->id === $made->id, $inv->status, $inv->providerStatus, $inv->orderId, $inv->amount, $inv->currency,
	$inv->payCurrency, $inv->network, $inv->address === $made->address, $inv->raw['status']);

echo "== genuine form-urlencoded\n";
$inv = $g->parseWebhook(http_build_query($postback($fresh)));
var_dump($inv->id === $made->id, $inv->status);

echo "== the body's own status is never believed\n";
ci_emulator_set_status($base, 'cryptocloud', $made->id, 'created');
$inv = $g->parseWebhook(json_encode($postback($fresh, ['status' => 'success'])));
var_dump($inv->status, $inv->isFinal);

echo "== accepted claims\n";
$accepted = [
	'id with INV-' => ['id' => "INV-$code", 'exp' => time() + 300],
	'uuid claim' => ['uuid' => "INV-$code", 'exp' => time() + 300],
	'no id claim' => ['exp' => time() + 300],
	'exp within the 60 s leeway' => ['id' => $code, 'exp' => time() - 30],
	'exp as a float' => ['id' => $code, 'exp' => time() + 0.5],
];
foreach ($accepted as $name => $claims) {
	echo $name, ': ', $g->parseWebhook(json_encode($postback($claims)))->id === $made->id ? 'ok' : 'wrong invoice', "\n";
}
/* invoice_id with the prefix names the same invoice as the id claim without it. */
echo 'invoice_id with INV-: ', $g->parseWebhook(json_encode($postback($fresh, ['invoice_id' => "INV-$code"])))->id === $made->id ? 'ok' : 'wrong', "\n";

echo "== refused\n";
$good = jwt($fresh);
[$h, $p, $s] = explode('.', $good);
$other = b64u(json_encode(['id' => 'ZZZZZZZZ', 'exp' => time() + 300]));
$signedBy = fn (string $signed, string $algo = 'sha256') => $signed . '.' . b64u(hash_hmac($algo, $signed, CI_TEST_CRYPTOCLOUD_SECRET, true));
$tokens = [
	'tampered payload' => "$h.$other.$s",
	'wrong secret' => jwt($fresh, 'another-projects-secret'),
	'API key as the secret' => jwt($fresh, CI_TEST_CRYPTOCLOUD_KEY),
	'alg none, unsigned' => b64u('{"alg":"none","typ":"JWT"}') . ".$p.",
	'alg none, signed anyway' => jwt($fresh, CI_TEST_CRYPTOCLOUD_SECRET, ['alg' => 'none']),
	'alg HS512' => jwt($fresh, CI_TEST_CRYPTOCLOUD_SECRET, ['alg' => 'HS512', 'typ' => 'JWT'], 'sha512'),
	'alg RS256' => jwt($fresh, CI_TEST_CRYPTOCLOUD_SECRET, ['alg' => 'RS256', 'typ' => 'JWT']),
	'alg hs256' => jwt($fresh, CI_TEST_CRYPTOCLOUD_SECRET, ['alg' => 'hs256']),
	'alg missing' => jwt($fresh, CI_TEST_CRYPTOCLOUD_SECRET, ['typ' => 'JWT']),
	'alg not a string' => jwt($fresh, CI_TEST_CRYPTOCLOUD_SECRET, ['alg' => ['HS256']]),
	'expired 2 minutes ago' => jwt(['id' => $code, 'exp' => time() - 120]),
	'exp missing' => jwt(['id' => $code]),
	'exp as text' => jwt(['id' => $code, 'exp' => (string) (time() + 300)]),
	'id claim of another invoice' => jwt(['id' => 'ZZZZZZZZ', 'exp' => time() + 300]),
	'uuid claim of another invoice' => jwt(['id' => $code, 'uuid' => 'INV-ZZZZZZZZ', 'exp' => time() + 300]),
	'id claim not a string' => jwt(['id' => [$code], 'exp' => time() + 300]),
	'one segment' => $h,
	'two segments' => "$h.$p",
	'four segments' => "$good.$s",
	'empty' => '',
	'header bad base64' => "$h+/.$p.$s",
	'header padded' => "$h=.$p.$s",
	'header not JSON' => $signedBy(b64u('not json') . ".$p"),
	'header a JSON list' => $signedBy(b64u('["HS256"]') . ".$p"),
	'signature bad base64' => "$h.$p.***",
	'signature truncated' => "$h.$p." . substr($s, 0, 20),
	'signature empty' => "$h.$p.",
	'payload bad base64 (signed)' => $signedBy("$h.!!!"),
	'payload not JSON (signed)' => $signedBy("$h." . b64u('exp=1')),
	'payload a JSON list (signed)' => $signedBy("$h." . b64u('[1]')),
];
$messages = [];
foreach ($tokens as $name => $token) {
	try {
		$g->parseWebhook(json_encode($postback([], ['token' => $token])));
		echo "$name: accepted\n";
	} catch (WebhookException $e) {
		echo "$name: ", $e->getMessage(), "\n";
		$messages[] = $e->getMessage();
	}
}

echo "== malformed postbacks\n";
$bodies = [
	'no invoice_id' => json_encode(array_diff_key($postback($fresh), ['invoice_id' => 0])),
	'empty invoice_id' => json_encode($postback($fresh, ['invoice_id' => ''])),
	'no token' => json_encode(array_diff_key($postback($fresh), ['token' => 0])),
	'token not a string' => json_encode($postback($fresh, ['token' => ['a.b.c']])),
	'form without token' => http_build_query(['invoice_id' => $code, 'status' => 'success']),
	'empty body' => '',
	'JSON list' => '[1,2]',
	'broken JSON' => '{"invoice_id":',
	'unknown invoice, genuine token' => json_encode($postback(['id' => 'NOSUCH01', 'exp' => time() + 300], ['invoice_id' => 'NOSUCH01'])),
	'invoice_id not an id' => json_encode($postback(['exp' => time() + 300], ['invoice_id' => str_repeat('A', 300)])),
];
foreach ($bodies as $name => $body) {
	try {
		$g->parseWebhook($body);
		echo "$name: accepted\n";
	} catch (WebhookException $e) {
		echo "$name: ", $e->getMessage(), "\n";
		$messages[] = $e->getMessage();
	}
}

echo "== without secret_key\n";
try {
	ci_test_gateway('cryptocloud', $base)->parseWebhook(json_encode($postback($fresh)));
} catch (WebhookException $e) {
	echo $e->getMessage(), "\n";
}

echo "== a genuine postback whose lookup fails keeps the lookup's class\n";
try {
	ci_test_gateway('cryptocloud', "$base/_s/status500", ['secret_key' => CI_TEST_CRYPTOCLOUD_SECRET])->parseWebhook(json_encode($postback($fresh)));
} catch (CryptoInvoice\Exception $e) {
	ci_test_describe($e);
}

/* Nothing secret (keys, the token) ever appears in a message. */
$leaks = array_filter($messages, fn ($m) => str_contains($m, 'SECRET') || str_contains($m, $h) || str_contains($m, $s));
var_dump($leaks);
?>
--EXPECT--
== genuine JSON
/v2/invoice/merchant/info asked for the invoice
bool(true)
enum(CryptoInvoice\Status::Paid)
string(4) "paid"
string(6) "hook-1"
string(4) "42.5"
string(3) "EUR"
string(4) "USDT"
string(5) "TRC20"
bool(true)
string(4) "paid"
== genuine form-urlencoded
bool(true)
enum(CryptoInvoice\Status::Paid)
== the body's own status is never believed
enum(CryptoInvoice\Status::Created)
bool(false)
== accepted claims
id with INV-: ok
uuid claim: ok
no id claim: ok
exp within the 60 s leeway: ok
exp as a float: ok
invoice_id with INV-: ok
== refused
tampered payload: CryptoCloud postback rejected: token signature check failed: it was not signed with this project's secret_key, or was changed
wrong secret: CryptoCloud postback rejected: token signature check failed: it was not signed with this project's secret_key, or was changed
API key as the secret: CryptoCloud postback rejected: token signature check failed: it was not signed with this project's secret_key, or was changed
alg none, unsigned: CryptoCloud postback rejected: token header must declare alg HS256 (unsigned tokens and other algorithms are refused)
alg none, signed anyway: CryptoCloud postback rejected: token header must declare alg HS256 (unsigned tokens and other algorithms are refused)
alg HS512: CryptoCloud postback rejected: token header must declare alg HS256 (unsigned tokens and other algorithms are refused)
alg RS256: CryptoCloud postback rejected: token header must declare alg HS256 (unsigned tokens and other algorithms are refused)
alg hs256: CryptoCloud postback rejected: token header must declare alg HS256 (unsigned tokens and other algorithms are refused)
alg missing: CryptoCloud postback rejected: token header must declare alg HS256 (unsigned tokens and other algorithms are refused)
alg not a string: CryptoCloud postback rejected: token header must declare alg HS256 (unsigned tokens and other algorithms are refused)
expired 2 minutes ago: CryptoCloud postback rejected: token has expired (its exp is more than 60 seconds in the past)
exp missing: CryptoCloud postback rejected: token has no exp claim (a number of seconds since the epoch); unexpiring tokens are refused
exp as text: CryptoCloud postback rejected: token has no exp claim (a number of seconds since the epoch); unexpiring tokens are refused
id claim of another invoice: CryptoCloud postback rejected: token's id claim names another invoice than invoice_id
uuid claim of another invoice: CryptoCloud postback rejected: token's uuid claim names another invoice than invoice_id
id claim not a string: CryptoCloud postback rejected: token's id claim names another invoice than invoice_id
one segment: CryptoCloud postback rejected: token is not a JWT (it must be three base64url parts joined by dots)
two segments: CryptoCloud postback rejected: token is not a JWT (it must be three base64url parts joined by dots)
four segments: CryptoCloud postback rejected: token is not a JWT (it must be three base64url parts joined by dots)
empty: CryptoCloud postback is not signed: it has no token field (a JWT string)
header bad base64: CryptoCloud postback rejected: token header is not base64url-encoded JSON
header padded: CryptoCloud postback rejected: token header is not base64url-encoded JSON
header not JSON: CryptoCloud postback rejected: token header is not base64url-encoded JSON
header a JSON list: CryptoCloud postback rejected: token header is not base64url-encoded JSON
signature bad base64: CryptoCloud postback rejected: token signature check failed: it was not signed with this project's secret_key, or was changed
signature truncated: CryptoCloud postback rejected: token signature check failed: it was not signed with this project's secret_key, or was changed
signature empty: CryptoCloud postback rejected: token signature check failed: it was not signed with this project's secret_key, or was changed
payload bad base64 (signed): CryptoCloud postback rejected: token payload is not base64url-encoded JSON
payload not JSON (signed): CryptoCloud postback rejected: token payload is not base64url-encoded JSON
payload a JSON list (signed): CryptoCloud postback rejected: token payload is not base64url-encoded JSON
== malformed postbacks
no invoice_id: CryptoCloud postback is malformed: it names no invoice (no invoice_id field)
empty invoice_id: CryptoCloud postback is malformed: it names no invoice (no invoice_id field)
no token: CryptoCloud postback is not signed: it has no token field (a JWT string)
token not a string: CryptoCloud postback is not signed: it has no token field (a JWT string)
form without token: CryptoCloud postback is not signed: it has no token field (a JWT string)
empty body: CryptoCloud webhook is malformed: the body is empty
JSON list: CryptoCloud webhook is malformed: the body is not a JSON object
broken JSON: CryptoCloud webhook is malformed: the body is not a JSON object
unknown invoice, genuine token: CryptoCloud postback names invoice "NOSUCH01", which CryptoCloud does not know, though its token is genuine (are the API key and secret_key of the same CryptoCloud account?)
invoice_id not an id: CryptoCloud postback is malformed: its invoice id is not a valid id
== without secret_key
CryptoCloud postback cannot be verified: this gateway has no secret_key option. This is a configuration problem, not a forged callback: set the secret_key option to the project's SECRET KEY (project settings in the CryptoCloud dashboard; it is not the API key)
== a genuine postback whose lookup fails keeps the lookup's class
CryptoInvoice\ApiException: CryptoCloud failed on its side (HTTP 500): Server error (1 attempt)
  provider=cryptocloud http=500 errors=[]
array(0) {
}