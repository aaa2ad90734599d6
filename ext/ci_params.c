/* The request engine, first half: see ci_params.h.
 *
 * One walker serves all providers: a rule written once here cannot drift
 * between them. Provider files only describe their keys in a ci_field table. */
#include "php.h"
#include "zend_smart_str.h"
#include "ext/standard/url.h"
#include "ext/standard/php_string.h"
#include "ext/json/php_json.h"
#include "ci_params.h"
#include "ci_decimal.h"
#include "ci_json.h"

#define CI_PATH_MAX 128

void ci_request_init(ci_request *req, const ci_operation *operation)
{
	memset(req, 0, sizeof(*req));
	req->op = operation->op;
	req->operation = operation;
	array_init(&req->body);
	array_init(&req->owners);
	array_init(&req->raw_numbers);
}

void ci_request_dtor(ci_request *req)
{
	zval_ptr_dtor(&req->body);
	zval_ptr_dtor(&req->owners);
	zval_ptr_dtor(&req->raw_numbers);
	if (req->encoded) {
		zend_string_release(req->encoded);
	}
	if (req->attempt_header) {
		zend_string_release(req->attempt_header);
	}
	if (req->url) {
		zend_string_release(req->url);
	}
	memset(req, 0, sizeof(*req));
}

/* {{{ Small checks */
static bool ci_is_alpha_dash(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (!isalnum(c) && c != '_' && c != '-') {
			return false;
		}
	}
	return true;
}

static bool ci_has_space_or_control(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if ((unsigned char)s[i] <= ' ' || s[i] == 0x7f) {
			return true;
		}
	}
	return false;
}

static bool ci_is_email(const char *s, size_t len)
{
	const char *at = memchr(s, '@', len);
	if (!at || at == s || at == s + len - 1 || memchr(at + 1, '@', s + len - at - 1)) {
		return false;
	}
	return !ci_has_space_or_control(s, len) && memchr(at + 1, '.', s + len - at - 1) != NULL;
}

static bool ci_is_http_url(const char *s, size_t len)
{
	php_url *u;
	bool ok;
	bool has_port = false;

	if (ci_has_space_or_control(s, len)) {
		return false;
	}
	u = php_url_parse_ex2(s, len, &has_port);
	if (!u) {
		return false;
	}
	ok = u->scheme && u->host && ZSTR_LEN(u->host) > 0
		&& (zend_string_equals_literal_ci(u->scheme, "https") || zend_string_equals_literal_ci(u->scheme, "http"));
	php_url_free(u);
	return ok;
}

/* The canonical spelling from choices (matched case-insensitively), or NULL. */
static const char *ci_choice_find(const char *const *choices, const char *s, size_t len)
{
	for (; *choices; choices++) {
		if (strlen(*choices) == len && zend_binary_strcasecmp(*choices, len, s, len) == 0) {
			return *choices;
		}
	}
	return NULL;
}

static void ci_choices_text(smart_str *out, const char *const *choices)
{
	for (size_t i = 0; choices[i]; i++) {
		if (i > 0) {
			smart_str_appends(out, choices[i + 1] ? ", " : " or ");
		}
		smart_str_appends(out, choices[i]);
	}
	smart_str_0(out);
}

static void ci_error_choices(const ci_gateway *gw, ci_errors *errs, const char *param, const char *const *choices, zval *given)
{
	smart_str list = {0};
	zend_string *shown = ci_param_describe(gw, given);

	ci_choices_text(&list, choices);
	ci_errors_add(errs, param, "%s: %s must be one of %s, got %s", gw->provider->title, param,
		ZSTR_VAL(list.s), ZSTR_VAL(shown));
	smart_str_free(&list);
	zend_string_release(shown);
}

/* {{{ What was given, for messages: as ci_text.c shows it, unless it holds a secret */
/* Whether text holds one of the gateway's secrets (a key pasted into the wrong field). */
static bool ci_holds_secret(const ci_gateway *gw, zval *v)
{
	const zend_string *secrets[] = {gw->secret, gw->opts.secret_key, gw->opts.proxy};

	ZVAL_DEREF(v);
	if (Z_TYPE_P(v) != IS_STRING) {
		return false;
	}
	for (size_t i = 0; i < sizeof(secrets) / sizeof(secrets[0]); i++) {
		if (secrets[i] && ZSTR_LEN(secrets[i]) >= 4 && php_memnstr(Z_STRVAL_P(v), ZSTR_VAL(secrets[i]),
				ZSTR_LEN(secrets[i]), Z_STRVAL_P(v) + Z_STRLEN_P(v))) {
			return true;
		}
	}
	return false;
}

