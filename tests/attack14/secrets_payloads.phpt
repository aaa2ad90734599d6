--TEST--
Secrets a provider echoes back in a payload answer never reach the caller: request()'s result, every PaymentMethod (currency, network, raw keys and values), as Invoice::$raw already was
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/attack14.inc';

$srv = atk14_server();
$secrets = [CI_TEST_CRYPTOMUS_KEY, CI_TEST_CRYPTOCLOUD_KEY, CI_TEST_CRYPTOCLOUD_SECRET, CI_TEST_ONCHAINPAY_PRIVATE,
	CI_TEST_BITSBY_TOKEN, CI_TEST_HELEKET_KEY, CI_TEST_HELEKET_PAYOUT_KEY];
$options = ['cryptocloud' => ['secret_key' => CI_TEST_CRYPTOCLOUD_SECRET], 'heleket' => ['payout_key' => CI_TEST_HELEKET_PAYOUT_KEY]];
/* The secrets each gateway knows (its key, and its secret options): those must never come out. */
$own = ['cryptomus' => [CI_TEST_CRYPTOMUS_KEY], 'cryptocloud' => [CI_TEST_CRYPTOCLOUD_KEY, CI_TEST_CRYPTOCLOUD_SECRET],
	'onchainpay' => [CI_TEST_ONCHAINPAY_PRIVATE], 'bitsby' => [CI_TEST_BITSBY_TOKEN], 'heleket' => [CI_TEST_HELEKET_KEY, CI_TEST_HELEKET_PAYOUT_KEY]];
$leaks = static function (string $p, string $what, mixed $value) use ($own): void {
	$text = print_r($value, true) . var_export($value, true) . json_encode($value);
	$found = array_filter($own[$p], static fn (string $s): bool => str_contains($text, $s));
	echo "$p $what: ", $found ? 'LEAKS ' . implode(', ', $found) : 'clean', "\n";
};
/* Every secret as a value, as a key, nested, and inside longer text. */
$echo = ['echo' => $secrets, 'keys' => array_fill_keys($secrets, 1), 'deep' => [['text' => 'your key is ' . implode(' and ', $secrets)]]];

foreach (['cryptomus', 'heleket', 'cryptocloud', 'onchainpay', 'bitsby'] as $p) {
	$envelope = match (ci_test_family($p)) {
		'cryptomus' => ['state' => 0, 'result' => $echo],
		'cryptocloud' => ['status' => 'success', 'result' => $echo],
		'onchainpay' => ['success' => true, 'response' => $echo],
		'bitsby' => ['result' => 'success', 'data' => $echo],
	};
	$g = atk14_gateway($p, atk14_handler($srv, 'echo ' . var_export(json_encode($envelope), true) . ';'), $options[$p] ?? []);
	$leaks($p, 'request()', $g->request('/v1/balance'));
}

/* The services answer: each secret as a currency, a network, a raw value and a raw key. */
foreach (['cryptomus', 'heleket'] as $p) {
	$services = [];
	foreach ($secrets as $s) {
		$services[] = ['network' => $s, 'currency' => $s, 'is_available' => true, 'is_enabled' => true, 'note' => $s, $s => [$s],
			'limit' => ['min_amount' => '1', 'max_amount' => '10'], 'commission' => ['fee_amount' => '0', 'percent' => '1']];
	}
	$body = json_encode(['state' => 0, 'result' => $services]);
	$g = atk14_gateway($p, atk14_handler($srv, 'echo ' . var_export($body, true) . ';'), $options[$p] ?? []);
	$methods = $g->getPaymentMethods();
	echo count($methods), ' methods, ';
	$leaks($p, 'getPaymentMethods()', $methods);
}
$coins = [];
foreach ($secrets as $s) {
	$coins[] = ['currency' => $s, 'allowDeposit' => true, 'note' => $s, $s => $s,
		'networks' => [['name' => $s, 'allowDeposit' => true, 'underMaintenance' => false, 'note' => $s]]];
}
$g = atk14_gateway('onchainpay', atk14_handler($srv, 'echo ' . var_export(json_encode(['success' => true, 'response' => $coins]), true) . ';'));
$methods = $g->getPaymentMethods();
echo count($methods), ' methods, ';
$leaks('onchainpay', 'getPaymentMethods()', $methods);
?>
--EXPECT--
cryptomus request(): clean
heleket request(): clean
cryptocloud request(): clean
onchainpay request(): clean
bitsby request(): clean
7 methods, cryptomus getPaymentMethods(): clean
7 methods, heleket getPaymentMethods(): clean
7 methods, onchainpay getPaymentMethods(): clean
