/* The policy: see ci_policy.h. The retry table comes first, then backoff, re-sends, the rate
 * limiter and the secrets list. docs/protocols.md §5 says the same in words. */
#include "php.h"
#include "ext/random/php_random.h"
#include "php_cryptoinvoice.h"
#include "ci_policy.h"
#include "ci_engine.h"
#include "ci_classes.h"

/* {{{ The retry policy */
/* When an outcome may be tried again. */
typedef enum ci_retry_rule {
	CI_NEVER = 0,
	CI_ALWAYS,        /* nothing happened (the provider said so), or nothing can happen twice */
	CI_IF_UNSENT,     /* only when no byte of the request may have reached the provider */
	CI_IF_5XX,        /* only when the answer was a server error (HTTP 500 and up) */
	CI_IF_DEDUP_5XX,  /* only when the provider deduplicates the request and a gateway in front of
	                   * it answered 502, 503 or 504 (another 5xx may come after the invoice was made) */
} ci_retry_rule;

typedef struct ci_policy_row {
	zend_class_entry **ce;                 /* the exception class (registered at MINIT) */
	ci_retry_rule retry[CI_RETRY_CLASSES]; /* per ci_retry_class: read, create, once, money */
} ci_policy_row;

/* THE TABLE. What each outcome is thrown as, and when it may be retried, per retry class. */
static const ci_policy_row ci_policy_table[CI_OUTCOMES] = {
	/* outcome                     exception class                         read          create           once          money */
	[CI_OUTCOME_NO_ANSWER]     = {&ci_ce_TransportException,          {CI_ALWAYS,    CI_IF_UNSENT,    CI_IF_UNSENT, CI_IF_UNSENT}},
	[CI_OUTCOME_TLS]           = {&ci_ce_TransportException,          {CI_NEVER,     CI_NEVER,        CI_NEVER,     CI_NEVER}},
	[CI_OUTCOME_TOO_LARGE]     = {&ci_ce_UnexpectedResponseException, {CI_NEVER,     CI_NEVER,        CI_NEVER,     CI_NEVER}},
	[CI_OUTCOME_REDIRECT]      = {&ci_ce_ApiException,                {CI_NEVER,     CI_NEVER,        CI_NEVER,     CI_NEVER}},
	[CI_OUTCOME_PROXY_REFUSED] = {&ci_ce_TransportException,          {CI_NEVER,     CI_NEVER,        CI_NEVER,     CI_NEVER}},
	[CI_OUTCOME_AUTH]          = {&ci_ce_AuthenticationException,     {CI_NEVER,     CI_NEVER,        CI_NEVER,     CI_NEVER}},
	[CI_OUTCOME_RATE_LIMIT]    = {&ci_ce_RateLimitException,          {CI_ALWAYS,    CI_ALWAYS,       CI_ALWAYS,    CI_NEVER}},
	[CI_OUTCOME_NOT_FOUND]     = {&ci_ce_ApiException,                {CI_IF_5XX,    CI_IF_DEDUP_5XX, CI_NEVER,     CI_NEVER}},
	[CI_OUTCOME_REFUSED]       = {&ci_ce_ApiException,                {CI_IF_5XX,    CI_IF_DEDUP_5XX, CI_NEVER,     CI_NEVER}},
	[CI_OUTCOME_UNEXPECTED]    = {&ci_ce_UnexpectedResponseException, {CI_IF_5XX,    CI_IF_DEDUP_5XX, CI_NEVER,     CI_NEVER}},
};

/* Which outcome each transport error kind is: only a certificate refused and an oversized answer
 * differ from "no answer". */
static const ci_outcome ci_policy_transport_outcomes[] = {
	[CI_HTTP_OK] = CI_OUTCOME_NONE,
	[CI_HTTP_TIMEOUT] = CI_OUTCOME_NO_ANSWER,
	[CI_HTTP_CONNECT] = CI_OUTCOME_NO_ANSWER,
	[CI_HTTP_TLS] = CI_OUTCOME_TLS,
	[CI_HTTP_SEND] = CI_OUTCOME_NO_ANSWER,
	[CI_HTTP_RECV] = CI_OUTCOME_NO_ANSWER,
	[CI_HTTP_PROXY] = CI_OUTCOME_NO_ANSWER,
	[CI_HTTP_TOO_LARGE] = CI_OUTCOME_TOO_LARGE,
	[CI_HTTP_OTHER] = CI_OUTCOME_NO_ANSWER,
};

