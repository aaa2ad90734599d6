/* createInvoices() and getInvoices(): many requests over the transport's multi interface.
 *
 * Every item is validated before anything is sent; then up to `concurrency`
 * requests run at once, each with its own retries (docs/protocols.md §5), all under the
 * key's rate limit. One failed item never fails the batch. */
#include "php.h"
#include "zend_exceptions.h"
#include "ci_engine.h"
#include "ci_http.h"
#include "ci_policy.h"
#include "ci_params.h"
#include "ci_invoice.h"
#include "ci_classes.h"
#include "ci_log.h"

typedef enum { CI_ITEM_WAITING, CI_ITEM_RUNNING, CI_ITEM_DONE } ci_item_state;

typedef struct ci_batch_item {
	ci_request req;
	ci_failure f;
	ci_http_request rq;
	ci_http_response rs;
	int attempts;
	bool sent;        /* bytes of the last attempt may have reached the provider */
	double not_before;
	ci_item_state state;
	ci_lookup want;   /* a lookup: the invoice its answer must be about (value NULL: none) */
	zval result;
} ci_batch_item;

typedef struct ci_batch {
	ci_gateway *gw;
	ci_batch_item *items;
	uint32_t count;
	int running;
	int max_attempts;
	ci_accept_fn accept; /* what a success payload becomes: an Invoice, or the payload itself */
	bool aborted; /* an exception that is not an item's result is pending: stop */
} ci_batch;

/* Only what this file threw becomes a result. An exception already pending when an item
 * fails is someone else's (exit()'s unwind above all): it must reach the caller untouched,
 * so the batch stops starting anything and returns no results. */
static bool ci_batch_interrupted(ci_batch *b)
{
	if (EG(exception)) {
		b->aborted = true;
	}
	return b->aborted;
}

/* The exception this file just threw becomes the item's result. */
static void ci_batch_capture(ci_batch_item *it)
{
	ZVAL_OBJ(&it->result, EG(exception));
	GC_ADDREF(EG(exception));
	zend_clear_exception();
	it->state = CI_ITEM_DONE;
}

static void ci_batch_fail(ci_batch *b, ci_batch_item *it)
{
	if (ci_batch_interrupted(b)) {
		it->state = CI_ITEM_DONE;
		return;
	}
	ci_observe_failure(b->gw, &it->req, &it->f, it->attempts);
	ci_policy_hint_unsure(it->req.op, &it->f, it->sent);
	ci_policy_scrub(b->gw, &it->f);
	ci_failure_throw(&it->f, b->gw->provider->name, it->attempts);
	ci_batch_capture(it);
}

static void ci_batch_prepare(ci_batch *b, ci_batch_item *it, zval *params)
{
	ci_errors errs;

	ci_request_init(&it->req, ci_operation_find(b->gw->provider, CI_OP_CREATE));
	ci_failure_init(&it->f);
	ZVAL_UNDEF(&it->result);
	if (Z_TYPE_P(params) != IS_ARRAY) {
		zend_string *shown = ci_param_describe(b->gw, params);
		ci_throw_invalid("params", "%s: each batch item must be an array of invoice parameters, got %s",
			b->gw->provider->title, ZSTR_VAL(shown));
		zend_string_release(shown);
		ci_batch_capture(it);
		return;
	}
	ci_errors_init(&errs);
	ci_params_build(b->gw, Z_ARRVAL_P(params), &it->req, &errs);
	if (ci_batch_interrupted(b)) {
		ci_errors_dtor(&errs);
		it->state = CI_ITEM_DONE;
		return;
	}
	if (ci_errors_any(&errs)) {
		ci_errors_throw(&errs, b->gw->provider->title);
		ci_batch_capture(it);
		return;
	}
	ci_errors_dtor(&errs);
	it->state = CI_ITEM_WAITING;
}

