/* The rest of the invoice's life (SPEC §6): supports(), findInvoice(), getInvoices(),
 * listInvoices(), cancelInvoice(), refundInvoice(), getPaymentMethods() and request().
 *
 * Every method is the same few steps: check the caller's input, find the provider's row for the
 * operation (none: UnsupportedOperationException, nothing sent), build the request from the row,
 * and run it through the engine, so signing, pooling, rate limits, retries (per the policy's retry
 * class of the operation), errors and secrets are those of createInvoice(). */
#include "php.h"
#include "zend_exceptions.h"
#include "zend_enum.h"
#include "ext/date/php_date.h"
#include "php_cryptoinvoice.h"
#include "ci_classes.h"
#include "ci_engine.h"
#include "ci_params.h"
#include "ci_list.h"
#include "ci_log.h"
#include "ci_policy.h"
#include "zend_smart_str.h"

/* {{{ Operation names */
typedef struct ci_op_name {
	const char *name;   /* supports()'s word */
	const char *method; /* the Gateway method, also accepted by supports() */
	ci_op op;
} ci_op_name;

static const ci_op_name ci_op_names[] = {
	{"create", "createInvoice", CI_OP_CREATE},
	{"create", "createInvoices", CI_OP_CREATE},
	{"lookup", "getInvoice", CI_OP_LOOKUP},
	{"getInvoices", "getInvoices", CI_OP_LOOKUP},
	{"find", "findInvoice", CI_OP_FIND},
	{"list", "listInvoices", CI_OP_LIST},
	{"cancel", "cancelInvoice", CI_OP_CANCEL},
	{"refund", "refundInvoice", CI_OP_REFUND},
	{"paymentMethods", "getPaymentMethods", CI_OP_METHODS},
	{"request", "request", CI_OP_REQUEST},
	{"webhook", "parseWebhook", CI_OP_REQUEST},
};
#define CI_OP_NAME_COUNT (sizeof(ci_op_names) / sizeof(ci_op_names[0]))

static bool ci_name_is(const zend_string *name, const char *word)
{
	return ZSTR_LEN(name) == strlen(word) && zend_binary_strcasecmp(ZSTR_VAL(name), ZSTR_LEN(name), word, strlen(word)) == 0;
}

static bool ci_provider_supports(const ci_provider *p, ci_op op)
{
	switch (op) {
		case CI_OP_REQUEST:
			return true; /* request() and parseWebhook(): every provider */
		case CI_OP_FIND:
			return ci_operation_find(p, CI_OP_FIND) || ci_operation_find(p, CI_OP_LIST); /* look up, or scan */
		default:
			return ci_operation_find(p, op) != NULL;
	}
}

/* The providers that offer op, for messages: "CryptoCloud and Bitsby". */
static zend_string *ci_providers_offering(ci_op op)
{
	smart_str out = {0};
	size_t n = 0, total = 0;

	for (size_t i = 0; i < ci_provider_count(); i++) {
		total += ci_provider_supports(ci_provider_at(i), op);
	}
	for (size_t i = 0; i < ci_provider_count(); i++) {
		const ci_provider *p = ci_provider_at(i);
		if (ci_provider_supports(p, op)) {
			smart_str_appends(&out, n == 0 ? "" : (n + 1 == total ? " and " : ", "));
			smart_str_appends(&out, p->title);
			n++;
		}
	}
	smart_str_0(&out);
	return out.s ? out.s : zend_string_init("no provider", sizeof("no provider") - 1, 0);
}

/* The row of op, or NULL after UnsupportedOperationException: nothing is sent. */
static const ci_operation *ci_row_or_throw(const ci_gateway *gw, ci_op op, const char *method, const char *what)
{
	const ci_operation *row = ci_operation_find(gw->provider, op);
	zend_string *who;

	if (row) {
		return row;
	}
	who = ci_providers_offering(op);
	zend_throw_exception_ex(ci_ce_UnsupportedOperationException, 0,
		"%s does not support %s(): its API has no way to %s (%s do); nothing was sent. supports() tells in advance",
		gw->provider->title, method, what, ZSTR_VAL(who));
	zend_string_release(who);
	return NULL;
}
/* }}} */

