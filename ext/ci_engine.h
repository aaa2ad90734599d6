/* The request engine, second half: sends a built request, retries where SPEC §5
 * allows, classifies the answer and turns it into an Invoice or one exception. */
#ifndef CI_ENGINE_H
#define CI_ENGINE_H

#include "ci_provider.h"

/* Runs req to an Invoice in return_value, or throws. */
void ci_engine_invoice(ci_gateway *gw, ci_request *req, zval *return_value);
/* The same without throwing: FAILURE leaves the reason in f (scrubbed of secrets). */
zend_result ci_engine_run(ci_gateway *gw, ci_request *req, zval *return_value, ci_failure *f, int *attempts);
/* getInvoice(): validates id, asks the provider, returns FAILURE with f filled. */
zend_result ci_engine_lookup(ci_gateway *gw, zend_string *id, zval *return_value, ci_failure *f, int *attempts);

/* A nonce no other request of this key has used: milliseconds, then the process id,
 * then a sequence, as one decimal string that only grows within a process. */
zend_string *ci_nonce_next(void);

/* For unwrap hooks: records what the provider's envelope said went wrong. */
void ci_failure_provider(const ci_gateway *gw, ci_failure *f, ci_reply kind, zend_long http,
	const char *message, zval *errors);

/* Monotonic seconds, for rate limits and nonces. */
double ci_now(void);
void ci_sleep(double seconds);

#endif
