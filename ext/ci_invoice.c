/* The Invoice value object: see ci_invoice.h. */
#include "php.h"
#include "zend_enum.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "ext/date/php_date.h"
#include "ext/standard/php_string.h"
#include "zend_smart_str.h"
#include "ci_invoice.h"
#include "ci_classes.h"
#include "ci_decimal.h"
#include "ci_engine.h"
#include "ci_policy.h"
#include "php_cryptoinvoice.h"

#define CI_DATE_ATOM "Y-m-d\\TH:i:sP" /* toArray()'s dates, always in UTC */

/* In the stub's declaration order (ci_inv_prop). */
static const char *const ci_inv_names[CI_INV__COUNT] = {
	"provider", "id", "orderId", "status", "providerStatus", "isFinal", "amount", "currency",
	"url", "address", "payAmount", "payCurrency", "network", "paidAmount", "paidAmountInCurrency",
	"paymentOptions", "createdAt",
	"expiresAt", "testMode", "raw",
};
static uint32_t ci_inv_offsets[CI_INV__COUNT];
static zend_function *ci_set_timestamp; /* DateTimeImmutable::setTimestamp */

/* Status case names, in ci_status order. */
static const char *const ci_status_cases[CI_ST_UNKNOWN + 1] = {
	"Created", "Processing", "Paid", "Overpaid", "PartiallyPaid", "Expired", "Canceled", "Failed",
	"Refunding", "RefundFailed", "Refunded", "Unknown",
};

/* A refund under way is not final (the money may still come back); a failed one is: the
 * merchant holds the money, as after Paid. */
static bool ci_status_is_final(ci_status s)
{
	return s == CI_ST_PAID || s == CI_ST_OVERPAID || s == CI_ST_EXPIRED || s == CI_ST_CANCELED
		|| s == CI_ST_FAILED || s == CI_ST_REFUND_FAILED || s == CI_ST_REFUNDED;
}

/* Having a create_object handler is what makes ReflectionClass::newInstanceWithoutConstructor()
 * refuse a final internal class: an Invoice exists only as ci_invoice_create() filled it. */
static zend_object *ci_invoice_new(zend_class_entry *ce)
{
	zend_object *obj = zend_objects_new(ce);

	object_properties_init(obj, ce);
	return obj;
}

void ci_invoice_minit(void)
{
	ci_ce_Invoice->create_object = ci_invoice_new;
	ci_set_timestamp = zend_hash_str_find_ptr(&php_date_get_immutable_ce()->function_table, "settimestamp", sizeof("settimestamp") - 1);
	for (int i = 0; i < CI_INV__COUNT; i++) {
		zend_property_info *info = zend_hash_str_find_ptr(&ci_ce_Invoice->properties_info, ci_inv_names[i], strlen(ci_inv_names[i]));
		ZEND_ASSERT(info != NULL);
		ci_inv_offsets[i] = info->offset;
	}
}

void ci_invoice_data_init(ci_invoice_data *d)
{
	for (int i = 0; i < CI_INV__COUNT; i++) {
		ZVAL_UNDEF(&d->props[i]);
	}
}

void ci_invoice_data_dtor(ci_invoice_data *d)
{
	for (int i = 0; i < CI_INV__COUNT; i++) {
		zval_ptr_dtor(&d->props[i]);
		ZVAL_UNDEF(&d->props[i]);
	}
}

void ci_invoice_set_str(ci_invoice_data *d, ci_inv_prop prop, zend_string *s)
{
	zval_ptr_dtor(&d->props[prop]);
	if (s) {
		ZVAL_STR_COPY(&d->props[prop], s);
	} else {
		ZVAL_UNDEF(&d->props[prop]);
	}
}

zval *ci_payload_get(zval *payload, const char *path)
{
	zval *node = payload;
	const char *seg = path;

	for (;;) {
		const char *dot = strchr(seg, '.');
		size_t len = dot ? (size_t)(dot - seg) : strlen(seg);

		if (Z_TYPE_P(node) != IS_ARRAY) {
			return NULL;
		}
		node = zend_hash_str_find(Z_ARRVAL_P(node), seg, len);
		if (!node) {
			return NULL;
		}
		if (!dot) {
			return Z_TYPE_P(node) == IS_NULL ? NULL : node;
		}
		seg = dot + 1;
	}
}

zend_string *ci_payload_text(zval *v)
{
	if (!v) {
		return NULL;
	}
	switch (Z_TYPE_P(v)) {
		case IS_STRING:
			return zend_string_copy(Z_STR_P(v));
		case IS_LONG:
			return zend_long_to_str(Z_LVAL_P(v));
		case IS_DOUBLE:
			return zend_finite(Z_DVAL_P(v)) ? ci_decimal_from_double(Z_DVAL_P(v)) : NULL;
		default:
			return NULL;
	}
}

/* {{{ Times
 * Provider dates are checked against a strict grammar before timelib sees them, because
 * timelib reads far more than dates: "+1 year", "tomorrow", "2024-02-30" (rolled into March)
 * and "25:00" all parse. Accepted, and nothing else:
 *   YYYY-MM-DD [("T"|" ") HH:MM [":" SS ["." 1-9 digits]] [zone]]
 *   zone: "Z" | ["" | " "] ("+"|"-") HH [[":"] MM] | " " ("UTC"|"GMT"|Area/Location)
 * with a real calendar day, hours 0-23, minutes and seconds 0-59, offsets up to 18:00. */
typedef struct ci_time_shape {
	bool zoned;    /* a zone is written; otherwise the provider's own applies */
	bool seconds;  /* HH:MM:SS written */
	bool fraction; /* the seconds carry a fraction */
} ci_time_shape;

/* ASCII classes: <ctype.h> follows the process locale, which may call 0xE4 a letter. */
#define CI_IS_DIGIT(c) ((c) >= '0' && (c) <= '9')
#define CI_IS_UPPER(c) ((c) >= 'A' && (c) <= 'Z')
#define CI_IS_ALPHA(c) (CI_IS_UPPER(c) || ((c) >= 'a' && (c) <= 'z'))
#define CI_IS_ALNUM(c) (CI_IS_ALPHA(c) || CI_IS_DIGIT(c))
#define CI_IS_XDIGIT(c) (CI_IS_DIGIT(c) || ((c) >= 'a' && (c) <= 'f') || ((c) >= 'A' && (c) <= 'F'))

/* Exactly n digits at *i. */
static bool ci_time_digits(const char *s, size_t len, size_t *i, int n, int *val)
{
	int v = 0;

	if (*i + (size_t)n > len) {
		return false;
	}
	for (int k = 0; k < n; k++) {
		char c = s[*i + k];
		if (c < '0' || c > '9') {
			return false;
		}
		v = v * 10 + (c - '0');
	}
	*i += (size_t)n;
	*val = v;
	return true;
}

static bool ci_time_char(const char *s, size_t len, size_t *i, char c)
{
	if (*i < len && s[*i] == c) {
		(*i)++;
		return true;
	}
	return false;
}

static int ci_time_days_in_month(int y, int m)
{
	static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

	return m == 2 && leap ? 29 : days[m - 1];
}

/* "UTC", "GMT" or an IANA Area/Location name ("Europe/Moscow", "America/Port-au-Prince");
 * timelib then decides whether the name exists. No digits or '+': timelib would read
 * "Etc/GMT+3" as Etc/GMT followed by a second zone, and drop one of them. */
static bool ci_time_zone_name(const char *s, size_t len)
{
	bool slash = false;

	if ((len == 3 && (memcmp(s, "UTC", 3) == 0 || memcmp(s, "GMT", 3) == 0))) {
		return true;
	}
	if (len == 0 || len > 40 || !CI_IS_UPPER(s[0])) {
		return false;
	}
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		bool letter_next = i + 1 < len && CI_IS_ALPHA(s[i + 1]);
		if (c == '/' && letter_next) {
			slash = true;
		} else if (!CI_IS_ALPHA(c) && c != '_' && !(c == '-' && letter_next && i > 0 && CI_IS_ALPHA(s[i - 1]))) {
			return false;
		}
	}
	return slash;
}

