#!/usr/bin/env python3
"""Generator for the heldout5 diagnosis evaluation set (realism-first, mixed fleet).

Python 3.11 stdlib only. Fixed seeds: re-running reproduces every file byte for byte.
Usage:  python3 _make.py        (writes sNNN/ folders and labels.json next to this file)
"""
import datetime as dt
import json
import math
import os
import random
import re
import shutil
import zlib

OUT = os.path.dirname(os.path.abspath(__file__))
SEED = 5150_2026
LABELS = []
LVL_NAME = {"D": "debug", "I": "info", "W": "warn", "E": "error", "F": "fatal", "V": "verbose"}
SYSLOG_SEV = {"D": 7, "I": 6, "W": 4, "E": 3, "F": 2, "V": 7}


def utc(t):
    return dt.datetime.fromtimestamp(t, dt.timezone.utc).replace(tzinfo=None)


def stable(s, mod):
    return zlib.crc32(s.encode()) % mod


# ----------------------------------------------------------------------------- templates
TOK = re.compile(r"\{([a-z]):([^{}]*)\}")


def fill(tpl, rng):
    def rep(m):
        k, a = m.group(1), m.group(2)
        if k == "i":
            lo, hi = a.split(":")
            return str(rng.randint(int(lo), int(hi)))
        if k == "f":
            lo, hi, d = a.split(":")
            return f"{rng.uniform(float(lo), float(hi)):.{int(d)}f}"
        if k == "x":  # n hex bytes spaced
            return " ".join(f"{rng.randrange(256):02X}" for _ in range(int(a)))
        if k == "h":  # n hex digits
            return "".join(rng.choice("0123456789abcdef") for _ in range(int(a)))
        if k == "c":
            return rng.choice(a.split("|"))
        return m.group(0)
    for _ in range(3):  # nested tokens resolve inside-out
        new = TOK.sub(rep, tpl)
        if new == tpl:
            break
        tpl = new
    return tpl


# ----------------------------------------------------------------------------- clocks
class Clock:
    """off: seconds added to true UTC to get what the device prints (local tz and/or skew).
    boot: epoch of boot for monotonic stamps. tz: suffix for ISO stamps."""

    def __init__(self, off=0.0, boot=None, tz="Z"):
        self.off, self.boot, self.tz = off, boot, tz

    jump = None  # (t_sync, wall_epoch_at_boot): unsynced RTC before t_sync

    def wall(self, t):
        if self.jump and t < self.jump[0]:
            return utc(self.jump[1] + (t - self.boot))
        return utc(t + self.off)

    reboots = ()

    def mono(self, t):
        bb = [x for x in self.reboots if x <= t]
        if bb:
            return t - max(bb)
        return t - (self.boot if self.boot is not None else 0.0)


UTC = lambda: Clock()


def LOCAL(h, skew=0.0):
    sign = "+" if h >= 0 else "-"
    hh = int(abs(h))
    mm = int(round((abs(h) - hh) * 60))
    return Clock(off=h * 3600 + skew, tz=f"{sign}{hh:02d}:{mm:02d}")


def BOOT(b):
    return Clock(boot=b)


# ----------------------------------------------------------------------------- text log files
class Log:
    def __init__(self, batch, name, style, clock=None, host="ecu", ecu="ECU1"):
        self.b, self.name, self.style = batch, name, style
        self.clock = clock or Clock(boot=batch.boot)
        if self.clock.boot is None:
            self.clock.boot = batch.boot
        self.host, self.ecu = host, ecu
        self.recs = []
        self.header = []
        self.rng = random.Random(batch.seed * 31 + stable(name, 99991))
        batch.files.append(self)

    def add(self, t, lvl, src, msg):
        self.recs.append((t, lvl, src, msg))
        return self

    def at(self, frac, lvl, src, msg):
        return self.add(self.b.t0 + frac * self.b.dur + stable(str(msg), 1000) / 4000.0, lvl, src, msg)

    def seq(self, t, step, lvl, src, msgs):
        for i, m in enumerate(msgs):
            self.add(t + i * step * (0.7 + 0.6 * self.rng.random()), lvl, src, m)
        return self

    def noise(self, pool, n, t1=None, t2=None):
        """pool: list of (weight, lvl, src, tpl); random times in [t1,t2]."""
        r = self.rng
        t1 = self.b.t0 if t1 is None else t1
        t2 = self.b.t0 + self.b.dur if t2 is None else t2
        ws = [p[0] for p in pool]
        for _ in range(n):
            w, lvl, src, tpl = r.choices(pool, ws)[0]
            t = r.uniform(t1, t2)
            m = fill(tpl, r)
            if "{SPD}" in m or "{VMS}" in m:
                c = self.b.ctx(t)
                m = m.replace("{SPD}", f"{c['kph']:.1f}").replace("{VMS}", f"{c['v']:.2f}")
            self.recs.append((t, lvl, src, m))
        return self

    def every(self, period, lvl, src, tpl, t1=None, t2=None, jitter=0.05):
        r = self.rng
        t = (self.b.t0 if t1 is None else t1) + r.uniform(0, period)
        t2 = self.b.t0 + self.b.dur if t2 is None else t2
        while t < t2:
            m = tpl(t, r) if callable(tpl) else fill(tpl, r)
            self.recs.append((t, lvl, src, m))
            t += period * (1 + r.uniform(-jitter, jitter))
        return self

    # --- rendering
    def pid(self, src):
        if src == "systemd":
            return 1
        return 200 + stable(self.name + src, 3800)

    def line(self, i, t, lvl, src, msg):
        c, st = self.clock, self.style
        if lvl == "RAW":
            return msg
        w = c.wall(t)
        ms = f"{w:%H:%M:%S}.{w.microsecond // 1000:03d}"
        if src == "kernel" and st in ("syslog", "journal"):
            src_p = "kernel:"
        else:
            src_p = f"{src}[{self.pid(src)}]:"
        if st == "syslog":
            return f"{w:%b} {w.day:2d} {w:%H:%M:%S} {self.host} {src_p} {msg}"
        if st == "rfc5424":
            pri = 8 * 16 + SYSLOG_SEV[lvl]
            return f"<{pri}>1 {w:%Y-%m-%dT%H:%M:%S}.{w.microsecond // 1000:03d}{c.tz} {self.host} {src} {self.pid(src)} - - {msg}"
        if st == "journal":
            tz = c.tz.replace(":", "") if c.tz != "Z" else "+0000"
            return f"{w:%Y-%m-%dT%H:%M:%S}{tz} {self.host} {src_p} {msg}"
        if st == "journal_mono":
            return f"[{c.mono(t):12.6f}] {self.host} {src}[{self.pid(src)}]: {msg}"
        if st == "dmesg":
            return f"[{c.mono(t):12.6f}] {msg}"
        if st == "glog":
            f = src if "." in src else src + ".cc"
            return f"{lvl if lvl in 'IWEF' else 'I'}{w:%m%d %H:%M:%S}.{w.microsecond:06d} {self.pid(src) + 7:6d} {f}:{stable(msg[:12], 900) + 40}] {msg}"
        if st == "logcat":
            p = self.pid(src)
            return f"{w:%m-%d} {ms} {p:5d} {p + stable(msg[:6], 40):5d} {lvl} {src:<8}: {msg}"
        if st == "dlt":
            apid, _, ctid = src.partition("/")
            ts = c.mono(t)
            return (f"{i} {w:%Y/%m/%d %H:%M:%S}.{w.microsecond:06d} {ts:11.4f} {i % 256:3d} {self.ecu} "
                    f"{apid:<4} {ctid or 'MAIN':<4} log {LVL_NAME[lvl]} V 1 [{msg}]")
        if st == "ros":
            L = {"D": "DEBUG", "I": "INFO", "W": "WARN", "E": "ERROR", "F": "FATAL", "V": "DEBUG"}[lvl]
            return f"[{L}] [{t + c.off:.9f}] [{src}]: {msg}"
        if st == "kv":
            return f"ts={w:%Y-%m-%dT%H:%M:%S}.{w.microsecond // 1000:03d}{c.tz} lvl={LVL_NAME[lvl]} mod={src} {msg}"
        if st == "jsonl":
            d = {"ts": f"{w:%Y-%m-%dT%H:%M:%S}.{w.microsecond // 1000:03d}{c.tz}", "lvl": LVL_NAME[lvl], "src": src}
            if isinstance(msg, dict):
                d.update(msg)
            else:
                d["msg"] = msg
            return json.dumps(d, ensure_ascii=False)
        if st == "jsonl_epoch":
            d = {"t": round(t + c.off, 3), "sev": lvl, "comp": src}
            if isinstance(msg, dict):
                d.update(msg)
            else:
                d["m"] = msg
            return json.dumps(d, ensure_ascii=False, separators=(",", ":"))
        if st == "plain":
            return f"{ms} [{src}] {lvl}: {msg}"
        if st == "plain_date":
            return f"{w:%d.%m.%Y} {ms} {lvl} {src:<8} {msg}"
        if st == "tplus":
            return f"T+{t - self.b.t0:010.3f} {src:<7} {lvl} {msg}"
        if st == "uptime_ms":
            return f"{int(c.mono(t) * 1000):>10d} {src}:{lvl} {msg}"
        raise ValueError(st)

    def render(self):
        recs = sorted(self.recs, key=lambda r: r[0])
        out = list(self.header)
        for i, (t, lvl, src, msg) in enumerate(recs):
            out.append(self.line(i, t, lvl, src, msg))
        return out


# ----------------------------------------------------------------------------- structured block dumps
class Blocks(Log):
    """YAML list or protobuf-text records; msg is an ordered dict."""

    def render(self):
        recs = sorted(self.recs, key=lambda r: r[0])
        out = list(self.header)
        for t, lvl, src, d in recs:
            w = self.clock.wall(t)
            if self.style == "yaml":
                out.append(f"- stamp: {w:%Y-%m-%dT%H:%M:%S}.{w.microsecond // 1000:03d}{self.clock.tz}")
                out.append(f"  source: {src}")
                for k, v in d.items():
                    if isinstance(v, list):
                        out.append(f"  {k}:")
                        for it in v:
                            if isinstance(it, dict):
                                first = True
                                for kk, vv in it.items():
                                    out.append(f"    {'- ' if first else '  '}{kk}: {vv}")
                                    first = False
                            else:
                                out.append(f"    - {it}")
                    else:
                        out.append(f"  {k}: {v}")
            else:  # pbtxt
                out.append("record {")
                out.append(f"  header {{ stamp_ns: {int((t + self.clock.off) * 1e9)} frame_id: \"{src}\" }}")
                for k, v in d.items():
                    if isinstance(v, list):
                        for it in v:
                            out.append(f"  {k} {{ " + " ".join(f"{kk}: {vv}" for kk, vv in it.items()) + " }")
                    else:
                        out.append(f"  {k}: {v}")
                out.append("}")
        return out


# ----------------------------------------------------------------------------- signal CSV
class Sig:
    def __init__(self, batch, name, dt_s, tcol="epoch", sep=",", clock=None, t1=None, t2=None):
        self.b, self.name, self.dt, self.tcol, self.sep = batch, name, dt_s, tcol, sep
        self.clock = clock or Clock(boot=batch.boot)
        if self.clock.boot is None:
            self.clock.boot = batch.boot
        self.cols = []
        self.t1 = batch.t0 if t1 is None else t1
        self.t2 = batch.t0 + batch.dur if t2 is None else t2
        self.rng = random.Random(batch.seed * 17 + stable(name, 99991))
        self.header = []
        batch.files.append(self)

    def col(self, name, fn, fmt="{:.2f}"):
        self.cols.append((name, fn, fmt))
        return self

    def render(self):
        out = list(self.header)
        tname = {"epoch": "timestamp", "iso": "time_utc", "boot_ms": "t_ms", "rel": "t_s", "local": "zeit"}[self.tcol]
        out.append(self.sep.join([tname] + [c[0] for c in self.cols]))
        t = self.t1
        r = self.rng
        while t < self.t2:
            ctx = self.b.ctx(t)
            if self.tcol == "epoch":
                ts = f"{t + self.clock.off:.3f}"
            elif self.tcol == "iso":
                w = utc(t)
                ts = f"{w:%Y-%m-%dT%H:%M:%S}.{w.microsecond // 1000:03d}Z"
            elif self.tcol == "local":
                w = self.clock.wall(t)
                ts = f"{w:%d.%m.%Y %H:%M:%S}"
            elif self.tcol == "boot_ms":
                ts = str(int(self.clock.mono(t) * 1000))
            else:
                ts = f"{t - self.b.t0:.2f}"
            vals = []
            for name, fn, fmt in self.cols:
                v = fn(t - self.b.t0, ctx, r)
                vals.append(v if isinstance(v, str) else fmt.format(v))
            out.append(self.sep.join([ts] + vals))
            t += self.dt
        return out


# ----------------------------------------------------------------------------- CAN traces
class Can:
    def __init__(self, batch, name, style="candump", iface="can0", t1=None, t2=None):
        self.b, self.name, self.style, self.iface = batch, name, style, iface
        self.ids = []  # (arb, period, fn, ext, silent windows)
        self.extra = []
        self.t1 = batch.t0 if t1 is None else t1
        self.t2 = batch.t0 + batch.dur if t2 is None else t2
        self.rng = random.Random(batch.seed * 13 + stable(name, 99991))
        self.header = []
        batch.files.append(self)

    def cyc(self, arb, period, fn, ext=False, silent=(), chan=1):
        self.ids.append((arb, period, fn, ext, list(silent), chan))
        return self

    def frame(self, t, arb, data, ext=False, rx=True, chan=1):
        self.extra.append((t, arb, bytes(data), ext, rx, chan))
        return self

    def render(self):
        r = self.rng
        frames = list(self.extra)
        for arb, period, fn, ext, silent, chan in self.ids:
            t = self.t1 + r.uniform(0, period)
            k = 0
            while t < self.t2:
                if not any(a <= t < b for a, b in silent):
                    frames.append((t, arb, bytes(fn(t - self.b.t0, k, self.b.ctx(t), r)), ext, True, chan))
                k += 1
                t += period * (1 + r.uniform(-0.01, 0.01))
        frames.sort(key=lambda f: f[0])
        out = list(self.header)
        if self.style == "asc":
            w = utc(self.t1)
            out += [f"date {w:%a %b %d %I:%M:%S}.{w.microsecond // 1000:03d} {'pm' if w.hour >= 12 else 'am'} {w.year}",
                    "base hex  timestamps absolute", "internal events logged", "// version 13.0.0",
                    "Begin Triggerblock " + f"{w:%a %b %d %I:%M:%S}.000 {'pm' if w.hour >= 12 else 'am'} {w.year}",
                    "   0.000000 Start of measurement"]
        for t, arb, data, ext, rx, chan in frames:
            hx = f"{arb:08X}" if ext else f"{arb:03X}"
            if self.style == "candump":
                out.append(f"({t:.6f}) {self.iface} {hx}#{data.hex().upper()}")
            elif self.style == "candump_plain":
                out.append(f"  {self.iface}  {hx:>8}   [{len(data)}]  " + " ".join(f"{x:02X}" for x in data))
            elif self.style == "asc":
                idf = (hx + "x") if ext else hx
                out.append(f"{t - self.t1:11.6f} {chan}  {idf:<15} {'Rx' if rx else 'Tx'}   d {len(data)} " + " ".join(f"{x:02X}" for x in data))
        if self.style == "asc":
            out.append("End TriggerBlock")
        return out


def cnt_crc(base):
    """payload builder: static-ish bytes with rolling counter + xor checksum."""
    def fn(t, k, ctx, r):
        d = list(base)
        d[-2] = (d[-2] & 0xF0) | (k & 0x0F)
        d[-1] = 0
        x = 0
        for v in d[:-1]:
            x ^= v
        d[-1] = x
        return d
    return fn


def isotp(data, pad=0xAA):
    """split a UDS payload into ISO-TP CAN frames (sender side only)."""
    if len(data) <= 7:
        return [bytes([len(data)] + list(data) + [pad] * (7 - len(data)))]
    fr = [bytes([0x10 | (len(data) >> 8), len(data) & 0xFF] + list(data[:6]))]
    rest, sn = list(data[6:]), 1
    while rest:
        chunk, rest = rest[:7], rest[7:]
        fr.append(bytes([0x20 | (sn & 0xF)] + chunk + [pad] * (7 - len(chunk))))
        sn += 1
    return fr


def dtc_bytes(code):
    """'P0301-00' or 'C0035' -> 3 bytes (SAE J2012 / ISO 14229 3-byte DTC)."""
    code = code.replace("-", "")
    hi = "PCBU".index(code[0]) << 6
    first = hi | (int(code[1], 16) << 4) | int(code[2], 16)
    second = int(code[3:5], 16)
    ftb = int(code[5:7], 16) if len(code) >= 7 else 0
    return [first, second, ftb]


def j1939_dtc(spn, fmi, oc=1):
    return [spn & 0xFF, (spn >> 8) & 0xFF, ((spn >> 16) & 0x7) << 5 | (fmi & 0x1F), oc & 0x7F]


# ----------------------------------------------------------------------------- batch
class Batch:
    def __init__(self, n, t0, dur, state, seed=None, profile=None):
        self.id = f"s{n:03d}"
        self.seed = seed if seed is not None else SEED + n * 7919
        self.rng = random.Random(self.seed)
        self.t0, self.dur, self.state = t0 + self.rng.uniform(0.05, 0.95), dur, state
        self.boot = t0 - self.rng.uniform(8, 40)
        self.files = []
        self.prof = profile or ("drive" if state in ("driving", "test") else "still")
        self._speed = self._mk_speed()

    def _mk_speed(self):
        r = random.Random(self.seed + 1)
        n = int(self.dur) + 2
        sp = [0.0] * n
        if self.prof == "still":
            return sp
        v, target = 0.0, 0.0
        vmax = {"drive": 32.0, "city": 14.0, "highway": 36.0, "truck": 25.0}.get(self.prof, 30.0)
        for i in range(n):
            if i < 25 or i > n - 30:
                target = 0.0
            elif r.random() < 0.02:
                target = r.choice([0.0, vmax * 0.3, vmax * 0.6, vmax * 0.85, vmax])
            v += max(-3.0, min(2.0, (target - v) * 0.08)) + r.gauss(0, 0.15)
            v = max(0.0, v)
            sp[i] = v
        return sp

    def ctx(self, t):
        i = int(max(0, min(len(self._speed) - 2, t - self.t0)))
        v = self._speed[i]
        a = self._speed[i + 1] - v
        return {"v": v, "kph": v * 3.6, "a": a, "rel": t - self.t0}

    def T(self, frac):
        return self.t0 + frac * self.dur

    def label(self, category, subsystem, risk, accept, root, desc, vstate=None):
        LABELS.append({"batch": self.id, "category": category, "subsystem": subsystem, "risk_level": risk,
                       "risk_accept": accept, "vehicle_state": vstate or self.state,
                       "root_cause_file": root, "description": desc})

    def write(self):
        d = os.path.join(OUT, self.id)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
        names = set()
        for f in self.files:
            assert f.name not in names, (self.id, f.name)
            names.add(f.name)
            lines = f.render()
            assert 300 <= len(lines) <= 20000, (self.id, f.name, len(lines))
            with open(os.path.join(d, f.name), "w", encoding="utf-8", newline="\n") as fh:
                fh.write("\n".join(lines) + "\n")
        assert 2 <= len(self.files) <= 4, self.id
        if LABELS and LABELS[-1]["batch"] == self.id and LABELS[-1]["root_cause_file"]:
            assert LABELS[-1]["root_cause_file"] in names, (self.id, LABELS[-1]["root_cause_file"])


# ----------------------------------------------------------------------------- signal helpers
def walk(base, sd, lo=-1e9, hi=1e9, tau=30.0):
    st = {"v": base}

    def fn(t, ctx, r):
        st["v"] += (base - st["v"]) / tau + r.gauss(0, sd)
        st["v"] = max(lo, min(hi, st["v"]))
        return st["v"]
    return fn


def ramp(t, t1, t2, delta):
    if t <= t1:
        return 0.0
    if t >= t2:
        return delta
    return delta * (t - t1) / (t2 - t1)


def sp_kph(t, ctx, r):
    return ctx["kph"] + r.gauss(0, 0.05) if ctx["kph"] > 0.3 else 0.0


