#!/usr/bin/env python3
"""A loopback TCP proxy that puts a network distance between a client and a server.

    latency_proxy.py serve RTT_MS UPSTREAM_PORT [UPSTREAM_PORT ...]
        listens on one free 127.0.0.1 port per upstream port, prints "LISTEN_PORT UPSTREAM_PORT"
        per line, then "ready", and forwards until SIGTERM/SIGINT.
    latency_proxy.py selftest RTT_MS [TLS_PORT CA_FILE]
        checks the proxy against a local echo server (and, given a TLS port, a TLS server) and
        prints one JSON line with what it measured in RTTs.

What a connection through it costs, as on a real path of that RTT:
  - every chunk of bytes, each direction, arrives RTT/2 after the proxy read it, in order (bytes
    are forwarded as they come, so a TLS handshake pays its own round trips);
  - a new connection costs one RTT more before its first byte reaches the server: the client's
    SYN/SYN-ACK with the proxy happen at once in the kernel, so its connect() returns one RTT
    early, and until it has heard from the server everything it does happens one RTT early. So
    whatever it sends before the server's first bytes reach it arrives RTT + RTT/2 after it was
    sent, not RTT/2. (Holding the first bytes until accept + 1.5 RTT instead would hide up to one
    RTT of the CPU a client spends between connect() and its first write: a first TLS handshake
    of a process spends about ten milliseconds there.) Server bytes can reach the client no earlier
    than accept + RTT;
  - a close (FIN) travels like data: it is passed on RTT/2 later, after the bytes before it, as a
    half-close, so a server that closes an idle connection is seen closing by the client RTT/2
    later; a reset is passed on as a reset;
  - TCP Fast Open: when the proxy's listener took data in the SYN (the kernel says so in
    TCP_INFO), that data left with the SYN and is not held for the handshake. The listener only
    offers TFO where the kernel allows servers to (net.ipv4.tcp_fastopen & 2).

Not like a real path: the CPU a client spends between sending its first bytes and receiving the
server's first bytes on a new connection overlaps up to two RTTs here, one on a real path (there
the handshake came before). libcurl 7.88 parses its CA file in that window.

One thread, asyncio on select(): select() takes its timeout in microseconds, epoll in
milliseconds, which would add up to 1 ms to every trip. It wakes EARLY before a delivery is due
and spins the rest. Run it at a real-time priority (bench/latency.sh does): a late wake-up would
be network time that is not there. Loopback only: it refuses any other address.
"""
import asyncio
import collections
import json
import os
import selectors
import signal
import socket
import ssl
import sys
import time

HOST = "127.0.0.1"
EARLY = 0.0004  # wake this much before a delivery is due and spin the rest: a wake-up is late
LATE = []  # how late each delivery was against its due time, in seconds: the proxy's own error
WORST = []  # (seconds late, wall clock) of deliveries over 1 ms late, to find them in nginx's log
CONNECTIONS = {"accepted": 0, "syn_data": 0}
TCPI_OPT_SYN_DATA = 32  # include/uapi/linux/tcp.h: data in the SYN was acked


def syn_had_data(sock):
    """True when the accepted connection's SYN carried data (TCP Fast Open)."""
    try:
        info = sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_INFO, 8)
    except OSError:
        return False
    return bool(info[5] & TCPI_OPT_SYN_DATA)  # tcpi_options is the sixth byte


class Direction:
    """One direction of one connection: chunks delivered in order, each no earlier than its time."""

    def __init__(self, loop, half, not_before, extra=0.0):
        self.loop = loop
        self.half = half
        self.not_before = not_before
        self.extra = extra  # more delay for what is pushed now (see Link)
        self.on_first = None  # called once, when the first bytes were delivered
        self.queue = collections.deque()
        self.timer = None
        self.dst = None  # the transport written to, once there is one
        self.on_done = None
        self.done = False

    def push(self, item):
        """item: bytes, or "eof" / "reset"."""
        when = max(self.loop.time() + self.half + self.extra, self.not_before)
        if self.queue and when < self.queue[-1][0]:
            when = self.queue[-1][0]  # never overtake
        self.queue.append((when, item))
        if self.timer is None:
            self.arm()

    def arm(self):
        self.timer = self.loop.call_at(self.queue[0][0] - EARLY, self.flush)

    def flush(self):
        self.timer = None
        if self.dst is None:  # the upstream connect has not finished: try again shortly
            self.timer = self.loop.call_later(0.0005, self.flush)
            return
        now = self.loop.time()
        while now < self.queue[0][0] <= now + EARLY:  # woke early on purpose: spin to the due time
            now = self.loop.time()
        while self.queue and self.queue[0][0] <= now:
            when, item = self.queue.popleft()
            LATE.append(now - when)
            if now - when > 0.001:
                WORST.append((now - when, time.time()))
            if self.done:
                continue
            if item == "eof":
                self.done = True
                try:
                    if not self.dst.is_closing() and self.dst.can_write_eof():
                        self.dst.write_eof()
                except OSError:  # the other end reset the connection meanwhile
                    self.dst.abort()
                self.on_done(False)
            elif item == "reset":
                self.done = True
                self.dst.abort()
                self.on_done(True)
            elif not self.dst.is_closing():
                self.dst.write(item)
                if self.on_first is not None:
                    self.on_first()
                    self.on_first = None
        if self.queue:
            self.arm()


