/* Money as text: amounts never pass through a binary float on the way to the wire. */
#ifndef CI_DECIMAL_H
#define CI_DECIMAL_H

#include "php.h"

/* "10", "10.50": digits with an optional fraction, nothing else. */
bool ci_decimal_is_plain(const char *s, size_t len);
/* Plain decimal text of v (string, int or finite float); NULL with *why set
 * when v is not acceptable. positive: zero is refused too. */
zend_string *ci_decimal_from_zval(zval *v, bool positive, const char **why);
/* Shortest text that reads back as d, without an exponent: 100.1 -> "100.1". */
zend_string *ci_decimal_from_double(double d);

#endif
