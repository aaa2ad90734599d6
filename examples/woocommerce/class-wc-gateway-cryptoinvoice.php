<?php
/**
 * WooCommerce payment gateway on the cryptoinvoice extension: one gateway, four providers
 * (Cryptomus, CryptoCloud, OnChainPay, Bitsby, Heleket), chosen in its settings.
 *
 * Checkout: process_payment() creates the invoice, keeps its provider and id in the order's
 * meta and sends the customer to the provider's payment page.
 * Callback: the provider calls WC()->api_request_url('cryptoinvoice')
 * (https://shop.example/wc-api/cryptoinvoice/), handle_webhook() verifies it with parseWebhook()
 * and completes the order that owns that (provider, invoice id), once.
 */

defined('ABSPATH') || exit;

use CryptoInvoice\Exception as CryptoInvoiceException;
use CryptoInvoice\Gateway;
use CryptoInvoice\Gateways;
use CryptoInvoice\Invoice;
use CryptoInvoice\Status;
use CryptoInvoice\WebhookException;

class WC_Gateway_CryptoInvoice extends WC_Payment_Gateway
{
	/** Order meta: which provider made the order's invoice, and the invoice's id there. */
	public const META_PROVIDER = '_cryptoinvoice_provider';
	public const META_INVOICE = '_cryptoinvoice_invoice_id';

	/** provider => [title, credential config key => label]; the keys are Gateways::create()'s. */
	private const PROVIDERS = [
		'cryptomus' => ['Cryptomus', ['merchant_id' => 'Merchant ID', 'api_key' => 'Payment API key']],
		'cryptocloud' => ['CryptoCloud', ['shop_id' => 'Shop ID', 'api_key' => 'API key', 'secret_key' => 'Secret key (signs postbacks)']],
		'onchainpay' => ['OnChainPay', ['public_key' => 'Public key', 'private_key' => 'Private key']],
		'bitsby' => ['Bitsby', ['project_id' => 'Project ID', 'api_token' => 'API token']],
		'heleket' => ['Heleket', ['merchant_id' => 'Merchant ID', 'api_key' => 'Payment API key']],
	];
	/** Credentials shown as password fields. */
	private const SECRETS = ['api_key', 'secret_key', 'private_key', 'api_token'];

	private ?Gateway $gateway = null;

	public function __construct()
	{
		$this->id = 'cryptoinvoice';
		$this->method_title = __('Crypto (CryptoInvoice)', 'cryptoinvoice');
		$this->method_description = __('Cryptocurrency payments through Cryptomus, CryptoCloud, OnChainPay, Bitsby or Heleket. The customer pays on the provider\'s page; the order is completed when the provider\'s callback confirms the payment.', 'cryptoinvoice');
		$this->has_fields = false;
		$this->supports = ['products'];

		$this->init_form_fields();
		$this->init_settings();
		$this->title = $this->get_option('title');
		$this->description = $this->get_option('description');

		add_action('woocommerce_update_options_payment_gateways_' . $this->id, [$this, 'process_admin_options']);
		add_action('woocommerce_api_' . $this->id, [$this, 'handle_webhook']);
	}

