/* createInvoices(): many invoices over libcurl's multi interface.
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
	double not_before;
	ci_item_state state;
	zval result;
} ci_batch_item;

typedef struct ci_batch {
	ci_gateway *gw;
	ci_batch_item *items;
	uint32_t count;
	int running;
	int max_attempts;
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
		if (ci_invoice_from_payload(b->gw, &it->req, payload, &it->result, &it->f) == SUCCESS) {
			it->state = CI_ITEM_DONE;
		} else {
			j = CI_JUDGE_FAIL;
		}
	}
	ci_observe_exchange(b->gw, &it->req, &it->rs, it->attempts, it->state == CI_ITEM_DONE ? NULL : it->f.ce);
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
