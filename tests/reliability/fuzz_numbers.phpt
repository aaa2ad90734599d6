--TEST--
Numbers on the wire: random decimal texts into every numeric field of every provider are refused before sending or sent canonical, and every body is strict JSON (RFC 8259) or a valid form
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
use CryptoInvoice\{Bitsby, InvalidArgumentException, ApiException};

mt_srand(20261129);
$base = ci_emulator_start();

/** A decimal-ish value as shops, forms and float arithmetic produce them, good and bad. */
function number_value(): string|int|float
{
	$digits = fn(int $min, int $max) => implode('', array_map(fn() => (string) mt_rand(0, 9), range(1, mt_rand($min, $max))));
	$plain = fn() => ltrim($digits(1, 5), '0') . (mt_rand(0, 1) ? '.' . $digits(1, 4) : '');
	switch (mt_rand(0, 19)) {
		case 0: return $plain() ?: '1';                                      /* plain */
		case 1: return str_repeat('0', mt_rand(1, 4)) . $plain();           /* leading zeros: 010.50, 00.5 */
		case 2: return '+' . $plain();
		case 3: return '.' . $digits(1, 3);                                  /* lone '.': .5 */
		case 4: return $digits(1, 3) . '.';                                  /* trailing '.': 5. */
		case 5: return [' ', "\t", "\n", "\u{a0}"][mt_rand(0, 3)] . $plain() . (mt_rand(0, 1) ? ' ' : '');
		case 6: return $plain() . ['e3', 'E-2', 'e+1', 'e0'][mt_rand(0, 3)];
		case 7: return $digits(30, 80) . (mt_rand(0, 1) ? '.' . $digits(1, 60) : '');  /* huge */
		case 8: return ['١٢', '１０', '٣٫٥', '𝟓', '²', '1٫5', '৫'][mt_rand(0, 6)];   /* unicode digits */
		case 9: return ['-' . $plain(), '-0', '0', '0.0', '00', '0.000', '1_000', '1,5', '0x1A', '1 000', '', '.', '-'][mt_rand(0, 12)];
		case 10: return [0, 1, -1, 5, 100, 300, 3600, 7200, 43200, PHP_INT_MAX, PHP_INT_MIN, mt_rand(-1000, 100000)][mt_rand(0, 11)];
		case 11: return [0.1 + 0.2, 1e300, 1e-7, -0.0, 5.0, 100.1, 2.5e-5, 1e21, 0.5, 12.0, 3600.0][mt_rand(0, 10)];
		case 12: return [NAN, INF, -INF, -1.5][mt_rand(0, 3)];
		case 13: return str_repeat('0', mt_rand(1, 3)) . mt_rand(1, 999);   /* 0600, 007 */
		case 14: return (string) mt_rand(1, 100000);
		case 15: return mt_rand(0, 500000) / 100;
		case 16: return ['0.5', '1', '3', '6', '12', '0.50', '01', '12.0', '6.00'][mt_rand(0, 8)];
		case 17: return ['1800', '3600', '10800', '21600', '43200', '600', '60'][mt_rand(0, 6)];
		case 18: return $plain() . '.' . $digits(1, 2);                      /* two dots */
		default: return $digits(1, 2) . '.' . $digits(1, 40);               /* long fraction */
	}
}

/* Each numeric field: where it goes and what canonical means there. */
const DEC = '/^(0|[1-9]\d*)(\.\d+)?$/D';            /* a decimal as text or a JSON number */
const JSON_NUMBER = '/^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/D';
$core = [
	'cryptomus' => ['amount' => '10', 'currency' => 'USD'],
	'cryptocloud' => ['amount' => '10', 'currency' => 'USD'],
	'onchainpay' => ['amount' => '10', 'currency' => 'USD'],
	'bitsby' => ['amount' => '10', 'currency' => 'USD'],
];
/* param => [wire path, kind]: kind "number" = JSON number, "text" = decimal as a JSON string,
 * "int" = JSON integer, "raw" = any JSON number inside a list passed through, "form" = form field. */
$fields = [
	'cryptomus' => ['amount' => ['amount', 'text'], 'accuracy_payment_percent' => ['accuracy_payment_percent', 'number'],
		'lifetime' => ['lifetime', 'int'], 'subtract' => ['subtract', 'int'], 'discount_percent' => ['discount_percent', 'int'],
		'expires_in' => ['lifetime', 'int']],
	'cryptocloud' => ['amount' => ['amount', 'number'], 'expires_in' => ['add_fields.time_to_pay.hours', 'int'],
		'add_fields.time_to_pay.hours' => ['add_fields.time_to_pay.hours', 'int'],
		'add_fields.time_to_pay.minutes' => ['add_fields.time_to_pay.minutes', 'int']],
	'onchainpay' => ['amount' => ['amount', 'text'], 'insurancePercent' => ['insurancePercent', 'text'],
		'slippagePercent' => ['slippagePercent', 'text'], 'paymentTolerancePercent' => ['paymentTolerancePercent', 'text'],
		'lifetime' => ['lifetime', 'int'], 'expires_in' => ['lifetime', 'int'], 'currencies' => ['currencies', 'raw']],
	'bitsby' => ['amount' => ['amountFiat', 'form'], 'amountFiat' => ['amountFiat', 'form'], 'timeToPay' => ['timeToPay', 'form'],
		'expires_in' => ['timeToPay', 'form']],
];

