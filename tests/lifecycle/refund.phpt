--TEST--
refundInvoice(): Cryptomus and Heleket refund a paid invoice (status Refunding) with uuid, address and is_subtract (true unless given), Heleket also amount and signed with its payout key (without one: InvalidArgumentException naming payout_key); bad params refused before sending; never sent twice once it may have arrived (lost answer, 503, 429, timeout), even with retries; a refused connection is retried
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/lifecycle.inc';

$base = ci_emulator_start();
$keys = ['cryptomus' => [CI_TEST_CRYPTOMUS_MERCHANT, CI_TEST_CRYPTOMUS_KEY, null],
	'heleket' => [CI_TEST_HELEKET_MERCHANT, CI_TEST_HELEKET_KEY, CI_TEST_HELEKET_PAYOUT_KEY]];

foreach (['cryptomus', 'heleket'] as $p) {
	echo "-- $p\n";
	ci_emulator_reset($base); /* scenario counters (fail503x1...) start again */
	[$merchant, $paymentKey, $payoutKey] = $keys[$p];
	$opts = $payoutKey ? ['payout_key' => $payoutKey] : [];
	$path = lc_path($p, '/v1/payment/refund');
	$g = ci_test_gateway($p, $base, $opts);
	/** A paid invoice of this provider. */
	$paid = static function (string $order) use ($g, $base, $p): string {
		$id = lc_create($g, $order)->id;
		ci_emulator_set_status($base, $p, $id, 'paid');
		return $id;
	};
	$names = ['P' => $paid("refund-$p-p"), 'Q' => $paid("refund-$p-q"), 'R' => $paid("refund-$p-r"),
		'OPEN' => lc_create($g, "refund-$p-open")->id, 'UNKNOWN' => lc_unknown_id($p)];
	/** One refund: what it gave, then each request it made and how it was signed. */
	$refund = static function (string $what, string $id, array $params, ?CryptoInvoice\Gateway $with = null) use ($g, $base, $names, $merchant, $paymentKey, $payoutKey): void {
		$mark = lc_mark($base);
		echo "$what: ", lc_try(static fn () => ($with ?? $g)->refundInvoice($id, $params), $names), "\n";
		foreach (array_slice(ci_emulator_log($base), $mark) as $r) {
			$sign = $r['headers']['sign'] ?? '';
			$by = match ($sign) {
				md5(base64_encode($r['body']) . $paymentKey) => 'the payment key',
				$payoutKey === null ? null : md5(base64_encode($r['body']) . $payoutKey) => 'the payout key',
				default => 'no key of ours',
			};
			echo '  ', lc_seen($base, $mark, $names)[0], "; signed with $by", $r['headers']['merchant'] === $merchant ? '' : ', another merchant', "\n";
			$mark++;
		}
	};
	$refund('paid', $names['P'], ['address' => 'TAddr1']);
	echo '  then: ', $g->getInvoice($names['P'])->status->name, "\n";
	$refund('is_subtract false', $names['Q'], ['address' => 'TAddr2', 'is_subtract' => false]);
	$refund('is_subtract true, amount', $names['R'], ['address' => 'TAddr3', 'is_subtract' => true, 'amount' => '4.5']);
	$refund('again', $names['P'], ['address' => 'TAddr1']);
	$refund('unpaid', $names['OPEN'], ['address' => 'TAddr1']);
	$refund('unknown', $names['UNKNOWN'], ['address' => 'TAddr1']);
	/* Refused before anything is sent. */
	$refund('no address', $names['Q'], []);
	$refund('unknown key', $names['Q'], ['address' => 'TAddr2', 'adress' => 'x']);
	$refund('is_subtract not a bool', $names['Q'], ['address' => 'TAddr2', 'is_subtract' => 'false']);
	$refund('address not a string', $names['Q'], ['address' => ['TAddr2']]);
	$refund('empty id', '', ['address' => 'TAddr2']);
	if ($payoutKey) {
		$refund('without payout_key', $names['Q'], ['address' => 'TAddr2'], ci_test_gateway($p, $base));
		try {
			ci_test_gateway($p, $base)->refundInvoice($names['Q'], ['address' => 'TAddr2']);
		} catch (CryptoInvoice\InvalidArgumentException $e) {
			echo '  errors keyed ', implode(', ', array_keys($e->getErrors())), "\n";
		}
	}

	echo "-- $p, never sent twice (retries => 2)\n";
	$mount = emu_providers()[$p]::MOUNT;
	foreach (['lost' => [], 'status503' => [], 'fail503x1' => [], 'fail429x1' => [], 'slow20000' => ['timeout' => 6]] as $scenario => $extra) {
		$id = $paid("refund-$p-$scenario");
		$retrying = ci_test_gateway($p, $base, ['base_url' => "$base/_s/$scenario$mount", 'retries' => 2] + $extra + $opts);
		$outcome = lc_outcome(static fn () => $retrying->refundInvoice($id, ['address' => 'TAddr4']));
		/* The server logs a request when it arrives: wait (by polling, not by the clock) for it. */
		$count = static fn (): int => count(array_filter(ci_emulator_requests($base, $path),
			static fn (array $r): bool => str_contains($r['body'], $id)));
		for ($i = 0; $i < 600 && $count() === 0; $i++) {
			usleep(100000);
		}
		echo "$scenario: $outcome; refunds that reached $p: ", $count(), "\n";
	}
	/* Nothing can have been sent: tried again, as the attempt count says. */
	$down = ci_test_gateway($p, $base, ['base_url' => 'http://127.0.0.1:' . lc_closed_port() . $mount, 'retries' => 2] + $opts);
	echo 'connection refused: ', lc_outcome(static fn () => $down->refundInvoice($names['Q'], ['address' => 'TAddr4'])), "\n";
}
?>
--EXPECT--
-- cryptomus
paid: NULL
  /v1/payment/refund {"uuid":"P","address":"TAddr1","is_subtract":true}; signed with the payment key
  then: Refunding
