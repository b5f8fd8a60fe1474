#!/usr/bin/env python3
"""Generator for the tuning11 set: commercial vehicles and fleets (J1939 trucks, buses, vans, trailers).
Python 3.11 standard library only. Fixed seeds: re-running reproduces every file byte for byte."""
import json, os, random, datetime as dt

SET = os.path.dirname(os.path.abspath(__file__))
MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
LABELS = []

def D(t):
    return dt.datetime.fromtimestamp(t, dt.timezone.utc)
def iso(t):
    return D(t).strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % int((t % 1) * 1000)
def sysl(t):
    d = D(t); return "%s %2d %s" % (MON[d.month - 1], d.day, d.strftime("%H:%M:%S"))
def logcat(t):
    d = D(t); return d.strftime("%m-%d %H:%M:%S.") + "%03d" % int((t % 1) * 1000)

SA_NAME = {0x00: "Engine #1", 0x03: "Transmission #1", 0x0B: "Brakes - System Controller", 0x10: "Retarder, Driveline",
           0x17: "Instrument Cluster #1", 0x21: "Body Controller", 0x2A: "Headway Controller", 0x3D: "Exhaust Emission Controller",
           0x33: "Tire Pressure Controller", 0xC8: "Trailer #1 Bridge", 0xEE: "Tachograph", 0x4A: "Telematics Unit",
           0x19: "Climate Control #1", 0xE8: "Lane Departure Warning", 0xF3: "Battery Pack Monitor #1", 0xEF: "Motor/Inverter #1",
           0x13: "Steering Controller", 0x31: "Door Controller #1", 0x25: "DC/DC Converter", 0x26: "Electrical System"}

# ------------------------------------------------------------------ signals
DIESEL_COLS = ["ts", "speed_kmh", "engine_rpm", "torque_pct", "coolant_c", "oil_press_kpa", "fuel_rate_lph", "rail_mpa",
               "boost_kpa", "egt_c", "dpf_soot_pct", "dpf_dp_kpa", "def_level_pct", "nox_in_ppm", "nox_out_ppm",
               "air_press1_kpa", "air_press2_kpa", "batt_v", "ambient_c", "pto_active", "trailer_connected"]
EBUS_COLS = ["ts", "speed_kmh", "soc_pct", "pack_v", "pack_a", "cell_max_mv", "cell_min_mv", "cell_tmax_c", "iso_kohm",
             "motor_c", "inverter_c", "coolant_c", "pump_rpm", "cabin_c", "setpoint_c", "refrig_hp_bar", "lv_v",
             "dcdc_a", "air_press1_kpa", "doors_open"]

def speed_profile(rng, n, mode):
    v, out, stop = 0.0, [], 0
    for i in range(n):
        if mode in ("idle", "parked", "charging", "pto"):
            v = 0.0
        elif mode == "bus":
            if stop > 0:
                stop -= 1; v = max(0.0, v - 6)
            else:
                v = min(50.0, v + rng.uniform(-1, 2.5))
                if rng.random() < 0.012: stop = rng.randint(20, 45)
        elif mode == "van":
            if stop > 0:
                stop -= 1; v = max(0.0, v - 8)
            else:
                v = min(70.0, max(0.0, v + rng.uniform(-1.5, 2.2)))
                if rng.random() < 0.006: stop = rng.randint(60, 160)
        else:  # highway truck
            target = 84 if i > 60 else i * 1.3
            v += (target - v) * 0.08 + rng.uniform(-0.8, 0.8)
            v = max(0.0, v)
        out.append(v)
    return out

def signals(rng, t0, n, mode, cols, over=None, amb=12.0, trailer=1, pto=None, soot0=35.0):
    sp = speed_profile(rng, n, mode)
    rows = [",".join(cols)]
    soot, defl, soc, air1, air2, cool, cab = soot0, 62.0, 58.0, 820.0, 830.0, amb + 10, amb + 4
    for i in range(n):
        t = t0 + i; v = sp[i]; r = {"ts": iso(t)}
        if cols is DIESEL_COLS:
            idle = v < 1
            p = pto(i) if pto else 0
            rpm = 620 + rng.uniform(-15, 15) if idle and not p else (1150 + rng.uniform(-30, 30) if idle else 900 + v * 6.5 + rng.uniform(-40, 40))
            tq = (8 + rng.uniform(0, 4)) if idle and not p else (35 + rng.uniform(-5, 5) if idle else 38 + rng.uniform(-12, 25))
            cool = min(88.0, cool + 0.05) + rng.uniform(-0.2, 0.2)
            soot = soot + 0.002
            defl = max(5.0, defl - 0.0015)
            air1 += (-3 if rng.random() < 0.08 else 4); air1 = min(845.0, max(720.0, air1))
            air2 += (-3 if rng.random() < 0.08 else 4); air2 = min(850.0, max(720.0, air2))
            nin = 180 + tq * 9 + rng.uniform(-30, 30)
            r.update(speed_kmh=v, engine_rpm=rpm, torque_pct=tq, coolant_c=cool, oil_press_kpa=150 + rpm * 0.18 + rng.uniform(-8, 8),
                     fuel_rate_lph=2.1 + tq * 0.42 + rng.uniform(-0.3, 0.3), rail_mpa=55 + tq * 1.1 + rng.uniform(-2, 2),
                     boost_kpa=102 + tq * 1.6 + rng.uniform(-4, 4), egt_c=230 + tq * 3.2 + rng.uniform(-10, 10),
                     dpf_soot_pct=soot, dpf_dp_kpa=1.2 + soot * 0.05 + v * 0.03 + rng.uniform(-0.2, 0.2), def_level_pct=defl,
                     nox_in_ppm=nin, nox_out_ppm=nin * 0.04 + rng.uniform(0, 8), air_press1_kpa=air1, air_press2_kpa=air2,
                     batt_v=27.9 + rng.uniform(-0.15, 0.15), ambient_c=amb + rng.uniform(-0.3, 0.3), pto_active=p,
                     trailer_connected=trailer if not callable(trailer) else trailer(i))
        else:
            a = -5 + rng.uniform(-3, 3) if v < 1 else v * 4.2 + rng.uniform(-40, 80)
            if mode == "charging": a = -210 + rng.uniform(-4, 4)
            soc = min(100.0, max(3.0, soc - a * 0.00028))
            cv = 3450 + soc * 5.2
            cool = min(42.0, cool + 0.02) + rng.uniform(-0.1, 0.1)
            cab += (21.0 - cab) * 0.01 + rng.uniform(-0.05, 0.05)
            doors = 1 if (mode == "bus" and v < 0.5 and rng.random() < 0.6) else 0
            r.update(speed_kmh=v, soc_pct=soc, pack_v=cv * 192 / 1000, pack_a=a, cell_max_mv=cv + rng.uniform(4, 12),
                     cell_min_mv=cv - rng.uniform(4, 12), cell_tmax_c=24 + abs(a) * 0.02 + rng.uniform(-0.3, 0.3),
                     iso_kohm=2200 + rng.uniform(-60, 60), motor_c=45 + v * 0.3 + rng.uniform(-1, 1),
                     inverter_c=38 + v * 0.2 + rng.uniform(-1, 1), coolant_c=cool, pump_rpm=3100 + rng.uniform(-40, 40),
                     cabin_c=cab, setpoint_c=21.0, refrig_hp_bar=14.5 + rng.uniform(-0.4, 0.4), lv_v=27.6 + rng.uniform(-0.1, 0.1),
                     dcdc_a=48 + rng.uniform(-6, 6), air_press1_kpa=800 + rng.uniform(-30, 30), doors_open=doors)
        if over:
            for col, f in over:
                r[col] = f(i, r[col], r)
        if i % 3: continue
        rows.append(",".join(str(r[c]) if isinstance(r[c], (str, int)) else "%.2f" % r[c] for c in cols))
    return "\n".join(rows) + "\n", sp

# ------------------------------------------------------------------ candump
def dm1_bytes(spn, fmi, oc, lamps):
    mil, rsl, awl, pl = lamps
    lb = (mil << 6) | (rsl << 4) | (awl << 2) | pl
    return [lb, 0xFF, spn & 0xFF, (spn >> 8) & 0xFF, ((spn >> 16) & 7) << 5 | fmi, oc & 0x7F, 0xFF, 0xFF]

def candump(rng, t0, n, sp, iface="can0", sas=(0x00, 0x03, 0x0B, 0x3D, 0x17), dm1=(), silent=(), extra=(), step=10):
    """dm1: (start, end, sa, spn, fmi, oc, lamps); silent: (sa, start, end); extra: (offset, line-without-ts)."""
    out = []
    def sil(sa, i):
        return any(s == sa and a <= i < b for s, a, b in silent)
    for i in range(0, n, step):
        t = t0 + i + rng.uniform(0, 0.004); v = sp[i] if i < len(sp) else 0
        frames = []
        if 0x00 in sas and not sil(0x00, i):
            rpm = int((650 + v * 6.5) / 0.125)
            frames.append(("0CF00400", [0xF1, 0x7D, 0x7D + int(v / 3), rpm & 0xFF, rpm >> 8, 0x00, 0xF0, 0x7D]))
            if i % 2 == 0:
                frames.append(("18FEEE00", [0x7F + rng.randint(0, 2), 0x7A, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]))
        if 0x0B in sas and not sil(0x0B, i):
            frames.append(("18F0010B", [0xC0, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0xFF, 0xFF]))
        if 0x17 in sas and not sil(0x17, i):
            sv = int(v * 256)
            frames.append(("18FEF117", [0xF3, sv & 0xFF, sv >> 8, 0x1F, 0x00, 0x00, 0xC0, 0x00]))
        if 0xC8 in sas and not sil(0xC8, i):
            frames.append(("18FEC1C8", [rng.randint(0, 255), 0x44, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00]))
        if 0xF3 in sas and not sil(0xF3, i):
            frames.append(("18FA01F3", [rng.randint(0x40, 0x50), 0x1B, 0x80, 0x7D, 0xFF, 0xFF, 0xFF, 0xFF]))
        if 0xEF in sas and not sil(0xEF, i):
            frames.append(("0CFA02EF", [rng.randint(0, 255), 0x7D, 0x80, 0x7D, 0x60, 0x60, 0xFF, 0xFF]))
        for sa in sas:
            if sil(sa, i): continue
            act = [d for d in dm1 if d[2] == sa and d[0] <= i < d[1]]
            if i % 1 == 0 and (i + sa) % 1 == 0:
                if act:
                    _, _, _, spn, fmi, oc, lamps = act[0]
                    b = dm1_bytes(spn, fmi, oc, lamps)
                else:
                    b = [0x00, 0xFF, 0x00, 0x00, 0x00, 0x00, 0xFF, 0xFF]
                frames.append(("18FECA%02X" % sa, b))
        for k, (cid, b) in enumerate(frames):
            out.append((t + k * 0.0011, "%s %s#%s" % (iface, cid, "".join("%02X" % x for x in b))))
    for off, line in extra:
        out.append((t0 + off, line))
    out.sort(key=lambda x: x[0])
    return "".join("(%.6f) %s\n" % (t, l) for t, l in out)

# ------------------------------------------------------------------ syslog-ish text logs
def textlog(rng, t0, n, noise, inject=(), every=(1.5, 5), fmt="syslog", host="tgw"):
    """noise: list of (proc, callable(rng)->msg) ; inject: (offset, proc, msg)."""
    items, t = [], t0 + rng.uniform(0, 2)
    while t < t0 + n:
        proc, f = rng.choice(noise)
        items.append((t, proc, f(rng)))
        t += rng.uniform(*every)
    for off, proc, msg in inject:
        items.append((t0 + off, proc, msg))
    items.sort(key=lambda x: x[0])
    pids = {}
    lines = []
    for t, proc, msg in items:
        pid = pids.setdefault(proc, 300 + (sum(map(ord, proc)) * 7) % 3000)
        if fmt == "syslog":
            lines.append("%s %s %s[%d]: %s" % (sysl(t), host, proc, pid, msg))
        elif fmt == "logcat":
            lvl, _, m = msg.partition("|") if "|" in msg[:2] else ("I", "", msg)
            lines.append("%s  %5d  %5d %s %-16s: %s" % (logcat(t), pid, pid + 11, lvl, proc, m))
        elif fmt == "glog":
            d = D(t); lv, _, m = msg.partition("|")
            lines.append("%s%s %s.%06d %6d %s] %s" % (lv, d.strftime("%m%d"), d.strftime("%H:%M:%S"), int((t % 1) * 1e6), pid, proc, m))
        elif fmt == "iso":
            lines.append("%s [%s] %s" % (iso(t), proc, msg))
    return "\n".join(lines) + "\n"

def jsonl(rng, t0, n, noise, inject=(), every=(1.5, 5)):
    items, t = [], t0 + rng.uniform(0, 2)
    while t < t0 + n:
        items.append((t, rng.choice(noise)(rng)))
        t += rng.uniform(*every)
    for off, d in inject:
        items.append((t0 + off, d))
    items.sort(key=lambda x: x[0])
    return "".join(json.dumps(dict(ts=iso(t), **d), sort_keys=False) + "\n" for t, d in items)

