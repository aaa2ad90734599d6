/* Money as text: amounts never pass through a binary float on the way to the wire. */
#ifndef CI_DECIMAL_H
#define CI_DECIMAL_H

#include "php.h"

/* Digits on either side of the '.' of a decimal sent to a provider: more is not money. */
#define CI_DECIMAL_MAX_DIGITS 32

/* "10", "10.50": digits with an optional fraction, nothing else. */
bool ci_decimal_is_plain(const char *s, size_t len);
/* Whether s is a number as RFC 8259 writes one (no leading zero, '+', lone or trailing '.'). */
bool ci_decimal_is_json_number(const char *s, size_t len);
/* Canonical plain decimal text of v (string, int or finite float): no leading zeros
 * ("010.50" -> "10.50"), the fraction as written, at most CI_DECIMAL_MAX_DIGITS digits on
 * each side; so it is also a valid JSON number. NULL with *why set when v is not acceptable.
 * positive: zero is refused too. */
zend_string *ci_decimal_from_zval(zval *v, bool positive, const char **why);
/* Shortest text that reads back as d, without an exponent: 100.1 -> "100.1". */
zend_string *ci_decimal_from_double(double d);

#endif
