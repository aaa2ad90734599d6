/* CryptoCloud: POST /v2/invoice/create, JSON with shop_id, header "Authorization: Token <apiKey>".
 * Page followed: the provider's create page (docs/protocols.md §3, §4) (lookup and postback). */
#include "php.h"
#include "zend_smart_str.h"
#include "../ci_provider.h"

#include <time.h>

/* {{{ Parameters */
/* The create page's invoice currencies ("'TRY'" is quoted there; the code is TRY). */
static const char *const cryptocloud_fiat[] = {
	"USD", "UZS", "KGS", "KZT", "AMD", "AZN", "BYN", "AUD", "TRY", "AED", "CAD", "CNY", "HKD",
	"IDR", "INR", "JPY", "PHP", "SGD", "THB", "VND", "MYR", "RUB", "UAH", "EUR", "GBP", NULL,
};

/* The create page's payment currencies: each code names the coin and its network. */
static const char *const cryptocloud_crypto[] = {
	"BTC", "LTC", "TRX", "SOL", "TON", "BNB", "ETH", "ETH_ARB", "ETH_BASE", "ETH_OPT",
	"USDT_ARB", "USDT_BSC", "USDT_ERC20", "USDT_OPT", "USDT_SOL", "USDT_TON", "USDT_TRC20",
	"USDC_ARB", "USDC_BASE", "USDC_BSC", "USDC_ERC20", "USDC_OPT", "USDC_SOL", "DAI_ARB",
	"DAI_BASE", "DAI_BSC", "DAI_ERC20", "DAI_OPT", "USDD_TRC20", "PYUSD_ERC20", "PYUSD_SOL",
	"XAUT_ERC20", "XAUT_TON", "ARB_ARB", "OP_OPT", "PEPE_BSC", "PEPE_ERC20", "SHIB_BSC",
	"SHIB_ERC20", "TRUMP_SOL", NULL,
};

/* The create page types both as int and gives no bound: a 32-bit int is what its backend can hold. */
#define CC_INT32_MAX 2147483647.0
#define CC_INT32 .min = 0, .max = CC_INT32_MAX

static const ci_field cryptocloud_time_to_pay[] = {
	{.key = "hours", .wire = "hours", .type = CI_P_INT, .flags = CI_F_RANGE, CC_INT32},
	{.key = "minutes", .wire = "minutes", .type = CI_P_INT, .flags = CI_F_RANGE, CC_INT32},
	{NULL},
};

static const ci_field cryptocloud_add_fields[] = {
	{.key = "time_to_pay", .wire = "time_to_pay", .type = CI_P_OBJECT, .items = cryptocloud_time_to_pay},
	{.key = "available_currencies", .wire = "available_currencies", .type = CI_P_LIST, .choices = cryptocloud_crypto},
	{.key = "cryptocurrency", .wire = "cryptocurrency", .type = CI_P_STRING, .choices = cryptocloud_crypto},
	{NULL},
};

/* add_fields: the table checks each key; an invoice that lives zero minutes is the one rule it cannot say. */
static void cryptocloud_add_fields_check(const ci_gateway *gw, const ci_field *f, zval *value, zval *out,
	const char *param, ci_errors *errs)
{
	ci_field native = *f;
	zval *ttp;

	native.convert = NULL;
	ci_param_check(gw, &native, value, param, errs, out);
	if (Z_ISUNDEF_P(out) || !(ttp = zend_hash_str_find(Z_ARRVAL_P(out), "time_to_pay", sizeof("time_to_pay") - 1))) {
		return;
	}
	zval *h = zend_hash_str_find(Z_ARRVAL_P(ttp), "hours", sizeof("hours") - 1);
	zval *m = zend_hash_str_find(Z_ARRVAL_P(ttp), "minutes", sizeof("minutes") - 1);
	if ((!h || Z_LVAL_P(h) == 0) && (!m || Z_LVAL_P(m) == 0)) {
		char sub[64];
		snprintf(sub, sizeof(sub), "%s.time_to_pay", param);
		ci_errors_add(errs, sub, "%s: %s must be at least one minute (hours and minutes are both 0 or missing)",
			gw->provider->title, sub);
		zval_ptr_dtor(out);
		ZVAL_UNDEF(out);
	}
}

