#!/usr/bin/env python3
"""Generator for the tuning3 diagnosis evaluation set. Fixed seed; stdlib only.
Run from anywhere: python3 _make.py  (writes batch folders + labels.json next to this file)."""
import json
import math
import os
import random
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _engine import *  # noqa

HERE = os.path.dirname(os.path.abspath(__file__))
BUDGET = 200_000  # bytes per batch (the set must stay under 12 MB)
R = random.Random(20261201)


def pick(*xs):
    return lambda r, t, i: r.choice(xs)


def fmtr(tmpl, **ranges):
    """message template with random ints/floats: fmtr('rate {a} Hz', a=(9.8, 10.2, 1))"""
    def f(r, t, i):
        kv = {}
        for k, v in ranges.items():
            if isinstance(v, tuple) and len(v) == 3:
                kv[k] = round(r.uniform(v[0], v[1]), v[2]) if v[2] else r.randint(int(v[0]), int(v[1]))
            elif isinstance(v, (list, tuple)):
                kv[k] = r.choice(v)
            else:
                kv[k] = v
        kv["i"] = i
        kv["fr"] = int(t * 10) % 1000000
        return tmpl.format(**kv)
    return f


def sometimes(p, m):
    return lambda r, t, i: (m(r, t, i) if callable(m) else m) if r.random() < p else None


# ======================================================================= catalogs
LINUX = [
    (30, "I", "systemd", pick("Started Session c%d of user root." % 3, "Starting Cleanup of Temporary Directories...", "Finished Cleanup of Temporary Directories.", "Started Periodic Command Scheduler.")),
    (17, "I", "NetworkManager", fmtr("<info>  [{a}.{b}] device (wlan0): state change: activated -> activated (reason 'none')", a=(1764600000, 1764690000, 0), b=(1000, 9999, 0))),
    (45, "W", "wpa_supplicant", pick("wlan0: CTRL-EVENT-SCAN-FAILED ret=-16 retry=1", "wlan0: Failed to initiate sched scan", "wlan0: CTRL-EVENT-SCAN-FAILED ret=-52")),
    (64, "W", "chronyd", pick("Could not resolve address of pool.ntp.org, retrying", "No suitable source for synchronisation", "Can't synchronise: no selectable sources")),
    (23, "I", "dbus-daemon", fmtr("[system] Successfully activated service 'org.freedesktop.{s}'", s=["hostname1", "timedate1", "locale1"])),
    (11, "I", "vehicle-telemetryd", fmtr("uploaded chunk seq={n} bytes={b} rtt_ms={m}", n=(1000, 99999, 0), b=(4000, 65000, 0), m=(40, 400, 0))),
    (90, "W", "vehicle-telemetryd", fmtr("upload attempt {a} failed: HTTP 503 from ingest endpoint, retry in {s}s", a=(1, 2, 0), s=[5, 10, 20])),
    (60, "I", "CRON", pick("(root) CMD (/usr/lib/vlogger/rotate.sh)", "(root) CMD (run-parts /etc/cron.hourly)")),
    (40, "I", "kernel", fmtr("usb 1-1.{p}: reset high-speed USB device number {n} using ehci-pci", p=(1, 4, 0), n=(3, 9, 0))),
    (120, "E", "bluetoothd", pick("Failed to set mode: Blocked through rfkill (0x12)", "src/profile.c:ext_connect() Hands-Free Voice gateway failed connect to 4C:57:CA:11:02:7E: Connection refused (111)")),
    (33, "I", "dlt-daemon", fmtr("ApplicationID '{a}' registered for PID {p}, Description=", a=["DIAG", "LOGM", "NAVI", "SOME"], p=(400, 3000, 0))),
    (80, "E", "avahi-daemon", pick("Withdrawing address record for fe80::a0b:ff on eth1.", "Registering new address record for 169.254.12.7 on eth1.IPv4.")),
]

KERNEL = [
    (25, "I", "kernel", fmtr("can0: bitrate 500000 sample-point 0.875 ok, rx {n}", n=(100000, 999999, 0))),
    (70, "W", "kernel", pick("ath10k_pci 0000:01:00.0: failed to flush transmit queue (skip 0 ar-state 1): 0", "usb 1-1.3: device descriptor read/64, error -71", "mmc0: Timeout waiting for hardware cmd interrupt. retrying")),
    (40, "I", "kernel", fmtr("IPv6: ADDRCONF(NETDEV_CHANGE): eth{n}: link becomes ready", n=(0, 1, 0))),
    (55, "I", "kernel", fmtr("audit: type=1400 audit({a}.{b}:{c}): apparmor=\"ALLOWED\" operation=\"open\" profile=\"telemetryd\"", a=(1764600000, 1764690000, 0), b=(100, 999, 0), c=(100, 999, 0))),
]

AAOS = [
    (1.0, "D", "CarService|VHAL", fmtr("onPropertyEvent prop=0x11600207 area=0 value={v}", v=(0.0, 38.0, 2))),
    (5, "I", "android.hardware.automotive.vehicle|VehicleHal", fmtr("set prop=0x15600503 (HVAC_TEMPERATURE_SET) area=0x{a} value={v}", a=["1", "4"], v=(20.5, 22.5, 1))),
    (9, "I", "system_server|ActivityManager", fmtr("Start proc {p}:com.android.car.{n}/u10a{p2} for service", p=(3000, 9000, 0), n=["media", "messenger", "radio", "settings"], p2=(40, 99, 0))),
    (21, "W", "wificond|wificond", pick("Scan failed: -16 (Device or resource busy)", "Failed to get interface index: wlan1")),
    (14, "I", "system_server|CarPowerManagementService", pick("Power state: ON, full-on", "Garage mode not active, skipping job scheduling")),
    (3, "D", "CarService|CarPropertyService", fmtr("dispatch 0x11400401 CURRENT_GEAR={g}", g=["GEAR_DRIVE(8)", "GEAR_DRIVE(8)"])),
    (37, "W", "system_server|BatteryStatsService", pick("Timeout reading modem stats", "no controller energy info supplied for wifi")),
    (6, "I", "audioserver|AudioFlinger", fmtr("thread 0x{h} : underrun count {n} (routine)", h=["7a3c", "7a40"], n=(0, 2, 0))),
    (27, "E", "com.android.car.media|MediaBrowser", pick("Connect to service failed: ComponentInfo{com.spotify/.MediaService} not bound, retrying", "onConnectionFailed: session not ready")),
    (50, "I", "com.google.android.gms|NetworkScheduler", pick("Scheduling job: sync, delay 900s", "Job done: com.google.android.gms/.checkin")),
    (12, "I", "system_server|chatty", pick("uid=1000(system) Binder:842_3 identical 4 lines", "uid=1010 wifi identical 2 lines")),
]

SLOG = [
    (3, "I", "io-can|can0", fmtr("rx {n} tx {m} err 0", n=(100000, 900000, 0), m=(10000, 90000, 0))),
    (10, "I", "screen|main", fmtr("display 1 vsync ok, {f} fps", f=(59, 60, 0))),
    (20, "W", "io-pkt-v6-hc|main", pick("tcpip: wm0: link state DOWN (ignored, not configured)", "ifconfig: SIOCAIFADDR: File exists")),
    (7, "I", "cluster_hmi|render", fmtr("frame {fr} composed in {m} ms", m=(4.1, 9.8, 1))),
    (33, "I", "audio_mgr|main", pick("route MEDIA -> AMP ok", "volume ramp done", "chime queue empty")),
    (48, "W", "pps|main", pick("pps: /pps/services/bluetooth/status: no subscriber", "pps: object open retried")),
    (15, "I", "vehicle_svc|sig", fmtr("speed={v} km/h odo={o} km", v=(0, 120, 0), o=(41210, 41240, 1))),
]

def glog_adas(nodes=("perception", "planning", "localization", "control")):
    c = []
    if "perception" in nodes:
        c += [(1, "I", "perception|obstacle_pipeline.cc:214", fmtr("frame {fr} fused objects={n} latency={l}ms", n=(4, 31, 0), l=(38, 62, 0))),
              (40, "W", "perception|camera_driver.cc:512", sometimes(0.5, fmtr("cam_front: dropped {n} frame(s), ring buffer late", n=(1, 2, 0))))]
    if "planning" in nodes:
        c += [(1, "I", "planning|planner.cc:88", fmtr("cycle ok, traj_points={n} plan_time={m}ms", n=(80, 120, 0), m=(11, 34, 0))),
              (30, "W", "planning|reference_line.cc:301", pick("reference line smoothing took 2 iterations more than usual", "lane change request ignored: not enough gap"))]
    if "localization" in nodes:
        c += [(2, "I", "localization|msf_localizer.cc:140", fmtr("pose ok std_xy={s}m status=OK", s=(0.03, 0.09, 3)))]
    if "control" in nodes:
        c += [(2, "I", "control|controller_agent.cc:77", fmtr("lat_err={a} heading_err={b} steer_cmd={c}", a=(-0.08, 0.08, 3), b=(-0.01, 0.01, 4), c=(-4, 4, 1)))]
    return c


def ros2_autoware():
    return [
        (1, "I", "sensing.lidar.top.velodyne_ros_wrapper_node", fmtr("published scan {fr}, {n} points", n=(110000, 125000, 0))),
        (1, "I", "localization.pose_estimator.ndt_scan_matcher", fmtr("NDT converged: iter={n} tp={s} nvtl={v}", n=(3, 9, 0), s=(4.1, 6.2, 2), v=(2.9, 3.6, 2))),
        (2, "I", "planning.scenario_planning.lane_driving.behavior_planning.behavior_path_planner", fmtr("module lane_following running, path size {n}", n=(90, 150, 0))),
        (20, "W", "system.system_monitor.cpu_monitor", fmtr("CPU usage warn: core {c} {p}%", c=(0, 15, 0), p=(86, 93, 0))),
        (45, "W", "planning.scenario_planning.motion_velocity_smoother", pick("ego speed is over the velocity limit by 0.3 m/s (transient)", "trajectory has a large lateral acceleration, clipping")),
        (30, "W", "perception.object_recognition.tracking.multi_object_tracker", pick("dropped 1 stale measurement", "tracker buffer full, oldest object removed")),
        (5, "I", "control.trajectory_follower.controller_node_exe", fmtr("lat error {a} m, steer cmd {s} rad", a=(-0.09, 0.09, 3), s=(-0.05, 0.05, 3))),
        (60, "W", "system.system_monitor.net_monitor", pick("Network Usage: eth1 tx errors 0, rx drops 2", "ntp offset 12ms (warn threshold 10ms)")),
    ]


def dlt_cat(ecu_apps):
    c = []
    for apid, ctid, per, msgs in ecu_apps:
        c.append((per, "I", "%s/%s" % (apid, ctid), pick(*msgs) if isinstance(msgs, tuple) else msgs))
    return c


def bms_status(f, hz_period=1.0, soc0=72.0, dsoc=-0.004, cur=(-60, 20), tmax=31.0, t_from=None, t_to=None, vpack=396.0, extra=None):
    b = f.b
    a = b.t0 if t_from is None else t_from
    z = b.t1 if t_to is None else t_to
    r = f.rng
    t = a
    while t < z:
        rel = t - b.t0
        soc = soc0 + dsoc * rel
        i = r.uniform(*cur)
        cmax = 3.9 + (soc - 70) * 0.004 + r.uniform(-0.003, 0.003)
        kv = {"soc": round(soc, 2), "pack_v": round(vpack + (soc - soc0) * 0.9 - i * 0.03, 1), "pack_i": round(i, 1),
              "cell_v_max": round(cmax + 0.008, 3), "cell_v_min": round(cmax - 0.006, 3), "t_cell_max": round(tmax + r.uniform(-0.4, 0.4), 1)}
        if extra:
            kv.update(extra(rel, r, kv) or {})
        f.add(t, "I", "bms", "status", **kv)
        t += hz_period * SCALE[0]


# ======================================================================= helpers for batches
def can_routine(c, ids=None, scale=1.0):
    ids = ids or [(0x0C9, 0.02, [0x00, 0x1F, 0x40, 0x00, 0x12, 0x00, 0x00, 0x00]),
                  (0x1A0, 0.05, [0x00, 0x00, 0x7D, 0x00, 0x00, 0x00, 0x00, 0x00]),
                  (0x3E9, 0.1, [0x10, 0x27, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00]),
                  (0x4F1, 1.0, [0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00])]
    for cid, per, base in ids:
        c.periodic(cid, per * scale, ctr(base))


def speed_prof(v=60.0, amp=15.0, per=180.0):
    return lambda rel, r: max(0.0, v + amp * math.sin(rel / per * 2 * math.pi) + r.uniform(-1.5, 1.5))


def ramp(a, b, t0, t1):
    """value a before t0, linear to b at t1, b after"""
    def f(rel):
        if rel <= t0:
            return a
        if rel >= t1:
            return b
        return a + (b - a) * (rel - t0) / (t1 - t0)
    return f


LABELS = []


def lab(bid, cat, sub, risk, state, rcf, desc, accept=()):
    LABELS.append({"batch": bid, "category": cat, "subsystem": sub, "risk_level": risk, "risk_accept": list(accept),
                   "vehicle_state": state, "root_cause_file": rcf, "description": desc})


BATCHES = []


def batch(fn):
    BATCHES.append(fn)
    return fn


# ======================================================================= FAULT BATCHES
@batch
def f_cell(bid, seed, t0):
    b = Batch(seed, t0, 1500, "vcu-a7")
    j = b.log("bms.jsonl", "json", keys=("time", "lvl", "text"), tfmt="ms", lv={"D": "DBG", "I": "INF", "N": "INF", "W": "WRN", "E": "ERR", "C": "CRT", "F": "CRT"})
    T = 610
    def ex(rel, r, kv):
        if rel > T:
            d = min(0.62, (rel - T) * 0.0016)
            return {"cell_v_min": round(kv["cell_v_min"] - d, 3), "cell_min_id": 37}
        return {"cell_min_id": r.choice([12, 55, 81])}
    bms_status(j, 2.0, soc0=58, cur=(-140, 30), extra=ex)
    noise(j, [(30, "I", "bms", fmtr("balancing inactive (driving), delta {d} mV", d=(6, 14, 0))),
              (61, "I", "bms", pick("isolation monitor: R_iso > 5 MOhm", "contactor feedback ok", "SOH estimator update: 94.1 %")),
              (97, "W", "bms", pick("CAN tx queue watermark 80% (transient)", "current sensor offset recalibrated, 0.2 A"))])
    j.at(T + 80, "W", "bms", "cell M04C37 is sagging under load: 171 mV below module mean")
    j.at(T + 150, "W", "bms", "cell M04C37 deviation 236 mV, internal resistance estimate 2.4x nominal")
    j.at(T + 190, "E", "bms", "BMS_ERR_0x4A cell undervoltage M04C37 3.082 V < 3.100 V under discharge")
    j.at(T + 190.2, "E", "bms", "discharge power limit lowered 180 kW -> 45 kW (cell protection)")
    j.at(T + 400, "W", "bms", "derate kept: weak cell M04C37 recovering 0.3 mV/s only")
    s = b.log("syslog", "rfc5424", host="vcu-a7")
    noise(s, LINUX)
    s.at(T + 190.5, "W", "vcu_propulsion", "BMS discharge limit 45 kW accepted, pedal map scaled", msgid="PWR")
    s.at(T + 191, "N", "hmi_bridge", "driver message 0x2A1 'Reduced propulsion power' -> cluster", msgid="HMI")
    s.at(T + 260, "W", "vcu_propulsion", "kickdown request limited by battery (45 kW)", msgid="PWR")
    s.at(T + 420, "W", "vcu_propulsion", "kickdown request limited by battery (45 kW)", msgid="PWR")
    csv_signals(b, "signals.csv", 1, [
        ("speed_kph", speed_prof(108, 12, 300), 1),
        ("pack_voltage", lambda rel, r: 372 + r.uniform(-3, 3) - (4 if rel > T + 190 else 0), 1),
        ("pack_current", lambda rel, r: r.uniform(-150, 25) if rel < T + 190 else r.uniform(-105, 20), 1),
        ("cell_v_max", jit(3.781, 0.004), 3),
        ("cell_v_min", lambda rel, r: 3.766 + r.uniform(-0.004, 0.004) - (min(0.62, (rel - T) * 0.0016) if rel > T else 0), 3),
        ("cell_temp_max", lambda rel, r: 29 + rel * 0.002 + r.uniform(-0.3, 0.3), 1),
        ("soc", lambda rel, r: 58 - rel * 0.006, 2)])
    c = Can(b, "can1.log", "candump", bus="can1", focus=T + 190)
    can_routine(c, scale=4)
    lab(bid, "battery_bms", "cell", "high", "driving", "bms.jsonl",
        "One cell (module 4 cell 37) sags under load on the highway, BMS raises cell undervoltage BMS_ERR_0x4A and derates discharge power to 45 kW; the VCU and cluster only report the resulting power limitation.")
    return b


@batch
def f_iso(bid, seed, t0):
    b = Batch(seed, t0, 1300, "ecu-gw")
    d = b.log("trace_export.txt", "dlt", ecu="BMS1")
    noise(d, dlt_cat([("BMSM", "STAT", 2, fmtr("SOC {s}% I={i}A Tmax={t}C", s=(64, 66, 1), i=(-90, 10, 1), t=(24, 26, 1))),
                      ("BMSM", "ISOM", 10, None),
                      ("VCUA", "TORQ", 1.5, fmtr("torque req {a} Nm, available {b} Nm", a=(10, 160, 0), b=(300, 310, 0))),
                      ("VCUA", "DIAG", 40, pick("DEM: cycle running, 0 events failed", "NvM block 17 written")),
                      ("TCU0", "NET", 35, pick("LTE RSRP -97 dBm, attached", "MQTT keepalive ok", "MQTT publish retry 1 (timeout), ok on retry")),
                      ("CHGM", "PLUG", 60, "charge port: not connected, lid closed")]))
    r = b.rng
    riso = lambda rel: 4200 if rel < 300 else max(70, 4200 - (rel - 300) * 9.5) if rel < 740 else 70 + r.uniform(-8, 8)
    for k in range(0, 1300, 10):
        d.at(k + 0.3, "I", "BMSM/ISOM", "iso monitor R_pos=%d kOhm R_neg=%d kOhm" % (riso(k) * (1 if k < 300 else 0.99), 5000 + r.randint(-40, 40)))
    d.at(640, "W", "BMSM/ISOM", "insulation resistance HV+ to chassis falling: 480 kOhm (warn 500 kOhm)")
    d.at(742, "E", "BMSM/ISOM", "insulation fault HV+ side 81 kOhm < 100 kOhm, DTC P0AA6 set (confirmed)")
    d.at(742.4, "E", "BMSM/PWR", "power limit request: discharge 30 kW, regen 0 kW, HV shutdown at next standstill")
    d.at(743, "W", "VCUA/TORQ", "available torque clipped by BMS request (30 kW)")
    d.at(744, "W", "VCUA/HMI", "warning 'Electrical system fault - drive to workshop' requested")
    csv_signals(b, "signals.csv", 1, [
        ("t_s", lambda rel, r: rel, 1),
        ("hv_v", jit(401, 2), 1), ("iso_res_kohm", lambda rel, r: riso(rel) + r.uniform(-5, 5), 0),
        ("veh_speed_kph", speed_prof(72, 20, 200), 1), ("ambient_degC", jit(9.5, 0.2), 1), ("wiper_active", lambda rel, r: 1, 0)])
    u = Uds(b, "diag.txt")
    uds_chatter(u, t0 + 5, t0 + 1290, 6.0, [(0x7E4, 0x7EC, 0xF190, [0x57, 0x56, 0x57]), (0x7E4, 0x7EC, None, None),
                                             (0x7E4, 0x7EC, 0xDD01, lambda r: [0x01, r.randint(0, 255)])], b.rng)
    u.note(t0 + 20, "remote diagnostic session BMS (0x7E4) started by TCU")
    u.dtcs(t0 + 30, 0x7E4, 0x7EC, [])
    u.dtcs(t0 + 760, 0x7E4, 0x7EC, [("P0AA6", 0x00, 0x2F)])
    u.dtcs(t0 + 1200, 0x7E4, 0x7EC, [("P0AA6", 0x00, 0x2F)])
    lab(bid, "battery_bms", "hv_isolation", "high", "driving", "trace_export.txt",
        "HV+ insulation resistance falls from MOhm range to 81 kOhm while driving in rain; BMS sets P0AA6 (confirmed), limits discharge to 30 kW and plans HV shutdown at standstill.",
        ["critical"])
    return b