# ----------------------------------------------------------------------------- routine-noise pools
# (weight, level, source, template)
P = {}
P["linux"] = [
    (6, "I", "systemd", "Started {c:Session c{i:1:9} of user root.|logrotate.service - Rotate log files.|Daily Cleanup of Temporary Directories.}"),
    (3, "I", "systemd-timesyncd", "Synchronized to time server 10.{i:0:9}.0.{i:1:9}:123 (ntp.fleet.internal)."),
    (3, "I", "kernel", "{c:eth0|eth1}: link up, 100Mbps, full-duplex, lpa 0x{h:4}"),
    (5, "I", "dbus-daemon", "[system] Successfully activated service 'org.freedesktop.{c:timedate1|hostname1|locale1}'"),
    (4, "I", "CRON", "(root) CMD (/usr/sbin/logpush --flush >/dev/null 2>&1)"),
    (3, "W", "NetworkManager", "<warn>  [{i:1000:9999}.{i:100:999}] dhcp4 (wlan0): request timed out"),
    (3, "I", "NetworkManager", "<info>  [{i:1000:9999}.{i:100:999}] device (wwan0): state change: activated -> activated (reason 'none')"),
    (4, "I", "rsyslogd", "action 'action-{i:1:9}-builtin:omfwd' resumed (module 'builtin:omfwd') [v8.2302.0]"),
    (2, "W", "chronyd", "System clock wrong by {f:0.1:1.9:6} seconds"),
    (3, "I", "sshd", "Connection closed by 10.{i:0:9}.{i:0:99}.{i:1:200} port {i:30000:60000} [preauth]"),
    (5, "I", "logd", "flushed {i:10:900} records to /var/log/vehicle/ring{i:0:3}.bin"),
    (2, "I", "kernel", "usb 1-1.{i:1:4}: new high-speed USB device number {i:3:20} using ehci-platform"),
]
P["dmesg"] = [
    (5, "I", "", "{c:mmc0|mmc1}: cmdq: CQE {c:enabled|idle} slot {i:0:31}"),
    (3, "I", "", "EXT4-fs (mmcblk0p{i:5:9}): mounted filesystem with ordered data mode. Quota mode: none."),
    (4, "I", "", "fec 30be0000.ethernet eth0: Link is Up - 100Mbps/Full - flow control rx/tx"),
    (3, "I", "", "imx-sdma 30bd0000.dma-controller: loaded firmware 4.{i:2:6}"),
    (3, "I", "", "flexcan 308c0000.can can{i:0:2}: bitrate {c:500000|250000} sample-point 0.875"),
    (2, "W", "", "cpufreq: cpu{i:0:3} thermal throttle check ok ({i:45:62} C)"),
    (4, "I", "", "audit: type=1400 audit({i:1700000000:1799999999}.{i:100:999}:{i:10:999}): apparmor=\"ALLOWED\" operation=\"open\" profile=\"/usr/bin/telemd\""),
    (2, "I", "", "random: crng init done"),
    (2, "W", "", "usb 1-1: device descriptor read/64, error -71"),
    (3, "I", "", "wlan0: associated, rssi -{i:48:79}"),
    (3, "I", "", "thermal thermal_zone{i:0:3}: trip point {i:0:2} temp {i:41000:60000} hysteresis 2000"),
]
P["vcu"] = [
    (8, "I", "VCU/STAT", "state=READY gear={c:D|D|D|D|N} spd={SPD}kph trq_req={i:-80:240}Nm"),
    (5, "I", "VCU/PWR", "P_lim drive={i:80:180}kW regen={i:40:90}kW src=BMS"),
    (4, "D", "VCU/NVM", "nvm block {i:3:40} written crc=0x{h:4}"),
    (3, "I", "VCU/DRV", "drive mode={c:COMFORT|ECO|SPORT} pedal map {i:1:3}"),
    (2, "W", "VCU/COM", "msg 0x{c:1A5|2B0|3C1} late {i:12:40}ms (tolerance 50ms)"),
    (3, "I", "VCU/TRQ", "torque split F/R {i:30:50}/{i:50:70}"),
    (3, "D", "VCU/CHK", "plausibility pedal ch1/ch2 diff {f:0.0:0.9:2}%"),
    (2, "I", "VCU/HMI", "range est {i:180:410}km cons {f:13:21:1}kWh/100"),
]
P["bms"] = [
    (8, "I", "BMS/SOX", "SOC={f:20:95:1}% SOH={f:91:98:1}% Tmin={i:18:27}C Tmax={i:24:33}C"),
    (5, "I", "BMS/CELL", "Vmin={i:3620:3950}mV(#{i:1:108}) Vmax={i:3950:3990}mV dV={i:8:22}mV"),
    (3, "I", "BMS/BAL", "balancing {c:active|idle} cells={i:0:6}"),
    (3, "D", "BMS/ISO", "Riso+={i:2400:5200}kOhm Riso-={i:2600:5100}kOhm"),
    (2, "W", "BMS/AFE", "afe chain{i:0:1} crc retry ok (slave {i:1:12})"),
    (3, "I", "BMS/LIM", "Idis_max={i:300:520}A Ichg_max={i:80:250}A"),
    (2, "D", "BMS/CTC", "contactor state P+=CLOSED N-=CLOSED PRE=OPEN"),
]
P["gw"] = [
    (6, "I", "gw", "route table v{i:40:42} ok, {i:180:220} msgs/s fwd"),
    (4, "I", "gw", "bus load can{i:0:3}={i:18:46}%"),
    (3, "I", "gw", "doip: alive check ok ({c:0x0E80|0x0E00})"),
    (2, "W", "gw", "secoc: freshness resync on pdu 0x{h:3} (ok)"),
    (3, "D", "gw", "nm: ring msg from node 0x{h:2}"),
]
P["tcu"] = [
    (5, "I", "telemd", "uplink batch {i:1:999} sent ({i:2:40} kB) rtt={i:60:400}ms"),
    (4, "I", "modem", "rat={c:LTE|LTE|LTE|NR5G-NSA|WCDMA} rsrp=-{i:80:115} rsrq=-{i:6:16} cell={h:6}"),
    (3, "W", "telemd", "uplink http 503, retry in {i:2:30}s"),
    (2, "I", "gnssd", "fix {c:3D|3D|3D|2D} sats={i:6:19} hdop={f:0.6:2.2:1}"),
    (2, "I", "ecall", "self-test ok, msd template v{i:2:3}"),
    (3, "D", "mqtt", "PINGRESP"),
    (2, "W", "modem", "{c:AT+CSQ timeout, retry|QMI indication dropped|PDP reactivated}"),
]
P["android"] = [
    (6, "I", "ActivityManager", "Start proc {i:2000:9000}:com.{c:android.car.media|oem.nav|oem.climate.ui}/u0a{i:40:120}"),
    (4, "D", "CarService", "onPropertyChange 0x{h:8} area 0"),
    (3, "W", "BluetoothAdapter", "getBluetoothService() called with no BluetoothManagerCallback"),
    (4, "I", "chatty", "uid=1000(system) identical {i:2:40} lines"),
    (3, "W", "AudioFlinger", "write blocked for {i:60:140} msecs, {i:1:30} delayed writes"),
    (2, "E", "WifiScanner", "Scan failed: reason 2 (busy)"),
    (3, "I", "VehicleHal", "set prop HVAC_TEMPERATURE_SET area=0x{c:1|4} val={f:19:24:1}"),
    (3, "D", "SurfaceFlinger", "vsync period {f:16.5:16.9:2}ms"),
]
P["adas"] = [
    (6, "I", "perception_main", "frame {i:10000:99999} objs={i:3:40} lat={f:28:44:1}ms"),
    (4, "I", "fusion_node", "tracks={i:4:35} confirmed={i:2:20} age_max={i:3:900}"),
    (3, "W", "camera_front", "exposure clamp, lux={i:80:150000}"),
    (3, "I", "planner", "route seg {i:10:300} plan ok cost={f:0.1:9.9:2} horizon=8.0s"),
    (2, "W", "radar_fc", "interference detected, cycles={i:1:3} (mitigated)"),
    (3, "I", "localizer", "ndt score={f:0.3:1.2:3} iters={i:3:9}"),
    (2, "D", "hb", "heartbeat seq={i:1000:99999}"),
]
P["ros"] = [
    (6, "I", "/perception/lidar_det", "cloud {i:100000:180000} pts, {i:5:60} clusters, {f:18:31:1} ms"),
    (5, "I", "/localization/ndt", "converged score={f:0.5:2.4:3} iter={i:2:8} tf_age={i:5:30}ms"),
    (4, "I", "/planning/behavior", "state LANE_FOLLOW v_ref={f:2:13:1} m/s"),
    (3, "W", "/perception/tl_detector", "traffic light ROI out of image, skipping"),
    (3, "I", "/control/mpc", "solve ok {f:2:9:2}ms lat_err={f:-0.15:0.15:3}"),
    (2, "W", "/system/monitor", "topic /sensing/radar/rear hz={f:18.5:19.5:1} (expected 20)"),
    (3, "D", "/rosbag_recorder", "split file part_{i:1:40}.mcap"),
]
P["ecm"] = [
    (7, "I", "ECM", "rpm={i:750:3800} map={i:30:180}kPa iat={i:8:40}C ect={i:86:96}C"),
    (4, "I", "ECM", "lambda B1S1={f:0.97:1.03:3} STFT={f:-4:4:1}% LTFT={f:-3:3:1}%"),
    (3, "D", "ECM", "knock ret cyl{i:1:4} {f:0:2.5:1}deg"),
    (2, "I", "ECM", "catalyst monitor {c:running|complete|not ready}"),
    (2, "W", "ECM", "CAN msg TCM_STAT timeout 1 cycle (recovered)"),
    (2, "I", "ECM", "EVAP purge duty {i:0:60}%"),
]
P["body"] = [
    (6, "I", "BCM", "{c:door FL|door FR|door RL|door RR|tailgate} {c:closed|closed|locked}"),
    (4, "I", "BCM", "lamp status LB={c:ON|OFF} HB=OFF DRL={c:ON|ON|OFF} fog=OFF"),
    (3, "D", "BCM", "LIN1 schedule {c:normal|diag} slot {i:0:9}"),
    (3, "I", "BCM", "wiper {c:off|int|off|low} rain={i:0:20}"),
    (2, "W", "BCM", "key fob RSSI weak (-{i:85:98}dBm), retry ok"),
    (3, "I", "SEAT", "pos driver mem {i:1:3} recalled"),
    (2, "I", "BCM", "ambient light lux={i:0:40000}"),
]
P["chassis"] = [
    (6, "I", "ESC", "vx={VMS} yaw={f:-8:8:2}dps ay={f:-3:3:2} mu_est={f:0.6:1.0:2}"),
    (4, "I", "EPS", "tq_drv={f:-2.5:2.5:2}Nm assist={f:0:40:1}A temp={i:30:58}C"),
    (3, "D", "ESC", "pump motor test skipped (v>0)"),
    (3, "I", "TPMS", "FL={f:2.6:2.8:2} FR={f:2.6:2.8:2} RL={f:2.5:2.7:2} RR={f:2.5:2.7:2} bar"),
    (2, "W", "ESC", "yaw rate sensor offset adapt {f:-0.4:0.4:2}dps"),
    (2, "I", "EPB", "status {c:released|applied} clamp={i:0:17}kN"),
]
P["tms"] = [
    (6, "I", "TMS", "loop=MOTOR T_in={i:28:45}C T_out={i:32:52}C pump={i:1800:3400}rpm"),
    (4, "I", "TMS", "loop=BATT T_in={i:20:30}C chiller={c:off|on} valve={i:0:100}%"),
    (3, "I", "HVAC", "cabin set={f:20:23:1} act={f:19:24:1} blower={i:1:5} AC={c:on|off}"),
    (2, "D", "TMS", "fan pwm {i:0:70}% grille {c:open|closed}"),
    (2, "I", "HVAC", "eCompressor {i:0:6500}rpm p_hi={f:8:16:1}bar p_lo={f:2.5:4.0:1}bar"),
]
P["ota"] = [
    (5, "I", "ota-agent", "poll campaign server: 304 not modified"),
    (4, "I", "ota-agent", "inventory: {i:18:34} ecus, {i:0:0} pending"),
    (3, "D", "ota-agent", "tls session resumed ({c:TLS1.3|TLS1.3|TLS1.2})"),
    (2, "W", "ota-agent", "server slow: {i:2000:6000} ms"),
]


# ----------------------------------------------------------------------------- reusable builders
def T0(y, mo, d, h, mi, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=dt.timezone.utc).timestamp()


def ident(t, v, ctx):
    return v


def bms_csv(b, name, dt_s=1.0, tcol="epoch", mods=None, chg_a=0.0, soc0=62.0, cells=None, clock=None):
    """traction battery telemetry. mods: {col: fn(trel, value, ctx)}"""
    mods = mods or {}
    s = Sig(b, name, dt_s, tcol=tcol, clock=clock)
    st = {"soc": soc0, "t": 24.0 + b.rng.uniform(-4, 4)}

    def cur(trel, ctx, r):
        if chg_a:
            i = -chg_a * (1.0 if st["soc"] < 80 else max(0.15, (100 - st["soc"]) / 20))
        else:
            i = 6 + 2.2 * ctx["v"] + 90 * max(ctx["a"], 0) * (ctx["v"] / 20 + 0.3) - 55 * max(-ctx["a"], 0) * (ctx["v"] > 2)
        i += r.gauss(0, 1.5)
        return mods.get("pack_i", ident)(trel, i, ctx)

    def soc(trel, ctx, r):
        st["i"] = cur(trel, ctx, r)
        st["soc"] -= st["i"] * dt_s / 3600 / 2.2
        return mods.get("soc", ident)(trel, st["soc"], ctx)

    def pv(trel, ctx, r):
        v = 96 * (3.45 + 0.0075 * st["soc"]) - 0.085 * st["i"] + r.gauss(0, 0.3)
        return mods.get("pack_v", ident)(trel, v, ctx)

    def vmin(trel, ctx, r):
        v = (3.45 + 0.0075 * st["soc"]) * 1000 - 0.9 * st["i"] - r.uniform(4, 14)
        st["vmin"] = mods.get("cell_vmin_mv", ident)(trel, v, ctx)
        return st["vmin"]

    def vmax(trel, ctx, r):
        v = (3.45 + 0.0075 * st["soc"]) * 1000 - 0.85 * st["i"] + r.uniform(2, 10)
        return mods.get("cell_vmax_mv", ident)(trel, v, ctx)

    def tmax(trel, ctx, r):
        st["t"] += (abs(st["i"]) * 0.00009 - (st["t"] - 27) * 0.0015) * dt_s + r.gauss(0, 0.02)
        return mods.get("t_max_c", ident)(trel, st["t"] + 1.5, ctx)

    def tmin(trel, ctx, r):
        return mods.get("t_min_c", ident)(trel, st["t"] - 2.5 + r.gauss(0, 0.05), ctx)

    def riso(trel, ctx, r):
        return mods.get("r_iso_kohm", ident)(trel, 4200 + 300 * math.sin(trel / 400) + r.gauss(0, 40), ctx)

    s.col("soc_pct", soc, "{:.2f}").col("pack_i_a", lambda t, c, r: st["i"], "{:.1f}")
    s.col("pack_v", pv, "{:.1f}").col("cell_vmin_mv", vmin, "{:.0f}").col("cell_vmax_mv", vmax, "{:.0f}")
    if cells:
        s.col("vmin_idx", lambda t, c, r: mods.get("vmin_idx", lambda a, v, cc: v)(t, str(r.randint(1, 96)), c), "{}")
    s.col("t_min_c", tmin, "{:.1f}").col("t_max_c", tmax, "{:.1f}").col("r_iso_kohm", riso, "{:.0f}")
    s.col("contactors", lambda t, c, r: mods.get("contactors", lambda a, v, cc: v)(t, "CLOSED", c), "{}")
    return s


def ev_can(b, name, style="candump", silent=None, t1=None, t2=None, extra_ids=(), iface="can0", slow=1.0):
    silent = silent or {}
    c = Can(b, name, style=style, iface=iface, t1=t1, t2=t2)

    def spd(t, k, ctx, r):
        v = int(ctx["kph"] * 100)
        return [v >> 8, v & 0xFF, 0x00, 0x00, 0x10, 0x00, 0, 0]

    def vcu(t, k, ctx, r):
        tq = int((ctx["a"] * 120 + 40) + 500) & 0xFFFF
        return [0x03, tq >> 8, tq & 0xFF, 0x44, 0x00, 0x00, 0x10 | (k & 0xF), (k * 7) & 0xFF]
    ids = [(0x0B4, 0.1 * slow, spd), (0x101, 0.05 * slow * 2, vcu),
           (0x1F2, 0.2 * slow, cnt_crc([0x12, 0x40, 0x00, 0x7D, 0x00, 0x00, 0x00, 0x00])),
           (0x23A, 0.5 * slow, cnt_crc([0x00, 0x22, 0x13, 0x88, 0x01, 0x00, 0x00, 0x00])),
           (0x3B7, 1.0 * slow, cnt_crc([0x5A, 0x01, 0x00, 0x00, 0x30, 0x00, 0x00, 0x00])),
           (0x412, 1.0 * slow, cnt_crc([0x0C, 0x7F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00]))] + list(extra_ids)
    for arb, per, fn in ids:
        c.cyc(arb, per, fn, silent=silent.get(arb, ()))
    return c


class Uds:
    """remote diagnostics transcript (tester side view) with ISO-TP frames."""

    def __init__(self, b, name, style="trace", clock=None):
        self.log = Log(b, name, "plain", clock=clock or Clock())
        self.b = b
        self.style = style

    def _tx(self, t, arb, payload, rx):
        frames = isotp(payload, pad=0x55 if rx else 0xAA)
        out = []
        for i, f in enumerate(frames):
            out.append((t + i * 0.0011, arb, f))
        return out

    def exchange(self, t, req_id, resp_id, req, resp):
        lg = self.log
        for tt, arb, f in self._tx(t, req_id, req, False):
            lg.add(tt, "I", "TX", f"{arb:03X} [8] " + " ".join(f"{x:02X}" for x in f))
        t2 = t + 0.012 + lg.rng.uniform(0, 0.02)
        frames = self._tx(t2, resp_id, resp, True)
        for i, (tt, arb, f) in enumerate(frames):
            lg.add(tt + (0.002 if i else 0), "I", "RX", f"{arb:03X} [8] " + " ".join(f"{x:02X}" for x in f))
            if i == 0 and len(frames) > 1:
                lg.add(tt + 0.0015, "I", "TX", f"{req_id:03X} [8] 30 00 00 AA AA AA AA AA")
        return t2 + 0.02 * len(frames)

    def scan(self, t, ecus, vin=None):
        """ecus: list of (label, req, resp, dtcs[(code,status)], reachable)"""
        lg = self.log
        if vin is None:
            vr = random.Random(self.b.seed + 99)
            wmi = vr.choice(["WVWZZZ", "WBA", "VF1", "YV1", "5YJ", "LRW", "WDD", "SAL", "TMB"])
            vin = (wmi + "".join(vr.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17)))[:17]
        for lab, rq, rs, dtcs, ok in ecus:
            lg.add(t, "I", "DIAG", f"--- {lab} ({rq:03X}/{rs:03X}) ---")
            t += 0.05
            if not ok:
                for k in range(3):
                    for tt, arb, f in self._tx(t, rq, [0x10, 0x03], False):
                        lg.add(tt, "I", "TX", f"{arb:03X} [8] " + " ".join(f"{x:02X}" for x in f))
                    t += 1.0
                    lg.add(t, "W", "DIAG", f"P2 timeout, no response from {rq + 8:03X} (try {k + 1}/3)")
                continue
            t = self.exchange(t, rq, rs, [0x10, 0x03], [0x50, 0x03, 0x00, 0x32, 0x01, 0xF4])
            t = self.exchange(t, rq, rs, [0x22, 0xF1, 0x90], [0x62, 0xF1, 0x90] + list(vin.encode()))
            sw = f"{lab[:3].upper()}-{stable(lab, 90) + 10:02d}.{stable(lab + 'x', 9)}.{stable(lab + 'y', 30)}"
            t = self.exchange(t, rq, rs, [0x22, 0xF1, 0x95], [0x62, 0xF1, 0x95] + list(sw.encode()))
            t = self.exchange(t, rq, rs, [0x22, 0xF1, 0x8C], [0x62, 0xF1, 0x8C] + list(f"SN{stable(lab, 10**8):08d}".encode()))
            resp = [0x59, 0x02, 0xFF]
            for code, stt in dtcs:
                resp += dtc_bytes(code) + [stt]
            t = self.exchange(t, rq, rs, [0x19, 0x02, 0xFF], resp)
            if dtcs and lg.rng.random() < 0.7:
                code = dtcs[0][0]
                snap = [0x59, 0x04] + dtc_bytes(code) + [dtcs[0][1], 0x01, 0x04, 0xF4, 0x0D] + \
                       [lg.rng.randrange(256) for _ in range(12)]
                t = self.exchange(t, rq, rs, [0x19, 0x04] + dtc_bytes(code) + [0x01], snap)
            t = self.exchange(t, rq, rs, [0x3E, 0x00], [0x7E, 0x00])
            t += 0.15
        return t

    def filler(self, t1, t2, rq=0x7DF):
        """functional tester-present keepalives and periodic DID polling of the gateway."""
        lg = self.log
        t = t1
        while t < t2:
            for tt, arb, f in self._tx(t, rq, [0x3E, 0x80], False):
                lg.add(tt, "I", "TX", f"{arb:03X} [8] " + " ".join(f"{x:02X}" for x in f))
            t += 2.0 * (1 + lg.rng.uniform(-0.02, 0.02))
            if lg.rng.random() < 0.25:
                soc = lg.rng.randint(300, 900)
                t = self.exchange(t, 0x710, 0x77A, [0x22, 0x02, 0x8C], [0x62, 0x02, 0x8C, soc >> 8, soc & 0xFF])


EV_ECUS = [("VCU", 0x7E0, 0x7E8), ("BMS", 0x7E4, 0x7EC), ("INV_F", 0x7E1, 0x7E9), ("INV_R", 0x7E2, 0x7EA),
           ("OBC", 0x7E5, 0x7ED), ("DCDC", 0x7E6, 0x7EE), ("TMS", 0x744, 0x7AC), ("ESC", 0x713, 0x77D),
           ("EPS", 0x712, 0x77C), ("SRS", 0x715, 0x77F), ("BCM", 0x740, 0x7A8), ("GW", 0x710, 0x77A),
           ("TCU", 0x767, 0x7CF), ("HU", 0x773, 0x7DB), ("ADAS", 0x757, 0x7C1), ("RADAR_F", 0x764, 0x7CE),
           ("CAM_F", 0x74F, 0x7B9), ("CLUSTER", 0x714, 0x77E), ("HVAC", 0x746, 0x7B0), ("PARK", 0x76A, 0x7D4)]
ICE_ECUS = [("ECM", 0x7E0, 0x7E8), ("TCM", 0x7E1, 0x7E9), ("ESC", 0x7E3, 0x7EB), ("EPS", 0x712, 0x77C),
            ("SRS", 0x715, 0x77F), ("BCM", 0x740, 0x7A8), ("GW", 0x710, 0x77A), ("CLUSTER", 0x714, 0x77E),
            ("HVAC", 0x746, 0x7B0), ("HU", 0x773, 0x7DB), ("TCU", 0x767, 0x7CF), ("PARK", 0x76A, 0x7D4),
            ("CAM_F", 0x74F, 0x7B9), ("RADAR_F", 0x764, 0x7CE), ("DOOR_FL", 0x74A, 0x7B4), ("DOOR_FR", 0x74B, 0x7B5)]


def ecu_list(base, dtcs=None, dead=()):
    dtcs = dtcs or {}
    return [(lab, rq, rs, dtcs.get(lab, []), lab not in dead) for lab, rq, rs in base]


def j1939_can(b, name, style="candump", sa_silent=None, dm1=None, mods=None, iface="can1", t1=None, t2=None):
    """heavy-truck J1939 trace. dm1: {sa: fn(trel)->list of (spn,fmi,oc) active}. mods: {'ect': fn(trel, v)}"""
    mods = mods or {}
    sa_silent = sa_silent or {}
    dm1 = dm1 or {}
    c = Can(b, name, style=style, iface=iface, t1=t1, t2=t2)
    st = {"ect": 84.0}

    def eec1(t, k, ctx, r):  # PGN 61444, SPN 190 rpm
        rpm = 650 + ctx["v"] * 48 + r.gauss(0, 6)
        raw = int(rpm / 0.125)
        tq = 125 + int(min(100, max(0, ctx["a"] * 80 + 30)))
        return [0xF0, 0x7D, tq, raw & 0xFF, raw >> 8, 0x00, 0xF0, 0xFF]

    def ccvs(t, k, ctx, r):  # PGN 65265 wheel speed SPN 84
        raw = int(ctx["kph"] * 256)
        return [0xF3, raw & 0xFF, raw >> 8, 0x1F, 0x00, 0x00, 0x00, 0xC0]

    def et1(t, k, ctx, r):  # PGN 65262 SPN 110 coolant
        st["ect"] += (88 - st["ect"]) * 0.05 + r.gauss(0, 0.1)
        v = mods.get("ect", lambda a, x: x)(t, st["ect"])
        return [int(v + 40) & 0xFF, 0x50, 0x20, 0x4E, 0xFF, 0xFF, 0xFF, 0xFF]

    def lfe(t, k, ctx, r):  # PGN 65266 fuel rate
        raw = int((4 + ctx["v"] * 1.3 + max(0, ctx["a"]) * 20) / 0.05)
        return [raw & 0xFF, raw >> 8, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0xFF]

    def vep(t, k, ctx, r):  # PGN 65271 SPN 168 battery potential
        v = mods.get("vbat", lambda a, x: x)(t, 27.9 + r.gauss(0, 0.05))
        raw = int(v / 0.05)
        return [0xFF, 0xFF, 0xFF, 0xFF, raw & 0xFF, raw >> 8, 0xFF, 0xFF]

    def ambient(t, k, ctx, r):  # PGN 65269
        return [0xFF, 0xFF, 0xFF, int((3.5 + 273) / 0.03125) & 0xFF, int((3.5 + 273) / 0.03125) >> 8, 0xFF, 0xFF, 0xFF]

    def aftr(t, k, ctx, r):  # PGN 61454 AT1 intake NOx
        nox = mods.get("nox_in", lambda a, x: x)(t, 380 + ctx["v"] * 12 + r.gauss(0, 15))
        raw = int((nox + 200) / 0.05)
        return [raw & 0xFF, raw >> 8, 0xFF, 0xFF, 0x55, 0x1F, 0xFF, 0xFF]

    def aftr2(t, k, ctx, r):  # PGN 61455 AT1 outlet NOx
        nox = mods.get("nox_out", lambda a, x: x)(t, 18 + r.gauss(0, 4))
        raw = int((nox + 200) / 0.05)
        return [raw & 0xFF, raw >> 8, 0xFF, 0xFF, 0x55, 0x1F, 0xFF, 0xFF]

    def ebc1(t, k, ctx, r):  # PGN 61441 brake
        return [0xC0, int(max(0, -ctx["a"]) * 100) & 0xFF, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0xFF]

    table = [(0x0CF00400, 0.1, eec1, 0x00), (0x18FEF100, 0.1, ccvs, 0x00), (0x18FEEE00, 1.0, et1, 0x00),
             (0x18FEF200, 0.1, lfe, 0x00), (0x18FEF700, 1.0, vep, 0x00), (0x18FEF500, 1.0, ambient, 0x00),
             (0x18F00E3D, 0.5, aftr, 0x3D), (0x18F00F51, 0.5, aftr2, 0x51), (0x18F0010B, 0.1, ebc1, 0x0B),
             (0x18FEF117, 0.2, ccvs, 0x17)]
    for arb, per, fn, sa in table:
        c.cyc(arb, per, fn, ext=True, silent=sa_silent.get(sa, ()))
    for sa in (0x00, 0x3D, 0x0B, 0x03):
        fn_act = dm1.get(sa, lambda t: [])

        def mk(fa):
            def f(t, k, ctx, r):
                act = fa(t)
                if not act:
                    return [0x00, 0xFF, 0x00, 0x00, 0x00, 0x00, 0xFF, 0xFF]
                spn, fmi, oc = act[0]
                lamp = 0x40 if spn in (4364, 3226, 3216) else (0x10 if fmi in (0, 16) and spn in (110, 100) else 0x04)
                return [lamp, 0xFF] + j1939_dtc(spn, fmi, oc) + [0xFF, 0xFF]
            return f
        c.cyc(0x18FECA00 | sa, 1.0, mk(fn_act), ext=True, silent=sa_silent.get(sa, ()))
    return c


def routine(b, kind, n=330):
    """extra routine-only file so that file names alone do not give the answer."""
    if kind == "tcu":
        lg = Log(b, "tcu_syslog", "syslog", clock=LOCAL(1), host="tcu")
        lg.noise(P["tcu"] + P["linux"][:6], n)
    elif kind == "vcu":
        lg = Log(b, "vcu_dlt.txt", "dlt", clock=LOCAL(1), ecu="VCU1")
        lg.noise(P["vcu"], n)
    elif kind == "gw":
        lg = Log(b, "gateway_nm.log", "tplus", clock=Clock())
        lg.noise(P["gw"], n)
    elif kind == "body":
        lg = Log(b, "bcm.log", "syslog", clock=LOCAL(1), host="bcm")
        lg.noise(P["body"], n)
    elif kind == "chassis":
        lg = Log(b, "chassis_dlt.txt", "dlt", clock=LOCAL(1), ecu="ESC1")
        lg.noise(P["chassis"], n)
    elif kind == "hu":
        lg = Log(b, "hu_logcat.txt", "logcat", clock=LOCAL(1))
        lg.noise(P["android"], n)
    return lg


def nmea(body):
    x = 0
    for ch in body:
        x ^= ord(ch)
    return f"${body}*{x:02X}"