/* expires_in seconds -> add_fields.time_to_pay {hours, minutes}: whole minutes only, nothing rounded away. */
static void cryptocloud_expires_in(const ci_gateway *gw, const ci_field *f, zval *value, zval *out,
	const char *param, ci_errors *errs)
{
	zend_long minutes;

	/* hours is a 32-bit int: at most 2147483647 hours and 59 minutes. */
	if (ci_param_minutes(gw, value, param, "time_to_pay", (zend_long)MIN(CC_INT32_MAX * 60 + 59, (double)ZEND_LONG_MAX), errs, &minutes) == FAILURE) {
		return;
	}
	array_init(out);
	add_assoc_long(out, "hours", minutes / 60);
	add_assoc_long(out, "minutes", minutes % 60);
}

static const ci_field cryptocloud_fields[] = {
	/* unified keys */
	{.key = "amount", .wire = "amount", .type = CI_P_AMOUNT, .flags = CI_F_UNIFIED | CI_F_REQUIRED | CI_F_JSON_NUMBER},
	{.key = "currency", .wire = "currency", .type = CI_P_STRING,
		.flags = CI_F_UNIFIED | CI_F_REQUIRED, .choices = cryptocloud_fiat},
	{.key = "order_id", .wire = "order_id", .type = CI_P_STRING, .flags = CI_F_UNIFIED},
	CI_NOT_EXPRESSIBLE("description", CI_P_STRING,
		"its invoices have no description; keep it in your order, found again by order_id"),
	{.key = "email", .wire = "email", .type = CI_P_EMAIL, .flags = CI_F_UNIFIED},
	{.key = "expires_in", .wire = "add_fields.time_to_pay", .type = CI_P_INT,
		.flags = CI_F_UNIFIED, .convert = cryptocloud_expires_in},
	CI_NOT_EXPRESSIBLE("callback_url", CI_P_URL,
		"the postback URL is set in the project settings of the CryptoCloud dashboard"),
	CI_NOT_EXPRESSIBLE("return_url", CI_P_URL,
		"the success and fail pages are set in the project settings of the CryptoCloud dashboard"),
	CI_NOT_EXPRESSIBLE("success_url", CI_P_URL,
		"the success page is set in the project settings of the CryptoCloud dashboard"),
	{.key = "pay_currency", .wire = "add_fields.cryptocurrency", .type = CI_P_STRING,
		.flags = CI_F_UNIFIED, .choices = cryptocloud_crypto},
	CI_NOT_EXPRESSIBLE("network", CI_P_STRING,
		"its currency codes carry the network (USDT_TRC20, USDC_SOL...): name it in pay_currency or accepted_currencies"),
	{.key = "accepted_currencies", .wire = "add_fields.available_currencies", .type = CI_P_LIST,
		.flags = CI_F_UNIFIED, .choices = cryptocloud_crypto},
	CI_NOT_EXPRESSIBLE("metadata", CI_P_META,
		"its invoices carry no custom data; keep it in your order, found again by order_id"),
	CI_NOT_EXPRESSIBLE("idempotency_key", CI_P_STRING,
		"its API documents no idempotency key; keep the uuid of the invoice you created and check it with getInvoice() before creating another"),
	/* CryptoCloud's own keys (amount, currency, order_id and email are spelled as above) */
	/* A credential: it comes from the constructor, never from an invoice's parameters. */
	{.key = "shop_id", .type = CI_P_STRING,
		.hint = "it is the constructor's $shopId (config key shop_id) and goes into every request; leave it out of the invoice parameters"},
	{.key = "add_fields", .wire = "add_fields", .type = CI_P_OBJECT,
		.items = cryptocloud_add_fields, .convert = cryptocloud_add_fields_check},
	{NULL},
};
/* }}} */

