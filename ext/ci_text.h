/* How what a caller gave reads in messages ("got ..."), and the one "did you mean" rule for
 * unknown parameters, options and keys. Depends on nothing of the extension, so any layer
 * (options, engine, gateway) may use it without pulling in another. */
#ifndef CI_TEXT_H
#define CI_TEXT_H

#include "php.h"

/* Whether s is valid UTF-8 (no overlong forms, no surrogates). */
bool ci_is_utf8(const char *s, size_t len);

/* What a caller gave, for "got ..." in messages: 5000, 1.5, "abc", true, an array, an object of class X.
 * Secrets are the caller's business: ci_param_describe() (ci_params.h) hides a gateway's. */
zend_string *ci_value_describe(zval *v);

/* An array key for messages and getErrors() keys: "parent." (when not NULL) then the key, with
 * control bytes, NUL and bytes of non-UTF-8 text as \xHH, cut after CI_KEY_SHOW_MAX bytes with
 * "...". Never holds a NUL. */
#define CI_KEY_SHOW_MAX 32
zend_string *ci_key_shown(const char *parent, const char *key, size_t len);

/* {{{ Did you mean: offer every known name, then ask for the best.
 *	ci_suggest s;
 *	ci_suggest_init(&s, key, len);
 *	for (...) ci_suggest_offer(&s, name);
 *	best = ci_suggest_best(&s, false);
 */
typedef struct ci_suggest {
	const char *key;   /* what was given */
	size_t len;
	const char *nearest; /* the first name with the fewest edits */
	size_t nearest_d;
	const char *holder;  /* the first name that holds key (of 4 bytes or more) as a word */
} ci_suggest;

void ci_suggest_init(ci_suggest *s, const char *key, size_t len);
void ci_suggest_offer(ci_suggest *s, const char *name);
/* The name within max(2, len / 3) case-insensitive edits of key; failing that, with words, the
 * first name that holds key ("order" for order_id); else NULL. */
const char *ci_suggest_best(const ci_suggest *s, bool words);
/* }}} */

#endif