def gga(t, lat, lon, q, sats, hdop, alt=48.2):
    w = utc(t)
    la = f"{int(abs(lat)):02d}{(abs(lat) % 1) * 60:07.4f}"
    lo = f"{int(abs(lon)):03d}{(abs(lon) % 1) * 60:07.4f}"
    return nmea(f"GNGGA,{w:%H%M%S}.{w.microsecond // 10000:02d},{la},{'N' if lat >= 0 else 'S'},{lo},"
                f"{'E' if lon >= 0 else 'W'},{q},{sats:02d},{hdop:.1f},{alt:.1f},M,44.1,M,{'1.0' if q in (4, 5) else ''},{'0001' if q in (4, 5) else ''}")


SCEN = []
ROS_STOP = [p for p in P["ros"] if p[2] in ("/perception/lidar_det", "/system/monitor", "/rosbag_recorder")] + [
    (4, "I", "/planning/behavior", "state STOPPED (MRM) hold"), (3, "I", "/control/mpc", "standstill, brake hold 2.1 bar")]


def scen(f):
    SCEN.append(f)
    return f


# ============================================================================= HEALTHY
@scen
def h_ev_commute(n):
    b = Batch(n, T0(2026, 11, 17, 6, 42, 11), 1500, "driving")
    lg = Log(b, "vcu_dlt_export.txt", "dlt", clock=LOCAL(1), ecu="VCU1")
    lg.noise(P["vcu"] + P["bms"], 900)
    lg.at(0.001, "I", "VCU/STAT", "wakeup reason=KEY_UNLOCK, boot #4411")
    lg.at(0.01, "I", "BMS/CTC", "precharge done 212ms, Vlink=388V -> main+ close")
    lg.at(0.31, "W", "VCU/COM", "EPS_01 (0x0B0) timeout 1 cycle, substitute value used, recovered")
    lg.at(0.55, "W", "BMS/AFE", "AFE slave 7 temp sensor T3 read retry (1/3) -> ok")
    lg.at(0.99, "I", "VCU/STAT", "shutdown request, contactors open, sleep in 30s")
    ev_can(b, "can0_snapshot.candump", t1=b.T(0.40), t2=b.T(0.40) + 75)
    bms_csv(b, "bms_telemetry.csv", dt_s=2.0)
    b.label("none", "none", "low", [], None,
            "Normal EV commute; one-cycle EPS message timeout and an AFE read retry both recover immediately. Nothing to fix.")
    return b


@scen
def h_ice_coldstart(n):
    b = Batch(n, T0(2026, 12, 1, 5, 2, 40), 1100, "driving")
    ecm = Log(b, "ecm_trace.log", "plain", clock=LOCAL(2), host="ecm")
    ecm.noise([p for p in P["ecm"] if "ect=" not in p[3]], 520, t1=b.T(0.1))
    cst = {"e": -17.6}

    def cold(t, r):
        cst["e"] += (92 - cst["e"]) * 0.0045 * 10
        c = b.ctx(t)
        return f"rpm={int(1350 - min(590, (t - b.t0) * 1.1)) if c['v'] < 0.5 else int(900 + c['v'] * 70)} ect={cst['e']:.0f}C iat=-16C ign_adv={r.uniform(-12, 8):.1f}"
    ecm.every(10, "I", "ECM", cold)
    ecm.at(0.0, "I", "ECM", "KL15 on, Ubat=12.31V, ECT=-17.6C IAT=-18.9C")
    ecm.at(0.004, "I", "ECM", "crank start, Ubat min 9.48V during crank (limit 7.5V)")
    ecm.at(0.006, "I", "ECM", "engine running 1.1s, idle target 1350rpm (cold)")
    ecm.at(0.007, "I", "ECM", "cat heating: spark retard -12deg, secondary air OFF (not fitted)")
    ecm.at(0.008, "W", "ECM", "O2 B1S1 heater not ready, open loop")
    ecm.at(0.09, "I", "ECM", "O2 B1S1 ready after 84s, closed loop")
    ecm.at(0.012, "W", "ECM", "oil pressure switch late (1.9s) - cold oil, within spec")
    ecm.at(0.5, "I", "ECM", "ECT reached 80C, idle target 760rpm")
    obd = Sig(b, "obd_pids.csv", 1.0, tcol="iso")
    st = {"ect": -17.6}

    def ect(t, c, r):
        st["ect"] += (92 - st["ect"]) * 0.0045 + r.gauss(0, 0.03)
        return st["ect"]
    obd.col("rpm", lambda t, c, r: (1350 - min(590, t * 1.1)) if c["v"] < 0.5 else 900 + c["v"] * 70 + r.gauss(0, 20), "{:.0f}")
    obd.col("speed_kph", sp_kph, "{:.0f}").col("ect_c", ect, "{:.1f}").col("iat_c", walk(-16, 0.05), "{:.1f}")
    obd.col("stft_pct", walk(0, 0.6, -8, 8, 5), "{:.1f}").col("ltft_pct", walk(1.6, 0.01), "{:.1f}")
    obd.col("ubat_v", lambda t, c, r: (9.5 if t < 2 else 14.3 - 0.2 * (t > 600)) + r.gauss(0, 0.03), "{:.2f}")
    obd.col("misfire_cnt", lambda t, c, r: "0", "{}")
    info = Log(b, "headunit_syslog.txt", "syslog", clock=LOCAL(2), host="hu")
    info.noise(P["linux"], 380)
    info.at(0.002, "W", "kernel", "mmc0: Timeout waiting for hardware interrupt (cold), retrying")
    info.at(0.003, "I", "kernel", "mmc0: new HS200 MMC card at address 0001")
    info.at(0.02, "W", "NetworkManager", "<warn> modem wwan0: registration denied (temporary), retrying")
    info.at(0.04, "I", "NetworkManager", "<info> modem wwan0: registered home, LTE")
    b.label("none", "none", "low", [], None,
            "Cold start at -18C: crank dip to 9.5V, open-loop warm-up, late oil pressure switch and a modem registration retry are all normal cold behaviour.")
    return b


@scen
def h_ev_ac_charge(n):
    b = Batch(n, T0(2026, 11, 24, 21, 10, 0), 5400, "charging")
    ch = Log(b, "obc_charger.jsonl", "jsonl", clock=Clock())
    ch.every(10, "I", "obc", lambda t, r: {"evt": "meter", "p_w": int(10800 + r.gauss(0, 60)), "i_ac": [15.8, 15.7, 15.9],
                                            "u_ac": [int(229 + r.gauss(0, 2)), int(231 + r.gauss(0, 2)), int(228 + r.gauss(0, 2))], "cp": "C"},
             t2=b.T(0.93))
    ch.at(0.0, "I", "obc", {"evt": "plug", "pp_ohm": 220, "cable_a": 32})
    ch.at(0.001, "I", "obc", {"evt": "cp_state", "from": "A", "to": "B", "duty": 53})
    ch.at(0.002, "W", "slac", {"evt": "slac_match", "attempt": 1, "result": "timeout"})
    ch.at(0.0025, "I", "slac", {"evt": "slac_match", "attempt": 2, "result": "ok", "nmk": "redacted"})
    ch.at(0.003, "I", "obc", {"evt": "cp_state", "from": "B", "to": "C"})
    ch.at(0.5, "W", "ocpp", {"evt": "ws_disconnect", "reason": "ping timeout", "note": "backend side, charging continues"})
    ch.at(0.505, "I", "ocpp", {"evt": "ws_connect", "csms": "wss://cp.example-energy.eu/ocpp/16"})
    ch.at(0.94, "I", "obc", {"evt": "target_soc_reached", "soc": 80})
    ch.at(0.941, "I", "obc", {"evt": "cp_state", "from": "C", "to": "B"})
    bms_csv(b, "bms_telemetry.csv", dt_s=10.0, chg_a=26.0, soc0=41, tcol="boot_ms")
    tc = Log(b, "tcu_messages", "syslog", clock=LOCAL(1), host="tcu")
    tc.noise(P["tcu"] + P["linux"], 420)
    tc.at(0.7, "W", "telemd", "uplink queue 78% full (low signal in garage)")
    b.label("none", "none", "low", [], None,
            "Overnight 11 kW AC charge to 80%: one SLAC retry, a backend websocket reconnect and garage signal warnings, charge completes normally.")
    return b


@scen
def h_ota_nothing(n):
    b = Batch(n, T0(2026, 11, 29, 2, 15, 5), 900, "parked")
    ot = Log(b, "ota-agent.journal", "journal", clock=Clock(), host="ccu")
    ot.noise(P["ota"] + P["linux"], 360)
    ot.at(0.01, "W", "ota-agent", "getaddrinfo(campaigns.fleet.example.com) EAI_AGAIN, retry 1")
    ot.at(0.02, "I", "ota-agent", "resolved campaigns.fleet.example.com via secondary DNS")
    ot.at(0.03, "I", "ota-agent", "manifest 2026.47.2 signature ok (ecdsa-p256, key id 7f3a)")
    ot.at(0.031, "I", "ota-agent", "compare inventory: all 27 ECUs at target version, nothing to do")
    ot.at(0.05, "I", "ota-agent", "next check in 24h, releasing wake lock")
    dm = Log(b, "dmesg.txt", "dmesg")
    dm.noise(P["dmesg"], 420)
    dm.at(0.0, "I", "", "Booting Linux on physical CPU 0x0000000000 [0x410fd034]")
    dm.at(0.004, "W", "", "imx-sdma 30bd0000.dma-controller: external firmware not found, using ROM firmware")
    tc = Log(b, "tcu.rfc5424", "rfc5424", clock=Clock(), host="tcu")
    tc.clock.jump = (b.T(0.06), T0(2000, 1, 1, 0, 0, 0))
    tc.clock.boot = b.t0 - 14.0
    tc.noise(P["tcu"], 340)
    tc.at(0.06, "I", "timesync", "RTC invalid (2000-01-01), stepped from GNSS time, offset +" + f"{b.T(0.06) - T0(2000, 1, 1, 0, 0) - (b.T(0.06) - b.t0 + 14):.0f}s")
    tc.at(0.5, "W", "modem", "PDP context deactivated by network (cause 36), re-establishing")
    tc.at(0.502, "I", "modem", "PDP context up 10.214.3.77")
    b.label("none", "none", "low", [], None,
            "Nightly OTA check while parked: DNS retry, manifest verified, nothing to install; network PDP re-establishment is routine.")
    return b


@scen
def h_robotaxi_tunnel(n):
    b = Batch(n, T0(2026, 11, 19, 14, 3, 20), 1200, "driving", profile="city")
    ro = Log(b, "ros_console.log", "ros", clock=Clock())
    ro.noise(P["ros"], 1400)
    t1, t2 = b.T(0.45), b.T(0.52)
    ro.add(t1 - 3, "I", "/localization/gnss_monitor", "entering mapped tunnel zone TZ-0412, gnss weight -> 0")
    ro.add(t1 + 2, "W", "/sensing/gnss/ublox", "no fix (sats=0), expected in TZ-0412")
    ro.add(t1 + 3, "I", "/localization/ekf", "gnss input stale, running lidar+odom, cov_xy=0.04")
    ro.add(t2 + 6, "I", "/sensing/gnss/ublox", "fix restored, RTK float")
    ro.add(t2 + 31, "I", "/sensing/gnss/ublox", "RTK fixed, hacc=0.02m")
    gn = Log(b, "gnss_nmea.txt", "plain", clock=Clock())
    lat, lon = 48.1351, 11.5820

    def g(t, r):
        inside = t1 <= t < t2
        q = 0 if inside else (5 if t < t2 + 31 and t > t2 else 4)
        return gga(t, lat + (t - b.t0) * 2e-5, lon + (t - b.t0) * 1e-5, q, 0 if inside else r.randint(14, 22), 99.9 if inside else r.uniform(0.6, 1.0))
    gn.every(1.0, "RAW", "", g, jitter=0.0)
    loc = Sig(b, "localization_diag.csv", 1.0, tcol="epoch")
    loc.col("speed_mps", lambda t, c, r: c["v"], "{:.2f}")
    loc.col("cov_xy_m2", lambda t, c, r: (0.004 + 0.0015 * max(0, min(t, t2 - b.t0) - (t1 - b.t0)) if t1 - b.t0 < t < t2 - b.t0 + 30 else 0.004) + r.uniform(0, 0.001), "{:.4f}")
    loc.col("ndt_score", walk(0.9, 0.03, 0.3, 2.0, 10), "{:.3f}")
    loc.col("gnss_used", lambda t, c, r: "0" if t1 - b.t0 <= t < t2 - b.t0 + 6 else "1", "{}")
    b.label("none", "none", "low", [], None,
            "Robotaxi drives through a mapped tunnel: GNSS drops to no-fix and recovers to RTK afterwards, localization stays on lidar odometry with small covariance. Expected.")
    return b


@scen
def h_truck_haul_regen(n):
    b = Batch(n, T0(2026, 11, 21, 9, 40, 0), 2400, "driving", profile="truck")
    j1939_can(b, "j1939_can1.log", t1=b.T(0.6), t2=b.T(0.6) + 55)
    fl = Log(b, "fleet_telematics.jsonl", "jsonl_epoch", clock=Clock())
    fl.every(5, "I", "tlm", lambda t, r: {"spd": round(b.ctx(t)["kph"], 1), "rpm": int(650 + b.ctx(t)["v"] * 48),
                                           "fuel_lph": round(4 + b.ctx(t)["v"] * 1.3, 1), "dpf_soot_pct": round(max(8, 71 - max(0, t - b.T(0.3)) / 30), 1)})
    fl.at(0.3, "I", "acm", {"evt": "dpf_regen", "type": "active", "reason": "soot_load 71%"})
    fl.at(0.3005, "W", "acm", {"evt": "hest_lamp", "state": "on", "note": "high exhaust temp during regen"})
    fl.at(0.58, "I", "acm", {"evt": "dpf_regen", "type": "complete", "duration_s": 650})
    fl.at(0.581, "I", "acm", {"evt": "hest_lamp", "state": "off"})
    tc = Log(b, "tcu_syslog", "syslog", clock=LOCAL(1), host="fleetbox")
    tc.noise(P["tcu"] + P["linux"][:6], 330)
    tc.at(0.7, "W", "j1939d", "TP.BAM from SA 0x17 (cluster) aborted, sequence restart ok")
    b.label("none", "none", "low", [], None,
            "Long-haul truck with a scheduled active DPF regeneration (HEST lamp on then off) and a restarted TP.BAM; DM1 shows no active DTCs.")
    return b


@scen
def h_van_sleep(n):
    b = Batch(n, T0(2026, 11, 22, 18, 30, 0), 12 * 3600, "parked")
    lv = Sig(b, "lv_power_monitor.csv", 60.0, tcol="local", sep=";", clock=LOCAL(1))
    wakes = [b.T(x) for x in (0.16, 0.33, 0.5, 0.66, 0.83)]

    def cur(t, c, r):
        for w in wakes:
            if 0 <= t + b.t0 - w < 120:
                return 1.9 + r.gauss(0, 0.1)
        return 0.018 + r.uniform(0, 0.004)
    lv.col("u_batt_v", lambda t, c, r: 12.62 - t / 43200 * 0.12 + r.gauss(0, 0.004), "{:.3f}")
    lv.col("i_batt_a", cur, "{:.3f}").col("t_batt_c", walk(6, 0.02), "{:.1f}").col("soc_ibs_pct", lambda t, c, r: 86 - t / 43200 * 3, "{:.1f}")
    gw = Log(b, "gateway_nm.log", "tplus", clock=Clock())
    gw.every(120, "D", "NM", "bus sleep, no activity")
    gw.every(600, "I", "NM", lambda t, r: f"rtc tick, Ubat={12.62 - (t - b.t0) / 43200 * 0.12:.2f}V, sleep cnt={int((t - b.t0) // 600)}")
    for w in wakes:
        gw.seq(w, 1.5, "I", "NM", ["wake reason TCU_KEEPALIVE", "partial network PN3 (telematics) up", "tcu uplink ok",
                                  "PN3 release", "ready sleep", "bus sleep"])
    gw.at(0.5, "W", "NM", "ECU 0x4A (alarm siren) NM timeout during wake, ignored (not in PN3)")
    bc = Log(b, "bcm_events.log", "plain_date", clock=LOCAL(1))
    bc.noise(P["body"][:2] + P["body"][4:5], 320, t1=b.T(0), t2=b.T(0.01))
    bc.at(0.011, "I", "BCM", "alarm armed, interior monitoring on")
    bc.at(0.6, "W", "BCM", "interior sensor false trigger filtered (HVAC air movement)")
    b.label("none", "none", "low", [], None,
            "Van parked overnight: 18 mA quiescent current with periodic telematics wakes, battery voltage drops only ~0.1 V; one filtered alarm trigger.")
    return b


@scen
def h_dc_fast(n):
    b = Batch(n, T0(2026, 11, 26, 12, 5, 0), 1800, "charging")
    cs = Log(b, "charge_session.log", "kv", clock=LOCAL(1))
    st = {}
    cs.every(2, "I", "dcc", lambda t, r: f"U={int(352 + (t - b.t0) * 0.022)}V I={int(230 if t < b.T(0.55) else 230 * max(0.2, 1 - (t - b.T(0.55)) / 900))}A "
                                         f"Ilim_ev={int(250 if t < b.T(0.55) else 250 * max(0.2, 1 - (t - b.T(0.55)) / 900))} Ilim_evse=250 T_pin={int(38 + (t - b.t0) / 100)}C")
    cs.at(0.0, "I", "iso15118", "SessionSetup ok, EVSEID DE*ION*E1234*01")
    cs.at(0.002, "I", "iso15118", "ChargeParameterDiscovery: EVSEMaxPower=300kW EVMaxPower=105kW")
    cs.at(0.003, "I", "dcc", "cable check ok (isolation 1.8MOhm)")
    cs.at(0.004, "I", "dcc", "precharge 12s, Udiff 3V")
    cs.at(0.55, "I", "dcc", "SOC 78%, BMS current taper per charge map (normal)")
    cs.at(0.98, "I", "iso15118", "SessionStop (user), welding detection ok")
    bms_csv(b, "bms_telemetry.csv", dt_s=3.0, chg_a=225, soc0=21)
    routine(b, "tcu")
    b.label("none", "none", "low", [], None,
            "DC fast charge 21->~90% with normal current taper after ~78% SOC; isolation, precharge and welding checks pass.")
    return b


@scen
def h_hu_boot(n):
    b = Batch(n, T0(2026, 11, 30, 7, 55, 0), 420, "parked")
    lc = Log(b, "logcat_main.txt", "logcat", clock=LOCAL(1))
    lc.clock.jump = (b.T(0.09), T0(1970, 1, 1, 0, 0, 0))
    lc.clock.boot = b.t0 - 3.0
    lc.noise(P["android"], 1200)
    lc.at(0.09, "I", "AlarmManager", "Setting time of day to sec=" + str(int(b.T(0.09))) + " (NITZ)")
    lc.at(0.02, "W", "EvsHal", "rear camera stream not ready, retry 1/5")
    lc.at(0.03, "I", "EvsHal", "rear camera stream up 1280x800@30")
    lc.at(0.1, "E", "BtGatt", "connect to 5C:xx:xx:xx:A1 failed status=133 (phone not in range)")
    lc.at(0.12, "W", "Vold", "no media in slot usb0")
    dm = Log(b, "dmesg.txt", "dmesg")
    dm.noise(P["dmesg"], 520)
    dm.at(0.01, "W", "", "usb 1-1.2: device not accepting address 5, error -71")
    dm.at(0.012, "I", "", "usb 1-1.2: new high-speed USB device number 6 using xhci-hcd")
    dm.at(0.013, "I", "", "usb 1-1.2: Product: LTE Module")
    dm.at(0.05, "W", "", "ov490 2-0024: i2c read failed -121, retry ok")
    routine(b, "gw")
    b.label("none", "none", "low", [], None,
            "Head unit boots with ignition on: USB re-enumeration, camera stream retry, failed BT reconnect to an absent phone and an I2C retry are all benign.")
    return b


@scen
def h_depot_calib(n):
    b = Batch(n, T0(2026, 11, 18, 23, 20, 0), 900, "test", profile="still")
    ld = Log(b, "lidar_driver.INFO", "glog", clock=LOCAL(-8))
    ld.header = ["Log file created at: 2026/11/18 15:20:00", "Running on machine: rtx-017-compute",
                 "Log line format: [IWEF]mmdd hh:mm:ss.uuuuuu threadid file:line] msg"]
    ld.every(1.0, "I", "hesai_driver.cc", lambda t, r: f"packets/s={int(3600 + r.gauss(0, 8))} rpm={int(600 + r.gauss(0, 1)) if t > b.T(0.03) else int((t - b.t0) * 22)} dropped=0")
    ld.at(0.005, "W", "hesai_driver.cc", "motor spin-up, phase lock not yet acquired")
    ld.at(0.03, "I", "hesai_driver.cc", "phase lock acquired, rpm=600")
    ld.at(0.01, "W", "ptp_client.cc", "PTP offset 12.4ms > 1ms, slewing")
    ld.at(0.04, "I", "ptp_client.cc", "PTP locked, offset 310ns")
    ro = Log(b, "calib_run.log", "ros", clock=Clock())
    ro.noise(P["ros"][1:2] + P["ros"][4:7], 500)
    ro.at(0.06, "I", "/calibration/extrinsic", "target board detected by cam_front, lidar_top")
    ro.at(0.2, "W", "/sensing/radar/front", "blockage test pending (stationary)")
    ro.at(0.4, "I", "/sensing/radar/front", "blockage test passed")
    ro.at(0.5, "I", "/calibration/extrinsic", "lidar_top->cam_front residual 0.7px (limit 2.0)")
    ro.at(0.6, "E", "/calibration/extrinsic", "cam_rear: board not found, repositioning target")
    ro.at(0.65, "I", "/calibration/extrinsic", "cam_rear residual 0.9px")
    ro.at(0.9, "I", "/calibration/extrinsic", "calibration PASSED, written to /opt/av/calib/2026-11-18.yaml")
    b.label("none", "none", "low", [], None,
            "Depot calibration run (test mode): lidar spin-up, PTP slew, pending radar blockage test and a re-positioned target are normal; calibration passes.")
    return b


# ============================================================================= BATTERY / BMS
BMS_NO_ISO = [p for p in P["bms"] if p[2] not in ("BMS/ISO", "BMS/CELL")]


@scen
def b_cell_diverge_charge(n):
    b = Batch(n, T0(2026, 11, 20, 19, 45, 0), 6600, "charging")
    onset = 1400

    def vmin(t, v, c):
        return v - ramp(t, onset, 6600, 185) - (4 if t > onset else 0)
    bms_csv(b, "bms_telemetry.csv", dt_s=10.0, chg_a=30.0, soc0=34, cells=True,
            mods={"cell_vmin_mv": vmin, "vmin_idx": lambda t, v, c: "57" if t > onset + 200 else v})
    ch = Log(b, "obc_charger.jsonl", "jsonl", clock=Clock())
    ch.every(12, "I", "obc", lambda t, r: {"evt": "meter", "p_w": int(11000 + r.gauss(0, 50)), "cp": "C"}, t2=b.T(0.97))
    ch.at(0.0, "I", "obc", {"evt": "plug", "pp_ohm": 220})
    ch.at(0.001, "I", "obc", {"evt": "cp_state", "from": "B", "to": "C"})
    ch.at(0.975, "I", "obc", {"evt": "target_soc_reached", "soc": 85})
    bl = Log(b, "bms_balancing.log", "uptime_ms", clock=BOOT(b.t0 - 3.1))
    bl.every(20, "I", "BAL", lambda t, r: f"bal mask m{r.randint(1, 8)}={r.randrange(0, 4):02x} dt_cell={int(9 + ramp(t - b.t0, onset, 6600, 0) + r.uniform(0, 6))}mV")
    bl.every(60, "D", "BAL", "passive bal duty 12% R=33R")
    b.label("battery_bms", "cell", "low", ["medium"], "bms_telemetry.csv",
            "During an AC charge one cell (#57) stops following the others; min cell voltage lags by up to ~185 mV while no error is logged. Early sign of a weak/self-discharging cell, no action taken (charging).")
    return b


