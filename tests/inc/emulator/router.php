<?php
declare(strict_types=1);

/*
 * Router of the provider emulator, for `php -n -S 127.0.0.1:0 router.php`
 * (tests start it through tests/inc/server.inc; `php selftest.php` checks all of it).
 *
 *   /v1/*, /v2/*, /api-gateway/*, /invoices/*, /billing/*, /heleket/v1/*
 *                          Cryptomus, CryptoCloud, OnChainPay, Bitsby, Heleket (one file each
 *                          under providers/; its header lists the endpoints, answers and error
 *                          envelopes; the longest path prefix picks the provider)
 *   /_s/<scenario>/<path>  <path> under a failure scenario; no prefix = "ok"
 *   GET  /_emulator/log         JSON array of every provider request: method, path (without
 *                               the scenario prefix), scenario, headers (lowercase), body (raw),
 *                               time; plus query when there is one and body_base64 when the
 *                               body is not UTF-8. Control calls are not logged.
 *                               ?path=<path> keeps the requests to that exact path, as logged
 *                               (e.g. /v1/payment/refund, /heleket/v1/payment/refund)
 *   GET  /_emulator/reset       forgets log, invoices, nonces, rate windows, scenario counters,
 *                               cursors and settings (per_page)
 *   GET  /_emulator/invoices?provider=<name>  JSON array of the invoices the provider holds,
 *                               as stored, newest first
 *   POST /_emulator/set_status  {"provider","id","status"}: new provider status of an invoice
 *   POST /_emulator/set_created {"provider","id","created":<Unix time, int or float>}: the
 *                               invoice as if made then (creation field, expiry moved along);
 *                               lists filter and sort by it
 *   POST /_emulator/set_views   {"provider":"bitsby","id","views":<int >= 0>}: payers who opened
 *                               its page (Bitsby cancels only an invoice with 0)
 *   POST /_emulator/set_per_page {"provider":"cryptomus"|"heleket","per_page":<1..1000>}: the
 *                               page size of the provider's history (default 15);
 *                               {"provider":"bitsby"|"onchainpay",...}: the most records one list
 *                               answer holds, whatever "limit" asks (default: no cap)
 *   Each POST answers 200 {"ok":true[,"invoice":{...as stored}]}; 400 for a bad body or a
 *   provider without that thing, 404 for an id the provider does not hold.
 *
 * Scenarios (any provider endpoint; N decimal; counters per scenario name, cleared by reset):
 *   ok                 the provider's real behaviour
 *   html500, html200   an HTML page with that status
 *   empty200           200, Content-Type JSON, empty body
 *   truncated          200, the first half of the success body (Content-Length matches)
 *   wrongshape         200, success envelope whose invoice id is an integer
 *   notjson_object     200, body [1,2,3]
 *   status<CODE>       CODE with the provider's error envelope (status429 adds Retry-After: 1)
 *   retryafter<N>      429 with Retry-After: N
 *   fail<CODE>x<N>     the first N requests answer CODE (Retry-After: 0 for 429/503), then ok
 *   slow<MS>           wait MS milliseconds, then ok
 *   hang               wait 30 s, then ok
 *   redirect           302 to http://example.invalid/, empty body
 *   huge, huge_cl      64 MiB of JSON streamed, without / with Content-Length
 *   exact1m, over1m    the success body padded to 1,048,576 / 1,048,577 bytes, Content-Length
 *   exact1m_nocl, over1m_nocl  the same without Content-Length
 *   cut                Content-Length 1000, 100 bytes, connection closed
 *   ratelimit200       200 with the error envelope "Requests too frequent" (Bitsby's answer)
 *   badsign            the provider's bad key/signature answer
 *   echo422            422 in the provider's error envelope whose message repeats the account's
 *                      secret and every request header value (signature, Authorization): a buggy
 *                      provider, for the secret tests
 *   retrydate<D>[x<N>][_imf|_rfc850|_asctime]  429 with Retry-After as an HTTP-date D seconds
 *                      after the Date header it sends (D < 0: before it), IMF-fixdate unless a
 *                      form is named; x<N>: only the first N requests, then ok
 *   lost, lostx<N>     the provider handles the request (a create creates, a refund refunds),
 *                      then its answer is lost: the connection closes with no final answer and
 *                      no body byte (php -S can only send an interim "HTTP/1.1 102 Processing"
 *                      head first; libcurl reports CURLE_GOT_NOTHING "Empty reply from server");
 *                      x<N>: only the first N requests, then ok
 *   lost<C>, lost<C>x<N>  the same, but the answer is an error of status C (5xx) in the
 *                      provider's envelope: it failed after doing the work
 * Failures answered before the provider runs (status*, fail*, html*, ...) do not create
 * invoices; damage done after it (truncated, wrongshape, *1m*, lost) does, like a real lost answer.
 * A JSON body that does not parse strictly (RFC 8259: PHP's json_decode) is a 400 "JSON parse
 * error" in the provider's envelope, before anything else; then OnChainPay nonces and the
 * Bitsby rate limit are checked, before any scenario.
 * An unknown scenario is a 400 text/plain answer from the emulator; an emulator bug is a 599.
 */

require __DIR__ . '/common.php';

/* A PHP warning printed into a response would look like a provider answer. The cli-server
 * ignores display_errors=stderr, so errors are logged instead (to the server's stderr). */
ini_set('display_errors', '0');
ini_set('log_errors', '1');
error_reporting(E_ALL);
set_error_handler(static function (int $no, string $msg, string $file, int $line): bool {
	throw new ErrorException($msg, 0, $no, $file, $line);
});

try {
	$ctx = emu_context();
	if (str_starts_with($ctx->path, '/_emulator/')) {
		emu_send(emu_control($ctx));
	} else {
		emu_log_request($ctx);
		emu_send(emu_dispatch($ctx));
	}
} catch (Throwable $e) {
	/* An emulator bug: say so loudly, in a way no test can mistake for a provider answer. */
	error_log("emulator internal error: $e");
	if (!headers_sent()) {
		header_remove();
		emu_send(new EmuResponse(599, "emulator internal error: {$e->getMessage()}\n",
			['Content-Type' => 'text/plain', 'X-Emulator-Error' => '1']));
	}
}
return true;
