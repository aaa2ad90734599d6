--TEST--
getInvoices(): every provider keeps the keys (string and int, in order); a bad id or non-string is an InvalidArgumentException in its slot, an unknown id an ApiException in its slot, a failing provider fills every slot; the call never throws for an item; concurrency out of range throws; CryptoCloud asks info with up to 100 ids a request (250 ids: 100, 100, 50)
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/lifecycle.inc';

use CryptoInvoice\Gateways;

$base = ci_emulator_start();
foreach (array_keys(Gateways::providers()) as $p) {
	echo "-- $p\n";
	$g = ci_test_gateway($p, $base);
	$names = ['A' => lc_create($g, "get-$p-a")->id, 'B' => lc_create($g, "get-$p-b")->id, 'UNKNOWN' => lc_unknown_id($p)];
	$ids = ['first' => $names['A'], 7 => $names['B'], 'number' => 12, 'null' => null, 'list' => [$names['A']],
		'empty' => '', 'line break' => "x\ny", 'unknown' => $names['UNKNOWN'], -3 => $names['A']];
	$mark = lc_mark($base);
	$out = $g->getInvoices($ids, 3);
	echo 'keys kept: ', var_export(array_keys($out) === array_keys($ids), true), "\n";
	foreach ($out as $k => $v) {
		printf("%-10s %s\n", $k, lc_show($v, $names));
	}
	/* One lookup per id (CryptoCloud: one info for them all), the bad ones never sent; in parallel,
	 * so in any order. */
	$lines = lc_seen($base, $mark, $names);
	sort($lines);
	foreach ($lines as $line) {
		echo "  $line\n";
	}

	/* A provider failing every request: each slot holds its exception. */
	$failing = ci_test_gateway($p, $base, ['base_url' => $base . '/_s/status500' . emu_providers()[$p]::MOUNT]);
	foreach ($failing->getInvoices(['a' => $names['A'], 'b' => $names['B']]) as $k => $v) {
		echo "failing $k: ", lc_show($v), "\n";
	}

	$mark = lc_mark($base);
	foreach ([0, -1, 257] as $concurrency) {
		echo lc_try(static fn () => $g->getInvoices([$names['A']], $concurrency)), "\n";
	}
	echo 'nothing: ', lc_try(static fn () => $g->getInvoices([])), '; requests for these: ', count(lc_seen($base, $mark)), "\n";
}

echo "-- CryptoCloud, 250 ids: 3 info requests\n";
$g = ci_test_gateway('cryptocloud', $base);
ci_emulator_reset($base);
$ids = [];
for ($i = 0; $i < 250; $i++) {
	$ids["k$i"] = sprintf('INV-Q%07d', $i);
}
/* Real ones in the first, second and last chunk. */
$real = [0 => lc_create($g, 'many-0')->id, 150 => lc_create($g, 'many-150')->id, 249 => lc_create($g, 'many-249')->id];
foreach ($real as $i => $id) {
	$ids["k$i"] = $id;
}
$mark = lc_mark($base);
$out = $g->getInvoices($ids, 2);
echo 'keys kept: ', var_export(array_keys($out) === array_keys($ids), true), "\n";
$found = $missing = [];
foreach ($out as $k => $v) {
	if ($v instanceof CryptoInvoice\Invoice) {
		$found[] = "$k={$v->orderId}" . ($v->id === $ids[$k] ? '' : " (id {$v->id}!)");
	} elseif ($v instanceof CryptoInvoice\ApiException && $v->getMessage() === 'CryptoCloud does not know this invoice (HTTP 200): its answer for this id holds no invoice with it (1 attempt)') {
		$missing[] = $k;
	} else {
		echo "$k: ", lc_show($v), "\n";
	}
}
echo 'found: ', implode(' ', $found), '; not known: ', count($missing), "\n";
$sent = $sizes = [];
foreach (array_slice(ci_emulator_log($base), $mark) as $r) {
	$uuids = $r['path'] === '/v2/invoice/merchant/info' ? json_decode($r['body'], true)['uuids'] : [$r['path']];
	$sent = array_merge($sent, $uuids);
	$sizes[] = count($uuids);
}
rsort($sizes); /* two at a time: they arrive in any order */
echo 'info requests of ', implode(', ', $sizes), " uuids\n";
sort($sent);
$all = array_values($ids);
sort($all);
echo 'every id asked once: ', var_export($sent === $all, true), "\n";
?>
--EXPECT--
-- cryptomus
keys kept: true
first      Invoice A order='get-cryptomus-a' Created
7          Invoice B order='get-cryptomus-b' Created
number     CryptoInvoice\InvalidArgumentException: Cryptomus: each id must be a string, the provider's invoice id, got 12
null       CryptoInvoice\InvalidArgumentException: Cryptomus: each id must be a string, the provider's invoice id, got null
list       CryptoInvoice\InvalidArgumentException: Cryptomus: each id must be a string, the provider's invoice id, got an array
empty      CryptoInvoice\InvalidArgumentException: Cryptomus: ids must be the provider's invoice id (1 to 256 bytes, no NUL or line breaks), got an empty string
line break CryptoInvoice\InvalidArgumentException: Cryptomus: ids must be the provider's invoice id (1 to 256 bytes, no NUL or line breaks), got a string holding a line break
unknown    CryptoInvoice\ApiException: Cryptomus does not know this invoice (HTTP 404): Payment not found (1 attempt)
-3         Invoice A order='get-cryptomus-a' Created
  /v1/payment/info {"uuid":"A"}
  /v1/payment/info {"uuid":"A"}
  /v1/payment/info {"uuid":"B"}
  /v1/payment/info {"uuid":"UNKNOWN"}
