/* listInvoices(): the InvoiceList iterator and the engine's page-by-page driver, and the
 * PaymentMethod value object.
 *
 * A list row (ci_operation with a ci_paging) says how the provider pages: by offset, page number
 * or cursor; where the dates and the status filter go and in which format and zone. This file
 * walks any such row: one request per page, sent only when the iteration needs the next invoice.
 * What the provider cannot filter on is filtered here, so every provider answers the same filter
 * the same way (SPEC §6). */
#include "php.h"
#include "zend_interfaces.h"
#include "zend_enum.h"
#include "zend_smart_str.h"
#include "ext/date/php_date.h"
#include "ext/standard/url.h"
#include "ci_list.h"
#include "ci_engine.h"
#include "ci_invoice.h"
#include "ci_classes.h"
#include "ci_params.h"
#include "ci_policy.h"
#include "ci_log.h"

static zend_object_handlers ci_list_handlers;

static inline ci_list *ci_list_from_obj(zend_object *obj)
{
	return (ci_list *)((char *)obj - XtOffsetOf(ci_list, std));
}
#define Z_CI_LIST_P(zv) ci_list_from_obj(Z_OBJ_P(zv))

/* {{{ Dates and statuses */
bool ci_date_seconds(zval *dt, zend_long *out)
{
	php_date_obj *d;

	if (Z_TYPE_P(dt) != IS_OBJECT || !instanceof_function(Z_OBJCE_P(dt), php_date_get_interface_ce())) {
		return false;
	}
	d = Z_PHPDATE_P(dt);
	if (!d->time) {
		return false; /* a subclass whose constructor never ran */
	}
	*out = (zend_long)d->time->sse;
	return true;
}

bool ci_status_index(zend_object *c, ci_status *out)
{
	zend_string *name = Z_STR_P(zend_enum_fetch_case_name(c)), *key;
	zend_class_constant *cc;
	int i = 0;

	ZEND_HASH_MAP_FOREACH_STR_KEY_PTR(CE_CONSTANTS_TABLE(ci_ce_Status), key, cc) {
		if (!(ZEND_CLASS_CONST_FLAGS(cc) & ZEND_CLASS_CONST_IS_CASE)) {
			continue;
		}
		if (zend_string_equals(key, name)) {
			*out = (ci_status)i;
			return true;
		}
		i++;
	} ZEND_HASH_FOREACH_END();
	return false;
}

/* The invoice's status as a ci_status; CI_ST_UNKNOWN when it cannot be read. */
static ci_status ci_list_invoice_status(zval *inv)
{
	zval rv, *st = zend_read_property(ci_ce_Invoice, Z_OBJ_P(inv), "status", sizeof("status") - 1, 1, &rv);
	ci_status s = CI_ST_UNKNOWN;

	if (Z_TYPE_P(st) == IS_OBJECT) {
		ci_status_index(Z_OBJ_P(st), &s);
	}
	return s;
}

/* The invoice's creation time in seconds; false when the provider did not say. */
static bool ci_list_invoice_created(zval *inv, zend_long *at)
{
	zval rv, *c = zend_read_property(ci_ce_Invoice, Z_OBJ_P(inv), "createdAt", sizeof("createdAt") - 1, 1, &rv);

	return ci_date_seconds(c, at);
}

/* A date as the row's provider reads it: its format, in its zone. */
static zend_string *ci_list_date(const ci_paging *pg, zend_long at)
{
	return php_format_date(pg->date_format, strlen(pg->date_format), (time_t)(at + pg->zone_offset), false);
}
/* }}} */

/* {{{ One page */
/* The provider's words for the statuses of the filter. */
static void ci_list_status_words(const ci_provider *p, uint32_t statuses, zval *words)
{
	array_init(words);
	for (const ci_status_word *w = p->statuses; w && w->word; w++) {
		if (statuses & (1u << w->status)) {
			add_next_index_string(words, w->word);
		}
	}
}

