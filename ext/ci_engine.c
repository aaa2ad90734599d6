/* The request engine, second half: see ci_engine.h. */
#include "php.h"
#include "zend_smart_str.h"
#include "ext/standard/php_string.h"
#include "ext/standard/url.h"
#include "php_cryptoinvoice.h"
#include "ci_engine.h"
#include "ci_policy.h"
#include "ci_classes.h"
#include "ci_http.h"
#include "ci_json.h"
#include "ci_invoice.h"
#include "ci_params.h"
#include "ci_log.h"

#if PHP_VERSION_ID >= 80300
# include "zend_hrtime.h"
# define CI_HRTIME() zend_hrtime()
#else
# include "ext/standard/hrtime.h"
# define CI_HRTIME() php_hrtime_current()
#endif

#ifdef PHP_WIN32
# include "win32/time.h"
# include <process.h>
#else
# include <unistd.h>
# include <sys/time.h>
#endif
#include <inttypes.h>

double ci_now(void)
{
	return (double)CI_HRTIME() / 1e9;
}

void ci_sleep(double seconds)
{
	if (seconds > 0) {
		usleep((unsigned int)(seconds * 1e6));
	}
}

void ci_failure_provider(const ci_gateway *gw, ci_failure *f, ci_reply kind, zend_long http,
	const char *message, zval *errors)
{
	const char *title = gw->provider->title;
	const char *msg = message && *message ? message : "it gave no reason";
	zend_class_entry *ce;

	/* Not found is an answer about the invoice: a 5xx is the provider failing, whatever its text
	 * says ("Invoice service not found"), and must never read as "unknown invoice" (a webhook
	 * would then be refused as forged while the provider is down). */
	if (kind == CI_REPLY_NOT_FOUND && http >= 500) {
		kind = CI_REPLY_ERROR;
	}
	ce = ci_policy_exception(ci_policy_reply(kind));
	switch (kind) {
		case CI_REPLY_AUTH:
			ci_failure_set(f, ce, http, "%s rejected the credentials (HTTP " ZEND_LONG_FMT "): %s", title, http, msg);
			break;
		case CI_REPLY_RATE_LIMIT:
			ci_failure_set(f, ce, http, "%s is rate-limiting this key (HTTP " ZEND_LONG_FMT "): %s", title, http, msg);
			break;
		case CI_REPLY_UNEXPECTED:
			ci_failure_set(f, ce, http, "%s answered HTTP " ZEND_LONG_FMT " with JSON that is not the documented shape: %s", title, http, msg);
			break;
		case CI_REPLY_NOT_FOUND:
			ci_failure_set(f, ce, http, "%s does not know this invoice (HTTP " ZEND_LONG_FMT "): %s", title, http, msg);
			f->not_found = true;
			break;
		default:
			/* A 5xx is the provider failing, which need not mean it did nothing: no "refused". */
			ci_failure_set(f, ce, http, http >= 500 ? "%s failed on its side (HTTP " ZEND_LONG_FMT "): %s"
				: "%s refused the request (HTTP " ZEND_LONG_FMT "): %s", title, http, msg);
			break;
	}
	if (errors && Z_TYPE_P(errors) == IS_ARRAY) {
		ZVAL_COPY(&f->errors, errors);
	}
	if (message && *message) {
		f->detail = zend_string_init(message, strlen(message), 0);
	}
}

zend_string *ci_errors_bag_text(zval *bag, const char *general_key)
{
	smart_str out = {0};
	zend_string *field;
	zval *msgs, *m;

	ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(bag), field, msgs) {
		if (out.s) {
			smart_str_appends(&out, "; ");
		}
		if (field && !(general_key && zend_string_equals_cstr(field, general_key, strlen(general_key)))) {
			smart_str_append(&out, field);
			smart_str_appends(&out, ": ");
		}
		if (Z_TYPE_P(msgs) == IS_STRING) {
			smart_str_append(&out, Z_STR_P(msgs));
		} else if (Z_TYPE_P(msgs) == IS_ARRAY) {
			bool first = true;
			ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(msgs), m) {
				if (Z_TYPE_P(m) == IS_STRING) {
					smart_str_appends(&out, first ? "" : ", ");
					smart_str_append(&out, Z_STR_P(m));
					first = false;
				}
			} ZEND_HASH_FOREACH_END();
		}
	} ZEND_HASH_FOREACH_END();
	smart_str_0(&out);
	return out.s ? out.s : ZSTR_EMPTY_ALLOC();
}

