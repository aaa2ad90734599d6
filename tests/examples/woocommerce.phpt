--TEST--
examples/woocommerce: settings, process_payment (and a lost create answer) against the emulator, a refused payment, the callback handler, refunds and cancellations
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
require __DIR__ . '/../inc/woocommerce_stubs.inc';
require __DIR__ . '/../inc/emulator/control.inc';
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

/* The ids this test has seen, printed as names; the provider requests since the last call. */
$names = [$uuid => '<uuid>'];
function named(string $text): string
{
	/* CryptoCloud's list takes days (dd.mm.yyyy): today's, or yesterday's just after midnight. */
	return preg_replace(['/127\.0\.0\.1:\d+/', '/"\d\d\.\d\d\.\d{4}"/'], ['127.0.0.1:PORT', '"<day>"'], strtr($text, $GLOBALS['names']));
}
function requests(string $base, bool $print = true): void
{
	static $seen = 0;
	$log = ci_emulator_log($base);
	foreach ($print ? array_slice($log, $seen) : [] as $r) {
		echo '  sent: ', $r['path'], $r['scenario'] === 'ok' ? '' : " [{$r['scenario']}]", ' ', named($r['body']), "\n";
	}
	$seen = count($log);
}
/** The shop owner saves these settings; the next request's gateway. */
function settings(array $changes): WC_Gateway_CryptoInvoice
{
	update_option('woocommerce_cryptoinvoice_settings', $changes + get_option('woocommerce_cryptoinvoice_settings'));
	$GLOBALS['wp_stub']['gateways'] = null;
	return new WC_Gateway_CryptoInvoice();
}
/** A checkout of a new order; its invoice is named after it. */
function checkout(WC_Gateway_CryptoInvoice $gw, int $id, string $total): WC_Order
{
	$order = new WC_Order($id, $total, 'USD');
	$result = $gw->process_payment($id);
	$invoice = $order->get_meta(WC_Gateway_CryptoInvoice::META_INVOICE);
	if ($invoice !== '') {
		$GLOBALS['names'][$invoice] = "<inv$id>";
	}
	if (str_starts_with($invoice, 'INV-')) {
		$GLOBALS['names'][substr($invoice, 4)] = "<inv$id>";
	}
	echo "order $id: ", $result['result'], ' ', named($result['redirect'] ?? '-'), "\n";
	return $order;
}
function refund(WC_Gateway_CryptoInvoice $gw, int $id, ?string $amount, string $reason): void
{
	$result = $gw->process_refund($id, $amount, $reason);
	$order = wc_get_order($id);
	printf("refund %d (%s, \"%s\"): %s; meta %s\n", $id, $amount ?? 'null', $reason,
		is_wp_error($result) ? 'WP_Error ' . named($result->get_error_message()) : var_export($result, true),
		var_export($order->get_meta(WC_Gateway_CryptoInvoice::META_REFUND), true));
	show_log_named();
}
function notes(WC_Order $order): void
{
	static $shown = [];
	foreach (array_slice($order->notes, $shown[$order->get_id()] ?? 0) as $note) {
		echo "  note {$order->get_id()}: ", named($note), "\n";
	}
	$shown[$order->get_id()] = count($order->notes);
}
function show_log_named(): void
{
	foreach ($GLOBALS['wp_stub']['log'] as $line) {
		echo 'log ', named($line), "\n";
	}
	$GLOBALS['wp_stub']['log'] = [];
}
notes($order);
requests($base, false);
const ADDRESS = 'TQrZ9wBzUkYx4Hh1mZcWfYJc8mS3a7vVxN';

echo "-- refunds (Cryptomus): offered, and only for an order with an invoice and no refund sent\n";
$gateway = settings(['cryptomus_api_key' => CI_TEST_CRYPTOMUS_KEY]);
var_dump($gateway->supports, $gateway->can_refund_order($order), $gateway->can_refund_order($bad));
refund($gateway, 101, '15.00', 'customer returned the goods');
refund($gateway, 101, '5.00', ADDRESS . ' partial');
echo "the provider refuses (its invoice is not paid): nothing was paid out, the order can be refunded again\n";
refund($gateway, 101, '15.00', ADDRESS . ' customer returned the goods');
requests($base);
ci_emulator_set_status($base, 'cryptomus', $uuid, 'paid');
refund($gateway, 101, '15', ADDRESS . ' customer returned the goods');
requests($base);
echo "a second click: nothing sent\n";
refund($gateway, 101, '15.00', ADDRESS);
var_dump($gateway->can_refund_order($order));
requests($base);
notes($order);

