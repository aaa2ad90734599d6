/* The Invoice value object and the walker that fills it from a provider's answer. */
#ifndef CI_INVOICE_H
#define CI_INVOICE_H

#include "ci_provider.h"

void ci_invoice_data_init(ci_invoice_data *d);
void ci_invoice_data_dtor(ci_invoice_data *d);

/* Out table + finish hook + object: the whole path from a verified payload to an Invoice. */
zend_result ci_invoice_from_payload(const ci_gateway *gw, const ci_request *req, zval *payload,
	zval *return_value, ci_failure *f);

/* The value at a dotted path of a decoded payload, or NULL (also for JSON null). */
zval *ci_payload_get(zval *payload, const char *path);

/* {{{ For finish hooks */
/* One field as an out table row reads it: absent is fine unless required; a value of the wrong
 * shape is an UnexpectedResponseException naming the path. */
zend_result ci_invoice_read(const ci_gateway *gw, zval *payload, const ci_out_field *o, ci_invoice_data *d,
	ci_failure *f);
void ci_invoice_set_str(ci_invoice_data *d, ci_inv_prop prop, zend_string *s);
/* Text fit for an Invoice property: no C0 control character or DEL, and valid UTF-8. */
bool ci_text_clean(const zend_string *s);
/* Text of a payload scalar (string, or a number as its shortest decimal), or NULL. */
zend_string *ci_payload_text(zval *v);
/* A UTC DateTimeImmutable from provider text; zone is used when the text names none. */
zend_result ci_invoice_time(const char *text, size_t len, const char *zone, zval *out);
/* Appends ['currency'=>, 'network'=>, 'address'=>, 'amount'=>] to the payment options; false
 * (nothing added) when a text is not ci_text_clean(). */
bool ci_invoice_add_option(ci_invoice_data *d, zend_string *currency, zend_string *network,
	zend_string *address, zend_string *amount);
/* }}} */

#endif
