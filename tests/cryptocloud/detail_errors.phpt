--TEST--
CryptoCloud: a token refused in the framework's shape ({"detail": ...}) is an AuthenticationException with its words; other details are the provider's refusal
--EXTENSIONS--
cryptoinvoice
--FILE--
<?php
require __DIR__ . '/../inc/answers.inc';

$base = ci_answer_server();
$cases = ['{"detail":"Signature verification failed"}', '{"detail":"Invalid header padding"}',
	'{"detail":"Authentication credentials were not provided."}', '{"detail":"Not found."}', '{"detail":42}'];
foreach ($cases as $body) {
	try {
		ci_answer_call('cryptocloud', $base, $body, 'lookup');
	} catch (CryptoInvoice\Exception $e) {
		echo get_class($e), ': ', $e->getMessage(), "\n";
	}
}
?>
--EXPECT--
CryptoInvoice\AuthenticationException: CryptoCloud rejected the credentials (HTTP 200): Signature verification failed (1 attempt)
CryptoInvoice\AuthenticationException: CryptoCloud rejected the credentials (HTTP 200): Invalid header padding (1 attempt)
CryptoInvoice\AuthenticationException: CryptoCloud rejected the credentials (HTTP 200): Authentication credentials were not provided. (1 attempt)
CryptoInvoice\ApiException: CryptoCloud refused the request (HTTP 200): Not found. (1 attempt)
CryptoInvoice\UnexpectedResponseException: CryptoCloud answered HTTP 200 with JSON that is not the documented shape: expected {"status":"success","result":...} (1 attempt)
