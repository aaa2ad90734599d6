/* Cryptomus: POST /v1/payment, JSON signed with md5(base64(body) . apiKey).
 * Page followed: the provider's create page (docs/protocols.md §3, §4).
 *
 * Everything but the descriptor is shared with the family's other members (cryptomus.h): messages
 * name the provider by its title, never "Cryptomus". */
#include "php.h"
#include "zend_smart_str.h"
#include "ext/json/php_json.h"
#include "../ci_provider.h"
#include "cryptomus.h"

/* {{{ Parameters */
/* Lengths: currency and network codes, URLs */
#define CODE_LEN .min = 1, .max = 32
#define URL_LEN .min = 6, .max = 255
static const ci_field cryptomus_currency_item[] = {
	{.key = "currency", .wire = "currency", .type = CI_P_STRING,
		.flags = CI_F_REQUIRED | CI_F_RANGE | CI_F_ALPHA_DASH | CI_F_UPPER, CODE_LEN},
	{.key = "network", .wire = "network", .type = CI_P_STRING,
		.flags = CI_F_RANGE | CI_F_ALPHA_DASH | CI_F_LOWER, CODE_LEN},
	{NULL},
};

/* accepted_currencies: "USDT" stands for ['currency' => 'USDT']; arrays are taken as Cryptomus writes them. */
static void cryptomus_accepted_currencies(const ci_gateway *gw, const ci_field *f, zval *value, zval *out,
	const char *param, ci_errors *errs)
{
	zval list, *item;
	ci_field native = *f;
	bool ok = true;

	native.convert = NULL;
	if (Z_TYPE_P(value) != IS_ARRAY) {
		ci_param_check(gw, &native, value, param, errs, out);
		return;
	}
	if (!zend_array_is_list(Z_ARRVAL_P(value))) {
		ci_param_check(gw, &native, value, param, errs, out);
		return;
	}
	array_init(&list);
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(value), item) {
		zval entry;
		ZVAL_DEREF(item);
		if (Z_TYPE_P(item) == IS_STRING) {
			array_init(&entry);
			add_assoc_str(&entry, "currency", zend_string_copy(Z_STR_P(item)));
		} else if (Z_TYPE_P(item) == IS_ARRAY) {
			ZVAL_COPY(&entry, item);
		} else {
			char sub[64];
			zend_string *shown = ci_param_describe(gw, item);
			snprintf(sub, sizeof(sub), "%s[%u]", param, zend_hash_num_elements(Z_ARRVAL(list)));
			ci_errors_add(errs, sub, "%s: %s must be a currency code string or an array with string keys, got %s",
				gw->provider->title, sub, ZSTR_VAL(shown));
			zend_string_release(shown);
			ok = false;
			ZVAL_NULL(&entry);
		}
		add_next_index_zval(&list, &entry);
	} ZEND_HASH_FOREACH_END();
	if (ok) {
		ci_param_check(gw, &native, &list, param, errs, out);
	}
	zval_ptr_dtor(&list);
}