/* The filter's keys the row can send: dates, status, paging. */
static void ci_list_page_body(ci_list *l, const ci_gateway *gw, const ci_operation *row, ci_request *req)
{
	const ci_paging *pg = &row->paging;
	bool dates = row->flags & CI_OPF_DATES_REQUIRED;
	zval z;

	if (pg->from && (l->has_from || dates)) {
		ci_body_put_str(req, pg->from, l->from_text);
	}
	if (pg->to && (l->has_to || dates)) {
		ci_body_put_str(req, pg->to, l->to_text);
	}
	/* Status::Unknown is every word the table lacks, which no filter of the provider can name:
	 * such a filter is applied here only, as is one that maps to no word at all (an empty list
	 * would read as "any status" to some APIs and as "none" to others). */
	if (pg->status && l->statuses && !(l->statuses & (1u << CI_ST_UNKNOWN))) {
		zval words;
		uint32_t n;
		ci_list_status_words(gw->provider, l->statuses, &words);
		n = zend_hash_num_elements(Z_ARRVAL(words));
		/* One word a request: several statuses are filtered here from the unfiltered list. */
		if (!(row->flags & CI_OPF_STATUS_ONE) && n > 0) {
			ci_body_put(req, pg->status, &words);
		} else if (n == 1) {
			ci_body_put(req, pg->status, zend_hash_index_find(Z_ARRVAL(words), 0));
		}
		zval_ptr_dtor(&words);
	}
	if (pg->kind == CI_PAGE_OFFSET || pg->kind == CI_PAGE_NUMBER) {
		ZVAL_LONG(&z, pg->kind == CI_PAGE_OFFSET ? l->offset : l->offset / l->page_size + 1);
		ci_body_put(req, pg->param, &z);
	}
	if (pg->size) {
		ZVAL_LONG(&z, row->flags & CI_OPF_LIMIT_IS_END ? l->offset + l->page_size : l->page_size);
		ci_body_put(req, pg->size, &z);
	}
	if (pg->kind == CI_PAGE_CURSOR && l->cursor && !(row->flags & CI_OPF_CURSOR_QUERY)) {
		ci_body_put_str(req, pg->param, l->cursor);
	}
	if (pg->kind == CI_PAGE_CURSOR && l->cursor && (row->flags & CI_OPF_CURSOR_QUERY)) {
		/* The docs put the cursor in the query string; the signed body stays the filter. */
		zend_string *enc = php_url_encode(ZSTR_VAL(l->cursor), ZSTR_LEN(l->cursor));
		req->url = zend_strpprintf(0, "%s%s?%s=%s", ZSTR_VAL(gw->opts.base_url), row->path, pg->param, ZSTR_VAL(enc));
		zend_string_release(enc);
	}
}

/* The page's list in the payload; NULL (f filled) when it is not a list. */
static zval *ci_list_items(const ci_gateway *gw, const ci_paging *pg, zval *payload, ci_failure *f)
{
	zval *items = pg->items && *pg->items ? ci_payload_get(payload, pg->items) : payload;

	if (!items || Z_TYPE_P(items) != IS_ARRAY || !zend_array_is_list(Z_ARRVAL_P(items))) {
		ci_failure_provider(gw, f, CI_REPLY_UNEXPECTED, 200, pg->items && *pg->items
			? "the invoice list page holds no list of invoices where its documentation puts it" : "the invoice list page is not a list", NULL);
		return NULL;
	}
	return items;
}

