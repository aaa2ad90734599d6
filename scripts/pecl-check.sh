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
# PEAR 1.10's builder looks for an extsrc package's sources in <default temp_dir>/<name> when
# --packagingroot is given, but its installer unpacked them elsewhere ("could not chdir to
# /tmp/pear/temp/cryptoinvoice"): put the tarball's own contents where the builder looks.
pear_tmp=$(pecl config-get temp_dir 2>/dev/null | tail -1)
[ -n "$pear_tmp" ] || pear_tmp=/tmp/pear/temp
rm -rf "$pear_tmp/cryptoinvoice" "$work/unpack"
mkdir -p "$pear_tmp" "$work/unpack"
tar xzf "$tgz" -C "$work/unpack"
mv "$work/unpack"/cryptoinvoice-*/ "$pear_tmp/cryptoinvoice"
export USER=${USER:-root} # PEAR's config reads it
pecl install --offline --nodeps --packagingroot="$work/root" "$tgz" >"$work/install.log" 2>&1 || { tail -40 "$work/install.log"; exit 1; }
rm -rf "$pear_tmp/cryptoinvoice"
so=$(find "$work/root" -name cryptoinvoice.so | head -1)
[ -n "$so" ] || { echo "pecl install produced no cryptoinvoice.so"; tail -20 "$work/install.log"; exit 1; }
php -n -d "extension=$so" -r '
	$v = phpversion("cryptoinvoice");
	$g = CryptoInvoice\Gateways::create("cryptomus", ["merchant_id" => "m", "api_key" => "k"]);
	echo "pecl install --offline: loaded cryptoinvoice $v, ", get_class($g), "\n";'
