<?php
declare(strict_types=1);

/*
 * Shared pieces of the provider emulator: the request context, replies, the state directory,
 * the request log and the failure scenarios.
 *
 * The emulator runs under `php -n -S`, so only what is compiled into every PHP build may be
 * used here: json, date, hash, pcre, standard, spl. No curl, no mbstring, no ctype.
 */

require_once __DIR__ . '/../credentials.inc';

/* Most providers answer with unescaped slashes (as their docs print them); Bitsby overrides. */
const EMU_JSON = JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_PRESERVE_ZERO_FRACTION;
const EMU_MIB = 1048576;
const EMU_ALNUM_UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const EMU_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const EMU_BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/* ---------------------------------------------------------------- request and response */

final class EmuContext
{
	/** @param array<string,string> $headers lowercase names */
	public function __construct(
		public readonly string $method,
		public readonly string $path,
		public readonly string $query,
		public readonly string $scenario,
		public readonly array $headers,
		public readonly string $body,
		public readonly float $time,
		private readonly array $post = [],
	) {
	}

	public function header(string $name): ?string
	{
		return $this->headers[strtolower($name)] ?? null;
	}

	/** Media type of the body, lowercase, without parameters. */
	public function contentType(): string
	{
		return strtolower(trim(explode(';', $this->header('content-type') ?? '')[0]));
	}

	/** The body as a JSON object (assoc array), or null when it is not one. Big integers stay
	 * strings so a millisecond nonce or an id never loses digits. */
	public function jsonObject(): ?array
	{
		$data = json_decode($this->body, true, 64, JSON_BIGINT_AS_STRING);
		/* "{}" and "[]" both decode to []: only the first byte tells an object from a list. */
		return is_array($data) && ltrim($this->body)[0] === '{' ? $data : null;
	}

	/** Whether the body parses as JSON under RFC 8259 exactly (PHP's parser is strict: no
	 * leading zeros, '+', lone '.', trailing commas, single quotes or comments). */
	public function strictJson(): bool
	{
		json_decode($this->body, false, 512, JSON_BIGINT_AS_STRING);
		return json_last_error() === JSON_ERROR_NONE;
	}

	/** Form fields of a multipart or urlencoded body; null when the body cannot be parsed. */
	public function form(): ?array
	{
		$type = $this->contentType();
		if ($type === 'multipart/form-data') {
			/* With enable_post_data_reading=1 PHP has consumed the raw body into $_POST. */
			return $this->body === '' ? $this->post
				: emu_parse_multipart($this->body, $this->header('content-type') ?? '');
		}
		if ($type === 'application/x-www-form-urlencoded') {
			parse_str($this->body, $fields);
			return $fields;
		}
		return null;
	}
}

final class EmuResponse
{
	/** @param array<string,string> $headers
	 *  @param ?Closure $stream writes the body itself (huge, cut); no Content-Length is added */
	public function __construct(
		public int $status,
		public string $body = '',
		public array $headers = [],
		public ?Closure $stream = null,
	) {
	}
}

function emu_json_response(int $status, mixed $data, int $flags = EMU_JSON, array $headers = []): EmuResponse
{
	/* Substitute, not fail: a multipart field may carry any bytes back into an answer. */
	$body = json_encode($data, $flags | JSON_INVALID_UTF8_SUBSTITUTE | JSON_THROW_ON_ERROR);
	return new EmuResponse($status, $body, ['Content-Type' => 'application/json'] + $headers);
}

function emu_text(int $status, string $text): EmuResponse
{
	return new EmuResponse($status, $text, ['Content-Type' => 'text/plain; charset=utf-8']);
}

function emu_html(int $status): EmuResponse
{
	$title = $status === 200 ? 'Maintenance' : "$status Internal Server Error";
	$html = "<!DOCTYPE html>\n<html><head><title>$title</title></head>\n"
		. "<body><h1>$title</h1><p>The service is temporarily unavailable.</p></body></html>\n";
	return new EmuResponse($status, $html, ['Content-Type' => 'text/html; charset=UTF-8']);
}

/** Builds the context from the superglobals of `php -S`. */
function emu_context(): EmuContext
{
	$uri = $_SERVER['REQUEST_URI'] ?? '/';
	/* Not parse_url(): it would read "//v1/payment" as a host name. */
	$qpos = strpos($uri, '?');
	$path = $qpos === false ? $uri : substr($uri, 0, $qpos);
	$query = $qpos === false ? '' : substr($uri, $qpos + 1);
	[$scenario, $path] = emu_split_scenario($path);

	return new EmuContext(
		method: $_SERVER['REQUEST_METHOD'] ?? 'GET',
		path: $path,
		query: $query,
		scenario: $scenario,
		headers: array_change_key_case(getallheaders(), CASE_LOWER),
		body: (string) file_get_contents('php://input'),
		time: microtime(true),
		post: $_POST,
	);
}

