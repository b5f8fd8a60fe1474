#!/usr/bin/env python3
"""Generator for the tuning5 vehicle-log diagnosis evaluation set (fixed seed, stdlib only).

Each batch = one drive/session of one vehicle, 2-6 files sharing one clock.  A batch is
described by signals (functions of time), routine noise sources per file and scripted
fault/event lines.  Run from anywhere: writes next to this script.
"""
import json, math, os, random, shutil, datetime as dt

OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20261202)
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


# ----------------------------------------------------------------------------- time formats
def utc(t):
    return dt.datetime.fromtimestamp(t, dt.timezone.utc)


def iso(t, ms=3, z="Z"):
    d = utc(t)
    s = d.strftime("%Y-%m-%dT%H:%M:%S")
    if ms:
        s += ".%0*d" % (ms, int((t % 1) * 10 ** ms))
    return s + z


LV = {"D": "debug", "I": "info", "N": "notice", "W": "warning", "E": "error", "C": "critical", "F": "fatal"}
PRI = {"D": 7, "I": 6, "N": 5, "W": 4, "E": 3, "C": 2, "F": 0}


class Ctx:
    def __init__(s, t0, host, boot):
        s.t0, s.host, s.boot = t0, host, boot
        s.pids = {}

    def pid(s, p):
        if p not in s.pids:
            s.pids[p] = R.randint(300, 9000)
        return s.pids[p]


def fmt_line(style, c, t, lv, proc, msg, var=0):
    d = utc(t)
    if style == "syslog":
        return "%s %2d %s %s %s[%d]: %s" % (MON[d.month - 1], d.day, d.strftime("%H:%M:%S"), c.host, proc, c.pid(proc), msg)
    if style == "rfc5424":
        return "<%d>1 %s %s %s %d - - %s" % (16 * 8 + PRI[lv], iso(t, 6), c.host, proc, c.pid(proc), msg)
    if style == "journal":
        return "%s %s %s[%d]: %s" % (d.strftime("%Y-%m-%dT%H:%M:%S+0000"), c.host, proc, c.pid(proc), msg)
    if style == "journal_unit":  # journalctl -o short-precise with unit prefix
        return "%s %s %s[%d]: <%s> %s" % (d.strftime("%b %d %H:%M:%S.") + "%06d" % int((t % 1) * 1e6), c.host, proc,
                                           c.pid(proc), LV[lv][:4], msg)
    if style == "dmesg":
        return "[%12.6f] %s" % (t - c.boot, msg)
    if style == "glog":
        return "%s%s %s %5d %s] %s" % ("I" if lv in "DIN" else ("W" if lv == "W" else ("E" if lv == "E" else "F")),
                                        d.strftime("%m%d"), d.strftime("%H:%M:%S.") + "%06d" % int((t % 1) * 1e6),
                                        c.pid(proc), proc, msg)
    if style == "logcat":
        p = c.pid(proc)
        return "%s %5d %5d %s %s: %s" % (d.strftime("%m-%d %H:%M:%S.") + "%03d" % int((t % 1) * 1e3), p, p + 17,
                                         {"N": "I", "C": "E"}.get(lv, lv), proc, msg)
    if style == "logfmt":
        return 'ts=%s level=%s comp=%s msg="%s"' % (iso(t), {"warning": "warn", "critical": "error"}.get(LV[lv], LV[lv]), proc, msg.replace('"', "'"))
    if style == "ros2":
        return "[%s] [%.9f] [%s]: %s" % ({"D": "DEBUG", "I": "INFO", "N": "INFO", "W": "WARN", "E": "ERROR", "C": "FATAL", "F": "FATAL"}[lv], t, proc, msg)
    if style == "dlt":
        c.dltn = getattr(c, "dltn", 0) + 1
        ap, ct = (proc.split(".") + ["MAIN"])[:2]
        return "%d %s %010d %d %s %-4s %-4s log %s V 1 [%s]" % (c.dltn, d.strftime("%Y/%m/%d %H:%M:%S.") + "%06d" % int((t % 1) * 1e6),
                                                             int((t - c.boot) * 10000), c.dltn % 256, c.ecu, ap, ct,
                                                             {"D": "debug", "I": "info", "N": "info", "W": "warn", "E": "error", "C": "fatal", "F": "fatal"}[lv], msg)
    if style == "qnx":
        return "%s %-24s %-4s %d %s" % (d.strftime("%b %d %H:%M:%S.") + "%03d" % int((t % 1) * 1e3), "%s.%d" % (proc, c.pid(proc)),
                                       "main", {"D": 7, "I": 5, "N": 5, "W": 4, "E": 2, "C": 1, "F": 0}[lv], msg)
    if style == "ecutrace":  # AUTOSAR style trace, ms since ECU start
        return "%09.3f ms %-5s %s" % ((t - c.boot) * 1000.0, proc, msg)
    if style.startswith("json"):
        k = {"json1": ("ts", "level", "msg", "src"), "json2": ("time", "severity", "message", "module"),
             "json3": ("timestamp", "lvl", "text", "component")}[style[:5]]
        if style.endswith("ms"):
            tv = int(t * 1000)
        elif style.endswith("s"):
            tv = round(t, 3)
        else:
            tv = iso(t)
        lvv = {"json1": LV[lv], "json2": LV[lv].upper(), "json3": LV[lv][:4]}[style[:5]]
        return json.dumps({k[0]: tv, k[1]: lvv, k[3]: proc, k[2]: msg})
    raise ValueError(style)


# ----------------------------------------------------------------------------- signals
def N(sd=1.0):
    return R.gauss(0, sd)


def ramp(t, t1, t2, a, b):
    if t <= t1:
        return a
    if t >= t2:
        return b
    return a + (b - a) * (t - t1) / (t2 - t1)


class Sig:
    """Default healthy signals for a state; scenarios override entries with f(t_rel)."""

    def __init__(s, state, D, ev=True):
        s.state, s.D, s.ev = state, D, ev
        moving = state in ("driving",)
        s.f = {}
        sp0 = R.choice([45, 70, 95, 110])

        def speed(t):
            if not moving:
                return 0.0
            return max(0.0, ramp(t, 0, 60, 0, sp0) * (1 if t < D - 60 else (D - t) / 60) + 6 * math.sin(t / 37) + N(0.8))
        s.f.update({
            "speed": speed,
            "lv": lambda t: (14.1 if state in ("driving", "charging") else 12.7) + N(0.05),
            "pack_v": lambda t: 388 - 0.004 * t * (1 if moving else (-1 if state == "charging" else 0)) + N(0.3),
            "pack_i": lambda t: (-R.uniform(5, 80) if moving else (55.0 if state == "charging" else 0.4)) + N(0.5),
            "soc": lambda t: 71 - (0.006 * t if moving else (-0.02 * t if state == "charging" else 0)),
            "tmax": lambda t: 29 + 0.004 * t + N(0.1),
            "tmin": lambda t: 26 + 0.003 * t + N(0.1),
            "vmax": lambda t: 3.982 + N(0.002),
            "vmin": lambda t: 3.968 + N(0.002),
            "iso": lambda t: 2400 + N(40),
            "cool": lambda t: ramp(t, 0, 400, 24, 88 if not ev else 41) + N(0.3),
            "pump": lambda t: (2850 + N(20)) if state != "sleep" else 0,
            "fan": lambda t: max(0, 22 + 5 * math.sin(t / 90) + N(1)) if state != "sleep" else 0,
            "tp": lambda t: 2.48 + N(0.01),
            "yaw": lambda t: 2.0 * math.sin(t / 23) + N(0.3) if moving else N(0.02),
            "rpm": lambda t: (speed(t) * 28 + 750 + N(15)) if moving else (0 if ev else 0),
            "dcdc_i": lambda t: 38 + N(3) if state != "sleep" else 0,
            "cabin": lambda t: ramp(t, 0, 500, 9, 21) + N(0.2),
            "cpu": lambda t: 41 + N(4),
            "mem": lambda t: 5120 + N(30),
            "lidar_hz": lambda t: 10.0 + N(0.03),
            "cam_fps": lambda t: 30.0 + N(0.1),
            "radar_hz": lambda t: 20.0 + N(0.05),
            "motor_t": lambda t: ramp(t, 0, 600, 30, 62 if moving else 30) + N(0.3),
            "inv_t": lambda t: ramp(t, 0, 600, 30, 55 if moving else 30) + N(0.3),
            "steer": lambda t: 12 * math.sin(t / 19) + N(0.5) if moving else 0,
            "brake_p": lambda t: max(0, 10 * math.sin(t / 41) + N(1)) if moving else 0,
            "gnss_sats": lambda t: 17 + int(3 * math.sin(t / 120)),
            "chg_req": lambda t: 55.0 if state == "charging" else 0.0,
            "refrig_p": lambda t: 14.5 + N(0.2),
        })

    def __call__(s, k, t):
        return s.f[k](t)

    def set(s, k, fn):
        s.f[k] = fn


# ----------------------------------------------------------------------------- files
class F:
    def __init__(s, name, style, host=None, ecu="ECU1"):
        s.name, s.style, s.src, s.ev, s.ecu, s.host = name, style, [], [], ecu, host

    def every(s, per, lv, proc, msg, t1=None, t2=None, jit=0.15, p=1.0):
        """msg: str or f(t, S) -> str.  Active between t1 and t2 (relative seconds)."""
        s.src.append((per, lv, proc, msg, t1, t2, jit, p))
        return s

    def at(s, t, lv, proc, msg):
        s.ev.append((t, lv, proc, msg))
        return s


def render(f, b):
    S, D, t0 = b.S, b.D, b.t0
    c = Ctx(t0, f.host or b.host, t0 - b.uptime)
    c.ecu = f.ecu
    rows = []
    for per, lv, proc, msg, t1, t2, jit, p in f.src:
        t = R.uniform(0, per) + (t1 or 0)
        end = D if t2 is None else min(D, t2)
        while t < end:
            if R.random() < p:
                m = msg(t, S) if callable(msg) else msg
                if m:
                    l = lv(t, S) if callable(lv) else lv
                    rows.append((t, l, proc, m))
            t += per * (1 + R.uniform(-jit, jit))
    for t, lv, proc, msg in f.ev:
        rows.append((t, lv, proc, msg))
    rows.sort(key=lambda r: r[0])
    return "\n".join(fmt_line(f.style, c, t0 + t, lv, proc, m) for t, lv, proc, m in rows) + "\n"


