#!/usr/bin/env bash
# Packs the committed tree with `pecl package`, installs the tarball offline into a packaging
# root, and loads the result: a file missing from package.xml fails here, as it would for users.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
php scripts/package-xml.php --check

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git ls-files -z | xargs -0 tar -cf - | tar -xf - -C "$work/"
mkdir -p "$work/pkg" "$work/root"
(cd "$work" && pecl package package.xml >"$work/package.log" 2>&1) || { cat "$work/package.log"; exit 1; }
tgz=$(ls "$work"/cryptoinvoice-*.tgz)
echo "pecl package: $(basename "$tgz")"
pecl install --offline --nodeps --packagingroot="$work/root" "$tgz" >"$work/install.log" 2>&1 || { tail -40 "$work/install.log"; exit 1; }
so=$(find "$work/root" -name cryptoinvoice.so | head -1)
[ -n "$so" ] || { echo "pecl install produced no cryptoinvoice.so"; tail -20 "$work/install.log"; exit 1; }
php -n -d "extension=$so" -r '
	$v = phpversion("cryptoinvoice");
	$g = CryptoInvoice\Gateways::create("cryptomus", ["merchant_id" => "m", "api_key" => "k"]);
	echo "pecl install --offline: loaded cryptoinvoice $v, ", get_class($g), "\n";'
