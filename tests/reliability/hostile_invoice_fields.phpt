--TEST--
Hostile answers, field by field: every field of every provider's invoice in a wrong shape fails whole, with a class and a message naming the provider and the field (single calls, batches and webhooks)
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/answers.inc';
use CryptoInvoice\UnexpectedResponseException;

$base = ci_answer_server();
/* Each provider's fields the Invoice is read from (dotted paths are nested objects); a provider
 * running another's API (Heleket: Cryptomus's) is read from that one's. */
$fields = [
	'cryptomus' => ['uuid', 'order_id', 'payment_status', 'status', 'is_final', 'amount', 'currency', 'url', 'address',
		'payer_amount', 'payer_currency', 'network', 'payment_amount', 'created_at', 'expired_at'],
	'cryptocloud' => ['uuid', 'status', 'amount_in_fiat', 'fiat_currency', 'link', 'address', 'amount', 'currency',
		'currency.code', 'currency.network', 'currency.network.code', 'received', 'received_usd', 'created',
		'expiry_date', 'test_mode'],
	'onchainpay' => ['id', 'order', 'status', 'amount', 'currency', 'invoiceLink', 'receivedAmount', 'receivedCurrency',
		'receivedNetwork', 'receivedAmountInInvoiceCurrency', 'createdAt', 'expiresAt', 'currencies'],
	'bitsby' => ['id', 'status', 'amountFiat', 'currencyFiat', 'url', 'createDatetime', 'timeToPayDatetime', 'wallets'],
];
$shapes = ['list' => [1, 2], 'object' => ['k' => 'v'], 'true' => true, 'int' => 123456789, 'float' => 1.5e300,
	'nul-byte' => "a\0b", 'long text' => str_repeat('x', 5000)];

/* What must hold for every refusal. */
function check(string $provider, string $field, Throwable $e, array &$bad): void
{
	$title = CryptoInvoice\Gateways::providers()[$provider]['title'];
	$leaf = substr($field, strrpos(".$field", '.'));
	$ok = $e instanceof UnexpectedResponseException && str_starts_with($e->getMessage(), $title)
		&& $e->getHttpStatus() === 200 && $e->getProvider() === $provider && $e->getResponseBody() !== ''
		&& (str_contains($e->getMessage(), $leaf) || str_contains($e->getMessage(), explode('.', $field)[0])
			/* a lookup answer about another id is refused before its fields are read */
			|| ($field === 'id' && str_contains($e->getMessage(), 'the invoice asked for')));
	if (!$ok) {
		$bad[] = "$provider $field: " . get_class($e) . ': ' . $e->getMessage();
	}
}
function set_path(array $inv, string $path, mixed $v): array
{
	$ref = &$inv;
	foreach (explode('.', $path) as $seg) {
		if (!is_array($ref)) {
			$ref = [];
		}
		$ref = &$ref[$seg];
	}
	$ref = $v;
	return $inv;
}

foreach (array_keys(CryptoInvoice\Gateways::providers()) as $provider) {
	$list = $fields[ci_test_family($provider)] ?? [];
	foreach (['lookup', 'create'] as $op) {
		$refused = $accepted = 0;
		$bad = [];
		foreach ($list as $field) {
			foreach ($shapes as $name => $v) {
				$inv = set_path(ci_answer_default($provider, $op), $field, $v);
				try {
					ci_answer_call($provider, $base, ci_answer_envelope($provider, $inv, $op), $op);
					$accepted++;
				} catch (Throwable $e) {
					$refused++;
					check($provider, $field, $e, $bad);
				}
			}
		}
		printf("%-11s %-6s refused %d, accepted %d%s\n", $provider, $op, $refused, $accepted, $bad ? "\n  " . implode("\n  ", $bad) : '');
	}
}

echo "== in a batch, each failed item is an exception with a message\n";
$inv = ci_answer_default('cryptomus', 'create');
$inv['created_at'] = '2024-02-30T00:00:00Z';
$g = ci_test_gateway('cryptomus', ci_answer_put($base, ci_answer_envelope('cryptomus', $inv, 'create')));
foreach ($g->createInvoices(['a' => ['amount' => '1', 'currency' => 'USD', 'order_id' => 'a'],
		'b' => ['amount' => '1', 'currency' => 'USD', 'order_id' => 'b']], 2) as $k => $r) {
	echo $k, ': ', get_class($r), ': ', $r->getMessage(), "\n";
}

echo "== a genuine webhook in a wrong shape\n";
$g = new CryptoInvoice\Cryptomus(CI_TEST_CRYPTOMUS_MERCHANT, CI_TEST_CRYPTOMUS_KEY);
foreach (['amount' => [1], 'created_at' => '2024-01-01 10:00:00 +1 year', 'payment_amount' => '1e3', 'uuid' => 42] as $k => $v) {
	$data = ['type' => 'payment', 'uuid' => '62f88b36-a9d5-4fa6-aa26-e040c3dbf26d', 'amount' => '10', 'currency' => 'USD',
		'status' => 'paid'];
	$data[$k] = $v;
	$data['sign'] = md5(base64_encode(json_encode($data, JSON_UNESCAPED_UNICODE)) . CI_TEST_CRYPTOMUS_KEY);
	try {
		$g->parseWebhook(json_encode($data));
		echo "$k: accepted\n";
	} catch (CryptoInvoice\WebhookException $e) {
		echo "$k: ", $e->getMessage(), "\n";
	}
}
?>
--EXPECT--
cryptomus   lookup refused 88, accepted 17
cryptomus   create refused 88, accepted 17
cryptocloud lookup refused 82, accepted 30
cryptocloud create refused 81, accepted 31
onchainpay  lookup refused 78, accepted 13
onchainpay  create refused 78, accepted 13
bitsby      lookup refused 50, accepted 6
bitsby      create refused 49, accepted 7
heleket     lookup refused 88, accepted 17
heleket     create refused 88, accepted 17
== in a batch, each failed item is an exception with a message
a: CryptoInvoice\UnexpectedResponseException: Cryptomus sent an invoice with an invalid created_at (string "2024-02-30T00:00:00Z"); the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
b: CryptoInvoice\UnexpectedResponseException: Cryptomus sent an invoice with an invalid created_at (string "2024-02-30T00:00:00Z"); the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)
== a genuine webhook in a wrong shape
amount: Cryptomus webhook is malformed: Cryptomus sent an invoice with an invalid amount (array)
created_at: Cryptomus webhook is malformed: Cryptomus sent an invoice with an invalid created_at (string "2024-01-01 10:00:00 +1 year")
payment_amount: Cryptomus webhook is malformed: Cryptomus sent an invoice with an invalid payment_amount (string "1e3")
uuid: Cryptomus webhook is malformed: Cryptomus sent an invoice with an invalid uuid (int)