class CSV:
    def __init__(s, name, cols, per=1.0, tfmt="epoch", t1=0, t2=None):
        s.name, s.cols, s.per, s.tfmt, s.t1, s.t2 = name, cols, per, tfmt, t1, t2


def render_csv(f, b):
    tcol = {"epoch": "timestamp", "ms": "t_ms", "iso": "time"}[f.tfmt]
    out = [",".join([tcol] + [c for c, _, _ in f.cols])]
    t = f.t1
    while t < (f.t2 or b.D):
        T = b.t0 + t
        tv = {"epoch": "%.3f" % T, "ms": "%d" % int(T * 1000), "iso": iso(T)}[f.tfmt]
        out.append(",".join([tv] + [fm % b.S(k, t) for _, k, fm in f.cols]))
        t += f.per
    return "\n".join(out) + "\n"


class Blocks:
    """yaml (ros2 topic echo), protobuf text, prometheus dumps: fn(t, S, T) -> text block."""

    def __init__(s, name, per, fn, t1=0, t2=None, sep=""):
        s.name, s.per, s.fn, s.t1, s.t2, s.sep = name, per, fn, t1, t2, sep
        s.extra = []

    def at(s, t, text):
        s.extra.append((t, text))
        return s


def render_blocks(f, b):
    items = []
    t = f.t1 + R.uniform(0, f.per * 0.3)
    while t < (f.t2 if f.t2 is not None else b.D):
        items.append((t, f.fn(t, b.S, b.t0 + t)))
        t += f.per
    items += [(t, x) for t, x in f.extra]
    items.sort(key=lambda x: x[0])
    return f.sep.join(x for _, x in items if x)


class CanDump:
    """frames: list of (id_hex, period, datafn(t,S)->bytes list, t1, t2); events: (t, id, bytes)."""

    def __init__(s, name, frames, iface="can0", console=False):
        s.name, s.frames, s.iface, s.console, s.ev = name, frames, iface, console, []

    def at(s, t, cid, data):
        s.ev.append((t, cid, data))
        return s


def render_can(f, b):
    rows = []
    for cid, per, fn, t1, t2 in f.frames:
        t = (t1 or 0) + R.uniform(0, per)
        while t < (t2 if t2 is not None else b.D):
            rows.append((t, cid, fn(t, b.S)))
            t += per * (1 + R.uniform(-0.02, 0.02))
    rows += f.ev
    rows.sort(key=lambda r: r[0])
    out = []
    for t, cid, d in rows:
        d = [x & 0xFF for x in d]
        if f.console:
            out.append("  %s  %s   [%d]  %s" % (f.iface, cid, len(d), " ".join("%02X" % x for x in d)))
        else:
            out.append("(%.6f) %s %s#%s" % (b.t0 + t, f.iface, cid, "".join("%02X" % x for x in d)))
    return "\n".join(out) + "\n"


def cyc(k=0):
    st = {"n": 0}

    def fn(t, S):
        st["n"] += 1
        return [st["n"] & 0xFF, k, R.randint(0, 255), 0x10, 0, 0, 0, (st["n"] * 7) & 0xFF]
    return fn


def sigframe(key, scale, off=0):
    def fn(t, S):
        v = int((S(key, t) + off) * scale) & 0xFFFF
        return [v >> 8, v & 0xFF, 0, 0, R.randint(0, 3), 0, 0, 0xFF]
    return fn


# ----------------------------------------------------------------------------- UDS / DTC helpers
def dtc3(code, ftb=0):
    sysb = "PCBU".index(code[0])
    d = int(code[1:], 16)
    hi = (sysb << 14) | d
    return [hi >> 8, hi & 0xFF, ftb]


def uds_trace(b, t, tx, rx, dtcs, sid19=0x02, mask=0xFF, fmt="hhmmss"):
    """Lines of an ISO-TP trace for 19 02 mask -> 59 02 avail <dtc3 status>*. dtcs: (code, ftb, status)."""
    def ts(x):
        T = b.t0 + x
        if fmt == "hhmmss":
            return utc(T).strftime("%H:%M:%S.") + "%03d" % int((T % 1) * 1000)
        return "%.4f" % (x)
    lines = []
    lines.append("%s Tx %s 03 19 %02X %02X 00 00 00 00" % (ts(t), tx, sid19, mask))
    pl = [0x59, sid19, 0xFF if mask == 0xFF else 0x7F]
    for code, ftb, st in dtcs:
        pl += dtc3(code, ftb) + [st]
    t += 0.012
    if len(pl) <= 7:
        lines.append("%s Rx %s %s" % (ts(t), rx, " ".join("%02X" % x for x in [len(pl)] + pl + [0xAA] * (7 - len(pl)))))
    else:
        n = len(pl)
        ff = [0x10 | (n >> 8), n & 0xFF] + pl[:6]
        lines.append("%s Rx %s %s" % (ts(t), rx, " ".join("%02X" % x for x in ff)))
        lines.append("%s Tx %s 30 00 00 00 00 00 00 00" % (ts(t + 0.004), tx))
        rest, sn, tt = pl[6:], 1, t + 0.009
        while rest:
            ch, rest = rest[:7], rest[7:]
            lines.append("%s Rx %s %s" % (ts(tt), rx, " ".join("%02X" % x for x in [0x20 | (sn & 0xF)] + ch + [0xAA] * (7 - len(ch)))))
            sn += 1
            tt += 0.002
    return [(t - 0.012, l) for l in lines]


class Text:
    """A free text file built from (t, line) tuples plus routine lines from fn."""

    def __init__(s, name, head=""):
        s.name, s.rows, s.head = name, [], head

    def add(s, items):
        s.rows += items
        return s


def render_text(f, b):
    return f.head + "\n".join(l for _, l in sorted(f.rows, key=lambda r: r[0])) + "\n"


# ----------------------------------------------------------------------------- batch
class Batch:
    def __init__(s, state, D=900, ev=True, host=None):
        s.state, s.D, s.ev = state, D, ev
        s.t0 = 1788300000 + R.randint(0, 90) * 86400 + R.randint(6 * 3600, 20 * 3600) + R.random()
        s.t0 = round(s.t0, 3)
        s.host = host or R.choice(["vcu-a1", "ivi-main", "adcu0", "tcu", "hpc-01", "zcu-front"])
        s.uptime = R.choice([14.2, 31.7, 48.9, 600.3, 3600.8]) if state != "sleep" else 86000.2
        s.S = Sig(state if state != "ota" else "parked", D, ev)
        s.files = []

    def add(s, *fs):
        s.files += fs
        return fs[0] if len(fs) == 1 else fs


def write_batch(bid, b):
    d = os.path.join(OUT, bid)
    os.makedirs(d, exist_ok=True)
    for f in b.files:
        if isinstance(f, F):
            txt = render(f, b)
        elif isinstance(f, CSV):
            txt = render_csv(f, b)
        elif isinstance(f, Blocks):
            txt = render_blocks(f, b)
        elif isinstance(f, CanDump):
            txt = render_can(f, b)
        else:
            txt = render_text(f, b)
        with open(os.path.join(d, f.name), "w") as fh:
            fh.write(txt)


# ----------------------------------------------------------------------------- routine noise packs
def sys_noise(f, heavy=1.0):
    f.every(64 / heavy, "W", "systemd-timesyncd", lambda t, S: "Timed out waiting for reply from 10.%d.0.1:123 (ntp.vehicle.local)." % R.randint(0, 3), p=0.6)
    f.every(45 / heavy, "I", "systemd-timesyncd", "Initial synchronization to time server 10.0.0.1:123 (ntp.vehicle.local).", p=0.1)
    f.every(120 / heavy, "W", "wpa_supplicant", "wlan0: CTRL-EVENT-SCAN-FAILED ret=-16 retry=1")
    f.every(30 / heavy, "I", "NetworkManager", lambda t, S: "<info>  [%.4f] device (wwan0): state unchanged, signal %d%%" % (S.D + t, R.randint(40, 80)))
    f.every(300 / heavy, "I", "CRON", "(root) CMD (/usr/lib/vehicle/rotate-logs.sh)")
    f.every(20 / heavy, "I", "dbus-daemon", lambda t, S: "[system] Successfully activated service 'org.vehicle.Status%d'" % R.randint(1, 4), p=0.3)
    f.every(90 / heavy, "W", "upload-agent", lambda t, S: "POST https://ingest.fleet.example/v2/batch failed: HTTP 503, retry %d/5 in %ds" % (R.randint(1, 2), R.choice([2, 4, 8])), p=0.7)
    f.every(90 / heavy, "I", "upload-agent", lambda t, S: "batch %06d uploaded (%d KiB) after retry" % (R.randint(0, 999999), R.randint(20, 400)), p=0.7)
    f.every(15 / heavy, "I", "vehicle-statusd", lambda t, S: "heartbeat seq=%d state=%s" % (int(t / 15), S.state))
    f.every(60 / heavy, "I", "systemd", "Started Session c%d of user diag." % R.randint(1, 9), p=0.2)
    f.every(180 / heavy, "E", "bluetoothd", "Failed to set privacy: Rejected (0x0b)", p=0.5)
    return f


def kern_noise(f):
    f.every(4, "I", "kernel", lambda t, S: "can%d: rx %d tx %d err 0" % (R.randint(0, 2), int(t * 1700), int(t * 400)), p=0.5)
    f.every(25, "I", "kernel", lambda t, S: "thermal thermal_zone%d: temp %d mC" % (R.randint(0, 3), R.randint(41000, 52000)))
    f.every(70, "W", "kernel", "wlan0: AP 3a:1f:xx:xx:xx:xx not found, deauth ignored", p=0.6)
    f.every(9, "I", "kernel", lambda t, S: "stmmac eth0: tx_q0 pkts %d" % int(t * 3100), p=0.6)
    f.every(120, "W", "kernel", "cma: cma_alloc: alloc failed, req-size: 512 pages, ret: -16 (retrying)", p=0.4)
    return f


