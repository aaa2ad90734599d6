/* OnChainPay: POST /api-gateway/make-invoice, JSON signed with hex(HMAC-SHA256(body, privateKey)),
 * every body carrying a nonce that never repeats for the key.
 * Page followed: the provider's create page (docs/protocols.md §3, §4). */
#include "php.h"
#include "../ci_provider.h"

/* {{{ Parameters */

/* The native check of f, without the convert hook that brought us here. */
static void onchainpay_check_native(const ci_gateway *gw, const ci_field *f, zval *value, zval *out,
	const char *param, ci_errors *errs)
{
	ci_field native = *f;

	native.convert = NULL;
	ci_param_check(gw, &native, value, param, errs, out);
}

/* externalId deduplicates creates: an empty one would make every such create return the same invoice. */
static void onchainpay_external_id(const ci_gateway *gw, const ci_field *f, zval *value, zval *out,
	const char *param, ci_errors *errs)
{
	onchainpay_check_native(gw, f, value, out, param, errs);
	if (Z_TYPE_P(out) == IS_STRING && Z_STRLEN_P(out) == 0) {
		ci_errors_add(errs, param, "%s: %s must not be empty: it is the key that deduplicates invoices", gw->provider->title, param);
		zval_ptr_dtor(out);
		ZVAL_UNDEF(out);
	}
}

/* lifetime: whole minutes; the create page gives no upper bound, a 32-bit int is what its backend can hold. */
#define ONCHAINPAY_LIFETIME_MAX 2147483647

/* expires_in is seconds; lifetime counts whole minutes, so only exact minutes can be said. */
static void onchainpay_expires_in(const ci_gateway *gw, const ci_field *f, zval *value, zval *out,
	const char *param, ci_errors *errs)
{
	zend_long minutes;

	if (ci_param_minutes(gw, value, param, "lifetime", ONCHAINPAY_LIFETIME_MAX, errs, &minutes) == SUCCESS) {
		ZVAL_LONG(out, minutes);
	}
}

/* currencies: passed through as given, but coin codes in docs/protocols.md §3's spelling: "usdt" and
 * {"currency": "usdt", ...} go as USDT (network names stay as written: "tron"). */
static void onchainpay_upper(zval *code)
{
	if (code && Z_TYPE_P(code) == IS_STRING) {
		zend_string *upper = zend_string_toupper(Z_STR_P(code));
		zval_ptr_dtor(code);
		ZVAL_STR(code, upper);
	}
}

static void onchainpay_currencies(const ci_gateway *gw, const ci_field *f, zval *value, zval *out,
	const char *param, ci_errors *errs)
{
	zval *item;

	onchainpay_check_native(gw, f, value, out, param, errs);
	if (Z_TYPE_P(out) != IS_ARRAY) {
		return;
	}
	/* out is the engine's own copy (ci_plain_copy()), nothing the caller holds. */
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(out), item) {
		if (Z_TYPE_P(item) == IS_STRING) {
			onchainpay_upper(item);
		} else if (Z_TYPE_P(item) == IS_ARRAY) {
			onchainpay_upper(zend_hash_str_find(Z_ARRVAL_P(item), "currency", sizeof("currency") - 1));
		}
	} ZEND_HASH_FOREACH_END();
}

#define PERCENT .min = 0, .max = 100
#define CHOICE_ON_PAGE "the payer picks the coin and network on the invoice page; limit the choice with accepted_currencies"

