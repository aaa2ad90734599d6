--TEST--
examples/laravel: container binding, checkout (and a lost create answer), webhook, cancel, refund and the nightly reconciliation, on Debian's Laravel against the emulator
--EXTENSIONS--
cryptoinvoice
ctype
mbstring
pdo
pdo_sqlite
--FILE--
<?php
require __DIR__ . '/../inc/laravel.inc';
require __DIR__ . '/../inc/emulator/control.inc';

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
	ci_laravel_print_log_named();
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

/* The ids this test has seen, printed as names; and the provider requests since the last call. */
$names = [];
function named(string $text): string
{
	return strtr($text, $GLOBALS['names'] ?? []);
}
function requests(string $base, bool $print = true): void
{
	static $seen = 0;
	$log = ci_emulator_log($base);
	foreach ($print ? array_slice($log, $seen) : [] as $r) {
		echo '  sent: ', $r['method'], ' ', $r['path'], $r['scenario'] === 'ok' ? '' : " [{$r['scenario']}]", ' ', named($r['body']), "\n";
	}
	$seen = count($log);
}
function rows(): void
{
	foreach (DB::table('crypto_payments')->orderBy('id')->get() as $r) {
		printf("  row: order %s %s %s %s%s\n", $r->order_id ?? '-', named($r->invoice_id), $r->provider, $r->status, $r->handled_at === null ? '' : ', handled');
	}
}
function post($app, string $path, array $fields = []): void
{
	$response = ci_laravel_dispatch($app, 'POST', $path, '', ['HTTP_REFERER' => 'http://shop.test/back'], $fields);
	foreach (DB::table('crypto_payments')->get() as $r) { /* a new invoice is named after its order */
		$GLOBALS['names'][$r->invoice_id] ??= "<inv{$r->order_id}>";
		if (str_starts_with($r->invoice_id, 'INV-')) { /* CryptoCloud's pay URL has it without the prefix */
			$GLOBALS['names'][substr($r->invoice_id, 4)] ??= "<inv{$r->order_id}>";
		}
	}
	$session = app('session.store');
	printf("POST %s: %d %s%s%s\n", $path, $response->getStatusCode(), named((string) $response->headers->get('Location')),
		$session->has('status') ? '; status: ' . named($session->get('status')) : '',
		$session->has('errors') ? '; error: ' . named(implode(' ', $session->get('errors')->all())) : '');
	ci_laravel_print_log_named();
}
function ci_laravel_print_log_named(): void
{
	ob_start();
	ci_laravel_print_log();
	echo preg_replace('/127\.0\.0\.1:\d+/', '127.0.0.1:PORT', named(ob_get_clean()));
}
function use_config($app, array $config): void
{
	config($config);
	$app->forgetInstance(Gateway::class);
}
$names[$uuid] = '<uuid>';
requests($base, false);
$app->forgetInstance(Gateway::class); /* the stand-in gateway above */
Order::query()->insert([
	['id' => 45, 'total' => '7.50', 'currency' => 'USD', 'status' => 'pending'],
	['id' => 46, 'total' => '8.00', 'currency' => 'USD', 'status' => 'pending'],
	['id' => 47, 'total' => '9.00', 'currency' => 'USD', 'status' => 'pending'],
	['id' => 48, 'total' => '11.00', 'currency' => 'USD', 'status' => 'pending'],
	['id' => 49, 'total' => '12.00', 'currency' => 'USD', 'status' => 'pending'],
]);

echo "-- the admin refund route is behind the app's auth and gate\n";
echo implode(' ', app('router')->getRoutes()->getByName('admin.crypto.refund')->gatherMiddleware()), "\n";