/* {{{ Answers */
static const ci_out_field cryptocloud_out[] = {
	{.prop = CI_INV_ID, .path = "uuid", .type = CI_O_STRING, .flags = CI_O_REQUIRED},
	{.prop = CI_INV_PROVIDER_STATUS, .path = "status", .type = CI_O_STRING, .flags = CI_O_REQUIRED},
	{.prop = CI_INV_AMOUNT, .path = "amount_in_fiat", .type = CI_O_DECIMAL, .flags = CI_O_REQUIRED},
	{.prop = CI_INV_CURRENCY, .path = "fiat_currency", .type = CI_O_STRING, .flags = CI_O_REQUIRED},
	{.prop = CI_INV_URL, .path = "link", .type = CI_O_URL},
	{.prop = CI_INV_ADDRESS, .path = "address", .type = CI_O_STRING},
	{.prop = CI_INV_PAY_AMOUNT, .path = "amount", .type = CI_O_DECIMAL},
	{.prop = CI_INV_PAY_CURRENCY, .path = "currency.code", .type = CI_O_STRING},
	{.prop = CI_INV_NETWORK, .path = "currency.network.code", .type = CI_O_STRING},
	/* received is in the invoice's cryptocurrency; received_usd (finish hook) in USD. */
	{.prop = CI_INV_PAID_AMOUNT, .path = "received", .type = CI_O_DECIMAL},
	{.prop = CI_INV_CREATED_AT, .path = "created", .type = CI_O_TIME},
	{.prop = CI_INV_EXPIRES_AT, .path = "expiry_date", .type = CI_O_TIME},
	{.prop = CI_INV_TEST_MODE, .path = "test_mode", .type = CI_O_BOOL},
	{0},
};

static const ci_status_word cryptocloud_statuses[] = {
	{"created", CI_ST_CREATED},
	{"paid", CI_ST_PAID},
	{"partial", CI_ST_PARTIALLY_PAID},
	{"overpaid", CI_ST_OVERPAID},
	{"canceled", CI_ST_CANCELED},
	{NULL},
};
/* }}} */

/* {{{ Requests */
static void cryptocloud_init_headers(ci_gateway *gw)
{
	ci_gateway_add_header(gw, "Authorization: Token %s", ZSTR_VAL(gw->secret));
}

static void cryptocloud_finish_params(const ci_gateway *gw, ci_request *req, ci_errors *errs)
{
	zval body;

	/* shop_id first, as the create page lists it; the caller's keys follow in their order. */
	array_init_size(&body, zend_hash_num_elements(Z_ARRVAL(req->body)) + 1);
	add_assoc_str(&body, "shop_id", zend_string_copy(gw->id));
	zend_hash_merge(Z_ARRVAL(body), Z_ARRVAL(req->body), zval_add_ref, 0);
	zval_ptr_dtor(&req->body);
	ZVAL_COPY_VALUE(&req->body, &body);
}

/* Ids are "INV-XXXXXXXX"; postbacks and shops often keep them without the prefix. */
static bool cryptocloud_has_prefix(const char *s, size_t len)
{
	return len >= 4 && strncasecmp(s, "INV-", 4) == 0;
}
/* }}} */

/* {{{ Envelopes */
/* "amount: A valid number is required.; currency: ..." from {"<field>": ["<message>"]};
 * the per-field entries (all but validate_error) are copied to fields. */
/* Its per-field errors: every named entry but the general validate_error. */
static void cryptocloud_error_fields(zval *bag, zval *fields)
{
	zend_string *key;
	zval *msgs;

	array_init(fields);
	ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(bag), key, msgs) {
		if (key && !zend_string_equals_literal(key, "validate_error")) {
			Z_TRY_ADDREF_P(msgs);
			zend_hash_update(Z_ARRVAL_P(fields), key, msgs);
		}
	} ZEND_HASH_FOREACH_END();
}

static bool cryptocloud_says(zend_string *text, const char *word)
{
	return php_memnistr(ZSTR_VAL(text), word, strlen(word), ZSTR_VAL(text) + ZSTR_LEN(text)) != NULL;
}

/* Which kind of refusal: the API's own words for a bad key or throttling, whatever the HTTP status. */
static ci_reply cryptocloud_error_kind(zend_string *text, zval *fields)
{
	/* A shop_id the key does not own is a credential problem, not a parameter one. */
	if (zend_hash_str_exists(Z_ARRVAL_P(fields), "shop_id", sizeof("shop_id") - 1)
			|| cryptocloud_says(text, "invalid token") || cryptocloud_says(text, "authentication credentials")
			|| cryptocloud_says(text, "signature verification") || cryptocloud_says(text, "header padding")) {
		return CI_REPLY_AUTH; /* the last two: its JWT check of the token ({"detail": ...}) */
	}
	if (cryptocloud_says(text, "throttled") || cryptocloud_says(text, "too many requests")
			|| cryptocloud_says(text, "too frequent")) {
		return CI_REPLY_RATE_LIMIT;
	}
	return CI_REPLY_ERROR;
}

