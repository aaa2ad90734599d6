<?php
declare(strict_types=1);

/*
 * Turns what bench/run.sh measured into the table it prints and bench/RESULTS.md.
 *   php bench/report.php RESULTS.jsonl ACCESS.log HTTP_PORT HTTPS_PORT SEQ_N OUT.md
 *
 * Connections are counted where they cannot be wrong: nginx logs $connection (a serial number
 * per accepted connection) for every request, and each measurement sends its requests under its
 * own path prefix.
 */

[, $resultsFile, $logFile, $httpPort, $httpsPort, $seqN, $outFile] = $argv;

$records = array_map(static fn(string $l): array => json_decode($l, true, 512, JSON_THROW_ON_ERROR),
	file($resultsFile, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES));

/* {{{ the server's view */
$log = [];
foreach (file($logFile, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) as $line) {
	[$conn, $connRequests, $port, $proto, $time, $uri, $status] = explode(' ', $line);
	$log[] = ['conn' => (int) $conn, 'port' => $port, 'proto' => $proto, 'time' => (float) $time, 'uri' => $uri,
		'status' => (int) $status];
}

/** @return array{requests: int, connections: int, protocols: string, errors: int} */
function server_view(array $log, string $prefix): array
{
	$conns = $protos = [];
	$requests = $errors = 0;
	foreach ($log as $e) {
		if (!str_starts_with($e['uri'], $prefix)) {
			continue;
		}
		$requests++;
		$conns[$e['conn']] = true;
		$protos[$e['proto']] = true;
		$errors += $e['status'] !== 200 ? 1 : 0;
	}
	return ['requests' => $requests, 'connections' => count($conns), 'protocols' => implode('+', array_keys($protos)),
		'errors' => $errors];
}
/* }}} */

function median(array $xs): float
{
	sort($xs);
	$n = count($xs);
	return $n === 0 ? NAN : ($n % 2 ? $xs[intdiv($n, 2)] : ($xs[$n / 2 - 1] + $xs[$n / 2]) / 2);
}

function verdict(bool $ok): string
{
	return $ok ? 'PASS' : 'MISS';
}

function table(array $head, array $rows): string
{
	$out = '| ' . implode(' | ', $head) . " |\n|" . str_repeat('---|', count($head)) . "\n";
	foreach ($rows as $r) {
		$out .= '| ' . implode(' | ', $r) . " |\n";
	}
	return $out;
}

function sh(string $cmd): string
{
	return trim((string) shell_exec($cmd . ' 2>/dev/null'));
}

$md = '';
$targets = [];
$serverErrors = 0;

/* {{{ 1. sequential */
$seq = [];
foreach ($records as $r) {
	if ($r['part'] !== 'seq') {
		continue;
	}
	$view = server_view($log, $r['prefix']);
	$serverErrors += $view['errors'];
	$k = $r['transport'] . '/' . $r['client'];
	$seq[$k]['wall'][] = $r['result']['wall'];
	$seq[$k]['cpu'][] = $r['result']['cpu'];
	$seq[$k]['conns'][] = $view['connections'];
	$seq[$k]['proto'] = $view['protocols'];
	$seq[$k]['n'] = $r['result']['invoices'];
}
$names = ['ext' => 'extension', 'userland_curl' => 'userland ext/curl', 'guzzle' => 'Guzzle ' . sh("dpkg-query -W -f='\${Version}' php-guzzlehttp-guzzle"), 'floor' => 'C libcurl floor', 'floor_h1' => 'C libcurl floor, HTTP/1.1 asked for'];
$reps = count($seq['http/ext']['wall'] ?? []);
$md .= "### 1. Sequential invoices over one kept-alive connection\n\n";
$md .= "$seqN invoices per run after 50 untimed ones, $reps runs per client interleaved. Best run of each "
	. "(whatever else the machine does can only add time), median run in brackets. \"vs ext\" is the client's "
	. "best wall time over the extension's (above 1: slower than the extension).\n\n";
$rows = [];
foreach (['http' => 'HTTP/1.1', 'https' => 'TLS'] as $tr => $trName) {
	$ext = min($seq["$tr/ext"]['wall']);
	foreach ($names as $client => $name) {
		$s = $seq["$tr/$client"] ?? null;
		if (!$s) {
			continue;
		}
		$wall = min($s['wall']);
		$us = static fn(float $x): string => sprintf('%.1f', $x / $s['n'] * 1e6);
		$rows[] = [$tr === 'https' ? "TLS ({$s['proto']})" : $s['proto'], $name, number_format($s['n'] / $wall, 0, '.', ''),
			$us($wall) . ' (' . $us(median($s['wall'])) . ')', $us(min($s['cpu'])) . ' (' . $us(median($s['cpu'])) . ')',
			sprintf('%.2f', $wall / $ext), (string) max($s['conns'])];
	}
	$vsUser = $ext / min($seq["$tr/userland_curl"]['wall']);
	$vsFloor = $ext / min($seq["$tr/floor"]['wall']);
	$guzzle = min($seq["$tr/guzzle"]['wall']) / $ext;
	$targets[] = ["sequential $trName: extension wall / userland ext/curl", sprintf('%.2fx', $vsUser), '≤ 1.0x', verdict($vsUser <= 1.0)];
	$targets[] = ["sequential $trName: extension wall / C floor", sprintf('%.2fx', $vsFloor), '≤ 1.1x', verdict($vsFloor <= 1.1)];
	$targets[] = ["sequential $trName: Guzzle wall / extension wall", sprintf('%.2fx', $guzzle), '≥ 1.5x', verdict($guzzle >= 1.5)];
	if (isset($seq["$tr/floor_h1"])) {
		$targets[] = ["sequential $trName: extension wall / C floor asking for HTTP/1.1 as the extension does",
			sprintf('%.2fx', $ext / min($seq["$tr/floor_h1"]['wall'])), '(no target)', '—'];
	}
}
$md .= table(['transport', 'client', 'invoices/s', 'wall µs/invoice', 'CPU µs/invoice', 'vs ext', 'connections'], $rows) . "\n";
/* }}} */