/* Which statuses decide the outcome whatever the body says (docs/protocols.md §5); any other
 * status is read on (the provider's envelope, then 5xx or not). */
static const struct {
	zend_long from, to;
	ci_outcome outcome;
} ci_policy_statuses[] = {
	{300, 399, CI_OUTCOME_REDIRECT},
	{401, 401, CI_OUTCOME_AUTH},
	{403, 403, CI_OUTCOME_AUTH},
	{407, 407, CI_OUTCOME_PROXY_REFUSED},
	{429, 429, CI_OUTCOME_RATE_LIMIT},
};

/* Which outcome each reply kind of a provider's envelope is. */
static const ci_outcome ci_policy_reply_outcomes[] = {
	[CI_REPLY_OK] = CI_OUTCOME_NONE,
	[CI_REPLY_ERROR] = CI_OUTCOME_REFUSED,
	[CI_REPLY_AUTH] = CI_OUTCOME_AUTH,
	[CI_REPLY_RATE_LIMIT] = CI_OUTCOME_RATE_LIMIT,
	[CI_REPLY_NOT_FOUND] = CI_OUTCOME_NOT_FOUND,
	[CI_REPLY_UNEXPECTED] = CI_OUTCOME_UNEXPECTED,
};

ci_retry_class ci_policy_retry_class(ci_op op)
{
	switch (op) {
		case CI_OP_LOOKUP:
		case CI_OP_FIND:
		case CI_OP_LIST:
		case CI_OP_METHODS:
			return CI_RETRY_READ;
		case CI_OP_CREATE:
			return CI_RETRY_CREATE;
		case CI_OP_REFUND:
			return CI_RETRY_MONEY;
		default:
			return CI_RETRY_ONCE; /* an operation nobody classed is repeated as little as can be */
	}
}

ci_outcome ci_policy_transport(ci_http_error error)
{
	if ((size_t)error >= sizeof(ci_policy_transport_outcomes) / sizeof(ci_policy_transport_outcomes[0])) {
		return CI_OUTCOME_NO_ANSWER;
	}
	return ci_policy_transport_outcomes[error];
}

ci_outcome ci_policy_status(zend_long http)
{
	for (size_t i = 0; i < sizeof(ci_policy_statuses) / sizeof(ci_policy_statuses[0]); i++) {
		if (http >= ci_policy_statuses[i].from && http <= ci_policy_statuses[i].to) {
			return ci_policy_statuses[i].outcome;
		}
	}
	return CI_OUTCOME_NONE;
}

ci_outcome ci_policy_reply(ci_reply reply)
{
	if ((size_t)reply >= sizeof(ci_policy_reply_outcomes) / sizeof(ci_policy_reply_outcomes[0])) {
		return CI_OUTCOME_UNEXPECTED;
	}
	return ci_policy_reply_outcomes[reply];
}

zend_class_entry *ci_policy_exception(ci_outcome o)
{
	return o > CI_OUTCOME_NONE && o < CI_OUTCOMES ? *ci_policy_table[o].ce : ci_ce_ApiException;
}

bool ci_policy_may_retry(ci_outcome o, ci_retry_class rc, zend_long http, bool sent, bool deduplicated)
{
	if (o <= CI_OUTCOME_NONE || o >= CI_OUTCOMES || rc >= CI_RETRY_CLASSES) {
		return false;
	}
	switch (ci_policy_table[o].retry[rc]) {
		case CI_ALWAYS:
			return true;
		case CI_IF_UNSENT:
			return !sent;
		case CI_IF_5XX:
			return http >= 500;
		case CI_IF_DEDUP_5XX:
			return deduplicated && (http == 502 || http == 503 || http == 504);
		case CI_NEVER:
		default:
			return false;
	}
}

