#!/usr/bin/env bash
# Runs the bundled provider emulator (tests/inc/emulator: every provider of
# tests/inc/emulator/providers on one loopback port) for trying the extension by hand, and prints
# its base_url and the test credentials it accepts, as PHP to paste and as environment variables.
#   bash scripts/emulator.sh [start] [--port N]   # in the background (default port 8099)
#   bash scripts/emulator.sh run [--port N]       # in the foreground; Ctrl-C stops it
#   bash scripts/emulator.sh status               # running? prints the same again
#   bash scripts/emulator.sh stop                 # stops the background one
# --port 0 takes any free port. Pid file, log and state live in $CRYPTOINVOICE_EMULATOR_DIR
# (default: $TMPDIR/cryptoinvoice-emulator). Needs only PHP's CLI ($PHP, default php): the
# emulator itself runs without the extension.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${CRYPTOINVOICE_EMULATOR_DIR:-${TMPDIR:-/tmp}/cryptoinvoice-emulator}
php=${PHP:-php}

usage() {
	sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//' >&2
	exit 2
}

cmd=start
case "${1:-}" in
start | run | status | stop)
	cmd=$1
	shift
	;;
esac
port=8099
while [ $# -gt 0 ]; do
	case "$1" in
	--port)
		[ $# -ge 2 ] || usage
		port=$2
		shift 2
		;;
	--port=*)
		port=${1#--port=}
		shift
		;;
	*) usage ;;
	esac
done
[[ "$port" =~ ^[0-9]+$ ]] || usage

pid_of() { # the running server's pid, or nothing (a stale pid file's pid may be someone else's)
	local pid
	pid=$(cat "$dir/server.pid" 2>/dev/null) || return 0
	if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null \
		&& tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'emulator/router\.php'; then
		echo "$pid"
	fi
}

base_of() { # "http://127.0.0.1:PORT" from php -S's "Development Server (...) started" line
	grep -oP 'Development Server \(\Khttp://127\.0\.0\.1:[0-9]+(?=\) started)' "$dir/server.log" 2>/dev/null | head -1
}

show() { # base_url, pid
	local base=$1 pid=$2
	cat <<EOF
Provider emulator running at $base (pid $pid, log: $dir/server.log)
Stop it with: bash scripts/emulator.sh stop

It speaks every provider's API and accepts only these test credentials. As PHP:

EOF
	CI_BASE=$base "$php" -n -r '
		require $argv[1];
		$b = getenv("CI_BASE");
		$q = static fn (string $s): string => var_export($s, true);
		echo "<?php\n";
		echo "\$base = ", $q($b), ";\n";
		/* Every provider of the emulator that the registry (ext/ci_providers.h) has, in its order. */
		$all = array_intersect_key(emu_providers(), emu_registry());
		foreach ($all as $name => $emu) {
			$url = $emu::MOUNT === "" ? "\$base" : "\$base . " . $q($emu::MOUNT);
			$shown = implode(", ", array_map(static fn (string $k, string $v): string => $q($k) . " => " . $q($v),
				array_keys($emu::OPTIONS), $emu::OPTIONS));
			$shown = $q("base_url") . " => $url" . ($shown === "" ? "" : ", $shown");
			echo str_pad("\$$name", 12), " = new ", emu_registry()[$name], "(", implode(", ", array_map($q, $emu::CREDENTIALS)),
				", [", $shown, "]);\n";
		}
		echo "\nAs environment variables (examples/cli.php, examples/laravel .env):\n\n";
		echo "CRYPTOINVOICE_BASE_URL=$b\n";
		foreach ($all as $name => $emu) {
			foreach ($emu::CREDENTIALS + $emu::OPTIONS as $k => $v) {
				echo strtoupper("{$name}_$k"), "=$v\n";
			}
			if ($emu::MOUNT !== "") {
				echo strtoupper("{$name}_BASE_URL"), "=$b", $emu::MOUNT, "\n"; /* served under its own path */
			}
		}' "$root/tests/inc/emulator/common.php"
	cat <<EOF

Failure scenarios: base_url "$base/_s/<scenario>" (list: tests/inc/emulator/router.php).
Every request it received: $base/_emulator/log
EOF
}

stop_server() { # pid: the server, its workers (same process group), then the state
	local pid=$1 i
	kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
	for i in $(seq 1 30); do
		kill -0 -- "-$pid" 2>/dev/null || break
		sleep 0.1
	done
	kill -KILL -- "-$pid" 2>/dev/null || true
	rm -rf -- "$dir/state"
	rm -f -- "$dir/server.pid" "$dir/server.log" "$dir/server.out"
}

start_server() { # prints the server's pid once it listens
	mkdir -p "$dir"
	rm -rf -- "$dir/state" # a fresh emulator: no invoices, nonces or counters from a previous run
	mkdir -p "$dir/state"
	: >"$dir/server.log"
	# setsid: the server and the workers it forks share a process group that stop can signal.
	# enable_post_data_reading=0: multipart bodies reach the emulator byte for byte.
	CI_EMU_STATE="$dir/state" PHP_CLI_SERVER_WORKERS=4 setsid "$php" -n -d pcre.jit=0 \
		-d enable_post_data_reading=0 -S "127.0.0.1:$port" -t "$dir/state" \
		"$root/tests/inc/emulator/router.php" </dev/null >"$dir/server.out" 2>"$dir/server.log" &
	local pid=$! i
	echo "$pid" >"$dir/server.pid"
	for i in $(seq 1 300); do
		[ -n "$(base_of)" ] && break
		if ! kill -0 "$pid" 2>/dev/null; then
			echo "the emulator did not start:" >&2
			cat "$dir/server.log" >&2
			[ "$port" = 0 ] || echo "(another program on port $port? try --port 0 for any free port)" >&2
			rm -f -- "$dir/server.pid"
			exit 1
		fi
		sleep 0.1
	done
	if [ -z "$(base_of)" ]; then
		echo "the emulator did not report its port within 30 s:" >&2
		cat "$dir/server.log" >&2
		stop_server "$pid"
		exit 1
	fi
	echo "$pid"
}

pid=$(pid_of)
case "$cmd" in
start)
	if [ -n "$pid" ]; then
		echo "(already running)"
	else
		pid=$(start_server)
	fi
	show "$(base_of)" "$pid"
	;;
run)
	if [ -n "$pid" ]; then
		echo "An emulator is already running in the background (pid $pid): bash scripts/emulator.sh stop" >&2
		exit 1
	fi
	pid=$(start_server)
	# However this script ends (Ctrl-C, kill, a closed stdout), the server goes with it.
	trap 'stop_server "$pid"' EXIT
	trap 'exit 0' INT TERM
	show "$(base_of)" "$pid" | sed 's/^Stop it with: .*/Stop it with Ctrl-C./'
	while kill -0 "$pid" 2>/dev/null; do
		sleep 1
	done
	;;
status)
	if [ -z "$pid" ]; then
		echo "not running"
		exit 1
	fi
	show "$(base_of)" "$pid"
	;;
stop)
	if [ -z "$pid" ]; then
		echo "not running"
	else
		stop_server "$pid"
		echo "stopped (pid $pid)"
	fi
	;;
esac
