<?php
declare(strict_types=1);

/*
 * OnChainPay api-gateway (seed: onchainpay-make-invoice.ru.txt; the others from docs.onchainpay.io
 * and the official Go SDK, see /work/wt/research/lifecycle.md).
 *
 * Auth: `x-api-public-key` = the test public key and `x-api-signature` =
 * hex(HMAC-SHA256(raw body, private key)), byte for byte. Every signed body carries a `nonce`
 * (number or string) that may never repeat for the key; the emulator remembers every nonce it
 * accepted, including those of requests a scenario then failed, so a retry that reuses its
 * nonce is caught.
 *
 * Endpoints (POST, each signed and with a fresh nonce):
 *   /api-gateway/make-invoice         create; a known externalId gives that invoice back
 *   /api-gateway/get-invoice          {"invoiceId"}
 *   /api-gateway/get-invoices         {"status"?:["INIT",...],"limit"?,"offset"?}: newest first,
 *                                     {"success":true,"response":{"invoices":[...as get-invoice...],
 *                                     "total":<invoices matching status>}}; limit 1..100 (default 10),
 *                                     offset >= 0 (default 0), status a list of strings, else
 *                                     ValidationError; other keys (dates) are ignored, as the API has
 *                                     no date filter
 *   /api-gateway/available-currencies {"success":true,"response":[{"currency","alias","allowDeposit",
 *                                     "allowWithdrawal","priceUSD","networks":[{"name","alias",
 *                                     "allowDeposit","allowWithdrawal","underMaintenance",
 *                                     "withdrawalFee"}]}]} (tron USDT under maintenance, bsc USDT
 *                                     without deposits)
 *   /api-gateway/price-rate           {"from","to"} coin codes: "response" is the rate as a string
 *                                     (BTC -> USDT "64000.12"); an unknown code is a ValidationError
 *   /api-gateway/advanced-balances    {"success":true,"response":[{"advancedBalanceId","currency",
 *                                     "blocked","blockReason","balance","availableCurrenciesForDeposit",
 *                                     "tariffs"}]}
 * No cancel and no refund: like any unknown route, 404 NotFound "Route not found".
 *
 * Answers, all {"success":false,"error":{"name","message","code"}} except success:
 *   success          200 {"success":true,"response":{...seed fields...}}
 *   bad key/signature 401 name AuthError,       code 1000
 *   nonce reused     400 name NonceError,      code 1001 ("Nonce already used")
 *   nonce missing    400 name NonceError,      code 1002
 *   bad parameters   400 name ValidationError, code 1003, message "field: problem; ..."
 *   unknown invoice  200 name NotFound,        code 404 (the spec: an unknown id may come with 200)
 *   body not strict JSON 400 name BadRequest,  code 400, message "JSON parse error" (before the nonce)
 *   other statuses   <status> name from the status (e.g. ServiceUnavailable), code = status
 */

require_once __DIR__ . '/../common.php';

final class EmuOnChainPay extends EmuProvider
{
	public const NAME = 'onchainpay';

	/** /_emulator/set_per_page caps what one list answer holds. */
	public const PAGE_CAP = true;

	public const PATHS = ['/api-gateway/'];
	public const CREDENTIALS = ['public_key' => CI_TEST_ONCHAINPAY_PUBLIC, 'private_key' => CI_TEST_ONCHAINPAY_PRIVATE];

	private const NAMES = [400 => 'BadRequest', 401 => 'AuthError', 403 => 'Forbidden',
		404 => 'NotFound', 405 => 'MethodNotAllowed', 429 => 'TooManyRequests',
		500 => 'InternalError', 502 => 'BadGateway', 503 => 'ServiceUnavailable',
		504 => 'GatewayTimeout'];

	/** USD prices of the coins price-rate knows. */
	private const PRICE_USD = ['BTC' => '64000.12', 'ETH' => '3100.5', 'USDT' => '1', 'USDC' => '1', 'TRX' => '0.125', 'USD' => '1'];

