/* Errors in one place: see ci_errors.h. */
#include "php.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "ext/standard/url.h"
#include "ext/standard/base64.h"
#include "ext/standard/php_string.h"
#include "ci_errors.h"
#include "ci_classes.h"

#define CI_BODY_CAP (64 * 1024)

void ci_errors_init(ci_errors *e)
{
	array_init(&e->list);
}

void ci_errors_dtor(ci_errors *e)
{
	zval_ptr_dtor(&e->list);
	ZVAL_UNDEF(&e->list);
}

void ci_errors_add(ci_errors *e, const char *param, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	zend_string *msg = zend_vstrpprintf(0, fmt, ap);
	va_end(ap);

	/* A second problem with the same parameter is appended, not lost. */
	zval *prev = zend_hash_str_find(Z_ARRVAL(e->list), param, strlen(param));
	if (prev) {
		zend_string *joined = zend_string_concat3(
			Z_STRVAL_P(prev), Z_STRLEN_P(prev), "; ", 2, ZSTR_VAL(msg), ZSTR_LEN(msg));
		zend_string_release(msg);
		zval_ptr_dtor(prev);
		ZVAL_STR(prev, joined);
		return;
	}
	zval zmsg;
	ZVAL_STR(&zmsg, msg);
	zend_hash_str_update(Z_ARRVAL(e->list), param, strlen(param), &zmsg);
}

bool ci_errors_any(const ci_errors *e)
{
	return zend_hash_num_elements(Z_ARRVAL(e->list)) > 0;
}

bool ci_errors_has(const ci_errors *e, const char *param)
{
	return zend_hash_str_exists(Z_ARRVAL(e->list), param, strlen(param));
}

void ci_errors_throw(ci_errors *e, const char *title)
{
	smart_str msg = {0};
	zval *text;

	/* Each entry already names the provider and the parameter; title is for the empty case. */
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL(e->list), text) {
		if (msg.s) {
			smart_str_appends(&msg, "; ");
		}
		smart_str_append(&msg, Z_STR_P(text));
	} ZEND_HASH_FOREACH_END();
	if (!msg.s) {
		smart_str_appends(&msg, title);
	}
	smart_str_0(&msg);

	zend_object *ex = zend_throw_exception(ci_ce_InvalidArgumentException, ZSTR_VAL(msg.s), 0);
	zend_update_property(ci_ce_InvalidArgumentException, ex, "errors", sizeof("errors") - 1, &e->list);
	smart_str_free(&msg);
	ci_errors_dtor(e);
}

void ci_throw_invalid(const char *param, const char *fmt, ...)
{
	ci_errors e;
	va_list ap;

	ci_errors_init(&e);
	va_start(ap, fmt);
	zend_string *msg = zend_vstrpprintf(0, fmt, ap);
	va_end(ap);
	ci_errors_add(&e, param, "%s", ZSTR_VAL(msg));
	zend_string_release(msg);

	/* With one problem the message is the problem itself. */
	zval *only = zend_hash_str_find(Z_ARRVAL(e.list), param, strlen(param));
	zend_object *ex = zend_throw_exception(ci_ce_InvalidArgumentException, Z_STRVAL_P(only), 0);
	zend_update_property(ci_ce_InvalidArgumentException, ex, "errors", sizeof("errors") - 1, &e.list);
	ci_errors_dtor(&e);
}

void ci_throw_webhook(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	zend_string *msg = zend_vstrpprintf(0, fmt, ap);
	va_end(ap);
	zend_throw_exception(ci_ce_WebhookException, ZSTR_VAL(msg), 0);
	zend_string_release(msg);
}

void ci_failure_init(ci_failure *f)
{
	memset(f, 0, sizeof(*f));
	ZVAL_UNDEF(&f->errors);
	f->retry_after = -1;
}

void ci_failure_dtor(ci_failure *f)
{
	if (f->message) {
		zend_string_release(f->message);
	}
	if (f->body) {
		zend_string_release(f->body);
	}
	if (f->detail) {
		zend_string_release(f->detail);
	}
	zval_ptr_dtor(&f->errors);
	ci_failure_init(f);
}