/** "/_s/<name>/<rest>" => [name, "/<rest>"]; anything else runs under "ok". */
function emu_split_scenario(string $path): array
{
	if (preg_match('#^/_s/([^/]+)(/.*)?$#', $path, $m)) {
		return [rawurldecode($m[1]), ($m[2] ?? '') === '' ? '/' : $m[2]];
	}
	return ['ok', $path];
}

function emu_send(EmuResponse $r): void
{
	header_remove('X-Powered-By');
	http_response_code($r->status);
	foreach ($r->headers as $name => $value) {
		header("$name: $value");
	}
	if ($r->stream !== null) {
		/* Keep running after a client hangs up, so the stream can notice and stop cleanly. */
		ignore_user_abort(true);
		while (ob_get_level() > 0) {
			ob_end_flush();
		}
		($r->stream)();
		return;
	}
	header('Content-Length: ' . strlen($r->body));
	echo $r->body;
}

/* ---------------------------------------------------------------- multipart */

/**
 * Field parts of a multipart/form-data body (file parts are skipped). Parsed by hand because
 * the server runs with enable_post_data_reading=0, which keeps the raw body for the log.
 * Returns null when the body does not follow the boundary of its Content-Type.
 */
function emu_parse_multipart(string $body, string $contentType): ?array
{
	if (!preg_match('/boundary=(?:"([^"]+)"|([^;\s]+))/i', $contentType, $m)) {
		return null;
	}
	$delimiter = "\r\n--" . ($m[1] !== '' ? $m[1] : $m[2]);
	$chunks = explode($delimiter, "\r\n" . $body);
	$closing = array_pop($chunks);
	if (count($chunks) < 1 || !str_starts_with($closing, '--')) {
		return null;
	}
	array_shift($chunks); /* preamble */
	$fields = [];
	foreach ($chunks as $chunk) {
		$part = emu_multipart_part($chunk);
		if ($part === null) {
			return null;
		}
		if ($part !== []) {
			$fields[$part[0]] = $part[1];
		}
	}
	return $fields;
}

/** One part: [name, value], [] for a file part, null when malformed. */
function emu_multipart_part(string $chunk): ?array
{
	$chunk = preg_replace('/^[ \t]*\r\n/', '', $chunk, 1, $count);
	$split = strpos($chunk, "\r\n\r\n");
	if ($count !== 1 || $split === false) {
		return null;
	}
	$head = substr($chunk, 0, $split);
	if (!preg_match('/^content-disposition:\s*form-data\s*;(.*)$/im', $head, $cd)
		|| !preg_match('/(?:^|;)\s*name="([^"]*)"/i', $cd[1], $name)) {
		return null;
	}
	if (preg_match('/(?:^|;)\s*filename="/i', $cd[1])) {
		return [];
	}
	return [$name[1], substr($chunk, $split + 4)];
}

/* ---------------------------------------------------------------- state */

function emu_state_dir(): string
{
	static $dir = null;
	if ($dir === null) {
		$dir = getenv('CI_EMU_STATE') ?: sys_get_temp_dir() . '/ci-emu-' . getmypid();
		if (!is_dir($dir) && !@mkdir($dir, 0700, true) && !is_dir($dir)) {
			throw new RuntimeException("cannot create state dir $dir");
		}
	}
	return $dir;
}

/**
 * Read-modify-write of one JSON state file under an exclusive lock, so that find-or-create
 * (order_id / externalId dedup), nonce checks and rate-limit windows stay atomic even when
 * the server runs with PHP_CLI_SERVER_WORKERS.
 *
 * @param callable(array &$data): mixed $fn
 */
function emu_state_update(string $name, callable $fn): mixed
{
	$fh = fopen(emu_state_dir() . "/$name.json", 'c+');
	flock($fh, LOCK_EX);
	try {
		$raw = stream_get_contents($fh);
		$data = $raw === '' ? [] : json_decode($raw, true, 512, JSON_THROW_ON_ERROR);
		$result = $fn($data);
		ftruncate($fh, 0);
		rewind($fh);
		fwrite($fh, json_encode($data, EMU_JSON | JSON_INVALID_UTF8_SUBSTITUTE | JSON_THROW_ON_ERROR));
		fflush($fh);
		return $result;
	} finally {
		flock($fh, LOCK_UN);
		fclose($fh);
	}
}

function emu_state_read(string $name): array
{
	$path = emu_state_dir() . "/$name.json";
	if (!is_file($path)) {
		return [];
	}
	$fh = fopen($path, 'r');
	flock($fh, LOCK_SH);
	$raw = stream_get_contents($fh);
	flock($fh, LOCK_UN);
	fclose($fh);
	return $raw === '' ? [] : json_decode($raw, true, 512, JSON_THROW_ON_ERROR);
}

