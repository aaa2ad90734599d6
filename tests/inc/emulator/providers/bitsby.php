<?php
declare(strict_types=1);

/*
 * Bitsby (seed: bitsby-invoice-create.ru.txt; the others from docs.bitsby.app, see
 * /work/wt/research/lifecycle.md).
 *
 * Auth: `Authorization: Token <token>`, byte for byte, on every endpoint. Bodies must be
 * multipart/form-data (the balances also take an empty body).
 * The API allows one request per second per token: a request that starts less than 1000 ms
 * (minus EMU_BITSBY_SLACK_MS for clock noise) after the previous request with the same
 * Authorization header is refused, and still counts as the previous request for the next one.
 * This check runs before any scenario, like the real front end.
 *
 * Endpoints (POST):
 *   /invoices/create   create
 *   /invoices/list     fields, all optional: invoiceId, invoiceUid, projectId, startDate/endDate
 *                      (Y-m-d, UTC days of createDatetime, both inclusive), status (ONE of unpaid,
 *                      canceled, paid, expired), offset (default 0), limit (default 10, >= 1).
 *                      Newest first. Items: id, uid, createDatetime, timeToPayDatetime, amountFiat,
 *                      currencyFiat, description, serviceData, views, status - without views when
 *                      the request names an invoiceId (a lookup's answer, as before). Unknown id: [].
 *                      A bad field: 400 {"result":"error","data":"<field>: <problem>"}.
 *   /invoices/cancel   invoiceId: 200 {"result":"success","data":"Invoice canceled"} and the status
 *                      becomes canceled; only an unpaid invoice no payer opened (views 0, see
 *                      /_emulator/set_views), else 400 "Invoice cannot be canceled"; unknown 400
 *                      "Invoice not found"; none 400 "invoiceId: is required"
 *   /billing/balances  200 {"result":"success","data":{"internal":"100.00","partner":"0.00"}}
 *
 * Answers (PHP's default json_encode escaping, so URLs read "https:\/\/dash.bitsby.app\/..."):
 *   success         200 {"result":"success","data":{...}}    (list: "data":[...], [] = unknown)
 *   too frequent    200 {"result":"error","data":"Requests too frequent"}
 *   bad token       401 {"result":"error","data":"Invalid token"}
 *   not multipart   400 {"result":"error","data":"Content-Type must be multipart/form-data"}
 *   not UTF-8 text  400 {"result":"error","data":"<field>: must be UTF-8 text"}
 *   bad parameters  400 {"result":"error","data":"<field>: <problem>; ..."}
 *   other statuses  <status> {"result":"error","data":"<message>"}
 */

require_once __DIR__ . '/../common.php';

const EMU_BITSBY_SLACK_MS = 5;

final class EmuBitsby extends EmuProvider
{
	public const NAME = 'bitsby';

	/** /_emulator/set_per_page caps what one list answer holds. */
	public const PAGE_CAP = true;

	public const PATHS = ['/invoices/', '/billing/'];
	public const CREDENTIALS = ['project_id' => CI_TEST_BITSBY_PROJECT, 'api_token' => CI_TEST_BITSBY_TOKEN];
	protected const JSON_FLAGS = JSON_PRESERVE_ZERO_FRACTION;

	private const FIAT_USD = ['USD' => 1.0, 'EUR' => 1.0853, 'RUB' => 0.011];
	/** timeToPay as sent => hours. */
	private const TIME_TO_PAY = ['0.5' => 0.5, '1' => 1, '3' => 3, '6' => 6, '12' => 12];
	/** The words list takes as its status filter. */
	private const STATUSES = ['unpaid', 'canceled', 'paid', 'expired'];
	private const UUID = '/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iD';

	/** The seed's five wallets; amountCrypto is filled from the invoice (USD per coin). */
	private const WALLETS = [
		['c27b0847-40c9-4f1e-87f5-9c3d4999dfc1', 'usdt-bnb', 'bnbSmartChain', 'usdt', '0x1427ca2c71bCa28f0B619b70E3F112065D5411aC', 1.0],
		['a4c9e2ee-9a03-43e5-a1a1-00caf679d16a', 'usdt-ethereum', 'ethereum', 'usdt', '0x1427ca2c71bCa28f0B619b70E3F112065D5411aC', 1.0],
		['47aa71e2-07a0-482e-9172-7114d7376ba0', 'usdt-tron', 'tron', 'usdt', 'TKbstUwMzLrfTAGL4erYb7gc7ghmHQ9zG7', 1.0],
		['d7169f3a-f354-4f84-b85e-cf63e0a53367', 'ethereum', 'ethereum', 'eth', '0x1427ca2c71bCa28f0B619b70E3F112065D5411aC', 3474.0],
		['dee35e92-a2e2-4b12-be8c-e5505c62f1d6', 'btc', 'bitcoin', 'btc', 'bc1qd9hs6dal8k2x0l8zhsgywqyvn9tpj3mrkk430t', 62960.0],
	];

	public function error(int $status, string $message): EmuResponse
	{
		return $this->json($status, ['result' => 'error', 'data' => $message]);
	}

