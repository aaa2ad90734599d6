<?php
/* See caller_attack.inc. */
$uri = $_SERVER['REQUEST_URI'];
if (str_starts_with($uri, 'http://')) {
	$sent = $_SERVER['HTTP_PROXY_AUTHORIZATION'] ?? '';
	$decoded = base64_decode(substr($sent, 6));
	/* A path holding "/bad-gateway": the proxy fails upstream (502) and quotes the credentials anyway. */
	if (str_contains($uri, '/bad-gateway')) {
		http_response_code(502);
	} else {
		http_response_code(407);
		header('Proxy-Authenticate: Basic realm="proxy"');
	}
	header('Content-Type: text/html');
	echo "<html><head><title>407 Proxy Authentication Required</title></head><body>",
		"<p>Credentials refused: $sent</p><p>User: $decoded</p></body></html>";
	return true;
}
if (str_starts_with($uri, '/title/')) {
	http_response_code(401);
	header('Content-Type: text/html');
	$auth = $_SERVER['HTTP_AUTHORIZATION'] ?? '';
	echo '<html><head><title>', str_repeat('x', 60), " $auth</title></head><body>refused</body></html>";
	return true;
}
http_response_code(404);
echo "attack router: no mode for $uri\n";
return true;
