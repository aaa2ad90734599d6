--TEST--
examples/woocommerce: settings, process_payment against the emulator, a refused payment, and the callback handler
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
require __DIR__ . '/../inc/woocommerce_stubs.inc';
require __DIR__ . '/../../examples/woocommerce/cryptoinvoice-for-woocommerce.php';

$base = ci_emulator_start();
function show_log(): void
{
	foreach ($GLOBALS['wp_stub']['log'] as $line) {
		echo "log $line\n";
	}
	$GLOBALS['wp_stub']['log'] = [];
}

echo "-- the plugin registers the gateway\n";
do_action('plugins_loaded');
var_dump(apply_filters('woocommerce_payment_gateways', []));

echo "-- the settings form\n";
$gateway = new WC_Gateway_CryptoInvoice();
echo $gateway->id, ': ', $gateway->method_title, "\n";
foreach ($gateway->form_fields as $key => $field) {
	printf("  %-25s %-9s %s\n", $key, $field['type'], $key === 'provider' ? implode('|', array_keys($field['options'])) : '');
}
echo $gateway->form_fields['callback_note']['description'], "\n";
var_dump(has_action('woocommerce_api_cryptoinvoice'), has_action('woocommerce_update_options_payment_gateways_cryptoinvoice'));
var_dump($gateway->is_available()); /* not enabled yet */

/* The shop owner saves the form. */
$GLOBALS['wp_stub']['post'] = ['enabled' => 'yes', 'title' => 'Cryptocurrency', 'provider' => 'cryptomus',
	'cryptomus_merchant_id' => CI_TEST_CRYPTOMUS_MERCHANT, 'cryptomus_api_key' => CI_TEST_CRYPTOMUS_KEY,
	'testmode' => 'yes', 'base_url' => $base];
do_action('woocommerce_update_options_payment_gateways_cryptoinvoice');
$gateway = new WC_Gateway_CryptoInvoice(); /* the next request */
var_dump($gateway->is_available(), $gateway->title);

echo "-- process_payment\n";
$order = new WC_Order(101, '15.00', 'USD', 'pending', '1042');
$result = $gateway->process_payment(101);
$uuid = $order->get_meta(WC_Gateway_CryptoInvoice::META_INVOICE);
var_dump($result === ['result' => 'success', 'redirect' => "https://pay.cryptomus.com/pay/$uuid"]);
var_dump($order->saved_meta(WC_Gateway_CryptoInvoice::META_PROVIDER), preg_match('/^[0-9a-f-]{36}$/', $order->saved_meta(WC_Gateway_CryptoInvoice::META_INVOICE)));
$sent = ci_test_last_request($base);
echo $sent['path'], ' ', $sent['body'], "\n";
var_dump($GLOBALS['wp_stub']['notices'], $order->get_status());

echo "-- process_payment: the provider refuses the currency\n";
$bad = new WC_Order(102, '9.99', 'XXX');
var_dump($gateway->process_payment(102));
var_dump($GLOBALS['wp_stub']['notices'], $bad->notes, $bad->get_meta(WC_Gateway_CryptoInvoice::META_INVOICE), $bad->saves);
show_log();
$GLOBALS['wp_stub']['notices'] = [];

echo "-- a gateway without its API key is not offered, and cannot take a payment\n";
update_option('woocommerce_cryptoinvoice_settings', ['cryptomus_api_key' => ''] + get_option('woocommerce_cryptoinvoice_settings'));
$broken = new WC_Gateway_CryptoInvoice();
var_dump($broken->is_available());
$order103 = new WC_Order(103, '5', 'USD');
var_dump($broken->process_payment(103)['result'], $GLOBALS['wp_stub']['notices'][0][0], $order103->notes[0]);
show_log();