zend_string *ci_param_describe(const ci_gateway *gw, zval *v)
{
	if (ci_holds_secret(gw, v)) {
		return zend_string_init("a text that holds this gateway's credential (not shown)",
			sizeof("a text that holds this gateway's credential (not shown)") - 1, 0);
	}
	return ci_value_describe(v);
}

/* ci_errors_add() for "<title>: <param> <what>, got <the value>". */
static void ci_error_given(const ci_gateway *gw, ci_errors *errs, const char *param, const char *what, zval *given)
{
	zend_string *shown = ci_param_describe(gw, given);
	ci_errors_add(errs, param, "%s: %s %s, got %s", gw->provider->title, param, what, ZSTR_VAL(shown));
	zend_string_release(shown);
}

/* UTF-8 characters of valid UTF-8 text: every byte that does not continue a sequence. */
static size_t ci_utf8_length(const char *s, size_t len)
{
	size_t n = 0;
	for (size_t i = 0; i < len; i++) {
		n += ((unsigned char)s[i] & 0xc0) != 0x80;
	}
	return n;
}
/* }}} */

/* {{{ Data only
 * Invoice parameters are data: strings, numbers, booleans, null and arrays of them. An object
 * is refused wherever it stands, because its jsonSerialize() or __toString() is the caller's
 * code, which would run while the request is built or sent and could re-enter the gateway,
 * change the array being walked or exit() half-way. */
#define CI_PLAIN_DEPTH 32

static bool ci_plain_walk(zval *v, int depth, smart_str *path, zval **bad)
{
	zend_string *key;
	zend_ulong idx;
	zval *item;

	ZVAL_DEREF(v);
	if (Z_TYPE_P(v) == IS_OBJECT || Z_TYPE_P(v) == IS_RESOURCE
			|| (Z_TYPE_P(v) == IS_DOUBLE && !zend_finite(Z_DVAL_P(v)))) {
		*bad = v;
		return false;
	}
	if (Z_TYPE_P(v) != IS_ARRAY) {
		return true;
	}
	if (depth >= CI_PLAIN_DEPTH) {
		*bad = v; /* also what a recursive array (one holding a reference to itself) comes to */
		return false;
	}
	ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL_P(v), idx, key, item) {
		size_t mark = path->s ? ZSTR_LEN(path->s) : 0;
		if (key) {
			smart_str_appendc(path, '.');
			smart_str_append(path, key);
		} else {
			smart_str_append_printf(path, "[" ZEND_ULONG_FMT "]", idx);
		}
		if (!ci_plain_walk(item, depth + 1, path, bad)) {
			return false;
		}
		ZSTR_LEN(path->s) = mark;
	} ZEND_HASH_FOREACH_END();
	return true;
}

bool ci_param_plain(const ci_gateway *gw, zval *v, const char *param, ci_errors *errs)
{
	smart_str path = {0};
	zval *bad = NULL;
	bool ok;

	smart_str_appends(&path, param);
	ok = ci_plain_walk(v, 0, &path, &bad);
	smart_str_0(&path);
	if (!ok) {
		const char *what = "must hold only strings, numbers, booleans, null and arrays of them";
		if (Z_TYPE_P(bad) == IS_ARRAY) {
			ci_errors_add(errs, param, "%s: %s %s, nested at most %d deep, got deeper arrays at %s",
				gw->provider->title, param, what, CI_PLAIN_DEPTH, ZSTR_VAL(path.s));
		} else {
			zend_string *shown = ci_param_describe(gw, bad);
			ci_errors_add(errs, param, "%s: %s %s, got %s at %s", gw->provider->title, param, what,
				ZSTR_VAL(shown), ZSTR_VAL(path.s));
			zend_string_release(shown);
		}
	}
	smart_str_free(&path);
	return ok;
}
/* }}} */

/* {{{ Per-type checks; each writes the wire value to out or reports */