def fleet_csv(rng, t0, n, vid, inject=(), every=(2.5, 6), extra_noise=(), still=False):
    hdr = "event_time,vehicle_id,event_type,source_address,source_name,pgn,pgn_name,spn,fmi,occurrence_count,lamp,value,note"
    noise = [
        lambda r: ("POSITION", "", "", "", "", "", "", "", "", "%.5f;%.5f" % (r.uniform(51.1, 51.3), r.uniform(6.7, 6.9)), ""),
        lambda r: ("FUEL_LEVEL", "0x00", 65276, "Dash Display", 96, "", "", "", "%.1f" % r.uniform(40, 70), ""),
        lambda r: ("SPEED_BAND", "0x17", 65265, "Cruise Control/Vehicle Speed", 84, "", "", "", "%d" % r.randint(0, 90), ""),
        lambda r: ("ENGINE_HOURS", "0x00", 65253, "Engine Hours, Revolutions", 247, "", "", "", "%.1f" % (18432.1 + r.random()), ""),
        lambda r: ("HARSH_BRAKE", "0x0B", 61441, "Electronic Brake Controller 1", "", "", "", "", "%.2f" % r.uniform(0.31, 0.36), "threshold 0.30 g"),
        lambda r: ("IDLE_REPORT", "0x00", 61444, "Electronic Engine Controller 1", 190, "", "", "", "%d" % r.randint(600, 640), ""),
        lambda r: ("DM1_HEARTBEAT", "0x00", 65226, "Active Diagnostic Trouble Codes", 0, 0, 0, "off", "", "no active DTC"),
        lambda r: ("GEOFENCE", "", "", "", "", "", "", "", r.choice(["enter:DEPOT-NORTH", "exit:DEPOT-NORTH", "enter:CUST-0413", "exit:CUST-0413"]), ""),
    ] + list(extra_noise)
    if still:
        noise = [f for k, f in enumerate(noise) if k not in (2, 4)]
    items, t = [], t0 + rng.uniform(0, 3)
    while t < t0 + n:
        items.append((t, rng.choice(noise)(rng)))
        t += rng.uniform(*every)
    for off, row in inject:
        items.append((t0 + off, row))
    items.sort(key=lambda x: x[0])
    out = [hdr]
    for t, row in items:
        row = list(row)
        sa = row[1]
        sname = SA_NAME.get(int(sa, 16), "") if sa else ""
        if row[3] == sname: row[3] = ""
        cells = [str(x) for x in [row[0], row[1], sname] + row[2:]]
        cells = [('"%s"' % c) if "," in c else c for c in cells]
        out.append(",".join([D(t).strftime("%Y-%m-%d %H:%M:%S"), vid] + cells))
    return "\n".join(out) + "\n"

# ------------------------------------------------------------------ noise libraries
def R(*opts):
    return lambda r: r.choice(opts)

TGW_NOISE = [
    ("telematicsd", lambda r: "batch %04d queued: %d records (%d J1939, %d position)" % (r.randint(1, 9999), r.randint(80, 240), r.randint(40, 120), r.randint(20, 60))),
    ("telematicsd", lambda r: "upload batch %04d -> fleet.api:443 HTTP 202 in %d ms" % (r.randint(1, 9999), r.randint(140, 900))),
    ("telematicsd", lambda r: "upload batch %04d timed out after 15000 ms, kept in spool (attempt 1/5)" % r.randint(1, 9999) if r.random() < 0.15 else "spool depth %d batches, %d kB" % (r.randint(0, 3), r.randint(0, 300))),
    ("telematicsd", lambda r: "re-send batch %04d accepted, server reported %d duplicate records (dedup)" % (r.randint(1, 9999), r.randint(0, 40))),
    ("gnssd", lambda r: "fix 3D sats=%d hdop=%.1f speed=%.1f km/h" % (r.randint(7, 14), r.uniform(0.7, 1.6), r.uniform(0, 88))),
    ("modemd", lambda r: "LTE cell %05X rsrp=%d dBm rsrq=%d dB band %d" % (r.randint(0, 0xFFFFF), r.randint(-112, -78), r.randint(-14, -6), r.choice([3, 8, 20]))),
    ("modemd", R("PDP context up, apn=fleet.m2m", "handover to neighbour cell", "signal quality poll ok")),
    ("j1939d", lambda r: "address claim table: %d nodes, no conflicts" % r.randint(5, 9)),
    ("j1939d", lambda r: "PGN 65226 DM1 from SA 0x%02X: no active DTC" % r.choice([0x00, 0x03, 0x0B, 0x3D, 0x17])),
    ("j1939d", lambda r: "TP.BAM reassembled PGN %d (%d bytes) from SA 0x%02X" % (r.choice([65260, 65259, 65242]), r.choice([17, 23, 34]), r.choice([0x00, 0x17]))),
    ("tachod", lambda r: "remote download slot check: next due in %d h" % r.randint(20, 600)),
    ("ntpd", R("time sync ok offset 0.012s", "time sync ok offset -0.004s")),
    ("kernel", R("usb 1-1: modem port ttyUSB2 ready", "can0: bitrate 250000 state ERROR-ACTIVE", "mmcblk0p3: mounted ext4 rw")),
]
STILL = ("parked", "pto", "idle", "charging")
TGW_STILL = [x for x in TGW_NOISE if x[0] != "gnssd"] + [("gnssd", lambda r: "fix 3D sats=%d hdop=%.1f speed=0.0 km/h" % (r.randint(7, 14), r.uniform(0.7, 1.6)))]
APP_NOISE = [
    ("DriverApp", lambda r: "I|stop %d/%d: navigating to customer, eta %d min" % (r.randint(1, 24), 24, r.randint(3, 40))),
    ("DriverApp", R("I|POD signature captured", "I|photo attached to consignment", "W|scanner: barcode unreadable, retry", "I|barcode scanned ok")),
    ("FleetSync", lambda r: "I|sync ok: %d messages, %d jobs" % (r.randint(0, 5), r.randint(0, 3))),
    ("FleetSync", R("W|sync: network unreachable, will retry in 30s", "I|sync ok after retry")),
    ("TachoBridge", lambda r: "I|driver activity DRIVING remaining %dh%02d" % (r.randint(0, 4), r.randint(0, 59))),
    ("TachoBridge", R("I|activity change: WORK", "I|activity change: AVAILABLE", "I|activity change: DRIVING")),
    ("VehicleLink", lambda r: "I|J1939 snapshot rpm=%d speed=%d fuel=%d%%" % (r.randint(600, 1500), r.randint(0, 88), r.randint(30, 80))),
    ("chatty", R("I|uid=10087(com.fleet.driver) expire 4 lines", "I|uid=1000(system) expire 2 lines")),
]
TACHO_NOISE = [
    lambda r: {"event": "activity", "slot": "driver", "activity": r.choice(["DRIVING", "WORK", "AVAILABLE", "BREAK/REST"])},
    lambda r: {"event": "position", "lat": round(r.uniform(51.1, 51.3), 5), "lon": round(r.uniform(6.7, 6.9), 5), "src": "GNSS"},
    lambda r: {"event": "odometer", "km": round(612340 + r.uniform(0, 80), 1)},
    lambda r: {"event": "speed_record", "kmh": r.randint(0, 89)},
]
BCM_BUS_NOISE = [
    ("doorctl", lambda r: "door %d %s (stop request=%d)" % (r.randint(1, 3), r.choice(["opened", "closed", "closing", "kneeling on", "kneeling off"]), r.randint(0, 1))),
    ("doorctl", R("ramp stowed", "door 2 edge sensor: reversing once (passenger)", "interlock released, drive enable")),
    ("hvacd", lambda r: "zone %d temp %.1f C set %.1f fan %d%%" % (r.randint(1, 3), r.uniform(19.5, 22.5), 21.0, r.randint(30, 70))),
    ("hvacd", lambda r: "compressor %s speed %d rpm hp=%.1f bar" % (r.choice(["run", "run", "idle"]), r.randint(1800, 4200), r.uniform(13, 16))),
    ("ibis", lambda r: "route 7%02d next stop '%s'" % (r.randint(0, 99), r.choice(["Hauptbahnhof", "Markt", "Klinikum", "Depot Nord", "Uni Ost"]))),
    ("ticketing", R("validator 2 online", "card tap ok", "card tap rejected: expired", "validator 3 rebooted (scheduled)")),
    ("lightctl", R("interior lights level 2", "destination sign refresh", "headlamps auto on", "headlamps auto off")),
]
OCPP_NOISE = [
    lambda r: '[2,"%08x","Heartbeat",{}]' % r.getrandbits(32),
    lambda r: '[3,"%08x",{"currentTime":"..."}]' % r.getrandbits(32),
    lambda r: '[2,"%08x","MeterValues",{"connectorId":1,"transactionId":5512,"meterValue":[{"sampledValue":[{"value":"%.1f","measurand":"Power.Active.Import","unit":"kW"},{"value":"%.1f","measurand":"SoC","unit":"Percent"}]}]}]' % (r.getrandbits(32), r.uniform(140, 150), r.uniform(40, 90)),
    lambda r: '[2,"%08x","StatusNotification",{"connectorId":1,"status":"Charging","errorCode":"NoError"}]' % r.getrandbits(32),
]

def ocpp_log(rng, t0, n, inject=(), start=True):
    noise = [("ocpp", f) for f in OCPP_NOISE]
    noise = [(p, (lambda f: (lambda r: (lambda m: ("<- " if m.startswith("[3") else "-> ") + m)(f(r))))(f)) for p, f in noise]
    inj = list(inject)
    if start:
        inj = [(5, "ocpp", '-> [2,"0a11b2c3","StatusNotification",{"connectorId":1,"status":"Preparing","errorCode":"NoError"}]'),
               (9, "ocpp", '-> [2,"0a11b2c4","StartTransaction",{"connectorId":1,"idTag":"BUS-4417","meterStart":1182210}]'),
               (10, "ocpp", '<- [3,"0a11b2c4",{"idTagInfo":{"status":"Accepted"},"transactionId":5512}]')] + inj
    return textlog(rng, t0, n, noise, inj, every=(1, 4), fmt="iso")

# ------------------------------------------------------------------ batch writer
def write(batch, files, label):
    d = os.path.join(SET, batch); os.makedirs(d, exist_ok=True)
    for name, text in files.items():
        with open(os.path.join(d, name), "w", newline="\n") as f:
            f.write(text)
    LABELS.append(dict(batch=batch, **label))

def L(cat, sub, risk, acc, state, rcf, desc):
    return dict(category=cat, subsystem=sub, risk_level=risk, risk_accept=acc, vehicle_state=state, root_cause_file=rcf, description=desc)

T_BASE = 1796198400  # 2026-12-01T00:00:00Z (fictional fleet day)

# ------------------------------------------------------------------ composite helpers
def diesel(rng, t0, n, mode="highway", over=None, dm1=(), silent=(), can_extra=(), tgw=(), fleet=(), sas=(0x00, 0x03, 0x0B, 0x3D, 0x17),
           vid="TRK-4711", files=("signals.csv", "j1939_can0.candump", "telematics_gw.log", "fleet_events.csv"), amb=12.0, trailer=1, pto=None,
           app=(), tacho=(), soot0=35.0, fleet_noise=()):
    sig, sp = signals(rng, t0, n, mode, DIESEL_COLS, over, amb=amb, trailer=trailer, pto=pto, soot0=soot0)
    out = {}
    for f in files:
        if f.endswith(".csv") and f.startswith(("signals", "engine_signals", "vehicle_signals")): out[f] = sig
        elif f.endswith(".candump"): out[f] = candump(rng, t0, n, sp, sas=sas, dm1=dm1, silent=silent, extra=can_extra)
        elif f.startswith("telematics"): out[f] = textlog(rng, t0, n, TGW_NOISE if mode not in STILL else TGW_STILL, tgw, host="tgw-" + vid[-4:])
        elif f.startswith("fleet"): out[f] = fleet_csv(rng, t0, n, vid, fleet, extra_noise=fleet_noise, still=mode in STILL)
        elif f.startswith("driver_app"): out[f] = textlog(rng, t0, n, APP_NOISE, app, every=(1, 3.5), fmt="logcat")
        elif f.startswith("tacho"): out[f] = jsonl(rng, t0, n, TACHO_NOISE, tacho)
    return out

def ebus(rng, t0, n, mode="bus", over=None, dm1=(), silent=(), can_extra=(), bcm=(), ocpp=None, tgw=(),
         files=("bms_telemetry.csv", "vehicle_can.candump", "body_ctrl.log"), vid="EBUS-4417", fleet=()):
    sig, sp = signals(rng, t0, n, mode, EBUS_COLS, over)
    out = {}
    for f in files:
        if f.endswith(".csv") and not f.startswith("fleet"): out[f] = sig
        elif f.endswith(".candump"): out[f] = candump(rng, t0, n, sp, sas=(0xEF, 0xF3, 0x0B, 0x17, 0x25), dm1=dm1, silent=silent, extra=can_extra)
        elif f.startswith("body"): out[f] = textlog(rng, t0, n, BCM_BUS_NOISE, bcm, every=(1, 4), host="bcm-" + vid[-4:])
        elif f.startswith("ocpp"): out[f] = ocpp_log(rng, t0, n, ocpp or ())
        elif f.startswith("telematics"): out[f] = textlog(rng, t0, n, TGW_NOISE, tgw, host="tgw-" + vid[-4:])
        elif f.startswith("fleet"): out[f] = fleet_csv(rng, t0, n, vid, fleet)
    return out