@batch
def f_hvil(bid, seed, t0):
    b = Batch(seed, t0, 1100, "cdc-main")
    d = b.log("bms.dlt.txt", "dlt", ecu="BMS2")
    noise(d, dlt_cat([("BMS", "STAT", 1.0, fmtr("soc={s} i={i} umin={u}", s=(44.0, 45.0, 1), i=(-120, 15, 1), u=(3.62, 3.66, 3))),
                      ("BMS", "HVIL", 5, fmtr("HVIL loop1 {a} mA loop2 {c} mA ok", a=(19.8, 20.2, 1), c=(19.7, 20.3, 1))),
                      ("BMS", "NVM", 90, "NvM write cycle finished")]), t_to=t0 + 520.2)
    noise(d, dlt_cat([("BMS", "STAT", 1.0, fmtr("soc={s} i={i} umin={u}", s=(44.0, 44.2, 1), i=(-0.5, 0.5, 1), u=(3.66, 3.68, 3))),
                      ("BMS", "HVIL", 5, "HVIL loop1 20.0 mA loop2 0.0 mA OPEN")]), t_from=t0 + 521)
    d.at(520.31, "E", "BMS/HVIL", "interlock loop 2 interrupted (0.0 mA), branch: eAC compressor / PTC connector X41")
    d.at(520.33, "F", "BMS/CONT", "emergency contactor opening requested by HVIL monitor, I_pack=-96 A at open")
    d.at(520.40, "E", "BMS/DEM", "event 0x0210 HVIL_LOOP2_OPEN -> DTC P0A0A status 0x2F")
    g = b.log("vcu.INFO", "glog")
    noise(g, [(0.5, "I", "vcu_main|torque_arb.cc:143", fmtr("arb: drv_req={a}Nm lim={b}Nm out={a}Nm", a=(20, 180, 0), b=(320, 330, 0))),
              (5, "I", "inverter_if|inv_proxy.cc:61", fmtr("INV status RUN udc={u}V t_igbt={t}C", u=(388, 396, 0), t=(48, 55, 0))),
              (20, "W", "vcu_main|signal_qual.cc:39", pick("accel pedal ch2 noise within limits (info)", "brake switch plausibility delayed 30 ms"))], t_to=t0 + 520.5)
    r = b.rng
    for k in range(160):
        tt = 520.5 + k * 0.25 + r.uniform(0, 0.05)
        g.at(tt, "E", "inverter_if|inv_proxy.cc:88", "INV fault: DC-link undervoltage %d V, gate drive disabled" % r.randint(0, 40))
        if k % 3 == 0:
            g.at(tt + 0.01, "E", "vcu_main|torque_arb.cc:201", "torque request %d Nm rejected: propulsion not ready" % r.randint(40, 190))
        if k % 7 == 0:
            g.at(tt + 0.02, "W", "vcu_main|state_mgr.cc:77", "drive state READY -> FAULT_COAST, hazard lights requested")
    noise(g, [(0.5, "I", "vcu_main|torque_arb.cc:143", "arb: drv_req=0Nm lim=0Nm out=0Nm (HV down)")], t_from=t0 + 561)
    g.at(600, "E", "vcu_main|state_mgr.cc:90", "vehicle stopped, HV unavailable, restart inhibited until service")
    jj = b.log("journal.json", "journaljson", host="cdc-main")
    noise(jj, LINUX[:8])
    jj.at(521.2, "W", "cluster-gw", "telltale 'propulsion system fault' ON, chime STOP_SAFELY")
    jj.at(523.0, "E", "navigation", "range estimate invalid: HV SOC unavailable")
    jj.at(525.0, "W", "hvac-app", "A/C compressor offline (no HV), switching to vent")
    c = Can(b, "ptcan.asc", "asc", focus=520)
    can_routine(c, [(0x120, 0.02, [0x01, 0x90, 0x01, 0x00, 0x55, 0x00, 0x00, 0x00]), (0x2B0, 0.1, [0x44, 0x00, 0x10, 0, 0, 0, 0, 0]), (0x3A5, 0.5, [0x00] * 8)], scale=4)
    lab(bid, "battery_bms", "hvil", "critical", "driving", "bms.dlt.txt",
        "HVIL loop 2 (compressor/PTC connector) opens while driving, the BMS opens the contactors under load (P0A0A); the inverter and VCU then flood with DC-link undervoltage and torque-rejected errors and the car coasts to a stop.")
    return b


@batch
def f_charge(bid, seed, t0):
    b = Batch(seed, t0, 2400, "tbox-22")
    l = b.log("charger.log", "logfmt")
    noise(l, [(5, "I", "obc", fmtr("ac_in={v}V i_in={i}A p_out={p}kW t_obc={t}C", v=(228, 233, 1), i=(15.8, 16.1, 2), p=(3.5, 3.6, 2), t=(51, 56, 0))),
              (30, "I", "evse", "CP state C, duty 26.7% (16 A)"), (120, "W", "evse", pick("PP resistance reading 1.5k (ok, 20A cable)", "CP duty jitter 0.4% (ignored)"))], t_to=t0 + 1630)
    l.at(1631, "E", "obc", "PFC stage overcurrent trip, output disabled")
    l.at(1631.2, "W", "evse", "CP state C -> B (vehicle stopped requesting energy)")
    for k, tt in enumerate([1661, 1721, 1811]):
        l.at(tt, "I", "obc", "restart attempt %d/3" % (k + 1))
        l.at(tt + 4.2, "E", "obc", "PFC stage overcurrent trip at %0.1f A" % (17.9 + k * 0.3))
    l.at(1816, "E", "chg_mgr", "charge session aborted: OBC hardware fault OBC_FLT 0x21, no further retries")
    noise(l, [(30, "I", "evse", "CP state B, duty 26.7%"), (60, "I", "chg_mgr", "session idle, waiting for user")], t_from=t0 + 1820)
    j = b.log("bms.jsonl", "json", keys=("ts", "level", "message"), tfmt="iso")
    bms_status(j, 10, soc0=41, dsoc=0.0011, cur=(8.5, 9.0), extra=lambda rel, r, kv: {"pack_i": 0.0} if rel > 1632 else {})
    j.at(1632, "W", "bms", "charge current dropped to 0 A without end-of-charge request")
    j.at(1820, "I", "bms", "charging state CHARGING -> IDLE, target soc 80 not reached (soc 42.8)")
    s = b.log("messages", "rfc3164", host="tbox-22")
    noise(s, LINUX, scale=1.5)
    s.at(1830, "I", "tcu_notify", "push notification queued: 'Charging interrupted'")
    csv_signals(b, "signals.csv", 1, [("ac_voltage", jit(230.5, 1.5), 1),
                                        ("ac_current", lambda rel, r: (16 + r.uniform(-0.1, 0.1)) if rel < 1631 else 0.0, 2),
                                        ("obc_temp", lambda rel, r: 54 + r.uniform(-1, 1) if rel < 1631 else 54 - (rel - 1631) * 0.01, 1),
                                        ("soc", lambda rel, r: 41 + min(rel, 1631) * 0.0011, 2)], tfmt="s")
    lab(bid, "battery_bms", "charging", "high", "charging", "charger.log",
        "Home AC charging: the on-board charger trips on PFC overcurrent, three restarts fail and the session is aborted at 42 % SOC (charging stopped). Parked and charging, hence medium is also acceptable.",
        ["medium"])
    return b


@batch
def f_precharge(bid, seed, t0):
    b = Batch(seed, t0, 900, "vcu-b3", boot_ago=2)
    p = b.log("bms_console.txt", "plain")
    p.at(0.5, "I", "boot", "BMS application v4.12.0 start, reset cause POWER_ON")
    noise(p, [(1, "I", "meas", fmtr("pack {u} V link {l} V i {i} A", u=(399, 401, 1), l=(398, 400, 1), i=(-30, 5, 1)))], t_from=t0 + 14)
    p.at(3.0, "I", "cont", "precharge start: neg contactor closed, precharge relay closed")
    p.at(3.5, "E", "cont", "precharge timeout: link 212 V after 500 ms (expected >= 95% of 400 V)")
    p.at(3.6, "W", "cont", "precharge aborted, relays opened, retry in 2 s")
    p.at(5.6, "I", "cont", "precharge start (retry 1)")
    p.at(6.1, "E", "cont", "precharge timeout: link 236 V after 500 ms")
    p.at(8.1, "I", "cont", "precharge start (retry 2), extended window 800 ms")
    p.at(8.8, "I", "cont", "link 386 V reached in 690 ms, main positive closed, precharge relay opened")
    p.at(9.0, "W", "dem", "DTC P0C78 precharge time too long: testFailed this cycle, healed after retry")
    c = Can(b, "can0.trc", "trc", path="C:\\Service\\traces\\startup.trc", focus=0, span=(0, 45))
    can_routine(c, [(0x180, 0.05, [0x00, 0x0F, 0xA0, 0x00, 0x00, 0x00, 0x00, 0x00]), (0x245, 0.1, [0x02, 0x00, 0x00, 0x00, 0, 0, 0, 0]), (0x3F0, 1.0, [0x00] * 8)], scale=3)
    j = b.log("journal.txt", "shortiso", host="vcu-b3")
    noise(j, LINUX)
    j.at(4, "W", "vcu_state", "READY delayed: HV not available (precharge)")
    j.at(9.2, "I", "vcu_state", "HV ready after 9.2 s, drive enabled")
    noise(j, [(20, "I", "vcu_state", fmtr("drive state D, speed {v} km/h", v=(0, 70, 0)))], t_from=t0 + 20)
    lab(bid, "battery_bms", "contactor", "medium", "driving", "bms_console.txt",
        "At start-up the HV precharge times out twice (link voltage too low), the third attempt with an extended window succeeds and the drive proceeds normally: a real contactor/precharge fault that recovered. P0C78 (precharge time too long) is test-failed then healed.",
        ["low"])
    return b


@batch
def f_misfire(bid, seed, t0):
    b = Batch(seed, t0, 1400, "tcu-m")
    T = 480
    csv_signals(b, "engine.csv", 1, [
        ("rpm", lambda rel, r: 2100 + 500 * math.sin(rel / 40) + r.uniform(-30, 30), 0),
        ("load_pct", jit(42, 8), 1), ("lambda_b1", lambda rel, r: 1.0 + r.uniform(-0.01, 0.01) + (0.04 if rel > T else 0), 3),
        ("misf_c1", lambda rel, r: 0, 0), ("misf_c2", lambda rel, r: 0, 0),
        ("misf_c3", lambda rel, r: (r.randint(3, 9) if rel > T and rel < T + 95 else 0), 0), ("misf_c4", lambda rel, r: 0, 0),
        ("inj3_enabled", lambda rel, r: 0 if rel > T + 95 else 1, 0), ("ect_degC", jit(91, 0.6), 1)], tfmt="iso")
    j = b.log("telematics.jsonl", "json", keys=("timestamp", "severity", "msg"), tfmt="s", srckey="src")
    noise(j, [(15, "I", "gps", fmtr("fix 3D sats={n} hdop={h}", n=(9, 14, 0), h=(0.7, 1.2, 1))), (30, "I", "obd", "mode01 poll ok (PIDs 0C 0D 05 04)"),
              (45, "I", "uplink", fmtr("batch sent {n} records", n=(20, 60, 0))), (200, "W", "uplink", "TLS session resumed after timeout"),
              (60, "W", "gps", sometimes(0.4, "jamming indicator 12% (normal)"))])
    j.at(T + 40, "W", "obd", "mode07 pending: P0303")
    j.at(T + 95, "E", "obd", "mode03 stored: P0303 (cylinder 3 misfire detected); MIL flashing reported via PID 01")
    j.at(T + 96, "W", "obd", "PID 0x01: MIL=ON dtc_cnt=1")
    c = Can(b, "obd_can.log", "candump_console", focus=T + 95)
    can_routine(c, [(0x0F9, 0.05, [0x00, 0x2A, 0x08, 0, 0, 0, 0, 0]), (0x1C3, 0.1, [0x03, 0x00, 0x55, 0, 0, 0, 0, 0])], scale=2)
    rr = b.rng
    t = t0 + 2
    while t < b.t1:
        c.frame(t, 0x7DF, [0x02, 0x01, 0x0C, 0x55, 0x55, 0x55, 0x55, 0x55], "Tx")
        c.frame(t + 0.03, 0x7E8, [0x04, 0x41, 0x0C, rr.randint(0x1E, 0x2A), rr.randint(0, 255), 0xAA, 0xAA, 0xAA])
        t += 2
    c.frame(t0 + T + 95.5, 0x7DF, [0x01, 0x03, 0x55, 0x55, 0x55, 0x55, 0x55, 0x55], "Tx")
    c.frame(t0 + T + 95.53, 0x7E8, [0x04, 0x43, 0x01, 0x03, 0x03, 0xAA, 0xAA, 0xAA])
    s = b.log("syslog", "rfc3164", host="tcu-m")
    noise(s, LINUX)
    s.at(T + 96, "W", "ecm_bridge", "ECM reports cylinder 3 injector shut off (catalyst protection), engine torque reduced")
    lab(bid, "powertrain", "ignition", "high", "driving", "engine.csv",
        "Cylinder 3 misfire counts rise (first seen only in engine.csv), P0303 goes pending then confirmed with flashing MIL and the ECM cuts injector 3 (reduced torque).",
        ["medium"])
    return b


@batch
def f_cat_pending(bid, seed, t0):
    b = Batch(seed, t0, 1600, "dongle-7")
    def rep():
        return ("OBD-II Scan Report\n==================\nTool: AutoScan Pro 5 (fw 3.2.7)   Protocol: ISO 15765-4 CAN (11/500)\n"
                "Date: %s\nVehicle: 2019 compact sedan 1.5T  VIN: WDD*********4521  Odometer: 88 214 km\n\n"
                "Readiness monitors: MIS OK  FUEL OK  CCM OK  CAT INCOMPLETE  EVAP OK  O2S OK  O2H OK  EGR n/a\n"
                "MIL status: OFF    Confirmed DTC count: 0\n\n"
                "Confirmed (stored) DTCs:\n  none\n\n"
                "Pending DTCs (Mode 07):\n  DTC P0420  Catalyst System Efficiency Below Threshold (Bank 1)  Status: Pending, MIL off\n\n"
                "Permanent DTCs (Mode 0A):\n  none\n\n"
                "Freeze frame: not available (no confirmed DTC)\n\n"
                "Live data snapshot:\n  Engine speed           1874 rpm\n  Coolant temperature      89 C\n  STFT B1                 +1.6 %%\n  LTFT B1                 +3.1 %%\n"
                "  O2 B1S1                0.12-0.82 V switching\n  O2 B1S2                0.41-0.68 V switching\n  Catalyst temp B1S1      612 C\n\nEnd of report\n") % hms(t0 + 1580, 0)
    b.raw("scan_report.txt", rep)
    u = Uds(b, "obd_trace.txt")
    rr = b.rng
    t = t0 + 1
    while t < b.t1 - 30:
        pid = rr.choice([0x0C, 0x0D, 0x05, 0x3C, 0x15])
        u.tx(t, 0x7DF, [0x02, 0x01, pid, 0x55, 0x55, 0x55, 0x55, 0x55])
        u.rx(t + 0.025, 0x7E8, [0x04, 0x41, pid, rr.randint(0, 255), rr.randint(0, 255), 0xAA, 0xAA, 0xAA])
        t += 1.0
    u.tx(t0 + 1575, 0x7DF, [0x01, 0x03, 0x55, 0x55, 0x55, 0x55, 0x55, 0x55])
    u.rx(t0 + 1575.03, 0x7E8, [0x02, 0x43, 0x00, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA])
    u.tx(t0 + 1576, 0x7DF, [0x01, 0x07, 0x55, 0x55, 0x55, 0x55, 0x55, 0x55])
    u.rx(t0 + 1576.03, 0x7E8, [0x04, 0x47, 0x01, 0x04, 0x20, 0xAA, 0xAA, 0xAA])
    u.note(t0 + 1576.1, "mode 07 -> 1 pending code")
    l = b.log("dongle.log", "logfmt")
    noise(l, [(10, "I", "gnss", fmtr("fix ok sats={n}", n=(8, 13, 0))), (60, "W", "lte", pick("rrc reconnect", "ping gateway timeout, retry ok")),
              (20, "I", "obd", "poll cycle done 5 pids"), (300, "E", "fs", "log rotate: /data/obd/old.bin busy, retry next cycle")])
    l.at(1577, "I", "obd", "pending dtc list changed: [P0420]")
    lab(bid, "powertrain", "emissions", "low", "driving", "obd_trace.txt",
        "An OBD dongle session: only a pending P0420 (catalyst efficiency below threshold bank 1), no confirmed code, MIL off, nothing the driver notices.")
    return b


@batch
def f_trans(bid, seed, t0):
    b = Batch(seed, t0, 1300, "ivi")
    T = 700
    lc = b.log("logcat.txt", "logcat")
    noise(lc, AAOS[:1] + AAOS[2:], scale=1.6)
    rr = b.rng
    def gear(r, t, i):
        rel = t - t0
        g = "GEAR_3(0x0040)" if rel > T + 3 else r.choice(["GEAR_4(0x0080)", "GEAR_5(0x0100)", "GEAR_6(0x0200)"])
        return "onPropertyEvent prop=0x11400401 CURRENT_GEAR value=%s" % g
    noise(lc, [(2, "D", "CarService|CarPropertyService", gear)])
    lc.at(T + 3.5, "W", "com.android.car.cluster|ClusterService", "show warning id=0x01C4 src=0x7E1")
    lc.at(T + 4, "I", "com.android.car.cluster|ClusterService", "telltale 0x11 ON")
    u = Uds(b, "diag.txt")
    uds_chatter(u, t0 + 3, b.t1 - 5, 4, [(0x7E1, 0x7E9, 0x1940, lambda r: [r.randint(60, 95)]), (0x7E1, 0x7E9, None, None)], rr)
    u.note(t0 + T - 2.2, "TCM event: shift 5->6 aborted")
    u.dtcs(t0 + T + 10, 0x7E1, 0x7E9, [("P0730", 0x00, 0x2F), ("P0735", 0x00, 0x2F)])
    u.dtcs(t0 + T + 400, 0x7E1, 0x7E9, [("P0730", 0x00, 0x2F), ("P0735", 0x00, 0x2F)])
    c = Can(b, "pt_can.log", "candump", focus=T + 3)
    can_routine(c, scale=3)
    c.periodic(0x1F5, 0.1, lambda r, t, i: [0x30 if t - t0 > T + 3 else r.choice([0x40, 0x50, 0x60]), 0x00, 0x0F if t - t0 > T + 3 else 0x00, 0, 0, 0, 0, i & 0xF])
    csv_signals(b, "trans.csv", 1, [("veh_spd_kph", lambda rel, r: min(speed_prof(100, 15, 300)(rel, r), 80) if rel > T else speed_prof(100, 15, 300)(rel, r), 1),
                                      ("turbine_rpm", lambda rel, r: 2100 + r.uniform(-100, 100) if rel < T else 3900 + r.uniform(-150, 150), 0),
                                      ("out_rpm", jit(1650, 80), 0), ("atf_degC", jit(88, 1.5), 1), ("gear_act", lambda rel, r: 3 if rel > T + 3 else r.choice([5, 6]), 0)])
    lab(bid, "powertrain", "transmission", "high", "driving", "diag.txt",
        "Codes and numbers only: the TCM reports P0730 (incorrect gear ratio) and P0735 (gear 5 incorrect ratio), both confirmed, and the gearbox stays locked in 3rd (CURRENT_GEAR=GEAR_3, speed capped ~80 km/h): transmission limp-home.")
    return b