/* "must be 1 to 128 characters long" / "at most 255 bytes long", as the field counts. */
static bool ci_check_length(const ci_gateway *gw, const ci_field *f, zend_string *text, const char *param, ci_errors *errs)
{
	bool bytes = (f->flags & CI_F_BYTES) != 0;
	const char *unit = bytes ? "bytes" : "characters";
	size_t n = bytes ? ZSTR_LEN(text) : ci_utf8_length(ZSTR_VAL(text), ZSTR_LEN(text));

	if (!(f->flags & CI_F_RANGE) || (n >= f->min && n <= f->max)) {
		return true;
	}
	if (f->min > 0) {
		ci_errors_add(errs, param, "%s: %s must be %.0f to %.0f %s long%s, got %zu %s",
			gw->provider->title, param, f->min, f->max, unit, bytes ? " in UTF-8" : "", n, unit);
	} else {
		ci_errors_add(errs, param, "%s: %s must be at most %.0f %s long%s, got %zu %s",
			gw->provider->title, param, f->max, unit, bytes ? " in UTF-8" : "", n, unit);
	}
	return false;
}

static bool ci_check_text(const ci_gateway *gw, const ci_field *f, zval *v, const char *param, ci_errors *errs, zend_string **text)
{
	if (Z_TYPE_P(v) == IS_LONG && f->type == CI_P_STRING) {
		*text = zend_long_to_str(Z_LVAL_P(v));
	} else if (Z_TYPE_P(v) == IS_STRING) {
		*text = zend_string_copy(Z_STR_P(v));
	} else {
		ci_error_given(gw, errs, param, "must be a string", v);
		return false;
	}
	const char *s = ZSTR_VAL(*text);
	size_t len = ZSTR_LEN(*text);
	const char *why = NULL;

	if (memchr(s, '\0', len)) {
		why = "must not contain NUL bytes";
	} else if (!ci_is_utf8(s, len)) {
		why = "must be valid UTF-8";
	} else if ((f->flags & CI_F_ALPHA_DASH) && !ci_is_alpha_dash(s, len)) {
		why = "may contain only letters, digits, '_' and '-'";
	}
	if (why) {
		ci_error_given(gw, errs, param, why, v);
	}
	if (why || !ci_check_length(gw, f, *text, param, errs)) {
		zend_string_release(*text);
		return false;
	}
	return true;
}

/* Codes are ASCII letters, digits, '_' and '-': changing their case changes nothing else. */
static zend_string *ci_code_case(const ci_field *f, zend_string *text)
{
	zend_string *out;

	if (f->flags & CI_F_UPPER) {
		out = zend_string_toupper(text);
	} else if (f->flags & CI_F_LOWER) {
		out = zend_string_tolower(text);
	} else {
		return text;
	}
	zend_string_release(text);
	return out;
}

static void ci_check_string(const ci_gateway *gw, const ci_field *f, zval *v, const char *param, ci_errors *errs, zval *out)
{
	zend_string *text;

	if (!ci_check_text(gw, f, v, param, errs, &text)) {
		return;
	}
	if (f->choices) {
		const char *canon = ci_choice_find(f->choices, ZSTR_VAL(text), ZSTR_LEN(text));
		if (!canon) {
			ci_error_choices(gw, errs, param, f->choices, v);
			zend_string_release(text);
			return;
		}
		zend_string_release(text);
		ZVAL_STRING(out, canon);
		return;
	}
	if (f->type == CI_P_URL && !ci_is_http_url(ZSTR_VAL(text), ZSTR_LEN(text))) {
		ci_error_given(gw, errs, param, "must be an absolute http:// or https:// URL", v);
	} else if (f->type == CI_P_EMAIL && !ci_is_email(ZSTR_VAL(text), ZSTR_LEN(text))) {
		ci_error_given(gw, errs, param, "must be an email address such as payer@example.com", v);
	} else {
		ZVAL_STR(out, ci_code_case(f, text));
		return;
	}
	zend_string_release(text);
}

static void ci_check_decimal(const ci_gateway *gw, const ci_field *f, zval *v, const char *param, ci_errors *errs, zval *out)
{
	const char *why = NULL;
	zend_string *dec = ci_decimal_from_zval(v, f->type == CI_P_AMOUNT, &why);

	if (!dec) {
		ci_error_given(gw, errs, param, why, v);
		return;
	}
	if (f->flags & CI_F_RANGE) {
		/* The double is only compared against the bounds; the wire gets the text. */
		double d = zend_strtod(ZSTR_VAL(dec), NULL);
		if (d < f->min || d > f->max) {
			ci_errors_add(errs, param, "%s: %s must be from %g to %g, got %s", gw->provider->title, param, f->min, f->max, ZSTR_VAL(dec));
			zend_string_release(dec);
			return;
		}
	}
	ZVAL_STR(out, dec);
}