def adas_noise(f, proc_cam="camera_driver", proc_lidar="lidar_driver"):
    f.every(5, "I", proc_cam, lambda t, S: "front_wide: %.1f fps, exposure %d us, latency %.1f ms" % (S("cam_fps", t), R.randint(800, 4000), 18 + N(1)))
    f.every(5, "I", proc_lidar, lambda t, S: "lidar_front: %.1f Hz, %d pts/scan" % (S("lidar_hz", t), 118000 + R.randint(-900, 900)))
    f.every(5, "I", "radar_srr", lambda t, S: "radar_fc: %.1f Hz, %d targets" % (S("radar_hz", t), R.randint(8, 40)))
    f.every(2, "I", "planner", lambda t, S: "cycle %d: %d obstacles, plan %.1f ms" % (int(t * 10), R.randint(3, 30), 22 + N(2)))
    f.every(10, "I", "localization", lambda t, S: "ndt score %.2f, iter %d, pose cov %.3f" % (0.9 + N(0.02), R.randint(3, 7), 0.04 + abs(N(0.01))))
    f.every(95, "W", proc_cam, lambda t, S: "front_wide: frame %d dropped (late by %.1f ms)" % (R.randint(10000, 99999), 3 + abs(N(2))), p=0.7)
    f.every(140, "W", "planner", "trajectory smoother: max iterations reached, using previous solution", p=0.6)
    return f


def ecu_noise(f, tag):
    f.every(10, "I", tag + ".NM", lambda t, S: "NM state NORMAL_OPERATION, partial network mask 0x%02X" % R.choice([0x0F, 0x1F]))
    f.every(5, "I", tag + ".DIA", "tester present timer reset", p=0.4)
    f.every(60, "W", tag + ".NVM", "NvM write queue length 6 (>5), deferring", p=0.5)
    f.every(30, "I", tag + ".SUP", lambda t, S: "KL15 on, supply %.2f V, temp %d C" % (S("lv", t), R.randint(34, 39)))
    return f


def until(f, procs, t2):
    f.src = [(a, b_, c, d, e, (t2 if c in procs else g), h, i) for a, b_, c, d, e, g, h, i in f.src]


# ----------------------------------------------------------------------------- scenarios
B = []  # (batch, label dict)


def L(b, cat, sub, risk, rcf, desc, acc=()):
    B.append((b, dict(category=cat, subsystem=sub, risk_level=risk, risk_accept=list(acc),
                      vehicle_state=b.state if b.state != "sleep" else "parked", root_cause_file=rcf, description=desc)))


# ----------------------------------------------------------------------------- builders
def mk_sys(b, name="syslog.log", style="syslog", heavy=2.5):
    return b.add(sys_noise(F(name, style), heavy))


def mk_bms(b, name="bms.jsonl", style="json2", per=2.0):
    f = F(name, style)
    f.every(per, "I", "bms_main", lambda t, S: "pack %.1fV %.1fA soc %.1f%% Tmax=%.1fC Tmin=%.1fC Vcell %.3f/%.3f iso %d kOhm" % (
        S("pack_v", t), S("pack_i", t), S("soc", t), S("tmax", t), S("tmin", t), S("vmax", t), S("vmin", t), S("iso", t)))
    f.every(10, "I", "bms_bal", lambda t, S: "balancing %d cells, dV=%.1f mV" % (R.randint(0, 6), 1000 * (S("vmax", t) - S("vmin", t))))
    f.every(30, "I", "bms_main", "contactors: main+ CLOSED main- CLOSED precharge OPEN" if b.state in ("driving", "charging") else "contactors: all OPEN (standby)")
    f.every(120, "W", "bms_log", "NVM log sector 3 nearly full (91%), rotating", p=0.5)
    return b.add(f)


SIGCOLS = {"speed": ("vehicle_speed", "%.1f"), "lv": ("lv_bus_voltage", "%.2f"), "pack_v": ("pack_voltage", "%.1f"),
           "pack_i": ("pack_current", "%.1f"), "soc": ("soc", "%.1f"), "tmax": ("cell_temp_max", "%.1f"),
           "cool": ("coolant_temp", "%.1f"), "pump": ("pump_speed_rpm", "%.0f"), "fan": ("fan_duty_pct", "%.0f"),
           "tp": ("tire_fl_bar", "%.2f"), "yaw": ("yaw_rate", "%.2f"), "rpm": ("engine_rpm", "%.0f"),
           "dcdc_i": ("dcdc_current", "%.1f"), "cabin": ("cabin_temp", "%.1f"), "motor_t": ("motor_temp", "%.1f"),
           "inv_t": ("inverter_temp", "%.1f"), "steer": ("steering_angle", "%.1f"), "brake_p": ("brake_pressure_bar", "%.1f"),
           "iso": ("isolation_kohm", "%.0f"), "chg_req": ("charger_req_a", "%.1f"), "refrig_p": ("refrig_hp_bar", "%.1f")}


def mk_csv(b, keys, name="signals.csv", per=1.0, tfmt="epoch"):
    return b.add(CSV(name, [(SIGCOLS[k][0], k, SIGCOLS[k][1]) for k in keys], per, tfmt))


def mk_can(b, name="can0.log", extra=(), console=False, iface="can0", drop=None):
    # decimated capture (logger keeps 1 of N frames per ID) to stay within batch size limits
    fr = [("0CF00400", 2.0, sigframe("rpm", 8)), ("18FEF100", 2.0, sigframe("speed", 256)), ("1A0", 1.0, cyc(1)),
          ("3E9", 2.0, cyc(2)), ("18FEEE00", 5.0, sigframe("cool", 1, 40)), ("4F1", 5.0, cyc(3)), ("7DF", 10.0, lambda t, S: [2, 1, 0x0D, 0, 0, 0, 0, 0])]
    fr = [(c, p, fn, None, None) for c, p, fn in fr] + list(extra)
    if drop:
        fr = [(c, p, fn, t1, (drop[1] if c in drop[0] else t2)) for c, p, fn, t1, t2 in fr]
    return b.add(CanDump(name, fr, iface, console))


def mk_prom(b, name="metrics.prom", per=15, extra=None):
    def fn(t, S, T):
        ms = int(T * 1000)
        L_ = ["# HELP vc_cpu_load_percent CPU load", "# TYPE vc_cpu_load_percent gauge"]
        for core in range(4):
            L_.append('vc_cpu_load_percent{core="%d"} %.1f %d' % (core, S("cpu", t) + N(3), ms))
        L_.append('vc_mem_free_mb{node="hpc"} %.0f %d' % (S("mem", t), ms))
        L_.append('vc_lv_bus_voltage_volts{rail="kl30"} %.2f %d' % (S("lv", t), ms))
        L_.append('vc_coolant_temp_celsius{loop="%s"} %.1f %d' % ("battery" if b.ev else "engine", S("cool", t), ms))
        L_.append('vc_can_rx_frames_total{bus="pt_can"} %d %d' % (int(t * 1800), ms))
        L_.append('vc_can_errors_total{bus="pt_can"} %d %d' % (int(t / 400), ms))
        L_.append('vc_sensor_rate_hz{sensor="lidar_front"} %.1f %d' % (S("lidar_hz", t), ms))
        L_.append('vc_sensor_rate_hz{sensor="cam_front"} %.1f %d' % (S("cam_fps", t), ms))
        if extra:
            L_ += extra(t, S, ms)
        return "\n".join(L_) + "\n"
    return b.add(Blocks(name, per, fn))


def mk_yaml(b, name, topic_fn, per=1.0, t2=None):
    return b.add(Blocks(name, per, lambda t, S, T: topic_fn(t, S, T) + "---\n", t2=t2))


def yaml_hdr(T, frame):
    return "header:\n  stamp:\n    sec: %d\n    nanosec: %d\n  frame_id: %s\n" % (int(T), int((T % 1) * 1e9), frame)


def pb_chassis(t, S, T):
    return ('header {\n  timestamp_sec: %.6f\n  module_name: "canbus"\n  sequence_num: %d\n}\nengine_started: true\n'
            'speed_mps: %.3f\nthrottle_percentage: %.1f\nbrake_percentage: %.1f\nsteering_percentage: %.1f\n'
            'driving_mode: COMPLETE_AUTO_DRIVE\ngear_location: GEAR_DRIVE\n\n') % (T, int(t * 10), S("speed", t) / 3.6, abs(N(8)), S("brake_p", t), S("steer", t) / 5)


def mk_dem(b, name="ecu_trace.txt", ecu="ECU"):
    f = F(name, "ecutrace")
    f.every(1.0, "I", "BswM", lambda t, S: "BswM_MainFunction mode=RUN req=0x%02X" % R.choice([1, 1, 1, 3]), p=0.4)
    f.every(2.0, "I", "ComM", "ComM_MainFunction channel=0 FULL_COM", p=0.5)
    f.every(5.0, "I", "NvM", lambda t, S: "NvM_WriteBlock(BlockId=%d) -> E_OK" % R.randint(3, 40), p=0.4)
    f.every(11.0, "I", "Dem", lambda t, S: "Dem_SetEventStatus(EventId=0x%04X, PASSED)" % R.choice([0x0010, 0x0021, 0x0033, 0x0102]))
    f.every(77.0, "W", "Det", lambda t, S: "Det_ReportRuntimeError(ModuleId=%d, InstanceId=0, ApiId=0x%02X, ErrorId=0x%02X)" % (R.choice([50, 51]), R.randint(1, 9), R.choice([0x02, 0x10])), p=0.6)
    f.every(3.0, "I", "WdgM", "WdgM_CheckpointReached(SE=1, CP=0) alive ok", p=0.3)
    return b.add(f)


def mk_qnx(b, name="slog2info.txt"):
    f = F(name, "qnx")
    f.every(5, "I", "io-pkt-v6-hc", lambda t, S: "em0: link up 1000baseT-FD, rx %d tx %d" % (int(t * 900), int(t * 850)), p=0.5)
    f.every(3, "I", "hmi_compositor", lambda t, S: "frame stats: %d fps, %d late" % (60, R.choice([0, 0, 0, 1])))
    f.every(20, "I", "devb-sdmmc", "sdmmc0: health ok, wear level 3%", p=0.5)
    f.every(50, "W", "audio_mgr", "underrun on pcm0, recovered", p=0.6)
    f.every(10, "I", "slm", lambda t, S: "component heartbeat: %d of %d alive" % (23, 23))
    return b.add(f)


def mk_adas(b, name="adas.log", style="ros2"):
    return b.add(adas_noise(F(name, style)))


def mk_uds(b, name, items, head="; diag tester trace, CAN 500k, ISO-TP\n", keep=True):
    t = Text(name, head)
    if keep and not any(" 3E 00" in l for it in items for _, l in it):
        t.add(tester_noise(b, 0.5, b.D, "7DF", "7E8"))
    for x in items:
        t.add(x)
    return b.add(t)