failing a: CryptoInvoice\ApiException: Cryptomus failed on its side (HTTP 500): Server error (1 attempt)
failing b: CryptoInvoice\ApiException: Cryptomus failed on its side (HTTP 500): Server error (1 attempt)
CryptoInvoice\InvalidArgumentException: Cryptomus: concurrency must be an integer from 1 to 256, got 0
CryptoInvoice\InvalidArgumentException: Cryptomus: concurrency must be an integer from 1 to 256, got -1
CryptoInvoice\InvalidArgumentException: Cryptomus: concurrency must be an integer from 1 to 256, got 257
nothing: array (
); requests for these: 0
-- cryptocloud
keys kept: true
first      Invoice A order='get-cryptocloud-a' Created
7          Invoice B order='get-cryptocloud-b' Created
number     CryptoInvoice\InvalidArgumentException: CryptoCloud: each id must be a string, the provider's invoice id, got 12
null       CryptoInvoice\InvalidArgumentException: CryptoCloud: each id must be a string, the provider's invoice id, got null
list       CryptoInvoice\InvalidArgumentException: CryptoCloud: each id must be a string, the provider's invoice id, got an array
empty      CryptoInvoice\InvalidArgumentException: CryptoCloud: ids must be the provider's invoice id (1 to 256 bytes, no NUL or line breaks), got an empty string
line break CryptoInvoice\InvalidArgumentException: CryptoCloud: ids must be the provider's invoice id (1 to 256 bytes, no NUL or line breaks), got a string holding a line break
unknown    CryptoInvoice\ApiException: CryptoCloud does not know this invoice (HTTP 200): its answer for this id holds no invoice with it (1 attempt)
-3         Invoice A order='get-cryptocloud-a' Created
  /v2/invoice/merchant/info {"uuids":["A","B","UNKNOWN","A"]}
failing a: CryptoInvoice\ApiException: CryptoCloud failed on its side (HTTP 500): Server error (1 attempt)
failing b: CryptoInvoice\ApiException: CryptoCloud failed on its side (HTTP 500): Server error (1 attempt)
CryptoInvoice\InvalidArgumentException: CryptoCloud: concurrency must be an integer from 1 to 256, got 0
CryptoInvoice\InvalidArgumentException: CryptoCloud: concurrency must be an integer from 1 to 256, got -1
CryptoInvoice\InvalidArgumentException: CryptoCloud: concurrency must be an integer from 1 to 256, got 257
nothing: array (
); requests for these: 0
-- onchainpay
keys kept: true
first      Invoice A order='get-onchainpay-a' Created
7          Invoice B order='get-onchainpay-b' Created
number     CryptoInvoice\InvalidArgumentException: OnChainPay: each id must be a string, the provider's invoice id, got 12
null       CryptoInvoice\InvalidArgumentException: OnChainPay: each id must be a string, the provider's invoice id, got null
list       CryptoInvoice\InvalidArgumentException: OnChainPay: each id must be a string, the provider's invoice id, got an array
empty      CryptoInvoice\InvalidArgumentException: OnChainPay: ids must be the provider's invoice id (1 to 256 bytes, no NUL or line breaks), got an empty string
line break CryptoInvoice\InvalidArgumentException: OnChainPay: ids must be the provider's invoice id (1 to 256 bytes, no NUL or line breaks), got a string holding a line break
unknown    CryptoInvoice\ApiException: OnChainPay does not know this invoice (HTTP 200): NotFound: Invoice not found (1 attempt)
-3         Invoice A order='get-onchainpay-a' Created
  /api-gateway/get-invoice {"invoiceId":"A"}
  /api-gateway/get-invoice {"invoiceId":"A"}
  /api-gateway/get-invoice {"invoiceId":"B"}
  /api-gateway/get-invoice {"invoiceId":"UNKNOWN"}