/* An int, or its decimal text ("600", "-5"); a float never (600.0 may have been 599.9999). */
static bool ci_int_value(zval *v, zend_long *n)
{
	const char *s;
	size_t len, neg;

	if (Z_TYPE_P(v) == IS_LONG) {
		*n = Z_LVAL_P(v);
		return true;
	}
	if (Z_TYPE_P(v) != IS_STRING) {
		return false;
	}
	s = Z_STRVAL_P(v);
	len = Z_STRLEN_P(v);
	neg = len > 0 && s[0] == '-';
	/* At most 18 digits: ZEND_STRTOL cannot overflow, and every bound here is far smaller. */
	if (len <= neg || len - neg > 18 || strspn(s + neg, "0123456789") != len - neg) {
		return false;
	}
	*n = ZEND_STRTOL(s, NULL, 10);
	return true;
}

static void ci_check_int(const ci_gateway *gw, const ci_field *f, zval *v, const char *param, ci_errors *errs, zval *out)
{
	zend_long n;

	if (!ci_int_value(v, &n)) {
		if (f->flags & CI_F_RANGE) {
			char what[96];
			snprintf(what, sizeof(what), "must be an integer from %.0f to %.0f", f->min, f->max);
			ci_error_given(gw, errs, param, what, v);
		} else {
			ci_error_given(gw, errs, param, "must be an integer", v);
		}
		return;
	}
	if ((f->flags & CI_F_RANGE) && ((double)n < f->min || (double)n > f->max)) {
		ci_errors_add(errs, param, "%s: %s must be from %.0f to %.0f, got " ZEND_LONG_FMT, gw->provider->title, param, f->min, f->max, n);
		return;
	}
	ZVAL_LONG(out, n);
}

static void ci_check_object(const ci_gateway *gw, const ci_field *items, zval *v, const char *param, ci_errors *errs, zval *out);

/* A copy that shares nothing the caller can still change: arrays rebuilt, references resolved. */
void ci_plain_copy(zval *v, zval *out)
{
	zend_string *key;
	zend_ulong idx;
	zval *item, copy;

	ZVAL_DEREF(v);
	if (Z_TYPE_P(v) != IS_ARRAY) {
		ZVAL_COPY(out, v);
		return;
	}
	array_init_size(out, zend_hash_num_elements(Z_ARRVAL_P(v)));
	ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL_P(v), idx, key, item) {
		ci_plain_copy(item, &copy);
		if (key) {
			zend_hash_add_new(Z_ARRVAL_P(out), key, &copy);
		} else {
			zend_hash_index_add_new(Z_ARRVAL_P(out), idx, &copy);
		}
	} ZEND_HASH_FOREACH_END();
}

/* A list passed through as given: data only, and JSON-encodable (valid UTF-8). */
static void ci_check_raw_list(const ci_gateway *gw, zval *v, const char *param, ci_errors *errs, zval *out)
{
	zend_string *probe;

	if (!ci_param_plain(gw, v, param, errs)) {
		return;
	}
	probe = ci_json_encode(v, 0);
	if (!probe) {
		ci_errors_add(errs, param, "%s: %s must hold only valid UTF-8 text", gw->provider->title, param);
		return;
	}
	zend_string_release(probe);
	ci_plain_copy(v, out);
}

static void ci_check_list(const ci_gateway *gw, const ci_field *f, zval *v, const char *param, ci_errors *errs, zval *out)
{
	zval *item, checked;
	zend_ulong i = 0;
	bool ok = true;
	char sub[CI_PATH_MAX];

	if (Z_TYPE_P(v) != IS_ARRAY || !zend_array_is_list(Z_ARRVAL_P(v))) {
		if (Z_TYPE_P(v) == IS_ARRAY) {
			ci_errors_add(errs, param, "%s: %s must be a list (an array with keys 0, 1, 2...), got an array with other keys",
				gw->provider->title, param);
		} else {
			ci_error_given(gw, errs, param, "must be a list (an array with keys 0, 1, 2...)", v);
		}
		return;
	}
	if (f->type == CI_P_RAW_LIST) {
		ci_check_raw_list(gw, v, param, errs, out);
		return;
	}
	/* An item is checked like a scalar field with the list's choices, or as an object. */
	ci_field item_field = *f;
	item_field.type = CI_P_STRING;
	item_field.flags &= ~CI_F_RANGE;

	array_init(out);
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(v), item) {
		ZVAL_DEREF(item);
		snprintf(sub, sizeof(sub), "%s[" ZEND_ULONG_FMT "]", param, i++);
		ZVAL_UNDEF(&checked);
		if (f->items) {
			ci_check_object(gw, f->items, item, sub, errs, &checked);
		} else {
			ci_check_string(gw, &item_field, item, sub, errs, &checked);
		}
		if (Z_ISUNDEF(checked)) {
			ok = false;
			continue;
		}
		add_next_index_zval(out, &checked);
	} ZEND_HASH_FOREACH_END();
	if (!ok) {
		zval_ptr_dtor(out);
		ZVAL_UNDEF(out);
	}
}

