/* The floor: what N sequential Cryptomus invoices cost with nothing but libcurl and OpenSSL.
 *
 * One easy handle for every request (so one kept-alive connection), every option that does not
 * change set once, and per request exactly the work the protocol asks for: write the JSON body
 * with a fresh order_id, sign it with md5(base64(body) . key) in lowercase hex, POST it, and
 * check the answer is HTTP 200 with "state":0. No JSON parsing, no invoice object: nothing a
 * PHP client could skip.
 *
 *   [FLOOR_HTTP11=1] floor BASE_URL INVOICES [CA_FILE|-] [WARMUP]
 * prints {"client":"floor","invoices":N,"wall":S,"cpu":S}
 */
#include <curl/curl.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#define MERCHANT "8b03432e-385b-4670-8d06-064591096795" /* tests/inc/credentials.inc */
#define KEY "cm_test_key_9f3b2aSECRET"

typedef struct {
	char data[64 * 1024];
	size_t len;
} answer;

static size_t on_body(char *data, size_t size, size_t nmemb, void *ctx)
{
	answer *a = ctx;
	size_t n = size * nmemb;

	if (a->len + n >= sizeof(a->data)) {
		return 0;
	}
	memcpy(a->data + a->len, data, n);
	a->len += n;
	return n;
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double cpu(void)
{
	struct rusage r;
	getrusage(RUSAGE_SELF, &r);
	return (double)r.ru_utime.tv_sec + r.ru_utime.tv_usec / 1e6 + (double)r.ru_stime.tv_sec + r.ru_stime.tv_usec / 1e6;
}

/* "sign: " followed by 32 hex digits, written in place into the header list's node. */
static void sign(const char *body, size_t len, char *hex_out)
{
	static const char digits[] = "0123456789abcdef";
	unsigned char b64[4096 + sizeof(KEY)];
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int mdlen = 0;
	int n = EVP_EncodeBlock(b64, (const unsigned char *)body, (int)len);

	memcpy(b64 + n, KEY, sizeof(KEY) - 1);
	EVP_Digest(b64, (size_t)n + sizeof(KEY) - 1, md, &mdlen, EVP_md5(), NULL);
	for (unsigned int i = 0; i < mdlen; i++) {
		hex_out[2 * i] = digits[md[i] >> 4];
		hex_out[2 * i + 1] = digits[md[i] & 15];
	}
}

static int one(CURL *h, struct curl_slist *sign_node, answer *a, const char *run, const char *kind, long i)
{
	char body[1024];
	long status = 0;
	int len = snprintf(body, sizeof(body),
		"{\"amount\":\"15.00\",\"currency\":\"USD\",\"order_id\":\"%s-%s-%ld\",\"lifetime\":3600,"
		"\"url_callback\":\"https://shop.example/webhooks/crypto\",\"url_return\":\"https://shop.example/cart\"}",
		kind, run, i);
	CURLcode rc;

	sign(body, (size_t)len, sign_node->data + 6);
	curl_easy_setopt(h, CURLOPT_POSTFIELDS, body);
	curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE, (long)len);
	a->len = 0;
	rc = curl_easy_perform(h);
	if (rc != CURLE_OK) {
		fprintf(stderr, "floor: request %ld: %s\n", i, curl_easy_strerror(rc));
		return -1;
	}
	curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
	a->data[a->len] = '\0';
	if (status != 200 || !strstr(a->data, "\"state\":0")) {
		fprintf(stderr, "floor: request %ld: HTTP %ld: %.200s\n", i, status, a->data);
		return -1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	static answer a;
	char url[2048], run[16];
	struct curl_slist *headers = NULL, *sign_node;
	long n, warmup;
	double t0, c0, wall, used;
	CURL *h;

	if (argc < 3) {
		fprintf(stderr, "usage: %s BASE_URL INVOICES [CA_FILE|-] [WARMUP]\n", argv[0]);
		return 2;
	}
	snprintf(url, sizeof(url), "%s/v1/payment", argv[1]);
	n = atol(argv[2]);
	warmup = argc > 4 ? atol(argv[4]) : 50;
	snprintf(run, sizeof(run), "%08lx", (unsigned long)(time(NULL) ^ (getpid() << 16)));

	curl_global_init(CURL_GLOBAL_DEFAULT);
	h = curl_easy_init();
	headers = curl_slist_append(headers, "merchant: " MERCHANT);
	headers = curl_slist_append(headers, "sign: 00000000000000000000000000000000");
	sign_node = headers->next;
	headers = curl_slist_append(headers, "Content-Type: application/json");
	curl_easy_setopt(h, CURLOPT_URL, url);
	curl_easy_setopt(h, CURLOPT_POST, 1L);
	curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
	curl_easy_setopt(h, CURLOPT_USERAGENT, "floor/1.0");
	curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, 30000L);
	curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, 10000L);
	curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(h, CURLOPT_WRITEDATA, &a);
	if (argc > 3 && strcmp(argv[3], "-") != 0 && argv[3][0]) {
		curl_easy_setopt(h, CURLOPT_CAINFO, argv[3]);
	}
	/* FLOOR_HTTP11=1: HTTP/1.1 over TLS too, as the extension's single requests ask for (libcurl's
	 * default there is HTTP/2 when the server offers it). */
	if (getenv("FLOOR_HTTP11") && strcmp(getenv("FLOOR_HTTP11"), "1") == 0) {
		curl_easy_setopt(h, CURLOPT_HTTP_VERSION, (long)CURL_HTTP_VERSION_1_1);
	}

	for (long i = 0; i < warmup; i++) {
		if (one(h, sign_node, &a, run, "warm", i) != 0) {
			return 1;
		}
	}
	c0 = cpu();
	t0 = now();
	for (long i = 0; i < n; i++) {
		if (one(h, sign_node, &a, run, "bench", i) != 0) {
			return 1;
		}
	}
	wall = now() - t0;
	used = cpu() - c0;
	printf("{\"client\":\"floor\",\"invoices\":%ld,\"wall\":%.6f,\"cpu\":%.6f}\n", n, wall, used);

	curl_easy_cleanup(h);
	curl_slist_free_all(headers);
	curl_global_cleanup();
	return 0;
}