def ramp(a, b, start, end):
    """value override: from start..end move linearly from a to b; after end stay b."""
    def f(i, v, r):
        if i < start: return v
        k = min(1.0, (i - start) / max(1, end - start))
        return v + (b - a) * k
    return f

def setv(start, end, val, jitter=0.0, rng=None):
    def f(i, v, r):
        if start <= i < end: return val + (rng.uniform(-jitter, jitter) if rng else 0)
        return v
    return f

def dmrow(sa, spn, fmi, oc, lamp, note, pgn=65226, pgn_name="DM1 Active Diagnostic Trouble Codes", value=""):
    return ("DM1", "0x%02X" % sa, pgn, pgn_name, spn, fmi, oc, lamp, value, note)

B = []
def batch(fn):
    B.append(fn); return fn

# ================================================================== batches
@batch
def s001(rng, t0):  # healthy: active DPF regeneration on the motorway
    n = 1800
    over = [("egt_c", lambda i, v, r: v + (290 if 400 <= i < 1300 else 0)),
            ("dpf_soot_pct", lambda i, v, r: 78 - (56 * min(1, max(0, i - 400) / 900)) + (v - 35) * 0),
            ("dpf_dp_kpa", lambda i, v, r: v + 2.2 - 1.9 * min(1, max(0, i - 400) / 900))]
    fl = [(398, ("REGEN_START", "0x3D", 64892, "Diesel Particulate Filter Control 1", 3719, "", "", "", "78", "active regen requested, soot 78%")),
          (1302, ("REGEN_END", "0x3D", 64892, "Diesel Particulate Filter Control 1", 3719, "", "", "", "22", "regen completed 15 min"))]
    tg = [(399, "j1939d", "PGN 64892 DPFC1 SA 0x3D: DPF active regeneration status=active, inhibit switch=off"),
          (1303, "j1939d", "PGN 64892 DPFC1 SA 0x3D: DPF active regeneration status=not active, soot 22%"),
          (700, "telematicsd", "upload batch 0311 timed out after 15000 ms, kept in spool (attempt 1/5)"),
          (731, "telematicsd", "re-send batch 0311 accepted, server reported 118 duplicate records (dedup)")]
    return diesel(rng, t0, n, over=over, fleet=fl, tgw=tg), L("none", "none", "low", [], "driving", None,
        "Tractor on the motorway runs a scheduled active DPF regeneration (EGT up, soot load falls 78->22%), one upload time-out re-sent; all routine.")

@batch
def s002(rng, t0):  # SCR doser clogging -> NOx slip -> inducement derate
    n = 1800
    over = [("nox_out_ppm", lambda i, v, r: v + (0 if i < 300 else min(1.0, (i - 300) / 700) * r["nox_in_ppm"] * 0.55)),
            ("torque_pct", lambda i, v, r: min(v, 60.0) if i >= 1450 else v),
            ("speed_kmh", lambda i, v, r: min(v, 72 + rng.uniform(-1, 1)) if i >= 1450 else v)]
    dm1 = [(1050, 1450, 0x3D, 4364, 18, 1, (1, 0, 0, 0)), (1450, n, 0x3D, 5246, 16, 1, (1, 0, 1, 0))]
    fl = [(1052, dmrow(0x3D, 4364, 18, 1, "MIL", "AT1 SCR conversion efficiency: data valid but below normal operating range")),
          (1452, dmrow(0x3D, 5246, 16, 1, "MIL+AWL", "AT SCR operator inducement severity: level 1, torque limited")),
          (1460, ("DERATE", "0x00", 61444, "Electronic Engine Controller 1", "", "", "", "", "60", "engine torque cap active"))]
    tg = [(1455, "j1939d", "DM1 SA 0x3D lamp MIL=on AWL=on, 1 DTC (SPN 5246 FMI 16)")]
    return diesel(rng, t0, n, over=over, dm1=dm1, fleet=fl, tgw=tg), L("powertrain", "emissions", "high", ["medium"], "driving", "signals.csv",
        "Tailpipe NOx creeps up from minute 5 while engine-out NOx is unchanged (DEF doser not delivering); later SCR efficiency DTC and an inducement torque cap, so high.")

@batch
def s003(rng, t0):  # healthy e-bus overnight depot charging
    n = 2400
    oc = [(1600, "ocpp", '-> [2,"77aa0001","Heartbeat",{}]'), (1630, "ocpp", "websocket ping timeout, reconnecting to csms.depot-nord:8443"),
          (1634, "ocpp", '-> [2,"77aa0002","BootNotification",{"chargePointVendor":"PantoMax","chargePointModel":"PM-450"}]'),
          (1635, "ocpp", '<- [3,"77aa0002",{"status":"Accepted","interval":60}]')]
    bc = [(2000, "hvacd", "preconditioning started for departure 05:40, target 20.0 C (grid power)"),
          (2300, "hvacd", "preconditioning reached target, holding")]
    return ebus(rng, t0, n, mode="charging", ocpp=oc, bcm=bc, files=("bms_telemetry.csv", "ocpp_charger.log", "body_ctrl.log")), L("none", "none", "low", [], "charging", None,
        "E-bus on the depot charger overnight, SoC rising, one OCPP websocket reconnect that recovers at once, cabin preconditioning before departure.")

@batch
def s004(rng, t0):  # isolation drop during depot charging
    n = 2000
    over = [("iso_kohm", lambda i, v, r: v if i < 700 else max(85.0, v - (i - 700) * 2.1) if i < 1500 else 60 + rng.uniform(-5, 5)),
            ("pack_a", lambda i, v, r: v if i < 1560 else 0.0 + rng.uniform(-0.3, 0.3))]
    dm1 = [(1558, n, 0xF3, 520201, 1, 1, (0, 1, 0, 0))]
    oc = [(1561, "ocpp", '-> [2,"88bc0101","StatusNotification",{"connectorId":1,"status":"SuspendedEV","errorCode":"NoError"}]'),
          (1575, "ocpp", '-> [2,"88bc0102","StopTransaction",{"transactionId":5512,"meterStop":1261877,"reason":"EVDisconnected"}]'),
          (1576, "ocpp", '-> [2,"88bc0103","StatusNotification",{"connectorId":1,"status":"Finishing","errorCode":"OtherError","vendorErrorCode":"EV_REQ_STOP_0x2F"}]')]
    return ebus(rng, t0, n, mode="charging", over=over, dm1=dm1, ocpp=oc, files=("bms_telemetry.csv", "ocpp_charger.log", "vehicle_can.candump")), \
        L("battery_bms", "hv_isolation", "medium", ["high"], "charging", "bms_telemetry.csv",
          "Isolation resistance slides from ~2.2 MOhm to below 100 kOhm during depot charging; BMS stops the session (red stop lamp DM1, charger reports EV stop). Charge aborted while parked: high lowered to medium.")

@batch
def s005(rng, t0):  # primary air circuit leak -> low air -> safe stop
    n = 1500
    def air(i, v, r):
        if i < 250: return v
        return max(480.0, v - (i - 250) * 0.28)
    over = [("air_press1_kpa", air), ("speed_kmh", lambda i, v, r: v if i < 1290 else max(0.0, v - (i - 1290) * 1.5))]
    dm1 = [(1170, n, 0x0B, 117, 18, 1, (0, 1, 0, 0))]
    fl = [(1172, dmrow(0x0B, 117, 18, 1, "RSL", "Brake Primary Pressure: moderately severe low")),
          (1380, ("STOP_EVENT", "", "", "", "", "", "", "", "hard shoulder", "driver stopped, hazard lights on"))]
    ap = [(1178, "DriverApp", "W|vehicle alert: LOW AIR PRESSURE circuit 1 - stop safely"), (1385, "DriverApp", "I|breakdown assistance requested, case 88-2271")]
    return diesel(rng, t0, n, over=over, dm1=dm1, fleet=fl, app=ap, files=("signals.csv", "j1939_can0.candump", "fleet_events.csv", "driver_app.log")), \
        L("brakes_chassis", "brakes", "critical", ["high"], "driving", "signals.csv",
          "Primary brake-air reservoir loses pressure steadily from minute 4 (compressor cannot keep up: leak), low-air red stop lamp and the driver stops on the hard shoulder: critical.")

@batch
def s006(rng, t0):  # healthy cold morning start
    n = 1500
    over = [("ambient_c", lambda i, v, r: v), ("batt_v", lambda i, v, r: (24.6 if i < 20 else 19.4 + rng.uniform(-0.3, 0.3) if i < 24 else v)),
            ("engine_rpm", lambda i, v, r: 0.0 if i < 20 else 180 + rng.uniform(-10, 10) if i < 24 else v),
            ("coolant_c", lambda i, v, r: -17 + min(85, i * 0.09)),
            ("air_press1_kpa", lambda i, v, r: min(v, 300 + i * 2.6)), ("air_press2_kpa", lambda i, v, r: min(v, 310 + i * 2.6)),
            ("speed_kmh", lambda i, v, r: 0.0 if i < 320 else v)]
    dm1 = [(25, 190, 0x0B, 117, 1, 1, (0, 0, 1, 0))]
    tg = [(3, "modemd", "cold start: modem temperature -17 C, waiting for RF warm-up"), (40, "gnssd", "no fix yet (cold start), sats=2"),
          (120, "gnssd", "fix 3D sats=9 hdop=1.1 speed=0.0 km/h"), (26, "j1939d", "DM1 SA 0x0B AWL on: SPN 117 FMI 1 (system building pressure)"),
          (191, "j1939d", "DM1 SA 0x0B: previously active SPN 117 FMI 1 cleared")]
    fl = [(21, ("IGNITION_ON", "", "", "", "", "", "", "", "", "")), (22, ("PREHEAT", "0x00", 65270, "Inlet/Exhaust Conditions 1", "", "", "", "", "-17", "intake heater 38 s"))]
    return diesel(rng, t0, n, mode="highway", over=over, dm1=dm1, tgw=tg, fleet=fl, amb=-17.0), L("none", "none", "low", [], "driving", None,
        "Cold morning at -17 C: crank dip to 19 V, intake heater, slow warm-up, low-air warning while the compressor fills the tanks, clears, then departure. All normal.")

@batch
def s007(rng, t0):  # trailer ABS wheel-speed sensor intermittent
    n = 1600
    ebs_noise = [("tebs", lambda r: "ISO11992 EBS22 rx ok, brake demand %.2f bar, axle load %d kg" % (r.uniform(0, 0.4), r.randint(5200, 6100))),
                 ("tebs", lambda r: "wheel speeds S1C=%.1f S1D=%.1f S2E=%.1f S2F=%.1f km/h" % ((lambda v: (v, v + r.uniform(-.3, .3), v + r.uniform(-.3, .3), v + r.uniform(-.3, .3)))(r.uniform(70, 86)))),
                 ("tebs", R("RSP (roll stability) inactive", "odometer trailer 381233 km", "supply voltage 24.1 V pin 2", "lift axle down")),
                 ("tebs", R("ISO 7638 power ok", "pneumatic control line pressure 0.0 bar"))]
    inj = []
    for k, off in enumerate([420, 515, 640, 702, 790, 851, 902, 944]):
        inj.append((off, "tebs", "S2F signal dropout %d ms at %.1f km/h (air gap?)" % (rng.randint(40, 240), 80 + rng.uniform(-4, 4))))
    inj += [(960, "tebs", "S2F implausible vs S2E for 2.0 s -> ABS control on axle 2 disabled, warning lamp request"),
            (961, "tebs", "fault stored: 0x2A31 wheel sensor S2F erratic (occurrences 9)")]
    dm1 = [(962, n, 0xC8, 792, 2, 9, (0, 0, 1, 0))]
    fl = [(965, dmrow(0xC8, 792, 2, 9, "AWL", "Wheel Sensor ABS Axle 2 Right: erratic, trailer ABS partly off"))]
    out = diesel(rng, t0, n, dm1=dm1, fleet=fl, sas=(0x00, 0x03, 0x0B, 0x3D, 0x17, 0xC8), files=("signals.csv", "j1939_can0.candump", "fleet_events.csv"))
    out["trailer_ebs.log"] = textlog(rng, t0, n, ebs_noise, inj, host="trailer-ebs")
    return out, L("brakes_chassis", "abs", "high", ["critical"], "driving", "trailer_ebs.log",
                  "Trailer EBS sees repeated dropouts on wheel sensor S2F (axle 2 right) before it disables ABS control on that axle and lights the trailer warning lamp; tractor shows only the DM1. Function lost while driving: high.")