echo "-- refund order 42 (Cryptomus)\n";
post($app, '/admin/orders/42/crypto-refund');
ci_emulator_set_status($base, 'cryptomus', $uuid, 'paid'); /* the provider's side of the callbacks above */
post($app, '/admin/orders/42/crypto-refund', ['address' => 'TQrZ9wBzUkYx4Hh1mZcWfYJc8mS3a7vVxN']);
requests($base);
echo 'order 42: ', Order::find(42)->status, '; at the provider: ', $gateway->getInvoice($uuid)->status->value, "\n";
requests($base, false);
echo "again (a double click): nothing sent\n";
post($app, '/admin/orders/42/crypto-refund', ['address' => 'TQrZ9wBzUkYx4Hh1mZcWfYJc8mS3a7vVxN']);
requests($base);
echo "order 44's payment, which the provider does not hold: refused, refundable again\n";
$names['f0f0f0f0-0000-4000-8000-000000000000'] = '<f0f0>';
post($app, '/admin/orders/44/crypto-refund', ['address' => 'TQrZ9wBzUkYx4Hh1mZcWfYJc8mS3a7vVxN']);
requests($base);
rows();
echo "the provider answers 503: the refund may have been made, so it stays claimed and is not sent again\n";
use_config($app, ['cryptoinvoice.options.base_url' => "$base/_s/status503", 'cryptoinvoice.options.retries' => 2]);
post($app, '/admin/orders/44/crypto-refund', ['address' => 'TQrZ9wBzUkYx4Hh1mZcWfYJc8mS3a7vVxN']);
post($app, '/admin/orders/44/crypto-refund', ['address' => 'TQrZ9wBzUkYx4Hh1mZcWfYJc8mS3a7vVxN']);
requests($base);
rows();
use_config($app, ['cryptoinvoice.options.base_url' => $base, 'cryptoinvoice.options.retries' => 0]);
echo "OnChainPay cannot refund through its API: nothing sent\n";
use_config($app, ['cryptoinvoice.provider' => 'onchainpay', 'cryptoinvoice.providers.onchainpay' => [
	'public_key' => CI_TEST_ONCHAINPAY_PUBLIC, 'private_key' => CI_TEST_ONCHAINPAY_PRIVATE]]);
post($app, '/admin/orders/44/crypto-refund', ['address' => 'TQrZ9wBzUkYx4Hh1mZcWfYJc8mS3a7vVxN']);
requests($base);
use_config($app, ['cryptoinvoice.provider' => 'cryptomus']);

echo "-- cancel order 45 (Cryptomus cannot cancel: the invoice is left to expire)\n";
post($app, '/checkout/45');
$inv45 = DB::table('crypto_payments')->where('order_id', '45')->value('invoice_id');
post($app, '/orders/45/cancel');
requests($base);
echo 'order 45: ', Order::find(45)->status, "\n";
echo "a payment still arrives: recorded, set aside for review\n";
ci_emulator_set_status($base, 'cryptomus', $inv45, 'paid');
webhook($app, 'paid after cancel', callback(['uuid' => $inv45, 'order_id' => '45', 'amount' => '7.50'] + $paid));
echo 'order 45: ', Order::find(45)->status, "\n";
post($app, '/orders/45/cancel');
post($app, '/orders/42/cancel');

echo "-- cancel orders 46 and 47 (CryptoCloud)\n";
use_config($app, ['cryptoinvoice.provider' => 'cryptocloud', 'cryptoinvoice.providers.cryptocloud' => [
	'shop_id' => CI_TEST_CRYPTOCLOUD_SHOP, 'api_key' => CI_TEST_CRYPTOCLOUD_KEY, 'secret_key' => CI_TEST_CRYPTOCLOUD_SECRET]]);
post($app, '/checkout/46');
post($app, '/checkout/47');
requests($base);
post($app, '/orders/46/cancel');
requests($base);
echo "order 47's invoice is paid at the provider (its callback has not come yet): the order stays\n";
ci_emulator_set_status($base, 'cryptocloud', array_search('<inv47>', $names, true), 'paid');
post($app, '/orders/47/cancel');
requests($base);
printf("orders 46 %s, 47 %s\n", Order::find(46)->status, Order::find(47)->status);
rows();
use_config($app, ['cryptoinvoice.provider' => 'cryptomus']);

echo "-- POST /checkout/49 when the create's answer is lost (scenario lostx1): found by order id, not created twice\n";
use_config($app, ['cryptoinvoice.options.base_url' => "$base/_s/lostx1"]);
$before = count(ci_emulator_invoices($base, 'cryptomus'));
$response = ci_laravel_dispatch($app, 'POST', '/checkout/49');
$names[DB::table('crypto_payments')->where('order_id', '49')->value('invoice_id')] = '<inv49>';
echo $response->getStatusCode(), ' ', named($response->headers->get('Location')), "\n";
ci_laravel_print_log_named();
requests($base);
echo 'invoices made: ', count(ci_emulator_invoices($base, 'cryptomus')) - $before, "\n";
use_config($app, ['cryptoinvoice.options.base_url' => $base]);

