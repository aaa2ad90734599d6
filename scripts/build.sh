#!/usr/bin/env bash
# Builds modules/cryptoinvoice.so from a clean or an already configured tree.
#   CI_CONFIGURE_FLAGS="--enable-cryptoinvoice-asan" bash scripts/build.sh   # an ASan build
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh
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