const ci_field ci_cryptomus_fields[] = {
	/* unified keys */
	{.key = "amount", .wire = "amount", .type = CI_P_AMOUNT, .flags = CI_F_UNIFIED | CI_F_REQUIRED},
	{.key = "currency", .wire = "currency", .type = CI_P_STRING,
		.flags = CI_F_UNIFIED | CI_F_REQUIRED | CI_F_RANGE | CI_F_ALPHA_DASH | CI_F_UPPER, CODE_LEN},
	{.key = "order_id", .wire = "order_id", .type = CI_P_STRING,
		.flags = CI_F_UNIFIED | CI_F_REQUIRED | CI_F_RANGE | CI_F_ALPHA_DASH | CI_F_ECHOED, .min = 1, .max = 128},
	CI_NOT_EXPRESSIBLE("description", CI_P_STRING,
		"its invoices have no description; keep it in your order, or send it in metadata (additional_data)"),
	CI_NOT_EXPRESSIBLE("email", CI_P_EMAIL, "the payment page asks the payer for an email itself"),
	{.key = "expires_in", .wire = "lifetime", .type = CI_P_INT,
		.flags = CI_F_UNIFIED | CI_F_RANGE, .min = 300, .max = 43200},
	{.key = "callback_url", .wire = "url_callback", .type = CI_P_URL, .flags = CI_F_UNIFIED | CI_F_RANGE, URL_LEN},
	{.key = "return_url", .wire = "url_return", .type = CI_P_URL, .flags = CI_F_UNIFIED | CI_F_RANGE, URL_LEN},
	{.key = "success_url", .wire = "url_success", .type = CI_P_URL, .flags = CI_F_UNIFIED | CI_F_RANGE, URL_LEN},
	{.key = "pay_currency", .wire = "to_currency", .type = CI_P_STRING,
		.flags = CI_F_UNIFIED | CI_F_RANGE | CI_F_ALPHA_DASH | CI_F_UPPER, CODE_LEN},
	{.key = "network", .wire = "network", .type = CI_P_STRING,
		.flags = CI_F_UNIFIED | CI_F_RANGE | CI_F_ALPHA_DASH | CI_F_LOWER, CODE_LEN},
	{.key = "accepted_currencies", .wire = "currencies", .type = CI_P_LIST,
		.flags = CI_F_UNIFIED, .items = cryptomus_currency_item, .convert = cryptomus_accepted_currencies},
	/* additional_data: at most 255 bytes (docs/protocols.md §3), so multi-byte text holds fewer characters */
	{.key = "metadata", .wire = "additional_data", .type = CI_P_META,
		.flags = CI_F_UNIFIED | CI_F_RANGE | CI_F_BYTES, .min = 0, .max = 255},
	CI_NOT_EXPRESSIBLE("idempotency_key", CI_P_STRING,
		"it deduplicates by order_id: a repeated order_id returns the existing invoice"),
	/* Cryptomus's own keys */
	{.key = "url_return", .wire = "url_return", .type = CI_P_URL, .flags = CI_F_RANGE, URL_LEN},
	{.key = "url_success", .wire = "url_success", .type = CI_P_URL, .flags = CI_F_RANGE, URL_LEN},
	{.key = "url_callback", .wire = "url_callback", .type = CI_P_URL, .flags = CI_F_RANGE, URL_LEN},
	{.key = "is_payment_multiple", .wire = "is_payment_multiple", .type = CI_P_BOOL},
	{.key = "lifetime", .wire = "lifetime", .type = CI_P_INT, .flags = CI_F_RANGE, .min = 300, .max = 43200},
	{.key = "to_currency", .wire = "to_currency", .type = CI_P_STRING,
		.flags = CI_F_RANGE | CI_F_ALPHA_DASH | CI_F_UPPER, CODE_LEN},
	{.key = "subtract", .wire = "subtract", .type = CI_P_INT, .flags = CI_F_RANGE, .min = 0, .max = 100},
	{.key = "accuracy_payment_percent", .wire = "accuracy_payment_percent", .type = CI_P_DECIMAL,
		.flags = CI_F_RANGE | CI_F_JSON_NUMBER, .min = 0, .max = 5},
	{.key = "additional_data", .wire = "additional_data", .type = CI_P_STRING,
		.flags = CI_F_RANGE | CI_F_BYTES, .min = 0, .max = 255},
	{.key = "currencies", .wire = "currencies", .type = CI_P_LIST, .items = cryptomus_currency_item},
	{.key = "except_currencies", .wire = "except_currencies", .type = CI_P_LIST, .items = cryptomus_currency_item},
	{.key = "course_source", .wire = "course_source", .type = CI_P_STRING, .flags = CI_F_RANGE, .min = 4, .max = 20},
	{.key = "from_referral_code", .wire = "from_referral_code", .type = CI_P_STRING,
		.flags = CI_F_RANGE, .min = 1, .max = 255},
	{.key = "discount_percent", .wire = "discount_percent", .type = CI_P_INT,
		.flags = CI_F_RANGE, .min = -99, .max = 100},
	{.key = "is_refresh", .wire = "is_refresh", .type = CI_P_BOOL},
	{NULL},
};
/* }}} */