/* {{{ Shared steps */
/* Throws f, as getInvoice() does: a bad argument is an InvalidArgumentException naming it. */
static void ci_throw_f(const ci_gateway *gw, ci_failure *f, const char *param, int attempts)
{
	if (f->ce == ci_ce_InvalidArgumentException) {
		ci_throw_invalid(param, "%s", ZSTR_VAL(f->message));
	} else {
		ci_failure_throw(f, gw->provider->name, attempts);
	}
}

/* Whether the id may be sent; else InvalidArgumentException naming param. */
static bool ci_id_ok(const ci_gateway *gw, zend_string *id, const char *param, const char *what)
{
	ci_failure f;
	bool bad;

	ci_failure_init(&f);
	bad = ci_engine_id_invalid(gw, id, param, what, &f);
	if (bad) {
		ci_throw_f(gw, &f, param, 0);
	}
	ci_failure_dtor(&f);
	return !bad;
}

/* Whether the order id is one createInvoice() could have sent; else InvalidArgumentException. An
 * id the provider's own rules refuse (Cryptomus: letters, digits, _ and -, at most 128) was never
 * given to an invoice: saying so beats a null, or the provider's validation error (a 422 from
 * Cryptomus) in the middle of a recovery. */
static bool ci_order_id_ok(const ci_gateway *gw, zend_string *order_id)
{
	const ci_operation *create = ci_operation_find(gw->provider, CI_OP_CREATE);
	ci_errors errs;
	zval given, wire;

	if (!ci_id_ok(gw, order_id, "orderId", "the shop's order id")) {
		return false;
	}
	for (const ci_field *f = create ? create->params : NULL; f && f->key; f++) {
		if (strcmp(f->key, "order_id") != 0) {
			continue;
		}
		ci_errors_init(&errs);
		ZVAL_STR(&given, order_id);
		ci_param_check(gw, f, &given, "orderId", &errs, &wire);
		zval_ptr_dtor(&wire);
		if (ci_errors_any(&errs)) {
			ci_errors_throw(&errs, gw->provider->title);
			return false;
		}
		ci_errors_dtor(&errs);
		break;
	}
	return true;
}

/* The caller's keys walked through the row's parameter table; false after throwing. */
static bool ci_build_params(const ci_gateway *gw, HashTable *params, ci_request *req)
{
	ci_errors errs;

	ci_errors_init(&errs);
	ci_params_build(gw, params, req, &errs);
	if (EG(exception)) {
		ci_errors_dtor(&errs);
		return false;
	}
	if (ci_errors_any(&errs)) {
		ci_errors_throw(&errs, gw->provider->title);
		return false;
	}
	ci_errors_dtor(&errs);
	return true;
}
/* }}} */

/* {{{ supports() */
ZEND_METHOD(CryptoInvoice_Cryptomus, supports)
{
	zend_string *name;
	ci_gateway *gw;
	ci_suggest s;
	const char *best;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(name)
	ZEND_PARSE_PARAMETERS_END();

	if (!(gw = ci_gateway_ready(ZEND_THIS))) {
		RETURN_THROWS();
	}
	ci_suggest_init(&s, ZSTR_VAL(name), ZSTR_LEN(name));
	for (size_t i = 0; i < CI_OP_NAME_COUNT; i++) {
		if (ci_name_is(name, ci_op_names[i].name) || ci_name_is(name, ci_op_names[i].method)) {
			RETURN_BOOL(ci_provider_supports(gw->provider, ci_op_names[i].op));
		}
		ci_suggest_offer(&s, ci_op_names[i].name);
		ci_suggest_offer(&s, ci_op_names[i].method); /* "cancel_invoice" is nearest to cancelInvoice */
	}
	best = ci_suggest_best(&s, true);
	zval shown;
	ZVAL_STR(&shown, name);
	zend_string *got = ci_param_describe(gw, &shown);
	ci_throw_invalid("operation", "%s: operation must be one of create, lookup, getInvoices, find, list, cancel, refund, "
		"paymentMethods, request, webhook (or the method's name), got %s%s%s%s", gw->provider->title, ZSTR_VAL(got),
		best ? " (did you mean \"" : "", best ? best : "", best ? "\"?)" : "");
	zend_string_release(got);
	RETURN_THROWS();
}
/* }}} */

