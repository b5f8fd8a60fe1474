#!/usr/bin/env python3
"""Generator for held-out set heldout9 (pre-series validation fleet). Fixed seeds; stdlib only.
Re-running reproduces every batch file and labels.json byte for byte."""
import datetime as _dt
import json
import math
import os
import random
import re

SET = os.path.dirname(os.path.abspath(__file__))

# ----------------------------------------------------------------------------------------------
# token filler
_TOK = re.compile(r"\{(\w+)\}")


def fill(tpl, r):
    def rep(m):
        k = m.group(1)
        if k == "i": return str(r.randint(0, 999))
        if k == "n": return str(r.randint(1, 9))
        if k == "ms": return str(r.randint(2, 480))
        if k == "h": return "%02X" % r.randint(0, 255)
        if k == "x4": return "%04X" % r.randint(0, 65535)
        if k == "x8": return "%08x" % r.getrandbits(32)
        if k == "v": return "%.2f" % r.uniform(13.2, 14.4)
        if k == "t": return "%.1f" % r.uniform(21, 46)
        if k == "p": return str(r.randint(3, 97))
        if k == "f": return "%.3f" % r.uniform(0, 1)
        if k == "kb": return str(r.randint(120, 9800))
        if k == "rpm": return str(r.randint(700, 6200))
        if k == "seq": return str(r.randint(1000, 99999))
        return m.group(0)
    return _TOK.sub(rep, tpl)


# ----------------------------------------------------------------------------------------------
# noise pools
DLT_NOISE = [
    ("VCU1", "PWRM", "MAIN", "info", "PwrMode state=DRIVE req_src=BCM cnt={i}"),
    ("VCU1", "TQCO", "ARB", "verbose", "torque arb: drv={p}% lim={i}Nm src=PEDAL"),
    ("VCU1", "TQCO", "ARB", "debug", "creep ctrl active={n} slope_comp={f}"),
    ("VCU1", "DIAG", "DEM", "info", "DEM cycle counter op_cycle={seq} aging ok"),
    ("VCU1", "NVM", "BLK", "info", "NvM write block 0x{x4} len={i} result=E_OK"),
    ("VCU1", "DBG", "TRC", "debug", "[proto] tick drift {ms}us (limit 500us)"),
    ("VCU1", "DBG", "ASRT", "warn", "ASSERT(tolerated) tq_filter.c:{i} known issue PRJ-4411 cnt={n}"),
    ("BMS1", "BMSC", "SOX", "info", "SOC={p}.{n}% SOH=98.{n}% Ucell_min=3.{i}V"),
    ("BMS1", "BMSC", "BAL", "debug", "passive balancing mask 0x{x8} duty={p}%"),
    ("BMS1", "BMSC", "ISO", "verbose", "iso monitor Riso_pos={kb}0kOhm Riso_neg={kb}0kOhm"),
    ("BMS1", "BMSC", "CMU", "debug", "CMU chain scan ok nodes=12 crc_err=0 t={ms}us"),
    ("INV1", "MCTL", "FOC", "debug", "foc id_ref={f} iq_ref={i}A mode=TORQUE"),
    ("INV1", "MCTL", "TEMP", "info", "T_igbt_u={t}C T_igbt_v={t}C T_igbt_w={t}C"),
    ("INV1", "MCTL", "RES", "verbose", "resolver amp ok exc=10kHz sincos_mag={f}"),
    ("TMM1", "THRM", "CTRL", "info", "coolant loop PT: T_in={t}C T_out={t}C valve={p}%"),
    ("TMM1", "THRM", "PUMP", "debug", "EWP1 setpoint {rpm}rpm fb ok"),
    ("TMM1", "THRM", "HVAC", "info", "HVAC mode AUTO blower={p}% evap={t}C"),
    ("BCM1", "BODY", "LGT", "info", "exterior light request DRL=1 LB={n}"),
    ("BCM1", "BODY", "DOOR", "debug", "door switch debounce ch={n} stable"),
    ("BCM1", "BODY", "LIN", "verbose", "LIN1 schedule table 2 slot {n} resp ok"),
    ("GW01", "GWAY", "ROUT", "info", "routing stats pt->ch {kb} fr/s drop=0"),
    ("GW01", "GWAY", "ETH", "debug", "eth0 100BASE-T1 link up master SQI=7"),
    ("GW01", "GWAY", "NM", "info", "NM PDU rx node 0x{h} state=NORMAL"),
    ("ESC1", "CHAS", "VDC", "debug", "ay={f}g yaw={f}dps mu_est=0.9"),
    ("EPS1", "STEE", "ASST", "verbose", "assist map 3 tq_drv={f}Nm"),
    ("XCP0", "XCPS", "DAQ", "info", "DAQ list {n} running odt={i}"),
]

LOGCAT_NOISE = [
    ("I", "ActivityManager", "Start proc {seq}:com.oem.media/u0a{i} for service"),
    ("D", "VehicleHal", "onPropertyEvent 0x{x8} area 0 val {i}"),
    ("I", "CarService", "power state ON_FULL, ap state 2"),
    ("W", "BluetoothAdapter", "getBluetoothService() called with no BluetoothManagerCallback"),
    ("D", "NavEngine", "route recalculated in {ms}ms, segments {i}"),
    ("I", "MediaSession", "dispatch media key event playback state 3"),
    ("W", "CarAudio", "focus request denied for usage 12 (known PRJ-2033)"),
    ("D", "ConnectivityService", "NetworkAgentInfo [MOBILE (LTE)] validated"),
    ("I", "chatty", "uid=1000(system) Binder:{i}_2 identical {n} lines"),
    ("E", "OEM_ProtoDebug", "unhandled vendor prop 0x{x8} (ignored, prototype)"),
    ("D", "SurfaceFlinger", "composition fps {i} frametime {ms}us"),
    ("I", "VoiceAssistant", "hotword engine idle"),
    ("W", "Looper", "Slow dispatch took {ms}ms main h=android.os.Handler"),
    ("D", "GnssHal", "fix 3D sats {n}{n} hdop 0.{n}"),
    ("I", "ClimateUi", "setpoint sync zone 1 {t}"),
]

GLOG_NOISE = [
    ("I", "fusion_node.cc", "fused tracks={i} cycle {ms}ms"),
    ("I", "camera_driver.cc", "cam_front frame {seq} exp {ms}us gain {f}"),
    ("I", "radar_if.cc", "radar_fc objects {n}{n} cycle ok"),
    ("I", "localization.cc", "pose ok cov_xy {f} lane_conf 0.9{n}"),
    ("I", "planner.cc", "plan cycle {ms}ms state LANE_KEEP"),
    ("W", "time_sync.cc", "gPTP offset {ms}ns above soft limit (tolerated)"),
    ("I", "lidar_roof.cc", "scan {seq} points {kb}0 rpm 600"),
    ("I", "health_monitor.cc", "cpu {p}% gpu {p}% mem {p}%"),
    ("W", "proto_debug.cc", "DEBUG build: extra checks enabled, perf -{n}%"),
    ("I", "map_server.cc", "tile cache hit ratio 0.9{n}"),
    ("I", "ultrasonic.cc", "usm 12ch cycle ok min_dist {i}cm"),
]

SYSLOG_NOISE = [
    ("tcu", "modemd", "signal rsrp -{i} rsrq -{n} band 20"),
    ("tcu", "uploader", "chunk {seq} uploaded {kb}kB"),
    ("tcu", "chronyd", "Selected source 10.0.0.{n}"),
    ("gw", "someipd", "service 0x{x4} offered instance 1"),
    ("tcu", "ecalld", "self-test OK, msd ready"),
    ("gw", "ethswitch", "port {n} rx {kb} tx {kb} err 0"),
    ("tcu", "otad", "heartbeat campaign none"),
    ("gw", "kernel", "can1: tx queue {n} fill"),
]

DMESG_NOISE = [
    "usb 1-1: new high-speed USB device number {n} using xhci-hcd",
    "tegra-camrtc: rtcpu fw trace {x8}",
    "nvme0n1: p1 p2 p3",
    "EXT4-fs (mmcblk0p9): mounted filesystem with ordered data mode",
    "eth1: Link is Up - 1Gbps/Full - flow control off",
    "thermal thermal_zone{n}: trip point cpu-passive 95000",
    "cpufreq: cpu{n} freq {rpm}000",
    "mttcan c310000.mttcan can0: bitrate 500000",
    "audit: type=1400 apparmor=\"ALLOWED\" operation=\"open\"",
]

RTRACE_NOISE = [
    "SUPV: heartbeat seq {seq}",
    "CAL : page 1 active, checksum 0x{x8}",
    "IO  : ADC ch{n} raw {i}",
    "SCHD: 10ms task load {p}%",
    "COM : pdu 0x{x4} tx cnt {seq}",
    "DBG : trace buffer {p}% full",
]

VOICE_FILL = [
    "okay copy", "next waypoint in two kilometres", "traffic ahead, slowing", "radio check, over",
    "noting outside temperature", "all good so far", "start of segment", "end of segment",
    "roger that", "turning onto the B road", "lap done", "small rattle from the glovebox, known",
    "wind noise at the mirror again, known item", "coffee stop in ten", "uh", "repeat please",
    "recording marker", "display a bit slow to wake, known", "ride feels fine", "nothing to report",
]


# ----------------------------------------------------------------------------------------------
def speed_profile(kind):
    if kind == "road":
        return lambda t: max(0.0, 55 + 35 * math.sin(t / 95.0) + 12 * math.sin(t / 17.0) + 8 * math.sin(t / 7.3))
    if kind == "highway":
        return lambda t: max(0.0, min(130.0, 20 + t * 1.5)) if t < 80 else 118 + 9 * math.sin(t / 60.0) + 3 * math.sin(t / 11.0)
    if kind == "track":
        return lambda t: 40 + 110 * abs(math.sin(t / 45.0))
    if kind == "city":
        return lambda t: max(0.0, 25 + 25 * math.sin(t / 40.0) + 10 * math.sin(t / 9.0))
    return lambda t: 0.0


