/* Gateway options (docs/protocols.md §2): see ci_options.h. */
#include "php.h"
#include "zend_smart_str.h"
#include "ext/standard/url.h"
#include "ci_options.h"
#include "ci_provider.h"
#include "ci_text.h"
#include "ci_log.h"

/* {{{ The options: one row each, walked by the parser, the defaults, the destructor and var_dump() */
typedef enum {
	CI_OPT_NUMBER,   /* double: an int or a finite float from min to max */
	CI_OPT_INT,      /* zend_long: an int from min to max */
	CI_OPT_BOOL,     /* bool */
	CI_OPT_TEXT,     /* zend_string *: non-empty, without CR, LF or NUL; never echoed in messages */
	CI_OPT_BASE_URL, /* zend_string *: ci_opt_base_url() */
	CI_OPT_FILE,     /* zend_string *: ci_opt_ca_file() */
	CI_OPT_LOGGER    /* zval: ci_log_option() */
} ci_opt_type;

/* What var_dump($gateway) shows of an option. */
typedef enum {
	CI_OPT_SHOW_VALUE,    /* its value: a string or logger only when set, a logger as its class name */
	CI_OPT_SHOW_REDACTED, /* "[redacted]" when set: it may hold credentials */
	CI_OPT_SHOW_NOTHING
} ci_opt_show;

#define CI_OPT_ABOVE_MIN (1u << 0) /* NUMBER: min itself is refused */
#define CI_OPT_ZERO_OFF  (1u << 1) /* NUMBER: 0 is taken too, and turns it off */

typedef struct ci_option {
	const char *name;
	ci_opt_type type;
	size_t offset;      /* of its value in ci_options */
	double def;         /* NUMBER, INT, BOOL: the default */
	double min, max;    /* NUMBER, INT */
	uint32_t flags;
	const char *must;   /* NUMBER, INT: what the value must be, for the message */
	ci_opt_show show;
	uint32_t provider_flag;  /* taken only by providers with this flag ... */
	const char *elsewhere;   /* ... and what the others say of it */
} ci_option;

#define CI_MAX_SECONDS 3600
#define CI_MAX_RETRIES 10
#define CI_OPT_AT(member) .offset = offsetof(ci_options, member)
#define CI_OPT_SECONDS .type = CI_OPT_NUMBER, .flags = CI_OPT_ABOVE_MIN, .min = 0, .max = CI_MAX_SECONDS, \
	.must = "must be a number of seconds greater than 0 and at most " ZEND_TOSTR(CI_MAX_SECONDS)

/* base_url and rate_limit default to the provider's (ci_options_parse()). Rate limits below
 * 0.001 are refused: the wait between two requests (over 16 minutes) is no rate limit but a
 * hang, and its seconds would overflow the sleep. */
static const ci_option ci_option_table[] = {
	{.name = "base_url", .type = CI_OPT_BASE_URL, CI_OPT_AT(base_url)},
	{.name = "timeout", CI_OPT_SECONDS, CI_OPT_AT(timeout), .def = 30},
	{.name = "connect_timeout", CI_OPT_SECONDS, CI_OPT_AT(connect_timeout), .def = 10},
	{.name = "retries", .type = CI_OPT_INT, CI_OPT_AT(retries), .def = 2, .min = 0, .max = CI_MAX_RETRIES,
		.must = "must be an integer from 0 to " ZEND_TOSTR(CI_MAX_RETRIES)},
	{.name = "verify_tls", .type = CI_OPT_BOOL, CI_OPT_AT(verify_tls), .def = true},
	{.name = "ca_file", .type = CI_OPT_FILE, CI_OPT_AT(ca_file)},
	{.name = "proxy", .type = CI_OPT_TEXT, CI_OPT_AT(proxy), .show = CI_OPT_SHOW_REDACTED},
	{.name = "user_agent", .type = CI_OPT_TEXT, CI_OPT_AT(user_agent), .show = CI_OPT_SHOW_NOTHING},
	{.name = "persistent", .type = CI_OPT_BOOL, CI_OPT_AT(persistent), .def = true},
	{.name = "strict", .type = CI_OPT_BOOL, CI_OPT_AT(strict), .def = true},
	{.name = "secret_key", .type = CI_OPT_TEXT, CI_OPT_AT(secret_key), .show = CI_OPT_SHOW_REDACTED,
		.provider_flag = CI_PROV_SECRET_KEY_OPTION, .elsewhere = "is for CryptoCloud only (it signs CryptoCloud postbacks)"},
	{.name = "payout_key", .type = CI_OPT_TEXT, CI_OPT_AT(payout_key), .show = CI_OPT_SHOW_REDACTED,
		.provider_flag = CI_PROV_PAYOUT_KEY_OPTION, .elsewhere = "is for Heleket only (it signs Heleket refunds)"},
	{.name = "rate_limit", .type = CI_OPT_NUMBER, CI_OPT_AT(rate_limit), .flags = CI_OPT_ZERO_OFF, .min = 0.001,
		.max = 1000, .must = "must be requests per second from 0.001 to 1000, or 0 (no limit)"},
	{.name = "logger", .type = CI_OPT_LOGGER, CI_OPT_AT(logger)},
};
#define CI_OPTION_COUNT (sizeof(ci_option_table) / sizeof(ci_option_table[0]))
/* }}} */