/* {{{ Dates */
/* 0000-01-01 to 9999-12-31 UTC: what the providers' date formats write (a four-digit year). Beyond,
 * a date went out as text no provider reads, and one near the end of time wrapped round into the
 * distant past when moved into the provider's zone. Doubles: zend_long may be 32 bits. */
static bool ci_date_in_range(zend_long at)
{
	return (double)at >= -62167219200.0 && (double)at <= 253402300799.0;
}
/* }}} */

/* {{{ findInvoice() */
/* The list's invoices, newest first, until one has the order id. */
static void ci_find_by_scan(zval *self, zend_string *order_id, zend_long since, zval *return_value)
{
	ci_list_filter flt = {.has_from = true, .from = since, .now = (zend_long)time(NULL)};
	zval list, *inv;
	bool first = true;

	ci_list_create(self, &flt, &list);
	while ((inv = ci_list_next_invoice(Z_OBJ(list), first))) {
		zval rv, *got = zend_read_property(ci_ce_Invoice, Z_OBJ_P(inv), "orderId", sizeof("orderId") - 1, 1, &rv);
		first = false;
		if (Z_TYPE_P(got) == IS_STRING && zend_string_equals(Z_STR_P(got), order_id)) {
			RETVAL_COPY(inv);
			break;
		}
	}
	zval_ptr_dtor(&list);
}

/* A direct lookup by order id: null when the provider does not know it. */
static void ci_find_by_lookup(ci_gateway *gw, const ci_operation *row, zend_string *order_id, zval *return_value)
{
	ci_request req;
	ci_lookup want = {.prop = CI_INV_ORDER_ID, .value = order_id};
	ci_failure f;
	int attempts = 0;

	ci_request_init_id(gw, &req, row, order_id);
	ci_failure_init(&f);
	if (ci_engine_run_lookup(gw, &req, &want, return_value, &f, &attempts) == FAILURE) {
		ZVAL_NULL(return_value);
		if (!f.not_found) {
			ci_failure_throw(&f, gw->provider->name, attempts);
		}
	}
	ci_failure_dtor(&f);
	ci_request_dtor(&req);
}

ZEND_METHOD(CryptoInvoice_Cryptomus, findInvoice)
{
	zend_string *order_id;
	zend_object *since_obj = NULL;
	zend_long now = (zend_long)time(NULL), since = now - 86400;
	const ci_operation *row;
	ci_gateway *gw;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(order_id)
		Z_PARAM_OPTIONAL
		Z_PARAM_OBJ_OF_CLASS_OR_NULL(since_obj, php_date_get_interface_ce())
	ZEND_PARSE_PARAMETERS_END();

	if (!(gw = ci_gateway_ready(ZEND_THIS)) || !ci_order_id_ok(gw, order_id)) {
		RETURN_THROWS();
	}
	if (since_obj) {
		zval z;
		ZVAL_OBJ(&z, since_obj);
		if (!ci_date_seconds(&z, &since) || since > now) {
			ci_throw_invalid("since", "%s: since must be a point in the past (how far back to look), got %s",
				gw->provider->title, ci_date_seconds(&z, &since) ? "a time in the future" : "an unconstructed date");
			RETURN_THROWS();
		}
		if (!ci_date_in_range(since)) {
			ci_throw_invalid("since", "%s: since must be a date from the year 0000 on, got an earlier one", gw->provider->title);
			RETURN_THROWS();
		}
	}
	RETVAL_NULL();
	if ((row = ci_operation_find(gw->provider, CI_OP_FIND))) {
		ci_find_by_lookup(gw, row, order_id, return_value);
	} else if (ci_row_or_throw(gw, CI_OP_LIST, "findInvoice", "find an invoice by order id")) {
		ci_find_by_scan(ZEND_THIS, order_id, since, return_value);
	}
	if (EG(exception)) {
		zval_ptr_dtor(return_value);
		ZVAL_NULL(return_value);
	}
	CI_LOG_CALL_END(gw, return_value);
}
/* }}} */