echo "-- a refund whose outcome is unknown (the provider answers 503): the address from the order's field, sent once, never again\n";
$order104 = checkout($gateway, 104, '20.00');
ci_emulator_set_status($base, 'cryptomus', $order104->get_meta(WC_Gateway_CryptoInvoice::META_INVOICE), 'paid');
$order104->update_meta_data(WC_Gateway_CryptoInvoice::META_REFUND_ADDRESS, 'TXa1B2c3D4e5F6g7H8i9J0kLmNoPqRsTuV');
$order104->save();
refund(settings(['base_url' => "$base/_s/status503"]), 104, '20.00', 'duplicate order');
refund(settings(['base_url' => $base]), 104, '20.00', 'duplicate order');
requests($base);
notes($order104);

echo "-- Heleket refunds need the payout key\n";
$heleket = settings(['provider' => 'heleket', 'heleket_merchant_id' => CI_TEST_HELEKET_MERCHANT, 'heleket_api_key' => CI_TEST_HELEKET_KEY,
	'base_url' => $base . emu_providers()['heleket']::MOUNT]);
var_dump($heleket->supports);
$order105 = checkout($heleket, 105, '30.00');
ci_emulator_set_status($base, 'heleket', $order105->get_meta(WC_Gateway_CryptoInvoice::META_INVOICE), 'paid');
refund($heleket, 105, '30.00', ADDRESS);
refund(settings(['heleket_payout_key' => CI_TEST_HELEKET_PAYOUT_KEY]), 105, '30.00', ADDRESS);
requests($base);
notes($order105);

echo "-- CryptoCloud: no refunds through its API\n";
$cryptocloud = settings(['provider' => 'cryptocloud', 'cryptocloud_shop_id' => CI_TEST_CRYPTOCLOUD_SHOP,
	'cryptocloud_api_key' => CI_TEST_CRYPTOCLOUD_KEY, 'cryptocloud_secret_key' => CI_TEST_CRYPTOCLOUD_SECRET, 'base_url' => $base]);
var_dump($cryptocloud->supports);

echo "-- cancelled orders cancel their invoice where the provider can (CryptoCloud)\n";
$order106 = checkout($cryptocloud, 106, '8.00');
$order107 = checkout($cryptocloud, 107, '9.00');
requests($base);
$order106->update_status('cancelled', 'Unpaid order cancelled - time limit reached.');
requests($base);
notes($order106);
echo "order 107's invoice is paid (its callback has not come yet): CryptoCloud keeps it\n";
ci_emulator_set_status($base, 'cryptocloud', $order107->get_meta(WC_Gateway_CryptoInvoice::META_INVOICE), 'paid');
$order107->update_status('cancelled', 'Order cancelled by customer.');
requests($base);
notes($order107);
show_log_named();
echo "and refunds it from its dashboard only\n";
refund($cryptocloud, 107, '9.00', ADDRESS);
requests($base);
echo "a paid order, and an order paid another way: nothing sent\n";
$order->update_status('cancelled');
$bacs = new WC_Order(109, '4.00', 'USD', 'on-hold', null, 'bacs');
$bacs->update_status('cancelled');
requests($base);
notes($order);
notes($bacs);
echo "-- Cryptomus cannot cancel invoices: a note, nothing sent\n";
$cryptomus = settings(['provider' => 'cryptomus']);
$order108 = checkout($cryptomus, 108, '6.00');
requests($base, false);
$order108->update_status('cancelled');
requests($base);
notes($order108);
echo "a payment still arrives: WooCommerce completes the cancelled order, and the note says to check stock\n";
$paid108 = signed(['uuid' => $order108->get_meta(WC_Gateway_CryptoInvoice::META_INVOICE), 'order_id' => '108', 'amount' => '6.00',
	'payment_amount' => '6.00', 'status' => 'paid', 'is_final' => true]);
echo implode(' ', $cryptomus->process_webhook($paid108)), '; order 108 ', $order108->get_status(), "\n";
notes($order108);

echo "-- a lost create answer (CryptoCloud, scenario lostx1): found by order number, not created twice\n";
/* Orders 106 and 107's invoices made days ago (the scan looks back ten minutes), by the test's clock. */
foreach ([$order106, $order107] as $o) {
	ci_emulator_set_created($base, 'cryptocloud', $o->get_meta(WC_Gateway_CryptoInvoice::META_INVOICE), time() - 3 * 86400);
}
$lost = settings(['provider' => 'cryptocloud', 'base_url' => "$base/_s/lostx1"]);
$order110 = checkout($lost, 110, '12.00');
show_log_named();
requests($base);
echo 'CryptoCloud invoices for order 110: ', count(array_filter(ci_emulator_invoices($base, 'cryptocloud'),
	static fn (array $i): bool => ($i['order_id'] ?? null) === '110')), "\n";
settings(['provider' => 'cryptomus', 'base_url' => $base]);

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
  heleket_payout_key        password  
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
  note 101: Crypto payment confirmed by cryptomus: invoice <uuid>, 15.00 USD (paid).
