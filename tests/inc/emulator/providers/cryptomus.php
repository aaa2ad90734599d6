<?php
declare(strict_types=1);

/*
 * Cryptomus: POST /v1/payment and /v1/payment/info (seed: cryptomus-payment-create.en.txt).
 *
 * Auth: header `merchant` = the test merchant, header `sign` = md5(base64_encode(raw body) . key),
 * lowercase hex, compared byte for byte. The body is read only with a JSON Content-Type (the API
 * is Laravel: any other type leaves every field missing, hence validation.required).
 *
 * Answers:
 *   success          200 {"state":0,"result":{...seed fields...}}
 *   bad merchant/sign 401 {"state":1,"message":"Unauthorized"}
 *   validation       422 {"state":1,"errors":{"<field>":["validation.<rule>"]}}
 *   business errors  422 {"state":1,"message":"The currency was not found"} (currency "XXX"),
 *                        {"state":1,"message":"The network was not found"} (network "badnet")
 *   unknown invoice  404 {"state":1,"message":"Payment not found"}
 *   body not strict JSON (RFC 8259) 400 {"state":1,"message":"JSON parse error"}
 *   other 4xx        {"state":1,"message":"..."}; 5xx {"message":"...","code":<status>,"error":null}
 */

require_once __DIR__ . '/../common.php';

/* Not final: the family's other members (heleket.php) are this API under another name and host. */
class EmuCryptomus extends EmuProvider
{
	public const NAME = 'cryptomus';
	public const PATHS = ['/v1/'];
	public const CREDENTIALS = ['merchant_id' => CI_TEST_CRYPTOMUS_MERCHANT, 'api_key' => CI_TEST_CRYPTOMUS_KEY];
	/** Host of the payment pages the answers link to. */
	public const PAY_HOST = 'pay.cryptomus.com';

	/** Statuses after which the invoice can no longer be paid (is_final true). */
	private const FINAL = ['paid', 'paid_over', 'wrong_amount', 'fail', 'cancel', 'system_fail',
		'refund_paid', 'refund_fail'];

	/** Laravel-style rules of the seed's parameter table, checked in this order. */
	private const RULES = [
		'amount' => ['required', 'string', 'numeric_string'],
		'currency' => ['required', 'string'],
		'order_id' => ['required', 'string', 'min:1', 'max:128', 'alpha_dash'],
		'network' => ['string'],
		'url_return' => ['string', 'min:6', 'max:255', 'url'],
		'url_success' => ['string', 'min:6', 'max:255', 'url'],
		'url_callback' => ['string', 'min:6', 'max:255', 'url'],
		'is_payment_multiple' => ['boolean'],
		'lifetime' => ['integer', 'between:300,43200'],
		'to_currency' => ['string'],
		'subtract' => ['integer', 'between:0,100'],
		'accuracy_payment_percent' => ['numeric', 'between:0,5'],
		'additional_data' => ['string', 'max:255'],
		'currencies' => ['currency_list'],
		'except_currencies' => ['currency_list'],
		'course_source' => ['string', 'min:4', 'max:20'],
		'from_referral_code' => ['string'],
		'discount_percent' => ['integer', 'between:-99,100'],
		'is_refresh' => ['boolean'],
	];

	/** Plausible rates from USD-ish amounts to a payer currency (payer_amount is illustrative). */
	private const RATES = ['BTC' => 0.0000155, 'ETH' => 0.00029, 'LTC' => 0.0142, 'TRX' => 8.3];

	public function error(int $status, string $message): EmuResponse
	{
		return $status >= 500
			? $this->json($status, ['message' => $message, 'code' => $status, 'error' => null])
			: $this->json($status, ['state' => 1, 'message' => $message]);
	}

	public function authFailure(): EmuResponse
	{
		return $this->error(401, 'Unauthorized');
	}

	public function notFound(int $status): EmuResponse
	{
		return $this->error($status, 'Payment not found');
	}

	public function handle(string $path, EmuContext $ctx): EmuResponse
	{
		if (!$this->authorized($ctx)) {
			return $this->authFailure();
		}
		$json = str_contains($ctx->contentType(), '/json') || str_contains($ctx->contentType(), '+json');
		$in = $json ? ($ctx->jsonObject() ?? []) : [];
		return match ($path) {
			'/v1/payment' => $this->create($in),
			'/v1/payment/info' => $this->info($in),
			default => $this->error(404, 'Not found'),
		};
	}

	public function breakShape(array $body): array
	{
		$body['result']['uuid'] = 123456789;
		return $body;
	}

	public function withStatus(array $invoice, string $status): array
	{
		$invoice['status'] = $status;
		$invoice['payment_status'] = $status;
		$invoice['is_final'] = in_array($status, self::FINAL, true);
		$invoice['updated_at'] = self::time(time());
		return $invoice;
	}

	private function authorized(EmuContext $ctx): bool
	{
		$sign = md5(base64_encode($ctx->body) . static::CREDENTIALS['api_key']);
		return hash_equals(static::CREDENTIALS['merchant_id'], $ctx->header('merchant') ?? '')
			&& hash_equals($sign, $ctx->header('sign') ?? '');
	}

	private function create(array $in): EmuResponse
	{
		$errors = self::validate($in);
		if ($errors !== []) {
			return $this->json(422, ['state' => 1, 'errors' => $errors]);
		}
		if ($in['currency'] === 'XXX') {
			return $this->error(422, 'The currency was not found');
		}
		if (($in['network'] ?? null) === 'badnet') {
			return $this->error(422, 'The network was not found');
		}
		/* An existing order_id returns that invoice: this is what makes a retry safe. */
		$invoice = emu_state_update('invoices-' . static::NAME, static function (array &$all) use ($in): array {
			foreach ($all as $invoice) {
				if ($invoice['order_id'] === $in['order_id']) {
					return $invoice;
				}
			}
			$invoice = self::newInvoice($in);
			return $all[$invoice['uuid']] = $invoice;
		});
		return $this->json(200, ['state' => 0, 'result' => $invoice]);
	}

