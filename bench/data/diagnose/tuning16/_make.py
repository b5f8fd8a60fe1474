#!/usr/bin/env python3
"""Generator for the heldout4 diagnosis evaluation set. Fixed seed; stdlib only."""
import random, json, os, datetime as dtm, hashlib

R = random.Random(20261202)
OUT = os.path.dirname(os.path.abspath(__file__))
UTC = dtm.timezone.utc
SCALE = 0.5

import re, zlib
def _rng(m):
    a, sep, b = m.group(1), m.group(2), m.group(3)
    if sep == "~": return "%.2f" % R.uniform(float(a), float(b))
    return str(R.randint(int(a), int(b)))
def fill(t):
    t = re.sub(r"\{(-?[0-9.]+)([~:])(-?[0-9.]+)\}", _rng, t)
    G = {"n": lambda: str(R.randint(1, 99)), "p": lambda: str(R.randint(100, 4000)), "x": lambda: "%04x" % R.randint(0, 0xffff),
         "ip": lambda: "10.%d.%d.%d" % (R.randint(0, 9), R.randint(0, 255), R.randint(2, 250)), "f": lambda: "%.2f" % R.uniform(0, 100)}
    return re.sub(r"\{(n|p|x|ip|f)\}", lambda m: G[m.group(1)](), t)

# ---------------- routine noise pools: (level, source, template) ----------------
P = {}
P["sys"] = [
 ("I","systemd","Started Session {n} of user root."), ("I","systemd","Starting Cleanup of Temporary Directories..."),
 ("I","systemd","logrotate.service: Succeeded."), ("I","chronyd","Selected source {ip}"),
 ("W","chronyd","No suitable source for synchronisation, retrying in 64 s"),
 ("I","NetworkManager","<info>  [dhcp4] (wlan0): state changed bound -> bound"),
 ("W","wpa_supplicant","wlan0: CTRL-EVENT-SCAN-FAILED ret=-16 retry=1"),
 ("I","wpa_supplicant","wlan0: CTRL-EVENT-SCAN-STARTED"), ("I","CRON","(root) CMD (/usr/lib/vlog/rotate.sh)"),
 ("I","sshd","Connection closed by {ip} port {p} [preauth]"), ("I","kernel","usb 1-1.{n}: new high-speed USB device number {n} using ehci-pci"),
 ("I","dbus-daemon","[system] Successfully activated service 'org.freedesktop.hostname1'"),
 ("E","uploader","POST https://ingest.fleet.example/v2/blobs failed: HTTP 503, will retry in 30s"),
 ("I","uploader","chunk {n} uploaded ({p} KiB) in {n} ms"), ("I","healthd","heartbeat seq={p} load={0.2~2.5} mem_free_mb={900:3000}"),
 ("I","systemd-journald","Journal usage {n}.{n}M, max 512.0M"), ("W","avahi-daemon","Withdrawing address record for fe80::{x}:{x} on wlan0."),
 ("I","vlogd","rotated segment seg_{p}.bin size={p}KB"), ("D","ptp4l","master offset {n} s2 freq +{p} path delay {n}"),
]
P["kern"] = [
 ("I","kernel","usb 1-1.{1:4}: new high-speed USB device number {2:20} using ehci-pci"), ("I","kernel","IPv6: ADDRCONF(NETDEV_CHANGE): eth{0:1}: link becomes ready"),
 ("I","kernel","audit: type=1400 audit({p}.{n}:{n}): apparmor=\"ALLOWED\" operation=\"open\" profile=\"vlogd\""),
 ("W","kernel","cfg80211: failed to load regulatory.db"), ("I","kernel","nvidia-nvlink: Nvlink Core is being initialized"),
 ("I","kernel","EXT4-fs (mmcblk0p{1:6}): mounted filesystem with ordered data mode"), ("W","kernel","usb 1-1.2: device descriptor read/64, error -71"),
 ("I","kernel","r8169 0000:01:00.0 eth1: Link is Up - 1Gbps/Full"), ("I","kernel","thermal thermal_zone{0:4}: trip point updated"),
 ("D","kernel","wlan0: authenticated"), ("I","kernel","systemd-journald[{200:400}]: Received SIGUSR1"),
]
P["bms"] = [
 ("I","bms","pack status soc={40~80} v_pack={350~400} i_pack={-20~60} t_max={24:31}"), ("I","bms","balancing round complete, cells_active={0:6}"),
 ("D","bms","iso monitor R_iso_pos>5000kOhm R_iso_neg>5000kOhm ok"), ("I","bms","contactor state main+=CLOSED main-=CLOSED pre=OPEN"),
 ("I","bms","SOH estimate {94~96}% (kalman update)"), ("D","bms","afe chain read 12 slaves crc ok"),
 ("W","bms","afe slave {1:12} crc retry 1 (recovered)"), ("I","bms","cooling request level {0:2}"),
]
P["vcu"] = [
 ("I","vcu","drive mode D torque_req={20~180}Nm speed={30~110}kph"), ("I","vcu","regen level 2 active"), ("D","vcu","cycle 10ms budget used {38:61}%"),
 ("I","vcu","HV ready, READY lamp on"), ("I","vcu","ambient {8:22}C, cabin precond off"),
 ("W","vcu","CAN rx timeout 0x3A1 (1 frame), restored"), ("I","inverter","phase current rms {40~160}A dc link {355:400}V"),
]
P["adas"] = [
 ("I","perception","frame {1000:99999} processed in {18:42} ms, objects={3:40}"), ("I","fusion","tracks active={5:60} new={0:4} dropped={0:4}"),
 ("W","camera_drv","front_wide frame drop count=1 (seq {p})"), ("I","planner","trajectory published, horizon 8.0s pts=80"),
 ("I","localization","pose ok cov_xy={1~4}e-3 src=lidar+gnss"), ("I","radar_if","front radar cycle {1:255} objects={2:32}"),
 ("D","control","lat err {0~6}cm lon err {0~9}cm"), ("I","lidar_drv","top lidar packets {17950:18050}/s rpm 600"),
]
P["ivi"] = [
 ("I","ActivityManager","Displayed com.oem.nav/.MapActivity: +{n}ms"), ("I","BluetoothAdapter","getState() returned STATE_ON"),
 ("W","WifiScanner","scan failed: reason=BUSY"), ("I","MediaPlayer","prepareAsync done, duration={p}"),
 ("D","CarPropertyService","onPropertyChange id=0x{x} area=0"), ("I","chatty","uid=1000 system_server expire 4 lines"),
 ("E","NtpTrustedTime","Unable to fetch NTP time: timeout, retrying"), ("I","ActivityManager","Start proc {p}:com.oem.weather/u0a{n} for service"),
 ("I","VoiceService","wakeword model loaded ({n} ms)"), ("W","ConnectivityService","NetworkAgent timed out validating, retry"),
]
P["tcu"] = [
 ("I","tcu","cell rsrp=-{78:104} rsrq=-{6:13} band 20 registered home"), ("I","tcu","mqtt keepalive ok rtt={40:220}ms"),
 ("W","tcu","mqtt publish retry 1 for telemetry/{p}"), ("I","tcu","gnss fix 3D sats={8:19} hdop=0.{6:9}"),
 ("I","tcu","remote command poll: none"), ("W","tcu","PDP context reactivated after short drop (0.{2:9}s)"),
]
P["body"] = [
 ("I","bcm","door state FL=closed FR=closed RL=closed RR=closed tailgate=closed"), ("I","bcm","lighting mode AUTO, lux={5:4000}"),
 ("I","bcm","wiper park position ok"), ("I","seat","memory position 1 stored"), ("D","bcm","lin1 schedule table 2 tick {p}"),
 ("I","srs","srs self test pass, lamp off"), ("I","bcm","key fob rssi -{50:80}dBm in zone"),
]
P["chassis"] = [
 ("I","esc","status active, mu est {0.8~1.0}"), ("I","eps","assist torque {0~4}Nm column angle {-30~30}deg"), ("D","abs","wss plausibility 4/4 ok, ref speed valid"),
 ("I","tpms","sensors ok fl={245:252} fr={245:252} rl={245:252} rr={245:252} kPa"), ("I","epb","park brake released"),
]
P["ros"] = [
 ("I","/rosout","node heartbeat"), ("I","/lidar_top/driver","publishing /points_raw at 10.0 Hz"),
 ("I","/perception/detector","inference {14:30}ms batch=1 gpu=0"), ("W","/perception/detector","late frame {105:140}ms behind, skipped"),
 ("I","/planning","plan cycle {20:60} ms, lane keep"), ("I","/localization/ndt","ndt score {0.85~0.95} iter 4"),
 ("I","/canbus","chassis feedback 100Hz ok"), ("W","/tf","TF_OLD_DATA ignoring data from the past for frame base_link"),
 ("I","/monitor","topic rates nominal"), ("D","/control/mpc","solve {300:900} us"),
]
P["gas"] = [
 ("I","ecm","engine on, rpm {1200:2600} load {15:60}% lambda 1.0{0:2}"), ("I","ecm","knock retard cyl1..4 0.0 0.0 0.{0:3} 0.0 deg"), ("D","ecm","STFT B1 {-3~3}% LTFT B1 {-2~2}%"),
 ("I","ecm","cat temp model {580:720}C"), ("I","hcu","engine start request reason SOC_LOW, hybrid mode HEV"), ("W","ecm","evap purge valve diag deferred (conditions not met)"),
]
P["diesel"] = [
 ("I","ecm","engine speed {900:2200} rpm load {15:70}%"), ("I","ecm","DPF soot load {20:55}% regen not required"), ("I","acm","SCR dosing {0.1~1.2} ml/s"),
 ("I","tcm","gear 4 engaged, converter locked"), ("D","ecm","rail pressure {1490:1510} bar setpoint 1500"), ("I","fleet","trip counter {p} km"),
]

