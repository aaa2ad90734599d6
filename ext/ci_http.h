/* Transport: HTTP exchanges over libcurl, one at a time or many at once. Knows no provider.
 *
 * ci_http.c is the only file that sees libcurl. A caller gives a request (method, URL, body)
 * and the gateway's fixed settings (ci_http_config); it gets back the answer, or why there was
 * none as an error kind (ci_http_error) with libcurl's text and number, never a libcurl type. */
#ifndef CI_HTTP_H
#define CI_HTTP_H

#include "php.h"
#include "zend_smart_str.h"

#define CI_HTTP_BODY_MAX 1048576 /* bytes allowed in an answer; one more aborts */

/* Connection lanes: see ci_http.c. */
#define CI_HTTP_LANE_SINGLE 0     /* one request at a time, HTTP/1.1 */
#define CI_HTTP_LANE_MULTIPLEX 1  /* batches over TLS, HTTP/2 */
#define CI_HTTP_LANES 2

/* Process start-up and shutdown (MINIT, MSHUTDOWN): libcurl's global state, and the pooled
 * handles and shared connection caches, which must go before libcurl itself does. */
zend_result ci_http_minit(void);
void ci_http_mshutdown(void);
/* "8.5.0": the libcurl in use, for phpinfo() and the User-Agent. */
const char *ci_http_version(void);

/* {{{ A gateway's fixed settings: built once, shared by every request of the gateway */
typedef struct ci_http_settings {
	zend_string *base_url;        /* with the TLS and proxy settings: what connections are pooled by */
	bool persistent;              /* connections outlive the web request (the pool) */
	double timeout;               /* seconds for the whole exchange */
	double connect_timeout;       /* seconds */
	bool verify_tls;
	zend_string *ca_file;         /* NULL: the system's */
	zend_string *proxy;           /* NULL: none, whatever the environment says; may hold credentials */
	zend_string *user_agent;      /* the whole User-Agent header */
	zend_string *const *headers;  /* fixed "Name: value" lines */
	int nheaders;
	bool form;                    /* bodies are multipart/form-data, not JSON */
} ci_http_settings;

typedef struct ci_http_config {
	double timeout;
	double connect_timeout;
	bool verify_tls;
	zend_string *ca_file;
	zend_string *proxy;
	zend_string *user_agent;
	zend_string *pool_key;        /* hashed, so no proxy password is kept in clear; NULL: not persistent */
	void *headers;                /* the fixed header list, as libcurl takes it */
	uint64_t id;                  /* fresh per config: a pooled handle last set up for it needs no set-up */
} ci_http_config;

/* Copies what it keeps of s. ci_http_config_free(NULL) does nothing. */
ci_http_config *ci_http_config_new(const ci_http_settings *s);
void ci_http_config_free(ci_http_config *c);
/* }}} */

/* A URL parsed once for every request to it (NULL where libcurl cannot take one: it is then
 * passed as text and parsed per request); ci_http_url_free(NULL) does nothing. A URL built per
 * call (an id in its path) needs none of this: a request's url alone is enough. */
void *ci_http_url_new(zend_string *url);
void ci_http_url_free(void *parsed);

typedef enum ci_http_method {
	CI_HTTP_POST = 0,
	CI_HTTP_GET,                  /* sends no body: body, body_len, form and once are not used */
} ci_http_method;

typedef struct ci_http_request {
	ci_http_method method;
	zend_string *url;
	void *parsed_url;             /* the same url from ci_http_url_new(), or NULL */
	const char *body;             /* JSON bytes, or NULL with form */
	size_t body_len;
	HashTable *form;              /* multipart/form-data fields (strings) */
	zend_string *extra_header;    /* per-attempt (signature), or NULL */
	const ci_http_config *config; /* the gateway's fixed settings */
	bool batch;                   /* one of many at once: HTTP/2 and multiplexing where TLS allows */
	bool once;                    /* these bytes may reach the server at most once: libcurl must not
	                               * re-send them on its own (ci_http.c, "At most once") */
} ci_http_request;

/* Why an exchange did not complete, as far as a caller needs to tell (ci_policy.c decides
 * what each becomes). */
typedef enum ci_http_error {
	CI_HTTP_OK = 0,               /* an answer came, whatever its status */
	CI_HTTP_TIMEOUT,              /* the timeout passed */
	CI_HTTP_CONNECT,              /* no connection: DNS, refused, unreachable, TLS handshake */
	CI_HTTP_TLS,                  /* the peer is not who it claims (its certificate) */
	CI_HTTP_SEND,                 /* the request could not be sent */
	CI_HTTP_RECV,                 /* no whole answer: cut, closed, nothing at all */
	CI_HTTP_PROXY,                /* the proxy could not be reached, or would not connect us */
	CI_HTTP_TOO_LARGE,            /* the answer was over CI_HTTP_BODY_MAX: aborted */
	CI_HTTP_OTHER,                /* anything else (out of memory, a libcurl refusal) */
} ci_http_error;

#define CI_HTTP_DETAIL_SIZE 256   /* libcurl's error buffer (CURL_ERROR_SIZE) */

typedef struct ci_http_response {
	long status;
	smart_str body;
	bool sent;                    /* request bytes may have reached the server */
	double duration;              /* seconds the exchange took, as libcurl timed it */
	long connects;                /* connections opened for it (0: it rode on one already open) */
	bool reused;                  /* sent over a connection opened before this exchange */
	double retry_after;           /* Retry-After in seconds, < 0 when absent (ci_http_finish) */
	time_t retry_at;              /* Retry-After given as an HTTP-date, -1 when not */
	time_t date;                  /* the answer's Date header, -1 when absent */
	ci_http_error error;          /* CI_HTTP_OK when the exchange completed */
	int code;                     /* libcurl's number for the failure (TransportException::getCode()) */
	const char *reason;           /* libcurl's fixed text for it ("Timeout was reached"): never a URL
	                               * or a header; NULL with CI_HTTP_OK */
	char detail[CI_HTTP_DETAIL_SIZE]; /* what libcurl said about this one failure, or "" */
} ci_http_response;

void ci_http_response_init(ci_http_response *rs);
void ci_http_response_dtor(ci_http_response *rs);

/* Performs the exchange; rs->error says whether it completed. */
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

/* The number libcurl gives a proxy's refused CONNECT (over https): a proxy's 407 over plain
 * http arrives as a status instead, and is reported with the same code. */
int ci_http_proxy_refused_code(void);

/* The process-wide connection pool: its entry destructor (for GINIT). */
void ci_http_pool_entry_dtor(zval *zv);
/* End of a web request: no transfer of ours is under way any more, even after a bailout. */
void ci_http_rshutdown(void);
/* phpinfo() figures */
zend_long ci_http_pool_idle(void);
/* Idle handles pooled under one connection key (both lanes); 0 for NULL or an unknown key. */
zend_long ci_http_pool_idle_key(zend_string *key);

#endif
