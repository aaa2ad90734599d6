/* The process's figures per provider (README, "Logging and metrics"): Gateways::stats() and phpinfo(). */
#ifndef CI_STATS_H
#define CI_STATS_H

#include "php.h"

#define CI_STATS_PROVIDERS 8 /* rows; the registry has fewer */
#define CI_STATS_CLASSES 8   /* distinct exception classes counted per provider */
#define CI_STATS_KEYS 16     /* connection keys remembered per provider (the pool keeps 16) */

typedef struct ci_stats_row {
	zend_long requests;     /* attempts: a retried call counts each */
	zend_long retries;
	zend_long opened;       /* connections opened */
	zend_long reused;       /* exchanges sent over a connection opened before */
	zend_class_entry *failure_ce[CI_STATS_CLASSES];
	zend_long failures[CI_STATS_CLASSES]; /* calls that failed for good, by the class thrown */
	zend_string *pool_keys[CI_STATS_KEYS]; /* persistent copies: where its idle connections are */
} ci_stats_row;

typedef struct ci_stats {
	ci_stats_row rows[CI_STATS_PROVIDERS];
} ci_stats;

struct ci_provider;
struct ci_http_response;

void ci_stats_exchange(const struct ci_provider *p, const zend_string *pool_key, const struct ci_http_response *rs);
void ci_stats_retry(const struct ci_provider *p);
void ci_stats_failure(const struct ci_provider *p, zend_class_entry *ce);

/* GSHUTDOWN: the remembered keys. */
void ci_stats_free(ci_stats *s);
/* phpinfo(): one row per provider. */
void ci_stats_minfo(void);

#endif
