/* Errors in one place: see ci_errors.h. */
#include "php.h"
#include "zend_exceptions.h"
#include "zend_smart_str.h"
#include "ci_errors.h"
#include "ci_classes.h"

#define CI_BODY_CAP (64 * 1024)

void ci_errors_init(ci_errors *e)
{
	array_init(&e->list);
}

void ci_errors_dtor(ci_errors *e)
{
	zval_ptr_dtor(&e->list);
	ZVAL_UNDEF(&e->list);
}

void ci_errors_add(ci_errors *e, const char *param, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	zend_string *msg = zend_vstrpprintf(0, fmt, ap);
	va_end(ap);

	/* A second problem with the same parameter is appended, not lost. */
	zval *prev = zend_hash_str_find(Z_ARRVAL(e->list), param, strlen(param));
	if (prev) {
		zend_string *joined = zend_string_concat3(
			Z_STRVAL_P(prev), Z_STRLEN_P(prev), "; ", 2, ZSTR_VAL(msg), ZSTR_LEN(msg));
		zend_string_release(msg);
		zval_ptr_dtor(prev);
		ZVAL_STR(prev, joined);
		return;
	}
	zval zmsg;
	ZVAL_STR(&zmsg, msg);
	zend_hash_str_update(Z_ARRVAL(e->list), param, strlen(param), &zmsg);
}

bool ci_errors_any(const ci_errors *e)
{
	return zend_hash_num_elements(Z_ARRVAL(e->list)) > 0;
}

bool ci_errors_has(const ci_errors *e, const char *param)
{
	return zend_hash_str_exists(Z_ARRVAL(e->list), param, strlen(param));
}

void ci_errors_throw(ci_errors *e, const char *title)
{
	smart_str msg = {0};
	zval *text;

	/* Each entry already names the provider and the parameter; title is for the empty case. */
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL(e->list), text) {
		if (msg.s) {
			smart_str_appends(&msg, "; ");
		}
		smart_str_append(&msg, Z_STR_P(text));
	} ZEND_HASH_FOREACH_END();
	if (!msg.s) {
		smart_str_appends(&msg, title);
	}
	smart_str_0(&msg);

	zend_object *ex = zend_throw_exception(ci_ce_InvalidArgumentException, ZSTR_VAL(msg.s), 0);
	zend_update_property(ci_ce_InvalidArgumentException, ex, "errors", sizeof("errors") - 1, &e->list);
	smart_str_free(&msg);
	ci_errors_dtor(e);
}

void ci_throw_invalid(const char *param, const char *fmt, ...)
{
	ci_errors e;
	va_list ap;

	ci_errors_init(&e);
	va_start(ap, fmt);
	zend_string *msg = zend_vstrpprintf(0, fmt, ap);
	va_end(ap);
	ci_errors_add(&e, param, "%s", ZSTR_VAL(msg));
	zend_string_release(msg);

	/* With one problem the message is the problem itself. */
	zval *only = zend_hash_str_find(Z_ARRVAL(e.list), param, strlen(param));
	zend_object *ex = zend_throw_exception(ci_ce_InvalidArgumentException, Z_STRVAL_P(only), 0);
	zend_update_property(ci_ce_InvalidArgumentException, ex, "errors", sizeof("errors") - 1, &e.list);
	ci_errors_dtor(&e);
}

void ci_throw_webhook(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	zend_string *msg = zend_vstrpprintf(0, fmt, ap);
	va_end(ap);
	zend_throw_exception(ci_ce_WebhookException, ZSTR_VAL(msg), 0);
	zend_string_release(msg);
}

void ci_failure_init(ci_failure *f)
{
	memset(f, 0, sizeof(*f));
	ZVAL_UNDEF(&f->errors);
	f->retry_after = -1;
}

void ci_failure_dtor(ci_failure *f)
{
	if (f->message) {
		zend_string_release(f->message);
	}
	if (f->body) {
		zend_string_release(f->body);
	}
	if (f->detail) {
		zend_string_release(f->detail);
	}
	zval_ptr_dtor(&f->errors);
	ci_failure_init(f);
}

void ci_failure_set(ci_failure *f, zend_class_entry *ce, zend_long http_status, const char *fmt, ...)
{
	va_list ap;

	ci_failure_dtor(f);
	f->ce = ce;
	f->http_status = http_status;
	va_start(ap, fmt);
	f->message = zend_vstrpprintf(0, fmt, ap);
	va_end(ap);
}

void ci_failure_set_body(ci_failure *f, const char *body, size_t len)
{
	if (f->body) {
		zend_string_release(f->body);
	}
	f->body = zend_string_init(body, MIN(len, CI_BODY_CAP), 0);
}

