<?php
declare(strict_types=1);

/*
 * Turns what bench/latency.sh measured into its section of bench/RESULTS.md and prints it.
 *   php bench/report_latency.php RESULTS.jsonl ACCESS.log OUT.md
 *
 * The section sits between "<!-- latency -->" and "<!-- /latency -->": it replaces the one already
 * there and leaves the rest of the file as it is (bench/report.php keeps it the same way).
 * Connections and handshakes are counted by nginx: it logs $connection (a serial number per
 * accepted connection) and $ssl_session_reused ("r" resumed, "." full handshake) per request, and
 * each measurement sends its requests under its own path prefix. A connection counts as opened by
 * the measurement in whose prefix it first shows up in the log.
 */

[, $resultsFile, $logFile, $outFile] = $argv;
$tfoLogFile = $argv[4] ?? '';

const BEGIN = '<!-- latency -->';
const END = '<!-- /latency -->';

$records = array_map(static fn(string $l): array => json_decode($l, true, 512, JSON_THROW_ON_ERROR),
	file($resultsFile, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES));

/* {{{ the server's view */
function read_log(string $file): array
{
	$log = [];
	$seen = [];
	foreach (is_file($file) ? file($file, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) : [] as $line) {
		$f = explode(' ', $line);
		$conn = (int) $f[0];
		$log[] = ['conn' => $conn, 'proto' => $f[3], 'uri' => $f[5], 'status' => (int) $f[6], 'reused' => $f[7] ?? '-',
			'tls' => $f[8] ?? '-', 'opens' => !isset($seen[$conn])];
		$seen[$conn] = true;
	}
	return $log;
}
$log = read_log($logFile);
$tfoLog = read_log($tfoLogFile); /* the second nginx of bench/latency_tfo.sh */

/** @return array{requests: int, connections: int, opened: int, full: int, resumed: int, protocols: string, tls: string, errors: int} */
function server_view(array $log, string $prefix): array
{
	$conns = $protos = $tls = [];
	$requests = $errors = $opened = $full = $resumed = 0;
	foreach ($log as $e) {
		if (!str_starts_with($e['uri'], $prefix)) {
			continue;
		}
		$requests++;
		$conns[$e['conn']] = true;
		$protos[$e['proto']] = true;
		$tls[$e['tls']] = true;
		$errors += $e['status'] !== 200 ? 1 : 0;
		if ($e['opens']) {
			$opened++;
			$full += $e['reused'] === '.' ? 1 : 0;
			$resumed += $e['reused'] === 'r' ? 1 : 0;
		}
	}
	return ['requests' => $requests, 'connections' => count($conns), 'opened' => $opened, 'full' => $full,
		'resumed' => $resumed, 'protocols' => implode('+', array_keys($protos)), 'tls' => implode('+', array_keys($tls)),
		'errors' => $errors];
}
/* }}} */

/** Nearest-rank percentile of a non-empty list. */
function pct(array $xs, float $p): float
{
	sort($xs);
	return $xs[max(0, (int) ceil($p * count($xs)) - 1)];
}

function table(array $head, array $rows): string
{
	$out = '| ' . implode(' | ', $head) . " |\n|" . str_repeat('---|', count($head)) . "\n";
	foreach ($rows as $r) {
		$out .= '| ' . implode(' | ', $r) . " |\n";
	}
	return $out;
}

function verdict(bool $ok): string
{
	return $ok ? 'PASS' : 'MISS';
}

$names = ['ext' => 'extension', 'userland' => 'userland ext/curl', 'guzzle' => 'Guzzle (defaults)',
	'sdk' => 'official SDK\'s shape'];
$ms = static fn(float $s): string => sprintf('%.1f', $s * 1e3);
$targets = [];
$serverErrors = 0;
$by = static fn(string $part): array => array_values(array_filter($records, static fn(array $r): bool => $r['part'] === $part));

