--TEST--
an unknown parameter key is quoted like a value: escaped when it is not UTF-8, shortened when it is huge
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';

/* Values are quoted escaped ("US\xFF") and cut at 32 bytes ("..." (N bytes)); keys are quoted raw
 * and whole. A key of invalid UTF-8 makes the message and getErrors() unencodable as JSON (every
 * JSON logger drops or mangles the record); a 1 MB key makes a 1 MB message (twice: message and
 * getErrors() key). */
$g = ci_test_gateway('cryptomus', 'http://127.0.0.1:9');
$base = ['amount' => '1', 'currency' => 'USD', 'order_id' => 'o-1'];
try {
	$g->createInvoice(["\xff\xfeord" => 'x'] + $base);
} catch (CryptoInvoice\InvalidArgumentException $e) {
	echo 'message is UTF-8: ', preg_match('//u', $e->getMessage()) ? 'yes' : 'no', "\n";
	echo 'getErrors() encodes as JSON: ', json_encode($e->getErrors()) !== false ? 'yes' : 'no', "\n";
}
try {
	$g->createInvoice([str_repeat('k', 1000000) => 'x'] + $base);
} catch (CryptoInvoice\InvalidArgumentException $e) {
	echo 'message under 1 KiB: ', strlen($e->getMessage()) < 1024 ? 'yes' : 'no (' . strlen($e->getMessage()) . ' bytes)', "\n";
}
/* The same for an option key and a key inside a nested parameter. */
try {
	new CryptoInvoice\Cryptomus('m', 'key-123456', ["time\0out" => 5, "\xffopt" => 1]);
} catch (CryptoInvoice\InvalidArgumentException $e) {
	echo 'options: ', json_encode(array_keys($e->getErrors())), "\n";
}
try {
	ci_test_gateway('cryptocloud', 'http://127.0.0.1:9')->createInvoice(['amount' => '1', 'currency' => 'USD',
		'add_fields' => ["time_to_pay\0" => ['hours' => 1]]]);
} catch (CryptoInvoice\InvalidArgumentException $e) {
	echo 'nested: ', json_encode(array_keys($e->getErrors())), ' ', $e->getMessage(), "\n";
}
?>
--EXPECT--
message is UTF-8: yes
getErrors() encodes as JSON: yes
message under 1 KiB: yes
options: ["time\\x00out","\\xFFopt"]
nested: ["add_fields.time_to_pay\\x00"] CryptoCloud: unknown parameter "add_fields.time_to_pay\x00"; did you mean "time_to_pay"?
