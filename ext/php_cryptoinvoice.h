/* cryptoinvoice: crypto-payment invoices for PHP (Cryptomus, CryptoCloud, OnChainPay, Bitsby, Heleket). */
#ifndef PHP_CRYPTOINVOICE_H
#define PHP_CRYPTOINVOICE_H

#include "php.h"
#include "ci_stats.h"

#define PHP_CRYPTOINVOICE_VERSION "0.1.0"

extern zend_module_entry cryptoinvoice_module_entry;
#define phpext_cryptoinvoice_ptr &cryptoinvoice_module_entry

/* Per-process (per-thread under ZTS) state that outlives a web request:
 * the connection pool, the per-key rate limiter and the nonce sequence. */
ZEND_BEGIN_MODULE_GLOBALS(cryptoinvoice)
	HashTable pool;          /* connection key -> idle easy handles, persistent */
	void *share[2];          /* libcurl's share handle per lane (ci_http.c): the connection caches that outlive requests */
	long pool_pid;           /* the process that opened what the pool holds (0: nothing yet); after a fork
	                          * the child finds another pid and drops it all without a byte of I/O */
	void *pool_socks;        /* every socket libcurl has open for us (ci_http.c), so a forked child can */
	int pool_nsocks;         /* take them out from under the handles it inherited */
	int pool_socks_cap;
	int pool_busy;           /* our transfers under way (ci_http.c): with none, every recorded socket is idle */
	zend_ulong pool_closes;  /* recorded sockets closed so far: a transfer that saw one may have retried */
	HashTable rate_limits;   /* key digest -> when the key is free again (double, monotonic seconds) */
	uint32_t rate_sweep_at;  /* entries at which keys no longer held are next dropped (ci_engine.c) */
	uint64_t nonce_last_ms;
	uint32_t nonce_seq;
	zend_long pool_opened;   /* connections libcurl opened, for phpinfo() */
	zend_long pool_reused;   /* requests that rode on an already open connection */
	zval utc_epoch;          /* per request: a UTC DateTimeImmutable that dates are made from */
	uint64_t http_config_seq; /* last id given by ci_http_config_id() */
	void *digest_ctx;        /* EVP_MD_CTX kept between digests: OpenSSL reuses its state */
	ci_stats stats;          /* per-provider figures for Gateways::stats() and phpinfo() */
ZEND_END_MODULE_GLOBALS(cryptoinvoice)

ZEND_EXTERN_MODULE_GLOBALS(cryptoinvoice)
#define CI_G(v) ZEND_MODULE_GLOBALS_ACCESSOR(cryptoinvoice, v)

#if defined(ZTS) && defined(COMPILE_DL_CRYPTOINVOICE)
ZEND_TSRMLS_CACHE_EXTERN()
#endif

#endif