/* {{{ Answers */
const ci_out_field ci_cryptomus_out[] = {
	{.prop = CI_INV_ID, .path = "uuid", .type = CI_O_STRING, .flags = CI_O_REQUIRED},
	{.prop = CI_INV_ORDER_ID, .path = "order_id", .type = CI_O_STRING},
	{.prop = CI_INV_PROVIDER_STATUS, .path = "payment_status", .type = CI_O_STRING},
	{.prop = CI_INV_PROVIDER_STATUS, .path = "status", .type = CI_O_STRING}, /* webhooks carry only this one */
	{.prop = CI_INV_IS_FINAL, .path = "is_final", .type = CI_O_BOOL},
	{.prop = CI_INV_AMOUNT, .path = "amount", .type = CI_O_DECIMAL, .flags = CI_O_REQUIRED},
	{.prop = CI_INV_CURRENCY, .path = "currency", .type = CI_O_STRING, .flags = CI_O_REQUIRED},
	{.prop = CI_INV_URL, .path = "url", .type = CI_O_URL},
	{.prop = CI_INV_ADDRESS, .path = "address", .type = CI_O_STRING},
	/* payer_amount is what the payer must send in payer_currency; payment_amount what was sent. */
	{.prop = CI_INV_PAY_AMOUNT, .path = "payer_amount", .type = CI_O_DECIMAL},
	{.prop = CI_INV_PAY_CURRENCY, .path = "payer_currency", .type = CI_O_STRING},
	{.prop = CI_INV_NETWORK, .path = "network", .type = CI_O_STRING},
	{.prop = CI_INV_PAID_AMOUNT, .path = "payment_amount", .type = CI_O_DECIMAL},
	{.prop = CI_INV_CREATED_AT, .path = "created_at", .type = CI_O_TIME},
	{.prop = CI_INV_EXPIRES_AT, .path = "expired_at", .type = CI_O_UNIX_TIME},
	{0},
};

const ci_status_word ci_cryptomus_statuses[] = {
	{"check", CI_ST_CREATED},
	{"process", CI_ST_PROCESSING}, {"confirm_check", CI_ST_PROCESSING}, {"locked", CI_ST_PROCESSING},
	{"paid", CI_ST_PAID},
	{"paid_over", CI_ST_OVERPAID},
	{"wrong_amount", CI_ST_PARTIALLY_PAID}, {"wrong_amount_waiting", CI_ST_PARTIALLY_PAID},
	{"cancel", CI_ST_CANCELED},
	{"fail", CI_ST_FAILED}, {"system_fail", CI_ST_FAILED},
	/* Three refund states that must never be confused (docs/protocols.md §4): only refund_paid gave the money back. */
	{"refund_process", CI_ST_REFUNDING}, {"refund_fail", CI_ST_REFUND_FAILED}, {"refund_paid", CI_ST_REFUNDED},
	{NULL},
};
/* }}} */

/* {{{ Hooks */
void ci_cryptomus_init_headers(ci_gateway *gw)
{
	ci_gateway_add_header(gw, "merchant: %s", ZSTR_VAL(gw->id));
}

void ci_cryptomus_finish_params(const ci_gateway *gw, ci_request *req, ci_errors *errs)
{
	/* order_id is required and Cryptomus returns the existing invoice for it: a retry creates nothing twice. */
	req->idempotent = true;
}

