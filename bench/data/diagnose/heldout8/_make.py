#!/usr/bin/env python3
"""Generator for held-out set heldout8: car-sharing / rental fleet telematics.
Fixed seeds; re-running reproduces every file byte for byte."""
import json, os, random, datetime as dt

OUT = os.path.dirname(os.path.abspath(__file__))
LABELS = []
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def T(base, off):
    return base + dt.timedelta(seconds=off)


# ---------------------------------------------------------------- formatters
def f_syslog(t, host, msg):
    return "%s %2d %s %s %s" % (MON[t.month - 1], t.day, t.strftime("%H:%M:%S"), host, msg)


def f_iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def f_logcat(t, pid, tid, lvl, tag, msg):
    return "%s.%03d %5d %5d %s %s: %s" % (t.strftime("%m-%d %H:%M:%S"), t.microsecond // 1000, pid, tid, lvl, tag, msg)


# ---------------------------------------------------------------- vehicle profile
class Car:
    def __init__(self, rng, ev, make, year, plate, vin):
        self.ev, self.make, self.year, self.plate, self.vin = ev, make, year, plate, vin
        self.imei = "35%013d" % rng.randrange(10 ** 12, 10 ** 13)
        self.box = "tbx-%04x" % rng.randrange(0x1000, 0xffff)


def speed_profile(rng, n, state, motorway=False):
    """speed km/h per sample."""
    sp = []
    v = 0.0
    stop = 0
    for i in range(n):
        if state != "driving":
            sp.append(0.0)
            continue
        if stop > 0:
            stop -= 1
            v = max(0.0, v - 12)
        else:
            tgt = 118 if motorway else 42
            v += rng.uniform(-6, 7) + (tgt - v) * 0.08
            v = max(0.0, min(v, 140 if motorway else 62))
            if rng.random() < (0.01 if motorway else 0.05):
                stop = rng.randint(3, 12)
        sp.append(round(v, 1))
    return sp


# ---------------------------------------------------------------- poll CSV
def poll_csv(rng, car, t0, n, period, state, mods=None, motorway=False, extra=None, blank=None):
    mods = mods or {}
    sp = speed_profile(rng, n, state, motorway)
    if car.ev:
        cols = ["ts", "veh_speed_kmh", "soc_pct", "hv_v", "hv_a", "cell_min_mv", "cell_max_mv", "batt_t_c",
                "iso_kohm", "inv_t_c", "motor_rpm", "lv_v", "cabin_t_c", "odo_km"]
    else:
        cols = ["ts", "veh_speed_kmh", "rpm", "ect_c", "iat_c", "stft_b1_pct", "ltft_b1_pct", "maf_gs",
                "map_kpa", "ctrl_mod_v", "fuel_lvl_pct", "amb_c", "odo_km"]
    if extra:
        cols += extra
    lines = [",".join(cols)]
    soc = rng.uniform(45, 90)
    fuel = rng.uniform(25, 80)
    odo = rng.uniform(12000, 95000)
    ect = 20.0 if state == "driving" else 18.0
    for i in range(n):
        t = T(t0, i * period)
        v = sp[i]
        row = {"ts": f_iso(t), "veh_speed_kmh": v}
        odo += v * period / 3600
        if car.ev:
            amps = (v * 0.6 + rng.uniform(-8, 25)) if state == "driving" else (-rng.uniform(28, 31) if state == "charging" else rng.uniform(0, 0.03))
            soc -= amps * period / 3600 / 2.3
            soc = max(3, min(soc, 100))
            cellbase = 3450 + soc * 7.2
            row.update({"soc_pct": round(soc, 1), "hv_v": round(cellbase * 96 / 1000 - amps * 0.05, 1),
                        "hv_a": round(amps, 1), "cell_min_mv": int(cellbase - rng.uniform(4, 9)),
                        "cell_max_mv": int(cellbase + rng.uniform(3, 8)), "batt_t_c": round(24 + i * 0.002 + rng.uniform(-.2, .2), 1),
                        "iso_kohm": int(rng.uniform(2400, 3100)) if state != "parked" else "",
                        "inv_t_c": round((35 + v * 0.12 if state == "driving" else 19) + rng.uniform(-1, 1), 1), "motor_rpm": int(v * 84),
                        "lv_v": round(14.1 + rng.uniform(-.1, .1), 2) if state != "parked" else round(12.55 + rng.uniform(-.05, .05), 2),
                        "cabin_t_c": round(21 + rng.uniform(-.5, .5), 1), "odo_km": round(odo, 1)})
        else:
            if state == "driving":
                ect = min(90 + rng.uniform(-1.5, 1.5), ect + 0.9)
                rpm = int(800 + v * 32 + rng.uniform(-40, 40)) if v > 1 else int(780 + rng.uniform(-25, 25))
                maf = round(2.6 + v * 0.22 + rng.uniform(-.3, .3), 2)
                mp = int(30 + v * 0.4 + rng.uniform(-3, 3))
                cv = round(14.2 + rng.uniform(-.15, .1), 2)
            else:
                rpm, maf, mp, cv = 0, 0.0, 101, round(12.5 + rng.uniform(-.04, .04), 2)
                ect = max(ect - 0.2, 12)
            fuel -= v * period / 3600 * 0.07
            row.update({"rpm": rpm, "ect_c": round(ect, 1), "iat_c": round(18 + rng.uniform(-1, 3), 1),
                        "stft_b1_pct": round(rng.uniform(-3.1, 3.1), 1) if state == "driving" else 0.0,
                        "ltft_b1_pct": round(2.3 + rng.uniform(-.8, .8), 1) if state == "driving" else 0.0,
                        "maf_gs": maf, "map_kpa": mp, "ctrl_mod_v": cv, "fuel_lvl_pct": round(fuel, 1),
                        "amb_c": round(14 + rng.uniform(-.4, .4), 1), "odo_km": round(odo, 1)})
        for c, fn in mods.items():
            row[c] = fn(i, t, row.get(c, ""), row)
        if blank and blank(i):
            for c in cols[2:]:
                row[c] = ""
        lines.append(",".join(str(row.get(c, "")) for c in cols))
    return lines


# ---------------------------------------------------------------- telematics box syslog
PIDS_ICE = ["010C", "010D", "0105", "010F", "0106", "0107", "0110", "010B", "0142", "012F"]
PIDS_EV = ["220D01", "221E3B", "22028C", "220105", "22F40D", "224802"]


def tbox_log(rng, car, t0, dur, events, wake=True, gps_ok=True, drive=True, cell_rssi=-71):
    h = car.box
    rec = []
    t = 0.0
    if wake:
        rec += [(0.0, "kernel: [    0.000000] Booting Linux on physical CPU 0x0"),
                (0.3, "kernel: [    0.412220] imx-uart 30860000.serial: ttymxc0 at MMIO 0x30860000"),
                (1.1, "systemd[1]: Started Telematics OBD poller."),
                (1.4, "obdpoll[412]: elm: ATZ -> ELM327 v2.3 (emulated stn2255)"),
                (1.6, "obdpoll[412]: elm: ATSP0 -> OK, protocol auto"),
                (2.9, "obdpoll[412]: elm: 0100 -> 41 00 BE 3F A8 13 (protocol 6, ISO 15765-4 CAN 11/500)"),
                (3.1, "modemd[388]: AT+CREG? -> +CREG: 0,1"),
                (3.4, "gnssd[401]: receiver u-blox M8 fw 3.01, cold=%s" % ("no" if gps_ok else "yes")),
                (3.6, "fleetagent[380]: profile vin=%s make='%s' my=%d fuel=%s plate='%s'" % (car.vin, car.make, car.year, "BEV" if car.ev else "ICE", car.plate))]
    i = 0
    pids = PIDS_EV if car.ev else PIDS_ICE
    while t < dur:
        t += rng.uniform(4.0, 6.5)
        i += 1
        p = rng.choice(pids)
        if drive or i % 3 == 0:
            if car.ev:
                rec.append((t, "obdpoll[412]: poll 7E4 %s ok %d bytes rtt=%dms" % (p, rng.randint(6, 62), rng.randint(38, 140))))
            else:
                rec.append((t, "obdpoll[412]: poll 7DF %s ok rtt=%dms" % (p, rng.randint(22, 95))))
        else:
            rec.append((t, "canmon[430]: bus load %.1f%% frames=%d err=0 (ign off, standby poll)" % (rng.uniform(0.0, 3.5), rng.randint(0, 220))))
        if i % 4 == 0:
            if gps_ok:
                rec.append((t + .2, "gnssd[401]: fix 3D sats=%d hdop=%.1f spd=%.1f" % (rng.randint(8, 16), rng.uniform(.7, 1.6), rng.uniform(0, 60) if drive else 0.0)))
        if i % 6 == 0:
            rec.append((t + .3, "mqttc[455]: publish fleet/%s/telemetry qos1 len=%d mid=%d" % (car.imei, rng.randint(300, 900), i)))
        if i % 15 == 0:
            rec.append((t + .5, "modemd[388]: rssi=%ddBm rsrq=-%d rat=LTE cell=%05x" % (cell_rssi + rng.randint(-6, 6), rng.randint(7, 13), rng.randint(0x1000, 0xfffff))))
        if i % 11 == 0:
            rec.append((t + .6, "accel[420]: window 60s max_g=%.2f x=%.2f y=%.2f z=%.2f" % (rng.uniform(.1, .35) if drive else .01, rng.uniform(-.2, .2), rng.uniform(-.2, .2), rng.uniform(.98, 1.02))))
        if i % 37 == 0:
            rec.append((t + .7, "obdpoll[412]: mode03 -> 43 00 (no stored codes)" if not car.ev else "obdpoll[412]: uds 7E4 19 02 0D -> 59 02 FF (0 dtc)"))
        if i % 53 == 0:
            rec.append((t + .8, "mqttc[455]: ack timeout mid=%d, retry 1 -> ok" % (i - 6)))
    for (o, m) in events:
        rec.append((o, m))
    rec.sort(key=lambda x: x[0])
    return [f_syslog(T(t0, o), h, m) for o, m in rec]


# ---------------------------------------------------------------- gateway DLT text export
def dlt_log(rng, car, t0, dur, events, ecu="GW01", noise=None, kl30=None):
    rec = []
    t = 0.0
    noise = noise or [("NM", "NMCT", "info", "NM PDU rx node 0x%02X state=NormalOp" ),
                      ("DIAG", "DCM", "info", "tester 0x0E80 session default keepalive"),
                      ("COM", "IPDU", "verbose", "routing 0x%03X CAN1->CAN3 cnt=%d"),
                      ("SYS", "HLTH", "info", "cpu=%d%% heap_free=%dk tasks=41"),
                      ("ETH", "SOAD", "info", "SOME/IP SD offer svc 0x%04X inst 1 ttl 3"),
                      ("PWR", "ECUM", "info", "KL15=%s KL30=%.2fV")]
    while t < dur:
        t += rng.uniform(1.5, 4.5)
        ap, ct, lvl, fmt = rng.choice(noise)
        n = fmt.count("%")
        if ap == "NM":
            m = fmt % rng.randint(0x10, 0x5F)
        elif ap == "COM":
            m = fmt % (rng.randint(0x100, 0x6FF), rng.randint(10, 99999))
        elif ap == "SYS":
            m = fmt % (rng.randint(8, 35), rng.randint(900, 1400))
        elif ap == "ETH":
            m = fmt % rng.randint(0x1000, 0x7FFF)
        elif ap == "PWR":
            m = fmt % (kl30(t) if kl30 else ("on", rng.uniform(13.9, 14.3)))
        else:
            m = fmt if n == 0 else fmt % tuple(rng.randint(1, 9) for _ in range(n))
        rec.append((t, ecu, ap, ct, lvl, m))
    for e in events:
        o, m = e[0], e[1]
        ap = e[2] if len(e) > 2 else "DEM"
        lvl = e[3] if len(e) > 3 else "warn"
        ec = e[4] if len(e) > 4 else ecu
        rec.append((o + rng.uniform(0.001, 0.04), ec, ap, {"DEM": "DEM0", "HMI": "TTL"}.get(ap, ap[:3] + "C"), lvl, m))
    rec.sort(key=lambda x: x[0])
    out = []
    if STYLE[0] == "journal":
        for k, (o, ec, ap, ct, lvl, m) in enumerate(rec):
            tt = T(t0, o)
            out.append("%s %2d %s.%06d gw-%s %s[%s]: <%s> %s" % (MON[tt.month - 1], tt.day, tt.strftime("%H:%M:%S"), tt.microsecond, car.vin[-6:].lower(), ec.lower(), ap, lvl.upper()[0], m))
        return out
    if STYLE[0] == "csv":
        out.append("# gateway event export vin=%s t0=%s time_ms relative to t0" % (car.vin, f_iso(T(t0, -4.211))))
        out.append("time_ms;node;module;sev;text")
        for k, (o, ec, ap, ct, lvl, m) in enumerate(rec):
            out.append("%d;%s;%s;%d;%s" % (int(o * 1000) + 4211, ec, ap, {"error": 2, "warn": 3, "info": 5, "verbose": 6}[lvl], m))
        return out
    for k, (o, ec, ap, ct, lvl, m) in enumerate(rec):
        tt = T(t0, o)
        out.append("%d %s %010d %03d %s %s %s log %s verbose 1 %s" % (
            k, tt.strftime("%Y/%m/%d %H:%M:%S.%f"), int(o * 10000) + 12000, k % 256, ec, ap, ct, lvl, m))
    return out


# ---------------------------------------------------------------- head unit logcat
def logcat(rng, t0, dur, events):
    rec = []
    t = 0.0
    tags = [("I", "MediaSessionService", "session active pkg=com.fleet.radio"),
            ("D", "ConnectivityService", "NetworkAgentInfo [MOBILE (LTE)] validated"),
            ("I", "NavEngine", "route recalculated eta=%d min"),
            ("D", "CarPropertyService", "prop 0x%08x changed area=0"),
            ("W", "BluetoothHfp", "SCO link quality low, rssi=-%d"),
            ("I", "ActivityManager", "Start proc %d:com.oem.weather/u0a71 for service"),
            ("D", "VehicleHal", "onPropertyEvent PERF_VEHICLE_SPEED=%d"),
            ("I", "chatty", "uid=1000(system) identical %d lines"),
            ("W", "WifiHAL", "scan failed, busy; retry in 30s")]
    while t < dur:
        t += rng.uniform(1.0, 5.0)
        lvl, tag, m = rng.choice(tags)
        if "%08x" in m:
            m = m % rng.randint(0x11400000, 0x11600000)
        elif "%d" in m:
            m = m % rng.randint(2, 60)
        rec.append((t, rng.choice([912, 1204, 1530, 2211]), lvl, tag, m))
    for e in events:
        o, lvl, tag, m = e
        rec.append((o + rng.uniform(0.001, 0.04), 3301, lvl, tag, m))
    rec.sort(key=lambda x: x[0])
    return [f_logcat(T(t0, o), pid, pid + 17, lvl, tag, m) for o, pid, lvl, tag, m in rec]


# ---------------------------------------------------------------- app events jsonl
def app_events(rng, car, t0, dur, events, n_min=320):
    rec = []
    step = dur / n_min
    t = 0.0
    k = 0
    while t < dur:
        t += step * rng.uniform(0.6, 1.3)
        k += 1
        ev = rng.choice(["vehicle_status_poll", "vehicle_status_poll", "map_view", "price_quote", "vehicle_status_poll", "push_token_refresh"])
        d = {"ts": f_iso(T(t0, t)), "event": ev, "vehicle": car.plate}
        if ev == "vehicle_status_poll":
            d.update({"online": True, "locked": rng.random() < .5, "latency_ms": rng.randint(180, 900)})
        rec.append((t, d))
    for o, d in events:
        o = o + rng.uniform(0.01, 0.9)
        d = dict({"ts": f_iso(T(t0, o))}, **d)
        d.setdefault("vehicle", car.plate)
        rec.append((o, d))
    rec.sort(key=lambda x: x[0])
    return [json.dumps(d, sort_keys=False) for _, d in rec]


# ---------------------------------------------------------------- fleet tool notes export
STAFF = ["mkoller", "a.nowak", "jdiaz", "s.berg", "t.yilmaz", "r.costa", "lh", "ptran"]
NOTE_ROUTINE = ["interior vacuumed, mats ok", "exterior wash ok", "fuel ok", "no new damage", "scratch rear bumper already in file",
                "ashtray/cupholder cleaned", "wipers fluid topped", "charging cable in boot, ok", "kids seat removed",
                "sticker app qr renewed", "small chip windscreen - known", "tyres visual ok", "keycard in glovebox ok",
                "left on bay 3 charger", "smell ok", "dashcam n/a", "first aid kit present", "warning triangle ok"]


def fleet_notes(rng, car, t0, events, n=330):
    plates = ["B-SH %04d" % rng.randint(1000, 9999) for _ in range(40)] + [car.plate]
    rows = ["note_id;created_at;plate;staff;type;text"]
    rec = []
    for i in range(n):
        o = -86400 * 6 + i * (86400 * 6.5 / n) + rng.uniform(0, 100)
        p = rng.choice(plates)
        typ = rng.choice(["cleaning", "damage_check", "cleaning", "handover", "misc"])
        rec.append((o, p, rng.choice(STAFF), typ, rng.choice(NOTE_ROUTINE)))
    for o, typ, txt in events:
        rec.append((o, car.plate, rng.choice(STAFF), typ, txt))
    rec.sort(key=lambda x: x[0])
    for k, (o, p, s, typ, txt) in enumerate(rec):
        rows.append('%d;%s;%s;%s;%s;"%s"' % (700000 + k, T(t0, o).strftime("%d.%m.%Y %H:%M"), p, s, typ, txt.replace('"', "'")))
    return rows


# ---------------------------------------------------------------- charging records
def charging(rng, car, t0, sessions, n_meter=300):
    """sessions: list of dict(start_off, dur, kw, end_reason, extra_events list[(off, dict)])."""
    out = []
    for s in sessions:
        sid = "CS-%08d" % rng.randint(1, 99999999)
        st = T(t0, s["start"])
        out.append(json.dumps({"ts": f_iso(st), "type": "session_start", "session": sid, "evse": s.get("evse", "DE*FLT*E0031*2"),
                               "connector": s.get("conn", "Type2"), "vehicle": car.plate, "id_tag": "FLEETCARD-%s" % car.plate[-4:]}))
        n = s.get("n", n_meter // len(sessions))
        soc = s.get("soc0", 30.0)
        kwh = 0.0
        for i in range(n):
            o = s["start"] + (i + 1) * s["dur"] / n
            kw = s["kw"](i, n, soc) if callable(s["kw"]) else s["kw"] * rng.uniform(.97, 1.02)
            kwh += kw * s["dur"] / n / 3600
            soc = min(100, soc + kw * s["dur"] / n / 3600 / 0.58)
            d = {"ts": f_iso(T(t0, o)), "type": "meter", "session": sid, "kw": round(kw, 2), "kwh": round(kwh, 3), "soc": round(soc, 1)}
            for c, fn in s.get("mods", {}).items():
                d[c] = fn(i, n, d)
            out.append(json.dumps(d))
        for o, d in s.get("events", []):
            dd = {"ts": f_iso(T(t0, o + rng.uniform(0.01, 0.5))), "type": d.get("type"), "session": sid}
            dd.update(d)
            out.append(json.dumps(dd))
        out.append(json.dumps({"ts": f_iso(T(t0, s["start"] + s["dur"] + 2)), "type": "session_stop", "session": sid,
                               "reason": s.get("reason", "EVDisconnected"), "kwh": round(kwh, 3)}))
    out.sort(key=lambda l: json.loads(l)["ts"])
    return out


# ---------------------------------------------------------------- writer
STYLE = ["dlt"]
GW_NAME = {"dlt": "gateway_dlt.txt", "journal": "gw_journal.log", "csv": "gw_eventlog.csv"}


def write(batch, files, label):
    if "gateway_dlt.txt" in files and STYLE[0] != "dlt":
        files = {(GW_NAME[STYLE[0]] if k == "gateway_dlt.txt" else k): v for k, v in files.items()}
        if label["root_cause_file"] == "gateway_dlt.txt":
            label["root_cause_file"] = GW_NAME[STYLE[0]]
    d = os.path.join(OUT, batch)
    os.makedirs(d, exist_ok=True)
    for name, lines in files.items():
        assert 300 <= len(lines) <= 20000, (batch, name, len(lines))
        with open(os.path.join(d, name), "w", newline="\n") as f:
            f.write("\n".join(lines) + "\n")
    assert label["root_cause_file"] is None or label["root_cause_file"] in files, batch
    label = dict({"batch": batch}, **label)
    LABELS.append(label)


MAKES_EV = [("Renault Zoe", 2020), ("VW ID.3", 2021), ("Hyundai Kona Electric", 2022), ("Fiat 500e", 2023), ("Kia Niro EV", 2021), ("MG4", 2023)]
MAKES_ICE = [("Skoda Fabia", 2018), ("VW Polo", 2019), ("Opel Corsa", 2017), ("Toyota Yaris Hybrid", 2020), ("Seat Leon", 2021), ("BMW 118i", 2019), ("Ford Fiesta", 2016)]


def mkcar(rng, ev):
    m, y = rng.choice(MAKES_EV if ev else MAKES_ICE)
    plate = "B-SH %04d" % rng.randint(1000, 9999)
    vin = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))
    return Car(rng, ev, m, y, plate, vin)


