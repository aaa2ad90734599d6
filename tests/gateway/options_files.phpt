--TEST--
Gateway options: a ca_file that is missing, a directory or not a regular file is refused by the constructor, naming the option and the path
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
use CryptoInvoice\{Cryptomus, Gateways, InvalidArgumentException};

$dir = sys_get_temp_dir() . '/ci-ca-' . getmypid();
@mkdir($dir);
$pem = "$dir/ca.pem";
file_put_contents($pem, "-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n");
$cases = [
	'readable file' => $pem,
	'directory' => $dir,
	'missing' => "$dir/nope.pem",
	'device' => '/dev/null',
	'empty string' => '',
	'NUL byte' => "$pem\0.txt",
	'not a string' => 42,
];
foreach ($cases as $name => $path) {
	try {
		new Cryptomus('m', 'k', ['ca_file' => $path]);
		echo "$name: ok\n";
	} catch (InvalidArgumentException $e) {
		echo "$name: ", str_replace($dir, '<dir>', $e->getErrors()['ca_file']), "\n";
	}
}
try {
	Gateways::create('cryptomus', ['merchant_id' => 'm', 'api_key' => 'k', 'ca_file' => $dir]);
} catch (InvalidArgumentException $e) {
	echo "Gateways::create: ", str_replace($dir, '<dir>', $e->getMessage()), "\n";
}
unlink($pem);
rmdir($dir);
?>
--EXPECT--
readable file: ok
directory: Cryptomus: option ca_file must be the path of a readable PEM file; "<dir>" is a directory
missing: Cryptomus: option ca_file must be the path of a readable PEM file; "<dir>/nope.pem" does not exist
device: Cryptomus: option ca_file must be the path of a readable PEM file; "/dev/null" is not a regular file
empty string: Cryptomus: option ca_file must be the path of a readable PEM file, got ""
NUL byte: Cryptomus: option ca_file must be the path of a readable PEM file, got "<dir>/ca.pem\x00.txt"
not a string: Cryptomus: option ca_file must be the path of a readable PEM file, got 42
Gateways::create: Cryptomus: option ca_file must be the path of a readable PEM file; "<dir>" is a directory
