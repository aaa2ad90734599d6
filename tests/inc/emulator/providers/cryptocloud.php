<?php
declare(strict_types=1);

/*
 * CryptoCloud API v2 (seed: cryptocloud-invoice-create.ru.txt; the others from
 * docs.cryptocloud.plus, see /work/wt/research/lifecycle.md).
 *
 * Auth: `Authorization: Token <api key>`, byte for byte, on every endpoint; the create body's
 * shop_id must be the test shop. `amount` must be a JSON number: the API is documented with a
 * float, and the extension must write the caller's decimal text as a number (the raw body is in
 * the request log for tests). Bodies are JSON objects (the balance also takes an empty body).
 *
 * Endpoints (POST):
 *   /v2/invoice/create             create
 *   /v2/invoice/merchant/info      {"uuids":[1 to 100 ids, "INV-XXXXXXXX" or "XXXXXXXX"]}: the ones
 *                                  it knows, in the order asked ([] for none); more than 100:
 *                                  400 validate_error "Maximum 100 uuids"
 *   /v2/invoice/merchant/list      {"start":"dd.mm.yyyy","end":"dd.mm.yyyy","offset"?,"limit"?}:
 *                                  invoices created on UTC days start..end (both inclusive), newest
 *                                  first, records offset+1..limit (limit is the number of the LAST
 *                                  record; defaults 0 and 10; none when limit <= offset). Items are
 *                                  info's without order_id (the page's field table has none).
 *                                  400 validate_error "start is required" / "end is required" /
 *                                  "Invalid date format" / "end must not be before start" /
 *                                  "offset must be a non-negative integer" / "limit must be a
 *                                  non-negative integer" / "Maximum 100 records per request"
 *                                  (limit - offset > 100)
 *   /v2/invoice/merchant/canceled  {"uuid":"INV-XXXXXXXX"|"XXXXXXXX"}: 200 {"status":"success",
 *                                  "result":["ok"]} and the status becomes canceled; only while
 *                                  created, else 400 validate_error "Invoice is not created";
 *                                  unknown 400 "Invoice not found"; no uuid 400 "uuid is required"
 *   /v2/merchant/wallet/balance/all  200 {"status":"success","result":[{"currency":{...},
 *                                  "balance_crypto","balance_usd","available_balance",
 *                                  "available_balance_usd"}, ...]}
 *
 * The seed documents no error body, so this emulator picks the envelope of the success answer
 * with the problems in `result` (the shape CryptoCloud's DRF backend uses for validation):
 *   field problems  400 {"status":"error","result":{"<field>":["<message>"]}}
 *                   (nested fields are named with dots: "add_fields.cryptocurrency")
 *   everything else     {"status":"error","result":{"validate_error":"<message>"}}
 *   bad token       401 {"status":"error","result":{"validate_error":"Invalid token"}}
 *   non-JSON body   415 {"status":"error","result":{"validate_error":"Unsupported media type"}}
 *   not strict JSON 400 {"status":"error","result":{"validate_error":"JSON parse error"}} (RFC 8259)
 * A lookup of ids it does not know is 200 {"status":"success","result":[]}.
 */

require_once __DIR__ . '/../common.php';

final class EmuCryptoCloud extends EmuProvider
{
	public const NAME = 'cryptocloud';
	public const PATHS = ['/v2/'];
	public const CREDENTIALS = ['shop_id' => CI_TEST_CRYPTOCLOUD_SHOP, 'api_key' => CI_TEST_CRYPTOCLOUD_KEY];
	public const OPTIONS = ['secret_key' => CI_TEST_CRYPTOCLOUD_SECRET];

	/** The 25 invoice currencies of the seed, with a rough USD rate for amount_usd. */
	private const FIAT_USD = [
		'USD' => 1.0, 'UZS' => 0.000079, 'KGS' => 0.0114, 'KZT' => 0.0021, 'AMD' => 0.0026,
		'AZN' => 0.588, 'BYN' => 0.306, 'AUD' => 0.66, 'TRY' => 0.031, 'AED' => 0.272,
		'CAD' => 0.73, 'CNY' => 0.138, 'HKD' => 0.128, 'IDR' => 0.000063, 'INR' => 0.012,
		'JPY' => 0.0067, 'PHP' => 0.0175, 'SGD' => 0.74, 'THB' => 0.028, 'VND' => 0.00004,
		'MYR' => 0.213, 'RUB' => 0.011, 'UAH' => 0.024, 'EUR' => 1.08, 'GBP' => 1.27,
	];

