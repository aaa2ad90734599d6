--TEST--
OnChainPay: unified keys and native keys land on the documented wire fields
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';

$base = ci_emulator_start();
$g = ci_test_gateway('onchainpay', $base);
/* The exact body, with the nonce (checked for shape) shown as <nonce>. */
$body = function () use ($base): string {
	$raw = ci_test_last_request($base)['body'];
	return preg_replace('/,"nonce":"\d{20,}"}$/', ',"nonce":"<nonce>"}', $raw, 1, $n) . ($n === 1 ? '' : ' (no nonce!)');
};

$g->createInvoice([
	'amount' => 20,
	'currency' => 'USD',
	'order_id' => 'Order #123456',
	'description' => 'Payment by order #123456 — Café',
	'email' => 'payer@example.com',
	'expires_in' => 1800,
	'callback_url' => 'https://merchant.example/webhooks/invoice?x=1',
	'return_url' => 'https://merchant.example/',
	'accepted_currencies' => ['USDT', ['currency' => 'BTC', 'networks' => ['bitcoin']]],
	'idempotency_key' => 'merchantExternalId123',
]);
echo $body(), "\n";

/* Every key of the seed, in the seed's order. */
$g->createInvoice([
	'externalId' => 'merchantExternalId124',
	'order' => 'Order #123457',
	'description' => 'Payment by order #123457',
	'externalUserId' => 10099,
	'payerEmail' => 'payer@example.com',
	'currency' => 'USD',
	'amount' => '20',
	'includeFee' => true,
	'additionalFees' => ['SEPA_WITHDRAWAL'],
	'insurancePercent' => 1,
	'slippagePercent' => '2',
	'paymentTolerancePercent' => 1.5,
	'webhookURL' => 'https://merchant.example/webhooks/invoice',
	'returnURL' => 'http://merchant.example/',
	'lifetime' => 1,
	'currencies' => [[]],
]);
echo $body(), "\n";

/* Bounds of the percentages, and includeFee false; nulls mean "not set". */
$g->createInvoice(['amount' => '0.5', 'currency' => 'BTC', 'insurancePercent' => '0', 'slippagePercent' => '100',
	'paymentTolerancePercent' => '0.001', 'includeFee' => false, 'lifetime' => '90', 'order_id' => null, 'additionalFees' => []]);
echo $body(), "\n";

/* Amounts: floats in their shortest form, long decimals verbatim, always JSON strings. */
$g->createInvoice(['amount' => 10.1, 'currency' => 'USD']);
echo $body(), "\n";
$g->createInvoice(['amount' => '12345678901234567890.123456789012345678', 'currency' => 'USD']);
echo $body(), "\n";
$g->createInvoice(['amount' => 0.1 + 0.2, 'currency' => 'USD']);
echo $body(), "\n";

/* strict => false drops the unified keys OnChainPay cannot express. */
$loose = ci_test_gateway('onchainpay', $base, ['strict' => false]);
$loose->createInvoice(['amount' => '1', 'currency' => 'USD', 'success_url' => 'https://a.example/ok', 'pay_currency' => 'BTC',
	'network' => 'bitcoin', 'metadata' => ['user' => 42], 'order_id' => 's-1']);
echo $body(), "\n";
?>
--EXPECT--
{"amount":"20","currency":"USD","order":"Order #123456","description":"Payment by order #123456 — Café","payerEmail":"payer@example.com","lifetime":30,"webhookURL":"https://merchant.example/webhooks/invoice?x=1","returnURL":"https://merchant.example/","currencies":["USDT",{"currency":"BTC","networks":["bitcoin"]}],"externalId":"merchantExternalId123","nonce":"<nonce>"}
{"externalId":"merchantExternalId124","order":"Order #123457","description":"Payment by order #123457","externalUserId":"10099","payerEmail":"payer@example.com","currency":"USD","amount":"20","includeFee":true,"additionalFees":["SEPA_WITHDRAWAL"],"insurancePercent":"1","slippagePercent":"2","paymentTolerancePercent":"1.5","webhookURL":"https://merchant.example/webhooks/invoice","returnURL":"http://merchant.example/","lifetime":1,"currencies":[[]],"nonce":"<nonce>"}
{"amount":"0.5","currency":"BTC","insurancePercent":"0","slippagePercent":"100","paymentTolerancePercent":"0.001","includeFee":false,"lifetime":90,"nonce":"<nonce>"}
{"amount":"10.1","currency":"USD","nonce":"<nonce>"}
{"amount":"12345678901234567890.123456789012345678","currency":"USD","nonce":"<nonce>"}
{"amount":"0.30000000000000004","currency":"USD","nonce":"<nonce>"}
{"amount":"1","currency":"USD","order":"s-1","nonce":"<nonce>"}