def tester_noise(b, t1, t2, tx="7E0", rx="7E8"):
    out, t = [], t1
    while t < t2:
        ts = utc(b.t0 + t).strftime("%H:%M:%S.") + "%03d" % int(((b.t0 + t) % 1) * 1000)
        ts2 = utc(b.t0 + t + 0.011).strftime("%H:%M:%S.") + "%03d" % int(((b.t0 + t + 0.011) % 1) * 1000)
        out.append((t, "%s Tx %s 02 3E 00 00 00 00 00 00" % (ts, tx)))
        out.append((t + 0.011, "%s Rx %s 02 7E 00 AA AA AA AA AA" % (ts2, rx)))
        t += 2.0
    return out


# ============================================================================= healthy
def h_sleep():
    b = Batch("sleep", 1800)
    f = mk_sys(b, "syslog.log", "syslog", 0.5)
    f.every(20, "I", "pm-daemon", lambda t, S: "sleep tick: KL30 %.2f V, quiescent %d mA, next wake in 600 s" % (S("lv", t), R.randint(18, 26)))
    f.at(600, "N", "pm-daemon", "scheduled wake for telematics check-in").at(640, "N", "pm-daemon", "returning to sleep, wake source RTC")
    f.every(600, "W", "tcu-modem", "AT+CREG? -> 0,2 (searching), retry in 5 s", p=0.8)
    f.every(600, "I", "tcu-modem", "registered on network, RSRP -97 dBm")
    b.add(CanDump("can0.log", [("5A0", 1.0, cyc(9), 600, 645), ("5A1", 1.0, cyc(8), 600, 645), ("1A0", 0.5, cyc(1), 600, 640)]))
    mk_csv(b, ["lv", "soc", "tmax", "cabin"], "signals.csv", 5.0)
    L(b, "none", "none", "low", None, "Vehicle asleep overnight with one RTC wake for telematics; NTP/modem search retries are routine. Healthy.")


def h_ac_charge():
    b = Batch("charging", 1500)
    mk_bms(b, "bms.jsonl", "json1s")
    f = mk_sys(b, "journal.txt", "journal")
    f.every(5, "I", "obc", lambda t, S: "OBC: AC in 229 V 16.0 A, DC out %.1f V %.1f A, eff 94%%" % (S("pack_v", t), S("pack_i", t) / 6))
    f.at(3, "I", "evse", "CP state B->C, duty 26.7% (16 A), PP 220 Ohm").at(2, "I", "evse", "plug detected, lock engaged")
    f.at(40, "W", "evse", "CP duty jitter 0.4% above tolerance, ignored (1 sample)")
    mk_csv(b, ["pack_v", "pack_i", "soc", "tmax", "lv", "chg_req"], "signals.csv", 2.0, "iso")
    L(b, "none", "none", "low", None, "Routine AC charging at 16 A, pack voltage and SoC rise normally, one ignored CP jitter. Healthy.")


def h_dc_charge():
    b = Batch("charging", 1200)
    S = b.S
    S.set("pack_i", lambda t: (180 if t < 700 else ramp(t, 700, 1200, 180, 60)) + N(1))
    S.set("soc", lambda t: 22 + 0.05 * t)
    S.set("tmax", lambda t: ramp(t, 0, 1200, 27, 39) + N(0.1))
    mk_bms(b, "bms.jsonl", "json3ms")
    f = F("charger.log", "logfmt")
    f.every(2, "I", "ccs", lambda t, S: "CurrentDemandReq EVTargetCurrent=%.0f EVSEPresentCurrent=%.0f EVSEPresentVoltage=%.0f" % (S("pack_i", t), S("pack_i", t) - abs(N(0.5)), S("pack_v", t)))
    f.at(1, "I", "slac", "SLAC matching complete, NMK set").at(3, "I", "ccs", "SessionSetup ok, EVSEID DE*ION*E1234")
    f.at(5, "W", "ccs", "PLC link: retransmission 1, continuing").at(700, "I", "bms_ctl", "taper: SoC 57%, reducing current request")
    b.add(f)
    mk_sys(b, "syslog.log", "rfc5424")
    L(b, "none", "none", "low", None, "DC fast charge from 22 %, normal current taper, cell temps stay below 40 C. Healthy.")


def h_highway():
    b = Batch("driving", 1000)
    mk_adas(b, "adas.log", "ros2")
    g = F("planner.INFO", "glog")
    g.every(2, "I", "planner.cc:88", lambda t, S: "lane_follow: v=%.1f m/s, kappa=%.4f, lead gap %.1f m" % (S("speed", t) / 3.6, N(0.001), 40 + N(5)))
    g.every(60, "W", "route_segment.cc:212", "map tile 0x3a2f not cached, fetching", p=0.5)
    b.add(g)
    mk_csv(b, ["speed", "yaw", "steer", "lv", "pack_v", "soc", "tmax", "cool"], "signals.csv", 1.0)
    mk_can(b, "can0.log")
    L(b, "none", "none", "low", None, "Highway drive with lane following active; only routine frame drops and map-tile fetch warnings. Healthy.")


def h_city_ice():
    b = Batch("driving", 900, ev=False)
    mk_can(b, "candump.log", console=True)
    s = mk_sys(b, "syslog.log")
    s.every(30, "I", "obd-mon", lambda t, S: "readiness: MIS ok FUE ok CCM ok CAT ok EGS ok, rpm %d, ECT %.0f C" % (S("rpm", t), S("cool", t)))
    items = [tester_noise(b, 10, 880), uds_trace(b, 300.0, "7E0", "7E8", [])]
    mk_uds(b, "diag.txt", items)
    mk_csv(b, ["speed", "rpm", "cool", "lv"], "obd_pids.csv", 1.0, "ms")
    L(b, "none", "none", "low", None, "City drive of a petrol car; OBD readiness all complete, ReadDTCInformation returns no records. Healthy.")


def h_ota():
    b = Batch("ota", 1500)
    j = mk_sys(b, "journal.txt", "journal_unit")
    for t, m, lv in [(30, "swupdate: downloading bundle 2026.11.3 (412 MiB)", "I"), (300, "swupdate: download retry after TLS reset (1/3)", "W"),
                     (320, "swupdate: download complete, sha256 ok", "I"), (330, "swupdate: signature verified with key fleet-2026", "I"),
                     (340, "swupdate: installing to slot B", "I"), (900, "swupdate: slot B written, marking bootable", "I"),
                     (910, "systemd: Reached target Reboot.", "N"), (960, "rauc: booted slot B, marking good", "I"),
                     (990, "ota-agent: update 2026.11.3 reported SUCCESS to backend", "I")]:
        j.at(t, lv, m.split(":")[0], m.split(": ", 1)[1])
    j.every(20, "I", "swupdate", lambda t, S: "progress %d%%" % min(100, max(0, int((t - 340) / 5.6))), t1=340, t2=900)
    d = b.add(kern_noise(F("dmesg.txt", "dmesg")))
    d.every(40, "I", "k", lambda t, S: "mmcblk0: wr %d sectors" % R.randint(1000, 9000))
    d.at(962, "I", "k", "EXT4-fs (mmcblk0p6): recovery complete").at(963, "I", "k", "EXT4-fs (mmcblk0p6): mounted filesystem with ordered data mode")
    d.at(964, "W", "k", "usb 1-1: device descriptor read/64, error -71").at(965, "I", "k", "usb 1-1: new high-speed USB device number 3 using xhci-hcd")
    mk_prom(b)
    L(b, "none", "none", "low", None, "Parked OTA update: one download retry, install to slot B, reboot and success report; USB enumeration retry at boot is routine. Healthy.")


def h_cold():
    b = Batch("driving", 1200)
    S = b.S
    S.set("tmax", lambda t: ramp(t, 0, 1200, -17, 2) + N(0.1))
    S.set("tmin", lambda t: ramp(t, 0, 1200, -18, 0) + N(0.1))
    S.set("cabin", lambda t: ramp(t, 0, 700, -18, 20))
    S.set("cool", lambda t: ramp(t, 0, 1000, -15, 25))
    f = mk_bms(b, "bms.log", "dlt")
    f.every(20, "W", "BMS.LIM", lambda t, S: "cell temp %.1f C below 0 C: regen limit %d kW, charge limit %d kW" % (S("tmin", t), int(ramp(t, 0, 1100, 5, 60)), int(ramp(t, 0, 1100, 3, 50))), t2=1100)
    f.every(30, "I", "BMS.HTR", lambda t, S: "PTC heater %d W, target 10 C" % R.randint(3000, 5000), t2=1100)
    mk_csv(b, ["speed", "tmax", "cool", "cabin", "lv", "soc"], "signals.csv", 1.0)
    mk_sys(b, "syslog.log")
    L(b, "none", "none", "low", None, "Cold start at -18 C: expected regen/charge power limits and heater operation while the pack warms. Healthy.")


def h_service():
    b = Batch("test", 900)
    j = mk_sys(b, "syslog.log", "rfc5424")
    j.at(5, "N", "diagd", "session: extended diagnostic (10 03) from tester 0xF1")
    for i, a in enumerate(["horn", "wiper_front", "fan_radiator", "coolant_pump", "low_beam_l", "window_rl"]):
        j.at(60 + 60 * i, "I", "routine", "actuator test %s: commanded 3 s, feedback ok" % a)
    j.at(430, "E", "eol-tool", "assert failed: expected 6 responses, got 5 (tool script bug, ignoring)")
    j.at(600, "I", "diagd", "ClearDiagnosticInformation (14 FF FF FF) -> positive response")
    items = [tester_noise(b, 0, 890), uds_trace(b, 590, "7E0", "7E8", [("U0100", 0x00, 0x28)]), uds_trace(b, 610, "7E0", "7E8", [])]
    mk_uds(b, "diag.txt", items, "; workshop EOL run\n")
    mk_can(b, "can0.log")
    L(b, "none", "none", "low", None, "Workshop test mode: actuator tests pass, a stale historic U0100 (not test-failed) is cleared, tool script assertion is not a vehicle fault. Healthy.")


def h_blip():
    b = Batch("driving", 900)
    a = mk_adas(b, "adas.log", "ros2")
    a.at(402, "W", "can_bridge", "rx timeout on 0x1A0 (120 ms), resynced on next frame").at(402.2, "I", "can_bridge", "0x1A0 rx ok")
    a.at(600, "N", "launch_manager", "restarting /lidar_driver on request (config reload)").at(603, "I", "lidar_driver", "lidar_front: driver ready, 10.0 Hz")
    mk_can(b, "can0.log")
    mk_sys(b, "journal.txt", "journal")
    mk_prom(b)
    L(b, "none", "none", "low", None, "Driving with a single 120 ms CAN timeout that resynced immediately and a deliberate lidar driver restart. Healthy.")


