--TEST--
A lookup answered with another invoice is refused (UnexpectedResponseException), never returned; the same invoice written as the provider may write it is taken
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/hostile.inc';
require __DIR__ . '/../inc/credentials.inc';
require __DIR__ . '/../inc/helpers.inc';
use CryptoInvoice\{Cryptomus, CryptoCloud, OnChainPay, Bitsby, Gateways};

$base = ci_hostile_start();
$gateway = function (string $provider, string $mode) use ($base) {
	$o = ['base_url' => "$base/$mode", 'retries' => 2];
	return match ($provider) {
		'cryptomus' => new Cryptomus('merchant-1', 'key-1234', $o),
		'cryptocloud' => new CryptoCloud('shop-1', 'key-1234', $o + ['secret_key' => CI_TEST_CRYPTOCLOUD_SECRET]),
		'onchainpay' => new OnChainPay('public-1', 'key-1234', $o),
		'bitsby' => new Bitsby(CI_HOSTILE_PROJECT, 'key-1234', $o + ['rate_limit' => 0]),
	};
};
$ids = ['cryptomus' => 'a1b2c3d4-0000-4000-8000-00000000000a', 'cryptocloud' => 'INV-AAAA1111',
	'onchainpay' => 'b1b2c3d4-0000-4000-8000-00000000000b', 'bitsby' => 'c1b2c3d4-0000-4000-8000-00000000000c'];
$show = function (string $what, callable $fn) {
	try {
		$inv = $fn();
		printf("%-34s ok: %s\n", $what, $inv->id);
	} catch (CryptoInvoice\Exception $e) {
		printf("%-34s %s (HTTP %s): %s\n", $what, get_class($e), $e instanceof CryptoInvoice\ApiException ? $e->getHttpStatus() : '-', $e->getMessage());
	}
};

/* Every provider of the registry; one running another's API (Heleket: Cryptomus's) must say what
 * that one says, under its own title. */
$swapped = [];
foreach (Gateways::providers() as $p => $row) {
	$family = ci_test_family($p);
	$emu = emu_providers()[$p];
	$g = $family === $p ? $gateway($p, 'swap') : new $row['class'](array_values($emu::CREDENTIALS)[0], 'key-1234',
		['base_url' => "$base/swap" . $emu::MOUNT, 'retries' => 2]);
	ob_start();
	$show("$p getInvoice swapped", fn() => $g->getInvoice($ids[$family]));
	$swapped[$p] = ob_get_clean();
	$parent = [$family, Gateways::providers()[$family]['title']];
	$said = fn(string $name) => preg_replace('/^\S+ getInvoice swapped +/', '', $swapped[$name]);
	echo $family !== $p && $said($p) === str_replace($parent, [$p, $row['title']], $said($family))
		? "$p getInvoice swapped: as $family, under its own title\n" : $swapped[$p];
}
/* Webhooks confirmed by a lookup must not take the other invoice either. */
$show('onchainpay webhook swapped', fn() => $gateway('onchainpay', 'swap')->parseWebhook(json_encode(['invoiceId' => $ids['onchainpay']])));
$show('bitsby webhook swapped', fn() => $gateway('bitsby', 'swap')->parseWebhook(json_encode(['invoiceId' => $ids['bitsby']])));
$jwt = function (array $claims) {
	$b64 = fn($x) => rtrim(strtr(base64_encode($x), '+/', '-_'), '=');
	$head = $b64(json_encode(['alg' => 'HS256', 'typ' => 'JWT'])) . '.' . $b64(json_encode($claims));
	return $head . '.' . $b64(hash_hmac('sha256', $head, CI_TEST_CRYPTOCLOUD_SECRET, true));
};
$show('cryptocloud postback swapped', fn() => $gateway('cryptocloud', 'swap')->parseWebhook(json_encode(
	['invoice_id' => 'AAAA1111', 'status' => 'success', 'token' => $jwt(['id' => 'AAAA1111', 'exp' => time() + 300])])));