/* One lookup of ids[from, from + k): each invoice it answers replaces the page's invoice with its id. */
static zend_result ci_list_details_chunk(ci_list *l, ci_gateway *gw, const ci_operation *row, zval *invoices,
	zend_string **ids, uint32_t from, uint32_t k, ci_failure *f)
{
	ci_request req;
	zval payload, *entry;
	int attempts = 0;
	zend_result rc;

	ci_request_init_ids(gw, &req, row, ids + from, k);
	rc = ci_engine_run_with(gw, &req, ci_engine_accept_payload, NULL, &payload, f, &attempts);
	l->requests += attempts;
	if (rc == SUCCESS && Z_TYPE(payload) == IS_ARRAY) {
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL(payload), entry) {
			zval detailed, rv, *id;
			ci_failure skip;
			ci_failure_init(&skip);
			if (Z_TYPE_P(entry) != IS_ARRAY || ci_invoice_from_payload(gw, &req, entry, &detailed, &skip) == FAILURE) {
				ci_failure_dtor(&skip);
				continue;
			}
			id = zend_read_property(ci_ce_Invoice, Z_OBJ(detailed), "id", 2, 1, &rv);
			for (uint32_t i = from; i < from + k; i++) {
				if (Z_TYPE_P(id) == IS_STRING && ci_engine_same_id(gw->provider, Z_STRVAL_P(id), Z_STRLEN_P(id), ZSTR_VAL(ids[i]), ZSTR_LEN(ids[i]))) {
					zval *slot = zend_hash_index_find(Z_ARRVAL_P(invoices), i);
					zval_ptr_dtor(slot);
					ZVAL_COPY(slot, &detailed);
					break;
				}
			}
			zval_ptr_dtor(&detailed);
			ci_failure_dtor(&skip);
		} ZEND_HASH_FOREACH_END();
	}
	if (rc == SUCCESS) {
		zval_ptr_dtor(&payload);
	}
	ci_request_dtor(&req);
	return rc;
}

/* CI_OPF_LIST_DETAILS: the page's invoices read again through the lookup row (CryptoCloud's list
 * items carry no order id; its info answer does), matched by id; an item the lookup does not
 * return stays as the list gave it. At most ids_max ids a lookup (CryptoCloud: 100), however long
 * the page came: a longer one would be refused whole, and the list with it. */
static zend_result ci_list_details(ci_list *l, ci_gateway *gw, zval *invoices, ci_failure *f)
{
	const ci_operation *lookup = ci_operation_find(gw->provider, CI_OP_LOOKUP);
	ci_operation row = *lookup;
	uint32_t n = zend_hash_num_elements(Z_ARRVAL_P(invoices)), i = 0, per;
	zend_string **ids;
	zval *inv;
	zend_result rc = SUCCESS;

	if (n == 0) {
		return SUCCESS;
	}
	row.answer = CI_ANS_PAYLOAD;
	per = lookup->ids_max > 0 ? (uint32_t)lookup->ids_max : n;
	ids = safe_emalloc(n, sizeof(zend_string *), 0);
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(invoices), inv) {
		zval rv, *id = zend_read_property(ci_ce_Invoice, Z_OBJ_P(inv), "id", 2, 1, &rv);
		ids[i++] = zend_string_copy(Z_STR_P(id)); /* held: the invoices they came from are replaced below */
	} ZEND_HASH_FOREACH_END();
	for (uint32_t from = 0; from < n && rc == SUCCESS; from += per) {
		rc = ci_list_details_chunk(l, gw, &row, invoices, ids, from, MIN(per, n - from), f);
	}
	for (i = 0; i < n; i++) {
		zend_string_release(ids[i]);
	}
	efree(ids);
	return rc;
}

/* Whether the invoice passes the filter's status and dates (an invoice without a creation time
 * passes the dates: the provider's own date filter, where it has one, chose it). */
static bool ci_list_wanted(const ci_list *l, zval *inv, bool *older)
{
	zend_long at;

	*older = false;
	if (ci_list_invoice_created(inv, &at)) {
		*older = l->has_from && at < l->from;
		if (*older || (l->has_to && at > l->to)) {
			return false;
		}
	}
	return !l->statuses || (l->statuses & (1u << ci_list_invoice_status(inv)));
}

/* {{{ Pages that repeat */
static zend_string *ci_list_invoice_id(zval *inv)
{
	zval rv, *id = zend_read_property(ci_ce_Invoice, Z_OBJ_P(inv), "id", sizeof("id") - 1, 1, &rv);

	return Z_TYPE_P(id) == IS_STRING ? Z_STR_P(id) : NULL;
}

/* Whether the invoice was given out already: on the page before (an offset list that shifted
 * while it was walked, as new invoices push the old ones down, or a provider that answers the same
 * page again), or earlier on this page (a provider that repeats an entry: a reconciliation would
 * count it twice). Its id joins this page's ids. */
