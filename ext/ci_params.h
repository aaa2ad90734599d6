/* The request engine, first half: walks a provider's parameter table over the
 * caller's array, validating every key and building the wire body. */
#ifndef CI_PARAMS_H
#define CI_PARAMS_H

#include "ci_provider.h"
#include "ci_text.h"


/* A request for one of the provider's operations (its row). */
void ci_request_init(ci_request *req, const ci_operation *operation);
void ci_request_dtor(ci_request *req);

/* Fills req->body from params by the operation's parameter table; every problem goes to errs. */
void ci_params_build(const ci_gateway *gw, HashTable *params, ci_request *req, ci_errors *errs);




#endif
