#!/usr/bin/env bash
# The install instructions name the version being built: the Dockerfile's CRYPTOINVOICE_VERSION and
# every cryptoinvoice-X.Y.Z.tgz in the Dockerfile, README.md and docs/ must be the version of
# ext/php_cryptoinvoice.h (which package.xml takes too), or `pecl install`/`docker build` would
# look for a tarball that `pecl package` no longer makes.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(grep -oP '#define PHP_CRYPTOINVOICE_VERSION "\K[^"]+' ext/php_cryptoinvoice.h)
status=0
if ! grep -qx "ARG CRYPTOINVOICE_VERSION=$version" Dockerfile; then
	echo "Dockerfile: ARG CRYPTOINVOICE_VERSION must be $version"
	status=1
fi
while IFS= read -r hit; do
	echo "$hit: names another version than $version"
	status=1
done < <(grep -noP "cryptoinvoice-\K[0-9][0-9A-Za-z.]*(?=\.tgz)" Dockerfile README.md docs/*.md | grep -v ":$version\$" || true)
exit $status
