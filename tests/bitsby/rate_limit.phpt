--TEST--
Bitsby: one request per second per token, shared by every gateway of the process; rate_limit => 0 turns it off
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
require __DIR__ . '/../inc/front_proxy.inc';
use CryptoInvoice\{Gateways, RateLimitException};

/* Judged by the emulator's clock (the arrival time it logs for each request), never by ours: a
 * loaded machine can only stretch what the server sees, not shrink it. */
$base = ci_emulator_start();
$ok = ['amount' => '1', 'currency' => 'USD'];
$spacing = function (string $scenario) use ($base): string {
	$times = array_column(array_filter(ci_emulator_log($base), fn(array $e) => $e['scenario'] === $scenario), 'time');
	$gaps = array_map(fn($a, $b) => $b - $a, array_slice($times, 0, -1), array_slice($times, 1));
	return count($times) . ' requests, ' . ($gaps && min($gaps) >= 0.995 ? 'each a second or more after the one before' : 'TOO CLOSE: ' . json_encode($gaps));
};

/* Three requests from two gateway objects of the same token: creates and a lookup alike wait. */
$g1 = ci_test_gateway('bitsby', $base);
$g2 = Gateways::create('bitsby', ['project_id' => CI_TEST_BITSBY_PROJECT, 'api_token' => CI_TEST_BITSBY_TOKEN, 'base_url' => $base, 'retries' => 0]);
$batch = $g1->createInvoices(['a' => $ok, 'b' => $ok]);
$found = $g2->getInvoice($batch['b']->id);
var_dump($found->id === $batch['b']->id, $batch['a'] instanceof CryptoInvoice\Invoice);
echo "emulator saw: ", $spacing('ok'), "\n";

/* rate_limit => 0: nothing waits. A front that passes requests on only in pairs shows that both of
 * a batch's two requests were on their way before either was answered (a client that waited between
 * them would leave the first one held until the front gives up). The emulator then refuses one of
 * the two as too frequent, unless on a loaded machine they reached it a second apart: either is
 * fine here. */
ci_emulator_reset($base);
[$front, $frontLog] = ci_front_proxy_start($base, ['gather' => 2]);
$fast = ci_test_gateway('bitsby', $front, ['rate_limit' => 0]);
$pair = $fast->createInvoices(['x' => $ok, 'y' => $ok], 2);
$outcome = array_map(fn($r) => $r instanceof CryptoInvoice\Invoice ? 'created' : ($r instanceof RateLimitException ? 'refused' : $r->getMessage()), $pair);
echo "sent together: ", implode(', ', array_column($frontLog(), 3)), "; ", in_array('created', $outcome, true)
	&& !array_diff($outcome, ['created', 'refused']) ? 'created or refused as too frequent' : json_encode($outcome), "\n";

/* A rate-limit answer is retried (SPEC §5), each attempt again a second after the last. */
try {
	ci_test_gateway('bitsby', "$base/_s/ratelimit200", ['retries' => 2])->createInvoice($ok);
} catch (RateLimitException $e) {
	ci_test_describe($e);
}
echo "emulator saw: ", $spacing('ratelimit200'), "\n";
echo "requests sent: ", count(ci_emulator_log($base)), "\n";
?>
--EXPECT--
bool(true)
bool(true)
emulator saw: 3 requests, each a second or more after the one before
sent together: 2/2, 2/2; created or refused as too frequent
CryptoInvoice\RateLimitException: Bitsby is rate-limiting this key (HTTP 200): Requests too frequent (3 attempts)
  provider=bitsby http=200 errors=[]
emulator saw: 3 requests, each a second or more after the one before
requests sent: 5
