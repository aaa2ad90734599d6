--TEST--
Options refused at construction: a logger whose log() takes arguments by reference, a rate_limit so low it is a hang
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
/* A by-reference log() would raise "must be passed by reference, value given" for every record;
 * a rate_limit of 1e-300 requests/s would wait ~1e300 seconds (more than the sleep can hold). */
class RefLogger { public function log($level, &$message, array $context = []): void {} }
class CallLogger { public function __call($name, $args) {} }
class GoodLogger { public function log($level, $message, array $context = []): void {} }

$try = static function (array $options): void {
	try {
		new CryptoInvoice\Cryptomus('m', 'key-123456', $options);
		echo "accepted\n";
	} catch (CryptoInvoice\InvalidArgumentException $e) {
		echo json_encode(array_keys($e->getErrors())), ' ', $e->getMessage(), "\n";
	}
};
$try(['logger' => new RefLogger()]);
$try(['logger' => new CallLogger()]);
$try(['logger' => new GoodLogger()]);
$try(['rate_limit' => 1e-300]);
$try(['rate_limit' => 0.0009]);
$try(['rate_limit' => 0.001]);
$try(['rate_limit' => 0]);
?>
--EXPECT--
["logger"] Cryptomus: option logger must take its log() arguments by value, got an object of class RefLogger whose log() takes $message (parameter 2) by reference, which would raise a warning for every record
accepted
accepted
["rate_limit"] Cryptomus: option rate_limit must be requests per second from 0.001 to 1000, or 0 (no limit), got 1.0E-300
["rate_limit"] Cryptomus: option rate_limit must be requests per second from 0.001 to 1000, or 0 (no limit), got 0.0009
accepted
accepted