echo "-- callbacks\n";
function signed(array $data, string $key = CI_TEST_CRYPTOMUS_KEY): string
{
	$data += ['type' => 'payment', 'order_id' => '1042', 'amount' => '15.00', 'currency' => 'USD',
		'payment_amount' => '15.00', 'network' => 'tron', 'payer_currency' => 'USDT', 'txid' => 'c0ffee', 'additional_data' => null];
	$data['sign'] = md5(base64_encode(json_encode($data, JSON_UNESCAPED_UNICODE)) . $key);
	return json_encode($data, JSON_UNESCAPED_UNICODE);
}
function callback(string $title, string $body): void
{
	global $gateway, $order;
	[$status, $text] = $gateway->process_webhook($body, ['Content-Type' => 'application/json']);
	printf("%s: %d %s; order %s, transaction %s, payment_complete() calls %d\n", $title, $status, $text,
		$order->get_status(), $order->get_transaction_id() === '' ? '-' : str_replace($order->get_meta(WC_Gateway_CryptoInvoice::META_INVOICE), '<uuid>', $order->get_transaction_id()),
		$order->payment_completes);
	show_log();
}
callback('in progress', signed(['uuid' => $uuid, 'status' => 'process', 'is_final' => false]));
callback('paid', signed(['uuid' => $uuid, 'status' => 'paid', 'is_final' => true]));
callback('paid, resent', signed(['uuid' => $uuid, 'status' => 'paid', 'is_final' => true]));
callback('forged', str_replace('"process"', '"paid"', signed(['uuid' => $uuid, 'status' => 'process', 'is_final' => true])));
callback('signed with another key', signed(['uuid' => $uuid, 'status' => 'paid', 'is_final' => true], 'guessed'));
callback('genuine, but no order made this invoice', signed(['uuid' => '00000000-0000-4000-8000-000000000001', 'status' => 'paid', 'is_final' => true]));
callback('genuine wallet deposit naming the order: not an invoice', signed(['type' => 'wallet', 'uuid' => $uuid, 'status' => 'paid', 'is_final' => true]));
echo str_replace($uuid, '<uuid>', implode("\n", $order->notes)), "\n";

echo "-- CryptoCloud without its secret key: a setup mistake, 500 (not a 400 like a forgery)\n";
update_option('woocommerce_cryptoinvoice_settings', ['provider' => 'cryptocloud', 'cryptocloud_shop_id' => CI_TEST_CRYPTOCLOUD_SHOP,
	'cryptocloud_api_key' => CI_TEST_CRYPTOCLOUD_KEY, 'cryptocloud_secret_key' => ' '] + get_option('woocommerce_cryptoinvoice_settings'));
var_dump((new WC_Gateway_CryptoInvoice())->process_webhook('{"status":"success","invoice_id":"89UX09KA","token":"x.y.z"}'));
show_log();
echo "-- CryptoCloud with the API key in the secret key field: the same setup mistake\n";
update_option('woocommerce_cryptoinvoice_settings', ['cryptocloud_secret_key' => CI_TEST_CRYPTOCLOUD_KEY] + get_option('woocommerce_cryptoinvoice_settings'));
var_dump((new WC_Gateway_CryptoInvoice())->process_webhook('{"status":"success","invoice_id":"89UX09KA","token":"x.y.z"}'));
show_log();

echo "-- the hooked handler ends the request with its own status\n";
register_shutdown_function(static function (): void {
	echo "\nstatus sent: {$GLOBALS['wp_stub']['status']}\n";
	show_log();
});
do_action('woocommerce_api_cryptoinvoice'); /* a CLI php://input is empty: a malformed callback */
echo "not reached\n";
?>
--EXPECT--
-- the plugin registers the gateway
array(1) {
  [0]=>
  string(24) "WC_Gateway_CryptoInvoice"
}
-- the settings form
cryptoinvoice: Crypto (CryptoInvoice)
  enabled                   checkbox  
  title                     text      
  description               textarea  
  provider                  select    cryptomus|cryptocloud|onchainpay|bitsby|heleket
  cryptomus_merchant_id     text      
  cryptomus_api_key         password  
  cryptocloud_shop_id       text      
  cryptocloud_api_key       password  
  cryptocloud_secret_key    password  
  onchainpay_public_key     text      
  onchainpay_private_key    password  
  bitsby_project_id         text      
  bitsby_api_token          password  
  heleket_merchant_id       text      
  heleket_api_key           password  
  testmode                  checkbox  
  base_url                  text      
  callback_note             title     
