--TEST--
request(), Bitsby: every scalar field it accepts reaches the provider as a multipart field (numbers and booleans as text, as http_build_query() writes them; null left out)
--EXTENSIONS--
cryptoinvoice
--XFAIL--
request() accepts integers, floats and booleans in a Bitsby body (ci_request_form_ok) but ext/ci_http.c's ci_http_form() sends only strings and drops the rest without a word; remove this section once they are sent as text
--FILE--
<?php
require __DIR__ . '/../inc/helpers.inc';

$base = ci_emulator_start();
ci_test_gateway('bitsby', $base)->request('/billing/balances',
	['text' => 'x', 'count' => 5, 'ratio' => 1.5, 'yes' => true, 'no' => false, 'none' => null]);
$r = ci_test_last_request($base);
echo json_encode(emu_parse_multipart($r['body'], $r['headers']['content-type'])), "\n";
?>
--EXPECT--
{"text":"x","count":"5","ratio":"1.5","yes":"1","no":"0"}
