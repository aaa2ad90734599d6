--TEST--
Invoice::$paidAmount / $paidAmountInCurrency: what was received, from each provider's own fields, as exact decimal text
--EXTENSIONS--
cryptoinvoice
--INI--
serialize_precision=17
precision=3
--FILE--
<?php
require __DIR__ . '/../inc/answers.inc';
use CryptoInvoice\UnexpectedResponseException;

function show(string $label, CryptoInvoice\Invoice $i): void {
	printf("%-34s paid=%s in %s, inCurrency=%s %s, due=%s\n", $label, var_export($i->paidAmount, true),
		var_export($i->payCurrency, true), var_export($i->paidAmountInCurrency, true), $i->currency, var_export($i->payAmount, true));
}
function attempt(string $label, callable $fn): void {
	try {
		show($label, $fn());
	} catch (CryptoInvoice\Exception $e) {
		printf("%-34s %s: %s\n", $label, get_class($e), $e->getMessage());
	}
}

echo "== Cryptomus webhooks (genuine, signed)\n";
$g = new CryptoInvoice\Cryptomus(CI_TEST_CRYPTOMUS_MERCHANT, CI_TEST_CRYPTOMUS_KEY);
function hook(array $data): string {
	$data = ['type' => 'payment', 'uuid' => '62f88b36-a9d5-4fa6-aa26-e040c3dbf26d', 'order_id' => 'order-9'] + $data;
	/* Cryptomus signs with PHP's default serialize_precision (-1), whatever this test's ini says. */
	$old = ini_set('serialize_precision', '-1');
	$data['sign'] = md5(base64_encode(json_encode($data, JSON_UNESCAPED_UNICODE)) . CI_TEST_CRYPTOMUS_KEY);
	$body = json_encode($data, JSON_UNESCAPED_UNICODE);
	ini_set('serialize_precision', $old);
	return $body;
}
/* The reported case: 6.5 paid of 10. */
$i = $g->parseWebhook(hook(['amount' => '10.00', 'payment_amount' => '6.50000000', 'payment_amount_usd' => '6.5',
	'merchant_amount' => '6.37', 'is_final' => true, 'status' => 'wrong_amount', 'network' => 'tron', 'currency' => 'USD',
	'payer_currency' => 'USDT']));
show('wrong_amount, USD invoice', $i);
var_dump($i->status, $i->isFinal);
show('paid in the invoice currency', $g->parseWebhook(hook(['amount' => '3.00000000', 'payment_amount' => '3.00000000',
	'payment_amount_usd' => '0.23', 'is_final' => true, 'status' => 'paid', 'currency' => 'TRX', 'payer_currency' => 'TRX'])));
show('EUR invoice: USD is not EUR', $g->parseWebhook(hook(['amount' => '10', 'payment_amount' => '11.2',
	'payment_amount_usd' => '11.19', 'status' => 'paid_over', 'currency' => 'EUR', 'payer_currency' => 'USDT'])));
/* JSON numbers where strings are documented still become their shortest text, whatever the ini. */
show('numbers on the wire', $g->parseWebhook(hook(['amount' => 10, 'payment_amount' => 0.1, 'payment_amount_usd' => 0.1,
	'status' => 'paid', 'currency' => 'USD', 'payer_currency' => 'USDT'])));
show('nothing paid yet', $g->parseWebhook(hook(['amount' => '10', 'status' => 'check', 'currency' => 'USD'])));

$base = ci_answer_server();
echo "== Cryptomus payment/info\n";
/* The doc's example: payer_amount is the amount due in payer_currency, payment_amount what came. */
attempt('doc example', fn () => ci_answer_invoice('cryptomus', $base, ['amount' => '15.00', 'payment_amount' => '0.00',
	'payer_amount' => '15.75', 'payer_currency' => 'USDT', 'currency' => 'USDT', 'payment_status' => 'cancel', 'status' => 'cancel']));
foreach (['6,5', '1e3', '-6.5', ' 6.5', true] as $bad) {
	attempt('payment_amount ' . json_encode($bad), fn () => ci_answer_invoice('cryptomus', $base, ['payment_amount' => $bad]));
}
attempt('payment_amount_usd "x"', fn () => ci_answer_invoice('cryptomus', $base, ['payment_amount' => '1', 'payment_amount_usd' => 'x',
	'payer_currency' => 'USDT']));

echo "== CryptoCloud\n";
attempt('partial, USD', fn () => ci_answer_invoice('cryptocloud', $base, ['status' => 'partial', 'amount' => 10.2,
	'received' => 6.5, 'received_usd' => 6.5]));
attempt('overpaid, doc example numbers', fn () => ci_answer_invoice('cryptocloud', $base, ['status' => 'overpaid',
	'amount' => 100.2, 'received' => 100.2, 'received_usd' => 100.2]));
attempt('EUR invoice', fn () => ci_answer_invoice('cryptocloud', $base, ['fiat_currency' => 'EUR', 'received' => 0.033366,
	'received_usd' => 30.1]));
