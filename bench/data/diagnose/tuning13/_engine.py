"""Rendering engine for the heldout diagnosis set (standard library only).

A batch holds text log files (one style each), filled with routine noise from pools, plus scenario
events placed at given offsets (seconds from batch start), and CSV signal logs driven by functions of time.
"""
import json, math, os, datetime as dt

NOISE_SCALE = 0.45  # noise line counts in scenarios are scaled by this (size budget)
MAX_CSV_ROWS = 1800
LV = {'D': 0, 'I': 1, 'W': 2, 'E': 3, 'F': 4}
MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def utc(t):
    return dt.datetime.fromtimestamp(t, dt.timezone.utc)


def hexb(bs):
    return ' '.join('%02X' % b for b in bs)


def dtc3(code, ftb=0x00):
    v = ('PCBU'.index(code[0].upper()) << 14) | int(code[1:], 16)
    return [v >> 8, v & 0xFF, ftb]


def isotp(payload, pad=0xAA):
    """Split a UDS payload into ISO-TP CAN frames (lists of 8 bytes)."""
    if len(payload) <= 7:
        return [[len(payload)] + payload + [pad] * (7 - len(payload))], False
    frames = [[0x10 | (len(payload) >> 8), len(payload) & 0xFF] + payload[:6]]
    rest, sn = payload[6:], 1
    while rest:
        chunk, rest = rest[:7], rest[7:]
        frames.append([0x20 | (sn & 0xF)] + chunk + [pad] * (7 - len(chunk)))
        sn += 1
    return frames, True


