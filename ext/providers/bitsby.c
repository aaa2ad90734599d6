/* Bitsby: POST /invoices/create, multipart/form-data behind a fixed token header.
 * Page followed: the provider's create page (docs/protocols.md §3, §4).
 *
 * Every form field is text: the transport sends only string body values, so
 * finish_params leaves nothing else behind. The API allows one request per
 * second per token (the engine spaces them, .rate_limit) and deduplicates
 * nothing, so a create is never retried after a 5xx (req->idempotent stays false). */
#include "php.h"
#include "zend_smart_str.h"
#include "ext/json/php_json.h"
#include "ext/standard/php_string.h"
#include "../ci_provider.h"

#define BITSBY_JSON (PHP_JSON_UNESCAPED_SLASHES | PHP_JSON_UNESCAPED_UNICODE)
/* ci_params.c writes "serviceData.<key>" into a 128-byte path buffer: longer keys would be cut. */
#define BITSBY_META_KEY_MAX 100

static const char *const bitsby_fiat[] = {"USD", "EUR", "RUB", NULL};

/* {{{ timeToPay: hours, and only these five */
typedef struct bitsby_time_to_pay {
	zend_long seconds; /* unified expires_in */
	const char *hours; /* the wire text, also the canonical spelling of the native value */
} bitsby_time_to_pay;

static const bitsby_time_to_pay bitsby_times[] = {
	{1800, "0.5"}, {3600, "1"}, {10800, "3"}, {21600, "6"}, {43200, "12"},
};

static void bitsby_expires_in(const ci_gateway *gw, const ci_field *f, zval *value, zval *out,
	const char *param, ci_errors *errs)
{
	ci_field seconds = *f;
	zval n;

	seconds.convert = NULL;
	ci_param_check(gw, &seconds, value, param, errs, &n);
	if (Z_ISUNDEF(n)) {
		return;
	}
	for (size_t i = 0; i < sizeof(bitsby_times) / sizeof(bitsby_times[0]); i++) {
		if (Z_LVAL(n) == bitsby_times[i].seconds) {
			ZVAL_STRING(out, bitsby_times[i].hours);
			return;
		}
	}
	ci_errors_add(errs, param, "%s: %s must be one of 1800, 3600, 10800, 21600 or 43200 seconds, got " ZEND_LONG_FMT,
		gw->provider->title, param, Z_LVAL(n));
}

/* "01.50" -> "1.5": plain decimal text without the zeros that do not change its value. */
static zend_string *bitsby_decimal_trim(zend_string *dec)
{
	const char *s = ZSTR_VAL(dec), *end = s + ZSTR_LEN(dec);

	while (end - s > 1 && s[0] == '0' && s[1] != '.') {
		s++;
	}
	if (memchr(s, '.', end - s)) {
		while (end[-1] == '0') {
			end--;
		}
		if (end[-1] == '.') {
			end--;
		}
	}
	return zend_string_init(s, end - s, 0);
}

/* The native field takes the hours as a number (1, 0.5) or as its text ("0.5", "6"). */
static void bitsby_time_to_pay_hours(const ci_gateway *gw, const ci_field *f, zval *value, zval *out,
	const char *param, ci_errors *errs)
{
	const char *why = NULL;
	zend_string *dec = NULL, *trimmed = NULL;

	ZVAL_UNDEF(out);
	if (Z_TYPE_P(value) == IS_STRING || Z_TYPE_P(value) == IS_LONG || Z_TYPE_P(value) == IS_DOUBLE) {
		dec = ci_decimal_from_zval(value, true, &why);
	}
	if (dec) {
		trimmed = bitsby_decimal_trim(dec);
		for (size_t i = 0; i < sizeof(bitsby_times) / sizeof(bitsby_times[0]); i++) {
			if (zend_string_equals_cstr(trimmed, bitsby_times[i].hours, strlen(bitsby_times[i].hours))) {
				ZVAL_STRING(out, bitsby_times[i].hours);
				break;
			}
		}
	}
	if (Z_ISUNDEF_P(out)) {
		zend_string *shown = ci_param_describe(gw, value);
		ci_errors_add(errs, param, "%s: %s must be one of 0.5, 1, 3, 6 or 12 (hours), got %s",
			gw->provider->title, param, ZSTR_VAL(shown));
		zend_string_release(shown);
	}
	if (dec) {
		zend_string_release(dec);
	}
	if (trimmed) {
		zend_string_release(trimmed);
	}
}
/* }}} */

