#!/usr/bin/env bash
# The benchmark, in one command:   bash bench/run.sh [all|latency]
#
# Installs what it needs (apt-get), builds the extension, starts a private nginx on loopback that
# answers POST /v1/payment with a canned Cryptomus success body over HTTP/1.1 and over TLS (HTTP/2
# offered by ALPN, as real providers do; also a TLS port offering only HTTP/1.1 and one that closes
# idle connections after 100 ms), plus a 200 ms endpoint (echo_sleep), then measures:
#   1. sequential invoices over keep-alive: the extension, a userland ext/curl client, Guzzle, and
#      a plain C libcurl loop (the floor), interleaved, BENCH_REPS runs each, median kept;
#   2. BENCH_CGI_N web requests of one invoice each in one php-cgi worker (php-cgi -T), over TLS:
#      connections the server saw and the median latency, extension vs userland;
#   3. createInvoices() against the 200 ms endpoint at concurrency 1, 8 and 32;
#   4. instructions per invoice (callgrind) for the extension, the userland client and the floor:
#      unlike wall time, the same on every run of the same build;
#   5. at network distance (bench/latency.sh): the same nginx behind bench/latency_proxy.py at each
#      RTT of BENCH_RTTS (20 and 80 ms): web requests per client, after an idle close, new workers,
#      and batches of 100 at 80 ms.
# "latency" runs only part 5 (a few minutes) and replaces only its section of the results.
# Prints a table and writes bench/RESULTS.md. Everything it starts is stopped on exit.
#
# Knobs (environment): BENCH_SEQ_N (invoices per sequential run, 5000), BENCH_REPS (5),
# BENCH_CGI_N (20), BENCH_BATCH_N (40), BENCH_BATCH_BIG (100: the c=1 batch uses BENCH_BATCH_N,
# c=8 and c=32 both sizes), BENCH_EXT_SO (measure this cryptoinvoice.so instead of building
# the work tree's), BENCH_PIN (cpu number, default 0; "none" to let the scheduler
# place nginx and the clients), BENCH_OUT (bench/RESULTS.md), BENCH_INSTR (1; 0 skips part 4);
# part 5's own knobs are listed at the top of bench/latency.sh.
#
# Why pinned: on a small VM a loopback round trip between two cores costs a cross-CPU wakeup
# whose price varies several-fold from run to run (measured here: the same client at 35 us and at
# 120 us per invoice). With nginx and the client on one CPU the handoff is a plain context switch:
# repeatable, and every client pays the same server cost. (Part 5 leaves its clients and the proxy
# unpinned: there a request waits tens of milliseconds, and a client sharing the proxy's CPU
# would delay the proxy's deliveries.)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
MODE=${1:-all}
case $MODE in all | latency) ;; *) echo "usage: bash bench/run.sh [all|latency]" >&2; exit 2 ;; esac

SEQ_N=${BENCH_SEQ_N:-5000}
REPS=${BENCH_REPS:-5}
CGI_N=${BENCH_CGI_N:-20}
BATCH_N=${BENCH_BATCH_N:-40}
BATCH_BIG=${BENCH_BATCH_BIG:-100}
OUT=${BENCH_OUT:-$ROOT/bench/RESULTS.md}
PIN=${BENCH_PIN:-0}
INSTR=${BENCH_INSTR:-1}
if [ "$PIN" = none ]; then ON=(); else ON=(taskset -c "$PIN"); fi

say() { printf '\n== %s\n' "$*"; }

# {{{ 1. what it needs
say "packages"
# What the build and tests need (gcc, libcurl and OpenSSL headers, valgrind, ...) plus the
# benchmark's own: nginx's echo module, php-cgi, Guzzle; and for the measurements at network
# distance python3 (bench/latency_proxy.py), iproute2 and procps (ip, sysctl, pgrep: the TCP Fast
# Open run's network namespace, nginx's priority), which a minimal Debian image does not have.
bash scripts/deps.sh libnginx-mod-http-echo php8.2-cgi php-guzzlehttp-guzzle python3 iproute2 procps
echo "all present"

if [ -n "${BENCH_EXT_SO:-}" ]; then
	EXT_SO=$(realpath "$BENCH_EXT_SO") # another build of the extension, e.g. a candidate fix
	say "extension: $EXT_SO (not rebuilt)"
else
	say "build"
	bash scripts/build.sh
	EXT_SO=$ROOT/modules/cryptoinvoice.so
fi
PHP=("${ON[@]}" php -d "extension=$EXT_SO")
ECHO_MOD=$(ls /usr/lib/nginx/modules/ngx_http_echo_module.so)
GUZZLE_AUTOLOAD=/usr/share/php/GuzzleHttp/autoload.php
[ -f "$GUZZLE_AUTOLOAD" ] || { echo "no $GUZZLE_AUTOLOAD" >&2; exit 1; }
# }}}