static void ci_check_meta(const ci_gateway *gw, const ci_field *f, zval *v, const char *param, ci_errors *errs, zval *out)
{
	zval text;

	if (Z_TYPE_P(v) == IS_ARRAY) {
		if (!ci_param_plain(gw, v, param, errs)) {
			return;
		}
		zend_string *json = ci_json_encode(v, PHP_JSON_UNESCAPED_SLASHES | PHP_JSON_UNESCAPED_UNICODE);
		if (!json) {
			ci_errors_add(errs, param, "%s: %s must hold only valid UTF-8 text", gw->provider->title, param);
			return;
		}
		ZVAL_STR(&text, json);
	} else if (Z_TYPE_P(v) == IS_STRING || Z_TYPE_P(v) == IS_LONG) {
		ZVAL_COPY(&text, v);
	} else {
		/* Arrays are taken too (as JSON): "must be a string" would send the shop to json_encode(). */
		ci_error_given(gw, errs, param, "must be a string or an array", v);
		return;
	}
	ci_field as_string = *f;
	as_string.type = CI_P_STRING;
	ci_check_string(gw, &as_string, &text, param, errs, out);
	zval_ptr_dtor(&text);
}
/* }}} */

/* {{{ Field lookup and suggestions */
static const ci_field *ci_field_find(const ci_field *table, const char *key, size_t len)
{
	for (; table->key; table++) {
		if (strlen(table->key) == len && memcmp(table->key, key, len) == 0) {
			return table;
		}
	}
	return NULL;
}

/* Whether a table holds unified keys (createInvoice()'s), or only one operation's own. */
static bool ci_table_unified(const ci_field *table)
{
	for (const ci_field *f = table; f->key; f++) {
		if (f->flags & CI_F_UNIFIED) {
			return true;
		}
	}
	return false;
}

/* "address, is_subtract and amount" */
static zend_string *ci_table_keys(const ci_field *table)
{
	smart_str out = {0};
	size_t n = 0, total = 0;

	for (const ci_field *f = table; f->key; f++) {
		total++;
	}
	for (const ci_field *f = table; f->key; f++, n++) {
		smart_str_appends(&out, n == 0 ? "" : (n + 1 == total ? " and " : ", "));
		smart_str_appends(&out, f->key);
	}
	smart_str_0(&out);
	return out.s ? out.s : ZSTR_EMPTY_ALLOC();
}

/* parent: the parameter holding the key (metadata of "metadata.x"), or NULL at the top. Each
 * unknown key is its own getErrors() entry, under its shown form. */
static void ci_error_unknown(const ci_gateway *gw, const ci_field *table, const char *key, size_t len, const char *parent, ci_errors *errs)
{
	zend_string *param = ci_key_shown(parent, key, len);
	const char *best;
	ci_suggest s;
	char size[40] = "";

	if (len > CI_KEY_SHOW_MAX) {
		snprintf(size, sizeof(size), " (%zu bytes)", len); /* the shown form ends in "..." */
	}
	ci_suggest_init(&s, key, len);
	for (const ci_field *f = table; f->key; f++) {
		ci_suggest_offer(&s, f->key);
	}
	if ((best = ci_suggest_best(&s, true))) {
		ci_errors_add(errs, ZSTR_VAL(param), "%s: unknown parameter \"%s\"%s; did you mean \"%s\"?", gw->provider->title,
			ZSTR_VAL(param), size, best);
	} else if (!ci_table_unified(table)) {
		/* A small table of one operation's own keys (refund's): naming them all is the help. */
		zend_string *keys = ci_table_keys(table);
		ci_errors_add(errs, ZSTR_VAL(param), "%s: unknown parameter \"%s\"%s; the keys are %s",
			gw->provider->title, ZSTR_VAL(param), size, ZSTR_VAL(keys));
		zend_string_release(keys);
	} else {
		ci_errors_add(errs, ZSTR_VAL(param), "%s: unknown parameter \"%s\"%s; it is neither a unified key nor one of %s's own",
			gw->provider->title, ZSTR_VAL(param), size, gw->provider->title);
	}
	zend_string_release(param);
}
/* }}} */

