#!/usr/bin/env python3
"""Generator for heldout6 (day-one customer fleet uploads). Fixed seed; stdlib only."""
import os, json, random, datetime, shutil
SEED = 60606
OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(SEED)
BASE = datetime.datetime(2026, 11, 3, 6, 0, 0, tzinfo=datetime.timezone.utc)

# ---------------- DTC helpers ----------------
def dtc_bytes(code, ft=0):
    k = {'P': 0, 'C': 1, 'B': 2, 'U': 3}[code[0]]
    d = [int(c, 16) for c in code[1:]]
    b1 = (k << 6) | (d[0] << 4) | d[1]
    b2 = (d[2] << 4) | d[3]
    return [b1, b2, ft]
def dtc_hex(code, ft=0):
    return '0x%02X%02X%02X' % tuple(dtc_bytes(code, ft))
def hx(bs):
    return ' '.join('%02X' % b for b in bs)

# ---------------- formatting ----------------
MON = ['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec']
def ts(t0, t):
    return t0 + datetime.timedelta(seconds=t)
def fmt(style, t0, t, lvl, tag, msg, ctx):
    d = ts(t0, t)
    L = lvl.upper()[0]
    if style == 'syslog':
        return '%s %2d %s %s %s[%d]: %s' % (MON[d.month-1], d.day, d.strftime('%H:%M:%S'), ctx['host'], tag, ctx['pid'].setdefault(tag, R.randint(300, 4000)), msg)
    if style == 'journal':
        return '%s %s %s[%d]: %s' % (d.strftime('%Y-%m-%dT%H:%M:%S.%f+0000'), ctx['host'], tag, ctx['pid'].setdefault(tag, R.randint(300, 4000)), msg)
    if style == 'dmesg':
        return '[%12.6f] %s' % (t + ctx.get('uptime', 3.2), msg)
    if style == 'dlt':
        ctx['n'] = ctx.get('n', 0) + 1
        lv = {'I': 'info', 'W': 'warn', 'E': 'error', 'D': 'debug', 'F': 'fatal'}[L]
        return '%d %s %10d %03d %s %s %s log %s verbose 1 %s' % (ctx['n'], d.strftime('%Y/%m/%d %H:%M:%S.%f'), int((t + 5) * 10000), ctx['n'] % 256, ctx['ecu'], tag[:4].upper(), tag[4:8].upper() or 'MAIN', lv, msg)
    if style == 'glog':
        return '%s%s %s %5d %s] %s' % (L, d.strftime('%m%d'), d.strftime('%H:%M:%S.%f'), ctx['pid'].setdefault('g', R.randint(900, 9000)), tag, msg)
    if style == 'ros':
        lv = {'I': 'INFO', 'W': 'WARN', 'E': 'ERROR', 'D': 'DEBUG', 'F': 'FATAL'}[L]
        return '[%s] [%.9f] [%s]: %s' % (lv, d.timestamp(), tag, msg)
    if style == 'logcat':
        p = ctx['pid'].setdefault(tag, R.randint(600, 9000))
        return '%s %5d %5d %s %s: %s' % (d.strftime('%m-%d %H:%M:%S.%f')[:-3], p, p + R.randint(0, 40), L, tag, msg)
    if style == 'vendor':
        return '%s %-5s %s %s' % (d.strftime('%H%M%S.%f')[:-4], tag[:5], L, msg)
    if style == 'bracket':
        return '%s [%s] <%s> %s' % (d.strftime('%d.%m.%Y %H:%M:%S,%f')[:-3], {'I':'INF','W':'WRN','E':'ERR','D':'DBG','F':'FTL'}[L], tag, msg)
    if style == 'jsonl':
        o = {'ts': d.strftime('%Y-%m-%dT%H:%M:%S.%f')[:-3] + 'Z', 'ecu': tag, 'sev': {'I':'info','W':'warning','E':'error','D':'debug','F':'fatal'}[L]}
        if isinstance(msg, dict):
            o.update(msg)
        else:
            o['msg'] = msg
        return json.dumps(o, separators=(',', ':'))
    raise ValueError(style)

# ---------------- noise pools ----------------
def ri(a, b): return R.randint(a, b)
def rf(a, b, n=1): return round(R.uniform(a, b), n)
POOLS = {
 'vcu': [
  ('I','VCU', lambda: 'drv_mode=%s gear=%s spd=%.1f trq_req=%d' % (R.choice(['ECO','NORM','NORM','SPORT']), R.choice('DDDDRN'), rf(0, 120), ri(-40, 180))),
  ('D','VCU', lambda: 'cyc 10ms jitter max %dus' % ri(40, 380)),
  ('I','TQMGR', lambda: 'arb src=%s lim=%dNm' % (R.choice(['DRV','ESC','ACC','TCS']), ri(150, 320))),
  ('W','VCU', lambda: 'NvM write queue depth %d (>8)' % ri(9, 14)),
  ('I','REGEN', lambda: 'regen lvl %d blend %.2f' % (ri(0, 3), rf(0, 1, 2))),
  ('W','VCU', lambda: 'E2E CRC mismatch id 0x%03X ctr %d -> using prev (1x)' % (R.choice([0x1A0, 0x2B4, 0x3C1]), ri(0, 15))),
  ('I','PWRMD', lambda: 'pm state %s' % R.choice(['RUN','RUN','RUN','ACC'])),
  ('D','VCU', lambda: 'hb seq %d' % ri(1, 99999)),
 ],
 'bms': [
  ('I','BMS', lambda: 'pack %.1fV %.1fA soc %.1f%% tmin %d tmax %d' % (rf(352, 398), rf(-180, 60), rf(20, 90), ri(18, 24), ri(25, 31))),
  ('D','BMS', lambda: 'balancing mask 0x%04X' % ri(0, 0xFFFF)),
  ('I','CSC', lambda: 'csc%02d afe poll ok' % ri(1, 12)),
  ('W','CSC', lambda: 'csc%02d pec err 1 retry ok' % ri(1, 12)),
  ('I','BMS', lambda: 'imd alive, meas cycle %d' % ri(1, 9999)),
  ('D','SOX', lambda: 'soh %.1f ocv-corr %.3f' % (rf(93, 97), rf(-0.02, 0.02, 3))),
  ('W','BMS', lambda: 'tmp sensor ch%d noisy, filt' % ri(0, 23)),
 ],
 'adas': [
  ('I','fusion_node.cc:212', lambda: 'tracks=%d cycle=%.1fms' % (ri(4, 40), rf(18, 29))),
  ('I','camera_drv.cc:88', lambda: 'cam%d fps=%.1f exp=%dus' % (ri(0, 6), rf(29.7, 30.1), ri(200, 9000))),
  ('W','camera_drv.cc:140', lambda: 'cam%d frame late %dms (budget 33)' % (ri(0, 6), ri(34, 45))),
  ('I','radar_if.cc:51', lambda: 'frr objs=%d align_ok=1' % ri(3, 60)),
  ('I','planner.cc:402', lambda: 'plan ok horizon=8.0s cost=%.2f' % rf(0.5, 9, 2)),
  ('W','lidar_proc.cc:77', lambda: 'ring %d sparse %d pts (rain filter)' % (ri(0, 127), ri(100, 400))),
  ('I','loc.cc:310', lambda: 'loc cov xx=%.3f yy=%.3f src=%s' % (rf(0.01, 0.09, 3), rf(0.01, 0.09, 3), R.choice(['GNSS+IMU+MAP','GNSS+IMU+MAP','IMU+MAP']))),
  ('E','diag_mon.cc:59', lambda: 'topic /viz/markers rate 0.0Hz (no subscriber)'),
  ('I','uss.cc:33', lambda: 'uss s%d echo %dcm' % (ri(1, 12), ri(25, 450))),
 ],
 'ivi': [
  ('I','MediaSvc', lambda: 'track pos %ds' % ri(0, 300)),
  ('W','BtStack', lambda: 'avrcp cmd timeout, resend (%d)' % ri(1, 2)),
  ('I','NavEngine', lambda: 'route recalc done %dms' % ri(40, 600)),
  ('E','WifiHal', lambda: 'scan failed: busy'),
  ('I','ActivityManager', lambda: 'Start proc %d:com.oem.%s' % (ri(1000, 9999), R.choice(['weather','media','phone','settings']))),
  ('W','SurfaceFlinger', lambda: 'vsync skipped %d' % ri(1, 3)),
  ('D','CarService', lambda: 'prop 0x%08X updated' % ri(0x11000000, 0x11FFFFFF)),
  ('E','GnssHal', lambda: 'assist data download failed (http 503), retry in 60s'),
 ],
 'gw': [
  ('I','GW', lambda: 'route tbl %d active, drop %d' % (ri(200, 240), ri(0, 2))),
  ('I','SOMEIP', lambda: 'sd offer svc 0x%04X inst 1' % ri(0x1000, 0x1FFF)),
  ('W','GW', lambda: 'PT-CAN tx queue hiwater %d' % ri(40, 60)),
  ('D','DOIP', lambda: 'alive chk ok'),
  ('I','FW', lambda: 'fw rule hit %d' % ri(0, 30)),
  ('W','ETH', lambda: 'port%d rx crc err +%d (cum %d)' % (ri(1, 6), ri(1, 2), ri(3, 90))),
  ('I','NM', lambda: 'nm pdu from 0x%02X' % R.choice([0x10, 0x12, 0x18, 0x20, 0x24, 0x30, 0x40])),
 ],
 'kernel': [
  ('I','kernel', lambda: 'usb 1-1: new high-speed USB device number %d using xhci-hcd' % ri(2, 9)),
  ('I','kernel', lambda: 'EXT4-fs (mmcblk0p%d): mounted filesystem with ordered data mode' % ri(5, 9)),
  ('W','kernel', lambda: 'mmc0: Timeout waiting for hardware interrupt. (recovered)'),
  ('I','kernel', lambda: 'can%d: bitrate error 0.0%%' % ri(0, 3)),
  ('I','kernel', lambda: 'thermal thermal_zone%d: temp %d' % (ri(0, 4), ri(38000, 62000))),
  ('W','kernel', lambda: 'random: crng init done'),
  ('I','systemd', lambda: 'Started %s.service.' % R.choice(['logrotate','tmpfiles-clean','diag-uploader','time-sync'])),
  ('W','systemd-timesyncd', lambda: 'Timed out waiting for reply from 10.0.%d.1:123, trying next.' % ri(0, 3)),
  ('I','chronyd', lambda: 'Selected source 10.0.0.1 offset %.6f' % rf(-0.01, 0.01, 6)),
  ('E','kernel', lambda: 'ACPI Error: AE_NOT_FOUND, evaluating _DSM (20220331/psparse-529)'),
 ],
 'tcu': [
  ('I','modem', lambda: 'rsrp %d rsrq %d sinr %d band B%d' % (ri(-115, -75), ri(-15, -6), ri(-2, 22), R.choice([3, 7, 20, 28]))),
  ('W','mqtt', lambda: 'keepalive late %dms' % ri(100, 900)),
  ('I','mqtt', lambda: 'pub v/tele seq=%d ok' % ri(1, 99999)),
  ('E','ota-agent', lambda: 'manifest fetch timeout, retry %d/5' % ri(1, 2)),
  ('I','gnss', lambda: 'fix 3D sats %d hdop %.1f' % (ri(7, 16), rf(0.6, 1.8))),
  ('W','modem', lambda: 'cell reselect pci %d' % ri(1, 500)),
  ('I','ecall', lambda: 'ecall self-test skipped (not due)'),
 ],
 'chassis': [
  ('I','ESC', lambda: 'yaw %.2f ay %.2f mu_est %.2f' % (rf(-8, 8, 2), rf(-3, 3, 2), rf(0.7, 1.0, 2))),
  ('I','ABS', lambda: (lambda v: 'ws FL %.1f FR %.1f RL %.1f RR %.1f' % tuple(v + R.uniform(-0.4, 0.4) for _ in range(4)))(rf(0, 120))),
  ('W','EPS', lambda: 'motor temp est %dC' % ri(40, 70)),
  ('D','EPB', lambda: 'clamp force %dN' % ri(0, 14000)),
  ('I','TPMS', lambda: 'rx frame id %06X rssi -%ddBm' % (R.choice([0x3A11F0, 0x3A1207, 0x3A1239, 0x3A1302]), ri(60, 95))),
  ('W','ESC', lambda: 'brake light sw debounce %dms' % ri(20, 60)),
  ('I','EPS', lambda: 'assist map %d trq %.2fNm' % (ri(1, 3), rf(-4, 4, 2))),
 ],
 'body': [
  ('I','BCM', lambda: 'door st %s' % ''.join(R.choice('00000001') for _ in range(5))),
  ('I','BCM', lambda: 'lamp req low=%d high=%d drl=%d' % (ri(0, 1), R.choice([0, 0, 0, 1]), ri(0, 1))),
  ('W','LIN1', lambda: 'slave 0x%02X no resp slot %d (retry ok)' % (R.choice([0x21, 0x22, 0x2A, 0x31]), ri(1, 8))),
  ('I','SCM', lambda: 'seat pos drv %d mm' % ri(100, 260)),
  ('I','ACU', lambda: 'occupant class %s' % R.choice(['ADULT', 'EMPTY', 'ADULT'])),
  ('D','BCM', lambda: 'rain sensor %d' % ri(0, 10)),
  ('W','KEYLESS', lambda: 'ant %d no key response' % ri(1, 5)),
 ],
 'thermal': [
  ('I','TMS', lambda: 'clnt in %.1f out %.1f pump %d%% fan %d%%' % (rf(30, 60), rf(35, 68), ri(20, 70), ri(0, 60))),
  ('I','HVAC', lambda: 'cabin %.1f set %.1f blower %d' % (rf(18, 26), R.choice([20.0, 21.5, 22.0]), ri(1, 5))),
  ('W','HVAC', lambda: 'pm2.5 sensor warmup'),
  ('I','EAC', lambda: 'comp %drpm plo %.1fbar phi %.1fbar' % (ri(0, 6000), rf(2.5, 4), rf(10, 16))),
  ('D','TMS', lambda: 'valve pos %d' % ri(0, 100)),
 ],
 'ecm': [
  ('I','ECM', lambda: 'rpm %d map %dkPa lam %.3f' % (ri(750, 3500), ri(30, 100), rf(0.97, 1.03, 3))),
  ('I','ECM', lambda: 'stft %.1f ltft %.1f' % (rf(-4, 4), rf(-3, 3))),
  ('W','ECM', lambda: 'knock retard cyl%d %.1fdeg' % (ri(1, 4), rf(0.5, 2))),
  ('I','TCM', lambda: 'gear %d slip %drpm' % (ri(1, 8), ri(0, 40))),
  ('D','ECM', lambda: 'o2 heater duty %d' % ri(10, 90)),
  ('W','ECM', lambda: 'evap purge mon inhibited (fuel lvl)'),
 ],
}

