--TEST--
Gateway options: every bad option is reported at once, before anything is sent
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
use CryptoInvoice\{Cryptomus, Bitsby, InvalidArgumentException};

function attempt(callable $f): void {
	try {
		$f();
		echo "no exception\n";
	} catch (InvalidArgumentException $e) {
		foreach ($e->getErrors() as $k => $v) {
			echo "$k: $v\n";
		}
		echo "--\n";
	}
}

attempt(fn() => new Cryptomus('m', 'k', [
	'base_url' => 'http://api.example.com',
	'timeout' => 0,
	'connect_timeout' => 'ten',
	'retries' => 11,
	'verify_tls' => 1,
	'ca_file' => '/nonexistent/ca.pem',
	'proxy' => '',
	'user_agent' => "evil\r\nX-Injected: 1",
	'persistent' => 'yes',
	'strict' => 'no',
	'rate_limit' => -1,
	'verfy_tls' => true,
	'secret_key' => 'not for cryptomus',
	0 => 'positional',
]));
attempt(fn() => new Cryptomus('m', 'k', ['base_url' => 'ftp://api.example.com']));
attempt(fn() => new Cryptomus('m', 'k', ['base_url' => 'https://user:pw@api.example.com']));
attempt(fn() => new Cryptomus('m', 'k', ['base_url' => 'not a url']));
attempt(fn() => new Cryptomus('', ''));
attempt(fn() => new Cryptomus("m\r\nX: y", 'k'));
attempt(fn() => new Bitsby('not-a-uuid', 'tok'));

/* The wrong PHP type for an argument of the method itself is a TypeError. */
try {
	new Cryptomus('m', 'k', 'not an array');
} catch (TypeError $e) {
	echo get_class($e), "\n";
}
?>
--EXPECT--
base_url: Cryptomus: option base_url must use https://; http:// is allowed only to a loopback host: 127.x.y.z (four decimal parts), [::1] or localhost, got the host "api.example.com"
timeout: Cryptomus: option timeout must be a number of seconds greater than 0 and at most 3600, got 0
connect_timeout: Cryptomus: option connect_timeout must be a number of seconds greater than 0 and at most 3600, got "ten"
retries: Cryptomus: option retries must be an integer from 0 to 10, got 11
verify_tls: Cryptomus: option verify_tls must be true or false, got 1
ca_file: Cryptomus: option ca_file must be the path of a readable PEM file; "/nonexistent/ca.pem" does not exist
proxy: Cryptomus: option proxy must be a non-empty string without line breaks or NUL bytes
user_agent: Cryptomus: option user_agent must be a non-empty string without line breaks or NUL bytes
persistent: Cryptomus: option persistent must be true or false, got "yes"
strict: Cryptomus: option strict must be true or false, got "no"
rate_limit: Cryptomus: option rate_limit must be requests per second from 0.001 to 1000, or 0 (no limit), got -1
verfy_tls: Cryptomus: unknown option "verfy_tls"; did you mean "verify_tls"?
secret_key: Cryptomus: option secret_key is for CryptoCloud only (it signs CryptoCloud postbacks)
options: Cryptomus: option keys must be strings such as "timeout"
--
base_url: Cryptomus: option base_url must use https://
--
base_url: Cryptomus: option base_url must not carry credentials (user:password@)
--
base_url: Cryptomus: option base_url must be a URL of printable ASCII without spaces or any of " < > \ ^ ` { | }
--
merchant_id: Cryptomus: merchant_id must not be empty
api_key: Cryptomus: api_key must not be empty
--
merchant_id: Cryptomus: merchant_id must be at most 4096 bytes without line breaks or NUL bytes
--
project_id: Bitsby: project_id must be a UUID such as 9deea1e2-0c08-41a3-bdc2-a34eada3892d
--
TypeError
