--TEST--
Cryptomus: created_at in every spelling becomes the same UTC instant PHP's own date parser finds (an impossible day is refused)
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';

$dir = ci_emulator_make_state_dir();
$proc = proc_open([PHP_BINARY, '-n', '-d', 'pcre.jit=0', '-S', '127.0.0.1:0', __DIR__ . '/../inc/dates_router.php'],
	[0 => ['file', '/dev/null', 'r'], 1 => ['file', "$dir/out", 'w'], 2 => ['file', "$dir/err", 'w']], $pipes);
register_shutdown_function(function () use ($proc, $dir) { proc_terminate($proc); proc_close($proc); ci_emulator_remove_dir($dir); });
$base = 'http://' . ci_emulator_wait_for_port($proc, "$dir/err");

/* Whole seconds with a zone take the short path (no object is built to read the instant); a
 * fraction, a missing zone, or the instant whose timestamp is -1 take the full one. */
$spellings = [
	'2026-01-01T03:00:00+03:00',
	'2026-01-01T00:00:00Z',
	'2026-01-01 03:00:00 Europe/Moscow',
	'2026-07-01T12:34:56-04:30',
	'2026-02-30T00:00:00Z',
	'2026-01-01T03:00:00.123456+03:00',
	'2026-01-01T03:00:00',
	'1969-12-31T23:59:59+00:00',
	'1969-12-31T23:59:58+00:00',
];
$utc = new DateTimeZone('UTC');
foreach ($spellings as $s) {
	$g = new CryptoInvoice\Cryptomus(CI_TEST_CRYPTOMUS_MERCHANT, CI_TEST_CRYPTOMUS_KEY,
		['base_url' => $base . '/' . rtrim(strtr(base64_encode($s), '+/', '-_'), '='), 'retries' => 0]);
	try {
		$inv = $g->createInvoice(['amount' => '15.00', 'currency' => 'USD', 'order_id' => 'dates-1']);
	} catch (CryptoInvoice\UnexpectedResponseException $e) {
		/* A day the calendar does not have is refused, never rolled into the next month. */
		printf("%-34s refused\n", $s);
		continue;
	}
	$zoned = preg_match('/(Z|[+-]\d\d:\d\d| [A-Za-z\/]+)$/', $s) ? $s : "$s +03:00";
	$want = (new DateTimeImmutable($zoned))->setTimezone($utc);
	$got = $inv->createdAt;
	printf("%-34s %s %s\n", $s, $got->format('Y-m-d\TH:i:s.u e'),
		$got->format('U.u e') === $want->format('U.u e') ? 'same' : 'DIFFERENT: ' . $want->format('Y-m-d\TH:i:s.u e'));
}
echo $inv->expiresAt->format(DATE_ATOM), "\n";
?>
--EXPECT--
2026-01-01T03:00:00+03:00          2026-01-01T00:00:00.000000 UTC same
2026-01-01T00:00:00Z               2026-01-01T00:00:00.000000 UTC same
2026-01-01 03:00:00 Europe/Moscow  2026-01-01T00:00:00.000000 UTC same
2026-07-01T12:34:56-04:30          2026-07-01T17:04:56.000000 UTC same
2026-02-30T00:00:00Z               refused
2026-01-01T03:00:00.123456+03:00   2026-01-01T00:00:00.123456 UTC same
2026-01-01T03:00:00                2026-01-01T00:00:00.000000 UTC same
1969-12-31T23:59:59+00:00          1969-12-31T23:59:59.000000 UTC same
1969-12-31T23:59:58+00:00          1969-12-31T23:59:58.000000 UTC same
2026-01-01T00:00:00+00:00