static const ci_field onchainpay_fields[] = {
	/* unified keys */
	{.key = "amount", .wire = "amount", .type = CI_P_AMOUNT, .flags = CI_F_UNIFIED | CI_F_REQUIRED},
	{.key = "currency", .wire = "currency", .type = CI_P_STRING,
		.flags = CI_F_UNIFIED | CI_F_REQUIRED | CI_F_RANGE | CI_F_ALPHA_DASH | CI_F_UPPER, .min = 1, .max = 32},
	{.key = "order_id", .wire = "order", .type = CI_P_STRING, .flags = CI_F_UNIFIED | CI_F_ECHOED},
	{.key = "description", .wire = "description", .type = CI_P_STRING, .flags = CI_F_UNIFIED},
	{.key = "email", .wire = "payerEmail", .type = CI_P_EMAIL, .flags = CI_F_UNIFIED},
	{.key = "expires_in", .wire = "lifetime", .type = CI_P_INT,
		.flags = CI_F_UNIFIED, .convert = onchainpay_expires_in},
	{.key = "callback_url", .wire = "webhookURL", .type = CI_P_URL, .flags = CI_F_UNIFIED},
	{.key = "return_url", .wire = "returnURL", .type = CI_P_URL, .flags = CI_F_UNIFIED},
	CI_NOT_EXPRESSIBLE("success_url", CI_P_URL,
		"its payment page has one link back to the shop, returnURL (return_url)"),
	CI_NOT_EXPRESSIBLE("pay_currency", CI_P_STRING, CHOICE_ON_PAGE),
	CI_NOT_EXPRESSIBLE("network", CI_P_STRING, CHOICE_ON_PAGE),
	{.key = "accepted_currencies", .wire = "currencies", .type = CI_P_RAW_LIST,
		.flags = CI_F_UNIFIED, .convert = onchainpay_currencies},
	CI_NOT_EXPRESSIBLE("metadata", CI_P_META,
		"its invoices carry no free-form data; use order_id (order), description or externalUserId"),
	{.key = "idempotency_key", .wire = "externalId", .type = CI_P_STRING,
		.flags = CI_F_UNIFIED | CI_F_ECHOED, .convert = onchainpay_external_id},
	/* OnChainPay's own keys (amount, currency and description are spelled as the unified ones) */
	{.key = "externalId", .wire = "externalId", .type = CI_P_STRING,
		.flags = CI_F_ECHOED, .convert = onchainpay_external_id},
	{.key = "order", .wire = "order", .type = CI_P_STRING, .flags = CI_F_ECHOED},
	{.key = "externalUserId", .wire = "externalUserId", .type = CI_P_STRING},
	{.key = "payerEmail", .wire = "payerEmail", .type = CI_P_EMAIL},
	{.key = "includeFee", .wire = "includeFee", .type = CI_P_BOOL},
	{.key = "additionalFees", .wire = "additionalFees", .type = CI_P_LIST},
	{.key = "insurancePercent", .wire = "insurancePercent", .type = CI_P_DECIMAL, .flags = CI_F_RANGE, PERCENT},
	{.key = "slippagePercent", .wire = "slippagePercent", .type = CI_P_DECIMAL, .flags = CI_F_RANGE, PERCENT},
	{.key = "paymentTolerancePercent", .wire = "paymentTolerancePercent", .type = CI_P_DECIMAL,
		.flags = CI_F_RANGE, PERCENT},
	{.key = "webhookURL", .wire = "webhookURL", .type = CI_P_URL},
	{.key = "returnURL", .wire = "returnURL", .type = CI_P_URL},
	{.key = "lifetime", .wire = "lifetime", .type = CI_P_INT,
		.flags = CI_F_RANGE, .min = 1, .max = ONCHAINPAY_LIFETIME_MAX},
	{.key = "currencies", .wire = "currencies", .type = CI_P_RAW_LIST, .convert = onchainpay_currencies},
	{NULL},
};
/* }}} */

/* {{{ Answers */
static const ci_out_field onchainpay_out[] = {
	{.prop = CI_INV_ID, .path = "id", .type = CI_O_STRING, .flags = CI_O_REQUIRED},
	/* "order" is the shop's order as sent; "orderId" is OnChainPay's own payment order. */
	{.prop = CI_INV_ORDER_ID, .path = "order", .type = CI_O_STRING},
	{.prop = CI_INV_PROVIDER_STATUS, .path = "status", .type = CI_O_STRING, .flags = CI_O_REQUIRED},
	{.prop = CI_INV_AMOUNT, .path = "amount", .type = CI_O_DECIMAL, .flags = CI_O_REQUIRED},
	{.prop = CI_INV_CURRENCY, .path = "currency", .type = CI_O_STRING, .flags = CI_O_REQUIRED},
	{.prop = CI_INV_URL, .path = "invoiceLink", .type = CI_O_URL},
	/* The answer names no amount due in crypto (only per option): what arrived stands in for it. */
	{.prop = CI_INV_PAY_AMOUNT, .path = "receivedAmount", .type = CI_O_DECIMAL},
	{.prop = CI_INV_PAY_CURRENCY, .path = "receivedCurrency", .type = CI_O_STRING},
	{.prop = CI_INV_NETWORK, .path = "receivedNetwork", .type = CI_O_STRING},
	{.prop = CI_INV_PAID_AMOUNT, .path = "receivedAmount", .type = CI_O_DECIMAL},
	{.prop = CI_INV_PAID_AMOUNT_IN_CURRENCY, .path = "receivedAmountInInvoiceCurrency", .type = CI_O_DECIMAL},
	{.prop = CI_INV_CREATED_AT, .path = "createdAt", .type = CI_O_TIME},
	{.prop = CI_INV_EXPIRES_AT, .path = "expiresAt", .type = CI_O_TIME},
	{0},
};

