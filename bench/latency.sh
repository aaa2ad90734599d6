# At network distance: sourced by bench/run.sh (bash bench/run.sh latency runs only this part)
# once its nginx runs, with T, CA, EXT_SO, the ports, RESULTS, record() and say() set.
#
# bench/latency_proxy.py stands between the clients and that nginx and delays each direction by
# RTT/2, a new connection by one RTT more, and a close like data (see its header). For each RTT of
# BENCH_RTTS it measures:
#   a. the proxy itself: an echo through it, and a TCP + TLS handshake with nginx through it;
#   b. web requests: one php-cgi worker (php-cgi -T BENCH_LAT_N) per client, one invoice per web
#      request, over TLS with HTTP/2 offered: the extension, the userland ext/curl client, Guzzle,
#      and the official SDK's shape; then the same against a server that closes connections idle
#      for 100 ms, each web request starting BENCH_IDLE_MS later than the one before ended;
#   c. new workers (at the largest RTT): BENCH_COLD_WORKERS php-cgi workers in turn, two web
#      requests each: a worker's first invoice against its second; and the same straight to
#      nginx, where only the CPU a first invoice costs is left; both again with the system's CA
#      bundle (what a shop that names no CA file verifies against), and the userland client with
#      it;
#   c2. TCP Fast Open (at the largest RTT; BENCH_TFO=0 skips it): bench/latency_tfo.sh, in a
#      network namespace of its own, a new connection per web request without and with TFO;
#   d. createInvoices() of BENCH_LAT_BATCH (at the largest RTT), concurrency 8 and 32, against a
#      server offering HTTP/2 and one offering only HTTP/1.1, the provider answering at once or
#      after 200 ms, two batches per process (the first one of a process and the next).
# The provider's time is what nginx takes to answer: nothing ("return 200") for web requests,
# so the floor there is exactly one RTT; 0 or 200 ms (echo_sleep) for batches.
# nginx logs $connection and $ssl_session_reused: connections, full handshakes and resumed
# sessions are counted by the server. Writes its section of bench/RESULTS.md (between the
# <!-- latency --> markers; the rest of the file stays).
#
# Knobs: BENCH_RTTS ("20 80"), BENCH_LAT_N (21: the first request and 20 after it),
# BENCH_IDLE_MS (250), BENCH_COLD_WORKERS (10), BENCH_LAT_BATCH (100), BENCH_TFO (1; 0 skips c2),
# BENCH_LAT_NICE (-10, see below).

LAT_RTTS=${BENCH_RTTS:-20 80}
LAT_N=${BENCH_LAT_N:-21}
LAT_IDLE_MS=${BENCH_IDLE_MS:-250}
LAT_COLD=${BENCH_COLD_WORKERS:-10}
LAT_BATCH=${BENCH_LAT_BATCH:-100}
LAT_MAX_RTT=$(printf '%s\n' $LAT_RTTS | sort -n | tail -1)
SYSTEM_CA=/etc/ssl/certs/ca-certificates.crt # Debian's bundle, libcurl's default

# What is measured (nginx, the php-cgi workers, the batches) runs at BENCH_LAT_NICE (-10, where
# allowed): whatever else the machine runs at the default priority (compilers, test suites) then
# shows in these numbers as little as it can. Every client gets the same.
LAT_NICE=${BENCH_LAT_NICE:--10}
NICE=()
if [ "$(nice -n "$LAT_NICE" nice 2>/dev/null)" = "$LAT_NICE" ]; then # not where it is not allowed
	NICE=(nice -n "$LAT_NICE")
	renice -n "$LAT_NICE" -p "$NGINX_PID" $(pgrep -P "$NGINX_PID") > /dev/null
fi

