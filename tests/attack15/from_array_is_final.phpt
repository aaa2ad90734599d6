--TEST--
Invoice::fromArray() holds isFinal to what the builder would have written (the answer's is_final where the provider writes one, else the status): an open invoice stored as final ("isFinal" true beside "created") was taken, and would end a shop's polling of an invoice still waiting for its money
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/attack14.inc';

use CryptoInvoice\Invoice;

$srv = atk14_server();
$answers = [
	/* Cryptomus says is_final itself: a wrong_amount invoice is final though PartiallyPaid. */
	'cryptomus wrong_amount' => ['cryptomus', ['state' => 0, 'result' => ['uuid' => '0c14ad2b-da66-48d4-8772-148f6f6562ac', 'order_id' => 'o-1',
		'amount' => '10.00', 'currency' => 'USD', 'payment_status' => 'wrong_amount', 'is_final' => true]]],
	'cryptomus check' => ['cryptomus', ['state' => 0, 'result' => ['uuid' => '0c14ad2b-da66-48d4-8772-148f6f6562ac', 'order_id' => 'o-1',
		'amount' => '10.00', 'currency' => 'USD', 'payment_status' => 'check', 'is_final' => false]]],
	'cryptocloud created' => ['cryptocloud', ['status' => 'success', 'result' => [['uuid' => 'INV-AAAA1111', 'status' => 'created',
		'amount_in_fiat' => 10, 'fiat_currency' => 'USD']]]],
	'cryptocloud paid' => ['cryptocloud', ['status' => 'success', 'result' => [['uuid' => 'INV-AAAA1111', 'status' => 'paid',
		'amount_in_fiat' => 10, 'fiat_currency' => 'USD']]]],
];
foreach ($answers as $what => [$p, $answer]) {
	$g = atk14_gateway($p, atk14_handler($srv, 'echo ' . var_export(json_encode($answer), true) . ';'));
	$inv = $g->getInvoice($p === 'cryptomus' ? '0c14ad2b-da66-48d4-8772-148f6f6562ac' : 'INV-AAAA1111');
	$row = json_decode(json_encode($inv), true);
	echo "$what: isFinal ", var_export($inv->isFinal, true), ', round trip ', Invoice::fromArray($row) == $inv ? 'equal' : 'DIFFERS', "\n";
	$row['isFinal'] = !$row['isFinal'];
	try {
		$flipped = Invoice::fromArray($row);
		echo '  flipped: taken, isFinal ', var_export($flipped->isFinal, true), "\n";
	} catch (CryptoInvoice\InvalidArgumentException $e) {
		echo '  flipped: ', $e->getMessage(), "\n";
	}
}
?>
--EXPECT--
cryptomus wrong_amount: isFinal true, round trip equal
  flipped: Invoice::fromArray(): isFinal must be true, what the invoice's raw answer and providerStatus mean, got false
cryptomus check: isFinal false, round trip equal
  flipped: Invoice::fromArray(): isFinal must be false, what the invoice's raw answer and providerStatus mean, got true
cryptocloud created: isFinal false, round trip equal
  flipped: Invoice::fromArray(): isFinal must be false, what the invoice's raw answer and providerStatus mean, got true
cryptocloud paid: isFinal true, round trip equal
  flipped: Invoice::fromArray(): isFinal must be true, what the invoice's raw answer and providerStatus mean, got false