/* {{{ One attempt */
/* A form field is text: the transport sends string fields alone and would silently drop any
 * other. So the numbers a list page puts in (offset, limit) and the scalars of a request() body
 * become their text here, as http_build_query() writes them (true "1", false "0"); a null field
 * is left out, as there. */
static void ci_engine_form_texts(ci_request *req)
{
	zend_string *key;
	zend_ulong idx;
	zval texts, *v, t;

	array_init_size(&texts, zend_hash_num_elements(Z_ARRVAL(req->body)));
	ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL(req->body), idx, key, v) {
		ZVAL_DEREF(v);
		switch (Z_TYPE_P(v)) {
			case IS_NULL:
				continue;
			case IS_FALSE:
			case IS_TRUE:
				ZVAL_CHAR(&t, Z_TYPE_P(v) == IS_TRUE ? '1' : '0');
				break;
			case IS_LONG:
			case IS_DOUBLE: {
				zend_string *text = ci_payload_text(v);
				if (!text) {
					continue; /* INF or NAN: refused before, never text */
				}
				ZVAL_STR(&t, text);
				break;
			}
			default:
				ZVAL_COPY(&t, v);
				break;
		}
		if (key) {
			zend_hash_update(Z_ARRVAL(texts), key, &t);
		} else {
			zend_hash_index_update(Z_ARRVAL(texts), idx, &t);
		}
	} ZEND_HASH_FOREACH_END();
	zval_ptr_dtor(&req->body);
	ZVAL_COPY_VALUE(&req->body, &texts);
}

zend_result ci_engine_encode(const ci_gateway *gw, ci_request *req, ci_failure *f)
{
	const ci_provider *p = gw->provider;

	if (p->before_send) {
		p->before_send(gw, req);
	}
	if (p->body_kind == CI_BODY_FORM) {
		ci_engine_form_texts(req);
	}
	if (p->body_kind == CI_BODY_JSON) {
		if (req->encoded) {
			zend_string_release(req->encoded);
		}
		req->encoded = ci_json_encode_body(Z_ARRVAL(req->body), Z_ARRVAL(req->raw_numbers));
		if (!req->encoded) {
			ci_failure_set(f, ci_ce_InvalidArgumentException, 0, "%s: the parameters could not be encoded as JSON", p->title);
			return FAILURE;
		}
	}
	if (p->sign) {
		p->sign(gw, req);
	}
	return SUCCESS;
}

void ci_engine_http_request(const ci_gateway *gw, ci_request *req, ci_http_request *rq)
{
	memset(rq, 0, sizeof(*rq));
	rq->method = req->operation->verb == CI_VERB_GET ? CI_HTTP_GET : CI_HTTP_POST;
	rq->url = ci_engine_url(gw, req);
	rq->parsed_url = req->url ? NULL : gw->parsed_urls[req->op];
	if (gw->provider->body_kind == CI_BODY_FORM) {
		rq->form = Z_ARRVAL(req->body);
	} else {
		rq->body = ZSTR_VAL(req->encoded);
		rq->body_len = ZSTR_LEN(req->encoded);
	}
	rq->config = gw->http;
	rq->extra_header = req->attempt_header;
	/* A provider with a before_send hook puts a single-use nonce into every attempt. */
	rq->once = !ci_policy_may_resend(ci_policy_retry_class(req->op), req->idempotent, gw->provider->before_send != NULL);
}

static void ci_engine_send(const ci_gateway *gw, ci_request *req, ci_http_response *rs)
{
	ci_http_request rq;

	ci_engine_http_request(gw, req, &rq);
	ci_rate_wait(gw);
	ci_http_send(&rq, rs);
	ci_rate_done(gw);
}

