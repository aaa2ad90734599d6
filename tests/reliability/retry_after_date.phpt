--TEST--
Retry-After as an HTTP-date (IMF-fixdate, RFC 850, asctime) counts like delta-seconds: far ahead ends the retries, in the past means now
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';

/* RFC 9110 §10.2.3: Retry-After is delay-seconds or an HTTP-date. The date is read against the
 * answer's own Date header, so neither our clock nor a skewed server clock shifts it. Counted on
 * the emulator: how many requests each call sent. */
$base = ci_emulator_start();
$n = 0;
$try = function (string $scenario) use ($base, &$n) {
	$before = count(ci_emulator_log($base));
	$g = ci_test_gateway('cryptomus', "$base/_s/$scenario", ['retries' => 2]);
	try {
		$inv = $g->createInvoice(['amount' => '1', 'currency' => 'USD', 'order_id' => 'ra-' . ++$n]);
		$result = 'ok ' . $inv->status->value;
	} catch (CryptoInvoice\RateLimitException $e) {
		$result = get_class($e) . ' getRetryAfter()=' . var_export($e->getRetryAfter(), true) . ': ' . $e->getMessage();
	}
	printf("%-24s sent=%d  %s\n", $scenario, count(ci_emulator_log($base)) - $before, $result);
};

/* 600 s ahead: longer than the 4 s a retry may wait (SPEC §5), so no retry, and the caller learns when. */
$try('retrydate600');
$try('retrydate600_rfc850');
$try('retrydate600_asctime');
/* 3 s ahead: waited out, then retried. */
$try('retrydate3x1');
$times = array_column(array_filter(ci_emulator_log($base), fn(array $e) => $e['scenario'] === 'retrydate3x1'), 'time');
echo "  the retry reached the emulator ", $times[1] - $times[0] >= 3 ? '3 s or more' : 'TOO EARLY', " after the first attempt\n";
/* A date in the past means now: retried at once. */
$try('retrydate-30x1');
$try('retrydate-30x1_asctime');
?>
--EXPECT--
retrydate600             sent=1  CryptoInvoice\RateLimitException getRetryAfter()=600.0: Cryptomus is rate-limiting this key (HTTP 429): Too many requests (1 attempt)
retrydate600_rfc850      sent=1  CryptoInvoice\RateLimitException getRetryAfter()=600.0: Cryptomus is rate-limiting this key (HTTP 429): Too many requests (1 attempt)
retrydate600_asctime     sent=1  CryptoInvoice\RateLimitException getRetryAfter()=600.0: Cryptomus is rate-limiting this key (HTTP 429): Too many requests (1 attempt)
retrydate3x1             sent=2  ok created
  the retry reached the emulator 3 s or more after the first attempt
retrydate-30x1           sent=2  ok created
retrydate-30x1_asctime   sent=2  ok created