/** Empties every state file (log, invoices, nonces, counters, rate windows) under its lock. */
function emu_state_reset(): void
{
	$files = glob(emu_state_dir() . '/*.json') ?: [];
	$files[] = emu_state_dir() . '/log.jsonl';
	foreach ($files as $path) {
		$fh = fopen($path, 'c');
		flock($fh, LOCK_EX);
		ftruncate($fh, 0);
		flock($fh, LOCK_UN);
		fclose($fh);
	}
}

/** 1 for the first request seen under $name since the last reset, then 2, 3... */
function emu_counter_next(string $name): int
{
	return emu_state_update('counters', static function (array &$c) use ($name): int {
		return $c[$name] = ($c[$name] ?? 0) + 1;
	});
}

/* ---------------------------------------------------------------- request log */

function emu_log_request(EmuContext $ctx): void
{
	$entry = [
		'method' => $ctx->method,
		'path' => $ctx->path,
		'scenario' => $ctx->scenario,
		'headers' => $ctx->headers,
		'body' => $ctx->body,
		'time' => $ctx->time,
	];
	if ($ctx->query !== '') {
		$entry['query'] = $ctx->query;
	}
	/* JSON cannot hold arbitrary bytes: keep an exact copy when the body is not UTF-8. */
	if (!preg_match('//u', $ctx->body)) {
		$entry['body_base64'] = base64_encode($ctx->body);
	}
	$line = json_encode($entry, EMU_JSON | JSON_INVALID_UTF8_SUBSTITUTE | JSON_THROW_ON_ERROR) . "\n";
	$fh = fopen(emu_state_dir() . '/log.jsonl', 'a');
	flock($fh, LOCK_EX);
	fwrite($fh, $line);
	fflush($fh);
	flock($fh, LOCK_UN);
	fclose($fh);
}

/** The log as the raw text of a JSON array (the lines are already JSON); with $path, only the
 * requests to that path (as logged: with the provider's MOUNT, without the scenario prefix). */
function emu_log_json(?string $path = null): string
{
	$file = emu_state_dir() . '/log.jsonl';
	if (!is_file($file)) {
		return '[]';
	}
	$fh = fopen($file, 'r');
	flock($fh, LOCK_SH);
	$raw = stream_get_contents($fh);
	flock($fh, LOCK_UN);
	fclose($fh);
	$lines = array_filter(explode("\n", $raw), static fn (string $l): bool => $l !== ''
		&& ($path === null || json_decode($l, true, 512, JSON_THROW_ON_ERROR)['path'] === $path));
	return '[' . implode(',', $lines) . ']';
}

/* ---------------------------------------------------------------- control endpoints */

/** /_emulator/* : never logged, never subject to scenarios (the header of router.php lists them). */
function emu_control(EmuContext $ctx): EmuResponse
{
	parse_str($ctx->query, $query);
	switch ($ctx->path) {
		case '/_emulator/log':
			$path = $query['path'] ?? null;
			return new EmuResponse(200, emu_log_json(is_string($path) ? $path : null), ['Content-Type' => 'application/json']);
		case '/_emulator/reset':
			emu_state_reset();
			return emu_json_response(200, ['ok' => true]);
		case '/_emulator/invoices':
			return emu_control_invoices($query);
		case '/_emulator/set_status':
			return emu_control_edit($ctx, 'status', static fn ($v): bool => is_string($v),
				static fn (EmuProvider $p, array $invoice, $v): ?array => $p->withStatus($invoice, $v));
		case '/_emulator/set_created':
			return emu_control_edit($ctx, 'created', static fn ($v): bool => (is_int($v) || is_float($v)) && $v >= 0 && $v < 1e11,
				static fn (EmuProvider $p, array $invoice, $v): ?array => $p->withCreated($invoice, (float) $v));
		case '/_emulator/set_views':
			return emu_control_edit($ctx, 'views', static fn ($v): bool => is_int($v) && $v >= 0,
				static fn (EmuProvider $p, array $invoice, $v): ?array => $p->withViews($invoice, $v));
		case '/_emulator/set_per_page':
			return emu_control_per_page($ctx);
		default:
			return emu_json_response(404, ['ok' => false, 'error' => "no control endpoint {$ctx->path}"]);
	}
}

/**
 * POST {"provider","id","<field>"}: one stored invoice changed by $edit (null: the provider has
 * no such thing, 400). 404 for an id the provider does not hold.
 *
 * @param callable(mixed): bool $valid
 * @param callable(EmuProvider, array, mixed): ?array $edit
 */