def noise_lines(pools, n, dur, t_start=0.0):
    out = []
    items = [it for p in pools for it in POOLS[p]]
    ts_ = sorted(R.uniform(t_start, dur) for _ in range(n))
    for t in ts_:
        lvl, tag, f = R.choice(items)
        out.append((t, lvl, tag, f()))
    return out

def write(path, lines):
    with open(path, 'w', newline='\n') as f:
        f.write('\n'.join(lines) + '\n')

def logfile(path, t0, style, pools, n, dur, events, ctx=None, header=None):
    ctx = dict(ctx or {})
    ctx.setdefault('host', 'vhpc')
    ctx['pid'] = {}
    ctx.setdefault('ecu', 'HPC1')
    ev = noise_lines(pools, n, dur) + list(events)
    ev.sort(key=lambda e: e[0])
    lines = list(header or [])
    for t, lvl, tag, msg in ev:
        lines.append(fmt(style, t0, t, lvl, tag, msg, ctx))
    write(path, lines)

def csvfile(path, t0, cols, dur, step, mods=(), tsfmt='epoch', nl=None):
    """cols: list of (name, fn(t)->value, fmt). mods: list of (name, fn(t, v)->v)."""
    hdr = ['timestamp'] + [c[0] for c in cols]
    lines = [','.join(hdr)]
    t = 0.0
    while t < dur:
        row = []
        vals = {}
        for name, fn, f in cols:
            v = fn(t)
            vals[name] = v
        for name, m in mods:
            vals[name] = m(t, vals[name], vals)
        for name, fn, f in cols:
            v = vals[name]
            row.append('' if v is None else (f % v))
        d = ts(t0, t)
        stamp = '%.3f' % d.timestamp() if tsfmt == 'epoch' else d.strftime('%Y-%m-%d %H:%M:%S.%f')[:-3]
        lines.append(stamp + ',' + ','.join(row))
        t += step
    write(path, lines)

def N(a, s):  # noisy value
    return lambda t: a + R.gauss(0, s)

# ---------------- CAN ----------------
CANIDS = [(0x0C4, 8, 0.01), (0x1A0, 8, 0.02), (0x1F5, 8, 0.02), (0x2B4, 8, 0.05), (0x3C1, 8, 0.1), (0x3E9, 6, 0.1), (0x4F0, 8, 0.5), (0x5D2, 4, 1.0), (0x6F1, 8, 1.0)]
def iso_tp(txid, payload):
    fr = []
    if len(payload) <= 7:
        fr.append((txid, [len(payload)] + payload + [0xAA] * (7 - len(payload))))
        return fr
    n = len(payload)
    fr.append((txid, [0x10 | (n >> 8), n & 0xFF] + payload[:6]))
    rest = payload[6:]; sn = 1
    while rest:
        chunk = rest[:7]; rest = rest[7:]
        fr.append((txid, [0x20 | sn] + chunk + [0xAA] * (7 - len(chunk))))
        sn = (sn + 1) & 0xF
    return fr
def uds_read_dtc(tester, ecu, dtcs):
    """dtcs: list of (code, ft, status). Returns list of (dt, id, bytes)."""
    out = [(0.0, tester, [0x03, 0x19, 0x02, 0xFF, 0xAA, 0xAA, 0xAA, 0xAA])]
    pl = [0x59, 0x02, 0xFF]
    for c, ft, st in dtcs:
        pl += dtc_bytes(c, ft) + [st]
    frs = iso_tp(ecu, pl)
    out.append((0.004, frs[0][0], frs[0][1]))
    if len(frs) > 1:
        out.append((0.006, tester, [0x30, 0x00, 0x00, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA]))
        for i, (i_, b) in enumerate(frs[1:]):
            out.append((0.008 + 0.001 * i, i_, b))
    return out
def candump(path, t0, dur, chan='can0', events=(), ids=CANIDS, silence=(), maxlines=9000, style='candump'):
    """events: list of (t, id, bytes). silence: list of (t0, t1, set_of_ids or None=all)."""
    frames = []
    maxlines = min(maxlines, 3500)
    budget_scale = max(1.0, sum(dur / p for _, _, p in ids) / maxlines)
    for cid, dlc, per in ids:
        p = per * budget_scale
        t = R.uniform(0, p); ctr = 0
        while t < dur:
            muted = any(a <= t < b and (s is None or cid in s) for a, b, s in silence)
            if not muted:
                data = [R.randint(0, 255) for _ in range(dlc)]
                if dlc >= 2:
                    data[-1] = ctr & 0xFF
                frames.append((t, cid, data))
            ctr += 1
            t += p * R.uniform(0.98, 1.02)
    for e in events:
        frames.append(e)
    frames.sort(key=lambda f: f[0])
    lines = []
    if style == 'asc':
        lines += ['date %s' % ts(t0, 0).strftime('%a %b %d %I:%M:%S.000 %p %Y'), 'base hex  timestamps absolute', 'internal events logged', '// version 13.0.0', 'Begin Triggerblock']
    for t, cid, data in frames:
        if style == 'asc':
            if cid == 'ERR':
                lines.append('%11.6f 1  ErrorFrame' % t)
            else:
                lines.append('%11.6f 1  %-15s Rx   d %d %s' % (t, '%X' % cid, len(data), hx(data)))
        else:
            if cid == 'ERR':
                lines.append('(%.6f) %s 20000004#0000080000000000' % (ts(t0, t).timestamp(), chan))
            else:
                lines.append('(%.6f) %s %03X#%s' % (ts(t0, t).timestamp(), chan, cid, ''.join('%02X' % b for b in data)))
    if style == 'asc':
        lines.append('End TriggerBlock')
    write(path, lines)

# ---------------- batch registry ----------------
LABELS = []
BATCHES = []
def batch(category, subsystem, risk, accept, state, rootfile, desc):
    def deco(fn):
        BATCHES.append((fn, dict(category=category, subsystem=subsystem, risk_level=risk, risk_accept=accept, vehicle_state=state, root_cause_file=rootfile, description=desc)))
        return fn
    return deco

# ====================== HEALTHY ======================
@batch('none','none','low',[],'parked',None,'Overnight sleep/wake cycles: keyless antenna misses, LIN retries, one NTP timeout and a telematics wake for a remote status query. Every ECU goes back to sleep normally.')
def h_sleep(d, t0):
    ev = []
    for k in range(6):
        t = 600 + k * 4200
        ev += [(t, 'I', 'NM', 'wake src=TCU reason=REMOTE_QUERY'), (t + 2, 'I', 'GW', 'bus PT-CAN/BODY-CAN up'), (t + 95, 'I', 'NM', 'all nodes ready-sleep, bus sleep'), (t + 96, 'W', 'GW', 'late NM pdu 0x24 ignored during shutdown')]
    logfile(d + '/gateway.log', t0, 'vendor', ['gw'], 700, 28000, ev)
    logfile(d + '/tcu_syslog.log', t0, 'syslog', ['tcu'], 600, 28000, [(600 + k * 4200, 'I', 'rpc', 'remote status request served soc=%d%%' % (71 - k)) for k in range(6)], {'host': 'tcu'})
    logfile(d + '/bcm_dlt.txt', t0, 'dlt', ['body'], 500, 28000, [(t, 'W', 'KEYLESS', 'polling paused, no key found (sleep)') for t in range(900, 28000, 3000)], {'ecu': 'BCM0'})