/* {{{ getInvoices() */
ZEND_METHOD(CryptoInvoice_Cryptomus, getInvoices)
{
	HashTable *ids;
	zend_long concurrency = 8;
	ci_gateway *gw;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_ARRAY_HT(ids)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(concurrency)
	ZEND_PARSE_PARAMETERS_END();

	if (!(gw = ci_gateway_ready(ZEND_THIS))) {
		RETURN_THROWS();
	}
	if (!ci_engine_concurrency_ok(gw, concurrency)) {
		RETURN_THROWS();
	}
	ci_engine_get_many(gw, ids, (int)concurrency, return_value);
	CI_LOG_CALL_END(gw, return_value);
}
/* }}} */

/* {{{ listInvoices() */
static const char *const ci_list_keys[] = {"from", "to", "status", "page_size", NULL};

/* One status of the filter into its bit; false after reporting what was given. */
static bool ci_filter_status(const ci_gateway *gw, zval *v, uint32_t *bits, ci_errors *errs)
{
	ci_status st;

	if (Z_TYPE_P(v) == IS_OBJECT && Z_OBJCE_P(v) == ci_ce_Status && ci_status_index(Z_OBJ_P(v), &st)) {
		*bits |= 1u << st;
		return true;
	}
	zend_string *got = ci_param_describe(gw, v);
	ci_errors_add(errs, "status", "%s: status must be a CryptoInvoice\\Status case (such as Status::Paid) or a list of them, got %s",
		gw->provider->title, ZSTR_VAL(got));
	zend_string_release(got);
	return false;
}

static void ci_filter_date(const ci_gateway *gw, zval *v, const char *key, bool *has, zend_long *at, ci_errors *errs)
{
	bool is_date = ci_date_seconds(v, at);

	if (is_date && ci_date_in_range(*at)) {
		*has = true;
		return;
	}
	if (is_date) {
		ci_errors_add(errs, key, "%s: %s must be a date in the years 0000 to 9999 (UTC), got one outside them", gw->provider->title, key);
		return;
	}
	zend_string *got = ci_param_describe(gw, v);
	ci_errors_add(errs, key, "%s: %s must be a DateTimeInterface (the invoices' creation time, inclusive), got %s",
		gw->provider->title, key, ZSTR_VAL(got));
	zend_string_release(got);
}

