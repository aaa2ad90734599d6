--TEST--
Provider dates: every date field of every provider takes only real calendar dates; relative words, rolled-over days and trailing text are refused, never shifted
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/answers.inc';

$base = ci_answer_server();
$fields = [
	['cryptomus', 'created_at', 'lookup', '2024-01-01T10:00:00+03:00'],
	['cryptocloud', 'created', 'lookup', '2024-01-01 10:00:00.123456'],
	['cryptocloud', 'expiry_date', 'create', '2024-01-01 10:00:00'],
	['onchainpay', 'createdAt', 'lookup', '2024-01-01T10:00:00.525Z'],
	['onchainpay', 'expiresAt', 'create', '2024-01-01T10:00:00.525Z'],
	['bitsby', 'createDatetime', 'lookup', '2024-01-01 10:00:00'],
	['bitsby', 'timeToPayDatetime', 'create', '2024-01-01 10:00:00'],
];
$hostile = ['2024-01-01 10:00:00 +1 year', '2024-01-01T10:00:00Z +1 day', '2024-01-01 10:00:00 UTC garbage',
	'2024-02-30 10:00:00', '2023-02-29T10:00:00Z', '2024-04-31 10:00:00', '2024-13-01 10:00:00', '2024-01-01 25:00:00',
	'2024-01-01 10:60:00', '2024-01-01 10:00:61', '2024-01-01T10:00:00+25:00', '2024-01-01T10:00:00+03:', '2024-01-01T10:00:00+3', '2024-01-01 10:00:00 EST', 'tomorrow',
	'now', 'first monday of next month', '2024-01-01 noon', '', ' 2024-01-01 10:00:00', "2024-01-01 10:00:00\n",
	"2024-01-01\x0010:00:00", '@1704103200', '1704103200', 'Mon, 01 Jan 2024 10:00:00 GMT', 42, 1.5, true, []];
foreach ($fields as [$provider, $field, $op, $good]) {
	$inv = ci_answer_invoice($provider, $base, [$field => $good], $op);
	$date = str_contains($field, 'xp') || str_contains($field, 'ToPay') ? $inv->expiresAt : $inv->createdAt;
	printf("%s %s %s: %s\n", $provider, $op, $field, $date->format('Y-m-d\TH:i:s.u e'));
	$refused = $shifted = [];
	foreach ($hostile as $h) {
		try {
			$inv = ci_answer_invoice($provider, $base, [$field => $h], $op);
			$shifted[] = json_encode($h) . ' => ' . json_encode($inv->toArray()['createdAt'] . ' / ' . $inv->toArray()['expiresAt']);
		} catch (CryptoInvoice\UnexpectedResponseException $e) {
			if (!str_contains($e->getMessage(), "invalid $field (") || $e->getHttpStatus() !== 200) {
				echo "  unexpected message: ", $e->getMessage(), "\n";
			}
			$refused[] = $h;
		}
	}
	printf("  refused %d of %d%s\n", count($refused), count($hostile), $shifted ? "; ACCEPTED:\n    " . implode("\n    ", $shifted) : '');
}

echo "== the message says what came\n";
try {
	ci_answer_invoice('cryptomus', $base, ['created_at' => '2024-01-01 10:00:00 +1 year']);
} catch (CryptoInvoice\UnexpectedResponseException $e) {
	echo $e->getMessage(), "\n";
}

echo "== Cryptomus expired_at: Unix seconds up to 9999-12-31T23:59:59Z\n";
foreach ([0, 1767225600, 253402300799, -1, 253402300800, PHP_INT_MAX, 1767225600.5, '1767225600', false] as $x) {
	try {
		$got = ci_answer_invoice('cryptomus', $base, ['expired_at' => $x])->expiresAt->format(DATE_ATOM);
	} catch (CryptoInvoice\UnexpectedResponseException $e) {
		$got = $e->getMessage();
	}
	echo json_encode($x), ' => ', $got, "\n";
}

echo "== what the providers write still reads\n";
foreach (['2023-07-11T20:23:52+03:00', '2023-07-11T17:23:52Z', '2023-07-11 20:23:52 Europe/Moscow', '2023-07-11T20:23:52',
		'2023-07-11T20:23:52.5+0300', '2024-02-29T00:00:00+00:00', '2023-07-11'] as $d) {
	echo str_pad($d, 36), ci_answer_invoice('cryptomus', $base, ['created_at' => $d])->createdAt->format('Y-m-d\TH:i:s.u e'), "\n";
}
?>
--EXPECT--
cryptomus lookup created_at: 2024-01-01T07:00:00.000000 UTC
  refused 29 of 29
cryptocloud lookup created: 2024-01-01T10:00:00.123456 UTC
  refused 29 of 29
cryptocloud create expiry_date: 2024-01-01T10:00:00.000000 UTC
  refused 29 of 29
onchainpay lookup createdAt: 2024-01-01T10:00:00.525000 UTC
  refused 29 of 29
onchainpay create expiresAt: 2024-01-01T10:00:00.525000 UTC
  refused 29 of 29
bitsby lookup createDatetime: 2024-01-01T10:00:00.000000 UTC
  refused 29 of 29
bitsby create timeToPayDatetime: 2024-01-01T10:00:00.000000 UTC
  refused 29 of 29
== the message says what came
Cryptomus sent an invoice with an invalid created_at (string "2024-01-01 10:00:00 +1 year") (1 attempt)
== Cryptomus expired_at: Unix seconds up to 9999-12-31T23:59:59Z
0 => 1970-01-01T00:00:00+00:00
1767225600 => 2026-01-01T00:00:00+00:00
253402300799 => 9999-12-31T23:59:59+00:00
-1 => Cryptomus sent an invoice with an invalid expired_at (int) (1 attempt)
253402300800 => Cryptomus sent an invoice with an invalid expired_at (int) (1 attempt)
9223372036854775807 => Cryptomus sent an invoice with an invalid expired_at (int) (1 attempt)
1767225600.5 => Cryptomus sent an invoice with an invalid expired_at (float) (1 attempt)
"1767225600" => Cryptomus sent an invoice with an invalid expired_at (string "1767225600") (1 attempt)
false => Cryptomus sent an invoice with an invalid expired_at (bool) (1 attempt)
== what the providers write still reads
2023-07-11T20:23:52+03:00           2023-07-11T17:23:52.000000 UTC
2023-07-11T17:23:52Z                2023-07-11T17:23:52.000000 UTC
2023-07-11 20:23:52 Europe/Moscow   2023-07-11T17:23:52.000000 UTC
2023-07-11T20:23:52                 2023-07-11T17:23:52.000000 UTC
2023-07-11T20:23:52.5+0300          2023-07-11T17:23:52.500000 UTC
2024-02-29T00:00:00+00:00           2024-02-29T00:00:00.000000 UTC
2023-07-11                          2023-07-10T21:00:00.000000 UTC
