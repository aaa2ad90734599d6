/* Errors in one place: the parameter-problem collector and the mapping of a failed
 * exchange (transport, HTTP status, provider answer) onto the exception classes. */
#ifndef CI_ERRORS_H
#define CI_ERRORS_H

#include "php.h"

/* Every problem found in one call, keyed by parameter name, so the caller
 * sees them all at once in InvalidArgumentException::getErrors(). */
typedef struct ci_errors {
	zval list; /* array: param => message */
} ci_errors;

void ci_errors_init(ci_errors *e);
void ci_errors_dtor(ci_errors *e);
void ci_errors_add(ci_errors *e, const char *param, const char *fmt, ...) ZEND_ATTRIBUTE_FORMAT(printf, 3, 4);
bool ci_errors_any(const ci_errors *e);
bool ci_errors_has(const ci_errors *e, const char *param);
/* Throws InvalidArgumentException("<title>: <first>; <second> ...") carrying every error. */
void ci_errors_throw(ci_errors *e, const char *title);

void ci_throw_invalid(const char *param, const char *fmt, ...) ZEND_ATTRIBUTE_FORMAT(printf, 2, 3);
void ci_throw_webhook(const char *fmt, ...) ZEND_ATTRIBUTE_FORMAT(printf, 1, 2);

/* A failed exchange, kept unthrown while the engine decides whether to retry. */
typedef struct ci_failure {
	zend_class_entry *ce;   /* NULL while nothing failed */
	zend_string *message;
	zend_long http_status;
	zend_long code;         /* CURLcode for TransportException */
	zval errors;            /* provider's per-field errors, or UNDEF */
	zend_string *body;      /* response body, capped at 64 KiB */
	double retry_after;     /* seconds, < 0 when the answer named none */
	bool not_found;         /* a lookup of an id the provider does not know */
	zend_string *detail;    /* the provider's own message, without our framing */
} ci_failure;

void ci_failure_init(ci_failure *f);
void ci_failure_dtor(ci_failure *f);
void ci_failure_set(ci_failure *f, zend_class_entry *ce, zend_long http_status, const char *fmt, ...)
	ZEND_ATTRIBUTE_FORMAT(printf, 4, 5);
void ci_failure_set_body(ci_failure *f, const char *body, size_t len);
/* Throws the failure as its exception class; attempts > 0 is said in the message. */
void ci_failure_throw(ci_failure *f, const char *provider, int attempts);

#endif