static bool ci_batch_start(ci_batch *b, ci_http_multi *m, ci_batch_item *it)
{
	if (ci_engine_encode(b->gw, &it->req, &it->f) == FAILURE) {
		ci_batch_fail(b, it);
		return false;
	}
	ci_http_response_init(&it->rs);
	ci_engine_http_request(b->gw, &it->req, &it->rq);
	it->rq.batch = true;
	ci_http_multi_add(m, ci_http_xfer_new(&it->rq, &it->rs), it);
	it->attempts++;
	it->state = CI_ITEM_RUNNING;
	b->running++;
	return true;
}

/* Starts what may start now; returns when the next waiting item may start. */
static double ci_batch_fill(ci_batch *b, ci_http_multi *m, int concurrency)
{
	double now = ci_now(), wake = now + 1.0;

	for (uint32_t i = 0; i < b->count && b->running < concurrency && !b->aborted; i++) {
		ci_batch_item *it = &b->items[i];
		if (it->state != CI_ITEM_WAITING) {
			continue;
		}
		if (it->not_before > now) {
			wake = MIN(wake, it->not_before);
			continue;
		}
		double at = ci_rate_next(b->gw, now);
		if (at > now) {
			return MIN(wake, at); /* the key's rate limit holds every item back alike */
		}
		ci_batch_start(b, m, it);
	}
	return wake;
}

static void ci_batch_on_done(void *tag, void *ctx)
{
	ci_batch *b = ctx;
	ci_batch_item *it = tag;
	zval json, *payload = NULL;
	ci_judgement j;

	b->running--;
	ci_rate_done(b->gw);
	if (ci_batch_interrupted(b)) {
		ci_http_response_dtor(&it->rs);
		it->state = CI_ITEM_DONE;
		return;
	}
	ZVAL_UNDEF(&json);
	j = ci_engine_judge(b->gw, &it->req, &it->rs, &it->f, &json, &payload);
	if (j == CI_JUDGE_OK) {
		if (b->accept(b->gw, &it->req, payload, it->want.value ? &it->want : NULL, &it->result, &it->f) == SUCCESS) {
			it->state = CI_ITEM_DONE;
		} else {
			j = CI_JUDGE_FAIL;
		}
	}
	ci_observe_exchange(b->gw, &it->req, &it->rs, it->attempts, it->state == CI_ITEM_DONE ? NULL : it->f.ce);
	it->sent = it->rs.sent;
	zval_ptr_dtor(&json);
	ci_http_response_dtor(&it->rs);
	if (it->state == CI_ITEM_DONE) {
		return;
	}
	double wait = (j == CI_JUDGE_RETRY && it->attempts < b->max_attempts) ? ci_policy_backoff(it->attempts, &it->f) : -1;
	if (wait < 0) {
		ci_batch_fail(b, it);
		return;
	}
	ci_observe_retry(b->gw, &it->req, wait, false); /* a batch finishes what it started, logger or not */
	it->not_before = ci_now() + wait;
	it->state = CI_ITEM_WAITING;
}

static bool ci_batch_pending(const ci_batch *b)
{
	if (b->aborted) {
		return b->running > 0; /* in-flight transfers end (or time out) before their memory goes */
	}
	for (uint32_t i = 0; i < b->count; i++) {
		if (b->items[i].state != CI_ITEM_DONE) {
			return true;
		}
	}
	return false;
}

static void ci_batch_run(ci_batch *b, int concurrency)
{
	ci_http_multi *m = ci_http_multi_new();

	while (ci_batch_pending(b)) {
		double wake = ci_batch_fill(b, m, concurrency);
		double now = ci_now();
		if (b->running == 0) {
			ci_sleep(wake - now);
			continue;
		}
		/* Short polls: libcurl 7.88 leaves requests added to a busy HTTP/2 connection unsent
		 * until the next perform, and would otherwise wait out a long poll first. */
		int ms = (int)MAX(1, MIN(5, (wake - now) * 1000));
		ci_http_multi_run(m, ms, ci_batch_on_done, b);
	}
	ci_http_multi_free(m);
}

