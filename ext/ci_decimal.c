/* Money as text: see ci_decimal.h. */
#include "php.h"
#include "zend_smart_str.h"
#include "zend_strtod.h"
#include "ci_decimal.h"

bool ci_decimal_is_plain(const char *s, size_t len)
{
	size_t i = 0, digits = 0;

	while (i < len && s[i] >= '0' && s[i] <= '9') {
		i++;
		digits++;
	}
	if (digits == 0) {
		return false;
	}
	if (i == len) {
		return true;
	}
	if (s[i++] != '.' || i == len) {
		return false;
	}
	while (i < len && s[i] >= '0' && s[i] <= '9') {
		i++;
	}
	return i == len;
}

static bool ci_decimal_is_zero(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if (s[i] != '0' && s[i] != '.') {
			return false;
		}
	}
	return true;
}

zend_string *ci_decimal_from_double(double d)
{
	/* Mode 0 is the shortest digit string that reads back as d (PHP's serialize_precision = -1). */
	int decpt;
	bool neg;
	char *end;
	char *digits = zend_dtoa(d, 0, 0, &decpt, &neg, &end);
	size_t nd = (size_t)(end - digits);
	smart_str out = {0};

	if (neg && !(nd == 1 && digits[0] == '0')) {
		smart_str_appendc(&out, '-');
	}
	if (decpt <= 0) {
		smart_str_appendl(&out, "0.", 2);
		for (int i = 0; i < -decpt; i++) {
			smart_str_appendc(&out, '0');
		}
		smart_str_appendl(&out, digits, nd);
	} else if ((size_t)decpt >= nd) {
		smart_str_appendl(&out, digits, nd);
		for (size_t i = nd; i < (size_t)decpt; i++) {
			smart_str_appendc(&out, '0');
		}
	} else {
		smart_str_appendl(&out, digits, decpt);
		smart_str_appendc(&out, '.');
		smart_str_appendl(&out, digits + decpt, nd - decpt);
	}
	zend_freedtoa(digits);
	smart_str_0(&out);
	return out.s;
}

bool ci_decimal_is_json_number(const char *s, size_t len)
{
	size_t i = 0;

	i += i < len && s[i] == '-';
	if (i < len && s[i] == '0') {
		i++;
	} else if (i < len && s[i] >= '1' && s[i] <= '9') {
		while (i < len && s[i] >= '0' && s[i] <= '9') {
			i++;
		}
	} else {
		return false;
	}
	if (i < len && s[i] == '.') {
		size_t start = ++i;
		while (i < len && s[i] >= '0' && s[i] <= '9') {
			i++;
		}
		if (i == start) {
			return false;
		}
	}
	if (i < len && (s[i] == 'e' || s[i] == 'E')) {
		size_t start;
		i++;
		i += i < len && (s[i] == '+' || s[i] == '-');
		start = i;
		while (i < len && s[i] >= '0' && s[i] <= '9') {
			i++;
		}
		if (i == start) {
			return false;
		}
	}
	return i == len;
}

/* Plain decimal text in its canonical form: the integer part's leading zeros dropped
 * ("010.50" -> "10.50", "00.5" -> "0.5"); the fraction is kept as written, since its
 * trailing zeros may say the precision meant ("10.50"). NULL when too long to be money. */
static zend_string *ci_decimal_canonical(const char *s, size_t len, const char **why)
{
	const char *dot = memchr(s, '.', len);
	size_t int_len = dot ? (size_t)(dot - s) : len;

	while (int_len > 1 && s[0] == '0') {
		s++;
		len--;
		int_len--;
	}
	if (int_len > CI_DECIMAL_MAX_DIGITS || (dot && len - int_len - 1 > CI_DECIMAL_MAX_DIGITS)) {
		*why = "must have at most " ZEND_TOSTR(CI_DECIMAL_MAX_DIGITS) " digits before and " ZEND_TOSTR(CI_DECIMAL_MAX_DIGITS) " after the '.'";
		return NULL;
	}
	return zend_string_init(s, len, 0);
}

zend_string *ci_decimal_from_zval(zval *v, bool positive, const char **why)
{
	zend_string *out, *text;

	switch (Z_TYPE_P(v)) {
		case IS_STRING:
			if (!ci_decimal_is_plain(Z_STRVAL_P(v), Z_STRLEN_P(v))) {
				*why = "must be a plain decimal such as \"10.50\" or \"0.5\" (digits, optionally '.' and more digits; no sign, spaces or exponent)";
				return NULL;
			}
			out = ci_decimal_canonical(Z_STRVAL_P(v), Z_STRLEN_P(v), why);
			break;
		case IS_LONG:
			if (Z_LVAL_P(v) < 0) {
				*why = "must not be negative";
				return NULL;
			}
			out = zend_long_to_str(Z_LVAL_P(v));
			break;
		case IS_DOUBLE:
			if (!zend_finite(Z_DVAL_P(v)) || Z_DVAL_P(v) < 0) {
				*why = "must be a finite, non-negative number";
				return NULL;
			}
			text = ci_decimal_from_double(Z_DVAL_P(v));
			out = ci_decimal_canonical(ZSTR_VAL(text), ZSTR_LEN(text), why);
			zend_string_release(text);
			break;
		default:
			*why = "must be a decimal string, int or float";
			return NULL;
	}
	if (out && positive && ci_decimal_is_zero(ZSTR_VAL(out), ZSTR_LEN(out))) {
		zend_string_release(out);
		*why = "must be greater than zero";
		return NULL;
	}
	return out;
}