echo "-- php artisan cryptoinvoice:reconcile: yesterday's invoices against crypto_payments\n";
$now = time();
Illuminate\Support\Carbon::setTestNow(Illuminate\Support\Carbon::createFromTimestamp($now));
$yesterday = Illuminate\Support\Carbon::createFromTimestamp($now)->subDay()->startOfDay()->timestamp;
$names += [date('Y-m-d', $yesterday - 1) => '<day before>', date('Y-m-d', $yesterday) => '<yesterday>', date('Y-m-d', $now) => '<today>'];
/* Order 48 was paid, and its callback never came; another invoice was made in the dashboard. */
post($app, '/checkout/48');
$inv48 = DB::table('crypto_payments')->where('order_id', '48')->value('invoice_id');
ci_emulator_set_status($base, 'cryptomus', $inv48, 'paid');
$manual = $gateway->createInvoice(['amount' => '3.00', 'currency' => 'USD', 'order_id' => 'dashboard-1']);
$names[$manual->id] = '<manual>';
/* Every other invoice made today, by the same clock (a run across midnight changes nothing). */
foreach (ci_emulator_invoices($base, 'cryptomus') as $i) {
	ci_emulator_set_created($base, 'cryptomus', $i['uuid'], $now);
}
ci_emulator_set_created($base, 'cryptomus', $uuid, $yesterday);               /* 42: refunding, the shop agrees */
ci_emulator_set_created($base, 'cryptomus', $inv48, $yesterday + 43200);
ci_emulator_set_created($base, 'cryptomus', $manual->id, $yesterday + 86399);
ci_emulator_set_created($base, 'cryptomus', $inv45, $yesterday - 1);          /* the day before */
requests($base);
[$code, $output] = ci_laravel_artisan($app, 'cryptoinvoice:reconcile');
echo "exit $code\n", named($output);
ci_laravel_print_log_named();
requests($base);
[$code, $output] = ci_laravel_artisan($app, 'cryptoinvoice:reconcile', ['--date' => date('Y-m-d', $yesterday - 1)]);
echo "--date=<day before>: exit $code\n", named($output);
ci_laravel_print_log_named();
requests($base);
[$code, $output] = ci_laravel_artisan($app, 'cryptoinvoice:reconcile', ['--date' => '2024-02-30']);
echo "--date=2024-02-30: exit $code\n", $output;
echo "the list cannot be read: exit 1\n";
use_config($app, ['cryptoinvoice.options.base_url' => "$base/_s/status503"]);
[$code, $output] = ci_laravel_artisan($app, 'cryptoinvoice:reconcile');
echo "exit $code\n", named($output);
ci_laravel_print_log_named();
use_config($app, ['cryptoinvoice.options.base_url' => $base]);
Illuminate\Support\Carbon::setTestNow();
echo "scheduled:\n";
foreach ($app->make(Illuminate\Console\Scheduling\Schedule::class)->events() as $event) {
	echo '  ', $event->expression, ' ', preg_replace("/^.*'?artisan'? /", '', $event->command), "\n";
}

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
in progress: 200 ok; 1 payment row(s); order 42 pending
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
log WARNING: Crypto payment needs review {"provider":"cryptomus","invoice":"f0f0f0f0-0000-4000-8000-000000000000","order":"44","reason":"the amount differs from the order"}
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
-- the admin refund route is behind the app's auth and gate
web auth can:refund-crypto-payments
-- refund order 42 (Cryptomus)
POST /admin/orders/42/crypto-refund: 302 http://shop.test/back; error: Enter the customer's wallet address, for the coin and network they paid with.
POST /admin/orders/42/crypto-refund: 302 http://shop.test/back; status: Refund sent to TQrZ9wBzUkYx4Hh1mZcWfYJc8mS3a7vVxN: the provider pays it out.
log INFO: Crypto refund sent {"provider":"cryptomus","invoice":"<uuid>","order":42,"address":"TQrZ9wBzUkYx4Hh1mZcWfYJc8mS3a7vVxN"}
  sent: POST /v1/payment/refund {"uuid":"<uuid>","address":"TQrZ9wBzUkYx4Hh1mZcWfYJc8mS3a7vVxN","is_subtract":true}