void ci_failure_set(ci_failure *f, zend_class_entry *ce, zend_long http_status, const char *fmt, ...)
{
	va_list ap;

	ci_failure_dtor(f);
	f->ce = ce;
	f->http_status = http_status;
	va_start(ap, fmt);
	f->message = zend_vstrpprintf(0, fmt, ap);
	va_end(ap);
}

/* Kept whole until ci_failure_scrub(): a key that straddles the cap must be found before the cut. */
void ci_failure_set_body(ci_failure *f, const char *body, size_t len)
{
	if (f->body) {
		zend_string_release(f->body);
	}
	f->body = zend_string_init(body, len, 0);
}

static void ci_failure_cap_body(ci_failure *f)
{
	if (f->body && ZSTR_LEN(f->body) > CI_BODY_CAP) {
		zend_string *cut = zend_string_init(ZSTR_VAL(f->body), CI_BODY_CAP, 0);
		zend_string_release(f->body);
		f->body = cut;
	}
}

static void ci_failure_fill_api(zend_object *ex, ci_failure *f, const char *provider)
{
	zend_class_entry *scope = ci_ce_ApiException;

	zend_update_property_string(scope, ex, "provider", sizeof("provider") - 1, provider);
	zend_update_property_long(scope, ex, "httpStatus", sizeof("httpStatus") - 1, f->http_status);
	if (Z_TYPE(f->errors) == IS_ARRAY) {
		zend_update_property(scope, ex, "errors", sizeof("errors") - 1, &f->errors);
	}
	if (f->body) {
		ci_failure_cap_body(f);
		zend_update_property_str(scope, ex, "responseBody", sizeof("responseBody") - 1, f->body);
	}
	if (f->ce == ci_ce_RateLimitException && f->retry_after >= 0) {
		zend_update_property_double(ci_ce_RateLimitException, ex, "retryAfter",
			sizeof("retryAfter") - 1, f->retry_after);
	}
}

/* getAttempts(): how many HTTP attempts the call made (0: nothing was sent). */
static void ci_failure_fill_attempts(zend_object *ex, zend_class_entry *scope, int attempts)
{
	if (scope == ci_ce_ApiException || scope == ci_ce_TransportException) {
		zend_update_property_long(scope, ex, "attempts", sizeof("attempts") - 1, attempts);
	}
}

void ci_failure_throw(ci_failure *f, const char *provider, int attempts)
{
	zend_string *msg = f->message;

	if (attempts > 0) {
		msg = zend_strpprintf(0, "%s (%d attempt%s)", ZSTR_VAL(f->message), attempts, attempts == 1 ? "" : "s");
	} else {
		zend_string_addref(msg);
	}
	if (f->ce == ci_ce_InvalidArgumentException) {
		ci_throw_invalid("params", "%s", ZSTR_VAL(f->message));
		zend_string_release(msg);
		return;
	}
	bool is_api = instanceof_function(f->ce, ci_ce_ApiException);
	zend_object *ex = zend_throw_exception(f->ce, ZSTR_VAL(msg), is_api ? 0 : f->code);
	if (is_api) {
		ci_failure_fill_api(ex, f, provider);
	}
	ci_failure_fill_attempts(ex, is_api ? ci_ce_ApiException : f->ce, attempts);
	zend_string_release(msg);
}

/* {{{ Secrets (see ci_errors.h) */
#define CI_LEAD_SET(s, c) ((s)->lead[(unsigned char)(c) >> 3] |= (uint8_t)(1u << ((unsigned char)(c) & 7)))
#define CI_LEAD_HAS(s, c) ((s)->lead[(unsigned char)(c) >> 3] & (1u << ((unsigned char)(c) & 7)))

void ci_secrets_init(ci_secrets *s)
{
	memset(s, 0, sizeof(*s));
	/* Escapes can start any secret: \/ \u, %XX, &#..;, + for a space. */
	CI_LEAD_SET(s, '\\');
	CI_LEAD_SET(s, '%');
	CI_LEAD_SET(s, '&');
	CI_LEAD_SET(s, '+');
}

void ci_secrets_dtor(ci_secrets *s)
{
	for (int i = 0; i < s->n; i++) {
		if (s->owned[i]) {
			zend_string_release(s->owned[i]);
		}
	}
	ci_secrets_init(s);
}