	private const CURRENCIES = [
		['currency' => 'USDT', 'alias' => 'Tether', 'allowDeposit' => true, 'allowWithdrawal' => true, 'priceUSD' => '1',
			'networks' => [
				['name' => 'tron', 'alias' => 'TRC20', 'allowDeposit' => true, 'allowWithdrawal' => true, 'underMaintenance' => true, 'withdrawalFee' => '1'],
				['name' => 'ethereum', 'alias' => 'ERC20', 'allowDeposit' => true, 'allowWithdrawal' => true, 'underMaintenance' => false, 'withdrawalFee' => '5'],
				['name' => 'bsc', 'alias' => 'BEP20', 'allowDeposit' => false, 'allowWithdrawal' => true, 'underMaintenance' => false, 'withdrawalFee' => '0.5'],
			]],
		['currency' => 'BTC', 'alias' => 'Bitcoin', 'allowDeposit' => true, 'allowWithdrawal' => true, 'priceUSD' => '64000.12',
			'networks' => [
				['name' => 'bitcoin', 'alias' => 'BTC', 'allowDeposit' => true, 'allowWithdrawal' => true, 'underMaintenance' => false, 'withdrawalFee' => '0.0002'],
			]],
		['currency' => 'ETH', 'alias' => 'Ethereum', 'allowDeposit' => true, 'allowWithdrawal' => true, 'priceUSD' => '3100.5',
			'networks' => [
				['name' => 'ethereum', 'alias' => 'ERC20', 'allowDeposit' => true, 'allowWithdrawal' => true, 'underMaintenance' => false, 'withdrawalFee' => '0.003'],
			]],
	];

	private const ADVANCED_BALANCE = ['advancedBalanceId' => '345028e0-8b6b-4b2f-9d1c-6f4c8a1e0b11', 'currency' => 'USD',
		'blocked' => false, 'blockReason' => null, 'balance' => '4711.33', 'availableCurrenciesForDeposit' => ['USDT'],
		'tariffs' => []];

	private const OPTIONAL_STRINGS = ['externalId', 'order', 'description', 'externalUserId',
		'payerEmail', 'insurancePercent', 'slippagePercent', 'paymentTolerancePercent',
		'webhookURL', 'returnURL'];

	public function error(int $status, string $message): EmuResponse
	{
		return $this->fail($status, self::NAMES[$status] ?? 'Error', $message, $status);
	}

	public function authFailure(): EmuResponse
	{
		return $this->fail(401, 'AuthError', 'Invalid signature', 1000);
	}

	/** The envelope users report from the live API: a numeric code and no name. */
	public function notFound(int $status): EmuResponse
	{
		return $this->json($status, ['success' => false, 'error' => ['code' => 8, 'message' => 'Invoice not found']]);
	}

	/** The nonce is checked and spent before any scenario, as the real gateway does first. */
	public function admit(EmuContext $ctx): ?EmuResponse
	{
		if (!$this->signed($ctx)) {
			return null; /* handle() answers AuthError */
		}
		$nonce = json_decode($ctx->body, true, 64, JSON_BIGINT_AS_STRING)['nonce'] ?? null;
		if (!is_int($nonce) && !is_float($nonce) && (!is_string($nonce) || $nonce === '')) {
			return $this->fail(400, 'NonceError', 'Nonce is required', 1002);
		}
		$key = is_float($nonce) ? json_encode($nonce) : (string) $nonce;
		$fresh = emu_state_update('nonces', static function (array &$used) use ($key, $ctx): bool {
			$pub = $ctx->header('x-api-public-key');
			if (isset($used[$pub][$key])) {
				return false;
			}
			$used[$pub][$key] = $ctx->time;
			return true;
		});
		return $fresh ? null : $this->fail(400, 'NonceError', 'Nonce already used', 1001);
	}

	public function handle(string $path, EmuContext $ctx): EmuResponse
	{
		if (!$this->signed($ctx)) {
			return $ctx->header('x-api-public-key') === CI_TEST_ONCHAINPAY_PUBLIC
				? $this->authFailure()
				: $this->fail(401, 'AuthError', 'Invalid public key', 1000);
		}
		$in = $ctx->jsonObject();
		if ($ctx->contentType() !== 'application/json' || $in === null) {
			return $this->fail(400, 'ValidationError', 'Body must be a JSON object (application/json)', 1003);
		}
		return match ($path) {
			'/api-gateway/make-invoice' => $this->makeInvoice($in),
			'/api-gateway/get-invoice' => $this->getInvoice($in),
			'/api-gateway/get-invoices' => $this->getInvoices($in),
			'/api-gateway/available-currencies' => $this->json(200, ['success' => true, 'response' => self::CURRENCIES]),
			'/api-gateway/price-rate' => $this->priceRate($in),
			'/api-gateway/advanced-balances' => $this->json(200, ['success' => true, 'response' => [self::ADVANCED_BALANCE]]),
			default => $this->error(404, 'Route not found'),
		};
	}