static bool ci_list_seen(const ci_list *l, HashTable *page_ids, zval *inv)
{
	zend_string *id = ci_list_invoice_id(inv);
	zval yes;

	if (!id) {
		return false;
	}
	ZVAL_TRUE(&yes);
	return !zend_hash_add(page_ids, id, &yes) || (l->prev_ids && zend_hash_exists(l->prev_ids, id));
}

/* The page's ids become "the page before". */
static void ci_list_remember(ci_list *l, HashTable *page_ids)
{
	if (l->prev_ids) {
		zend_array_destroy(l->prev_ids);
	}
	l->prev_ids = page_ids;
}

static void ci_list_forget(ci_list *l)
{
	if (l->prev_ids) {
		zend_array_destroy(l->prev_ids);
		l->prev_ids = NULL;
	}
	if (l->cursors) {
		zend_hash_destroy(l->cursors);
		FREE_HASHTABLE(l->cursors);
		l->cursors = NULL;
	}
	l->repeats = 0;
	l->probing = false;
	l->looped = false;
}
/* }}} */

/* The answer's count of the records the list holds (a number or decimal text, as OnChainPay's
 * examples show both); false when it gives none that reads as one. */
static bool ci_list_total(const ci_paging *pg, zval *payload, zend_long *total)
{
	zval *t = pg->total ? ci_payload_get(payload, pg->total) : NULL;
	zend_long n = -1;

	if (t && Z_TYPE_P(t) == IS_LONG) {
		n = Z_LVAL_P(t);
	} else if (t && Z_TYPE_P(t) == IS_STRING
		&& is_numeric_string(Z_STRVAL_P(t), Z_STRLEN_P(t), &n, NULL, false) != IS_LONG) {
		n = -1;
	}
	*total = n;
	return n >= 0;
}

/* Whether an offset list goes on after a page of count records, offset now past them. A page
 * shorter than asked ends it only where the provider documents its largest page: elsewhere the
 * shortfall may be a cap of its own, and stopping there would drop the rest of the list without a
 * word, so the next page is asked for as a probe. Where the answer says how many there are, that
 * decides. */
static bool ci_list_offset_more(ci_list *l, const ci_operation *row, zval *payload, uint32_t count)
{
	zend_long total;

	l->probing = false;
	if (count == 0) {
		return false;
	}
	if (ci_list_total(&row->paging, payload, &total)) {
		return l->offset < total;
	}
	if (count >= (uint32_t)l->page_size) {
		return true;
	}
	l->probing = !(row->flags & CI_OPF_SHORT_PAGE_ENDS);
	return l->probing;
}

