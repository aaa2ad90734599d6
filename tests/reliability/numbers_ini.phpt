--TEST--
Numbers on the wire do not depend on php.ini: floats inside metadata and raw lists are written in their shortest form whatever serialize_precision says
--EXTENSIONS--
cryptoinvoice
--INI--
serialize_precision=17
precision=3
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';

$base = ci_emulator_start();
ci_test_gateway('cryptomus', $base)->createInvoice(['amount' => 10.1, 'currency' => 'USD', 'order_id' => 'ini-1',
	'metadata' => ['rate' => 0.1, 'sum' => 0.1 + 0.2, 'big' => 1e25]]);
echo ci_test_last_request($base)['body'], "\n";
ci_test_gateway('onchainpay', $base)->createInvoice(['amount' => 0.3, 'currency' => 'USD',
	'currencies' => [['currency' => 'usdt', 'networks' => ['tron'], 'minimum' => 0.1]]]);
echo preg_replace('/"nonce":"\d+"/', '"nonce":"<nonce>"', ci_test_last_request($base)['body']), "\n";
/* What the shop's own json_encode() writes is untouched. */
echo json_encode(0.1), "\n";
?>
--EXPECT--
{"amount":"10.1","currency":"USD","order_id":"ini-1","additional_data":"{\"rate\":0.1,\"sum\":0.30000000000000004,\"big\":1.0e+25}"}
{"amount":"0.3","currency":"USD","currencies":[{"currency":"USDT","networks":["tron"],"minimum":0.1}],"nonce":"<nonce>"}
0.10000000000000001
