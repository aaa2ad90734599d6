/* listInvoices(): the InvoiceList iterator and its page driver (ci_list.c). */
#ifndef CI_LIST_H
#define CI_LIST_H

#include "ci_provider.h"

#define CI_LIST_PAGE_SIZE 50       /* invoices a page when the caller does not say */
#define CI_LIST_PAGE_SIZE_MAX 100  /* page_size's bound where the provider chooses its own page size */
#define CI_LIST_MAX_PAGES 10000    /* a list that never ends is the provider ignoring the paging keys */
#define CI_LIST_MAX_REPEATS 2      /* pages in a row with nothing the page before had not: paging ignored */
#define CI_LIST_EARLIEST 1420070400 /* 2015-01-01: "from the beginning" where a provider needs a date */

/* listInvoices()'s filter, checked (ci_lifecycle.c). */
typedef struct ci_list_filter {
	bool has_from, has_to;
	zend_long from, to;   /* seconds since the epoch, inclusive */
	zend_long now;        /* "to" where the provider needs one and the caller gave none */
	uint32_t statuses;    /* bit per ci_status; 0: any */
	zend_long page_size;  /* 0: the default */
} ci_list_filter;

typedef struct ci_list {
	zval gateway;         /* held: the list outlives the caller's variable */
	zval page;            /* this page's invoices, filtered (adjacent to gateway: get_gc) */
	bool has_from, has_to, started, more;
	zend_long from, to;
	zend_string *from_text, *to_text; /* the dates as the provider reads them */
	uint32_t statuses;
	zend_long page_size;
	zend_long offset;     /* records read so far: the next page's offset */
	zend_string *cursor;  /* the next page's cursor */
	bool fetching;        /* a page request is under way: the list must not move (a logger's call) */
	HashTable *cursors;   /* every next cursor given so far: one given again leads back (NULL: none yet) */
	bool looped;          /* the last next cursor was given before: the next fetch throws */
	HashTable *prev_ids;  /* the ids of the last page read (id => true), or NULL */
	int repeats;          /* pages in a row that brought no invoice the page before lacked */
	bool probing;         /* the last page was short where that need not be the end: the next one asks */
	uint32_t pos;         /* in page */
	zend_long key;
	int pages;
	zend_long requests;
	zend_object std;
} ci_list;

/* A new InvoiceList in return_value, over gateway (a provider object with a list row). */
zend_object *ci_list_create(zval *gateway, const ci_list_filter *flt, zval *return_value);
/* For findInvoice()'s scan: the first invoice (first) or the next one, NULL at the end or when an
 * exception was thrown. */
zval *ci_list_next_invoice(zend_object *obj, bool first);
/* The seconds of a DateTimeInterface; false for anything else, or an unconstructed one. */
bool ci_date_seconds(zval *dt, zend_long *out);
/* The ci_status of a Status case. */
bool ci_status_index(zend_object *c, ci_status *out);

void ci_list_minit(void);

#endif
