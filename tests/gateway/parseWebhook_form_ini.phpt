--TEST--
parseWebhook: a form-encoded callback reads the same whatever the shop's arg_separator.input, max_input_vars and max_input_nesting_level say
--EXTENSIONS--
cryptoinvoice
--INI--
error_reporting=-1
max_input_vars=3
max_input_nesting_level=1
arg_separator.input=";"
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';

set_error_handler(static function (int $no, string $msg): bool {
	throw new ErrorException("PHP warning/notice: $msg", 0, $no);
});
function b64u(string $s): string
{
	return rtrim(strtr(base64_encode($s), '+/', '-_'), '=');
}
function jwt(string $code): string
{
	$signed = b64u('{"alg":"HS256","typ":"JWT"}') . '.' . b64u(json_encode(['id' => $code, 'exp' => time() + 300]));
	return $signed . '.' . b64u(hash_hmac('sha256', $signed, CI_TEST_CRYPTOCLOUD_SECRET, true));
}
$try = function (string $name, CryptoInvoice\Gateway $g, string $body): void {
	try {
		$inv = $g->parseWebhook($body);
		printf("%s: %s invoice, %s\n", $name, $inv->provider, $inv->providerStatus);
	} catch (Throwable $e) {
		printf("%s: %s: %s\n", $name, get_class($e), $e->getMessage());
	}
};

$base = ci_emulator_start();
$ocp = ci_test_gateway('onchainpay', $base);
$id = $ocp->createInvoice(['amount' => '15', 'currency' => 'USD'])->id;
$cc = ci_test_gateway('cryptocloud', $base, ['secret_key' => CI_TEST_CRYPTOCLOUD_SECRET]);
$code = substr($cc->createInvoice(['amount' => '5', 'currency' => 'USD'])->id, 4);
$bt = ci_test_gateway('bitsby', $base);
$btId = $bt->createInvoice(['amount' => '10', 'currency' => 'USD'])->id;

/* Fields joined by "&", as every provider sends them; the shop's ini says ";" and 3 fields. */
$try('OnChainPay', $ocp, "invoiceId=$id&status=PROCESSED&amount=15&currency=USD&extra[a][b]=1");
$try('CryptoCloud postback', $cc, "status=success&invoice_id=$code&amount_crypto=5&currency=USDT_TRC20&order_id=&token=" . jwt($code)
	. "&invoice_info[uuid]=INV-$code&invoice_info[status]=paid");
$try('Bitsby', $bt, "id=7&status=paid&amountFiat=10&invoiceId=$btId");
/* A ";" is data, not a separator. */
$try('";" inside a value', $ocp, "note=a;invoiceId=forged&invoiceId=$id");
restore_error_handler();
echo "no PHP warning or notice: ", error_get_last() === null ? 'none' : error_get_last()['message'], "\n";
?>
--EXPECT--
OnChainPay: onchainpay invoice, INIT
CryptoCloud postback: cryptocloud invoice, created
Bitsby: bitsby invoice, unpaid
";" inside a value: onchainpay invoice, INIT
no PHP warning or notice: none
