--TEST--
One unified parameter array creates an invoice with every provider built by Gateways::create
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
use CryptoInvoice\{Gateways, Invoice};

$base = ci_emulator_start();
/* Every provider the extension has, with the emulator's credentials (a new one must appear below). */
$configs = [];
foreach (Gateways::providers() as $name => $info) {
	$emu = emu_providers()[$name];
	$configs[$name] = array_combine($info['credentials'], array_values($emu::CREDENTIALS)) + ['base_url' => $base . $emu::MOUNT];
}
$order = [
	'amount' => '15.50',
	'currency' => 'USD',
	'order_id' => 'unified-1',
	'description' => 'Order 1',
	'email' => 'payer@example.com',
	'expires_in' => 3600,
	'callback_url' => 'https://shop.example/webhooks/crypto',
	'return_url' => 'https://shop.example/cart',
	'metadata' => ['cart' => 7],
];

/* The fields a request carried, from JSON or multipart bodies alike (nonces vary: masked). */
function wire(array $req): string {
	if (str_starts_with($req['body'], '{')) { /* JSON: the bytes as sent (CryptoCloud's 15.50 stays 15.50) */
		return preg_replace('/"nonce":"\d+"/', '"nonce":"<nonce>"', $req['body']);
	}
	preg_match_all('/name="([^"]+)"\r\n\r\n(.*?)\r\n--/s', $req['body'], $m);
	return json_encode(array_combine($m[1], $m[2]), JSON_UNESCAPED_SLASHES);
}

foreach ($configs as $name => $credentials) {
	/* strict => false: each provider drops the unified keys it cannot express. */
	$g = Gateways::create($name, $credentials + ['strict' => false]);
	$inv = $g->createInvoice($order);
	printf("%s\n  wire: %s\n  invoice: %s %s %s order=%s status=%s url=%s expires=%s\n", $name, wire(ci_test_last_request($base)),
		$inv instanceof Invoice ? 'Invoice' : '?', $inv->amount, $inv->currency, $inv->orderId, $inv->status->value,
		str_starts_with((string) $inv->url, 'https://') ? 'https' : var_export($inv->url, true),
		$inv->expiresAt?->getTimezone()->getName());

	/* strict (the default) names the keys this provider cannot take, and sends nothing. */
	$before = count(ci_emulator_log($base));
	try {
		Gateways::create($name, $credentials)->createInvoice($order);
		echo "  strict: accepted\n";
	} catch (CryptoInvoice\InvalidArgumentException $e) {
		echo "  strict: ", implode(', ', array_keys($e->getErrors())), "; sent ", count(ci_emulator_log($base)) - $before, "\n";
	}
}
?>
--EXPECT--
cryptomus
  wire: {"amount":"15.50","currency":"USD","order_id":"unified-1","lifetime":3600,"url_callback":"https://shop.example/webhooks/crypto","url_return":"https://shop.example/cart","additional_data":"{\"cart\":7}"}
  invoice: Invoice 15.50 USD order=unified-1 status=created url=https expires=UTC
  strict: description, email; sent 0
cryptocloud
  wire: {"shop_id":"NGpD44KXRdQ","amount":15.50,"currency":"USD","order_id":"unified-1","email":"payer@example.com","add_fields":{"time_to_pay":{"hours":1,"minutes":0}}}
  invoice: Invoice 15.5 USD order=unified-1 status=created url=https expires=UTC
  strict: description, callback_url, return_url, metadata; sent 0
onchainpay
  wire: {"amount":"15.50","currency":"USD","order":"unified-1","description":"Order 1","payerEmail":"payer@example.com","lifetime":60,"webhookURL":"https://shop.example/webhooks/crypto","returnURL":"https://shop.example/cart","nonce":"<nonce>"}
  invoice: Invoice 15.50 USD order=unified-1 status=created url=https expires=UTC
  strict: metadata; sent 0
bitsby
  wire: {"projectId":"9deea1e2-0c08-41a3-bdc2-a34eada3892d","amountFiat":"15.50","currencyFiat":"USD","description":"Order 1","serviceData":"{\"orderId\":\"unified-1\",\"cart\":7}","timeToPay":"1"}
  invoice: Invoice 15.50 USD order=unified-1 status=created url=https expires=UTC
  strict: email, callback_url, return_url; sent 0
heleket
  wire: {"amount":"15.50","currency":"USD","order_id":"unified-1","lifetime":3600,"url_callback":"https://shop.example/webhooks/crypto","url_return":"https://shop.example/cart","additional_data":"{\"cart\":7}"}
  invoice: Invoice 15.50 USD order=unified-1 status=created url=https expires=UTC
  strict: description, email; sent 0