/* {{{ serviceData: metadata and order_id share it
 * order_id joins metadata's object as its "orderId" member. The members travel through
 * ci_body_set() one by one, so a clash with order_id is reported like any other; each goes as
 * its JSON text wrapped in a one-item list (a list is a leaf ci_body_set() copies whole), and
 * bitsby_service_data_text() writes them back. A JSON object given as text is split into its
 * members without decoding their values: every value goes out byte for byte as it was given
 * ({} stays an object and [] a list, 1.10 keeps its zero, a big integer stays a number). */

/* Whether ci_body_set() can carry this key as one path segment: it splits paths at '.' and
 * stops at NUL, and its path buffer is 128 bytes. */
static bool bitsby_member_key_ok(const char *key, size_t len)
{
	return len <= BITSBY_META_KEY_MAX && !memchr(key, '.', len) && !memchr(key, '\0', len);
}

static void bitsby_member(zval *members, zend_string *key, zend_string *json)
{
	zval leaf;

	array_init_size(&leaf, 1);
	add_next_index_str(&leaf, json);
	zend_hash_update(Z_ARRVAL_P(members), key, &leaf);
}

static const char *bitsby_json_ws(const char *p, const char *end)
{
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')) {
		p++;
	}
	return p;
}

/* The end of the JSON value at p, in text the decoder has already accepted whole. */
static const char *bitsby_json_skip(const char *p, const char *end)
{
	int depth = 0;

	do {
		if (*p == '"') {
			for (p++; p < end && *p != '"'; p++) {
				p += *p == '\\'; /* an escaped character, '"' included */
			}
			p++;
		} else if (*p == '{' || *p == '[') {
			depth++;
			p++;
		} else if (*p == '}' || *p == ']') {
			depth--;
			p++;
		} else if (depth == 0) {
			while (p < end && *p != ',' && *p != '}' && *p != ']' && *p != ' ' && *p != '\t' && *p != '\r' && *p != '\n') {
				p++;
			}
			return p;
		} else {
			p++;
		}
	} while (p < end && depth > 0);
	return p;
}

/* The members of a JSON object text, each value as its own text; false when s is not one
 * JSON object or a key cannot travel as one path segment (then it goes as one text). */
static bool bitsby_meta_members(zend_string *s, zval *members)
{
	const char *p = ZSTR_VAL(s), *end = p + ZSTR_LEN(s);
	zval probe, key;

	p = bitsby_json_ws(p, end);
	if (p == end || *p != '{' || ci_json_decode(p, end - p, &probe) == FAILURE) {
		return false;
	}
	zval_ptr_dtor(&probe);
	array_init(members);
	for (p = bitsby_json_ws(p + 1, end); p < end && *p != '}';) {
		const char *k = p, *v;
		zend_string *token;
		zend_result decoded;

		p = bitsby_json_skip(p, end);
		/* ext/json's scanner needs the text to end in NUL right after it: decode a copy. */
		token = zend_string_init(k, p - k, 0);
		decoded = ci_json_decode(ZSTR_VAL(token), ZSTR_LEN(token), &key);
		zend_string_release(token);
		if (decoded == FAILURE || Z_TYPE(key) != IS_STRING || !bitsby_member_key_ok(Z_STRVAL(key), Z_STRLEN(key))) {
			zval_ptr_dtor(&key);
			zval_ptr_dtor(members);
			ZVAL_UNDEF(members);
			return false;
		}
		v = bitsby_json_ws(bitsby_json_ws(p, end) + 1, end); /* past ':' */
		p = bitsby_json_skip(v, end);
		bitsby_member(members, Z_STR(key), zend_string_init(v, p - v, 0));
		zval_ptr_dtor(&key);
		p = bitsby_json_ws(p, end);
		if (p < end && *p == ',') {
			p = bitsby_json_ws(p + 1, end);
		}
	}
	return true;
}

