#!/usr/bin/env bash
# Builds the extension and runs the packaging checks and the whole phpt suite three times:
# plainly, under valgrind (run-tests.php -m, USE_ZEND_ALLOC=0), and with an AddressSanitizer +
# UBSan build (scripts/build-asan.sh). Ends with one line: "tests: N passed, M failed", counting
# each test once per run; a skipped, leaking or borked test counts as failed.
#   bash scripts/test.sh                    # everything
#   bash scripts/test.sh tests/cryptomus    # one folder, both runs
#   CI_NO_VALGRIND=1 CI_NO_ASAN=1 CI_NO_PECL=1 CI_NO_FUZZ=1 bash scripts/test.sh   # quick local loop
set -uo pipefail
cd "$(dirname "$0")/.."

# The test set of packages (scripts/deps.sh): valgrind, clang, nginx, PEAR, Laravel... beside the build's.
CI_DEPS=test bash scripts/build.sh || { echo "tests: 0 passed, 1 failed"; exit 1; }

targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(tests)
ext="$(pwd)/modules/cryptoinvoice.so"
out=.ci/out
mkdir -p "$out"
export TEST_PHP_EXECUTABLE="$(command -v php)"
export NO_INTERACTION=1 REPORT_EXIT_STATUS=1

passed=0
failed=0
run_suite() { # name, extension .so, extra run-tests flags...
	local name=$1 so=$2
	shift 2
	php run-tests.php -n -d "extension=$so" -j2 -q --show-diff "$@" "${targets[@]}" >"$out/$name.log" 2>&1
	local p f
	p=$(grep -oP '^Tests passed\s*:\s*\K[0-9]+' "$out/$name.log" | tail -1)
	f=0
	for kind in failed leaked borked skipped warned; do
		n=$(grep -oiP "^Tests $kind\s*:\s*\K[0-9]+" "$out/$name.log" | tail -1)
		f=$((f + ${n:-0}))
	done
	if [ -z "$p" ]; then
		f=$((f + 1)) # the runner itself broke
		p=0
	fi
	echo "$name: $p passed, $f failed (log: $out/$name.log)"
	grep -E '^(FAIL|LEAK|BORK|SKIP) ' "$out/$name.log" | sed 's/^/  /' || true
	passed=$((passed + p))
	failed=$((failed + f))
}

# Packaging checks count as tests: a stale arginfo, stub or package.xml fails the run.
checks_out=$(bash scripts/checks.sh 2>&1)
echo "$checks_out" | tee "$out/checks.log" | grep -E '^check|^    ' || true
passed=$((passed + $(echo "$checks_out" | grep -c ': ok$')))
failed=$((failed + $(echo "$checks_out" | grep -c ': FAILED$')))

run_suite plain "$ext"
if [ -z "${CI_NO_VALGRIND:-}" ]; then
	# valgrind cannot follow PCRE's JIT-compiled code (reports without symbols): interpret instead.
	run_suite valgrind "$ext" -m -d pcre.jit=0
fi
if [ -z "${CI_NO_ASAN:-}" ]; then
	if asan_so=$(bash scripts/build-asan.sh | tail -1); then
		# Debian's php dlopen()s with RTLD_DEEPBIND, which ASan refuses: the shim drops that flag.
		# Leaks are the valgrind run's job: LeakSanitizer cannot see past the uninstrumented php
		# binary and flags PHP's own shutdown (e.g. with pdo_sqlite loaded), which valgrind clears.
		LD_PRELOAD="$(dirname "$(dirname "$asan_so")")/nodeepbind.so:$(gcc -print-file-name=libasan.so)" \
			ASAN_OPTIONS=verify_asan_link_order=0:detect_leaks=0:abort_on_error=0 \
			UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=0 USE_ZEND_ALLOC=0 \
			run_suite asan "$asan_so"
	else
		echo "asan: build failed"
		failed=$((failed + 1))
	fi
fi
echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