Cryptomus, Heleket and OnChainPay are told with each invoice. For CryptoCloud and Bitsby, enter https://shop.example/wc-api/cryptoinvoice/ in the project settings of their dashboard.
bool(true)
bool(true)
bool(false)
bool(true)
string(14) "Cryptocurrency"
-- process_payment
bool(true)
string(9) "cryptomus"
int(1)
/v1/payment {"amount":"15.00","currency":"USD","order_id":"1042","url_return":"https://shop.example/checkout/order-received/101/?key=wc_order_k3y","url_callback":"https://shop.example/wc-api/cryptoinvoice/"}
array(0) {
}
string(7) "pending"
-- process_payment: the provider refuses the currency
array(1) {
  ["result"]=>
  string(7) "failure"
}
array(1) {
  [0]=>
  array(2) {
    [0]=>
    string(5) "error"
    [1]=>
    string(92) "The crypto payment could not be started. Please try again, or choose another payment method."
  }
}
array(1) {
  [0]=>
  string(108) "Crypto invoice not created: Cryptomus refused the request (HTTP 422): The currency was not found (1 attempt)"
}
string(0) ""
int(0)
log error: Invoice for order 102 not created: Cryptomus refused the request (HTTP 422): The currency was not found (1 attempt) (cryptoinvoice)
-- a gateway without its API key is not offered, and cannot take a payment
bool(false)
string(7) "failure"
string(5) "error"
string(90) "Crypto invoice not created: Cryptomus: config key api_key is required and must be a string"
log error: Invoice for order 103 not created: Cryptomus: config key api_key is required and must be a string (cryptoinvoice)
-- callbacks
in progress: 200 ok; order pending, transaction -, payment_complete() calls 0
paid: 200 ok; order processing, transaction <uuid>, payment_complete() calls 1
paid, resent: 200 ok; order processing, transaction <uuid>, payment_complete() calls 1
forged: 400 invalid callback; order processing, transaction <uuid>, payment_complete() calls 1
log warning: Callback refused: Cryptomus webhook signature check failed: the body was not signed with this merchant's API key or was changed (cryptoinvoice)
signed with another key: 400 invalid callback; order processing, transaction <uuid>, payment_complete() calls 1
log warning: Callback refused: Cryptomus webhook signature check failed: the body was not signed with this merchant's API key or was changed (cryptoinvoice)
genuine, but no order made this invoice: 404 unknown invoice; order processing, transaction <uuid>, payment_complete() calls 1
log warning: Callback for cryptomus invoice 00000000-0000-4000-8000-000000000001, which no order made (cryptoinvoice)
genuine wallet deposit naming the order: not an invoice: 200 ok; order processing, transaction <uuid>, payment_complete() calls 1
Crypto payment confirmed by cryptomus: invoice <uuid>, 15.00 USD (paid).
-- CryptoCloud without its secret key: a setup mistake, 500 (not a 400 like a forgery)
array(2) {
  [0]=>
  int(500)
  [1]=>
  string(14) "not configured"
}
log critical: Callbacks cannot be verified, check the payment settings: CryptoCloud postback cannot be verified: this gateway has no secret_key option. This is a configuration problem, not a forged callback: set the secret_key option to the project's SECRET KEY (project settings in the CryptoCloud dashboard; it is not the API key) (cryptoinvoice)
-- CryptoCloud with the API key in the secret key field: the same setup mistake
array(2) {
  [0]=>
  int(500)
  [1]=>
  string(14) "not configured"
}
log critical: Callbacks cannot be verified, check the payment settings: CryptoCloud postback cannot be verified: its secret_key option holds the API key. This is a configuration problem, not a forged callback: set the secret_key option to the project's SECRET KEY (project settings in the CryptoCloud dashboard; it is not the API key) (cryptoinvoice)
-- the hooked handler ends the request with its own status
[status_header 400]
invalid callback
status sent: 400
log warning: Callback refused: Cryptomus webhook is malformed: the body is not a JSON object (cryptoinvoice)