	/** The 40 payment currencies of the seed. */
	private const CRYPTO = [
		'BTC', 'LTC', 'TRX', 'SOL', 'TON', 'BNB', 'ETH', 'ETH_ARB', 'ETH_BASE', 'ETH_OPT',
		'USDT_ARB', 'USDT_BSC', 'USDT_ERC20', 'USDT_OPT', 'USDT_SOL', 'USDT_TON', 'USDT_TRC20',
		'USDC_ARB', 'USDC_BASE', 'USDC_BSC', 'USDC_ERC20', 'USDC_OPT', 'USDC_SOL', 'DAI_ARB',
		'DAI_BASE', 'DAI_BSC', 'DAI_ERC20', 'DAI_OPT', 'USDD_TRC20', 'PYUSD_ERC20', 'PYUSD_SOL',
		'XAUT_ERC20', 'XAUT_TON', 'ARB_ARB', 'OP_OPT', 'PEPE_BSC', 'PEPE_ERC20', 'SHIB_BSC',
		'SHIB_ERC20', 'TRUMP_SOL',
	];

	/** USD price of a coin, for the crypto `amount` of the answer. Stablecoins default to 1. */
	private const PRICE_USD = ['BTC' => 62000.0, 'ETH' => 3000.0, 'LTC' => 70.0, 'TRX' => 0.12,
		'SOL' => 150.0, 'TON' => 5.0, 'BNB' => 580.0, 'XAUT' => 2300.0, 'ARB' => 0.8, 'OP' => 1.7,
		'PEPE' => 0.00001, 'SHIB' => 0.00002, 'TRUMP' => 10.0];

	/** The seed's currency object (ETH on ERC20). */
	private const ETH = [
		'id' => 3, 'code' => 'ETH', 'fullcode' => 'ETH',
		'network' => ['code' => 'ERC20', 'id' => 3, 'icon' => 'https://cdn.cryptocloud.plus/img/network/ERC.svg',
			'fullname' => 'Ethereum'],
		'name' => 'Ethereum', 'is_email_required' => false, 'stablecoin' => false,
		'icon_base' => 'https://cdn.cryptocloud.plus/img/currency/ETH.svg',
		'icon_network' => 'https://cdn.cryptocloud.plus/img/currency/ETH.svg',
		'icon_qr' => 'https://cdn.cryptocloud.plus/img/stroke/ETH_STROKE.svg',
		'order' => 9,
	];

	private const BALANCE = '/v2/merchant/wallet/balance/all';

	private const PROJECT = [
		'id' => 0, 'name' => 'MyShop', 'fail' => 'https://test.com/failed-payment',
		'success' => 'https://test.com/successful-payment',
		'logo' => 'https://static.cryptocloud.plus/logo/logo.jpg',
	];

	public function error(int $status, string $message): EmuResponse
	{
		return $this->json($status, ['status' => 'error', 'result' => ['validate_error' => $message]]);
	}

	public function authFailure(): EmuResponse
	{
		return $this->error(401, 'Invalid token');
	}

	/** A lookup's answer for ids it does not know is an empty list; a 404 carries the error envelope. */
	public function notFound(int $status): EmuResponse
	{
		return $status === 200 ? $this->json(200, ['status' => 'success', 'result' => []]) : $this->error($status, 'Invoice not found');
	}

	public function handle(string $path, EmuContext $ctx): EmuResponse
	{
		if (!hash_equals('Token ' . CI_TEST_CRYPTOCLOUD_KEY, $ctx->header('authorization') ?? '')) {
			return $this->authFailure();
		}
		/* The balance page's example sends no body at all. */
		if ($path === self::BALANCE && $ctx->body === '') {
			return $this->balance();
		}
		if ($ctx->contentType() !== 'application/json') {
			return $this->error(415, 'Unsupported media type');
		}
		$in = $ctx->jsonObject();
		if ($in === null) {
			return $this->error(400, 'JSON parse error');
		}
		return match ($path) {
			'/v2/invoice/create' => $this->create($in),
			'/v2/invoice/merchant/info' => $this->info($in),
			'/v2/invoice/merchant/list' => $this->list($in),
			'/v2/invoice/merchant/canceled' => $this->cancel($in),
			self::BALANCE => $this->balance(),
			default => $this->error(404, 'Not found'),
		};
	}