# {{{ 2. a private nginx in a temp dir
T=$(mktemp -d /tmp/cryptoinvoice-bench.XXXXXX)
NGINX_PID=
PROXY_PID=
cleanup() {
	if [ -n "$PROXY_PID" ] && kill -0 "$PROXY_PID" 2>/dev/null; then
		kill -TERM "$PROXY_PID" 2>/dev/null || true
		wait "$PROXY_PID" 2>/dev/null || true
	fi
	if [ -n "$NGINX_PID" ] && kill -0 "$NGINX_PID" 2>/dev/null; then
		kill -QUIT "$NGINX_PID" 2>/dev/null || true
		for _ in $(seq 50); do kill -0 "$NGINX_PID" 2>/dev/null || break; sleep 0.1; done
		kill -KILL "$NGINX_PID" 2>/dev/null || true
		wait "$NGINX_PID" 2>/dev/null || true
	fi
	rm -rf "$T"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

gcc -O2 -Wall -Wextra -Werror -o "$T/floor" bench/floor.c -lcurl -lcrypto

say "certificates and nginx ($T)"
ec='-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes'
printf 'subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n' > "$T/san.cnf"
openssl req -x509 $ec -keyout "$T/ca.key" -out "$T/ca.pem" -subj /CN=cryptoinvoice-bench-ca -days 2 2>/dev/null
openssl req $ec -keyout "$T/srv.key" -out "$T/srv.csr" -subj /CN=127.0.0.1 2>/dev/null
openssl x509 -req -in "$T/srv.csr" -CA "$T/ca.pem" -CAkey "$T/ca.key" -CAcreateserial \
	-out "$T/srv.pem" -days 2 -extfile "$T/san.cnf" 2>/dev/null
CA=$T/ca.pem

# Free loopback ports (asked of the kernel, then handed to nginx): plain HTTP, TLS with HTTP/2
# offered, TLS offering only HTTP/1.1, and TLS closing idle connections after 100 ms.
read -r HTTP_PORT HTTPS_PORT HTTPS_H1_PORT IDLE_PORT < <(php -r '$s = [];
	for ($i = 0; $i < 4; $i++) { $s[] = stream_socket_server("tcp://127.0.0.1:0"); }
	echo implode(" ", array_map(fn($x) => parse_url("tcp://" . stream_socket_get_name($x, false), PHP_URL_PORT), $s)), "\n";')

# A Cryptomus success answer, field for field as tests/inc/emulator/providers/cryptomus.php writes it.
UUID=26e4a3f7-1c2d-4b5e-9f80-6a7b8c9d0e1f
ANSWER='{"state":0,"result":{"uuid":"'$UUID'","amount":"15.00","payment_amount":null,"payer_amount":null,"discount_percent":null,"discount":"0.00000000","payer_currency":null,"currency":"USD","merchant_amount":null,"network":null,"address":null,"from":null,"txid":null,"payment_status":"check","url":"https://pay.cryptomus.com/pay/'$UUID'","expired_at":1767225600,"status":"check","is_final":false,"additional_data":null,"created_at":"2026-01-01T03:00:00+03:00","updated_at":"2026-01-01T03:00:00+03:00"}}'

mkdir -p "$T/tmp"
# What every server block answers.
cat > "$T/locations.conf" <<EOF
# /slow/<tag>/v1/payment: the same answer after 200 ms (a timer, not a blocked worker).
location ~ ^/slow/.*/v1/payment\$ {
	echo_sleep 0.2;
	echo -n '$ANSWER';
}
# /<tag>/v1/payment: at once. nginx serves no POST to a static file, but "return" works.
location ~ /v1/payment\$ {
	return 200 '$ANSWER';
}
location / {
	return 404 '{"state":1,"message":"Not found"}';
}
EOF
cat > "$T/nginx.conf" <<EOF
load_module $ECHO_MOD;
daemon off;
master_process on;
worker_processes 1;
pid $T/nginx.pid;
error_log $T/error.log warn;
events { worker_connections 1024; }
http {
	client_body_temp_path $T/tmp/body;
	proxy_temp_path $T/tmp/proxy;
	fastcgi_temp_path $T/tmp/fastcgi;
	uwsgi_temp_path $T/tmp/uwsgi;
	scgi_temp_path $T/tmp/scgi;
	default_type application/json;
	keepalive_requests 1000000;
	keepalive_timeout 300s;
	# Which connection served what: the report counts distinct connections per path prefix, and
	# whether each TLS connection was a full handshake (".") or a resumed session ("r").
	log_format bench '\$connection \$connection_requests \$server_port \$server_protocol \$request_time \$uri \$status \$ssl_session_reused \$ssl_protocol \$msec';
	access_log $T/access.log bench;
	# TLS as nginx does it by default: session tickets on, no server-side session cache.
	ssl_certificate $T/srv.pem;
	ssl_certificate_key $T/srv.key;
	ssl_protocols TLSv1.2 TLSv1.3;
	server {
		listen 127.0.0.1:$HTTP_PORT;
		listen 127.0.0.1:$HTTPS_PORT ssl http2;
		include $T/locations.conf;
	}
	# A provider edge that does not offer HTTP/2 (ALPN: http/1.1 only).
	server {
		listen 127.0.0.1:$HTTPS_H1_PORT ssl;
		include $T/locations.conf;
	}
	# A server that closes a connection once it has been idle for 100 ms (providers do so after
	# seconds to minutes; the web requests measured against it wait longer than that first).
	server {
		listen 127.0.0.1:$IDLE_PORT ssl http2;
		keepalive_timeout 100ms;
		include $T/locations.conf;
	}
}
EOF
nginx -t -q -p "$T" -c "$T/nginx.conf" -e "$T/error.log"
"${ON[@]}" nginx -p "$T" -c "$T/nginx.conf" -e "$T/error.log" &
NGINX_PID=$!
for _ in $(seq 100); do
	curl_ok=$(php -r '$s = @fsockopen("127.0.0.1", (int) $argv[1], $e, $m, 0.1); $t = @fsockopen("127.0.0.1", (int) $argv[2], $e, $m, 0.1); echo $s && $t ? 1 : 0;' "$HTTP_PORT" "$HTTPS_PORT")
	[ "$curl_ok" = 1 ] && break
	kill -0 "$NGINX_PID" 2>/dev/null || { cat "$T/error.log" >&2; exit 1; }
	sleep 0.1
done
HTTP=http://127.0.0.1:$HTTP_PORT
HTTPS=https://127.0.0.1:$HTTPS_PORT
echo "nginx $(nginx -v 2>&1 | sed 's/.*nginx\///') pid $NGINX_PID: $HTTP and $HTTPS"
# }}}

# {{{ 3. every client is right before it is timed
say "checking every client against the provider emulator (signature checked byte for byte)"
php bench/verify.php \
	"${PHP[*]} bench/ext.php {url} 3 - 1" \
	"php bench/userland_curl.php {url} 3 - 1" \
	"php bench/guzzle.php {url} 3 - 1" \
	"php bench/sdk_shape.php {url} 3 - 1" \
	"$T/floor {url} 3 - 1"

RESULTS=$T/results.jsonl
: > "$RESULTS"
record() { # record PART KEY=VALUE... -- JSON-LINE
	local part=$1; shift
	local extra=""
	while [ "$1" != "--" ]; do extra+=",\"${1%%=*}\":\"${1#*=}\""; shift; done
	shift
	echo "{\"part\":\"$part\"$extra,\"result\":$1}" >> "$RESULTS"
}
client_cmd() { # client_cmd CLIENT BASE CA N
	case $1 in
		ext) echo "${PHP[*]} bench/ext.php $2 $4 $3" ;;
		userland_curl) echo "${ON[*]} php bench/userland_curl.php $2 $4 $3" ;;
		guzzle) echo "${ON[*]} php bench/guzzle.php $2 $4 $3" ;;
		floor) echo "${ON[*]} $T/floor $2 $4 $3" ;;
		floor_h1) echo "${ON[*]} env FLOOR_HTTP11=1 $T/floor $2 $4 $3" ;;
	esac
}
# }}}