	private function info(array $in): EmuResponse
	{
		$uuid = $in['uuid'] ?? null;
		$orderId = $in['order_id'] ?? null;
		if (!is_string($uuid) && !is_string($orderId)) {
			return $this->json(422, ['state' => 1, 'errors' => [
				'uuid' => ['validation.required_without'],
				'order_id' => ['validation.required_without'],
			]]);
		}
		foreach (emu_state_read('invoices-' . static::NAME) as $invoice) {
			if ($invoice['uuid'] === $uuid || (!is_string($uuid) && $invoice['order_id'] === $orderId)) {
				return $this->json(200, ['state' => 0, 'result' => $invoice]);
			}
		}
		return $this->error(404, 'Payment not found');
	}

	/** The seed's result object, field for field and in its order. */
	protected static function newInvoice(array $in): array
	{
		$uuid = emu_uuid4();
		$now = time();
		$network = $in['network'] ?? null;
		/* The invoice gets a payer currency when one is forced (to_currency) or implied by a
		 * crypto currency with a network, as the seed's examples describe. */
		$payerCurrency = $in['to_currency'] ?? ($network !== null ? $in['currency'] : null);
		$payerAmount = match (true) {
			isset($in['to_currency']) => emu_decimal((float) $in['amount'] * (self::RATES[$in['to_currency']] ?? 1.0), 8),
			$payerCurrency !== null => $in['amount'],
			default => null,
		};
		return [
			'uuid' => $uuid,
			'order_id' => $in['order_id'],
			'amount' => $in['amount'],
			'payment_amount' => null,
			'payer_amount' => $payerAmount,
			'discount_percent' => isset($in['discount_percent']) ? (int) $in['discount_percent'] : null,
			'discount' => '0.00000000',
			'payer_currency' => $payerCurrency,
			'currency' => $in['currency'],
			'merchant_amount' => $payerAmount === null ? null : emu_decimal((float) $payerAmount * 0.98, 8),
			'network' => $network,
			'address' => $network === null ? null : emu_address($network),
			'from' => null,
			'txid' => null,
			'payment_status' => 'check',
			'url' => 'https://' . static::PAY_HOST . "/pay/$uuid",
			'expired_at' => $now + (int) ($in['lifetime'] ?? 3600),
			'status' => 'check',
			'is_final' => false,
			'additional_data' => $in['additional_data'] ?? null,
			'created_at' => self::time($now),
			'updated_at' => self::time($now),
		];
	}

	/** ISO 8601 in Moscow time, as Cryptomus writes created_at/updated_at. */
	private static function time(int $ts): string
	{
		return (new DateTimeImmutable("@$ts"))->setTimezone(new DateTimeZone('+03:00'))->format('Y-m-d\TH:i:sP');
	}

	/** @return array<string, list<string>> field => [first failing rule], like Laravel's bag */
	private static function validate(array $in): array
	{
		$errors = [];
		foreach (self::RULES as $field => $rules) {
			$value = $in[$field] ?? null;
			$missing = $value === null || $value === '';
			if ($missing && $rules[0] !== 'required') {
				continue; /* optional fields are nullable */
			}
			foreach ($rules as $rule) {
				$failed = self::check($rule, $value, $missing);
				if ($failed !== null) {
					$errors[$field] = ["validation.$failed"];
					break;
				}
			}
		}
		return $errors;
	}

	/** Name of the failed rule (Laravel's message key), or null when $value passes. */
	private static function check(string $rule, mixed $value, bool $missing): ?string
	{
		[$name, $arg] = explode(':', $rule, 2) + [1 => ''];
		$ok = match ($name) {
			'required' => !$missing,
			'string' => is_string($value),
			'numeric_string' => emu_is_decimal($value),
			'numeric' => is_int($value) || is_float($value) || (is_string($value) && is_numeric($value)),
			'integer' => is_int($value) || (is_string($value) && preg_match('/^-?\d+$/D', $value) === 1),
			'boolean' => in_array($value, [true, false, 0, 1, '0', '1'], true),
			'min' => emu_strlen($value) >= (int) $arg,
			'max' => emu_strlen($value) <= (int) $arg,
			'between' => self::between((float) $value, $arg),
			'alpha_dash' => preg_match('/^[A-Za-z0-9_-]+$/D', $value) === 1,
			'url' => preg_match('~^https?://[A-Za-z0-9.-]+(:\d+)?([/?#]\S*)?$~iD', $value) === 1,
			'currency_list' => self::currencyList($value),
		};
		if ($ok) {
			return null;
		}
		return match ($name) {
			'numeric_string' => 'numeric',
			'min', 'max' => "$name.string",
			'between' => 'between.numeric',
			'currency_list' => 'array',
			default => $name,
		};
	}

	private static function between(float $v, string $range): bool
	{
		[$lo, $hi] = explode(',', $range);
		return $v >= (float) $lo && $v <= (float) $hi;
	}

	/** [{"currency": "USDT", "network"?: "tron"}, ...] */
	private static function currencyList(mixed $value): bool
	{
		if (!is_array($value) || !array_is_list($value)) {
			return false;
		}
		foreach ($value as $item) {
			if (!is_array($item) || !is_string($item['currency'] ?? null)
				|| !in_array(gettype($item['network'] ?? null), ['string', 'NULL'], true)) {
				return false;
			}
		}
		return true;
	}
}
