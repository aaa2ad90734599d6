#!/usr/bin/env bash
# Start-up must stay cheap: every CLI script, cron job and queue worker loads the extension, and
# every web request passes its request hooks. Counts instructions with callgrind (the same on a
# loaded machine as on an idle one), not time:
#   module start-up (MINIT and all it calls)         <= 280,000 + 32,000 per provider
#     (each provider is a class of 14 methods that MINIT registers and guards: about 31,000 each)
#   a request that does not use the extension        <= 1,000   (php-cgi -T, when installed)
set -euo pipefail
cd "$(dirname "$0")/.."
so="$PWD/modules/cryptoinvoice.so"
command -v valgrind >/dev/null || { echo "valgrind is not installed"; exit 1; }

# Instructions inside the named functions (and their callees) for one run of "$@".
count() { # function names (comma-separated), command...
	local fns=$1 args=()
	shift
	IFS=, read -ra names <<<"$fns"
	for f in "${names[@]}"; do args+=("--toggle-collect=$f"); done
	valgrind --tool=callgrind --callgrind-out-file=/dev/null "${args[@]}" "$@" 2>&1 >/dev/null \
		| sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}

providers=$(php -n -d "extension=$so" -r 'echo count(CryptoInvoice\Gateways::providers());')
budget=$((280000 + 32000 * providers))
start=$(count zm_startup_cryptoinvoice php -n -d "extension=$so" -r '')
echo "module start-up: $start instructions (at most $budget for $providers providers)"
status=0
[ "$start" -le "$budget" ] || status=1

if command -v php-cgi >/dev/null; then
	script=$(mktemp --suffix=.php)
	trap 'rm -f "$script"' EXIT
	echo '<?php echo "ok";' >"$script"
	hooks=zm_activate_cryptoinvoice,zm_deactivate_cryptoinvoice
	one=$(count "$hooks" php-cgi -n -d "extension=$so" -T 1 "$script")
	eleven=$(count "$hooks" php-cgi -n -d "extension=$so" -T 11 "$script")
	# The first request also pays lazy symbol binding once per process; the next ten do not.
	per=$(((eleven - one) / 10))
	echo "a request that does not use it: $per instructions in its hooks (at most 1000)"
	[ "$per" -le 1000 ] || status=1
else
	echo "a request that does not use it: not measured (no php-cgi)"
fi
exit $status