	public function breakShape(array $body): array
	{
		/* get-invoices: the first invoice of the page; everything else: the invoice answered. */
		if (isset($body['response']['invoices'][0])) {
			$body['response']['invoices'][0]['id'] = 123456789;
		} else {
			$body['response']['id'] = 123456789;
		}
		return $body;
	}

	private function fail(int $http, string $name, string $message, int $code): EmuResponse
	{
		return $this->json($http, ['success' => false,
			'error' => ['name' => $name, 'message' => $message, 'code' => $code]]);
	}

	private function signed(EmuContext $ctx): bool
	{
		$sig = hash_hmac('sha256', $ctx->body, CI_TEST_ONCHAINPAY_PRIVATE);
		return hash_equals(CI_TEST_ONCHAINPAY_PUBLIC, $ctx->header('x-api-public-key') ?? '')
			&& hash_equals($sig, $ctx->header('x-api-signature') ?? '');
	}

	private function makeInvoice(array $in): EmuResponse
	{
		$errors = self::validate($in);
		if ($errors !== []) {
			return $this->fail(400, 'ValidationError', implode('; ', $errors), 1003);
		}
		/* A known externalId returns its invoice instead of a second one: retries are safe. */
		$invoice = emu_state_update('invoices-onchainpay', static function (array &$all) use ($in): array {
			foreach ($all as $invoice) {
				if (isset($in['externalId']) && $invoice['externalId'] === $in['externalId']) {
					return $invoice;
				}
			}
			$invoice = self::newInvoice($in);
			return $all[$invoice['id']] = $invoice;
		});
		return $this->json(200, ['success' => true, 'response' => $invoice]);
	}

	private function getInvoice(array $in): EmuResponse
	{
		$id = $in['invoiceId'] ?? null;
		if (!is_string($id) || $id === '') {
			return $this->fail(400, 'ValidationError', 'invoiceId: must be a non-empty string', 1003);
		}
		$invoice = emu_state_read('invoices-onchainpay')[$id] ?? null;
		return $invoice === null
			? $this->fail(200, 'NotFound', 'Invoice not found', 404)
			: $this->json(200, ['success' => true, 'response' => $invoice]);
	}

	private function getInvoices(array $in): EmuResponse
	{
		$limit = $in['limit'] ?? 10;
		$offset = $in['offset'] ?? 0;
		$status = $in['status'] ?? null;
		$errors = [];
		if (!is_int($limit) || $limit < 1 || $limit > 100) {
			$errors[] = 'limit: must be an integer from 1 to 100';
		}
		if (!is_int($offset) || $offset < 0) {
			$errors[] = 'offset: must be a non-negative integer';
		}
		if ($status !== null && (!is_array($status) || !array_is_list($status)
			|| count(array_filter($status, 'is_string')) !== count($status))) {
			$errors[] = 'status: must be an array of strings';
		}
		if ($errors !== []) {
			return $this->fail(400, 'ValidationError', implode('; ', $errors), 1003);
		}
		$invoices = [];
		foreach (emu_newest_first($this, emu_state_read('invoices-onchainpay')) as $row) {
			if ($status === null || $status === [] || in_array($row['invoice']['status'], $status, true)) {
				$invoices[] = $row['invoice'];
			}
		}
		return $this->json(200, ['success' => true, 'response' => [
			'invoices' => array_slice($invoices, $offset, $this->pageLimit($limit)), 'total' => count($invoices)]]);
	}

	private function priceRate(array $in): EmuResponse
	{
		$errors = [];
		foreach (['from', 'to'] as $field) {
			if (!is_string($in[$field] ?? null) || $in[$field] === '') {
				$errors[] = "$field: is required";
			} elseif (!isset(self::PRICE_USD[$in[$field]])) {
				$errors[] = "$field: unknown currency";
			}
		}
		if ($errors !== []) {
			return $this->fail(400, 'ValidationError', implode('; ', $errors), 1003);
		}
		$rate = (float) self::PRICE_USD[$in['from']] / (float) self::PRICE_USD[$in['to']];
		return $this->json(200, ['success' => true, 'response' => emu_decimal($rate, 8)]);
	}

