--TEST--
examples/laravel: container binding, POST /checkout/{order} and the webhook controller, on Debian's Laravel against the emulator
--EXTENSIONS--
cryptoinvoice
ctype
mbstring
pdo
pdo_sqlite
--FILE--
<?php
require __DIR__ . '/../inc/laravel.inc';

use App\Models\Order;
use CryptoInvoice\Gateway;
use Illuminate\Support\Facades\DB;

$base = ci_emulator_start();
$app = ci_laravel_app([
	'CRYPTOINVOICE_PROVIDER' => 'Cryptomus',
	'CRYPTOINVOICE_BASE_URL' => $base,
	'CRYPTOINVOICE_RETRIES' => '0',
	'CRYPTOMUS_MERCHANT_ID' => CI_TEST_CRYPTOMUS_MERCHANT,
	'CRYPTOMUS_API_KEY' => CI_TEST_CRYPTOMUS_KEY,
	'CRYPTOINVOICE_LOG_CHANNEL' => 'cryptoinvoice',
]);
/* The channel the config names for the extension's own records (the app logs to 'test'). */
$app['config']->set('logging.channels.cryptoinvoice', ['driver' => 'monolog', 'handler' => Monolog\Handler\TestHandler::class]);
Order::query()->insert([
	['id' => 42, 'total' => '15.00', 'currency' => 'USD', 'status' => 'pending'],
	['id' => 43, 'total' => '5.00', 'currency' => 'XXX', 'status' => 'pending'], /* a currency the provider refuses */
	['id' => 44, 'total' => '20.00', 'currency' => 'USD', 'status' => 'pending'],
]);
$saves = [];
Order::saved(static function (Order $o) use (&$saves): void { $saves[] = "order {$o->id} saved as {$o->status}"; });

echo "-- the container\n";
$gateway = $app->make(Gateway::class);
var_dump(get_class($gateway), $gateway->getProvider(), $app->make(Gateway::class) === $gateway);
var_dump(app('router')->getRoutes()->getByName('crypto.webhook')->excludedMiddleware());

echo "-- POST /checkout/42\n";
$response = ci_laravel_dispatch($app, 'POST', '/checkout/42');
$location = $response->headers->get('Location');
echo $response->getStatusCode(), ' ', preg_replace('/[0-9a-f-]{36}$/', '<uuid>', $location), "\n";
$sent = ci_test_last_request($base);
echo $sent['method'], ' ', $sent['path'], ' ', $sent['body'], "\n";
$uuid = substr($location, -36);
var_dump($location === $gateway->getInvoice($uuid)->url);

echo "-- POST /checkout/43: the provider refuses the currency\n";
$response = ci_laravel_dispatch($app, 'POST', '/checkout/43', '', ['HTTP_REFERER' => 'http://shop.test/cart']);
echo $response->getStatusCode(), ' ', $response->headers->get('Location'), "\n";
echo implode("\n", app('session.store')->get('errors')->all()), "\n";
ci_laravel_print_log();

/* Cryptomus callbacks, signed the way Cryptomus signs them (tests/cryptomus/parseWebhook.phpt). */
function callback(array $data, string $key = CI_TEST_CRYPTOMUS_KEY): string
{
	$data += ['type' => 'payment', 'payment_amount' => $data['amount'], 'merchant_amount' => $data['amount'],
		'network' => 'tron', 'payer_currency' => 'USDT', 'txid' => 'a3f0c0ffee', 'additional_data' => null];
	$data['sign'] = md5(base64_encode(json_encode($data, JSON_UNESCAPED_UNICODE)) . $key);
	return json_encode($data, JSON_UNESCAPED_UNICODE);
}
function webhook($app, string $title, string $body): void
{
	$response = ci_laravel_dispatch($app, 'POST', '/webhooks/crypto', $body, ['CONTENT_TYPE' => 'application/json']);
	$rows = DB::table('crypto_payments')->orderBy('id')->get(['provider', 'invoice_id', 'order_id', 'status', 'amount', 'currency']);
	printf("%s: %d %s; %d payment row(s); order 42 %s\n", $title, $response->getStatusCode(), $response->getContent(),
		count($rows), Order::find(42)->status);
	ci_laravel_print_log();
}
$paid = ['uuid' => $uuid, 'order_id' => '42', 'amount' => '15.00', 'currency' => 'USD', 'status' => 'paid', 'is_final' => true];