/* Whether an attempt that came to o may be tried again: ci_policy.c's table decides. */
static ci_judgement ci_judge_retry(const ci_request *req, ci_outcome o, zend_long http, bool sent)
{
	return ci_policy_may_retry(o, ci_policy_retry_class(req->op), http, sent, req->idempotent)
		? CI_JUDGE_RETRY : CI_JUDGE_FAIL;
}

static ci_judgement ci_judge_transport(const ci_gateway *gw, const ci_request *req, ci_http_response *rs, ci_failure *f)
{
	const char *title = gw->provider->title;
	ci_outcome o = ci_policy_transport(rs->error);

	if (o == CI_OUTCOME_TOO_LARGE) {
		ci_failure_set(f, ci_policy_exception(o), rs->status,
			"%s answered with a body over 1 MiB; the transfer was aborted", title);
	} else {
		ci_failure_set(f, ci_policy_exception(o), 0, "%s: %s failed: %s (%s)", title, ZSTR_VAL(ci_engine_url(gw, req)),
			rs->reason, rs->detail[0] ? rs->detail : "no detail");
		f->code = rs->code;
	}
	return ci_judge_retry(req, o, 0, rs->sent);
}

/* {{{ 401, 403 and 429: the class is decided by the status, whatever the body (docs/protocols.md §5) */
/* The text of an HTML page's <title>, trimmed to fit a message, or NULL. The title may quote a
 * credential: it is scrubbed whole before the cut, as a cut key is no longer recognised. */
static zend_string *ci_html_title(const ci_gateway *gw, const char *body, size_t len)
{
	zend_string *title;
	const char *end = body + len, *open = php_memnistr(body, "<title", 6, end), *from, *to;

	if (!open || !(from = memchr(open, '>', end - open)) || !(to = php_memnistr(++from, "</title", 7, end))) {
		return NULL;
	}
	while (from < to && isspace((unsigned char)*from)) {
		from++;
	}
	while (to > from && isspace((unsigned char)to[-1])) {
		to--;
	}
	if (to == from) {
		return NULL;
	}
	title = ci_policy_scrub_str(gw, zend_string_init(from, to - from, 0));
	if (ZSTR_LEN(title) > 80) {
		title = zend_string_truncate(title, 80, 0);
		ZSTR_VAL(title)[80] = '\0';
	}
	return title;
}

/* In words, what came instead of the provider's own answer. */
static zend_string *ci_body_words(const ci_gateway *gw, const char *body, size_t len, bool json)
{
	const char *s = body, *end = body + len;
	zend_string *title, *words;

	while (s < end && isspace((unsigned char)*s)) {
		s++;
	}
	if (s == end) {
		return zend_string_init("an empty body", sizeof("an empty body") - 1, 0);
	}
	if (json) {
		return zend_string_init("JSON of another shape", sizeof("JSON of another shape") - 1, 0);
	}
	if (*s != '<') {
		return zend_string_init("a body that is not JSON", sizeof("a body that is not JSON") - 1, 0);
	}
	title = ci_html_title(gw, s, end - s);
	words = title ? zend_strpprintf(0, "an HTML page (\"%s\")", ZSTR_VAL(title))
		: zend_string_init("an HTML page", sizeof("an HTML page") - 1, 0);
	if (title) {
		zend_string_release(title);
	}
	return words;
}

/* The provider's envelope, when it sent one, tells why ("Invalid signature") and its per-field
 * errors, and then the provider itself refused. A body in no shape of the provider's came from
 * something in between (a CDN, WAF, proxy or firewall), which checked no credential: the
 * message must not say that the key was rejected. */
