<?php
/*
 * A keep-alive HTTP/1.1 front for the emulator (or any server that closes after each answer), for
 * tests that need a server to misbehave in time or on a connection rather than in what it answers.
 * Each request a client sends is passed on to <upstream>, which processes it, and the answer goes
 * back on the client's connection, which stays open. Options (a JSON object):
 *   drop: [n, ...]   requests numbered n (1-based, over all connections) are processed, then their
 *                    connection closes without a byte of answer (a server or middlebox dying
 *                    between processing a request and answering it)
 *   gather: N        nothing is passed on until N requests have arrived (a group; the next N form
 *                    the next group), so no answer leaves before all N are in; a group still short
 *                    after gather_cap seconds (default 30) is passed on as it is, and from then on
 *                    every request at once
 *   cert, key        speak TLS to the client, offering only http/1.1 by ALPN
 *   idle_ms: N       a connection that answered and then stayed idle N ms is closed (TLS: with a
 *                    close_notify), as a server's keep-alive timeout does; one that has not answered
 *                    yet is never closed, so a slow client cannot race it. Each such close appends
 *                    "<connection>" to the file closed_log (a line per close), written after the close.
 *   idle_say: text   written on an idle connection just before it is closed (an unasked "408")
 *   idle_keep: true  with idle_say: the connection is not closed after it (nor idle-closed later);
 *                    the line in closed_log is then written after the text
 * Log (one line per request, in the order answered): "<connection> <request number> <answered|dropped>
 * <requests of its group that had arrived when the group was passed on>/<group size wanted>"
 * ("- <request number> gone ..." when the client had closed the connection meanwhile).
 * Usage: php front_proxy.php <portfile> <upstream host:port> <log-file> <options JSON>
 */
[$portFile, $upstream, $logFile, $json] = array_slice($argv, 1, 4);
$opt = json_decode($json, true) + ['drop' => [], 'gather' => 0, 'gather_cap' => 30, 'cert' => null, 'key' => null,
	'idle_ms' => 0, 'closed_log' => null, 'idle_say' => '', 'idle_keep' => false];
$ssl = $opt['cert'] ? ['ssl' => ['local_cert' => $opt['cert'], 'local_pk' => $opt['key']]
	+ (($opt['alpn'] ?? true) ? ['alpn_protocols' => 'http/1.1'] : [])] : [];
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr, STREAM_SERVER_BIND | STREAM_SERVER_LISTEN,
	stream_context_create($ssl));
file_put_contents($portFile, parse_url('tcp://' . stream_socket_get_name($server, false), PHP_URL_PORT));
$clients = [];   /* id => [socket, buffer, connection number, when it last answered or null] */
$group = [];     /* requests held for the current group: [client id, request, request number] */
$groupSince = 0.0;
$connNo = $reqNo = 0;
$deadline = time() + 900; /* never outlive a test run (the test kills it when it ends) */
while (time() < $deadline) {
	$read = array_merge([$server], array_column($clients, 0));
	$w = $e = null;
	if (@stream_select($read, $w, $e, 0, 20000) > 0) {
		foreach ($read as $sock) {
			if ($sock === $server) {
				accept($server, $opt, $clients, $connNo);
				continue;
			}
			$id = (int) $sock;
			$chunk = fread($sock, 65536);
			if ($chunk === '' || $chunk === false) {
				fclose($sock);
				unset($clients[$id]);
				continue;
			}
			$clients[$id][1] .= $chunk;
			$clients[$id][3] = null; /* busy again: not idle */
			while (($request = take_request($clients[$id][1])) !== null) {
				$groupSince = $group ? $groupSince : microtime(true);
				$group[] = [$id, $request, ++$reqNo];
			}
		}
	}
	$want = max(1, (int) $opt['gather']);
	$late = $group && microtime(true) - $groupSince > $opt['gather_cap'];
	if ($group && (count($group) >= $want || $late)) {
		$batch = array_splice($group, 0, $want);
		foreach ($batch as [$id, $request, $n]) {
			pass_on($upstream, $request, $n, $clients, $id, in_array($n, $opt['drop'], true), count($batch) . "/$want", $logFile);
		}
		$groupSince = microtime(true);
		if ($late) {
			$opt['gather'] = 0; /* a client that sends one at a time is not kept waiting again */
		}
	}
	if ($opt['idle_ms'] > 0) {
		close_idle($clients, $group, $opt);
	}
}