static void ci_check_object(const ci_gateway *gw, const ci_field *items, zval *v, const char *param, ci_errors *errs, zval *out)
{
	zend_string *key;
	zval *val;
	char sub[CI_PATH_MAX];
	bool ok = true;

	if (Z_TYPE_P(v) != IS_ARRAY || (zend_hash_num_elements(Z_ARRVAL_P(v)) > 0 && zend_array_is_list(Z_ARRVAL_P(v)))) {
		if (Z_TYPE_P(v) == IS_ARRAY) {
			ci_errors_add(errs, param, "%s: %s must be an array with string keys, got a list", gw->provider->title, param);
		} else {
			ci_error_given(gw, errs, param, "must be an array with string keys", v);
		}
		return;
	}
	array_init(out);
	ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(v), key, val) {
		const ci_field *f;
		zval checked;

		ZVAL_DEREF(val);
		if (!key) {
			ci_errors_add(errs, param, "%s: %s must have string keys only", gw->provider->title, param);
			ok = false;
			continue;
		}
		f = ci_field_find(items, ZSTR_VAL(key), ZSTR_LEN(key));
		if (!f) {
			ci_error_unknown(gw, items, ZSTR_VAL(key), ZSTR_LEN(key), param, errs);
			ok = false;
			continue;
		}
		if (Z_TYPE_P(val) == IS_NULL) {
			continue;
		}
		snprintf(sub, sizeof(sub), "%s.%s", param, f->key);
		ZVAL_UNDEF(&checked);
		ci_param_check(gw, f, val, sub, errs, &checked);
		if (Z_ISUNDEF(checked)) {
			ok = false;
			continue;
		}
		zend_hash_update(Z_ARRVAL_P(out), key, &checked);
	} ZEND_HASH_FOREACH_END();
	for (const ci_field *f = items; f->key; f++) {
		/* Given but refused has been said already; only a missing key is "required". */
		if ((f->flags & CI_F_REQUIRED) && !zend_hash_str_exists(Z_ARRVAL_P(out), f->key, strlen(f->key))
				&& !zend_hash_str_exists(Z_ARRVAL_P(v), f->key, strlen(f->key))) {
			snprintf(sub, sizeof(sub), "%s.%s", param, f->key);
			ci_errors_add(errs, sub, "%s: %s is required", gw->provider->title, sub);
			ok = false;
		}
	}
	if (!ok) {
		zval_ptr_dtor(out);
		ZVAL_UNDEF(out);
	}
}

void ci_param_check(const ci_gateway *gw, const ci_field *f, zval *value, const char *param, ci_errors *errs, zval *out)
{
	zval held;

	/* Held while it is walked: the caller's array cannot change or go away under the walk. */
	ZVAL_COPY_DEREF(&held, value);
	value = &held;
	ZVAL_UNDEF(out);
	switch (f->type) {
		case CI_P_STRING:
		case CI_P_URL:
		case CI_P_EMAIL:
			ci_check_string(gw, f, value, param, errs, out);
			break;
		case CI_P_AMOUNT:
		case CI_P_DECIMAL:
			ci_check_decimal(gw, f, value, param, errs, out);
			break;
		case CI_P_INT:
			ci_check_int(gw, f, value, param, errs, out);
			break;
		case CI_P_BOOL:
			if (Z_TYPE_P(value) == IS_TRUE || Z_TYPE_P(value) == IS_FALSE) {
				ZVAL_COPY(out, value);
			} else {
				ci_error_given(gw, errs, param, "must be true or false", value);
			}
			break;
		case CI_P_LIST:
		case CI_P_RAW_LIST:
			ci_check_list(gw, f, value, param, errs, out);
			break;
		case CI_P_OBJECT:
			ci_check_object(gw, f->items, value, param, errs, out);
			break;
		case CI_P_META:
			ci_check_meta(gw, f, value, param, errs, out);
			break;
	}
	zval_ptr_dtor(&held);
}