@scen
def b_iso_drop_driving(n):
    b = Batch(n, T0(2026, 11, 23, 16, 20, 0), 1800, "driving")
    on = 600

    def riso(t, v, c):
        if t < on:
            return v
        return max(85, v * math.exp(-(t - on) / 260))
    bms_csv(b, "bms_telemetry.csv", dt_s=1.0, tcol="boot_ms", mods={"r_iso_kohm": riso})
    lg = Log(b, "bms_dlt.txt", "dlt", clock=LOCAL(1), ecu="BMS1")
    lg.noise(BMS_NO_ISO + P["vcu"][:3], 1100)
    lg.every(30, "D", "BMS/ISO", lambda t, r: f"Riso_min={int(riso(t - b.t0, 4200 + r.gauss(0, 40), None))}kOhm U_pack={int(370 + r.gauss(0, 2))}V mode=active_inj")
    t1 = b.t0 + on + 260 * math.log(4200 / 400)
    lg.add(t1, "W", "BMS/ISO", "Riso below 100 Ohm/V stage (400 kOhm) -> ISO_WARN, tell VCU")
    lg.add(t1 + 0.4, "I", "VCU/PWR", "BMS ISO_WARN rcvd, HMI msg 0x31 'Hochvoltsystem pruefen'")
    t2 = b.t0 + on + 260 * math.log(4200 / 190)
    lg.add(t2, "E", "BMS/ISO", "Riso- 188 kOhm (neg. rail to chassis), ISO_FLT lvl2, request P_lim 30%")
    lg.add(t2 + 0.3, "W", "VCU/PWR", "P_lim drive 162kW -> 48kW (BMS ISO_FLT2), regen 20kW")
    lg.add(t2 + 2, "W", "VCU/HMI", "turtle icon on, vmax 80kph")
    lg.add(t2 + 5, "I", "BMS/ISO", "freeze frame stored DTC 0x0AA600 (Hybrid battery voltage system isolation fault)")
    lg.add(t2 + 300, "E", "BMS/ISO", "Riso- 97 kOhm, still above shutdown limit 50 kOhm, keep derate")
    vc = Log(b, "body_wipers.log", "plain", clock=LOCAL(1))
    vc.noise([p for p in P["body"] if "wiper" not in p[3]] + [(5, "I", "BCM", "wiper {c:high|high|low} rain={i:60:95}")], 380)
    vc.at(0.1, "I", "BCM", "rain sensor: heavy rain, wiper high")
    b.label("battery_bms", "hv_isolation", "high", ["critical"], "bms_telemetry.csv",
            "In heavy rain the HV isolation resistance (negative rail) decays from ~4 MOhm to <100 kOhm; BMS escalates ISO warning to fault and the VCU derates to 30% with a 80 km/h limit.")
    return b


@scen
def b_hvil_open(n):
    b = Batch(n, T0(2026, 11, 25, 7, 3, 0), 600, "parked")
    vc = Log(b, "vcu.journal", "journal_mono", host="vcu")
    vc.noise([(5, "I", "vcu-main", "state=STANDBY kl15={c:on|on|off} brake={c:0|1}"),
              (3, "I", "vcu-main", "12V={f:12.2:12.6:2}V dcdc=off"),
              (3, "D", "nvm", "block {i:3:40} crc ok")] + P["linux"][:5], 420)
    bm = Log(b, "bms_app.log", "plain", clock=LOCAL(1), host="bms")
    bm.noise([p for p in BMS_NO_ISO if p[2] not in ("BMS/CTC", "BMS/LIM")] + [(4, "I", "BMS/SOX", "standby, U_pack={i:368:371}V rail=0V")], 360)
    for k, f in enumerate((0.1, 0.35, 0.62)):
        t = b.T(f)
        vc.add(t, "I", "vcu-main", "start request (brake+button), HV_REQ -> BMS")
        bm.add(t + 0.08, "I", "BMS/CTC", "HV request, check interlock before precharge")
        bm.add(t + 0.12, "E", "BMS/HVIL", f"interlock loop: PWM echo missing (duty in 0%, out 50%), seg=REAR_EDU_CONN, try {k + 1}")
        bm.add(t + 0.13, "W", "BMS/CTC", "precharge inhibited (HVIL not closed)")
        vc.add(t + 0.6, "E", "vcu-main", "HV not available within 500ms (BMS_ST=INHIBIT), READY denied")
        vc.add(t + 0.7, "W", "hmi-gw", "cluster popup 'Fahrzeug nicht startbereit - Werkstatt'")
        vc.add(t + 1.0, "W", "vcu-main", "U0111 lost comm BMS? no -> BMS alive, reason HVIL")
    bm.at(0.63, "E", "BMS/DTC", "dtc P0A0A-13 store (conf), cnt=3")
    ev_can(b, "can_hv.asc", style="asc", t1=b.T(0.33), t2=b.T(0.33) + 35, extra_ids=[
        (0x2A0, 0.1, lambda t, k, c, r: [0x04 if abs(t - 0.35 * 600) < 3 else 0x00, 0x00, 0x01 if t > 0.35 * 600 - 1 else 0x00, 0x00, 0, 0, k & 0xF, 0])])
    b.label("battery_bms", "hvil", "medium", ["high"], "bms_app.log",
            "Three start attempts fail: BMS sees the HV interlock loop open at the rear drive-unit connector and inhibits precharge, so the car never gets READY (parked, so one step lower than a disabled function).")
    return b


@scen
def b_inlet_overtemp_dc(n):
    b = Batch(n, T0(2026, 11, 27, 10, 12, 0), 1500, "charging")
    cs = Log(b, "charge_session.log", "kv", clock=LOCAL(1))
    stop = b.T(0.62)

    def pin(t):
        rel = t - b.t0
        return 36 + rel * 0.012, 36 + rel * 0.012 + max(0, rel - 200) * 0.068

    def line(t, r):
        if t > stop:
            return f"U=0V I=0A state=STOPPED T_pin_dcp={pin(t)[0]:.1f}C T_pin_dcm={max(40, pin(stop)[1] - (t - stop) * 0.05):.1f}C"
        p1, p2 = pin(t)
        ilim = 250 if p2 < 80 else max(60, 250 - (p2 - 80) * 18)
        return f"U={int(356 + (t - b.t0) * 0.02)}V I={int(min(235, ilim))}A Ilim_ev={int(ilim)} Ilim_evse=300 T_pin_dcp={p1:.1f}C T_pin_dcm={p2:.1f}C"
    cs.every(2, "I", "dcc", line)
    cs.at(0.0, "I", "iso15118", "SessionSetup ok, EVSEID NL*FST*E00921*02")
    cs.at(0.003, "I", "dcc", "cable check ok (isolation 2.1MOhm)")
    cs.at(0.004, "I", "dcc", "precharge 9s, Udiff 2V")
    t80 = b.t0 + 200 + (80 - 36 - 0.012 * 200) / (0.012 + 0.068)
    cs.add(t80, "W", "dcc", "inlet derate active (NTC DC-), Ilim follows temp map")
    cs.add(stop - 0.1, "E", "dcc", "inlet NTC DC- 90.3C >= 90C, stop request")
    cs.add(stop, "I", "iso15118", "PowerDelivery ChargeProgress=Stop, EVErrorCode=NO_ERROR, EVReady=false")
    cs.add(stop + 3, "I", "iso15118", "WeldingDetection ok, SessionStop")
    cs.add(stop + 4, "W", "dcc", "DTC P0D2A-98 pending (charge inlet temp too high)")
    cs.add(stop + 60, "W", "hmi", "Ladevorgang beendet: Ladedose zu heiss")
    bms_csv(b, "bms_telemetry.csv", dt_s=3.0, chg_a=228, soc0=18,
            mods={"pack_i": lambda t, v, c: v if t < 0.62 * 1500 else 0.4})
    hc = Log(b, "tcu_messages", "syslog", clock=LOCAL(1), host="tcu")
    hc.noise(P["tcu"], 330)
    hc.at(0.63, "I", "telemd", "push notification sent: charge_interrupted")
    b.label("battery_bms", "charging", "medium", ["high", "low"], "charge_session.log",
            "DC fast charge: the DC- pin temperature of the charge inlet climbs much faster than DC+ (poor contact), first derates current then stops the session at 90C. Charging feature lost, vehicle charging so one step down.")
    return b


@scen
def b_contactor_weld(n):
    b = Batch(n, T0(2026, 11, 28, 17, 40, 0), 1500, "parked", profile="drive")
    lg = Log(b, "bms_dlt.txt", "dlt", clock=Clock(), ecu="BMS1")
    lg.noise(P["bms"] + P["vcu"][:2], 1000, t2=b.T(0.9))
    off = b.T(0.9)
    lg.add(off, "I", "VCU/STAT", "KL15 off, gear P, shutdown HV")
    lg.add(off + 0.2, "I", "BMS/CTC", "open MAIN+ ok (I=0.3A)")
    lg.add(off + 0.25, "I", "BMS/CTC", "open MAIN- cmd")
    lg.add(off + 0.8, "W", "BMS/CTC", "Vlink after 500ms = 371V (exp. <60V), active discharge running")
    lg.add(off + 2.9, "E", "BMS/CTC", "Vlink 370V, Vpack 371V -> MAIN- contacts still conducting (welded?)")
    lg.add(off + 3.0, "E", "BMS/DTC", "store 0x0AA473 status=0x2F; next HV start locked")
    lg.add(off + 3.2, "I", "BMS/CTC", "pyro fuse NOT fired (no crash), sleep with HV on rail? -> stay awake monitor 600s")
    lg.every(10, "I", "BMS/CTC", lambda t, r: f"post-off monitor Vlink={370 - (t - off) * 0.01:.0f}V I={r.uniform(-0.2, 0.2):.2f}A", t1=off + 4)
    ev_can(b, "can0.candump", t1=b.T(0.88), t2=b.T(0.88) + 60, extra_ids=[
        (0x2A1, 0.1, lambda t, k, c, r: [0x3F if t < 0.9 * 1500 + 0.2 else (0x2E if t < 0.9 * 1500 + 3 else 0xAE), 0x01, 0x73, 0x01, 0x00, 0x00, k & 0xF, 0x00])])
    u = Uds(b, "remote_diag_0x19.txt")
    u.log.at(0.92, "I", "DIAG", "remote session opened by backend (auto trigger BMS event), transport DoIP->CAN")
    u.scan(b.T(0.921), ecu_list(EV_ECUS, {"BMS": [("P0AA4-73", 0x2F)]}))
    b.label("battery_bms", "contactor", "medium", ["high"], "bms_dlt.txt",
            "At key-off the negative main contactor fails to open: link voltage stays at pack voltage, BMS flags it as welded (P0AA4) and locks the next HV start. Vehicle parked, so one step below a disabled function.")
    return b


# ============================================================================= POWERTRAIN
@scen
def p_misfire_cyl3(n):
    b = Batch(n, T0(2026, 11, 16, 15, 5, 0), 1500, "driving")
    on = 520
    obd = Sig(b, "obd_pids.csv", 1.0, tcol="epoch", clock=Clock())
    st = {"m": [0, 0, 0, 0]}

    def mis(i):
        def f(t, c, r):
            p = 0.002
            if i == 2 and t > on:
                p = 0.15 + 0.25 * (c["a"] > 0.2)
            if r.random() < p:
                st["m"][i] += r.randint(1, 4 if i == 2 else 1)
            return str(st["m"][i])
        return f
    obd.col("rpm", lambda t, c, r: 780 + c["v"] * 85 + r.gauss(0, 15), "{:.0f}").col("speed_kph", sp_kph, "{:.0f}")
    obd.col("load_pct", lambda t, c, r: 18 + c["v"] * 1.2 + max(0, c["a"]) * 25, "{:.0f}")
    obd.col("ect_c", walk(91, 0.05), "{:.0f}")
    obd.col("stft_b1_pct", lambda t, c, r: r.gauss(0, 1.2) + (6.5 if t > on + 60 else 0), "{:.1f}")
    for i in range(4):
        obd.col(f"misf_cyl{i + 1}", mis(i), "{}")
    ecm = Log(b, "ecm_events.log", "plain", clock=LOCAL(1), host="ecm")
    ecm.noise([p for p in P["ecm"] if "knock" not in p[3]], 500)
    ecm.add(b.t0 + on + 210, "W", "ECM", "crank seg. time dev. cyl3 above thresh (emission lvl), 1000-rev window")
    ecm.add(b.t0 + on + 215, "W", "ECM", "dtc P0303 pending, P0300 pending")
    ecm.add(b.t0 + on + 520, "E", "ECM", "cyl3 catalyst-damaging rate 12.4%: MIL flash, inj cyl3 OFF")
    ecm.add(b.t0 + on + 521, "W", "ECM", "torque limit 70% (cyl deact.)")
    ecm.add(b.t0 + on + 600, "I", "ECM", "cyl3 reenable test -> still misfiring, keep OFF")
    u = Uds(b, "obd_dongle_dtc.txt", clock=LOCAL(1))
    u.log.at(0.955, "I", "DIAG", "fleet dongle: MIL status change seen (mode 01 PID 01), starting enhanced DTC read ISO15765-4 500k 11bit")
    u.scan(b.T(0.96), ecu_list(ICE_ECUS, {"ECM": [("P0303-00", 0x2F), ("P0300-00", 0x2E), ("P0171-00", 0x24)]}), vin="VF1RJA00467123456")
    b.label("powertrain", "ignition", "high", ["medium"], "obd_pids.csv",
            "Cylinder 3 misfire counters climb under load (other cylinders clean), fuel trim goes lean; ECM later sets P0303, flashes MIL and cuts injector 3 with a torque limit.")
    return b


@scen
def p_truck_scr(n):
    b = Batch(n, T0(2026, 11, 18, 6, 20, 0), 3600, "driving", profile="truck")
    on = 700
    fl = Log(b, "fleet_telematics.jsonl", "jsonl_epoch", clock=Clock())

    def rec(t, r):
        rel = t - b.t0
        c = b.ctx(t)
        eff = 0.96 - ramp(rel, on, 2400, 0.62)
        nin = 380 + c["v"] * 12 + r.gauss(0, 15)
        dose = 0.0 if c["v"] < 1 else (nin * 0.0011)
        return {"spd": round(c["kph"], 1), "nox_in_ppm": int(nin), "nox_out_ppm": int(nin * (1 - eff) + r.gauss(0, 3)),
                "def_dose_cmd_ml_s": round(dose, 3), "def_press_bar": round(8.9 - ramp(rel, on, 1400, 2.1) + r.gauss(0, 0.05), 2),
                "def_lvl_pct": 63, "scr_in_c": int(310 + c["v"] * 2)}
    fl.every(6, "I", "tlm", rec)
    fl.at(0.8, "W", "acm", {"evt": "lamp", "amber": True, "note": "emission"})
    fl.at(0.9, "E", "acm", {"evt": "inducement", "level": 1, "torque_pct": 75, "txt": "Motorleistung reduziert - AdBlue System"})

    def dm1(t):
        acts = []
        if t > 0.8 * 3600:
            acts.append((4364, 18, 1))
        return acts
    j1939_can(b, "j1939_can1.log", t1=b.T(0.82), t2=b.T(0.82) + 50, dm1={0x3D: dm1},
              mods={"nox_out": lambda t, x: 380 * 0.6 + x})
    tc = Log(b, "fleetbox_syslog", "syslog", clock=LOCAL(1), host="fleetbox")
    tc.noise(P["tcu"] + P["linux"][:6], 420)
    tc.at(0.805, "I", "j1939d", "DM1 SA=0x3D lamp=amber SPN 4364 FMI 18 OC 1")
    tc.at(0.905, "W", "j1939d", "DM1 SA=0x00 protect lamp; torque derate request from ACM")
    b.label("powertrain", "emissions", "high", ["medium"], "fleet_telematics.jsonl",
            "Diesel truck: DEF dosing pressure sags and SCR conversion falls (outlet NOx climbs toward inlet NOx) long before DM1 SPN 4364 FMI 18; ends in a 25% torque inducement derate.")
    return b


@scen
def p_inverter_desat(n):
    b = Batch(n, T0(2026, 11, 21, 13, 33, 0), 1400, "driving", profile="highway")
    inv = Log(b, "inv_rear.log", "uptime_ms", clock=BOOT(b.t0 - 11.2))
    inv.every(1.0, "I", "MC", lambda t, r: f"n={int(b.ctx(t)['v'] * 300)}rpm Tq={int(b.ctx(t)['a'] * 150 + 60)}Nm Udc={int(362 + r.gauss(0, 1))}V Tj_max={int(62 + r.gauss(0, 1))}C"
              if t < b.T(0.6) else f"n={int(b.ctx(t)['v'] * 300)}rpm Tq=0Nm Udc={int(362 + r.gauss(0, 1))}V state=SAFE_ASC")
    tt = b.T(0.6)
    inv.add(tt - 0.004, "E", "GD", "U_V_hi DESAT latch (Vce>7.8V @ Ic est 410A)")
    inv.add(tt - 0.003, "E", "MC", "PWM disable -> active short circuit (lower side)")
    inv.add(tt + 0.5, "W", "MC", "fault reset request #1 by VCU")
    inv.add(tt + 0.6, "E", "GD", "U_V_hi DESAT again at first switching")
    inv.add(tt + 3.5, "W", "MC", "fault reset request #2 by VCU")
    inv.add(tt + 3.6, "E", "GD", "U_V_hi DESAT again at first switching, lockout until KL15 cycle")
    inv.add(tt + 3.7, "E", "DIAG", "DTC 0x0C7900 (drive motor B phase V) status 0x2F")
    vc = Log(b, "vcu_dlt.txt", "dlt", clock=LOCAL(1), ecu="VCU1")
    vc.noise(P["vcu"] + P["bms"][:3], 1000)
    vc.add(tt + 0.01, "E", "VCU/TRQ", "rear EDU torque not delivered (INV_R st=FAULT), redistribute front")
    vc.add(tt + 0.02, "W", "VCU/TRQ", "torque split F/R 100/0, limp 'reduced power' P_max 95kW")
    vc.add(tt + 0.05, "W", "VCU/HMI", "warning 'Antriebssystem: Leistung reduziert' + yellow lamp")
    vc.add(tt + 4, "E", "VCU/TRQ", "INV_R lockout, stays FWD only until restart")
    vc.add(tt + 4.2, "W", "ESC", "ESC reconfig for FWD-only traction (TCS thresholds front)")
    ev_can(b, "can0.candump", t1=tt - 30, t2=tt + 30)
    b.label("powertrain", "inverter", "high", ["critical"], "inv_rear.log",
            "Rear inverter gate driver trips on desaturation on phase V at highway speed, goes to active short circuit and locks out after two failed resets; car continues front-drive only with reduced power.")
    return b


@scen
def p_tcm_slip(n):
    b = Batch(n, T0(2026, 11, 26, 8, 5, 0), 1500, "driving")
    on = 400
    sg = Sig(b, "tcm_signals.csv", 0.5, tcol="rel", sep=";")
    st = {"g": 1}
    ratios = [0, 4.71, 3.14, 2.11, 1.67, 1.29, 1.0, 0.84, 0.67]

    def gear(t, c, r):
        v = c["kph"]
        g = 1 + sum(v > x for x in (14, 27, 42, 57, 73, 92, 112))
        st["g"] = g
        return str(g)

    def nout(t, c, r):
        st["nout"] = c["v"] / 0.33 * 60 / (2 * math.pi) * 3.2
        return st["nout"]

    def nturb(t, c, r):
        base = st["nout"] * ratios[st["g"]]
        slip = 0
        if st["g"] == 3 and t > on:
            slip = 120 + 380 * max(0, c["a"]) + r.uniform(0, 60)
        return base + slip + r.gauss(0, 4)
    sg.col("speed_kph", sp_kph, "{:.1f}").col("gear_act", gear, "{}").col("n_out_rpm", nout, "{:.0f}")
    sg.col("n_turb_rpm", nturb, "{:.0f}").col("p_clutch_C_bar", lambda t, c, r: (9.8 if st["g"] in (3, 5, 7) else 0.4) - (1.6 if t > on and st["g"] == 3 else 0) + r.gauss(0, 0.08), "{:.2f}")
    sg.col("atf_c", walk(78, 0.03), "{:.1f}")
    tc = Log(b, "tcm.log", "plain_date", clock=LOCAL(1))
    tc.noise([(6, "I", "TCM", "shift {i:1:7}->{i:2:8} t={i:280:520}ms"), (3, "I", "TCM", "adapt fill vol clutch {c:A|B|C|D|E} {f:-0.3:0.3:2}cc"),
              (3, "D", "TCM", "ATF {i:70:86}C line {f:8:14:1}bar"), (2, "W", "TCM", "ECM torque msg late 1 cycle")], 520)
    tc.add(b.t0 + on + 330, "W", "TCM", "Gang 3: Schlupf Kupplung C > 150 rpm (3x in 60s)")
    tc.add(b.t0 + on + 335, "E", "TCM", "Übersetzung unplausibel G3 -> DTC P0733 gesetzt (conf)")
    tc.add(b.t0 + on + 336, "E", "TCM", "NOTLAUF: fixed 3rd, no shifts, R allowed")
    tc.add(b.t0 + on + 337, "W", "TCM", "req ECM torque limit 180Nm")
    ec = Log(b, "ecm_syslog", "syslog", clock=Clock(), host="ecm")
    ec.noise(P["ecm"], 420)
    ec.add(b.t0 + on + 338, "W", "ECM", "TCM torque intervention active (limp), 180Nm cap")
    b.label("powertrain", "transmission", "high", ["medium"], "tcm_signals.csv",
            "Automatic gearbox: in 3rd gear turbine speed runs above output*ratio (clutch C slipping, low apply pressure) for minutes before the TCM sets P0733 and goes into fixed-3rd limp mode.")
    return b


@scen
def p_van_rail_pressure(n):
    b = Batch(n, T0(2026, 11, 19, 11, 0, 0), 1500, "driving")
    on = 300
    sg = Sig(b, "ecm_rail.csv", 0.5, tcol="iso")
    st = {}

    def sp(t, c, r):
        st["sp"] = 450 + c["v"] * 28 + max(0, c["a"]) * 600
        return st["sp"]

    def act(t, c, r):
        deficit = 0 if t < on else min(0.45, (t - on) / 2500) * max(0, st["sp"] - 600)
        return st["sp"] - deficit + r.gauss(0, 6)
    sg.col("rpm", lambda t, c, r: 820 + c["v"] * 90, "{:.0f}").col("speed_kph", sp_kph, "{:.0f}")
    sg.col("rail_sp_bar", sp, "{:.0f}").col("rail_act_bar", act, "{:.0f}")
    sg.col("scv_duty_pct", lambda t, c, r: 31 + (st["sp"] - 450) / 40 + (ramp(t, on, 1500, 22)), "{:.1f}")
    sg.col("fuel_t_c", walk(34, 0.02), "{:.1f}")
    ec = Log(b, "ecm.log", "kv", clock=LOCAL(1))
    ec.noise([p for p in P["ecm"] if "lambda" not in p[3] and "EVAP" not in p[3]] + [(3, "I", "ECM", "DPF soot {i:20:40}% dp={i:4:18}mbar")], 620)
    ec.at(0.62, "W", "ECM", "rail governor deviation -180 bar for >2s, metering unit at 53%")
    ec.at(0.64, "E", "ECM", "rail pressure control: pressure too low -> torque limitation step 1")
    ec.at(0.7, "E", "ECM", "P0087 confirmed, MIL on, rail sp capped 1100bar")
    tc = Log(b, "tcu_syslog", "syslog", clock=LOCAL(1), host="tcu")
    tc.noise(P["tcu"] + P["linux"][:5], 340)
    b.label("powertrain", "fuel", "high", ["medium"], "ecm_rail.csv",
            "Diesel van: actual rail pressure falls increasingly short of setpoint under load while the metering duty climbs (fuel supply restriction); ECM later limits torque and confirms P0087.")
    return b


# ============================================================================= THERMAL
@scen
def t_pump_stall(n):
    b = Batch(n, T0(2026, 11, 22, 12, 40, 0), 1600, "driving")
    on = b.T(0.4)
    tm = Log(b, "tms_lin_diag.log", "tplus", clock=Clock())
    tm.noise([p for p in P["tms"] if "loop=MOTOR" not in p[3]], 380)

    def pump_line(t, r):
        if t < on:
            return f"LIN2 frm 0x21 EWP_MOT: n_act={int(2900 + r.gauss(0, 30))} I={r.uniform(3.8, 4.4):.1f}A st=0x00"
        if t < on + 8:
            return f"LIN2 frm 0x21 EWP_MOT: n_act={int(max(0, 2900 - (t - on) * 400))} I={r.uniform(9, 11):.1f}A st=0x0C"
        return f"LIN2 frm 0x21 EWP_MOT: n_act=0 I=0.0A st=0x14"
    tm.every(2.0, "I", "LINM", pump_line)
    tm.add(on + 1, "W", "TMS", "EWP_MOT overcurrent flag (st b2/b3), duty kept 85%")
    tm.add(on + 9, "E", "TMS", "EWP_MOT blocked/dry-run (st=0x14), driver switched off by pump")
    tm.add(on + 12, "W", "TMS", "restart attempt EWP_MOT 1/3 -> no rotation")
    tm.add(on + 40, "W", "TMS", "restart attempt EWP_MOT 3/3 -> no rotation, give up")
    tm.add(on + 41, "E", "TMS", "B1 3E7 motor loop flow lost, request VCU derate")
    sg = Sig(b, "edu_temps.csv", 1.0, tcol="boot_ms")

    def tin(t, c, r):
        return 38 + 4 * math.sin(t / 200) + r.gauss(0, 0.2) + (ramp(t + b.t0, on, on + 600, 32))
    sg.col("speed_kph", sp_kph, "{:.1f}").col("t_cool_in_c", tin, "{:.1f}")
    sg.col("t_stator_c", lambda t, c, r: 72 + c["v"] * 0.6 + ramp(t + b.t0, on, on + 500, 68) - max(0, ramp(t + b.t0, on + 500, on + 900, 25)), "{:.1f}")
    sg.col("t_igbt_max_c", lambda t, c, r: 58 + c["v"] * 0.3 + ramp(t + b.t0, on, on + 400, 52) - max(0, ramp(t + b.t0, on + 500, on + 900, 18)), "{:.1f}")
    sg.col("p_lim_kw", lambda t, c, r: 180 if t + b.t0 < on + 60 else max(45, 180 - (t + b.t0 - on - 60) * 1.2), "{:.0f}")
    vc = Log(b, "vcu_dlt.txt", "dlt", clock=LOCAL(1), ecu="VCU1")
    vc.noise(P["vcu"], 900)
    vc.add(on + 62, "W", "VCU/PWR", "thermal derate INV_R (Tj) + motor (stator) -> P_lim ramp down")
    vc.add(on + 70, "W", "VCU/HMI", "telltale 'Antrieb Temperatur' yellow, reduced power")
    vc.add(on + 420, "E", "VCU/PWR", "INV_R Tj 110C > 105C, P_lim 45kW")
    b.label("thermal", "pump", "high", ["medium"], "tms_lin_diag.log",
            "Electric coolant pump of the drive-unit loop reports overcurrent then blocks (status 0x14) and does not restart; inverter/stator temperatures climb and the VCU derates to 45 kW.")
    return b


