#!/usr/bin/env python3
"""Generator for the tuning2 diagnosis evaluation set (fixed seed, stdlib only).

Run from anywhere:  python3 _make.py   -> writes batch folders + labels.json next to this file.
"""
import json
import math
import os
import random
import shutil
import time

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20261201)

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def gm(t):
    return time.gmtime(t)


def iso(t, ms=3, z="Z"):
    g = gm(t)
    frac = ("%.6f" % (t % 1))[1:2 + ms] if ms else ""
    return time.strftime("%Y-%m-%dT%H:%M:%S", g) + frac + z


def hms(t, digits=3):
    g = gm(t)
    return time.strftime("%H:%M:%S", g) + ("%.6f" % (t % 1))[1:2 + digits]


# ---------------------------------------------------------------- formatters
LV = {"D": 7, "I": 6, "N": 5, "W": 4, "E": 3, "C": 2}


def f_3164(e, host):
    g = gm(e["t"])
    pid = "[%d]" % e["pid"] if e.get("pid") and e["proc"] != "kernel" else ""
    return "%s %2d %s %s %s%s: %s" % (MON[g.tm_mon - 1], g.tm_mday, time.strftime("%H:%M:%S", g), host, e["proc"], pid, e["msg"])


def f_5424(e, host):
    pri = 8 + LV[e["lvl"]] if e["proc"] != "kernel" else LV[e["lvl"]]
    return "<%d>1 %s %s %s %s - - %s" % (pri, iso(e["t"], 3, "Z"), host, e["proc"], e.get("pid") or "-", e["msg"])


def f_journal(e, host):
    g = gm(e["t"])
    pid = "[%d]" % e["pid"] if e.get("pid") else ""
    return "%s%s+0000 %s %s%s: %s" % (time.strftime("%Y-%m-%dT%H:%M:%S", g), ("%.6f" % (e["t"] % 1))[1:], host, e["proc"], pid, e["msg"])


def f_dmesg(e, boot):
    return "[%12.6f] %s" % (e["t"] - boot, e["msg"])


def f_glog(e, _):
    g = gm(e["t"])
    lv = {"D": "I", "I": "I", "N": "I", "W": "W", "E": "E", "C": "F"}[e["lvl"]]
    return "%s%s %s%s %5d %s] %s" % (lv, time.strftime("%m%d", g), time.strftime("%H:%M:%S", g), ("%.6f" % (e["t"] % 1))[1:],
                                     e.get("tid", 2100 + (sum(map(ord, e["proc"])) % 700)), e["proc"], e["msg"])


def f_logcat(e, _):
    g = gm(e["t"])
    lv = {"D": "D", "I": "I", "N": "I", "W": "W", "E": "E", "C": "F"}[e["lvl"]]
    return "%s%s %5d %5d %s %s: %s" % (time.strftime("%m-%d %H:%M:%S", g), ("%.3f" % (e["t"] % 1))[1:], e.get("pid", 1000),
                                      e.get("tid", e.get("pid", 1000)), lv, e["proc"], e["msg"])


def f_logfmt(e, _):
    lv = {"D": "debug", "I": "info", "N": "info", "W": "warn", "E": "error", "C": "fatal"}[e["lvl"]]
    msg = e["msg"].replace('"', "'")
    extra = "".join(" %s=%s" % kv for kv in e.get("kv", []))
    return 'ts=%s level=%s comp=%s msg="%s"%s' % (iso(e["t"], 3), lv, e["proc"], msg, extra)


def f_ros(e, _):
    lv = {"D": "DEBUG", "I": "INFO", "N": "INFO", "W": "WARN", "E": "ERROR", "C": "FATAL"}[e["lvl"]]
    return "[%s] [%.9f] [%s]: %s" % (lv, e["t"], e["proc"], e["msg"])


_dlt_idx = [0]
_dlt_boot = [0.0]


def f_dlt(e, ecu):
    _dlt_idx[0] += 1
    g = gm(e["t"])
    lv = {"D": "debug", "I": "info", "N": "info", "W": "warn", "E": "error", "C": "fatal"}[e["lvl"]]
    apid, ctid = (e["proc"].split("/") + ["DFLT"])[:2]
    ts = int((e["t"] - e.get("boot", _dlt_boot[0])) * 10000)
    return "%d %s%s %d %03d %s %s %s log %s verbose 1 %s" % (
        _dlt_idx[0], time.strftime("%Y/%m/%d %H:%M:%S", g), ("%.6f" % (e["t"] % 1))[1:], ts, _dlt_idx[0] % 256, ecu, apid, ctid, lv, e["msg"])


def mk_json(variant):
    def f(e, _):
        lvl = e["lvl"]
        if variant == 0:
            d = {"ts": iso(e["t"], 3), "level": {"D": "debug", "I": "info", "N": "info", "W": "warning", "E": "error", "C": "critical"}[lvl],
                 "src": e["proc"], "msg": e["msg"]}
        elif variant == 1:
            d = {"time": round(e["t"], 3), "severity": {"D": "DEBUG", "I": "INFO", "N": "NOTICE", "W": "WARN", "E": "ERROR", "C": "CRIT"}[lvl],
                 "module": e["proc"], "message": e["msg"]}
        elif variant == 2:
            d = {"timestamp": int(e["t"] * 1000), "lvl": lvl, "component": e["proc"], "text": e["msg"]}
        else:
            d = {"@timestamp": iso(e["t"], 6, "+00:00"), "log.level": {"D": "debug", "I": "info", "N": "info", "W": "warn", "E": "error", "C": "fatal"}[lvl],
                 "service": e["proc"], "message": e["msg"]}
        d.update(e.get("fields", {}))
        return json.dumps(d, separators=(",", ":"))
    return f


FMT = {"3164": f_3164, "5424": f_5424, "journal": f_journal, "dmesg": f_dmesg, "glog": f_glog, "logcat": f_logcat,
       "logfmt": f_logfmt, "ros": f_ros, "dlt": f_dlt, "json0": mk_json(0), "json1": mk_json(1), "json2": mk_json(2),
       "json3": mk_json(3)}


# ---------------------------------------------------------------- noise pools
import itertools
SEQ = itertools.count(R.randint(1000, 50000))


def ri(a, b):
    return R.randint(a, b)


def rf(a, b, n=1):
    return round(R.uniform(a, b), n)


def hexb(n):
    return " ".join("%02X" % R.randrange(256) for _ in range(n))