@batch('none','none','low',[],'charging',None,'AC charging at a home wallbox: pilot re-handshake after the wallbox rebooted, temporary current limit from the wallbox load manager, balancing at the end. Charging completes to target.')
def h_ac_charge(d, t0):
    dur = 10800
    ev = [(30, 'I', 'OBC', 'CP state B->C duty 53% (32A)'), (2100, 'W', 'OBC', 'CP lost (state F) 1.8s -> wallbox reboot?'), (2103, 'I', 'OBC', 'CP state B->C duty 26% (16A) resumed'), (5400, 'I', 'OBC', 'EVSE duty raised 53%'), (10500, 'I', 'BMS', 'target soc 80% reached, CC/CV done'), (10510, 'I', 'OBC', 'charge session end reason=TARGET')]
    logfile(d + '/bms.log', t0, 'bracket', ['bms'], 900, dur, ev)
    def cur(t):
        if 2100 <= t < 2103: return 0.0
        if 2103 <= t < 5400: return 16 + R.gauss(0, 0.2)
        if t >= 10500: return 0.3
        return 31.6 + R.gauss(0, 0.3)
    csvfile(d + '/obc_signals.csv', t0, [('ac_current_a', cur, '%.2f'), ('ac_voltage_v', N(231, 1.5), '%.1f'), ('pack_v', lambda t: 362 + t / 10800 * 28 + R.gauss(0, 0.3), '%.1f'), ('obc_temp_c', lambda t: 30 + min(t, 3000) / 300 + R.gauss(0, 0.4), '%.1f'), ('iso_kohm', N(4100, 150), '%.0f')], dur, 10)
    logfile(d + '/tcu_journal.log', t0, 'journal', ['tcu'], 400, dur, [(2101, 'W', 'charge-app', 'push "charging interrupted" suppressed (resumed <5s)')], {'host': 'tcu'})

@batch('none','none','low',[],'charging',None,'DC fast charge: first plug-in attempt fails at cable check and the second attempt succeeds; charger power tapers with cell temperature, no limitation beyond the normal curve.')
def h_dc_charge(d, t0):
    dur = 2400
    ev = [(5, 'I', 'CCS', 'SLAC matched, EVCCID ok'), (18, 'E', 'CCS', 'CableCheck FAILED rsp=EVSE_IsolationFault (charger side), session stop'), (40, 'I', 'CCS', 'replug detected, SLAC matched'), (58, 'I', 'CCS', 'CableCheck OK, PreCharge 372V'), (62, 'I', 'BMS', 'DC contactors closed'), (2300, 'I', 'CCS', 'SessionStop by user, 81%')]
    logfile(d + '/ccs_bms.log', t0, 'journal', ['bms'], 800, dur, ev, {'host': 'bms'})
    csvfile(d + '/dcfc.csv', t0, [('i_dc', lambda t: 0 if t < 62 else max(40, 380 - t / 8) + R.gauss(0, 2), '%.1f'), ('v_pack', lambda t: 365 + t / 80 + R.gauss(0, 0.3), '%.1f'), ('t_cell_max', lambda t: 24 + min(t, 1800) / 90 + R.gauss(0, 0.2), '%.1f'), ('iso_kohm', N(3900, 120), '%.0f')], dur, 2)
    logfile(d + '/vcu.log', t0, 'vendor', ['vcu'], 500, dur, [(18, 'W', 'VCU', 'chg sess abort (ext) ack')])

@batch('none','none','low',[],'test',None,'Workshop session: a tester clears history DTCs and reads memory; the UDS answers contain only a cleared/not-confirmed status and there are many "general reject" replies to unsupported services, which is normal for tester scans.')
def h_workshop(d, t0):
    dur = 1500
    ev = []
    t = 20
    for ecu, rx in [(0x7E0, 0x7E8), (0x7E2, 0x7EA), (0x760, 0x768), (0x720, 0x728)]:
        for dt, cid, b in uds_read_dtc(ecu, rx, [('P0562', 0, 0x28), ('U0100', 0, 0x28)] if ecu == 0x7E0 else []):
            ev.append((t + dt, cid, b))
        ev.append((t + 1, ecu, [0x02, 0x3E, 0x00, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA])); ev.append((t + 1.01, rx, [0x02, 0x7E, 0x00, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA]))
        ev.append((t + 2, ecu, [0x03, 0x22, 0xF1, 0x99, 0xAA, 0xAA, 0xAA, 0xAA])); ev.append((t + 2.01, rx, [0x03, 0x7F, 0x22, 0x31, 0xAA, 0xAA, 0xAA, 0xAA]))
        ev.append((t + 3, ecu, [0x04, 0x14, 0xFF, 0xFF, 0xFF, 0xAA, 0xAA, 0xAA])); ev.append((t + 3.02, rx, [0x01, 0x54, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA, 0xAA]))
        t += 120
    candump(d + '/obd_can.candump', t0, dur, 'can1', ev, maxlines=6000)
    logfile(d + '/tester_session.log', t0, 'bracket', ['gw'], 400, dur, [(20 + 120 * k, 'I', 'TESTER', 'read DTC ecu %d -> %s' % (k, 'P0562 (0x28 history: confirmed earlier, not failing now - 12V disconnected in bay), U0100 (0x28) -> cleared' if k == 0 else 'no DTC')) for k in range(4)] + [(22 + 120 * k, 'W', 'TESTER', 'NRC 0x31 requestOutOfRange DID F199') for k in range(4)], )
    logfile(d + '/vcu.log', t0, 'vendor', ['vcu'], 400, dur, [(13, 'I', 'PWRMD', 'workshop mode ON (tester present)'), (1400, 'I', 'PWRMD', 'workshop mode OFF')])

@batch('none','none','low',[],'parked',None,'Scheduled OTA check: the server answers "no update", a manifest retry and a signature-cache refresh are logged as errors that clear on retry.')
def h_ota_check(d, t0):
    dur = 3600
    ev = [(120, 'I', 'ota-agent', 'check campaign: GET /v2/manifest'), (150, 'E', 'ota-agent', 'TLS handshake failed: ECONNRESET (attempt 1)'), (180, 'I', 'ota-agent', 'manifest 200, 0 packages applicable (vin class EU-LHD, sw 24.3.7)'), (181, 'W', 'ota-agent', 'cert cache stale -> refreshed'), (190, 'I', 'ota-agent', 'state IDLE, next check in 86400s')]
    logfile(d + '/tcu_journal.log', t0, 'journal', ['tcu'], 900, dur, ev, {'host': 'tcu'})
    logfile(d + '/hpc_kernel.log', t0, 'dmesg', ['kernel'], 600, dur, [])
    logfile(d + '/gateway.log', t0, 'vendor', ['gw'], 500, dur, [(119, 'I', 'NM', 'partial network OTA_PN requested by TCU'), (200, 'I', 'NM', 'partial network OTA_PN released')])

@batch('none','none','low',[],'parked',None,'Successful OTA installation on the infotainment head unit: A/B slot switch, expected reboots, services restarting and many transient "service not found" errors during boot before the new image reports healthy.')
def h_ota_install(d, t0):
    dur = 2700
    ev = [(100, 'I', 'UpdateEngine', 'payload verified sha256 ok, writing slot _b'), (1200, 'I', 'UpdateEngine', 'slot _b written, marking active'), (1210, 'I', 'init', 'reboot: ota'), (1260, 'E', 'ServiceManager', 'service car_audio not found (boot race)'), (1262, 'E', 'ServiceManager', 'service vehicle_hal not found (boot race)'), (1268, 'I', 'ServiceManager', 'service vehicle_hal registered'), (1300, 'I', 'UpdateEngine', 'boot successful, mark slot _b good, rollback disarmed')]
    logfile(d + '/ivi_logcat.txt', t0, 'logcat', ['ivi'], 1200, dur, ev)
    logfile(d + '/ivi_dmesg.txt', t0, 'dmesg', ['kernel'], 500, dur, [(1255, 'W', 'kernel', 'dm-verity: salt mismatch on previous slot ignored')])
    logfile(d + '/ota_events.jsonl', t0, 'jsonl', ['tcu'], 350, dur, [(100, 'I', 'OTA', {'event': 'install_start', 'ecu': 'IVI', 'from': '24.3.7', 'to': '24.4.1'}), (1300, 'I', 'OTA', {'event': 'install_done', 'ecu': 'IVI', 'result': 'SUCCESS'})])

@batch('none','none','low',[],'driving',None,'Highway drive through a 2 km tunnel: GNSS fix lost and localization falls back to IMU+map, cellular drops; both recover after the exit. Normal behaviour.')
def h_tunnel(d, t0):
    dur = 2400
    ev = [(900, 'W', 'loc.cc:331', 'gnss fix lost (sats 0), dead reckoning IMU+MAP'), (1010, 'I', 'loc.cc:340', 'gnss fix regained, cov converged in 3.1s'), (920, 'W', 'planner.cc:190', 'loc quality MEDIUM, keep lane only')]
    logfile(d + '/adas.INFO', t0, 'glog', ['adas'], 1800, dur, ev)
    logfile(d + '/tcu_syslog.log', t0, 'syslog', ['tcu'], 700, dur, [(905, 'E', 'modem', 'RRC connection lost, no service'), (1015, 'I', 'modem', 'attached LTE band B20')], {'host': 'tcu'})
    csvfile(d + '/gnss.csv', t0, [('sats', lambda t: 0 if 900 <= t < 1010 else R.randint(9, 15), '%d'), ('hdop', lambda t: 99.9 if 900 <= t < 1010 else rf(0.6, 1.3), '%.1f'), ('speed_kph', N(112, 2), '%.1f')], dur, 1)

@batch('none','none','low',[],'driving',None,'Cold start at -21 C: glow/heater warm-up messages, camera heater, slow cell temperatures, BMS limits charge and discharge power as expected for the temperature and releases it as the pack warms.')
def h_cold(d, t0):
    dur = 1800
    ev = [(2, 'W', 'BMS', 'cold: tmin -19C, dchg lim 45kW chg lim 8kW (table)'), (5, 'I', 'PTC', 'hv heater on 6kW'), (900, 'I', 'BMS', 'tmin 2C, limits released to table nominal')]
    logfile(d + '/bms.log', t0, 'bracket', ['bms'], 800, dur, ev)
    logfile(d + '/adas.INFO', t0, 'glog', ['adas'], 900, dur, [(3, 'W', 'camera_drv.cc:210', 'cam0 heater on, image haze expected'), (60, 'W', 'radar_if.cc:90', 'frr blockage suspected (ice), wait'), (240, 'I', 'radar_if.cc:92', 'frr blockage cleared')])
    csvfile(d + '/thermal.csv', t0, [('t_cell_min', lambda t: -19 + t / 1800 * 24 + R.gauss(0, 0.2), '%.1f'), ('t_cabin', lambda t: -18 + min(t, 900) / 900 * 38 + R.gauss(0, 0.3), '%.1f'), ('t_clnt', lambda t: -17 + min(t, 1200) / 1200 * 40, '%.1f')], dur, 2)

@batch('none','none','low',[],'driving',None,'Urban drive with automated parking at the end: ultrasonic sensors report many near-object warnings and the park assist aborts once because the driver touched the wheel. All expected.')
def h_park(d, t0):
    dur = 1500
    ev = [(1300, 'I', 'park_sm.cc:20', 'APA search start'), (1340, 'I', 'park_sm.cc:44', 'slot found 6.1m parallel'), (1360, 'W', 'park_sm.cc:80', 'APA abort: driver steering override 3.1Nm'), (1380, 'I', 'park_sm.cc:20', 'APA resume'), (1420, 'I', 'park_sm.cc:95', 'APA finished, EPB apply')] + [(1300 + k * 3, 'W', 'uss.cc:60', 'uss s%d object <30cm' % ri(1, 12)) for k in range(40)]
    logfile(d + '/adas.INFO', t0, 'glog', ['adas'], 1500, dur, ev)
    logfile(d + '/chassis_dlt.txt', t0, 'dlt', ['chassis'], 900, dur, [(1421, 'I', 'EPB', 'apply req APA ok')], {'ecu': 'CHS1'})
    candump(d + '/can0.candump', t0, dur, 'can0', [], maxlines=5000)

