#!/usr/bin/env bash
# Builds modules/cryptoinvoice.so from a clean or an already configured tree.
#   CI_CONFIGURE_FLAGS="--enable-cryptoinvoice-asan" bash scripts/build.sh   # an ASan build
#   CI_DEPS=test bash scripts/build.sh     # also install what the tests use (scripts/test.sh does)
set -euo pipefail
cd "$(dirname "$0")/.."

# The package set (scripts/deps.sh): "build" for a build; scripts/test.sh asks for "test".
bash scripts/deps.sh "${CI_DEPS:-build}"
flags="--enable-cryptoinvoice --enable-cryptoinvoice-dev ${CI_CONFIGURE_FLAGS:-}"
# Reconfigure when the flags or the source list (config.m4) changed since the last configure (or there was none).
if [ ! -f Makefile ] || [ config.m4 -nt Makefile ] || [ "$(cat .ci-configure-flags 2>/dev/null)" != "$flags" ]; then
	[ -f Makefile ] && make distclean >/dev/null 2>&1 || true
	phpize >/dev/null 2>&1
	./configure $flags >/dev/null
	echo "$flags" > .ci-configure-flags
fi
make -j"$(nproc)" >/dev/null
echo "built: $(pwd)/modules/cryptoinvoice.so"
