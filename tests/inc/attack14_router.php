<?php
/*
 * php -S router of the scripted server (attack14.inc): /<name>/<provider path> runs the handler the
 * test stored as <docroot>/<name>.php with $path (after /<name>), $body (the raw request body), $n
 * (this handler's request number, from 1) and $form ($_POST). Each request is logged, one JSON line
 * (path and body) per request, in <docroot>/<name>.log, before the handler runs.
 */
$path = (string) parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
if (!preg_match('#^/([a-z0-9_]+)(/.*)?$#', $path, $m) || !is_file($_SERVER['DOCUMENT_ROOT'] . "/{$m[1]}.php")) {
	http_response_code(404);
	echo "scripted server: nothing stored under $path\n";
	return true;
}
$name = $m[1];
$path = $m[2] ?? '/';
$query = (string) parse_url($_SERVER['REQUEST_URI'], PHP_URL_QUERY);
$body = (string) file_get_contents('php://input');
$form = $_POST;
$dir = $_SERVER['DOCUMENT_ROOT'];
$lock = fopen("$dir/$name.lock", 'c+');
flock($lock, LOCK_EX);
$n = (int) stream_get_contents($lock) + 1;
ftruncate($lock, 0);
rewind($lock);
fwrite($lock, (string) $n);
file_put_contents("$dir/$name.log", json_encode(['path' => $path, 'query' => $query, 'body' => $body ?: $form]) . "\n", FILE_APPEND);
flock($lock, LOCK_UN);
fclose($lock);
header('Content-Type: application/json');
require "$dir/$name.php";
return true;