function emu_control_edit(EmuContext $ctx, string $field, callable $valid, callable $edit): EmuResponse
{
	$in = $ctx->jsonObject() ?? [];
	$provider = emu_provider_object((string) ($in['provider'] ?? ''));
	if ($ctx->method !== 'POST' || $provider === null
		|| !is_string($in['id'] ?? null) || !array_key_exists($field, $in) || !$valid($in[$field])) {
		return emu_json_response(400, ['ok' => false,
			'error' => "POST {\"provider\",\"id\",\"$field\"} with a known provider and a valid $field"]);
	}
	$key = $provider->storeKey($in['id']);
	$unsupported = false;
	$invoice = emu_state_update('invoices-' . $provider::NAME,
		static function (array &$all) use ($provider, $key, $in, $field, $edit, &$unsupported): ?array {
			if (!isset($all[$key])) {
				return null;
			}
			$changed = $edit($provider, $all[$key], $in[$field]);
			if ($changed === null) {
				$unsupported = true;
				return null;
			}
			return $all[$key] = $changed;
		});
	if ($unsupported) {
		return emu_json_response(400, ['ok' => false, 'error' => "{$in['provider']} invoices have no $field"]);
	}
	return $invoice === null
		? emu_json_response(404, ['ok' => false, 'error' => "unknown {$in['provider']} invoice {$in['id']}"])
		: emu_json_response(200, ['ok' => true, 'invoice' => $invoice]);
}

/** POST {"provider","per_page"}: the page size of a provider that chooses it itself (Cryptomus), or
 * the most records a list answer of Bitsby or OnChainPay holds whatever "limit" asks (a cap neither
 * documents, to prove a short page does not end the client's walk). */
function emu_control_per_page(EmuContext $ctx): EmuResponse
{
	$in = $ctx->jsonObject() ?? [];
	$provider = emu_provider_object((string) ($in['provider'] ?? ''));
	$n = $in['per_page'] ?? null;
	if ($ctx->method !== 'POST' || $provider === null || ($provider::PER_PAGE === null && !$provider::PAGE_CAP)
		|| !is_int($n) || $n < 1 || $n > 1000) {
		return emu_json_response(400, ['ok' => false,
			'error' => 'POST {"provider","per_page"}: a provider with a page size or cap of its own, 1 to 1000']);
	}
	emu_state_update('settings', static function (array &$s) use ($provider, $n): void {
		$s[$provider::NAME]['per_page'] = $n;
	});
	return emu_json_response(200, ['ok' => true]);
}

/** GET ?provider=<name>: the invoices the provider holds, as stored, newest first. */
function emu_control_invoices(array $query): EmuResponse
{
	$provider = emu_provider_object(is_string($query['provider'] ?? null) ? $query['provider'] : '');
	if ($provider === null) {
		return emu_json_response(400, ['ok' => false, 'error' => 'GET ?provider=<a known provider>']);
	}
	$rows = emu_newest_first($provider, emu_state_read('invoices-' . $provider::NAME));
	return emu_json_response(200, array_column($rows, 'invoice'));
}

/** A setting a control endpoint stored for a provider, or $default. */
function emu_setting(string $provider, string $name, mixed $default): mixed
{
	return emu_state_read('settings')[$provider][$name] ?? $default;
}

/**
 * A provider's stored invoices, newest first: each as ['time' => creation time (Unix, float),
 * 'seq' => place in the store, 'id' => store key, 'invoice' => the stored invoice]. Invoices
 * made in the same instant: the later made first. (time, seq) is the key cursors point at.
 *
 * @return list<array{time: float, seq: int, id: string, invoice: array}>
 */
function emu_newest_first(EmuProvider $p, array $all): array
{
	$rows = [];
	$seq = 0;
	foreach ($all as $id => $invoice) {
		$rows[] = ['time' => $p->createdTime($invoice), 'seq' => $seq++, 'id' => (string) $id, 'invoice' => $invoice];
	}
	usort($rows, static fn (array $a, array $b): int => [$b['time'], $b['seq']] <=> [$a['time'], $a['seq']]);
	return $rows;
}

/** A date (and time) in exactly $format, a real one ("31.02.2026" is not), or null. */
function emu_parse_date(mixed $text, string $format, string $zone = 'UTC'): ?DateTimeImmutable
{
	if (!is_string($text)) {
		return null;
	}
	$d = DateTimeImmutable::createFromFormat("!$format", $text, new DateTimeZone($zone));
	return $d !== false && $d->format($format) === $text ? $d : null;
}

/* ---------------------------------------------------------------- providers */

/**
 * What the scenario engine needs from a provider. Each provider is one file,
 * providers/<name>.php, defining one final subclass; the emulator finds it there (emu_providers()),
 * routes the paths it declares to it, and the test helpers take its credentials from it.
 */
abstract class EmuProvider
{
	/** The extension's name for the provider (getProvider()). */
	public const NAME = '';
	/** Path prefixes of the provider's API routed here. Each provider answers its own unknown
	 * paths with its own 404 envelope, so a client that builds a wrong path sees what the real
	 * API would send. */
	public const PATHS = [];
	/** Where this provider is served under the emulator's address: '' (its API's own paths), or
	 * a prefix such as '/name' for a provider whose paths another one already answers; clients
	 * use base_url "$base" . MOUNT (ci_test_gateway() does), handle() sees the path without it. */
	public const MOUNT = '';
	/** The only credentials the emulator accepts, under Gateways::create()'s config keys:
	 * identifier, then secret (the constructor's order). */
	public const CREDENTIALS = [];
	/** Further options a shop would set for this provider (scripts/emulator.sh prints them). */
	public const OPTIONS = [];
	/** json_encode flags of this provider's answers. */
	protected const JSON_FLAGS = EMU_JSON;

