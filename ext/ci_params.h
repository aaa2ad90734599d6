/* The request engine, first half: walks a provider's parameter table over the
 * caller's array, validating every key and building the wire body. */
#ifndef CI_PARAMS_H
#define CI_PARAMS_H

#include "ci_provider.h"
#include "ci_text.h"

/* The row of a unified key the provider has no field for (docs/protocols.md §3, "not
 * expressible"): giving it is an InvalidArgumentException that names hint, where the setting
 * lives instead; with the option strict => false the key is dropped. One macro for every
 * provider, so such a row always reads and behaves the same. */
#define CI_NOT_EXPRESSIBLE(k, t, h) {.key = (k), .type = (t), .flags = CI_F_UNIFIED, .hint = (h)}

/* A request for one of the provider's operations (its row). */
void ci_request_init(ci_request *req, const ci_operation *operation);
void ci_request_dtor(ci_request *req);

/* Fills req->body from params by the operation's parameter table; every problem goes to errs. */
void ci_params_build(const ci_gateway *gw, HashTable *params, ci_request *req, ci_errors *errs);

/* Validates value against f and writes its wire form to out (UNDEF after a problem). */
void ci_param_check(const ci_gateway *gw, const ci_field *f, zval *value, const char *param, ci_errors *errs, zval *out);

/* Sets a dotted wire path; a path another key already set is a conflict. */
void ci_body_set(const ci_gateway *gw, ci_request *req, const char *wire, zval *value, const char *param, ci_errors *errs);
/* The value at a dotted wire path, or NULL. */
zval *ci_body_get(ci_request *req, const char *wire);
/* Adds a value that no caller key set (credentials, defaults, nonces), replacing any. */
void ci_body_put(ci_request *req, const char *key, zval *value);
void ci_body_put_str(ci_request *req, const char *key, zend_string *value);
/* Marks a top-level body key whose decimal text goes out as a JSON number. */
void ci_body_mark_number(ci_request *req, const char *key);



/* For expires_in where the wire counts whole minutes: an integer number of seconds that is a
 * positive multiple of 60 and at most max_minutes minutes, as minutes; FAILURE after reporting
 * why (unit names the wire's field). */
zend_result ci_param_minutes(const ci_gateway *gw, zval *value, const char *param, const char *unit,
	zend_long max_minutes, ci_errors *errs, zend_long *minutes);

/* Whether v is data only (strings, numbers, booleans, null, arrays of them; no object, no
 * NAN/INF, not nested too deep); reports where it is not. Objects are refused because their
 * jsonSerialize()/__toString() is user code that would run inside the call. */
bool ci_param_plain(const ci_gateway *gw, zval *v, const char *param, ci_errors *errs);
/* A copy of plain data that shares nothing the caller can change (arrays rebuilt, references resolved). */
void ci_plain_copy(zval *v, zval *out);
/* What v reads as in messages (ci_value_describe()), except that a text holding one of gw's
 * secrets is not shown. */
zend_string *ci_param_describe(const ci_gateway *gw, zval *v);
#endif
