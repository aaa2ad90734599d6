/* How what a caller gave reads in messages, and what a mistyped name may have meant: see ci_text.h.
 *
 * Kept apart from the request engine so that the options parser, the gateway and the engine
 * share one spelling of a value, one shown form of a key and one "did you mean" rule. */
#include "php.h"
#include "zend_smart_str.h"
#include "ext/standard/html.h"
#include "ci_text.h"

#define CI_SUGGEST_MAX 128 /* bytes of a name compared; longer names are never near */

bool ci_is_utf8(const char *s, size_t len)
{
	size_t pos = 0;
	zend_result status = SUCCESS;

	/* ASCII, nearly every parameter, is UTF-8 as it stands: decode from the first high byte on. */
	while (pos < len && (unsigned char)s[pos] < 0x80) {
		pos++;
	}
	while (pos < len) {
		php_next_utf8_char((const unsigned char *)s, len, &pos, &status);
		if (status != SUCCESS) {
			return false;
		}
	}
	return true;
}

/* {{{ What was given: the value itself where it can be shown */
#define CI_SHOW_MAX 40 /* bytes of a string shown before "..." */

/* Control bytes (and every high byte of text that is not UTF-8) as \xHH, so a message stays one readable line. */
static void ci_append_shown(smart_str *out, const char *s, size_t len, bool utf8)
{
	static const char hex[] = "0123456789ABCDEF";

	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x20 || c == 0x7f || (c >= 0x80 && !utf8)) {
			smart_str_appendl(out, "\\x", 2);
			smart_str_appendc(out, hex[c >> 4]);
			smart_str_appendc(out, hex[c & 0xf]);
		} else {
			smart_str_appendc(out, (char)c);
		}
	}
}

static void ci_describe_string(smart_str *out, zend_string *str)
{
	const char *s = ZSTR_VAL(str);
	size_t len = ZSTR_LEN(str), shown = len;
	bool utf8 = ci_is_utf8(s, len);

	if (len > CI_SHOW_MAX) {
		shown = CI_SHOW_MAX - 8;
		while (utf8 && shown > 0 && ((unsigned char)s[shown] & 0xc0) == 0x80) {
			shown--; /* never cut a character in two */
		}
	}
	smart_str_appendc(out, '"');
	ci_append_shown(out, s, shown, utf8);
	smart_str_appendc(out, '"');
	if (shown < len) {
		smart_str_append_printf(out, "... (%zu bytes)", len);
	}
}

zend_string *ci_value_describe(zval *v)
{
	smart_str out = {0};

	ZVAL_DEREF(v);
	switch (Z_TYPE_P(v)) {
		case IS_NULL:
			smart_str_appends(&out, "null");
			break;
		case IS_FALSE:
			smart_str_appends(&out, "false");
			break;
		case IS_TRUE:
			smart_str_appends(&out, "true");
			break;
		case IS_LONG:
			smart_str_append_long(&out, Z_LVAL_P(v));
			break;
		case IS_DOUBLE:
			/* Shortest text that reads back as the float, with ".0" so it reads as one (600.0, 1.0E+300, NAN). */
			smart_str_append_double(&out, Z_DVAL_P(v), -1, true);
			break;
		case IS_STRING:
			ci_describe_string(&out, Z_STR_P(v));
			break;
		case IS_ARRAY:
			smart_str_appends(&out, zend_hash_num_elements(Z_ARRVAL_P(v)) ? "an array" : "an empty array");
			break;
		case IS_OBJECT:
			smart_str_append_printf(&out, "an object of class %s", ZSTR_VAL(Z_OBJCE_P(v)->name));
			break;
		default:
			smart_str_append_printf(&out, "a %s", zend_zval_type_name(v));
			break;
	}
	smart_str_0(&out);
	return out.s;
}

/* A parameter key as messages and getErrors() show it: escaped and cut like a value (a key
 * is any bytes: a NUL must not hide its tail and make "currency\0x" read as "currency", bytes
 * that are not UTF-8 would make getErrors() unencodable as JSON, a 1 MB key a 1 MB message).
 * The result holds no NUL, so it can key getErrors(). */
zend_string *ci_key_shown(const char *parent, const char *key, size_t len)
{
	smart_str out = {0};
	bool utf8 = ci_is_utf8(key, len);
	size_t shown = len;

	if (parent) {
		smart_str_appends(&out, parent);
		smart_str_appendc(&out, '.');
	}
	if (len > CI_KEY_SHOW_MAX) {
		shown = CI_KEY_SHOW_MAX;
		while (utf8 && shown > 0 && ((unsigned char)key[shown] & 0xc0) == 0x80) {
			shown--; /* never cut a character in two */
		}
	}
	ci_append_shown(&out, key, shown, utf8);
	if (shown < len) {
		smart_str_appends(&out, "...");
	}
	smart_str_0(&out);
	return out.s ? out.s : ZSTR_EMPTY_ALLOC();
}

/* }}} */

/* {{{ Did you mean */
/* Case-insensitive; SIZE_MAX when either is longer than CI_SUGGEST_MAX bytes. */
static size_t ci_edit_distance(const char *a, size_t alen, const char *b, size_t blen)
{
	size_t row[CI_SUGGEST_MAX + 1];

	if (alen > CI_SUGGEST_MAX || blen > CI_SUGGEST_MAX) {
		return SIZE_MAX;
	}
	for (size_t j = 0; j <= blen; j++) {
		row[j] = j;
	}
	for (size_t i = 1; i <= alen; i++) {
		size_t diag = row[0];
		row[0] = i;
		for (size_t j = 1; j <= blen; j++) {
			size_t up = row[j];
			size_t cost = (tolower((unsigned char)a[i - 1]) == tolower((unsigned char)b[j - 1])) ? 0 : 1;
			row[j] = MIN(MIN(row[j] + 1, row[j - 1] + 1), diag + cost);
			diag = up;
		}
	}
	return row[blen];
}

void ci_suggest_init(ci_suggest *s, const char *key, size_t len)
{
	memset(s, 0, sizeof(*s));
	s->key = key;
	s->len = len;
	s->nearest_d = SIZE_MAX;
}

void ci_suggest_offer(ci_suggest *s, const char *name)
{
	size_t nlen = strlen(name);
	size_t d = ci_edit_distance(s->key, s->len, name, nlen);

	if (d < s->nearest_d) {
		s->nearest_d = d;
		s->nearest = name;
	}
	/* "order" for order_id, "callback" for callback_url: a word inside a name is a clear hint too. */
	if (!s->holder && s->len >= 4 && php_memnstr(name, s->key, s->len, name + nlen)) {
		s->holder = name;
	}
}

const char *ci_suggest_best(const ci_suggest *s, bool words)
{
	if (s->nearest && s->nearest_d <= MAX(2, s->len / 3)) {
		return s->nearest;
	}
	return words ? s->holder : NULL;
}
/* }}} */
