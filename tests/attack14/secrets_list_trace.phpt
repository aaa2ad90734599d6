--TEST--
A throwable that leaves an InvoiceList's iteration (a page refused, a logger that throws) loses the gateway's secrets from its trace, as one leaving a gateway method does (the caller's frame kept the key it was given)
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/attack14.inc';

$srv = atk14_server();
$down = atk14_handler($srv, 'http_response_code(500); echo "down";');
$page = [
	'cryptomus' => ['state' => 0, 'result' => ['items' => [], 'paginate' => ['nextCursor' => null]]],
	'cryptocloud' => ['status' => 'success', 'result' => []],
	'onchainpay' => ['success' => true, 'response' => ['invoices' => [], 'total' => 0]],
	'bitsby' => ['result' => 'success', 'data' => []],
];

final class Thrower
{
	public function log($level, $message, array $context = []): void
	{
		throw new RuntimeException("the log is full");
	}
}

/* A shop's function that is given its key: its frame in any trace holds that argument. */
function sync(string $provider, string $url, string $key, string $secretOption, bool $throwingLogger): void
{
	$emu = emu_providers()[$provider];
	$class = CryptoInvoice\Gateways::providers()[$provider]['class'];
	$options = ['base_url' => $url, 'retries' => 0, 'rate_limit' => 0] + ($throwingLogger ? ['logger' => new Thrower()] : []);
	if ($secretOption !== '') {
		$options[$provider === 'heleket' ? 'payout_key' : 'secret_key'] = $secretOption;
	}
	$g = new $class(array_values($emu::CREDENTIALS)[0], $key, $options);
	foreach ($g->listInvoices() as $invoice) {
	}
}

$keys = ['cryptomus' => [CI_TEST_CRYPTOMUS_KEY, ''], 'heleket' => [CI_TEST_HELEKET_KEY, CI_TEST_HELEKET_PAYOUT_KEY],
	'cryptocloud' => [CI_TEST_CRYPTOCLOUD_KEY, CI_TEST_CRYPTOCLOUD_SECRET], 'onchainpay' => [CI_TEST_ONCHAINPAY_PRIVATE, ''],
	'bitsby' => [CI_TEST_BITSBY_TOKEN, '']];
foreach ($keys as $provider => [$key, $secret]) {
	$ok = atk14_handler($srv, 'echo ' . var_export(json_encode($page[ci_test_family($provider)]), true) . ';');
	foreach (['page refused' => [$down, false], 'logger throws' => [$ok, true]] as $case => [$url, $throwing]) {
		try {
			sync($provider, $url, $key, $secret, $throwing);
			echo "$provider, $case: nothing thrown\n";
		} catch (Throwable $e) {
			$trace = $e->getTraceAsString() . print_r($e->getTrace(), true) . $e;
			$shown = array_filter([$key, $secret], static fn (string $s): bool => $s !== '' && str_contains($trace, $s));
			printf("%s, %s: %s, %s\n", $provider, $case, get_class($e), $shown ? 'the trace holds ' . implode(' and ', $shown) : 'clean');
		}
	}
}
?>
--EXPECT--
cryptomus, page refused: CryptoInvoice\UnexpectedResponseException, clean
cryptomus, logger throws: RuntimeException, clean
heleket, page refused: CryptoInvoice\UnexpectedResponseException, clean
heleket, logger throws: RuntimeException, clean
cryptocloud, page refused: CryptoInvoice\UnexpectedResponseException, clean
cryptocloud, logger throws: RuntimeException, clean
onchainpay, page refused: CryptoInvoice\UnexpectedResponseException, clean
onchainpay, logger throws: RuntimeException, clean
bitsby, page refused: CryptoInvoice\UnexpectedResponseException, clean
bitsby, logger throws: RuntimeException, clean