static void ci_judge_refusal(const ci_gateway *gw, const ci_request *req, ci_outcome o, zend_long http,
	const char *body, size_t len, ci_failure *f)
{
	const char *title = gw->provider->title;
	zend_class_entry *ce = ci_policy_exception(o);
	bool limit = o == CI_OUTCOME_RATE_LIMIT, json, api = false;
	zval decoded, *payload = NULL;
	ci_failure said;

	ci_failure_init(&said);
	json = ci_json_decode(body, len, &decoded) == SUCCESS;
	if (json && Z_TYPE(decoded) == IS_ARRAY) {
		ci_reply r = gw->provider->unwrap(gw, req, http, &decoded, &payload, &said);
		api = r != CI_REPLY_OK && r != CI_REPLY_UNEXPECTED;
	}
	if (api) {
		const char *why = said.detail ? ZSTR_VAL(said.detail) : "it gave no reason";
		if (limit) {
			ci_failure_set(f, ce, http, "%s is rate-limiting this key (HTTP 429): %s", title, why);
		} else {
			ci_failure_set(f, ce, http, "%s rejected the credentials (HTTP " ZEND_LONG_FMT "): %s", title, http, why);
		}
		if (Z_TYPE(said.errors) == IS_ARRAY) {
			ZVAL_COPY(&f->errors, &said.errors);
		}
	} else {
		zend_string *what = ci_body_words(gw, body, len, json);
		if (limit) {
			ci_failure_set(f, ce, http,
				"%s's address answered HTTP 429 with %s, not an answer of %s's API: something in between (a proxy, CDN or firewall) is limiting requests",
				title, ZSTR_VAL(what), title);
		} else {
			ci_failure_set(f, ce, http,
				"%s's address answered HTTP " ZEND_LONG_FMT " with %s, not an answer of %s's API: something in between (a proxy, CDN or firewall) refused the request, so the credentials were not necessarily checked",
				title, http, ZSTR_VAL(what), title);
		}
		zend_string_release(what);
	}
	ci_failure_dtor(&said);
	if (json) {
		zval_ptr_dtor(&decoded);
	}
}
/* }}} */

/* The provider never saw the request: a proxy refused it. Over https libcurl reports the refused
 * CONNECT as a receive error, a TransportException; over plain http the proxy's answer arrives as
 * a status, and is reported the same way, with the same code. Retrying cannot help. */
static void ci_judge_proxy_refused(const ci_gateway *gw, const ci_request *req, ci_failure *f)
{
	ci_failure_set(f, ci_policy_exception(CI_OUTCOME_PROXY_REFUSED), 0,
		"%s: %s failed: the proxy refused the request (HTTP 407 Proxy Authentication Required): "
		"check the user name and password of the proxy option; %s was not reached",
		gw->provider->title, ZSTR_VAL(ci_engine_url(gw, req)), gw->provider->title);
	f->code = ci_http_proxy_refused_code();
}

/* Statuses that decide the outcome whatever the body says (ci_policy_status). */
static ci_judgement ci_judge_status(const ci_gateway *gw, const ci_request *req, zend_long http,
	const char *body, size_t len, ci_failure *f)
{
	ci_outcome o = ci_policy_status(http);

	switch (o) {
		case CI_OUTCOME_NONE:
			return CI_JUDGE_OK;
		case CI_OUTCOME_REDIRECT:
			ci_failure_set(f, ci_policy_exception(o), http, "%s answered HTTP " ZEND_LONG_FMT ", a redirect, which is never followed",
				gw->provider->title, http);
			break;
		case CI_OUTCOME_PROXY_REFUSED:
			ci_judge_proxy_refused(gw, req, f);
			break;
		default:
			ci_judge_refusal(gw, req, o, http, body, len, f);
			break;
	}
	return ci_judge_retry(req, o, http, true);
}

/* A lookup answered 404 is "no such invoice" whatever came with it (the provider's envelope,
 * a web server's HTML page, nothing): one rule for every provider. The provider's own words,
 * when it sent its envelope, stay in the message. */
static void ci_judge_not_found(const ci_gateway *gw, const ci_request *req, const char *body, size_t len, ci_failure *f)
{
	zval json, *payload = NULL;
	ci_failure said;

	ci_failure_init(&said);
	if (ci_json_decode(body, len, &json) == SUCCESS) {
		if (Z_TYPE(json) == IS_ARRAY) {
			gw->provider->unwrap(gw, req, 404, &json, &payload, &said);
		}
		zval_ptr_dtor(&json);
	}
	ci_failure_provider(gw, f, CI_REPLY_NOT_FOUND, 404, said.detail ? ZSTR_VAL(said.detail) : "the answer carries no message of its own",
		Z_TYPE(said.errors) == IS_ARRAY ? &said.errors : NULL);
	ci_failure_dtor(&said);
}