failing a: CryptoInvoice\ApiException: OnChainPay failed on its side (HTTP 500): InternalError: Server error (1 attempt)
failing b: CryptoInvoice\ApiException: OnChainPay failed on its side (HTTP 500): InternalError: Server error (1 attempt)
CryptoInvoice\InvalidArgumentException: OnChainPay: concurrency must be an integer from 1 to 256, got 0
CryptoInvoice\InvalidArgumentException: OnChainPay: concurrency must be an integer from 1 to 256, got -1
CryptoInvoice\InvalidArgumentException: OnChainPay: concurrency must be an integer from 1 to 256, got 257
nothing: array (
); requests for these: 0
-- bitsby
keys kept: true
first      Invoice A order='get-bitsby-a' Created
7          Invoice B order='get-bitsby-b' Created
number     CryptoInvoice\InvalidArgumentException: Bitsby: each id must be a string, the provider's invoice id, got 12
null       CryptoInvoice\InvalidArgumentException: Bitsby: each id must be a string, the provider's invoice id, got null
list       CryptoInvoice\InvalidArgumentException: Bitsby: each id must be a string, the provider's invoice id, got an array
empty      CryptoInvoice\InvalidArgumentException: Bitsby: ids must be the provider's invoice id (1 to 256 bytes, no NUL or line breaks), got an empty string
line break CryptoInvoice\InvalidArgumentException: Bitsby: ids must be the provider's invoice id (1 to 256 bytes, no NUL or line breaks), got a string holding a line break
unknown    CryptoInvoice\ApiException: Bitsby does not know this invoice (HTTP 200): its invoice list for this id is empty (1 attempt)
-3         Invoice A order='get-bitsby-a' Created
  /invoices/list {"invoiceId":"A"}
  /invoices/list {"invoiceId":"A"}
  /invoices/list {"invoiceId":"B"}
  /invoices/list {"invoiceId":"UNKNOWN"}
failing a: CryptoInvoice\ApiException: Bitsby failed on its side (HTTP 500): Server error (1 attempt)
failing b: CryptoInvoice\ApiException: Bitsby failed on its side (HTTP 500): Server error (1 attempt)
CryptoInvoice\InvalidArgumentException: Bitsby: concurrency must be an integer from 1 to 256, got 0
CryptoInvoice\InvalidArgumentException: Bitsby: concurrency must be an integer from 1 to 256, got -1
CryptoInvoice\InvalidArgumentException: Bitsby: concurrency must be an integer from 1 to 256, got 257
nothing: array (
); requests for these: 0
-- heleket
keys kept: true
first      Invoice A order='get-heleket-a' Created
7          Invoice B order='get-heleket-b' Created
number     CryptoInvoice\InvalidArgumentException: Heleket: each id must be a string, the provider's invoice id, got 12
null       CryptoInvoice\InvalidArgumentException: Heleket: each id must be a string, the provider's invoice id, got null
list       CryptoInvoice\InvalidArgumentException: Heleket: each id must be a string, the provider's invoice id, got an array
empty      CryptoInvoice\InvalidArgumentException: Heleket: ids must be the provider's invoice id (1 to 256 bytes, no NUL or line breaks), got an empty string
line break CryptoInvoice\InvalidArgumentException: Heleket: ids must be the provider's invoice id (1 to 256 bytes, no NUL or line breaks), got a string holding a line break
unknown    CryptoInvoice\ApiException: Heleket does not know this invoice (HTTP 404): Payment not found (1 attempt)
-3         Invoice A order='get-heleket-a' Created
  /heleket/v1/payment/info {"uuid":"A"}
  /heleket/v1/payment/info {"uuid":"A"}
  /heleket/v1/payment/info {"uuid":"B"}
  /heleket/v1/payment/info {"uuid":"UNKNOWN"}
failing a: CryptoInvoice\ApiException: Heleket failed on its side (HTTP 500): Server error (1 attempt)
failing b: CryptoInvoice\ApiException: Heleket failed on its side (HTTP 500): Server error (1 attempt)
CryptoInvoice\InvalidArgumentException: Heleket: concurrency must be an integer from 1 to 256, got 0
CryptoInvoice\InvalidArgumentException: Heleket: concurrency must be an integer from 1 to 256, got -1
CryptoInvoice\InvalidArgumentException: Heleket: concurrency must be an integer from 1 to 256, got 257
nothing: array (
); requests for these: 0
-- CryptoCloud, 250 ids: 3 info requests
keys kept: true
found: k0=many-0 k150=many-150 k249=many-249; not known: 247
info requests of 100, 100, 50 uuids
every id asked once: true