/* {{{ base_url */

/* 127.0.0.0/8 as four decimal parts, each 0-255 without a leading zero: the shorthand and
 * octal or hex forms that resolvers also read as loopback (127.1, 0177.0.0.1, 0x7f.0.0.1) are
 * refused rather than guessed at, and a name that merely starts with "127." is a name. */
static bool ci_host_is_ipv4_loopback(const char *h, size_t len)
{
	int parts = 0;
	size_t i = 0;

	while (i < len) {
		size_t start = i;
		unsigned value = 0;

		while (i < len && h[i] >= '0' && h[i] <= '9' && i - start < 3) {
			value = value * 10 + (unsigned)(h[i++] - '0');
		}
		if (i == start || value > 255 || (h[start] == '0' && i - start > 1)) {
			return false;
		}
		if (parts++ == 0 && value != 127) {
			return false;
		}
		if (i < len && (h[i] != '.' || ++i == len)) {
			return false;
		}
	}
	return parts == 4;
}

/* Only literal loopback: 127.0.0.0/8, [::1] and the name localhost (any case, as DNS and
 * libcurl read it; no trailing dot, which would send the lookup to DNS). */
static bool ci_host_is_loopback(const zend_string *host)
{
	return zend_string_equals_literal_ci(host, "localhost") || zend_string_equals_literal(host, "[::1]")
		|| ci_host_is_ipv4_loopback(ZSTR_VAL(host), ZSTR_LEN(host));
}

/* A host name of letters, digits, '-' and '.', or a bracketed IPv6 literal. */
static bool ci_host_is_plain(const zend_string *host)
{
	const char *h = ZSTR_VAL(host);
	size_t len = ZSTR_LEN(host);

	if (len == 0) {
		return false;
	}
	if (h[0] == '[') {
		return len > 2 && h[len - 1] == ']' && strspn(h + 1, "0123456789abcdefABCDEF:.") == len - 2;
	}
	return strspn(h, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.") == len;
}

/* Printable ASCII of RFC 3986 only: no space, control byte, backslash or other character a URL
 * may not hold, which parsers disagree on (PHP's here, libcurl's when it connects). */
static bool ci_url_chars_ok(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c <= ' ' || c >= 0x7f || strchr("\"<>\\^`{|}", c)) {
			return false;
		}
	}
	return true;
}

/* Why url is not a base URL, or NULL. It must read back exactly as scheme://host[:port][/path]
 * from its parsed parts, so that what is checked here is what libcurl will connect to. */
static const char *ci_base_url_problem(const char *url, size_t len, const char **host_shown, smart_str *host_buf)
{
	php_url *u;
	bool has_port = false;
	const char *why = NULL;

	if (!ci_url_chars_ok(url, len)) {
		return "must be a URL of printable ASCII without spaces or any of \" < > \\ ^ ` { | }";
	}
	u = php_url_parse_ex2(url, len, &has_port);
	if (!u || !u->scheme || !u->host) {
		why = "must be an absolute URL such as https://api.example.com";
	} else if (u->user || u->pass) {
		why = "must not carry credentials (user:password@)";
	} else if (u->query || u->fragment) {
		why = "must not have a query or fragment";
	} else if (!ci_host_is_plain(u->host)) {
		why = "must name its host with letters, digits, '-' and '.' (or an IPv6 address in brackets)";
	} else {
		smart_str rebuilt = {0};
		smart_str_append(&rebuilt, u->scheme);
		smart_str_appendl(&rebuilt, "://", 3);
		smart_str_append(&rebuilt, u->host);
		if (has_port) {
			smart_str_append_printf(&rebuilt, ":%u", (unsigned)u->port);
		}
		if (u->path) {
			smart_str_append(&rebuilt, u->path);
		}
		smart_str_0(&rebuilt);
		if (!has_port || u->port > 0) {
			if (ZSTR_LEN(rebuilt.s) != len || zend_binary_strncasecmp(ZSTR_VAL(rebuilt.s), len, url, len, len) != 0) {
				why = "must be a plain URL: scheme://host[:port][/path]";
			}
		} else {
			why = "must have a port from 1 to 65535";
		}
		smart_str_free(&rebuilt);
	}
	if (!why && zend_string_equals_literal_ci(u->scheme, "http")) {
		if (!ci_host_is_loopback(u->host)) {
			why = "must use https://; http:// is allowed only to a loopback host: 127.x.y.z (four decimal parts), [::1] or localhost";
			smart_str_append(host_buf, u->host);
			smart_str_0(host_buf);
			*host_shown = ZSTR_VAL(host_buf->s);
		}
	} else if (!why && !zend_string_equals_literal_ci(u->scheme, "https")) {
		why = "must use https://";
	}
	if (u) {
		php_url_free(u);
	}
	return why;
}

