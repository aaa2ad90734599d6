<?php
/*
 * A minimal HTTPS server for the TLS tests: answers every POST with a Cryptomus success
 * envelope. Usage: php tls_server.php <cert.pem> <key.pem> <portfile> <handshakes-file>
 * Writes its port to <portfile>; counts completed handshakes in <handshakes-file>.
 */
[$cert, $key, $portFile, $countFile] = array_slice($argv, 1);
$ctx = stream_context_create(['ssl' => ['local_cert' => $cert, 'local_pk' => $key]]);
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr, STREAM_SERVER_BIND | STREAM_SERVER_LISTEN, $ctx);
if (!$server) {
	fwrite(STDERR, "tls server: $errstr\n");
	exit(1);
}
file_put_contents($portFile, parse_url('tcp://' . stream_socket_get_name($server, false), PHP_URL_PORT));
$deadline = time() + 900; /* never outlive a test run (the test kills it when it ends) */
while (time() < $deadline) {
	$conn = @stream_socket_accept($server, 1);
	if (!$conn) {
		continue;
	}
	stream_set_timeout($conn, 60); /* a handshake under valgrind, on a loaded machine, can take seconds */
	/* A client that refuses the certificate aborts here: nothing to answer. */
	if (!@stream_socket_enable_crypto($conn, true, STREAM_CRYPTO_METHOD_TLS_SERVER)) {
		fclose($conn);
		continue;
	}
	file_put_contents($countFile, "x", FILE_APPEND);
	serve($conn);
	fclose($conn);
}

function serve($conn): void
{
	$head = '';
	while (!str_contains($head, "\r\n\r\n") && ($line = fgets($conn)) !== false) {
		$head .= $line;
	}
	$length = preg_match('/^content-length:\s*(\d+)/mi', $head, $m) ? (int) $m[1] : 0;
	$body = $length > 0 ? stream_get_contents($conn, $length) : '';
	$in = json_decode($body, true) ?: [];
	$answer = json_encode(['state' => 0, 'result' => [
		'uuid' => '26109ba0-b05b-4ee0-93d1-fd62c822ce95', 'order_id' => $in['order_id'] ?? 'x',
		'amount' => $in['amount'] ?? '1', 'currency' => $in['currency'] ?? 'USD', 'status' => 'check',
		'payment_status' => 'check', 'url' => 'https://pay.cryptomus.com/pay/26109ba0-b05b-4ee0-93d1-fd62c822ce95',
		'is_final' => false, 'expired_at' => time() + 3600, 'created_at' => date('c'),
	]]);
	fwrite($conn, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
		. strlen($answer) . "\r\n\r\n" . $answer);
}