order 42: refunded; at the provider: refunding
again (a double click): nothing sent
POST /admin/orders/42/crypto-refund: 302 http://shop.test/back; error: This order has no paid crypto payment left to refund.
order 44's payment, which the provider does not hold: refused, refundable again
POST /admin/orders/44/crypto-refund: 302 http://shop.test/back; error: The refund was refused: Cryptomus does not know this invoice (HTTP 422): Payment was not found (1 attempt)
log WARNING: Crypto refund refused: Cryptomus does not know this invoice (HTTP 422): Payment was not found (1 attempt) {"provider":"cryptomus","invoice":"<f0f0>","order":44}
  sent: POST /v1/payment/refund {"uuid":"<f0f0>","address":"TQrZ9wBzUkYx4Hh1mZcWfYJc8mS3a7vVxN","is_subtract":true}
  row: order 42 <uuid> cryptomus refunding, handled
  row: order 44 <f0f0> cryptomus paid, handled
the provider answers 503: the refund may have been made, so it stays claimed and is not sent again
POST /admin/orders/44/crypto-refund: 302 http://shop.test/back; error: The refund may have been made: check the provider dashboard. It is not sent again from here.
log ERROR: Crypto refund outcome unknown, check the provider dashboard: Cryptomus failed on its side (HTTP 503): Service unavailable; the refund may have been made all the same: look the invoice up before refunding it again (1 attempt) {"provider":"cryptomus","invoice":"<f0f0>","order":44}
POST /admin/orders/44/crypto-refund: 302 http://shop.test/back; error: This order has no paid crypto payment left to refund.
  sent: POST /v1/payment/refund [status503] {"uuid":"<f0f0>","address":"TQrZ9wBzUkYx4Hh1mZcWfYJc8mS3a7vVxN","is_subtract":true}
  row: order 42 <uuid> cryptomus refunding, handled
  row: order 44 <f0f0> cryptomus refunding, handled
OnChainPay cannot refund through its API: nothing sent
POST /admin/orders/44/crypto-refund: 302 http://shop.test/back; error: onchainpay cannot refund through its API: refund from its dashboard.
-- cancel order 45 (Cryptomus cannot cancel: the invoice is left to expire)
POST /checkout/45: 302 https://pay.cryptomus.com/pay/<inv45>
POST /orders/45/cancel: 302 http://shop.test/back; status: The order is cancelled.
  sent: POST /v1/payment {"amount":"7.50","currency":"USD","order_id":"45","url_callback":"http://shop.test/webhooks/crypto","url_return":"http://shop.test/orders/45"}
  sent: POST /v1/payment/info {"uuid":"<inv45>"}
order 45: cancelled
a payment still arrives: recorded, set aside for review
paid after cancel: 200 ok; 3 payment row(s); order 42 refunded
log WARNING: Crypto payment needs review {"provider":"cryptomus","invoice":"<inv45>","order":"45","reason":"the order is cancelled"}
order 45: cancelled
POST /orders/45/cancel: 302 http://shop.test/back; error: Only an order awaiting payment can be cancelled.
POST /orders/42/cancel: 302 http://shop.test/back; error: Only an order awaiting payment can be cancelled.
-- cancel orders 46 and 47 (CryptoCloud)
POST /checkout/46: 302 https://pay.cryptocloud.plus/<inv46>
POST /checkout/47: 302 https://pay.cryptocloud.plus/<inv47>
  sent: POST /v2/invoice/create {"shop_id":"NGpD44KXRdQ","amount":8.00,"currency":"USD","order_id":"46"}
  sent: POST /v2/invoice/create {"shop_id":"NGpD44KXRdQ","amount":9.00,"currency":"USD","order_id":"47"}
POST /orders/46/cancel: 302 http://shop.test/back; status: The order is cancelled.
  sent: POST /v2/invoice/merchant/canceled {"uuid":"<inv46>"}
  sent: POST /v2/invoice/merchant/info {"uuids":["<inv46>"]}
order 47's invoice is paid at the provider (its callback has not come yet): the order stays
POST /orders/47/cancel: 302 http://shop.test/back; error: A payment for this order has been made or is under way, so it cannot be cancelled.
log INFO: Crypto invoice not cancelled by the provider: CryptoCloud refused the request (HTTP 400): Invoice is not created (1 attempt) {"invoice":"<inv47>"}
  sent: POST /v2/invoice/merchant/canceled {"uuid":"<inv47>"}
  sent: POST /v2/invoice/merchant/info {"uuids":["<inv47>"]}