	public function breakShape(array $body): array
	{
		if (array_is_list($body['result']) && $body['result'] !== []) {
			$body['result'][0]['uuid'] = 123456789;
		} else {
			$body['result']['uuid'] = 123456789;
		}
		return $body;
	}

	/** Tests may name an invoice with or without the INV- prefix, as postbacks do. */
	public function storeKey(string $id): string
	{
		return str_starts_with($id, 'INV-') ? $id : "INV-$id";
	}

	private function create(array $in): EmuResponse
	{
		$errors = self::validate($in);
		if ($errors !== []) {
			return $this->json(400, ['status' => 'error', 'result' => $errors]);
		}
		$invoice = self::newInvoice($in);
		emu_state_update('invoices-cryptocloud', static function (array &$all) use ($invoice): void {
			$all[$invoice['uuid']] = $invoice;
		});
		return $this->json(200, ['status' => 'success', 'result' => $invoice]);
	}

	private function info(array $in): EmuResponse
	{
		$uuids = $in['uuids'] ?? null;
		if (is_array($uuids) && count($uuids) > 100) {
			return $this->error(400, 'Maximum 100 uuids');
		}
		if (!is_array($uuids) || !array_is_list($uuids) || $uuids === [] || count($uuids) > 100
			|| count(array_filter($uuids, 'is_string')) !== count($uuids)) {
			return $this->json(400, ['status' => 'error',
				'result' => ['uuids' => ['A list of 1 to 100 invoice ids is required.']]]);
		}
		$all = emu_state_read('invoices-cryptocloud');
		$found = [];
		foreach ($uuids as $id) {
			if (isset($all[$this->storeKey($id)])) {
				$found[] = $all[$this->storeKey($id)];
			}
		}
		return $this->json(200, ['status' => 'success', 'result' => $found]);
	}

	public function createdTime(array $invoice): float
	{
		return (float) self::utc($invoice['created'])->format('U.u');
	}

	public function withCreated(array $invoice, float $time): array
	{
		$created = self::utc($invoice['created']);
		$expiry = self::utc($invoice['expiry_date']);
		$new = DateTimeImmutable::createFromFormat('U.u', sprintf('%.6F', $time))->setTimezone(new DateTimeZone('UTC'));
		$invoice['created'] = $new->format('Y-m-d H:i:s.u');
		$ttl = (int) $expiry->format('U') - (int) $created->format('U');
		$invoice['expiry_date'] = $new->modify("$ttl seconds")->format('Y-m-d H:i:s.u');
		return $invoice;
	}

	/** A time as CryptoCloud writes it: UTC, microseconds. */
	private static function utc(string $time): DateTimeImmutable
	{
		return DateTimeImmutable::createFromFormat('Y-m-d H:i:s.u', $time, new DateTimeZone('UTC'));
	}

	private function list(array $in): EmuResponse
	{
		$days = [];
		foreach (['start', 'end'] as $field) {
			if (!array_key_exists($field, $in) || $in[$field] === null || $in[$field] === '') {
				return $this->error(400, "$field is required");
			}
			$days[$field] = emu_parse_date($in[$field], 'd.m.Y');
			if ($days[$field] === null) {
				return $this->error(400, 'Invalid date format');
			}
		}
		if ($days['end'] < $days['start']) {
			return $this->error(400, 'end must not be before start');
		}
		$offset = $in['offset'] ?? 0;
		$limit = $in['limit'] ?? 10;
		foreach (['offset' => $offset, 'limit' => $limit] as $field => $value) {
			if (!is_int($value) || $value < 0) {
				return $this->error(400, "$field must be a non-negative integer");
			}
		}
		if ($limit - $offset > 100) {
			return $this->error(400, 'Maximum 100 records per request');
		}
		$from = $days['start']->getTimestamp();
		$to = $days['end']->getTimestamp() + 86400; /* the whole end day */
		$items = [];
		foreach (emu_newest_first($this, emu_state_read('invoices-cryptocloud')) as $row) {
			if ($row['time'] >= $from && $row['time'] < $to) {
				$item = $row['invoice'];
				unset($item['order_id']);
				$items[] = $item;
			}
		}
		return $this->json(200, ['status' => 'success', 'result' => array_slice($items, $offset, max(0, $limit - $offset))]);
	}

