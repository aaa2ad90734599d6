/* Transport over libcurl: see ci_http.h.
 *
 * Handles live in a per-process pool keyed by everything a connection depends on,
 * so an FPM worker reuses its TLS connections across web requests.
 *
 * Two lanes: single requests ask for HTTP/1.1 (one request at a time gains nothing from HTTP/2,
 * which costs libcurl about 28% more instructions per request), batches over TLS ask for
 * HTTP/2 and multiplexing. Each lane has its own idle handles and its own connection cache, so a
 * batch never queues behind a kept-alive HTTP/1.1 connection and a single request never waits on
 * a batch's HTTP/2 one. */
#include "php.h"
#include "php_cryptoinvoice.h"
#include "ci_http.h"
#include "ci_crypto.h"
#include <curl/curl.h>

#ifndef PHP_WIN32
# include <errno.h>
# include <fcntl.h>
# include <poll.h>
# include <unistd.h>
# include <sys/socket.h>
# include <sys/stat.h>
#endif

/* libcurl writes up to CURL_ERROR_SIZE bytes into a response's detail. */
typedef char ci_http_detail_fits[CI_HTTP_DETAIL_SIZE >= CURL_ERROR_SIZE ? 1 : -1];

#define CI_POOL_KEYS 16        /* distinct endpoints kept */
#define CI_POOL_PER_KEY 4      /* idle handles kept per endpoint */

typedef struct ci_pool_lane {
	CURL *idle[CI_POOL_PER_KEY];
	uint64_t config[CI_POOL_PER_KEY]; /* the ci_http_request.config each handle was last set up for */
	int n;
} ci_pool_lane;

typedef struct ci_pool_slot {
	ci_pool_lane lane[CI_HTTP_LANES];
} ci_pool_slot;

/* {{{ Fork: a child never touches the connections it inherited
 *
 * After fork() parent and child hold the same sockets, and the same TLS state. A child that sent on
 * one would interleave its request with the parent's (answers swapped, TLS "bad record mac"); one
 * that merely closed it would read the parent's pending answer and send a TLS close_notify in the
 * parent's name (libcurl does both when it disconnects). So every socket libcurl opens for us is
 * recorded, and a process that finds the pool owned by another pid first points each recorded
 * descriptor at /dev/null (dup2(): the child's reference to the socket goes, the parent's connection
 * stays as it is), then frees the inherited handles as usual: whatever libcurl reads or writes while
 * it disconnects goes nowhere. */
#ifndef PHP_WIN32
/* A recorded socket: its descriptor, the inode that tells it from whatever might reuse the number,
 * and the lane of the handle that opened it (CURLOPT_SOCKOPTDATA). */
typedef struct ci_pool_sock {
	int fd;
	int lane;
	ino_t ino;
} ci_pool_sock;

static int ci_http_on_sockopt(void *clientp, curl_socket_t fd, curlsocktype purpose)
{
	ci_pool_sock *socks;
	struct stat st;

	(void)purpose;
	/* Nor does a program the script runs (exec) inherit it: it would hold the connection open
	 * after the pool closed it, and could write into it. libcurl does not ask for this itself. */
	(void)fcntl(fd, F_SETFD, FD_CLOEXEC);
	if (fstat(fd, &st) != 0) {
		return CURL_SOCKOPT_OK;
	}
	if (CI_G(pool_nsocks) == CI_G(pool_socks_cap)) {
		CI_G(pool_socks_cap) = CI_G(pool_socks_cap) ? CI_G(pool_socks_cap) * 2 : 16;
		CI_G(pool_socks) = perealloc(CI_G(pool_socks), CI_G(pool_socks_cap) * sizeof(ci_pool_sock), 1);
	}
	socks = CI_G(pool_socks);
	socks[CI_G(pool_nsocks)].fd = fd;
	socks[CI_G(pool_nsocks)].lane = (int)(intptr_t)clientp;
	socks[CI_G(pool_nsocks)++].ino = st.st_ino;
	return CURL_SOCKOPT_OK;
}

static int ci_http_on_close(void *clientp, curl_socket_t fd)
{
	ci_pool_sock *socks = CI_G(pool_socks);

	(void)clientp;
	CI_G(pool_closes)++;
	for (int i = 0; i < CI_G(pool_nsocks); i++) {
		if (socks[i].fd == fd) {
			socks[i] = socks[--CI_G(pool_nsocks)];
			break;
		}
	}
	return close(fd);
}

/* The inherited sockets become /dev/null; false when that cannot be done safely. A descriptor that
 * is no longer the socket recorded (closed behind our back, its number reused) is left alone. */
static bool ci_http_mute_inherited(void)
{
	ci_pool_sock *socks = CI_G(pool_socks);
	int devnull = CI_G(pool_nsocks) ? open("/dev/null", O_RDWR) : -1;
	bool ok = devnull >= 0 || !CI_G(pool_nsocks);

	for (int i = 0; ok && i < CI_G(pool_nsocks); i++) {
		struct stat st;
		if (fstat(socks[i].fd, &st) == 0 && S_ISSOCK(st.st_mode) && st.st_ino == socks[i].ino) {
			ok = dup2(devnull, socks[i].fd) >= 0;
		}
	}
	if (devnull >= 0) {
		close(devnull);
	}
	return ok;
}

