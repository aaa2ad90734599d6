#!/usr/bin/env bash
# Packaging and consistency checks; each prints one line. Exit status: the number that failed.
#   bash scripts/checks.sh            # all
#   CI_NO_PECL=1 CI_NO_FUZZ=1 bash scripts/checks.sh   # without the slower pecl and fuzz checks
set -uo pipefail
cd "$(dirname "$0")/.."
failed=0
check() { # name, command...
	local name=$1
	shift
	if out=$("$@" 2>&1); then
		echo "check $name: ok"
	else
		echo "check $name: FAILED"
		echo "$out" | sed 's/^/    /' | tail -20
		failed=$((failed + 1))
	fi
}
check sources bash scripts/check-sources.sh
check arginfo bash scripts/check-arginfo.sh
check startup-cost bash scripts/check-startup.sh
check zts-syntax bash scripts/check-zts.sh
check ide-stub php scripts/ide-stub.php --check
check package.xml php scripts/package-xml.php --check
check composer composer validate --no-check-publish --no-interaction
check version-docs bash scripts/check-version-docs.sh
[ -n "${CI_NO_PECL:-}" ] || check pecl bash scripts/pecl-check.sh
[ -n "${CI_NO_FUZZ:-}" ] || check fuzz-responses bash fuzz/run.sh "${CI_FUZZ_SECONDS:-60}"
exit $failed
