<?php
/**
 * WooCommerce payment gateway on the cryptoinvoice extension: one gateway, five providers
 * (Cryptomus, CryptoCloud, OnChainPay, Bitsby, Heleket), chosen in its settings.
 *
 * Checkout: process_payment() creates the invoice (or, when the create's answer was lost, finds
 * it by order number), keeps its provider and id in the order's meta and sends the customer to
 * the provider's payment page.
 * Callback: the provider calls WC()->api_request_url('cryptoinvoice')
 * (https://shop.example/wc-api/cryptoinvoice/), handle_webhook() verifies it with parseWebhook()
 * and completes the order that owns that (provider, invoice id), once.
 * Cancellation: cancel_invoice(), hooked to woocommerce_order_status_cancelled by the plugin
 * file, cancels the order's invoice where the provider can.
 * Refund: process_refund(), for providers that refund through their API (Cryptomus, Heleket),
 * sends the order's payment back once to the address the admin gives.
 */

defined('ABSPATH') || exit;

use CryptoInvoice\ApiException;
use CryptoInvoice\Exception as CryptoInvoiceException;
use CryptoInvoice\Gateway;
use CryptoInvoice\Gateways;
use CryptoInvoice\InvalidArgumentException;
use CryptoInvoice\Invoice;
use CryptoInvoice\RateLimitException;
use CryptoInvoice\Status;
use CryptoInvoice\TransportException;
use CryptoInvoice\UnexpectedResponseException;
use CryptoInvoice\UnsupportedOperationException;
use CryptoInvoice\WebhookException;

class WC_Gateway_CryptoInvoice extends WC_Payment_Gateway
{
	/** Order meta: which provider made the order's invoice, and the invoice's id there. */
	public const META_PROVIDER = '_cryptoinvoice_provider';
	public const META_INVOICE = '_cryptoinvoice_invoice_id';
	/** Order meta: set before a refund request goes out, so that it never goes out twice. */
	public const META_REFUND = '_cryptoinvoice_refund';
	/** Order meta the shop may fill in (Custom Fields box, or a checkout field of its own): where a refund goes. */
	public const META_REFUND_ADDRESS = '_cryptoinvoice_refund_address';

	/** provider => [title, credential config key => label]; the keys are Gateways::create()'s. */
	private const PROVIDERS = [
		'cryptomus' => ['Cryptomus', ['merchant_id' => 'Merchant ID', 'api_key' => 'Payment API key']],
		'cryptocloud' => ['CryptoCloud', ['shop_id' => 'Shop ID', 'api_key' => 'API key', 'secret_key' => 'Secret key (signs postbacks)']],
		'onchainpay' => ['OnChainPay', ['public_key' => 'Public key', 'private_key' => 'Private key']],
		'bitsby' => ['Bitsby', ['project_id' => 'Project ID', 'api_token' => 'API token']],
		'heleket' => ['Heleket', ['merchant_id' => 'Merchant ID', 'api_key' => 'Payment API key', 'payout_key' => 'Payout API key (signs refunds; leave empty to refund from the dashboard)']],
	];
	/** Credentials shown as password fields. */
	private const SECRETS = ['api_key', 'secret_key', 'private_key', 'api_token', 'payout_key'];

	private ?Gateway $gateway = null;

