#!/usr/bin/env python3
"""Generator for the tuning8 labelled diagnosis set (passenger cars, mixed OEM cultures).
Python 3.11 stdlib only. Fixed seeds: re-running reproduces every file byte for byte."""
import datetime as dt
import hashlib
import json
import math
import os
import random
import shutil

ROOT = os.path.dirname(os.path.abspath(__file__))
LABELS = []
BATCHES = []
MASTER_SEED = 80808


def batch(fn):
    BATCHES.append(fn)
    return fn


# ----------------------------------------------------------------------------- helpers
def dtc_bytes(code, ftb=0):
    """SAE J2012 code like 'P0301' + failure-type byte -> 3 bytes (ISO 14229 / J2012 2-byte DTC + FTB)."""
    letter = {"P": 0, "C": 1, "B": 2, "U": 3}[code[0]]
    d = code[1:]
    hi = (letter << 6) | (int(d[0], 16) << 4) | int(d[1], 16)
    lo = int(d[2:4], 16)
    return [hi, lo, ftb]


def hexs(bs):
    return " ".join("%02X" % b for b in bs)


NOISE_SCALE = 0.55


def mix(r, dur, n, noisefn, events, t0=0.0):
    n = max(min(n, 330), int(n * NOISE_SCALE))
    ents = []
    for _ in range(n):
        t = t0 + r.random() * dur
        ents.append((t, noisefn(r, t)))
    ents.extend(events)
    ents.sort(key=lambda e: e[0])
    return ents


def pick(r, weighted):
    tot = sum(w for w, _ in weighted)
    x = r.random() * tot
    for w, f in weighted:
        x -= w
        if x <= 0:
            return f
    return weighted[-1][1]