	public function authFailure(): EmuResponse
	{
		return $this->error(401, 'Invalid token');
	}

	/** A lookup's answer for ids it does not know is an empty list; a 404 carries the error envelope. */
	public function notFound(int $status): EmuResponse
	{
		return $status === 200 ? $this->json(200, ['result' => 'success', 'data' => []]) : $this->error($status, 'Invoice not found');
	}

	/** The rate limit, enforced for real on every request of a token. */
	public function admit(EmuContext $ctx): ?EmuResponse
	{
		$token = $ctx->header('authorization') ?? '';
		$previous = emu_state_update('bitsby-rate', static function (array &$last) use ($token, $ctx): ?float {
			$previous = $last[$token] ?? null;
			$last[$token] = max($previous ?? 0.0, $ctx->time);
			return $previous;
		});
		$tooSoon = $previous !== null && ($ctx->time - $previous) * 1000 < 1000 - EMU_BITSBY_SLACK_MS;
		return $tooSoon ? $this->error(200, 'Requests too frequent') : null;
	}

	public function handle(string $path, EmuContext $ctx): EmuResponse
	{
		if (!hash_equals('Token ' . CI_TEST_BITSBY_TOKEN, $ctx->header('authorization') ?? '')) {
			return $this->authFailure();
		}
		if ($path === '/billing/balances' && $ctx->body === '') {
			return $this->balances();
		}
		if ($ctx->contentType() !== 'multipart/form-data') {
			return $this->error(400, 'Content-Type must be multipart/form-data');
		}
		$fields = $ctx->form();
		if ($fields === null) {
			return $this->error(400, 'Malformed multipart/form-data body');
		}
		/* Every field is text the API reads as UTF-8. */
		foreach ($fields as $name => $value) {
			if (!is_string($value) || !preg_match('//u', $value)) {
				return $this->error(400, "$name: must be UTF-8 text");
			}
		}
		return match ($path) {
			'/invoices/create' => $this->create($fields),
			'/invoices/list' => $this->list($fields),
			'/invoices/cancel' => $this->cancel($fields),
			'/billing/balances' => $this->balances(),
			default => $this->error(404, 'Not found'),
		};
	}

	public function breakShape(array $body): array
	{
		if (array_is_list($body['data']) && $body['data'] !== []) {
			$body['data'][0]['id'] = 123456789;
		} else {
			$body['data']['id'] = 123456789;
		}
		return $body;
	}

	private function create(array $f): EmuResponse
	{
		$errors = self::validate($f);
		if ($errors !== []) {
			return $this->error(400, implode('; ', $errors));
		}
		$invoice = self::newInvoice($f);
		emu_state_update('invoices-bitsby', static function (array &$all) use ($invoice): void {
			$all[$invoice['id']] = $invoice;
		});
		return $this->json(200, ['result' => 'success', 'data' => self::pick($invoice,
			['id', 'uid', 'createDatetime', 'timeToPayDatetime', 'url', 'wallets'])]);
	}

	private function list(array $f): EmuResponse
	{
		$errors = self::listErrors($f);
		if ($errors !== []) {
			return $this->error(400, implode('; ', $errors));
		}
		$from = isset($f['startDate']) ? emu_parse_date($f['startDate'], 'Y-m-d')->getTimestamp() : -INF;
		$to = isset($f['endDate']) ? emu_parse_date($f['endDate'], 'Y-m-d')->getTimestamp() + 86400 : INF;
		$keys = ['id', 'uid', 'createDatetime', 'timeToPayDatetime', 'amountFiat', 'currencyFiat', 'description',
			'serviceData', 'views', 'status'];
		if (isset($f['invoiceId'])) {
			/* A lookup by id answers as it always did here (tests print its keys). */
			$keys = array_diff($keys, ['views']);
		}
		$data = [];
		foreach (emu_newest_first($this, emu_state_read('invoices-bitsby')) as $row) {
			$invoice = $row['invoice'];
			if ((!isset($f['invoiceId']) || $invoice['id'] === $f['invoiceId'])
				&& (!isset($f['invoiceUid']) || $invoice['uid'] === $f['invoiceUid'])
				&& (!isset($f['status']) || $invoice['status'] === $f['status'])
				&& $row['time'] >= $from && $row['time'] < $to) {
				$data[] = self::pick($invoice, $keys);
			}
		}
		$offset = (int) ($f['offset'] ?? 0);
		$limit = $this->pageLimit((int) ($f['limit'] ?? 10));
		return $this->json(200, ['result' => 'success', 'data' => array_slice($data, $offset, $limit)]);
	}