	/** The provider's documented error envelope for a failure not tied to one field. */
	abstract public function error(int $status, string $message): EmuResponse;

	/** What the provider answers to a wrong key, token or signature. */
	abstract public function authFailure(): EmuResponse;

	/** The provider's real behaviour for one of its endpoints (auth, validation, storage). */
	abstract public function handle(string $path, EmuContext $ctx): EmuResponse;

	/** A decoded success body whose invoice id is no longer a string (scenario wrongshape). */
	abstract public function breakShape(array $body): array;

	/** A JSON API reads its body first: one that is not valid JSON (RFC 8259) is refused with
	 * 400 "JSON parse error" before anything else, as the providers' own front ends answer it.
	 * Form-bodied providers (Bitsby) check their multipart in handle(). */
	public function unparsable(EmuContext $ctx): ?EmuResponse
	{
		$json = str_contains($ctx->contentType(), '/json') || str_contains($ctx->contentType(), '+json');
		return $json && !$ctx->strictJson() ? $this->error(400, 'JSON parse error') : null;
	}

	/** Checks a real provider makes on every request before anything else can go wrong: a
	 * reused nonce or a too-early request is refused even when a scenario would fail it. */
	public function admit(EmuContext $ctx): ?EmuResponse
	{
		return null;
	}

	/** Key of an invoice in this provider's store, from an id as a test names it. */
	public function storeKey(string $id): string
	{
		return $id;
	}

	/** Page size of a list whose size the provider chooses itself (settable through
	 * /_emulator/set_per_page); null where the client chooses it. */
	public const PER_PAGE = null;

	/** Whether /_emulator/set_per_page caps the "limit" the client asks for (Bitsby, OnChainPay). */
	public const PAGE_CAP = false;

	/** The records of a page the client asked $limit of: fewer where a cap was set. */
	public function pageLimit(int $limit): int
	{
		return min($limit, (int) emu_setting(static::NAME, 'per_page', $limit));
	}

	/** The stored invoice after its provider status changed to $status. */
	public function withStatus(array $invoice, string $status): array
	{
		$invoice['status'] = $status;
		return $invoice;
	}

	/** When a stored invoice was made (Unix time), read from the provider's own field: lists
	 * filter and sort by it. */
	abstract public function createdTime(array $invoice): float;

	/** The stored invoice as if made at $time (Unix): its creation field, and its expiry moved
	 * with it so its lifetime stays what it was. */
	abstract public function withCreated(array $invoice, float $time): array;

	/** The stored invoice after $views payers opened its page; null where the provider counts none. */
	public function withViews(array $invoice, int $views): ?array
	{
		return null;
	}

	/** A stored invoice as the provider shows it: without what only the emulator keeps (`_emu`). */
	public function present(array $invoice): array
	{
		unset($invoice['_emu']);
		return $invoice;
	}

	public function json(int $status, mixed $data, array $headers = []): EmuResponse
	{
		return emu_json_response($status, $data, static::JSON_FLAGS, $headers);
	}

	/** How this provider says "no such invoice" to a lookup, with HTTP $status (scenario notfound*). */
	public function notFound(int $status): EmuResponse
	{
		return $this->error($status, 'Invoice not found');
	}
}

/**
 * The extension's provider registry, name => class, read from the source tree's
 * ext/ci_providers.h (its X(name, Class) rows): the emulator runs without the extension, yet
 * lists providers in the registry's order. [] where the source tree is not beside the tests.
 *
 * @return array<string, string>
 */
function emu_registry(): array
{
	$header = __DIR__ . '/../../../ext/ci_providers.h';
	if (!is_file($header)) {
		return [];
	}
	preg_match_all('/^\s*X\((\w+), (\w+)\)/m', (string) file_get_contents($header), $rows);
	return array_combine($rows[1], array_map(static fn (string $c): string => "CryptoInvoice\\$c", $rows[2]));
}

/**
 * Every provider the emulator speaks, name => class, from the files in providers/, in the
 * registry's order (any the registry lacks last).
 *
 * @return array<string, class-string<EmuProvider>>
 */
function emu_providers(): array
{
	static $all = null;
	if ($all === null) {
		foreach (glob(__DIR__ . '/providers/*.php') as $file) {
			require_once $file;
		}
		$found = [];
		foreach (get_declared_classes() as $class) {
			if (is_subclass_of($class, EmuProvider::class)) {
				$found[$class::NAME] = $class;
			}
		}
		$all = array_replace(array_intersect_key(array_flip(array_keys(emu_registry())), $found), $found);
	}
	return $all;
}