@batch
def s008(rng, t0):  # trailer CAN (ISO 11992) physical fault -> everything on the trailer silent
    n = 1500
    def tcan():
        out = []
        for i in range(n):
            t = t0 + i + rng.uniform(0, 0.01)
            if 600 <= i < 760 and rng.random() < 0.35:
                out.append((t - 0.3, "can1 20000004#0000%02X0000000000" % rng.choice([0x08, 0x10, 0x20])))
            if 760 <= i < 775:
                out.append((t - 0.2, "can1 20000040#0000000000000000"))
            if i < 775:
                out.append((t, "can1 18FEC1C8#%02X44010000000000" % rng.randint(0, 255)))
                out.append((t + 0.002, "can1 0CFE6EC8#%04X%04X%04X%04X" % tuple(rng.randint(0x2000, 0x2100) for _ in range(4))))
                out.append((t + 0.004, "can1 18FECAC8#00FF00000000FFFF"))
                if i % 5 == 0: out.append((t + 0.006, "can1 18FEF433#%02X%02X7D7D00FFFFFF" % (rng.randint(0, 5), 0x8C + rng.randint(-1, 1))))
        return "".join("(%.6f) %s\n" % x for x in sorted(out))
    dm1 = [(780, n, 0x0B, 1239, 2, 1, (0, 0, 1, 0))]  # marker only, SPN chosen as vendor-neutral comm field
    tg = [(602, "kernel", "can1: bus error, error warning state (tx err 97 rx err 12)"), (690, "kernel", "can1: error passive state"),
          (762, "kernel", "can1: bus-off"), (763, "kernel", "can1: restarting interface (restart-ms 100)"),
          (790, "j1939d", "trailer bridge SA 0xC8 address claim lost; trailer nodes 0xC8,0x33 timed out"),
          (800, "telematicsd", "trailer TPMS and EBS data missing from batch (source offline)")]
    fl = [(782, dmrow(0x0B, 1239, 2, 1, "AWL", "tractor brake controller: trailer electronic brake communication missing")),
          (795, ("TRAILER_LINK", "0xC8", "", "Trailer #1 Bridge", "", "", "", "", "lost", "ISO 7638 data link down, pneumatic control only"))]
    out = diesel(rng, t0, n, dm1=dm1, fleet=fl, tgw=tg, files=("signals.csv", "telematics_gw.log", "fleet_events.csv"))
    out["trailer_can1.candump"] = tcan()
    return out, L("connectivity_network", "can", "high", ["medium"], "driving", "trailer_can1.candump",
                  "Error frames on the tractor-trailer CAN (can1) rise to error-passive and bus-off; the trailer bridge, EBS and TPMS go silent and the tractor warns trailer braking is pneumatic only: high.")

@batch
def s009(rng, t0):  # healthy long idle with PTO (crane truck)
    n = 2400
    pto = lambda i: 1 if (300 <= i < 900 or 1200 <= i < 1900) else 0
    fl = [(300, ("PTO_ON", "0x00", 65264, "Power Takeoff Information", 186, "", "", "", "1150", "crane hydraulics")),
          (900, ("PTO_OFF", "0x00", 65264, "Power Takeoff Information", 186, "", "", "", "", "")),
          (1200, ("PTO_ON", "0x00", 65264, "Power Takeoff Information", 186, "", "", "", "1150", "crane hydraulics")),
          (1900, ("PTO_OFF", "0x00", 65264, "Power Takeoff Information", 186, "", "", "", "", "")),
          (2000, ("IDLE_WARN", "0x00", 61444, "Electronic Engine Controller 1", "", "", "", "", "1700", "idle > 25 min, shutdown timer overridden by PTO"))]
    tg = [(1000, "telematicsd", "idle-time counter 16 min (PTO excluded)")]
    return diesel(rng, t0, n, mode="pto", pto=pto, fleet=fl, tgw=tg, vid="TRK-2093"), L("none", "none", "low", [], "parked", None,
        "Crane truck parked on site with two PTO sessions at 1150 rpm and long idling; idle warnings are fleet policy notices, no fault.")

@batch
def s010(rng, t0):  # alternator stops charging -> undervoltage cascade
    n = 1800
    over = [("batt_v", lambda i, v, r: v if i < 300 else max(21.3, 25.6 - (i - 300) * 0.0032) + rng.uniform(-0.05, 0.05) if i > 320 else 26.0)]
    dm1 = [(980, n, 0x00, 167, 1, 1, (0, 0, 1, 0)), (1380, n, 0x0B, 168, 4, 3, (0, 0, 1, 0)), (1420, n, 0x17, 168, 4, 2, (0, 0, 1, 0))]
    sil = [(0x0B, 1400, 1412), (0x17, 1430, 1441), (0x03, 1455, 1463)]
    tg = [(1401, "j1939d", "SA 0x0B (Brakes - System Controller) silent for 1000 ms"), (1413, "j1939d", "SA 0x0B address claim received (ECU restart)"),
          (1431, "j1939d", "SA 0x17 (Instrument Cluster #1) silent for 1000 ms"), (1442, "j1939d", "SA 0x17 address claim received (ECU restart)"),
          (1456, "j1939d", "SA 0x03 silent"), (1464, "j1939d", "SA 0x03 address claim received"), (1500, "kernel", "pmic: supply 21.6 V below 22.0 V, deferring flash writes")]
    fl = [(982, dmrow(0x00, 167, 1, 1, "AWL", "Charging System Potential (Voltage): below normal, most severe")),
          (1382, dmrow(0x0B, 168, 4, 3, "AWL", "Battery Potential / Power Input 1: voltage below normal")),
          (1422, dmrow(0x17, 168, 4, 2, "AWL", "Battery Potential / Power Input 1: voltage below normal"))]
    return diesel(rng, t0, n, over=over, dm1=dm1, silent=sil, tgw=tg, fleet=fl), L("power_supply", "alternator", "high", ["critical"], "driving", "signals.csv",
        "System voltage falls from 27.9 V to ~26 V at minute 5 and then drains slowly (alternator no longer charging); much later charging-potential DTC, then brake controller, cluster and TCU restart from undervoltage.")

@batch
def s011(rng, t0):  # healthy: tachograph driver change, card events
    n = 2400
    tc = [(100, {"event": "card_withdrawn", "slot": 1, "card": "DE-D-4471XX", "reason": "end of shift"}),
          (160, {"event": "card_inserted", "slot": 1, "card": "DE-D-9910YY", "auth": "retry"}),
          (163, {"event": "card_auth", "slot": 1, "result": "ok", "attempt": 2}),
          (170, {"event": "manual_entry", "slot": 1, "activity": "REST", "from": "prev day 21:05"}),
          (175, {"event": "country_start", "code": "D"}),
          (1800, {"event": "card_download", "slot": 1, "result": "ok", "bytes": 28644}),
          (1200, {"event": "gnss_signal", "state": "absent", "dur_s": 40, "note": "underpass"}),
          (1240, {"event": "gnss_signal", "state": "present"})]
    ap = [(101, "TachoBridge", "I|card 1 removed"), (164, "TachoBridge", "I|driver 2 logged in: M. Kovac"), (1801, "TachoBridge", "I|card download forwarded to fleet")]
    return diesel(rng, t0, n, tacho=tc, app=ap, files=("tacho_events.jsonl", "driver_app.log", "telematics_gw.log")), L("none", "none", "low", [], "driving", None,
        "Driver change: card withdrawn and another inserted (authentication needs a second try), manual entries, remote card download, a short GNSS gap under a bridge. Normal tachograph routine.")

@batch
def s012(rng, t0):  # telematicsd memory leak -> OOM kill
    n = 2400
    h = []
    for i in range(0, n, 10):
        rss = 38000 + i * 42 if i < 1900 else 40000 + (i - 1900) * 5
        h.append((i, {"proc": "telematicsd", "rss_kb": rss, "mem_avail_kb": max(9000, 210000 - i * 42) if i < 1900 else 196000, "spool": 2 if i < 1900 else 14}))
    noise = [lambda r: {"proc": "modemd", "rss_kb": 6100 + r.randint(0, 40)}, lambda r: {"proc": "gnssd", "rss_kb": 3300 + r.randint(0, 20)},
             lambda r: {"proc": "j1939d", "rss_kb": 9100 + r.randint(0, 60)}, lambda r: {"load1": round(r.uniform(0.2, 0.9), 2)}]
    tg = [(1890, "kernel", "Out of memory: Killed process 812 (telematicsd) total-vm:301224kB, anon-rss:116744kB"),
          (1891, "systemd", "telematicsd.service: Main process exited, code=killed, status=9/KILL"),
          (1896, "systemd", "telematicsd.service: Scheduled restart job, restart counter is at 1."),
          (1900, "telematicsd", "spool recovered: 14 batches pending, re-sending")] + [(1905 + k * 3, "telematicsd", "re-send batch %04d accepted, server reported %d duplicate records (dedup)" % (2200 + k, rng.randint(10, 90))) for k in range(14)]
    out = diesel(rng, t0, n, tgw=tg, files=("telematics_gw.log", "fleet_events.csv"))
    out["tgw_health.jsonl"] = jsonl(rng, t0, n, noise, h, every=(2, 6))
    return out, L("software_platform", "oom", "medium", ["low"], "driving", "tgw_health.jsonl",
                  "telematicsd memory grows steadily for half an hour until the kernel OOM killer stops it; systemd restarts it and the spool is re-sent. Recovered by itself: medium.")

@batch
def s013(rng, t0):  # viscous fan not engaging -> coolant overtemp on climb -> derate
    n = 1800
    over = [("coolant_c", lambda i, v, r: v if i < 500 else min(106.0, v + (i - 500) * 0.03) + rng.uniform(-0.2, 0.2)),
            ("torque_pct", lambda i, v, r: v + 30 if 500 <= i < 1400 else min(v, 55) if i >= 1400 else v),
            ("speed_kmh", lambda i, v, r: v * 0.7 if i >= 500 else v)]
    dm1 = [(300, 1300, 0x00, 1639, 18, 1, (0, 0, 0, 0)), (1300, n, 0x00, 110, 16, 1, (0, 0, 1, 0))]
    fl = [(1302, dmrow(0x00, 110, 16, 1, "AWL", "Engine Coolant Temperature: above normal, moderately severe")),
          (1310, ("DERATE", "0x00", 61444, "Electronic Engine Controller 1", "", "", "", "", "55", "engine protection torque limit"))]
    return diesel(rng, t0, n, over=over, dm1=dm1, fleet=fl, files=("j1939_can0.candump", "signals.csv", "fleet_events.csv")), \
        L("thermal", "radiator", "high", ["medium"], "driving", "j1939_can0.candump",
          "Engine ECU stores a lamp-less DTC for fan speed below demand (SPN 1639, only in raw DM1 bytes) minutes before a long climb; coolant then reaches 106 C and engine protection derates torque: high.")

@batch
def s014(rng, t0):  # healthy e-bus city route
    n = 2400
    bc = [(900, "doorctl", "door 2 edge sensor: reversing once (passenger)"), (901, "doorctl", "door 2 closed after reversal"),
          (1500, "ticketing", "validator 1 offline: backend unreachable, storing taps locally"), (1540, "ticketing", "validator 1 online, 17 taps uploaded")]
    return ebus(rng, t0, n, mode="bus", bcm=bc, files=("bms_telemetry.csv", "vehicle_can.candump", "body_ctrl.log")), L("none", "none", "low", [], "driving", None,
        "E-bus in city service: stops, doors, kneeling, HVAC, regenerative braking; one door reversal on a passenger and a ticket validator briefly offline. Healthy.")

@batch
def s015(rng, t0):  # bus door sensitive edge shorted -> door cannot close, interlock holds bus
    n = 1800
    bc = []
    for k in range(9):
        bc.append((1100 + k * 14, "doorctl", "door 2 close cmd -> edge input E2 asserted, reversing (%d)" % (k + 1)))
    bc = [(1040, "doorctl", "door 2 edge input E2 resistance 0.9 kOhm (nominal 8.2 kOhm end-of-line)")] + bc + [
        (1230, "doorctl", "door 2 blocked open after 9 reversals; drive interlock ACTIVE, stop brake held"),
        (1260, "doorctl", "driver request: door 2 emergency close refused (edge fault)"),
        (1400, "doorctl", "drive interlock override by driver key, bus removed from service"),
        (1401, "ibis", "service status: OUT OF SERVICE (door defect)")]
    over = [("speed_kmh", lambda i, v, r: 0.0 if 1090 <= i < 1400 else v), ("doors_open", lambda i, v, r: 1 if 1090 <= i < 1400 else v)]
    dm1 = [(1232, n, 0x31, 520410, 3, 9, (0, 0, 1, 0))]
    return ebus(rng, t0, n, mode="bus", over=over, bcm=bc, dm1=dm1, files=("body_ctrl.log", "bms_telemetry.csv", "vehicle_can.candump")), \
        L("body", "doors", "high", ["medium"], "driving", "body_ctrl.log",
          "Door 2 safety edge reads near short circuit; the door reverses on every close attempt, the drive interlock holds the bus at the stop and it is taken out of service: feature disabled, high.")

