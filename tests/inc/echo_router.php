<?php
/*
 * A hostile provider for the secret tests (php -S router): it echoes the Authorization header,
 * that is the API token, into a CryptoCloud success body (/v2/invoice/create), into an error
 * message (/error/v2/invoice/create) and into a raw non-JSON error body (/raw/v2/invoice/create).
 */
$token = $_SERVER['HTTP_AUTHORIZATION'] ?? '';
$path = parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH);
header('Content-Type: application/json');
if (str_starts_with($path, '/error/')) {
	http_response_code(400);
	echo json_encode(['status' => 'error', 'result' => ['validate_error' => "bad token $token"]]);
} elseif (str_starts_with($path, '/raw/')) {
	http_response_code(500);
	echo "<html>upstream said: $token</html>";
} else {
	echo json_encode(['status' => 'success', 'result' => [
		'uuid' => 'INV-ECHO0001', 'created' => '2026-01-01 12:00:00.000000', 'address' => '', 'expiry_date' => '2026-01-02 12:00:00.000000',
		'amount' => 0.1, 'amount_in_fiat' => 10.0, 'fiat_currency' => 'USD', 'status' => 'created', 'link' => 'pay.cryptocloud.plus/ECHO0001',
		'order_id' => "echo $token", 'project' => ['name' => "shop of $token", 'nested' => [$token]], 'test_mode' => false,
		'currency' => ['code' => 'ETH', 'network' => ['code' => 'ERC20']],
	]]);
}