@batch
def f_inverter(bid, seed, t0):
    b = Batch(seed, t0, 1000, "vcu-c1")
    T = 455
    g = b.log("vcu.INFO", "glog")
    noise(g, [(1, "I", "vcu_main|torque_arb.cc:143", fmtr("arb: drv_req={a}Nm lim={b}Nm", a=(10, 240, 0), b=(390, 400, 0))),
              (5, "I", "inv_mon|inv_proxy.cc:61", fmtr("INV RUN udc={u}V iq={q}A t_igbt={t}C", u=(385, 396, 0), q=(20, 300, 0), t=(50, 60, 0))),
              (25, "W", "vcu_main|signal_qual.cc:39", pick("wheel torque estimate diverges 6% (transient, launch)", "creep torque ramp limited")),
              (70, "I", "diag_srv|dem_bridge.cc:20", "DEM cycle: 0 failed, 112 passed")])
    g.at(T, "E", "inv_mon|inv_proxy.cc:92", "INV fault: phase W desaturation, gate driver latched off")
    g.at(T + 0.02, "W", "vcu_main|torque_arb.cc:210", "propulsion torque -> 0 (inverter fault)")
    g.at(T + 0.35, "I", "inv_mon|inv_proxy.cc:101", "INV fault reset request #1")
    g.at(T + 0.41, "I", "inv_mon|inv_proxy.cc:61", "INV RUN udc=391V iq=0A t_igbt=61C (after reset)")
    g.at(T + 0.6, "W", "vcu_main|torque_arb.cc:220", "torque restored, ramp 200 Nm/s")
    g.at(T + 1.0, "W", "diag_srv|dem_bridge.cc:31", "DTC P0A78 Drive Motor A Inverter Performance: confirmed, failure counter 1")
    def dem():
        return ("DEM event memory dump - ECU INV_F (node 0x19)\nsnapshot taken %s UTC\n\n"
                "slot  event_id  DTC        status  bits(TF TFTOC PDTC CDTC TNCSLC TFSLC TNCTOC WIR)  occ  aging  first_odo\n"
                "0     0x0311    P0A78-00   0x2E    0 1 1 1 0 1 0 0                             1    0      52117.4 km\n"
                "1     0x0107    U0100-00   0x28    0 0 0 1 0 1 0 0                             2    31     48003.9 km\n"
                "\nevent 0x0311 extended data: IGBT_W_DESAT=1 I_phase_peak=612A U_dc=393V T_igbt=61C speed=84 km/h\n"
                "event 0x0107 note: aged history entry (not failed this cycle)\n") % hms(t0 + 980, 0)
    b.raw("inv_dem.txt", dem)
    csv_signals(b, "drive.csv", 10, [("i_phase_A", lambda rel, r: 0 if T <= rel < T + 0.4 else 180 + r.uniform(-40, 40), 1),
                                        ("u_dc_V", jit(391, 2), 1), ("torque_Nm", lambda rel, r: 0 if T <= rel < T + 0.6 else 140 + r.uniform(-30, 30), 1),
                                        ("speed_kph", speed_prof(80, 10, 200), 1)], tfmt="ms", t_from=t0 + 380, t_to=t0 + 540)
    j = b.log("journal.json", "journaljson")
    noise(j, LINUX)
    lab(bid, "powertrain", "inverter", "medium", "driving", "vcu.INFO",
        "Inverter phase W desaturation latches the gate driver, torque drops to zero for ~0.6 s, one reset brings the inverter back and torque is restored; P0A78 confirmed. Recovered fault, but a momentary loss of propulsion, so high also acceptable.",
        ["high"])
    return b


@batch
def f_fuel_truck(bid, seed, t0):
    b = Batch(seed, t0, 1500, "tgw")
    T = 600
    c = Can(b, "j1939.asc", "asc", focus=T + 46, span=(40, 110))
    rr = b.rng
    c.periodic(0x0CF00400, 0.2, lambda r, t, i: [0xF0, 0x7D, 0x7D, r.randint(0x20, 0x30), 0x2E, 0x00, 0xF0, 0x7D])  # EEC1 (logger decimated)
    c.periodic(0x18FEF100, 0.5, lambda r, t, i: [0xF7, 0x00, 0x50, 0x00, 0x00, 0x00, 0x00, 0xC0])  # CCVS
    c.periodic(0x18FEEE00, 1.0, [0x7D, 0x7E, 0xFF, 0xFF, 0x50, 0xFF, 0xFF, 0xFF])  # ET1 coolant
    c.periodic(0x18FEF200, 0.1 * 5, lambda r, t, i: [r.randint(0x20, 0x40), 0x00, 0x10, 0x00, 0x00, 0x00, 0xFF, 0xFF])
    c.periodic(0x18F00503, 0.5, [0x7D, 0xFF, 0xFF, 0x7D, 0x44, 0x43, 0xFF, 0xFF])  # ETC2 from TCM
    c.periodic(0x18FEEF00, 0.5, lambda r, t, i: [0xFF, 0xFF, 0xFF, (0x3C if t - t0 < T else max(0x12, 0x3C - int((t - t0 - T) / 6))), 0xFF, 0xFF, 0xFF, 0xFF])  # EFL/P1 fuel delivery pressure byte1? (byte 1)
    t = t0 + 0.3
    while t < b.t1:
        rel = t - t0
        if rel < T + 45:
            d = dm1(None, 0)
        elif rel < T + 120:
            d = dm1(94, 18, oc=1)
        else:
            d = dm1(157, 18, oc=2)
        c.frame(t, 0x18FECA00, d)
        c.frame(t + 0.002, 0x18FECA03, dm1(None, 0))
        t += 1.0
    j = b.log("fleet.jsonl", "json", keys=("t", "lvl", "message"), tfmt="ms", srckey="module", lv={"D": 10, "I": 20, "N": 25, "W": 30, "E": 40, "C": 50, "F": 50})
    noise(j, [(10, "I", "gnss", fmtr("pos lat=52.{a} lon=9.{b} spd={s}", a=(1000, 9999, 0), b=(1000, 9999, 0), s=(78, 85, 0))),
              (30, "I", "tacho", "driver card slot1 present, activity DRIVING"), (60, "I", "ebs", "trailer EBS ok, axle load 7.1 t"),
              (120, "W", "modem", "rssi -103 dBm, roaming"), (90, "W", "tpms", sometimes(0.3, "trailer sensor 4 signal weak (ok)"))])
    j.at(T + 46, "W", "engine", "DM1 active: SPN 94 FMI 18 (fuel delivery pressure low, moderately severe), amber lamp")
    j.at(T + 121, "E", "engine", "DM1 active: SPN 157 FMI 18 (injector metering rail 1 pressure low), engine derate 40 %")
    j.at(T + 122, "W", "tcm", "shift strategy: torque limited by engine, holding gear 11")
    j.at(T + 125, "W", "acc", "cruise cancelled: engine torque limited")
    j.at(T + 300, "W", "acc", "cruise resume rejected: engine derate active")
    csv_signals(b, "signals.csv", 1, [("fuel_delivery_kPa", lambda rel, r: 520 + r.uniform(-6, 6) if rel < T else max(190, 520 - (rel - T) * 2.6) + r.uniform(-6, 6), 0),
                                        ("rail_MPa", lambda rel, r: 180 + r.uniform(-3, 3) if rel < T + 100 else 118 + r.uniform(-5, 5), 1),
                                        ("eng_rpm", jit(1350, 25), 0), ("veh_kph", lambda rel, r: 82 + r.uniform(-1, 1) if rel < T + 121 else 66 + r.uniform(-2, 2), 1),
                                        ("coolant_degC", jit(86, 0.5), 1)], tfmt="s")
    lab(bid, "powertrain", "fuel", "high", "driving", "signals.csv",
        "Heavy truck: fuel delivery pressure sinks (first only in signals.csv), then DM1 reports SPN 94 FMI 18 and SPN 157 FMI 18 and the engine derates 40 %; transmission hold and cruise cancel are consequences.")
    return b


@batch
def f_pump(bid, seed, t0):
    b = Batch(seed, t0, 1800, "vcu-d9")
    T = 540
    tm = b.log("tms.log", "logfmt")
    noise(tm, [(5, "I", "tms", fmtr("loop=battery valve=V3:chiller pump_cmd={c}rpm pump_act={c}rpm flow={f}l/min", c=[3200], f=(11.8, 12.4, 1))),
               (15, "I", "tms", fmtr("loop=motor pump2 {a}rpm t_in={t}C", a=(2400, 2500, 0), t=(38, 42, 0))),
               (60, "W", "tms", pick("refrigerant superheat 3.1K low, eev step +4", "fan stage change hysteresis hit"))], t_to=t0 + T)
    tm.at(T, "E", "tms", "battery loop pump EWP1: actual speed 0 rpm at 3200 rpm command, LIN status OVERCURRENT_STALL")
    tm.at(T + 1, "E", "tms", "EWP1 restart attempt failed (stall), pump flagged defective")
    noise(tm, [(5, "W", "tms", fmtr("loop=battery pump_cmd=3200rpm pump_act=0rpm flow={f}l/min", f=(0.0, 0.3, 1))),
               (15, "I", "tms", fmtr("loop=motor pump2 {a}rpm t_in={t}C", a=(2400, 2500, 0), t=(39, 43, 0)))], t_from=t0 + T + 2)
    j = b.log("bms.jsonl", "json", keys=("ts", "lvl", "msg"), tfmt="iso", srckey="ctx")
    tcell = lambda rel: 33 if rel < T else min(56, 33 + (rel - T) * 0.022)
    bms_status(j, 2, soc0=77, dsoc=-0.006, cur=(-160, 20), extra=lambda rel, r, kv: {"t_cell_max": round(tcell(rel) + r.uniform(-0.3, 0.3), 1)})
    for k, (tt, lim) in enumerate([(T + 420, 150), (T + 520, 120), (T + 640, 90), (T + 760, 70), (T + 900, 60), (T + 1000, 50)]):
        j.at(tt, "W" if lim > 80 else "E", "bms", "cell temperature %.1f C, discharge power limit -> %d kW" % (tcell(tt) , lim))
    for k in range(40):
        j.at(T + 900 + k * 7, "E", "bms", "over-temperature derate active: t_cell_max %.1f C (limit 55 C)" % (tcell(T + 900 + k * 7) + 0.2))
    g = b.log("vcu.log", "rfc5424", host="vcu-d9")
    noise(g, LINUX)
    for k in range(25):
        g.at(T + 640 + k * 30, "W", "vcu_prop", "battery power limit %d kW < driver demand, torque scaled" % (90 - min(40, k * 2)), msgid="PWR")
    g.at(T + 900, "E", "hmi_bridge", "cluster message 'Drive power reduced - battery temperature'", msgid="HMI")
    csv_signals(b, "thermal.csv", 1, [("t_cool_batt_in_degC", lambda rel, r: 25 + r.uniform(-0.2, 0.2) + (0 if rel < T else (rel - T) * 0.012), 1),
                                        ("t_cell_max_degC", lambda rel, r: tcell(rel) + r.uniform(-0.2, 0.2), 1),
                                        ("pump1_rpm", lambda rel, r: 3200 + r.uniform(-20, 20) if rel < T else 0, 0),
                                        ("flow_lpm", lambda rel, r: 12 + r.uniform(-0.3, 0.3) if rel < T else r.uniform(0, 0.2), 2),
                                        ("v_kph", speed_prof(115, 8, 400), 1)], tfmt="ms", t_from=t0 + 300)
    lab(bid, "thermal", "pump", "high", "driving", "tms.log",
        "The battery-loop coolant pump EWP1 stalls (0 rpm at 3200 rpm command); over the next 15 minutes cell temperature rises and the BMS derates discharge power in loud repeated errors. Root cause is the pump, not the battery.")
    return b


@batch
def f_fan_numeric(bid, seed, t0):
    b = Batch(seed, t0, 1500, "head-unit")
    T = 300
    csv_signals(b, "signals.csv", 1, [
        ("time", lambda rel, r: rel, 1),
        ("veh_speed_kph", lambda rel, r: 55 + 10 * math.sin(rel / 90) + r.uniform(-2, 2), 1),
        ("eng_rpm", jit(2600, 120), 0),
        ("ambient_degC", jit(34.5, 0.2), 1),
        ("t_cool_degC", lambda rel, r: 92 + r.uniform(-0.5, 0.5) if rel < T else min(116.5, 92 + (rel - T) * 0.021) + r.uniform(-0.4, 0.4), 1),
        ("fan_cmd_pct", lambda rel, r: 35 + r.uniform(-2, 2) if rel < T else min(100, 35 + (rel - T) * 0.5), 0),
        ("fan_rpm", lambda rel, r: 1150 + r.uniform(-30, 30) if rel < T - 20 else 0, 0),
        ("pump_rpm", jit(3100, 40), 0),
        ("oil_degC", lambda rel, r: 104 + (0 if rel < T else (rel - T) * 0.012) + r.uniform(-0.3, 0.3), 1)], tcol="t_rel_s")
    s = b.log("syslog", "rfc3164", host="head-unit")
    noise(s, LINUX + KERNEL)
    c = Can(b, "can0.log", "candump", focus=1200)
    can_routine(c, scale=3)
    c.periodic(0x3D1, 1.0, lambda r, t, i: [int(min(116, 92 + max(0, t - t0 - T) * 0.021) + 40), 0x00, 0x00, 0x00, 0, 0, 0, i & 0xF])
    lc = b.log("logcat.txt", "logcat")
    noise(lc, AAOS, scale=3)
    lab(bid, "thermal", "radiator", "medium", "driving", "signals.csv",
        "Numeric-only fault: the radiator fan stops turning (fan_rpm 0 while fan_cmd rises to 100 %) on a hot day and coolant temperature climbs from 92 to ~116 C; no log line reports it and the vehicle takes no action.",
        ["high"])
    return b


@batch
def f_hvac(bid, seed, t0):
    b = Batch(seed, t0, 1300, "ivi-q")
    T = 380
    lc = b.log("logcat.txt", "logcat")
    noise(lc, AAOS, scale=1.5)
    noise(lc, [(8, "D", "android.hardware.automotive.vehicle|VehicleHal", lambda r, t, i: "get prop=0x15200505 (HVAC_AC_ON) area=0x31 value=%s" % ("true" if t - t0 < T + 5 else "false"))])
    lc.at(T + 5, "W", "com.android.car.hvac|HvacController", "AC_ON rejected by climate ECU: status AC_UNAVAILABLE (reason 3: low refrigerant)")
    lc.at(T + 6, "I", "com.android.car.hvac|HvacController", "show toast 'Air conditioning temporarily unavailable'")
    lc.at(T + 600, "W", "com.android.car.hvac|HvacController", "AC_ON rejected by climate ECU: status AC_UNAVAILABLE (reason 3)")
    q = b.log("slog2.txt", "slog2", )
    noise(q, SLOG)
    q.at(T + 5.2, "W", "cluster_hmi|render", "popup CLIMATE_AC_OFF shown")
    csv_signals(b, "climate.csv", 1, [("p_ref_hi_bar", lambda rel, r: 14.5 + r.uniform(-0.4, 0.4) if rel < T - 100 else max(1.9, 14.5 - (rel - T + 100) * 0.12) + r.uniform(-0.1, 0.1), 2),
                                        ("p_ref_lo_bar", lambda rel, r: 3.1 + r.uniform(-0.1, 0.1) if rel < T - 100 else max(1.3, 3.1 - (rel - T + 100) * 0.02), 2),
                                        ("comp_rpm", lambda rel, r: 4200 + r.uniform(-50, 50) if rel < T else 0, 0),
                                        ("t_evap_degC", lambda rel, r: 4 + r.uniform(-0.3, 0.3) if rel < T else min(24, 4 + (rel - T) * 0.05), 1),
                                        ("t_cabin_degC", lambda rel, r: 23 + (0 if rel < T else min(5, (rel - T) * 0.008)), 1)], tfmt="iso")
    u = Uds(b, "diag.txt")
    uds_chatter(u, t0 + 2, b.t1, 5, [(0x744, 0x74C, None, None), (0x744, 0x74C, 0x4A10, lambda r: [r.randint(0, 255), 0])], b.rng)
    u.dtcs(t0 + T + 30, 0x744, 0x74C, [("P0534", 0x00, 0x2F)])
    lab(bid, "thermal", "hvac", "medium", "driving", "climate.csv",
        "Refrigerant pressure drains away (climate.csv), the climate ECU stops the compressor and rejects A/C requests; P0534 (A/C refrigerant charge loss) confirmed. Degraded comfort function only.")
    return b


@batch
def f_ptc(bid, seed, t0):
    b = Batch(seed, t0, 1400, "cgw")
    T = 420
    d = b.log("dlt_export.txt", "dlt", ecu="THM1")
    noise(d, dlt_cat([("HVAC", "CTRL", 3, fmtr("mode=HEAT blower={b}% t_set=22.0 t_in={t}", b=(45, 55, 0), t=(14, 21, 1))),
                      ("PTCH", "STAT", 2, lambda r, t, i: "ptc p=%.1fkW t_out=%dC flow=%.1fl/min" % ((5.5 if t - t0 < T else 0.0) + r.uniform(-0.1, 0.1), (62 if t - t0 < T else 35) + r.randint(-2, 2), 6.2 + r.uniform(-0.2, 0.2))),
                      ("CGW", "ROUT", 10, "routing table ok, 0 drops"), ("TCU", "NET", 50, pick("LTE attached", "LTE cell reselection", "MQTT publish retried (QoS1), acked"))]))
    d.at(T, "E", "PTCH/PROT", "heater overtemperature: coolant outlet 96 C > 90 C limit, NTC2 108 C, heater switched off")
    d.at(T + 30, "W", "PTCH/PROT", "restart blocked for this drive cycle (overtemp latched, 1st occurrence)")
    d.at(T + 31, "W", "HVAC/CTRL", "heat source PTC unavailable, fallback: heat pump only, reduced capacity")
    j = b.log("journal.json", "journaljson")
    noise(j, LINUX)
    j.at(T + 33, "W", "climate-ui", "defrost performance reduced notice shown")
    csv_signals(b, "heater.csv", 2, [("t_ptc_out_degC", lambda rel, r: 62 + r.uniform(-1, 1) + (0 if rel < T - 60 else min(34, (rel - T + 60) * 0.57)) if rel < T else max(30, 96 - (rel - T) * 0.3), 1),
                                       ("p_ptc_kW", lambda rel, r: 5.5 + r.uniform(-0.1, 0.1) if rel < T else 0, 2),
                                       ("flow_lpm", lambda rel, r: 6.2 + r.uniform(-0.2, 0.2), 2), ("t_amb_degC", jit(-6, 0.2), 1)],
                 tfmt="s", t_from=t0 + 200, t_to=t0 + 800)
    lab(bid, "thermal", "overtemp", "medium", "driving", "heater.csv",
        "Cold drive: the HV coolant heater overheats (outlet 96 C, internal NTC 108 C), switches off and is latched off for the cycle; cabin heating falls back to the heat pump. Comfort degradation.")
    return b