static void ci_http_pool_free_all(void);

/* No /dev/null (a chroot?): leave the inherited handles unfreed rather than let them speak. */
static void ci_http_pool_forget(void)
{
	ci_pool_slot *slot;

	ZEND_HASH_FOREACH_PTR(&CI_G(pool), slot) {
		for (int l = 0; l < CI_HTTP_LANES; l++) {
			slot->lane[l].n = 0;
		}
	} ZEND_HASH_FOREACH_END();
	zend_hash_clean(&CI_G(pool));
	for (int l = 0; l < CI_HTTP_LANES; l++) {
		CI_G(share)[l] = NULL;
	}
}

/* Called before anything of the pool is used: in a forked child, drops all it inherited. */
static void ci_http_pool_claim(void)
{
	long pid = (long)getpid();

	if (CI_G(pool_pid) == pid) {
		return;
	}
	if (CI_G(pool_pid) != 0) {
		if (ci_http_mute_inherited()) {
			ci_http_pool_free_all();
		} else {
			ci_http_pool_forget();
		}
		CI_G(pool_nsocks) = 0;
	}
	CI_G(pool_pid) = pid;
}
/* }}} */

/* {{{ Connections the server closed while idle
 *
 * A server closes a kept-alive connection that stayed idle for its keep-alive timeout (nginx:
 * keepalive_timeout), over TLS with a close_notify before its FIN; some first write a "408".
 * libcurl checks a cached connection before it reuses it, but 7.88 takes one with unread bytes for
 * alive (over TLS the close_notify is such bytes): it sends on the dead connection and either
 * reads the stale bytes as the answer (the 408) or finds the end and sends the request again on a
 * new connection. Every such re-send counts against the handle (data->state.retrycount), which
 * nothing but curl_easy_reset() clears: the sixth fails with "Connection died, tried 5 times
 * before giving up". And a body read at most once cannot be re-sent at all once libcurl has read
 * any of it (code 65, although no live server saw the request).
 *
 * So before a pooled request, while none of ours is under way (every recorded socket then belongs
 * to a connection idle in a cache), the recorded sockets are polled without waiting. One whose
 * peer has ended its side, or that failed, can never carry an answer again: the bytes it still
 * holds are read off, and libcurl's own check then finds it at its end and closes the connection
 * (through ci_http_on_close) before it picks one. A socket is never closed here: libcurl still
 * owns the descriptor. One with bytes nobody asked for but no end yet (a server between its
 * close_notify or "408" and its FIN) must not be read: it might still be alive, and reading TLS
 * records behind OpenSSL would break it; a single request then takes a fresh connection, and the
 * next probe finds the end. Over HTTP/2 (the batch lane) a server may send frames at any time
 * (PING, SETTINGS), which libcurl reads itself: only an end counts there. */
#ifdef POLLRDHUP
# define CI_POLL_ENDED (POLLRDHUP | POLLHUP | POLLERR)
#else
# define CI_POLL_ENDED (POLLHUP | POLLERR) /* no way to see the end past pending bytes */
#endif
#define CI_POLL_BATCH 16

/* Reads off what a socket whose peer has ended still holds, up to the end; false when the end did
 * not come (more bytes than a close sends, or the descriptor is no longer the recorded socket). */
static bool ci_http_drain(const ci_pool_sock *s)
{
	char buf[4096];
	struct stat st;

	if (fstat(s->fd, &st) != 0 || !S_ISSOCK(st.st_mode) || st.st_ino != s->ino) {
		return false;
	}
	for (int i = 0; i < 16; i++) {
		ssize_t n = recv(s->fd, buf, sizeof(buf), MSG_DONTWAIT);
		if (n == 0) {
			return true;
		}
		if (n < 0) {
			/* A reset: read, the error is gone and what is left is the end. */
			return errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR;
		}
	}
	return false;
}

/* Before a pooled request in lane: drains the idle sockets whose peer has ended; true when one of
 * this lane could not be drained or has unasked-for bytes, i.e. the request must not reuse one. */
static bool ci_http_probe_idle(int lane)
{
	ci_pool_sock *socks = CI_G(pool_socks);
	struct pollfd p[CI_POLL_BATCH];
	bool fresh = false;

	if (CI_G(pool_busy) > 0) {
		return false; /* a batch's transfer (or a logger's call inside one): its sockets are in use */
	}
	int total = CI_G(pool_nsocks);

	for (int at = 0; at < total; at += CI_POLL_BATCH) {
		int n = MIN(CI_POLL_BATCH, total - at);

		if (n <= 0 || n > CI_POLL_BATCH) {
			break; /* cannot happen; says so to the compiler, which checks poll()'s bound */
		}
		for (int i = 0; i < n; i++) {
			p[i].fd = socks[at + i].fd;
			p[i].events = POLLIN | (CI_POLL_ENDED & ~(POLLHUP | POLLERR));
			p[i].revents = 0;
		}
		if (poll(p, (nfds_t)n, 0) <= 0) {
			continue; /* the usual case: nothing pending anywhere */
		}
		for (int i = 0; i < n; i++) {
			const ci_pool_sock *s = &socks[at + i];
			if (p[i].revents & CI_POLL_ENDED) {
				fresh |= !ci_http_drain(s) && s->lane == lane;
			} else if (p[i].revents & POLLIN) {
				fresh |= s->lane == lane && lane == CI_HTTP_LANE_SINGLE;
			}
		}
	}
	return fresh;
}
/* }}} */
#else
static void ci_http_pool_claim(void)
{
}

