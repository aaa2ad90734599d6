<?php

/**
 * IDE stubs for the cryptoinvoice extension 0.1.0 (generated from ext/cryptoinvoice.stub.php
 * by scripts/ide-stub.php; do not edit). The extension itself ships no PHP code.
 */

namespace CryptoInvoice {

	/** The extension's version. */
	const VERSION = '0.1.0';

	/** A crypto-payment provider: the same methods and parameter array for all of them. */
	interface Gateway
	{
		/**
		 * Creates an invoice. $params takes the unified keys (amount, currency, order_id,
		 * description, email, expires_in, callback_url, return_url, success_url, pay_currency,
		 * network, accepted_currencies, metadata, idempotency_key) and the provider's own keys.
		 * Every problem is reported at once, before anything is sent.
		 *
		 * @param array $params
		 * @throws InvalidArgumentException bad parameters (getErrors() lists them all)
		 * @throws TransportException DNS, connect, TLS, timeout, cut connection
		 * @throws ApiException the provider answered, but not with success
		 */
		public function createInvoice(array $params): Invoice;

		/**
		 * Creates many invoices, $concurrency requests at a time; never throws for an item.
		 *
		 * @param array $batch
		 * @return array<array-key, Invoice|Exception> same keys as $batch
		 */
		public function createInvoices(array $batch, int $concurrency = 8): array;

		/**
		 * Looks an invoice up by the provider's id.
		 *
		 * @throws ApiException also when the provider does not know the id
		 */
		public function getInvoice(string $id): Invoice;

		/**
		 * Verifies a callback (raw request body) and returns the invoice it is about.
		 *
		 * @param array $headers
		 * @throws WebhookException forged, tampered, expired or malformed
		 */
		public function parseWebhook(string $body, array $headers = []): Invoice;

		/** The provider's name, a key of Gateways::providers(): "cryptomus", "cryptocloud", ... */
		public function getProvider(): string;

		/**
		 * Whether this provider offers an operation, known before anything is sent: "create",
		 * "lookup", "getInvoices", "find", "list", "cancel", "refund", "paymentMethods",
		 * "request", "webhook" (or the method's name: "cancelInvoice", ...; any case).
		 *
		 * @throws InvalidArgumentException a name that is none of these
		 */
		public function supports(string $operation): bool;

		/**
		 * The invoice the shop created for an order, or null when the provider has none: the
		 * recovery path after a create whose answer was lost (look, then create only if nothing
		 * is there). Cryptomus and Heleket look it up directly; the others scan their invoice
		 * lists newest first, back to $since (default: 24 hours ago), and stop at the first match.
		 *
		 * @throws InvalidArgumentException an empty or malformed order id, a $since in the future
		 * @throws TransportException|ApiException as getInvoice()
		 */
		public function findInvoice(string $orderId, ?\DateTimeInterface $since = null): ?Invoice;

		/**
		 * Looks many invoices up at once, $concurrency requests at a time (CryptoCloud: up to 100
		 * ids a request); never throws for an item. $ids: the provider's invoice ids.
		 *
		 * @return array<array-key, Invoice|Exception> same keys as $ids
		 * @throws InvalidArgumentException $concurrency outside 1..256
		 */
		public function getInvoices(array $ids, int $concurrency = 8): array;

		/**
		 * The provider's invoices, newest first where it allows, one request per page, only
		 * when the iteration needs it. Filter keys: "from", "to" (\DateTimeInterface, creation
		 * time, inclusive), "status" (a Status or a list of them), "page_size" (int).
		 *
		 * @throws InvalidArgumentException an unknown key or a bad value
		 * @throws UnsupportedOperationException the provider has no invoice list
		 */
		public function listInvoices(array $filter = []): InvoiceList;

		/**
		 * Cancels an unpaid invoice and returns it as it is afterwards (CryptoCloud: only while
		 * "created"; Bitsby: only unpaid and never viewed).
		 *
		 * @throws UnsupportedOperationException Cryptomus, Heleket, OnChainPay
		 * @throws ApiException the provider refused (already paid, viewed, unknown id)
		 */
		public function cancelInvoice(string $id): Invoice;

