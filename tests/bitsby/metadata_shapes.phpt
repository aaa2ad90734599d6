--TEST--
Bitsby: metadata given as JSON text keeps its shapes when order_id joins it ({} stays an object, [] a list, numbers as written)
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
use CryptoInvoice\InvalidArgumentException;

$base = ci_emulator_start();
$g = ci_test_gateway('bitsby', $base);
$send = function (array $params) use ($g, $base): void {
	try {
		$inv = $g->createInvoice($params + ['amount' => '1', 'currency' => 'USD']);
		preg_match('/name="serviceData"\r\n\r\n(.*?)\r\n--/s', ci_test_last_request($base)['body'], $m);
		echo "serviceData=", $m[1] ?? '(none)', "  orderId=", var_export($inv->orderId, true), "\n";
	} catch (InvalidArgumentException $e) {
		echo get_class($e), ": ", $e->getMessage(), "\n";
	}
};
$send(['metadata' => '{"c":{}}', 'order_id' => 'o-1']);
$send(['metadata' => '{"a":[]}', 'order_id' => 'o-2']);
$send(['order_id' => 'o-3', 'metadata' => ' { "a" : {"b": {}} , "l":[{}, []], "n":1.10, "big":123456789012345678901234567890, "s":"a\/b \u00e9" } ']);
$send(['metadata' => '{"c":{}}']);
$send(['serviceData' => '{"c":{},"orderId":7}']);
/* A PHP array cannot tell {} from []: an empty array is a list, as json_encode() writes it. */
$send(['metadata' => ['c' => [], 'd' => ['x' => 1.5]], 'order_id' => 'o-4']);
$send(['metadata' => '{"orderId":"x","c":{}}', 'order_id' => 'o-5']);
?>
--EXPECT--
serviceData={"c":{},"orderId":"o-1"}  orderId='o-1'
serviceData={"a":[],"orderId":"o-2"}  orderId='o-2'
serviceData={"orderId":"o-3","a":{"b": {}},"l":[{}, []],"n":1.10,"big":123456789012345678901234567890,"s":"a\/b \u00e9"}  orderId='o-3'
serviceData={"c":{}}  orderId=NULL
serviceData={"c":{},"orderId":7}  orderId='7'
serviceData={"c":[],"d":{"x":1.5},"orderId":"o-4"}  orderId='o-4'
CryptoInvoice\InvalidArgumentException: Bitsby: metadata and order_id both set the field serviceData.orderId; pass only one of them