/* The zone after the time, to the end of the text. */
static bool ci_time_zone(const char *s, size_t len, size_t i)
{
	int hh, mm = 0;
	bool space = ci_time_char(s, len, &i, ' ');

	if (!space && (ci_time_char(s, len, &i, 'Z') || ci_time_char(s, len, &i, 'z'))) {
		return i == len;
	}
	if (ci_time_char(s, len, &i, '+') || ci_time_char(s, len, &i, '-')) {
		if (!ci_time_digits(s, len, &i, 2, &hh)) {
			return false;
		}
		/* +HH, +HHMM or +HH:MM */
		if ((ci_time_char(s, len, &i, ':') || i < len) && !ci_time_digits(s, len, &i, 2, &mm)) {
			return false;
		}
		return i == len && hh <= 18 && mm <= 59;
	}
	return space && ci_time_zone_name(s + i, len - i);
}

static bool ci_time_scan(const char *s, size_t len, ci_time_shape *shape)
{
	size_t i = 0;
	int y, mo, d, h, mi, sec = 0;

	memset(shape, 0, sizeof(*shape));
	if (len > 64 || !ci_time_digits(s, len, &i, 4, &y) || !ci_time_char(s, len, &i, '-')
			|| !ci_time_digits(s, len, &i, 2, &mo) || !ci_time_char(s, len, &i, '-') || !ci_time_digits(s, len, &i, 2, &d)
			|| mo < 1 || mo > 12 || d < 1 || d > ci_time_days_in_month(y, mo)) {
		return false;
	}
	if (i == len) {
		return true; /* a day alone: its midnight */
	}
	if (!(ci_time_char(s, len, &i, 'T') || ci_time_char(s, len, &i, ' '))
			|| !ci_time_digits(s, len, &i, 2, &h) || !ci_time_char(s, len, &i, ':') || !ci_time_digits(s, len, &i, 2, &mi)) {
		return false;
	}
	if (ci_time_char(s, len, &i, ':')) {
		if (!ci_time_digits(s, len, &i, 2, &sec)) {
			return false;
		}
		shape->seconds = true;
		if (ci_time_char(s, len, &i, '.')) {
			size_t from = i;
			while (i < len && CI_IS_DIGIT(s[i])) {
				i++;
			}
			if (i == from || i - from > 9) {
				return false;
			}
			shape->fraction = true;
		}
	}
	if (h > 23 || mi > 59 || sec > 59) {
		return false;
	}
	if (i == len) {
		return true;
	}
	shape->zoned = true;
	return ci_time_zone(s, len, i);
}

static zend_result ci_time_parse(const char *text, size_t len, zval *out)
{
	/* An exception already pending is not ours to clear, and timelib must not run under it. */
	if (EG(exception)) {
		return FAILURE;
	}
	php_date_instantiate(php_date_get_immutable_ce(), out);
	if (!php_date_initialize(Z_PHPDATE_P(out), text, len, NULL, NULL, PHP_DATE_INIT_CTOR)
			|| Z_PHPDATE_P(out)->time->have_relative) {
		zval_ptr_dtor(out);
		ZVAL_UNDEF(out);
		if (EG(exception)) {
			zend_clear_exception();
		}
		return FAILURE;
	}
	return SUCCESS;
}

/* Whole seconds: setTimestamp() on a UTC template converts inside timelib, a fraction of the
 * cost of writing the date as text and parsing it again (the path that keeps microseconds). */
static zend_result ci_time_from_seconds(zend_long sec, zval *out)
{
	zval *tpl = &CI_G(utc_epoch), ts;

	if (Z_ISUNDEF_P(tpl) && ci_time_parse("1970-01-01 00:00:00 UTC", sizeof("1970-01-01 00:00:00 UTC") - 1, tpl) == FAILURE) {
		return FAILURE;
	}
	if (EG(exception)) {
		return FAILURE;
	}
	ZVAL_LONG(&ts, sec);
	zend_call_known_instance_method_with_1_params(ci_set_timestamp, Z_OBJ_P(tpl), out, &ts);
	if (EG(exception) || Z_TYPE_P(out) != IS_OBJECT) {
		zend_clear_exception();
		zval_ptr_dtor(out);
		ZVAL_UNDEF(out);
		return FAILURE;
	}
	return SUCCESS;
}

void ci_invoice_rshutdown(void)
{
	zval_ptr_dtor(&CI_G(utc_epoch));
	ZVAL_UNDEF(&CI_G(utc_epoch));
}

static zend_result ci_time_from_epoch(zend_long sec, zend_long usec, zval *out)
{
	if (usec == 0 && ci_set_timestamp) {
		return ci_time_from_seconds(sec, out);
	}
	{
	zend_string *day = php_format_date("Y-m-d H:i:s", sizeof("Y-m-d H:i:s") - 1, (time_t)sec, false);
	zend_string *utc = zend_strpprintf(0, "%s.%06d UTC", ZSTR_VAL(day), (int)usec);
	zend_result rc = ci_time_parse(ZSTR_VAL(utc), ZSTR_LEN(utc), out);

	zend_string_release(day);
	zend_string_release(utc);
	return rc;
	}
}

zend_result ci_invoice_time(const char *text, size_t len, const char *zone, zval *out)
{
	zval tmp;
	zend_string *full;
	zend_result rc;
	ci_time_shape shape;

	if (!ci_time_scan(text, len, &shape)) {
		return FAILURE;
	}
	if (shape.zoned && shape.seconds && !shape.fraction) {
		/* No object is needed just to learn the instant (-1 is also the error value: the full path
		 * then decides). */
		zend_long sse = php_parse_date(text, NULL);
		if (sse != -1) {
			return ci_time_from_epoch(sse, 0, out);
		}
	}
	full = shape.zoned
		? zend_string_init(text, len, 0)
		: zend_strpprintf(0, "%.*s %s", (int)len, text, zone);
	rc = ci_time_parse(ZSTR_VAL(full), ZSTR_LEN(full), &tmp);
	zend_string_release(full);
	if (rc == FAILURE) {
		return FAILURE;
	}
	php_date_obj *d = Z_PHPDATE_P(&tmp);
	if (d->time->zone_type == TIMELIB_ZONETYPE_ID && d->time->tz_info && strcmp(d->time->tz_info->name, "UTC") == 0) {
		ZVAL_COPY_VALUE(out, &tmp); /* written in UTC (or given " UTC"): already what we return */
		return SUCCESS;
	}
	/* Re-expressed in UTC, whatever zone the provider wrote. */
	rc = ci_time_from_epoch((zend_long)d->time->sse, (zend_long)d->time->us, out);
	zval_ptr_dtor(&tmp);
	return rc;
}
/* }}} */