ci_judgement ci_engine_judge(const ci_gateway *gw, const ci_request *req, ci_http_response *rs,
	ci_failure *f, zval *json, zval **payload)
{
	const ci_provider *p = gw->provider;
	zend_long http = rs->status;
	const char *body = rs->body.s ? ZSTR_VAL(rs->body.s) : "";
	size_t len = rs->body.s ? ZSTR_LEN(rs->body.s) : 0;
	ci_judgement j;

	if (rs->error != CI_HTTP_OK) {
		j = ci_judge_transport(gw, req, rs, f);
		if (rs->body.s) {
			ci_failure_set_body(f, body, len);
		}
		return j;
	}
	j = ci_judge_status(gw, req, http, body, len, f);
	if (j == CI_JUDGE_OK && http == 404 && ci_request_names_invoice(req)) {
		ci_judge_not_found(gw, req, body, len, f);
		j = CI_JUDGE_FAIL;
	}
	if (j == CI_JUDGE_OK) {
		ci_reply reply = CI_REPLY_UNEXPECTED;
		if (ci_json_decode(body, len, json) == FAILURE || Z_TYPE_P(json) != IS_ARRAY) {
			ci_failure_set(f, ci_policy_exception(CI_OUTCOME_UNEXPECTED), http, "%s answered HTTP " ZEND_LONG_FMT " with a body that is not the documented JSON", p->title, http);
		} else {
			reply = p->unwrap(gw, req, http, json, payload, f);
			if (reply == CI_REPLY_OK && http >= 200 && http < 300) {
				return CI_JUDGE_OK;
			}
			if (reply == CI_REPLY_OK) {
				reply = CI_REPLY_UNEXPECTED;
				ci_failure_provider(gw, f, reply, http, "a success envelope with an error status", NULL);
			}
		}
		j = ci_judge_retry(req, ci_policy_reply(reply), http, true);
	}
	f->retry_after = rs->retry_after;
	ci_failure_set_body(f, body, len);
	return j;
}
/* }}} */

/* {{{ Answers about another invoice */
static bool ci_is_uuid(const char *s, size_t len)
{
	if (len != 36) {
		return false;
	}
	for (size_t i = 0; i < len; i++) {
		bool dash = i == 8 || i == 13 || i == 18 || i == 23;
		if (dash ? s[i] != '-' : !isxdigit((unsigned char)s[i])) {
			return false;
		}
	}
	return true;
}

static void ci_drop_prefix(const char *prefix, const char **s, size_t *len)
{
	size_t plen = prefix ? strlen(prefix) : 0;

	if (plen && *len >= plen && strncasecmp(*s, prefix, plen) == 0) {
		*s += plen;
		*len -= plen;
	}
}

bool ci_engine_same_id(const ci_provider *p, const char *a, size_t alen, const char *b, size_t blen)
{
	ci_drop_prefix(p->id_prefix, &a, &alen);
	ci_drop_prefix(p->id_prefix, &b, &blen);
	if (alen == blen && memcmp(a, b, alen) == 0) {
		return true;
	}
	return ci_is_uuid(a, alen) && ci_is_uuid(b, blen) && strncasecmp(a, b, alen) == 0;
}

/* SUCCESS when the invoice built from a lookup's answer is the one asked for. A mix-up anywhere
 * (a proxy's cache, a pooled connection shared after fork, the provider itself) must not hand
 * the shop another customer's invoice: it is refused, never retried. */
/* The provider's own name for a property, for messages ("uuid"); the property's otherwise. */
static const char *ci_wire_name(const ci_provider *p, ci_inv_prop prop, const char *fallback)
{
	for (const ci_out_field *o = p->out; o && o->path; o++) {
		if (o->prop == prop) {
			return o->path;
		}
	}
	return fallback;
}

