<?php
/* Writes the seed corpus of fuzz_response: the seed documents' example answers and error
 * envelopes, framed as the harness reads them (byte 0: the provider's registry index in bits
 * 0-1 and 4-7 | 4 lookup | 8 webhook; byte 1: HTTP status index, 0 = 200). The index comes
 * from the extension (Gateways::providers() is in registry order). Run once; the files are
 * committed:  php -d extension=modules/cryptoinvoice.so fuzz/make-corpus.php */
const LOOKUP = 4;
const WEBHOOK = 8;

function selector(string $provider, int $flags = 0): int
{
	$i = array_search($provider, array_keys(CryptoInvoice\Gateways::providers()), true);
	if ($i === false) {
		throw new LogicException("no provider $provider in this build");
	}
	return ($i & 3) | ($i >> 2) << 4 | $flags;
}

$dir = __DIR__ . '/corpus';
$cm = ['uuid' => '26109ba0-b05b-4ee0-93d1-fd62c822ce95', 'order_id' => '1', 'amount' => '15.00', 'payment_amount' => null,
	'payer_amount' => null, 'discount_percent' => null, 'discount' => '0.00000000', 'payer_currency' => null, 'currency' => 'USD',
	'merchant_amount' => null, 'network' => null, 'address' => null, 'from' => null, 'txid' => null, 'payment_status' => 'check',
	'url' => 'https://pay.cryptomus.com/pay/26109ba0-b05b-4ee0-93d1-fd62c822ce95', 'expired_at' => 1689098133, 'status' => 'check',
	'is_final' => false, 'additional_data' => null, 'created_at' => '2023-07-11T20:23:52+03:00', 'updated_at' => '2023-07-11T21:24:17+03:00'];
$cc = ['uuid' => 'INV-89UX09KA', 'created' => '2026-01-01 12:00:00.000000', 'address' => '', 'expiry_date' => '2026-01-02 12:00:00.000000',
	'side_commission' => 'client', 'side_commission_cc' => 'client', 'amount' => 0.033366, 'amount_usd' => 100.0, 'amount_in_fiat' => 100.0,
	'fee' => 4.500000159168849e-06, 'fee_usd' => 0.01, 'service_fee' => 0.000634, 'service_fee_usd' => 1.9, 'fiat_currency' => 'USD',
	'status' => 'created', 'is_email_required' => false, 'link' => 'pay.cryptocloud.plus/89UX09KA',
	'currency' => ['id' => 3, 'code' => 'ETH', 'fullcode' => 'ETH', 'network' => ['code' => 'ERC20', 'id' => 3, 'fullname' => 'Ethereum'], 'name' => 'Ethereum'],
	'project' => ['id' => 0, 'name' => 'MyShop'], 'test_mode' => false];
$ocp = ['id' => 'c02b226c-07f9-4a1a-bedb-1087fab230a6', 'externalId' => 'merchantExternalId123', 'orderId' => '4b3399ee-3690-4984-8c39-a911c8b0aad4',
	'invoiceLink' => 'https://invoices.domain/c02b226c-07f9-4a1a-bedb-1087fab230a6', 'status' => 'INIT', 'order' => 'Order #123456',
	'description' => 'Payment by order #123456', 'currency' => 'USD', 'amount' => '20', 'receivedNetwork' => 'USDT', 'receivedCurrency' => 'USDT',
	'receivedAmount' => '100.32', 'expiresAt' => '2025-06-09T13:18:41.525Z', 'createdAt' => '2025-06-09T13:18:11.525Z',
	'currencies' => [['currency' => 'USDT', 'networks' => [['name' => 'ethereum', 'amount' => '25']]]]];
$bb = ['id' => 'ade9550d-3dc7-4fd3-b94e-3b4c12aaaa0c', 'uid' => 'MXNj4m8HhcM4', 'createDatetime' => '2024-02-29 15:20:24',
	'timeToPayDatetime' => '2024-03-01 03:20:24', 'url' => 'https://dash.bitsby.app/invoices/pay/MXNj4m8HhcM4',
	'wallets' => [['id' => 'c27b0847-40c9-4f1e-87f5-9c3d4999dfc1', 'name' => 'usdt-bnb', 'blockchain' => 'bnbSmartChain',
		'cryptocurrency' => 'usdt', 'address' => '0x1427ca2c71bCa28f0B619b70E3F112065D5411aC', 'amountCrypto' => '11.45000000']]];
$bbList = $bb + ['amountFiat' => '10.55', 'currencyFiat' => 'EUR', 'description' => 'x', 'serviceData' => '{"orderId":500}', 'status' => 'unpaid'];
$seeds = [
	'cryptomus-create' => [selector('cryptomus'), 0, ['state' => 0, 'result' => $cm]],
	'cryptomus-lookup' => [selector('cryptomus', LOOKUP), 0, ['state' => 0, 'result' => $cm]],
	'cryptomus-422-errors' => [selector('cryptomus'), 7, ['state' => 1, 'errors' => ['amount' => ['validation.required']]]],
	'cryptomus-422-message' => [selector('cryptomus'), 7, ['state' => 1, 'message' => 'The currency was not found']],
	'cryptomus-500' => [selector('cryptomus'), 9, ['message' => 'Server error, #1', 'code' => 500, 'error' => null]],
	'cryptomus-webhook' => [selector('cryptomus', WEBHOOK), 0, $cm + ['type' => 'payment', 'sign' => '0123456789abcdef0123456789abcdef', 'convert' => ['rate' => 0.1]]],
	'cryptocloud-create' => [selector('cryptocloud'), 0, ['status' => 'success', 'result' => $cc]],
	'cryptocloud-lookup' => [selector('cryptocloud', LOOKUP), 0, ['status' => 'success', 'result' => [$cc]]],
	'cryptocloud-error' => [selector('cryptocloud'), 4, ['status' => 'error', 'result' => ['amount' => ['invalid']]]],
	'cryptocloud-postback' => [selector('cryptocloud', WEBHOOK), 0, ['status' => 'success', 'invoice_id' => '89UX09KA', 'amount_crypto' => 0.03, 'currency' => 'ETH',
		'order_id' => 'x', 'token' => 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpZCI6IjEiLCJleHAiOjQxMDI0NDQ4MDB9.c2lnbmF0dXJl']],
	'onchainpay-create' => [selector('onchainpay'), 0, ['success' => true, 'response' => $ocp]],
	'onchainpay-lookup' => [selector('onchainpay', LOOKUP), 0, ['success' => true, 'response' => $ocp]],
	'onchainpay-error' => [selector('onchainpay'), 4, ['success' => false, 'error' => ['name' => 'ValidationError', 'message' => 'amount: required', 'code' => 1003]]],
	'bitsby-create' => [selector('bitsby'), 0, ['result' => 'success', 'data' => $bb]],
	'bitsby-lookup' => [selector('bitsby', LOOKUP), 0, ['result' => 'success', 'data' => [$bbList]]],
	'bitsby-error' => [selector('bitsby'), 0, ['result' => 'error', 'data' => 'Requests too frequent']],
];
foreach ($seeds as $name => [$sel, $st, $body]) {
	file_put_contents("$dir/$name", chr($sel) . chr($st) . json_encode($body, JSON_UNESCAPED_SLASHES));
}
echo count($seeds), " seeds written\n";
