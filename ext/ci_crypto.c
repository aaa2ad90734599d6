/* Digests, MACs, base64 and comparisons through OpenSSL: see ci_crypto.h. */
#include "php.h"
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/crypto.h>
#include "php_cryptoinvoice.h"
#include "ci_crypto.h"

static zend_string *ci_hex(const unsigned char *raw, size_t len)
{
	static const char digits[] = "0123456789abcdef";
	zend_string *out = zend_string_alloc(len * 2, 0);

	for (size_t i = 0; i < len; i++) {
		ZSTR_VAL(out)[2 * i] = digits[raw[i] >> 4];
		ZSTR_VAL(out)[2 * i + 1] = digits[raw[i] & 15];
	}
	ZSTR_VAL(out)[len * 2] = '\0';
	return out;
}

zend_string *ci_base64_encode(const char *s, size_t len)
{
	zend_string *out = zend_string_alloc(4 * ((len + 2) / 3), 0);
	int n = EVP_EncodeBlock((unsigned char *)ZSTR_VAL(out), (const unsigned char *)s, (int)len);

	ZSTR_LEN(out) = (size_t)n;
	ZSTR_VAL(out)[n] = '\0';
	return out;
}

zend_string *ci_base64url_decode(const char *s, size_t len)
{
	size_t padded = (len + 3) & ~(size_t)3;
	char *buf;
	zend_string *out;
	int n;

	if (len % 4 == 1 || len > 1024 * 1024) {
		return NULL;
	}
	buf = emalloc(padded + 1);
	for (size_t i = 0; i < len; i++) {
		char c = s[i];
		if (c == '-') {
			c = '+';
		} else if (c == '_') {
			c = '/';
		} else if (!(isalnum((unsigned char)c))) {
			efree(buf);
			return NULL; /* '+', '/', '=' and anything else are not base64url */
		}
		buf[i] = c;
	}
	for (size_t i = len; i < padded; i++) {
		buf[i] = '=';
	}
	out = zend_string_alloc(padded / 4 * 3, 0);
	n = EVP_DecodeBlock((unsigned char *)ZSTR_VAL(out), (unsigned char *)buf, (int)padded);
	efree(buf);
	if (n < 0) {
		zend_string_efree(out);
		return NULL;
	}
	/* EVP_DecodeBlock counts the padding as zero bytes. */
	n -= (int)(padded - len);
	ZSTR_LEN(out) = (size_t)n;
	ZSTR_VAL(out)[n] = '\0';
	return out;
}

/* OpenSSL 3 looks an algorithm up (with locks) on every implicit use: MD5 is fetched once, on
 * first use. Not at MINIT: the first fetch in a process loads OpenSSL's default provider
 * (~3 M instructions), which every PHP process start would pay, signing or not. The fetched
 * algorithm is plain memory, so a forked child uses its parent's; a child that forks before
 * any signing fetches its own. */
#if OPENSSL_VERSION_NUMBER >= 0x30000000L
static EVP_MD *ci_md5_algo;
# ifdef ZTS
/* Threads share the one algorithm; the lock is taken per digest (uncontended: a few dozen
 * instructions) rather than reading the pointer racily. */
static MUTEX_T ci_md5_lock;
# endif
#endif

void ci_crypto_minit(void)
{
#if OPENSSL_VERSION_NUMBER >= 0x30000000L && defined(ZTS)
	ci_md5_lock = tsrm_mutex_alloc();
#endif
}

void ci_crypto_mshutdown(void)
{
#if OPENSSL_VERSION_NUMBER >= 0x30000000L
	EVP_MD_free(ci_md5_algo);
	ci_md5_algo = NULL;
# ifdef ZTS
	tsrm_mutex_free(ci_md5_lock);
	ci_md5_lock = NULL;
# endif
#endif
}

static const EVP_MD *ci_md5(void)
{
#if OPENSSL_VERSION_NUMBER >= 0x30000000L
	const EVP_MD *md;

# ifdef ZTS
	tsrm_mutex_lock(ci_md5_lock);
# endif
	if (!ci_md5_algo) {
		ci_md5_algo = EVP_MD_fetch(NULL, "MD5", NULL);
	}
	md = ci_md5_algo;
# ifdef ZTS
	tsrm_mutex_unlock(ci_md5_lock);
# endif
	if (md) {
		return md;
	}
#endif
	return EVP_md5();
}

/* One context per thread, re-initialised per digest: a fresh one would allocate twice each time. */
static EVP_MD_CTX *ci_digest_ctx(void)
{
	if (!CI_G(digest_ctx)) {
		CI_G(digest_ctx) = EVP_MD_CTX_new();
	}
	return CI_G(digest_ctx);
}

void ci_crypto_ctx_free(void *ctx)
{
	EVP_MD_CTX_free(ctx);
}

/* Hex digest of a, then (when sep) a NUL, then b: fed in parts, never joined first. */
static zend_string *ci_digest_hex(const EVP_MD *md, const char *a, size_t alen, bool sep, const char *b, size_t blen)
{
	unsigned char raw[EVP_MAX_MD_SIZE];
	unsigned int n = 0;
	EVP_MD_CTX *ctx = ci_digest_ctx();

	if (!ctx || !EVP_DigestInit_ex(ctx, md, NULL)) {
		/* Only when OpenSSL is out of memory; PHP ends the request the same way when it is. */
		zend_error_noreturn(E_ERROR, "cryptoinvoice: OpenSSL could not start a digest");
	}
	EVP_DigestUpdate(ctx, a, alen);
	if (sep) {
		EVP_DigestUpdate(ctx, "", 1);
	}
	EVP_DigestUpdate(ctx, b, blen);
	EVP_DigestFinal_ex(ctx, raw, &n);
	return ci_hex(raw, n);
}

zend_string *ci_md5_hex2(const char *a, size_t alen, const char *b, size_t blen)
{
	return ci_digest_hex(ci_md5(), a, alen, false, b, blen);
}

zend_string *ci_md5_hex(const char *data, size_t len)
{
	return ci_md5_hex2(data, len, "", 0);
}

bool ci_hmac_sha256_raw(const char *key, size_t key_len, const char *data, size_t len, unsigned char out[32])
{
	unsigned int n = 0;
	return HMAC(EVP_sha256(), key, (int)key_len, (const unsigned char *)data, len, out, &n) != NULL && n == 32;
}

zend_string *ci_hmac_sha256_hex(const char *key, size_t key_len, const char *data, size_t len)
{
	unsigned char raw[32];

	if (!ci_hmac_sha256_raw(key, key_len, data, len, raw)) {
		return NULL;
	}
	return ci_hex(raw, sizeof(raw));
}

bool ci_equals(const char *a, size_t alen, const char *b, size_t blen)
{
	return alen == blen && CRYPTO_memcmp(a, b, alen) == 0;
}

zend_string *ci_digest_key(const char *a, size_t alen, const char *b, size_t blen)
{
	return ci_digest_hex(EVP_sha256(), a, alen, true, b, blen);
}