/* Longest first: a proxy string goes whole before the password inside it is looked for. */
static void ci_secrets_insert(ci_secrets *s, const char *v, size_t len, zend_string *owned)
{
	int at = s->n;

	for (int i = 0; i < s->n; i++) {
		if (s->len[i] == len && memcmp(s->val[i], v, len) == 0) {
			at = -1;
			break;
		}
	}
	if (at < 0 || len < CI_SECRET_MIN || s->n == CI_SECRETS_MAX) {
		if (owned) {
			zend_string_release(owned);
		}
		return;
	}
	while (at > 0 && s->len[at - 1] < len) {
		s->val[at] = s->val[at - 1];
		s->len[at] = s->len[at - 1];
		s->owned[at] = s->owned[at - 1];
		at--;
	}
	s->val[at] = v;
	s->len[at] = len;
	s->owned[at] = owned;
	s->n++;
	CI_LEAD_SET(s, v[0]);
}

void ci_secrets_add(ci_secrets *s, const zend_string *v)
{
	if (v) {
		ci_secrets_insert(s, ZSTR_VAL(v), ZSTR_LEN(v), NULL);
	}
}

static void ci_secrets_add_owned(ci_secrets *s, zend_string *v)
{
	ci_secrets_insert(s, ZSTR_VAL(v), ZSTR_LEN(v), v);
}

static zend_string *ci_url_decoded(const char *v, size_t len)
{
	zend_string *d = zend_string_init(v, len, 0);
	ZSTR_LEN(d) = php_raw_url_decode(ZSTR_VAL(d), ZSTR_LEN(d));
	return d;
}

/* "scheme://user:password@host:port": libcurl sends the decoded user:password to the proxy
 * (Basic credentials), so a proxy's error page may echo any of these forms. The user name alone
 * may be the credential ("http://APIKEY@host", "http://APIKEY:@host", as smart proxies take
 * their key), so it is a secret as well as the password, each as written and decoded. */
void ci_secrets_add_proxy(ci_secrets *s, const zend_string *proxy)
{
	const char *p, *end, *auth, *auth_end, *at, *colon, *user_end;

	if (!proxy) {
		return;
	}
	ci_secrets_add(s, proxy);
	p = ZSTR_VAL(proxy);
	end = p + ZSTR_LEN(proxy);
	auth = php_memnstr(p, "://", 3, end);
	auth = auth ? auth + 3 : p;
	for (auth_end = auth; auth_end < end && *auth_end != '/' && *auth_end != '?' && *auth_end != '#'; auth_end++);
	at = zend_memrchr(auth, '@', auth_end - auth);
	if (!at) {
		return;
	}
	colon = memchr(auth, ':', at - auth);
	user_end = colon ? colon : at;
	zend_string *user = ci_url_decoded(auth, user_end - auth);
	zend_string *pass = colon ? ci_url_decoded(colon + 1, at - colon - 1) : ZSTR_EMPTY_ALLOC();
	zend_string *pair = zend_string_concat3(ZSTR_VAL(user), ZSTR_LEN(user), ":", 1, ZSTR_VAL(pass), ZSTR_LEN(pass));
	zend_string *basic = php_base64_encode((const unsigned char *)ZSTR_VAL(pair), ZSTR_LEN(pair));

	while (ZSTR_LEN(basic) > 0 && ZSTR_VAL(basic)[ZSTR_LEN(basic) - 1] == '=') {
		ZSTR_LEN(basic)--; /* echoed with or without its padding */
	}
	ZSTR_VAL(basic)[ZSTR_LEN(basic)] = '\0';
	ci_secrets_add_owned(s, zend_string_init(auth, user_end - auth, 0));
	ci_secrets_add_owned(s, user);
	if (colon) {
		ci_secrets_add_owned(s, zend_string_init(colon + 1, at - colon - 1, 0));
	}
	ci_secrets_add_owned(s, pass);
	ci_secrets_add_owned(s, basic);
	zend_string_release(pair);
}

/* One way a piece of text may stand for bytes of a secret. */
typedef struct ci_unit {
	size_t tlen;          /* text bytes it takes */
	unsigned char b[4];   /* the bytes it stands for */
	size_t blen;
} ci_unit;
#define CI_UNITS_MAX 8

static int ci_hex(unsigned char c)
{
	return c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
}

