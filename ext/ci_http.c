/* Transport over libcurl: see ci_http.h.
 *
 * Handles live in a per-process pool keyed by everything a connection depends on,
 * so an FPM worker reuses its TLS connections across web requests. */
#include "php.h"
#include "php_cryptoinvoice.h"
#include "ci_http.h"
#include "ci_crypto.h"

#define CI_POOL_KEYS 16        /* distinct endpoints kept */
#define CI_POOL_PER_KEY 4      /* idle handles kept per endpoint */

typedef struct ci_pool_slot {
	CURL *idle[CI_POOL_PER_KEY];
	int n;
} ci_pool_slot;

void ci_http_pool_entry_dtor(zval *zv)
{
	ci_pool_slot *slot = Z_PTR_P(zv);
	for (int i = 0; i < slot->n; i++) {
		curl_easy_cleanup(slot->idle[i]);
	}
	pefree(slot, 1);
}

void ci_http_pool_clear(void)
{
	zend_hash_clean(&CI_G(pool));
}

zend_long ci_http_pool_idle(void)
{
	zend_long n = 0;
	ci_pool_slot *slot;
	ZEND_HASH_FOREACH_PTR(&CI_G(pool), slot) {
		n += slot->n;
	} ZEND_HASH_FOREACH_END();
	return n;
}

/* Everything a reusable connection depends on; hashed so a proxy password is not kept in clear. */
static zend_string *ci_pool_key(const ci_http_request *rq)
{
	const ci_options *o = rq->opts;
	zend_string *k = zend_strpprintf(0, "%s|%d|%s|%s", ZSTR_VAL(o->base_url), o->verify_tls,
		o->ca_file ? ZSTR_VAL(o->ca_file) : "", o->proxy ? ZSTR_VAL(o->proxy) : "");
	zend_string *digest = ci_digest_key(ZSTR_VAL(k), ZSTR_LEN(k), "pool", 4);
	zend_string_release(k);
	return digest;
}

static CURL *ci_pool_acquire(zend_string *key)
{
	ci_pool_slot *slot = key ? zend_hash_find_ptr(&CI_G(pool), key) : NULL;

	if (slot && slot->n > 0) {
		CURL *h = slot->idle[--slot->n];
		curl_easy_reset(h); /* options go, the connection cache stays */
		return h;
	}
	return curl_easy_init();
}

static void ci_pool_release(zend_string *key, CURL *h)
{
	ci_pool_slot *slot;

	if (!key) {
		curl_easy_cleanup(h);
		return;
	}
	slot = zend_hash_find_ptr(&CI_G(pool), key);
	if (!slot) {
		if (zend_hash_num_elements(&CI_G(pool)) >= CI_POOL_KEYS) {
			curl_easy_cleanup(h);
			return;
		}
		/* The pool outlives the request, so its key must be persistent memory too. */
		zend_string *pkey = zend_string_init(ZSTR_VAL(key), ZSTR_LEN(key), 1);
		slot = pecalloc(1, sizeof(*slot), 1);
		zend_hash_add_new_ptr(&CI_G(pool), pkey, slot);
		zend_string_release(pkey);
	}
	if (slot->n < CI_POOL_PER_KEY) {
		slot->idle[slot->n++] = h;
	} else {
		curl_easy_cleanup(h);
	}
}

void ci_http_response_init(ci_http_response *rs)
{
	memset(rs, 0, sizeof(*rs));
	rs->retry_after = -1;
}

void ci_http_response_dtor(ci_http_response *rs)
{
	smart_str_free(&rs->body);
	ci_http_response_init(rs);
}

static size_t ci_http_on_body(char *data, size_t size, size_t nmemb, void *ctx)
{
	ci_http_response *rs = ctx;
	size_t len = size * nmemb;
	size_t have = rs->body.s ? ZSTR_LEN(rs->body.s) : 0;

	/* Abort instead of buffering a hostile answer: libcurl ends with CURLE_WRITE_ERROR. */
	if (have + len > CI_HTTP_BODY_MAX) {
		rs->too_large = true;
		return 0;
	}
	smart_str_appendl(&rs->body, data, len);
	return len;
}

static size_t ci_http_on_header(char *data, size_t size, size_t nmemb, void *ctx)
{
	ci_http_response *rs = ctx;
	size_t len = size * nmemb;
	static const char name[] = "retry-after:";

	if (len > sizeof(name) - 1 && strncasecmp(data, name, sizeof(name) - 1) == 0) {
		const char *v = data + sizeof(name) - 1;
		char *end;
		while (*v == ' ' || *v == '\t') {
			v++;
		}
		double secs = zend_strtod(v, (const char **)&end);
		if (end != v && secs >= 0 && zend_finite(secs)) {
			rs->retry_after = secs;
		}
	}
	return len;
}

static struct curl_slist *ci_http_headers(const ci_http_request *rq)
{
	struct curl_slist *list = NULL;