@batch('none','none','low',[],'test',None,'Robotaxi depot start-up in test mode: lidar spin-up, sensor warm-up warnings, calibration check passes, a few dropped messages during node start-up.')
def h_robotaxi(d, t0):
    dur = 1200
    ev = [(3, 'WARN', 'lidar_driver', 'motor spin-up 0->600rpm, points invalid'), (9, 'INFO', 'lidar_driver', 'lidar_top phase locked 600rpm'), (12, 'WARN', 'perception', 'waiting for tf base_link->lidar_top'), (14, 'INFO', 'perception', 'tf ok'), (30, 'INFO', 'calib_check', 'extrinsics residual 0.021m ok'), (20, 'ERROR', 'rosbag_recorder', 'topic /debug/img dropped 12 msgs (startup)')]
    evs = [(t, l[0], n, m) for t, l, n, m in ev]
    logfile(d + '/ros_console.log', t0, 'ros', ['adas'], 2000, dur, evs)
    logfile(d + '/compute_journal.log', t0, 'journal', ['kernel'], 700, dur, [(1, 'W', 'nvidia-persistenced', 'device 0 not yet ready, retrying'), (2, 'I', 'nvidia-persistenced', 'device 0 ready')], {'host': 'adc01'})
    csvfile(d + '/lidar_health.csv', t0, [('rpm', lambda t: min(600, t * 70) + R.gauss(0, 0.5), '%.1f'), ('pts_per_scan', lambda t: (0 if t < 9 else 115000) + R.randint(-900, 900), '%d'), ('window_temp', N(22, 0.3), '%.1f')], dur, 1)

@batch('none','none','low',[],'driving',None,'Long-haul truck J1939 trip: DM1 broadcasts show zero active DTCs (lamp status off) throughout, routine previously-active DM2 history and normal DPF passive regeneration.')
def h_truck(d, t0):
    dur = 3600
    ev = []
    for k in range(0, int(dur), 1):
        if k % 1 == 0:
            ev.append((k + 0.5, 0x18FECA00, [0x00, 0xFF, 0x00, 0x00, 0x00, 0x00, 0xFF, 0xFF]))
    candump(d + '/j1939.candump', t0, dur, 'can0', ev, ids=[(0x0CF00400, 8, 0.05), (0x18FEEE00, 8, 1.0), (0x18FEF100, 8, 0.1)], maxlines=9000)
    logfile(d + '/telematics.log', t0, 'syslog', ['tcu'], 600, dur, [(1200, 'I', 'fms', 'DPF passive regen active, soot 41%'), (2500, 'I', 'fms', 'DPF soot 28%'), (10, 'I', 'fms', 'DM2 prev-active: SPN 3226 FMI 2 occ 1 (NOx out, historic)')], {'host': 'fms-gw'})
    csvfile(d + '/engine_pgn.csv', t0, [('rpm', N(1350, 40), '%.0f'), ('coolant_c', N(86, 0.8), '%.1f'), ('oil_kpa', N(390, 8), '%.0f'), ('batt_v', N(27.9, 0.08), '%.2f'), ('dpf_dp_kpa', N(6.5, 0.3), '%.2f')], dur, 5)

@batch('none','none','low',[],'parked',None,'Remote cabin preconditioning while parked: HV up from the app, heat pump and PTC run, a compressor start retry and an app timeout. Session ends normally.')
def h_precon(d, t0):
    dur = 2000
    ev = [(60, 'I', 'HVAC', 'remote precond start target 21C'), (65, 'W', 'EAC', 'comp start failed (low delta p) retry 1'), (75, 'I', 'EAC', 'comp running 2400rpm'), (1850, 'I', 'HVAC', 'precond done, cabin 20.7C')]
    logfile(d + '/hvac.log', t0, 'vendor', ['thermal'], 900, dur, ev)
    logfile(d + '/tcu_syslog.log', t0, 'syslog', ['tcu'], 500, dur, [(58, 'I', 'rpc', 'cmd PRECOND_ON from app'), (62, 'E', 'rpc', 'app ack timeout 5000ms (user offline)')], {'host': 'tcu'})
    logfile(d + '/bms.log', t0, 'bracket', ['bms'], 500, dur, [(61, 'I', 'BMS', 'HV on request TMS'), (1860, 'I', 'BMS', 'HV off')])

@batch('none','none','low',[],'driving',None,'Motorway drive with a single CAN error frame burst on the chassis bus during a load dump of the PTC heater; error counters return to zero and no message timeouts follow.')
def h_canburst(d, t0):
    dur = 1200
    ev = [(500 + k * 0.002, 'ERR', []) for k in range(6)]
    candump(d + '/ch_can.candump', t0, dur, 'can2', ev, maxlines=9000)
    logfile(d + '/gateway.log', t0, 'vendor', ['gw', 'vcu'], 1200, dur, [(500.1, 'W', 'GW', 'CH-CAN TEC 8 REC 24 (error active) burst'), (503, 'I', 'GW', 'CH-CAN TEC 0 REC 0')])
    logfile(d + '/chassis.log', t0, 'dlt', ['chassis'], 900, dur, [], {'ecu': 'ESC1'})

@batch('none','none','low',[],'parked',None,'Vehicle in transport (ferry) mode: deep sleep with periodic BMS wake-ups for 12 V top-up from the HV pack via DC-DC; benign "mode restricted" rejections when someone pulls a door handle.')
def h_transport(d, t0):
    dur = 30000
    ev = []
    for k in range(5):
        t = 2000 + k * 5600
        ev += [(t, 'I', 'PWR', '12V %.2fV < 12.20V -> topup' % (12.14 + R.random() * 0.05)), (t + 5, 'I', 'DCDC', 'dcdc on 14.2V 18A'), (t + 1200, 'I', 'DCDC', 'topup done 12.71V, off')]
    logfile(d + '/pwr_mgr.log', t0, 'bracket', ['vcu'], 500, dur, ev)
    logfile(d + '/bcm_dlt.txt', t0, 'dlt', ['body'], 400, dur, [(t, 'W', 'BCM', 'door handle req rejected: TRANSPORT_MODE') for t in (8000, 8004, 15200)], {'ecu': 'BCM0'})
    csvfile(d + '/lv.csv', t0, [('v12', lambda t: 12.7 - ((t - 2000) % 5600) / 5600 * 0.5 if t > 2000 else 12.5, '%.2f'), ('iq_ma', N(28, 3), '%.0f')], dur, 60)

# ====================== battery_bms ======================
@batch('battery_bms','cell','high',['medium'],'driving','bms_cells.csv','One cell group (CSC07 cell 5) sags far below its neighbours under load in the cell-voltage export; the BMS discharge power limit falls and the VCU derates drive torque. No log line says fault; the signal itself is the evidence.')
def f_cell(d, t0):
    dur = 1800
    cols = [('i_pack', lambda t: -120 + 90 * ((t % 60) < 20) * -1 + R.gauss(0, 8), '%.1f')]
    for c in range(1, 9):
        cols.append(('c07_%d_mv' % c, N(3712, 3), '%.0f'))
    cols.append(('dchg_lim_kw', lambda t: 150.0, '%.1f'))
    def sag(t, v, vals):
        if t < 700: return v
        return v - (t - 700) / 1100 * 260 - (abs(vals['i_pack']) * 0.9 if t > 700 else 0)
    def lim(t, v, vals):
        return v if t < 1100 else max(52, 150 - (t - 1100) / 4)
    csvfile(d + '/bms_cells.csv', t0, cols, dur, 1, [('c07_5_mv', sag), ('dchg_lim_kw', lim)])
    logfile(d + '/vcu.log', t0, 'vendor', ['vcu'], 1400, dur, [(1100 + k * 60, 'I', 'TQMGR', 'arb src=BMS lim=%dNm' % (320 - k * 14)) for k in range(11)] + [(1500, 'W', 'HMI', 'tc "reduced power" shown')])
    logfile(d + '/tcu_journal.log', t0, 'journal', ['tcu'], 500, dur, [], {'host': 'tcu'})

@batch('battery_bms','hv_isolation','medium',['high'],'charging','bms_iso.log','During DC charging the isolation monitor sees resistance fall in steps from >3 MOhm to ~180 kOhm on the pack side; the BMS opens the charge contactors and ends the session. Charger-side errors follow. Charging lowers the high (function stopped) risk by one step.')
def f_iso(d, t0):
    dur = 1500
    ev = [(600 + k * 40, 'I', 'IMD', 'Riso+ %d kOhm Riso- %d kOhm' % (3100 - k * 230, 3300)) for k in range(12)]
    ev += [(1090, 'W', 'IMD', 'Riso+ 212 kOhm < warn 500'), (1110, 'E', 'BMS', 'IMD lvl2 (182k/100V ~ 0.49kOhm/V) -> req chg stop, rec 0x0AA6'), (1111, 'I', 'BMS', 'DC+ DC- open'), (1112, 'I', 'BMS', 'DTC P0AA6-1C stored')]
    logfile(d + '/bms_iso.log', t0, 'bracket', ['bms'], 1100, dur, ev)
    logfile(d + '/ccs.log', t0, 'journal', ['tcu'], 600, dur, [(1111, 'E', 'ccs', 'EVSE reports EV_Error: RESSConditioningFault? session aborted'), (1112, 'E', 'ccs', 'CurrentDemand timeout'), (1113, 'E', 'charge-app', 'charging failed code 7')], {'host': 'ccs'})
    csvfile(d + '/dcfc.csv', t0, [('i_dc', lambda t: 0 if t > 1111 else 260 + R.gauss(0, 3), '%.1f'), ('v_pack', lambda t: 370 + t / 100, '%.1f')], dur, 2)

@batch('battery_bms','hvil','medium',['high','low'],'driving','bms.dlt','HVIL loop reports open for ~300 ms twice during a bumpy section (connector on the rear e-compressor). The BMS flags it, keeps contactors closed because speed > 5 km/h, and the loop closes again; DTC stays pending. Recovered by itself.')
def f_hvil(d, t0):
    dur = 1600
    ev = [(812.1, 'W', 'HVIL', 'loop A pwm 0% (exp 50%) t=0ms'), (812.4, 'I', 'HVIL', 'loop A pwm 50% restored 312ms'), (812.5, 'W', 'BMS', 'hvil open, contactor keep (v>5kph)'), (1190.0, 'W', 'HVIL', 'loop A pwm 0% t=0ms'), (1190.28, 'I', 'HVIL', 'loop A restored 280ms'), (1191, 'W', 'DEM', 'evt HVIL_A_OPEN pending 0x0A0A00 st=0x24')]
    logfile(d + '/bms.dlt', t0, 'dlt', ['bms'], 1300, dur, ev, {'ecu': 'BMS1'})
    frames = uds_read_dtc(0x7E4, 0x7EC, [('P0A0A', 0x00, 0x24)])
    candump(d + '/diag_can.candump', t0, dur, 'can1', [(1500 + a, b, c) for a, b, c in frames], maxlines=7000)
    logfile(d + '/thermal.log', t0, 'vendor', ['thermal'], 700, dur, [(812.6, 'W', 'EAC', 'comp hv input dip, restart'), (1190.5, 'W', 'EAC', 'comp hv input dip, restart')])

