--TEST--
A list whose provider ignores the paging keys ends with UnexpectedResponseException: the same invoices on 2 pages in a row, or a cursor given before (then no further page is asked for); no invoice is yielded twice (it went on for 10000 pages)
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/attack14.inc';

$srv = atk14_server();
$walk = static function (CryptoInvoice\InvoiceList $list): void {
	$got = [];
	try {
		foreach ($list as $inv) {
			$got[] = $inv->orderId;
			if (count($got) >= 12) {
				break;
			}
		}
		echo implode(' ', $got), "\n";
	} catch (CryptoInvoice\UnexpectedResponseException $e) {
		echo implode(' ', $got), "\n", get_class($e), ': ', $e->getMessage(), "\n";
	}
	echo 'requests: ', $list->getRequestCount(), "\n";
};
$created = gmdate('Y-m-d\TH:i:s.000\Z');

echo "-- OnChainPay answers its first page whatever the offset\n";
$page = ['success' => true, 'response' => ['total' => 100, 'invoices' => array_map(static fn (int $i): array => [
	'id' => sprintf('2076e88f-547a-4437-9ece-%012d', $i), 'order' => "order-$i", 'status' => 'INIT', 'currency' => 'USD',
	'amount' => '10', 'invoiceLink' => "https://invoices.domain/$i", 'createdAt' => $created], [1, 2, 3])]];
$g = atk14_gateway('onchainpay', atk14_handler($srv, 'echo ' . var_export(json_encode($page), true) . ';'));
$walk($g->listInvoices(['page_size' => 3]));

echo "-- Cryptomus's cursor leads back to a page already read\n";
$url = atk14_handler($srv, <<<PHP
	\$cursor = \$_GET['cursor'] ?? '';
	\$next = ['' => 'c1', 'c1' => 'c2', 'c2' => 'c1'][\$cursor];
	\$n = ['' => 1, 'c1' => 2, 'c2' => 3][\$cursor];
	echo json_encode(['state' => 0, 'result' => ['items' => [['uuid' => sprintf('62f88b36-a9d5-4fa6-aa26-%012d', \$n), 'order_id' => "order-\$n",
		'amount' => '10.00', 'currency' => 'USD', 'payment_status' => 'check', 'status' => 'check', 'is_final' => false,
		'url' => "https://pay.cryptomus.com/pay/\$n", 'expired_at' => 1767225600, 'created_at' => '$created']],
		'paginate' => ['count' => 1, 'hasPages' => true, 'nextCursor' => \$next, 'previousCursor' => null, 'perPage' => 1]]]);
PHP);
$walk(atk14_gateway('cryptomus', $url)->listInvoices());
echo "-- and one that names itself as the next\n";
$url = atk14_handler($srv, <<<PHP
	echo json_encode(['state' => 0, 'result' => ['items' => [['uuid' => '62f88b36-a9d5-4fa6-aa26-000000000001', 'order_id' => 'order-1',
		'amount' => '10.00', 'currency' => 'USD', 'payment_status' => 'check', 'status' => 'check', 'is_final' => false,
		'url' => 'https://pay.cryptomus.com/pay/1', 'expired_at' => 1767225600, 'created_at' => '$created']],
		'paginate' => ['count' => 1, 'hasPages' => true, 'nextCursor' => 'same', 'previousCursor' => null, 'perPage' => 1]]]);
PHP);
$walk(atk14_gateway('cryptomus', $url)->listInvoices());
?>
--EXPECT--
-- OnChainPay answers its first page whatever the offset
order-1 order-2 order-3
CryptoInvoice\UnexpectedResponseException: OnChainPay's invoice list gave the same invoices again on 2 pages in a row: its answers do not follow the paging keys, so the list would never end (1 attempt)
requests: 3
-- Cryptomus's cursor leads back to a page already read
order-1 order-2 order-3
CryptoInvoice\UnexpectedResponseException: Cryptomus's invoice list led back to a page already read (its next cursor was given before): its answers do not follow the paging keys
requests: 3
-- and one that names itself as the next
order-1
CryptoInvoice\UnexpectedResponseException: Cryptomus's invoice list led back to a page already read (its next cursor was given before): its answers do not follow the paging keys
requests: 2
