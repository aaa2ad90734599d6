--TEST--
Hostile input: thousands of random parameter arrays give only typed exceptions, no diagnostics, no crash
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/credentials.inc';

mt_srand(20261122);
$diagnostics = 0;
set_error_handler(function (int $no, string $msg) use (&$diagnostics) {
	$diagnostics++;
	echo "DIAGNOSTIC: $msg\n";
	return true;
});

/* A closed port: valid arrays fail fast with a TransportException instead of reaching anyone. */
$closed = stream_socket_server('tcp://127.0.0.1:0');
$url = 'http://' . stream_socket_get_name($closed, false);
fclose($closed);
$opts = ['base_url' => $url, 'retries' => 0, 'rate_limit' => 0, 'timeout' => 2, 'connect_timeout' => 1];
$gateways = [
	new CryptoInvoice\Cryptomus(CI_TEST_CRYPTOMUS_MERCHANT, CI_TEST_CRYPTOMUS_KEY, $opts),
	new CryptoInvoice\CryptoCloud(CI_TEST_CRYPTOCLOUD_SHOP, CI_TEST_CRYPTOCLOUD_KEY, $opts),
	new CryptoInvoice\OnChainPay(CI_TEST_ONCHAINPAY_PUBLIC, CI_TEST_ONCHAINPAY_PRIVATE, $opts),
	new CryptoInvoice\Bitsby(CI_TEST_BITSBY_PROJECT, CI_TEST_BITSBY_TOKEN, $opts),
];

$keys = ['amount', 'currency', 'order_id', 'description', 'email', 'expires_in', 'callback_url', 'return_url',
	'success_url', 'pay_currency', 'network', 'accepted_currencies', 'metadata', 'idempotency_key',
	'lifetime', 'url_callback', 'to_currency', 'subtract', 'accuracy_payment_percent', 'additional_data', 'currencies',
	'except_currencies', 'discount_percent', 'add_fields', 'externalId', 'order', 'payerEmail', 'includeFee',
	'additionalFees', 'insurancePercent', 'webhookURL', 'amountFiat', 'currencyFiat', 'serviceData', 'timeToPay',
	'projectId', 'shop_id', '', "\0", "amount\0x", 'ämount', 0, -1, PHP_INT_MAX];

function value(int $depth = 0): mixed {
	switch (mt_rand(0, 24)) {
		case 0: return null;
		case 1: return (bool) mt_rand(0, 1);
		case 2: return [0, -1, 1, PHP_INT_MAX, PHP_INT_MIN, 300, 3600, 43200, 7200][mt_rand(0, 8)];
		case 3: return [NAN, INF, -INF, -0.0, 0.1, 1e300, 1e-300, 10.1, 5.0][mt_rand(0, 8)];
		case 4: return str_repeat(chr(mt_rand(0, 255)), mt_rand(0, 300));
		case 5: return random_bytes(mt_rand(1, 64));
		case 6: return ['10', '10.50', '1e3', ' 5', '-1', '0', '00.0', '9999999999999999999999.99999', '1.', '.5'][mt_rand(0, 9)];
		case 7: return ['USD', 'usd', 'EUR', 'RUB', 'BTC', 'USDT_TRC20', 'XXX', '', "U\0SD", "\xff"][mt_rand(0, 9)];
		case 8: return ['https://shop.example/cb', 'http://a', 'javascript:alert(1)', 'https://' . str_repeat('a', 300), "https://x.y/\r\nX: 1"][mt_rand(0, 4)];
		case 9: return str_repeat('x', mt_rand(0, 1) ? 100000 : 256);
		case 10: return "\xf0\x9f\x92\xb0 café \xc3";
		case 11: return new stdClass();
		case 12: return fn() => 1;
		case 13: return new DateTimeImmutable('@0');
		case 14: return ['currency' => value($depth + 1), 'network' => value($depth + 1)];
		case 15: return ['time_to_pay' => ['hours' => value($depth + 1), 'minutes' => value($depth + 1)], 'cryptocurrency' => value($depth + 1)];
		case 16: return ['BTC', 'ETH', value($depth + 1)];
		case 17: $deep = 1; for ($i = 0; $i < 200; $i++) { $deep = [$deep]; } return $deep;
		case 18: return [5 => 'x', 'k' => 'v'];
		case 19: return ['orderId' => value($depth + 1), 'userId' => 100];
		case 20: return '{"a":1}';
		case 21: return mt_rand(1, 1000000) / 100;
		case 22: return (string) mt_rand(1, 100000);
		case 23: return ['0.5', '1', '3', '6', '12', 0.5, 1, 12][mt_rand(0, 7)];
		default: return $depth < 3 ? array_map(fn() => value($depth + 1), range(0, mt_rand(0, 3))) : [];
	}
}

foreach ($gateways as $g) {
	$typed = 0;
	for ($i = 0; $i < 600; $i++) {
		$params = [];
		for ($k = mt_rand(0, 8); $k > 0; $k--) {
			$params[$keys[mt_rand(0, count($keys) - 1)]] = value();
		}
		if (mt_rand(0, 2) === 0) { /* often start from a valid core */
			$params += ['amount' => '10', 'currency' => 'USD', 'order_id' => 'fz-' . $i];
		}
		try {
			$g->createInvoice($params);
		} catch (CryptoInvoice\Exception $e) {
			$typed++;
		} catch (Throwable $e) {
			echo get_class($g), ': UNTYPED ', get_class($e), ': ', $e->getMessage(), "\n";
		}
	}
	printf("%s: %d of 600 typed exceptions\n", $g->getProvider(), $typed);
}
echo "diagnostics: $diagnostics\n";
?>
--EXPECT--
cryptomus: 600 of 600 typed exceptions
cryptocloud: 600 of 600 typed exceptions
onchainpay: 600 of 600 typed exceptions
bitsby: 600 of 600 typed exceptions
diagnostics: 0