static const ci_status_word onchainpay_statuses[] = {
	{"INIT", CI_ST_CREATED}, {"CREATED", CI_ST_CREATED},
	{"PENDING", CI_ST_PROCESSING},
	{"PROCESSED", CI_ST_PAID},
	{"OVERPAID", CI_ST_OVERPAID},
	{"PARTIAL", CI_ST_PARTIALLY_PAID},
	{"EXPIRED", CI_ST_EXPIRED},
	{"REJECTED", CI_ST_CANCELED},
	{"ERROR", CI_ST_FAILED},
	{NULL},
};
/* }}} */

/* {{{ Hooks */
static void onchainpay_init_headers(ci_gateway *gw)
{
	ci_gateway_add_header(gw, "x-api-public-key: %s", ZSTR_VAL(gw->id));
}

static void onchainpay_finish_params(const ci_gateway *gw, ci_request *req, ci_errors *errs)
{
	/* OnChainPay returns the existing invoice for a known externalId: only then is a retry after a 5xx safe. */
	req->idempotent = ci_body_get(req, "externalId") != NULL;
}

/* A spent nonce is refused, and the emulator (like the gateway) spends it even when the
 * attempt then fails: every attempt, retries included, needs its own. */
static void onchainpay_before_send(const ci_gateway *gw, ci_request *req)
{
	zend_string *nonce = ci_nonce_next();

	ci_body_put_str(req, "nonce", nonce);
	zend_string_release(nonce);
}

static void onchainpay_sign(const ci_gateway *gw, ci_request *req)
{
	zend_string *sign = ci_hmac_sha256_hex(ZSTR_VAL(gw->secret), ZSTR_LEN(gw->secret),
		ZSTR_VAL(req->encoded), ZSTR_LEN(req->encoded));

	if (req->attempt_header) {
		zend_string_release(req->attempt_header);
	}
	req->attempt_header = zend_string_concat2("x-api-signature: ", sizeof("x-api-signature: ") - 1,
		ZSTR_VAL(sign), ZSTR_LEN(sign));
	zend_string_release(sign);
}

static bool onchainpay_is(zval *v, const char *word)
{
	return v && Z_TYPE_P(v) == IS_STRING && zend_string_equals_cstr(Z_STR_P(v), word, strlen(word));
}

/* {"success":false,"error":{"name","message","code"}}: the name tells auth, rate limit and unknown ids apart. */
static ci_reply onchainpay_error(const ci_gateway *gw, const ci_request *req, zend_long http, zval *error, ci_failure *f)
{
	zval *name = ci_payload_get(error, "name");
	zval *message = ci_payload_get(error, "message");
	ci_reply kind = CI_REPLY_ERROR;
	zend_string *text;

	if (onchainpay_is(name, "AuthError")) {
		kind = CI_REPLY_AUTH;
	} else if (onchainpay_is(name, "TooManyRequests")) {
		kind = CI_REPLY_RATE_LIMIT;
	} else if (ci_request_names_invoice(req) && (onchainpay_is(name, "NotFound")
			|| (message && Z_TYPE_P(message) == IS_STRING && ci_says_not_found(Z_STRVAL_P(message), Z_STRLEN_P(message))))) {
		/* The live API also answers {"code":8,"message":"Invoice not found"}, without a name. */
		kind = CI_REPLY_NOT_FOUND;
	}
	if (name && Z_TYPE_P(name) == IS_STRING && message && Z_TYPE_P(message) == IS_STRING) {
		text = zend_strpprintf(0, "%s: %s", Z_STRVAL_P(name), Z_STRVAL_P(message));
	} else if (message && Z_TYPE_P(message) == IS_STRING) {
		text = zend_string_copy(Z_STR_P(message));
	} else {
		text = name && Z_TYPE_P(name) == IS_STRING ? zend_string_copy(Z_STR_P(name)) : ZSTR_EMPTY_ALLOC();
	}
	ci_failure_provider(gw, f, kind, http, ZSTR_VAL(text), error);
	zend_string_release(text);
	return kind;
}