class Side(asyncio.Protocol):
    """One socket of a proxied connection; what it reads goes into `out`."""

    def __init__(self, out):
        self.out = out
        self.transport = None

    def connection_made(self, transport):
        self.transport = transport

    def data_received(self, data):
        self.out.push(bytes(data))

    def eof_received(self):
        self.out.push("eof")
        return True  # keep the other half open: the answer may still be on its way

    def connection_lost(self, exc):
        self.out.push("reset" if exc is not None else "eof")


class Link:
    """A client connection and its upstream connection."""

    def __init__(self, loop, rtt, upstream_port, client_sock):
        self.loop = loop
        now = loop.time()
        half = rtt / 2
        tfo = syn_had_data(client_sock)
        CONNECTIONS["accepted"] += 1
        CONNECTIONS["syn_data"] += tfo
        # Client -> server: one RTT more (the handshake the client did not wait for) until the
        # client has heard from the server, unless the bytes travelled with the SYN.
        self.up = Direction(loop, half, 0.0, 0.0 if tfo else rtt)
        # Server -> client: the server accepted at now + RTT/2; its bytes take RTT/2 more.
        self.down = Direction(loop, half, now + rtt)
        self.down.on_first = self.client_in_step
        self.up.on_done = self.down.on_done = self.finished
        self.closed = 0
        self.client = Side(self.up)
        self.server = None
        self.upstream_port = upstream_port

    def client_in_step(self):
        """The client has heard from the server: from now on it acts at the time it would."""
        self.up.extra = 0.0

    def start(self, client_sock):
        loop = self.loop
        transport_fut = loop.create_task(loop.connect_accepted_socket(lambda: self.client, client_sock))
        transport_fut.add_done_callback(self.client_ready)
        connect = loop.create_task(loop.create_connection(lambda: Side(self.down), HOST, self.upstream_port))
        connect.add_done_callback(self.upstream_ready)

    def client_ready(self, fut):
        if fut.exception() is not None:
            return
        transport, _ = fut.result()
        self.down.dst = transport

    def upstream_ready(self, fut):
        if fut.exception() is not None:  # the server is gone: the client sees a reset
            self.down.dst = self.client.transport
            self.down.push("reset")
            return
        transport, proto = fut.result()
        self.server = proto
        self.up.dst = transport

    def finished(self, reset):
        self.closed += 1
        if reset or self.closed == 2:
            for t in (self.client.transport, self.server.transport if self.server else None):
                if t is not None and not t.is_closing():
                    if reset:
                        t.abort()
                    else:
                        t.close()


def make_loop():
    return asyncio.SelectorEventLoop(selectors.SelectSelector())


def listener():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:  # accept data in the SYN where the kernel lets servers do so (no effect otherwise)
        s.setsockopt(socket.IPPROTO_TCP, socket.TCP_FASTOPEN, 256)
    except OSError:
        pass
    s.bind((HOST, 0))
    s.listen(512)
    s.setblocking(False)
    return s


async def accept_loop(loop, rtt, lsock, upstream_port):
    while True:
        sock, peer = await loop.sock_accept(lsock)
        if peer[0] != HOST:
            sock.close()
            continue
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        link = Link(loop, rtt, upstream_port, sock)
        link.start(sock)


async def serve(rtt, upstream_ports):
    loop = asyncio.get_running_loop()
    stop = loop.create_future()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, lambda: stop.done() or stop.set_result(None))
    tasks = []
    for up in upstream_ports:
        lsock = listener()
        print(lsock.getsockname()[1], up, flush=True)
        tasks.append(loop.create_task(accept_loop(loop, rtt, lsock, up)))
    print("ready", flush=True)
    await stop
    for t in tasks:
        t.cancel()
    print(json.dumps(lateness()), flush=True)


