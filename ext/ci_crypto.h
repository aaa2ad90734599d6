/* Digests, MACs, base64 and comparisons through OpenSSL. */
#ifndef CI_CRYPTO_H
#define CI_CRYPTO_H

#include "php.h"

zend_string *ci_base64_encode(const char *s, size_t len);
/* base64url without padding, as JWT writes it; NULL when malformed. */
zend_string *ci_base64url_decode(const char *s, size_t len);
/* Lowercase hex of md5(data) / HMAC-SHA256(key, data). */
zend_string *ci_md5_hex(const char *data, size_t len);
/* md5 of a followed by b, without joining them first. */
zend_string *ci_md5_hex2(const char *a, size_t alen, const char *b, size_t blen);
/* Module lifecycle: algorithms are fetched once, on first use (not at start-up), and freed here. */
void ci_crypto_minit(void);
void ci_crypto_mshutdown(void);
/* The per-thread digest context (module globals), at GSHUTDOWN. */
void ci_crypto_ctx_free(void *ctx);
zend_string *ci_hmac_sha256_hex(const char *key, size_t key_len, const char *data, size_t len);
/* Raw 32-byte HMAC-SHA256 into out. */
bool ci_hmac_sha256_raw(const char *key, size_t key_len, const char *data, size_t len, unsigned char out[32]);
/* Constant-time comparison; false for different lengths. */
bool ci_equals(const char *a, size_t alen, const char *b, size_t blen);
/* Hex SHA-256 of the parts joined by NUL, for keying per-secret state without keeping the secret. */
zend_string *ci_digest_key(const char *a, size_t alen, const char *b, size_t blen);

#endif
