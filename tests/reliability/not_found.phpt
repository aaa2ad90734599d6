--TEST--
Not found is one rule: 404 (any body) or the provider's own not-found answer is an ApiException from getInvoice() and a WebhookException from parseWebhook(), for every provider
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';

function b64u(string $s): string
{
	return rtrim(strtr(base64_encode($s), '+/', '-_'), '=');
}
/* A genuine CryptoCloud postback token for $code (HS256 with the project's secret key). */
function jwt(string $code): string
{
	$signed = b64u('{"alg":"HS256","typ":"JWT"}') . '.' . b64u(json_encode(['id' => $code, 'exp' => time() + 300]));
	return $signed . '.' . b64u(hash_hmac('sha256', $signed, CI_TEST_CRYPTOCLOUD_SECRET, true));
}

$base = ci_emulator_start();
$unknown = [
	'cryptomus' => '00000000-0000-4000-8000-000000000001',
	'cryptocloud' => 'INV-ZZZZ9999',
	'onchainpay' => '00000000-0000-4000-8000-000000000002',
	'bitsby' => '00000000-0000-4000-8000-000000000003',
];
/* The callbacks that are confirmed by looking the invoice up (Cryptomus builds from its signed body). */
$callbacks = [
	'cryptocloud' => json_encode(['status' => 'success', 'invoice_id' => 'ZZZZ9999', 'token' => jwt('ZZZZ9999')]),
	'onchainpay' => json_encode(['invoiceId' => $unknown['onchainpay'], 'status' => 'PROCESSED']),
	'bitsby' => 'invoiceId=' . $unknown['bitsby'] . '&status=paid',
];
$scenarios = [
	'ok' => "the provider's real answer to an unknown id",
	'notfound404' => '404 with the documented body',
	'notfound404html' => "404 with a web server's HTML page",
	'notfound404empty' => '404 with an empty body',
	'notfound200' => '200 with the documented not-found answer',
];
/* Every provider of the registry; one running another's API (Heleket: Cryptomus's) must say what
 * that one says, under its own title. */
