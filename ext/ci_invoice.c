/* The Invoice value object: see ci_invoice.h. */
#include "php.h"
#include "zend_enum.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "ext/date/php_date.h"
#include "ext/standard/php_string.h"
#include "ci_invoice.h"
#include "ci_classes.h"
#include "ci_decimal.h"
#include "ci_engine.h"
#include "php_cryptoinvoice.h"

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

void ci_invoice_minit(void)
{
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

/* {{{ Times */
static bool ci_time_has_zone(const char *s, size_t len)
{
	/* The date part is YYYY-MM-DD; a zone can only follow it. */
	for (size_t i = 10; i < len; i++) {
		char c = s[i];
		if (c == '+' || c == '-' || (isalpha((unsigned char)c) && c != 'T')) {
			return true;
		}
	}
	return false;
}

static bool ci_time_shaped(const char *s, size_t len)
{
	/* Refuse anything but a date first: relative words ("tomorrow") must not become dates. */
	if (len < 10 || len > 64) {
		return false;
	}
	for (int i = 0; i < 10; i++) {
		bool digit = isdigit((unsigned char)s[i]);
		if ((i == 4 || i == 7) ? s[i] != '-' : !digit) {
			return false;
		}
	}
	return memchr(s, '\0', len) == NULL;
}

/* "YYYY-MM-DD?HH:MM:SS" then a zone and nothing else that could carry a fraction: every field
 * is written, so parsing needs no "now" to fill holes and loses no microseconds. */
static bool ci_time_whole_seconds_zoned(const char *s, size_t len)
{
	static const char shape[] = "dddd-dd-dd?dd:dd:dd";

	if (len <= sizeof(shape) - 1 || (s[10] != 'T' && s[10] != ' ')) {
		return false;
	}
	for (size_t i = 0; i < sizeof(shape) - 1; i++) {
		if (shape[i] == 'd' ? !isdigit((unsigned char)s[i]) : (shape[i] != '?' && s[i] != shape[i])) {
			return false;
		}
	}
	return s[19] != '.' && s[19] != ',' && ci_time_has_zone(s, len) && s[len] == '\0';
}

static zend_result ci_time_parse(const char *text, size_t len, zval *out)
{
	php_date_instantiate(php_date_get_immutable_ce(), out);
	if (!php_date_initialize(Z_PHPDATE_P(out), text, len, NULL, NULL, PHP_DATE_INIT_CTOR)) {
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

	if (!ci_time_shaped(text, len)) {
		return FAILURE;
	}
	if (ci_time_whole_seconds_zoned(text, len)) {
		/* No object is needed just to learn the instant (-1 is also the error value: the full path
		 * then decides). */
		zend_long sse = php_parse_date(text, NULL);
		if (sse != -1) {
			return ci_time_from_epoch(sse, 0, out);
		}
	}
	full = ci_time_has_zone(text, len)
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

/* {{{ The out table walker */
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
			if (Z_TYPE_P(v) != IS_LONG || Z_LVAL_P(v) < 0) {
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
			if (!s || !ci_decimal_is_plain(ZSTR_VAL(s), ZSTR_LEN(s))) {
				if (s) {
					zend_string_release(s);
				}
				return FAILURE;
			}
			ZVAL_STR(slot, s);
			return SUCCESS;
		case CI_O_URL:
			if (Z_TYPE_P(v) != IS_STRING || Z_STRLEN_P(v) == 0) {
				return FAILURE;
			}
			if (strncasecmp(Z_STRVAL_P(v), "https://", 8) == 0 || strncasecmp(Z_STRVAL_P(v), "http://", 7) == 0) {
				ZVAL_COPY(slot, v);
			} else {
				ZVAL_STR(slot, zend_string_concat2("https://", 8, Z_STRVAL_P(v), Z_STRLEN_P(v)));
			}
			return SUCCESS;
		case CI_O_STRING:
		default:
			/* Ids and codes are strings in every documented answer; a number there is the wrong shape. */
			if (Z_TYPE_P(v) != IS_STRING) {
				return FAILURE;
			}
			ZVAL_COPY(slot, v);
			return SUCCESS;
	}
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
		ci_failure_set(f, ci_ce_UnexpectedResponseException, 200, "%s sent an invoice with an invalid %s (%s)",
			gw->provider->title, o->path, zend_zval_type_name(v));
		return FAILURE;
	}
	return SUCCESS;
}

static zend_result ci_out_walk(const ci_gateway *gw, zval *payload, ci_invoice_data *d, ci_failure *f)
{
	for (const ci_out_field *o = gw->provider->out; o->path; o++) {
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

/* {{{ Secrets: a provider that echoes a credential back must not put it in Invoice::$raw */
static bool ci_scrub_needed(zval *v, const zend_string *secret)
{
	zval *item;

	if (Z_TYPE_P(v) == IS_STRING) {
		return php_memnstr(Z_STRVAL_P(v), ZSTR_VAL(secret), ZSTR_LEN(secret), Z_STRVAL_P(v) + Z_STRLEN_P(v)) != NULL;
	}
	if (Z_TYPE_P(v) == IS_ARRAY) {
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(v), item) {
			if (ci_scrub_needed(item, secret)) {
				return true;
			}
		} ZEND_HASH_FOREACH_END();
	}
	return false;
}

static void ci_scrub_value(zval *v, const zend_string *secret)
{
	zval *item;

	if (Z_TYPE_P(v) == IS_STRING) {
		zend_string *clean = php_str_to_str(Z_STRVAL_P(v), Z_STRLEN_P(v), ZSTR_VAL(secret), ZSTR_LEN(secret), "[redacted]", 10);
		zval_ptr_dtor(v);
		ZVAL_STR(v, clean);
	} else if (Z_TYPE_P(v) == IS_ARRAY) {
		SEPARATE_ARRAY(v);
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(v), item) {
			if (ci_scrub_needed(item, secret)) {
				ci_scrub_value(item, secret);
			}
		} ZEND_HASH_FOREACH_END();
	}
}

static void ci_invoice_scrub(const ci_gateway *gw, zval *raw)
{
	const zend_string *secrets[] = {gw->secret, gw->opts.secret_key, gw->opts.proxy};

	for (size_t i = 0; i < sizeof(secrets) / sizeof(secrets[0]); i++) {
		/* Scanned first and copied only when needed: the common answer costs a read, not a copy. */
		if (secrets[i] && ZSTR_LEN(secrets[i]) >= 4 && ci_scrub_needed(raw, secrets[i])) {
			ci_scrub_value(raw, secrets[i]);
		}
	}
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

	object_init_ex(return_value, ci_ce_Invoice);
	for (int i = 0; i < CI_INV__COUNT; i++) {
		if (Z_ISUNDEF(d->props[i])) {
			ZVAL_NULL(&d->props[i]);
		}
		ci_invoice_write(Z_OBJ_P(return_value), (ci_inv_prop)i, &d->props[i]);
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
	rc = ci_out_walk(gw, &clean, &d, f);
	if (rc == SUCCESS && gw->provider->finish_invoice) {
		rc = gw->provider->finish_invoice(gw, req, &clean, &d, f);
	}
	if (rc == SUCCESS) {
		rc = ci_invoice_create(gw, &d, &clean, return_value, f);
	}
	ci_invoice_data_dtor(&d);
	zval_ptr_dtor(&clean);
	return rc;
}

void ci_invoice_add_option(ci_invoice_data *d, zend_string *currency, zend_string *network,
	zend_string *address, zend_string *amount)
{
	zval opt, *list = &d->props[CI_INV_PAYMENT_OPTIONS];
	zend_string *vals[] = {currency, network, address, amount};
	static const char *const keys[] = {"currency", "network", "address", "amount"};

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
}
/* }}} */

/* {{{ PHP methods */
ZEND_METHOD(CryptoInvoice_Invoice, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

#define CI_DATE_ATOM "Y-m-d\\TH:i:sP"

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
			php_date_obj *d = Z_PHPDATE_P(v);
			ZVAL_STR(&copy, php_format_date(CI_DATE_ATOM, sizeof(CI_DATE_ATOM) - 1, (time_t)d->time->sse, false));
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