def h_autoware():
    b = Batch("driving", 1000)
    a = adas_noise(F("launch.log", "ros2"), "/sensing/camera/traffic_light", "/sensing/lidar/top")
    a.every(10, "W", "/control/trajectory_follower", "lateral: steer rate limit active (expected on sharp curve)")
    a.every(15, "W", "/perception/occupancy_grid_map", "pointcloud lag 112 ms > 100 ms, using extrapolation")
    b.add(a)
    mk_qnx(b, "hmi_slog2.txt")
    mk_csv(b, ["speed", "steer", "yaw", "brake_p", "lv"], "vehicle.csv", 0.5)
    L(b, "none", "none", "low", None, "Autoware drive with steady routine warnings (steer rate limit, pointcloud lag) all drive long; no trend. Healthy.")


# ============================================================================= faults
def f_cell_hot():
    b = Batch("driving", 1500)
    b.S.set("tmax", lambda t: ramp(t, 300, 1300, 31, 58.4) + N(0.1))
    b.S.set("pack_i", lambda t: -(ramp(t, 1150, 1250, 70, 25)) + N(2))
    f = mk_bms(b, "bms.jsonl", "json2")
    f.every(30, "W", "bms_therm", lambda t, S: "module 7 sensor 3 above module mean by %.1f K" % (S("tmax", t) - 30), t1=500)
    f.every(25, "W", "bms_lim", lambda t, S: "discharge power limit %d kW (thermal)" % int(ramp(t, 1150, 1260, 150, 45)), t1=1150)
    mk_csv(b, ["speed", "pack_v", "pack_i", "soc", "tmax", "cool", "pump", "lv"], "signals.csv", 1.0)
    mk_sys(b)
    L(b, "battery_bms", "cell", "high", "bms.jsonl", "One module's cell temperature creeps from 31 to 58 C while coolant and pump are normal; BMS cuts discharge power to 45 kW (derate). Only warnings, no error lines.", ["medium"])


def f_iso_charge():
    b = Batch("charging", 1200)
    b.S.set("iso", lambda t: ramp(t, 200, 760, 2400, 85) + N(5) if t < 780 else 85 + N(3))
    b.S.set("pack_i", lambda t: (55 if t < 782 else 0) + N(0.3))
    mk_bms(b, "bms.jsonl", "json1ms")
    c = F("charger.log", "logfmt")
    c.every(3, "I", "obc", lambda t, S: "ac_in=230V dc_out_a=%.1f state=%s" % (S("pack_i", t), "CHARGING" if t < 782 else "STOPPED"))
    c.at(782, "W", "obc", "charge session terminated by vehicle (BMS request), evse released")
    c.at(785, "N", "hmi_bridge", "notification: Charging interrupted, contact service")
    b.add(c)
    mk_sys(b, "syslog.log")
    L(b, "battery_bms", "hv_isolation", "high", "bms.jsonl", "While AC charging, the isolation value in the BMS status line falls from 2400 to 85 kOhm and the vehicle stops the charge.", ["medium"])


def f_hvil_pending():
    b = Batch("driving", 900)
    d = mk_dem(b, "bms_trace.txt")
    d.at(412.2, "W", "Dem", "Dem_SetEventStatus(EventId=0x0A0A, PREFAILED) HVIL loop 2 open 4 ms")
    d.at(412.3, "I", "Dem", "Dem_SetEventStatus(EventId=0x0A0A, PREPASSED)")
    items = [tester_noise(b, 20, 890, "7E4", "7EC"), uds_trace(b, 700, "7E4", "7EC", [("P0A0A", 0x00, 0x24)])]
    mk_uds(b, "diag.txt", items)
    mk_can(b)
    mk_sys(b)
    L(b, "battery_bms", "hvil", "low", "bms_trace.txt", "One 4 ms HVIL loop open; the BMS reports P0A0A pending only (status 0x24, not confirmed). Nothing the driver notices.")


def f_contactor_weld():
    b = Batch("parked", 600)
    b.S.set("pack_i", lambda t: 0.2)
    f = mk_bms(b, "bms.log", "dlt")
    f.at(20, "I", "BMS.CTR", "shutdown sequence: opening main+ / main-")
    f.at(20.4, "W", "BMS.CTR", "post-open check: link voltage 371 V after 400 ms (expected < 60 V)")
    f.at(21.5, "E", "BMS.CTR", "main+ contactor welded, keeping precharge open; DTC stored")
    items = [uds_trace(b, 120, "7E4", "7EC", [("P0AA1", 0x00, 0x2F), ("P0A0A", 0x00, 0x28)])]
    mk_uds(b, "diag.txt", items)
    mk_sys(b, "journal.txt", "journal")
    L(b, "battery_bms", "contactor", "medium", "bms.log", "At key-off the HV link stays at 371 V after opening: main positive contactor stuck closed (P0AA1 confirmed). Parked, so medium; an old HVIL code is historic only.", ["high"])


def f_misfire():
    b = Batch("driving", 1200, ev=False)
    s = mk_sys(b, "syslog.log")
    s.every(10, "I", "obd-mon", lambda t, S: "misfire counters cyl1..4: %d %d %d %d (window 1000 rev)" % (int(ramp(t, 300, 900, 0, 38) + abs(N(1))), R.randint(0, 1), 0, R.randint(0, 1)))
    g = F("ecm.log", "json3")
    g.every(2, "I", "ecm", lambda t, S: "rpm %d load %d%% ltft %.1f" % (S("rpm", t), R.randint(20, 60), 2 + N(0.5)))
    g.at(640, "W", "ecm", "P0301 pending: cylinder 1 misfire detected").at(900, "E", "ecm", "P0301 confirmed, MIL on, cylinder 1 injector cut for catalyst protection, torque limited")
    g.at(1000, "W", "ecm", "P0420 pending (catalyst efficiency bank 1), monitoring")
    b.add(g)
    mk_can(b, "candump.log", console=True)
    L(b, "powertrain", "ignition", "high", "syslog.log", "Cylinder-1 misfire count rises through the drive, P0301 confirms, ECM cuts cylinder 1 and limits torque. A pending P0420 is secondary.", ["medium"])


def f_inverter():
    b = Batch("driving", 900)
    b.S.set("speed", lambda t: (ramp(t, 0, 60, 0, 100) if t < 500 else ramp(t, 500, 560, 100, 0) if t < 600 else ramp(t, 600, 660, 0, 60)) + N(0.5))
    d = mk_dem(b, "mcu_trace.txt")
    d.at(500.0, "E", "Dem", "Dem_SetEventStatus(EventId=0x0A78, FAILED) phase W IGBT desaturation")
    d.at(500.001, "E", "MCU", "gate driver: DESAT W-high, PWM disabled, torque 0 Nm")
    d.at(598, "N", "MCU", "restart after fault cleared by VCU, torque limited 50%")
    v = F("vcu.log", "glog")
    v.every(1, "I", "vcu_main.cc:40", lambda t, S: "torque req %.0f Nm, vspd %.1f" % (abs(N(80)), S("speed", t)))
    v.at(500.05, "E", "vcu_main.cc:77", "MCU torque unavailable, propulsion lost, requesting driver to pull over")
    v.at(600, "W", "vcu_main.cc:81", "limp home mode: power limited to 40 kW")
    b.add(v)
    mk_csv(b, ["speed", "motor_t", "inv_t", "pack_i", "lv"], "signals.csv", 0.5)
    L(b, "powertrain", "inverter", "high", "mcu_trace.txt", "Inverter IGBT desaturation cuts propulsion at 100 km/h; after restart the car runs in limp-home at 40 kW.", ["critical"])


def f_truck_fuel():
    b = Batch("driving", 900, ev=False)
    def dm1(t, S):
        return [0x04, 0xFF, 94, 0x00, 0x01, 0x01, 0xFF, 0xFF] if t > 420 else [0x00, 0xFF, 0, 0, 0, 0, 0xFF, 0xFF]
    mk_can(b, "can0.log", extra=[("18FECA00", 1.0, dm1, None, None), ("18FEF200", 1.0, sigframe("rpm", 4), None, None)])
    j = F("telematics.jsonl", "json1s")
    j.every(3, "I", "gps", lambda t, S: "fix 3D sats %d hdop %.1f" % (S("gnss_sats", t), 0.8 + abs(N(0.1))))
    j.every(10, "I", "fms", lambda t, S: "FMS: rpm %d speed %.0f fuel rate %.1f l/h" % (S("rpm", t), S("speed", t), 22 + N(2)))
    j.at(421, "W", "fms", "DM1 active: SPN 94 FMI 1 (fuel delivery pressure low), lamp AWL")
    j.at(430, "W", "fms", "engine derate 25% reported by EMS")
    b.add(j)
    mk_sys(b, "syslog.log", "rfc5424")
    L(b, "powertrain", "fuel", "high", "can0.log", "J1939 DM1 from the engine (SA 00) reports SPN 94 FMI 1, fuel delivery pressure low, then the engine derates.")


def f_cat_pending():
    b = Batch("driving", 1200, ev=False)
    s = mk_sys(b, "syslog.log")
    s.every(60, "I", "obd-mon", lambda t, S: "O2 B1S2 switching ratio %.2f (threshold 0.75)" % ramp(t, 0, 1200, 0.62, 0.70))
    items = [tester_noise(b, 0, 1190), uds_trace(b, 1100, "7E0", "7E8", [("P0420", 0x00, 0x04)])]
    mk_uds(b, "diag.txt", items)
    mk_csv(b, ["speed", "rpm", "cool"], "obd.csv", 1.0)
    L(b, "powertrain", "emissions", "low", "syslog.log", "Catalyst efficiency monitor reports P0420 pending only (status 0x04); no MIL, nothing noticeable.")