POOLS = {
    "linux": [
        (20, "I", "healthd", lambda: "heartbeat seq=%d load=%.2f mem_free=%dMB" % (next(SEQ), R.uniform(0.3, 2.5), ri(900, 2400))),
        (6, "I", "systemd", lambda: R.choice(["Started Session c%d of user vehicle." % ri(1, 90), "Starting Cleanup of Temporary Directories...",
                                              "Finished Cleanup of Temporary Directories.", "Started logrotate.service - Rotate log files.",
                                              "logrotate.service: Deactivated successfully."])),
        (3, "W", "wpa_supplicant", lambda: "wlan0: CTRL-EVENT-SCAN-FAILED ret=-16 retry=1"),
        (2, "W", "chronyd", lambda: R.choice(["No suitable source for synchronisation", "Could not resolve address of 2.pool.ntp.org, retrying",
                                              "System clock wrong by 0.%03d seconds, adjustment started" % ri(1, 400)])),
        (3, "E", "uploader", lambda: "POST /v2/ingest/batch failed: HTTP %d (attempt %d/5), retry in %ds" % (R.choice([502, 503, 504]), ri(1, 2), R.choice([2, 4, 8]))),
        (5, "I", "uploader", lambda: "upload complete: %d KiB in %.1fs" % (ri(40, 900), R.uniform(0.3, 4))),
        (3, "I", "CRON", lambda: "(root) CMD (/usr/lib/vehicle/housekeeping.sh --quiet)"),
        (2, "W", "avahi-daemon", lambda: "Invalid response packet from host 10.42.0.%d." % ri(2, 30)),
        (3, "I", "NetworkManager", lambda: "<info>  [%d.%04d] device (wwan0): state change: activated" % (ri(1700000000, 1800000000), ri(0, 9999))),
        (2, "E", "bluetoothd", lambda: "profiles/audio/avrcp.c:handle_vendordep_pdu() Unknown vendor PDU 0x%02x" % ri(0x30, 0x40)),
        (2, "W", "systemd-journald", lambda: "Suppressed %d messages from diagd.service" % ri(5, 60)),
        (4, "I", "diagd", lambda: "routine poll ok ecus=%d responded=%d" % (24, 24)),
        (3, "I", "someipd", lambda: "SD OfferService 0x%04x inst 0x0001 ttl=3" % R.choice([0x1001, 0x1020, 0x2004, 0x3101])),
        (2, "W", "dbus-broker", lambda: "A security policy denied :1.%d to send method call /org/vendor/Telemetry:org.vendor.Telemetry.Ping" % ri(10, 99)),
        (2, "E", "gpsd", lambda: "SER: device open of /dev/ttyUSB%d failed: No such file or directory - retrying read-only" % ri(2, 3)),
    ],
    "kernel": [
        (10, "I", "kernel", lambda: R.choice(["usb 1-1.%d: new high-speed USB device number %d using xhci-hcd" % (ri(1, 4), ri(3, 20)),
                                              "EXT4-fs (mmcblk0p%d): mounted filesystem with ordered data mode. Quota mode: none." % ri(5, 8),
                                              "IPv6: ADDRCONF(NETDEV_CHANGE): eth0: link becomes ready",
                                              "can0: bitrate 500000 sample-point 0.875", "audit: type=1400 audit(%d.%03d:%d): apparmor=\"ALLOWED\" operation=\"open\"" % (ri(1700000000, 1800000000), ri(0, 999), ri(10, 900)),
                                              "wlan0: authenticate with 3c:84:6a:%02x:%02x:%02x" % (ri(0, 255), ri(0, 255), ri(0, 255)),
                                              "thermal thermal_zone%d: trip point %d temp %d" % (ri(0, 3), ri(0, 2), ri(38000, 52000)),
                                              "mmc0: new HS400 MMC card at address 0001"])),
        (2, "W", "kernel", lambda: R.choice(["usb 1-1.3: device descriptor read/64, error -71", "brcmfmac: brcmf_cfg80211_scan: scan error (-110)",
                                             "random: crng init done",
                                             "can0: bus-off recovery not required, error counters tx=%d rx=%d" % (ri(0, 8), ri(0, 8))])),
        (1, "E", "kernel", lambda: R.choice(["usb 1-1.3: device not accepting address %d, error -71" % ri(5, 12), "ov5640 2-003c: i2c read retry 1 ok"])),
    ],
    "ivi": [
        (10, "I", "ActivityManager", lambda: R.choice(["Start proc %d:com.vendor.media/u0a%d for service" % (ri(2000, 9000), ri(40, 90)),
                                                       "Killing %d:com.vendor.weather/u0a%d (adj 900): empty #17" % (ri(2000, 9000), ri(40, 90)),
                                                       "Displayed com.vendor.launcher/.Home: +%dms" % ri(200, 900)])),
        (3, "W", "ActivityManager", lambda: "Slow operation: %dms so far, now at startProcess: done updating pids map" % ri(50, 140)),
        (6, "D", "CarPropertyService", lambda: "onPropertyChange 0x%08X area=0 status=AVAILABLE" % R.choice([0x11600207, 0x11400400, 0x15400500, 0x11200402])),
        (3, "W", "AudioFlinger", lambda: "write blocked for %d msecs, %d delayed writes, thread 0x%x" % (ri(80, 180), ri(1, 40), ri(0x7000, 0x7fff))),
        (4, "I", "NavigationService", lambda: "route progress: %d m remaining, eta %ds" % (ri(500, 30000), ri(60, 2400))),
        (2, "E", "WifiHAL", lambda: "wifi_start_gscan failed: -3 (not supported)"),
        (2, "I", "lmkd", lambda: "Reclaimed %dkB, cache(%dkB) and free(%dkB)-reserved(%dkB) below min" % (ri(8000, 90000), ri(100000, 400000), ri(40000, 90000), ri(20000, 40000))),
        (2, "I", "chatty", lambda: "uid=1000(system) CarServiceHelp expire %d lines" % ri(3, 40)),
        (3, "D", "BluetoothAdapter", lambda: "isLeEnabled(): ON"),
        (2, "E", "SpotifyPlayer", lambda: "Track prefetch failed: java.net.SocketTimeoutException: timeout (will retry)"),
        (3, "I", "VoiceAssistant", lambda: "hotword model loaded, sample_rate=16000"),
    ],
    "telematics": [
        (10, "I", "tcu", lambda: "heartbeat ok rsrp=%d rsrq=%d sinr=%d band=%d" % (-ri(80, 112), -ri(6, 14), ri(2, 22), R.choice([3, 7, 20, 28]))),
        (6, "I", "mqtt", lambda: "publish topic=v1/telemetry/state qos=1 bytes=%d" % ri(300, 2200)),
        (2, "W", "mqtt", lambda: "keepalive missed, reconnecting to broker (backoff %ds)" % R.choice([1, 2, 4])),
        (2, "I", "mqtt", lambda: "connected to broker session_present=1"),
        (3, "I", "gnss", lambda: "fix=3D sats=%d hdop=%.1f" % (ri(9, 22), R.uniform(0.6, 1.8))),
        (2, "E", "uploader", lambda: "chunk %d upload timed out after 30s, requeued" % ri(1, 40)),
        (2, "W", "ntp", lambda: "server time.vendor-cloud.net unreachable, retry in 64s"),
        (2, "I", "modem", lambda: "AT+CSQ -> +CSQ: %d,99" % ri(12, 28)),
        (1, "W", "modem", lambda: "RRC connection release (cause normal), idle"),
    ],
    "adas": [
        (12, "I", "planner.cc:%d" % 212, lambda: "planning cycle seq=%d latency=%.1fms obstacles=%d" % (ri(1, 10 ** 6), R.uniform(8, 31), ri(0, 40))),
        (6, "I", "reference_line_provider.cc:%d" % 144, lambda: "reference line updated, length=%.1fm lanes=%d" % (R.uniform(120, 260), ri(1, 4))),
        (5, "I", "fusion_node.cc:77", lambda: "fused tracks=%d (cam=%d radar=%d)" % (ri(3, 30), ri(2, 20), ri(3, 24))),
        (2, "W", "camera_driver.cc:301", lambda: "front_wide: dropped %d frame(s), seq gap" % ri(1, 2)),
        (2, "W", "radar_driver.cc:120", lambda: "front radar: %d ghost detections suppressed (guardrail)" % ri(1, 6)),
        (3, "I", "localization.cc:58", lambda: "pose ok ndt_score=%.2f cov_xy=%.3f" % (R.uniform(0.85, 0.99), R.uniform(0.01, 0.08))),
        (1, "W", "localization.cc:93", lambda: "GNSS status RTK_FLOAT, using INS prediction for %dms" % ri(100, 600)),
        (1, "E", "record_uploader.cc:41", lambda: "object store PUT failed (HTTP 503), will retry"),
        (2, "I", "health_monitor.cc:30", lambda: "all modules alive: perception planning control localization"),
    ],
    "perception": [
        (8, "I", "/perception/camera_front", lambda: "detections=%d latency=%.1fms fps=%.1f" % (ri(2, 40), R.uniform(18, 34), R.uniform(29.6, 30.1))),
        (2, "W", "/perception/camera_front", lambda: "frame %d dropped (sensor timestamp gap %dms)" % (ri(10000, 99999), ri(60, 70))),
        (8, "I", "/perception/radar_front", lambda: "objects=%d clusters=%d cycle=50ms" % (ri(5, 40), ri(10, 80))),
        (2, "W", "/perception/radar_front", lambda: "multipath suppression removed %d targets" % ri(1, 5)),
        (8, "I", "/sensing/lidar_top", lambda: "cloud points=%d proc=%.1fms" % (ri(110000, 128000), R.uniform(20, 45))),
        (1, "W", "/sensing/lidar_top", lambda: "window contamination index %.2f (threshold 0.60)" % R.uniform(0.05, 0.2)),
        (3, "I", "/perception/tracker", lambda: "tracks active=%d new=%d lost=%d" % (ri(5, 40), ri(0, 4), ri(0, 4))),
        (1, "E", "/tools/bag_recorder", lambda: "disk quota check failed once (EAGAIN), retried ok"),
    ],
    "bms": [
        (12, "I", "bms", lambda: "cell monitor scan ok, %d/%d CMUs" % (16, 16)),
        (4, "I", "bms", lambda: "isolation monitor: R_iso=%d kOhm ok" % ri(1800, 4500)),
        (3, "I", "balancing", lambda: "passive balancing active on %d cells, delta=%dmV" % (ri(0, 6), ri(4, 19))),
        (2, "W", "bms", lambda: "CMU %d reply late (%dms), value kept" % (ri(1, 16), ri(11, 19))),
        (2, "D", "soc_estimator", lambda: "EKF update residual=%.4f" % R.uniform(0, 0.01)),
        (2, "I", "contactor", lambda: "contactor status main+=CLOSED main-=CLOSED precharge=OPEN"),
    ],
    "dlt": [
        (12, "NM/NMST", "I", lambda: "NM state Normal Operation, nodes=%d" % ri(14, 18)),
        (6, "PWR/STAT", "I", lambda: "power mode %s, KL15=%s" % ("RUN", "ON")),
        (5, "SOME/SD", "I", lambda: "OfferService id=0x%04x major=1 ttl=5" % R.choice([0x1001, 0x1201, 0x4301])),
        (3, "DIAG/DM", "I", lambda: "DEM cycle, events stored=0"),
        (2, "LOG/DLT", "W", lambda: "log buffer %d%% full, dropping verbose" % ri(70, 88)),
        (2, "SEC/SOC", "W", lambda: "SecOC freshness resync on PDU 0x%03X (ok)" % ri(0x100, 0x5FF)),
        (2, "TIME/GPTP", "I", lambda: "gPTP offset %dns grandmaster stable" % ri(-400, 400)),
    ],
}


def noise(pool, t0, t1, n, **extra):
    items = POOLS[pool]
    weights = [w for w, *_ in items]
    out = []
    n = max(60, int(n * NOISE_SCALE))
    for _ in range(n):
        w = R.choices(items, weights)[0]
        if pool == "dlt":
            _, proc, lvl, fn = w
        else:
            _, lvl, proc, fn = w
        e = {"t": R.uniform(t0, t1), "lvl": lvl, "proc": proc, "msg": fn(), "pid": PIDS.setdefault(proc, ri(300, 4000))}
        e.update(extra)
        out.append(e)
    return out


PIDS = {}
NOISE_SCALE = 0.45
MAX_SIG_LINES = 2400