@scen
def t_thermostat_open(n):
    b = Batch(n, T0(2026, 12, 1, 6, 10, 0), 2400, "driving", profile="highway")
    obd = Sig(b, "obd_log.csv", 2.0, tcol="local", clock=LOCAL(1), sep=";")
    st = {"e": -4.0}

    def ect(t, c, r):
        tgt = 67 + 3 * (c["v"] < 10)
        st["e"] += (tgt - st["e"]) * 0.01 + r.gauss(0, 0.05)
        return st["e"]
    obd.col("rpm", lambda t, c, r: 800 + c["v"] * 62, "{:.0f}").col("speed_kph", sp_kph, "{:.0f}")
    obd.col("ect_c", ect, "{:.1f}").col("iat_c", walk(-3, 0.03), "{:.1f}").col("amb_c", walk(-4, 0.01), "{:.1f}")
    obd.col("load_pct", lambda t, c, r: 22 + c["v"] * 0.9, "{:.0f}").col("fan_duty_pct", lambda t, c, r: "0", "{}")
    obd.col("cabin_heat_req", lambda t, c, r: "HI", "{}")
    ec = Log(b, "ecm_trace.log", "plain", clock=LOCAL(1))
    ec.noise([p for p in P["ecm"] if "ect" not in p[3]] + [(3, "I", "ECM", "thermo map target {i:90:105}C, heater valve open")], 520)
    ec.at(0.62, "I", "ECM", "OBD monitor coolant warm-up model: exp 88C act 68C after 1400s")
    ec.at(0.621, "W", "ECM", "P0128 pending (1 trip), no MIL")
    hv = Log(b, "hvac_ecu.log", "plain", clock=LOCAL(1))
    hv.noise(P["tms"][2:3] + [(4, "I", "HVAC", "heater core out {i:36:44}C, blend {i:80:100}% warm"),
                              (3, "W", "HVAC", "cabin below setpoint {f:2:5:1}K, PTC aux {i:30:100}%")], 450)
    b.label("thermal", "coolant", "low", ["medium"], "obd_log.csv",
            "Winter highway drive: engine coolant plateaus at ~67C and never reaches operating temperature (thermostat stuck open); only a pending P0128 and weak cabin heat result.")
    return b


@scen
def t_refrigerant_low(n):
    b = Batch(n, T0(2026, 7, 14, 13, 5, 0), 1800, "driving")
    on = 200
    sg = Sig(b, "hvac_refrig.csv", 1.0, tcol="epoch")

    def plo(t, c, r):
        return max(0.7, 3.2 - ramp(t, on, 1100, 2.4)) + r.gauss(0, 0.04)
    st = {}

    def comp(t, c, r):
        p = plo(t, c, r)
        if p < 1.2 or st.get("lock"):
            st["lock"] = True
            return 0
        return 4200 + (3.2 - p) * 1400 + r.gauss(0, 30)
    sg.col("amb_c", walk(33, 0.01), "{:.1f}").col("p_lo_bar", plo, "{:.2f}")
    sg.col("p_hi_bar", lambda t, c, r: 0 if st.get("lock") else 16 - ramp(t, on, 1100, 4.5) + r.gauss(0, 0.1), "{:.1f}")
    sg.col("ecomp_rpm", comp, "{:.0f}").col("superheat_k", lambda t, c, r: 6 + ramp(t, on, 1100, 19) + r.gauss(0, 0.3), "{:.1f}")
    sg.col("cabin_c", lambda t, c, r: 23 + (ramp(t, 950, 1800, 9) if st.get("lock") else ramp(t, on, 950, 2.5)), "{:.1f}")
    sg.col("batt_chiller", lambda t, c, r: "OFF" if st.get("lock") else "ON", "{}")
    hv = Log(b, "hvac.log", "syslog", clock=LOCAL(2), host="tms")
    hv.noise([p for p in P["tms"] if "eCompressor" not in p[3]], 420)
    hv.at(0.53, "E", "hvac-ctl", "suction p 1.18bar < 1.2bar, ecomp lockout (prot.), DTC B10A2-16")
    hv.at(0.531, "W", "hvac-ctl", "chiller path unavailable -> battery cooling via radiator only")
    hv.at(0.532, "W", "hvac-ctl", "AC Aus: Kältemittel pruefen")
    hv.at(0.6, "W", "bms-tm", "battery Tmax 38C, no chiller, request P_lim")
    vc = Log(b, "vcu.log", "kv", clock=Clock())
    vc.noise(P["vcu"], 500)
    vc.at(0.64, "W", "VCU/PWR", "P_lim 120kW (BMS thermal, chiller n/a)")
    b.label("thermal", "hvac", "high", ["medium"], "hvac_refrig.csv",
            "Hot day: AC suction pressure slowly sinks and superheat rises (refrigerant loss) until the HVAC controller locks out the e-compressor; cabin AC and battery chiller are lost, power derated.")
    return b


@scen
def t_truck_fan(n):
    b = Batch(n, T0(2026, 8, 3, 14, 0, 0), 2400, "driving", profile="truck")
    on = b.T(0.45)

    def ect(t, x):
        return x + ramp(t, on - b.t0, on - b.t0 + 700, 22)

    def dm(t):
        a = []
        if t > on - b.t0 + 2:
            a.append((647, 5, 3))
        if t > on - b.t0 + 700:
            a.append((110, 16, 1))
        return a
    j1939_can(b, "j1939_can1.asc", style="asc", t1=on - 15, t2=on + 25, dm1={0x00: dm}, mods={"ect": ect})
    fl = Log(b, "fleet_telematics.jsonl", "jsonl_epoch", clock=Clock())
    fl.every(5, "I", "tlm", lambda t, r: {"spd": round(b.ctx(t)["kph"], 1), "ect_c": round(88 + ramp(t, on, on + 700, 22) + r.gauss(0, 0.2), 1),
                                           "fan_state": "on" if t < on + 4 else "fault", "amb_c": 34})
    fl.add(on + 4, "W", "ecm", {"evt": "dm1", "spn": 647, "fmi": 5, "txt": "fan drive circuit current low"})
    fl.add(on + 700, "E", "ecm", {"evt": "dm1", "spn": 110, "fmi": 16, "txt": "coolant temp high, derate"})
    fl.add(on + 705, "W", "ecm", {"evt": "engine_protect", "torque_pct": 60})
    tc = Log(b, "fleetbox_syslog", "syslog", clock=LOCAL(2), host="fleetbox")
    tc.noise(P["tcu"] + P["linux"][:5], 360)
    b.label("thermal", "radiator", "high", ["critical"], "j1939_can1.asc",
            "Hot-day truck: the radiator fan clutch drive goes open-circuit (SPN 647 FMI 5) and coolant temperature creeps from 88 to 110C until the ECM sets SPN 110 FMI 16 and derates torque.")
    return b


@scen
def t_compute_overtemp(n):
    b = Batch(n, T0(2026, 9, 2, 20, 15, 0), 1500, "driving", profile="city")
    on = 300
    sg = Sig(b, "compute_health.csv", 1.0, tcol="epoch")
    sg.col("fan1_rpm", lambda t, c, r: (5200 + r.gauss(0, 40)) if t < on else max(0, 5200 - (t - on) * 900) + r.uniform(0, 5), "{:.0f}")
    sg.col("fan2_rpm", lambda t, c, r: 5150 + r.gauss(0, 40) + (ramp(t, on, on + 10, 900)), "{:.0f}")
    sg.col("gpu0_c", lambda t, c, r: 64 + r.gauss(0, 0.5) + ramp(t, on, on + 700, 31), "{:.1f}")
    sg.col("gpu1_c", lambda t, c, r: 62 + r.gauss(0, 0.5) + ramp(t, on, on + 700, 24), "{:.1f}")
    sg.col("cpu_pkg_c", lambda t, c, r: 58 + r.gauss(0, 0.5) + ramp(t, on, on + 700, 20), "{:.1f}")
    sg.col("gpu0_clk_mhz", lambda t, c, r: 1800 if t < on + 520 else max(900, 1800 - (t - on - 520) * 6), "{:.0f}")
    sg.col("inlet_c", walk(31, 0.02), "{:.1f}")
    dm = Log(b, "dmesg.txt", "dmesg")
    dm.noise(P["dmesg"], 420)
    dm.add(b.t0 + on + 520, "W", "", "nvidia-smi[thermal]: GPU0 slowdown threshold reached (91C), clocks reduced")
    dm.add(b.t0 + on + 640, "W", "", "CPU0: Core temperature above threshold, cpu clock throttled")
    ro = Log(b, "ros_console.log", "ros", clock=Clock())
    ro.noise(P["ros"], 1000, t2=b.t0 + on + 640)
    ro.noise(ROS_STOP, 300, t1=b.t0 + on + 640)
    ro.add(b.t0 + on + 560, "W", "/perception/lidar_det", "inference 78.4 ms > budget 50 ms")
    ro.add(b.t0 + on + 600, "E", "/system/monitor", "perception latency degraded 3/3 windows, request MRM")
    ro.add(b.t0 + on + 601, "W", "/planning/mrm", "MRM: comfortable stop, pulling to shoulder")
    ro.add(b.t0 + on + 640, "I", "/planning/mrm", "vehicle stopped, hazard on, remote ops notified")
    b.label("thermal", "overtemp", "critical", ["high"], "compute_health.csv",
            "Robotaxi: compute box fan 1 stops, GPU/CPU temperatures climb and the GPU throttles; perception latency blows its budget and the stack performs a minimal-risk stop.")
    return b


# ============================================================================= BRAKES / CHASSIS
@scen
def c_wss_rl_cascade(n):
    b = Batch(n, T0(2026, 11, 15, 17, 50, 0), 1500, "driving")
    tt = b.T(0.55)
    es = Log(b, "esc_dlt.txt", "dlt", clock=LOCAL(1, skew=2.3), ecu="ESC1")
    es.noise(P["chassis"], 1000)
    es.add(tt, "W", "ESC/WSS", f"RL: no edges for 180ms while FL/FR/RR {b.ctx(tt)['v']:.1f} m/s")
    es.add(tt + 0.2, "E", "ESC/WSS", "RL signal lost (active sensor current 0.0mA, exp 7/14mA)")
    es.add(tt + 0.21, "E", "ESC/DTC", "dtc C003531 (0x403531) RL whl spd no signal -> confirmed")
    es.add(tt + 0.25, "E", "ESC/FN", "ABS degraded to EBD-only, ESC/TCS OFF, HHC OFF")
    es.add(tt + 0.3, "W", "ESC/FN", "vehicle speed substitute from 3 wheels, quality LOW")
    vc = Log(b, "adas_vcu.log", "kv", clock=Clock())
    vc.noise(P["adas"] + P["vcu"], 800)
    flood = ["ACC: ESC_STAT invalid -> ACC off, driver takeover request", "LKA: unavailable (ESC off)",
             "AEB: brake jerk not available, warning-only mode", "EPB: dynamic braking mode degraded",
             "VCU: regen blended braking off (ESC not available)", "cluster: ABS+ESC lamps ON, chime 3x",
             "TSR: ok", "HDC unavailable", "ACC resume blocked: ESC fault", "AEB warning-only"]
    for k in range(60):
        m = flood[k % len(flood)]
        vc.add(tt + 0.4 + k * 4.5 + vc.rng.uniform(0, 2), "E" if "off" in m or "unavail" in m else "W", m.split(":")[0], m)
    def whl(t, k, c, r):
        v = int(c["kph"] * 100)
        rl = 0xFFFE if t > tt - b.t0 else v + r.randint(-5, 5)
        return [v >> 8, v & 0xFF, (v + 3) >> 8, (v + 3) & 0xFF, rl >> 8, rl & 0xFF, v >> 8, v & 0xFF]
    ev_can(b, "can_chassis.candump", t1=tt - 20, t2=tt + 20, iface="can1", extra_ids=[(0x0C0, 0.05, whl)])
    b.label("brakes_chassis", "abs", "critical", ["high"], "esc_dlt.txt",
            "Rear-left wheel speed sensor signal drops out while driving (sensor current 0 mA); ABS falls back to EBD, ESC/TCS off and ACC/LKA/AEB degrade in a flood of follow-up messages.")
    return b


@scen
def c_eps_torque_sensor(n):
    b = Batch(n, T0(2026, 11, 12, 9, 0, 0), 1200, "driving")
    on = 380
    sg = Sig(b, "eps_signals.csv", 0.4, tcol="boot_ms")
    st = {}

    def ta(t, c, r):
        st["tq"] = 1.2 * math.sin(t / 3.1) * (0.5 + 0.5 * math.sin(t / 47)) + r.gauss(0, 0.05)
        return st["tq"]

    def tb(t, c, r):
        drift = 0 if t < on else min(2.6, (t - on) * 0.012)
        return st["tq"] + drift + r.gauss(0, 0.05)
    sg.col("v_kph", sp_kph, "{:.1f}").col("tq_a_nm", ta, "{:.3f}").col("tq_b_nm", tb, "{:.3f}")
    sg.col("assist_a", lambda t, c, r: (abs(st["tq"]) * 18 if t < on + 210 else abs(st["tq"]) * 5) + r.gauss(0, 0.2), "{:.1f}")
    sg.col("motor_c", walk(41, 0.01), "{:.1f}")
    sg.col("mode", lambda t, c, r: "NORMAL" if t < on + 210 else "FALLBACK", "{}")
    ep = Log(b, "eps.log", "plain", clock=LOCAL(1))
    ep.noise([p for p in P["chassis"] if p[2] != "EPS"] + [(3, "I", "EPS", "rack pos {f:-40:40:1}mm, end-stop soft ok")], 560)
    ep.add(b.t0 + on + 210, "E", "EPS", "TS A/B plausibility dev 2.5Nm>2.4Nm for 200ms -> TS_B invalid")
    ep.add(b.t0 + on + 210.1, "W", "EPS", "fallback: assist limited 30%, single-channel")
    ep.add(b.t0 + on + 210.4, "W", "EPS", "LKA/steer-by-request rejected (EPS degraded)")
    ep.add(b.t0 + on + 211, "E", "EPS", "DTC C1B12-64 conf., yellow lamp")
    cl = Log(b, "cluster.log", "logcat", clock=LOCAL(1))
    cl.noise(P["android"][:4], 420)
    cl.add(b.t0 + on + 211.5, "W", "Telltale", "EPS_YELLOW on, popup 'Lenkunterstützung eingeschränkt'")
    b.label("brakes_chassis", "eps", "high", ["critical"], "eps_signals.csv",
            "EPS dual torque sensor: channel B drifts away from A for minutes until the plausibility check trips; steering assist falls back to 30% and lane-keeping is rejected.")
    return b


@scen
def c_tpms_slow_leak(n):
    b = Batch(n, T0(2026, 11, 14, 10, 30, 0), 2700, "driving")
    tp = Log(b, "tpms_rx.jsonl", "jsonl", clock=LOCAL(1))
    ids = {"FL": "0x1A4F22C1", "FR": "0x1A4F2A07", "RL": "0x1A4F1D93", "RR": "0x1A4F3B55"}

    def rec(whl):
        def f(t, r):
            rel = t - b.t0
            p = 2.55 + rel / 2700 * 0.12
            if whl == "RR":
                p -= rel / 2700 * 0.82
            return {"whl": whl, "id": ids[whl], "p_kpa": round(p * 100 + r.gauss(0, 0.6), 1), "t_c": round(9 + rel / 300 + r.gauss(0, 0.2), 1),
                    "batt": "ok", "rssi": -r.randint(62, 88)}
        return f
    for w in ids:
        tp.every(30 + stable(w, 7), "I", "tpms", rec(w))
    tp.at(0.86, "W", "tpms", {"evt": "warn", "whl": "RR", "txt": "pressure low (<20% vs placard 2.5bar)"})
    tp.at(0.861, "I", "cluster", {"evt": "telltale", "id": "TPMS", "state": "on"})
    bc = Log(b, "bcm.log", "syslog", clock=LOCAL(1), host="bcm")
    bc.noise(P["body"] + P["chassis"][:2], 520)
    routine(b, "hu")
    b.label("brakes_chassis", "tpms", "low", ["medium"], "tpms_rx.jsonl",
            "Rear-right tyre loses ~80 kPa over the drive while the others warm up and gain pressure; TPMS warning only comes near the end. Logged warning, no intervention.")
    return b


@scen
def c_air_susp_leak(n):
    b = Batch(n, T0(2026, 11, 10, 16, 0, 0), 2000, "driving")
    sg = Sig(b, "air_suspension.csv", 1.0, tcol="rel")
    on = 250
    st = {"duty": 0.0, "tank": 16.0}

    def fr(t, c, r):
        return -ramp(t, on, 1300, 44) + r.gauss(0, 0.6) + (ramp(t, 1300, 1310, 0))

    def comp(t, c, r):
        run = t > on and (t % 90) < (20 + ramp(t, on, 1300, 70))
        st["tank"] += (0.05 if run else -0.01)
        st["tank"] = min(16, max(6, st["tank"]))
        return "1" if run and t < 1300 else "0"
    sg.col("v_kph", sp_kph, "{:.0f}").col("h_fl_mm", lambda t, c, r: r.gauss(0, 0.6), "{:.1f}").col("h_fr_mm", fr, "{:.1f}")
    sg.col("h_rl_mm", lambda t, c, r: r.gauss(0, 0.6), "{:.1f}").col("h_rr_mm", lambda t, c, r: r.gauss(0, 0.6), "{:.1f}")
    sg.col("compressor_on", comp, "{}").col("comp_t_c", lambda t, c, r: 40 + ramp(t, on, 1300, 72) - ramp(t, 1300, 2000, 40), "{:.0f}")
    sg.col("tank_bar", lambda t, c, r: st["tank"], "{:.1f}")
    su = Log(b, "chassis_ctrl.log", "plain_date", clock=LOCAL(1))
    su.noise([(5, "I", "ASU", "level ctl {c:NORMAL|NORMAL|HIGHWAY} target {c:0|0|-15}mm"),
              (3, "D", "ASU", "valve block {c:FL|FR|RL|RR} pulse {i:40:120}ms"), (2, "I", "ASU", "damper map {c:comfort|auto}")] + P["chassis"][:3], 640)
    su.add(b.t0 + 1300, "E", "ASU", "Kompressor Übertemperatur 112C, Laufzeitlimit -> Niveauregulierung deaktiviert")
    su.add(b.t0 + 1301, "W", "ASU", "FR corner -44mm below target, leak suspected (refill rate > model)")
    su.add(b.t0 + 1302, "W", "ASU", "speed limit advisory 80kph, HMI 'Fahrwerk Störung'")
    su.add(b.t0 + 1303, "E", "ASU", "DTC C1A57 conf. (level control deactivated)")
    cl = Log(b, "cluster.log", "logcat", clock=LOCAL(1))
    cl.noise(P["android"][:5], 380)
    b.label("brakes_chassis", "suspension", "high", ["medium"], "air_suspension.csv",
            "Front-right air spring leaks: that corner sags progressively and the compressor duty cycle grows until it overheats; level control is deactivated with an 80 km/h advisory.")
    return b


@scen
def c_robotaxi_bbw(n):
    b = Batch(n, T0(2026, 10, 5, 3, 40, 0), 1200, "driving", profile="city")
    tt = b.T(0.58)
    bk = Log(b, "brake_ctrl.log", "journal", clock=Clock(), host="bbw")
    bk.noise([(6, "I", "bbw-main", "p_cmd={f:0:40:1}bar p_act_a={f:0:40:1} p_act_b={f:0:40:1} ch=A+B"),
              (3, "D", "bbw-main", "pedal sim {f:0:20:1}% (unused, AD mode)"), (2, "I", "bbw-safety", "cross-check A/B ok seq={i:1000:99999}")], 900)
    bk.add(tt, "E", "bbw-safety", "channel B: pressure sensor PS2 stuck 11.4bar for 320ms while p_cmd changed")
    bk.add(tt + 0.05, "E", "bbw-safety", "channel B marked unavailable, redundancy LOST (A only)")
    bk.add(tt + 0.06, "W", "bbw-main", "report to ADS: BRAKE_REDUNDANCY=0")
    ro = Log(b, "ros_console.log", "ros", clock=Clock())
    ro.noise(P["ros"], 1000, t2=tt + 9)
    ro.noise(ROS_STOP, 300, t1=tt + 9)
    ro.add(tt + 0.2, "E", "/vehicle/interface", "brake redundancy lost -> fail-operational budget exceeded")
    ro.add(tt + 0.25, "W", "/planning/mrm", "MRM: emergency lane stop, decel 2.5 m/s2")
    ro.add(tt + 9, "I", "/planning/mrm", "vehicle stopped, EPB applied, hazard on")
    ro.add(tt + 10, "I", "/system/remote_ops", "teleop session requested")
    sg = Sig(b, "vehicle_status.csv", 0.5, tcol="epoch", clock=Clock())
    sg.col("v_mps", lambda t, c, r: c["v"] if t < tt - b.t0 else max(0, c["v"] - (t - (tt - b.t0)) * 2.5), "{:.2f}")
    sg.col("brake_p_bar", lambda t, c, r: max(0, -c["a"]) * 8 + r.uniform(0, 0.2), "{:.1f}")
    sg.col("ads_mode", lambda t, c, r: "AUTONOMOUS" if t < tt - b.t0 else "MRM", "{}")
    b.label("brakes_chassis", "brakes", "critical", ["high"], "brake_ctrl.log",
            "Robotaxi brake-by-wire channel B pressure sensor freezes; redundancy is lost and the automated stack performs an in-lane minimal-risk stop.")
    return b


# ============================================================================= BODY
@scen
def d_srs_squib(n):
    b = Batch(n, T0(2026, 11, 13, 7, 20, 0), 1400, "driving")
    u = Uds(b, "remote_diag_session.txt", clock=Clock())
    u.log.at(0.0, "I", "DIAG", "backend remote scan (periodic health), vehicle in motion: read-only services")
    u.scan(b.T(0.001), ecu_list(EV_ECUS, {"SRS": [("B0028-1B", 0x2F), ("B1932-00", 0x28)], "BCM": [("B1A01-11", 0x28)]}))
    cl = Log(b, "cluster.log", "logcat", clock=LOCAL(1))
    cl.noise(P["android"], 700)
    cl.at(0.02, "W", "Telltale", "AIRBAG lamp req from SRS=ON (steady)")
    cl.at(0.021, "I", "Telltale", "PASS AIRBAG OFF indicator: off (occupant classified adult)")
    cl.every(60, "W", "Telltale", "AIRBAG lamp ON (latched)", t1=b.T(0.03))
    ev_can(b, "can_body.candump", t1=b.T(0.3), t2=b.T(0.3) + 40, iface="can2", extra_ids=[
        (0x050, 0.5, lambda t, k, c, r: [0x00, 0x81, 0x02, 0x00, 0x00, 0x00, k & 0xF, 0x00])])
    b.label("body", "airbag", "high", ["critical"], "remote_diag_session.txt",
            "Only the UDS hex dump shows it: SRS reports B0028-1B (passenger frontal stage-2 squib resistance above threshold) confirmed and failing, airbag lamp latched on; that restraint may not deploy.")
    return b