echo "-- webhooks\n";
webhook($app, 'in progress', callback(['status' => 'process', 'is_final' => false] + $paid));
webhook($app, 'paid', callback($paid));
webhook($app, 'paid, resent', callback($paid));
webhook($app, 'forged amount', str_replace('"15.00"', '"1.00"', callback(['uuid' => 'f0f0f0f0-0000-4000-8000-000000000000', 'order_id' => '44'] + $paid)));
webhook($app, 'signed with another key', callback(['uuid' => 'f0f0f0f0-0000-4000-8000-000000000000'] + $paid, 'stolen?'));
webhook($app, 'not JSON', 'uuid=1&status=paid');
/* Genuine and paid, with order 44's id, but a static-wallet deposit: not an invoice, nothing recorded. */
webhook($app, 'wallet deposit naming order 44', callback(['type' => 'wallet', 'uuid' => 'e0e0e0e0-0000-4000-8000-000000000000', 'order_id' => '44', 'amount' => '20.00'] + $paid));
/* Genuine, but for 15.00 while order 44 is 20.00: recorded, not fulfilled. */
webhook($app, 'paid, amount differs from the order', callback(['uuid' => 'f0f0f0f0-0000-4000-8000-000000000000', 'order_id' => '44'] + $paid));
echo str_replace($uuid, '<uuid>', json_encode(DB::table('crypto_payments')->orderBy('id')->get(['provider', 'invoice_id', 'order_id', 'status', 'amount', 'currency'])
	->map(static fn ($r) => array_values((array) $r))->all(), JSON_UNESCAPED_SLASHES)), "\n";
echo implode("\n", $saves), "\n";
echo 'order 44: ', Order::find(44)->status, "\n";

echo "-- webhook whose confirming lookup fails (OnChainPay, Bitsby, CryptoCloud): 503\n";
$app->instance(Gateway::class, new class implements Gateway {
	public function createInvoice(array $params): CryptoInvoice\Invoice { throw new LogicException('unused'); }
	public function createInvoices(array $batch, int $concurrency = 8): array { throw new LogicException('unused'); }
	public function getInvoice(string $id): CryptoInvoice\Invoice { throw new LogicException('unused'); }
	public function parseWebhook(string $body, array $headers = []): CryptoInvoice\Invoice
	{
		printf("parseWebhook got content-type: %s; every header a string: %s\n", $headers['content-type'],
			var_export(array_filter($headers, 'is_string') === $headers, true));
		throw new CryptoInvoice\TransportException('OnChainPay: connection timed out (1 attempt)', 28);
	}
	public function getProvider(): string { return 'onchainpay'; }
	public function supports(string $operation): bool { return false; }
	public function findInvoice(string $orderId, ?DateTimeInterface $since = null): ?CryptoInvoice\Invoice { throw new LogicException('unused'); }
	public function getInvoices(array $ids, int $concurrency = 8): array { throw new LogicException('unused'); }
	public function listInvoices(array $filter = []): CryptoInvoice\InvoiceList { throw new LogicException('unused'); }
	public function cancelInvoice(string $id): CryptoInvoice\Invoice { throw new LogicException('unused'); }
	public function refundInvoice(string $id, array $params): void { throw new LogicException('unused'); }
	public function getPaymentMethods(): array { throw new LogicException('unused'); }
	public function request(string $path, array $body = []): mixed { throw new LogicException('unused'); }
});
$response = ci_laravel_dispatch($app, 'POST', '/webhooks/crypto', '{"invoiceId":"x"}', ['CONTENT_TYPE' => 'application/json']);
echo $response->getStatusCode(), ' ', $response->getContent(), "\n";
ci_laravel_print_log();

echo "-- what the extension logged through Laravel's logger, channel cryptoinvoice\n";
require_once __DIR__ . '/../inc/logging.inc';
foreach (Illuminate\Support\Facades\Log::channel('cryptoinvoice')->getLogger()->getHandlers()[0]->getRecords() as $r) {
	echo ci_record_line($r['level_name'], $r['message'], $r['context']), "\n";
}

echo "-- POST /checkout/42 again, now that it is paid\n";
$response = ci_laravel_dispatch($app, 'POST', '/checkout/42', '', ['HTTP_REFERER' => 'http://shop.test/orders/42']);
echo $response->getStatusCode(), ' ', $response->headers->get('Location'), "\n";
echo implode("\n", app('session.store')->get('errors')->all()), "\n";

echo "-- CryptoCloud without CRYPTOCLOUD_SECRET_KEY: a setup mistake, 500 (not a 400 like a forgery)\n";
config(['cryptoinvoice.provider' => 'cryptocloud', 'cryptoinvoice.providers.cryptocloud' => [
	'shop_id' => CI_TEST_CRYPTOCLOUD_SHOP, 'api_key' => CI_TEST_CRYPTOCLOUD_KEY, 'secret_key' => null]]);
$app->forgetInstance(Gateway::class);
$response = ci_laravel_dispatch($app, 'POST', '/webhooks/crypto', '{"status":"success","invoice_id":"89UX09KA","token":"x.y.z"}',
	['CONTENT_TYPE' => 'application/json']);
echo get_class($app->make(Gateway::class)), ': ', $response->getStatusCode(), ' ', $response->getContent(), "\n";
ci_laravel_print_log();

echo "-- CryptoCloud with the API key as CRYPTOCLOUD_SECRET_KEY: the same setup mistake\n";
config(['cryptoinvoice.providers.cryptocloud.secret_key' => CI_TEST_CRYPTOCLOUD_KEY]);
$app->forgetInstance(Gateway::class);
$response = ci_laravel_dispatch($app, 'POST', '/webhooks/crypto', '{"status":"success","invoice_id":"89UX09KA","token":"x.y.z"}',
	['CONTENT_TYPE' => 'application/json']);