static ci_reply cryptocloud_unwrap_error(const ci_gateway *gw, const ci_request *req, zend_long http, zval *result, ci_failure *f)
{
	zval fields;
	zend_string *text;
	ci_reply kind;

	if (result && Z_TYPE_P(result) == IS_STRING) {
		array_init(&fields);
		text = zend_string_copy(Z_STR_P(result));
	} else if (result && Z_TYPE_P(result) == IS_ARRAY) {
		text = ci_errors_bag_text(result, "validate_error");
		cryptocloud_error_fields(result, &fields);
	} else {
		ci_failure_provider(gw, f, CI_REPLY_UNEXPECTED, http, "expected {\"status\":\"error\",\"result\":{...}}", NULL);
		return CI_REPLY_UNEXPECTED;
	}
	kind = cryptocloud_error_kind(text, &fields);
	if (kind == CI_REPLY_ERROR && ci_request_names_invoice(req) && ci_says_not_found(ZSTR_VAL(text), ZSTR_LEN(text))) {
		kind = CI_REPLY_NOT_FOUND;
	}
	ci_failure_provider(gw, f, kind, http, ZSTR_VAL(text), zend_hash_num_elements(Z_ARRVAL(fields)) ? &fields : NULL);
	zend_string_release(text);
	zval_ptr_dtor(&fields);
	return kind;
}

/* The entry of a lookup's list that is about the uuid asked for; else the first, which the
 * engine then refuses as an answer about another invoice. */
static zval *cryptocloud_lookup_entry(const ci_gateway *gw, const ci_request *req, zval *list)
{
	zval *uuids = zend_hash_str_find(Z_ARRVAL(req->body), "uuids", sizeof("uuids") - 1);
	zval *asked = uuids && Z_TYPE_P(uuids) == IS_ARRAY ? zend_hash_index_find(Z_ARRVAL_P(uuids), 0) : NULL;
	zval *entry, *uuid;

	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(list), entry) {
		uuid = ci_payload_get(entry, "uuid");
		if (asked && Z_TYPE_P(asked) == IS_STRING && uuid && Z_TYPE_P(uuid) == IS_STRING
				&& ci_engine_same_id(gw->provider, Z_STRVAL_P(uuid), Z_STRLEN_P(uuid), Z_STRVAL_P(asked), Z_STRLEN_P(asked))) {
			return entry;
		}
	} ZEND_HASH_FOREACH_END();
	return zend_hash_index_find(Z_ARRVAL_P(list), 0);
}

/* A lookup answers a list (one entry per uuid found); a create answers the invoice object. */
static ci_reply cryptocloud_unwrap_result(const ci_gateway *gw, const ci_request *req, zend_long http, zval *result,
	zval **payload, ci_failure *f)
{
	bool list = Z_TYPE_P(result) == IS_ARRAY && zend_array_is_list(Z_ARRVAL_P(result))
		&& zend_hash_num_elements(Z_ARRVAL_P(result)) > 0;

	if (ci_request_wants_payload(req)) {
		*payload = result;
		return CI_REPLY_OK;
	}
	if (req->op == CI_OP_LOOKUP && Z_TYPE_P(result) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(result)) == 0) {
		ci_failure_provider(gw, f, CI_REPLY_NOT_FOUND, http, "it answered an empty list for this uuid", NULL);
		return CI_REPLY_NOT_FOUND;
	}
	if (req->op == CI_OP_LOOKUP && list) {
		*payload = cryptocloud_lookup_entry(gw, req, result);
		if (*payload && Z_TYPE_P(*payload) == IS_ARRAY) {
			return CI_REPLY_OK;
		}
	} else if (req->op == CI_OP_CREATE && Z_TYPE_P(result) == IS_ARRAY && !list) {
		*payload = result;
		return CI_REPLY_OK;
	}
	ci_failure_provider(gw, f, CI_REPLY_UNEXPECTED, http, req->op == CI_OP_LOOKUP
		? "expected {\"status\":\"success\",\"result\":[{...}]}" : "expected {\"status\":\"success\",\"result\":{...}}", NULL);
	return CI_REPLY_UNEXPECTED;
}