/* Whether no invoice of the page was made after the one before it (those without a time aside). */
static bool ci_list_newest_first(zval *all)
{
	zval *inv;
	zend_long at, before = 0;
	bool seen = false;

	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(all), inv) {
		if (ci_list_invoice_created(inv, &at)) {
			if (seen && at > before) {
				return false;
			}
			before = at;
			seen = true;
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* The invoices of one page answer, in the provider's order, built and filtered; where paging goes on. */
static zend_result ci_list_read_page(ci_list *l, ci_gateway *gw, ci_request *req, zval *payload, ci_failure *f)
{
	const ci_operation *row = req->operation;
	zval *items = ci_list_items(gw, &row->paging, payload, f), *item, all, *inv;
	uint32_t count, kept_newer = 0, fresh = 0;
	HashTable *page_ids;
	bool newest_first;

	if (!items) {
		return FAILURE;
	}
	count = zend_hash_num_elements(Z_ARRVAL_P(items));
	array_init_size(&all, count);
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(items), item) {
		zval built;
		if (Z_TYPE_P(item) != IS_ARRAY || ci_invoice_from_payload(gw, req, item, &built, f) == FAILURE) {
			if (!f->ce) {
				ci_failure_provider(gw, f, CI_REPLY_UNEXPECTED, 200, "an entry of the invoice list is not an invoice object", NULL);
			}
			zval_ptr_dtor(&all);
			return FAILURE;
		}
		add_next_index_zval(&all, &built);
	} ZEND_HASH_FOREACH_END();
	if ((row->flags & CI_OPF_LIST_DETAILS) && ci_list_details(l, gw, &all, f) == FAILURE) {
		zval_ptr_dtor(&all);
		return FAILURE;
	}
	page_ids = zend_new_array(zend_hash_num_elements(Z_ARRVAL(all)));
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL(all), inv) {
		bool older;
		if (ci_list_seen(l, page_ids, inv)) {
			continue; /* given out already */
		}
		fresh++;
		if (ci_list_wanted(l, inv, &older)) {
			Z_ADDREF_P(inv);
			add_next_index_zval(&l->page, inv);
		}
		kept_newer += !older;
	} ZEND_HASH_FOREACH_END();
	newest_first = ci_list_newest_first(&all);
	ci_list_remember(l, page_ids);
	zval_ptr_dtor(&all);
	/* A probe that brings nothing new: the short page before was the whole rest of the list, and the
	 * provider answers past its end with the last page again. The end, not a loop. */
	if (l->probing && fresh == 0) {
		l->probing = false;
		l->more = false;
		return SUCCESS;
	}
	/* A provider that ignores the paging keys answers the same page forever: without this the walk
	 * would only end at CI_LIST_MAX_PAGES. One such page is allowed (a list that shifted by a
	 * whole page between two requests). */
	l->repeats = count > 0 && fresh == 0 ? l->repeats + 1 : 0;
	if (l->repeats >= CI_LIST_MAX_REPEATS) {
		ci_failure_set(f, ci_ce_UnexpectedResponseException, 200, "%s's invoice list gave the same invoices again on %d "
			"pages in a row: its answers do not follow the paging keys, so the list would never end", gw->provider->title, l->repeats);
		return FAILURE;
	}
	l->offset += count;
	if (row->paging.kind == CI_PAGE_CURSOR) {
		zval *next = ci_payload_get(payload, row->paging.next);
		if (l->cursor) {
			zend_string_release(l->cursor);
			l->cursor = NULL;
		}
		if (next && Z_TYPE_P(next) == IS_STRING && Z_STRLEN_P(next) > 0) {
			l->cursor = zend_string_copy(Z_STR_P(next));
			if (!l->cursors) {
				ALLOC_HASHTABLE(l->cursors);
				zend_hash_init(l->cursors, 8, NULL, NULL, 0);
			}
			/* A cursor given before leads back to a page already read: the walk would never end. */
			l->looped = zend_hash_exists(l->cursors, l->cursor);
			zend_hash_add_empty_element(l->cursors, l->cursor);
		}
		l->more = l->cursor != NULL && count > 0;
	} else {
		l->more = ci_list_offset_more(l, row, payload, count);
	}
	/* Newest first: a page with nothing as new as "from" ends the walk (OnChainPay has no date filter).
	 * No provider documents its order, so only a page that reads newest first may end it: one that
	 * starts with the older invoices (Bitsby and CryptoCloud filter by whole days) would otherwise
	 * make findInvoice() answer null for an invoice that exists, and the shop create a second one. */
	if (l->has_from && fresh > 0 && kept_newer == 0 && newest_first) {
		l->more = false;
	}
	return SUCCESS;
}