class Batch:
    def __init__(self, num, dur, profile, base=None):
        self.num = num
        self.name = "s%03d" % num
        self.r = random.Random(90000 + num * 7919)
        r = self.r
        self.base = base or _dt.datetime(2026, r.randint(1, 11), r.randint(1, 27), r.randint(6, 20), r.randint(0, 59), r.randint(0, 59))
        self.dur = dur
        self.v = speed_profile(profile)
        self.files = {}

    def ts(self, t):
        return self.base + _dt.timedelta(seconds=t)

    def times(self, n, t0=0.0, t1=None):
        t1 = self.dur if t1 is None else t1
        return sorted(self.r.uniform(t0, t1) for _ in range(n))

    # --- DLT text export ---------------------------------------------------------------------
    def dlt(self, fn, n, inj=(), ecus=None, extra=()):
        r = self.r
        n = int(n * 0.6)
        pool = [x for x in DLT_NOISE if ecus is None or x[0] in ecus] + list(extra)
        ev = [(t, r.choice(pool)) for t in self.times(n)]
        ev += [(t, p) for t, p in inj]
        ev.sort(key=lambda x: x[0])
        out, cnt = [], {}
        for i, (t, (ecu, apid, ctid, lvl, msg)) in enumerate(ev):
            cnt[ecu] = (cnt.get(ecu, 0) + 1) % 256
            d = self.ts(t)
            out.append("%d %s %.4f %d %s %s %s log %s verbose 1 %s" % (
                i, d.strftime("%Y/%m/%d %H:%M:%S.%f"), t + 3.2, cnt[ecu], ecu, apid, ctid, lvl, fill(msg, r)))
        self.files[fn] = "\n".join(out) + "\n"

    # --- logcat threadtime -------------------------------------------------------------------
    def logcat(self, fn, n, inj=(), extra=()):
        r = self.r
        n = int(n * 0.75)
        pool = LOGCAT_NOISE + list(extra)
        pids = {}
        ev = [(t, r.choice(pool)) for t in self.times(n)] + list(inj)
        ev.sort(key=lambda x: x[0])
        out = ["--------- beginning of main"]
        for t, (l, tag, msg) in ev:
            pid = pids.setdefault(tag, r.randint(600, 4800))
            d = self.ts(t)
            out.append("%s.%03d %5d %5d %s %s: %s" % (d.strftime("%m-%d %H:%M:%S"), d.microsecond // 1000, pid,
                                                    pid + r.randint(0, 40), l, tag, fill(msg, r)))
        self.files[fn] = "\n".join(out) + "\n"

    # --- glog (ADAS domain controller) -------------------------------------------------------
    def glog(self, fn, n, inj=(), extra=()):
        r = self.r
        n = int(n * 0.8)
        pool = GLOG_NOISE + list(extra)
        ev = [(t, r.choice(pool)) for t in self.times(n)] + list(inj)
        ev.sort(key=lambda x: x[0])
        d0 = self.ts(0)
        out = ["Log file created at: %s" % d0.strftime("%Y/%m/%d %H:%M:%S"),
               "Running on machine: adcu-proto-%02d" % (self.num % 17),
               "Log line format: [IWEF]mmdd hh:mm:ss.uuuuuu threadid file:line] msg"]
        for t, (l, src, msg) in ev:
            d = self.ts(t)
            out.append("%s%s %s %5d %s:%d] %s" % (l, d.strftime("%m%d"), d.strftime("%H:%M:%S.%f"), r.randint(2100, 2400),
                                                 src, (hash(src) % 400) + 20 if False else (sum(map(ord, src)) % 400) + 20, fill(msg, r)))
        self.files[fn] = "\n".join(out) + "\n"

    # --- syslog RFC 5424 ---------------------------------------------------------------------
    def syslog(self, fn, n, inj=(), extra=()):
        r = self.r
        pool = SYSLOG_NOISE + list(extra)
        ev = [(t, ("6",) + r.choice(pool)) for t in self.times(n)] + list(inj)
        ev.sort(key=lambda x: x[0])
        out = []
        for t, (sev, host, prog, msg) in ev:
            d = self.ts(t)
            out.append("<%d>1 %s.%03dZ %s %s %d - - %s" % (16 * 8 + int(sev), d.strftime("%Y-%m-%dT%H:%M:%S"), d.microsecond // 1000,
                                                          host, prog, 300 + sum(map(ord, prog)) % 900, fill(msg, r)))
        self.files[fn] = "\n".join(out) + "\n"

    # --- dmesg (relative) --------------------------------------------------------------------
    def dmesg(self, fn, n, inj=(), boot=0.0):
        r = self.r
        ev = [(t, r.choice(DMESG_NOISE)) for t in self.times(n)] + list(inj)
        ev.sort(key=lambda x: x[0])
        self.files[fn] = "".join("[%12.6f] %s\n" % (t + boot, fill(m, r)) for t, m in ev)

    # --- supplier plain trace, relative times ------------------------------------------------
    def rtrace(self, fn, n, inj=(), tag="SUP", extra=()):
        r = self.r
        pool = RTRACE_NOISE + list(extra)
        ev = [(t, r.choice(pool)) for t in self.times(n)] + list(inj)
        ev.sort(key=lambda x: x[0])
        out = ["# %s trace dump, t=0 at KL15 on, units s" % tag, "# sw %s.%d.%d" % (tag, self.num % 5, self.r.randint(10, 99))]
        out += ["+%011.4f %s" % (t, fill(m, r)) for t, m in ev]
        self.files[fn] = "\n".join(out) + "\n"

    # --- Vector ASC trace --------------------------------------------------------------------
    def asc(self, fn, n, w0, w1, ids, inj=(), silence=None, errors=()):
        r = self.r
        silence = silence or {}
        d0 = self.ts(w0)
        out = [d0.strftime("date %a %b %d %I:%M:%S.000 ") + d0.strftime("%p").lower() + d0.strftime(" %Y"),
               "base hex  timestamps absolute", "internal events logged", "// version 13.0.0",
               "Begin Triggerblock " + self.ts(w0).strftime("%a %b %d %I:%M:%S.000 %p %Y")]
        ev = []
        ctr = {}
        step = (w1 - w0) / n
        for k in range(n):
            t = w0 + k * step + r.uniform(0, step * 0.5)
            cid, ch, dlc = ids[k % len(ids)]
            s = silence.get(cid)
            if s and s[0] <= t <= s[1]:
                continue
            ctr[cid] = (ctr.get(cid, 0) + 1) % 16
            data = [r.randint(0, 255) for _ in range(dlc)]
            if dlc: data[-1] = ctr[cid] << 4 | (data[-1] & 0x0F)
            ev.append((t, "%d  %-15s Rx   d %d %s" % (ch, cid, dlc, " ".join("%02X" % b for b in data))))
        for t, ch in errors:
            ev.append((t, "%d  ErrorFrame" % ch))
        ev += list(inj)
        ev.sort(key=lambda x: x[0])
        out += ["%11.6f %s" % (t, s) for t, s in ev]
        out.append("End TriggerBlock")
        self.files[fn] = "\n".join(out) + "\n"

    # --- measurement CSV ---------------------------------------------------------------------
    def csv(self, fn, cols, period, t0=0.0, t1=None, style="rel", sep=","):
        r = self.r
        t1 = self.dur if t1 is None else t1
        names = [c[0] for c in cols]
        head = ("time_s" if style == "rel" else "timestamp")
        out = [sep.join([head] + names)]
        t = t0
        while t < t1:
            vals = []
            for name, fnc in cols:
                v = fnc(t, r)
                vals.append(v if isinstance(v, str) else ("%.3f" % v if abs(v) < 100 else "%.1f" % v))
            stamp = "%.2f" % t if style == "rel" else self.ts(t).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3]
            out.append(sep.join([stamp] + vals))
            t += period
        self.files[fn] = "\n".join(out) + "\n"

    # --- test management event export (JSONL) ------------------------------------------------
    def tm(self, fn, n, inj=(), campaign="PVS-24", site="public road", driver="TD-07"):
        r = self.r
        kinds = ["lap_marker", "gps_waypoint", "segment", "heartbeat", "annotation", "remark"]
        ev = []
        for t in self.times(n):
            k = r.choices(kinds, weights=[2, 6, 2, 8, 1, 2])[0]
            e = {"type": k}
            if k == "gps_waypoint":
                e["lat"] = round(48.7 + t / 90000 + r.uniform(0, 0.001), 6); e["lon"] = round(9.1 + r.uniform(0, 0.01), 6)
                e["speed_kph"] = round(self.v(t), 1)
            elif k == "heartbeat":
                e["logger"] = "DL-%d" % (self.num % 9 + 1); e["disk_free_gb"] = round(410 - t / 600, 1); e["status"] = "recording"
            elif k == "remark":
                e["source"] = "voice2text"; e["text"] = r.choice(VOICE_FILL); e["conf"] = round(r.uniform(0.7, 0.98), 2)
            elif k == "annotation":
                e["tag"] = r.choice(["known_issue", "comfort", "nvh", "ui"]); e["note"] = r.choice(
                    ["PRJ-4411 tolerated assert seen", "seat heater slow, known", "nvh hum 80kph, known", "cluster boot 6s"])
            elif k == "lap_marker":
                e["lap"] = int(t // 300) + 1
            else:
                e["segment"] = r.choice(["warmup", "urban", "rural", "motorway", "idle", "soak"])
            ev.append((t, e))
        ev += list(inj)
        ev.sort(key=lambda x: x[0])
        out = []
        for i, (t, e) in enumerate(ev):
            d = {"ts": self.ts(t).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z", "seq": i, "campaign": campaign,
                 "vehicle": "VP-%03d" % (100 + self.num), "site": site, "driver": driver}
            d.update(e)
            out.append(json.dumps(d, sort_keys=False))
        self.files[fn] = "\n".join(out) + "\n"

    # --- voice-to-text remarks ---------------------------------------------------------------
    def voice(self, fn, n, inj=()):
        r = self.r
        ev = [(t, r.choice(VOICE_FILL), round(r.uniform(0.55, 0.97), 2)) for t in self.times(n)]
        ev += [(t, s, 0.9) for t, s in inj]
        ev.sort(key=lambda x: x[0])
        out = ["# voice2text export, engine v3.2, lang en-GB, speaker diarisation on"]
        for t, s, c in ev:
            spk = "DRV" if r.random() < 0.7 else "CO"
            out.append("%s\t%s\t%.2f\t%s" % (self.ts(t).strftime("%H:%M:%S"), spk, c, s))
        self.files[fn] = "\n".join(out) + "\n"

    def write(self):
        d = os.path.join(SET, self.name)
        os.makedirs(d, exist_ok=True)
        for fn, txt in sorted(self.files.items()):
            with open(os.path.join(d, fn), "w", newline="\n") as f:
                f.write(txt)


# ----------------------------------------------------------------------------------------------
# helpers
def dtc_bytes(code, ftb=0):
    c = "PCBU".index(code[0])
    b0 = (c << 6) | (int(code[1], 16) << 4) | int(code[2], 16)
    return [b0, int(code[3:5], 16), ftb]


def uds_19_02(t, req_id, resp_id, dtcs, ch=1):
    """ISO-TP exchange for ReadDTCInformation reportDTCByStatusMask (0x19 0x02 0xFF)."""
    lines = [(t, "%d  %-15s Tx   d 8 03 19 02 FF 00 00 00 00" % (ch, req_id))]
    payload = [0x59, 0x02, 0xFF]
    for code, ftb, st in dtcs:
        payload += dtc_bytes(code, ftb) + [st]
    if len(payload) <= 7:
        data = [len(payload)] + payload + [0xAA] * (7 - len(payload))
        lines.append((t + 0.004, "%d  %-15s Rx   d 8 %s" % (ch, resp_id, " ".join("%02X" % b for b in data))))
        return lines
    L = len(payload)
    ff = [0x10 | (L >> 8), L & 0xFF] + payload[:6]
    lines.append((t + 0.004, "%d  %-15s Rx   d 8 %s" % (ch, resp_id, " ".join("%02X" % b for b in ff))))
    lines.append((t + 0.006, "%d  %-15s Tx   d 8 30 00 00 00 00 00 00 00" % (ch, req_id)))
    rest, sn, tt = payload[6:], 1, t + 0.008
    while rest:
        chunk, rest = rest[:7], rest[7:]
        data = [0x20 | (sn & 0xF)] + chunk + [0xAA] * (7 - len(chunk))
        lines.append((tt, "%d  %-15s Rx   d 8 %s" % (ch, resp_id, " ".join("%02X" % b for b in data))))
        sn += 1; tt += 0.002
    return lines


PT_IDS = [("0C9", 1, 8), ("1A0", 1, 8), ("1F5", 1, 8), ("2B0", 1, 8), ("3E9", 1, 8), ("17D", 1, 8), ("4F1", 1, 8), ("0A5", 1, 8)]
CH_IDS = [("1E9", 2, 8), ("1EA", 2, 8), ("1EB", 2, 8), ("1EC", 2, 8), ("0C1", 2, 8), ("0C5", 2, 8), ("2A0", 2, 6), ("18E", 2, 8)]
ADAS_IDS = [("300", 3, 8), ("301", 3, 8), ("302", 3, 8), ("310", 3, 8), ("3A0", 3, 8), ("3A1", 3, 8)]


def ramp(t, ta, tb, a, b):
    if t <= ta: return a
    if t >= tb: return b
    return a + (b - a) * (t - ta) / (tb - ta)


LABELS = []


def label(b, cat, sub, risk, acc, state, rcf, desc):
    LABELS.append({"batch": b.name, "category": cat, "subsystem": sub, "risk_level": risk, "risk_accept": acc,
                   "vehicle_state": state, "root_cause_file": rcf, "description": desc})


# ----------------------------------------------------------------------------------------------
# signal column factories; `over` maps column -> f(t, r, value) -> value
def _mk(cols, over):
    res = []
    for name, f in cols:
        if name in over:
            g = over[name]
            res.append((name, (lambda f, g: lambda t, r: g(t, r, f(t, r)))(f, g)))
        else:
            res.append((name, f))
    return res


def cols_bms(b, over=None, amb=20.0):
    v = b.v
    cur = lambda t, r: 1.9 * v(t) * (1 + 0.4 * math.sin(t / 5.0)) + r.gauss(0, 4)
    cols = [
        ("pack_v", lambda t, r: 398 - t / 400.0 - 0.05 * cur(t, r) + r.gauss(0, 0.3)),
        ("pack_i_a", cur),
        ("soc_pct", lambda t, r: 82 - t / 180.0),
        ("cell_v_min", lambda t, r: 3.93 - t / 48000.0 - 0.00012 * v(t) + r.gauss(0, 0.002)),
        ("cell_v_max", lambda t, r: 3.95 - t / 48000.0 - 0.0001 * v(t) + r.gauss(0, 0.002)),
        ("cell_min_idx", lambda t, r: str(r.choice([14, 15, 61, 88]))),
        ("t_cell_max_c", lambda t, r: amb + 6 + t / 400.0 + r.gauss(0, 0.2)),
        ("riso_kohm", lambda t, r: 2800 + r.gauss(0, 60)),
        ("contactor", lambda t, r: "CLOSED"),
    ]
    return _mk(cols, over or {})


def cols_thermal(b, over=None, amb=22.0):
    v = b.v
    cols = [
        ("amb_c", lambda t, r: amb + r.gauss(0, 0.1)),
        ("cool_inv_in_c", lambda t, r: amb + 12 + 8 * (1 - math.exp(-t / 400)) + 0.03 * v(t) + r.gauss(0, 0.2)),
        ("cool_inv_out_c", lambda t, r: amb + 15 + 9 * (1 - math.exp(-t / 400)) + 0.05 * v(t) + r.gauss(0, 0.2)),
        ("ewp1_rpm", lambda t, r: 3200 + 8 * v(t) + r.gauss(0, 25)),
        ("ewp1_i_a", lambda t, r: 3.1 + 0.004 * v(t) + r.gauss(0, 0.05)),
        ("fan_duty_pct", lambda t, r: min(100, max(0, 20 + (amb - 15) * 2 + r.gauss(0, 1)))),
        ("refr_hp_bar", lambda t, r: 9 + amb * 0.25 + r.gauss(0, 0.2)),
        ("refr_lp_bar", lambda t, r: 2.8 + r.gauss(0, 0.05)),
        ("cabin_c", lambda t, r: 22 + (amb - 22) * math.exp(-t / 300) + r.gauss(0, 0.1)),
    ]
    return _mk(cols, over or {})


def cols_chassis(b, over=None):
    v = b.v
    cols = [
        ("v_fl_kph", lambda t, r: v(t) + r.gauss(0, 0.15)),
        ("v_fr_kph", lambda t, r: v(t) + r.gauss(0, 0.15)),
        ("v_rl_kph", lambda t, r: v(t) + r.gauss(0, 0.15)),
        ("v_rr_kph", lambda t, r: v(t) + r.gauss(0, 0.15)),
        ("yaw_dps", lambda t, r: 4 * math.sin(t / 13.0) + r.gauss(0, 0.2)),
        ("ay_g", lambda t, r: 0.08 * math.sin(t / 13.0) + r.gauss(0, 0.01)),
        ("steer_deg", lambda t, r: 18 * math.sin(t / 13.0) + r.gauss(0, 0.5)),
        ("p_fl_kpa", lambda t, r: 252 + t / 900.0 + r.gauss(0, 0.6)),
        ("p_fr_kpa", lambda t, r: 251 + t / 900.0 + r.gauss(0, 0.6)),
        ("p_rl_kpa", lambda t, r: 268 + t / 900.0 + r.gauss(0, 0.6)),
        ("p_rr_kpa", lambda t, r: 267 + t / 900.0 + r.gauss(0, 0.6)),
        ("brk_p_bar", lambda t, r: max(0.0, 12 * math.sin(t / 9.0) - 6) + r.gauss(0, 0.05)),
    ]
    return _mk(cols, over or {})


def cols_lv(b, over=None):
    v = b.v
    cols = [
        ("u_kl30_v", lambda t, r: 14.1 + r.gauss(0, 0.04)),
        ("i_dcdc_a", lambda t, r: 38 + 0.05 * v(t) + 6 * math.sin(t / 21.0) + r.gauss(0, 1)),
        ("u_dcdc_hv_v", lambda t, r: 396 - t / 400.0 + r.gauss(0, 0.4)),
        ("t_dcdc_c", lambda t, r: 35 + 10 * (1 - math.exp(-t / 500)) + r.gauss(0, 0.2)),
        ("ibs_soc_pct", lambda t, r: 86 + r.gauss(0, 0.3)),
        ("ibs_i_a", lambda t, r: 1.2 + r.gauss(0, 0.4)),
        ("u_adcu_feed_v", lambda t, r: 13.9 + r.gauss(0, 0.05)),
    ]
    return _mk(cols, over or {})


def cols_pt(b, over=None):
    v = b.v
    cols = [
        ("veh_kph", lambda t, r: v(t) + r.gauss(0, 0.1)),
        ("mot_rpm", lambda t, r: v(t) * 85 + r.gauss(0, 5)),
        ("tq_req_nm", lambda t, r: 60 * math.sin(t / 6.0) + 40 + r.gauss(0, 2)),
        ("tq_act_nm", lambda t, r: 60 * math.sin((t - 0.05) / 6.0) + 40 + r.gauss(0, 2)),
        ("i_d_a", lambda t, r: -20 + r.gauss(0, 1.5)),
        ("i_q_a", lambda t, r: 2.1 * (60 * math.sin(t / 6.0) + 40) + r.gauss(0, 3)),
        ("t_igbt_c", lambda t, r: 48 + 14 * (1 - math.exp(-t / 600)) + r.gauss(0, 0.3)),
        ("t_stator_c", lambda t, r: 55 + 25 * (1 - math.exp(-t / 900)) + r.gauss(0, 0.3)),
        ("u_dc_v", lambda t, r: 395 - t / 400.0 + r.gauss(0, 0.5)),
    ]
    return _mk(cols, over or {})


def cols_ice(b, over=None):
    v = b.v
    cols = [
        ("veh_kph", lambda t, r: v(t) + r.gauss(0, 0.1)),
        ("eng_rpm", lambda t, r: 1500 + 18 * v(t) + r.gauss(0, 15)),
        ("gear", lambda t, r: str(min(7, 1 + int(v(t) // 22)))),
        ("tcu_in_rpm", lambda t, r: 1500 + 18 * v(t) + r.gauss(0, 15)),
        ("tcu_out_rpm", lambda t, r: (1500 + 18 * v(t)) / [4.4, 2.7, 1.8, 1.35, 1.0, 0.82, 0.68][min(6, int(v(t) // 22))] + r.gauss(0, 10)),
        ("clutch_p_bar", lambda t, r: 11.5 + r.gauss(0, 0.1)),
        ("atf_c", lambda t, r: 60 + 25 * (1 - math.exp(-t / 900)) + r.gauss(0, 0.2)),
        ("lambda", lambda t, r: 1.0 + r.gauss(0, 0.01)),
        ("ect_c", lambda t, r: min(92.0, 20 + t / 8.0) + r.gauss(0, 0.2)),
    ]
    return _mk(cols, over or {})


def dlt_ev(t, ecu, apid, ctid, lvl, msg):
    return (t, (ecu, apid, ctid, lvl, msg))


# ==============================================================================================
# HEALTHY
def h_endurance(n):
    b = Batch(n, 2400, "track")
    inj = [dlt_ev(300 * k + 2, "VCU1", "DIAG", "LAP", "info", "endurance lap %d closed, energy %.2f kWh" % (k, 3.1 + 0.1 * (k % 3))) for k in range(1, 8)]
    inj += [dlt_ev(1333.2, "BMS1", "BMSC", "THM", "warn", "cell T approaching 45C soft limit (44.1C) - cooling request raised"),
            dlt_ev(1401.0, "BMS1", "BMSC", "THM", "info", "cell T 41.8C, cooling request withdrawn")]
    b.dlt("vcu_bms_inv.dlt.txt", 1400, inj, ecus={"VCU1", "BMS1", "INV1", "TMM1", "XCP0"})
    b.csv("bms_1hz.csv", cols_bms(b, {"t_cell_max_c": lambda t, r, x: x + 8 * math.sin(t / 900) ** 2}), 2.0)
    b.tm("testmgmt_events.jsonl", 420, [(300 * k, {"type": "lap_marker", "lap": k, "lap_time_s": round(298 + b.r.uniform(-4, 4), 1)}) for k in range(1, 8)],
         site="Papenburg high-speed oval", driver="TD-03")
    b.write()
    label(b, "none", "none", "low", [], "driving", None,
          "Endurance laps on the oval; one cell-temperature soft-limit cooling request that withdrew itself within a minute plus tolerated prototype asserts. Healthy.")


def h_coldsoak(n):
    b = Batch(n, 3000, "park")
    inj = [dlt_ev(5, "BMS1", "BMSC", "THM", "warn", "Tcell_min -29.4C below charge window, regen/charge power set to 0 kW (by design)"),
           dlt_ev(6, "BMS1", "BMSC", "HTR", "info", "PTC pack heater ON 6.0kW target -10C"),
           dlt_ev(2400, "BMS1", "BMSC", "HTR", "info", "pack heater target reached Tcell_min -10.2C, heater OFF"),
           dlt_ev(2401, "BMS1", "BMSC", "THM", "info", "charge window restored, Pchg_max 42kW"),
           dlt_ev(40, "TMM1", "THRM", "CTRL", "warn", "coolant viscosity comp active, pump start ramp extended 8s"),
           dlt_ev(55, "BCM1", "BODY", "DOOR", "warn", "window 2 anti-pinch init retry 1 (ice) -> ok")]
    b.dlt("dlt_export_chamber.txt", 1100, inj, ecus={"BMS1", "TMM1", "BCM1", "VCU1"})
    b.csv("thermal_chamber_0p5hz.csv", cols_thermal(b, {"cool_inv_in_c": lambda t, r, x: ramp(t, 0, 2600, -29.0, 8.0) + r.gauss(0, .2),
                                                       "cool_inv_out_c": lambda t, r, x: ramp(t, 0, 2600, -28.0, 11.0) + r.gauss(0, .2),
                                                       "cabin_c": lambda t, r, x: ramp(t, 0, 1800, -29.0, 19.0)}, amb=-30.0), 2.0)
    b.tm("tm_export.jsonl", 330, [(1, {"type": "test_step", "step": "CS-30 soak 12h complete, KL15 on"}),
                                   (2990, {"type": "test_step", "step": "heat-up run finished", "result": "PASS"})],
         site="climate chamber KK2", driver="TE-11")
    b.write()
    label(b, "none", "none", "low", [], "test", None,
          "Climate-chamber -30C soak and heat-up: charge power zeroed by design until pack heater reached window, window-regulator ice retry succeeded. Healthy.")


def h_flashing(n):
    b = Batch(n, 900, "park")
    inj = []
    t = 30.0
    for ecu, rq, rs in [("BMS", "7E4", "7EC"), ("INV", "7E2", "7EA"), ("TMM", "7B0", "7B8")]:
        inj += [(t, "1  %-15s Tx   d 8 02 10 02 00 00 00 00 00" % rq), (t + .02, "1  %-15s Rx   d 8 06 50 02 00 32 01 F4 AA" % rs),
                (t + .5, "1  %-15s Tx   d 8 02 27 11 00 00 00 00 00" % rq), (t + .52, "1  %-15s Rx   d 8 06 67 11 3A 91 0C 7E AA" % rs),
                (t + .6, "1  %-15s Tx   d 8 06 27 12 55 12 C8 01 00" % rq), (t + .62, "1  %-15s Rx   d 8 02 67 12 AA AA AA AA AA" % rs),
                (t + 1.0, "1  %-15s Tx   d 8 10 0B 34 00 44 00 08 00" % rq), (t + 1.02, "1  %-15s Rx   d 8 03 7F 34 78 AA AA AA AA" % rs),
                (t + 1.3, "1  %-15s Rx   d 8 04 74 20 0F FF AA AA AA" % rs)]
        for k in range(12):
            inj.append((t + 2 + k * 0.9, "1  %-15s Tx   d 8 %02X %02X 36 %02X %s %s %s %s" % (rq, 0x10 | 0xF, 0xFF, (k + 1) & 0xFF, "AB", "CD", "EF", "01")))
            inj.append((t + 2.4 + k * 0.9, "1  %-15s Rx   d 8 02 76 %02X AA AA AA AA AA" % (rs, (k + 1) & 0xFF)))
        inj += [(t + 14, "1  %-15s Tx   d 8 01 37 00 00 00 00 00 00" % rq), (t + 14.1, "1  %-15s Rx   d 8 01 77 AA AA AA AA AA AA" % rs),
                (t + 15, "1  %-15s Tx   d 8 04 31 01 FF 01 00 00 00" % rq), (t + 15.2, "1  %-15s Rx   d 8 03 7F 31 78 AA AA AA AA" % rs),
                (t + 16.9, "1  %-15s Rx   d 8 05 71 01 FF 01 00 AA AA" % rs),
                (t + 17.5, "1  %-15s Tx   d 8 02 11 01 00 00 00 00 00" % rq), (t + 17.6, "1  %-15s Rx   d 8 02 51 01 AA AA AA AA AA" % rs)]
        t += 120
    b.asc("flash_session.asc", 1300, 0, 420, PT_IDS[:5], inj)
    tool = []
    for i, ecu in enumerate(["BMS1", "INV1", "TMM1"]):
        t0 = 30 + 120 * i
        tool += [(t0, "FLSH: %s session programming, seed/key ok" % ecu), (t0 + 1.1, "FLSH: %s requestDownload pending (NRC 0x78) - waiting" % ecu),
                 (t0 + 14, "FLSH: %s transfer complete 12 blocks crc 0x%08X" % (ecu, b.r.getrandbits(32))),
                 (t0 + 17, "FLSH: %s checkMemory positive, ECU reset" % ecu), (t0 + 22, "FLSH: %s sw version read back matches container" % ecu)]
    tool += [(152.0, "FLSH: INV1 TesterPresent timeout 1x, re-sent, session still active"), (420, "FLSH: job PVS-FL-%d finished 3/3 OK" % n)]
    b.rtrace("flashtool_trace.txt", 420, tool, tag="FLASHTOOL")
    inj2 = [dlt_ev(30 + 120 * i + 19, e, "BOOT", "STRT", "info", "startup after reprogramming, appl valid") for i, e in enumerate(["BMS1", "INV1", "TMM1"])]
    inj2 += [dlt_ev(30 + 120 * i + 20, "VCU1", "DIAG", "DEM", "warn", "U0111-00 lost comm BMS (during programming) -> stored as pending, cleared by tester") for i in range(1)]
    b.dlt("ecu_dlt.txt", 700, inj2, ecus={"VCU1", "BMS1", "INV1", "TMM1", "GW01"})
    b.write()
    label(b, "none", "none", "low", [], "test", None,
          "Workshop flashing day: three ECUs reprogrammed with responsePending NRCs, one TesterPresent retry and the expected comm-loss DTC while an ECU was in the bootloader, cleared afterwards. Healthy.")


def h_calib(n):
    b = Batch(n, 1800, "track")
    inj = []
    for k in range(40):
        t = 60 + k * 40
        inj.append(dlt_ev(t, "XCP0", "XCPS", "CAL", "info", "XCP DOWNLOAD addr 0x8004%04X len 4 map TqRmp_Gain[%d]=%.3f" % (k * 16, k % 8, 0.8 + 0.01 * k)))
        if k % 9 == 4:
            inj.append(dlt_ev(t + .3, "XCP0", "XCPS", "CAL", "warn", "XCP ERR_CMD_BUSY on SHORT_DOWNLOAD, retried -> ok"))
    inj += [dlt_ev(900, "XCP0", "XCPS", "CAL", "info", "page switch WP->RP, checksum 0x%08X stored" % 0x5A3C9911)]
    b.dlt("xcp_dlt.txt", 1200, inj, ecus={"VCU1", "INV1", "XCP0", "BMS1"})
    b.csv("pt_500ms.csv", cols_pt(b, {"tq_act_nm": lambda t, r, x: x * (0.95 + 0.0001 * min(t, 1500))}), 1.0, 0, 1800)
    b.voice("driver_remarks.tsv", 320, [(400, "pedal response a bit softer after that gain change"), (1200, "better now, tip in feels clean")])
    b.write()
    label(b, "none", "none", "low", [], "test", None,
          "Calibration day on the handling track: XCP writes to torque-ramp maps with busy retries that succeeded; driver comments on drivability only. Healthy.")


def h_quirks(n):
    b = Batch(n, 2700, "road")
    lc = [(700, ("E", "OEM_ProtoDebug", "assert cluster_sync.cpp:88 (tolerated PRJ-2190)")),
          (1500, ("W", "CarAudio", "audio focus timeout 500ms, retried ok")),
          (1504, ("E", "BtHfp", "SCO connect failed err 0x0d, retry 1 success"))]
    b.logcat("logcat_ivi.txt", 1500, lc)
    gl = [(900, ("W", "radar_if.cc", "radar_fc blind spot flag 1 cycle (spray), cleared")),
          (1800, ("E", "proto_debug.cc", "ASSERT lane_model.cc:412 tolerated (PRJ-5120 known), continuing"))]
    b.glog("adcu.INFO", 1300, gl)
    b.voice("voice_remarks.tsv", 340, [(710, "cluster flickered once, the known one"), (1810, "nothing felt on the wheel, drive on")])
    b.write()
    label(b, "none", "none", "low", [], "driving", None,
          "Public-road drive where every warning is a catalogued prototype quirk (tolerated asserts, BT retry, one spray cycle on radar). Healthy.")


def h_charging(n):
    b = Batch(n, 2400, "park")
    inj = [dlt_ev(20, "BMS1", "CHRG", "SLAC", "warn", "SLAC CM_SLAC_MATCH timeout, attempt 2"),
           dlt_ev(23, "BMS1", "CHRG", "SLAC", "info", "SLAC matched, NMK set, link up"),
           dlt_ev(30, "BMS1", "CHRG", "V2G", "info", "ISO15118 SessionSetup ok, EVSE ID DE*ABC*E1234"),
           dlt_ev(41, "BMS1", "CHRG", "V2G", "info", "CableCheck ok, PreCharge Uevse=396V"),
           dlt_ev(45, "BMS1", "BMSC", "CONT", "info", "DC charge contactors closed"),
           dlt_ev(2300, "BMS1", "CHRG", "V2G", "info", "SessionStop by user, Wh charged 38211"),
           dlt_ev(2302, "BMS1", "BMSC", "CONT", "info", "DC charge contactors open, weld check passed")]
    b.dlt("bms_dlt.txt", 1100, inj, ecus={"BMS1", "VCU1", "TMM1"})
    b.csv("bms_charge.csv", cols_bms(b, {"pack_i_a": lambda t, r, x: (-ramp(t, 40, 80, 0, 380) if t < 1500 else -ramp(t, 1500, 2300, 380, 90)) if 40 < t < 2300 else 0.0,
                                         "soc_pct": lambda t, r, x: min(95, 12 + max(0, t - 45) / 30.0)}), 4.0)
    b.syslog("tcu_syslog.log", 400, [(600, ("4", "tcu", "uploader", "chunk 1812 upload failed HTTP 503, backoff 30s")),
                                     (631, ("6", "tcu", "uploader", "chunk 1812 uploaded 2048kB"))])
    b.write()
    label(b, "none", "none", "low", [], "charging", None,
          "DC fast charge at the depot: one SLAC match retry and a transient upload 503 that succeeded after backoff; charge completed normally. Healthy.")


def h_sleepwake(n):
    b = Batch(n, 28800, "park")
    inj = [dlt_ev(10, "GW01", "GWAY", "NM", "info", "NM all nodes ready to sleep, bus sleep in 2s"),
           dlt_ev(12, "GW01", "GWAY", "NM", "info", "BUS SLEEP"),
           dlt_ev(14400, "GW01", "GWAY", "NM", "info", "wake-up by TCU (remote status request), partial network PN3"),
           dlt_ev(14400.8, "BCM1", "BODY", "PWR", "warn", "wakeup reason unknown bit set 0x04 (known PRJ-3302)"),
           dlt_ev(14460, "GW01", "GWAY", "NM", "info", "BUS SLEEP")]
    b.dlt("gw_bcm_dlt.txt", 600, inj, ecus={"GW01", "BCM1"})
    b.csv("lv_ibs_60s.csv", cols_lv(b, {"i_dcdc_a": lambda t, r, x: 0.0, "u_dcdc_hv_v": lambda t, r, x: 0.0,
                                        "u_kl30_v": lambda t, r, x: 12.62 - t / 300000 + (0.3 if 14400 < t < 14460 else 0) + r.gauss(0, 0.005),
                                        "ibs_i_a": lambda t, r, x: (-4.2 if 14400 < t < 14460 else -0.028) + r.gauss(0, 0.003),
                                        "ibs_soc_pct": lambda t, r, x: 84 - t / 20000, "u_adcu_feed_v": lambda t, r, x: 0.0}), 60.0)
    b.syslog("tcu_syslog.log", 350, [(14399, ("6", "tcu", "remoted", "remote status request from backend, waking vehicle")),
                                     (14410, ("4", "tcu", "modemd", "PDP context activation timeout, retry")), (14413, ("6", "tcu", "modemd", "PDP context up"))])
    b.write()
    label(b, "none", "none", "low", [], "parked", None,
          "Overnight parking: bus sleep, one remote-status wake with a PDP retry, back to sleep, quiescent current about 28 mA. Healthy.")


def h_tunnel(n):
    b = Batch(n, 1800, "highway")
    gl = [(700, ("W", "gnss_rx.cc", "GNSS fix lost (0 sats), switching to DR")),
          (702, ("I", "localization.cc", "dead-reckoning mode, odo+imu, cov_xy growing")),
          (760, ("W", "localization.cc", "cov_xy 1.8m > 1.5m, HD-map lane match carries")),
          (815, ("I", "gnss_rx.cc", "GNSS fix regained 3D 14 sats, RTK float")),
          (818, ("I", "localization.cc", "GNSS fused again, jump correction 0.6m"))]
    b.glog("adcu_localization.INFO", 1400, gl)
    b.logcat("logcat.txt", 900, [(701, ("W", "GnssHal", "no fix for 5s")), (816, ("I", "GnssHal", "fix restored"))])
    b.csv("chassis_10hz.csv", cols_chassis(b), 1.0)
    b.write()
    label(b, "none", "none", "low", [], "driving", None,
          "Motorway drive through a 2 km tunnel: GNSS loss, dead reckoning and re-acquisition exactly as designed. Healthy.")


def h_ota_none(n):
    b = Batch(n, 1200, "park")
    sl = [(60, ("6", "tcu", "otad", "campaign check: backend 200, 0 campaigns for VIN")),
          (61, ("6", "tcu", "otad", "nothing to install, next check in 24h")),
          (30, ("4", "tcu", "otad", "TLS handshake timeout to ota.proto.example, retry 1")),
          (35, ("6", "tcu", "otad", "TLS session established"))]
    b.syslog("tcu_syslog.log", 600, sl)
    b.logcat("logcat_ivi.txt", 800, [(62, ("I", "OtaClient", "no update available")), (300, ("W", "PackageManager", "dexopt skipped, low priority"))])
    b.dlt("gw_dlt.txt", 500, [dlt_ev(59, "GW01", "GWAY", "OTA", "info", "OTA master query to TCU, result: none")], ecus={"GW01", "BCM1", "VCU1"})
    b.write()
    label(b, "none", "none", "low", [], "parked", None,
          "Parked OTA check with a TLS retry; backend reports no campaign. Healthy.")


def h_hotclimate(n):
    b = Batch(n, 3000, "road")
    inj = [dlt_ev(1200, "TMM1", "THRM", "CTRL", "warn", "A/C compressor at 100% 8600rpm, cabin pull-down mode"),
           dlt_ev(1700, "INV1", "MCTL", "TEMP", "info", "T_igbt 96C, derate threshold 115C not reached"),
           dlt_ev(1900, "TMM1", "THRM", "CTRL", "info", "cabin target reached, compressor 55%")]
    b.dlt("dlt_hot.txt", 1300, inj, ecus={"TMM1", "INV1", "VCU1", "BMS1"})
    b.csv("thermal_1hz.csv", cols_thermal(b, {"fan_duty_pct": lambda t, r, x: 100.0 if t < 1900 else 78 + r.gauss(0, 1),
                                             "cabin_c": lambda t, r, x: max(23.0, 58 - t / 40.0) + r.gauss(0, .1)}, amb=44.0), 4.0)
    b.tm("tm_hot.jsonl", 360, [(10, {"type": "test_step", "step": "hot-climate road loop Death Valley, 45C"})], site="hot-climate trip", driver="TD-21")
    b.write()
    label(b, "none", "none", "low", [], "driving", None,
          "Hot-climate road loop at 44C: fans and compressor at maximum, temperatures high but below derate thresholds. Healthy.")


def h_coldstart_sensors(n):
    b = Batch(n, 1500, "city")
    gl = [(3, ("W", "lidar_roof.cc", "window T -14C, heater on, returns reduced (warm-up)")),
          (5, ("W", "camera_driver.cc", "cam_front exposure clamp, lens heater warming")),
          (8, ("W", "radar_if.cc", "radar_fc not calibrated yet (SOD running)")),
          (190, ("I", "lidar_roof.cc", "window heater steady, full point rate")),
          (260, ("I", "radar_if.cc", "radar_fc self-alignment converged 0.2deg")),
          (262, ("I", "fusion_node.cc", "all sensors AVAILABLE, features enabled"))]
    b.glog("adcu.INFO", 1200, gl)
    b.dmesg("adcu_dmesg.txt", 400, [(1.2, "thermal thermal_zone0: cold boot, cpu -18C"), (2.0, "tegra-camrtc: camera link retrain ok")], boot=4.0)
    b.voice("remarks.tsv", 320, [(15, "cold morning, ADAS grey for a few minutes as usual"), (270, "lane assist available now")])
    b.write()
    label(b, "none", "none", "low", [], "driving", None,
          "Cold-start city drive: lidar/camera heaters and radar self-alignment keep ADAS unavailable for about four minutes, then everything is available. Normal warm-up, healthy.")


def h_parking(n):
    b = Batch(n, 900, "city")
    b.v = lambda t: 6 + 4 * math.sin(t / 20) if t > 700 else max(0.0, 30 + 20 * math.sin(t / 40))
    gl = [(720, ("I", "park_assist.cc", "slot detected parallel 6.1m")),
          (731, ("W", "ultrasonic.cc", "crosstalk from third-party vehicle suppressed ch 7")),
          (733, ("W", "ultrasonic.cc", "ch 3 echo lost 2 cycles (curb)")),
          (760, ("I", "park_assist.cc", "manoeuvre complete, 3 moves"))]
    b.glog("adcu.INFO", 900, gl)
    b.logcat("logcat_ivi.txt", 700, [(721, ("I", "SurroundView", "rear camera stream started 30fps")), (761, ("I", "SurroundView", "stream stopped"))])
    b.csv("chassis_5hz.csv", cols_chassis(b), 1.0)
    b.write()
    label(b, "none", "none", "low", [], "driving", None,
          "City drive ending with an automated parallel park; ultrasonic crosstalk and curb echo loss are routine. Healthy.")


# ==============================================================================================
# BATTERY / BMS
def f_cell_sag(n):
    b = Batch(n, 2400, "road")
    # cell 47 sags under load only in the signal log
    def cmin(t, r, x):
        load = b.v(t) / 90.0
        return x - (0.004 + 0.00008 * t / 60) * load * 10
    b.csv("bms_cells_1hz.csv", cols_bms(b, {"cell_v_min": cmin, "cell_min_idx": lambda t, r, x: "47" if b.v(t) > 35 else x}), 2.0)
    b.dlt("dlt_vcu_bms.txt", 1300, ecus={"VCU1", "BMS1", "INV1", "TMM1"})
    b.voice("remarks.tsv", 330)
    b.write()
    label(b, "battery_bms", "cell", "low", ["medium"], "driving", "bms_cells_1hz.csv",
          "Cell 47 drops further below its neighbours whenever current flows and the gap grows over the drive (early-life high-resistance cell). No DTC or derate yet, so it only shows in the signal log: low.")


def f_iso_rain(n):
    b = Batch(n, 2100, "road")
    def riso(t, r, x):
        return x if t < 900 else max(62.0, 2800 * math.exp(-(t - 900) / 90.0)) + r.gauss(0, 3)
    inj = [dlt_ev(1180, "BMS1", "BMSC", "ISO", "warn", "Riso_neg 388 kOhm below warn 500 kOhm (Ohm/V 980)"),
           dlt_ev(1290, "BMS1", "BMSC", "ISO", "error", "isolation fault HV- to chassis, Riso 96kOhm < 100kOhm, DEM evt 0x0AA6 status 0x2F"),
           dlt_ev(1291, "BMS1", "BMSC", "PWR", "warn", "Pdis_max limited to 30kW by ISO supervisor"),
           dlt_ev(1292, "VCU1", "TQCO", "ARB", "warn", "propulsion limit from BMS, drive power reduced, turtle icon"),
           dlt_ev(1293, "VCU1", "DIAG", "DEM", "warn", "P0AA6-00 confirmed (from BMS1)"),
           dlt_ev(1295, "TMM1", "THRM", "CTRL", "warn", "PTC heater inhibited: HV iso state not OK"),
           dlt_ev(1296, "INV1", "MCTL", "FOC", "info", "torque limit 118Nm from VCU")]
    b.dlt("dlt_bms_vcu.txt", 1500, inj, ecus={"VCU1", "BMS1", "INV1", "TMM1"})
    b.csv("bms_1hz.csv", cols_bms(b, {"riso_kohm": riso}), 2.0)
    b.tm("testmgmt.jsonl", 330, [(850, {"type": "annotation", "tag": "weather", "note": "heavy rain, standing water on road"}),
                                  (1300, {"type": "remark", "source": "voice2text", "text": "reduced power symbol on cluster, car feels weak", "conf": 0.88})])
    b.write()
    label(b, "battery_bms", "hv_isolation", "high", ["medium"], "driving", "bms_1hz.csv",
          "After driving through standing water the HV- isolation resistance decays from 2.8 MOhm to under 100 kOhm; BMS sets P0AA6 and limits discharge power (derate). High.")


def f_contactor_weld(n):
    b = Batch(n, 1500, "city")
    inj = [dlt_ev(1390, "VCU1", "PWRM", "MAIN", "info", "KL15 off, HV shutdown requested"),
           dlt_ev(1390.4, "BMS1", "BMSC", "CONT", "info", "open MAIN+ ok, open MAIN- cmd"),
           dlt_ev(1391.2, "BMS1", "BMSC", "CONT", "error", "MAIN- aux feedback still CLOSED 800ms after open cmd; link voltage 371V not decaying"),
           dlt_ev(1391.3, "BMS1", "BMSC", "CONT", "error", "weld suspicion NEG contactor -> HV lock, next HV-ready inhibited"),
           dlt_ev(1391.5, "BMS1", "DIAG", "DEM", "error", "DTC 0x0AA4 00 status 0x09 stored"),
           dlt_ev(1392, "INV1", "MCTL", "DCH", "warn", "active discharge requested, Udc 371V -> 358V after 2s (blocked by closed path)"),
           dlt_ev(1395, "VCU1", "PWRM", "MAIN", "warn", "HV not de-energised, service message 'Drive system fault' to cluster")]
    b.dlt("dlt_all.txt", 1400, inj, ecus={"VCU1", "BMS1", "INV1", "BCM1", "GW01"})
    b.csv("bms_1hz.csv", cols_bms(b, {"contactor": lambda t, r, x: x if t < 1390 else "NEG_WELD?",
                                      "pack_i_a": lambda t, r, x: x if t < 1390 else r.gauss(0, 0.5)}), 3.0)
    b.asc("pt_can.asc", 1400, 1380, 1400, PT_IDS, uds_19_02(1399.0, "7E4", "7EC", [("P0AA4", 0x00, 0x09), ("P0A94", 0x00, 0x04)]))
    b.write()
    label(b, "battery_bms", "contactor", "medium", ["high"], "parked", "dlt_all.txt",
          "At key-off the negative main contactor stays closed (aux feedback and link voltage), BMS locks HV and inhibits next ready (P0AA4). Feature lost while parking -> high lowered to medium.")


def f_inlet_temp(n):
    b = Batch(n, 2400, "park")
    inj = [dlt_ev(30, "BMS1", "CHRG", "V2G", "info", "ISO15118 CurrentDemand loop start, Itarget 380A"),
           dlt_ev(610, "BMS1", "CHRG", "INLT", "warn", "DC inlet pin DC+ T 78C (DC- 41C), ramp limit"),
           dlt_ev(720, "BMS1", "CHRG", "INLT", "warn", "DC inlet DC+ 91C > 90C -> Ichg_max 120A"),
           dlt_ev(1100, "BMS1", "CHRG", "INLT", "warn", "DC inlet DC+ 94C, Ichg_max 60A, charge time prolonged"),
           dlt_ev(1101, "BMS1", "DIAG", "DEM", "warn", "P0E70-1C pending (inlet temp plausibility DC+ vs DC-)")]
    b.dlt("bms_charge_dlt.txt", 1200, inj, ecus={"BMS1", "VCU1", "TMM1"})
    def i(t, r, x):
        if t < 30: return 0.0
        if t < 720: return -ramp(t, 30, 90, 0, 380)
        if t < 1100: return -120.0 + r.gauss(0, 1)
        return -60.0 + r.gauss(0, 1)
    b.csv("bms_charge_2s.csv", cols_bms(b, {"pack_i_a": i}) + [("inlet_dcp_c", lambda t, r: min(94.5, 25 + max(0, t - 30) * 0.09) + r.gauss(0, .2)),
                                                                ("inlet_dcn_c", lambda t, r: min(42, 25 + max(0, t - 30) * 0.02) + r.gauss(0, .2))], 3.0)
    b.syslog("tcu_syslog.log", 350, [(1105, ("4", "tcu", "chargemon", "session estimated end moved +38min"))])
    b.write()
    label(b, "battery_bms", "charging", "medium", ["high"], "charging", "bms_charge_2s.csv",
          "During DC charging the DC+ inlet pin heats far beyond DC- (poor pin contact, early-life inlet); BMS cuts charge current from 380 A to 60 A. Derate while charging -> medium.")


# ==============================================================================================
# POWERTRAIN
def f_inv_flash_regress(n):
    b = Batch(n, 1800, "road")
    inj = [dlt_ev(2, "INV1", "BOOT", "STRT", "info", "appl SW INV_P23.41.2 (flashed yesterday) cal CAL_0x3B1"),
           dlt_ev(3, "INV1", "MCTL", "OFS", "info", "phase current offset learn: Iu=+0.1A Iv=+6.8A Iw=-0.2A (accepted, limit 8A)"),
           dlt_ev(640, "INV1", "MCTL", "FOC", "warn", "iq ripple 6th harmonic 14A pk at 3200rpm"),
           dlt_ev(655, "INV1", "MCTL", "PLAU", "error", "torque estimate vs request deviation 22Nm > 15Nm for 200ms"),
           dlt_ev(656, "INV1", "MCTL", "SAFE", "error", "ASIL torque monitor -> safe state degraded, Tmax 50%"),
           dlt_ev(657, "VCU1", "TQCO", "ARB", "warn", "inverter degraded flag, limp-home torque map"),
           dlt_ev(658, "VCU1", "DIAG", "DEM", "warn", "P0C51-00 from INV1 status 0x2F"),
           dlt_ev(659, "BCM1", "BODY", "HMI", "info", "cluster telltale: drive power reduced")]
    b.dlt("dlt_inv_vcu.txt", 1500, inj, ecus={"VCU1", "INV1", "BMS1", "BCM1"})
    b.csv("inv_pt_10hz.csv", cols_pt(b, {"tq_act_nm": lambda t, r, x: x + (9 * math.sin(t * 2 * math.pi * 4.8) * (b.v(t) / 60) if t > 400 else 0) - (0.5 * x if t > 656 and x > 0 else 0),
                                         "i_q_a": lambda t, r, x: x + (14 * math.sin(t * 30) if t > 400 else 0)}), 1.0)
    b.voice("voice_remarks.tsv", 320, [(630, "some shudder under acceleration, wasn't there last week"), (662, "reduced power warning now")])
    b.write()
    label(b, "powertrain", "inverter", "high", ["medium"], "driving", "dlt_inv_vcu.txt",
          "Inverter software flashed the day before accepts a large V-phase current offset at startup; torque ripple grows until the torque monitor puts the inverter in degraded mode (P0C51, limp map). High.")


def f_resolver(n):
    b = Batch(n, 2100, "road")
    inj = [dlt_ev(1010, "INV1", "MCTL", "RES", "warn", "resolver sin/cos magnitude 0.61 (min 0.70), 3 samples"),
           dlt_ev(1010.2, "INV1", "MCTL", "RES", "error", "rotor angle unreliable -> zero torque 120ms, observer mode"),
           dlt_ev(1010.4, "INV1", "MCTL", "RES", "info", "resolver magnitude back 0.93, torque re-enabled"),
           dlt_ev(1011, "VCU1", "TQCO", "ARB", "warn", "short torque interruption reported by INV1 (130ms)"),
           dlt_ev(1502, "INV1", "MCTL", "RES", "warn", "resolver sin/cos magnitude 0.66 (min 0.70), 2 samples, filtered"),
           dlt_ev(1503, "INV1", "DIAG", "DEM", "info", "P0A3F-1C test failed this cycle, pending")]
    b.dlt("dlt_drive.txt", 1400, inj, ecus={"VCU1", "INV1", "BMS1", "ESC1"})
    b.rtrace("inv_supplier_trace.txt", 700, [(1010.05, "RSLV: EXC ok, SIN 0.41 COS 0.46 MAG 0.61 (LOS)"), (1010.38, "RSLV: MAG 0.93 recovered"),
                                              (1502.0, "RSLV: MAG 0.66 (LOS filtered)")], tag="INV_T1")
    b.voice("remarks.tsv", 320, [(1012, "felt a jolt like a gear shift, only once")])
    b.write()
    label(b, "powertrain", "motor", "medium", ["high"], "driving", "dlt_drive.txt",
          "Resolver signal on the traction motor briefly loses amplitude, the inverter cuts torque for about 120 ms and recovers by itself; a second dip is filtered, P0A3F pending. Recovered by itself -> medium.")


def f_clutch_slip(n):
    b = Batch(n, 2400, "road")
    ratios = [4.4, 2.7, 1.8, 1.35, 1.0, 0.82, 0.68]
    def out(t, r, x):
        g = min(6, int(b.v(t) // 22))
        if g >= 3 and t > 700:
            slip = min(0.06, (t - 700) / 30000.0)
            return x * (1 - slip)
        return x
    b.csv("tcu_engine_20hz.csv", cols_ice(b, {"tcu_out_rpm": out, "atf_c": lambda t, r, x: x + max(0, (t - 700) / 200.0) if t > 700 else x}), 2.0)
    b.dlt("dlt_ecm_tcu.txt", 1300, ecus={"VCU1", "TMM1", "BCM1", "GW01"},
          extra=[("TCU1", "GEAR", "SHFT", "info", "shift {n}->{n} done {ms}ms"), ("ECM1", "ENG", "LAMB", "debug", "lambda ctrl closed loop trim {f}")])
    b.tm("tm.jsonl", 330)
    b.write()
    label(b, "powertrain", "transmission", "low", ["medium"], "driving", "tcu_engine_20hz.csv",
          "On this ICE prototype the gearbox output speed falls behind input/ratio in gears 4-7 from mid-drive on (clutch pack slip up to ~6%) with ATF temperature creeping up; no DTC, only in the measurement CSV: low.")


def f_misfire(n):
    b = Batch(n, 2000, "road")
    inj = [dlt_ev(800, "ECM1", "ENG", "MISF", "warn", "cyl3 seg time dev 4.1% (thr 2.5%), 12/1000 rev"),
           dlt_ev(980, "ECM1", "ENG", "MISF", "error", "cyl3 misfire rate 31/1000 rev catalyst-damaging, MIL flash"),
           dlt_ev(981, "ECM1", "ENG", "MISF", "error", "injector cyl3 cut-off, torque limit 70%"),
           dlt_ev(982, "ECM1", "ENG", "CAT", "warn", "cat temperature model 905C"),
           dlt_ev(990, "VCU1", "TQCO", "ARB", "warn", "REX power limit from ECM, EV share increased"),
           dlt_ev(1400, "ECM1", "ENG", "LAMB", "warn", "bank1 lambda lean trim +14% (cyl cut effect)")]
    b.dlt("dlt_rex.txt", 1300, inj, ecus={"VCU1", "BMS1", "TMM1"},
          extra=[("ECM1", "ENG", "LAMB", "debug", "lambda ctrl closed loop trim {f}"), ("ECM1", "ENG", "IGN", "verbose", "spark adv {n}.{n}deg cyl{n}")])
    b.asc("pt_can_diag.asc", 1500, 1500, 1530, PT_IDS, uds_19_02(1520.0, "7E0", "7E8", [("P0303", 0x00, 0x2F), ("P0300", 0x00, 0x24), ("P0420", 0x00, 0x04)]))
    b.csv("ecm_10hz.csv", cols_ice(b, {"eng_rpm": lambda t, r, x: x + (r.gauss(0, 60) if t > 800 else 0)}), 2.0)
    b.write()
    label(b, "powertrain", "ignition", "high", ["medium"], "driving", "dlt_rex.txt",
          "Range-extender engine: cylinder 3 misfire grows to catalyst-damaging rate, the ECM cuts that injector and limits engine torque (P0303 confirmed in the UDS readout). Derate -> high.")


# ==============================================================================================
# THERMAL
def f_pump_dry(n):
    b = Batch(n, 2400, "highway")
    def rpm(t, r, x): return x if t < 1100 else 6100 + r.gauss(0, 40)
    def cur(t, r, x): return x if t < 1100 else 0.9 + r.gauss(0, 0.05)
    def tin(t, r, x): return x if t < 1100 else x + min(38.0, (t - 1100) / 14.0)
    b.csv("tmm_signals_1hz.csv", cols_thermal(b, {"ewp1_rpm": rpm, "ewp1_i_a": cur, "cool_inv_in_c": tin, "cool_inv_out_c": tin}), 2.0)
    inj = [dlt_ev(1101, "TMM1", "THRM", "PUMP", "debug", "EWP1 LIN status: speed dev +2400rpm, load low"),
           dlt_ev(1500, "INV1", "MCTL", "TEMP", "warn", "T_igbt_w 118C, derate start"),
           dlt_ev(1502, "INV1", "MCTL", "TEMP", "error", "IGBT overtemp protection level 2, Tmax 40%"),
           dlt_ev(1503, "VCU1", "TQCO", "ARB", "error", "drive power strongly limited by inverter temperature"),
           dlt_ev(1504, "VCU1", "DIAG", "DEM", "warn", "P0A2F-00 (INV1) confirmed"),
           dlt_ev(1505, "BCM1", "BODY", "HMI", "info", "cluster: 'Drive power reduced - stop safely'"),
           dlt_ev(1520, "INV1", "MCTL", "TEMP", "error", "IGBT overtemp level 2 still active 124C"),
           dlt_ev(1600, "TMM1", "THRM", "CTRL", "warn", "inverter loop dT in/out 0.4K at max pump request (implausible)")]
    for k in range(30):
        inj.append(dlt_ev(1530 + k * 20, "INV1", "MCTL", "TEMP", "warn", "derate active T_igbt %dC" % (121 + k % 4)))
    b.dlt("dlt_full.txt", 1500, inj, ecus={"VCU1", "INV1", "TMM1", "BMS1", "BCM1"})
    b.voice("remarks.tsv", 320, [(1506, "big power loss on the motorway, pulling onto the hard shoulder")])
    b.write()
    label(b, "thermal", "pump", "high", ["critical"], "driving", "tmm_signals_1hz.csv",
          "Inverter coolant pump runs away (speed up, current collapses: dry running / impeller failure) long before the inverter floods the log with overtemperature derates. The loud inverter is the consequence; the pump is the cause. Derate -> high.")


def f_ac_leak(n):
    b = Batch(n, 3000, "road")
    def lp(t, r, x): return x - min(2.0, t / 1500.0)
    def hp(t, r, x): return x - min(6.0, t / 500.0)
    def cab(t, r, x): return max(24.0, 52 - t / 60.0) if t < 1900 else 24 + (t - 1900) / 90.0 + r.gauss(0, .1)
    b.csv("hvac_1hz.csv", cols_thermal(b, {"refr_lp_bar": lp, "refr_hp_bar": hp, "cabin_c": cab}, amb=41.0), 3.0)
    inj = [dlt_ev(1880, "TMM1", "THRM", "HVAC", "warn", "eKMV suction pressure 0.85bar < 1.0bar, compressor stop (protection)"),
           dlt_ev(1881, "TMM1", "THRM", "HVAC", "error", "refrigerant charge low suspected, A/C locked until next cycle"),
           dlt_ev(1882, "TMM1", "DIAG", "DEM", "warn", "B10E2-F0 stored"),
           dlt_ev(1890, "BMS1", "BMSC", "THM", "warn", "chiller unavailable, cell cooling via radiator only")]
    b.dlt("dlt_tmm.txt", 1400, inj, ecus={"TMM1", "BMS1", "VCU1"})
    b.logcat("logcat_ivi.txt", 900, [(1883, ("W", "ClimateUi", "A/C unavailable popup shown")), (2300, ("I", "ClimateUi", "setpoint sync zone 1 18.0"))])
    b.write()
    label(b, "thermal", "hvac", "high", ["medium"], "driving", "hvac_1hz.csv",
          "Refrigerant pressures sink steadily through a hot trip (slow leak) until the compressor locks out on low suction pressure; A/C and battery chiller are unavailable. Feature disabled -> high.")


def f_fan_stall(n):
    b = Batch(n, 2400, "track")
    def fan(t, r, x): return 85.0 + r.gauss(0, 1) if t > 500 else x
    def rad_out(t, r, x): return x + max(0, (t - 600) / 30.0) if t > 600 else x
    cols = cols_thermal(b, {"fan_duty_pct": fan, "cool_inv_out_c": rad_out, "cool_inv_in_c": rad_out}, amb=38.0) + [
        ("fan_rpm", lambda t, r: (2400 + r.gauss(0, 20)) if t < 600 else max(0.0, 2400 - (t - 600) * 40) + abs(r.gauss(0, 3)))]
    b.csv("chamber_thermal_1hz.csv", cols, 2.0)
    inj = [dlt_ev(612, "TMM1", "THRM", "FAN", "warn", "fan FB pwm period invalid (diag line)"),
           dlt_ev(1500, "TMM1", "THRM", "CTRL", "warn", "LT loop 68C > 65C, requesting powertrain derate"),
           dlt_ev(1510, "VCU1", "TQCO", "ARB", "warn", "thermal derate from TMM1, Pmax 60kW"),
           dlt_ev(1511, "TMM1", "DIAG", "DEM", "warn", "P0480-00 pending")]
    b.dlt("dlt_tmm_vcu.txt", 1400, inj, ecus={"TMM1", "VCU1", "INV1", "BMS1"})
    b.tm("chamber_run.jsonl", 350, [(1, {"type": "test_step", "step": "hot-chamber 38C dyno trailer-tow profile start"}),
                                     (1520, {"type": "test_step", "step": "derate observed, profile aborted", "result": "FAIL"})], site="climate chamber K4 with roller dyno")
    b.write()
    label(b, "thermal", "radiator", "medium", ["high"], "test", "chamber_thermal_1hz.csv",
          "Hot-chamber dyno run: the radiator fan keeps getting 85% duty but its speed winds down to zero (early-life fan motor failure); coolant climbs until the TMM requests a powertrain derate. Derate in test mode -> medium.")


def f_adcu_overtemp(n):
    b = Batch(n, 2400, "highway")
    gl = []
    for k in range(20):
        gl.append((600 + k * 40, ("I", "health_monitor.cc", "soc temp %dC fan %d rpm" % (72 + k, 0))))
    gl += [(1400, ("W", "health_monitor.cc", "SoC 94C: throttling GPU to 60%")),
           (1460, ("E", "camera_pipeline.cc", "cam_front frame drop 18% (pipeline late)")),
           (1470, ("E", "fusion_node.cc", "input latency cam 210ms > 120ms, object list stale")),
           (1471, ("E", "planner.cc", "perception degraded -> highway pilot unavailable, takeover request")),
           (1472, ("W", "hmi_bridge.cc", "TOR level 2 sent to cluster"))]
    for k in range(40):
        gl.append((1480 + k * 15, ("E", "camera_pipeline.cc", "frame drop %d%% cam_%s" % (15 + k % 9, ["front", "left", "right"][k % 3]))))
    b.glog("adcu.INFO", 1300, gl)
    b.dmesg("adcu_dmesg.txt", 500, [(590, "pwm-fan: tach 0 rpm at 100% duty"), (1399, "thermal thermal_zone1: critical-passive trip, gpu throttled"),
                                     (1401, "nvgpu: clocks capped 612MHz")], boot=3.0)
    b.voice("remarks.tsv", 320, [(1473, "pilot handed back, lots of alerts")])
    b.write()
    label(b, "thermal", "overtemp", "high", ["critical"], "driving", "adcu_dmesg.txt",
          "The ADAS controller's cooling fan reads 0 rpm and the SoC overheats, GPU throttling causes camera frame drops and the highway pilot hands over. Camera/fusion errors are loud but the root is controller overtemperature. Feature disabled -> high.")


# ==============================================================================================
# BRAKES / CHASSIS
def f_wss_loss(n):
    b = Batch(n, 1800, "road")
    T = 1020.0
    def fr(t, r, x):
        if t < T - 30: return x
        if t < T: return x * (0.0 if r.random() < 0.2 else 1.0)
        return 0.0
    b.csv("chassis_10hz.csv", cols_chassis(b, {"v_fr_kph": fr}), 0.5, 700, 1300)
    inj = [dlt_ev(T + .05, "ESC1", "CHAS", "WSS", "error", "WSS FR signal missing (active sensor current 0mA)"),
           dlt_ev(T + .06, "ESC1", "CHAS", "VDC", "error", "ABS/ESC passive, EBD keep"),
           dlt_ev(T + .07, "ESC1", "DIAG", "DEM", "error", "C0040-00 set, status 0x2B"),
           dlt_ev(T + .2, "VCU1", "TQCO", "ARB", "warn", "ESC not available -> regen brake limited, TCS off"),
           dlt_ev(T + .3, "EPS1", "STEE", "ASST", "warn", "vehicle speed source degraded, assist map fallback"),
           dlt_ev(T + .4, "BCM1", "BODY", "HMI", "warn", "telltales ABS ESC-OFF brake on")]
    b.dlt("dlt_chassis.txt", 1400, inj, ecus={"ESC1", "EPS1", "VCU1", "BCM1"})
    gl = [(T + .3, ("E", "acc_controller.cc", "ESC status FAILED -> ACC shut off, driver takeover")),
          (T + .31, ("E", "lka.cc", "vehicle dynamics input invalid, LKA off")),
          (T + .5, ("W", "hmi_bridge.cc", "TOR level 3, chime")),
          (T + 1, ("E", "fusion_node.cc", "ego motion from wheel odometry invalid, using IMU only"))]
    for k in range(30):
        gl.append((T + 2 + k * 6, ("E", "acc_controller.cc", "ACC unavailable: ESC state %d" % 4)))
    b.glog("adcu.INFO", 1200, gl)
    b.write()
    label(b, "brakes_chassis", "abs", "critical", ["high"], "driving", "chassis_10hz.csv",
          "The front-right wheel-speed signal drops out intermittently and then is lost; ESC goes passive (C0040), and ACC, LKA and regen are shut off. ADAS log is the loudest but the cause is the WSS. ABS/ESC lost while moving -> critical.")


def f_eps_thermal(n):
    b = Batch(n, 2400, "track")
    b.v = lambda t: 35 + 25 * abs(math.sin(t / 12))
    inj = [dlt_ev(900, "EPS1", "STEE", "TEMP", "info", "motor winding est 98C"),
           dlt_ev(1300, "EPS1", "STEE", "TEMP", "warn", "motor winding est 131C, assist derate 80%"),
           dlt_ev(1500, "EPS1", "STEE", "TEMP", "warn", "winding est 142C, assist derate 55%, C0545-4B"),
           dlt_ev(1501, "BCM1", "BODY", "HMI", "warn", "steering assist reduced telltale")]
    b.dlt("dlt_eps.txt", 1400, inj, ecus={"EPS1", "ESC1", "VCU1", "BCM1"})
    b.csv("chassis_5hz.csv", cols_chassis(b, {"steer_deg": lambda t, r, x: 140 * math.sin(t / 3.0) + r.gauss(0, 1)}) +
          [("eps_assist_pct", lambda t, r: 100.0 if t < 1300 else (80.0 if t < 1500 else 55.0)), ("eps_i_a", lambda t, r: 60 + 20 * abs(math.sin(t / 3)) + r.gauss(0, 1))], 2.0)
    b.voice("remarks.tsv", 320, [(1320, "steering heavy in the slalom"), (1505, "steering warning lamp, heavy, stopping the test")])
    b.write()
    label(b, "brakes_chassis", "eps", "high", ["critical", "medium"], "driving", "dlt_eps.txt",
          "Handling-track slalom overloads the EPS motor; thermal model crosses its limits and assist is cut to 55% with C0545. Reduced steering assist (derate) while driving -> high.")


def f_tpms_slow(n):
    b = Batch(n, 3000, "highway")
    b.csv("chassis_tpms_1hz.csv", cols_chassis(b, {"p_rl_kpa": lambda t, r, x: x - t / 60.0 * 0.9}), 5.0)
    b.dlt("dlt_body.txt", 1300, ecus={"BCM1", "ESC1", "GW01", "VCU1"},
          extra=[("BCM1", "TPMS", "RX", "debug", "TPMS frame id 0x{x8} rssi -{n}{n}dBm")])
    b.tm("tm.jsonl", 340)
    b.write()
    label(b, "brakes_chassis", "tpms", "low", ["medium"], "driving", "chassis_tpms_1hz.csv",
          "Rear-left tyre pressure falls about 0.9 kPa per minute (268 to ~225 kPa) on a motorway run while the others rise with temperature: slow puncture. No warning yet, only in the signal log: low.")


def f_booster_plaus(n):
    b = Batch(n, 1800, "city")
    inj = [dlt_ev(777, "IBK1", "BRKB", "PRES", "warn", "MC pressure sensor 2 vs 1 dev 18bar (thr 12bar)"),
           dlt_ev(777.1, "IBK1", "BRKB", "PRES", "error", "plausibility fail -> fallback to pedal-travel control, boost curve B"),
           dlt_ev(777.2, "ESC1", "CHAS", "VDC", "warn", "booster degraded flag, ESC pre-fill off"),
           dlt_ev(779.5, "IBK1", "BRKB", "PRES", "info", "sensor 2 plausible again 40 cycles, normal boost restored"),
           dlt_ev(780, "IBK1", "DIAG", "DEM", "info", "C1B21-64 test failed this cycle (not confirmed)")]
    b.dlt("dlt_brake.txt", 1400, inj, ecus={"ESC1", "VCU1", "BCM1", "EPS1"},
          extra=[("IBK1", "BRKB", "CTRL", "debug", "boost ctrl p_mc={n}{n}bar travel {n}.{n}mm")])
    b.csv("brake_50hz.csv", cols_chassis(b, {"brk_p_bar": lambda t, r, x: x + (18 if 776.8 < t < 779.4 and x > 1 else 0)}), 0.5, 600, 900)
    b.voice("remarks.tsv", 320, [(781, "pedal went long for a second at the junction, then normal")])
    b.write()
    label(b, "brakes_chassis", "brakes", "medium", ["high"], "driving", "dlt_brake.txt",
          "Brake booster's second master-cylinder pressure sensor disagrees for ~2.5 s; the booster falls back to travel control and then recovers on its own (C1B21 test failed, not confirmed). Recovered -> medium.")


# ==============================================================================================
# BODY
def f_oc_mat(n):
    b = Batch(n, 2100, "road")
    inj = [dlt_ev(402, "ACU1", "ACU", "OCS", "warn", "OC mat resistance 4.9kOhm out of band (1.2..3.5)"),
           dlt_ev(404, "ACU1", "ACU", "OCS", "error", "passenger classification unknown -> PAB deployment suppressed, lamp ON"),
           dlt_ev(405, "ACU1", "DIAG", "DEM", "error", "B1A5B-1E confirmed status 0x09"),
           dlt_ev(406, "BCM1", "BODY", "HMI", "warn", "airbag warning lamp + PASSENGER AIRBAG OFF indicator"),
           dlt_ev(407, "GW01", "GWAY", "ROUT", "info", "ACU event frame routed to TCU (eCall data set update)")]
    b.dlt("dlt_body_acu.txt", 1400, inj, ecus={"BCM1", "GW01", "VCU1"},
          extra=[("ACU1", "ACU", "CYC", "debug", "squib loop R {n}.{n}Ohm ok"), ("ACU1", "ACU", "OCS", "verbose", "OC mat R {n}.{n}kOhm class ADULT")])
    b.logcat("logcat.txt", 900, [(406, ("I", "ClusterBridge", "telltale AIRBAG on"))])
    b.voice("remarks.tsv", 310, [(410, "airbag light on, colleague in passenger seat, seat had been moved earlier")])
    b.write()
    label(b, "body", "airbag", "high", ["critical"], "driving", "dlt_body_acu.txt",
          "Passenger occupant-classification mat goes out of range; the airbag unit suppresses the passenger airbag and lights the lamp (B1A5B). Safety function disabled while driving -> high (critical arguable).")


def f_door_lock(n):
    b = Batch(n, 1500, "city")
    inj = [dlt_ev(1402, "BCM1", "BODY", "LOCK", "info", "remote lock request key fob #1"),
           dlt_ev(1402.6, "BCM1", "BODY", "LOCK", "warn", "rear left latch motor: stall current not reached, Hall position UNLOCKED"),
           dlt_ev(1403.8, "BCM1", "BODY", "LOCK", "warn", "RL retry 1: motor current 0.1A (open load)"),
           dlt_ev(1405, "BCM1", "BODY", "LOCK", "error", "RL lock failed, vehicle NOT secured, alarm not armed"),
           dlt_ev(1405.1, "BCM1", "DIAG", "DEM", "error", "B1451-13 confirmed"),
           dlt_ev(1406, "GW01", "GWAY", "ROUT", "info", "lock status to TCU: partially locked")]
    b.dlt("dlt_bcm.txt", 1300, inj, ecus={"BCM1", "GW01", "VCU1"})
    b.syslog("tcu_syslog.log", 400, [(1407, ("4", "tcu", "remoted", "push 'vehicle not locked' to app"))])
    b.write()
    label(b, "body", "doors", "medium", ["high", "low"], "parked", "dlt_bcm.txt",
          "On parking the rear-left latch motor draws no current (open load, early-life actuator); vehicle stays partly unlocked and alarm is not armed (B1451). Feature lost while parked -> medium.")


def f_lowbeam(n):
    b = Batch(n, 2400, "road", base=_dt.datetime(2026, 11, 17, 21, 10, 4))
    inj = [dlt_ev(1200, "HLL1", "LGT", "DRV", "warn", "LED driver ch LB string voltage 19.2V (exp 27V) - short in string?"),
           dlt_ev(1200.2, "HLL1", "LGT", "DRV", "error", "LB channel switched off by protection"),
           dlt_ev(1200.4, "BCM1", "BODY", "LGT", "warn", "left headlamp LB fault via LIN, substitute: DRL dimmed + fog on"),
           dlt_ev(1201, "BCM1", "DIAG", "DEM", "error", "B1B03-11 confirmed"),
           dlt_ev(1202, "GW01", "GWAY", "ROUT", "info", "matrix beam disabled, HMI message")]
    b.dlt("dlt_lighting.txt", 1300, inj, ecus={"BCM1", "GW01", "VCU1"},
          extra=[("HLL1", "LGT", "DRV", "debug", "LED T {t}C pwm {p}%")])
    b.voice("remarks.tsv", 330, [(1205, "left headlight went dark, on a country road at night, slowing down")])
    b.tm("tm.jsonl", 320)
    b.write()
    label(b, "body", "lighting", "high", ["critical", "medium"], "driving", "dlt_lighting.txt",
          "At night the left headlamp's low-beam LED string shorts; the driver module shuts the channel off and the BCM substitutes (B1B03). Function lost while moving at night -> high.")


def f_touch_i2c(n):
    b = Batch(n, 1800, "road")
    lc = []
    T = 800
    lc += [(T, ("E", "touch_ctrl", "i2c-3 addr 0x4a NACK, reading report failed")),
           (T + .1, ("E", "touch_ctrl", "controller reset, reinit firmware 3.2")),
           (T + 2, ("W", "InputDispatcher", "no touch events from /dev/input/event2"))]
    for k in range(60):
        lc.append((T + 5 + k * 10, ("E", "ActivityManager" if k % 3 else "InputDispatcher",
                                    "ANR in com.oem.launcher (Input dispatching timed out)" if k % 3 else "channel 'Launcher' not responding")))
    lc += [(T + 620, ("I", "touch_ctrl", "i2c-3 addr 0x4a ACK, reports resumed"))]
    b.logcat("logcat_ivi.txt", 1500, lc)
    b.dmesg("ivi_dmesg.txt", 500, [(T - 0.2, "i2c i2c-3: controller timed out, SDA held low"),
                                  (T + 0.05, "atmel_mxt_ts 3-004a: __mxt_read_reg: i2c transfer failed (-121)"),
                                  (T + 619, "atmel_mxt_ts 3-004a: Family: 166 Variant: 20 Firmware V3.2")], boot=12.0)
    b.voice("remarks.tsv", 310, [(T + 10, "central screen frozen to touch, knobs still work"), (T + 625, "screen responds again")])
    b.write()
    label(b, "body", "hmi", "medium", ["low", "high"], "driving", "ivi_dmesg.txt",
          "The central display's touch controller bus hangs (SDA held low, NACKs); for ~10 min the launcher floods ANRs, then touch recovers by itself. ANRs are the echo, the HMI hardware is the cause. Recovered -> medium.")


# ==============================================================================================
# ADAS / PERCEPTION
def f_cam_heater(n):
    b = Batch(n, 2400, "road")
    gl = [(20, ("W", "camera_driver.cc", "cam_front lens heater current 0.00A at duty 100% (expected 0.6A)")),
          (600, ("W", "camera_driver.cc", "cam_front contrast index 0.31 (fogging?)")),
          (900, ("E", "camera_driver.cc", "cam_front blockage classifier: CONDENSATION 0.87")),
          (901, ("E", "lka.cc", "front camera degraded -> LKA/TSR unavailable")),
          (902, ("W", "hmi_bridge.cc", "msg 'camera view restricted'"))]
    for k in range(25):
        gl.append((910 + k * 50, ("W", "camera_driver.cc", "cam_front blockage CONDENSATION %.2f" % (0.8 + 0.005 * k))))
    b.glog("adcu.INFO", 1300, gl)
    b.csv("cam_front_stats_1hz.csv", [("contrast", lambda t, r: max(0.18, 0.72 - max(0, t - 300) / 1200.0) + r.gauss(0, .01)),
                                     ("lens_heater_a", lambda t, r: abs(r.gauss(0, 0.005))), ("lens_heater_duty", lambda t, r: 100.0),
                                     ("amb_c", lambda t, r: -6 + r.gauss(0, .1)), ("exposure_us", lambda t, r: 8000 + r.gauss(0, 200))], 3.0)
    b.voice("remarks.tsv", 320, [(905, "lane assist dropped, camera area on the windscreen is misted inside")])
    b.write()
    label(b, "adas_perception", "camera", "high", ["medium"], "driving", "cam_front_stats_1hz.csv",
          "Front-camera lens heater draws no current from the start (early-life heater failure); in -6C the camera window mists, the blockage detector trips and LKA/TSR are disabled. Feature disabled -> high.")


def f_radar_misalign(n):
    b = Batch(n, 2700, "highway")
    gl = [(300, ("I", "radar_if.cc", "radar_fc online alignment azimuth -0.4deg")),
          (900, ("W", "radar_if.cc", "radar_fc alignment azimuth -2.1deg, stationary-target residual high")),
          (1500, ("W", "radar_if.cc", "radar_fc alignment azimuth -3.4deg (limit 3.0)")),
          (1502, ("E", "radar_if.cc", "radar_fc MISALIGNED -> blind (SGU code 0x1C31)")),
          (1503, ("E", "acc_controller.cc", "front radar not available -> ACC/AEB-radar off")),
          (1504, ("W", "hmi_bridge.cc", "ACC unavailable message"))]
    b.glog("adcu.INFO", 1400, gl)
    b.csv("radar_align_1hz.csv", [("az_deg", lambda t, r: -0.4 - max(0, t - 250) / 760.0 + r.gauss(0, 0.05)),
                                 ("el_deg", lambda t, r: 0.1 + r.gauss(0, 0.03)), ("n_stat_targets", lambda t, r: str(r.randint(8, 40))),
                                 ("yaw_rate_dps", lambda t, r: r.gauss(0, 0.3))], 3.0)
    b.tm("tm.jsonl", 330, [(100, {"type": "annotation", "tag": "workshop", "note": "front bumper refitted yesterday (paint)"})])
    b.write()
    label(b, "adas_perception", "radar", "high", ["medium"], "driving", "radar_align_1hz.csv",
          "After a bumper refit the front radar's azimuth drifts out as it settles (-0.4 to -3.4 deg) until the radar declares itself misaligned and ACC is disabled. Feature disabled -> high.")


def f_lidar_rpm(n):
    b = Batch(n, 2100, "road")
    b.csv("lidar_stats_2hz.csv", [("rpm", lambda t, r: 600 - max(0, t - 500) / 40.0 + r.gauss(0, 1.5)),
                                 ("points_k", lambda t, r: 128 * (600 - max(0, t - 500) / 40.0) / 600 + r.gauss(0, 1)),
                                 ("motor_i_a", lambda t, r: 0.8 + max(0, t - 500) / 3000.0 + r.gauss(0, .01)),
                                 ("window_c", lambda t, r: 31 + r.gauss(0, .2)), ("drop_pct", lambda t, r: abs(r.gauss(0, .2)))], 2.0)
    b.glog("adcu.INFO", 1300, extra=[("I", "lidar_roof.cc", "scan {seq} ok")])
    b.voice("remarks.tsv", 300)
    b.write()
    label(b, "adas_perception", "lidar", "low", ["medium"], "driving", "lidar_stats_2hz.csv",
          "Roof lidar spin rate sags from 600 to ~560 rpm while motor current rises (bearing wear), point count falling. No error anywhere, visible only in the lidar stats: low.")


def f_fusion_tsync(n):
    b = Batch(n, 2400, "highway")
    gl = [(2, ("I", "main.cc", "ADCU SW build 24.11.3-rc2 (OTA installed yesterday) starting")),
          (4, ("I", "fusion_node.cc", "radar timestamp source = RECEIVE_TIME (config fusion.yaml rev 88)")),
          (5, ("W", "time_sync.cc", "radar_fc timestamps not gPTP-stamped; using arrival time")),
          (1301, ("W", "fusion_node.cc", "track 412 range-rate inconsistency 3.9m/s")),
          (1302, ("E", "aeb_arbiter.cc", "ghost object 36m ahead TTC 1.4s from radar-only track 412")),
          (1302.1, ("E", "acc_controller.cc", "emergency decel request -4.2m/s2 (phantom)")),
          (1303.2, ("W", "aeb_arbiter.cc", "driver override accelerator, braking released")),
          (1304, ("E", "fusion_node.cc", "consistency monitor: radar/camera latency mismatch 140ms -> ACC inhibited for drive cycle"))]
    for k in range(50):
        gl.append((600 + k * 30, ("W", "fusion_node.cc", "association residual high radar vs cam (%d ms skew)" % (120 + k % 30))))
    b.glog("adcu_fusion.INFO", 1400, gl)
    b.csv("ego_10hz.csv", cols_chassis(b, {"brk_p_bar": lambda t, r, x: 38.0 if 1302.1 < t < 1303.2 else 0.0 + abs(r.gauss(0, .05))}), 0.5, 1000, 1500)
    b.voice("remarks.tsv", 320, [(1304, "phantom brake on an empty motorway, hard one")])
    b.write()
    label(b, "adas_perception", "fusion", "high", ["critical"], "driving", "adcu_fusion.INFO",
          "New ADAS build stamps radar objects with arrival time instead of gPTP time; radar/camera skew corrupts fusion, a ghost object causes a phantom emergency brake and ACC is inhibited. Feature disabled after unwanted braking -> high (critical arguable).")


# ==============================================================================================
# CONNECTIVITY / NETWORK
def f_gw_reboot(n):
    b = Batch(n, 1800, "road")
    T = 1222.0
    sil = {cid: (T, T + 1.9) for cid, _, _ in PT_IDS + CH_IDS if cid not in ("0C9", "1E9")}
    inj = [(T - 0.01, "1  0C9             Rx   d 8 00 00 00 00 00 00 00 F0")]
    b.asc("vehicle_bus.asc", 5000, T - 20, T + 20, PT_IDS + CH_IDS, inj, silence=sil)
    dl = [dlt_ev(T - .02, "GW01", "GWAY", "CORE", "fatal", "MPU violation core1 task RoutingMain addr 0x70012ac4 -> SW reset")]
    for k, e in enumerate(["VCU1", "BMS1", "ESC1", "EPS1", "BCM1", "TMM1", "INV1"]):
        dl.append(dlt_ev(T + .3 + k * .05, e, "DIAG", "DEM", "error", "U0146-00 lost communication with gateway (timeout)" if k % 2 else "Rx timeout all PDUs from GW, substitute values"))
    dl += [dlt_ev(T + 1.95, "GW01", "BOOT", "STRT", "info", "startup reason SW_RESET (MPU), routing up 1.9s"),
           dlt_ev(T + 2.5, "VCU1", "TQCO", "ARB", "warn", "comm restored, torque ramp-in 2s")]
    b.dlt("dlt_ecus.txt", 1400, dl, ecus={"GW01", "VCU1", "BMS1", "ESC1", "EPS1", "BCM1", "TMM1"})
    b.glog("adcu.INFO", 900, [(T + .2, ("E", "can_bridge.cc", "vehicle CAN all rx timeout")), (T + .25, ("E", "acc_controller.cc", "ego signals lost -> ACC off")),
                              (T + 2.1, ("I", "can_bridge.cc", "vehicle CAN rx ok"))])
    b.write()
    label(b, "connectivity_network", "gateway", "medium", ["high"], "driving", "dlt_ecus.txt",
          "Central gateway takes an MPU fault and resets; every ECU behind it logs lost communication for ~2 s and ACC drops, then all recovers. The gateway line comes first and is the cause. Recovered by itself -> medium.")


def f_adas_can_term(n):
    b = Batch(n, 2000, "road")
    errs = [(1100.05, 3)] + [(1100 + b.r.uniform(0.1, 20), 3) for _ in range(140)]
    sil = {"300": (1112, 1120), "301": (1112, 1120), "302": (1112, 1120)}
    b.asc("adas_can3.asc", 3000, 1095, 1125, ADAS_IDS + CH_IDS[:2], silence=sil, errors=errs)
    gl = [(1108, ("W", "radar_if.cc", "radar_fc CRC/alive errors 14/s")), (1112, ("E", "radar_if.cc", "radar_fc rx timeout 300ms -> radar unavailable")),
          (1112.2, ("E", "acc_controller.cc", "front radar not available -> ACC off")), (1120.5, ("I", "radar_if.cc", "radar_fc rx resumed")),
          (1160, ("E", "radar_if.cc", "radar_fc rx timeout again")), (1161, ("E", "acc_controller.cc", "ACC inhibited rest of cycle (3 losses)"))]
    for k in range(40):
        gl.append((1121 + k * 3, ("W", "radar_if.cc", "radar_fc alive counter jump")))
    b.glog("adcu.INFO", 1300, gl)
    b.dmesg("adcu_dmesg.txt", 400, [(1100.5 + k, "mttcan c320000.mttcan can2: bus-error, error-warning state") for k in range(6)] +
            [(1111.9, "mttcan c320000.mttcan can2: entered error passive state"), (1112.0, "mttcan c320000.mttcan can2: bus-off"),
             (1120.3, "mttcan c320000.mttcan can2: restarted")], boot=2.0)
    b.write()
    label(b, "connectivity_network", "can", "high", ["medium"], "driving", "adas_can3.asc",
          "The private radar CAN shows bursts of error frames (degraded termination/connector), the ADCU controller goes error-passive then bus-off and radar frames stop; radar logs are loud but the bus is the cause. ACC disabled -> high.")


def f_eth_link(n):
    b = Batch(n, 2100, "road")
    sl = [(900, ("4", "gw", "ethswitch", "port 3 (cam_front) SQI 3/7")), (950, ("3", "gw", "ethswitch", "port 3 link DOWN")),
          (950.4, ("5", "gw", "ethswitch", "port 3 link UP 100BASE-T1 slave")), (1010, ("3", "gw", "ethswitch", "port 3 link DOWN")),
          (1010.6, ("5", "gw", "ethswitch", "port 3 link UP"))]
    for k in range(20):
        sl.append((1020 + k * 25, ("3" if k % 2 == 0 else "5", "gw", "ethswitch", "port 3 link %s" % ("DOWN" if k % 2 == 0 else "UP"))))
        sl.append((1020 + k * 25 + 1, ("4", "gw", "ethswitch", "port 3 SQI %d/7 rx_crc %d" % (2 + k % 2, 30 + k))))
    b.syslog("gw_syslog.log", 700, sl)
    gl = [(950.1, ("E", "camera_driver.cc", "cam_front stream timeout 300ms")), (951, ("W", "camera_driver.cc", "cam_front stream resumed")),
          (1010.2, ("E", "camera_driver.cc", "cam_front stream timeout")), (1030, ("E", "lka.cc", "front camera intermittent -> LKA off for cycle"))]
    for k in range(40):
        gl.append((1020 + k * 12, ("E", "camera_driver.cc", "cam_front frame gap %d ms" % (150 + 10 * (k % 9)))))
    b.glog("adcu.INFO", 1300, gl)
    b.voice("remarks.tsv", 300, [(1035, "lane keeping off, message about camera")])
    b.write()
    label(b, "connectivity_network", "ethernet", "high", ["medium"], "driving", "gw_syslog.log",
          "The 100BASE-T1 link from the front camera degrades (SQI falling, CRC errors) and flaps; camera stream timeouts follow and LKA is switched off. Link, not camera, is the cause. Feature disabled -> high.")


def f_cell_antenna(n):
    b = Batch(n, 2400, "road")
    sl = [(400, ("4", "tcu", "modemd", "rsrp -121 dBm main ant, div ant -88 (imbalance 33dB)")),
          (401, ("4", "tcu", "modemd", "antenna diag: main ANT open-circuit suspected (DC 0mA)"))]
    for k in range(30):
        sl.append((500 + k * 60, ("3", "tcu", "modemd", "registration lost, searching (EMM cause 15)" if k % 2 == 0 else "registered LTE band 3 rsrp -118")))
    sl += [(800, ("3", "tcu", "ecalld", "eCall self-test: network not available -> eCall lamp ON")),
           (802, ("3", "tcu", "uploader", "queue 412 chunks, uplink down"))]
    b.syslog("tcu_syslog.log", 800, sl)
    b.logcat("logcat_ivi.txt", 900, [(805, ("W", "ConnectivityService", "MOBILE lost")), (806, ("W", "NavEngine", "online traffic unavailable"))])
    b.dlt("dlt_gw_bcm.txt", 600, [dlt_ev(801, "BCM1", "BODY", "HMI", "warn", "SOS/eCall telltale requested by TCU")], ecus={"GW01", "BCM1", "VCU1"})
    b.write()
    label(b, "connectivity_network", "cellular", "high", ["medium"], "driving", "tcu_syslog.log",
          "Main cellular antenna path open (early-life connector); TCU keeps losing LTE registration and the eCall self-test fails, eCall unavailable while driving. Feature disabled -> high.")


# ==============================================================================================
# SOFTWARE PLATFORM
def f_ota_rollback(n):
    b = Batch(n, 2400, "park")
    sl = [(100, ("6", "tcu", "otad", "campaign C-2026-118 IVI 12.4.0 accepted by user, window parked")),
          (110, ("6", "tcu", "otad", "download 1.9GB start")), (900, ("6", "tcu", "otad", "download complete sha256 ok")),
          (905, ("6", "tcu", "otad", "handing package to IVI update agent slot B")),
          (1700, ("3", "tcu", "otad", "IVI reports install FAILED: dm-verity root hash mismatch on slot B")),
          (1702, ("4", "tcu", "otad", "rollback to slot A confirmed, campaign status FAILED_ROLLED_BACK"))]
    b.syslog("tcu_syslog.log", 700, sl)
    lc = [(906, ("I", "UpdateEngine", "payload apply start, slot B")),
          (1500, ("I", "UpdateEngine", "payload written, verifying")),
          (1520, ("E", "update_verifier", "dm-verity: block 0x1a2f8 hash mismatch on /dev/block/by-name/system_b")),
          (1521, ("E", "UpdateEngine", "ErrorCode::kNewRootfsVerificationError (15)")),
          (1522, ("W", "UpdateEngine", "marking slot B unbootable, keeping A")),
          (1530, ("I", "BootControl", "active slot A, successful=1"))]
    b.logcat("logcat_ivi.txt", 1200, lc)
    b.dlt("dlt_gw.txt", 500, [dlt_ev(1703, "GW01", "GWAY", "OTA", "warn", "OTA master: IVI ECU update failed, vehicle state unchanged")], ecus={"GW01", "BCM1"})
    b.write()
    label(b, "software_platform", "ota", "low", ["medium"], "parked", "logcat_ivi.txt",
          "Parked OTA of the infotainment fails verification (dm-verity hash mismatch on slot B) and the update agent rolls back to slot A cleanly. Recovered (medium), parked lowers to low.")


def f_nav_oom(n):
    b = Batch(n, 3000, "road")
    lc = []
    for k in range(40):
        lc.append((300 + k * 55, ("D", "NavEngine", "tile cache %d MB entries %d" % (180 + k * 38, 4000 + k * 900))))
    lc += [(2400, ("I", "lowmemorykiller", "Kill 'com.oem.media' (3141), adj 900, to free 88MB")),
           (2450, ("I", "lowmemorykiller", "Kill 'com.oem.voice' (2877), adj 700")),
           (2500, ("W", "ActivityManager", "Low on memory: nav 1612MB")),
           (2520, ("E", "AndroidRuntime", "FATAL EXCEPTION: RenderThread java.lang.OutOfMemoryError: Failed to allocate 33554432 bytes")),
           (2521, ("I", "ActivityManager", "Process com.oem.nav (pid 4120) has died")),
           (2530, ("I", "ActivityManager", "Start proc com.oem.nav for service, restart 1")),
           (2560, ("I", "NavEngine", "route restored"))]
    b.logcat("logcat_ivi.txt", 1800, lc)
    b.csv("ivi_mem_10s.csv", [("mem_free_mb", lambda t, r: (2900 - t * 0.95 if t < 2521 else 2000) + r.gauss(0, 20)),
                             ("nav_pss_mb", lambda t, r: (180 + t * 0.6 if t < 2521 else 210) + r.gauss(0, 5)),
                             ("cpu_pct", lambda t, r: 35 + r.gauss(0, 4))], 8.0)
    b.voice("remarks.tsv", 310, [(2523, "navigation app closed itself and came back")])
    b.write()
    label(b, "software_platform", "oom", "medium", ["low"], "driving", "ivi_mem_10s.csv",
          "Navigation tile cache grows without bound; the low-memory killer removes other apps and nav itself dies with OutOfMemoryError, then restarts and restores the route. Recovered by itself -> medium.")


def f_vcu_watchdog(n):
    b = Batch(n, 1800, "road")
    T = 1333.0
    inj = [dlt_ev(2, "VCU1", "BOOT", "STRT", "info", "appl VCU_P24.07.1 flashed 2026-%02d, OS ErrorHook enabled" % b.base.month),
           dlt_ev(600, "VCU1", "OS", "TIME", "warn", "task Core0_10ms exec 8.9ms (budget 8ms)"),
           dlt_ev(1100, "VCU1", "OS", "TIME", "warn", "task Core0_10ms exec 9.6ms (budget 8ms)"),
           dlt_ev(T - .03, "VCU1", "OS", "TIME", "error", "deadline miss Core0_10ms x3, WdgM alive supervision FAILED"),
           dlt_ev(T - .01, "VCU1", "WDGM", "SUP", "fatal", "WdgM global status EXPIRED -> reset via ext watchdog"),
           dlt_ev(T + .5, "INV1", "MCTL", "SAFE", "error", "VCU torque request timeout -> zero torque"),
           dlt_ev(T + .6, "BMS1", "BMSC", "CONT", "warn", "VCU heartbeat lost, contactors held (driving)"),
           dlt_ev(T + .7, "ESC1", "CHAS", "VDC", "warn", "drive torque signal invalid"),
           dlt_ev(T + 1.9, "VCU1", "BOOT", "STRT", "info", "startup reason WATCHDOG, restart in drive, propulsion back after 2.1s")]
    b.dlt("dlt_vcu.txt", 1500, inj, ecus={"VCU1", "INV1", "BMS1", "ESC1", "BCM1"},
          extra=[("VCU1", "OS", "TIME", "debug", "task Core0_10ms exec {n}.{n}ms")])
    b.rtrace("vcu_supplier_trace.txt", 800, [(T - .02, "WDG : alive cnt 0 in window 3 -> expire"), (T, "RST : ext wdg pulse, reason 0x21"),
                                             (T + 1.8, "BOOT: warm start in DRIVE")], tag="VCU_T1")
    b.voice("remarks.tsv", 310, [(T + 1, "lost drive for two seconds at eighty, everything flashed, then came back")])
    b.write()
    label(b, "software_platform", "watchdog", "critical", ["high"], "driving", "dlt_vcu.txt",
          "VCU software flashed recently overruns its 10 ms task more and more until watchdog supervision expires and the VCU resets at speed: about 2 s with no propulsion, inverter and BMS echo the timeout. Loss of propulsion while moving -> critical.")


def f_map_fs(n):
    b = Batch(n, 1800, "highway")
    dm = [(300, "mmc0: Card stuck in wrong state! mmcblk0 card_busy_detect status: 0x00000e00"),
          (301, "blk_update_request: I/O error, dev mmcblk0, sector 7823360 op 0x0:(READ)"),
          (302, "EXT4-fs error (device mmcblk0p11): ext4_find_entry:1455: inode #131073: comm map_server: reading directory lblock 0"),
          (302.5, "EXT4-fs (mmcblk0p11): Remounting filesystem read-only"),
          (303, "Buffer I/O error on dev mmcblk0p11, logical block 977920")]
    b.dmesg("adcu_dmesg.txt", 500, dm, boot=6.0)
    gl = [(304, ("E", "map_server.cc", "failed to open tile 8812/3301.hdm: Input/output error")),
          (305, ("E", "localization.cc", "HD map unavailable around ego, lane-level localization lost")),
          (306, ("E", "planner.cc", "highway pilot ODD check failed (no map) -> unavailable"))]
    for k in range(50):
        gl.append((310 + k * 20, ("E", "map_server.cc", "tile load error EIO (retry %d)" % k)))
    b.glog("adcu.INFO", 1300, gl)
    b.voice("remarks.tsv", 310, [(310, "highway pilot greyed out, map symbol crossed")])
    b.write()
    label(b, "software_platform", "filesystem", "high", ["medium"], "driving", "adcu_dmesg.txt",
          "The ADCU eMMC map partition throws I/O errors and ext4 remounts read-only; HD-map tiles can't be read, lane-level localization and the highway pilot become unavailable. Feature disabled -> high.")


# ==============================================================================================
# POWER SUPPLY
def f_dcdc_dropout(n):
    b = Batch(n, 1800, "road")
    T = 1010.0
    def u(t, r, x):
        if T <= t < T + 1.5: return 8.4 + r.gauss(0, 0.2)
        if T + 1.5 <= t < T + 60: return 12.1 - (t - T) / 200 + r.gauss(0, .03)
        if t >= T + 60: return 11.7 - (t - T - 60) / 400 + r.gauss(0, .03)
        return x
    def idc(t, r, x): return 0.0 + abs(r.gauss(0, .2)) if t >= T else x
    b.csv("lv_signals_10hz.csv", cols_lv(b, {"u_kl30_v": u, "i_dcdc_a": idc, "ibs_i_a": lambda t, r, x: -55 + r.gauss(0, 2) if t >= T else x,
                                             "u_adcu_feed_v": lambda t, r, x: u(t, r, x) - 0.2}), 0.5, 800, 1200)
    dl = [dlt_ev(T + .4, "DCDC", "PWR", "OUT", "error", "LV output disabled: HV input UV glitch latch (Uin 0V 3ms)"),
          dlt_ev(T + 1.6, "VCU1", "BOOT", "STRT", "info", "startup reason POWER_ON_RESET (undervoltage)"),
          dlt_ev(T + 1.7, "ESC1", "BOOT", "STRT", "info", "reset reason LVD"),
          dlt_ev(T + 1.8, "EPS1", "BOOT", "STRT", "info", "reset reason LVD, assist ramp-in"),
          dlt_ev(T + 2.0, "BCM1", "BOOT", "STRT", "info", "reset reason brown-out")]
    for k, e in enumerate(["VCU1", "ESC1", "EPS1", "BCM1", "GW01", "TMM1", "BMS1"] * 4):
        dl.append(dlt_ev(T + 2.2 + k * 0.3, e, "DIAG", "DEM", "error", ["U0100-00", "U0121-00", "U0131-00", "U0140-00", "U0146-00", "U0164-00", "U0111-00"][k % 7] + " lost comm (after restart)"))
    dl.append(dlt_ev(T + 30, "VCU1", "PWRM", "MAIN", "warn", "12V net not supported by DC-DC, 'stop vehicle' message"))
    b.dlt("dlt_all_ecus.txt", 1500, dl, ecus={"VCU1", "ESC1", "EPS1", "BCM1", "GW01", "TMM1", "BMS1"})
    b.glog("adcu.INFO", 900, [(T + .1, ("E", "power_monitor.cc", "supply 8.3V < 9V, emergency log flush")), (T + 3, ("I", "main.cc", "ADCU restarted"))])
    b.write()
    label(b, "power_supply", "dcdc", "critical", ["high"], "driving", "lv_signals_10hz.csv",
          "DC-DC converter latches off after an input glitch; the 12 V net dips to ~8.4 V and many ECUs (ESC, EPS, VCU, BCM) reset while driving, then the car runs on the 12 V battery and asks the driver to stop. Cascade of resets; safety functions lost while moving -> critical.")


def f_lv_battery_cold(n):
    b = Batch(n, 36000, "park")
    b.csv("ibs_60s.csv", [("u_bat_v", lambda t, r: 12.55 - t / 4000.0 * 0.1 - (0.9 if t > 20000 else 0) + r.gauss(0, .005)),
                         ("i_bat_a", lambda t, r: -0.03 + r.gauss(0, .004)), ("t_bat_c", lambda t, r: -22 + r.gauss(0, .1)),
                         ("soc_pct", lambda t, r: 80 - t / 1500.0 - (25 if t > 20000 else 0)), ("sof_pct", lambda t, r: 60 - (45 if t > 20000 else 0))], 60.0)
    dl = [dlt_ev(20010, "BCM1", "PWR", "IBS", "warn", "IBS: OCV step -0.9V in rest, cell short suspected"),
          dlt_ev(35900, "BCM1", "PWR", "WAKE", "info", "wake by key fob"),
          dlt_ev(35900.5, "BCM1", "PWR", "IBS", "error", "U 10.9V at wake, SOF 15%: HV start refused by energy mgmt"),
          dlt_ev(35901, "VCU1", "PWRM", "MAIN", "error", "HV ready inhibited: LV battery weak, precharge supply not guaranteed"),
          dlt_ev(35902, "GW01", "GWAY", "NM", "warn", "several ECUs failed to start (UV), retry")]
    b.dlt("dlt_wake.txt", 600, dl, ecus={"BCM1", "GW01", "VCU1"})
    b.tm("tm.jsonl", 320, [(35950, {"type": "remark", "source": "voice2text", "text": "car won't go ready this morning, minus twenty", "conf": 0.91})], site="cold-climate trip Arjeplog")
    b.write()
    label(b, "power_supply", "lv_battery", "medium", ["high"], "parked", "ibs_60s.csv",
          "Overnight at -22C the 12 V battery's rest voltage steps down ~0.9 V (internal cell short, early life); at wake the state of function is too low and the vehicle refuses HV ready. Vehicle immobilised while parked -> medium.")


def f_alternator_ov(n):
    b = Batch(n, 2400, "road")
    b.csv("ecm_lv_1hz.csv", cols_ice(b) + [("u_bn_v", lambda t, r: (14.3 if t < 900 else min(15.9, 14.3 + (t - 900) / 400.0)) + r.gauss(0, .03)),
                                           ("alt_duty_pct", lambda t, r: (45 if t < 900 else 99) + r.gauss(0, .5)),
                                           ("alt_lin_status", lambda t, r: "OK" if t < 900 else "NO_RESP")], 2.0)
    b.dlt("dlt_ecm.txt", 1300, ecus={"VCU1", "BCM1", "GW01", "TMM1"},
          extra=[("ECM1", "ENG", "LAMB", "debug", "lambda ctrl closed loop trim {f}"), ("ECM1", "LIN", "ALT", "verbose", "LIN alt frame ok")])
    b.voice("remarks.tsv", 300)
    b.write()
    label(b, "power_supply", "alternator", "low", ["medium"], "driving", "ecm_lv_1hz.csv",
          "ICE prototype: alternator stops answering on LIN and its regulator goes to full excitation; the board-net voltage climbs to ~15.9 V. No DTC or warning in the logs, only in the signal CSV: low (medium arguable).")


def f_efuse_adcu(n):
    b = Batch(n, 2100, "highway")
    T = 1180.0
    b.csv("pdu_signals_10hz.csv", cols_lv(b, {"u_adcu_feed_v": lambda t, r, x: 0.0 if (T <= t < T + 0.2 or T + 40 <= t < T + 40.2) else x}) +
          [("i_adcu_a", lambda t, r: (0.0 if (T <= t < T + 0.2 or T + 40 <= t < T + 40.2) else 22 + (18 if T - 3 < t < T or T + 37 < t < T + 40 else 0) + r.gauss(0, .5)))], 0.1, 1100, 1260)
    dl = [dlt_ev(T + .01, "PDU1", "EFUS", "CH07", "error", "eFuse ch7 (ADCU) I2t trip 40A/3s, auto-reclose 1/3"),
          dlt_ev(T + 40.01, "PDU1", "EFUS", "CH07", "error", "eFuse ch7 I2t trip, auto-reclose 2/3"),
          dlt_ev(T + 40.5, "GW01", "GWAY", "NM", "warn", "ADCU NM timeout")]
    b.dlt("dlt_pdu_gw.txt", 1300, dl, ecus={"GW01", "BCM1", "VCU1", "ESC1"})
    gl = [(T - 3, ("I", "health_monitor.cc", "gpu load 98% (lidar+cam dense mode)")),
          (T + 5, ("I", "main.cc", "ADCU cold boot, last shutdown UNCLEAN")), (T + 6, ("E", "planner.cc", "highway pilot unavailable: system starting")),
          (T + 45, ("I", "main.cc", "ADCU cold boot, last shutdown UNCLEAN")), (T + 46, ("E", "planner.cc", "highway pilot inhibited for drive cycle (2 resets)"))]
    b.glog("adcu.INFO", 1300, gl)
    b.write()
    label(b, "power_supply", "lv_distribution", "high", ["critical"], "driving", "pdu_signals_10hz.csv",
          "The smart power distribution eFuse feeding the ADAS controller trips twice on I2t under peak compute load (undersized channel setting); the ADCU cold-boots and the highway pilot is inhibited. Feature disabled -> high.")


# ==============================================================================================
ORDER = [h_endurance, f_iso_rain, f_pump_dry, f_wss_loss, h_coldsoak, f_oc_mat, f_cam_heater, f_gw_reboot, f_ota_rollback,
         f_dcdc_dropout, h_flashing, f_inv_flash_regress, f_ac_leak, f_eps_thermal, f_door_lock, h_calib, f_radar_misalign,
         f_adas_can_term, f_nav_oom, f_lv_battery_cold, h_quirks, f_cell_sag, f_resolver, f_fan_stall, h_charging, f_tpms_slow,
         f_lowbeam, f_lidar_rpm, h_sleepwake, f_eth_link, f_vcu_watchdog, f_alternator_ov, h_tunnel, f_contactor_weld, f_clutch_slip,
         f_adcu_overtemp, h_ota_none, f_booster_plaus, f_touch_i2c, f_fusion_tsync, h_hotclimate, f_cell_antenna, f_map_fs,
         f_efuse_adcu, h_coldstart_sensors, f_inlet_temp, f_misfire, h_parking]


def main():
    for i, f in enumerate(ORDER, 1):
        f(i)
    with open(os.path.join(SET, "labels.json"), "w", newline="\n") as fh:
        json.dump(LABELS, fh, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
