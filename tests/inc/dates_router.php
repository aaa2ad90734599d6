<?php
/*
 * php -S router for the date tests: POST /<base64url of created_at>/v1/payment answers a Cryptomus
 * success whose created_at is that text, so one server serves every spelling a test wants to try.
 */
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
$segment = explode('/', trim($path, '/'))[0] ?? '';
$createdAt = base64_decode(strtr($segment, '-_', '+/'), true);
header('Content-Type: application/json');
if ($createdAt === false) {
	http_response_code(404);
	echo json_encode(['state' => 1, 'message' => 'Not found']);
	return;
}
$uuid = '26e4a3f7-1c2d-4b5e-9f80-6a7b8c9d0e1f';
/* Cryptomus repeats the order a create names: an answer about another order is refused. */
$order = json_decode((string) file_get_contents('php://input'), true)['order_id'] ?? 'dates';
echo json_encode(['state' => 0, 'result' => [
	'uuid' => $uuid, 'order_id' => $order, 'amount' => '15.00', 'currency' => 'USD', 'payment_status' => 'check',
	'url' => "https://pay.cryptomus.com/pay/$uuid", 'expired_at' => 1767225600, 'status' => 'check', 'is_final' => false,
	'created_at' => $createdAt, 'updated_at' => $createdAt,
]]);