/* Fetches the next page into l->page (which may come back empty while more remain). Throws. */
static zend_result ci_list_fetch(ci_list *l)
{
	ci_gateway *gw = Z_CI_GATEWAY_P(&l->gateway);
	const ci_operation *row = ci_operation_find(gw->provider, CI_OP_LIST);
	ci_request req;
	ci_failure f;
	zval payload;
	int attempts = 0;
	zend_result rc;

	zval_ptr_dtor(&l->page);
	array_init(&l->page);
	l->pos = 0;
	ci_failure_init(&f);
	if (l->looped) {
		l->more = false;
		ci_failure_set(&f, ci_ce_UnexpectedResponseException, 0,
			"%s's invoice list led back to a page already read (its next cursor was given before): its answers do not follow the paging keys",
			gw->provider->title);
		ci_failure_throw(&f, gw->provider->name, 0);
		ci_failure_dtor(&f);
		return FAILURE;
	}
	if (++l->pages > CI_LIST_MAX_PAGES) {
		/* A provider that ignores the paging keys would answer the same page forever. */
		l->more = false;
		ci_failure_set(&f, ci_ce_UnexpectedResponseException, 0,
			"%s's invoice list did not end after %d pages: its answers do not follow the paging keys", gw->provider->title, CI_LIST_MAX_PAGES);
		ci_failure_throw(&f, gw->provider->name, 0);
		ci_failure_dtor(&f);
		return FAILURE;
	}
	ci_request_init(&req, row);
	ci_list_page_body(l, gw, row, &req);
	l->fetching = true; /* a logger may run user code from here on */
	rc = ci_engine_run_with(gw, &req, ci_engine_accept_payload, NULL, &payload, &f, &attempts);
	l->requests += attempts;
	if (rc == SUCCESS) {
		rc = ci_list_read_page(l, gw, &req, &payload, &f);
		zval_ptr_dtor(&payload);
		if (rc == FAILURE) {
			ci_policy_scrub(gw, &f);
		}
	}
	if (rc == FAILURE) {
		l->more = false;
		ci_failure_throw(&f, gw->provider->name, attempts);
	}
	ci_failure_dtor(&f);
	ci_request_dtor(&req);
	l->fetching = false;
	if (gw->log) {
		zval none;
		ZVAL_NULL(&none);
		ci_log_call_end(gw, &none); /* a logger that threw: its exception ends the iteration */
		rc = EG(exception) ? FAILURE : rc;
	}
	return rc;
}

/* Pages until one holds an invoice or none remain. */
static void ci_list_fill(ci_list *l)
{
	while (l->pos >= zend_hash_num_elements(Z_ARRVAL(l->page)) && l->more) {
		if (ci_list_fetch(l) == FAILURE) {
			return;
		}
	}
}

static void ci_list_start(ci_list *l)
{
	l->started = true;
	l->more = true;
	l->offset = 0;
	l->pages = 0;
	l->key = 0;
	l->pos = 0;
	if (l->cursor) {
		zend_string_release(l->cursor);
		l->cursor = NULL;
	}
	ci_list_forget(l);
	zval_ptr_dtor(&l->page);
	array_init(&l->page);
	ci_list_fill(l);
}
/* }}} */

/* {{{ The object */
static zend_object *ci_list_new(zend_class_entry *ce)
{
	ci_list *l = zend_object_alloc(sizeof(ci_list), ce);

	zend_object_std_init(&l->std, ce);
	object_properties_init(&l->std, ce);
	l->std.handlers = &ci_list_handlers;
	ZVAL_UNDEF(&l->gateway);
	array_init(&l->page);
	return &l->std;
}

static void ci_list_free(zend_object *obj)
{
	ci_list *l = ci_list_from_obj(obj);

	zval_ptr_dtor(&l->gateway);
	zval_ptr_dtor(&l->page);
	if (l->cursor) {
		zend_string_release(l->cursor);
	}
	ci_list_forget(l);
	if (l->from_text) {
		zend_string_release(l->from_text);
	}
	if (l->to_text) {
		zend_string_release(l->to_text);
	}
	zend_object_std_dtor(obj);
}

static HashTable *ci_list_get_gc(zend_object *obj, zval **table, int *n)
{
	ci_list *l = ci_list_from_obj(obj);

	*table = &l->gateway;
	*n = 2; /* gateway, page: adjacent in ci_list */
	return zend_std_get_properties(obj);
}