LV = {"D":"debug","I":"info","W":"warning","E":"error","F":"fatal"}

# ---------------- formatters ----------------
def ts_iso(t, ms=True, z="Z"):
    d = dtm.datetime.fromtimestamp(t, UTC)
    return d.strftime("%Y-%m-%dT%H:%M:%S") + (".%03d" % (d.microsecond // 1000) if ms else "") + z

class Ctx:
    def __init__(self, host, boot):
        self.host = host; self.boot = boot; self.pids = {}
    def pid(self, s):
        if s not in self.pids: self.pids[s] = R.randint(300, 9000)
        return self.pids[s]

def f_rfc3164(t, l, s, m, c):
    d = dtm.datetime.fromtimestamp(t, UTC)
    return "%s %2d %s %s %s[%d]: %s" % (d.strftime("%b"), d.day, d.strftime("%H:%M:%S"), c.host, s, c.pid(s), m)
def f_rfc5424(t, l, s, m, c):
    pri = 8 + {"D":7,"I":6,"W":4,"E":3,"F":2}[l]
    return "<%d>1 %s %s %s %d - - %s" % (pri, ts_iso(t), c.host, s, c.pid(s), m)
def f_shortiso(t, l, s, m, c):
    return "%s %s %s[%d]: %s" % (ts_iso(t, False, "+0000"), c.host, s, c.pid(s), m)
def f_dmesg(t, l, s, m, c):
    return "[%12.6f] %s" % (t - c.boot, m)
def f_glog(t, l, s, m, c):
    d = dtm.datetime.fromtimestamp(t, UTC)
    src = s if "." in s else s + ".cc:%d" % (zlib.crc32(s.encode()) % 400 + 20)
    return "%s%s %s.%06d %6d %s] %s" % ({"D":"I"}.get(l, l), d.strftime("%m%d"), d.strftime("%H:%M:%S"), d.microsecond, c.pid("g"), src, m)
def f_logcat(t, l, s, m, c):
    d = dtm.datetime.fromtimestamp(t, UTC)
    return "%s.%03d %5d %5d %s %s: %s" % (d.strftime("%m-%d %H:%M:%S"), d.microsecond // 1000, c.pid(s), c.pid(s) + R.randint(0, 40), l, s, m)
def f_logfmt(t, l, s, m, c):
    return 'ts=%s level=%s comp=%s msg="%s"' % (ts_iso(t), {"W":"warn","E":"error","I":"info","D":"debug","F":"fatal"}[l], s, m.replace('"', "'"))
def f_ros(t, l, s, m, c):
    return "[%s] [%.3f] [%s]: %s" % ({"D":"DEBUG","I":"INFO","W":"WARN","E":"ERROR","F":"FATAL"}[l], t, s, m)
def f_dlt(t, l, s, m, c):
    d = dtm.datetime.fromtimestamp(t, UTC)
    c.pids["_n"] = c.pids.get("_n", -1) + 1
    apid = (s.upper().replace("_", "") + "XXXX")[:4]
    return "%d %s.%06d %d %03d %s %s CTX1 log %s V 1 [%s]" % (c.pids["_n"], d.strftime("%Y/%m/%d %H:%M:%S"), d.microsecond, int((t - c.boot) * 10000), c.pids["_n"] % 256, c.host, apid, LV[l].replace("warning", "warn"), m)
def mk_json(keys):
    tk, lk, mk = keys
    def f(t, l, s, m, c):
        o = {}
        if tk.endswith("_ms"): o[tk[:-3]] = int(t * 1000)
        elif tk.endswith("_s"): o[tk[:-2]] = round(t, 3)
        else: o[tk] = ts_iso(t)
        o[lk] = {"D":"DEBUG","I":"INFO","W":"WARN","E":"ERROR","F":"FATAL"}[l] if lk != "lvl" else {"D":10,"I":20,"W":30,"E":40,"F":50}[l]
        o["src"] = s; o[mk] = m
        return json.dumps(o)
    return f
FMT = {"3164": f_rfc3164, "5424": f_rfc5424, "shortiso": f_shortiso, "dmesg": f_dmesg, "glog": f_glog, "logcat": f_logcat,
       "logfmt": f_logfmt, "ros": f_ros, "dlt": f_dlt,
       "json1": mk_json(("ts", "level", "msg")), "json2": mk_json(("time_ms", "severity", "message")), "json3": mk_json(("timestamp_s", "lvl", "text"))}

def text_file(c, t0, D, style, pools, n, events):
    lines = []
    pool = sum((P[p] for p in pools), [])
    for _ in range(int(n * SCALE)):
        l, s, m = R.choice(pool)
        lines.append((t0 + R.uniform(0, D), l, s, fill(m)))
    for e in events:
        dt, l, s, m = e
        lines.append((t0 + dt, l, s, m))
    lines.sort(key=lambda x: x[0])
    return "\n".join(FMT[style](t, l, s, m, c) for t, l, s, m in lines) + "\n"

def csv_file(t0, D, period, cols, jitter=0.0):
    names = list(cols)
    out = ["timestamp," + ",".join(names)]
    t = 0.0
    while t <= D:
        row = []
        for k in names:
            v = cols[k](t)
            if isinstance(v, float): v = round(v + R.gauss(0, jitter) * (abs(v) > 1), 2)
            row.append(str(v))
        out.append("%.3f," % (t0 + t) + ",".join(row))
        t += period
    return "\n".join(out) + "\n"

def csv_iso(t0, D, period, cols):
    names = list(cols); out = ["time_utc;" + ";".join(names)]; t = 0.0
    while t <= D:
        out.append(ts_iso(t0 + t) + ";" + ";".join(str(round(cols[k](t), 2)) for k in names)); t += period
    return "\n".join(out) + "\n"

def candump(t0, D, ids, n, events, iface="can0", console=False):
    fr = []
    for _ in range(int(n * SCALE)):
        i, dl = R.choice(ids)
        fr.append((t0 + R.uniform(0, D), i, "".join("%02X" % R.randint(0, 255) for _ in range(dl))))
    for dt, frame in events:
        i, d = frame.split("#"); fr.append((t0 + dt, i, d))
    fr.sort()
    if console:
        return "\n".join("  %s  %s   [%d]  %s" % (iface, i, len(d) // 2, " ".join(d[k:k+2] for k in range(0, len(d), 2))) for _, i, d in fr) + "\n"
    return "\n".join("(%.6f) %s %s#%s" % (t, iface, i, d) for t, i, d in fr) + "\n"

def tod(t):
    d = dtm.datetime.fromtimestamp(t, UTC); return d.strftime("%H:%M:%S") + ".%03d" % (d.microsecond // 1000)

def dtc_bytes(code, ftb=0):
    k = "PCBU".index(code[0]); v = int(code[1:], 16)
    return [(k << 6) | (v >> 8), v & 0xFF, ftb]

def uds_read(ecu_tx, ecu_rx, dtcs, mask=0xFF):
    """dtcs: list of (code, ftb, status). returns list of (tx/rx, id, bytes) ISO-TP frames"""
    payload = [0x59, 0x02, 0xFF]
    for code, ftb, st in dtcs: payload += dtc_bytes(code, ftb) + [st]
    fr = [("Tx", ecu_tx, [0x03, 0x19, 0x02, mask, 0, 0, 0, 0])]
    if len(payload) <= 7:
        fr.append(("Rx", ecu_rx, [len(payload)] + payload + [0xAA] * (7 - len(payload))))
    else:
        L = len(payload); fr.append(("Rx", ecu_rx, [0x10 | (L >> 8), L & 0xFF] + payload[:6]))
        fr.append(("Tx", ecu_tx, [0x30, 0, 0, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA]))
        rest = payload[6:]; sn = 1
        while rest:
            ch = rest[:7]; rest = rest[7:]
            fr.append(("Rx", ecu_rx, [0x20 | (sn & 0xF)] + ch + [0xAA] * (7 - len(ch)))); sn += 1
    return fr

def diag_file(t0, D, ecus, events, n=300):
    """ecus: list of (tx, rx). events: (dt, frames) or (dt, 'text')"""
    items = []
    for _ in range(n):
        tx, rx = R.choice(ecus); t = t0 + R.uniform(0, D); k = R.random()
        if k < 0.5: items += [(t, "Tx %s 02 3E 80 00 00 00 00 00" % tx)]
        elif k < 0.8:
            items += [(t, "Tx %s 03 22 F1 90 00 00 00 00" % tx), (t + 0.012, "Rx %s 10 14 62 F1 90 57 56 57" % rx),
                      (t + 0.013, "Tx %s 30 00 00 AA AA AA AA AA" % tx), (t + 0.02, "Rx %s 21 5A 5A 5A 31 4B 32 30" % rx),
                      (t + 0.027, "Rx %s 22 31 34 35 36 37 38 39" % rx)]
        else:
            v = R.randint(0, 255)
            items += [(t, "Tx %s 03 22 01 0%d 00 00 00 00" % (tx, R.randint(0, 9))), (t + 0.01, "Rx %s 04 62 01 05 %02X AA AA AA" % (rx, v))]
    for dt, fr in events:
        if isinstance(fr, str): items.append((t0 + dt, fr)); continue
        for j, (d, i, b) in enumerate(fr):
            items.append((t0 + dt + 0.011 * j, "%s %s %s" % (d, i, " ".join("%02X" % x for x in b))))
    items.sort()
    return "\n".join("%s %s" % (tod(t), s) for t, s in items) + "\n"

def yaml_dump(t0, D, n, mk, events):
    blocks = [(t0 + R.uniform(0, D), mk()) for _ in range(n)] + [(t0 + dt, b) for dt, b in events]
    blocks.sort(key=lambda x: x[0]); out = []
    def emit(d, ind):
        for k, v in d.items():
            if isinstance(v, dict): out.append(" " * ind + k + ":"); emit(v, ind + 2)
            else: out.append(" " * ind + "%s: %s" % (k, json.dumps(v) if isinstance(v, str) else v))
    for t, b in blocks:
        out.append("header:"); out.append("  stamp:"); out.append("    sec: %d" % int(t)); out.append("    nanosec: %d" % int((t % 1) * 1e9))
        out.append("  frame_id: \"%s\"" % b.pop("_frame", "base_link")); emit(b, 0); out.append("---")
    return "\n".join(out) + "\n"

def proto_dump(t0, D, n, module, mk, events):
    blocks = [(t0 + R.uniform(0, D), mk()) for _ in range(n)] + [(t0 + dt, b) for dt, b in events]
    blocks.sort(key=lambda x: x[0]); out = []; seq = R.randint(1000, 90000)
    def emit(d, ind):
        for k, v in d.items():
            if isinstance(v, dict): out.append(" " * ind + k + " {"); emit(v, ind + 2); out.append(" " * ind + "}")
            elif isinstance(v, str) and v.isupper() and " " not in v: out.append(" " * ind + "%s: %s" % (k, v))
            else: out.append(" " * ind + "%s: %s" % (k, json.dumps(v) if isinstance(v, str) else v))
    for t, b in blocks:
        seq += 1
        out.append("header {"); out.append("  timestamp_sec: %.6f" % t); out.append('  module_name: "%s"' % module)
        out.append("  sequence_num: %d" % seq); out.append("}"); emit(b, 0); out.append("")
    return "\n".join(out) + "\n"

# ---------------- batch registry ----------------
BATCHES = []; LABELS = []
BASE = dtm.datetime(2026, 11, 3, 6, 0, tzinfo=UTC).timestamp()
def batch(cat, sub, risk, accept, state, rcf, desc, builder):
    BATCHES.append((cat, sub, risk, accept, state, rcf, desc, builder))

def ramp(a, b, t1, t2):
    return lambda t: a if t < t1 else (b if t > t2 else a + (b - a) * (t - t1) / (t2 - t1))
def noisy(f, s): return lambda t: round(f(t) + R.gauss(0, s), 2)
def const(v, s=0.0): return lambda t: round(v + R.gauss(0, s), 2)
def step(a, b, t1): return lambda t: a if t < t1 else b

EVC_IDS = [("0CF00400", 8), ("18FEF100", 8), ("18FEEE00", 8), ("18FEF200", 8), ("0C000003", 8), ("18F00503", 8), ("18FEE900", 8)]
PAX_IDS = [("1A0", 8), ("0C9", 8), ("1F5", 8), ("3E9", 8), ("2A0", 8), ("120", 8), ("4F1", 4), ("5A0", 8), ("350", 6), ("251", 8)]

def dm1f(spn, fmi, lamp=0x04, oc=1):
    return "%02X%02X%02X%02X%02X%02XFFFF" % (lamp, 0xFF, spn & 0xFF, (spn >> 8) & 0xFF, ((spn >> 16) << 5) | fmi, oc)

def W(files):
    return files

def tf(host, t0, D, style, pools, n, ev, boot=None):
    return text_file(Ctx(host, boot if boot else t0 - R.uniform(60, 900)), t0, D, style, pools, n, ev)

# ===== battery_bms =====
def b_cell(t0):
    D = 1500
    cols = {"pack_voltage": ramp(702.0, 781.0, 0, 1100), "pack_current": step(-185.0, 0.0, 1100), "soc": ramp(38.0, 71.0, 0, 1100),
            "cell_v_max": lambda t: round(3.62 + 0.00052 * min(t, 1100) + (0.0 if t < 890 else 0.0005 * (min(t, 1100) - 890)), 3),
            "cell_v_min": lambda t: round(3.60 + 0.00050 * min(t, 1100), 3), "cell_temp_max": ramp(24.0, 37.0, 0, 1100), "coolant_in_temp": const(22.0, 0.2)}
    return {"journal.log": tf("evc-7731", t0, D, "shortiso", ["sys", "tcu"], 1500, [
                (1101, "I", "chargemgr", "session 88213 ended by vehicle, reason code VEH_BMS_REQ, energy 41.8 kWh"),
                (1103, "I", "tcu", "push notification queued: 'Charging interrupted'")]),
            "bms.jsonl": tf("bms", t0, D, "json2", ["bms"], 1800, [
                (880, "W", "bms", "cell group 57 delta vs pack mean +41 mV, balancer saturated"),
                (1060, "W", "bms", "cell group 57 at 4.19 V while pack mean 4.06 V; charge current limit -> 32 A"),
                (1098, "E", "bms", "BMS_ERR_0x4A cell overvoltage group 57 (4.231 V > 4.225 V limit), request charge termination"),
                (1100, "I", "bms", "contactor state main+=OPEN main-=OPEN pre=OPEN (charge end)")]),
            "signals.csv": csv_file(t0, D, 1.0, cols, 0.0),
            "ccs.log": tf("evse", t0, D, "logfmt", ["sys"], 700, [(5, "I", "ccs", "SLAC matching ok, EVSE id DE*ION*E1234"),
                (1099, "I", "ccs", "CurrentDemandReq: EVErrorCode=NO_ERROR EVReady=false ChargeProgress=Stop (EV initiated)")])}
batch("battery_bms", "cell", "high", ["medium"], "charging", "bms.jsonl",
      "During DC fast charging one cell group drifts above the pack (imbalance) and hits cell overvoltage; BMS terminates the charge session (charging stopped, vehicle parked).", b_cell)

def b_iso(t0):
    D = 1800
    cols = {"speed_kph": noisy(lambda t: 60 + 30 * (t % 600 > 300), 2), "pack_voltage": const(356.0, 1.5), "r_iso_kohm": ramp(4200.0, 88.0, 800, 1200),
            "hv_current": const(48.0, 20), "motor_temp": const(61.0, 0.5)}
    return {"logcat.txt": tf("ivi", t0, D, "logcat", ["ivi"], 2500, [(1250, "W", "ClusterWarn", "show telltale id=HV_SYSTEM_SERVICE color=AMBER"),
                (1252, "I", "PowertrainHmi", "popup 'Hybrid system: reduced power, visit dealer' shown")]),
            "hcu.dlt.txt": tf("HCU1", t0, D, "dlt", ["vcu", "bms"], 1800, [(1162, "W", "bmsm", "insulation resistance negative rail 470 kOhm, below 500 kOhm warning threshold"),
                (1199, "E", "bmsm", "P0AA6 hybrid battery voltage system isolation fault set (Riso 96 kOhm)"),
                (1201, "W", "hcu", "EV mode inhibited, engine forced on; discharge power limited to 15 kW")]),
            "iso_monitor.csv": csv_file(t0, D, 2.0, cols)}
batch("battery_bms", "hv_isolation", "high", [], "driving", "iso_monitor.csv",
      "PHEV: HV insulation resistance falls from MOhm range to under 100 kOhm while driving; P0AA6 sets and the hybrid controller limits battery power and inhibits EV mode (derate).", b_iso)

def b_hvil(t0):
    D = 1200
    return {"glog_vcu.INFO": tf("vcu", t0, D, "glog", ["vcu"], 2000, [(640, "E", "hvil_mon.cc:212", "HVIL loop resistance open circuit (meas 9.8 kOhm) at rear drive unit connector loop B"),
                (640.05, "E", "contactor_ctl.cc:77", "forced open request source=HVIL, main contactors opening under load 112 A"),
                (641, "F", "vcu_state.cc:301", "propulsion unavailable, state READY -> HV_OFF, vehicle coasting at 87 kph"),
                (643, "W", "vcu_state.cc:320", "12V supply maintained by LV battery, DC-DC off")]),
            "bms.jsonl": tf("bms", t0, D, "json1", ["bms"], 1200, [(640.2, "E", "bms", "contactor open event while current 112A, weld check scheduled"),
                (660, "I", "bms", "contactor weld check passed")]),
            "can1.log": candump(t0, D, PAX_IDS, 3500, [(640.1, "0A2#0000000000008E01"), (641, "3E9#FF00000000000000")], "can1"),
            "syslog": tf("adcu", t0, D, "3164", ["sys"], 800, [(644, "W", "hmi-bridge", "cluster request: 'Stop safely - drive system fault' (red)")])}
batch("battery_bms", "hvil", "critical", [], "driving", "glog_vcu.INFO",
      "HVIL loop opens while driving at ~87 km/h; the main contactors are forced open and propulsion is lost (coasting) - loss of drive while moving.", b_hvil)

def b_pend(t0):
    D = 1500
    dtcs = [("P0A7F", 0x00, 0x24)]
    return {"diag.txt": diag_file(t0, D, [("7E4", "7EC"), ("7E0", "7E8"), ("7E2", "7EA")], [(300, uds_read("7E4", "7EC", dtcs)), (301, uds_read("7E0", "7E8", []))], 250),
            "logcat.txt": tf("ivi", t0, D, "logcat", ["ivi"], 2000, []),
            "trip.jsonl": tf("tcu", t0, D, "json3", ["tcu", "bms"], 900, [])}
batch("battery_bms", "bms", "low", [], "driving", "diag.txt",
      "Code only: the BMS UDS DTC read-out holds P0A7F (hybrid battery pack deterioration) with status 0x24 = pending, not confirmed; no driver-visible effect.", b_pend)

# ===== powertrain =====
def b_misfire(t0):
    D = 1400
    cols = {"rpm": noisy(lambda t: 1900 + 400 * (t % 200 > 100), 30), "misfire_cnt_cyl1": lambda t: 0 if t < 525 else int((t - 525) * 0.9),
            "misfire_cnt_cyl2": lambda t: 0, "misfire_cnt_cyl3": lambda t: 0 if t < 1000 else 1, "cat_temp": ramp(610.0, 790.0, 500, 900), "coolant_temp": const(89.0, 0.4)}
    return {"ecm.dlt.txt": tf("ECM1", t0, D, "dlt", ["gas"], 1600, [(520, "W", "misf", "crank segment time deviation cyl#1 exceeds threshold, count 14/200rev"),
                (610, "E", "misf", "P0301 confirmed, catalyst damaging misfire rate, MIL flashing"),
                (612, "W", "misf", "injector cyl 1 shut off, torque limit 60%")]),
            "signals.csv": csv_file(t0, D, 1.0, cols),
            "logcat.txt": tf("ivi", t0, D, "logcat", ["ivi"], 1500, [(614, "I", "ClusterWarn", "show telltale id=CHECK_ENGINE mode=FLASH")]),
            "diag.txt": diag_file(t0, D, [("7E0", "7E8")], [(900, uds_read("7E0", "7E8", [("P0301", 0x00, 0x2F), ("P0420", 0x00, 0x24)]))], 150)}
batch("powertrain", "ignition", "high", ["medium"], "driving", "ecm.dlt.txt",
      "PHEV engine cylinder 1 misfire (P0301, catalyst-damaging rate); injector 1 shut off and torque limited. A pending P0420 is secondary (two faults, misfire dominant).", b_misfire)

def b_dpf(t0):
    D = 2400
    ev = [(R.uniform(0, D), f) for f in []]
    dm1 = [(1300 + 10 * k, "18FECA00#" + dm1f(3251, 16)) for k in range(100)]  # SPN 3251 FMI 16 lamp amber
    return {"j1939.log": candump(t0, D, EVC_IDS, 4000, dm1),
            "syslog": tf("van-tcu", t0, D, "3164", ["sys", "tcu", "diesel"], 1500, [(1100, "W", "ecm", "DPF soot load 96%, active regen requested, driving pattern too short"),
                (1180, "W", "ecm", "regen aborted: exhaust temp target not reached (412C)"), (1295, "E", "ecm", "DPF differential pressure high, SPN 3251 FMI 16"),
                (1302, "W", "ecm", "engine torque derate level 1 (75%) until service regeneration"),
                (1330, "I", "fleet", "driver alert sent: 'Emissions fault - reduced power'")]),
            "telem.jsonl": tf("tcu", t0, D, "json1", ["tcu"], 800, [])}
batch("powertrain", "emissions", "high", [], "driving", "syslog",
      "Diesel van: DPF soot load too high and regeneration fails; DPF differential pressure high (SPN 3251 FMI 16, DM1), engine torque derated.", b_dpf)

def b_inv(t0):
    D = 1200
    cols = {"speed_kph": noisy(lambda t: 112, 1), "inv_dc_current": lambda t: round(140 + R.gauss(0, 8), 1) if not 700 < t < 702.5 else 0.0,
            "inv_igbt_temp": const(72.0, 0.6), "phase_u_peak": lambda t: 410.0 if 700 <= t < 700.6 else round(210 + R.gauss(0, 5), 1), "motor_rpm": const(11200, 30)}
    return {"vcu.jsonl": tf("vcu", t0, D, "json3", ["vcu"], 2200, [(699.98, "E", "inverter", "IGBT desat trip phase U, gate driver latched off"),
                (700.2, "W", "vcu", "torque request ignored: inverter state FAULT"), (701.5, "I", "inverter", "fault reset attempt 1/3 after 1500ms"),
                (702.4, "I", "inverter", "inverter state RUN, torque restored"), (703, "W", "vcu", "DTC P0A78:00 stored (confirmed, not active)")]),
            "signals.csv": csv_file(t0, D, 0.5, cols),
            "journal.log": tf("evc-2203", t0, D, "shortiso", ["sys", "tcu"], 900, [])}
batch("powertrain", "inverter", "medium", ["high"], "driving", "vcu.jsonl",
      "EV on the highway: traction inverter IGBT desaturation trip (P0A78) cuts torque for ~2.5 s; the inverter resets on the first attempt and drive resumes (recovered).", b_inv)

def b_fuel(t0):
    D = 2000
    dm1 = [(900 + 5 * k, "18FECA00#" + dm1f(94, 1)) for k in range(60)]  # SPN 94 FMI 1
    return {"j1939.log": candump(t0, D, EVC_IDS, 3500, dm1, "can0", console=True),
            "vanlog.txt": tf("van", t0, D, "5424", ["diesel", "sys"], 1600, [(860, "W", "ecm", "rail pressure deviation -380 bar vs setpoint at 2300 rpm"),
                (900, "E", "ecm", "low fuel delivery pressure SPN 94 FMI 1, P0087 set"),
                (902, "W", "ecm", "limp home: engine speed limited 2000 rpm, torque 50%")]),
            "telem.jsonl": tf("tcu", t0, D, "json2", ["tcu"], 700, [])}
batch("powertrain", "fuel", "high", [], "driving", "vanlog.txt",
      "Diesel van: fuel rail/delivery pressure too low (P0087, SPN 94 FMI 1), engine enters limp-home with speed and torque limits.", b_fuel)

# ===== thermal =====
def b_pump(t0):
    D = 1800
    cols = {"pump1_rpm": lambda t: round(3400 + R.gauss(0, 25)) if t < 600 else 0, "pump1_current": lambda t: round(2.1 + R.gauss(0, .05), 2) if t < 600 else 0.0,
            "coolant_batt_in": lambda t: round(27 + (0 if t < 600 else min(19, (t - 600) * 0.03)), 2), "cell_temp_max": lambda t: round(31 + (0 if t < 650 else min(21, (t - 650) * 0.028)), 2),
            "speed_kph": const(100.0, 3)}
    bms_ev = [(1180 + 40 * k, "W", "bms", "cell temp max %.1fC above derate start, discharge limit %d kW" % (47 + k * 0.6, 120 - 10 * k)) for k in range(8)]
    return {"tms.log": tf("tms", t0, D, "logfmt", ["sys"], 900, [(598, "W", "tms", "pump1 LIN resp stall flag set, duty 78% no speed feedback"),
                (600, "E", "tms", "battery loop pump EWP1 stalled, restart 1/2 failed")]),
            "bms.jsonl": tf("bms", t0, D, "json1", ["bms"], 2000, bms_ev + [(1500, "E", "bms", "BMS_ERR_0x31 pack overtemp derate level 2, power limit 45 kW")]),
            "vcu.jsonl": tf("vcu", t0, D, "json1", ["vcu"], 1200, [(1505, "W", "vcu", "reduced propulsion power, turtle lamp on")]),
            "signals.csv": csv_file(t0, D, 1.0, cols)}
batch("thermal", "pump", "high", [], "driving", "tms.log",
      "Battery coolant pump stalls while driving; coolant and cell temperatures climb and the BMS derates propulsion power. Root cause is the thermal pump, the BMS derate is the consequence.", b_pump)

def b_fan(t0):
    D = 2400
    cols = {"engine_rpm": noisy(lambda t: 1400 + 200 * (t % 300 > 150), 40), "coolant_temp": lambda t: round(88 + (0 if t < 800 else min(26.0, (t - 800) * 0.018)) + R.gauss(0, .3), 1),
            "fan_duty_pct": lambda t: 35 if t < 900 else 100, "fan_rpm": lambda t: round(1100 + R.gauss(0, 20)) if t < 780 else 0, "vehicle_speed": noisy(lambda t: 28 + 20 * (t % 240 > 120), 3), "ambient_temp": const(31.0, .2)}
    return {"bus_signals.csv": csv_file(t0, D, 1.0, cols),
            "ibis.log": tf("bus-417", t0, D, "5424", ["sys", "tcu"], 1800, []),
            "j1939.log": candump(t0, D, EVC_IDS, 3000, [])}
batch("thermal", "radiator", "medium", ["high"], "driving", "bus_signals.csv",
      "City bus: radiator fan speed drops to 0 rpm while commanded to 100%; coolant temperature climbs past 110 C. Visible only in the signal log, no fault line.", b_fan)

def b_hvac(t0):
    D = 1500
    return {"logcat.txt": tf("ivi", t0, D, "logcat", ["ivi"], 2500, [(700, "W", "HvacHal", "compressor request rejected by ACCM: low side pressure 1.1 bar"),
                (705, "I", "HvacHal", "AC status: compressor off, fan-only mode, ui ac_icon=disabled")]),
            "accm.dlt.txt": tf("ACCM", t0, D, "dlt", ["vcu"], 900, [(640, "W", "accm", "suction pressure trend -0.05 bar/min, superheat 19K"),
                (698, "E", "accm", "refrigerant charge insufficient, compressor protection off (code AC-0217)")]),
            "cabin.csv": csv_iso(t0, D, 2.0, {"cabin_temp": ramp(22.0, 27.5, 700, 1500), "evap_temp": ramp(4.0, 23.0, 700, 1000), "lp_bar": ramp(2.4, 1.0, 645, 700), "comp_rpm": step(4200, 0, 700)})}
batch("thermal", "hvac", "medium", [], "driving", "accm.dlt.txt",
      "Refrigerant low-side pressure falls (low charge); A/C compressor is shut off for protection and cabin warms - degraded comfort function.", b_hvac)

def b_ot(t0):
    D = 2000
    dm1 = [(1500 + 5 * k, "18FECA00#" + dm1f(110, 0, 0x10)) for k in range(50)]  # SPN 110 FMI 0
    return {"ecu.log": tf("bus-209", t0, D, "3164", ["diesel", "sys"], 1700, [(1480, "W", "ecm", "coolant outlet 104C rising, thermostat fully open"),
                (1500, "E", "ecm", "engine coolant overtemperature SPN 110 FMI 0 (109C), P0217"), (1503, "W", "ecm", "engine protection derate: torque 60%, retarder inhibited")]),
            "j1939.log": candump(t0, D, EVC_IDS, 3000, dm1, "can1"),
            "fleet.jsonl": tf("tcu", t0, D, "json2", ["tcu"], 600, [])}
batch("thermal", "overtemp", "high", [], "driving", "ecu.log",
      "City bus diesel engine coolant overtemperature (SPN 110 FMI 0 / P0217); engine protection derates torque.", b_ot)

# ===== brakes_chassis =====
def b_wss(t0):
    D = 1500
    cols = {"wheel_speed_fl": lambda t: round(98 + R.gauss(0, .4), 1) if t < 501.5 else (0.0 if R.random() < .7 else round(R.uniform(0, 90), 1)),
            "wheel_speed_fr": const(98.0, .4), "wheel_speed_rl": const(98.0, .4), "wheel_speed_rr": const(98.0, .4), "yaw_rate": const(0.0, .3), "lat_acc": const(0.0, .05)}
    cons = [(505 + k * 3, "E", "adas_mgr", "ACC unavailable: ESC not available (inhibit 0x%02X)" % (0x10 + k % 3)) for k in range(12)]
    return {"esc.jsonl": tf("esc", t0, D, "json3", ["chassis"], 1000, [(501, "E", "abs", "wss FL signal implausible, C0035 test failed"),
                (502, "W", "esc", "ABS/ESC passive, EBD only")]),
            "adas.log": tf("adas", t0, D, "glog", ["adas"], 2200, cons + [(505, "W", "lka", "lane keeping assist disabled, reason: chassis stability unavailable")]),
            "signals.csv": csv_file(t0, D, 0.5, cols),
            "cluster.txt": tf("ivi", t0, D, "logcat", ["ivi"], 1200, [(506, "W", "ClusterWarn", "telltales ABS=ON ESC_OFF=ON ACC_FAULT=ON")])}
batch("brakes_chassis", "abs", "high", ["critical"], "driving", "esc.jsonl",
      "Left front wheel speed sensor (C0035) fails; ABS/ESC go passive and ACC and lane assist are then disabled. Root cause is the ABS wheel-speed sensor; the louder ADAS errors come after it.", b_wss)

def b_eps(t0):
    D = 1000
    mk = lambda: {"_frame": "base_link", "steering_percentage": round(R.uniform(-5, 5), 2), "eps_status": "ACTIVE", "assist_available": True}
    return {"planning.INFO": tf("rt", t0, D, "glog", ["adas"], 2400, [(612, "E", "guardian.cc:140", "chassis reports steering assist unavailable, triggering minimal risk maneuver"),
                (613, "W", "planner.cc:88", "MRM: decel 2.0 m/s2, hazard on, lane keep straight, target stop in 38 m")]),
            "chassis.yaml": yaml_dump(t0, D, 400, mk, [(610, {"_frame": "base_link", "steering_percentage": 0.0, "eps_status": "FAULT", "assist_available": False, "fault_code": "EPS-1203 motor position sensor plausibility"})]),
            "dmesg.txt": tf("rt", t0, D, "dmesg", ["kern"], 600, []),
            "rosout.log": tf("rt", t0, D, "ros", ["ros"], 1500, [(640, "I", "/guardian", "vehicle stopped, hazard lights on, remote assistance requested")])}
batch("brakes_chassis", "eps", "critical", [], "driving", "chassis.yaml",
      "Robotaxi EPS reports a motor position sensor fault (EPS-1203) and loses assist; the stack performs a minimal-risk manoeuvre to a stop.", b_eps)

def b_tpms(t0):
    D = 3000
    cols = {"tyre_p_fl_kpa": const(250.0, .5), "tyre_p_fr_kpa": const(251.0, .5), "tyre_p_rl_kpa": lambda t: round(249 - 0.028 * t + R.gauss(0, .5), 1),
            "tyre_p_rr_kpa": const(248.0, .5), "tyre_t_rl": const(31.0, .3), "speed_kph": noisy(lambda t: 90, 4)}
    return {"tpms.csv": csv_file(t0, D, 2.0, cols),
            "journal.log": tf("evc-5510", t0, D, "shortiso", ["sys", "tcu", "vcu"], 2000, [(2700, "W", "tpms-svc", "RL 174 kPa: soft warning, telltale requested")]),
            "chassis.jsonl": tf("chassis", t0, D, "json1", ["chassis"], 900, [])}
batch("brakes_chassis", "tpms", "medium", ["low", "high"], "driving", "tpms.csv",
      "Rear-left tyre slowly loses pressure (249 -> ~165 kPa) over the drive, visible in the TPMS signals; a tyre-pressure warning lamp is requested late.", b_tpms)

def b_air(t0):
    D = 2000
    dm1 = [(1210 + 5 * k, "18FECA0B#" + dm1f(117, 18, 0x10)) for k in range(40)]  # SPN 117 FMI 18 from SA 0x0B (brakes)
    cols = {"circuit1_bar": lambda t: round(12.0 + R.gauss(0, .1) if t < 1000 else max(5.2, 12 - (t - 1000) * 0.02), 2), "circuit2_bar": const(12.1, .1),
            "compressor_on": lambda t: int(t % 200 < 60 or t > 1000), "speed_kph": lambda t: round(35 + R.gauss(0, 3), 1) if t < 1300 else 0.0}
    return {"ebs.csv": csv_file(t0, D, 1.0, cols),
            "j1939.log": candump(t0, D, EVC_IDS + [("18FEAE30", 8)], 3000, dm1),
            "ibis.log": tf("bus-033", t0, D, "5424", ["sys", "tcu"], 1400, [(1220, "W", "driver-hmi", "red STOP lamp + buzzer: brake circuit 1 pressure low"),
                (1330, "I", "dispatch", "bus 033 stopped out of service at stop Weststr., passengers transferred")])}
batch("brakes_chassis", "brakes", "critical", ["high"], "driving", "ebs.csv",
      "City bus air brake circuit 1 loses pressure (leak) while the compressor runs continuously; SPN 117 FMI 18 and red STOP warning; the bus is stopped and taken out of service.", b_air)

# ===== body =====
def b_airbag(t0):
    D = 1500
    return {"srs.dlt.txt": tf("SRS1", t0, D, "dlt", ["body"], 600, [(300, "E", "srs", "driver squib 1 resistance 0.6 Ohm out of range, B0001 test failed"),
                (301, "W", "srs", "driver frontal stage 1 disabled, AIRBAG lamp ON")]),
            "logcat.txt": tf("ivi", t0, D, "logcat", ["ivi"], 2500, [(302, "W", "ClusterWarn", "show telltale id=AIRBAG color=RED")]),
            "diag.txt": diag_file(t0, D, [("737", "73F"), ("7E0", "7E8")], [(900, uds_read("737", "73F", [("B0001", 0x1A, 0x09)]))], 200)}
batch("body", "airbag", "critical", ["high"], "driving", "srs.dlt.txt",
      "Driver frontal airbag stage 1 deployment circuit fault (B0001-1A, resistance low); the stage is disabled while driving and the airbag lamp is on - a safety function lost.", b_airbag)

def b_door(t0):
    D = 1200
    return {"bcm.log": tf("bcm", t0, D, "logfmt", ["body"], 1500, [(400, "W", "bcm", "lock cmd RR: actuator position not reached after 300ms, retry"),
                (400.8, "W", "bcm", "lock cmd RR retry 2: motor current 0.2A (expected >1.5A)"), (401.9, "I", "bcm", "RR latch locked on retry 3"),
                (402, "W", "bcm", "DTC B-RR-LOCK-ACT stored, status=confirmed,not-active")]),
            "tcu.jsonl": tf("tcu", t0, D, "json2", ["tcu"], 800, [(399, "I", "tcu", "remote lock command from app accepted")]),
            "journal.log": tf("evc-1104", t0, D, "shortiso", ["sys"], 700, [])}
batch("body", "doors", "medium", ["low"], "parked", "bcm.log",
      "Parked, remote lock: rear-right door lock actuator fails to reach position twice, locks on the third retry; fault stored (recovered).", b_door)

def b_lamp(t0):
    D = 1800
    return {"bcm.jsonl": tf("bcm", t0, D, "json3", ["body"], 1500, [(800, "E", "hlm_l", "LED driver ch LB open load detected (I=0mA), low beam left off"),
                (801, "W", "bcm", "bulb failure message LOW_BEAM_LEFT to cluster")]),
            "can0.log": candump(t0, D, PAX_IDS, 3000, []),
            "logcat.txt": tf("ivi", t0, D, "logcat", ["ivi"], 1500, [(802, "I", "ClusterWarn", "check lamp message: Left low beam")])}
batch("body", "lighting", "medium", ["high"], "driving", "bcm.jsonl",
      "Night drive: left low-beam headlamp LED driver reports open load and the lamp goes out; right lamp still works; driver informed.", b_lamp)

def b_hmi(t0):
    D = 1400
    km = [(900 + k * 7.3, "E", "kernel", "atmel_mxt_ts 3-004a: __mxt_read_reg: i2c transfer failed (-121)") for k in range(40)]
    return {"dmesg.txt": tf("ivi", t0, D, "dmesg", ["kern"], 900, km + [(898, "W", "kernel", "atmel_mxt_ts 3-004a: CHG line stuck low, resetting controller"),
                (1200, "E", "kernel", "atmel_mxt_ts 3-004a: controller not responding after 3 resets, giving up")]),
            "logcat.txt": tf("ivi", t0, D, "logcat", ["ivi"], 2400, [(1202, "W", "InputReader", "Device removed: 'touchscreen' (id=4)"),
                (1210, "I", "VoiceService", "touch unavailable, voice and steering-wheel control only")])}
batch("body", "hmi", "medium", [], "driving", "dmesg.txt",
      "Centre display touch controller stops responding on I2C (hardware), resets fail and touch is removed; screen still displays - degraded HMI comfort function.", b_hmi)

# ===== adas_perception =====
def b_cam(t0):
    D = 1500
    return {"adas.dlt.txt": tf("ADAS", t0, D, "dlt", ["adas"], 2500, [(700, "E", "mfc", "[ADAS_CAM] E0113 image sensor stream stalled, deserializer lock lost"),
                (702, "E", "mfc", "front camera restart failed, status BLIND"), (703, "W", "lka", "LKA/TJA unavailable: no lane data")]),
            "logcat.txt": tf("ivi", t0, D, "logcat", ["ivi"], 1500, [(704, "W", "ClusterWarn", "message 'Lane assist unavailable' shown")])}
batch("adas_perception", "camera", "high", [], "driving", "adas.dlt.txt",
      "Front multi-function camera stream stalls and restart fails; lane keeping / traffic jam assist disabled.", b_cam)

def b_lidar(t0):
    D = 1200
    mk = lambda: {"module": "lidar_top", "hz": round(R.uniform(9.8, 10.1), 2), "status": "OK"}
    return {"rosout.log": tf("rt", t0, D, "ros", ["ros"], 3000, [(820, "E", "/monitor", "/points_raw stale 0.6s (expected 0.1s)"),
                (821, "F", "/guardian", "lidar_top input lost, executing safe stop (MRC)"), (830, "I", "/guardian", "vehicle at standstill, hazards on")]),
            "lidar_drv.INFO": tf("rt", t0, D, "glog", ["adas"], 1200, [(818, "W", "hesai_driver.cc:211", "udp recv timeout on 2368, no packets for 250ms"),
                (819, "E", "hesai_driver.cc:240", "lidar top: motor speed 0 rpm reported in status packet")]),
            "diag_status.yaml": yaml_dump(t0, D, 300, mk, [(822, {"module": "lidar_top", "hz": 0.0, "status": "ERROR"})])}
batch("adas_perception", "lidar", "critical", [], "driving", "lidar_drv.INFO",
      "Robotaxi roof lidar motor stops and packets cease; the stack loses lidar input and executes a safe stop.", b_lidar)

def b_radar(t0):
    D = 1600
    return {"radar.jsonl": tf("radar", t0, D, "json2", ["adas"], 1800, [(500, "W", "frr", "azimuth misalignment est +3.4 deg, autocal out of range"),
                (560, "E", "frr", "FRR-0x2C8 sensor blind/misaligned, object output invalid")]),
            "acc.log": tf("adas", t0, D, "glog", ["adas"], 1200, [(561, "W", "acc_arb.cc:55", "ACC switched off, radar quality insufficient")]),
            "can0.log": candump(t0, D, PAX_IDS, 2500, [])}
batch("adas_perception", "radar", "high", [], "driving", "radar.jsonl",
      "Front radar detects excessive azimuth misalignment and declares itself blind; ACC is switched off.", b_radar)

def b_loc(t0):
    D = 1400
    mk = lambda: {"pose_std_xy": round(R.uniform(0.02, .05), 3), "ndt_score": round(R.uniform(0.8, 0.95), 2), "gnss_fix": "RTK_FIXED"}
    ev = [(605 + 10 * k, {"pose_std_xy": round(0.05 + 0.12 * k, 3), "ndt_score": round(0.8 - 0.06 * k, 2), "gnss_fix": "SINGLE"}) for k in range(10)]
    return {"localization.pb.txt": proto_dump(t0, D, 400, "localization", lambda: {"pose": {"x": round(R.uniform(-50, 50), 2), "y": round(R.uniform(-50, 50), 2)}, "uncertainty": {"std_xy": round(R.uniform(.02, .05), 3)}, "msf_status": {"status": "MSF_OK"}},
                [(600 + 10 * k, {"pose": {"x": 1.0, "y": 2.0}, "uncertainty": {"std_xy": round(0.05 + 0.12 * k, 3)}, "msf_status": {"status": "MSF_DEGRADED" if k < 7 else "MSF_LOST"}}) for k in range(10)]),
            "loc_stats.yaml": yaml_dump(t0, D, 300, mk, ev),
            "planning.INFO": tf("rt", t0, D, "glog", ["adas"], 2000, [(690, "E", "planner.cc:312", "localization confidence below autonomy minimum, requesting takeover"),
                (700, "W", "mode_mgr.cc:44", "autonomy disengaged, safety driver in control")])}
batch("adas_perception", "localization", "high", ["critical"], "driving", "localization.pb.txt",
      "Robotaxi localization diverges (map match score falls, pose uncertainty grows, MSF lost); autonomy disengages and the safety driver takes over.", b_loc)

# ===== connectivity =====
def b_gw(t0):
    D = 1500
    u = [(461 + k * 0.4, "E", e, "%s lost communication with %s" % (c, m)) for k, (e, c, m) in enumerate([("ivi", "U0100", "ECM/PCM A"), ("bcm", "U0121", "ABS module"), ("ivi", "U0155", "instrument cluster"),
          ("adas", "U0131", "power steering module"), ("bcm", "U0164", "HVAC module"), ("ivi", "U0140", "body control module"), ("tcu", "U0111", "battery energy control module A"),
          ("adas", "U0126", "steering angle sensor module"), ("srs", "U0121", "ABS"), ("bcm", "U0100", "ECM"), ("ivi", "U0198", "telematics module")] * 2)]
    u += [(461.2 + k * 0.5, "E", e, t) for k, (e, t) in enumerate([("esc", "DTC 0xC14087 set, status 0x2F"), ("eps", "node timeout BCM -> U0140-87"), ("adas", "DTC 0xC12187 active (ABS frames missing)"),
          ("srs", "U0155:87 cluster msg missing"), ("vcu", "DTC 0xC12187 set, status 0x2F"), ("esc", "DTC 0xC10087 set, status 0x2F"), ("tms", "U0100-87 ECM torque msg missing"), ("eps", "DTC 0xC12687 set")] * 2)]
    return {"gw.log": tf("cgw", t0, D, "5424", ["sys"], 700, [(455, "E", "cgw", "switch core watchdog timeout, rebooting gateway"), (458, "I", "cgw", "bootloader v3.1 start"), (470, "I", "cgw", "routing tables loaded, all domains forwarding")]),
            "ecus.jsonl": tf("ecus", t0, D, "json1", ["body", "chassis", "vcu"], 2000, u + [(472, "I", "bcm", "comms restored on all nodes")]),
            "can0.log": candump(t0, D, PAX_IDS, 3000, []),
            "logcat.txt": tf("ivi", t0, D, "logcat", ["ivi"], 900, [(462, "W", "CarService", "vehicle HAL: all properties stale")])}
batch("connectivity_network", "gateway", "medium", ["high"], "driving", "gw.log",
      "Central gateway watchdog reboot: for ~15 s every ECU behind it logs U01xx lost-communication codes; routing comes back and comms restore. Root cause is the gateway.", b_gw)

def b_can(t0):
    D = 1200
    ev = [(700.002 + k * 0.01, "20000040#0000000000000000") for k in range(20)]
    return {"can1.log": candump(t0, D, PAX_IDS, 3500, ev, "can1"),
            "dmesg.txt": tf("vcu", t0, D, "dmesg", ["kern"], 900, [(700, "E", "kernel", "m_can 20e8000.can can1: bus-off"), (700.1, "W", "kernel", "m_can 20e8000.can can1: entered error passive state"),
                (700.3, "I", "kernel", "m_can 20e8000.can can1: restarted, error-active")]),
            "vcu.jsonl": tf("vcu", t0, D, "json1", ["vcu", "chassis"], 1500, [(700.5, "W", "vcu", "U0073 control module communication bus A off - stored, bus recovered after 300ms")])}
batch("connectivity_network", "can", "medium", ["low"], "driving", "dmesg.txt",
      "Chassis CAN controller goes bus-off (U0073) and auto-recovers after ~300 ms; code stored, no lasting effect.", b_can)

def b_cell(t0):
    D = 3000
    ev = [(600 + 60 * k, "W", "tcu", "modem AT+CREG? -> 0,2 searching, attach attempt %d failed" % (k + 1)) for k in range(35)]
    return {"tcu.log": tf("tcu", t0, D, "3164", ["tcu", "sys"], 1700, [(590, "E", "tcu", "modem firmware assert in LTE stack, modem reset"), (600.5, "E", "tcu", "SIM not detected after modem reset")] + ev +
                [(2700, "E", "tcu", "eCall self test: network registration unavailable")]),
            "logcat.txt": tf("ivi", t0, D, "logcat", ["ivi"], 2000, [(2702, "W", "ClusterWarn", "SOS/eCall not available telltale")])}
batch("connectivity_network", "cellular", "high", ["medium"], "driving", "tcu.log",
      "Telematics modem crashes and never re-registers on the cellular network; remote services and eCall unavailable for the rest of the drive.", b_cell)

def b_eth(t0):
    D = 1200
    drops = [(500 + k * 0.8, "W", "/camera/front_center", "no image for %.1fs" % (0.2 + 0.1 * k)) for k in range(30)]
    return {"dmesg.txt": tf("rt", t0, D, "dmesg", ["kern"], 800, [(498, "E", "kernel", "sja1105 spi0.1: port 3 (100base-T1): link down, SQI 0"), (499.2, "I", "kernel", "sja1105 spi0.1: port 3 link up 100Mbps"),
                (499.9, "E", "kernel", "sja1105 spi0.1: port 3: link down"), (505, "E", "kernel", "sja1105 spi0.1: port 3 link flap count 9 in 10s, SQI 1")]),
            "rosout.log": tf("rt", t0, D, "ros", ["ros"], 2500, drops + [(525, "E", "/guardian", "front camera set unavailable, degrading to reduced ODD: max 30 kph")]),
            "planning.INFO": tf("rt", t0, D, "glog", ["adas"], 1500, [(526, "W", "planner.cc:101", "speed cap 30 kph due to sensor degradation")])}
batch("connectivity_network", "ethernet", "high", ["critical"], "driving", "dmesg.txt",
      "Automotive Ethernet (100BASE-T1) link to the front camera flaps; camera frames drop and the robotaxi degrades to 30 km/h. Root cause the Ethernet link, camera errors are the consequence.", b_eth)

# ===== software_platform =====
def b_oom(t0):
    D = 1300
    return {"dmesg.txt": tf("rt", t0, D, "dmesg", ["kern"], 700, [(760, "W", "kernel", "perception_node invoked oom-killer: gfp_mask=0x100cca, order=0"),
                (760.1, "E", "kernel", "Out of memory: Killed process 4121 (perception_node) total-vm:31457280kB, anon-rss:27812000kB")]),
            "rosout.log": tf("rt", t0, D, "ros", ["ros"], 2800, [(761, "E", "/monitor", "/perception/detector died (exit -9), respawning"), (775, "I", "/perception/detector", "model loaded, publishing"),
                (776, "I", "/guardian", "perception recovered, resume")]),
            "tpms.jsonl": tf("chassis", t0, D, "json2", ["chassis"], 700, [(300, "I", "tpms", "RR sensor battery low pending (C-code stored pending)")])}
batch("software_platform", "oom", "medium", ["high"], "driving", "dmesg.txt",
      "Robotaxi perception process grows and is OOM-killed, then respawns and recovers in ~15 s. A minor pending TPMS sensor battery note is secondary.", b_oom)

def b_wd(t0):
    D = 1500
    return {"logcat.txt": tf("ivi", t0, D, "logcat", ["ivi"], 3000, [(900, "W", "Watchdog", "*** WATCHDOG KILLING SYSTEM PROCESS: Blocked in handler on main thread (android.fg)"),
                (901, "E", "AndroidRuntime", "*** FATAL EXCEPTION IN SYSTEM PROCESS: watchdog"), (930, "I", "SystemServer", "Entered the Android system server!"), (960, "I", "ActivityManager", "Displayed com.oem.launcher/.Home: +812ms")]),
            "journal.log": tf("ivi-host", t0, D, "shortiso", ["sys"], 700, [])}
batch("software_platform", "watchdog", "medium", [], "driving", "logcat.txt",
      "Infotainment system_server hangs and the Android watchdog restarts it; screen back after ~60 s (recovered).", b_wd)

def b_fs(t0):
    D = 2000
    return {"kern.log": tf("dlog", t0, D, "3164", ["sys", "kern"], 1500, [(1100, "E", "kernel", "mmc0: cache flush error -110"), (1100.2, "E", "kernel", "EXT4-fs error (device mmcblk0p7): ext4_journal_check_start:83: Detected aborted journal"),
                (1100.3, "E", "kernel", "EXT4-fs (mmcblk0p7): Remounting filesystem read-only"), (1105, "E", "vlogd", "write seg_1182.bin failed: Read-only file system, logging suspended")]),
            "telem.jsonl": tf("tcu", t0, D, "json3", ["tcu"], 800, [])}
batch("software_platform", "filesystem", "medium", ["high"], "driving", "kern.log",
      "Data-logger eMMC partition hits an aborted ext4 journal and is remounted read-only; logging stops.", b_fs)

def b_ota(t0):
    D = 2400
    return {"ota.log": tf("evc-9902", t0, D, "logfmt", ["sys"], 1500, [(300, "I", "otad", "campaign C-2611 pkg 2.14.0 downloaded, verifying"), (600, "I", "otad", "install to slot B started"),
                (1400, "E", "otad", "slot B verity check failed: hash mismatch block 88213"), (1410, "W", "otad", "rollback to slot A (2.13.4), boot counter reset"),
                (1500, "I", "otad", "booted slot A, campaign status FAILED reported")]),
            "journal.log": tf("evc-9902", t0, D, "shortiso", ["sys", "tcu"], 1200, [])}
batch("software_platform", "ota", "medium", ["low"], "ota", "ota.log",
      "Parked OTA install fails dm-verity check on the new slot; the vehicle rolls back to the previous version and reports the failure.", b_ota)

# ===== power_supply =====
def b_sag(t0):
    D = 1200
    cols = {"lv_bus_voltage": lambda t: round(12.6 + R.gauss(0, .03), 2) if t < 30 else (round(7.9, 2) if t < 31 else round(14.2 + R.gauss(0, .05), 2)), "engine_rpm": lambda t: 0 if t < 30 else 900}
    resets = [(31 + k * 0.4, "W", e, "%s: unexpected power-on reset (cause: brown-out)" % e) for k, e in enumerate(["ivi", "adas", "bcm", "tcu", "srs", "eps"])]
    return {"pdu.csv": csv_file(t0, D, 0.5, cols),
            "lvm.log": tf("pcm", t0, D, "dlt", ["vcu"], 900, [(30.5, "W", "lvm", "P0562 system voltage low detected during crank (7.9 V)")]),
            "ecus.jsonl": tf("ecus", t0, D, "json2", ["body", "chassis", "ivi"], 2000, resets + [(35, "E", "ivi", "U0100 lost communication with ECM (startup)"), (36, "I", "bcm", "all nodes online")])}
batch("power_supply", "lv_battery", "medium", ["high"], "driving", "pdu.csv",
      "PHEV engine crank with a weak 12 V battery: LV bus sags to 7.9 V (P0562) and several ECUs brown-out reset; all come back. Root cause the 12 V supply.", b_sag)

def b_dcdc(t0):
    D = 2400
    cols = {"lv_bus_voltage": lambda t: round((14.1 if t < 900 else max(10.5, 14.1 - (t - 900) * 0.0026)) + R.gauss(0, .03), 2), "dcdc_out_current": lambda t: round(42 + R.gauss(0, 2), 1) if t < 900 else 0.0,
            "hv_voltage": const(398.0, 1), "speed_kph": noisy(lambda t: 70, 5)}
    return {"signals.csv": csv_file(t0, D, 1.0, cols),
            "journal.log": tf("evc-6620", t0, D, "shortiso", ["sys", "tcu", "vcu"], 2200, []),
            "bms.jsonl": tf("bms", t0, D, "json3", ["bms"], 900, [])}
batch("power_supply", "dcdc", "medium", ["high"], "driving", "signals.csv",
      "EV DC-DC converter output current drops to zero and the 12 V bus slowly discharges from 14.1 V to 10.5 V; visible only in the signal log.", b_dcdc)

def b_alt(t0):
    D = 2400
    dm1 = [(1400 + 5 * k, "18FECA00#" + dm1f(167, 18)) for k in range(60)]  # SPN 167 FMI 18
    return {"j1939.log": candump(t0, D, EVC_IDS, 3000, dm1),
            "van.log": tf("van", t0, D, "3164", ["diesel", "sys", "tcu"], 1500, [(1200, "W", "ecm", "charging system potential 12.2V at 1800 rpm, alternator field duty 100%"),
                (1400, "E", "ecm", "SPN 167 FMI 18 charging system voltage low, battery lamp on")])}
batch("power_supply", "alternator", "medium", ["high"], "driving", "van.log",
      "Diesel van alternator stops charging (SPN 167 FMI 18); battery lamp on, voltage drifting down.", b_alt)

def b_efuse(t0):
    D = 1300
    ev = [(601 + k, "E", "/monitor", "camera %s: no frames" % c) for k, c in enumerate(["front_wide", "front_tele", "left", "right", "rear"] * 3)]
    return {"pdu.jsonl": tf("pdu", t0, D, "json3", ["sys"], 700, [(600, "E", "pdu", "eFuse CH7 (ADAS_SENS_12V) overcurrent 18.4A > 15A, latched off")]),
            "rosout.log": tf("rt", t0, D, "ros", ["ros"], 2600, ev + [(606, "F", "/guardian", "camera suite lost, safe stop initiated"), (620, "I", "/guardian", "stopped")]),
            "dmesg.txt": tf("rt", t0, D, "dmesg", ["kern"], 600, [(600.5, "W", "kernel", "max9296 2-0048: GMSL link lock lost on all ports")])}
batch("power_supply", "lv_distribution", "critical", [], "driving", "pdu.jsonl",
      "PDU eFuse channel for the ADAS sensor 12 V rail trips on overcurrent; all cameras lose power and the robotaxi makes a safe stop. Root cause LV distribution.", b_efuse)

# ===== healthy =====
def h(desc, state, builder): batch("none", "none", "low", [], state, None, desc, builder)

def h1(t0):
    D = 3600
    return {"journal.log": tf("evc-4411", t0, D, "shortiso", ["sys", "tcu"], 1200, [(5, "I", "vcu", "sleep mode entered, wake sources: CAN, RTC, key")]),
            "bms.jsonl": tf("bms", t0, D, "json1", ["bms"], 700, []), "lv.csv": csv_file(t0, D, 10.0, {"lv_bus_voltage": const(12.6, .02), "soc": const(64.0)})}
h("EV parked and sleeping; periodic TCU wake-ups, NTP and upload retries only.", "parked", h1)

def h2(t0):
    D = 2400
    cols = {"pack_voltage": ramp(380.0, 402.0, 0, 2400), "ac_current": const(16.0, .1), "cell_temp_max": ramp(18.0, 24.0, 0, 2400), "lv_bus_voltage": const(14.0, .03)}
    return {"obc.log": tf("obc", t0, D, "logfmt", ["sys"], 600, [(2, "I", "obc", "CP state C, PWM 27% -> 16A")]), "bms.jsonl": tf("bms", t0, D, "json2", ["bms"], 2000, []),
            "signals.csv": csv_file(t0, D, 2.0, cols), "tcu.log": tf("tcu", t0, D, "3164", ["tcu", "sys"], 900, [])}
h("EV AC charging at home, 16 A, normal.", "charging", h2)

def h3(t0):
    D = 1800
    return {"ccs.log": tf("bus-115", t0, D, "5424", ["sys"], 900, [(10, "W", "ccs", "SLAC attempt 1 failed, retry"), (14, "I", "ccs", "SLAC matched on attempt 2"),
                (1700, "I", "ccs", "charge complete, SOC 92%")]),
            "bms.jsonl": tf("bms", t0, D, "json3", ["bms"], 2000, []), "j1939.log": candump(t0, D, EVC_IDS, 2000, [])}
h("Electric bus DC charging at the depot; one SLAC retry, completes normally.", "charging", h3)

def h4(t0):
    D = 1800
    return {"logcat.txt": tf("ivi", t0, D, "logcat", ["ivi"], 3000, [(300, "E", "AndroidRuntime", "FATAL EXCEPTION: main Process: com.oem.debugtool (test build assertion)")]),
            "hcu.dlt.txt": tf("HCU1", t0, D, "dlt", ["vcu", "bms"], 1500, []), "diag.txt": diag_file(t0, D, [("7E0", "7E8")], [(100, uds_read("7E0", "7E8", []))], 200)}
h("PHEV city driving; a debug tool crashes, Wi-Fi scans fail, no vehicle fault and an empty DTC read-out.", "driving", h4)

def h5(t0):
    D = 1200
    return {"planning.INFO": tf("rt", t0, D, "glog", ["adas"], 2800, []), "rosout.log": tf("rt", t0, D, "ros", ["ros"], 2000, []),
            "chassis.pb.txt": proto_dump(t0, D, 300, "canbus", lambda: {"speed_mps": round(R.uniform(20, 25), 2), "driving_mode": "COMPLETE_AUTO_DRIVE", "error_code": "NO_ERROR"}, [])}
h("Robotaxi highway autonomy run, nominal; occasional late perception frames and TF warnings.", "driving", h5)

def h6(t0):
    D = 2400
    return {"ota.log": tf("evc-3001", t0, D, "logfmt", ["sys"], 1200, [(200, "W", "otad", "download chunk 44 HTTP 502, retry 1"), (210, "I", "otad", "chunk 44 ok"), (1400, "I", "otad", "slot B verified, switching"),
                (1500, "I", "otad", "booted 2.14.0 from slot B, campaign SUCCESS")]),
            "journal.log": tf("evc-3001", t0, D, "shortiso", ["sys", "tcu"], 1200, [(1450, "I", "systemd", "Reached target Reboot.")])}
h("Parked OTA update with one retried chunk and a planned reboot, completes successfully.", "ota", h6)

def h7(t0):
    D = 1200
    cols = {"coolant_temp": ramp(-12.0, 78.0, 0, 1100), "engine_rpm": noisy(lambda t: 1100, 40), "lv_bus_voltage": lambda t: 10.9 if t < 2 else 14.3}
    return {"van.log": tf("van", t0, D, "3164", ["diesel", "sys"], 1700, [(1, "I", "ecm", "glow plugs preheat 8s at -12C"), (3, "W", "ecm", "cold start: idle raised 1100 rpm")]),
            "signals.csv": csv_file(t0, D, 1.0, cols), "j1939.log": candump(t0, D, EVC_IDS, 2000, [])}
h("Diesel van cold start at -12 C: short crank dip, raised idle, warm-up; normal.", "driving", h7)

def h8(t0):
    D = 1500
    return {"diag.txt": diag_file(t0, D, [("7E0", "7E8"), ("7E4", "7EC"), ("737", "73F")], [(50, uds_read("7E0", "7E8", [])), (55, uds_read("7E4", "7EC", [])), (56, uds_read("737", "73F", [])), (60, "Tx 7E0 02 10 03 00 00 00 00 00"), (60.02, "Rx 7E8 06 50 03 00 32 01 F4 AA"),
                (70, "Tx 7E0 05 31 01 02 03 01 00 00"), (70.03, "Rx 7E8 04 71 01 02 03 AA AA AA"), (95, "Tx 7E0 04 31 02 02 03 00 00 00"), (95.02, "Rx 7E8 04 71 02 02 03 AA AA AA")], 400),
            "journal.log": tf("ws-tester", t0, D, "shortiso", ["sys"], 1000, [(40, "I", "diagtool", "service session started by technician, vehicle in workshop mode"), (69, "I", "diagtool", "actuator test: radiator fan 100% for 25 s (routine 0x0203)"), (96, "W", "diagtool", "tester: optional module 0x7A2 not fitted, NRC timeout (expected on this trim)")])}
h("Workshop/service mode: DTC read-outs of three ECUs are empty, an actuator routine (fan test) runs and an optional module does not answer (not fitted).", "test", h8)

def h9(t0):
    D = 1500
    return {"rosout.log": tf("rt", t0, D, "ros", ["ros"], 3000, [(400, "W", "/camera/front_center", "dropped 2 frames"), (900, "I", "/monitor", "node /recorder restarted on purpose (bag split)")]),
            "dmesg.txt": tf("rt", t0, D, "dmesg", ["kern"], 700, [(500, "W", "kernel", "nvme0: I/O 12 QID 3 timeout, completion polled")]),
            "status.yaml": yaml_dump(t0, D, 300, lambda: {"module": "guardian", "state": "NOMINAL"}, [])}
h("Robotaxi depot-to-route run, nominal; frame drops, a planned recorder restart and a recovered NVMe timeout.", "driving", h9)

def h10(t0):
    D = 2400
    return {"ibis.log": tf("bus-220", t0, D, "5424", ["sys", "tcu"], 1500, [(900, "W", "cgw", "CAN rx timeout on 18FEF100 for 120ms, recovered")]),
            "j1939.log": candump(t0, D, EVC_IDS, 3000, []), "ebs.csv": csv_file(t0, D, 2.0, {"circuit1_bar": const(12.0, .1), "circuit2_bar": const(12.1, .1), "speed_kph": noisy(lambda t: 30, 5)})}
h("City bus route, nominal; one transient CAN timeout that recovered at once.", "driving", h10)

# ---------------- write ----------------
def main():
    order = list(range(len(BATCHES))); R.shuffle(order)
    for old in os.listdir(OUT):
        if old.startswith("v") and os.path.isdir(os.path.join(OUT, old)):
            for f in os.listdir(os.path.join(OUT, old)): os.remove(os.path.join(OUT, old, f))
            os.rmdir(os.path.join(OUT, old))
    labels = []
    for k, idx in enumerate(order):
        cat, sub, risk, acc, state, rcf, desc, b = BATCHES[idx]
        bid = "v%03d" % (k + 1); d = os.path.join(OUT, bid); os.makedirs(d)
        t0 = BASE + k * 86400 * 0.6 + R.uniform(0, 40000)
        files = b(t0)
        assert rcf is None or rcf in files, (bid, rcf)
        for n, txt in files.items():
            open(os.path.join(d, n), "w").write(txt)
        labels.append({"batch": bid, "category": cat, "subsystem": sub, "risk_level": risk, "risk_accept": acc, "vehicle_state": state, "root_cause_file": rcf, "description": desc})
    json.dump(labels, open(os.path.join(OUT, "labels.json"), "w"), indent=1)

if __name__ == "__main__":
    main()
