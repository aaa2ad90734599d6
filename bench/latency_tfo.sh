# TCP Fast Open at network distance, in a network namespace of its own:
#   unshare -n bash bench/latency_tfo.sh RTT_MS REQUESTS
# with T, CA, EXT_SO and HTTPS_PORT in the environment (bench/latency.sh runs it).
#
# A server only takes data in a SYN where net.ipv4.tcp_fastopen allows it (bit 2), a setting of
# the whole network namespace: this script makes a namespace of its own (unshare -n), so the
# machine's setting is left as it is. In it: loopback up, TFO on for clients and servers, a second
# nginx from bench/run.sh's configuration (its own pid and logs: $T/tfo-*), and
# bench/latency_proxy.py in front of it, whose listener takes data in the SYN and then does not
# hold it for the handshake (it counts such connections). Then one php-cgi worker with the
# userland client (a new connection per web request, as a new worker's first invoice has),
# without and with CURLOPT_TCP_FASTOPEN. The first TFO connection only fetches the server's
# cookie; the kernel keeps it for every process after, so later connections send the TLS
# ClientHello in the SYN (never the request: the create is not idempotent, a SYN can be repeated).
set -euo pipefail
RTT=$1
N=$2
ip link set lo up
sysctl -q -w net.ipv4.tcp_fastopen=3

NG=
PX=
stop() {
	[ -z "$PX" ] || { kill -TERM "$PX" 2>/dev/null || true; wait "$PX" 2>/dev/null || true; }
	[ -z "$NG" ] || { kill -QUIT "$NG" 2>/dev/null || true; wait "$NG" 2>/dev/null || true; }
}
trap stop EXIT

sed -e "s|^pid .*|pid $T/tfo-nginx.pid;|" -e "s|access_log [^ ]*|access_log $T/tfo-access.log|" \
	-e "s|^error_log [^ ]*|error_log $T/tfo-error.log|" "$T/nginx.conf" > "$T/tfo-nginx.conf"
nginx -p "$T" -c "$T/tfo-nginx.conf" -e "$T/tfo-error.log" &
NG=$!
PRIO=()
if chrt -f 10 true 2>/dev/null; then PRIO=(chrt -f 10); fi
"${PRIO[@]}" python3 bench/latency_proxy.py serve "$RTT" "$HTTPS_PORT" > "$T/tfo-proxy.out" &
PX=$!
for _ in $(seq 100); do
	grep -qx ready "$T/tfo-proxy.out" && php -r 'exit(@fsockopen("127.0.0.1", (int) $argv[1]) ? 0 : 1);' "$HTTPS_PORT" && break
	sleep 0.05
done
VIA=https://127.0.0.1:$(awk '{ print $1; exit }' "$T/tfo-proxy.out")

for tfo in 0 1; do
	: > "$T/lat-$RTT-tfo$tfo-userland.txt"
	CI_BENCH_MODE=userland CI_BENCH_TFO=$tfo CI_BENCH_URL="$VIA/lat-$RTT-tfo$tfo-userland" CI_BENCH_CA=$CA \
		CI_BENCH_OUT="$T/lat-$RTT-tfo$tfo-userland.txt" php-cgi -d "extension=$EXT_SO" -T "$N" bench/cgi_one.php > /dev/null
done
kill -TERM "$PX"
wait "$PX" || true
PX=