	public function init_form_fields()
	{
		$fields = [
			'enabled' => [
				'title' => __('Enable/Disable', 'cryptoinvoice'),
				'type' => 'checkbox',
				'label' => __('Accept cryptocurrency payments', 'cryptoinvoice'),
				'default' => 'no',
			],
			'title' => [
				'title' => __('Title', 'cryptoinvoice'),
				'type' => 'text',
				'description' => __('What the customer sees at checkout.', 'cryptoinvoice'),
				'default' => __('Cryptocurrency', 'cryptoinvoice'),
				'desc_tip' => true,
			],
			'description' => [
				'title' => __('Description', 'cryptoinvoice'),
				'type' => 'textarea',
				'default' => __('Pay with Bitcoin, USDT and other cryptocurrencies on the next page.', 'cryptoinvoice'),
			],
			'provider' => [
				'title' => __('Provider', 'cryptoinvoice'),
				'type' => 'select',
				'options' => array_map(static fn (array $p): string => $p[0], self::PROVIDERS),
				'default' => 'cryptomus',
				'description' => __('Only the chosen provider\'s credentials below are used.', 'cryptoinvoice'),
			],
		];
		foreach (self::PROVIDERS as $provider => [$title, $credentials]) {
			foreach ($credentials as $key => $label) {
				$fields["{$provider}_{$key}"] = [
					'title' => $title . ': ' . __($label, 'cryptoinvoice'),
					'type' => in_array($key, self::SECRETS, true) ? 'password' : 'text',
					'default' => '',
				];
			}
		}
		$fields['testmode'] = [
			'title' => __('Test mode', 'cryptoinvoice'),
			'type' => 'checkbox',
			'label' => __('Send requests to the test endpoint below instead of the provider\'s production API', 'cryptoinvoice'),
			'default' => 'no',
		];
		$fields['base_url'] = [
			'title' => __('Test endpoint', 'cryptoinvoice'),
			'type' => 'text',
			'description' => __('Base URL used in test mode: a provider sandbox, or the extension\'s bundled emulator (http://127.0.0.1:PORT).', 'cryptoinvoice'),
			'default' => '',
		];
		$fields['callback_note'] = [
			'title' => __('Callback URL', 'cryptoinvoice'),
			'type' => 'title',
			'description' => sprintf(
				/* translators: %s: the shop's callback URL */
				__('Cryptomus, Heleket and OnChainPay are told with each invoice. For CryptoCloud and Bitsby, enter %s in the project settings of their dashboard.', 'cryptoinvoice'),
				WC()->api_request_url($this->id)
			),
		];
		$this->form_fields = $fields;
	}

	/** Saves the settings form; the next use builds the gateway from the new settings. */
	public function process_admin_options()
	{
		$saved = parent::process_admin_options();
		$this->gateway = null;
		return $saved;
	}

	/** Offered at checkout only when enabled and the settings make a valid gateway. */
	public function is_available()
	{
		if (!parent::is_available()) {
			return false;
		}
		try {
			$this->gateway();
			return true;
		} catch (CryptoInvoiceException $e) {
			return false;
		}
	}

	/** @return array{result: string, redirect?: string} */
	public function process_payment($order_id)
	{
		$order = wc_get_order($order_id);
		try {
			$invoice = $this->gateway()->createInvoice([
				/* WooCommerce keeps totals as decimal strings; the extension never rounds them through a float */
				'amount' => $order->get_total(),
				'currency' => $order->get_currency(),
				/* Cryptomus answers a repeated order_id with the invoice it already made: paying
				 * again after a failed redirect does not invoice the order twice. */
				'order_id' => (string) $order->get_order_number(),
				'return_url' => $this->get_return_url($order),
				'callback_url' => WC()->api_request_url($this->id),
			]);
		} catch (CryptoInvoiceException $e) {
			/* The details (never a key: the extension keeps them out of messages) are for the
			 * shop owner; the customer gets a sentence they can act on. */
			$order->add_order_note(sprintf(__('Crypto invoice not created: %s', 'cryptoinvoice'), $e->getMessage()));
			wc_get_logger()->error('Invoice for order ' . $order->get_id() . ' not created: ' . $e->getMessage(), ['source' => $this->id]);
			wc_add_notice(__('The crypto payment could not be started. Please try again, or choose another payment method.', 'cryptoinvoice'), 'error');
			return ['result' => 'failure'];
		}

		$order->update_meta_data(self::META_PROVIDER, $invoice->provider);
		$order->update_meta_data(self::META_INVOICE, $invoice->id);
		$order->save();

		return ['result' => 'success', 'redirect' => $invoice->url];
	}

	/** woocommerce_api_cryptoinvoice: answers the provider's callback and ends the request. */
	public function handle_webhook()
	{
		$headers = function_exists('getallheaders') ? (array) getallheaders() : [];
		[$status, $text] = $this->process_webhook((string) file_get_contents('php://input'), $headers);
		/* Here, not after returning: WooCommerce would answer 200 to anything once the action returns. */
		status_header($status);
		if (!headers_sent()) {
			header('Content-Type: text/plain; charset=utf-8');
		}
		echo $text;
		exit;
	}

