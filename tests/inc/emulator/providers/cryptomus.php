<?php
declare(strict_types=1);

/*
 * Cryptomus: every merchant payment endpoint a shop uses (seed: cryptomus-payment-create.en.txt;
 * the others from doc.cryptomus.com, see /work/wt/research/lifecycle.md).
 *
 * Auth: header `merchant` = the test merchant, header `sign` = md5(base64_encode(raw body) . key),
 * lowercase hex, compared byte for byte, on every endpoint; the key is the payment key
 * (signingKey(): Heleket signs its refund with a payout key). The body is read only with a JSON
 * Content-Type (the API is Laravel: any other type leaves every field missing, hence
 * validation.required).
 *
 * Endpoints (POST):
 *   /v1/payment           create; an order_id it already holds gives that invoice back
 *   /v1/payment/info      {"uuid"} or {"order_id"} (both: order_id wins, as the page says; order_id
 *                         string, 1 to 128, alpha_dash, else 422 errors {"order_id":["validation.<rule>"]});
 *                         unknown: 404 "Payment not found"
 *   /v1/payment/list      history. Body {} or {"date_from","date_to"} ("YYYY-MM-DD HH:mm:ss",
 *                         UTC+3, either may be absent or null; created_at from..to, both
 *                         inclusive); anything else 422 errors {"date_from":["validation.date_format"]}.
 *                         Newest first, PER_PAGE (15; /_emulator/set_per_page changes it) a page.
 *                         The next/previous page: ?cursor=<nextCursor|previousCursor> in the QUERY
 *                         string only; a cursor this provider did not issue is 422 "Invalid cursor",
 *                         a "cursor" in the body 422 errors {"cursor":["validation.prohibited"]}.
 *                         200 {"state":0,"result":{"items":[...as info...],"paginate":{"count",
 *                         "hasPages","nextCursor","previousCursor","perPage"}}}
 *   /v1/payment/refund    {"uuid"|"order_id", "address", "is_subtract"} (both ids: uuid wins);
 *                         address and is_subtract required (422 validation.required), is_subtract
 *                         boolean; unknown invoice 422 "Payment was not found"; status not paid,
 *                         paid_over or wrong_amount 422 "The payment cannot be refunded".
 *                         200 {"state":0,"result":[]} and the status becomes refund_process
 *                         (/_emulator/set_status moves it on). Every request is in the log:
 *                         GET /_emulator/log?path=/v1/payment/refund counts them.
 *   /v1/payment/services  200 {"state":0,"result":[{"network":"TRON","currency":"USDT",
 *                         "is_available":true,"limit":{"min_amount","max_amount"},
 *                         "commission":{"fee_amount","percent"}}, ...]} (LTC unavailable)
 *   /v2/payment/resend, /v1/payment/resend  {"uuid"|"order_id"|"txid"} (one required: 422
 *                         validation.required_without_all); unknown 422 "Payment not found"; an
 *                         invoice not paid/paid_over/wrong_amount, or made without url_callback,
 *                         422 "Notification not found"; the 11th resend of one invoice 422
 *                         "Too much resend". 200 {"state":0,"result":[]} (nothing is delivered)
 *   /v1/test-webhook/payment  {"url_callback","currency","network","status"?,"uuid"?,"order_id"?}:
 *                         url_callback (url), currency and network required (422 validation.*),
 *                         status one of the payment statuses (default paid). 200 {"state":0,"result":[]}
 *                         (nothing is delivered)
 *   /v1/balance           200 {"state":0,"result":[{"balance":{"merchant":[{"uuid","balance",
 *                         "currency_code"}],"user":[]}}]}
 *
 * Answers:
 *   success          200 {"state":0,"result":{...seed fields...}}
 *   bad merchant/sign 401 {"state":1,"message":"Unauthorized"}
 *   validation       422 {"state":1,"errors":{"<field>":["validation.<rule>"]}}
 *   business errors  422 {"state":1,"message":"The currency was not found"} (currency "XXX"),
 *                        {"state":1,"message":"The network was not found"} (network "badnet")
 *   unknown invoice  404 {"state":1,"message":"Payment not found"} (info)
 *   body not strict JSON (RFC 8259) 400 {"state":1,"message":"JSON parse error"}
 *   other 4xx        {"state":1,"message":"..."}; 5xx {"message":"...","code":<status>,"error":null}
 */

