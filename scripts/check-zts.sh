#!/usr/bin/env bash
# Only PHP 8.2 NTS can be installed here, so a thread-safe build cannot be linked or run. What can
# be checked: every source compiles with ZTS defined, i.e. globals go through the module-globals
# macros and nothing uses an NTS-only shortcut. Run against the NTS headers with ZTS=1 (the same
# declarations php-src's own headers switch on).
set -euo pipefail
cd "$(dirname "$0")/.."
inc=$(php-config --includes)
status=0
for f in ext/*.c ext/providers/*.c; do
	gcc -std=gnu99 -fsyntax-only -DZTS=1 -DCOMPILE_DL_CRYPTOINVOICE=1 -DZEND_ENABLE_STATIC_TSRMLS_CACHE=1 \
		-I. -Iext $inc -Wall -Wextra -Werror -Wno-unused-parameter -Wno-missing-field-initializers \
		-Wno-sign-compare "$f" || status=1
done
exit $status