$said = [];
foreach (CryptoInvoice\Gateways::providers() as $provider => $row) {
	$family = ci_test_family($provider);
	$id = $unknown[$family];
	ob_start();
	foreach ($scenarios as $scenario => $what) {
		echo "== $provider, $what\n";
		$g = ci_test_gateway($provider, "$base/_s/$scenario",
			['retries' => 2] + ($family === 'cryptocloud' ? ['secret_key' => CI_TEST_CRYPTOCLOUD_SECRET] : []));
		try {
			/* retries => 2: an unknown id is an answer, never retried */
			$g->getInvoice($id);
			echo "getInvoice: found?!\n";
		} catch (CryptoInvoice\Exception $e) {
			printf("getInvoice: %s http=%d: %s\n", get_class($e), $e->getHttpStatus(), $e->getMessage());
		}
		if (isset($callbacks[$family])) {
			try {
				$g->parseWebhook($callbacks[$family]);
				echo "parseWebhook: accepted?!\n";
			} catch (CryptoInvoice\Exception $e) {
				printf("parseWebhook: %s: %s\n", get_class($e), $e->getMessage());
			}
		}
	}
	$said[$provider] = ob_get_clean();
	if ($family === $provider) {
		echo $said[$provider];
		continue;
	}
	$titles = [$row['title'], CryptoInvoice\Gateways::providers()[$family]['title']];
	echo $said[$provider] === str_replace([$family, $titles[1]], [$provider, $titles[0]], $said[$family])
		? "== $provider: as $family, under its own title\n" : $said[$provider];
}
?>
--EXPECT--
== cryptomus, the provider's real answer to an unknown id
getInvoice: CryptoInvoice\ApiException http=404: Cryptomus does not know this invoice (HTTP 404): Payment not found (1 attempt)
== cryptomus, 404 with the documented body
getInvoice: CryptoInvoice\ApiException http=404: Cryptomus does not know this invoice (HTTP 404): Payment not found (1 attempt)
== cryptomus, 404 with a web server's HTML page
getInvoice: CryptoInvoice\ApiException http=404: Cryptomus does not know this invoice (HTTP 404): the answer carries no message of its own (1 attempt)
== cryptomus, 404 with an empty body
getInvoice: CryptoInvoice\ApiException http=404: Cryptomus does not know this invoice (HTTP 404): the answer carries no message of its own (1 attempt)
== cryptomus, 200 with the documented not-found answer
getInvoice: CryptoInvoice\ApiException http=200: Cryptomus does not know this invoice (HTTP 200): Payment not found (1 attempt)
== cryptocloud, the provider's real answer to an unknown id
getInvoice: CryptoInvoice\ApiException http=200: CryptoCloud does not know this invoice (HTTP 200): it answered an empty list for this uuid (1 attempt)
parseWebhook: CryptoInvoice\WebhookException: CryptoCloud postback names invoice "ZZZZ9999", which CryptoCloud does not know, though its token is genuine (are the API key and secret_key of the same CryptoCloud account?)
== cryptocloud, 404 with the documented body
getInvoice: CryptoInvoice\ApiException http=404: CryptoCloud does not know this invoice (HTTP 404): Invoice not found (1 attempt)
parseWebhook: CryptoInvoice\WebhookException: CryptoCloud postback names invoice "ZZZZ9999", which CryptoCloud does not know, though its token is genuine (are the API key and secret_key of the same CryptoCloud account?)
== cryptocloud, 404 with a web server's HTML page
getInvoice: CryptoInvoice\ApiException http=404: CryptoCloud does not know this invoice (HTTP 404): the answer carries no message of its own (1 attempt)
parseWebhook: CryptoInvoice\WebhookException: CryptoCloud postback names invoice "ZZZZ9999", which CryptoCloud does not know, though its token is genuine (are the API key and secret_key of the same CryptoCloud account?)
== cryptocloud, 404 with an empty body
getInvoice: CryptoInvoice\ApiException http=404: CryptoCloud does not know this invoice (HTTP 404): the answer carries no message of its own (1 attempt)
parseWebhook: CryptoInvoice\WebhookException: CryptoCloud postback names invoice "ZZZZ9999", which CryptoCloud does not know, though its token is genuine (are the API key and secret_key of the same CryptoCloud account?)
== cryptocloud, 200 with the documented not-found answer
getInvoice: CryptoInvoice\ApiException http=200: CryptoCloud does not know this invoice (HTTP 200): it answered an empty list for this uuid (1 attempt)
parseWebhook: CryptoInvoice\WebhookException: CryptoCloud postback names invoice "ZZZZ9999", which CryptoCloud does not know, though its token is genuine (are the API key and secret_key of the same CryptoCloud account?)
== onchainpay, the provider's real answer to an unknown id
getInvoice: CryptoInvoice\ApiException http=200: OnChainPay does not know this invoice (HTTP 200): NotFound: Invoice not found (1 attempt)
parseWebhook: CryptoInvoice\WebhookException: OnChainPay webhook names invoice "00000000-0000-4000-8000-000000000002", which OnChainPay does not know: forged, or for another account
== onchainpay, 404 with the documented body
getInvoice: CryptoInvoice\ApiException http=404: OnChainPay does not know this invoice (HTTP 404): Invoice not found (1 attempt)
parseWebhook: CryptoInvoice\WebhookException: OnChainPay webhook names invoice "00000000-0000-4000-8000-000000000002", which OnChainPay does not know: forged, or for another account
== onchainpay, 404 with a web server's HTML page
getInvoice: CryptoInvoice\ApiException http=404: OnChainPay does not know this invoice (HTTP 404): the answer carries no message of its own (1 attempt)
parseWebhook: CryptoInvoice\WebhookException: OnChainPay webhook names invoice "00000000-0000-4000-8000-000000000002", which OnChainPay does not know: forged, or for another account
== onchainpay, 404 with an empty body
getInvoice: CryptoInvoice\ApiException http=404: OnChainPay does not know this invoice (HTTP 404): the answer carries no message of its own (1 attempt)
parseWebhook: CryptoInvoice\WebhookException: OnChainPay webhook names invoice "00000000-0000-4000-8000-000000000002", which OnChainPay does not know: forged, or for another account
== onchainpay, 200 with the documented not-found answer
getInvoice: CryptoInvoice\ApiException http=200: OnChainPay does not know this invoice (HTTP 200): Invoice not found (1 attempt)
parseWebhook: CryptoInvoice\WebhookException: OnChainPay webhook names invoice "00000000-0000-4000-8000-000000000002", which OnChainPay does not know: forged, or for another account
== bitsby, the provider's real answer to an unknown id
getInvoice: CryptoInvoice\ApiException http=200: Bitsby does not know this invoice (HTTP 200): its invoice list for this id is empty (1 attempt)
parseWebhook: CryptoInvoice\WebhookException: Bitsby webhook names invoice "00000000-0000-4000-8000-000000000003", which Bitsby does not know: forged, or for another account
== bitsby, 404 with the documented body
getInvoice: CryptoInvoice\ApiException http=404: Bitsby does not know this invoice (HTTP 404): Invoice not found (1 attempt)
parseWebhook: CryptoInvoice\WebhookException: Bitsby webhook names invoice "00000000-0000-4000-8000-000000000003", which Bitsby does not know: forged, or for another account
== bitsby, 404 with a web server's HTML page
getInvoice: CryptoInvoice\ApiException http=404: Bitsby does not know this invoice (HTTP 404): the answer carries no message of its own (1 attempt)
parseWebhook: CryptoInvoice\WebhookException: Bitsby webhook names invoice "00000000-0000-4000-8000-000000000003", which Bitsby does not know: forged, or for another account
== bitsby, 404 with an empty body
getInvoice: CryptoInvoice\ApiException http=404: Bitsby does not know this invoice (HTTP 404): the answer carries no message of its own (1 attempt)
parseWebhook: CryptoInvoice\WebhookException: Bitsby webhook names invoice "00000000-0000-4000-8000-000000000003", which Bitsby does not know: forged, or for another account
== bitsby, 200 with the documented not-found answer
getInvoice: CryptoInvoice\ApiException http=200: Bitsby does not know this invoice (HTTP 200): its invoice list for this id is empty (1 attempt)
parseWebhook: CryptoInvoice\WebhookException: Bitsby webhook names invoice "00000000-0000-4000-8000-000000000003", which Bitsby does not know: forged, or for another account
== heleket: as cryptomus, under its own title