		/**
		 * Refunds a paid invoice to an address (Cryptomus, Heleket). $params: "address"
		 * (required), "is_subtract" (bool, default true: the commission comes from the merchant's
		 * balance), Heleket also "amount" (decimal text, a partial refund). Never retried once
		 * the request may have reached the provider.
		 *
		 * @throws UnsupportedOperationException CryptoCloud, OnChainPay, Bitsby
		 * @throws InvalidArgumentException bad parameters, before anything is sent
		 */
		public function refundInvoice(string $id, array $params): void;

		/**
		 * The coins and networks the shop can be paid in, with limits and commission where the
		 * provider says (CryptoCloud: its documented list, no request).
		 *
		 * @return list<PaymentMethod>
		 * @throws UnsupportedOperationException Bitsby
		 */
		public function getPaymentMethods(): array;

		/**
		 * Any other endpoint of the provider, signed and sent the provider's way: $path under
		 * base_url ("/v1/balance"), $body the fields. Returns the decoded success payload
		 * (result, response or data: an array, or a scalar where the provider answers one).
		 *
		 * @throws InvalidArgumentException a path with a scheme, host, "..", query or fragment
		 */
		public function request(string $path, array $body = []): mixed;
	}

	/**
	 * Cryptomus (api.cryptomus.com): JSON signed with md5(base64(body) . apiKey).
	 */
	final class Cryptomus implements Gateway
	{
		public function __construct(string $merchantId, #[\SensitiveParameter] string $apiKey, array $options = []) {}

		public function createInvoice(array $params): Invoice {}

		/** @return array<array-key, Invoice|Exception> */
		public function createInvoices(array $batch, int $concurrency = 8): array {}

		public function getInvoice(string $id): Invoice {}

		public function parseWebhook(string $body, array $headers = []): Invoice {}

		public function getProvider(): string {}

		public function supports(string $operation): bool {}

		public function findInvoice(string $orderId, ?\DateTimeInterface $since = null): ?Invoice {}

		/** @return array<array-key, Invoice|Exception> */
		public function getInvoices(array $ids, int $concurrency = 8): array {}

		public function listInvoices(array $filter = []): InvoiceList {}

		public function cancelInvoice(string $id): Invoice {}

		public function refundInvoice(string $id, array $params): void {}

		/** @return list<PaymentMethod> */
		public function getPaymentMethods(): array {}

		public function request(string $path, array $body = []): mixed {}
	}

	/**
	 * CryptoCloud (api.cryptocloud.plus): Token auth; postbacks verified with the secret_key option.
	 */
	final class CryptoCloud implements Gateway
	{
		public function __construct(string $shopId, #[\SensitiveParameter] string $apiKey, array $options = []) {}

		public function createInvoice(array $params): Invoice {}

		/**
		 * @return array<array-key, Invoice|Exception>
		 */
		public function createInvoices(array $batch, int $concurrency = 8): array {}

		public function getInvoice(string $id): Invoice {}

		public function parseWebhook(string $body, array $headers = []): Invoice {}

		public function getProvider(): string {}

		public function supports(string $operation): bool {}

		public function findInvoice(string $orderId, ?\DateTimeInterface $since = null): ?Invoice {}

		/**
		 * @return array<array-key, Invoice|Exception>
		 */
		public function getInvoices(array $ids, int $concurrency = 8): array {}

		public function listInvoices(array $filter = []): InvoiceList {}

		public function cancelInvoice(string $id): Invoice {}

		public function refundInvoice(string $id, array $params): void {}

		/**
		 * @return list<PaymentMethod>
		 */
		public function getPaymentMethods(): array {}

		public function request(string $path, array $body = []): mixed {}
	}

	/**
	 * OnChainPay (ocp.onchainpay.io): HMAC-SHA256 signed JSON with a nonce.
	 */
	final class OnChainPay implements Gateway
	{
		public function __construct(string $publicKey, #[\SensitiveParameter] string $privateKey, array $options = []) {}

		public function createInvoice(array $params): Invoice {}

		/**
		 * @return array<array-key, Invoice|Exception>
		 */
		public function createInvoices(array $batch, int $concurrency = 8): array {}

		public function getInvoice(string $id): Invoice {}

		public function parseWebhook(string $body, array $headers = []): Invoice {}

		public function getProvider(): string {}

		public function supports(string $operation): bool {}

		public function findInvoice(string $orderId, ?\DateTimeInterface $since = null): ?Invoice {}

		/**
		 * @return array<array-key, Invoice|Exception>
		 */
		public function getInvoices(array $ids, int $concurrency = 8): array {}

		public function listInvoices(array $filter = []): InvoiceList {}

		public function cancelInvoice(string $id): Invoice {}

		public function refundInvoice(string $id, array $params): void {}

		/**
		 * @return list<PaymentMethod>
		 */
		public function getPaymentMethods(): array {}

		public function request(string $path, array $body = []): mixed {}
	}

