<?php
/*
 * A keep-alive front for the emulator that loses answers: every request a client sends is passed
 * on to <upstream> (which processes it: an invoice is created), and its answer is passed back on
 * the same client connection, which stays open, except for the requests numbered in <drop>
 * (1-based, counted over all connections, comma separated): for those the client connection is
 * closed without a byte of answer, as when a server or a middlebox dies between processing a
 * request and answering it. Appends "<connection number> <request number> <dropped|answered>" to
 * <log-file> per request. With a certificate and key it speaks TLS to the client (HTTP/1.1).
 * Usage: php lost_answer_proxy.php <portfile> <upstream host:port> <drop> <log-file> [<cert.pem> <key.pem>]
 */
[$portFile, $upstream, $drop, $logFile] = array_slice($argv, 1, 4);
$drop = array_map('intval', array_filter(explode(',', $drop), 'strlen'));
$cert = $argv[5] ?? null;
$ctx = stream_context_create($cert ? ['ssl' => ['local_cert' => $cert, 'local_pk' => $argv[6]]] : []);
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr, STREAM_SERVER_BIND | STREAM_SERVER_LISTEN, $ctx);
file_put_contents($portFile, parse_url('tcp://' . stream_socket_get_name($server, false), PHP_URL_PORT));
$clients = [];   /* id => [socket, buffer, connection number] */
$connNo = $reqNo = 0;
$deadline = time() + 120; /* never outlive a test run */
while (time() < $deadline) {
	$read = array_merge([$server], array_column($clients, 0));
	$w = $e = null;
	if (@stream_select($read, $w, $e, 1) < 1) {
		continue;
	}
	foreach ($read as $sock) {
		if ($sock === $server) {
			$c = @stream_socket_accept($server, 0);
			if ($c && $cert) {
				stream_set_blocking($c, true);
				stream_set_timeout($c, 5);
				if (!@stream_socket_enable_crypto($c, true, STREAM_CRYPTO_METHOD_TLS_SERVER)) {
					fclose($c);
					continue;
				}
			}
			if ($c) {
				$clients[(int) $c] = [$c, '', ++$connNo];
			}
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
		while (($request = take_request($clients[$id][1])) !== null) {
			$reqNo++;
			$answer = forward($upstream, $request);
			$lost = in_array($reqNo, $drop, true);
			file_put_contents($logFile, "{$clients[$id][2]} $reqNo " . ($lost ? 'dropped' : 'answered') . "\n", FILE_APPEND);
			if ($lost) {
				fclose($sock);
				unset($clients[$id]);
				break;
			}
			fwrite($sock, $answer);
		}
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

/* The upstream's whole answer to $request (it closes after each), made a keep-alive answer. */
function forward(string $upstream, string $request): string
{
	$up = stream_socket_client("tcp://$upstream", $errno, $errstr, 10);
	stream_set_timeout($up, 60);
	$request = preg_replace('/^connection:[^\r]*\r\n/mi', '', $request);
	fwrite($up, preg_replace('/\r\n/', "\r\nConnection: close\r\n", $request, 1));
	$answer = stream_get_contents($up);
	fclose($up);
	return preg_replace('/^connection:\s*close\r$/mi', 'Connection: keep-alive' . "\r", $answer);
}
