#!/usr/bin/env bash
# Builds modules/cryptoinvoice.so from a clean or an already configured tree.
#   CI_CONFIGURE_FLAGS="--enable-cryptoinvoice-asan" bash scripts/build.sh   # an ASan build
#   CI_DEPS=build bash scripts/build.sh    # install only what building needs (scripts/demo.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

# The package set (scripts/deps.sh): "test", everything, unless the caller only builds.
bash scripts/deps.sh "${CI_DEPS:-test}"
flags="--enable-cryptoinvoice --enable-cryptoinvoice-dev ${CI_CONFIGURE_FLAGS:-}"
# Reconfigure when the flags changed since the last configure (or there was none).
if [ ! -f Makefile ] || [ "$(cat .ci-configure-flags 2>/dev/null)" != "$flags" ]; then
	[ -f Makefile ] && make distclean >/dev/null 2>&1 || true
	phpize >/dev/null 2>&1
	./configure $flags >/dev/null
	echo "$flags" > .ci-configure-flags
fi
make -j"$(nproc)" >/dev/null
echo "built: $(pwd)/modules/cryptoinvoice.so"