is_subtract false: NULL
  /v1/payment/refund {"uuid":"Q","address":"TAddr2","is_subtract":false}; signed with the payment key
is_subtract true, amount: CryptoInvoice\InvalidArgumentException: Cryptomus: unknown parameter "amount"; the keys are address and is_subtract
again: CryptoInvoice\ApiException: Cryptomus refused the request (HTTP 422): The payment cannot be refunded (1 attempt)
  /v1/payment/refund {"uuid":"P","address":"TAddr1","is_subtract":true}; signed with the payment key
unpaid: CryptoInvoice\ApiException: Cryptomus refused the request (HTTP 422): The payment cannot be refunded (1 attempt)
  /v1/payment/refund {"uuid":"OPEN","address":"TAddr1","is_subtract":true}; signed with the payment key
unknown: CryptoInvoice\ApiException: Cryptomus does not know this invoice (HTTP 422): Payment was not found (1 attempt)
  /v1/payment/refund {"uuid":"UNKNOWN","address":"TAddr1","is_subtract":true}; signed with the payment key
no address: CryptoInvoice\InvalidArgumentException: Cryptomus: address is required
unknown key: CryptoInvoice\InvalidArgumentException: Cryptomus: unknown parameter "adress"; did you mean "address"?
is_subtract not a bool: CryptoInvoice\InvalidArgumentException: Cryptomus: is_subtract must be true or false, got "false"
address not a string: CryptoInvoice\InvalidArgumentException: Cryptomus: address must be a string, got an array
empty id: CryptoInvoice\InvalidArgumentException: Cryptomus: id must be the provider's invoice id (1 to 256 bytes, no NUL or line breaks), got an empty string
-- cryptomus, never sent twice (retries => 2)
lost: CryptoInvoice\TransportException code 52 (1 attempt); refunds that reached cryptomus: 1
status503: CryptoInvoice\ApiException code 0 http 503 (1 attempt); refunds that reached cryptomus: 1
fail503x1: CryptoInvoice\ApiException code 0 http 503 (1 attempt); refunds that reached cryptomus: 1
fail429x1: CryptoInvoice\RateLimitException code 0 http 429 (1 attempt); refunds that reached cryptomus: 1
slow20000: CryptoInvoice\TransportException code 28 (1 attempt); refunds that reached cryptomus: 1
connection refused: CryptoInvoice\TransportException code 7 (3 attempts)
-- heleket
paid: NULL
  /heleket/v1/payment/refund {"uuid":"P","address":"TAddr1","is_subtract":true}; signed with the payout key
  then: Refunding
is_subtract false: NULL
  /heleket/v1/payment/refund {"uuid":"Q","address":"TAddr2","is_subtract":false}; signed with the payout key
is_subtract true, amount: NULL
  /heleket/v1/payment/refund {"uuid":"R","address":"TAddr3","is_subtract":true,"amount":"4.5"}; signed with the payout key
again: CryptoInvoice\ApiException: Heleket refused the request (HTTP 422): The payment cannot be refunded (1 attempt)
  /heleket/v1/payment/refund {"uuid":"P","address":"TAddr1","is_subtract":true}; signed with the payout key
unpaid: CryptoInvoice\ApiException: Heleket refused the request (HTTP 422): The payment cannot be refunded (1 attempt)
  /heleket/v1/payment/refund {"uuid":"OPEN","address":"TAddr1","is_subtract":true}; signed with the payout key
unknown: CryptoInvoice\ApiException: Heleket does not know this invoice (HTTP 422): Payment was not found (1 attempt)
  /heleket/v1/payment/refund {"uuid":"UNKNOWN","address":"TAddr1","is_subtract":true}; signed with the payout key
no address: CryptoInvoice\InvalidArgumentException: Heleket: address is required
unknown key: CryptoInvoice\InvalidArgumentException: Heleket: unknown parameter "adress"; did you mean "address"?
is_subtract not a bool: CryptoInvoice\InvalidArgumentException: Heleket: is_subtract must be true or false, got "false"
address not a string: CryptoInvoice\InvalidArgumentException: Heleket: address must be a string, got an array
empty id: CryptoInvoice\InvalidArgumentException: Heleket: id must be the provider's invoice id (1 to 256 bytes, no NUL or line breaks), got an empty string
without payout_key: CryptoInvoice\InvalidArgumentException: Heleket: refunds are signed with the payout API key: give it as the option payout_key (the payment API key does not sign them); nothing was sent
  errors keyed payout_key
-- heleket, never sent twice (retries => 2)
lost: CryptoInvoice\TransportException code 52 (1 attempt); refunds that reached heleket: 1
status503: CryptoInvoice\ApiException code 0 http 503 (1 attempt); refunds that reached heleket: 1
fail503x1: CryptoInvoice\ApiException code 0 http 503 (1 attempt); refunds that reached heleket: 1
fail429x1: CryptoInvoice\RateLimitException code 0 http 429 (1 attempt); refunds that reached heleket: 1
slow20000: CryptoInvoice\TransportException code 28 (1 attempt); refunds that reached heleket: 1
connection refused: CryptoInvoice\TransportException code 7 (3 attempts)
