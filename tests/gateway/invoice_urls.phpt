--TEST--
Invoice::$url is an absolute https:// payment page or null (raw keeps what came); text properties refuse control characters
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/answers.inc';

$base = ci_answer_server();
$fields = [['cryptomus', 'url', 'lookup'], ['cryptocloud', 'link', 'create'], ['onchainpay', 'invoiceLink', 'lookup'],
	['bitsby', 'url', 'create']];
$good = ['https://pay.example/pay/abc', 'HTTPS://pay.example/x', 'pay.cryptocloud.plus/ABCD1234',
	'https://pay.example:8443/p?x=1#top', 'https://[2001:db8::1]/p', 'https://xn--80ak6aa92e.com/p', 'https://pay.example/%0d%0a'];
$bad = ['http://evil.example/', 'javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>',
	'vbscript:msgbox(1)', 'mailto:a@b.example', 'ftp://pay.example/x', 'file:///etc/passwd', '//evil.example/x',
	'https://good.example@evil.example/', 'https://user:pw@pay.example/', 'https://evil.example\\@good.example/',
	"https://pay.example/\r\nSet-Cookie: x=1", 'https://pay.example/a b', ' https://pay.example/', "https://pay.example/\t",
	"https://pay.example/\0", 'https://pay.example/ü', 'https://pаy.example/', 'https:///x', 'https://', 'https:pay.example',
	'https://pay..example/', 'https://-pay.example/', 'https://pay_example.com/', 'https://pay.example:99999/',
	'https://pay.example:/', 'https://pay.example:80x/', 'https://%65vil.example/', 'https://[zz]/', ''];
foreach ($fields as [$provider, $field, $op]) {
	$out = [];
	foreach ($good as $u) {
		$out[] = ci_answer_invoice($provider, $base, [$field => $u], $op)->url;
	}
	echo "$provider $field:\n  ", implode("\n  ", $out), "\n";
	$nulls = 0;
	foreach ($bad as $u) {
		$inv = ci_answer_invoice($provider, $base, [$field => $u], $op);
		if ($inv->url === null && $inv->raw[$field] === $u) {
			$nulls++;
		} else {
			echo "  KEPT ", json_encode($u), ' as ', json_encode($inv->url), "\n";
		}
	}
	printf("  %d of %d others: url null, raw kept\n", $nulls, count($bad));
}

echo "== text properties\n";
$text = [['cryptomus', 'address'], ['cryptomus', 'payer_currency'], ['cryptomus', 'network'], ['cryptomus', 'order_id'],
	['cryptomus', 'status'], ['cryptocloud', 'currency.code'], ['onchainpay', 'receivedNetwork'], ['onchainpay', 'id'],
	['bitsby', 'currencyFiat']];
foreach ($text as [$provider, $field]) {
	foreach (["T\x00X", "T\x1bX", "T\nX", "T\x7fX"] as $v) {
		$inv = ci_answer_default($provider, 'lookup');
		$path = explode('.', $field);
		count($path) === 2 ? $inv[$path[0]][$path[1]] = $v : $inv[$field] = $v;
		try {
			ci_answer_call($provider, $base, ci_answer_envelope($provider, $inv, 'lookup'));
			echo "$provider $field ", bin2hex($v), ": accepted\n";
		} catch (CryptoInvoice\UnexpectedResponseException $e) {
			echo "$provider $field ", bin2hex($v), ': ', $e->getMessage(), "\n";
		}
	}
}
/* Payment options are held to the same rule; plain UTF-8 stays. */
foreach (["TXYZ\x01", "Tëst"] as $v) {
	try {
		$inv = ci_answer_invoice('onchainpay', $base, ['currencies' => [['currency' => 'USDT', 'networks' => [['name' => 'tron',
			'amount' => '1', 'address' => $v]]]]]);
		echo 'option address ', json_encode($inv->paymentOptions[0]['address']), "\n";
	} catch (CryptoInvoice\UnexpectedResponseException $e) {
		echo 'option address ', bin2hex($v), ': ', $e->getMessage(), "\n";
	}
}
try {
	ci_answer_invoice('bitsby', $base, ['wallets' => [['cryptocurrency' => "us\ndt", 'blockchain' => 'tron', 'address' => 'T1',
		'amountCrypto' => '1']]], 'create');
} catch (CryptoInvoice\UnexpectedResponseException $e) {
	echo 'bitsby wallet: ', $e->getMessage(), "\n";
}
?>
--EXPECT--
cryptomus url:
  https://pay.example/pay/abc
  https://pay.example/x
  https://pay.cryptocloud.plus/ABCD1234
  https://pay.example:8443/p?x=1#top
  https://[2001:db8::1]/p
  https://xn--80ak6aa92e.com/p
  https://pay.example/%0d%0a
  31 of 31 others: url null, raw kept