def lab(cat, sub, risk, acc, state, rc, desc):
    return {"category": cat, "subsystem": sub, "risk_level": risk, "risk_accept": acc, "vehicle_state": state,
            "root_cause_file": rc, "description": desc}


BASE = dt.datetime(2026, 11, 3, 7, 40, 0)


def t0_for(rng):
    return BASE + dt.timedelta(days=rng.randint(0, 25), minutes=rng.randint(0, 600), seconds=rng.randint(0, 59))


# ====================================================================== HEALTHY
def h_city_ice(rng, b):
    car = mkcar(rng, False); t0 = t0_for(rng)
    ev = [(2.0, "keyless[466]: app unlock req id=%d via LTE -> CAN 0x2A0 cmd=UNLOCK ack=ok 412ms" % rng.randint(1e5, 9e5)),
          (1500, "obdpoll[412]: mode07 -> 47 00 (no pending)"), (2400, "accel[420]: harsh brake event g=0.41 spd=38 -> below report threshold 0.45")]
    files = {"tbox.log": tbox_log(rng, car, t0, 2700, ev),
             "obd_poll.csv": poll_csv(rng, car, t0, 540, 5, "driving"),
             "app_events.jsonl": app_events(rng, car, t0 - dt.timedelta(minutes=5), 3000, [(280, {"event": "rental_start", "booking": "BK%d" % rng.randint(1e6, 9e6)}), (2950, {"event": "rental_end", "fuel_pct": 61, "parking_zone_ok": True})])}
    write(b, files, lab("none", "none", "low", [], "driving", None, "Ordinary 45-minute city rental of a combustion car; one sub-threshold harsh-brake note, no codes in Mode 03/07."))


def h_ev_standstill(rng, b):
    car = mkcar(rng, True); t0 = t0_for(rng)
    ev = []
    for d in range(6):
        o = d * 86400 + 3 * 3600
        ev += [(o, "pm[300]: deep sleep exit reason=RTC period=24h"), (o + 4, "pm[300]: KL30 %.2fV during wake" % (12.61 - d * 0.04)),
               (o + 40, "obdpoll[412]: vehicle bus silent (ECUs asleep), skipping poll cycle - expected in standby"),
               (o + 60, "mqttc[455]: heartbeat sent, entering deep sleep, next wake +24h")]
    ev += [(5 * 86400 + 9 * 3600, "pm[300]: vehicle woke itself: DC-DC LV top-up cycle (12V %.2fV < 12.40V threshold)" % 12.37),
           (5 * 86400 + 9 * 3600 + 1500, "pm[300]: DC-DC top-up ended, 12V 12.71V")]
    files = {"tbox.log": tbox_log(rng, car, t0, 6 * 86400, ev, drive=False)[:1] + tbox_log(rng, car, t0, 3000, ev, drive=False),
             "obd_poll.csv": poll_csv(rng, car, t0, 720, 720, "parked", mods={"lv_v": lambda i, t, v, r: round(12.62 - i * 0.00035 if i < 645 else (14.05 if i < 648 else 12.71 - (i - 648) * 0.00035), 2)}),
             "app_events.jsonl": app_events(rng, car, t0, 6 * 86400, [(6 * 86400 - 600, {"event": "vehicle_wakeup_request", "result": "ok", "attempt": 1})])}
    # make tbox a true 6-day log: regenerate over 6 days sparse
    files["tbox.log"] = tbox_log(random.Random(rng.random()), car, t0, 3600, [], drive=False) + [f_syslog(T(t0, o), car.box, m) for o, m in sorted(ev) if o > 3600]
    write(b, files, lab("none", "none", "low", [], "parked", None, "EV parked six days between rentals: daily RTC wake-ups, one automatic DC-DC 12 V top-up, bus silent while asleep is expected."))