	for (int i = 0; i < rq->nheaders; i++) {
		list = curl_slist_append(list, ZSTR_VAL(rq->headers[i]));
	}
	if (rq->extra_header) {
		list = curl_slist_append(list, ZSTR_VAL(rq->extra_header));
	}
	if (!rq->form) {
		list = curl_slist_append(list, "Content-Type: application/json");
	}
	list = curl_slist_append(list, "Accept: application/json");
	list = curl_slist_append(list, "Expect:"); /* no 100-continue round trip */
	return list;
}

static curl_mime *ci_http_form(CURL *h, HashTable *form)
{
	curl_mime *mime = curl_mime_init(h);
	zend_string *key;
	zval *val;

	ZEND_HASH_FOREACH_STR_KEY_VAL(form, key, val) {
		if (!key || Z_TYPE_P(val) != IS_STRING) {
			continue;
		}
		curl_mimepart *part = curl_mime_addpart(mime);
		curl_mime_name(part, ZSTR_VAL(key));
		curl_mime_data(part, Z_STRVAL_P(val), Z_STRLEN_P(val));
	} ZEND_HASH_FOREACH_END();
	return mime;
}

static void ci_http_setopts(CURL *h, const ci_http_request *rq, ci_http_response *rs, struct curl_slist *headers)
{
	const ci_options *o = rq->opts;

	curl_easy_setopt(h, CURLOPT_URL, ZSTR_VAL(rq->url));
	curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);
#if LIBCURL_VERSION_NUM >= 0x075500 /* 7.85.0 */
	curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
#else
	curl_easy_setopt(h, CURLOPT_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
	curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, (long)(o->timeout * 1000));
	curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, (long)(o->connect_timeout * 1000));
	curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, o->verify_tls ? 1L : 0L);
	curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, o->verify_tls ? 2L : 0L);
	if (o->ca_file) {
		curl_easy_setopt(h, CURLOPT_CAINFO, ZSTR_VAL(o->ca_file));
	}
	if (o->proxy) {
		curl_easy_setopt(h, CURLOPT_PROXY, ZSTR_VAL(o->proxy));
	}
	curl_easy_setopt(h, CURLOPT_USERAGENT, ZSTR_VAL(rq->user_agent));
	curl_easy_setopt(h, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)CI_HTTP_BODY_MAX);
	curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
	curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, ci_http_on_body);
	curl_easy_setopt(h, CURLOPT_WRITEDATA, rs);
	curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, ci_http_on_header);
	curl_easy_setopt(h, CURLOPT_HEADERDATA, rs);
	curl_easy_setopt(h, CURLOPT_ERRORBUFFER, rs->error);
	if (!rq->form) {
		curl_easy_setopt(h, CURLOPT_POST, 1L);
		curl_easy_setopt(h, CURLOPT_POSTFIELDS, rq->body);
		curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)rq->body_len);
	}
}

static void ci_http_finish(CURL *h, ci_http_response *rs)
{
	long request_size = 0, connects = 0;

	curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &rs->status);
	curl_easy_getinfo(h, CURLINFO_REQUEST_SIZE, &request_size);
	curl_easy_getinfo(h, CURLINFO_NUM_CONNECTS, &connects);
	rs->sent = request_size > 0;
	if (connects > 0) {
		CI_G(pool_opened) += connects;
	} else if (rs->code == CURLE_OK) {
		CI_G(pool_reused)++;
	}
	if (rs->code == CURLE_FILESIZE_EXCEEDED) {
		rs->too_large = true;
	}
	smart_str_0(&rs->body);
}

void ci_http_send(const ci_http_request *rq, ci_http_response *rs)
{
	zend_string *key = rq->opts->persistent ? ci_pool_key(rq) : NULL;
	CURL *h = ci_pool_acquire(key);
	struct curl_slist *headers = ci_http_headers(rq);
	curl_mime *mime = NULL;

	ci_http_setopts(h, rq, rs, headers);
	if (rq->form) {
		mime = ci_http_form(h, rq->form);
		curl_easy_setopt(h, CURLOPT_MIMEPOST, mime);
	}
	rs->code = curl_easy_perform(h);
	ci_http_finish(h, rs);

	curl_easy_setopt(h, CURLOPT_HTTPHEADER, NULL);
	curl_easy_setopt(h, CURLOPT_ERRORBUFFER, NULL);
	curl_slist_free_all(headers);
	if (mime) {
		curl_easy_setopt(h, CURLOPT_MIMEPOST, NULL);
		curl_mime_free(mime);
	}
	/* A handle that failed mid-exchange may hold a broken connection: do not pool it. */
	if (rs->code != CURLE_OK) {
		curl_easy_cleanup(h);
	} else {
		ci_pool_release(key, h);
	}
	if (key) {
		zend_string_release(key);
	}
}

bool ci_http_is_tls_failure(CURLcode code)
{
	switch (code) {
		case CURLE_PEER_FAILED_VERIFICATION:
		case CURLE_SSL_CACERT_BADFILE:
		case CURLE_SSL_CERTPROBLEM:
		case CURLE_SSL_ISSUER_ERROR:
		case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
		case CURLE_SSL_INVALIDCERTSTATUS:
			return true;
		default:
			return false;
	}
}