void ci_engine_batch(ci_gateway *gw, HashTable *batch, int concurrency, zval *return_value)
{
	ci_batch b = {0};
	zend_string *key;
	zend_ulong idx;
	zval *params;
	uint32_t i = 0, prepared;

	b.gw = gw;
	b.accept = ci_engine_accept_invoice;
	b.count = zend_hash_num_elements(batch);
	b.items = b.count ? ecalloc(b.count, sizeof(ci_batch_item)) : NULL;
	b.max_attempts = 1 + (int)gw->opts.retries;
	/* Held, so the keys and items stay what they were while they are walked. */
	GC_TRY_ADDREF(batch);
	ZEND_HASH_FOREACH_VAL(batch, params) {
		ZVAL_DEREF(params);
		ci_batch_prepare(&b, &b.items[i++], params);
		if (b.aborted) {
			break;
		}
	} ZEND_HASH_FOREACH_END();
	prepared = i;

	if (!b.aborted) {
		ci_batch_run(&b, concurrency);
	}
	if (!b.aborted) {
		array_init_size(return_value, b.count);
	}
	i = 0;
	ZEND_HASH_FOREACH_KEY(batch, idx, key) {
		ci_batch_item *it = &b.items[i];
		if (i++ >= prepared) {
			break;
		}
		if (b.aborted) {
			zval_ptr_dtor(&it->result);
		} else if (key) {
			zend_hash_update(Z_ARRVAL_P(return_value), key, &it->result);
		} else {
			zend_hash_index_update(Z_ARRVAL_P(return_value), idx, &it->result);
		}
		ci_request_dtor(&it->req);
		ci_failure_dtor(&it->f);
	} ZEND_HASH_FOREACH_END();
	zend_array_release(batch);
	if (b.items) {
		efree(b.items);
	}
}

bool ci_engine_concurrency_ok(const ci_gateway *gw, zend_long concurrency)
{
	/* A value the caller got wrong is one of the library's exceptions, like every bad parameter. */
	if (concurrency < CI_CONCURRENCY_MIN || concurrency > CI_CONCURRENCY_MAX) {
		ci_throw_invalid("concurrency", "%s: concurrency must be an integer from %d to %d, got " ZEND_LONG_FMT,
			gw->provider->title, CI_CONCURRENCY_MIN, CI_CONCURRENCY_MAX, concurrency);
		return false;
	}
	return true;
}

/* {{{ getInvoices() */
/* The ids as checked: a string id, or the InvalidArgumentException that refused it (same keys). */
static void ci_get_check(ci_gateway *gw, HashTable *ids, zval *checked)
{
	zend_string *key;
	zend_ulong idx;
	zval *v, z;

	array_init_size(checked, zend_hash_num_elements(ids));
	ZEND_HASH_FOREACH_KEY_VAL(ids, idx, key, v) {
		ci_failure f;
		ZVAL_DEREF(v);
		ci_failure_init(&f);
		if (Z_TYPE_P(v) != IS_STRING) {
			zend_string *shown = ci_param_describe(gw, v);
			ci_throw_invalid("ids", "%s: each id must be a string, the provider's invoice id, got %s",
				gw->provider->title, ZSTR_VAL(shown));
			zend_string_release(shown);
		} else if (ci_engine_id_invalid(gw, Z_STR_P(v), "ids", "the provider's invoice id", &f)) {
			ci_throw_invalid("ids", "%s", ZSTR_VAL(f.message));
		}
		ci_failure_dtor(&f);
		if (EG(exception)) {
			ZVAL_OBJ(&z, EG(exception));
			GC_ADDREF(EG(exception));
			zend_clear_exception();
		} else {
			ZVAL_COPY(&z, v);
		}
		if (key) {
			zend_hash_update(Z_ARRVAL_P(checked), key, &z);
		} else {
			zend_hash_index_update(Z_ARRVAL_P(checked), idx, &z);
		}
	} ZEND_HASH_FOREACH_END();
}

