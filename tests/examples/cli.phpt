--TEST--
examples/cli.php: runs on its own emulator, or on CRYPTOINVOICE_BASE_URL with credentials from the environment
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/examples.inc';

function run(string $title, array $args = [], array $env = []): void
{
	[$rc, $out, $err] = ci_example_run('cli.php', $args, $env);
	echo "== $title: exit $rc\n", $out, $err === '' ? '' : "-- stderr:\n$err";
	/* The lookup found the invoice just created. */
	if (preg_match_all('/^  id: +(\S+)$/m', $out, $m) && count($m[1]) === 2) {
		echo 'same invoice looked up: ', var_export($m[1][0] === $m[1][1], true), "\n";
	}
}

/* 1. Nothing configured: the script starts the bundled emulator itself. */
run('no environment');

/* 2. An endpoint and credentials from the environment; the provider as an argument. */
$base = ci_emulator_start();
$env = ['CRYPTOINVOICE_BASE_URL' => $base, 'CRYPTOMUS_MERCHANT_ID' => CI_TEST_CRYPTOMUS_MERCHANT,
	'CRYPTOMUS_API_KEY' => CI_TEST_CRYPTOMUS_KEY];
run('environment', ['Cryptomus'], $env);
/* Those requests reached this emulator, signed with the environment's key; the bad parameters never left. */
foreach (ci_emulator_log($base) as $req) {
	printf("emulator saw %s %s merchant=%s signed=%s\n", $req['method'], $req['path'], $req['headers']['merchant'],
		var_export($req['headers']['sign'] === md5(base64_encode($req['body']) . CI_TEST_CRYPTOMUS_KEY), true));
}

/* 3. The provider from CRYPTOINVOICE_PROVIDER, its credentials missing: every missing key is named. */
run('missing credentials', [], ['CRYPTOINVOICE_BASE_URL' => $base, 'CRYPTOINVOICE_PROVIDER' => 'cryptomus']);

/* 4. A wrong key: the provider refuses (401), the script reports the exception and exits 1. */
run('wrong key', [], ['CRYPTOMUS_API_KEY' => 'not-the-key'] + $env);

/* 5. An unknown provider. */
run('unknown provider', ['paypal']);
?>
--EXPECTF--
== no environment: exit 0
CRYPTOINVOICE_BASE_URL is unset: using the bundled provider emulator at http://127.0.0.1:%d

Created:
  provider: cryptomus
  id:       %x-%x-%x-%x-%x
  order:    cli-%x
  amount:   15.00 USD
  status:   created (provider: check)
  pay at:   https://pay.cryptomus.com/pay/%x-%x-%x-%x-%x
  expires:  %d-%d-%dT%d:%d:%d+00:00

Looked up again:
  provider: cryptomus
  id:       %x-%x-%x-%x-%x
  order:    cli-%x
  amount:   15.00 USD
  status:   created (provider: check)
  pay at:   https://pay.cryptomus.com/pay/%x-%x-%x-%x-%x
  expires:  %d-%d-%dT%d:%d:%d+00:00

A request with bad parameters:
  amount: Cryptomus: amount must be a plain decimal such as "10.50" or "0.5" (digits, optionally '.' and more digits; no sign, spaces or exponent), got "-5"
  order_id: Cryptomus: order_id may contain only letters, digits, '_' and '-', got "order 1!"
  expires_in: Cryptomus: expires_in must be from 300 to 43200, got 10
same invoice looked up: true
== environment: exit 0
Using http://127.0.0.1:%d

Created:
  provider: cryptomus
  id:       %x-%x-%x-%x-%x
  order:    cli-%x
  amount:   15.00 USD
  status:   created (provider: check)
  pay at:   https://pay.cryptomus.com/pay/%x-%x-%x-%x-%x
  expires:  %d-%d-%dT%d:%d:%d+00:00

Looked up again:
  provider: cryptomus
  id:       %x-%x-%x-%x-%x
  order:    cli-%x
  amount:   15.00 USD
  status:   created (provider: check)
  pay at:   https://pay.cryptomus.com/pay/%x-%x-%x-%x-%x
  expires:  %d-%d-%dT%d:%d:%d+00:00

A request with bad parameters:
  amount: Cryptomus: amount must be a plain decimal such as "10.50" or "0.5" (digits, optionally '.' and more digits; no sign, spaces or exponent), got "-5"
  order_id: Cryptomus: order_id may contain only letters, digits, '_' and '-', got "order 1!"
  expires_in: Cryptomus: expires_in must be from 300 to 43200, got 10
same invoice looked up: true
emulator saw POST /v1/payment merchant=8b03432e-385b-4670-8d06-064591096795 signed=true
emulator saw POST /v1/payment/info merchant=8b03432e-385b-4670-8d06-064591096795 signed=true
== missing credentials: exit 2
Using http://127.0.0.1:%d
-- stderr:
Configuration error:
  merchant_id: Cryptomus: config key merchant_id is required and must be a string
  api_key: Cryptomus: config key api_key is required and must be a string
== wrong key: exit 1
Using http://127.0.0.1:%d
-- stderr:
CryptoInvoice\AuthenticationException: Cryptomus rejected the credentials (HTTP 401): Unauthorized (1 attempt)
== unknown provider: exit 2
-- stderr:
Unknown provider "paypal": use one of cryptomus, cryptocloud, onchainpay, bitsby, heleket
