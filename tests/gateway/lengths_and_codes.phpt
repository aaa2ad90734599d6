--TEST--
Length limits count what the provider counts (characters, or UTF-8 bytes for Cryptomus additional_data) and say which; currency and coin codes go out upper case, Cryptomus networks lower case
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
use CryptoInvoice\InvalidArgumentException;

$base = ci_emulator_start();
$cyr = fn(int $n) => str_repeat('ж', $n); /* one character, two bytes */
$try = function (string $provider, array $params) use ($base): void {
	try {
		ci_test_gateway($provider, $base)->createInvoice($params);
		$r = ci_test_last_request($base);
		$body = preg_replace('/"nonce":"\d+"/', '"nonce":"<nonce>"', $r['body']);
		if (str_starts_with($r['headers']['content-type'] ?? '', 'multipart/')) {
			preg_match_all('/name="([^"]+)"\r\n\r\n(.*?)\r\n--/s', $body, $m, PREG_SET_ORDER);
			$body = implode(' ', array_map(fn($f) => "$f[1]=$f[2]", $m));
		}
		echo "sent: ", preg_replace_callback('/ж+/u', fn($m) => 'ж×' . preg_match_all('/./u', $m[0]), $body), "\n";
	} catch (InvalidArgumentException $e) {
		foreach ($e->getErrors() as $k => $v) {
			echo "$k: ", preg_replace_callback('/ж+/u', fn($m) => 'ж×' . preg_match_all('/./u', $m[0]), $v), "\n";
		}
	}
};
$cm = ['amount' => '10', 'currency' => 'USD'];

echo "== characters\n";
$try('bitsby', ['amount' => '1', 'currency' => 'USD', 'order_id' => $cyr(200)]);
$try('bitsby', ['amount' => '1', 'currency' => 'USD', 'order_id' => $cyr(256)]);
$try('cryptomus', $cm + ['order_id' => 'len-1', 'course_source' => $cyr(20)]);
$try('cryptomus', $cm + ['order_id' => 'len-2', 'course_source' => $cyr(21)]);
$try('cryptomus', $cm + ['order_id' => 'len-3', 'url_callback' => 'https://shop.example/' . $cyr(234)]);
echo "== bytes\n";
$try('cryptomus', $cm + ['order_id' => 'len-4', 'additional_data' => $cyr(127)]);
$try('cryptomus', $cm + ['order_id' => 'len-5', 'additional_data' => $cyr(128)]);
$try('cryptomus', $cm + ['order_id' => 'len-6', 'metadata' => $cyr(200)]);
$try('cryptomus', $cm + ['order_id' => 'len-7', 'metadata' => ['note' => $cyr(120)]]);

echo "== codes\n";
$try('cryptomus', ['amount' => '10', 'currency' => 'usd', 'order_id' => 'case-1', 'pay_currency' => 'usdt', 'network' => 'TRON',
	'accepted_currencies' => ['btc', ['currency' => 'Usdt', 'network' => 'Tron']], 'except_currencies' => [['currency' => 'eth', 'network' => 'ETH']]]);
$try('cryptomus', ['amount' => '10', 'currency' => 'Eur', 'order_id' => 'case-2', 'to_currency' => 'ltc', 'currencies' => [['currency' => 'trx']]]);
$try('cryptocloud', ['amount' => '10', 'currency' => 'eur', 'pay_currency' => 'usdt_trc20']);
$try('cryptocloud', ['amount' => '10', 'currency' => 'rub', 'accepted_currencies' => ['btc', 'Eth'], 'add_fields' => ['cryptocurrency' => 'ton']]);
$try('onchainpay', ['amount' => '10', 'currency' => 'usd', 'accepted_currencies' => ['usdt', ['currency' => 'btc', 'networks' => ['bitcoin']]]]);
$try('bitsby', ['amount' => '1', 'currency' => 'eur']);
$try('bitsby', ['amountFiat' => '1', 'currencyFiat' => 'rub']);
?>
--EXPECT--
== characters
sent: projectId=9deea1e2-0c08-41a3-bdc2-a34eada3892d amountFiat=1 currencyFiat=USD serviceData={"orderId":"ж×200"} timeToPay=1
order_id: Bitsby: order_id must be 1 to 255 characters long, got 256 characters
sent: {"amount":"10","currency":"USD","order_id":"len-1","course_source":"ж×20"}
course_source: Cryptomus: course_source must be 4 to 20 characters long, got 21 characters
sent: {"amount":"10","currency":"USD","order_id":"len-3","url_callback":"https://shop.example/ж×234"}
== bytes
sent: {"amount":"10","currency":"USD","order_id":"len-4","additional_data":"ж×127"}
additional_data: Cryptomus: additional_data must be at most 255 bytes long in UTF-8, got 256 bytes
metadata: Cryptomus: metadata must be at most 255 bytes long in UTF-8, got 400 bytes
sent: {"amount":"10","currency":"USD","order_id":"len-7","additional_data":"{\"note\":\"ж×120\"}"}
== codes
sent: {"amount":"10","currency":"USD","order_id":"case-1","to_currency":"USDT","network":"tron","currencies":[{"currency":"BTC"},{"currency":"USDT","network":"tron"}],"except_currencies":[{"currency":"ETH","network":"eth"}]}
sent: {"amount":"10","currency":"EUR","order_id":"case-2","to_currency":"LTC","currencies":[{"currency":"TRX"}]}
sent: {"shop_id":"NGpD44KXRdQ","amount":10,"currency":"EUR","add_fields":{"cryptocurrency":"USDT_TRC20"}}
sent: {"shop_id":"NGpD44KXRdQ","amount":10,"currency":"RUB","add_fields":{"available_currencies":["BTC","ETH"],"cryptocurrency":"TON"}}
sent: {"amount":"10","currency":"USD","currencies":["USDT",{"currency":"BTC","networks":["bitcoin"]}],"nonce":"<nonce>"}
sent: projectId=9deea1e2-0c08-41a3-bdc2-a34eada3892d amountFiat=1 currencyFiat=EUR timeToPay=1
sent: projectId=9deea1e2-0c08-41a3-bdc2-a34eada3892d amountFiat=1 currencyFiat=RUB timeToPay=1