def f_pump_dead():
    b = Batch("driving", 1500)
    b.S.set("pump", lambda t: 2850 + N(20) if t < 380 else 0)
    b.S.set("cool", lambda t: ramp(t, 0, 380, 24, 36) + (0 if t < 380 else (t - 380) * 0.025) + N(0.2))
    b.S.set("tmax", lambda t: 29 + (0 if t < 380 else (t - 380) * 0.02) + N(0.1))
    t = F("tms.log", "logcat")
    t.every(2, "I", "ThermalMgr", lambda x, S: "loop BAT: pump cmd 65%% fb %d rpm, inlet %.1f C" % (S("pump", x), S("cool", x)))
    t.every(20, "W", "ThermalMgr", "chiller valve position drift 2%, recalibrating", p=0.6)
    b.add(t)
    f = mk_bms(b, "bms.jsonl", "json2")
    f.every(10, "W", "bms_lim", lambda x, S: "thermal derate: discharge limit %d kW" % int(ramp(x, 1000, 1300, 140, 50)), t1=1000)
    mk_csv(b, ["speed", "cool", "pump", "tmax", "pack_i"], "signals.csv", 1.0)
    L(b, "thermal", "pump", "high", "tms.log", "Battery coolant pump is commanded at 65 % but feedback drops to 0 rpm; coolant and cell temps climb and the BMS derates. Root cause is the pump, not the battery.")


def f_fan_stuck():
    b = Batch("driving", 1500, ev=False)
    b.S.set("fan", lambda t: 0)
    b.S.set("cool", lambda t: ramp(t, 0, 400, 24, 92) + (0 if t < 500 else (t - 500) * 0.022) + N(0.3))
    mk_csv(b, ["speed", "rpm", "cool", "fan", "lv"], "signals.csv", 1.0)
    mk_can(b, "can0.log")
    mk_sys(b, "syslog.log")
    L(b, "thermal", "radiator", "high", "signals.csv", "Signals only: radiator fan duty stays 0 % while engine coolant climbs past 110 C (to about 114 C); no log line names it.", ["medium"])


def f_hvac():
    b = Batch("driving", 1200)
    b.S.set("refrig_p", lambda t: ramp(t, 0, 600, 14.5, 2.1) + N(0.1))
    b.S.set("cabin", lambda t: ramp(t, 0, 400, 30, 24) if t < 600 else ramp(t, 600, 1200, 24, 31))
    q = mk_qnx(b, "slog2info.txt")
    q.every(5, "I", "climate_ctl", lambda t, S: "A/C: HP %.1f bar, compressor %s, cabin %.1f C set 21.0" % (S("refrig_p", t), "ON 4200 rpm" if S("refrig_p", t) > 2.5 else "OFF (HP low)", S("cabin", t)))
    q.at(605, "W", "climate_ctl", "A/C compressor inhibited: refrigerant pressure below 2.5 bar")
    mk_csv(b, ["speed", "cabin", "refrig_p", "lv"], "signals.csv", 1.0)
    mk_sys(b)
    L(b, "thermal", "hvac", "medium", "slog2info.txt", "Refrigerant high-side pressure bleeds down to 2 bar, compressor inhibited, cabin warms: degraded comfort function.")


def f_wss():
    b = Batch("driving", 1200)
    e = ecu_noise(F("esc.log", "dlt", ecu="ESC1"), "ESC")
    e.every(1, "I", "ESC.WSS", lambda t, S: "wheel speeds FL %.1f FR %.1f RL %.1f RR %.1f" % (S("speed", t) if t < 510 else 0.0, S("speed", t), S("speed", t), S("speed", t)))
    e.at(510.1, "E", "ESC.WSS", "FL sensor signal lost, C0035 set (ftb 0x31)")
    e.at(510.2, "E", "ESC.DEM", "stored DTC 0x403531 status 0x2F")
    e.at(510.3, "E", "ESC.MGR", "ABS function off, EBD in backup, ESC off")
    b.add(e)
    a = mk_adas(b, "adas.log", "ros2")
    for k in range(40):
        a.at(511 + k * 15, "E", "acc_manager", "ACC unavailable: ESC status not OK (0x%02X)" % R.choice([4, 5]))
    a.at(511.5, "E", "lka", "lane keeping assist disabled: chassis prerequisites not met")
    items = [uds_trace(b, 800, "7B0", "7B8", [("C0035", 0x31, 0x2F), ("U0415", 0x00, 0x28)])]
    mk_uds(b, "diag.txt", items)
    L(b, "brakes_chassis", "abs", "critical", "esc.log", "Front-left wheel speed sensor goes to 0 (C0035-31); ABS and ESC switch off while driving, then ACC/LKA report unavailable many times. Root cause ABS sensor.", ["high"])


def f_tpms():
    b = Batch("driving", 1800)
    b.S.set("tp", lambda t: ramp(t, 100, 1700, 2.48, 1.62) + N(0.005))
    j = F("chassis.jsonl", "json3s")
    j.every(2, "I", "tpms", lambda t, S: "tire FL %.2f bar FR %.2f RL %.2f RR %.2f (nominal 2.5)" % (S("tp", t), 2.5 + N(0.01), 2.45 + N(0.01), 2.46 + N(0.01)))
    j.every(60, "W", "tpms", "sensor RR battery 2.6 V, low", p=0.9)
    j.at(1500, "W", "tpms", "FL below warning threshold, telltale on")
    b.add(j)
    mk_csv(b, ["speed", "yaw", "tp", "lv"], "signals.csv", 1.0)
    mk_sys(b)
    L(b, "brakes_chassis", "tpms", "medium", "chassis.jsonl", "Slow leak: front-left tyre pressure drifts from 2.5 to 1.6 bar in the same status line; warning telltale on. RR sensor battery-low warning is steady noise.", ["high"])


def f_eps():
    b = Batch("driving", 1200)
    e = F("eps.log", "syslog")
    e.every(20, "I", "eps_ctl", lambda t, S: "supply %.2f V, ECU temp %d C, rack pos %.1f mm" % (S("lv", t), R.randint(40, 44), S("steer", t) / 8))
    e.every(1, "I", "eps_ctl", lambda t, S: "assist %.0f%% torque %.2f Nm motor %.0f C" % (100 if t < 700 else 30, abs(N(1.5)), 48 + (0 if t < 600 else (t - 600) * 0.05)))
    e.every(50, "W", "eps_ctl", lambda t, S: "EPS-0201 column angle offset relearn (%.1f deg)" % N(0.3))
    e.at(700, "E", "eps_ctl", "EPS-1203 torque sensor channel B implausible vs A, assist reduced to 30%")
    e.at(701, "W", "cluster", "message: Steering assist reduced. Drive with care")
    b.add(e)
    mk_csv(b, ["speed", "steer", "yaw", "lv"], "signals.csv", 1.0)
    mk_can(b)
    L(b, "brakes_chassis", "eps", "high", "eps.log", "EPS-1203: torque sensor channels disagree; steering assist reduced to 30 % while driving.", ["critical"])


def f_airbag():
    b = Batch("driving", 900)
    d = mk_dem(b, "acsm_trace.txt")
    d.every(5, "I", "SQM", lambda t, S: "squib DRV1 %.2f Ohm PAS1 %.2f Ohm" % (ramp(t, 200, 520, 2.1, 9.8) + N(0.02), 2.2 + N(0.02)))
    d.at(520, "E", "Dem", "Dem_SetEventStatus(EventId=0x0001, FAILED) B0001 driver frontal stage 1 resistance high")
    d.at(520.2, "E", "ACSM", "driver frontal stage 1 deployment disabled, SRS lamp ON")
    items = [uds_trace(b, 700, "737", "73F", [("B0001", 0x1A, 0x2F)])]
    mk_uds(b, "diag.txt", items)
    mk_sys(b)
    L(b, "body", "airbag", "critical", "acsm_trace.txt", "Driver airbag stage-1 squib resistance climbs to 9.8 Ohm, B0001-1A confirmed, deployment disabled while moving.", ["high"])


def f_door():
    b = Batch("parked", 900)
    lc = F("bcm.log", "logcat")
    lc.every(5, "I", "BodyCtl", lambda t, S: "sleep readiness: %d of 9 nodes ready, KL30 %.2f V" % (R.randint(7, 9), S("lv", t)))
    lc.every(12, "D", "LinMaster", lambda t, S: "LIN1 schedule table 2 ok, %d frames" % int(t * 40))
    lc.every(30, "I", "BodyCtl", lambda t, S: "lock request ALL: FL 120 ms FR 118 ms RL %d ms RR 121 ms" % int(ramp(t, 0, 900, 150, 410)))
    lc.every(45, "W", "BodyCtl", "key fob RSSI weak (-91 dBm), retry", p=0.7)
    b.add(lc)
    mk_sys(b)
    mk_can(b, "can1.log", iface="can1")
    L(b, "body", "doors", "low", "bcm.log", "Rear-left lock actuator response time creeps from 150 to 410 ms; all locks still complete. Logged only.", ["medium"])


def f_lowbeam():
    b = Batch("driving", 1200)
    j = F("lighting.jsonl", "json2ms")
    j.every(2, "I", "lcm", lambda t, S: "low beam L %.2f A R %.2f A" % (ramp(t, 300, 320, 4.1, 0.0) if t > 300 else 4.1 + N(0.03), 4.1 + N(0.03)))
    j.at(321, "W", "lcm", "lamp out: low beam left, telltale requested")
    j.every(30, "W", "lcm", "daylight sensor noise, filtered", p=0.8)
    b.add(j)
    mk_sys(b)
    mk_csv(b, ["speed", "lv"], "signals.csv", 1.0)
    L(b, "body", "lighting", "medium", "lighting.jsonl", "Left low-beam current drops to 0 A during a drive; lamp-out telltale. Degraded lighting.", ["high"])


def f_lidar_gone():
    b = Batch("driving", 1200)
    b.S.set("lidar_hz", lambda t: 10 + N(0.03) if t < 456 else 0.0)
    a = F("adas.log", "ros2")
    adas_noise(a)
    a.src = [s for s in a.src if s[2] != "lidar_driver"]
    a.every(5, "I", "lidar_driver", lambda t, S: "lidar_front: %.1f Hz, %d pts/scan" % (S("lidar_hz", t), 118000 + R.randint(-900, 900)), t2=455)
    a.at(470, "W", "fusion", "running on camera+radar, lidar input stale")
    a.at(472, "W", "hmi_bridge", "highway pilot unavailable, ACC only")
    b.add(a)
    mk_prom(b)
    mk_sys(b, "journal.txt", "journal")
    L(b, "adas_perception", "lidar", "high", "adas.log", "The front lidar status line stops at t0+455 s with no error; fusion falls back to camera+radar and highway pilot is unavailable.", ["medium"])