@scen
def d_sliding_door(n):
    b = Batch(n, T0(2026, 11, 11, 8, 10, 0), 1800, "driving", profile="city")
    bc = Log(b, "bcm_van.log", "syslog", clock=LOCAL(1), host="bcm")
    bc.noise(P["body"], 700)
    on = b.T(0.3)
    t = on
    k = 0
    while t < b.T(0.95):
        if b.ctx(t)["kph"] > 15:
            bc.add(t, "W", "doorctl", "SLD_R latch sw: CLOSED->AJAR (pawl sw bounce?)")
            bc.add(t + bc.rng.uniform(0.05, 0.4), "I", "doorctl", "SLD_R latch sw: AJAR->CLOSED")
            k += 1
        t += bc.rng.uniform(20, 90)
    bc.at(0.31, "W", "doorctl", "SLD_R ajar while v>5kph -> chime + popup")
    bc.at(0.5, "I", "doorctl", "SLD_R debounce raised 50->200ms (adaptive)")
    bc.at(0.51, "W", "doorctl", f"SLD_R ajar events this cycle: {k // 2}")
    cl = Log(b, "cluster_events.log", "plain", clock=LOCAL(1))
    cl.every(5, "I", "IC", lambda t, r: f"spd={b.ctx(t)['kph']:.0f} odo=48211 popup={'DOOR_R' if r.random() < 0.02 and t > on else 'none'}")
    routine(b, "tcu")
    b.label("body", "doors", "low", ["medium"], "bcm_van.log",
            "Van sliding door latch switch bounces between closed and ajar at speed, giving chimes and popups; door stays mechanically shut, only a nuisance warning.")
    return b


@scen
def d_lowbeam_led(n):
    b = Batch(n, T0(2026, 11, 20, 17, 15, 0), 1500, "driving")
    tt = b.T(0.35)
    hl = Log(b, "lighting_dlt.txt", "dlt", clock=LOCAL(1), ecu="BCM1")
    hl.noise(P["body"] + [(4, "I", "HLM/LIN", "HL_L st=0x00 I_LB={f:1.1:1.3:2}A T_drv={i:38:55}C"),
                          (4, "I", "HLM/LIN", "HL_R st=0x00 I_LB={f:1.1:1.3:2}A T_drv={i:38:55}C")], 1000, t2=tt)
    hl.noise(P["body"] + [(4, "I", "HLM/LIN", "HL_L st=0x41 I_LB=0.00A T_drv={i:38:44}C"),
                          (4, "I", "HLM/LIN", "HL_R st=0x00 I_LB={f:1.1:1.3:2}A T_drv={i:38:55}C")], 700, t1=tt)
    hl.add(tt, "E", "HLM/LIN", "HL_L: LED string LB open load (U_str 38.7V, I 0mA), driver off")
    hl.add(tt + 0.1, "W", "HLM/FN", "LB left failed -> DRL left dimmed as substitute, AFS left off")
    hl.add(tt + 0.3, "E", "HLM/DTC", "B1603-13 left low beam circuit open, confirmed")
    hl.add(tt + 0.4, "W", "HLM/FN", "HMI 'Abblendlicht links defekt'")
    hl.add(tt + 60, "I", "BCM/LS", "light sensor 3 lux, auto headlight ON")
    cl = Log(b, "cluster.log", "logcat", clock=LOCAL(1))
    cl.noise(P["android"][:5], 500)
    cl.add(tt + 0.5, "W", "Telltale", "bulb failure icon on (LB_L)")
    routine(b, "chassis")
    b.label("body", "lighting", "high", ["medium", "critical"], "lighting_dlt.txt",
            "At dusk the left low-beam LED string goes open load; the headlamp module switches it off and substitutes DRL. Low beam function lost on one side while driving at night.")
    return b


@scen
def d_cluster_backlight(n):
    b = Batch(n, T0(2026, 11, 9, 12, 0, 0), 1300, "driving")
    tt = b.T(0.45)
    dm = Log(b, "ic_dmesg.txt", "dmesg")
    dm.noise(P["dmesg"], 500)
    dm.add(tt - 40, "W", "", "lp8860 4-002d: LED fault status 0x04 (string 3 open), cleared")
    dm.add(tt - 12, "W", "", "lp8860 4-002d: LED fault status 0x0c (strings 3,4 open)")
    dm.add(tt, "E", "", "lp8860 4-002d: boost OVP fault, backlight disabled by device")
    dm.add(tt + 0.5, "E", "", "lp8860 4-002d: re-enable failed (-5), giving up")
    dm.add(tt + 0.6, "I", "", "panel-simple dsi0: still scanning out, backlight=0")
    lc = Log(b, "ic_logcat.txt", "logcat", clock=LOCAL(1))
    lc.noise(P["android"], 800)
    lc.add(tt + 1, "E", "ClusterHal", "backlight feedback 0 nit, requested 420 nit")
    lc.add(tt + 1.2, "W", "ClusterHal", "display-failure fallback: speed+telltales to HUD")
    lc.add(tt + 1.5, "W", "HudService", "mirror mode CLUSTER_FALLBACK active")
    lc.add(tt + 3, "E", "Telltale", "telltale visibility cannot be verified on IC (safety monitor)")
    routine(b, "vcu")
    b.label("body", "hmi", "high", ["critical", "medium"], "ic_dmesg.txt",
            "Instrument cluster backlight LED driver reports open strings, then a boost over-voltage shutdown; the cluster goes dark while driving and speed/telltales move to the HUD fallback.")
    return b


@scen
def d_seat_hall(n):
    b = Batch(n, T0(2026, 11, 8, 9, 30, 0), 600, "parked")
    st = Log(b, "seat_ecu.log", "tplus", clock=Clock())
    st.every(1.0, "D", "SEAT", lambda t, r: f"idle pos fore={2140} height={655} tilt={410} back={1288} (hall cnt)")
    on = b.T(0.3)
    st.add(on, "I", "SEAT", "memory recall P2 by door button, targets fore=1880 height=700")
    st.add(on + 0.2, "I", "SEAT", "motor FORE move -, I=3.1A")
    st.add(on + 1.1, "E", "SEAT", "FORE hall pulses 0 for 400ms while I=3.4A -> hall sensor fault")
    st.add(on + 1.12, "W", "SEAT", "FORE motor stop, memory function blocked")
    st.add(on + 1.2, "E", "SEAT", "DTC B2740-29 (seat fore/aft position sensor) conf")
    st.add(on + 30, "I", "SEAT", "manual switch FORE-: move (no position), memory disabled")
    st.add(on + 32, "W", "SEAT", "easy-entry function disabled (pos unknown)")
    bc = Log(b, "bcm.log", "syslog", clock=LOCAL(1), host="bcm")
    bc.noise(P["body"], 340)
    routine(b, "tcu")
    b.label("body", "seats", "medium", ["low", "high"], "seat_ecu.log",
            "While parked a memory recall moves the driver seat but the fore/aft hall sensor delivers no pulses; the seat ECU stops the motor and disables memory/easy-entry (feature lost, parked).")
    return b


# ============================================================================= ADAS / PERCEPTION
@scen
def a_lidar_degrade(n):
    b = Batch(n, T0(2026, 10, 12, 22, 5, 0), 1500, "driving", profile="city")
    on = 420
    sg = Sig(b, "lidar_health.csv", 1.0, tcol="epoch")
    sg.col("pts_top", lambda t, c, r: 172000 * (1 - ramp(t, on, 1100, 0.58)) + r.gauss(0, 900), "{:.0f}")
    sg.col("pts_front", lambda t, c, r: 88000 + r.gauss(0, 500), "{:.0f}")
    sg.col("max_range_top_m", lambda t, c, r: 198 - ramp(t, on, 1100, 121) + r.gauss(0, 2), "{:.1f}")
    sg.col("rpm_top", lambda t, c, r: 600 + r.gauss(0, 0.5), "{:.1f}")
    sg.col("window_t_c", walk(14, 0.02), "{:.1f}").col("rain_mm_h", lambda t, c, r: "0.0", "{}")
    sg.col("blocked_sectors", lambda t, c, r: str(int(ramp(t, on, 1100, 9))), "{}")
    ro = Log(b, "ros_console.log", "ros", clock=Clock())
    ro.noise(P["ros"], 1300)
    ro.at(0.62, "W", "/perception/lidar_det", "lidar_top far-field returns sparse, detection range 90m")
    ro.at(0.7, "W", "/system/monitor", "lidar_top DEGRADED (point density 48% of nominal)")
    ro.at(0.701, "W", "/planning/behavior", "ODD restriction: v_max 8.0 m/s, no unprotected lefts")
    ro.at(0.75, "I", "/system/remote_ops", "ticket auto-created: sensor cleaning needed (lidar_top)")
    gl = Log(b, "perception.INFO", "glog", clock=LOCAL(-7))
    gl.noise([(5, "I", "fusion_core.cc", "fused objs={i:8:40} lidar_only={i:0:6} cam_only={i:0:9}"),
              (3, "I", "tracker.cc", "track births={i:0:6} deaths={i:0:6}"), (2, "W", "calib_check.cc", "cam_left reproj err {f:0.4:1.1:2}px")], 600)
    gl.at(0.66, "W", "fusion_core.cc", "lidar_top contribution dropping (weight 0.41), cam+radar carry far objects")
    b.label("adas_perception", "lidar", "high", ["medium"], "lidar_health.csv",
            "Robotaxi roof lidar loses point density and range progressively in dry weather (window contamination, blocked sectors grow) while the motor is fine; stack declares it degraded and limits speed/ODD.")
    return b


@scen
def a_camera_csi(n):
    b = Batch(n, T0(2026, 11, 3, 15, 45, 0), 1200, "driving")
    tt = b.T(0.4)
    dm = Log(b, "adas_dmesg.txt", "dmesg")
    dm.noise(P["dmesg"], 520)
    for k in range(9):
        dm.add(tt + k * 18 + dm.rng.uniform(0, 5), "W", "", f"tegra-camrtc-capture-vi tegra-capture-vi: corr_err: discarding frame {1200 + k * 611}, flags: 0 err_data 131072")
    dm.add(tt - 30, "W", "", "nvcsi 15a00000.nvcsi: csi port 2 lane 1 ECC single-bit corrected")
    dm.add(tt + 170, "E", "", "tegra-camrtc-capture-vi: uncorr_err: request timed out after 2500 ms (cam_front ch 0)")
    dm.add(tt + 171, "E", "", "max9296 30-0048: GMSL link B lock lost")
    dm.add(tt + 172, "I", "", "max9296 30-0048: GMSL link B locked")
    dm.add(tt + 260, "E", "", "max9296 30-0048: GMSL link B lock lost")
    ad = Log(b, "adas_app.log", "journal", clock=LOCAL(1), host="adcu")
    ad.noise(P["adas"], 900)
    ad.add(tt + 172.5, "E", "camera_front", "frame gap 2.6s, stream restart")
    ad.add(tt + 173, "W", "lka", "LKA/LCA unavailable: front camera invalid")
    ad.add(tt + 178, "I", "camera_front", "stream up again, sync pending")
    ad.add(tt + 262, "E", "camera_front", "frame gap, stream restart 2/2 failed -> camera disabled for cycle")
    ad.add(tt + 263, "W", "acc", "ACC: radar-only mode, TSR off, LKA off for this ignition")
    ad.add(tt + 264, "W", "hmi", "Assistenzsysteme eingeschraenkt: Frontkamera")
    routine(b, "chassis")
    b.label("adas_perception", "camera", "high", ["medium"], "adas_dmesg.txt",
            "Front camera link (GMSL/CSI) shows ECC and corrupted frames, then loses lock twice; ADAS disables the front camera, LKA/TSR off and ACC in radar-only mode for the rest of the drive.")
    return b


@scen
def a_radar_misalign(n):
    b = Batch(n, T0(2026, 11, 6, 13, 0, 0), 2200, "driving", profile="highway")
    rd = Log(b, "radar_fc.log", "uptime_ms", clock=BOOT(b.t0 - 6.4))
    on = b.T(0.15)

    def al(t, r):
        rel = max(0, t - on)
        return (f"autoalign el={0.2 + min(3.1, rel * 0.0022):.2f}deg az={0.1 + r.gauss(0, 0.03):.2f}deg "
                f"q={'HIGH' if rel < 300 else 'MED'} tgt_used={r.randint(20, 90)}")
    rd.every(5.0, "I", "ALN", al)
    rd.noise([(5, "I", "TRK", "tracks={i:6:48} closest={f:8:140:1}m"), (2, "W", "IF", "interference mitigation frame {i:1:400}"),
              (2, "D", "RF", "chirp cfg {i:1:3} T_mmic={i:48:68}C")], 500)
    t_warn = on + (1.5 - 0.2) / 0.0022
    t_fail = on + (2.5 - 0.2) / 0.0022
    rd.add(t_warn, "W", "ALN", "elevation offset 1.5deg > 1.5 soft limit, range derate 85%")
    rd.add(t_fail, "E", "ALN", "elevation misalignment 2.5deg: FUNC_ACC/AEB not available, DTC C1D11-54")
    ad = Log(b, "adas_app.jsonl", "jsonl", clock=Clock())
    ad.noise([(6, "I", "acc", "set=120 act={i:95:122} gap=3"), (3, "I", "aeb", "armed, ttc_min={f:2:9:1}s"),
              (3, "I", "lka", "active lane_q={c:high|high|mid}")], 900)
    ad.add(t_fail + 0.3, "E", "acc", {"msg": "radar not available", "action": "ACC off, takeover"})
    ad.add(t_fail + 0.4, "E", "aeb", {"msg": "AEB unavailable (radar)", "fcw": "camera-only"})
    ad.add(t_fail + 1, "W", "hmi", {"msg": "Radarsensor: Sicht eingeschraenkt / Werkstatt"})
    routine(b, "vcu")
    b.label("adas_perception", "radar", "high", ["critical", "medium"], "radar_fc.log",
            "Front radar's own auto-alignment shows the elevation offset growing (bracket/bumper shifted) until it exceeds 2.5 deg; ACC and AEB become unavailable, FCW camera-only.")
    return b


@scen
def a_gnss_antenna(n):
    b = Batch(n, T0(2026, 10, 20, 9, 30, 0), 1500, "driving", profile="city")
    tt = b.T(0.33)
    gr = Log(b, "gnss_receiver.log", "plain", clock=Clock())
    lat, lon = 37.7749, -122.4194

    def g(t, r):
        bad = t > tt
        return gga(t, lat + (t - b.t0) * 1e-5, lon + (t - b.t0) * 1.2e-5, (1 if r.random() < 0.3 else 0) if bad else 4,
                   r.randint(3, 5) if bad else r.randint(16, 24), r.uniform(4, 9) if bad else r.uniform(0.5, 0.9))
    gr.every(1.0, "RAW", "", g, jitter=0.0)
    gr.add(tt - 0.5, "W", "UBX", "MON-RF blk0 antStatus=SHORT antPower=OFF jamInd=3 agcCnt=120")
    gr.every(30, "W", "UBX", "MON-RF blk0 antStatus=SHORT antPower=OFF", t1=tt + 1)
    lc = Sig(b, "localization_diag.csv", 1.0, tcol="epoch")
    lc.col("v_mps", lambda t, c, r: c["v"], "{:.2f}")
    lc.col("cov_xy_m2", lambda t, c, r: (0.004 if t < tt - b.t0 else 0.004 + min(1.6, (t - (tt - b.t0)) * 0.004)) + r.uniform(0, 0.002), "{:.4f}")
    lc.col("ndt_score", lambda t, c, r: r.uniform(0.7, 1.1) + (ramp(t, 600, 1500, 0.9)), "{:.3f}")
    lc.col("gnss_q", lambda t, c, r: "RTK_FIX" if t < tt - b.t0 else "NONE", "{}")
    ro = Log(b, "ros_console.log", "ros", clock=Clock())
    ro.noise(P["ros"], 1200)
    ro.add(tt + 5, "W", "/localization/gnss_monitor", "GNSS quality NONE outside tunnel zone, ignoring gnss")
    ro.add(tt + 400, "W", "/localization/ekf", "cov_xy 1.6 m2 > 1.0 (lidar matching in open area weak)")
    ro.add(tt + 401, "W", "/planning/behavior", "localization degraded -> v_max 5 m/s, return to depot")
    b.label("adas_perception", "gnss", "high", ["medium"], "gnss_receiver.log",
            "GNSS antenna feed short-circuits (u-blox MON-RF antStatus SHORT) outside any tunnel; fix drops to none, localization covariance grows and the robotaxi limits speed and returns to depot.")
    return b


@scen
def a_loc_divergence(n):
    b = Batch(n, T0(2026, 10, 28, 11, 10, 0), 1200, "driving", profile="city")
    tt = b.T(0.5)
    lc = Sig(b, "ndt_localizer.csv", 0.5, tcol="epoch")
    lc.col("v_mps", lambda t, c, r: c["v"] if t < tt - b.t0 + 30 else max(0, c["v"] - (t - tt + b.t0 - 30) * 2), "{:.2f}")
    lc.col("ndt_score", lambda t, c, r: max(0.05, r.uniform(1.6, 2.3) - ramp(t, tt - b.t0 - 60, tt - b.t0 + 20, 1.8)), "{:.3f}")
    lc.col("nvtl", lambda t, c, r: max(0.5, r.uniform(2.4, 2.9) - ramp(t, tt - b.t0 - 60, tt - b.t0 + 20, 2.0)), "{:.3f}")
    lc.col("gnss_ndt_dx_m", lambda t, c, r: r.gauss(0, 0.05) + ramp(t, tt - b.t0 - 60, tt - b.t0 + 20, 2.7), "{:.2f}")
    lc.col("iters", lambda t, c, r: str(r.randint(2, 5) if t < tt - b.t0 - 30 else 30), "{}")
    ro = Log(b, "ros_console.log", "ros", clock=Clock())
    ro.noise(P["ros"], 800, t2=tt + 20)
    ro.noise(ROS_STOP, 300, t1=tt + 20)
    ro.add(tt - 70, "I", "/map/loader", "loaded pcd tiles 88122,88123 (survey 2026-03)")
    ro.add(tt - 20, "W", "/localization/ndt", "max iterations reached (30), score 0.62")
    ro.add(tt + 20, "E", "/localization/ndt", "NDT diverged: score 0.31, gnss-ndt 2.7m lateral")
    ro.add(tt + 21, "E", "/system/monitor", "localization UNRELIABLE -> MRM")
    ro.add(tt + 22, "W", "/planning/mrm", "MRM comfortable stop in lane")
    ro.add(tt + 37, "I", "/planning/mrm", "stopped, awaiting remote assistance")
    ro.add(tt + 300, "I", "/system/remote_ops", "operator note: new construction hoarding, map tile 88123 outdated")
    tp = Log(b, "teleop_session.jsonl", "jsonl_epoch", clock=Clock())
    tp.every(1.0, "I", "teleop", lambda t, r: {"link": "lte", "rtt_ms": r.randint(60, 140), "video_kbps": r.randint(1800, 4200)}, t1=tt + 40)
    tp.add(tt + 41, "I", "teleop", {"evt": "session_start", "op": "op-217"})
    b.label("adas_perception", "localization", "critical", ["high"], "ndt_localizer.csv",
            "Lidar/NDT localization score and NVTL sink while GNSS-vs-NDT offset grows (scene changed vs the map); NDT diverges and the robotaxi makes an in-lane minimal-risk stop.")
    return b


# ============================================================================= CONNECTIVITY / NETWORK
@scen
def n_gateway_reboot(n):
    b = Batch(n, T0(2026, 11, 4, 7, 55, 0), 1400, "driving")
    tt = b.T(0.52)
    gw = Log(b, "cgw_console.log", "plain", clock=Clock(off=-41.7), host="cgw")  # RTC not NTP-disciplined
    gw.noise(P["gw"], 560)
    gw.add(tt - 0.004, "F", "os", "HardFault: CFSR=0x00008200 BFAR=0x2001FFFC PC=0x0801A3C4 LR=0x08019F7B task=RT_ROUTE")
    gw.add(tt - 0.003, "F", "os", "dump to NVM slot 2, reset")
    gw.add(tt + 1.9, "I", "boot", "CGW boot, reset cause=SW(FAULT) cnt=1, app v41.3")
    gw.add(tt + 2.1, "I", "gw", "route table v41 loaded, all channels up")
    gw.add(tt + 2.6, "I", "gw", "nm: all nodes seen")
    vc = Log(b, "vcu_dlt.txt", "dlt", clock=LOCAL(1), ecu="VCU1")
    vc.noise(P["vcu"] + P["bms"][:3], 900)
    lost = [("ESC", "U0121"), ("EPS", "U0131"), ("BCM", "U0140"), ("IC", "U0155"), ("ADAS", "U0235"), ("TCU", "U0198"),
            ("HVAC", "U0164"), ("SRS", "U0151"), ("PARK", "U0159")]
    for k, (e, u) in enumerate(lost):
        vc.add(tt + 0.12 + k * 0.03, "E", "VCU/COM", f"timeout {e} msgs > 100ms, {u} pending")
        vc.add(tt + 0.5 + k * 0.04, "W", "VCU/COM", f"{e} substitute values active")
        vc.add(tt + 2.4 + k * 0.02, "I", "VCU/COM", f"{e} rx again, {u} test passed")
    vc.add(tt + 0.3, "W", "VCU/PWR", "v_veh from ESC invalid -> torque limited 50% (plausibility)")
    vc.add(tt + 0.31, "W", "VCU/HMI", "cluster offline, chime n/a")
    vc.add(tt + 2.7, "I", "VCU/PWR", "torque limit released")
    ad = Log(b, "adas_ecu.log", "kv", clock=LOCAL(1))
    ad.noise(P["adas"], 700)
    ad.add(tt + 0.15, "E", "acc", "ESC/VCU signals lost -> ACC off (takeover)")
    ad.add(tt + 0.16, "E", "lka", "EPS status timeout -> LKA off")
    ad.add(tt + 3.0, "I", "acc", "signals back, ACC available (not re-engaged)")
    ev_can(b, "can_pt.candump", t1=tt - 15, t2=tt + 15,
           silent={0x0B4: [(tt - 0.004, tt + 2.2)], 0x1F2: [(tt - 0.004, tt + 2.2)], 0x3B7: [(tt - 0.004, tt + 2.3)], 0x412: [(tt - 0.004, tt + 2.3)]})
    b.label("connectivity_network", "gateway", "medium", ["high"], "cgw_console.log",
            "Central gateway hits a HardFault and resets; for ~2 s every ECU routed through it goes silent on the powertrain bus (U01xx timeouts, ACC/LKA off, torque limit) then all recover.")
    return b


@scen
def n_body_can_busoff(n):
    b = Batch(n, T0(2026, 11, 7, 18, 20, 0), 1500, "driving")
    tt = b.T(0.3)
    dm = Log(b, "zone_front_dmesg.txt", "dmesg")
    dm.noise(P["dmesg"], 460)
    t = tt
    k = 0
    while t < b.T(0.9):
        dm.add(t, "W", "", f"flexcan 308d0000.can can2: bus-error (tec={min(255, 40 + k * 9)} rec={k * 3})")
        if k % 4 == 3:
            dm.add(t + 0.8, "E", "", "flexcan 308d0000.can can2: error-passive")
        if k % 8 == 7:
            dm.add(t + 1.5, "E", "", "flexcan 308d0000.can can2: bus-off")
            dm.add(t + 1.6, "I", "", "flexcan 308d0000.can can2: restarted (restart-ms 100)")
        t += dm.rng.uniform(6, 30)
        k += 1
    c = ev_can(b, "can2_body.candump", t1=b.T(0.5), t2=b.T(0.5) + 40, iface="can2", slow=2)
    for i in range(60):
        tt2 = b.T(0.5) + i * 0.66 + c.rng.uniform(0, 0.3)
        c.frame(tt2, 0x20000088, [0, 0, 0x08 if i % 3 else 0x10, 0x19, 0, 0, 0, 0], ext=True)
    bc = Log(b, "bcm.log", "syslog", clock=LOCAL(1), host="bcm")
    bc.noise(P["body"], 500)
    bc.at(0.55, "W", "bcm-com", "ZONE_F frames missing 300ms -> lights default ON, wiper last state")
    bc.at(0.556, "I", "bcm-com", "ZONE_F frames back")
    bc.at(0.8, "W", "bcm-com", "ZONE_F frames missing 400ms -> lights default ON")
    bc.at(0.801, "I", "bcm-com", "ZONE_F frames back")
    b.label("connectivity_network", "can", "medium", ["high"], "zone_front_dmesg.txt",
            "Body CAN physical-layer problem: the front zone controller logs rising bus errors (stuff/form errors), repeated error-passive and bus-off with auto-restart; body functions briefly fall back to defaults and recover.")
    return b