	/**
	 * Bitsby (api.bitsby.app): Token auth, multipart bodies, one request per second per key.
	 */
	final class Bitsby implements Gateway
	{
		public function __construct(string $projectId, #[\SensitiveParameter] string $apiToken, array $options = []) {}

		public function createInvoice(array $params): Invoice {}

		/**
		 * @return array<array-key, Invoice|Exception>
		 */
		public function createInvoices(array $batch, int $concurrency = 8): array {}

		public function getInvoice(string $id): Invoice {}

		public function parseWebhook(string $body, array $headers = []): Invoice {}

		public function getProvider(): string {}

		public function supports(string $operation): bool {}

		public function findInvoice(string $orderId, ?\DateTimeInterface $since = null): ?Invoice {}

		/**
		 * @return array<array-key, Invoice|Exception>
		 */
		public function getInvoices(array $ids, int $concurrency = 8): array {}

		public function listInvoices(array $filter = []): InvoiceList {}

		public function cancelInvoice(string $id): Invoice {}

		public function refundInvoice(string $id, array $params): void {}

		/**
		 * @return list<PaymentMethod>
		 */
		public function getPaymentMethods(): array {}

		public function request(string $path, array $body = []): mixed {}
	}

	/**
	 * Heleket (api.heleket.com): Cryptomus's API under its own host (doc.heleket.com): JSON signed
	 * with md5(base64(body) . apiKey), the same parameters, answers, statuses and webhook.
	 */
	final class Heleket implements Gateway
	{
		public function __construct(string $merchantId, #[\SensitiveParameter] string $apiKey, array $options = []) {}

		public function createInvoice(array $params): Invoice {}

		/**
		 * @return array<array-key, Invoice|Exception>
		 */
		public function createInvoices(array $batch, int $concurrency = 8): array {}

		public function getInvoice(string $id): Invoice {}

		public function parseWebhook(string $body, array $headers = []): Invoice {}

		public function getProvider(): string {}

		public function supports(string $operation): bool {}

		public function findInvoice(string $orderId, ?\DateTimeInterface $since = null): ?Invoice {}

		/**
		 * @return array<array-key, Invoice|Exception>
		 */
		public function getInvoices(array $ids, int $concurrency = 8): array {}

		public function listInvoices(array $filter = []): InvoiceList {}

		public function cancelInvoice(string $id): Invoice {}

		public function refundInvoice(string $id, array $params): void {}

		/**
		 * @return list<PaymentMethod>
		 */
		public function getPaymentMethods(): array {}

		public function request(string $path, array $body = []): mixed {}
	}

	/**
	 * Builds a gateway from a provider name and one flat config array.
	 */
	final class Gateways
	{
		private function __construct() {}

		/**
		 * @param string $provider a key of providers() ("cryptomus", "cryptocloud", ...), any case
		 * @param array $config the provider's two credentials under the keys providers() names
		 *        (merchant_id+api_key for Cryptomus, shop_id+api_key for CryptoCloud, ...) and any options
		 */
		public static function create(string $provider, #[\SensitiveParameter] array $config): Gateway {}

		/**
		 * The providers this build supports, for a provider picker: one row per provider, keyed
		 * by the name create() takes and getProvider() returns, in the extension's fixed order
		 * (the order of stats() and of the names in messages): its final class, the title
		 * messages call it by, and the two config keys create() requires (identifier first,
		 * then the secret), e.g. 'cryptomus' => ['class' => 'CryptoInvoice\Cryptomus',
		 * 'title' => 'Cryptomus', 'credentials' => ['merchant_id', 'api_key']].
		 *
		 * @return array<string, array{class: class-string<Gateway>, title: string,
		 *         credentials: array{0: string, 1: string}}>
		 */
		public static function providers(): array {}

		/**
		 * This process's figures, one row per provider (all of them, zeros included), as
		 * phpinfo() shows them: requests (HTTP attempts; a retried call counts each), retries,
		 * failures (calls that failed for good, by the exception class they threw),
		 * connections_opened, connections_reused and idle_connections (pooled, ready for reuse).
		 *
		 * @return array<string, array{requests: int, retries: int, failures: array<class-string, int>,
		 *         connections_opened: int, connections_reused: int, idle_connections: int}>
		 */
		public static function stats(): array {}
	}

