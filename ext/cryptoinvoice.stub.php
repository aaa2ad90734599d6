<?php

/** @generate-class-entries */

namespace CryptoInvoice {

	interface Gateway
	{
		public function createInvoice(array $params): Invoice;

		/** @return array<array-key, Invoice|Exception> */
		public function createInvoices(array $batch, int $concurrency = 8): array;

		public function getInvoice(string $id): Invoice;

		public function parseWebhook(string $body, array $headers = []): Invoice;

		public function getProvider(): string;
	}

	/**
	 * @strict-properties
	 * @not-serializable
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
	}

	/**
	 * @strict-properties
	 * @not-serializable
	 */
	final class CryptoCloud implements Gateway
	{
		/** @implementation-alias CryptoInvoice\Cryptomus::__construct */
		public function __construct(string $shopId, #[\SensitiveParameter] string $apiKey, array $options = []) {}

		/** @implementation-alias CryptoInvoice\Cryptomus::createInvoice */
		public function createInvoice(array $params): Invoice {}

		/**
		 * @return array<array-key, Invoice|Exception>
		 * @implementation-alias CryptoInvoice\Cryptomus::createInvoices
		 */
		public function createInvoices(array $batch, int $concurrency = 8): array {}

		/** @implementation-alias CryptoInvoice\Cryptomus::getInvoice */
		public function getInvoice(string $id): Invoice {}

		/** @implementation-alias CryptoInvoice\Cryptomus::parseWebhook */
		public function parseWebhook(string $body, array $headers = []): Invoice {}

		/** @implementation-alias CryptoInvoice\Cryptomus::getProvider */
		public function getProvider(): string {}
	}

	/**
	 * @strict-properties
	 * @not-serializable
	 */
	final class OnChainPay implements Gateway
	{
		/** @implementation-alias CryptoInvoice\Cryptomus::__construct */
		public function __construct(string $publicKey, #[\SensitiveParameter] string $privateKey, array $options = []) {}

		/** @implementation-alias CryptoInvoice\Cryptomus::createInvoice */
		public function createInvoice(array $params): Invoice {}

		/**
		 * @return array<array-key, Invoice|Exception>
		 * @implementation-alias CryptoInvoice\Cryptomus::createInvoices
		 */
		public function createInvoices(array $batch, int $concurrency = 8): array {}

		/** @implementation-alias CryptoInvoice\Cryptomus::getInvoice */
		public function getInvoice(string $id): Invoice {}

		/** @implementation-alias CryptoInvoice\Cryptomus::parseWebhook */
		public function parseWebhook(string $body, array $headers = []): Invoice {}

		/** @implementation-alias CryptoInvoice\Cryptomus::getProvider */
		public function getProvider(): string {}
	}

	/**
	 * @strict-properties
	 * @not-serializable
	 */
	final class Bitsby implements Gateway
	{
		/** @implementation-alias CryptoInvoice\Cryptomus::__construct */
		public function __construct(string $projectId, #[\SensitiveParameter] string $apiToken, array $options = []) {}

		/** @implementation-alias CryptoInvoice\Cryptomus::createInvoice */
		public function createInvoice(array $params): Invoice {}

		/**
		 * @return array<array-key, Invoice|Exception>
		 * @implementation-alias CryptoInvoice\Cryptomus::createInvoices
		 */
		public function createInvoices(array $batch, int $concurrency = 8): array {}

		/** @implementation-alias CryptoInvoice\Cryptomus::getInvoice */
		public function getInvoice(string $id): Invoice {}

		/** @implementation-alias CryptoInvoice\Cryptomus::parseWebhook */
		public function parseWebhook(string $body, array $headers = []): Invoice {}

		/** @implementation-alias CryptoInvoice\Cryptomus::getProvider */
		public function getProvider(): string {}
	}

	/**
	 * @strict-properties
	 * @not-serializable
	 */
	final class Gateways
	{
		private function __construct() {}

		public static function create(string $provider, #[\SensitiveParameter] array $config): Gateway {}
	}

	/**
	 * @strict-properties
	 * @not-serializable
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
		public readonly array $paymentOptions;
		public readonly ?\DateTimeImmutable $createdAt;
		public readonly ?\DateTimeImmutable $expiresAt;
		public readonly bool $testMode;
		public readonly array $raw;

		private function __construct() {}

		public function toArray(): array {}

		public function jsonSerialize(): array {}
	}

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
		case Refunded = 'refunded';
		case Unknown = 'unknown';

		public function isFinal(): bool {}
	}

	interface Exception extends \Throwable
	{
	}

	class InvalidArgumentException extends \InvalidArgumentException implements Exception
	{
		private array $errors = [];

		public function getErrors(): array {}
	}

	class TransportException extends \RuntimeException implements Exception
	{
	}

	class ApiException extends \RuntimeException implements Exception
	{
		private string $provider = "";
		private int $httpStatus = 0;
		private array $errors = [];
		private string $responseBody = "";

		public function getProvider(): string {}

		public function getHttpStatus(): int {}

		public function getErrors(): array {}

		public function getResponseBody(): string {}
	}

	class AuthenticationException extends ApiException
	{
	}

	class RateLimitException extends ApiException
	{
		private ?float $retryAfter = null;

		public function getRetryAfter(): ?float {}
	}

	class UnexpectedResponseException extends ApiException
	{
	}

	class WebhookException extends \RuntimeException implements Exception
	{
	}
}