/* {{{ Text and payment pages */
/* Well-formed UTF-8 (RFC 3629: no overlongs, surrogates or code points above U+10FFFF). */
static bool ci_utf8_valid(const unsigned char *s, size_t len)
{
	size_t i = 0;

	while (i < len) {
		unsigned char c = s[i];
		size_t n;
		uint32_t cp;

		if (c < 0x80) {
			i++;
			continue;
		}
		if (c >= 0xc2 && c <= 0xdf) {
			n = 1;
			cp = c & 0x1f;
		} else if (c >= 0xe0 && c <= 0xef) {
			n = 2;
			cp = c & 0x0f;
		} else if (c >= 0xf0 && c <= 0xf4) {
			n = 3;
			cp = c & 0x07;
		} else {
			return false;
		}
		for (size_t k = 1; k <= n; k++) {
			if (i + k >= len || (s[i + k] & 0xc0) != 0x80) {
				return false;
			}
			cp = (cp << 6) | (s[i + k] & 0x3f);
		}
		if ((n == 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (n == 3 && (cp < 0x10000 || cp > 0x10ffff))) {
			return false;
		}
		i += n + 1;
	}
	return true;
}

bool ci_text_clean(const zend_string *s)
{
	for (size_t i = 0; i < ZSTR_LEN(s); i++) {
		unsigned char c = (unsigned char)ZSTR_VAL(s)[i];
		if (c < 0x20 || c == 0x7f) {
			return false;
		}
	}
	return ci_utf8_valid((const unsigned char *)ZSTR_VAL(s), ZSTR_LEN(s));
}

/* host[:port] of an https URL: a DNS name of letters, digits, '-' and '.', or an IPv6
 * literal in brackets; no userinfo (https://good.example@evil.example/ reads as evil). */
static bool ci_url_authority(const char *s, size_t len)
{
	size_t i = 0, host_end;

	if (len == 0) {
		return false;
	}
	if (s[0] == '[') {
		while (i < len && s[i] != ']') {
			i++;
		}
		if (i == len || i == 1) {
			return false;
		}
		for (size_t k = 1; k < i; k++) {
			if (!CI_IS_XDIGIT(s[k]) && s[k] != ':' && s[k] != '.') {
				return false;
			}
		}
		host_end = ++i;
	} else {
		while (i < len && (CI_IS_ALNUM(s[i]) || s[i] == '-' || s[i] == '.')) {
			i++;
		}
		host_end = i;
		/* A payment page is on a public name: a single label ("pay", "1e3") is a word, not a host. */
		if (host_end == 0 || s[0] == '.' || s[0] == '-' || zend_memnstr(s, "..", 2, s + host_end)
				|| !memchr(s, '.', host_end) || s[host_end - 1] == '.') {
			return false;
		}
	}
	if (i == len) {
		return true;
	}
	if (s[i] != ':' || i + 1 == len || len - i - 1 > 5) {
		return false; /* '@', '%', '_' or anything else in the authority */
	}
	zend_long port = 0;
	for (size_t k = i + 1; k < len; k++) {
		if (!CI_IS_DIGIT(s[k])) {
			return false;
		}
		port = port * 10 + (s[k] - '0');
	}
	return port >= 1 && port <= 65535 && host_end > 0;
}

/* The absolute https:// URL the README promises, or NULL. CryptoCloud writes its link without
 * a scheme (pay.cryptocloud.plus/XXXX): such text gets https:// and is then held to the same
 * rules. http://, javascript:, data:, protocol-relative //host, userinfo, whitespace, control
 * characters, backslashes and non-ASCII bytes are refused; only printable ASCII passes. */
static zend_string *ci_payment_url(zend_string *given)
{
	const char *s = ZSTR_VAL(given), *auth;
	size_t len = ZSTR_LEN(given), auth_len, scheme;
	zend_string *url;

	if (len == 0 || len > 2048) {
		return NULL;
	}
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c <= 0x20 || c >= 0x7f || c == '\\') {
			return NULL;
		}
	}
	scheme = 0;
	if (CI_IS_ALPHA(s[0])) {
		scheme = 1;
		while (scheme < len && (CI_IS_ALNUM(s[scheme]) || s[scheme] == '+' || s[scheme] == '-' || s[scheme] == '.')) {
			scheme++;
		}
	}
	if (scheme > 0 && scheme + 3 <= len && memcmp(s + scheme, "://", 3) == 0) {
		if (scheme != 5 || strncasecmp(s, "https", 5) != 0) {
			return NULL; /* http://, ftp://, ...: not the https page the README promises */
		}
		url = zend_string_concat2("https://", 8, s + 8, len - 8);
	} else if (len >= 2 && s[0] == '/' && s[1] == '/') {
		return NULL;
	} else {
		/* No scheme (pay.cryptocloud.plus/XXXX); "javascript:alert(1)" lands here too and fails
		 * as an authority ("alert(1)" is no port). */
		url = zend_string_concat2("https://", 8, s, len);
	}
	auth = ZSTR_VAL(url) + 8;
	auth_len = strcspn(auth, "/?#");
	if (!ci_url_authority(auth, auth_len)) {
		zend_string_release(url);
		return NULL;
	}
	return url;
}
/* }}} */

/* {{{ The out table walker */
#define CI_UNIX_TIME_MAX 253402300799.0 /* a double: zend_long may be 32 bits */

static zend_result ci_out_one(const ci_gateway *gw, const ci_out_field *o, zval *v, ci_invoice_data *d)
{
	zval *slot = &d->props[o->prop];
	zend_string *s;

	switch (o->type) {
		case CI_O_BOOL:
			if (Z_TYPE_P(v) != IS_TRUE && Z_TYPE_P(v) != IS_FALSE) {
				return FAILURE;
			}
			ZVAL_COPY(slot, v);
			return SUCCESS;
		case CI_O_UNIX_TIME:
			/* Up to 9999-12-31T23:59:59Z, the last instant a four-digit year can write. */
			if (Z_TYPE_P(v) != IS_LONG || Z_LVAL_P(v) < 0 || (double)Z_LVAL_P(v) > CI_UNIX_TIME_MAX) {
				return FAILURE;
			}
			return ci_time_from_epoch(Z_LVAL_P(v), 0, slot);
		case CI_O_TIME:
			if (Z_TYPE_P(v) != IS_STRING) {
				return FAILURE;
			}
			return ci_invoice_time(Z_STRVAL_P(v), Z_STRLEN_P(v), gw->provider->time_zone, slot);
		case CI_O_DECIMAL:
			s = ci_payload_text(v);
			/* The invoiced amount is money asked for: zero is no invoice (amounts paid may be 0). */
			if (!s || !ci_decimal_is_plain(ZSTR_VAL(s), ZSTR_LEN(s))
					|| (o->prop == CI_INV_AMOUNT && strspn(ZSTR_VAL(s), "0.") == ZSTR_LEN(s))) {
				if (s) {
					zend_string_release(s);
				}
				return FAILURE;
			}
			ZVAL_STR(slot, s);
			return SUCCESS;
		case CI_O_URL:
			if (Z_TYPE_P(v) != IS_STRING) {
				return FAILURE;
			}
			/* A text that is no safe payment page is no answer error: the invoice exists, its url
			 * is null and raw keeps what came. */
			s = ci_payment_url(Z_STR_P(v));
			if (s) {
				ZVAL_STR(slot, s);
			}
			return SUCCESS;
		case CI_O_STRING:
		default:
			/* Ids and codes are strings in every documented answer; a number there is the wrong shape,
			 * and so is text no provider writes: control characters or bytes that are not UTF-8. */
			if (Z_TYPE_P(v) != IS_STRING || !ci_text_clean(Z_STR_P(v))) {
				return FAILURE;
			}
			ZVAL_COPY(slot, v);
			return SUCCESS;
	}
}

/* "int", or for text what it says ("string \"2024-02-30\"") when it is short and printable. */
static zend_string *ci_out_given(zval *v)
{
	if (Z_TYPE_P(v) == IS_STRING) {
		bool printable = Z_STRLEN_P(v) <= 64;
		for (size_t i = 0; printable && i < Z_STRLEN_P(v); i++) {
			unsigned char c = (unsigned char)Z_STRVAL_P(v)[i];
			printable = c >= 0x20 && c < 0x7f && c != '"' && c != '\\';
		}
		return printable ? zend_strpprintf(0, "string \"%s\"", Z_STRVAL_P(v))
			: zend_strpprintf(0, "string of %zu bytes%s", Z_STRLEN_P(v), ci_text_clean(Z_STR_P(v)) ? "" : " with control characters or bad UTF-8");
	}
	return zend_string_init(zend_zval_type_name(v), strlen(zend_zval_type_name(v)), 0);
}

zend_result ci_invoice_read(const ci_gateway *gw, zval *payload, const ci_out_field *o, ci_invoice_data *d,
	ci_failure *f)
{
	zval *v = ci_payload_get(payload, o->path);

	if (!v) {
		if (o->flags & CI_O_REQUIRED) {
			ci_failure_set(f, ci_ce_UnexpectedResponseException, 200, "%s sent an invoice without %s", gw->provider->title, o->path);
			return FAILURE;
		}
		return SUCCESS;
	}
	zval_ptr_dtor(&d->props[o->prop]);
	ZVAL_UNDEF(&d->props[o->prop]);
	if (ci_out_one(gw, o, v, d) == FAILURE) {
		zend_string *given = ci_out_given(v);
		ci_failure_set(f, ci_ce_UnexpectedResponseException, 200, "%s sent an invoice with an invalid %s (%s)",
			gw->provider->title, o->path, ZSTR_VAL(given));
		zend_string_release(given);
		return FAILURE;
	}
	return SUCCESS;
}

