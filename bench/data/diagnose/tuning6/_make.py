#!/usr/bin/env python3
"""Generator for the tuning6 diagnosis evaluation set. Fixed seed; stdlib only."""
import json, os, random, datetime as dt, zlib
OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20261202)
LBL = []

def iso(t, ms=3, z="Z"):
    d = dt.datetime.fromtimestamp(t, dt.timezone.utc)
    s = d.strftime("%Y-%m-%dT%H:%M:%S")
    if ms: s += ".%0*d" % (ms, int((t % 1) * 10**ms))
    return s + z
def hms(t, ms=3):
    d = dt.datetime.fromtimestamp(t, dt.timezone.utc)
    return d.strftime("%H:%M:%S") + ".%0*d" % (ms, int((t % 1) * 10**ms))

LV = {"D": ("debug", "DEBUG", 7, "D"), "I": ("info", "INFO", 6, "I"), "W": ("warn", "WARN", 4, "W"),
      "E": ("error", "ERROR", 3, "E"), "F": ("fatal", "FATAL", 2, "F")}

def fmt_line(style, t, lv, src, msg, ctx):
    host = ctx.get("host", "vcu")
    pid = ctx.setdefault("pids", {}).setdefault(src, R.randint(200, 9000))
    d = dt.datetime.fromtimestamp(t, dt.timezone.utc)
    if style == "syslog":
        return "%s %2d %s %s %s[%d]: %s" % (d.strftime("%b"), d.day, d.strftime("%H:%M:%S"), host, src, pid, msg)
    if style == "rfc5424":
        return "<%d>1 %s %s %s %d - - %s" % (128 + LV[lv][2], iso(t, 6, "+00:00"), host, src, pid, msg)
    if style == "journal":
        return "%s %s %s[%d]: %s" % (d.strftime("%Y-%m-%dT%H:%M:%S+0000"), host, src, pid, msg)
    if style == "dmesg":
        return "[%12.6f] %s" % (t - ctx["boot"], msg)
    if style == "glog":
        return "%s%s %s %5d %s] %s" % (LV[lv][3], d.strftime("%m%d"), hms(t, 6), pid, src, msg)
    if style == "logcat":
        return "%s %5d %5d %s %-8s: %s" % (d.strftime("%m-%d ") + hms(t), pid, pid + R.randint(0, 40), LV[lv][3], src, msg)
    if style == "logfmt":
        return 'ts=%s level=%s comp=%s msg="%s"' % (iso(t), LV[lv][0], src, msg.replace('"', "'"))
    if style == "ros":
        return "[%s] [%.3f] [%s]: %s" % (LV[lv][1], t, src, msg)
    if style == "dlt":
        ctx["n"] = ctx.get("n", 0) + 1
        return "%d %s %d %s %s %s log %s V 1 [%s]" % (ctx["n"], d.strftime("%Y/%m/%d ") + hms(t, 6), int((t - ctx["boot"]) * 10000),
                                                   ctx.get("ecu", "ECU1"), src[:4].upper(), "CTX" + src[-1:].upper(), LV[lv][0], msg)
    if style == "json":
        tk, tf, lk, mk, sk = ctx["keys"]
        tv = {"iso": iso(t), "s": round(t, 3), "ms": int(t * 1000)}[tf]
        lvv = LV[lv][0] if lk != "severity" else LV[lv][1]
        o = {tk: tv, lk: lvv, sk: src, mk: msg}
        o.update(ctx.get("extra", {}))
        return json.dumps(o, ensure_ascii=False)
    if style == "csvev":
        return '%s,%s,%s,%d,"%s"' % (iso(t), src, {"D": 0, "I": 1, "W": 2, "E": 3, "F": 4}[lv], ctx.get("code", 0) * 1000 + zlib.crc32(msg[:14].encode()) % 1000, msg)
    raise ValueError(style)

def fill(tpl):
    return tpl.format(*[R.randint(0, 9999) for _ in range(6)], f=R.uniform(0, 100), g=R.uniform(0, 1), h="%04x" % R.randint(0, 65535))

# ---------------- routine pools: (level, source, template) ----------------
P = {}
P["sys"] = [("I", "systemd", "Started Session {0} of user root."), ("I", "systemd", "logrotate.service: Succeeded."),
    ("I", "NetworkManager", "<info>  [{0}.{1}] device (wlan0): state change: disconnected -> prepare"),
    ("W", "wpa_supplicant", "wlan0: CTRL-EVENT-SCAN-FAILED ret=-16 retry=1"), ("I", "wpa_supplicant", "wlan0: CTRL-EVENT-SCAN-STARTED"),
    ("W", "chronyd", "No suitable source for synchronisation, retrying in {1} ms"), ("I", "chronyd", "Selected source 10.10.0.{0}"),
    ("I", "CRON", "(root) CMD (/usr/lib/telemetry/flush.sh)"), ("I", "dbus-daemon", "[system] Successfully activated service 'org.freedesktop.hostname1'"),
    ("I", "kernel", "usb 1-1: new high-speed USB device number {0} using xhci_hcd"), ("I", "rsyslogd", "action 'action-1-builtin:omfwd' resumed (module 'builtin:omfwd')"),
    ("W", "uploader", "HTTP PUT /v2/logs chunk {0} failed: 503, retry 1/5"), ("I", "uploader", "chunk {0} uploaded ({1} bytes)"),
    ("I", "healthd", "heartbeat ok seq={0} load={g:.2f}"), ("E", "bluetoothd", "Failed to set mode: Blocked through rfkill (0x12)"),
    ("I", "sshd", "Connection closed by 10.0.0.{0} port {1} [preauth]"), ("D", "vsomeip", "routing: client 0x{h} registered")]
P["kern"] = [("I", "k", "eth0: link up 1000Mbps full duplex"), ("I", "k", "usb 2-1: SerialNumber: {0}{1}"),
    ("I", "k", "mmc0: new HS400 MMC card at address 0001"), ("W", "k", "cfg80211: failed to load regulatory.db"),
    ("I", "k", "can0: bitrate 500000 sample-point 0.875"), ("I", "k", "audit: type=1400 audit({0}.{1}:{2}): apparmor=\"STATUS\""),
    ("I", "k", "EXT4-fs (mmcblk0p3): mounted filesystem with ordered data mode"), ("W", "k", "thermal thermal_zone2: trip point 0 crossed, cooling state 1"),
    ("I", "k", "random: crng init done"), ("I", "k", "IPv6: ADDRCONF(NETDEV_CHANGE): wlan0: link becomes ready")]
P["adas"] = [("I", "perception.cc:212", "frame {0} processed: 38 obstacles, latency {f:.1f} ms"), ("I", "planner.cc:88", "plan cycle {0} ok, traj points=120 v_target={f:.1f}"),
    ("I", "control.cc:301", "lat_err={g:.3f} head_err={g:.3f} steer_cmd={f:.1f}"), ("I", "localization.cc:77", "pose ok, std_xy={g:.3f} m, rtk=FIX"),
    ("I", "prediction.cc:140", "predicted {1} trajectories for {0} agents"), ("W", "camera_driver.cc:415", "front_wide: dropped 1 frame (seq gap)"),
    ("I", "lidar_driver.cc:90", "top lidar: 1808 packets/s, 0 dropped"), ("I", "radar_driver.cc:55", "front radar: 64 targets, cycle 50 ms"),
    ("W", "transform.cc:33", "tf lookup extrapolation 3 ms, using latest"), ("I", "routing.cc:40", "route progress {f:.1f}%"),
    ("I", "monitor.cc:22", "system status: all modules RUNNING, cpu {f:.0f}%")]
P["bms"] = [("I", "bms", "pack SOC {f:.1f}% SOH 96.2% Vpack {0} dV"), ("I", "bms", "balancing idle, dV_cell {g:.3f} mV*100"),
    ("I", "bms", "isolation monitor: R_iso >5000 kOhm"), ("D", "bms", "cmu chain scan ok, 12/12 modules"), ("I", "bms", "contactor state: MAIN+ CLOSED MAIN- CLOSED PRE OPEN"),
    ("W", "bms", "cmu 7 temp sensor read retry (crc) -> ok"), ("I", "bms", "current {f:.1f} A, cell temp max 31 C")]
P["can"] = [("I", "gw", "bus load PT-CAN {f:.0f}% CH-CAN 31% BODY 18%"), ("I", "gw", "routing table v{0} active, 412 entries"),
    ("W", "gw", "CH-CAN: timeout on 0x{h} (1 cycle), recovered"), ("I", "nm", "network management: node 0x{0} ready-sleep=0"),
    ("D", "gw", "SecOC freshness sync ok"), ("I", "gw", "error counters TEC=0 REC=0 on all channels")]
P["tele"] = [("I", "tcu", "LTE RSRP -{0} dBm RSRQ -9 band 20"), ("W", "tcu", "MQTT publish timeout, requeue msg {0}"), ("I", "tcu", "GNSS fix 3D, sats 14, hdop 0.8"),
    ("I", "tcu", "keepalive ack from backend"), ("W", "tcu", "cell reselection, RAT change LTE->LTE"), ("I", "tcu", "remote config poll: no change")]
P["body"] = [("I", "bcm", "door status FL=closed FR=closed RL=closed RR=closed"), ("I", "bcm", "ambient light {0} lux, auto lamps OFF"),
    ("I", "bcm", "key fob RSSI -{0} dBm"), ("I", "sdm", "airbag system ready, lamp off"), ("I", "bcm", "wiper park position ok"),
    ("W", "bcm", "LIN1 slave 0x{0} response late (1 frame)"), ("I", "hmi", "display brightness {f:.0f}%")]
P["pt"] = [("I", "ecm", "rpm {0} load {f:.0f}% lambda 1.00"), ("I", "ecm", "fuel trim ST {g:.2f} LT 0.01"), ("I", "tcm", "gear 6 TCC locked slip 12 rpm"),
    ("I", "ecm", "knock control: retard 0.0 deg"), ("I", "mcu", "motor speed {0} rpm torque {f:.0f} Nm"), ("I", "inv", "inverter dc-link {0} V temp 48 C")]
P["chassis"] = [("I", "esc", "wheel speeds ok, mu est {g:.2f}"), ("I", "eps", "assist nominal, torque {g:.2f} Nm"), ("I", "abs", "self test passed"),
    ("I", "tpms", "FL 36 psi FR 36 psi RL 35 psi RR 35 psi"), ("I", "epb", "parking brake released"), ("W", "esc", "yaw sensor plausibility recheck -> ok")]
P["therm"] = [("I", "tms", "coolant loop 1 {f:.0f} C, pump 42%"), ("I", "tms", "fan duty 20%"), ("I", "hvac", "cabin 21.5 C setpoint 22.0"), ("I", "hvac", "compressor 2800 rpm, high side 1.4 MPa")]