@batch
def s016(rng, t0):  # AEBS radar blinded / misaligned
    n = 1800
    noise = [("radar_mgr.cc:212", lambda r: "I|cycle %d objects=%d ego=%.1f" % (r.randint(1, 99999), r.randint(3, 24), r.uniform(60, 86))),
             ("track_mgr.cc:88", lambda r: "I|lead target id %d dist %.1f m rel %.1f m/s" % (r.randint(1, 60), r.uniform(40, 120), r.uniform(-3, 2))),
             ("align_mon.cc:45", lambda r: "I|vertical alignment %.2f deg (limit 1.50)" % r.uniform(-0.3, 0.3)),
             ("aebs_fsm.cc:301", R("I|AEBS state ACTIVE", "I|ACC state ENGAGED set 85", "W|FCW suppressed: driver braking"))]
    inj = [(500 + k * 30, "align_mon.cc:45", "W|vertical alignment %.2f deg (limit 1.50)" % (0.6 + k * 0.09)) for k in range(12)]
    inj += [(880, "blockage.cc:120", "W|detection range reduced to 62% of nominal"), (900, "align_mon.cc:61", "E|misalignment 1.63 deg above limit for 60 s, sensor not usable"),
            (901, "aebs_fsm.cc:301", "W|AEBS state UNAVAILABLE (sensor degraded)"), (901, "aebs_fsm.cc:302", "W|ACC state OFF, driver informed")]
    dm1 = [(902, n, 0x2A, 520310, 13, 1, (0, 0, 1, 0))]
    fl = [(905, dmrow(0x2A, 520310, 13, 1, "AWL", "headway radar out of calibration; AEBS/ACC switched off"))]
    ap = [(910, "DriverApp", "W|vehicle alert: Emergency braking system unavailable")]
    out = diesel(rng, t0, n, dm1=dm1, fleet=fl, app=ap, sas=(0x00, 0x03, 0x0B, 0x2A, 0x17), files=("j1939_can0.candump", "fleet_events.csv", "driver_app.log"))
    out["radar_front.INFO"] = textlog(rng, t0, n, noise, inj, every=(1, 4), fmt="glog")
    return out, L("adas_perception", "radar", "high", ["medium"], "driving", "radar_front.INFO",
                  "Front radar vertical alignment drifts past its 1.5 deg limit (bracket knocked), the range shrinks, and AEBS and ACC are switched off with a warning lamp: feature disabled while driving, high.")

@batch
def s017(rng, t0):  # healthy: trailer swap in a yard
    n = 2100
    tr = lambda i: 0 if 400 <= i < 1300 else 1
    sil = [(0xC8, 400, 1300)]
    fl = [(400, ("TRAILER_UNCOUPLED", "0xC8", "", "Trailer #1 Bridge", "", "", "", "", "TR-88121", "")),
          (1300, ("TRAILER_COUPLED", "0xC8", "", "Trailer #1 Bridge", "", "", "", "", "TR-90447", "TPMS auto-learn 6 sensors")),
          (1330, ("TPMS_LEARN", "0x33", 65268, "Tire Condition", "", "", "", "", "6/6", "trailer sensors learned"))]
    tg = [(401, "j1939d", "SA 0xC8 (Trailer #1 Bridge) gone after ISO 7638 power off - trailer uncoupled"),
          (402, "telematicsd", "trailer data source removed"), (1301, "j1939d", "SA 0xC8 address claim received, trailer VIN ...90447"),
          (1305, "telematicsd", "trailer TPMS: 2 sensors not yet seen, waiting"), (1330, "telematicsd", "trailer TPMS: all 6 sensors reporting")]
    over = [("speed_kmh", lambda i, v, r: min(v, 12.0))]
    return diesel(rng, t0, n, mode="van", over=over, trailer=tr, silent=sil, sas=(0x00, 0x03, 0x0B, 0x3D, 0x17, 0xC8), fleet=fl, tgw=tg, vid="TRK-5520"), \
        L("none", "none", "low", [], "driving", None,
          "Tractor in a distribution yard drops one trailer and couples another; trailer messages vanish and return, TPMS re-learns. Expected, no fault.")

@batch
def s018(rng, t0):  # roaming registration denied after border crossing
    n = 2400
    tg = [(600, "modemd", "registration changed: home -> searching (PLMN 26201 lost)"), (605, "modemd", "+CREG: 3 (registration denied) on PLMN 23003"),
          (660, "modemd", "+CREG: 3 (registration denied) on PLMN 23002, reject cause 13 (roaming not allowed in this location area)")]
    for k in range(30):
        tg.append((700 + k * 55, "telematicsd", "no data bearer, batch %04d spooled (spool %d batches)" % (4100 + k, 3 + k)))
        if k % 3 == 0: tg.append((720 + k * 55, "modemd", "network scan: 4 PLMNs, all rejected"))
    fl = [(598, ("GEOFENCE", "", "", "", "", "", "", "", "exit:COUNTRY-DE", "border crossing"))]
    out = diesel(rng, t0, n, tgw=tg, fleet=fl, files=("telematics_gw.log", "fleet_events.csv", "driver_app.log"))
    return out, L("connectivity_network", "cellular", "low", ["medium"], "driving", "telematics_gw.log",
                  "After a border crossing every foreign network refuses the SIM (roaming not allowed); nothing is uploaded for 30 minutes and data piles up in the spool. Nothing lost yet: low.")

@batch
def s019(rng, t0):  # clogged fuel filter -> rail pressure shortfall -> derate
    n = 1800
    over = [("rail_mpa", lambda i, v, r: v - (0 if i < 350 else min(1.0, (i - 350) / 900) * max(0, r["torque_pct"] - 30) * 0.9)),
            ("torque_pct", lambda i, v, r: min(v, 50.0) if i >= 1380 else v)]
    dm1 = [(1370, n, 0x00, 157, 18, 3, (0, 0, 1, 0))]
    fl = [(1372, dmrow(0x00, 157, 18, 3, "AWL", "Injector Metering Rail 1 Pressure: data valid but below normal, moderately severe")),
          (1375, ("DERATE", "0x00", 61444, "Electronic Engine Controller 1", "", "", "", "", "50", "rail pressure protection"))]
    return diesel(rng, t0, n, over=over, dm1=dm1, fleet=fl, files=("engine_signals.csv", "j1939_can0.candump", "fleet_events.csv")), \
        L("powertrain", "fuel", "high", ["medium"], "driving", "engine_signals.csv",
          "Common-rail pressure falls short of what the load needs, more and more, from minute 6 (restricted fuel supply); later SPN 157 FMI 18 and a 50% torque derate: high.")

@batch
def s020(rng, t0):  # healthy OTA check at depot, nothing to install
    n = 1800
    noise = [("ota-agent", lambda r: "inventory ECU 0x%02X sw %s ok" % (r.choice([0x00, 0x03, 0x0B, 0x17, 0x3D, 0x4A]), r.choice(["24.3.1", "5.12.0", "118.4", "2.0.7"]))),
             ("ota-agent", R("poll campaign server: no pending campaign", "heartbeat ok", "power mode: DEPOT_PARKED", "battery 25.2 V ok for flashing")),
             ("ota-agent", lambda r: "manifest signature verified (key id %08x)" % r.getrandbits(32)),
             ("uds", lambda r: "0x22 F195 -> 0x62 F195 %s" % " ".join("%02X" % r.randint(0x30, 0x39) for _ in range(6)))]
    inj = [(200, "ota-agent", "campaign server HTTP 503, retry in 60 s"), (262, "ota-agent", "poll campaign server: no pending campaign"),
           (1700, "ota-agent", "entering sleep, next check in 6 h")]
    out = diesel(rng, t0, n, mode="parked", files=("telematics_gw.log", "fleet_events.csv"))
    out["ota_agent.log"] = textlog(rng, t0, n, noise, inj, fmt="iso")
    return out, L("none", "none", "low", [], "parked", None,
                  "Parked in the depot: OTA agent reads ECU software versions, the campaign server answers 503 once then 'no campaign', unit goes to sleep. Nothing to install.")

@batch
def s021(rng, t0):  # cluster OTA verification failure -> rollback
    n = 1800
    noise = [("ota-agent", R("heartbeat ok", "power mode: DEPOT_PARKED", "battery 25.4 V ok for flashing", "download progress ok")),
             ("uds", lambda r: "-> 0x36 %02X [%d bytes]" % (r.randint(0, 255), 4093)), ("uds", lambda r: "<- 0x76 %02X" % r.randint(0, 255)),
             ("uds", R("-> 0x3E 80 (tester present)", "<- 0x7E 00"))]
    inj = [(100, "ota-agent", "campaign C-2611 'cluster 7.4.0' assigned, target ECU 0x17"),
           (130, "ota-agent", "image downloaded 11.9 MB, sha256 ok"), (140, "uds", "-> 0x10 02 (programming session)"), (141, "uds", "<- 0x50 02 00 19 01 F4"),
           (145, "uds", "-> 0x27 11"), (146, "uds", "<- 0x67 11 [seed]"), (147, "uds", "-> 0x27 12 [key]"), (148, "uds", "<- 0x67 12"),
           (150, "uds", "-> 0x31 01 FF 00 (erase bank B)"), (158, "uds", "<- 0x71 01 FF 00 00"), (160, "uds", "-> 0x34 00 44 00 08 00 00 00 BA 00 00")]
    inj += [(1400, "uds", "-> 0x37"), (1401, "uds", "<- 0x77"), (1403, "uds", "-> 0x31 01 02 02 (check programming dependencies)"),
            (1405, "uds", "<- 0x7F 31 72"), (1406, "ota-agent", "ECU 0x17 rejected image after transfer: NRC 0x72 generalProgrammingFailure (bank B CRC)"),
            (1410, "ota-agent", "rolling back: ECU 0x17 stays on bank A sw 7.3.2"), (1430, "uds", "-> 0x11 01"), (1431, "uds", "<- 0x51 01"),
            (1460, "ota-agent", "ECU 0x17 responding, sw 7.3.2, campaign C-2611 FAILED (reported to backend)")]
    out = diesel(rng, t0, n, mode="parked", files=("fleet_events.csv", "telematics_gw.log"))
    out["ota_agent.log"] = textlog(rng, t0, n, noise, inj, every=(1, 4), fmt="iso")
    return out, L("software_platform", "ota", "low", ["medium"], "parked", "ota_agent.log",
                  "Over-the-air update of the instrument cluster transfers fully but the ECU rejects it at the dependency check (NRC 0x72); the agent rolls back to the old bank. Recovered while parked: medium lowered to low.")

@batch
def s022(rng, t0):  # bus A/C refrigerant loss -> compressor lockout
    n = 2400
    over = [("refrig_hp_bar", lambda i, v, r: max(4.2, v - max(0, i - 200) * 0.0055)),
            ("cabin_c", lambda i, v, r: v + max(0, i - 1500) * 0.009)]
    bc = [(1480, "hvacd", "compressor short-cycling: 6 starts in 5 min (low suction)"), (1600, "hvacd", "low-pressure switch open, compressor locked out for 600 s"),
          (2200, "hvacd", "compressor locked out permanently: 3 LP trips, cooling unavailable"), (2201, "hvacd", "fan-only mode, zone 1 temp 28.4 C set 21.0")]
    dm1 = [(2205, n, 0x19, 520602, 1, 3, (0, 0, 1, 0))]
    ev = ebus(rng, t0, n, mode="bus", over=over, bcm=bc, dm1=dm1, files=("vehicle_signals.csv", "body_ctrl.log", "vehicle_can.candump"))
    return ev, L("thermal", "hvac", "high", ["medium"], "driving", "vehicle_signals.csv",
                 "Refrigerant high-side pressure declines through the shift (leak) with no message, until the low-pressure switch locks the compressor out and the saloon warms to ~27-28 C: air-conditioning lost, high.")

@batch
def s023(rng, t0):  # e-van weak cell under load -> power derate
    n = 1800
    def cmin(i, v, r):
        sag = max(0, r["pack_a"]) * (0.12 + 0.0009 * i)
        return v - sag
    over = [("cell_min_mv", cmin)]
    dm1 = [(1500, n, 0xF3, 520122, 1, 4, (0, 0, 1, 0))]
    tg = [(1505, "j1939d", "DM1 SA 0xF3 AWL on, 1 DTC"), (1510, "telematicsd", "event VEH_PWR_LIMIT 45 kW flagged to fleet")]
    ap = [(1512, "VehicleLink", "W|vehicle reports reduced power"), (1515, "DriverApp", "W|Reduced drive power - contact workshop")]
    out = ebus(rng, t0, n, mode="van", over=over, dm1=dm1, files=("bms_telemetry.csv", "vehicle_can.candump"), vid="EVAN-0318")
    out["driver_app.log"] = textlog(rng, t0, n, APP_NOISE, ap, every=(1, 3.5), fmt="logcat")
    return out, L("battery_bms", "cell", "high", ["medium"], "driving", "bms_telemetry.csv",
                  "One cell group sags far more than the rest whenever current is drawn, and the gap grows over the trip (high internal resistance); the BMS then caps drive power to 45 kW: derate, high.")

@batch
def s024(rng, t0):  # healthy: delivery van multi-drop
    n = 2700
    tg = [(900, "telematicsd", "upload batch 1201 timed out after 15000 ms, kept in spool (attempt 1/5)"), (930, "telematicsd", "upload batch 1201 timed out after 15000 ms, kept in spool (attempt 2/5)"),
          (990, "telematicsd", "re-send batch 1201 accepted, server reported 203 duplicate records (dedup)"), (1500, "gnssd", "multipath suspected, hdop 4.2"),
          (1530, "gnssd", "fix 3D sats=11 hdop=0.9")]
    ap = [(1000, "DriverApp", "W|scanner: barcode unreadable, retry"), (1004, "DriverApp", "I|barcode scanned ok"), (2000, "FleetSync", "E|sync failed: HTTP 500"), (2030, "FleetSync", "I|sync ok after retry")]
    return diesel(rng, t0, n, mode="van", tgw=tg, app=ap, vid="VAN-2201", trailer=0, files=("signals.csv", "telematics_gw.log", "driver_app.log")), \
        L("none", "none", "low", [], "driving", None,
          "Diesel delivery van on a multi-drop round: short stops, idling at customers, scanner retries, an HTTP 500 on sync and an upload that needed two re-sends. Routine.")