static bool ci_hex4(const unsigned char *t, size_t n, unsigned *out)
{
	*out = 0;
	for (size_t i = 0; i < 4; i++) {
		if (i >= n || ci_hex(t[i]) < 0) {
			return false;
		}
		*out = *out * 16 + (unsigned)ci_hex(t[i]);
	}
	return true;
}

static void ci_unit_cp(ci_unit *u, size_t tlen, unsigned cp, int *k)
{
	unsigned char *b = u[*k].b;

	if (*k >= CI_UNITS_MAX || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
		return;
	}
	if (cp < 0x80) {
		b[0] = (unsigned char)cp;
		u[*k].blen = 1;
	} else if (cp < 0x800) {
		b[0] = (unsigned char)(0xC0 | (cp >> 6));
		b[1] = (unsigned char)(0x80 | (cp & 0x3F));
		u[*k].blen = 2;
	} else if (cp < 0x10000) {
		b[0] = (unsigned char)(0xE0 | (cp >> 12));
		b[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		b[2] = (unsigned char)(0x80 | (cp & 0x3F));
		u[*k].blen = 3;
	} else {
		b[0] = (unsigned char)(0xF0 | (cp >> 18));
		b[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
		b[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		b[3] = (unsigned char)(0x80 | (cp & 0x3F));
		u[*k].blen = 4;
	}
	u[*k].tlen = tlen;
	(*k)++;
}

/* \uXXXX after a run of backslashes (JSON inside JSON doubles them), surrogate pairs joined:
 * the text bytes taken, 0 when it is none. */
static size_t ci_unit_json_u(const unsigned char *t, size_t n, unsigned *cp)
{
	size_t i = 0, j;
	unsigned hi, lo;

	while (i < n && t[i] == '\\') {
		i++;
	}
	if (i == 0 || i >= n || t[i] != 'u' || !ci_hex4(t + i + 1, n - i - 1, &hi)) {
		return 0;
	}
	i += 5;
	if (hi < 0xD800 || hi > 0xDBFF) {
		*cp = hi;
		return i;
	}
	for (j = i; j < n && t[j] == '\\'; j++);
	if (j == i || j >= n || t[j] != 'u' || !ci_hex4(t + j + 1, n - j - 1, &lo) || lo < 0xDC00 || lo > 0xDFFF) {
		return 0;
	}
	*cp = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
	return j + 5;
}

static void ci_units_backslash(const unsigned char *t, size_t n, ci_unit *u, int *k)
{
	static const char plain[] = "/\"'", ctl_from[] = "bfnrt", ctl_to[] = "\b\f\n\r\t";
	size_t run = 0, used;
	unsigned cp;
	const char *hit;

	while (run < n && t[run] == '\\') {
		run++;
	}
	if ((used = ci_unit_json_u(t, n, &cp)) > 0) {
		ci_unit_cp(u, used, cp, k);
	} else if (run < n && t[run] && (hit = strchr(plain, t[run])) != NULL) {
		ci_unit_cp(u, run + 1, (unsigned char)*hit, k);
	} else if (run < n && t[run] && (hit = strchr(ctl_from, t[run])) != NULL) {
		ci_unit_cp(u, run + 1, (unsigned char)ctl_to[hit - ctl_from], k);
	}
	if (run >= 2) {
		ci_unit_cp(u, 2, '\\', k); /* an escaped backslash */
	}
}

/* %XX, and %25XX... for text percent-encoded more than once. */
static void ci_units_percent(const unsigned char *t, size_t n, ci_unit *u, int *k)
{
	size_t p = 1;

	for (;;) {
		if (p + 2 <= n && ci_hex(t[p]) >= 0 && ci_hex(t[p + 1]) >= 0 && *k < CI_UNITS_MAX) {
			u[*k].tlen = p + 2;
			u[*k].b[0] = (unsigned char)(ci_hex(t[p]) * 16 + ci_hex(t[p + 1]));
			u[*k].blen = 1;
			(*k)++;
		}
		if (p + 2 <= n && t[p] == '2' && t[p + 1] == '5') {
			p += 2;
			continue;
		}
		break;
	}
}

/* &#NN; &#xHH; and the few named references HTML escaping writes. */
static void ci_units_html(const unsigned char *t, size_t n, ci_unit *u, int *k)
{
	static const struct { const char *name; unsigned char c; } named[] = {
		{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}, {"&sol;", '/'},
	};
	size_t i = 2;
	unsigned cp = 0;
	bool hex = n > 2 && t[1] == '#' && (t[2] | 0x20) == 'x';

	for (size_t j = 0; j < sizeof(named) / sizeof(named[0]); j++) {
		size_t len = strlen(named[j].name);
		if (n >= len && strncasecmp((const char *)t, named[j].name, len) == 0) {
			ci_unit_cp(u, len, named[j].c, k);
			return;
		}
	}
	if (n < 4 || t[1] != '#') {
		return;
	}
	i += hex;
	size_t start = i;
	while (i < n && i - start < 8 && (hex ? ci_hex(t[i]) >= 0 : (t[i] >= '0' && t[i] <= '9'))) {
		cp = cp * (hex ? 16 : 10) + (unsigned)(hex ? ci_hex(t[i]) : t[i] - '0');
		i++;
	}
	if (i > start && i < n && t[i] == ';') {
		ci_unit_cp(u, i + 1, cp, k);
	}
}

/* Every reading of the text at t: escapes first, the byte itself last. */
static int ci_units_at(const unsigned char *t, size_t n, ci_unit *u)
{
	int k = 0;

	if (t[0] == '\\') {
		ci_units_backslash(t, n, u, &k);
	} else if (t[0] == '%') {
		ci_units_percent(t, n, u, &k);
	} else if (t[0] == '&') {
		ci_units_html(t, n, u, &k);
	} else if (t[0] == '+') {
		ci_unit_cp(u, 1, ' ', &k);
	}
	if (k < CI_UNITS_MAX) {
		u[k].tlen = 1;
		u[k].b[0] = t[0];
		u[k].blen = 1;
		k++;
	}
	return k;
}

/* How many bytes of the secret, from s[i], the text at t spells out (in any mix of forms);
 * *tused: the text bytes that took. Where two readings fit, both are tried (within budget). */
static size_t ci_secret_cover(const unsigned char *t, size_t n, const unsigned char *s, size_t slen, size_t i,
	size_t *tused, int *budget)
{
	size_t i0 = i, j = 0;

	while (i < slen && j < n) {
		ci_unit u[CI_UNITS_MAX];
		int k = ci_units_at(t + j, n - j, u), fit[CI_UNITS_MAX], nf = 0;

		for (int a = 0; a < k; a++) {
			if (u[a].blen <= slen - i && memcmp(u[a].b, s + i, u[a].blen) == 0) {
				fit[nf++] = a;
			}
		}
		if (nf == 0) {
			break;
		}
		if (nf > 1 && --*budget > 0) {
			size_t best = 0, best_t = 0;
			for (int a = 0; a < nf; a++) {
				ci_unit *x = &u[fit[a]];
				size_t tu = 0;
				size_t c = x->blen + ci_secret_cover(t + j + x->tlen, n - j - x->tlen, s, slen, i + x->blen, &tu, budget);
				if (c > best) {
					best = c;
					best_t = x->tlen + tu;
				}
			}
			*tused = j + best_t;
			return i - i0 + best;
		}
		j += u[fit[0]].tlen;
		i += u[fit[0]].blen;
	}
	*tused = j;
	return i - i0;
}

static bool ci_secret_find(const char *text, size_t n, const char *secret, size_t slen, size_t from,
	size_t *at, size_t *mlen)
{
	const unsigned char *t = (const unsigned char *)text, *s = (const unsigned char *)secret;
	size_t need = MIN(slen, CI_SECRET_PREFIX);

	for (size_t j = from; j < n; j++) {
		unsigned char c = t[j];
		if (c != s[0] && c != '\\' && c != '%' && c != '&' && c != '+') {
			continue;
		}
		int budget = 64;
		size_t tu = 0;
		if (ci_secret_cover(t + j, n - j, s, slen, 0, &tu, &budget) >= need) {
			*at = j;
			*mlen = tu;
			return true;
		}
	}
	return false;
}

/* One pass over the text for all secrets: most text holds none, and most bytes start none. */
bool ci_secrets_in(const ci_secrets *s, const char *text, size_t len)
{
	const unsigned char *t = (const unsigned char *)text;

	for (size_t j = 0; s->n > 0 && j < len; j++) {
		if (!CI_LEAD_HAS(s, t[j])) {
			continue;
		}
		for (int i = 0; i < s->n; i++) {
			int budget = 64;
			size_t tu = 0;
			if (ci_secret_cover(t + j, len - j, (const unsigned char *)s->val[i], s->len[i], 0, &tu, &budget)
					>= MIN(s->len[i], CI_SECRET_PREFIX)) {
				return true;
			}
		}
	}
	return false;
}

zend_string *ci_secrets_scrub_str(const ci_secrets *s, zend_string *str)
{
	for (int i = 0; i < s->n; i++) {
		size_t at, mlen, from = 0;
		smart_str out = {0};

		if (!ci_secret_find(ZSTR_VAL(str), ZSTR_LEN(str), s->val[i], s->len[i], 0, &at, &mlen)) {
			continue;
		}
		do {
			smart_str_appendl(&out, ZSTR_VAL(str) + from, at - from);
			smart_str_appends(&out, CI_REDACTED);
			from = at + mlen;
		} while (ci_secret_find(ZSTR_VAL(str), ZSTR_LEN(str), s->val[i], s->len[i], from, &at, &mlen));
		smart_str_appendl(&out, ZSTR_VAL(str) + from, ZSTR_LEN(str) - from);
		smart_str_0(&out);
		zend_string_release(str);
		str = out.s;
	}
	return str;
}

/* What to scrub in one value: the secrets, and in the extension's own trace frames also every
 * value under a key that names a secret. */
typedef struct ci_scrub {
	const ci_secrets *s;
	const char *const *keys; /* NULL-terminated, or NULL */
} ci_scrub;

#define CI_SCRUB_DEPTH 256

static bool ci_scrub_key_hit(const ci_scrub *c, const zend_string *key)
{
	for (const char *const *k = c->keys; key && k && *k; k++) {
		if (zend_string_equals_cstr(key, *k, strlen(*k))) {
			return true;
		}
	}
	return false;
}

static bool ci_scrub_needed(const ci_scrub *c, zval *v, int depth)
{
	zend_string *key;
	zval *item;
	bool found = false;

	ZVAL_DEREF(v);
	if (Z_TYPE_P(v) == IS_STRING) {
		return ci_secrets_in(c->s, Z_STRVAL_P(v), Z_STRLEN_P(v));
	}
	if (Z_TYPE_P(v) != IS_ARRAY || depth > CI_SCRUB_DEPTH) {
		return false;
	}
	/* Arrays from a trace may hold references to themselves. */
	HashTable *ht = Z_ARRVAL_P(v);
	if (!(GC_FLAGS(ht) & GC_IMMUTABLE)) {
		if (GC_IS_RECURSIVE(ht)) {
			return false;
		}
		GC_PROTECT_RECURSION(ht);
	}
	ZEND_HASH_FOREACH_STR_KEY_VAL(ht, key, item) {
		ZVAL_DEREF(item);
		if ((key && ci_secrets_in(c->s, ZSTR_VAL(key), ZSTR_LEN(key)))
				|| (ci_scrub_key_hit(c, key) && Z_TYPE_P(item) != IS_NULL
					&& !(Z_TYPE_P(item) == IS_STRING && zend_string_equals_literal(Z_STR_P(item), CI_REDACTED)))
				|| ci_scrub_needed(c, item, depth + 1)) {
			found = true;
			break;
		}
	} ZEND_HASH_FOREACH_END();
	if (!(GC_FLAGS(ht) & GC_IMMUTABLE)) {
		GC_UNPROTECT_RECURSION(ht);
	}
	return found;
}

/* A scrubbed copy of v in out; what needs nothing is shared, not copied. */
static void ci_scrub_copy(const ci_scrub *c, zval *v, zval *out, int depth)
{
	zend_string *key;
	zend_ulong idx;
	zval *item;

	ZVAL_DEREF(v);
	if (!ci_scrub_needed(c, v, depth)) {
		ZVAL_COPY(out, v);
		return;
	}
	if (Z_TYPE_P(v) == IS_STRING) {
		ZVAL_STR(out, ci_secrets_scrub_str(c->s, zend_string_copy(Z_STR_P(v))));
		return;
	}
	HashTable *ht = Z_ARRVAL_P(v);
	bool mutable = !(GC_FLAGS(ht) & GC_IMMUTABLE);
	array_init_size(out, zend_hash_num_elements(ht));
	if (mutable) {
		GC_PROTECT_RECURSION(ht);
	}
	ZEND_HASH_FOREACH_KEY_VAL(ht, idx, key, item) {
		zval clean;
		if (ci_scrub_key_hit(c, key) && Z_TYPE_P(item) != IS_NULL) {
			ZVAL_STRINGL(&clean, CI_REDACTED, sizeof(CI_REDACTED) - 1);
		} else {
			ci_scrub_copy(c, item, &clean, depth + 1);
		}
		if (key) {
			zend_string *k = ci_secrets_scrub_str(c->s, zend_string_copy(key));
			zend_hash_update(Z_ARRVAL_P(out), k, &clean);
			zend_string_release(k);
		} else {
			zend_hash_index_update(Z_ARRVAL_P(out), idx, &clean);
		}
	} ZEND_HASH_FOREACH_END();
	if (mutable) {
		GC_UNPROTECT_RECURSION(ht);
	}
}

static void ci_scrub_in_place(const ci_scrub *c, zval *v)
{
	zval clean;

	if (!ci_scrub_needed(c, v, 0)) {
		return;
	}
	ci_scrub_copy(c, v, &clean, 0);
	zval_ptr_dtor(v);
	ZVAL_COPY_VALUE(v, &clean);
}

void ci_secrets_scrub_zval(const ci_secrets *s, zval *v)
{
	ci_scrub c = {s, NULL};

	if (s->n > 0) {
		ci_scrub_in_place(&c, v);
	}
}

void ci_failure_scrub(ci_failure *f, const ci_secrets *s)
{
	if (f->message) {
		f->message = ci_secrets_scrub_str(s, f->message);
	}
	if (f->detail) {
		f->detail = ci_secrets_scrub_str(s, f->detail);
	}
	if (f->body) {
		f->body = ci_secrets_scrub_str(s, f->body);
	}
	ci_secrets_scrub_zval(s, &f->errors);
	ci_failure_cap_body(f);
}

/* {{{ Throwables */
static void ci_scrub_property(const ci_scrub *c, zend_class_entry *scope, zend_object *ex, const char *name)
{
	zval rv, *v = zend_read_property(scope, ex, name, strlen(name), 1, &rv);
	zval copy;

	if (!v || (Z_TYPE_P(v) != IS_STRING && Z_TYPE_P(v) != IS_ARRAY) || !ci_scrub_needed(c, v, 0)) {
		return;
	}
	ci_scrub_copy(c, v, &copy, 0);
	zend_update_property(scope, ex, name, strlen(name), &copy);
	zval_ptr_dtor(&copy);
}

static bool ci_frame_is_own(zval *frame, zend_class_entry *const *own)
{
	zval *cls = zend_hash_str_find(Z_ARRVAL_P(frame), "class", sizeof("class") - 1);

	for (; cls && Z_TYPE_P(cls) == IS_STRING && own && *own; own++) {
		if (zend_string_equals_ci(Z_STR_P(cls), (*own)->name)) {
			return true;
		}
	}
	return false;
}

/* The arguments of every frame: secrets go everywhere; keys only in the extension's own frames. */
static void ci_scrub_trace(const ci_secrets *s, zend_class_entry *base, zend_object *ex,
	zend_class_entry *const *own, const char *const *keys)
{
	zval rv, *trace = zend_read_property(base, ex, "trace", sizeof("trace") - 1, 1, &rv), copy, *frame;
	zend_ulong idx;
	bool changed = false;

	if (!trace || Z_TYPE_P(trace) != IS_ARRAY) {
		return;
	}
	array_init_size(&copy, zend_hash_num_elements(Z_ARRVAL_P(trace)));
	ZEND_HASH_FOREACH_NUM_KEY_VAL(Z_ARRVAL_P(trace), idx, frame) {
		zval *args = Z_TYPE_P(frame) == IS_ARRAY ? zend_hash_str_find(Z_ARRVAL_P(frame), "args", sizeof("args") - 1) : NULL;
		ci_scrub c = {s, ci_frame_is_own(frame, own) ? keys : NULL};
		zval clean;

		if (args && ci_scrub_needed(&c, args, 0)) {
			ZVAL_ARR(&clean, zend_array_dup(Z_ARRVAL_P(frame)));
			args = zend_hash_str_find(Z_ARRVAL(clean), "args", sizeof("args") - 1);
			ci_scrub_in_place(&c, args);
			changed = true;
		} else {
			ZVAL_COPY(&clean, frame);
		}
		zend_hash_index_update(Z_ARRVAL(copy), idx, &clean);
	} ZEND_HASH_FOREACH_END();
	if (changed) {
		zend_update_property(base, ex, "trace", sizeof("trace") - 1, &copy);
	}
	zval_ptr_dtor(&copy);
}

void ci_secrets_scrub_throwable(const ci_secrets *s, zend_object *ex, zend_class_entry *const *own,
	const char *const *keys)
{
	ci_scrub c = {s, NULL};

	/* Bounded: a chain of previous exceptions cannot loop, but it can be long. */
	for (int depth = 0; ex && depth < 64 && instanceof_function(ex->ce, zend_ce_throwable); depth++) {
		zend_class_entry *base = instanceof_function(ex->ce, zend_ce_exception) ? zend_ce_exception : zend_ce_error;
		zval rv, *prev;

		ci_scrub_property(&c, base, ex, "message");
		ci_scrub_property(&c, base, ex, "string"); /* __toString()'s cached text */
		ci_scrub_trace(s, base, ex, own, keys);
		if (instanceof_function(ex->ce, ci_ce_InvalidArgumentException)) {
			ci_scrub_property(&c, ci_ce_InvalidArgumentException, ex, "errors");
		}
		if (instanceof_function(ex->ce, ci_ce_ApiException)) {
			ci_scrub_property(&c, ci_ce_ApiException, ex, "errors");
			ci_scrub_property(&c, ci_ce_ApiException, ex, "responseBody");
		}
		prev = zend_read_property(base, ex, "previous", sizeof("previous") - 1, 1, &rv);
		ex = prev && Z_TYPE_P(prev) == IS_OBJECT ? Z_OBJ_P(prev) : NULL;
	}
}
/* }}} */
/* }}} */

/* {{{ Exception getters */
static zval *ci_exception_prop(zend_class_entry *scope, zval *self, const char *name, size_t len, zval *rv)
{
	return zend_read_property(scope, Z_OBJ_P(self), name, len, 1, rv);
}

ZEND_METHOD(CryptoInvoice_InvalidArgumentException, getErrors)
{
	zval rv;
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(ci_exception_prop(ci_ce_InvalidArgumentException, ZEND_THIS, "errors", sizeof("errors") - 1, &rv));
}

ZEND_METHOD(CryptoInvoice_ApiException, getProvider)
{
	zval rv;
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(ci_exception_prop(ci_ce_ApiException, ZEND_THIS, "provider", sizeof("provider") - 1, &rv));
}

ZEND_METHOD(CryptoInvoice_ApiException, getHttpStatus)
{
	zval rv;
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(ci_exception_prop(ci_ce_ApiException, ZEND_THIS, "httpStatus", sizeof("httpStatus") - 1, &rv));
}

ZEND_METHOD(CryptoInvoice_ApiException, getErrors)
{
	zval rv;
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(ci_exception_prop(ci_ce_ApiException, ZEND_THIS, "errors", sizeof("errors") - 1, &rv));
}

ZEND_METHOD(CryptoInvoice_ApiException, getResponseBody)
{
	zval rv;
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(ci_exception_prop(ci_ce_ApiException, ZEND_THIS, "responseBody", sizeof("responseBody") - 1, &rv));
}

ZEND_METHOD(CryptoInvoice_ApiException, getAttempts)
{
	zval rv;
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(ci_exception_prop(ci_ce_ApiException, ZEND_THIS, "attempts", sizeof("attempts") - 1, &rv));
}

ZEND_METHOD(CryptoInvoice_TransportException, getAttempts)
{
	zval rv;
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(ci_exception_prop(ci_ce_TransportException, ZEND_THIS, "attempts", sizeof("attempts") - 1, &rv));
}

ZEND_METHOD(CryptoInvoice_RateLimitException, getRetryAfter)
{
	zval rv;
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(ci_exception_prop(ci_ce_RateLimitException, ZEND_THIS, "retryAfter", sizeof("retryAfter") - 1, &rv));
}
/* }}} */