/* The members of an array with string keys, each value JSON-encoded; false for a list or
 * integer keys (it then goes as one text). The array holds data only (ci_param_plain()). */
static bool bitsby_array_members(HashTable *ht, zval *members)
{
	zend_string *key, *json;
	zval *v;

	if (zend_hash_num_elements(ht) > 0 && zend_array_is_list(ht)) {
		return false;
	}
	ZEND_HASH_FOREACH_STR_KEY(ht, key) {
		if (!key || !bitsby_member_key_ok(ZSTR_VAL(key), ZSTR_LEN(key))) {
			return false;
		}
	} ZEND_HASH_FOREACH_END();
	array_init_size(members, zend_hash_num_elements(ht));
	ZEND_HASH_FOREACH_STR_KEY_VAL(ht, key, v) {
		if (!(json = ci_json_encode(v, BITSBY_JSON))) {
			zval_ptr_dtor(members);
			ZVAL_UNDEF(members);
			return false;
		}
		bitsby_member(members, key, json);
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* metadata: an object (array, or a JSON object string) merges with order_id's orderId key by
 * key; anything else is one text, which together with order_id is a conflict the engine reports. */
static void bitsby_metadata(const ci_gateway *gw, const ci_field *f, zval *value, zval *out,
	const char *param, ci_errors *errs)
{
	ci_field as_string = *f;
	zend_string *json;

	as_string.type = CI_P_STRING;
	as_string.convert = NULL;
	if (Z_TYPE_P(value) == IS_STRING) {
		if (!bitsby_meta_members(Z_STR_P(value), out)) {
			ci_param_check(gw, &as_string, value, param, errs, out);
		}
		return;
	}
	if (Z_TYPE_P(value) != IS_ARRAY) {
		zend_string *shown = ci_param_describe(gw, value);
		ci_errors_add(errs, param, "%s: %s must be a string or an array, got %s", gw->provider->title, param, ZSTR_VAL(shown));
		zend_string_release(shown);
		return;
	}
	if (!ci_param_plain(gw, value, param, errs)) {
		return;
	}
	json = ci_json_encode(value, BITSBY_JSON);
	if (!json) {
		ci_errors_add(errs, param, "%s: %s must hold only valid UTF-8 text", gw->provider->title, param);
		return;
	}
	if (bitsby_array_members(Z_ARRVAL_P(value), out)) {
		zend_string_release(json);
	} else {
		ZVAL_STR(out, json);
	}
}

/* The merged serviceData object as the JSON text Bitsby stores and echoes back: metadata's
 * members as their own text, order_id's orderId encoded here. */
static void bitsby_service_data_text(const ci_gateway *gw, zval *sd, ci_errors *errs)
{
	zend_string *key;
	zval *v, zkey;
	smart_str out = {0};

	smart_str_appendc(&out, '{');
	ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(sd), key, v) {
		zval *raw = Z_TYPE_P(v) == IS_ARRAY ? zend_hash_index_find(Z_ARRVAL_P(v), 0) : NULL;
		zend_string *json;

		if (!key) {
			continue;
		}
		if (ZSTR_LEN(out.s) > 1) {
			smart_str_appendc(&out, ',');
		}
		ZVAL_STR(&zkey, key);
		json = ci_json_encode(&zkey, BITSBY_JSON);
		if (json) {
			smart_str_append(&out, json);
			zend_string_release(json);
		}
		smart_str_appendc(&out, ':');
		if (raw && Z_TYPE_P(raw) == IS_STRING) {
			smart_str_append(&out, Z_STR_P(raw));
		} else if ((json = ci_json_encode(v, BITSBY_JSON))) {
			smart_str_append(&out, json);
			zend_string_release(json);
		} else {
			smart_str_free(&out);
			ci_errors_add(errs, "metadata", "%s: serviceData could not be encoded as JSON", gw->provider->title);
			return;
		}
	} ZEND_HASH_FOREACH_END();
	smart_str_appendc(&out, '}');
	smart_str_0(&out);
	zval_ptr_dtor(sd);
	ZVAL_STR(sd, out.s);
}
/* }}} */

/* The project id is the constructor's: one gateway, one project. */
/* {{{ Parameters */
#define WALLETS_HINT "the payer picks one of the project's wallets on the payment page; the wallets set in the Bitsby project decide which coins and networks are offered"
static const ci_field bitsby_fields[] = {
	/* unified keys */
	{.key = "amount", .wire = "amountFiat", .type = CI_P_AMOUNT, .flags = CI_F_UNIFIED | CI_F_REQUIRED},
	{.key = "currency", .wire = "currencyFiat", .type = CI_P_STRING,
		.flags = CI_F_UNIFIED | CI_F_REQUIRED, .choices = bitsby_fiat},
	{.key = "order_id", .wire = "serviceData.orderId", .type = CI_P_STRING,
		.flags = CI_F_UNIFIED | CI_F_RANGE, .min = 1, .max = 255},
	/* also Bitsby's own key */
	{.key = "description", .wire = "description", .type = CI_P_STRING, .flags = CI_F_UNIFIED},
	CI_NOT_EXPRESSIBLE("email", CI_P_EMAIL,
		"its payment page does not collect the payer's email; keep it in your order, or send it in metadata (serviceData)"),
	{.key = "expires_in", .wire = "timeToPay", .type = CI_P_INT, .flags = CI_F_UNIFIED, .convert = bitsby_expires_in},
	CI_NOT_EXPRESSIBLE("callback_url", CI_P_URL, "the webhook URL is set in the Bitsby project settings"),
	CI_NOT_EXPRESSIBLE("return_url", CI_P_URL,
		"its payment page has no link back to the shop; the webhook set in the Bitsby project settings reports the payment"),
	CI_NOT_EXPRESSIBLE("success_url", CI_P_URL,
		"its payment page has no link back to the shop; the webhook set in the Bitsby project settings reports the payment"),
	CI_NOT_EXPRESSIBLE("pay_currency", CI_P_STRING, WALLETS_HINT),
	CI_NOT_EXPRESSIBLE("network", CI_P_STRING, WALLETS_HINT),
	CI_NOT_EXPRESSIBLE("accepted_currencies", CI_P_LIST, WALLETS_HINT),
	{.key = "metadata", .wire = "serviceData", .type = CI_P_META, .flags = CI_F_UNIFIED, .convert = bitsby_metadata},
	CI_NOT_EXPRESSIBLE("idempotency_key", CI_P_STRING,
		"Bitsby does not deduplicate requests, so this client never retries a create after a 5xx; look an invoice up by its id instead"),
	/* Bitsby's own keys (projectId comes from the constructor) */
	/* A credential: it comes from the constructor, never from an invoice's parameters. */
	{.key = "projectId", .type = CI_P_STRING,
		.hint = "it is the project id given to the constructor (new Bitsby($projectId, $apiToken)); use a gateway of that project instead of passing it here"},
	{.key = "amountFiat", .wire = "amountFiat", .type = CI_P_AMOUNT},
	{.key = "currencyFiat", .wire = "currencyFiat", .type = CI_P_STRING, .choices = bitsby_fiat},
	{.key = "serviceData", .wire = "serviceData", .type = CI_P_STRING},
	{.key = "timeToPay", .wire = "timeToPay", .type = CI_P_STRING, .convert = bitsby_time_to_pay_hours},
	{NULL},
};
#undef WALLETS_HINT
/* }}} */

/* {{{ Answers */
static const ci_out_field bitsby_out[] = {
	{.prop = CI_INV_ID, .path = "id", .type = CI_O_STRING, .flags = CI_O_REQUIRED},
	{.prop = CI_INV_PROVIDER_STATUS, .path = "status", .type = CI_O_STRING}, /* lookups only; a new invoice is "unpaid" */
	{.prop = CI_INV_AMOUNT, .path = "amountFiat", .type = CI_O_DECIMAL},     /* lookups only; creates echo the request */
	{.prop = CI_INV_CURRENCY, .path = "currencyFiat", .type = CI_O_STRING},
	{.prop = CI_INV_URL, .path = "url", .type = CI_O_URL},
	{.prop = CI_INV_CREATED_AT, .path = "createDatetime", .type = CI_O_TIME},
	{.prop = CI_INV_EXPIRES_AT, .path = "timeToPayDatetime", .type = CI_O_TIME},
	{0},
};

static const ci_status_word bitsby_statuses[] = {
	{"unpaid", CI_ST_CREATED},
	{"paid", CI_ST_PAID},
	{"canceled", CI_ST_CANCELED},
	{"expired", CI_ST_EXPIRED},
	{NULL},
};
/* }}} */

/* projectId is a UUID (8-4-4-4-12 hex digits); say so before anything is sent. */
static bool bitsby_is_uuid(const zend_string *s)
{
	if (ZSTR_LEN(s) != 36) {
		return false;
	}
	for (size_t i = 0; i < 36; i++) {
		char c = ZSTR_VAL(s)[i];
		bool dash = (i == 8 || i == 13 || i == 18 || i == 23);
		if (dash ? c != '-' : !isxdigit((unsigned char)c)) {
			return false;
		}
	}
	return true;
}

/* {{{ Hooks */
static void bitsby_check_credentials(const ci_gateway *gw, ci_errors *errs)
{
	if (!bitsby_is_uuid(gw->id)) {
		ci_errors_add(errs, "project_id", "Bitsby: project_id must be a UUID such as 9deea1e2-0c08-41a3-bdc2-a34eada3892d");
	}
}

static void bitsby_init_headers(ci_gateway *gw)
{
	ci_gateway_add_header(gw, "Authorization: Token %s", ZSTR_VAL(gw->secret));
}

/* The create page's field order, so every request reads the same whatever order the caller used. */
static void bitsby_order_body(ci_request *req)
{
	static const char *const order[] = {"projectId", "amountFiat", "currencyFiat", "description", "serviceData", "timeToPay", NULL};
	zval sorted, *v;
	zend_string *key;

	array_init_size(&sorted, zend_hash_num_elements(Z_ARRVAL(req->body)));
	for (size_t i = 0; order[i]; i++) {
		if ((v = zend_hash_str_find(Z_ARRVAL(req->body), order[i], strlen(order[i])))) {
			Z_TRY_ADDREF_P(v);
			zend_hash_str_add_new(Z_ARRVAL(sorted), order[i], strlen(order[i]), v);
		}
	}
	ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL(req->body), key, v) {
		if (key && !zend_hash_exists(Z_ARRVAL(sorted), key)) {
			Z_TRY_ADDREF_P(v);
			zend_hash_add_new(Z_ARRVAL(sorted), key, v);
		}
	} ZEND_HASH_FOREACH_END();
	zval_ptr_dtor(&req->body);
	ZVAL_COPY_VALUE(&req->body, &sorted);
}