/* The answer's mapping: the operation's own, else the provider's (and always for webhooks). */
static zend_result ci_out_walk(const ci_gateway *gw, const ci_request *req, zval *payload, ci_invoice_data *d, ci_failure *f)
{
	const ci_out_field *table = req && req->operation->out ? req->operation->out : gw->provider->out;

	for (const ci_out_field *o = table; o->path; o++) {
		if (ci_invoice_read(gw, payload, o, d, f) == FAILURE) {
			return FAILURE;
		}
	}
	return SUCCESS;
}
/* }}} */

static ci_status ci_status_of(const ci_provider *p, zend_string *word)
{
	for (const ci_status_word *w = p->statuses; w->word; w++) {
		if (zend_string_equals_cstr(word, w->word, strlen(w->word))) {
			return w->status;
		}
	}
	return CI_ST_UNKNOWN;
}

/* {{{ Secrets: a provider that echoes a credential back must not put it in Invoice::$raw
 * (values and keys, in any escaped form: the one scrubber of ci_errors.c). */
static void ci_invoice_scrub(const ci_gateway *gw, zval *raw)
{
	ci_secrets s;

	ci_policy_secrets(gw, &s);
	ci_secrets_scrub_zval(&s, raw);
	ci_secrets_dtor(&s);
}
/* }}} */

/* {{{ Object */
static void ci_invoice_write(zend_object *obj, ci_inv_prop prop, zval *value)
{
	zval *slot = OBJ_PROP(obj, ci_inv_offsets[prop]);
	zval_ptr_dtor(slot);
	ZVAL_COPY_VALUE(slot, value);
	ZVAL_UNDEF(value);
}

/* The object, from properties that are all set or UNDEF (null); d is left all UNDEF. */
static void ci_invoice_object(ci_invoice_data *d, zval *return_value)
{
	object_init_ex(return_value, ci_ce_Invoice);
	for (int i = 0; i < CI_INV__COUNT; i++) {
		if (Z_ISUNDEF(d->props[i])) {
			ZVAL_NULL(&d->props[i]);
		}
		ci_invoice_write(Z_OBJ_P(return_value), (ci_inv_prop)i, &d->props[i]);
	}
}

static const ci_inv_prop ci_inv_required[] = {CI_INV_ID, CI_INV_AMOUNT, CI_INV_CURRENCY, CI_INV_PROVIDER_STATUS};

static zend_result ci_invoice_create(const ci_gateway *gw, ci_invoice_data *d, zval *payload, zval *return_value, ci_failure *f)
{
	const ci_provider *p = gw->provider;
	ci_status st;

	for (size_t i = 0; i < sizeof(ci_inv_required) / sizeof(ci_inv_required[0]); i++) {
		if (Z_TYPE(d->props[ci_inv_required[i]]) != IS_STRING || Z_STRLEN(d->props[ci_inv_required[i]]) == 0) {
			ci_failure_set(f, ci_ce_UnexpectedResponseException, 200, "%s answered without the invoice's %s",
				p->title, ci_inv_names[ci_inv_required[i]]);
			return FAILURE;
		}
	}
	st = ci_status_of(p, Z_STR(d->props[CI_INV_PROVIDER_STATUS]));
	ZVAL_STRING(&d->props[CI_INV_PROVIDER], p->name);
	ZVAL_OBJ_COPY(&d->props[CI_INV_STATUS], zend_enum_get_case_cstr(ci_ce_Status, ci_status_cases[st]));
	if (Z_ISUNDEF(d->props[CI_INV_IS_FINAL])) {
		ZVAL_BOOL(&d->props[CI_INV_IS_FINAL], ci_status_is_final(st));
	}
	if (Z_ISUNDEF(d->props[CI_INV_PAYMENT_OPTIONS])) {
		ZVAL_EMPTY_ARRAY(&d->props[CI_INV_PAYMENT_OPTIONS]);
	}
	if (Z_ISUNDEF(d->props[CI_INV_TEST_MODE])) {
		ZVAL_FALSE(&d->props[CI_INV_TEST_MODE]);
	}
	ZVAL_COPY(&d->props[CI_INV_RAW], payload);
	ci_invoice_object(d, return_value);
	return SUCCESS;
}

/* A create's answer must be about the order it was asked for: an answer naming another order
 * (a swapped or replayed answer, a proxy's cache) would send the customer to someone else's
 * payment page. The fields a provider's create answer repeats are marked CI_F_ECHOED in its
 * table (Cryptomus order_id, OnChainPay order and externalId); where the answer carries one, it
 * must be the text that was sent. */
static zend_result ci_invoice_check_order(const ci_gateway *gw, const ci_request *req, zval *payload, ci_failure *f)
{
	if (!req || req->op != CI_OP_CREATE || Z_TYPE(req->body) != IS_ARRAY) {
		return SUCCESS;
	}
	for (const ci_field *row = req->operation->params; row && row->key; row++) {
		zval *sent, *got;
		if (!(row->flags & CI_F_ECHOED) || !row->wire || strchr(row->wire, '.')) {
			continue;
		}
		sent = zend_hash_str_find(Z_ARRVAL(req->body), row->wire, strlen(row->wire));
		got = zend_hash_str_find(Z_ARRVAL_P(payload), row->wire, strlen(row->wire));
		if (!sent || !got || Z_TYPE_P(sent) != IS_STRING || Z_TYPE_P(got) == IS_NULL
				|| (Z_TYPE_P(got) == IS_STRING && zend_string_equals(Z_STR_P(sent), Z_STR_P(got)))) {
			continue;
		}
		ci_failure_set(f, ci_ce_UnexpectedResponseException, 200,
			"%s answered a create whose %s was \"%.*s%s\" with an invoice whose %s is %s; that answer was not used",
			gw->provider->title, row->wire, (int)MIN(Z_STRLEN_P(sent), 64), Z_STRVAL_P(sent), Z_STRLEN_P(sent) > 64 ? "..." : "",
			row->wire, Z_TYPE_P(got) == IS_STRING ? "another" : "not text");
		return FAILURE;
	}
	return SUCCESS;
}

zend_result ci_invoice_from_payload(const ci_gateway *gw, const ci_request *req, zval *payload,
	zval *return_value, ci_failure *f)
{
	ci_invoice_data d;
	zend_result rc;

	if (!payload || Z_TYPE_P(payload) != IS_ARRAY) {
		ci_failure_set(f, ci_ce_UnexpectedResponseException, 200, "%s answered without an invoice object", gw->provider->title);
		return FAILURE;
	}
	/* Every property, raw included, is read from the scrubbed copy. */
	zval clean;
	ZVAL_COPY(&clean, payload);
	ci_invoice_scrub(gw, &clean);
	ci_invoice_data_init(&d);
	rc = ci_out_walk(gw, req, &clean, &d, f);
	if (rc == SUCCESS && gw->provider->finish_invoice) {
		rc = gw->provider->finish_invoice(gw, req, &clean, &d, f);
	}
	if (rc == SUCCESS) {
		rc = ci_invoice_check_order(gw, req, &clean, f);
	}
	if (rc == SUCCESS) {
		rc = ci_invoice_create(gw, &d, &clean, return_value, f);
	}
	if (rc == FAILURE && !f->ce) {
		/* Every failure must say its class and why: a hook that forgot would throw a NULL class. */
		ci_failure_set(f, ci_ce_UnexpectedResponseException, 200, "%s answered with an invoice that could not be read",
			gw->provider->title);
	}
	ci_invoice_data_dtor(&d);
	zval_ptr_dtor(&clean);
	return rc;
}

bool ci_invoice_add_option(ci_invoice_data *d, zend_string *currency, zend_string *network,
	zend_string *address, zend_string *amount)
{
	zval opt, *list = &d->props[CI_INV_PAYMENT_OPTIONS];
	zend_string *vals[] = {currency, network, address, amount};
	static const char *const keys[] = {"currency", "network", "address", "amount"};

	for (int i = 0; i < 4; i++) {
		if (vals[i] && !ci_text_clean(vals[i])) {
			return false;
		}
	}

	if (Z_ISUNDEF_P(list)) {
		array_init(list);
	}
	array_init_size(&opt, 4);
	for (int i = 0; i < 4; i++) {
		if (vals[i]) {
			add_assoc_str(&opt, keys[i], zend_string_copy(vals[i]));
		} else {
			add_assoc_null(&opt, keys[i]);
		}
	}
	add_next_index_zval(list, &opt);
	return true;
}
/* }}} */