@batch
def f_wss(bid, seed, t0):
    b = Batch(seed, t0, 1400, "adas-dcu")
    T = 812
    d = b.log("chassis_dlt.txt", "dlt", ecu="ESP1")
    noise(d, dlt_cat([("ESP", "WSS", 1, lambda r, t, i: "wss fl=%.1f fr=%.1f rl=%.1f rr=%.1f km/h" % ((r.uniform(88, 92) if t - t0 < T else 0.0), r.uniform(88, 92), r.uniform(88, 92), r.uniform(88, 92))),
                      ("ESP", "STAT", 5, lambda r, t, i: "ABS %s ESC %s TCS %s" % (("rdy", "rdy", "rdy") if t - t0 < T + 0.2 else ("OFF", "OFF", "OFF"))),
                      ("EPB", "STAT", 20, "EPB released, clamp 0 kN"), ("ESP", "NVM", 120, "NvM sync done")]))
    d.at(T, "E", "ESP/WSS", "FL wheel speed sensor signal lost (active sensor current 0 mA), DTC C0035 set")
    d.at(T + 0.1, "E", "ESP/FUNC", "ABS/ESC/TCS deactivated, EBD kept, warning lamps ABS+ESC requested")
    g = b.log("adas.INFO", "glog")
    noise(g, glog_adas(("planning", "perception", "control")), scale=2)
    r = b.rng
    for k in range(120):
        tt = T + 0.4 + k * 4.5
        g.at(tt, "E", "acc|acc_supervisor.cc:311", "ACC inhibited: ESC not available (status 0x%02X), request cancel" % r.choice([3, 7]))
        if k % 2 == 0:
            g.at(tt + 0.1, "E", "lka|lka_supervisor.cc:144", "LKA unavailable: vehicle dynamics signals invalid (yaw_rate_qual=0)")
        if k % 5 == 0:
            g.at(tt + 0.2, "W", "planning|planner.cc:402", "longitudinal control handed back to driver, TOR level 2")
    lc = b.log("cluster_logcat.txt", "logcat")
    noise(lc, AAOS, scale=3)
    lc.at(T + 0.5, "W", "com.android.car.cluster|ClusterService", "telltales ON: ABS, ESC_OFF, BRAKE(yellow)")
    lc.at(T + 0.9, "W", "com.android.car.cluster|ClusterService", "message 'Cruise control and lane assist unavailable'")
    c = Can(b, "chassis.log", "candump", bus="can2", focus=T)
    can_routine(c, [(0x1A1, 0.02, [0x23, 0x28, 0x23, 0x28, 0x23, 0x28, 0x23, 0x20]), (0x2C0, 0.05, [0x00] * 8)], scale=3)
    lab(bid, "brakes_chassis", "abs", "high", "driving", "chassis_dlt.txt",
        "The front-left wheel speed sensor signal is lost (C0035); the ESP switches off ABS/ESC/TCS, and as a consequence ACC and lane keeping are inhibited with many repeated errors in the ADAS log. Root cause brakes/ABS.",
        ["critical"])
    return b


@batch
def f_eps(bid, seed, t0):
    b = Batch(seed, t0, 1200, "vcu-e2")
    T = 640
    c = Can(b, "chassis.trc", "trc", path="D:\\Fleet\\E2\\chassis.trc", focus=T)
    c.periodic(0x0B0, 0.04, lambda r, t, i: [0x10 if t - t0 < T else 0x00, r.randint(0, 255), 0x00, 0x80 if t - t0 < T else 0x00, 0, 0, 0, i & 0xF])
    c.periodic(0x1E5, 0.08, ctr([0x00, 0x45, 0x12, 0x00, 0, 0, 0, 0]))
    c.periodic(0x5B0, 0.5, lambda r, t, i: [0x00, 0x00, 0x00, 0x00, 0, 0, 0, 0] if t - t0 < T else [0x04, 0xB3, 0x12, 0x03, 0, 0, 0, 0])
    c.periodic(0x3C0, 0.1, ctr([0x00, 0x12, 0x00, 0x00, 0, 0, 0, 0]))
    def dem():
        return ("=== EPS control unit  - event memory ===\nread via XCP/diag at %s\n"
                "Idx EventId  Name                         DTC (hex)   Status  OccCtr AgingCtr\n"
                "  0 0x1203   EPS_MOT_POS_SENS_PLAUS       0x5E1203    0xAF    1      0\n"
                "  1 0x1207   EPS_ASSIST_SHUTOFF           0x5E1207    0xAF    1      0\n"
                "  2 0x0A01   EPS_SUPPLY_VOLT_LOW_TRANS    0x5E0A01    0x28    3      12\n"
                "status bits: 0xAF = TF|TFTOC|PDTC|CDTC|TFSLC|WIR ; 0x28 = CDTC|TFSLC (history)\n"
                "snapshot E0: v=63 km/h steer_angle=-4.1 deg motor_pos_delta=27 deg Ubat=14.1 V\n") % hms(t0 + 1100, 0)
    b.raw("eps_events.txt", dem)
    j = b.log("journal.log", "shortiso", host="vcu-e2")
    noise(j, LINUX + KERNEL)
    j.at(T - 0.05, "E", "chassis-mon", "EPS-1203 rotor position plausibility fault, EPS reports assist 0 %")
    j.at(T + 0.5, "C", "chassis-mon", "steering assist lost at 63 km/h - red steering telltale, chime")
    j.at(T + 1, "W", "adas-sup", "LKA/ACC disabled: EPS not available")
    j.at(T + 40, "W", "chassis-mon", "EPS still in shutoff, restart only after ignition cycle")
    lab(bid, "brakes_chassis", "eps", "critical", "driving", "journal.log",
        "The EPS loses its motor position plausibility (EPS-1203) at 63 km/h and shuts assist off completely until the next ignition cycle: loss of power steering while moving.")
    return b


@batch
def f_tpms(bid, seed, t0):
    b = Batch(seed, t0, 2000, "ivi-t")
    T = 200
    prr = lambda rel: 2.45 if rel < T else max(1.55, 2.45 - (rel - T) * 0.0006)
    csv_signals(b, "tpms.csv", 0.5, [("p_fl_bar", jit(2.48, 0.01), 2), ("p_fr_bar", jit(2.47, 0.01), 2), ("p_rl_bar", jit(2.46, 0.01), 2),
                                       ("p_rr_bar", lambda rel, r: prr(rel) + r.uniform(-0.01, 0.01), 2),
                                       ("t_rr_degC", jit(24, 0.5), 1), ("speed_kph", speed_prof(95, 20, 250), 1)], tfmt="iso")
    lc = b.log("logcat.txt", "logcat")
    noise(lc, AAOS, scale=2)
    noise(lc, [(20, "D", "CarService|CarPropertyService", lambda r, t, i: "onPropertyEvent prop=0x15600309 TIRE_PRESSURE area=0x8 (RR) value=%.1f kPa" % (prr(t - t0) * 100))])
    tw = T + int((2.45 - 1.95) / 0.0006)
    lc.at(tw, "W", "com.android.car.cluster|ClusterService", "TPMS telltale ON, message 'Check tyre pressure: rear right'")
    s = b.log("bcm.log", "rfc5424", host="bcm")
    noise(s, [(10, "I", "bcm", fmtr("lamp ctrl ok, load {a} A", a=(1.1, 1.6, 2))), (30, "I", "tpms_rx", fmtr("rx sensor ids 4/4, rssi {a} dBm", a=(-80, -70, 0))),
              (90, "W", "tpms_rx", pick("sensor 0x1A2B3C frame CRC error, next frame ok", "rf noise floor high -88 dBm")), (45, "I", "lin1", "schedule table 2 ok")])
    s.at(tw - 1, "W", "tpms_rx", "RR pressure 1.95 bar below warning threshold 2.00 bar (placard 2.5), slow loss 0.04 bar/min")
    lab(bid, "brakes_chassis", "tpms", "medium", "driving", "tpms.csv",
        "Slow puncture: rear-right tyre pressure falls from 2.45 to ~1.6 bar over the drive (tpms.csv); TPMS warns the driver. A real fault with a warning, no function lost.",
        ["high"])
    return b


@batch
def f_epb(bid, seed, t0):
    b = Batch(seed, t0, 900, "cdc-p", boot_ago=600)
    T = 120
    q = b.log("slog2info.txt", "slog2")
    noise(q, SLOG[:2] + SLOG[3:6], scale=2)
    q.at(T, "I", "vehicle_svc|sig", "gear P requested, EPB apply requested (auto-hold exit)")
    q.at(T + 1.4, "E", "chassis_gw|epb", "EPB right caliper: apply current 2.1 A, clamp force not reached, motor stall timeout")
    q.at(T + 1.5, "W", "chassis_gw|epb", "EPB status APPLIED_PARTIAL (left ok, right fault), retry")
    q.at(T + 3.2, "I", "chassis_gw|epb", "EPB right apply retry ok, clamp 17.6 kN")
    q.at(T + 3.3, "W", "chassis_gw|epb", "DTC written by EPB: actuator right mechanical fault - testFailed, confirmed after retry 'healed'")
    c = Can(b, "can0.log", "candump_console", focus=T + 1.4)
    c.periodic(0x3A2, 0.05, lambda r, t, i: [0x02 if t - t0 > T + 3.2 else (0x05 if t - t0 > T + 1.4 else 0x00), 0x00, 0x00, 0x00, 0, 0, 0, i & 0xF])
    can_routine(c, scale=4)
    j = b.log("telematics.jsonl", "json", keys=("time", "level", "msg"), tfmt="iso")
    noise(j, [(20, "I", "tcu", "heartbeat ok"), (120, "W", "tcu", "ntp retry (no fix)"), (60, "I", "tcu", "vehicle state PARKED ignition ON")])
    lab(bid, "brakes_chassis", "brakes", "medium", "parked", "slog2info.txt",
        "On parking, the right electric parking brake actuator stalls without reaching clamp force; a retry applies it correctly. A recovered brake fault while parked.",
        ["low"])
    return b


@batch
def f_susp(bid, seed, t0):
    b = Batch(seed, t0, 1600, "cgw-s")
    T = 500
    s = b.log("syslog", "rfc5424", host="cgw-s")
    noise(s, LINUX)
    s.at(T, "W", "airsus", "ASU compressor duty 100% for 240 s, level target not reached (rear)", msgid="ASU")
    s.at(T + 200, "E", "airsus", "ASU_ERR 0x2213 compressor overtemperature 131 C, compressor locked out", msgid="ASU")
    s.at(T + 201, "E", "airsus", "rear axle height -52 mm below nominal, suspension in emergency mode: vmax 80 km/h", msgid="ASU")
    s.at(T + 202, "W", "hmi-bridge", "message 'Suspension fault: max 80 km/h' to cluster", msgid="HMI")
    csv_signals(b, "chassis.csv", 1, [("height_fl_mm", jit(0, 1.5), 1), ("height_fr_mm", jit(0, 1.5), 1),
                                        ("height_rl_mm", lambda rel, r: -min(52, max(0, rel - T + 120) * 0.12) + r.uniform(-1.5, 1.5), 1),
                                        ("height_rr_mm", lambda rel, r: -min(50, max(0, rel - T + 120) * 0.115) + r.uniform(-1.5, 1.5), 1),
                                        ("comp_temp_degC", lambda rel, r: 45 if rel < T - 120 else min(131, 45 + (rel - T + 120) * 0.27), 1),
                                        ("speed_kph", lambda rel, r: speed_prof(110, 10, 300)(rel, r) if rel < T + 200 else min(80, speed_prof(110, 10, 300)(rel, r)), 1)],
                 tfmt="ms")
    u = Uds(b, "diag.txt")
    uds_chatter(u, t0 + 5, b.t1, 5, [(0x7E0, 0x7E8, None, None), (0x7E0, 0x7E8, 0xF40C, lambda r: [r.randint(0, 255), r.randint(0, 255)])], b.rng)
    u.dtcs(t0 + 20, 0x7E0, 0x7E8, [("P0456", 0x00, 0x24)])
    u.dtcs(t0 + 1500, 0x7E0, 0x7E8, [("P0456", 0x00, 0x24)])
    lab(bid, "brakes_chassis", "suspension", "high", "driving", "chassis.csv",
        "Rear air suspension loses height (air leak); the compressor runs continuously, overheats and locks out (ASU_ERR 0x2213), speed limited to 80 km/h. A pending P0456 (EVAP small leak) in the ECM is a minor, unrelated secondary finding.")
    return b


@batch
def f_airbag(bid, seed, t0):
    b = Batch(seed, t0, 1100, "ivi-r")
    T = 35
    def dem():
        return ("ACU (restraint control module) - DEM primary memory\nextract time %s UTC, ignition cycle 2214\n"
                "--------------------------------------------------------------------------\n"
                "EvtId  DTC       FT  StatusByte  TF TFTOC PDTC CDTC TNCSLC TFSLC TNCTOC WIR  Occ  Age\n"
                "0x0011 B0001     1B  0xAF        1  1     1    1    0      1     0      1    4    0\n"
                "0x0042 U0155     00  0x28        0  0     0    1    0      1     0      0    1    38\n"
                "--------------------------------------------------------------------------\n"
                "0x0011: driver frontal stage 1 squib loop resistance 7.9 Ohm (window 1.6-4.4), deployment path disabled\n"
                "0x0042: history entry, not active\n") % hms(t0 + 1000, 0)
    b.raw("acu_dem.txt", dem)
    lc = b.log("logcat.txt", "logcat")
    noise(lc, AAOS, scale=1.6)
    lc.at(T, "W", "com.android.car.cluster|ClusterService", "telltale AIRBAG=ON (source ACU 0x1A0)")
    lc.at(T + 1, "W", "com.android.car.cluster|ClusterService", "message 'Airbag fault - see workshop'")
    c = Can(b, "can0.log", "candump", focus=T)
    can_routine(c, scale=3)
    c.periodic(0x5A0, 0.5, lambda r, t, i: [0x00 if t - t0 < T else 0x81, 0x00, 0x00, 0x00, 0, 0, 0, i & 0xF])
    j = b.log("telematics.jsonl", "json", keys=("ts", "severity", "text"), tfmt="s")
    noise(j, [(15, "I", "tcu", "position report"), (200, "W", "tcu", "SMS gateway timeout, retry ok"), (50, "I", "tcu", "crash-detect armed")])
    j.at(T + 2, "W", "tcu", "ACU status byte 0x81: warning lamp on, eCall trigger path unaffected")
    lab(bid, "body", "airbag", "critical", "driving", "acu_dem.txt",
        "The restraint module detects the driver frontal stage 1 squib loop resistance out of range (B0001 failure type 1B, confirmed, warning lamp) and disables that deployment path while the vehicle is driven. Loss of a safety function while moving.",
        ["high"])
    return b


@batch
def f_door(bid, seed, t0):
    b = Batch(seed, t0, 1500, "bcm-gw")
    s = b.log("messages", "rfc3164", host="bcm-gw")
    noise(s, LINUX)
    noise(s, [(6, "I", "bodyd", lambda r, t, i: "doors FL=closed FR=closed RL=closed RR=closed trunk=closed locked=%s" % ("yes" if t - t0 > 40 else "no")),
              (25, "I", "bodyd", fmtr("window lift FL pos {p}% ok", p=(0, 0, 0))), (70, "W", "lin2", pick("LIN2 slave 0x21 response late 2 ms (ok)", "LIN2 checksum error, frame repeated ok"))])
    for tt in (433, 434.2, 902, 1211):
        s.at(tt, "W", "bodyd", "RL latch switch bounced open/closed in %d ms at %d km/h, debounced (no ajar)" % (b.rng.randint(8, 30), b.rng.randint(40, 90)))
    s.at(1212, "I", "bodyd", "RL latch switch: plausibility counter 4/8, DTC pending (not confirmed)")
    d = b.log("dlt.txt", "dlt", ecu="BCM1")
    noise(d, dlt_cat([("BCM", "LGT", 4, "lamps: DRL on, low beam auto off"), ("BCM", "PWR", 8, fmtr("KL30 {v} V", v=(13.9, 14.2, 2))),
                      ("BCM", "WIP", 30, "wiper park ok")]))
    lab(bid, "body", "doors", "low", "driving", "messages",
        "The rear-left door latch switch bounces for a few milliseconds four times during the drive; the BCM debounces it (no ajar warning) and only stores a pending code.")
    return b


@batch
def f_indicator(bid, seed, t0):
    b = Batch(seed, t0, 1300, "bcm2")
    d = b.log("bcm_dlt.txt", "dlt", ecu="BCM2")
    noise(d, dlt_cat([("BCM", "LGT", 3, fmtr("lamp currents LB_L={a}A LB_R={b}A DRL ok", a=(0.9, 1.0, 2), b=(0.9, 1.0, 2))),
                      ("BCM", "PWR", 10, fmtr("KL30 {v} V", v=(13.8, 14.3, 2))), ("BCM", "LIN", 40, pick("LIN1 sleep frame ignored (awake)", "LIN1 slave 0x12 no response once, ok on next schedule"))]))
    r = b.rng
    first = None
    for tt in sorted(r.uniform(100, 1250) for _ in range(9)):
        if tt > 300:
            first = first or tt
            d.at(tt, "W", "BCM/LGT", "turn signal RR: flash cycle current 0.02 A (expected 0.35-0.6 A) - output open load, hyperflash")
        else:
            d.at(tt, "I", "BCM/LGT", "turn signal RR ok 0.41 A")
    d.at(first + 0.2, "E", "BCM/DEM", "DTC B-code 'RR direction indicator open circuit' confirmed, driver informed")
    l = b.log("ivi.log", "logfmt")
    noise(l, [(5, "I", "nav", fmtr("route eta {m} min", m=(5, 40, 0))), (30, "W", "media", "bt a2dp buffer underrun (1)"), (60, "I", "ota", "no update available")])
    l.at(first + 0.5, "W", "cluster", "show 'Right rear indicator defective'")
    lab(bid, "body", "lighting", "medium", "driving", "bcm_dlt.txt",
        "Rear-right turn indicator becomes open-load (bulb/LED module failure): hyperflash, confirmed code and a driver message. Real fault, no safety function lost while moving.",
        ["high"])
    return b


@batch
def f_cluster_hw(bid, seed, t0):
    b = Batch(seed, t0, 1200, "ivi-h", boot_ago=300)
    T = 610
    q = b.log("cluster_slog2.txt", "slog2")
    noise(q, SLOG, t_to=t0 + T)
    q.at(T, "E", "disp_mgr|lvds", "serdes link 0 (cluster panel) lost LOCK, retrain 1/5")
    q.at(T + 0.4, "E", "disp_mgr|lvds", "panel backlight driver FAULT pin asserted (LED string open), backlight off")
    for k in range(2, 6):
        q.at(T + 0.4 * k, "E", "disp_mgr|lvds", "serdes link 0 retrain %d/5 failed, no lock" % k)
    q.at(T + 2.5, "C", "disp_mgr|lvds", "cluster panel declared unavailable (hardware), telltales mirrored to HUD")
    noise(q, SLOG[:1] + SLOG[2:3] + SLOG[4:], t_from=t0 + T + 3)
    lc = b.log("headunit_logcat.txt", "logcat")
    noise(lc, AAOS, scale=1.5)
    for k in range(90):
        lc.at(T + 3 + k * 6, "E", "com.android.car.cluster|ClusterRenderingService", "cluster display 2 not responding: presentation detached (%d)" % (k + 1))
        if k % 3 == 0:
            lc.at(T + 4 + k * 6, "W", "system_server|DisplayManagerService", "Display 2 state OFF, reason=HARDWARE_UNAVAILABLE")
    j = b.log("journal.json", "journaljson")
    noise(j, LINUX)
    j.at(T + 3, "W", "hud-svc", "fallback: speed and telltales on HUD")
    lab(bid, "body", "hmi", "high", "driving", "cluster_slog2.txt",
        "The instrument cluster panel hardware fails (SerDes link lock lost, backlight driver fault) while driving; the head unit then logs many 'display not responding' errors. Speed/telltales fall back to the HUD.",
        ["critical"])
    return b