/* A required field the unified key or its native twin may fill: "amount is required" only when
 * neither was given, not beside the error about a wrong amountFiat. */
static void bitsby_finish_params(const ci_gateway *gw, ci_request *req, ci_errors *errs)
{
	zval *v, hours;

	if ((v = zend_hash_str_find(Z_ARRVAL(req->body), "serviceData", sizeof("serviceData") - 1)) && Z_TYPE_P(v) == IS_ARRAY) {
		bitsby_service_data_text(gw, v, errs);
	}
	/* timeToPay is required there; an hour is what a shop would expect when it says nothing. */
	if (!zend_hash_str_exists(Z_ARRVAL(req->body), "timeToPay", sizeof("timeToPay") - 1)) {
		ZVAL_STRING(&hours, "1");
		ci_body_put(req, "timeToPay", &hours);
		zval_ptr_dtor(&hours);
	}
	ci_body_put_str(req, "projectId", gw->id);
	/* Form fields are text: the transport skips anything else. */
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL(req->body), v) {
		if (Z_TYPE_P(v) == IS_LONG) {
			ZVAL_STR(v, zend_long_to_str(Z_LVAL_P(v)));
		}
	} ZEND_HASH_FOREACH_END();
	bitsby_order_body(req);
}

/* "projectId: project not found; amountFiat: ..." as {field: message} when every part reads
 * "<field>: <message>"; UNDEF when the text is one plain sentence. */