/* The same invoice, as the provider may write it. */
$show('cryptocloud without INV- prefix', fn() => $gateway('cryptocloud', 'same')->getInvoice('INV-AAAA1111'));
$show('cryptocloud asked without prefix', fn() => $gateway('cryptocloud', 'same')->getInvoice('AAAA1111'));
$show('cryptocloud list of two', fn() => $gateway('cryptocloud', 'list2')->getInvoice('AAAA1111'));
$show('cryptomus uuid asked in upper case', fn() => $gateway('cryptomus', 'same')->getInvoice(strtoupper($ids['cryptomus'])));
$show('onchainpay same', fn() => $gateway('onchainpay', 'same')->getInvoice($ids['onchainpay']));
$show('bitsby same', fn() => $gateway('bitsby', 'same')->getInvoice($ids['bitsby']));
/* Creates are not lookups: the provider names the new invoice. */
$show('cryptomus create', fn() => $gateway('cryptomus', 'swap')->createInvoice(['amount' => '10', 'currency' => 'USD', 'order_id' => 'order-1']));
?>
--EXPECT--
cryptomus getInvoice swapped       CryptoInvoice\UnexpectedResponseException (HTTP 200): Cryptomus answered a lookup with another invoice than the invoice asked for (asked for invoice "a1b2c3d4-0000-4000-8000-00000000000a", the answer's uuid is "f9f9f9f9-0000-4000-8000-0000000000ff"); that answer was not used (1 attempt)
cryptocloud getInvoice swapped     CryptoInvoice\UnexpectedResponseException (HTTP 200): CryptoCloud answered a lookup with another invoice than the invoice asked for (asked for invoice "INV-AAAA1111", the answer's uuid is "INV-BBBB2222"); that answer was not used (1 attempt)
onchainpay getInvoice swapped      CryptoInvoice\UnexpectedResponseException (HTTP 200): OnChainPay answered a lookup with another invoice than the invoice asked for (asked for invoice "b1b2c3d4-0000-4000-8000-00000000000b", the answer's id is "e9e9e9e9-0000-4000-8000-0000000000ee"); that answer was not used (1 attempt)
bitsby getInvoice swapped          CryptoInvoice\UnexpectedResponseException (HTTP 200): Bitsby answered HTTP 200 with JSON that is not the documented shape: the invoice list does not hold the invoice asked for (1 attempt)
heleket getInvoice swapped: as cryptomus, under its own title
onchainpay webhook swapped         CryptoInvoice\UnexpectedResponseException (HTTP 200): OnChainPay answered a lookup with another invoice than the invoice asked for (asked for invoice "b1b2c3d4-0000-4000-8000-00000000000b", the answer's id is "e9e9e9e9-0000-4000-8000-0000000000ee"); that answer was not used (1 attempt)
bitsby webhook swapped             CryptoInvoice\UnexpectedResponseException (HTTP 200): Bitsby answered HTTP 200 with JSON that is not the documented shape: the invoice list does not hold the invoice asked for (1 attempt)
cryptocloud postback swapped       CryptoInvoice\UnexpectedResponseException (HTTP 200): CryptoCloud answered a lookup with another invoice than the invoice asked for (asked for invoice "AAAA1111", the answer's uuid is "INV-BBBB2222"); that answer was not used (1 attempt)
cryptocloud without INV- prefix    ok: AAAA1111
cryptocloud asked without prefix   ok: AAAA1111
cryptocloud list of two            ok: INV-AAAA1111
cryptomus uuid asked in upper case ok: a1b2c3d4-0000-4000-8000-00000000000a
onchainpay same                    ok: b1b2c3d4-0000-4000-8000-00000000000b
bitsby same                        ok: c1b2c3d4-0000-4000-8000-00000000000c
cryptomus create                   ok: a1b2c3d4-0000-4000-8000-00000000000a