require_once __DIR__ . '/../common.php';

/* Not final: the family's other members (heleket.php) are this API under another name and host. */
class EmuCryptomus extends EmuProvider
{
	public const NAME = 'cryptomus';
	public const PATHS = ['/v1/', '/v2/payment/resend'];
	public const PER_PAGE = 15;
	public const CREDENTIALS = ['merchant_id' => CI_TEST_CRYPTOMUS_MERCHANT, 'api_key' => CI_TEST_CRYPTOMUS_KEY];
	/** Host of the payment pages the answers link to. */
	public const PAY_HOST = 'pay.cryptomus.com';

	/** Statuses after which the invoice can no longer be paid (is_final true). */
	private const FINAL = ['paid', 'paid_over', 'wrong_amount', 'fail', 'cancel', 'system_fail',
		'refund_paid', 'refund_fail'];

	/** Statuses of a payment that money came in for: the only ones refunds and resends take. */
	private const PAID = ['paid', 'paid_over', 'wrong_amount'];

	/** Payment statuses a test webhook may carry. */
	protected const STATUSES = ['process', 'check', 'confirm_check', 'paid', 'paid_over', 'fail',
		'wrong_amount', 'wrong_amount_waiting', 'cancel', 'system_fail', 'refund_process', 'refund_fail',
		'refund_paid'];

	/** History and services times are written in Moscow time (created_at carries +03:00). */
	private const ZONE = '+03:00';