static void bitsby_error_fields(zend_string *message, zval *out)
{
	const char *s = ZSTR_VAL(message), *end = s + ZSTR_LEN(message);

	array_init(out);
	while (s < end) {
		const char *stop = php_memnstr(s, "; ", 2, end);
		const char *colon, *name = s;

		stop = stop ? stop : end;
		while (s < stop && (isalnum((unsigned char)*s) || *s == '_' || *s == '.')) {
			s++;
		}
		colon = s;
		if (colon == name || stop - colon < 3 || colon[0] != ':' || colon[1] != ' ') {
			zval_ptr_dtor(out);
			ZVAL_UNDEF(out);
			return;
		}
		add_assoc_stringl_ex(out, name, colon - name, (char *)colon + 2, stop - colon - 2);
		s = stop < end ? stop + 2 : end;
	}
	if (zend_hash_num_elements(Z_ARRVAL_P(out)) == 0) {
		zval_ptr_dtor(out);
		ZVAL_UNDEF(out);
	}
}

static ci_reply bitsby_unwrap_error(const ci_gateway *gw, const ci_request *req, zend_long http, zend_string *message, ci_failure *f)
{
	const char *s = ZSTR_VAL(message), *end = s + ZSTR_LEN(message);
	ci_reply kind = CI_REPLY_ERROR;
	zval errors;

	/* "Requests too frequent" is a rate limit whatever the HTTP status says (200 included). */
	if (php_memnistr(s, "too frequent", sizeof("too frequent") - 1, end)) {
		kind = CI_REPLY_RATE_LIMIT;
	} else if (php_memnistr(s, "invalid token", sizeof("invalid token") - 1, end)
			|| php_memnistr(s, "unauthorized", sizeof("unauthorized") - 1, end)) {
		kind = CI_REPLY_AUTH;
	} else if (ci_request_names_invoice(req) && ci_says_not_found(s, ZSTR_LEN(message))) {
		kind = CI_REPLY_NOT_FOUND;
	}
	bitsby_error_fields(message, &errors);
	ci_failure_provider(gw, f, kind, http, s, Z_ISUNDEF(errors) ? NULL : &errors);
	zval_ptr_dtor(&errors);
	return kind;
}