static zend_string *cryptomus_signature(const zend_string *key, const char *json, size_t len)
{
	zend_string *b64 = ci_base64_encode(json, len);
	zend_string *sign = ci_md5_hex2(ZSTR_VAL(b64), ZSTR_LEN(b64), ZSTR_VAL(key), ZSTR_LEN(key));

	zend_string_release(b64);
	return sign;
}

void ci_cryptomus_sign(const ci_gateway *gw, ci_request *req)
{
	/* "Different API keys are used to accept payments and payouts": a row of the payouts API
	 * (Heleket's refund) is signed with the payout key, which the engine checked is there. */
	const zend_string *key = req->operation->flags & CI_OPF_PAYOUT_KEY && gw->opts.payout_key ? gw->opts.payout_key : gw->secret;
	zend_string *sign = cryptomus_signature(key, ZSTR_VAL(req->encoded), ZSTR_LEN(req->encoded));

	if (req->attempt_header) {
		zend_string_release(req->attempt_header);
	}
	req->attempt_header = zend_string_concat2("sign: ", 6, ZSTR_VAL(sign), ZSTR_LEN(sign));
	zend_string_release(sign);
}

ci_reply ci_cryptomus_unwrap(const ci_gateway *gw, const ci_request *req, zend_long http, zval *json,
	zval **payload, ci_failure *f)
{
	zval *state = zend_hash_str_find(Z_ARRVAL_P(json), "state", sizeof("state") - 1);
	zval *result = zend_hash_str_find(Z_ARRVAL_P(json), "result", sizeof("result") - 1);
	zval *errors = zend_hash_str_find(Z_ARRVAL_P(json), "errors", sizeof("errors") - 1);
	zval *message = zend_hash_str_find(Z_ARRVAL_P(json), "message", sizeof("message") - 1);

	if (state && Z_TYPE_P(state) == IS_LONG && Z_LVAL_P(state) == 0 && result
			&& (Z_TYPE_P(result) == IS_ARRAY || ci_request_wants_payload(req))) {
		*payload = result;
		return CI_REPLY_OK;
	}
	if (errors && Z_TYPE_P(errors) == IS_ARRAY) {
		zend_string *text = ci_errors_bag_text(errors, NULL);
		ci_failure_provider(gw, f, CI_REPLY_ERROR, http, ZSTR_VAL(text), errors);
		zend_string_release(text);
		return CI_REPLY_ERROR;
	}
	/* "Payment not found", with a 404 or not: the documented answer to an unknown uuid. */
	if (message && Z_TYPE_P(message) == IS_STRING && ci_request_names_invoice(req)
			&& (http == 404 || ci_says_not_found(Z_STRVAL_P(message), Z_STRLEN_P(message)))) {
		ci_failure_provider(gw, f, CI_REPLY_NOT_FOUND, http, Z_STRVAL_P(message), NULL);
		return CI_REPLY_NOT_FOUND;
	}
	if (message && Z_TYPE_P(message) == IS_STRING) {
		/* A bad signature or merchant is Cryptomus's way of saying 401. */
		bool auth = php_memnistr(Z_STRVAL_P(message), "sign", 4, Z_STRVAL_P(message) + Z_STRLEN_P(message))
			|| php_memnistr(Z_STRVAL_P(message), "unauthor", 8, Z_STRVAL_P(message) + Z_STRLEN_P(message));
		ci_failure_provider(gw, f, auth ? CI_REPLY_AUTH : CI_REPLY_ERROR, http, Z_STRVAL_P(message), NULL);
		return auth ? CI_REPLY_AUTH : CI_REPLY_ERROR;
	}
	ci_failure_provider(gw, f, CI_REPLY_UNEXPECTED, http, "expected {\"state\":0,\"result\":{...}}", NULL);
	return CI_REPLY_UNEXPECTED;
}

/* paidAmountInCurrency: payment_amount is in payer_currency and payment_amount_usd in USD, so
 * each is the invoice's currency only when that is its currency; nothing is converted here. */