def h_refuel(rng, b):
    car = mkcar(rng, False); t0 = t0_for(rng)
    jump = 300
    ev = [(jump * 5 - 30, "obdpoll[412]: ign off detected (rpm=0, spd=0) - refuel stop?"),
          (jump * 5 + 240, "obdpoll[412]: fuel level step detected (ign cycle), tagging refuel event"),
          (jump * 5 + 400, "obdpoll[412]: mode01 PID 41 monitor status: EVAP incomplete (normal after refuel)")]
    files = {"tbox.log": tbox_log(rng, car, t0, 3200, ev),
             "obd_poll.csv": poll_csv(rng, car, t0, 640, 5, "driving", motorway=True, mods={
                 "fuel_lvl_pct": lambda i, t, v, r: round(min(v + 44, 97.9 - (i - jump) * 0.004) if i >= jump + 50 else v, 1),
                 "veh_speed_kmh": lambda i, t, v, r: 0.0 if jump <= i < jump + 50 else v,
                 "rpm": lambda i, t, v, r: 0 if jump + 3 <= i < jump + 48 else v}),
             "fleet_notes.csv": fleet_notes(rng, car, t0, [(3300, "handover", "fuel card used at station, receipt photo in app")]),
             "app_events.jsonl": app_events(rng, car, t0, 3400, [(1600, {"event": "fuelcard_pin_requested"}), (1620, {"event": "fuelcard_pin_entered_wrong", "attempt": 1}), (1660, {"event": "fuelcard_ok"})])}
    write(b, files, lab("none", "none", "low", [], "driving", None, "Motorway rental with a refuelling stop: ignition off, fuel level step, EVAP readiness reset and one wrong fuel-card PIN are all routine."))


def h_ac_charge(rng, b):
    car = mkcar(rng, True); t0 = t0_for(rng)
    s = [{"start": 120, "dur": 5 * 3600, "kw": 10.8, "soc0": 32, "n": 330, "reason": "EVDisconnected",
          "events": [(60, {"type": "status", "connector_status": "Preparing"}), (70, {"type": "error", "code": "EVCommunicationError", "info": "CP state B->C timeout, retrying"}),
                     (110, {"type": "status", "connector_status": "Charging"})]}]
    ev = [(60, "chgmon[470]: plug detected, CP 9V->6V after 2nd attempt"), (5 * 3600, "chgmon[470]: charge complete SOC target 90% reached")]
    files = {"charging.jsonl": charging(rng, car, t0, s),
             "obd_poll.csv": poll_csv(rng, car, t0, 600, 30, "charging", mods={"soc_pct": lambda i, t, v, r: round(min(90, 32 + i * 0.2), 1)}),
             "tbox.log": tbox_log(rng, car, t0, 3600, ev, drive=False)}
    write(b, files, lab("none", "none", "low", [], "charging", None, "Overnight AC charging at the depot; first control-pilot handshake timed out and the retry started the session, charged to the 90% target."))


def h_handover(rng, b):
    car = mkcar(rng, rng.random() < .5); t0 = t0_for(rng)
    ev = [(10, "keyless[466]: staff card unlock (NFC) ok"), (900, "keyless[466]: lock via app ok"),
          (1800, "keyless[466]: app unlock req via BLE fallback (LTE busy) ok 1.9s")]
    files = {"tbox.log": tbox_log(rng, car, t0, 2400, ev, drive=False),
             "fleet_notes.csv": fleet_notes(rng, car, t0, [(300, "damage_check", "walkaround done, 12 photos, no new damage"), (600, "cleaning", "interior cleaned, sand in footwell removed"), (880, "handover", "ready for next rental")]),
             "app_events.jsonl": app_events(rng, car, t0, 2600, [(1790, {"event": "unlock_request", "channel": "lte", "result": "timeout"}), (1795, {"event": "unlock_request", "channel": "ble", "result": "ok"}), (1830, {"event": "rental_start"})])}
    write(b, files, lab("none", "none", "low", [], "parked", None, "Depot handover: staff cleaning and damage check with no new damage, then the next customer's first LTE unlock timed out and BLE fallback unlocked."))


def h_carwash(rng, b):
    car = mkcar(rng, False); t0 = t0_for(rng)
    ev = [(600, "gw: wash mode requested by staff via menu")]
    dl = [(610, "BCM: car-wash mode on: auto wipers inhibited, mirrors folded", "BCM", "info"),
          (640, "PDC: sensor RR2 echo implausible (water film) - park assist temporarily limited", "PDC", "warn"),
          (700, "PDC: sensors FL1 FR1 RR2 echo implausible", "PDC", "warn"),
          (1320, "PDC: all sensors plausible again, park assist available", "PDC", "info"),
          (1340, "RLS: rain sensor reports saturation, ignored (wash mode)", "RLS", "info"),
          (1400, "BCM: car-wash mode off", "BCM", "info")]
    files = {"gateway_dlt.txt": dlt_log(rng, car, t0, 2200, dl), "tbox.log": tbox_log(rng, car, t0, 2200, ev),
             "fleet_notes.csv": fleet_notes(rng, car, t0, [(1500, "cleaning", "wash programme 3 incl. underbody, done")])}
    write(b, files, lab("none", "none", "low", [], "parked", None, "Automatic car wash at the depot: wash mode inhibits wipers, parking sensors report implausible echoes under water and recover after the wash."))


def h_tyre_change(rng, b):
    car = mkcar(rng, False); t0 = t0_for(rng)
    dl = [(200, "TPMS: sensor IDs changed at all 4 positions, learning started", "TPMS", "info"),
          (260, "TPMS: learning in progress, pressures not displayed", "TPMS", "info"),
          (1100, "TPMS: learn complete FL=0x1A33C0 FR=0x1A33D2 RL=0x1A3401 RR=0x1A340F", "TPMS", "info"),
          (1110, "TPMS: pressures FL 2.5 FR 2.5 RL 2.4 RR 2.4 bar", "TPMS", "info")]
    files = {"gateway_dlt.txt": dlt_log(rng, car, t0, 2000, dl), "obd_poll.csv": poll_csv(rng, car, t0, 360, 5, "driving"),
             "fleet_notes.csv": fleet_notes(rng, car, t0, [(100, "misc", "winter tyres fitted on steel rims incl. new sensors, torque 110Nm, test drive for TPMS learn")])}
    write(b, files, lab("none", "none", "low", [], "driving", None, "Tyre change at the depot with new TPMS sensors; the learn phase hides pressures for a few minutes and completes on the test drive."))


def h_unlock_retry(rng, b):
    car = mkcar(rng, True); t0 = t0_for(rng)
    ev = [(100, "keyless[466]: app unlock req id=88121 rx via SMS-wakeup (box in deep sleep)"), (104, "pm[300]: wake by modem RI"),
          (118, "keyless[466]: CAN wake sent, BCM not yet awake, unlock NAK (0x7F 31 22), will retry"),
          (121, "keyless[466]: unlock retry 1 -> ack ok 380ms")]
    files = {"tbox.log": tbox_log(rng, car, t0, 2800, ev),
             "obd_poll.csv": poll_csv(rng, car, t0, 500, 5, "driving"),
             "app_events.jsonl": app_events(rng, car, t0, 3000, [(95, {"event": "unlock_request", "result": "pending"}), (118, {"event": "unlock_result", "result": "failed", "err": "VEHICLE_ASLEEP"}), (119, {"event": "unlock_request", "result": "retry_auto"}), (122, {"event": "unlock_result", "result": "ok"})])}
    write(b, files, lab("none", "none", "low", [], "parked", None, "Remote unlock from deep sleep: the first command was NAKed because the body controller was still waking, the automatic retry succeeded and the rental ran normally."))


def h_tunnel(rng, b):
    car = mkcar(rng, False); t0 = t0_for(rng)
    ev = [(1500, "gnssd[401]: fix lost (sats=0), dead reckoning from wheel speed"), (1500.5, "modemd[388]: no service, +CREG: 0,2 searching"),
          (1640, "mqttc[455]: broker unreachable, buffering 23 msgs"), (1710, "gnssd[401]: fix 3D reacquired sats=9 ttff=6s"),
          (1716, "modemd[388]: registered home, LTE"), (1720, "mqttc[455]: flushed 31 buffered msgs")]
    files = {"tbox.log": tbox_log(rng, car, t0, 3000, ev), "obd_poll.csv": poll_csv(rng, car, t0, 600, 5, "driving", motorway=True),
             "gps_track.csv": gps_csv(rng, t0, 600, 5, lambda i: 300 <= i < 342)}
    write(b, files, lab("none", "none", "low", [], "driving", None, "Motorway rental through a long tunnel: GNSS fix and LTE drop together for three minutes, telemetry is buffered and flushed; no fault."))


def gps_csv(rng, t0, n, period, lost=lambda i: False, stuck=None):
    out = ["ts,lat,lon,alt_m,sats,hdop,fix,speed_kmh"]
    lat, lon = 52.5 + rng.uniform(-.05, .05), 13.4 + rng.uniform(-.05, .05)
    for i in range(n):
        lat += rng.uniform(-.0003, .0004); lon += rng.uniform(-.0003, .0005)
        if lost(i):
            out.append("%s,,,,0,99.0,0," % f_iso(T(t0, i * period)))
        elif stuck and stuck(i):
            out.append("%s,%.6f,%.6f,%d,%d,%.1f,2,0.0" % (f_iso(T(t0, i * period)), 52.51, 13.39, 0, rng.randint(3, 4), rng.uniform(8, 25)))
        else:
            out.append("%s,%.6f,%.6f,%d,%d,%.1f,3,%.1f" % (f_iso(T(t0, i * period)), lat, lon, 40 + rng.randint(0, 9), rng.randint(7, 15), rng.uniform(.7, 1.7), rng.uniform(0, 70)))
    return out


def h_cold_start(rng, b):
    car = mkcar(rng, False); t0 = t0_for(rng)
    def cv(i, t, v, r):
        return 10.2 if i == 2 else (11.9 if i == 3 else (13.1 if i < 20 else v))
    ev = [(3, "obdpoll[412]: elm: CAN no response during crank (normal), retry"), (12, "obdpoll[412]: KL30 dip 10.2V during crank (ok > 9.5V)"),
          (40, "obdpoll[412]: O2S B1S1 not ready (heater warming)"), (240, "obdpoll[412]: O2S B1S1 ready, closed loop")]
    def ect(i, t, v, r):
        return round(min(-14 + i * 0.35, 88 + rng.uniform(-1, 1)), 1)
    files = {"tbox.log": tbox_log(rng, car, t0, 2800, ev),
             "obd_poll.csv": poll_csv(rng, car, t0, 560, 5, "driving", mods={"ctrl_mod_v": cv, "ect_c": ect, "amb_c": lambda i, t, v, r: -15.2, "iat_c": lambda i, t, v, r: -13.0})}
    write(b, files, lab("none", "none", "low", [], "driving", None, "Cold start at -15 C: crank dip to 10.2 V, ECU silent while cranking, oxygen sensor warm-up before closed loop; all normal."))


def h_ota_none(rng, b):
    car = mkcar(rng, True); t0 = t0_for(rng)
    lc = [(20, "I", "OtaClient", "checking campaign server https://ota.oem.example/v2/check"), (22, "W", "OtaClient", "TLS handshake timeout, retry 1/3"),
          (29, "I", "OtaClient", "server says: no update for build 24.31.2 (up to date)"), (30, "I", "OtaClient", "next check in 72h"),
          (600, "I", "ActivityManager", "system idle, scheduled reboot of head unit (maintenance window)"), (640, "I", "init", "boot completed in 21.4s")]
    files = {"headunit_logcat.txt": logcat(rng, t0, 1800, lc), "gateway_dlt.txt": dlt_log(rng, car, t0, 1800, [(25, "OTA master: vehicle query from HU, no pending package", "OTA", "info")], kl30=lambda t: ("off", 12.5 - t * 0.00001)),
             "tbox.log": tbox_log(rng, car, t0, 1800, [], drive=False)}
    write(b, files, lab("none", "none", "low", [], "parked", None, "Parked EV: OTA check with one TLS retry finds nothing to install, head unit does a scheduled maintenance reboot."))