@batch
def s025(rng, t0):  # trailer tyre slow leak seen only in pressure values
    n = 2400
    pos = ["1L", "1R", "2L", "2R", "3L", "3R"]
    noise = [("tpms", (lambda p: (lambda r: "sensor %s id %06X p=%.2f bar t=%d C batt=ok" % (p, 0xA10000 + pos.index(p), 9.0 + r.uniform(-0.08, 0.08), r.randint(14, 22))))(p)) for p in pos]
    noise += [("tpms", lambda r: "sensor %s packet missed (rssi %d dBm)" % (r.choice(pos), r.randint(-98, -92))), ("tpms", R("receiver ok, 6/6 sensors", "trailer bridge ISO11992 TPMS frame sent"))]
    inj = [(i, "tpms", "sensor 2R id %06X p=%.2f bar t=%d C batt=ok" % (0xA10003, 9.0 - max(0, i - 300) * 0.00095 + rng.uniform(-0.05, 0.05), rng.randint(15, 21))) for i in range(5, n, 9)]
    inj += [(1980, "tpms", "sensor 2R pressure 7.2 bar below 80% of nominal 9.0 bar -> warning level 1"), (1981, "tpms", "warning request to tractor: yellow")]
    noise = [x for x in noise if "2R" not in x[1](random.Random(0))]
    fl = [(1985, ("TPMS_WARN", "0x33", 65268, "Tire Condition", 241, 18, 1, "AWL", "7.2", "trailer axle 2 right pressure low"))]
    out = diesel(rng, t0, n, fleet=fl, sas=(0x00, 0x03, 0x0B, 0x3D, 0x17, 0xC8), files=("fleet_events.csv", "j1939_can0.candump"))
    out["tpms_trailer.log"] = textlog(rng, t0, n, noise, inj, every=(1, 3), fmt="iso")
    return out, L("brakes_chassis", "tpms", "low", ["medium"], "driving", "tpms_trailer.log",
                  "Trailer tyre 2R loses pressure slowly, 9.0 -> 7.2 bar over 30 min, while the others hold; TPMS finally raises a yellow warning only. Warning only so far: low (medium acceptable).")

@batch
def s026(rng, t0):  # bus central gateway crash -> every ECU behind it silent
    n = 1800
    gw_noise = [("gwd", lambda r: "route stats: ch0 %d fr/s ch1 %d fr/s ch2 %d fr/s drops 0" % (r.randint(900, 1100), r.randint(300, 420), r.randint(120, 200))),
                ("gwd", R("diag routing 0x17->0x4A ok", "config id 0x3B2 active", "NM: all channels awake")),
                ("healthmon", lambda r: "cpu %d%% heap free %d kB" % (r.randint(20, 45), r.randint(900, 1000)))]
    inj = [(940, "gwd", "routing worker 2 exception: data abort at 0x0801F3C4 (queue ch1->ch0)"), (941, "gwd", "fatal: restarting gateway core"),
           (985, "gwd", "boot: reset reason SW_FATAL, config id 0x3B2"), (988, "gwd", "NM: all channels awake, routing resumed")]
    bc = [(945, "doorctl", "lost comm to VCU (timeout 500 ms), doors held"), (946, "hvacd", "no CAN from climate panel, keeping last setpoint"),
          (947, "ibis", "vehicle speed signal missing"), (950, "ticketing", "validators: vehicle bus offline"), (960, "lightctl", "exterior lamp status unknown (no response)"),
          (990, "doorctl", "comm to VCU restored"), (991, "hvacd", "climate panel online"), (992, "ibis", "vehicle speed signal restored")]
    sil = [(0xEF, 942, 986), (0xF3, 942, 986), (0x0B, 942, 986), (0x17, 942, 986), (0x25, 942, 986)]
    dm1 = [(990, n, 0x17, 520800, 9, 1, (0, 0, 0, 0))]
    out = ebus(rng, t0, n, mode="bus", bcm=bc, silent=sil, dm1=dm1, files=("body_ctrl.log", "vehicle_can.candump"))
    out["gateway.log"] = textlog(rng, t0, n, gw_noise, inj, every=(1.5, 5), host="cgw")
    return out, L("connectivity_network", "gateway", "medium", ["high"], "driving", "gateway.log",
                  "The central gateway's routing core crashes and restarts; for ~45 s every ECU behind it is silent and doors, HVAC, IBIS and ticketing complain about lost messages. Routing resumed by itself: medium.")

@batch
def s027(rng, t0):  # AMT gear actuator position erratic -> limp mode
    n = 1800
    noise = [("tcu", lambda r: "gear %d -> %d shift time %d ms clutch slip %.1f%%" % ((lambda g: (g, g + r.choice([-1, 1])))(r.randint(3, 11)) + (r.randint(280, 520), r.uniform(0, 2)))),
             ("tcu", lambda r: "oil temp %d C, range HIGH, splitter %s" % (r.randint(70, 86), r.choice(["L", "H"]))),
             ("tcu", R("clutch wear 38% (ok)", "rolling mode eco-roll exit", "grade estimate 1.2%"))]
    inj = [(600 + k * 70, "tcu", "gate actuator position S2 jump %.1f mm -> %.1f mm in 10 ms" % (rng.uniform(2, 5), rng.uniform(9, 14))) for k in range(6)]
    inj += [(1030, "tcu", "shift 8->9 aborted: gate position not confirmed, back to 8"), (1090, "tcu", "shift 6->7 aborted: gate position not confirmed"),
            (1100, "tcu", "limp home: gate sensor S2 implausible, gears restricted to 4..6"), (1101, "tcu", "DTC stored SPN 523 FMI 2 occ 7")]
    dm1 = [(1102, n, 0x03, 523, 2, 7, (0, 0, 1, 0))]
    over = [("speed_kmh", lambda i, v, r: min(v, 45 + rng.uniform(-1, 1)) if i > 1100 else v)]
    out = diesel(rng, t0, n, over=over, dm1=dm1, files=("j1939_can0.candump", "signals.csv"))
    out["tcu.log"] = textlog(rng, t0, n, noise, inj, every=(1, 4), fmt="iso")
    return out, L("powertrain", "transmission", "high", ["medium"], "driving", "tcu.log",
                  "AMT gate actuator position sensor jumps several times, shifts are aborted, and the TCU goes to limp home with gears 4-6 only: high.")

@batch
def s028(rng, t0):  # e-bus DC-DC stops -> 24 V net sinks
    n = 2100
    over = [("dcdc_a", lambda i, v, r: v if i < 420 else rng.uniform(0, 0.4)),
            ("lv_v", lambda i, v, r: v if i < 420 else max(21.0, 25.9 - (i - 420) * 0.0028) + rng.uniform(-0.05, 0.05))]
    bc = [(1500, "doorctl", "supply 23.0 V low, door motors current limited"), (1700, "hvacd", "blower stage limited: supply voltage 22.4 V"),
          (1820, "ticketing", "validator 2 rebooted (brownout)"), (1860, "lightctl", "destination sign brownout reset"), (1900, "ibis", "on-board unit restarted")]
    dm1 = [(1600, n, 0x26, 168, 18, 1, (0, 0, 1, 0))]
    return ebus(rng, t0, n, mode="bus", over=over, bcm=bc, dm1=dm1, files=("vehicle_signals.csv", "body_ctrl.log", "vehicle_can.candump")), \
        L("power_supply", "dcdc", "high", ["critical"], "driving", "vehicle_signals.csv",
          "The DC/DC output current drops to zero at minute 7 with no message; the 24 V net then runs from the batteries and sinks to ~22 V, and body ECUs brown out one after another: high.")

@batch
def s029(rng, t0):  # healthy e-bus opportunity charging at the terminus
    n = 2100
    def ch(i): return 600 <= i < 960 or 1500 <= i < 1860
    over = [("pack_a", lambda i, v, r: -720 + rng.uniform(-8, 8) if ch(i) else v), ("speed_kmh", lambda i, v, r: 0.0 if ch(i) else v)]
    oc = [(598, "ocpp", "pantograph down, contact confirmed (PE ok, CP ok)"), (962, "ocpp", "pantograph up, session closed 28.4 kWh"),
          (1498, "ocpp", "pantograph down, contact confirmed (PE ok, CP ok)"), (1862, "ocpp", "pantograph up, session closed 27.9 kWh"),
          (1200, "ocpp", "websocket ping timeout, reconnecting"), (1203, "ocpp", "websocket reconnected")]
    return ebus(rng, t0, n, mode="bus", over=over, ocpp=oc, files=("bms_telemetry.csv", "ocpp_charger.log", "vehicle_can.candump")), \
        L("none", "none", "low", [], "charging", None,
          "E-bus in service takes two 6-minute pantograph top-ups at the terminus (720 A), reconnects once to the back office. Healthy.")

@batch
def s030(rng, t0):  # eMMC failing -> ext4 read-only -> tacho downloads and spool stop
    n = 1800
    dnoise = [("kernel", lambda r: "[%9.6f] can0: bitrate 250000" % r.uniform(1, 9)), ("kernel", R("usb 1-1: new high-speed USB device", "ttyUSB2: GSM modem attached")),
              ("kernel", lambda r: "[%9.6f] wlan0: link becomes ready" % r.uniform(1, 9)), ("kernel", R("random: crng init done", "EXT4-fs (mmcblk0p3): mounted filesystem with ordered data mode"))]
    inj = [(700 + k * 40, "kernel", "mmc0: Timeout waiting for hardware interrupt, CMD25 retry %d" % (k + 1)) for k in range(5)]
    inj += [(920, "kernel", "blk_update_request: I/O error, dev mmcblk0, sector 3112960 op 0x1:(WRITE)"), (921, "kernel", "Buffer I/O error on dev mmcblk0p3, logical block 385024, lost async page write"),
            (922, "kernel", "EXT4-fs error (device mmcblk0p3): ext4_journal_check_start:83: Detected aborted journal"), (923, "kernel", "EXT4-fs (mmcblk0p3): Remounting filesystem read-only")]
    tg = [(925, "telematicsd", "spool write failed: Read-only file system, keeping batches in RAM (max 64)"), (1100, "tachod", "remote download DDD write failed (EROFS), download aborted"),
          (1500, "telematicsd", "RAM spool full, dropping oldest batch")]
    out = diesel(rng, t0, n, tgw=tg, files=("telematics_gw.log", "fleet_events.csv"))
    out["dmesg.txt"] = textlog(rng, t0, n, dnoise, inj, every=(2, 6), fmt="iso")
    return out, L("software_platform", "filesystem", "high", ["medium"], "driving", "dmesg.txt",
                  "The telematics box's eMMC times out on writes, then I/O errors abort the ext4 journal and the data partition goes read-only; tacho remote download and the upload spool stop working: feature disabled, high.")

TRUCK_BCM_NOISE = [
    ("lampmon", lambda r: "lamp check cycle: %d circuits ok" % r.randint(22, 24)),
    ("lampmon", R("trailer 7-pin: tail L/R ok, stop ok, ind L/R ok", "headlamp dipped on (auto)", "marker lamps on", "fog rear off")),
    ("bcm", R("wiper interval 2", "mirror heating on", "cab tilt lock ok", "central locking: locked (speed > 10)")),
    ("bcm", lambda r: "cab heater %d%% fan %d" % (r.randint(10, 60), r.randint(1, 4))),
]

@batch
def s031(rng, t0):  # e-bus: negative main contactor welded, found at depot power-down
    n = 1800
    over = [("speed_kmh", lambda i, v, r: 0.0 if i > 900 else v), ("pack_a", lambda i, v, r: rng.uniform(-0.5, 0.5) if i > 1000 else v)]
    bnoise = [("bmsd", lambda r: "cell balancing: %d cells active" % r.randint(0, 8)), ("bmsd", R("precharge ready", "HV bus 709 V", "contactor state M+:closed M-:closed PRE:open")),
              ("bmsd", lambda r: "soc %.1f%% soh %.1f%%" % (r.uniform(40, 60), 93.1))]
    inj = [(1010, "bmsd", "power-down request (key off, depot)"), (1011, "bmsd", "open M+ ok, bus voltage 705 V -> 690 V"), (1013, "bmsd", "open M- commanded"),
           (1015, "bmsd", "M- open check: link voltage stays 688 V after 2000 ms (expected < 60 V)"), (1016, "bmsd", "M- auxiliary contact reports OPEN, HV measurement disagrees"),
           (1020, "bmsd", "contactor M- weld suspected: HV shutdown incomplete, drive-ready inhibited"), (1022, "bmsd", "active discharge request refused (battery side live)"),
           (1200, "bmsd", "wake-up attempt: pre-charge blocked by M- weld flag")]
    dm1 = [(1021, n, 0xF3, 520230, 7, 1, (0, 1, 0, 0))]
    out = ebus(rng, t0, n, mode="bus", over=over, dm1=dm1, files=("bms_telemetry.csv", "vehicle_can.candump"))
    out["bms_events.log"] = textlog(rng, t0, n, bnoise, inj, every=(1.5, 5), host="bms-4417")
    return out, L("battery_bms", "contactor", "medium", ["high"], "parked", "bms_events.log",
                  "At depot key-off the HV link stays live after the negative main contactor is told to open (the contact is welded); BMS blocks drive-ready and discharge. Vehicle unusable but parked: high lowered to medium.")

