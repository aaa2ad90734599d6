<?php
/*
 * A keep-alive HTTP server for the connection-pool tests: answers every POST with a Cryptomus
 * success envelope on the same connection, closes a connection after it has been idle for
 * <idle_ms>, and appends one line per accepted connection to <connections-file>.
 * Usage: php keepalive_server.php <portfile> <connections-file> <idle_ms>
 */
[$portFile, $countFile, $idleMs] = array_slice($argv, 1);
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
file_put_contents($portFile, parse_url('tcp://' . stream_socket_get_name($server, false), PHP_URL_PORT));
$clients = [];   /* id => [socket, buffer, last activity] */
$deadline = time() + 120;
while (time() < $deadline) {
	$read = array_merge([$server], array_column($clients, 0));
	$w = $e = null;
	if (@stream_select($read, $w, $e, 0, 20000) > 0) {
		foreach ($read as $sock) {
			if ($sock === $server) {
				$c = stream_socket_accept($server, 0);
				$clients[(int) $c] = [$c, '', microtime(true)];
				file_put_contents($countFile, "conn\n", FILE_APPEND);
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
			$clients[$id][1] = answer($sock, $clients[$id][1]);
		}
	}
	foreach ($clients as $id => [$sock, , $last]) {
		if ((microtime(true) - $last) * 1000 > $idleMs) {
			fclose($sock); /* the idle close a real server does */
			unset($clients[$id]);
		}
	}
}

/* Answers every complete request in $buf; returns what is left. */
function answer($sock, string $buf): string
{
	while (($end = strpos($buf, "\r\n\r\n")) !== false) {
		$head = substr($buf, 0, $end);
		$length = preg_match('/^content-length:\s*(\d+)/mi', $head, $m) ? (int) $m[1] : 0;
		if (strlen($buf) < $end + 4 + $length) {
			break;
		}
		$in = json_decode(substr($buf, $end + 4, $length), true) ?: [];
		$buf = (string) substr($buf, $end + 4 + $length);
		$body = json_encode(['state' => 0, 'result' => [
			'uuid' => sprintf('%08x-0000-4000-8000-%012x', crc32($in['order_id'] ?? ''), 1), 'order_id' => $in['order_id'] ?? 'x',
			'amount' => $in['amount'] ?? '1', 'currency' => $in['currency'] ?? 'USD', 'status' => 'check', 'payment_status' => 'check',
			'url' => 'https://pay.cryptomus.com/pay/x', 'is_final' => false, 'expired_at' => time() + 3600,
			'created_at' => gmdate('Y-m-d\TH:i:sP'),
		]]);
		fwrite($sock, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: keep-alive\r\nContent-Length: "
			. strlen($body) . "\r\n\r\n" . $body);
	}
	return $buf;
}