static void ci_filter_one(const ci_gateway *gw, const ci_operation *row, zend_string *key, zval *v,
	ci_list_filter *flt, ci_errors *errs)
{
	if (zend_string_equals_literal(key, "from")) {
		ci_filter_date(gw, v, "from", &flt->has_from, &flt->from, errs);
	} else if (zend_string_equals_literal(key, "to")) {
		ci_filter_date(gw, v, "to", &flt->has_to, &flt->to, errs);
	} else if (zend_string_equals_literal(key, "status")) {
		if (Z_TYPE_P(v) == IS_ARRAY && zend_array_is_list(Z_ARRVAL_P(v)) && zend_hash_num_elements(Z_ARRVAL_P(v)) > 0) {
			zval *one;
			ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(v), one) {
				ZVAL_DEREF(one);
				if (!ci_filter_status(gw, one, &flt->statuses, errs)) {
					break;
				}
			} ZEND_HASH_FOREACH_END();
		} else {
			ci_filter_status(gw, v, &flt->statuses, errs);
		}
	} else if (zend_string_equals_literal(key, "page_size")) {
		zend_long max = row->paging.size_max ? row->paging.size_max : CI_LIST_PAGE_SIZE_MAX;
		if (Z_TYPE_P(v) != IS_LONG || Z_LVAL_P(v) < 1 || Z_LVAL_P(v) > max) {
			zend_string *got = ci_param_describe(gw, v);
			ci_errors_add(errs, "page_size", "%s: page_size must be an integer from 1 to " ZEND_LONG_FMT "%s, got %s", gw->provider->title,
				max, row->paging.size ? "" : " (its pages have the size it chooses: the key is taken and has no effect)", ZSTR_VAL(got));
			zend_string_release(got);
		} else {
			flt->page_size = Z_LVAL_P(v);
		}
	} else {
		ci_suggest s;
		ci_suggest_init(&s, ZSTR_VAL(key), ZSTR_LEN(key));
		for (const char *const *k = ci_list_keys; *k; k++) {
			ci_suggest_offer(&s, *k);
		}
		const char *best = ci_suggest_best(&s, true);
		zend_string *shown = ci_key_shown(NULL, ZSTR_VAL(key), ZSTR_LEN(key));
		ci_errors_add(errs, ZSTR_VAL(shown), "%s: unknown filter key \"%s\"%s%s%s; the keys are from, to, status and page_size",
			gw->provider->title, ZSTR_VAL(shown), best ? " (did you mean \"" : "", best ? best : "", best ? "\"?)" : "");
		zend_string_release(shown);
	}
}

/* The filter checked whole (every problem at once, like invoice parameters); false after throwing. */
static bool ci_filter_parse(const ci_gateway *gw, const ci_operation *row, HashTable *filter, ci_list_filter *flt)
{
	zend_string *key;
	zend_ulong idx;
	zval *v;
	ci_errors errs;

	memset(flt, 0, sizeof(*flt));
	flt->now = (zend_long)time(NULL);
	ci_errors_init(&errs);
	ZEND_HASH_FOREACH_KEY_VAL(filter, idx, key, v) {
		ZVAL_DEREF(v);
		if (!key) {
			char param[32];
			snprintf(param, sizeof(param), "[" ZEND_ULONG_FMT "]", idx);
			ci_errors_add(&errs, param, "%s: filter keys are from, to, status and page_size, got the integer key " ZEND_ULONG_FMT,
				gw->provider->title, idx);
			continue;
		}
		ci_filter_one(gw, row, key, v, flt, &errs);
	} ZEND_HASH_FOREACH_END();
	if (flt->has_from && flt->has_to && flt->from > flt->to) {
		ci_errors_add(&errs, "to", "%s: to must not be before from", gw->provider->title);
	}
	if (ci_errors_any(&errs)) {
		ci_errors_throw(&errs, gw->provider->title);
		return false;
	}
	ci_errors_dtor(&errs);
	return true;
}

ZEND_METHOD(CryptoInvoice_Cryptomus, listInvoices)
{
	HashTable *filter = NULL;
	const ci_operation *row;
	ci_list_filter flt;
	ci_gateway *gw;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(filter)
	ZEND_PARSE_PARAMETERS_END();

	if (!(gw = ci_gateway_ready(ZEND_THIS)) || !(row = ci_row_or_throw(gw, CI_OP_LIST, "listInvoices", "list invoices"))) {
		RETURN_THROWS();
	}
	if (filter && !ci_filter_parse(gw, row, filter, &flt)) {
		RETURN_THROWS();
	}
	if (!filter) {
		memset(&flt, 0, sizeof(flt));
		flt.now = (zend_long)time(NULL);
	}
	ci_list_create(ZEND_THIS, &flt, return_value);
}
/* }}} */

/* {{{ cancelInvoice(), refundInvoice() */
/* Their answers carry no invoice ("ok", "Invoice canceled", []), but one that names an invoice
 * under the key the id was sent as ("uuid") must name the one asked about: an answer about another
 * (a proxy's cache, a connection shared after fork) says nothing about this one and must not read
 * as done. Read from the scrubbed copy: the text shown is cut, and a cut key is not recognised. */