@batch
def s032(rng, t0):  # inverter coolant pump stops -> inverter overtemp derate
    n = 1800
    over = [("pump_rpm", lambda i, v, r: v if i < 600 else rng.uniform(0, 30)),
            ("inverter_c", lambda i, v, r: v if i < 600 else min(88.0, v + (i - 600) * 0.045)),
            ("motor_c", lambda i, v, r: v if i < 600 else v + (i - 600) * 0.012),
            ("pack_a", lambda i, v, r: min(v, 120.0) if i > 1350 else v), ("speed_kmh", lambda i, v, r: min(v, 30.0) if i > 1350 else v)]
    dm1 = [(1340, n, 0xEF, 520505, 0, 1, (0, 0, 1, 0))]
    bc = [(1345, "ibis", "driver display: REDUCED POWER"), (1360, "hvacd", "zone 2 temp 22.6 C set 21.0 fan 55%")]
    return ebus(rng, t0, n, mode="bus", over=over, dm1=dm1, bcm=bc, files=("vehicle_signals.csv", "vehicle_can.candump", "body_ctrl.log")), \
        L("thermal", "pump", "high", ["medium"], "driving", "vehicle_signals.csv",
          "Drive-loop coolant pump speed falls to zero at minute 10 without any message; inverter temperature then climbs to 88 C and drive power is cut: derate, high.")

@batch
def s033(rng, t0):  # LDWS camera lost calibration
    n = 1800
    noise = [("lane_det.cc:140", lambda r: "I|frame %d lanes L=%.2f R=%.2f conf %.2f" % (r.randint(1, 999999), r.uniform(-1.9, -1.6), r.uniform(1.6, 1.9), r.uniform(0.8, 0.97))),
             ("calib.cc:77", lambda r: "I|online calib pitch %.2f yaw %.2f roll %.2f (ref 0.00)" % (r.uniform(-0.1, 0.1), r.uniform(-0.1, 0.1), r.uniform(-0.1, 0.1))),
             ("ldws_fsm.cc:33", R("I|LDWS ACTIVE", "I|warning suppressed: indicator on", "W|low sun glare, confidence reduced"))]
    inj = [(20, "calib.cc:51", "I|service flag: windscreen replaced, end-of-line target calibration pending"),
           (25, "calib.cc:52", "W|no static calibration stored, using online estimate")]
    inj += [(60 + k * 45, "calib.cc:77", "W|online calib pitch %.2f yaw %.2f roll %.2f not converged (spread %.2f)" % (rng.uniform(1.4, 2.4), rng.uniform(-1.2, 1.2), rng.uniform(-0.6, 0.6), rng.uniform(0.7, 1.4))) for k in range(14)]
    inj += [(700, "calib.cc:90", "E|calibration timeout 10 min, horizon offset 2.1 deg out of tolerance"), (701, "ldws_fsm.cc:33", "W|LDWS UNAVAILABLE (calibration)"),
            (702, "ldws_fsm.cc:34", "W|lane keeping assist UNAVAILABLE")]
    dm1 = [(705, n, 0xE8, 520700, 13, 1, (0, 0, 1, 0))]
    out = diesel(rng, t0, n, dm1=dm1, sas=(0x00, 0x03, 0x0B, 0xE8, 0x17), files=("j1939_can0.candump", "fleet_events.csv"))
    out["lane_camera.INFO"] = textlog(rng, t0, n, noise, inj, every=(1, 3.5), fmt="glog")
    return out, L("adas_perception", "camera", "high", ["medium"], "driving", "lane_camera.INFO",
                  "After a windscreen replacement the lane camera has no stored calibration and its online estimate never settles; after 10 min LDWS and lane keeping are switched off: high.")

@batch
def s034(rng, t0):  # trailer stop lamp circuit open
    n = 1800
    inj = [(800, "lampmon", "trailer 7-pin pin 6 (stop): current 0.02 A with lamp on, expected 0.4-1.6 A"),
           (801, "lampmon", "trailer stop lamp circuit open load, confirmed after 3 brake applications"),
           (802, "bcm", "cluster tell-tale: trailer lamp failure")]
    dm1 = [(803, n, 0x21, 520120, 5, 3, (0, 0, 1, 0))]
    fl = [(805, dmrow(0x21, 520120, 5, 3, "AWL", "trailer stop lamp output: current below normal / open circuit"))]
    out = diesel(rng, t0, n, dm1=dm1, fleet=fl, sas=(0x00, 0x03, 0x0B, 0x21, 0x17), files=("fleet_events.csv", "j1939_can0.candump"))
    out["body_ctrl.log"] = textlog(rng, t0, n, TRUCK_BCM_NOISE, inj, every=(1.5, 5), host="bcm-4711")
    return out, L("body", "lighting", "low", ["medium"], "driving", "body_ctrl.log",
                  "Tractor lamp monitor finds almost no current on the trailer stop-lamp pin when braking (open circuit) and lights a tell-tale; nothing else affected: low.")

@batch
def s035(rng, t0):  # weak starter batteries after a night in the cab -> no crank
    n = 2400
    over = [("engine_rpm", lambda i, v, r: 0.0 if i < 2300 else (90 + rng.uniform(-10, 10))),
            ("speed_kmh", lambda i, v, r: 0.0), ("torque_pct", lambda i, v, r: 0.0), ("fuel_rate_lph", lambda i, v, r: 0.0),
            ("batt_v", lambda i, v, r: (24.9 - i * 0.00115 - (0.6 if i > 1200 else 0)) + rng.uniform(-0.03, 0.03) if i < 2300 else 14.8 + rng.uniform(-0.5, 0.5)),
            ("coolant_c", lambda i, v, r: 8 - i * 0.004)]
    tg = [(1800, "pmic", "input 22.6 V, entering low-power mode"), (2290, "telematicsd", "ignition on"), (2301, "pmic", "input dropped to 14.1 V during crank, brown-out reset"),
          (2330, "telematicsd", "boot after brown-out, last shutdown unclean")]
    fl = [(2295, ("IGNITION_ON", "", "", "", "", "", "", "", "", "")), (2330, ("START_FAILED", "0x00", 61444, "Electronic Engine Controller 1", 190, "", "", "", "90", "cranking speed too low"))]
    return diesel(rng, t0, n, mode="parked", over=over, tgw=tg, fleet=fl, amb=-4.0, files=("signals.csv", "telematics_gw.log", "fleet_events.csv")), \
        L("power_supply", "lv_battery", "medium", ["high"], "parked", "signals.csv",
          "Overnight rest with cab heater and fridge: the resting voltage falls steadily and drops by another 0.6 V midway (weak cell); at 06:00 cranking pulls it to 14 V and the engine does not start. Cannot start: high, minus one for parked = medium.")

@batch
def s036(rng, t0):  # depot CCS charge stops: inlet temperature sensor
    n = 1800
    bnoise = [("chgctl", lambda r: "inlet temp DC+ %.1f C DC- %.1f C" % (r.uniform(28, 36), r.uniform(28, 36))), ("chgctl", R("CP state C, PWM 5% (digital)", "ISO15118 CurrentDemandReq ok", "PP resistance 220 Ohm ok")),
              ("chgctl", lambda r: "target %d A / %d V" % (r.randint(195, 215), r.randint(705, 715)))]
    inj = [(600 + k * 20, "chgctl", "inlet temp DC+ %.1f C DC- %.1f C" % (34 + (k * 1.6 if k < 18 else 120), 33 + rng.uniform(-1, 1))) for k in range(24)]
    inj += [(960, "chgctl", "DC+ inlet NTC jumps to 150.0 C within 1 s (open circuit?), DC- stays 33.2 C"), (961, "chgctl", "inlet overtemp protection: requesting stop"),
            (962, "chgctl", "ISO15118 SessionStop sent, reason: EVSE shutdown requested by vehicle"), (1200, "chgctl", "restart refused: inlet temperature sensor plausibility fault latched")]
    over = [("pack_a", lambda i, v, r: v if i < 962 else rng.uniform(-0.4, 0.4))]
    oc = [(964, "ocpp", '-> [2,"91aa7720","StopTransaction",{"transactionId":5512,"meterStop":1219440,"reason":"Other"}]'),
          (965, "ocpp", '-> [2,"91aa7721","StatusNotification",{"connectorId":1,"status":"Finishing","errorCode":"EVCommunicationError","vendorErrorCode":"EV_STOP"}]')]
    out = ebus(rng, t0, n, mode="charging", over=over, ocpp=oc, files=("ocpp_charger.log", "bms_telemetry.csv"))
    out["charge_controller.log"] = textlog(rng, t0, n, bnoise, inj, every=(1.5, 5), fmt="iso")
    return out, L("battery_bms", "charging", "medium", ["high", "low"], "charging", "charge_controller.log",
                  "The DC+ charge-inlet temperature reading creeps and then jumps to 150 C while DC- stays normal (sensor fault more than real heat); the vehicle stops the depot charge and won't restart. Charge lost while parked: medium.")

@batch
def s037(rng, t0):  # modem firmware hang, watchdog power-cycles it, re-sends
    n = 2400
    tg = [(900, "modemd", "AT+CSQ: no response (1000 ms)"), (905, "modemd", "AT+CSQ: no response (1000 ms)"), (920, "modemd", "AT channel stuck, ttyUSB2 open but silent")]
    for k in range(12):
        tg.append((930 + k * 30, "telematicsd", "upload batch %04d failed: socket connect timeout, spooled" % (3300 + k)))
    tg += [(1300, "modemd", "modem unresponsive 400 s -> power-cycling modem (GPIO 23)"), (1340, "kernel", "usb 1-1: new high-speed USB device number 5"),
           (1352, "modemd", "PDP context up, apn=fleet.m2m"), (1360, "telematicsd", "spool recovered: 12 batches pending, re-sending")]
    tg += [(1365 + k * 3, "telematicsd", "re-send batch %04d accepted, server reported %d duplicate records (dedup)" % (3300 + k, rng.randint(0, 60))) for k in range(12)]
    return diesel(rng, t0, n, tgw=tg, files=("telematics_gw.log", "fleet_events.csv", "tacho_events.jsonl")), \
        L("connectivity_network", "telematics", "medium", ["low"], "driving", "telematics_gw.log",
          "The telematics unit's LTE modem stops answering AT commands; uploads fail for ~7 min until the unit power-cycles the modem and re-sends the spool. Recovered by itself: medium.")

@batch
def s038(rng, t0):  # hydraulic retarder oil overtemp on a long descent
    n = 1800
    rnoise = [("retarder", lambda r: "stage %d braking torque %d Nm oil %d C" % (r.randint(0, 2), r.randint(0, 1200), r.randint(70, 95))),
              ("retarder", R("cooler valve open", "accumulator charged", "standby, no demand"))]
    inj = [(500 + k * 20, "retarder", "stage 5 braking torque %d Nm oil %d C" % (rng.randint(2800, 3200), 110 + k * 2)) for k in range(25)]
    inj += [(1010, "retarder", "oil temp 158 C above limit, torque reduced to stage 2"), (1050, "retarder", "oil temp 166 C, retarder switched off to protect seals"),
            (1051, "retarder", "driver info: retarder unavailable, use service brakes")]
    over = [("coolant_c", lambda i, v, r: v + (min(14, (i - 500) * 0.03) if i > 500 else 0))]
    dm1 = [(1052, n, 0x10, 120, 0, 1, (0, 0, 1, 0))]
    out = diesel(rng, t0, n, over=over, dm1=dm1, sas=(0x00, 0x03, 0x0B, 0x10, 0x17), files=("j1939_can0.candump", "signals.csv"))
    out["retarder.log"] = textlog(rng, t0, n, rnoise, inj, every=(1.5, 5), fmt="iso")
    return out, L("thermal", "overtemp", "high", ["critical"], "driving", "retarder.log",
                  "On a long descent the retarder runs at top stage for 8 min and its oil reaches 166 C (heat not rejected); it first reduces torque, then switches off: endurance brake lost, high.")

@batch
def s039(rng, t0):  # e-van rear ultrasonic sensor stuck -> park assist and reversing brake off
    n = 1800
    sensors = ["RL", "RML", "RMR", "RR", "FL", "FR"]
    noise = [("upa", lambda r: "echo " + " ".join("%s=%s" % (s, r.choice(["--", "--", "%.2f" % r.uniform(0.4, 2.5)])) for s in sensors)),
             ("upa", R("self-test ok 6/6", "mode: inactive (speed > 15 km/h)", "mode: active (reverse)", "noise floor ok"))]
    inj = [(300 + k * 60, "upa", "RML ringing time %d us (limit 1200), membrane damped?" % (1400 + k * 90)) for k in range(8)]
    inj += [(800, "upa", "echo RL=1.84 RML=0.21 RMR=1.90 RR=-- FL=-- FR=--"), (801, "upa", "RML constant 0.21 m for 12 s while reversing 3 m: sensor stuck"),
            (802, "upa", "RML excluded, rear park assist and reverse auto-brake DISABLED"), (803, "upa", "HMI: park assist fault")]
    ap = [(805, "DriverApp", "W|vehicle alert: Park assist unavailable"), (900, "DriverApp", "I|stop 12/24 POD signature captured")]
    dm1 = [(804, n, 0x2A, 520888, 7, 2, (0, 0, 1, 0))]
    out = ebus(rng, t0, n, mode="van", dm1=dm1, files=("vehicle_can.candump",), vid="EVAN-0512")
    out["park_assist.log"] = textlog(rng, t0, n, noise, inj, every=(1, 3.5), fmt="iso")
    out["driver_app.log"] = textlog(rng, t0, n, APP_NOISE, ap, every=(1, 3.5), fmt="logcat")
    return out, L("adas_perception", "ultrasonic", "high", ["medium"], "driving", "park_assist.log",
                  "A rear-middle ultrasonic sensor's ringing time grows (membrane damped) until it reports a fixed 0.21 m while reversing; park assist and reverse auto-brake are disabled: high.")