/* Nothing is recorded here, but a close is counted all the same (see ci_http_xfer_done). */
static int ci_http_on_close(void *clientp, curl_socket_t fd)
{
	(void)clientp;
	CI_G(pool_closes)++;
	return closesocket(fd);
}

static bool ci_http_probe_idle(int lane)
{
	(void)lane;
	return false;
}
#endif

void ci_http_rshutdown(void)
{
	CI_G(pool_busy) = 0;
}

void ci_http_pool_entry_dtor(zval *zv)
{
	ci_pool_slot *slot = Z_PTR_P(zv);
	for (int l = 0; l < CI_HTTP_LANES; l++) {
		for (int i = 0; i < slot->lane[l].n; i++) {
			curl_easy_cleanup(slot->lane[l].idle[i]);
		}
	}
	pefree(slot, 1);
}

static void ci_http_pool_free_all(void)
{
	zend_hash_clean(&CI_G(pool));
	for (int l = 0; l < CI_HTTP_LANES; l++) {
		if (CI_G(share)[l]) {
			curl_share_cleanup(CI_G(share)[l]);
			CI_G(share)[l] = NULL;
		}
	}
}

static void ci_http_pool_shutdown(void)
{
	ci_http_pool_claim();
	ci_http_pool_free_all();
	if (CI_G(pool_socks)) {
		pefree(CI_G(pool_socks), 1);
		CI_G(pool_socks) = NULL;
		CI_G(pool_nsocks) = CI_G(pool_socks_cap) = 0;
	}
}

zend_result ci_http_minit(void)
{
	return curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK ? SUCCESS : FAILURE;
}

void ci_http_mshutdown(void)
{
	/* Pooled handles must go before libcurl itself does. */
	ci_http_pool_shutdown();
	curl_global_cleanup();
}

const char *ci_http_version(void)
{
	return curl_version_info(CURLVERSION_NOW)->version;
}

/* A lane's connection cache (plus DNS and TLS sessions), for every persistent handle of the
 * process in that lane: it is what outlives the web request. */
static CURLSH *ci_http_share(int lane)
{
	if (!CI_G(share)[lane]) {
		CURLSH *sh = curl_share_init();
		if (!sh) {
			return NULL;
		}
		curl_share_setopt(sh, CURLSHOPT_SHARE, CURL_LOCK_DATA_DNS);
		curl_share_setopt(sh, CURLSHOPT_SHARE, CURL_LOCK_DATA_SSL_SESSION);
#if LIBCURL_VERSION_NUM >= 0x073900 /* 7.57.0 */
		curl_share_setopt(sh, CURLSHOPT_SHARE, CURL_LOCK_DATA_CONNECT);
#endif
		CI_G(share)[lane] = sh;
	}
	return CI_G(share)[lane];
}

zend_long ci_http_pool_idle(void)
{
	zend_long n = 0;
	ci_pool_slot *slot;

	ci_http_pool_claim();
	ZEND_HASH_FOREACH_PTR(&CI_G(pool), slot) {
		for (int l = 0; l < CI_HTTP_LANES; l++) {
			n += slot->lane[l].n;
		}
	} ZEND_HASH_FOREACH_END();
	return n;
}

zend_long ci_http_pool_idle_key(zend_string *key)
{
	ci_pool_slot *slot = key ? zend_hash_find_ptr(&CI_G(pool), key) : NULL;
	zend_long n = 0;

	for (int l = 0; slot && l < CI_HTTP_LANES; l++) {
		n += slot->lane[l].n;
	}
	return n;
}

/* Everything a reusable connection depends on; hashed so a proxy password is not kept in clear. */
static zend_string *ci_http_pool_key(const ci_http_settings *o)
{
	zend_string *k, *digest;

	if (!o->persistent) {
		return NULL;
	}
	k = zend_strpprintf(0, "%s|%d|%s|%s", ZSTR_VAL(o->base_url), o->verify_tls,
		o->ca_file ? ZSTR_VAL(o->ca_file) : "", o->proxy ? ZSTR_VAL(o->proxy) : "");
	digest = ci_digest_key(ZSTR_VAL(k), ZSTR_LEN(k), "pool", 4);
	zend_string_release(k);
	return digest;
}

static CURL *ci_pool_acquire(zend_string *key, int lane, uint64_t *config)
{
	ci_pool_slot *slot = key ? zend_hash_find_ptr(&CI_G(pool), key) : NULL;
	ci_pool_lane *pl = slot ? &slot->lane[lane] : NULL;

	if (pl && pl->n > 0) {
		/* No curl_easy_reset(): the per-request options are set for each request and cleared in
		 * ci_http_xfer_done(), the others again whenever the handle was last set up for another
		 * gateway, and a handle only comes back under the same key, i.e. the same URL base, TLS
		 * settings and proxy. */
		pl->n--;
		*config = pl->config[pl->n];
		return pl->idle[pl->n];
	}
	*config = 0;
	return curl_easy_init();
}

