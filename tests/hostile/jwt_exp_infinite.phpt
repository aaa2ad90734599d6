--TEST--
Hostile server: CryptoCloud postback JWT whose exp overflows to infinity (1e400) is an unexpiring token and is refused
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/hostile.inc';

/* The extension refuses tokens without exp ("unexpiring tokens are refused"), but an exp of
 * 1e400 decodes to INF and passes "exp >= now - 60" forever: a captured postback then replays
 * for ever, against SPEC §4 (valid 5 minutes). Same for a 100-digit exp written as a float.
 * Correct: refused as WebhookException, as a missing exp is. */
[$base, $dir] = raw_start();
const SK = 'cc_test_secret_key_5e2cSECRET';
function b64u(string $s): string { return rtrim(strtr(base64_encode($s), '+/', '-_'), '='); }
function tok(string $claims): string {
	$hp = b64u('{"alg":"HS256","typ":"JWT"}') . '.' . b64u($claims);
	return $hp . '.' . b64u(hash_hmac('sha256', $hp, SK, true));
}
raw_plan($dir, [raw_resp(200, json_encode(['status' => 'success', 'result' => [ci_answer_default('cryptocloud', 'lookup')]]))]);
$g = raw_gw('cryptocloud', $base, ['secret_key' => SK]);
foreach (['{"id":"ABCD1234","exp":1e400}', '{"id":"ABCD1234","exp":1' . str_repeat('0', 99) . '.0}',
		'{"id":"ABCD1234","exp":' . (time() + 300) . '}'] as $claims) {
	try {
		$g->parseWebhook(json_encode(['status' => 'success', 'invoice_id' => 'ABCD1234', 'token' => tok($claims)]));
		echo "accepted\n";
	} catch (CryptoInvoice\WebhookException $e) {
		echo "refused\n";
	}
}
?>
--EXPECT--
refused
refused
accepted
