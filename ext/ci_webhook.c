/* Callbacks: reading a body and confirming a callback by looking the invoice up (declared in ci_provider.h, "Callbacks"). */
#include "php.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "ext/json/php_json.h"
#include "ext/standard/php_string.h"
#include "ext/standard/url.h"
#include "ci_provider.h"
#include "ci_engine.h"
#include "ci_classes.h"
#include "ci_json.h"
#include "ci_invoice.h"

#define CI_WEBHOOK_MAX (1024 * 1024)
/* Real callbacks have a few dozen fields. PHP's string hashes are not randomised, so many
 * crafted names can collide: a cap keeps one body's cost bounded (PHP's max_input_vars exists
 * for the same reason, and 1000 is its default). */
#define CI_WEBHOOK_MAX_FIELDS 1000

void ci_webhook_throw(ci_webhook_code code, const char *fmt, ...)
{
	va_list ap;
	zend_string *msg;

	va_start(ap, fmt);
	msg = zend_vstrpprintf(0, fmt, ap);
	va_end(ap);
	zend_throw_exception(ci_ce_WebhookException, ZSTR_VAL(msg), code);
	zend_string_release(msg);
}

zend_string *ci_webhook_json_encode(zval *v, int options)
{
	/* json_encode() writes floats with serialize_precision digits (17: 0.23 becomes
	 * 0.23000000000000001) and nothing else of the ini or locale reaches it. The value is
	 * decoded JSON (no objects), so no user code runs while the setting is pinned. */
	zend_long shop_precision = PG(serialize_precision);
	php_json_error_code saved = JSON_G(error_code);
	smart_str buf = {0};
	zend_result rc;

	PG(serialize_precision) = -1;
	rc = php_json_encode_ex(&buf, v, options, PHP_JSON_PARSER_DEFAULT_DEPTH);
	PG(serialize_precision) = shop_precision;
	if (rc == FAILURE || JSON_G(error_code) != PHP_JSON_ERROR_NONE) {
		JSON_G(error_code) = saved;
		smart_str_free(&buf);
		return NULL;
	}
	JSON_G(error_code) = saved;
	smart_str_0(&buf);
	return buf.s ? buf.s : ZSTR_EMPTY_ALLOC();
}

bool ci_webhook_size_ok(const ci_gateway *gw, zend_string *body)
{
	if (ZSTR_LEN(body) == 0 || ZSTR_LEN(body) > CI_WEBHOOK_MAX) {
		ci_throw_webhook("%s webhook is malformed: the body is %s", gw->provider->title, ZSTR_LEN(body) == 0 ? "empty" : "over 1 MiB");
		return false;
	}
	return true;
}

/* {{{ Form bodies, read here rather than by PHP's treat_data: that one follows the shop's
 * arg_separator.input, max_input_vars (warning "Input variables exceeded", an ErrorException
 * under Laravel), max_input_nesting_level and ext/filter's filter.default. */

/* Percent-decoded (with '+' as a space), as application/x-www-form-urlencoded writes it. */
static zend_string *ci_form_decode(const char *s, size_t len)
{
	zend_string *out = zend_string_init(s, len, 0);

	ZSTR_LEN(out) = php_url_decode(ZSTR_VAL(out), ZSTR_LEN(out));
	return out;
}

/* One "name=value" pair. Callbacks are read by top-level names only, so "a[b][c]=v" just makes
 * a an array (its values listed, the inner keys dropped): no recursion, whatever the depth.
 * A repeated name keeps its last value, as PHP does. */