	/**
	 * The callback's outcome as [HTTP status, text]:
	 *   200 handled, or nothing to do yet, or genuine but not about an invoice (a Cryptomus
	 *   static-wallet deposit or payout); 400 forged, tampered, expired or malformed, or about an
	 *   invoice the provider does not know; 404 genuine but about an invoice no order here made;
	 *   503 the confirming lookup failed (OnChainPay, Bitsby and CryptoCloud callbacks are
	 *   confirmed by asking the provider); 500 these settings cannot verify any callback
	 *   (CryptoCloud without its secret key, or with the API key in its place).
	 * Anything but 200 makes the provider send the callback again later.
	 *
	 * @return array{0: int, 1: string}
	 */
	public function process_webhook(string $body, array $headers = []): array
	{
		try {
			$invoice = $this->gateway()->parseWebhook($body, $headers);
		} catch (WebhookException $e) {
			switch ($e->getCode()) {
				case WebhookException::NOT_AN_INVOICE:
					/* Genuine, but a wallet deposit or a payout: no order to complete. */
					return [200, 'ok'];
				case WebhookException::CONFIGURATION:
					/* These settings cannot verify any callback (the message says which one is
					 * wrong): a setup mistake, not a forgery, so say so where the shop owner looks. */
					wc_get_logger()->critical('Callbacks cannot be verified, check the payment settings: ' . $e->getMessage(), ['source' => $this->id]);
					return [500, 'not configured'];
				default: /* WebhookException::REFUSED */
					wc_get_logger()->warning('Callback refused: ' . $e->getMessage(), ['source' => $this->id]);
					return [400, 'invalid callback'];
			}
		} catch (CryptoInvoiceException $e) {
			wc_get_logger()->warning('Callback not confirmed: ' . $e->getMessage(), ['source' => $this->id]);
			return [503, 'try again later'];
		}

		$order = $this->find_order($invoice);
		if ($order === null) {
			wc_get_logger()->warning("Callback for {$invoice->provider} invoice {$invoice->id}, which no order made", ['source' => $this->id]);
			return [404, 'unknown invoice'];
		}

		/* Once per (provider, invoice id): the order that made this invoice is completed the
		 * first time a paid callback arrives; resent callbacks find it paid and change nothing.
		 * (payment_complete() itself also refuses orders that are no longer pending, on-hold,
		 * failed or cancelled.) WordPress has no row lock, so two identical callbacks in the same
		 * instant could both get past is_paid(); providers resend after a timeout, not at once. */
		if (in_array($invoice->status, [Status::Paid, Status::Overpaid], true) && !$order->is_paid()) {
			$order->add_order_note(sprintf(
				/* translators: 1: provider, 2: invoice id, 3: amount, 4: currency, 5: provider's status */
				__('Crypto payment confirmed by %1$s: invoice %2$s, %3$s %4$s (%5$s).', 'cryptoinvoice'),
				$invoice->provider,
				$invoice->id,
				$invoice->amount,
				$invoice->currency,
				$invoice->providerStatus
			));
			$order->payment_complete($invoice->id);
		}
		return [200, 'ok'];
	}

	/** The order whose meta holds this provider's invoice id, or null. */
	private function find_order(Invoice $invoice): ?WC_Order
	{
		$orders = wc_get_orders([
			'limit' => 1,
			'meta_key' => self::META_INVOICE,
			'meta_value' => $invoice->id,
		]);
		$order = $orders[0] ?? null;
		return $order instanceof WC_Order && $order->get_meta(self::META_PROVIDER) === $invoice->provider ? $order : null;
	}

	/** Built from the settings on first use; strict => false lets one parameter array serve all four providers. */
	private function gateway(): Gateway
	{
		if ($this->gateway === null) {
			$provider = (string) $this->get_option('provider', 'cryptomus');
			$config = ['strict' => false, 'timeout' => 15.0, 'connect_timeout' => 5.0];
			foreach (self::PROVIDERS[$provider][1] ?? [] as $key => $label) {
				$value = trim((string) $this->get_option("{$provider}_{$key}"));
				if ($value !== '') {
					$config[$key] = $value;
				}
			}
			if ($this->get_option('testmode') === 'yes') {
				/* Refused by the extension when empty or not a URL: test mode never falls back to production. */
				$config['base_url'] = trim((string) $this->get_option('base_url'));
			}
			$this->gateway = Gateways::create($provider, $config);
		}
		return $this->gateway;
	}
}