attempt('no received fields', fn () => ci_answer_invoice('cryptocloud', $base, ['received' => CI_ANSWER_DROP,
	'received_usd' => CI_ANSWER_DROP]));
attempt('received "abc"', fn () => ci_answer_invoice('cryptocloud', $base, ['received' => 'abc']));
attempt('received_usd []', fn () => ci_answer_invoice('cryptocloud', $base, ['received_usd' => []]));

echo "== OnChainPay\n";
attempt('doc example', fn () => ci_answer_invoice('onchainpay', $base, ['status' => 'PARTIAL', 'receivedNetwork' => 'tron',
	'receivedCurrency' => 'USDT', 'receivedAmount' => '100.32', 'receivedAmountInInvoiceCurrency' => '100.94']));
attempt('numbers', fn () => ci_answer_invoice('onchainpay', $base, ['receivedCurrency' => 'USDT', 'receivedAmount' => 6.5,
	'receivedAmountInInvoiceCurrency' => 6.52]));
attempt('receivedAmountInInvoiceCurrency', fn () => ci_answer_invoice('onchainpay', $base, ['receivedAmountInInvoiceCurrency' => 'NaN']));

echo "== Bitsby\n";
attempt('lookup', fn () => ci_answer_invoice('bitsby', $base, ['status' => 'paid']));
attempt('create', fn () => ci_answer_invoice('bitsby', $base, [], 'create'));

echo "== toArray\n";
$a = $i->toArray();
echo implode(',', array_slice(array_keys($a), 11, 5)), "\n";
var_dump($a['paidAmount'], $a['paidAmountInCurrency']);
$r = new ReflectionProperty(CryptoInvoice\Invoice::class, 'paidAmount');
var_dump($r->isReadOnly(), (string) $r->getType());
?>
--EXPECT--
== Cryptomus webhooks (genuine, signed)
wrong_amount, USD invoice          paid='6.50000000' in 'USDT', inCurrency='6.5' USD, due=NULL
enum(CryptoInvoice\Status::PartiallyPaid)
bool(true)
paid in the invoice currency       paid='3.00000000' in 'TRX', inCurrency='3.00000000' TRX, due=NULL
EUR invoice: USD is not EUR        paid='11.2' in 'USDT', inCurrency=NULL EUR, due=NULL
numbers on the wire                paid='0.1' in 'USDT', inCurrency='0.1' USD, due=NULL
nothing paid yet                   paid=NULL in NULL, inCurrency=NULL USD, due=NULL
== Cryptomus payment/info
doc example                        paid='0.00' in 'USDT', inCurrency='0.00' USDT, due='15.75'
payment_amount "6,5"               CryptoInvoice\UnexpectedResponseException: Cryptomus sent an invoice with an invalid payment_amount (string "6,5") (1 attempt)
payment_amount "1e3"               CryptoInvoice\UnexpectedResponseException: Cryptomus sent an invoice with an invalid payment_amount (string "1e3") (1 attempt)
payment_amount "-6.5"              CryptoInvoice\UnexpectedResponseException: Cryptomus sent an invoice with an invalid payment_amount (string "-6.5") (1 attempt)
payment_amount " 6.5"              CryptoInvoice\UnexpectedResponseException: Cryptomus sent an invoice with an invalid payment_amount (string " 6.5") (1 attempt)
payment_amount true                CryptoInvoice\UnexpectedResponseException: Cryptomus sent an invoice with an invalid payment_amount (bool) (1 attempt)
payment_amount_usd "x"             CryptoInvoice\UnexpectedResponseException: Cryptomus sent an invoice with an invalid payment_amount_usd (string "x") (1 attempt)
== CryptoCloud
partial, USD                       paid='6.5' in 'USDT', inCurrency='6.5' USD, due='10.2'
overpaid, doc example numbers      paid='100.2' in 'USDT', inCurrency='100.2' USD, due='100.2'
EUR invoice                        paid='0.033366' in 'USDT', inCurrency=NULL EUR, due='10'
no received fields                 paid=NULL in 'USDT', inCurrency=NULL USD, due='10'
received "abc"                     CryptoInvoice\UnexpectedResponseException: CryptoCloud sent an invoice with an invalid received (string "abc") (1 attempt)
received_usd []                    CryptoInvoice\UnexpectedResponseException: CryptoCloud sent an invoice with an invalid received_usd (array) (1 attempt)
== OnChainPay
doc example                        paid='100.32' in 'USDT', inCurrency='100.94' USD, due='100.32'
numbers                            paid='6.5' in 'USDT', inCurrency='6.52' USD, due='6.5'
receivedAmountInInvoiceCurrency    CryptoInvoice\UnexpectedResponseException: OnChainPay sent an invoice with an invalid receivedAmountInInvoiceCurrency (string "NaN") (1 attempt)
== Bitsby
lookup                             paid=NULL in NULL, inCurrency=NULL USD, due=NULL
create                             paid=NULL in NULL, inCurrency=NULL USD, due=NULL
== toArray
payCurrency,network,paidAmount,paidAmountInCurrency,paymentOptions
string(10) "6.50000000"
string(3) "6.5"
bool(true)
string(7) "?string"
