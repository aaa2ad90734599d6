/* Callbacks: reading a body and confirming a callback by looking the invoice up. */
#ifndef CI_WEBHOOK_H
#define CI_WEBHOOK_H

#include "ci_provider.h"

/* WebhookException codes: what a shop answers depends on them. The stub declares the same
 * values as WebhookException::REFUSED, ::NOT_AN_INVOICE and ::CONFIGURATION. */
typedef enum {
	CI_WEBHOOK_REFUSED = 0,     /* forged, tampered, expired or malformed: answer 400 */
	CI_WEBHOOK_NOT_INVOICE = 1, /* genuine, but not about an invoice (Cryptomus wallet, payout) */
	CI_WEBHOOK_CONFIG = 2       /* this gateway cannot verify it: a setup mistake, not a forgery */
} ci_webhook_code;

/* Throws WebhookException(message, code). */
void ci_webhook_throw(ci_webhook_code code, const char *fmt, ...) ZEND_ATTRIBUTE_FORMAT(printf, 2, 3);

/* PHP's json_encode(v, options) exactly as it runs under the default php.ini
 * (serialize_precision -1, depth 512), whatever the shop's ini says: providers that
 * sign a re-encoding (Cryptomus) sign these bytes. NULL when v cannot be encoded. */
zend_string *ci_webhook_json_encode(zval *v, int options);

/* Whether the body is 1 byte to 1 MiB long; else a WebhookException has been thrown. */
bool ci_webhook_size_ok(const ci_gateway *gw, zend_string *body);

/* The callback's fields: a JSON object, or form-urlencoded pairs (at most 1000, read
 * without php.ini: no max_input_vars, arg_separator.input or nesting level). On FAILURE a
 * WebhookException ("<Title> webhook is malformed: ...") has been thrown. */
zend_result ci_webhook_fields(const ci_gateway *gw, zend_string *body, zval *out);

/* The first of id_keys present in fields as a non-empty string (or integer), or NULL. */
zend_string *ci_webhook_id(zval *fields, const char *const *id_keys);

/* Whether a provider's error text says the invoice asked for does not exist ("Invoice not
 * found", "Payment not found"): the documented not-found answer of a lookup, whatever its
 * HTTP status. Other things not found (a project, a route) do not count. */
bool ci_says_not_found(const char *s, size_t len);

/* The invoice a verified (or lookup-confirmed) callback names, as getInvoice() finds it.
 * An id the provider does not know is a WebhookException ("<Title> <what> names invoice X,
 * which <Title> does not know<why>"); a failed lookup (network, 5xx) keeps its own class. */
void ci_webhook_lookup(ci_gateway *gw, zend_string *id, const char *what, const char *why, zval *return_value);

/* For providers without a signature scheme: the invoice as getInvoice() finds it.
 * The body's own status and amounts are never believed. An id the provider does
 * not know is a WebhookException; a failed lookup (network, 5xx) keeps its own class. */
void ci_webhook_confirm_by_lookup(ci_gateway *gw, zend_string *body, const char *const *id_keys, zval *return_value);

#endif