cryptocloud link:
  https://pay.example/pay/abc
  https://pay.example/x
  https://pay.cryptocloud.plus/ABCD1234
  https://pay.example:8443/p?x=1#top
  https://[2001:db8::1]/p
  https://xn--80ak6aa92e.com/p
  https://pay.example/%0d%0a
  31 of 31 others: url null, raw kept
onchainpay invoiceLink:
  https://pay.example/pay/abc
  https://pay.example/x
  https://pay.cryptocloud.plus/ABCD1234
  https://pay.example:8443/p?x=1#top
  https://[2001:db8::1]/p
  https://xn--80ak6aa92e.com/p
  https://pay.example/%0d%0a
  31 of 31 others: url null, raw kept
bitsby url:
  https://pay.example/pay/abc
  https://pay.example/x
  https://pay.cryptocloud.plus/ABCD1234
  https://pay.example:8443/p?x=1#top
  https://[2001:db8::1]/p
  https://xn--80ak6aa92e.com/p
  https://pay.example/%0d%0a
  31 of 31 others: url null, raw kept
== text properties
cryptomus address 540058: Cryptomus sent an invoice with an invalid address (string of 3 bytes with control characters or bad UTF-8) (1 attempt)
cryptomus address 541b58: Cryptomus sent an invoice with an invalid address (string of 3 bytes with control characters or bad UTF-8) (1 attempt)
cryptomus address 540a58: Cryptomus sent an invoice with an invalid address (string of 3 bytes with control characters or bad UTF-8) (1 attempt)
cryptomus address 547f58: Cryptomus sent an invoice with an invalid address (string of 3 bytes with control characters or bad UTF-8) (1 attempt)
cryptomus payer_currency 540058: Cryptomus sent an invoice with an invalid payer_currency (string of 3 bytes with control characters or bad UTF-8) (1 attempt)
cryptomus payer_currency 541b58: Cryptomus sent an invoice with an invalid payer_currency (string of 3 bytes with control characters or bad UTF-8) (1 attempt)
cryptomus payer_currency 540a58: Cryptomus sent an invoice with an invalid payer_currency (string of 3 bytes with control characters or bad UTF-8) (1 attempt)
cryptomus payer_currency 547f58: Cryptomus sent an invoice with an invalid payer_currency (string of 3 bytes with control characters or bad UTF-8) (1 attempt)
cryptomus network 540058: Cryptomus sent an invoice with an invalid network (string of 3 bytes with control characters or bad UTF-8) (1 attempt)
cryptomus network 541b58: Cryptomus sent an invoice with an invalid network (string of 3 bytes with control characters or bad UTF-8) (1 attempt)
cryptomus network 540a58: Cryptomus sent an invoice with an invalid network (string of 3 bytes with control characters or bad UTF-8) (1 attempt)
cryptomus network 547f58: Cryptomus sent an invoice with an invalid network (string of 3 bytes with control characters or bad UTF-8) (1 attempt)
cryptomus order_id 540058: Cryptomus sent an invoice with an invalid order_id (string of 3 bytes with control characters or bad UTF-8) (1 attempt)
cryptomus order_id 541b58: Cryptomus sent an invoice with an invalid order_id (string of 3 bytes with control characters or bad UTF-8) (1 attempt)
cryptomus order_id 540a58: Cryptomus sent an invoice with an invalid order_id (string of 3 bytes with control characters or bad UTF-8) (1 attempt)
cryptomus order_id 547f58: Cryptomus sent an invoice with an invalid order_id (string of 3 bytes with control characters or bad UTF-8) (1 attempt)
cryptomus status 540058: Cryptomus sent an invoice with an invalid status (string of 3 bytes with control characters or bad UTF-8) (1 attempt)
cryptomus status 541b58: Cryptomus sent an invoice with an invalid status (string of 3 bytes with control characters or bad UTF-8) (1 attempt)
cryptomus status 540a58: Cryptomus sent an invoice with an invalid status (string of 3 bytes with control characters or bad UTF-8) (1 attempt)
cryptomus status 547f58: Cryptomus sent an invoice with an invalid status (string of 3 bytes with control characters or bad UTF-8) (1 attempt)
cryptocloud currency.code 540058: CryptoCloud sent an invoice with an invalid currency.code (string of 3 bytes with control characters or bad UTF-8) (1 attempt)
cryptocloud currency.code 541b58: CryptoCloud sent an invoice with an invalid currency.code (string of 3 bytes with control characters or bad UTF-8) (1 attempt)
cryptocloud currency.code 540a58: CryptoCloud sent an invoice with an invalid currency.code (string of 3 bytes with control characters or bad UTF-8) (1 attempt)
cryptocloud currency.code 547f58: CryptoCloud sent an invoice with an invalid currency.code (string of 3 bytes with control characters or bad UTF-8) (1 attempt)
onchainpay receivedNetwork 540058: OnChainPay sent an invoice with an invalid receivedNetwork (string of 3 bytes with control characters or bad UTF-8) (1 attempt)
onchainpay receivedNetwork 541b58: OnChainPay sent an invoice with an invalid receivedNetwork (string of 3 bytes with control characters or bad UTF-8) (1 attempt)
onchainpay receivedNetwork 540a58: OnChainPay sent an invoice with an invalid receivedNetwork (string of 3 bytes with control characters or bad UTF-8) (1 attempt)
onchainpay receivedNetwork 547f58: OnChainPay sent an invoice with an invalid receivedNetwork (string of 3 bytes with control characters or bad UTF-8) (1 attempt)
onchainpay id 540058: OnChainPay sent an invoice with an invalid id (string of 3 bytes with control characters or bad UTF-8) (1 attempt)
onchainpay id 541b58: OnChainPay sent an invoice with an invalid id (string of 3 bytes with control characters or bad UTF-8) (1 attempt)
onchainpay id 540a58: OnChainPay sent an invoice with an invalid id (string of 3 bytes with control characters or bad UTF-8) (1 attempt)
onchainpay id 547f58: OnChainPay sent an invoice with an invalid id (string of 3 bytes with control characters or bad UTF-8) (1 attempt)
bitsby currencyFiat 540058: Bitsby sent an invoice with an invalid currencyFiat (string of 3 bytes with control characters or bad UTF-8) (1 attempt)
bitsby currencyFiat 541b58: Bitsby sent an invoice with an invalid currencyFiat (string of 3 bytes with control characters or bad UTF-8) (1 attempt)
bitsby currencyFiat 540a58: Bitsby sent an invoice with an invalid currencyFiat (string of 3 bytes with control characters or bad UTF-8) (1 attempt)
bitsby currencyFiat 547f58: Bitsby sent an invoice with an invalid currencyFiat (string of 3 bytes with control characters or bad UTF-8) (1 attempt)
option address 5458595a01: OnChainPay answered with an invalid currencies list (expected [{"currency":..., "networks":[{"name":..., "amount":...}]}]) (1 attempt)
option address "T\u00ebst"
bitsby wallet: Bitsby answered with an invalid wallets[0]; the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
