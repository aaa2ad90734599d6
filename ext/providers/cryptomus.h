/* The Cryptomus family: providers that run Cryptomus's API under their own host and name (Heleket).
 *
 * Same signing (md5(base64(body) . API key)), envelopes, parameters, answers, statuses and webhook;
 * every message names the member by its title. A member is CI_CRYPTOMUS_FAMILY plus its name,
 * title, class, production base URL and operations: CI_CRYPTOMUS_ROWS and its refund row (see heleket.c). */
#ifndef CI_PROVIDER_CRYPTOMUS_H
#define CI_PROVIDER_CRYPTOMUS_H

#include "../ci_provider.h"

extern const ci_field ci_cryptomus_fields[];
void ci_cryptomus_finish_params(const ci_gateway *gw, ci_request *req, ci_errors *errs);
void ci_cryptomus_finish_refund(const ci_gateway *gw, ci_request *req, ci_errors *errs);
zend_result ci_cryptomus_payment_methods(const ci_gateway *gw, zval *payload, zval *list, ci_failure *f);
extern const ci_out_field ci_cryptomus_out[];
extern const ci_status_word ci_cryptomus_statuses[];
void ci_cryptomus_init_headers(ci_gateway *gw);
void ci_cryptomus_sign(const ci_gateway *gw, ci_request *req);
ci_reply ci_cryptomus_unwrap(const ci_gateway *gw, const ci_request *req, zend_long http, zval *json,
	zval **payload, ci_failure *f);
zend_result ci_cryptomus_finish_invoice(const ci_gateway *gw, const ci_request *req, zval *payload,
	ci_invoice_data *inv, ci_failure *f);
void ci_cryptomus_parse_webhook(ci_gateway *gw, zend_string *body, HashTable *headers, zval *return_value);

/* The operations every member offers alike (doc.cryptomus.com, doc.heleket.com): create, info by
 * uuid and by order id, the payment history (cursor in the query string, dates in UTC+3, no page
 * size or status filter), the list of services. Members add their refund row, which differs. */
#define CI_CRYPTOMUS_ROWS \
	{.op = CI_OP_CREATE, .path = "/v1/payment", .params = ci_cryptomus_fields, .finish = ci_cryptomus_finish_params}, \
	{.op = CI_OP_LOOKUP, .path = "/v1/payment/info", .id_wire = "uuid"}, \
	{.op = CI_OP_FIND, .path = "/v1/payment/info", .id_wire = "order_id"}, \
	{.op = CI_OP_LIST, .path = "/v1/payment/list", .flags = CI_OPF_CURSOR_QUERY, .answer = CI_ANS_PAYLOAD, \
		.paging = {.kind = CI_PAGE_CURSOR, .param = "cursor", .items = "items", .next = "paginate.nextCursor", \
			.from = "date_from", .to = "date_to", .date_format = "Y-m-d H:i:s", .zone_offset = 3 * 3600}}, \
	{.op = CI_OP_METHODS, .path = "/v1/payment/services", .answer = CI_ANS_PAYLOAD}

/* refundInvoice()'s keys every member takes: the address the money goes to, and whether the
 * commission comes from the merchant's balance (true) or from the refunded amount (false). */
#define CI_CRYPTOMUS_REFUND_FIELDS \
	{.key = "address", .wire = "address", .type = CI_P_STRING, .flags = CI_F_REQUIRED | CI_F_RANGE, .min = 1, .max = 256}, \
	{.key = "is_subtract", .wire = "is_subtract", .type = CI_P_BOOL}

#define CI_CRYPTOMUS_FAMILY \
	.id_key = "merchant_id", \
	.secret_key = "api_key", \
	.body_kind = CI_BODY_JSON, \
	.out = ci_cryptomus_out, \
	.statuses = ci_cryptomus_statuses, \
	.time_zone = "+03:00", /* the zone it writes its own dates in */ \
	.init_headers = ci_cryptomus_init_headers, \
	.sign = ci_cryptomus_sign, \
	.unwrap = ci_cryptomus_unwrap, \
	.finish_invoice = ci_cryptomus_finish_invoice, \
	.payment_methods = ci_cryptomus_payment_methods, \
	.parse_webhook = ci_cryptomus_parse_webhook

#endif
