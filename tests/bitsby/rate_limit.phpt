--TEST--
Bitsby: one request per second per token, shared by every gateway of the process; rate_limit => 0 turns it off
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';
use CryptoInvoice\{Gateways, RateLimitException};

$base = ci_emulator_start();
$ok = ['amount' => '1', 'currency' => 'USD'];

/* Three requests from two gateway objects of the same token: creates and a lookup alike wait. */
$g1 = ci_test_gateway('bitsby', $base);
$g2 = Gateways::create('bitsby', ['project_id' => CI_TEST_BITSBY_PROJECT, 'api_token' => CI_TEST_BITSBY_TOKEN, 'base_url' => $base, 'retries' => 0]);
$t = hrtime(true);
$batch = $g1->createInvoices(['a' => $ok, 'b' => $ok]);
$found = $g2->getInvoice($batch['b']->id);
$elapsed = (hrtime(true) - $t) / 1e9;
var_dump($elapsed >= 2.0, $found->id === $batch['b']->id, $batch['a'] instanceof CryptoInvoice\Invoice);
/* The emulator saw every request at least a second after the one before. */
$times = array_column(ci_emulator_log($base), 'time');
var_dump(count($times), min(array_map(fn ($a, $b) => $b - $a, array_slice($times, 0, -1), array_slice($times, 1))) >= 0.995);

/* rate_limit => 0: nothing waits, so of two requests sent together the emulator refuses one.
 * (Sent together, not one after the other: under valgrind two in a row may be a second apart.) */
ci_emulator_reset($base);
$fast = ci_test_gateway('bitsby', $base, ['rate_limit' => 0]);
$pair = $fast->createInvoices(['x' => $ok, 'y' => $ok], 2);
$refused = array_values(array_filter($pair, fn($r) => $r instanceof RateLimitException));
echo count(array_filter($pair, fn($r) => $r instanceof CryptoInvoice\Invoice)), " created, ", count($refused), " refused\n";
ci_test_describe($refused[0]);

/* A rate-limit answer is retried (SPEC §5), each attempt again a second after the last. */
$t = hrtime(true);
try {
	ci_test_gateway('bitsby', "$base/_s/ratelimit200", ['retries' => 2])->createInvoice($ok);
} catch (RateLimitException $e) {
	ci_test_describe($e);
}
var_dump((hrtime(true) - $t) / 1e9 >= 2.0);
echo "requests sent: ", count(ci_emulator_log($base)), "\n";
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
int(3)
bool(true)
1 created, 1 refused
CryptoInvoice\RateLimitException: Bitsby is rate-limiting this key (HTTP 200): Requests too frequent (1 attempt)
  provider=bitsby http=200 errors=[]
CryptoInvoice\RateLimitException: Bitsby is rate-limiting this key (HTTP 200): Requests too frequent (3 attempts)
  provider=bitsby http=200 errors=[]
bool(true)
requests sent: 5
