#!/usr/bin/env python3
"""Generator for held-out set heldout7 (passenger-car fleet, day-one view).
Fixed seed; re-running reproduces every file byte for byte. Python 3.11 stdlib only."""
import json, math, os, random, datetime as dt

ROOT = os.path.dirname(os.path.abspath(__file__))
SEED = 70707
UTC = dt.timezone.utc
LOCAL = dt.timezone(dt.timedelta(hours=1))
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
LV = {"V": "verbose", "D": "debug", "I": "info", "W": "warn", "E": "error", "F": "fatal"}

# ---------------------------------------------------------------- noise pools
POOLS = {
 "hu": [  # android automotive head unit logcat
  ("I", "CarService", "power state ON, vhal prop 0x{h4} updated"),
  ("D", "VehicleHal", "onPropertyEvent prop=0x{h4} area=0 value={b}"),
  ("I", "ActivityManager", "Start proc {a}:com.maker.media/u0a{b} for service"),
  ("D", "AudioFlinger", "mixer(0x{h4}) throttle end: throttle time({b})"),
  ("I", "BluetoothHfp", "AG indicator signal={c} battchg={c}"),
  ("W", "BluetoothAdapter", "getBondedDevices: cached list stale, refreshing"),
  ("I", "NavEngine", "route recalculated, eta {b} min, {a} m remaining"),
  ("D", "NavEngine", "map tile {a}/{a} loaded from cache"),
  ("W", "NavEngine", "traffic feed slow response {a} ms, using cached flow"),
  ("I", "MediaSession", "playback state PLAYING pos={a}"),
  ("E", "MediaBrowser", "onLoadChildren failed for root id radio_fav, retry 1"),
  ("I", "MediaBrowser", "onLoadChildren ok for root id radio_fav ({b} items)"),
  ("W", "chatty", "uid=1000(system) CarPowerPolicy expire {b} lines"),
  ("I", "WifiService", "scan results available: {b} BSS"),
  ("E", "WifiHAL", "wpa_supplicant: CTRL-EVENT-SCAN-FAILED ret=-16 retry=1"),
  ("D", "ThermalHAL", "skin temp {c}.{c} C, status NONE"),
  ("I", "CarUxRestriction", "driving state moving={c} -> restrictions updated"),
  ("W", "Choreographer", "Skipped {c} frames!  The application may be doing too much work on its main thread."),
  ("I", "VoiceInteraction", "hotword model loaded v{c}.{c}"),
  ("D", "GnssHAL", "fix sats={b} hdop=0.{c} acc={c}.{c}m"),
  ("I", "ClusterService", "projection frame sent seq={a}"),
  ("W", "SELinux", "avc: denied {{ read }} for name=\"vendor_prop\" scontext=u:r:radio:s0 permissive=1"),
  ("I", "PackageManager", "Package com.maker.weather codePath unchanged"),
  ("D", "CarPropertyService", "setProperty HVAC_TEMPERATURE_SET area=0x{h2} {b}.5"),
 ],
 "tbox": [  # telematics box syslog
  ("I", "connmgr", "rssi -{b} dBm rsrp -{a} rsrq -{c} band {c}"),
  ("I", "connmgr", "PDP context 1 active apn=iot.maker.net"),
  ("W", "connmgr", "DNS query timeout for tsp.maker-cloud.net, retrying via secondary"),
  ("I", "mqttc", "PUBLISH vehicle/status qos1 id={a} len={a}"),
  ("I", "mqttc", "PUBACK id={a}"),
  ("W", "mqttc", "keepalive late by {a} ms"),
  ("I", "gnssd", "NMEA GGA fix=1 sats={b} hdop=0.{c}"),
  ("I", "uploader", "chunk {a} uploaded ({a} bytes) http 200"),
  ("W", "uploader", "chunk {a} http 503, backoff {c} s"),
  ("I", "ecall", "self-test ok, PSAP number provisioned"),
  ("I", "canlog", "ring buffer {b}% used"),
  ("D", "pwrmgr", "KL15 state {c}, KL30 {c}.{c} V"),
  ("I", "ntpd", "adjusting clock by 0.0{c}{c}s"),
  ("W", "kernel", "qmi_wwan 1-1:1.4: nonzero urb status received: -71"),
  ("I", "rild", "registration state HOME lac 0x{h4} cid 0x{h4}"),
  ("I", "sms", "no pending SMS"),
 ],
 "gw": [  # central gateway DLT
  ("I", "ROUT", "route table checksum ok, {b} entries"),
  ("I", "DIAG", "tester present received on DoIP 0x0E80"),
  ("D", "CANM", "PT-CAN load {b}% err_tx 0 err_rx 0"),
  ("D", "CANM", "CH-CAN load {b}% err_tx 0 err_rx 0"),
  ("D", "CANM", "BD-CAN load {b}% err_tx 0 err_rx {c}"),
  ("I", "NMGR", "network management PDU from node 0x{h2} awake"),
  ("I", "ETHM", "port 3 link up 100BASE-T1 master"),
  ("W", "ETHM", "port 5 SQI 4/7 (marginal), still up"),
  ("I", "SECO", "SecOC freshness sync ok"),
  ("W", "SECO", "SecOC MAC verify failed once for PDU 0x{h4}, resynced"),
  ("I", "PWRM", "KL30 {c}{c}.{c} V ok"),
  ("D", "ROUT", "forwarded {a} frames in last 10s"),
  ("I", "TSYN", "gPTP offset {a} ns"),
 ],
 "dmesg": [
  ("I", "", "usb 1-1: new high-speed USB device number {c} using xhci-hcd"),
  ("I", "", "mmc0: cmdq: cqe recovery none"),
  ("I", "", "wlan: [{a}:I:HDD] Scan done"),
  ("I", "", "audit: type=1400 audit({a}.{a}:{b}): avc: denied {{ search }} for comm=\"logd\" permissive=1"),
  ("W", "", "thermal thermal_zone{c}: failed to read out thermal zone (-61)"),
  ("I", "", "binder: {a}:{a} transaction failed 29189/-22, size 0-0 line 3090"),
  ("I", "", "EXT4-fs (mmcblk0p{c}): mounted filesystem with ordered data mode. Opts: (null)"),
  ("I", "", "healthd: battery l={b} v=12{c} t=2{c}.0 h=2 st=2"),
  ("I", "", "cpufreq: cpu{c} scaling to {a}000 kHz"),
  ("W", "", "i2c i2c-{c}: NAK retry 1 on addr 0x{h2}, ok"),
  ("I", "", "CAN: raw protocol (rev 20120528)"),
  ("I", "", "rcu: INFO: rcu_preempt detected expedited stalls: 0 (ignored)"),
 ],
 "vcu": [  # plain vendor text, local time, no level
  ("I", "VCU", "drive mode D, torque req {b} Nm, actual {b} Nm"),
  ("I", "VCU", "regen level {c}, brake blend {b}%"),
  ("I", "VCU", "ready state OK, HV {a} V"),
  ("I", "VCU", "accel pedal {b}% brake sw 0"),
  ("I", "VCU", "thermal request loop pump {b}% fan {b}%"),
  ("I", "INV", "dc link {a} V, phase rms {b} A, Tj {b} C"),
  ("I", "INV", "speed {a} rpm mode TORQUE"),
  ("I", "VCU", "creep active"),
  ("I", "VCU", "limit table nominal, P_max {a} kW"),
  ("I", "VCU", "note: accel pedal channel delta {c}% (tolerance 8%)"),
 ],
 "ecm": [  # ICE engine controller text, local time
  ("I", "ECM", "rpm {a} load {b}% MAP {b} kPa"),
  ("I", "ECM", "STFT B1 {s}% LTFT B1 {s}%"),
  ("I", "ECM", "lambda B1S1 0.9{c} B1S2 0.{c}5 V"),
  ("I", "ECM", "coolant {b} C IAT {b} C"),
  ("I", "ECM", "knock retard cyl{c} 0.{c} deg"),
  ("I", "TCU", "gear {c} slip 0.{c}% line p {b} bar"),
  ("I", "ECM", "start/stop: engine stop permitted"),
  ("I", "ECM", "purge valve duty {b}%"),
  ("I", "ECM", "monitor status: catalyst complete, evap incomplete"),
 ],
 "adas": [  # glog style ADAS domain controller
  ("I", "fusion.cc:212", "tracks={b} confirmed={c} cycle {a}"),
  ("I", "camera_node.cc:88", "frame {a} exposure {a} us gain {c}.{c}"),
  ("I", "radar_if.cc:141", "scan {a} targets={b} az_offset 0.{c} deg"),
  ("W", "camera_node.cc:301", "frame {a} late by {c} ms"),
  ("I", "lane_det.cc:55", "lanes left=1 right=1 conf 0.9{c}"),
  ("I", "planner.cc:410", "ACC set {b} km/h gap 2 state ACTIVE"),
  ("W", "fusion.cc:377", "track {a} coasted 1 cycle (no radar assoc)"),
  ("I", "health.cc:60", "all sensors nominal"),
  ("I", "loc.cc:99", "gnss+imu fused pos std 0.{c} m"),
  ("W", "uss.cc:120", "USS RL echo noisy, filtered"),
 ],
 "bcm": [  # body controller event text
  ("I", "BCM", "door FL {d}"),
  ("I", "BCM", "interior light {o}"),
  ("I", "BCM", "wiper stage {c}"),
  ("I", "BCM", "lock cmd from key fob rssi -{b}"),
  ("I", "BCM", "low beam {o} high beam off"),
  ("I", "BCM", "seat heater L stage {c}"),
  ("I", "BCM", "mirror fold {o}"),
  ("I", "BCM", "sleep prevent: none"),
 ],
 "charger": [
  ("I", "OBC", "ac in {a} V {b} A, dc out {a} V {b} A"),
  ("I", "EVCC", "CP state C duty {b}%"),
  ("I", "EVCC", "SLAC matched, NMK ok"),
  ("I", "OBC", "temp {b} C fan {b}%"),
  ("I", "BMS", "charge current request {b} A"),
  ("W", "EVCC", "PLC SNR low ({c} dB), link held"),
  ("I", "OBC", "PFC ok"),
 ],
 "bms": [
  ("I", "BMS", "soc {b}.{c} soh 9{c}.{c} cell dV {b} mV"),
  ("I", "BMS", "balancing {c} cells, bleed {b} mA"),
  ("I", "BMS", "contactor main+ closed main- closed pre open"),
  ("I", "BMS", "ilk loop F1:1 R1:1 R2:1"),
  ("I", "BMS", "pwr lim dis {a}kW chg {b}kW src=TEMP"),
  ("I", "BMS", "t min 2{c} C t max 2{c} C"),
  ("I", "BMS", "iso {a}0 kOhm ok"),
  ("I", "BMS", "CSC{c} ok crc retries 0"),
  ("I", "BMS", "CSC{c} crc retry 1, data ok"),
 ],
 "hvac": [
  ("I", "HVAC", "cabin {b} C set 21.5 blower {c}"),
  ("I", "HVAC", "ps_lo {c}.{c} bar ps_hi 1{c}.{c} bar ecomp {a}0 rpm"),
  ("I", "HVAC", "flap mix {b}% recirc {c}"),
  ("I", "HVAC", "PTC {a} W"),
  ("I", "HVAC", "evap {c}.{c} C frost guard off"),
  ("I", "HVAC", "LIN1 flap motor 3 resync ok"),
 ],
 "pdu": [
  ("I", "PDU", "K{c} out 13.{c} V I {c}.{c} A"),
  ("I", "PDU", "eFuse F{b} ok I {c}.{c} A"),
  ("I", "PDU", "KL30 13.{c} V KL15 on"),
  ("I", "PDU", "eFuse F{b} inrush {b} A 2ms (allowed)"),
  ("I", "PDU", "temp board 3{c} C"),
 ],
}