static ci_reply cryptocloud_unwrap(const ci_gateway *gw, const ci_request *req, zend_long http, zval *json,
	zval **payload, ci_failure *f)
{
	zval *status = zend_hash_str_find(Z_ARRVAL_P(json), "status", sizeof("status") - 1);
	zval *result = zend_hash_str_find(Z_ARRVAL_P(json), "result", sizeof("result") - 1);

	if (status && Z_TYPE_P(status) == IS_STRING && zend_string_equals_literal(Z_STR_P(status), "success") && result) {
		return cryptocloud_unwrap_result(gw, req, http, result, payload, f);
	}
	if (status && Z_TYPE_P(status) == IS_STRING && zend_string_equals_literal(Z_STR_P(status), "error")) {
		return cryptocloud_unwrap_error(gw, req, http, result, f);
	}
	/* The token check answers in the framework's shape, {"detail": "Signature verification failed"}
	 * (docs.cryptocloud.plus, "balance"): its words decide the kind, as in the API's own envelope. */
	zval *detail = zend_hash_str_find(Z_ARRVAL_P(json), "detail", sizeof("detail") - 1);
	if (!status && detail && Z_TYPE_P(detail) == IS_STRING) {
		return cryptocloud_unwrap_error(gw, req, http, detail, f);
	}
	ci_failure_provider(gw, f, CI_REPLY_UNEXPECTED, http, "expected {\"status\":\"success\",\"result\":...}", NULL);
	return CI_REPLY_UNEXPECTED;
}

static zend_result cryptocloud_finish_invoice(const ci_gateway *gw, const ci_request *req, zval *payload,
	ci_invoice_data *inv, ci_failure *f)
{
	static const ci_out_field received_usd = {CI_INV_PAID_AMOUNT_IN_CURRENCY, "received_usd", CI_O_DECIMAL, 0};
	zval *address = &inv->props[CI_INV_ADDRESS];
	zval *order_id;
	zend_string *order_text;

	/* received_usd is the invoice's currency only for a USD invoice; others are not converted here. */
	if (Z_TYPE(inv->props[CI_INV_CURRENCY]) == IS_STRING && zend_string_equals_literal_ci(Z_STR(inv->props[CI_INV_CURRENCY]), "USD")
			&& ci_invoice_read(gw, payload, &received_usd, inv, f) == FAILURE) {
		return FAILURE;
	}

	/* The answer does not document order_id: the shop's own as sent, else what a lookup answer carries. */
	order_id = req && req->op == CI_OP_CREATE ? zend_hash_str_find(Z_ARRVAL(req->body), "order_id", sizeof("order_id") - 1) : NULL;
	if (!order_id) {
		order_id = ci_payload_get(payload, "order_id");
	}
	if ((order_text = ci_payload_text(order_id)) != NULL) {
		/* Undocumented in the answer: text no shop writes is left in raw, not refused. */
		ci_invoice_set_str(inv, CI_INV_ORDER_ID, ci_text_clean(order_text) ? order_text : NULL);
		zend_string_release(order_text);
	}
	/* "" is how CryptoCloud says the payer has not picked a currency yet. */
	if (Z_TYPE_P(address) == IS_STRING && Z_STRLEN_P(address) == 0) {
		zval_ptr_dtor(address);
		ZVAL_UNDEF(address);
	}
	/* A fixed address is the one way to pay: list it as the only payment option. */
	if (Z_TYPE_P(address) == IS_STRING && Z_TYPE(inv->props[CI_INV_PAY_CURRENCY]) == IS_STRING) {
		zval *net = &inv->props[CI_INV_NETWORK];
		zval *amt = &inv->props[CI_INV_PAY_AMOUNT];
		ci_invoice_add_option(inv, Z_STR(inv->props[CI_INV_PAY_CURRENCY]), Z_TYPE_P(net) == IS_STRING ? Z_STR_P(net) : NULL,
			Z_STR_P(address), Z_TYPE_P(amt) == IS_STRING ? Z_STR_P(amt) : NULL);
	}
	return SUCCESS;
}
/* }}} */

