<?php
/*
 * php -S router of the answer server (tests/inc/answers.inc): /<name>/<any provider path> answers
 * HTTP 200 with the bytes a test stored in <docroot>/<name>.json, whatever was asked, and notes the
 * request's method and URI in <docroot>/<name>.log. The tests
 * of how an answer becomes an Invoice (statuses, paid amounts, dates, urls, hostile shapes) use
 * it where the emulator's own rules would get in the way.
 */
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
$name = explode('/', trim((string) $path, '/'))[0] ?? '';
$file = $_SERVER['DOCUMENT_ROOT'] . "/$name.json";
if (!preg_match('/^[a-z0-9_-]+$/', $name) || !is_file($file)) {
	http_response_code(404);
	header('Content-Type: text/plain');
	echo "answer server: nothing stored under '$name'\n";
	return true;
}
/* Each request, as the server saw it (ci_answer_requests()): tests count them here, not in the client. */
file_put_contents($_SERVER['DOCUMENT_ROOT'] . "/$name.log", $_SERVER['REQUEST_METHOD'] . ' ' . $_SERVER['REQUEST_URI'] . "\n", FILE_APPEND | LOCK_EX);
header('Content-Type: application/json');
echo file_get_contents($file);
return true;
