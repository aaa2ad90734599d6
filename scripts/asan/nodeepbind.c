/* Preloaded before libasan when the ASan build of the extension runs under Debian's php:
 * PHP dlopen()s extensions with RTLD_DEEPBIND, which the sanitizer runtime refuses
 * (google/sanitizers#611). Dropping that one flag changes nothing else. */
#define _GNU_SOURCE
#include <dlfcn.h>

void *dlopen(const char *file, int flags)
{
	static void *(*real)(const char *, int);
	if (!real) {
		real = (void *(*)(const char *, int))dlsym(RTLD_NEXT, "dlopen");
	}
	return real(file, flags & ~RTLD_DEEPBIND);
}