static zend_result cryptomus_paid_in_currency(const ci_gateway *gw, zval *payload, ci_invoice_data *inv, ci_failure *f)
{
	static const ci_out_field usd = {CI_INV_PAID_AMOUNT_IN_CURRENCY, "payment_amount_usd", CI_O_DECIMAL, 0};
	zval *cur = &inv->props[CI_INV_CURRENCY], *payer = &inv->props[CI_INV_PAY_CURRENCY];
	zval *paid = &inv->props[CI_INV_PAID_AMOUNT];

	if (Z_TYPE_P(cur) != IS_STRING) {
		return SUCCESS;
	}
	if (Z_TYPE_P(payer) == IS_STRING && zend_string_equals_ci(Z_STR_P(cur), Z_STR_P(payer))) {
		ci_invoice_set_str(inv, CI_INV_PAID_AMOUNT_IN_CURRENCY, Z_TYPE_P(paid) == IS_STRING ? Z_STR_P(paid) : NULL);
		return SUCCESS;
	}
	if (zend_string_equals_literal_ci(Z_STR_P(cur), "USD")) {
		return ci_invoice_read(gw, payload, &usd, inv, f);
	}
	return SUCCESS;
}

zend_result ci_cryptomus_finish_invoice(const ci_gateway *gw, const ci_request *req, zval *payload,
	ci_invoice_data *inv, ci_failure *f)
{
	zval *address = &inv->props[CI_INV_ADDRESS];

	if (cryptomus_paid_in_currency(gw, payload, inv, f) == FAILURE) {
		return FAILURE;
	}

	/* A fixed address is the one way to pay: list it as the only payment option. */
	if (Z_TYPE_P(address) == IS_STRING) {
		zval *cur = Z_TYPE(inv->props[CI_INV_PAY_CURRENCY]) == IS_STRING ? &inv->props[CI_INV_PAY_CURRENCY] : &inv->props[CI_INV_CURRENCY];
		zval *net = &inv->props[CI_INV_NETWORK];
		zval *amt = &inv->props[CI_INV_PAY_AMOUNT];
		ci_invoice_add_option(inv, Z_STR_P(cur), Z_TYPE_P(net) == IS_STRING ? Z_STR_P(net) : NULL,
			Z_STR_P(address), Z_TYPE_P(amt) == IS_STRING ? Z_STR_P(amt) : NULL);
	}
	return SUCCESS;
}

/* How a callback's type reads in a message: the word itself when it is a plain word. */
static zend_string *cryptomus_type_text(zval *type)
{
	if (Z_TYPE_P(type) == IS_STRING && Z_STRLEN_P(type) > 0 && Z_STRLEN_P(type) <= 32
			&& strspn(Z_STRVAL_P(type), "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") == Z_STRLEN_P(type)) {
		return zend_strpprintf(0, "\"%s\"", Z_STRVAL_P(type));
	}
	switch (Z_TYPE_P(type)) {
		case IS_STRING:
			return zend_strpprintf(0, "an unexpected text of %zu bytes", Z_STRLEN_P(type));
		case IS_NULL:
			return zend_string_init("null", sizeof("null") - 1, 0);
		case IS_TRUE:
		case IS_FALSE:
			return zend_string_init("a boolean", sizeof("a boolean") - 1, 0);
		case IS_LONG:
		case IS_DOUBLE:
			return zend_string_init("a number", sizeof("a number") - 1, 0);
		default:
			return zend_string_init("an array or object", sizeof("an array or object") - 1, 0);
	}
}

/* Static wallets (type wallet) and payouts (type payout) call the same kind of URL with the
 * same fields; a deposit to a user's wallet must never read as a paid order (docs/protocols.md §4). The
 * docs give every callback a type, so one without it is not taken for an invoice either. */