bool ci_policy_may_resend(ci_retry_class rc, bool deduplicated, bool single_use)
{
	if (single_use) {
		return false;
	}
	return rc == CI_RETRY_READ || (rc == CI_RETRY_CREATE && deduplicated);
}
/* }}} */

/* {{{ Failures that may have done the work */
static const char *const ci_policy_unsure_hints[CI_OP__COUNT] = {
	[CI_OP_CREATE] = "the invoice may have been made all the same: findInvoice() by its order id before creating it again",
	[CI_OP_REFUND] = "the refund may have been made all the same: look the invoice up before refunding it again",
};

void ci_policy_hint_unsure(ci_op op, ci_failure *f, bool sent)
{
	const char *hint = (size_t)op < CI_OP__COUNT ? ci_policy_unsure_hints[op] : NULL;
	bool api = f->ce && instanceof_function(f->ce, ci_ce_ApiException);
	/* No answer after the request went out; the provider failing (5xx); an answer of success that
	 * does not read. A 4xx, an HTML 404 included, is a refusal: nothing was done. */
	bool unsure = (f->ce == ci_ce_TransportException && sent) || (api && f->http_status >= 500)
		|| (f->ce == ci_ce_UnexpectedResponseException && f->http_status < 300);
	zend_string *m;

	if (!hint || !unsure || !f->message) {
		return;
	}
	m = zend_strpprintf(0, "%s; %s", ZSTR_VAL(f->message), hint);
	zend_string_release(f->message);
	f->message = m;
}
/* }}} */

/* {{{ Backoff: exponential from 0.5 s, capped, with jitter; a Retry-After is followed up to the cap */
#define CI_BACKOFF_MAX 4.0

static double ci_random01(void)
{
	uint32_t r = 0;
	if (php_random_bytes_silent(&r, sizeof(r)) == FAILURE) {
		return 0.5;
	}
	return (double)r / 4294967296.0;
}

double ci_policy_backoff(int n, const ci_failure *f)
{
	double d = MIN(0.5 * (double)(1u << MIN(n - 1, 4)), CI_BACKOFF_MAX);

	if ((f->http_status == 429 || f->http_status == 503 || f->ce == ci_ce_RateLimitException) && f->retry_after >= 0) {
		return f->retry_after > CI_BACKOFF_MAX ? -1 : f->retry_after;
	}
	return d / 2 + d / 2 * ci_random01();
}
/* }}} */

/* {{{ Rate limit: one request per interval per key, shared by every gateway of the process
 *
 * The provider counts from when a request reaches it, which trails our start by a connect (and a TLS
 * handshake) of unknown length: spacing starts by our clock lets the next, faster request arrive too
 * early. So the next request of a key starts one interval after the end of the previous exchange,
 * when the provider has certainly seen it; while an exchange runs its key is held (at the latest
 * until its timeout has passed). Each key maps to the time it is free again. */
#define CI_RATE_SWEEP_MIN 64

static int ci_rate_expired(zval *free_at, void *now)
{
	return Z_DVAL_P(free_at) <= *(double *)now ? ZEND_HASH_APPLY_REMOVE : ZEND_HASH_APPLY_KEEP;
}

/* A key no longer held constrains nothing, and a worker serving many shops sees many keys: before
 * the table grows, it drops those. Sweeping only when it has doubled since the last sweep keeps
 * that linear over time; it never holds more than twice the keys held at once (and 64). */
static void ci_rate_forget(double now)
{
	uint32_t n = zend_hash_num_elements(&CI_G(rate_limits));

	if (n >= MAX(CI_RATE_SWEEP_MIN, CI_G(rate_sweep_at))) {
		zend_hash_apply_with_argument(&CI_G(rate_limits), ci_rate_expired, &now);
		CI_G(rate_sweep_at) = 2 * zend_hash_num_elements(&CI_G(rate_limits));
	}
}