static void ci_pool_release(zend_string *key, int lane, CURL *h, uint64_t config)
{
	ci_pool_slot *slot;
	ci_pool_lane *pl;

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
	pl = &slot->lane[lane];
	if (pl->n < CI_POOL_PER_KEY) {
		pl->config[pl->n] = config;
		pl->idle[pl->n++] = h;
	} else {
		curl_easy_cleanup(h);
	}
}

void ci_http_response_init(ci_http_response *rs)
{
	memset(rs, 0, sizeof(*rs));
	rs->retry_after = -1;
	rs->retry_at = rs->date = -1;
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

	/* Abort instead of buffering a hostile answer: libcurl ends with CURLE_WRITE_ERROR, which
	 * ci_http_classify() then reads as this. */
	if (have + len > CI_HTTP_BODY_MAX) {
		rs->error = CI_HTTP_TOO_LARGE;
		return 0;
	}
	smart_str_appendl(&rs->body, data, len);
	return len;
}

/* The value of header name in one header line, trimmed, as a C string in buf; false when the line is
 * another header or the value does not fit. */
static bool ci_http_header_value(const char *line, size_t len, const char *name, char *buf, size_t size)
{
	size_t n = strlen(name);

	if (len <= n || strncasecmp(line, name, n) != 0 || line[n] != ':') {
		return false;
	}
	line += n + 1;
	len -= n + 1;
	while (len && (*line == ' ' || *line == '\t')) {
		line++, len--;
	}
	while (len && (line[len - 1] == '\r' || line[len - 1] == '\n' || line[len - 1] == ' ' || line[len - 1] == '\t')) {
		len--;
	}
	if (len >= size) {
		return false;
	}
	memcpy(buf, line, len);
	buf[len] = '\0';
	return true;
}

/* Retry-After (RFC 9110 §10.2.3): delay-seconds, or an HTTP-date in any of its three forms, which
 * libcurl's date parser reads; anything else counts as no Retry-After. */
static void ci_http_retry_after(ci_http_response *rs, const char *v)
{
	const char *p = v;

	while (*p >= '0' && *p <= '9') {
		p++;
	}
	if (p > v && *p == '.') { /* not in the RFC, but some servers send "1.5" */
		do {
			p++;
		} while (*p >= '0' && *p <= '9');
	}
	if (p > v && *p == '\0') {
		rs->retry_after = zend_strtod(v, NULL);
		rs->retry_at = -1;
		return;
	}
	rs->retry_at = curl_getdate(v, NULL);
	rs->retry_after = -1;
}

static size_t ci_http_on_header(char *data, size_t size, size_t nmemb, void *ctx)
{
	ci_http_response *rs = ctx;
	size_t len = size * nmemb;
	char v[128];

	if (len > 5 && memcmp(data, "HTTP/", 5) == 0) {
		/* A new answer (after a 100 Continue, say): what the last one said no longer counts. */
		rs->retry_after = -1;
		rs->retry_at = rs->date = -1;
	} else if (ci_http_header_value(data, len, "retry-after", v, sizeof(v))) {
		ci_http_retry_after(rs, v);
	} else if (ci_http_header_value(data, len, "date", v, sizeof(v))) {
		rs->date = curl_getdate(v, NULL);
	}
	return len;
}

/* An HTTP-date in Retry-After, as seconds from the answer's own Date (so a server whose clock is
 * off by minutes still means what it says), or from ours without one; a date past is now. */
static void ci_http_retry_at(ci_http_response *rs)
{
	if (rs->retry_at != -1) {
		time_t now = rs->date != -1 ? rs->date : time(NULL);
		rs->retry_after = rs->retry_at > now ? (double)(rs->retry_at - now) : 0;
	}
}

static struct curl_slist *ci_http_headers_new(zend_string *const *headers, int n, bool form)
{
	struct curl_slist *list = NULL;

	for (int i = 0; i < n; i++) {
		list = curl_slist_append(list, ZSTR_VAL(headers[i]));
	}
	if (!form) {
		list = curl_slist_append(list, "Content-Type: application/json");
	}
#if LIBCURL_VERSION_NUM < 0x075800 /* 7.88.0 */
	/* Older libcurl may ask for 100-continue from 1 KiB up: that is a round trip (or a second's
	 * wait) before the body. Since at least 7.88 it does so only above 1 MiB, far over any
	 * invoice, and an empty "Expect:" would only cost a header scan on every request. */
	list = curl_slist_append(list, "Expect:");
#endif
	return list;
}

static zend_string *ci_http_string_copy(zend_string *s)
{
	return s ? zend_string_copy(s) : NULL;
}

/* Built once per gateway, so a request allocates no header list and hashes no key. */
ci_http_config *ci_http_config_new(const ci_http_settings *s)
{
	ci_http_config *c = ecalloc(1, sizeof(*c));

	c->timeout = s->timeout;
	c->connect_timeout = s->connect_timeout;
	c->verify_tls = s->verify_tls;
	c->ca_file = ci_http_string_copy(s->ca_file);
	c->proxy = ci_http_string_copy(s->proxy);
	c->user_agent = ci_http_string_copy(s->user_agent);
	c->pool_key = ci_http_pool_key(s);
	c->headers = ci_http_headers_new(s->headers, s->nheaders, s->form);
	c->id = ++CI_G(http_config_seq);
	return c;
}

