--TEST--
Heleket: a lookup's hostile answers (another invoice, a bad url, an unknown status) are judged as Cryptomus's, in Heleket's name (the answers.inc lookup helper knows Heleket's id field)
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
require __DIR__ . '/../inc/answers.inc';

$base = ci_answer_server();
$cases = [
	'paid' => ['payment_status' => 'paid', 'status' => 'paid', 'is_final' => true],
	'another invoice' => ['uuid' => '00000000-0000-4000-8000-000000000000'],
	'single-label url' => ['url' => 'https://localhost/pay/1'],
	'amount zero' => ['amount' => '0'],
];
foreach ($cases as $name => $fields) {
	$seen = [];
	foreach (['cryptomus', 'heleket'] as $p) {
		try {
			$inv = ci_answer_invoice($p, $base, $fields);
			$seen[$p] = "$inv->provider {$inv->status->value}";
		} catch (CryptoInvoice\Exception $e) {
			$seen[$p] = get_class($e) . ': ' . $e->getMessage();
		}
	}
	echo "$name: $seen[heleket]\n";
	echo '  as Cryptomus: ', str_replace(['cryptomus', 'Cryptomus'], ['heleket', 'Heleket'], $seen['cryptomus']) === $seen['heleket']
		? 'yes' : "NO ($seen[cryptomus])", "\n";
	echo '  names Cryptomus: ', stripos($seen['heleket'], 'cryptomus') === false ? 'no' : 'YES', "\n";
}
?>
--EXPECTF--
paid: heleket paid
  as Cryptomus: yes
  names Cryptomus: no
another invoice: CryptoInvoice\UnexpectedResponseException: Heleket answered a lookup with another invoice than the invoice asked for %s
  as Cryptomus: yes
  names Cryptomus: no
single-label url: %s
  as Cryptomus: yes
  names Cryptomus: no
amount zero: CryptoInvoice\UnexpectedResponseException: Heleket %s
  as Cryptomus: yes
  names Cryptomus: no