void ci_list_init(ci_list *l, zval *gateway, const ci_list_filter *flt)
{
	ci_gateway *gw = Z_CI_GATEWAY_P(gateway);
	const ci_operation *row = ci_operation_find(gw->provider, CI_OP_LIST);
	const ci_paging *pg = &row->paging;

	ZVAL_COPY(&l->gateway, gateway);
	l->has_from = flt->has_from;
	l->has_to = flt->has_to;
	l->from = flt->has_from ? flt->from : CI_LIST_EARLIEST;
	l->to = flt->has_to ? flt->to : flt->now;
	l->statuses = flt->statuses;
	l->page_size = flt->page_size ? flt->page_size : MIN(CI_LIST_PAGE_SIZE, pg->size_max ? pg->size_max : CI_LIST_PAGE_SIZE);
	if (pg->date_format) {
		l->from_text = ci_list_date(pg, l->from);
		l->to_text = ci_list_date(pg, l->to);
	}
}

zend_object *ci_list_create(zval *gateway, const ci_list_filter *flt, zval *return_value)
{
	object_init_ex(return_value, ci_ce_InvoiceList);
	ci_list_init(Z_CI_LIST_P(return_value), gateway, flt);
	return Z_OBJ_P(return_value);
}

zval *ci_list_next_invoice(zend_object *obj, bool first)
{
	ci_list *l = ci_list_from_obj(obj);

	if (first) {
		ci_list_start(l);
	} else {
		l->pos++;
		l->key++;
		ci_list_fill(l);
	}
	if (EG(exception)) {
		return NULL;
	}
	return zend_hash_index_find(Z_ARRVAL(l->page), l->pos);
}

/* Like a running generator, a list cannot be moved from inside its own page request (a logger
 * that iterates it): the page being read would be filled twice, invoices yielded twice or skipped. */
static bool ci_list_busy(const ci_list *l)
{
	if (l->fetching) {
		zend_throw_error(NULL, "CryptoInvoice\\InvoiceList is requesting a page: it cannot be iterated from inside that request (a logger's call)");
		return true;
	}
	return false;
}

static ci_list *ci_list_this(zval *self)
{
	ci_list *l = Z_CI_LIST_P(self);

	if (Z_ISUNDEF(l->gateway)) {
		zend_throw_error(NULL, "CryptoInvoice\\InvoiceList is made only by Gateway::listInvoices()");
		return NULL;
	}
	if (ci_list_busy(l)) {
		return NULL;
	}
	if (!l->started) {
		ci_list_start(l);
	}
	return EG(exception) ? NULL : l;
}

ZEND_METHOD(CryptoInvoice_InvoiceList, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

ZEND_METHOD(CryptoInvoice_InvoiceList, rewind)
{
	ci_list *l;

	ZEND_PARSE_PARAMETERS_NONE();
	l = Z_CI_LIST_P(ZEND_THIS);
	if (Z_ISUNDEF(l->gateway)) {
		zend_throw_error(NULL, "CryptoInvoice\\InvoiceList is made only by Gateway::listInvoices()");
		RETURN_THROWS();
	}
	if (ci_list_busy(l)) {
		RETURN_THROWS();
	}
	ci_list_start(l);
}

ZEND_METHOD(CryptoInvoice_InvoiceList, valid)
{
	ci_list *l;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!(l = ci_list_this(ZEND_THIS))) {
		RETURN_THROWS();
	}
	RETURN_BOOL(l->pos < zend_hash_num_elements(Z_ARRVAL(l->page)));
}

ZEND_METHOD(CryptoInvoice_InvoiceList, current)
{
	ci_list *l;
	zval *inv;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!(l = ci_list_this(ZEND_THIS))) {
		RETURN_THROWS();
	}
	inv = zend_hash_index_find(Z_ARRVAL(l->page), l->pos);
	if (!inv) {
		zend_throw_error(NULL, "CryptoInvoice\\InvoiceList has no current invoice: the list has ended (check valid() first)");
		RETURN_THROWS();
	}
	RETURN_COPY(inv);
}

ZEND_METHOD(CryptoInvoice_InvoiceList, key)
{
	ci_list *l;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!(l = ci_list_this(ZEND_THIS))) {
		RETURN_THROWS();
	}
	RETURN_LONG(l->key);
}

ZEND_METHOD(CryptoInvoice_InvoiceList, next)
{
	ci_list *l;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!(l = ci_list_this(ZEND_THIS))) {
		RETURN_THROWS();
	}
	if (l->pos < zend_hash_num_elements(Z_ARRVAL(l->page))) {
		l->pos++;
		l->key++;
	}
	ci_list_fill(l);
}