void ci_http_config_free(ci_http_config *c)
{
	if (!c) {
		return;
	}
	zend_string *strings[] = {c->ca_file, c->proxy, c->user_agent, c->pool_key};

	for (size_t i = 0; i < sizeof(strings) / sizeof(strings[0]); i++) {
		if (strings[i]) {
			zend_string_release(strings[i]);
		}
	}
	curl_slist_free_all(c->headers);
	efree(c);
}

/* libcurl parses a URL given as text on every transfer; a CURLU handle it only copies. */
#if LIBCURL_VERSION_NUM >= 0x073f00 /* 7.63.0 */
void *ci_http_url_new(zend_string *url)
{
	CURLU *u = curl_url();

	if (u && curl_url_set(u, CURLUPART_URL, ZSTR_VAL(url), 0) != CURLUE_OK) {
		curl_url_cleanup(u);
		u = NULL;
	}
	return u;
}

void ci_http_url_free(void *parsed)
{
	if (parsed) {
		curl_url_cleanup(parsed);
	}
}
#else
void *ci_http_url_new(zend_string *url)
{
	(void)url;
	return NULL;
}

void ci_http_url_free(void *parsed)
{
	(void)parsed;
}
#endif

/* {{{ At most once
 *
 * libcurl silently sends a request again on a fresh connection when a reused one dies before any
 * answer byte, even after the whole request went out on it: a server that processed the request
 * and then closed (a restart, an idle timeout racing the request, a middlebox) gets it twice. For a
 * create the provider does not deduplicate that is a second invoice. Such bodies are given to
 * libcurl through a read callback whose seek callback refuses to go back once a byte was read:
 * libcurl must then rewind to re-send, cannot, and ends with CURLE_SEND_FAIL_REWIND instead. */
typedef struct ci_http_body {
	const char *data;
	size_t len;
	size_t pos;
} ci_http_body;

static size_t ci_http_body_read(char *buf, size_t size, size_t nitems, void *ctx)
{
	ci_http_body *b = ctx;
	size_t n = MIN(size * nitems, b->len - b->pos);

	memcpy(buf, b->data + b->pos, n);
	b->pos += n;
	return n;
}

/* Only the start, and only while nothing was read: libcurl rewinds before a first send too. */
static int ci_http_body_seek(void *ctx, curl_off_t offset, int origin)
{
	ci_http_body *b = ctx;

	return offset == 0 && origin == SEEK_SET && b->pos == 0 ? CURL_SEEKFUNC_OK : CURL_SEEKFUNC_CANTSEEK;
}

static void ci_http_body_set(CURL *h, ci_http_body *b)
{
	curl_easy_setopt(h, CURLOPT_POSTFIELDS, NULL);
	curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)b->len);
	curl_easy_setopt(h, CURLOPT_READFUNCTION, ci_http_body_read);
	curl_easy_setopt(h, CURLOPT_READDATA, b);
	curl_easy_setopt(h, CURLOPT_SEEKFUNCTION, ci_http_body_seek);
	curl_easy_setopt(h, CURLOPT_SEEKDATA, b);
}

/* Back to the defaults, so a pooled handle keeps no pointer into a finished request. */
static void ci_http_body_unset(CURL *h)
{
	curl_easy_setopt(h, CURLOPT_READFUNCTION, NULL);
	curl_easy_setopt(h, CURLOPT_READDATA, NULL);
	curl_easy_setopt(h, CURLOPT_SEEKFUNCTION, NULL);
	curl_easy_setopt(h, CURLOPT_SEEKDATA, NULL);
}
/* }}} */

/* The multipart body; with bodies (one per field) its parts are read at most once. */
static curl_mime *ci_http_form(CURL *h, HashTable *form, ci_http_body *bodies)
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
		if (bodies) {
			ci_http_body *b = bodies++;
			b->data = Z_STRVAL_P(val);
			b->len = Z_STRLEN_P(val);
			curl_mime_data_cb(part, (curl_off_t)b->len, ci_http_body_read, ci_http_body_seek, NULL, b);
		} else {
			curl_mime_data(part, Z_STRVAL_P(val), Z_STRLEN_P(val));
		}
	} ZEND_HASH_FOREACH_END();
	return mime;
}

static void ci_http_set_url(CURL *h, const ci_http_request *rq)
{
#if LIBCURL_VERSION_NUM >= 0x073f00
	if (rq->parsed_url) {
		curl_easy_setopt(h, CURLOPT_CURLU, rq->parsed_url);
		return;
	}
#endif
	curl_easy_setopt(h, CURLOPT_URL, ZSTR_VAL(rq->url));
}

/* Seconds (> 0, at most an hour: ci_options.c) as libcurl's milliseconds, rounded up: libcurl reads
 * 0 ms as no limit at all, so 0.0005 s must become 1 ms, not 0. */
static long ci_http_ms(double seconds)
{
	double ms = seconds * 1000;
	long whole = (long)ms;

	if (seconds <= 0) {
		return 0;
	}
	/* Up only past binary noise: 1.1 s is 1100.0000000000002 ms, and means 1100. */
	if (ms - (double)whole > 1e-6) {
		whole++;
	}
	return MAX(1L, whole);
}

