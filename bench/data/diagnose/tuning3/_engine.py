# Rendering engine for the tuning3 set (stdlib only). Used by _make.py.
import datetime as _dt
import json
import math
import random

UTC = _dt.timezone.utc
SCALE = [1.0]  # global density scale set by _make.py per batch (>1 = fewer routine lines)
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
SEVN = {"D": 7, "I": 6, "N": 5, "W": 4, "E": 3, "C": 2, "F": 2}  # syslog numbers


def dt(t):
    return _dt.datetime.fromtimestamp(t, UTC)


def iso(t, nd=3, z="Z"):
    d = dt(t)
    s = d.strftime("%Y-%m-%dT%H:%M:%S")
    if nd:
        s += ".%0*d" % (nd, int((t % 1) * 10 ** nd))
    return s + z


def hms(t, nd=3):
    d = dt(t)
    return d.strftime("%H:%M:%S") + (".%0*d" % (nd, int((t % 1) * 10 ** nd)) if nd else "")


# ---------------------------------------------------------------- DTC helpers
def dtc3(code, ft=0):
    L = "PCBU".index(code[0])
    v = (L << 14) | (int(code[1]) << 12) | int(code[2:], 16)
    return "%02X %02X %02X" % (v >> 8, v & 0xFF, ft)


def dtc3hex(code, ft=0):
    return "0x" + dtc3(code, ft).replace(" ", "")


def dm1(spn, fmi, oc=1, lamp=0x04):
    if spn is None:
        return [0x00, 0xFF, 0, 0, 0, 0, 0xFF, 0xFF]
    return [lamp, 0xFF, spn & 0xFF, (spn >> 8) & 0xFF, (((spn >> 16) & 7) << 5) | fmi, oc & 0x7F, 0xFF, 0xFF]


def hx(bs):
    return " ".join("%02X" % b for b in bs)