static void ci_form_pair(HashTable *out, const char *s, size_t len)
{
	const char *eq = memchr(s, '=', len);
	size_t nlen = eq ? (size_t)(eq - s) : len;
	zend_string *name = ci_form_decode(s, nlen);
	const char *bracket = memchr(ZSTR_VAL(name), '[', ZSTR_LEN(name));
	size_t base = bracket ? (size_t)(bracket - ZSTR_VAL(name)) : ZSTR_LEN(name);
	zval value, *slot;

	if (base > 0) {
		ZVAL_STR(&value, eq ? ci_form_decode(eq + 1, len - nlen - 1) : ZSTR_EMPTY_ALLOC());
		if (!bracket) {
			zend_symtable_str_update(out, ZSTR_VAL(name), base, &value);
		} else {
			slot = zend_symtable_str_find(out, ZSTR_VAL(name), base);
			if (!slot || Z_TYPE_P(slot) != IS_ARRAY) {
				zval list;
				array_init(&list);
				slot = zend_symtable_str_update(out, ZSTR_VAL(name), base, &list);
			}
			if (!zend_hash_next_index_insert(Z_ARRVAL_P(slot), &value)) {
				zval_ptr_dtor(&value);
			}
		}
	}
	zend_string_release(name);
}

/* FAILURE (WebhookException thrown) beyond CI_WEBHOOK_MAX_FIELDS fields. */
static zend_result ci_form_parse(const ci_gateway *gw, const char *s, size_t len, zval *out)
{
	const char *end = s + len;
	size_t count = 0;

	array_init(out);
	while (s < end) {
		const char *amp = memchr(s, '&', end - s);
		const char *stop = amp ? amp : end;
		if (stop > s && ++count > CI_WEBHOOK_MAX_FIELDS) {
			zval_ptr_dtor(out);
			ZVAL_UNDEF(out);
			ci_throw_webhook("%s webhook is malformed: the body has more than %d form fields", gw->provider->title, CI_WEBHOOK_MAX_FIELDS);
			return FAILURE;
		}
		if (stop > s) {
			ci_form_pair(Z_ARRVAL_P(out), s, stop - s);
		}
		s = stop + 1;
	}
	return SUCCESS;
}
/* }}} */

zend_result ci_webhook_fields(const ci_gateway *gw, zend_string *body, zval *out)
{
	const char *s = ZSTR_VAL(body);
	size_t len = ZSTR_LEN(body);

	ZVAL_UNDEF(out);
	if (!ci_webhook_size_ok(gw, body)) {
		return FAILURE;
	}
	while (len > 0 && (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')) {
		s++;
		len--;
	}
	if (len > 0 && (*s == '{' || *s == '[')) {
		if (ci_json_decode(s, len, out) == FAILURE || Z_TYPE_P(out) != IS_ARRAY
				|| (zend_hash_num_elements(Z_ARRVAL_P(out)) > 0 && zend_array_is_list(Z_ARRVAL_P(out)))) {
			zval_ptr_dtor(out);
			ZVAL_UNDEF(out);
			ci_throw_webhook("%s webhook is malformed: the body is not a JSON object", gw->provider->title);
			return FAILURE;
		}
		return SUCCESS;
	}
	if (memchr(s, '\0', len)) {
		ci_throw_webhook("%s webhook is malformed: the body holds a NUL byte", gw->provider->title);
		return FAILURE;
	}
	/* Encoded form data never ends in raw whitespace; a sender's trailing newline is not data. */
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\r' || s[len - 1] == '\n')) {
		len--;
	}
	if (ci_form_parse(gw, s, len, out) == FAILURE) {
		return FAILURE;
	}
	if (zend_hash_num_elements(Z_ARRVAL_P(out)) == 0) {
		zval_ptr_dtor(out);
		ZVAL_UNDEF(out);
		ci_throw_webhook("%s webhook is malformed: the body is neither JSON nor form fields", gw->provider->title);
		return FAILURE;
	}
	return SUCCESS;
}

zend_string *ci_webhook_id(zval *fields, const char *const *id_keys)
{
	for (; *id_keys; id_keys++) {
		zval *v = zend_hash_str_find_deref(Z_ARRVAL_P(fields), *id_keys, strlen(*id_keys));
		if (v && Z_TYPE_P(v) == IS_STRING && Z_STRLEN_P(v) > 0) {
			return zend_string_copy(Z_STR_P(v));
		}
		if (v && Z_TYPE_P(v) == IS_LONG) {
			return zend_long_to_str(Z_LVAL_P(v));
		}
	}
	return NULL;
}