	public function __construct()
	{
		$this->id = 'cryptoinvoice';
		$this->method_title = __('Crypto (CryptoInvoice)', 'cryptoinvoice');
		$this->method_description = __('Cryptocurrency payments through Cryptomus, CryptoCloud, OnChainPay, Bitsby or Heleket. The customer pays on the provider\'s page; the order is completed when the provider\'s callback confirms the payment.', 'cryptoinvoice');
		$this->has_fields = false;

		$this->init_form_fields();
		$this->init_settings();
		$this->title = $this->get_option('title');
		$this->description = $this->get_option('description');
		/* "refunds" makes the order screen offer "Refund via ...": only where process_refund() can. */
		$this->supports = ['products'];
		try {
			if ($this->gateway()->supports('refund')) {
				$this->supports[] = 'refunds';
			}
		} catch (CryptoInvoiceException $e) {
			/* Incomplete settings: is_available() hides the method; nothing to refund through either. */
		}

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
			$invoice = $this->create_or_find([
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
			) . ($order->has_status('cancelled')
				/* WooCommerce completes a cancelled order that gets paid; the stock it released may be gone. */
				? ' ' . __('The order had been cancelled: check its stock before shipping.', 'cryptoinvoice')
				: ''));
			$order->payment_complete($invoice->id);
		}
		return [200, 'ok'];
	}

	/**
	 * createInvoice(), and when its answer is lost (a timeout, a cut connection, a garbled body,
	 * a 5xx from a provider that failed after making it) the invoice it may have made: found by
	 * the order number, or created again only when there is none. A blind second create would
	 * invoice the order twice with CryptoCloud and Bitsby, which do not deduplicate by order id.
	 * A refusal (a 4xx) made nothing and is thrown on.
	 */
	private function create_or_find(array $params): Invoice
	{
		try {
			return $this->gateway()->createInvoice($params);
		} catch (TransportException | ApiException $e) {
			if ($e instanceof ApiException && $e->getHttpStatus() < 500
				&& !($e instanceof UnexpectedResponseException && $e->getHttpStatus() < 300)) {
				throw $e;
			}
			/* Ten minutes back finds what this create made without picking up an older attempt's
			 * invoice, which may have expired (Cryptomus and Heleket look the id up directly). */
			$found = $this->gateway()->findInvoice($params['order_id'], new DateTimeImmutable('-10 minutes'));
			wc_get_logger()->warning(sprintf('The answer to the invoice for order %s was lost (%s); %s', $params['order_id'],
				$e->getMessage(), $found !== null ? "found invoice {$found->id} by the order number" : 'no invoice has that order number: creating it again'),
				['source' => $this->id]);
			return $found ?? $this->gateway()->createInvoice($params);
		}
	}

	/**
	 * woocommerce_order_status_cancelled (the customer's "Cancel" link, the admin, or
	 * WooCommerce's own cancelling of unpaid orders after the hold-stock time): cancels the
	 * order's invoice where the provider can (CryptoCloud, Bitsby), so that it can no longer be
	 * paid. Elsewhere the invoice expires on its own. Never throws: the order is cancelled
	 * already; what happened goes to an order note.
	 */
	public function cancel_invoice($order): void
	{
		if (!$order instanceof WC_Order || $order->get_payment_method() !== $this->id) {
			return;
		}
		$invoiceId = (string) $order->get_meta(self::META_INVOICE);
		/* No invoice yet; or paid (the transaction id is the invoice's): a refund matter, not a cancel. */
		if ($invoiceId === '' || $order->get_transaction_id() !== '') {
			return;
		}
		try {
			$gateway = $this->gateway();
			if ($gateway->getProvider() !== $order->get_meta(self::META_PROVIDER)) {
				$order->add_order_note(sprintf(__('Crypto invoice %s was not cancelled: it was made with another provider than the one set up now; cancel it in that provider\'s dashboard.', 'cryptoinvoice'), $invoiceId));
				return;
			}
			if (!$gateway->supports('cancel')) {
				$order->add_order_note(sprintf(
					/* translators: 1: invoice id, 2: provider */
					__('Crypto invoice %1$s was not cancelled: %2$s cannot cancel invoices through its API; it expires on its own.', 'cryptoinvoice'),
					$invoiceId, $this->provider_title()));
				return;
			}
			$gateway->cancelInvoice($invoiceId);
			$order->add_order_note(sprintf(__('Crypto invoice %1$s cancelled at %2$s.', 'cryptoinvoice'), $invoiceId, $this->provider_title()));
		} catch (CryptoInvoiceException $e) {
			/* CryptoCloud cancels only an invoice nobody has started paying, Bitsby only one nobody
			 * has opened; or the provider could not be reached. A payment that still comes in
			 * completes the order (WooCommerce's rule for cancelled orders), with a note. */
			$order->add_order_note(sprintf(__('Crypto invoice %1$s was not cancelled: %2$s', 'cryptoinvoice'), $invoiceId, $e->getMessage()));
			wc_get_logger()->warning("Invoice $invoiceId of cancelled order {$order->get_id()} not cancelled: " . $e->getMessage(), ['source' => $this->id]);
		}
	}

	/** "Refund via Crypto" on the order screen: for an order with an invoice and no refund sent yet. */
	public function can_refund_order($order)
	{
		return parent::can_refund_order($order) && $order->get_meta(self::META_INVOICE) !== ''
			&& $order->get_meta(self::META_REFUND) === '';
	}

	/**
	 * The admin's refund (Cryptomus, Heleket): the whole payment, back to the customer's wallet.
	 *
	 * The address: the order's _cryptoinvoice_refund_address custom field when it is set, else
	 * the first word of the refund reason ("TQrZ9wBz... changed their mind"). The provider sends
	 * it in the coin and network the customer paid with. The commission comes from the shop's
	 * balance (is_subtract), so the customer gets back what they paid.
	 *
	 * Never twice: _cryptoinvoice_refund is saved on the order before the request goes out. A
	 * definite refusal removes it again; an unknown outcome (a timeout, a cut or garbled answer,
	 * a 5xx, a 429) keeps it, and nothing more is sent until someone has checked the provider's
	 * dashboard and deleted the field. The extension itself never sends a refund twice.
	 *
	 * @return bool|WP_Error
	 */
	public function process_refund($order_id, $amount = null, $reason = '')
	{
		$order = wc_get_order($order_id);
		$invoiceId = $order ? (string) $order->get_meta(self::META_INVOICE) : '';
		if ($invoiceId === '') {
			return new WP_Error('cryptoinvoice_refund', __('This order has no crypto invoice to refund.', 'cryptoinvoice'));
		}
		$sent = (string) $order->get_meta(self::META_REFUND);
		if ($sent !== '') {
			return new WP_Error('cryptoinvoice_refund', sprintf(
				/* translators: 1: invoice id, 2: what happened to the refund, 3: meta key */
				__('A refund of crypto invoice %1$s was already sent (%2$s), and a refund is never sent twice. Check the provider\'s dashboard; to send another anyway, delete the order\'s %3$s custom field.', 'cryptoinvoice'),
				$invoiceId, $sent, self::META_REFUND));
		}
		try {
			$gateway = $this->gateway();
		} catch (CryptoInvoiceException $e) {
			return new WP_Error('cryptoinvoice_refund', $e->getMessage());
		}
		if ($gateway->getProvider() !== $order->get_meta(self::META_PROVIDER) || !$gateway->supports('refund')) {
			return new WP_Error('cryptoinvoice_refund', sprintf(
				__('This payment cannot be refunded through %s: refund it from the provider\'s dashboard, then record the refund here manually.', 'cryptoinvoice'),
				$this->provider_title()));
		}
		if ($amount === null || !self::same_amount((string) $amount, (string) $order->get_total())) {
			return new WP_Error('cryptoinvoice_refund', sprintf(
				/* translators: 1: order total, 2: currency */
				__('Crypto refunds return the whole payment: refund %1$s %2$s, or refund part of it from the provider\'s dashboard and record it here manually.', 'cryptoinvoice'),
				$order->get_total(), $order->get_currency()));
		}
		$address = $this->refund_address($order, (string) $reason);
		if ($address === null) {
			return new WP_Error('cryptoinvoice_refund', sprintf(
				__('Enter the customer\'s wallet address (for the coin and network they paid with) as the first word of the refund reason, or in the order\'s %s custom field.', 'cryptoinvoice'),
				self::META_REFUND_ADDRESS));
		}

		$order->update_meta_data(self::META_REFUND, 'sending to ' . $address);
		$order->save();
		try {
			$gateway->refundInvoice($invoiceId, ['address' => $address]);
		} catch (CryptoInvoiceException $e) {
			if (self::surely_not_made($e)) {
				$order->delete_meta_data(self::META_REFUND);
				$order->save();
				wc_get_logger()->warning("Refund of invoice $invoiceId refused: " . $e->getMessage(), ['source' => $this->id]);
				return new WP_Error('cryptoinvoice_refund', __('The refund was refused: ', 'cryptoinvoice') . $e->getMessage());
			}
			$order->update_meta_data(self::META_REFUND, 'outcome unknown, to ' . $address);
			$order->save();
			$order->add_order_note(sprintf(__('Crypto refund of invoice %1$s to %2$s: the outcome is unknown (%3$s). It will not be sent again from here: check the provider\'s dashboard.', 'cryptoinvoice'),
				$invoiceId, $address, $e->getMessage()));
			wc_get_logger()->error("Refund of invoice $invoiceId: outcome unknown: " . $e->getMessage(), ['source' => $this->id]);
			return new WP_Error('cryptoinvoice_refund', __('The refund may have been made: check the provider\'s dashboard. It will not be sent again from here.', 'cryptoinvoice'));
		}
		$order->update_meta_data(self::META_REFUND, 'sent to ' . $address);
		$order->save();
		$order->add_order_note(sprintf(
			/* translators: 1: invoice id, 2: address, 3: provider */
			__('Crypto refund of invoice %1$s sent to %2$s: %3$s pays it out.', 'cryptoinvoice'),
			$invoiceId, $address, $this->provider_title()));
		return true;
	}

	/** The refund address: the order's custom field, else the reason's first word if it looks like an address. */
	private function refund_address(WC_Order $order, string $reason): ?string
	{
		$field = trim((string) $order->get_meta(self::META_REFUND_ADDRESS));
		if ($field !== '') {
			return $field;
		}
		$first = strtok(trim($reason), " \t\r\n");
		/* Wallet addresses are 25 to about 100 letters and digits (some with : - _), never prose. */
		return is_string($first) && preg_match('/^[A-Za-z0-9:_-]{20,128}$/', $first) ? $first : null;
	}

	/**
	 * Refused before anything could happen: our input or settings (nothing sent; Heleket without
	 * its payout key), or the provider's definite no (a 4xx other than a rate limit).
	 */
	private static function surely_not_made(CryptoInvoiceException $e): bool
	{
		if ($e instanceof InvalidArgumentException || $e instanceof UnsupportedOperationException) {
			return true;
		}
		return $e instanceof ApiException && !$e instanceof RateLimitException && !$e instanceof UnexpectedResponseException
			&& $e->getHttpStatus() >= 400 && $e->getHttpStatus() < 500;
	}

	/** "15.00" equals "15" (WooCommerce's decimal strings; no float on the way). */
	private static function same_amount(string $a, string $b): bool
	{
		$normalize = static fn (string $s): string => str_contains($s, '.') ? rtrim(rtrim($s, '0'), '.') : $s;
		return $normalize($a) === $normalize($b);
	}

	private function provider_title(): string
	{
		return self::PROVIDERS[(string) $this->get_option('provider', 'cryptomus')][0] ?? 'the provider';
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

	/** Built from the settings on first use; strict => false lets one parameter array serve all five providers. */
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