static void ci_failure_fill_api(zend_object *ex, ci_failure *f, const char *provider)
{
	zend_class_entry *scope = ci_ce_ApiException;

	zend_update_property_string(scope, ex, "provider", sizeof("provider") - 1, provider);
	zend_update_property_long(scope, ex, "httpStatus", sizeof("httpStatus") - 1, f->http_status);
	if (Z_TYPE(f->errors) == IS_ARRAY) {
		zend_update_property(scope, ex, "errors", sizeof("errors") - 1, &f->errors);
	}
	if (f->body) {
		zend_update_property_str(scope, ex, "responseBody", sizeof("responseBody") - 1, f->body);
	}
	if (f->ce == ci_ce_RateLimitException && f->retry_after >= 0) {
		zend_update_property_double(ci_ce_RateLimitException, ex, "retryAfter",
			sizeof("retryAfter") - 1, f->retry_after);
	}
}

/* getAttempts(): how many HTTP attempts the call made (0: nothing was sent). */
static void ci_failure_fill_attempts(zend_object *ex, zend_class_entry *scope, int attempts)
{
	if (scope == ci_ce_ApiException || scope == ci_ce_TransportException) {
		zend_update_property_long(scope, ex, "attempts", sizeof("attempts") - 1, attempts);
	}
}

void ci_failure_throw(ci_failure *f, const char *provider, int attempts)
{
	zend_string *msg = f->message;

	if (attempts > 0) {
		msg = zend_strpprintf(0, "%s (%d attempt%s)", ZSTR_VAL(f->message), attempts, attempts == 1 ? "" : "s");
	} else {
		zend_string_addref(msg);
	}
	if (f->ce == ci_ce_InvalidArgumentException) {
		ci_throw_invalid("params", "%s", ZSTR_VAL(f->message));
		zend_string_release(msg);
		return;
	}
	bool is_api = instanceof_function(f->ce, ci_ce_ApiException);
	zend_object *ex = zend_throw_exception(f->ce, ZSTR_VAL(msg), is_api ? 0 : f->code);
	if (is_api) {
		ci_failure_fill_api(ex, f, provider);
	}
	ci_failure_fill_attempts(ex, is_api ? ci_ce_ApiException : f->ce, attempts);
	zend_string_release(msg);
}

/* {{{ Exception getters */
static zval *ci_exception_prop(zend_class_entry *scope, zval *self, const char *name, size_t len, zval *rv)
{
	return zend_read_property(scope, Z_OBJ_P(self), name, len, 1, rv);
}

ZEND_METHOD(CryptoInvoice_InvalidArgumentException, getErrors)
{
	zval rv;
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(ci_exception_prop(ci_ce_InvalidArgumentException, ZEND_THIS, "errors", sizeof("errors") - 1, &rv));
}

ZEND_METHOD(CryptoInvoice_ApiException, getProvider)
{
	zval rv;
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(ci_exception_prop(ci_ce_ApiException, ZEND_THIS, "provider", sizeof("provider") - 1, &rv));
}

ZEND_METHOD(CryptoInvoice_ApiException, getHttpStatus)
{
	zval rv;
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(ci_exception_prop(ci_ce_ApiException, ZEND_THIS, "httpStatus", sizeof("httpStatus") - 1, &rv));
}

ZEND_METHOD(CryptoInvoice_ApiException, getErrors)
{
	zval rv;
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(ci_exception_prop(ci_ce_ApiException, ZEND_THIS, "errors", sizeof("errors") - 1, &rv));
}

ZEND_METHOD(CryptoInvoice_ApiException, getResponseBody)
{
	zval rv;
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(ci_exception_prop(ci_ce_ApiException, ZEND_THIS, "responseBody", sizeof("responseBody") - 1, &rv));
}

ZEND_METHOD(CryptoInvoice_ApiException, getAttempts)
{
	zval rv;
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(ci_exception_prop(ci_ce_ApiException, ZEND_THIS, "attempts", sizeof("attempts") - 1, &rv));
}

ZEND_METHOD(CryptoInvoice_TransportException, getAttempts)
{
	zval rv;
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(ci_exception_prop(ci_ce_TransportException, ZEND_THIS, "attempts", sizeof("attempts") - 1, &rv));
}

ZEND_METHOD(CryptoInvoice_RateLimitException, getRetryAfter)
{
	zval rv;
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_COPY(ci_exception_prop(ci_ce_RateLimitException, ZEND_THIS, "retryAfter", sizeof("retryAfter") - 1, &rv));
}
/* }}} */