-- refunds (Cryptomus): offered, and only for an order with an invoice and no refund sent
array(2) {
  [0]=>
  string(8) "products"
  [1]=>
  string(7) "refunds"
}
bool(true)
bool(false)
refund 101 (15.00, "customer returned the goods"): WP_Error Enter the customer's wallet address (for the coin and network they paid with) as the first word of the refund reason, or in the order's _cryptoinvoice_refund_address custom field.; meta ''
refund 101 (5.00, "TQrZ9wBzUkYx4Hh1mZcWfYJc8mS3a7vVxN partial"): WP_Error Crypto refunds return the whole payment: refund 15.00 USD, or refund part of it from the provider's dashboard and record it here manually.; meta ''
the provider refuses (its invoice is not paid): nothing was paid out, the order can be refunded again
refund 101 (15.00, "TQrZ9wBzUkYx4Hh1mZcWfYJc8mS3a7vVxN customer returned the goods"): WP_Error The refund was refused: Cryptomus refused the request (HTTP 422): The payment cannot be refunded (1 attempt); meta ''
log warning: Refund of invoice <uuid> refused: Cryptomus refused the request (HTTP 422): The payment cannot be refunded (1 attempt) (cryptoinvoice)
  sent: /v1/payment/refund {"uuid":"<uuid>","address":"TQrZ9wBzUkYx4Hh1mZcWfYJc8mS3a7vVxN","is_subtract":true}
refund 101 (15, "TQrZ9wBzUkYx4Hh1mZcWfYJc8mS3a7vVxN customer returned the goods"): true; meta 'sent to TQrZ9wBzUkYx4Hh1mZcWfYJc8mS3a7vVxN'
  sent: /v1/payment/refund {"uuid":"<uuid>","address":"TQrZ9wBzUkYx4Hh1mZcWfYJc8mS3a7vVxN","is_subtract":true}
a second click: nothing sent
refund 101 (15.00, "TQrZ9wBzUkYx4Hh1mZcWfYJc8mS3a7vVxN"): WP_Error A refund of crypto invoice <uuid> was already sent (sent to TQrZ9wBzUkYx4Hh1mZcWfYJc8mS3a7vVxN), and a refund is never sent twice. Check the provider's dashboard; to send another anyway, delete the order's _cryptoinvoice_refund custom field.; meta 'sent to TQrZ9wBzUkYx4Hh1mZcWfYJc8mS3a7vVxN'
bool(false)
  note 101: Crypto refund of invoice <uuid> sent to TQrZ9wBzUkYx4Hh1mZcWfYJc8mS3a7vVxN: Cryptomus pays it out.
-- a refund whose outcome is unknown (the provider answers 503): the address from the order's field, sent once, never again
order 104: success https://pay.cryptomus.com/pay/<inv104>
refund 104 (20.00, "duplicate order"): WP_Error The refund may have been made: check the provider's dashboard. It will not be sent again from here.; meta 'outcome unknown, to TXa1B2c3D4e5F6g7H8i9J0kLmNoPqRsTuV'
log error: Refund of invoice <inv104>: outcome unknown: Cryptomus failed on its side (HTTP 503): Service unavailable; the refund may have been made all the same: look the invoice up before refunding it again (1 attempt) (cryptoinvoice)
refund 104 (20.00, "duplicate order"): WP_Error A refund of crypto invoice <inv104> was already sent (outcome unknown, to TXa1B2c3D4e5F6g7H8i9J0kLmNoPqRsTuV), and a refund is never sent twice. Check the provider's dashboard; to send another anyway, delete the order's _cryptoinvoice_refund custom field.; meta 'outcome unknown, to TXa1B2c3D4e5F6g7H8i9J0kLmNoPqRsTuV'
  sent: /v1/payment {"amount":"20.00","currency":"USD","order_id":"104","url_return":"https://shop.example/checkout/order-received/104/?key=wc_order_k3y","url_callback":"https://shop.example/wc-api/cryptoinvoice/"}
  sent: /v1/payment/refund [status503] {"uuid":"<inv104>","address":"TXa1B2c3D4e5F6g7H8i9J0kLmNoPqRsTuV","is_subtract":true}
  note 104: Crypto refund of invoice <inv104> to TXa1B2c3D4e5F6g7H8i9J0kLmNoPqRsTuV: the outcome is unknown (Cryptomus failed on its side (HTTP 503): Service unavailable; the refund may have been made all the same: look the invoice up before refunding it again (1 attempt)). It will not be sent again from here: check the provider's dashboard.
