--TEST--
listInvoices(): "to before from" is reported with the filter's other problems, not only once they are fixed
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';

$base = ci_emulator_start();
$later = new DateTimeImmutable('2025-03-02 00:00:00 UTC');
$earlier = new DateTimeImmutable('2025-03-01 00:00:00 UTC');
foreach ([['from' => $later, 'to' => $earlier, 'page_size' => 0], ['from' => $later, 'to' => $earlier, 'colour' => 'red']] as $filter) {
	try {
		ci_test_gateway('onchainpay', $base)->listInvoices($filter);
		echo "ACCEPTED\n";
	} catch (CryptoInvoice\InvalidArgumentException $e) {
		echo implode(', ', array_keys($e->getErrors())), "\n";
	}
}
echo 'requests sent: ', count(ci_emulator_log($base)), "\n";
?>
--EXPECT--
page_size, to
colour, to
requests sent: 0