def f_camera():
    b = Batch("driving", 1200)
    g = F("perception.INFO", "glog")
    g.every(1, "I", "lane_det.cc:131", lambda t, S: "lanes %d conf %.2f" % (2, max(0.05, ramp(t, 200, 700, 0.93, 0.21) + N(0.02))))
    g.every(20, "W", "lane_det.cc:210", lambda t, S: "image contrast low (%.2f)" % ramp(t, 200, 700, 0.6, 0.1), t1=250)
    g.at(705, "W", "lka_arb.cc:52", "LKA unavailable: lane confidence below 0.3 for 5 s (camera blockage suspected)")
    b.add(g)
    mk_adas(b, "adas.log", "ros2")
    mk_csv(b, ["speed", "steer", "yaw"], "signals.csv", 0.5)
    L(b, "adas_perception", "camera", "high", "perception.INFO", "Lane confidence and image contrast from the front camera decay (blockage); lane keeping becomes unavailable.")


def f_loc_mrm():
    b = Batch("driving", 900)
    a = F("autoware.log", "ros2")
    adas_noise(a, "/sensing/camera/front", "/sensing/lidar/top")
    a.src = [s for s in a.src if s[2] != "localization"]
    a.every(2, lambda t, S: "I" if t < 450 else "W", "/localization/ndt_scan_matcher", lambda t, S: "score %.2f iter %d" % (max(0.1, ramp(t, 300, 620, 2.9, 0.6) + N(0.05)), R.randint(4, 30)))
    a.at(625, "E", "/system/emergency_handler", "localization unreliable, executing MRM: comfortable stop")
    a.at(660, "N", "/system/emergency_handler", "MRM succeeded, vehicle stopped")
    b.add(a)
    b.S.set("speed", lambda t: max(0, (60 if t < 625 else 60 - (t - 625) * 1.8)) + N(0.3))
    mk_yaml(b, "gnss_fix.yaml", lambda t, S, T: yaml_hdr(T, "gnss") + "status:\n  status: 2\nlatitude: %.7f\nlongitude: %.7f\n" % (48.1 + t * 1e-5, 11.5 + t * 1e-5), 2.0)
    mk_csv(b, ["speed", "yaw"], "vehicle.csv", 0.5)
    L(b, "adas_perception", "localization", "critical", "autoware.log", "NDT matching score degrades (warnings only) while GNSS is fine; emergency handler runs a minimal-risk stop.")


def f_radar_pending():
    b = Batch("driving", 900)
    a = mk_adas(b, "adas.log", "ros2")
    a.every(60, "W", "radar_srr", lambda t, S: "[ADAS_FUS] W0117 radar_fc elevation misalignment %.1f deg estimated, monitoring" % (1.1 + t / 1500))
    mk_sys(b)
    mk_can(b)
    L(b, "adas_perception", "radar", "low", "adas.log", "Front radar reports a small elevation misalignment estimate as a monitoring warning; no function affected.")


def f_gateway():
    b = Batch("driving", 900)
    g = F("gateway.log", "dlt", ecu="CGW")
    g.every(10, "I", "GW.NM", "NM: 14 nodes awake, PN 0x3F", t2=480)
    g.every(10, "I", "GW.NM", "NM: 14 nodes awake, PN 0x3F", t1=487)
    g.every(45, "W", "GW.FW", "firewall: dropped diag request from OBD port (session locked)", p=0.6)
    g.every(1, "I", "GW.RT", lambda t, S: "routing: %d msgs/s pt->body, %d body->pt" % (R.randint(800, 900), R.randint(300, 400)), t2=480)
    g.every(1, "I", "GW.RT", lambda t, S: "routing: %d msgs/s pt->body, %d body->pt" % (R.randint(800, 900), R.randint(300, 400)), t1=486)
    g.at(480.0, "F", "GW.SYS", "exception: data abort @0x0802F1C4, core 1, resetting")
    g.at(485.8, "I", "GW.SYS", "startup, reset reason SW_EXCEPTION")
    b.add(g)
    v = F("ivi.log", "logcat")
    v.every(5, "I", "VehicleHal", lambda t, S: "speed %.1f gear D" % S("speed", t))
    codes = ["U0100", "U0121", "U0140", "U0155", "U0164", "U0131", "U0401"]
    for i in range(60):
        v.at(480.2 + i * 0.09, "E", "VehicleHal", "%s lost communication (%s)" % (codes[i % 7], R.choice(["timeout", "no rx"])))
    v.at(486.5, "I", "VehicleHal", "all ECUs responding again")
    b.add(v)
    mk_can(b, "can0.log", drop=(["0CF00400", "18FEF100", "3E9"], 480))
    b.files[-1].frames += [(c, p, fn, 486, None) for c, p, fn, _, _ in b.files[-1].frames if c in ["0CF00400", "18FEF100", "3E9"]]
    L(b, "connectivity_network", "gateway", "medium", "gateway.log", "Central gateway takes a data-abort reset; for 6 s frames stop and the IVI floods U01xx lost-communication codes; then all recovers.", ["high"])


def f_cell_modem():
    b = Batch("driving", 1200)
    s = mk_sys(b, "journal.txt", "journal")
    s.every(20, "W", "ModemManager", lambda t, S: "modem0: registration state 'searching', AT timeout (%d)" % int(t / 20), t1=100)
    s.at(90, "E", "ModemManager", "modem0: firmware not responding to AT, QMI channel closed")
    until(s, ("NetworkManager", "upload-agent"), 90)
    s.every(60, "W", "upload-agent", "no route to ingest.fleet.example, queueing batch", t1=95)
    s.at(300, "W", "ecall", "eCall unavailable: no network service")
    t = F("tcu.log", "json1")
    t.every(5, "I", "tcu", lambda x, S: "rsrp %s" % ("-95" if x < 90 else "n/a"))
    b.add(t)
    mk_prom(b)
    L(b, "connectivity_network", "cellular", "high", "journal.txt", "Cellular modem stops answering AT/QMI and never re-registers; eCall unavailable. Wi-Fi scan failures are unrelated routine noise.", ["medium"])


def f_eth_flap():
    b = Batch("driving", 1200)
    d = b.add(kern_noise(F("dmesg.txt", "dmesg")))
    d.every(30, "I", "k", lambda t, S: "tsn0: SQI %d" % max(1, int(ramp(t, 200, 800, 7, 2))))
    for t in [420, 560, 640, 700, 760, 800]:
        d.at(t, "W", "k", "tsn0: Link is Down").at(t + 0.8, "I", "k", "tsn0: Link is Up - 1Gbps/Full - flow control off")
    a = mk_adas(b, "adas.log", "ros2")
    for t in [420, 560, 640, 700, 760, 800]:
        a.at(t + 0.1, "W", "camera_driver", "front_wide: no frames for 900 ms, waiting")
    mk_prom(b)
    L(b, "connectivity_network", "ethernet", "medium", "dmesg.txt", "Automotive Ethernet link to the camera switch flaps with falling SQI; each drop recovers within a second and the camera reports gaps afterwards.")


def f_oom():
    b = Batch("driving", 1200)
    b.S.set("mem", lambda t: ramp(t, 0, 600, 5100, 120))
    d = b.add(kern_noise(F("kern.log", "syslog")))
    d.every(60, "I", "kernel", "usb 2-1: reset SuperSpeed USB device", p=0.2)
    d.at(600, "E", "kernel", "Out of memory: Killed process 2231 (map_server) total-vm:6812340kB, anon-rss:5900120kB")
    d.at(601, "W", "kernel", "oom_reaper: reaped process 2231 (map_server)")
    a = mk_adas(b, "adas.log", "ros2")
    for i in range(30):
        a.at(601 + i * 4, "E", "localization", "map not available (service /map_server/get timed out)")
    a.at(605, "E", "hmi_bridge", "automated driving unavailable")
    mk_prom(b)
    L(b, "software_platform", "oom", "high", "metrics.prom", "map_server memory grows until the kernel OOM-kills it; localization then errors repeatedly and automated driving is unavailable. First sign: free memory falling in metrics.")


def f_watchdog():
    b = Batch("driving", 900)
    q = mk_qnx(b, "slog2info.txt")
    q.src = [s for s in q.src if s[2] != "hmi_compositor"]
    q.every(3, "I", "hmi_compositor", lambda t, S: "frame stats: 60 fps, 0 late" if t < 430 or t > 470 else "")
    q.at(425, "W", "hmi_compositor", "render thread not responding 2000 ms").at(430, "F", "wdtkick", "hardware watchdog expired, system reset")
    q.at(470, "I", "startup", "IPL: reset cause WDOG, boot 7.9 s")
    mk_sys(b)
    mk_can(b)
    L(b, "software_platform", "watchdog", "medium", "slog2info.txt", "IVI render thread hangs, hardware watchdog resets the head unit, which comes back after 40 s.")


def f_ota_fail():
    b = Batch("ota", 1200)
    j = mk_sys(b, "journal.txt", "journal_unit")
    j.at(40, "I", "swupdate", "download 2026.12.0 complete")
    j.at(50, "E", "swupdate", "signature verification failed for image rootfs.img (bad digest)")
    j.at(52, "W", "swupdate", "aborting install, slot A remains active")
    j.at(60, "N", "ota-agent", "update FAILED, will retry at next park")
    mk_prom(b)
    L(b, "software_platform", "ota", "medium", "journal.txt", "Parked OTA: image signature fails, install aborted and slot A stays active (recovered).", ["low"])


def f_lv_sag():
    b = Batch("driving", 900)
    b.S.set("lv", lambda t: 14.1 + N(0.05) if t < 410 else (9.2 if t < 413 else 13.9 + N(0.05)))
    p = F("pdu.log", "logfmt")
    p.every(10, "I", "pdu", lambda t, S: "efuse status F1..F12 ok, load %d A" % R.randint(40, 70))
    p.every(120, "W", "pdu", "efuse F9 (aux socket) tripped count unchanged (3), ignoring", p=0.7)
    p.every(1, "I", "pdu", lambda t, S: "VBAT_12V: %.1f V DCDC %.0f A" % (S("lv", t), S("dcdc_i", t)))
    p.at(410, "W", "pdu", "undervoltage on KL30 rail, P0562:16 set")
    b.add(p)
    v = F("ivi.log", "logcat")
    v.every(5, "I", "VehicleHal", lambda t, S: "vehicle state ok, speed %.1f km/h" % S("speed", t))
    for i, e in enumerate(["ADAS ECU reset detected (reason: power-on)", "instrument cluster reboot", "U0100 lost communication with ECM/PCM A", "U0121 lost communication with ABS module", "ACC unavailable", "lane assist unavailable", "DTC 0xC12100 stored"]):
        v.at(412 + i, "E", "VehicleHal", e)
    b.add(v)
    mk_csv(b, ["speed", "lv", "dcdc_i"], "signals.csv", 0.5)
    L(b, "power_supply", "lv_distribution", "high", "pdu.log", "12 V bus sags to 9.2 V (P0562); several ECUs reset and ADAS features drop. Root cause is the low-voltage supply.", ["critical"])