static void ci_opt_base_url(const ci_provider *p, zval *v, ci_options *o, ci_errors *errs)
{
	const char *why, *host = NULL;
	smart_str host_buf = {0};

	if (Z_TYPE_P(v) != IS_STRING) {
		zend_string *shown = ci_value_describe(v);
		ci_errors_add(errs, "base_url", "%s: option base_url must be a string URL, got %s", p->title, ZSTR_VAL(shown));
		zend_string_release(shown);
		return;
	}
	/* The URL itself is not echoed: it could carry credentials. */
	why = ci_base_url_problem(Z_STRVAL_P(v), Z_STRLEN_P(v), &host, &host_buf);
	if (why) {
		if (host) {
			ci_errors_add(errs, "base_url", "%s: option base_url %s, got the host \"%s\"", p->title, why, host);
		} else {
			ci_errors_add(errs, "base_url", "%s: option base_url %s", p->title, why);
		}
		smart_str_free(&host_buf);
		return;
	}
	size_t len = Z_STRLEN_P(v);
	while (len > 0 && Z_STRVAL_P(v)[len - 1] == '/') {
		len--;
	}
	if (o->base_url) {
		zend_string_release(o->base_url);
	}
	o->base_url = zend_string_init(Z_STRVAL_P(v), len, 0);
}
/* }}} */

static bool ci_opt_number(zval *v, double *out)
{
	if (Z_TYPE_P(v) == IS_LONG) {
		*out = (double)Z_LVAL_P(v);
		return true;
	}
	if (Z_TYPE_P(v) == IS_DOUBLE && zend_finite(Z_DVAL_P(v))) {
		*out = Z_DVAL_P(v);
		return true;
	}
	return false;
}

static bool ci_opt_clean_text(zval *v)
{
	/* Header and libcurl strings: no NUL, CR or LF that could split a header. */
	return Z_TYPE_P(v) == IS_STRING && Z_STRLEN_P(v) > 0 && !strpbrk(Z_STRVAL_P(v), "\r\n")
		&& !memchr(Z_STRVAL_P(v), '\0', Z_STRLEN_P(v));
}

static void ci_opt_set_string(zend_string **slot, zval *v)
{
	if (*slot) {
		zend_string_release(*slot);
	}
	*slot = zend_string_copy(Z_STR_P(v));
}

/* "<title>: option <name> <what>, got <the value>". */
static void ci_opt_error(const ci_provider *p, ci_errors *errs, const char *name, const char *what, zval *given)
{
	zend_string *shown = ci_value_describe(given);
	/* "30" from an .env file is the usual case: say what to do, not only what is wrong. */
	bool numeric_text = Z_TYPE_P(given) == IS_STRING && is_numeric_string(Z_STRVAL_P(given), Z_STRLEN_P(given), NULL, NULL, false);
	ci_errors_add(errs, name, "%s: option %s %s, got %s%s", p->title, name, what, ZSTR_VAL(shown),
		numeric_text ? " (a string: options are typed, so cast it, e.g. (int) or (float) env(...))" : "");
	zend_string_release(shown);
}

/* ca_file: checked here, so a wrong path is a constructor error, not a TLS failure on every call. */
static void ci_opt_ca_file(const ci_provider *p, zval *v, ci_options *o, ci_errors *errs)
{
	const char *what = "must be the path of a readable PEM file";
	const char *why = NULL;
	zend_stat_t st;

	if (!ci_opt_clean_text(v)) {
		ci_opt_error(p, errs, "ca_file", what, v);
		return;
	}
	memset(&st, 0, sizeof(st));
	if (VCWD_STAT(Z_STRVAL_P(v), &st) != 0) {
		why = "does not exist";
	} else if (S_ISDIR(st.st_mode)) {
		why = "is a directory";
	} else if (!S_ISREG(st.st_mode)) {
		why = "is not a regular file";
	} else if (VCWD_ACCESS(Z_STRVAL_P(v), R_OK) != 0) {
		why = "is not readable by this process";
	}
	if (why) {
		ci_errors_add(errs, "ca_file", "%s: option ca_file %s; \"%s\" %s", p->title, what, Z_STRVAL_P(v), why);
		return;
	}
	ci_opt_set_string(&o->ca_file, v);
}