@batch
def f_camera(bid, seed, t0):
    b = Batch(seed, t0, 1300, "adas-cam")
    T = 520
    g = b.log("perception.INFO", "glog")
    noise(g, glog_adas(("perception", "localization")), scale=1.5)
    def conf(r, t, i):
        rel = t - t0
        c = 0.93 if rel < T else max(0.08, 0.93 - (rel - T) * 0.01)
        return "cam_front lane conf L=%.2f R=%.2f blur=%.2f" % (c + r.uniform(-0.02, 0.02), c + r.uniform(-0.02, 0.02), 1 - c)
    noise(g, [(2, "I", "perception|lane_detector.cc:77", conf)])
    g.at(T + 45, "W", "perception|image_quality.cc:120", "[ADAS_CAM] W0117 front camera image quality degraded (low contrast / fog on lens)")
    g.at(T + 85, "E", "perception|image_quality.cc:133", "[ADAS_CAM] E0118 front camera blockage confirmed 92 % of ROI, lane output invalid")
    g.at(T + 86, "E", "fusion|fusion_node.cc:210", "camera track input invalid, fusion in radar-only mode")
    r2 = b.log("adas_sup.log", "ros1")
    noise(r2, [(1, "I", "/adas_supervisor", fmtr("state ACTIVE lka={l} acc=on", l=["on"])), (10, "I", "/rosout_agg", "rosout ok"),
               (30, "W", "/can_bridge", pick("tx frame 0x1F2 delayed 4 ms", "bus load 61%"))], t_to=t0 + T + 86)
    r2.at(T + 86.5, "E", "/adas_supervisor", "LKA not available: camera blocked; ACC continues with radar")
    r2.at(T + 87, "W", "/adas_supervisor", "HMI request: 'Lane assist unavailable - camera view restricted'")
    noise(r2, [(1, "I", "/adas_supervisor", "state DEGRADED lka=unavailable acc=on"), (10, "I", "/rosout_agg", "rosout ok")], t_from=t0 + T + 88)
    lc = b.log("logcat.txt", "logcat")
    noise(lc, AAOS, scale=2)
    lc.at(300, "W", "com.android.car.hvac|HvacController", "blower level 5 requested but reported 4 (climate ECU clipped, transient)")
    lc.at(T + 120, "I", "com.android.car.hvac|HvacController", "defog request by user")
    lab(bid, "adas_perception", "camera", "high", "driving", "perception.INFO",
        "Front camera view becomes blocked/fogged (lane confidence drops, [ADAS_CAM] E0118); lane keeping is switched off while ACC continues radar-only. A blower-level mismatch in logcat is a minor unrelated transient.")
    return b


@batch
def f_lidar_mrm(bid, seed, t0):
    b = Batch(seed, t0, 1000, "ad-ecu-01")
    T = 430
    r = b.log("launch.log", "ros2")
    cat = ros2_autoware()
    noise(r, cat[1:], scale=1.5)
    noise(r, cat[:1], t_to=t0 + T, scale=1.5)
    r.at(T + 0.5, "W", "sensing.lidar.top.velodyne_ros_wrapper_node", "no packets received on 2368 for 500 ms")
    for k in range(30):
        r.at(T + 1 + k * 2, "E", "sensing.lidar.top.velodyne_ros_wrapper_node", "socket timeout: no data from 192.168.1.201 (%d)" % (k + 1))
    r.at(T + 1.2, "E", "localization.pose_estimator.ndt_scan_matcher", "No input pointcloud for 1.2 s, skip alignment")
    r.at(T + 2.0, "E", "system.emergency_handler", "Hazard detected: /autoware/sensing/lidar/top ERROR, switching to MRM")
    r.at(T + 2.1, "W", "system.mrm_emergency_stop_operator", "MRM: emergency stop operating, decel -2.5 m/s^2")
    r.at(T + 9.4, "I", "system.mrm_emergency_stop_operator", "MRM succeeded, vehicle stopped")
    def yaml():
        out = []
        rr = b.rng
        for k in range(0, 1000, 6):
            tt = t0 + k
            st = 0 if k < T else 2
            out.append("header:\n  stamp:\n    sec: %d\n    nanosec: %d\n  frame_id: ''\nstatus:\n- level: \"\\x0%d\"\n  name: 'velodyne_monitor: velodyne_connection'\n  message: %s\n  hardware_id: top_lidar\n  values:\n  - key: rpm\n    value: '%s'\n  - key: packet_rate\n    value: '%s'\n- level: \"\\x00\"\n  name: 'system_monitor: CPU Temperature'\n  message: OK\n  hardware_id: ad-ecu-01\n  values:\n  - key: temp\n    value: '%.1f DegC'\n---" % (
                int(tt), rr.randint(0, 999999999), st, "OK" if st == 0 else "Error", "600" if k < T else "0", "%.0f" % rr.uniform(1800, 1810) if k < T else "0", rr.uniform(55, 62)))
        return "\n".join(out) + "\n"
    b.raw("diagnostics.yaml", yaml)
    j = b.log("journal.json", "journaljson", host="ad-ecu-01")
    noise(j, LINUX[:6])
    j.at(T - 0.2, "W", "kernel", "igb 0000:05:00.0 enp5s0: igb: enp5s0 NIC Link is Down")
    j.at(T + 30, "E", "systemd", "velodyne-driver.service: Main process exited, code=exited, status=1/FAILURE", unit="velodyne-driver.service")
    j.at(T + 31, "I", "systemd", "velodyne-driver.service: Scheduled restart job, restart counter is at 1.", unit="velodyne-driver.service")
    lab(bid, "adas_perception", "lidar", "critical", "driving", "journal.json",
        "The top lidar link goes down (NIC link down, no packets, diagnostics Error); the emergency handler triggers an MRM emergency stop of the automated vehicle. Root cause is the lidar sensor path.")
    return b


@batch
def f_gnss(bid, seed, t0):
    b = Batch(seed, t0, 900, "apollo-ipc")
    T = 380
    def pb():
        out = []
        rr = b.rng
        seq = 1000
        for k10 in range(0, 9000, 30):
            tt = t0 + k10 / 10.0
            rel = tt - t0
            seq += 1
            if k10 % 60 == 0:
                st = "NARROW_INT" if rel < T else ("SINGLE" if rel < T + 40 else "NONE")
                nsat = rr.randint(18, 24) if rel < T else (rr.randint(3, 6) if rel < T + 40 else 0)
                out.append('header {\n  timestamp_sec: %.6f\n  module_name: "gnss"\n  sequence_num: %d\n}\nmeasurement_time: %.3f\nsol_status: SOL_COMPUTED\nsol_type: %s\nlatitude: 37.41%05d\nlongitude: -122.01%05d\nheight_msl: 12.%d\nnum_sats_tracked: %d\nlatitude_std_dev: %.3f\nlongitude_std_dev: %.3f\n' % (
                    tt, seq, tt - 18, st, rr.randint(0, 99999), rr.randint(0, 99999), rr.randint(0, 9), nsat, 0.02 if rel < T else (2.8 if rel < T + 40 else 99.0), 0.02 if rel < T else (3.1 if rel < T + 40 else 99.0)))
            else:
                ls = "OK" if rel < T + 25 else ("WARNNING" if rel < T + 60 else "ERROR")
                out.append('header {\n  timestamp_sec: %.6f\n  module_name: "localization"\n  sequence_num: %d\n}\nfusion_status: %s\ngnss_status: %s\nlidar_status: OK\nmeasurement_time: %.3f\nstate_message: "%s"\n' % (
                    tt, seq, ls, "OK" if rel < T else "ERROR", tt, "" if rel < T + 25 else "gnss degraded, std 3.0m"))
        return "\n".join(out)
    b.raw("localization.pb.txt", pb)
    g = b.log("planning.INFO", "glog")
    noise(g, glog_adas(("planning", "control")), t_to=t0 + T + 60)
    r = b.rng
    for k in range(250):
        tt = T + 60 + k * 1.8
        g.at(tt, "E", "planning|on_lane_planning.cc:321", "localization not ready / estimate unreliable, planning failed (%d)" % (k + 1))
        g.at(tt + 0.05, "E", "control|control_component.cc:260", "input data failed check: localization msg status ERROR")
        if k % 10 == 0:
            g.at(tt + 0.1, "W", "guardian|guardian.cc:88", "takeover request to safety driver, autonomy disengaged")
    c = Can(b, "chassis.log", "candump", focus=T + 60)
    can_routine(c, scale=5)
    lab(bid, "adas_perception", "gnss", "high", "driving", "localization.pb.txt",
        "The GNSS solution degrades from RTK (NARROW_INT) to SINGLE and then NONE; localization goes to ERROR and planning/control flood with failures, and the AD stack disengages with a takeover request. Root cause GNSS.",
        ["critical"])
    return b


@batch
def f_radar(bid, seed, t0):
    b = Batch(seed, t0, 1400, "adas-2")
    T = 350
    d = b.log("adas_dlt.txt", "dlt", ecu="ADAS")
    noise(d, dlt_cat([("RDR", "OBJ", 1, fmtr("FC radar objects={n} cycle={c}ms", n=(6, 30, 0), c=(49, 51, 0))),
                      ("FUS", "TRK", 1, fmtr("tracks={n} confirmed={m}", n=(10, 25, 0), m=(4, 9, 0))),
                      ("ACC", "STA", 5, lambda r, t, i: "ACC state %s set=%d" % ("ACTIVE" if t - t0 < T + 240 else "OFF_UNAVAILABLE", 110)),
                      ("FUS", "DBG", 45, pick("track 17 merged with 22", "camera-radar assoc gate widened for 1 cycle"))]))
    d.at(T, "W", "RDR/ALN", "RDR_FC 0x1B07 vertical misalignment estimate 2.1 deg (limit 1.5), autocal running")
    d.at(T + 240, "E", "RDR/ALN", "RDR_FC 0x1B07 misalignment confirmed 3.1 deg, radar declared blind")
    d.at(T + 240.1, "E", "FUS/TRK", "[ADAS_FUS] E0042 front radar input invalid, longitudinal functions unavailable")
    d.at(T + 241, "W", "ACC/STA", "ACC switched off, driver informed; AEB in camera-only degraded mode")
    c = Can(b, "adas_can.asc", "asc", focus=T + 240)
    can_routine(c, [(0x2A0, 0.05, [0x00] * 8), (0x2A8, 0.05, [0x12, 0x34, 0, 0, 0, 0, 0, 0])], scale=2)
    lc = b.log("logcat.txt", "logcat")
    noise(lc, AAOS, scale=2.5)
    lc.at(T + 241.5, "W", "com.android.car.cluster|ClusterService", "message 'ACC unavailable - radar sensor' shown")
    lab(bid, "adas_perception", "radar", "high", "driving", "adas_dlt.txt",
        "Front radar vertical misalignment grows until the radar is declared blind (RDR_FC 0x1B07, [ADAS_FUS] E0042); ACC is switched off and AEB degraded. Feature disabled while driving.")
    return b


@batch
def f_gateway(bid, seed, t0):
    b = Batch(seed, t0, 1200, "cgw-n")
    T = 700
    s = b.log("gateway.log", "rfc5424", host="cgw-n")
    noise(s, [(5, "I", "routerd", fmtr("routing stats: pt={a} ch={c} body={d} frames/s, drops 0", a=(2900, 3100, 0), c=(4100, 4300, 0), d=(900, 1000, 0))),
              (30, "I", "doipd", "DoIP entity announce, no tester"), (60, "W", "fwd-eth", pick("SOME/IP SD offer repeated (no subscriber)", "VLAN 20 ARP timeout, retry ok")),
              (40, "I", "nm", "network management: all clusters awake")], t_to=t0 + T)
    s.at(T, "C", "cgw-core", "internal error 0x31 in routing core, initiating gateway reset", msgid="RST")
    s.at(T + 3.9, "N", "cgw-core", "CGW boot, reset reason SW_RESET(0x31), routing tables reloading", msgid="RST")
    s.at(T + 4.6, "I", "routerd", "routing active on all buses", msgid="RST")
    noise(s, [(5, "I", "routerd", fmtr("routing stats: pt={a} ch={c} body={d} frames/s, drops 0", a=(2900, 3100, 0), c=(4100, 4300, 0), d=(900, 1000, 0)))], t_from=t0 + T + 5)
    u = Uds(b, "dtc_readout.txt")
    uds_chatter(u, t0 + 3, b.t1, 8, [(0x7DF, 0x7E8, None, None)], b.rng)
    u.note(t0 + T + 30, "functional DTC read, all ECUs")
    tt = t0 + T + 31
    for req, resp, recs in [(0x7E0, 0x7E8, [("U0121", 0x87, 0x28), ("U0140", 0x87, 0x28)]), (0x7E1, 0x7E9, [("U0100", 0x87, 0x28), ("U0121", 0x87, 0x28)]),
                            (0x760, 0x768, [("U0100", 0x00, 0x28), ("U0140", 0x00, 0x28), ("U0155", 0x00, 0x28)]), (0x726, 0x72E, [("U0121", 0x00, 0x28), ("U0100", 0x00, 0x28)]),
                            (0x744, 0x74C, [("U0140", 0x00, 0x28), ("U0155", 0x00, 0x28), ("U0100", 0x00, 0x28)]), (0x7D0, 0x7D8, [("U0164", 0x00, 0x28), ("U0151", 0x00, 0x28)])]:
        u.dtcs(tt, req, resp, recs)
        tt += 0.5
    lc = b.log("logcat.txt", "logcat")
    noise(lc, AAOS, scale=2)
    r = b.rng
    for k in range(60):
        lc.at(T + 0.1 + k * 0.06, "E", "android.hardware.automotive.vehicle|VehicleHal", "CAN RX timeout for prop 0x%08X (signal group %d)" % (r.choice([0x11600207, 0x11400401, 0x11600309, 0x15600503]), r.randint(1, 40)))
    lc.at(T + 2, "W", "com.android.car.cluster|ClusterService", "multiple ECUs not responding: ABS, ECM, BCM")
    lc.at(T + 5, "I", "com.android.car.cluster|ClusterService", "communication restored")
    lc.at(T + 6, "W", "android.hardware.automotive.vehicle|VehicleHal", "IVI stored DTC %s (U0121-87) and %s (U0100-87), status 0x28" % (dtc3hex("U0121", 0x87), dtc3hex("U0100", 0x87)))
    c = Can(b, "can0.log", "candump", focus=T + 2)
    can_routine(c, scale=3)
    c.frames = [f for f in c.frames if not (t0 + T < f[0] < t0 + T + 4.5)]
    lab(bid, "connectivity_network", "gateway", "medium", "driving", "gateway.log",
        "The central gateway resets after an internal routing error; for ~4.5 s all ECUs behind it are silent, leaving many stored U0100/U0121/U0140/U0155/U0164/U0151 codes and VHAL timeouts. Root cause is the gateway; communication recovered.",
        ["high"])
    return b


@batch
def f_busoff(bid, seed, t0):
    b = Batch(seed, t0, 1100, "adas-7")
    T = 400
    c = Can(b, "chassis_can.asc", "asc", focus=T, span=(20, 250))
    c.periodic(0x1A0, 0.05, ctr([0x00, 0x45, 0x10, 0, 0, 0, 0, 0]), t_to=t0 + T)
    c.periodic(0x0C4, 0.02, ctr([0x02, 0x00, 0x00, 0, 0, 0, 0, 0]), t_to=t0 + T)
    c.periodic(0x3E8, 0.1, ctr([0x00] * 8), t_to=t0 + T)
    r = b.rng
    c.event(t0 + T - 3, "1 ErrorFrame")
    for k in range(40):
        c.event(t0 + T - 2 + k * 0.05, "1 ErrorFrame ECC: 10100010")
    c.event(t0 + T - 1, "CAN 1 Status:chip status error warning - TxErr: 97 RxErr: 0")
    c.event(t0 + T - 0.5, "CAN 1 Status:chip status error passive - TxErr: 131 RxErr: 0")
    c.event(t0 + T, "CAN 1 Status:chip status busoff - TxErr: 256 RxErr: 0")
    for k in range(8):
        c.event(t0 + T + 2 + k * 30, "CAN 1 Status:chip status error active - TxErr: 0 RxErr: 0")
        for q in range(10):
            c.event(t0 + T + 2.1 + k * 30 + q * 0.05, "1 ErrorFrame")
        c.event(t0 + T + 3 + k * 30, "CAN 1 Status:chip status busoff - TxErr: 256 RxErr: 0")
    g = b.log("adas.INFO", "glog")
    noise(g, glog_adas(("planning", "control")), scale=2)
    for k in range(100):
        g.at(T + 0.3 + k * 5, "E", "vehicle_if|can_rx.cc:93", "chassis CAN: no ESP_21 / EPS_01 for %d ms" % r.randint(300, 900))
    g.at(T + 0.5, "E", "acc|acc_supervisor.cc:311", "ACC unavailable: chassis bus off")
    g.at(T + 0.6, "E", "lka|lka_supervisor.cc:144", "LKA unavailable: steering interface lost")
    j = b.log("journal.json", "journaljson")
    noise(j, LINUX)
    j.at(T + 1, "E", "kernel", "mcp251xfd spi1.0 can1: Bus-off")
    j.at(T + 2, "I", "kernel", "mcp251xfd spi1.0 can1: bus-off recovery (restart-ms 2000)")
    lab(bid, "connectivity_network", "can", "high", "driving", "chassis_can.asc",
        "Error frames escalate on the chassis CAN until the controller goes bus-off and keeps returning to bus-off after each recovery; chassis messages are lost and ACC/LKA become unavailable.")
    return b


@batch
def f_modem(bid, seed, t0):
    b = Batch(seed, t0, 1600, "tcu-x")
    T = 300
    j = b.log("journal.json", "journaljson", host="tcu-x")
    noise(j, LINUX)
    noise(j, [(30, "I", "ModemManager", "<info>  [modem0] signal quality: 71%"), (60, "I", "ecalld", "eCall self-test OK, MSD template ready")], t_to=t0 + T)
    j.at(T, "W", "ModemManager", "<warn>  [modem0] SIM card not detected (slot 1)")
    j.at(T + 2, "E", "kernel", "usb 1-1: USB disconnect, device number 4")
    j.at(T + 8, "E", "kernel", "usb 1-1: device descriptor read/64, error -110")
    j.at(T + 20, "E", "kernel", "usb 1-1: device not accepting address 5, error -71")
    j.at(T + 21, "W", "ModemManager", "<warn>  [modem0] modem removed, no modems available")
    noise(j, [(60, "E", "ecalld", "eCall unavailable: no cellular modem"), (45, "W", "ModemManager", "<warn>  no modem found, retrying probe")], t_from=t0 + T + 30)
    l = b.log("tcu_app.log", "logfmt")
    noise(l, [(10, "I", "mqtt", "keepalive ok"), (30, "I", "gnss", "fix ok")], t_to=t0 + T)
    noise(l, [(10, "W", "mqtt", "not connected (no WAN), queueing"), (30, "I", "gnss", "fix ok")], t_from=t0 + T)
    l.at(T + 35, "E", "ecall", "emergency call function DISABLED, telltale SOS red")
    s = b.log("messages", "rfc3164", host="tcu-x")
    noise(s, KERNEL + LINUX[:5])
    lab(bid, "connectivity_network", "cellular", "high", "driving", "journal.json",
        "The cellular modem loses its SIM and drops off the USB bus without coming back; telematics queues offline and the eCall function is disabled (red SOS telltale).",
        ["medium"])
    return b