static bool cryptomus_is_payment(const ci_gateway *gw, zval *data)
{
	zval *type = zend_hash_str_find(Z_ARRVAL_P(data), "type", sizeof("type") - 1);
	zend_string *text;

	if (type && Z_TYPE_P(type) == IS_STRING && zend_string_equals_literal(Z_STR_P(type), "payment")) {
		return true;
	}
	text = type ? cryptomus_type_text(type) : NULL;
	ci_webhook_throw(CI_WEBHOOK_NOT_INVOICE, "%s webhook is genuine but not about an invoice: %s%s (only type \"payment\" is an invoice)",
		gw->provider->title, text ? "its type is " : "it has no type field", text ? ZSTR_VAL(text) : "");
	if (text) {
		zend_string_release(text);
	}
	return false;
}

/* The body as a JSON object, decoded as PHP's json_decode($body, true) would. */
static zend_result cryptomus_webhook_decode(const ci_gateway *gw, zend_string *body, zval *data)
{
	php_json_error_code saved = JSON_G(error_code);
	zend_result rc = php_json_decode_ex(data, ZSTR_VAL(body), ZSTR_LEN(body), PHP_JSON_OBJECT_AS_ARRAY, 512);

	JSON_G(error_code) = saved;
	if (rc == FAILURE || Z_TYPE_P(data) != IS_ARRAY
			|| (zend_hash_num_elements(Z_ARRVAL_P(data)) > 0 && zend_array_is_list(Z_ARRVAL_P(data)))) {
		zval_ptr_dtor(data);
		ZVAL_UNDEF(data);
		ci_throw_webhook("%s webhook is malformed: the body is not a JSON object", gw->provider->title);
		return FAILURE;
	}
	return SUCCESS;
}

/* Genuine when sign == md5(base64(json_encode(body without sign, JSON_UNESCAPED_UNICODE)) . apiKey),
 * re-encoded exactly as PHP's defaults would (slashes escaped, key order kept, floats in
 * their shortest form): what the shop's php.ini says must not change the bytes. */
static bool cryptomus_webhook_genuine(const ci_gateway *gw, zval *data)
{
	zval *sign = zend_hash_str_find(Z_ARRVAL_P(data), "sign", sizeof("sign") - 1), zsign;
	zend_string *json, *expected;
	bool genuine;

	if (!sign || Z_TYPE_P(sign) != IS_STRING) {
		ci_throw_webhook("%s webhook is not signed: it has no \"sign\" field", gw->provider->title);
		return false;
	}
	ZVAL_COPY(&zsign, sign);
	zend_hash_str_del(Z_ARRVAL_P(data), "sign", sizeof("sign") - 1);
	json = ci_webhook_json_encode(data, PHP_JSON_UNESCAPED_UNICODE);
	expected = json ? cryptomus_signature(gw->secret, ZSTR_VAL(json), ZSTR_LEN(json)) : NULL;
	genuine = expected && ci_equals(ZSTR_VAL(expected), ZSTR_LEN(expected), Z_STRVAL(zsign), Z_STRLEN(zsign));
	/* Put back (at the end, where Cryptomus writes it) for Invoice::$raw. */
	add_assoc_zval(data, "sign", &zsign);
	if (!genuine) {
		ci_throw_webhook("%s webhook signature check failed: the body was not signed with this merchant's API key or was changed",
			gw->provider->title);
	}
	if (json) {
		zend_string_release(json);
	}
	if (expected) {
		zend_string_release(expected);
	}
	return genuine;
}