# ---------------------------------------------------------------- helpers

def fill(tpl, r):
    return tpl.format(a=r.randint(10, 999), b=r.randint(1, 99), c=r.randint(0, 9),
                      h2="%02X" % r.randint(0, 255), h4="%04X" % r.randint(0, 65535),
                      s="%+.1f" % r.uniform(-4, 4), o=r.choice(["on", "off"]), d=r.choice(["open", "closed"]))


def fmt(style, ep, up, lv, tag, msg, r, i):
    u = dt.datetime.fromtimestamp(ep, UTC)
    l = u.astimezone(LOCAL)
    if style == "logcat":
        return "%s.%03d %5d %5d %s %s: %s" % (l.strftime("%m-%d %H:%M:%S"), l.microsecond // 1000,
                                             800 + (sum(map(ord, tag)) % 2000),
                                             r.randint(800, 4000), lv, tag, msg)
    if style == "syslog":
        return "%s %2d %s tcu %s[%d]: %s" % (MON[l.month - 1], l.day, l.strftime("%H:%M:%S"), tag,
                                            200 + sum(map(ord, tag)) % 700, msg)
    if style == "dlt":
        return "%d %s %10.4f %03d GW01 %s CTX1 log %s verbose 1 %s" % (
            i, u.strftime("%Y/%m/%d %H:%M:%S.%f"), up, i % 256, tag[:4].ljust(4), LV[lv], msg)
    if style == "dmesg":
        return "[%12.6f] %s" % (up, msg)
    if style == "plain":
        return "%s.%03d %s: %s" % (l.strftime("%H:%M:%S"), l.microsecond // 1000, tag, msg)
    if style == "plainlv":
        return "%s %s [%s] %s" % (l.strftime("%Y-%m-%d %H:%M:%S"), {"W": "WRN", "E": "ERR", "F": "FTL", "D": "DBG"}.get(lv, "INF"), tag, msg)
    if style == "glog":
        return "%s%s %s.%06d %5d %s] %s" % (lv if lv in "IWEF" else "I", l.strftime("%m%d"), l.strftime("%H:%M:%S"),
                                          l.microsecond, 3121, tag, msg)
    if style == "jsonl":
        d = {"ts": u.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (u.microsecond // 1000), "sev": LV[lv], "src": tag}
        if isinstance(msg, dict):
            d.update(msg)
        else:
            d["msg"] = msg
        return json.dumps(d, sort_keys=False)
    if style == "uptime":  # module with only uptime ms and no level
        return "%010d %s %s" % (int(up * 1000), tag, msg)
    raise ValueError(style)


CANIDS = ["0C1", "0F3", "1A0", "1F5", "244", "2B0", "316", "3E9", "43F", "4A2", "545", "5C1"]


def candump(ep0, dur, n, events, r, bus="can0"):
    out = []
    ts = sorted(r.uniform(0, dur) for _ in range(n))
    cnt = 0
    for t in ts:
        cid = r.choice(CANIDS)
        cnt = (cnt + 1) & 0xF
        data = "".join("%02X" % r.randint(0, 255) for _ in range(7)) + "%X%X" % (cnt, r.randint(0, 15))
        out.append((t, "(%.6f) %s %s#%s" % (ep0 + t, bus, cid, data)))
    for fr, line in events:
        t = fr * dur + r.uniform(0.0005, 0.05)
        out.append((t, "(%.6f) %s %s" % (ep0 + t, bus, line)))
    out.sort(key=lambda x: x[0])
    return [x[1] for x in out]


def textlog(style, pool, ep0, dur, n, events, r, up0=3.2, extra=None):
    poolv = list(POOLS[pool]) + list(extra or [])
    items = []
    for t in sorted(r.uniform(0, dur) for _ in range(n)):
        lv, tag, tpl = r.choice(poolv)
        items.append((t, lv, tag, fill(tpl, r)))
    for ev in events:
        fr, lv, tag, msg = ev
        items.append((fr * dur + r.uniform(0.001, 0.4), lv, tag, msg))
    items.sort(key=lambda x: x[0])
    out = []
    for i, (t, lv, tag, msg) in enumerate(items):
        out.append(fmt(style, ep0 + t, up0 + t, lv, tag, msg, r, i))
    return out


def drive_speed(n, r, vmax=110):
    v, out = 0.0, []
    tgt = 50
    for k in range(n):
        if r.random() < 0.02:
            tgt = r.choice([0, 0, 30, 50, 70, vmax])
        v += max(-3, min(2, (tgt - v) * 0.08)) + r.uniform(-0.5, 0.5)
        v = max(0.0, v)
        out.append(v)
    return out


def csvlog(kind, ep0, dur, n, mods, r, timecol="t_s", up0=5.0):
    """kind: ev_drive, ev_charge, ev_park, ice_drive, ice_park, hyb_drive, tpms, radar_align, iso"""
    dtt = dur / n
    sp = drive_speed(n, r) if "drive" in kind else [0.0] * n
    rows = []
    soc = r.uniform(55, 85) if "charge" not in kind else r.uniform(15, 30)
    for k in range(n):
        t = k * dtt
        v = sp[k]
        row = {}
        if kind.startswith("ev"):
            if kind == "ev_charge":
                i = -min(32.0, 32.0 * (100 - soc) / 25) if soc > 80 else -32.0 + r.uniform(-0.4, 0.4)
                soc = min(100.0, soc + 0.004 * abs(i) * dtt / 10)
            else:
                i = v * 1.6 + r.uniform(-8, 8) if v > 1 else r.uniform(0.5, 2)
                soc -= max(0, i) * dtt * 0.00002
            pv = 330 + soc * 0.75 - i * 0.06
            cav = pv / 96 * 1000
            row.update(speed_kph=round(v, 1), soc=round(soc, 2), pack_v=round(pv, 1), pack_a=round(i, 1),
                       cell_min_mv=int(cav - 6 - r.random() * 3), cell_max_mv=int(cav + 5 + r.random() * 3),
                       t_batt_c=round(24 + k / n * 6 + r.uniform(-.2, .2), 1),
                       t_motor_c=round(40 + v * 0.25 + r.uniform(-1, 1), 1) if kind != "ev_charge" else round(22 + r.uniform(-.5, .5), 1),
                       coolant_c=round(30 + v * 0.1 + r.uniform(-.5, .5), 1), pump_rpm=int(2400 + r.uniform(-60, 60)),
                       v12=round(14.1 + r.uniform(-0.08, 0.08), 2), iso_kohm=int(2100 + r.uniform(-80, 80)))
        elif kind.startswith("ice") or kind.startswith("hyb"):
            rpm = 780 + v * 28 + r.uniform(-30, 30)
            row.update(speed_kph=round(v, 1), rpm=int(rpm), coolant_c=round(min(91, 20 + k * 0.8) + r.uniform(-.6, .6), 1),
                       stft_pct=round(r.uniform(-3, 3), 1), ltft_pct=round(r.uniform(-2.5, 2.5), 1),
                       map_kpa=int(32 + v * 0.4 + r.uniform(-3, 3)), fan_pct=0, fan_a=0.0,
                       v12=round(14.2 + r.uniform(-0.1, 0.1), 2), misfire_cnt=0)
            if kind.startswith("hyb"):
                row["hv_soc"] = round(58 + 6 * math.sin(k / 90) + r.uniform(-.2, .2), 1)
        elif kind == "lv_park":
            row.update(v12=round(12.62 - 0.05 * k / n + r.uniform(-0.01, 0.01), 3), i12_ma=int(r.choice([18, 21, 24, 19, 22])),
                       t_amb_c=round(8 + 4 * math.sin(k / n * 14 * math.pi) + r.uniform(-.3, .3), 1), kl15=0)
        for (a, b, col, f) in mods:
            if a * n <= k < b * n:
                p = (k - a * n) / max(1, (b - a) * n)
                row[col] = f(row.get(col), p, r)
        if timecol == "t_s":
            row = {"t_s": round(up0 + t, 2), **row}
        elif timecol == "utc":
            row = {"timestamp": dt.datetime.fromtimestamp(ep0 + t, UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), **row}
        elif timecol == "local":
            row = {"time": dt.datetime.fromtimestamp(ep0 + t, LOCAL).strftime("%d.%m.%Y %H:%M:%S"), **row}
        elif timecol == "idx":
            row = {"sample": k, **row}
        rows.append(row)
    cols = list(rows[0].keys())
    sep = ";" if timecol == "local" else ","
    out = [sep.join(cols)]
    for row in rows:
        out.append(sep.join(str(row[c]) for c in cols))
    return out


def jsonsig(kind, ep0, dur, n, mods, r, src):
    out = []
    for k in range(n):
        t = k * dur / n
        u = dt.datetime.fromtimestamp(ep0 + t, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        if kind == "tpms":
            d = {"t": u, "src": src, "p_fl": round(2.5 + r.uniform(-.02, .02), 2), "p_fr": round(2.5 + r.uniform(-.02, .02), 2),
                 "p_rl": round(2.45 + r.uniform(-.02, .02), 2), "p_rr": round(2.45 + r.uniform(-.02, .02), 2),
                 "t_tyre": round(14 + 12 * k / n + r.uniform(-.5, .5), 1)}
        elif kind == "radar":
            d = {"t": u, "src": src, "az_misalign_deg": round(r.uniform(-0.15, 0.15), 2), "el_misalign_deg": round(r.uniform(-0.1, 0.1), 2),
                 "blockage": 0, "tracks": r.randint(2, 14), "calib": "OK"}
        elif kind == "iso":
            d = {"t": u, "src": src, "iso_pos_kohm": int(2400 + r.uniform(-90, 90)), "iso_neg_kohm": int(2300 + r.uniform(-90, 90)),
                 "pack_v": round(360 + 40 * k / n, 1), "i_chg_a": round(-31 + r.uniform(-.5, .5), 1), "state": "CHARGING"}
        elif kind == "uss":
            d = {"t": u, "src": src}
            for s in ["fl", "flc", "frc", "fr", "rl", "rlc", "rrc", "rr"]:
                d["d_" + s + "_cm"] = r.choice([255, 255, 255, r.randint(30, 250)])
        for (a, b, col, f) in mods:
            if a * n <= k < b * n:
                p = (k - a * n) / max(1, (b - a) * n)
                d[col] = f(d.get(col), p, r)
        out.append(json.dumps(d))
    return out


UDS_ECUS = [("7E0", "7E8", "ECM"), ("7E2", "7EA", "TCM"), ("710", "718", "BCM"), ("720", "728", "ABS"), ("740", "748", "SRS"),
            ("750", "758", "EPS"), ("760", "768", "GW"), ("770", "778", "HU"), ("7A0", "7A8", "BMS"), ("7B0", "7B8", "TCU")]


def udstrace(r, n, dtc_map, header=True):
    """Tester trace, no timestamps. dtc_map: ecu name -> list of (3-byte hex str, status byte)"""
    out = ["# workshop tester export  proto=ISO15765-4 11bit 500k  addressing=physical", "# no time base"]
    while len(out) < n:
        for tx, rx, name in UDS_ECUS:
            out.append("TX %s 02 10 03" % tx)
            out.append("RX %s 06 50 03 00 32 01 F4" % rx)
            out.append("TX %s 03 22 F1 90" % tx)
            out.append("RX %s 10 14 62 F1 90 57 30 4C" % rx)
            out.append("TX %s 30 00 00" % tx)
            out.append("RX %s 21 30 30 30 30 33 35 37" % rx)
            out.append("RX %s 22 4B 31 32 33 34 35 36" % rx)
            out.append("TX %s 03 19 02 FF" % tx)
            dt_ = dtc_map.get(name, [])
            if not dt_:
                out.append("RX %s 03 59 02 FF" % rx)
            else:
                pl = ["59", "02", "FF"]
                for code, st in dt_:
                    pl += [code[0:2], code[2:4], code[4:6], "%02X" % st]
                if len(pl) <= 7:
                    out.append("RX %s %02X %s" % (rx, len(pl), " ".join(pl)))
                else:
                    out.append("RX %s 1%X %02X %s" % (rx, len(pl) >> 8, len(pl) & 0xFF, " ".join(pl[:6])))
                    out.append("TX %s 30 00 00" % tx)
                    rest, sn = pl[6:], 1
                    while rest:
                        out.append("RX %s 2%X %s" % (rx, sn & 0xF, " ".join(rest[:7])))
                        rest, sn = rest[7:], sn + 1
            out.append("TX %s 02 3E 00" % tx)
            out.append("RX %s 02 7E 00" % rx)
            if r.random() < 0.2:
                out.append("TX %s 03 22 F1 87" % tx)
                out.append("RX %s 03 7F 22 31" % rx)
    return out


# ---------------------------------------------------------------- batches
def H(**k):
    k.setdefault("category", "none"); k.setdefault("subsystem", "none"); k.setdefault("risk_level", "low")
    k.setdefault("risk_accept", []); k.setdefault("root_cause_file", None)
    return k


B = []
# each batch: meta + files = list of (name, builder) where builder(r, ep0, dur) -> lines
# --- helpers to shorten specs
def T(style, pool, n, events=(), extra=None, up0=3.2):
    return lambda r, ep0, dur: textlog(style, pool, ep0, dur, n, list(events), r, up0, extra)
def C(kind, n, mods=(), timecol="t_s"):
    return lambda r, ep0, dur: csvlog(kind, ep0, dur, n, list(mods), r, timecol)
def J(kind, n, mods=(), src="x"):
    return lambda r, ep0, dur: jsonsig(kind, ep0, dur, n, list(mods), r, src)
def D(n, events=()):
    return lambda r, ep0, dur: candump(ep0, dur, n, list(events), r)
def U(n, dtcs):
    return lambda r, ep0, dur: udstrace(r, n, dtcs)

def ramp(a, b):
    def f(v, p, r):
        x = a + (b - a) * p + r.uniform(-abs(b - a) * 0.01, abs(b - a) * 0.01)
        return int(round(x)) if isinstance(v, int) else round(x, 2)
    return f
def setv(x):
    return lambda v, p, r: x
def addv(x):
    return lambda v, p, r: round(v + x * p, 2) if isinstance(v, float) else int(v + x * p)

HUX_WARN = [("W", "CarPowerManager", "shutdown prepare postponed {c}s by listener com.maker.ota"),
            ("E", "TelephonyManager", "getServiceState: modem not ready, retry scheduled")]

# ====================== HEALTHY (14)
B.append(dict(H(vehicle_state="driving", description="Ordinary EV commute; BT pairing retry, one traffic-feed timeout and an LTE gap in an underpass all resolve by themselves."),
    dur=2400, files=[("headunit_logcat.txt", T("logcat", "hu", 900, [(0.2, "E", "BluetoothHfp", "SLC connect failed status=0x85, will retry"), (0.201, "I", "BluetoothHfp", "SLC connected to 3C:A6:16:xx:xx:xx")], HUX_WARN)),
                     ("tcu_syslog.log", T("syslog", "tbox", 600, [(0.5, "W", "connmgr", "NO SERVICE (underpass), holding PDP"), (0.52, "I", "connmgr", "service restored rsrp -98")])),
                     ("bms_signals.csv", C("ev_drive", 1200))]))
B.append(dict(H(vehicle_state="charging", description="Overnight AC home charge with normal taper; a TLS handshake fallback to basic charging and a PLC SNR warning are routine."),
    dur=6 * 3600, files=[("charge_session.log", T("plainlv", "charger", 800, [(0.01, "W", "EVCC", "ISO15118 TLS handshake rejected by EVSE (no contract cert), falling back to IEC61851 PWM"), (0.97, "I", "BMS", "target SOC 80% reached, charge complete")])),
                         ("bms_1hz.csv", C("ev_charge", 1500, timecol="utc")),
                         ("tcu_syslog.log", T("syslog", "tbox", 400))]))
B.append(dict(H(vehicle_state="parked", description="Petrol hatchback parked seven days; periodic telematics wakes, slow normal 12 V decay, one failed upload retried successfully."),
    dur=7 * 86400, files=[("tcu_syslog.log", T("syslog", "tbox", 700, [(0.3, "E", "uploader", "upload failed: TLS alert 'certificate unknown' from edge node, trying other endpoint"), (0.3001, "I", "uploader", "chunk 17 uploaded http 200")], [("I", "pwrmgr", "wake by RTC timer, cycle {c}"), ("I", "pwrmgr", "entering deep sleep, KL30 12.{c}{c} V")])),
                          ("lv_monitor.csv", C("lv_park", 1400, timecol="local"))]))
B.append(dict(H(vehicle_state="parked", description="Hybrid in an automatic car wash: park sensors blocked by water, rain sensor max wipe, mirror fold and wash-mode messages are all expected."),
    dur=900, files=[("bcm_events.txt", T("plain", "bcm", 500, [(0.1, "I", "BCM", "car wash mode requested via HMI: wipers inhibited, mirrors folded, EPB release allowed in N")] + [(0.2 + i * 0.02, "I", "BCM", "rain sensor saturation, wiper request ignored (wash mode)") for i in range(10)])),
                     ("adas_dc.INFO", T("glog", "adas", 700, [(0.15 + i * 0.03, "W", "uss.cc:201", "USS %s blocked (water film), park assist degraded" % s) for i, s in enumerate(["FL", "FLC", "FRC", "FR", "RL", "RR", "RLC", "RRC"])] + [(0.8, "I", "uss.cc:210", "all USS unblocked, self-test pass")])),
                     ("headunit_logcat.txt", T("logcat", "hu", 400))]))
B.append(dict(H(vehicle_state="test", description="Workshop service visit: tester reads historic, not-confirmed DTCs (status 0x28 / 0x2C aged-out) and clears them; nothing active."),
    dur=3600, files=[("tester_trace.txt", U(700, {"ECM": [("042000", 0x28)], "BCM": [("9A1200", 0x28)], "HU": [("D11500", 0x28)]})),
                     ("gateway_dlt.txt", T("dlt", "gw", 800, [(0.05, "I", "DIAG", "DoIP routing activation from tester 0x0E80 accepted"), (0.9, "I", "DIAG", "ClearDiagnosticInformation 0x14 FFFFFF forwarded to all ECUs"), (0.6, "W", "DIAG", "ECU 0x0772 NRC 0x78 response pending, waiting")]))]))
B.append(dict(H(vehicle_state="parked", description="OTA check with nothing to install: manifest fetched, signature verified, version current; a 404 for a removed delta package is expected."),
    dur=1200, files=[("ota_agent.jsonl", T("jsonl", "tbox", 500, [(0.2, "I", "ota", "campaign poll: 0 pending"), (0.21, "W", "ota", "GET /delta/hu_7.2.1-7.2.2.bin -> 404 (withdrawn), ignored"), (0.25, "I", "ota", "manifest sig ok, installed 7.2.3 == latest")])),
                     ("headunit_logcat.txt", T("logcat", "hu", 600, [], HUX_WARN))]))
B.append(dict(H(vehicle_state="driving", description="Cold start of a petrol car at -18 C: crank dip to 9.6 V, ECUs report brief undervoltage during crank and lambda sensor heater warm-up; all normal."),
    dur=1800, files=[("ecm_trace.txt", T("plain", "ecm", 800, [(0.005, "I", "ECM", "crank: KL30 min 9.6 V, start in 1.4 s"), (0.01, "I", "ECM", "lambda B1S1 heater ramp, closed loop inhibited"), (0.05, "I", "ECM", "closed loop active")])),
                     ("gateway_dlt.txt", T("dlt", "gw", 700, [(0.005, "W", "PWRM", "KL30 below 10.0 V for 380 ms (crank phase), resets suppressed"), (0.006, "W", "NMGR", "node 0x52 late NM alive after crank")])),
                     ("engine_1hz.csv", C("ice_drive", 1200, [(0, 0.4, "coolant_c", ramp(-18, 70))], timecol="idx"))]))
B.append(dict(H(vehicle_state="driving", description="Hybrid motorway trip through a long tunnel; GNSS lost and dead reckoning used, cellular drops and recovers after the tunnel."),
    dur=3000, files=[("adas_dc.INFO", T("glog", "adas", 900, [(0.4, "W", "loc.cc:140", "GNSS fix lost (sats 0), dead-reckoning mode"), (0.45, "I", "loc.cc:141", "GNSS fix regained, DR drift 6.2 m corrected")])),
                     ("tcu_syslog.log", T("syslog", "tbox", 600, [(0.4, "E", "connmgr", "RLF detected, cell search"), (0.45, "I", "connmgr", "attached, PDP reactivated")])),
                     ("hybrid_1hz.csv", C("hyb_drive", 1500))]))
B.append(dict(H(vehicle_state="parked", description="Scheduled OTA install of head unit 7.2.3 into slot B, reboot and commit; boot-time warnings are the usual ones."),
    dur=2400, files=[("ota_agent.jsonl", T("jsonl", "tbox", 500, [(0.1, "I", "ota", "download 412 MB ok sha256 match"), (0.5, "I", "ota", "write slot B done, set active B"), (0.55, "W", "ota", "HU unreachable (rebooting) for 74 s"), (0.6, "I", "ota", "HU reports 7.2.3 booted, commit ok")])),
                     ("hu_dmesg.txt", T("dmesg", "dmesg", 700, [(0.56, "I", "", "Booting Linux on physical CPU 0x0"), (0.561, "W", "", "EXT4-fs (mmcblk0p12): recovery complete (unclean journal replay, expected after update)")]))]))
B.append(dict(H(vehicle_state="charging", description="DC fast charge on a road trip with cold pack: power limited by battery temperature until preconditioned, then ramps; normal behaviour."),
    dur=2400, files=[("charge_session.log", T("plainlv", "charger", 700, [(0.02, "W", "BMS", "charge power limited to 48 kW: pack 8 C below window"), (0.3, "I", "BMS", "pack warm, limit lifted 150 kW"), (0.03, "E", "EVCC", "CableCheck retry 1 (EVSE isolation monitor slow)"), (0.035, "I", "EVCC", "CableCheck passed")])),
                     ("bms_1hz.csv", C("ev_charge", 1500, [(0, 0.3, "t_batt_c", ramp(8, 24)), (0, 1, "pack_a", lambda v, p, r: round(-120 - 200 * min(1, p * 3) * (1 - p * 0.6), 1))]))]))
B.append(dict(H(vehicle_state="parked", description="Several sleep/wake cycles of the head unit; routine kernel, thermal-zone read and binder warnings, no fault."),
    dur=14400, files=[("hu_dmesg.txt", T("dmesg", "dmesg", 900, [(0.3, "I", "", "PM: suspend entry (deep)"), (0.31, "I", "", "PM: suspend exit"), (0.6, "I", "", "PM: suspend entry (deep)"), (0.62, "I", "", "PM: suspend exit")])),
                      ("headunit_logcat.txt", T("logcat", "hu", 700, [], HUX_WARN))]))
B.append(dict(H(vehicle_state="driving", description="Diesel-free petrol commute with start-stop; engine stops at lights, start-stop inhibited once for low 12 V SOC, which is a normal strategy."),
    dur=2700, files=[("ecm_trace.txt", T("plain", "ecm", 900, [(0.3, "I", "ECM", "start/stop inhibited: LV battery SOC 68% < 75%"), (0.8, "I", "ECM", "start/stop released")])),
                     ("engine_1hz.csv", C("ice_drive", 1600, timecol="local")),
                     ("can0.candump", D(1500))]))
B.append(dict(H(vehicle_state="driving", description="ADAS car in rain and road works: lane keeping unavailable without markings and radar blindness warning cleared when rain eased; expected."),
    dur=2400, files=[("adas_dc.INFO", T("glog", "adas", 1000, [(0.3, "W", "lane_det.cc:90", "no lane markings (construction), LKA unavailable"), (0.36, "I", "lane_det.cc:91", "lanes re-acquired, LKA available"), (0.6, "W", "radar_if.cc:220", "radar blindness suspected (spray), ACC standby"), (0.63, "I", "radar_if.cc:221", "radar blindness cleared")])),
                     ("radar_align.jsonl", J("radar", 800, src="FRR"))]))
B.append(dict(H(vehicle_state="parked", description="Remote preconditioning from phone app: SMS wake, HVAC runs 20 min on shore power, cellular re-attaches twice; normal."),
    dur=3600, files=[("tcu_syslog.log", T("syslog", "tbox", 700, [(0.1, "I", "sms", "wake SMS received, class 0"), (0.12, "I", "rvs", "remote climate start 21.0 C 20 min"), (0.5, "I", "rvs", "remote climate stop (timer)"), (0.3, "W", "connmgr", "detach by network (cause 10), reattaching"), (0.301, "I", "connmgr", "attached")])),
                     ("vcu.log", T("plain", "vcu", 500, [(0.12, "I", "VCU", "HV on for climate, drive inhibit")]))]))

def F(cat, sub, risk, acc, state, root, desc):
    return dict(category=cat, subsystem=sub, risk_level=risk, risk_accept=acc, vehicle_state=state, root_cause_file=root, description=desc)

def cellsag(v, p, r):
    return int(v - 40 - 260 * p * r.random()) if r.random() < 0.6 else int(v - 25)

# ====================== battery_bms
B.append(dict(F("battery_bms", "cell", "low", ["medium"], "driving", "bms_signals.csv",
    "One cell group sags far below the rest under load (min cell drops 200-300 mV while max stays) with no message anywhere; logged signal only."),
    dur=2400, files=[("bms_signals.csv", C("ev_drive", 1400, [(0.35, 1, "cell_min_mv", cellsag)])),
                     ("vcu.log", T("plain", "vcu", 700)), ("tcu_syslog.log", T("syslog", "tbox", 400))]))
B.append(dict(F("battery_bms", "hv_isolation", "medium", ["high"], "charging", "iso_monitor.jsonl",
    "During AC charging the insulation resistance on the pack negative rail falls steadily until the BMS ends the session; charging stopped (high) lowered one step for charging."),
    dur=4 * 3600, files=[("iso_monitor.jsonl", J("iso", 1200, [(0.4, 0.82, "iso_neg_kohm", ramp(2300, 180)), (0.82, 1, "iso_neg_kohm", ramp(175, 160)), (0.82, 1, "state", setv("STOPPED")), (0.82, 1, "i_chg_a", setv(0.0))], src="IMD")),
                         ("charge_session.log", T("plainlv", "charger", 700, [(0.821, "I", "EVCC", "session end requested by EV, reason code 0x0B"), (0.822, "E", "OBC", "output disabled by BMS request"), (0.83, "W", "EVCC", "EVSE reports EV not ready, CP state B")])),
                         ("tcu_syslog.log", T("syslog", "tbox", 300, [(0.84, "I", "mqttc", "PUBLISH vehicle/charge state=interrupted qos1")]))]))
B.append(dict(F("battery_bms", "hvil", "high", ["critical"], "driving", "bms.log",
    "Interlock loop at the rear junction box reads open for a few hundred ms twice; BMS caps discharge power, then inverter and VCU shout about DC-link sag and refused torque. Derated drive."),
    dur=2400, files=[("bms.log", T("uptime", "bms", 800, [(0.502, "I", "BMS", "ilk loop R2: 0 (expected 1) for 240ms"), (0.503, "I", "BMS", "pwr lim dis 35kW chg 10kW src=ILK"), (0.61, "I", "BMS", "ilk loop R2: 0 for 410ms, lim latched until KL15 cycle")])),
                     ("vcu.log", T("plain", "vcu", 900, [(0.504 + i * 0.004, "W", "INV", "DC link sag %d V -> torque cut" % (300 - i)) for i in range(15)] + [(0.612 + i * 0.003, "E", "VCU", "torque request %d Nm rejected, available 90 Nm" % (200 + i)) for i in range(25)] + [(0.62, "E", "VCU", "TURTLE lamp ON, reduced performance")])),
                     ("headunit_logcat.txt", T("logcat", "hu", 500, [(0.62, "W", "ClusterService", "warning popup id=PWR_REDUCED shown")]))]))
B.append(dict(F("battery_bms", "charging", "medium", ["high", "low"], "charging", "tester_trace.txt",
    "AC charge stops and restarts every few minutes; tester trace shows a confirmed charge-inlet temperature-sensor DTC in the BMS (P0E6A-like vendor code, status 0x2F) while the OBC only says 'derate'."),
    dur=3 * 3600, files=[("tester_trace.txt", U(500, {"BMS": [("0E6A1C", 0x2F), ("0E6B00", 0x28)]})),
                         ("charge_session.log", T("plainlv", "charger", 900, [(0.2 + i * 0.06, "W", "OBC", "output reduced to 0 A per BMS, resume in 120 s") for i in range(12)] + [(0.201 + i * 0.06, "I", "OBC", "output resumed 16 A") for i in range(12)]))]))

# ====================== powertrain
B.append(dict(F("powertrain", "ignition", "high", ["medium"], "driving", "can0.candump",
    "Cylinder 3 misfires; only visible as mode-03/UDS replies with 03 03 bytes in the raw CAN trace and in the misfire counter, then the ECM cuts injector 3 for catalyst protection (limp)."),
    dur=2400, files=[("can0.candump", D(4000, [(0.2999, "7DF#0103000000000000"), (0.3005, "7E8#0443010303000000"), (0.3, "7E0#0319020C00000000"), (0.55, "7E8#0759020C03030024"), (0.7, "7E8#0759020C0303002F")])),
                     ("engine_1hz.csv", C("ice_drive", 1400, [(0.28, 0.7, "misfire_cnt", lambda v, p, r: int(p * 180)), (0.7, 1, "misfire_cnt", setv(180)), (0.28, 1, "rpm", lambda v, p, r: v + r.randint(-90, 90))], timecol="idx")),
                     ("ecm_trace.txt", T("plain", "ecm", 700, [(0.7, "I", "ECM", "cyl 3 inj off (cat prot), rev limit 3000")]))]))
B.append(dict(F("powertrain", "fuel", "low", ["medium"], "driving", "engine_1hz.csv",
    "Long-term fuel trim creeps to +22-26% at idle and drops under load (unmetered air); a pending P0171-type code, nothing else complains."),
    dur=3000, files=[("engine_1hz.csv", C("ice_drive", 1600, [(0.2, 1, "ltft_pct", lambda v, p, r: round(14 + 11 * p + r.uniform(-1, 1), 1)), (0.2, 1, "stft_pct", lambda v, p, r: round(r.uniform(2, 8), 1))], timecol="local")),
                     ("tester_trace.txt", U(400, {"ECM": [("017100", 0x24)]})),
                     ("ecm_trace.txt", T("plain", "ecm", 600))]))
B.append(dict(F("powertrain", "inverter", "high", ["critical"], "driving", "vcu.log",
    "Phase-V current sensor of the rear inverter develops an offset; inverter reports implausible current sum, drops to 40% torque; VCU and cluster then fill the logs."),
    dur=2400, files=[("vcu.log", T("plain", "vcu", 900, [(0.4, "I", "INV", "ph cur sum 11.8 A (lim 10) cnt 1"), (0.41, "I", "INV", "ph cur sum 14.2 A cnt 4"), (0.43, "I", "INV", "sensor V offset est +13 A -> safe torque 40%")] + [(0.44 + i * 0.005, "E", "VCU", "drive torque limited by inverter, driver req %d%%" % (60 + i)) for i in range(30)])),
                     ("gateway_dlt.txt", T("dlt", "gw", 700, [(0.44 + i * 0.01, "W", "ROUT", "ESP torque intervention msg 0x1A0 rejected by EDU (limit)") for i in range(15)])),
                     ("headunit_logcat.txt", T("logcat", "hu", 400, [(0.45, "W", "ClusterService", "telltale DRIVE_SYSTEM amber")]))]))
B.append(dict(F("powertrain", "transmission", "high", ["medium"], "driving", "ecm_trace.txt",
    "Hybrid dual-clutch: clutch 1 slip grows on 1-3-5 shifts, TCU locks into even gears (2nd only start) after three slip events."),
    dur=2700, files=[("ecm_trace.txt", T("plain", "ecm", 1000, [(0.3, "I", "TCU", "K1 slip 180 rpm during 1->3 (adapt)"), (0.38, "I", "TCU", "K1 slip 340 rpm during 3->5"), (0.45, "I", "TCU", "K1 slip 520 rpm, K1 disabled, odd gears unavailable")] + [(0.46 + i * 0.01, "I", "TCU", "gear 2 start, gear request %d refused" % (i % 2 * 2 + 3)) for i in range(20)])),
                     ("hybrid_1hz.csv", C("hyb_drive", 1300)),
                     ("headunit_logcat.txt", T("logcat", "hu", 400, [(0.46, "W", "ClusterService", "msg GEARBOX_FAULT_DRIVE_ON shown")]))]))

# ====================== thermal
B.append(dict(F("thermal", "pump", "high", ["medium"], "driving", "bms_signals.csv",
    "Drive-unit coolant pump speed falls to zero while commanded; motor temperature climbs past 140 C and the VCU derates. The CSV shows the pump stall minutes before any text line."),
    dur=2400, files=[("bms_signals.csv", C("ev_drive", 1400, [(0.3, 1, "pump_rpm", lambda v, p, r: 0), (0.3, 1, "t_motor_c", lambda v, p, r: round(min(152, v + 110 * p), 1))])),
                     ("vcu.log", T("plain", "vcu", 800, [(0.62 + i * 0.01, "I", "VCU", "limit table THERMAL, P_max %d kW" % (90 - i * 2)) for i in range(20)]))]))
B.append(dict(F("thermal", "hvac", "high", ["medium"], "driving", "hvac_ecu.log",
    "Refrigerant low-side pressure sits under 1.2 bar at compressor start; e-compressor is locked out for the trip and A/C reported unavailable."),
    dur=2400, files=[("hvac_ecu.log", T("uptime", "hvac", 700, [(0.05, "I", "HVAC", "ps_lo 1.1 bar ps_hi 5.8 bar at ecomp start"), (0.06, "I", "HVAC", "ecomp start attempt 2 ps_lo 0.9"), (0.07, "I", "HVAC", "ecomp inhibit: refrig charge, AC_OFF flag set")])),
                     ("headunit_logcat.txt", T("logcat", "hu", 700, [(0.071, "W", "CarPropertyService", "HVAC_AC_ON set rejected: NOT_AVAILABLE")] * 1 + [(0.1 + 0.05 * i, "W", "CarPropertyService", "HVAC_AC_ON set rejected: NOT_AVAILABLE") for i in range(10)]))]))
B.append(dict(F("thermal", "radiator", "low", ["medium"], "driving", "engine_1hz.csv",
    "Stop-and-go in heat: radiator fan commanded 100% but fan current stays 0 A and coolant climbs to 113 C, cooling only at speed; no text message."),
    dur=2700, files=[("engine_1hz.csv", C("ice_drive", 1500, [(0.3, 1, "fan_pct", setv(100)), (0.3, 1, "coolant_c", lambda v, p, r: round(96 + 17 * math.sin(p * math.pi) + r.uniform(-.5, .5), 1))])),
                     ("ecm_trace.txt", T("plain", "ecm", 700)), ("can0.candump", D(1200))]))
B.append(dict(F("thermal", "overtemp", "high", ["medium"], "driving", "vcu.log",
    "Front drive-unit stator temperature exceeds its limit on a long climb towing; front motor power limited, then returns after cooling."),
    dur=3000, files=[("vcu.log", T("plain", "vcu", 900, [(0.5, "I", "INV", "stator front 171 C (warn 165)"), (0.52, "I", "INV", "stator front 182 C, front axle P limited 30 kW"), (0.8, "I", "INV", "stator front 150 C, limit removed")])),
                     ("bms_signals.csv", C("ev_drive", 1300, [(0.4, 0.8, "t_motor_c", lambda v, p, r: round(90 + 90 * math.sin(p * math.pi * 0.6), 1))]))]))

# ====================== brakes_chassis
B.append(dict(F("brakes_chassis", "abs", "critical", ["high"], "driving", "chassis.log",
    "Front-left wheel-speed signal drops to zero at 80 km/h; ABS/ESC switch off, then ACC, LKA and hill-hold report themselves unavailable - the ADAS lines are loudest."),
    dur=2400, files=[("chassis.log", T("plainlv", "bcm", 700, [(0.4, "I", "ESP", "WSS FL 0.0 km/h vs ref 81 km/h, plaus cnt 3"), (0.401, "W", "ESP", "ABS passive, ESC passive, EBD kept")])),
                     ("adas_dc.INFO", T("glog", "adas", 900, [(0.402 + i * 0.004, "E", "planner.cc:610", "ACC unavailable: ESC not ready (state %d)" % i) for i in range(25)] + [(0.403, "E", "lane_det.cc:300", "LKA off: chassis degraded")])),
                     ("gateway_dlt.txt", T("dlt", "gw", 500, [(0.402, "W", "ROUT", "ESP status 0x0C1 QF=invalid forwarded")]))]))
B.append(dict(F("brakes_chassis", "tpms", "low", ["medium"], "driving", "tpms.jsonl",
    "Rear-right tyre loses pressure slowly from 2.45 to 1.95 bar over the trip while the others rise with temperature; no warning issued yet."),
    dur=3600, files=[("tpms.jsonl", J("tpms", 900, [(0.1, 1, "p_rr", ramp(2.45, 1.95))], src="TPMS")),
                     ("headunit_logcat.txt", T("logcat", "hu", 600)), ("tcu_syslog.log", T("syslog", "tbox", 400))]))
B.append(dict(F("brakes_chassis", "eps", "critical", ["high"], "driving", "gateway_dlt.txt",
    "Steering torque sensor channels disagree; EPS ramps assist down to a reduced level while driving, reported as C-code in the gateway DLT and heavy-steering warning."),
    dur=2400, files=[("gateway_dlt.txt", T("dlt", "gw", 900, [(0.5, "I", "DIAG", "DTC event ECU 0x30 C0460-64 status 0x09"), (0.502, "I", "DIAG", "ECU 0x30 assist level 30% (degraded)")])),
                     ("adas_dc.INFO", T("glog", "adas", 700, [(0.503 + i * 0.01, "E", "planner.cc:620", "lateral control request refused by EPS") for i in range(20)])),
                     ("headunit_logcat.txt", T("logcat", "hu", 400, [(0.504, "W", "ClusterService", "telltale STEERING red, chime")]))]))
B.append(dict(F("brakes_chassis", "brakes", "medium", ["high"], "parked", "chassis.log",
    "Electric parking brake left caliper motor draws overcurrent and the clamp is not reached at park; only right side applied, car parked on grade with reduced holding."),
    dur=900, files=[("chassis.log", T("plainlv", "bcm", 500, [(0.6, "I", "EPB", "apply L: I=14.8 A at 120 ms, clamp 4.1 kN target 16"), (0.601, "I", "EPB", "apply L retry I=15.2 A, stop"), (0.602, "W", "EPB", "EPB partly applied")])),
                     ("headunit_logcat.txt", T("logcat", "hu", 500, [(0.603, "W", "ClusterService", "msg PARK_BRAKE_CHECK shown")]))]))

# ====================== body
B.append(dict(F("body", "airbag", "critical", ["high"], "driving", "tester_trace.txt",
    "Passenger occupant classification mat reports out of range; SRS disables the front passenger airbag while a passenger is seated. Confirmed B-code in the SRS UDS reply."),
    dur=2400, files=[("tester_trace.txt", U(500, {"SRS": [("9A5214", 0x2F)], "BCM": [("9A1200", 0x28)]})),
                     ("headunit_logcat.txt", T("logcat", "hu", 600, [(0.3, "W", "ClusterService", "telltale AIRBAG red on")])),
                     ("bcm_events.txt", T("plain", "bcm", 400, [(0.3, "I", "BCM", "PAB OFF lamp lit by SRS request")]))]))
B.append(dict(F("body", "doors", "medium", ["high"], "parked", "bcm_events.txt",
    "Driver door lock actuator does not reach end position on remote lock; BCM aborts locking and the car stays unlocked (parked)."),
    dur=3600, files=[("bcm_events.txt", T("plain", "bcm", 600, [(0.5, "I", "BCM", "lock cmd from key fob rssi -61"), (0.501, "I", "BCM", "FL latch pos unknown after 600 ms, motor I 0.1 A"), (0.502, "I", "BCM", "central lock aborted, state UNLOCKED")])),
                     ("tcu_syslog.log", T("syslog", "tbox", 500, [(0.51, "W", "rvs", "app notify: vehicle not locked")]))]))
B.append(dict(F("body", "lighting", "high", ["medium"], "driving", "bcm_events.txt",
    "Left low-beam LED module reads open load at night; BCM falls back to fog lamp, lamp-out message on the cluster."),
    dur=2400, files=[("bcm_events.txt", T("plain", "bcm", 700, [(0.2, "I", "BCM", "LB L I=0.02 A (exp 0.9), open load"), (0.201, "I", "BCM", "substitute FOG L on")])),
                     ("headunit_logcat.txt", T("logcat", "hu", 600, [(0.21, "W", "ClusterService", "msg LAMP_CHECK_LEFT shown")]))]))
B.append(dict(F("body", "hmi", "high", ["medium"], "driving", "hu_dmesg.txt",
    "Touch controller of the centre display stops answering on I2C; driver resets it repeatedly, touch input dead for the rest of the drive while the UI keeps running."),
    dur=2400, files=[("hu_dmesg.txt", T("dmesg", "dmesg", 900, [(0.3 + i * 0.02, "E", "", "atmel_mxt_ts 4-004a: __mxt_read_reg: i2c transfer failed (-121)") for i in range(15)] + [(0.31, "E", "", "atmel_mxt_ts 4-004a: controller reset, no response")])),
                     ("headunit_logcat.txt", T("logcat", "hu", 800, [(0.32, "W", "InputReader", "device removed: /dev/input/event2 'touchscreen'")]))]))

# ====================== adas_perception
B.append(dict(F("adas_perception", "camera", "high", ["medium"], "driving", "adas_dc.INFO",
    "Front camera deserializer loses link lock repeatedly; frames missing, lane keeping and traffic-sign recognition switched off. Loud lines about stale lane data follow."),
    dur=2400, files=[("adas_dc.INFO", T("glog", "adas", 1000, [(0.4 + i * 0.01, "W", "gmsl.cc:77", "link A lock lost, relock %d ms" % (20 + i * 7)) for i in range(8)] + [(0.5 + i * 0.005, "E", "lane_det.cc:120", "lane model stale > 300 ms") for i in range(30)] + [(0.51, "E", "health.cc:80", "FCAM degraded: LKA/TSR off")])),
                     ("headunit_logcat.txt", T("logcat", "hu", 500))]))
B.append(dict(F("adas_perception", "radar", "low", ["medium"], "driving", "radar_align.jsonl",
    "Front radar azimuth misalignment estimate drifts to 2.3 deg after a parking bump; ACC still active, visible only in the alignment stream."),
    dur=3000, files=[("radar_align.jsonl", J("radar", 1000, [(0.2, 1, "az_misalign_deg", ramp(0.3, 2.3))], src="FRR")),
                     ("adas_dc.INFO", T("glog", "adas", 800))]))
B.append(dict(F("adas_perception", "gnss", "low", ["medium"], "driving", "tcu_syslog.log",
    "GNSS antenna circuit reads open; telematics and navigation fall to dead reckoning all trip with growing error. Logged only."),
    dur=2400, files=[("tcu_syslog.log", T("syslog", "tbox", 700, [(0.01, "I", "gnssd", "antenna status OPEN (supervisor)")] + [(0.05 + i * 0.05, "I", "gnssd", "NMEA GGA fix=0 sats=0") for i in range(18)])),
                     ("adas_dc.INFO", T("glog", "adas", 700, [(0.1 + i * 0.05, "W", "loc.cc:140", "no GNSS, DR pos std %d m" % (5 + i * 12)) for i in range(17)]))]))
B.append(dict(F("adas_perception", "ultrasonic", "high", ["medium"], "driving", "uss_ranges.jsonl",
    "Rear-left-centre ultrasonic sensor reports a constant 27 cm at all times; park assist flags permanent obstacle and is disabled during parking."),
    dur=900, files=[("uss_ranges.jsonl", J("uss", 900, [(0.0, 1, "d_rlc_cm", setv(27))], src="USS")),
                     ("adas_dc.INFO", T("glog", "adas", 500, [(0.6, "W", "uss.cc:150", "park assist: obstacle persists, manoeuvre aborted")]))]))

# ====================== connectivity_network
B.append(dict(F("connectivity_network", "gateway", "medium", ["high"], "driving", "gateway_dlt.txt",
    "Gateway routing queue to body CAN overflows for ~40 s and drops frames; BCM, seats and HVAC log lost-communication codes, then routing recovers."),
    dur=2400, files=[("gateway_dlt.txt", T("dlt", "gw", 900, [(0.4, "I", "ROUT", "txq BD-CAN hi-watermark 256/256"), (0.401, "I", "ROUT", "drop cnt 118 ch BD")] + [(0.42, "I", "ROUT", "txq BD-CAN 12/256 normal")])),
                     ("bcm_events.txt", T("plain", "bcm", 500, [(0.402 + i * 0.001, "E", "BCM", "U0164 lost comm HVAC timeout") for i in range(10)] + [(0.405, "E", "BCM", "U0100 lost comm with ECM/PCM 'A'")])),
                     ("headunit_logcat.txt", T("logcat", "hu", 400))]))
B.append(dict(F("connectivity_network", "can", "medium", ["high"], "driving", "can0.candump",
    "A node on comfort CAN goes bus-off (error frames burst in the raw trace), recovers twice; door and seat ECUs miss messages meanwhile."),
    dur=2400, files=[("can0.candump", D(3500, [(0.3 + i * 0.0002, "20000004#0000000000000000") for i in range(20)] + [(0.6 + i * 0.0002, "20000080#0000000000000000") for i in range(20)])),
                     ("bcm_events.txt", T("plain", "bcm", 500, [(0.301, "E", "BCM", "U0208 seat module timeout"), (0.601, "E", "BCM", "U0208 seat module timeout")])),
                     ("gateway_dlt.txt", T("dlt", "gw", 500))]))
B.append(dict(F("connectivity_network", "cellular", "high", ["medium"], "driving", "tcu_syslog.log",
    "LTE modem detaches every few minutes with SIM access errors; telematics uploads fail and eCall reports itself unavailable for long periods."),
    dur=3000, files=[("tcu_syslog.log", T("syslog", "tbox", 900, [(0.1 + i * 0.04, "E", "rild", "SIM IO error 0x6F00, radio power cycle") for i in range(20)] + [(0.12, "E", "ecall", "eCall service not available (no network)")])),
                     ("ota_agent.jsonl", T("jsonl", "tbox", 400, [(0.2 + i * 0.03, "E", "uploader", "upload failed: network unreachable") for i in range(20)]))]))
B.append(dict(F("connectivity_network", "lin", "high", ["medium"], "driving", "bcm_events.txt",
    "Rain-light sensor on LIN stops answering its frames; BCM switches to fall-back (low beam on, wipers interval) and auto modes are unavailable."),
    dur=2400, files=[("bcm_events.txt", T("plain", "bcm", 800, [(0.3, "I", "BCM", "LIN2 RLS no response id 0x23"), (0.301, "I", "BCM", "LIN2 RLS no response id 0x23 (3x)"), (0.302, "I", "BCM", "auto light/wipe fallback")])),
                     ("headunit_logcat.txt", T("logcat", "hu", 500))]))

# ====================== software_platform
B.append(dict(F("software_platform", "oom", "medium", ["high"], "driving", "headunit_logcat.txt",
    "Navigation process leaks memory; low-memory killer kills it and later system_server restarts, head unit UI back after 40 s."),
    dur=3000, files=[("headunit_logcat.txt", T("logcat", "hu", 1000, [(0.5 + i * 0.02, "I", "lowmemorykiller", "Kill 'com.maker.nav' (%d), adj 0, rss %d kB" % (3000 + i, 800000 + i * 90000)) for i in range(5)] + [(0.65, "E", "Zygote", "System server process has died. Restarting Zygote!")])),
                     ("hu_dmesg.txt", T("dmesg", "dmesg", 600))]))
B.append(dict(F("software_platform", "watchdog", "medium", ["high"], "parked", "tcu_syslog.log",
    "Telematics box resets by its hardware watchdog every ~8 min overnight after a stuck logging daemon; remote functions unavailable while parked."),
    dur=8 * 3600, files=[("tcu_syslog.log", T("syslog", "tbox", 900, [(0.1 + i * 0.06, "W", "kernel", "watchdog: watchdog0: pretimeout, canlog not fed") for i in range(14)] + [(0.101 + i * 0.06, "I", "kernel", "Booting Linux, reset reason WDT") for i in range(14)])),
                     ("gateway_dlt.txt", T("dlt", "gw", 600, [(0.1 + i * 0.06, "W", "NMGR", "node 0x4C (TCU) lost NM") for i in range(14)]))]))
B.append(dict(F("software_platform", "ota", "low", ["medium"], "parked", "ota_agent.jsonl",
    "Head unit update to 7.3.0 fails the post-boot health check and rolls back to the previous slot automatically; car fine on old version."),
    dur=3600, files=[("ota_agent.jsonl", T("jsonl", "tbox", 600, [(0.5, "I", "ota", "HU booted slot B 7.3.0"), (0.52, "E", "ota", "HU health report missing after 300 s, rolling back"), (0.6, "I", "ota", "HU booted slot A 7.2.3, campaign marked FAILED")])),
                     ("hu_dmesg.txt", T("dmesg", "dmesg", 600, [(0.51, "E", "", "init: Service 'vendor.carhal' exited too many times, rebooting into bootloader")]))]))
B.append(dict(F("software_platform", "filesystem", "high", ["medium"], "driving", "hu_dmesg.txt",
    "Head unit eMMC data partition gets ext4 errors and is remounted read-only; apps crash when saving and logging stops."),
    dur=2400, files=[("hu_dmesg.txt", T("dmesg", "dmesg", 900, [(0.3, "E", "", "mmc0: cache flush error -110"), (0.301, "E", "", "EXT4-fs error (device mmcblk0p40): ext4_find_entry:1465: inode #2: comm system_server: reading directory lblock 0"), (0.302, "E", "", "EXT4-fs (mmcblk0p40): Remounting filesystem read-only")])),
                     ("headunit_logcat.txt", T("logcat", "hu", 700, [(0.31 + i * 0.02, "E", "AndroidRuntime", "FATAL EXCEPTION: java.io.IOException: Read-only file system") for i in range(15)]))]))

# ====================== power_supply
B.append(dict(F("power_supply", "lv_battery", "medium", ["high"], "parked", "lv_monitor.csv",
    "12 V battery voltage collapses while parked for a week; on wake many ECUs report undervoltage resets, the battery drop comes first in the monitor CSV."),
    dur=7 * 86400, files=[("lv_monitor.csv", C("lv_park", 1400, [(0.6, 1, "v12", ramp(12.3, 10.9))], timecol="local")),
                          ("gateway_dlt.txt", T("dlt", "gw", 800, [(0.97 + i * 0.001, "E", "NMGR", "node 0x%02X reset (undervoltage)" % (0x40 + i)) for i in range(20)]))]))
B.append(dict(F("power_supply", "dcdc", "high", ["critical"], "driving", "bms_signals.csv",
    "EV DC-DC output falls: 12 V net drops from 14.1 to 11.6 V during driving; load shedding turns off seat heaters and rear defrost, many modules log undervoltage."),
    dur=2400, files=[("bms_signals.csv", C("ev_drive", 1400, [(0.4, 1, "v12", ramp(13.9, 11.6))])),
                     ("gateway_dlt.txt", T("dlt", "gw", 800, [(0.7 + i * 0.004, "W", "PWRM", "load shed step %d" % i) for i in range(5)] + [(0.75 + i * 0.003, "E", "NMGR", "node 0x%02X undervoltage DTC" % (0x10 + i)) for i in range(25)]))]))
B.append(dict(F("power_supply", "alternator", "low", ["medium"], "driving", "engine_1hz.csv",
    "Alternator stops charging: system voltage sits near 12.1 V at speed and slowly falls; no message yet."),
    dur=3000, files=[("engine_1hz.csv", C("ice_drive", 1500, [(0.3, 1, "v12", ramp(12.4, 11.9))], timecol="idx")),
                     ("ecm_trace.txt", T("plain", "ecm", 700)), ("tcu_syslog.log", T("syslog", "tbox", 300))]))
B.append(dict(F("power_supply", "lv_distribution", "high", ["critical"], "driving", "pdu.log",
    "Power distribution relay for the ADAS feed chatters; radar and camera ECUs reboot, ADAS stack shouts about lost sensors while the root is a few relay lines."),
    dur=2400, files=[("pdu.log", T("uptime", "pdu", 500, [(0.4, "I", "PDU", "K7 out 8.2 V (in 13.9) t=30ms"), (0.45, "I", "PDU", "K7 out 0.4 V t=60ms")])),
                     ("adas_dc.INFO", T("glog", "adas", 900, [(0.401 + i * 0.003, "E", "health.cc:90", "sensor %s heartbeat lost" % s) for i, s in enumerate(["FRR", "FCAM", "FRR", "FCAM"] * 6)])),
                     ("gateway_dlt.txt", T("dlt", "gw", 500, [(0.41, "W", "NMGR", "node 0x57 lost NM")]))]))


def main():
    labels = []
    total = 0
    order = list(B)
    random.Random(SEED).shuffle(order)  # healthy and faulty batches interleaved
    for i, b in enumerate(order, 1):
        name = "s%03d" % i
        r = random.Random(SEED * 1000 + i)
        ep0 = dt.datetime(2026, 11, 2, tzinfo=UTC).timestamp() + (i - 1) * 86400 * 0.5 + r.randint(5, 20) * 3600 + r.randint(0, 3599)
        d = os.path.join(ROOT, name)
        os.makedirs(d, exist_ok=True)
        assert 2 <= len(b["files"]) <= 4, name
        for fn, builder in b["files"]:
            lines = builder(r, ep0, b["dur"])
            assert 300 <= len(lines) <= 20000, (name, fn, len(lines))
            with open(os.path.join(d, fn), "w", newline="\n") as f:
                f.write("\n".join(lines) + "\n")
            total += 1
        names = [fn for fn, _ in b["files"]]
        assert b["root_cause_file"] is None or b["root_cause_file"] in names, name
        labels.append({"batch": name, "category": b["category"], "subsystem": b["subsystem"], "risk_level": b["risk_level"],
                       "risk_accept": b["risk_accept"], "vehicle_state": b["vehicle_state"],
                       "root_cause_file": b["root_cause_file"], "description": b["description"]})
    with open(os.path.join(ROOT, "labels.json"), "w") as f:
        json.dump(labels, f, indent=1)
        f.write("\n")
    print(len(labels), "batches", total, "files")


if __name__ == "__main__":
    main()
