/* The Cryptomus family: providers that run Cryptomus's API under their own host and name (Heleket).
 *
 * Same signing (md5(base64(body) . API key)), envelopes, parameters, answers, statuses and webhook;
 * every message names the member by its title. A member is CI_CRYPTOMUS_FAMILY plus its name,
 * title, class and production base URL (see heleket.c). */
#ifndef CI_PROVIDER_CRYPTOMUS_H
#define CI_PROVIDER_CRYPTOMUS_H

#include "../ci_provider.h"

extern const ci_operation ci_cryptomus_operations[];
extern const ci_out_field ci_cryptomus_out[];
extern const ci_status_word ci_cryptomus_statuses[];
void ci_cryptomus_init_headers(ci_gateway *gw);
void ci_cryptomus_sign(const ci_gateway *gw, ci_request *req);
ci_reply ci_cryptomus_unwrap(const ci_gateway *gw, const ci_request *req, zend_long http, zval *json,
	zval **payload, ci_failure *f);
zend_result ci_cryptomus_finish_invoice(const ci_gateway *gw, const ci_request *req, zval *payload,
	ci_invoice_data *inv, ci_failure *f);
void ci_cryptomus_parse_webhook(ci_gateway *gw, zend_string *body, HashTable *headers, zval *return_value);

#define CI_CRYPTOMUS_FAMILY \
	.id_key = "merchant_id", \
	.secret_key = "api_key", \
	.operations = ci_cryptomus_operations, \
	.body_kind = CI_BODY_JSON, \
	.out = ci_cryptomus_out, \
	.statuses = ci_cryptomus_statuses, \
	.time_zone = "+03:00", /* the zone it writes its own dates in */ \
	.init_headers = ci_cryptomus_init_headers, \
	.sign = ci_cryptomus_sign, \
	.unwrap = ci_cryptomus_unwrap, \
	.finish_invoice = ci_cryptomus_finish_invoice, \
	.parse_webhook = ci_cryptomus_parse_webhook

#endif