/* The keep-alive timeout: closes what answered and has been idle since, then logs it. */
function close_idle(array &$clients, array $group, array $opt): void
{
	$held = array_column($group, 0);
	foreach ($clients as $id => [$sock, $buf, $no, $answered]) {
		if ($answered === null || $buf !== '' || in_array($id, $held, true)
			|| (microtime(true) - $answered) * 1000 < $opt['idle_ms']) {
			continue;
		}
		if ($opt['idle_say'] !== '') {
			fwrite($sock, $opt['idle_say']);
		}
		if ($opt['idle_keep']) {
			$clients[$id][3] = null; /* said its piece: left open, idle, until the client goes */
		} else {
			fclose($sock);
			unset($clients[$id]);
		}
		file_put_contents($opt['closed_log'], "$no\n", FILE_APPEND);
	}
}

function accept($server, array $opt, array &$clients, int &$connNo): void
{
	$c = @stream_socket_accept($server, 0);
	if ($c && $opt['cert']) {
		stream_set_blocking($c, true);
		stream_set_timeout($c, 60); /* a handshake under valgrind, on a loaded machine, can take seconds */
		if (!@stream_socket_enable_crypto($c, true, STREAM_CRYPTO_METHOD_TLS_SERVER)) {
			fclose($c);
			return;
		}
	}
	if ($c) {
		$clients[(int) $c] = [$c, '', ++$connNo, null];
	}
}

/* One whole request (headers and Content-Length body) off the front of $buf, or null. */
function take_request(string &$buf): ?string
{
	$end = strpos($buf, "\r\n\r\n");
	if ($end === false) {
		return null;
	}
	$length = preg_match('/^content-length:\s*(\d+)/mi', substr($buf, 0, $end), $m) ? (int) $m[1] : 0;
	if (strlen($buf) < $end + 4 + $length) {
		return null;
	}
	$request = substr($buf, 0, $end + 4 + $length);
	$buf = (string) substr($buf, $end + 4 + $length);
	return $request;
}

/* Has the upstream process the request, then answers it on the client's connection or drops it. */
function pass_on(string $upstream, string $request, int $n, array &$clients, int $id, bool $drop, string $group, string $logFile): void
{
	$answer = forward($upstream, $request);
	if (!isset($clients[$id])) {
		file_put_contents($logFile, "- $n gone $group\n", FILE_APPEND); /* the client left meanwhile */
		return;
	}
	file_put_contents($logFile, "{$clients[$id][2]} $n " . ($drop ? 'dropped' : 'answered') . " $group\n", FILE_APPEND);
	if ($drop) {
		fclose($clients[$id][0]);
		unset($clients[$id]);
		return;
	}
	fwrite($clients[$id][0], $answer);
	$clients[$id][3] = microtime(true);
}

/* The upstream's whole answer to $request (it closes after each), made a keep-alive answer. */
function forward(string $upstream, string $request): string
{
	$up = stream_socket_client("tcp://$upstream", $errno, $errstr, 10);
	stream_set_timeout($up, 60);
	$request = preg_replace('/^connection:[^\r]*\r\n/mi', '', $request);
	fwrite($up, preg_replace('/\r\n/', "\r\nConnection: close\r\n", $request, 1));
	$answer = stream_get_contents($up);
	fclose($up);
	return preg_replace('/^connection:\s*close\r$/mi', "Connection: keep-alive\r", $answer);
}