	public function createdTime(array $invoice): float
	{
		return (float) DateTimeImmutable::createFromFormat('Y-m-d\TH:i:s.v\Z', $invoice['createdAt'], new DateTimeZone('UTC'))->format('U.v');
	}

	public function withCreated(array $invoice, float $time): array
	{
		$ttl = (float) DateTimeImmutable::createFromFormat('Y-m-d\TH:i:s.v\Z', $invoice['expiresAt'], new DateTimeZone('UTC'))->format('U.v')
			- $this->createdTime($invoice);
		$ttl = round($ttl, 3);
		$invoice['createdAt'] = self::time($time);
		$invoice['expiresAt'] = self::time($time + $ttl);
		return $invoice;
	}

	/** @return list<string> "field: problem" */
	private static function validate(array $in): array
	{
		$errors = [];
		if (!is_string($in['currency'] ?? null) || $in['currency'] === '') {
			$errors[] = 'currency: is required';
		}
		$amount = $in['amount'] ?? null;
		if ($amount === null) {
			$errors[] = 'amount: is required';
		} elseif (!is_string($amount)) {
			$errors[] = 'amount: must be a string';
		} elseif (!emu_is_decimal($amount) || (float) $amount <= 0) {
			$errors[] = 'amount: must be a positive decimal';
		}
		foreach (self::OPTIONAL_STRINGS as $field) {
			if (isset($in[$field]) && !is_string($in[$field])) {
				$errors[] = "$field: must be a string";
			}
		}
		if (isset($in['includeFee']) && !is_bool($in['includeFee'])) {
			$errors[] = 'includeFee: must be a boolean';
		}
		if (isset($in['additionalFees']) && (!is_array($in['additionalFees']) || !array_is_list($in['additionalFees']))) {
			$errors[] = 'additionalFees: must be an array of strings';
		}
		if (isset($in['lifetime']) && (!is_int($in['lifetime']) || $in['lifetime'] < 1)) {
			$errors[] = 'lifetime: must be a positive integer (minutes)';
		}
		if (isset($in['currencies']) && (!is_array($in['currencies']) || !array_is_list($in['currencies']))) {
			$errors[] = 'currencies: must be an array';
		}
		return $errors;
	}

	/** The seed's response object, in its order. Nothing is received yet, so received* are null. */
	private static function newInvoice(array $in): array
	{
		$id = emu_uuid4();
		$orderId = emu_uuid4();
		$now = microtime(true);
		$lifetime = (int) ($in['lifetime'] ?? 30);
		return [
			'id' => $id,
			'externalId' => $in['externalId'] ?? null,
			'externalUserId' => $in['externalUserId'] ?? null,
			'payerEmail' => $in['payerEmail'] ?? null,
			'orderId' => $orderId,
			'orderLink' => "https://payment.domain/$orderId",
			'invoiceLink' => "https://invoices.domain/$id",
			'status' => 'INIT',
			'order' => $in['order'] ?? null,
			'description' => $in['description'] ?? null,
			'currency' => $in['currency'],
			'amount' => $in['amount'],
			'receivedNetwork' => null,
			'receivedCurrency' => null,
			'receivedAmount' => null,
			'receivedAmountInInvoiceCurrency' => null,
			'rate' => null,
			'includeFee' => $in['includeFee'] ?? false,
			'additionalFees' => $in['additionalFees'] ?? [],
			'insurancePercent' => $in['insurancePercent'] ?? null,
			'slippagePercent' => $in['slippagePercent'] ?? null,
			'paymentTolerancePercent' => $in['paymentTolerancePercent'] ?? null,
			'webhookURL' => $in['webhookURL'] ?? null,
			'returnUrl' => $in['returnURL'] ?? null,
			'expiresAt' => self::time($now + 60 * $lifetime),
			'createdAt' => self::time($now),
			'currencies' => [[
				'currency' => 'USDT',
				'networks' => [
					['name' => 'tron', 'amount' => emu_decimal((float) $in['amount'] * 1.005, 6)],
					['name' => 'ethereum', 'amount' => emu_decimal((float) $in['amount'] * 1.025, 6)],
				],
			]],
		];
	}

	/** ISO 8601 UTC with milliseconds and Z, as in the seed ("2025-06-09T13:18:41.525Z"). */
	private static function time(float $t): string
	{
		$ms = (int) floor(($t - floor($t)) * 1000);
		return gmdate('Y-m-d\TH:i:s', (int) floor($t)) . sprintf('.%03dZ', $ms);
	}
}
