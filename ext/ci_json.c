/* JSON through PHP's ext/json: see ci_json.h. */
#include "php.h"
#include "zend_smart_str.h"
#include "ext/json/php_json.h"
#include "ci_json.h"

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

zend_string *ci_json_encode(zval *v, int options)
{
	smart_str buf = {0};
	php_json_error_code saved = JSON_G(error_code);
	zend_result rc = php_json_encode_ex(&buf, v, options, CI_JSON_DEPTH);
	bool failed = (rc == FAILURE || JSON_G(error_code) != PHP_JSON_ERROR_NONE);

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

	if (!raw_numbers || zend_hash_num_elements(raw_numbers) == 0) {
		zval zbody;
		ZVAL_ARR(&zbody, body);
		return ci_json_encode(&zbody, CI_JSON_BODY_FLAGS | PHP_JSON_FORCE_OBJECT * (zend_hash_num_elements(body) == 0));
	}
	/* Only the top-level framing is written here; every key and value still goes through ext/json. */
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
			smart_str_append(&buf, Z_STR_P(val));
		} else if (php_json_encode_ex(&buf, val, CI_JSON_BODY_FLAGS, CI_JSON_DEPTH) == FAILURE) {
			goto fail;
		}
	} ZEND_HASH_FOREACH_END();
	smart_str_appendc(&buf, '}');
	smart_str_0(&buf);
	return buf.s;

fail:
	smart_str_free(&buf);
	return NULL;
}