/** $params with $value at a dotted key (add_fields.time_to_pay.hours), or inside a raw list. */
function with_value(array $params, string $key, mixed $value): array
{
	if ($key === 'currencies') {
		$params['currencies'] = [['currency' => 'USDT', 'networks' => ['tron'], 'minimum' => $value]];
		return $params;
	}
	if ($key === 'amountFiat') {
		unset($params['amount']);
	}
	$parts = explode('.', $key);
	$slot = &$params;
	foreach ($parts as $p) {
		$slot = &$slot[$p];
	}
	$slot = $value;
	return $params;
}

function form_fields(string $body): array
{
	preg_match_all('/name="([^"]+)"\r\n\r\n(.*?)\r\n--/s', $body, $m, PREG_SET_ORDER);
	return array_column($m, 2, 1);
}

/** Why the body sent for $param is wrong, or null. */
function check_sent(string $provider, string $wire, string $kind, string $body, mixed $given): ?string
{
	if ($kind === 'form') {
		$form = form_fields($body);
		$v = $form[$wire] ?? null;
		foreach ($form as $name => $text) {
			if (!preg_match('//u', $text)) {
				return "form field $name is not UTF-8";
			}
		}
		return $v !== null && preg_match(DEC, $v) ? null : "form $wire = " . var_export($v, true);
	}
	try {
		$json = json_decode($body, true, 512, JSON_THROW_ON_ERROR | JSON_BIGINT_AS_STRING);
	} catch (JsonException $e) {
		return 'body is not strict JSON: ' . $e->getMessage();
	}
	$v = $json;
	foreach (explode('.', $wire) as $p) {
		$v = $v[$p] ?? null;
	}
	switch ($kind) {
		case 'int':
			return is_int($v) ? null : "$wire is " . var_export($v, true);
		case 'text':
			return is_string($v) && preg_match(DEC, $v) ? null : "$wire is " . var_export($v, true);
		case 'number':
			/* The token as written: a JSON number in plain decimal form. */
			if (!preg_match('/"' . preg_quote($wire, '/') . '":([^,}\]]*)/', $body, $m) || !preg_match(DEC, $m[1])) {
				return "$wire written as " . ($m[1] ?? 'nothing');
			}
			return is_string($given) && ltrim($given, '0') !== '' && $m[1] !== (preg_replace('/^0+(?=\d)/', '', $given))
				? "$wire: \"$given\" sent as {$m[1]}" : null;
		case 'raw':
			return preg_match_all('/"minimum":([-0-9.eE+]+)[,}]/', $body, $m) <= 1
				&& (!isset($m[1][0]) || preg_match(JSON_NUMBER, $m[1][0])) ? null : 'raw number ' . ($m[1][0] ?? '?');
	}
	return "unknown kind $kind";
}

$seq = 0;
foreach ($fields as $provider => $slots) {
	$bad = $sent = $refused = 0;
	foreach ($slots as $param => [$wire, $kind]) {
		for ($i = 0; $i < 24; $i++) {
			$value = number_value();
			$params = with_value($core[$provider], $param, $value);
			if ($provider === 'cryptomus') {
				$params['order_id'] = 'num-' . ++$seq;
			}
			/* Bitsby allows one request per second per token: a fresh token per request keeps
			 * this fast; the emulator logs the body before it refuses the unknown token. */
			$g = $provider === 'bitsby'
				? new Bitsby(CI_TEST_BITSBY_PROJECT, 'tok-' . ++$seq, ['base_url' => $base, 'retries' => 0, 'rate_limit' => 0])
				: ci_test_gateway($provider, $base);
			$before = count(ci_emulator_log($base));
			try {
				$g->createInvoice($params);
			} catch (InvalidArgumentException $e) {
				$refused++;
				if (count(ci_emulator_log($base)) !== $before) {
					$bad++;
					echo "$provider $param ", var_export($value, true), ": refused but sent\n";
				}
				continue;
			} catch (ApiException $e) {
				if (str_contains($e->getMessage(), 'JSON parse error') || str_contains($e->getMessage(), 'UTF-8 text')) {
					$bad++;
					echo "$provider $param ", var_export($value, true), ": ", $e->getMessage(), "\n";
					continue;
				}
			}
			$log = ci_emulator_log($base);
			if (count($log) !== $before + 1) {
				$bad++;
				echo "$provider $param ", var_export($value, true), ": ", count($log) - $before, " requests\n";
				continue;
			}
			$sent++;
			$why = check_sent($provider, $wire, $kind, end($log)['body'], $value);
			if ($why !== null) {
				$bad++;
				echo "$provider $param ", var_export($value, true), ": $why\n";
			}
		}
	}
	printf("%s: bad %d; some refused: %s; some sent: %s\n", $provider, $bad, var_export($refused > 0, true), var_export($sent > 0, true));
}

/* The example of the report, exactly: CryptoCloud amount "010.50" goes out as 10.50. */
ci_test_gateway('cryptocloud', $base)->createInvoice(['amount' => '010.50', 'currency' => 'USD']);
echo ci_test_last_request($base)['body'], "\n";
ci_test_gateway('cryptomus', $base)->createInvoice(['amount' => '00.50', 'currency' => 'usd', 'order_id' => 'num-x', 'accuracy_payment_percent' => '004.50']);
echo ci_test_last_request($base)['body'], "\n";
?>
--EXPECT--
cryptomus: bad 0; some refused: true; some sent: true
cryptocloud: bad 0; some refused: true; some sent: true
onchainpay: bad 0; some refused: true; some sent: true
bitsby: bad 0; some refused: true; some sent: true
{"shop_id":"NGpD44KXRdQ","amount":10.50,"currency":"USD"}
{"amount":"0.50","currency":"USD","order_id":"num-x","accuracy_payment_percent":4.50}