if [ "$MODE" = all ]; then
# {{{ 4. sequential
say "sequential: $SEQ_N invoices per run, $REPS runs of each client per transport, interleaved"
for rep in $(seq "$REPS"); do
	for transport in http https; do
		if [ $transport = http ]; then base=$HTTP; ca=-; else base=$HTTPS; ca=$CA; fi
		clients="ext userland_curl guzzle floor"
		# Over TLS also the floor on HTTP/1.1, the protocol the extension's single requests use.
		[ $transport = https ] && clients+=" floor_h1"
		for client in $clients; do
			line=$($(client_cmd $client "$base/seq-$transport-$client-$rep" $ca "$SEQ_N"))
			record seq transport=$transport client=$client rep="$rep" prefix="/seq-$transport-$client-$rep/" -- "$line"
			printf '  %-5s %-14s run %d: %s\n' $transport $client "$rep" "$line"
		done
	done
done
# }}}

# {{{ 4b. instructions per invoice
# callgrind counts what the client process executes (not the kernel, not nginx). Two runs of each
# client, INSTR_A and INSTR_B invoices after the same warm-up, and the difference over the extra
# invoices: start-up and warm-up cancel out.
INSTR_A=100
INSTR_B=600
instr_cmd() { # instr_cmd CLIENT BASE CA N
	case $1 in
		ext) echo "php -d extension=$EXT_SO bench/ext.php $2 $4 $3" ;;
		userland_curl) echo "php bench/userland_curl.php $2 $4 $3" ;;
		floor | floor_h1) echo "$T/floor $2 $4 $3" ;;
	esac
}
instr_total() { # instr_total CLIENT BASE CA N -> instructions the whole run executed
	# The variable goes in front of valgrind: valgrind measures the program it starts, not env's child.
	local http11=0
	[ "$1" = floor_h1 ] && http11=1
	FLOOR_HTTP11=$http11 "${ON[@]}" valgrind --tool=callgrind --callgrind-out-file=/dev/null $(instr_cmd "$@") 2>&1 >/dev/null |
		sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
if [ "$INSTR" = 1 ]; then
	say "instructions per invoice (callgrind: runs of $INSTR_A and $INSTR_B invoices, the difference per extra invoice)"
	for transport in http https; do
		if [ $transport = http ]; then base=$HTTP; ca=-; else base=$HTTPS; ca=$CA; fi
		clients="ext userland_curl floor"
		[ $transport = https ] && clients+=" floor_h1"
		for client in $clients; do
			a=$(instr_total $client "$base/instr-$transport-$client-a" $ca $INSTR_A)
			b=$(instr_total $client "$base/instr-$transport-$client-b" $ca $INSTR_B)
			[ -n "$a" ] && [ -n "$b" ] || { echo "callgrind gave no count for $client over $transport" >&2; exit 1; }
			per=$(( (b - a) / (INSTR_B - INSTR_A) ))
			record instr transport=$transport client=$client -- "{\"instructions\":$per}"
			printf '  %-5s %-14s %d instructions per invoice\n' $transport $client "$per"
		done
	done
fi
# }}}

# {{{ 5. web requests: php-cgi -T
say "web requests: php-cgi -T $CGI_N, one invoice per request, over TLS"
for mode in ext userland; do
	: > "$T/cgi-$mode.txt"
	t0=$(date +%s.%N)
	CI_BENCH_MODE=$mode CI_BENCH_URL="$HTTPS/cgi-$mode" CI_BENCH_CA=$CA CI_BENCH_OUT="$T/cgi-$mode.txt" \
		"${ON[@]}" php-cgi -d "extension=$EXT_SO" -T "$CGI_N" bench/cgi_one.php > "$T/cgi-$mode.out"
	t1=$(date +%s.%N)
	lines=$(wc -l < "$T/cgi-$mode.txt")
	[ "$lines" -eq "$CGI_N" ] || { echo "cgi $mode: $lines of $CGI_N requests finished" >&2; cat "$T/cgi-$mode.out" >&2; exit 1; }
	record cgi mode=$mode prefix="/cgi-$mode/" latencies="$T/cgi-$mode.txt" -- \
		"{\"requests\":$CGI_N,\"wall\":$(php -r "echo round($t1 - $t0, 6);")}"
	echo "  $mode: $CGI_N requests in $(php -r "printf('%.3f', $t1 - $t0);") s"
done
# }}}

# {{{ 6. batches against the 200 ms endpoint
say "batches: createInvoices() against a 200 ms endpoint"
batch() { # batch TRANSPORT N CONCURRENCY
	local base ca
	if [ "$1" = http ]; then base=$HTTP; ca=-; else base=$HTTPS; ca=$CA; fi
	local prefix="/slow/batch-$1-$2-c$3/"
	line=$("${PHP[@]}" bench/batch.php "$base${prefix%/}" "$2" "$3" "$ca")
	record batch transport="$1" prefix="$prefix" -- "$line"
	printf '  %-5s %3d invoices, concurrency %2d: %s\n' "$1" "$2" "$3" "$line"
}
for transport in https http; do
	batch $transport "$BATCH_N" 8
	batch $transport "$BATCH_N" 32
done
batch https "$BATCH_N" 1
batch https "$BATCH_BIG" 8
batch https "$BATCH_BIG" 32
# }}}

say "report"
# Let nginx write its last log lines, then read them.
sleep 0.2
BENCH_PIN=$PIN BENCH_EXT_SO=$EXT_SO php bench/report.php "$RESULTS" "$T/access.log" "$HTTP_PORT" "$HTTPS_PORT" "$SEQ_N" "$OUT"
fi

# {{{ 7. at network distance: bench/latency.sh (its own section of the results)
# shellcheck source=bench/latency.sh
. bench/latency.sh
# }}}