/** The provider serving $path, and $path as its API sees it (without the provider's MOUNT). The
 * longest prefix wins: Cryptomus's /v2/payment/resend lies under CryptoCloud's /v2/. */
function emu_provider_for_path(string $path): ?array
{
	$best = null;
	$length = -1;
	foreach (emu_providers() as $class) {
		foreach ($class::PATHS as $prefix) {
			$full = $class::MOUNT . $prefix;
			if (str_starts_with($path, $full) && strlen($full) > $length) {
				[$best, $length] = [$class, strlen($full)];
			}
		}
	}
	return $best === null ? null : [new $best(), substr($path, strlen($best::MOUNT))];
}

function emu_provider_object(string $name): ?EmuProvider
{
	$class = emu_providers()[$name] ?? null;
	return $class === null ? null : new $class();
}

/** Routes a provider request to the provider that declares its path. */
function emu_dispatch(EmuContext $ctx): EmuResponse
{
	$route = emu_provider_for_path($ctx->path);
	if ($route === null) {
		return emu_text(404, "emulator: no provider endpoint at {$ctx->path}\n");
	}
	return emu_serve($route[0], $route[1], $ctx);
}

/* ---------------------------------------------------------------- scenarios */

/**
 * @return ?array{kind:string, code?:int, n?:int} null for a name the emulator does not know
 */
function emu_scenario_parse(string $name): ?array
{
	static $plain = ['ok', 'html500', 'html200', 'empty200', 'truncated', 'wrongshape',
		'notjson_object', 'hang', 'redirect', 'huge', 'huge_cl', 'exact1m', 'over1m',
		'exact1m_nocl', 'over1m_nocl', 'cut', 'ratelimit200', 'badsign', 'echo422'];
	if (in_array($name, $plain, true)) {
		return ['kind' => $name];
	}
	if (preg_match('/^status([2-5]\d\d)$/', $name, $m)) {
		return ['kind' => 'status', 'code' => (int) $m[1]];
	}
	if (preg_match('/^retryafter(\d{1,7})$/', $name, $m)) {
		return ['kind' => 'retryafter', 'n' => (int) $m[1]];
	}
	if (preg_match('/^fail([2-5]\d\d)x(\d{1,7})$/', $name, $m)) {
		return ['kind' => 'fail', 'code' => (int) $m[1], 'n' => (int) $m[2]];
	}
	if (preg_match('/^slow(\d{1,7})$/', $name, $m)) {
		return ['kind' => 'slow', 'n' => (int) $m[1]];
	}
	if (preg_match('/^notfound(200|404)(html|empty)?$/', $name, $m) && ($m[1] === '404' || !isset($m[2]))) {
		return ['kind' => 'notfound', 'code' => (int) $m[1], 'form' => $m[2] ?? 'provider'];
	}
	if (preg_match('/^lost(5\d\d)?(?:x(\d{1,7}))?$/', $name, $m)) {
		return ['kind' => 'lost', 'code' => ($m[1] ?? '') !== '' ? (int) $m[1] : 0,
			'n' => ($m[2] ?? '') !== '' ? (int) $m[2] : PHP_INT_MAX];
	}
	if (preg_match('/^retrydate(-?\d{1,7})(?:x(\d{1,7}))?(?:_(imf|rfc850|asctime))?$/', $name, $m)) {
		return ['kind' => 'retrydate', 'delta' => (int) $m[1], 'n' => ($m[2] ?? '') !== '' ? (int) $m[2] : PHP_INT_MAX,
			'form' => ($m[3] ?? '') !== '' ? $m[3] : 'imf'];
	}
	return null;
}

function emu_status_message(int $status): string
{
	return [
		400 => 'Bad request', 401 => 'Unauthorized', 403 => 'Forbidden', 404 => 'Not found',
		405 => 'Method not allowed', 409 => 'Conflict', 422 => 'Unprocessable entity',
		429 => 'Too many requests', 500 => 'Server error', 502 => 'Bad gateway',
		503 => 'Service unavailable', 504 => 'Gateway timeout',
	][$status] ?? "Error $status";
}

/**
 * Runs one provider request under its scenario: admit checks, then failures that happen before
 * the provider looks at the request, then the provider itself, then damage to its answer.
 */
function emu_serve(EmuProvider $p, string $path, EmuContext $ctx): EmuResponse
{
	$sc = emu_scenario_parse($ctx->scenario);
	if ($sc === null) {
		error_log("emulator: unknown scenario '{$ctx->scenario}'");
		return emu_text(400, "emulator: unknown scenario '{$ctx->scenario}'\n");
	}
	$early = $p->unparsable($ctx) ?? $p->admit($ctx) ?? emu_scenario_before($p, $sc, $ctx);
	if ($early !== null) {
		return $early;
	}
	if ($ctx->method !== 'POST') {
		return $p->error(405, "The {$ctx->method} method is not supported for this route");
	}
	$r = $p->handle($path, $ctx);
	if ($sc['kind'] === 'lost' && emu_counter_next($ctx->scenario) <= $sc['n']) {
		/* lost5xx: the provider failed after doing the work, and says so in its own envelope. */
		return $sc['code'] ? $p->error($sc['code'], emu_status_message($sc['code'])) : emu_lost();
	}
	return emu_scenario_after($p, $sc, $r);
}