static zend_result ci_accept_about_id(const ci_gateway *gw, const ci_request *req, zval *payload, const void *ctx,
	zval *return_value, ci_failure *f)
{
	const zend_string *id = ctx;
	const char *key = req->operation->id_wire;
	zval *named;

	ci_engine_accept_payload(gw, req, payload, NULL, return_value, f);
	named = key && Z_TYPE_P(return_value) == IS_ARRAY ? zend_hash_str_find(Z_ARRVAL_P(return_value), key, strlen(key)) : NULL;
	if (!named || Z_TYPE_P(named) != IS_STRING
			|| ci_engine_same_id(gw->provider, Z_STRVAL_P(named), Z_STRLEN_P(named), ZSTR_VAL(id), ZSTR_LEN(id))) {
		return SUCCESS;
	}
	/* A refund's failure gets the engine's "may have been made all the same" (ci_policy_hint_unsure). */
	ci_failure_set(f, ci_ce_UnexpectedResponseException, 200,
		"%s answered the %s of invoice \"%.*s%s\" with an answer about another invoice (its %s is \"%.*s%s\"); that answer was not used%s",
		gw->provider->title, req->op == CI_OP_REFUND ? "refund" : "cancellation", (int)MIN(ZSTR_LEN(id), 64), ZSTR_VAL(id),
		ZSTR_LEN(id) > 64 ? "..." : "", key, (int)MIN(Z_STRLEN_P(named), 64), Z_STRVAL_P(named), Z_STRLEN_P(named) > 64 ? "..." : "",
		req->op == CI_OP_REFUND ? "" : ", so whether it was canceled is unknown: look the invoice up before canceling it again");
	zval_ptr_dtor(return_value);
	ZVAL_NULL(return_value);
	return FAILURE;
}

/* Sends a cancel or refund of id; its answer is checked and dropped. Throws. */
static void ci_run_about_id(ci_gateway *gw, ci_request *req, zend_string *id)
{
	ci_failure f;
	zval answer;
	int attempts = 0;

	ci_failure_init(&f);
	if (ci_engine_run_with(gw, req, ci_accept_about_id, id, &answer, &f, &attempts) == FAILURE) {
		ci_failure_throw(&f, gw->provider->name, attempts);
	} else {
		zval_ptr_dtor(&answer);
	}
	ci_failure_dtor(&f);
}

ZEND_METHOD(CryptoInvoice_Cryptomus, cancelInvoice)
{
	zend_string *id;
	const ci_operation *row;
	ci_gateway *gw;
	ci_request req;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(id)
	ZEND_PARSE_PARAMETERS_END();

	if (!(gw = ci_gateway_ready(ZEND_THIS)) || !(row = ci_row_or_throw(gw, CI_OP_CANCEL, "cancelInvoice", "cancel an invoice"))
			|| !ci_id_ok(gw, id, "id", "the provider's invoice id")) {
		RETURN_THROWS();
	}
	ci_request_init_id(gw, &req, row, id);
	ci_run_about_id(gw, &req, id);
	ci_request_dtor(&req);
	if (!EG(exception)) {
		/* The cancel answers carry no invoice ("ok", "Invoice canceled"): it is looked up. */
		ci_failure f;
		int attempts = 0;
		ci_failure_init(&f);
		if (ci_engine_lookup(gw, id, return_value, &f, &attempts) == FAILURE) {
			ci_throw_f(gw, &f, "id", attempts);
		}
		ci_failure_dtor(&f);
	}
	CI_LOG_CALL_END(gw, return_value);
}