/* The list answer holds the invoice asked for; anything else in it is not this lookup's answer. */
static ci_reply bitsby_unwrap_list(const ci_gateway *gw, const ci_request *req, zend_long http, zval *data,
	zval **payload, ci_failure *f)
{
	zval *id = zend_hash_str_find(Z_ARRVAL(req->body), "invoiceId", sizeof("invoiceId") - 1);
	zval *item, *item_id;

	if (Z_TYPE_P(data) != IS_ARRAY || !zend_array_is_list(Z_ARRVAL_P(data))) {
		ci_failure_provider(gw, f, CI_REPLY_UNEXPECTED, http, "expected {\"result\":\"success\",\"data\":[...]}", NULL);
		return CI_REPLY_UNEXPECTED;
	}
	if (zend_hash_num_elements(Z_ARRVAL_P(data)) == 0) {
		ci_failure_provider(gw, f, CI_REPLY_NOT_FOUND, http, "its invoice list for this id is empty", NULL);
		return CI_REPLY_NOT_FOUND;
	}
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(data), item) {
		item_id = ci_payload_get(item, "id");
		if (id && Z_TYPE_P(id) == IS_STRING && item_id && Z_TYPE_P(item_id) == IS_STRING
				&& ci_engine_same_id(gw->provider, Z_STRVAL_P(item_id), Z_STRLEN_P(item_id), Z_STRVAL_P(id), Z_STRLEN_P(id))) {
			*payload = item;
			return CI_REPLY_OK;
		}
	} ZEND_HASH_FOREACH_END();
	ci_failure_provider(gw, f, CI_REPLY_UNEXPECTED, http, "the invoice list does not hold the invoice asked for", NULL);
	return CI_REPLY_UNEXPECTED;
}