def text(style, t0, dur, pools, n, events=(), **ctx):
    ctx.setdefault("boot", t0 - R.uniform(20, 600))
    pool = [x for p in pools for x in P[p] if not any(e in x[2] for e in ctx.get("excl", ()))]
    items = []
    for _ in range(n):
        lv, src, tpl = R.choice(pool)
        items.append((t0 + R.uniform(0, dur), lv, ctx.get("srcmap", {}).get(src, src), fill(tpl)))
    items += [(t0 + e[0], e[1], e[2], e[3]) for e in events]
    items.sort(key=lambda x: x[0])
    lines = [fmt_line(style, t, lv, s, m, ctx) for t, lv, s, m in items]
    if style == "csvev": lines.insert(0, "timestamp,source,severity,event_code,description")
    return "\n".join(lines) + "\n"

def csvsig(t0, dur, hz, cols, tcol="timestamp", tfmt="iso", sep=","):
    lines = [sep.join([tcol] + [c[0] for c in cols])]
    n = int(dur * hz)
    for i in range(n):
        tr = i / hz
        tv = {"iso": iso(t0 + tr), "s": "%.2f" % (t0 + tr), "ms": str(int((t0 + tr) * 1000)), "rel": "%.2f" % tr}[tfmt]
        lines.append(sep.join([tv] + [c[2] % c[1](tr) for c in cols]))
    return "\n".join(lines) + "\n"

def kvtel(t0, dur, hz, cols):
    out = []
    for i in range(int(dur * hz)):
        tr = i / hz
        out.append("t=%.1f " % (t0 + tr) + " ".join("%s=%s" % (c[0], c[2] % c[1](tr)) for c in cols))
    return "\n".join(out) + "\n"

def nz(a): return R.gauss(0, a)
def ramp(tr, t1, t2, v1, v2):
    if tr <= t1: return v1
    if tr >= t2: return v2
    return v1 + (v2 - v1) * (tr - t1) / (t2 - t1)

