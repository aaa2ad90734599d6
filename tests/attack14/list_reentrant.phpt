--TEST--
An InvoiceList moved from inside its own page request (a logger that iterates it) throws Error, as a running generator does; the outer iteration yields every invoice once (it yielded some twice and skipped others)
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/attack14.inc';

$srv = atk14_server();
$url = atk14_handler($srv, <<<'PHP'
	$in = json_decode($body, true);
	$all = [];
	foreach ([5, 4, 3, 2, 1] as $i) {
		$all[] = ['id' => sprintf('2076e88f-547a-4437-9ece-%012d', $i), 'order' => "order-$i", 'status' => 'INIT', 'currency' => 'USD',
			'amount' => '10', 'invoiceLink' => "https://invoices.domain/$i", 'createdAt' => gmdate('Y-m-d\TH:i:s.000\Z')];
	}
	echo json_encode(['success' => true, 'response' => ['total' => 5, 'invoices' => array_slice($all, $in['offset'], $in['limit'])]]);
PHP);

final class Meddler
{
	public ?Closure $during = null;
	public array $said = [];

	public function log($level, $message, array $context = []): void
	{
		if ($this->during) {
			try {
				($this->during)();
			} catch (Error $e) {
				$this->said[$e->getMessage()] = true;
			}
		}
	}
}

foreach (['next' => static fn ($l) => $l->next(), 'rewind' => static fn ($l) => $l->rewind(),
	'foreach' => static function ($l) { foreach ($l as $inv) { echo "  inner {$inv->orderId}\n"; } },
	'current' => static fn ($l) => $l->current()] as $what => $move) {
	echo "-- the logger calls $what()\n";
	$logger = new Meddler();
	$g = atk14_gateway('onchainpay', $url, ['logger' => $logger]);
	$list = $g->listInvoices(['page_size' => 2]);
	$logger->during = static fn () => $move($list);
	$got = [];
	foreach ($list as $key => $inv) {
		$got[] = "$key:{$inv->orderId}";
	}
	echo implode(' ', $got), "\n", implode("\n", array_keys($logger->said)), "\n";
	echo 'requests: ', $list->getRequestCount(), "\n";
}
?>
--EXPECT--
-- the logger calls next()
0:order-5 1:order-4 2:order-3 3:order-2 4:order-1
CryptoInvoice\InvoiceList is requesting a page: it cannot be iterated from inside that request (a logger's call)
requests: 3
-- the logger calls rewind()
0:order-5 1:order-4 2:order-3 3:order-2 4:order-1
CryptoInvoice\InvoiceList is requesting a page: it cannot be iterated from inside that request (a logger's call)
requests: 3
-- the logger calls foreach()
0:order-5 1:order-4 2:order-3 3:order-2 4:order-1
CryptoInvoice\InvoiceList is requesting a page: it cannot be iterated from inside that request (a logger's call)
requests: 3
-- the logger calls current()
0:order-5 1:order-4 2:order-3 3:order-2 4:order-1
CryptoInvoice\InvoiceList is requesting a page: it cannot be iterated from inside that request (a logger's call)
requests: 3