/* The Invoice is built from the body itself once it is genuine and about an invoice. */
void ci_cryptomus_parse_webhook(ci_gateway *gw, zend_string *body, HashTable *headers, zval *return_value)
{
	zval data;
	ci_failure f;

	/* An empty body is simply not JSON: only the 1 MiB cap needs saying. */
	if ((ZSTR_LEN(body) > 0 && !ci_webhook_size_ok(gw, body)) || cryptomus_webhook_decode(gw, body, &data) == FAILURE) {
		return;
	}
	if (cryptomus_webhook_genuine(gw, &data) && cryptomus_is_payment(gw, &data)) {
		ci_failure_init(&f);
		if (ci_invoice_from_payload(gw, NULL, &data, return_value, &f) == FAILURE) {
			ci_throw_webhook("%s webhook is malformed: %s", gw->provider->title, f.message ? ZSTR_VAL(f.message) : "not an invoice");
		}
		ci_failure_dtor(&f);
	}
	zval_ptr_dtor(&data);
}
/* }}} */

/* {{{ Operations */
/* refundInvoice(): is_subtract is mandatory on the wire: true unless the caller says (the
 * commission then comes from the merchant's balance). */
static const ci_field cryptomus_refund_fields[] = {
	CI_CRYPTOMUS_REFUND_FIELDS,
	{NULL},
};

void ci_cryptomus_finish_refund(const ci_gateway *gw, ci_request *req, ci_errors *errs)
{
	zval yes;

	(void)gw; (void)errs;
	if (!ci_body_get(req, "is_subtract")) {
		ZVAL_TRUE(&yes);
		ci_body_put(req, "is_subtract", &yes);
	}
}

/* getPaymentMethods(): /v1/payment/services, one entry per coin and network:
 * {network, currency, is_available, limit{min_amount, max_amount}, commission{fee_amount, percent}},
 * and Heleket's is_enabled (the method is switched on in the merchant's profile). */
zend_result ci_cryptomus_payment_methods(const ci_gateway *gw, zval *payload, zval *list, ci_failure *f)
{
	zval *entry;

	if (Z_TYPE_P(payload) != IS_ARRAY) {
		ci_failure_provider(gw, f, CI_REPLY_UNEXPECTED, 200, "expected {\"state\":0,\"result\":[...services...]}", NULL);
		return FAILURE;
	}
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(payload), entry) {
		zval *currency = ci_payload_get(entry, "currency"), *network = ci_payload_get(entry, "network");
		zval *available = ci_payload_get(entry, "is_available"), *enabled = ci_payload_get(entry, "is_enabled");
		ci_method_data m = {
			.available = available && Z_TYPE_P(available) == IS_TRUE && (!enabled || Z_TYPE_P(enabled) == IS_TRUE),
			.min = ci_payload_get(entry, "limit.min_amount"), .max = ci_payload_get(entry, "limit.max_amount"),
			.fee_percent = ci_payload_get(entry, "commission.percent"), .fee_amount = ci_payload_get(entry, "commission.fee_amount"),
			.raw = entry,
		};
		if (Z_TYPE_P(entry) != IS_ARRAY || !currency || Z_TYPE_P(currency) != IS_STRING || (network && Z_TYPE_P(network) != IS_STRING)) {
			ci_failure_provider(gw, f, CI_REPLY_UNEXPECTED, 200, "a service without a currency text", NULL);
			return FAILURE;
		}
		m.currency = Z_STR_P(currency);
		m.network = network ? Z_STR_P(network) : NULL;
		if (ci_payment_method_add(gw, list, &m, f) == FAILURE) {
			return FAILURE;
		}
	} ZEND_HASH_FOREACH_END();
	return SUCCESS;
}

static const ci_operation cryptomus_operations[] = {
	CI_CRYPTOMUS_ROWS,
	{.op = CI_OP_REFUND, .path = "/v1/payment/refund", .id_wire = "uuid", .params = cryptomus_refund_fields,
		.finish = ci_cryptomus_finish_refund, .answer = CI_ANS_PAYLOAD},
	{.path = NULL},
};
/* }}} */

const ci_provider ci_provider_cryptomus = {
	CI_CRYPTOMUS_FAMILY,
	.operations = cryptomus_operations,
	.name = "cryptomus",
	.title = "Cryptomus",
	.base_url = "https://api.cryptomus.com",
};