zend_result ci_param_minutes(const ci_gateway *gw, zval *value, const char *param, const char *unit,
	zend_long max_minutes, ci_errors *errs, zend_long *minutes)
{
	const ci_field seconds = {.key = param, .type = CI_P_INT};
	zval n;

	ci_param_check(gw, &seconds, value, param, errs, &n);
	if (Z_ISUNDEF(n)) {
		return FAILURE;
	}
	if (Z_LVAL(n) < 60 || Z_LVAL(n) % 60 != 0) {
		ci_errors_add(errs, param, "%s: %s must be a positive multiple of 60 seconds (%s counts whole minutes), got " ZEND_LONG_FMT,
			gw->provider->title, param, unit, Z_LVAL(n));
		return FAILURE;
	}
	/* Divided, not multiplied: max_minutes * 60 could overflow, seconds / 60 cannot. */
	if (Z_LVAL(n) / 60 > max_minutes) {
		ci_errors_add(errs, param, "%s: %s must be at most " ZEND_LONG_FMT " seconds (%s is at most " ZEND_LONG_FMT " minutes), got " ZEND_LONG_FMT,
			gw->provider->title, param, max_minutes > ZEND_LONG_MAX / 60 ? ZEND_LONG_MAX - ZEND_LONG_MAX % 60 : max_minutes * 60,
			unit, max_minutes, Z_LVAL(n));
		return FAILURE;
	}
	*minutes = Z_LVAL(n) / 60;
	return SUCCESS;
}

/* {{{ The body: dotted wire paths, with ownership for conflict detection */
static bool ci_paths_overlap(const char *a, size_t alen, const char *b, size_t blen)
{
	size_t n = MIN(alen, blen);
	if (memcmp(a, b, n) != 0) {
		return false;
	}
	return alen == blen || (alen < blen ? b[alen] == '.' : a[blen] == '.');
}

static zval *ci_body_slot(zval *root, const char *path, bool create)
{
	zval *node = root;
	const char *seg = path;

	for (;;) {
		const char *dot = strchr(seg, '.');
		size_t len = dot ? (size_t)(dot - seg) : strlen(seg);
		zval *next;

		if (Z_TYPE_P(node) != IS_ARRAY) {
			return NULL;
		}
		next = zend_hash_str_find(Z_ARRVAL_P(node), seg, len);
		if (!next) {
			if (!create) {
				return NULL;
			}
			zval fresh;
			if (dot) {
				array_init(&fresh);
			} else {
				ZVAL_NULL(&fresh);
			}
			SEPARATE_ARRAY(node);
			next = zend_hash_str_add_new(Z_ARRVAL_P(node), seg, len, &fresh);
		}
		if (!dot) {
			return next;
		}
		node = next;
		seg = dot + 1;
	}
}

zval *ci_body_get(ci_request *req, const char *wire)
{
	return ci_body_slot(&req->body, wire, false);
}

static void ci_body_set_leaf(const ci_gateway *gw, ci_request *req, const char *wire, zval *value, const char *param, ci_errors *errs)
{
	zend_string *owned;
	const char *owner;
	size_t wlen = strlen(wire);

	ZEND_HASH_FOREACH_STR_KEY_PTR(Z_ARRVAL(req->owners), owned, owner) {
		if (ci_paths_overlap(ZSTR_VAL(owned), ZSTR_LEN(owned), wire, wlen)) {
			if (strcmp(owner, param) == 0) {
				continue;
			}
			ci_errors_add(errs, param, "%s: %s and %s both set the field %s; pass only one of them",
				gw->provider->title, owner, param, ZSTR_VAL(owned));
			return;
		}
	} ZEND_HASH_FOREACH_END();
	/* The caller's key outlives the build, so the owner is kept by pointer, not copied. */
	zend_hash_str_add_ptr(Z_ARRVAL(req->owners), wire, wlen, (void *)param);

	zval *slot = ci_body_slot(&req->body, wire, true);
	if (slot) {
		zval_ptr_dtor(slot);
		ZVAL_COPY(slot, value);
	}
}

void ci_body_set(const ci_gateway *gw, ci_request *req, const char *wire, zval *value, const char *param, ci_errors *errs)
{
	zend_string *key;
	zval *val;
	char sub[CI_PATH_MAX];

	/* Objects are set leaf by leaf, so two keys may fill different fields of one object. */
	if (Z_TYPE_P(value) != IS_ARRAY || zend_array_is_list(Z_ARRVAL_P(value))) {
		if (Z_TYPE_P(value) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(value)) == 0) {
			return; /* an empty object or list sets nothing */
		}
		ci_body_set_leaf(gw, req, wire, value, param, errs);
		return;
	}
	ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(value), key, val) {
		if (key) {
			snprintf(sub, sizeof(sub), "%s.%s", wire, ZSTR_VAL(key));
			ci_body_set(gw, req, sub, val, param, errs);
		}
	} ZEND_HASH_FOREACH_END();
}

