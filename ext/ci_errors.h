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
	zend_long code;         /* TransportException: the transport's number for the failure (ci_http_response.code) */
	zval errors;            /* provider's per-field errors, or UNDEF */
	zend_string *body;      /* response body: whole until ci_failure_scrub(), then capped at 64 KiB */
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

/* {{{ Secrets: the one place that keeps credentials out of everything the caller can see.
 *
 * A secret is searched for in every form text can carry it: as is, JSON-escaped (\/ and
 * \uXXXX, also nested JSON), percent-encoded (also twice; + for a space), as HTML character
 * references, and as Basic credentials for a proxy's user:password. A leading run of
 * CI_SECRET_PREFIX bytes counts as the secret too: a value cut short at a cap still carries
 * most of a key. Values shorter than CI_SECRET_MIN bytes would match ordinary text and are
 * not searched for. Every match becomes "[redacted]". */
#define CI_SECRETS_MAX 16
#define CI_SECRET_MIN 4
#define CI_SECRET_PREFIX 24
#define CI_REDACTED "[redacted]"

typedef struct ci_secrets {
	int n;
	const char *val[CI_SECRETS_MAX];  /* borrowed, or owned[i] */
	size_t len[CI_SECRETS_MAX];
	zend_string *owned[CI_SECRETS_MAX];
	uint8_t lead[32];                 /* bitmap of the bytes a match may start with */
} ci_secrets;

void ci_secrets_init(ci_secrets *s);
void ci_secrets_dtor(ci_secrets *s);
/* Borrowed: v must outlive s. NULL, short and repeated values are ignored. */
void ci_secrets_add(ci_secrets *s, const zend_string *v);
/* A libcurl proxy string: itself, its password (as written and decoded), its Basic credentials. */
void ci_secrets_add_proxy(ci_secrets *s, const zend_string *proxy);
bool ci_secrets_in(const ci_secrets *s, const char *text, size_t len);
/* Consumes str; returns it, or a scrubbed copy. */
zend_string *ci_secrets_scrub_str(const ci_secrets *s, zend_string *str);
/* Strings, and array keys and values at any depth; arrays are copied, never changed in place. */
void ci_secrets_scrub_zval(const ci_secrets *s, zval *v);
/* Message, provider detail, errors and the whole body; then the body is cut to its 64 KiB cap
 * (after scrubbing, so no key straddles the cut). */
void ci_failure_scrub(ci_failure *f, const ci_secrets *s);
/* A throwable and its previous ones: message, errors, response body and trace arguments.
 * In frames of the classes in own (NULL-terminated), values under keys (NULL-terminated: the
 * option and config keys that hold secrets) are redacted whatever they are. */
void ci_secrets_scrub_throwable(const ci_secrets *s, zend_object *ex, zend_class_entry *const *own,
	const char *const *keys);
/* }}} */

#endif
