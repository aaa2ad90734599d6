/* The policy: what a failed exchange becomes, whether it may be tried again, how long to wait,
 * how fast a key may send, and what must never be shown.
 *
 * THE RETRY POLICY is one table, ci_policy_table in ci_policy.c. Each row is an outcome of an
 * exchange (ci_outcome: no answer, a certificate refused, a redirect, credentials refused, rate
 * limited, not found, refused, not the documented answer...) and says which exception class it
 * becomes and, for each operation retry class (read: lookups and lists; create; once: cancel and
 * request(); money: refunds), whether
 * it may be retried. Right below the table, three small maps say which outcome each transport
 * error kind (ci_http_error), HTTP status and provider reply kind (ci_reply) is. ci_engine.c's
 * judge functions name what happened, write the message and ask this file for the rest. Also
 * here: the backoff between attempts (ci_policy_backoff), whether libcurl may send the same bytes
 * again by itself (ci_policy_may_resend), THE RATE LIMITER (ci_rate_next, ci_rate_done,
 * ci_rate_wait: one request per interval per key, process-wide) and THE SECRETS LIST
 * (ci_policy_secrets, ci_policy_secret_keys: what is scrubbed from everything shown). */
#ifndef CI_POLICY_H
#define CI_POLICY_H

#include "php.h"
#include "ci_provider.h"
#include "ci_http.h"

/* {{{ The retry policy */
/* How much an operation may be repeated: one per operation (ci_policy_retry_class). */
typedef enum ci_retry_class {
	CI_RETRY_READ,    /* creates nothing (lookups): retried on any transport failure and any 5xx */
	CI_RETRY_CREATE,  /* creates something: retried when nothing was sent, or when the provider
	                   * deduplicates it and the answer was 502, 503 or 504 */
	CI_RETRY_ONCE,    /* must happen at most once (cancel, request()): retried only when nothing was
	                   * sent, or when the provider said it did nothing (429) */
	CI_RETRY_MONEY,   /* spends money (a refund): retried only when nothing was sent, whatever came back */
	CI_RETRY_CLASSES
} ci_retry_class;

/* What an exchange came to, as far as the policy tells outcomes apart. */
typedef enum ci_outcome {
	CI_OUTCOME_NONE = 0,      /* nothing the policy decides: the answer is read on */
	CI_OUTCOME_NO_ANSWER,     /* transport: timeout, connect, send, receive, proxy, other */
	CI_OUTCOME_TLS,           /* transport: the peer is not who it claims */
	CI_OUTCOME_TOO_LARGE,     /* transport: an answer over 1 MiB, aborted */
	CI_OUTCOME_REDIRECT,      /* HTTP 3xx: never followed */
	CI_OUTCOME_PROXY_REFUSED, /* HTTP 407: the proxy refused, the provider was not reached */
	CI_OUTCOME_AUTH,          /* HTTP 401/403, or the provider refused the credentials */
	CI_OUTCOME_RATE_LIMIT,    /* HTTP 429, or the provider said it is limiting the key */
	CI_OUTCOME_NOT_FOUND,     /* the provider does not know the invoice */
	CI_OUTCOME_REFUSED,       /* the provider refused the request (its error envelope) */
	CI_OUTCOME_UNEXPECTED,    /* not the documented answer: not JSON, another shape */
	CI_OUTCOMES
} ci_outcome;

/* The only place that knows the operations: which retry class each is. */
ci_retry_class ci_policy_retry_class(ci_op op);

ci_outcome ci_policy_transport(ci_http_error error);
/* CI_OUTCOME_NONE for a status the policy leaves to the answer's body (2xx, 4xx, 5xx...). */
ci_outcome ci_policy_status(zend_long http);
ci_outcome ci_policy_reply(ci_reply reply);

/* The exception class an outcome is thrown as. */
zend_class_entry *ci_policy_exception(ci_outcome o);
/* Whether an attempt that came to o may be tried again. http: the answer's status (0 without
 * one); sent: bytes of the request may have reached the provider; deduplicated: the provider
 * makes a repeat of this request a no-op (ci_request.idempotent). */
bool ci_policy_may_retry(ci_outcome o, ci_retry_class rc, zend_long http, bool sent, bool deduplicated);
/* Whether libcurl may send a request's bytes again by itself when a reused connection dies
 * unanswered (ci_http_request.once is the opposite): only where a second arrival is harmless
 * and the same bytes are still valid (single_use: a nonce the provider refuses the second time). */
bool ci_policy_may_resend(ci_retry_class rc, bool deduplicated, bool single_use);
/* A create's or a refund's final failure that does not mean "nothing was done" (an answer lost
 * after the request went out, an answer that does not read, a 5xx) says what to do before trying
 * again; sent: bytes of the last attempt may have reached the provider. */
void ci_policy_hint_unsure(ci_op op, ci_failure *f, bool sent);
/* Seconds before retry number n (1-based), or < 0 to stop (a Retry-After beyond the cap). */
double ci_policy_backoff(int n, const ci_failure *f);
/* }}} */

/* {{{ The rate limiter: one request per interval per key (gw->limit_key), for every gateway of
 * the process, spaced from the end of the previous exchange (see ci_policy.c). */
/* now when a request of this key may start now (the key is then held until ci_rate_done()), else
 * the time it may. */
double ci_rate_next(const ci_gateway *gw, double now);
/* Sleeps until a request of this key may start, and holds the key. */
void ci_rate_wait(const ci_gateway *gw);
/* When an exchange ended: the key is free one interval later (the provider counts arrivals). */
void ci_rate_done(const ci_gateway *gw);
/* }}} */

/* {{{ The secrets list: what must never be shown (docs/protocols.md §2). The scrubber itself,
 * which finds them in any form text can carry them, is ci_errors.c's ci_secrets_*. */
/* The option and config keys whose values are secrets ("proxy", "secret_key", "api_key"...),
 * NULL-terminated. */
extern const char *ci_policy_secret_keys[];
/* Fills ci_policy_secret_keys from the registry (MINIT). */
void ci_policy_minit(void);
/* The gateway's secrets: its key, token or private key, the proxy string, CryptoCloud's
 * secret_key. Empty for a gateway that was never constructed. */
void ci_policy_secrets(const ci_gateway *gw, ci_secrets *s);
/* Adds the secrets a caller's config array holds (under ci_policy_secret_keys). */
void ci_policy_secrets_in_config(ci_secrets *s, HashTable *config);
/* The failure scrubbed of the gateway's secrets, its body then capped. */
void ci_policy_scrub(const ci_gateway *gw, ci_failure *f);
/* Consumes str; returns it, or a copy scrubbed of the gateway's secrets. */
zend_string *ci_policy_scrub_str(const ci_gateway *gw, zend_string *str);
/* }}} */

#endif