/* {{{ 2. web requests */
$md .= "### 2. One invoice per web request, one php-cgi worker (`php-cgi -T N`), over TLS\n\n";
$md .= "Connections counted by nginx; latency is building the client plus createInvoice(), per request.\n\n";
$rows = [];
$cgi = [];
foreach ($records as $r) {
	if ($r['part'] !== 'cgi') {
		continue;
	}
	$view = server_view($log, $r['prefix']);
	$serverErrors += $view['errors'];
	$lat = [];
	$counters = '';
	foreach (file($r['latencies'], FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) as $l) {
		$f = json_decode($l, true, 512, JSON_THROW_ON_ERROR); /* a line of bench/cgi_one.php */
		$lat[] = (float) $f['s'];
		$serverErrors += isset($f['error']) ? 1 : 0;
		if (isset($f['reused'])) {
			$counters = "{$f['opened']} opened, {$f['reused']} reused";
		}
	}
	$cgi[$r['mode']] = ['conns' => $view['connections'], 'median' => median($lat), 'n' => $r['result']['requests']];
	$first = $lat[0];
	$rest = array_slice($lat, 1);
	$rows[] = [$r['mode'] === 'ext' ? 'extension (persistent)' : 'userland ext/curl', (string) $r['result']['requests'],
		(string) $view['connections'], $view['protocols'], sprintf('%.2f', median($lat) * 1e3), sprintf('%.2f', $first * 1e3),
		sprintf('%.2f', median($rest) * 1e3), sprintf('%.3f', $r['result']['wall']), $counters ?: '—'];
}
$md .= table(['client', 'requests', 'TLS connections', 'protocol', 'median ms', 'first ms', 'median of the rest ms', 'worker wall s', 'extension counters (phpinfo)'], $rows) . "\n";
if (isset($cgi['ext'], $cgi['userland'])) {
	$targets[] = ["{$cgi['ext']['n']} web requests in one worker over TLS: connections opened (userland: {$cgi['userland']['conns']})",
		(string) $cgi['ext']['conns'], '≤ 2', verdict($cgi['ext']['conns'] <= 2)];
	$targets[] = ['web requests: median latency, userland / extension', sprintf('%.2fx', $cgi['userland']['median'] / $cgi['ext']['median']), '(no target)', '—'];
}
/* }}} */

/* {{{ 3. batches */
$md .= "### 3. createInvoices() against a server that takes 200 ms per answer\n\n";
$md .= "Floor: ⌈invoices / concurrency⌉ × 0.2 s.\n\n";
$rows = [];
foreach ($records as $r) {
	if ($r['part'] !== 'batch') {
		continue;
	}
	$view = server_view($log, $r['prefix']);
	$serverErrors += $view['errors'];
	$res = $r['result'];
	$floor = ceil($res['invoices'] / $res['concurrency']) * 0.2;
	$rows[] = [$r['transport'] === 'http' ? 'HTTP/1.1' : 'TLS', (string) $res['invoices'], (string) $res['concurrency'],
		sprintf('%.3f', $res['wall']), sprintf('%.1f', $floor), sprintf('%.2fx', $res['wall'] / $floor),
		(string) $view['connections'], $view['protocols'], "{$res['ok']} / {$res['failed']}"];
	if ($res['invoices'] === 40 && $res['concurrency'] === 8) {
		$tr = $r['transport'] === 'http' ? 'HTTP/1.1' : 'TLS';
		$targets[] = ["batch of 40 at 200 ms, concurrency 8, $tr (floor 1.0 s, sequential 8 s)", sprintf('%.3f s', $res['wall']),
			'≤ 2.0 s', verdict($res['wall'] <= 2.0 && $res['failed'] === 0)];
	}
}
$md .= table(['transport', 'invoices', 'concurrency', 'wall s', 'floor s', 'vs floor', 'connections', 'protocol', 'ok / failed'], $rows) . "\n";
/* }}} */