/* {{{ Invoice::fromArray(): toArray()'s shape back into an Invoice
 * Queue jobs and database rows carry invoices as arrays. What comes back must be an invoice the
 * extension could itself have built: each property is held to the rule it meets when read from a
 * provider's answer (clean text, plain decimals, a safe https page, dates in UTC, status as the
 * provider's word means it), and nothing in it may run user code: objects are refused, except a
 * Status case and a DateTimeInterface, whose values are read without calling any method. */
#define CI_FA "Invoice::fromArray()"
#define CI_RAW_DEPTH 64 /* as deep as a provider's answer is decoded (ci_json.c) */
#define CI_RAW_PATH_SHOWN 96 /* bytes of the path to a bad value in raw, in a message */
/* 0000-01-01T00:00:00Z to 9999-12-31T23:59:59Z: what toArray() writes with a four-digit year
 * (doubles: zend_long may be 32 bits). */
#define CI_SSE_MIN (-62167219200.0)
#define CI_SSE_MAX 253402300799.0

typedef enum {
	CI_IN_PROVIDER, /* a registry name, as getProvider() says it */
	CI_IN_NAME,     /* non-empty clean text: ids, codes, the provider's status word */
	CI_IN_TEXT,     /* clean text */
	CI_IN_STATUS,   /* a Status value, or a Status case */
	CI_IN_BOOL,
	CI_IN_AMOUNT,   /* positive plain decimal string */
	CI_IN_DECIMAL,  /* plain decimal string */
	CI_IN_URL,      /* absolute https URL, as the builder writes one */
	CI_IN_TIME,     /* date text or DateTimeInterface, kept in UTC */
	CI_IN_OPTIONS,  /* the paymentOptions list */
	CI_IN_RAW       /* plain data */
} ci_in_type;

typedef struct ci_in_rule {
	ci_in_type type;
	bool nullable; /* may be null or left out */
} ci_in_rule;

static const ci_in_rule ci_in_rules[CI_INV__COUNT] = {
	[CI_INV_PROVIDER] = {.type = CI_IN_PROVIDER, .nullable = false},
	[CI_INV_ID] = {.type = CI_IN_NAME, .nullable = false},
	[CI_INV_ORDER_ID] = {.type = CI_IN_TEXT, .nullable = true},
	[CI_INV_STATUS] = {.type = CI_IN_STATUS, .nullable = false},
	[CI_INV_PROVIDER_STATUS] = {.type = CI_IN_NAME, .nullable = false},
	[CI_INV_IS_FINAL] = {.type = CI_IN_BOOL, .nullable = false},
	[CI_INV_AMOUNT] = {.type = CI_IN_AMOUNT, .nullable = false},
	[CI_INV_CURRENCY] = {.type = CI_IN_NAME, .nullable = false},
	[CI_INV_URL] = {.type = CI_IN_URL, .nullable = true},
	[CI_INV_ADDRESS] = {.type = CI_IN_TEXT, .nullable = true},
	[CI_INV_PAY_AMOUNT] = {.type = CI_IN_DECIMAL, .nullable = true},
	[CI_INV_PAY_CURRENCY] = {.type = CI_IN_TEXT, .nullable = true},
	[CI_INV_NETWORK] = {.type = CI_IN_TEXT, .nullable = true},
	[CI_INV_PAID_AMOUNT] = {.type = CI_IN_DECIMAL, .nullable = true},
	[CI_INV_PAID_AMOUNT_IN_CURRENCY] = {.type = CI_IN_DECIMAL, .nullable = true},
	[CI_INV_PAYMENT_OPTIONS] = {.type = CI_IN_OPTIONS, .nullable = false},
	[CI_INV_CREATED_AT] = {.type = CI_IN_TIME, .nullable = true},
	[CI_INV_EXPIRES_AT] = {.type = CI_IN_TIME, .nullable = true},
	[CI_INV_TEST_MODE] = {.type = CI_IN_BOOL, .nullable = false},
	[CI_INV_RAW] = {.type = CI_IN_RAW, .nullable = false},
};

/* What would be valid, for messages; provider and status are listed from the registry and the enum. */
static const char *const ci_in_valid[] = {
	[CI_IN_NAME] = "a non-empty string of UTF-8 text without control characters",
	[CI_IN_TEXT] = "a string of UTF-8 text without control characters",
	[CI_IN_BOOL] = "true or false",
	[CI_IN_AMOUNT] = "a positive decimal string such as \"10.50\"",
	[CI_IN_DECIMAL] = "a decimal string such as \"0.5\"",
	[CI_IN_URL] = "an absolute https:// URL",
	[CI_IN_TIME] = "a date such as \"2026-01-02T12:00:00+00:00\" (years 0000 to 9999) or a DateTimeInterface",
	[CI_IN_OPTIONS] = "a list of ['currency' => string, 'network' => ?string, 'address' => ?string, 'amount' => ?string]",
	[CI_IN_RAW] = "an array of strings, numbers, booleans, null and arrays of them",
};

static const char *const ci_option_keys[] = {"currency", "network", "address", "amount"};
static const ci_in_type ci_option_types[] = {CI_IN_TEXT, CI_IN_TEXT, CI_IN_TEXT, CI_IN_DECIMAL};

static zend_string *ci_in_valid_text(ci_in_type t)
{
	smart_str s = {0};

	if (t == CI_IN_PROVIDER) {
		smart_str_append_printf(&s, "one of %s", ci_provider_names());
	} else if (t == CI_IN_STATUS) {
		smart_str_appends(&s, "a Status case or value (");
		for (int i = 0; i <= CI_ST_UNKNOWN; i++) {
			zend_object *c = zend_enum_get_case_cstr(ci_ce_Status, ci_status_cases[i]);
			smart_str_appends(&s, i == 0 ? "" : i == CI_ST_UNKNOWN ? " or " : ", ");
			smart_str_append(&s, Z_STR_P(zend_enum_fetch_case_value(c)));
		}
		smart_str_appendc(&s, ')');
	} else {
		smart_str_appends(&s, ci_in_valid[t]);
	}
	smart_str_0(&s);
	return s.s;
}

/* "<key> must be <valid>[ or null], got <what came>": the value itself when short (ci_text.c cuts
 * and escapes it), otherwise its kind. */
static void ci_in_invalid(ci_errors *errs, const char *key, ci_in_type t, bool nullable, zval *given)
{
	zend_string *valid = ci_in_valid_text(t), *shown;

	if (Z_TYPE_P(given) == IS_OBJECT && instanceof_function(Z_OBJCE_P(given), php_date_get_interface_ce())) {
		/* Its instant, read from the object: no format() of a subclass runs. */
		php_date_obj *date = Z_PHPDATE_P(given);
		zend_string *when = date->time ? php_format_date(CI_DATE_ATOM, sizeof(CI_DATE_ATOM) - 1, (time_t)date->time->sse, false) : NULL;
		shown = when ? zend_strpprintf(0, "an object of class %s holding %s", ZSTR_VAL(Z_OBJCE_P(given)->name), ZSTR_VAL(when))
			: zend_strpprintf(0, "an uninitialized object of class %s", ZSTR_VAL(Z_OBJCE_P(given)->name));
		if (when) {
			zend_string_release(when);
		}
	} else {
		shown = ci_value_describe(given);
	}
	ci_errors_add(errs, key, CI_FA ": %s must be %s%s, got %s", key, ZSTR_VAL(valid), nullable ? ", or null" : "", ZSTR_VAL(shown));
	zend_string_release(valid);
	zend_string_release(shown);
}