def h_dcfc(rng, b):
    car = mkcar(rng, True); t0 = t0_for(rng)
    def kw(i, n, soc):
        base = 35 if i < 40 else (75 if soc < 55 else max(20, 75 - (soc - 55) * 2))
        return base * rng.uniform(.97, 1.02)
    s = [{"start": 60, "dur": 2400, "kw": kw, "soc0": 18, "n": 340, "conn": "CCS2", "evse": "DE*ION*E1102*1", "reason": "Local",
          "events": [(80, {"type": "info", "msg": "battery cold 9C, vehicle limits current to 90A until warmed"}), (700, {"type": "info", "msg": "vehicle current limit raised 180A"})]}]
    files = {"charging.jsonl": charging(rng, car, t0, s),
             "obd_poll.csv": poll_csv(rng, car, t0, 500, 5, "charging", mods={"batt_t_c": lambda i, t, v, r: round(min(9 + i * 0.05, 28), 1), "hv_a": lambda i, t, v, r: -90.0 if i < 140 else round(-180.0 * rng.uniform(.95, 1), 1), "soc_pct": lambda i, t, v, r: round(18 + i * 0.124, 1)}),
             "app_events.jsonl": app_events(rng, car, t0, 2600, [(30, {"event": "charge_station_selected", "op": "ionity"}), (2500, {"event": "charge_finished", "soc": 80})])}
    write(b, files, lab("none", "none", "low", [], "charging", None, "Motorway DC fast charge with a cold pack: current held at 90 A until the battery warmed, then normal taper; expected behaviour."))


# ====================================================================== BATTERY / BMS
def f_cell_charge(rng, b):
    car = mkcar(rng, True); t0 = t0_for(rng)
    def cmax(i, t, v, r):
        return int(v + (0 if i < 200 else (i - 200) * 0.9))
    s = [{"start": 60, "dur": 3 * 3600, "kw": 10.9, "soc0": 40, "n": 320, "reason": "EVDisconnected",
          "events": [(3 * 3600 - 20, {"type": "status", "connector_status": "SuspendedEV"})]}]
    files = {"obd_poll.csv": poll_csv(rng, car, t0, 560, 20, "charging", mods={"cell_max_mv": cmax, "soc_pct": lambda i, t, v, r: round(min(40 + i * .07, 79), 1)}),
             "charging.jsonl": charging(rng, car, t0, s),
             "tbox.log": tbox_log(rng, car, t0, 10900, [(10785, "chgmon[470]: EVSE reports SuspendedEV, vehicle paused charge at SOC 79%")], drive=False)}
    write(b, files, lab("battery_bms", "cell", "medium", ["low", "high"], "charging", "obd_poll.csv",
                        "During AC charging one cell group drifts up (cell max minus min grows past 300 mV, only in the polled cell voltages) and the car suspends charging at 79%; charging state lowers high to medium."))


def f_iso_wash(rng, b):
    car = mkcar(rng, True); t0 = t0_for(rng)
    def iso(i, t, v, r):
        if 100 <= i < 180:
            return int(410 - (i - 100) * 2.2 + rng.uniform(-15, 15)) if i < 140 else int(322 + (i - 140) * 40)
        return v
    dl = [(560, "BMS: Riso pack-to-chassis %d kOhm below warning limit (500)" % 384, "BMS", "warn"),
          (575, "BMS: DTC 0x1C4A16 status 0x2F stored", "DEM", "warn"),
          (905, "BMS: Riso back in range 2210 kOhm, warning cleared, DTC aged 0x28", "BMS", "info"),
          (585, "CLU: telltale 'Check electric drive' ON", "HMI", "warn"), (910, "CLU: telltale 'Check electric drive' OFF", "HMI", "info")]
    files = {"obd_poll.csv": poll_csv(rng, car, t0, 520, 5, "driving", mods={"iso_kohm": iso}),
             "gateway_dlt.txt": dlt_log(rng, car, t0, 2600, dl),
             "fleet_notes.csv": fleet_notes(rng, car, t0, [(-1200, "cleaning", "pressure wash incl. underbody + wheel arches, bay 2")]),
             "app_events.jsonl": app_events(rng, car, t0, 2600, [(900, {"event": "support_chat", "text": "orange warning 'check electric drive' came on after 10 min then went away, is car ok?"})])}
    write(b, files, lab("battery_bms", "hv_isolation", "medium", ["high"], "driving", "obd_poll.csv",
                        "After an underbody pressure wash the pack-to-chassis insulation resistance sags to ~320 kOhm while driving and recovers once dry; recovered by itself, so medium."))


def f_ccs_inlet(rng, b):
    car = mkcar(rng, True); t0 = t0_for(rng)
    evs = []
    sess = []
    for k in range(3):
        st = 200 + k * 900
        sess.append({"start": st, "dur": 240 + k * 30, "kw": lambda i, n, soc: 45 * (1 - i / n) + 2, "soc0": 12, "n": 110, "conn": "CCS2", "evse": "DE*EWE*E22%02d*1" % k,
                     "reason": "EVSEFault" if k == 0 else "Other", "mods": {"inlet_t_c": (lambda kk: (lambda i, n, d: round(31 + i * (0.8 + kk * .1), 1)))(k)},
                     "events": [(st + 230 + k * 30, {"type": "error", "code": "OtherError", "vendor_error": "EV0x%02X" % (0x31 + k), "info": "EV requested stop (ChargingStatus=EVSE_EmergencyShutdown)"})]})
    lc = [(205, "W", "ChargeApp", "inlet pin temp rising fast DC+ %.0fC" % 71), (445, "E", "ChargeApp", "Charging stopped by vehicle: connection temperature"),
          (1345, "E", "ChargeApp", "Charging stopped by vehicle: connection temperature"), (2140, "E", "ChargeApp", "Charging stopped by vehicle: connection temperature")]
    files = {"charging.jsonl": charging(rng, car, t0, sess),
             "headunit_logcat.txt": logcat(rng, t0, 2600, lc),
             "app_events.jsonl": app_events(rng, car, t0, 2700, [(2300, {"event": "support_ticket", "text": "fast charger stops after 4 min, tried 3 posts, same. battery 14%"})])}
    write(b, files, lab("battery_bms", "charging", "medium", ["high"], "charging", "charging.jsonl",
                        "DC fast charging aborts on three different posts because the car's CCS inlet temperature climbs ~1 C per meter interval (high-resistance pin); fast charging unavailable while charging -> medium."))


def f_contactor(rng, b):
    car = mkcar(rng, True); t0 = t0_for(rng)
    dl = [(40, "BMS: precharge started tgt 356V", "BMS", "info"), (40.4, "BMS: precharge bus 351V/356V after 180ms ok", "BMS", "info"),
          (40.6, "BMS: main+ close cmd, aux feedback OPEN after 60ms (expected CLOSED)", "BMS", "warn"),
          (40.9, "BMS: HV-ready aborted, fault latch MCP_FB", "BMS", "error"),
          (41.0, "DEM: store 0x0AA600 status 0x09 (testFailed|confirmed) snap: V_link=0.0 V_pack=356.2", "DEM", "error"),
          (41.5, "VCU: READY refused, reason=BMS_HV_NOT_AVAILABLE", "VCU", "error"), (41.6, "CLU: msg 'Electric drive unavailable - do not drive'", "HMI", "error"),
          (43, "EPS: no HV ready, assist stays in standby", "EPS", "warn"), (43.1, "ESC: VCU torque path not available", "ESC", "warn"),
          (44, "TMS: pump request ignored, HV off", "TMS", "warn"), (90, "VCU: READY refused, reason=BMS_HV_NOT_AVAILABLE", "VCU", "error"),
          (90.3, "BMS: retry precharge denied, latched fault requires service", "BMS", "error")]
    for k in range(12):
        dl.append((45 + k * 4, "VCU: drive select D rejected (not READY)", "VCU", "warn"))
    files = {"gateway_dlt.txt": dlt_log(rng, car, t0, 1500, dl, kl30=lambda t: ("on", 12.38)),
             "tbox.log": tbox_log(rng, car, t0, 1500, [(38, "keyless[466]: start authorised, KL15 on")], drive=False),
             "app_events.jsonl": app_events(rng, car, t0, 1600, [(150, {"event": "support_call_request", "text": "car says electric drive unavailable, cannot start"}), (600, {"event": "rental_cancelled", "reason": "vehicle_defect"})])}
    write(b, files, lab("battery_bms", "contactor", "medium", ["high"], "parked", "gateway_dlt.txt",
                        "At rental start the positive main contactor's feedback stays open after precharge, the BMS latches and READY is refused; VCU/EPS/ESC complaints follow. Car cannot be driven, parked lowers high to medium."))


# ====================================================================== POWERTRAIN
def f_evap_cap(rng, b):
    car = mkcar(rng, False); t0 = t0_for(rng)
    ev = [(2500, "obdpoll[412]: mode07 -> 47 01 04 55 00 00"), (2800, "obdpoll[412]: mode07 -> 47 01 04 55 00 00"), (640, "obdpoll[412]: fuel level step detected (ign cycle), tagging refuel event")]
    files = {"tbox.log": tbox_log(rng, car, t0, 3000, ev),
             "obd_poll.csv": poll_csv(rng, car, t0, 600, 5, "driving", mods={"fuel_lvl_pct": lambda i, t, v, r: round(min(v + 38, 98.2 - (i - 125) * 0.003) if i > 125 else v, 1)}),
             "app_events.jsonl": app_events(rng, car, t0, 3000, [(700, {"event": "fuelcard_ok"}), (3100, {"event": "rental_end", "photos": 4, "comment": "tanked up, cap flap would not close fully"})])}
    write(b, files, lab("powertrain", "emissions", "low", [], "driving", "tbox.log",
                        "Customer refuelled and left the filler cap loose; the EVAP monitor sets a pending large-leak code visible only as raw Mode 07 bytes (47 01 04 55 = P0455). Pending only -> low."))


def f_misfire_pending(rng, b):
    car = mkcar(rng, False); t0 = t0_for(rng)
    ev = [(1700, "obdpoll[412]: mode07 -> 47 02 03 03 03 00"), (2100, "obdpoll[412]: mode07 -> 47 02 03 03 03 00"),
          (2400, "obdpoll[412]: mode06 MID A4 TID 0B cyl3 misfire cnt=%d (limit 0x%X)" % (212, 0x3E8))]
    files = {"tbox.log": tbox_log(rng, car, t0, 2800, ev),
             "obd_poll.csv": poll_csv(rng, car, t0, 560, 5, "driving", mods={"stft_b1_pct": lambda i, t, v, r: round(v + (4.5 if i > 300 and i % 7 < 2 else 0), 1)})}
    write(b, files, lab("powertrain", "ignition", "low", ["medium"], "driving", "tbox.log",
                        "Intermittent misfire on cylinder 3 (Mode 07 raw 47 02 03 03 03 00 = pending P0303 + P0300, Mode 06 counter rising); pending, no MIL -> low."))


def f_dct_limp(rng, b):
    car = mkcar(rng, False); t0 = t0_for(rng)
    dl = [(1500, "TCU: clutch K1 est. temp 186C (model), creep torque reduced", "TCU", "info"),
          (1620, "TCU: clutch K1 temp 214C > 210C, protection stage 2, gear display flash", "TCU", "warn"),
          (1700, "TCU: K1 temp 241C, substitute program: 2nd gear only, DTC P17BF-00 stored", "TCU", "error"),
          (1702, "ECM: torque request from TCU limited, engine intervention", "ECM", "warn"),
          (1703, "ESC: engine drag torque control n/a (TCU substitute mode)", "ESC", "warn"), (1703.5, "ACC: unavailable, drivetrain not ready", "ACC", "warn"),
          (1704, "CLU: gearbox malfunction - you can continue driving", "HMI", "error")]
    for k in range(20):
        dl.append((1710 + k * 20, "ESC: torque intervention request rejected by ECM (limited)", "ESC", "warn"))
    files = {"gateway_dlt.txt": dlt_log(rng, car, t0, 2400, dl),
             "obd_poll.csv": poll_csv(rng, car, t0, 480, 5, "driving", mods={"rpm": lambda i, t, v, r: int(r["veh_speed_kmh"] * 70 + 800) if i > 340 else v}),
             "app_events.jsonl": app_events(rng, car, t0, 2500, [(1900, {"event": "support_chat", "text": "stop&go traffic, car jerks, gear number blinking, now very slow"})])}
    write(b, files, lab("powertrain", "transmission", "high", ["medium"], "driving", "gateway_dlt.txt",
                        "Dry dual-clutch overheats in stop-and-go traffic and the gearbox enters its substitute program (limp home); ESC/ACC messages are consequences. Limp home -> high."))