double ci_rate_next(const ci_gateway *gw, double now)
{
	double interval;
	zval *free_at, zv;

	if (gw->opts.rate_limit <= 0) {
		return now;
	}
	interval = 1.0 / gw->opts.rate_limit;
	free_at = zend_hash_find(&CI_G(rate_limits), gw->limit_key);
	if (free_at && Z_DVAL_P(free_at) > now) {
		return Z_DVAL_P(free_at);
	}
	ZVAL_DOUBLE(&zv, now + gw->opts.timeout + interval);
	if (free_at) {
		ZVAL_COPY_VALUE(free_at, &zv);
	} else {
		zend_string *pkey = zend_string_init(ZSTR_VAL(gw->limit_key), ZSTR_LEN(gw->limit_key), 1);
		ci_rate_forget(now);
		zend_hash_add_new(&CI_G(rate_limits), pkey, &zv);
		zend_string_release(pkey);
	}
	return now;
}

void ci_rate_wait(const ci_gateway *gw)
{
	double now = ci_now(), at;

	while ((at = ci_rate_next(gw, now)) > now) {
		ci_sleep(at - now);
		now = ci_now();
	}
}

void ci_rate_done(const ci_gateway *gw)
{
	zval *free_at;

	if (gw->opts.rate_limit > 0 && (free_at = zend_hash_find(&CI_G(rate_limits), gw->limit_key))) {
		ZVAL_DOUBLE(free_at, ci_now() + 1.0 / gw->opts.rate_limit);
	}
}
/* }}} */

/* {{{ The secrets list */
/* The config keys that hold secrets: the options proxy, secret_key and payout_key, and every provider's
 * credential key of Gateways::create() (from the registry, so a new provider's is never missed). */
const char *ci_policy_secret_keys[3 + CI_PROVIDER_COUNT + 1] = {"proxy", "secret_key", "payout_key"};

void ci_policy_minit(void)
{
	size_t n = 3; /* after the options' own */

	for (size_t i = 0; i < ci_provider_count(); i++) {
		const char *key = ci_provider_at(i)->secret_key;
		bool known = false;
		for (size_t j = 0; j < n; j++) {
			known = known || strcmp(ci_policy_secret_keys[j], key) == 0;
		}
		if (!known) {
			ci_policy_secret_keys[n++] = key;
		}
	}
	ci_policy_secret_keys[n] = NULL;
}

/* Everything of this gateway that must never be shown (docs/protocols.md §2): the key, token or private
 * key, the proxy string with the password in it, CryptoCloud's secret_key and Heleket's payout_key.
 * Ids are not secret. */
void ci_policy_secrets(const ci_gateway *gw, ci_secrets *s)
{
	ci_secrets_init(s);
	if (!gw->ready) {
		return;
	}
	ci_secrets_add(s, gw->secret);
	ci_secrets_add(s, gw->opts.secret_key);
	ci_secrets_add(s, gw->opts.payout_key);
	ci_secrets_add_proxy(s, gw->opts.proxy);
}

void ci_policy_secrets_in_config(ci_secrets *s, HashTable *config)
{
	for (const char *const *k = ci_policy_secret_keys; *k; k++) {
		zval *v = zend_hash_str_find_deref(config, *k, strlen(*k));
		if (v && Z_TYPE_P(v) == IS_STRING) {
			if (strcmp(*k, "proxy") == 0) {
				ci_secrets_add_proxy(s, Z_STR_P(v));
			} else {
				ci_secrets_add(s, Z_STR_P(v));
			}
		}
	}
}

/* Provider text in messages, errors and bodies could echo a credential back: never let it out. */
void ci_policy_scrub(const ci_gateway *gw, ci_failure *f)
{
	ci_secrets s;

	ci_policy_secrets(gw, &s);
	ci_failure_scrub(f, &s);
	ci_secrets_dtor(&s);
}

zend_string *ci_policy_scrub_str(const ci_gateway *gw, zend_string *str)
{
	ci_secrets s;

	ci_policy_secrets(gw, &s);
	str = ci_secrets_scrub_str(&s, str);
	ci_secrets_dtor(&s);
	return str;
}
/* }}} */