# {{{ the proxy
# It stands for the network, which does not wait for a CPU: run it at a real-time priority where
# allowed (root), so that whatever else the machine runs cannot make its deliveries late.
PROXY_PRIO=()
if chrt -f 10 true 2>/dev/null; then PROXY_PRIO=(chrt -f 10); fi
proxy_start() { # proxy_start RTT_MS: sets P_HTTPS P_H1 P_IDLE (base URLs through the proxy)
	local out=$T/proxy-$1.out
	"${PROXY_PRIO[@]}" python3 bench/latency_proxy.py serve "$1" "$HTTPS_PORT" "$HTTPS_H1_PORT" "$IDLE_PORT" > "$out" &
	PROXY_PID=$!
	for _ in $(seq 100); do
		grep -qx ready "$out" && break
		kill -0 "$PROXY_PID" 2>/dev/null || { echo "latency proxy did not start" >&2; exit 1; }
		sleep 0.05
	done
	grep -qx ready "$out" || { echo "latency proxy did not start" >&2; exit 1; }
	via() { awk -v up="$1" '$2 == up { print $1 }' "$out"; }
	P_HTTPS=https://127.0.0.1:$(via "$HTTPS_PORT")
	P_H1=https://127.0.0.1:$(via "$HTTPS_H1_PORT")
	P_IDLE=https://127.0.0.1:$(via "$IDLE_PORT")
}
proxy_stop() { # proxy_stop RTT_MS: records how late the proxy delivered
	kill -TERM "$PROXY_PID"
	wait "$PROXY_PID" || true
	PROXY_PID=
	record lat_proxy rtt="$1" -- "$(tail -1 "$T/proxy-$1.out")"
	echo "  proxy at $1 ms: $(tail -1 "$T/proxy-$1.out")"
}
# }}}

# {{{ web requests
# KIND: keep, idle, cold (new workers: WORKER is 1, 2, ... and "last" for the last one), and
# bundle / coldbundle: the same with LAT_CA, the system's CA bundle with the benchmark's CA added.
lat_cgi() { # lat_cgi RTT KIND MODE BASE REQUESTS [IDLE_MS] [WORKER]
	local prefix="/lat-$1-$2-$3" out="$T/lat-$1-$2-$3.txt"
	if [ -z "${7:-}" ] || [ "$7" = 1 ]; then : > "$out"; fi
	CI_BENCH_MODE=$3 CI_BENCH_URL="$4$prefix" CI_BENCH_CA=${LAT_CA:-$CA} CI_BENCH_OUT="$out" CI_BENCH_IDLE_MS=${6:-0} \
		"${NICE[@]}" php-cgi -d "extension=$EXT_SO" -T "$5" bench/cgi_one.php > "$T/cgi.out" ||
		{ echo "php-cgi $3 failed:" >&2; cat "$T/cgi.out" >&2; exit 1; }
	if [ -z "${7:-}" ] || [ "$7" = last ]; then
		local lines
		lines=$(wc -l < "$out")
		record lat_cgi rtt="$1" kind="$2" mode="$3" prefix="$prefix/" latencies="$out" -- "{\"requests\":$lines}"
		printf '  %s %3s ms %-10s %-9s %s\n' "$(date +%T)" "$1" "$2" "$3" "$(php -r '$l = array_map(fn($x) => json_decode($x, true), file($argv[1]));
			$s = array_column($l, "s"); $f = array_shift($s); sort($s); $e = count(array_column($l, "error"));
			printf("first %.1f ms, median of the rest %.1f ms%s", $f * 1e3, $s[intdiv(count($s), 2)] * 1e3, $e ? ", $e FAILED" : "");' "$out")"
	fi
}

cold_workers() { # cold_workers RTT KIND BASE: LAT_COLD new workers in turn, two web requests each
	local w
	for w in $(seq "$LAT_COLD"); do
		lat_cgi "$1" "$2" ext "$3" 2 0 "$([ "$w" = "$LAT_COLD" ] && echo last || echo "$w")"
	done
}
# }}}

# {{{ TCP Fast Open, in a network namespace of its own (bench/latency_tfo.sh)
lat_tfo() { # lat_tfo RTT
	if [ "${BENCH_TFO:-1}" != 1 ] || ! unshare -n true 2>/dev/null; then
		echo "  TCP Fast Open: skipped (BENCH_TFO=0, or no unshare -n: it needs root)"
		return
	fi
	T=$T CA=$CA EXT_SO=$EXT_SO HTTPS_PORT=$HTTPS_PORT "${NICE[@]}" unshare -n bash bench/latency_tfo.sh "$1" "$LAT_N" ||
		{ echo "bench/latency_tfo.sh failed" >&2; exit 1; }
	local tfo
	for tfo in 0 1; do
		record lat_cgi rtt="$1" kind="tfo$tfo" mode=userland prefix="/lat-$1-tfo$tfo-userland/" \
			latencies="$T/lat-$1-tfo$tfo-userland.txt" log=tfo -- "{\"requests\":$LAT_N}"
	done
	record lat_tfo_proxy rtt="$1" -- "$(tail -1 "$T/tfo-proxy.out")"
	echo "  $1 ms TCP Fast Open (userland, a new connection per request): proxy $(tail -1 "$T/tfo-proxy.out")"
}
# }}}