static ci_reply bitsby_unwrap(const ci_gateway *gw, const ci_request *req, zend_long http, zval *json,
	zval **payload, ci_failure *f)
{
	zval *result = zend_hash_str_find(Z_ARRVAL_P(json), "result", sizeof("result") - 1);
	zval *data = zend_hash_str_find(Z_ARRVAL_P(json), "data", sizeof("data") - 1);

	if (result && data && Z_TYPE_P(result) == IS_STRING) {
		if (zend_string_equals_literal(Z_STR_P(result), "error") && Z_TYPE_P(data) == IS_STRING) {
			return bitsby_unwrap_error(gw, req, http, Z_STR_P(data), f);
		}
		if (zend_string_equals_literal(Z_STR_P(result), "success") && ci_request_wants_payload(req)) {
			*payload = data;
			return CI_REPLY_OK;
		}
		if (zend_string_equals_literal(Z_STR_P(result), "success") && req->op == CI_OP_LOOKUP) {
			return bitsby_unwrap_list(gw, req, http, data, payload, f);
		}
		if (zend_string_equals_literal(Z_STR_P(result), "success") && Z_TYPE_P(data) == IS_ARRAY
				&& !zend_array_is_list(Z_ARRVAL_P(data))) {
			*payload = data;
			return CI_REPLY_OK;
		}
	}
	ci_failure_provider(gw, f, CI_REPLY_UNEXPECTED, http, "expected {\"result\":\"success\",\"data\":{...}}", NULL);
	return CI_REPLY_UNEXPECTED;
}

/* orderId inside serviceData's JSON text, as order_id put it there (or the caller's own serviceData did). */
static zend_string *bitsby_order_id(zval *service_data)
{
	zval data, *id;
	zend_string *text = NULL;

	if (!service_data || Z_TYPE_P(service_data) != IS_STRING
			|| ci_json_decode(Z_STRVAL_P(service_data), Z_STRLEN_P(service_data), &data) == FAILURE) {
		return NULL;
	}
	id = Z_TYPE(data) == IS_ARRAY ? zend_hash_str_find(Z_ARRVAL(data), "orderId", sizeof("orderId") - 1) : NULL;
	if (id && ((Z_TYPE_P(id) == IS_STRING && Z_STRLEN_P(id) > 0) || Z_TYPE_P(id) == IS_LONG)) {
		text = ci_payload_text(id);
	}
	zval_ptr_dtor(&data);
	return text;
}

/* One wallet as a payment option: coin (uppercased), chain, address and the reserved amount. */
static bool bitsby_wallet_option(zval *w, ci_invoice_data *inv)
{
	zval *coin = ci_payload_get(w, "cryptocurrency"), *chain = ci_payload_get(w, "blockchain");
	zval *address = ci_payload_get(w, "address"), *reserved = ci_payload_get(w, "amountCrypto");
	zend_string *amount = reserved ? ci_payload_text(reserved) : NULL, *currency;
	bool ok = coin && Z_TYPE_P(coin) == IS_STRING && Z_STRLEN_P(coin) > 0
		&& (!chain || Z_TYPE_P(chain) == IS_STRING) && (!address || Z_TYPE_P(address) == IS_STRING)
		&& (!reserved || (amount && ci_decimal_is_plain(ZSTR_VAL(amount), ZSTR_LEN(amount))));

	if (ok) {
		currency = zend_string_toupper(Z_STR_P(coin));
		ok = ci_invoice_add_option(inv, currency, chain ? Z_STR_P(chain) : NULL, address ? Z_STR_P(address) : NULL, amount);
		zend_string_release(currency);
	}
	if (amount) {
		zend_string_release(amount);
	}
	return ok;
}

static zend_result bitsby_wallets(const ci_gateway *gw, zval *payload, ci_invoice_data *inv, ci_failure *f)
{
	zval *wallets = ci_payload_get(payload, "wallets"), *w;
	zend_ulong i = 0;

	if (!wallets) {
		return SUCCESS;
	}
	if (Z_TYPE_P(wallets) != IS_ARRAY || !zend_array_is_list(Z_ARRVAL_P(wallets))) {
		ci_failure_set(f, ci_ce_UnexpectedResponseException, 200, "%s answered with an invalid wallets (%s)",
			gw->provider->title, zend_zval_type_name(wallets));
		return FAILURE;
	}
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(wallets), w) {
		if (!bitsby_wallet_option(w, inv)) {
			ci_failure_set(f, ci_ce_UnexpectedResponseException, 200, "%s answered with an invalid wallets[" ZEND_ULONG_FMT "]",
				gw->provider->title, i);
			return FAILURE;
		}
		i++;
	} ZEND_HASH_FOREACH_END();
	return SUCCESS;
}