/* {{{ 4. instructions per invoice */
$instr = [];
foreach ($records as $r) {
	if ($r['part'] === 'instr') {
		$instr[$r['transport']][$r['client']] = (int) $r['result']['instructions'];
	}
}
if ($instr) {
	$md .= "### 4. Instructions per invoice (callgrind)\n\n";
	$md .= "What each client process executes per invoice, kernel and nginx excluded: the difference between a run of "
		. "100 and one of 600 invoices, over the 500 extra. Unlike wall time it does not move from run to run.\n\n";
	$rows = [];
	foreach (['http' => 'HTTP/1.1', 'https' => 'TLS'] as $tr => $trName) {
		foreach (['ext', 'userland_curl', 'floor', 'floor_h1'] as $client) {
			if (isset($instr[$tr][$client])) {
				$rows[] = [$trName, $names[$client], number_format($instr[$tr][$client]),
					sprintf('%.2f', $instr[$tr][$client] / $instr[$tr]['ext'])];
			}
		}
		if (isset($instr[$tr]['ext'], $instr[$tr]['floor'])) {
			$targets[] = ["sequential $trName: extension instructions / C floor (callgrind)",
				sprintf('%.2fx', $instr[$tr]['ext'] / $instr[$tr]['floor']), '(no target)', '—'];
		}
	}
	$md .= table(['transport', 'client', 'instructions/invoice', 'vs ext'], $rows) . "\n";
}
/* }}} */

$targetsMd = "### Targets\n\n" . table(['target', 'measured', 'goal', ''], $targets) . "\n";
if ($serverErrors > 0) {
	$targetsMd .= "**nginx logged $serverErrors answers other than 200: these numbers are not valid.**\n\n";
}

/* {{{ the machine */
$cpuModel = preg_match('/^model name\s*:\s*(.+)$/m', (string) @file_get_contents('/proc/cpuinfo'), $m) ? $m[1] : php_uname('m');
$machine = [
	['CPU', $cpuModel . ' — ' . sh('nproc') . ' cores online'],
	['kernel', php_uname('s') . ' ' . php_uname('r') . ' ' . php_uname('m')],
	['OS', 'Debian ' . sh('cat /etc/debian_version')],
	['PHP', PHP_VERSION . (ZEND_THREAD_SAFE ? ' ZTS' : ' NTS') . ', opcache ' . (ini_get('opcache.enable_cli') ? 'on' : 'off') . ' in the CLI'],
	['libcurl', curl_version()['version'] . ' (' . curl_version()['ssl_version'] . ', nghttp2 ' . (curl_version()['features'] & CURL_VERSION_HTTP2 ? 'yes' : 'no') . ')'],
	['OpenSSL', sh('openssl version')],
	['nginx', sh("nginx -v 2>&1 | sed 's/^nginx version: //'") . ', 1 worker, echo module for the 200 ms endpoint'],
	['Guzzle', 'php-guzzlehttp-guzzle ' . sh("dpkg-query -W -f='\${Version}' php-guzzlehttp-guzzle")],
	['cryptoinvoice', sh('php -d extension=' . escapeshellarg(getenv('BENCH_EXT_SO')) . ' -r "echo CryptoInvoice\\VERSION;"')
		. (getenv('BENCH_EXT_SO') === dirname(__DIR__) . '/modules/cryptoinvoice.so'
			? ' built by scripts/build.sh at ' . sh('git -C ' . escapeshellarg(dirname(__DIR__)) . ' rev-parse --short HEAD')
				. (sh('git -C ' . escapeshellarg(dirname(__DIR__)) . ' status --porcelain -- ext') !== '' ? ' with uncommitted changes under ext/' : '')
			: ' from ' . getenv('BENCH_EXT_SO') . ' (BENCH_EXT_SO)')],
	['placement', getenv('BENCH_PIN') === 'none' ? 'unpinned: the scheduler placed nginx and the clients'
		: 'nginx and every client pinned to CPU ' . getenv('BENCH_PIN') . ' (taskset): wall time = client CPU + server CPU + context switches'],
	['load average at the end', implode(' ', array_slice(explode(' ', (string) @file_get_contents('/proc/loadavg')), 0, 3))
		. ' (1, 5, 15 min; anything else running on the machine shows here)'],
	['run at', gmdate('Y-m-d H:i') . ' UTC'],
];
$machineMd = "### Machine\n\n" . table(['', ''], $machine) . "\n";
/* }}} */

/* The section bench/report_latency.php writes stays as it is, under the title. */
$old = is_file($outFile) ? (string) file_get_contents($outFile) : '';
$from = strpos($old, '<!-- latency -->');
$to = strpos($old, '<!-- /latency -->');
$latency = $from !== false && $to !== false ? substr($old, $from, $to - $from + strlen('<!-- /latency -->')) . "\n\n" : '';

$doc = "# Benchmark results\n\n" . $latency . "## On loopback\n\n"
	. "Generated by `bash bench/run.sh` (method: bench/README.md): clients and nginx on one machine over "
	. "loopback, placed as the Machine table says; "
	. "every client was first checked against the provider emulator (signature and body accepted), and "
	. "every measured request was answered 200 by nginx unless said below.\n\n"
	. $targetsMd . $md . $machineMd;
file_put_contents($outFile, $doc);

echo $targetsMd, $md, $machineMd, "written: $outFile\n";