echo $response->getStatusCode(), ' ', $response->getContent(), "\n";
ci_laravel_print_log();
?>
--EXPECT--
-- the container
string(23) "CryptoInvoice\Cryptomus"
string(9) "cryptomus"
bool(true)
array(1) {
  [0]=>
  string(35) "App\Http\Middleware\VerifyCsrfToken"
}
-- POST /checkout/42
302 https://pay.cryptomus.com/pay/<uuid>
POST /v1/payment {"amount":"15.00","currency":"USD","order_id":"42","url_callback":"http://shop.test/webhooks/crypto","url_return":"http://shop.test/orders/42"}
bool(true)
-- POST /checkout/43: the provider refuses the currency
302 http://shop.test/cart
Crypto payment is not available for this order. Please choose another payment method.
log ERROR: Crypto invoice not created: Cryptomus refused the request (HTTP 422): The currency was not found (1 attempt) {"order":43,"errors":[]}
-- webhooks
in progress: 200 ok; 0 payment row(s); order 42 pending
paid: 200 ok; 1 payment row(s); order 42 paid
paid, resent: 200 ok; 1 payment row(s); order 42 paid
forged amount: 400 invalid callback; 1 payment row(s); order 42 paid
log WARNING: Crypto webhook refused: Cryptomus webhook signature check failed: the body was not signed with this merchant's API key or was changed {"ip":"127.0.0.1"}
signed with another key: 400 invalid callback; 1 payment row(s); order 42 paid
log WARNING: Crypto webhook refused: Cryptomus webhook signature check failed: the body was not signed with this merchant's API key or was changed {"ip":"127.0.0.1"}
not JSON: 400 invalid callback; 1 payment row(s); order 42 paid
log WARNING: Crypto webhook refused: Cryptomus webhook is malformed: the body is not a JSON object {"ip":"127.0.0.1"}
wallet deposit naming order 44: 200 ok; 1 payment row(s); order 42 paid
paid, amount differs from the order: 200 ok; 2 payment row(s); order 42 paid
log WARNING: Crypto payment needs review {"provider":"cryptomus","invoice":"f0f0f0f0-0000-4000-8000-000000000000"}
[["cryptomus","<uuid>","42","paid","15.00","USD"],["cryptomus","f0f0f0f0-0000-4000-8000-000000000000","44","paid","15.00","USD"]]
order 42 saved as paid
order 44: pending
-- webhook whose confirming lookup fails (OnChainPay, Bitsby, CryptoCloud): 503
parseWebhook got content-type: application/json; every header a string: true
503 try again later
log WARNING: Crypto webhook not confirmed: OnChainPay: connection timed out (1 attempt) []
-- what the extension logged through Laravel's logger, channel cryptoinvoice
INFO cryptomus create: HTTP 200 in # ms {"provider":"cryptomus","operation":"create","method":"POST","path":"/v1/payment","http_status":200,"attempt":1,"duration_ms":"#","reused_connection":false}
INFO cryptomus lookup: HTTP 200 in # ms {"provider":"cryptomus","operation":"lookup","method":"POST","path":"/v1/payment/info","http_status":200,"attempt":1,"duration_ms":"#","reused_connection":false}
INFO cryptomus create: HTTP 422 in # ms {"provider":"cryptomus","operation":"create","method":"POST","path":"/v1/payment","http_status":422,"attempt":1,"duration_ms":"#","reused_connection":false,"error":"CryptoInvoice\\ApiException"}
ERROR cryptomus create: failed with CryptoInvoice\ApiException after 1 attempt {"provider":"cryptomus","operation":"create","method":"POST","path":"/v1/payment","http_status":422,"attempt":1,"duration_ms":"#","reused_connection":false,"error":"CryptoInvoice\\ApiException"}
-- POST /checkout/42 again, now that it is paid
302 http://shop.test/orders/42
This order is not awaiting payment.
-- CryptoCloud without CRYPTOCLOUD_SECRET_KEY: a setup mistake, 500 (not a 400 like a forgery)
CryptoInvoice\CryptoCloud: 500 not configured
log CRITICAL: Crypto webhooks misconfigured: CryptoCloud postback cannot be verified: this gateway has no secret_key option. This is a configuration problem, not a forged callback: set the secret_key option to the project's SECRET KEY (project settings in the CryptoCloud dashboard; it is not the API key) []
-- CryptoCloud with the API key as CRYPTOCLOUD_SECRET_KEY: the same setup mistake
500 not configured
log CRITICAL: Crypto webhooks misconfigured: CryptoCloud postback cannot be verified: its secret_key option holds the API key. This is a configuration problem, not a forged callback: set the secret_key option to the project's SECRET KEY (project settings in the CryptoCloud dashboard; it is not the API key) []