def lateness():
    """The proxy's own error: how much later than due it delivered (median, p95, max, in µs, and
    how many deliveries were over 1 ms late), and how many connections it took (with data in the
    SYN: TCP Fast Open)."""
    late = sorted(LATE)
    if not late:
        return {"deliveries": 0, **CONNECTIONS}
    at = lambda q: round(late[min(len(late) - 1, int(q * len(late)))] * 1e6)
    return {"deliveries": len(late), "late_us_median": at(0.5), "late_us_p95": at(0.95), "late_us_max": at(1.0),
            "late_over_1ms": sum(1 for x in late if x > 0.001),
            "worst": [[round(x * 1e3, 1), round(t, 3)] for x, t in sorted(WORST, reverse=True)[:5]], **CONNECTIONS}


# {{{ selftest
async def echo_server():
    async def echo(reader, writer):
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
        writer.close()

    server = await asyncio.start_server(echo, HOST, 0)
    return server, server.sockets[0].getsockname()[1]


def timed_client(port, rtt, tls_port=None, ca=None, rounds=5):
    """A blocking client in its own process: what a real client would see, in RTTs."""
    out = {}
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)  # made before the clock starts
    s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    t0 = time.perf_counter()
    s.connect((HOST, port))
    s.sendall(b"x")
    s.recv(1)
    out["tcp_connect_and_first_echo_rtt"] = round((time.perf_counter() - t0) / rtt, 3)
    each = []
    for _ in range(rounds):
        t = time.perf_counter()
        s.sendall(b"y" * 100)
        got = 0
        while got < 100:
            got += len(s.recv(100 - got))
        each.append((time.perf_counter() - t) / rtt)
    out["echo_on_open_connection_rtt"] = round(sorted(each)[len(each) // 2], 3)
    t = time.perf_counter()
    s.shutdown(socket.SHUT_WR)
    eof = s.recv(1)
    out["close_seen_back_rtt"] = round((time.perf_counter() - t) / rtt, 3)
    out["eof_passed"] = eof == b""
    s.close()
    if tls_port:
        ctx = ssl.create_default_context(cafile=ca)
        ctx.set_alpn_protocols(["http/1.1"])
        raw = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        raw.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        t = time.perf_counter()
        raw.connect((HOST, tls_port))
        c = ctx.wrap_socket(raw, server_hostname=HOST)
        out["tls_version"] = c.version()
        out["tcp_and_tls_handshake_rtt"] = round((time.perf_counter() - t) / rtt, 3)
        t = time.perf_counter()
        c.sendall(b"GET /selftest HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        c.recv(65536)
        out["https_request_rtt"] = round((time.perf_counter() - t) / rtt, 3)
        c.close()
    return out


async def selftest(rtt, tls_port, ca):
    loop = asyncio.get_running_loop()
    server, echo_port = await echo_server()
    ports = [echo_port] + ([tls_port] if tls_port else [])
    lsocks = [listener() for _ in ports]
    tasks = [loop.create_task(accept_loop(loop, rtt, ls, up)) for ls, up in zip(lsocks, ports)]
    via = [str(ls.getsockname()[1]) for ls in lsocks]
    # The client is another process, as a real one is: no lock or thread shared with the proxy.
    child = await asyncio.create_subprocess_exec(
        sys.executable, __file__, "client", str(rtt * 1000), *via, *([ca] if tls_port else []),
        stdout=asyncio.subprocess.PIPE)
    out, _ = await child.communicate()
    result = {"rtt_ms": rtt * 1000, **json.loads(out), "proxy": lateness()}
    for t in tasks:
        t.cancel()
    server.close()
    return result
# }}}


def precise_timers():
    """Linux lets a sleep run up to 50 us late by default (timer slack): ask for none."""
    try:
        import ctypes
        ctypes.CDLL(None, use_errno=True).prctl(29, 1, 0, 0, 0)  # PR_SET_TIMERSLACK, 1 ns
    except (OSError, AttributeError):
        pass


def main(argv):
    if len(argv) < 3 or argv[1] not in ("serve", "selftest", "client"):
        sys.stderr.write(__doc__)
        return 2
    rtt = float(argv[2]) / 1000.0
    precise_timers()
    if argv[1] == "client":  # selftest's client process: an ordinary one, whatever the proxy runs at
        try:
            os.sched_setscheduler(0, os.SCHED_OTHER, os.sched_param(0))
        except (OSError, AttributeError):
            pass
        tls = (int(argv[4]), argv[5]) if len(argv) > 5 else (None, None)
        print(json.dumps(timed_client(int(argv[3]), rtt, *tls)))
        return 0
    loop = make_loop()
    asyncio.set_event_loop(loop)
    if argv[1] == "serve":
        loop.run_until_complete(serve(rtt, [int(p) for p in argv[3:]]))
    else:
        tls_port = int(argv[3]) if len(argv) > 3 else None
        ca = argv[4] if len(argv) > 4 else None
        print(json.dumps(loop.run_until_complete(selftest(rtt, tls_port, ca))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