/* The batch's results in place of the ids they looked up (item i answers the i-th string id). */
static void ci_get_results(ci_batch *b, zval *checked)
{
	zval *v;
	uint32_t i = 0;

	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(checked), v) {
		if (Z_TYPE_P(v) == IS_STRING && i < b->count) {
			zval_ptr_dtor(v);
			ZVAL_COPY_VALUE(v, &b->items[i].result);
			ZVAL_UNDEF(&b->items[i++].result);
		}
	} ZEND_HASH_FOREACH_END();
}

static void ci_batch_items_free(ci_batch *b)
{
	for (uint32_t i = 0; i < b->count; i++) {
		zval_ptr_dtor(&b->items[i].result);
		ci_request_dtor(&b->items[i].req);
		ci_failure_dtor(&b->items[i].f);
	}
	if (b->items) {
		efree(b->items);
	}
}

/* One lookup per id, each answer checked to be about its id. */
static void ci_get_each(ci_gateway *gw, const ci_operation *row, zval *checked, int concurrency)
{
	ci_batch b = {0};
	zval *v;

	b.gw = gw;
	b.accept = ci_engine_accept_invoice;
	b.max_attempts = 1 + (int)gw->opts.retries;
	b.items = ecalloc(zend_hash_num_elements(Z_ARRVAL_P(checked)) + 1, sizeof(ci_batch_item));
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(checked), v) {
		if (Z_TYPE_P(v) == IS_STRING) {
			ci_batch_item *it = &b.items[b.count++];
			ci_request_init_id(gw, &it->req, row, Z_STR_P(v));
			ci_failure_init(&it->f);
			ZVAL_UNDEF(&it->result);
			it->want.prop = CI_INV_ID;
			it->want.value = Z_STR_P(v);
			it->state = CI_ITEM_WAITING;
		}
	} ZEND_HASH_FOREACH_END();
	ci_batch_run(&b, concurrency);
	if (!b.aborted) {
		ci_get_results(&b, checked);
	}
	ci_batch_items_free(&b);
}

/* The invoices of one list answer, built once for all the ids it answers (a chunk of 100 ids would
 * otherwise build its 100 invoices 100 times); entries that are no invoice are left out. Into
 * *built: an array, or false when the answer is not a list. */
static void ci_get_build(ci_gateway *gw, ci_batch_item *chunk, zval *built)
{
	zval *entry, inv;

	if (Z_TYPE(chunk->result) != IS_ARRAY) {
		ZVAL_FALSE(built);
		return;
	}
	array_init_size(built, zend_hash_num_elements(Z_ARRVAL(chunk->result)));
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL(chunk->result), entry) {
		ci_failure f;
		ci_failure_init(&f);
		if (Z_TYPE_P(entry) == IS_ARRAY && ci_invoice_from_payload(gw, &chunk->req, entry, &inv, &f) == SUCCESS) {
			add_next_index_zval(built, &inv);
		}
		ci_failure_dtor(&f);
	} ZEND_HASH_FOREACH_END();
}

/* The invoice of one id out of a list answer (built: ci_get_build()'s, made on first use), or the
 * not-found exception; into *out. */
static void ci_get_pick(ci_gateway *gw, ci_batch_item *chunk, zval *built, zend_string *id, zval *out)
{
	zval *inv;
	ci_failure f;

	ZVAL_UNDEF(out);
	if (Z_TYPE(chunk->result) == IS_OBJECT) { /* the whole request failed: its exception, for each id */
		ZVAL_COPY(out, &chunk->result);
		return;
	}
	if (Z_ISUNDEF_P(built)) {
		ci_get_build(gw, chunk, built);
	}
	ci_failure_init(&f);
	if (Z_TYPE_P(built) == IS_ARRAY) {
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(built), inv) {
			zval rv, *got = zend_read_property(ci_ce_Invoice, Z_OBJ_P(inv), "id", 2, 1, &rv);
			if (Z_TYPE_P(got) == IS_STRING && ci_engine_same_id(gw->provider, Z_STRVAL_P(got), Z_STRLEN_P(got), ZSTR_VAL(id), ZSTR_LEN(id))) {
				ZVAL_COPY(out, inv); /* an id asked twice: the same (immutable) Invoice in both slots */
				return;
			}
		} ZEND_HASH_FOREACH_END();
		ci_failure_provider(gw, &f, CI_REPLY_NOT_FOUND, 200, "its answer for this id holds no invoice with it", NULL);
	} else {
		ci_failure_provider(gw, &f, CI_REPLY_UNEXPECTED, 200, "expected a list of invoices", NULL);
	}
	ci_failure_throw(&f, gw->provider->name, chunk->attempts);
	ci_failure_dtor(&f);
	ZVAL_OBJ(out, EG(exception));
	GC_ADDREF(EG(exception));
	zend_clear_exception();
}

