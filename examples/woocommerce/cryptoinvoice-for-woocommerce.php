<?php
/**
 * Plugin Name:          CryptoInvoice for WooCommerce
 * Description:          Crypto payments with Cryptomus, CryptoCloud, OnChainPay, Bitsby or Heleket, through the cryptoinvoice PHP extension.
 * Version:              0.1.0
 * Requires PHP:         8.2
 * WC requires at least: 7.0
 * License:              MIT
 *
 * Install: copy this directory to wp-content/plugins/cryptoinvoice-for-woocommerce/, enable the
 * extension for the web server's PHP (extension=cryptoinvoice), activate the plugin, then fill in
 * WooCommerce > Settings > Payments > Crypto (CryptoInvoice).
 */

defined('ABSPATH') || exit;

/* Only CRUD methods of WC_Order and wc_get_orders() touch orders: fine with HPOS order tables. */
add_action('before_woocommerce_init', static function (): void {
	if (class_exists(\Automattic\WooCommerce\Utilities\FeaturesUtil::class)) {
		\Automattic\WooCommerce\Utilities\FeaturesUtil::declare_compatibility('custom_order_tables', __FILE__, true);
	}
});

add_action('plugins_loaded', static function (): void {
	if (!class_exists('WC_Payment_Gateway')) {
		return; // WooCommerce is not active
	}
	if (!extension_loaded('cryptoinvoice')) {
		add_action('admin_notices', static function (): void {
			echo '<div class="notice notice-error"><p>',
				esc_html__('CryptoInvoice for WooCommerce needs the cryptoinvoice PHP extension (extension=cryptoinvoice) in the web server\'s PHP.', 'cryptoinvoice'),
				'</p></div>';
		});
		return;
	}
	require_once __DIR__ . '/class-wc-gateway-cryptoinvoice.php';
	add_filter('woocommerce_payment_gateways', static function (array $gateways): array {
		$gateways[] = WC_Gateway_CryptoInvoice::class;
		return $gateways;
	});
	/* Here rather than in the gateway's constructor: orders are cancelled where WooCommerce has
	 * not loaded the payment gateways (the unpaid-orders cron, the REST API, the admin screen). */
	add_action('woocommerce_order_status_cancelled', static function ($order_id, $order = null): void {
		$gateway = WC()->payment_gateways()->payment_gateways()['cryptoinvoice'] ?? null;
		if ($gateway instanceof WC_Gateway_CryptoInvoice) {
			$gateway->cancel_invoice($order instanceof WC_Order ? $order : wc_get_order($order_id));
		}
	}, 10, 2);
});