	private function cancel(array $in): EmuResponse
	{
		$uuid = $in['uuid'] ?? null;
		if (!is_string($uuid) || $uuid === '') {
			return $this->error(400, 'uuid is required');
		}
		$key = $this->storeKey($uuid);
		$problem = emu_state_update('invoices-cryptocloud', function (array &$all) use ($key): ?string {
			if (!isset($all[$key])) {
				return 'Invoice not found';
			}
			if ($all[$key]['status'] !== 'created') {
				return 'Invoice is not created';
			}
			$all[$key] = $this->withStatus($all[$key], 'canceled');
			return null;
		});
		return $problem === null ? $this->json(200, ['status' => 'success', 'result' => ['ok']]) : $this->error(400, $problem);
	}

	private function balance(): EmuResponse
	{
		$row = static fn (int $id, string $code, string $short, string $network, float $crypto, float $usd): array => [
			'currency' => ['id' => $id, 'code' => $code, 'short_code' => $short, 'name' => $short,
				'is_email_required' => false, 'stablecoin' => $short === 'USDT', 'icon_base' => "https://cdn.cryptocloud.plus/img/currency/$short.svg",
				'icon_network' => "https://cdn.cryptocloud.plus/img/network/$network.svg", 'icon_qr' => "https://cdn.cryptocloud.plus/img/stroke/{$short}_STROKE.svg",
				'order' => $id, 'obj_network' => ['code' => $network, 'id' => $id, 'icon' => "https://cdn.cryptocloud.plus/img/network/$network.svg",
					'fullname' => $network], 'enable' => true],
			'balance_crypto' => $crypto, 'balance_usd' => $usd, 'available_balance' => $crypto, 'available_balance_usd' => $usd,
		];
		return $this->json(200, ['status' => 'success', 'result' => [
			$row(4, 'USDT_TRC20', 'USDT', 'TRC20', 125.5, 125.5),
			$row(1, 'BTC', 'BTC', 'BTC', 0.0, 0.0),
		]]);
	}

	/** @return array<string, list<string>> */
	private static function validate(array $in): array
	{
		$errors = [];
		$shop = $in['shop_id'] ?? null;
		if (!is_string($shop) || $shop === '') {
			$errors['shop_id'] = ['This field is required.'];
		} elseif ($shop !== CI_TEST_CRYPTOCLOUD_SHOP) {
			$errors['shop_id'] = ['Shop not found.'];
		}
		$amount = $in['amount'] ?? null;
		if ($amount === null) {
			$errors['amount'] = ['This field is required.'];
		} elseif (!is_int($amount) && !is_float($amount)) {
			/* A JSON string ("100.10") is refused: the extension must send a number. */
			$errors['amount'] = ['A valid number is required.'];
		} elseif ($amount <= 0 || !is_finite((float) $amount)) {
			$errors['amount'] = ['Ensure this value is greater than 0.'];
		}
		$currency = $in['currency'] ?? 'USD';
		if (!is_string($currency) || !isset(self::FIAT_USD[$currency])) {
			$errors['currency'] = ['"' . (is_string($currency) ? $currency : gettype($currency)) . '" is not a valid choice.'];
		}
		foreach (['order_id', 'email'] as $field) {
			if (isset($in[$field]) && !is_string($in[$field])) {
				$errors[$field] = ['Not a valid string.'];
			}
		}
		if (is_string($in['email'] ?? null) && !preg_match('/^[^@\s]+@[^@\s]+\.[^@\s]+$/D', $in['email'])) {
			$errors['email'] = ['Enter a valid email address.'];
		}
		return $errors + self::validateAddFields($in['add_fields'] ?? null);
	}