/* What stays the same for every request of one gateway: set when a handle is new or was last
 * set up for another gateway (libcurl copies each string, so this is work worth skipping). */
static void ci_http_setopts_static(CURL *h, const ci_http_config *o, bool pooled, int lane)
{
	curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);
#if LIBCURL_VERSION_NUM >= 0x075500 /* 7.85.0 */
	curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
#else
	curl_easy_setopt(h, CURLOPT_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
	curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, ci_http_ms(o->timeout));
	curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, ci_http_ms(o->connect_timeout));
	curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, o->verify_tls ? 1L : 0L);
	curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, o->verify_tls ? 2L : 0L);
	if (o->ca_file) {
		curl_easy_setopt(h, CURLOPT_CAINFO, ZSTR_VAL(o->ca_file));
	}
	/* Only the proxy option names a proxy: "" keeps libcurl from taking one from http_proxy,
	 * https_proxy or all_proxy (and from reading the environment on every request). */
	curl_easy_setopt(h, CURLOPT_PROXY, o->proxy ? ZSTR_VAL(o->proxy) : "");
	curl_easy_setopt(h, CURLOPT_NOPROXY, ""); /* nor no_proxy exempt a host from the option */
	curl_easy_setopt(h, CURLOPT_USERAGENT, ZSTR_VAL(o->user_agent));
	curl_easy_setopt(h, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)CI_HTTP_BODY_MAX);
	curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, ci_http_on_body);
	curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, ci_http_on_header);
#ifndef PHP_WIN32
	curl_easy_setopt(h, CURLOPT_SOCKOPTFUNCTION, ci_http_on_sockopt);
	curl_easy_setopt(h, CURLOPT_SOCKOPTDATA, (void *)(intptr_t)lane);
#endif
	curl_easy_setopt(h, CURLOPT_CLOSESOCKETFUNCTION, ci_http_on_close);
	if (lane == CI_HTTP_LANE_MULTIPLEX) {
		curl_easy_setopt(h, CURLOPT_HTTP_VERSION, (long)CURL_HTTP_VERSION_2TLS);
		curl_easy_setopt(h, CURLOPT_PIPEWAIT, 1L);
	} else {
		curl_easy_setopt(h, CURLOPT_HTTP_VERSION, (long)CURL_HTTP_VERSION_1_1);
	}
	if (pooled && ci_http_share(lane)) {
		curl_easy_setopt(h, CURLOPT_SHARE, CI_G(share)[lane]);
	}
}

/* What differs per request, or points into memory that lives only as long as the request. */
static void ci_http_setopts_request(CURL *h, const ci_http_request *rq, ci_http_response *rs, const struct curl_slist *headers)
{
	ci_http_set_url(h, rq);
	curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
	curl_easy_setopt(h, CURLOPT_WRITEDATA, rs);
	curl_easy_setopt(h, CURLOPT_HEADERDATA, rs);
	curl_easy_setopt(h, CURLOPT_ERRORBUFFER, rs->detail);
	/* The method is set per request, as a handle may have carried another one last time. A form
	 * is posted by CURLOPT_MIMEPOST (ci_http_xfer_new), which sets the method itself. */
	if (rq->method == CI_HTTP_GET) {
		curl_easy_setopt(h, CURLOPT_HTTPGET, 1L);
	} else if (!rq->form) {
		curl_easy_setopt(h, CURLOPT_POST, 1L);
		if (!rq->once) {
			curl_easy_setopt(h, CURLOPT_POSTFIELDS, rq->body);
			curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)rq->body_len);
		}
	}
}

/* {{{ What a caller is told of a failure: its kind, libcurl's number and fixed text */
static ci_http_error ci_http_kind(CURLcode code)
{
	switch (code) {
		case CURLE_OK:
			return CI_HTTP_OK;
		case CURLE_OPERATION_TIMEDOUT:
			return CI_HTTP_TIMEOUT;
		case CURLE_COULDNT_RESOLVE_HOST:
		case CURLE_COULDNT_CONNECT:
		case CURLE_SSL_CONNECT_ERROR:
			return CI_HTTP_CONNECT;
		/* The peer is not who it claims, or cannot be checked: retrying cannot change that. */
		case CURLE_PEER_FAILED_VERIFICATION:
		case CURLE_SSL_CACERT_BADFILE:
		case CURLE_SSL_CERTPROBLEM:
		case CURLE_SSL_ISSUER_ERROR:
		case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
		case CURLE_SSL_INVALIDCERTSTATUS:
			return CI_HTTP_TLS;
		case CURLE_SEND_ERROR:
			return CI_HTTP_SEND;
		case CURLE_RECV_ERROR:
		case CURLE_GOT_NOTHING:
		case CURLE_PARTIAL_FILE:
		case CURLE_WEIRD_SERVER_REPLY:
		case CURLE_HTTP2:
		case CURLE_HTTP2_STREAM:
		case CURLE_SEND_FAIL_REWIND: /* sent whole, then the connection closed: see ci_http_finish */
			return CI_HTTP_RECV;
		case CURLE_COULDNT_RESOLVE_PROXY:
#if LIBCURL_VERSION_NUM >= 0x074900 /* 7.73.0 */
		case CURLE_PROXY:
#endif
			return CI_HTTP_PROXY;
		case CURLE_FILESIZE_EXCEEDED:
			return CI_HTTP_TOO_LARGE;
		default:
			return CI_HTTP_OTHER;
	}
}