	/**
	 * An invoice as the provider reported it; created only by the extension.
	 */
	final class Invoice implements \JsonSerializable
	{
		public readonly string $provider;
		public readonly string $id;
		public readonly ?string $orderId;
		public readonly Status $status;
		public readonly string $providerStatus;
		public readonly bool $isFinal;
		public readonly string $amount;
		public readonly string $currency;
		public readonly ?string $url;
		public readonly ?string $address;
		public readonly ?string $payAmount;
		public readonly ?string $payCurrency;
		public readonly ?string $network;
		/** what the payer actually sent, in $payCurrency, when the provider says */
		public readonly ?string $paidAmount;
		/** what the payer actually sent, in the invoice's $currency, when the provider says */
		public readonly ?string $paidAmountInCurrency;
		/** @var list<array{currency: string, network: ?string, address: ?string, amount: ?string}> */
		public readonly array $paymentOptions;
		public readonly ?\DateTimeImmutable $createdAt;
		public readonly ?\DateTimeImmutable $expiresAt;
		public readonly bool $testMode;
		/** @var array<string, mixed> the provider's decoded payload, untouched */
		public readonly array $raw;

		private function __construct() {}

		/** @return array<string, mixed> every property; dates as DATE_ATOM in UTC, status as its value */
		public function toArray(): array {}

		/** @return array<string, mixed> the same as toArray() */
		public function jsonSerialize(): array {}

		/**
		 * Rebuilds an invoice from what toArray() gave, also after json_encode() and
		 * json_decode(..., true) (a queue job, a database row): the result == the original.
		 *
		 * $data holds the keys of toArray(), no others: provider (a name of
		 * Gateways::providers()), id, providerStatus and currency (non-empty strings), amount
		 * (a positive decimal string), status (a Status value, or a Status case, that the
		 * provider's own word providerStatus maps to), isFinal and testMode (bool),
		 * paymentOptions (a list of ['currency' => string, 'network' => ?string,
		 * 'address' => ?string, 'amount' => ?string]), raw (an array of strings, numbers,
		 * booleans, null and arrays of them); and, each null or left out, orderId, address,
		 * payCurrency, network (strings), payAmount, paidAmount, paidAmountInCurrency
		 * (decimal strings), url (an absolute https:// URL), createdAt and expiresAt (a date as
		 * toArray() writes it, 2026-01-02T12:00:00+00:00, or a \DateTimeInterface; read in UTC).
		 * Text holds no control characters and is UTF-8. No other object is taken and no
		 * user code runs. isFinal is kept as given (Cryptomus's is_final may differ from
		 * $status->isFinal()).
		 *
		 * @param array $data the keys and values toArray() writes
		 * @throws InvalidArgumentException naming every missing, unknown or invalid key at once
		 *         (getErrors(): key => what is wrong), with what was given and what is valid
		 */
		public static function fromArray(array $data): Invoice {}
	}

	/** What an invoice's state means, whatever the provider calls it. */
	enum Status: string
	{
		case Created = 'created';
		case Processing = 'processing';
		case Paid = 'paid';
		case Overpaid = 'overpaid';
		case PartiallyPaid = 'partially_paid';
		case Expired = 'expired';
		case Canceled = 'canceled';
		case Failed = 'failed';
		/** A refund is under way: the money is still the merchant's, not final. */
		case Refunding = 'refunding';
		/** The refund failed: the merchant still holds the money (final, never Refunded). */
		case RefundFailed = 'refund_failed';
		case Refunded = 'refunded';
		case Unknown = 'unknown';

		/** True for Paid, Overpaid, Expired, Canceled, Failed, RefundFailed and Refunded. */
		public function isFinal(): bool {}
	}