class B:
    def __init__(self, num, start, vin):
        self.name = "s%03d" % num
        self.dir = os.path.join(ROOT, self.name)
        os.makedirs(self.dir, exist_ok=True)
        self.r = random.Random(MASTER_SEED * 1000 + num)
        self.start = start
        self.vin = vin
        self.files = []

    def at(self, t):
        return self.start + dt.timedelta(seconds=t)

    def put(self, fname, lines):
        assert 300 <= len(lines) <= 20000, (self.name, fname, len(lines))
        with open(os.path.join(self.dir, fname), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(lines) + "\n")
        self.files.append(fname)

    def label(self, category, subsystem, risk, accept, state, rc_file, desc):
        assert rc_file is None or rc_file in self.files, (self.name, rc_file)
        assert 2 <= len(self.files) <= 4
        LABELS.append({"batch": self.name, "category": category, "subsystem": subsystem,
                       "risk_level": risk, "risk_accept": accept, "vehicle_state": state,
                       "root_cause_file": rc_file, "description": desc})

    # ------------------------------------------------------------------ DLT text export
    def dlt(self, fname, ents, boot=12.0):
        out = []
        cnt = {}
        for i, (t, f) in enumerate(ents):
            ecu, app, ctx, lvl, txt = f
            k = (ecu, app)
            cnt[k] = (cnt.get(k, -1) + 1) % 256
            ts = self.at(t)
            out.append("%d %s %.4f %d %s %s %s log %s verbose 1 %s" % (
                i, ts.strftime("%Y/%m/%d %H:%M:%S.%f"), boot + t, cnt[k], ecu, app, ctx, lvl, txt))
        self.put(fname, out)

    # ------------------------------------------------------------------ logcat threadtime
    def logcat(self, fname, ents):
        out = ["--------- beginning of main", "--------- beginning of system"]
        for t, f in ents:
            pid, tid, lvl, tag, msg = f
            ts = self.at(t)
            out.append("%s.%03d %5d %5d %s %s: %s" % (ts.strftime("%m-%d %H:%M:%S"), ts.microsecond // 1000,
                                                     pid, tid, lvl, tag, msg))
        self.put(fname, out)

    # ------------------------------------------------------------------ syslog RFC 3164
    def syslog(self, fname, ents, host):
        out = []
        for t, f in ents:
            proc, pid, msg = f
            ts = self.at(t)
            d = ts.strftime("%b ") + ("%2d" % ts.day) + ts.strftime(" %H:%M:%S")
            out.append("%s %s %s%s: %s" % (d, host, proc, ("[%d]" % pid) if pid else "", msg))
        self.put(fname, out)

    # ------------------------------------------------------------------ RFC 5424
    def syslog5424(self, fname, ents, host):
        out = []
        for t, f in ents:
            pri, app, pid, msgid, msg = f
            ts = self.at(t)
            out.append("<%d>1 %s.%03dZ %s %s %s %s - %s" % (pri, ts.strftime("%Y-%m-%dT%H:%M:%S"),
                                                          ts.microsecond // 1000, host, app, pid, msgid, msg))
        self.put(fname, out)

    # ------------------------------------------------------------------ jsonl
    def jsonl(self, fname, ents):
        out = []
        for t, f in ents:
            d = {"ts": self.at(t).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z", "vin": self.vin}
            d.update(f)
            out.append(json.dumps(d, ensure_ascii=False, separators=(",", ":")))
        self.put(fname, out)

    # ------------------------------------------------------------------ generic prefixed text
    def text(self, fname, ents, fmt):
        self.put(fname, [fmt(self.at(t), t, f) for t, f in ents])

    # ------------------------------------------------------------------ CSV signals
    def csv(self, fname, rate, dur, cols, fn, t0=0.0, abs_time=False, sep=","):
        out = [sep.join((["timestamp_utc"] if abs_time else ["t_s"]) + cols)]
        n = int(dur * rate)
        for i in range(n):
            t = t0 + i / rate
            vals = fn(t)
            if abs_time:
                head = self.at(t).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
            else:
                head = "%.3f" % t
            out.append(sep.join([head] + [("" if v is None else ("%.6g" % (v + 0.0)) if isinstance(v, float) else str(v))
                                          for v in vals]))
        self.put(fname, out)

    # ------------------------------------------------------------------ Vector ASC
    def asc(self, fname, dur, msgs, events=(), chan=1):
        """msgs: list of (can_id, period_s, fn(t, k) -> list[int] | None). events: (t, raw_text)."""
        ents = []
        for cid, per, fn in msgs:
            k = 0
            t = self.r.random() * per
            while t < dur:
                data = fn(t, k)
                if data is not None:
                    ents.append((t, "%d  %-15s Rx   d %d %s" % (chan, "%X" % cid, len(data), hexs(data))))
                k += 1
                t += per * (1 + (self.r.random() - 0.5) * 0.004)
        ents.extend(events)
        ents.sort(key=lambda e: e[0])
        s = self.start
        hdr = s.strftime("%a %b %d %I:%M:%S.000 %p %Y").replace(" AM ", " am ").replace(" PM ", " pm ")
        out = ["date " + hdr, "base hex  timestamps absolute", "internal events logged", "// version 13.0.0",
               "Begin Triggerblock " + hdr, "   0.000000 Start of measurement"]
        for t, txt in ents:
            out.append("%11.6f %s" % (t, txt))
        out.append("End TriggerBlock")
        self.put(fname, out)


def counter_crc(k, payload):
    c = k % 16
    crc = (sum(payload) + c * 17) & 0xFF
    return [crc, c] + payload


# ----------------------------------------------------------------------------- ISO-TP / UDS
def isotp(payload):
    if len(payload) <= 7:
        return [[len(payload)] + payload + [0xAA] * (7 - len(payload))]
    fr = [[0x10 | (len(payload) >> 8), len(payload) & 0xFF] + payload[:6]]
    rest = payload[6:]
    sn = 1
    while rest:
        chunk = rest[:7]
        rest = rest[7:]
        fr.append([0x20 | (sn & 0xF)] + chunk + [0xAA] * (7 - len(chunk)))
        sn += 1
    return fr


class Uds:
    def __init__(self, b, tx, rx):
        self.b, self.tx, self.rx = b, tx, rx
        self.lines = []
        self.t = 0.0

    def _emit(self, cid, d, frame):
        ts = self.b.at(self.t)
        self.lines.append("%s.%03d  %03X  %s  8  %s" % (ts.strftime("%H:%M:%S"), ts.microsecond // 1000, cid, d,
                                                         hexs(frame)))

    def comment(self, txt):
        ts = self.b.at(self.t)
        self.lines.append("%s.%03d  ;; %s" % (ts.strftime("%H:%M:%S"), ts.microsecond // 1000, txt))

    def xfer(self, req, resp, delay=0.012, pending=0):
        r = self.b.r
        fr = isotp(req)
        self._emit(self.tx, "Tx", fr[0])
        if len(fr) > 1:
            self.t += 0.004
            self._emit(self.rx, "Rx", [0x30, 0x00, 0x00, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA])
            for f in fr[1:]:
                self.t += 0.001
                self._emit(self.tx, "Tx", f)
        for _ in range(pending):
            self.t += 0.05 + r.random() * 0.3
            self._emit(self.rx, "Rx", [0x03, 0x7F, req[0], 0x78, 0xAA, 0xAA, 0xAA, 0xAA])
        self.t += delay + r.random() * 0.01
        if resp is None:
            self.t += 2.0
            return
        fr = isotp(resp)
        self._emit(self.rx, "Rx", fr[0])
        if len(fr) > 1:
            self.t += 0.002
            self._emit(self.tx, "Tx", [0x30, 0x00, 0x00, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA])
            for f in fr[1:]:
                self.t += 0.0008
                self._emit(self.rx, "Rx", f)
        self.t += 0.02 + r.random() * 0.08


def ascii_b(s):
    return [ord(c) for c in s]


def uds_routine_reads(u, r, dids, n):
    """n random benign DID reads. dids: dict did->fn(r)->bytes or None (unsupported)."""
    keys = list(dids.keys())
    for i in range(n):
        if i % 9 == 0:
            u.xfer([0x3E, 0x00], [0x7E, 0x00])
        did = keys[r.randrange(len(keys))]
        fn = dids[did]
        req = [0x22, did >> 8, did & 0xFF]
        if fn is None:
            u.xfer(req, [0x7F, 0x22, 0x31])
        else:
            u.xfer(req, [0x62, did >> 8, did & 0xFF] + fn(r))


def std_dids(vin, hw, sw):
    return {
        0xF190: lambda r: ascii_b(vin),
        0xF187: lambda r: ascii_b(hw),
        0xF189: lambda r: ascii_b(sw),
        0xF18C: lambda r: ascii_b("SN%010d" % 4711081523),
        0xF186: lambda r: [0x01],
        0xF40D: lambda r: [r.randint(0, 3)],
        0xF442: lambda r: [0x36, r.randint(0x40, 0x90)],
        0xF40C: lambda r: [0x0A, r.randint(0, 255)],
        0xF15B: None,
        0xFD20: None,
        0x0100: lambda r: [r.randint(0, 255), r.randint(0, 255)],
    }


# ----------------------------------------------------------------------------- noise pools
def dlt_noise(state="driving", extra=()):
    def f(r, t):
        pool = [
            (6, lambda: ("GW01", "COM", "PDUR", "info", "PduR routing: %d Frames/s auf CAN_FD_Antrieb, %d auf CAN_Komfort" % (r.randint(1150, 1420), r.randint(300, 420)))),
            (5, lambda: ("VCU1", "NM", "CANN", "info", "NM-Botschaft von Knoten 0x%02X empfangen, Zustand NormalOperation" % r.choice([0x10, 0x12, 0x1A, 0x21, 0x33, 0x40]))),
            (4, lambda: ("BMS1", "SOC", "CALC", "info", "SOC_disp=%.1f%% SOC_raw=%.2f%% Tmin=%d Tmax=%d degC" % (62 + r.random(), 61.5 + r.random(), r.randint(18, 20), r.randint(22, 24)))),
            (5, lambda: ("ESP1", "DEM", "EVT", "debug", "Dem_SetEventStatus(EventId=0x%04X, DEM_EVENT_STATUS_PASSED)" % r.choice([0x0101, 0x0114, 0x0120, 0x0207, 0x0311]))),
            (3, lambda: ("HU01", "SYS", "CPU", "info", "CPU-Last %d%%, freier Speicher %d MB, Temp SoC %d degC" % (r.randint(18, 55), r.randint(900, 1500), r.randint(48, 61)))),
            (2, lambda: ("VCU1", "DCM", "DIAG", "info", "Keine TesterPresent-Anfrage, verbleibe in DefaultSession")),
            (1, lambda: ("GW01", "ETH", "SWCH", "warn", "Port %d: Linkaufbau Wiederholung 1, danach Link up 100BASE-T1 master" % r.randint(1, 6))),
            (3, lambda: ("ZGW", "TSYN", "GPTP", "info", "gPTP sync ok, offset %d ns, rateRatio 1.0000%02d" % (r.randint(-90, 90), r.randint(0, 99)))),
            (3, lambda: ("VCU1", "ECM", "MODE", "info", "Betriebsart=%s, Fahrstufe=%s, v=%.1f km/h" % ({"driving": "FAHREN", "parking": "PARKEN"}.get(state, "STAND"), {"driving": "D", "parking": "R"}.get(state, "P"), (60 + 40 * r.random()) if state == "driving" else (8 * r.random() if state == "parking" else 0.0)))),
            (2, lambda: ("ZGW", "OS", "TASK", "debug", "Task OsTask_10ms max runtime %d us (budget 2000 us)" % r.randint(610, 1300))),
            (2, lambda: ("BCM1", "LIN", "SCHD", "info", "LIN1 Schedule Table %d aktiv, %d Slaves antworten" % (r.randint(1, 3), r.randint(5, 7)))),
            (1, lambda: ("HU01", "NAV", "MAP", "info", "Kartenkachel %d geladen (%d kB)" % (r.randint(10000, 99999), r.randint(40, 400)))),
            (1, lambda: ("KLI1", "HVAC", "CTRL", "info", "Innenraum Ist %.1f Soll %.1f Geblaese Stufe %d" % (20 + r.random() * 2, 21.0, r.randint(2, 4)))),
            (1, lambda: ("ESP1", "SENS", "YAW", "verbose", "Gierrate Offset-Adaption %.3f deg/s" % ((r.random() - 0.5) * 0.1))),
        ] + list(extra)
        return pick(r, pool)()
    return f


LC_PIDS = {"CarService": 1204, "CarPowerManagementService": 1204, "VehicleHal": 812, "ActivityManager": 1102,
           "WifiHAL": 933, "bt_stack": 1566, "AudioFlinger": 701, "SurfaceFlinger": 655, "CarPropertyService": 1204,
           "GnssHAL": 871, "NavApp": 3320, "chatty": 1102, "MediaSession": 1102, "CarLauncher": 2410,
           "OtaClient": 2811, "ClimateApp": 2977, "ActivityTaskManager": 1102, "lowmemorykiller": 344,
           "kernel": 0, "InputReader": 1102, "CameraService": 690}


def lc(tag, lvl, msg, tid=None):
    pid = LC_PIDS.get(tag, 1500)
    return (pid, tid if tid else pid + 17, lvl, tag, msg)


def logcat_noise(state="driving", extra=()):
    def f(r, t):
        pool = [
            (5, lambda: lc("VehicleHal", "D", "onPropertyEvent prop=0x%08X area=0 status=AVAILABLE" % r.choice([0x11600207, 0x11400400, 0x11200402, 0x15600503, 0x11600309]))),
            (3, lambda: lc("CarPropertyService", "V", "dispatch %d events to %d clients" % (r.randint(1, 12), r.randint(2, 9)))),
            (3, lambda: lc("AudioFlinger", "I", "track %d: volume %.2f stream MEDIA" % (r.randint(1, 40), r.random()))),
            (2, lambda: lc("WifiHAL", "W", "scan result: 0 APs (driving, hotspot only)" if state == "driving" else "scan complete: %d APs" % r.randint(3, 18))),
            (2, lambda: lc("bt_stack", "I", "[btm_acl] link quality rssi %d dBm handle 0x%04X" % (r.randint(-70, -40), r.randint(1, 200)))),
            (2, lambda: lc("SurfaceFlinger", "D", "frame stats: %d frames, %d janky" % (r.randint(290, 310), r.randint(0, 3)))),
            (2, lambda: lc("NavApp", "I", "route progress remaining=%d m eta=%ds" % (r.randint(500, 30000), r.randint(60, 1800)))),
            (1, lambda: lc("chatty", "I", "uid=1000(system) identical %d lines" % r.randint(2, 40))),
            (2, lambda: lc("MediaSession", "D", "dispatchMediaKey playback state=3 pos=%d" % r.randint(0, 300000))),
            (1, lambda: lc("ActivityManager", "I", "Start proc %d:com.android.car.%s/u0a%d for service" % (r.randint(4000, 9000), r.choice(["messenger", "radio", "calendar"]), r.randint(10, 90)))),
            (2, lambda: lc("CarPowerManagementService", "D", "power state ON, garage mode off")),
            (1, lambda: lc("GnssHAL", "D", "fix 3D sats=%d hdop=%.1f" % (r.randint(8, 16), 0.6 + r.random()))),
            (1, lambda: lc("CarLauncher", "W", "widget update took %d ms" % r.randint(17, 45))),
            (1, lambda: lc("InputReader", "D", "touch down x=%d y=%d" % (r.randint(0, 1919), r.randint(0, 719)))),
        ] + list(extra)
        return pick(r, pool)()
    return f


def syslog_noise(state="driving", extra=()):
    def f(r, t):
        pool = [
            (4, lambda: ("ModemManager", 612, "<info>  [modem0] signal quality: %d%% (rsrp %d dBm, rat lte)" % (r.randint(40, 90), r.randint(-110, -80)))),
            (3, lambda: ("NetworkManager", 598, "<info>  [%d.%04d] device (wwan0): state unchanged, connectivity full" % (1700000000 + int(t), r.randint(0, 9999)))),
            (3, lambda: ("mqtt-client", 1044, "publish telemetry topic=v1/veh/telemetry qos=1 bytes=%d mid=%d" % (r.randint(300, 1800), r.randint(1, 65535)))),
            (2, lambda: ("chronyd", 540, "Selected source 10.%d.%d.1 (gps) offset %+.6f" % (r.randint(0, 9), r.randint(0, 9), (r.random() - 0.5) * 0.002))),
            (2, lambda: ("gnssd", 733, "fix=3D sv_used=%d hdop=%.1f cn0_avg=%d" % (r.randint(9, 17), 0.7 + r.random(), r.randint(36, 44)))),
            (2, lambda: ("someipd", 801, "service 0x%04X instance 1 offered by 192.168.10.%d" % (r.choice([0x1001, 0x1102, 0x2003, 0x3010]), r.randint(2, 30)))),
            (1, lambda: ("systemd", 1, "Started %s." % r.choice(["Session c1 of user diag", "Daily Cleanup of Temporary Directories", "logrotate.service"]))),
            (1, lambda: ("kernel", 0, "[%10.6f] cdc_ether 1-1:1.8 wwan0: kevent 12 may have been dropped" % (30 + t))),
            (2, lambda: ("dlt-daemon", 488, "ApplicationID 'TCU%d' registered for PID %d" % (r.randint(1, 4), r.randint(900, 3000)))),
            (2, lambda: ("ota-agent", 1290, "heartbeat ok campaign=none next_poll=%ds" % r.randint(3000, 3600))),
            (1, lambda: ("ecall-svc", 955, "self-test periodic: mic ok, speaker ok, backup batt %d%%" % r.randint(88, 99))),
            (1, lambda: ("ModemManager", 612, "<warn>  [modem0] couldn't refresh operator name: timeout (will retry)")),
            (2, lambda: ("canbridge", 870, "vcan rx %d frames/s, tx %d frames/s, drops 0" % (r.randint(400, 900), r.randint(20, 60)))),
        ] + list(extra)
        return pick(r, pool)()
    return f


def cn_fmt(ts, t, f):
    mod, lvl, msg = f
    return "[%s.%03d][%s][%s] %s" % (ts.strftime("%Y-%m-%d %H:%M:%S"), ts.microsecond // 1000, mod, lvl, msg)


def cn_noise(state="driving", extra=()):
    def f(r, t):
        pool = [
            (5, lambda: ("BMS", "I", "单体电压 最高=%.3fV(#%d) 最低=%.3fV(#%d) 压差=%dmV" % (3.95 + r.random() * 0.01, r.randint(1, 96), 3.94 + r.random() * 0.005, r.randint(1, 96), r.randint(4, 12)))),
            (4, lambda: ("BMS", "I", "温度 最高=%d℃ 最低=%d℃ 均衡状态=关闭" % (r.randint(26, 29), r.randint(22, 24)))),
            (3, lambda: ("BMS", "D", "绝缘电阻 正极=%dkΩ 负极=%dkΩ 正常" % (r.randint(2800, 4200), r.randint(2800, 4200)))),
            (3, lambda: ("GW", "I", "网关 路由统计 动力CAN=%d帧/s 车身CAN=%d帧/s 丢帧=0" % (r.randint(1800, 2100), r.randint(600, 800)))),
            (2, lambda: ("GW", "D", "诊断 请求 0x%03X 已转发" % r.choice([0x7E0, 0x7E2, 0x7E4, 0x710]))),
            (2, lambda: ("VCU", "I", "整车状态=%s 档位=%s 车速=%.1fkm/h" % ({"driving": "行驶", "charging": "充电", "parked": "驻车", "parking": "泊车"}.get(state, "驻车"), {"driving": "D", "parking": "R"}.get(state, "P"), (50 + r.random() * 30) if state == "driving" else (5 * r.random() if state == "parking" else 0.0)))),
            (2, lambda: ("TBOX", "I", "上报 周期数据 成功 seq=%d" % r.randint(1000, 99999))),
            (1, lambda: ("TBOX", "W", "4G 信号弱 RSRP=%ddBm，重试发送成功" % r.randint(-118, -110))),
            (2, lambda: ("BMS", "D", "SOC=%.1f%% SOH=%.1f%% 可用能量=%.1fkWh" % (55 + r.random(), 96.5 + r.random() * 0.2, 40 + r.random()))),
            (1, lambda: ("VCU", "D", "DCDC 输出 %.2fV %.1fA" % (14.0 + r.random() * 0.2, 20 + r.random() * 15))),
        ] + list(extra)
        return pick(r, pool)()
    return f


def jp_fmt(ts, t, f):
    lvl, src, msg = f
    return "%s%s.%06d %5d %s] %s" % (lvl, ts.strftime("%m%d %H:%M:%S"), ts.microsecond, 2210, src, msg)


def jp_noise(state="driving", extra=(), dtc=None):
    """dtc: (t_from, confirmed, pending) -> the periodic DTC scan line reflects stored codes after t_from."""
    def scan_line(r, t):
        if dtc and t >= dtc[0]:
            return ("I", "diag_mgr.cc:310", "DTC scan cycle done: %d confirmed, %d pending" % (dtc[1], dtc[2]))
        return ("I", "diag_mgr.cc:310", "DTC scan cycle done: 0 confirmed, 0 pending (異常なし)")

    def f(r, t):
        pool = [
            (4, lambda: ("I", "vehicle_monitor.cc:142", "車両状態 %s speed=%.1f km/h SOC=%.1f%%" % ({"driving": "走行中", "parked": "駐車中", "charging": "充電中"}.get(state, "駐車中"), (40 + 30 * r.random()) if state == "driving" else 0.0, 70 + r.random()))),
            (3, lambda: ("I", "can_rx.cc:88", "CAN受信 ch%d rate=%d fps 正常" % (r.randint(0, 2), r.randint(500, 1500)))),
            (3, lambda: scan_line(r, t)),
            (2, lambda: ("W", "gnss_if.cc:57", "GNSS 測位品質低下 hdop=%.1f -> recovered" % (2 + r.random()))),
            (2, lambda: ("I", "thermal_ctl.cc:201", "冷却水温 %.1f℃ ポンプ duty=%d%%" % (60 + r.random() * 8, r.randint(30, 60)))),
            (2, lambda: ("I", "power_mgr.cc:77", "補機バッテリー %.2fV DCDC=ON" % (13.8 + r.random() * 0.4))),
            (1, lambda: ("I", "hmi_bridge.cc:19", "メーター表示 更新 page=%d" % r.randint(1, 6))),
            (2, lambda: ("I", "adas_if.cc:233", "ADAS status: LKA=%s ACC=%s" % ("ready", "standby"))),
            (1, lambda: ("W", "net_mon.cc:66", "ETH link ch1 CRC error count +1 (許容範囲内)")),
        ] + list(extra)
        return pick(r, pool)()
    return f


def cloud_noise(state="driving", extra=(), loc=(48.13, 11.57)):
    def f(r, t):
        pool = [
            (6, lambda: {"type": "telemetry", "state": state, "signals": {"soc": round(60 + r.random() * 2, 1), "speed_kph": round(55 + r.random() * 40, 1) if state == "driving" else 0.0, "odo_km": 48211 + int(t / 60), "lv_v": round(13.9 + r.random() * 0.3, 2)}}),
            (2, lambda: {"type": "heartbeat", "tcu_uptime_s": int(3600 + t), "rssi_dbm": r.randint(-95, -65)}),
            (1, lambda: {"type": "location", "lat": round(loc[0] + r.random() * 0.01, 5), "lon": round(loc[1] + r.random() * 0.01, 5), "fix": "3d"}),
            (1, lambda: {"type": "ota_poll", "result": "no_campaign", "latency_ms": r.randint(80, 900)}),
            (1, lambda: {"type": "app_cmd", "cmd": r.choice(["status_refresh", "climate_query", "lock_query"]), "result": "ok"}),
        ] + list(extra)
        return pick(r, pool)()
    return f


# ----------------------------------------------------------------------------- OBD-II scan tool report
MODE06_BASE = [
    ("01", "81", "O2 Sensor B1S1 rich-lean switch time", "ms", 40, 0, 300),
    ("01", "82", "O2 Sensor B1S1 lean-rich switch time", "ms", 45, 0, 300),
    ("02", "07", "O2 Sensor B1S2 min voltage", "V", 0.05, 0.0, 0.4),
    ("21", "80", "Catalyst B1 oxygen storage index", "ratio", 0.21, 0.0, 0.55),
    ("31", "85", "EGR/VVT flow", "kPa", 2.4, 1.0, 9.9),
    ("35", "90", "VVT B1 intake phase", "deg", 1.1, 0.0, 5.0),
    ("39", "A1", "EVAP 0.040in leak", "kPa", -0.62, -1.2, 0.0),
    ("3D", "C9", "Purge flow", "kPa", 0.9, 0.3, 6.0),
    ("41", "81", "O2 heater B1S1 resistance", "ohm", 5.6, 2.0, 12.0),
    ("42", "81", "O2 heater B1S2 resistance", "ohm", 6.1, 2.0, 12.0),
    ("61", "84", "Fuel system B1 long term trim", "%", 1.6, -25.0, 25.0),
    ("A1", "0B", "Misfire general EWMA (last 10 cycles)", "counts", 0, 0, 65535),
]


def obd_report(b, fname, tool, meta, confirmed, pending, permanent, mode06, freeze, live_fn, live_n, live_dt=0.5,
               extra_notes=()):
    r = b.r
    L = []
    L.append("=" * 78)
    L.append("%s  -  Vehicle Health Report" % tool)
    L.append("Report generated: %s" % b.at(0).strftime("%Y-%m-%d %H:%M:%S"))
    L.append("=" * 78)
    for k, v in meta:
        if k in ("cat_mon", "evap_mon"):
            continue
        L.append("%-28s %s" % (k + ":", v))
    L.append("VIN:                         %s" % b.vin)
    L.append("Protocol:                    ISO 15765-4 CAN (11 bit ID, 500 kbaud)")
    L.append("")
    L.append("--- Mode $01 PID $01 Monitor status since DTCs cleared ---")
    mil = "ON" if confirmed else "OFF"
    L.append("MIL: %s    DTC count: %d" % (mil, len(confirmed)))
    for m, st in [("Misfire", "complete"), ("Fuel System", "complete"), ("Components", "complete"),
                  ("Catalyst", meta_get(meta, "cat_mon", "complete")), ("Heated Catalyst", "n/a"),
                  ("Evaporative System", meta_get(meta, "evap_mon", "complete")), ("Secondary Air", "n/a"),
                  ("O2 Sensor", "complete"), ("O2 Sensor Heater", "complete"), ("EGR/VVT", "complete")]:
        L.append("  %-22s %s" % (m, st))
    L.append("")
    for title, lst in [("Mode $03  Stored (confirmed) DTCs", confirmed), ("Mode $07  Pending DTCs", pending),
                       ("Mode $0A  Permanent DTCs", permanent)]:
        L.append("--- %s ---" % title)
        if not lst:
            L.append("  No codes")
        for c, txt in lst:
            L.append("  %s  %s" % (c, txt))
        L.append("")
    L.append("--- Mode $02 Freeze Frame (frame 0) ---")
    if not freeze:
        L.append("  No freeze frame stored")
    for k, v in freeze:
        L.append("  %-34s %s" % (k, v))
    L.append("")
    L.append("--- Mode $06 On-board monitoring test results ---")
    L.append("  %-4s %-4s %-40s %10s %10s %10s %s" % ("OBDMID", "TID", "Description", "Value", "Min", "Max", "Result"))
    rows = mode06
    for rep in range(3):
        for mid, tid, desc, unit, val, lo, hi in rows:
            v = val if isinstance(val, (int, float)) else val
            res = "PASS" if lo <= v <= hi else "FAIL"
            L.append("  $%-4s $%-3s %-40s %10s %10s %10s %s   [%s]" % (mid, tid, desc[:40], fmtv(v), fmtv(lo), fmtv(hi), res, unit))
        if rep < 2:
            L.append("  -- re-read %d --" % (rep + 2))
    L.append("")
    for n in extra_notes:
        L.append(n)
    L.append("--- Live data log (Mode $01) ---")
    L.append("time_s,rpm,speed_kph,ect_c,iat_c,map_kpa,maf_gs,stft_b1_pct,ltft_b1_pct,o2_b1s1_v,timing_adv_deg,load_pct,ctrl_mod_v")
    for i in range(live_n):
        t = i * live_dt
        L.append(",".join(fmtv(x) for x in [round(t, 1)] + live_fn(t, r)))
    L.append("")
    L.append("End of report")
    b.put(fname, L)


def meta_get(meta, k, d):
    for a, v in meta:
        if a == k:
            return v
    return d


def fmtv(v):
    if isinstance(v, float):
        v = v + 0.0
        return ("%.3f" % v).rstrip("0").rstrip(".") if abs(v) < 10 else "%.1f" % v
    return str(v)


def std_live(warm=True, speed=60.0, volt=14.2, misfire_cyl=None, cold_c=12.0):
    def f(t, r):
        rpm = int(750 + 14 * speed + r.gauss(0, 25)) if speed > 1 else int(720 + r.gauss(0, 15))
        if misfire_cyl and r.random() < 0.08:
            rpm -= r.randint(40, 90)
        ect = 90 + r.gauss(0, 0.4) if warm else min(88, cold_c + t * 0.25)
        iat = (24 + r.randint(0, 2)) if warm else int(cold_c + 2 + t * 0.02)
        return [rpm, round(max(0.0, speed + r.gauss(0, 1.2)), 1), round(ect, 1), iat, r.randint(32, 48),
                round(6 + speed * 0.18 + r.gauss(0, 0.3), 2), round(r.gauss(0, 2.2), 1), 1.6,
                round(0.1 + 0.8 * (0.5 + 0.5 * math.sin(t * 6.3)), 3), round(12 + r.gauss(0, 2), 1), r.randint(22, 38),
                round(volt + r.gauss(0, 0.04), 2)]
    return f


# ----------------------------------------------------------------------------- AUTOSAR Dem event memory dump
def dem_dump(b, fname, ecu, entries, filler, header_extra=()):
    """entries: list of dict(evt, dtc(int 24 bit), status, occ, fdc, aging, first, last, snap[list(name,val)])."""
    r = b.r
    L = ["#### Dem event memory dump  ECU=%s  %s" % (ecu, b.at(0).strftime("%Y-%m-%d %H:%M:%S")),
         "#### DemMemoryId=PRIMARY  Format=ISO14229-1 (3-byte DTC)  StatusAvailabilityMask=0xFF"]
    L.extend(header_extra)
    allent = list(filler) + list(entries)
    allent.sort(key=lambda e: e.get("first", 0))
    for i, e in enumerate(allent):
        L.append("")
        L.append("[%02d] EventId=0x%04X  DTC=0x%06X  UDS-Status=0x%02X (%s)" % (i, e["evt"], e["dtc"], e["status"], status_txt(e["status"])))
        L.append("     OccurrenceCounter=%d  FaultDetectionCounter=%d  AgingCounter=%d/%d" % (e["occ"], e["fdc"], e["aging"], 40))
        L.append("     FirstOccurrence OpCycle=%d  MostRecent OpCycle=%d" % (e["first"], e["last"]))
        L.append("     SnapshotRecord 0x01:")
        for k, v in e.get("snap", []):
            L.append("        %-30s = %s" % (k, v))
        L.append("     ExtendedDataRecord 0x10: %s" % hexs([e["occ"], e["aging"], max(0, e["fdc"]) & 0xFF, e["status"]]))
    L.append("")
    L.append("#### NvM block dump DemPrimaryMemory (raw)")
    raw = []
    for e in allent:
        raw += [e["evt"] >> 8, e["evt"] & 0xFF, (e["dtc"] >> 16) & 0xFF, (e["dtc"] >> 8) & 0xFF, e["dtc"] & 0xFF,
                e["status"], e["occ"], e["aging"]]
    while len(raw) < 16 * 24:
        raw += [0xFF] * 8
    for off in range(0, len(raw), 16):
        L.append("%04X: %s" % (off, hexs(raw[off:off + 16])))
    b.put(fname, L)


def status_txt(s):
    names = ["TF", "TFTOC", "PDTC", "CDTC", "TNCSLC", "TFSLC", "TNCTOC", "WIR"]
    return "|".join(n for i, n in enumerate(names) if s & (1 << i)) or "none"


def dem_filler(r, n, ecu_snap):
    """historic, aged or passed entries that are not the root cause."""
    pool = [(0xD10187, "U-code lost comm history"), (0xC12287, "lost comm history"), (0x911517, "supply history"),
            (0x9A4E00, "body history"), (0xC41500, "history"), (0xE00141, "history"), (0x9B0A13, "history"),
            (0xA05A49, "history"), (0xC07300, "bus off history"), (0xD00700, "history")]
    out = []
    for i in range(n):
        dtc = pool[i % len(pool)][0] + i * 3
        st = r.choice([0x28, 0x08, 0x50, 0x40, 0x48])  # historic confirmed / passed / aged
        out.append({"evt": 0x0200 + i * 7, "dtc": dtc & 0xFFFFFF, "status": st, "occ": r.randint(1, 3),
                    "fdc": r.choice([-128, -100, 0]), "aging": r.randint(10, 38), "first": r.randint(100, 600),
                    "last": r.randint(600, 900), "snap": ecu_snap(r)})
    return out


def snap_std(r):
    return [("Odometer [km]", "%d" % r.randint(30000, 48000)), ("Supply voltage [V]", "%.2f" % (12.2 + r.random() * 2)),
            ("Vehicle speed [km/h]", "%d" % r.randint(0, 120)), ("Ambient temp [degC]", "%d" % r.randint(-5, 30))]


# ============================================================================= batches
D = dt.datetime
CN, US, DE, JP = (31.23, 121.47), (42.33, -83.05), (48.13, 11.57), (35.68, 139.69)


@batch
def s001(n):
    b = B(n, D(2026, 3, 14, 7, 41, 5), "LGXCE4CB2P0123456")
    r = b.r
    dur = 150.0
    def cells(t):
        prog = max(0.0, (t - 35) / 110)
        i_lim = 180.0 if t < 112 else 60.0
        i = min(i_lim, 178.0) + r.gauss(0, 0.8)
        base = 3.92 + t * 0.00022 - (0.0 if t < 112 else 0.012)
        vmax = base + 0.004 + prog * 0.105 + r.gauss(0, 0.0006)
        idxmax = 37 if prog > 0.03 else r.choice([12, 55, 61])
        vmin = base - 0.004 + r.gauss(0, 0.0006)
        return [round(base * 96 + r.gauss(0, 0.05), 2), round(-i, 1), round(56 + t * 0.012, 2), round(vmax, 4), idxmax,
                round(vmin, 4), r.choice([12, 19, 80]), int(round((vmax - vmin) * 1000)), 31 + int(t / 60), 26,
                i_lim]
    b.csv("bms_cells_10hz.csv", 10, dur, ["pack_v", "pack_i_a", "soc_pct", "cell_vmax", "cell_vmax_no", "cell_vmin",
                                          "cell_vmin_no", "cell_dv_mv", "t_max_c", "t_min_c", "chg_i_limit_a"], cells,
          abs_time=True)
    ev = [(2.0, ("BMS", "I", "直流快充 握手完成 充电机协议 GB/T 27930-2015 BRM/CRM OK")),
          (3.1, ("BMS", "I", "充电需求 电压=420.0V 电流=180.0A 模式=恒流")),
          (112.2, ("BMS", "I", "充电需求电流更新 180.0A -> 60.0A")),
          (112.3, ("BMS", "D", "BCL 发送 需求电压=420.0V 需求电流=60.0A")),
          (140.0, ("BMS", "I", "预计充满时间 更新 38min -> 71min"))]
    ents = mix(r, dur, 900, cn_noise("charging", extra=[(3, lambda: ("CHG", "I", "充电桩 输出 %.1fV %.1fA 枪温 %d℃" % (380 + r.random() * 8, 178 + r.random(), r.randint(35, 40))))]), ev)
    b.text("bms.log", ents, cn_fmt)
    jev = [(2.5, {"type": "charge_session", "event": "start", "mode": "DC", "evse": "CN-GBT-0042", "req_kw": 70}),
           (113.0, {"type": "charge_session", "event": "power_update", "kw": 23.6}),
           (149.0, {"type": "charge_session", "event": "status", "kw": 23.5, "soc": 57.8})]
    b.jsonl("charge_events.jsonl", mix(r, dur, 340, cloud_noise("charging", loc=CN), jev))
    b.label("battery_bms", "cell", "medium", ["high"], "charging", "bms_cells_10hz.csv",
            "During DC fast charging cell #37 climbs away from the rest of the pack (spread grows from ~8 mV to >100 mV) and the BMS cuts the charge current from 180 A to 60 A; the cause is visible only in the cell-voltage CSV. Derate while charging = high minus one step.")


@batch
def s002(n):
    b = B(n, D(2026, 3, 15, 16, 2, 40), "WVWZZZE1ZPP004711")
    r = b.r
    dur = 600.0
    ev = []
    # insulation resistance falls in steps
    riso = [(60, 2950), (180, 1400), (300, 620), (390, 410), (450, 240)]
    for t, v in riso:
        ev.append((t, ("BMS1", "ISO", "MEAS", "info", "Isolationsmessung abgeschlossen: R_iso=%d kOhm (HV+ gegen Masse), R_iso_neg=%d kOhm" % (v, 3100 + r.randint(-50, 50)))))
    ev += [(392.0, ("BMS1", "DEM", "EVT", "warn", "Dem_SetEventStatus(EventId=0x0A31, DEM_EVENT_STATUS_PREFAILED) FDC=+64")),
           (451.0, ("BMS1", "DEM", "EVT", "error", "Dem_SetEventStatus(EventId=0x0A31, DEM_EVENT_STATUS_FAILED) -> DTC 0x0AA600 TF=1 CDTC=1")),
           (451.4, ("BMS1", "PWR", "LIM", "warn", "Leistungsgrenze reduziert: P_dis_max 85 kW -> 40 kW, P_chg_max 60 kW -> 20 kW (Grund 0x11)")),
           (451.9, ("VCU1", "ECM", "MODE", "warn", "Antriebsleistung begrenzt, Anzeige KI 'Antrieb eingeschraenkt' angefordert")),
           (452.3, ("HU01", "HMI", "WARN", "info", "Warnmeldung 0x2F1 angezeigt: Antriebssystem pruefen")),
           (470.0, ("VCU1", "ECM", "MODE", "info", "Fahrer-Anforderung 100%% Pedal, Drehmoment begrenzt auf 210 Nm"))]
    b.dlt("dlt_export.txt", mix(r, dur, 1700, dlt_noise("driving"), ev))
    def sig(t):
        rv = 3000
        for tt, v in riso:
            if t >= tt:
                rv = v
        lim = 85 if t < 451.4 else 40
        return [round(398 - t * 0.01 + r.gauss(0, 0.3), 1), round(r.gauss(60, 25), 1), rv + r.randint(-20, 20), lim, round(70 + 30 * math.sin(t / 40) + r.gauss(0, 1), 1), round(14 + r.random() * 0.1, 2)]
    b.csv("hv_signals.csv", 2, dur, ["hv_pack_v", "hv_pack_i_a", "r_iso_kohm", "p_dis_max_kw", "speed_kph", "lv_v"], sig)
    u = Uds(b, 0x7E5, 0x7ED)
    u.t = 2.0
    uds_routine_reads(u, r, std_dids(b.vin, "5QE915591H", "0612"), 120)
    b.put("workshop_uds_pre.trc", u.lines)
    b.label("battery_bms", "hv_isolation", "high", ["critical"], "driving", "dlt_export.txt",
            "HV insulation resistance drops stepwise from ~3 MOhm to 240 kOhm while driving; BMS sets the isolation DTC and halves discharge power (derate). The UDS file is a pre-drive routine read and unrelated.")


@batch
def s003(n):  # healthy: cold boot + short drive, German PHEV
    b = B(n, D(2026, 1, 22, 6, 48, 11), "WBA21EF0X0NH61234")
    r = b.r
    dur = 500.0
    ev = [(0.3, ("ZGW", "OS", "BOOT", "info", "Startup: Reset-Grund POWER_ON, Klemme 15 EIN")),
          (0.9, ("GW01", "ETH", "SWCH", "warn", "Port 4 (Kamera-Steuergeraet) noch kein Link, warte")),
          (2.4, ("GW01", "ETH", "SWCH", "info", "Port 4 Link up 100BASE-T1 slave nach 1.5 s")),
          (3.0, ("ESP1", "DEM", "EVT", "info", "Dem: OperationCycle POWER gestartet, 0 Ereignisse vorbelegt")),
          (4.2, ("BMS1", "HV", "CTR", "info", "Vorladung abgeschlossen in 212 ms, Hauptschuetze geschlossen")),
          (5.0, ("VCU1", "ECM", "MODE", "info", "Fahrbereit (READY)")),
          (7.5, ("HU01", "NAV", "GNSS", "warn", "Kaltstart GNSS, noch kein Fix")),
          (41.0, ("HU01", "NAV", "GNSS", "info", "GNSS Fix 3D nach 33.5 s, 11 Satelliten")),
          (60.0, ("VCU1", "ICE", "START", "info", "Verbrennungsmotor Start angefordert (Heizung), Kaltstart -6 degC")),
          (61.2, ("VCU1", "ICE", "START", "info", "Motor laeuft, Lambda-Sonde Heizung aktiv, Regelung ab t+45 s")),
          (106.0, ("VCU1", "ICE", "LAMB", "info", "Lambdaregelung aktiv (closed loop)")),
          (230.0, ("KLI1", "HVAC", "CTRL", "warn", "Scheibenbeschlag-Sensor Plausibilisierung wiederholt, ok"))]
    b.dlt("dlt_boot_drive.txt", mix(r, dur, 2100, dlt_noise("driving"), ev))
    def sig(t):
        ect = min(82.0, -6 + max(0, t - 60) * 0.35) if t > 60 else -6.0
        return [round(min(70.0, t * 0.4) + r.gauss(0, 0.5), 1), round(ect, 1), 0 if t < 61 else int(900 + 600 * (0.5 + 0.5 * math.sin(t / 20))), round(14.1 + r.gauss(0, 0.05), 2), round(45 - t * 0.01, 1)]
    b.csv("signals_1hz.csv", 2, dur, ["speed_kph", "ect_c", "ice_rpm", "lv_v", "soc_pct"], sig)
    b.label("none", "none", "low", [], "driving",
            None, "Healthy cold boot and drive of a PHEV at -6 degC: ethernet port and GNSS take time to come up, engine warms up, lambda control goes closed loop late; all normal.")


@batch
def s004(n):  # misfire cyl 3 pending - OBD report (US)
    b = B(n, D(2026, 4, 3, 17, 20, 0), "1FTFW1E50PFA12345")
    r = b.r
    m06 = list(MODE06_BASE) + [("A2", "0B", "Misfire Cyl 1 EWMA", "counts", 2, 0, 65535), ("A2", "0C", "Misfire Cyl 1 current cycle", "counts", 0, 0, 65535),
                               ("A3", "0B", "Misfire Cyl 2 EWMA", "counts", 1, 0, 65535), ("A3", "0C", "Misfire Cyl 2 current cycle", "counts", 1, 0, 65535),
                               ("A4", "0B", "Misfire Cyl 3 EWMA", "counts", 187, 0, 65535), ("A4", "0C", "Misfire Cyl 3 current cycle", "counts", 243, 0, 65535),
                               ("A5", "0B", "Misfire Cyl 4 EWMA", "counts", 3, 0, 65535), ("A5", "0C", "Misfire Cyl 4 current cycle", "counts", 0, 0, 65535),
                               ("A6", "0B", "Misfire Cyl 5 EWMA", "counts", 0, 0, 65535), ("A7", "0B", "Misfire Cyl 6 EWMA", "counts", 2, 0, 65535)]
    ff = [("DTC that stored freeze frame", "P0303"), ("Fuel system 1 status", "CL"), ("Calculated load", "41.2 %"), ("Engine coolant temp", "91 C"),
          ("Short term fuel trim B1", "+3.9 %"), ("Long term fuel trim B1", "+2.3 %"), ("Engine speed", "2214 rpm"), ("Vehicle speed", "72 km/h"), ("Intake air temp", "27 C")]
    obd_report(b, "scan_report_2026-04-03.txt", "FixPro OBD ScanLink v4.2", [("Vehicle", "2023 pickup 3.5L V6 EcoBoost"), ("Odometer", "21 877 mi"), ("Technician", "bay 3")],
               [], [("P0303", "Cylinder 3 - misfire detected (pending, 1 trip)")], [], m06, ff, std_live(True, 65.0, 14.3, misfire_cyl=3), 420)
    def sig(t):
        rpm = 2200 + 300 * math.sin(t / 7) + r.gauss(0, 15)
        dip = (r.random() < 0.05)
        acc = [round(r.gauss(0, 0.8), 2) for _ in range(6)]
        if dip:
            acc[2] = round(-18 - r.random() * 9, 2)
        return [int(rpm), round(72 + r.gauss(0, 0.8), 1)] + acc
    b.csv("crank_accel_20hz.csv", 20, 60, ["rpm", "speed_kph", "seg_dev_cyl1", "seg_dev_cyl2", "seg_dev_cyl3", "seg_dev_cyl4", "seg_dev_cyl5", "seg_dev_cyl6"], sig)
    b.jsonl("fleet_events.jsonl", mix(r, 900, 360, cloud_noise("driving", loc=US), [(300, {"type": "dtc_snapshot", "ecu": "PCM", "pending": ["P0303"], "confirmed": [], "mil": False})]))
    b.label("powertrain", "ignition", "low", ["medium"], "driving", "scan_report_2026-04-03.txt",
            "Cylinder 3 misfires (Mode 06 misfire counters for cyl 3 far above the others, crank-segment deviation dips on cyl 3); only a pending P0303, MIL off, no derate, so logged/pending -> low.")


@batch
def s005(n):  # inverter coolant pump stall, EV, ASC root cause
    b = B(n, D(2026, 7, 9, 13, 5, 12), "JN1FE1AZ0P0012345")
    r = b.r
    dur = 120.0
    stall = 31.4
    def pump(t, k):
        if t < stall:
            rpm = 3200 + r.randint(-40, 40)
            st = 0x01
            cur = 38 + r.randint(-2, 2)
        else:
            rpm = 0
            st = 0x81
            cur = 0 if t > stall + 0.4 else 88
        return counter_crc(k, [rpm >> 8, rpm & 0xFF, cur, st, 0x64, 0x00])
    def inv(t, k):
        tj = 61 + (0 if t < stall else min(58, (t - stall) * 1.0)) + r.random()
        tq = 180 if t < 95 else 60
        return counter_crc(k, [int(tj) + 40, tq >> 8, tq & 0xFF, 0x00, 0x10, 0x00])
    def spd(t, k):
        v = int((88 + 3 * math.sin(t / 9)) * 100)
        return [v >> 8, v & 0xFF, v >> 8, v & 0xFF, v >> 8, v & 0xFF, v >> 8, v & 0xFF]
    def bms(t, k):
        return counter_crc(k, [0x0F, 0xA2, 0x01, 0x2C, 0x48, 0x00])
    msgs = [(0x3B4, 0.1, pump), (0x1D6, 0.05, inv), (0x284, 0.1, spd), (0x1DB, 0.2, bms), (0x55B, 1.0, lambda t, k: [0x20, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00])]
    b.asc("ev_can.asc", dur, msgs)
    ev = [(33.0, ("I", "thermal_ctl.cc:201", "冷却水温 inverter loop inlet 41.2℃ outlet 44.0℃")),
          (60.0, ("W", "thermal_ctl.cc:244", "インバータ温度 上昇 Tj=89℃ (閾値 120℃)")),
          (95.1, ("W", "motor_ctl.cc:512", "トルク制限 要求 Tj=124℃ -> torque limit 60 Nm")),
          (95.3, ("E", "diag_mgr.cc:330", "DTC P0A3C-00 pending: インバータ 過熱 検知 (異常) Tj=124℃")),
          (95.5, ("I", "hmi_bridge.cc:19", "メーター表示 亀マーク 点灯 (出力制限)"))]
    b.text("vcm_glog.INFO", mix(r, dur, 700, jp_noise("driving", dtc=(95.3, 0, 1)), ev), jp_fmt)
    b.label("thermal", "pump", "high", ["medium"], "driving", "ev_can.asc",
            "Inverter-loop electric coolant pump stops (status 0x81, 0 rpm in CAN ID 0x3B4) at t=31 s; inverter junction temperature climbs until motor torque is limited (turtle lamp). The logged DTC is only the downstream overtemperature code; the pump stall shows only in the CAN bytes. Derate -> high.")


@batch
def s006(n):  # body doors: RR door latch motor, parked, lock fails
    b = B(n, D(2026, 2, 11, 21, 14, 3), "KMHK381HFPU123456")
    r = b.r
    dur = 400.0
    ev = [(12.0, lc("CarService", "I", "user request: LOCK_ALL from key fob (rke)")),
          (12.1, lc("VehicleHal", "D", "set DOOR_LOCK area=0x00000001 -> true ok")),
          (12.1, lc("VehicleHal", "D", "set DOOR_LOCK area=0x00000004 -> true ok")),
          (12.1, lc("VehicleHal", "D", "set DOOR_LOCK area=0x00000010 -> true ok")),
          (12.2, lc("VehicleHal", "D", "set DOOR_LOCK area=0x00000040 -> true ok")),
          (12.9, lc("VehicleHal", "D", "onPropertyEvent prop=0x16200B02 area=0x00000040 value=false status=AVAILABLE")),
          (13.6, lc("CarService", "W", "lock state mismatch rear-right: commanded=LOCKED reported=UNLOCKED, retry 1/2")),
          (14.4, lc("VehicleHal", "D", "onPropertyEvent prop=0x16200B02 area=0x00000040 value=false status=AVAILABLE")),
          (15.2, lc("CarService", "W", "lock state mismatch rear-right: retry 2/2")),
          (16.0, lc("CarService", "E", "central locking incomplete, alarm arming blocked (zone RR)")),
          (16.1, lc("CarLauncher", "I", "notification posted: 'Vehicle not secured - check rear right door'")),
          (16.5, lc("OtaClient", "I", "push remote notification type=SECURITY_INCOMPLETE sent"))]
    b.logcat("logcat_hu.txt", mix(r, dur, 1200, logcat_noise("parked"), ev))
    u = Uds(b, 0x740, 0x748)
    u.t = 60.0
    u.xfer([0x10, 0x03], [0x50, 0x03, 0x00, 0x32, 0x01, 0xF4])
    uds_routine_reads(u, r, std_dids(b.vin, "95400-K2010", "BCM.S.2.31"), 40)
    u.xfer([0x19, 0x02, 0x09], [0x59, 0x02, 0xFF] + dtc_bytes("B1A56", 0x92) + [0x09] + dtc_bytes("B1602", 0x00) + [0x28] + dtc_bytes("U0140", 0x87) + [0x28], pending=1)
    u.xfer([0x19, 0x04] + dtc_bytes("B1A56", 0x92) + [0x01], [0x59, 0x04] + dtc_bytes("B1A56", 0x92) + [0x09, 0x01, 0x04, 0xDD, 0x00, 0x0B, 0xC4, 0xDD, 0x01, 0x00, 0x00, 0xDD, 0x02, 0x73, 0xDD, 0x05, 0x1A, 0x02])
    uds_routine_reads(u, r, std_dids(b.vin, "95400-K2010", "BCM.S.2.31"), 70)
    b.put("bcm_uds_remote.trc", u.lines)
    b.jsonl("backend_events.jsonl", mix(r, dur, 320, cloud_noise("parked", loc=(37.56, 126.97)), [(16.6, {"type": "security", "event": "lock_incomplete", "zone": "door_rr"})]))
    b.label("body", "doors", "medium", ["low", "high"], "parked", "logcat_hu.txt",
            "Rear-right door lock actuator does not reach LOCKED (two retries); BCM stores B1A56-92 (performance/incorrect operation, test failed + confirmed), alarm arming blocked. Feature loss while parked -> medium.")


@batch
def s007(n):  # healthy AC charging overnight, Chinese
    b = B(n, D(2026, 5, 20, 23, 30, 0), "LSJW74U63PZ009876")
    r = b.r
    dur = 1800.0
    ev = [(1.0, ("CHG", "I", "交流充电 CP 状态 B->C 占空比 53%% (32A)")),
          (1.5, ("OBC", "I", "车载充电机 启动 输入 228V 输出 402V")),
          (40.0, ("TBOX", "W", "4G 注册失败 重试 1/3")),
          (44.0, ("TBOX", "I", "4G 注册成功 运营商 CMCC")),
          (600.0, ("BMS", "I", "均衡 开启 #12 #44 #71 (压差 14mV)")),
          (1300.0, ("BMS", "I", "均衡 关闭 压差 6mV")),
          (1790.0, ("CHG", "I", "预约充电 目标 SOC 80%% 剩余 52min"))]
    b.text("bms_obc.log", mix(r, dur, 1900, cn_noise("charging", extra=[(4, lambda: ("OBC", "I", "输出 %.1fV %.2fA 温度 %d℃" % (402 + r.random() * 2, 17.5 + r.random() * 0.3, r.randint(44, 52))))]), ev), cn_fmt)
    def sig(t):
        return [round(228 + r.gauss(0, 1.2), 1), round(31.6 + r.gauss(0, 0.1), 2), round(402 + t * 0.002 + r.gauss(0, 0.2), 1), round(17.5 + r.gauss(0, 0.1), 2), round(44 + t * 0.002, 2), 45 + int(t / 300), round(3.95 + t * 0.00001, 4), round(3.944 + t * 0.00001, 4)]
    b.csv("obc_1hz.csv", 1, dur, ["ac_v", "ac_i", "dc_v", "dc_i", "soc", "obc_t_c", "cell_vmax", "cell_vmin"], sig, abs_time=True)
    b.jsonl("charge_session.jsonl", mix(r, dur, 400, cloud_noise("charging", loc=CN), [(1.2, {"type": "charge_session", "event": "start", "mode": "AC", "kw": 7.2})]))
    b.label("none", "none", "low", [], "charging", None,
            "Healthy overnight AC charging at 7.2 kW: one failed 4G registration that succeeds on retry, cell balancing on and off, scheduled charge target. Nothing faulty.")


@batch
def s008(n):  # gateway reboot cascade
    b = B(n, D(2026, 6, 2, 8, 12, 44), "WAUZZZF43PA023456")
    r = b.r
    dur = 420.0
    tr = 201.337
    ev = [(tr - 0.8, ("GW01", "OS", "WDG", "warn", "Wdg: Alive-Supervision Task OsTask_5ms verspaetet (2 von 3 Referenzzyklen)")),
          (tr - 0.05, ("GW01", "OS", "WDG", "error", "WdgM globaler Status EXPIRED -> Reset ausgeloest")),
          (tr + 3.1, ("GW01", "OS", "BOOT", "info", "Startup: Reset-Grund WATCHDOG (0x04), Bootzeit 2840 ms")),
          (tr + 3.3, ("GW01", "COM", "PDUR", "info", "Routing-Tabellen geladen, CAN_FD_Antrieb/CAN_Komfort/CAN_Fahrwerk online"))]
    silent = lambda t: tr < t < tr + 3.0
    for k, (ecu, dtc) in enumerate([("ESP1", "U0100"), ("VCU1", "U0146"), ("HU01", "U0155"), ("KLI1", "U0164"), ("BCM1", "U0140"), ("BMS1", "U0111"), ("EPS1", "U0126"), ("ACC1", "U0121")]):
        ev.append((tr + 0.3 + k * 0.11, (ecu, "COM", "TOUT", "error", "Timeout Botschaft via Gateway (%d ms ohne Empfang), Ersatzwert aktiv" % (300 + k * 10))))
        ev.append((tr + 0.6 + k * 0.13, (ecu, "DEM", "EVT", "error", "DTC %s-00 gesetzt (TestFailed), Kommunikation gestoert" % dtc)))
        ev.append((tr + 3.6 + k * 0.07, (ecu, "COM", "TOUT", "info", "Empfang wieder aufgenommen, Ersatzwert verlassen")))
    ev += [(tr + 0.9, ("ACC1", "ACC", "STAT", "warn", "ACC nicht verfuegbar: Eingangsdaten ungueltig")),
           (tr + 1.0, ("HU01", "HMI", "WARN", "info", "Warnung: Fahrerassistenz voruebergehend nicht verfuegbar")),
           (tr + 9.0, ("ACC1", "ACC", "STAT", "info", "ACC wieder verfuegbar (Bereitschaft)"))]
    ents = mix(r, dur, 2300, dlt_noise("driving"), ev)
    ents = [e for e in ents if not (silent(e[0]) and e[1][0] == "GW01" and e[1][1] in ("COM", "TSYN", "ETH"))]
    b.dlt("dlt_all_ecus.txt", ents)
    def mk(base):
        return lambda t, k: None if silent(t) else counter_crc(k, [base, 0x10, int(60 + 10 * math.sin(t / 30)) & 0xFF, 0, 0, 0])
    msgs = [(0x0FD, 0.2, mk(0x11)), (0x101, 0.5, mk(0x22)), (0x3C0, 0.5, mk(0x33)), (0x17C, 0.5, mk(0x44))]
    b.asc("can_komfort_gw_side.asc", dur, msgs, [(tr + 0.02, "1  ErrorFrame")])
    b.label("connectivity_network", "gateway", "medium", ["high"], "driving", "dlt_all_ecus.txt",
            "Central gateway watchdog expires and resets while driving; for ~3 s all routed traffic stops, so eight ECUs log lost-communication U-codes and ACC drops out, then everything recovers after the gateway reboot. Self-recovered -> medium.")


@batch
def s009(n):  # wheel speed RL loss cascade, US, ASC root
    b = B(n, D(2026, 8, 18, 15, 33, 7), "5YJ3E1EA7PF123456")
    r = b.r
    dur = 180.0
    tf = 77.42
    def ws(t, k):
        v = int((104 + 2 * math.sin(t / 11)) * 64)
        rl = v if t < tf else (0xFFFE if t > tf + 0.06 else v // 3)
        q = 0x00 if t < tf else 0x0C
        return [v >> 8, v & 0xFF, v >> 8, v & 0xFF, rl >> 8, rl & 0xFF, v >> 8, (v & 0xF0) | q]
    def esc(t, k):
        st = 0x00 if t < tf + 0.3 else 0x3A
        return counter_crc(k, [st, 0x00, 0x10, 0x00, 0x00, 0x00])
    def acc(t, k):
        st = 0x04 if t < tf + 0.5 else 0x0E
        return counter_crc(k, [st, 0x64, 0x00, 0x00, 0x00, 0x00])
    msgs = [(0x175, 0.1, ws), (0x145, 0.1, esc), (0x2B9, 0.1, acc), (0x118, 0.2, lambda t, k: counter_crc(k, [0x42, 0x00, 0x00, 0x00, 0x00, 0x00]))]
    b.asc("chassis_can.asc", dur, msgs)
    ev = [(tf + 0.35, lc("VehicleHal", "W", "prop ABS_ACTIVE status=UNAVAILABLE")),
          (tf + 0.36, lc("CarService", "E", "stability control offline, telltale ESC_OFF + ABS amber requested")),
          (tf + 0.5, lc("CarService", "W", "cruise: adaptive cruise cancelled by chassis (reason=ESC_UNAVAILABLE)")),
          (tf + 0.52, lc("CarLauncher", "I", "alert 'Traction and stability control disabled' shown")),
          (tf + 0.6, lc("CarService", "W", "lane keep unavailable: dependent on ESC")),
          (tf + 2.0, lc("CarService", "I", "chime played: ADAS_TAKEOVER")),
          (tf + 30.0, lc("CarService", "W", "ESC still unavailable (drive cycle latch)"))]
    b.logcat("logcat_ivi.txt", mix(r, dur, 1100, logcat_noise("driving"), ev))
    jev = [(tf + 1.2, {"type": "dtc", "ecu": "ESC", "dtcs": [{"code": "C0050-29", "status": "0x2F"}, {"code": "C1B00-00", "status": "0x2F"}]}),
           (tf + 1.3, {"type": "dtc", "ecu": "ADAS", "dtcs": [{"code": "U0415-68", "status": "0x09"}]}),
           (tf + 1.4, {"type": "dtc", "ecu": "EPS", "dtcs": [{"code": "U0416-68", "status": "0x09"}]})]
    b.jsonl("cloud_events.jsonl", mix(r, dur, 320, cloud_noise("driving", loc=US), jev))
    b.label("brakes_chassis", "abs", "critical", ["high"], "driving", "chassis_can.asc",
            "Rear-left wheel-speed signal goes to invalid (0xFFFE, qualifier bits set) at 104 km/h; ESC/ABS switch off, ACC cancels and lane keep is lost. Loss of ABS/ESC while moving -> critical. Downstream ECUs log U-codes for invalid ESC data.")


@batch
def s010(n):  # OTA fails verification -> rollback, parked
    b = B(n, D(2026, 9, 5, 2, 10, 0), "JTDKARFU0P3123456")
    r = b.r
    dur = 1500.0
    ev = [(10.0, ("ota-agent", 1290, "campaign C-2026-0912-HU received, 3 packages, total 1.84 GiB")),
          (12.0, ("ota-agent", 1290, "precondition check: parked=yes ign=off soc_lv=86% hv_soc=71% -> OK")),
          (15.0, ("ota-agent", 1290, "download start pkg=hu_rootfs_b.img.delta size=1.61GiB")),
          (610.0, ("ota-agent", 1290, "download complete pkg=hu_rootfs_b.img.delta sha256 verified")),
          (612.0, ("ota-agent", 1290, "download complete pkg=tcu_fw.bin sha256 verified")),
          (640.0, ("swupdate", 1311, "installing to slot B (/dev/mmcblk0p7)")),
          (1010.0, ("swupdate", 1311, "image written, 1728053248 bytes")),
          (1012.0, ("swupdate", 1311, "[verify] dm-verity root hash of slot B does not match manifest (got 9f3a..e1, want 4c07..b2)")),
          (1012.1, ("swupdate", 1311, "ERROR: post-install check failed, keeping slot A active")),
          (1012.5, ("ota-agent", 1290, "install state FAILED code=OTA_E_VERIFY pkg=hu_rootfs_b.img.delta")),
          (1013.0, ("ota-agent", 1290, "rollback: bootctl set-active A, slot B marked unbootable")),
          (1020.0, ("ota-agent", 1290, "report campaign C-2026-0912-HU status=FAILED_ROLLED_BACK")),
          (1021.0, ("ota-agent", 1290, "next attempt scheduled by backend policy in 24h"))]
    for p in range(5, 100, 5):
        ev.append((15 + p * 5.9, ("ota-agent", 1290, "download progress %d%%" % p)))
    b.syslog("tcu_syslog.log", mix(r, dur, 1300, syslog_noise("parked"), ev), "tcu-imx8")
    jev = [(10.0, {"type": "ota", "campaign": "C-2026-0912-HU", "state": "ACCEPTED"}),
           (611.0, {"type": "ota", "campaign": "C-2026-0912-HU", "state": "DOWNLOADED"}),
           (1012.6, {"type": "ota", "campaign": "C-2026-0912-HU", "state": "INSTALL_FAILED", "err": "OTA_E_VERIFY"}),
           (1020.0, {"type": "ota", "campaign": "C-2026-0912-HU", "state": "ROLLED_BACK", "active_slot": "A"})]
    b.jsonl("backend_ota.jsonl", mix(r, dur, 330, cloud_noise("parked", loc=JP), jev))
    ev2 = [(1014.0, ("I", "ota_hmi.cc:40", "ソフトウェア更新 失敗 - 元のバージョンで起動します")), (1015.0, ("I", "ota_hmi.cc:41", "HU version stays 24.31.2"))]
    b.text("hu_glog.INFO", mix(r, dur, 500, jp_noise("parked"), ev2), jp_fmt)
    b.label("software_platform", "ota", "low", ["medium"], "ota", "tcu_syslog.log",
            "Parked OTA update of the head unit: image written to slot B fails its dm-verity check, the update is rejected and the unit stays on slot A (clean rollback). Self-recovered (medium) minus one for parked -> low.")


@batch
def s011(n):  # weak 12 V battery, cold crank, many ECU resets (ICE, Japanese)
    b = B(n, D(2026, 1, 30, 6, 2, 15), "JMZBP8L40P1234567")
    r = b.r
    dur = 240.0
    tc = 20.0
    def sig(t):
        if t < tc:
            v = 12.18 + r.gauss(0, 0.01)
        elif t < tc + 1.6:
            v = 7.1 + 0.4 * math.sin((t - tc) * 20) + r.gauss(0, 0.05)
        elif t < tc + 60:
            v = 13.2 + (t - tc) * 0.005
        else:
            v = 14.4 + r.gauss(0, 0.03)
        rpm = 0 if t < tc else (180 if t < tc + 1.6 else 1100 - min(350, (t - tc) * 3))
        return [round(v, 3), int(rpm), round(-9 + r.gauss(0, 0.1), 1), round(-420 if tc < t < tc + 1.6 else (28 if t > tc else -0.4), 1)]
    b.csv("lv_power_50hz.csv", 50, 60, ["kl30_v", "rpm", "amb_c", "batt_i_a"], sig, t0=tc - 20)
    ev = [(tc + 20, ("W", "power_mgr.cc:81", "IBS 判定 補機バッテリー SOH=61% 交換推奨")),
          (tc + 0.2, ("W", "power_mgr.cc:90", "クランキング 電圧降下 min=6.82V (閾値 7.5V)")),
          (tc + 0.3, ("E", "can_rx.cc:140", "CAN ch0 bus silent 180ms (ECU reset?)")),
          (tc + 1.9, ("W", "diag_mgr.cc:318", "ECU reset detected: BCM, ABS, EPS, METER, TCU (reset reason undervoltage)")),
          (tc + 2.1, ("E", "diag_mgr.cc:330", "U3003-16 battery voltage low circuit recorded by 6 ECUs")),
          (tc + 2.3, ("W", "hmi_bridge.cc:25", "メーター 再起動 時計リセット")),
          (tc + 3.0, ("E", "diag_mgr.cc:330", "U0121-00 lost comm ABS (transient) / U0131-00 lost comm EPS (transient)")),
          (tc + 8.0, ("I", "diag_mgr.cc:310", "all ECUs back online, DTCs test-failed-this-cycle only")),
          (tc + 15.0, ("I", "power_mgr.cc:77", "補機バッテリー 充電中 13.3V IBS SOC=49%"))]
    b.text("gateway_glog.INFO", mix(r, dur, 800, jp_noise("driving", dtc=(22.1, 0, 0)), ev), jp_fmt)
    ev3 = [(tc + 2.5, ("kernel", 0, "[    2.114210] tcu: cold boot, reset cause: brown-out (BOR)")),
           (tc + 6.0, ("systemd", 1, "Startup finished in 3.1s (kernel) + 5.4s (userspace)")),
           (tc + 9.0, ("ModemManager", 612, "<info>  [modem0] registered on home network"))]
    b.syslog("tcu_syslog.log", mix(r, dur, 420, syslog_noise("driving"), ev3), "tcu")
    b.label("power_supply", "lv_battery", "medium", ["high", "low"], "driving", "lv_power_50hz.csv",
            "Aged 12 V battery (SOH 61 %) collapses to ~6.8 V during a -9 degC cold crank; BCM, ABS, EPS, meter and TCU brown-out reset and log undervoltage/lost-comm codes, all recover within seconds. Root cause is the weak LV battery (first visible in the voltage trace); self-recovered -> medium.")


@batch
def s012(n):  # healthy US DC fast charge (CCS1)
    b = B(n, D(2026, 10, 12, 12, 40, 0), "7SAYGDEE6PF123456")
    r = b.r
    dur = 1200.0
    def sig(t):
        soc = 18 + t * 0.045
        i = 410 if soc < 45 else 410 - (soc - 45) * 9
        return [round(soc, 2), round(-i + r.gauss(0, 1), 1), round(362 + soc * 0.6 + r.gauss(0, 0.2), 1), round(24 + t * 0.01, 1), round(22 + t * 0.009, 1), int(20 + t * 0.01), round(14.0 + r.gauss(0, 0.03), 2)]
    b.csv("dcfc_signals.csv", 1, dur, ["soc", "pack_i_a", "pack_v", "cell_tmax_c", "cell_tmin_c", "coolant_pump_pct", "lv_v"], sig, abs_time=True)
    ev = [(1.0, lc("CarService", "I", "charge port: CCS1 plug detected, PP ok")),
          (3.5, lc("CarService", "I", "ISO15118 SessionSetup ok, EVSE id US*EVC*E12345")),
          (4.2, lc("CarService", "W", "ChargeParameterDiscovery retry 1 (EVSE busy)")),
          (5.0, lc("CarService", "I", "ChargeParameterDiscovery ok, EVSE max 500 A 920 V")),
          (7.0, lc("CarService", "I", "CableCheck passed, PreCharge ok, CurrentDemand loop started")),
          (400.0, lc("CarService", "I", "battery preconditioning not needed (pack 28 C)")),
          (1195.0, lc("CarService", "I", "charge limit reached soon: SOC 71% target 80%"))]
    b.logcat("logcat_ivi.txt", mix(r, dur, 1400, logcat_noise("charging"), ev))
    b.jsonl("charge_session.jsonl", mix(r, dur, 420, cloud_noise("charging", loc=US), [(5.0, {"type": "charge_session", "event": "start", "mode": "DC", "proto": "ISO15118-2"})]))
    b.label("none", "none", "low", [], "charging", None,
            "Healthy DC fast charge on CCS1: one retried parameter discovery while the EVSE was busy, current tapers normally above 45 % SOC, temperatures and LV voltage nominal.")


@batch
def s013(n):  # front camera online calibration drift -> LKA off (German)
    b = B(n, D(2026, 4, 27, 10, 5, 9), "WDD2130421A123456")
    r = b.r
    dur = 600.0
    def sig(t):
        yaw = 0.05 + (0 if t < 150 else min(1.9, (t - 150) * 0.008)) + r.gauss(0, 0.02)
        pitch = -0.4 + r.gauss(0, 0.02)
        conf = 0.97 if t < 150 else max(0.31, 0.97 - (t - 150) * 0.0026)
        lane = 1 if t < 402 else 0
        return [round(yaw, 3), round(pitch, 3), round(conf, 3), r.randint(2, 4) if t < 402 else r.randint(0, 2), lane, round(110 + r.gauss(0, 1.5), 1)]
    b.csv("mpc_calib_5hz.csv", 5, dur, ["cam_yaw_deg", "cam_pitch_deg", "lane_conf", "lanes_detected", "lka_avail", "speed_kph"], sig)
    ev = [(150.0, ("MPC3", "CAL", "ONL", "info", "Online-Kalibrierung: Gierwinkel-Schaetzung aktualisiert, Abweichung 0.05 deg")),
          (300.0, ("MPC3", "CAL", "ONL", "warn", "Online-Kalibrierung: Gierwinkel weicht %.2f deg vom EOL-Wert ab, Konvergenz unsicher" % 1.2)),
          (402.0, ("MPC3", "CAL", "ONL", "error", "Kalibrierung ausserhalb Toleranz (|yaw| > 1.5 deg), Spurfunktionen gesperrt")),
          (402.1, ("MPC3", "DEM", "EVT", "error", "Dem_SetEventStatus(EventId=0x1C02, FAILED) DTC 0xC00C00 Kamera dejustiert")),
          (402.4, ("HU01", "HMI", "WARN", "info", "Meldung: Spurhalteassistent derzeit nicht verfuegbar")),
          (402.5, ("EPS1", "LKA", "ARB", "info", "LKA-Momentenanforderung ignoriert: Quelle nicht verfuegbar"))]
    b.dlt("dlt_adas.txt", mix(r, dur, 1800, dlt_noise("driving", extra=[(4, lambda: ("MPC3", "PERC", "LANE", "info", "Spurerkennung links=%s rechts=%s Kruemmung %.5f" % ("ok", "ok", r.gauss(0, 0.0003))))]), ev))
    b.jsonl("vehicle_events.jsonl", mix(r, dur, 310, cloud_noise("driving", loc=DE), [(403, {"type": "feature_state", "feature": "LKA", "state": "unavailable", "reason": "CAM_CALIB"})]))
    b.label("adas_perception", "camera", "high", ["medium"], "driving", "mpc_calib_5hz.csv",
            "Windshield camera's online yaw calibration drifts steadily from 0.05 to >1.5 deg (first only in the calibration CSV), lane confidence falls, and the camera finally blocks lane-keeping functions. Feature disabled -> high.")


@batch
def s014(n):  # HV contactor weld detected at key-off, parked (Japanese EV)
    b = B(n, D(2026, 11, 3, 19, 44, 0), "SJNFAAZE1U6123456")
    r = b.r
    dur = 900.0
    tk = 30.0
    ev = [(tk, ("I", "power_mgr.cc:120", "IG OFF 要求 -> HVシステム 停止シーケンス 開始")),
          (tk + 0.2, ("I", "bms_if.cc:211", "main contactor open command: MC+ MC- ")),
          (tk + 0.45, ("W", "bms_if.cc:230", "MC- 開放後 リンク電圧 残留 352V (期待 <60V @500ms)")),
          (tk + 0.9, ("W", "bms_if.cc:231", "active discharge ON, link voltage 349V -> 346V")),
          (tk + 1.6, ("E", "bms_if.cc:245", "溶着判定: MC+ welded suspected (bus V follows pack V)")),
          (tk + 1.7, ("E", "diag_mgr.cc:330", "DTC P0AA1-00 confirmed (status 0x2F) HV+ contactor stuck closed")),
          (tk + 1.8, ("I", "bms_if.cc:250", "MC- opened ok -> HV bus isolated via negative side, link 12V")),
          (tk + 2.5, ("W", "power_mgr.cc:133", "次回 READY 禁止フラグ セット (service required)")),
          (tk + 3.0, ("I", "hmi_bridge.cc:30", "メーター警告 'EVシステム点検' 表示"))]
    b.text("evcm_glog.INFO", mix(r, dur, 900, jp_noise("parked", dtc=(31.7, 1, 0)), ev), jp_fmt)
    def sig(t):
        pack = 356.0 + r.gauss(0, 0.2)
        if t < tk + 0.2:
            link = pack
        elif t < tk + 1.8:
            link = pack - (t - tk) * 6
        else:
            link = max(11.0, 346 * math.exp(-(t - tk - 1.8) * 8))
        return [round(pack, 1), round(link, 1), 1 if t < tk + 0.2 else 0, 1 if t < tk + 1.8 else 0, round(r.gauss(0, 0.05), 2)]
    b.csv("hv_bus_20hz.csv", 20, 40, ["pack_v", "link_v", "mc_plus_cmd", "mc_minus_cmd", "pack_i_a"], sig, t0=tk - 10)
    jev = [(tk + 4, {"type": "dtc", "ecu": "BMS", "dtcs": [{"code": "P0AA1", "ftb": "00", "status": "0x2F"}]}),
           (tk + 5, {"type": "service_alert", "level": "amber", "msg": "EV system check required"})]
    b.jsonl("cloud.jsonl", mix(r, dur, 320, cloud_noise("parked", loc=JP), jev))
    b.label("battery_bms", "contactor", "medium", ["high"], "parked", "hv_bus_20hz.csv",
            "At key-off the link voltage stays at pack voltage after the positive main contactor is commanded open: welded HV+ contactor, P0AA1 confirmed and next READY inhibited. Feature disabled (high) minus one step for parked -> medium.")


@batch
def s015(n):  # healthy OTA check nothing to install, parked at home; TCU syslog RFC5424
    b = B(n, D(2026, 3, 1, 3, 0, 0), "WP0ZZZY1ZPSA12345")
    r = b.r
    dur = 900.0
    def nz(r, t):
        p, app, pid, mid, msg = pick(r, [
            (4, lambda: (30, "ModemManager", 612, "-", "[modem0] signal quality %d%%" % r.randint(50, 80))),
            (3, lambda: (30, "nm-wwan", 598, "-", "wwan0 connectivity full")),
            (3, lambda: (29, "mqtt-client", 1044, "PUB", "publish topic=v1/veh/state bytes=%d" % r.randint(200, 900))),
            (2, lambda: (30, "chronyd", 540, "-", "System clock offset %+.6f s" % ((r.random() - 0.5) * 0.003))),
            (2, lambda: (31, "vehicle-sleep", 700, "NM", "CAN NM: all nodes ready to sleep %s" % r.choice(["no (BMS busy)", "yes", "no (HVAC timer)"]))),
            (1, lambda: (28, "ota-agent", 1290, "POLL", "manifest fetch retry %d (TLS handshake timeout)" % r.randint(1, 2))),
            (2, lambda: (30, "kernel", 0, "-", "wlan0: disconnected from home AP (reason 3), roaming")),
        ])()
        return (p, app, pid, mid, msg)
    ev = [(5.0, (30, "ota-agent", 1290, "POLL", "scheduled check campaign_channel=stable current=HU 25.06.1 TCU 3.4.9 BMS 0B12")),
          (6.2, (28, "ota-agent", 1290, "POLL", "manifest fetch attempt 1 failed: TLS handshake timeout (will retry in 20 s)")),
          (26.5, (30, "ota-agent", 1290, "POLL", "manifest fetch ok (HTTP 200, etag 5f1c), signature valid")),
          (26.6, (30, "ota-agent", 1290, "POLL", "no applicable update for this configuration; next check in 24h")),
          (30.0, (30, "vehicle-sleep", 700, "NM", "wake source OTA timer released")),
          (880.0, (30, "vehicle-sleep", 700, "NM", "TCU entering low-power mode, wake on SMS/timer"))]
    b.syslog5424("tcu_rfc5424.log", mix(r, dur, 700, nz, ev), "tcu01")
    b.jsonl("backend.jsonl", mix(r, dur, 330, cloud_noise("parked", loc=DE), [(26.6, {"type": "ota_poll", "result": "no_campaign", "sw": {"HU": "25.06.1", "TCU": "3.4.9"}})]))
    ev2 = [(2.0, ("BMS1", "SLEEP", "NM", "info", "Weckgrund Timer (OTA-Pruefung), Schuetze bleiben offen")),
           (31.0, ("BMS1", "SLEEP", "NM", "info", "Bereit zum Schlafen")), (33.0, ("ZGW", "OS", "SLEEP", "info", "Bus-Sleep CAN_Komfort eingeleitet"))]
    b.dlt("dlt_wakeup.txt", mix(r, 60, 420, dlt_noise("parked"), ev2))
    b.label("none", "none", "low", [], "parked", None,
            "Healthy timer wake-up for the nightly OTA check: first manifest fetch times out, retry succeeds, nothing applicable, vehicle goes back to sleep.")


@batch
def s016(n):  # DCT clutch K1 slip -> limp mode (German 48V mild hybrid)
    b = B(n, D(2026, 6, 21, 14, 18, 30), "WVWZZZCDZPW123456")
    r = b.r
    dur = 500.0
    def sig(t):
        slip = r.gauss(5, 3) if t < 180 else (r.gauss(5, 3) + (0 if r.random() > 0.3 else min(260, (t - 180) * 1.5)))
        gear = 4 if t >= 332 else 1 + int(t / 40) % 6
        return [gear, int(1800 + 500 * math.sin(t / 15)), round(max(0, slip), 1), round(120 + min(95, max(0, t - 180) * 0.6) + r.gauss(0, 1), 1), round(48.2 + r.gauss(0, 0.1), 2), round(80 + r.gauss(0, 3), 1)]
    b.csv("tcu_5hz.csv", 5, dur, ["gear", "eng_rpm", "k1_slip_rpm", "k1_temp_c", "v48_v", "speed_kph"], sig)
    ev = [(250.0, ("TCU1", "CLU", "ADPT", "warn", "Kupplung K1 Adaption: Kisspunkt-Abweichung 0.9 mm, Nachstellung")),
          (300.0, ("TCU1", "CLU", "ADPT", "warn", "K1 Schlupf ueber Sollwert bei Momentenaufbau (Lastwechsel)")),
          (331.8, ("TCU1", "DEM", "EVT", "error", "Dem: P0810-00 Kupplungspositionssteuerung Fehler, TestFailed")),
          (332.0, ("TCU1", "MODE", "LIMP", "error", "Notlauf aktiviert: Teilgetriebe 1 (K1) gesperrt, nur Gaenge 2/4/6 ueber K2")),
          (332.1, ("HU01", "HMI", "WARN", "info", "Getriebestoerung: Weiterfahrt eingeschraenkt moeglich")),
          (335.0, ("VCU1", "ECM", "MODE", "warn", "Momentenbegrenzung durch Getriebe angefordert 180 Nm"))]
    b.dlt("dlt_export.txt", mix(r, dur, 1500, dlt_noise("driving"), ev))
    b.jsonl("trip.jsonl", mix(r, dur, 300, cloud_noise("driving", loc=DE), [(333, {"type": "dtc", "ecu": "TCU", "code": "0x081000", "status": "0x2F"})]))
    main_e = [{"evt": 0x0412, "dtc": 0x081000, "status": 0x2F, "occ": 1, "fdc": 127, "aging": 0, "first": 912, "last": 912,
               "snap": [("Odometer [km]", "52114"), ("Gear actual", "3"), ("K1 slip [rpm]", "248"), ("K1 temp [degC]", "216"),
                        ("Engine torque [Nm]", "231"), ("Vehicle speed [km/h]", "74"), ("48V voltage [V]", "48.2")]},
              {"evt": 0x0415, "dtc": 0x081100, "status": 0x24, "occ": 1, "fdc": 40, "aging": 0, "first": 912, "last": 912,
               "snap": [("Odometer [km]", "52114"), ("Clutch K1 adaption kisspoint delta [mm]", "0.9")]}]
    dem_dump(b, "tcu_dem_dump.txt", "TCU1", main_e, dem_filler(r, 30, snap_std))
    b.label("powertrain", "transmission", "high", ["critical"], "driving", "tcu_5hz.csv",
            "Dual-clutch K1 starts slipping under load and overheating (slip and temperature rise first in the TCU CSV); the TCU sets P0810 and enters limp mode on a fixed gear with torque limit. Limp home -> high.")


@batch
def s017(n):  # HVAC refrigerant low pressure, compressor locked out during preconditioning, parked (Chinese EV)
    b = B(n, D(2026, 7, 28, 7, 10, 0), "LRW3E7FA6PC123456")
    r = b.r
    dur = 600.0
    def sig(t):
        lp = 1.9 - min(1.5, t * 0.0045) + r.gauss(0, 0.02)
        run = t < 330
        hp = (9.5 - t * 0.01) if run else 4.1
        rpm = (4200 + r.randint(-50, 50)) if run else 0
        cab = 36 - (t * 0.02 if run else 330 * 0.02 - (t - 330) * 0.004)
        return [round(max(0.12, lp), 2), round(hp + r.gauss(0, 0.05), 2), rpm, round(cab, 1), round(37 + r.gauss(0, 0.2), 1), round(3.2 + (0 if run else 1.8), 1)]
    b.csv("hvac_2hz.csv", 2, dur, ["suction_p_bar", "discharge_p_bar", "ecomp_rpm", "cabin_t_c", "ambient_t_c", "evap_out_t_c"], sig, abs_time=True)
    ev = [(2.0, ("TBOX", "I", "远程空调 预约启动 目标温度 22℃")),
          (330.0, ("AC", "W", "电动压缩机 停机 请求 保护码 0x21")),
          (330.2, ("AC", "E", "空调系统 低压侧 压力 过低 0.3bar 压缩机 锁止")),
          (331.0, ("TBOX", "W", "远程空调 降级 仅通风 模式")),
          (331.5, ("AC", "I", "故障码 B1A8116 已记录 (确认)"))]
    b.text("tbox_ac.log", mix(r, dur, 1000, cn_noise("parked"), ev), cn_fmt)
    ev2 = [(332.0, lc("ClimateApp", "W", "remote precondition: cooling unavailable, fan only")),
           (332.1, lc("CarService", "I", "notification 'A/C system fault - please visit service' queued for next drive"))]
    b.logcat("logcat_hu.txt", mix(r, dur, 500, logcat_noise("parked"), ev2))
    b.label("thermal", "hvac", "medium", ["high", "low"], "parked", "hvac_2hz.csv",
            "During remote pre-cooling the refrigerant suction pressure sinks steadily (leak/undercharge, visible first in the HVAC CSV) until the e-compressor locks out on low pressure; only ventilation remains. Feature disabled (high) minus one for parked -> medium.")


@batch
def s018(n):  # TPMS slow leak FR, only in JSON backend numbers
    b = B(n, D(2026, 9, 14, 9, 0, 0), "1G1FZ6S04P4123456")
    r = b.r
    dur = 2400.0
    def tp(r, t):
        base = pick(r, [(8, lambda: None), (2, lambda: None)])
        fr = 241 - max(0, (t - 300)) * 0.021
        return {"type": "tpms", "kpa": {"fl": round(242 + r.gauss(0, 0.6), 1), "fr": round(fr + r.gauss(0, 0.6), 1), "rl": round(238 + r.gauss(0, 0.6), 1), "rr": round(239 + r.gauss(0, 0.6), 1)},
                "temp_c": {"fl": 31, "fr": 31 + int(t / 900), "rl": 29, "rr": 29}}
    def nz(r, t):
        if r.random() < 0.45:
            return tp(r, t)
        return cloud_noise("driving", loc=US)(r, t)
    b.jsonl("vehicle_stream.jsonl", mix(r, dur, 1500, nz, [(2350, {"type": "telltale", "id": "TPMS", "state": "on"})]))
    ev = [(2350.5, lc("CarService", "I", "tire pressure low: check tires"))]
    b.logcat("logcat_ivi.txt", mix(r, dur, 900, logcat_noise("driving"), ev))
    b.jsonl("trip_summary.jsonl", mix(r, dur, 310, cloud_noise("driving", loc=US), []))
    b.label("brakes_chassis", "tpms", "low", ["medium"], "driving", "vehicle_stream.jsonl",
            "Front-right tyre loses pressure slowly (~241 -> ~199 kPa over 35 min) while the other three stay flat; only the numbers in the vehicle stream show it until the TPMS telltale comes on at the end. Warning only -> low.")


@batch
def s019(n):  # airbag driver squib resistance high, only in UDS hex
    b = B(n, D(2026, 5, 6, 16, 30, 0), "JF1GUHKC5P8123456")
    r = b.r
    u = Uds(b, 0x752, 0x75A)
    u.t = 0.5
    u.comment("tester session start, ACU")
    u.xfer([0x10, 0x03], [0x50, 0x03, 0x00, 0x32, 0x01, 0xF4])
    dids = std_dids(b.vin, "98221FL010", "ACU 2.14")
    uds_routine_reads(u, r, dids, 60)
    u.xfer([0x19, 0x01, 0x09], [0x59, 0x01, 0xFF, 0x01, 0x00, 0x02])
    u.xfer([0x19, 0x02, 0x09], [0x59, 0x02, 0xFF] + dtc_bytes("B0001", 0x1B) + [0x2F] + dtc_bytes("U0155", 0x00) + [0x28], pending=2)
    u.xfer([0x19, 0x06] + dtc_bytes("B0001", 0x1B) + [0xFF], [0x59, 0x06] + dtc_bytes("B0001", 0x1B) + [0x2F, 0x01, 0x07, 0x02, 0x00, 0x03, 0x01])
    u.xfer([0x22, 0x48, 0x10], [0x62, 0x48, 0x10, 0x00, 0x2E, 0x00, 0x21, 0x00, 0x20, 0x00, 0x23, 0x08, 0x9C])
    u.xfer([0x31, 0x01, 0xFF, 0x00], [0x7F, 0x31, 0x22])
    uds_routine_reads(u, r, dids, 70)
    b.put("acu_uds.trc", u.lines)
    b.jsonl("cloud.jsonl", mix(r, 1800, 330, cloud_noise("driving", loc=JP), [(900, {"type": "telltale", "id": "SRS", "state": "on", "since_ign": True})]))
    ev = [(5.0, ("I", "hmi_bridge.cc:19", "メーター 警告灯 SRS 点灯 継続")), (6.0, ("W", "diag_mgr.cc:318", "ACU reports warning lamp request bit=1"))]
    b.text("meter_glog.INFO", mix(r, 1800, 600, jp_noise("driving", dtc=(0.0, 1, 0)), ev), jp_fmt)
    b.label("body", "airbag", "critical", ["high"], "driving", "acu_uds.trc",
            "Airbag control unit holds B0001-1B (driver frontal stage 1 squib circuit resistance above threshold, status 0x2F confirmed) visible only in the raw 0x59 0x02 reply; squib resistance DID reads 0x089C (far too high) and the SRS lamp stays on while driving. Driver airbag possibly inoperative while moving -> critical.")


@batch
def s020(n):  # radar blocked by snow -> ACC unavailable (US, syslog of ADAS linux + logcat)
    b = B(n, D(2026, 12, 18, 18, 5, 0), "3FMTK3SU8PMA12345")
    r = b.r
    dur = 900.0
    def sig(t):
        att = 0.5 + (0 if t < 200 else min(18, (t - 200) * 0.06)) + r.gauss(0, 0.3)
        tg = r.randint(6, 14) if t < 200 else max(0, int(12 - (t - 200) * 0.03) + r.randint(-1, 1))
        avail = 1 if t < 520 else 0
        return [round(att, 2), tg, round(-4 + r.gauss(0, 0.2), 1), avail, round(95 + r.gauss(0, 2), 1)]
    b.csv("radar_status_2hz.csv", 2, dur, ["front_radar_atten_db", "tracked_objects", "ambient_c", "acc_available", "speed_kph"], sig)
    ev = [(520.0, ("radar_if", 1402, "blockage monitor: front radar blind (attenuation 18.2 dB, 0 confirmed tracks for 30 s)")),
          (520.1, ("adas_core", 1388, "ACC/AEB-FR degraded: radar input unavailable; AEB camera-only mode")),
          (520.3, ("adas_core", 1388, "dtc C1A67-00 set: front radar sensor blocked (test failed)"))]
    def nz(r, t):
        return pick(r, [(4, lambda: ("adas_core", 1388, "cycle %d ok, planner %.1f ms" % (int(t * 20), 8 + r.random() * 4))),
                        (3, lambda: ("radar_if", 1402, "rx frames %d/s, tracks %d" % (r.randint(19, 21), r.randint(3, 14)))),
                        (2, lambda: ("camera_if", 1410, "frame %d exp %.1f ms gain %.1f" % (int(t * 30), 8 + r.random() * 12, 2 + r.random() * 4))),
                        (1, lambda: ("systemd-journald", 210, "Suppressed %d messages from adas_core" % r.randint(1, 30))),
                        (1, lambda: ("kernel", 0, "[%10.6f] can1: tx queue high watermark %d" % (100 + t, r.randint(10, 40))))])()
    b.syslog("adas_syslog.log", mix(r, dur, 1400, nz, ev), "adas-ecu")
    ev2 = [(520.4, lc("CarService", "W", "adaptive cruise unavailable: front sensor blocked (clean sensor)")), (520.5, lc("CarLauncher", "I", "chime: ACC_OFF"))]
    b.logcat("logcat_sync.txt", mix(r, dur, 700, logcat_noise("driving"), ev2))
    b.label("adas_perception", "radar", "high", ["medium"], "driving", "radar_status_2hz.csv",
            "Snow builds up on the front radar at -4 degC: attenuation rises and tracked objects fall over several minutes (CSV only), then the blockage monitor declares the radar blind and ACC is disabled, AEB drops to camera-only. Feature disabled -> high.")


@batch
def s021(n):  # healthy: tunnel drive, GNSS outage recovered, dead reckoning
    b = B(n, D(2026, 8, 2, 11, 20, 0), "5YJYGDEE3PF123456")
    r = b.r
    dur = 600.0
    t_in, t_out = 240.0, 330.0
    def sig(t):
        inside = t_in < t < t_out
        return [0 if inside else r.randint(11, 17), None if inside else round(0.7 + r.random() * 0.4, 2), "DR" if inside else "GNSS+IMU", round(0.3 + (t - t_in) * 0.018 if inside else 0.25 + r.random() * 0.1, 2), round(88 + r.gauss(0, 2), 1)]
    b.csv("loc_5hz.csv", 5, dur, ["sats_used", "hdop", "loc_mode", "pos_std_m", "speed_kph"], sig)
    ev = [(t_in + 1, ("gnssd", 733, "fix lost (0 SV), switching to dead reckoning")),
          (t_in + 30, ("gnssd", 733, "no fix for 30 s; DR confidence high (wheel odometry + IMU)")),
          (t_out + 2, ("gnssd", 733, "fix reacquired 3D after 91 s, sv_used=9, position jump 2.1 m")),
          (t_in + 5, ("ModemManager", 612, "<warn>  [modem0] signal lost, registration searching")),
          (t_out + 6, ("ModemManager", 612, "<info>  [modem0] registered on home network (lte)")),
          (t_out + 7, ("mqtt-client", 1044, "reconnected, flushed 88 queued messages"))]
    b.syslog("tcu_syslog.log", mix(r, dur, 1100, syslog_noise("driving"), ev), "tcu")
    ev2 = [(t_in + 2, lc("NavApp", "W", "GPS signal lost - tunnel mode (map matched)")), (t_out + 3, lc("NavApp", "I", "GPS restored")),
           (t_in + 3, lc("CarService", "I", "highway assist stays available (lane + radar based)"))]
    b.logcat("logcat_ivi.txt", mix(r, dur, 900, logcat_noise("driving"), ev2))
    b.label("none", "none", "low", [], "driving", None,
            "Healthy 90 s tunnel passage: GNSS and LTE drop out and come back, localization bridges with dead reckoning, queued telemetry flushed afterwards. All expected behaviour.")


@batch
def s022(n):  # CAN bus-off on chassis CAN caused by steering-angle sensor node (ASC error frames)
    b = B(n, D(2026, 10, 1, 7, 55, 0), "WF0NXXGCHNPA12345")
    r = b.r
    dur = 200.0
    t0 = 95.0
    off = lambda t: t0 + 1.5 < t < t0 + 62
    def sas(t, k):
        if off(t):
            return None
        a = int((5 * math.sin(t / 3)) * 10) & 0xFFFF
        return counter_crc(k, [a >> 8, a & 0xFF, 0x00, 0x00, 0x40, 0x00])
    msgs = [(0x0C2, 0.1, sas), (0x1A0, 0.1, lambda t, k: counter_crc(k, [0x10, 0x00, 0x22, 0x00, 0x00, 0x00])), (0x3E9, 0.2, lambda t, k: [0x00, 0x41, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00])]
    evs = []
    tt = t0
    while tt < t0 + 1.5:
        evs.append((tt, "1  ErrorFrame"))
        tt += 0.004 + r.random() * 0.01
    for k in range(3):
        tt = t0 + 62 + k * 0.3
        evs.append((tt, "1  ErrorFrame"))
    b.asc("chassis_can.asc", dur, msgs, evs)
    ev = [(t0 + 1.6, ("ESP1", "COM", "TOUT", "error", "Timeout Lenkwinkel (0x0C2) > 200 ms, Ersatzwert")),
          (t0 + 1.7, ("ESP1", "DEM", "EVT", "error", "DTC U0126-00 gesetzt (Lenkwinkelsensor Kommunikation)")),
          (t0 + 1.8, ("ESP1", "ESC", "MODE", "warn", "ESC eingeschraenkt: Gierratenregelung ohne Lenkwinkel, Rueckfallebene ABS aktiv")),
          (t0 + 1.9, ("ACC1", "ACC", "STAT", "warn", "ACC nicht verfuegbar: ESC eingeschraenkt")),
          (t0 + 2.0, ("HU01", "HMI", "WARN", "info", "Warnung ESC Stoerung")),
          (t0 + 62.3, ("ESP1", "COM", "TOUT", "info", "Lenkwinkel wieder empfangen, ESC-Funktion im naechsten Fahrzyklus")),
          (t0 + 0.2, ("GW01", "CANIF", "ERR", "warn", "CAN_Fahrwerk: Fehlerzaehler TEC=96 REC=0 (Warnschwelle)")),
          (t0 + 1.2, ("GW01", "CANIF", "ERR", "warn", "CAN_Fahrwerk: Knoten 0x0C2-Sender Fehlerpassiv/BusOff vermutet, Stuff-Errors gehaeuft"))]
    b.dlt("dlt_export.txt", mix(r, dur, 1200, dlt_noise("driving"), ev))
    b.label("connectivity_network", "can", "high", ["critical", "medium"], "driving", "chassis_can.asc",
            "A burst of error frames on the chassis CAN ends with the steering-angle sensor node going bus-off for ~60 s (its 0x0C2 frames vanish from the trace); ESC runs degraded and ACC is disabled. Communication failure is the root; feature disabled -> high.")


@batch
def s023(n):  # OOM in head unit -> system_server watchdog restart while driving
    b = B(n, D(2026, 2, 24, 18, 40, 0), "LVSHFFAL7PF123456")
    r = b.r
    dur = 900.0
    tr = 610.0
    ev = []
    for i in range(12):
        ev.append((200 + i * 30, lc("NavApp", "D", "tile cache size %d MB (limit 256 MB)" % (180 + i * 42))))
    ev += [(520.0, lc("lowmemorykiller", "I", "Kill 'com.android.car.radio' (5123), uid 10045, oom_score_adj 900 to free 61024kB")),
           (545.0, lc("lowmemorykiller", "I", "Kill 'com.android.car.messenger' (6001), uid 10050, oom_score_adj 800 to free 48000kB")),
           (580.0, lc("lowmemorykiller", "I", "Kill 'com.android.car.media' (4811), uid 10040, oom_score_adj 700 to free 90112kB")),
           (598.0, lc("ActivityManager", "W", "Low on memory: NavApp (pid 3320) RSS 1.71 GB")),
           (606.0, lc("kernel", "W", "lowmemorykiller: swap full, kswapd0 busy 98%")),
           (tr, lc("ActivityManager", "E", "Watchdog: *** WATCHDOG KILLING SYSTEM PROCESS: Blocked in monitor com.android.server.am.ActivityManagerService")),
           (tr + 0.5, lc("CarService", "E", "system_server died, car service restarting")),
           (tr + 9.0, lc("ActivityManager", "I", "System now ready (boot after watchdog)")),
           (tr + 11.0, lc("CarLauncher", "I", "home restored, last source FM"))]
    def nz(r, t):
        if tr < t < tr + 8.5:
            return lc("kernel", "I", "binder: release %d:%d transaction failed 29189" % (r.randint(1000, 4000), r.randint(1000, 4000)))
        return logcat_noise("driving")(r, t)
    b.logcat("logcat_hu.txt", mix(r, dur, 1600, nz, ev))
    def sig(t):
        used = 2.1 + max(0, t - 150) * 0.0033 if t < tr else 1.6 + (t - tr) * 0.0005
        return [round(min(3.78, used), 3), round(max(0.02, 3.8 - used), 3), int(40 + r.random() * 20), round(58 + r.random() * 3, 1)]
    b.csv("hu_mem_1hz.csv", 1, dur, ["mem_used_gb", "mem_avail_gb", "cpu_pct", "soc_temp_c"], sig, abs_time=True)
    b.label("software_platform", "oom", "medium", ["high"], "driving", "logcat_hu.txt",
            "Navigation tile cache grows without bound; the head unit runs out of memory, background car apps are killed one by one and finally the system_server watchdog restarts the Android framework (head unit back after ~10 s). Self-recovered -> medium.")


@batch
def s024(n):  # 48V/12V DC-DC derate (German mild hybrid)
    b = B(n, D(2026, 7, 15, 16, 12, 0), "WAUZZZ4M0PD123456")
    r = b.r
    dur = 600.0
    td = 270.0
    def sig(t):
        tdc = 62 + min(6, t * 0.01) + r.gauss(0, 0.3)
        iout = 120 if t < td else max(40, 120 - (t - td) * 2)
        v12 = 14.2 if t < td + 30 else max(11.7, 14.2 - (t - td - 30) * 0.01)
        return [round(48.3 + r.gauss(0, 0.1), 2), round(v12 + r.gauss(0, 0.03), 2), round(iout + r.gauss(0, 1), 1), round(tdc, 1), round(75 + r.gauss(0, 4), 1), 0x00 if t < td else 0x04]
    b.csv("dcdc_5hz.csv", 5, dur, ["v48_v", "v12_v", "dcdc_iout_a", "dcdc_temp_c", "fan_pct", "dcdc_status"], sig)
    ev = [(td, ("DCDC", "DIAG", "STAT", "warn", "Ausgangsstrom-Begrenzung aktiv: Wirkungsgrad Endstufe Phase 2 unplausibel, Phase abgeschaltet")),
          (td + 0.1, ("DCDC", "DEM", "EVT", "error", "Dem: DTC 0x0A9400 DC/DC-Wandler Leistungsfaehigkeit, TestFailed")),
          (td + 32.0, ("BCM1", "PWR", "KL30", "warn", "KL30 Spannung %.2f V, Lastabwurf Stufe 1 (Sitzheizung, Heckscheibe)" % 13.1)),
          (td + 120.0, ("BCM1", "PWR", "KL30", "warn", "Lastabwurf Stufe 2 (Klima-Geblaese reduziert)")),
          (td + 200.0, ("VCU1", "ECM", "MODE", "warn", "Start-Stopp gesperrt: Bordnetz nicht stabil")),
          (td + 240.0, ("HU01", "HMI", "WARN", "info", "Meldung: Bordnetz - Verbraucher reduziert"))]
    b.dlt("dlt_export.txt", mix(r, dur, 1600, dlt_noise("driving"), ev))
    b.jsonl("fleet.jsonl", mix(r, dur, 320, cloud_noise("driving", loc=DE), [(td + 1, {"type": "dtc", "ecu": "DCDC48", "code": "0x0A9400", "status": "0x09"})]))
    b.label("power_supply", "dcdc", "high", ["medium"], "driving", "dcdc_5hz.csv",
            "The 48V->12V DC-DC converter of a mild hybrid limits its output current from 120 A to 40 A; 12 V sags to ~11.7 V, BCM sheds loads in two steps and start-stop is disabled. Feature degradation -> high.")


@batch
def s025(n):  # AC charging aborts: control pilot flapping (US J1772)
    b = B(n, D(2026, 6, 9, 20, 15, 0), "1N4BZ1CV5PC123456")
    r = b.r
    dur = 1800.0
    faults = [612.0, 830.4, 1044.9, 1190.2]
    def sig(t):
        bad = any(f <= t < f + 0.8 for f in faults)
        stop = t >= faults[-1] + 0.8
        cpv = 6.0 if not bad else (9.0 if r.random() < 0.5 else 2.2)
        if stop:
            cpv = 9.0
        duty = 0 if stop else 50.0
        i = 0.0 if (bad or stop) else round(29.6 + r.gauss(0, 0.2), 1)
        return [round(cpv + r.gauss(0, 0.05), 2), duty, round(240 + r.gauss(0, 1), 1), i, round(48 + t * 0.006 if not stop else 48 + faults[-1] * 0.006, 2)]
    b.csv("obc_cp_2hz.csv", 2, dur, ["cp_high_v", "cp_duty_pct", "ac_v", "ac_i_a", "soc"], sig, abs_time=True)
    ev = []
    for i, f in enumerate(faults):
        ev.append((f + 0.1, lc("CarService", "W", "charging interrupted by EVSE (state C->B)")))
        if i < 3:
            ev.append((f + 5, lc("CarService", "I", "charging resumed (attempt %d)" % (i + 1))))
    ev.append((faults[-1] + 2, lc("CarService", "E", "charging stopped: too many interruptions, session ended")))
    ev.append((faults[-1] + 2.2, lc("CarLauncher", "I", "notification: 'Charging stopped unexpectedly'")))
    b.logcat("logcat_ivi.txt", mix(r, dur, 1300, logcat_noise("charging"), ev))
    b.jsonl("charge_session.jsonl", mix(r, dur, 380, cloud_noise("charging", loc=US), [(faults[-1] + 3, {"type": "charge_session", "event": "end", "reason": "EVSE_STATE_ERROR", "kwh": 4.1})]))
    b.label("battery_bms", "charging", "medium", ["high", "low"], "charging", "obc_cp_2hz.csv",
            "During level-2 AC charging the control-pilot high level briefly jumps away from 6 V (state C) four times; each drop interrupts charging until the session is aborted. Root in the charging interface; feature lost while charging -> medium.")


@batch
def s026(n):  # inverter phase-U overcurrent/desat -> propulsion lost while driving (JP EV)
    b = B(n, D(2026, 9, 22, 8, 31, 0), "JN1AZ0CP8PT123456")
    r = b.r
    dur = 60.0
    tf = 23.517
    def sig(t):
        run = t < tf
        iu = (220 * math.sin(t * 2 * math.pi * 180)) if run else 0.0
        if tf - 0.02 < t < tf:
            iu = 780.0
        return [round(iu + r.gauss(0, 3), 1), round((220 * math.sin(t * 2 * math.pi * 180 - 2.094)) if run else 0.0, 1), round(385 + r.gauss(0, 0.5), 1) if run else round(392 + r.gauss(0, 0.3), 1), int(6100 - (0 if run else (t - tf) * 120)), 1 if run else 0, round(71 + r.random(), 1)]
    b.csv("inverter_fast_100hz.csv", 100, dur, ["i_u_a", "i_v_a", "dc_link_v", "motor_rpm", "pwm_enable", "igbt_tj_c"], sig)
    ev = [(tf, ("E", "motor_ctl.cc:601", "IGBT U相 上アーム DESAT 検出 -> gate off (hw latch)")),
          (tf + 0.001, ("E", "motor_ctl.cc:604", "phase U overcurrent 780A > 650A, PWM 停止 safe pulse off")),
          (tf + 0.02, ("E", "diag_mgr.cc:330", "DTC P0A78-00 記録 (Drive Motor A Inverter Performance) status 0x2F")),
          (tf + 0.05, ("W", "vehicle_monitor.cc:160", "駆動力 喪失 READY 維持 / 惰性走行")),
          (tf + 0.3, ("I", "hmi_bridge.cc:30", "メーター警告 'パワーシステム異常 安全な場所に停車してください'")),
          (tf + 2.0, ("W", "motor_ctl.cc:640", "restart attempt inhibited: hardware fault latched")),
          (tf + 25.0, ("I", "vehicle_monitor.cc:142", "車両停止 speed=0.0 ハザード ON"))]
    b.text("vcm_glog.INFO", mix(r, dur, 700, jp_noise("driving", dtc=(23.6, 1, 0)), ev), jp_fmt)
    jev = [(tf + 1, {"type": "dtc", "ecu": "INV", "code": "P0A78-00", "status": "0x2F"}), (tf + 26, {"type": "event", "name": "vehicle_stopped_after_fault"})]
    b.jsonl("cloud.jsonl", mix(r, 300, 320, cloud_noise("driving", loc=JP), jev))
    b.label("powertrain", "inverter", "critical", ["high"], "driving", "inverter_fast_100hz.csv",
            "Phase-U current spikes to ~780 A and the IGBT desaturation protection latches the inverter off at 6100 rpm; the car loses propulsion and coasts to a stop with a 'stop safely' warning. Loss of drive while moving -> critical.")


@batch
def s027(n):  # healthy workshop session: UDS with benign NRCs and Dem dump with historic entries
    b = B(n, D(2026, 4, 14, 10, 2, 0), "WBY31AW0XPFP12345")
    r = b.r
    u = Uds(b, 0x7E0, 0x7E8)
    u.comment("workshop tester ISTA-like session, vehicle in workshop mode")
    u.xfer([0x10, 0x03], [0x50, 0x03, 0x00, 0x32, 0x01, 0xF4])
    u.xfer([0x27, 0x01], [0x67, 0x01, 0x3A, 0x91, 0x0C, 0x5E])
    u.xfer([0x27, 0x02, 0x11, 0x22, 0x33, 0x44], [0x7F, 0x27, 0x35])
    u.xfer([0x27, 0x01], [0x67, 0x01, 0x8C, 0x04, 0x7E, 0x21])
    u.xfer([0x27, 0x02, 0x5D, 0x19, 0xA0, 0x03], [0x67, 0x02])
    dids = std_dids(b.vin, "8845120-02", "DME 21.4.0")
    uds_routine_reads(u, r, dids, 80)
    u.xfer([0x19, 0x02, 0x08], [0x59, 0x02, 0xFF])
    u.xfer([0x19, 0x02, 0xFF], [0x59, 0x02, 0xFF] + dtc_bytes("P0171", 0x00) + [0x28] + dtc_bytes("U0140", 0x00) + [0x48])
    u.xfer([0x14, 0xFF, 0xFF, 0xFF], [0x54], pending=2)
    u.xfer([0x19, 0x02, 0xFF], [0x59, 0x02, 0xFF])
    u.xfer([0x31, 0x01, 0x0F, 0x0C], [0x7F, 0x31, 0x22])
    u.xfer([0x31, 0x01, 0x0F, 0x0C], [0x71, 0x01, 0x0F, 0x0C, 0x00], pending=3)
    u.xfer([0x31, 0x03, 0x0F, 0x0C], [0x71, 0x03, 0x0F, 0x0C, 0x02, 0x00])
    uds_routine_reads(u, r, dids, 80)
    u.xfer([0x11, 0x01], [0x51, 0x01])
    b.put("tester_uds.trc", u.lines)
    filler = dem_filler(r, 34, snap_std)
    dem_dump(b, "dme_dem_dump.txt", "DME", [], filler, header_extra=["#### note: dump taken before ClearDiagnosticInformation (0x14)"])
    ev = [(1.0, ("DME", "DCM", "DIAG", "info", "Werkstattmodus aktiv, Tester 0xF1 verbunden")),
          (20.0, ("DME", "DCM", "DIAG", "warn", "SecurityAccess: falscher Schluessel (Versuch 1), Verzoegerung 0 s")),
          (40.0, ("DME", "DCM", "DIAG", "info", "Fehlerspeicher geloescht durch Tester")),
          (60.0, ("DME", "ROUT", "EVAP", "info", "Routine 0x0F0C (Tankentlueftung Test) abgeschlossen: i.O."))]
    b.dlt("dlt_workshop.txt", mix(r, 120, 500, dlt_noise("parked"), ev))
    b.label("none", "none", "low", [], "test", None,
            "Healthy workshop session: a mistyped security key (NRC 0x35), an unsupported routine request (NRC 0x22), response-pending replies, historic aged DTCs read and cleared, EVAP routine passes. Nothing currently faulty.")


@batch
def s028(n):  # radiator fan stuck -> ECT overtemp -> power reduction (German ICE)
    b = B(n, D(2026, 8, 9, 15, 0, 0), "WVGZZZ5NZPW123456")
    r = b.r
    dur = 900.0
    def sig(t):
        fan_cmd = 0 if t < 200 else min(100, int((t - 200) * 0.5))
        ect = 96 + min(24, max(0, t - 200) * 0.04) + r.gauss(0, 0.2)
        return [fan_cmd, 0, round(ect, 1), round(ect - 8 + r.gauss(0, 0.2), 1), round(34 + r.gauss(0, 0.2), 1), round(25 + r.gauss(0, 3), 1), 100 if ect < 117 else 70]
    b.csv("ecm_cooling_2hz.csv", 2, dur, ["fan_cmd_pct", "fan_rpm_fb", "ect_c", "rad_out_c", "ambient_c", "speed_kph", "torque_limit_pct"], sig, abs_time=True)
    ev = [(450.0, ("ECM1", "THM", "FAN", "warn", "Kuehlerluefter: LIN-Rueckmeldung vorhanden, aber Drehzahl 0 bei Ansteuerung 100 %")),
          (452.0, ("ECM1", "DEM", "EVT", "error", "Dem: P0480-00 Luefter 1 Ansteuerung/Funktion, PreFailed->Failed")),
          (720.0, ("ECM1", "THM", "ECT", "warn", "Kuehlmitteltemperatur 117 degC: Leistungsreduzierung 30 %")),
          (721.0, ("HU01", "HMI", "WARN", "info", "Meldung Motortemperatur zu hoch - Fahrt anpassen")),
          (725.0, ("KLI1", "HVAC", "CTRL", "warn", "Klimakompressor abgeschaltet (Motortemperatur)"))]
    b.dlt("dlt_export.txt", mix(r, dur, 1600, dlt_noise("driving"), ev))
    b.jsonl("fleet.jsonl", mix(r, dur, 300, cloud_noise("driving", loc=DE), []))
    b.label("thermal", "radiator", "high", ["medium", "critical"], "driving", "ecm_cooling_2hz.csv",
            "Radiator fan does not spin (feedback 0 rpm at up to 100 % command) in slow traffic at 34 degC; coolant temperature creeps up to 117 degC and the engine control reduces power and switches off A/C. Derate -> high.")


@batch
def s029(n):  # EPS torque sensor plausibility -> reduced assist (JP)
    b = B(n, D(2026, 11, 20, 17, 45, 0), "JTMW1RFV5PD123456")
    r = b.r
    dur = 400.0
    tf = 188.0
    def sig(t):
        ang = 30 * math.sin(t / 2.5)
        ts1 = ang * 0.08 + r.gauss(0, 0.05)
        drift = 0 if t < 150 else min(1.6, (t - 150) * 0.04)
        assist = 100 if t < tf else 50
        return [round(ang, 1), round(ts1, 2), round(-ts1 + drift + r.gauss(0, 0.05), 2), assist, round(55 + r.gauss(0, 2), 1)]
    b.csv("eps_50hz.csv", 50, 80, ["steer_angle_deg", "tsu_main_nm", "tsu_sub_nm_inv", "assist_pct", "speed_kph"], sig, t0=140)
    ev = [(tf, ("E", "eps_if.cc:77", "EPS トルクセンサ main/sub 不一致 |sum|=1.52Nm > 1.2Nm")),
          (tf + 0.01, ("E", "diag_mgr.cc:330", "DTC C1513-64 記録 torque sensor signal plausibility failure, status 0x2F")),
          (tf + 0.02, ("W", "eps_if.cc:80", "アシスト 50% 制限 (フェールセーフ)")),
          (tf + 0.1, ("I", "hmi_bridge.cc:30", "メーター警告 ステアリング 警告灯 点灯")),
          (tf + 0.2, ("W", "adas_if.cc:240", "LTA/LKA 停止: EPS 機能制限"))]
    b.text("gw_glog.INFO", mix(r, dur, 800, jp_noise("driving", dtc=(188.1, 1, 0)), ev), jp_fmt)
    b.jsonl("cloud.jsonl", mix(r, dur, 310, cloud_noise("driving", loc=JP), [(tf + 1, {"type": "telltale", "id": "EPS", "state": "amber"})]))
    b.label("brakes_chassis", "eps", "high", ["critical"], "driving", "eps_50hz.csv",
            "The sub channel of the EPS torque sensor drifts away from the inverted main channel (visible in the 50 Hz CSV from t=150 s) until the plausibility check trips; EPS falls back to 50 % assist and lane-tracing assist stops. Reduced assist -> high.")


@batch
def s030(n):  # low beam left LED module failure (German)
    b = B(n, D(2026, 12, 1, 17, 10, 0), "WBA5R1C05PFH12345")
    r = b.r
    dur = 700.0
    ev = [(30.0, ("BCM1", "LIGHT", "OUT", "info", "Abblendlicht EIN (Lichtsensor, Dunkelheit)")),
          (31.0, ("LHM_L", "LED", "DRV", "info", "LED-Treiber Kanal LB: 1.02 A, Vf 17.8 V")),
          (410.0, ("LHM_L", "LED", "DRV", "warn", "Kanal LB: Vf Anstieg 17.8 -> 24.1 V, Strom 0.41 A")),
          (410.6, ("LHM_L", "LED", "DRV", "error", "Kanal LB: Leerlauf erkannt, Treiber abgeschaltet")),
          (410.7, ("LHM_L", "DEM", "EVT", "error", "DTC 0x9C2A13 (Abblendlicht links - Unterbrechung) TestFailed")),
          (411.0, ("BCM1", "LIGHT", "OUT", "warn", "Ersatzlicht: Nebelscheinwerfer links aktiviert")),
          (411.2, ("HU01", "HMI", "WARN", "info", "Meldung: Abblendlicht links defekt")),
          (412.0, ("ACC1", "CAM", "STAT", "info", "Fernlichtassistent deaktiviert (Scheinwerfer-Fehler)"))]
    b.dlt("dlt_export.txt", mix(r, dur, 1500, dlt_noise("driving"), ev))
    u = Uds(b, 0x7A1, 0x7A9)
    u.t = 600.0
    u.xfer([0x10, 0x03], [0x50, 0x03, 0x00, 0x32, 0x01, 0xF4])
    uds_routine_reads(u, r, std_dids(b.vin, "63117494", "LHM-L 07.2"), 62)
    u.xfer([0x19, 0x02, 0x2F], [0x59, 0x02, 0xFF, 0x9C, 0x2A, 0x13, 0x2F])
    uds_routine_reads(u, r, std_dids(b.vin, "63117494", "LHM-L 07.2"), 62)
    b.put("lhm_left_uds.trc", u.lines)
    b.label("body", "lighting", "high", ["medium"], "driving", "dlt_export.txt",
            "Left headlamp LED driver sees forward voltage jump and then open circuit on the low-beam channel at night; module switches the channel off (DTC 0x9C2A13 confirmed), fog lamp substitutes and high-beam assist is disabled. Lighting function lost in darkness -> high.")


@batch
def s031(n):  # ultrasonic sensor RR-mid failure during automated parking (Chinese)
    b = B(n, D(2026, 3, 28, 19, 22, 0), "LB37724Z3PH123456")
    r = b.r
    dur = 240.0
    tf = 62.0
    def sig(t):
        d = []
        for i in range(6):
            base = 180 + 60 * math.sin(t / 5 + i)
            d.append(int(base + r.gauss(0, 3)))
        rr_mid = d[4] if t < tf else 0
        d[4] = rr_mid
        return d + [round(max(0, 5 - abs(t - 120) * 0.05), 1), "APA_ACTIVE" if t < tf + 0.5 else "APA_ABORT"]
    b.csv("uss_20hz.csv", 20, 120, ["rl_out_cm", "rl_in_cm", "rm_l_cm", "rm_r_cm", "rr_in_cm", "rr_out_cm", "speed_kph", "apa_state"], sig, t0=20)
    ev = [(20.0, ("APA", "I", "自动泊车 开始 车位类型=垂直 车位宽度 2.45m")),
          (tf, ("USS", "W", "超声波 雷达 #5 回波 丢失 连续 8 周期")),
          (tf + 0.3, ("USS", "E", "超声波 雷达 #5 (后右内) 诊断 失败 振膜 无响应")),
          (tf + 0.4, ("APA", "E", "自动泊车 中止 原因=传感器故障 车辆 已 制动 停车")),
          (tf + 0.5, ("APA", "I", "请 驾驶员 接管")),
          (tf + 1.0, ("USS", "I", "故障码 C1A2611 记录 (确认)"))]
    b.text("adas_apa.log", mix(r, dur, 900, cn_noise("parking", extra=[(3, lambda: ("APA", "D", "泊车 轨迹 规划 段 %d 曲率 %.4f" % (r.randint(1, 4), r.random() * 0.2)))]), ev), cn_fmt)
    b.jsonl("cloud.jsonl", mix(r, dur, 310, cloud_noise("parked", loc=CN), [(tf + 1, {"type": "feature_state", "feature": "APA", "state": "aborted", "reason": "USS_FAULT"})]))
    b.label("adas_perception", "ultrasonic", "high", ["medium", "critical"], "parking", "uss_20hz.csv",
            "During automated parking the rear-right inner ultrasonic sensor stops returning echoes (distance 0 in the CSV first); the parking assistant aborts with a controlled stop and hands back to the driver. Feature disabled at crawl speed -> high.")


@batch
def s032(n):  # healthy sleep/wake cycles parked (JP EV)
    b = B(n, D(2026, 10, 25, 0, 0, 0), "JN1AZ1CP2PT123456")
    r = b.r
    dur = 14400.0
    ev = []
    for k in range(8):
        tw = 600 + k * 1700
        ev.append((tw, ("kernel", 0, "[%10.6f] PM: resume from suspend-to-RAM, wake source: %s" % (tw, r.choice(["rtc", "can_wake", "modem_ring"])))))
        ev.append((tw + 1, ("power-mgr", 402, "wake: reason=%s, 12V=%.2fV" % (r.choice(["periodic_check", "battery_monitor", "remote_status"]), 12.5 - k * 0.01))))
        ev.append((tw + 40, ("power-mgr", 402, "all tasks done, suspend requested")))
        ev.append((tw + 41, ("kernel", 0, "[%10.6f] PM: suspend entry (deep)" % (tw + 41))))
        if k == 3:
            ev.append((tw + 5, ("ModemManager", 612, "<warn>  [modem0] connection attempt timed out, retrying")))
            ev.append((tw + 9, ("ModemManager", 612, "<info>  [modem0] connected (lte)")))
    def nz(r, t):
        return syslog_noise("parked")(r, t)
    b.syslog("tcu_syslog.log", mix(r, dur, 900, nz, ev), "tcu-r8a")
    def sig(t):
        return [round(12.55 - t * 0.000012 + r.gauss(0, 0.01), 3), round(0.018 + (0.9 if any(600 + k * 1700 <= t < 641 + k * 1700 for k in range(8)) else 0) + r.gauss(0, 0.002), 3), round(12 + r.gauss(0, 0.2), 1)]
    b.csv("lv_monitor_0.1hz.csv", 0.1, dur, ["lv_v", "lv_i_a", "cabin_c"], sig, abs_time=True)
    b.jsonl("cloud.jsonl", mix(r, dur, 330, cloud_noise("parked", loc=JP), []))
    b.label("none", "none", "low", [], "parked", None,
            "Healthy overnight parking: eight timer/CAN/modem wake-ups with ~40 s of activity each, one modem connect retry, 12 V slowly declining as expected with ~18 mA quiescent current.")


@batch
def s033(n):  # LIN: rain/light sensor stops responding -> auto wipers/lights disabled (German)
    b = B(n, D(2026, 11, 8, 7, 30, 0), "WF0FXXWPCFPA12345")
    r = b.r
    dur = 600.0
    tf = 233.0
    ev = [(tf, ("BCM1", "LIN", "SCHD", "warn", "LIN2: Slave RLS (NAD 0x21) keine Antwort auf Frame 0x23 (Header ohne Response)")),
          (tf + 0.05, ("BCM1", "LIN", "SCHD", "warn", "LIN2: Slave RLS keine Antwort (3/3)")),
          (tf + 1.0, ("BCM1", "DEM", "EVT", "error", "Fehlerspeichereintrag 0xD23287 (RLS Botschaft fehlt) TestFailed")),
          (tf + 1.1, ("BCM1", "WIPE", "AUTO", "warn", "Regensensor nicht verfuegbar: Wischer Intervallstufe 2 als Ersatz")),
          (tf + 1.2, ("BCM1", "LIGHT", "OUT", "warn", "Lichtautomatik ohne Sensor: Abblendlicht dauerhaft EIN")),
          (tf + 1.4, ("HU01", "HMI", "WARN", "info", "Meldung: Regen-/Lichtsensor - Funktion eingeschraenkt"))]
    def nz(r, t):
        if t > tf and r.random() < 0.08:
            return ("BCM1", "LIN", "SCHD", "warn", "LIN2: Slave RLS keine Antwort (Frame 0x23)")
        return dlt_noise("driving")(r, t)
    b.dlt("dlt_export.txt", mix(r, dur, 1500, nz, ev))
    def sig(t):
        ok = t < tf
        return [1 if ok else 0, r.randint(0, 30) if ok else None, r.randint(200, 900) if ok else None, "AUTO" if ok else "INT2", 1]
    b.csv("bcm_lin2_2hz.csv", 2, dur, ["rls_resp_ok", "rain_intensity", "ambient_lux", "wiper_mode", "low_beam"], sig)
    b.label("connectivity_network", "lin", "high", ["medium"], "driving", "dlt_export.txt",
            "The rain/light sensor stops answering its LIN frames (header without response) from t=233 s; BCM records a lost-LIN-message code and falls back to fixed interval wiping and permanent low beam. Feature degraded -> high.")


@batch
def s034(n):  # cellular modem firmware crash loop while parked (Chinese TBOX syslog)
    b = B(n, D(2026, 5, 30, 13, 0, 0), "LFV3A23C8P3123456")
    r = b.r
    dur = 3600.0
    ev = [(300.0, ("kernel", 0, "[  300.114002] qcom-modem 0000:01:00.0: MHI: device entered SYS_ERROR state")),
          (300.2, ("ModemManager", 612, "<warn>  [modem0] port ttyUSB2 closed unexpectedly")),
          (300.5, ("tbox-mgr", 990, "调制解调器 异常 复位 第1次")),
          (331.0, ("ModemManager", 612, "<info>  [modem0] state changed (disabled -> enabled)")),
          (333.0, ("ModemManager", 612, "<warn>  [modem0] SIM not ready, retry")),
          (520.0, ("kernel", 0, "[  520.501110] qcom-modem 0000:01:00.0: MHI: device entered SYS_ERROR state")),
          (520.3, ("tbox-mgr", 990, "调制解调器 异常 复位 第2次 (ramdump saved /data/mdm/ramdump_02.bin)")),
          (760.0, ("kernel", 0, "[  760.020331] qcom-modem 0000:01:00.0: MHI: device entered SYS_ERROR state")),
          (760.4, ("tbox-mgr", 990, "调制解调器 异常 复位 第3次，进入 保护模式 30min")),
          (761.0, ("ecall-svc", 955, "eCall/远程服务 不可用: 无蜂窝网络")),
          (2560.0, ("tbox-mgr", 990, "保护模式 结束 modem 上电")),
          (2590.0, ("kernel", 0, "[ 2590.300010] qcom-modem 0000:01:00.0: MHI: device entered SYS_ERROR state")),
          (2590.4, ("tbox-mgr", 990, "调制解调器 异常 复位 第4次 ramdump_04.bin; modem 固件 MPSS.HI.3.1 断言 mmode/cm/src/cmcall.c:9912"))]
    def nz(r, t):
        bad = 300 < t
        if bad and r.random() < 0.25:
            return ("mqtt-client", 1044, "connect failed: network unreachable (queued %d msgs)" % int(t / 10))
        return syslog_noise("parked")(r, t)
    b.syslog("tbox_syslog.log", mix(r, dur, 1500, nz, ev), "tbox")
    jev = [(299.0, {"type": "heartbeat", "tcu_uptime_s": 86400, "rssi_dbm": -79}), (3599.0, {"type": "backend_note", "msg": "vehicle offline since 13:05 (no heartbeat)"})]
    b.jsonl("backend.jsonl", mix(r, 300, 320, cloud_noise("parked", loc=CN), jev))
    b.label("connectivity_network", "cellular", "medium", ["high", "low"], "parked", "tbox_syslog.log",
            "The T-Box cellular modem repeatedly drops into SYS_ERROR (firmware assert) and is reset four times; remote services and eCall are unavailable and the backend loses the car. Feature lost while parked -> medium.")


@batch
def s035(n):  # eMMC errors -> ext4 read-only remount in TCU (US)
    b = B(n, D(2026, 2, 3, 8, 15, 0), "1C4RJFBG0PC123456")
    r = b.r
    dur = 1200.0
    ev = [(400.0, ("kernel", 0, "[ 1400.220113] mmc0: Timeout waiting for hardware interrupt.")),
          (400.3, ("kernel", 0, "[ 1400.511902] mmcblk0: error -110 transferring data, sector 5244928, nr 256, cmd response 0x900, card status 0xb00")),
          (401.0, ("kernel", 0, "[ 1401.003321] mmc0: cache flush error -110")),
          (455.0, ("kernel", 0, "[ 1455.118820] blk_update_request: I/O error, dev mmcblk0, sector 5245184 op 0x1:(WRITE) flags 0x800 phys_seg 8 prio class 0")),
          (455.1, ("kernel", 0, "[ 1455.119002] EXT4-fs warning (device mmcblk0p9): ext4_end_bio:343: I/O error 10 writing to inode 131075 starting block 655648)")),
          (455.4, ("kernel", 0, "[ 1455.402110] EXT4-fs error (device mmcblk0p9): ext4_journal_check_start:83: Detected aborted journal")),
          (455.5, ("kernel", 0, "[ 1455.402300] EXT4-fs (mmcblk0p9): Remounting filesystem read-only")),
          (456.0, ("trip-logger", 1120, "write /data/trips/cur.bin failed: Read-only file system")),
          (456.2, ("ota-agent", 1290, "cannot persist state: EROFS, OTA disabled until reboot")),
          (457.0, ("mqtt-client", 1044, "offline queue persistence failed (EROFS), falling back to RAM queue (limit 500)")),
          (900.0, ("mqtt-client", 1044, "RAM queue full, dropping oldest telemetry"))]
    def nz(r, t):
        if t > 456 and r.random() < 0.06:
            return ("trip-logger", 1120, "write /data/trips/cur.bin failed: Read-only file system")
        return syslog_noise("driving")(r, t)
    b.syslog("tcu_syslog.log", mix(r, dur, 1500, nz, ev), "tcu-uconnect")
    b.jsonl("backend.jsonl", mix(r, dur, 340, cloud_noise("driving", loc=US), [(901, {"type": "backend_note", "msg": "telemetry gaps detected, seq jump 4411"})]))
    def sig(t):
        return [round(31 + r.gauss(0, 2), 1), 0 if t < 455 else 1, int(20 + (t > 400) * r.randint(0, 400)), round(48 + r.random() * 3, 1)]
    b.csv("tcu_health_1hz.csv", 1, dur, ["cpu_pct", "rootfs_ro", "emmc_io_wait_ms", "soc_temp_c"], sig)
    b.label("software_platform", "filesystem", "high", ["medium"], "driving", "tcu_syslog.log",
            "The TCU's eMMC stops answering (timeouts, I/O errors) and ext4 aborts its journal and remounts the data partition read-only; trip logging and OTA are disabled and telemetry is dropped. Feature disabled -> high.")


@batch
def s036(n):  # alternator weak output, only in OBD live data control module voltage (US ICE)
    b = B(n, D(2026, 6, 30, 17, 0, 0), "2T1BURHE5PC123456")
    r = b.r
    m06 = list(MODE06_BASE) + [("A2", "0B", "Misfire Cyl 1 EWMA", "counts", 0, 0, 65535), ("A3", "0B", "Misfire Cyl 2 EWMA", "counts", 1, 0, 65535),
                               ("A4", "0B", "Misfire Cyl 3 EWMA", "counts", 0, 0, 65535), ("A5", "0B", "Misfire Cyl 4 EWMA", "counts", 0, 0, 65535)]
    def live(t, r2):
        row = std_live(True, 55.0, 14.2)(t, r2)
        row[-1] = round(max(12.05, 13.6 - t * 0.0075) + r2.gauss(0, 0.03), 2)
        return row
    obd_report(b, "obd_scan_2026-06-30.txt", "AutoLogic BT scan 3.1", [("Vehicle", "2023 compact sedan 2.0L I4"), ("Odometer", "38 412 mi")],
               [], [], [], m06, [], live, 440, live_dt=0.5)
    def sig(t):
        return [round(max(12.0, 13.6 - t * 0.0075 * 2) + r.gauss(0, 0.03), 2), round(-6 - min(12, t * 0.05) + r.gauss(0, 0.5), 1), int(100 if t > 30 else 60), 0 if t < 200 else 1]
    b.csv("bcm_power_2hz.csv", 2, 220, ["batt_v", "batt_i_a", "alt_field_duty_pct", "load_shed_lvl"], sig)
    ev = [(200.0, lc("CarService", "W", "low voltage mode: heated seats and rear defrost disabled")), (205.0, lc("CarLauncher", "I", "battery telltale requested by BCM"))]
    b.logcat("logcat_headunit.txt", mix(r, 400, 700, logcat_noise("driving"), ev))
    b.label("power_supply", "alternator", "high", ["medium"], "driving", "bcm_power_2hz.csv",
            "Alternator output collapses (field duty at 100 % yet system voltage falls from 13.6 V to ~12.0 V and the battery discharges at 6-18 A); no DTC yet, only the numbers in the power CSV and the OBD control-module-voltage column show it, then the BCM sheds loads. Feature degradation -> high.")


@batch
def s037(n):  # catalyst efficiency B1 below threshold: Mode 06 fail, P0420 only in raw UDS bytes (US)
    b = B(n, D(2026, 5, 12, 12, 0, 0), "1HGCV1F34PA123456")
    r = b.r
    m06 = [x if x[0] != "21" else ("21", "80", "Catalyst B1 oxygen storage index", "ratio", 0.71, 0.0, 0.55) for x in MODE06_BASE]
    m06 += [("A2", "0B", "Misfire Cyl 1 EWMA", "counts", 0, 0, 65535), ("A3", "0B", "Misfire Cyl 2 EWMA", "counts", 0, 0, 65535)]
    ff = [("DTC that stored freeze frame", "(not decoded by tool)"), ("Calculated load", "33.7 %"), ("Engine coolant temp", "88 C"), ("Vehicle speed", "81 km/h"), ("Engine speed", "1920 rpm")]
    obd_report(b, "scan_generic.txt", "QuickScan Pro 2.8 (generic OBD)", [("Vehicle", "2023 midsize sedan 1.5T"), ("Odometer", "61 020 mi"), ("cat_mon", "complete")],
               [], [], [], m06, ff, std_live(True, 80.0, 14.1), 360,
               extra_notes=["NOTE: tool could not read manufacturer-specific DTC list; see raw UDS capture", ""])
    u = Uds(b, 0x7E0, 0x7E8)
    u.t = 300.0
    u.xfer([0x10, 0x03], [0x50, 0x03, 0x00, 0x32, 0x01, 0xF4])
    dids = std_dids(b.vin, "37820-6A0-A51", "PCM 3.3.1")
    uds_routine_reads(u, r, dids, 55)
    u.xfer([0x19, 0x02, 0x0D], [0x59, 0x02, 0xFF] + dtc_bytes("P0420", 0x00) + [0x24])
    u.xfer([0x19, 0x02, 0xFF], [0x59, 0x02, 0xFF] + dtc_bytes("P0420", 0x00) + [0x24] + dtc_bytes("P0456", 0x00) + [0x50])
    uds_routine_reads(u, r, dids, 60)
    b.put("pcm_raw_uds.trc", u.lines)
    def sig(t):
        up = 0.45 + 0.4 * math.sin(t * 5)
        down = 0.45 + 0.33 * math.sin(t * 5 - 0.6)
        return [round(up + r.gauss(0, 0.02), 3), round(down + r.gauss(0, 0.02), 3), round(640 + r.gauss(0, 8), 0), round(80 + r.gauss(0, 2), 1)]
    b.csv("o2_sensors_10hz.csv", 10, 90, ["o2_b1s1_v", "o2_b1s2_v", "cat_temp_est_c", "speed_kph"], sig)
    b.label("powertrain", "emissions", "low", ["medium"], "driving", "scan_generic.txt",
            "Catalyst bank 1 is worn: the generic scan shows no codes but its Mode 06 oxygen-storage test fails, the downstream O2 sensor mirrors the upstream one, and the PCM holds P0420 as pending only (status 0x24, visible only as raw bytes 04 20 00 24 in the later UDS reply). Pending, no derate -> low.")


@batch
def s038(n):  # OBC overtemperature during AC charging -> current derate (Chinese)
    b = B(n, D(2026, 7, 21, 14, 0, 0), "LGWEF6A56PH123456")
    r = b.r
    dur = 2400.0
    def sig(t):
        to = 52 + min(46, t * 0.03) + r.gauss(0, 0.2)
        ilim = 32 if to < 92 else (32 - min(16, (to - 92) * 4))
        cool = 42 + min(10, t * 0.005)
        return [round(to, 1), round(cool + r.gauss(0, 0.2), 1), round(ilim, 1), round(min(ilim, 31.7) + r.gauss(0, 0.1), 2), 0 if t < 900 else 0, round(36 + r.gauss(0, 0.3), 1), round(6.8 if ilim >= 32 else ilim * 0.22, 2)]
    b.csv("obc_thermal_1hz.csv", 1, dur, ["obc_pcb_t_c", "coolant_in_t_c", "ac_i_limit_a", "ac_i_a", "obc_err", "ambient_c", "chg_kw"], sig, abs_time=True)
    ev = [(1.0, ("CHG", "I", "交流充电 开始 32A 单相")),
          (1330.0, ("OBC", "W", "车载充电机 温度 %d℃ 超过 降额阈值 90℃" % 92)),
          (1331.0, ("OBC", "I", "输出 功率 降额 7.0kW -> 5.4kW")),
          (1700.0, ("OBC", "I", "输出 功率 降额 -> 3.5kW (温度 96℃)")),
          (1701.0, ("TBOX", "I", "推送 通知 充电速度 降低"))]
    b.text("obc_bms.log", mix(r, dur, 1200, cn_noise("charging", extra=[(3, lambda: ("OBC", "I", "冷却液 泵 转速 %d rpm 流量 正常" % r.randint(2900, 3100)))]), ev), cn_fmt)
    b.jsonl("charge.jsonl", mix(r, dur, 330, cloud_noise("charging", loc=CN), [(1331, {"type": "charge_session", "event": "power_update", "kw": 5.4})]))
    b.label("thermal", "overtemp", "medium", ["high", "low"], "charging", "obc_thermal_1hz.csv",
            "On a 36 degC afternoon the on-board charger PCB temperature climbs steadily past its 90 degC derate threshold although pump speed and coolant inlet stay normal; OBC derates 7 kW -> 3.5 kW. Derate (high) while charging -> medium.")


@batch
def s039(n):  # electric brake booster fault found in workshop test routine (German)
    b = B(n, D(2026, 9, 9, 9, 30, 0), "WVWZZZAUZPW123456")
    r = b.r
    u = Uds(b, 0x713, 0x77D)
    u.comment("Werkstatt-Tester: Bremskraftverstaerker (eBKV) Grundeinstellung")
    u.xfer([0x10, 0x03], [0x50, 0x03, 0x00, 0x32, 0x01, 0xF4])
    dids = std_dids(b.vin, "3Q0614019", "eBKV 0341")
    uds_routine_reads(u, r, dids, 50)
    u.t = max(u.t, 4.9)
    u.xfer([0x31, 0x01, 0x04, 0x15], [0x71, 0x01, 0x04, 0x15, 0x00], pending=4)
    u.t = max(u.t, 10.6)
    u.xfer([0x31, 0x03, 0x04, 0x15], [0x71, 0x03, 0x04, 0x15, 0x03, 0x2A, 0x0B, 0xB8, 0x00, 0x96])
    u.comment("Routine result: status 0x03 (aborted)")
    u.xfer([0x19, 0x02, 0x09], [0x59, 0x02, 0xFF] + dtc_bytes("C1105", 0x1C) + [0x2F] + dtc_bytes("C0266", 0x00) + [0x09])
    u.xfer([0x22, 0x2B, 0x01], [0x62, 0x2B, 0x01, 0x00, 0x96, 0x0B, 0xB8, 0x00, 0x00])
    uds_routine_reads(u, r, dids, 60)
    b.put("ebkv_uds.trc", u.lines)
    ev = [(2.0, ("EBKV", "DCM", "DIAG", "info", "Werkstattmodus, Fahrzeug steht, Feststellbremse aktiv")),
          (5.0, ("EBKV", "ROUT", "CAL", "info", "Grundeinstellung Pedalweg gestartet")),
          (9.4, ("EBKV", "SENS", "PWS", "warn", "Pedalwegsensor Kanal B Spannung 4.71 V ausserhalb 0.5-4.5 V")),
          (9.5, ("EBKV", "ROUT", "CAL", "error", "Grundeinstellung abgebrochen: Pedalwegsensor unplausibel")),
          (9.6, ("EBKV", "MODE", "FLBK", "warn", "Rueckfallebene hydraulisch: elektrische Verstaerkung gesperrt")),
          (10.0, ("ESP1", "HBA", "MODE", "info", "ESP uebernimmt Bremskraftunterstuetzung (Rueckfall)"))]
    b.dlt("dlt_workshop.txt", mix(r, 120, 900, dlt_noise("parked"), ev))
    def sig(t):
        pa = 1.2 + r.gauss(0, 0.01)
        pb = 1.2 + (0 if t < 9.3 else 3.5) + r.gauss(0, 0.01)
        return [round(pa, 3), round(pb, 3), round(0 if t < 5 else min(38, (t - 5) * 10), 1), 0 if t < 9.5 else 1]
    b.csv("ebkv_sensor_50hz.csv", 50, 20, ["pws_a_v", "pws_b_v", "pedal_cmd_mm", "fallback"], sig)
    b.label("brakes_chassis", "brakes", "high", ["medium", "critical"], "test", "ebkv_sensor_50hz.csv",
            "During the workshop basic-setting routine the electric brake booster's pedal-travel sensor channel B jumps out of range (4.7 V); the routine aborts, C1105-1C is confirmed and the booster drops to hydraulic fallback. Safety function lost (critical) minus one for test mode -> high.")


@batch
def s040(n):  # centre display touch controller I2C failures (HMI hardware)
    b = B(n, D(2026, 1, 9, 8, 5, 0), "KNDJ23AU5P7123456")
    r = b.r
    dur = 900.0
    tf = 310.0
    ev = [(tf, lc("kernel", "E", "i2c i2c-4: atmel_mxt_ts 4-004a: __mxt_read_reg: i2c transfer failed (-121)")),
          (tf + 0.01, lc("kernel", "E", "atmel_mxt_ts 4-004a: Failed to read T5 message")),
          (tf + 2.0, lc("kernel", "W", "atmel_mxt_ts 4-004a: controller reset, re-init")),
          (tf + 2.5, lc("kernel", "E", "i2c i2c-4: atmel_mxt_ts 4-004a: i2c transfer failed (-121)")),
          (tf + 5.0, lc("InputReader", "W", "Device removed: atmel_maxtouch (id=5)")),
          (tf + 5.1, lc("CarService", "W", "touch input unavailable on CENTER_DISPLAY, rotary/steering keys only")),
          (tf + 300.0, lc("kernel", "I", "atmel_mxt_ts 4-004a: probe retry 6 failed, giving up"))]
    def nz(r, t):
        if t > tf and r.random() < 0.05:
            return lc("kernel", "E", "i2c i2c-4: NACK from 0x4a")
        x = logcat_noise("driving")(r, t)
        if t > tf + 5 and x[3] == "InputReader":
            return lc("InputReader", "D", "rotary knob delta %d" % r.choice([-1, 1]))
        return x
    b.logcat("logcat_hu.txt", mix(r, dur, 1700, nz, ev))
    def sig(t):
        return [round(45 + r.gauss(0, 1.5), 1), round(61 + (t > tf) * 0.0 + r.gauss(0, 0.4), 1), 1 if t < tf + 5 else 0, round(12.6 if t < 0 else 14.1 + r.gauss(0, 0.05), 2)]
    b.csv("display_health_1hz.csv", 1, dur, ["display_backlight_pct", "display_temp_c", "touch_present", "supply_v"], sig)
    b.label("body", "hmi", "high", ["medium"], "driving", "logcat_hu.txt",
            "The centre-display touch controller stops answering on I2C (NACK, -121 errors) and re-init retries fail; the touchscreen input device disappears and only rotary/steering-wheel controls remain. HMI hardware feature lost -> high.")


@batch
def s041(n):  # GNSS antenna open circuit -> localization degraded, highway assist off (US)
    b = B(n, D(2026, 4, 19, 9, 40, 0), "1GYKPCRS4PZ123456")
    r = b.r
    dur = 1200.0
    tf = 150.0
    ev = [(tf, ("gnssd", 733, "antenna supervisor: current 0.4 mA (< 3 mA) -> ANT_OPEN")),
          (tf + 1, ("gnssd", 733, "fix lost (0 SV), cn0_avg=0")),
          (tf + 60, ("gnssd", 733, "still no satellites after 60 s, antenna state OPEN")),
          (tf + 120, ("localizer", 1500, "HD-map localization confidence below threshold (dead reckoning drift 14.2 m)")),
          (tf + 121, ("localizer", 1500, "hands-free highway assist: map localization unavailable -> feature disabled")),
          (tf + 600, ("gnssd", 733, "antenna supervisor: ANT_OPEN persisting"))]
    def nz(r, t):
        x = syslog_noise("driving")(r, t)
        if t > tf and x[0] in ("gnssd", "chronyd"):
            return ("gnssd", 733, "no fix, sv_used=0, antenna=OPEN")
        return x
    b.syslog("tcu_syslog.log", mix(r, dur, 1300, nz, ev), "tcu")
    def sig(t):
        ok = t < tf
        return [r.randint(10, 16) if ok else 0, round(r.gauss(38, 2), 1) if ok else 0.0, round(9.5 + r.random(), 1) if ok else round(0.4 + r.random() * 0.1, 2), round(0.3 if ok else min(30, 0.3 + (t - tf) * 0.11), 2), 1 if t < tf + 121 else 0]
    b.csv("loc_1hz.csv", 1, dur, ["sv_used", "cn0_avg", "ant_current_ma", "pos_std_m", "hf_assist_avail"], sig)
    ev2 = [(tf + 122, lc("CarService", "W", "Super-cruise-like assist unavailable: location accuracy")), (tf + 5, lc("NavApp", "W", "GPS signal lost"))]
    b.logcat("logcat_ivi.txt", mix(r, dur, 700, logcat_noise("driving"), ev2))
    b.label("adas_perception", "gnss", "high", ["medium"], "driving", "tcu_syslog.log",
            "The GNSS antenna goes open-circuit (antenna current 0.4 mA) on an open highway, not in a tunnel; satellites never come back, dead-reckoning drift grows and the hands-free highway assist is disabled. Feature disabled -> high.")


@batch
def s042(n):  # instrument cluster software watchdog reset while driving (German)
    b = B(n, D(2026, 3, 3, 17, 50, 0), "WBA7U2C05PCF12345")
    r = b.r
    dur = 700.0
    tr = 412.0
    ev = [(tr - 6.0, ("KOMB", "GFX", "RND", "warn", "Render-Thread Framezeit 48 ms (Soll 16 ms)")),
          (tr - 3.0, ("KOMB", "GFX", "RND", "warn", "Render-Thread Framezeit 190 ms, Queue voll")),
          (tr - 1.0, ("KOMB", "OS", "WDG", "error", "Alive-Supervision SE_Render FAILED (0/5 Checkpoints)")),
          (tr, ("KOMB", "OS", "WDG", "error", "WdgM: globaler Status STOPPED, Hardware-Watchdog loest Reset aus")),
          (tr + 2.8, ("KOMB", "OS", "BOOT", "info", "Startup: Reset-Grund SW_WATCHDOG, Anzeige Notbild in 1.9 s")),
          (tr + 3.5, ("KOMB", "GFX", "RND", "info", "Tacho und Warnlampen wieder dargestellt")),
          (tr + 3.6, ("KOMB", "DEM", "EVT", "info", "DTC 0xE10A49 (Kombi Software interner Fehler) gespeichert"))]
    def nz(r, t):
        if tr < t < tr + 2.8 and r.random() < 0.3:
            return ("GW01", "COM", "TOUT", "warn", "KOMB Botschaft 0x3D1 Timeout")
        return dlt_noise("driving", extra=[(3, lambda: ("KOMB", "GFX", "RND", "debug", "Framezeit %d ms" % r.randint(14, 18)))])(r, t)
    b.dlt("dlt_export.txt", mix(r, dur, 1600, nz, ev))
    b.jsonl("trip.jsonl", mix(r, dur, 310, cloud_noise("driving", loc=DE), [(tr + 4, {"type": "ecu_reset", "ecu": "KOMB", "reason": "SW_WATCHDOG"})]))
    b.label("software_platform", "watchdog", "medium", ["high"], "driving", "dlt_export.txt",
            "The instrument cluster's render task stalls, alive supervision fails and the watchdog resets the cluster; speedometer and telltales are blank for ~3 s then return. Self-recovered -> medium (safety display briefly lost, so high is acceptable).")


@batch
def s043(n):  # smart eFuse channel for T-Box trips repeatedly during AC charging (Chinese)
    b = B(n, D(2026, 8, 26, 22, 0, 0), "LNBSCCAK3PR123456")
    r = b.r
    dur = 1800.0
    trips = [402.0, 463.0, 529.0, 601.0]
    def sig(t):
        tripped = any(tr <= t < tr + 20 for tr in trips) or t >= trips[-1]
        i = 0.0 if tripped else (2.1 + r.gauss(0, 0.05) + (3.4 if any(tr - 1 <= t < tr for tr in trips) else 0))
        return [round(13.9 + r.gauss(0, 0.03), 2), round(i, 2), 0 if tripped else 1, round(0.6 + r.gauss(0, 0.05), 2), round(1.1 + r.gauss(0, 0.05), 2)]
    b.csv("pdu_1hz.csv", 1, dur, ["kl30_v", "ch07_tbox_i_a", "ch07_on", "ch03_bcm_i_a", "ch11_obc_ctrl_i_a"], sig, abs_time=True)
    ev = []
    for k, tr in enumerate(trips):
        ev.append((tr, ("PDU", "W", "智能保险 通道7(TBOX) 过流 5.6A > 5.0A 断开 第%d次" % (k + 1))))
        if k < 3:
            ev.append((tr + 20, ("PDU", "I", "通道7 自动 重合闸")))
    ev.append((trips[-1] + 0.1, ("PDU", "E", "通道7 锁定 断开 (超过 重试次数)")))
    ev.append((trips[-1] + 1, ("GW", "W", "TBOX 节点 丢失 U0198")))
    def nz(r, t):
        x = cn_noise("charging")(r, t)
        if x[0] == "TBOX" and t > trips[-1]:
            return ("GW", "W", "TBOX 心跳 超时")
        return x
    b.text("vcu_gw.log", mix(r, dur, 1300, nz, ev), cn_fmt)
    b.jsonl("backend.jsonl", mix(r, 400, 320, cloud_noise("charging", loc=CN), [(399, {"type": "heartbeat", "tcu_uptime_s": 3000, "rssi_dbm": -80})]))
    b.label("power_supply", "lv_distribution", "medium", ["high", "low"], "charging", "pdu_1hz.csv",
            "The smart-fuse channel feeding the T-Box trips on over-current four times while AC charging and locks off; the gateway loses the T-Box and the backend loses the car. Charging itself continues. Feature lost (high) while charging -> medium.")


@batch
def s044(n):  # healthy OTA update installed successfully (OTA in progress)
    b = B(n, D(2026, 10, 4, 1, 30, 0), "YV1XZK9V3P2123456")
    r = b.r
    dur = 2400.0
    ev = [(5.0, ("ota-agent", 1290, "campaign C-2026-1001-ADAS accepted by user schedule 01:30")),
          (8.0, ("ota-agent", 1290, "precondition: parked, locked, hv_soc 64%, lv 12.6V -> OK")),
          (20.0, ("ota-agent", 1290, "download resumed at 61% (previous session interrupted)")),
          (340.0, ("ota-agent", 1290, "download complete, signature ok")),
          (360.0, ("ota-agent", 1290, "flashing ADAS ECU via DoIP 0x0E80 -> 0x1A01, 412 blocks")),
          (700.0, ("ota-agent", 1290, "transfer retry block 233 (NRC 0x78 response pending long) -> ok")),
          (1510.0, ("ota-agent", 1290, "0x37 RequestTransferExit ok, 0x31 check dependencies ok")),
          (1540.0, ("ota-agent", 1290, "ECU reset, new version ADAS 5.2.0 reported")),
          (1560.0, ("ota-agent", 1290, "post-update DTC read: 3 U-codes from update window cleared as expected")),
          (1570.0, ("ota-agent", 1290, "campaign SUCCESS"))]
    b.syslog("tcu_syslog.log", mix(r, dur, 1300, syslog_noise("parked"), ev), "tcu")
    ev2 = [(360 + k * 3.5, ("GW01", "DOIP", "ROUT", "info", "DoIP Block %d/412 weitergeleitet" % (k + 1))) for k in range(0, 412, 4)]
    ev2 += [(362.0, ("ACC1", "DCM", "DIAG", "info", "Programmiersitzung aktiv, Funktionen abgeschaltet (erwartet)")),
            (1541.0, ("ACC1", "OS", "BOOT", "info", "Startup nach Programmierung, Software 5.2.0")),
            (1542.0, ("ESP1", "DEM", "EVT", "warn", "U0235-00 Timeout ACC (waehrend Update) - TestFailed, wird durch OTA geloescht")),
            (1560.0, ("ESP1", "DCM", "DIAG", "info", "Fehlerspeicher geloescht (0x14) durch OTA-Master"))]
    b.dlt("dlt_gateway.txt", mix(r, dur, 1300, dlt_noise("parked"), ev2))
    b.jsonl("ota_backend.jsonl", mix(r, dur, 330, cloud_noise("ota", loc=(59.33, 18.06)), [(1570, {"type": "ota", "campaign": "C-2026-1001-ADAS", "state": "SUCCESS"})]))
    b.label("none", "none", "low", [], "ota", None,
            "Healthy overnight OTA of the ADAS ECU: resumed download, a long response-pending during flashing, expected lost-comm codes from the update window that are cleared afterwards, campaign success.")


@batch
def s045(n):  # healthy cold start ICE, no DTCs, OBD readiness incomplete after battery disconnect (US)
    b = B(n, D(2026, 1, 15, 7, 0, 0), "1FMCU9H65PUA12345")
    r = b.r
    m06 = [x for x in MODE06_BASE] + [("A2", "0B", "Misfire Cyl 1 EWMA", "counts", 0, 0, 65535), ("A3", "0B", "Misfire Cyl 2 EWMA", "counts", 1, 0, 65535), ("A4", "0B", "Misfire Cyl 3 EWMA", "counts", 0, 0, 65535)]
    obd_report(b, "obd_coldstart.txt", "FixPro OBD ScanLink v4.2", [("Vehicle", "2023 compact SUV 1.5L I3"), ("Odometer", "9 233 mi"), ("evap_mon", "not complete"), ("cat_mon", "not complete")],
               [], [], [], m06, [], std_live(False, 0.0, 14.4, cold_c=-14.0), 600,
               extra_notes=["NOTE: readiness incomplete - battery was replaced 2 days ago (monitors reset)", ""])
    def sig(t):
        return [round(min(5.5, 2.0 + t * 0.03), 2), 0 if t < 38 else 1, round(-14 + t * 0.12, 1), round(12.2 if t < 1 else 14.4 + r.gauss(0, 0.04), 2)]
    b.csv("o2_heater_10hz.csv", 10, 120, ["o2_heater_a", "o2_ready", "ect_c", "sys_v"], sig)
    ev = [(1.0, lc("CarService", "I", "ignition ON, engine crank")), (2.0, lc("GnssHAL", "W", "no fix yet (cold start)")), (38.0, lc("GnssHAL", "I", "first fix 36.2 s")),
          (5.0, lc("ClimateApp", "I", "max defrost requested (-14 C)"))]
    b.logcat("logcat_sync.txt", mix(r, 600, 700, logcat_noise("driving"), ev))
    b.label("none", "none", "low", [], "driving", None,
            "Healthy cold start at -14 degC: O2 sensor heater warm-up, GNSS cold fix, catalyst/EVAP readiness not complete because the 12 V battery was replaced (expected), no DTCs and Mode 06 all pass.")


@batch
def s046(n):  # healthy parking manoeuvre with ultrasonic warm-up, 48 V start-stop (German MHEV)
    b = B(n, D(2026, 11, 29, 12, 15, 0), "WDD2050421F123456")
    r = b.r
    dur = 300.0
    ev = [(1.0, ("PARK", "USS", "INIT", "info", "Ultraschall 12 Sensoren: Selbsttest gestartet")),
          (1.8, ("PARK", "USS", "INIT", "warn", "Sensor 7 Selbsttest wiederholt (Eis/Feuchte), 2. Versuch i.O.")),
          (2.5, ("PARK", "USS", "INIT", "info", "alle Sensoren betriebsbereit")),
          (40.0, ("VCU1", "BSG", "SS", "info", "Start-Stopp: Motor aus (48V RSG bereit)")),
          (52.0, ("VCU1", "BSG", "SS", "info", "Wiederstart ueber RSG in 280 ms")),
          (120.0, ("PARK", "APA", "MAN", "info", "Parklueckensuche: Luecke 5.4 m erkannt")),
          (150.0, ("PARK", "APA", "MAN", "info", "Einparken abgeschlossen")),
          (151.0, ("PARK", "CAM", "RVC", "info", "Rueckfahrkamera aus"))]
    b.dlt("dlt_export.txt", mix(r, dur, 900, dlt_noise("parking"), ev))
    def sig(t):
        return [int(150 + 100 * math.sin(t / 4) + r.gauss(0, 3)) if t > 2.5 else 0, int(200 + 80 * math.cos(t / 5)) if t > 2.5 else 0, round(max(0.0, 8 - abs(t - 135) * 0.3), 1), round(48.1 + r.gauss(0, 0.1) - (2.5 if 52 <= t < 52.3 else 0), 2), round(14.1 + r.gauss(0, 0.03), 2)]
    b.csv("park_10hz.csv", 10, dur, ["uss_front_min_cm", "uss_rear_min_cm", "speed_kph", "v48_v", "v12_v"], sig)
    b.label("none", "none", "low", [], "parking", None,
            "Healthy parking: one ultrasonic sensor needs a second self-test attempt (moisture), 48 V start-stop stop and restart with a normal voltage dip, automated parking completes.")


# ============================================================================= main
README = """# tuning8 - passenger-car diagnosis batches from several OEM cultures

46 labelled batches (`s001`..`s046`), each 2-4 log files from one vehicle session, plus `labels.json`.
Everything was produced by `_make.py` (Python 3.11 stdlib, fixed seeds; re-running it rewrites every file
byte for byte, including this README, `labels.json` and `MANIFEST.sha256`). All content is invented.

## Angle
Passenger cars only: BEV, PHEV, ICE and 48 V mild hybrids, written in the styles of different OEM cultures:

- German: DLT-viewer text exports (`dlt_*.txt`) with German supplier texts, AUTOSAR Dem/Dcm event-memory
  dumps (`*_dem_dump.txt`, 3-byte DTCs, UDS status bytes, snapshot records, raw NvM hex).
- Japanese: glog-style `*.INFO` files, English with Japanese fragments.
- Chinese: BMS / OBC / gateway / T-Box / parking text logs in Chinese (`bms.log`, `vcu_gw.log`, ...).
- US: OBD-II scan-tool reports (Mode $01 readiness, $03/$07/$0A DTC lists, $02 freeze frame, $06 test
  results, Mode $01 live-data table), Android Automotive logcat (threadtime).
- Shared: Vector ASC CAN traces (`*.asc`), raw UDS/ISO-TP sessions in hex (`*.trc`: 0x19 reports, 0x22
  DIDs, 0x31 routines, 0x7F negative responses incl. 0x78 response-pending), Linux syslog RFC 3164 and
  RFC 5424 from telematics units, JSON-lines cloud event streams, CSV signal exports at 0.1-100 Hz.

Vehicle states: driving, parked, parking (crawl-speed manoeuvre), charging (AC and DC), ota, test
(workshop).

## Composition
- 10 healthy batches (`category` none): cold boot, AC and DC charging, nightly OTA check with nothing to
  install, successful OTA install, sleep/wake cycles, tunnel, workshop session with benign NRCs and
  historic DTCs, cold start with incomplete readiness, parking with start-stop.
- 36 fault batches, 4 per fault category, each with 4 different subsystems:
  battery_bms (cell, hv_isolation, contactor, charging), powertrain (ignition, transmission, inverter,
  emissions), thermal (pump, hvac, radiator, overtemp), brakes_chassis (abs, tpms, eps, brakes),
  body (doors, airbag, lighting, hmi), adas_perception (camera, radar, ultrasonic, gnss),
  connectivity_network (gateway, can, lin, cellular), software_platform (ota, oom, filesystem, watchdog),
  power_supply (lv_battery, dcdc, alternator, lv_distribution).
- Risk levels: 14 low, 12 medium, 17 high, 3 critical. `risk_accept` holds the honest neighbours.

## Hard cases included
- Numeric-only roots: the cause shows as a signal leaving its normal range in a CSV / JSON stream before
  any line says error (cell-voltage spread, refrigerant suction pressure, fan feedback, OBC PCB
  temperature, tyre pressure, camera yaw calibration, radar attenuation, alternator voltage, control pilot).
- Codes only in raw bytes: UDS 0x59 0x02 replies (e.g. B0001-1B as `80 01 1B 2F`, P0420 pending as
  `04 20 00 24`), CAN payload status bits in ASC traces; codes in several spellings (`P0303`, `P0A78-00`,
  `0x081000`, `C0050-29` in JSON).
- Cascades where the root is quieter and earlier than its consequences: gateway watchdog reset ->
  lost-comm U-codes from eight ECUs; wheel-speed sensor loss -> ESC/ABS/ACC/LKA off; weak 12 V battery in
  a cold crank -> ECU brown-out resets; smart-fuse trip -> T-Box lost; bus-off of one CAN node -> ESC
  degraded.
- Heavy routine noise including warning/error lines that are not faults (retries that succeed, TLS
  timeouts, GNSS cold fix, ethernet link retry, security-access wrong key, NRC 0x31/0x22, lost-comm codes
  during an OTA flash window that are cleared afterwards).
- `root_cause_file` is the file where the cause shows first in time; when two files show it at the same
  moment the more telling one was chosen.

## Notes for users
- Each file has 300-20,000 lines; the set is about 9 MB.
- Timestamps inside one batch share a start time; CSVs use either relative `t_s` or absolute UTC.
- Location, VIN and ECU names are invented and only need to be plausible.

FROZEN: this set must never be edited after its commit. MANIFEST.sha256 lists the sha256 of every file.
"""


def main():
    for d in sorted(os.listdir(ROOT)):
        if len(d) == 4 and d[0] == "s" and d[1:].isdigit():
            shutil.rmtree(os.path.join(ROOT, d))
    for f in ("MANIFEST.sha256", "DONE"):
        if os.path.exists(os.path.join(ROOT, f)):
            os.remove(os.path.join(ROOT, f))
    for i, fn in enumerate(BATCHES, 1):
        assert fn.__name__ == "s%03d" % i, fn.__name__
        fn(i)
    with open(os.path.join(ROOT, "labels.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(LABELS, f, ensure_ascii=False, indent=1)
        f.write("\n")
    if README:
        with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
            f.write(README)
    rows = []
    for dp, dn, fns in os.walk(ROOT):
        dn.sort()
        for fn in sorted(fns):
            rel = os.path.relpath(os.path.join(dp, fn), ROOT)
            if rel in ("MANIFEST.sha256", "DONE"):
                continue
            with open(os.path.join(dp, fn), "rb") as fh:
                rows.append("%s  %s" % (hashlib.sha256(fh.read()).hexdigest(), rel))
    rows.sort(key=lambda x: x.split("  ", 1)[1])
    with open(os.path.join(ROOT, "MANIFEST.sha256"), "w", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    open(os.path.join(ROOT, "DONE"), "w").close()


if __name__ == "__main__":
    main()
