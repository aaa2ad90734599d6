/* Failure injection for the tests (tests/inc/fault.inc builds and preloads it): makes the Nth call
 * that cryptoinvoice.so makes to one libcurl function fail as it would when out of memory.
 *   CI_FAULT=curl_easy_init:1           the first curl_easy_init() returns NULL
 *   CI_FAULT=curl_multi_add_handle:2    the second curl_multi_add_handle() returns CURLM_OUT_OF_MEMORY
 * Only calls from cryptoinvoice.so count (libcurl calls some of these itself). PHP dlopen()s
 * extensions with RTLD_DEEPBIND, which would bind the extension to libcurl past this library:
 * dlopen() here drops that one flag, as scripts/asan/nodeepbind.c does. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>

void *dlopen(const char *file, int flags)
{
	static void *(*real)(const char *, int);
	if (!real) {
		real = (void *(*)(const char *, int))dlsym(RTLD_NEXT, "dlopen");
	}
	return real(file, flags & ~RTLD_DEEPBIND);
}

/* True when this is the failing call of fn made from the extension. */
static int fault_now(const char *fn, void *caller)
{
	static int calls[2];
	const char *spec = getenv("CI_FAULT");
	size_t len = strlen(fn);
	Dl_info info;
	int *n = &calls[fn[5] == 'm'];

	if (!dladdr(caller, &info) || !info.dli_fname || !strstr(info.dli_fname, "cryptoinvoice")) {
		return 0;
	}
	++*n;
	return spec && strncmp(spec, fn, len) == 0 && spec[len] == ':' && atoi(spec + len + 1) == *n;
}

void *curl_easy_init(void)
{
	static void *(*real)(void);
	if (!real) {
		real = (void *(*)(void))dlsym(RTLD_NEXT, "curl_easy_init");
	}
	return fault_now("curl_easy_init", __builtin_return_address(0)) ? NULL : real();
}

int curl_multi_add_handle(void *multi, void *easy)
{
	static int (*real)(void *, void *);
	if (!real) {
		real = (int (*)(void *, void *))dlsym(RTLD_NEXT, "curl_multi_add_handle");
	}
	return fault_now("curl_multi_add_handle", __builtin_return_address(0)) ? 3 /* CURLM_OUT_OF_MEMORY */ : real(multi, easy);
}