def f_inverter_derate(rng, b):
    car = mkcar(rng, True); t0 = t0_for(rng)
    dl = [(900, "INV: phase-W current sensor offset 11.8A at standstill (limit 8A)", "INV", "warn"),
          (1190, "INV: current plausibility sum(Iu,Iv,Iw)=24A > 15A, torque derate 50%", "INV", "error"),
          (1191, "DEM: INV 0x0A1B64 status 0x2F", "DEM", "error"),
          (1192, "VCU: propulsion power limited by inverter, max 45kW", "VCU", "warn"),
          (1193, "CLU: 'Reduced power' shown, turtle icon", "HMI", "warn"),
          (1200, "BMS: discharge power request dropped to 45kW (VCU limit)", "BMS", "info")]
    for k in range(25):
        dl.append((1205 + k * 30, "VCU: driver pedal 100%, torque capped by INV derate", "VCU", "warn"))
    files = {"gateway_dlt.txt": dlt_log(rng, car, t0, 2200, dl),
             "obd_poll.csv": poll_csv(rng, car, t0, 440, 5, "driving", motorway=True, mods={"veh_speed_kmh": lambda i, t, v, r: min(v, 92.0) if i > 238 else v})}
    write(b, files, lab("powertrain", "inverter", "high", ["critical"], "driving", "gateway_dlt.txt",
                        "On the motorway the traction inverter first logs a phase current sensor offset, then a current plausibility fault and derates to 45 kW; VCU/BMS lines follow. Derate -> high."))


# ====================================================================== THERMAL
def f_coolant_leak(rng, b):
    car = mkcar(rng, False); t0 = t0_for(rng)
    def ect(i, t, v, r):
        return round(v + max(0, (i - 220) * 0.09) + (rng.uniform(-.5, .5)), 1) if i > 220 else v
    files = {"obd_poll.csv": poll_csv(rng, car, t0, 600, 5, "driving", mods={"ect_c": ect}),
             "fleet_notes.csv": fleet_notes(rng, car, t0, [(-7200, "damage_check", "wet spot under front of car at bay 14, sweet smell?? pls check"), (-7000, "misc", "moved to bay 9")]),
             "app_events.jsonl": app_events(rng, car, t0, 3100, [(3050, {"event": "support_chat", "text": "temp needle very high, red light, stopped at petrol station"})])}
    write(b, files, lab("thermal", "coolant", "high", ["medium", "critical"], "driving", "fleet_notes.csv",
                        "A coolant leak (puddle noted by staff the day before) lets engine coolant temperature creep from 90 to ~125 C during the rental; no code in the polled data, customer stops on the red warning."))


def f_ac_lowcharge(rng, b):
    car = mkcar(rng, rng.random() < .5); t0 = t0_for(rng)
    dl = [(300, "HVAC: refrigerant p_high 5.1 bar at compressor req (exp > 9)", "HVAC", "info"),
          (420, "HVAC: A/C comp. disengaged, suction side pressure under floor 1.1 bar", "HVAC", "warn"),
          (421, "DEM: HVAC B10A1-16 test failed this cycle", "DEM", "warn"),
          (900, "HVAC: A/C comp. retry blocked for ignition cycle", "HVAC", "warn")]
    for k in range(30):
        dl.append((430 + k * 50, "HVAC: evaporator 19.%dC target 4C, fan stage 7" % rng.randint(0, 9), "HVAC", "info"))
    files = {"gateway_dlt.txt": dlt_log(rng, car, t0, 2200, dl),
             "app_events.jsonl": app_events(rng, car, t0, 2400, [(1200, {"event": "rating", "stars": 2, "text": "air con only blows warm air, 31 degrees outside"})]),
             "tbox.log": tbox_log(rng, car, t0, 2200, [])}
    write(b, files, lab("thermal", "hvac", "high", ["medium"], "driving", "gateway_dlt.txt",
                        "Refrigerant undercharge: high- and low-side pressures too low, the A/C compressor is locked out for the drive and the customer complains of warm air; comfort function disabled -> high (medium acceptable)."))