/* Up to row->ids_max ids a request (CryptoCloud's info takes 100); the answers are matched by id. */
static void ci_get_chunked(ci_gateway *gw, const ci_operation *row, zval *checked, int concurrency)
{
	ci_operation list_row = *row; /* the same endpoint, read as a list */
	ci_batch b = {0};
	uint32_t n = 0, per = (uint32_t)row->ids_max, *chunk_of;
	zend_string **ids;
	zval *v;

	list_row.answer = CI_ANS_PAYLOAD;
	ids = safe_emalloc(zend_hash_num_elements(Z_ARRVAL_P(checked)) + 1, sizeof(zend_string *), 0);
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(checked), v) {
		if (Z_TYPE_P(v) == IS_STRING) {
			ids[n++] = Z_STR_P(v);
		}
	} ZEND_HASH_FOREACH_END();
	chunk_of = safe_emalloc(n + 1, sizeof(uint32_t), 0);
	b.gw = gw;
	b.accept = ci_engine_accept_payload;
	b.max_attempts = 1 + (int)gw->opts.retries;
	b.items = ecalloc(n / per + 2, sizeof(ci_batch_item));
	for (uint32_t i = 0; i < n; i += per) {
		ci_batch_item *it = &b.items[b.count];
		ci_request_init_ids(gw, &it->req, &list_row, ids + i, MIN(per, n - i));
		ci_failure_init(&it->f);
		ZVAL_UNDEF(&it->result);
		it->state = CI_ITEM_WAITING;
		for (uint32_t k = i; k < MIN(n, i + per); k++) {
			chunk_of[k] = b.count;
		}
		b.count++;
	}
	ci_batch_run(&b, concurrency);
	if (!b.aborted) {
		uint32_t i = 0;
		zval *built = safe_emalloc(b.count, sizeof(zval), 0);
		for (uint32_t k = 0; k < b.count; k++) {
			ZVAL_UNDEF(&built[k]);
		}
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(checked), v) {
			if (Z_TYPE_P(v) == IS_STRING) {
				zval picked;
				ci_get_pick(gw, &b.items[chunk_of[i]], &built[chunk_of[i]], ids[i], &picked);
				i++;
				zval_ptr_dtor(v);
				ZVAL_COPY_VALUE(v, &picked);
			}
		} ZEND_HASH_FOREACH_END();
		for (uint32_t k = 0; k < b.count; k++) {
			zval_ptr_dtor(&built[k]);
		}
		efree(built);
	}
	ci_batch_items_free(&b);
	efree(chunk_of);
	efree(ids);
}

void ci_engine_get_many(ci_gateway *gw, HashTable *ids, int concurrency, zval *return_value)
{
	const ci_operation *row = ci_operation_find(gw->provider, CI_OP_LOOKUP);
	zval checked;

	GC_TRY_ADDREF(ids);
	ci_get_check(gw, ids, &checked);
	zend_array_release(ids);
	if (row->flags & CI_OPF_ID_LIST && row->ids_max > 1) {
		ci_get_chunked(gw, row, &checked, concurrency);
	} else {
		ci_get_each(gw, row, &checked, concurrency);
	}
	if (EG(exception)) {
		zval_ptr_dtor(&checked);
		return;
	}
	ZVAL_COPY_VALUE(return_value, &checked);
}
/* }}} */