	private static function validateAddFields(mixed $add): array
	{
		if ($add === null) {
			return [];
		}
		if (!is_array($add) || (array_is_list($add) && $add !== [])) {
			return ['add_fields' => ['Expected a dictionary of items.']];
		}
		$errors = [];
		if (isset($add['time_to_pay']) && self::timeToPay($add['time_to_pay']) === null) {
			$errors['add_fields.time_to_pay'] = ['Expected {"hours": int, "minutes": int} greater than zero.'];
		}
		if (isset($add['available_currencies']) && !self::isCryptoList($add['available_currencies'])) {
			$errors['add_fields.available_currencies'] = ['Each item must be one of: ' . implode(', ', self::CRYPTO) . '.'];
		}
		if (isset($add['cryptocurrency']) && !in_array($add['cryptocurrency'], self::CRYPTO, true)) {
			$errors['add_fields.cryptocurrency'] = ['"' . json_encode($add['cryptocurrency']) . '" is not a valid choice.'];
		}
		return $errors;
	}

	private static function isCryptoList(mixed $list): bool
	{
		if (!is_array($list) || !array_is_list($list) || $list === []) {
			return false;
		}
		foreach ($list as $code) {
			if (!in_array($code, self::CRYPTO, true)) {
				return false;
			}
		}
		return true;
	}

	/** Seconds of {"hours","minutes"}, or null when malformed. */
	private static function timeToPay(mixed $t): ?int
	{
		if (!is_array($t)) {
			return null;
		}
		$h = $t['hours'] ?? 0;
		$m = $t['minutes'] ?? 0;
		if (!is_int($h) || !is_int($m) || $h < 0 || $m < 0 || $h * 60 + $m === 0) {
			return null;
		}
		return ($h * 60 + $m) * 60;
	}

	/** The seed's result object, in its order, plus order_id as sent. */
	private static function newInvoice(array $in): array
	{
		$code = emu_random_string(8, EMU_ALNUM_UPPER);
		$created = new DateTimeImmutable('now', new DateTimeZone('UTC'));
		$ttl = self::timeToPay($in['add_fields']['time_to_pay'] ?? null) ?? 86400;
		$fiat = $in['currency'] ?? 'USD';
		$crypto = $in['add_fields']['cryptocurrency'] ?? null;
		$usd = round($in['amount'] * self::FIAT_USD[$fiat], 2);
		$price = self::PRICE_USD[explode('_', $crypto ?? 'ETH')[0]] ?? 1.0;
		$cryptoAmount = round($usd / $price, 6);
		return [
			'uuid' => "INV-$code",
			'created' => $created->format('Y-m-d H:i:s.u'),
			'address' => $crypto === null ? '' : emu_address($crypto),
			'expiry_date' => $created->modify("+$ttl seconds")->format('Y-m-d H:i:s.u'),
			'side_commission' => 'client',
			'side_commission_cc' => 'client',
			'amount' => $cryptoAmount,
			'amount_usd' => (float) $usd,
			'amount_in_fiat' => (float) $in['amount'],
			'fee' => 0.000004,
			'fee_usd' => 0.01,
			'service_fee' => round($cryptoAmount * 0.019, 6),
			'service_fee_usd' => round($usd * 0.019, 2),
			'fiat_currency' => $fiat,
			'status' => 'created',
			'is_email_required' => false,
			'link' => "pay.cryptocloud.plus/$code",
			'currency' => self::currencyObject($crypto),
			'project' => self::PROJECT,
			'test_mode' => false,
			'order_id' => $in['order_id'] ?? null,
		];
	}

	/** The seed's ETH object, renamed to the chosen coin when the shop forced one. */
	private static function currencyObject(?string $crypto): array
	{
		$obj = self::ETH;
		if ($crypto !== null && $crypto !== 'ETH') {
			[$coin, $network] = explode('_', $crypto, 2) + [1 => $crypto];
			$obj['code'] = $coin;
			$obj['fullcode'] = $crypto;
			$obj['name'] = $coin;
			$obj['network']['code'] = $network;
			$obj['stablecoin'] = !isset(self::PRICE_USD[$coin]);
		}
		return $obj;
	}
}