@batch
def f_eth(bid, seed, t0):
    b = Batch(seed, t0, 1200, "adas-e", boot_ago=400)
    T = 530
    dm = b.log("dmesg.txt", "dmesg")
    noise(dm, KERNEL)
    for k, tt in enumerate([T, T + 41, T + 77, T + 160]):
        dm.at(tt, "E", "kernel", "tc9562 0000:02:00.0 eth2: Link is Down")
        dm.at(tt + 0.3, "W", "kernel", "tja1103 stmmac-1:08: SQI 2/7 (cable/connector degraded)")
        dm.at(tt + 1.1 + k * 0.2, "I", "kernel", "tc9562 0000:02:00.0 eth2: Link is Up - 100Mbps/Full - flow control off")
    dm.at(T + 300, "I", "kernel", "tja1103 stmmac-1:08: SQI 6/7")
    g = b.log("perception.INFO", "glog")
    noise(g, glog_adas(("perception",)), scale=1.5)
    for tt in [T, T + 41, T + 77, T + 160]:
        for k in range(6):
            g.at(tt + 0.1 + k * 0.2, "E", "perception|camera_driver.cc:530", "cam_side_r (eth2): no frame for %d ms" % (100 + k * 200))
        g.at(tt + 1.5, "W", "perception|camera_driver.cc:540", "cam_side_r stream resumed")
    l = b.log("supervisor.log", "logfmt")
    noise(l, [(5, "I", "sup", "all functions available"), (60, "W", "sup", "ntp offset 8ms")])
    l.at(T + 0.5, "W", "sup", "lane change assist temporarily unavailable (side camera)")
    l.at(T + 165, "I", "sup", "lane change assist available")
    lab(bid, "connectivity_network", "ethernet", "medium", "driving", "dmesg.txt",
        "The 100BASE-T1 link to the right side camera flaps four times (low SQI); the camera stream drops each time and lane change assist is briefly unavailable, then everything recovers.",
        ["high"])
    return b


@batch
def f_oom(bid, seed, t0):
    b = Batch(seed, t0, 1500, "ivi-o", boot_ago=900)
    T = 800
    dm = b.log("dmesg.txt", "dmesg")
    noise(dm, KERNEL)
    dm.at(T, "W", "kernel", "navigationd invoked oom-killer: gfp_mask=0x140cca(GFP_HIGHUSER_MOVABLE|__GFP_COMP), order=0, oom_score_adj=0")
    dm.at(T + 0.01, "W", "kernel", "Mem-Info: active_anon:1788412 inactive_anon:10240 free:11210 slab_reclaimable:8123")
    dm.at(T + 0.02, "E", "kernel", "Out of memory: Killed process 2231 (navigationd) total-vm:6123404kB, anon-rss:4811220kB, file-rss:0kB, shmem-rss:0kB, UID:1004 pgtables:9876kB oom_score_adj:0")
    dm.at(T + 95, "E", "kernel", "Out of memory: Killed process 3310 (navigationd) total-vm:6020114kB, anon-rss:4790012kB, file-rss:0kB, shmem-rss:0kB, UID:1004 pgtables:9740kB oom_score_adj:0")
    j = b.log("journal.json", "journaljson")
    noise(j, LINUX)
    def rss(r, t, i):
        rel = t - t0
        return "navigationd rss %d MB (tile cache %d MB)" % (1200 + (rel % 900 if rel < T else (rel - T) % 95) * 4, 300 + rel % 200)
    noise(j, [(15, "I", "navigationd", rss)])
    for tt in (T + 0.1, T + 95.1):
        j.at(tt, "E", "systemd", "navigationd.service: A process of this unit has been killed by the OOM killer.", unit="navigationd.service")
        j.at(tt + 0.1, "E", "systemd", "navigationd.service: Failed with result 'oom-kill'.", unit="navigationd.service")
        j.at(tt + 5, "I", "systemd", "navigationd.service: Scheduled restart job, restart counter is at %d." % (1 if tt < T + 50 else 2), unit="navigationd.service")
        j.at(tt + 8, "I", "systemd", "Started Navigation service.", unit="navigationd.service")
    j.at(T + 110, "W", "navigationd", "tile cache limited to 256 MB after repeated OOM (safe mode)")
    q = b.log("cluster_slog2.txt", "slog2")
    noise(q, SLOG)
    q.at(T + 1, "W", "cluster_hmi|render", "nav turn-by-turn source lost, hiding map widget")
    q.at(T + 9, "I", "cluster_hmi|render", "nav source back")
    lab(bid, "software_platform", "oom", "medium", "driving", "dmesg.txt",
        "The navigation daemon's memory grows until the kernel OOM killer kills it twice; systemd restarts it each time and it comes back in a limited safe mode. Recovered, comfort only.")
    return b


@batch
def f_panic(bid, seed, t0):
    b = Batch(seed, t0, 1300, "cockpit-soc", boot_ago=700)
    T = 615
    con = b.log("console.log", "dmesg")
    noise(con, KERNEL, t_to=t0 + T)
    seq = ["Unable to handle kernel NULL pointer dereference at virtual address 0000000000000010",
           "Mem abort info:", "  ESR = 0x96000006", "  EC = 0x25: DABT (current EL), IL = 32 bits",
           "Internal error: Oops: 96000006 [#1] PREEMPT SMP", "Modules linked in: vpu_dec(O) imx_dsp gpu_viv(O) cdns3 crct10dif_ce",
           "CPU: 3 PID: 1142 Comm: vpu_dec_thread Tainted: G           O      5.15.71 #1",
           "pc : vpu_dec_release_buf+0x3c/0x120 [vpu_dec]", "lr : vpu_dec_irq_thread+0x1a4/0x2f0 [vpu_dec]",
           "Call trace:", " vpu_dec_release_buf+0x3c/0x120 [vpu_dec]", " vpu_dec_irq_thread+0x1a4/0x2f0 [vpu_dec]", " irq_thread_fn+0x2c/0xa0",
           " kthread+0x150/0x160", "Kernel panic - not syncing: Oops: Fatal exception", "SMP: stopping secondary CPUs", "Rebooting in 2 seconds.."]
    for k, m in enumerate(seq):
        con.at(T + k * 0.001, "C", "kernel", m)
    b2 = T + 6
    boot2 = ["Booting Linux on physical CPU 0x0000000000 [0x410fd034]", "Linux version 5.15.71 (oe-user@oe-host) #1 SMP PREEMPT", "Machine model: Cockpit SoC board rev C",
             "psci: PSCIv1.1 detected in firmware.", "Kernel command line: console=ttyLP0,115200 root=/dev/mmcblk0p2 rootwait ro panic=2",
             "reset reason: watchdog/kernel panic (SRC_SRSR 0x00000010)", "vpu_dec: loading out-of-tree module taints kernel.", "EXT4-fs (mmcblk0p2): mounted filesystem with ordered data mode. Opts: (null)",
             "random: crng init done", "IPv6: ADDRCONF(NETDEV_CHANGE): eth0: link becomes ready"]
    for k, m in enumerate(boot2):
        rel = 0.0 if k == 0 else 0.2 * k + b.rng.uniform(0, 0.1)
        con.add(t0 + b2 + rel, "I", "kernel", "[%12.6f] %s" % (rel, m), raw=True)
    tt = b2 + 30
    while tt < 1300:
        rel = tt - b2
        con.add(t0 + tt, "I", "kernel", "[%12.6f] %s" % (rel, b.rng.choice(["can0: bitrate 500000 sample-point 0.875 ok", "usb 1-1.2: reset high-speed USB device number 3 using ehci-pci", "mmc0: Timeout waiting for hardware cmd interrupt. retrying"])), raw=True)
        tt += b.rng.uniform(20, 60)
    lc = b.log("logcat.txt", "logcat")
    noise(lc, AAOS, t_to=t0 + T, scale=1.5)
    noise(lc, AAOS, t_from=t0 + T + 38, scale=1.5)
    lc.at(T + 36, "I", "system_server|SystemServer", "Entered the Android system server! (boot after watchdog/panic, reason: kernel_panic)")
    q = b.log("cluster_slog2.txt", "slog2")
    noise(q, SLOG)
    for k in range(30):
        q.at(T + 0.5 + k, "E", "ivi_link|hb", "IVI heartbeat missing for %d ms, media/nav widgets frozen" % (500 + k * 1000))
    q.at(T + 37, "I", "ivi_link|hb", "IVI heartbeat restored")
    lab(bid, "software_platform", "kernel", "medium", "driving", "console.log",
        "A NULL-pointer oops in the video decoder driver panics the cockpit SoC kernel; the SoC reboots and Android is back after ~36 s, while the (separate) cluster logs IVI heartbeat loss. Recovered.",
        ["high"])
    return b