/* Whether d is within the row's bounds. */
static bool ci_opt_in_range(const ci_option *opt, double d)
{
	if ((opt->flags & CI_OPT_ZERO_OFF) && d == 0) {
		return true;
	}
	return (opt->flags & CI_OPT_ABOVE_MIN ? d > opt->min : d >= opt->min) && d <= opt->max;
}

static void ci_opt_one(const ci_provider *p, const ci_option *opt, zval *v, ci_options *o, ci_errors *errs)
{
	char *slot = (char *)o + opt->offset;
	double d;

	switch (opt->type) {
		case CI_OPT_NUMBER:
			if (!ci_opt_number(v, &d) || !ci_opt_in_range(opt, d)) {
				ci_opt_error(p, errs, opt->name, opt->must, v);
				return;
			}
			*(double *)slot = d;
			return;
		case CI_OPT_INT:
			if (Z_TYPE_P(v) != IS_LONG || !ci_opt_in_range(opt, (double)Z_LVAL_P(v))) {
				ci_opt_error(p, errs, opt->name, opt->must, v);
				return;
			}
			*(zend_long *)slot = Z_LVAL_P(v);
			return;
		case CI_OPT_BOOL:
			if (Z_TYPE_P(v) != IS_TRUE && Z_TYPE_P(v) != IS_FALSE) {
				ci_opt_error(p, errs, opt->name, "must be true or false", v);
				return;
			}
			*(bool *)slot = Z_TYPE_P(v) == IS_TRUE;
			return;
		case CI_OPT_TEXT:
			if (!ci_opt_clean_text(v)) {
				/* Never echo the value: a proxy string may hold a password. */
				ci_errors_add(errs, opt->name, "%s: option %s must be a non-empty string without line breaks or NUL bytes",
					p->title, opt->name);
				return;
			}
			ci_opt_set_string((zend_string **)slot, v);
			return;
		case CI_OPT_BASE_URL:
			ci_opt_base_url(p, v, o, errs);
			return;
		case CI_OPT_FILE:
			ci_opt_ca_file(p, v, o, errs);
			return;
		case CI_OPT_LOGGER:
			ci_log_option(p, v, (zval *)slot, errs);
			return;
	}
}

static const ci_option *ci_option_find(zend_string *key)
{
	for (size_t i = 0; i < CI_OPTION_COUNT; i++) {
		if (zend_string_equals_cstr(key, ci_option_table[i].name, strlen(ci_option_table[i].name))) {
			return &ci_option_table[i];
		}
	}
	return NULL;
}

static void ci_option_unknown(const ci_provider *p, zend_string *key, const char *const *skip, ci_errors *errs)
{
	const char *best;
	ci_suggest s;

	ci_suggest_init(&s, ZSTR_VAL(key), ZSTR_LEN(key));
	for (size_t i = 0; i < CI_OPTION_COUNT; i++) {
		ci_suggest_offer(&s, ci_option_table[i].name);
	}
	/* Gateways::create()'s credential keys: "merchantId" is nearest to "merchant_id". */
	for (; skip && *skip; skip++) {
		ci_suggest_offer(&s, *skip);
	}
	/* Shown escaped and cut, as a parameter key is: a key is any bytes. */
	zend_string *shown = ci_key_shown(NULL, ZSTR_VAL(key), ZSTR_LEN(key));
	if ((best = ci_suggest_best(&s, false))) {
		ci_errors_add(errs, ZSTR_VAL(shown), "%s: unknown option \"%s\"; did you mean \"%s\"?", p->title, ZSTR_VAL(shown), best);
	} else {
		ci_errors_add(errs, ZSTR_VAL(shown), "%s: unknown option \"%s\"", p->title, ZSTR_VAL(shown));
	}
	zend_string_release(shown);
}

static bool ci_option_skipped(zend_string *key, const char *const *skip)
{
	for (; skip && *skip; skip++) {
		if (zend_string_equals_cstr(key, *skip, strlen(*skip))) {
			return true;
		}
	}
	return false;
}