# ----------------------------------------------------------------------------------------------- formatters
class Fmt:
    def __init__(self, style, rng, host='ecu', boot=0.0, **kw):
        self.style, self.rng, self.host, self.boot, self.kw = style, rng, host, boot, kw
        self.pids = {}
        self.seq = 0
        self.jkeys = kw.get('jkeys') or rng.choice([
            ('ts', 'level', 'msg', 'iso', 'comp'), ('time', 'severity', 'message', 'ms', 'source'),
            ('timestamp', 'lvl', 'text', 's', 'module'), ('@timestamp', 'log.level', 'message', 'iso', 'logger'),
            ('t', 'sev', 'msg', 'ms', 'svc')])

    def pid(self, proc):
        if proc not in self.pids:
            self.pids[proc] = self.rng.randint(300, 9000)
        return self.pids[proc]

    def line(self, t, lv, proc, msg, extra=None):
        s, d = self.style, utc(t)
        self.seq += 1
        up = t - self.boot
        if s == 'rfc3164':
            return '%s %2d %s %s %s[%d]: %s' % (MON[d.month - 1], d.day, d.strftime('%H:%M:%S'), self.host, proc, self.pid(proc), msg)
        if s == 'rfc5424':
            sev = {'D': 7, 'I': 6, 'W': 4, 'E': 3, 'F': 2}[lv]
            fac = self.kw.get('fac', 16)
            return '<%d>1 %s.%06dZ %s %s %d - - %s' % (fac * 8 + sev, d.strftime('%Y-%m-%dT%H:%M:%S'), d.microsecond, self.host, proc, self.pid(proc), msg)
        if s == 'shortiso':
            return '%s.%06d+0000 %s %s[%d]: %s' % (d.strftime('%Y-%m-%dT%H:%M:%S'), d.microsecond, self.host, proc, self.pid(proc), msg)
        if s == 'journal_export':
            pr = {'D': 7, 'I': 6, 'W': 4, 'E': 3, 'F': 2}[lv]
            return ('__REALTIME_TIMESTAMP=%d\n__MONOTONIC_TIMESTAMP=%d\n_HOSTNAME=%s\nSYSLOG_IDENTIFIER=%s\n_PID=%d\nPRIORITY=%d\nMESSAGE=%s\n'
                    % (int(t * 1e6), int(up * 1e6), self.host, proc, self.pid(proc), pr, msg))
        if s == 'dmesg':
            return '[%12.6f] %s' % (up, msg)
        if s == 'dmesg_h':
            return '[%s] %s' % (d.strftime('%a %b %d %H:%M:%S %Y'), msg)
        if s == 'glog':
            return '%s%s %s.%06d %5d %s] %s' % ('IIWEF'[LV[lv]], d.strftime('%m%d'), d.strftime('%H:%M:%S'), d.microsecond,
                                             self.pid(proc.split(':')[0]), proc if ':' in proc else proc + '.cc:%d' % (40 + self.pid(proc) % 400), msg)
        if s == 'logcat':
            p = self.pid(proc)
            return '%s.%03d %5d %5d %s %s: %s' % (d.strftime('%m-%d %H:%M:%S'), d.microsecond // 1000, p, p + self.rng.randint(0, 40), 'DIWEF'[LV[lv]], proc, msg)
        if s == 'logfmt':
            lvw = {'D': 'debug', 'I': 'info', 'W': 'warn', 'E': 'error', 'F': 'fatal'}[lv]
            m = msg.replace('"', "'")
            ex = ''.join(' %s=%s' % (k, v) for k, v in (extra or {}).items())
            return 'ts=%s.%03dZ level=%s comp=%s msg="%s"%s' % (d.strftime('%Y-%m-%dT%H:%M:%S'), d.microsecond // 1000, lvw, proc, m, ex)
        if s == 'ros':
            return '[%s] [%.9f] [%s]: %s' % ({'D': 'DEBUG', 'I': 'INFO', 'W': 'WARN', 'E': 'ERROR', 'F': 'FATAL'}[lv], t, proc, msg)
        if s == 'dlt':
            ecu = self.kw.get('ecu', 'ECU1')
            ap, ct = (proc.split('/') + ['CTX1'])[:2]
            return '%d %s.%06d %10.4f %3d %s %s %s log %s V 1 [%s]' % (self.seq - 1, d.strftime('%Y/%m/%d %H:%M:%S'), d.microsecond, up, self.seq % 256, ecu,
                                                                   ap[:4], ct[:4], {'D': 'debug', 'I': 'info', 'W': 'warn', 'E': 'error', 'F': 'fatal'}[lv], msg)
        if s == 'json':
            tk, lk, mk, tf, ck = self.jkeys
            if tf == 'iso':
                ts = '%s.%03dZ' % (d.strftime('%Y-%m-%dT%H:%M:%S'), d.microsecond // 1000)
            elif tf == 'ms':
                ts = int(t * 1000)
            else:
                ts = round(t, 3)
            lvw = {'D': 'debug', 'I': 'info', 'W': 'warning', 'E': 'error', 'F': 'critical'}[lv]
            if lk in ('sev',):
                lvw = lvw.upper()[:4]
            o = {tk: ts, lk: lvw, ck: proc, mk: msg}
            if extra:
                o.update(extra)
            return json.dumps(o, separators=(',', ':'))
        if s == 'rosout_yaml':
            sec = int(t)
            lvn = {'D': 10, 'I': 20, 'W': 30, 'E': 40, 'F': 50}[lv]
            m = msg.replace("'", "''")
            return ("stamp:\n  sec: %d\n  nanosec: %d\nlevel: %d\nname: %s\nmsg: '%s'\nfile: %s\nfunction: %s\nline: %d\n---"
                    % (sec, int((t - sec) * 1e9), lvn, proc, m, '/opt/stack/src/%s/src/node.cpp' % proc.split('.')[0], 'on_timer', 100 + self.pid(proc) % 300))
        if s == 'apollo_monitor':
            self.seq += 0
            src = proc.upper()
            m = msg.replace('"', '\\"')
            return ('header {\n  timestamp_sec: %.6f\n  module_name: "monitor"\n  sequence_num: %d\n}\nitem {\n  source: %s\n  msg: "%s"\n  log_level: %s\n}'
                    % (t, self.seq, src, m, {'D': 'INFO', 'I': 'INFO', 'W': 'WARN', 'E': 'ERROR', 'F': 'FATAL'}[lv]))
        if s == 'candump':
            bus = self.kw.get('bus', 'can0')
            if self.kw.get('console'):
                cid, data = msg.split('#')
                bs = [data[i:i + 2] for i in range(0, len(data), 2)]
                return ' (%.6f)  %s  %s   [%d]  %s' % (t, bus, cid.rjust(3) if len(cid) <= 3 else cid, len(bs), ' '.join(bs))
            return '(%.6f) %s %s' % (t, bus, msg)
        if s == 'diag':
            return '%s.%03d %s' % (d.strftime('%H:%M:%S'), d.microsecond // 1000, msg)
        if s == 'raw':
            return msg
        raise ValueError(s)


# ----------------------------------------------------------------------------------------------- batch
class Batch:
    def __init__(self, bid, rng, t0, dur):
        self.id, self.rng, self.t0, self.dur = bid, rng, t0, dur
        self.files = {}  # name -> dict
        self.order = []
        self.lab = None

    def file(self, name, style, n, pools, host='ecu', boot=None, header=None, **kw):
        boot = self.t0 - self.rng.uniform(20, 400) if boot is None else boot
        n = max(300, int(n * NOISE_SCALE))
        self.files[name] = dict(kind='text', fmt=Fmt(style, self.rng, host=host, boot=boot, **kw), n=n, pools=pools,
                                events=[], header=header, style=style)
        self.order.append(name)

    def csv(self, name, rate, cols, tsfmt='epoch', tscol='timestamp', start=0.0, stop=None):
        self.files[name] = dict(kind='csv', rate=rate, cols=cols, tsfmt=tsfmt, tscol=tscol, start=start, stop=stop, gaps=[])
        self.order.append(name)

    def ev(self, tau, name, lv, proc, msg, extra=None):
        self.files[name]['events'].append((self.t0 + tau, lv, proc, msg, extra))

    def evs(self, tau, name, lines):
        """Several events: lines = [(dt, lv, proc, msg), ...] relative to tau."""
        for x in lines:
            self.ev(tau + x[0], name, x[1], x[2], x[3], x[4] if len(x) > 4 else None)

    def silence(self, name, a, b, procs=None):
        """Suppress noise lines of file between offsets a and b (optionally only given procs)."""
        self.files[name].setdefault('sil', []).append((self.t0 + a, self.t0 + b, procs))

    def uds(self, tau, name, req, resp, payload_req, payload_resp):
        """Write a UDS exchange (ISO-TP) into a diag trace or candump file."""
        f = self.files[name]
        cand = f['fmt'].style == 'candump'
        t = self.t0 + tau
        fr, _ = isotp(payload_req, 0x55 if cand else 0xAA)
        for x in fr:
            self._raw(name, t, ('%X#%s' % (req, ''.join('%02X' % b for b in x))) if cand else 'Tx %X %s' % (req, hexb(x)))
        t += 0.012 + self.rng.random() * 0.01
        fr, multi = isotp(payload_resp, 0xAA)
        for i, x in enumerate(fr):
            self._raw(name, t, ('%X#%s' % (resp, ''.join('%02X' % b for b in x))) if cand else 'Rx %X %s' % (resp, hexb(x)))
            if i == 0 and multi:
                t += 0.003
                self._raw(name, t, ('%X#300000' % req) if cand else 'Tx %X 30 00 00' % req)
            t += 0.001 + self.rng.random() * 0.002

    def _raw(self, name, t, msg):
        self.files[name]['events'].append((t, 'I', '', msg, None))

    def read_dtc(self, tau, name, req, resp, dtcs, mask=0xFF, avail=0xFF):
        """dtcs: list of (code, ftb, status)."""
        pl = [0x59, 0x02, avail]
        for code, ftb, st in dtcs:
            pl += dtc3(code, ftb) + [st]
        self.uds(tau, name, req, resp, [0x19, 0x02, mask], pl)

    def label(self, category, subsystem, risk, accept, state, rcf, desc):
        self.lab = dict(batch=self.id, category=category, subsystem=subsystem, risk_level=risk, risk_accept=accept,
                        vehicle_state=state, root_cause_file=rcf, description=desc)

    # ------------------------------------------------------------------------------------------- render
    def render(self, outdir, POOLS):
        os.makedirs(outdir, exist_ok=True)
        rng = self.rng
        for name in self.order:
            f = self.files[name]
            path = os.path.join(outdir, name)
            if f['kind'] == 'csv':
                self._render_csv(path, f)
                continue
            fm = f['fmt']
            items = []
            pool = []
            for pn in f['pools']:
                pool += POOLS[pn]
            weights = [p[2] for p in pool]
            times = sorted(self.t0 + rng.random() * self.dur for _ in range(f['n']))
            sil = f.get('sil', [])
            for t in times:
                proc, lv, w, fn = rng.choices(pool, weights)[0]
                if any(a <= t <= b and (pr is None or proc in pr) for a, b, pr in sil):
                    continue
                r = fn(rng, t - self.t0)
                extra = None
                if isinstance(r, tuple):
                    r, extra = r
                if isinstance(r, list):  # multi-line burst
                    for k, m in enumerate(r):
                        items.append((t + k * 0.0004, lv, proc, m, extra))
                else:
                    items.append((t, lv, proc, r, extra))
            items += f['events']
            items.sort(key=lambda x: x[0])
            with open(path, 'w', newline='\n') as fh:
                if f['header']:
                    fh.write(f['header'] + '\n')
                for t, lv, proc, msg, extra in items:
                    fh.write(fm.line(t, lv, proc, msg, extra) + '\n')

    def _render_csv(self, path, f):
        cols = f['cols']
        names = list(cols)
        with open(path, 'w', newline='\n') as fh:
            fh.write(','.join([f['tscol']] + names) + '\n')
            tau = f['start']
            stop = f['stop'] if f['stop'] is not None else self.dur
            step = max(1.0 / f['rate'], (stop - tau) / MAX_CSV_ROWS)
            while tau <= stop:
                t = self.t0 + tau + self.rng.uniform(-0.004, 0.004) * step
                if f['tsfmt'] == 'epoch':
                    ts = '%.3f' % t
                elif f['tsfmt'] == 'ms':
                    ts = '%d' % int(t * 1000)
                else:
                    d = utc(t)
                    ts = '%s.%03dZ' % (d.strftime('%Y-%m-%dT%H:%M:%S'), d.microsecond // 1000)
                vals = []
                for c in names:
                    v = cols[c](tau, self.rng)
                    vals.append('' if v is None else (v if isinstance(v, str) else ('%d' % v if isinstance(v, int) else '%.2f' % v)))
                fh.write(','.join([ts] + vals) + '\n')
                tau += step


def ramp(a, b, t0, t1):
    """value a before t0, linear to b at t1, b after."""
    def f(tau):
        if tau <= t0:
            return a
        if tau >= t1:
            return b
        return a + (b - a) * (tau - t0) / (t1 - t0)
    return f
