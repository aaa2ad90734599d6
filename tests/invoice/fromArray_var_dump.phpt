--TEST--
Invoice::fromArray(): an invoice kept as a JSON row and rebuilt dumps exactly as the original
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/answers.inc';
use CryptoInvoice\Invoice;

$base = ci_answer_server();
$inv = ci_answer_invoice('cryptomus', $base, ['payment_status' => 'paid', 'status' => 'paid', 'is_final' => true,
	'address' => 'TXYZ', 'network' => 'tron', 'payer_currency' => 'USDT', 'payer_amount' => '10.1', 'payment_amount' => '10.1']);
/* What a database column or a queue payload holds. */
$row = json_encode($inv, JSON_UNESCAPED_SLASHES);
echo $row, "\n";
$back = Invoice::fromArray(json_decode($row, true));
var_dump($back);
/* The same dump, object numbers aside. */
$dump = function (Invoice $i): string {
	ob_start();
	var_dump($i);
	return preg_replace('/#\d+/', '#', ob_get_clean());
};
var_dump($dump($back) === $dump($inv));
?>
--EXPECTF--
{"provider":"cryptomus","id":"62f88b36-a9d5-4fa6-aa26-e040c3dbf26d","orderId":"order-1","status":"paid","providerStatus":"paid","isFinal":true,"amount":"10.00","currency":"USD","url":"https://pay.cryptomus.com/pay/62f88b36-a9d5-4fa6-aa26-e040c3dbf26d","address":"TXYZ","payAmount":"10.1","payCurrency":"USDT","network":"tron","paidAmount":"10.1","paidAmountInCurrency":null,"paymentOptions":[{"currency":"USDT","network":"tron","address":"TXYZ","amount":"10.1"}],"createdAt":"2026-01-01T00:00:00+00:00","expiresAt":"2026-01-01T00:00:00+00:00","testMode":false,"raw":{"uuid":"62f88b36-a9d5-4fa6-aa26-e040c3dbf26d","order_id":"order-1","amount":"10.00","payment_amount":"10.1","payer_amount":"10.1","payer_currency":"USDT","currency":"USD","network":"tron","address":"TXYZ","payment_status":"paid","url":"https://pay.cryptomus.com/pay/62f88b36-a9d5-4fa6-aa26-e040c3dbf26d","expired_at":1767225600,"status":"paid","is_final":true,"created_at":"2026-01-01T03:00:00+03:00"}}
object(CryptoInvoice\Invoice)#%d (20) {
  ["provider"]=>
  string(9) "cryptomus"
  ["id"]=>
  string(36) "62f88b36-a9d5-4fa6-aa26-e040c3dbf26d"
  ["orderId"]=>
  string(7) "order-1"
  ["status"]=>
  enum(CryptoInvoice\Status::Paid)
  ["providerStatus"]=>
  string(4) "paid"
  ["isFinal"]=>
  bool(true)
  ["amount"]=>
  string(5) "10.00"
  ["currency"]=>
  string(3) "USD"
  ["url"]=>
  string(66) "https://pay.cryptomus.com/pay/62f88b36-a9d5-4fa6-aa26-e040c3dbf26d"
  ["address"]=>
  string(4) "TXYZ"
  ["payAmount"]=>
  string(4) "10.1"
  ["payCurrency"]=>
  string(4) "USDT"
  ["network"]=>
  string(4) "tron"
  ["paidAmount"]=>
  string(4) "10.1"
  ["paidAmountInCurrency"]=>
  NULL
  ["paymentOptions"]=>
  array(1) {
    [0]=>
    array(4) {
      ["currency"]=>
      string(4) "USDT"
      ["network"]=>
      string(4) "tron"
      ["address"]=>
      string(4) "TXYZ"
      ["amount"]=>
      string(4) "10.1"
    }
  }
  ["createdAt"]=>
  object(DateTimeImmutable)#%d (3) {
    ["date"]=>
    string(26) "2026-01-01 00:00:00.000000"
    ["timezone_type"]=>
    int(3)
    ["timezone"]=>
    string(3) "UTC"
  }
  ["expiresAt"]=>
  object(DateTimeImmutable)#%d (3) {
    ["date"]=>
    string(26) "2026-01-01 00:00:00.000000"
    ["timezone_type"]=>
    int(3)
    ["timezone"]=>
    string(3) "UTC"
  }
  ["testMode"]=>
  bool(false)
  ["raw"]=>
  array(15) {
    ["uuid"]=>
    string(36) "62f88b36-a9d5-4fa6-aa26-e040c3dbf26d"
    ["order_id"]=>
    string(7) "order-1"
    ["amount"]=>
    string(5) "10.00"
    ["payment_amount"]=>
    string(4) "10.1"
    ["payer_amount"]=>
    string(4) "10.1"
    ["payer_currency"]=>
    string(4) "USDT"
    ["currency"]=>
    string(3) "USD"
    ["network"]=>
    string(4) "tron"
    ["address"]=>
    string(4) "TXYZ"
    ["payment_status"]=>
    string(4) "paid"
    ["url"]=>
    string(66) "https://pay.cryptomus.com/pay/62f88b36-a9d5-4fa6-aa26-e040c3dbf26d"
    ["expired_at"]=>
    int(1767225600)
    ["status"]=>
    string(4) "paid"
    ["is_final"]=>
    bool(true)
    ["created_at"]=>
    string(25) "2026-01-01T03:00:00+03:00"
  }
}
bool(true)