def cap_lines(text):
    lines = text.rstrip("\n").split("\n")
    if len(lines) <= MAX_SIG_LINES:
        return text
    head = [lines[0]] if not lines[0].startswith("(") and not lines[0].startswith("  ") else []
    body = lines[len(head):]
    k = -(-len(body) // (MAX_SIG_LINES - 1))
    return "\n".join(head + body[::k]) + "\n"


def ev(t, lvl, proc, msg, **kw):
    d = {"t": t, "lvl": lvl, "proc": proc, "msg": msg, "pid": PIDS.setdefault(proc, ri(300, 4000))}
    d.update(kw)
    return d


def render(events, style, arg=None, header=None):
    events = sorted(events, key=lambda e: e["t"])
    lines = [FMT[style](e, arg) for e in events]
    if header:
        lines = header + lines
    return "\n".join(lines) + "\n"


def periodic(t0, t1, period, fn, jitter=0.05):
    out = []
    t = t0 + R.uniform(0, period)
    while t < t1:
        r = fn(t)
        if r:
            out.extend(r if isinstance(r, list) else [r])
        t += period * (1 + R.uniform(-jitter, jitter))
    return out


# ---------------------------------------------------------------- special formats
def csv_signals(t0, t1, period, cols, tsfmt="epoch"):
    names = list(cols)
    head = ("timestamp" if tsfmt == "epoch" else "time_utc") + "," + ",".join(names)
    rows = [head]
    t = t0
    while t < t1:
        x = t - t0
        vals = []
        for n in names:
            v = cols[n](x)
            vals.append(("%.0f" % v) if isinstance(v, int) else ("%.2f" % v if abs(v) < 1000 else "%.1f" % v))
        ts = "%.3f" % t if tsfmt == "epoch" else iso(t, 3)
        rows.append(ts + "," + ",".join(vals))
        t += period
    return cap_lines("\n".join(rows) + "\n")


def nz(s):
    return R.gauss(0, s)


def can_frames(t0, t1, ids, iface="can0", form="file", extra=()):
    """ids: list of (period, canid_str, datafn(t, counter)) ; extra: list of (t, canid, data)."""
    fr = []
    for period, cid, fn in ids:
        c = 0
        t = t0 + R.uniform(0, period)
        while t < t1:
            d = fn(t, c)
            if d is not None:
                fr.append((t, cid, d))
            c += 1
            t += period * (1 + R.uniform(-0.02, 0.02))
    fr.extend(extra)
    fr.sort()
    out = []
    for t, cid, d in fr:
        h = d.replace(" ", "")
        d = " ".join(h[i:i + 2] for i in range(0, len(h), 2))
        if form == "file":
            out.append("(%.6f) %s %s#%s" % (t, iface, cid, d.replace(" ", "")))
        else:
            n = len(d.split())
            out.append("  %s  %s   [%d]  %s" % (iface, cid.rjust(3) if len(cid) <= 3 else cid, n, d))
    return cap_lines("\n".join(out) + "\n")


def cnt_data(base):
    def f(t, c):
        return "%s %02X" % (base() if callable(base) else base, c % 256)
    return f


def dtc_bytes(code, ft=0):
    kind = {"P": 0, "C": 1, "B": 2, "U": 3}[code[0]]
    num = int(code[1:], 16)
    v = (kind << 14) | num
    return "%02X %02X %02X" % (v >> 8, v & 0xFF, ft)


def isotp_lines(t, tx, rx, payload, txid="7E0", rxid="7E8"):
    """payload bytes (list of ints) response; returns trace lines incl. flow control."""
    out = []
    n = len(payload)
    if n <= 7:
        out.append((t, "Rx", rxid, "%02X " % n + " ".join("%02X" % b for b in payload)))
        return out
    out.append((t, "Rx", rxid, "10 %02X " % n + " ".join("%02X" % b for b in payload[:6])))
    out.append((t + 0.004, "Tx", txid, "30 00 00"))
    rest = payload[6:]
    sn = 1
    tt = t + 0.006
    while rest:
        chunk = rest[:7]
        rest = rest[7:]
        out.append((tt, "Rx", rxid, "%02X " % (0x20 | (sn % 16)) + " ".join("%02X" % b for b in chunk) + (" AA" * (7 - len(chunk)))))
        sn += 1
        tt += 0.002
    return out


def trace_text(lines):
    lines.sort()
    return "\n".join("%s %s %s %s" % (hms(t), d, cid, data) for t, d, cid, data in lines) + "\n"


def uds_dtc_payload(records, mask=0xFF):
    p = [0x59, 0x02, mask]
    for code, ft, st in records:
        p += [int(x, 16) for x in dtc_bytes(code, ft).split()] + [st]
    return p


def yaml_dump(msgs):
    out = []
    for m in msgs:
        out.append(m.rstrip("\n"))
        out.append("---")
    return "\n".join(out) + "\n"


def ros_header(t, frame):
    return "header:\n  stamp:\n    sec: %d\n    nanosec: %d\n  frame_id: %s\n" % (int(t), int((t % 1) * 1e9), frame)


def pb_header(t, module, seq):
    return 'header {\n  timestamp_sec: %.6f\n  module_name: "%s"\n  sequence_num: %d\n}\n' % (t, module, seq)


# ---------------------------------------------------------------- batch writing
BATCHES = []


def batch(label):
    def deco(fn):
        BATCHES.append((fn, label))
        return fn
    return deco


def T0(day, hh, mm):
    # 2026-11-<day> hh:mm UTC
    return 1795996800 + (day - 30) * 86400 + hh * 3600 + mm * 60 + ri(0, 59) + R.random()


# ====================== HEALTHY ==================================================
@batch(dict(category="none", subsystem="none", risk_level="low", vehicle_state="parked", root_cause_file=None,
            description="Vehicle asleep overnight in a garage; periodic TCU wake-ups, LV voltage flat at 12.5 V, cellular/NTP retries and an upload retry are routine. Healthy."))
def h_sleep(t0):
    t1 = t0 + 6 * 3600
    f = {}
    tl = noise("telematics", t0, t1, 700)
    tl += periodic(t0, t1, 1800, lambda t: [ev(t, "I", "pm", "wake-up by RTC timer, reason=periodic_report"),
                                             ev(t + 14, "I", "pm", "report sent, returning to deep sleep (lv=%.2fV)" % (12.52 + nz(0.02)))])
    f["tcu.log"] = render(tl, "logfmt")
    f["signals.csv"] = csv_signals(t0, t1, 20, {"lv_bus_voltage": lambda x: 12.55 - x * 1e-6 + nz(0.015), "lv_current_a": lambda x: 0.03 + abs(nz(0.01)) + (1.8 if int(x) % 1800 < 20 else 0),
                                                  "soc_pct": lambda x: 64.0 - x * 2e-6, "cabin_temp": lambda x: 9.5 - x / 7200 + nz(0.05), "vehicle_speed": lambda x: 0.0})
    f["syslog"] = render(noise("linux", t0, t1, 420) + periodic(t0, t1, 1800, lambda t: ev(t + 2, "I", "systemd-sleep", "System returned from sleep state.")), "3164", "tcu-a53")
    return f


@batch(dict(category="none", subsystem="none", risk_level="low", vehicle_state="charging", root_cause_file=None,
            description="Routine 11 kW AC charge at home from 38% to 80% with scheduled start; pilot duty, balancing and a cloud upload retry are normal. Healthy."))
def h_ac_charge(t0):
    t1 = t0 + 4 * 3600
    f = {}
    dur = t1 - t0
    bm = noise("bms", t0, t1, 1500)
    bm += periodic(t0, t1, 60, lambda t: ev(t, "I", "charge_ctrl", "AC charging I=%.1fA/phase P=%.2fkW SoC=%.1f%%" % (15.8 + nz(0.1), 10.9 + nz(0.05), 38 + 42 * (t - t0) / dur)))
    bm.append(ev(t0 + 3, "I", "charge_ctrl", "CP duty 26.7% -> max 16A, 3 phases detected"))
    bm.append(ev(t0 + 5, "I", "contactor", "AC charge path closed, OBC enabled"))
    bm.append(ev(t1 - 20, "I", "charge_ctrl", "target SoC 80% reached, ramping down"))
    bm.append(ev(t1 - 12, "I", "charge_ctrl", "charge session complete, 17.4 kWh delivered"))
    bm.append(ev(t0 + 900, "W", "obc", "mains voltage L2 227V below nominal, within tolerance"))
    f["bms.jsonl"] = render(bm, "json1")
    f["charger.log"] = render(noise("telematics", t0, t1, 600) + [ev(t0 + 1, "I", "sched", "departure timer: start charging now (off-peak window)")], "logfmt")
    f["signals.csv"] = csv_signals(t0, t1, 10, {
        "pack_voltage": lambda x: 372 + 28 * x / dur + nz(0.3), "pack_current": lambda x: -28.5 + nz(0.3) if x < dur - 30 else -2.0,
        "cell_temp_max": lambda x: 18 + 6 * x / dur + nz(0.1), "cell_temp_min": lambda x: 16.5 + 5 * x / dur + nz(0.1),
        "cell_v_delta_mv": lambda x: 11 + nz(1.5), "lv_bus_voltage": lambda x: 14.1 + nz(0.03), "obc_temp": lambda x: 41 + 10 * (1 - math.exp(-x / 900)) + nz(0.2)})
    f["syslog"] = render(noise("linux", t0, t1, 500), "5424", "ccu-main")
    return f


@batch(dict(category="none", subsystem="none", risk_level="low", vehicle_state="charging", root_cause_file=None,
            description="DC fast charge 12%->78%; current tapers per the charge curve, a CCS pre-charge retry on the first handshake succeeded. Taper is normal behaviour, not a derate fault. Healthy."))
def h_dc_charge(t0):
    t1 = t0 + 1900
    dur = t1 - t0
    f = {}
    cur = lambda x: 380 if x < 600 else max(90, 380 - (x - 600) * 0.22)
    d = noise("dlt", t0, t1, 1500)
    d += periodic(t0, t1, 5, lambda t: ev(t, "I", "BMS/CHG", "DC charge I_req=%dA I_act=%dA U=%.1fV SoC=%.1f" % (cur(t - t0), cur(t - t0) - ri(0, 3), 640 + 120 * (t - t0) / dur, 12 + 66 * (t - t0) / dur)))
    d += [ev(t0 + 2, "I", "BMS/CHG", "CCS: SLAC matching done, EVSE id DE*ION*E1234"),
          ev(t0 + 8, "W", "BMS/CHG", "EVSE cable check response timeout, repeating CableCheckReq (1/3)"),
          ev(t0 + 11, "I", "BMS/CHG", "CableCheck finished: isolation valid"),
          ev(t0 + 15, "I", "BMS/CHG", "PreCharge complete, DC contactors closed"),
          ev(t0 + 600, "I", "BMS/CHG", "entering CV/taper region, request following charge curve"),
          ev(t1 - 10, "I", "BMS/CHG", "user stop from app, SessionStop sent, contactors open, welding check passed")]
    f["dlt_ccu.txt"] = render(d, "dlt", "CCU1")
    f["can1.log"] = can_frames(t0, t1, [(0.1, "1A3", cnt_data(lambda: "%04X %04X 00 00 00" % (int(cur(0) * 10), 7000))),
                                         (0.5, "3C2", cnt_data("40 1F 00 00 00 00 00")), (1.0, "508", cnt_data("11 22 00 00 3C 00 00"))], "can1", "file")
    f["signals.csv"] = csv_signals(t0, t1, 2, {"pack_voltage": lambda x: 640 + 120 * x / dur + nz(0.5), "pack_current": lambda x: -cur(x) + nz(1),
                                               "cell_temp_max": lambda x: 24 + 15 * x / dur + nz(0.1), "coolant_temp": lambda x: 22 + 6 * x / dur + nz(0.1),
                                               "lv_bus_voltage": lambda x: 14.0 + nz(0.02)}, "iso")
    return f


@batch(dict(category="none", subsystem="none", risk_level="low", vehicle_state="driving", root_cause_file=None,
            description="35-minute city drive with stop-and-go; IVI logcat noise, one CAN frame-timeout that recovered in the next cycle, Wi-Fi scan failures. Healthy."))
def h_city(t0):
    t1 = t0 + 2100
    f = {}
    spd = lambda x: max(0, 30 + 25 * math.sin(x / 90) + 10 * math.sin(x / 23))
    f["logcat.txt"] = render(noise("ivi", t0, t1, 2600), "logcat")
    j = noise("linux", t0, t1, 900) + noise("kernel", t0, t1, 100)
    tt = t0 + 1234
    j += [ev(tt, "W", "canmgr", "frame 0x1F5 (ESP_Status) timeout 52ms > 50ms"), ev(tt + 0.06, "I", "canmgr", "frame 0x1F5 received again, timeout cleared")]
    f["journal.txt"] = render(j, "journal", "hu-01")
    f["can0.log"] = can_frames(t0, t0 + 600, [(0.02, "0B4", lambda t, c: "%04X %04X %04X %02X%02X" % (int(spd(t - t0) * 100), int(spd(t - t0) * 100), int(spd(t - t0) * 100), c % 16, 0)),
                                              (0.1, "1F5", cnt_data("00 00 10 00 00 00 00")), (0.5, "3B7", cnt_data("01 00 00 80 00 00 00"))], "can0", "console")
    f["signals.csv"] = csv_signals(t0, t1, 1, {"vehicle_speed": lambda x: spd(x) + nz(0.2), "wheel_speed_fl": lambda x: spd(x) + nz(0.3), "wheel_speed_fr": lambda x: spd(x) + nz(0.3),
                                               "yaw_rate": lambda x: 3 * math.sin(x / 17) + nz(0.2), "lv_bus_voltage": lambda x: 14.2 + nz(0.05), "coolant_temp": lambda x: 48 + nz(0.4)})
    return f


@batch(dict(category="none", subsystem="none", risk_level="low", vehicle_state="driving", root_cause_file=None,
            description="Highway drive with lane keeping and ACC engaged throughout; occasional camera frame drops, radar ghost suppression, RTK float episodes and a debug assertion in a replay tool. Healthy."))
def h_highway_adas(t0):
    t1 = t0 + 1500
    f = {}
    a = noise("adas", t0, t1, 3500, tid=ri(2000, 3000))
    a += [ev(t0 + 20, "I", "adas_manager.cc:101", "ACC engaged set_speed=120kph"), ev(t0 + 31, "I", "adas_manager.cc:101", "LKA engaged"),
          ev(t0 + 700, "E", "replay_tool.cc:55", "DCHECK failed: frame_idx < cache_.size() (debug build of offline replay tool, ignored)"),
          ev(t1 - 40, "I", "adas_manager.cc:140", "ACC/LKA disengaged by driver (brake pedal)")]
    f["planner.INFO"] = "Log file created at: %s\nRunning on machine: adcu-x86\nLog line format: [IWEF]mmdd hh:mm:ss.uuuuuu threadid file:line] msg\n" % time.strftime("%Y/%m/%d %H:%M:%S", gm(t0)) + render(a, "glog")
    r = noise("perception", t0, t1, 1600)
    r += periodic(t0, t1, 10, lambda t: ev(t, "I", "/sensing/lidar_top", "packets %d/s, rpm 600, 0 corrupt" % ri(17990, 18010)))
    f["perception.log"] = render(r, "ros")
    msgs = []
    for i, t in enumerate([t0 + k * 6.0 for k in range(int((t1 - t0) / 6))]):
        msgs.append(ros_header(t, "base_link") + "objects:\n- id: %d\n  class: CAR\n  distance: %.1f\n  rel_speed: %.2f\n  existence_prob: %.2f\n- id: %d\n  class: TRUCK\n  distance: %.1f\n  rel_speed: %.2f\n  existence_prob: %.2f\nstatus: OK"
                    % (ri(1, 300), R.uniform(30, 90), nz(2), R.uniform(0.8, 1), ri(1, 300), R.uniform(40, 120), nz(1), R.uniform(0.8, 1)))
    f["fusion_objects.yaml"] = yaml_dump(msgs)
    f["signals.csv"] = csv_signals(t0, t1, 0.5, {"vehicle_speed": lambda x: 118 + 3 * math.sin(x / 60) + nz(0.3), "yaw_rate": lambda x: nz(0.4), "steer_angle": lambda x: nz(1.2),
                                                 "lv_bus_voltage": lambda x: 14.3 + nz(0.04)})
    return f


@batch(dict(category="none", subsystem="none", risk_level="low", vehicle_state="ota", root_cause_file=None,
            description="OTA update 2026.44.3 while parked: download with two retried chunks (HTTP 503), signature verified, A/B slot switch, reboot and successful boot of the new slot. Healthy."))
def h_ota(t0):
    t1 = t0 + 2700
    f = {}
    o = noise("telematics", t0, t1, 500)
    steps = [(5, "I", "ota", "campaign 2026.44.3 accepted by owner, vehicle parked, SoC 71%"),
             (10, "I", "ota", "download start, 1.84 GiB in 472 chunks"), (310, "W", "ota", "chunk 131 HTTP 503, retry 1/5 in 8s"),
             (319, "I", "ota", "chunk 131 ok"), (640, "W", "ota", "chunk 288 TLS read timeout, retry 1/5"), (648, "I", "ota", "chunk 288 ok"),
             (990, "I", "ota", "download complete, sha256 verified"), (995, "I", "ota", "signature check (ECDSA P-256) passed"),
             (1000, "I", "ota", "installing to inactive slot B"), (1800, "I", "ota", "slot B written and verified, 0 bad blocks"),
             (1805, "I", "ota", "flashing ECU BCM 4.2.0 -> 4.3.1 via UDS"), (1960, "I", "ota", "BCM flash complete, CRC ok"),
             (1970, "I", "ota", "requesting reboot into slot B"), (2100, "I", "ota", "post-boot health check: 23/23 services up"),
             (2110, "I", "ota", "slot B marked good, campaign 2026.44.3 SUCCESS reported")]
    o += [ev(t0 + s, l, p, m) for s, l, p, m in steps]
    f["ota.log"] = render(o, "logfmt")
    j = noise("linux", t0, t1, 1300)
    j += [ev(t0 + 1975, "I", "systemd", "Reached target Reboot."), ev(t0 + 1978, "I", "systemd-shutdown", "Syncing filesystems and block devices."),
          ev(t0 + 2010, "I", "systemd", "Startup finished in 2.104s (kernel) + 6.880s (userspace) = 8.984s."),
          ev(t0 + 2012, "W", "systemd", "update-done.service: Failed with result 'exit-code' - re-run scheduled (stamp file race, known)"),
          ev(t0 + 2015, "I", "systemd", "update-done.service: Succeeded.")]
    f["journal.txt"] = render(j, "journal", "ccu-main")
    boot = t0 + 1985
    k = noise("kernel", boot, t1, 300) + [ev(boot + 0.001, "I", "kernel", "Booting Linux on physical CPU 0x0000000000 [0x410fd083]"),
                                         ev(boot + 0.2, "I", "kernel", "Machine model: Vendor CCU rev C"), ev(boot + 1.5, "I", "kernel", "Kernel command line: root=/dev/mmcblk0p6 rootwait slot=b"),
                                         ev(boot + 3.2, "W", "kernel", "EXT4-fs (mmcblk0p6): recovery complete"), ev(boot + 3.3, "I", "kernel", "EXT4-fs (mmcblk0p6): mounted filesystem")]
    f["dmesg.txt"] = render(k, "dmesg", boot)
    return f


@batch(dict(category="none", subsystem="none", risk_level="low", vehicle_state="driving", root_cause_file=None,
            description="Cold start at -24 C: glow/PTC heaters on, battery heating, temporary cold power limit by calibration, coolant warms up normally. Healthy."))
def h_cold(t0):
    t1 = t0 + 1800
    f = {}
    boot = t0 - 2
    k = noise("kernel", t0, t1, 250) + [ev(t0 + 0.5, "W", "kernel", "thermal thermal_zone0: critical temperature below minimum (-24C), sensor clamped"),
                                        ev(t0 + 2, "W", "kernel", "mmc0: tuning failed at -24C, retrying at lower clock"), ev(t0 + 2.3, "I", "kernel", "mmc0: HS200 tuning passed")]
    f["dmesg.txt"] = render(k, "dmesg", boot)
    s = noise("linux", t0, t1, 1100) + [ev(t0 + 5, "I", "vcm", "ambient -24C: PTC heater stage 2 on, seat heaters on by climate preset"),
                                        ev(t0 + 8, "I", "vcm", "battery heating requested, cell_min=-19C"),
                                        ev(t0 + 9, "W", "vcm", "propulsion limit 60kW per low-temperature calibration (expected in cold)"),
                                        ev(t0 + 900, "I", "vcm", "cell_min 5C reached, low-temperature limit released"),
                                        ev(t0 + 60, "W", "displayd", "LCD backlight warm-up mode active")]
    f["syslog"] = render(s, "3164", "vcm")
    f["signals.csv"] = csv_signals(t0, t1, 1, {"ambient_temp": lambda x: -24 + nz(0.1), "coolant_temp": lambda x: -20 + 90 * (1 - math.exp(-x / 700)) + nz(0.2),
                                               "cell_temp_min": lambda x: -19 + 25 * (1 - math.exp(-x / 900)) + nz(0.1), "lv_bus_voltage": lambda x: 14.4 + nz(0.05),
                                               "vehicle_speed": lambda x: max(0, 40 + 20 * math.sin(x / 120)) if x > 120 else 0})
    return f


@batch(dict(category="none", subsystem="none", risk_level="low", vehicle_state="test", root_cause_file=None,
            description="Workshop service session: extended session, ReadDTCInformation returns no stored codes on all ECUs, actuator tests pass, a test-tool assertion and a refused security access (wrong level) are routine. Healthy."))
def h_service(t0):
    t1 = t0 + 1500
    f = {}
    tr = []
    t = t0 + 10
    ecus = [("7E0", "7E8"), ("7E2", "7EA"), ("760", "768"), ("726", "72E"), ("710", "718"), ("744", "74C")]
    for rep in range(6):
        for tx, rx in ecus:
            tr.append((t, "Tx", tx, "02 10 03"))
            tr.append((t + 0.02, "Rx", rx, "06 50 03 00 32 01 F4"))
            tr.append((t + 0.1, "Tx", tx, "03 19 02 FF"))
            tr.append((t + 0.13, "Rx", rx, "03 59 02 FF"))
            tr.append((t + 0.2, "Tx", tx, "03 22 F1 90"))
            tr += isotp_lines(t + 0.23, tx, rx, [0x62, 0xF1, 0x90] + [ord(c) for c in "WVWZZZ1KZ8W%06d" % ri(0, 999999)], tx, rx)
            for k in range(20):
                tr.append((t + 1 + k * 2, "Tx", tx, "02 3E 80"))
            t += 45
    tr.append((t0 + 30, "Tx", "726", "02 27 11"))
    tr.append((t0 + 30.03, "Rx", "72E", "03 7F 27 12"))
    tr.append((t0 + 31, "Tx", "726", "02 27 01"))
    tr.append((t0 + 31.03, "Rx", "72E", "06 67 01 3A 9C 11 07"))
    tr.append((t0 + 900, "Tx", "7DF", "04 14 FF FF FF"))
    tr.append((t0 + 900.1, "Rx", "7E8", "01 54"))
    f["diag.txt"] = trace_text(tr)
    s = noise("linux", t0, t1, 900) + [ev(t0 + 2, "I", "diagd", "workshop mode entered (tester present on OBD)"),
                                       ev(t0 + 400, "I", "diagd", "actuator test: cooling fan 0-100% ok, current 18.2A"),
                                       ev(t0 + 460, "I", "diagd", "actuator test: coolant pump ok, 4200rpm"),
                                       ev(t0 + 520, "E", "testbench", "assertion failed in tool script step 14 (expected 'OK' got 'ok') - script issue, step re-run passed"),
                                       ev(t0 + 1400, "I", "diagd", "workshop mode left")]
    f["syslog"] = render(s, "5424", "gw-diag")
    f["dlt_gw.txt"] = render(noise("dlt", t0, t1, 1000), "dlt", "GW01")
    return f


@batch(dict(category="none", subsystem="none", risk_level="low", vehicle_state="driving", root_cause_file=None,
            description="Country-road drive; the IVI media app is restarted on purpose after an update, one radar CAN message timeout recovered within 100 ms, TCU reconnects after a tunnel. Healthy."))
def h_blip(t0):
    t1 = t0 + 1800
    f = {}
    lc = noise("ivi", t0, t1, 2000) + [ev(t0 + 600, "I", "PackageManager", "package com.vendor.media updated, restarting"),
                                       ev(t0 + 600.2, "I", "ActivityManager", "Force stopping com.vendor.media appid=10045 user=0: pkg update"),
                                       ev(t0 + 601.5, "I", "ActivityManager", "Start proc 5521:com.vendor.media/u0a45 for service")]
    f["logcat.txt"] = render(lc, "logcat")
    tm = noise("telematics", t0, t1, 700) + [ev(t0 + 1000, "W", "modem", "no service (tunnel?), searching"), ev(t0 + 1045, "I", "modem", "registered, LTE band 20"),
                                             ev(t0 + 1046, "I", "mqtt", "reconnected, flushed 45 queued messages")]
    f["telematics.jsonl"] = render(tm, "json2")
    d = noise("dlt", t0, t1, 1200) + [ev(t0 + 1310, "W", "COM/RX", "PDU RDR_Obj_01 deadline monitoring timeout (1 cycle)"),
                                      ev(t0 + 1310.09, "I", "COM/RX", "PDU RDR_Obj_01 reception resumed")]
    f["dlt_adas.txt"] = render(d, "dlt", "ADAS")
    return f


@batch(dict(category="none", subsystem="none", risk_level="low", vehicle_state="parked", root_cause_file=None,
            description="Parked in a public lot with poor coverage: repeated NTP failures, Wi-Fi scans failing, HTTP upload retries, sentry camera recording clips. All network/housekeeping noise. Healthy."))
def h_parked_net(t0):
    t1 = t0 + 3 * 3600
    f = {}
    s = noise("linux", t0, t1, 1600)
    s += periodic(t0, t1, 300, lambda t: [ev(t, "W", "chronyd", "Can't synchronise: no selectable sources"), ev(t + 40, "E", "uploader", "POST /v2/ingest/batch failed: connect timeout (attempt 3/5)")])
    s += periodic(t0, t1, 600, lambda t: ev(t, "I", "sentry", "motion near rear-left, clip %d saved (14s)" % ri(1, 900)))
    f["messages"] = render(s, "3164", "ccu-main")
    f["tcu.jsonl"] = render(noise("telematics", t0, t1, 900), "json0")
    f["signals.csv"] = csv_signals(t0, t1, 30, {"lv_bus_voltage": lambda x: 12.48 + nz(0.02), "dcdc_active": lambda x: 0, "soc_pct": lambda x: 55.2 - x * 1.5e-5, "vehicle_speed": lambda x: 0.0})
    return f


@batch(dict(category="none", subsystem="none", risk_level="low", vehicle_state="driving", root_cause_file=None,
            description="Automated-driving test car on an urban loop (Apollo-style stack), localization/chassis protobuf dumps nominal, short GNSS degradations under bridges handled by INS. Healthy."))
def h_apollo(t0):
    t1 = t0 + 1200
    f = {}
    pb = []
    for i in range(int((t1 - t0) / 4.0)):
        t = t0 + i * 4
        pb.append(pb_header(t, "localization", i) + "pose {\n  position { x: %.3f y: %.3f z: %.3f }\n  linear_velocity { x: %.3f y: %.3f z: 0.0 }\n}\nuncertainty {\n  position_std_dev { x: %.3f y: %.3f }\n}\nmsf_status {\n  local_lidar_status: MSF_LOCAL_LIDAR_NORMAL\n  gnsspos_position_type: %s\n}\n"
                  % (587000 + i * 8.1, 4141000 + i * 2.2, 12.4, 8.0 + nz(0.1), 2.2 + nz(0.1), R.uniform(0.02, 0.06), R.uniform(0.02, 0.06), R.choice(["NARROW_INT"] * 8 + ["SINGLE"])))
    f["localization.pb.txt"] = "\n".join(pb)
    ch = []
    for i in range(int((t1 - t0) / 6.0)):
        t = t0 + i * 6
        ch.append(pb_header(t, "chassis", i) + "engine_started: true\nspeed_mps: %.2f\nthrottle_percentage: %.1f\nbrake_percentage: %.1f\nsteering_percentage: %.1f\ndriving_mode: COMPLETE_AUTO_DRIVE\nerror_code: NO_ERROR\ngear_location: GEAR_DRIVE\n"
                  % (8.3 + nz(0.5), R.uniform(5, 25), R.uniform(0, 10), nz(4)))
    f["chassis.pb.txt"] = "\n".join(ch)
    a = noise("adas", t0, t1, 3000)
    a += [ev(t0 + 400, "W", "localization.cc:93", "GNSS status SINGLE under bridge, INS dead-reckoning 1.8s"), ev(t0 + 402, "I", "localization.cc:58", "GNSS NARROW_INT regained")]
    f["planning.INFO"] = render(a, "glog")
    return f


@batch(dict(category="none", subsystem="none", risk_level="low", vehicle_state="driving", root_cause_file=None,
            description="Heavy truck (J1939) on a highway: DM1 frames report no active DTCs (lamps off), engine temperatures and oil pressure in range, fleet telematics noise. Healthy."))
def h_truck(t0):
    t1 = t0 + 900
    f = {}
    ids = [(0.05, "0CF00400", lambda t, c: "F0 7D 7D %04X 00 F0 7D" % (0x1F40 + ri(-40, 40))),  # EEC1
           (1.0, "18FEEE00", lambda t, c: "%02X FF %02X FF FF FF FF FF" % (128, 0x79)),  # ET1 coolant 88C
           (0.5, "18FEEF00", lambda t, c: "FF FF FF %02X FF FF FF FF" % (0x5A + ri(-2, 2))),  # oil pressure
           (1.0, "18FECA00", lambda t, c: "00 FF 00 00 00 00 FF FF"),  # DM1 no active
           (1.0, "18FECA0B", lambda t, c: "00 FF 00 00 00 00 FF FF"),
           (0.1, "18FEF100", lambda t, c: "FF %04X FF FF FF FF FF" % (0x5A00 + ri(-100, 100)))]
    f["can0.log"] = can_frames(t0, t1, ids, "can0", "file")
    fl = noise("telematics", t0, t1, 900) + periodic(t0, t1, 30, lambda t: ev(t, "I", "fms", "FMS snapshot: rpm=%d coolant=%dC fuel_rate=%.1fL/h dm1_active=0" % (ri(1350, 1500), ri(86, 90), R.uniform(28, 36))))
    f["fleet.log"] = render(fl, "logfmt")
    f["signals.csv"] = csv_signals(t0, t1, 1, {"engine_speed": lambda x: 1420 + nz(20), "coolant_temp": lambda x: 88 + nz(0.5), "oil_pressure_kpa": lambda x: 360 + nz(5),
                                               "vehicle_speed": lambda x: 85 + nz(0.5), "lv_bus_voltage": lambda x: 27.9 + nz(0.08)})
    return f


@batch(dict(category="none", subsystem="none", risk_level="low", vehicle_state="parked", root_cause_file=None,
            description="Parked with the driver waiting in the car (camping mode): HVAC keeps cabin at 21 C, IVI streaming, an app crash-free restart, LV supply held by DC-DC. Healthy."))
def h_camp(t0):
    t1 = t0 + 2 * 3600
    f = {}
    f["logcat.txt"] = render(noise("ivi", t0, t1, 2500) + [ev(t0 + 100, "I", "ClimateService", "camp mode on, setpoint 21.0C, fan auto")], "logcat")
    h = periodic(t0, t1, 15, lambda t: ev(t, "I", "hvac", "cabin=%.1fC setpoint=21.0 blower=%d%% comp_rpm=%d lp=%.2fbar hp=%.1fbar" % (21 + nz(0.2), ri(20, 30), ri(1800, 2600), 2.9 + nz(0.05), 11.5 + nz(0.2))))
    h += [ev(t0 + 2000, "W", "hvac", "cabin humidity sensor read retry 1, ok")]
    f["hvac.jsonl"] = render(h, "json3")
    f["dlt_body.txt"] = render(noise("dlt", t0, t1, 900), "dlt", "BCM1")
    return f


@batch(dict(category="none", subsystem="none", risk_level="low", vehicle_state="charging", root_cause_file=None,
            description="Plugged-in cabin and battery preconditioning before departure at a workplace charger; heat pump and PTC run, charger supplies the load. Healthy."))
def h_precond(t0):
    t1 = t0 + 2400
    f = {}
    th = noise("bms", t0, t1, 900)
    th += periodic(t0, t1, 10, lambda t: ev(t, "I", "thermal_mgr", "mode=PRECOND heatpump=ON ptc=%dW coolant_in=%.1f coolant_out=%.1f pump=%drpm" % (ri(0, 2000), 30 + nz(0.3), 26 + nz(0.3), ri(3400, 3600))))
    th += [ev(t0 + 5, "I", "thermal_mgr", "departure 07:45 local, preconditioning started"), ev(t0 + 400, "W", "thermal_mgr", "refrigerant superheat 3K low, EXV adjusted"),
           ev(t1 - 30, "I", "thermal_mgr", "preconditioning finished, cabin 21C, cells 22C")]
    f["thermal.jsonl"] = render(th, "json2")
    f["journal.txt"] = render(noise("linux", t0, t1, 1000), "journal", "ccu-main")
    f["signals.csv"] = csv_signals(t0, t1, 5, {"coolant_temp": lambda x: 8 + 22 * (1 - math.exp(-x / 600)) + nz(0.2), "cell_temp_max": lambda x: 6 + 16 * x / 2400 + nz(0.1),
                                               "cabin_temp": lambda x: 5 + 16 * (1 - math.exp(-x / 500)) + nz(0.1), "pack_current": lambda x: -4 + nz(0.5), "lv_bus_voltage": lambda x: 14.1 + nz(0.03)})
    return f


# ====================== FAULTS ===================================================
@batch(dict(category="connectivity_network", subsystem="gateway", risk_level="medium", risk_accept=["high"], vehicle_state="driving", root_cause_file="dlt_gw.txt",
            description="Central gateway resets (switch core fault) while driving; for ~7 s every ECU behind it is unreachable and many U01xx lost-communication codes plus ACC-unavailable messages follow, then all recovers. Root cause is the gateway, it recovered -> medium."))
def f_gateway(t0):
    t1 = t0 + 1500
    tf = t0 + 812.4
    f = {}
    d = noise("dlt", t0, t1, 1800)
    d += [ev(tf, "E", "GW/SWT", "Ethernet switch core: internal parity error in forwarding table, initiating gateway re-initialisation"),
          ev(tf + 0.01, "E", "GW/ECUM", "ECU shutdown: reason SW_RESET_SWITCH_FAULT"),
          ev(tf + 6.8, "I", "GW/ECUM", "startup complete, reset reason: switch core fault"), ev(tf + 7.1, "I", "NM/NMST", "NM state Normal Operation, nodes=17")]
    d = [e for e in d if not (tf < e["t"] < tf + 6.8 and e["proc"] != "GW/ECUM")] + [ev(tf + 0.005, "E", "GW/SWT", "ECC fault counter 1 exceeded threshold")]
    f["dlt_gw.txt"] = render(d, "dlt", "CGW1")
    s = noise("linux", t0, t1, 1000)
    lost = [("U0100", "ECM/PCM"), ("U0121", "ABS module"), ("U0131", "power steering control module"), ("U0140", "body control module"),
            ("U0155", "instrument panel cluster"), ("U0151", "restraints control module"), ("U0164", "HVAC control module")]
    for i, (c, n) in enumerate(lost):
        s.append(ev(tf + 0.4 + i * 0.13, "E", "diagd", "DTC %s-87 set: lost communication with %s (missing message)" % (c, n)))
    for k in range(40):
        s.append(ev(tf + 0.3 + k * 0.16, "E", "someipd", "service 0x%04x instance 1 no longer available (TTL expired)" % R.choice([0x1001, 0x1020, 0x2004, 0x3101])))
    s += [ev(tf + 1.9, "E", "diagd", "event memory: 0xC12187 0xC10087 0xC13187 0xC14087 stored (status 0x2B)")]
    s += [ev(tf + 7.6, "I", "diagd", "all ECUs responding again, lost-comm DTCs now test-passed"), ev(tf + 7.7, "I", "someipd", "all services re-offered")]
    f["syslog"] = render(s, "3164", "ccu-main")
    a = noise("adas", t0, t1, 2200)
    a += [ev(tf + 0.6, "E", "adas_manager.cc:210", "vehicle bus signals invalid (ESP, EPS timeout) -> ACC unavailable, driver takeover requested"),
          ev(tf + 0.7, "W", "adas_manager.cc:215", "LKA unavailable: steering interface lost")]
    a += [ev(tf + 0.8 + k * 0.5, "E", "vehicle_if.cc:66", "CAN rx timeout on %s" % R.choice(["ESP_21", "EPS_01", "Motor_14", "Gateway_72"])) for k in range(12)]
    a += [ev(tf + 9.5, "I", "adas_manager.cc:230", "vehicle interface healthy, ACC available again")]
    f["adas.INFO"] = render(a, "glog")
    return f


@batch(dict(category="brakes_chassis", subsystem="abs", risk_level="critical", risk_accept=["high"], vehicle_state="driving", root_cause_file="esp_dlt.txt",
            description="Front-left wheel speed sensor signal lost (C0035) while driving at speed; ABS and ESC are switched off, then ACC and lane assist become unavailable. ABS/ESC loss while moving -> critical (high accepted)."))
def f_wss(t0):
    t1 = t0 + 1200
    tf = t0 + 640.2
    f = {}
    d = noise("dlt", t0, t1, 1500)
    d += [ev(tf, "E", "ESP/WSS", "wheel speed FL: signal implausible, no edges for 120ms at v=87kph"),
          ev(tf + 0.15, "E", "ESP/DEM", "event stored: C0035-31 left front wheel speed sensor circuit, no signal"),
          ev(tf + 0.2, "E", "ESP/FCT", "ABS function deactivated, EBD in fallback"), ev(tf + 0.21, "E", "ESP/FCT", "ESC/TCS deactivated, warning lamps requested")]
    f["esp_dlt.txt"] = render(d, "dlt", "ESP1")
    a = noise("adas", t0, t1, 2500)
    a += [ev(tf + 0.5, "E", "adas_manager.cc:210", "stability control not available -> ACC switched off, takeover request")]
    a += [ev(tf + 0.6 + k, "E", "adas_manager.cc:212", "lane keeping unavailable: ESC status DEGRADED") for k in range(0, 60, 3)]
    a += [ev(tf + 1 + k * 2, "W", "vehicle_if.cc:80", "wheel speed FL invalid flag set") for k in range(60)]
    f["adas.INFO"] = render(a, "glog")
    spd = lambda x: 87 + 2 * math.sin(x / 50)
    f["signals.csv"] = csv_signals(t0, t1, 0.5, {"vehicle_speed": lambda x: spd(x) if x < 700 else max(40, spd(x) - (x - 700) * 0.3),
                                                 "wheel_speed_fl": lambda x: (spd(x) + nz(0.3)) if x < 641 else 0.0, "wheel_speed_fr": lambda x: spd(x) + nz(0.3),
                                                 "wheel_speed_rl": lambda x: spd(x) + nz(0.3), "wheel_speed_rr": lambda x: spd(x) + nz(0.3),
                                                 "yaw_rate": lambda x: nz(0.5), "lv_bus_voltage": lambda x: 14.2 + nz(0.04)})
    f["logcat.txt"] = render(noise("ivi", t0, t1, 1500) + [ev(tf + 0.4, "W", "ClusterService", "telltale ABS=ON ESC_OFF=ON, chime 2")], "logcat")
    return f


@batch(dict(category="power_supply", subsystem="dcdc", risk_level="high", risk_accept=["critical"], vehicle_state="driving", root_cause_file="signals.csv",
            description="DC-DC converter output collapses (LV bus 14.2 -> 10.9 V) while driving; several ECUs reset on undervoltage (P0562, U01xx, head unit reboot) and the vehicle limits propulsion and asks to visit service. Root cause the DC-DC supply."))
def f_dcdc(t0):
    t1 = t0 + 1500
    tf = t0 + 903.0
    f = {}

    def lv(x):
        if x < 903:
            return 14.2 + nz(0.04)
        if x < 960:
            return 14.2 - (x - 903) * 0.058 + nz(0.05)
        return 10.9 + 0.4 * math.sin(x / 9) + nz(0.08)
    f["signals.csv"] = csv_signals(t0, t1, 0.5, {"lv_bus_voltage": lv, "dcdc_out_current": lambda x: (62 + nz(2)) if x < 903 else 0.0,
                                                 "dcdc_temp": lambda x: 48 + nz(0.3), "lv_batt_current": lambda x: (1 + nz(0.5)) if x < 903 else -55 + nz(3),
                                                 "vehicle_speed": lambda x: 96 + nz(0.5) if x < 1000 else 70 + nz(0.5)})
    d = noise("dlt", t0, t1, 1500)
    d += [ev(tf + 48, "E", "PWR/UV", "KL30 undervoltage 11.2V detected"), ev(tf + 49, "E", "DIAG/DEM", "P0562 system voltage low, status confirmed"),
          ev(tf + 58, "E", "PWR/UV", "ECU reset due to supply brown-out (reset reason BOR)"), ev(tf + 60, "W", "DIAG/DEM", "U0140 lost communication with body control module"),
          ev(tf + 61, "W", "DIAG/DEM", "U0155 lost communication with instrument panel cluster"), ev(tf + 63, "W", "DIAG/DEM", "U0131 lost communication with power steering control module"),
          ev(tf + 80, "E", "VCU/PROP", "LV supply degraded: propulsion limited to 40kW, service message shown")]
    f["dlt_vcu.txt"] = render(d, "dlt", "VCU1")
    k = noise("kernel", t0, t0 + tf - t0 + 59, 200)
    k += [ev(tf + 52, "W", "kernel", "pmic: VSYS brown-out warning (10.8V)"), ev(tf + 53, "E", "kernel", "mmc0: Card removed during transfer"),
          ev(tf + 54, "E", "kernel", "Buffer I/O error on dev mmcblk0p7, logical block 12042")]
    boot = t0 + 959
    k2 = [ev(boot + 0.001, "I", "kernel", "Booting Linux on physical CPU 0x0"), ev(boot + 0.4, "W", "kernel", "reset reason: brown-out (PMIC BOR)")] + noise("kernel", boot, t1, 200)
    f["dmesg_prev.txt"] = render(k, "dmesg", t0 - 30)
    f["dmesg.txt"] = render(k2, "dmesg", boot)
    return f


@batch(dict(category="thermal", subsystem="pump", risk_level="high", vehicle_state="driving", root_cause_file="thermal.jsonl",
            description="Battery-loop coolant pump stops (speed feedback 0 rpm, dry-running current) while driving; cell temperatures then climb and the BMS derates discharge power with many warnings. Root cause the pump -> thermal/pump, derate -> high."))
def f_pump(t0):
    t1 = t0 + 1800
    tf = t0 + 720.6
    f = {}
    th = periodic(t0, t1, 5, lambda t: ev(t, "I", "tms", "loop=battery pump_cmd=70%% pump_rpm=%d pump_i=%.2fA inlet=%.1fC outlet=%.1fC"
                                          % ((ri(4150, 4250), R.uniform(3.1, 3.4), 27 + nz(0.2), 31 + nz(0.2)) if t < tf else (0, 0.05, 27 + (t - tf) * 0.001, 31 + (t - tf) * 0.01))))
    th += [ev(tf, "E", "tms", "battery loop pump EWP2: speed feedback lost, commanded 70% measured 0rpm, motor current 0.04A"),
           ev(tf + 30, "W", "tms", "EWP2 restart attempt 1 failed"), ev(tf + 60, "W", "tms", "EWP2 restart attempt 2 failed, pump marked defective")]
    th += noise("linux", t0, t1, 500)
    f["thermal.jsonl"] = render(th, "json1")
    b = noise("bms", t0, t1, 1800)

    def tmax(t):
        return 34 + nz(0.1) if t < tf + 60 else 34 + (t - tf - 60) * 0.02 + nz(0.1)
    b += periodic(tf + 200, t1, 20, lambda t: ev(t, "W", "bms", "cell temperature high %.1fC, discharge power limit reduced to %dkW" % (tmax(t), max(45, int(150 - (t - tf) * 0.1)))))
    b += [ev(tf + 500, "E", "bms", "BMS_ERR_0x31 cell overtemperature warning level 1, derate active")]
    f["bms.log"] = render(b, "5424", "bms-ecu")
    f["signals.csv"] = csv_signals(t0, t1, 1, {"cell_temp_max": lambda x: tmax(t0 + x), "coolant_temp": lambda x: 31 + nz(0.2) if x < 720 else 31 + (x - 720) * 0.01,
                                               "pack_current": lambda x: 120 + nz(10), "vehicle_speed": lambda x: 110 + nz(1) if x < 1300 else 85 + nz(1),
                                               "lv_bus_voltage": lambda x: 14.2 + nz(0.04)})
    return f


@batch(dict(category="body", subsystem="seats", risk_level="medium", risk_accept=["low"], vehicle_state="driving", root_cause_file="logcat.txt",
            description="Driver seat heater element open circuit during a winter drive: heating switched off, comfort function degraded (medium), nothing else affected. Routine IVI noise dominates."))
def f_seat(t0):
    t1 = t0 + 1500
    tf = t0 + 330.5
    f = {}
    lc = noise("ivi", t0, t1, 2600)
    lc += [ev(t0 + 60, "I", "ClimateService", "seat heat driver level 3 requested"),
           ev(tf, "E", "SeatCtrlHal", "SCM_DRV: heater mat resistance out of range (>200 ohm, open load), output disabled"),
           ev(tf + 0.2, "W", "ClimateService", "driver seat heating not available, showing notification"),
           ev(tf + 300, "I", "ClimateService", "seat heat driver level 3 requested"), ev(tf + 300.1, "W", "SeatCtrlHal", "SCM_DRV: request rejected, heater disabled by fault")]
    f["logcat.txt"] = render(lc, "logcat")
    d = noise("dlt", t0, t1, 1200) + [ev(tf + 0.1, "W", "SCM/DEM", "B1A0D seat heater driver open circuit, status 0x2F")]
    f["dlt_body.txt"] = render(d, "dlt", "BCM1")
    f["signals.csv"] = csv_signals(t0, t1, 2, {"ambient_temp": lambda x: -6 + nz(0.1), "seat_heater_drv_current": lambda x: (4.1 + nz(0.1)) if 60 < x < 330 else 0.0,
                                               "cabin_temp": lambda x: 4 + 15 * (1 - math.exp(-x / 400)), "vehicle_speed": lambda x: 60 + nz(2)})
    return f


@batch(dict(category="thermal", subsystem="coolant", risk_level="high", risk_accept=["medium"], vehicle_state="driving", root_cause_file="signals.csv",
            description="Engine coolant temperature climbs steadily past 110 C up to ~119 C on a long uphill drive with the fan already at 100%; visible only in the CSV signal log, no line reports an error. Engine overheating -> thermal/coolant, high."))
def f_coolnum(t0):
    t1 = t0 + 2400
    f = {}

    def ct(x):
        return 90 + nz(0.3) if x < 800 else min(119.5, 90 + (x - 800) * 0.019) + nz(0.3)
    f["signals.csv"] = csv_signals(t0, t1, 1, {"engine_speed": lambda x: 2600 + nz(40), "coolant_temp": ct, "oil_temp": lambda x: ct(x) + 6 + nz(0.3),
                                               "fan_duty_pct": lambda x: min(100, 30 + max(0, (x - 700) * 0.3)), "ambient_temp": lambda x: 34 + nz(0.1),
                                               "vehicle_speed": lambda x: 72 + nz(1), "lv_bus_voltage": lambda x: 14.1 + nz(0.04)})
    f["syslog"] = render(noise("linux", t0, t1, 1400), "3164", "hu-01")
    f["tcu.log"] = render(noise("telematics", t0, t1, 800), "logfmt")
    return f


@batch(dict(category="powertrain", subsystem="ignition", risk_level="low", vehicle_state="driving", root_cause_file="diag.txt",
            description="Cylinder 1 misfire P0301 present only as a pending DTC (status 0x24, not confirmed, MIL off) in the ECM's ReadDTCInformation answer; the driver notices nothing -> low."))
def f_misfire(t0):
    t1 = t0 + 1200
    f = {}
    tr = []
    for k in range(int((t1 - t0) / 60)):
        t = t0 + 5 + k * 60
        tr.append((t, "Tx", "7E0", "03 19 02 0C"))
        if k < 9:
            tr.append((t + 0.03, "Rx", "7E8", "03 59 02 FF"))
        else:
            tr += isotp_lines(t + 0.03, "7E0", "7E8", uds_dtc_payload([("P0301", 0x00, 0x24)]))
        tr.append((t + 0.5, "Tx", "7E0", "02 01 0C"))
        tr.append((t + 0.52, "Rx", "7E8", "04 41 0C %02X %02X" % (0x2E + ri(-2, 2), ri(0, 255))))
        tr.append((t + 1.0, "Tx", "7E0", "02 01 05"))
        tr.append((t + 1.02, "Rx", "7E8", "03 41 05 %02X" % (0x7F + ri(-1, 1))))
        for j in range(25):
            tr.append((t + 2 + j * 2, "Tx", "7E0", "02 3E 80"))
    f["diag.txt"] = trace_text(tr)
    f["can0.log"] = can_frames(t0, t0 + 500, [(0.01, "0C9", lambda t, c: "%04X %02X 00 %02X 00 00 00" % (0x2EE0 + ri(-200, 200), 0x50, c % 256)),
                                              (0.1, "3D1", cnt_data("00 7E 00 00 00 00 00")), (0.5, "4C1", cnt_data("10 20 00 00 00 00 00"))], "can0", "file")
    s = noise("linux", t0, t1, 900) + [ev(t0 + 548, "I", "obdmon", "mode06 misfire monitor cyl1 count=%d (threshold 45)" % 17),
                                      ev(t0 + 560, "I", "obdmon", "MIL status off, 0 confirmed codes")]
    f["journal.txt"] = render(s, "journal", "obd-gw")
    return f


@batch(dict(category="battery_bms", subsystem="hv_isolation", risk_level="high", risk_accept=["medium"], vehicle_state="charging", root_cause_file="bms.jsonl",
            description="During DC charging the isolation resistance falls to ~85 kOhm, the BMS stops the session and opens the contactors (P0AA6 HV isolation fault). A minor, unrelated TPMS low-pressure note is secondary. Charging stopped -> high."))
def f_iso(t0):
    t1 = t0 + 1500
    tf = t0 + 610.0
    f = {}
    b = noise("bms", t0, tf - 5, 1100)
    b = [e for e in b if "R_iso" not in e["msg"]]
    b += periodic(t0, t1, 10, lambda t: ev(t, "I", "iso_mon", "R_iso=%dkOhm" % (ri(2800, 3200) if t < tf - 60 else max(80, int(3000 - (t - tf + 60) * 45)))))
    b += [ev(tf, "E", "iso_mon", "insulation resistance 85 kOhm below 100 kOhm limit (HV- to chassis)"),
          ev(tf + 0.2, "E", "bms", "DTC P0AA6 hybrid/EV battery voltage system isolation fault, charge stop requested"),
          ev(tf + 1.5, "I", "contactor", "DC charge contactors OPEN, main contactors OPEN"), ev(tf + 2, "W", "charge_ctrl", "session aborted by vehicle, EVSE notified (FAILED)")]
    b += noise("bms", tf + 2, t1, 300)
    f["bms.jsonl"] = render(b, "json0")
    d = noise("dlt", t0, t1, 1200) + [ev(tf + 200, "W", "TPMS/MON", "tyre RR 2.1 bar, below placard 2.5 bar, low-pressure hint"),
                                      ev(tf + 2.5, "E", "CHG/SECC", "EVSE reports EVSE_EmergencyShutdown after vehicle stop request")]
    f["dlt_ccu.txt"] = render(d, "dlt", "CCU1")
    f["signals.csv"] = csv_signals(t0, t1, 1, {"pack_voltage": lambda x: 700 + x * 0.04 + nz(0.4), "pack_current": lambda x: (-280 + nz(2)) if x < 611 else 0.0,
                                               "cell_temp_max": lambda x: 31 + x * 0.003 + nz(0.1), "lv_bus_voltage": lambda x: 14.0 + nz(0.03)}, "iso")
    return f


@batch(dict(category="adas_perception", subsystem="radar", risk_level="high", vehicle_state="driving", root_cause_file="perception.log",
            description="Front radar stops delivering detections (internal fault, vendor code RDR-0x2B11) on the highway; fusion falls back to camera only and ACC and automated lane change are disabled. Feature disabled -> high."))
def f_radar(t0):
    t1 = t0 + 1500
    tf = t0 + 777.7
    f = {}
    r = noise("perception", t0, t1, 1800)
    r = [e for e in r if not (e["proc"] == "/perception/radar_front" and e["t"] > tf)]
    r += periodic(t0, tf, 1, lambda t: ev(t, "I", "/perception/radar_front", "scan %d detections, cycle 50ms" % ri(30, 90)))
    r += [ev(tf, "E", "/perception/radar_front", "sensor reports internal failure RDR-0x2B11 (MMIC monitoring), detections invalid"),
          ev(tf + 0.5, "E", "/perception/radar_front", "no valid scan for 500ms")]
    r += periodic(tf + 1, t1, 5, lambda t: ev(t, "W", "/perception/radar_front", "still no valid scans"))
    f["perception.log"] = render(r, "ros")
    a = noise("adas", t0, t1, 3000)
    a += [ev(tf + 0.6, "E", "fusion_node.cc:140", "radar_front stale >500ms, camera-only fallback"),
          ev(tf + 0.7, "E", "adas_manager.cc:210", "ACC not available: longitudinal sensor set incomplete, handing over"),
          ev(tf + 0.8, "W", "adas_manager.cc:220", "automated lane change disabled")]
    a += [ev(tf + 1 + k * 4, "W", "fusion_node.cc:141", "[ADAS_FUS] track confirmation using camera only") for k in range(100)]
    f["planner.INFO"] = render(a, "glog")
    msgs = []
    for i in range(int((t1 - t0) / 3)):
        t = t0 + i * 3
        st = "OK" if t < tf else "FAULT"
        msgs.append(ros_header(t, "radar_front") + "sensor_status: %s\nnum_detections: %d\nblockage: false\ntemperature: %.1f" % (st, ri(30, 90) if st == "OK" else 0, 48 + nz(0.3)))
    f["radar_status.yaml"] = yaml_dump(msgs)
    return f


@batch(dict(category="software_platform", subsystem="oom", risk_level="medium", vehicle_state="driving", root_cause_file="dmesg.txt",
            description="Kernel OOM killer terminates the map/perception logger process on the ADAS computer (memory leak); systemd restarts it and it recovers, ADAS was not engaged (the journal shows its RSS growing beforehand, with no warning). Recovered fault -> medium."))
def f_oom(t0):
    t1 = t0 + 1500
    tf = t0 + 1011.3
    f = {}
    boot = t0 - 600
    k = noise("kernel", t0, t1, 400)
    k += [ev(tf - 0.2, "W", "kernel", "map_cache_srv invoked oom-killer: gfp_mask=0x140cca(GFP_HIGHUSER_MOVABLE|__GFP_COMP), order=0, oom_score_adj=0"),
          ev(tf - 0.1, "W", "kernel", "Mem-Info: active_anon:3911201 inactive_anon:10243 free:13456"),
          ev(tf, "E", "kernel", "Out of memory: Killed process 2317 (map_cache_srv) total-vm:15892312kB, anon-rss:14210044kB, file-rss:1024kB"),
          ev(tf + 0.3, "I", "kernel", "oom_reaper: reaped process 2317 (map_cache_srv), now anon-rss:0kB")]
    f["dmesg.txt"] = render(k, "dmesg", boot)
    j = noise("linux", t0, t1, 1000)
    j += periodic(t0, tf, 60, lambda t: ev(t, "I", "map_cache_srv", "tiles cached=%d rss=%dMB" % (ri(1000, 9000), int(2000 + (t - t0) * 12))))
    j += [ev(tf + 0.5, "W", "systemd", "map_cache_srv.service: Main process exited, code=killed, status=9/KILL"),
          ev(tf + 0.6, "W", "systemd", "map_cache_srv.service: Failed with result 'oom-kill'."),
          ev(tf + 5.6, "I", "systemd", "map_cache_srv.service: Scheduled restart job, restart counter is at 1."),
          ev(tf + 6.0, "I", "systemd", "Started map_cache_srv.service - HD map tile cache."), ev(tf + 8, "I", "map_cache_srv", "tiles cached=0 rss=310MB, warm-up")]
    f["journal.txt"] = render(j, "journal", "adcu")
    a = noise("adas", t0, t1, 2500) + [ev(tf + 0.5, "W", "map_client.cc:77", "map tile service unavailable, using cached horizon (ADAS not engaged)"),
                                       ev(tf + 7, "I", "map_client.cc:80", "map tile service back")]
    f["planner.INFO"] = render(a, "glog")
    return f


# ---------------------------------------------------------------- main
def main():
    order = list(range(len(BATCHES)))
    R.shuffle(order)
    labels = []
    for d in os.listdir(HERE):
        p = os.path.join(HERE, d)
        if os.path.isdir(p) and d.startswith("u") and d[1:].isdigit():
            shutil.rmtree(p)
    for n, idx in enumerate(order):
        fn, lab = BATCHES[idx]
        bid = "u%03d" % (n + 1)
        t0 = T0(30 - ri(0, 20), ri(5, 20), ri(0, 59))
        _dlt_idx[0] = 0
        _dlt_boot[0] = t0 - R.uniform(20, 900)
        files = fn(t0)
        os.makedirs(os.path.join(HERE, bid))
        for name, text in files.items():
            with open(os.path.join(HERE, bid, name), "w", newline="\n") as fh:
                fh.write(text)
        lab = dict(lab)
        lab.setdefault("risk_accept", [])
        labels.append({"batch": bid, "category": lab["category"], "subsystem": lab["subsystem"], "risk_level": lab["risk_level"],
                       "risk_accept": lab["risk_accept"], "vehicle_state": lab["vehicle_state"], "root_cause_file": lab["root_cause_file"],
                       "description": lab["description"]})
    labels.sort(key=lambda x: x["batch"])
    with open(os.path.join(HERE, "labels.json"), "w") as fh:
        json.dump(labels, fh, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