@batch('battery_bms','contactor','medium',['high'],'parked','bms.log','At key-off the main negative contactor does not open: the weld check sees link voltage staying at pack voltage. The BMS latches a drive inhibit for the next key cycle. Parked, so high (function disabled) becomes medium.')
def f_contactor(d, t0):
    dur = 1400
    ev = [(1200, 'I', 'BMS', 'shutdown: open MP'), (1200.1, 'I', 'BMS', 'open MN'), (1200.6, 'I', 'BMS', 'weld chk: Vlink %.1fV Vpack %.1fV' % (365.2, 366.0)), (1201.5, 'I', 'BMS', 'weld chk: Vlink 364.8V after 900ms'), (1201.6, 'E', 'BMS', 'MN stuck closed? -> seq 3 retry'), (1203, 'E', 'BMS', 'MN weld confirmed, latch DRV_INH; rec P0AA4 / 0x0AA4 73'), (1204, 'I', 'BMS', 'active discharge via inverter requested')]
    logfile(d + '/bms.log', t0, 'bracket', ['bms'], 1400, dur, ev)
    logfile(d + '/vcu.log', t0, 'vendor', ['vcu'], 700, dur, [(1204.1, 'W', 'VCU', 'inv active discharge: dc link still %dV' % 360), (1210, 'E', 'VCU', 'HV not safe after 6s, keep inverter discharge'), (1230, 'W', 'HMI', 'msg "service required - vehicle cannot start" queued')])
    logfile(d + '/gateway.log', t0, 'vendor', ['gw'], 500, dur, [(1240, 'I', 'NM', 'sleep blocked by BMS (fault latch)')])

# ====================== powertrain ======================
@batch('powertrain','ignition','high',['medium'],'driving','ecm_dlt.txt','Cylinder 2 misfire rate climbs above the catalyst-damaging threshold on a hill climb; the ECM flashes the MIL and cuts fuel on that cylinder (torque derate). The code appears as P0302-00 in one file and in hex elsewhere.')
def f_misfire(d, t0):
    dur = 1800
    ev = [(900 + k * 20, 'I', 'MISF', 'cnt/1000rev c1 %d c2 %d c3 %d c4 %d' % (ri(0, 2), 4 + k * 5, ri(0, 2), ri(0, 2))) for k in range(14)]
    ev += [(1180, 'W', 'MISF', 'c2 rate 3.9% > cat lim 3.0%'), (1181, 'E', 'DEM', 'P0302-00 conf, MIL blink'), (1182, 'W', 'ECM', 'inj c2 off, trq lim 70%')]
    logfile(d + '/ecm_dlt.txt', t0, 'dlt', ['ecm'], 1500, dur, ev, {'ecu': 'ECM0'})
    logfile(d + '/tcm.log', t0, 'vendor', ['ecm'], 600, dur, [(1183, 'W', 'TCM', 'eng trq red flag -> shift map ECO')])
    logfile(d + '/tcu_events.jsonl', t0, 'jsonl', ['tcu'], 400, dur, [(1185, 'W', 'TCU', {'event': 'dtc_report', 'src': 'ECM', 'dtc': dtc_hex('P0302', 0), 'status': '0x2F'})])

@batch('powertrain','inverter','critical',['high'],'driving','inverter.log','Rear inverter phase V low-side IGBT desaturation trip at 95 km/h; the inverter goes to active short circuit, propulsion is lost and the car coasts to a stop on the hard shoulder. Loud BMS/VCU errors follow.')
def f_inv(d, t0):
    dur = 1400
    ev = [(1000.000, 'E', 'INV', 'GD V-LS DESAT latch (Vce>7V 2.1us)'), (1000.001, 'E', 'INV', 'ASC low-side enter'), (1000.02, 'E', 'INV', 'fault 0x4D21 phase V, restart not allowed')]
    logfile(d + '/inverter.log', t0, 'vendor', ['vcu'], 900, dur, ev)
    ev2 = [(1000.05, 'E', 'VCU', 'RDU not ready, trq 0'), (1000.3, 'E', 'VCU', 'propulsion lost -> HMI red "stop safely"'), (1001, 'E', 'BMS', 'current step -210A -> 0A (abnormal)'), (1002, 'W', 'ESC', 'drag torque ctl lost'), (1060, 'I', 'VCU', 'vehicle stopped, P requested')]
    logfile(d + '/vcu_journal.log', t0, 'journal', ['vcu', 'bms'], 1300, dur, ev2, {'host': 'vcu'})
    csvfile(d + '/drive.csv', t0, [('spd_kph', lambda t: 95 + R.gauss(0, 1) if t < 1000 else max(0, 95 - (t - 1000) * 1.6), '%.1f'), ('trq_nm', lambda t: (120 + R.gauss(0, 10)) if t < 1000 else 0, '%.0f'), ('i_phase_rms', lambda t: (180 + R.gauss(0, 5)) if t < 1000 else 0, '%.0f')], dur, 1)

@batch('powertrain','transmission','high',['medium'],'driving','j1939.candump','Truck AMT: clutch slip grows until the TCU logs SPN 522 FMI 7 in DM1 (only as raw J1939 bytes in the CAN dump) and limits to a single gear; the fleet telematics log shows only a generic "drivetrain warning".')
def f_trans(d, t0):
    dur = 2400
    ev = []
    for k in range(0, dur):
        if k < 1700:
            ev.append((k + 0.3, 0x18FECA03, [0x00, 0xFF, 0x00, 0x00, 0x00, 0x00, 0xFF, 0xFF]))
        else:
            spn = 522
            b = [spn & 0xFF, (spn >> 8) & 0xFF, ((spn >> 16) & 0x7) << 5 | 7, 1]
            ev.append((k + 0.3, 0x18FECA03, [0x04, 0xFF] + b + [0xFF, 0xFF]))
    candump(d + '/j1939.candump', t0, dur, 'can0', ev, ids=[(0x0CF00400, 8, 0.05), (0x18F00503, 8, 0.1), (0x18FEF100, 8, 0.1)], maxlines=12000)
    logfile(d + '/fleet_gw.log', t0, 'syslog', ['tcu'], 600, dur, [(1702, 'W', 'fms', 'amber lamp ON src 0x03'), (1710, 'W', 'fms', 'driver msg: drivetrain warning')], {'host': 'fms-gw'})
    csvfile(d + '/tcu_signals.csv', t0, [('gear', lambda t: 12 if t < 1700 else 6, '%d'), ('in_rpm', N(1300, 30), '%.0f'), ('out_rpm_x_ratio', N(1300, 30), '%.0f')], dur, 2, [('out_rpm_x_ratio', lambda t, v, vals: v - (0 if t < 1200 else (t - 1200) / 6))])

@batch('powertrain','emissions','low',['medium'],'driving','aftertreatment.csv','DPF differential pressure rises steadily beyond the loaded-filter range while soot model says 35 %: the signal points to a blocked/face-plugged filter. Nothing was logged as a fault yet.')
def f_dpf(d, t0):
    dur = 3600
    csvfile(d + '/aftertreatment.csv', t0, [('exh_flow_kgh', N(420, 15), '%.0f'), ('dpf_dp_kpa', lambda t: 6 + t / 3600 * 22 + R.gauss(0, 0.4), '%.2f'), ('soot_model_pct', lambda t: 34 + t / 3600 * 2, '%.1f'), ('t_dpf_in', N(340, 6), '%.0f')], dur, 3)
    logfile(d + '/ecm.log', t0, 'vendor', ['ecm'], 1600, dur, [])
    logfile(d + '/telematics.log', t0, 'syslog', ['tcu'], 500, dur, [], {'host': 'fms-gw'})

# ====================== thermal ======================
@batch('thermal','pump','high',['medium'],'driving','tms.log','The electric coolant pump of the drive-unit loop reports stall current and then drops to 0 rpm; motor and inverter temperatures rise and the inverter derates torque. The inverter overtemperature messages are loud but are a consequence.')
def f_pump(d, t0):
    dur = 1800
    ev = [(700, 'W', 'EWP2', 'I=4.9A spd 1200rpm (tgt 3200)'), (712, 'E', 'EWP2', 'LIN err resp: stall flag'), (713, 'I', 'TMS', 'pump2 restart 1/3'), (730, 'E', 'EWP2', 'spd 0 rpm, dry-run/blocked')]
    logfile(d + '/tms.log', t0, 'vendor', ['thermal'], 1200, dur, ev)
    ev2 = [(950 + k * 20, 'W', 'INV', 'Tj %d C derate %d%%' % (120 + k, 10 + 5 * k)) for k in range(14)] + [(1000, 'E', 'VCU', 'RDU thermal derate active'), (1100, 'E', 'INV', 'Tstator 168C limit')]
    logfile(d + '/vcu.log', t0, 'vendor', ['vcu'], 1300, dur, ev2)
    csvfile(d + '/thermal.csv', t0, [('t_edu_in', lambda t: 42 + (max(0, t - 730) / 12), '%.1f'), ('pump2_rpm', lambda t: 3200 if t < 700 else (1200 if t < 730 else 0), '%d'), ('t_inv_j', lambda t: 85 + max(0, t - 730) / 6, '%.1f')], dur, 2)

@batch('thermal','hvac','high',['medium'],'driving','hvac_dlt.txt','Refrigerant low-side pressure falls below 1 bar with the compressor at speed (leak); the electric A/C compressor locks itself out and cabin cooling is disabled on a 33 C day.')
def f_hvac(d, t0):
    dur = 2000
    ev = [(400 + k * 40, 'I', 'EAC', 'plo %.1fbar phi %.1fbar comp 5200rpm' % (3.0 - k * 0.12, 14 - k * 0.3)) for k in range(18)]
    ev += [(1130, 'W', 'EAC', 'plo 0.8 bar < 1.0 min, suction superheat 28K'), (1132, 'E', 'EAC', 'lockout LP; code 0xA3 (rec 3/3)'), (1135, 'W', 'HVAC', 'ac disabled, recirc blower only')]
    logfile(d + '/hvac_dlt.txt', t0, 'dlt', ['thermal'], 1300, dur, ev, {'ecu': 'HVAC'})
    logfile(d + '/ivi_logcat.txt', t0, 'logcat', ['ivi'], 900, dur, [(1136, 'W', 'ClimateUI', 'AC button greyed (unavailable)')])
    csvfile(d + '/hvac.csv', t0, [('t_amb', N(33, 0.2), '%.1f'), ('t_cabin', lambda t: 24 if t < 1135 else 24 + (t - 1135) / 90, '%.1f'), ('p_suction_bar', lambda t: max(0.6, 3.0 - max(0, t - 400) / 330) + R.gauss(0, 0.03), '%.2f')], dur, 2)

@batch('thermal','radiator','high',['medium'],'driving','engine_signals.csv','Radiator fan duty is commanded to 100 % but fan speed stays 0 rpm; engine coolant temperature climbs from 92 C to 116 C in stop-and-go traffic, only visible in the signal file, and the ECM finally derates.')
def f_radfan(d, t0):
    dur = 2400
    csvfile(d + '/engine_signals.csv', t0, [('t_clnt', lambda t: 92 + max(0, t - 900) / 60 + R.gauss(0, 0.2), '%.1f'), ('fan_cmd_pct', lambda t: 30 if t < 900 else 100, '%d'), ('fan_rpm', lambda t: 1200 + R.randint(-20, 20) if t < 880 else 0, '%d'), ('veh_kph', lambda t: abs(R.gauss(12, 10)), '%.0f')], dur, 2)
    logfile(d + '/ecm.log', t0, 'vendor', ['ecm'], 1500, dur, [(2250, 'W', 'ECM', 'clnt 115C trq lim stage 1'), (2300, 'W', 'HMI', 'tell-tale engine temp red')])
    logfile(d + '/bcm_dlt.txt', t0, 'dlt', ['body'], 500, dur, [], {'ecu': 'BCM0'})