@batch
def f_ota_rollback(bid, seed, t0):
    b = Batch(seed, t0, 2400, "tcu-ota", boot_ago=3000)
    l = b.log("update-agent.log", "logfmt")
    noise(l, [(30, "I", "agent", "vehicle state PARKED, ignition OFF, 12V 12.7 V, SOC 64%"), (120, "W", "net", "ntp retry")])
    l.at(10, "I", "agent", "campaign 2026.48.1 accepted by owner, install window now")
    for k in range(0, 900, 15):
        l.at(20 + k, "I", "download", "package vcu_app_7.4.2.swu %d%%" % min(100, k // 9))
    l.at(930, "I", "download", "download complete, sha256 ok")
    l.at(940, "I", "install", "flashing VCU via UDS 0x34/0x36, 1842 blocks")
    l.at(1700, "I", "install", "transfer done, 0x37 RequestTransferExit ok")
    l.at(1705, "E", "install", "VCU RoutineControl 0x31 0xFF01 (check programming dependencies) negative response 0x72 generalProgrammingFailure")
    l.at(1706, "W", "install", "signature check of slot B failed on ECU side, rolling back to slot A")
    l.at(1820, "I", "install", "VCU running slot A version 7.3.9, self-test ok")
    l.at(1821, "E", "agent", "campaign 2026.48.1 FAILED (rolled back), report uploaded, owner notified 'Update could not be installed'")
    u = Uds(b, "flash_trace.txt")
    tt = t0 + 940
    u.tx(tt, 0x7E0, [0x02, 0x10, 0x02, 0, 0, 0, 0, 0])
    u.rx(tt + 0.02, 0x7E8, [0x06, 0x50, 0x02, 0x00, 0x19, 0x01, 0xF4, 0xAA])
    for k in range(400):
        u.tx(tt + 1 + k * 1.9, 0x7E0, [0x10, 0x82, 0x36, (k + 1) & 0xFF, 0x1F, 0x8B, 0x08, 0x00])
        u.rx(tt + 1.01 + k * 1.9, 0x7E8, [0x30, 0x00, 0x00, 0, 0, 0, 0, 0])
        u.rx(tt + 1.8 + k * 1.9, 0x7E8, [0x02, 0x76, (k + 1) & 0xFF, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA])
    u.tx(t0 + 1700, 0x7E0, [0x01, 0x37, 0, 0, 0, 0, 0, 0])
    u.rx(t0 + 1700.02, 0x7E8, [0x01, 0x77, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA])
    u.tx(t0 + 1705, 0x7E0, [0x04, 0x31, 0x01, 0xFF, 0x01, 0, 0, 0])
    u.rx(t0 + 1705.05, 0x7E8, [0x03, 0x7F, 0x31, 0x78, 0xAA, 0xAA, 0xAA, 0xAA])
    u.rx(t0 + 1705.4, 0x7E8, [0x03, 0x7F, 0x31, 0x72, 0xAA, 0xAA, 0xAA, 0xAA])
    j = b.log("journal.txt", "shortiso", host="tcu-ota")
    noise(j, LINUX)
    lab(bid, "software_platform", "ota", "medium", "ota", "update-agent.log",
        "Parked OTA: the VCU rejects the new image at the programming-dependency check (NRC 0x72) and the update agent rolls back to the previous slot; the campaign fails but the car remains usable.",
        ["low"])
    return b


@batch
def f_fs(bid, seed, t0):
    b = Batch(seed, t0, 1400, "dlogger", boot_ago=200)
    T = 690
    dm = b.log("kern.log", "rfc3164", host="dlogger")
    noise(dm, KERNEL)
    dm.at(T, "E", "kernel", "mmcblk0: error -110 transferring data, sector 7340032, nr 256, cmd response 0x900, card status 0xb00")
    dm.at(T + 0.2, "E", "kernel", "blk_update_request: I/O error, dev mmcblk0, sector 7340032 op 0x1:(WRITE) flags 0x0 phys_seg 32 prio class 0")
    dm.at(T + 0.4, "E", "kernel", "EXT4-fs error (device mmcblk0p7): ext4_journal_check_start:83: comm recorderd: Detected aborted journal")
    dm.at(T + 0.5, "C", "kernel", "EXT4-fs (mmcblk0p7): Remounting filesystem read-only")
    j = b.log("journal.json", "journaljson", host="dlogger")
    noise(j, LINUX)
    for k in range(60):
        j.at(T + 1 + k * 11, "E", "recorderd", "write /data/rec/seg_%05d.mcap failed: Read-only file system" % (4400 + k))
    j.at(T + 2, "W", "edr-svc", "event data recorder storage unavailable, buffering in RAM (30 s)")
    j.at(T + 5, "W", "map-cache", "cannot persist map tiles: EROFS")
    csv_signals(b, "health.csv", 0.2, [("emmc_life_used_pct", lambda rel, r: 100, 0), ("emmc_pre_eol", lambda rel, r: 2, 0),
                                         ("free_mb", lambda rel, r: 5200 - rel * 0.5 if rel < T else 5200 - T * 0.5, 0), ("cpu_pct", jit(35, 10), 0)], tfmt="s")
    lab(bid, "software_platform", "filesystem", "medium", "driving", "kern.log",
        "The logger's worn-out eMMC returns write errors; ext4 aborts the journal and remounts the data partition read-only, so recording and map caching fail. No driving function lost.",
        ["high"])
    return b


@batch
def f_crash(bid, seed, t0):
    b = Batch(seed, t0, 1200, "adas-c")
    T = 505
    g = b.log("adas.INFO", "glog")
    noise(g, glog_adas(("perception", "planning", "control")), scale=2)
    g.at(T, "F", "perception|obstacle_pipeline.cc:390", "Check failed: tracks_.size() == assoc.size() (41 vs. 40)")
    g.at(T + 0.001, "E", "perception|logging.cc:1", "*** Check failure stack trace: ***")
    g.at(T + 0.002, "E", "perception|logging.cc:1", "*** SIGABRT (@0x1f4) received by PID 2210 (TID 2290); stack trace: ***")
    r = b.rng
    for k in range(45):
        g.at(T + 0.1 + k * 0.15, "E", "planning|planner.cc:120", "perception obstacles timeout %d ms, using prediction only" % (100 + k * 150))
        g.at(T + 0.12 + k * 0.15, "E", "control|controller_agent.cc:150", "planning trajectory stale, request ACC standby")
    g.at(T + 7, "I", "perception|main.cc:40", "perception started (restart #1 by supervisor), loading models")
    j = b.log("journal.json", "journaljson", host="adas-c")
    noise(j, LINUX)
    j.at(T + 0.3, "C", "systemd-coredump", "Process 2210 (perception) of user 1002 dumped core.", unit="systemd-coredump@3-1011-0.service")
    j.at(T + 0.4, "W", "systemd", "perception.service: Main process exited, code=dumped, status=6/ABRT", unit="perception.service")
    j.at(T + 1.5, "I", "systemd", "perception.service: Scheduled restart job, restart counter is at 1.", unit="perception.service")
    l = b.log("hmi.log", "logfmt")
    noise(l, [(5, "I", "adas_hmi", "acc=active lka=active"), (40, "W", "adas_hmi", "hands-on detection low confidence (ok)")])
    l.at(T + 1, "W", "adas_hmi", "ACC and LKA suspended, takeover chime")
    l.at(T + 12, "I", "adas_hmi", "ACC and LKA available again")
    lab(bid, "software_platform", "crash", "medium", "driving", "adas.INFO",
        "The perception process aborts on a failed CHECK and dumps core; planning/control flood with stale-input errors, ACC/LKA are suspended for ~11 s until systemd restarts the process. Root cause a software crash that recovered.",
        ["high"])
    return b


@batch
def f_dcdc(bid, seed, t0):
    b = Batch(seed, t0, 1200, "cgw-v")
    T = 720
    lv = lambda rel: 14.2 if rel < T else max(11.6, 12.6 - (rel - T) * 0.004) if rel > T + 2 else 12.6
    csv_signals(b, "lv_signals.csv", 5, [("lv_bus_voltage", lambda rel, r: lv(rel) + r.uniform(-0.05, 0.05) - (2.9 if T + 1 < rel < T + 1.6 else 0), 2),
                                            ("i_dcdc_A", lambda rel, r: 62 + r.uniform(-5, 5) if rel < T else 0.0, 1),
                                            ("t_dcdc_degC", lambda rel, r: 58 + r.uniform(-0.5, 0.5), 1), ("hv_v", jit(388, 2), 1)],
                 tfmt="iso", t_from=t0 + 650, t_to=t0 + 950)
    d = b.log("dlt_export.txt", "dlt", ecu="DCDC")
    noise(d, dlt_cat([("DCDC", "CTRL", 1, lambda r, t, i: ("dcdc RUN uout=14.2V iout=%.0fA" % r.uniform(55, 70)) if t - t0 < T else "dcdc OFF (fault latched)"),
                      ("PDU", "STAT", 5, "efuse states 24/24 ON"), ("CGW", "ROUT", 10, "routing ok")]))
    d.at(T, "E", "DCDC/PROT", "output stage fault: secondary MOSFET short detected, converter shut down, DTC P0A94 confirmed")
    d.at(T + 0.5, "W", "PDU/STAT", "12 V supply now from LV battery only")
    r = b.rng
    ecus = ["ADAS", "IVI", "TCU", "SEAT", "HVAC", "BCM"]
    lc = b.log("logcat.txt", "logcat")
    noise(lc, AAOS, scale=2)
    for k, e in enumerate(ecus):
        d.at(T + 1.3 + k * 0.02, "W", "CGW/NM", "node %s lost (undervoltage reset suspected)" % e)
    for k in range(80):
        lc.at(T + 1.4 + k * 0.3, "E", "android.hardware.automotive.vehicle|VehicleHal", "lost communication with %s ECU, DTC %s, prop updates stale" % (lambda e: (e, {"ADAS": "0xC23587", "IVI": "0xC18487", "TCU": "0xC19887", "SEAT": "0xC20887", "HVAC": "0xC16487", "BCM": "0xC14087"}[e]))(r.choice(ecus)))
    lc.at(T + 4, "W", "com.android.car.cluster|ClusterService", "message '12V electrical fault - stop safely, limited range'")
    u = Uds(b, "diag.txt")
    uds_chatter(u, t0 + 2, b.t1, 6, [(0x7E0, 0x7E8, None, None)], r)
    u.dtcs(t0 + T + 60, 0x7E0, 0x7E8, [("P0562", 0x00, 0x2F), ("U0121", 0x00, 0x28), ("U0140", 0x00, 0x28)])
    u.dtcs(t0 + T + 62, 0x7E3, 0x7EB, [("P0A94", 0x00, 0xAF)])
    lab(bid, "power_supply", "dcdc", "high", "driving", "dlt_export.txt",
        "The DC-DC converter shuts down with an output-stage short (P0A94); the 12 V bus sags from 14.2 V and briefly dips, several ECUs reset and report lost communication (U-codes, P0562), and the driver is told to stop safely.",
        ["critical"])
    return b


@batch
def f_alt_numeric(bid, seed, t0):
    b = Batch(seed, t0, 1800, "tcu-a")
    T = 250
    csv_signals(b, "signals.csv", 1, [("lv_bus_voltage", lambda rel, r: (14.15 if rel < T else max(10.5, 12.55 - (rel - T) * 0.00135) if rel > T + 60 else 14.15 - (rel - T) * 0.027) + r.uniform(-0.03, 0.03), 2),
                                        ("alt_field_pct", lambda rel, r: 38 + r.uniform(-5, 5) if rel < T else 100, 0),
                                        ("alt_i_A", lambda rel, r: 45 + r.uniform(-6, 6) if rel < T else r.uniform(0, 1.5), 1),
                                        ("eng_rpm", jit(2100, 200), 0), ("veh_kph", speed_prof(80, 20, 300), 1)], tfmt="s")
    s = b.log("syslog", "rfc3164", host="tcu-a")
    noise(s, LINUX + KERNEL)
    c = Can(b, "can0.log", "candump", focus=1500)
    can_routine(c, scale=3)
    lab(bid, "power_supply", "alternator", "medium", "driving", "signals.csv",
        "Numeric-only: alternator output collapses (alt_i_A ~0 with field at 100 %) and the 12 V bus drifts from 14.1 V down to 10.5 V over the drive; no log line mentions it and the vehicle has not reacted yet.",
        ["high"])
    return b


@batch
def f_12v_parked(bid, seed, t0):
    b = Batch(seed, t0, 3600, "tcu-p", boot_ago=5)
    q = b.log("slog2info.txt", "slog2")
    noise(q, [(15, "I", "pwr_mgr|main", "state SLEEP_MONITOR, wake source RTC"), (20, "I", "can_mgr|main", "CAN partial networking: wake frames 0, bus sleep"), (300, "W", "io-pkt-v6-hc|main", "tcpip: no default route (sleep)")])
    j = b.log("ibs.jsonl", "json", keys=("ts", "lvl", "msg"), tfmt="s", srckey="node")
    noise(j, [(20, "I", "ibs", lambda r, t, i: "rest voltage %.2f V, I=-%.2f A, T=7 C" % (12.05 - (t - t0) * 0.00012, r.uniform(0.03, 0.05)))])
    j.at(600, "W", "ibs", "SOH 41 % (limit 50 %), SOF below cranking threshold, internal resistance 14.8 mOhm")
    j.at(605, "W", "ibs", "battery state 'weak', request keep-alive charging")
    for k, tt in enumerate([610, 1810, 3010]):
        q.at(tt, "I", "pwr_mgr|main", "wake for 12V top-up (IBS request %d)" % (k + 1))
        q.at(tt + 3, "I", "dcdc_ctl|main", "HV on, DC-DC 14.4 V keep-alive charge for 300 s")
        q.at(tt + 305, "I", "dcdc_ctl|main", "keep-alive done, back to sleep, rest voltage %.2f V" % (12.3 - k * 0.05))
    q.at(3020, "W", "pwr_mgr|main", "notify app: '12 V battery weak - have it checked'; start/stop and remote preconditioning disabled")
    csv_signals(b, "lv.csv", 0.2, [("lv_v", lambda rel, r: 14.4 if any(a + 3 < rel < a + 305 for a in (610, 1810, 3010)) else 12.05 - rel * 0.00012 + r.uniform(-0.01, 0.01), 2),
                                     ("lv_i_A", lambda rel, r: 18.0 if any(a + 3 < rel < a + 305 for a in (610, 1810, 3010)) else -0.04, 2)], tfmt="ms")
    lab(bid, "power_supply", "lv_battery", "medium", "parked", "ibs.jsonl",
        "Parked overnight in the cold: the 12 V battery sensor reports SOH 41 % and insufficient cranking capability; the car wakes three times for DC-DC keep-alive charging and disables remote functions. Parked, so low also acceptable.",
        ["low"])
    return b


@batch
def f_efuse(bid, seed, t0):
    b = Batch(seed, t0, 1100, "zc-front")
    T = 460
    p = b.log("pdu.log", "logfmt")
    noise(p, [(2, "I", "pdu", lambda r, t, i: "ch F23 ADAS_DCU %s i=%.1fA" % (("ON", r.uniform(18, 24)) if t - t0 < T else ("TRIPPED", 0.0))),
              (5, "I", "pdu", fmtr("ch F11 IVI on i={a}A ; F04 BCM on i={c}A", a=(6, 8, 1), c=(2, 3, 1))),
              (60, "W", "pdu", pick("ch F31 seat heater load step (user)", "KL30 ripple 180 mVpp (ok)"))])
    p.at(T, "E", "pdu", "eFuse F23 (ADAS_DCU 12V) tripped: I2t overcurrent 38 A > 30 A, latched, reclose 1/2")
    p.at(T + 0.5, "E", "pdu", "eFuse F23 reclose failed (short persists), channel locked off")
    g = b.log("adas.INFO", "glog")
    noise(g, glog_adas(), t_to=t0 + T)
    r = b.rng
    lc = b.log("logcat.txt", "logcat")
    noise(lc, AAOS, scale=2)
    for k in range(120):
        lc.at(T + 0.2 + k * 3, "E", "com.android.car.adas|AdasService", "ADAS domain controller not responding (heartbeat %d missed)" % (k + 1))
    lc.at(T + 1, "W", "com.android.car.cluster|ClusterService", "message 'Driver assistance systems unavailable'")
    c = Can(b, "can0.log", "candump", focus=T)
    can_routine(c, scale=3)
    c.periodic(0x2F0, 0.05, ctr([0x01, 0x10, 0, 0, 0, 0, 0, 0]), t_to=t0 + T)
    lab(bid, "power_supply", "lv_distribution", "high", "driving", "pdu.log",
        "The zone controller's eFuse for the ADAS domain controller trips on overcurrent and stays locked off; the ADAS computer goes silent (no log after that) and the head unit reports missed heartbeats: all driver assistance unavailable. Root cause low-voltage distribution.")
    return b


# ======================================================================= HEALTHY BATCHES
def ok(bid, state, rcf, desc):
    lab(bid, "none", "none", "low", state, None, desc)


@batch
def h_sleep_wake(bid, seed, t0):
    b = Batch(seed, t0, 3600, "tcu-s", boot_ago=3)
    q = b.log("slog2info.txt", "slog2")
    noise(q, [(10, "I", "pwr_mgr|main", "state SLEEP_MONITOR, RTC wake pending"), (30, "I", "can_mgr|main", "partial networking: no wake frame"), (400, "W", "io-pkt-v6-hc|main", "tcpip: no default route (modem in PSM)")])
    for tt in (1800.0,):
        q.at(tt, "I", "pwr_mgr|main", "RTC wake: scheduled vehicle health check")
        q.at(tt + 1, "I", "diag_mgr|main", "health check: 12V 12.61 V, HV SOC 71 %, tyre pressures ok, doors locked")
        q.at(tt + 2, "W", "diag_mgr|main", "BCM slow to answer (1.2 s, waking), ok")
        q.at(tt + 20, "I", "pwr_mgr|main", "health check done, back to sleep")
    j = b.log("journal.json", "journaljson", host="tcu-s")
    noise(j, [(20, "I", "ModemManager", "<info>  [modem0] PSM active, paging cycle 10.24 s"), (40, "I", "telemetryd", "sleep heartbeat queued"), (600, "W", "chronyd", "Can't synchronise: no selectable sources")])
    j.at(1803, "I", "telemetryd", "health snapshot uploaded (1.2 kB)")
    j.at(1805, "W", "telemetryd", "upload retry 1: TLS handshake timeout, succeeded on retry")
    j.at(1806, "I", "sentry", "motion sensor armed, no events")
    csv_signals(b, "lv.csv", 0.1, [("lv_v", lambda rel, r: 12.63 - rel * 0.000005 + r.uniform(-0.005, 0.005), 3), ("lv_i_A", lambda rel, r: -0.45 if 1800 < rel < 1822 else -0.018, 3)], tfmt="ms")
    ok(bid, "parked", None, "Parked and asleep; wakes once on an RTC timer for a scheduled health check and goes back to sleep. Retried upload and NTP failures are routine.")
    return b


@batch
def h_ac_charge(bid, seed, t0):
    b = Batch(seed, t0, 3000, "tbox-h")
    l = b.log("charger.log", "logfmt")
    noise(l, [(5, "I", "obc", fmtr("ac_in={v}V i_in={i}A p_out={p}kW t_obc={t}C", v=(226, 233, 1), i=(31.6, 32.1, 2), p=(7.1, 7.3, 2), t=(52, 58, 0))),
              (30, "I", "evse", "CP state C, duty 53.3% (32 A)"), (200, "W", "evse", "CP duty jitter 0.5% (ignored)")], t_to=t0 + 2700)
    l.at(2700, "I", "chg_mgr", "target SOC 80 % reached, requesting stop")
    l.at(2701, "I", "evse", "CP state C -> B, session complete, 19.4 kWh")
    noise(l, [(30, "I", "evse", "CP state B, duty 100% (standby)")], t_from=t0 + 2702)
    j = b.log("bms.jsonl", "json", keys=("ts", "level", "message"), tfmt="iso")
    bms_status(j, 10, soc0=52, dsoc=0.0104, cur=(17.5, 18.0), t_to=t0 + 2700)
    noise(j, [(60, "I", "bms", "cell balancing active, 6 cells bleeding (normal at high SOC)"), (300, "W", "bms", "charge current limit 16 A -> 14 A near target (taper)")], t_from=t0 + 1800, t_to=t0 + 2700)
    j.at(2702, "I", "bms", "charge complete soc 80.1, contactors open")
    s = b.log("messages", "rfc3164", host="tbox-h")
    noise(s, LINUX, scale=1.5)
    csv_signals(b, "signals.csv", 0.5, [("ac_voltage", jit(230, 2), 1), ("ac_current", lambda rel, r: 31.9 + r.uniform(-0.2, 0.2) if rel < 2700 else 0.0, 2),
                                          ("soc", lambda rel, r: 52 + min(rel, 2700) * 0.0104, 2), ("cell_temp_max", lambda rel, r: 18 + min(rel, 2700) * 0.002, 1)], tfmt="s")
    ok(bid, "charging", None, "Normal 7 kW AC home charging from 52 % to the 80 % target with balancing and taper; session ends as requested.")
    return b


@batch
def h_dc_limit(bid, seed, t0):
    b = Batch(seed, t0, 1900, "tbox-dc")
    l = b.log("evcc.log", "logfmt")
    def pw(rel):
        return 148 if rel < 900 else max(38, 148 - (rel - 900) * 0.11)
    noise(l, [(2, "I", "evcc", lambda r, t, i: "ISO15118 CurrentDemandReq U=%dV I=%dA P=%.0fkW" % (380 + (t - t0) * 0.02, pw(t - t0) * 1000 / (380 + (t - t0) * 0.02), pw(t - t0))),
              (60, "W", "evcc", pick("SECC response 180 ms (slow, ok)", "EVSE isolation monitor status WARNING (EVSE side, informational)")),
              (30, "I", "bms_if", lambda r, t, i: "charge power limit %d kW (taper)" % pw(t - t0))])
    l.at(900, "W", "bms_if", "derating DC charge power: SOC 68 %, cell voltage headroom")
    l.at(1500, "W", "bms_if", "charge power limited to 50 kW by BMS (high SOC)")
    l.at(1880, "I", "evcc", "session stop requested by user at SOC 86 %, 51.2 kWh delivered, WeldingDetection ok")
    j = b.log("bms.jsonl", "json", keys=("ts", "level", "msg"), tfmt="ms")
    bms_status(j, 5, soc0=22, dsoc=0.034, cur=(330, 360), tmax=36)
    csv_signals(b, "dc.csv", 1, [("dc_v", lambda rel, r: 380 + rel * 0.02, 1), ("dc_i", lambda rel, r: pw(rel) * 1000 / (380 + rel * 0.02) + r.uniform(-1, 1), 1),
                                   ("soc", lambda rel, r: 22 + rel * 0.034, 2), ("t_cell_max", lambda rel, r: 30 + min(8, rel * 0.005), 1)], tfmt="iso")
    s = b.log("journal.txt", "shortiso", host="tbox-dc")
    noise(s, LINUX)
    ok(bid, "charging", None, "DC fast charge 22 -> 86 % with deliberate BMS power taper above ~68 % SOC ('derating', 'limited to 50 kW') and user stop; all normal.")
    return b


@batch
def h_highway_warn(bid, seed, t0):
    b = Batch(seed, t0, 2000, "adas-hw")
    g = b.log("adas.INFO", "glog")
    noise(g, glog_adas(), scale=2.4)
    noise(g, [(12, "W", "perception|tracker.cc:140", pick("track 33 coasting (occluded), kept 2 cycles", "radar ghost target suppressed under bridge", "stale camera object dropped")),
              (25, "W", "planning|speed_decider.cc:77", pick("speed limit sign conflicts with map (130 vs 120), using sign", "cut-in detected, mild braking")),
              (50, "E", "perception|camera_driver.cc:512", pick("cam_front: dropped 1 frame(s), ring buffer late", "cam_rear: exposure settle timeout (tunnel exit)"))])
    j = b.log("journal.json", "journaljson")
    noise(j, LINUX)
    c = Can(b, "can0.log", "candump")
    can_routine(c, scale=4)
    csv_signals(b, "signals.csv", 1, [("speed_kph", speed_prof(122, 8, 500), 1), ("yaw_rate", jit(0, 0.8), 2), ("lv_bus_voltage", jit(14.3, 0.05), 2),
                                        ("coolant_temp", jit(38, 0.5), 1)], tfmt="iso")
    ok(bid, "driving", None, "Long highway drive with ACC: hundreds of routine tracker/planning warnings and a few camera frame drops, no fault.")
    return b


@batch
def h_city_aaos(bid, seed, t0):
    b = Batch(seed, t0, 1500, "ivi-c")
    lc = b.log("logcat.txt", "logcat")
    noise(lc, AAOS)
    noise(lc, [(40, "W", "com.android.car.media|MediaSession", "audio focus loss transient (nav prompt)"),
               (300, "I", "system_server|ActivityManager", "Killing 4122:com.example.weather/u10a88 (adj 905): empty for 1800s")])
    lc.at(700, "I", "system_server|ActivityManager", "Force stopping com.android.car.radio appid=10044 user=10: from pid 1043 (update)")
    lc.at(702, "I", "system_server|ActivityManager", "Start proc 5533:com.android.car.radio/u10a44 for service")
    q = b.log("cluster_slog2.txt", "slog2")
    noise(q, SLOG)
    c = Can(b, "body.log", "candump_console")
    can_routine(c, scale=4)
    ok(bid, "driving", None, "City drive on an Android Automotive head unit: VHAL chatter, Wi-Fi scan failures, media reconnects and a deliberate app restart are all routine.")
    return b


@batch
def h_ota_retry(bid, seed, t0):
    b = Batch(seed, t0, 2600, "tcu-o", boot_ago=4000)
    l = b.log("update-agent.log", "logfmt")
    noise(l, [(30, "I", "agent", "vehicle state PARKED, ignition OFF, SOC 58%"), (120, "W", "net", "ntp retry")])
    l.at(5, "I", "agent", "campaign 2026.49.0 accepted, download start")
    for k in range(0, 400, 15):
        l.at(10 + k, "I", "download", "package ivi_13.2.swu %d%%" % (k // 8))
    l.at(411, "E", "download", "HTTP 504 Gateway Timeout at offset 52428800, retry 1/5 in 30 s")
    l.at(441, "I", "download", "resuming at offset 52428800 (Range request)")
    for k in range(0, 500, 15):
        l.at(450 + k, "I", "download", "package ivi_13.2.swu %d%%" % min(100, 50 + k // 10))
    l.at(960, "I", "download", "complete, sha256 ok, signature ok")
    l.at(970, "I", "install", "installing to inactive slot B")
    l.at(2100, "I", "install", "slot B written, verifying")
    l.at(2160, "I", "install", "reboot into slot B")
    l.at(2260, "I", "agent", "post-install self-test passed, slot B marked good, campaign SUCCESS")
    j = b.log("journal.txt", "shortiso", host="tcu-o")
    noise(j, LINUX)
    j.at(2161, "I", "systemd", "Reached target Reboot.")
    j.at(2162, "I", "kernel", "reboot: Restarting system")
    j.at(2200, "I", "kernel", "Booting Linux on physical CPU 0x0000000000 [0x410fd034]")
    j.at(2230, "W", "systemd", "bluetooth.service: start operation timed out, retrying")
    j.at(2236, "I", "systemd", "Started Bluetooth service.")
    ok(bid, "ota", None, "Parked OTA of the head unit: one HTTP 504 during download is retried with a Range resume; install, reboot and self-test succeed.")
    return b


@batch
def h_workshop(bid, seed, t0):
    b = Batch(seed, t0, 1500, "tester")
    def rep():
        return ("Vehicle diagnostic session report\nWorkshop: Service Center 0412   Tester: VDS-3000 v22.4\nDate: %s   Odometer 61 903 km\n\n"
                "Quick test - all control units\n--------------------------------------------------------------\n"
                "ECM   0x7E0  DTC P0171  System Too Lean (Bank 1)                  Status: History (not active)  occ 1  aged 29\n"
                "ABS   0x760  DTC C0035  Left Front Wheel Speed Sensor Circuit      Status: History (not active)  occ 1  aged 35\n"
                "BCM   0x726  DTC U0155  Lost Communication with IPC                Status: History (not active)  occ 2  aged 12\n"
                "TCM   0x7E1  no DTC\nSRS   0x737  no DTC\nEPS   0x730  no DTC\nHVAC  0x744  no DTC\n\n"
                "Guided test: wheel speed sensors FL/FR/RL/RR plausibility at 20 km/h on rollers ... PASSED\n"
                "Guided test: fuel trims at idle STFT +1.2%% LTFT +2.3%% ... PASSED\n\n"
                "Action: Clear DTCs (all ECUs) ... done\nRe-read after clear: no DTC stored in any control unit\nSession closed, report printed\n") % hms(t0 + 1400, 0)
    b.raw("session_report.txt", rep)
    u = Uds(b, "diag.txt")
    uds_chatter(u, t0 + 2, b.t1, 3, [(0x7E0, 0x7E8, None, None), (0x760, 0x768, None, None), (0x7E0, 0x7E8, 0xF190, [0x57, 0x42, 0x41])], b.rng)
    u.note(t0 + 100, "extended session all ECUs")
    u.dtcs(t0 + 110, 0x7E0, 0x7E8, [("P0171", 0x00, 0x28)])
    u.dtcs(t0 + 112, 0x760, 0x768, [("C0035", 0x00, 0x28)])
    u.dtcs(t0 + 114, 0x726, 0x72E, [("U0155", 0x00, 0x28)])
    for k, (req, resp) in enumerate([(0x7E0, 0x7E8), (0x760, 0x768), (0x726, 0x72E)]):
        u.tx(t0 + 1300 + k, req, [0x04, 0x14, 0xFF, 0xFF, 0xFF, 0, 0, 0])
        u.rx(t0 + 1300.05 + k, resp, [0x01, 0x54, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA])
    u.dtcs(t0 + 1320, 0x7E0, 0x7E8, [])
    u.dtcs(t0 + 1322, 0x760, 0x768, [])
    j = b.log("gateway.log", "rfc5424", host="cgw")
    noise(j, [(5, "I", "doipd", "tester 0x0E80 routing activation ok"), (20, "I", "routerd", "diag routing 0x7E0..0x7EF active"), (60, "W", "routerd", "tester present missing 2.1 s (tester busy), session kept")])
    ok(bid, "test", None, "Workshop session: stored history codes (P0171, C0035, U0155, all status 0x28 not active, aged) are read, guided tests pass and codes are cleared.")
    return b


@batch
def h_adas_cal(bid, seed, t0):
    b = Batch(seed, t0, 1200, "adas-cal")
    r2 = b.log("calib.log", "ros2")
    noise(r2, [(1, "I", "calibration.camera_front.intrinsic", fmtr("target detected, corners {n}/88, reproj {e} px", n=(84, 88, 0), e=(0.18, 0.35, 2))),
               (5, "W", "adas.supervisor", "ADAS functions inhibited: calibration mode (service)"),
               (20, "W", "calibration.camera_front.extrinsic", pick("pitch estimate unstable, more frames needed", "target partially occluded"))])
    r2.at(5, "W", "adas.supervisor", "camera_front NOT CALIBRATED (calibration erased by tester)")
    r2.at(1100, "I", "calibration.camera_front.extrinsic", "calibration converged: pitch -0.42 yaw 0.08 roll 0.11 deg, written to NVM")
    r2.at(1110, "I", "adas.supervisor", "calibration mode exit, functions available after ignition cycle")
    g = b.log("perception.INFO", "glog")
    noise(g, glog_adas(("perception",)), scale=2)
    noise(g, [(10, "W", "perception|lane_detector.cc:90", "lane output suppressed: uncalibrated camera (test mode)")], t_to=t0 + 1100)
    j = b.log("journal.json", "journaljson")
    noise(j, LINUX)
    ok(bid, "test", None, "Static camera calibration in service/test mode: 'not calibrated' and 'functions inhibited' warnings are expected; calibration converges and is stored.")
    return b


@batch
def h_cold(bid, seed, t0):
    b = Batch(seed, t0, 1800, "vcu-w")
    j = b.log("bms.jsonl", "json", keys=("time", "severity", "message"), tfmt="s", lv={"D": "DEBUG", "I": "INFO", "N": "NOTICE", "W": "WARNING", "E": "ERROR", "C": "CRITICAL", "F": "CRITICAL"})
    bms_status(j, 5, soc0=81, dsoc=-0.005, cur=(-70, 5), tmax=2, extra=lambda rel, r, kv: {"t_cell_max": round(-8 + min(rel, 900) * 0.022, 1)})
    j.at(0, "I", "bms", "preconditioning started by departure timer (cell -8 C, target 15 C)")
    j.at(2, "W", "bms", "cell temperature low: regen limited to 10 kW, discharge limited 90 kW (normal cold limits)")
    j.at(910, "I", "bms", "cell temperature 12 C, limits restored")
    d = b.log("dlt.txt", "dlt", ecu="THM1")
    noise(d, dlt_cat([("HVAC", "CTRL", 3, fmtr("mode=HEAT blower={b}% t_in={t}", b=(40, 60, 0), t=(2, 21, 1))),
                      ("PTCH", "STAT", 2, fmtr("ptc p={p}kW t_out={t}C", p=(3.5, 5.5, 1), t=(55, 65, 0))), ("TCU", "NET", 40, pick("LTE attached", "MQTT publish retried, acked"))]))
    d.at(30, "W", "HVAC/CTRL", "windscreen fogging risk, recirculation blocked (normal)")
    s = b.log("syslog", "rfc3164", host="vcu-w")
    noise(s, LINUX + KERNEL)
    s.at(40, "W", "tpms_rx", "FL pressure 2.28 bar (cold, within limits, placard 2.3)")
    ok(bid, "driving", None, "Cold-weather drive after timed preconditioning: cold-battery regen/discharge limits and low-temperature warnings are normal and lift as the pack warms.")
    return b


@batch
def h_truck(bid, seed, t0):
    b = Batch(seed, t0, 1500, "tgw2")
    c = Can(b, "j1939.asc", "asc", focus=300, span=(30, 50))
    c.periodic(0x0CF00400, 0.1, lambda r, t, i: [0xF0, 0x7D, 0x7D, r.randint(0x10, 0x18) if t - t0 < 300 else r.randint(0x20, 0x30), 0x2E, 0x00, 0xF0, 0x7D])
    c.periodic(0x18FEEE00, 1.0, lambda r, t, i: [min(0x7D, 0x3C + int((t - t0) / 8)), 0x7E, 0xFF, 0xFF, 0x50, 0xFF, 0xFF, 0xFF])
    c.periodic(0x18FECA00, 1.0, dm1(None, 0))
    c.periodic(0x18FECA03, 1.0, dm1(None, 0))
    c.periodic(0x18FEF100, 0.1, [0xF7, 0x00, 0x50, 0x00, 0x00, 0x00, 0x00, 0xC0])
    c.event(t0 + 1.0, "CAN 1 Status:chip status error active")
    j = b.log("fleet.jsonl", "json", keys=("t", "lvl", "message"), tfmt="ms", srckey="module", lv={"D": 10, "I": 20, "N": 25, "W": 30, "E": 40, "C": 50, "F": 50})
    noise(j, [(10, "I", "gnss", "position ok"), (30, "I", "tacho", "activity DRIVING"), (120, "W", "modem", "rssi -104 dBm"), (200, "E", "upload", "POST /v2/telemetry 502, will retry"), (60, "I", "ebs", "trailer EBS ok")])
    j.at(5, "W", "engine", "cold start: coolant 8 C, idle speed raised 800 rpm, intake heater on 20 s")
    j.at(300, "I", "engine", "warm-up complete, coolant 62 C")
    csv_signals(b, "signals.csv", 1, [("coolant_temp", lambda rel, r: min(85, 8 + rel * 0.125) + r.uniform(-0.3, 0.3), 1), ("eng_rpm", lambda rel, r: 800 if rel < 300 else 1350 + r.uniform(-40, 40), 0),
                                        ("oil_kPa", jit(380, 8), 0), ("lv_bus_voltage", jit(27.8, 0.1), 2)], tfmt="s")
    ok(bid, "driving", None, "Heavy truck cold start and drive: DM1 broadcasts with no active DTCs, normal warm-up with raised idle, routine modem/upload retries.")
    return b


@batch
def h_blip(bid, seed, t0):
    b = Batch(seed, t0, 1400, "cdc-b")
    j = b.log("journal.json", "journaljson")
    noise(j, LINUX)
    j.at(500, "W", "vehicle-bus", "CAN RX timeout ESP_05 (120 ms), next frame received, recovered")
    j.at(501, "I", "vehicle-bus", "all cyclic messages in time")
    g = b.log("adas.INFO", "glog")
    noise(g, glog_adas(("perception", "planning")), scale=1.5)
    g.at(800, "W", "perception|camera_driver.cc:512", "cam_front: dropped 2 frame(s), ring buffer late")
    g.at(801, "W", "perception|obstacle_pipeline.cc:300", "frame gap 100 ms, tracks predicted")
    c = Can(b, "can0.trc", "trc", focus=500)
    can_routine(c, scale=4)
    csv_signals(b, "signals.csv", 1, [("wheel_speed_fl", speed_prof(70, 20, 200), 1), ("wheel_speed_fr", speed_prof(70, 20, 200), 1), ("yaw_rate", jit(0, 2), 2), ("lv_bus_voltage", jit(14.2, 0.05), 2)], tfmt="iso")
    ok(bid, "driving", None, "Normal drive with one self-recovered 120 ms CAN timeout and a 2-frame camera drop; nothing persists.")
    return b


@batch
def h_autoware(bid, seed, t0):
    b = Batch(seed, t0, 900, "ad-ecu-02")
    r = b.log("launch.log", "ros2")
    noise(r, ros2_autoware(), scale=1.3)
    r.at(300, "W", "planning.scenario_planning.lane_driving.behavior_planning.behavior_path_planner", "avoidance: parked vehicle, shifting path 0.6 m")
    r.at(610, "E", "perception.object_recognition.detection.centerpoint", "TensorRT engine warmup took 1.4 s (first inference after reload)")
    def yaml():
        out = []
        rr = b.rng
        for k in range(0, 900, 6):
            out.append("header:\n  stamp:\n    sec: %d\n    nanosec: %d\n  frame_id: ''\nstatus:\n- level: \"\\x00\"\n  name: 'velodyne_monitor: velodyne_connection'\n  message: OK\n  hardware_id: top_lidar\n  values:\n  - key: packet_rate\n    value: '%d'\n- level: \"\\x0%d\"\n  name: 'system_monitor: CPU Usage'\n  message: %s\n  hardware_id: ad-ecu-02\n  values:\n  - key: usage\n    value: '%d%%'\n---" % (
                int(t0 + k), rr.randint(0, 999999999), rr.randint(1795, 1810), 1 if k % 51 == 0 else 0, "warn" if k % 51 == 0 else "OK", rr.randint(40, 92)))
        return "\n".join(out) + "\n"
    b.raw("diagnostics.yaml", yaml)
    j = b.log("journal.json", "journaljson", host="ad-ecu-02")
    noise(j, LINUX[:7])
    ok(bid, "driving", None, "Automated drive on Autoware: routine CPU-usage warnings, tracker drops and one slow TensorRT warmup; all diagnostics OK otherwise.")
    return b


@batch
def h_apollo(bid, seed, t0):
    b = Batch(seed, t0, 600, "apollo-ipc2")
    def pb():
        out = []
        rr = b.rng
        seq = 500
        for k in range(0, 6000, 20):
            tt = t0 + k / 10.0
            seq += 1
            if k % 80 == 0:
                out.append('header {\n  timestamp_sec: %.6f\n  module_name: "chassis"\n  sequence_num: %d\n}\nengine_started: true\nspeed_mps: %.2f\nthrottle_percentage: %.1f\nbrake_percentage: %.1f\ndriving_mode: COMPLETE_AUTO_DRIVE\ngear_location: GEAR_DRIVE\nerror_code: NO_ERROR\n' % (
                    tt, seq, 11 + rr.uniform(-2, 2), rr.uniform(5, 20), rr.uniform(0, 5)))
            else:
                out.append('header {\n  timestamp_sec: %.6f\n  module_name: "planning"\n  sequence_num: %d\n}\ntotal_path_length: %.2f\ntotal_path_time: 8.0\nengage_advice {\n  advice: KEEP_ENGAGED\n}\n' % (tt, seq, rr.uniform(70, 120)))
        return "\n".join(out)
    b.raw("chassis_planning.pb.txt", pb)
    g = b.log("planning.INFO", "glog")
    noise(g, glog_adas(("planning", "control", "localization")), scale=1.2)
    noise(g, [(40, "W", "planning|st_graph.cc:55", pick("obstacle 2231 ignored: behind ego", "speed fallback not needed, optimizer ok after 2 retries"))])
    ok(bid, "driving", None, "Apollo-style automated drive: chassis NO_ERROR, planning KEEP_ENGAGED throughout, routine planner warnings.")
    return b


@batch
def h_sentry(bid, seed, t0):
    b = Batch(seed, t0, 2400, "cdc-sen", boot_ago=10000)
    s = b.log("syslog", "rfc3164", host="cdc-sen")
    noise(s, LINUX + KERNEL)
    noise(s, [(30, "I", "sentryd", "cams idle, motion score 0.0%d" % 2), (400, "I", "sentryd", "motion event (pedestrian passing), clip saved 12 s")])
    j = b.log("tcu.jsonl", "json", keys=("timestamp", "lvl", "msg"), tfmt="iso", srckey="svc")
    noise(j, [(20, "I", "mqtt", "keepalive"), (90, "W", "wifi", "scan failed -16, retry"), (300, "E", "uploader", "clip upload 503, queued")])
    csv_signals(b, "lv.csv", 0.2, [("lv_v", lambda rel, r: 12.45 - rel * 0.00002 + r.uniform(-0.01, 0.01) if rel < 1800 else 14.3, 3), ("soc", lambda rel, r: 67 - rel * 0.0002, 2)], tfmt="s")
    s.at(1800, "I", "pwr_mgr", "scheduled 12V top-up via DC-DC (sentry load), 20 min")
    ok(bid, "parked", None, "Parked with camera monitoring: occasional motion clips, failed Wi-Fi scans and queued uploads, and a scheduled 12 V top-up - all normal.")
    return b


@batch
def h_service_dem(bid, seed, t0):
    b = Batch(seed, t0, 1200, "vds")
    def csvx():
        rr = b.rng
        lines = ["Zeitstempel;Steuergeraet;Messwert;Wert;Einheit;Status"]
        t = t0
        while t < b.t1:
            ts = dt(t).strftime("%d.%m.%Y %H:%M:%S") + ",%03d" % int((t % 1) * 1000)
            for ecu, name, base, unit, amp in [("BMS", "Zellspannung_max", 3.912, "V", 0.003), ("BMS", "Zelltemperatur_max", 24.5, "degC", 0.3), ("DCDC", "Ausgangsspannung", 14.18, "V", 0.03),
                                               ("BMS", "Isolationswiderstand", 4980, "kOhm", 15), ("VCU", "Kuehlmitteltemp", 27.4, "degC", 0.4)]:
                v = base + rr.uniform(-amp, amp)
                s = ("%.3f" % v if v < 100 else "%.0f" % v).replace(".", ",")
                lines.append("%s;%s;%s;%s;%s;i.O." % (ts, ecu, name, s, unit))
            t += 5
        return "\n".join(lines) + "\n"
    b.raw("messwerte.csv", csvx)
    def dem():
        return ("DEM event memory dump (service mode), ECU VCU  SW 7.3.9\n%s\n"
                "EventId  DTC        Status  Meaning                                   OccCtr  AgingCtr  Debounce\n"
                "0x0201   P0562-00   0x50    TNCSLC|TNCTOC (not tested since clear)    0       0         0\n"
                "0x0107   U0100-00   0x00    passed                                    0       0         -12\n"
                "0x0311   P0A78-00   0x00    passed                                    0       0         -127\n"
                "0x0418   P0AA6-00   0x00    passed                                    0       0         -127\n"
                "summary: 0 confirmed, 0 pending, 0 testFailed\n") % iso(t0 + 1100, 0)
    b.raw("dem_dump.txt", dem)
    d = b.log("dlt.txt", "dlt", ecu="VCU1")
    noise(d, dlt_cat([("DIAG", "SESS", 10, "extended session active (tester 0x0E80)"), ("DIAG", "RDBI", 2, fmtr("RDBI 0x{d} ok", d=["F190", "F18C", "DD01", "4A10"])),
                      ("VCU", "STAT", 5, "ignition ON, gear P, service mode"), ("VCU", "ROUT", 200, "RoutineControl 0x0203 actuator test cooling pump: PASSED")]))
    d.at(600, "W", "DIAG/DTC", "ClearDiagnosticInformation received, event memory cleared by tester")
    ok(bid, "test", None, "Periodic inspection in service mode: measured values all 'i.O.' (semicolon CSV, decimal comma), actuator test passed, DEM dump has no confirmed/pending events after clear.")
    return b


@batch
def h_longtrip_qnx(bid, seed, t0):
    b = Batch(seed, t0, 2400, "ivi-x", boot_ago=120)
    q = b.log("slog2info.txt", "slog2")
    noise(q, SLOG, scale=1.2)
    noise(q, [(120, "E", "nav_engine|main", "route recalculation took 3.2 s (offline map)"), (300, "W", "audio_mgr|main", "BT HFP SCO link reset by phone")])
    c = Can(b, "body.asc", "asc")
    can_routine(c, scale=5)
    csv_signals(b, "signals.csv", 1, [("t_rel_s", lambda rel, r: rel + 120, 1), ("speed_kph", speed_prof(90, 25, 600), 1),
                                        ("lv_bus_voltage", jit(14.25, 0.05), 2), ("coolant_temp", lambda rel, r: min(90, 20 + rel * 0.2) + r.uniform(-0.4, 0.4), 1),
                                        ("wheel_speed_fl", speed_prof(90, 25, 600), 1), ("yaw_rate", jit(0, 1.5), 2)], tcol="seq", t_from=t0 + 1200)
    ok(bid, "driving", None, "Long country-road drive on a QNX head unit (relative clock), with routine navigation and Bluetooth warnings; signals normal.")
    return b


def h_diag_scan_clean_unused(bid, seed, t0):
    b = Batch(seed, t0, 1300, "dongle-9")
    def rep():
        return ("OBD-II Scan Report\nTool: OBDLink export v5.9\nDate: %s\n\nMIL status: OFF\nConfirmed DTCs: none\nPending DTCs: none\nPermanent DTCs: none\n"
                "Readiness: MIS OK FUEL OK CCM OK CAT OK EVAP OK O2S OK O2H OK\n\nLive data:\n  Control module voltage  14.3 V\n  Coolant temperature     91 C\n  Fuel system status      CL\n\nEnd of report\n") % hms(t0 + 1290, 0)
    b.raw("scan_report.txt", rep)
    c = Can(b, "obd_can.log", "candump_console")
    rr = b.rng
    t = t0 + 1
    while t < b.t1:
        pid = rr.choice([0x0C, 0x0D, 0x05, 0x42])
        c.frame(t, 0x7DF, [0x02, 0x01, pid, 0x55, 0x55, 0x55, 0x55, 0x55], "Tx")
        c.frame(t + 0.02, 0x7E8, [0x04, 0x41, pid, rr.randint(0, 255), rr.randint(0, 255), 0xAA, 0xAA, 0xAA])
        t += 0.5
    can_routine(c, scale=6)
    l = b.log("dongle.log", "logfmt")
    noise(l, [(10, "I", "gnss", "fix ok"), (45, "W", "lte", "ping gateway timeout, retry ok"), (300, "E", "fs", "log rotate busy, retry next cycle")])
    ok(bid, "driving", None, "OBD dongle session on an ICE car: no confirmed, pending or permanent codes, all monitors ready.")
    return b


# ======================================================================= main
def main():
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if os.path.isdir(p) and name.startswith("k") and name[1:].isdigit():
            shutil.rmtree(p)
    order = list(BATCHES)
    R.shuffle(order)
    for n, fn in enumerate(order, 1):
        bid = "k%03d" % n
        seed = R.randint(0, 2 ** 31)
        t0 = 1790000000 + R.randint(0, 60 * 86400) + R.random()  # Sep-Nov 2026
        for sc in (1.0, 1.25, 1.6, 2.0, 2.5, 3.2, 4.0, 5.0):
            SCALE[0] = sc
            nlab = len(LABELS)
            b = fn(bid, seed, t0)
            texts = [(f.name, f.render()) for f in b.files]
            size = sum(len(x.encode()) for _, x in texts)
            if size <= BUDGET or sc == 5.0:
                break
            del LABELS[nlab:]
        print(bid, fn.__name__, "scale", sc, size, file=sys.stderr)
        out = os.path.join(HERE, bid)
        os.makedirs(out)
        names = [f.name for f in b.files]
        assert len(names) == len(set(names)) and 2 <= len(names) <= 6, (bid, fn.__name__, names)
        for name, text in texts:
            with open(os.path.join(out, name), "w", newline="\n") as fh:
                fh.write(text)
    LABELS.sort(key=lambda x: x["batch"])
    with open(os.path.join(HERE, "labels.json"), "w") as fh:
        json.dump(LABELS, fh, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