/* {{{ the proxy */
$proxyRows = [];
foreach ($by('lat_selftest') as $r) {
	$s = $r['result'];
	$late = array_values(array_filter($by('lat_proxy'), static fn(array $p): bool => $p['rtt'] === $r['rtt']))[0]['result'] ?? [];
	$proxyRows[] = ["{$r['rtt']} ms", sprintf('%.3f', $s['echo_on_open_connection_rtt']), sprintf('%.3f', $s['tcp_connect_and_first_echo_rtt']),
		sprintf('%.3f', $s['close_seen_back_rtt']), sprintf('%.3f (%s)', $s['tcp_and_tls_handshake_rtt'] ?? NAN, $s['tls_version'] ?? '?'),
		sprintf('%.3f', $s['https_request_rtt'] ?? NAN),
		isset($late['deliveries']) && $late['deliveries'] > 0
			? "{$late['late_us_median']} / {$late['late_us_p95']} / {$late['late_us_max']} µs; "
				. ($late['late_over_1ms'] ?? '?') . " of {$late['deliveries']} over 1 ms" : '—'];
}
/* }}} */

/* {{{ web requests */
$webRows = ['keep' => [], 'idle' => []];
$cold = [];
$failures = [];
$tfoRows = [];
foreach ($by('lat_cgi') as $r) {
	$view = server_view(($r['log'] ?? '') === 'tfo' ? $tfoLog : $log, $r['prefix']);
	$serverErrors += $view['errors'];
	$lines = array_map(static fn(string $l): array => json_decode($l, true, 512, JSON_THROW_ON_ERROR),
		file($r['latencies'], FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES)); /* bench/cgi_one.php's */
	$lat = array_map(static fn(array $l): float => (float) $l['s'], $lines);
	$failed = array_values(array_filter(array_map(static fn(array $l): ?string => $l['error'] ?? null, $lines)));
	foreach (array_unique($failed) as $message) {
		$failures[] = "{$r['rtt']} ms, {$r['kind']}, {$names[$r['mode']]}: " . count(array_keys($failed, $message, true))
			. "× `$message`";
	}
	$rtt = (float) $r['rtt'] / 1e3;
	if ($r['kind'] === 'cold' || $r['kind'] === 'coldbundle') { /* two lines per worker: its first and second */
		$first = $second = [];
		foreach ($lat as $i => $x) {
			if ($i % 2 === 0) {
				$first[] = $x;
			} else {
				$second[] = $x;
			}
		}
		$cold[] = ['rtt' => $r['rtt'], 'bundle' => $r['kind'] === 'coldbundle', 'first' => $first, 'second' => $second,
			'view' => $view];
		continue;
	}
	if ($r['kind'] === 'bundle') { /* the userland client with the system bundle: every request is like a first */
		$cold[] = ['rtt' => $r['rtt'], 'bundle' => true, 'userland' => array_slice($lat, 1), 'view' => $view];
		continue;
	}
	$rest = array_slice($lat, 1);
	$median = pct($rest, 0.5);
	if (str_starts_with($r['kind'], 'tfo')) {
		$tfoRows[] = ["{$r['rtt']} ms", $r['kind'] === 'tfo1' ? 'yes (CURLOPT_TCP_FASTOPEN)' : 'no', (string) count($lat),
			(string) count($failed), (string) $view['opened'], (string) $view['full'], $ms($lat[0]), $ms($median),
			$ms(pct($rest, 0.95)), sprintf('%.2f', $median / $rtt)];
		continue;
	}
	$webRows[$r['kind']][] = ["{$r['rtt']} ms", $names[$r['mode']], $view['protocols'], (string) count($lat), (string) count($failed), (string) $view['opened'],
		(string) $view['full'], (string) $view['resumed'], $ms($lat[0]), $ms($median), $ms(pct($rest, 0.95)),
		sprintf('%.2f', $median / $rtt)];
	if ($r['mode'] === 'ext' && $r['kind'] === 'keep') {
		$targets[] = ["{$r['rtt']} ms: a web request after the worker's first, extension, median / (RTT + 0 provider time)",
			sprintf('%.3fx (p95 %.3fx)', $median / $rtt, pct($rest, 0.95) / $rtt), '≤ 1.15x', verdict($median / $rtt <= 1.15)];
	}
	if ($r['mode'] !== 'ext' && $r['kind'] === 'keep') {
		$targets[] = ["{$r['rtt']} ms: the same, {$names[$r['mode']]} (beside it)", sprintf('%.2fx', $median / $rtt), '—', '—'];
	}
	if ($r['mode'] === 'ext' && $r['kind'] === 'idle') {
		$targets[] = ["{$r['rtt']} ms, the server closing idle connections: full TLS handshakes after the first, extension",
			sprintf('%d (%d connections, %d resumed)', max(0, $view['full'] - 1), $view['opened'], $view['resumed']), '0',
			verdict($view['full'] <= 1)];
	}
	if ($r['mode'] === 'ext') {
		$targets[] = ["{$r['rtt']} ms, " . ($r['kind'] === 'idle' ? 'the server closing idle connections' : 'kept connection')
			. ': web requests that failed, extension', count($failed) . ' of ' . count($lat), '0', verdict($failed === [])];
	}
}
/* }}} */

