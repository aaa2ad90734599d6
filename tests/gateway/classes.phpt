--TEST--
Class hierarchy, Status::isFinal(), and Invoice's private constructor
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
namespace CryptoInvoice;

$classes = [InvalidArgumentException::class, TransportException::class, ApiException::class,
	AuthenticationException::class, RateLimitException::class, UnexpectedResponseException::class, WebhookException::class];
foreach ($classes as $c) {
	printf("%s: %s, parent %s\n", $c, is_subclass_of($c, Exception::class) ? 'Exception' : '-', get_parent_class($c));
}
foreach ([Cryptomus::class, CryptoCloud::class, OnChainPay::class, Bitsby::class, Invoice::class] as $c) {
	$r = new \ReflectionClass($c);
	printf("%s final=%d\n", $c, $r->isFinal());
}
foreach (Status::cases() as $s) {
	printf("%s=%s final=%d\n", $s->name, $s->value, $s->isFinal());
}
var_dump(Status::from('partially_paid') === Status::PartiallyPaid);

try {
	new Invoice();
} catch (\Error $e) {
	echo $e->getMessage(), "\n";
}
$r = new \ReflectionProperty(Invoice::class, 'amount');
var_dump($r->isReadOnly(), (string) $r->getType());

$e = new ApiException('x');
var_dump($e->getProvider(), $e->getHttpStatus(), $e->getErrors(), $e->getResponseBody());
var_dump((new RateLimitException('x'))->getRetryAfter(), (new InvalidArgumentException('x'))->getErrors());
echo VERSION === phpversion('cryptoinvoice') ? "version ok\n" : "version mismatch\n";
?>
--EXPECT--
CryptoInvoice\InvalidArgumentException: Exception, parent InvalidArgumentException
CryptoInvoice\TransportException: Exception, parent RuntimeException
CryptoInvoice\ApiException: Exception, parent RuntimeException
CryptoInvoice\AuthenticationException: Exception, parent CryptoInvoice\ApiException
CryptoInvoice\RateLimitException: Exception, parent CryptoInvoice\ApiException
CryptoInvoice\UnexpectedResponseException: Exception, parent CryptoInvoice\ApiException
CryptoInvoice\WebhookException: Exception, parent RuntimeException
CryptoInvoice\Cryptomus final=1
CryptoInvoice\CryptoCloud final=1
CryptoInvoice\OnChainPay final=1
CryptoInvoice\Bitsby final=1
CryptoInvoice\Invoice final=1
Created=created final=0
Processing=processing final=0
Paid=paid final=1
Overpaid=overpaid final=1
PartiallyPaid=partially_paid final=0
Expired=expired final=1
Canceled=canceled final=1
Failed=failed final=1
Refunding=refunding final=0
RefundFailed=refund_failed final=1
Refunded=refunded final=1
Unknown=unknown final=0
bool(true)
Call to private CryptoInvoice\Invoice::__construct() from global scope
bool(true)
string(6) "string"
string(0) ""
int(0)
array(0) {
}
string(0) ""
NULL
array(0) {
}
version ok