/* {{{ Postback: a JWT in "token", HS256 with the project's SECRET KEY (docs/protocols.md §4) */
#define CC_JWT_LEEWAY 60

/* A base64url segment holding a JSON object, decoded; FAILURE leaves out UNDEF. */
static zend_result cryptocloud_jwt_part(const char *s, size_t len, zval *out)
{
	zend_string *raw;
	zend_result rc;

	ZVAL_UNDEF(out);
	if (len == 0 || !(raw = ci_base64url_decode(s, len))) {
		return FAILURE;
	}
	rc = ci_json_decode(ZSTR_VAL(raw), ZSTR_LEN(raw), out);
	zend_string_release(raw);
	if (rc == SUCCESS && (Z_TYPE_P(out) != IS_ARRAY
			|| (zend_hash_num_elements(Z_ARRVAL_P(out)) > 0 && zend_array_is_list(Z_ARRVAL_P(out))))) {
		zval_ptr_dtor(out);
		ZVAL_UNDEF(out);
		rc = FAILURE;
	}
	return rc;
}

static bool cryptocloud_jwt_signed(const ci_gateway *gw, const char *token, size_t signed_len, const char *sig, size_t sig_len)
{
	unsigned char mac[32];
	zend_string *given = ci_base64url_decode(sig, sig_len);
	bool ok;

	if (!given) {
		return false;
	}
	ok = ci_hmac_sha256_raw(ZSTR_VAL(gw->opts.secret_key), ZSTR_LEN(gw->opts.secret_key), token, signed_len, mac)
		&& ci_equals((const char *)mac, sizeof(mac), ZSTR_VAL(given), ZSTR_LEN(given));
	zend_string_release(given);
	return ok;
}

/* The same invoice, whether either side writes the INV- prefix. */
static bool cryptocloud_same_invoice(zval *claim, zend_string *invoice_id)
{
	zend_string *text = ci_payload_text(claim);
	const char *a, *b = ZSTR_VAL(invoice_id);
	size_t alen, blen = ZSTR_LEN(invoice_id);
	bool same;

	if (!text || Z_TYPE_P(claim) == IS_DOUBLE) {
		if (text) {
			zend_string_release(text);
		}
		return false;
	}
	a = ZSTR_VAL(text);
	alen = ZSTR_LEN(text);
	if (cryptocloud_has_prefix(a, alen)) {
		a += 4;
		alen -= 4;
	}
	if (cryptocloud_has_prefix(b, blen)) {
		b += 4;
		blen -= 4;
	}
	same = alen == blen && memcmp(a, b, alen) == 0;
	zend_string_release(text);
	return same;
}

/* The claims, read only once the signature holds. NULL when they pass, else what failed. */
#define CC_JWT_EXP_MAX 253402300799.0 /* 9999-12-31T23:59:59Z */

static const char *cryptocloud_jwt_claims(zval *claims, zend_string *invoice_id)
{
	static const char *const id_claims[] = {"id", "uuid"};
	zval *exp = zend_hash_str_find(Z_ARRVAL_P(claims), "exp", sizeof("exp") - 1);
	double now = (double)time(NULL);

	if (!exp || (Z_TYPE_P(exp) != IS_LONG && Z_TYPE_P(exp) != IS_DOUBLE)) {
		return "token has no exp claim (a number of seconds since the epoch); unexpiring tokens are refused";
	}
	double exp_at = Z_TYPE_P(exp) == IS_LONG ? (double)Z_LVAL_P(exp) : Z_DVAL_P(exp);
	/* 1e400 decodes to INF and 1e100 is as good as never: both would make a token eternal. */
	if (!zend_finite(exp_at) || exp_at > CC_JWT_EXP_MAX) {
		return "token's exp claim is not a time a token can have (beyond the year 9999); unexpiring tokens are refused";
	}
	if (exp_at < now - CC_JWT_LEEWAY) {
		return "token has expired (its exp is more than 60 seconds in the past)";
	}
	for (size_t i = 0; i < sizeof(id_claims) / sizeof(id_claims[0]); i++) {
		zval *claim = zend_hash_str_find(Z_ARRVAL_P(claims), id_claims[i], strlen(id_claims[i]));
		if (claim && !cryptocloud_same_invoice(claim, invoice_id)) {
			return i == 0 ? "token's id claim names another invoice than invoice_id"
				: "token's uuid claim names another invoice than invoice_id";
		}
	}
	return NULL;
}