static ci_reply onchainpay_unwrap(const ci_gateway *gw, const ci_request *req, zend_long http, zval *json,
	zval **payload, ci_failure *f)
{
	zval *success = zend_hash_str_find(Z_ARRVAL_P(json), "success", sizeof("success") - 1);
	zval *response = zend_hash_str_find(Z_ARRVAL_P(json), "response", sizeof("response") - 1);
	zval *error = zend_hash_str_find(Z_ARRVAL_P(json), "error", sizeof("error") - 1);

	if (success && Z_TYPE_P(success) == IS_TRUE && response
			&& (Z_TYPE_P(response) == IS_ARRAY || ci_request_wants_payload(req))) {
		*payload = response;
		return CI_REPLY_OK;
	}
	if (success && Z_TYPE_P(success) == IS_FALSE && error && Z_TYPE_P(error) == IS_ARRAY) {
		return onchainpay_error(gw, req, http, error, f);
	}
	ci_failure_provider(gw, f, CI_REPLY_UNEXPECTED, http,
		"expected {\"success\":true,\"response\":{...}} or {\"success\":false,\"error\":{...}}", NULL);
	return CI_REPLY_UNEXPECTED;
}

/* One option per network of currencies[i].networks[j]: {currency, name, address?, amount}. */
static zend_result onchainpay_network_option(zval *net, zend_string *currency, ci_invoice_data *inv)
{
	zval *name = ci_payload_get(net, "name");
	zval *address = ci_payload_get(net, "address");
	zval *given = ci_payload_get(net, "amount");
	zend_string *amount = ci_payload_text(given);
	bool ok = name && Z_TYPE_P(name) == IS_STRING && (!address || Z_TYPE_P(address) == IS_STRING);

	if (given) {
		ok = ok && amount && ci_decimal_is_plain(ZSTR_VAL(amount), ZSTR_LEN(amount));
	}
	if (ok) {
		ok = ci_invoice_add_option(inv, currency, Z_STR_P(name), address ? Z_STR_P(address) : NULL, amount);
	}
	if (amount) {
		zend_string_release(amount);
	}
	return ok ? SUCCESS : FAILURE;
}

static zend_result onchainpay_currency_options(zval *entry, ci_invoice_data *inv)
{
	zval *currency = ci_payload_get(entry, "currency");
	zval *networks = ci_payload_get(entry, "networks");
	zval *net;

	if (!currency || Z_TYPE_P(currency) != IS_STRING) {
		return FAILURE;
	}
	if (!networks) {
		return SUCCESS;
	}
	if (Z_TYPE_P(networks) != IS_ARRAY || !zend_array_is_list(Z_ARRVAL_P(networks))) {
		return FAILURE;
	}
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(networks), net) {
		if (onchainpay_network_option(net, Z_STR_P(currency), inv) == FAILURE) {
			return FAILURE;
		}
	} ZEND_HASH_FOREACH_END();
	return SUCCESS;
}

static zend_result onchainpay_finish_invoice(const ci_gateway *gw, const ci_request *req, zval *payload,
	ci_invoice_data *inv, ci_failure *f)
{
	zval *currencies = ci_payload_get(payload, "currencies");
	zval *entry;

	if (!currencies) {
		return SUCCESS;
	}
	if (Z_TYPE_P(currencies) == IS_ARRAY && zend_array_is_list(Z_ARRVAL_P(currencies))) {
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(currencies), entry) {
			if (onchainpay_currency_options(entry, inv) == FAILURE) {
				goto invalid;
			}
		} ZEND_HASH_FOREACH_END();
		return SUCCESS;
	}
invalid:
	ci_failure_set(f, ci_ce_UnexpectedResponseException, 200,
		"%s answered with an invalid currencies list (expected [{\"currency\":..., \"networks\":[{\"name\":..., \"amount\":...}]}])",
		gw->provider->title);
	return FAILURE;
}

/* No signature scheme is documented: the id in the body is confirmed by a lookup, and the
 * body's own status and amounts are never believed. */
