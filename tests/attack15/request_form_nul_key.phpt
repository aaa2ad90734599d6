--TEST--
request() on Bitsby (multipart form) refuses a field name holding a NUL byte before sending: libcurl cut the name there, so "a\0b" went out as the field "a" (and "projectId\0x" as projectId)
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/attack14.inc';

$srv = atk14_server();
$url = atk14_handler($srv, 'echo json_encode(["result" => "success", "data" => ["fields" => array_keys($form)]]);');
$g = atk14_gateway('bitsby', $url);
foreach ([["a\0b" => '1', 'c' => 'x'], ["projectId\0x" => 'other'], ['fine' => "a\0b"]] as $body) {
	try {
		$read = $g->request('/billing/balances', $body)['fields'];
		echo 'fields the provider read: ', implode(', ', $read), "\n";
	} catch (CryptoInvoice\InvalidArgumentException $e) {
		echo get_class($e), ': ', $e->getMessage(), "\n";
	}
}
echo 'requests: ', count(atk14_requests($url)), "\n";
?>
--EXPECT--
CryptoInvoice\InvalidArgumentException: Bitsby sends multipart form fields: body must map field names to strings, numbers or booleans, got a field name holding a NUL byte
CryptoInvoice\InvalidArgumentException: Bitsby sends multipart form fields: body must map field names to strings, numbers or booleans, got a field name holding a NUL byte
fields the provider read: fine
requests: 1