@batch('thermal','coolant','low',['medium'],'driving','ecm_journal.log','Thermostat stuck open: after a 40-minute drive the coolant never passes 62 C and the ECM stores a pending P0128 (spelled 0x012800 in the telematics export). Logged only.')
def f_thermostat(d, t0):
    dur = 2400
    logfile(d + '/ecm_journal.log', t0, 'journal', ['ecm'], 1500, dur, [(1500, 'W', 'ecm', 'thermostat mon: model 88C meas 61C after 1500s'), (1501, 'I', 'ecm', 'DEM pending P0128 ')], {'host': 'ecm'})
    csvfile(d + '/signals.csv', t0, [('t_clnt', lambda t: 8 + min(t, 1200) / 1200 * 53 + R.gauss(0, 0.3), '%.1f'), ('t_amb', N(6, 0.2), '%.1f'), ('rpm', N(1900, 150), '%.0f')], dur, 2)
    logfile(d + '/tcu_events.jsonl', t0, 'jsonl', ['tcu'], 400, dur, [(1510, 'I', 'TCU', {'event': 'dtc_snapshot', 'src': 'ECM', 'code': dtc_hex('P0128', 0), 'status': '0x04'})])

# ====================== brakes_chassis ======================
@batch('brakes_chassis','abs','critical',['high'],'driving','esc_dlt.txt','Front-left wheel speed sensor signal drops out (no edges) at 80 km/h; the ESC unit disables ABS/ESC and the ACC, lane assist and EPB auto-functions go unavailable. The ADAS and gateway logs are loud, the first sign is the quiet WSS plausibility line.')
def f_wss(d, t0):
    dur = 1500
    ev = [(880.00, 'W', 'WSS', 'FL edges 0 / 20ms, others 62-64'), (880.12, 'E', 'WSS', 'FL signal invalid -> DTC C0031-08 (0x403108)'), (880.13, 'E', 'ESC', 'ABS passive, ESC off, EBD fallback'), (880.2, 'W', 'ESC', 'qualifier WhlSpd_FL=INVALID tx')]
    logfile(d + '/esc_dlt.txt', t0, 'dlt', ['chassis'], 1400, dur, ev, {'ecu': 'ESC1'})
    ev2 = [(880.3 + k * 0.5, 'E', 'acc_ctrl.cc:77', 'ACC unavailable: ESC not ready (cnt %d)' % k) for k in range(40)] + [(881, 'E', 'lka.cc:12', 'LKA inhibit: vehicle dyn invalid'), (882, 'W', 'planner.cc:190', 'takeover request issued')]
    logfile(d + '/adas.INFO', t0, 'glog', ['adas'], 1300, dur, ev2)
    logfile(d + '/gateway.log', t0, 'vendor', ['gw'], 700, dur, [(880.5 + k, 'W', 'GW', 'sig WhlSpd_FL qualifier invalid, subst 0') for k in range(30)])

@batch('brakes_chassis','eps','high',['critical'],'driving','eps.log','EPS torque sensor channels disagree (primary vs redundant differ by 2.1 Nm); EPS switches to reduced assist mode and lane keeping is inhibited. Steering remains possible with higher effort.')
def f_eps(d, t0):
    dur = 1600
    ev = [(1000 + k * 10, 'D', 'EPS', 'tsu ch1 %.2f ch2 %.2f' % (1.1 + k * 0.05, 1.1 - k * 0.12)) for k in range(10)]
    ev += [(1101, 'E', 'EPS', 'TS plaus dev 2.1Nm > 1.5Nm 60ms'), (1101.1, 'E', 'EPS', 'mode: ASSIST_REDUCED (30%)'), (1102, 'W', 'EPS', 'rec C1512-64 ')]
    logfile(d + '/eps.log', t0, 'bracket', ['chassis'], 1300, dur, ev)
    logfile(d + '/adas.INFO', t0, 'glog', ['adas'], 1000, dur, [(1101.4, 'W', 'lka.cc:30', 'LKA unavailable: EPS degraded'), (1102, 'W', 'hmi_if.cc:8', 'chime + steering warning lamp')])
    csvfile(d + '/eps_signals.csv', t0, [('ts1_nm', N(0.4, 0.3), '%.2f'), ('ts2_nm', N(0.4, 0.3), '%.2f'), ('assist_pct', lambda t: 100 if t < 1101 else 30, '%d')], dur, 1, [('ts2_nm', lambda t, v, vals: vals['ts1_nm'] + R.gauss(0, 0.05) - (0 if t < 1000 else min(2.3, (t - 1000) / 45)))])

@batch('brakes_chassis','tpms','low',['medium'],'driving','tpms.csv','Rear-right tyre pressure falls from 2.5 to 1.7 bar over the drive (slow puncture); only the TPMS signal file shows it, and a soft warning is shown at the end. Nothing else is disabled.')
def f_tpms(d, t0):
    dur = 3000
    csvfile(d + '/tpms.csv', t0, [('fl_bar', N(2.52, 0.01), '%.2f'), ('fr_bar', N(2.51, 0.01), '%.2f'), ('rl_bar', N(2.49, 0.01), '%.2f'), ('rr_bar', lambda t: 2.50 - t / 3000 * 0.8 + R.gauss(0, 0.01), '%.2f'), ('rr_temp', N(28, 0.5), '%.0f')], dur, 5)
    logfile(d + '/chassis_dlt.txt', t0, 'dlt', ['chassis'], 1200, dur, [(2900, 'I', 'TPMS', 'warn lvl1 pos 4')], {'ecu': 'CHS1'})
    logfile(d + '/ivi_logcat.txt', t0, 'logcat', ['ivi'], 700, dur, [(2901, 'I', 'TyreUI', 'show check tyres popup')])

@batch('brakes_chassis','brakes','high',['critical','medium'],'test','brake_booster.log','On the end-of-line roller test the electromechanical brake booster reports its rod-travel sensor out of range; the booster falls back to hydraulic ESC-pump backup boost. Safety-function loss, lowered one step for test mode.')
def f_booster(d, t0):
    dur = 1200
    ev = [(600, 'W', 'EBB', 'pts raw 4.93V (rng 0.5-4.5)'), (600.05, 'E', 'EBB', 'pts oor high 50ms -> boost OFF, handover HBC'), (600.1, 'E', 'EBB', 'dtc C1B02 st 0x2F')]
    logfile(d + '/brake_booster.log', t0, 'vendor', ['chassis'], 900, dur, ev)
    logfile(d + '/esc_dlt.txt', t0, 'dlt', ['chassis'], 900, dur, [(600.2, 'W', 'ESC', 'HBC backup boost active'), (601, 'W', 'ESC', 'decel req cap 0.5g')], {'ecu': 'ESC1'})
    frames = uds_read_dtc(0x740, 0x748, [('C1B02', 0x1C, 0x2F), ('U0121', 0x00, 0x28)])
    candump(d + '/eol_tester.candump', t0, dur, 'can1', [(900 + a, b, c) for a, b, c in frames], maxlines=6000)

# ====================== body ======================
@batch('body','airbag','high',['medium'],'driving','acu.log','Passenger front airbag stage-1 squib loop resistance reads 7.9 Ohm (window 1.6-6.0); the airbag control unit deactivates that deployment path and lights the airbag lamp. DTC shown as B0052 with failure type in a UDS trace.')
def f_airbag(d, t0):
    dur = 1500
    ev = [(30, 'I', 'ACU', 'squib test cyc'), (31, 'E', 'ACU', 'sq PAB1 R=7.9R hi; path disabled'), (31.2, 'W', 'ACU', 'AWL on')]
    logfile(d + '/acu.log', t0, 'vendor', ['body'], 900, dur, ev)
    frames = uds_read_dtc(0x7B0, 0x7B8, [('B0052', 0x1A, 0x2F)])
    candump(d + '/can_body.candump', t0, dur, 'can3', [(400 + a, b, c) for a, b, c in frames], maxlines=7000)
    logfile(d + '/cluster_logcat.txt', t0, 'logcat', ['ivi'], 800, dur, [(31.5, 'W', 'Telltale', 'AIRBAG telltale ON (src ACU)')])

@batch('body','doors','low',['medium'],'parked','bcm_dlt.txt','Rear-left door ajar switch chatters while parked, waking the BCM and body bus every few minutes; 12 V stays acceptable over this window. Nuisance only, no function disabled.')
def f_door(d, t0):
    dur = 14000
    ev = []
    for k in range(30):
        t = 400 + k * 450
        ev += [(t, 'I', 'BCM', 'wake src DOOR_RL_AJAR'), (t + 0.05, 'I', 'BCM', 'door st 00100'), (t + 0.15, 'I', 'BCM', 'door st 00000'), (t + 60, 'I', 'BCM', 'sleep')]
    logfile(d + '/bcm_dlt.txt', t0, 'dlt', ['body'], 900, dur, ev, {'ecu': 'BCM0'})
    logfile(d + '/gateway.log', t0, 'vendor', ['gw'], 600, dur, [(400 + k * 450 + 1, 'I', 'NM', 'wake by BODY-CAN') for k in range(30)])
    csvfile(d + '/lv.csv', t0, [('v12', lambda t: 12.62 - t / 14000 * 0.2 + R.gauss(0, 0.01), '%.2f'), ('iq_ma', lambda t: 35 + (400 if ((t - 400) % 450) < 60 else 0), '%.0f')], dur, 20)

@batch('body','lighting','high',['medium'],'driving','lamp_ctrl.log','Left headlamp LED driver reports open-load on the low-beam string at night; the low beam on that side is out and the matrix controller falls back. Feature lost while driving.')
def f_lamp(d, t0):
    dur = 1800
    ev = [(1300, 'W', 'LDM-L', 'LB str2 Vf 0.3V I 0mA (set 700mA)'), (1300.1, 'E', 'LDM-L', 'open load LB2 -> off'), (1301, 'W', 'MATRIX', 'left LB degraded, adb off')]
    logfile(d + '/lamp_ctrl.log', t0, 'bracket', ['body'], 1100, dur, ev)
    logfile(d + '/bcm_dlt.txt', t0, 'dlt', ['body'], 800, dur, [(1302, 'W', 'BCM', 'telltale lamp fault L')], {'ecu': 'BCM0'})
    logfile(d + '/adas.INFO', t0, 'glog', ['adas'], 700, dur, [(1305, 'W', 'camera_drv.cc:300', 'cam0 left roi low luminance (night)')])

@batch('body','hmi','medium',['high','low'],'driving','ivi_dmesg.txt','The center display deserializer loses link lock (cable/connector) and the screen goes black for 4 s twice; the serializer relinks and the display returns. Apps report surface errors as a consequence. Recovered.')
def f_hmi(d, t0):
    dur = 1800
    ev = [(700, 'E', 'kernel', 'max96752 4-0048: GMSL link lock lost'), (700.01, 'W', 'kernel', 'panel-dsi: backlight off (no video)'), (704, 'I', 'kernel', 'max96752 4-0048: link locked'), (1300, 'E', 'kernel', 'max96752 4-0048: GMSL link lock lost'), (1304.2, 'I', 'kernel', 'max96752 4-0048: link locked')]
    logfile(d + '/ivi_dmesg.txt', t0, 'dmesg', ['kernel'], 900, dur, ev)
    ev2 = [(700.2 + k * 0.2, 'E', 'SurfaceFlinger', 'display 0 present fence timeout') for k in range(15)] + [(1300.2 + k * 0.2, 'E', 'SurfaceFlinger', 'display 0 present fence timeout') for k in range(15)]
    logfile(d + '/ivi_logcat.txt', t0, 'logcat', ['ivi'], 1500, dur, ev2)

