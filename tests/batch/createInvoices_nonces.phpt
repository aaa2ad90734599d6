--TEST--
createInvoices: OnChainPay requests sent concurrently each carry their own nonce and signature
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';

$base = ci_emulator_start();
$g = ci_test_gateway('onchainpay', $base);
$batch = [];
for ($i = 1; $i <= 12; $i++) {
	$batch["order-$i"] = ['amount' => '5', 'currency' => 'USD', 'order_id' => "n-$i"];
}
/* The emulator refuses a nonce it has seen for this key: twelve successes prove twelve nonces. */
$out = $g->createInvoices($batch, 8);
echo count(array_filter($out, fn($r) => $r instanceof CryptoInvoice\Invoice)), " of ", count($batch), " created\n";

$nonces = $valid = [];
foreach (ci_emulator_log($base) as $req) {
	$nonces[] = json_decode($req['body'], true)['nonce'];
	$valid[] = hash_equals(hash_hmac('sha256', $req['body'], CI_TEST_ONCHAINPAY_PRIVATE), $req['headers']['x-api-signature']);
}
echo count(array_unique($nonces)), " distinct nonces, ", count(array_filter($valid)), " valid signatures\n";
?>
--EXPECT--
12 of 12 created
12 distinct nonces, 12 valid signatures
