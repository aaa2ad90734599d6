--TEST--
Gateway options: base_url is a plain URL; plain http only to literal loopback (127.0.0.0/8 as four decimal parts, [::1], localhost)
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
use CryptoInvoice\{Cryptomus, InvalidArgumentException};

$urls = [
	/* accepted */
	'https://api.example.com',
	'https://api.example.com:8443/v1/',
	'http://127.0.0.1:8080',
	'http://127.255.0.9/_s/ok',
	'http://localhost:9000',
	'http://LOCALHOST',
	'http://[::1]:8080/x',
	/* names and forms that only look like loopback */
	'http://127.attacker.example',
	'http://127.0.0.1.nip.io',
	'http://localhost.attacker.example',
	'http://localhost.',
	'http://127.0.0.1.',
	'http://[::1].evil',
	'http://127.0.0.1@evil.example/',
	'http://127.1',
	'http://127.0.1',
	'http://0177.0.0.1',
	'http://0x7f.0.0.1',
	'http://127.0.0.01',
	'http://127.256.0.1',
	'http://2130706433',
	'http://[0:0:0:0:0:0:0:1]',
	'http://[::ffff:127.0.0.1]',
	/* not a plain URL */
	'https://api.example.com/a b',
	"https://api.example.com/\t",
	"https://api.example.com\r\n",
	'http://127.0.0.1\\@evil.example',
	'https://',
	'https:///v1',
	'http://:8080',
	'https://api.example.com:0',
	'https://api.example.com:99999',
	'https://api.example.com:08443',
	'https://api.exa_mple.com',
	'https://api.example.com?x=1',
	'https://user:secret@api.example.com',
	'https://bücher.example',
	'mailto:a@example.com',
	'//api.example.com',
];
foreach ($urls as $url) {
	try {
		$g = new Cryptomus('m', 'k', ['base_url' => $url]);
		echo json_encode($url, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), ": ok\n";
	} catch (InvalidArgumentException $e) {
		echo json_encode($url, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), ": ", $e->getErrors()['base_url'], "\n";
	}
}
?>
--EXPECT--
"https://api.example.com": ok
"https://api.example.com:8443/v1/": ok
"http://127.0.0.1:8080": ok
"http://127.255.0.9/_s/ok": ok
"http://localhost:9000": ok
"http://LOCALHOST": ok
"http://[::1]:8080/x": ok
"http://127.attacker.example": Cryptomus: option base_url must use https://; http:// is allowed only to a loopback host: 127.x.y.z (four decimal parts), [::1] or localhost, got the host "127.attacker.example"
"http://127.0.0.1.nip.io": Cryptomus: option base_url must use https://; http:// is allowed only to a loopback host: 127.x.y.z (four decimal parts), [::1] or localhost, got the host "127.0.0.1.nip.io"
"http://localhost.attacker.example": Cryptomus: option base_url must use https://; http:// is allowed only to a loopback host: 127.x.y.z (four decimal parts), [::1] or localhost, got the host "localhost.attacker.example"
"http://localhost.": Cryptomus: option base_url must use https://; http:// is allowed only to a loopback host: 127.x.y.z (four decimal parts), [::1] or localhost, got the host "localhost."
"http://127.0.0.1.": Cryptomus: option base_url must use https://; http:// is allowed only to a loopback host: 127.x.y.z (four decimal parts), [::1] or localhost, got the host "127.0.0.1."
"http://[::1].evil": Cryptomus: option base_url must be an absolute URL such as https://api.example.com
"http://127.0.0.1@evil.example/": Cryptomus: option base_url must not carry credentials (user:password@)
"http://127.1": Cryptomus: option base_url must use https://; http:// is allowed only to a loopback host: 127.x.y.z (four decimal parts), [::1] or localhost, got the host "127.1"
"http://127.0.1": Cryptomus: option base_url must use https://; http:// is allowed only to a loopback host: 127.x.y.z (four decimal parts), [::1] or localhost, got the host "127.0.1"
"http://0177.0.0.1": Cryptomus: option base_url must use https://; http:// is allowed only to a loopback host: 127.x.y.z (four decimal parts), [::1] or localhost, got the host "0177.0.0.1"
"http://0x7f.0.0.1": Cryptomus: option base_url must use https://; http:// is allowed only to a loopback host: 127.x.y.z (four decimal parts), [::1] or localhost, got the host "0x7f.0.0.1"
"http://127.0.0.01": Cryptomus: option base_url must use https://; http:// is allowed only to a loopback host: 127.x.y.z (four decimal parts), [::1] or localhost, got the host "127.0.0.01"
"http://127.256.0.1": Cryptomus: option base_url must use https://; http:// is allowed only to a loopback host: 127.x.y.z (four decimal parts), [::1] or localhost, got the host "127.256.0.1"
"http://2130706433": Cryptomus: option base_url must use https://; http:// is allowed only to a loopback host: 127.x.y.z (four decimal parts), [::1] or localhost, got the host "2130706433"
"http://[0:0:0:0:0:0:0:1]": Cryptomus: option base_url must use https://; http:// is allowed only to a loopback host: 127.x.y.z (four decimal parts), [::1] or localhost, got the host "[0:0:0:0:0:0:0:1]"
"http://[::ffff:127.0.0.1]": Cryptomus: option base_url must use https://; http:// is allowed only to a loopback host: 127.x.y.z (four decimal parts), [::1] or localhost, got the host "[::ffff:127.0.0.1]"
"https://api.example.com/a b": Cryptomus: option base_url must be a URL of printable ASCII without spaces or any of " < > \ ^ ` { | }
"https://api.example.com/\t": Cryptomus: option base_url must be a URL of printable ASCII without spaces or any of " < > \ ^ ` { | }
"https://api.example.com\r\n": Cryptomus: option base_url must be a URL of printable ASCII without spaces or any of " < > \ ^ ` { | }
"http://127.0.0.1\\@evil.example": Cryptomus: option base_url must be a URL of printable ASCII without spaces or any of " < > \ ^ ` { | }
"https://": Cryptomus: option base_url must be an absolute URL such as https://api.example.com
"https:///v1": Cryptomus: option base_url must be an absolute URL such as https://api.example.com
"http://:8080": Cryptomus: option base_url must be an absolute URL such as https://api.example.com
"https://api.example.com:0": Cryptomus: option base_url must have a port from 1 to 65535
"https://api.example.com:99999": Cryptomus: option base_url must be an absolute URL such as https://api.example.com
"https://api.example.com:08443": Cryptomus: option base_url must be a plain URL: scheme://host[:port][/path]
"https://api.exa_mple.com": Cryptomus: option base_url must name its host with letters, digits, '-' and '.' (or an IPv6 address in brackets)
"https://api.example.com?x=1": Cryptomus: option base_url must not have a query or fragment
"https://user:secret@api.example.com": Cryptomus: option base_url must not carry credentials (user:password@)
"https://bücher.example": Cryptomus: option base_url must be a URL of printable ASCII without spaces or any of " < > \ ^ ` { | }
"mailto:a@example.com": Cryptomus: option base_url must be an absolute URL such as https://api.example.com
"//api.example.com": Cryptomus: option base_url must be an absolute URL such as https://api.example.com