/* {{{ batches */
$batchRows = [];
foreach ($by('lat_batch') as $r) {
	$view = server_view($log, $r['prefix']);
	$serverErrors += $view['errors'];
	$res = $r['result'];
	$floor = ceil($res['invoices'] / $res['concurrency']) * ((float) $r['rtt'] + (float) $r['provider']) / 1e3;
	$vs = $res['wall'] / $floor;
	$server = $r['server'] === 'h2' ? 'TLS, HTTP/2 offered' : 'TLS, HTTP/1.1 only';
	$batchRows[] = [$server, "{$r['provider']} ms", (string) $res['invoices'], (string) $res['concurrency'],
		$res['round'] === 1 ? 'first' : 'next', sprintf('%.3f', $res['wall']), sprintf('%.3f', $floor), sprintf('%.2fx', $vs),
		(string) $view['opened'], (string) $view['full'], $view['protocols'], "{$res['ok']} / {$res['failed']}"];
	if ($res['concurrency'] === 8) {
		$targets[] = ["{$r['rtt']} ms: createInvoices() of {$res['invoices']}, concurrency 8, $server, provider {$r['provider']} ms, "
			. ($res['round'] === 1 ? 'first batch of the process' : 'next batch'),
			sprintf('%.2fx the floor (%.3f s)', $vs, $res['wall']), '≤ 1.15x', verdict($vs <= 1.15 && $res['failed'] === 0)];
	}
}
/* }}} */

/* {{{ the section */
$webHead = ['RTT', 'client', 'protocol', 'requests', 'failed', 'connections opened', 'full TLS handshakes', 'resumed', 'first ms',
	'median ms', 'p95 ms', 'median / RTT'];
$body = "### Web requests: one php-cgi worker (`php-cgi -T N`), one invoice per request\n\n"
	. "Latency is building the client plus creating the invoice; median and p95 over the requests after the "
	. "worker's first. Over TLS with HTTP/2 offered by ALPN (the extension's single calls ask for HTTP/1.1; "
	. "the userland client and the SDK's shape take libcurl's default, HTTP/2; Guzzle its own, HTTP/1.1). "
	. "The userland client keeps its curl handle for the web request, the SDK's shape makes one per call, "
	. "Guzzle a Client per web request: none of them keeps a connection past the request.\n\n"
	. table($webHead, $webRows['keep']) . "\n";
$body .= "**After the server closed the idle connection.** This server closes connections idle for 100 ms, and each "
	. "web request starts after a pause longer than that, so every request finds its connection closed.\n\n"
	. table($webHead, $webRows['idle']) . "\n";
