#!/usr/bin/env bash
# The committed arginfo must be exactly what gen_stub.php makes from the stub.
set -euo pipefail
cd "$(dirname "$0")/.."
gen=$(ls /usr/lib/php/*/build/gen_stub.php | head -1)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp ext/cryptoinvoice.stub.php ext/cryptoinvoice_arginfo.h "$tmp/"
(cd "$tmp" && php "$gen" --force-regeneration cryptoinvoice.stub.php >/dev/null)
if ! cmp -s ext/cryptoinvoice_arginfo.h "$tmp/cryptoinvoice_arginfo.h"; then
	echo "ext/cryptoinvoice_arginfo.h is stale: run php $gen ext/cryptoinvoice.stub.php and commit it"
	diff ext/cryptoinvoice_arginfo.h "$tmp/cryptoinvoice_arginfo.h" | head -20
	exit 1
fi
echo "arginfo: current"