bool ci_says_not_found(const char *s, size_t len)
{
	const char *end = s + len;

	return (php_memnistr(s, "not found", sizeof("not found") - 1, end) || php_memnistr(s, "not exist", sizeof("not exist") - 1, end))
		&& (php_memnistr(s, "invoice", sizeof("invoice") - 1, end) || php_memnistr(s, "payment", sizeof("payment") - 1, end));
}

/* The id as a message may show it: it comes from an unverified body, so only short printable text. */
static zend_string *ci_webhook_id_text(zend_string *id)
{
	for (size_t i = 0; i < ZSTR_LEN(id); i++) {
		unsigned char c = (unsigned char)ZSTR_VAL(id)[i];
		if (c < 0x21 || c > 0x7e || c == '"') {
			return zend_strpprintf(0, "(an id of %zu bytes)", ZSTR_LEN(id));
		}
	}
	if (ZSTR_LEN(id) > 64) {
		return zend_strpprintf(0, "(an id of %zu bytes)", ZSTR_LEN(id));
	}
	return zend_strpprintf(0, "\"%s\"", ZSTR_VAL(id));
}

void ci_webhook_lookup(ci_gateway *gw, zend_string *id, const char *what, const char *why, zval *return_value)
{
	const char *title = gw->provider->title;
	ci_failure f;
	int attempts = 0;

	ci_failure_init(&f);
	if (ci_engine_lookup(gw, id, return_value, &f, &attempts) == FAILURE) {
		if (f.not_found) {
			zend_string *shown = ci_webhook_id_text(id);
			ci_webhook_throw(CI_WEBHOOK_REFUSED, "%s %s names invoice %s, which %s does not know%s",
				title, what, ZSTR_VAL(shown), title, why);
			zend_string_release(shown);
		} else if (f.ce == ci_ce_InvalidArgumentException) {
			ci_webhook_throw(CI_WEBHOOK_REFUSED, "%s %s is malformed: its invoice id is not a valid id", title, what);
		} else {
			ci_failure_throw(&f, gw->provider->name, attempts);
		}
	}
	ci_failure_dtor(&f);
}

/* Why no id was found: absent, or there but empty or not text ("invoiceId[]=1" in a form is an
 * array): "no invoiceId field" would send the reader looking for a field that is there. */
static void ci_webhook_no_id(const ci_gateway *gw, zval *fields, const char *const *id_keys)
{
	for (const char *const *k = id_keys; *k; k++) {
		zval *v = zend_hash_str_find_deref(Z_ARRVAL_P(fields), *k, strlen(*k));
		if (v) {
			ci_throw_webhook("%s webhook is malformed: it names no invoice (its %s field is %s)", gw->provider->title, *k,
				Z_TYPE_P(v) == IS_STRING ? "empty" : Z_TYPE_P(v) == IS_ARRAY ? "an array, not text" : "not text");
			return;
		}
	}
	ci_throw_webhook("%s webhook is malformed: it names no invoice (no %s field)", gw->provider->title, id_keys[0]);
}

void ci_webhook_confirm_by_lookup(ci_gateway *gw, zend_string *body, const char *const *id_keys, zval *return_value)
{
	zval fields;
	zend_string *id;

	if (ci_webhook_fields(gw, body, &fields) == FAILURE) {
		return;
	}
	id = ci_webhook_id(&fields, id_keys);
	if (!id) {
		ci_webhook_no_id(gw, &fields, id_keys);
		zval_ptr_dtor(&fields);
		return;
	}
	zval_ptr_dtor(&fields);
	ci_webhook_lookup(gw, id, "webhook", ": forged, or for another account", return_value);
	zend_string_release(id);
}