def f_pump_cascade(rng, b):
    car = mkcar(rng, True); t0 = t0_for(rng)
    dl = [(800, "TMS: EWP2 (PE loop) speed fb 1210rpm cmd 3800rpm, dev > 30%", "TMS", "info"),
          (830, "TMS: EWP2 dry-run suspicion, current 0.4A", "TMS", "warn"),
          (900, "INV: IGBT Tj 128C rising, pre-warning", "INV", "warn"),
          (940, "INV: Tj 141C > 140C, derate 30%", "INV", "error"), (941, "VCU: power limited by inverter temperature", "VCU", "warn"),
          (942, "CLU: 'Drive power reduced' shown", "HMI", "warn"), (950, "OBC: coolant inlet temp sensor 62C high", "OBC", "warn"),
          (1300, "TMS: EWP2 restart sequence ok, speed fb 3710rpm", "TMS", "info"),
          (1420, "INV: Tj 96C, derate removed", "INV", "info"), (1421, "CLU: 'Drive power reduced' cleared", "HMI", "info")]
    for k in range(40):
        dl.append((945 + k * 9, "INV: Tj %dC derate active" % (141 - k // 3), "INV", "error"))
        dl.append((946 + k * 9, "VCU: torque limit %dNm (inverter thermal)" % (150 + k), "VCU", "warn"))
    files = {"gateway_dlt.txt": dlt_log(rng, car, t0, 2400, dl),
             "obd_poll.csv": poll_csv(rng, car, t0, 480, 5, "driving", mods={"inv_t_c": lambda i, t, v, r: round(v + (min((i - 160) * 0.9, 70) if 160 < i < 270 else (max(0, 70 - (i - 270) * 1.5) if i >= 270 else 0)), 1)})}
    write(b, files, lab("thermal", "pump", "medium", ["high"], "driving", "gateway_dlt.txt",
                        "The power-electronics coolant pump loses speed (dry-run/air lock), the inverter overheats and derates, loudly; the pump restarts and power returns. Root cause is the pump, recovered -> medium."))


def f_aux_heater(rng, b):
    car = mkcar(rng, False); t0 = t0_for(rng)
    dl = []
    for k in range(3):
        o = 200 + k * 420
        dl += [(o, "PARKHTR: start request (timer/app), glow plug on", "AUX", "info"), (o + 60, "PARKHTR: flame detected", "AUX", "info"),
               (o + 200, "PARKHTR: heat exchanger %dC, overheat threshold 125C" % (118 + k * 4), "AUX", "warn"),
               (o + 230, "PARKHTR: overheat shutdown #%d" % (k + 1), "AUX", "error")]
    dl.append((1300, "PARKHTR: locked after 3 overheat events, service reset required (F12)", "AUX", "error"))
    files = {"gateway_dlt.txt": dlt_log(rng, car, t0, 2000, dl, kl30=lambda t: ("off", 12.5 - t * 0.00001)),
             "app_events.jsonl": app_events(rng, car, t0, 2200, [(190, {"event": "precondition_request", "minutes": 30}), (1320, {"event": "precondition_result", "result": "failed", "err": "HEATER_LOCKED"}),
                                                                 (1900, {"event": "support_chat", "text": "windows frozen, heater from app didnt work"})]),
             "tbox.log": tbox_log(rng, car, t0, 2000, [(185, "keyless[466]: app precondition cmd -> CAN 0x3E5 ok")], drive=False)}
    write(b, files, lab("thermal", "overtemp", "medium", ["low", "high"], "parked", "gateway_dlt.txt",
                        "App-triggered fuel-fired parking heater overheats three times (poor coolant flow) and locks itself out; heating feature disabled while parked -> medium."))


# ====================================================================== BRAKES / CHASSIS
def f_tpms_nolearn(rng, b):
    car = mkcar(rng, False); t0 = t0_for(rng)
    dl = [(180, "TPMS: RF frame from unknown ID 0x2B0017 rssi -71 ignored", "TPMS", "info"),
          (600, "TPMS: stored IDs not received for 10 min (4/4), learning not enabled", "TPMS", "warn"),
          (602, "DEM: C1A10-87 status 0x09", "DEM", "error"), (603, "CLU: 'Tyre pressure monitoring unavailable' yellow", "HMI", "warn")]
    for k in range(20):
        dl.append((200 + k * 20, "TPMS: RF frame from unknown ID 0x2B00%02X ignored" % (0x17 + k % 4), "TPMS", "info"))
    files = {"gateway_dlt.txt": dlt_log(rng, car, t0, 2400, dl),
             "fleet_notes.csv": fleet_notes(rng, car, t0, [(-3600 * 20, "misc", "summer->winter wheel set swap done, complete wheels from storage shelf C")]),
             "obd_poll.csv": poll_csv(rng, car, t0, 460, 5, "driving")}
    write(b, files, lab("brakes_chassis", "tpms", "high", ["medium"], "driving", "gateway_dlt.txt",
                        "After a wheel-set swap at the depot the new wheels' sensor IDs were never taught in; the TPMS sees only unknown IDs and declares itself unavailable while driving -> high."))


def f_wss_cascade(rng, b):
    car = mkcar(rng, rng.random() < .5); t0 = t0_for(rng)
    dl = [(1400, "ESC: WSS RL signal dropouts 3 in 1s", "ESC", "info"),
          (1402, "ESC: WSS RL no signal at v=64km/h, DTC C0035-01 open circuit", "ESC", "error"),
          (1402.1, "ESC: ABS/ESC switched off, EBD fallback active", "ESC", "error"),
          (1402.3, "ACC: off - stability system fault", "ACC", "error"), (1402.4, "LKA: unavailable (ESC)", "LKA", "warn"),
          (1402.5, "EPB: auto-hold disabled", "EPB", "warn"), (1402.6, "HSA: unavailable", "ESC", "warn"),
          (1403, "CLU: ABS ESC red/yellow telltales ON, 'Drive carefully'", "HMI", "error")]
    for k in range(30):
        dl.append((1405 + k * 15, "ACC: resume rejected - dependency ESC not available", "ACC", "warn"))
        dl.append((1406 + k * 15, "LKA: request denied, ESC fault", "LKA", "warn"))
    uds = [(1500, "obdpoll[412]: uds 713 19 02 08 -> 59 02 FF 40 35 01 2F")]
    files = {"gateway_dlt.txt": dlt_log(rng, car, t0, 2400, dl), "tbox.log": tbox_log(rng, car, t0, 2400, uds),
             "fleet_notes.csv": fleet_notes(rng, car, t0, [(-86400, "damage_check", "customer hit kerb rear left, rim scuffed, photo 3")])}
    write(b, files, lab("brakes_chassis", "abs", "critical", ["high"], "driving", "gateway_dlt.txt",
                        "Rear-left wheel-speed signal is lost at 64 km/h (sensor lead damaged at a kerb strike) and ABS/ESC shut off; ACC, lane keeping and auto-hold drop out as consequences. Safety function lost while moving -> critical."))


def f_eps_kerb(rng, b):
    car = mkcar(rng, False); t0 = t0_for(rng)
    dl = [(300, "EPS: torque sensor ch A/B deviation 0.9Nm (limit 1.2)", "EPS", "info"),
          (760, "EPS: torque sensor ch A/B deviation 1.6Nm, assist ramped to 40%", "EPS", "error"),
          (761, "DEM: EPS C1516-64 confirmed", "DEM", "error"), (762, "CLU: steering fault - heavy steering", "HMI", "error"),
          (765, "LKA: off (EPS degraded)", "LKA", "warn"), (766, "PLA: park assist n/a (EPS)", "PLA", "warn")]
    files = {"gateway_dlt.txt": dlt_log(rng, car, t0, 2000, dl),
             "app_events.jsonl": app_events(rng, car, t0, 2100, [(-3600, {"event": "damage_report", "text": "bumped wheel into kerb while parking, steering wheel now a bit crooked"}), (900, {"event": "support_chat", "text": "steering suddenly very heavy, warning"})]),
             "obd_poll.csv": poll_csv(rng, car, t0, 400, 5, "driving")}
    write(b, files, lab("brakes_chassis", "eps", "high", ["critical"], "driving", "gateway_dlt.txt",
                        "After a customer-reported kerb strike the EPS torque sensor channels diverge; assist is reduced to 40% (heavy steering) with LKA/park assist lost. Degraded steering while driving -> high (critical acceptable)."))


def f_epb_stuck(rng, b):
    car = mkcar(rng, rng.random() < .5); t0 = t0_for(rng)
    dl = [(50, "EPB: release req, motor RL current 14.8A > 12A, stall 420ms", "EPB", "warn"),
          (52, "EPB: RL release failed, RR released", "EPB", "error"), (53, "DEM: EPB C10C1-71 status 0x2F", "DEM", "error"),
          (54, "CLU: 'Parking brake fault' red", "HMI", "error"), (70, "EPB: release retry RL 15.1A stall", "EPB", "error"),
          (95, "EPB: release retry RL 15.3A stall, actuator blocked", "EPB", "error")]
    for k in range(10):
        dl.append((100 + k * 12, "VCU: drive off inhibited, EPB not released" if car.ev else "ECM: creep inhibited, EPB applied", "VCU", "warn"))
    files = {"gateway_dlt.txt": dlt_log(rng, car, t0, 1500, dl, kl30=lambda t: ("on", 12.41)),
             "tbox.log": tbox_log(rng, car, t0, 1500, [(10, "keyless[466]: app unlock ok"), (20, "pm[300]: vehicle parked 9d 4h before this wake")], drive=False),
             "app_events.jsonl": app_events(rng, car, t0, 1600, [(200, {"event": "support_call_request", "text": "handbrake wont release, red light"})])}
    write(b, files, lab("brakes_chassis", "brakes", "medium", ["high"], "parked", "gateway_dlt.txt",
                        "After nine days standing the rear-left electric parking-brake caliper is seized and the actuator stalls on every release; the car cannot move off. Parked lowers high to medium."))


# ====================================================================== BODY
def f_door_actuator(rng, b):
    car = mkcar(rng, rng.random() < .5); t0 = t0_for(rng)
    dl = [(30, "BCM: central unlock cmd src=TCU", "BCM", "info"), (30.2, "DCU-FL: unlock motor on 180ms, latch sw still LOCKED", "DCU", "warn"),
          (31, "DCU-FL: retry unlock motor, latch sw LOCKED, motor current 0.1A (open load)", "DCU", "error"),
          (31.2, "BCM: unlock status FL=LOCKED FR=UNL RL=UNL RR=UNL", "BCM", "warn"), (31.3, "DEM: B1A20-13 status 0x2B", "DEM", "warn")]
    for k in range(6):
        dl.append((200 + k * 300, "BCM: lock/unlock cmd, FL latch no reaction", "BCM", "warn"))
    ev = [(29, "keyless[466]: app unlock -> CAN 0x2A0 ack ok"), (32, "keyless[466]: BCM door status: FL locked, others unlocked (partial)")]
    files = {"gateway_dlt.txt": dlt_log(rng, car, t0, 2200, dl, kl30=lambda t: ("off", 12.52) if t < 400 else ("on", 14.2)), "tbox.log": tbox_log(rng, car, t0, 2200, ev),
             "app_events.jsonl": app_events(rng, car, t0, 2300, [(120, {"event": "support_chat", "text": "driver door does not open, got in on passenger side"})])}
    write(b, files, lab("body", "doors", "medium", ["low", "high"], "parked", "gateway_dlt.txt",
                        "Driver-door lock motor is open-circuit: unlocks are acknowledged but the front-left latch stays locked and the customer climbs in from the passenger side. Parked -> medium."))


def f_oc_sensor_wet(rng, b):
    car = mkcar(rng, False); t0 = t0_for(rng)
    dl = [(20, "ACU: self-test ok", "ACU", "info"), (200, "ACU: OCS pass. mat capacitance out of range (%d pF)" % 2210, "ACU", "warn"),
          (215, "ACU: OCS plausibility failed, PAB state forced OFF", "ACU", "error"), (216, "DEM: ACU B0081-1C stored", "DEM", "error"),
          (217, "CLU: airbag telltale ON, 'PASSENGER AIRBAG OFF' lit", "HMI", "error")]
    files = {"gateway_dlt.txt": dlt_log(rng, car, t0, 2200, dl),
             "fleet_notes.csv": fleet_notes(rng, car, t0, [(-5400, "cleaning", "passenger seat shampooed (coffee spill), still damp, released anyway")]),
             "app_events.jsonl": app_events(rng, car, t0, 2300, [(600, {"event": "support_chat", "text": "airbag light on, passenger airbag off lamp, my wife is sitting there"})])}
    write(b, files, lab("body", "airbag", "critical", ["high"], "driving", "fleet_notes.csv",
                        "A passenger seat left damp after shampooing upsets the occupant-classification mat; the airbag unit deactivates the passenger airbag with an occupant aboard while driving -> critical."))


def f_lowbeam(rng, b):
    car = mkcar(rng, False); t0 = t0_for(rng)
    dl = [(100, "BCM: low beam on (auto, light sensor 12 lux)", "BCM", "info"), (101, "BCM: LB-L output current 0.02A, expected 4.5A -> outage", "BCM", "warn"),
          (102, "DEM: B2601-13 status 0x09", "DEM", "warn"), (103, "CLU: check low beam left", "HMI", "warn"),
          (104, "AFS: levelling left disabled (no load)", "AFS", "info")]
    files = {"gateway_dlt.txt": dlt_log(rng, car, t0, 2000, dl),
             "app_events.jsonl": app_events(rng, car, t0, 2100, [(1900, {"event": "rental_end", "comment": "left headlight not working"})]),
             "obd_poll.csv": poll_csv(rng, car, t0, 400, 5, "driving")}
    write(b, files, lab("body", "lighting", "high", ["medium"], "driving", "gateway_dlt.txt",
                        "Left low beam open-circuit detected at dusk while driving (lamp outage via output current); night lighting half lost -> high."))


def f_display(rng, b):
    car = mkcar(rng, True); t0 = t0_for(rng)
    lc = [(200, "W", "DisplayHal", "serdes ch0 link lock lost (MAX96752 status 0x01)"), (200.4, "E", "DisplayHal", "backlight driver fault flag set, PWM 0"),
          (201, "E", "SurfaceFlinger", "display 0 disconnected"), (205, "W", "RearViewCamera", "no display surface, evs stream dropped"),
          (206, "E", "CarService", "RVC unavailable: output display missing")]
    for k in range(25):
        lc.append((210 + k * 40, "W", "DisplayHal", "serdes ch0 relink attempt %d failed" % (k + 1)))
    files = {"headunit_logcat.txt": logcat(rng, t0, 1500, lc),
             "gateway_dlt.txt": dlt_log(rng, car, t0, 1500, [(202, "HU: display DTC U1111-87 (display no comms)", "DEM", "warn")]),
             "app_events.jsonl": app_events(rng, car, t0, 1600, [(500, {"event": "support_chat", "text": "center screen black, no reverse camera"})])}
    write(b, files, lab("body", "hmi", "high", ["medium"], "driving", "headunit_logcat.txt",
                        "Central display hardware: the video serializer link and backlight driver fail, the screen goes black and the reversing camera image is unavailable; HMI feature lost -> high."))


# ====================================================================== ADAS / PERCEPTION
def f_cam_windscreen(rng, b):
    car = mkcar(rng, False); t0 = t0_for(rng)
    dl = [(40, "MFC: online calibration start, stored extrinsics from EOL", "CAM", "info"),
          (600, "MFC: online calib pitch err 1.9deg yaw err 1.2deg > 0.8 tol", "CAM", "warn"),
          (1200, "MFC: calibration not converged after 35km, lane functions blocked", "CAM", "error"),
          (1201, "DEM: MFC U3000-54 (calibration missing)", "DEM", "error"), (1202, "LKA: unavailable, camera not calibrated", "LKA", "warn"),
          (1203, "TSR: traffic sign recognition off", "TSR", "warn"), (1204, "AEB: camera path off, radar only", "AEB", "warn")]
    for k in range(15):
        dl.append((100 + k * 70, "MFC: online calib iteration %d residual %.2f" % (k, 2.5 - k * 0.02), "CAM", "info"))
    files = {"gateway_dlt.txt": dlt_log(rng, car, t0, 2400, dl),
             "fleet_notes.csv": fleet_notes(rng, car, t0, [(-86400 * 2, "damage_check", "windscreen replaced by glass partner (crack), camera bracket refitted, calibration? -> not done")]),
             "obd_poll.csv": poll_csv(rng, car, t0, 480, 5, "driving", motorway=True)}
    write(b, files, lab("adas_perception", "camera", "high", ["medium"], "driving", "gateway_dlt.txt",
                        "After a windscreen replacement the front camera was not recalibrated; online calibration fails to converge and lane keeping/sign recognition are disabled. Feature disabled -> high."))


def f_radar_bump(rng, b):
    car = mkcar(rng, True); t0 = t0_for(rng)
    dl = [(100, "FRR: misalignment estimate az +2.8deg (limit 1.5), blindness check ok", "RAD", "warn"),
          (400, "FRR: az misalignment confirmed +3.1deg, ACC/AEB radar output inhibited", "RAD", "error"),
          (401, "DEM: FRR C1A67-54 status 0x09", "DEM", "error"), (402, "ACC: not available", "ACC", "warn"),
          (403, "AEB: degraded (camera only)", "AEB", "warn")]
    for k in range(20):
        dl.append((420 + k * 40, "ACC: activation refused, radar not available", "ACC", "warn"))
    files = {"gateway_dlt.txt": dlt_log(rng, car, t0, 1800, dl),
             "app_events.jsonl": app_events(rng, car, t0, 1900, [(-7200, {"event": "damage_report", "text": "small bump front bumper at parking pole, logo area, no scratch"}), (900, {"event": "support_chat", "text": "cruise control with distance doesnt work"})]),
             "obd_poll.csv": poll_csv(rng, car, t0, 360, 5, "driving", motorway=True)}
    write(b, files, lab("adas_perception", "radar", "high", ["medium"], "driving", "gateway_dlt.txt",
                        "A front-bumper knock reported by the previous customer pushed the front radar 3 degrees out of alignment; ACC is unavailable and AEB degraded -> high."))


def f_uss_ice(rng, b):
    car = mkcar(rng, False); t0 = t0_for(rng)
    dl = [(60, "PDC: sensor RL1 ringing time too short (ice/dirt)", "PDC", "warn"), (61, "PDC: sensor RL2 ringing too short", "PDC", "warn"),
          (62, "PDC: rear park assist unavailable, blockage", "PDC", "error"), (63, "CLU: 'Park assist: sensors dirty' rear", "HMI", "warn"),
          (1150, "PDC: RL1 RL2 ringing nominal, park assist available", "PDC", "info")]
    files = {"gateway_dlt.txt": dlt_log(rng, car, t0, 1800, dl),
             "obd_poll.csv": poll_csv(rng, car, t0, 380, 5, "driving", mods={"amb_c": lambda i, t, v, r: -6.5 + i * 0.01}),
             "tbox.log": tbox_log(rng, car, t0, 1800, [])}
    write(b, files, lab("adas_perception", "ultrasonic", "medium", ["high", "low"], "driving", "gateway_dlt.txt",
                        "Ice on two rear ultrasonic sensors after a frosty standstill blocks rear park assist until the bumper warms up; recovered by itself -> medium."))


def f_gnss_antenna(rng, b):
    car = mkcar(rng, rng.random() < .5); t0 = t0_for(rng)
    ev = [(5, "gnssd[401]: antenna status OPEN (current 0mA)"), (3000, "geofence[480]: end-of-rental check: no valid position, rental end blocked")]
    for k in range(30):
        ev.append((100 + k * 95, "gnssd[401]: no fix, sats=0 tracked, ant=OPEN"))
    files = {"tbox.log": tbox_log(rng, car, t0, 3100, ev, gps_ok=False),
             "gps_track.csv": gps_csv(rng, t0, 620, 5, lost=lambda i: i > 0),
             "app_events.jsonl": app_events(rng, car, t0, 3200, [(3005, {"event": "rental_end_failed", "err": "VEHICLE_POSITION_UNKNOWN"}), (3100, {"event": "support_call_request", "text": "cannot end rental, app says car outside zone but i am at the station"})])}
    write(b, files, lab("adas_perception", "gnss", "medium", ["low", "high"], "parked", "tbox.log",
                        "The telematics box's GNSS antenna is open-circuit: no fix during the whole rental, so the end-of-rental geofence check fails; position feature lost while parked at the end -> medium."))


# ====================================================================== CONNECTIVITY / NETWORK
def f_gw_reboot(rng, b):
    car = mkcar(rng, True); t0 = t0_for(rng)
    dl = [(1100, "GW: SPI to switch chip timeout, restarting ETH core", "SYS", "warn"), (1100.5, "GW: ECU reset request by internal watchdog cause=ETH_CORE", "SYS", "error")]
    for e in ["BMS", "VCU", "INV", "ESC", "EPS", "BCM", "CLU", "TMS", "ACC"]:
        dl.append((1102 + rng.random(), "%s: U0146 lost communication with gateway (timeout 500ms)" % e, "DEM", "error", e))
        for k in range(4):
            dl.append((1103 + k + rng.random(), "%s: rx timeout PDU 0x%03X" % (e, rng.randint(0x100, 0x4FF)), "COM", "warn", e))
    dl += [(1108, "GW: startup complete, routing active", "SYS", "info"), (1110, "CLU: warnings cleared", "HMI", "info")]
    ev = [(1101, "obdpoll[412]: poll 7E4 timeout x3 (no response)"), (1108.5, "obdpoll[412]: responses resumed")]
    files = {"gateway_dlt.txt": dlt_log(rng, car, t0, 2400, dl), "tbox.log": tbox_log(rng, car, t0, 2400, ev),
             "obd_poll.csv": poll_csv(rng, car, t0, 480, 5, "driving", blank=lambda i: 220 <= i < 222)}
    write(b, files, lab("connectivity_network", "gateway", "medium", ["high"], "driving", "gateway_dlt.txt",
                        "Central gateway resets itself after an internal Ethernet switch timeout; for ~8 s every ECU behind it logs lost communication, then routing resumes. Recovered -> medium."))


def f_modem_stuck(rng, b):
    car = mkcar(rng, False); t0 = t0_for(rng)
    ev = [(50, "modemd[388]: AT+CSQ no response 5s"), (60, "modemd[388]: AT timeout x3, modem wedged, power-cycle via GPIO 12"), (80, "modemd[388]: modem did not enumerate after power-cycle (usb 1-1 absent)")]
    for k in range(40):
        ev.append((100 + k * 60, "mqttc[455]: connect failed: network unreachable (no modem)"))
        if k % 8 == 0:
            ev.append((110 + k * 60, "modemd[388]: reset attempt %d, no enumeration" % (k // 8 + 2)))
    ev += [(1200, "keyless[466]: BLE unlock attempt, phone not paired for this booking (no key token)")]
    files = {"tbox.log": tbox_log(rng, car, t0, 2600, ev, drive=False),
             "app_events.jsonl": app_events(rng, car, t0, 2700, [(1100, {"event": "unlock_request", "result": "timeout", "err": "VEHICLE_OFFLINE"}), (1160, {"event": "unlock_request", "result": "timeout", "err": "VEHICLE_OFFLINE"}), (1300, {"event": "support_call_request", "text": "car wont open, tried 5 times"}), (1900, {"event": "booking_moved", "reason": "vehicle_offline"})])}
    write(b, files, lab("connectivity_network", "cellular", "medium", ["high"], "parked", "tbox.log",
                        "The box's LTE modem hangs and does not re-enumerate after power-cycling; the car is offline, remote unlock fails and the booking is moved. Feature lost while parked -> medium."))


def f_box_bitrate(rng, b):
    car = mkcar(rng, False); t0 = t0_for(rng)
    ev = [(1.2, "obdpoll[412]: fw 4.2.0-rc3 profile 'legacy250' applied, CAN bitrate 250k forced"), (1.6, "obdpoll[412]: elm: ATSP8 -> OK (ISO 15765-4 CAN 11/250)"),
          (3.0, "obdpoll[412]: elm: 0100 -> CAN ERROR"), (4.0, "obdpoll[412]: elm: 0100 -> BUS ERROR"), (6.0, "obdpoll[412]: retry 0100 -> CAN ERROR")]
    dl = [(3.2, "GW: OBD CAN (diag) bus error frames 180/s, TEC 96", "COM", "warn"), (3.5, "GW: diag CAN bus-off, recovering 128x11 bits", "COM", "error"),
          (4.0, "ECM: U0001 high speed CAN comms (diag segment)", "DEM", "warn", "ECM")]
    for k in range(40):
        dl.append((6 + k * 25, "GW: diag CAN bus-off recovery #%d" % (k + 2), "COM", "error"))
        ev.append((6.5 + k * 25, "obdpoll[412]: poll 7DF 010D -> CAN ERROR"))
    files = {"tbox.log": tbox_log(rng, car, t0, 1200, ev), "gateway_dlt.txt": dlt_log(rng, car, t0, 1200, dl)}
    write(b, files, lab("connectivity_network", "can", "medium", ["low", "high"], "driving", "tbox.log",
                        "The aftermarket box booted a release-candidate profile that forces 250 kbit/s on a 500 kbit/s OBD CAN; its frames cause error bursts and repeated bus-off on the gateway's diagnostic segment while driving. The vehicle otherwise drives normally -> medium."))


def f_lin_wiper(rng, b):
    car = mkcar(rng, True); t0 = t0_for(rng)
    dl = [(300, "BCM: LIN2 slave RLS (NAD 0x25) no response frame 0x23", "LIN", "warn"), (301, "BCM: LIN2 RLS no response x10, node missing", "LIN", "error"),
          (302, "DEM: BCM U0232-87 status 0x2F", "DEM", "error"), (303, "BCM: auto wipe unavailable, auto light -> forced low beam ON", "BCM", "warn"),
          (304, "CLU: 'Rain/light sensor fault' ", "HMI", "warn")]
    for k in range(50):
        dl.append((310 + k * 30, "BCM: LIN2 schedule slot 0x23 RLS timeout", "LIN", "warn"))
    files = {"gateway_dlt.txt": dlt_log(rng, car, t0, 2000, dl),
             "fleet_notes.csv": fleet_notes(rng, car, t0, [(-1000, "cleaning", "windscreen inside cleaned, mirror cover removed/refitted")]),
             "obd_poll.csv": poll_csv(rng, car, t0, 400, 5, "driving")}
    write(b, files, lab("connectivity_network", "lin", "high", ["medium"], "driving", "gateway_dlt.txt",
                        "The rain/light sensor stops answering on its LIN bus (connector disturbed when the mirror cover was refitted during cleaning); automatic wipers disabled while driving -> high."))


# ====================================================================== SOFTWARE PLATFORM
def f_hu_oom(rng, b):
    car = mkcar(rng, True); t0 = t0_for(rng)
    lc = []
    for k in range(30):
        lc.append((300 + k * 40, "I", "NavEngine", "tile cache %d MB" % (180 + k * 22)))
    lc += [(1500, "W", "lowmemorykiller", "kill 'com.oem.weather' (3812) adj 900 to free 41MB"), (1520, "W", "lowmemorykiller", "kill 'com.fleet.radio' (2211) adj 200"),
           (1540, "E", "ActivityManager", "ANR in com.oem.nav (com.oem.nav/.Main) Reason: Input dispatching timed out"),
           (1560, "E", "lowmemorykiller", "kill 'com.oem.nav' (3301) adj 0 rss 1.6GB"), (1561, "I", "ActivityManager", "Process com.oem.nav (pid 3301) has died: fg TOP"),
           (1580, "I", "ActivityManager", "Start proc 4102:com.oem.nav/u0a52 for activity"), (1600, "I", "NavEngine", "route restored from cache")]
    files = {"headunit_logcat.txt": logcat(rng, t0, 2000, lc),
             "app_events.jsonl": app_events(rng, car, t0, 2100, [(1700, {"event": "rating", "stars": 3, "text": "navigation froze and restarted once"})]),
             "obd_poll.csv": poll_csv(rng, car, t0, 400, 5, "driving")}
    write(b, files, lab("software_platform", "oom", "medium", ["low"], "driving", "headunit_logcat.txt",
                        "Navigation app's tile cache grows until the low-memory killer takes background apps and finally navigation itself; it restarts and restores the route. Recovered -> medium."))


def f_ota_fail(rng, b):
    car = mkcar(rng, True); t0 = t0_for(rng)
    lc = [(30, "I", "OtaClient", "campaign 24.44.1 available, 812MB, install window 02:00"), (60, "I", "OtaClient", "download complete"),
          (3600, "I", "OtaClient", "install slot B start"), (4300, "E", "OtaClient", "slot B verify failed: sha256 mismatch block 1142/3305"),
          (4301, "W", "OtaClient", "rollback to slot A, campaign marked FAILED code 0x4E21"), (4400, "I", "init", "boot completed slot A 24.31.2")]
    for k in range(40):
        lc.append((3620 + k * 15, "I", "update_engine", "writing partition system_b %d%%" % (k * 2 + 10)))
    dl = [(4302, "OTA master: HU campaign result FAILED, other ECUs not updated (dependency)", "OTA", "warn"), (4310, "OTA master: vehicle remains on baseline 24.31", "OTA", "info")]
    files = {"headunit_logcat.txt": logcat(rng, t0, 4600, lc), "gateway_dlt.txt": dlt_log(rng, car, t0, 4600, dl, kl30=lambda t: ("off", 13.6))}
    write(b, files, lab("software_platform", "ota", "low", ["medium"], "parked", "headunit_logcat.txt",
                        "Overnight OTA at the depot fails image verification on the inactive slot and rolls back cleanly; car stays on the old baseline. Parked, recovered -> low (medium acceptable)."))


def f_box_watchdog(rng, b):
    car = mkcar(rng, False); t0 = t0_for(rng)
    ev = []
    for k in range(5):
        o = 400 + k * 480
        ev += [(o, "obdpoll[412]: isotp rx 7E8 FF len=0x1F4 (expect <= 0x0FF), waiting CF"), (o + 2, "obdpoll[412]: isotp rx CF sn=1 ... buffer idx 256"),
               (o + 30, "kernel: [ %d.1] watchdog: watchdog0: pretimeout, obdpoll not kicking" % (o)), (o + 32, "kernel: [ %d.3] reboot: Restarting system" % o),
               (o + 45, "systemd[1]: Started Telematics OBD poller."), (o + 46, "obdpoll[412]: last reset cause: WDOG (count today %d)" % (k + 1))]
    files = {"tbox.log": tbox_log(rng, car, t0, 2900, ev),
             "obd_poll.csv": poll_csv(rng, car, t0, 580, 5, "driving", blank=lambda i: any(80 + k * 96 <= i < 89 + k * 96 for k in range(5)))}
    write(b, files, lab("software_platform", "watchdog", "medium", ["low"], "driving", "tbox.log",
                        "The telematics box's poller hangs on an oversized ISO-TP answer and is reset by its hardware watchdog five times, leaving data gaps; the car itself is fine. Recovers each time -> medium."))


def f_hu_fs(rng, b):
    car = mkcar(rng, False); t0 = t0_for(rng)
    lc = [(200, "E", "kernel", "mmc0: cmd 25 timeout, card status 0x900"), (201, "E", "kernel", "EXT4-fs error (device mmcblk0p24): ext4_journal_check_start: Detected aborted journal"),
          (202, "E", "kernel", "EXT4-fs (mmcblk0p24): Remounting filesystem read-only"), (210, "E", "SettingsProvider", "failed to persist settings: EROFS"),
          (220, "W", "vold", "/data read-only, profile sync disabled")]
    for k in range(40):
        lc.append((230 + k * 30, "E", "SQLiteLog", "(8) attempt to write a readonly database"))
        lc.append((231 + k * 30, "W", "ProfileSync", "cannot delete previous driver profile (EROFS)"))
    files = {"headunit_logcat.txt": logcat(rng, t0, 1600, lc),
             "app_events.jsonl": app_events(rng, car, t0, 1700, [(1000, {"event": "support_chat", "text": "car still shows previous renters phone and home address in navi"})]),
             "tbox.log": tbox_log(rng, car, t0, 1600, [])}
    write(b, files, lab("software_platform", "filesystem", "medium", ["high", "low"], "driving", "headunit_logcat.txt",
                        "Head-unit eMMC write timeouts abort the ext4 journal and /data is remounted read-only; the privacy wipe of the previous renter's profile cannot run. Function lost but not safety-relevant -> medium."))


# ====================================================================== POWER SUPPLY
def f_lv_aging(rng, b):
    car = mkcar(rng, False); t0 = t0_for(rng)
    def cv(i, t, v, r):
        if i < 180:
            return round(12.45 - i * 0.0045, 2)
        return round(7.6 if i == 181 else (9.8 if i == 182 else 11.4), 2)
    dl = [(1810, "ECM: crank KL30 min 7.6V, engine start aborted", "PWR", "error", "ECM"), (1810.2, "BCM: undervoltage reset", "PWR", "warn", "BCM"),
          (1810.3, "CLU: power-on reset detected", "PWR", "warn", "CLU"), (1810.4, "ESC: U3003-16 battery voltage low", "DEM", "warn", "ESC"),
          (1810.5, "EPS: U3003-16", "DEM", "warn", "EPS"), (1810.6, "ACU: supply undervoltage 8.1V", "DEM", "warn", "ACU"),
          (1810.7, "HU: unexpected power loss, reboot", "PWR", "warn", "HU"), (1811, "GW: undervoltage, all nodes NM restart", "PWR", "warn")]
    for k in range(30):
        dl.append((1812 + k * 6, "%s: rx timeout PDU after reset" % rng.choice(["ESC", "BCM", "CLU", "ECM"]), "COM", "warn"))
    files = {"obd_poll.csv": poll_csv(rng, car, t0, 400, 10, "parked", mods={"ctrl_mod_v": cv}),
             "gateway_dlt.txt": dlt_log(rng, car, t0, 2400, dl, kl30=lambda t: ("on", 12.45 - t * 0.00045) if t < 1800 else ("on", 11.4)),
             "app_events.jsonl": app_events(rng, car, t0, 2500, [(1900, {"event": "support_call_request", "text": "engine only clicks, lots of lights"})])}
    write(b, files, lab("power_supply", "lv_battery", "medium", ["high"], "parked", "obd_poll.csv",
                        "A worn 12 V battery sags from 12.45 V to ~11.6 V within 30 min of key-on standby (customer settling in, no engine) and collapses to 7.6 V on crank; many ECUs reset and log undervoltage as a consequence. Car won't start, parked -> medium."))


def f_dcdc_drive(rng, b):
    car = mkcar(rng, True); t0 = t0_for(rng)
    def lv(i, t, v, r):
        return v if i < 200 else round(max(10.4, 14.1 - (i - 200) * 0.02), 2)
    dl = [(1000, "DCDC: output 13.9V -> 0V, internal fault code 0x47 (LV side MOSFET)", "PWR", "error", "DCDC"),
          (1001, "VCU: DC-DC not delivering, LV on battery", "VCU", "warn"), (1300, "VCU: 12V 11.8V, load shedding stage 1 (seat heat, rear defrost off)", "VCU", "warn"),
          (1600, "VCU: 12V 11.0V, load shedding stage 2", "VCU", "error"), (1700, "CLU: '12V system fault - stop safely'", "HMI", "error"),
          (1750, "VCU: 12V 10.6V, planned propulsion shutdown in 120s", "VCU", "error")]
    for k in range(30):
        dl.append((1610 + k * 6, "%s: supply voltage low %.1fV" % (rng.choice(["ESC", "EPS", "BCM", "ACU", "HU"]), 11.0 - k * 0.01), "DEM", "warn"))
    files = {"obd_poll.csv": poll_csv(rng, car, t0, 380, 5, "driving", mods={"lv_v": lv}),
             "gateway_dlt.txt": dlt_log(rng, car, t0, 2000, dl, kl30=lambda t: ("on", 14.1 if t < 1000 else max(10.4, 14.1 - (t - 1000) * 0.004)))}
    write(b, files, lab("power_supply", "dcdc", "critical", ["high"], "driving", "gateway_dlt.txt",
                        "The EV's DC-DC converter quits while driving; the 12 V net runs down on the battery with load shedding, many low-voltage warnings and a 'stop safely' request -> critical."))


def f_alternator(rng, b):
    car = mkcar(rng, False); t0 = t0_for(rng)
    def cv(i, t, v, r):
        return round(12.35 - i * 0.0012 + rng.uniform(-.03, .03), 2) if i > 40 and r["rpm"] else v
    files = {"obd_poll.csv": poll_csv(rng, car, t0, 620, 5, "driving", mods={"ctrl_mod_v": cv}),
             "tbox.log": tbox_log(rng, car, t0, 3100, []),
             "fleet_notes.csv": fleet_notes(rng, car, t0, [])}
    write(b, files, lab("power_supply", "alternator", "low", ["medium"], "driving", "obd_poll.csv",
                        "Alternator no longer charges: control-module voltage PID sits at ~12.3 V and slowly sinks with the engine running, no code or message anywhere. Logged only -> low."))


def f_ground_strap(rng, b):
    car = mkcar(rng, True); t0 = t0_for(rng)
    dl = []
    for k in range(8):
        o = 300 + k * 190 + rng.uniform(0, 40)
        dl += [(o, "RSM: supply brown-out 8.9V, reset", "PWR", "warn", "RSM"), (o + .1, "PDC: power-on reset", "PWR", "warn", "PDC"),
               (o + .2, "TGM: tailgate module reset", "PWR", "warn", "TGM"), (o + .4, "GW: RSM/PDC/TGM rx timeout", "COM", "warn")]
    dl.append((305, "BCM: KL30 front 14.1V stable", "PWR", "info"))
    files = {"gateway_dlt.txt": dlt_log(rng, car, t0, 2000, dl),
             "obd_poll.csv": poll_csv(rng, car, t0, 400, 5, "driving"),
             "fleet_notes.csv": fleet_notes(rng, car, t0, [(-86400 * 3, "damage_check", "rear underbody hit on speed bump by customer, plastic cover loose")])}
    write(b, files, lab("power_supply", "lv_distribution", "medium", ["high"], "driving", "gateway_dlt.txt",
                        "Only the rear modules (rear seat module, park sensors, tailgate) brown out and reset repeatedly while the front 12 V stays stable: a loose rear ground after an underbody strike. Each recovers -> medium."))


# ====================================================================== extra batches
def f_lean_ltft(rng, b):
    car = mkcar(rng, False); t0 = t0_for(rng)
    def ltft(i, t, v, r):
        return round(v + min(i * 0.045, 21.5), 1) if r["rpm"] else v
    def stft(i, t, v, r):
        return round(v + (6.5 if r["veh_speed_kmh"] < 3 and r["rpm"] else 1.5), 1) if i > 200 else v
    files = {"obd_poll.csv": poll_csv(rng, car, t0, 640, 5, "driving", mods={"ltft_b1_pct": ltft, "stft_b1_pct": stft}),
             "tbox.log": tbox_log(rng, car, t0, 3200, []),
             "fleet_notes.csv": fleet_notes(rng, car, t0, [(-86400 * 4, "misc", "engine bay cleaned with steam (marten damage check), covers refitted")])}
    write(b, files, lab("powertrain", "fuel", "low", ["medium"], "driving", "obd_poll.csv",
                        "Unmetered air (intake hose not reseated after an engine-bay cleaning) drives long-term fuel trim on bank 1 from +2% to about +24%, worst at idle; no code yet, only the polled trims show it -> low."))


def f_slow_puncture(rng, b):
    car = mkcar(rng, True); t0 = t0_for(rng)
    def rr(i, t, v, r):
        return round(2.5 - max(0, i - 90) * 0.0021 + rng.uniform(-.02, .02), 2)
    mods = {c: (lambda i, t, v, r: round(2.5 + rng.uniform(-.03, .03), 2)) for c in ["tp_fl_bar", "tp_fr_bar", "tp_rl_bar"]}
    mods["tp_rr_bar"] = rr
    dl = [(2180, "TPMS: RR pressure warning (delta to axle > 0.6bar)", "TPMS", "warn"), (2181, "CLU: check tyre pressure rear right", "HMI", "warn")]
    files = {"obd_poll.csv": poll_csv(rng, car, t0, 460, 5, "driving", extra=["tp_fl_bar", "tp_fr_bar", "tp_rl_bar", "tp_rr_bar"], mods=mods),
             "gateway_dlt.txt": dlt_log(rng, car, t0, 2400, dl),
             "app_events.jsonl": app_events(rng, car, t0, 2500, [(2300, {"event": "support_chat", "text": "tyre warning, rear right looks soft. screw in it?"})])}
    write(b, files, lab("brakes_chassis", "tpms", "medium", ["high", "low"], "driving", "obd_poll.csv",
                        "A screw in the rear-right tyre bleeds pressure from 2.5 to about 1.7 bar over the rental; the polled TPMS pressure shows it long before the late warning. Tyre issue while driving, warned but no function lost -> medium."))


def f_keyless_crash(rng, b):
    car = mkcar(rng, rng.random() < .5); t0 = t0_for(rng)
    ev = [(2600, "keyless[466]: app lock req id=%d, booking end" % rng.randint(1e5, 9e5)),
          (2600.4, "kernel: [ 2600.4] keyless[466]: segfault at 0000000000000018 ip 0000aaaab3c1f2a0 sp 0000ffffe1b0 error 4 in keyless[aaaab3c00000+40000]"),
          (2600.6, "systemd[1]: keyless.service: Main process exited, code=dumped, status=11/SEGV"),
          (2601, "systemd[1]: keyless.service: Scheduled restart job, restart counter is at 1."),
          (2603, "keyless[1207]: started, restoring session: booking token cache corrupt, discarded"),
          (2660, "keyless[1207]: lock req rejected: no active booking token"),
          (2720, "keyless[1207]: lock req rejected: no active booking token")]
    files = {"tbox.log": tbox_log(rng, car, t0, 2900, ev),
             "app_events.jsonl": app_events(rng, car, t0, 3000, [(2599, {"event": "lock_request", "result": "pending"}), (2610, {"event": "lock_result", "result": "failed", "err": "NO_ACK"}),
                                                                 (2660, {"event": "lock_result", "result": "failed", "err": "TOKEN_INVALID"}), (2800, {"event": "support_call_request", "text": "cannot end trip, car doesnt lock"})])}
    write(b, files, lab("software_platform", "crash", "medium", ["high", "low"], "parked", "tbox.log",
                        "The box's keyless daemon segfaults on the end-of-rental lock command and, after the automatic restart, has lost the booking token so every lock is rejected; car cannot be locked while parked -> medium."))


def h_ev_city(rng, b):
    car = mkcar(rng, True); t0 = t0_for(rng)
    dl = [(5, "TPMS: sensors in park mode, first frames after %ds driving expected" % 60, "TPMS", "info"), (80, "TPMS: all 4 sensors received", "TPMS", "info"),
          (30, "HVAC: heat pump start, cabin 6C target 21C", "HVAC", "info"), (600, "BMS: regen limited 30kW (cold cells 7C)", "BMS", "info"),
          (1400, "BMS: regen limit lifted", "BMS", "info"), (900, "ESC: TCS intervention 0.4s (wet cobbles)", "ESC", "info")]
    files = {"gateway_dlt.txt": dlt_log(rng, car, t0, 2400, dl), "obd_poll.csv": poll_csv(rng, car, t0, 480, 5, "driving"),
             "tbox.log": tbox_log(rng, car, t0, 2400, [(2, "keyless[466]: app unlock ok 650ms")])}
    write(b, files, lab("none", "none", "low", [], "driving", None, "Cold-morning EV city rental: TPMS sensors waking, regen limited until cells warm, one brief traction-control intervention on wet cobbles; all normal."))


BUILDERS = [h_city_ice, h_ev_standstill, h_refuel, h_ac_charge, h_handover, h_carwash, h_tyre_change, h_unlock_retry,
            h_tunnel, h_cold_start, h_ota_none, h_dcfc,
            f_cell_charge, f_iso_wash, f_ccs_inlet, f_contactor, f_evap_cap, f_misfire_pending, f_dct_limp, f_inverter_derate,
            f_coolant_leak, f_ac_lowcharge, f_pump_cascade, f_aux_heater, f_tpms_nolearn, f_wss_cascade, f_eps_kerb, f_epb_stuck,
            f_door_actuator, f_oc_sensor_wet, f_lowbeam, f_display, f_cam_windscreen, f_radar_bump, f_uss_ice, f_gnss_antenna,
            f_gw_reboot, f_modem_stuck, f_box_bitrate, f_lin_wiper, f_hu_oom, f_ota_fail, f_box_watchdog, f_hu_fs,
            f_lv_aging, f_dcdc_drive, f_alternator, f_ground_strap, f_lean_ltft, f_slow_puncture, f_keyless_crash, h_ev_city]


def main():
    order = list(BUILDERS)
    random.Random(8808).shuffle(order)
    for k, fn in enumerate(order):
        rng = random.Random(880000 + k * 7919)
        STYLE[0] = random.Random(k * 31 + 5).choice(["dlt", "dlt", "journal", "csv"])
        fn(rng, "s%03d" % (k + 1))
    with open(os.path.join(OUT, "labels.json"), "w", newline="\n") as f:
        json.dump(LABELS, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