static void onchainpay_parse_webhook(ci_gateway *gw, zend_string *body, HashTable *headers, zval *return_value)
{
	static const char *const id_keys[] = {"invoiceId", "id", NULL};

	ci_webhook_confirm_by_lookup(gw, body, id_keys, return_value);
}
/* }}} */

/* {{{ Operations */
static bool onchainpay_true(zval *v)
{
	return v && Z_TYPE_P(v) == IS_TRUE;
}

/* getPaymentMethods(): available-currencies, one entry per coin with its networks. A network takes
 * payments when the coin and the network allow deposits and the network is not under maintenance.
 * The answer has no deposit limits or commission (only withdrawal fees): those stay null. */
static zend_result onchainpay_payment_methods(const ci_gateway *gw, zval *payload, zval *list, ci_failure *f)
{
	zval *coin, *net;

	if (Z_TYPE_P(payload) != IS_ARRAY) {
		ci_failure_provider(gw, f, CI_REPLY_UNEXPECTED, 200, "expected {\"success\":true,\"response\":[...currencies...]}", NULL);
		return FAILURE;
	}
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(payload), coin) {
		zval *currency = ci_payload_get(coin, "currency"), *networks = ci_payload_get(coin, "networks");
		if (!currency || Z_TYPE_P(currency) != IS_STRING || (networks && Z_TYPE_P(networks) != IS_ARRAY)) {
			ci_failure_provider(gw, f, CI_REPLY_UNEXPECTED, 200, "a currency without a currency text or networks list", NULL);
			return FAILURE;
		}
		if (!networks) {
			continue;
		}
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(networks), net) {
			zval *name = ci_payload_get(net, "name");
			ci_method_data m = {.currency = Z_STR_P(currency), .raw = coin,
				.available = onchainpay_true(ci_payload_get(coin, "allowDeposit")) && onchainpay_true(ci_payload_get(net, "allowDeposit"))
					&& !onchainpay_true(ci_payload_get(net, "underMaintenance"))};
			if (!name || Z_TYPE_P(name) != IS_STRING) {
				ci_failure_provider(gw, f, CI_REPLY_UNEXPECTED, 200, "a network without a name text", NULL);
				return FAILURE;
			}
			m.network = Z_STR_P(name);
			if (ci_payment_method_add(gw, list, &m, f) == FAILURE) {
				return FAILURE;
			}
		} ZEND_HASH_FOREACH_END();
	} ZEND_HASH_FOREACH_END();
	return SUCCESS;
}

/* get-invoices (docs.onchainpay.io): status as a list of words, limit and offset, newest first,
 * no date filter (dates are filtered by the engine, which stops at the first page older than "from"). */
static const ci_operation onchainpay_operations[] = {
	{.op = CI_OP_CREATE, .path = "/api-gateway/make-invoice", .params = onchainpay_fields, .finish = onchainpay_finish_params},
	{.op = CI_OP_LOOKUP, .path = "/api-gateway/get-invoice", .id_wire = "invoiceId"},
	{.op = CI_OP_LIST, .path = "/api-gateway/get-invoices", .answer = CI_ANS_PAYLOAD,
		.paging = {.kind = CI_PAGE_OFFSET, .param = "offset", .size = "limit", .size_max = 100, .items = "invoices",
			.status = "status", .total = "total"}},
	{.op = CI_OP_METHODS, .path = "/api-gateway/available-currencies", .answer = CI_ANS_PAYLOAD},
	{.path = NULL},
};
/* }}} */

const ci_provider ci_provider_onchainpay = {
	.name = "onchainpay",
	.title = "OnChainPay",
	.id_key = "public_key",
	.secret_key = "private_key",
	.base_url = "https://ocp.onchainpay.io",
	.operations = onchainpay_operations,
	.body_kind = CI_BODY_JSON,
	.out = onchainpay_out,
	.statuses = onchainpay_statuses,
	.time_zone = "UTC",
	.rate_limit = 0,
	.init_headers = onchainpay_init_headers,
	.before_send = onchainpay_before_send,
	.sign = onchainpay_sign,
	.unwrap = onchainpay_unwrap,
	.finish_invoice = onchainpay_finish_invoice,
	.payment_methods = onchainpay_payment_methods,
	.parse_webhook = onchainpay_parse_webhook,
};