static void ci_http_classify(ci_http_response *rs, CURLcode code)
{
	rs->code = (int)code;
	if (code == CURLE_OK) {
		rs->error = CI_HTTP_OK;
		rs->reason = NULL;
		return;
	}
	rs->reason = curl_easy_strerror(code);
	/* An answer ci_http_on_body aborted ends as a write error: it stays "too large". */
	if (rs->error != CI_HTTP_TOO_LARGE) {
		rs->error = ci_http_kind(code);
	}
}

int ci_http_proxy_refused_code(void)
{
	return (int)CURLE_RECV_ERROR;
}
/* }}} */

static void ci_http_finish(CURL *h, ci_http_response *rs, CURLcode code)
{
	long request_size = 0, connects = 0;
	curl_off_t total_us = 0;

	curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &rs->status);
	curl_easy_getinfo(h, CURLINFO_REQUEST_SIZE, &request_size);
	curl_easy_getinfo(h, CURLINFO_NUM_CONNECTS, &connects);
	curl_easy_getinfo(h, CURLINFO_TOTAL_TIME_T, &total_us);
	rs->sent = request_size > 0;
	/* For the logger and Gateways::stats(): no connection opened, yet bytes went out. */
	rs->duration = (double)total_us / 1e6;
	rs->connects = connects;
	rs->reused = connects == 0 && rs->sent;
	if (connects > 0) {
		CI_G(pool_opened) += connects;
	} else if (code == CURLE_OK) {
		CI_G(pool_reused)++;
	}
	ci_http_retry_at(rs);
	if (code == CURLE_SEND_FAIL_REWIND) {
		/* Only a body read at most once gets here (ci_http_body_seek): say what that means. */
		snprintf(rs->detail, sizeof(rs->detail), "the connection closed after the request was sent and before"
			" any answer; the request may have reached the provider, so it was not sent again");
		rs->sent = true;
	}
	smart_str_0(&rs->body);
}

struct ci_http_xfer {
	CURL *h;
	struct curl_slist attempt; /* the per-attempt header, linked in front of the fixed list */
	curl_mime *mime;
	ci_http_body *bodies;  /* with rq->once: what libcurl reads the body (or each form field) from */
	zend_string *key;      /* pool key (borrowed), NULL when not persistent */
	uint64_t config;       /* the gateway set-up the handle carries (0: none yet) */
	int lane;              /* CI_HTTP_LANE_* */
	bool fresh;            /* asked for a new connection (ci_http_probe_idle) */
	zend_ulong closes;     /* CI_G(pool_closes) when it started */
	ci_http_response *rs;
	void *tag;
	CURLcode failed;       /* why it never ran (no handle, refused by the multi handle) */
	ci_http_xfer *next;    /* in ci_http_multi.refused */
};

/* A POST's body where ci_http_setopts_request() cannot give it: a form, or bytes read at most once. */
static void ci_http_xfer_body(ci_http_xfer *x, const ci_http_request *rq)
{
	if (rq->once) {
		x->bodies = ecalloc(rq->form ? MAX(1, zend_hash_num_elements(rq->form)) : 1, sizeof(ci_http_body));
	}
	if (rq->form) {
		x->mime = ci_http_form(x->h, rq->form, x->bodies);
		curl_easy_setopt(x->h, CURLOPT_MIMEPOST, x->mime);
	} else if (rq->once) {
		x->bodies->data = rq->body;
		x->bodies->len = rq->body_len;
		ci_http_body_set(x->h, x->bodies);
	}
}

ci_http_xfer *ci_http_xfer_new(const ci_http_request *rq, ci_http_response *rs)
{
	ci_http_xfer *x = ecalloc(1, sizeof(*x));
	const ci_http_config *cfg = rq->config;
	const struct curl_slist *headers = cfg->headers;

	ci_http_pool_claim();
	x->key = cfg->pool_key;
	/* Waiting for a connection to multiplex on only pays where HTTP/2 can be had (TLS): over
	 * http:// it would hold every other transfer of a batch until the first answer is in. */
	x->lane = rq->batch && strncasecmp(ZSTR_VAL(rq->url), "https://", 8) == 0
		? CI_HTTP_LANE_MULTIPLEX : CI_HTTP_LANE_SINGLE;
	x->fresh = x->key && ci_http_probe_idle(x->lane);
	x->h = ci_pool_acquire(x->key, x->lane, &x->config);
	x->rs = rs;
	if (!x->h) {
		x->failed = CURLE_FAILED_INIT;
		snprintf(rs->detail, sizeof(rs->detail), "libcurl could not make a transfer handle (curl_easy_init() failed)");
		return x;
	}
	CI_G(pool_busy)++;
	x->closes = CI_G(pool_closes);
	if (rq->extra_header) {
		x->attempt.data = ZSTR_VAL(rq->extra_header);
		x->attempt.next = (struct curl_slist *)cfg->headers;
		headers = &x->attempt;
	}
	if (x->config == 0 || x->config != cfg->id) {
		ci_http_setopts_static(x->h, cfg, x->key != NULL, x->lane);
		x->config = cfg->id;
	}
	ci_http_setopts_request(x->h, rq, rs, headers);
	if (x->fresh) {
		curl_easy_setopt(x->h, CURLOPT_FRESH_CONNECT, 1L);
	}
	if (rq->method == CI_HTTP_POST) {
		ci_http_xfer_body(x, rq);
	}
	curl_easy_setopt(x->h, CURLOPT_PRIVATE, x);
	return x;
}

