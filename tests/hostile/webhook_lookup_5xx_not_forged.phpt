--TEST--
Hostile server: a 5xx lookup answer whose text happens to say "not found" is an outage, never "the provider does not know the invoice" (parseWebhook must not call a genuine callback forged)
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/hostile.inc';

/* The provider is down (503/500/502) and its error text mentions "... not found". A lookup must
 * stay an ApiException with that status (and be retried as any 5xx lookup); parseWebhook() must let
 * it through as that ApiException, not turn it into WebhookException "which X does not know:
 * forged, or for another account": a shop answers a forged callback with 4xx and drops a paid
 * order. SPEC §5: "not found" is an HTTP 404 or the provider's documented not-found answer. */
[$base, $dir] = raw_start();
$ids = ['onchainpay' => '2076e88f-547a-4437-9ece-68c99731ab42', 'bitsby' => '59302b02-d1be-4e10-960f-d6ec24bfcaaf',
	'cryptomus' => '62f88b36-a9d5-4fa6-aa26-e040c3dbf26d', 'cryptocloud' => 'INV-ABCD1234'];
$answers = [
	'onchainpay' => [503, '{"success":false,"error":{"name":"ServiceUnavailable","message":"Upstream for invoice lookups not found, try later","code":503}}'],
	'bitsby' => [503, '{"result":"error","data":"Invoice service not found"}'],
	'cryptomus' => [500, '{"message":"Server Error: payment gateway not found","code":500,"error":"x"}'],
	'cryptocloud' => [502, '{"status":"error","result":{"validate_error":"invoice backend not found"}}'],
];
foreach ($answers as $p => [$code, $body]) {
	raw_plan($dir, [raw_resp($code, $body)]);
	$g = raw_gw($p, $base, ['retries' => 1, 'rate_limit' => 0]);
	try {
		$g->getInvoice($ids[$p]);
		echo "$p getInvoice: no exception\n";
	} catch (CryptoInvoice\ApiException $e) {
		printf("%s getInvoice: http=%d claims-unknown=%s\n", $p, $e->getHttpStatus(),
			var_export(str_contains($e->getMessage(), 'does not know'), true));
	}
	if ($p === 'onchainpay' || $p === 'bitsby') {
		try {
			$g->parseWebhook(json_encode(['invoiceId' => $ids[$p], 'status' => 'paid']));
			echo "$p parseWebhook: no exception\n";
		} catch (Throwable $e) {
			printf("%s parseWebhook: %s%s\n", $p, get_class($e), $e instanceof CryptoInvoice\ApiException ? ' http=' . $e->getHttpStatus() : '');
		}
	}
}
?>
--EXPECT--
onchainpay getInvoice: http=503 claims-unknown=false
onchainpay parseWebhook: CryptoInvoice\ApiException http=503
bitsby getInvoice: http=503 claims-unknown=false
bitsby parseWebhook: CryptoInvoice\ApiException http=503
cryptomus getInvoice: http=500 claims-unknown=false
cryptocloud getInvoice: http=502 claims-unknown=false
