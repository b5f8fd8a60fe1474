#!/usr/bin/env python3
"""Generator for diagnose set tuningH. Fixed seed; stdlib only; re-running reproduces every file."""
import random, json, os, datetime as dt

SEED = 4711
OUT = os.path.dirname(os.path.abspath(__file__))
E = datetime_epoch = dt.datetime(1970, 1, 1)

def ri(r, a, b): return r.randint(a, b)
def rf(r, a, b, n=1): return round(r.uniform(a, b), n)

# ---------------------------------------------------------------- routine pools
P = {}
P['sys'] = [
 lambda r: f"systemd[1]: Started Periodic log rotation (run {ri(r,1,900)}).",
 lambda r: f"chronyd[{ri(r,300,400)}]: Selected source 10.{ri(r,0,3)}.0.1 (offset {rf(r,-0.9,0.9,3)} ms)",
 lambda r: f"dbus-daemon[{ri(r,200,260)}]: [system] Successfully activated service 'org.freedesktop.hostname1'",
 lambda r: f"systemd-journald[{ri(r,150,180)}]: Data hash table of /var/log/journal/system.journal has a fill level at {rf(r,20,70)} ({ri(r,1000,9000)} of 23301 items), suggesting rotation.",
 lambda r: f"kernel: usb 1-1.{ri(r,1,4)}: USB disconnect, device number {ri(r,3,20)}" if r.random()<0.1 else f"kernel: IPv6: ADDRCONF(NETDEV_CHANGE): eth{ri(r,0,1)}: link becomes ready",
 lambda r: f"systemd[1]: logrotate.service: Succeeded.",
 lambda r: f"healthd[{ri(r,500,600)}]: cpu_load={rf(r,5,60)}% mem_used={ri(r,30,62)}% temp_soc={rf(r,38,61)}C",
 lambda r: f"systemd-timesyncd[{ri(r,400,420)}]: Synchronized to time server 10.0.0.1:123.",
 lambda r: f"someipd[{ri(r,700,800)}]: offer service 0x{ri(r,0x1000,0x1fff):04x} instance 0x0001 ttl=3",
]
P['tcu'] = [
 lambda r: f"modemd: rat=LTE band={r.choice([3,7,20,1])} rsrp={ri(r,-112,-78)} rsrq={ri(r,-15,-7)} sinr={ri(r,-2,22)} cell=0x{ri(r,0x100000,0xffffff):06X}",
 lambda r: f"mqttc: PUBLISH topic=veh/telemetry qos=1 len={ri(r,200,1800)} mid={ri(r,1,65535)}",
 lambda r: f"mqttc: PUBACK mid={ri(r,1,65535)} rtt={ri(r,40,420)}ms",
 lambda r: f"gnssd: fix=3D sats={ri(r,9,22)} hdop={rf(r,0.6,1.6)} speed={rf(r,0,33)}m/s",
 lambda r: f"ecall: self-check ok (mic, speaker, backup battery {ri(r,92,100)}%)" if r.random()<0.05 else f"tcu_mgr: heartbeat seq={ri(r,1,99999)} ok",
 lambda r: f"datalogger: buffered {ri(r,100,4000)} records, flushed to /data/upload/chunk_{ri(r,1000,9999)}.bin",
]
P['vcu'] = [
 lambda r: f"VCU_STAT mode=READY gear={r.choice('DDDDN')} trq_req={ri(r,-40,180)}Nm trq_act={ri(r,-40,180)}Nm v={rf(r,0,120)}kph",
 lambda r: f"PWR_MGR hv_bus={ri(r,355,402)}V lv_bus={rf(r,13.8,14.4)}V dcdc_i={rf(r,10,55)}A",
 lambda r: f"DRV_MODE sel={r.choice(['NORMAL','ECO','NORMAL','COMFORT'])} pedal={ri(r,0,60)}% brake_sw={r.choice([0,0,0,1])}",
 lambda r: f"NM: PN state=active awake_nodes=0x{ri(r,0x3f00,0x3fff):04X}",
 lambda r: f"REGEN lvl={r.choice([1,2,3])} regen_kw={rf(r,0,60)} limit_kw={ri(r,60,90)}",
]
P['bms'] = [
 lambda r: f"BMS soc={rf(r,40,80)}% pack_v={rf(r,360,395)} pack_i={rf(r,-120,40)} tmin={ri(r,18,24)} tmax={ri(r,25,30)}",
 lambda r: f"BMS cell vmin={ri(r,3680,3720)}mV@{ri(r,1,96)} vmax={ri(r,3725,3740)}mV@{ri(r,1,96)} dv={ri(r,8,22)}mV",
 lambda r: f"BMS balancing inactive (dv below threshold)" if r.random()<0.5 else f"BMS iso_r={ri(r,1800,4500)}kOhm hvil=closed cont=CLOSED",
 lambda r: f"BMS cooling req={r.choice(['NONE','NONE','LOW'])} inlet={rf(r,18,26)}C",
]
P['ice'] = [
 lambda r: f"ECM rpm={ri(r,750,3200)} map={ri(r,30,140)}kPa ect={ri(r,86,96)}C iat={ri(r,12,38)}C stft={rf(r,-4,4)}% ltft={rf(r,-3,3)}%",
 lambda r: f"ECM lambda={rf(r,0.98,1.02,3)} o2s1={rf(r,0.1,0.85,2)}V cat_t={ri(r,420,690)}C",
 lambda r: f"TCM gear={ri(r,1,8)} tcc={r.choice(['LOCK','SLIP','LOCK'])} atf={ri(r,60,92)}C",
 lambda r: f"ECM fuel_rail={ri(r,280,520)}bar inj_pw={rf(r,1.1,6.5,2)}ms knock_ret={rf(r,0,1.5)}deg",
]
P['adas'] = [
 lambda r: f"perception: cam_front fps={rf(r,29.7,30.1)} lat_p50={ri(r,18,31)}ms objects={ri(r,2,44)}",
 lambda r: f"lidar_driver: top packets/s={ri(r,18700,18760)} pts/frame={ri(r,110000,130000)} temp={ri(r,38,55)}C",
 lambda r: f"fusion: tracks={ri(r,4,60)} cycle={rf(r,9.6,10.4)}ms dropped=0",
 lambda r: f"localizer: ndt score={rf(r,0.8,2.6,2)} pos_std={rf(r,0.02,0.09,3)}m yaw_std={rf(r,0.05,0.3,2)}deg",
 lambda r: f"planner: route_remaining={ri(r,100,9000)}m v_target={rf(r,0,15)}m/s behavior={r.choice(['LANE_FOLLOW','LANE_FOLLOW','YIELD','STOP_LINE'])}",
 lambda r: f"radar_fr: detections={ri(r,10,90)} blockage=0 misalign_est={rf(r,-0.3,0.3)}deg",
]
P['body'] = [
 lambda r: f"BCM door_fl={r.choice(['CLOSED']*9+['OPEN'])} lock={r.choice(['LOCKED','UNLOCKED'])} lamp_low={r.choice([0,1])}",
 lambda r: f"HVAC set={rf(r,19,23)}C cabin={rf(r,15,25)}C blower={ri(r,1,5)} ac_comp={ri(r,0,4500)}rpm",
 lambda r: f"SEAT drv heat={r.choice([0,0,1,2])} mem_pos=idle",
 lambda r: f"KEYLESS ble_rssi={ri(r,-90,-50)}dBm key_in_cabin={r.choice([0,1])}",
 lambda r: f"LIN1 sched=NORMAL frames_ok={ri(r,1000,90000)} no_resp=0",
]
P['gw'] = [
 lambda r: f"gw: route stats can{ri(r,0,3)} rx={ri(r,1000,900000)} tx={ri(r,1000,900000)} drop=0 tec=0 rec=0",
 lambda r: f"gw: doip idle, no tester",
 lambda r: f"gw: eth0 link up 100Mbps full master, crc_err=0",
 lambda r: f"gw: fw-sec SecOC freshness sync ok cnt={ri(r,1,99999)}",
]
P['ivi'] = [
 lambda r: f"MediaSession: onPlaybackStateChanged state={r.choice([3,3,2])} pos={ri(r,0,300000)}",
 lambda r: f"ActivityManager: Displayed com.argus.nav/.MainActivity: +{ri(r,180,900)}ms" if r.random()<0.1 else f"NavEngine: reroute check ok eta={ri(r,2,80)}min",
 lambda r: f"BluetoothHfp: connection state CONNECTED device=XX:XX:XX:{ri(r,10,99)}:{ri(r,10,99)}:{ri(r,10,99)}",
 lambda r: f"VehicleHal: prop 0x{ri(r,0x11600000,0x116fffff):08x} updated",
 lambda r: f"chatty: uid=1000(system) expire {ri(r,3,40)} lines",
]
P['kern'] = [
 lambda r: f"IPv6: ADDRCONF(NETDEV_CHANGE): eth{ri(r,0,1)}: link becomes ready",
 lambda r: f"mmc0: cqhci: CQE {r.choice(['on','on','off'])} ",
 lambda r: f"usb 1-1.{ri(r,1,4)}: new high-speed USB device number {ri(r,3,20)} using xhci-hcd",
 lambda r: f"thermal thermal_zone{ri(r,0,5)}: trip point temp {ri(r,40,70)}000 below limit",
 lambda r: f"rcu: INFO: rcu_sched kthread timer wakeup didn't happen for {ri(r,2,9)} jiffies! g{ri(r,1000,99999)} f0x0" if r.random()<0.02 else f"brcmfmac: brcmf_cfg80211_scan: scan request queued",
 lambda r: f"EXT4-fs (mmcblk0p{ri(r,5,8)}): re-mounted. Opts: (null)" if r.random()<0.1 else f"can{ri(r,0,2)}: mcp251xfd spi0.0: rx fifo watermark {ri(r,2,12)}",
 lambda r: f"audit: type=1130 audit({ri(r,100,999)}.{ri(r,100,999)}:{ri(r,10,900)}): pid=1 uid=0 msg='unit=logrotate comm=\"systemd\" res=success'",
]
P['ota'] = [
 lambda r: f"ota-agent: session keepalive ok",
 lambda r: f"ota-agent: inventory ecu={r.choice(['VCU','BMS','GW','TCU','ADCU','BCM'])} sw={ri(r,1,9)}.{ri(r,0,30)}.{ri(r,0,200)} hash ok",
]
STY_SRC = {'sys': 'system', 'tcu': 'tcu', 'vcu': 'vcu', 'bms': 'bms', 'ice': 'ecm', 'adas': 'adstack',
           'body': 'bcm', 'gw': 'gateway', 'ivi': 'ivi', 'ota': 'ota', 'kern': 'kernel'}