static void ci_http_xfer_done(ci_http_xfer *x, CURLcode code)
{
	ci_http_classify(x->rs, code);
	if (!x->h) {
		efree(x);
		return;
	}
	if (CI_G(pool_busy) > 0) {
		CI_G(pool_busy)--;
	}
	ci_http_finish(x->h, x->rs, code);

	curl_easy_setopt(x->h, CURLOPT_HTTPHEADER, NULL);
#if LIBCURL_VERSION_NUM >= 0x073f00
	curl_easy_setopt(x->h, CURLOPT_CURLU, NULL); /* the gateway owns it, and may go first */
#endif
	curl_easy_setopt(x->h, CURLOPT_ERRORBUFFER, NULL);
	curl_easy_setopt(x->h, CURLOPT_MIMEPOST, NULL);
	if (x->mime) {
		curl_mime_free(x->mime);
	}
	if (x->bodies) {
		ci_http_body_unset(x->h);
		efree(x->bodies);
	}
	if (x->fresh) {
		curl_easy_setopt(x->h, CURLOPT_FRESH_CONNECT, 0L);
	}
	/* A handle that failed mid-exchange may hold a broken connection: do not pool it. */
	if (code != CURLE_OK) {
		curl_easy_cleanup(x->h);
		efree(x);
		return;
	}
	/* libcurl counts, per handle and across transfers, the requests it sent again because a reused
	 * connection died, and fails the sixth (see "Connection died" above); only curl_easy_reset()
	 * clears the count. Such a re-send always closes the dead connection first, so a transfer in
	 * which no socket closed re-sent nothing: only after one in which one did is the handle reset,
	 * and set up in full again by its next request (x->config 0), which costs next to nothing
	 * beside the connection that was opened. */
	if (x->key && CI_G(pool_closes) != x->closes) {
		curl_easy_reset(x->h);
		x->config = 0;
	}
	ci_pool_release(x->key, x->lane, x->h, x->config);
	efree(x);
}

void ci_http_send(const ci_http_request *rq, ci_http_response *rs)
{
	ci_http_xfer *x = ci_http_xfer_new(rq, rs);
	ci_http_xfer_done(x, x->h ? curl_easy_perform(x->h) : x->failed);
}

struct ci_http_multi {
	CURLM *m;
	int running;
	ci_http_xfer *refused; /* never started (see ci_http_multi_add): reported done at the next run */
};

ci_http_multi *ci_http_multi_new(void)
{
	ci_http_multi *m = ecalloc(1, sizeof(*m));

	m->m = curl_multi_init();
	if (m->m) {
		/* Several requests to one host ride one HTTP/2 connection where the server offers it. */
		curl_multi_setopt(m->m, CURLMOPT_PIPELINING, CURLPIPE_MULTIPLEX);
	}
	return m;
}

/* A transfer that cannot start must still finish, as a failure of its own: one the multi handle
 * never took would keep the batch waiting for it forever. */
void ci_http_multi_add(ci_http_multi *m, ci_http_xfer *x, void *tag)
{
	CURLMcode mc = CURLM_OK;

	x->tag = tag;
	m->running++;
	if (x->h && m->m && (mc = curl_multi_add_handle(m->m, x->h)) == CURLM_OK) {
		return;
	}
	if (x->h) {
		x->failed = CURLE_FAILED_INIT;
		snprintf(x->rs->detail, sizeof(x->rs->detail), "libcurl would not run the transfer (%s)",
			m->m ? curl_multi_strerror(mc) : "curl_multi_init() failed");
	}
	x->next = m->refused;
	m->refused = x;
}

int ci_http_multi_run(ci_http_multi *m, int timeout_ms, void (*done)(void *tag, void *ctx), void *ctx)
{
	int still = 0, queued = 0;
	CURLMsg *msg;

	while (m->refused) {
		ci_http_xfer *x = m->refused;
		void *tag = x->tag;

		m->refused = x->next;
		m->running--;
		ci_http_xfer_done(x, x->failed);
		done(tag, ctx);
	}
	if (!m->m) {
		return m->running;
	}
	curl_multi_perform(m->m, &still);
	if (still > 0) {
		curl_multi_poll(m->m, NULL, 0, timeout_ms, NULL);
		curl_multi_perform(m->m, &still);
	}
	while ((msg = curl_multi_info_read(m->m, &queued))) {
		ci_http_xfer *x = NULL;
		void *tag;

		if (msg->msg != CURLMSG_DONE) {
			continue;
		}
		CURLcode code = msg->data.result;
		curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, (char **)&x);
		curl_multi_remove_handle(m->m, msg->easy_handle);
		m->running--;
		tag = x->tag;
		ci_http_xfer_done(x, code);
		done(tag, ctx);
	}
	return m->running;
}

void ci_http_multi_free(ci_http_multi *m)
{
	if (m->m) {
		curl_multi_cleanup(m->m);
	}
	efree(m);
}