if ($failures !== []) {
	$body .= "**Web requests that failed** (the worker went on with its next request; the latency columns include them):\n\n- "
		. implode("\n- ", $failures) . "\n\n";
}
if ($cold !== []) {
	$rows = [];
	$notes = [];
	$bundleCerts = substr_count((string) @file_get_contents('/etc/ssl/certs/ca-certificates.crt'), 'BEGIN CERTIFICATE');
	foreach ($cold as $c) {
		$rtt = (float) $c['rtt'] / 1e3;
		$where = $rtt > 0 ? "{$c['rtt']} ms" : '0 (straight to nginx)';
		$caName = $c['bundle'] ? "system bundle ($bundleCerts + 1)" : 'one certificate';
		$per = static fn(array $xs): string => $rtt > 0 ? sprintf('%.2f', pct($xs, 0.5) / $rtt) : '—';
		$stats = static fn(array $xs): array => [$ms(pct($xs, 0.5)), $ms(pct($xs, 0.95)), $per($xs)];
		$v = $c['view'];
		if (isset($c['userland'])) {
			$rows[] = [$where, $caName, 'userland ext/curl', 'every web request (a new handle each)', ...$stats($c['userland'])];
			continue;
		}
		$rows[] = [$where, $caName, 'extension', "worker's first invoice (TCP + TLS + request)", ...$stats($c['first'])];
		$rows[] = [$where, $caName, 'extension', "worker's second invoice (its kept connection)", ...$stats($c['second'])];
		$notes[] = "$where, $caName: {$v['opened']} connections opened, {$v['full']} full TLS handshakes, "
			. "{$v['resumed']} resumed";
		if ($rtt > 0) {
			$targets[] = ["{$c['rtt']} ms: a new worker's first invoice, extension, CA file: $caName", sprintf('%.2fx RTT (%s ms)',
				pct($c['first'], 0.5) / $rtt, $ms(pct($c['first'], 0.5))), '(no target)', '—'];
		}
	}
	$body .= "### A new worker's first invoice\n\n"
		. count(array_values(array_filter($cold, static fn(array $c): bool => isset($c['first'])))[0]['first'] ?? [])
		. " php-cgi workers started one after the other, two web requests each, extension, "
		. "TLS with HTTP/2 offered; then the same straight to nginx, where only the CPU is left (the first TLS "
		. "handshake of a process: OpenSSL's configuration, parsing the CA file, verifying the certificate). Both with a "
		. "CA file of one certificate (as every other table here) and with the system's CA bundle plus the benchmark's CA, "
		. "which is what a shop that names no `ca_file` verifies against; beside it the userland client with that "
		. "bundle, which parses it on every web request.\n\n"
		. table(['RTT', 'CA file', 'client', '', 'median ms', 'p95 ms', 'median / RTT'], $rows)
		. "\nnginx: " . implode('; ', $notes) . ". A new process has no TLS session to resume.\n\n";
}
if ($tfoRows) {
	$p = $by('lat_tfo_proxy')[0]['result'] ?? [];
	$body .= "### TCP Fast Open (a new connection per request)\n\n"
		. "In a network namespace of its own (bench/latency_tfo.sh: TFO allowed for servers there only), the userland "
		. "client in one php-cgi worker, a new connection per web request, which is what a new worker's first invoice "
		. "is; the TLS ClientHello rides in the SYN, never the request. The first TFO connection only fetches the "
		. "server's cookie, which the kernel then keeps for every process on the machine. The proxy took "
		. ($p['syn_data'] ?? '?') . " of " . ($p['accepted'] ?? '?') . " connections with data in the SYN.\n\n"
		. table(['RTT', 'TCP Fast Open', 'requests', 'failed', 'connections opened', 'full TLS handshakes', 'first ms',
			'median ms', 'p95 ms', 'median / RTT'], $tfoRows) . "\n";
}
if ($batchRows) {
	$r0 = $by('lat_batch')[0];
	$body .= "### createInvoices() at {$r0['rtt']} ms RTT\n\n"
		. "Floor: ⌈invoices / concurrency⌉ × (RTT + provider time). Each process runs two batches in turn: the first "
		. "one of the process (it opens its connections) and the next (it finds them open). \"connections opened\" "
		. "and \"full TLS handshakes\" are those the server saw during that batch.\n\n"
		. table(['server', 'provider time', 'invoices', 'concurrency', 'batch', 'wall s', 'floor s', 'vs floor',
			'connections opened', 'full TLS handshakes', 'protocol', 'ok / failed'], $batchRows)
		. "\ngetInvoices(): not measured, the extension has no getInvoices() yet (placeholder in bench/batch.php).\n\n";
}
if ($proxyRows) {
	$body .= "### The proxy itself\n\n"
		. "`latency_proxy.py selftest`: a client process through the proxy to an echo server in the proxy's process, then a "
		. "TLS handshake with this nginx through it, in RTTs (what a real path of that RTT gives: 1, 2, 1, 2 with TLS 1.3, 1). "
		. "The rest over 1.00 is the client's and the echo server's own time. Last column: how much later than due "
		. "the proxy delivered, over the whole run at that RTT (median / p95 / max).\n\n"
		. table(['RTT', 'echo, open connection', 'connect + first echo', 'close seen back', 'TCP + TLS handshake',
			'HTTPS request, open connection', 'proxy lateness'], $proxyRows) . "\n";
}
$md = BEGIN . "\n## At network distance: " . implode(' and ', array_map(static fn(array $r): string => "{$r['rtt']} ms",
		$by('lat_selftest'))) . " RTT\n\n"
	. "Generated by `bash bench/run.sh latency` (or the whole run; method: bench/README.md, \"At network distance\"), "
	. gmdate('Y-m-d H:i') . " UTC, load average " . implode(' ', array_slice(explode(' ', (string) @file_get_contents('/proc/loadavg')), 0, 3))
	. " at the end (" . ($by('lat_setup')[0]['result']['load'] ?? '?') . " at the start). "
	. "The same nginx behind `bench/latency_proxy.py`, which delays each direction by RTT/2, adds one RTT for the TCP "
	. "handshake to what a new connection's client sends before it hears back, and passes a close on like data; "
	. "the proxy runs at " . ($by('lat_setup')[0]['result']['proxy'] ?? '?') . ", nginx and the clients at "
	. ($by('lat_setup')[0]['result']['nice'] ?? '?') . ". "
	. "The provider's time is what nginx takes: nothing for web requests (the floor is one RTT), "
	. "0 or 200 ms for batches. Connections, full TLS handshakes and resumed sessions are counted by nginx "
	. "(`\$connection`, `\$ssl_session_reused`).\n\n"
	. "### Targets at network distance\n\n" . table(['target', 'measured', 'goal', ''], $targets) . "\n"
	. ($serverErrors > 0 ? "**nginx logged $serverErrors answers other than 200: these numbers are not valid.**\n\n" : '')
	. $body . END . "\n";
/* }}} */

/* {{{ into the results file: replace the section, or put it under the title */
$doc = is_file($outFile) ? (string) file_get_contents($outFile) : "# Benchmark results\n\n";
$from = strpos($doc, BEGIN);
$to = strpos($doc, END);
if ($from !== false && $to !== false) {
	$rest = ltrim(substr($doc, $to + strlen(END)), "\n");
	$doc = substr($doc, 0, $from) . $md . ($rest !== '' ? "\n" . $rest : '');
} else { /* right under the title, above what was there (the loopback results of an older run) */
	$at = strpos($doc, "\n\n");
	$rest = $at === false ? '' : substr($doc, $at + 2);
	if ($rest !== '' && !str_starts_with($rest, '## ')) {
		$rest = "## On loopback\n\n" . $rest;
	}
	$doc = $at === false ? rtrim($doc, "\n") . "\n\n" . $md : substr($doc, 0, $at + 2) . $md . ($rest !== '' ? "\n" . $rest : '');
}
file_put_contents($outFile, $doc);
/* }}} */

echo $md, "written: $outFile\n";