/**
 * Scenario lost: the provider has done the work, and its answer never comes. php -S cannot
 * close a connection without a status line, so it sends only an interim "102 Processing" head
 * and closes: no final answer, no body byte. HTTP clients report that as an empty reply
 * (libcurl: CURLE_GOT_NOTHING, "Empty reply from server"), the same as a silent close.
 */
function emu_lost(): EmuResponse
{
	return new EmuResponse(102, '', [], static function (): void {
	});
}

/** Scenarios that answer (or delay) before the provider handles the request. */
function emu_scenario_before(EmuProvider $p, array $sc, EmuContext $ctx): ?EmuResponse
{
	switch ($sc['kind']) {
		case 'slow':
			usleep($sc['n'] * 1000);
			return null;
		case 'hang':
			sleep(30);
			return null;
		case 'html500':
			return emu_html(500);
		case 'html200':
			return emu_html(200);
		case 'empty200':
			return new EmuResponse(200, '', ['Content-Type' => 'application/json']);
		case 'notjson_object':
			return new EmuResponse(200, '[1,2,3]', ['Content-Type' => 'application/json']);
		case 'status':
			return emu_error_with_retry($p, $sc['code'], $sc['code'] === 429 ? 1 : null);
		case 'retryafter':
			return emu_error_with_retry($p, 429, $sc['n']);
		case 'fail':
			if (emu_counter_next($ctx->scenario) > $sc['n']) {
				return null;
			}
			return emu_error_with_retry($p, $sc['code'], in_array($sc['code'], [429, 503], true) ? 0 : null);
		case 'redirect':
			return new EmuResponse(302, '', ['Location' => 'http://example.invalid/']);
		case 'huge':
		case 'huge_cl':
			return emu_huge($sc['kind'] === 'huge_cl');
		case 'cut':
			return emu_cut();
		case 'ratelimit200':
			return $p->error(200, 'Requests too frequent');
		case 'badsign':
			return $p->authFailure();
		case 'echo422':
			return $p->error(422, 'rejected: ' . implode(' ', [emu_echo_secret($p::NAME), ...array_values($ctx->headers)]));
		case 'notfound':
			return emu_not_found($p, $sc['code'], $sc['form']);
		case 'retrydate':
			if (emu_counter_next($ctx->scenario) > $sc['n']) {
				return null;
			}
			return emu_retry_date($p, $sc['delta'], $sc['form']);
		default:
			return null;
	}
}

/**
 * Scenario retrydate<D>[x<N>][_<form>]: 429 with Retry-After as an HTTP-date D seconds after the
 * Date header sent beside it (D < 0: before it), in RFC 9110's IMF-fixdate (default), obsolete
 * RFC 850 or asctime form; with x<N> only the first N requests, then the provider answers.
 */
function emu_retry_date(EmuProvider $p, int $delta, string $form): EmuResponse
{
	$now = time();
	$format = ['imf' => 'D, d M Y H:i:s \G\M\T', 'rfc850' => 'l, d-M-y H:i:s \G\M\T', 'asctime' => 'D M j H:i:s Y'][$form];
	$at = gmdate($format, $now + $delta);
	if ($form === 'asctime') {
		$at = preg_replace('/^(\w{3} \w{3}) (\d) /', '$1  $2 ', $at); /* a one-digit day is space-padded: "Nov  6" */
	}
	$r = $p->error(429, emu_status_message(429));
	$r->headers['Date'] = gmdate('D, d M Y H:i:s \G\M\T', $now);
	$r->headers['Retry-After'] = $at;
	return $r;
}

/** Scenarios that damage a success answer of the provider; its errors pass through as they are. */
function emu_scenario_after(EmuProvider $p, array $sc, EmuResponse $r): EmuResponse
{
	if ($r->status !== 200 || $r->stream !== null) {
		return $r;
	}
	switch ($sc['kind']) {
		case 'truncated':
			/* Consistent Content-Length: the client must see broken JSON, not a broken transfer. */
			$r->body = substr($r->body, 0, intdiv(strlen($r->body), 2));
			return $r;
		case 'wrongshape':
			return $p->json(200, $p->breakShape(json_decode($r->body, true, 512, JSON_THROW_ON_ERROR)));
		case 'exact1m':
		case 'over1m':
			$r->body = emu_pad_json($r->body, $sc['kind'] === 'exact1m' ? EMU_MIB : EMU_MIB + 1);
			return $r;
		case 'exact1m_nocl':
		case 'over1m_nocl':
			return emu_stream_body($r, emu_pad_json($r->body, $sc['kind'] === 'exact1m_nocl' ? EMU_MIB : EMU_MIB + 1));
		default:
			return $r;
	}
}