# ====================== adas_perception ======================
@batch('adas_perception','camera','high',['medium'],'driving','adas.INFO','The front camera reports a rising yaw-misalignment estimate (online calibration out of tolerance after a windscreen replacement); lane keeping and ACC are disabled for the drive.')
def f_cam(d, t0):
    dur = 2000
    ev = [(200 + k * 50, 'I', 'calib_online.cc:88', 'cam0 yaw est %.2fdeg (tol 1.00)' % (0.6 + k * 0.05)) for k in range(20)]
    ev += [(1100, 'W', 'calib_online.cc:99', 'cam0 yaw 1.15 > tol, conf 0.93'), (1101, 'E', 'feature_mgr.cc:40', 'LKA/ACC -> UNAVAILABLE reason CAM_CALIB')]
    logfile(d + '/adas.INFO', t0, 'glog', ['adas'], 1700, dur, ev)
    logfile(d + '/ivi_logcat.txt', t0, 'logcat', ['ivi'], 600, dur, [(1102, 'W', 'AdasUI', 'show "driver assist unavailable"')])
    csvfile(d + '/lane_quality.csv', t0, [('lane_conf', lambda t: 0.9 - max(0, t - 200) / 6000 + R.gauss(0, 0.02), '%.2f'), ('lat_offset_m', N(0.05, 0.03), '%.2f')], dur, 2)

@batch('adas_perception','lidar','critical',['high'],'driving','ros_console.log','Robotaxi in service: the roof lidar point count collapses (window contamination/heater failure) and the perception stack declares its primary sensor degraded; the vehicle performs a minimal-risk manoeuvre to the curb.')
def f_lidar(d, t0):
    dur = 1500
    ev = [(900 + k * 5, 'W', 'lidar_driver', 'lidar_top pts %d (nom 115k)' % (110000 - k * 5000)) for k in range(18)]
    ev += [(990, 'E', 'perception', 'lidar_top coverage 18% < 60%'), (991, 'E', 'safety_supervisor', 'DEGRADED_PRIMARY -> MRM pull-over'), (1040, 'I', 'safety_supervisor', 'MRM complete, hazard on, remote ops notified')]
    logfile(d + '/ros_console.log', t0, 'ros', ['adas'], 1800, dur, ev)
    csvfile(d + '/lidar_health.csv', t0, [('pts_per_scan', lambda t: 115000 + R.randint(-900, 900) if t < 900 else max(20000, 110000 - (t - 900) * 1000), '%d'), ('window_heater_a', lambda t: 1.2 if t < 850 else 0.0, '%.2f'), ('window_temp', lambda t: 3 if t < 850 else 1, '%.1f')], dur, 1)
    logfile(d + '/compute_journal.log', t0, 'journal', ['kernel'], 500, dur, [], {'host': 'adc01'})

@batch('adas_perception','radar','low',['medium'],'driving','radar_objects.jsonl','Front radar vertical misalignment estimate drifts from 0.2 to 2.6 deg (bumper knock) in the radar self-diagnosis records; ACC still works, no warning emitted yet. Logged only.')
def f_radar(d, t0):
    dur = 2000
    ev = [(t, 'I', 'FRR', {'objs': ri(3, 40), 'v_mis_deg': round(0.2 + t / 2000 * 2.4 + R.gauss(0, 0.05), 2), 'h_mis_deg': round(R.gauss(0.1, 0.05), 2), 'blind': 0}) for t in range(5, dur, 5)]
    logfile(d + '/radar_objects.jsonl', t0, 'jsonl', [], 0, dur, ev)
    logfile(d + '/adas.INFO', t0, 'glog', ['adas'], 1400, dur, [])
    logfile(d + '/vcu.log', t0, 'vendor', ['vcu'], 700, dur, [])

@batch('adas_perception','gnss','high',['medium'],'driving','gnss_receiver.log','GNSS antenna fault (open circuit current 0 mA) in open sky: satellites drop to zero; localization degrades and highway pilot is disabled. Localization/planning errors are loud, the antenna current is the first clue.')
def f_gnss(d, t0):
    dur = 2000
    ev = [(1000, 'W', 'gnssd', 'ant supply 0mA (nom 18mA) status OPEN'), (1002, 'W', 'gnssd', 'tracked 3 -> 0'), (1003, 'E', 'gnssd', 'no fix')]
    logfile(d + '/gnss_receiver.log', t0, 'syslog', ['tcu'], 800, dur, ev, {'host': 'gnss'})
    ev2 = [(1004 + k * 2, 'E', 'loc.cc:410', 'loc cov %.2f m > 0.5, integrity LOW' % (0.3 + k * 0.1)) for k in range(60)] + [(1030, 'E', 'feature_mgr.cc:40', 'HWP -> UNAVAILABLE reason LOC_INTEGRITY')]
    logfile(d + '/adas.INFO', t0, 'glog', ['adas'], 1400, dur, ev2)
    csvfile(d + '/gnss.csv', t0, [('sats', lambda t: 0 if t >= 1002 else R.randint(10, 16), '%d'), ('ant_ma', lambda t: 0.0 if t >= 1000 else 18 + R.gauss(0, 0.3), '%.1f'), ('speed_kph', N(118, 2), '%.1f')], dur, 1)

# ====================== connectivity_network ======================
@batch('connectivity_network','gateway','medium',['high'],'driving','gateway.log','The central gateway hits its own internal watchdog and reboots (~2.5 s); every ECU behind it reports lost communication (U0100/U0121/U0140...) and the cluster flashes warnings, then all routing resumes. The quiet gateway reset line comes first; recovered.')
def f_gw(d, t0):
    dur = 1600
    ev = [(1000, 'W', 'GW', 'task RouteMgr overrun 41ms'), (1000.2, 'E', 'GW', 'int WDG exp -> SW reset (cause 0x03)'), (1002.7, 'I', 'GW', 'boot v7.2.11 reason=WDG'), (1003.5, 'I', 'GW', 'routing up')]
    logfile(d + '/gateway.log', t0, 'vendor', ['gw'], 1200, dur, ev)
    ev2 = []
    for ecu, code in [('ECM', 'U0100'), ('ESC', 'U0121'), ('BCM', 'U0140'), ('TCU', 'U0198'), ('IPC', 'U0155')]:
        ev2 += [(1000.4 + R.random() * 0.3, 'E', ecu, 'lost comm -> %s-87 conf' % code), (1003.6, 'I', ecu, 'comm restored')]
    ev2 += [(1001 + k * 0.1, 'E', 'IPC', 'sig timeout spd/gear') for k in range(20)]
    logfile(d + '/ecu_events.dlt', t0, 'dlt', ['vcu', 'chassis'], 1300, dur, ev2, {'ecu': 'ZONE'})
    candump(d + '/pt_can.candump', t0, dur, 'can0', [], silence=[(1000.2, 1003.5, {0x1A0, 0x2B4, 0x3C1, 0x4F0})], maxlines=9000)

@batch('connectivity_network','can','high',['medium','critical'],'driving','pt_can.asc','Powertrain CAN shows error frames at increasing rate (wiring/termination fault) until the VCU goes error-passive and drops frames; ESC and BMS lose several messages and the VCU enters limp mode. The code is never spelled out, only error frames and counters.')
def f_can(d, t0):
    dur = 900
    ev = []
    for k in range(400):
        ev.append((500 + k ** 1.35 / 10, 'ERR', []))
    candump(d + '/pt_can.asc', t0, dur, 'can0', ev, maxlines=12000, style='asc')
    logfile(d + '/vcu.log', t0, 'vendor', ['vcu'], 1200, dur, [(650, 'W', 'COM', 'PT-CAN TEC 96 REC 130'), (700, 'E', 'COM', 'PT-CAN err passive'), (705, 'E', 'VCU', 'msg BMS_Stat timeout 300ms'), (706, 'E', 'VCU', 'limp: trq lim 40kW')])
    logfile(d + '/esc_dlt.txt', t0, 'dlt', ['chassis'], 700, dur, [(707, 'E', 'ESC', 'VCU_Trq timeout, TCS intervention limited')], {'ecu': 'ESC1'})

@batch('connectivity_network','cellular','low',['medium'],'parked','tcu_syslog.log','The telematics modem crashes and restarts repeatedly while parked (firmware assert), so remote app commands time out; no vehicle function is affected. Parked, logged.')
def f_cell_modem(d, t0):
    dur = 7200
    ev = []
    for k in range(9):
        t = 400 + k * 760
        ev += [(t, 'E', 'modem', 'QMI indication: modem SSR (subsys restart) reason "mpss: err_fatal.c:102"'), (t + 2, 'E', 'mqtt', 'connection lost'), (t + 40, 'I', 'modem', 'modem online, attach LTE')]
    logfile(d + '/tcu_syslog.log', t0, 'syslog', ['tcu'], 1300, dur, ev, {'host': 'tcu'})
    logfile(d + '/tcu_dmesg.txt', t0, 'dmesg', ['kernel'], 500, dur, [(400 + k * 760 + 0.5, 'E', 'kernel', 'qcom-q6v5-mss 4080000.remoteproc: fatal error received') for k in range(9)])
    logfile(d + '/cloud_events.jsonl', t0, 'jsonl', [], 0, dur, [(450 + k * 760, 'W', 'BACKEND', {'event': 'cmd_timeout', 'cmd': 'LOCK_STATUS'}) for k in range(9)] + [(t, 'I', 'BACKEND', {'event': 'hb'}) for t in range(0, dur, 20)])

@batch('connectivity_network','ethernet','high',['medium'],'driving','switch_dmesg.txt','100BASE-T1 link between the ADAS domain controller switch port 3 and the front camera module flaps (link down/up, SQI drops to 1). Camera frames are lost and ACC/LKA switch off; the perception errors are the loud part.')
def f_eth(d, t0):
    dur = 1500
    ev = [(600 + k * 5, 'I', 'kernel', 'sja1105 spi0.1 swp3: SQI %d' % max(1, 6 - k)) for k in range(6)]
    for k in range(8):
        t = 640 + k * 30
        ev += [(t, 'W', 'kernel', 'sja1105 spi0.1 swp3: Link is Down'), (t + 1.4, 'I', 'kernel', 'sja1105 spi0.1 swp3: Link is Up - 100Mbps/Full')]
    logfile(d + '/switch_dmesg.txt', t0, 'dmesg', ['kernel'], 900, dur, ev)
    ev2 = [(640 + k * 30 + 0.1 + j * 0.1, 'E', 'camera_drv.cc:140', 'cam0 no frame %dms' % (100 + j * 100)) for k in range(8) for j in range(12)] + [(700, 'E', 'feature_mgr.cc:40', 'ACC/LKA -> UNAVAILABLE reason CAM0_LOSS')]
    logfile(d + '/adas.INFO', t0, 'glog', ['adas'], 1500, dur, ev2)

# ====================== software_platform ======================
@batch('software_platform','oom','medium',['low','high'],'driving','ivi_logcat.txt','A memory leak in the navigation map-tile cache grows the process until the low-memory killer kills it three times; navigation restarts each time. Recovered, no safety function affected.')
def f_oom(d, t0):
    dur = 2400
    ev = [(200 + k * 100, 'I', 'NavEngine', 'tilecache %d MB' % (300 + k * 90)) for k in range(22)]
    for t in (1100, 1700, 2250):
        ev += [(t, 'I', 'lowmemorykiller', 'Kill \'com.oem.nav\' (4412), uid 10061, oom_score_adj 0 to free 1820MB'), (t + 0.5, 'I', 'ActivityManager', 'Process com.oem.nav (pid 4412) has died'), (t + 3, 'I', 'ActivityManager', 'Start proc 5%03d:com.oem.nav' % ri(0, 999))]
    logfile(d + '/ivi_logcat.txt', t0, 'logcat', ['ivi'], 1800, dur, ev)
    logfile(d + '/ivi_dmesg.txt', t0, 'dmesg', ['kernel'], 500, dur, [(t - 0.2, 'W', 'kernel', 'lowmem_reclaim: pressure critical, free 71MB') for t in (1100, 1700, 2250)])
    csvfile(d + '/ivi_mem.csv', t0, [('mem_free_mb', lambda t: max(60, 3400 - ((t - 0) % 600) * 5.5), '%.0f'), ('nav_rss_mb', lambda t: 300 + (t % 600) * 2.8, '%.0f')], dur, 5)