LV = {'I': 'info', 'W': 'warn', 'E': 'error', 'D': 'debug', 'F': 'fatal'}

# ---------------------------------------------------------------- formatting
def fmt(style, t, lvl, src, msg, host, t0, r):
    d = E + dt.timedelta(seconds=t)
    if style == 'syslog':
        return d.strftime('%b ') + f"{d.day:2d} " + d.strftime('%H:%M:%S') + f" {host} {src}: {msg}"
    if style == 'journald':
        return d.strftime('%Y-%m-%dT%H:%M:%S.') + f"{d.microsecond:06d}+0000 {host} {src}: {msg}"
    if style == 'rfc5424':
        pri = {'I': 14, 'W': 12, 'E': 11, 'D': 15, 'F': 10}[lvl]
        return f"<{pri}>1 " + d.strftime('%Y-%m-%dT%H:%M:%S.') + f"{d.microsecond//1000:03d}Z {host} {src.split('[')[0].split(':')[0]} - - - {msg}"
    if style == 'dmesg':
        return f"[{t - t0 + 3.2:12.6f}] {msg}"
    if style == 'logcat':
        tag = src
        pid = 900 + (sum(ord(c) * 37 for c in tag) % 2100)
        return d.strftime('%m-%d %H:%M:%S.') + f"{d.microsecond//1000:03d} {pid:5d} {pid + ri(r,0,40):5d} {lvl} {tag:<14}: {msg}"
    if style == 'dlt':
        return f"{ri(r,0,99999):6d} " + d.strftime('%Y/%m/%d %H:%M:%S.') + f"{d.microsecond:06d} {int((t-t0)*10000)+31000:10d} {ri(r,0,255):03d} {host[:4].upper():4} {src[:4].upper():4} {'CTX1'} log {LV[lvl]} verbose 1 {msg}"
    if style == 'kv':
        return "ts=" + d.strftime('%Y-%m-%dT%H:%M:%S.') + f"{d.microsecond//1000:03d}Z level={LV[lvl]} comp={src} msg=\"{msg}\""
    if style == 'jsonl':
        return json.dumps({"ts": round(t, 3), "lvl": LV[lvl].upper(), "src": src, "msg": msg}, separators=(',', ':'))
    if style == 'glog':
        return f"{lvl}{d.strftime('%m%d %H:%M:%S.')}{d.microsecond:06d} {ri(r,2000,2100):6d} {src}] {msg}"
    raise ValueError(style)

def textlog(r, style, pools, n, t0, dur, host, events=(), srcmap=None):
    """n routine lines from pools + injected events [(frac, lvl, src, msg)]."""
    items = []
    for i in range(n):
        t = t0 + dur * (i + r.random()) / n
        pk = r.choice(pools)
        msg = r.choice(P[pk])(r)
        src = (srcmap or {}).get(pk, STY_SRC[pk])
        if style in ('syslog', 'journald') and '[' not in src and ':' not in msg.split(' ')[0]:
            src = f"{src}[{ri(r,400,2000)}]"
        if style in ('syslog', 'journald', 'rfc5424') and msg.split(' ')[0].endswith(':') and r.random() < 0.999:
            s, m = msg.split(' ', 1)
            if '[' in s or s in ('kernel:',):
                src, msg = s[:-1], m
        lvl = 'D' if r.random() < 0.08 else 'I'
        items.append((t, lvl, src, msg))
    for fr, lvl, src, msg in events:
        items.append((t0 + dur * fr + r.random() * 0.003, lvl, src, msg))
    items.sort(key=lambda x: x[0])
    return [fmt(style, t, l, s, m, host, t0, r) for t, l, s, m in items]

def csvlog(r, cols, n, t0, dtp, mods=None, tfmt='epoch'):
    """cols: [(name, base, walk, lo, hi, decimals)]; mods: {name: f(i,n,v)->v}"""
    mods = mods or {}
    vals = [c[1] for c in cols]
    out = [",".join(['timestamp'] + [c[0] for c in cols])]
    for i in range(n):
        row = {}
        for k, (name, base, walk, lo, hi, dec) in enumerate(cols):
            v = vals[k] + r.uniform(-walk, walk) + (base - vals[k]) * 0.05
            v = min(hi, max(lo, v)); vals[k] = v
            row[name] = mods[name](i, n, v) if name in mods else v
        if 'cell_vmin_mv' in row:
            ocv = 3300 + 9 * row['soc_pct'] + 0.4 * row['pack_i_a']
            for c, off in (('cell_vmin_mv', 3700), ('cell_vmax_mv', 3700)):
                if c not in mods:
                    row[c] = ocv + (row[c] - off)
            row['pack_v'] = 96 * (row['cell_vmin_mv'] + row['cell_vmax_mv']) / 2000 + row['pack_i_a'] * 0.06
        row = [f"{row[c[0]]:.{c[5]}f}" for c in cols]
        ts = t0 + i * dtp
        tss = f"{ts:.2f}" if tfmt == 'epoch' else (E + dt.timedelta(seconds=ts)).strftime('%Y-%m-%d %H:%M:%S.%f')[:-3]
        out.append(",".join([tss] + row))
    return out

def candump(r, frames, n, t0, bus='can0', extra=(), drop=None, style='candump'):
    """frames: [(id_hex, period_s, datafn(r,k)->bytes)]; extra [(frac, id, bytes)]; drop(id,t)->bool"""
    evs = []
    dur = None
    # choose duration so that ~n frames total
    rate = sum(1.0 / p for _, p, _ in frames)
    dur = n / rate
    for fid, per, fn in frames:
        t = t0 + r.uniform(0, per); k = 0
        while t < t0 + dur:
            if not (drop and drop(fid, t - t0, dur)):
                evs.append((t, fid, fn(r, k)))
            k += 1; t += per * r.uniform(0.985, 1.015)
    for fr, fid, b in extra:
        evs.append((t0 + dur * fr + r.random() * 0.0005, fid, b))
    evs.sort(key=lambda x: x[0])
    out = []
    if style == 'asc':
        out += [f"date {(E+dt.timedelta(seconds=t0)).strftime('%a %b %d %I:%M:%S.000 %p %Y')}", "base hex  timestamps absolute", "internal events logged", "Begin Triggerblock"]
        for t, fid, b in evs:
            x = 'x' if len(fid) > 3 else ''
            out.append(f"{t-t0:11.6f} 1  {fid}{x:<8} Rx   d {len(b)} " + " ".join(f"{v:02X}" for v in b))
        out.append("End TriggerBlock")
    else:
        for t, fid, b in evs:
            out.append(f"({t:.6f}) {bus} {fid}#" + "".join(f"{v:02X}" for v in b))
    return out

def cnt(k, base=None):
    return k & 0xFF

def dm1_nofault(sa):
    return lambda r, k: [0x00, 0xFF, 0x00, 0x00, 0x00, 0x00, 0xFF, 0xFF]

def spnfmi(spn, fmi, oc=1):
    return [spn & 0xFF, (spn >> 8) & 0xFF, ((spn >> 16) & 0x7) << 5 | fmi, oc & 0x7F]

def udstrace(r, t0, n, dtcs_by_ecu, req=0x7E0, extra_polls=None, style='A', note=None):
    """Tester trace with ISO-TP frames. dtcs_by_ecu: {(tx,rx,name): [(dtc3bytes, status)]}"""
    lines = []; t = t0
    def fr(dirn, cid, data):
        nonlocal t
        t += r.uniform(0.002, 0.03)
        d = data + [0xAA] * (8 - len(data))
        if style == 'A':
            lines.append(f"{t - t0:10.4f}  can1  {cid:03X}  {dirn}  d 8  " + " ".join(f"{v:02X}" for v in d))
        else:
            lines.append(f"{(E+dt.timedelta(seconds=t)).strftime('%H:%M:%S.%f')[:-3]} {dirn.upper()} 0x{cid:03X} [8] " + " ".join(f"{v:02X}" for v in d))
    def send_resp(rx, payload, tx):
        if len(payload) <= 7:
            fr('Rx', rx, [len(payload)] + payload)
        else:
            L = len(payload)
            fr('Rx', rx, [0x10 | (L >> 8), L & 0xFF] + payload[:6])
            fr('Tx', tx, [0x30, 0x00, 0x00])
            rest = payload[6:]; sn = 1
            while rest:
                fr('Rx', rx, [0x20 | (sn & 0xF)] + rest[:7]); rest = rest[7:]; sn += 1
    if note:
        lines.append(f"; {note}")
    polls = extra_polls or []
    ecus = list(dtcs_by_ecu.items())
    for (tx, rx, name), dl in ecus:
        lines.append(f"; --- {name}: session + DTC readout ---")
        fr('Tx', tx, [0x02, 0x10, 0x03]); send_resp(rx, [0x50, 0x03, 0x00, 0x32, 0x01, 0xF4], tx)
        fr('Tx', tx, [0x03, 0x22, 0xF1, 0x90])
        send_resp(rx, [0x62, 0xF1, 0x90] + [ord(c) for c in "WAR0TUNH" + f"{ri(r,100000000,999999999)}"], tx)
        fr('Tx', tx, [0x03, 0x19, 0x02, 0xFF])
        p = [0x59, 0x02, 0xFF]
        for d3, st in dl: p += list(d3) + [st]
        send_resp(rx, p, tx)
        t += 0.4
    # polling loop
    k = 0
    while len(lines) < n:
        (tx, rx, name), _ = ecus[k % len(ecus)]
        if k % 9 == 0:
            fr('Tx', tx, [0x02, 0x3E, 0x80])
        else:
            did, fn = polls[k % len(polls)] if polls else ((0xF40D), lambda r, k: [ri(r, 0, 120)])
            fr('Tx', tx, [0x03, 0x22, did >> 8, did & 0xFF])
            send_resp(rx, [0x62, did >> 8, did & 0xFF] + fn(r, k), tx)
        t += r.uniform(0.08, 0.25); k += 1
    return lines

def dtc3(code):
    """'P0303' + ftb -> 3 bytes per SAE J2012 / ISO 14229 format"""
    s, ftb = code[:5], int(code[6:8], 16) if len(code) > 5 else 0
    hi = 'PCBU'.index(s[0]) << 6 | int(s[1]) << 4 | int(s[2], 16)
    return [hi, int(s[3:5], 16), ftb]