# ---------------------------------------------------------------- files
class Log:
    """A line log in one style. events: (t, sev, src, msg, extra)"""

    def __init__(self, batch, name, style, **kw):
        self.b, self.name, self.style, self.kw = batch, name, style, kw
        self.ev = []
        self.pids = {}
        self.rng = batch.rng

    def add(self, t, sev, src, msg, **extra):
        self.ev.append((t, sev, src, msg, extra))

    def at(self, off, sev, src, msg, **extra):
        self.add(self.b.t0 + off, sev, src, msg, **extra)

    def pid(self, src):
        if src not in self.pids:
            self.pids[src] = self.rng.randint(300, 9000)
        return self.pids[src]

    def render(self):
        out = []
        out.extend(self.kw.get("header", []))
        for t, sev, src, msg, ex in sorted(self.ev, key=lambda e: e[0]):
            out.append(self.line(t, sev, src, msg, ex))
        return "\n".join(out) + "\n"

    def line(self, t, sev, src, msg, ex):
        st, b, kw = self.style, self.b, self.kw
        if ex.get("raw"):
            return msg
        host = kw.get("host", b.host)
        proc = src.split("|")[0]
        if st == "rfc3164":
            d = dt(t)
            return "%s %2d %s %s %s[%d]: %s" % (MON[d.month - 1], d.day, d.strftime("%H:%M:%S"), host, proc, self.pid(proc), msg) if proc != "kernel" else "%s %2d %s %s kernel: %s" % (MON[d.month - 1], d.day, d.strftime("%H:%M:%S"), host, msg)
        if st == "rfc5424":
            pri = 16 * 8 + SEVN[sev]
            return "<%d>1 %s %s %s %d %s - %s" % (pri, iso(t, 6, "+00:00"), host, proc, self.pid(proc), ex.get("msgid", "-"), msg)
        if st == "shortiso":
            d = dt(t)
            return "%s %s %s[%d]: %s" % (d.strftime("%Y-%m-%dT%H:%M:%S+0000"), host, proc, self.pid(proc), msg) if proc != "kernel" else "%s %s kernel: %s" % (d.strftime("%Y-%m-%dT%H:%M:%S+0000"), host, msg)
        if st == "journaljson":
            o = {"__REALTIME_TIMESTAMP": str(int(t * 1e6)), "__MONOTONIC_TIMESTAMP": str(int((t - b.boot) * 1e6)),
                 "_BOOT_ID": b.bootid, "PRIORITY": str(SEVN[sev]), "_HOSTNAME": host, "SYSLOG_IDENTIFIER": proc,
                 "_PID": str(self.pid(proc)), "MESSAGE": msg}
            if "unit" in ex:
                o["_SYSTEMD_UNIT"] = ex["unit"]
            if proc == "kernel":
                o.pop("_PID")
                o["_TRANSPORT"] = "kernel"
            return json.dumps(o)
        if st == "dmesg":
            return "[%12.6f] %s" % (t - b.boot, msg)
        if st == "glog":
            d = dt(t)
            fileline = src.split("|")[1] if "|" in src else src
            return "%s%s %s.%06d %5d %s] %s" % (sev if sev in "IWEF" else "I", d.strftime("%m%d"), d.strftime("%H:%M:%S"), int((t % 1) * 1e6), self.pid(proc), fileline, msg)
        if st == "logcat":
            d = dt(t)
            tag = src.split("|")[-1]
            p = self.pid(proc)
            return "%s.%03d %5d %5d %s %-8s: %s" % (d.strftime("%m-%d %H:%M:%S"), int((t % 1) * 1000), p, p + (sum(map(ord, tag)) % 40 if ex.get("thr") is None else ex["thr"]), {"N": "I", "C": "F"}.get(sev, sev), tag, msg)
        if st == "logfmt":
            lv = {"D": "debug", "I": "info", "N": "info", "W": "warn", "E": "error", "C": "fatal", "F": "fatal"}[sev]
            extra = "".join(" %s=%s" % (k, v) for k, v in ex.items())
            return 'ts=%s level=%s comp=%s%s msg="%s"' % (iso(t, 3), lv, proc, extra, msg.replace('"', '\\"'))
        if st == "ros2":
            lv = {"D": "DEBUG", "I": "INFO", "N": "INFO", "W": "WARN", "E": "ERROR", "C": "FATAL", "F": "FATAL"}[sev]
            return "[%s] [%.9f] [%s]: %s" % (lv, t, src, msg)
        if st == "ros1":
            lv = {"D": "DEBUG", "I": "INFO", "N": "INFO", "W": "WARN", "E": "ERROR", "C": "FATAL", "F": "FATAL"}[sev]
            return "[%s] [%.3f] [%s]: %s" % (lv, t, src, msg)
        if st == "slog2":
            rel = t - b.boot
            h, m, s = int(rel // 3600), int(rel % 3600 // 60), rel % 60
            n = {"F": 1, "C": 1, "E": 2, "W": 3, "N": 4, "I": 5, "D": 6}[sev]
            buf = src.split("|")[1] if "|" in src else "main"
            return "Jan 01 %02d:%02d:%06.3f    %-22s %-14s %d  %s" % (h, m, s, "%s.%d" % (proc, self.pid(proc)), buf, n, msg)
        if st == "dlt":
            self.kw["idx"] = self.kw.get("idx", 0) + 1
            d = dt(t)
            apid, ctid = (src.split("/") + ["MAIN"])[:2]
            lv = {"D": "debug", "I": "info", "N": "info", "W": "warn", "E": "error", "C": "fatal", "F": "fatal"}[sev]
            ecu = ex.get("ecu", kw.get("ecu", "ECU1"))
            return "%d %s.%06d %10.4f %3d %-4s %-4s %-4s %d log %s verbose 1 %s" % (
                self.kw["idx"] - 1, d.strftime("%Y/%m/%d %H:%M:%S"), int((t % 1) * 1e6), t - b.boot, self.kw["idx"] % 256,
                ecu, apid, ctid, self.pid(apid), lv, msg)
        if st == "json":
            v = kw.get("keys", ("ts", "level", "msg"))
            tk, lk, mk = v
            tf = kw.get("tfmt", "iso")
            tv = iso(t, 3) if tf == "iso" else (round(t, 3) if tf == "s" else int(t * 1000))
            lvmap = kw.get("lv", {"D": "debug", "I": "info", "N": "info", "W": "warn", "E": "error", "C": "critical", "F": "fatal"})
            o = {tk: tv, lk: lvmap[sev]}
            if kw.get("srckey"):
                o[kw["srckey"]] = src
            o[mk] = msg
            o.update(ex)
            return json.dumps(o)
        if st == "plain":  # relative-seconds console: "  12.345 src: msg"
            return "%10.3f %s: %s" % (t - b.boot, src, msg)
        if st == "raw":
            return msg
        raise ValueError(st)


class Raw:
    def __init__(self, batch, name, text_fn):
        self.b, self.name, self.fn = batch, name, text_fn

    def render(self):
        return self.fn()


class Batch:
    def __init__(self, seed, t0, dur, host, boot_ago=None):
        self.rng = random.Random(seed)
        self.t0, self.dur, self.host = t0, dur, host
        self.boot = t0 - (boot_ago if boot_ago is not None else self.rng.uniform(20, 90))
        self.bootid = "%032x" % self.rng.getrandbits(128)
        self.files = []

    def log(self, name, style, **kw):
        f = Log(self, name, style, **kw)
        self.files.append(f)
        return f

    def raw(self, name, fn):
        f = Raw(self, name, fn)
        self.files.append(f)
        return f

    @property
    def t1(self):
        return self.t0 + self.dur


# ---------------------------------------------------------------- noise
def noise(f, catalog, t_from=None, t_to=None, scale=1.0):
    """catalog: list of (period_s, sev, src, msg) ; msg may be callable(rng, t, i)"""
    b, r = f.b, f.rng
    a = b.t0 if t_from is None else t_from
    z = b.t1 if t_to is None else t_to
    for period, sev, src, msg in catalog:
        period *= scale * SCALE[0]
        t = a + r.uniform(0, period)
        i = 0
        while t < z:
            m = msg(r, t, i) if callable(msg) else msg
            if m is not None:
                s = sev(r) if callable(sev) else sev
                f.add(t, s, src, m)
            i += 1
            t += period * r.uniform(0.85, 1.15)


def once(f, off, sev, src, msg):
    f.at(off, sev, src, msg)


# ---------------------------------------------------------------- signal CSV
def csv_signals(b, name, hz, cols, tcol="timestamp", tfmt="iso", sep=",", dec=".", t_from=None, t_to=None, nd=None):
    """cols: list of (name, fn(rel_s, rng)->float, decimals)"""
    def gen():
        r = random.Random(b.rng.random())
        lines = [sep.join([tcol] + [c[0] for c in cols])]
        a = b.t0 if t_from is None else t_from
        z = b.t1 if t_to is None else t_to
        h = hz
        n = int((z - a) * h)
        for k in range(n):
            t = a + k / h
            rel = t - b.t0
            if tfmt == "iso":
                ts = iso(t, 3)
            elif tfmt == "s":
                ts = "%.3f" % t
            elif tfmt == "ms":
                ts = str(int(t * 1000))
            elif tfmt == "rel":
                ts = "%.3f" % (t - b.boot)
            elif tfmt == "eu":
                ts = dt(t).strftime("%d.%m.%Y %H:%M:%S") + ",%03d" % int((t % 1) * 1000)
            vals = []
            for cn, fn, d in cols:
                v = fn(rel, r)
                if v is None:
                    vals.append("")
                    continue
                s = ("%." + str(d) + "f") % v
                if dec != ".":
                    s = s.replace(".", dec)
                vals.append(s)
            lines.append(sep.join([ts] + vals))
        return "\n".join(lines) + "\n"
    return b.raw(name, gen)


def jit(base, amp):
    return lambda rel, r: base + r.uniform(-amp, amp)


# ---------------------------------------------------------------- CAN
class Can:
    """Collects frames: (t, bus, id, data list, dir)."""

    def __init__(self, b, name, fmt, bus="can0", focus=None, span=(15.0, 25.0), **kw):
        """A CAN trace is a ring-buffer snapshot: the window [focus-span0, focus+span1] s of the batch."""
        self.b, self.name, self.fmt, self.bus, self.kw = b, name, fmt, bus, kw
        if focus is None:
            focus = b.dur * b.rng.uniform(0.3, 0.7)
        self.a = max(b.t0, b.t0 + focus - span[0])
        self.z = min(b.t1, b.t0 + focus + span[1])
        self.frames = []
        self.extra = []  # (t, text) for asc/trc events
        b.files.append(self)

    def periodic(self, cid, period, datafn, t_from=None, t_to=None, bus=None, dir="Rx"):
        r = self.b.rng
        a = max(self.a, self.b.t0 if t_from is None else t_from)
        z = min(self.z, self.b.t1 if t_to is None else t_to)
        t = a + r.uniform(0, period)
        i = 0
        while t < z:
            d = datafn(r, t, i) if callable(datafn) else datafn
            if d is not None:
                self.frames.append((t, bus or self.bus, cid, d, dir))
            i += 1
            t += period * r.uniform(0.98, 1.02)

    def frame(self, t, cid, data, dir="Rx", bus=None):
        self.frames.append((t, bus or self.bus, cid, data, dir))

    def event(self, t, text):
        self.extra.append((t, text))

    def render(self):
        b = self.b
        fr = sorted((f for f in self.frames if self.a <= f[0] <= self.z), key=lambda f: f[0])
        self.extra = [x for x in self.extra if self.a <= x[0] <= self.z]
        T0 = self.a
        out = []
        ext = lambda cid: cid > 0x7FF
        if self.fmt == "candump":
            for t, bus, cid, d, _ in fr:
                out.append("(%.6f) %s %s#%s" % (t, bus, ("%08X" if ext(cid) else "%03X") % cid, "".join("%02X" % x for x in d)))
        elif self.fmt == "candump_console":
            for t, bus, cid, d, _ in fr:
                out.append(" (%.6f)  %s  %s   [%d]  %s" % (t, bus, ("%08X" if ext(cid) else "%03X") % cid, len(d), hx(d)))
        elif self.fmt == "asc":
            d0 = dt(T0)
            hdr = d0.strftime("%a %b %d %I:%M:%S") + ".%03d %s %d" % (int((T0 % 1) * 1000), d0.strftime("%p").lower(), d0.year)
            out += ["date " + hdr, "base hex  timestamps absolute", "internal events logged", "// version 13.0.0",
                    "Begin Triggerblock " + hdr, "   0.000000 Start of measurement"]
            items = [(t, None, (bus, cid, d, di)) for t, bus, cid, d, di in fr] + [(t, x, None) for t, x in self.extra]
            items.sort(key=lambda x: x[0])
            chn = self.kw.get("chmap", {})
            for t, x, f in items:
                rel = t - T0
                if x is not None:
                    out.append("%11.6f %s" % (rel, x))
                else:
                    bus, cid, d, di = f
                    idtxt = ("%Xx" % cid) if ext(cid) else ("%X" % cid)
                    out.append("%11.6f %d  %-15s %-4s d %d %s" % (rel, chn.get(bus, 1), idtxt, di, len(d), hx(d)))
            out.append("End TriggerBlock")
        elif self.fmt == "trc":
            d0 = dt(T0)
            out += [";$FILEVERSION=2.1", ";$STARTTIME=%.12f" % ((T0 / 86400.0) + 25569.0), ";$COLUMNS=N,O,T,B,I,d,R,L,D", ";",
                    ";   %s" % self.kw.get("path", "D:\\traces\\trace.trc"),
                    ";   Start time: %s.%03d.0" % (d0.strftime("%d.%m.%Y %H:%M:%S"), int((T0 % 1) * 1000)),
                    ";   Generated by PCAN-View v5.0.1.822", ";-------------------------------------------------------------------------------",
                    ";   Bus   Name            Connection               Protocol",
                    ";   1     PCAN-USB        %-24s CAN" % self.kw.get("conn", "Chassis@pcan_usb"),
                    ";-------------------------------------------------------------------------------",
                    ";   Message   Time    Type    ID     Rx/Tx", ";   Number    Offset  |  Bus  [hex]  |  Reserved",
                    ";   |         [ms]    |  |    |      |  |  Data Length Code",
                    ";   |         |       |  |    |      |  |  |    Data [hex] ...",
                    ";   |         |       |  |    |      |  |  |    | ",
                    ";---+-- ------+------ +- +- --+----- +- +- +--- +- -- -- -- -- -- -- --"]
            items = [(t, None, f) for t, *f in fr] + [(t, x, None) for t, x in self.extra]
            items.sort(key=lambda x: x[0])
            n = 0
            for t, x, f in items:
                ms = (t - T0) * 1000
                n += 1
                if x is not None:
                    out.append("%7d %13.3f %s" % (n, ms, x))
                else:
                    bus, cid, d, di = f
                    out.append("%7d %13.3f DT 1 %8s %s -  %d    %s" % (n, ms, ("%08X" if ext(cid) else "%04X") % cid, di, len(d), hx(d)))
        return "\n".join(out) + "\n"


def ctr(base, n=8):
    """CAN payload with rolling counter in byte 0 lower nibble + stable rest"""
    def f(r, t, i):
        d = list(base)
        d[-1] = (d[-1] & 0xF0) | (i & 0x0F)
        return d
    return f


def rnd_payload(n=8, fixed=None):
    def f(r, t, i):
        d = [r.randint(0, 255) for _ in range(n)]
        if fixed:
            for k, v in fixed.items():
                d[k] = v
        return d
    return f


# ---------------------------------------------------------------- UDS trace
class Uds:
    def __init__(self, b, name, fmt="hms"):
        self.b, self.name, self.fmt = b, name, fmt
        self.lines = []
        b.files.append(self)

    def tx(self, t, cid, bs):
        self.lines.append((t, "Tx", cid, bs))

    def rx(self, t, cid, bs):
        self.lines.append((t, "Rx", cid, bs))

    def note(self, t, text):
        self.lines.append((t, None, None, text))

    def dtcs(self, t, req, resp, recs, mask=0xFF):
        """ReadDTCInformation 19 02 mask; recs: list of (code, ft, status); ISO-TP if long."""
        self.tx(t, req, [0x03, 0x19, 0x02, mask, 0, 0, 0, 0])
        payload = [0x59, 0x02, 0xFF]
        for code, ft, st in recs:
            payload += [int(x, 16) for x in dtc3(code, ft).split()] + [st]
        t += 0.012
        if len(payload) <= 7:
            self.rx(t, resp, [len(payload)] + payload + [0xAA] * (7 - len(payload)))
        else:
            n = len(payload)
            self.rx(t, resp, [0x10 | (n >> 8), n & 0xFF] + payload[:6])
            self.tx(t + 0.004, req, [0x30, 0x00, 0x00, 0, 0, 0, 0, 0])
            rest, sn = payload[6:], 1
            tt = t + 0.006
            while rest:
                chunk, rest = rest[:7], rest[7:]
                self.rx(tt, resp, [0x20 | (sn & 0xF)] + chunk + [0xAA] * (7 - len(chunk)))
                sn += 1
                tt += 0.001
        return t

    def render(self):
        out = []
        for t, d, cid, bs in sorted(self.lines, key=lambda x: x[0]):
            ts = hms(t, 3) if self.fmt == "hms" else "%.4f" % (t - self.b.t0)
            if d is None:
                out.append("%s ; %s" % (ts, bs))
            else:
                out.append("%s %s %03X %s" % (ts, d, cid, hx(bs)))
        return "\n".join(out) + "\n"


def uds_chatter(u, t_from, t_to, period, pairs, rng):
    """Tester present / ReadDataByIdentifier chatter."""
    t = t_from
    while t < t_to:
        req, resp, did, val = rng.choice(pairs)
        if did is None:
            u.tx(t, req, [0x02, 0x3E, 0x00, 0, 0, 0, 0, 0])
            u.rx(t + 0.008, resp, [0x02, 0x7E, 0x00, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA])
        else:
            v = val(rng) if callable(val) else val
            u.tx(t, req, [0x03, 0x22, did >> 8, did & 0xFF, 0, 0, 0, 0])
            bs = [0x62, did >> 8, did & 0xFF] + v
            u.rx(t + 0.009, resp, [len(bs)] + bs + [0xAA] * max(0, 7 - len(bs)))
        t += period * rng.uniform(0.9, 1.1)