void ci_body_put(ci_request *req, const char *key, zval *value)
{
	Z_TRY_ADDREF_P(value);
	zend_hash_str_update(Z_ARRVAL(req->body), key, strlen(key), value);
}

void ci_body_put_str(ci_request *req, const char *key, zend_string *value)
{
	zval z;
	ZVAL_STR_COPY(&z, value);
	zend_hash_str_update(Z_ARRVAL(req->body), key, strlen(key), &z);
}

void ci_body_mark_number(ci_request *req, const char *key)
{
	add_assoc_bool_ex(&req->raw_numbers, key, strlen(key), 1);
}
/* }}} */

static void ci_param_not_expressible(const ci_gateway *gw, const ci_field *f, const char *param, ci_errors *errs)
{
	/* Only unified keys are dropped by strict => false; saying so for a native key would mislead. */
	ci_errors_add(errs, param, "%s cannot take %s: %s%s", gw->provider->title, param,
		f->hint ? f->hint : "the provider's API has no such field",
		(f->flags & CI_F_UNIFIED) ? " (with the option strict => false such keys are dropped)" : "");
}

static void ci_params_one(const ci_gateway *gw, zend_string *key, zval *value, ci_request *req, ci_errors *errs)
{
	const ci_field *table = req->operation->params;
	const ci_field *f = ci_field_find(table, ZSTR_VAL(key), ZSTR_LEN(key));
	const char *param = ZSTR_VAL(key);
	zval out;

	if (!f) {
		ci_error_unknown(gw, table, ZSTR_VAL(key), ZSTR_LEN(key), NULL, errs);
		return;
	}
	if (Z_TYPE_P(value) == IS_NULL) {
		return; /* null means "not set": shops pass optional fields that way */
	}
	if (!f->wire) {
		if (gw->opts.strict || !(f->flags & CI_F_UNIFIED)) {
			ci_param_not_expressible(gw, f, param, errs);
		}
		return;
	}
	ZVAL_UNDEF(&out);
	if (f->convert) {
		zval held;
		ZVAL_COPY(&held, value); /* see ci_param_check() */
		f->convert(gw, f, &held, &out, param, errs);
		zval_ptr_dtor(&held);
	} else {
		ci_param_check(gw, f, value, param, errs, &out);
	}
	if (Z_ISUNDEF(out)) {
		return;
	}
	if (f->flags & CI_F_JSON_NUMBER) {
		ci_body_mark_number(req, f->wire);
	}
	ci_body_set(gw, req, f->wire, &out, param, errs);
	zval_ptr_dtor(&out);
}

/* A wire field is not "missing" when a key that sets it (amount or its twin amountFiat) was refused. */
static bool ci_wire_has_error(const ci_field *table, const char *wire, const ci_errors *errs)
{
	for (const ci_field *f = table; f->key; f++) {
		if (f->wire && strcmp(f->wire, wire) == 0 && ci_errors_has(errs, f->key)) {
			return true;
		}
	}
	return false;
}

void ci_params_build(const ci_gateway *gw, HashTable *params, ci_request *req, ci_errors *errs)
{
	zend_string *key;
	zend_ulong idx;
	zval *value;

	/* Held for the walk: its keys name the owners of wire fields until the walk ends. */
	GC_TRY_ADDREF(params);
	ZEND_HASH_FOREACH_KEY_VAL(params, idx, key, value) {
		ZVAL_DEREF(value);
		if (!key) {
			char param[32];
			snprintf(param, sizeof(param), "[" ZEND_ULONG_FMT "]", idx);
			ci_errors_add(errs, param, "%s: parameter keys must be strings such as \"amount\", got the integer key " ZEND_ULONG_FMT,
				gw->provider->title, idx);
			continue;
		}
		ci_params_one(gw, key, value, req, errs);
	} ZEND_HASH_FOREACH_END();

	if (req->operation->finish) {
		req->operation->finish(gw, req, errs);
	}
	for (const ci_field *f = req->operation->params; f->key; f++) {
		if ((f->flags & CI_F_REQUIRED) && f->wire && !ci_body_get(req, f->wire)
				&& !ci_wire_has_error(req->operation->params, f->wire, errs)) {
			ci_errors_add(errs, f->key, "%s: %s is required", gw->provider->title, f->key);
		}
	}
	/* The owners point into the caller's keys, which are no longer held. */
	zend_hash_clean(Z_ARRVAL(req->owners));
	zend_array_release(params);
}