ZEND_METHOD(CryptoInvoice_InvoiceList, getRequestCount)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_LONG(Z_CI_LIST_P(ZEND_THIS)->requests);
}
/* }}} */

/* {{{ PaymentMethod */
static const char *const ci_method_names[] = {"currency", "network", "available", "minAmount", "maxAmount",
	"feePercent", "feeAmount", "raw"};

static void ci_method_write(zend_object *obj, int i, zval *v)
{
	zend_property_info *info = zend_hash_str_find_ptr(&obj->ce->properties_info, ci_method_names[i], strlen(ci_method_names[i]));
	zval *slot = OBJ_PROP(obj, info->offset);

	zval_ptr_dtor(slot);
	ZVAL_COPY_VALUE(slot, v);
}

/* A decimal field: NULL stays null; else decimal text (a JSON number as its shortest text). */
static bool ci_method_decimal(zval *given, zval *out)
{
	zend_string *text;

	ZVAL_NULL(out);
	if (!given) {
		return true;
	}
	text = ci_payload_text(given);
	if (!text || !ci_decimal_is_plain(ZSTR_VAL(text), ZSTR_LEN(text))) {
		if (text) {
			zend_string_release(text);
		}
		return false;
	}
	ZVAL_STR(out, text);
	return true;
}

zend_result ci_payment_method_add(const ci_gateway *gw, zval *list, const ci_method_data *m, ci_failure *f)
{
	zval props[8], obj;
	zval *decimals[4] = {m->min, m->max, m->fee_percent, m->fee_amount};
	bool ok = ci_text_clean(m->currency) && ZSTR_LEN(m->currency) > 0 && (!m->network || ci_text_clean(m->network));

	for (int i = 0; i < 4; i++) {
		ok = ci_method_decimal(decimals[i], &props[3 + i]) && ok;
	}
	if (!ok) {
		for (int i = 3; i < 7; i++) {
			zval_ptr_dtor(&props[i]);
		}
		ci_failure_provider(gw, f, CI_REPLY_UNEXPECTED, 200, "a payment method's currency, network, limit or commission is not the documented text", NULL);
		return FAILURE;
	}
	ZVAL_STR_COPY(&props[0], m->currency);
	if (m->network && ZSTR_LEN(m->network) > 0) {
		ZVAL_STR(&props[1], zend_string_tolower(m->network));
	} else {
		ZVAL_NULL(&props[1]);
	}
	ZVAL_BOOL(&props[2], m->available);
	if (m->raw && Z_TYPE_P(m->raw) == IS_ARRAY) {
		ZVAL_COPY(&props[7], m->raw);
	} else {
		ZVAL_EMPTY_ARRAY(&props[7]);
	}
	object_init_ex(&obj, ci_ce_PaymentMethod);
	for (int i = 0; i < 8; i++) {
		ci_method_write(Z_OBJ(obj), i, &props[i]);
	}
	add_next_index_zval(list, &obj);
	return SUCCESS;
}

/* A create_object handler makes ReflectionClass::newInstanceWithoutConstructor() refuse the final
 * internal class: a PaymentMethod exists only as ci_payment_method_add() filled it, like an Invoice. */
static zend_object *ci_method_new(zend_class_entry *ce)
{
	zend_object *obj = zend_objects_new(ce);

	object_properties_init(obj, ce);
	return obj;
}

ZEND_METHOD(CryptoInvoice_PaymentMethod, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}
/* }}} */

void ci_list_minit(void)
{
	ci_ce_InvoiceList->create_object = ci_list_new;
	ci_ce_PaymentMethod->create_object = ci_method_new;
	memcpy(&ci_list_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	ci_list_handlers.offset = XtOffsetOf(ci_list, std);
	ci_list_handlers.free_obj = ci_list_free;
	ci_list_handlers.get_gc = ci_list_get_gc;
	ci_list_handlers.clone_obj = NULL;
	ci_list_handlers.compare = zend_objects_not_comparable;
}