# ---------------------------------------------------------------- batches
BATCHES = []
def batch(cat, sub, risk, acc, state, rc, desc, files):
    BATCHES.append(dict(category=cat, subsystem=sub, risk_level=risk, risk_accept=acc, vehicle_state=state,
                        root_cause_file=rc, description=desc, files=files))
def H(state, desc, files):
    batch('none', 'none', 'low', [], state, None, desc, files)

def T0(r):
    return (dt.datetime(2026, r.randint(1, 11), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)) - E).total_seconds()

def N(r, a=320, b=900): return r.randint(a, b)
def TL(style, pools, host, events=(), dur=1800, n=None, srcmap=None, a=320, b=900):
    return lambda r, t0: textlog(r, style, pools, n or N(r, a, b), t0, dur, host, events, srcmap)

BMS_COLS = [('soc_pct', 60, 0.05, 5, 100, 1), ('pack_v', 380, 0.6, 300, 410, 1), ('pack_i_a', -20, 8, -300, 200, 1),
            ('cell_vmin_mv', 3700, 1.5, 3000, 4200, 0), ('cell_vmax_mv', 3716, 1.5, 3000, 4200, 0),
            ('t_min_c', 22, 0.05, -30, 60, 1), ('t_max_c', 27, 0.05, -30, 60, 1), ('iso_kohm', 3200, 30, 0, 9000, 0)]
LV_COLS = [('lv_bus_v', 14.1, 0.03, 9, 16, 2), ('dcdc_out_a', 32, 1.5, 0, 150, 1), ('lv_batt_i_a', 2.0, 0.4, -80, 80, 1),
           ('lv_batt_soc', 88, 0.02, 0, 100, 1), ('dcdc_temp_c', 48, 0.2, -20, 120, 1)]
ICE_COLS = [('rpm', 1800, 60, 700, 5000, 0), ('ect_c', 91, 0.2, -20, 120, 1), ('map_kpa', 62, 3, 20, 200, 0),
            ('stft_pct', 0, 0.6, -25, 25, 1), ('ltft_pct', 1.2, 0.02, -25, 25, 1), ('misf_c1', 0, 0, 0, 999, 0),
            ('misf_c2', 0, 0, 0, 999, 0), ('misf_c3', 0, 0, 0, 999, 0), ('misf_c4', 0, 0, 0, 999, 0), ('vbatt', 14.2, 0.03, 8, 16, 2)]
TH_COLS = [('motor_cool_in_c', 38, 0.2, -20, 120, 1), ('motor_cool_out_c', 43, 0.2, -20, 120, 1), ('pump_cmd_pct', 55, 0.5, 0, 100, 0),
           ('pump_rpm', 3300, 25, 0, 6000, 0), ('inv_tj_max_c', 71, 0.5, -20, 175, 1), ('stator_c', 88, 0.3, -20, 200, 1), ('fan_pct', 30, 1, 0, 100, 0)]
TPMS_COLS = [('p_fl_kpa', 245, 0.3, 0, 400, 1), ('p_fr_kpa', 246, 0.3, 0, 400, 1), ('p_rl_kpa', 243, 0.3, 0, 400, 1), ('p_rr_kpa', 244, 0.3, 0, 400, 1),
             ('t_fl_c', 24, 0.05, -40, 120, 1), ('t_fr_c', 24, 0.05, -40, 120, 1), ('t_rl_c', 23, 0.05, -40, 120, 1), ('t_rr_c', 23, 0.05, -40, 120, 1), ('v_kph', 80, 1.2, 0, 200, 1)]

def jframes():
    """J1939 truck routine traffic (engine SA00, trans SA03, brakes SA0B, cluster SA17)."""
    return [('0CF00400', 0.05, lambda r, k: [0xF0, 0x7D, 0x7D + ri(r, 0, 40), ri(r, 0, 255), 0x1A + ri(r, 0, 3), 0x00, 0xF0, 0x7D]),   # EEC1
            ('0CF00300', 0.05, lambda r, k: [0xD1, ri(r, 0, 200), 0x00, 0xFF, 0xFF, 0x0F, 0xFF, 0xFF]),                              # EEC2
            ('18FEF100', 0.1, lambda r, k: [0xF7, ri(r, 0, 255), 0x1F + ri(r, 0, 60), 0x10, 0x00, 0x00, 0x00, 0xC0]),                 # CCVS
            ('18FEEE00', 1.0, lambda r, k: [0x7C + ri(r, 0, 3), 0x6E, 0x20, 0x4F, 0xFF, 0xFF, 0x70, 0xFF]),                           # ET1
            ('18F00503', 0.1, lambda r, k: [0x7D, 0x7D, 0x00, 0x07 + ri(r, 0, 3), 0x20, 0x43, 0x44, 0xFF]),                           # ETC2
            ('18FEBF0B', 0.1, lambda r, k: [ri(r, 0, 255), 0x1F, 0x7D, 0x7D, 0x7D, 0x7D, 0xFF, 0xFF]),                                # EBC2
            ('18FECA00', 1.0, dm1_nofault(0)), ('18FECA03', 1.0, dm1_nofault(3)), ('18FECA0B', 1.0, dm1_nofault(0x0B)),
            ('18FEF717', 1.0, lambda r, k: [0xFF, 0xFF, 0xFF, 0xFF, 0x18 + ri(r, 0, 2), 0x01, 0x1C, 0x01])]                          # VEP1

def evframes():
    return [('0C1', 0.01, lambda r, k: [ri(r, 0, 255), 0x40 | (k & 0xF), ri(r, 0, 255), 0x12, 0x00, 0x00, 0x00, (k * 7) & 0xFF]),
            ('1A0', 0.02, lambda r, k: [0x3E, ri(r, 0x80, 0x90), ri(r, 0, 255), 0x0F, 0x00, 0x00, k & 0xF, 0x00]),
            ('2B4', 0.1, lambda r, k: [0x0E, 0xD0 + ri(r, 0, 8), 0x00, 0x64, 0x00, 0x00, 0x00, k & 0xFF]),
            ('3D2', 0.5, lambda r, k: [0x01, 0x00, 0x5A, ri(r, 0, 3), 0, 0, 0, 0]),
            ('7DF', 5.0, lambda r, k: [0x02, 0x3E, 0x80, 0, 0, 0, 0, 0])]

def ev_ts(r): return T0(r)

# ------------------------------------------ HEALTHY (28)
H('parked', "EV cold boot after 3 days parked: GNSS cold start without almanac (no fix for ~50 s, then 3D fix), modem attach retry that succeeds, camera and radar warm-up messages. All normal start-up.",
  [('tcu_syslog.log', TL('syslog', ['tcu', 'sys'], 'tcu01', [
      (0.01, 'W', 'gnssd[611]', 'no valid almanac/ephemeris in NVM, starting cold acquisition'),
      (0.015, 'W', 'gnssd[611]', 'fix=NONE sats_tracked=3 (cold start, ttff timer 12s)'),
      (0.02, 'W', 'gnssd[611]', 'fix=NONE sats_tracked=6 (cold start, ttff timer 31s)'),
      (0.028, 'I', 'gnssd[611]', 'first fix after 49.6 s, 3D sats=11 hdop=1.4, ephemeris cached'),
      (0.012, 'E', 'modemd[540]', 'ATTACH reject cause #17 (network failure), retry 1/5 in 4s'),
      (0.016, 'I', 'modemd[540]', 'ATTACH accept, PDN up apn=iot.argus ip=10.88.4.17'),
      (0.02, 'W', 'mqttc[702]', 'connect failed: ECONNREFUSED (network not yet up), backoff 2s'),
      (0.024, 'I', 'mqttc[702]', 'connected to broker, session resumed, 3 queued messages delivered')], dur=1500)),
   ('adas_boot.INFO', TL('glog', ['adas'], 'adcu', [
      (0.005, 'W', 'camera_mgr.cc:211', 'cam_front: exposure not converged (frame 3), holding output'),
      (0.008, 'I', 'camera_mgr.cc:240', 'cam_front: AE converged after 14 frames, streaming'),
      (0.006, 'W', 'radar_if.cc:88', 'radar_fr: sensor in WARMUP, detections suppressed'),
      (0.012, 'I', 'radar_if.cc:95', 'radar_fr: OPERATIONAL, self-test pass')], dur=1500, srcmap={'adas': 'node.cc:77'})),
   ('vcu.dlt', TL('dlt', ['vcu', 'bms'], 'VCU1', [(0.0, 'I', 'PWRM', 'wakeup reason=KEYLESS_UNLOCK, sleep duration 259211 s'),
      (0.004, 'I', 'PWRM', 'HV precharge complete 387V in 212ms, contactors closed')], dur=1500))])

H('driving', "ICE sedan on a motorway with a 2.1 km tunnel: modem loses coverage and re-registers, GNSS goes to dead reckoning and recovers, telemetry uploads are buffered and sent afterwards.",
  [('telematics.journal', TL('journald', ['tcu', 'sys'], 'tcu', [
      (0.41, 'W', 'modemd[544]', 'RRC connection release, rsrp=-128 below threshold'),
      (0.412, 'E', 'modemd[544]', 'registration lost (NO_SERVICE), starting cell search'),
      (0.415, 'W', 'gnssd[612]', 'signal lost, fix=DR (dead reckoning, wheel ticks + gyro)'),
      (0.42, 'W', 'mqttc[703]', 'publish timeout mid=40211, queued to disk (17 pending)'),
      (0.43, 'E', 'mqttc[703]', 'keepalive missed, connection closed'),
      (0.445, 'I', 'modemd[544]', 'registered LTE home, cell=0x21A4F3 after 97 s out of service'),
      (0.446, 'I', 'gnssd[612]', 'fix=3D restored, DR drift 6.2 m corrected'),
      (0.45, 'I', 'mqttc[703]', 'reconnected, flushing 23 queued messages ... done')], dur=2400)),
   ('ecm_signals.csv', lambda r, t0: csvlog(r, ICE_COLS, N(r, 900, 1800), t0, 1.0)),
   ('gateway.log', TL('kv', ['gw'], 'gw', [(0.42, 'W', 'gw', 'telematics uplink down, diag tunnel suspended'),
                                            (0.446, 'I', 'gw', 'telematics uplink restored, diag tunnel resumed')], dur=2400))])