/* Text properties, as ci_out_one() reads them from an answer: strings only, never numbers. */
static bool ci_in_text_ok(ci_in_type t, zval *v)
{
	const char *s;
	size_t len;

	if (Z_TYPE_P(v) != IS_STRING) {
		return false;
	}
	s = Z_STRVAL_P(v);
	len = Z_STRLEN_P(v);
	switch (t) {
		case CI_IN_AMOUNT:
			/* The invoiced amount is money asked for: zero is no invoice. */
			return ci_decimal_is_plain(s, len) && strspn(s, "0.") != len;
		case CI_IN_DECIMAL:
			return ci_decimal_is_plain(s, len);
		case CI_IN_NAME:
			return len > 0 && ci_text_clean(Z_STR_P(v));
		default:
			return ci_text_clean(Z_STR_P(v));
	}
}

static zend_result ci_in_status(zval *v, zval *out)
{
	if (Z_TYPE_P(v) == IS_OBJECT && Z_OBJCE_P(v) == ci_ce_Status) {
		ZVAL_COPY(out, v);
		return SUCCESS;
	}
	if (Z_TYPE_P(v) != IS_STRING) {
		return FAILURE;
	}
	for (int i = 0; i <= CI_ST_UNKNOWN; i++) {
		zend_object *c = zend_enum_get_case_cstr(ci_ce_Status, ci_status_cases[i]);
		if (zend_string_equals(Z_STR_P(zend_enum_fetch_case_value(c)), Z_STR_P(v))) {
			ZVAL_OBJ_COPY(out, c);
			return SUCCESS;
		}
	}
	return FAILURE;
}

static bool ci_in_time_in_range(double sse)
{
	return sse >= CI_SSE_MIN && sse <= CI_SSE_MAX && sse >= (double)ZEND_LONG_MIN && sse <= (double)ZEND_LONG_MAX;
}

/* A date as the builder keeps one: a DateTimeImmutable in UTC, to the second, as toArray() writes
 * it (the fraction is raw's: ci_in_fractions()). Text is read by the strict grammar of provider
 * dates (a date without a zone is UTC); a DateTimeInterface by its instant, read from the object
 * itself (no method of a subclass runs). */
static zend_result ci_in_time(zval *v, zval *out)
{
	zval parsed;
	double sse;

	if (Z_TYPE_P(v) == IS_STRING) {
		if (ci_invoice_time(Z_STRVAL_P(v), Z_STRLEN_P(v), "UTC", &parsed) == FAILURE) {
			return FAILURE;
		}
		sse = (double)Z_PHPDATE_P(&parsed)->time->sse;
		if (Z_PHPDATE_P(&parsed)->time->us == 0 && ci_in_time_in_range(sse)) {
			ZVAL_COPY_VALUE(out, &parsed);
			return SUCCESS;
		}
		zval_ptr_dtor(&parsed);
	} else if (Z_TYPE_P(v) == IS_OBJECT && instanceof_function(Z_OBJCE_P(v), php_date_get_interface_ce())
			&& Z_PHPDATE_P(v)->time) {
		sse = (double)Z_PHPDATE_P(v)->time->sse;
	} else {
		return FAILURE;
	}
	if (!ci_in_time_in_range(sse)) {
		return FAILURE;
	}
	return ci_time_from_epoch((zend_long)sse, 0, out);
}

static zend_result ci_in_value(ci_in_type t, zval *v, zval *out)
{
	const ci_provider *p;
	zend_string *url;

	switch (t) {
		case CI_IN_PROVIDER:
			/* As getProvider() writes it: "Cryptomus" is no invoice's provider. */
			p = Z_TYPE_P(v) == IS_STRING ? ci_provider_by_name(Z_STRVAL_P(v), Z_STRLEN_P(v)) : NULL;
			if (!p || strcmp(p->name, Z_STRVAL_P(v)) != 0) {
				return FAILURE;
			}
			ZVAL_STRING(out, p->name);
			return SUCCESS;
		case CI_IN_STATUS:
			return ci_in_status(v, out);
		case CI_IN_BOOL:
			if (Z_TYPE_P(v) != IS_TRUE && Z_TYPE_P(v) != IS_FALSE) {
				return FAILURE;
			}
			ZVAL_COPY_VALUE(out, v);
			return SUCCESS;
		case CI_IN_URL:
			/* Only what the builder itself keeps: its own normal form, to the byte. */
			url = Z_TYPE_P(v) == IS_STRING ? ci_payment_url(Z_STR_P(v)) : NULL;
			if (!url || !zend_string_equals(url, Z_STR_P(v))) {
				if (url) {
					zend_string_release(url);
				}
				return FAILURE;
			}
			ZVAL_STR(out, url);
			return SUCCESS;
		case CI_IN_TIME:
			return ci_in_time(v, out);
		default:
			if (!ci_in_text_ok(t, v)) {
				return FAILURE;
			}
			ZVAL_STR_COPY(out, Z_STR_P(v));
			return SUCCESS;
	}
}

/* One paymentOptions item: the four keys ci_invoice_add_option() writes, no others. */
static bool ci_in_option(zval *item, zend_ulong index, ci_invoice_data *d, ci_errors *errs)
{
	char at[64], sub[80];
	zend_string *vals[4] = {NULL, NULL, NULL, NULL}, *key;
	zend_ulong idx;
	bool ok = true;

	snprintf(at, sizeof(at), "paymentOptions[" ZEND_ULONG_FMT "]", index);
	ZVAL_DEREF(item);
	if (Z_TYPE_P(item) != IS_ARRAY) {
		zend_string *shown = ci_value_describe(item);
		ci_errors_add(errs, at, CI_FA ": %s must be an array ['currency' => string, 'network' => ?string, 'address' => ?string, 'amount' => ?string], got %s",
			at, ZSTR_VAL(shown));
		zend_string_release(shown);
		return false;
	}
	ZEND_HASH_FOREACH_KEY(Z_ARRVAL_P(item), idx, key) {
		bool known = false;
		for (int k = 0; key && k < 4; k++) {
			known = known || zend_string_equals_cstr(key, ci_option_keys[k], strlen(ci_option_keys[k]));
		}
		if (!known) {
			zend_string *shown = key ? ci_key_shown(at, ZSTR_VAL(key), ZSTR_LEN(key)) : zend_strpprintf(0, "%s." ZEND_ULONG_FMT, at, idx);
			ci_errors_add(errs, ZSTR_VAL(shown), CI_FA ": %s is not a key of a payment option (currency, network, address, amount)", ZSTR_VAL(shown));
			zend_string_release(shown);
			ok = false;
		}
	} ZEND_HASH_FOREACH_END();
	for (int k = 0; k < 4; k++) {
		zval *v = zend_hash_str_find_deref(Z_ARRVAL_P(item), ci_option_keys[k], strlen(ci_option_keys[k]));
		snprintf(sub, sizeof(sub), "%s.%s", at, ci_option_keys[k]);
		if (k > 0 && (!v || Z_TYPE_P(v) == IS_NULL)) {
			continue;
		}
		if (!v) {
			zend_string *valid = ci_in_valid_text(ci_option_types[k]);
			ci_errors_add(errs, sub, CI_FA ": %s is missing; it must be %s", sub, ZSTR_VAL(valid));
			zend_string_release(valid);
			ok = false;
		} else if (!ci_in_text_ok(ci_option_types[k], v)) {
			ci_in_invalid(errs, sub, ci_option_types[k], k > 0, v);
			ok = false;
		} else {
			vals[k] = Z_STR_P(v);
		}
	}
	return ok && ci_invoice_add_option(d, vals[0], vals[1], vals[2], vals[3]);
}

static void ci_in_options(zval *v, ci_invoice_data *d, ci_errors *errs)
{
	zval *item;
	zend_ulong i = 0;

	if (Z_TYPE_P(v) == IS_ARRAY && !zend_array_is_list(Z_ARRVAL_P(v))) {
		ci_errors_add(errs, "paymentOptions", CI_FA ": paymentOptions must be %s, got an array whose keys are not 0, 1, 2...",
			ci_in_valid[CI_IN_OPTIONS]);
		return;
	}
	if (Z_TYPE_P(v) != IS_ARRAY) {
		ci_in_invalid(errs, "paymentOptions", CI_IN_OPTIONS, false, v);
		return;
	}
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(v), item) {
		ci_in_option(item, i++, d, errs);
	} ZEND_HASH_FOREACH_END();
	if (Z_ISUNDEF(d->props[CI_INV_PAYMENT_OPTIONS])) {
		ZVAL_EMPTY_ARRAY(&d->props[CI_INV_PAYMENT_OPTIONS]);
	}
}

