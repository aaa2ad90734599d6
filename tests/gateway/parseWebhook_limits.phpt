--TEST--
parseWebhook: form bodies are parsed without PHP's input machinery (no max_input_vars warning, no ini), with a limit of its own; deep and huge bodies are a WebhookException, never a PHP warning
--EXTENSIONS--
cryptoinvoice
--INI--
error_reporting=-1
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';

/* What Laravel's handler does: any warning or notice becomes an exception (a 500 to the provider). */
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
/* $n form fields after the id: "f0=v&f1=v&..." */
$fields = static fn (int $n): string => implode('&', array_map(static fn (int $i): string => "f$i=v", range(0, $n - 1)));

$base = ci_emulator_start();
$ocp = ci_test_gateway('onchainpay', $base);
$id = $ocp->createInvoice(['amount' => '15', 'currency' => 'USD'])->id;
$cc = ci_test_gateway('cryptocloud', $base, ['secret_key' => CI_TEST_CRYPTOCLOUD_SECRET]);
$code = substr($cc->createInvoice(['amount' => '5', 'currency' => 'USD'])->id, 4);
$cm = new CryptoInvoice\Cryptomus(CI_TEST_CRYPTOMUS_MERCHANT, CI_TEST_CRYPTOMUS_KEY);
$postback = "status=success&invoice_id=$code&token=" . jwt($code);

echo "== form fields: at most 1000, read without max_input_vars (1000 here) or its warning\n";
$try('OnChainPay, 3 fields', $ocp, "invoiceId=$id&status=PROCESSED&amount=1");
$try('OnChainPay, 999 more fields', $ocp, "invoiceId=$id&" . $fields(999));
$try('OnChainPay, 1000 more fields', $ocp, "invoiceId=$id&" . $fields(1000));
$try('OnChainPay, 5000 more fields', $ocp, "invoiceId=$id&" . $fields(5000));
$try('OnChainPay, id after 5000 fields', $ocp, $fields(5000) . "&invoiceId=$id");
$try('CryptoCloud, 20 more fields', $cc, "$postback&" . $fields(20));
$try('CryptoCloud, 1200 more fields', $cc, "$postback&" . $fields(1200));
$try('CryptoCloud, nested invoice_info', $cc, "$postback&invoice_info[uuid]=INV-$code&invoice_info[amount]=5&invoice_info[currency][code]=USD");
$try('nested 10000 deep', $ocp, "invoiceId=$id&a" . str_repeat('[b]', 10000) . '=1');
$try('nested key as the id', $ocp, "invoiceId[x][y]=$id");
$try('list key as the id', $ocp, "invoiceId[]=$id");
$try('empty pairs and names', $ocp, "&&=x&[a]=1&invoiceId=$id&&");
$try('a field without "="', $ocp, "flag&invoiceId=$id");
$try('percent and plus decoding', $ocp, 'invoice%49d=' . rawurlencode($id) . '&note=a+b%20c');
$try('last of a repeated field wins', $ocp, "invoiceId=00000000-0000-4000-8000-000000000000&invoiceId=$id");
$try('many empty pairs', $ocp, "invoiceId=$id" . str_repeat('&', 100000));

echo "== JSON nested deeply\n";
$deep = static fn (int $n): string => str_repeat('[', $n) . str_repeat(']', $n);
$try('OnChainPay, 10000 deep', $ocp, '{"invoiceId":"' . $id . '","x":' . $deep(10000) . '}');
$try('OnChainPay, 100000 deep', $ocp, '{"invoiceId":"' . $id . '","x":' . $deep(100000) . '}');
$try('OnChainPay, objects 10000 deep', $ocp, '{"invoiceId":"' . $id . '","x":' . str_repeat('{"a":', 10000) . '1' . str_repeat('}', 10000) . '}');
$try('CryptoCloud, 10000 deep', $cc, '{"invoice_id":"' . $code . '","token":"' . jwt($code) . '","x":' . $deep(10000) . '}');
$try('Cryptomus, 10000 deep', $cm, '{"type":"payment","x":' . $deep(10000) . ',"sign":"0"}');