H('charging', "EV DC fast charge 18% to 80% target: current tapers, session ends because the user target SOC is reached. EVSE isolation test and a one-off PLC SLAC retry at plug-in are normal.",
  [('bms_charge.csv', lambda r, t0: csvlog(r, BMS_COLS, 1400, t0, 1.0, {
       'soc_pct': lambda i, n, v: 18 + 62 * min(1, i / 1300), 'pack_i_a': lambda i, n, v: (0 if i > 1300 else 280 - 180 * max(0, (i - 700) / 600) + v * 0.02),
       'pack_v': lambda i, n, v: 350 + 45 * min(1, i / 1300), 'cell_vmin_mv': lambda i, n, v: 3600 + 420 * min(1, i / 1300) + (v - 3700) * 0.2,
       'cell_vmax_mv': lambda i, n, v: 3614 + 420 * min(1, i / 1300) + (v - 3716) * 0.2, 't_max_c': lambda i, n, v: v + 8 * min(1, i / 900)})),
   ('charger.log', TL('syslog', ['bms', 'sys'], 'obc', [
      (0.0, 'I', 'evcc[881]', 'CP state B, PWM 5% -> HLC ISO15118-2'),
      (0.002, 'W', 'evcc[881]', 'SLAC match timeout (attempt 1), retrying'),
      (0.004, 'I', 'evcc[881]', 'SLAC matched, NMK set, SDP ok, TLS session up'),
      (0.006, 'I', 'evcc[881]', 'CableCheck: EVSE isolation test running (500V) ... valid'),
      (0.008, 'I', 'evcc[881]', 'PreCharge done, target 352V, CurrentDemand loop start'),
      (0.93, 'I', 'evcc[881]', 'target SOC 80% reached, ChargingStatus=EVSE_Shutdown requested by EV'),
      (0.935, 'I', 'evcc[881]', 'WeldingDetection ok, SessionStop, CP state B->A')], dur=1400, srcmap={'bms': 'bmsd[640]'})),
   ('vcu.dlt', TL('dlt', ['vcu', 'bms'], 'VCU1', [(0.93, 'I', 'CHG', 'charge end reason=SOC_TARGET soc=80.1')], dur=1400))])

H('charging', "EV AC overnight charge with departure-time scheduling: vehicle waits for off-peak window, charges, stops because battery full; balancing at top of charge and cell-delta warning-free.",
  [('obc.journal', TL('journald', ['bms', 'sys'], 'obc', [
      (0.01, 'I', 'chgsched[431]', 'plug detected, schedule active: start 01:00 (off-peak), target 100%'),
      (0.02, 'W', 'obc[433]', 'CP duty 0% while waiting for schedule, EVSE state B2 (expected)'),
      (0.2, 'I', 'obc[433]', 'start charging 11 kW 3ph 16A'),
      (0.86, 'I', 'bmsd[640]', 'top balancing active 7 cells, dv=11mV'),
      (0.95, 'I', 'obc[433]', 'charge complete: BATTERY_FULL, 100.0%, terminating'),
      (0.96, 'W', 'obc[433]', 'EVSE kept CP oscillator on after stop, ignoring (EVSE behaviour)')], dur=25000, srcmap={'bms': 'bmsd[640]'})),
   ('bms_signals.csv', lambda r, t0: csvlog(r, BMS_COLS, 1600, t0, 15.0, {
       'soc_pct': lambda i, n, v: 42 if i < 320 else min(100, 42 + 58 * (i - 320) / 1190), 'pack_i_a': lambda i, n, v: 0.2 if i < 320 or i > 1520 else 27 + v * 0.01,
       'cell_vmax_mv': lambda i, n, v: 3650 + (v - 3716) + min(540, max(0, (i - 320) * 0.45)), 'cell_vmin_mv': lambda i, n, v: 3638 + (v - 3700) + min(540, max(0, (i - 320) * 0.45))})),
   ('tcu.log', TL('syslog', ['tcu'], 'tcu01', [(0.95, 'I', 'notify[811]', 'push sent to owner app: charging complete 100%')], dur=25000))])

H('parked', "Robotaxi depot boot: lidar spin-up and range warm-up, IMU bias calibration, localization starts with large pose uncertainty and converges, planner holds vehicle until ready. No fault.",
  [('lidar_driver.log', TL('rfc5424', ['adas'], 'adcu-a', [
      (0.0, 'I', 'lidar_driver', 'top: motor spin-up requested 600 rpm'),
      (0.003, 'W', 'lidar_driver', 'top: phase lock not achieved, rpm=412, returns invalid'),
      (0.006, 'W', 'lidar_driver', 'top: laser temperature 11C below operating 15C, heater on'),
      (0.02, 'I', 'lidar_driver', 'top: locked 600 rpm, returns valid, temp 16C')], dur=900)),
   ('localizer.INFO', TL('glog', ['adas'], 'adcu', [
      (0.01, 'W', 'localizer.cc:310', 'initial pose from last shutdown, std=4.8m, waiting for NDT convergence'),
      (0.018, 'W', 'localizer.cc:355', 'ndt score=9.41 not converged (iter 30)'),
      (0.03, 'I', 'localizer.cc:362', 'converged score=1.22 std=0.06m, LOCALIZED'),
      (0.012, 'W', 'imu_node.cc:77', 'imu gyro bias estimation in progress, vehicle must be stationary'),
      (0.025, 'I', 'imu_node.cc:81', 'imu bias estimated bx=0.0012 by=-0.0008 bz=0.0004 rad/s')], dur=900, srcmap={'adas': 'stack.cc:12'})),
   ('supervisor.jsonl', TL('jsonl', ['adas', 'sys'], 'sup', [
      (0.005, 'W', 'supervisor', 'autonomy not ready: lidar_top=STARTING localization=INIT'),
      (0.032, 'I', 'supervisor', 'all modules READY, autonomy available')], dur=900))])

H('test', "Heavy truck in workshop: J1939 trace with DM1 carrying no active faults from all ECUs; a DM2 request returns two previously-active DTCs (occurrence counts, lamps off) from an old repair. Normal.",
  [('j1939_can1.candump', lambda r, t0: candump(r, jframes(), 12000, t0, 'can1', extra=[
      (0.3, '18EA00F9', [0xCB, 0xFE, 0x00]),  # request DM2 from engine
      (0.301, '1CECFF00', [0x20, 0x0A, 0x00, 0x02, 0xFF, 0xCB, 0xFE, 0x00]),
      (0.302, '1CEBFF00', [0x01, 0x00, 0xFF] + spnfmi(3251, 0, 3) + [0x61]),
      (0.303, '1CEBFF00', [0x02, 0x00, 0x03, 0x01, 0xFF, 0xFF, 0xFF, 0xFF])])),
   ('service_tool.log', TL('kv', ['gw'], 'svc', [
      (0.3, 'I', 'svctool', 'DM2 request engine SA=0x00'),
      (0.303, 'I', 'svctool', 'DM2 previously active: SPN 3251 FMI 0 OC 3; SPN 97 FMI 3 OC 1; lamps MIL=off'),
      (0.31, 'I', 'svctool', 'DM1 all ECUs: no active DTC'),
      (0.4, 'I', 'svctool', 'customer concern none, annual inspection readout archived')], dur=600))])

H('test', "ICE car at dealer: UDS readout shows stored DTCs from a repaired thermostat and an old low-battery event with status 0x08/0x28 (confirmed, not failing now); tester clears them. Nothing current.",
  [('uds_session.trc', lambda r, t0: udstrace(r, t0, 900, {(0x7E0, 0x7E8, 'ECM'): [(dtc3('P0128'), 0x28), (dtc3('P0562'), 0x08)],
                                                         (0x7E1, 0x7E9, 'TCM'): [], (0x726, 0x72E, 'BCM'): [(dtc3('B1A00-11'), 0x08)]},
                                               extra_polls=[(0xF40C, lambda r, k: [0x0C, ri(r, 0, 255)]), (0xF405, lambda r, k: [ri(r, 128, 135)])],
                                               note='Tester DiagLink 4.2, workshop session, ignition ON engine idle')),
   ('tester_report.txt', TL('kv', ['ice'], 'tester', [
      (0.1, 'I', 'tester', 'ECM P0128-00 status=0x28 (confirmed, tfslc; not testFailed) age 61 cycles'),
      (0.11, 'I', 'tester', 'ECM P0562-00 status=0x08 (confirmed, historic) age 140 cycles'),
      (0.12, 'I', 'tester', 'BCM B1A00-11 status=0x08 historic'),
      (0.5, 'I', 'tester', 'ClearDiagnosticInformation 0x14 FFFFFF -> 0x54 positive'),
      (0.55, 'I', 'tester', 'readiness monitors: cat ok, evap incomplete (expected after clear)')], dur=900)),
   ('ecm_signals.csv', lambda r, t0: csvlog(r, ICE_COLS, 700, t0, 1.0, {'rpm': lambda i, n, v: 760 + (v - 1800) * 0.02}))])

H('ota', "EV OTA campaign: download, signature verify, install to inactive slot B, reboot into B, health check and commit. Services stop and restart on purpose; the first boot check of a rollback counter warns by design.",
  [('ota_agent.jsonl', TL('jsonl', ['ota', 'sys'], 'ota', [
      (0.05, 'I', 'ota-agent', 'campaign CMP-2026-118 available: VCU 4.12.0 -> 4.13.1, GW 2.7.3 -> 2.7.5'),
      (0.1, 'I', 'ota-agent', 'download 412 MB complete, sha256 ok, signature ECDSA-P256 ok'),
      (0.3, 'I', 'ota-agent', 'install slot B: 100%'),
      (0.31, 'W', 'ota-agent', 'stopping services for activation: vcu-app, gw-router (planned)'),
      (0.32, 'I', 'ota-agent', 'reboot into slot B requested'),
      (0.4, 'W', 'ota-agent', 'rollback counter incremented to 1 (pending commit)'),
      (0.45, 'I', 'ota-agent', 'post-install health check passed (12/12), slot B committed, counter reset'),
      (0.46, 'I', 'ota-agent', 'campaign CMP-2026-118 SUCCESS reported to backend')], dur=3000)),
   ('dmesg.txt', TL('dmesg', ['kern'], 'vcu', [
      (0.33, 'I', 'k', 'reboot: Restarting system'),
      (0.34, 'I', 'k', 'Booting Linux on physical CPU 0x0000000000 [0x410fd034]'),
      (0.341, 'W', 'k', 'psci: SMC Calling Convention v1.2 - firmware does not support SMCCC_ARCH_WORKAROUND_1'),
      (0.342, 'W', 'k', 'EXT4-fs (mmcblk0p5): warning: mounting unchecked fs, running e2fsck is recommended'),
      (0.343, 'I', 'k', 'EXT4-fs (mmcblk0p5): mounted filesystem with ordered data mode. Quota mode: none.'),
      (0.344, 'I', 'k', 'random: crng init done')], dur=3000)),
   ('vcu.journal', TL('journald', ['vcu', 'sys'], 'vcu', [
      (0.31, 'I', 'systemd[1]', 'Stopping VCU application...'),
      (0.311, 'I', 'systemd[1]', 'vcu-app.service: Deactivated successfully.'),
      (0.35, 'I', 'systemd[1]', 'Started VCU application (slot B).')], dur=3000))])

