--TEST--
listInvoices(), Bitsby: each page reaches the provider a second or more after the request before it, as the emulator saw them arrive, also when other calls of the same token come between pages
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
/* Judged by the emulator's clock (the arrival time it logs for each request), never by ours: a
 * loaded machine can only stretch what the server sees, not shrink it. The emulator also refuses
 * a request that comes too soon ("Requests too frequent": RateLimitException, retries => 0). */
require __DIR__ . '/../inc/helpers.inc';
use CryptoInvoice\Gateways;

$base = ci_emulator_start();
$g = ci_test_gateway('bitsby', $base);
$ids = [];
foreach (['a', 'b', 'c'] as $order) {
	$ids[] = $g->createInvoice(['amount' => '5', 'currency' => 'USD', 'order_id' => $order])->id;
}

/* Pages of one: a, b, c and an empty one that ends the walk. Between the first two pages another
 * gateway object of the same token looks an invoice up: it waits its turn as well. */
$other = Gateways::create('bitsby', ['project_id' => CI_TEST_BITSBY_PROJECT, 'api_token' => CI_TEST_BITSBY_TOKEN,
	'base_url' => $base, 'retries' => 0]);
$seen = [];
foreach ($g->listInvoices(['page_size' => 1]) as $k => $inv) {
	$seen[] = $inv->orderId;
	if ($k === 0) {
		$seen[] = '(lookup ' . $other->getInvoice($ids[0])->orderId . ')';
	}
}
echo implode(' ', $seen), "\n";

$log = ci_emulator_log($base);
$times = array_column($log, 'time');
$gaps = array_map(static fn (float $a, float $b): float => $b - $a, array_slice($times, 0, -1), array_slice($times, 1));
$pages = array_values(array_filter($log, static fn (array $e): bool => $e['path'] === '/invoices/list'
	&& !str_contains($e['body'], 'name="invoiceId"')));
echo count($log), ' requests, ', count($pages), " of them pages\n";
echo $gaps !== [] && min($gaps) >= 0.995 ? 'each a second or more after the one before' : 'TOO CLOSE: ' . json_encode($gaps), "\n";
?>
--EXPECT--
c (lookup a) b a
8 requests, 4 of them pages
each a second or more after the one before
