/* The request engine, second half: sends a built request, retries where docs/protocols.md §5
 * allows, classifies the answer and turns it into an Invoice or one exception. */
#ifndef CI_ENGINE_H
#define CI_ENGINE_H

#include "ci_provider.h"

/* Reads a verified success payload into return_value (SUCCESS), or fills f (FAILURE): never retried. */
typedef zend_result (*ci_accept_fn)(const ci_gateway *gw, const ci_request *req, zval *payload, const void *ctx,
	zval *return_value, ci_failure *f);
/* The two accepts: an Invoice (ctx: the ci_lookup it must answer, or NULL), or the payload itself. */
zend_result ci_engine_accept_invoice(const ci_gateway *gw, const ci_request *req, zval *payload, const void *ctx,
	zval *return_value, ci_failure *f);
zend_result ci_engine_accept_payload(const ci_gateway *gw, const ci_request *req, zval *payload, const void *ctx,
	zval *return_value, ci_failure *f);
/* The attempt loop: sends req, retries where the policy allows, and hands a success payload to
 * accept. FAILURE leaves the reason in f (scrubbed of secrets). */
zend_result ci_engine_run_with(ci_gateway *gw, ci_request *req, ci_accept_fn accept, const void *ctx,
	zval *return_value, ci_failure *f, int *attempts);

/* Runs req to an Invoice (a payload row: its payload) in return_value, or throws. */
void ci_engine_invoice(ci_gateway *gw, ci_request *req, zval *return_value);
/* The same without throwing: FAILURE leaves the reason in f (scrubbed of secrets). A payload
 * row (ci_request_wants_payload) gives its success payload instead of an Invoice. */
zend_result ci_engine_run(ci_gateway *gw, ci_request *req, zval *return_value, ci_failure *f, int *attempts);
/* getInvoice(): validates id, asks the provider, returns FAILURE with f filled. The answer
 * must be about that invoice (see ci_engine_run_lookup). */
zend_result ci_engine_lookup(ci_gateway *gw, zend_string *id, zval *return_value, ci_failure *f, int *attempts);

/* A request for row about one invoice: the id goes where the row says (path, body). */
void ci_request_init_id(const ci_gateway *gw, ci_request *req, const ci_operation *row, zend_string *id);
/* The same for n ids (n > 1 only for a row that takes a list of them). */
void ci_request_init_ids(const ci_gateway *gw, ci_request *req, const ci_operation *row, zend_string *const *ids, uint32_t n);
/* The URL of req: its own when its path names the id, else the gateway's for the operation. */
zend_string *ci_engine_url(const ci_gateway *gw, const ci_request *req);

/* What a lookup asked for: the Invoice property (CI_INV_ID, or CI_INV_ORDER_ID for a lookup by
 * order id) and its value. */
typedef struct ci_lookup {
	ci_inv_prop prop;
	zend_string *value;
} ci_lookup;
/* ci_engine_run() for a lookup: an answer whose invoice does not carry want's value (an answer
 * about another invoice) is an UnexpectedResponseException, and is not retried. */
zend_result ci_engine_run_lookup(ci_gateway *gw, ci_request *req, const ci_lookup *want, zval *return_value,
	ci_failure *f, int *attempts);



/* {{{ Attempt pieces, shared by the one-by-one loop and the batch runner (ci_batch.c) */
struct ci_http_request;
struct ci_http_response;
typedef enum { CI_JUDGE_OK, CI_JUDGE_RETRY, CI_JUDGE_FAIL } ci_judgement;

/* Per attempt: fresh nonce, body bytes, signature. */
zend_result ci_engine_encode(const ci_gateway *gw, ci_request *req, ci_failure *f);
void ci_engine_http_request(const ci_gateway *gw, ci_request *req, struct ci_http_request *rq);
/* Classifies an answer: OK with *payload, or the failure and whether the retry policy
 * (ci_policy.h) lets it be retried. Backoff, rate limiter and secrets: ci_policy.h. */
ci_judgement ci_engine_judge(const ci_gateway *gw, const ci_request *req, struct ci_http_response *rs,
	ci_failure *f, zval *json, zval **payload);
/* }}} */

/* How many requests a batch (createInvoices(), getInvoices()) may have in flight. */
#define CI_CONCURRENCY_MIN 1
#define CI_CONCURRENCY_MAX 256

/* Whether a batch's concurrency is in range; else InvalidArgumentException naming it. */
bool ci_engine_concurrency_ok(const ci_gateway *gw, zend_long concurrency);

/* createInvoices(): every item validated first, then sent concurrency at a time. */
void ci_engine_batch(ci_gateway *gw, HashTable *batch, int concurrency, zval *return_value);
/* getInvoices(): every id checked first, then looked up concurrency requests at a time (ids_max
 * ids a request where the lookup row takes a list); same keys as ids, an exception per failed item. */
void ci_engine_get_many(ci_gateway *gw, HashTable *ids, int concurrency, zval *return_value);
/* An id no provider could have issued, refused before anything is sent (f filled). */
bool ci_engine_id_invalid(const ci_gateway *gw, const zend_string *id, const char *param, const char *what, ci_failure *f);


/* The gateway behind a method's $this, or NULL after an Error (an object never constructed). */
ci_gateway *ci_gateway_ready(zval *self);

/* Monotonic seconds, for rate limits and nonces. */
double ci_now(void);
void ci_sleep(double seconds);

#endif