orders 46 cancelled, 47 pending
  row: order 42 <uuid> cryptomus refunding, handled
  row: order 44 <f0f0> cryptomus refunding, handled
  row: order 45 <inv45> cryptomus paid, handled
  row: order 46 <inv46> cryptocloud canceled
  row: order 47 <inv47> cryptocloud created
-- POST /checkout/49 when the create's answer is lost (scenario lostx1): found by order id, not created twice
302 https://pay.cryptomus.com/pay/<inv49>
log WARNING: Crypto invoice answer lost: found invoice <inv49> by the order id {"order":"49","error":"Cryptomus: http://127.0.0.1:PORT/_s/lostx1/v1/payment failed: Server returned nothing (no headers, no data) (Empty reply from server); the invoice may have been made all the same: findInvoice() by its order id before creating it again (1 attempt)"}
  sent: POST /v1/payment [lostx1] {"amount":"12.00","currency":"USD","order_id":"49","url_callback":"http://shop.test/webhooks/crypto","url_return":"http://shop.test/orders/49"}
  sent: POST /v1/payment/info [lostx1] {"order_id":"49"}
invoices made: 1
-- php artisan cryptoinvoice:reconcile: yesterday's invoices against crypto_payments
POST /checkout/48: 302 https://pay.cryptomus.com/pay/<inv48>
  sent: POST /v1/payment {"amount":"11.00","currency":"USD","order_id":"48","url_callback":"http://shop.test/webhooks/crypto","url_return":"http://shop.test/orders/48"}
  sent: POST /v1/payment {"amount":"3.00","currency":"USD","order_id":"dashboard-1"}
exit 1
cryptomus invoices created <yesterday> 00:00:00 to 23:59:59 (UTC): 3
  unknown  <manual> (order dashboard-1): created 3.00 USD, no row in crypto_payments
  differs  <inv48> (order 48): shop created, provider paid
2 of 3 differ from the shop.
log WARNING: Crypto reconciliation: 2 invoice(s) differ from the shop {"provider":"cryptomus","day":"<yesterday>","invoices":["unknown  <manual> (order dashboard-1): created 3.00 USD, no row in crypto_payments","differs  <inv48> (order 48): shop created, provider paid"]}
  sent: POST /v1/payment/list {"date_from":"<yesterday> 03:00:00","date_to":"<today> 02:59:59"}
--date=<day before>: exit 0
cryptomus invoices created <day before> 00:00:00 to 23:59:59 (UTC): 1
All match the shop.
  sent: POST /v1/payment/list {"date_from":"<day before> 03:00:00","date_to":"<yesterday> 02:59:59"}
--date=2024-02-30: exit 2
--date takes a day as YYYY-MM-DD, e.g. --date=2024-03-01
the list cannot be read: exit 1
exit 1
Could not list the cryptomus invoices of <yesterday>: Cryptomus failed on its side (HTTP 503): Service unavailable (1 attempt)
log ERROR: Crypto reconciliation failed: Cryptomus failed on its side (HTTP 503): Service unavailable (1 attempt) {"provider":"cryptomus","day":"<yesterday>"}
scheduled:
  0 1 * * * cryptoinvoice:reconcile
-- CryptoCloud without CRYPTOCLOUD_SECRET_KEY: a setup mistake, 500 (not a 400 like a forgery)
CryptoInvoice\CryptoCloud: 500 not configured
log CRITICAL: Crypto webhooks misconfigured: CryptoCloud postback cannot be verified: this gateway has no secret_key option. This is a configuration problem, not a forged callback: set the secret_key option to the project's SECRET KEY (project settings in the CryptoCloud dashboard; it is not the API key) []
-- CryptoCloud with the API key as CRYPTOCLOUD_SECRET_KEY: the same setup mistake
500 not configured
log CRITICAL: Crypto webhooks misconfigured: CryptoCloud postback cannot be verified: its secret_key option holds the API key. This is a configuration problem, not a forged callback: set the secret_key option to the project's SECRET KEY (project settings in the CryptoCloud dashboard; it is not the API key) []