@batch
def s040(rng, t0):  # bus instrument cluster display: backlight driver failure
    n = 1800
    cnoise = [("cluster", lambda r: "frame %d render %d ms" % (r.randint(1, 999999), r.randint(9, 16))), ("cluster", R("tell-tale set: doors closed", "tell-tale set: kneeling off", "speedometer source CAN ok")),
              ("cluster", lambda r: "backlight pwm %d%% led current %d mA" % (r.randint(60, 80), r.randint(410, 450)))]
    inj = [(600 + k * 30, "cluster", "backlight pwm 70%% led current %d mA (string B open?)" % (220 - k * 8)) for k in range(10)]
    inj += [(905, "cluster", "backlight driver fault: string A short, string B open, output off"), (906, "cluster", "display dark, tell-tales only on LED bar (stop/ABS/low air)"),
            (907, "cluster", "speedometer not visible to driver"), (930, "ibis", "driver reported: dashboard display black")]
    dm1 = [(908, n, 0x17, 520901, 5, 1, (0, 0, 1, 0))]
    out = ebus(rng, t0, n, mode="bus", dm1=dm1, files=("vehicle_can.candump", "body_ctrl.log"))
    out["cluster.log"] = textlog(rng, t0, n, cnoise, inj, every=(1.5, 5), host="ic-4417")
    return out, L("body", "hmi", "high", ["medium"], "driving", "cluster.log",
                  "LED current of the cluster backlight falls in steps, then the backlight driver shuts off; speedometer and warning display go dark while the bus is in service: feature lost, high.")

@batch
def s041(rng, t0):  # VGT actuator sticking -> underboost -> derate
    n = 1800
    over = [("boost_kpa", lambda i, v, r: v if i < 400 else v - min(1.0, (i - 400) / 600) * max(0, r["torque_pct"] - 35) * 1.1),
            ("egt_c", lambda i, v, r: v if i < 400 else v + min(1.0, (i - 400) / 600) * 60),
            ("torque_pct", lambda i, v, r: min(v, 55.0) if i > 1250 else v)]
    dm1 = [(1000, 1240, 0x00, 641, 7, 2, (0, 0, 0, 0)), (1240, n, 0x00, 641, 7, 6, (1, 0, 1, 0))]
    fl = [(1242, dmrow(0x00, 641, 7, 6, "MIL+AWL", "Engine Variable Geometry Turbocharger Actuator #1: mechanical system not responding")),
          (1250, ("DERATE", "0x00", 61444, "Electronic Engine Controller 1", "", "", "", "", "55", "boost deviation protection"))]
    return diesel(rng, t0, n, over=over, dm1=dm1, fleet=fl, files=("signals.csv", "j1939_can0.candump", "fleet_events.csv")), \
        L("powertrain", "engine", "high", ["medium"], "driving", "signals.csv",
          "Boost pressure falls increasingly short of normal under load from minute 7 while EGT rises (VGT vanes not following); later SPN 641 FMI 7 with MIL and a torque derate: high.")

@batch
def s042(rng, t0):  # healthy: long idle in a border queue, creeping
    n = 2700
    over = [("speed_kmh", lambda i, v, r: (rng.choice([0.0, 0.0, 0.0, 4.0]) if 300 <= i < 2400 else v))]
    fl = [(900, ("IDLE_WARN", "0x00", 61444, "Electronic Engine Controller 1", "", "", "", "", "600", "idle > 10 min")),
          (1500, ("IDLE_WARN", "0x00", 61444, "Electronic Engine Controller 1", "", "", "", "", "1200", "idle > 20 min")),
          (1700, ("REGEN_INHIBIT", "0x3D", 64892, "Diesel Particulate Filter Control 1", 3719, "", "", "", "52", "stationary, regen deferred"))]
    tc = [(1000, {"event": "activity", "slot": "driver", "activity": "WORK", "note": "border queue"}), (1400, {"event": "country_start", "code": "PL"})]
    return diesel(rng, t0, n, mode="highway", over=over, fleet=fl, tacho=tc, files=("signals.csv", "fleet_events.csv", "tacho_events.jsonl")), \
        L("none", "none", "low", [], "driving", None,
          "Truck creeps through a 35-minute border queue at idle; idle-time notices, a deferred DPF regen and a country change on the tachograph. Normal.")

@batch
def s043(rng, t0):  # bus electro-hydraulic steering pump motor fails while driving
    n = 1800
    noise = [("ehps", lambda r: "pump %d rpm current %.1f A pressure %.1f bar" % (r.randint(2400, 3600), r.uniform(12, 30), r.uniform(18, 60))),
             ("ehps", R("motor temp 41 C", "supply 27.6 V ok", "speed-dependent assist map B", "self-check ok"))]
    inj = [(700 + k * 25, "ehps", "pump motor current spike %.1f A (stall detect %d/3)" % (rng.uniform(70, 95), k % 3 + 1)) for k in range(8)]
    inj += [(905, "ehps", "motor phase V open, pump stopped"), (906, "ehps", "steering assist LOST - manual steering only"),
            (907, "ehps", "red warning STEERING to cluster, buzzer on"), (960, "ehps", "vehicle speed 0: assist unavailable, pump restart refused")]
    over = [("speed_kmh", lambda i, v, r: v if i < 906 else max(0.0, 32 - (i - 906) * 0.8) if i < 960 else 0.0)]
    dm1 = [(908, n, 0x13, 520330, 5, 1, (0, 1, 0, 0))]
    bc = [(912, "ibis", "driver emergency call: bus stopped at roadside, passengers transferred"), (930, "doorctl", "door 1 opened (stop request=0)")]
    out = ebus(rng, t0, n, mode="bus", over=over, dm1=dm1, bcm=bc, files=("vehicle_can.candump", "body_ctrl.log"))
    out["steering_ctrl.log"] = textlog(rng, t0, n, noise, inj, every=(1.5, 5), fmt="iso")
    return out, L("brakes_chassis", "eps", "critical", ["high"], "driving", "steering_ctrl.log",
                  "The electro-hydraulic steering pump shows stall current spikes, then a motor phase opens and power steering is lost in traffic; the driver brings the bus to a stop at the roadside: critical.")

@batch
def s044(rng, t0):  # ignition (KL15) relay contact chatter -> ECUs reset together, battery fine
    n = 1800
    pnoise = [("pdu", lambda r: "KL30 %.2f V KL15 %.2f V KL15 relay closed" % ((lambda v: (v, v - 0.05))(r.uniform(27.7, 28.0)))),
              ("pdu", R("fuse F12 (cab) ok", "fuse F27 (trailer 7638) ok", "load shed level 0"))]
    inj = [(600 + k * 45, "pdu", "KL15 output dropout %d ms (KL30 27.9 V)" % rng.randint(12, 60)) for k in range(9)]
    inj += [(1020, "pdu", "KL15 output dropout 310 ms (KL30 27.9 V)"), (1021, "pdu", "relay K2 contact resistance high, output 14.2 V under 18 A load")]
    sil = [(0x0B, 1021, 1032), (0x17, 1021, 1035), (0x03, 1021, 1029), (0x3D, 1021, 1040)]
    tg = [(1022, "j1939d", "SA 0x0B, 0x17, 0x03, 0x3D silent at the same moment"), (1033, "j1939d", "address claims received from 0x0B, 0x17, 0x03 (restart)"),
          (1041, "j1939d", "SA 0x3D address claim received (restart)")]
    dm1 = [(1045, n, 0x0B, 158, 2, 1, (0, 0, 1, 0))]
    fl = [(1046, dmrow(0x0B, 158, 2, 1, "AWL", "Keyswitch Battery Potential: erratic"))]
    out = diesel(rng, t0, n, silent=sil, tgw=tg, dm1=dm1, fleet=fl, files=("j1939_can0.candump", "telematics_gw.log", "fleet_events.csv"))
    out["power_distribution.log"] = textlog(rng, t0, n, pnoise, inj, every=(1.5, 5), fmt="iso")
    return out, L("power_supply", "lv_distribution", "high", ["critical"], "driving", "power_distribution.log",
                  "The KL15 ignition relay output drops out briefly several times while the battery stays at 27.9 V, then once for 310 ms: brake controller, cluster, TCU and aftertreatment ECU reset together while driving: high.")

@batch
def s045(rng, t0):  # cluster application hang -> watchdog reset
    n = 1800
    cnoise = [("cluster", lambda r: "frame %d render %d ms" % (r.randint(1, 999999), r.randint(9, 16))), ("cluster", R("tell-tale set: doors closed", "speedometer source CAN ok", "gauge task alive")),
              ("cluster", lambda r: "heap free %d kB" % r.randint(5800, 6100))]
    inj = [(800, "cluster", "render 180 ms (frame late)"), (803, "cluster", "render 2400 ms (frame late)"), (806, "cluster", "gauge task no heartbeat 2000 ms"),
           (809, "cluster", "WDG: window watchdog not serviced, reset in 100 ms"), (815, "cluster", "boot: reset cause WATCHDOG, app 7.3.2"),
           (818, "cluster", "display on, tell-tale self test"), (820, "cluster", "speedometer source CAN ok")]
    bc = [(807, "ibis", "driver display frozen"), (819, "ibis", "driver display back")]
    sil = [(0x17, 809, 818)]
    out = ebus(rng, t0, n, mode="bus", bcm=bc, silent=sil, files=("vehicle_can.candump", "body_ctrl.log"))
    out["cluster.log"] = textlog(rng, t0, n, cnoise, inj, every=(1.5, 5), host="ic-4417")
    return out, L("software_platform", "watchdog", "medium", ["high"], "driving", "cluster.log",
                  "The cluster's render loop stalls, its gauge task stops answering and the watchdog resets the cluster; display back after ~10 s. Recovered by itself: medium.")

@batch
def s046(rng, t0):  # driver seat air suspension valve leaking
    n = 1800
    snoise = [("seat", lambda r: "height %d mm target %d mm valve idle" % ((lambda h: (h, h))(r.randint(118, 122)))), ("seat", R("lumbar 2", "heating level 1", "isolator active"))]
    inj = [(400 + k * 40, "seat", "height %d mm target 120 mm, compressor run %d s" % (112 - (k % 3) * 2, 6 + k)) for k in range(14)]
    inj += [(980, "seat", "compressor duty 48% over 10 min, limit 20%: seat air leak assumed"), (981, "seat", "compressor disabled, seat lowered to end stop")]
    out = diesel(rng, t0, n, files=("fleet_events.csv", "telematics_gw.log"))
    out["body_ctrl.log"] = textlog(rng, t0, n, TRUCK_BCM_NOISE + snoise, inj, every=(1.5, 5), host="bcm-4711")
    return out, L("body", "seats", "low", ["medium"], "driving", "body_ctrl.log",
                  "The driver's air-suspended seat keeps sinking and the compressor runs more and more until the seat module turns it off and leaves the seat at its lowest stop. Comfort only: low.")

@batch
def s047(rng, t0):  # smart tachograph GNSS antenna open -> no positions
    n = 2400
    tc = [(300, {"event": "gnss_signal", "state": "absent", "note": "antenna current 0 mA"})]
    tc += [(300 + k * 200, {"event": "gnss_diag", "antenna": "open", "sats": 0}) for k in range(1, 10)]
    tc += [(2100, {"event": "fault", "code": "GNSS_ABSENT_3H_PENDING", "detail": "no position for 30 min while moving"})]
    tg = [(302, "gnssd", "antenna status OPEN, no satellites"), (1200, "gnssd", "antenna status OPEN, no satellites"), (1500, "telematicsd", "positions missing in 40 batches, using dead reckoning from odometer")]
    noise_tc = [t for t in TACHO_NOISE if "lat" not in t(random.Random(0))]
    out = diesel(rng, t0, n, tgw=tg, files=("telematics_gw.log", "fleet_events.csv"))
    out["tacho_events.jsonl"] = jsonl(rng, t0, n, noise_tc, tc)
    return out, L("adas_perception", "gnss", "medium", ["high", "low"], "driving", "tacho_events.jsonl",
                  "The tachograph reports the GNSS antenna open at minute 5 and records no positions for the rest of the drive; telematics falls back to dead reckoning. Position function lost, not safety-relevant: medium.")

# ================================================================== main
def main():
    for k, fn in enumerate(B):
        rng = random.Random(11000 + k)
        t0 = T_BASE + k * 3 * 3600 + 21600 + rng.randint(0, 900)
        files, lab = fn(rng, t0)
        write(fn.__name__, files, lab)
    with open(os.path.join(SET, "labels.json"), "w", newline="\n") as f:
        json.dump(LABELS, f, indent=1)
        f.write("\n")

if __name__ == "__main__":
    main()
