#!/usr/bin/env python3
"""Scriptable raw HTTP server for the attack tests (127.0.0.1 only, bounded lifetime).
usage: raw_server.py <state-dir>
Writes <dir>/port. Each request is appended to <dir>/log.jsonl. The n-th request (0-based,
counted over all connections) gets plan[n] from <dir>/plan.json (the last one repeats):
  a step with "when": text is used for any request whose body holds text (or whose path is text);
  {"raw": latin1 text, "delay": s, "chunks": [[latin1, delay_after], ...], "close": bool,
   "reset": bool, "hang": s, "pre_close": bool}
"""
import json, os, socket, struct, sys, threading, time, base64

d = sys.argv[1]
lock = threading.Lock()
count = [0]
last = ['']
srv = socket.socket(); srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0)); srv.listen(64)
open(os.path.join(d, 'port.tmp'), 'w').write(str(srv.getsockname()[1]))
os.rename(os.path.join(d, 'port.tmp'), os.path.join(d, 'port'))
deadline = time.time() + float(os.environ.get('RAW_LIFETIME', '900'))

def read_request(c, buf):
    """One request off the socket: (dict, rest) or (None, rest) at EOF."""
    while b'\r\n\r\n' not in buf:
        x = c.recv(65536)
        if not x: return None, buf
        buf += x
    head, buf = buf.split(b'\r\n\r\n', 1)
    lines = head.split(b'\r\n')
    method, path = lines[0].split(b' ')[:2]
    hdrs = {}
    for l in lines[1:]:
        k, _, v = l.partition(b':'); hdrs[k.strip().lower().decode()] = v.strip().decode('latin1')
    if hdrs.get('expect', '').lower() == '100-continue':
        c.sendall(b'HTTP/1.1 100 Continue\r\n\r\n')
    body = b''
    if 'content-length' in hdrs:
        n = int(hdrs['content-length'])
        while len(buf) < n:
            x = c.recv(65536)
            if not x: break
            buf += x
        body, buf = buf[:n], buf[n:]
    elif hdrs.get('transfer-encoding', '').lower() == 'chunked':
        while True:
            while b'\r\n' not in buf: buf += c.recv(65536)
            sz, buf = buf.split(b'\r\n', 1); sz = int(sz.split(b';')[0], 16)
            while len(buf) < sz + 2: buf += c.recv(65536)
            body += buf[:sz]; buf = buf[sz+2:]
            if sz == 0: break
    return {'method': method.decode(), 'path': path.decode('latin1'), 'headers': hdrs,
            'body': body.decode('latin1')}, buf

def handle(c, connno):
    buf = b''
    c.settimeout(300)
    try:
        while True:
            req, buf = read_request(c, buf)
            if req is None: return
            with lock:
                n = count[0]; count[0] += 1
                try: txt = open(os.path.join(d, 'plan.json')).read(); plan = json.loads(txt)['steps']
                except Exception: txt = ''; plan = [{'raw': 'HTTP/1.1 500 X\r\nContent-Length: 0\r\n\r\n'}]
                if txt != last[0]:
                    last[0] = txt; count[0] = 1; n = 0
                conds = [x for x in plan if 'when' in x]
                plain = [x for x in plan if 'when' not in x] or [{'close': True}]
                step = next((x for x in conds if x['when'] in req['body'] or x['when'] == req['path']), None) or plain[min(n, len(plain) - 1)]
                req['n'] = n; req['conn'] = connno
                with open(os.path.join(d, 'log.jsonl'), 'a') as f: f.write(json.dumps(req) + '\n')
            if step.get('delay'): time.sleep(step['delay'])
            if step.get('hang'): time.sleep(step['hang']); return
            if step.get('reset_now'):
                c.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0)); return
            if 'raw' in step: c.sendall(step['raw'].encode('latin1'))
            if 'b64' in step: c.sendall(base64.b64decode(step['b64']))
            for part, pause in step.get('chunks', []):
                c.sendall(part.encode('latin1'))
                if pause: time.sleep(pause)
            if step.get('reset'):
                c.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0)); return
            if step.get('close'): return
    except Exception as e:
        with open(os.path.join(d, 'err.log'), 'a') as f: f.write(repr(e) + '\n')
    finally:
        try: c.close()
        except Exception: pass

srv.settimeout(1)
connno = 0
while time.time() < deadline:
    try: c, _ = srv.accept()
    except socket.timeout: continue
    connno += 1
    threading.Thread(target=handle, args=(c, connno), daemon=True).start()