/** The account secret of a provider (what a buggy provider could echo back). */
function emu_echo_secret(string $provider): string
{
	$class = emu_providers()[$provider] ?? null;
	return $class === null ? '' : array_values($class::CREDENTIALS)[1];
}

function emu_error_with_retry(EmuProvider $p, int $status, ?int $retryAfter): EmuResponse
{
	$r = $p->error($status, emu_status_message($status));
	if ($retryAfter !== null) {
		$r->headers['Retry-After'] = (string) $retryAfter;
	}
	return $r;
}

/** "No such invoice" as the provider writes it, or a 404 from the web server in front of it. */
function emu_not_found(EmuProvider $p, int $status, string $form): EmuResponse
{
	if ($form === 'html') {
		return new EmuResponse(404, "<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n"
			. "<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
			['Content-Type' => 'text/html']);
	}
	if ($form === 'empty') {
		return new EmuResponse(404, '', ['Content-Type' => 'application/json']);
	}
	return $p->notFound($status);
}

/** Pads a JSON object/array with whitespace right after its opening bracket, to $size bytes. */
function emu_pad_json(string $json, int $size): string
{
	$missing = $size - strlen($json);
	return $missing <= 0 ? $json : $json[0] . str_repeat(' ', $missing) . substr($json, 1);
}

/** The same answer sent without Content-Length (the client must count the bytes itself). */
function emu_stream_body(EmuResponse $r, string $body): EmuResponse
{
	return new EmuResponse($r->status, '', $r->headers, static function () use ($body): void {
		foreach (str_split($body, 65536) as $chunk) {
			echo $chunk;
			flush();
			if (connection_aborted()) {
				return;
			}
		}
	});
}

/** 64 MiB of valid JSON, streamed; stops as soon as the client has gone. */
function emu_huge(bool $withLength): EmuResponse
{
	$total = 64 * EMU_MIB;
	$headers = ['Content-Type' => 'application/json'];
	if ($withLength) {
		$headers['Content-Length'] = (string) $total;
	}
	return new EmuResponse(200, '', $headers, static function () use ($total): void {
		$head = '{"state":0,"result":{"padding":"';
		$tail = '"}}';
		$left = $total - strlen($head) - strlen($tail);
		$chunk = str_repeat('x', 65536);
		echo $head;
		while ($left > 0) {
			echo $left >= 65536 ? $chunk : substr($chunk, 0, $left);
			$left -= 65536;
			flush();
			if (connection_aborted()) {
				return;
			}
		}
		echo $tail;
	});
}

/** Announces 1000 bytes, sends 100, and ends the connection. */
function emu_cut(): EmuResponse
{
	$headers = ['Content-Type' => 'application/json', 'Content-Length' => '1000'];
	return new EmuResponse(200, '', $headers, static function (): void {
		echo str_pad('{"state":0,"result":{"uuid":"', 100, 'x');
		flush();
	});
}

/* ---------------------------------------------------------------- value helpers */

function emu_uuid4(): string
{
	$b = random_bytes(16);
	$b[6] = chr((ord($b[6]) & 0x0f) | 0x40);
	$b[8] = chr((ord($b[8]) & 0x3f) | 0x80);
	return vsprintf('%s%s-%s-%s-%s-%s%s%s', str_split(bin2hex($b), 4));
}

function emu_random_string(int $length, string $alphabet): string
{
	$out = '';
	for ($i = 0; $i < $length; $i++) {
		$out .= $alphabet[random_int(0, strlen($alphabet) - 1)];
	}
	return $out;
}

/** A plausible pay-to address for a network or coin code (tron, TRC20, BTC, ETH...). */
function emu_address(string $network): string
{
	$n = strtolower($network);
	if (str_contains($n, 'tron') || str_contains($n, 'trc20') || $n === 'trx') {
		return 'T' . emu_random_string(33, EMU_BASE58);
	}
	if (str_contains($n, 'bitcoin') || $n === 'btc') {
		return 'bc1q' . emu_random_string(38, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l');
	}
	return '0x' . bin2hex(random_bytes(20));
}

/** A positive decimal string as providers write them: no exponent, no sign, no spaces. */
function emu_is_decimal(mixed $v): bool
{
	return is_string($v) && preg_match('/^\d+(\.\d+)?$/D', $v) === 1;
}

/** A float written with at most $decimals decimals, trailing zeros dropped ("20.1"). */
function emu_decimal(float $v, int $decimals): string
{
	$s = number_format($v, $decimals, '.', '');
	return str_contains($s, '.') ? rtrim(rtrim($s, '0'), '.') : $s;
}

/** Character count of a UTF-8 string without mbstring (byte count when it is not UTF-8). */
function emu_strlen(string $s): int
{
	$n = preg_match_all('/./su', $s);
	return $n === false ? strlen($s) : $n;
}
