#!/usr/bin/env bash
# What the `logger` option costs, and what having it unset costs: instructions per createInvoice()
# under callgrind, against a local keep-alive server (tests/inc/keepalive_server.php), for
#   none     no logger option
#   logger   a logger object whose log() only counts (the records being built and handed over)
#   monolog  Debian's Monolog with a NullHandler (what a real logger adds; skipped without php-monolog)
# and, given BASE_SO (a build of the tree before the logger existed), that build without the option:
# "none" minus "base" is what the hooks cost when nobody asked for logging.
# Each figure is (instructions for 600 invoices - instructions for 100) / 500, so start-up cancels out;
# callgrind counts do not move with machine load, but do with when the server answers (the client's
# polling): each figure is the least of LOGGER_COST_REPS runs (3).
#   bash bench/logger_cost.sh
#   BASE_SO=/tmp/main/modules/cryptoinvoice.so bash bench/logger_cost.sh
set -euo pipefail
cd "$(dirname "$0")/.."
SO=$(realpath "${LOGGER_COST_SO:-modules/cryptoinvoice.so}")
REPS=${LOGGER_COST_REPS:-3}
[ -f "$SO" ] || bash scripts/build.sh
command -v valgrind >/dev/null || { echo "valgrind is needed (apt-get install valgrind)" >&2; exit 1; }
tmp=$(mktemp -d)
server=
cleanup() {
	[ -z "$server" ] || kill "$server" 2>/dev/null || true
	rm -rf "$tmp"
}
trap cleanup EXIT

# Instructions the client ran for n invoices (a fresh server each time: its connection count restarts).
count() { # so mode n
	rm -f "$tmp/port"
	php -n tests/inc/keepalive_server.php "$tmp/port" "$tmp/conns" 600000 "$tmp/requests" 2>"$tmp/server.err" &
	server=$!
	for _ in $(seq 200); do [ -s "$tmp/port" ] && break; sleep 0.05; done
	valgrind --tool=callgrind --callgrind-out-file=/dev/null \
		php -n -d "extension=$1" bench/logger_cost.php "http://127.0.0.1:$(cat "$tmp/port")" "$3" "$2" 2>"$tmp/vg.log" >/dev/null \
		|| { cat "$tmp/vg.log" >&2; exit 1; }
	kill "$server" 2>/dev/null || true
	wait "$server" 2>/dev/null || true
	server=
	grep -oP 'Collected : \K[0-9]+' "$tmp/vg.log"
}
# The least of REPS runs: what varies between runs (how often the client polls a socket that has
# nothing yet, which depends on when the server process runs) only ever adds instructions.
per_invoice() { # so mode
	local a b best=
	for _ in $(seq "$REPS"); do
		a=$(count "$1" "$2" 100)
		b=$(count "$1" "$2" 600)
		v=$(((b - a) / 500))
		if [ -z "$best" ] || [ "$v" -lt "$best" ]; then best=$v; fi
	done
	echo "$best"
}

printf '%-44s %s\n' "build, option" "instructions per createInvoice()"
if [ -n "${BASE_SO:-}" ]; then
	base=$(per_invoice "$(realpath "$BASE_SO")" none)
	printf '%-44s %d\n' "base build ($BASE_SO), no logger" "$base"
fi
none=$(per_invoice "$SO" none)
printf '%-44s %d\n' "this build, no logger" "$none"
with=$(per_invoice "$SO" logger)
printf '%-44s %d (+%d: 1 record)\n' "this build, logger (counting log())" "$with" $((with - none))
if [ -f /usr/share/php/Monolog/autoload.php ]; then
	mono=$(per_invoice "$SO" monolog)
	printf '%-44s %d (+%d)\n' "this build, Monolog + NullHandler" "$mono" $((mono - none))
fi
if [ -n "${BASE_SO:-}" ]; then
	printf 'no logger, this build vs base: %+d instructions per invoice (%+.3f%%)\n' $((none - base)) \
		"$(echo "($none - $base) * 100 / $base" | bc -l)"
fi