static zend_result ci_engine_check_answer(const ci_gateway *gw, const ci_lookup *want, zval *invoice, ci_failure *f)
{
	bool by_id = want->prop == CI_INV_ID;
	const char *name = by_id ? "id" : "orderId";
	zval rv, *got = zend_read_property(ci_ce_Invoice, Z_OBJ_P(invoice), name, strlen(name), 1, &rv);
	const char *text = got && Z_TYPE_P(got) == IS_STRING ? Z_STRVAL_P(got) : "";
	size_t len = got && Z_TYPE_P(got) == IS_STRING ? Z_STRLEN_P(got) : 0;

	if (by_id ? ci_engine_same_id(gw->provider, text, len, ZSTR_VAL(want->value), ZSTR_LEN(want->value))
			: zend_string_equals_cstr(want->value, text, len)) {
		return SUCCESS;
	}
	/* Both quoted, at most 64 bytes each: an id is not a page of text. */
	ci_failure_set(f, ci_ce_UnexpectedResponseException, 200,
		"%s answered a lookup with another invoice than the invoice asked for (asked for %s \"%.*s%s\", the answer's %s is \"%.*s%s\"); that answer was not used",
		gw->provider->title, by_id ? "invoice" : "order", (int)MIN(ZSTR_LEN(want->value), 64), ZSTR_VAL(want->value),
		ZSTR_LEN(want->value) > 64 ? "..." : "", ci_wire_name(gw->provider, want->prop, name),
		(int)MIN(len, 64), text, len > 64 ? "..." : "");
	return FAILURE;
}
/* }}} */

/* The answer of an invoice row: an Invoice, and for a lookup the invoice asked for. */
zend_result ci_engine_accept_invoice(const ci_gateway *gw, const ci_request *req, zval *payload, const void *ctx,
	zval *return_value, ci_failure *f)
{
	const ci_lookup *want = ctx;

	if (ci_invoice_from_payload(gw, req, payload, return_value, f) == SUCCESS
			&& (!want || ci_engine_check_answer(gw, want, return_value, f) == SUCCESS)) {
		return SUCCESS;
	}
	zval_ptr_dtor(return_value);
	ZVAL_NULL(return_value);
	return FAILURE;
}

/* The answer of a payload row: the success payload, copied out of the decoded answer and scrubbed
 * of the gateway's secrets, as Invoice::$raw is: it becomes request()'s result, PaymentMethod's
 * texts and raw, a list page's invoices, and a provider may echo a key back in any of them. */
zend_result ci_engine_accept_payload(const ci_gateway *gw, const ci_request *req, zval *payload, const void *ctx,
	zval *return_value, ci_failure *f)
{
	ci_secrets s;

	(void)req; (void)ctx; (void)f;
	ZVAL_COPY(return_value, payload);
	ci_policy_secrets(gw, &s);
	ci_secrets_scrub_zval(&s, return_value);
	ci_secrets_dtor(&s);
	return SUCCESS;
}

zend_result ci_engine_run_with(ci_gateway *gw, ci_request *req, ci_accept_fn accept, const void *ctx,
	zval *return_value, ci_failure *f, int *attempts_out)
{
	int attempts = 0, max = 1 + (int)gw->opts.retries;
	bool sent = false;

	for (;;) {
		ci_http_response rs;
		zval json, *payload = NULL;
		ci_judgement j;

		if (ci_engine_encode(gw, req, f) == FAILURE) {
			break;
		}
		ci_http_response_init(&rs);
		ZVAL_UNDEF(&json);
		attempts++;
		ci_engine_send(gw, req, &rs);
		j = ci_engine_judge(gw, req, &rs, f, &json, &payload);
		if (j == CI_JUDGE_OK) {
			if (accept(gw, req, payload, ctx, return_value, f) == SUCCESS) {
				ci_observe_exchange(gw, req, &rs, attempts, NULL);
				zval_ptr_dtor(&json);
				ci_http_response_dtor(&rs);
				*attempts_out = attempts;
				return SUCCESS;
			}
			f->http_status = rs.status;
			if (rs.body.s) {
				ci_failure_set_body(f, ZSTR_VAL(rs.body.s), ZSTR_LEN(rs.body.s));
			}
			j = CI_JUDGE_FAIL; /* an answer that reads wrong is not made right by asking again */
		}
		ci_observe_exchange(gw, req, &rs, attempts, f->ce);
		sent = rs.sent;
		zval_ptr_dtor(&json);
		ci_http_response_dtor(&rs);
		if (j == CI_JUDGE_FAIL || attempts >= max) {
			break;
		}
		double wait = ci_policy_backoff(attempts, f);
		if (wait < 0) {
			break;
		}
		if (!ci_observe_retry(gw, req, wait, true)) {
			break; /* the logger threw: its exception ends the call (ci_log.c) */
		}
		ci_sleep(wait);
	}
	ci_observe_failure(gw, req, f, attempts);
	ci_policy_hint_unsure(req->op, f, sent);
	ci_policy_scrub(gw, f);
	*attempts_out = attempts;
	return FAILURE;
}

