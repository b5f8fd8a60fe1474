#!/usr/bin/env python3
"""Generator for the heldout2 vehicle-log diagnosis evaluation set. Fixed seed; stdlib only.
Writes one folder per batch plus labels.json next to this script."""
import json, os, random, datetime as dt

OUT = os.path.dirname(os.path.abspath(__file__))
SEED = 20261201
NOISE_SCALE = 0.5
MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()

def U(t): return dt.datetime.fromtimestamp(t, dt.timezone.utc)
def iso(t, ms=3, z="Z"):
    d = U(t); s = d.strftime("%Y-%m-%dT%H:%M:%S")
    if ms: s += ".%0*d" % (ms, int((t % 1) * 10**ms))
    return s + z
def hms(t, ms=3):
    d = U(t); return d.strftime("%H:%M:%S") + ".%0*d" % (ms, int((t % 1) * 10**ms))

LV = {"D": 0, "I": 1, "W": 2, "E": 3, "F": 4}
SEV5424 = {"D": 7, "I": 6, "W": 4, "E": 3, "F": 2}

class File:
    def __init__(self, name, style, host="vehicle", t0=0, boot=None, pid=None, r=None, jkeys=None, header=None):
        self.name, self.style, self.host, self.t0 = name, style, host, t0
        self.boot = boot if boot is not None else t0 - 37.2
        self.r = r or random.Random(hash(name) & 0xffff)
        self.pids = {}
        self.rows = []
        self.jkeys = jkeys or ("ts", "iso", "level", "msg", "src")
        self.header = header
        self.seq = 0
    def pid(self, proc):
        if proc not in self.pids: self.pids[proc] = self.r.randint(300, 9000)
        return self.pids[proc]
    def fmt(self, t, lvl, proc, msg, kv):
        s = self.style
        ext = "".join(" %s=%s" % (k, v) for k, v in kv.items())
        if s == "rfc3164":
            d = U(t); return "%s %2d %s %s %s[%d]: %s%s" % (MON[d.month-1], d.day, d.strftime("%H:%M:%S"), self.host, proc, self.pid(proc), msg, ext)
        if s == "rfc5424":
            pri = 8 * (16 + (1 if proc.startswith("k") else 3)) + SEV5424[lvl]
            return "<%d>1 %s %s %s %d - - %s%s" % (pri, iso(t, 6, "+00:00"), self.host, proc, self.pid(proc), msg, ext)
        if s == "journal":
            return "%s %s %s[%d]: %s%s" % (U(t).strftime("%Y-%m-%dT%H:%M:%S") + "+0000", self.host, proc, self.pid(proc), msg, ext)
        if s == "dmesg":
            return "[%12.6f] %s%s" % (t - self.boot, msg, ext)
        if s == "glog":
            d = U(t); return "%s%s %s.%06d %6d %s] %s%s" % ("DIWEF"[LV[lvl]] if lvl != "D" else "I", d.strftime("%m%d"), d.strftime("%H:%M:%S"), int((t % 1) * 1e6), self.pid(proc), proc, msg, ext)
        if s == "logcat":
            d = U(t); p = self.pid(proc); return "%s %5d %5d %s %s: %s%s" % (d.strftime("%m-%d %H:%M:%S") + ".%03d" % int((t % 1) * 1000), p, p + self.r.randint(0, 40), "DIWEF"[LV[lvl]], proc, msg, ext)
        if s == "logfmt":
            lv = {"D": "debug", "I": "info", "W": "warn", "E": "error", "F": "fatal"}[lvl]
            m = msg if (" " not in msg and '"' not in msg) else '"%s"' % msg.replace('"', "'")
            return "ts=%s level=%s comp=%s msg=%s%s" % (iso(t, 3), lv, proc, m, ext)
        if s == "ros2":
            lv = {"D": "DEBUG", "I": "INFO", "W": "WARN", "E": "ERROR", "F": "FATAL"}[lvl]
            return "[%s] [%.9f] [%s]: %s%s" % (lv, t, proc, msg, ext)
        if s == "dlt":
            self.seq += 1
            app, ctx = (proc.split(":") + ["DFLT"])[:2]
            lv = {"D": "debug", "I": "info", "W": "warn", "E": "error", "F": "fatal"}[lvl]
            d = U(t)
            return "{IDX} %s %s %11.4f {CNT} %s %-4s %-4s log %s V %d [%s%s]" % (d.strftime("%Y/%m/%d"), d.strftime("%H:%M:%S") + ".%06d" % int((t % 1) * 1e6), t - self.boot, self.host, app, ctx, lv, 1 + msg.count(" ") // 6, msg, ext)
        if s == "json":
            tk, tf, lk, mk, sk = self.jkeys
            tv = iso(t, 3) if tf == "iso" else (round(t, 3) if tf == "s" else int(t * 1000))
            lvn = {"D": "debug", "I": "info", "W": "warning", "E": "error", "F": "critical"}[lvl]
            if lk.startswith("lvl"): lvn = lvn.upper()[:4] if lk == "lvl" else lvn
            o = {tk: tv, lk: lvn, sk: proc, mk: msg}
            o.update(kv)
            return json.dumps(o, separators=(",", ":"))
        raise ValueError(s)
    def add(self, t, lvl, proc, msg, **kv):
        self.rows.append((t, len(self.rows), self.fmt(t, lvl, proc, msg, kv)))
    def raw(self, t, text):
        self.rows.append((t, len(self.rows), text))
    def noise(self, pool, n, a=None, b=None, r=None):
        r = r or self.r
        a = self.t0 if a is None else a
        b = self.T if b is None else b
        ws = [p[0] for p in pool]
        for _ in range(max(int(n * NOISE_SCALE), min(n, 250))):
            w, proc, lvl, f = r.choices(pool, ws)[0]
            t = r.uniform(a, b)
            self.add(t, lvl, proc, f(r) if callable(f) else f)
    def periodic(self, period, fn, a=None, b=None, jitter=0.02):
        a = self.t0 if a is None else a
        b = self.T if b is None else b
        t = a + self.r.uniform(0, period)
        while t < b:
            out = fn(t)
            if out is not None:
                if isinstance(out, str): self.raw(t, out)
                else: self.add(t, *out[:3], **(out[3] if len(out) > 3 else {}))
            t += period * (1 + self.r.uniform(-jitter, jitter))
    def text(self):
        rows = sorted(self.rows)
        if self.style == "dlt":
            rows = [(a, b, c.replace("{IDX}", str(i)).replace("{CNT}", "%3d" % (i % 256))) for i, (a, b, c) in enumerate(rows)]
        body = "\n".join(x[2] for x in rows) + "\n"
        return (self.header + "\n" if self.header else "") + body

class Batch:
    def __init__(self, key, t0, dur, host, r):
        t0 += r.random()
        self.key, self.t0, self.T, self.host, self.r = key, t0, t0 + dur, host, r
        self.files = []
    def f(self, name, style, host=None, **kw):
        x = File(name, style, host or self.host, self.t0, r=random.Random(self.r.random()), **kw)
        x.T = self.T
        self.files.append(x)
        return x

# ---------------------------------------------------------------- noise pools
def hx(r, n): return " ".join("%02X" % r.randint(0, 255) for _ in range(n))
def ip(r): return "10.%d.%d.%d" % (r.randint(0, 3), r.randint(0, 255), r.randint(2, 250))

LINUX = [
    (8, "systemd", "I", lambda r: r.choice(["Started Session %d of user root." % r.randint(2, 90), "Starting Cleanup of Temporary Directories...", "Finished Cleanup of Temporary Directories.", "Started Periodic Command Scheduler.", "logrotate.service: Succeeded.", "Reached target Timers.", "Started Daily apt download activities." if r.random() < .1 else "Started Telemetry uploader timer."])),
    (6, "NetworkManager", "I", lambda r: r.choice(["<info>  [%.4f] device (wlan0): state change: disconnected -> prepare (reason 'none')" % (r.random() * 1e5), "<info>  [%.4f] dhcp4 (eth0): state changed bound -> bound" % (r.random() * 1e5), "<info>  [%.4f] manager: NetworkManager state is now CONNECTED_GLOBAL" % (r.random() * 1e5), "<info>  [%.4f] device (wwan0): Activation: successful, device activated." % (r.random() * 1e5)])),
    (5, "wpa_supplicant", "W", lambda r: r.choice(["wlan0: Failed to initiate sched scan", "wlan0: CTRL-EVENT-SCAN-FAILED ret=-16 retry=1", "wlan0: CTRL-EVENT-NETWORK-NOT-FOUND", "wlan0: Reject scan trigger since one is already pending"])),
    (4, "chronyd", "W", lambda r: r.choice(["No suitable source for synchronisation", "Could not resolve address of pool.ntp.org: Temporary failure in name resolution", "Selected source %s (2.pool.ntp.org)" % ip(r), "System clock wrong by %.6f seconds" % (r.random() * 0.4), "Source %s replaced with %s" % (ip(r), ip(r))])),
    (5, "telemetryd", "I", lambda r: r.choice(["upload batch seq=%d size=%dB ok (%dms)" % (r.randint(1000, 99999), r.randint(2000, 90000), r.randint(80, 1900)), "queue depth %d, oldest %ds" % (r.randint(0, 40), r.randint(0, 300)), "heartbeat sent to backend"])),
    (2, "telemetryd", "E", lambda r: r.choice(["POST https://ingest.fleet.example.net/v2/batch failed: HTTP 503 Service Unavailable, retry in %ds" % r.choice([2, 4, 8, 16]), "upload failed: curl error 28 (Operation timed out after 30000 ms), will retry", "TLS handshake failed: connection reset by peer (retry %d/5)" % r.randint(1, 3)])),
    (4, "ModemManager", "I", lambda r: r.choice(["<info>  Modem /org/freedesktop/ModemManager1/Modem/0: signal quality updated (%d)" % r.randint(30, 95), "<info>  Modem /org/freedesktop/ModemManager1/Modem/0: access technology changed (lte -> 5gnr)" if r.random() < .5 else "<info>  Modem /org/freedesktop/ModemManager1/Modem/0: 3GPP registration state changed (home -> home)"])),
    (3, "kernel", "I", lambda r: r.choice(["usb 1-1.2: new high-speed USB device number %d using ci_hdrc" % r.randint(3, 9), "IPv6: ADDRCONF(NETDEV_CHANGE): wlan0: link becomes ready", "wwan0: renamed from usb0", "audit: type=1400 audit(%d.%03d:%d): apparmor=\"ALLOWED\" operation=\"open\" profile=\"telemetryd\"" % (r.randint(1.7e9, 1.8e9), r.randint(0, 999), r.randint(100, 999))])),
    (3, "CRON", "I", lambda r: "(root) CMD (/usr/lib/vlogd/rotate.sh >/dev/null 2>&1)"),
    (2, "dnsmasq", "I", lambda r: "query[A] %s from 127.0.0.1" % r.choice(["ota.fleet.example.net", "time.example.net", "maps.example.com", "ingest.fleet.example.net"])),
    (2, "sshd", "I", lambda r: "Connection closed by %s port %d [preauth]" % (ip(r), r.randint(30000, 60000))),
    (1, "avahi-daemon", "W", lambda r: "Withdrawing address record for fe80::%x on wlan0." % r.randint(0x1000, 0xffff)),
]
LOGCAT = [
    (8, "ActivityManager", "I", lambda r: r.choice(["Start proc %d:com.example.media/u0a%d for service" % (r.randint(2000, 9000), r.randint(50, 90)), "Killing %d:com.example.weather/u0a77 (adj 906): empty #17" % r.randint(2000, 9000), "Displayed com.example.launcher/.Home: +%dms" % r.randint(200, 900)])),
    (6, "Choreographer", "I", lambda r: "Skipped %d frames!  The application may be doing too much work on its main thread." % r.randint(31, 70)),
    (6, "AudioFlinger", "D", lambda r: r.choice(["mixer(0x%x) throttle end: throttle time(%d)" % (r.randint(0x10000, 0xfffff), r.randint(10, 40)), "track(%d) start, session %d" % (r.randint(1, 40), r.randint(100, 999))])),
    (5, "BluetoothAdapter", "I", lambda r: r.choice(["getState() of OFF -> ON", "A2DP playing state changed: 10 -> 11", "AVRCP: absolute volume %d" % r.randint(10, 120)])),
    (4, "WifiScanningService", "E", lambda r: "Failed to start scan: error %d (busy)" % r.choice([-16, -11])),
    (5, "NavEngine", "I", lambda r: r.choice(["route recalculated in %dms, eta %s" % (r.randint(40, 300), "%02d:%02d" % (r.randint(0, 23), r.randint(0, 59))), "map tile cache hit rate %.2f" % r.uniform(.7, .99), "guidance: turn in %dm" % r.randint(50, 900)])),
    (4, "GnssLocationProvider", "D", lambda r: "reportLocation lat=%.5f lon=%.5f acc=%.1f" % (r.uniform(48, 49), r.uniform(11, 12), r.uniform(2, 12))),
    (3, "VehicleHal", "I", lambda r: r.choice(["set prop PERF_VEHICLE_SPEED rate %.1fHz" % r.choice([1.0, 10.0]), "onPropertyEvent 0x11600207 area=0", "subscribe HVAC_TEMPERATURE_SET"])),
    (2, "chatty", "I", lambda r: "uid=1000(system) Binder:%d_3 expire %d lines" % (r.randint(500, 900), r.randint(3, 40))),
    (2, "CarService", "W", lambda r: r.choice(["ignore unknown property 0x%x" % r.randint(0x21400000, 0x21500000), "Slow operation: %dms so far, now at onUserSwitching" % r.randint(100, 600)])),
    (2, "SpotifyCar", "E", lambda r: "token refresh failed: UnknownHostException, retrying"),
    (1, "OTA-Client", "I", lambda r: "check: no update available (campaign list empty)"),
]
DLTGW = [
    (8, "ROUT:STAT", "I", lambda r: "PDU routing stats rx=%d tx=%d drop=0" % (r.randint(10000, 99999), r.randint(10000, 99999))),
    (6, "NM:CAN1", "I", lambda r: r.choice(["NM state NORMAL_OPERATION, remote sleep ind=0", "NM PDU rx from node 0x%02X" % r.randint(0x10, 0x7f)])),
    (5, "BUSL:LOAD", "I", lambda r: "busload can%d=%.1f%% can%d=%.1f%% eth0=%.1fMbit/s" % (r.randint(0, 1), r.uniform(18, 45), r.randint(2, 3), r.uniform(12, 40), r.uniform(3, 60))),
    (4, "DIAG:DCM", "I", lambda r: "TesterPresent suppressed, session DEFAULT"),
    (4, "SOAD:SD", "I", lambda r: "SOME/IP SD OfferService 0x%04X inst 0x0001 ttl 3" % r.randint(0x1000, 0x2fff)),
    (2, "SOAD:SD", "W", lambda r: "SD FindService 0x%04X no answer (retry %d)" % (r.randint(0x1000, 0x2fff), r.randint(1, 2))),
    (2, "CANI:CAN2", "W", lambda r: "rx timeout PDU 0x%03X (%d ms) - recovered" % (r.randint(0x100, 0x6ff), r.choice([110, 150, 220]))),
    (3, "SYS:HBT", "I", lambda r: "alive cnt=%d cpu=%d%% ram=%dKB" % (r.randint(1, 65535), r.randint(8, 40), r.randint(20000, 60000))),
    (2, "TSYN:GPTP", "I", lambda r: "gPTP sync offset %dns" % r.randint(-800, 800)),
    (1, "DEM:EVT", "I", lambda r: "event 0x%04X PASSED" % r.randint(0x100, 0x3ff)),
]
ZONE = [
    (6, "io", "I", lambda r: r.choice(["door_fl=closed door_fr=closed door_rl=closed door_rr=closed", "ambient_light_lux=%d headlamp_auto=%s" % (r.randint(5, 20000), r.choice(["on", "off"])), "wiper=auto rain_sensor=%d" % r.randint(0, 30)])),
    (6, "hb", "I", lambda r: "heartbeat seq=%d uptime_s=%d" % (r.randint(1, 99999), r.randint(100, 99999))),
    (4, "lin", "I", lambda r: "LIN%d schedule table %d ok, frames=%d" % (r.randint(1, 3), r.randint(0, 3), r.randint(100, 9999))),
    (2, "lin", "W", lambda r: "LIN%d slave 0x%02X checksum error, retried ok" % (r.randint(1, 3), r.randint(0x10, 0x3f))),
    (4, "pwr", "I", lambda r: "kl30=%.2fV kl15=%s load_a=%.1f" % (r.uniform(13.6, 14.4), r.choice(["on", "on", "off"]), r.uniform(8, 40))),
    (3, "seat", "D", lambda r: "seat_heater_l=%d seat_heater_r=%d" % (r.randint(0, 3), r.randint(0, 3))),
    (2, "sw", "I", lambda r: "button %s pressed" % r.choice(["VOL_UP", "VOL_DN", "MODE", "MFL_OK", "HAZARD"]) if r.random() < .9 else "button HAZARD pressed"),
    (1, "diag", "W", lambda r: "unexpected UDS request in default session, NRC 0x7F sent"),
]
ADAS_GLOG = [
    (8, "camera_driver.cc:212", "I", lambda r: "front_wide frame %d exposure=%.2fms fps=%.1f" % (r.randint(1e5, 9e5), r.uniform(1, 12), r.uniform(29.5, 30.2))),
    (6, "radar_node.cc:77", "I", lambda r: "radar_front objects=%d cycle=%.1fms" % (r.randint(3, 60), r.uniform(49, 51))),
    (6, "fusion.cc:341", "I", lambda r: "tracks=%d confirmed=%d latency=%.1fms" % (r.randint(10, 80), r.randint(5, 40), r.uniform(12, 35))),
    (6, "planner.cc:88", "I", lambda r: "plan cycle %d took %.1fms, traj pts=%d" % (r.randint(1e4, 9e4), r.uniform(9, 28), r.randint(60, 80))),
    (3, "camera_driver.cc:240", "W", lambda r: "frame drop on front_wide: seq gap %d" % r.randint(1, 2)),
    (2, "localizer.cc:156", "I", lambda r: "pose cov xx=%.3f yy=%.3f yaw=%.4f" % (r.uniform(.01, .08), r.uniform(.01, .08), r.uniform(.001, .005))),
    (2, "lane_detector.cc:64", "I", lambda r: "lanes ego_l=%.2f ego_r=%.2f conf=%.2f" % (r.uniform(1.4, 1.9), r.uniform(1.4, 1.9), r.uniform(.8, .99))),
    (1, "health_monitor.cc:33", "W", lambda r: "cpu core %d load %d%% above soft limit" % (r.randint(0, 7), r.randint(85, 93))),
    (1, "recorder.cc:19", "E", lambda r: "disk quota for /data/rec 92% - rotating oldest segment"),
]
ROS_RT = [
    (8, "perception.lidar_det", "I", lambda r: "frame %d: %d objects, %.1f ms" % (r.randint(1e4, 9e4), r.randint(5, 60), r.uniform(30, 60))),
    (6, "perception.camera_det", "I", lambda r: "batch inference %.1f ms (%d cams)" % (r.uniform(18, 30), 7)),
    (6, "planning", "I", lambda r: r.choice(["lane follow, target speed %.1f m/s" % r.uniform(4, 14), "replan: obstacle %d entered corridor" % r.randint(100, 9999), "yield to pedestrian id=%d" % r.randint(100, 9999)])),
    (6, "control", "I", lambda r: "lat_err=%.3f lon_err=%.3f steer_cmd=%.2f" % (r.uniform(-.08, .08), r.uniform(-.2, .2), r.uniform(-20, 20))),
    (4, "localization", "I", lambda r: "ndt score %.3f iter %d, fused with imu/gnss" % (r.uniform(.1, .4), r.randint(3, 9))),
    (2, "perception.camera_det", "W", lambda r: "camera cam_%d: dropped %d frame(s)" % (r.randint(0, 6), r.randint(1, 2))),
    (2, "system_monitor", "I", lambda r: "gpu temp %d C, util %d%%" % (r.randint(55, 72), r.randint(40, 90))),
    (1, "rosbag_recorder", "W", lambda r: "message queue full on /sensing/lidar/points, dropping 1 message"),
    (1, "teleop_bridge", "E", lambda r: "websocket reconnect (code 1006), attempt 1 - connected"),
]
J1939_TXT = [
    (6, "EEC1", "I", lambda r: "engine speed %.1f rpm, torque %d%%" % (r.uniform(1100, 1650), r.randint(20, 80))),
    (5, "CCVS", "I", lambda r: "wheel speed %.1f km/h, cruise %s" % (r.uniform(70, 89), r.choice(["on", "on", "off"]))),
    (4, "ET1", "I", lambda r: "coolant %d C, fuel temp %d C" % (r.randint(84, 92), r.randint(30, 45))),
    (3, "DM1", "I", lambda r: "ECU 0x00 lamps MIL=off RSL=off AWL=off PL=off, no active DTC"),
    (2, "TP", "W", lambda r: "BAM from SA 0x%02X incomplete, aborted (timeout)" % r.choice([0x0B, 0x17, 0x21])),
    (2, "FMS", "I", lambda r: "fleet snapshot sent, odometer %d km" % r.randint(300000, 900000)),
]

def candump_noise(F, ids, target, iface="can0", console=False, a=None, b=None, r=None):
    r = r or F.r
    span = (b if b is not None else F.T) - (a if a is not None else F.t0)
    period = span * len(ids) / target / 1.2
    for cid, dlc in ids:
        def fn(t, cid=cid, dlc=dlc):
            d = hx(r, dlc)
            if console: return "  %s  %s   [%d]  %s" % (iface, cid, dlc, d)
            return "(%.6f) %s %s#%s" % (t, iface, cid, d.replace(" ", ""))
        F.periodic(period * r.uniform(0.8, 1.6), fn, a, b)

def cand(t, cid, data, iface="can0", console=False):
    data = data.replace(" ", "")
    if console: return "  %s  %s   [%d]  %s" % (iface, cid, len(data) // 2, " ".join(data[i:i+2] for i in range(0, len(data), 2)))
    return "(%.6f) %s %s#%s" % (t, iface, cid, data)

def csv_file(B, name, cols, fn, period, tsfmt="epoch"):
    F = B.f(name, "json", header=",".join(["timestamp"] + cols))
    def row(t):
        vals = fn(t, t - B.t0)
        ts = ("%.3f" % t) if tsfmt == "epoch" else (iso(t, 3) if tsfmt == "iso" else ("%d" % int(t * 1000)))
        return ",".join([ts] + [("%.3f" % v).rstrip("0").rstrip(".") if isinstance(v, float) else str(v) for v in vals])
    F.periodic(period, row, jitter=0)
    return F

def dtc3(code):
    """'P0301' -> 3-byte hex string of J2012 DTC with FTB ('P0301-00')"""
    c, ftb = (code.split("-") + ["00"])[:2]
    hi = "PCBU".index(c[0]) << 6 | int(c[1]) << 4 | int(c[2], 16)
    return "%02X %s %s %s" % (hi, c[3:5], ftb, "")

def dtc_bytes(code):
    c, ftb = (code.replace(":", "-").split("-") + ["00"])[:2]
    hi = "PCBU".index(c[0]) << 6 | int(c[1]) << 4 | int(c[2], 16)
    return ["%02X" % hi, c[3:5].upper(), ftb.upper()]

def uds_trace(F, t, txid, rxid, req, resp, style="txrx", gap=0.03):
    """ISO-TP framing of a request and a (possibly long) response."""
    rq = req.split(); rs = resp.split()
    def line(tt, d, cid, data):
        if style == "txrx": return "%s %s %s %s" % (hms(tt), d, cid, " ".join(data))
        return "%s %s %s" % (hms(tt), "->" if d == "Tx" else "<-", " ".join(data))
    if style == "tester":
        F.raw(t, "%s -> %s" % (hms(t), " ".join(rq))); F.raw(t + gap, "%s <- %s" % (hms(t + gap), " ".join(rs))); return t + gap
    F.raw(t, line(t, "Tx", txid, ["%02X" % len(rq)] + rq + ["55"] * (7 - len(rq))))
    if len(rs) <= 7:
        F.raw(t + gap, line(t + gap, "Rx", rxid, ["%02X" % len(rs)] + rs + ["AA"] * (7 - len(rs)))); return t + gap
    n = len(rs); tt = t + gap
    F.raw(tt, line(tt, "Rx", rxid, ["1%X" % (n >> 8), "%02X" % (n & 0xff)] + rs[:6]))
    tt += 0.004; F.raw(tt, line(tt, "Tx", txid, ["30", "00", "00", "55", "55", "55", "55", "55"]))
    i, sn = 6, 1
    while i < n:
        tt += 0.002; chunk = rs[i:i+7]; F.raw(tt, line(tt, "Rx", rxid, ["2%X" % (sn & 0xf)] + chunk + ["AA"] * (7 - len(chunk)))); i += 7; sn += 1
    return tt

def resp19(mask, recs):
    out = ["59", "02", mask]
    for code, st in recs: out += dtc_bytes(code) + [st]
    return " ".join(out)

def tester_present(F, a, b, txid="7DF", style="txrx"):
    def fn(t):
        if style == "txrx": return "%s Tx %s 02 3E 80 55 55 55 55 55" % (hms(t), txid)
        return "%s -> 3E 80" % hms(t)
    F.periodic(2.0, fn, a, b, jitter=0.01)

def did_reads(F, a, b, style, txid="7E0", rxid="7E8", n=30):
    dids = [("F1 90", "57 56 57 5A 5A 5A 31 4B 5A 35 50 30 31 32 33 34 35"), ("F1 89", "30 37 2E 31 32"), ("F1 8C", "53 4E 34 34 31 30 32"), ("01 0C", None), ("F1 86", "01")]
    for _ in range(n):
        t = F.r.uniform(a, b); d, v = F.r.choice(dids)
        if v is None: v = hx(F.r, 2)
        uds_trace(F, t, txid, rxid, "22 " + d, "62 " + d + " " + v, style)

# ---------------------------------------------------------------- batches
BATCHES = []
def batch(fn): BATCHES.append(fn); return fn
def L(cat, sub, risk, acc, state, rcf, desc):
    return dict(category=cat, subsystem=sub, risk_level=risk, risk_accept=acc, vehicle_state=state, root_cause_file=rcf, description=desc)

def bms_json_noise(F, B, soc0, dsoc, pack=(355, 395), riso=2500, tmax=(24, 31), period=2.0, imb=0.012, extra=None, current=None):
    def fn(t):
        x = (t - B.t0) / (B.T - B.t0)
        soc = soc0 + dsoc * x
        v = pack[0] + (pack[1] - pack[0]) * soc / 100 + F.r.uniform(-.6, .6)
        cmin = v / 96 - imb / 2 - F.r.uniform(0, .003); cmax = v / 96 + imb / 2 + F.r.uniform(0, .003)
        kv = dict(soc=round(soc, 1), pack_v=round(v, 1), cell_v_min=round(cmin, 3), cell_v_max=round(cmax, 3), t_cell_max=round(tmax[0] + (tmax[1] - tmax[0]) * x + F.r.uniform(-.3, .3), 1), r_iso_kohm=int(riso + F.r.uniform(-80, 80)))
        if current: kv["i_pack"] = round(current(t, x) + F.r.uniform(-1, 1), 1)
        if extra: kv.update(extra(t, x))
        return ("I", "bms", "status", kv)
    F.periodic(period, fn)

@batch
def b_scooter_cell(r):
    B = Batch("scooter_cell", 1781436000 + r.randint(0, 9e5), 1500, "esc-7f21", r)
    bm = B.f("bms.log", "logfmt")
    def fn(t):
        x = (t - B.t0) / 1500
        v = [3.95 - 0.45 * x + bm.r.uniform(-.004, .004) for _ in range(13)]
        if t > B.t0 + 700: v[8] -= min(0.55, (t - B.t0 - 700) / 900 * 0.8)
        return ("I", "bms", "cells", dict(vmin="%.3f" % min(v), vmax="%.3f" % max(v), imin=v.index(min(v)) + 1, pack="%.2f" % sum(v), soc=int(90 - 48 * x), t_max=int(29 + 6 * x)))
    bm.periodic(2.0, fn)
    bm.noise(ZONE[1:2] + [(3, "bal", "I", lambda r: "balancing idle (delta below 15mV)"), (2, "chg", "I", lambda r: "charger not present")], 260)
    t1 = B.t0 + 1010
    bm.add(t1, "W", "bms", "cell group 9 deviates from pack mean", delta_mv=192)
    bm.add(t1 + 60, "W", "bms", "cell group 9 deviates from pack mean", delta_mv=281)
    bm.add(t1 + 125, "E", "bms", "undervoltage cell group 9 under load, discharge limit reduced", code="BMS_ERR_0x4A", imax_a=12)
    ctl = B.f("ctrl.log", "rfc3164", host="mc")
    ctl.periodic(1.5, lambda t: ("I", "motorctl", "spd=%.1fkmh i=%.1fA duty=%d%% temp=%dC" % (ctl.r.uniform(12, 25), ctl.r.uniform(3, 18), ctl.r.randint(20, 80), ctl.r.randint(32, 48))))
    ctl.noise([(3, "ble", "I", lambda r: "BLE adv interval 1000ms, peers 1"), (2, "ble", "W", lambda r: "BLE connection supervision timeout, reconnecting"), (3, "iot", "I", lambda r: "LTE-M report sent %dB" % r.randint(80, 400)), (1, "iot", "E", lambda r: "MQTT publish timeout, queued")], 300)
    ctl.add(t1 + 127, "W", "motorctl", "BMS current limit 12A received, speed capped 15 km/h")
    ctl.add(t1 + 128, "I", "hmi", "display: battery symbol flashing, reduced power")
    for k in range(5): ctl.add(t1 + 140 + k * 50, "W", "motorctl", "throttle request clipped by BMS limit")
    gps = B.f("trip.jsonl", "json", jkeys=("time", "s", "lvl", "text", "module"))
    gps.periodic(5, lambda t: ("I", "gnss", "fix", dict(lat=round(52.51 + (t - B.t0) * 1e-6, 6), lon=round(13.40 + (t - B.t0) * 2e-6, 6), hdop=round(gps.r.uniform(.7, 1.6), 1))))
    return B, L("battery_bms", "cell", "high", ["medium"], "driving", "bms.log", "E-scooter ride: one cell group sags under load (192->281 mV below mean), BMS flags BMS_ERR_0x4A and caps discharge current; motor controller limits speed to 15 km/h (derate).")

@batch
def b_dc_iso(r):
    B = Batch("dc_iso", 1783000000 + r.randint(0, 9e5), 1700, "tcu-4411", r)
    bm = B.f("bms.jsonl", "json", jkeys=("timestamp", "ms", "severity", "message", "ecu"))
    ts = B.t0 + 820
    bms_json_noise(bm, B, 22, 30, riso=2400, tmax=(26, 37), period=2.5, current=lambda t, x: -180 if t < ts + 95 else 0,
                   extra=lambda t, x: {"r_iso_kohm": int(2400 - max(0, (t - ts)) * 9) if t < ts + 95 else int(1520 - (t - ts - 95) * .3)} if t > ts else {})
    bm.add(ts + 60, "W", "bms", "Isolationswiderstand HV+ gegen Masse sinkt", r_iso_kohm=1860)
    bm.add(ts + 92, "E", "bms", "Isolationsfehler erkannt: Riso < Schwelle 500 Ohm/V, Laden abgebrochen", dtc="P0AA600", r_iso_kohm=1570)
    bm.add(ts + 95, "I", "bms", "contactor main+ open, main- open, DC charge contactors open")
    ch = B.f("charge.log", "rfc5424", host="obc")
    ch.noise([(6, "evcc", "I", lambda r: "ISO15118 CurrentDemandReq EVTargetCurrent=%dA EVTargetVoltage=%dV" % (r.randint(170, 185), r.randint(390, 410))),
              (3, "evcc", "I", lambda r: "CurrentDemandRes EVSEPresentCurrent=%dA status=EVSE_Ready" % r.randint(165, 185)),
              (2, "slac", "I", lambda r: "PLC link quality attenuation %ddB" % r.randint(20, 40)),
              (1, "evcc", "W", lambda r: "EVSE notification: EVSENotification=None, MaxDelay=%d" % r.randint(5, 60))], 900, B.t0 + 60, ts + 95)
    ch.add(ts + 93, "E", "evcc", "BMS requested emergency shutdown (isolation), sending SessionStopReq")
    ch.add(ts + 94, "I", "evcc", "SessionStopRes ResponseCode=OK")
    ch.add(ts + 140, "I", "evcc", "plug present, charge not permitted by BMS (fault latched)")
    sy = B.f("syslog", "rfc3164", host="tcu-4411")
    sy.noise(LINUX, 1100)
    sy.add(ts + 97, "I", "telemetryd", "push notification queued: 'Charging interrupted'")
    return B, L("battery_bms", "hv_isolation", "high", ["medium"], "charging", "bms.jsonl", "DC fast charge: HV isolation resistance falls steadily, BMS detects isolation fault (P0AA6), opens contactors and aborts the charge session; charging stopped and latched while parked.")

@batch
def b_hvil_pending(r):
    B = Batch("hvil_pending", 1784100000 + r.randint(0, 9e5), 2400, "vcu", r)
    v = B.f("vcu.log", "logfmt")
    v.noise(ZONE + [(6, "drive", "I", lambda r: "gear=D speed_kph=%d torque_req_nm=%d" % (r.randint(20, 90), r.randint(-60, 220)))], 1500)
    t1 = B.t0 + 1300
    v.add(t1, "W", "hvil", "interlock loop current 4.1mA below 10mA for 12ms, debouncing")
    v.add(t1 + .05, "I", "hvil", "loop current back to 19.8mA")
    d = B.f("dtc_snapshot.txt", "json")
    d.raw(B.t0 + 2300, "== BMS (0x7E4) ReadDTCInformation reportDTCByStatusMask 0xFF ==")
    uds_trace(d, B.t0 + 2300.1, "7E4", "7EC", "19 02 FF", resp19("FF", [("P0A0A-00", "24")]))
    d.raw(B.t0 + 2300.3, "DTC P0A0A-00 status 0x24 = pendingDTC, testFailedSinceLastClear (not confirmed, MIL off)")
    tester_present(d, B.t0 + 2290, B.t0 + 2400)
    did_reads(d, B.t0 + 2290, B.t0 + 2400, "txrx", "7E4", "7EC", 12)
    can = B.f("can0.log", "json")
    candump_noise(can, [("1A0", 8), ("1A8", 8), ("2B0", 8), ("3C1", 4), ("4F0", 8)], 3000)
    return B, L("battery_bms", "hvil", "low", [], "driving", "vcu.log", "One 12 ms HVIL loop-current dip while driving that recovered immediately; BMS stored P0A0A only as pending (status 0x24, no MIL, no reaction).")

@batch
def b_contactor_weld(r):
    B = Batch("contactor_weld", 1785200000 + r.randint(0, 9e5), 900, "bms-master", r)
    dl = B.f("bms_dlt.txt", "dlt", host="BMS1")
    dl.noise([(6, "BMS:SOC", "I", lambda r: "soc=%.1f soh=%.1f" % (r.uniform(61, 62), 93.4)), (4, "BMS:BAL", "I", lambda r: "balancing ch %d active" % r.randint(1, 96)), (3, "SYS:HBT", "I", lambda r: "alive cnt=%d" % r.randint(1, 65535)), (2, "COM:CAN", "W", lambda r: "frame 0x2F1 late by %dms" % r.randint(20, 60))], 700)
    ko = B.t0 + 300
    dl.add(ko, "I", "BMS:CTR", "key-off request, opening contactors sequence")
    dl.add(ko + .2, "I", "BMS:CTR", "K1 (main-) open command, feedback open")
    dl.add(ko + .5, "E", "BMS:CTR", "K2 (main+) open command sent but link voltage stays 372.4V after 300ms")
    dl.add(ko + 1.5, "E", "BMS:CTR", "weld check failed: positive contactor stuck closed, DTC P0AA1 confirmed")
    dl.add(ko + 1.6, "W", "BMS:CTR", "HV system locked: next drive and charge inhibited until service")
    ui = B.f("logcat.txt", "logcat")
    ui.noise(LOGCAT, 800, B.t0, ko + 40)
    ui.add(ko + 3, "W", "CarService", "vehicle message: 'High-voltage system fault. Visit service' shown")
    tm = B.f("syslog.log", "journal", host="tcu")
    tm.noise(LINUX, 600)
    tm.add(ko + 5, "I", "telemetryd", "event HV_SERVICE_REQUIRED uploaded to backend")
    return B, L("battery_bms", "contactor", "medium", ["high"], "parked", "bms_dlt.txt", "At key-off the BMS weld check finds the main positive contactor stuck closed (P0AA1 confirmed) and inhibits next drive/charge; vehicle is parked, so risk is medium (high acceptable).")

@batch
def b_misfire(r):
    B = Batch("misfire", 1786300000 + r.randint(0, 9e5), 1800, "ecm", r)
    e = B.f("ecu_trace.txt", "json")
    tester_present(e, B.t0, B.T)
    did_reads(e, B.t0, B.T, "txrx", n=80)
    t1 = B.t0 + 700
    e.raw(t1 - 1, "# periodic readout ECM 0x7E0")
    uds_trace(e, t1 + 300, "7E0", "7E8", "19 02 0D", resp19("FF", [("P0301-00", "2F"), ("P0300-00", "2F"), ("P0456-00", "24")]))
    e.raw(t1 + 300.2, "# decoded: P0301 cyl1 misfire (confirmed), P0300 random misfire (confirmed), P0456 EVAP small leak (pending)")
    en = B.f("engine.log", "glog")
    en.periodic(1.0, lambda t: ("I", "misfire_mon.cc:140", "rev window counts c1=%d c2=%d c3=%d c4=%d rpm=%d" % ((0 if t < t1 else en.r.randint(9, 30)), en.r.randint(0, 1), 0, en.r.randint(0, 1), en.r.randint(1400, 3200))))
    en.noise([(5, "lambda_ctl.cc:51", "I", lambda r: "stft b1=%.1f%% ltft b1=%.1f%%" % (r.uniform(-3, 3), r.uniform(-2, 4))), (3, "knock.cc:20", "I", lambda r: "knock retard max %.1f deg" % r.uniform(0, 2)), (2, "evap.cc:77", "W", lambda r: "evap leak test skipped: fuel level out of range")], 700)
    en.add(t1 + 5, "W", "ign_diag.cc:66", "coil 1 primary dwell current 2.1A, expected >6A")
    en.add(t1 + 40, "E", "misfire_mon.cc:188", "cylinder 1 misfire rate 14.2% > catalyst damage threshold, MIL flashing")
    en.add(t1 + 41, "W", "fuel_ctl.cc:300", "injector 1 cut off to protect catalyst, torque limited 70%")
    en.add(t1 + 900, "W", "evap.cc:91", "small leak suspected (0.5mm), result pending")
    en.add(t1 + 60, "W", "obd_mgr.cc:210", "dtc p0301 confirmed, p0300 confirmed, freeze frame rpm=2140 load=48%")
    c = B.f("cluster.log", "logcat")
    c.noise(LOGCAT, 900)
    c.add(t1 + 41, "W", "Telltale", "MIL state FLASHING")
    return B, L("powertrain", "ignition", "high", ["medium"], "driving", "engine.log", "Ignition coil 1 low primary current leads to cylinder 1 misfire (P0301/P0300 confirmed), MIL flashing and injector cut with torque limit; a pending P0456 EVAP code is secondary.")

@batch
def b_truck_scr(r):
    B = Batch("truck_scr", 1787400000 + r.randint(0, 9e5), 2200, "tgw", r)
    c = B.f("can1.log", "json")
    candump_noise(c, [("0CF00400", 8), ("18FEF100", 8), ("18FEEE00", 8), ("18FEF200", 8), ("18F00E51", 8)], 2600, "can1")
    t1 = B.t0 + 600
    def dm1(t):
        if t < t1: return cand(t, "18FECA00", "00FF00000000FFFF", "can1")
        spn = 4364; b1 = spn & 0xff; b2 = (spn >> 8) & 0xff; b3 = ((spn >> 16) & 0x7) << 5 | 18
        lamp = "04" if t < t1 + 900 else "44"
        oc = 1 if t < t1 + 300 else (4 if t < t1 + 900 else 7)
        return cand(t, "18FECA00", lamp + "FF%02X%02X%02X%02XFFFF" % (b1, b2, b3, oc), "can1")
    c.periodic(5.0, dm1, jitter=0)
    t = B.f("fms.log", "rfc3164", host="tgw")
    t.noise(LINUX + [(6, "j1939d", "I", lambda r: r.choice(["PGN 65265 CCVS speed %.1f" % r.uniform(70, 86), "PGN 61444 EEC1 rpm %d" % r.randint(1100, 1500)]))], 1200)
    t.add(t1 + 1, "W", "j1939d", "DM1 SA=0x00 new active: SPN=4364 FMI=18 OC=1 lamp AWL=on")
    t.add(t1 + 300, "W", "j1939d", "DM1 SA=0x00 SPN=4364 FMI=18 OC=4")
    t.add(t1 + 901, "E", "j1939d", "DM1 SA=0x00 SPN=4364 FMI=18 OC=7 lamp MIL=on; inducement level 1 active (torque reduction 25%)")
    a = B.f("acm.jsonl", "json", jkeys=("ts", "iso", "lvl", "msg", "unit"))
    a.periodic(5, lambda tt: ("I", "acm", "scr", dict(nox_in_ppm=a.r.randint(380, 520), nox_out_ppm=(a.r.randint(15, 40) if tt < t1 - 200 else a.r.randint(210, 330)), def_dose_mg_s=a.r.randint(40, 70), scr_temp_c=a.r.randint(290, 340))))
    return B, L("powertrain", "emissions", "high", [], "driving", "acm.jsonl", "Truck: SCR NOx conversion collapses (outlet NOx near inlet), DM1 reports SPN 4364 FMI 18 with rising occurrence count, then MIL and inducement torque reduction (derate).")

@batch
def b_transmission(r):
    B = Batch("transmission", 1788500000 + r.randint(0, 9e5), 2000, "hu", r)
    t1 = B.t0 + 1100
    def row(t, e):
        g = 3 if 20 < (e % 300) < 200 else 4
        out = 1200 + 600 * ((e % 300) / 300)
        ratio = {3: 1.53, 4: 1.0}[g]
        tur = out * ratio
        if t > t1 and g == 3: tur *= 1.0 + min(.18, (t - t1) / 600)
        if t > t1 + 240: g = 3; tur = out * 1.53 * 1.16
        return [round(out / 38.0, 1), int(tur * 1.03), int(tur), int(out), g, g if t < t1 + 240 else 3, round(86 + e / 200 + (6 if t > t1 else 0), 1), int(1150 + 30 * s_r.random())]
    s_r = random.Random(r.random())
    csv_file(B, "signals.csv", ["veh_speed_kph", "eng_rpm", "turbine_rpm", "output_rpm", "gear_cmd", "gear_act", "atf_temp_c", "line_press_kpa"], row, 1.0, "iso")
    tc = B.f("tcu.log", "dlt", host="TCU1")
    tc.noise([(6, "TCU:SHFT", "I", lambda r: "shift %d->%d done in %dms" % (lambda g: (g, g + 1, r.randint(280, 420)))(r.randint(1, 5))), (4, "TCU:ADPT", "I", lambda r: "clutch C%d fill adapt %+dms" % (r.randint(1, 4), r.randint(-6, 6))), (3, "SYS:HBT", "I", lambda r: "alive cnt=%d" % r.randint(1, 65535)), (2, "COM:CAN", "W", lambda r: "ESP wheel speed msg late %dms" % r.randint(15, 40))], 1100)
    tc.add(t1 + 30, "W", "TCU:MON", "3rd gear ratio error 6.8% (turbine/output), slip monitor counting")
    tc.add(t1 + 200, "E", "TCU:MON", "Gang 3 Uebersetzung unplausibel, DTC P0733 gesetzt")
    tc.add(t1 + 240, "E", "TCU:SAFE", "Notlauf aktiv: fester Gang 3, Schaltungen gesperrt")
    hu = B.f("logcat.log", "logcat")
    hu.noise(LOGCAT, 1000)
    hu.add(t1 + 242, "W", "ClusterMsg", "popup id=TRANS_LIMP 'Gearbox fault. Drive on with reduced performance'")
    return B, L("powertrain", "transmission", "high", [], "driving", "signals.csv", "Turbine/output speed ratio in 3rd gear drifts above 1.53 (clutch slip) in the signal log; TCU then sets P0733 and enters limp-home locked in 3rd gear.")

@batch
def b_inverter(r):
    B = Batch("inverter", 1789600000 + r.randint(0, 9e5), 1500, "adcu", r)
    t1 = B.t0 + 880
    iv = B.f("edu_rear.jsonl", "json", jkeys=("t", "s", "level", "msg", "node"))
    iv.periodic(2.0, lambda t: ("I", "inv_r", "telemetry", dict(dc_link_v=round(iv.r.uniform(385, 392), 1), phase_i_rms=round(iv.r.uniform(80, 260), 1), igbt_t_c=iv.r.randint(62, 71), motor_rpm=iv.r.randint(7000, 11500) if t < t1 else iv.r.randint(3000, 9000) * 0 + int(max(0, 11000 - (t - t1) * 60)))))
    iv.add(t1, "F", "inv_r", "gate driver phase V high-side DESAT trip, PWM disabled", fault="0x0A781C", state="SAFE_PULSE_OFF")
    iv.add(t1 + .3, "E", "inv_r", "restart attempt 1 failed, DESAT persists")
    iv.add(t1 + 1.2, "E", "inv_r", "restart attempt 2 failed, latched", dtc="P0A78-1C")
    iv.add(t1 + 1.3, "E", "inv_r", "DEM store DTC 0x0A78 FTB 0x1C status 0x2F")
    ad = B.f("adas.INFO", "glog")
    ad.noise(ADAS_GLOG, 1400)
    for k in range(25): ad.add(t1 + 1.5 + k * 2.1, "E", "acc_ctrl.cc:402", "ACC torque request not honoured (drive torque unavailable), driver takeover requested")
    ad.add(t1 + 2, "W", "acc_ctrl.cc:410", "ACC cancelled: powertrain not ready")
    es = B.f("chassis.log", "logfmt")
    es.noise([(6, "esc", "I", lambda r: "yaw_rate=%.2f lat_acc=%.2f" % (r.uniform(-2, 2), r.uniform(-1, 1))), (4, "esc", "I", lambda r: "wheel speeds fl=%.1f fr=%.1f rl=%.1f rr=%.1f" % ((lambda v: (v, v + .2, v - .1, v + .1))(r.uniform(90, 120)))), (2, "eps", "I", lambda r: "assist torque %.1fNm" % r.uniform(0, 3))], 1200)
    for k in range(15): es.add(t1 + 1 + k * 3.2, "W", "esc", "drive torque intervention rejected, MSR inactive")
    es.add(t1 + 55, "I", "esc", "vehicle standstill, EPB apply")
    gw = B.f("gateway_dlt.txt", "dlt", host="GW01")
    gw.noise(DLTGW, 1200)
    gw.add(t1 + 1.3, "W", "DEM:EVT", "event INV_R_NOT_READY reported by VCU")
    return B, L("powertrain", "inverter", "critical", ["high"], "driving", "edu_rear.jsonl", "At speed the rear inverter trips on an IGBT desaturation fault (P0A78), restarts fail and drive torque is lost; ACC/ESC log many consequent errors and the vehicle coasts to standstill.")

@batch
def b_pump_battery(r):
    B = Batch("pump_battery", 1790700000 + r.randint(0, 9e5), 2400, "tms", r)
    t1 = B.t0 + 700
    th = B.f("tms.log", "logfmt")
    th.periodic(3.0, lambda t: ("I", "tms", "loop", dict(pump_bat_rpm=(th.r.randint(3100, 3300) if t < t1 else 0), pump_bat_i_a=("%.1f" % th.r.uniform(3.5, 4.1) if t < t1 else "0.0"), t_in_c="%.1f" % (24 + (t - B.t0) / 400), chiller="on")))
    th.noise(ZONE[1:2] + [(3, "tms", "I", lambda r: "valve V%d pos %d%%" % (r.randint(1, 4), r.randint(0, 100))), (2, "tms", "W", lambda r: "ambient sensor plausibility: using HVAC value")], 400)
    th.add(t1 + 2, "W", "tms", "EWP2 feedback missing (PWM diag line low)")
    th.add(t1 + 9, "E", "tms", "electric water pump battery loop: no rotation, dry-run/blocked suspected", fault="FLT_TMS_0031")
    bm = B.f("bms.jsonl", "json", jkeys=("time", "iso", "lvl", "message", "src"))
    bms_json_noise(bm, B, 78, -40, tmax=(30, 31), period=3.0, extra=lambda t, x: {"t_cell_max": round(31 + max(0, t - t1) / 60, 1), "p_dis_max_kw": 150 if t < t1 + 600 else max(40, int(150 - (t - t1 - 600) / 8))})
    for k in range(30): bm.add(t1 + 620 + k * 30, "W", "bms", "cell temperature high, discharge power derated", t_cell_max=round(41 + k * .25, 1))
    bm.add(t1 + 700, "E", "bms", "thermal derate stage 2 active")
    hu = B.f("logcat.txt", "logcat")
    hu.noise(LOGCAT, 900)
    hu.add(t1 + 705, "W", "ClusterMsg", "popup id=PWR_REDUCED 'Drive power reduced'")
    return B, L("thermal", "pump", "high", [], "driving", "tms.log", "Battery-loop electric water pump stops (0 rpm, 0 A, FLT_TMS_0031); minutes later cell temperature climbs and the BMS derates discharge power loudly. Root cause is the pump, not the battery.")

@batch
def b_coolant_numeric(r):
    B = Batch("coolant_numeric", 1791800000 + r.randint(0, 9e5), 2700, "ecm", r)
    t1 = B.t0 + 500
    rr = random.Random(r.random())
    def row(t, e):
        lvl = 100 if t < t1 else max(55, 100 - (t - t1) / 50)
        ct = 90 + rr.uniform(-1, 1) + (0 if lvl > 80 else (80 - lvl) * 1.35)
        tl = 100 if ct < 112 else max(55, int(100 - (ct - 112) * 6))
        return [round(rr.uniform(80, 125), 1), rr.randint(1800, 3000), round(ct, 1), round(lvl, 1), 100 if ct > 100 else rr.randint(20, 45), round(rr.uniform(17, 19), 1), tl]
    csv_file(B, "signals.csv", ["vehicle_speed", "engine_rpm", "coolant_temp", "coolant_level_pct", "fan_duty_pct", "ambient_temp", "torque_limit_pct"], row, 1.0)
    sy = B.f("syslog.log", "rfc3164", host="hu")
    sy.noise(LINUX, 1200)
    lc = B.f("logcat.log", "logcat")
    lc.noise(LOGCAT, 1500)
    return B, L("thermal", "coolant", "high", ["medium"], "driving", "signals.csv", "Numeric only: coolant level falls from 100% (leak) and coolant temperature climbs past 110-120 C with fan at 100%; torque_limit_pct drops (engine protection derate). No log line mentions it.")

@batch
def b_hvac(r):
    B = Batch("hvac", 1792900000 + r.randint(0, 9e5), 2000, "hvac", r)
    t1 = B.t0 + 400
    hv = B.f("zone_front.log", "journal", host="zone-front")
    hv.periodic(10, lambda t: ("I", "hvacd", "p_suct=%.2fbar p_disch=%.1fbar comp_rpm=%d evap_t=%.1fC" % ((2.9 if t < t1 else max(.9, 2.9 - (t - t1) / 400)) + hv.r.uniform(-.05, .05), (14 if t < t1 + 600 else 3) + hv.r.uniform(-.5, .5), 4200 if t < t1 + 600 else 0, 4 + (0 if t < t1 + 600 else (t - t1 - 600) / 80))))
    hv.noise(LINUX[:6] + [(5, "hvacd", "I", lambda r: "blower %d%% mode %s" % (r.randint(20, 60), r.choice(["FACE", "FOOT", "BILEVEL"])))], 900)
    hv.add(t1 + 550, "W", "hvacd", "suction pressure below 1.3 bar for 60s")
    hv.add(t1 + 600, "E", "hvacd", "FLT_HVAC_0217 refrigerant charge low, eCompressor disabled to protect")
    lc = B.f("logcat.txt", "logcat")
    lc.noise(LOGCAT, 1300)
    lc.add(t1 + 602, "W", "ClimateUI", "AC button disabled, reason=REFRIGERANT")
    lc.add(t1 + 900, "I", "ClimateUI", "cabin temp 27.5C setpoint 21.0C")
    gw = B.f("gw.dlt.txt", "dlt", host="GW01")
    gw.noise(DLTGW, 800)
    return B, L("thermal", "hvac", "medium", [], "driving", "zone_front.log", "Refrigerant suction pressure sinks (low charge), HVAC controller logs FLT_HVAC_0217 and disables the e-compressor; only cabin cooling (comfort) is lost.")

@batch
def b_compute_overtemp(r):
    B = Batch("compute_overtemp", 1794000000 + r.randint(0, 9e5), 2200, "adcu", r)
    t1 = B.t0 + 600
    km = B.f("dmesg.txt", "dmesg")
    km.noise([(5, "k", "I", lambda r: "nvgpu: 17000000.gpu  gk20a_pm_finalize_poweron: gpu clk %d MHz" % r.choice([1122, 1300])), (4, "k", "I", lambda r: "eqos 2310000.ethernet eth0: Link is Up - 1Gbps/Full"), (3, "k", "W", lambda r: "usb 1-2: device descriptor read/64, error -71"), (3, "k", "I", lambda r: "tegra-i2c 3160000.i2c: no acknowledge from address 0x%02x" % r.choice([0x50, 0x57]))], 500)
    for k in range(12): km.add(t1 + 520 + k * 40, "W", "k", "thermal thermal_zone%d: CPU-therm %d mC crossed trip point 0 (passive)" % (1, 86000 + k * 1500))
    km.add(t1 + 900, "E", "k", "soctherm: OC alarm, throttling GPU to 520 MHz")
    th = B.f("adcu_health.jsonl", "json", jkeys=("ts", "s", "severity", "msg", "ecu"))
    th.periodic(4, lambda t: ("I", "adcu_tm", "temps", dict(soc_c=round(62 + max(0, t - t1) / 22 + th.r.uniform(-.5, .5), 1), board_c=round(48 + max(0, t - t1) / 40, 1), fan_rpm=(th.r.randint(4000, 4200) if t < t1 else 0), fan_pwm=(45 if t < t1 else 100))))
    th.add(t1 + 3, "W", "adcu_tm", "fan tach 0 rpm at 100% PWM, fan stalled")
    ad = B.f("perception.INFO", "glog")
    ad.noise(ADAS_GLOG, 1700)
    for k in range(40): ad.add(t1 + 910 + k * 10, "E", "fusion.cc:512", "cycle overrun %.1fms > 50ms budget" % (60 + k * .7))
    ad.add(t1 + 980, "E", "feature_mgr.cc:91", "lane keeping assist and ACC unavailable: compute degraded (thermal)")
    return B, L("thermal", "overtemp", "high", [], "driving", "adcu_health.jsonl", "ADAS computer cooling fan stalls (0 rpm at 100% PWM); SoC temperature crosses trip points, the GPU is throttled, fusion overruns, and LKA/ACC are switched off. Root cause is the overtemperature, not perception.")

@batch
def b_wss_abs(r):
    B = Batch("wss_abs", 1795100000 + r.randint(0, 9e5), 1800, "gw", r)
    t1 = B.t0 + 900
    ch = B.f("esp.dlt.txt", "dlt", host="ESP1")
    ch.noise([(6, "ESP:WSS", "I", lambda r: "v_fl=%.1f v_fr=%.1f v_rl=%.1f v_rr=%.1f" % ((lambda v: (v, v + .1, v - .2, v))(r.uniform(70, 110)))), (3, "ESP:HBT", "I", lambda r: "alive"), (2, "ESP:PMP", "I", lambda r: "pump motor self test ok")], 800, B.t0, t1)
    ch.noise([(6, "ESP:WSS", "I", lambda r: "v_fl=0.0 v_fr=%.1f v_rl=%.1f v_rr=%.1f" % ((lambda v: (v, v - .2, v))(r.uniform(70, 110)))), (3, "ESP:HBT", "I", lambda r: "alive")], 500, t1 + 1, B.T)
    ch.add(t1, "E", "ESP:WSS", "Rad-Drehzahlsensor VL unplausibel (Signal 0 bei v>60km/h)")
    ch.add(t1 + .2, "E", "ESP:DEM", "DTC C0035 (Left Front Wheel Speed Sensor circuit) confirmed")
    ch.add(t1 + .3, "F", "ESP:MODE", "ABS passiv, ESC passiv, EBD aktiv")
    ad = B.f("adas.log", "ros2")
    ad.noise(ROS_RT[:6], 1500)
    for k in range(60): ad.add(t1 + .5 + k * 3, "E", "acc_manager", "ACC unavailable: ESC not available (state=FAILED)")
    for k in range(30): ad.add(t1 + .6 + k * 6, "E", "lka_manager", "LKA inhibit: vehicle dynamics source invalid")
    lc = B.f("logcat.log", "logcat")
    lc.noise(LOGCAT, 900)
    lc.add(t1 + 1, "W", "Telltale", "ABS amber ON, ESC OFF lamp ON")
    gw = B.f("gw.log", "logfmt")
    gw.noise(ZONE, 600)
    gw.add(t1 + .4, "W", "diag", "DTC snapshot from ESP", dtcs='"C0035-00,U0415-00"')
    return B, L("brakes_chassis", "abs", "critical", ["high"], "driving", "esp.dlt.txt", "Front-left wheel speed signal drops to 0 at speed (C0035); ABS and ESC go passive while driving, then ACC and lane keeping flood errors. Root cause is the ABS wheel speed sensor.")

@batch
def b_eps(r):
    B = Batch("eps", 1796200000 + r.randint(0, 9e5), 1600, "zone", r)
    t1 = B.t0 + 800
    ep = B.f("chassis.log", "rfc5424", host="cds")
    ep.periodic(2, lambda t: ("I", "epsctl", "motor_t=%dC assist=%d%% torque=%.1fNm" % ((55 + (max(0, t - t1 + 300) / 9)) if t < t1 + 200 else 92, 100 if t < t1 else 50, ep.r.uniform(-3, 3))))
    ep.noise([(3, "epsctl", "I", "column torque sensor channels agree"), (2, "epsctl", "W", "steering angle sensor not calibrated after KL15, using relative angle")], 200)
    ep.add(t1, "E", "epsctl", "EPS-1203 motor winding temperature limit, assist reduced to 50%")
    ep.add(t1 + 1, "W", "epsctl", "EPS-1203 active, warning lamp yellow")
    lc = B.f("logcat.txt", "logcat")
    lc.noise(LOGCAT, 1200)
    lc.add(t1 + 2, "W", "ClusterMsg", "popup id=STEER_ASSIST_RED 'Steering assistance reduced'")
    dl = B.f("gateway.dlt", "dlt", host="GW01")
    dl.noise(DLTGW, 1000)
    dl.add(t1 + 3, "W", "DEM:EVT", "LKA request rejected by EPS (assist limited)")
    return B, L("brakes_chassis", "eps", "high", ["critical"], "driving", "chassis.log", "EPS motor winding temperature climbs steadily in the EPS status lines until EPS-1203 reduces assist to 50% while driving (degraded steering, warning lamp).")

@batch
def b_tpms_silent(r):
    B = Batch("tpms_silent", 1797300000 + r.randint(0, 9e5), 2400, "bcm", r)
    t1 = B.t0 + 600
    tp = B.f("bcm_rf.jsonl", "json", jkeys=("ts", "ms", "lvl", "msg", "src"))
    for pos, sid in (("FL", "3A91C2"), ("FR", "3A92D0"), ("RL", "3A9011"), ("RR", "3A95F7")):
        tp.periodic(60, lambda t, pos=pos, sid=sid: None if (pos == "RR" and t > t1) else ("I", "tpms", "sensor frame", dict(pos=pos, id=sid, kpa=tp.r.randint(238, 246), temp_c=tp.r.randint(18, 26), batt="ok")))
    tp.noise([(4, "tpms", "I", lambda r: "rf frame foreign id %06X rssi %d ignored" % (r.randint(0x100000, 0xffffff), r.randint(-100, -80))), (3, "tpms", "I", "learning state LEARNED, 4/4 wheels assigned"), (1, "tpms", "W", "rf noise floor high, frame CRC errors 3")], 300)
    tp.add(t1 + 480, "W", "tpms", "no frame from sensor for 8 min", pos="RR", id="3A95F7")
    tp.add(t1 + 900, "W", "tpms", "sensor missing, monitoring incomplete, lamp flashing 70s then steady", pos="RR")
    zb = B.f("zone.log", "logfmt")
    zb.noise(ZONE, 2000)
    sy = B.f("syslog", "rfc3164", host="tcu")
    sy.noise(LINUX, 900)
    return B, L("brakes_chassis", "tpms", "medium", ["low"], "driving", "bcm_rf.jsonl", "Rear-right TPMS sensor simply stops transmitting (missing periodic frames); after 8 min the system reports the sensor missing and the TPMS lamp flashes then stays on. Tyre pressure monitoring degraded, no pressure loss.")

@batch
def b_truck_air(r):
    B = Batch("truck_air", 1798400000 + r.randint(0, 9e5), 1500, "tgw", r)
    t1 = B.t0 + 700
    rr = random.Random(r.random())
    def row(t, e):
        p1 = 850 + rr.uniform(-10, 10) if t < t1 else max(380, 850 - (t - t1) * 1.1)
        v = 82 + rr.uniform(-2, 2) if p1 > 450 else max(0, 82 - (t - t1 - 360) * .9)
        return [round(v, 1), round(p1, 1), round(840 + rr.uniform(-10, 10), 1), 1 if rr.random() < .05 else 0, 1 if v == 0 else 0]
    csv_file(B, "signals.csv", ["wheel_speed_kph", "air_press_primary_kpa", "air_press_secondary_kpa", "compressor_unload", "park_brake"], row, 1.0, "ms")
    c = B.f("can0.log", "json")
    candump_noise(c, [("0CF00400", 8), ("18FEF100", 8), ("18FEAE30", 8), ("18F0010B", 8)], 2400, console=True)
    def dm1(t):
        if t < t1 + 300: return cand(t, "18FECA0B", "00FF00000000FFFF", console=True)
        return cand(t, "18FECA0B", "14FF75000101FFFF", console=True)
    c.periodic(5, dm1, jitter=0)
    f = B.f("fms.log", "journal", host="tgw")
    f.noise(LINUX + J1939_TXT, 1100)
    f.add(t1 + 301, "E", "j1939d", "DM1 SA=0x0B SPN=117 FMI=1 OC=1 RSL=on AWL=on (brake primary pressure)")
    f.add(t1 + 362, "E", "adas_aeb", "vehicle stopping: low air pressure, hazard lights on")
    return B, L("brakes_chassis", "brakes", "critical", [], "driving", "signals.csv", "Truck: primary-circuit air pressure bleeds down from 850 kPa (leak) while driving, DM1 SPN 117 FMI 1 with red stop lamp, the truck slows to a stop with park brake applied.")

@batch
def b_airbag(r):
    B = Batch("airbag", 1799500000 + r.randint(0, 9e5), 1800, "acu", r)
    t1 = B.t0 + 420
    d = B.f("diag_session.txt", "json")
    tester_present(d, B.t0, B.T, style="tester")
    d.raw(B.t0 + 1500, "%s [Tester] ECU ACU (0x715) reportDTCByStatusMask" % hms(B.t0 + 1500))
    uds_trace(d, B.t0 + 1500.1, "715", "77F", "19 02 AF", resp19("FF", [("B0001-14", "AF")]), style="tester")
    d.raw(B.t0 + 1500.2, "%s   B0001-14  Driver Frontal Stage 1 Deployment Control: circuit short to ground or open  status=0xAF (testFailed, confirmed, warningIndicator)" % hms(B.t0 + 1500.2))
    a = B.f("ecu_0x715.log", "logfmt")
    a.noise([(5, "acu", "I", lambda r: "crash sensors ok, accel x=%.2fg y=%.2fg" % (r.uniform(-.3, .3), r.uniform(-.3, .3))), (3, "occ", "I", lambda r: "passenger seat occupied=%s class=%s" % (r.choice(["yes", "no"]), r.choice(["adult", "empty"]))), (2, "acu", "I", "squib loop check pass")], 900, B.t0, t1)
    a.noise([(5, "acu", "I", lambda r: "crash sensors ok, accel x=%.2fg y=%.2fg" % (r.uniform(-.3, .3), r.uniform(-.3, .3)))], 600, t1, B.T)
    a.add(t1, "E", "acu", "driver squib 1 resistance 9.7 ohm (window 1.6-6.0), loop open suspected")
    a.add(t1 + .5, "E", "acu", "driver frontal stage 1 disabled, SRS lamp on")
    lc = B.f("hu_logcat.txt", "logcat")
    lc.noise(LOGCAT, 1200)
    lc.add(t1 + 1, "W", "Telltale", "AIRBAG telltale ON")
    return B, L("body", "airbag", "critical", ["high"], "driving", "ecu_0x715.log", "While driving the ACU measures the driver stage-1 squib loop out of range, disables that stage and lights the SRS lamp (B0001-14 confirmed later in tester readout): airbag protection lost while moving.")

@batch
def b_door(r):
    B = Batch("door", 1800600000 + r.randint(0, 9e5), 1700, "bcm", r)
    t1 = B.t0 + 500
    z = B.f("zone_fl.log", "logfmt")
    z.noise(ZONE[1:], 1500)
    z.periodic(20, lambda t: ("I", "io", "door_fl=closed door_fr=closed door_rl=closed door_rr=closed"), B.t0, t1)
    ts = t1
    while ts < B.T - 60:
        z.add(ts, "W", "door", "Tuerkontakt FL Prellen: closed->open->closed in %dms" % z.r.randint(20, 90), speed_kph=z.r.randint(30, 80))
        ts += z.r.uniform(30, 120)
    z.add(t1 + 300, "E", "door", "latch switch FL implausible vs. lock pawl sensor, fault latched", code="DCU_FL-0x91A3")
    lc = B.f("logcat.log", "logcat")
    lc.noise(LOGCAT, 1300)
    for k in range(8): lc.add(t1 + 40 + k * 140, "W", "ClusterMsg", "door ajar chime: FRONT_LEFT")
    s = B.f("syslog.log", "rfc3164", host="tcu")
    s.noise(LINUX, 700)
    return B, L("body", "doors", "medium", ["low"], "driving", "zone_fl.log", "Front-left door latch contact bounces open/closed while driving (German shorthand in the zone controller), later latched as DCU_FL-0x91A3; repeated door-ajar chimes, comfort/annoyance only.")

@batch
def b_lighting(r):
    B = Batch("lighting", 1801700000 + r.randint(0, 9e5), 2000, "lcm", r)
    t1 = B.t0 + 1200
    lm = B.f("zone_front.jsonl", "json", jkeys=("timestamp", "iso", "level", "text", "module"))
    lm.periodic(5, lambda t: ("I", "LCM", "channels", dict(lowbeam_l_ma=(lm.r.randint(780, 820) if t < t1 else lm.r.randint(0, 6)), lowbeam_r_ma=lm.r.randint(780, 820), drl="off", headlamp_mode="auto_on", led_temp_l=lm.r.randint(48, 58))))
    lm.add(t1 + 1, "E", "LCM", "LCM-0412 low beam left LED driver open load")
    lm.add(t1 + 2, "W", "LCM", "LCM-0412 fallback: left fog lamp enabled as substitute")
    lc = B.f("logcat.txt", "logcat")
    lc.noise(LOGCAT, 1500)
    lc.add(t1 + 3, "W", "ClusterMsg", "popup id=LAMP_FAIL_LB_L 'Check left dipped beam'")
    z = B.f("zone.log", "logfmt")
    z.noise(ZONE, 1400)
    return B, L("body", "lighting", "medium", ["high"], "driving", "zone_front.jsonl", "Night drive: left low-beam LED driver current drops to 0 (LCM-0412 open load), fog lamp used as substitute and a lamp-failure message is shown.")

@batch
def b_hmi_touch(r):
    B = Batch("hmi_touch", 1802800000 + r.randint(0, 9e5), 1800, "ivi", r)
    t1 = B.t0 + 500
    km = B.f("kmsg.txt", "dmesg")
    km.noise([(5, "k", "I", lambda r: "mmc0: new HS400 MMC card at address 0001"), (4, "k", "I", lambda r: "wlan: [%d:I:HDD] scan done, %d BSS" % (r.randint(100, 999), r.randint(3, 30))), (3, "k", "W", lambda r: "wlan: [%d:E:HDD] scan failed -16" % r.randint(100, 999)), (3, "k", "I", lambda r: "snd-soc-dummy: ASoC: stream playback started"), (3, "k", "I", lambda r: "max96712 4-0029: link A locked, video ok")], 900)
    km.add(t1, "E", "k", "atmel_mxt_ts 2-004a: __mxt_read_reg: i2c transfer failed (-121)")
    for k in range(60): km.add(t1 + 1 + k * 18, "E", "k", "atmel_mxt_ts 2-004a: mxt_interrupt: read failed, resetting controller")
    km.add(t1 + 30, "W", "k", "max96789 3-0040: serializer link B lost lock, display CID blank")
    lc = B.f("logcat.log", "logcat")
    lc.noise(LOGCAT, 1500)
    for k in range(25): lc.add(t1 + 40 + k * 40, "W", "InputDispatcher", "no touch events from /dev/input/event2 for %ds" % (40 + k * 40))
    lc.add(t1 + 45, "E", "HmiHealth", "central display hardware not responding (touch + backlight), fallback to cluster menus")
    sy = B.f("syslog.log", "rfc5424", host="ivi")
    sy.noise(LINUX, 800)
    return B, L("body", "hmi", "medium", [], "driving", "kmsg.txt", "Centre display touch controller stops answering on I2C and the display serializer link loses lock: screen blank and touch dead. HMI hardware, comfort functions fall back to the cluster.")

@batch
def b_camera_block(r):
    B = Batch("camera_block", 1803900000 + r.randint(0, 9e5), 2200, "adas", r)
    t1 = B.t0 + 1000
    ad = B.f("perception.INFO", "glog")
    ad.noise(ADAS_GLOG, 2000)
    ad.periodic(10, lambda t: ("I", "cam_health.cc:55", "front_tele blur_score=%.2f contrast=%.2f" % ((ad.r.uniform(.05, .12) if t < t1 else min(.92, .12 + (t - t1) / 300)), (ad.r.uniform(.6, .8) if t < t1 else max(.08, .7 - (t - t1) / 250)))))
    ad.add(t1 + 240, "W", "cam_health.cc:80", "front camera view partially obstructed (wiper zone), confidence low")
    ad.add(t1 + 300, "E", "cam_health.cc:92", "[ADAS_CAM] E0117 windshield camera blinded, lane and sign detection suspended")
    ad.add(t1 + 301, "E", "feature_mgr.cc:91", "LKA/LDW unavailable: front camera not available")
    lc = B.f("logcat.txt", "logcat")
    lc.noise(LOGCAT, 1400)
    lc.add(t1 + 302, "W", "ClusterMsg", "popup id=CAM_BLOCKED 'Camera view restricted. Clean windscreen'")
    z = B.f("body.log", "logfmt")
    z.noise(ZONE, 1200)
    z.add(B.t0 + 200, "W", "lin", "rain light sensor humidity channel out of range, default used")
    return B, L("adas_perception", "camera", "high", [], "driving", "perception.INFO", "Front camera image degrades (blur up, contrast down) until the camera reports itself blinded (E0117) and lane keeping/departure warning are disabled; a minor rain-sensor channel warning is unrelated.")

@batch
def b_lidar_silent(r):
    B = Batch("lidar_silent", 1805000000 + r.randint(0, 9e5), 1500, "rt01", r)
    t1 = B.t0 + 760
    ro = B.f("ros_console.log", "ros2")
    ro.noise(ROS_RT, 2300)
    ro.periodic(1.0, lambda t: ("I", "sensing.lidar_top", "points %d, %.1f Hz" % (ro.r.randint(110000, 125000), ro.r.uniform(9.9, 10.1))) if t < t1 else None)
    ro.add(t1 + 1.2, "W", "topic_monitor", "/sensing/lidar/top/points: no message for 1.0 s (expected 10 Hz)")
    ro.add(t1 + 2.0, "E", "perception.fusion", "lidar_top stale, fusing camera/radar only, confidence degraded")
    ro.add(t1 + 2.5, "E", "system_monitor", "diag: sensing.lidar_top ERROR (timeout), MRM requested")
    ro.add(t1 + 2.6, "W", "planning", "minimal risk maneuver: comfortable stop in lane, hazard on")
    ro.add(t1 + 14, "I", "control", "vehicle stopped, MRM succeeded")
    ro.add(t1 + 20, "E", "perception.fusion", "lidar_top still stale after 20 s, autonomy not re-engageable")
    y = B.f("diag_topic.yaml", "json")
    def blk(t):
        sec = int(t); ns = int((t - sec) * 1e9)
        lid = "OK" if t < t1 + 1 else "ERROR"
        return "header:\n  stamp:\n    sec: %d\n    nanosec: %d\n  frame_id: ''\nstatus:\n- level: %s\n  name: 'sensing: lidar_top'\n  message: '%s'\n  hardware_id: 'hesai_top'\n- level: \"\\0\"\n  name: 'localization: ndt'\n  message: 'OK'\n  hardware_id: ''\n---" % (sec, ns, '"\\0"' if lid == "OK" else '"\\x02"', "OK" if lid == "OK" else "Timeout")
    y.periodic(5, blk)
    sy = B.f("syslog", "journal", host="rt01")
    sy.noise(LINUX, 900)
    sy.add(t1 + 1.1, "W", "hesai_driver", "no UDP packets on port 2368 for 1000 ms")
    return B, L("adas_perception", "lidar", "critical", [], "driving", "ros_console.log", "Robotaxi: roof lidar point cloud simply stops (10 Hz heartbeat gone, driver then sees no UDP packets); fusion degrades and the stack performs a minimal-risk stop in lane.")

@batch
def b_radar_align(r):
    B = Batch("radar_align", 1806100000 + r.randint(0, 9e5), 1900, "adas", r)
    t1 = B.t0 + 500
    rd = B.f("adas_dlt.txt", "dlt", host="RDR1")
    rd.noise([(6, "RDR:OBJ", "I", lambda r: "objects=%d cycle=%dms" % (r.randint(8, 50), r.randint(49, 51))), (3, "RDR:ALN", "I", lambda r: "online alignment azimuth %+.2fdeg elev %+.2fdeg" % (r.uniform(-.3, .3), r.uniform(-.3, .3))), (2, "RDR:HBT", "I", "alive")], 900, B.t0, t1)
    rd.noise([(6, "RDR:OBJ", "I", lambda r: "objects=%d cycle=%dms" % (r.randint(8, 50), r.randint(49, 51))), (3, "RDR:ALN", "W", lambda r: "online alignment azimuth %+.2fdeg elev %+.2fdeg" % (r.uniform(2.9, 3.3), r.uniform(-.3, .3))), (2, "RDR:HBT", "I", "alive")], 900, t1, B.T)
    rd.add(t1 + 120, "E", "RDR:ALN", "misalignment 3.1deg exceeds 2.0deg limit, blindness/align fault set, E-ACC-31")
    ac = B.f("adas.INFO", "glog")
    ac.noise(ADAS_GLOG, 1500)
    ac.add(t1 + 122, "E", "acc_ctrl.cc:120", "ACC and AEB (radar-based) not available: front radar alignment fault")
    lc = B.f("logcat.log", "logcat")
    lc.noise(LOGCAT, 900)
    lc.add(t1 + 123, "W", "ClusterMsg", "popup id=ACC_UNAVAIL 'Cruise control unavailable'")
    return B, L("adas_perception", "radar", "high", [], "driving", "adas_dlt.txt", "The front radar's online alignment reports ~3 deg azimuth offset, exceeds the limit (E-ACC-31) and ACC/AEB are disabled.")

@batch
def b_gnss_antenna(r):
    B = Batch("gnss_antenna", 1807200000 + r.randint(0, 9e5), 1800, "rt02", r)
    t1 = B.t0 + 700
    g = B.f("sensors.log", "rfc3164", host="rt02")
    g.noise(LINUX, 600)
    g.periodic(2.0, lambda t: ("I", "gnssd", "$GNGGA,%s,5231.%04d,N,01324.%04d,E,%d,%02d,0.8,34.1,M,,,,*5B" % (U(t).strftime("%H%M%S.00"), g.r.randint(0, 9999), g.r.randint(0, 9999), 4 if not (t1 < t < t1 + 420) else 0, 18 if not (t1 < t < t1 + 420) else 0)))
    g.add(t1, "E", "gnssd", "UBX-MON-RF: antenna status OPEN, power ON -> fix lost")
    g.add(t1 + 400, "I", "gnssd", "receiver cold reset requested by localization supervisor")
    g.add(t1 + 419, "I", "gnssd", "UBX-MON-RF: antenna status OK, RTK fixed again")
    lo = B.f("localization.jsonl", "json", jkeys=("ts", "s", "lvl", "msg", "node"))
    lo.periodic(2, lambda t: ("I", "ekf_localizer", "pose", dict(std_xy=round((.04 if not (t1 < t < t1 + 420) else .04 + (t - t1) / 900), 3), gnss_used=not (t1 < t < t1 + 420), ndt_score=round(lo.r.uniform(.15, .3), 3))))
    lo.add(t1 + 5, "W", "ekf_localizer", "gnss measurement rejected: no fix, continuing lidar-map only")
    lo.add(t1 + 200, "W", "ekf_localizer", "position std 0.26m > 0.25m, speed cap 8 m/s")
    lo.add(t1 + 425, "I", "ekf_localizer", "gnss fused again, speed cap released")
    ro = B.f("planning.log", "ros2")
    ro.noise(ROS_RT, 1400)
    return B, L("adas_perception", "gnss", "medium", ["high"], "driving", "sensors.log", "Robotaxi GNSS antenna reported OPEN, fix lost ~7 min; localization continued lidar-only with a speed cap, a receiver reset restored RTK fix (recovered).")

@batch
def b_gateway_reboot(r):
    B = Batch("gateway_reboot", 1808300000 + r.randint(0, 9e5), 1600, "cgw", r)
    t1 = B.t0 + 800
    gw = B.f("gw.dlt.txt", "dlt", host="CGW")
    gw.noise(DLTGW, 900, B.t0, t1)
    gw.noise(DLTGW, 700, t1 + 6, B.T)
    gw.add(t1, "F", "SYS:RST", "CGW performing reset: reason 0x0C (routing core fault), all channels stopped")
    gw.add(t1 + 5.5, "I", "SYS:BOOT", "CGW boot, last reset reason 0x0C, sw 24.11.3")
    gw.add(t1 + 5.9, "I", "ROUT:STAT", "routing tables loaded, all channels up")
    ecus = [("U0100", "ECM/PCM"), ("U0121", "ABS"), ("U0140", "BCM"), ("U0155", "cluster"), ("U0131", "EPS"), ("U0151", "SRS")]
    for name, host, sty in (("bcm.log", "bcm", "logfmt"), ("hu_logcat.txt", "hu", "logcat"), ("adas.log", "adas", "ros2")):
        F = B.f(name, sty, host=host)
        F.noise(ZONE if sty == "logfmt" else (LOGCAT if sty == "logcat" else ROS_RT), 1200)
        for k in range(r.randint(10, 18)):
            c, who = r.choice(ecus)
            F.add(t1 + .3 + r.uniform(0, 4.5), "E", "diag" if sty == "logfmt" else ("VehicleHal" if sty == "logcat" else "vehicle_interface"), "lost communication with %s: %s-87 set" % (who, c))
        F.add(t1 + 6.4, "I", "diag" if sty == "logfmt" else ("VehicleHal" if sty == "logcat" else "vehicle_interface"), "communication restored, U-codes -> history")
    return B, L("connectivity_network", "gateway", "medium", ["high"], "driving", "gw.dlt.txt", "The central gateway resets itself (routing core fault) while driving; for ~6 s every ECU behind it logs U01xx-87 lost communication codes, then all traffic recovers. Root cause the gateway reset.")

@batch
def b_can_busoff(r):
    B = Batch("can_busoff", 1809400000 + r.randint(0, 9e5), 1500, "gw", r)
    t1 = B.t0 + 650
    km = B.f("dmesg.log", "dmesg")
    km.noise([(4, "k", "I", "flexcan 2090000.can can1: writing ctrl=0x0e312005"), (4, "k", "I", lambda r: "IPv4: martian source %s from %s, on dev eth1" % (ip(r), ip(r))), (3, "k", "W", "mmcblk0: mmc0:0001 timeout waiting for hardware interrupt, recovered")], 300)
    for k in range(6):
        km.add(t1 + k * 50, "W", "k", "flexcan 2090000.can can1: bus error, error warning state (tec %d rec %d)" % (96 + k, 100 + k * 9))
        km.add(t1 + k * 50 + 3, "E", "k", "flexcan 2090000.can can1: bus-off")
        km.add(t1 + k * 50 + 3.1, "I", "k", "flexcan 2090000.can can1: restarted (restart-ms 100)")
    c = B.f("candump_can1.log", "json")
    candump_noise(c, [("0C9", 8), ("1F5", 8), ("2D3", 6), ("3E9", 8)], 3300, "can1")
    for k in range(80): c.raw(t1 + .5 + k * 3.7, cand(t1 + .5 + k * 3.7, "20000004", "0000100000000000", "can1"))
    dj = B.f("diag.jsonl", "json", jkeys=("timestamp", "ms", "level", "message", "ecu"))
    dj.periodic(10, lambda t: ("I", "gw", "dtc report", dict(dtcs=[] if t < t1 + 4 else ["U0100-00", "U0121-00"], kl15=1)))
    dj.noise([(3, "gw", "I", "diag session DEFAULT"), (1, "gw", "W", "DoIP vehicle announcement not acknowledged")], 150)
    g = B.f("gateway.log", "logfmt")
    g.noise(ZONE, 800)
    for k in range(40): g.add(t1 + 4 + k * 7, "E", "diag", "U0100-00 lost communication with ECM/PCM on chassis CAN")
    g.add(t1 + 10, "W", "pt", "engine torque limp: CAN path to ECM unstable")
    return B, L("connectivity_network", "can", "high", ["medium"], "driving", "dmesg.log", "Chassis CAN (can1) hits repeated error-warning and bus-off states with error frames in the candump (wiring/termination); ECUs log many U0100 lost-communication codes and the powertrain goes into limp mode.")

@batch
def b_cellular(r):
    B = Batch("cellular", 1810500000 + r.randint(0, 9e5), 3000, "tcu", r)
    t1 = B.t0 + 400
    sy = B.f("syslog", "rfc3164", host="tcu")
    sy.noise([p for p in LINUX if p[1] != "ModemManager"], 1500)
    sy.periodic(30, lambda t: ("I", "ModemManager", "<info>  Modem /org/freedesktop/ModemManager1/Modem/0: signal quality updated (%d)" % sy.r.randint(60, 90)), B.t0, t1)
    sy.periodic(30, lambda t: ("W", "ModemManager", "<warn>  Modem /org/freedesktop/ModemManager1/Modem/0: registration state changed (searching -> idle), no service"), t1, B.T)
    at = B.f("modem_at.log", "json", jkeys=("time", "iso", "severity", "msg", "svc"))
    at.periodic(20, lambda t: ("I", "atd", "AT+QANTRF?", dict(resp="+QANTRF: 1,%d" % (at.r.randint(1, 3) if t < t1 else at.r.randint(28, 32)))))
    at.noise([(4, "atd", "I", lambda r: "AT+CSQ -> +CSQ: %d,99" % (r.randint(14, 28))), (2, "atd", "I", "AT+COPS? -> +COPS: 0,0,\"Operator\",7"), (1, "atd", "W", "AT+QGPSLOC? -> +CME ERROR: 516 (not fixed now)")], 250, B.t0, t1)
    at.noise([(4, "atd", "I", lambda r: "AT+CSQ -> +CSQ: %d,99" % r.choice([0, 1, 99])), (2, "atd", "W", "AT+COPS? -> +COPS: 0"), (1, "atd", "W", "AT+QGPSLOC? -> +CME ERROR: 516 (not fixed now)")], 250, t1, B.T)
    at.add(t1 - 5, "E", "atd", "primary LTE antenna return loss bad (VSWR high), feed line open?")
    at.add(t1 + 120, "E", "ecall", "eCall not available: no network registration for 120 s, warning lamp requested")
    lc = B.f("hu_logcat.log", "logcat")
    lc.noise(LOGCAT, 1500)
    lc.add(t1 + 121, "W", "ClusterMsg", "popup id=SOS_UNAVAIL 'Emergency call not available'")
    return B, L("connectivity_network", "cellular", "high", ["medium"], "driving", "modem_at.log", "Telematics primary LTE antenna feed goes open (high VSWR); the modem never re-registers for the rest of the drive and eCall is reported unavailable (feature disabled).")

@batch
def b_ethernet_flap(r):
    B = Batch("ethernet_flap", 1811600000 + r.randint(0, 9e5), 1800, "hpc", r)
    t1 = B.t0 + 900
    km = B.f("kern.log", "rfc5424", host="hpc")
    km.noise(LINUX[7:8] + [(3, "kernel", "I", "nvme nvme0: 8/0/0 default/read/poll queues")], 300)
    for k in range(5):
        km.add(t1 + k * 45, "W", "kernel", "tc9562 0000:03:00.0 t1eth2: 100BASE-T1 link down (SQI %d/7)" % r.randint(0, 2))
        km.add(t1 + k * 45 + 1.8, "I", "kernel", "tc9562 0000:03:00.0 t1eth2: link up 100Mbps master, SQI %d/7" % r.randint(3, 5))
    km.add(t1 + 230, "I", "kernel", "tc9562 0000:03:00.0 t1eth2: link stable, SQI 7/7")
    so = B.f("someip.log", "logfmt")
    so.noise(ZONE[1:2] + [(5, "someipd", "I", lambda r: "service 0x%04X available on 192.168.10.%d" % (r.randint(0x1000, 0x2fff), r.randint(10, 40)))], 1300)
    for k in range(5):
        for j in range(12): so.add(t1 + k * 45 + .2 + j * .1, "E", "someipd", "SD: service 0x%04X instance 1 offer lost (TTL expired)" % (0x2100 + j))
    sv = B.f("zone_rear.jsonl", "json", jkeys=("ts", "ms", "level", "message", "ecu"))
    sv.noise([(5, "zone_r", "I", "heartbeat"), (2, "zone_r", "W", "time sync lost, holdover")], 700)
    return B, L("connectivity_network", "ethernet", "medium", [], "driving", "kern.log", "The 100BASE-T1 link between the rear zone controller and the HPC flaps five times (low SQI) and then stays up; each flap floods SOME/IP SD offer-lost errors. Fault recovered.")

@batch
def b_oom_nav(r):
    B = Batch("oom_nav", 1812700000 + r.randint(0, 9e5), 2400, "ivi", r)
    t1 = B.t0 + 900
    km = B.f("kmsg.log", "dmesg")
    km.noise([(5, "k", "I", "lowmemorykiller: lmkd connected"), (4, "k", "I", lambda r: "binder: %d:%d transaction failed 29189/-22, size 0-0 line 3022" % (r.randint(500, 900), r.randint(900, 2000))), (3, "k", "W", "healthd: battery none")], 300)
    for k in range(4):
        tt = t1 + k * 280
        km.add(tt, "W", "k", "navcore invoked oom-killer: gfp_mask=0x100cca(GFP_HIGHUSER_MOVABLE), order=0, oom_score_adj=0")
        km.add(tt + .01, "E", "k", "Out of memory: Killed process %d (navcore) total-vm:%dkB, anon-rss:%dkB, file-rss:0kB" % (3000 + k * 17, 5900000 + k * 1000, 2700000 + k * 30000))
    lc = B.f("logcat.log", "logcat")
    lc.noise(LOGCAT, 2000)
    for k in range(4):
        tt = t1 + k * 280
        lc.add(tt - 60, "W", "NavEngine", "tile decoder heap %dMB (limit 2048MB)" % (1800 + k * 10))
        lc.add(tt + .3, "I", "ActivityManager", "Process com.example.nav (pid %d) has died: fg SVC" % (3000 + k * 17))
        lc.add(tt + 2, "I", "ActivityManager", "Scheduling restart of crashed service com.example.nav/.NavService in 1000ms")
        lc.add(tt + 9, "I", "NavEngine", "guidance resumed after restart")
    sy = B.f("syslog.log", "journal", host="tcu")
    sy.noise(LINUX, 800)
    return B, L("software_platform", "oom", "medium", [], "driving", "logcat.log", "Navigation core leaks heap while decoding map tiles; the kernel OOM killer kills navcore four times, the service restarts each time and guidance resumes (recovered, comfort degraded).")

@batch
def b_planner_crash(r):
    B = Batch("planner_crash", 1813800000 + r.randint(0, 9e5), 1500, "rt03", r)
    t1 = B.t0 + 700
    pl = B.f("planner.INFO", "glog")
    pl.noise([(6, "planner.cc:88", "I", lambda r: "plan cycle %d took %.1fms, traj pts=%d" % (r.randint(1e4, 9e4), r.uniform(9, 28), r.randint(60, 80))), (3, "route.cc:31", "I", lambda r: "route segment %d, remaining %.0fm" % (r.randint(1, 90), r.uniform(100, 6000))), (1, "planner.cc:130", "W", "fallback path smoother used (qp infeasible once)")], 1200, B.t0, t1)
    pl.add(t1 - .1, "E", "speed_opt.cc:212", "Check failed: !st_points.empty() ")
    pl.add(t1 - .05, "F", "logging.cc:1", "*** Check failure stack trace: ***")
    pl.add(t1 - .04, "F", "logging.cc:1", "    @     0x55d0c1a3f2  planning::SpeedOptimizer::Process()")
    pl.add(t1 - .03, "F", "logging.cc:1", "*** SIGSEGV (@0x0) received by PID 4412 (TID 4420); stack trace: ***")
    pl.noise([(6, "planner.cc:88", "I", lambda r: "plan cycle %d took %.1fms, traj pts=%d" % (r.randint(1e4, 9e4), r.uniform(9, 28), r.randint(60, 80)))], 600, t1 + 20, B.T)
    ro = B.f("ros_console.log", "ros2")
    ro.noise([p for p in ROS_RT if p[1] != "planning"], 1800)
    ro.add(t1 + .2, "E", "launch", "process[planning-7]: process has died [pid 4412, exit code -11]")
    for k in range(40): ro.add(t1 + .3 + k * .25, "E", "control", "trajectory timeout %.0f ms, holding last command" % (300 + k * 250))
    ro.add(t1 + 1.0, "E", "system_monitor", "planning heartbeat missing -> emergency: MRM (stop)")
    ro.add(t1 + 1.1, "W", "control", "executing emergency stop profile -2.5 m/s^2")
    ro.add(t1 + 8, "I", "control", "vehicle at standstill, hazard lights on")
    ro.add(t1 + 20, "I", "launch", "process[planning-7]: respawned")
    p = B.f("chassis.pb.txt", "json")
    def blk(t):
        mode = "COMPLETE_AUTO_DRIVE" if t < t1 + 1.0 else "EMERGENCY_MODE"
        spd = p.r.uniform(8, 11) if t < t1 + 1.0 else max(0.0, 10 - (t - t1 - 1) * 2.5)
        return "header {\n  timestamp_sec: %.6f\n  module_name: \"canbus\"\n  sequence_num: %d\n}\nengine_started: true\nspeed_mps: %.3f\nbrake_percentage: %.1f\ndriving_mode: %s\ngear_location: GEAR_DRIVE\nchassis_error_mask: 0\n" % (t, int((t - B.t0) * 2), spd, 0.0 if t < t1 + 1 else 38.0, mode)
    p.periodic(3.0, blk)
    sy = B.f("syslog", "rfc3164", host="rt03")
    sy.noise(LINUX, 700)
    sy.add(t1 + .1, "I", "systemd-coredump", "Process 4412 (planning_node) of user 1000 dumped core.")
    return B, L("software_platform", "crash", "critical", [], "driving", "planner.INFO", "Robotaxi planning node hits a failed CHECK and segfaults (SIGSEGV, core dumped); control loses trajectories and the system performs an emergency minimal-risk stop while moving.")

@batch
def b_emmc_ro(r):
    B = Batch("emmc_ro", 1814900000 + r.randint(0, 9e5), 2500, "tcu", r)
    t1 = B.t0 + 1100
    km = B.f("dmesg.txt", "dmesg")
    km.noise([(5, "k", "I", lambda r: "wlan0: associated"), (3, "k", "I", "EXT4-fs (mmcblk0p5): mounted filesystem with ordered data mode. Opts: (null)"), (2, "k", "W", "cfg80211: failed to load regulatory.db")], 300)
    for k in range(8): km.add(t1 + k * 3, "E", "k", "mmc0: error -110 whilst initialising MMC card" if k == 0 else "blk_update_request: I/O error, dev mmcblk0, sector %d op 0x1:(WRITE) flags 0x800 phys_seg 8 prio class 0" % (4101120 + k * 64))
    km.add(t1 + 25, "E", "k", "EXT4-fs error (device mmcblk0p7): ext4_journal_check_start:61: Detected aborted journal")
    km.add(t1 + 25.1, "F", "k", "EXT4-fs (mmcblk0p7): Remounting filesystem read-only")
    sy = B.f("syslog.log", "rfc5424", host="tcu")
    sy.noise(LINUX, 1500)
    for k in range(30): sy.add(t1 + 30 + k * 45, "E", "vlogd", "write /data/log/trip_%d.bin failed: Read-only file system" % (k // 10))
    sy.add(t1 + 31, "W", "telemetryd", "spool directory not writable, keeping events in RAM (limit 4MB)")
    bm = B.f("vehicle.jsonl", "json", jkeys=("ts", "s", "lvl", "msg", "src"))
    bm.noise([(5, "vcu", "I", "speed 0 kph, gear P, kl15 off"), (3, "vcu", "I", lambda r: "sleep vote: tcu=%s" % r.choice(["awake", "awake", "ready"]))], 600)
    return B, L("software_platform", "filesystem", "medium", ["low"], "parked", "dmesg.txt", "Telematics eMMC write errors abort the ext4 journal and the data partition is remounted read-only; trip logging fails from then on. Vehicle parked at the time, no vehicle function affected beyond logging.")

@batch
def b_ota_rollback(r):
    B = Batch("ota_rollback", 1816000000 + r.randint(0, 9e5), 2400, "hu", r)
    t1 = B.t0 + 1300
    o = B.f("update.log", "logfmt")
    o.noise(ZONE[1:2] + [(3, "ota", "I", lambda r: "download chunk %d/412 ok" % r.randint(1, 412)), (1, "ota", "W", "chunk checksum mismatch, re-downloading chunk"), (1, "ota", "W", "HTTP 503 from cdn, retry in 4s")], 500, B.t0, t1)
    o.add(t1, "I", "ota", "package verified (sha256 ok, signature ok), installing to slot B", campaign="C-2611-07", version="24.12.1")
    o.add(t1 + 300, "I", "ota", "slot B written, switching boot slot")
    o.add(t1 + 360, "E", "ota", "post-install check failed: zone_front flash verify CRC mismatch (block 0x3A)")
    o.add(t1 + 361, "E", "ota", "installation failed, rolling back zone_front and head unit to slot A")
    o.add(t1 + 520, "I", "ota", "rollback complete, running 24.09.4, vehicle ready", result="ROLLED_BACK")
    sy = B.f("journal.txt", "journal", host="hu")
    sy.noise(LINUX, 1200)
    sy.add(t1 + 362, "I", "systemd", "Reached target Reboot.")
    sy.add(t1 + 400, "I", "bootctl", "booted slot A (fallback), boot count 1")
    d = B.f("uds_flash.txt", "json")
    for k in range(150): uds_trace(d, t1 + 10 + k * 1.8, "7A0", "7A8", "36 %02X" % ((k + 1) & 0xff) + " " + hx(d.r, 4), "76 %02X" % ((k + 1) & 0xff))
    uds_trace(d, t1 + 290, "7A0", "7A8", "37", "77")
    uds_trace(d, t1 + 295, "7A0", "7A8", "31 01 FF 01", "71 01 FF 01 01")
    d.raw(t1 + 295.1, "# RoutineControl checkMemory result 0x01 = incorrect")
    return B, L("software_platform", "ota", "medium", ["low"], "ota", "update.log", "OTA campaign fails verification after install (flash CRC mismatch on zone_front, checkMemory routine negative) and rolls back to the previous slot; vehicle ready again on old software.")

@batch
def b_crank_sag(r):
    B = Batch("crank_sag", 1817100000 + r.randint(0, 9e5), 1400, "pdu", r)
    t1 = B.t0 + 60
    rr = random.Random(r.random())
    def row(t, e):
        if t < t1: v = 12.35 + rr.uniform(-.02, .02)
        elif t < t1 + 1.4: v = 7.4 + rr.uniform(-.3, .3)
        elif t < t1 + 6: v = 11.6
        else: v = 13.9 + rr.uniform(-.1, .1)
        return [round(v, 2), round(rr.uniform(-3, 3) if t < t1 else (380 if t < t1 + 1.4 else 30), 1), 1 if t > t1 else 0, 0 if t < t1 + 2 else rr.randint(750, 2200)]
    csv_file(B, "power.csv", ["lv_bus_voltage", "lv_batt_current", "kl50_crank", "engine_rpm"], row, 0.2, "iso") if False else None
    F = B.f("power.csv", "json", header="timestamp,lv_bus_voltage,lv_batt_current,kl50_crank,engine_rpm")
    t = B.t0
    while t < B.T:
        F.raw(t, "%.3f,%s" % (t, ",".join(str(x) for x in row(t, 0))))
        t += 0.1 if t1 - 2 < t < t1 + 10 else 1.0
    gw = B.f("gw_dlt.txt", "dlt", host="GW01")
    gw.noise(DLTGW, 900)
    gw.add(t1 + .5, "E", "PWR:MON", "KL30 undervoltage 7.2V during crank (limit 8.0V)")
    gw.add(t1 + 1, "W", "DEM:EVT", "P0562 System Voltage Low stored (confirmed) in ECM snapshot")
    for who in ("ESP", "AIRBAG", "BCM", "CLUSTER", "TCU"):
        gw.add(t1 + 1.5 + r.uniform(0, 1), "W", "NM:CAN1", "node %s reset detected (alive counter restart)" % who)
    lc = B.f("logcat.txt", "logcat")
    lc.noise(LOGCAT, 700, t1 + 8, B.T)
    lc.add(t1 + 8, "I", "BootReceiver", "boot reason: brownout (PMIC UVLO)")
    lc.add(t1 + 9, "W", "CarService", "VHAL reconnected after head unit reboot")
    s = B.f("syslog.log", "rfc3164", host="tcu")
    s.noise(LINUX, 900, t1 + 6, B.T)
    s.add(t1 + 6, "I", "kernel", "Booting Linux on physical CPU 0x0 (reset cause: POR/brownout)")
    s.add(t1 + 60, "I", "battmon", "12V battery SOH estimate 41%, resting voltage before start 12.35V")
    return B, L("power_supply", "lv_battery", "medium", ["high"], "parked", "power.csv", "Cold morning crank with a worn 12 V battery (SOH 41%): bus voltage drops to ~7.4 V, P0562 stored, several ECUs and the head unit brown-out reset and come back; engine started (recovered).")

@batch
def b_dcdc_fail(r):
    B = Batch("dcdc_fail", 1818200000 + r.randint(0, 9e5), 2400, "vcu", r)
    t1 = B.t0 + 500
    rr = random.Random(r.random())
    def row(t, e):
        if t < t1: v, i = 14.1 + rr.uniform(-.05, .05), rr.uniform(38, 55)
        else: v, i = max(10.4, 12.7 - (t - t1) / 700), 0.0
        return [round(v, 2), round(i, 1), round(rr.uniform(370, 380), 1), rr.randint(40, 120)]
    csv_file(B, "signals.csv", ["lv_bus_voltage", "dcdc_out_current", "hv_bus_voltage", "vehicle_speed"], row, 1.0)
    vc = B.f("vcu.dlt.txt", "dlt", host="VCU1")
    vc.noise([(5, "VCU:TRQ", "I", lambda r: "torque req %dNm" % r.randint(-50, 250)), (3, "SYS:HBT", "I", "alive"), (2, "VCU:DCDC", "I", lambda r: "dcdc state RUN, setpoint 14.1V")], 900, B.t0, t1)
    vc.noise([(5, "VCU:TRQ", "I", lambda r: "torque req %dNm" % r.randint(-50, 250)), (3, "SYS:HBT", "I", "alive")], 1000, t1, B.T)
    vc.add(t1 - .3, "E", "VCU:DCDC", "DCDC Ausgangsstrom 0A trotz Anforderung, Wandler meldet interne Abschaltung (HW-Fehler)")
    vc.add(t1 + 2, "E", "VCU:DCDC", "restart DCDC: no response, state FAULT latched")
    vc.add(t1 + 1300, "W", "VCU:PWR", "12V low: shedding comfort loads (seat heater, rear defrost)")
    z = B.f("zone.log", "logfmt")
    z.noise(ZONE[1:4], 1000)
    for k in range(20): z.add(t1 + 1500 + k * 40, "W", "pwr", "kl30 below 11.0V, supply undervoltage", kl30="%.2f" % (11.0 - k * .02))
    lc = B.f("logcat.log", "logcat")
    lc.noise(LOGCAT, 900)
    lc.add(t1 + 1320, "W", "ClusterMsg", "popup id=LV_CHARGE 'Electrical fault: stop safely, vehicle may not restart'")
    return B, L("power_supply", "dcdc", "high", ["critical"], "driving", "vcu.dlt.txt", "The HV-to-12 V DC-DC converter shuts down (0 A output, latched fault); the 12 V bus drifts from 14.1 V down to ~10.5 V, loads are shed, zone controllers report undervoltage and the driver is told to stop.")

@batch
def b_truck_alt(r):
    B = Batch("truck_alt", 1819300000 + r.randint(0, 9e5), 2600, "tgw", r)
    t1 = B.t0 + 600
    c = B.f("can0.log", "json")
    candump_noise(c, [("0CF00400", 8), ("18FEF100", 8), ("18FEEE00", 8)], 2600)
    def vep(t):
        v = 28.2 if t < t1 else max(24.1, 28.2 - (t - t1) / 300)
        raw = int(v / 0.05)
        return cand(t, "18FEF700", "FFFF%02X%02X%02X%02XFFFF" % (raw & 0xff, raw >> 8, raw & 0xff, raw >> 8))
    c.periodic(5, vep, jitter=0)
    def dm1(t):
        if t < t1 + 900: return cand(t, "18FECA00", "00FF00000000FFFF")
        return cand(t, "18FECA00", "04FFA7000001FFFF".replace("0001", "0012") if False else "04FFA7001201FFFF")
    c.periodic(10, dm1, jitter=0)
    f = B.f("tgw.log", "rfc5424", host="tgw")
    f.noise(LINUX + J1939_TXT, 1400)
    f.add(t1 + 901, "W", "j1939d", "DM1 SA=0x00 SPN=167 FMI=18 OC=1 AWL=on  (charging system potential low, 25.2V)")
    f.add(t1 + 905, "I", "fms", "driver notified: 'Alternator not charging, visit workshop'")
    return B, L("power_supply", "alternator", "medium", ["high"], "driving", "can0.log", "Truck alternator stops charging: PGN 65271 charging-system voltage in the candump falls from 28.2 V toward 24 V, later DM1 SPN 167 FMI 18 with amber lamp; vehicle keeps driving on battery.")

@batch
def b_efuse(r):
    B = Batch("efuse", 1820400000 + r.randint(0, 9e5), 1600, "pdu", r)
    t1 = B.t0 + 700
    p = B.f("zone_center.log", "logfmt")
    p.noise(ZONE[4:5] * 3 + ZONE[1:2], 700)
    p.add(t1, "E", "efuse", "eFuse CH07 (zone_right supply) overcurrent trip 38A > 30A, output off")
    p.add(t1 + 1, "I", "efuse", "CH07 retry 1 after 1000ms: load current 6.2A, OK")
    p.add(t1 + 1.1, "W", "efuse", "CH07 trip counter 1/3 stored")
    gw = B.f("gw.dlt.txt", "dlt", host="CGW")
    gw.noise(DLTGW, 1200)
    for k in range(14): gw.add(t1 + .05 + k * .07, "E", "DEM:EVT", "timeout ZONE_R PDU 0x%03X, U0%03X-87 lost communication" % (0x310 + k, r.choice([0x140, 0x164])))
    gw.add(t1 + 2.5, "I", "NM:CAN3", "ZONE_R back in NORMAL_OPERATION")
    lc = B.f("logcat.txt", "logcat")
    lc.noise(LOGCAT, 1100)
    for k in range(6): lc.add(t1 + .2 + k * .3, "E", "VehicleHal", "property WINDOW_POS area=RIGHT unavailable")
    return B, L("power_supply", "lv_distribution", "medium", [], "driving", "zone_center.log", "A power-distribution eFuse feeding the right zone controller trips on overcurrent; the zone goes dark for ~2 s (many lost-communication codes at the gateway) and comes back after the automatic retry.")

# ---------------------------------------------------------------- healthy batches
H = "A healthy batch"

@batch
def h_sleep(r):
    B = Batch("sleep", 1821500000 + r.randint(0, 9e5), 14400, "tcu", r)
    sy = B.f("syslog", "rfc3164", host="tcu")
    sy.noise(LINUX, 1600)
    sy.periodic(900, lambda t: ("I", "pwrmgr", "wake by RTC timer, keepalive to backend, back to suspend in 20s"))
    sy.noise([(2, "pwrmgr", "W", "suspend aborted: wakeup source modem busy, retrying in 5s")], 12)
    b = B.f("lv.jsonl", "json", jkeys=("timestamp", "s", "level", "msg", "ecu"))
    b.periodic(60, lambda t: ("I", "ibs", "12V sensor", dict(u_v=round(12.62 - (t - B.t0) / 14400 * .05 + b.r.uniform(-.01, .01), 3), i_a=round(b.r.uniform(-.04, -.02), 3), soc_pct=round(86 - (t - B.t0) / 14400 * .6, 1), t_batt_c=round(b.r.uniform(10, 12), 1))))
    m = B.f("modem_at.log", "json", jkeys=("time", "iso", "severity", "msg", "svc"))
    m.noise([(4, "atd", "I", lambda r: "AT+CSQ -> +CSQ: %d,99" % r.randint(12, 27)), (2, "atd", "I", "AT+CEREG? -> +CEREG: 2,1"), (1, "atd", "W", "AT+QPING timeout (network in PSM), ignored"), (1, "atd", "I", "AT+QANTRF? -> +QANTRF: 1,2")], 300)
    z = B.f("zone.log", "logfmt")
    z.periodic(900, lambda t: ("I", "nm", "network wakeup by TCU, 18 nodes, sleep again after 22s"))
    z.noise(ZONE[1:2] + [(2, "nm", "W", "NM partial network PN7 wakeup ignored (no request)")], 500)
    return B, L("none", "none", "low", [], "parked", None, H + ": vehicle sleeping 4 h, periodic RTC wakeups and keepalives, 12 V stable ~12.6 V with ~30 mA quiescent draw; suspend retry warnings are routine.")

@batch
def h_ac_charge(r):
    B = Batch("ac_charge", 1822600000 + r.randint(0, 9e5), 7200, "obc", r)
    bm = B.f("bms.jsonl", "json", jkeys=("ts", "iso", "lvl", "msg", "module"))
    bms_json_noise(bm, B, 41, 39, tmax=(18, 24), period=12, current=lambda t, x: -30.5)
    ch = B.f("charge.log", "journal", host="obc")
    ch.noise([(6, "obcd", "I", lambda r: "AC L1 %dV %.1fA, pilot duty 53%% (32A), output %.2fkW" % (r.randint(226, 236), r.uniform(31, 32), r.uniform(7.1, 7.4))), (2, "obcd", "W", "pilot duty changed 53% -> 40% (EVSE load management)"), (2, "obcd", "I", "pilot duty changed 40% -> 53%"), (1, "ocpp", "E", "websocket to CSMS closed (1006), reconnect ok")], 1100)
    ch.add(B.T - 30, "I", "obcd", "target SOC 80% reached, charging complete, S2 open")
    sy = B.f("syslog.log", "rfc5424", host="tcu")
    sy.noise(LINUX, 900)
    return B, L("none", "none", "low", [], "charging", None, H + ": home AC charge 41% -> 80%, load management varies pilot duty, CSMS websocket reconnects; charge completes normally.")

@batch
def h_dc_charge(r):
    B = Batch("dc_charge", 1823700000 + r.randint(0, 9e5), 1900, "tcu", r)
    bm = B.f("bms.jsonl", "json", jkeys=("time", "ms", "severity", "message", "src"))
    bms_json_noise(bm, B, 12, 68, tmax=(27, 41), period=5, current=lambda t, x: -(420 if x < .45 else 420 - (x - .45) * 600))
    bm.noise([(2, "bms", "I", "charge current limit follows taper table (SOC based)"), (1, "bms", "W", "cell temp 40C: preconditioning chiller on")], 30)
    ch = B.f("evcc.log", "rfc5424", host="obc")
    ch.noise([(6, "evcc", "I", lambda r: "ISO15118 CurrentDemandReq EVTargetCurrent=%dA" % r.randint(150, 420)), (2, "evcc", "W", "EVSE isolation monitor: IMD self-test in progress (status Invalid), waiting"), (1, "evcc", "W", "EVSEMaxCurrent reduced by charger to 350A (cabinet power sharing)")], 900)
    ch.add(B.T - 20, "I", "evcc", "SessionStopReq (user stop at 80%), welding detection passed")
    lc = B.f("logcat.log", "logcat")
    lc.noise(LOGCAT, 800)
    return B, L("none", "none", "low", [], "charging", None, H + ": DC fast charge 12% -> 80% with normal SOC taper, charger power sharing and IMD self-test warnings; session stopped by the user with welding detection passed.")

@batch
def h_city_ice(r):
    B = Batch("city_ice", 1824800000 + r.randint(0, 9e5), 2700, "ecm", r)
    en = B.f("engine.log", "glog")
    en.periodic(2.0, lambda t: ("I", "misfire_mon.cc:140", "rev window counts c1=%d c2=%d c3=%d c4=%d rpm=%d" % (en.r.choice([0, 0, 0, 1]), 0, en.r.choice([0, 0, 1]), 0, en.r.randint(750, 2600))))
    en.noise([(5, "lambda_ctl.cc:51", "I", lambda r: "stft b1=%.1f%% ltft b1=%.1f%%" % (r.uniform(-3, 3), r.uniform(-2, 4))), (2, "stst.cc:14", "I", "auto start-stop: engine stop at standstill"), (2, "stst.cc:22", "I", "auto start-stop: restart, crank 310ms"), (1, "evap.cc:77", "W", "evap leak test skipped: fuel level out of range"), (1, "o2_heater.cc:9", "W", "O2 sensor B1S2 heater warm-up not complete, closed loop delayed")], 900)
    s = csv_file(B, "signals.csv", ["veh_speed_kph", "eng_rpm", "coolant_temp", "lv_bus_voltage", "throttle_pct"], (lambda rr: lambda t, e: [round(max(0, 30 + 20 * __import__("math").sin(e / 60)) + rr.uniform(-1, 1), 1), rr.randint(750, 2400), round(min(91, 20 + e / 12) + rr.uniform(-.5, .5), 1), round(14.2 + rr.uniform(-.15, .15), 2), rr.randint(0, 40)])(random.Random(r.random())), 1.0)
    lc = B.f("hu_logcat.txt", "logcat")
    lc.noise(LOGCAT, 1500)
    return B, L("none", "none", "low", [], "driving", None, H + ": city drive in a petrol car with start-stop, warm-up from 20 C to 90 C coolant, normal fuel trims; evap-test-skipped and heater warm-up warnings are routine.")

@batch
def h_highway_adas(r):
    B = Batch("highway_adas", 1825900000 + r.randint(0, 9e5), 2400, "adas", r)
    ad = B.f("adas.INFO", "glog")
    ad.noise(ADAS_GLOG, 2600)
    ad.noise([(2, "acc_ctrl.cc:55", "I", lambda r: "ACC active set %d km/h gap 2" % r.choice([110, 120, 130])), (1, "lka.cc:77", "W", "LKA standby: lane markings not detected (construction zone)"), (1, "lka.cc:79", "I", "LKA active again")], 40)
    gw = B.f("gw.dlt.txt", "dlt", host="GW01")
    gw.noise(DLTGW, 1300)
    lc = B.f("logcat.log", "logcat")
    lc.noise(LOGCAT, 900)
    th = B.f("adcu_health.jsonl", "json", jkeys=("ts", "s", "severity", "msg", "ecu"))
    th.periodic(4, lambda t: ("I", "adcu_tm", "temps", dict(soc_c=round(th.r.uniform(60, 66), 1), board_c=round(th.r.uniform(46, 50), 1), fan_rpm=th.r.randint(4000, 4200), fan_pwm=45)))
    return B, L("none", "none", "low", [], "driving", None, H + ": motorway drive with ACC/LKA; occasional frame drops, CAN rx timeouts that recover, and a short LKA standby in a construction zone without markings (normal availability).")

@batch
def h_ota_ok(r):
    B = Batch("ota_ok", 1827000000 + r.randint(0, 9e5), 3000, "hu", r)
    t1 = B.t0 + 1500
    o = B.f("update.log", "logfmt")
    o.noise(ZONE[1:2] + [(3, "ota", "I", lambda r: "download chunk %d/388 ok" % r.randint(1, 388)), (1, "ota", "W", "HTTP 503 from cdn, retry in 4s"), (1, "ota", "W", "download stalled 30s, resuming with range request")], 600, B.t0, t1)
    o.add(t1, "I", "ota", "package verified, installing to inactive slot B", campaign="C-2612-02", version="25.01.0")
    o.add(t1 + 700, "I", "ota", "all 7 ECUs flashed, checkMemory positive")
    o.add(t1 + 760, "I", "ota", "post-update health check passed, slot B marked good", result="SUCCESS")
    d = B.f("flash_trace.txt", "json")
    for k in range(220): uds_trace(d, t1 + 20 + k * 2.5, "7A0", "7A8", "36 %02X " % ((k + 1) & 0xff) + hx(d.r, 4), "76 %02X" % ((k + 1) & 0xff))
    d.raw(t1 + 580, "%s Tx 7A0 03 7F 36 78 55 55 55 55" % hms(t1 + 580)) if False else None
    uds_trace(d, t1 + 600, "7A0", "7A8", "31 01 FF 01", "71 01 FF 01 00")
    sy = B.f("journal.log", "journal", host="hu")
    sy.noise(LINUX, 1100)
    sy.add(t1 + 710, "I", "systemd", "Reached target Reboot.")
    sy.add(t1 + 740, "I", "bootctl", "booted slot B, boot count 1")
    return B, L("none", "none", "low", [], "ota", None, H + ": parked OTA update downloaded with CDN retries, flashed to all ECUs (positive checkMemory), rebooted into slot B, health check passed.")

@batch
def h_workshop(r):
    B = Batch("workshop", 1828100000 + r.randint(0, 9e5), 1500, "tester", r)
    d = B.f("tester_session.log", "json")
    tester_present(d, B.t0, B.T, style="tester")
    did_reads(d, B.t0, B.T, "tester", n=40)
    t = B.t0 + 300
    d.raw(t, "%s [Tester] 0x19 0x02 0xAF ReadDTCInformation ECM" % hms(t))
    uds_trace(d, t + .1, "7E0", "7E8", "19 02 AF", resp19("FF", [("U0121-87", "28"), ("P0562-00", "28")]), style="tester")
    d.raw(t + .3, "%s   U0121-87 Lost Communication With ABS Control Module - missing message  status=0x28 (history, not failed this cycle)" % hms(t + .3))
    d.raw(t + .4, "%s   P0562-00 System Voltage Low  status=0x28 (history, battery replaced at this visit)" % hms(t + .4))
    d.raw(t + 400, "%s [Tester] ClearDiagnosticInformation all groups" % hms(t + 400))
    uds_trace(d, t + 400.1, "7DF", "7E8", "14 FF FF FF", "54", style="tester")
    uds_trace(d, t + 600, "7E0", "7E8", "19 02 AF", "59 02 FF", style="tester")
    d.raw(t + 600.1, "%s   no DTC stored" % hms(t + 600.1))
    z = B.f("gateway.log", "logfmt")
    z.noise(ZONE, 900)
    z.add(t - 5, "I", "diag", "extended session entered by tester 0xF1")
    s = B.f("syslog", "rfc3164", host="tcu")
    s.noise(LINUX, 600)
    return B, L("none", "none", "low", [], "test", None, H + ": workshop visit; tester reads only history DTCs (status 0x28, U0121 and P0562 from an old battery), clears them and re-reads an empty list.")

@batch
def h_bench(r):
    B = Batch("bench", 1829200000 + r.randint(0, 9e5), 1800, "hil", r)
    ro = B.f("ros_console.log", "ros2")
    ro.noise(ROS_RT, 1800)
    ro.noise([(2, "test_runner", "E", "assertion failed in test_scenario_cutin_07: expected ttc>2.5 got 2.4 (simulation tool, test marked flaky)"), (2, "sim_bridge", "W", "simulation time jumped 0.5s, resync"), (1, "test_runner", "I", "scenario passed")], 40)
    c = B.f("can_sim.log", "json")
    candump_noise(c, [("100", 8), ("101", 8), ("1F0", 8)], 2000, "vcan0")
    s = B.f("bench.jsonl", "json", jkeys=("ts", "iso", "level", "msg", "tool"))
    s.noise([(4, "hil", "I", lambda r: "step %d ok" % r.randint(1, 800)), (2, "hil", "W", "power supply channel 2 current limit 10A reached during inrush (expected)"), (1, "hil", "E", "fault injection: wheel speed FL short to GND (scripted), DTC expected -> seen"), (1, "hil", "I", "fault injection removed, DTC cleared")], 500)
    return B, L("none", "none", "low", [], "test", None, H + ": HIL test-bench run with scripted fault injections, a flaky test assertion and simulation resyncs; everything observed is expected by the test plan.")

@batch
def h_cold_start(r):
    B = Batch("cold_start", 1830300000 + r.randint(0, 9e5), 2100, "vcu", r)
    rr = random.Random(r.random())
    def row(t, e):
        return [round(-24 + e / 200 + rr.uniform(-.2, .2), 1), round(-22 + e / 60, 1) if e < 2000 else 11.0, round(380 + e / 900, 1), round(14.0 + rr.uniform(-.1, .1), 2), int(6 if e < 1200 else 2), rr.randint(0, 70)]
    csv_file(B, "signals.csv", ["ambient_temp", "cell_temp_min", "pack_voltage", "lv_bus_voltage", "ptc_heater_kw", "vehicle_speed"], row, 1.0, "iso")
    bm = B.f("bms.log", "dlt", host="BMS1")
    bm.noise([(5, "BMS:SOC", "I", lambda r: "soc=%.1f" % r.uniform(64, 66)), (3, "BMS:TMP", "I", "cold: discharge power limited by temperature table (normal)"), (2, "BMS:TMP", "W", "cell temp below 0C, regen disabled until warm"), (2, "SYS:HBT", "I", "alive")], 900)
    tm = B.f("tms.log", "logfmt")
    tm.periodic(5, lambda t: ("I", "tms", "loop", dict(pump_bat_rpm=tm.r.randint(3100, 3300), pump_bat_i_a="%.1f" % tm.r.uniform(3.5, 4.1), t_in_c="%.1f" % (-20 + (t - B.t0) / 80), ptc="on" if t - B.t0 < 1200 else "low")))
    tm.noise([(3, "tms", "I", lambda r: "valve V%d pos %d%%" % (r.randint(1, 4), r.randint(0, 100))), (2, "tms", "W", "ambient sensor plausibility: using HVAC value"), (1, "tms", "W", "heat pump inhibited below -20C ambient, PTC only")], 300)
    lc = B.f("logcat.txt", "logcat")
    lc.noise(LOGCAT, 800)
    lc.noise([(1, "ClusterMsg", "I", "info: 'Limited regenerative braking (cold battery)'"), (1, "WifiScanningService", "E", "Failed to start scan: error -16 (busy)")], 10)
    return B, L("none", "none", "low", [], "driving", None, H + ": -24 C cold start and drive in an EV; battery heating, temperature-table power limit and cold regen limit are normal behaviour, not faults.")

@batch
def h_truck_motorway(r):
    B = Batch("truck_motorway", 1831400000 + r.randint(0, 9e5), 2700, "tgw", r)
    c = B.f("can0.log", "json")
    candump_noise(c, [("0CF00400", 8), ("18FEF100", 8), ("18FEEE00", 8), ("18FEF200", 8)], 3000)
    c.periodic(10, lambda t: cand(t, "18FECA00", "00FF00000000FFFF"), jitter=0)
    f = B.f("fms.log", "rfc3164", host="tgw")
    f.noise(LINUX + J1939_TXT * 2, 1600)
    a = B.f("acm.jsonl", "json", jkeys=("ts", "iso", "lvl", "msg", "unit"))
    a.periodic(5, lambda tt: ("I", "acm", "scr", dict(nox_in_ppm=a.r.randint(380, 520), nox_out_ppm=a.r.randint(12, 35), def_dose_mg_s=a.r.randint(40, 70), scr_temp_c=a.r.randint(290, 340))))
    a.noise([(1, "acm", "W", "DPF passive regeneration active (soot 62%)"), (1, "acm", "I", "DPF soot load 58%")], 20)
    return B, L("none", "none", "low", [], "driving", None, H + ": long-haul truck on the motorway, DM1 with all lamps off, good SCR conversion, passive DPF regeneration and incomplete BAM transfers that are routine.")

@batch
def h_robotaxi(r):
    B = Batch("robotaxi", 1832500000 + r.randint(0, 9e5), 1800, "rt04", r)
    ro = B.f("ros_console.log", "ros2")
    ro.noise(ROS_RT, 2000)
    ro.periodic(2.0, lambda t: ("I", "sensing.lidar_top", "points %d, %.1f Hz" % (ro.r.randint(110000, 125000), ro.r.uniform(9.9, 10.1))))
    ro.noise([(1, "planning", "W", "stop for double-parked vehicle, waiting 12 s then lane change"), (1, "system_monitor", "W", "diag: sensing.camera_4 WARN (frame drop burst) -> OK")], 8)
    p = B.f("chassis.pb.txt", "json")
    def blk(t):
        return "header {\n  timestamp_sec: %.6f\n  module_name: \"canbus\"\n  sequence_num: %d\n}\nengine_started: true\nspeed_mps: %.3f\nthrottle_percentage: %.1f\nbrake_percentage: %.1f\nsteering_percentage: %.2f\ndriving_mode: COMPLETE_AUTO_DRIVE\ngear_location: GEAR_DRIVE\nchassis_error_mask: 0\n" % (t, int((t - B.t0) * 2), p.r.uniform(3, 12), p.r.uniform(0, 30), p.r.uniform(0, 10), p.r.uniform(-20, 20))
    p.periodic(4.0, blk)
    sy = B.f("syslog", "journal", host="rt04")
    sy.noise(LINUX, 700)
    return B, L("none", "none", "low", [], "driving", None, H + ": robotaxi urban run, lidar steady at 10 Hz, chassis in COMPLETE_AUTO_DRIVE with zero error mask, a brief camera frame-drop WARN that self-clears.")

@batch
def h_scooter_blip(r):
    B = Batch("scooter_blip", 1833600000 + r.randint(0, 9e5), 1400, "esc-19a0", r)
    bm = B.f("bms.log", "logfmt")
    def fn(t):
        x = (t - B.t0) / 1400
        v = [4.05 - 0.35 * x + bm.r.uniform(-.004, .004) for _ in range(13)]
        return ("I", "bms", "cells", dict(vmin="%.3f" % min(v), vmax="%.3f" % max(v), imin=v.index(min(v)) + 1, pack="%.2f" % sum(v), soc=int(95 - 38 * x), t_max=int(24 + 5 * x)))
    bm.periodic(2.0, fn)
    bm.noise([(3, "bal", "I", "balancing idle (delta below 15mV)"), (1, "bms", "W", "pack current spike 31A for 40ms (kerb), within limit")], 200)
    ctl = B.f("ctrl.log", "rfc3164", host="mc")
    ctl.periodic(1.5, lambda t: ("I", "motorctl", "spd=%.1fkmh i=%.1fA duty=%d%% temp=%dC" % (ctl.r.uniform(12, 25), ctl.r.uniform(3, 18), ctl.r.randint(20, 80), ctl.r.randint(32, 48))))
    ctl.noise([(3, "ble", "I", "BLE adv interval 1000ms, peers 1"), (2, "ble", "W", "BLE connection supervision timeout, reconnecting"), (2, "iot", "E", "MQTT publish timeout, queued"), (1, "uart", "W", "BMS UART frame CRC error, 1 frame dropped, link ok")], 400)
    gps = B.f("trip.jsonl", "json", jkeys=("timestamp", "ms", "level", "message", "src"))
    gps.periodic(5, lambda t: ("I", "gnss", "fix", dict(lat=round(52.51 + (t - B.t0) * 1e-6, 6), lon=round(13.40 + (t - B.t0) * 2e-6, 6), hdop=round(gps.r.uniform(.7, 1.6), 1))))
    return B, L("none", "none", "low", [], "driving", None, H + ": e-scooter ride with balanced cells (delta < 15 mV), one harmless current spike, BLE/MQTT reconnects and a dropped UART frame.")

# ---------------------------------------------------------------- write
def main():
    rng = random.Random(SEED)
    order = list(BATCHES)
    rng.shuffle(order)
    labels = []
    for i, fn in enumerate(order, 1):
        bid = "h%03d" % i
        B, lab = fn(random.Random(rng.random()))
        d = os.path.join(OUT, bid)
        os.makedirs(d, exist_ok=True)
        for F in B.files:
            with open(os.path.join(d, F.name), "w", newline="\n") as fh: fh.write(F.text())
        labels.append(dict(batch=bid, **lab))
    with open(os.path.join(OUT, "labels.json"), "w") as fh:
        json.dump(labels, fh, indent=1)
        fh.write("\n")

if __name__ == "__main__":
    main()