/* Raw is what a provider's JSON decoded to: UTF-8 text (keys too), finite numbers, booleans, null
 * and arrays, at most CI_RAW_DEPTH deep. *bad is the value at fault, or NULL when *why says it. */
static bool ci_in_raw_walk(zval *v, int depth, smart_str *path, zval **bad, const char **why)
{
	zend_string *key;
	zend_ulong idx;
	zval *item;

	ZVAL_DEREF(v);
	switch (Z_TYPE_P(v)) {
		case IS_NULL:
		case IS_FALSE:
		case IS_TRUE:
		case IS_LONG:
			return true;
		case IS_DOUBLE:
			if (!zend_finite(Z_DVAL_P(v))) {
				*bad = v;
				return false;
			}
			return true;
		case IS_STRING:
			if (!ci_is_utf8(Z_STRVAL_P(v), Z_STRLEN_P(v))) {
				*why = "text that is not UTF-8";
				return false;
			}
			return true;
		case IS_ARRAY:
			break;
		default:
			*bad = v; /* an object's methods are user code; a resource is no data */
			return false;
	}
	if (depth >= CI_RAW_DEPTH) {
		*why = "arrays nested deeper than " ZEND_TOSTR(CI_RAW_DEPTH); /* also a recursive array */
		return false;
	}
	ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL_P(v), idx, key, item) {
		size_t mark = ZSTR_LEN(path->s);
		if (key) {
			zend_string *shown = ci_key_shown(NULL, ZSTR_VAL(key), ZSTR_LEN(key));
			smart_str_appendc(path, '.');
			smart_str_append(path, shown);
			zend_string_release(shown);
			if (!ci_is_utf8(ZSTR_VAL(key), ZSTR_LEN(key))) {
				*why = "a key that is not UTF-8";
				return false;
			}
		} else {
			smart_str_append_printf(path, "[" ZEND_ULONG_FMT "]", idx);
		}
		if (!ci_in_raw_walk(item, depth + 1, path, bad, why)) {
			return false;
		}
		ZSTR_LEN(path->s) = mark;
	} ZEND_HASH_FOREACH_END();
	return true;
}

static void ci_in_raw(zval *v, ci_invoice_data *d, ci_errors *errs)
{
	smart_str path = {0};
	zval *bad = NULL;
	const char *why = NULL;

	if (Z_TYPE_P(v) != IS_ARRAY) {
		ci_in_invalid(errs, "raw", CI_IN_RAW, false, v);
		return;
	}
	smart_str_appends(&path, "raw");
	if (ci_in_raw_walk(v, 0, &path, &bad, &why)) {
		/* Rebuilt: a reference inside the caller's array must not reach into the invoice. */
		ci_plain_copy(v, &d->props[CI_INV_RAW]);
	} else {
		zend_string *shown = bad ? ci_value_describe(bad) : zend_string_init(why, strlen(why), 0);
		/* A path 64 levels deep is no message: its start says where. */
		bool cut = ZSTR_LEN(path.s) > CI_RAW_PATH_SHOWN;
		smart_str_0(&path);
		ci_errors_add(errs, "raw", CI_FA ": raw must be %s (UTF-8 text, finite numbers, at most %d deep), got %s at %.*s%s",
			ci_in_valid[CI_IN_RAW], CI_RAW_DEPTH, ZSTR_VAL(shown), cut ? CI_RAW_PATH_SHOWN : (int)ZSTR_LEN(path.s),
			ZSTR_VAL(path.s), cut ? "..." : "");
		zend_string_release(shown);
	}
	smart_str_free(&path);
}

static void ci_in_prop(HashTable *data, ci_inv_prop prop, ci_invoice_data *d, ci_errors *errs)
{
	const ci_in_rule *r = &ci_in_rules[prop];
	const char *key = ci_inv_names[prop];
	zval *v = zend_hash_str_find_deref(data, key, strlen(key));

	if (!v) {
		if (!r->nullable) {
			zend_string *valid = ci_in_valid_text(r->type);
			ci_errors_add(errs, key, CI_FA ": %s is missing; it must be %s", key, ZSTR_VAL(valid));
			zend_string_release(valid);
		}
		return;
	}
	if (Z_TYPE_P(v) == IS_NULL && r->nullable) {
		return;
	}
	if (r->type == CI_IN_OPTIONS) {
		ci_in_options(v, d, errs);
	} else if (r->type == CI_IN_RAW) {
		ci_in_raw(v, d, errs);
	} else if (ci_in_value(r->type, v, &d->props[prop]) == FAILURE) {
		ci_in_invalid(errs, key, r->type, r->nullable, v);
	}
}

/* Keys toArray() never writes: a typo ("orderID") would otherwise lose a value without a word. */
static void ci_in_unknown_keys(HashTable *data, ci_errors *errs)
{
	zend_string *key;
	zend_ulong idx;

	ZEND_HASH_FOREACH_KEY(data, idx, key) {
		zend_string *shown;
		const char *near = NULL;
		int i;
		ci_suggest sg;

		for (i = 0; key && i < CI_INV__COUNT; i++) {
			if (zend_string_equals_cstr(key, ci_inv_names[i], strlen(ci_inv_names[i]))) {
				break;
			}
		}
		if (key && i < CI_INV__COUNT) {
			continue;
		}
		if (key) {
			shown = ci_key_shown(NULL, ZSTR_VAL(key), ZSTR_LEN(key));
			ci_suggest_init(&sg, ZSTR_VAL(key), ZSTR_LEN(key));
			for (i = 0; i < CI_INV__COUNT; i++) {
				ci_suggest_offer(&sg, ci_inv_names[i]);
			}
			near = ci_suggest_best(&sg, true);
		} else {
			shown = zend_ulong_to_str(idx);
		}
		if (near) {
			ci_errors_add(errs, ZSTR_VAL(shown), CI_FA ": %s is not a key of toArray() (did you mean %s?)", ZSTR_VAL(shown), near);
		} else {
			smart_str all = {0};
			for (i = 0; i < CI_INV__COUNT; i++) {
				smart_str_appends(&all, i == 0 ? "" : i + 1 == CI_INV__COUNT ? " and " : ", ");
				smart_str_appends(&all, ci_inv_names[i]);
			}
			smart_str_0(&all);
			ci_errors_add(errs, ZSTR_VAL(shown), CI_FA ": %s is not a key of toArray(), whose keys are %s", ZSTR_VAL(shown), ZSTR_VAL(all.s));
			smart_str_free(&all);
		}
		zend_string_release(shown);
	} ZEND_HASH_FOREACH_END();
}

/* The builder derives status from the provider's word (ci_status_of()): an invoice whose two
 * disagree ("paid" beside "check") is none it could have made. */
static void ci_in_status_agrees(ci_invoice_data *d, ci_errors *errs)
{
	zval *prov = &d->props[CI_INV_PROVIDER], *word = &d->props[CI_INV_PROVIDER_STATUS], *st = &d->props[CI_INV_STATUS];
	const ci_provider *p;
	zend_object *want;
	zend_string *shown;

	if (Z_ISUNDEF_P(prov) || Z_ISUNDEF_P(word) || Z_ISUNDEF_P(st)) {
		return;
	}
	p = ci_provider_by_name(Z_STRVAL_P(prov), Z_STRLEN_P(prov));
	want = zend_enum_get_case_cstr(ci_ce_Status, ci_status_cases[ci_status_of(p, Z_STR_P(word))]);
	if (Z_OBJ_P(st) == want) {
		return;
	}
	shown = ci_value_describe(word);
	ci_errors_add(errs, "status", CI_FA ": status must be \"%s\", what %s's providerStatus %s means, got \"%s\"",
		Z_STRVAL_P(zend_enum_fetch_case_value(want)), p->name, ZSTR_VAL(shown), Z_STRVAL_P(zend_enum_fetch_case_value(Z_OBJ_P(st))));
	zend_string_release(shown);
}

/* The provider's answer mappings: its own and its operations' (at most 16). */
static int ci_in_out_tables(const ci_provider *p, const ci_out_field *tables[16])
{
	int n = 0;

	tables[n++] = p->out;
	for (const ci_operation *op = p->operations; op && op->path && n < 16; op++) {
		if (op->out) {
			tables[n++] = op->out;
		}
	}
	return n;
}