# {{{ batches
lat_batch() { # lat_batch RTT SERVER(h2|h1) PROVIDER_MS CONCURRENCY
	local base slow=""
	if [ "$2" = h2 ]; then base=$P_HTTPS; else base=$P_H1; fi
	[ "$3" = 0 ] || slow=/slow # the 200 ms endpoint
	local prefix="$slow/lat-batch-$1-$2-p$3-c$4"
	"${NICE[@]}" php -d "extension=$EXT_SO" bench/batch.php "$base$prefix" "$LAT_BATCH" "$4" "$CA" 2 > "$T/batch.out" ||
		{ echo "batch failed" >&2; cat "$T/batch.out" >&2; exit 1; }
	while read -r line; do
		local round
		round=$(php -r 'echo json_decode($argv[1], true)["round"];' "$line")
		record lat_batch rtt="$1" server="$2" provider="$3" prefix="$prefix/r$round/" -- "$line"
		printf '  %s %3s ms %s provider %3s ms c=%-2s batch %s of the process: %s\n' "$(date +%T)" "$1" "$2" "$3" "$4" "$round" "$line"
	done < "$T/batch.out"
}
# }}}

record lat_setup -- "{\"nice\":\"${NICE[*]:-none}\",\"proxy\":\"${PROXY_PRIO[*]:-normal priority}\",\"load\":\"$(cut -d' ' -f1-3 /proc/loadavg)\"}"
for rtt in $LAT_RTTS; do
	say "at $rtt ms RTT (bench/latency_proxy.py)"
	proxy_start "$rtt"
	sel=$("${NICE[@]}" "${PROXY_PRIO[@]}" python3 bench/latency_proxy.py selftest "$rtt" "$HTTPS_PORT" "$CA")
	record lat_selftest rtt="$rtt" -- "$sel"
	echo "  proxy self-test: $sel"

	for mode in ext userland guzzle sdk; do
		lat_cgi "$rtt" keep $mode "$P_HTTPS" "$LAT_N"
	done
	for mode in ext userland guzzle sdk; do
		lat_cgi "$rtt" idle $mode "$P_IDLE" "$LAT_N" "$LAT_IDLE_MS"
	done

	if [ "$rtt" = "$LAT_MAX_RTT" ]; then
		cold_workers "$rtt" cold "$P_HTTPS"
		# The same straight to nginx (RTT 0): what a new worker's first invoice costs in CPU alone.
		cold_workers 0 cold "https://127.0.0.1:$HTTPS_PORT"
		# And with what a shop verifies against when it names no CA file: the system's bundle
		# (here with the benchmark's CA added), which OpenSSL parses once per process, or, for
		# a client that makes a new handle per web request, once per request.
		if [ -f "$SYSTEM_CA" ]; then
			cat "$SYSTEM_CA" "$CA" > "$T/bundle.pem"
			LAT_CA=$T/bundle.pem cold_workers "$rtt" coldbundle "$P_HTTPS"
			LAT_CA=$T/bundle.pem cold_workers 0 coldbundle "https://127.0.0.1:$HTTPS_PORT"
			LAT_CA=$T/bundle.pem lat_cgi "$rtt" bundle userland "$P_HTTPS" "$LAT_N"
		fi
		lat_tfo "$rtt"
		for server in h2 h1; do
			for provider in 0 200; do
				for c in 8 32; do
					lat_batch "$rtt" $server $provider $c
				done
			done
		done
	fi
	proxy_stop "$rtt"
done
[ "$(php -d "extension=$EXT_SO" -r 'echo (int) method_exists("CryptoInvoice\\Cryptomus", "getInvoices");')" = 0 ] ||
	echo "  note: the extension now has getInvoices(): add it to bench/batch.php and bench/latency.sh" >&2

say "report (network distance)"
sleep 0.2
php bench/report_latency.php "$RESULTS" "$T/access.log" "$OUT" "$T/tfo-access.log"
