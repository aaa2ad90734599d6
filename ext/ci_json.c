/* JSON through PHP's ext/json: see ci_json.h. */
#include "php.h"
#include "zend_smart_str.h"
#include "ext/json/php_json.h"
#include "ci_json.h"
#include "ci_decimal.h"

#define CI_JSON_DEPTH 64
#define CI_JSON_BODY_FLAGS (PHP_JSON_UNESCAPED_SLASHES | PHP_JSON_UNESCAPED_UNICODE)

zend_result ci_json_decode(const char *s, size_t len, zval *out)
{
	php_json_error_code saved = JSON_G(error_code);
	zend_result rc = php_json_decode_ex(out, s, len, PHP_JSON_OBJECT_AS_ARRAY | PHP_JSON_BIGINT_AS_STRING, CI_JSON_DEPTH);

	JSON_G(error_code) = saved;
	if (rc == FAILURE) {
		zval_ptr_dtor(out);
		ZVAL_UNDEF(out);
	}
	return rc;
}

/* Floats are written as ext/json writes them under serialize_precision = -1 (the shortest
 * text that reads back, 0.1 not 0.10000000000000001), whatever the shop's php.ini says: the
 * bytes sent, and the bytes a webhook signature is checked against, never depend on it. */
static zend_long ci_json_precision_begin(void)
{
	zend_long saved = PG(serialize_precision);
	PG(serialize_precision) = -1;
	return saved;
}

static void ci_json_precision_end(zend_long saved)
{
	PG(serialize_precision) = saved;
}

zend_string *ci_json_encode(zval *v, int options)
{
	smart_str buf = {0};
	php_json_error_code saved = JSON_G(error_code);
	zend_long precision = ci_json_precision_begin();
	zend_result rc = php_json_encode_ex(&buf, v, options, CI_JSON_DEPTH);
	bool failed = (rc == FAILURE || JSON_G(error_code) != PHP_JSON_ERROR_NONE);

	ci_json_precision_end(precision);
	JSON_G(error_code) = saved;
	if (failed) {
		smart_str_free(&buf);
		return NULL;
	}
	smart_str_0(&buf);
	return buf.s;
}

zend_string *ci_json_encode_body(HashTable *body, HashTable *raw_numbers)
{
	smart_str buf = {0};
	zend_string *key;
	zval *val;
	bool first = true;
	zend_long precision;
	php_json_error_code json_error;

	if (!raw_numbers || zend_hash_num_elements(raw_numbers) == 0) {
		zval zbody;
		ZVAL_ARR(&zbody, body);
		return ci_json_encode(&zbody, CI_JSON_BODY_FLAGS | PHP_JSON_FORCE_OBJECT * (zend_hash_num_elements(body) == 0));
	}
	/* Only the top-level framing is written here; every key and value still goes through ext/json. */
	precision = ci_json_precision_begin();
	json_error = JSON_G(error_code);
	smart_str_appendc(&buf, '{');
	ZEND_HASH_FOREACH_STR_KEY_VAL(body, key, val) {
		zval zkey;
		if (!first) {
			smart_str_appendc(&buf, ',');
		}
		first = false;
		ZVAL_STR(&zkey, key);
		if (php_json_encode_ex(&buf, &zkey, CI_JSON_BODY_FLAGS, CI_JSON_DEPTH) == FAILURE) {
			goto fail;
		}
		smart_str_appendc(&buf, ':');
		if (Z_TYPE_P(val) == IS_STRING && zend_hash_exists(raw_numbers, key)) {
			/* Written verbatim, so checked here: every body sent is valid JSON, whatever a
			 * conversion upstream let through (ci_decimal_from_zval() already canonicalises). */
			if (!ci_decimal_is_json_number(Z_STRVAL_P(val), Z_STRLEN_P(val))) {
				goto fail;
			}
			smart_str_append(&buf, Z_STR_P(val));
		} else if (php_json_encode_ex(&buf, val, CI_JSON_BODY_FLAGS, CI_JSON_DEPTH) == FAILURE) {
			goto fail;
		}
	} ZEND_HASH_FOREACH_END();
	smart_str_appendc(&buf, '}');
	smart_str_0(&buf);
	ci_json_precision_end(precision);
	JSON_G(error_code) = json_error;
	return buf.s;

fail:
	ci_json_precision_end(precision);
	JSON_G(error_code) = json_error;
	smart_str_free(&buf);
	return NULL;
}