ZEND_METHOD(CryptoInvoice_Cryptomus, refundInvoice)
{
	zend_string *id;
	HashTable *params;
	const ci_operation *row;
	ci_gateway *gw;
	ci_request req;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_STR(id)
		Z_PARAM_ARRAY_HT(params)
	ZEND_PARSE_PARAMETERS_END();

	if (!(gw = ci_gateway_ready(ZEND_THIS)) || !(row = ci_row_or_throw(gw, CI_OP_REFUND, "refundInvoice", "refund an invoice"))
			|| !ci_id_ok(gw, id, "id", "the provider's invoice id")) {
		RETURN_THROWS();
	}
	if ((row->flags & CI_OPF_PAYOUT_KEY) && !gw->opts.payout_key) {
		ci_throw_invalid("payout_key", "%s: refunds are signed with the payout API key: give it as the option payout_key "
			"(the payment API key does not sign them); nothing was sent", gw->provider->title);
		RETURN_THROWS();
	}
	ci_request_init_id(gw, &req, row, id);
	if (ci_build_params(gw, params, &req)) {
		ci_run_about_id(gw, &req, id);
	}
	ci_request_dtor(&req);
	CI_LOG_CALL_END(gw, return_value);
}
/* }}} */

/* {{{ getPaymentMethods() */
ZEND_METHOD(CryptoInvoice_Cryptomus, getPaymentMethods)
{
	const ci_operation *row;
	ci_gateway *gw;
	ci_failure f;
	zval payload;

	ZEND_PARSE_PARAMETERS_NONE();

	if (!(gw = ci_gateway_ready(ZEND_THIS))
			|| !(row = ci_row_or_throw(gw, CI_OP_METHODS, "getPaymentMethods", "list its payment methods"))) {
		RETURN_THROWS();
	}
	ZVAL_UNDEF(&payload);
	if (!(row->flags & CI_OPF_LOCAL)) {
		ci_request req;
		ci_request_init(&req, row);
		ci_engine_invoice(gw, &req, &payload);
		ci_request_dtor(&req);
		if (EG(exception)) {
			CI_LOG_CALL_END(gw, return_value);
			RETURN_THROWS();
		}
	}
	array_init(return_value);
	ci_failure_init(&f);
	if (gw->provider->payment_methods(gw, Z_ISUNDEF(payload) ? NULL : &payload, return_value, &f) == FAILURE) {
		zval_ptr_dtor(return_value);
		ZVAL_NULL(return_value);
		ci_policy_scrub(gw, &f);
		ci_failure_throw(&f, gw->provider->name, 1);
	}
	ci_failure_dtor(&f);
	zval_ptr_dtor(&payload);
	CI_LOG_CALL_END(gw, return_value);
}
/* }}} */

/* {{{ request() */
/* A path under base_url: "/" then letters, digits and -._~/ only, no empty or dot segment. So no
 * scheme or host ("//evil", "http:"), no way up (".."), no query or fragment (a second api_key or
 * a cursor smuggled in), no percent-encoding (an encoded "../"). */
static const char *ci_request_path_problem(zend_string *path)
{
	const char *s = ZSTR_VAL(path);
	size_t len = ZSTR_LEN(path);

	if (len == 0 || s[0] != '/') {
		return "it does not start with /";
	}
	if (len > 256) {
		return "it is longer than 256 bytes";
	}
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '?' || c == '#') {
			return "it holds a query or fragment (put the fields in $body)";
		}
		if (!isalnum(c) && c != '-' && c != '_' && c != '.' && c != '~' && c != '/') {
			return "it holds a character other than letters, digits and -._~/";
		}
		if (c == '/' && (i + 1 == len ? false : s[i + 1] == '/')) {
			return "it holds an empty segment (//)";
		}
		if (c == '/' && s[i + 1] == '.' && (i + 2 == len || s[i + 2] == '/' || (s[i + 2] == '.' && (i + 3 == len || s[i + 3] == '/')))) {
			return "it holds a . or .. segment";
		}
	}
	return NULL;
}

/* A form body carries text: every field must be a scalar. A field name is a C string to libcurl:
 * "a\0b" would go out as "a" (another field, or one the provider reads instead of the caller's). */
