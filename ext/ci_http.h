/* Transport: one HTTP POST over libcurl. Knows no provider. */
#ifndef CI_HTTP_H
#define CI_HTTP_H

#include "php.h"
#include "zend_smart_str.h"
#include <curl/curl.h>
#include "ci_options.h"

#define CI_HTTP_BODY_MAX 1048576 /* bytes allowed in an answer; one more aborts */

/* Connection lanes: see ci_http.c. */
#define CI_HTTP_LANE_SINGLE 0     /* one request at a time, HTTP/1.1 */
#define CI_HTTP_LANE_MULTIPLEX 1  /* batches over TLS, HTTP/2 */
#define CI_HTTP_LANES 2

typedef struct ci_http_request {
	zend_string *url;
	void *curlu;                 /* url parsed by ci_http_url_new(), or NULL */
	const char *body;            /* JSON bytes, or NULL with form */
	size_t body_len;
	HashTable *form;             /* multipart/form-data fields (strings) */
	const void *headers;         /* the fixed list from ci_http_headers_new() */
	zend_string *extra_header;   /* per-attempt (signature), or NULL */
	zend_string *pool_key;       /* from ci_http_pool_key(); NULL: not persistent */
	uint64_t config;             /* ci_http_config_id() of the gateway: same id, same fixed options */
	bool batch;                  /* one of many at once: HTTP/2 and multiplexing where TLS allows */
	bool once;                   /* these bytes may reach the server at most once: libcurl must not
	                              * re-send them on its own (ci_http.c, "At most once") */
	const ci_options *opts;
	zend_string *user_agent;
} ci_http_request;

/* Built once per gateway, so a request allocates no header list and hashes no key. */
void *ci_http_headers_new(zend_string *const *headers, int n, bool form);
void ci_http_headers_free(void *list);
zend_string *ci_http_pool_key(const ci_options *opts);
/* A URL parsed once for every request to it (NULL where libcurl cannot take one: it is then
 * passed as text and parsed per request); ci_http_url_free(NULL) does nothing. */
void *ci_http_url_new(zend_string *url);
void ci_http_url_free(void *curlu);
/* A fresh non-zero id for one gateway's fixed transport options (timeouts, TLS, proxy, agent). */
uint64_t ci_http_config_id(void);

typedef struct ci_http_response {
	long status;
	smart_str body;
	bool too_large;
	bool sent;                   /* request bytes may have reached the server */
	double duration;             /* seconds the exchange took, as libcurl timed it */
	long connects;               /* connections opened for it (0: it rode on one already open) */
	bool reused;                 /* sent over a connection opened before this exchange */
	double retry_after;          /* Retry-After in seconds, < 0 when absent (ci_http_finish) */
	time_t retry_at;             /* Retry-After given as an HTTP-date, -1 when not */
	time_t date;                 /* the answer's Date header, -1 when absent */
	CURLcode code;
	char error[CURL_ERROR_SIZE];
} ci_http_response;

void ci_http_response_init(ci_http_response *rs);
void ci_http_response_dtor(ci_http_response *rs);

/* Performs the exchange; rs->code says whether it completed. */
void ci_http_send(const ci_http_request *rq, ci_http_response *rs);

/* {{{ Many exchanges at once (createInvoices) */
typedef struct ci_http_xfer ci_http_xfer;
typedef struct ci_http_multi ci_http_multi;

/* A configured exchange, not started; rq must live until it is done. */
ci_http_xfer *ci_http_xfer_new(const ci_http_request *rq, ci_http_response *rs);
ci_http_multi *ci_http_multi_new(void);
void ci_http_multi_add(ci_http_multi *m, ci_http_xfer *x, void *tag);
/* Runs transfers for up to timeout_ms; calls done(tag, ctx) for each that finished
 * (its response is complete then). Returns how many are still running. */
int ci_http_multi_run(ci_http_multi *m, int timeout_ms, void (*done)(void *tag, void *ctx), void *ctx);
void ci_http_multi_free(ci_http_multi *m);
/* }}} */

/* libcurl's fixed text for a code ("Timeout was reached"): never a URL or a header. */
const char *ci_http_strerror(CURLcode code);

/* True for failures that say the peer is not who it claims (never retried). */
bool ci_http_is_tls_failure(CURLcode code);

/* The process-wide connection pool: its entry destructor (for GINIT) and the
 * teardown (MSHUTDOWN) of the pooled handles and the shared connection cache. */
void ci_http_pool_entry_dtor(zval *zv);
void ci_http_pool_shutdown(void);
/* End of a web request: no transfer of ours is under way any more, even after a bailout. */
void ci_http_rshutdown(void);
/* phpinfo() figures */
zend_long ci_http_pool_idle(void);
/* Idle handles pooled under one connection key (both lanes); 0 for NULL or an unknown key. */
zend_long ci_http_pool_idle_key(zend_string *key);

#endif