/* The create answer has neither status, amount nor currency: a new invoice is unpaid, and
 * it is for what was asked. Lookups and webhooks read them from the list answer. */
static zend_result bitsby_finish_invoice(const ci_gateway *gw, const ci_request *req, zval *payload,
	ci_invoice_data *inv, ci_failure *f)
{
	zval *service_data;
	zend_string *order_id;

	if (req && req->op == CI_OP_CREATE) {
		zval *amount = zend_hash_str_find(Z_ARRVAL(req->body), "amountFiat", sizeof("amountFiat") - 1);
		zval *currency = zend_hash_str_find(Z_ARRVAL(req->body), "currencyFiat", sizeof("currencyFiat") - 1);

		ci_invoice_set_str(inv, CI_INV_AMOUNT, amount && Z_TYPE_P(amount) == IS_STRING ? Z_STR_P(amount) : NULL);
		ci_invoice_set_str(inv, CI_INV_CURRENCY, currency && Z_TYPE_P(currency) == IS_STRING ? Z_STR_P(currency) : NULL);
		if (Z_ISUNDEF(inv->props[CI_INV_PROVIDER_STATUS])) {
			ZVAL_STRING(&inv->props[CI_INV_PROVIDER_STATUS], "unpaid");
		}
		service_data = zend_hash_str_find(Z_ARRVAL(req->body), "serviceData", sizeof("serviceData") - 1);
	} else {
		service_data = ci_payload_get(payload, "serviceData");
	}
	order_id = bitsby_order_id(service_data);
	ci_invoice_set_str(inv, CI_INV_ORDER_ID, order_id && ci_text_clean(order_id) ? order_id : NULL);
	if (order_id) {
		zend_string_release(order_id);
	}
	return bitsby_wallets(gw, payload, inv, f);
}

/* No signature scheme is documented: the callback only names an invoice, and what
 * getInvoice() finds for it is the answer. Its own status and amount are never believed. */
static void bitsby_parse_webhook(ci_gateway *gw, zend_string *body, HashTable *headers, zval *return_value)
{
	static const char *const id_keys[] = {"invoiceId", "id", NULL};

	ci_webhook_confirm_by_lookup(gw, body, id_keys, return_value);
}
/* }}} */

/* {{{ Operations */
/* The list (docs.bitsby.app, "invoice list"): startDate and endDate as Y-m-d, one status word a
 * request, offset and limit, no largest page documented (so only an empty page ends a walk). Cancel ("invoice cancellation"): only unpaid and never viewed,
 * answering "Invoice canceled". Every request, pages included, keeps to one a second. */
static const ci_operation bitsby_operations[] = {
	{.op = CI_OP_CREATE, .path = "/invoices/create", .params = bitsby_fields, .finish = bitsby_finish_params},
	{.op = CI_OP_LOOKUP, .path = "/invoices/list", .id_wire = "invoiceId"},
	{.op = CI_OP_LIST, .path = "/invoices/list", .flags = CI_OPF_STATUS_ONE, .answer = CI_ANS_PAYLOAD,
		.paging = {.kind = CI_PAGE_OFFSET, .param = "offset", .size = "limit", .size_max = 100,
			.from = "startDate", .to = "endDate", .date_format = "Y-m-d", .status = "status"}},
	{.op = CI_OP_CANCEL, .path = "/invoices/cancel", .id_wire = "invoiceId", .answer = CI_ANS_PAYLOAD},
	{.path = NULL},
};
/* }}} */

const ci_provider ci_provider_bitsby = {
	.name = "bitsby",
	.title = "Bitsby",
	.id_key = "project_id",
	.secret_key = "api_token",
	.base_url = "https://api.bitsby.app",
	.operations = bitsby_operations,
	.body_kind = CI_BODY_FORM,
	.out = bitsby_out,
	.statuses = bitsby_statuses,
	.time_zone = "UTC",
	.rate_limit = 1.0, /* the API allows one request per second per key */
	.check_credentials = bitsby_check_credentials,
	.init_headers = bitsby_init_headers,
	.unwrap = bitsby_unwrap,
	.finish_invoice = bitsby_finish_invoice,
	.parse_webhook = bitsby_parse_webhook,
};