zend_result ci_engine_run_lookup(ci_gateway *gw, ci_request *req, const ci_lookup *want, zval *return_value,
	ci_failure *f, int *attempts_out)
{
	return ci_engine_run_with(gw, req, ci_engine_accept_invoice, want, return_value, f, attempts_out);
}

zend_result ci_engine_run(ci_gateway *gw, ci_request *req, zval *return_value, ci_failure *f, int *attempts_out)
{
	return ci_engine_run_with(gw, req, ci_request_wants_payload(req) ? ci_engine_accept_payload : ci_engine_accept_invoice,
		NULL, return_value, f, attempts_out);
}

void ci_engine_invoice(ci_gateway *gw, ci_request *req, zval *return_value)
{
	ci_failure f;
	int attempts = 0;

	ci_failure_init(&f);
	if (ci_engine_run(gw, req, return_value, &f, &attempts) == FAILURE) {
		ci_failure_throw(&f, gw->provider->name, attempts);
	}
	ci_failure_dtor(&f);
}

/* An id no provider could have issued is refused before anything is sent. The message says what
 * is wrong with it, not the id itself: it may be anything (a key passed by mistake). */
bool ci_engine_id_invalid(const ci_gateway *gw, const zend_string *id, const char *param, const char *what, ci_failure *f)
{
	const char *got = NULL;
	char size[40];

	if (ZSTR_LEN(id) == 0) {
		got = "an empty string";
	} else if (ZSTR_LEN(id) > 256) {
		snprintf(size, sizeof(size), "%zu bytes", ZSTR_LEN(id));
		got = size;
	} else if (memchr(ZSTR_VAL(id), '\0', ZSTR_LEN(id))) {
		got = "a string holding a NUL byte";
	} else if (strpbrk(ZSTR_VAL(id), "\r\n")) {
		got = "a string holding a line break";
	} else if (!ci_is_utf8(ZSTR_VAL(id), ZSTR_LEN(id))) {
		got = "a string that is not valid UTF-8"; /* it could not even be put into the request */
	}
	if (got) {
		ci_failure_set(f, ci_ce_InvalidArgumentException, 0,
			"%s: %s must be %s (1 to 256 bytes, no NUL or line breaks), got %s", gw->provider->title, param, what, got);
	}
	return got != NULL;
}

/* The id as the row wants it: with or without the provider's prefix, whichever way the caller wrote it. */
static zend_string *ci_operation_id(const ci_provider *p, const ci_operation *row, zend_string *id)
{
	const char *s = ZSTR_VAL(id);
	size_t len = ZSTR_LEN(id);

	if (!(row->flags & (CI_OPF_ID_BARE | CI_OPF_ID_PREFIXED)) || !p->id_prefix) {
		return zend_string_copy(id);
	}
	ci_drop_prefix(p->id_prefix, &s, &len);
	if (row->flags & CI_OPF_ID_PREFIXED) {
		return zend_string_concat2(p->id_prefix, strlen(p->id_prefix), s, len);
	}
	return zend_string_init(s, len, 0);
}

/* Puts the ids where the row says: into the path ("{id}", URL-encoded; one id) and/or the body (a
 * list of them where the row takes a list, else the one id). */
