/* Seeing what a gateway does (README, "Logging and metrics"): the `logger` option's PSR-3 records, and the hooks the
 * engine calls after each exchange, before each retry and on a call's final failure. The hooks
 * feed Gateways::stats() (ci_stats.c) always and the logger only when there is one: without the
 * option nothing is built and nothing is called. */
#ifndef CI_LOG_H
#define CI_LOG_H

#include "php.h"
#include "ci_provider.h"

struct ci_http_response;

/* Option `logger`: an object with a callable public log() method, else a problem in errs. */
void ci_log_option(const ci_provider *p, zval *value, zval *slot, ci_errors *errs);

/* The gateway's logger state, or NULL when logger is not an object (no option). */
struct ci_log *ci_log_new(zval *logger);
void ci_log_free(struct ci_log *lg);

/* After an exchange: error is the class it failed with, NULL when it gave the result. */
void ci_observe_exchange(ci_gateway *gw, const ci_request *req, const struct ci_http_response *rs,
	int attempt, zend_class_entry *error);
/* Before waiting wait seconds to retry. may_stop: false when the logger has thrown during this call
 * (the caller should stop instead: the retry did not happen and is not counted); a batch passes
 * false and always retries. */
bool ci_observe_retry(ci_gateway *gw, const ci_request *req, double wait, bool may_stop);
/* A call that sent at least one attempt and failed for good, with the class it throws. */
void ci_observe_failure(ci_gateway *gw, const ci_request *req, const ci_failure *f, int attempts);

/* At the end of every gateway method that may log: when the logger threw during the call, its
 * exception replaces the result (and any exception of the call's own). */
void ci_log_call_end(ci_gateway *gw, zval *return_value);
#define CI_LOG_CALL_END(gw, rv) do { if ((gw)->log) { ci_log_call_end((gw), (rv)); } } while (0)

/* Object handler: the logger is reachable from the gateway (a cycle through it is collected). */
HashTable *ci_log_get_gc(zend_object *obj, zval **table, int *n);

#endif
