#!/usr/bin/env bash
# Builds fuzz/fuzz_response (libFuzzer + ASan + UBSan, PHP embedded) and runs it for a bounded
# time over the seed corpus in fuzz/corpus. Exit status non-zero on a crash, leak or sanitizer report.
#   bash fuzz/run.sh [seconds]      (default 60)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh >/dev/null
secs=${1:-60}
inc=$(php-config --includes)
out=.ci/fuzz
mkdir -p "$out/corpus"
srcs=$(grep -oP 'CRYPTOINVOICE_SOURCES="\$CRYPTOINVOICE_SOURCES \K[^"]+' config.m4)
clang -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -std=gnu99 \
	-DZEND_ENABLE_STATIC_TSRMLS_CACHE=1 $inc -I"$(php-config --include-dir)/sapi/embed" -Iext \
	$(pkg-config --cflags libcurl openssl) fuzz/fuzz_response.c $srcs \
	-o "$out/fuzz_response" -L"$(php-config --prefix)/lib" -lphp8.2 $(pkg-config --libs libcurl openssl) \
	2> "$out/build.log" || { cat "$out/build.log"; exit 1; }
# New inputs found go to .ci/fuzz/corpus; the committed seeds stay as they are.
status=0
# Leak detection is off here: LeakSanitizer flags the embedded libphp's own startup tables
# (it is not instrumented), while leaks on these paths are what the valgrind run of the
# phpt suite proves absent. ASan (bounds, use-after-free) and UBSan stay on.
ASAN_OPTIONS=detect_leaks=0 "$out/fuzz_response" -detect_leaks=0 -artifact_prefix="$out/" -max_total_time="$secs" -timeout=10 -rss_limit_mb=4096 \
	-print_final_stats=1 "$out/corpus" fuzz/corpus > "$out/run.log" 2>&1 || status=$?
grep -E "stat::number_of_executed_units|stat::peak_rss|ERROR|SUMMARY" "$out/run.log" || tail -20 "$out/run.log"
exit "$status"
