#!/usr/bin/env bash
# The one place that installs packages: Debian 12, as root, idempotently (no apt at all when
# everything is present).
#   bash scripts/deps.sh build          # what building needs (scripts/demo.sh)
#   bash scripts/deps.sh [test]         # that plus what the tests and checks use (scripts/test.sh, CI)
#   bash scripts/deps.sh [build|test] PACKAGE...   # plus more packages (bench/run.sh)
#   bash scripts/deps.sh --list [build|test]       # print the list, install nothing
# scripts/build.sh installs the set named by CI_DEPS (default: build); scripts/test.sh (and so CI)
# asks for "test", so a test run brings everything and the demo only the build set.
set -euo pipefail

# phpize and the headers (php8.2-dev), the CLI that runs the demo and the emulator, a compiler,
# and libcurl's and OpenSSL's development files, found through pkg-config by config.m4.
BUILD=(php8.2-dev php8.2-cli libcurl4-openssl-dev libssl-dev pkg-config make gcc)

# What the test run adds (scripts/test.sh, scripts/checks.sh):
# - valgrind: the valgrind run; clang and libphp8.2-embed: the libFuzzer harness (fuzz/run.sh);
# - php-parser: gen_stub.php regenerates the arginfo offline (check arginfo);
# - php-pear: `pecl package` and an offline `pecl install` (check pecl); composer: `composer validate`;
# - openssl: the TLS tests make their own CA; nginx: tests/batch/http2.phpt needs HTTP/2 (php -S has none);
# - php-laravel-framework, php8.2-mbstring, php8.2-sqlite3: tests/examples/laravel.phpt runs
#   examples/laravel on Debian's Laravel (/usr/share/php/Illuminate/autoload.php) with SQLite;
# - php8.2-curl: the emulator's self-test (tests/inc/emulator/selftest.php) and the benchmark's
#   userland clients;
# - php-psr-log, php-monolog: tests/observe/ hand the extension a real PSR-3 logger (Monolog);
# - python3: tests/hostile/raw_server.py, a raw HTTP server that answers byte for byte.
TEST=(valgrind clang libphp8.2-embed php-parser php-pear composer openssl nginx
	php-laravel-framework php8.2-mbstring php8.2-sqlite3 php8.2-curl php-psr-log php-monolog python3)

list=0
if [ "${1:-}" = "--list" ]; then
	list=1
	shift
fi
set_name=test
case "${1:-}" in
build | test)
	set_name=$1
	shift
	;;
esac
PACKAGES=("${BUILD[@]}")
[ "$set_name" = build ] || PACKAGES+=("${TEST[@]}")
PACKAGES+=("$@")

if [ $list -eq 1 ]; then
	printf '%s\n' "${PACKAGES[@]}"
	exit 0
fi

missing=()
for p in "${PACKAGES[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
	echo "deps: installing ${missing[*]}"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	# Debian may start a system service a package brings (nginx, where an init system runs):
	# nothing here uses one; the tests and the benchmark run their own nginx from a temp dir.
	apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# gen_stub.php downloads PHP-Parser from the network when it does not find it beside itself;
# point it at Debian's copy (php-parser, in the test set) so stubs regenerate offline.
[ -d /usr/share/php/PhpParser ] || exit 0
for build in /usr/lib/php/*/build; do
	[ -f "$build/gen_stub.php" ] || continue
	ver=$(grep -oP '\$version = "\K[0-9.]+' "$build/gen_stub.php" | head -1)
	dir="$build/PHP-Parser-$ver/lib"
	if [ -n "$ver" ] && [ ! -e "$dir/PhpParser" ]; then
		mkdir -p "$dir"
		ln -s /usr/share/php/PhpParser "$dir/PhpParser"
	fi
done
