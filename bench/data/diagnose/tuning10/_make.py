#!/usr/bin/env python3
"""Generator for the tuning10 set (software-defined vehicle angle). Fixed seed; stdlib only.
Re-running reproduces every file byte for byte."""
import json, os, random, datetime as dt

SET = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20261202)
LABELS = []
UTC = dt.timezone.utc
VINS = ["W1SDV%012d" % R.randrange(10**11, 10**12) for _ in range(60)]


def ts(t):  # epoch -> datetime
    return dt.datetime.fromtimestamp(t, UTC)


def times(rng, t0, dur, n):
    return sorted(t0 + rng.random() * dur for _ in range(n))


# ---------------------------------------------------------------- noise pools
def h(rng, k=4):
    return "".join(rng.choice("0123456789abcdef") for _ in range(k))


DLT_NOISE = [
    ("EXEC", "EM", "info", lambda r: "FunctionGroup MachineFG state Running, %d processes supervised" % r.randint(38, 44)),
    ("EXEC", "PHM", "info", lambda r: "alive supervision ok checkpoint=%d process=%s" % (r.randint(1, 9), r.choice(["vcu_app", "bms_proxy", "zone_mgr", "adas_gw", "hmi_bridge"]))),
    ("SOME", "SD", "info", lambda r: "OfferService 0x%04x inst 0x0001 ttl 3 from %s" % (r.choice([0x1101, 0x1202, 0x2301, 0x3104, 0x4010]), r.choice(["10.10.1.11", "10.10.2.12", "10.10.3.13"]))),
    ("SOME", "SD", "debug", lambda r: "FindService 0x%04x answered in %d ms" % (r.choice([0x1101, 0x1202, 0x2301]), r.randint(2, 40))),
    ("VCU", "TRQ", "info", lambda r: "torque arb req=%.1fNm lim=%.1fNm mode=%s" % (r.uniform(-40, 180), r.uniform(250, 320), r.choice(["ECO", "NORMAL", "NORMAL"]))),
    ("BMSP", "SOC", "info", lambda r: "soc_disp=%.1f%% soh=%.1f%% tmax=%.1fC" % (r.uniform(40, 80), r.uniform(95, 97), r.uniform(24, 33))),
    ("ZMGR", "HB", "info", lambda r: "zone %s heartbeat seq=%d ok" % (r.choice(["FL", "FR", "RL", "RR"]), r.randint(1000, 99999))),
    ("ZMGR", "HB", "warn", lambda r: "zone %s heartbeat late by %d ms (tolerance 50)" % (r.choice(["FL", "FR", "RL", "RR"]), r.randint(5, 40))),
    ("DIAG", "DEM", "info", lambda r: "operation cycle POWER active, %d events tracked" % r.randint(310, 330)),
    ("DIAG", "DOIP", "warn", lambda r: "routing activation from 10.10.9.%d rejected: no tester present" % r.randint(2, 250)),
    ("PER", "KVS", "info", lambda r: "kvs flush %d keys in %d ms" % (r.randint(3, 60), r.randint(1, 14))),
    ("TSYN", "GPTP", "info", lambda r: "gPTP offset %+d ns, rate ratio %.9f" % (r.randint(-900, 900), 1 + r.uniform(-2e-7, 2e-7))),
    ("TSYN", "GPTP", "warn", lambda r: "sync interval jitter %d us above threshold" % r.randint(120, 400)),
    ("HMIB", "UI", "info", lambda r: "cluster frame pushed id=%d" % r.randint(1, 99999)),
    ("IAM", "ACL", "warn", lambda r: "access denied for client com.vendor.%s to service 0x2301 (policy)" % r.choice(["weather", "podcast", "telemetry"])),
    ("SECO", "IDS", "info", lambda r: "ids report window closed, %d frames inspected, 0 anomalies" % r.randint(80000, 200000)),
]

LOGCAT_NOISE = [
    ("I", "CarService", lambda r: "onPropertyEvent PERF_VEHICLE_SPEED value=%.2f" % r.uniform(0, 35)),
    ("D", "VehicleHal", lambda r: "set GEAR_SELECTION area=0 value=%d" % r.choice([4, 8, 8])),
    ("I", "CarPowerManagementService", lambda r: "power state ON, display brightness %d" % r.randint(40, 90)),
    ("W", "CarAudioService", lambda r: "focus request denied for usage %d (ducking active)" % r.choice([1, 12, 16])),
    ("I", "ActivityManager", lambda r: "Displayed com.android.car.carlauncher/.CarLauncher: +%dms" % r.randint(200, 900)),
    ("D", "ConnectivityService", lambda r: "NetworkAgentInfo [MOBILE (NR) - %d] validation passed" % r.randint(100, 140)),
    ("W", "BluetoothAdapter", lambda r: "getBluetoothService() called with no BluetoothManagerCallback"),
    ("E", "GnssHAL", lambda r: "gnss measurement report missing clock field, skipping epoch"),
    ("I", "chatty", lambda r: "uid=1000(system) CarServiceHelper identical %d lines" % r.randint(2, 9)),
    ("D", "VehicleHal", lambda r: "get HVAC_TEMPERATURE_SET area=%d value=%.1f" % (r.choice([1, 4]), r.choice([20.5, 21.0, 22.0]))),
    ("W", "AudioFlinger", lambda r: "write blocked for %d msecs" % r.randint(20, 90)),
    ("I", "CarMediaService", lambda r: "media source com.spotify.music active"),
    ("E", "WifiHAL", lambda r: "scan failed, error -16 (busy), will retry"),
    ("D", "EVS", lambda r: "camera rear frame %d delivered" % r.randint(1, 9999)),
    ("I", "VehicleHal", lambda r: "EV_BATTERY_LEVEL value=%.0f Wh" % r.uniform(30000, 62000)),
]

JOURNAL_NOISE = [
    ("systemd", lambda r: "Started %s." % r.choice(["logrotate.service", "sysstat-collect.service", "fstrim.service", "Session c%d of user root" % r.randint(1, 9)])),
    ("containerd", lambda r: "time=\"{T}\" level=info msg=\"cleaning up dead shim\" namespace=k8s.io id=%s" % (h(r, 12))),
    ("k3s", lambda r: "I{MD} {HMS}    1204 kubelet.go:%d] \"SyncLoop UPDATE\" source=\"api\" pods=[\"vehicle/%s\"]" % (r.randint(2400, 2500), r.choice(["perception-0", "planner-0", "map-svc-0", "fleet-agent-0"]))),
    ("k3s", lambda r: "W{MD} {HMS}    1204 reflector.go:%d] watch of *v1.ConfigMap ended with: very short watch" % r.randint(400, 470)),
    ("podman", lambda r: "%s health_status=healthy container %s" % (h(r, 12), r.choice(["dlt-daemon", "someip-router", "ota-agent", "log-shipper"]))),
    ("kernel", lambda r: "igb 0000:03:00.0 eth1: NIC Link is Up 1000 Mbps Full Duplex" if r.random() < 0.1 else "audit: type=1400 apparmor=\"ALLOWED\" operation=\"open\" profile=\"fleet-agent\" name=\"/proc/%d/stat\"" % r.randint(100, 4000)),
    ("chronyd", lambda r: "Selected source PHC0 (offset %+.6f s)" % r.uniform(-2e-5, 2e-5)),
    ("xen-hypervisor", lambda r: "(XEN) d%d: vcpu %d credit rebalance" % (r.randint(0, 3), r.randint(0, 5))),
    ("hypervisor", lambda r: "vm%d guest heartbeat ok latency=%dus" % (r.randint(1, 3), r.randint(40, 300))),
    ("NetworkManager", lambda r: "<info>  [%.4f] device (wwan0): state change: activated -> activated" % r.uniform(1000, 9000)),
    ("log-shipper", lambda r: "batch uploaded bytes=%d ack=%s" % (r.randint(20000, 900000), h(r, 8))),
    ("log-shipper", lambda r: "upload attempt failed: context deadline exceeded, retrying in %ds" % r.choice([2, 4, 8])),
    ("sshd", lambda r: "Connection closed by 10.10.9.%d port %d [preauth]" % (r.randint(2, 250), r.randint(30000, 60000))),
    ("systemd-journald", lambda r: "Data hash table of /var/log/journal/%s/system.journal has a fill level at 75.%d (1534 of 2047 items), suggesting rotation." % (h(r, 8), r.randint(0, 9))),
    ("thermald", lambda r: "zone soc0 temp %d mC trip 95000 mC" % r.randint(52000, 71000)),
]

ROS_NOISE = [
    ("INFO", "perception.object_recognition", lambda r: "published %d objects, latency %.1f ms" % (r.randint(3, 40), r.uniform(30, 80))),
    ("INFO", "localization.ndt_scan_matcher", lambda r: "NDT score %.2f iter %d" % (r.uniform(3.2, 4.6), r.randint(3, 9))),
    ("WARN", "system.diagnostic_aggregator", lambda r: "/autoware/sensing/lidar/top: WARN 'concat_timeout' (1 topic late)" if r.random() < 0.5 else "/autoware/vehicle/obd_converter: WARN 'stale'"),
    ("INFO", "planning.behavior_path_planner", lambda r: "lane_following selected, path length %.1f m" % r.uniform(80, 220)),
    ("INFO", "control.trajectory_follower", lambda r: "lat err %.3f m yaw err %.3f rad" % (r.uniform(-0.1, 0.1), r.uniform(-0.02, 0.02))),
    ("DEBUG", "sensing.lidar.top.velodyne_driver", lambda r: "packet rate %d pkt/s" % r.randint(3700, 3800)),
    ("INFO", "sensing.camera.front.image_pipeline", lambda r: "fps %.1f exposure %d us" % (r.uniform(29.6, 30.1), r.randint(800, 9000))),
    ("WARN", "perception.traffic_light", lambda r: "no traffic light ROI in view for %d frames" % r.randint(10, 300)),
    ("INFO", "system.system_monitor", lambda r: "cpu %d%% mem %d%% gpu %d%%" % (r.randint(35, 70), r.randint(40, 62), r.randint(30, 80))),
    ("ERROR", "map.vector_map_loader", lambda r: "tile %d_%d not cached, fetching" % (r.randint(100, 999), r.randint(100, 999))),
    ("INFO", "sensing.radar.front.ars548", lambda r: "%d detections cycle %d" % (r.randint(20, 120), r.randint(1, 99999))),
    ("INFO", "sensing.gnss.ublox", lambda r: "fix=RTK_FIXED sats=%d hdop=%.1f" % (r.randint(14, 24), r.uniform(0.6, 1.1))),
]