static bool ci_request_form_ok(const ci_gateway *gw, HashTable *body)
{
	zend_string *key;
	zval *v;

	ZEND_HASH_FOREACH_STR_KEY_VAL(body, key, v) {
		ZVAL_DEREF(v);
		if (!key || Z_TYPE_P(v) == IS_ARRAY || memchr(ZSTR_VAL(key), '\0', ZSTR_LEN(key))) {
			ci_throw_invalid("body", "%s sends multipart form fields: body must map field names to strings, numbers or booleans%s",
				gw->provider->title, !key ? ", got an integer key" : Z_TYPE_P(v) == IS_ARRAY ? ", got an array"
				: ", got a field name holding a NUL byte");
			return false;
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* A form field is text, and the transport sends text only: numbers as PHP writes them (floats in
 * the shortest form that reads back), booleans as "1" and "0" (http_build_query()'s way, and what
 * a boolean rule of a PHP backend accepts), null leaves the field out. */
static void ci_request_form_text(HashTable *body)
{
	Bucket *b;

	ZEND_HASH_FOREACH_BUCKET(body, b) {
		zval *v = &b->val;
		smart_str num = {0};
		switch (Z_TYPE_P(v)) {
			case IS_LONG:
				ZVAL_STR(v, zend_long_to_str(Z_LVAL_P(v)));
				break;
			case IS_DOUBLE:
				smart_str_append_double(&num, Z_DVAL_P(v), -1, false);
				ZVAL_STR(v, smart_str_extract(&num));
				break;
			case IS_TRUE:
			case IS_FALSE:
				ZVAL_CHAR(v, Z_TYPE_P(v) == IS_TRUE ? '1' : '0');
				break;
			case IS_NULL:
				zend_hash_del_bucket(body, b);
				break;
			default:
				break;
		}
	} ZEND_HASH_FOREACH_END();
}

ZEND_METHOD(CryptoInvoice_Cryptomus, request)
{
	zend_string *path;
	HashTable *body = NULL;
	ci_gateway *gw;
	ci_request req;
	ci_errors errs;
	const char *problem;
	zval in, copy;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(path)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(body)
	ZEND_PARSE_PARAMETERS_END();

	if (!(gw = ci_gateway_ready(ZEND_THIS))) {
		RETURN_THROWS();
	}
	if ((problem = ci_request_path_problem(path))) {
		zval shown;
		ZVAL_STR(&shown, path);
		zend_string *got = ci_param_describe(gw, &shown);
		ci_throw_invalid("path", "%s: path must be a path under base_url such as \"/v1/balance\": %s, got %s",
			gw->provider->title, problem, ZSTR_VAL(got));
		zend_string_release(got);
		RETURN_THROWS();
	}
	ci_errors_init(&errs);
	if (body) {
		ZVAL_ARR(&in, body);
		if (!ci_param_plain(gw, &in, "body", &errs) || (gw->provider->body_kind == CI_BODY_FORM && !ci_request_form_ok(gw, body))) {
			if (ci_errors_any(&errs)) {
				ci_errors_throw(&errs, gw->provider->title);
			} else {
				ci_errors_dtor(&errs);
			}
			RETURN_THROWS();
		}
	}
	ci_errors_dtor(&errs);
	/* The row lives for this call: the caller's path, a payload answer, request()'s retry class. */
	ci_operation row = {.op = CI_OP_REQUEST, .verb = CI_VERB_POST, .path = ZSTR_VAL(path), .answer = CI_ANS_PAYLOAD};
	ci_request_init(&req, &row);
	req.url = zend_string_concat2(ZSTR_VAL(gw->opts.base_url), ZSTR_LEN(gw->opts.base_url), ZSTR_VAL(path), ZSTR_LEN(path));
	if (body) {
		ci_plain_copy(&in, &copy);
		if (gw->provider->body_kind == CI_BODY_FORM) {
			ci_request_form_text(Z_ARRVAL(copy));
		}
		zval_ptr_dtor(&req.body);
		ZVAL_COPY_VALUE(&req.body, &copy);
	}
	ci_engine_invoice(gw, &req, return_value);
	ci_request_dtor(&req);
	CI_LOG_CALL_END(gw, return_value);
}
/* }}} */