@scen
def n_lin_short(n):
    b = Batch(n, T0(2026, 11, 2, 14, 10, 0), 1200, "driving")
    tt = b.T(0.4)
    lt = Log(b, "lin1_trace.asc", "plain", clock=Clock())
    lt.header = ["date Mon Nov 2 02:10:00.000 pm 2026", "base hex  timestamps absolute", "// LIN channel 1, 19200 baud",
                 "Begin Triggerblock"]
    sched = [(0x21, 4), (0x22, 2), (0x23, 2), (0x30, 8), (0x31, 2)]

    def linf(t, r):
        rel = t - b.t0
        fid, dl = sched[int(rel / 0.1) % len(sched)]
        if t > tt:
            return f"{rel:11.6f} Li {'RcvError':<10} {fid:02X}   header ok, no response (bus dominant)"
        data = [r.randrange(256) if fid == 0x21 and j == 1 else (0x10 * j) & 0xFF for j in range(dl)]
        cs = (~(sum(data) % 255)) & 0xFF
        return f"{rel:11.6f} Li {fid:02X}             Rx     {dl} " + " ".join(f"{x:02X}" for x in data) + f" checksum = {cs:02X} header time = 40, full time = {60 + dl * 10}"
    lt.every(1.0, "RAW", "", linf, jitter=0.0)
    bc = Log(b, "bcm_body.log", "plain_date", clock=LOCAL(1))
    bc.noise(P["body"], 620)
    bc.add(tt + 0.3, "E", "LIN1", "bus stuck dominant > 26 ms, all slaves no response")
    for s, f in (("RLS 0x21", "auto wipers/auto lights: fallback (wiper INT manual, lights ON)"), ("MIR_L 0x22", "mirror adjust L n/a"),
                 ("MIR_R 0x23", "mirror adjust R n/a"), ("AMB 0x30", "ambient lighting off"), ("SUNR 0x31", "sunroof locked")):
        bc.add(tt + 0.5, "E", "LIN1", f"slave {s} timeout -> {f}")
    bc.add(tt + 2, "W", "LIN1", "LIN1 transceiver thermal shutdown? TXD ok, RXD low permanently")
    bc.add(tt + 5, "E", "DTC", "U1000-88 LIN1 bus off (conf)")
    cl = Log(b, "cluster.log", "logcat", clock=LOCAL(1))
    cl.noise(P["android"][:5], 380)
    cl.add(tt + 1, "W", "Telltale", "popup 'Regensensor ausgefallen'")
    b.label("connectivity_network", "lin", "high", ["medium"], "lin1_trace.asc",
            "LIN1 bus is held dominant (short to ground): every slave (rain/light sensor, mirrors, ambient, sunroof) stops answering at once; auto wipers/lights fall back and several body features are disabled.")
    return b


@scen
def n_sim_failure(n):
    b = Batch(n, T0(2026, 11, 5, 10, 0, 0), 1500, "driving")
    tt = b.T(0.2)
    md = Log(b, "modem_at.log", "plain", clock=Clock(), host="modem")
    md.noise([(5, "I", "AT", "+CSQ: {i:14:28},99"), (4, "I", "AT", "+CEREG: 1,5,\"{h:4}\",\"{h:7}\",7"),
              (3, "I", "QMI", "nas serving sys: LTE B{c:3|7|20} roaming=1 mcc=262 mnc=0{i:1:3}"), (2, "D", "QMI", "wds pkt stats tx={i:1000:90000} rx={i:1000:90000}")], 380, t2=tt)
    md.add(tt, "W", "UIM", "card status: CARD_ERROR (power down), slot 1")
    md.add(tt + 0.2, "E", "AT", "+CME ERROR: 13 (SIM failure)")
    md.add(tt + 1, "I", "UIM", "card power-up retry 1")
    md.add(tt + 3, "E", "UIM", "card power-up retry 1 failed: no ATR")
    md.every(20, "E", "AT", lambda t, r: r.choice(["+CPIN: ERROR", "+CME ERROR: 10 (SIM not inserted)", "+CREG: 0,0", "+CEREG: 0,0"]), t1=tt + 5)
    md.every(60, "W", "UIM", lambda t, r: f"card power-up retry {int((t - tt) / 60) + 2} failed: no ATR", t1=tt + 60)
    tc = Log(b, "tcu.journal", "journal", clock=Clock(), host="tcu")
    tc.noise([p for p in P["tcu"] if p[2] in ("gnssd", "mqtt")] + P["linux"], 420)
    tc.add(tt + 6, "E", "telemd", "no data bearer (modem not registered), queueing")
    tc.add(tt + 30, "E", "ecall", "self-test FAIL: network unavailable (SIM)")
    tc.add(tt + 31, "W", "ecall", "SOS telltale red, 'Notruf nicht verfuegbar'")
    tc.every(45, "W", "telemd", lambda t, r: f"uplink queue {min(100, int((t - tt) / 12))}% (offline)", t1=tt + 40)
    ec = Log(b, "ecall_status.jsonl", "jsonl", clock=LOCAL(1))
    ec.every(4, "I", "ecall", lambda t, r: {"ready": t < tt + 30, "net": "LTE" if t < tt else "none", "gnss": "3D", "sim": "ok" if t < tt else "error"})
    b.label("connectivity_network", "cellular", "high", ["medium"], "modem_at.log",
            "Telematics modem loses the (embedded) SIM: card error, no ATR on repeated power-ups; no network registration, uplink queues and eCall self-test fails (emergency call unavailable).")
    return b


@scen
def n_eth_link_flap(n):
    b = Batch(n, T0(2026, 11, 1, 16, 30, 0), 1400, "driving", profile="highway")
    tt = b.T(0.35)
    dm = Log(b, "zc_dmesg.txt", "dmesg")
    dm.noise(P["dmesg"], 460)
    dm.add(tt - 120, "W", "", "tja1103 stmmac-0:04: SQI dropped to 4/7 (port 3)")
    dm.add(tt - 50, "W", "", "tja1103 stmmac-0:04: SQI dropped to 2/7 (port 3)")
    t = tt
    for k in range(14):
        dm.add(t, "E", "", "sja1105 spi2.0: port 3: link down")
        dm.add(t + dm.rng.uniform(0.6, 3), "I", "", "sja1105 spi2.0: port 3: link up 100Mbps/Full (100BASE-T1 slave)")
        t += dm.rng.uniform(15, 50)
    ad = Log(b, "adas_someip.jsonl", "jsonl", clock=Clock())
    ad.noise([(6, "I", "someipd", "svc 0x1203 inst 1 (cam_surround) evgrp 1 rx ok"), (3, "I", "someipd", "sd offer svc 0x1207 ttl 3"),
              (3, "I", "adas", "pipeline fps={i:28:30}")], 700)
    t = tt + 0.1
    for k in range(14):
        ad.add(t, "E", "someipd", {"msg": "svc 0x1203 subscription lost (TTL expired)", "svc": "cam_surround+radar_corner"})
        ad.add(t + 0.5, "W", "adas", {"msg": "surround/corner radar input stale -> LCA/BSD unavailable"})
        t += 32
    ad.add(tt + 200, "E", "adas", {"msg": "input link unstable >10 drops/5min, disabling hands-free highway assist for cycle"})
    vc = Log(b, "vcu.log", "kv", clock=LOCAL(1))
    vc.noise(P["vcu"], 450)
    b.label("connectivity_network", "ethernet", "high", ["medium"], "zc_dmesg.txt",
            "The 100BASE-T1 link between the rear zone switch and the ADAS computer degrades (SQI 4 then 2 of 7) and flaps repeatedly; SOME/IP camera/corner-radar services drop, BSD/LCA and highway assist are disabled.")
    return b


# ============================================================================= SOFTWARE PLATFORM
@scen
def s_oom_media(n):
    b = Batch(n, T0(2026, 11, 28, 9, 0, 0), 3000, "driving")
    mi = Sig(b, "proc_meminfo.csv", 10.0, tcol="boot_ms")
    mi.col("mem_avail_mb", lambda t, c, r: max(38, 1850 - t * 0.62 + r.gauss(0, 8)) if t < 2700 else 1700 + r.gauss(0, 8), "{:.0f}")
    mi.col("rss_mediasvc_mb", lambda t, c, r: (210 + t * 0.6 + r.gauss(0, 3)) if t < 2700 else 205 + r.gauss(0, 3), "{:.0f}")
    mi.col("rss_nav_mb", lambda t, c, r: 640 + r.gauss(0, 6), "{:.0f}").col("rss_launcher_mb", walk(180, 1, 150, 220), "{:.0f}")
    mi.col("swap_used_mb", lambda t, c, r: "0", "{}").col("psi_mem_some", lambda t, c, r: max(0, (t - 2200) / 50) if 2200 < t < 2700 else 0.0, "{:.2f}")
    dm = Log(b, "dmesg.txt", "dmesg")
    dm.noise(P["dmesg"], 420)
    k = b.t0 + 2700
    dm.add(k - 60, "W", "", "lowmemorykiller: Killing 'com.oem.weather' (4412), adj 900, to free 61MB")
    dm.add(k - 20, "W", "", "lowmemorykiller: Killing 'com.oem.podcasts' (3879), adj 700, to free 88MB")
    dm.add(k, "E", "", "Out of memory: Killed process 1877 (com.oem.nav) total-vm:4512332kB, anon-rss:652104kB, file-rss:0kB, oom_score_adj:0")
    dm.add(k + 0.5, "E", "", "Out of memory: Killed process 1422 (media.oemsvc) total-vm:3822960kB, anon-rss:1821440kB, file-rss:1024kB, oom_score_adj:-100")
    lc = Log(b, "logcat_main.txt", "logcat", clock=LOCAL(1))
    lc.noise(P["android"], 1600)
    lc.add(b.t0 + 900, "W", "media.oemsvc", "album art cache size 412 entries (no eviction configured)")
    lc.add(b.t0 + 1900, "W", "media.oemsvc", "album art cache size 1280 entries")
    lc.add(k + 0.2, "E", "ActivityManager", "Process com.oem.nav (pid 1877) has died: fg  TOP")
    lc.add(k + 0.6, "E", "ActivityManager", "Process media.oemsvc (pid 1422) has died: pers PER")
    lc.add(k + 2.5, "I", "ActivityManager", "Start proc 5521:com.oem.nav/u0a77 for top-activity")
    lc.add(k + 3.0, "I", "init", "Service 'media.oemsvc' (pid 1422) received signal 9, restarting")
    lc.add(k + 9, "I", "NavApp", "route guidance resumed (restored state)")
    b.label("software_platform", "oom", "medium", ["low", "high"], "proc_meminfo.csv",
            "Infotainment media service leaks memory (album-art cache) for ~45 min; free memory trends to zero, the kernel OOM-kills navigation and the media service, both restart and guidance resumes.")
    return b


@scen
def s_watchdog_adcu(n):
    b = Batch(n, T0(2026, 11, 25, 17, 30, 0), 1500, "driving", profile="highway")
    tt = b.T(0.55)
    ad = Log(b, "adcu_dlt.txt", "dlt", clock=Clock(), ecu="ADCU")
    ad.noise([(6, "I", "PERC/MAIN", "cycle ok objs={i:4:40} lat={f:18:30:1}ms"), (4, "I", "PLAN/TRAJ", "traj ok, horizon 6s"),
              (3, "D", "OS/SCHD", "task 10ms max exec {f:5.1:7.8:2}ms budget 8.0ms"), (3, "I", "FUNC/ACC", "ACC active set={i:100:130}")], 1100, t2=tt - 30)
    ad.noise([(6, "I", "PERC/MAIN", "cycle ok objs={i:4:40} lat={f:26:41:1}ms"),
              (5, "W", "OS/SCHD", "task 10ms max exec {f:8.1:9.6:2}ms budget 8.0ms (overrun)"), (2, "I", "FUNC/ACC", "ACC active")], 140, t1=tt - 30, t2=tt)
    ad.add(tt - 29, "W", "OS/SCHD", "task 10ms deadline miss x1 (lidar obj list 512 entries)")
    ad.add(tt - 0.3, "E", "OS/SCHD", "task 10ms deadline miss x5 consecutive")
    ad.add(tt - 0.02, "F", "WDG/MAIN", "alive supervision failed SE 3 (10ms task), triggering reset")
    ad.noise([(5, "I", "PERC/MAIN", "cycle ok objs={i:4:40} lat={f:18:30:1}ms"), (3, "I", "PLAN/TRAJ", "traj ok")], 500, t1=tt + 45)
    ad.add(tt + 4, "I", "BOOT/MAIN", "reset cause: WDG (ext TPS3850), boot cnt 7")
    ad.add(tt + 40, "I", "FUNC/ACC", "ADAS functions available again (ACC not engaged)")
    ad.clock.boot = b.boot
    ad.clock.reboots = (tt + 2.2,)
    vc = Log(b, "vcu_dlt.txt", "dlt", clock=LOCAL(1), ecu="VCU1")
    vc.noise(P["vcu"], 900)
    vc.add(tt + 0.12, "E", "VCU/COM", "ADCU frames lost, ACC torque request invalid -> driver control")
    vc.add(tt + 0.15, "W", "VCU/HMI", "chime + 'Assistenzsysteme nicht verfuegbar'")
    vc.add(tt + 40.5, "I", "VCU/COM", "ADCU frames back")
    cl = Log(b, "cluster.log", "logcat", clock=LOCAL(1))
    cl.noise(P["android"][:5], 420)
    cl.add(tt + 0.2, "W", "AdasHmi", "ACC/LKA OFF, takeover request")
    b.label("software_platform", "watchdog", "high", ["medium", "critical"], "adcu_dlt.txt",
            "ADAS domain controller's 10 ms task overruns under heavy object load until alive supervision triggers a watchdog reset at highway speed; ACC/LKA drop with a takeover request and return after ~40 s.")
    return b


@scen
def s_emmc_readonly(n):
    b = Batch(n, T0(2026, 11, 30, 15, 0, 0), 1800, "driving")
    tt = b.T(0.3)
    dm = Log(b, "tcu_dmesg.txt", "dmesg")
    dm.noise(P["dmesg"], 480)
    dm.add(tt - 300, "W", "", "mmc0: cmdq: CQE recovery start (timeout), tag 11")
    dm.add(tt - 299, "I", "", "mmc0: cmdq: CQE recovery done")
    dm.add(tt - 5, "E", "", "mmcblk0: recovery failed, error -110 on sector 7394816")
    dm.add(tt - 4.9, "E", "", "blk_update_request: I/O error, dev mmcblk0, sector 7394816 op 0x1:(WRITE) flags 0x800 phys_seg 8 prio class 0")
    dm.add(tt - 4.8, "E", "", "Buffer I/O error on dev mmcblk0p9, logical block 922114, lost async page write")
    dm.add(tt, "E", "", "EXT4-fs error (device mmcblk0p9): ext4_journal_check_start:83: comm logd: Detected aborted journal")
    dm.add(tt + 0.01, "E", "", "EXT4-fs (mmcblk0p9): Remounting filesystem read-only")
    tc = Log(b, "tcu.journal", "journal", clock=Clock(), host="tcu")
    tc.noise(P["tcu"] + P["linux"], 800)
    tc.add(tt + 1, "E", "logd", "write /data/log/ring2.bin: Read-only file system (EROFS), ring logging stopped")
    tc.add(tt + 2, "E", "telemd", "spool dir not writable, store-and-forward disabled")
    tc.add(tt + 3, "W", "ota-agent", "download area /data/ota not writable -> updates blocked")
    tc.add(tt + 60, "E", "ecall", "MSD buffer persistence failed (EROFS), using RAM only")
    tc.every(90, "E", "logd", "EROFS, dropping records", t1=tt + 5)
    sm = Log(b, "emmc_health.yaml", "yaml", clock=Clock())
    sm.__class__ = Blocks
    sm.every(30, "I", "mmc0", lambda t, r: {"life_time_est_a": "0x0B", "life_time_est_b": "0x0A", "pre_eol_info": "0x03",
                                            "bad_blocks": 212 + int(max(0, t - tt + 400) / 30), "temp_c": round(61 + r.gauss(0, 1), 1),
                                            "mounted_ro": str(t > tt).lower()})
    b.label("software_platform", "filesystem", "high", ["medium"], "emmc_health.yaml",
            "Worn-out telematics eMMC (life-time estimate 0x0B, pre-EOL urgent) times out, ext4 aborts the journal and remounts read-only; logging, store-and-forward and OTA downloads stop.")
    return b


@scen
def s_ota_rollback(n):
    b = Batch(n, T0(2026, 11, 29, 1, 30, 0), 2400, "parked")
    tt = b.T(0.5)
    ot = Log(b, "ota-agent.journal", "journal", clock=Clock(), host="ccu")
    ot.noise(P["linux"] + [(4, "I", "ota-agent", "download {c:hu|adcu|bcm} delta chunk {i:1:400}/400 ok"),
                           (2, "W", "ota-agent", "chunk retry (TLS reset), resumed at offset {i:1000000:90000000}")], 700, t2=tt)
    ot.add(b.T(0.01), "I", "ota-agent", "campaign 2026.48-HU-3 accepted (user scheduled 02:30)")
    ot.add(tt, "I", "ota-agent", "install HU slot B from image 2026.48.3 (1.9 GB)")
    ot.add(tt + 420, "I", "ota-agent", "HU slot B written, verifying")
    ot.add(tt + 470, "I", "ota-agent", "switch boot slot A->B, reboot HU")
    ot.add(tt + 560, "E", "ota-agent", "HU did not report version within 90s after reboot")
    ot.add(tt + 620, "W", "ota-agent", "HU up on slot A (bootloader fallback), version 2026.44.1")
    ot.add(tt + 621, "E", "ota-agent", "campaign 2026.48-HU-3 FAILED: ROLLED_BACK (reason=BOOT_FAIL_SLOT_B), report sent")
    ot.noise(P["linux"] + P["ota"], 250, t1=tt + 630)
    hu = Log(b, "hu_console.log", "plain", clock=Clock(), host="hu")
    hu.jump = None
    hu.noise([(4, "I", "init", "service {c:audio|vhal|evs|car-launcher} started"), (3, "D", "kernel", "binder: {i:100:999}:{i:100:999} transaction failed 29189")], 360, t2=tt + 470)
    hu.add(tt + 480, "I", "u-boot", "U-Boot 2023.04 (slot_b) bootcount=1")
    hu.add(tt + 482, "E", "kernel", "dm-verity: verity_verify_io: data block 148221 is corrupted (vendor_b)")
    hu.add(tt + 483, "F", "init", "vendor_b mount failed, reboot into bootloader")
    hu.add(tt + 500, "I", "u-boot", "U-Boot 2023.04 (slot_b) bootcount=2")
    hu.add(tt + 502, "E", "kernel", "dm-verity: verity_verify_io: data block 148221 is corrupted (vendor_b)")
    hu.add(tt + 520, "I", "u-boot", "U-Boot 2023.04 (slot_b) bootcount=3 > limit -> slot_a")
    hu.add(tt + 560, "I", "init", "boot completed slot_a")
    routine(b, "gw")
    b.label("software_platform", "ota", "low", ["medium"], "ota-agent.journal",
            "Scheduled overnight head-unit OTA: new slot B fails dm-verity on the vendor partition and boot-loops until the boot counter falls back to slot A; campaign reported rolled back. Recovered automatically while parked.")
    return b


@scen
def s_perception_segv(n):
    b = Batch(n, T0(2026, 10, 30, 19, 0, 0), 1300, "driving", profile="city")
    tt = b.T(0.47)
    ro = Log(b, "ros_console.log", "ros", clock=Clock())
    ro.noise(P["ros"], 900, t2=tt)
    ro.noise(ROS_STOP, 350, t1=tt + 12)
    ro.add(tt - 0.2, "W", "/perception/lidar_det", "cluster count 0 for 1 frame")
    ro.add(tt, "E", "/perception/perception_container", "[component_container_mt-14] process has died [pid 3121, exit code -11, cmd '/opt/av/lib/perception/component_container_mt --ros-args ...']")
    ro.add(tt + 0.1, "E", "/system/monitor", "topic /perception/objects timeout 200ms")
    ro.add(tt + 0.11, "W", "/planning/mrm", "MRM: emergency stop (no object list)")
    ro.add(tt + 2.0, "I", "/system/launcher", "respawning perception_container (1/3)")
    ro.add(tt + 9.5, "I", "/perception/perception_container", "loaded 7 components")
    ro.add(tt + 12, "I", "/planning/mrm", "vehicle stopped; perception back but MRM latched, remote ops required")
    cr = Log(b, "core_3121_bt.txt", "plain", clock=Clock())
    cr.header = [f"[New LWP {3121 + i}]" for i in range(1, 6)] + [
        "Core was generated by `/opt/av/lib/perception/component_container_mt --ros-args -r __node:=perception_container'.",
        "Program terminated with signal SIGSEGV, Segmentation fault.",
        "#0  0x00007f3a21c4e0 in lidar_det::Clusterer::merge (this=0x0, a=..., b=...) at clusterer.cpp:212",
        "212\t  auto& pa = this->parent_[a.id];", "[Current thread is 1 (Thread 0x7f1d2fe640 (LWP 3188))]", "(gdb) thread apply all bt", ""]
    crng = random.Random(b.seed + 5)
    frames = ["lidar_det::Clusterer::merge", "lidar_det::Clusterer::run", "lidar_det::LidarDetNode::onCloud",
              "rclcpp::Executor::execute_any_executable", "rclcpp::executors::MultiThreadedExecutor::run", "start_thread", "clone3"]
    idle = [["futex_wait", "__GI___lll_lock_wait", "std::condition_variable::wait", "rclcpp::executors::MultiThreadedExecutor::run", "start_thread", "clone3"],
            ["epoll_wait", "eprosima::fastdds::rtps::UDPChannelResource::perform_listen_operation", "start_thread", "clone3"],
            ["__GI___clock_nanosleep", "std::this_thread::sleep_for", "rclcpp::TimerBase::execute_callback", "start_thread", "clone3"]]
    for th in range(1, 62):
        lwp = 3188 if th == 1 else 3121 + th + 3
        cr.add(tt + th * 1e-4, "RAW", "", f"Thread {th} (Thread 0x{0x7f1d2fe640 - (th - 1) * 0x801000:x} (LWP {lwp})):")
        fr = frames if th == 1 else crng.choice(idle)
        for k, f in enumerate(fr):
            cr.add(tt + th * 1e-4 + k * 1e-6, "RAW", "", f"#{k}  0x{0x7f3a00000000 + crng.randrange(0x10000000):012x} in {f} ()")
        cr.add(tt + th * 1e-4 + 9e-6, "RAW", "", "")
    vs = Sig(b, "vehicle_status.csv", 0.5, tcol="epoch")
    vs.col("v_mps", lambda t, c, r: c["v"] if t < tt - b.t0 else max(0, c["v"] - (t - (tt - b.t0)) * 4.0), "{:.2f}")
    vs.col("ads_mode", lambda t, c, r: "AUTONOMOUS" if t < tt - b.t0 else "MRM", "{}")
    b.label("software_platform", "crash", "critical", ["high"], "core_3121_bt.txt",
            "Robotaxi perception component container segfaults (SIGSEGV in lidar clusterer); object list times out and the vehicle does an emergency minimal-risk stop before the node respawns.")
    return b


# ============================================================================= POWER SUPPLY
@scen
def v_alternator(n):
    b = Batch(n, T0(2026, 11, 6, 17, 0, 0), 2400, "driving")
    on = 500
    brown = 2050
    obd = Sig(b, "obd_pids.csv", 1.0, tcol="iso", t2=b.t0 + brown + 4)

    def ub(t, c, r):
        if t < on:
            return 14.35 + r.gauss(0, 0.03)
        v = 12.55 - (t - on) * 0.0016 - (0.25 if c["v"] < 1 else 0) + r.gauss(0, 0.03)
        return max(8.6, v - (ramp(t, 1900, brown, 1.6)))
    obd.col("rpm", lambda t, c, r: 780 + c["v"] * 80, "{:.0f}").col("speed_kph", sp_kph, "{:.0f}")
    obd.col("ubat_v", ub, "{:.2f}").col("alt_duty_pct", lambda t, c, r: (38 + r.gauss(0, 3)) if t < on else 100.0, "{:.0f}")
    obd.col("alt_load_dfm_pct", lambda t, c, r: (41 + r.gauss(0, 2)) if t < on else 0.0, "{:.0f}")
    obd.col("ect_c", walk(90, 0.04), "{:.0f}")
    ecm = Log(b, "ecm.log", "plain", clock=LOCAL(1))
    ecm.noise(P["ecm"], 520, t2=b.t0 + brown)
    ecm.add(b.t0 + 1500, "W", "ECM", "LIN alt: resp ok, excitation fb 0%, DFM 0% @ duty 100% (no exc?)")
    ecm.add(b.t0 + brown - 30, "W", "ECM", "Ubat 10.9V, load shedding lvl2 (seat heat, rear defrost off)")
    ecm.add(b.t0 + brown, "E", "ECM", "Ubat < 9.0V: injector driver boost low, limp")
    ecm.add(b.t0 + brown + 3, "E", "ECM", "reset (brown-out), KL30 min 7.9V")
    ecm.add(b.t0 + brown + 6, "I", "ECM", "boot, reset cause BOR, Ubat 8.4V")
    ecm.add(b.t0 + brown + 7, "E", "ECM", "engine not running (stall), crank inhibited: Ubat < 9V")
    ecm.every(5, "I", "ECM", lambda t, r: f"rpm=0 Ubat={8.4 + r.gauss(0, 0.05):.2f}V KL15=on", t1=b.t0 + brown + 10)
    gw = Log(b, "gateway_syslog", "syslog", clock=LOCAL(1), host="cgw")
    gw.noise(P["gw"], 500)
    for k, e in enumerate(["ABS/ESC", "EPS", "IC", "BCM", "TCU", "HU", "RADAR", "SRS"]):
        gw.add(b.t0 + brown + 1 + k * 0.3, "E", "gw", f"{e}: NM lost / undervoltage reset seen (alive cnt restart)")
    gw.add(b.t0 + brown + 4, "E", "gw", "EPS assist lost report, ESC degraded report, U3003-16 from 6 nodes")
    gw.add(b.t0 + brown + 20, "W", "gw", "engine stall reported by ECM, v=38kph")
    b.label("power_supply", "alternator", "critical", ["high"], "obd_pids.csv",
            "Alternator stops charging (duty 100%, load feedback 0%) and 12 V decays from 14.3 V over ~25 minutes with no error; at <9 V ECUs brown out together, EPS/ESC are lost and the engine stalls while moving.")
    return b


