#!/usr/bin/env bash
# Builds an AddressSanitizer + UBSan copy of the extension in .ci/asan-build (the tree is copied,
# so the normal build is untouched) and prints the path of its .so. Run PHP with it as
# scripts/test.sh does: LD_PRELOAD=".ci/asan-build/nodeepbind.so:$(gcc -print-file-name=libasan.so)"
# ASAN_OPTIONS=verify_asan_link_order=0 USE_ZEND_ALLOC=0 php -d extension=<that .so>
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh >/dev/null
dir=.ci/asan-build
mkdir -p "$dir"
git ls-files -z | xargs -0 tar -cf - | tar -xf - -C "$dir"
cd "$dir"
# A new source file (config.m4) needs a new configure; a changed header, a clean build (phpize's
# Makefile does not track headers): a reused copy would otherwise link stale or missing objects.
if [ ! -f Makefile ] || [ config.m4 -nt Makefile ]; then
	phpize >/dev/null 2>&1
	./configure --enable-cryptoinvoice --enable-cryptoinvoice-dev --enable-cryptoinvoice-asan >/dev/null
	make clean >/dev/null
elif [ -f modules/cryptoinvoice.so ] && [ -n "$(find ext -name '*.h' -newer modules/cryptoinvoice.so | head -1)" ]; then
	make clean >/dev/null
fi
make -j"$(nproc)" >/dev/null
cc -shared -fPIC -O2 -o nodeepbind.so scripts/asan/nodeepbind.c -ldl
echo "$(pwd)/modules/cryptoinvoice.so"