-- Heleket refunds need the payout key
array(2) {
  [0]=>
  string(8) "products"
  [1]=>
  string(7) "refunds"
}
order 105: success https://pay.heleket.com/pay/<inv105>
refund 105 (30.00, "TQrZ9wBzUkYx4Hh1mZcWfYJc8mS3a7vVxN"): WP_Error The refund was refused: Heleket: refunds are signed with the payout API key: give it as the option payout_key (the payment API key does not sign them); nothing was sent; meta ''
log warning: Refund of invoice <inv105> refused: Heleket: refunds are signed with the payout API key: give it as the option payout_key (the payment API key does not sign them); nothing was sent (cryptoinvoice)
refund 105 (30.00, "TQrZ9wBzUkYx4Hh1mZcWfYJc8mS3a7vVxN"): true; meta 'sent to TQrZ9wBzUkYx4Hh1mZcWfYJc8mS3a7vVxN'
  sent: /heleket/v1/payment {"amount":"30.00","currency":"USD","order_id":"105","url_return":"https://shop.example/checkout/order-received/105/?key=wc_order_k3y","url_callback":"https://shop.example/wc-api/cryptoinvoice/"}
  sent: /heleket/v1/payment/refund {"uuid":"<inv105>","address":"TQrZ9wBzUkYx4Hh1mZcWfYJc8mS3a7vVxN","is_subtract":true}
  note 105: Crypto refund of invoice <inv105> sent to TQrZ9wBzUkYx4Hh1mZcWfYJc8mS3a7vVxN: Heleket pays it out.
-- CryptoCloud: no refunds through its API
array(1) {
  [0]=>
  string(8) "products"
}
-- cancelled orders cancel their invoice where the provider can (CryptoCloud)
order 106: success https://pay.cryptocloud.plus/<inv106>
order 107: success https://pay.cryptocloud.plus/<inv107>
  sent: /v2/invoice/create {"shop_id":"NGpD44KXRdQ","amount":8.00,"currency":"USD","order_id":"106"}
  sent: /v2/invoice/create {"shop_id":"NGpD44KXRdQ","amount":9.00,"currency":"USD","order_id":"107"}
  sent: /v2/invoice/merchant/canceled {"uuid":"<inv106>"}
  sent: /v2/invoice/merchant/info {"uuids":["<inv106>"]}
  note 106: Unpaid order cancelled - time limit reached. Order status changed from pending to cancelled.
  note 106: Crypto invoice <inv106> cancelled at CryptoCloud.
order 107's invoice is paid (its callback has not come yet): CryptoCloud keeps it
  sent: /v2/invoice/merchant/canceled {"uuid":"<inv107>"}
  note 107: Order cancelled by customer. Order status changed from pending to cancelled.
  note 107: Crypto invoice <inv107> was not cancelled: CryptoCloud refused the request (HTTP 400): Invoice is not created (1 attempt)
log warning: Invoice <inv107> of cancelled order 107 not cancelled: CryptoCloud refused the request (HTTP 400): Invoice is not created (1 attempt) (cryptoinvoice)
and refunds it from its dashboard only
refund 107 (9.00, "TQrZ9wBzUkYx4Hh1mZcWfYJc8mS3a7vVxN"): WP_Error This payment cannot be refunded through CryptoCloud: refund it from the provider's dashboard, then record the refund here manually.; meta ''
a paid order, and an order paid another way: nothing sent
  note 101: Order status changed from processing to cancelled.
  note 109: Order status changed from on-hold to cancelled.
-- Cryptomus cannot cancel invoices: a note, nothing sent
order 108: success https://pay.cryptomus.com/pay/<inv108>
  note 108: Order status changed from pending to cancelled.
  note 108: Crypto invoice <inv108> was not cancelled: Cryptomus cannot cancel invoices through its API; it expires on its own.
a payment still arrives: WooCommerce completes the cancelled order, and the note says to check stock
200 ok; order 108 processing
  note 108: Crypto payment confirmed by cryptomus: invoice <inv108>, 6.00 USD (paid). The order had been cancelled: check its stock before shipping.
-- a lost create answer (CryptoCloud, scenario lostx1): found by order number, not created twice
order 110: success https://pay.cryptocloud.plus/<inv110>
log warning: The answer to the invoice for order 110 was lost (CryptoCloud: http://127.0.0.1:PORT/_s/lostx1/v2/invoice/create failed: Server returned nothing (no headers, no data) (Empty reply from server); the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)); found invoice <inv110> by the order number (cryptoinvoice)
  sent: /v2/invoice/create [lostx1] {"shop_id":"NGpD44KXRdQ","amount":12.00,"currency":"USD","order_id":"110"}
  sent: /v2/invoice/merchant/list [lostx1] {"start":"<day>","end":"<day>","offset":0,"limit":50}
  sent: /v2/invoice/merchant/info [lostx1] {"uuids":["<inv110>"]}
CryptoCloud invoices for order 110: 1
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
