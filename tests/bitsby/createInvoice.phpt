--TEST--
Bitsby: createInvoice sends the exact multipart body with the token header and maps the answer onto Invoice
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';

$base = ci_emulator_start();
$g = ci_test_gateway('bitsby', $base);
$inv = $g->createInvoice([
	'amount' => '10.55',
	'currency' => 'EUR',
	'order_id' => 'order-1',
	'description' => '12 months license for BITSBY',
]);

$req = ci_test_last_request($base);
echo $req['method'], ' ', $req['path'], "\n";
var_dump($req['headers']['authorization'] === 'Token ' . CI_TEST_BITSBY_TOKEN);
var_dump(str_starts_with($req['headers']['user-agent'], 'cryptoinvoice/' . CryptoInvoice\VERSION . ' PHP/' . PHP_VERSION . ' libcurl/'));
var_dump(preg_match('/^multipart\/form-data; boundary=(\S+)$/', $req['headers']['content-type'], $m) === 1);
$boundary = $m[1];
/* projectId from the constructor first, then the seed's order; timeToPay defaults to 1 hour. */
$expected = '';
foreach ([
	'projectId' => CI_TEST_BITSBY_PROJECT,
	'amountFiat' => '10.55',
	'currencyFiat' => 'EUR',
	'description' => '12 months license for BITSBY',
	'serviceData' => '{"orderId":"order-1"}',
	'timeToPay' => '1',
] as $name => $value) {
	$expected .= "--$boundary\r\nContent-Disposition: form-data; name=\"$name\"\r\n\r\n$value\r\n";
}
$expected .= "--$boundary--\r\n";
var_dump($req['body'] === $expected);
echo str_replace([$boundary, "\r\n"], ['<boundary>', "\\r\\n\n"], $req['body']);

var_dump($inv->provider, $inv->orderId, $inv->status, $inv->providerStatus, $inv->isFinal, $inv->amount,
	$inv->currency, $inv->address, $inv->payAmount, $inv->payCurrency, $inv->network, $inv->testMode);
var_dump(preg_match('/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/', $inv->id) === 1);
var_dump($inv->url === 'https://dash.bitsby.app/invoices/pay/' . $inv->raw['uid']);
/* One option per wallet: the coin uppercased, its blockchain, address and reserved amount. */
echo json_encode($inv->paymentOptions, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES), "\n";
/* The times are UTC text; expiresAt is createdAt plus timeToPay. */
var_dump($inv->createdAt->getTimezone()->getName(), $inv->expiresAt->getTimezone()->getName());
var_dump($inv->createdAt->format('Y-m-d H:i:s') === $inv->raw['createDatetime']);
var_dump($inv->expiresAt->format('Y-m-d H:i:s') === $inv->raw['timeToPayDatetime']);
var_dump($inv->expiresAt->getTimestamp() - $inv->createdAt->getTimestamp(), abs($inv->createdAt->getTimestamp() - $req['time']) < 60);
/* raw is the answer's data object as it came: no status, amount or currency in it. */
echo implode(',', array_keys($inv->raw)), "\n";
$all = $inv->toArray();
var_dump($all['status'], $all['createdAt'] === $inv->createdAt->format(DATE_ATOM), json_encode($inv) === json_encode($all));
echo "requests sent: ", count(ci_emulator_log($base)), "\n";
?>
--EXPECT--
POST /invoices/create
bool(true)
bool(true)
bool(true)
bool(true)
--<boundary>\r\n
Content-Disposition: form-data; name="projectId"\r\n
\r\n
9deea1e2-0c08-41a3-bdc2-a34eada3892d\r\n
--<boundary>\r\n
Content-Disposition: form-data; name="amountFiat"\r\n
\r\n
10.55\r\n
--<boundary>\r\n
Content-Disposition: form-data; name="currencyFiat"\r\n
\r\n
EUR\r\n
--<boundary>\r\n
Content-Disposition: form-data; name="description"\r\n
\r\n
12 months license for BITSBY\r\n
--<boundary>\r\n
Content-Disposition: form-data; name="serviceData"\r\n
\r\n
{"orderId":"order-1"}\r\n
--<boundary>\r\n
Content-Disposition: form-data; name="timeToPay"\r\n
\r\n
1\r\n
--<boundary>--\r\n
string(6) "bitsby"
string(7) "order-1"
enum(CryptoInvoice\Status::Created)
string(6) "unpaid"
bool(false)
string(5) "10.55"
string(3) "EUR"
NULL
NULL
NULL
NULL
bool(false)
bool(true)
bool(true)
[
    {
        "currency": "USDT",
        "network": "bnbSmartChain",
        "address": "0x1427ca2c71bCa28f0B619b70E3F112065D5411aC",
        "amount": "11.45000000"
    },
    {
        "currency": "USDT",
        "network": "ethereum",
        "address": "0x1427ca2c71bCa28f0B619b70E3F112065D5411aC",
        "amount": "11.45000000"
    },
    {
        "currency": "USDT",
        "network": "tron",
        "address": "TKbstUwMzLrfTAGL4erYb7gc7ghmHQ9zG7",
        "amount": "11.45000000"
    },
    {
        "currency": "ETH",
        "network": "ethereum",
        "address": "0x1427ca2c71bCa28f0B619b70E3F112065D5411aC",
        "amount": "0.00329591"
    },
    {
        "currency": "BTC",
        "network": "bitcoin",
        "address": "bc1qd9hs6dal8k2x0l8zhsgywqyvn9tpj3mrkk430t",
        "amount": "0.00018186"
    }
]
string(3) "UTC"
string(3) "UTC"
bool(true)
bool(true)
int(3600)
bool(true)
id,uid,createDatetime,timeToPayDatetime,url,wallets
string(7) "created"
bool(true)
bool(true)
requests sent: 1