PLAIN_NOISE = {
    "ota": [
        ("INFO", "uptane", lambda r: "director root.json version 7 still valid (expires 2027-06-30T00:00:00Z)"),
        ("INFO", "uptane", lambda r: "timestamp.json v%d fetched, snapshot unchanged" % r.randint(4000, 5000)),
        ("INFO", "uptane", lambda r: "ECU %s reports installed target %s sha256 ok" % (r.choice(["CCU-A", "ZC-FL", "ZC-FR", "ZC-RL", "ZC-RR", "IVI"]), r.choice(["zc_fw-4.12.1.bin", "ccu-rootfs-26.10.3.img", "ivi-14.2.0.ota"]))),
        ("WARN", "uptane", lambda r: "image repo mirror cdn%d slow (%d ms), switching" % (r.randint(1, 3), r.randint(900, 4000))),
        ("INFO", "rauc", lambda r: "slot rootfs.0 (A) booted, state good; rootfs.1 (B) inactive"),
        ("INFO", "ota-agent", lambda r: "campaign poll: no campaigns for vehicle group eu-west-%d" % r.randint(1, 4)),
        ("DEBUG", "ota-agent", lambda r: "tls session resumed with ota.backend.example:443"),
        ("INFO", "ota-agent", lambda r: "inhibit check: gear=P soc=%d%% hv=%s" % (r.randint(35, 90), r.choice(["off", "off", "on"]))),
    ],
    "v2g": [
        ("INFO", "V2G", lambda r: "CurrentDemandReq EVTargetCurrent=%.1fA EVTargetVoltage=%.1fV" % (r.uniform(120, 300), r.uniform(380, 410))),
        ("INFO", "V2G", lambda r: "CurrentDemandRes ResponseCode=OK EVSEPresentCurrent=%.1fA EVSEStatusCode=EVSE_Ready" % r.uniform(120, 300)),
        ("DEBUG", "SLAC", lambda r: "CM_AMP_MAP.CNF ok"),
        ("INFO", "CP", lambda r: "PWM duty 5%% state C"),
        ("WARN", "TLS", lambda r: "OCSP stapling not provided by SECC, continuing with cached CRL"),
        ("INFO", "EVCC", lambda r: "charge loop: soc=%d%% remaining=%d s" % (r.randint(20, 80), r.randint(300, 2000))),
    ],
    "ocpp": [
        ("INFO", "ocpp", lambda r: "[2,\"%s\",\"Heartbeat\",{}]" % h(r, 8)),
        ("INFO", "ocpp", lambda r: "[2,\"%s\",\"MeterValues\",{\"connectorId\":1,\"meterValue\":[{\"sampledValue\":[{\"value\":\"%.1f\",\"measurand\":\"Power.Active.Import\",\"unit\":\"kW\"}]}]}]" % (h(r, 8), r.uniform(40, 120))),
        ("INFO", "ocpp", lambda r: "[3,\"%s\",{\"currentTime\":\"{ISO}\"}]" % h(r, 8)),
        ("WARN", "ocpp", lambda r: "websocket ping timeout, reconnected in %d ms" % r.randint(200, 1500)),
        ("INFO", "charger", lambda r: "power module %d output %.1f kW temp %d C" % (r.randint(1, 6), r.uniform(10, 25), r.randint(35, 55))),
    ],
}

# ---------------------------------------------------------------- file writers


def write_dlt(rng, t0, dur, n, inj, ecu="CCU1", park=False):
    pool = [p for p in DLT_NOISE if not (park and p[0] in ("VCU", "HMIB"))]
    evs = [(t, rng.choice(pool)) for t in times(rng, t0, dur, n)]
    rows = [(t, a, c, l, f(rng)) for t, (a, c, l, f) in evs] + [(t0 + x[0] + rng.random() * 0.0009,) + tuple(x[1:]) for x in inj]
    rows.sort(key=lambda x: x[0])
    out = []
    for i, (t, a, c, l, m) in enumerate(rows):
        d = ts(t)
        out.append("%d %s %.4f %03d %s %s %s log %s V 1 [%s]" % (i, d.strftime("%Y/%m/%d %H:%M:%S.%f"), t - t0 + 3.2, i % 256, ecu, a, c, l, m))
    return out


def write_logcat(rng, t0, dur, n, inj):
    pids = {}
    rows = [(t,) + (lambda p: (p[0], p[1], p[2](rng)))(rng.choice(LOGCAT_NOISE)) for t in times(rng, t0, dur, n)]
    rows += [(t0 + x[0] + rng.random() * 0.0009,) + tuple(x[1:]) for x in inj]
    rows.sort(key=lambda x: x[0])
    out = []
    for t, l, tag, m in rows:
        pid = pids.setdefault(tag, rng.randint(800, 4800))
        out.append("%s %5d %5d %s %s: %s" % (ts(t).strftime("%m-%d %H:%M:%S.%f")[:-3], pid, pid + rng.randint(0, 40), l, tag, m))
    return out


def write_journal(rng, t0, dur, n, inj, host="ccu-a"):
    pids = {}
    rows = [(t,) + (lambda p: (p[0], p[1](rng)))(rng.choice(JOURNAL_NOISE)) for t in times(rng, t0, dur, n)]
    rows += [(t0 + x[0] + rng.random() * 0.0009,) + tuple(x[1:]) for x in inj]
    rows.sort(key=lambda x: x[0])
    out = []
    for t, unit, m in rows:
        d = ts(t)
        m = m.replace("{T}", d.strftime("%Y-%m-%dT%H:%M:%S.%fZ")).replace("{MD}", d.strftime("%m%d")).replace("{HMS}", d.strftime("%H:%M:%S.%f"))
        if unit == "kernel":
            out.append("%s %s kernel: [%11.6f] %s" % (d.strftime("%b %d %H:%M:%S"), host, t - t0 + 4.0, m))
        else:
            pid = pids.setdefault(unit, rng.randint(200, 3000))
            out.append("%s %s %s[%d]: %s" % (d.strftime("%b %d %H:%M:%S"), host, unit, pid, m))
    return out


def write_ros(rng, t0, dur, n, inj):
    rows = [(t,) + (lambda p: (p[0], p[1], p[2](rng)))(rng.choice(ROS_NOISE)) for t in times(rng, t0, dur, n)]
    rows += [(t0 + x[0] + rng.random() * 0.0009,) + tuple(x[1:]) for x in inj]
    rows.sort(key=lambda x: x[0])
    return ["[%s] [%.9f] [%s]: %s" % (l, t, node, m) for t, l, node, m in rows]


def write_plain(rng, t0, dur, n, inj, pool):
    p = PLAIN_NOISE[pool]
    rows = [(t,) + (lambda q: (q[0], q[1], q[2](rng)))(rng.choice(p)) for t in times(rng, t0, dur, n)]
    rows += [(t0 + x[0] + rng.random() * 0.0009,) + tuple(x[1:]) for x in inj]
    rows.sort(key=lambda x: x[0])
    out = []
    for t, l, comp, m in rows:
        iso = ts(t).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
        out.append("%s %-5s [%s] %s" % (iso, l, comp, m.replace("{ISO}", iso)))
    return out