void ci_request_init_ids(const ci_gateway *gw, ci_request *req, const ci_operation *row, zend_string *const *ids, uint32_t n)
{
	ci_request_init(req, row);
	const char *hole = strstr(row->path, "{id}");
	zend_string *wire = ci_operation_id(gw->provider, row, ids[0]);

	if (hole) {
		/* Encoded whole: a "/" or "?" in an id must not reach another path or a query. */
		zend_string *enc = php_raw_url_encode(ZSTR_VAL(wire), ZSTR_LEN(wire));
		smart_str url = {0};

		smart_str_append(&url, gw->opts.base_url);
		smart_str_appendl(&url, row->path, hole - row->path);
		smart_str_append(&url, enc);
		smart_str_appends(&url, hole + sizeof("{id}") - 1);
		req->url = smart_str_extract(&url);
		zend_string_release(enc);
	}
	if (row->id_wire && (row->flags & CI_OPF_ID_LIST)) {
		zval list;
		array_init_size(&list, n);
		add_next_index_str(&list, zend_string_copy(wire));
		for (uint32_t i = 1; i < n; i++) {
			add_next_index_str(&list, ci_operation_id(gw->provider, row, ids[i]));
		}
		ci_body_put(req, row->id_wire, &list);
		zval_ptr_dtor(&list);
	} else if (row->id_wire) {
		ci_body_put_str(req, row->id_wire, wire);
	}
	zend_string_release(wire);
}

void ci_request_init_id(const ci_gateway *gw, ci_request *req, const ci_operation *row, zend_string *id)
{
	ci_request_init_ids(gw, req, row, &id, 1);
}

const ci_operation *ci_operation_find(const ci_provider *p, ci_op op)
{
	for (const ci_operation *row = p->operations; row && row->path; row++) {
		if (row->op == op) {
			return row;
		}
	}
	return NULL;
}

zend_string *ci_engine_url(const ci_gateway *gw, const ci_request *req)
{
	return req->url ? req->url : gw->urls[req->op];
}

zend_result ci_engine_lookup(ci_gateway *gw, zend_string *id, zval *return_value, ci_failure *f, int *attempts)
{
	ci_request req;
	ci_lookup want = {.prop = CI_INV_ID, .value = id};
	zend_result rc;

	*attempts = 0;
	if (ci_engine_id_invalid(gw, id, "id", "the provider's invoice id", f)) {
		return FAILURE;
	}
	ci_request_init_id(gw, &req, ci_operation_find(gw->provider, CI_OP_LOOKUP), id);
	rc = ci_engine_run_lookup(gw, &req, &want, return_value, f, attempts);
	ci_request_dtor(&req);
	return rc;
}

zend_string *ci_nonce_next(void)
{
	/* Milliseconds alone collide between two workers in the same millisecond; the pid
	 * separates processes and the sequence separates calls (and threads, which share
	 * nothing else here: every thread has its own globals, so the tid joins the pid). */
	struct timeval tv;
	uint64_t ms;

	gettimeofday(&tv, NULL);
	ms = (uint64_t)tv.tv_sec * 1000 + (uint64_t)tv.tv_usec / 1000;
	if (ms <= CI_G(nonce_last_ms)) {
		if (++CI_G(nonce_seq) >= 10000) {
			CI_G(nonce_last_ms)++;
			CI_G(nonce_seq) = 0;
		}
		ms = CI_G(nonce_last_ms);
	} else {
		CI_G(nonce_last_ms) = ms;
		CI_G(nonce_seq) = 0;
	}
	/* Every part is a fixed-width uint64_t printed with PRIu64: unsigned long is 32 bits on
	 * Windows, where pid * 1000 would wrap and %lu would read the wrong width. */
#ifdef ZTS
	uint64_t who = (uint64_t)getpid() * 1000u + (uint64_t)(tsrm_thread_id() % 1000);
	return zend_strpprintf(0, "%" PRIu64 "%010" PRIu64 "%04" PRIu32, ms, who % UINT64_C(10000000000), CI_G(nonce_seq));
#else
	return zend_strpprintf(0, "%" PRIu64 "%07" PRIu64 "%04" PRIu32, ms, (uint64_t)getpid() % UINT64_C(10000000), CI_G(nonce_seq));
#endif
}
