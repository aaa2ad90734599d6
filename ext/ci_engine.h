/* The request engine, second half: sends a built request, retries where SPEC §5
 * allows, classifies the answer and turns it into an Invoice or one exception. */
#ifndef CI_ENGINE_H
#define CI_ENGINE_H

#include "ci_provider.h"

/* Runs req to an Invoice in return_value, or throws. */
void ci_engine_invoice(ci_gateway *gw, ci_request *req, zval *return_value);

/* For unwrap hooks: records what the provider's envelope said went wrong. */
void ci_failure_provider(const ci_gateway *gw, ci_failure *f, ci_reply kind, zend_long http,
	const char *message, zval *errors);

/* Monotonic seconds, for rate limits and nonces. */
double ci_now(void);
void ci_sleep(double seconds);

#endif
