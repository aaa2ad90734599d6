#!/usr/bin/env bash
# Installs what building and testing cryptoinvoice needs on Debian 12, idempotently, plus any
# packages named as arguments (bench/run.sh adds nginx and its clients' packages).
# Run as root (CI and the dev machines are root); skips apt entirely when all is present.
set -euo pipefail

# php-laravel-framework, php8.2-mbstring and php8.2-sqlite3: tests/examples/laravel.phpt runs
# examples/laravel on Debian's Laravel (/usr/share/php/Illuminate/autoload.php) with SQLite.
# nginx: tests/batch/http2.phpt needs a server that offers HTTP/2 (php -S does not).
PACKAGES=(php8.2-dev php8.2-cli php8.2-curl libcurl4-openssl-dev libssl-dev pkg-config
	php-parser php-pear composer valgrind openssl make gcc nginx
	clang libphp8.2-embed
	php-laravel-framework php8.2-mbstring php8.2-sqlite3 "$@")

missing=()
for p in "${PACKAGES[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
	echo "deps: installing ${missing[*]}"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	# Debian may start a system service a package brings (nginx, where an init system runs):
	# nothing here uses one; the benchmark runs its own nginx from a temp dir.
	apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# gen_stub.php downloads PHP-Parser from the network when it does not find it beside itself;
# point it at Debian's copy so stubs regenerate offline.
for build in /usr/lib/php/*/build; do
	[ -f "$build/gen_stub.php" ] || continue
	ver=$(grep -oP '\$version = "\K[0-9.]+' "$build/gen_stub.php" | head -1)
	dir="$build/PHP-Parser-$ver/lib"
	if [ -n "$ver" ] && [ ! -e "$dir/PhpParser" ]; then
		mkdir -p "$dir"
		ln -s /usr/share/php/PhpParser "$dir/PhpParser"
	fi
done
