--TEST--
Cryptomus: webhook verification and the numbers it reads do not depend on serialize_precision, precision or LC_NUMERIC
--EXTENSIONS--
cryptoinvoice
--INI--
serialize_precision=17
precision=5
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';

$g = new CryptoInvoice\Cryptomus(CI_TEST_CRYPTOMUS_MERCHANT, CI_TEST_CRYPTOMUS_KEY);

/* What Cryptomus sends: its own json_encode of the data plus sign, both under PHP's defaults
 * (serialize_precision -1). The sign is what the docs' PHP verifier recomputes from the text
 * (json_decode, unset sign, json_encode), so a body typed by hand is signed the same way. */
function cryptomus_body(string $text): string
{
	$shop = ini_set('serialize_precision', '-1');
	$data = json_decode($text, true);
	$sign = md5(base64_encode(json_encode($data, JSON_UNESCAPED_UNICODE)) . CI_TEST_CRYPTOMUS_KEY);
	ini_set('serialize_precision', $shop);
	return substr($text, 0, -1) . ',"sign":"' . $sign . '"}';
}
function encoded(array $data): string
{
	$shop = ini_set('serialize_precision', '-1');
	$text = json_encode($data, JSON_UNESCAPED_UNICODE);
	ini_set('serialize_precision', $shop);
	return $text;
}

$base = ['type' => 'payment', 'uuid' => '62f88b36-a9d5-4fa6-aa26-e040c3dbf26d', 'order_id' => 'order-9',
	'amount' => '3.00000000', 'currency' => 'USD', 'status' => 'paid', 'is_final' => true];
$cases = [
	/* the reported one: a float in a genuine callback */
	'0.23' => encoded($base + ['payment_amount_usd' => 0.23]),
	'0.1 + 0.2' => encoded($base + ['ratio' => 0.1 + 0.2]),
	'1e25' => encoded($base + ['big' => 1e25]),
	'1.5e-7 nested' => encoded($base + ['convert' => ['rate' => 1.5e-7, 'amount' => 0.22]]),
	'-0.0' => encoded($base + ['delta' => -0.0]),
	'whole float 10.0' => encoded($base + ['fee' => 10.0]),
	'2^53 + 1 and PHP_INT_MAX' => encoded($base + ['n' => 2 ** 53 + 1, 'max' => PHP_INT_MAX]),
	'1/3' => encoded($base + ['third' => 1 / 3]),
	'beyond int64 (a float after decoding)' => substr(encoded($base), 0, -1) . ',"huge":123456789012345678901234567890}',
	'exponent written by hand' => substr(encoded($base), 0, -1) . ',"e":1E-7,"f":2.50}',
	/* amounts as JSON numbers become decimal text without any ini */
	'amounts as numbers' => encoded(['amount' => 0.23, 'payer_amount' => 1.0e-7, 'payer_currency' => 'BTC'] + $base),
];

$run = function () use ($g, $cases): array {
	$out = [];
	foreach ($cases as $name => $text) {
		try {
			$inv = $g->parseWebhook(cryptomus_body($text));
			$out[] = sprintf("%s: genuine, amount %s, payAmount %s", $name, $inv->amount, $inv->payAmount ?? 'null');
		} catch (CryptoInvoice\Exception $e) {
			$out[] = sprintf("%s: %s", $name, $e->getMessage());
		}
	}
	return $out;
};
echo "== serialize_precision=", ini_get('serialize_precision'), ", precision=", ini_get('precision'), "\n";
$first = $run();
echo implode("\n", $first), "\n";
/* Other settings a shop may have: every answer must be the same, byte for byte. */
foreach ([['5', '17'], ['0', '1'], ['-1', '14'], ['30', '30']] as [$sp, $p]) {
	ini_set('serialize_precision', $sp);
	ini_set('precision', $p);
	echo "serialize_precision=$sp precision=$p: ", $run() === $first ? 'same' : "differs:\n" . implode("\n", $run()), "\n";
}
ini_set('serialize_precision', '17');
ini_set('precision', '5');
/* A locale that writes 0,23 where it exists; this machine may have none (then the case runs under C). */
$locales = ['de_DE.UTF-8', 'de_DE.utf8', 'de_DE', 'fr_FR.UTF-8', 'ru_RU.UTF-8', 'pt_BR.UTF-8'];
$comma = setlocale(LC_ALL, $locales) !== false && sprintf('%.2F', 0.5) === '0.50' && sprintf('%.2f', 0.5) === '0,50';
echo 'LC_NUMERIC with a decimal comma (', $comma ? 'in effect' : 'not installed here', '): ',
	$run() === $first ? 'same' : "differs:\n" . implode("\n", $run()), "\n";
setlocale(LC_ALL, 'C');
/* The shop's settings are left as they were. */
var_dump(ini_get('serialize_precision'), ini_get('precision'), json_encode(0.1), json_last_error());
?>
--EXPECTF--
== serialize_precision=17, precision=5
0.23: genuine, amount 3.00000000, payAmount null
0.1 + 0.2: genuine, amount 3.00000000, payAmount null
1e25: genuine, amount 3.00000000, payAmount null
1.5e-7 nested: genuine, amount 3.00000000, payAmount null
-0.0: genuine, amount 3.00000000, payAmount null
whole float 10.0: genuine, amount 3.00000000, payAmount null
2^53 + 1 and PHP_INT_MAX: genuine, amount 3.00000000, payAmount null
1/3: genuine, amount 3.00000000, payAmount null
beyond int64 (a float after decoding): genuine, amount 3.00000000, payAmount null
exponent written by hand: genuine, amount 3.00000000, payAmount null
amounts as numbers: genuine, amount 0.23, payAmount 0.0000001
serialize_precision=5 precision=17: same
serialize_precision=0 precision=1: same
serialize_precision=-1 precision=14: same
serialize_precision=30 precision=30: same
LC_NUMERIC with a decimal comma (%s): same
string(2) "17"
string(1) "5"
string(19) "0.10000000000000001"
int(0)
