/* JSON through PHP's ext/json, without disturbing the caller's json_last_error(). */
#ifndef CI_JSON_H
#define CI_JSON_H

#include "php.h"

/* Decodes objects as arrays, big integers as strings. FAILURE leaves out UNDEF. */
zend_result ci_json_decode(const char *s, size_t len, zval *out);
/* NULL when v cannot be encoded (invalid UTF-8, recursion, NaN...). */
zend_string *ci_json_encode(zval *v, int options);
/* Encodes a top-level object whose keys listed in raw_numbers hold decimal
 * text that must go out as a JSON number verbatim ("100.10" -> 100.10). */
zend_string *ci_json_encode_body(HashTable *body, HashTable *raw_numbers);

#endif