/* NULL when token is a JWT that the project's secret_key signed for invoice_id, else what failed. */
static const char *cryptocloud_jwt_check(const ci_gateway *gw, zend_string *token, zend_string *invoice_id)
{
	const char *s = ZSTR_VAL(token), *end = s + ZSTR_LEN(token);
	const char *dot1 = memchr(s, '.', ZSTR_LEN(token));
	const char *dot2 = dot1 ? memchr(dot1 + 1, '.', end - dot1 - 1) : NULL;
	zval header, claims, *alg;
	const char *why = NULL;

	if (!dot2 || memchr(dot2 + 1, '.', end - dot2 - 1)) {
		return "token is not a JWT (it must be three base64url parts joined by dots)";
	}
	if (cryptocloud_jwt_part(s, dot1 - s, &header) == FAILURE) {
		return "token header is not base64url-encoded JSON";
	}
	alg = zend_hash_str_find(Z_ARRVAL(header), "alg", sizeof("alg") - 1);
	if (!alg || Z_TYPE_P(alg) != IS_STRING || !zend_string_equals_literal(Z_STR_P(alg), "HS256")) {
		why = "token header must declare alg HS256 (unsigned tokens and other algorithms are refused)";
	} else if (!cryptocloud_jwt_signed(gw, s, dot2 - s, dot2 + 1, end - dot2 - 1)) {
		why = "token signature check failed: it was not signed with this project's secret_key, or was changed";
	} else if (cryptocloud_jwt_part(dot1 + 1, dot2 - dot1 - 1, &claims) == FAILURE) {
		why = "token payload is not base64url-encoded JSON";
	} else {
		why = cryptocloud_jwt_claims(&claims, invoice_id);
		zval_ptr_dtor(&claims);
	}
	zval_ptr_dtor(&header);
	return why;
}

/* The string value of a postback field, or NULL. */
static zend_string *cryptocloud_field(zval *fields, const char *key)
{
	const char *const keys[] = {key, NULL};
	return ci_webhook_id(fields, keys);
}

/* A gateway that cannot verify refuses every genuine postback; a shop must see that as its own
 * setup mistake (alert someone, answer 5xx so CryptoCloud resends), never as a forgery. */
static bool cryptocloud_can_verify(const ci_gateway *gw)
{
	const char *wrong = NULL;

	if (!gw->opts.secret_key) {
		wrong = "this gateway has no secret_key option";
	} else if (zend_string_equals(gw->opts.secret_key, gw->secret)) {
		wrong = "its secret_key option holds the API key";
	}
	if (wrong) {
		ci_webhook_throw(CI_WEBHOOK_CONFIG, "CryptoCloud postback cannot be verified: %s. This is a configuration problem, "
			"not a forged callback: set the secret_key option to the project's SECRET KEY (project settings in the "
			"CryptoCloud dashboard; it is not the API key)", wrong);
	}
	return wrong == NULL;
}

static void cryptocloud_parse_webhook(ci_gateway *gw, zend_string *body, HashTable *headers, zval *return_value)
{
	zval fields;
	zend_string *invoice_id = NULL, *token = NULL;
	const char *why;

	if (!cryptocloud_can_verify(gw)) {
		return;
	}
	if (ci_webhook_fields(gw, body, &fields) == FAILURE) {
		return;
	}
	invoice_id = cryptocloud_field(&fields, "invoice_id");
	token = cryptocloud_field(&fields, "token");
	zval_ptr_dtor(&fields);
	if (!invoice_id) {
		ci_throw_webhook("CryptoCloud postback is malformed: it names no invoice (no invoice_id field)");
	} else if (!token) {
		ci_throw_webhook("CryptoCloud postback is not signed: it has no token field (a JWT string)");
	} else if ((why = cryptocloud_jwt_check(gw, token, invoice_id)) != NULL) {
		ci_throw_webhook("CryptoCloud postback rejected: %s", why);
	} else {
		/* Verified: the invoice as getInvoice() finds it, since a postback carries no invoiced amount. */
		ci_webhook_lookup(gw, invoice_id, "postback", ", though its token is genuine (are the API key and secret_key of the same CryptoCloud account?)", return_value);
	}
	if (invoice_id) {
		zend_string_release(invoice_id);
	}
	if (token) {
		zend_string_release(token);
	}
}
/* }}} */