@scen
def v_dcdc_fail(n):
    b = Batch(n, T0(2026, 11, 16, 8, 0, 0), 2000, "driving")
    on = 600
    lv = Sig(b, "lv_power.csv", 1.0, tcol="epoch")
    lv.col("u12_v", lambda t, c, r: (14.1 + r.gauss(0, 0.02)) if t < on else max(10.8, 12.7 - (t - on) * 0.0013 + r.gauss(0, 0.02)), "{:.2f}")
    lv.col("i_dcdc_a", lambda t, c, r: (48 + r.gauss(0, 3)) if t < on else 0.0, "{:.1f}")
    lv.col("i_batt12_a", lambda t, c, r: (-3 + r.gauss(0, 0.5)) if t < on else (44 + r.gauss(0, 3)), "{:.1f}")
    lv.col("u_hv_in_v", lambda t, c, r: 372 + r.gauss(0, 0.5), "{:.0f}").col("t_dcdc_c", lambda t, c, r: 52 + r.gauss(0, 0.3) if t < on else 31 + r.gauss(0, 0.3), "{:.1f}")
    vc = Log(b, "vcu_dlt.txt", "dlt", clock=LOCAL(1), ecu="VCU1")
    vc.noise(P["vcu"] + P["bms"][:3], 1100)
    vc.add(b.t0 + on + 900, "W", "VCU/LV", "12V 11.5V and falling, DCDC st=STANDBY? cmd=ON")
    vc.add(b.t0 + on + 901, "W", "VCU/LV", "load shedding: HVAC blower limit, seat/steering heat off")
    vc.add(b.t0 + on + 1100, "E", "VCU/LV", "12V 11.1V: 'Bordnetz: sicher anhalten' request, P_lim 40kW")
    vc.add(b.t0 + on + 1102, "E", "VCU/HMI", "red warning 12V system, stop safely")
    cn = ev_can(b, "can0.candump", t1=b.t0 + on - 20, t2=b.t0 + on + 25, extra_ids=[
        (0x377, 0.1, lambda t, k, c, r: [0x8D, 0x05, 0x30, 0x01, 0x01, 0x00, k & 0xF, 0x00] if t < on - 12 else
         ([0x8C, 0x05, 0x30, 0x01, 0x02, 0x5C, k & 0xF, 0x00] if t < on else [0x00, 0x00, 0x00, 0x00, 0x03, 0x5C, k & 0xF, 0x00]))])
    b.label("power_supply", "dcdc", "high", ["critical"], "can0.candump",
            "EV DC-DC converter flags an internal fault code (0x5C) in its CAN status frame and 12 s later its output current drops to zero, with no log line; the 12 V battery carries the load and sags for ~15 min until the VCU sheds loads and asks the driver to stop safely.")
    return b


@scen
def v_weak_12v_parked(n):
    b = Batch(n, T0(2026, 12, 1, 6, 30, 0), 900, "parked")
    tt = b.T(0.4)
    lv = Sig(b, "ibs_12v.csv", 1.0, tcol="local", sep=";", clock=LOCAL(1))

    def u(t, c, r):
        a = t + b.t0
        if a < tt:
            return 11.68 + r.gauss(0, 0.005)
        if a < tt + 2:
            return 8.7 + r.gauss(0, 0.1)
        if a < tt + 40:
            return 10.9 + r.gauss(0, 0.05)
        return 11.45 + r.gauss(0, 0.01)
    lv.col("u_batt_v", u, "{:.2f}").col("i_batt_a", lambda t, c, r: (-0.03 if t + b.t0 < tt else (-38 if t + b.t0 < tt + 40 else -0.4)) + r.gauss(0, 0.02), "{:.2f}")
    lv.col("soc_pct", lambda t, c, r: "41", "{}").col("soh_pct", lambda t, c, r: "58", "{}").col("t_c", lambda t, c, r: "-6.5", "{}")
    lv.col("r_int_mohm", lambda t, c, r: "23.9", "{}")
    gw = Log(b, "gateway.log", "tplus", clock=Clock())
    gw.every(15, "D", "NM", "bus sleep", t2=tt)
    gw.add(tt, "I", "NM", "wake: UNLOCK (fob), all PN up")
    for k, e in enumerate(["BCM", "VCU", "BMS", "HU", "IC", "TCU", "ESC", "EPS", "SRS"]):
        gw.add(tt + 0.4 + k * 0.08, "E", "NM", f"{e} restart seen (alive counter reset) Ubat_min 8.7V")
    gw.add(tt + 3, "E", "VCU", "12V too low for HV start (need 11.0V under load), READY denied")
    gw.add(tt + 4, "W", "HU", "boot aborted, undervoltage")
    gw.add(tt + 40, "E", "VCU", "contactor close aborted: 12V dip during precharge, DTC P0562-00")
    gw.add(tt + 41, "W", "TCU", "push 'Fahrzeug kann nicht gestartet werden - 12V Batterie' sent")
    gw.every(2, "I", "NM", lambda t, r: f"awake, Ubat={u(t - b.t0, None, r):.2f}V", t1=tt + 5)
    bc = Log(b, "bcm.log", "plain_date", clock=LOCAL(1))
    bc.noise(P["body"][:1] + P["body"][4:5], 320, t1=tt)
    bc.add(tt + 0.2, "E", "BCM", "reset cause BOR (brown-out)")
    b.label("power_supply", "lv_battery", "medium", ["high"], "ibs_12v.csv",
            "Cold morning, parked: the aged 12 V battery (SOH 58%, rest 11.7 V) collapses to 8.7 V on wake-up; many ECUs reset and the EV cannot close contactors or become READY. Parked, one step below a disabled function.")
    return b


@scen
def v_efuse_trip(n):
    b = Batch(n, T0(2026, 11, 19, 18, 45, 0), 1300, "driving")
    tt = b.T(0.5)
    zc = Log(b, "zone_rear.log", "jsonl", clock=Clock())
    zc.every(3, "I", "pdu", lambda t, r: {"ch": [{"id": i, "a": round(r.uniform(0.2, 6.5), 2)} for i in range(1, 9)] if t < tt else
                                          [{"id": i, "a": (0.0 if i == 7 else round(r.uniform(0.2, 6.5), 2))} for i in range(1, 9)], "u_in": round(14.2 + r.gauss(0, 0.03), 2)})
    zc.add(tt - 0.002, "W", "pdu", {"evt": "i2t_warn", "ch": 7, "peak_a": 31.5})
    zc.add(tt, "E", "pdu", {"evt": "efuse_trip", "ch": 7, "loads": "tail L/R, plate, rear wiper, RVC", "peak_a": 42.0, "retry": 1})
    zc.add(tt + 0.5, "E", "pdu", {"evt": "efuse_trip", "ch": 7, "retry": 2, "peak_a": 41.7})
    zc.add(tt + 1.5, "E", "pdu", {"evt": "efuse_latch", "ch": 7, "note": "locked off until next KL15 cycle"})
    bc = Log(b, "bcm.log", "syslog", clock=LOCAL(1), host="bcm")
    bc.noise(P["body"], 560)
    for m in ("tail lamp L open load", "tail lamp R open load", "brake lamp high-mount no feedback", "licence plate lamp open load",
              "rear wiper motor no response", "rear fog open load"):
        bc.add(tt + 0.4 + bc.rng.uniform(0, 1), "E", "lampctl", m)
    bc.add(tt + 2, "W", "lampctl", "HMI: 'Rückleuchten prüfen'")
    ad = Log(b, "adas_app.log", "journal", clock=Clock(), host="adcu")
    ad.noise(P["adas"], 600)
    ad.add(tt + 0.3, "E", "camera_rear", "no frames (power lost?)")
    ad.add(tt + 0.4, "W", "park", "rear view camera / rear park assist unavailable")
    b.label("power_supply", "lv_distribution", "high", ["medium", "critical"], "zone_rear.log",
            "Rear zone controller eFuse channel 7 trips on overcurrent, retries and latches off; tail/brake/plate lamps, rear wiper and rear camera all drop at once while driving in the evening.")
    return b


# ============================================================================= EXTRA (hybrids, rarer buses, hard healthy cases)
@scen
def v_48v_mhev(n):
    b = Batch(n, T0(2026, 11, 27, 7, 40, 0), 1800, "driving", profile="city")
    on = 450
    sg = Sig(b, "bms48_cells.csv", 1.0, tcol="rel")
    st = {}

    def cur(t, c, r):
        i = 40 * max(0, c["a"]) * (c["v"] < 12) - 60 * max(0, -c["a"]) + r.gauss(0, 2)
        st["i"] = i if t < on + 600 else 0.0
        return st["i"]
    sg.col("i_a", cur, "{:.1f}")
    for k in range(1, 13):
        def cell(t, c, r, k=k):
            v = 3.72 - 0.0009 * st["i"] + r.gauss(0, 0.002)
            if k == 9 and t > on:
                v -= ramp(t, on, on + 600, 0.55) + 0.004 * max(0, st["i"])
            return v
        sg.col(f"u_c{k:02d}", cell, "{:.3f}")
    sg.col("t_pack_c", walk(17, 0.01), "{:.1f}")
    ec = Log(b, "ecm_hybrid.log", "kv", clock=LOCAL(1))
    ec.noise(P["ecm"] + [(5, "I", "BSG", "mode={c:BOOST|RECUP|IDLE|IDLE} tq={i:-40:25}Nm u48={f:46.5:48.5:1}V"),
                         (4, "I", "SSA", "engine stop at standstill, restart by {c:brake release|A/C demand|SOC}")], 800, t2=b.t0 + on + 600)
    ec.add(b.t0 + on + 600, "E", "BMS48", "cell 9 below 3.0V under load (2.94V), contactor open, 48V OFF")
    ec.add(b.t0 + on + 601, "W", "BSG", "48V not available: boost/recup/start-stop disabled, 12V via backup DCDC")
    ec.add(b.t0 + on + 602, "W", "ECM", "DTC P0DA7-00 (hybrid battery cell voltage low), MIL off, amber hybrid lamp")
    ec.noise(P["ecm"] + [(4, "I", "SSA", "start-stop inhibited (48V system)")], 300, t1=b.t0 + on + 603)
    cl = Log(b, "cluster.log", "logcat", clock=LOCAL(1))
    cl.noise(P["android"][:5], 380)
    cl.add(b.t0 + on + 603, "W", "Telltale", "popup 'Start-Stopp nicht verfuegbar'")
    b.label("power_supply", "lv_battery", "high", ["medium"], "bms48_cells.csv",
            "Mild-hybrid 48 V battery: cell 9 sags more and more under each boost/recuperation pulse until the 48 V BMS opens its contactor; belt starter-generator boost, recuperation and start-stop are disabled.")
    return b


@scen
def h_depot_load_mgmt(n):
    b = Batch(n, T0(2026, 11, 23, 22, 0, 0), 7200, "charging")
    cs = Log(b, "depot_charge.log", "kv", clock=LOCAL(1))
    sched = [(0, 120), (0.22, 45), (0.5, 80), (0.75, 20)]

    def lim(t):
        x = (t - b.t0) / b.dur
        v = 120
        for f, a in sched:
            if x >= f:
                v = a
        return v
    cs.every(10, "I", "dcc", lambda t, r: f"U={int(372 + (t - b.t0) * 0.004)}V I={lim(t) - r.randint(0, 2)}A Ilim_ev=250 Ilim_evse={lim(t)}A src=EMS")
    cs.at(0.0, "I", "iso15118", "SessionSetup ok, EVSEID DE*DPO*E0042*07 (depot)")
    for f, a in sched[1:]:
        cs.at(f, "I", "iso15118", f"ChargeParameterDiscovery renegotiation: EVSEMaxCurrent {a}A (site load management)")
    cs.at(0.221, "W", "dcc", "current limited by EVSE (not EV), site peak shaving")
    cs.at(0.4, "W", "ocpp", "SetChargingProfile rejected: stackLevel conflict, keeping profile 11")
    cs.at(0.401, "I", "ocpp", "SetChargingProfile accepted (profile 12)")
    cs.at(0.99, "I", "iso15118", "departure time reached, SessionStop (EMS)")
    bms_csv(b, "bms_telemetry.csv", dt_s=15.0, chg_a=60, soc0=22, mods={"pack_i": lambda t, v, c: -lim(b.t0 + t) * 0.98})
    fl = Log(b, "fleet_van.jsonl", "jsonl_epoch", clock=Clock())
    fl.every(20, "I", "tlm", lambda t, r: {"state": "charging", "soc": None, "ilim_evse": lim(t), "cabin_precond": t > b.T(0.95)})
    fl.at(0.95, "I", "hvac", {"evt": "precondition", "target_c": 19})
    b.label("none", "none", "low", [], None,
            "E-van overnight depot DC charge: the site energy manager repeatedly lowers and raises the EVSE current limit (peak shaving) and one charging-profile update is rejected then accepted. Looks like derating but is normal.")
    return b


@scen
def h_hybrid_stopstart(n):
    b = Batch(n, T0(2026, 11, 18, 16, 45, 0), 2000, "driving", profile="city")
    ec = Log(b, "ecm_trace.log", "plain", clock=LOCAL(1))
    ec.noise(P["ecm"], 700)
    obd = Sig(b, "obd_pids.csv", 1.0, tcol="epoch")

    def eng(t, c, r):
        return "STOP" if c["v"] < 0.3 and 30 < t < 1950 else "RUN"
    st = {"last": "RUN"}

    def ub(t, c, r):
        e = eng(t, c, r)
        v = 14.2 if e == "RUN" else 12.4
        if st["last"] == "STOP" and e == "RUN":
            v = 10.9
            ec.add(b.t0 + t, "I", "SSA", "restart ok, crank 0.31s, Ubat min 10.9V (DC/DC stabiliser active)")
        elif st["last"] == "RUN" and e == "STOP":
            ec.add(b.t0 + t, "I", "SSA", "auto-stop at standstill")
        st["last"] = e
        return v + r.gauss(0, 0.03)
    obd.col("speed_kph", sp_kph, "{:.0f}").col("engine", eng, "{}").col("ubat_v", ub, "{:.2f}")
    obd.col("rpm", lambda t, c, r: 0 if eng(t, c, r) == "STOP" else 760 + c["v"] * 85, "{:.0f}").col("ect_c", walk(89, 0.03), "{:.0f}")
    ec.at(0.3, "W", "SSA", "auto-stop inhibited: A/C demand high")
    ec.at(0.6, "W", "SSA", "auto-stop inhibited: 12V SOC 71% < 75% (IBS), charging priority")
    ec.at(0.7, "I", "SSA", "auto-stop enabled again (SOC 76%)")
    gw = Log(b, "gateway_syslog", "syslog", clock=LOCAL(1), host="cgw")
    gw.noise(P["gw"], 420)
    gw.at(0.45, "W", "gw", "HU undervoltage warning flag during crank (10.9V), no reset")
    b.files.sort(key=lambda f: f is ec)  # obd signal render emits the SSA lines into ec
    b.label("none", "none", "low", [], None,
            "City drive with normal start-stop: many auto-stops, restarts dipping 12 V to ~10.9 V, inhibits for A/C and low 12 V SOC. All routine.")
    return b


@scen
def s_kernel_oops_tcu(n):
    b = Batch(n, T0(2026, 11, 12, 14, 20, 0), 1200, "driving")
    tt = b.T(0.45)
    po = Log(b, "console-ramoops-0", "dmesg", clock=BOOT(b.boot))
    po.noise(P["dmesg"], 300, t2=tt)
    po.add(tt - 0.3, "W", "", "mcp251xfd spi1.0 can1: CRC read error at address 0x0410 (length=4, data=00 00 00 00), retrying")
    po.seq(tt, 0.0004, "E", "", ["Unable to handle kernel NULL pointer dereference at virtual address 0000000000000008",
                                 "Mem abort info:", "  ESR = 0x0000000096000006", "  EC = 0x25: DABT (current EL), IL = 32 bits",
                                 "Internal error: Oops: 0000000096000006 [#1] PREEMPT SMP",
                                 "Modules linked in: mcp251xfd can_raw can wl18xx wlcore mac80211 cfg80211",
                                 "CPU: 1 PID: 0 Comm: swapper/1 Tainted: G           O      6.1.55-tbox #1",
                                 "pc : mcp251xfd_handle_tefif+0x6c/0x1a0 [mcp251xfd]",
                                 "lr : mcp251xfd_irq+0x1d4/0x5c0 [mcp251xfd]",
                                 "Call trace:", " mcp251xfd_handle_tefif+0x6c/0x1a0 [mcp251xfd]", " mcp251xfd_irq+0x1d4/0x5c0 [mcp251xfd]",
                                 " irq_thread_fn+0x2c/0xa0", " irq_thread+0x178/0x280", " kthread+0x108/0x10c", " ret_from_fork+0x10/0x20",
                                 "Code: f9400a61 b9401262 8b020c21 f9400421 (b9400821)", "---[ end trace 0000000000000000 ]---",
                                 "Kernel panic - not syncing: Oops: Fatal exception in interrupt", "SMP: stopping secondary CPUs",
                                 "Kernel Offset: disabled", "Rebooting in 5 seconds.."])
    tc = Log(b, "tcu.journal", "journal", clock=Clock(), host="tcu")
    tc.noise(P["tcu"] + P["linux"], 420, t2=tt)
    tc.add(tt + 38, "I", "systemd", "Startup finished in 4.1s (kernel) + 29.8s (userspace) = 33.9s.")
    tc.add(tt + 39, "W", "systemd-pstore", "found dmesg-ramoops-0, console-ramoops-0 from previous boot, archived")
    tc.add(tt + 40, "I", "telemd", "previous shutdown unclean (panic), resending queue")
    tc.noise(P["tcu"] + P["linux"], 250, t1=tt + 41)
    gw = Log(b, "gateway_nm.log", "tplus", clock=Clock())
    gw.noise(P["gw"], 380)
    gw.add(tt + 0.2, "W", "NM", "TCU (0x4F) alive timeout, eCall status unknown -> IC SOS lamp")
    gw.add(tt + 36, "I", "NM", "TCU alive again, eCall ready")
    b.label("software_platform", "kernel", "medium", ["high"], "console-ramoops-0",
            "Telematics unit kernel oopses in the SPI-CAN driver interrupt handler (NULL dereference) and panics/reboots; TCU and eCall are unavailable for ~35 s and come back on their own.")
    return b


@scen
def n_flexray_chb(n):
    b = Batch(n, T0(2026, 11, 9, 10, 15, 0), 1500, "driving", profile="highway")
    tt = b.T(0.3)
    fr = Log(b, "flexray_diag.dlt.txt", "dlt", clock=LOCAL(1), ecu="CHS1")
    fr.every(5.0, "I", "FRIF/STAT", lambda t, r: f"POC=NORMAL_ACTIVE cyc={int((t - b.t0) / 0.005) % 64} chA ok chB {'ok' if t < tt else 'SYNTAX_ERR'} vSlotStatus err={0 if t < tt else r.randint(180, 240)}/256")
    fr.noise(P["chassis"], 700)
    fr.add(tt, "W", "FRIF/STAT", "chB: syntax/content errors in static segment, slot 3..61 (all nodes)")
    fr.add(tt + 0.2, "W", "FRIF/STAT", "chB: no valid frames 200ms, running on chA only (redundancy lost)")
    fr.add(tt + 1, "E", "DEM", "DEM event FR_CHB_NOCOMM -> DTC U2FB0-00 (0xEFB000) status 0x2F")
    fr.add(tt + 3, "W", "FRIF/STAT", "clock correction via chA only, sync frames 4/4 on chA")
    sg = Sig(b, "fr_bus_stats.csv", 2.0, tcol="iso")
    sg.col("chA_err", lambda t, c, r: str(r.choice([0, 0, 0, 1])), "{}")
    sg.col("chB_err", lambda t, c, r: str(0 if t + b.t0 < tt else r.randint(380, 460)), "{}")
    sg.col("chB_bus_v_diff_mv", lambda t, c, r: (1850 + r.gauss(0, 20)) if t + b.t0 < tt - 40 else max(280, 1850 - (t + b.t0 - tt + 40) * 35) + r.gauss(0, 20), "{:.0f}")
    sg.col("sync_frames", lambda t, c, r: "4", "{}")
    vc = Log(b, "vcu_dlt.txt", "dlt", clock=LOCAL(1), ecu="VCU1")
    vc.noise(P["vcu"], 650)
    b.label("connectivity_network", "flexray", "low", ["medium"], "fr_bus_stats.csv",
            "Chassis FlexRay channel B differential voltage collapses (wiring/termination) and every node's chB frames turn to syntax errors; the cluster keeps running on channel A, only redundancy is lost and a DTC is stored.")
    return b


@scen
def a_uss_parking(n):
    b = Batch(n, T0(2026, 11, 26, 17, 55, 0), 420, "parking", profile="still")
    ps = Log(b, "park_assist.log", "logcat", clock=LOCAL(1))
    sensors = ["FOL", "FIL", "FIR", "FOR", "ROL", "RIL", "RIR", "ROR"]

    def echo(t, r):
        out = []
        for s_ in sensors:
            if s_ == "RIL" and t > b.T(0.2):
                out.append(f"{s_}=---")
            else:
                out.append(f"{s_}={r.randint(40, 255)}")
        return "echo cm " + " ".join(out)
    ps.every(0.5, "D", "UssMgr", echo)
    ps.at(0.2, "W", "UssMgr", "RIL ringing time 2.9ms > 1.6ms (membrane?), echo invalid")
    ps.at(0.21, "E", "UssMgr", "RIL self-test failed x3, sensor deactivated")
    ps.at(0.22, "W", "ParkAssist", "rear coverage incomplete -> APA manoeuvre aborted, PDC rear 'eingeschraenkt'")
    ps.at(0.23, "I", "ParkAssist", "driver takeover, vehicle held (EPB)")
    ps.at(0.5, "E", "DTC", "C1E38-4B confirmed (USS rear inner left)")
    sv = Sig(b, "uss_raw.csv", 0.5, tcol="boot_ms")
    for s_ in sensors:
        sv.col(f"ring_{s_}_us", (lambda s2: (lambda t, c, r: (2900 + r.gauss(0, 60)) if s2 == "RIL" and t > 0.2 * 420 - 15 else 1100 + r.gauss(0, 40)))(s_), "{:.0f}")
    sv.col("v_kph", lambda t, c, r: max(0, 4 - abs(t - 60) / 20) if t < 0.23 * 420 else 0.0, "{:.1f}")
    routine(b, "hu")
    b.label("adas_perception", "ultrasonic", "medium", ["high"], "uss_raw.csv",
            "During automated parking the rear-inner-left ultrasonic sensor's ringing time jumps (membrane/contamination) and it fails self-test; the parking manoeuvre is aborted at walking speed and rear PDC is degraded.")
    return b


@scen
def a_planner_stuck(n):
    b = Batch(n, T0(2026, 10, 15, 21, 0, 0), 900, "test", profile="city")
    tt = b.T(0.55)
    ro = Log(b, "ros_console.log", "ros", clock=Clock())
    ro.noise(P["ros"], 700, t2=tt)
    ro.noise(ROS_STOP, 300, t1=tt + 15)
    ro.add(tt - 25, "W", "/planning/lane_change", "lane change to lane 12 rejected: object in target gap")
    for k in range(20):
        ro.add(tt - 20 + k, "W", "/planning/behavior", f"path infeasible (curvature {0.31 + k * 0.004:.3f} > 0.25), replanning #{k + 1}")
    ro.add(tt, "E", "/planning/behavior", "no feasible trajectory for 20 cycles -> STOP request")
    ro.add(tt + 0.1, "W", "/planning/mrm", "MRM comfortable stop (planning failure)")
    ro.add(tt + 9, "I", "/planning/mrm", "stopped on test track lane 2, safety driver notified")
    pl = Log(b, "planner_debug.pbtxt", "pbtxt", clock=Clock())
    pl.__class__ = Blocks
    pl.every(2.0, "I", "planner", lambda t, r: {"status": "OK" if t < tt - 18 else "INFEASIBLE", "v_ref_mps": round(b.ctx(t)["v"], 2),
                                                "max_curv": round(0.08 + (0.25 if t > tt - 18 else 0) + r.uniform(0, 0.05), 3), "cost": round(r.uniform(0.5, 3), 2)})
    b.label("adas_perception", "planning", "high", ["critical"], "ros_console.log",
            "Test-track run: after a rejected lane change the behaviour planner only produces paths over the curvature limit, replans 20 times and triggers a minimal-risk stop (test mode, one step below critical).")
    return b


# ============================================================================= main
def main():
    order = list(range(len(SCEN)))
    random.Random(SEED).shuffle(order)
    for num, idx in enumerate(order, 1):
        SCEN[idx](num).write()
    LABELS.sort(key=lambda d: d["batch"])
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(LABELS, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    print(f"{len(LABELS)} batches written to {OUT}")


if __name__ == "__main__":
    main()