/* The answer's own isFinal, where the provider writes one (Cryptomus's is_final, kept in raw). */
static bool ci_in_answer_final(const ci_provider *p, zval *raw, bool *final)
{
	const ci_out_field *tables[16];
	int n = ci_in_out_tables(p, tables);

	for (int t = 0; t < n; t++) {
		for (const ci_out_field *o = tables[t]; o && o->path; o++) {
			zval *v = o->prop == CI_INV_IS_FINAL ? ci_payload_get(raw, o->path) : NULL;
			if (v && (Z_TYPE_P(v) == IS_TRUE || Z_TYPE_P(v) == IS_FALSE)) {
				*final = Z_TYPE_P(v) == IS_TRUE;
				return true;
			}
		}
	}
	return false;
}

/* The builder takes isFinal from the answer where the provider writes one, else from the status:
 * an invoice whose isFinal says otherwise ("final" beside "created") is none it could have made,
 * and would end a shop's polling of an invoice still waiting for its money. */
static void ci_in_final_agrees(ci_invoice_data *d, ci_errors *errs)
{
	zval *prov = &d->props[CI_INV_PROVIDER], *word = &d->props[CI_INV_PROVIDER_STATUS], *given = &d->props[CI_INV_IS_FINAL];
	const ci_provider *p;
	bool want;

	if (Z_ISUNDEF_P(prov) || Z_ISUNDEF_P(word) || Z_ISUNDEF_P(given) || Z_ISUNDEF(d->props[CI_INV_RAW])) {
		return;
	}
	p = ci_provider_by_name(Z_STRVAL_P(prov), Z_STRLEN_P(prov));
	if (!ci_in_answer_final(p, &d->props[CI_INV_RAW], &want)) {
		want = ci_status_is_final(ci_status_of(p, Z_STR_P(word)));
	}
	if ((Z_TYPE_P(given) == IS_TRUE) != want) {
		ci_errors_add(errs, "isFinal", CI_FA ": isFinal must be %s, what the invoice's raw answer and providerStatus mean, got %s",
			want ? "true" : "false", want ? "false" : "true");
	}
}

/* toArray() writes whole seconds (DATE_ATOM). Where the provider wrote a fraction (CryptoCloud's
 * microseconds, OnChainPay's milliseconds), raw still holds the text the date was first read
 * from: it gives the fraction back when it names the same second. A fraction given in $data is
 * not taken: the date is then always what the builder reads from raw, and fromArray(toArray())
 * gives back the same instant for every invoice, one rebuilt from objects included. */
static void ci_in_time_fraction(const ci_provider *p, ci_inv_prop prop, zval *raw, zval *date)
{
	php_date_obj *d = Z_PHPDATE_P(date);
	const ci_out_field *tables[16];
	int n;

	if (d->time->us != 0) {
		return;
	}
	n = ci_in_out_tables(p, tables);
	for (int t = 0; t < n; t++) {
		for (const ci_out_field *o = tables[t]; o && o->path; o++) {
			zval *text = o->prop == prop && o->type == CI_O_TIME ? ci_payload_get(raw, o->path) : NULL, precise;
			if (!text || Z_TYPE_P(text) != IS_STRING
					|| ci_invoice_time(Z_STRVAL_P(text), Z_STRLEN_P(text), p->time_zone, &precise) == FAILURE) {
				continue;
			}
			if (Z_PHPDATE_P(&precise)->time->sse == d->time->sse && Z_PHPDATE_P(&precise)->time->us != 0) {
				zval_ptr_dtor(date);
				ZVAL_COPY_VALUE(date, &precise);
				return;
			}
			zval_ptr_dtor(&precise);
		}
	}
}

static void ci_in_fractions(ci_invoice_data *d)
{
	static const ci_inv_prop dates[] = {CI_INV_CREATED_AT, CI_INV_EXPIRES_AT};
	const ci_provider *p = ci_provider_by_name(Z_STRVAL(d->props[CI_INV_PROVIDER]), Z_STRLEN(d->props[CI_INV_PROVIDER]));

	for (size_t i = 0; i < sizeof(dates) / sizeof(dates[0]); i++) {
		if (!Z_ISUNDEF(d->props[dates[i]])) {
			ci_in_time_fraction(p, dates[i], &d->props[CI_INV_RAW], &d->props[dates[i]]);
		}
	}
}
/* }}} */

/* {{{ PHP methods */
ZEND_METHOD(CryptoInvoice_Invoice, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
	/* Private, and reachable only through reflection: the extension never calls it. */
	zend_throw_error(NULL, "CryptoInvoice\\Invoice is created only by the extension (createInvoice(), getInvoice(), parseWebhook())");
}

static void ci_invoice_export(zend_object *obj, zval *out)
{
	array_init_size(out, CI_INV__COUNT);
	for (int i = 0; i < CI_INV__COUNT; i++) {
		zval *v = OBJ_PROP(obj, ci_inv_offsets[i]), copy;

		if (Z_ISUNDEF_P(v)) {
			continue;
		}
		if (Z_TYPE_P(v) == IS_OBJECT && Z_OBJCE_P(v) == ci_ce_Status) {
			ZVAL_COPY(&copy, zend_enum_fetch_case_value(Z_OBJ_P(v)));
		} else if (Z_TYPE_P(v) == IS_OBJECT && instanceof_function(Z_OBJCE_P(v), php_date_get_interface_ce())) {
			/* Only the extension's own dates can be here; a date object holding no time stays safe. */
			php_date_obj *d = Z_PHPDATE_P(v);
			if (d->time) {
				ZVAL_STR(&copy, php_format_date(CI_DATE_ATOM, sizeof(CI_DATE_ATOM) - 1, (time_t)d->time->sse, false));
			} else {
				ZVAL_NULL(&copy);
			}
		} else {
			ZVAL_COPY(&copy, v);
		}
		zend_hash_str_add_new(Z_ARRVAL_P(out), ci_inv_names[i], strlen(ci_inv_names[i]), &copy);
	}
}

ZEND_METHOD(CryptoInvoice_Invoice, toArray)
{
	ZEND_PARSE_PARAMETERS_NONE();
	ci_invoice_export(Z_OBJ_P(ZEND_THIS), return_value);
}

ZEND_METHOD(CryptoInvoice_Invoice, jsonSerialize)
{
	ZEND_PARSE_PARAMETERS_NONE();
	ci_invoice_export(Z_OBJ_P(ZEND_THIS), return_value);
}

ZEND_METHOD(CryptoInvoice_Invoice, fromArray)
{
	HashTable *data;
	ci_errors errs;
	ci_invoice_data d;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(data)
	ZEND_PARSE_PARAMETERS_END();

	ci_errors_init(&errs);
	ci_invoice_data_init(&d);
	for (int i = 0; i < CI_INV__COUNT; i++) {
		ci_in_prop(data, (ci_inv_prop)i, &d, &errs);
	}
	ci_in_status_agrees(&d, &errs);
	ci_in_final_agrees(&d, &errs);
	ci_in_unknown_keys(data, &errs);
	if (ci_errors_any(&errs)) {
		ci_invoice_data_dtor(&d);
		ci_errors_throw(&errs, CI_FA ": data is not an invoice");
		RETURN_THROWS();
	}
	ci_errors_dtor(&errs);
	ci_in_fractions(&d);
	ci_invoice_object(&d, return_value);
}

ZEND_METHOD(CryptoInvoice_Status, isFinal)
{
	zval *value;
	ZEND_PARSE_PARAMETERS_NONE();

	value = zend_enum_fetch_case_value(Z_OBJ_P(ZEND_THIS));
	for (int s = 0; s <= CI_ST_UNKNOWN; s++) {
		zend_object *c = zend_enum_get_case_cstr(ci_ce_Status, ci_status_cases[s]);
		if (zend_string_equals(Z_STR_P(zend_enum_fetch_case_value(c)), Z_STR_P(value))) {
			RETURN_BOOL(ci_status_is_final((ci_status)s));
		}
	}
	RETURN_FALSE;
}
/* }}} */