static void ci_opt_default(const ci_option *opt, ci_options *o)
{
	char *slot = (char *)o + opt->offset;

	switch (opt->type) {
		case CI_OPT_NUMBER:
			*(double *)slot = opt->def;
			break;
		case CI_OPT_INT:
			*(zend_long *)slot = (zend_long)opt->def;
			break;
		case CI_OPT_BOOL:
			*(bool *)slot = opt->def != 0;
			break;
		default:
			break; /* strings NULL, the logger UNDEF: what memset() left */
	}
}

void ci_options_parse(ci_options *o, const ci_provider *p, HashTable *in, const char *const *skip, ci_errors *errs)
{
	zend_string *key;
	zval *v;

	memset(o, 0, sizeof(*o));
	for (size_t i = 0; i < CI_OPTION_COUNT; i++) {
		ci_opt_default(&ci_option_table[i], o);
	}
	o->base_url = zend_string_init(p->base_url, strlen(p->base_url), 0);
	o->rate_limit = p->rate_limit;

	if (!in) {
		return;
	}
	ZEND_HASH_FOREACH_STR_KEY_VAL(in, key, v) {
		const ci_option *opt;

		ZVAL_DEREF(v);
		if (!key) {
			ci_errors_add(errs, "options", "%s: option keys must be strings such as \"timeout\"", p->title);
			continue;
		}
		/* null keeps the default, as for invoice parameters: config files (Laravel's env()) give null for unset values. */
		if (ci_option_skipped(key, skip) || Z_TYPE_P(v) == IS_NULL) {
			continue;
		}
		opt = ci_option_find(key);
		if (!opt) {
			ci_option_unknown(p, key, skip, errs);
			continue;
		}
		if (opt->provider_flag && !(p->flags & opt->provider_flag)) {
			ci_errors_add(errs, opt->name, "%s: option %s %s", p->title, opt->name, opt->elsewhere);
			continue;
		}
		ci_opt_one(p, opt, v, o, errs);
	} ZEND_HASH_FOREACH_END();
}

void ci_options_dtor(ci_options *o)
{
	for (size_t i = 0; i < CI_OPTION_COUNT; i++) {
		char *slot = (char *)o + ci_option_table[i].offset;
		switch (ci_option_table[i].type) {
			case CI_OPT_TEXT:
			case CI_OPT_BASE_URL:
			case CI_OPT_FILE:
				if (*(zend_string **)slot) {
					zend_string_release(*(zend_string **)slot);
					*(zend_string **)slot = NULL;
				}
				break;
			case CI_OPT_LOGGER:
				zval_ptr_dtor((zval *)slot);
				ZVAL_UNDEF((zval *)slot);
				break;
			default:
				break;
		}
	}
}

/* The option's value as var_dump() shows it; UNDEF when it shows nothing. */
static void ci_opt_shown(const ci_option *opt, const ci_options *o, zval *z)
{
	const char *slot = (const char *)o + opt->offset;
	const zval *logger = (const zval *)slot;

	ZVAL_UNDEF(z);
	switch (opt->type) {
		case CI_OPT_NUMBER:
			ZVAL_DOUBLE(z, *(const double *)slot);
			break;
		case CI_OPT_INT:
			ZVAL_LONG(z, *(const zend_long *)slot);
			break;
		case CI_OPT_BOOL:
			ZVAL_BOOL(z, *(const bool *)slot);
			break;
		case CI_OPT_TEXT:
		case CI_OPT_BASE_URL:
		case CI_OPT_FILE:
			if (*(zend_string *const *)slot) {
				ZVAL_STR_COPY(z, *(zend_string *const *)slot);
			}
			break;
		case CI_OPT_LOGGER:
			/* Its class only: the object itself may hold anything (handlers, credentials). An
			 * anonymous class's name ends at its NUL. */
			if (Z_TYPE_P(logger) == IS_OBJECT) {
				const char *name = ZSTR_VAL(Z_OBJCE_P(logger)->name);
				ZVAL_STRINGL(z, name, strlen(name));
			}
			break;
	}
}

void ci_options_debug(const ci_options *o, HashTable *out)
{
	zval z;

	for (size_t i = 0; i < CI_OPTION_COUNT; i++) {
		const ci_option *opt = &ci_option_table[i];
		if (opt->show == CI_OPT_SHOW_NOTHING) {
			continue;
		}
		ci_opt_shown(opt, o, &z);
		if (Z_ISUNDEF(z)) {
			continue;
		}
		if (opt->show == CI_OPT_SHOW_REDACTED) {
			zval_ptr_dtor(&z);
			ZVAL_STRING(&z, "[redacted]");
		}
		zend_hash_str_update(out, opt->name, strlen(opt->name), &z);
	}
}