	/** @return list<string> "field: problem" of a list request */
	private static function listErrors(array $f): array
	{
		$errors = [];
		if (isset($f['invoiceId']) && $f['invoiceId'] === '') {
			$errors[] = 'invoiceId: must not be empty';
		}
		if (isset($f['projectId']) && $f['projectId'] !== CI_TEST_BITSBY_PROJECT) {
			$errors[] = 'projectId: project not found';
		}
		foreach (['startDate', 'endDate'] as $field) {
			if (isset($f[$field]) && emu_parse_date($f[$field], 'Y-m-d') === null) {
				$errors[] = "$field: must be a date in the format Y-m-d";
			}
		}
		if (isset($f['status']) && !in_array($f['status'], self::STATUSES, true)) {
			$errors[] = 'status: must be one of ' . implode(', ', self::STATUSES);
		}
		if (isset($f['offset']) && !preg_match('/^\d{1,9}$/D', $f['offset'])) {
			$errors[] = 'offset: must be a non-negative integer';
		}
		if (isset($f['limit']) && (!preg_match('/^\d{1,9}$/D', $f['limit']) || (int) $f['limit'] < 1)) {
			$errors[] = 'limit: must be a positive integer';
		}
		return $errors;
	}

	private function cancel(array $f): EmuResponse
	{
		$id = $f['invoiceId'] ?? '';
		if ($id === '') {
			return $this->error(400, 'invoiceId: is required');
		}
		$problem = emu_state_update('invoices-bitsby', function (array &$all) use ($id): ?string {
			if (!isset($all[$id])) {
				return 'Invoice not found';
			}
			if ($all[$id]['status'] !== 'unpaid' || ($all[$id]['views'] ?? 0) !== 0) {
				return 'Invoice cannot be canceled';
			}
			$all[$id] = $this->withStatus($all[$id], 'canceled');
			return null;
		});
		return $problem === null ? $this->json(200, ['result' => 'success', 'data' => 'Invoice canceled'])
			: $this->error(400, $problem);
	}

	private function balances(): EmuResponse
	{
		return $this->json(200, ['result' => 'success', 'data' => ['internal' => '100.00', 'partner' => '0.00']]);
	}

	public function createdTime(array $invoice): float
	{
		return (float) strtotime($invoice['createDatetime'] . ' UTC');
	}

	public function withCreated(array $invoice, float $time): array
	{
		$ts = (int) floor($time);
		$ttl = strtotime($invoice['timeToPayDatetime'] . ' UTC') - (int) $this->createdTime($invoice);
		$invoice['createDatetime'] = gmdate('Y-m-d H:i:s', $ts);
		$invoice['timeToPayDatetime'] = gmdate('Y-m-d H:i:s', $ts + $ttl);
		return $invoice;
	}

	public function withViews(array $invoice, int $views): ?array
	{
		$invoice['views'] = $views;
		return $invoice;
	}

	/** @return list<string> "field: problem" */
	private static function validate(array $f): array
	{
		$errors = [];
		$project = $f['projectId'] ?? null;
		if (!is_string($project) || !preg_match(self::UUID, $project)) {
			$errors[] = 'projectId: must be a UUID';
		} elseif ($project !== CI_TEST_BITSBY_PROJECT) {
			$errors[] = 'projectId: project not found';
		}
		$amount = $f['amountFiat'] ?? null;
		if (!emu_is_decimal($amount) || (float) $amount <= 0) {
			$errors[] = 'amountFiat: must be a positive number';
		}
		if (!isset(self::FIAT_USD[$f['currencyFiat'] ?? ''])) {
			$errors[] = 'currencyFiat: must be one of USD, EUR, RUB';
		}
		if (!isset(self::TIME_TO_PAY[$f['timeToPay'] ?? ''])) {
			$errors[] = 'timeToPay: must be one of 0.5, 1, 3, 6, 12';
		}
		foreach (['description', 'serviceData'] as $field) {
			if (isset($f[$field]) && !is_string($f[$field])) {
				$errors[] = "$field: must be a string";
			}
		}
		return $errors;
	}

	/** Everything the API knows about an invoice; create and list each show a part of it. */
	private static function newInvoice(array $f): array
	{
		$uid = emu_random_string(12, EMU_ALNUM);
		$now = time();
		/* Cent-rounded like the seed (10.55 EUR -> 11.45 USDT), then converted per coin. */
		$usd = round((float) $f['amountFiat'] * self::FIAT_USD[$f['currencyFiat']], 2);
		$wallets = [];
		foreach (self::WALLETS as [$id, $name, $chain, $coin, $address, $price]) {
			$wallets[] = ['id' => $id, 'name' => $name, 'blockchain' => $chain, 'cryptocurrency' => $coin,
				'address' => $address, 'amountCrypto' => number_format($usd / $price, 8, '.', '')];
		}
		return [
			'id' => emu_uuid4(),
			'uid' => $uid,
			'createDatetime' => gmdate('Y-m-d H:i:s', $now),
			'timeToPayDatetime' => gmdate('Y-m-d H:i:s', $now + (int) (3600 * self::TIME_TO_PAY[$f['timeToPay']])),
			'url' => "https://dash.bitsby.app/invoices/pay/$uid",
			'wallets' => $wallets,
			'projectId' => $f['projectId'],
			'amountFiat' => $f['amountFiat'],
			'currencyFiat' => $f['currencyFiat'],
			'description' => $f['description'] ?? null,
			'serviceData' => $f['serviceData'] ?? null,
			'views' => 0,
			'status' => 'unpaid',
		];
	}

	private static function pick(array $invoice, array $keys): array
	{
		return array_intersect_key($invoice, array_flip($keys));
	}
}