def write_jsonl(rng, t0, dur, n, inj, vin):
    kinds = [
        lambda r: {"type": "trip.sample", "speed_kph": round(r.uniform(0, 120), 1), "soc": round(r.uniform(30, 80), 1)},
        lambda r: {"type": "conn.status", "rat": r.choice(["NR", "LTE", "LTE"]), "rsrp": r.randint(-115, -80)},
        lambda r: {"type": "zone.hb", "zone": r.choice(["FL", "FR", "RL", "RR"]), "ok": True, "uptime_s": r.randint(100, 90000)},
        lambda r: {"type": "dtc.snapshot", "active": [], "pending": [], "history": r.choice([[], ["U0140-87"], ["B1A21-13"]])},
        lambda r: {"type": "app.metric", "name": r.choice(["ivi.cpu", "ccu.mem", "adas.fps"]), "value": round(r.uniform(10, 70), 2)},
        lambda r: {"type": "health.monitor", "level": r.choice(["WARN", "ERROR", "INFO"]), "msg": r.choice(["ntp drift above 5 ms, corrected", "cellular RSSI weak", "log buffer 80% full, flushed", "retry ok after transient 503"])},
    ]
    rows = [(t, rng.choice(kinds)(rng)) for t in times(rng, t0, dur, n)] + [(t0 + x[0] + rng.random() * 0.0009, x[1]) for x in inj]
    rows.sort(key=lambda x: x[0])
    out = []
    for t, d in rows:
        o = {"ts": ts(t).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z", "vin": vin}
        o.update(d)
        out.append(json.dumps(o, separators=(",", ":")))
    return out


def write_csv(rng, t0, dur, n, cols, mod=None):
    names = list(cols)
    out = ["timestamp," + ",".join(names)]
    for i in range(n):
        t = t0 + i * dur / n
        rel = t - t0
        row = {k: f(rel, rng) for k, f in cols.items()}
        if mod:
            mod(rel, row, rng)
        vals = []
        for k in names:
            v = row[k]
            vals.append(("%.3f" % v) if isinstance(v, float) else str(v))
        out.append(ts(t).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z," + ",".join(vals))
    return out


CAN_IDS = {0x0A0: 8, 0x0B4: 8, 0x118: 8, 0x1F0: 4, 0x244: 8, 0x2A0: 8, 0x3C8: 6, 0x410: 8, 0x4F1: 8, 0x620: 8}


def write_candump(rng, t0, dur, n, inj, iface="can0", silent=None):
    """silent: (id_set, t_from, t_to) rel times where those IDs are absent."""
    out = []
    rows = []
    for t in times(rng, t0, dur, n):
        cid = rng.choice(list(CAN_IDS))
        if silent and cid in silent[0] and silent[1] <= t - t0 <= silent[2]:
            continue
        rows.append((t, "%03X" % cid, "".join("%02X" % rng.randrange(256) for _ in range(CAN_IDS[cid]))))
    rows += [(t0 + x[0] + rng.random() * 0.0009, x[1], x[2]) for x in inj]
    rows.sort(key=lambda x: x[0])
    for t, cid, data in rows:
        out.append("(%.6f) %s %s#%s" % (t, iface, cid, data))
    return out


# ---------------------------------------------------------------- signal bases


def nz(a, b):
    return lambda t, r: r.uniform(a, b)


def zone_cols():
    return {"zone_FL_v": nz(13.9, 14.3), "zone_FR_v": nz(13.9, 14.3), "zone_RL_v": nz(13.8, 14.2), "zone_RR_v": nz(13.8, 14.2),
            "ccu_temp_c": nz(52, 66), "ccu_fan_rpm": lambda t, r: r.randint(2900, 3300), "dcdc_out_a": nz(28, 60),
            "lv_soc_pct": nz(82, 86), "eth_rx_err": lambda t, r: 0, "can_busload_pct": nz(31, 47)}


def bms_cols():
    return {"pack_v": nz(392, 398), "pack_a": nz(-180, 40), "cell_min_v": nz(3.905, 3.915), "cell_max_v": nz(3.925, 3.935),
            "cell_min_id": lambda t, r: r.randint(1, 108), "t_min_c": nz(24, 26), "t_max_c": nz(29, 32),
            "riso_kohm": lambda t, r: r.randint(2400, 2700), "soc_pct": lambda t, r: 68 - t / 400.0, "hvil": lambda t, r: 1}


def chassis_cols():
    return {"ws_fl_kph": nz(79, 81), "ws_fr_kph": nz(79, 81), "ws_rl_kph": nz(79, 81), "ws_rr_kph": nz(79, 81),
            "yaw_dps": nz(-1.5, 1.5), "lat_g": nz(-0.08, 0.08), "steer_deg": nz(-6, 6), "eps_trq_nm": nz(-1.2, 1.2),
            "brake_bar": lambda t, r: 0.0 if r.random() < 0.8 else r.uniform(4, 18),
            "tp_fl_kpa": nz(248, 251), "tp_fr_kpa": nz(248, 251), "tp_rl_kpa": nz(246, 249), "tp_rr_kpa": nz(246, 249)}


def thermal_cols():
    return {"cool_in_c": nz(31, 34), "cool_out_c": nz(36, 39), "pump1_rpm": lambda t, r: r.randint(3150, 3350),
            "pump2_rpm": lambda t, r: r.randint(2400, 2600), "inv_temp_c": nz(48, 56), "motor_temp_c": nz(62, 71),
            "rad_fan_pct": lambda t, r: r.choice([30, 30, 40, 45]), "ref_hi_bar": nz(13.5, 15.0), "ref_lo_bar": nz(2.8, 3.3),
            "comp_rpm": lambda t, r: r.randint(3000, 4200), "cabin_c": nz(21.5, 22.5), "cool_level": lambda t, r: "OK"}


def drive_cols():
    return {"speed_kph": lambda t, r: 60 + 20 * ((t / 300.0) % 1.0) + r.uniform(-1, 1), "mot_trq_nm": nz(-30, 160),
            "mot_rpm": lambda t, r: r.randint(6000, 9000), "resolver_amp": nz(0.97, 1.01), "inv_dc_v": nz(390, 398),
            "inv_phase_a": nz(40, 260), "torque_lim_nm": lambda t, r: 320.0, "gear": lambda t, r: "D"}


def lidar_cols():
    return {"top_pts": lambda t, r: r.randint(118000, 124000), "top_hz": nz(9.95, 10.05), "left_pts": lambda t, r: r.randint(56000, 60000),
            "right_pts": lambda t, r: r.randint(56000, 60000), "ndt_score": nz(3.3, 4.5), "cam_front_fps": nz(29.7, 30.1),
            "radar_front_dets": lambda t, r: r.randint(30, 110), "gnss_fix": lambda t, r: "RTK_FIXED", "gnss_sats": lambda t, r: r.randint(15, 23),
            "radar_az_bias_deg": nz(-0.15, 0.15)}


def charge_cols():
    return {"evse_v": nz(395, 402), "evse_a": nz(180, 200), "target_a": lambda t, r: 200.0, "inlet_dc_pos_c": nz(38, 44),
            "inlet_dc_neg_c": nz(37, 43), "soc_pct": lambda t, r: 22 + t / 30.0, "riso_kohm": lambda t, r: r.randint(1800, 2300),
            "cool_in_c": nz(24, 27), "dcdc_out_v": nz(14.0, 14.3), "lv_v": nz(13.9, 14.2)}


def ramp(t, a, b):
    if t <= a:
        return 0.0
    if t >= b:
        return 1.0
    return (t - a) / (b - a)


# ---------------------------------------------------------------- batch assembly
BATCHES = []


def batch(label, files):
    BATCHES.append((label, files))


def emit():
    for i, (label, files) in enumerate(BATCHES, 1):
        name = "s%03d" % i
        d = os.path.join(SET, name)
        os.makedirs(d, exist_ok=True)
        for fn, lines in files:
            assert 300 <= len(lines) <= 20000, (name, fn, len(lines))
            with open(os.path.join(d, fn), "w", newline="\n") as f:
                f.write("\n".join(lines) + "\n")
        lab = {"batch": name}
        lab.update(label)
        assert lab["root_cause_file"] is None or lab["root_cause_file"] in [f for f, _ in files], name
        LABELS.append(lab)
    with open(os.path.join(SET, "labels.json"), "w") as f:
        json.dump(LABELS, f, indent=1)
        f.write("\n")


def L(cat, sub, risk, acc, state, root, desc):
    return {"category": cat, "subsystem": sub, "risk_level": risk, "risk_accept": acc, "vehicle_state": state,
            "root_cause_file": root, "description": desc}


def base_t():
    return 1793000000 + R.randrange(0, 2500000)


# ================================================================ batch definitions
FUNCS = []


def B(f):
    FUNCS.append(f)
    return f


def n(a=350, b=900):
    return R.randint(a, b)


def vin():
    return R.choice(VINS)


# ---------------- healthy ----------------
@B
def h_urban_drive():
    t0 = base_t(); D = 2400
    batch(L("none", "none", "low", [], "driving", None,
            "Urban drive after a normal boot; heartbeat-late warnings, DoIP rejections and log upload retries are routine noise."),
          [("ccu_dlt.txt", write_dlt(R, t0, D, n(), [(2, "EXEC", "EM", "info", "MachineFG transition Startup -> Driving complete in 1840 ms")])),
           ("ivi_logcat.txt", write_logcat(R, t0, D, n(), [])),
           ("zone_heartbeat.csv", write_csv(R, t0, D, n(400, 800), zone_cols()))])


@B
def h_tunnel():
    t0 = base_t(); D = 1800
    inj = [(700, "WARN", "sensing.gnss.ublox", "fix=NO_FIX sats=0 (signal blocked)"),
           (702, "WARN", "localization.ekf_localizer", "GNSS measurement stale 2.0 s, dead reckoning on odometry+IMU"),
           (760, "INFO", "sensing.gnss.ublox", "fix=3D sats=7 hdop=2.4"), (768, "INFO", "sensing.gnss.ublox", "fix=RTK_FLOAT sats=14"),
           (781, "INFO", "sensing.gnss.ublox", "fix=RTK_FIXED sats=17 hdop=0.8"), (782, "INFO", "localization.ekf_localizer", "GNSS fused again, covariance 0.09 m")]
    batch(L("none", "none", "low", [], "driving", None,
            "Highway drive through a 60 s tunnel: GNSS fix lost and recovered, localization dead-reckoned normally; nothing failed."),
          [("autoware_console.log", write_ros(R, t0, D, n(600, 1200), inj)),
           ("adas_sensors.csv", write_csv(R, t0, D, n(400, 700), lidar_cols(), lambda t, g, r: (g.update(gnss_fix="NO_FIX", gnss_sats=0) if 700 <= t <= 760 else None))),
           ("fleet_events.jsonl", write_jsonl(R, t0, D, n(), [], vin()))])


@B
def h_dc_charge():
    t0 = base_t(); D = 1800
    inj = [(3, "INFO", "SLAC", "CM_SLAC_PARM.REQ sent"), (5, "WARN", "SLAC", "CM_SLAC_MATCH timeout, attempt 1 of 3, retrying"),
           (7, "INFO", "SLAC", "CM_SLAC_MATCH.CNF received, NID bound"), (9, "INFO", "V2G", "SupportedAppProtocolRes ResponseCode=OK_SuccessfulNegotiation schema urn:iso:15118:2:2013:MsgDef"),
           (10, "INFO", "V2G", "SessionSetupRes ResponseCode=OK_NewSessionEstablished"), (14, "INFO", "V2G", "CableCheckRes EVSEProcessing=Finished IsolationStatus=Valid"),
           (16, "INFO", "V2G", "PreChargeRes EVSEPresentVoltage=396.1V"), (17, "INFO", "V2G", "PowerDeliveryReq ChargeProgress=Start"),
           (1790, "INFO", "V2G", "PowerDeliveryReq ChargeProgress=Stop"), (1795, "INFO", "V2G", "SessionStopRes ResponseCode=OK")]
    batch(L("none", "none", "low", [], "charging", None,
            "DC fast-charge session with one SLAC retry and a stale OCSP warning; the session ran to the target SoC and ended normally."),
          [("evcc_v2g.log", write_plain(R, t0, D, n(700, 1400), inj, "v2g")),
           ("charge_session.csv", write_csv(R, t0, D, n(500, 900), charge_cols())),
           ("ccu_dlt.txt", write_dlt(R, t0, D, n(), [], park=True))])


@B
def h_ac_overnight():
    t0 = base_t(); D = 20000
    inj = [(10, "INFO", "ocpp", "[2,\"a1\",\"StartTransaction\",{\"connectorId\":1,\"idTag\":\"RFID04A1\",\"meterStart\":118820}]"),
           (9000, "WARN", "ocpp", "websocket closed by CSMS (1006), reconnecting"), (9004, "INFO", "ocpp", "BootNotification accepted, interval 300"),
           (19900, "INFO", "ocpp", "[2,\"b7\",\"StopTransaction\",{\"transactionId\":5512,\"reason\":\"EVDisconnected\",\"meterStop\":171300}]")]
    batch(L("none", "none", "low", [], "charging", None,
            "Overnight AC charging seen from the wallbox OCPP log plus vehicle journal; a CSMS websocket drop reconnected by itself."),
          [("wallbox_ocpp.log", write_plain(R, t0, D, n(800, 1500), inj, "ocpp")),
           ("ccu_journal.log", write_journal(R, t0, D, n(), [])),
           ("fleet_events.jsonl", write_jsonl(R, t0, D, n(300, 500), [(30, {"type": "charge.start", "mode": "AC", "kw": 11.0}), (19950, {"type": "charge.end", "soc": 90})], vin()))])


@B
def h_sleep_wake():
    t0 = base_t(); D = 30000
    inj = [(100 + 3600 * k, "EXEC", "EM", "info", "MachineFG Parked -> Sleep, wake sources: CAN, LIN, RTC") for k in range(8)] + \
          [(1900 + 3600 * k, "EXEC", "EM", "info", "wake by RTC (fleet keepalive), MachineFG -> ShortWake") for k in range(8)] + \
          [(1960 + 3600 * k, "ZMGR", "HB", "warn", "zone RR heartbeat missing 1 cycle after wake (boot in progress)") for k in range(8)]
    batch(L("none", "none", "low", [], "parked", None,
            "Parked overnight with hourly RTC keepalive wakes; missed heartbeats right after each wake are boot timing, not a fault."),
          [("ccu_dlt.txt", write_dlt(R, t0, D, n(600, 1100), inj, park=True)),
           ("zone_heartbeat.csv", write_csv(R, t0, D, n(400, 800), dict(zone_cols(), dcdc_out_a=lambda t, r: 0.0, zone_FL_v=nz(12.5, 12.7), zone_FR_v=nz(12.5, 12.7), zone_RL_v=nz(12.4, 12.6), zone_RR_v=nz(12.4, 12.6), lv_soc_pct=lambda t, r: 84 - t / 15000.0)))])


@B
def h_ota_none():
    t0 = base_t(); D = 900
    batch(L("none", "none", "low", [], "parked", None,
            "OTA check while parked: Uptane metadata refreshed, mirror switch, no campaign to install."),
          [("ota_agent.log", write_plain(R, t0, D, n(400, 800), [(800, "INFO", "ota-agent", "check complete: 0 targets to install")], "ota")),
           ("ccu_journal.log", write_journal(R, t0, D, n(), [])),
           ("fleet_events.jsonl", write_jsonl(R, t0, D, n(), [(805, {"type": "ota.check", "result": "up_to_date"})], vin()))])


@B
def h_ota_ok():
    t0 = base_t(); D = 3000
    inj = [(50, "INFO", "uptane", "targets.json v212 verified (threshold 2/2 keys)"), (60, "INFO", "ota-agent", "downloading ccu-rootfs-26.11.0.delta (41.2 MiB, base 26.10.3)"),
           (400, "WARN", "ota-agent", "chunk 118 hash mismatch, re-fetching from mirror"), (410, "INFO", "ota-agent", "chunk 118 ok"),
           (900, "INFO", "rauc", "installing to slot rootfs.1 (B)"), (1500, "INFO", "rauc", "slot rootfs.1 written, marking primary"),
           (1560, "INFO", "rauc", "reboot into slot B"), (1700, "INFO", "rauc", "booted slot rootfs.1 (B), health check passed, marked good"),
           (1710, "INFO", "uptane", "manifest sent: CCU-A installed ccu-rootfs-26.11.0")]
    batch(L("none", "none", "low", [], "parked", None,
            "Successful delta OTA to the B slot with one re-fetched chunk; reboot and health check passed."),
          [("ota_agent.log", write_plain(R, t0, D, n(500, 900), inj, "ota")),
           ("ccu_journal.log", write_journal(R, t0, D, n(), [(1565, "systemd", "Reached target Reboot."), (1620, "systemd", "Startup finished in 2.9s (kernel) + 11.4s (userspace) = 14.3s.")]))])


@B
def h_cold_start():
    t0 = base_t(); D = 1500
    inj = [(5, "BMSP", "THM", "warn", "pack t_min -17.5C below charge window, power limit 45 kW until warm"),
           (6, "BMSP", "THM", "info", "PTC heater request 6 kW"), (900, "BMSP", "THM", "info", "pack t_min 5.0C, power limit lifted to 180 kW"),
           (20, "HMIB", "UI", "warn", "cold battery icon shown (info)")]
    batch(L("none", "none", "low", [], "driving", None,
            "Cold start at -18 C: battery preconditioning, temporary normal power limit and cold warnings that clear as the pack warms."),
          [("ccu_dlt.txt", write_dlt(R, t0, D, n(), inj)),
           ("bms_telemetry.csv", write_csv(R, t0, D, n(500, 900), dict(bms_cols(), t_min_c=lambda t, r: -18 + t / 40.0 + r.uniform(-.3, .3), t_max_c=lambda t, r: -16 + t / 38.0 + r.uniform(-.3, .3)))),
           ("thermal.csv", write_csv(R, t0, D, n(400, 700), dict(thermal_cols(), cabin_c=lambda t, r: -15 + min(37, t / 20.0))))])


@B
def h_adas_warmup():
    t0 = base_t(); D = 1200
    inj = [(1, "WARN", "sensing.lidar.top.velodyne_driver", "motor spin-up, rpm 300/600"), (4, "WARN", "system.diagnostic_aggregator", "/autoware/sensing/lidar: ERROR 'no pointcloud' (warm-up)"),
           (9, "INFO", "system.diagnostic_aggregator", "/autoware/sensing/lidar: OK"), (12, "WARN", "sensing.camera.front.image_pipeline", "auto exposure converging"),
           (15, "INFO", "system.diagnostic_aggregator", "/autoware: OK all 214 items")]
    batch(L("none", "none", "low", [], "test", None,
            "Autonomous test drive startup: lidar spin-up and camera exposure warnings during warm-up, then all diagnostics OK."),
          [("autoware_console.log", write_ros(R, t0, D, n(700, 1300), inj)),
           ("adas_sensors.csv", write_csv(R, t0, D, n(400, 700), lidar_cols(), lambda t, g, r: g.update(top_pts=0, top_hz=0.0) if t < 8 else None)),
           ("k3s_journal.log", write_journal(R, t0, D, n(), []))])


@B
def h_parking():
    t0 = base_t(); D = 600
    inj = [(10 + k * 30, "W", "ParkAssist", "USS sensor RL%d echo ambiguous (crosstalk), frame dropped" % (k % 3 + 1)) for k in range(12)] + \
          [(300, "I", "ParkAssist", "maneuver complete, slot 2.6 m x 5.4 m"), (302, "D", "VehicleHal", "set GEAR_SELECTION area=0 value=4")]
    batch(L("none", "none", "low", [], "parked", None,
            "Garage parking manoeuvre; ultrasonic crosstalk warnings are normal in concrete garages and the manoeuvre completed."),
          [("ivi_logcat.txt", write_logcat(R, t0, D, n(500, 1000), inj)),
           ("ccu_dlt.txt", write_dlt(R, t0, D, n(), [])),
           ("chassis.csv", write_csv(R, t0, D, n(), dict(chassis_cols(), ws_fl_kph=nz(0, 6), ws_fr_kph=nz(0, 6), ws_rl_kph=nz(0, 6), ws_rr_kph=nz(0, 6))))])
# ---------------- battery_bms ----------------
@B
def f_cell_drift():
    t0 = base_t(); D = 2400
    def m(t, g, r):
        if t > 600:
            g["cell_min_v"] = g["cell_min_v"] - 0.16 * ramp(t, 600, 1900) - (0.04 if g["pack_a"] < -100 else 0)
            g["cell_min_id"] = 67
    inj = [(1950, "BMSP", "LIM", "warn", "discharge power limit 210 kW -> 95 kW (cell floor guard)"), (1952, "VCU", "TRQ", "info", "torque lim now 140.0Nm by BMS request"),
           (1960, "HMIB", "UI", "warn", "reduced power indicator on")]
    batch(L("battery_bms", "cell", "high", ["medium"], "driving", "bms_telemetry.csv",
            "Cell 67 sags away from the others under load (signal only in the telemetry); BMS later cuts discharge power, a derate, so high."),
          [("bms_telemetry.csv", write_csv(R, t0, D, n(800, 1500), bms_cols(), m)),
           ("ccu_dlt.txt", write_dlt(R, t0, D, n(), inj)),
           ("ivi_logcat.txt", write_logcat(R, t0, D, n(), [(1961, "W", "CarService", "onPropertyEvent EV_BATTERY_INSTANTANEOUS_CHARGE_RATE limited")]))])


@B
def f_iso_charge():
    t0 = base_t(); D = 1500
    def m(t, g, r):
        if t > 500:
            g["riso_kohm"] = int(g["riso_kohm"] * (1 - 0.93 * ramp(t, 500, 1100)))
    inj = [(2, "INFO", "V2G", "SessionSetupRes ResponseCode=OK_NewSessionEstablished"), (6, "INFO", "V2G", "CableCheckRes IsolationStatus=Valid"),
           (1112, "WARN", "EVCC", "EVErrorCode=FAILED_RESSInternalFault requested by BMS"), (1113, "INFO", "V2G", "PowerDeliveryReq ChargeProgress=Stop"),
           (1115, "INFO", "V2G", "SessionStopRes ResponseCode=OK"), (1116, "WARN", "EVCC", "session ended early, soc=58%")]
    dl = [(1110, "BMSP", "ISO", "error", "iso monitor: Rp/Rn below 500 ohm/V threshold on HV+ side, charge permit withdrawn"), (1111, "DIAG", "DEM", "info", "event 0x0AA6 status 0x2F")]
    batch(L("battery_bms", "hv_isolation", "medium", ["high"], "charging", "charge_session.csv",
            "HV isolation resistance falls steadily during DC charging (csv only) until the BMS withdraws charge permission; charging stopped while parked, so one step below high."),
          [("charge_session.csv", write_csv(R, t0, D, n(600, 1000), charge_cols(), m)),
           ("evcc_v2g.log", write_plain(R, t0, D, n(600, 1000), inj, "v2g")),
           ("ccu_dlt.txt", write_dlt(R, t0, D, n(), dl, park=True))])


@B
def f_hvil_open():
    t0 = base_t(); D = 1800
    dl = [(900, "BMSP", "HVIL", "warn", "interlock loop RZ segment 3 resistance high, 1 sample"), (1100, "BMSP", "HVIL", "warn", "interlock loop RZ segment 3 open 12 ms, debounced"),
          (1301, "BMSP", "HVIL", "error", "interlock loop RZ segment 3 open 140 ms -> contactor open request"),
          (1301.2, "DIAG", "DEM", "info", "report 59 02 FF 0A 0A 00 2F 0A 0A 1E 09"), (1301.3, "VCU", "TRQ", "error", "propulsion unavailable: HV not ready"),
          (1302, "EXEC", "EM", "warn", "MachineFG Driving -> Degraded (HV lost)"), (1303, "HMIB", "UI", "error", "STOP SAFELY message shown"),
          (1304, "ZMGR", "HB", "error", "zone RR: pump2 reports undervoltage on HV aux")]
    lc = [(1303.5, "E", "CarService", "EV_STOPPING_MODE forced, propulsion lost"), (1304, "W", "CarPowerManagementService", "HV ready lost")]
    batch(L("battery_bms", "hvil", "critical", ["high"], "driving", "ccu_dlt.txt",
            "Rear-zone HVIL segment shows increasing open spikes until the BMS opens contactors while driving (P0A0A-00 in a raw 0x59 reply); loss of propulsion while moving."),
          [("ccu_dlt.txt", write_dlt(R, t0, D, n(700, 1300), dl)),
           ("bms_telemetry.csv", write_csv(R, t0, D, n(500, 900), bms_cols(), lambda t, g, r: (g.update(hvil=0, pack_a=0.0) if t > 1301 else None))),
           ("ivi_logcat.txt", write_logcat(R, t0, D, n(), lc))])


@B
def f_inlet_temp():
    t0 = base_t(); D = 1600
    def m(t, g, r):
        g["inlet_dc_pos_c"] = g["inlet_dc_pos_c"] + 55 * ramp(t, 300, 1000)
        if t > 1000:
            g["target_a"] = 90.0; g["evse_a"] = r.uniform(85, 92)
    inj = [(1001, "INFO", "V2G", "CurrentDemandReq EVTargetCurrent=90.0A EVTargetVoltage=401.0V"), (1002, "INFO", "EVCC", "target current reduced by BMS thermal request")]
    batch(L("battery_bms", "charging", "medium", ["high", "low"], "charging", "charge_session.csv",
            "DC+ inlet pin temperature climbs alone (the DC- pin stays cool: a bad contact on one pin) and the car halves its charge current; a derate while charging, so medium."),
          [("charge_session.csv", write_csv(R, t0, D, n(700, 1200), charge_cols(), m)),
           ("evcc_v2g.log", write_plain(R, t0, D, n(600, 1000), inj, "v2g")),
           ("charger_ocpp.log", write_plain(R, t0, D, n(), [(1010, "INFO", "ocpp", "[2,\"c3\",\"StatusNotification\",{\"connectorId\":1,\"status\":\"SuspendedEV\",\"errorCode\":\"NoError\"}]")], "ocpp"))])


@B
def f_contactor_weld():
    t0 = base_t(); D = 1200
    dl = [(1000, "BMSP", "CTR", "info", "shutdown sequence: open main-, main+"), (1000.4, "BMSP", "CTR", "warn", "bus voltage after main- open 391 V (expected <60 V within 300 ms)"),
          (1001, "BMSP", "CTR", "error", "main- did not separate, weld suspected; next HV enable blocked"), (1001.2, "DIAG", "DEM", "info", "event P0AA1 snapshot stored, status 0x09"),
          (1002, "EXEC", "EM", "info", "MachineFG -> Parked")]
    batch(L("battery_bms", "contactor", "high", ["critical"], "parked", "ccu_dlt.txt",
            "At key-off the bus voltage stays up after the negative contactor opens: stuck contactor, HV enable blocked for the next drive. Parked, so one step below critical."),
          [("ccu_dlt.txt", write_dlt(R, t0, D, n(), dl)),
           ("bms_telemetry.csv", write_csv(R, t0, D, n(), bms_cols())),
           ("fleet_events.jsonl", write_jsonl(R, t0, D, n(), [(1005, {"type": "dtc.snapshot", "active": ["P0AA1-00"], "pending": [], "history": []})], vin()))])


# ---------------- powertrain ----------------
@B
def f_inverter_desat():
    t0 = base_t(); D = 1800
    can = [(t0 + 898.9, "3C8", "80003C0A0000"), (t0 + 905, "7E0", "031902FF55555555"), (t0 + 905.004, "7E8", "100B5902FF0A3C00"),
           (t0 + 905.005, "7E0", "3000000055555555"), (t0 + 905.01, "7E8", "212F0A3C4B08AAAA")]
    dl = [(899, "VCU", "TRQ", "warn", "rear drive torque dropped to 0 for 180 ms, front axle compensating"), (899.5, "VCU", "TRQ", "info", "rear drive available again")]
    batch(L("powertrain", "inverter", "medium", ["high"], "driving", "can0.candump",
            "Rear inverter gate driver trips once (code P0A3C only inside the ISO-TP response frames on the diag CAN), drive recovered after a reset; recovered by itself, medium."),
          [("can0.candump", write_candump(R, t0, D, n(2000, 4000), [(x[0] - t0, x[1], x[2]) for x in can])),
           ("ccu_dlt.txt", write_dlt(R, t0, D, n(), dl)),
           ("drive.csv", write_csv(R, t0, D, n(), drive_cols(), lambda t, g, r: (g.update(inv_phase_a=0.0) if 899 <= t <= 899.6 else None)))])


@B
def f_resolver():
    t0 = base_t(); D = 2400
    def m(t, g, r):
        g["resolver_amp"] = g["resolver_amp"] - 0.38 * ramp(t, 400, 1600)
        if t > 1600:
            g["torque_lim_nm"] = 110.0
    dl = [(1605, "VCU", "TRQ", "warn", "rear e-machine position quality low, limp torque 110 Nm"), (1606, "HMIB", "UI", "warn", "drive system: reduced power")]
    batch(L("powertrain", "motor", "high", ["critical"], "driving", "drive.csv",
            "Rear motor resolver amplitude decays (drive.csv only) until the VCU limits torque to limp level; derate, high."),
          [("drive.csv", write_csv(R, t0, D, n(800, 1500), drive_cols(), m)),
           ("ccu_dlt.txt", write_dlt(R, t0, D, n(), dl)),
           ("fleet_events.jsonl", write_jsonl(R, t0, D, n(), [(1610, {"type": "dtc.snapshot", "active": ["0x0A9000"], "pending": [], "history": []})], vin()))])


@B
def f_parklock():
    t0 = base_t(); D = 900
    lc = [(600, "D", "VehicleHal", "set GEAR_SELECTION area=0 value=4"), (601.5, "W", "VehicleHal", "GEAR_SELECTION readback 8 after 1.5 s (expected 4)"),
          (602, "E", "CarService", "park not confirmed, EPB applied as fallback"), (603, "W", "SystemUI", "show alert: Park system fault, vehicle secured by parking brake")]
    dl = [(600.3, "VCU", "PRK", "info", "park pawl actuator cmd ENGAGE"), (601.4, "VCU", "PRK", "error", "pawl position sensor stuck mid (2.41 V), engage not confirmed"),
          (601.5, "DIAG", "DEM", "info", "P1B7A-64 test failed this cycle, status 0x03")]
    batch(L("powertrain", "transmission", "medium", ["high"], "parked", "ccu_dlt.txt",
            "Park pawl actuator did not confirm engagement (position sensor stuck mid-travel); EPB secured the car. Park function lost while parking, one step below high."),
          [("ccu_dlt.txt", write_dlt(R, t0, D, n(), dl)),
           ("ivi_logcat.txt", write_logcat(R, t0, D, n(), lc))])


@B
def f_rex_misfire():
    t0 = base_t(); D = 3000
    dl = [(t, "REX", "ENG", "info", "range extender cyl2 rough %d/1000 revs" % c) for t, c in [(1200, 14), (1500, 22), (1800, 31), (2100, 35)]] + \
         [(2102, "DIAG", "DEM", "info", "range-ext ECU: 0x030200 status 0x24 (pending, not confirmed)")]
    batch(L("powertrain", "ignition", "low", ["medium"], "driving", "ccu_dlt.txt",
            "Range-extender engine counts rising misfires on cylinder 2; DTC stored as pending only, no derate yet, so low."),
          [("ccu_dlt.txt", write_dlt(R, t0, D, n(700, 1200), dl)),
           ("fleet_events.jsonl", write_jsonl(R, t0, D, n(), [(2110, {"type": "dtc.snapshot", "active": [], "pending": ["P0302"], "history": []})], vin())),
           ("zone_heartbeat.csv", write_csv(R, t0, D, n(), zone_cols()))])


# ---------------- thermal ----------------
@B
def f_pump_lin():
    t0 = base_t(); D = 2400
    def m(t, g, r):
        g["pump1_rpm"] = int(g["pump1_rpm"] * (1 - 0.8 * ramp(t, 500, 800)))
        g["inv_temp_c"] = g["inv_temp_c"] + 38 * ramp(t, 700, 1700)
    dl = [(1710, "VCU", "TRQ", "warn", "inverter thermal headroom 4 C, torque lim 180Nm"), (1800, "VCU", "TRQ", "warn", "torque lim 120Nm (thermal)")]
    batch(L("thermal", "pump", "high", ["medium"], "driving", "thermal.csv",
            "Electric coolant pump 1 slows to ~20% speed (only visible in the thermal csv); inverter temperature climbs and torque is derated later."),
          [("thermal.csv", write_csv(R, t0, D, n(800, 1400), thermal_cols(), m)),
           ("ccu_dlt.txt", write_dlt(R, t0, D, n(), dl)),
           ("drive.csv", write_csv(R, t0, D, n(), drive_cols(), lambda t, g, r: g.update(torque_lim_nm=180.0 if t < 1800 else 120.0) if t > 1710 else None))])


@B
def f_refrigerant():
    t0 = base_t(); D = 2400
    def m(t, g, r):
        g["ref_lo_bar"] = g["ref_lo_bar"] - 1.9 * ramp(t, 200, 1300)
        g["ref_hi_bar"] = g["ref_hi_bar"] - 5 * ramp(t, 200, 1300)
        if t > 1320:
            g["comp_rpm"] = 0; g["cabin_c"] = 22 + 6 * ramp(t, 1320, 2400)
    lc = [(1322, "W", "CarHvacManager", "AC unavailable, compressor locked out"), (1323, "D", "VehicleHal", "HVAC_AC_ON area=117 value=false (system)")]
    batch(L("thermal", "hvac", "high", ["medium"], "driving", "thermal.csv",
            "Suction and discharge refrigerant pressure sink together (slow leak) until the compressor is locked out and the cabin warms; a feature disabled, high."),
          [("thermal.csv", write_csv(R, t0, D, n(700, 1200), thermal_cols(), m)),
           ("ivi_logcat.txt", write_logcat(R, t0, D, n(), lc))])


@B
def f_ccu_fan():
    t0 = base_t(); D = 2400
    def m(t, g, r):
        if t > 400:
            g["ccu_fan_rpm"] = 0
        g["ccu_temp_c"] = g["ccu_temp_c"] + 38 * ramp(t, 420, 1500)
    jr = [(1450, "thermald", "zone soc0 temp 96500 mC trip 95000 mC, throttling cpu to 1.2 GHz"), (1452, "kernel", "thermal thermal_zone0: critical temperature approached, cooling device cpufreq-0 state 4"),
          (1460, "k3s", "W{MD} {HMS}    1204 prober.go:107] \"Probe failed\" probeType=\"Liveness\" pod=\"vehicle/perception-0\" output=\"deadline exceeded\""),
          (1470, "podman", "perception-bridge health_status=unhealthy")]
    ros = [(1461, "ERROR", "system.diagnostic_aggregator", "/autoware/perception: ERROR 'processing time over 300 ms'"), (1462, "WARN", "system.mrm_handler", "autonomy unavailable, request driver takeover")]
    batch(L("thermal", "overtemp", "high", ["critical"], "driving", "zone_heartbeat.csv",
            "Central compute fan stops (tach 0 in the heartbeat csv); the SoC overheats and throttles, so perception misses deadlines and automation is withdrawn. The cause is thermal, not software."),
          [("zone_heartbeat.csv", write_csv(R, t0, D, n(800, 1200), zone_cols(), m)),
           ("ccu_journal.log", write_journal(R, t0, D, n(), jr)),
           ("autoware_console.log", write_ros(R, t0, D, n(), ros))])


@B
def f_coolant_level():
    t0 = base_t(); D = 2000
    def m(t, g, r):
        g["cool_in_c"] = g["cool_in_c"] + 14 * ramp(t, 300, 1500)
        if t > 600:
            g["target_a"] = 200.0 - 80 * ramp(t, 1200, 1500); g["evse_a"] = min(g["evse_a"], g["target_a"])
    th = dict(thermal_cols(), cool_level=lambda t, r: "OK")
    def mt(t, g, r):
        if t > 250:
            g["cool_level"] = "LOW" if r.random() < min(0.9, t / 1000) else "OK"
        g["cool_in_c"] = g["cool_in_c"] - 8 + 18 * ramp(t, 300, 1500)
    batch(L("thermal", "coolant", "medium", ["high"], "charging", "thermal.csv",
            "Coolant level switch flickers LOW and coolant temperature rises during DC charging; charge current reduced for cooling, a derate while charging, so medium."),
          [("thermal.csv", write_csv(R, t0, D, n(600, 1000), th, mt)),
           ("charge_session.csv", write_csv(R, t0, D, n(600, 1000), charge_cols(), m)),
           ("evcc_v2g.log", write_plain(R, t0, D, n(), [], "v2g"))])


# ---------------- brakes_chassis ----------------
@B
def f_wss_loss():
    t0 = base_t(); D = 1800
    def m(t, g, r):
        if t > 1100:
            g["ws_fl_kph"] = 0.0 if r.random() < 0.8 else r.uniform(0, 200)
    dl = [(1100.8, "CHS", "ESC", "error", "ABS deactivated: wheel speed FL implausible"), (1100.9, "CHS", "ESC", "error", "ESC passive"),
          (1101, "ADAS", "ACC", "error", "ACC cancelled: stability control unavailable"), (1101.1, "ADAS", "LKA", "warn", "LKA suspended"),
          (1101.5, "DIAG", "DEM", "info", "C0031-29 status 0x2F"), (1102, "HMIB", "UI", "error", "ABS/ESC warning lamps on")]
    lc = [(1102.2, "E", "CarService", "ABS_ACTIVE unavailable"), (1102.3, "E", "CarService", "ADAS property CRUISE_CONTROL_STATE=SYSTEM_FAULT")]
    batch(L("brakes_chassis", "abs", "critical", ["high"], "driving", "chassis.csv",
            "Front-left wheel speed signal collapses to zero/garbage (chassis csv) and ABS, ESC, ACC and LKA all drop out; safety functions lost while moving."),
          [("chassis.csv", write_csv(R, t0, D, n(900, 1600), chassis_cols(), m)),
           ("ccu_dlt.txt", write_dlt(R, t0, D, n(), dl)),
           ("ivi_logcat.txt", write_logcat(R, t0, D, n(), lc))])


@B
def f_eps_torque():
    t0 = base_t(); D = 1800
    dl = [(700, "CHS", "EPS", "warn", "torque sensor ch A/B delta 0.9 Nm"), (1000, "CHS", "EPS", "warn", "torque sensor ch A/B delta 1.6 Nm"),
          (1200, "CHS", "EPS", "error", "torque sensor channels disagree, assist ramped to 0 over 2 s"), (1201, "ADAS", "LKA", "error", "LKA unavailable: no steering actuator"),
          (1202, "HMIB", "UI", "error", "steering assist failure, red")]
    batch(L("brakes_chassis", "eps", "critical", ["high"], "driving", "ccu_dlt.txt",
            "EPS torque sensor channels drift apart until steering assist is removed while driving; loss of a safety-relevant function while moving."),
          [("ccu_dlt.txt", write_dlt(R, t0, D, n(700, 1200), dl)),
           ("chassis.csv", write_csv(R, t0, D, n(), chassis_cols(), lambda t, g, r: g.update(eps_trq_nm=0.0) if t > 1202 else None)),
           ("fleet_events.jsonl", write_jsonl(R, t0, D, n(), [(1210, {"type": "dtc.snapshot", "active": ["C1B00-1C"], "pending": [], "history": []})], vin()))])


@B
def f_tpms_leak():
    t0 = base_t(); D = 3600
    def m(t, g, r):
        g["tp_rr_kpa"] = g["tp_rr_kpa"] - 60 * ramp(t, 200, 3600)
    lc = [(3300, "W", "TirePressure", "low pressure RR 194 kPa (placard 250)")]
    batch(L("brakes_chassis", "tpms", "low", ["medium"], "driving", "chassis.csv",
            "Rear-right tyre loses pressure slowly over an hour (chassis csv); one tyre warning at the end, nothing else changes. Logged/warned only, low."),
          [("chassis.csv", write_csv(R, t0, D, n(900, 1500), chassis_cols(), m)),
           ("ivi_logcat.txt", write_logcat(R, t0, D, n(), lc)),
           ("ccu_dlt.txt", write_dlt(R, t0, D, n(), []))])


@B
def f_ebooster():
    t0 = base_t(); D = 1800
    dl = [(800, "CHS", "BRK", "warn", "eBooster pedal travel vs pressure mismatch 11%"), (950, "CHS", "BRK", "error", "eBooster master-cyl pressure sensor out of range high, fallback to hydraulic backup"),
          (951, "ADAS", "AEB", "warn", "AEB reduced deceleration capability"), (952, "HMIB", "UI", "warn", "brake system: drive with care")]
    can = [(950.2, "18FECA0B", "04FF09020201FFFF")]
    batch(L("brakes_chassis", "brakes", "high", ["critical"], "driving", "ccu_dlt.txt",
            "Electro-mechanical brake booster pressure sensor goes out of range; brakes fall back to hydraulic backup with less assist (J1939 DM1 style frame too); degraded, high."),
          [("ccu_dlt.txt", write_dlt(R, t0, D, n(), dl)),
           ("chassis.csv", write_csv(R, t0, D, n(), chassis_cols())),
           ("can1.candump", write_candump(R, t0, D, n(1500, 3000), can, iface="can1"))])


# ---------------- body ----------------
@B
def f_door_wake():
    t0 = base_t(); D = 28000
    dl = [(600 + 1800 * k + R.uniform(0, 900), "EXEC", "EM", "info", "wake by LIN (zone RL, source door_rl_ajar)") for k in range(14)] + \
         [(610 + 1800 * k, "BODY", "DOOR", "warn", "RL ajar toggled %d times in 5 s, no handle event" % R.randint(3, 9)) for k in range(14)]
    batch(L("body", "doors", "low", ["medium"], "parked", "ccu_dlt.txt",
            "Rear-left door ajar switch chatters while parked and repeatedly wakes the vehicle; 12 V drain but no function lost yet. Parked and logged only, low."),
          [("ccu_dlt.txt", write_dlt(R, t0, D, n(800, 1300), dl, park=True)),
           ("zone_heartbeat.csv", write_csv(R, t0, D, n(500, 900), dict(zone_cols(), dcdc_out_a=lambda t, r: 0.0, lv_soc_pct=lambda t, r: 84 - t / 1400.0, zone_RL_v=nz(12.2, 12.5)))),
           ("fleet_events.jsonl", write_jsonl(R, t0, D, n(), [], vin()))])


@B
def f_headlamp():
    t0 = base_t(); D = 2400
    dl = [(300, "BODY", "LGT", "info", "low beam ON (ambient 3 lux)"), (1400, "BODY", "LGT", "warn", "ZC-FL LED driver ch2 open load, current 0.02 A"),
          (1401, "BODY", "LGT", "error", "left low beam out, AFS disabled, right side only")]
    lc = [(1402, "W", "SystemUI", "bulb failure: left headlight")]
    batch(L("body", "lighting", "high", ["medium"], "driving", "ccu_dlt.txt",
            "Left low-beam LED channel goes open-load at night; one headlamp lost and adaptive lighting disabled."),
          [("ccu_dlt.txt", write_dlt(R, t0, D, n(), dl)),
           ("ivi_logcat.txt", write_logcat(R, t0, D, n(), lc))])


@B
def f_ocs():
    t0 = base_t(); D = 1800
    dl = [(200, "SRS", "OCS", "warn", "occupant class seat FP: capacitance frame checksum bad (1/20)"), (240, "SRS", "OCS", "error", "occupant class unknown > 5 s, passenger frontal airbag suppressed"),
          (241, "DIAG", "DEM", "info", "B0081-49 confirmed status 0x2F"), (242, "HMIB", "UI", "warn", "PASSENGER AIRBAG OFF lamp + SRS warning")]
    batch(L("body", "airbag", "critical", ["high"], "driving", "ccu_dlt.txt",
            "Passenger occupant-classification mat fails so the passenger frontal airbag is suppressed while driving with a passenger; safety function lost while moving."),
          [("ccu_dlt.txt", write_dlt(R, t0, D, n(), dl)),
           ("fleet_events.jsonl", write_jsonl(R, t0, D, n(), [(250, {"type": "dtc.snapshot", "active": ["B0081-49"], "pending": [], "history": []})], vin())),
           ("chassis.csv", write_csv(R, t0, D, n(), chassis_cols()))])


@B
def f_touch_i2c():
    t0 = base_t(); D = 1800
    jr = [(500 + k * 2.5, "kernel", "i2c i2c-4: timeout waiting for bus ready, addr 0x4a (atmel_mxt_ts)") for k in range(25)] + \
         [(563, "kernel", "atmel_mxt_ts 4-004a: __mxt_read_reg: i2c transfer failed (-110)"), (564, "kernel", "atmel_mxt_ts 4-004a: probe retry failed, giving up")]
    lc = [(565, "E", "InputReader", "touchscreen device /dev/input/event3 removed"), (566, "W", "CarInputService", "touch input lost on display 0, rotary controller only")]
    batch(L("body", "hmi", "high", ["medium"], "driving", "ivi_journal.log",
            "Centre display touch controller stops answering on I2C (hardware), touch input lost for the rest of the drive; the IVI software keeps running."),
          [("ivi_journal.log", write_journal(R, t0, D, n(), jr, host="ivi")),
           ("ivi_logcat.txt", write_logcat(R, t0, D, n(), lc))])
# ---------------- adas_perception ----------------
@B
def f_gmsl():
    t0 = base_t(); D = 1800
    def m(t, g, r):
        if t > 900:
            g["cam_front_fps"] = r.choice([0.0, 0.0, 4.0, 11.5, 0.0])
    ros = [(880, "WARN", "sensing.camera.front.image_pipeline", "deserializer max9296 link A lock lost 3 ms, relocked"),
           (900, "ERROR", "sensing.camera.front.image_pipeline", "no frame for 400 ms, link A lock toggling"),
           (901, "ERROR", "system.diagnostic_aggregator", "/autoware/perception/object_recognition: ERROR 'input timeout front_camera'"),
           (902, "ERROR", "system.diagnostic_aggregator", "/autoware/planning: ERROR 'traffic light unknown'"),
           (903, "WARN", "system.mrm_handler", "ODD exit: forward camera unavailable, driver takeover requested"), (915, "INFO", "system.mrm_handler", "driver took over, autonomy disengaged")]
    batch(L("adas_perception", "camera", "high", ["critical"], "test", "autoware_console.log",
            "Front camera serial link keeps losing lock; perception and planning errors follow and the driver takes over in time. Automation lost in a test drive: critical lowered one step."),
          [("autoware_console.log", write_ros(R, t0, D, n(900, 1500), ros)),
           ("adas_sensors.csv", write_csv(R, t0, D, n(), lidar_cols(), m))])


@B
def f_lidar_dirt():
    t0 = base_t(); D = 2000
    def m(t, g, r):
        g["top_pts"] = int(g["top_pts"] * (1 - 0.75 * ramp(t, 300, 1300)))
        g["ndt_score"] = g["ndt_score"] - 2.4 * ramp(t, 900, 1400)
    ros = [(1401, "WARN", "localization.ndt_scan_matcher", "NDT score 1.42 below 2.0 threshold, skipping update"),
           (1420, "ERROR", "system.diagnostic_aggregator", "/autoware/localization: ERROR 'pose uncertainty 1.9 m'"),
           (1421, "ERROR", "system.mrm_handler", "MRM: comfortable stop engaged"), (1440, "INFO", "system.mrm_handler", "MRM succeeded, vehicle stopped on shoulder")]
    batch(L("adas_perception", "lidar", "critical", ["high"], "driving", "adas_sensors.csv",
            "Top lidar point count falls steadily (window contamination, csv only); NDT localization fails later and the stack performs a minimal-risk stop."),
          [("adas_sensors.csv", write_csv(R, t0, D, n(800, 1400), lidar_cols(), m)),
           ("autoware_console.log", write_ros(R, t0, D, n(), ros)),
           ("k3s_journal.log", write_journal(R, t0, D, n(), []))])


@B
def f_gnss_antenna():
    t0 = base_t(); D = 2400
    def m(t, g, r):
        if t > 600:
            g["gnss_fix"] = "NO_FIX"; g["gnss_sats"] = 0
    ros = [(598, "WARN", "sensing.gnss.ublox", "MON-RF antStatus=OPEN antPower=OFF"), (600, "WARN", "sensing.gnss.ublox", "fix=NO_FIX sats=0"),
           (780, "ERROR", "localization.ekf_localizer", "GNSS absent 180 s, dead-reckoning drift bound exceeded"),
           (781, "WARN", "system.mrm_handler", "ODD exit (localization), driver takeover requested"), (790, "INFO", "system.mrm_handler", "driver took over")]
    batch(L("adas_perception", "gnss", "high", ["medium"], "driving", "autoware_console.log",
            "GNSS antenna reports open circuit under open sky (not a tunnel, fix never returns); localization leaves its bounds and automation is handed back."),
          [("autoware_console.log", write_ros(R, t0, D, n(900, 1400), ros)),
           ("adas_sensors.csv", write_csv(R, t0, D, n(), lidar_cols(), m)),
           ("fleet_events.jsonl", write_jsonl(R, t0, D, n(), [], vin()))])


@B
def f_radar_misalign():
    t0 = base_t(); D = 2400
    def m(t, g, r):
        g["radar_az_bias_deg"] = g["radar_az_bias_deg"] + 3.2 * ramp(t, 200, 400)
    dl = [(1500, "ADAS", "RDR", "warn", "front radar online calibration: azimuth offset +3.2 deg beyond 2.0 deg"), (1501, "ADAS", "ACC", "error", "ACC/AEB radar path disabled, camera-only AEB"),
          (1502, "HMIB", "UI", "warn", "Front radar blocked or misaligned")]
    batch(L("adas_perception", "radar", "high", ["medium"], "driving", "adas_sensors.csv",
            "Front radar azimuth bias jumps by ~3 deg early in the drive (after a bump) and online calibration later disables ACC; a feature disabled, high."),
          [("adas_sensors.csv", write_csv(R, t0, D, n(800, 1300), lidar_cols(), m)),
           ("ccu_dlt.txt", write_dlt(R, t0, D, n(), dl))])


# ---------------- connectivity_network ----------------
@B
def f_gateway_reboot():
    t0 = base_t(); D = 1800
    dl = [(1000, "ZMGR", "HB", "warn", "zone FL heartbeat missing"), (1000.5, "ZMGR", "HB", "warn", "zone FL heartbeat missing")] + \
         [(1001 + k * 0.3, "DIAG", "DEM", "info", "U%04X-87 lost communication, event status 0x09" % c) for k, c in enumerate([0x0121, 0x0131, 0x0140, 0x0151, 0x0155, 0x0164, 0x0415])] + \
         [(1002, "CHS", "ESC", "error", "ESC no wheel data"), (1002.1, "ADAS", "ACC", "error", "ACC off: no chassis data"), (1002.2, "BODY", "LGT", "error", "front lights in limp (default on)"),
          (1003, "VCU", "TRQ", "error", "front axle torque limit 0 (no response)"), (1014, "ZMGR", "HB", "info", "zone FL heartbeat seq=1 ok (uptime 2 s)"),
          (1016, "CHS", "ESC", "info", "ESC available"), (1017, "ADAS", "ACC", "info", "ACC available")]
    jz = [(999.6, "kernel", "eth2: zone_fl: watchdog reset reported by ZC-FL firmware (reason WDG_SW)"), (999.7, "kernel", "igb 0000:03:00.0 eth2: NIC Link is Down"),
          (1012, "kernel", "igb 0000:03:00.0 eth2: NIC Link is Up 1000 Mbps Full Duplex")]
    batch(L("connectivity_network", "gateway", "high", ["critical", "medium"], "driving", "ccu_journal.log",
            "Front-left zone gateway resets itself; for ~14 s every ECU behind it is silent (U-codes, ESC/ACC/torque errors) and then all recovers. The root is the zone gateway reset."),
          [("ccu_journal.log", write_journal(R, t0, D, n(), jz)),
           ("ccu_dlt.txt", write_dlt(R, t0, D, n(800, 1300), dl)),
           ("can0.candump", write_candump(R, t0, D, n(2000, 4000), [], silent=({0x0A0, 0x0B4, 0x118, 0x244}, 999.7, 1013)))])


@B
def f_eth_flap():
    t0 = base_t(); D = 2400
    jr = []
    for k in range(9):
        tt = 700 + k * 160 + R.uniform(0, 50)
        jr += [(tt, "kernel", "tc9562 0000:05:00.0 eth3: Link is Down (100BASE-T1 master, SQI 2)"), (tt + 1.4, "kernel", "tc9562 0000:05:00.0 eth3: Link is Up - 100Mbps/Full")]
    dl = [(jt + 0.2, "SOME", "SD", "warn", "StopOffer 0x3104 (rear zone I/O) ttl expired") for jt, _, m in jr[::2]]
    batch(L("connectivity_network", "ethernet", "medium", ["high"], "driving", "ccu_journal.log",
            "The 100BASE-T1 link to the rear zone flaps nine times with poor signal quality; rear-zone SOME/IP services drop and come back each time. Recovered by itself each time, medium."),
          [("ccu_journal.log", write_journal(R, t0, D, n(), jr)),
           ("ccu_dlt.txt", write_dlt(R, t0, D, n(), dl)),
           ("zone_heartbeat.csv", write_csv(R, t0, D, n(), zone_cols(), lambda t, g, r: g.update(eth_rx_err=r.randint(0, 40)) if t > 650 else None))])


@B
def f_modem():
    t0 = base_t(); D = 7200
    jr = [(300 + k * 480, "ModemManager", "modem /org/freedesktop/ModemManager1/Modem/%d: firmware crash, QMI reset (reason 0x0d)" % k) for k in range(14)] + \
         [(305 + k * 480, "NetworkManager", "<warn>  device (wwan0): Activation: failed for connection 'apn-iot'") for k in range(14)]
    ev = [(1000 + k * 900, {"type": "backend.gap", "msg": "no telemetry received for 15 min"}) for k in range(6)]
    batch(L("connectivity_network", "cellular", "medium", ["low", "high"], "parked", "tcu_journal.log",
            "Cellular modem firmware crashes and resets every eight minutes, so the car stays offline (backend sees gaps). Telematics lost while parked: high lowered one step."),
          [("tcu_journal.log", write_journal(R, t0, D, n(), jr, host="tcu")),
           ("fleet_events.jsonl", write_jsonl(R, t0, D, n(300, 450), ev, vin()))])


@B
def f_can_busoff():
    t0 = base_t(); D = 1500
    err = [(800 + k * 0.01, "20000004", "0000080000000000") for k in range(40)] + [(801, "20000040", "0000000000000000")]
    dl = [(801.2, "CHS", "ESC", "error", "yaw-rate frame 0x1F0 timeout"), (801.3, "ADAS", "ACC", "error", "ACC unavailable"),
          (801.5, "ZMGR", "CAN", "warn", "zone FR chassis CAN controller bus-off, auto-recovery in 200 ms"),
          (802, "ZMGR", "CAN", "warn", "zone FR chassis CAN bus-off again (x4)"), (810, "ZMGR", "CAN", "error", "zone FR chassis CAN kept off after 5 bus-off events")]
    batch(L("connectivity_network", "can", "high", ["critical"], "driving", "can1.candump",
            "Error frames flood the chassis CAN (controller/tx error flags only in the raw candump) and the FR zone's CAN controller goes bus-off repeatedly; yaw-rate and ACC data are lost."),
          [("can1.candump", write_candump(R, t0, D, n(2000, 4000), err, iface="can1", silent=({0x1F0}, 801, 1500))),
           ("ccu_dlt.txt", write_dlt(R, t0, D, n(), dl))])


# ---------------- software_platform ----------------
@B
def f_oom():
    t0 = base_t(); D = 3000
    jr = [(2200, "kernel", "fleet-agent invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=900"),
          (2200.1, "kernel", "Memory cgroup out of memory: Killed process 2231 (fleet-agent) total-vm:3312040kB, anon-rss:1978112kB"),
          (2201, "k3s", "I{MD} {HMS}    1204 kubelet.go:2430] \"Container restart\" pod=\"vehicle/fleet-agent-0\" reason=\"OOMKilled\""),
          (2230, "podman", "fleet-agent health_status=healthy")]
    def m(t, g, r):
        g["ccu_temp_c"] = g["ccu_temp_c"]
    ev = [(t, {"type": "app.metric", "name": "fleet-agent.rss_mb", "value": round(180 + t * 0.85, 1)}) for t in range(60, 2200, 60)]
    batch(L("software_platform", "oom", "medium", ["low"], "driving", "fleet_events.jsonl",
            "fleet-agent container memory grows linearly (only in its metrics) until the cgroup OOM killer kills it and k3s restarts it; recovered, medium."),
          [("fleet_events.jsonl", write_jsonl(R, t0, D, n(), ev, vin())),
           ("ccu_journal.log", write_journal(R, t0, D, n(600, 1000), jr))])


@B
def f_ota_rollback():
    t0 = base_t(); D = 3000
    inj = [(40, "INFO", "uptane", "targets.json v213 verified"), (60, "INFO", "ota-agent", "downloading zc-fl_fw-4.13.0 + ccu-rootfs-26.11.1.delta"),
           (900, "INFO", "rauc", "installing to slot rootfs.1 (B)"), (1400, "INFO", "rauc", "reboot into slot B"),
           (1520, "WARN", "rauc", "slot B health: someip-router did not reach ready in 90 s"), (1521, "ERROR", "rauc", "boot attempts exhausted (3/3) on slot B, falling back to A"),
           (1700, "INFO", "rauc", "booted slot rootfs.0 (A), slot B marked bad"), (1710, "WARN", "uptane", "manifest: install failed, version 26.10.3 retained")]
    jr = [(1460, "systemd", "someip-router.service: Main process exited, code=dumped, status=6/ABRT"), (1461, "systemd", "someip-router.service: Failed with result 'core-dump'.")]
    batch(L("software_platform", "ota", "low", ["medium"], "parked", "ota_agent.log",
            "New rootfs in slot B fails its boot health check three times and RAUC rolls back to slot A; recovered automatically while parked, so medium lowered to low."),
          [("ota_agent.log", write_plain(R, t0, D, n(600, 1000), inj, "ota")),
           ("ccu_journal.log", write_journal(R, t0, D, n(), jr))])


@B
def f_phm_deadline():
    t0 = base_t(); D = 1800
    dl = [(1000 + k * 0.1, "EXEC", "PHM", "warn", "deadline supervision adas_gw cp 3->4 took %d ms (max 20)" % R.randint(40, 90)) for k in range(6)] + \
         [(1001, "EXEC", "PHM", "error", "local supervision adas_gw EXPIRED -> global FAILED"), (1001.1, "EXEC", "EM", "warn", "restart process adas_gw (recovery action)"),
          (1002, "ADAS", "ACC", "warn", "ACC unavailable (service 0x2301 gone)"), (1004, "SOME", "SD", "info", "OfferService 0x2301 inst 0x0001 ttl 3 from 10.10.1.11"), (1005, "ADAS", "ACC", "info", "ACC available")]
    batch(L("software_platform", "watchdog", "medium", ["high"], "driving", "ccu_dlt.txt",
            "Platform health management catches the adas_gw process missing its deadlines and restarts it; ACC unavailable for 3 s and back. Recovered, medium."),
          [("ccu_dlt.txt", write_dlt(R, t0, D, n(800, 1400), dl)),
           ("ivi_logcat.txt", write_logcat(R, t0, D, n(), [(1002.5, "W", "CarService", "CRUISE_CONTROL_STATE=UNAVAILABLE")]))])


@B
def f_emmc_ro():
    t0 = base_t(); D = 2400
    jr = [(900, "kernel", "mmc0: cache flush error -110"), (901, "kernel", "EXT4-fs error (device mmcblk0p7): ext4_find_entry:1455: inode #131101: comm log-shipper: reading directory lblock 0"),
          (902, "kernel", "EXT4-fs (mmcblk0p7): Remounting filesystem read-only"), (903, "systemd-journald", "Failed to write entry to /var/log/journal (Read-only file system), ignoring"),
          (905, "dlt-daemon", "offline trace: open failed: Read-only file system"), (906, "podman", "ota-agent: state db write failed: EROFS")]
    batch(L("software_platform", "filesystem", "high", ["medium"], "driving", "ccu_journal.log",
            "The log/data partition on eMMC hits an I/O error and is remounted read-only; logging, offline trace and the OTA state database stop working."),
          [("ccu_journal.log", write_journal(R, t0, D, n(700, 1100), jr)),
           ("fleet_events.jsonl", write_jsonl(R, t0, D, n(), [], vin()))])


@B
def f_vhal_crash():
    t0 = base_t(); D = 1800
    lc = [(1200, "F", "libc", "Fatal signal 11 (SIGSEGV), code 1 (SEGV_MAPERR), fault addr 0x0 in tid 1733 (VehicleHalPoll)"),
          (1200.1, "F", "DEBUG", "*** *** *** *** *** *** *** *** *** *** *** *** *** *** *** ***"),
          (1200.2, "F", "DEBUG", "pid: 1702, tid: 1733, name: VehicleHalPoll  >>> /vendor/bin/hw/android.hardware.automotive.vehicle@V1-vendor-service <<<"),
          (1200.3, "F", "DEBUG", "    #00 pc 000000000004c1a8  /vendor/lib64/libvhal_someip.so (SomeIpBridge::onEvent+88)"),
          (1201, "E", "CarService", "Vehicle HAL died, reconnecting"), (1202, "W", "CarAudioService", "volume properties unavailable"),
          (1204, "I", "CarService", "Vehicle HAL reconnected, 214 properties")]
    batch(L("software_platform", "crash", "medium", ["low"], "driving", "ivi_logcat.txt",
            "The vendor VHAL service segfaults in its SOME/IP bridge; CarService loses and re-binds properties within seconds. Recovered, medium."),
          [("ivi_logcat.txt", write_logcat(R, t0, D, n(800, 1400), lc)),
           ("ccu_dlt.txt", write_dlt(R, t0, D, n(), []))])


# ---------------- power_supply ----------------
@B
def f_dcdc_fail():
    t0 = base_t(); D = 1800
    def m(t, g, r):
        if t > 800:
            dv = 2.6 * ramp(t, 800, 1100)
            for z in ("zone_FL_v", "zone_FR_v", "zone_RL_v", "zone_RR_v"):
                g[z] -= dv
            g["dcdc_out_a"] = 0.0
            g["lv_soc_pct"] -= (t - 800) / 60.0
    dl = [(1150, "ZMGR", "HB", "warn", "zone RL undervoltage 11.4 V"), (1160, "BODY", "SEAT", "warn", "seat heating shed (load management)"),
          (1170, "CHS", "EPS", "warn", "EPS supply low, assist limited"), (1180, "VCU", "TRQ", "warn", "LV supply degraded: power limited, stop soon"),
          (1181, "HMIB", "UI", "error", "12V system fault: stop safely when possible")]
    batch(L("power_supply", "dcdc", "high", ["critical"], "driving", "zone_heartbeat.csv",
            "DC-DC output current drops to zero (heartbeat csv) and the 12 V rail sags on every zone while the LV battery drains; loads shed and power limited."),
          [("zone_heartbeat.csv", write_csv(R, t0, D, n(800, 1300), zone_cols(), m)),
           ("ccu_dlt.txt", write_dlt(R, t0, D, n(), dl)),
           ("ivi_logcat.txt", write_logcat(R, t0, D, n(), []))])


@B
def f_lv_weak():
    t0 = base_t(); D = 3000
    zc = dict(zone_cols(), dcdc_out_a=lambda t, r: 0.0, zone_FL_v=nz(11.7, 11.9), zone_FR_v=nz(11.7, 11.9), zone_RL_v=nz(11.6, 11.8), zone_RR_v=nz(11.6, 11.8), lv_soc_pct=nz(31, 33))
    def m(t, g, r):
        if 2400 < t < 2404:
            for z in ("zone_FL_v", "zone_FR_v", "zone_RL_v", "zone_RR_v"):
                g[z] = r.uniform(8.9, 9.4)
    dl = [(2401, "EXEC", "EM", "info", "wake by key fob, MachineFG -> Startup"), (2401.5, "ZMGR", "HB", "error", "zone RR brown-out reset"),
          (2402, "ZMGR", "HB", "error", "zone RL brown-out reset"), (2403, "BMSP", "CTR", "error", "precharge aborted: LV supply < 9.5 V"), (2404, "EXEC", "EM", "warn", "HV ready not achieved, retry")]
    batch(L("power_supply", "lv_battery", "medium", ["high"], "parked", "zone_heartbeat.csv",
            "12 V battery sits at low resting voltage all night and dips to 9 V at wake; zones brown out and HV start-up fails. Vehicle cannot be started while parked: high lowered one step."),
          [("zone_heartbeat.csv", write_csv(R, t0, D, n(800, 1300), zc, m)),
           ("ccu_dlt.txt", write_dlt(R, t0, D, n(), dl, park=True))])


@B
def f_efuse():
    t0 = base_t(); D = 2000
    dl = [(1200, "ZMGR", "PWR", "warn", "ZC-RR smart fuse ch7 current 18.2 A (limit 15 A) 40 ms"), (1200.1, "ZMGR", "PWR", "error", "ZC-RR eFuse ch7 latched off after i2t"),
          (1201, "DIAG", "DEM", "info", "U0155-00 lost comm rear camera module status 0x09"), (1201.1, "BODY", "LGT", "error", "rear combination lamp RR no response"),
          (1201.2, "ADAS", "BSD", "error", "blind spot radar RR silent"), (1201.3, "BODY", "DOOR", "error", "tailgate module silent")]
    lc = [(1202, "E", "EVS", "rear camera stream lost"), (1203, "W", "SystemUI", "blind spot monitoring unavailable")]
    batch(L("power_supply", "lv_distribution", "high", ["medium"], "driving", "ccu_dlt.txt",
            "A rear-right zone smart fuse trips and latches; the rear camera, lamps, blind-spot radar and tailgate module behind it all go silent. The fuse trip comes first."),
          [("ccu_dlt.txt", write_dlt(R, t0, D, n(700, 1200), dl)),
           ("ivi_logcat.txt", write_logcat(R, t0, D, n(), lc))])


@B
def f_dcdc_derate_charge():
    t0 = base_t(); D = 2400
    def m(t, g, r):
        g["dcdc_out_v"] = g["dcdc_out_v"] - 1.9 * ramp(t, 600, 1400)
        g["lv_v"] = g["lv_v"] - 1.7 * ramp(t, 650, 1500)
    batch(L("power_supply", "dcdc", "low", ["medium"], "charging", "charge_session.csv",
            "During DC charging the DC-DC output voltage slowly sinks to ~12.2 V and the 12 V battery stops being charged (csv only); the charge session itself is unaffected. Logged only."),
          [("charge_session.csv", write_csv(R, t0, D, n(800, 1300), charge_cols(), m)),
           ("evcc_v2g.log", write_plain(R, t0, D, n(), [], "v2g")),
           ("ccu_dlt.txt", write_dlt(R, t0, D, n(), [], park=True))])


if __name__ == "__main__":
    ORDER = random.Random(1010)
    ORDER.shuffle(FUNCS)
    for fn in FUNCS:
        fn()
    emit()