	/** [network, currency, is_available, min, max, fee_amount, percent] of the services list. */
	protected const SERVICES = [
		['TRON', 'USDT', true, '1.00000000', '100000.00000000', '0.00', '0.00'],
		['ETH', 'USDT', true, '10.00000000', '100000.00000000', '0.00', '1.00'],
		['BSC', 'USDT', true, '1.00000000', '100000.00000000', '0.00', '0.50'],
		['BTC', 'BTC', true, '0.00010000', '10.00000000', '0.00', '0.40'],
		['ETH', 'ETH', true, '0.00300000', '500.00000000', '0.00', '1.00'],
		['TRON', 'TRX', true, '5.00000000', '1000000.00000000', '0.10', '0.00'],
		['LTC', 'LTC', false, '0.05000000', '10000.00000000', '0.00', '0.50'],
	];

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
		if (!$this->authorized($ctx, $path)) {
			return $this->authFailure();
		}
		$json = str_contains($ctx->contentType(), '/json') || str_contains($ctx->contentType(), '+json');
		$in = $json ? ($ctx->jsonObject() ?? []) : [];
		return match ($path) {
			'/v1/payment' => $this->create($in),
			'/v1/payment/info' => $this->info($in),
			'/v1/payment/list' => $this->history($in, $ctx->query),
			'/v1/payment/refund' => $this->refund($in),
			'/v1/payment/services' => $this->json(200, ['state' => 0, 'result' => $this->services()]),
			'/v1/payment/resend', '/v2/payment/resend' => $this->resend($in),
			'/v1/test-webhook/payment' => $this->testWebhook($in),
			'/v1/balance' => $this->balance(),
			default => $this->error(404, 'Not found'),
		};
	}

	public function breakShape(array $body): array
	{
		/* The history: the first invoice of the page; everything else: the invoice answered. */
		if (isset($body['result']['items'][0])) {
			$body['result']['items'][0]['uuid'] = 123456789;
		} else {
			$body['result']['uuid'] = 123456789;
		}
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

	public function createdTime(array $invoice): float
	{
		return (float) (new DateTimeImmutable($invoice['created_at']))->getTimestamp();
	}

	public function withCreated(array $invoice, float $time): array
	{
		$ts = (int) floor($time);
		$delta = $ts - (int) $this->createdTime($invoice);
		$invoice['created_at'] = self::time($ts);
		$invoice['updated_at'] = self::time((new DateTimeImmutable($invoice['updated_at']))->getTimestamp() + $delta);
		$invoice['expired_at'] += $delta;
		return $invoice;
	}

	/** The key that signs requests to $path: the payment key, for everything here. */
	protected function signingKey(string $path): string
	{
		return static::CREDENTIALS['api_key'];
	}

	private function authorized(EmuContext $ctx, string $path): bool
	{
		$sign = md5(base64_encode($ctx->body) . $this->signingKey($path));
		return hash_equals(static::CREDENTIALS['merchant_id'], $ctx->header('merchant') ?? '')
			&& hash_equals($sign, $ctx->header('sign') ?? '');
	}

	private function store(): string
	{
		return 'invoices-' . static::NAME;
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
		$invoice = emu_state_update($this->store(), static function (array &$all) use ($in): array {
			foreach ($all as $invoice) {
				if ($invoice['order_id'] === $in['order_id']) {
					return $invoice;
				}
			}
			$invoice = static::newInvoice($in);
			/* Not in any answer: whether a resend has a callback to send to, and how often it did. */
			$invoice['_emu'] = ['url_callback' => $in['url_callback'] ?? null, 'resends' => 0];
			return $all[$invoice['uuid']] = $invoice;
		});
		return $this->json(200, ['state' => 0, 'result' => $this->present($invoice)]);
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
		/* The page's rules for order_id: string min:1 max:128 alpha_dash. */
		foreach ($orderId === null ? [] : ['string', 'min:1', 'max:128', 'alpha_dash'] as $rule) {
			if (($failed = self::check($rule, $orderId, false)) !== null) {
				return $this->json(422, ['state' => 1, 'errors' => ['order_id' => ["validation.$failed"]]]);
			}
		}
		/* Both given: "the account will be identified by order_id" (the info page; refund's says uuid). */
		foreach (emu_state_read($this->store()) as $invoice) {
			if (is_string($orderId) ? $invoice['order_id'] === $orderId : $invoice['uuid'] === $uuid) {
				return $this->json(200, ['state' => 0, 'result' => $this->present($invoice)]);
			}
		}
		return $this->error(404, 'Payment not found');
	}

	/** Payment history: newest first, a page of PER_PAGE, keyset cursors in the query string. */
	private function history(array $in, string $query): EmuResponse
	{
		$errors = [];
		$range = [];
		foreach (['date_from', 'date_to'] as $field) {
			if (($in[$field] ?? null) === null) {
				continue;
			}
			$date = emu_parse_date($in[$field], 'Y-m-d H:i:s', self::ZONE);
			if ($date === null) {
				$errors[$field] = ['validation.date_format'];
			}
			$range[$field] = $date?->getTimestamp();
		}
		if (array_key_exists('cursor', $in)) {
			/* The docs put the cursor in the query string; a body cursor would be silently ignored. */
			$errors['cursor'] = ['validation.prohibited'];
		}
		if ($errors !== []) {
			return $this->json(422, ['state' => 1, 'errors' => $errors]);
		}
		parse_str($query, $q);
		$cursor = null;
		if (array_key_exists('cursor', $q)) {
			$cursor = is_string($q['cursor']) ? (emu_state_read('cursors-' . static::NAME)[$q['cursor']] ?? null) : null;
			if ($cursor === null) {
				return $this->error(422, 'Invalid cursor');
			}
		}
		$rows = array_values(array_filter(emu_newest_first($this, emu_state_read($this->store())),
			static fn (array $r): bool => $r['time'] >= ($range['date_from'] ?? -INF) && $r['time'] <= ($range['date_to'] ?? INF)));
		$perPage = (int) emu_setting(static::NAME, 'per_page', static::PER_PAGE);
		return $this->json(200, ['state' => 0, 'result' => $this->page($rows, $cursor, $perPage)]);
	}

	/**
	 * One page of $rows (newest first) from a cursor ({"time","seq","next"}: the row it was
	 * issued at, and which side of it to read), as Laravel's cursor paginator shapes it.
	 */
	private function page(array $rows, ?array $cursor, int $perPage): array
	{
		$after = static fn (array $r): bool => [$r['time'], $r['seq']] < [$cursor['time'], $cursor['seq']];
		if ($cursor === null) {
			$page = array_slice($rows, 0, $perPage);
			[$hasPrevious, $hasNext] = [false, count($rows) > $perPage];
		} elseif ($cursor['next']) {
			$side = array_values(array_filter($rows, $after));
			$page = array_slice($side, 0, $perPage);
			[$hasPrevious, $hasNext] = [true, count($side) > $perPage];
		} else {
			$side = array_values(array_filter($rows, static fn (array $r): bool => !$after($r)
				&& [$r['time'], $r['seq']] !== [$cursor['time'], $cursor['seq']]));
			$page = array_slice($side, max(0, count($side) - $perPage));
			[$hasPrevious, $hasNext] = [count($side) > $perPage, true];
		}
		$next = $hasNext && $page !== [] ? $this->issueCursor(end($page), true) : null;
		$previous = $hasPrevious && $page !== [] ? $this->issueCursor($page[0], false) : null;
		return [
			'items' => array_map(fn (array $r): array => $this->present($r['invoice']), $page),
			'paginate' => ['count' => count($page), 'hasPages' => $next !== null || $previous !== null,
				'nextCursor' => $next, 'previousCursor' => $previous, 'perPage' => $perPage],
		];
	}

	/** An opaque cursor (Laravel's form: base64url of JSON), remembered so a forged one, or
	 * another provider's, is refused (the random part keeps two providers' cursors apart). */
	private function issueCursor(array $row, bool $next): string
	{
		$key = ['time' => $row['time'], 'seq' => $row['seq'], 'next' => $next];
		$cursor = rtrim(strtr(base64_encode(json_encode(['created_at' => $row['invoice']['created_at'],
			'id' => $row['seq'], '_pointsToNextItems' => $next, 'n' => bin2hex(random_bytes(4))])), '+/', '-_'), '=');
		emu_state_update('cursors-' . static::NAME, static function (array &$all) use ($cursor, $key): void {
			$all[$cursor] = $key;
		});
		return $cursor;
	}

	private function refund(array $in): EmuResponse
	{
		$errors = self::idErrors($in, ['uuid', 'order_id'], 'validation.required_without');
		if (!isset($in['address']) || $in['address'] === '') {
			$errors['address'] = ['validation.required'];
		} elseif (!is_string($in['address'])) {
			$errors['address'] = ['validation.string'];
		}
		if (!isset($in['is_subtract'])) {
			$errors['is_subtract'] = ['validation.required'];
		} elseif (self::check('boolean', $in['is_subtract'], false) !== null) {
			$errors['is_subtract'] = ['validation.boolean'];
		}
		$errors += $this->refundAmountErrors($in);
		if ($errors !== []) {
			return $this->json(422, ['state' => 1, 'errors' => $errors]);
		}
		$problem = emu_state_update($this->store(), function (array &$all) use ($in): ?string {
			$key = self::find($all, $in, ['uuid', 'order_id']);
			if ($key === null) {
				return 'Payment was not found';
			}
			if (!in_array($all[$key]['status'], self::PAID, true)) {
				return 'The payment cannot be refunded';
			}
			$problem = $this->refundAmountProblem($all[$key], $in);
			if ($problem === null) {
				$all[$key] = $this->withStatus($all[$key], 'refund_process');
			}
			return $problem;
		});
		return $problem === null ? $this->json(200, ['state' => 0, 'result' => []]) : $this->error(422, $problem);
	}

	/** Validation of a refund's `amount`: Cryptomus documents none (an unknown key, ignored). */
	protected function refundAmountErrors(array $in): array
	{
		return [];
	}

	/** Why this invoice cannot be refunded the amount asked, or null. */
	protected function refundAmountProblem(array $invoice, array $in): ?string
	{
		return null;
	}

	/** @return list<array> the services list (limits and commissions per coin and network) */
	protected function services(): array
	{
		$out = [];
		foreach (static::SERVICES as [$network, $currency, $available, $min, $max, $fee, $percent]) {
			$out[] = ['network' => $network, 'currency' => $currency, 'is_available' => $available,
				'limit' => ['min_amount' => $min, 'max_amount' => $max],
				'commission' => ['fee_amount' => $fee, 'percent' => $percent]];
		}
		return $out;
	}

	private function resend(array $in): EmuResponse
	{
		$errors = self::idErrors($in, ['uuid', 'order_id', 'txid'], 'validation.required_without_all');
		if ($errors !== []) {
			return $this->json(422, ['state' => 1, 'errors' => $errors]);
		}
		$problem = emu_state_update($this->store(), static function (array &$all) use ($in): ?string {
			$key = self::find($all, $in, ['uuid', 'order_id', 'txid']);
			if ($key === null) {
				return 'Payment not found';
			}
			$emu = $all[$key]['_emu'] ?? [];
			if (!in_array($all[$key]['status'], self::PAID, true) || ($emu['url_callback'] ?? null) === null) {
				return 'Notification not found';
			}
			if (($emu['resends'] ?? 0) >= 10) {
				return 'Too much resend';
			}
			$all[$key]['_emu']['resends'] = ($emu['resends'] ?? 0) + 1;
			return null;
		});
		return $problem === null ? $this->json(200, ['state' => 0, 'result' => []]) : $this->error(422, $problem);
	}

	private function testWebhook(array $in): EmuResponse
	{
		$errors = [];
		foreach (['url_callback' => 'url', 'currency' => 'string', 'network' => 'string'] as $field => $rule) {
			$value = $in[$field] ?? null;
			if ($value === null || $value === '') {
				$errors[$field] = ['validation.required'];
			} elseif (!is_string($value)) {
				$errors[$field] = ['validation.string'];
			} elseif (self::check($rule, $value, false) !== null) {
				$errors[$field] = ["validation.$rule"];
			}
		}
		if (isset($in['status']) && !in_array($in['status'], static::STATUSES, true)) {
			$errors['status'] = ['validation.in'];
		}
		foreach (['uuid', 'order_id'] as $field) {
			if (isset($in[$field]) && !is_string($in[$field])) {
				$errors[$field] = ['validation.string'];
			}
		}
		return $errors === [] ? $this->json(200, ['state' => 0, 'result' => []])
			: $this->json(422, ['state' => 1, 'errors' => $errors]);
	}

	private function balance(): EmuResponse
	{
		return $this->json(200, ['state' => 0, 'result' => [['balance' => [
			'merchant' => [
				['uuid' => 'abcdabcd-abcd-1234-1234-abcdabcd0001', 'balance' => '12.50', 'currency_code' => 'USDT'],
				['uuid' => 'abcdabcd-abcd-1234-1234-abcdabcd0002', 'balance' => '0.00100000', 'currency_code' => 'BTC'],
			],
			'user' => [],
		]]]]);
	}

	/** Laravel's bag when none of $fields is given (each gets $rule), or one is not a string. */
	private static function idErrors(array $in, array $fields, string $rule): array
	{
		$given = array_filter($fields, static fn (string $f): bool => ($in[$f] ?? '') !== '');
		if ($given === []) {
			return array_fill_keys($fields, [$rule]);
		}
		$errors = [];
		foreach ($given as $f) {
			if (!is_string($in[$f])) {
				$errors[$f] = ['validation.string'];
			}
		}
		return $errors;
	}

	/** Store key of the invoice the first of $fields given names (uuid before order_id before txid). */
	private static function find(array $all, array $in, array $fields): ?string
	{
		foreach ($fields as $f) {
			if (($in[$f] ?? '') === '') {
				continue;
			}
			foreach ($all as $key => $invoice) {
				if ($invoice[$f] === $in[$f]) {
					return (string) $key;
				}
			}
			return null;
		}
		return null;
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
		return (new DateTimeImmutable("@$ts"))->setTimezone(new DateTimeZone(self::ZONE))->format('Y-m-d\TH:i:sP');
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
	protected static function check(string $rule, mixed $value, bool $missing): ?string
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