/* {{{ Operations */
/* getPaymentMethods(): the create page's coin list, as there is no endpoint for it. Each code names
 * the coin and its network ("USDT_TRC20"); a code without "_" is a coin on its own chain. Whether
 * the shop's project has each switched on is in the dashboard only: available is the page's word. */
static zend_result cryptocloud_payment_methods(const ci_gateway *gw, zval *payload, zval *list, ci_failure *f)
{
	(void)payload;
	for (const char *const *code = cryptocloud_crypto; *code; code++) {
		const char *cut = strchr(*code, '_');
		zval raw;
		ci_method_data m = {.available = true, .raw = &raw};
		zend_result rc;

		array_init(&raw);
		add_assoc_string(&raw, "code", (char *)*code);
		m.currency = cut ? zend_string_init(*code, cut - *code, 0) : zend_string_init(*code, strlen(*code), 0);
		m.network = cut ? zend_string_init(cut + 1, strlen(cut + 1), 0) : NULL;
		rc = ci_payment_method_add(gw, list, &m, f);
		zend_string_release(m.currency);
		if (m.network) {
			zend_string_release(m.network);
		}
		zval_ptr_dtor(&raw);
		if (rc == FAILURE) {
			return FAILURE;
		}
	}
	return SUCCESS;
}

/* The list (docs.cryptocloud.plus, "invoice list"): start and end required, as dd.mm.yyyy (UTC days);
 * limit is the number of the page's last record, at most 100 records a request; its items carry
 * no order id, so each page is read again through info (100 uuids a request). Cancel: only while
 * "created", answering ["ok"]. */
static const ci_operation cryptocloud_operations[] = {
	{.op = CI_OP_CREATE, .path = "/v2/invoice/create", .params = cryptocloud_fields, .finish = cryptocloud_finish_params},
	{.op = CI_OP_LOOKUP, .path = "/v2/invoice/merchant/info", .id_wire = "uuids", .flags = CI_OPF_ID_LIST | CI_OPF_ID_PREFIXED,
		.ids_max = 100},
	{.op = CI_OP_LIST, .path = "/v2/invoice/merchant/list", .answer = CI_ANS_PAYLOAD,
		.flags = CI_OPF_LIMIT_IS_END | CI_OPF_DATES_REQUIRED | CI_OPF_LIST_DETAILS | CI_OPF_SHORT_PAGE_ENDS,
		.paging = {.kind = CI_PAGE_OFFSET, .param = "offset", .size = "limit", .size_max = 100,
			.from = "start", .to = "end", .date_format = "d.m.Y"}},
	{.op = CI_OP_CANCEL, .path = "/v2/invoice/merchant/canceled", .id_wire = "uuid", .flags = CI_OPF_ID_PREFIXED,
		.answer = CI_ANS_PAYLOAD},
	{.op = CI_OP_METHODS, .path = "", .flags = CI_OPF_LOCAL, .answer = CI_ANS_PAYLOAD},
	{.path = NULL},
};
/* }}} */

const ci_provider ci_provider_cryptocloud = {
	.name = "cryptocloud",
	.title = "CryptoCloud",
	.id_key = "shop_id",
	.secret_key = "api_key",
	.base_url = "https://api.cryptocloud.plus",
	.operations = cryptocloud_operations,
	.body_kind = CI_BODY_JSON,
	.out = cryptocloud_out,
	.statuses = cryptocloud_statuses,
	.time_zone = "UTC",
	.id_prefix = "INV-",
	.rate_limit = 0,
	.flags = CI_PROV_SECRET_KEY_OPTION,
	.init_headers = cryptocloud_init_headers,
	.unwrap = cryptocloud_unwrap,
	.finish_invoice = cryptocloud_finish_invoice,
	.payment_methods = cryptocloud_payment_methods,
	.parse_webhook = cryptocloud_parse_webhook,
};