H('parked', "ICE car: nightly OTA poll finds no new software; one TLS handshake timeout is retried and succeeds. Vehicle returns to sleep.",
  [('ota.log', TL('syslog', ['ota', 'tcu'], 'tcu01', [
      (0.2, 'I', 'ota-agent[912]', 'polling backend for campaigns'),
      (0.202, 'W', 'ota-agent[912]', 'TLS handshake timeout after 15000 ms (attempt 1/3)'),
      (0.21, 'I', 'ota-agent[912]', 'TLS ok (attempt 2/3), GET /v2/campaigns -> 204 No Content'),
      (0.211, 'I', 'ota-agent[912]', 'no update available, next poll in 24h'),
      (0.9, 'I', 'pwrmgr[300]', 'entering sleep, wake timer 06:00')], dur=2000)),
   ('bcm.dlt', TL('dlt', ['body'], 'BCM1', [(0.9, 'I', 'NM', 'bus sleep ready, all nodes released')], dur=2000))])

H('driving', "Full hybrid cold morning drive: engine cold-start strategy (catalyst heating, retarded spark, EV-mode inhibited), battery cold power limit, then normal engine start/stop cycling. Derates are by design.",
  [('hcu.dlt', TL('dlt', ['vcu', 'bms', 'ice'], 'HCU1', [
      (0.01, 'W', 'HCU', 'EV mode inhibited: catalyst heating required (cat_t=-4C)'),
      (0.012, 'W', 'HCU', 'HV battery cold (-6C): discharge limit 18 kW, charge limit 6 kW'),
      (0.02, 'I', 'ECM', 'cat heating: spark -12 deg, idle 1250 rpm, secondary air on'),
      (0.1, 'I', 'ECM', 'cat light-off reached 347C after 71 s'),
      (0.25, 'I', 'HCU', 'battery 8C: limits 35/15 kW'),
      (0.4, 'I', 'HCU', 'EV mode available')], dur=2400)),
   ('engine_signals.csv', lambda r, t0: csvlog(r, ICE_COLS, 2400, t0, 1.0, {'ect_c': lambda i, n, v: min(v, -3 + i * 0.09), 'rpm': lambda i, n, v: 1250 if i < 70 else (0 if (i // 120) % 3 == 2 else v)})),
   ('bms.log', TL('kv', ['bms'], 'bms', [(0.01, 'W', 'bms', 'pack heater request denied: energy saving at low SOC (by calibration)')], dur=2400))])

H('parked', "EV parked overnight: periodic wake-ups to top up the 12 V battery from HV via DC-DC, telematics keep-alive, remote status query from owner app. Every wake returns to sleep.",
  [('pwrmgr.journal', TL('journald', ['vcu', 'sys'], 'vcu', [
      (0.1 + 0.2 * k, 'I', 'pwrmgr[301]', f'wake reason=LV_SOC_MONITOR lv_soc={74 - k}%, top-up 12 min') for k in range(4)] + [
      (0.15 + 0.2 * k, 'I', 'pwrmgr[301]', 'top-up done lv_soc=86%, sleep request granted') for k in range(4)] + [
      (0.52, 'W', 'nm[288]', 'node 0x17 (IVI) kept bus awake 41 s after release (timeout 45 s)'),
      (0.53, 'I', 'nm[288]', 'bus sleep')], dur=30000)),
   ('lv_signals.csv', lambda r, t0: csvlog(r, LV_COLS, 2000, t0, 15.0, {
       'lv_bus_v': lambda i, n, v: 14.0 + (v - 14.1) if (i % 400) < 48 else 12.55 + (v - 14.1) * 0.3,
       'dcdc_out_a': lambda i, n, v: v * 0.4 if (i % 400) < 48 else 0.0,
       'lv_batt_i_a': lambda i, n, v: 9 + v if (i % 400) < 48 else -0.04})),
   ('tcu.log', TL('syslog', ['tcu'], 'tcu01', [(0.7, 'I', 'remote[733]', 'owner status query: doors locked, soc 63%'),
                                                (0.71, 'W', 'remote[733]', 'sms wakeup delayed 22 s by network')], dur=30000))])

H('driving', "ICE hatchback start: crank voltage dip to 7.9 V causes bus-off and recovery bursts on body CAN and brief ECU undervoltage messages, all recovered within the crank window; normal afterwards.",
  [('dmesg.txt', TL('dmesg', ['kern'], 'ivi', [
      (0.01, 'E', 'k', 'gs_usb 1-1:1.0 can1: bus-off'),
      (0.0101, 'I', 'k', 'gs_usb 1-1:1.0 can1: restarted (restart-ms 100)'),
      (0.0102, 'E', 'k', 'gs_usb 1-1:1.0 can1: bus-off'),
      (0.0104, 'I', 'k', 'gs_usb 1-1:1.0 can1: restarted (restart-ms 100)'),
      (0.0103, 'W', 'k', 'can: controller area network core'),
      (0.0105, 'W', 'k', 'gs_usb 1-1:1.0 can1: error-warning state, tx_err=96 rx_err=0'),
      (0.012, 'I', 'k', 'gs_usb 1-1:1.0 can1: error-active')], dur=110)),
   ('body_can.log', lambda r, t0: candump(r, evframes(), 9000, t0, 'can1', drop=lambda fid, t, d: 1.1 < t < 1.6)),
   ('bcm.dlt', TL('dlt', ['body'], 'BCM1', [
      (0.009, 'W', 'PWR', 'KL30 undervoltage 7.9V during crank (KL50 active), comms suspended by design'),
      (0.014, 'I', 'PWR', 'KL30 13.9V, comms resumed, crank lockout released')], dur=110))])

H('driving', "Infotainment media app crashes with a native tombstone and is restarted by the system within a second; nav and vehicle HAL continue. Non-vital, self-recovered.",
  [('logcat.txt', TL('logcat', ['ivi'], 'ivi', [
      (0.33, 'F', 'libc', 'Fatal signal 11 (SIGSEGV), code 1 (SEGV_MAPERR), fault addr 0x18 in tid 4411 (MediaDecoder), pid 4390 (com.argus.media)'),
      (0.3301, 'F', 'DEBUG', '*** *** *** *** *** *** *** *** *** *** *** *** *** *** *** ***'),
      (0.3302, 'F', 'DEBUG', 'pid: 4390, tid: 4411, name: MediaDecoder  >>> com.argus.media <<<'),
      (0.3303, 'F', 'DEBUG', '    #00 pc 000000000004a1c0  /vendor/lib64/libargusmedia.so (Mp3Frame::parse+48)'),
      (0.3304, 'F', 'DEBUG', 'Tombstone written to: /data/tombstones/tombstone_03'),
      (0.3306, 'I', 'ActivityManager', 'Process com.argus.media (pid 4390) has died: fg  SVC'),
      (0.331, 'W', 'ActivityManager', 'Scheduling restart of crashed service com.argus.media/.PlaybackService in 1000ms'),
      (0.3313, 'I', 'ActivityManager', 'Start proc 4502:com.argus.media/u0a88 for service com.argus.media/.PlaybackService'),
      (0.332, 'I', 'MediaSession', 'session restored, resuming track at 00:02:11')], dur=2400, srcmap={'ivi': 'CarService'})),
   ('vhal.journal', TL('journald', ['sys', 'body'], 'ivi', [], dur=2400))])

H('driving', "Robotaxi in heavy rain: lidar rain filter active and radar reports light spray, camera wiper-occlusion frames flagged; fusion keeps full track quality and the ODD monitor stays nominal. Expected weather noise.",
  [('perception.INFO', TL('glog', ['adas'], 'adcu', [
      (0.05 + 0.04 * k, 'W', 'lidar_filter.cc:52', f'rain filter active, removed {ri(random.Random(k), 4, 9)}.{k}% points') for k in range(12)] + [
      (0.07 + 0.05 * k, 'W', 'cam_quality.cc:140', 'cam_front: wiper in FOV, frame flagged (expected)') for k in range(15)] + [
      (0.3, 'I', 'odd_monitor.cc:88', 'weather=RAIN_MODERATE within ODD, speed cap unchanged')], dur=2400, srcmap={'adas': 'perc.cc:1'})),
   ('radar.jsonl', TL('jsonl', ['adas'], 'radar', [(0.2, 'W', 'radar_fl', 'spray clutter detected, CFAR threshold +1.5 dB (adaptive)')], dur=2400)),
   ('supervisor.log', TL('kv', ['adas', 'sys'], 'sup', [], dur=2400))])

H('parked', "EV in sentry/parking mode with self-test on wake: the optional trailer module and rear bike-rack light bar are not plugged, so their self-tests report FAIL / not present; all fitted sensors pass.",
  [('selftest.log', TL('syslog', ['body', 'sys'], 'bcm', [
      (0.05, 'I', 'selftest[120]', 'power-on self test start'),
      (0.051, 'E', 'selftest[120]', 'TRLR_MOD: FAIL no response (variant option TRAILER=fitted, connector open)'),
      (0.052, 'W', 'selftest[120]', 'REAR_CARRIER_LAMP: FAIL open load (accessory not installed)'),
      (0.053, 'I', 'selftest[120]', 'USS 12/12 pass, cameras 4/4 pass, alarm siren pass'),
      (0.054, 'I', 'selftest[120]', 'self test result: PASS (2 optional items absent)')], dur=7200)),
   ('sentry.jsonl', TL('jsonl', ['adas', 'body'], 'sentry', [(0.4, 'I', 'sentry', 'motion event cam_left, clip saved 12 s'), (0.41, 'I', 'sentry', 'alarm not triggered (no contact)')], dur=7200))])

H('driving', "Tractor unit driving solo (no trailer): trailer ABS/EBS messages absent, the tractor logs 'trailer not detected' and its trailer-lamp outputs report open load; all J1939 DM1 empty. Normal bobtail operation.",
  [('j1939.candump', lambda r, t0: candump(r, jframes(), 14000, t0, 'can0')),
   ('tractor_ecu.log', TL('kv', ['gw', 'body'], 'cab', [
      (0.01, 'W', 'ebs', 'ISO 11992 trailer link: no trailer detected'),
      (0.012, 'W', 'lamp', 'trailer stop/tail outputs open load (no trailer)'),
      (0.02, 'I', 'ebs', 'trailer control valve in bobtail mode')], dur=1800))])

H('driving', "ICE SUV: an EVAP small-leak monitor sets a pending code (status 0x27) after refuelling with a loose cap, next monitor run passes and the pending bit clears; MIL never on.",
  [('obd_monitor.jsonl', TL('jsonl', ['ice'], 'ecm', [
      (0.15, 'W', 'ecm', 'EVAP leak test 0.5mm: result FAIL (first trip), DTC P0456-00 status 0x27 (testFailed, pending)'),
      (0.16, 'I', 'ecm', 'fuel level jump +38% detected (refuel), leak test result weighted low'),
      (0.82, 'I', 'ecm', 'EVAP leak test 0.5mm: PASS on following cycle, P0456 pending cleared, status 0x20 (only testFailedSinceLastClear)'),
      (0.821, 'I', 'ecm', 'MIL off, no confirmed DTC')], dur=3600)),
   ('ecm_signals.csv', lambda r, t0: csvlog(r, ICE_COLS, 3600, t0, 1.0)),
   ('cluster.log', TL('syslog', ['body'], 'ipc', [(0.15, 'I', 'ipc[200]', 'fuel cap reminder shown (3 s)')], dur=3600))])

H('parked', "Connected car: a configuration push updates the telematics service, which is stopped and restarted on purpose by systemd; the brief MQTT disconnect and 'service stopped' lines are expected.",
  [('tcu.journal', TL('journald', ['tcu', 'sys'], 'tcu', [
      (0.4, 'I', 'cfgd[501]', 'new config bundle v312 received, signature ok'),
      (0.401, 'I', 'systemd[1]', 'Stopping Telematics service...'),
      (0.402, 'W', 'mqttc[703]', 'received SIGTERM, closing session (clean)'),
      (0.403, 'I', 'systemd[1]', 'telematics.service: Deactivated successfully.'),
      (0.404, 'I', 'systemd[1]', 'telematics.service: Consumed 41.211s CPU time.'),
      (0.405, 'I', 'systemd[1]', 'Started Telematics service.'),
      (0.41, 'I', 'mqttc[2311]', 'connected, config v312 active')], dur=1200)),
   ('gw.log', TL('kv', ['gw'], 'gw', [], dur=1200))])

H('driving', "Zonal-architecture EV central computer boot: dmesg full of alarming-looking but benign kernel lines (firmware fallback, CMA, deferred probes, PCIe ASPM, unchecked-mount warning); all drivers end up bound.",
  [('dmesg.txt', TL('dmesg', ['kern'], 'hpc', [
      (0.0, 'W', 'k', 'cma: Reserved 512 MiB at 0x00000000a0000000'),
      (0.001, 'W', 'k', 'pci 0000:01:00.0: ASPM: current common clock configuration is inconsistent, reconfiguring'),
      (0.002, 'E', 'k', 'tegra-xusb 3610000.xhci: Direct firmware load for nvidia/tegra194/xusb.bin failed with error -2'),
      (0.0021, 'I', 'k', 'tegra-xusb 3610000.xhci: Falling back to sysfs fallback for: nvidia/tegra194/xusb.bin'),
      (0.0025, 'I', 'k', 'tegra-xusb 3610000.xhci: Firmware timestamp: 2025-06-11 03:14:47 UTC'),
      (0.003, 'W', 'k', 'platform 3160000.i2c: deferred probe pending'),
      (0.004, 'I', 'k', 'i2c 0-0050: probe ok after deferral'),
      (0.005, 'W', 'k', 'GPT:Primary header thinks Alt. header is not at the end of the disk.'),
      (0.0051, 'W', 'k', 'GPT:Alternate GPT header not at the end of the disk.'),
      (0.006, 'W', 'k', 'systemd[1]: /etc/systemd/system/argus.service:7: Unknown key name \'StartLimitInterval\' in section \'Service\', ignoring.'),
      (0.007, 'E', 'k', 'ACPI: SPCR: Unexpected SPCR Access Width.  Defaulting to byte size'),
      (0.008, 'W', 'k', 'audit: type=1400 audit(0.0:2): avc: denied { read } for comm="logd" (permissive)'),
      (0.01, 'I', 'k', 'nvgpu: 17000000.gv11b  gk20a_finalize_poweron:  GPU ready')], dur=1500)),
   ('platform.journal', TL('journald', ['sys', 'gw'], 'hpc', [], dur=1500))])

H('driving', "EV drive in -18C: battery cold, so discharge power and regen are limited by design with 'derate' warnings and pack heater active; limits lift as the pack warms. No fault.",
  [('vcu.log', TL('syslog', ['vcu'], 'vcu01', [
      (0.01, 'W', 'vcu[500]', 'propulsion power limited 55 kW: HV battery temperature low (-15C) - derate stage COLD'),
      (0.011, 'W', 'vcu[500]', 'regen unavailable: battery charge limit 0 kW at -15C'),
      (0.3, 'I', 'vcu[500]', 'regen partially available 15 kW'),
      (0.7, 'I', 'vcu[500]', 'power limit lifted, battery 12C')], dur=2700)),
   ('bms_signals.csv', lambda r, t0: csvlog(r, BMS_COLS, 2700, t0, 1.0, {
       't_min_c': lambda i, n, v: -16 + 28 * i / 2700, 't_max_c': lambda i, n, v: -14 + 29 * i / 2700,
       'pack_i_a': lambda i, n, v: v * (0.4 + 0.6 * i / 2700)})),
   ('hvac.dlt', TL('dlt', ['body'], 'THM1', [(0.01, 'I', 'THM', 'HV PTC heater battery loop 5 kW on'), (0.7, 'I', 'THM', 'battery loop heater off')], dur=2700))])

H('charging', "Plug-in hybrid charging at home: charger stops because the battery is full, then cabin preconditioning runs from grid before departure. One pilot-signal glitch is retried.",
  [('obc.log', TL('kv', ['bms', 'sys'], 'obc', [
      (0.02, 'W', 'obc', 'CP voltage unstable 8.6V, re-reading (EVSE relay bounce)'),
      (0.021, 'I', 'obc', 'CP state C stable, 3.6 kW'),
      (0.8, 'I', 'obc', 'stop reason=BATTERY_FULL soc=100'),
      (0.85, 'I', 'obc', 'preconditioning from grid: cabin 21C target, 2.1 kW')], dur=14000)),
   ('bms_signals.csv', lambda r, t0: csvlog(r, BMS_COLS, 1400, t0, 10.0, {
       'soc_pct': lambda i, n, v: min(100, 25 + 75 * i / 1120), 'pack_i_a': lambda i, n, v: 9.5 if i < 1120 else 0.1})),
   ('hvac.dlt', TL('dlt', ['body'], 'THM1', [], dur=14000))])

H('parked', "Robotaxi at depot receives a map tile update and a perception model update; nodes are restarted deliberately, calibration is reloaded and sanity-checked. Operations resume.",
  [('fleet_agent.jsonl', TL('jsonl', ['ota', 'sys'], 'fleet', [
      (0.1, 'I', 'fleet', 'map tiles 88 updated (delta 31 MB), checksum ok'),
      (0.2, 'I', 'fleet', 'perception model det_v7.3 staged'),
      (0.25, 'W', 'fleet', 'restarting perception and localizer nodes (planned maintenance window)'),
      (0.3, 'I', 'fleet', 'nodes up, calibration extrinsics reloaded, reprojection error 0.41 px (ok)')], dur=1800)),
   ('ros_console.log', TL('kv', ['adas'], 'ros', [
      (0.25, 'W', 'perception', 'shutdown requested by supervisor'),
      (0.26, 'E', 'fusion', 'no input from perception for 2.1 s (node restarting)'),
      (0.29, 'I', 'perception', 'model det_v7.3 loaded on GPU, warm-up 40 frames'),
      (0.3, 'I', 'fusion', 'perception input restored')], dur=1800))])

H('driving', "ICE estate on a long motorway drive: routine ECM/TCM data; one telemetry upload fails with HTTP 503 and succeeds on retry; a one-off slow DID response from the gateway.",
  [('ecm_signals.csv', lambda r, t0: csvlog(r, ICE_COLS, 4000, t0, 1.0, {'rpm': lambda i, n, v: 2100 + (v - 1800) * 0.3})),
   ('tcu.log', TL('syslog', ['tcu'], 'tcu01', [
      (0.5, 'E', 'uploader[812]', 'POST /ingest/chunk_4431 -> HTTP 503 Service Unavailable, retry in 30s'),
      (0.505, 'I', 'uploader[812]', 'POST /ingest/chunk_4431 -> 201 Created (retry 1)')], dur=4000)),
   ('gateway.dlt', TL('dlt', ['gw'], 'GW01', [(0.6, 'W', 'DIAG', 'DID 0xF190 response pending (0x78) 1x, then positive')], dur=4000))])

H('parked', "Diesel truck parked with engine idling: idle shutdown timer stops the engine by design; an active DPF regeneration ran earlier with high exhaust temperatures (normal).",
  [('j1939.candump', lambda r, t0: candump(r, jframes(), 10000, t0, 'can0')),
   ('engine.log', TL('kv', ['ice'], 'ecu', [
      (0.1, 'I', 'aftertreat', 'DPF soot load 82%, parked regen permitted, starting'),
      (0.11, 'W', 'aftertreat', 'DPF inlet 598C, outlet 640C (regen in progress, HEST lamp on)'),
      (0.4, 'I', 'aftertreat', 'regen complete soot 6%'),
      (0.8, 'W', 'engine', 'idle shutdown timer 5 min elapsed, engine stop'),
      (0.801, 'I', 'engine', 'shutdown normal, key still ON')], dur=2400))])

H('driving', "EV at high SOC after charging: regen limited ('regen reduced') until SOC drops, then full; one ABS wheel-speed plausibility info during a kerb strike clears immediately.",
  [('vcu.dlt', TL('dlt', ['vcu', 'bms'], 'VCU1', [
      (0.01, 'W', 'REGN', 'regen limited 12 kW: SOC 98% (charge acceptance)'),
      (0.4, 'I', 'REGN', 'regen limit lifted SOC 93%')], dur=2400)),
   ('esc.log', TL('kv', ['vcu'], 'esc', [(0.55, 'I', 'esc', 'wheel speed RL transient deviation 6% 80ms (kerb), plausibility ok')], dur=2400)),
   ('bms_signals.csv', lambda r, t0: csvlog(r, BMS_COLS, 2400, t0, 1.0, {'soc_pct': lambda i, n, v: 98 - 12 * i / 2400}))])

H('driving', "Delivery van: many door openings on stops, keyless relearn timeouts when the key goes out of range and back, sliding-door motor thermal rest by design after repeated cycles.",
  [('bcm.log', TL('syslog', ['body'], 'bcm', [
      (0.05 + 0.045 * k, 'I', 'bcm[150]', f'door SLD_R open stop={k + 1}') for k in range(20)] + [
      (0.3, 'W', 'keyless[160]', 'key not found (LF search timeout), retry'), (0.301, 'I', 'keyless[160]', 'key found inside cabin'),
      (0.6, 'W', 'bcm[150]', 'sliding door motor thermal model 85%, auto-close paused 20 s (protection)'),
      (0.61, 'I', 'bcm[150]', 'sliding door motor ready')], dur=3600)),
   ('vcu.jsonl', TL('jsonl', ['vcu'], 'vcu', [], dur=3600))])

H('driving', "ICE car after tyre change: TPMS sensors report 'no signal' until wheels rotate above 25 km/h (sensors asleep), then auto-learn completes; pressures normal.",
  [('tpms.log', TL('kv', ['body'], 'tpms', [
      (0.01, 'W', 'tpms', 'sensor ids FL,FR,RL,RR no signal (sensors in park mode)'),
      (0.04, 'I', 'tpms', 'auto-learn started v=27 kph'),
      (0.12, 'I', 'tpms', 'auto-learn complete, 4/4 ids stored')], dur=1800)),
   ('tpms_signals.csv', lambda r, t0: csvlog(r, TPMS_COLS, 1800, t0, 1.0, {'v_kph': lambda i, n, v: min(v, i * 0.5)}))])

H('driving', "Robotaxi in an urban canyon: GNSS multipath makes the receiver report RTK float / large HDOP and the localizer rejects GNSS and runs on lidar NDT alone, as designed; pose quality stays good.",
  [('localizer.INFO', TL('glog', ['adas'], 'adcu', [
      (0.2 + 0.02 * k, 'W', 'gnss_gate.cc:64', f'gnss rejected: innovation {9 + k}.3 m > gate 3.0 m (multipath suspected)') for k in range(14)] + [
      (0.5, 'I', 'gnss_gate.cc:70', 'gnss accepted again, rtk=FIXED')], dur=2400, srcmap={'adas': 'loc.cc:5'})),
   ('gnss.jsonl', TL('jsonl', ['tcu'], 'gnss', [(0.2, 'W', 'gnss', 'rtk FIXED->FLOAT, hdop 4.8, sats 7'), (0.5, 'I', 'gnss', 'rtk FIXED, hdop 0.8')], dur=2400))])

# ------------------------------------------ FAULTS (12), quiet
batch('battery_bms', 'hv_isolation', 'low', ['medium'], 'driving', 'bms_signals.csv',
      "HV isolation resistance falls steadily from ~3.2 MOhm to below 200 kOhm during the drive (only visible in the BMS signal log); one stage-1 isolation warning at the end, no derate yet: battery_bms/hv_isolation, logged only -> low.",
  [('bms_signals.csv', lambda r, t0: csvlog(r, BMS_COLS, 2400, t0, 1.0, {'iso_kohm': lambda i, n, v: v if i < 1300 else max(150, v * (1 - 0.945 * (i - 1300) / 1100) + 6 * ((i * 7) % 5))})),
   ('vcu.dlt', TL('dlt', ['vcu', 'bms'], 'VCU1', [(0.985, 'W', 'BMS', 'ISO lvl1: Rins 188k (<195k) -> telltale request, no limit')], dur=2400, a=600, b=1400)),
   ('tcu.log', TL('syslog', ['tcu', 'sys'], 'tcu01', [(0.3, 'W', 'modemd[544]', 'cell reselection, rsrp -109 -> -96')], dur=2400))])

batch('battery_bms', 'cell', 'low', ['medium'], 'charging', 'bms_signals.csv',
      "AC charge: one cell group lags the others and the min/max cell spread widens from ~15 mV to ~80 mV during the charge; charging ends early at ~91% on max-cell limit, balancing never converges. Weak/self-discharging cell, charging -> low.",
  [('bms_signals.csv', lambda r, t0: csvlog(r, BMS_COLS, 1800, t0, 10.0, {
       'soc_pct': lambda i, n, v: min(91.2, 30 + 62 * i / 1700), 'pack_i_a': lambda i, n, v: 27 + v * 0.01 if i < 1680 else 0.1,
       'cell_vmax_mv': lambda i, n, v: 3660 + (v - 3716) * 0.3 + min(530, i * 0.31),
       'cell_vmin_mv': lambda i, n, v: 3646 + (v - 3700) * 0.3 + min(530, i * 0.31) - 64 * (i / 1800) ** 1.5})),
   ('obc.journal', TL('journald', ['bms', 'sys'], 'obc', [
      (0.02, 'I', 'obc[433]', 'start charging 7.4 kW 1ph 32A'),
      (0.7, 'I', 'bmsd[640]', 'balancing grp 19 bleed active 31 min, dv not reduced (61mV)'),
      (0.935, 'I', 'obc[433]', 'charge terminated: CELL_VMAX_LIMIT at soc 91.2%'),
      (0.94, 'I', 'chgsched[431]', 'session summary 38.4 kWh, end soc 91%')], dur=18000, srcmap={'bms': 'bmsd[640]'})),
   ('tcu.log', TL('syslog', ['tcu'], 'tcu01', [(0.94, 'I', 'notify[811]', 'push sent: charging finished 91%')], dur=18000))])

def misf3(i, n, v):
    return float(sum(1 + (k % 3) for k in range(0, i, 170)) if i > 400 else 0)
batch('powertrain', 'ignition', 'low', ['medium'], 'driving', 'ecm_signals.csv',
      "Intermittent misfire on cylinder 3: its misfire counter creeps up in the ECM signal log while others stay 0; an on-board UDS poll returns P0303 as pending only (status 0x26, not confirmed), MIL off. Logged/pending -> low.",
  [('ecm_signals.csv', lambda r, t0: csvlog(r, ICE_COLS, 3000, t0, 1.0, {'misf_c3': misf3})),
   ('uds_poll.trc', lambda r, t0: udstrace(r, t0 + 2990, 700, {(0x7E0, 0x7E8, 'ECM'): [(dtc3('P0303-00'), 0x26)], (0x7E1, 0x7E9, 'TCM'): []},
        extra_polls=[(0xF40C, lambda r, k: [0x0C + ri(r, 0, 8), ri(r, 0, 255)]), (0xF405, lambda r, k: [ri(r, 128, 136)])], style='B',
        note='onboard diag logger, end-of-drive readout')),
   ('tcu.log', TL('syslog', ['tcu', 'sys'], 'tcu01', [], dur=3000))])

batch('powertrain', 'inverter', 'high', ['medium'], 'driving', 'inverter.dlt',
      "Rear inverter phase-W current sensing drifts (offset grows, phase-current sum no longer zero); the MCU limits torque to 70% for the rest of the drive. Drive-system derate -> high.",
  [('inverter.dlt', TL('dlt', ['vcu'], 'MCU2', [
      (0.38, 'I', 'CURR', 'iu+iv+iw residual 4.1A (limit 10A)'),
      (0.52, 'I', 'CURR', 'iu+iv+iw residual 8.7A (limit 10A), offset comp W -6.2A'),
      (0.61, 'W', 'CURR', 'residual 11.9A > 10A for 20ms, iw offset -11.4A'),
      (0.611, 'W', 'TRQ', 'trq_lim_factor 0.70 (src=CURR_PLAUS)')], dur=2400, srcmap={'vcu': 'VCU'}, a=800, b=1600)),
   ('vcu.log', TL('syslog', ['vcu', 'sys'], 'vcu01', [(0.612, 'W', 'vcu[500]', 'rear axle torque capability 245->172 Nm'), (0.62, 'I', 'vcu[500]', 'torque split front-biased 60/40')], dur=2400)),
   ('thermal_signals.csv', lambda r, t0: csvlog(r, TH_COLS, 2400, t0, 1.0))])

def pump_rpm(i, n, v):
    if i > 1400: return 900 + (v - 3300) * 0.2
    if i > 700 and (i // 37) % 5 == 0: return 0.0
    return v
batch('thermal', 'pump', 'high', ['medium'], 'driving', 'thermal_signals.csv',
      "Drive-unit coolant pump speed feedback drops out intermittently and then stays near 900 rpm while commanded 55%; coolant outlet and stator temperatures climb and the VCU limits motor power. Root cause in the pump (thermal), derate -> high.",
  [('thermal_signals.csv', lambda r, t0: csvlog(r, TH_COLS, 2600, t0, 1.0, {
      'pump_rpm': pump_rpm, 'motor_cool_out_c': lambda i, n, v: v + max(0, (i - 1400) * 0.03), 'stator_c': lambda i, n, v: v + max(0, (i - 1400) * 0.065),
      'fan_pct': lambda i, n, v: min(100, v + max(0, (i - 1500) * 0.08))})),
   ('vcu.dlt', TL('dlt', ['vcu'], 'VCU1', [(0.93, 'W', 'THRM', 'EDU stator 162C: motor power limit 120->80 kW')], dur=2600, a=700, b=1300)),
   ('bms.log', TL('kv', ['bms'], 'bms', [], dur=2600))])

batch('brakes_chassis', 'tpms', 'low', ['medium'], 'driving', 'tpms_signals.csv',
      "Slow puncture: rear-right tyre pressure falls ~245 -> ~180 kPa over the drive while the others stay stable (signal log only); one low-pressure telltale at the very end. Logged warning -> low.",
  [('tpms_signals.csv', lambda r, t0: csvlog(r, TPMS_COLS, 3200, t0, 1.0, {'p_rr_kpa': lambda i, n, v: v - 66 * (i / 3200) ** 1.3})),
   ('tpms.log', TL('kv', ['body'], 'tpms', [(0.985, 'W', 'tpms', 'RR below 75% placard, warning lamp ON')], dur=3200)),
   ('ecm_signals.csv', lambda r, t0: csvlog(r, ICE_COLS, 1600, t0, 2.0))])

batch('body', 'doors', 'low', ['medium'], 'parked', 'bcm.dlt',
      "Parked overnight: the rear-left door ajar switch chatters, waking the vehicle every ~40 min (14 wake-ups) so the network never stays asleep and the 12 V SOC drifts down. Door switch fault, parked -> low.",
  [('bcm.dlt', TL('dlt', ['body'], 'BCM1', [
      (0.05 + 0.066 * k, 'I', 'DOOR', f'RL ajar 1->0->1 within {12 + (k * 7) % 25}ms, debounced as event') for k in range(14)], dur=32000, a=700, b=1300)),
   ('pwrmgr.journal', TL('journald', ['vcu', 'sys'], 'vcu', [
      (0.0502 + 0.066 * k, 'I', 'pwrmgr[301]', f'wake reason=BODY_EVENT(0x2A) lv_soc={84 - k}%') for k in range(14)] + [
      (0.06 + 0.066 * k, 'I', 'pwrmgr[301]', 'sleep request granted') for k in range(14)], dur=32000)),
   ('tcu.log', TL('syslog', ['tcu'], 'tcu01', [], dur=32000))])

batch('adas_perception', 'camera', 'high', ['medium'], 'driving', 'perception.INFO',
      "Robotaxi front camera starts dropping frames (sequence gaps, fps ~30 -> ~25) well before the ODD monitor caps speed to 25 km/h for camera degradation. Camera root cause, feature restricted while driving -> high.",
  [('perception.INFO', lambda r, t0: [l.replace('fps=29.', 'fps=2' + str(r.choice([4, 5, 5, 6])) + '.') if i > 520 else l for i, l in enumerate(textlog(r, 'glog', ['adas'], 900, t0, 2400, 'adcu', [
      (0.55 + 0.03 * k, 'I', 'cam_rx.cc:201', f'cam_front seq gap {2 + k % 3} frames') for k in range(9)], {'adas': 'perc.cc:9'}))]),
   ('supervisor.jsonl', TL('jsonl', ['adas', 'sys'], 'sup', [(0.86, 'W', 'odd_monitor', 'camera_front quality DEGRADED -> speed cap 25 km/h')], dur=2400)),
   ('lidar_driver.log', TL('rfc5424', ['adas'], 'adcu-a', [], dur=2400))])

def dm1_17(r, k):
    return [0x04, 0xFF] + spnfmi(639, 9, 2) + [0xFF, 0xFF] if 70 <= k <= 96 else [0x00, 0xFF, 0, 0, 0, 0, 0xFF, 0xFF]
def jdrop(fid, t, d):
    return fid == '18F00503' and (0.3 < t / d < 0.31 or 0.33 < t / d < 0.335 or 0.37 < t / d < 0.38)
def jfr_fault():
    f = jframes(); f[-1] = ('18FECA17', 1.0, dm1_17); return f
batch('connectivity_network', 'can', 'medium', ['low', 'high'], 'driving', 'j1939.candump',
      "Truck: transmission ETC2 frames disappear in short bursts on the J1939 backbone and the cluster briefly reports SPN 639 FMI 9 (abnormal update rate) in DM1, then clears; gear display blanks meanwhile. Intermittent CAN communication, recovered -> medium.",
  [('j1939.candump', lambda r, t0: candump(r, jfr_fault(), 16000, t0, 'can0', drop=jdrop)),
   ('cab.log', TL('kv', ['gw', 'body'], 'cab', [(0.305, 'W', 'ipc', 'gear indication unavailable'), (0.31, 'I', 'ipc', 'gear indication restored'),
                                               (0.375, 'W', 'ipc', 'gear indication unavailable'), (0.38, 'I', 'ipc', 'gear indication restored')], dur=213)),
   ('dmesg.txt', TL('dmesg', ['kern'], 'tgw', [(0.3, 'W', 'k', 'm_can 40000000.can can0: Error Warning, TEC 97'), (0.4, 'I', 'k', 'm_can 40000000.can can0: Error Active')], dur=213))])

def rss(i, n, v): return 310 + i * 0.95 + v * 0
MEM_COLS = [('mapd_rss_mb', 310, 0, 0, 9000, 1), ('perception_rss_mb', 2200, 4, 0, 9000, 1), ('mem_free_mb', 2600, 6, 0, 16000, 0), ('cpu_pct', 41, 2, 0, 100, 1)]
batch('software_platform', 'oom', 'medium', ['low', 'high'], 'driving', 'proc_stats.csv',
      "Navigation map daemon leaks memory (RSS grows linearly ~1 MB/s) until the kernel OOM killer kills it near the end; it restarts and navigation recovers. Software memory leak, self-recovered -> medium.",
  [('proc_stats.csv', lambda r, t0: csvlog(r, MEM_COLS, 2500, t0, 1.0, {'mapd_rss_mb': lambda i, n, v: 310 + i * 0.95 if i < 2380 else 300 + (i - 2380) * 0.9,
       'mem_free_mb': lambda i, n, v: max(90, v - i * 1.05) if i < 2380 else v})),
   ('dmesg.txt', TL('dmesg', ['kern'], 'ivi', [
      (0.952, 'W', 'k', 'mapd invoked oom-killer: gfp_mask=0x100cca(GFP_HIGHUSER_MOVABLE), order=0, oom_score_adj=200'),
      (0.9521, 'E', 'k', 'Out of memory: Killed process 2211 (mapd) total-vm:3519820kB, anon-rss:2562012kB, file-rss:1100kB, shmem-rss:0kB, UID:1021 pgtables:5120kB oom_score_adj:200')], dur=2500)),
   ('ivi.journal', TL('journald', ['ivi', 'sys'], 'ivi', [(0.953, 'W', 'systemd[1]', 'mapd.service: Main process exited, code=killed, status=9/KILL'),
                                                        (0.954, 'I', 'systemd[1]', 'mapd.service: Scheduled restart job, restart counter is at 1.')], dur=2500))])

batch('software_platform', 'filesystem', 'medium', ['low', 'high'], 'parked', 'dmesg.txt',
      "Parked: eMMC I/O errors on the data partition make ext4 remount it read-only; the datalogger and OTA staging can no longer write (features disabled). Filesystem/storage fault; high lowered one step for parked -> medium.",
  [('dmesg.txt', TL('dmesg', ['kern'], 'hpc', [
      (0.6, 'W', 'k', 'mmc0: cqhci: timeout for tag 9'),
      (0.6001, 'E', 'k', 'I/O error, dev mmcblk0, sector 24117248 op 0x1:(WRITE) flags 0x800 phys_seg 8 prio class 0'),
      (0.6003, 'E', 'k', 'EXT4-fs warning (device mmcblk0p8): ext4_end_bio:343: I/O error 10 writing to inode 131077 starting block 3014656)'),
      (0.6006, 'E', 'k', 'EXT4-fs error (device mmcblk0p8): ext4_journal_check_start:83: comm datalogger: Detected aborted journal'),
      (0.6007, 'E', 'k', 'EXT4-fs (mmcblk0p8): Remounting filesystem read-only')], dur=6000)),
   ('platform.journal', TL('journald', ['tcu', 'sys', 'ota'], 'hpc', [
      (0.61, 'E', 'datalogger[812]', 'write /data/upload/chunk_7712.bin: Read-only file system (retry)'),
      (0.62, 'W', 'ota-agent[912]', 'staging area not writable, campaign checks suspended')], dur=6000))])

batch('power_supply', 'dcdc', 'medium', ['low', 'high'], 'driving', 'lv_signals.csv',
      "DC-DC converter output derates as its temperature rises; the 12 V battery starts discharging and the LV bus sags from ~14.1 V to ~12.3 V by the end of the drive, with only one info line. DC-DC fault, vehicle still running -> medium.",
  [('lv_signals.csv', lambda r, t0: csvlog(r, LV_COLS, 2800, t0, 1.0, {
      'dcdc_temp_c': lambda i, n, v: v + max(0, (i - 900) * 0.026), 'dcdc_out_a': lambda i, n, v: v if i < 1500 else max(4, v - (i - 1500) * 0.025),
      'lv_batt_i_a': lambda i, n, v: v if i < 1500 else v - (i - 1500) * 0.022, 'lv_bus_v': lambda i, n, v: v if i < 1500 else v - min(1.8, (i - 1500) * 0.0014),
      'lv_batt_soc': lambda i, n, v: v - max(0, (i - 1500) * 0.004)})),
   ('vcu.log', TL('syslog', ['vcu', 'sys'], 'vcu01', [(0.56, 'I', 'pwrm[310]', 'DCDC derating, internal 95C')], dur=2800)),
   ('bcm.dlt', TL('dlt', ['body'], 'BCM1', [], dur=2800))])

# ---------------------------------------------------------------- build
def main():
    R = random.Random(SEED)
    order = list(range(len(BATCHES))); R.shuffle(order)
    labels = []
    for k, bi in enumerate(order, 1):
        b = BATCHES[bi]; name = f"s{k:03d}"
        d = os.path.join(OUT, name); os.makedirs(d, exist_ok=True)
        r = random.Random(SEED * 1000 + bi); t0 = T0(r)
        for fn, gen in b['files']:
            lines = gen(r, t0)
            assert 300 <= len(lines) <= 20000, (name, fn, len(lines))
            with open(os.path.join(d, fn), 'w', newline='\n') as f:
                f.write("\n".join(lines) + "\n")
        assert b['root_cause_file'] is None or b['root_cause_file'] in [x[0] for x in b['files']]
        labels.append({"batch": name, "category": b['category'], "subsystem": b['subsystem'], "risk_level": b['risk_level'],
                       "risk_accept": b['risk_accept'], "vehicle_state": b['vehicle_state'], "root_cause_file": b['root_cause_file'],
                       "description": b['description']})
    with open(os.path.join(OUT, 'labels.json'), 'w') as f:
        json.dump(labels, f, indent=1); f.write("\n")

if __name__ == '__main__':
    main()