def f_dcdc():
    b = Batch("driving", 1500)
    b.S.set("lv", lambda t: ramp(t, 400, 1400, 14.1, 10.5) + N(0.03))
    b.S.set("dcdc_i", lambda t: (38 if t < 400 else 0) + N(1))
    mk_csv(b, ["speed", "lv", "dcdc_i", "pack_v", "soc"], "signals.csv", 1.0)
    mk_sys(b)
    mk_bms(b)
    L(b, "power_supply", "dcdc", "high", "signals.csv", "Signals only: DC-DC output current drops to 0 A and the 12 V bus drifts down to 10.5 V during the drive.", ["critical"])


def f_12v_parked():
    b = Batch("sleep", 1800)
    b.S.set("lv", lambda t: ramp(t, 0, 1800, 12.3, 11.6))
    f = mk_sys(b, "syslog.log")
    f.every(20, "N", "pm-daemon", lambda t, S: "sleep tick: KL30 %.2f V, quiescent %d mA" % (S("lv", t), R.randint(160, 190)))
    f.at(1700, "W", "pm-daemon", "low-voltage wake: 12 V battery below threshold, requesting HV top-up")
    mk_csv(b, ["lv", "soc", "cabin"], "signals.csv", 5.0)
    L(b, "power_supply", "lv_battery", "medium", "syslog.log", "Parked: 12 V battery drifts from 12.3 to 11.6 V with high quiescent current; low-voltage wake requests a top-up.", ["low"])


def f_adcu_hot():
    b = Batch("driving", 1200)
    pb = Blocks("chassis.pb.txt", 4.0, pb_chassis)
    b.add(pb)
    g = F("system_monitor.log", "glog")
    g.every(2, lambda t, S: "I" if t < 500 else "W", "sys_mon.cc:64", lambda t, S: "soc_temp %.1f C gpu_clk %d MHz fan_rpm %d" % (ramp(t, 200, 800, 68, 103) + N(0.3), 1300 if t < 700 else 650, 0 if t > 200 else 4200))
    g.at(702, "W", "sys_mon.cc:91", "thermal throttling engaged on GPU")
    b.add(g)
    a = mk_adas(b, "adas.log", "ros2")
    for i in range(25):
        a.at(705 + i * 8, "E", "planner", "cycle overrun %.0f ms > 100 ms" % (130 + N(10)))
    a.at(760, "E", "hmi_bridge", "automated driving unavailable: compute degraded")
    L(b, "thermal", "overtemp", "high", "system_monitor.log", "Compute-unit cooling fan stops (0 rpm) and SoC temperature climbs to 103 C; GPU throttles, planner overruns follow and automated driving is switched off.", ["medium"])


def f_touch():
    b = Batch("driving", 900)
    d = b.add(kern_noise(F("dmesg.txt", "dmesg")))
    d.every(45, "I", "k", "wlan0: disconnect from AP (reason 3), rescanning", p=0.5)
    for t in [300, 302, 305, 309]:
        d.at(t, "E", "k", "i2c i2c-4: atmel_mxt_ts 4-004a: __mxt_read_reg: i2c transfer failed (-121)")
    d.at(312, "W", "k", "atmel_mxt_ts 4-004a: resetting controller").at(313.5, "I", "k", "atmel_mxt_ts 4-004a: Family: 164 Variant: 14 Firmware V1.0.AA Objects: 40")
    lc = F("logcat.txt", "logcat")
    lc.every(4, "I", "InputDispatcher", lambda t, S: "touch events %d" % R.randint(0, 20) if not 300 < t < 314 else "")
    lc.every(30, "W", "WifiService", "scan failed: busy", p=0.7)
    lc.at(310, "W", "InputReader", "input device 'atmel_mxt_ts' removed").at(314, "I", "InputReader", "input device 'atmel_mxt_ts' added")
    b.add(lc)
    mk_can(b)
    L(b, "body", "hmi", "medium", "dmesg.txt", "Centre display touch controller stops answering on I2C; the driver resets it and touch works again 14 s later.")


def f_air_susp():
    b = Batch("driving", 1200)
    j = F("chassis.log", "journal_unit")
    j.every(5, "I", "asu", lambda t, S: "ride height FL %d FR %d RL %d RR %d mm, compressor %s" % (R.randint(148, 152), R.randint(148, 152), int(ramp(t, 200, 900, 150, 118)), R.randint(148, 152), "ON" if 200 < t < 800 else "OFF"))
    j.at(800, "W", "asu", "ASU-0x21 compressor duty limit exceeded, levelling suspended")
    j.at(801, "N", "cluster", "Suspension levelling unavailable")
    b.add(j)
    mk_csv(b, ["speed", "yaw", "lv"], "signals.csv", 1.0)
    mk_sys(b)
    L(b, "brakes_chassis", "suspension", "medium", "chassis.log", "Rear-left air spring loses height while the compressor runs continuously; levelling suspended (degraded comfort).", ["high"])


def f_busoff():
    b = Batch("driving", 900)
    c = mk_can(b, "can1.log", iface="can1")
    for t in [350, 351.2, 353, 356, 360]:
        c.at(t, "20000040", [0, 0, 0, 0, 0, 0, 0, 0])
    s = mk_sys(b, "syslog.log")
    for t in [350, 351.2, 353, 356, 360]:
        s.at(t, "E", "kernel", "m_can 30020000.can can1: bus-off").at(t + 0.2, "I", "kernel", "m_can 30020000.can can1: restarted")
    s.every(10, "W", "kernel", lambda t, S: "can1: tx error counter %d" % int(ramp(t, 250, 350, 10, 255)), t1=250, t2=361)
    s.at(361, "W", "bodyd", "U0140 lost communication with body control module, recovered")
    L(b, "connectivity_network", "can", "medium", "syslog.log", "Body CAN error counters climb and the controller goes bus-off five times, restarting each time; communication then recovers.")


def f_fs():
    b = Batch("driving", 900)
    d = b.add(kern_noise(F("dmesg.txt", "dmesg")))
    d.every(20, "I", "k", lambda t, S: "mmc0: cmdq: %d requests" % R.randint(100, 900))
    d.at(500, "E", "k", "EXT4-fs error (device mmcblk0p8): ext4_find_entry:1455: inode #2: comm logd: reading directory lblock 0")
    d.at(500.1, "E", "k", "EXT4-fs (mmcblk0p8): Remounting filesystem read-only")
    s = mk_sys(b, "journal.txt", "journal")
    s.every(30, "W", "logd", "write /var/log/vehicle/trip.bin failed: Read-only file system", t1=501)
    mk_can(b)
    L(b, "software_platform", "filesystem", "low", "dmesg.txt", "The log partition hits an ext4 error and is remounted read-only; only trip logging fails, driving unaffected.", ["medium"])


def f_alternator():
    b = Batch("driving", 1200, ev=False)
    b.S.set("lv", lambda t: ramp(t, 300, 1100, 27.8, 24.1) + N(0.03))
    def dm1(t, S):
        return [0x04, 0xFF, 167, 0x00, 0x01, 0x01, 0xFF, 0xFF] if t > 600 else [0x00, 0xFF, 0, 0, 0, 0, 0xFF, 0xFF]
    mk_can(b, "can0.log", extra=[("18FECA00", 2.0, dm1, None, None), ("18FEF700", 5.0, sigframe("lv", 20), None, None)])
    j = F("fms.jsonl", "json3ms")
    j.every(3, "I", "fms", lambda t, S: "tacho: speed %.0f km/h, driver card slot 1 ok" % S("speed", t))
    j.every(10, "I", "fms", lambda t, S: "battery %.1f V charging %.1f V" % (S("lv", t), S("lv", t)))
    j.at(601, "W", "fms", "DM1: SPN 167 FMI 1, charging system potential low")
    b.add(j)
    mk_sys(b, "syslog.log", "rfc5424")
    L(b, "power_supply", "alternator", "high", "can0.log", "Truck 24 V system: charging voltage falls from 27.8 to 24.1 V, engine DM1 reports SPN 167 FMI 1 (alternator not charging).", ["medium"])


# ============================================================================= main
SCEN = [h_sleep, h_ac_charge, h_dc_charge, h_highway, h_city_ice, h_ota, h_cold, h_service, h_blip, h_autoware,
        f_cell_hot, f_iso_charge, f_hvil_pending, f_contactor_weld, f_misfire, f_inverter, f_truck_fuel, f_cat_pending,
        f_pump_dead, f_fan_stuck, f_hvac, f_adcu_hot, f_wss, f_tpms, f_eps, f_air_susp, f_airbag, f_door, f_lowbeam,
        f_touch, f_lidar_gone, f_camera, f_loc_mrm, f_radar_pending, f_gateway, f_cell_modem, f_eth_flap, f_busoff,
        f_oom, f_watchdog, f_ota_fail, f_fs, f_lv_sag, f_dcdc, f_12v_parked, f_alternator]


def main():
    for d in os.listdir(OUT):
        if os.path.isdir(os.path.join(OUT, d)) and d[0] == "r" and d[1:].isdigit():
            shutil.rmtree(os.path.join(OUT, d))
    for fn in SCEN:
        fn()
    ids = ["r%03d" % i for i in random.Random(5).sample(range(100, 1000), len(B))]
    labels = []
    for bid, (b, lab) in zip(ids, B):
        write_batch(bid, b)
        labels.append(dict(batch=bid, **lab))
        size = sum(os.path.getsize(os.path.join(OUT, bid, x)) for x in os.listdir(os.path.join(OUT, bid)))
        if size > 400 * 1024: print("TOO BIG", bid, size, lab["description"][:40])
        assert 2 <= len(b.files) <= 6, bid
    labels.sort(key=lambda x: x["batch"])
    with open(os.path.join(OUT, "labels.json"), "w") as fh:
        json.dump(labels, fh, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