@batch('software_platform','watchdog','high',['critical','medium'],'driving','adc_journal.log','The ADAS domain controller planner process stops kicking the hardware watchdog (deadlock), the SoC resets and highway pilot hands over to the driver; it comes back after 38 s. Cameras and radar are fine.')
def f_wdg(d, t0):
    dur = 1800
    ev = [(1200, 'W', 'planner', 'cycle overrun 180ms (lock wait)'), (1200.5, 'W', 'wdg-mgr', 'client planner missed 3 kicks'), (1201.5, 'E', 'wdg-mgr', 'client planner missed 10 kicks, stop petting HW wdg'), (1203, 'I', 'kernel', '-- reboot --'), (1241, 'I', 'systemd', 'Startup finished in 37.6s'), (1242, 'I', 'wdg-mgr', 'last reset reason: HW_WDT')]
    logfile(d + '/adc_journal.log', t0, 'journal', ['kernel'], 1300, dur, ev, {'host': 'adc'})
    logfile(d + '/vcu.log', t0, 'vendor', ['vcu'], 900, dur, [(1203.2, 'E', 'VCU', 'ADC alive lost, HWP takeover req'), (1203.3, 'W', 'HMI', 'takeover chime')])
    logfile(d + '/gateway.log', t0, 'vendor', ['gw'], 700, dur, [(1203.4 + k, 'W', 'GW', 'ETH port1 link down (ADC)') for k in range(1)] + [(1240, 'I', 'GW', 'ETH port1 up')])

@batch('software_platform','filesystem','medium',['low','high'],'parked','hpc_dmesg.txt','On boot the eMMC data partition has ext4 journal corruption; the kernel remounts it read-only, logging and the event recorder stop writing. Feature disabled, parked lowers it one step.')
def f_fs(d, t0):
    dur = 1800
    ev = [(8, 'E', 'kernel', 'EXT4-fs error (device mmcblk0p12): ext4_journal_check_start:83: comm recorder: Detected aborted journal'), (8.01, 'E', 'kernel', 'EXT4-fs (mmcblk0p12): Remounting filesystem read-only'), (9, 'E', 'kernel', 'EXT4-fs error (device mmcblk0p12): ext4_find_entry:1455: inode #2: comm ls: reading directory lblock 0')]
    logfile(d + '/hpc_dmesg.txt', t0, 'dmesg', ['kernel'], 900, dur, ev)
    logfile(d + '/hpc_journal.log', t0, 'journal', ['kernel'], 900, dur, [(10 + k * 30, 'E', 'edr-recorder', 'write /data/edr/seg%04d: Read-only file system' % k) for k in range(50)], {'host': 'hpc'})

@batch('software_platform','ota','low',['medium'],'parked','ota_agent.log','An OTA campaign for the body zone controller fails image verification after flashing slot B (hash mismatch); the updater rolls back to slot A and the vehicle stays on the old version. Recovered by design, parked.')
def f_ota(d, t0):
    dur = 3000
    ev = [(100, 'I', 'OTA', 'campaign C-2291 ZCU-B 3.4.0->3.5.1 download 100%'), (400, 'I', 'OTA', 'flash ZCU-B slot B via DoIP 0x34/0x36/0x37'), (1800, 'I', 'OTA', 'RoutineControl 0x31 01 FF01 check memory'), (1801, 'E', 'OTA', 'ZCU-B 0x71 01 FF01 result 0x01 (hash mismatch)'), (1802, 'W', 'OTA', 'rollback: keep slot A active'), (1900, 'I', 'OTA', 'campaign C-2291 FAILED_ROLLED_BACK')]
    logfile(d + '/ota_agent.log', t0, 'bracket', ['tcu'], 900, dur, ev)
    logfile(d + '/doip_trace.log', t0, 'vendor', ['gw'], 900, dur, [(400 + k * 14, 'D', 'DOIP', 'tx 36 %02X len 4093 ack 76 %02X' % (k % 256, k % 256)) for k in range(100)])
    logfile(d + '/ota_events.jsonl', t0, 'jsonl', ['tcu'], 400, dur, [(1900, 'W', 'OTA', {'event': 'install_done', 'ecu': 'ZCU-B', 'result': 'ROLLBACK', 'err': 'VERIFY_FAIL'})])

# ====================== power_supply ======================
@batch('power_supply','lv_battery','medium',['high'],'driving','lv_signals.csv','Weak 12 V AGM battery: during a cold crank the voltage dips to 6.8 V, several ECUs brown out and reset (BCM, IVI, TCU), their reboot messages and U-codes flood the logs; the engine starts and everything recovers.')
def f_lvbat(d, t0):
    dur = 1200
    def v(t):
        if 10 <= t < 11.2: return 6.8 + R.gauss(0, 0.1)
        if t < 10: return 12.1 + R.gauss(0, 0.02)
        return 14.3 + R.gauss(0, 0.05)
    csvfile(d + '/lv_signals.csv', t0, [('v12', v, '%.2f'), ('i_starter', lambda t: 520 if 10 <= t < 11.2 else 0, '%.0f'), ('rpm', lambda t: 0 if t < 11 else 780, '%d')], dur, 0.2 if False else 0.5)
    ev = [(11.3, 'W', 'BCM', 'reset reason BROWNOUT'), (11.5, 'E', 'BCM', 'U0100-00 lost ECM (during reset)'), (12, 'W', 'TCU', 'boot reason POR'), (13, 'E', 'IPC', 'U0140 BCM lost'), (14, 'I', 'BCM', 'comm ok')]
    logfile(d + '/body_dlt.txt', t0, 'dlt', ['body', 'gw'], 1200, dur, ev, {'ecu': 'BCM0'})
    logfile(d + '/ivi_dmesg.txt', t0, 'dmesg', ['kernel'], 700, dur, [(0.5, 'I', 'kernel', 'Booting Linux on physical CPU 0x0 (reset cause: brownout)'), (1.2, 'W', 'kernel', 'pmic: VSYS undervoltage event latched')], {'uptime': 0.0})

@batch('power_supply','dcdc','high',['critical'],'driving','dcdc.log','The HV-to-12 V DC-DC converter shuts down on an internal output-stage fault; the 12 V bus sags from 14.2 V down to 11.4 V over the next minutes, many ECUs log undervoltage, and the VCU limits power and asks the driver to stop soon.')
def f_dcdc(d, t0):
    dur = 1800
    ev = [(900, 'E', 'DCDC', 'OS fault Q3 ovc, shutdown, rstrt 1'), (905, 'E', 'DCDC', 'OS fault Q3 ovc, latched off'), (906, 'I', 'DCDC', 'fault code 0x1C / P0A09')]
    logfile(d + '/dcdc.log', t0, 'vendor', ['vcu'], 800, dur, ev)
    ev2 = [(950 + k * 15, 'W', R.choice(['ESC', 'EPS', 'BCM', 'ACU', 'IPC']), 'supply %.1fV undervoltage warn' % (12.4 - k * 0.02)) for k in range(50)] + [(1300, 'E', 'VCU', 'LV low -> power limit, "stop safely soon"')]
    logfile(d + '/ecu_events.dlt', t0, 'dlt', ['chassis', 'body'], 1200, dur, ev2, {'ecu': 'ZONE'})
    csvfile(d + '/lv.csv', t0, [('v12', lambda t: 14.2 + R.gauss(0, 0.03) if t < 900 else max(11.4, 12.6 - (t - 900) / 400), '%.2f'), ('i_dcdc', lambda t: 62 + R.gauss(0, 2) if t < 900 else 0, '%.1f')], dur, 1)

@batch('power_supply','alternator','low',['medium'],'driving','engine_pgn.csv','Truck alternator regulator drifts high: charging voltage rises to 31.2 V on a 24 V system, visible only in the J1939-derived signal file. No DTC and no warning yet.')
def f_alt(d, t0):
    dur = 3600
    csvfile(d + '/engine_pgn.csv', t0, [('rpm', N(1400, 40), '%.0f'), ('batt_v', lambda t: 27.9 + max(0, t - 1200) / 2400 * 3.3 + R.gauss(0, 0.05), '%.2f'), ('coolant_c', N(87, 0.7), '%.1f'), ('oil_kpa', N(385, 8), '%.0f')], dur, 4)
    logfile(d + '/telematics.log', t0, 'syslog', ['tcu'], 700, dur, [], {'host': 'fms-gw'})
    candump(d + '/j1939.candump', t0, dur, 'can0', [(k + 0.5, 0x18FECA00, [0x00, 0xFF, 0, 0, 0, 0, 0xFF, 0xFF]) for k in range(dur)], ids=[(0x0CF00400, 8, 0.1), (0x18FEF700, 8, 1.0)], maxlines=8000)

@batch('power_supply','lv_distribution','high',['medium','critical'],'driving','pdu_dlt.txt','The smart fuse (eFuse) for the front zone supply channel F12 trips repeatedly on an overcurrent fault and finally latches; the wipers and front radar behind it lose power and report missing. The radar and wiper errors are the consequence.')
def f_efuse(d, t0):
    dur = 1500
    ev = [(700, 'W', 'PDU', 'ch F12 I2t 82%'), (702, 'E', 'PDU', 'ch F12 trip OC 31A, retry 1/3'), (703, 'E', 'PDU', 'ch F12 trip OC 30A, retry 2/3'), (704, 'E', 'PDU', 'ch F12 trip OC 32A, latched OFF')]
    logfile(d + '/pdu_dlt.txt', t0, 'dlt', ['body'], 900, dur, ev, {'ecu': 'PDU1'})
    logfile(d + '/adas.INFO', t0, 'glog', ['adas'], 1400, dur, [(704.5 + k, 'E', 'radar_if.cc:20', 'frr alive counter stuck, no data') for k in range(30)] + [(706, 'E', 'feature_mgr.cc:40', 'ACC/AEB-radar -> UNAVAILABLE')])
    logfile(d + '/bcm.log', t0, 'vendor', ['body'], 600, dur, [(705, 'E', 'WIPER', 'motor no response')])

# ====================== main ======================
def main():
    for e in os.listdir(OUT):
        p = os.path.join(OUT, e)
        if os.path.isdir(p) and e.startswith('s') and e[1:].isdigit():
            shutil.rmtree(p)
    order = list(range(len(BATCHES)))
    R.shuffle(order)
    labels = []
    for i, bi in enumerate(order):
        fn, lab = BATCHES[bi]
        name = 's%03d' % (i + 1)
        d = os.path.join(OUT, name)
        os.makedirs(d)
        t0 = BASE + datetime.timedelta(days=i // 3, hours=(i * 5) % 14, minutes=(i * 17) % 60)
        fn(d, t0)
        labels.append(dict(batch=name, **lab))
    with open(os.path.join(OUT, 'labels.json'), 'w') as f:
        json.dump(labels, f, indent=1)
        f.write('\n')
main()
