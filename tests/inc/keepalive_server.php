<?php
/*
 * A keep-alive HTTP server for the connection-pool tests: answers every POST with a Cryptomus
 * success envelope on the same connection, closes a connection after it has been idle for
 * <idle_ms>, appends one line to <connections-file> per connection that carried an invoice and
 * "<connection number> <order_id>" to <requests-file> per invoice. With a certificate and key it
 * speaks TLS (HTTP/1.1 only: no ALPN). A request to /_close_idle closes every connection, as a
 * server's idle timeout would, on cue.
 * Usage: php keepalive_server.php <portfile> <connections-file> <idle_ms> <requests-file> [<cert.pem> <key.pem>]
 */
[$portFile, $countFile, $idleMs, $requestsFile] = array_slice($argv, 1, 4);
$cert = $argv[5] ?? null;
$ctx = stream_context_create($cert ? ['ssl' => ['local_cert' => $cert, 'local_pk' => $argv[6]]] : []);
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr, STREAM_SERVER_BIND | STREAM_SERVER_LISTEN, $ctx);
$connNo = 0;
file_put_contents($portFile, parse_url('tcp://' . stream_socket_get_name($server, false), PHP_URL_PORT));
$clients = [];   /* id => [socket, buffer, last activity] */
$deadline = time() + 900; /* never outlive a test run (the test kills it when it ends) */
while (time() < $deadline) {
	$read = array_merge([$server], array_column($clients, 0));
	$w = $e = null;
	if (@stream_select($read, $w, $e, 0, 20000) > 0) {
		foreach ($read as $sock) {
			if ($sock === $server) {
				$c = stream_socket_accept($server, 0);
				if ($cert) {
					stream_set_blocking($c, true);
					stream_set_timeout($c, 60); /* a handshake under valgrind, on a loaded machine, can take seconds */
					if (!@stream_socket_enable_crypto($c, true, STREAM_CRYPTO_METHOD_TLS_SERVER)) {
						fclose($c);
						continue;
					}
				}
				$clients[(int) $c] = [$c, '', microtime(true), false, ++$connNo];
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
			$clients[$id][2] = microtime(true);
			[$clients[$id][1], $closeAll] = answer($sock, $clients[$id][1], $clients[$id][3], $countFile,
				static fn(string $orderId) => file_put_contents($requestsFile, "{$clients[$id][4]} $orderId\n", FILE_APPEND));
			if ($closeAll) {
				foreach ($clients as [$other]) {
					fclose($other);
				}
				$clients = [];
				break;
			}
		}
	}
	foreach ($clients as $id => [$sock, , $last]) {
		if ((microtime(true) - $last) * 1000 > $idleMs) {
			fclose($sock); /* the idle close a real server does */
			unset($clients[$id]);
		}
	}
}

/* Answers every complete request in $buf: [what is left, close everything]. A connection is
 * counted before its first invoice is answered, so a client that has its answer sees the count. */
function answer($sock, string $buf, bool &$counted, string $countFile, callable $logRequest): array
{
	while (($end = strpos($buf, "\r\n\r\n")) !== false) {
		$head = substr($buf, 0, $end);
		$length = preg_match('/^content-length:\s*(\d+)/mi', $head, $m) ? (int) $m[1] : 0;
		if (strlen($buf) < $end + 4 + $length) {
			break;
		}
		$in = json_decode(substr($buf, $end + 4, $length), true) ?: [];
		$buf = (string) substr($buf, $end + 4 + $length);
		if (str_contains(strtok($head, "\r\n"), '/_close_idle')) {
			fwrite($sock, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
			return ['', true];
		}
		if (!$counted) {
			$counted = true;
			file_put_contents($countFile, "conn\n", FILE_APPEND);
		}
		$logRequest((string) ($in['order_id'] ?? ''));
		$body = json_encode(['state' => 0, 'result' => [
			'uuid' => sprintf('%08x-0000-4000-8000-%012x', crc32($in['order_id'] ?? ''), 1), 'order_id' => $in['order_id'] ?? 'x',
			'amount' => $in['amount'] ?? '1', 'currency' => $in['currency'] ?? 'USD', 'status' => 'check', 'payment_status' => 'check',
			'url' => 'https://pay.cryptomus.com/pay/x', 'is_final' => false, 'expired_at' => time() + 3600,
			'created_at' => gmdate('Y-m-d\TH:i:sP'),
		]]);
		fwrite($sock, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: keep-alive\r\nContent-Length: "
			. strlen($body) . "\r\n\r\n" . $body);
	}
	return [$buf, false];
}