def candump(t0, dur, n, events=(), form="log", ch="can0", ids=None):
    ids = ids or ["0C9", "1E5", "3E9", "18FEF100", "18F00400", "2F1", "4C1", "120"]
    items = []
    for _ in range(n):
        i = R.choice(ids); items.append((t0 + R.uniform(0, dur), i, bytes(R.randint(0, 255) for _ in range(8)).hex().upper()))
    items += [(t0 + e[0], e[1], e[2].replace(" ", "").upper()) for e in events]
    items.sort(key=lambda x: x[0])
    out = []
    for t, i, d in items:
        if form == "log": out.append("(%.6f) %s %s#%s" % (t, ch, i, d))
        else: out.append(" (%.6f)  %s  %s   [%d]  %s" % (t, ch, i.rjust(3) if len(i) <= 3 else i, len(d) // 2, " ".join(d[k:k + 2] for k in range(0, len(d), 2))))
    return "\n".join(out) + "\n"

def dtcb(code, ft=0):
    L = {"P": 0, "C": 1, "B": 2, "U": 3}[code[0]]
    v = (L << 14) | (int(code[1]) << 12) | int(code[2:5], 16)
    return [v >> 8, v & 255, ft]

def isotp(payload, txid, pad=0xAA):
    """return list of (id, bytes) frames incl. flow control placeholder marker"""
    if len(payload) <= 7:
        return [(txid, [len(payload)] + payload + [pad] * (7 - len(payload)))]
    fr = [(txid, [0x10 | (len(payload) >> 8), len(payload) & 255] + payload[:6])]
    rest, sn = payload[6:], 1
    fr.append(("FC", None))
    while rest:
        ch, rest = rest[:7], rest[7:]
        fr.append((txid, [0x20 | sn] + ch + [pad] * (7 - len(ch)))); sn = (sn + 1) & 15
    return fr

def uds(t, tx, rx, req, resp, out, style="trace"):
    """append request/response frames to out as (t, line)"""
    def emit(t, d, i, b):
        if style == "trace": out.append((t, "%s %s %s %s" % (hms(t), d, i, " ".join("%02X" % x for x in b))))
        else: out.append((t, " (%.6f)  can0  %s   [8]  %s" % (t, i, " ".join("%02X" % x for x in b))))
    for i, b in isotp(req, tx):
        emit(t, "Tx", i, b); t += 0.004
    t += 0.018
    for i, b in isotp(resp, rx):
        if i == "FC": emit(t, "Tx", tx, [0x30, 0, 0, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA])
        else: emit(t, "Rx", i, b)
        t += 0.003
    return t

def uds_trace(t0, sessions, noise=150, style="trace"):
    """sessions: list of (t_rel, tx, rx, req, resp)"""
    out = []
    for k in range(noise):
        tt = t0 + R.uniform(0, 600)
        tt = uds(tt, "7DF", "7E8", [0x01, 0x0C], [0x41, 0x0C, R.randint(0, 60), R.randint(0, 255)], out, style) if k % 2 else uds(tt, "7E0", "7E8", [0x3E, 0x00], [0x7E, 0x00], out, style)
    for tr, tx, rx, req, resp in sessions:
        uds(t0 + tr, tx, rx, req, resp, out, style)
    out.sort(key=lambda x: x[0])
    return "\n".join(l for _, l in out) + "\n"

def rdtc(dtcs, mask=0xFF):
    p = [0x59, 0x02, mask]
    for code, ft, st in dtcs: p += dtcb(code, ft) + [st]
    return p

def dm1(lamp, dtcs):
    """J1939 DM1 payload bytes; dtcs list of (spn,fmi,oc)"""
    b = [lamp, 0xFF]
    if not dtcs: b += [0, 0, 0, 0]
    for spn, fmi, oc in dtcs: b += [spn & 255, (spn >> 8) & 255, ((spn >> 16) & 7) << 5 | fmi, oc & 127]
    while len(b) < 8: b.append(0xFF)
    return b

def j1939_dm1(t_rel, sa, lamp, dtcs):
    b = dm1(lamp, dtcs)
    if len(b) <= 8: return [(t_rel, "18FECA%02X" % sa, bytes(b).hex())]
    n = (len(b) + 6) // 7
    ev = [(t_rel, "1CECFF%02X" % sa, bytes([0x20, len(b), 0, n, 0xFF, 0xCA, 0xFE, 0]).hex())]
    for k in range(n):
        ch = b[k * 7:(k + 1) * 7]; ch += [0xFF] * (7 - len(ch))
        ev.append((t_rel + 0.05 * (k + 1), "1CEBFF%02X" % sa, bytes([k + 1] + ch).hex()))
    return ev

def yamldump(t0, dur, n, topic_fn, events=()):
    items = [(t0 + R.uniform(0, dur), None) for _ in range(n)] + [(t0 + e[0], e[1]) for e in events]
    items.sort(key=lambda x: x[0])
    out = []
    for t, body in items:
        out.append("header:\n  stamp:\n    sec: %d\n    nanosec: %d\n  frame_id: base_link\n%s\n---" % (int(t), int((t % 1) * 1e9), body if body else topic_fn(t)))
    return "\n".join(out) + "\n"

def pbtxt(t0, dur, n, module, body_fn, events=()):
    items = [(t0 + R.uniform(0, dur), None) for _ in range(n)] + [(t0 + e[0], e[1]) for e in events]
    items.sort(key=lambda x: x[0]); out = []
    for k, (t, body) in enumerate(items):
        out.append('header {\n  timestamp_sec: %.6f\n  module_name: "%s"\n  sequence_num: %d\n}\n%s' % (t, module, k, body if body else body_fn(t)))
    return "\n".join(out) + "\n"

def batch(bid, files, cat, sub, risk, acc, state, rcf, desc):
    d = os.path.join(OUT, bid); os.makedirs(d, exist_ok=True)
    for fn, txt in files.items():
        with open(os.path.join(d, fn), "w", encoding="utf-8") as f: f.write(txt)
    LBL.append({"batch": bid, "category": cat, "subsystem": sub, "risk_level": risk, "risk_accept": acc,
                "vehicle_state": state, "root_cause_file": rcf, "description": desc})

T = [1764576000 + 86400 * k + R.randint(0, 80000) for k in range(60)]  # session start times

SPEC = []
def spec(f): SPEC.append(f); return f
J = lambda k: {"keys": k}

# =============================== battery_bms ===============================
@spec
def b_iso(t0):
    D = 1800
    ev = [(612, "W", "BMS", "绝缘电阻下降 R_iso=620kΩ (阈值 500kΩ) / insulation resistance decreasing"),
          (655, "E", "BMS", "BMS_ERR_0x4A 电池包绝缘故障 R_iso=310kΩ 负极对地 / pack isolation fault, HV- to chassis"),
          (656, "E", "BMS", "功率限制: 放电功率限制至 30kW / discharge power limited to 30 kW"),
          (700, "W", "BMS", "BMS_ERR_0x4A still active, R_iso=295kΩ, request service")]
    sig = csvsig(t0, D, 1, [("pack_voltage", lambda r: 398 - r * 0.004 + nz(0.3), "%.1f"), ("pack_current", lambda r: 60 + nz(25) if r < 656 else min(70, 60 + nz(25)), "%.1f"),
        ("r_iso_kohm", lambda r: 5000 if r < 560 else max(290, ramp(r, 560, 660, 2100, 300) + nz(8)), "%.0f"), ("cell_temp_max", lambda r: 31 + r / 600 + nz(0.2), "%.1f"),
        ("soc", lambda r: 78 - r / 90, "%.1f")])
    vcu = text("logcat", t0, D, ["sys", "pt"], 1400, [(657, "W", "VcuPwrMgr", "BMS discharge limit 30kW received, torque capped, turtle icon ON"),
        (660, "I", "HmiWarn", "show popup id=0x31 'Power reduced, service vehicle soon'")], host="ivi")
    return {"bms.jsonl": text("json", t0, D, ["bms"], 1100, ev, excl=["isolation"], **J(("ts", "ms", "lvl", "msg", "unit"))), "signals.csv": sig, "logcat.txt": vcu}, \
        ("battery_bms", "hv_isolation", "high", ["critical"], "driving", "signals.csv",
         "Insulation resistance falls from >5 MOhm to ~300 kOhm (seen first in signals.csv, then BMS_ERR_0x4A 电池包绝缘故障); BMS limits discharge to 30 kW while driving: derate, high.")

@spec
def b_scooter(t0):
    D = 3000
    def cmax(r): return min(4.27, 4.05 + r * 0.00012) if r < 2100 else 4.02
    tel = kvtel(t0, D, 1, [("v", lambda r: 52.0 + r * 0.0015 if r < 2100 else 50.9, "%.2f"), ("i", lambda r: 4.0 + nz(0.05) if r < 2100 else 0.0, "%.2f"),
        ("cmax", cmax, "%.3f"), ("cmin", lambda r: 4.02 + r * 0.00003 if r < 2100 else 4.0, "%.3f"), ("tmax", lambda r: 27 + nz(0.3), "%.1f"), ("flt", lambda r: 0 if r < 2100 else 0x10, "0x%02X")])
    ev = [(2100, "E", "bms", "cell 9 over-voltage 4270mV > 4250mV, CHG MOSFET off"), (2101, "W", "chg", "charger output disconnected by pack, state=FAULT"),
          (2160, "I", "bms", "OV flag latched until next wake, cell9 now 4.02V")]
    return {"bms_tel.log": tel, "charger.log": text("syslog", t0, D, ["tele"], 600, ev, host="scooter-dock")}, \
        ("battery_bms", "cell", "medium", ["high"], "charging", "bms_tel.log",
         "E-scooter pack: one cell drifts to 4.27 V while others ~4.1 V (imbalance) and the tiny BMS opens the charge MOSFET; charging stopped while parked on the charger -> medium.")

@spec
def b_contactor(t0):
    D = 900
    ses = [(120, "7E4", "7EC", [0x19, 0x02, 0x09], rdtc([("P0AA1", 0x00, 0x09), ("U0293", 0x00, 0x28)])),
           (400, "7E4", "7EC", [0x22, 0x48, 0x12], [0x62, 0x48, 0x12, 0x01, 0x8E])]
    ev = [(60, "I", "bms", "shutdown sequence: open MAIN+, MAIN-"), (61, "E", "bms", "weld check: DC-link stays 388V after MAIN+ open cmd, contactor K1 suspected stuck closed"),
          (62, "W", "bms", "fallback: MAIN- opened, HV isolated via negative side, next drive inhibited until service"), (64, "I", "bms", "sleep request accepted")]
    return {"bms.log": text("dlt", t0, D, ["bms"], 900, ev, ecu="BMS1"), "diag.txt": uds_trace(t0, ses), "tcu.log": text("rfc5424", t0, D, ["tele", "sys"], 700, host="tcu")}, \
        ("battery_bms", "contactor", "medium", ["high"], "parked", "bms.log",
         "At shutdown the BMS weld check finds MAIN+ stuck closed (P0AA1 confirmed in UDS reply, U0293 history only); vehicle parked, HV isolated via MAIN-: medium (would be high if driving).")

@spec
def b_hvil(t0):
    D = 1200
    ev = [(430.2, "W", "BMS_HVIL", "interlock loop current 9.1 mA (nom 20 mA) - loop resistance rising"), (431.0, "E", "BMS_HVIL", "HVIL loop open detected, P0A0A set"),
          (431.05, "E", "BMS", "emergency contactor open requested (HVIL) at I=142A")]
    inv = [(431.1 + k * 0.1, "E", "inverter.c:511", "DC link undervoltage %dV, gate drive disabled" % (380 - k * 60)) for k in range(6)] + \
          [(432 + k, "E", "motor_ctrl.c:204", "torque request %d Nm not achievable, output 0" % R.randint(80, 200)) for k in range(25)] + \
          [(433, "F", "vcu_main.c:88", "propulsion lost while moving v=83 km/h, hazard lamps ON, coast to stop"),
           (436, "E", "vcu_main.c:90", "U0111 lost communication with BECM (BMS went to safe state)")]
    return {"bms.jsonl": text("json", t0, D, ["bms"], 1400, ev, excl=["contactor state", "current"], **J(("time", "iso", "severity", "message", "src"))),
            "vcu.INFO": text("glog", t0, D, ["pt"], 1500, inv, excl=["inverter", "motor speed"]), "can0.log": candump(t0, D, 1500)}, \
        ("battery_bms", "hvil", "critical", ["high"], "driving", "bms.jsonl",
         "HVIL loop current drops then opens (P0A0A) in bms.jsonl; contactors open under load at 83 km/h, inverter/motor flood undervoltage and torque errors after: propulsion lost while moving, critical.")

@spec
def b_pending(t0):
    D = 1500
    ses = [(300, "7E4", "7EC", [0x19, 0x02, 0xFF], rdtc([("P0A7F", 0x00, 0x24)]))]
    ev = [(280, "I", "bms", "capacity estimate 61.2 Ah (nominal 72): SOH 85%"), (281, "W", "bms", "SOH below 86% threshold, DTC P0A7F pending (1 trip)")]
    return {"bms.log": text("logfmt", t0, D, ["bms"], 1000, ev), "diag.txt": uds_trace(t0, ses, 80), "syslog.log": text("syslog", t0, D, ["sys"], 900, host="vcu")}, \
        ("battery_bms", "bms", "low", [], "driving", "bms.log",
         "BMS capacity estimate gives SOH 85% and sets P0A7F (hybrid/EV battery pack deterioration) as pending only (status 0x24, not confirmed); nothing the driver notices: low.")

# =============================== powertrain ===============================
@spec
def p_misfire(t0):
    D = 1500
    def mis(r): return 0 if r < 500 else int(ramp(r, 500, 700, 2, 38) + R.randint(0, 6))
    sig = csvsig(t0, D, 2, [("rpm", lambda r: 2100 + nz(150), "%.0f"), ("load_pct", lambda r: 44 + nz(6), "%.0f"), ("misfire_cyl2_per1000", mis, "%d"),
                            ("cat_temp_c", lambda r: 640 + (0 if r < 600 else ramp(r, 600, 800, 0, 190)) + nz(5), "%.0f"), ("coolant_temp", lambda r: 90 + nz(0.5), "%.1f")], tcol="time_s", tfmt="s")
    ses = [(820, "7E0", "7E8", [0x19, 0x02, 0x08], rdtc([("P0302", 0x00, 0x2F), ("P0300", 0x00, 0x2F)]))]
    ev = [(705, "W", "enginemgr", "cyl 2 misfire rate 3.9% over 1000 revs - catalyst damaging level, MIL flashing"),
          (706, "W", "enginemgr", "injector 2 cut off, torque limited to 60%"), (760, "I", "enginemgr", "limp strategy active, vmax 110 km/h")]
    return {"signals.csv": sig, "diag.txt": uds_trace(t0, ses), "syslog.log": text("syslog", t0, D, ["sys", "pt"], 1600, ev, host="ecu-gw")}, \
        ("powertrain", "ignition", "high", [], "driving", "signals.csv",
         "Misfire counter for cylinder 2 rises from 0 (signals.csv), then P0302/P0300 confirmed, flashing MIL, injector 2 cut and torque limited: derate, high.")

@spec
def p_scr(t0):
    D = 2400
    ev = sum((j1939_dm1(900 + 10 * k, 0x3D, 0x04, [(4364, 18, 3)]) for k in range(60)), []) + sum((j1939_dm1(1500 + 10 * k, 0x3D, 0x44, [(4364, 18, 6), (5246, 15, 1)]) for k in range(90)), []) + \
         [(k * 1.0, "18FECA00", bytes(dm1(0x00, [])).hex()) for k in range(0, D, 1)]
    cd = candump(t0, D, 2500, ev, ids=["0CF00400", "18FEEE00", "18FEF100", "18FEF600", "0CF00300", "18FEE900"])
    log = text("csvev", t0, D, ["pt"], 500, [(901, "W", "ACM", "SCR conversion efficiency 38% below limit (SPN 4364 FMI 18)"),
          (1501, "E", "ACM", "operator inducement level 1: engine torque reduced 25% (SPN 5246)")], code=0)
    return {"j1939.log": cd, "acm_events.csv": log, "telematics.log": text("logfmt", t0, D, ["tele"], 900)}, \
        ("powertrain", "emissions", "high", [], "driving", "j1939.log",
         "Truck: aftertreatment ACM (SA 0x3D) DM1 reports SPN 4364 FMI 18 (SCR NOx conversion efficiency low), later SPN 5246 inducement with torque reduced 25%: emissions derate, high.")

@spec
def p_inverter(t0):
    D = 1600
    ev = [(880.0, "W", "inv", "phase V current sensor offset 14.8 A exceeds 10 A"), (880.5, "E", "inv", "P0A78 drive motor A inverter performance - current plausibility"),
          (880.6, "E", "inv", "switch to limp mode: torque limit 45 Nm")]
    hmi = text("logcat", t0, D, ["sys"], 900, [(881, "W", "ClusterWarn", "indicator 'Reduced propulsion power' ON")], host="ivi")
    return {"inverter.dlt.txt": text("dlt", t0, D, ["pt"], 1200, ev, ecu="INV1"), "logcat.txt": hmi, "can0.log": candump(t0, D, 1400, form="console")}, \
        ("powertrain", "inverter", "high", ["critical"], "driving", "inverter.dlt.txt",
         "Inverter detects phase current sensor offset and sets P0A78, limiting torque to 45 Nm (limp mode) while driving: high.")

@spec
def p_tcc_pending(t0):
    D = 2000
    ses = [(1700, "7E1", "7E9", [0x19, 0x02, 0xFF], rdtc([("P0741", 0x00, 0x24)]))]
    tcm = [(1520, "I", "tcm", "TCC slip 95 rpm at commanded lock (limit 80), fault counter 1/3 - P0741 pending")]
    return {"tcm.log": text("journal", t0, D, ["pt"], 1300, tcm, host="tcm"), "diag.txt": uds_trace(t0, ses, 60),
            "tractor_tel.log": kvtel(t0, D, 0.5, [("eng_rpm", lambda r: 1900 + nz(40), "%.0f"), ("pto_rpm", lambda r: 540 + nz(3), "%.0f"), ("gear", lambda r: 7, "%d"), ("hitch_pos", lambda r: 62 + nz(1), "%.0f")])}, \
        ("powertrain", "transmission", "low", [], "driving", "tcm.log",
         "Tractor TCM sees torque converter clutch slip once and stores P0741 as pending (0x24, not confirmed); no driver-visible effect: low.")

# =============================== thermal ===============================
@spec
def t_pump(t0):
    D = 1800
    sig = csvsig(t0, D, 1, [("pump_rpm", lambda r: 3200 + nz(30) if r < 520 else 0, "%.0f"), ("pump_current_a", lambda r: 3.1 + nz(0.05) if r < 520 else 0.02, "%.2f"),
        ("batt_coolant_in", lambda r: 24 + (0 if r < 520 else ramp(r, 520, 1100, 0, 21)) + nz(0.2), "%.1f"), ("cell_temp_max", lambda r: 30 + (0 if r < 560 else ramp(r, 560, 1300, 0, 19)) + nz(0.2), "%.1f")])
    tms = [(519.0, "W", "tms", "EWP2 battery loop: LIN response missing speed feedback, duty 60% cmd, 0 rpm"), (521.5, "E", "tms", "coolant pump 2 blocked/dry-run suspected, P0C73 electric coolant pump control performance")]
    bms = [(1000 + k * 20, "W", "bms", "cell temp max %.1f C, charge/discharge power derate step %d" % (42 + k * 0.4, k)) for k in range(12)] + \
          [(1250, "E", "bms", "battery overtemperature warning, discharge limited to 40 kW"), (1260, "E", "bms", "BMS_OT_WARN level 2 active")]
    return {"tms.log": text("syslog", t0, D, ["therm", "sys"], 1000, tms, host="tms", excl=["pump 42%"]), "signals.csv": sig, "bms.jsonl": text("json", t0, D, ["bms"], 1200, bms, excl=["cell temp max"], **J(("timestamp", "s", "level", "msg", "module")))}, \
        ("thermal", "pump", "high", [], "driving", "tms.log",
         "Battery-loop electric coolant pump stops (0 rpm, P0C73) in tms.log; coolant and cell temperatures climb and the BMS loudly derates discharge power afterwards: root cause thermal/pump, high.")

@spec
def t_sigonly(t0):
    D = 2400
    sig = csvsig(t0, D, 1, [("vehicle_speed_kmh", lambda r: 95 + nz(3), "%.1f"), ("coolant_temp_c", lambda r: ramp(r, 300, 2000, 92, 114) + nz(0.4), "%.1f"),
        ("fan_duty_pct", lambda r: 100 if r > 900 else 40, "%.0f"), ("oil_temp_c", lambda r: ramp(r, 300, 2000, 104, 121) + nz(0.4), "%.1f"),
        ("lv_bus_voltage", lambda r: 14.2 + nz(0.05), "%.2f"), ("ambient_c", lambda r: 34 + nz(0.1), "%.1f")], tcol="ts_ms", tfmt="ms")
    return {"signals.csv": sig, "syslog.log": text("syslog", t0, D, ["sys", "pt"], 2000, host="head"), "can1.log": candump(t0, D, 1500, ch="can1")}, \
        ("thermal", "coolant", "medium", ["high"], "driving", "signals.csv",
         "No error line anywhere; only signals.csv shows coolant temperature climbing from 92 to ~114 C with fan at 100% on a hot highway drive: a real cooling fault, no derate logged yet: medium.")

@spec
def t_hvac(t0):
    D = 1500
    ev = [(600, "W", "AirCon", "refrigerant low side pressure 14 psi is lower than limit 22 psi"), (640, "W", "AirCon", "pressure still low, 12 psi. maybe refrigerant leakage is happened"),
          (641, "E", "AirCon", "AC-LP-03 compressor protection stop. cooling function is not available"), (645, "I", "AirCon", "blower continue with outside air only")]
    sig = csvsig(t0, D, 0.5, [("cabin_temp_f", lambda r: 72 + (0 if r < 641 else ramp(r, 641, 1400, 0, 13)) + nz(0.2), "%.1f"), ("lowside_psi", lambda r: ramp(r, 0, 640, 31, 12) + nz(0.3), "%.1f"),
        ("highside_psi", lambda r: (205 if r < 641 else 95) + nz(2), "%.0f"), ("compressor_rpm", lambda r: 3100 if r < 641 else 0, "%d")], tcol="t", tfmt="rel")
    return {"hvac.log": text("logfmt", t0, D, ["therm"], 700, ev), "hvac_sig.csv": sig, "logcat.txt": text("logcat", t0, D, ["sys", "body"], 1100, host="ivi")}, \
        ("thermal", "hvac", "medium", [], "driving", "hvac_sig.csv",
         "A/C low-side pressure sinks (refrigerant leak) until compressor protection stop AC-LP-03; cabin cooling lost, comfort function degraded: medium.")

@spec
def t_fan_bus(t0):
    D = 2400
    ev = sum((j1939_dm1(700 + 10 * k, 0x00, 0x04, [(647, 5, 1)]) for k in range(70)), []) + sum((j1939_dm1(1400 + 10 * k, 0x00, 0x14, [(647, 5, 3), (110, 0, 1 + k // 30)]) for k in range(100)), [])
    cd = candump(t0, D, 2600, ev, ids=["0CF00400", "18FEEE00", "18FEF100", "18FEEF00", "18FEF500"])
    dlt = text("dlt", t0, D, ["pt"], 800, [(701, "W", "EMS", "Lüfterkupplung Endstufe Stromkreis offen (SPN 647 FMI 5)"),
        (1401, "E", "EMS", "Kühlmitteltemperatur zu hoch: 109 °C, Motorleistung reduziert auf 70 %"), (1402, "W", "EMS", "Fahrerwarnung Kühlmittel STOP angezeigt")], ecu="EMS")
    return {"can_j1939.log": cd, "ems.dlt.txt": dlt, "fms.jsonl": text("json", t0, D, ["tele"], 700, **J(("t", "ms", "sev", "text", "svc")))}, \
        ("thermal", "radiator", "high", [], "driving", "can_j1939.log",
         "City bus: fan clutch driver circuit open (SPN 647 FMI 5) first, then engine coolant temperature high (SPN 110 FMI 0, 'Kühlmitteltemperatur zu hoch') and engine power reduced to 70 %: radiator cooling fault, high.")

# =============================== brakes_chassis ===============================
@spec
def c_wss(t0):
    D = 1500
    sig = csvsig(t0, D, 2, [("wheel_speed_fl", lambda r: (88 + nz(0.3)) if r < 612 else 0.0, "%.1f"), ("wheel_speed_fr", lambda r: 88 + nz(0.3), "%.1f"),
        ("wheel_speed_rl", lambda r: 88 + nz(0.3), "%.1f"), ("wheel_speed_rr", lambda r: 88 + nz(0.3), "%.1f"), ("yaw_rate", lambda r: nz(0.4), "%.2f")], tcol="timestamp", tfmt="s")
    esc = [(612.3, "E", "ABS", "C0035 left front wheel speed sensor circuit - signal lost"), (612.4, "E", "ABS", "ABS function disabled, EBD fallback")]
    adas = [(612.6 + k * 0.2, "E", "acc_manager.cc:77", "ESC not available -> ACC cannot be engaged (%d)" % k) for k in range(20)] + \
           [(613, "E", "lka.cc:120", "lane keeping assist unavailable: stability control status DEGRADED"), (613.1, "W", "hmi_bridge.cc:45", "show 'ACC and Lane Assist unavailable'"),
            (612.5, "E", "esc_if.cc:31", "ESC passive, yaw control OFF")]
    return {"signals.csv": sig, "chassis.log": text("syslog", t0, D, ["chassis"], 800, esc, host="esc", excl=["wheel speeds", "self test"]), "adas.INFO": text("glog", t0, D, ["adas"], 1700, adas)}, \
        ("brakes_chassis", "abs", "critical", ["high"], "driving", "signals.csv",
         "Front-left wheel speed drops to 0 at 88 km/h (signals.csv) and C0035 is set; ABS and ESC are disabled while moving, then ACC/lane assist report unavailable: root cause the wheel speed sensor (abs), safety function lost: critical.")

@spec
def c_eps(t0):
    D = 1200
    ev = [(400 + k * 15, "W", "EPS", "EPS-1190 motor temperature %d C, assist map derated %d%%" % (95 + k * 3, 100 - k * 5)) for k in range(8)] + \
         [(530, "E", "EPS", "EPS-1203 power stage overtemperature, assist limited to 50%"), (531, "W", "EPS", "steering warning lamp (yellow) requested")]
    return {"eps.log": text("rfc5424", t0, D, ["chassis"], 900, ev, host="eps", excl=["assist nominal"]), "can0.log": candump(t0, D, 1500), "logcat.txt": text("logcat", t0, D, ["sys"], 900, host="ivi")}, \
        ("brakes_chassis", "eps", "high", ["medium"], "driving", "eps.log",
         "Parking-lot manoeuvring heats the EPS power stage; EPS derates assist step by step and finally limits it to 50 % (EPS-1203) with the yellow steering lamp: degraded steering, high.")

@spec
def c_tpms(t0):
    D = 3000
    sig = csvsig(t0, D, 0.2, [("tp_fl_kpa", lambda r: 245 + nz(0.5), "%.0f"), ("tp_fr_kpa", lambda r: 246 + nz(0.5), "%.0f"), ("tp_rl_kpa", lambda r: ramp(r, 200, 2800, 240, 168) + nz(0.5), "%.0f"),
        ("tp_rr_kpa", lambda r: 241 + nz(0.5), "%.0f"), ("tire_temp_rl_c", lambda r: 31 + nz(0.3), "%.1f")], tcol="epoch_s", tfmt="s")
    bcm = text("journal", t0, D, ["body", "chassis"], 1000, excl=["FL 36 psi"], events= [(2700, "W", "tpms", "RL pressure 25 psi, below 75% placard - low pressure telltale ON")], host="bcm")
    return {"tpms.csv": sig, "bcm.log": bcm, "tcu.log": text("logfmt", t0, D, ["tele"], 800)}, \
        ("brakes_chassis", "tpms", "medium", ["high"], "driving", "tpms.csv",
         "Rear-left tyre pressure leaks down slowly from 240 to ~170 kPa (tpms.csv) until the TPMS low-pressure telltale comes on: slow puncture, medium.")

@spec
def c_booster(t0):
    D = 1400
    ev = [(720, "E", "IBS", "electric brake booster motor position sensor signal jump, booster enter degradation"), (720.2, "E", "IBS", "IBS-0x2F11 fault active, hydraulic boost by ESP pump (backup) active"),
          (721, "W", "IBS", "pedal feel changed, brake warning lamp yellow request"), (760, "W", "IBS", "backup mode keep, please go to service station")]
    esc = [(720.3, "W", "esc", "IBS degraded -> ESC takes over boost (HBA mode)"), (721, "W", "adas", "AEB performance reduced: IBS not available")]
    return {"ibs.log": text("syslog", t0, D, ["chassis"], 700, ev, host="ibs"), "esc.jsonl": text("json", t0, D, ["chassis"], 1000, esc, **J(("ts", "iso", "lvl", "msg", "ecu"))),
            "syslog.log": text("syslog", t0, D, ["sys"], 900, host="adcu")}, \
        ("brakes_chassis", "brakes", "high", ["critical"], "driving", "ibs.log",
         "Electro-mechanical brake booster loses its motor position signal and degrades; ESP hydraulic backup boost takes over and AEB is reduced: braking degraded but available, high.")

@spec
def c_suspension(t0):
    D = 2000
    ev = [(300, "W", "ECAS", "compressor run time 240 s without reaching 11.5 bar"), (560, "E", "ECAS", "air suspension: rear axle level -38 mm below target, compressor duty limit reached"),
          (561, "E", "ECAS", "SPN 4113 FMI 7 - level control not responding, kneeling disabled")]
    return {"ecas.log": text("logfmt", t0, D, ["chassis"], 600, ev), "j1939.log": candump(t0, D, 2000, j1939_dm1(562, 0x2F, 0x04, [(4113, 7, 1)]), ids=["0CF00400", "18FEF100", "18FEC1EE"]),
            "hmi.log": text("logcat", t0, D, ["sys"], 600, host="drvdisp")}, \
        ("brakes_chassis", "suspension", "medium", ["high"], "driving", "ecas.log",
         "Coach air suspension compressor cannot build pressure; rear axle sinks 38 mm and level control/kneeling is disabled (SPN 4113 FMI 7 in DM1): degraded comfort/levelling, medium.")

# =============================== body ===============================
@spec
def y_airbag(t0):
    D = 1300
    ses = [(700, "737", "73F", [0x19, 0x02, 0x08], rdtc([("B0001", 0x13, 0x2F)]))]
    ev = [(45, "E", "SRS", "driver squib 1 resistance open circuit (> 6.0 ohm), deploy loop disabled"), (46, "W", "SRS", "airbag warning lamp ON")]
    return {"srs.log": text("dlt", t0, D, ["body"], 700, ev, ecu="SDM", excl=["airbag"]), "diag.txt": uds_trace(t0, ses), "syslog.log": text("syslog", t0, D, ["sys"], 1500, host="ivi")}, \
        ("body", "airbag", "high", ["critical"], "driving", "srs.log",
         "Driver frontal airbag stage-1 squib loop open (B0001-13 confirmed) shortly after start; that loop is disabled and the airbag lamp is on while driving: high (restraint partly unavailable).")

@spec
def y_door(t0):
    D = 900
    ev = [(200, "W", "DoorCtl", "RL lock motor stall current 7.8A at 40 ms, lock not reached"), (201, "I", "DoorCtl", "retry 1: RL lock ok"),
          (420, "W", "DoorCtl", "RL lock motor stall again, retry 1 ok"), (421, "E", "DoorCtl", "B1A40 rear left door lock motor performance - counter 2, stored")]
    return {"body.log": text("journal", t0, D, ["body"], 600, ev, host="bcm"), "tcu.log": text("logfmt", t0, D, ["tele"], 400), "kernel.log": text("dmesg", t0, D, ["kern"], 300)}, \
        ("body", "doors", "medium", ["low"], "parked", "body.log",
         "Parked: the rear-left lock actuator stalls twice, each time a retry succeeds, and a door-lock performance fault is stored: real fault that recovered, medium.")

@spec
def y_lamp(t0):
    D = 1500
    ev = [(400, "E", "HCM_L", "low beam LED driver 2 open load, string current 0 mA"), (400.1, "W", "HCM_L", "AFS and matrix function disabled, static mode"),
          (401, "W", "BCM", "exterior light failure telltale ON (left low beam)")]
    sig = csvsig(t0, D, 1, [("lb_left_ma", lambda r: 720 + nz(4) if r < 400 else 0, "%.0f"), ("lb_right_ma", lambda r: 720 + nz(4), "%.0f"), ("ambient_lux", lambda r: 3 + nz(0.5), "%.1f")], tcol="time", tfmt="iso", sep=";")
    return {"lighting.log": text("syslog", t0, D, ["body"], 600, ev, host="bcm", excl=["ambient light"]), "lamp_currents.csv": sig, "adas.log": text("ros", t0, D, ["adas"], 900)}, \
        ("body", "lighting", "high", ["medium"], "driving", "lighting.log",
         "At night the left headlamp low-beam LED string goes open load; adaptive/matrix lighting is disabled and the failure telltale is on: a lighting function lost while driving, high.")

@spec
def y_hmi(t0):
    D = 1200
    kern = [(300, "E", "k", "ds90ub948 2-002c: FPD-Link III lock lost on port 0"), (300.1, "E", "k", "panel-cid: backlight driver fault pin asserted"),
            (300.2, "W", "k", "drm: [CRTC:52] flip_done timed out"), (303, "I", "k", "panel-cid: power cycling panel (attempt 1)"), (305, "I", "k", "ds90ub948 2-002c: link locked, 1920x720@60")]
    app = [(301 + k * 0.4, "E", "SurfaceFlinger", "HWC: present fence timeout display 1") for k in range(10)] + [(306, "I", "SurfaceFlinger", "display 1 reconnected")]
    return {"dmesg.txt": text("dmesg", t0, D, ["kern"], 700, kern), "logcat.txt": text("logcat", t0, D, ["sys"], 1500, app, host="ivi"), "can0.log": candump(t0, D, 900)}, \
        ("body", "hmi", "medium", [], "driving", "dmesg.txt",
         "Central display deserializer loses FPD-Link lock and the backlight driver flags a fault; display black ~5 s until the panel is power-cycled and relocks: HMI hardware fault that recovered, medium.")

# =============================== adas_perception ===============================
@spec
def a_exposure(t0):
    D = 1200
    cam = [(300 + k * 2, "W", "camera_driver.cc:622", "front_narrow: AE integration time stuck at 33.0 ms, mean luma 251 (saturated)") for k in range(40)] + \
          [(299, "W", "camera_driver.cc:610", "front_narrow: AE register write ack timeout (i2c 0x1a)")]
    per = [(320 + k, "W", "lane_detector.cc:190", "lane confidence %.2f below 0.5" % R.uniform(0.05, 0.3)) for k in range(60)] + \
          [(330, "E", "planner.cc:402", "lane keeping disabled: perception lane quality insufficient"), (331, "E", "hmi.cc:50", "driver takeover request: lane assist unavailable")]
    return {"camera.INFO": text("glog", t0, D, ["adas"], 1300, cam), "perception.INFO": text("glog", t0, D, ["adas"], 1500, per), "syslog.log": text("syslog", t0, D, ["sys"], 700, host="adcu")}, \
        ("adas_perception", "camera", "high", [], "driving", "camera.INFO",
         "Front narrow camera AE stuck at max integration (frames saturated) after an I2C register ack timeout; lane confidence collapses and lane keeping is disabled with takeover request: high.")

@spec
def a_lidar(t0):
    D = 900
    lid = [(400 + k * 0.5, "W", "hesai_driver", "udp packets lost %d/s (expected 1800), pointcloud incomplete" % R.randint(600, 1500)) for k in range(60)] + \
          [(399.5, "W", "hesai_driver", "PTP offset 0 ns, eth1 rx_crc_errors increasing")]
    loc = [(412 + k * 0.5, "E", "ndt_scan_matcher", "NDT score %.2f < 2.3, not converged" % R.uniform(0.4, 1.5)) for k in range(30)] + \
          [(428, "E", "system_error_monitor", "localization accuracy lost, emergency: transition to MRM (comfortable stop)"), (436, "F", "mrm_handler", "MRM succeeded: vehicle stopped in lane, hazards ON")]
    return {"sensing.log": text("ros", t0, D, ["adas"], 1200, lid, excl=["top lidar", "plan cycle", "steer_cmd"]), "localization.log": text("ros", t0, D, ["adas"], 1200, loc, excl=["pose ok", "plan cycle", "steer_cmd"]),
            "diagnostics.yaml": yamldump(t0, D, 180, lambda t: "status:\n- level: 0\n  name: /sensing/lidar/top\n  message: OK")}, \
        ("adas_perception", "lidar", "critical", [], "driving", "sensing.log",
         "Robotaxi: top lidar UDP packets start dropping (CRC errors on eth1), NDT localization fails to converge and the system performs an MRM stop in lane: root cause lidar, critical.")

@spec
def a_gnss(t0):
    D = 1200
    gn = [(500 + k * 4, "W", "gnss_driver.cc:140", "timestamp jump: gnss time %+.3f s vs system" % R.choice([-1.0, 1.0, 2.0, -2.0])) for k in range(30)]
    loc = [(530 + k, "W", "localization.cc:210", "gnss measurement rejected, innovation %.1f m" % R.uniform(8, 40)) for k in range(40)] + \
          [(580, "E", "localization.cc:230", "MSF fusion: position drift, std_xy 2.8 m > 0.3 m"), (581, "E", "planner.cc:120", "localization unreliable, request driver takeover"),
           (590, "W", "control.cc:50", "autonomy disengaged by takeover request")]
    pb = pbtxt(t0, D, 300, "gnss", lambda t: "measurement_time: %.3f\nposition_type: 56\nsolution_status: 0\nnum_sats: 18" % t)
    return {"gnss.INFO": text("glog", t0, D, ["adas"], 900, gn), "localization.INFO": text("glog", t0, D, ["adas"], 1000, loc, excl=["pose ok"]), "gnss_best_pose.pb.txt": pb}, \
        ("adas_perception", "gnss", "high", ["critical"], "driving", "gnss.INFO",
         "GNSS driver timestamps jump by whole seconds; localization rejects GNSS, drifts and requests driver takeover (autonomy disengaged): root cause gnss, high.")

@spec
def a_radar(t0):
    D = 1500
    ev = [(200, "W", "FRR", "[ADAS_RAD] E0131 azimuth misalignment estimate 2.9 deg (limit 1.5)"), (260, "E", "FRR", "[ADAS_RAD] E0132 misalignment confirmed, output degraded"),
          (261, "E", "ACC", "ACC unavailable: front radar degraded"), (262, "W", "AEB", "AEB reduced to camera only")]
    return {"adas.jsonl": text("json", t0, D, ["adas"], 1400, ev, excl=["front radar"], **J(("ts", "s", "level", "msg", "node"))), "can0.log": candump(t0, D, 1500), "syslog.log": text("syslog", t0, D, ["sys"], 600, host="adas")}, \
        ("adas_perception", "radar", "high", [], "driving", "adas.jsonl",
         "Front radar self-alignment detects and confirms 2.9 deg azimuth misalignment; ACC disabled, AEB camera-only: feature disabled, high.")

# =============================== connectivity ===============================
@spec
def n_gateway(t0):
    D = 1200
    gw = [(600, "E", "gw", "CPU exception 0x0D in routing task, watchdog reset"), (600.1, "I", "gw", "BOOT reason=WDG, restarting"), (603.5, "I", "gw", "routing active after 3.4 s")]
    ecus = []
    for k, (code, who) in enumerate([("U0100", "ECM/PCM"), ("U0101", "TCM"), ("U0121", "ABS"), ("U0140", "BCM"), ("U0155", "IPC"), ("U0131", "EPS"), ("U0164", "HVAC")]):
        for j in range(6): ecus.append((600.4 + k * 0.1 + j * 0.4, "E", "diagmon", "%s-87 lost communication with %s module, missing message" % (code, who)))
    ecus += [(604, "I", "diagmon", "communication restored, DTCs stored as history")]
    return {"gateway.dlt.txt": text("dlt", t0, D, ["can"], 1100, gw, ecu="CGW"), "diagmon.log": text("journal", t0, D, ["sys"], 1200, ecus, host="ivi"), "can0.log": candump(t0, D, 1800)}, \
        ("connectivity_network", "gateway", "medium", ["high"], "driving", "gateway.dlt.txt",
         "Central gateway takes a CPU exception and watchdog-resets; for ~3.4 s all modules behind it are silent and many U01xx-87 codes flood the IVI; comms recover: root cause gateway, medium.")

@spec
def n_busoff(t0):
    D = 1400
    k = [(500 + i * 0.3, "W", "k", "can1: bus-error, tx error counter %d" % (96 + i * 8)) for i in range(12)] + \
        [(504, "E", "k", "can1: bus-off"), (504.2, "I", "k", "can1: restarted"), (507, "E", "k", "can1: bus-off"), (507.2, "I", "k", "can1: restarted"), (502, "W", "k", "can1: error-passive state")]
    cd = candump(t0, D, 1500, [(500 + i * 0.3, "20000004", "0004000000000000") for i in range(12)], ch="can1")
    ecm = [(505, "E", "vcu", "U0100 lost communication with ECM/PCM A"), (505.1, "W", "vcu", "engine torque request fallback, reduced acceleration")]
    return {"dmesg.txt": text("dmesg", t0, D, ["kern"], 600, k), "can1.log": cd, "vcu.log": text("logfmt", t0, D, ["pt"], 800, ecm)}, \
        ("connectivity_network", "can", "medium", ["high"], "driving", "dmesg.txt",
         "PT-CAN (can1) goes error-passive then bus-off twice with auto-restart (error frames in can1.log), U0100 follows; comms recover: CAN physical layer problem, medium.")

@spec
def n_ecall(t0):
    D = 1200
    ev = [(90, "E", "tcu", "eCall self test: microphone loop ok, SIM profile ok, modem AT+CREG timeout"), (95, "E", "tcu", "modem not responding to AT, power cycle modem"),
          (150, "E", "tcu", "modem enumeration failed after 3 power cycles"), (151, "E", "tcu", "emergency call function NOT AVAILABLE, SOS lamp red")]
    return {"tcu.log": text("syslog", t0, D, ["tele"], 900, ev, host="tcu"), "kernel.log": text("dmesg", t0, D, ["kern"], 400, [(149, "W", "k", "usb 1-1: device descriptor read/64, error -71")]),
            "ivi_logcat.txt": text("logcat", t0, D, ["sys"], 1000, host="ivi")}, \
        ("connectivity_network", "telematics", "high", ["medium"], "driving", "tcu.log",
         "TCU modem stops responding and never re-enumerates after 3 power cycles; eCall/SOS is declared unavailable (red SOS lamp): feature disabled, high.")

@spec
def n_lin(t0):
    D = 1500
    ev = [(700 + i * 5, "W", "lin", "LIN2 node 0x21 (rain/light sensor) no response, frame 0x23") for i in range(20)] + [(760, "E", "lin", "LIN2 slave 0x21 timeout confirmed, default values used")]
    bcm = [(761, "W", "bcm", "rain sensor invalid -> wipers intermittent fallback, auto lamps ON")]
    return {"lin.log": text("rfc5424", t0, D, ["body"], 700, ev, host="bcm"), "bcm.jsonl": text("json", t0, D, ["body"], 800, bcm, **J(("timestamp", "ms", "level", "message", "ecu"))),
            "tcu.log": text("logfmt", t0, D, ["tele"], 500)}, \
        ("connectivity_network", "lin", "medium", [], "driving", "lin.log",
         "LIN2 slave 0x21 (rain/light sensor) stops answering its frames; BCM uses defaults (auto lamps on, intermittent wipers): LIN communication loss degrading comfort, medium.")

@spec
def n_eth(t0):
    D = 900
    k = [(300, "W", "k", "tc9x 0000:01:00.0 eth2: 100BASE-T1 link down (port 3)"), (300.8, "I", "k", "eth2: link up 100Mbps"), (305, "W", "k", "eth2: link down (port 3)"),
         (305.9, "I", "k", "eth2: link up 100Mbps"), (312, "W", "k", "eth2: link down (port 3)"), (313, "I", "k", "eth2: SQI 2/7 on port 3")]
    per = [(300.2 + i * 0.5, "E", "fusion.cc:88", "[ADAS_FUS] E0042 rear_radar stream timeout") for i in range(30)] + [(318, "W", "planner.cc:90", "lane change assist disabled (rear sensor missing)")]
    return {"dmesg.txt": text("dmesg", t0, D, ["kern"], 500, k), "fusion.INFO": text("glog", t0, D, ["adas"], 1200, per), "syslog.log": text("syslog", t0, D, ["sys"], 500, host="adcu")}, \
        ("connectivity_network", "ethernet", "high", ["medium"], "driving", "dmesg.txt",
         "Automotive Ethernet port 3 (100BASE-T1) flaps with low SQI; the rear radar stream behind it times out in fusion ([ADAS_FUS] E0042) and lane-change assist is disabled: root cause ethernet, high.")

# =============================== software_platform ===============================
@spec
def s_oom(t0):
    D = 1200
    k = [(700, "W", "k", "perception_nod invoked oom-killer: gfp_mask=0x100cca, order=0"), (700.1, "E", "k", "Out of memory: Killed process 2211 (perception_nod) total-vm:9822312kB, anon-rss:7710020kB"),
         (650, "I", "k", "memory cgroup perception: usage 7.1G limit 8G")]
    sup = [(700.5, "E", "launch", "perception exited with code -9, restarting"), (704, "I", "launch", "perception up again")] + \
          [(700.6 + i * 0.2, "E", "planner", "no obstacles msg for %d ms" % (200 + i * 200)) for i in range(15)] + [(702, "W", "planner", "fallback: reduced speed 30 km/h")]
    return {"dmesg.txt": text("dmesg", t0, D, ["kern"], 700, k), "ros.log": text("ros", t0, D, ["adas"], 1600, sup, excl=["system status"]), "memstat.csv": csvsig(t0, D, 0.5, [("mem_used_mb", lambda r: min(7990, 5200 + r * 4) if r < 700 else 5200, "%.0f"), ("cpu_pct", lambda r: 55 + nz(5), "%.0f")])}, \
        ("software_platform", "oom", "medium", ["high"], "driving", "dmesg.txt",
         "Perception node memory grows (leak) until the kernel OOM killer kills it; planner loudly reports missing obstacles and slows, perception restarts after ~4 s: recovered software fault, medium.")

@spec
def s_wdt(t0):
    D = 1500
    ev = [(800, "E", "k", "watchdog: BUG: soft lockup - CPU#3 stuck for 22s! [vdec_worker:1401]"), (806, "F", "k", "watchdog: watchdog0: watchdog did not stop! hard reset by SafetyMCU")]
    mcu = [(806.2, "E", "SMCU", "SoC heartbeat lost 6000 ms, asserting reset"), (806.3, "W", "SMCU", "ADAS functions unavailable during SoC restart"), (848, "I", "SMCU", "SoC heartbeat ok, ADAS available")]
    return {"kernel.log": text("dmesg", t0, D, ["kern"], 800, ev), "safety_mcu.log": text("csvev", t0, D, ["adas"], 600, mcu, code=17), "syslog.log": text("syslog", t0, D, ["sys"], 1200, host="adcu")}, \
        ("software_platform", "watchdog", "high", ["medium"], "driving", "kernel.log",
         "A soft lockup on the ADAS SoC leads to a watchdog hard reset by the safety MCU; ADAS functions are unavailable ~40 s while driving, then return: high (medium acceptable since it recovered).")

@spec
def s_fs(t0):
    D = 1200
    k = [(400, "E", "k", "mmc0: cache flush error -110"), (400.2, "E", "k", "EXT4-fs error (device mmcblk0p7): ext4_journal_check_start:83: Detected aborted journal"),
         (400.3, "E", "k", "EXT4-fs (mmcblk0p7): Remounting filesystem read-only")]
    lg = [(401 + i * 3, "E", "recorder", "write /data/rec/seg_%04d.bin failed: Read-only file system" % i) for i in range(40)]
    return {"dmesg.txt": text("dmesg", t0, D, ["kern"], 700, k), "journal.log": text("journal", t0, D, ["sys"], 1300, lg, host="dvr"), "tcu.log": text("logfmt", t0, D, ["tele"], 500)}, \
        ("software_platform", "filesystem", "medium", ["low"], "parked", "dmesg.txt",
         "While parked (sentry recording) the eMMC data partition journal aborts and ext4 remounts read-only; recorder writes fail: filesystem fault disabling recording, medium.")

@spec
def s_ota(t0):
    D = 1800
    ev = [(100, "I", "ota", "campaign 2026.44.1 download complete, verify sha256 ok"), (300, "I", "ota", "installing to slot B"), (700, "I", "ota", "reboot into slot B"),
          (760, "E", "ota", "slot B boot: rootfs dm-verity hash mismatch at block 188232"), (761, "E", "ota", "boot attempt 1/3 failed"), (820, "E", "ota", "boot attempt 3/3 failed, rollback to slot A"),
          (880, "I", "ota", "running slot A (2026.38.2), update marked FAILED, will report")]
    return {"update.log": text("journal", t0, D, ["sys"], 1100, ev, host="ivi"), "kernel.log": text("dmesg", t0, D, ["kern"], 500, [(760, "E", "k", "device-mapper: verity: 179:5: data block 188232 is corrupted")]),
            "tcu.jsonl": text("json", t0, D, ["tele"], 600, **J(("time", "iso", "lvl", "text", "proc")))}, \
        ("software_platform", "ota", "medium", [], "ota", "update.log",
         "Parked OTA install: new slot fails dm-verity check three times and the system rolls back to the previous slot, update FAILED: recovered update fault, medium.")

@spec
def s_crash(t0):
    D = 1000
    ev = [(500, "F", "DEBUG", "*** *** *** *** *** *** *** *** *** *** *** *** *** *** *** ***"), (500.01, "F", "DEBUG", "pid: 3114, tid: 3190, name: nav_render  >>> com.oem.navigation <<<"),
          (500.02, "F", "DEBUG", "signal 11 (SIGSEGV), code 1 (SEGV_MAPERR), fault addr 0x0000000000000018"), (500.5, "I", "ActivityManager", "Process com.oem.navigation (pid 3114) has died"),
          (503, "I", "ActivityManager", "Start proc 3402:com.oem.navigation")]
    return {"logcat.txt": text("logcat", t0, D, ["sys", "body"], 2000, ev, host="ivi"), "dmesg.txt": text("dmesg", t0, D, ["kern"], 500), "tcu.log": text("syslog", t0, D, ["tele"], 400, host="tcu")}, \
        ("software_platform", "crash", "medium", ["low"], "driving", "logcat.txt",
         "Navigation app segfaults (SIGSEGV in nav_render) and is restarted by the system after ~3 s: software crash that recovered, medium.")

# =============================== power_supply ===============================
@spec
def v_fuse(t0):
    D = 1200
    sig = csvsig(t0, D, 4, [("lv_bus_voltage", lambda r: (14.1 + nz(0.03)) if not (600 <= r < 600.6) else 7.9 + nz(0.2), "%.2f"), ("dcdc_out_a", lambda r: 62 + nz(1), "%.1f")], tcol="t_s", tfmt="s")
    pdu = [(599.9, "W", "pdu", "eFuse F14 (chassis feed B) overcurrent trip 48A, retry in 500 ms"), (600.5, "I", "pdu", "F14 reclosed")]
    cas = [(600.1 + i * 0.05, "E", "diag", c) for i, c in enumerate(["ABS/ESC module reset detected (power-on counter +1)", "EPS reset, assist ramp-up", "U0121 lost communication with ABS",
            "U0131 lost communication with EPS", "C1095 ESC power supply low (vendor)", "P0562 system voltage low (ECM)", "ACC cancelled: ESC not ready", "U0415 invalid data received from ABS"] * 3)]
    return {"pdu.log": text("logfmt", t0, D, ["can"], 500, pdu), "signals.csv": sig, "diag.log": text("syslog", t0, D, ["sys", "chassis"], 1100, cas, host="cgw")}, \
        ("power_supply", "lv_distribution", "high", ["critical"], "driving", "pdu.log",
         "An eFuse on the chassis LV feed trips for 0.5 s (pdu.log), the bus dips to ~8 V, and ABS/ESC/EPS reset with many U-codes and P0562 afterwards: root cause LV distribution, high (brief loss of chassis functions; critical acceptable).")

@spec
def v_dcdc(t0):
    D = 3000
    sig = csvsig(t0, D, 1, [("lv_bus_voltage", lambda r: ramp(r, 900, 2900, 14.1, 11.2) + nz(0.03), "%.2f"), ("dcdc_out_current_a", lambda r: ramp(r, 900, 2900, 55, 3) + nz(0.5), "%.1f"),
        ("lv_batt_soc", lambda r: ramp(r, 1400, 3000, 88, 54), "%.1f"), ("hv_pack_voltage", lambda r: 392 - r * 0.002, "%.1f")], tcol="timestamp", tfmt="iso")
    return {"signals.csv": sig, "syslog.log": text("syslog", t0, D, ["sys"], 1600, host="vcu"), "bms.jsonl": text("json", t0, D, ["bms"], 1200, **J(("ts", "ms", "level", "msg", "src")))}, \
        ("power_supply", "dcdc", "medium", ["high"], "driving", "signals.csv",
         "Signal-only: DC-DC output current fades and the 12 V bus drifts from 14.1 to ~11.2 V while the LV battery discharges; no error line logged yet: medium.")

@spec
def v_alt_truck(t0):
    D = 2400
    ev = sum((j1939_dm1(1000 + 10 * k, 0x00, 0x04, [(167, 1, 1)]) for k in range(80)), []) + sum((j1939_dm1(1800 + 10 * k, 0x00, 0x04, [(167, 1, 2), (168, 1, 1)]) for k in range(60)), [])
    sig = csvsig(t0, D, 0.5, [("batt_potential_v", lambda r: ramp(r, 600, 2300, 28.2, 23.4) + nz(0.05), "%.2f"), ("charging_potential_v", lambda r: 28.3 if r < 600 else ramp(r, 600, 900, 28.3, 24.5) + nz(0.05), "%.2f"), ("eng_rpm", lambda r: 1400 + nz(30), "%.0f")])
    dlt = text("dlt", t0, D, ["pt"], 600, [(1001, "W", "ZBR", "Generator Ladespannung zu niedrig (SPN 167 FMI 1)"), (1801, "E", "ZBR", "Spannung Klemme 30 zu niedrig: 23,4 V, Verbraucherabschaltung Stufe 1")], ecu="ZBR")
    return {"signals.csv": sig, "j1939.log": candump(t0, D, 2200, ev, ids=["0CF00400", "18FEF700", "18FEF100"]), "zbr.dlt.txt": dlt}, \
        ("power_supply", "alternator", "medium", ["high"], "driving", "signals.csv",
         "Truck alternator output collapses (charging potential 28.3 -> 24.5 V at t+600 s, before any DM1), then SPN 167 FMI 1 and 'Spannung Klemme 30 zu niedrig' with load shedding stage 1: medium (high acceptable).")

@spec
def v_lvbatt(t0):
    D = 900
    ses = [(500, "7E0", "7E8", [0x19, 0x02, 0x08], rdtc([("P0562", 0x00, 0x09)]))]
    ev = [(30, "W", "pmic", "crank: KL30 min 7.1 V for 410 ms (cold -18 C)"), (31, "W", "ibs", "IBS: battery SOH 41%, internal resistance 14 mOhm, start capability LOW"),
          (32, "I", "pmic", "ECUs recovered after crank undervoltage")]
    return {"power.log": text("journal", t0, D, ["sys"], 800, ev, host="bcm"), "diag.txt": uds_trace(t0, ses), "ivi_logcat.txt": text("logcat", t0, D, ["sys"], 800, [(31, "W", "CarService", "vehicle power state low voltage, audio muted"), (33, "I", "CarService", "power state ON")], host="ivi")}, \
        ("power_supply", "lv_battery", "medium", ["low"], "driving", "power.log",
         "Cold start at -18 C: 12 V battery (SOH 41 %) sags to 7.1 V during crank, P0562 confirmed; ECUs recover and the engine runs: weak LV battery, medium.")

# =============================== extra faults ===============================
@spec
def t_overtemp_adcu(t0):
    D = 1500
    sig = csvsig(t0, D, 1, [("soc_temp_c", lambda r: ramp(r, 200, 900, 71, 104) + nz(0.3), "%.1f"), ("adcu_fan_rpm", lambda r: 0 if r > 180 else 4100 + nz(40), "%.0f"), ("ambient_c", lambda r: 31, "%.0f")], tcol="time", tfmt="s")
    th = [(180, "W", "fanctl", "ADCU fan tach 0 rpm at 70% PWM"), (905, "E", "thermald", "SoC junction 104 C > 100 C, throttling CPU/GPU to 50%")]
    ad = [(910 + i, "W", "planner.cc:55", "cycle overrun %d ms (budget 100)" % R.randint(130, 220)) for i in range(40)] + [(940, "E", "planner.cc:60", "highway pilot unavailable: compute degraded")]
    return {"thermald.log": text("syslog", t0, D, ["sys"], 700, th, host="adcu"), "adcu_temp.csv": sig, "planner.INFO": text("glog", t0, D, ["adas"], 1400, ad)}, \
        ("thermal", "overtemp", "high", [], "driving", "thermald.log",
         "ADCU cooling fan stops (tach 0 rpm); SoC temperature rises to 104 C and throttles, planner overruns and highway pilot becomes unavailable: root cause thermal overtemp of the compute unit, high.")

@spec
def p_fuel_two(t0):
    D = 1800
    ses = [(1500, "7E0", "7E8", [0x19, 0x02, 0x08], rdtc([("P0171", 0x00, 0x2F), ("P0087", 0x00, 0x2F), ("P0456", 0x00, 0x28)]))]
    sig = csvsig(t0, D, 1, [("rail_kpa", lambda r: (34000 if r < 700 else ramp(r, 700, 900, 34000, 21000)) + nz(200), "%.0f"), ("ltft_pct", lambda r: ramp(r, 700, 1200, 2, 24) + nz(0.5), "%.1f"), ("rpm", lambda r: 2300 + nz(100), "%.0f")], tcol="ts", tfmt="s")
    ev = [(905, "W", "ecm", "fuel rail pressure 21 MPa below target 34 MPa, HPFP duty 100%"), (1200, "W", "ecm", "mixture lean bank 1, LTFT +24%"), (1210, "E", "ecm", "engine power limited: low rail pressure")]
    return {"diag.txt": uds_trace(t0, ses), "signals.csv": sig, "ecm.log": text("logfmt", t0, D, ["pt"], 1100, ev, excl=["lambda", "fuel trim"])}, \
        ("powertrain", "fuel", "high", [], "driving", "signals.csv",
         "Dominant fault: fuel rail pressure drops (P0087) and the mixture goes lean (P0171, consequence) with engine power limited; an old EVAP small leak P0456 is history only: fuel system, high.")

@spec
def n_can_pending(t0):
    D = 1800
    ses = [(1200, "7E0", "7E8", [0x19, 0x02, 0xFF], rdtc([("U0140", 0x00, 0x24)]))]
    ev = [(900, "W", "gw", "BODY-CAN: BCM NM message missing 1200 ms, then present again"), (901, "I", "gw", "U0140 test failed this cycle, pending")]
    return {"gateway.log": text("rfc5424", t0, D, ["can"], 1200, ev, host="cgw"), "diag.txt": uds_trace(t0, ses), "tcu.log": text("logfmt", t0, D, ["tele"], 700)}, \
        ("connectivity_network", "can", "low", [], "driving", "gateway.log",
         "BCM messages briefly absent on body CAN; U0140 (lost communication with BCM) stored as pending only (0x24); nothing noticeable: low.")

@spec
def b_dcfc(t0):
    D = 1800
    ev = [(20, "I", "EVCC", "SLAC matching done, ISO15118 session established"), (900, "W", "EVCC", "EVSE isolation monitoring: IMD of EVSE reports warning"),
          (1300, "E", "EVCC", "CCS: CurrentDemandRes EVSEStatusCode=EVSE_EmergencyShutdown? no -> own: PP resistance out of range 3.1 kOhm"),
          (1300.2, "E", "EVCC", "charge inlet proximity pilot implausible, stop charging (vehicle side), P1 0x0CA2"), (1302, "I", "EVCC", "contactors opened, session terminated by EV")]
    sig = csvsig(t0, D, 1, [("dc_current_a", lambda r: 180 + nz(2) if r < 1300 else 0, "%.1f"), ("pack_voltage", lambda r: 360 + r * 0.02, "%.1f"), ("inlet_temp_c", lambda r: ramp(r, 0, 1300, 25, 58), "%.1f"), ("pp_kohm", lambda r: 1.5 if r < 1290 else 3.1, "%.2f")])
    return {"charging.log": text("journal", t0, D, ["bms"], 900, ev, host="obc"), "signals.csv": sig, "tcu.log": text("syslog", t0, D, ["tele"], 700, host="tcu")}, \
        ("battery_bms", "charging", "medium", ["high"], "charging", "signals.csv",
         "DC fast charge: proximity pilot resistance jumps out of range (inlet warming to 58 C) and the EV stops the session; charging stopped while parked at a charger: medium (high acceptable).")

# =============================== healthy ===============================
@spec
def h_highway(t0):
    D = 3600
    ad = [(R.uniform(0, D), "W", "camera_driver.cc:415", "front_wide: dropped 2 frames (seq gap), recovered") for _ in range(4)] + \
         [(1200, "W", "radar_driver.cc:80", "front radar: CAN frame timeout 1 cycle, next cycle ok"), (2000, "I", "planner.cc:88", "lane change left completed")]
    sig = csvsig(t0, D, 0.5, [("vehicle_speed_kmh", lambda r: 118 + nz(2), "%.1f"), ("yaw_rate", lambda r: nz(0.3), "%.2f"), ("coolant_temp", lambda r: 88 + nz(0.4), "%.1f"),
                              ("lv_bus_voltage", lambda r: 14.2 + nz(0.03), "%.2f"), ("wheel_speed_fl", lambda r: 118 + nz(0.5), "%.1f")])
    return {"planner.INFO": text("glog", t0, D, ["adas"], 1900, ad), "signals.csv": sig, "syslog.log": text("syslog", t0, D, ["sys", "tele"], 1300, host="adcu")}, \
        ("none", "none", "low", [], "driving", None, "One hour highway drive at ~118 km/h with ACC: only routine chatter, a few camera frame drops and a one-cycle radar CAN timeout that recovered at once; all signals nominal.")

@spec
def h_workshop(t0):
    D = 1500
    ses = [(100, "7E0", "7E8", [0x10, 0x03], [0x50, 0x03, 0x00, 0x32, 0x01, 0xF4]),
           (120, "7E0", "7E8", [0x19, 0x02, 0xFF], rdtc([("P0562", 0x00, 0x28), ("U0121", 0x87, 0x28), ("P0456", 0x00, 0x28)])),
           (140, "760", "768", [0x19, 0x02, 0xFF], rdtc([("C0035", 0x00, 0x28)])),
           (400, "7DF", "7E8", [0x14, 0xFF, 0xFF, 0xFF], [0x54]), (402, "760", "768", [0x14, 0xFF, 0xFF, 0xFF], [0x54]),
           (600, "7E0", "7E8", [0x19, 0x02, 0xFF], [0x59, 0x02, 0xFF]), (610, "760", "768", [0x19, 0x02, 0xFF], [0x59, 0x02, 0xFF])]
    tool = [(90, "I", "tester", "session start VIN WVWZZZ1KZBW000000, service mode"), (130, "W", "tester", "history DTCs found (status 0x28: not failed this cycle, confirmed earlier)"),
            (401, "I", "tester", "ClearDiagnosticInformation positive response from 2 ECUs"), (620, "I", "tester", "re-read: no DTC stored"),
            (300, "E", "tester", "assert failed in plugin report_pdf.cc:41 (debug build), continuing")]
    return {"diag.txt": uds_trace(t0, ses, 120), "tester.log": text("logfmt", t0, D, ["sys"], 600, tool), "can0.log": candump(t0, D, 1200, form="console")}, \
        ("none", "none", "low", [], "test", None, "Workshop session: tester reads only history DTCs (status 0x28, not failing now), clears them and re-reads an empty list; tester debug assertion is tooling noise. Healthy.")

@spec
def h_ac_pause(t0):
    D = 4000
    ev = [(50, "I", "OBC", "AC charging start, 11 kW 3-phase, CP duty 26%"), (1500, "I", "OBC", "scheduled pause (tariff window) - charging suspended by user schedule"),
          (2700, "I", "OBC", "schedule resume, charging 11 kW"), (3900, "I", "OBC", "target SOC 80% reached, session end"), (1501, "W", "OBC", "CP state C->B (EV paused), expected")]
    sig = csvsig(t0, D, 0.2, [("pack_voltage", lambda r: 380 + min(r, 1500) * 0.006 + max(0, r - 2700) * 0.006, "%.1f"), ("ac_current_a", lambda r: 16 if (r < 1500 or 2700 < r < 3900) else 0, "%.1f"),
                              ("cell_temp_max", lambda r: 24 + nz(0.2), "%.1f"), ("soc", lambda r: 52 + min(r, 1500) * 0.0083 + max(0, min(r, 3900) - 2700) * 0.0083, "%.1f")])
    return {"obc.jsonl": text("json", t0, D, ["bms"], 1200, ev, **J(("ts", "s", "level", "msg", "unit"))), "signals.csv": sig, "tcu.log": text("syslog", t0, D, ["tele", "sys"], 900, host="tcu")}, \
        ("none", "none", "low", [], "charging", None, "Overnight AC charge with a user-scheduled pause and resume, ends at target SOC 80%; CP state changes are expected. Healthy.")

@spec
def h_dcfc(t0):
    D = 2000
    ev = [(10, "I", "充电管理", "国标直流充电握手完成 / GB/T handshake done, BRM sent"), (30, "I", "充电管理", "绝缘检测通过 R_iso>10MΩ / insulation check passed"),
          (1900, "I", "充电管理", "SOC 80% 充电结束 / charge complete, BST sent"), (400, "W", "充电管理", "桩端报文 CCS 超时一次, 已恢复 / one charger status frame late, recovered")]
    sig = csvsig(t0, D, 1, [("pack_voltage", lambda r: 350 + r * 0.02, "%.1f"), ("dc_current_a", lambda r: 200 - r * 0.05, "%.1f"), ("cell_temp_max", lambda r: 26 + r * 0.005, "%.1f"), ("r_iso_kohm", lambda r: 12000, "%d")])
    return {"bms.jsonl": text("json", t0, D, ["bms"], 1300, ev, **J(("timestamp", "ms", "lvl", "text", "mod"))), "signals.csv": sig, "logcat.txt": text("logcat", t0, D, ["sys"], 700, host="ivi")}, \
        ("none", "none", "low", [], "charging", None, "GB/T DC fast charge to 80% with insulation check passed and one late charger frame that recovered; cell temperatures moderate. Healthy.")

@spec
def h_ota(t0):
    D = 2400
    ev = [(60, "I", "ota", "campaign 2026.46.0 downloaded, signature ok"), (400, "I", "ota", "install slot B complete"), (420, "I", "ota", "planned reboot 1/2"),
          (500, "I", "ota", "slot B boot ok, health check passed"), (900, "I", "ota", "MCU firmware flash via UDS 0x34/0x36/0x37 ok"), (920, "I", "ota", "planned reboot 2/2"), (1000, "I", "ota", "update SUCCESS, committed slot B")]
    k = [(420, "I", "k", "reboot: Restarting system"), (921, "I", "k", "reboot: Restarting system"), (505, "W", "k", "systemd[1]: Configuration file is marked world-inaccessible")]
    gw = [(425 + i * 0.5, "W", "gw", "node IVI missing during planned update reboot (expected)") for i in range(10)]
    return {"update.log": text("journal", t0, D, ["sys"], 1200, ev, host="ivi"), "kernel.log": text("dmesg", t0, D, ["kern"], 500, k), "gateway.dlt.txt": text("dlt", t0, D, ["can"], 900, gw, ecu="CGW")}, \
        ("none", "none", "low", [], "ota", None, "OTA update with two planned reboots; gateway notes the IVI missing during the planned reboots; update succeeds and is committed. Healthy.")

@spec
def h_ign(t0):
    D = 1800
    ev = []
    for c in range(4):
        b = c * 450
        ev += [(b + 1, "I", "k", "Booting Linux on physical CPU 0x0"), (b + 2, "W", "k", "cfg80211: failed to load regulatory.db"), (b + 2.5, "W", "k", "mmc1: error -110 whilst initialising SDIO card (unused slot)"),
               (b + 3, "W", "k", "i2c i2c-4: probe of 4-0050 failed with error -6 (optional eeprom)")]
    j = [(c * 450 + 5, "W", "systemd", "Timed out waiting for device /dev/ttyLTE (modem still booting), continuing") for c in range(4)] + [(c * 450 + 9, "I", "vcu", "ignition ON, all ECUs reported ready") for c in range(4)]
    return {"dmesg.txt": text("dmesg", t0, D, ["kern"], 800, ev), "journal.log": text("journal", t0, D, ["sys"], 1200, j, host="ivi"), "can0.log": candump(t0, D, 1600)}, \
        ("none", "none", "low", [], "driving", None, "Four ignition cycles on short trips with the usual boot warnings (regulatory.db, unused SDIO slot, optional EEPROM probe, modem late). Healthy.")

@spec
def h_trailer(t0):
    D = 1800
    ev = [(100, "I", "TRM", "trailer detected via socket pin 13, bulb check start"), (103, "W", "TRM", "trailer left indicator current low 0.9 A (LED trailer), LED mode selected"),
          (104, "I", "TRM", "trailer stability assist armed, ESC trailer mode ON"), (1700, "I", "TRM", "trailer disconnected, functions restored"), (1701, "I", "esc", "trailer mode OFF")]
    return {"trailer.log": text("syslog", t0, D, ["chassis", "body"], 900, ev, host="bcm"), "can0.log": candump(t0, D, 1500), "tcu.jsonl": text("json", t0, D, ["tele"], 700, **J(("time", "s", "severity", "msg", "app")))}, \
        ("none", "none", "low", [], "driving", None, "Trailer hitched (LED trailer recognized, ESC trailer mode), towing drive, trailer unhitched. Warning about low indicator current is expected for LED lamps. Healthy.")

@spec
def h_cold_truck(t0):
    D = 1800
    ev = [(k * 1.0, "18FECA00", bytes(dm1(0x00, [])).hex()) for k in range(0, D, 1)]
    dl = [(5, "I", "EMS", "Vorglühen aktiv, Kühlmitteltemperatur -21 °C, Glühzeit 12 s"), (18, "I", "EMS", "Motorstart erfolgreich, Nachglühen 180 s"),
          (20, "W", "EMS", "Kraftstoffvorwärmung EIN (Dieselfilterheizung)"), (600, "I", "EMS", "Warmlauf beendet, Kühlmittel 70 °C"), (25, "W", "HVAC", "Zuheizer Standheizung Flamme erkannt")]
    sig = csvsig(t0, D, 0.5, [("coolant_temp_c", lambda r: ramp(r, 20, 900, -21, 82) + nz(0.3), "%.1f"), ("batt_v", lambda r: 27.8 + nz(0.05) if r > 20 else 22.5, "%.2f"), ("oil_kpa", lambda r: 420 + nz(5), "%.0f")])
    return {"j1939.log": candump(t0, D, 2000, ev, ids=["0CF00400", "18FEEE00", "18FEF100"]), "ems.dlt.txt": text("dlt", t0, D, ["pt"], 700, dl, ecu="EMS"), "signals.csv": sig}, \
        ("none", "none", "low", [], "driving", None, "Cold morning (-21 C) truck start: glow plugs, fuel filter heater, auxiliary heater; DM1 shows no active DTCs (lamps 00); coolant warms normally. Healthy.")

@spec
def h_sleep(t0):
    D = 6 * 3600
    ev = [(k * 3600 + 5, "I", "tcu", "periodic wake: keepalive, 12V %.2f V" % (12.62 - k * 0.01)) for k in range(6)] + [(k * 3600 + 9, "W", "chronyd", "NTP server unreachable, will retry") for k in range(6)]
    sig = csvsig(t0, D, 1 / 60, [("lv_batt_voltage", lambda r: 12.62 - r / 3600 * 0.01 + nz(0.005), "%.3f"), ("quiescent_ma", lambda r: 18 + nz(1), "%.1f")])
    return {"tcu.log": text("syslog", t0, D, ["tele"], 900, ev, host="tcu"), "signals.csv": sig, "bcm.log": text("logfmt", t0, D, ["body"], 400)}, \
        ("none", "none", "low", [], "parked", None, "Six hours parked asleep: hourly telematics wake-ups, NTP retries; 12 V stays ~12.6 V with 18 mA quiescent current. Healthy.")

@spec
def h_robotaxi(t0):
    D = 1800
    ad = [(R.uniform(0, D), "W", "camera_driver.cc:415", "rear: dropped 1 frame") for _ in range(3)] + [(900, "I", "planner.cc:88", "stop at pickup point, door open"), (960, "I", "planner.cc:88", "resume route")]
    pb = pbtxt(t0, D, 400, "control", lambda t: "throttle: %.2f\nbrake: %.2f\nsteering_target: %.1f\ndriving_mode: COMPLETE_AUTO_DRIVE" % (R.uniform(0, 30), R.uniform(0, 5), R.uniform(-10, 10)))
    return {"planning.INFO": text("glog", t0, D, ["adas"], 2200, ad), "control_cmd.pb.txt": pb, "can0.log": candump(t0, D, 1200, [(700, "0C9", "0000000000000000")])}, \
        ("none", "none", "low", [], "driving", None, "Robotaxi city loop in full auto with a pickup stop; only camera frame drops and routine chatter. Healthy.")

DROP = {"b_contactor", "b_pending", "p_inverter", "t_hvac", "c_suspension", "n_lin", "n_can_pending", "s_crash"}
def main():
    specs = [f for f in SPEC if f.__name__ not in DROP]
    order = list(range(len(specs))); R.shuffle(order)
    for k, idx in enumerate(order):
        f = specs[idx]
        files, lab = f(T[k])
        batch("s%03d" % (k + 1), files, *lab)
    LBL.sort(key=lambda x: x["batch"])
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh: json.dump(LBL, fh, indent=1, ensure_ascii=False)
if __name__ == "__main__":
    main()
