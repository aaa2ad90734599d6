/* Gateway options (docs/protocols.md §2): parsed and validated once, in the constructor. */
#ifndef CI_OPTIONS_H
#define CI_OPTIONS_H

#include "php.h"
#include "ci_errors.h"

typedef struct ci_options {
	zend_string *base_url;   /* no trailing slash */
	double timeout;
	double connect_timeout;
	zend_long retries;
	bool verify_tls;
	bool persistent;
	bool strict;
	zend_string *ca_file;
	zend_string *proxy;      /* may hold credentials: never shown */
	zend_string *user_agent; /* suffix given by the caller */
	zend_string *secret_key; /* CryptoCloud postback JWT key: never shown */
	zend_string *payout_key; /* Heleket payout API key (signs refunds): never shown */
	double rate_limit;       /* requests per second, 0 = unlimited */
	zval logger;             /* PSR-3 logger object, UNDEF without one (ci_log.c) */
} ci_options;

struct ci_provider;

/* Fills o from the caller's array; keys listed in skip (Gateways::create's
 * credential keys) are ignored. Problems go to errs. */
void ci_options_parse(ci_options *o, const struct ci_provider *p, HashTable *in, const char *const *skip, ci_errors *errs);
void ci_options_dtor(ci_options *o);
/* The redacted view for var_dump()/print_r(). */
void ci_options_debug(const ci_options *o, HashTable *out);

#endif