	/**
	 * A provider's invoices, read page by page as the iteration goes (listInvoices()): one
	 * request per page, only when the next invoice is needed. Iterating again starts over and
	 * asks again. Keys are 0, 1, 2... in the order the provider gives.
	 */
	final class InvoiceList implements \Iterator
	{
		private function __construct() {}

		public function current(): Invoice {}

		public function key(): int {}

		public function next(): void {}

		public function rewind(): void {}

		public function valid(): bool {}

		/** How many requests this list has made so far (pages, and CryptoCloud's detail lookups). */
		public function getRequestCount(): int {}
	}

	/**
	 * One coin on one network the shop can be paid in (getPaymentMethods()); created only by the
	 * extension.
	 */
	final class PaymentMethod
	{
		/** coin code as the provider writes it ("USDT") */
		public readonly string $currency;
		/** network code ("tron"), lower case; null when the coin has one */
		public readonly ?string $network;
		/** the provider accepts payments in it now (enabled, not under maintenance) */
		public readonly bool $available;
		/** decimal text, in $currency; null when the provider does not say */
		public readonly ?string $minAmount;
		public readonly ?string $maxAmount;
		/** the provider's commission in percent ("1.5"), when it says */
		public readonly ?string $feePercent;
		/** a fixed commission, in $currency, when it says */
		public readonly ?string $feeAmount;
		/** @var array<string, mixed> the provider's entry as it came */
		public readonly array $raw;

		private function __construct() {}
	}

	/** Every exception the extension throws implements this. */
	interface Exception extends \Throwable
	{
	}

	class InvalidArgumentException extends \InvalidArgumentException implements Exception
	{
		private array $errors = [];

		/** @return array<string, string> parameter => what is wrong, every problem found */
		public function getErrors(): array {}
	}

	/** The provider has no such operation (supports() says so in advance); nothing was sent. */
	class UnsupportedOperationException extends \LogicException implements Exception
	{
	}

	/** DNS, connect, TLS, timeout or a cut connection; the code is the transport's error number (libcurl's CURLcode). */
	class TransportException extends \RuntimeException implements Exception
	{
		private int $attempts = 0;

		/** How many HTTP attempts the call made, retries included (the message says it too). */
		public function getAttempts(): int {}
	}

	/** The provider answered, but not with success. */
	class ApiException extends \RuntimeException implements Exception
	{
		private string $provider = "";
		private int $httpStatus = 0;
		private array $errors = [];
		private string $responseBody = "";
		private int $attempts = 0;

		public function getProvider(): string {}

		public function getHttpStatus(): int {}

		/** @return array<array-key, mixed> the provider's per-field errors when it sent them */
		public function getErrors(): array {}

		/** The raw body, capped at 64 KiB. */
		public function getResponseBody(): string {}

		/** How many HTTP attempts the call made, retries included (the message says it too). */
		public function getAttempts(): int {}
	}

	/** 401/403, a bad key or a bad signature. */
	class AuthenticationException extends ApiException
	{
	}

	/** 429 or the provider's rate-limit answer. */
	class RateLimitException extends ApiException
	{
		private ?float $retryAfter = null;

		public function getRetryAfter(): ?float {}
	}

	/** 2xx (or an error status) with a body that is not the documented JSON. */
	class UnexpectedResponseException extends ApiException
	{
	}

	/**
	 * A callback that is not a verified invoice callback; the message names the failed check,
	 * getCode() says what kind of refusal it is (ci_webhook_code in ext/ci_provider.h, same values).
	 */
	class WebhookException extends \RuntimeException implements Exception
	{
		/**
		 * Forged, tampered, expired or malformed, or an invoice the provider does not know:
		 * answer 400.
		 * @var int
		 */
		public const REFUSED = 0;
		/**
		 * Genuine, but not about an invoice (a Cryptomus static-wallet deposit or payout):
		 * answer 200, or handle it from the raw body yourself.
		 * @var int
		 */
		public const NOT_AN_INVOICE = 1;
		/**
		 * This gateway cannot verify the callback (CryptoCloud without secret_key): a setup
		 * mistake, not a forgery. Alert someone and answer 500, so the provider sends it again.
		 * @var int
		 */
		public const CONFIGURATION = 2;
	}
}