echo "== huge bodies\n";
$mib = 1048576;
$pad = static fn (string $json, int $size): string => $json[0] . str_repeat(' ', $size - strlen($json)) . substr($json, 1);
$try('OnChainPay JSON, exactly 1 MiB', $ocp, $pad(json_encode(['invoiceId' => $id]), $mib));
$try('OnChainPay JSON, 1 MiB + 1', $ocp, $pad(json_encode(['invoiceId' => $id]), $mib + 1));
$try('OnChainPay form, 8 MiB', $ocp, "invoiceId=$id&x=" . str_repeat('a', 8 * $mib));
$try('CryptoCloud form, 1 MiB + 1', $cc, $postback . '&x=' . str_repeat('a', $mib + 1 - strlen($postback) - 3));
$try('Cryptomus, 1 MiB + 1', $cm, $pad('{"type":"payment","sign":"0"}', $mib + 1));
$try('Cryptomus, 8 MiB', $cm, $pad('{"type":"payment","sign":"0"}', 8 * $mib));
restore_error_handler();
echo "no PHP warning or notice: ", error_get_last() === null ? 'none' : error_get_last()['message'], "\n";
?>
--EXPECT--
== form fields: at most 1000, read without max_input_vars (1000 here) or its warning
OnChainPay, 3 fields: onchainpay invoice, INIT
OnChainPay, 999 more fields: onchainpay invoice, INIT
OnChainPay, 1000 more fields: CryptoInvoice\WebhookException: OnChainPay webhook is malformed: the body has more than 1000 form fields
OnChainPay, 5000 more fields: CryptoInvoice\WebhookException: OnChainPay webhook is malformed: the body has more than 1000 form fields
OnChainPay, id after 5000 fields: CryptoInvoice\WebhookException: OnChainPay webhook is malformed: the body has more than 1000 form fields
CryptoCloud, 20 more fields: cryptocloud invoice, created
CryptoCloud, 1200 more fields: CryptoInvoice\WebhookException: CryptoCloud webhook is malformed: the body has more than 1000 form fields
CryptoCloud, nested invoice_info: cryptocloud invoice, created
nested 10000 deep: onchainpay invoice, INIT
nested key as the id: CryptoInvoice\WebhookException: OnChainPay webhook is malformed: it names no invoice (its invoiceId field is an array, not text)
list key as the id: CryptoInvoice\WebhookException: OnChainPay webhook is malformed: it names no invoice (its invoiceId field is an array, not text)
empty pairs and names: onchainpay invoice, INIT
a field without "=": onchainpay invoice, INIT
percent and plus decoding: onchainpay invoice, INIT
last of a repeated field wins: onchainpay invoice, INIT
many empty pairs: onchainpay invoice, INIT
== JSON nested deeply
OnChainPay, 10000 deep: CryptoInvoice\WebhookException: OnChainPay webhook is malformed: the body is not a JSON object
OnChainPay, 100000 deep: CryptoInvoice\WebhookException: OnChainPay webhook is malformed: the body is not a JSON object
OnChainPay, objects 10000 deep: CryptoInvoice\WebhookException: OnChainPay webhook is malformed: the body is not a JSON object
CryptoCloud, 10000 deep: CryptoInvoice\WebhookException: CryptoCloud webhook is malformed: the body is not a JSON object
Cryptomus, 10000 deep: CryptoInvoice\WebhookException: Cryptomus webhook is malformed: the body is not a JSON object
== huge bodies
OnChainPay JSON, exactly 1 MiB: onchainpay invoice, INIT
OnChainPay JSON, 1 MiB + 1: CryptoInvoice\WebhookException: OnChainPay webhook is malformed: the body is over 1 MiB
OnChainPay form, 8 MiB: CryptoInvoice\WebhookException: OnChainPay webhook is malformed: the body is over 1 MiB
CryptoCloud form, 1 MiB + 1: CryptoInvoice\WebhookException: CryptoCloud webhook is malformed: the body is over 1 MiB
Cryptomus, 1 MiB + 1: CryptoInvoice\WebhookException: Cryptomus webhook is malformed: the body is over 1 MiB
Cryptomus, 8 MiB: CryptoInvoice\WebhookException: Cryptomus webhook is malformed: the body is over 1 MiB
no PHP warning or notice: none
