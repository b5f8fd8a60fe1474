#!/usr/bin/env python3
"""Generator for the tuning9 set (workshop / engineer's desk angle). Python 3.11 stdlib only.
Fixed seeds: re-running reproduces every file byte for byte."""
import datetime as dt, json, math, os, random, re

SET = os.path.dirname(os.path.abspath(__file__))
LABELS = []

# ---------------------------------------------------------------- helpers
def dtc_bytes(code, ftb=0):
    k = {'P': 0, 'C': 1, 'B': 2, 'U': 3}[code[0]]
    v = int(code[1:5], 16)
    hi = (k << 6) | (v >> 8)
    return [hi, v & 0xFF, ftb]

def hx(bs):
    return ' '.join('%02X' % b for b in bs)

def T(t0, s):
    return t0 + dt.timedelta(seconds=s)

def write(b, name, lines):
    d = os.path.join(SET, b)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), 'w', newline='\n') as f:
        f.write('\n'.join(lines) + '\n')

def dlt_ids(src):
    for p in ('SUSP', 'BMS', 'VCU', 'PDU', 'GW'):
        if src.startswith(p):
            return p, src[len(p):][:4] or 'MAIN'
    return src[:4], src[4:8] or 'MAIN'

def fmt_line(kind, t0, s, lvl, src, msg, rng):
    t = T(t0, s)
    if kind == 'syslog':
        return '%s %2d %s %s %s[%d]: %s' % (t.strftime('%b'), t.day, t.strftime('%H:%M:%S'), 'tcu-a53', src, 400 + sum(map(ord, src)) % 900, msg)
    if kind == 'journal':
        return '%s+0000 cdc %s[%d]: %s' % (t.strftime('%Y-%m-%dT%H:%M:%S.%f'), src, 1000 + sum(map(ord, src)) % 3000, msg)
    if kind == 'dmesg':
        return '[%12.6f] %s' % (s + 3.2, msg)
    if kind == 'py':
        return '%s,%03d %-8s %s: %s' % (t.strftime('%Y-%m-%d %H:%M:%S'), t.microsecond // 1000, lvl, src, msg)
    if kind == 'canoe':
        return '%11.6f  %-10s %s' % (s, src, msg)
    if kind == 'glog':
        return '%s%s %5d %s] %s' % (lvl[0], t.strftime('%m%d %H:%M:%S.%f'), 3100 + sum(map(ord, src)) % 500, src, msg)
    if kind == 'dlt':
        return '%s %10.4f 000 ECU1 %-4s %-4s log %-5s verbose 1 %s' % (t.strftime('%Y/%m/%d %H:%M:%S.%f'), s + 1.5, *dlt_ids(src), lvl.lower(), msg)
    if kind == 'jsonl':
        return json.dumps({'ts': t.strftime('%Y-%m-%dT%H:%M:%S.%f')[:-3] + 'Z', 'lvl': lvl, 'src': src, 'msg': msg}, ensure_ascii=False)
    raise ValueError(kind)

def fill(tpl, rng):
    out = tpl
    while '{' in out:
        i = out.index('{'); j = out.index('}', i)
        spec = out[i + 1:j]
        if '|' in spec:
            v = rng.choice(spec.split('|'))
        elif spec.startswith('i'):
            m = re.fullmatch(r'i(-?\d+)-(-?\d+)', spec)
            a, b = int(m.group(1)), int(m.group(2))
            v = str(rng.randint(a, b))
        elif spec.startswith('f'):
            a, b = map(float, spec[1:].split(':'))
            v = '%.2f' % rng.uniform(a, b)
        elif spec.startswith('h'):
            v = '%0*X' % (int(spec[1:]), rng.getrandbits(4 * int(spec[1:])))
        else:
            v = rng.choice(spec.split('|'))
        out = out[:i] + v + out[j + 1:]
    return out

def textlog(kind, t0, dur, n, pool, events, rng, header=()):
    rows = []
    for _ in range(n):
        s = rng.uniform(0, dur)
        lvl, src, tpl = rng.choice(pool)
        rows.append((s, lvl, src, fill(tpl, rng)))
    for ev in events:
        s, lvl, src, msg = ev
        rows.append((s * dur if s <= 1.0 and isinstance(s, float) else s, lvl, src, msg))
    rows.sort(key=lambda r: r[0])
    return list(header) + [fmt_line(kind, t0, s, l, src, m, rng) for s, l, src, m in rows]

def csvlog(t0, dur, rate, cols, rng, abs_time=False, sep=',', header_extra=()):
    names = [c[0] for c in cols]
    lines = list(header_extra) + [sep.join(['timestamp' if abs_time else 'time_s'] + names)]
    n = int(dur * rate)
    for k in range(n):
        s = k / rate
        u = s / dur
        vals = []
        for name, fmt, fn in cols:
            vals.append(fmt % fn(s, u, rng))
        tcol = T(t0, s).strftime('%Y-%m-%dT%H:%M:%S.%f')[:-3] if abs_time else '%.3f' % s
        lines.append(sep.join([tcol] + vals))
    return lines

# smooth signal helpers
def drive_speed(s, seed=1):
    v = 55 + 35 * math.sin(s / (97 + seed)) + 20 * math.sin(s / (23 + seed)) + 8 * math.sin(s / 7.3)
    return max(0.0, v)
def warm(s, start, end, tau):
    return end - (end - start) * math.exp(-s / tau)
def noise(rng, a):
    return rng.gauss(0, a)

# ---------------------------------------------------------------- noise pools
SYS_POOL = [
    ('INFO', 'connmand', 'wlan0: scan completed, {i3-19} networks, none preferred'),
    ('INFO', 'systemd', 'Started {logrotate|fstrim|tmpfiles-clean|sysstat-collect}.service.'),
    ('INFO', 'vehicle-gw', 'SOME/IP SD offer service 0x{h4} instance 0x0001 ttl {i3-5}'),
    ('WARN', 'lte-mgr', 'RSRP {i-118--92} dBm, RSRQ {i-15--7} dB, cell {h5}'),
    ('INFO', 'lte-mgr', 'data bearer up, apn internet.m2m, ip 10.{i1-250}.{i1-250}.{i1-250}'),
    ('INFO', 'timesync', 'gPTP offset {i-900-900} ns, path delay {i200-900} ns'),
    ('INFO', 'diaglogger', 'ring buffer {i10-70}% used, flushed {i20-400} records'),
    ('WARN', 'mqtt-bridge', 'publish ack late ({i900-2400} ms), message delivered'),
    ('INFO', 'kernel', 'usb 1-1: new high-speed USB device number {i2-9} using xhci-hcd'),
    ('INFO', 'someipd', 'subscription renewed eventgroup 0x{h4} from 10.4.0.{i2-40}'),
    ('INFO', 'vhal', 'property 0x{h8} updated, {i1-9} subscribers'),
    ('DEBUG', 'nm', 'CAN NM PDU from node 0x{h2}, repeat msg bit 0'),
    ('INFO', 'ota-agent', 'heartbeat ok, backend latency {i40-380} ms'),
    ('WARN', 'gnssd', 'HDOP {f1.1:2.6}, sats used {i6-14}'),
    ('INFO', 'audiomgr', 'volume step {i1-30}, source {radio|bt_a2dp|usb}'),
]
DMESG_POOL = [
    ('I', 'k', 'mmc0: cmdq: cqe enabled, tag {i0-31}'),
    ('I', 'k', 'IPv6: ADDRCONF(NETDEV_CHANGE): eth{i0-1}: link becomes ready'),
    ('I', 'k', 'can{i0-2}: bitrate 500000, sample-point 0.875'),
    ('I', 'k', 'audit: type=1400 audit({i1000-9999}.{i100-999}:{i10-99}): apparmor="ALLOWED" operation="open"'),
    ('I', 'k', 'thermal thermal_zone{i0-3}: trip point {i0-1} crossed up'),
    ('I', 'k', 'EXT4-fs (mmcblk0p{i5-9}): mounted filesystem with ordered data mode'),
    ('I', 'k', 'rcu: INFO: rcu_preempt detected expedited stalls? no'),
    ('I', 'k', 'spi-nor spi0.0: mx25u51245g (65536 Kbytes)'),
    ('I', 'k', 'xhci-hcd xhci-hcd.0.auto: USB bus {i1-2} deregistered'),
    ('I', 'k', 'wlan: [{i100-999}] Roam scan done, rssi -{i50-80}'),
]
def ml_pool(lang):
    common = [
        ('INFO', 'diag', 'DID 0x{F190|F18C|F195|F187|F189|0100|DD01} read ok ({i2-40} bytes)'),
        ('INFO', 'diag', 'TesterPresent 3E 80 sent'),
        ('INFO', 'meas', 'XCP DAQ list {i0-3} running, {i8-48} ODT entries'),
        ('DEBUG', 'meas', 'sample buffer {i10-95}% full'),
        ('INFO', 'flow', 'step {i1-80}/80 passed'),
        ('WARNING', 'diag', 'NRC 0x78 responsePending, waiting'),
        ('INFO', 'report', 'export chunk {i1-40} written'),
    ]
    add = {
        'de': [('INFO', 'flow', 'Prüfschritt {i1-80} bestanden'), ('INFO', 'meas', 'Messung läuft, Kanal {i1-32} ok'),
               ('INFO', 'diag', 'Steuergerät antwortet innerhalb P2 ({i8-40} ms)'), ('WARNING', 'diag', 'Zeitüberschreitung, Wiederholung {i1-2} erfolgreich'),
               ('INFO', 'note', 'Kühlmitteltemperatur im Sollbereich')],
        'ja': [('INFO', 'flow', 'shiken suteppu {i1-80} kanryou'), ('INFO', 'meas', 'sokutei-chuu, channeru {i1-32} OK'),
               ('WARNING', 'diag', 'tsuushin taimuauto, saishikou {i1-2} kai de seikou'), ('INFO', 'note', 'jikoshindan kekka: ijou nashi'),
               ('INFO', 'note', 'sensa shokika-chuu... kanryou')],
        'zh': [('INFO', 'flow', 'ceshi buzhou {i1-80} tongguo'), ('INFO', 'meas', 'caiji zhengchang, tongdao {i1-32}'),
               ('WARNING', 'diag', 'chaoshi, chongshi {i1-2} ci chenggong'), ('INFO', 'note', 'dianya zhengchang, shuju shangchuan wancheng'),
               ('INFO', 'note', 'zhenduan huihua yi jianli')],
        'es': [('INFO', 'flow', 'paso de prueba {i1-80} correcto'), ('INFO', 'meas', 'medición en curso, canal {i1-32} ok'),
               ('WARNING', 'diag', 'tiempo de espera agotado, reintento {i1-2} exitoso'), ('INFO', 'note', 'sesión de diagnóstico iniciada'),
               ('INFO', 'note', 'temperatura estable, lectura completada')],
        'en': [],
    }
    return common + add[lang]

# ---------------------------------------------------------------- ASC
ASC_IDS = [(0x0C1, 0.06), (0x1A0, 0.03), (0x2F4, 0.1), (0x3B0, 0.2), (0x4D2, 0.4), (0x5E0, 1.0), (0x130, 0.05), (0x240, 0.1)]
def asc(t0, dur, rng, override=None, extra=(), ids=ASC_IDS, canoe_hdr=False):
    hdr = ['date %s' % T(t0, 0).strftime('%a %b %d %I:%M:%S.000 %p %Y').replace(' AM ', ' am ').replace(' PM ', ' pm '),
           'base hex  timestamps absolute', 'internal events logged', '// version 13.0.0',
           'Begin Triggerblock %s' % T(t0, 0).strftime('%a %b %d %I:%M:%S.000 %p %Y'), '   0.000000 Start of measurement']
    rows = []
    cnt = {}
    for cid, per in ids:
        s = rng.uniform(0, per)
        while s < dur:
            c = cnt.get(cid, 0); cnt[cid] = c + 1
            data = [(c * 17 + cid + i * 31 + int(10 * math.sin(s / 5 + i))) & 0xFF for i in range(8)]
            data[7] = c & 0x0F
            if cid == 0x1A0:
                ws = [int(8000 + 900 * math.sin(s / 9) + i * 7 + rng.randint(-6, 6)) for i in range(4)]
                data = sum([[w >> 8, w & 0xFF] for w in ws], [])
            if override:
                o = override(cid, s, data, rng)
                if o is not None:
                    data = o
            if data != 'skip':
                rows.append((s, '%11.6f 1  %-15s Rx   d 8 %s' % (s, '%X' % cid, hx(data))))
            s += per * rng.uniform(0.98, 1.02)
    for s, line in extra:
        rows.append((s, '%11.6f %s' % (s, line)))
    rows.sort(key=lambda r: r[0])
    return hdr + [r[1] for r in rows] + ['End TriggerBlock']

# ---------------------------------------------------------------- UDS / DoIP
def uds_session(t0, dur, rng, tester=0x0E80, ecu=0x1010, extra=(), n=300, doip=False, lang='en'):
    """extra: list of (sec, 'TX'|'RX'|'TXT', bytes-or-text)"""
    rows = []
    dids = {0xF190: b'WVWZZZ1KZ9W386752', 0xF18C: b'SN240917A0043', 0xF195: b'SW 0412', 0xF187: b'5Q0 937 086 AB'}
    for _ in range(n):
        s = rng.uniform(0, dur)
        k = rng.random()
        if k < 0.45:
            did = rng.choice(list(dids) + [0x0100, 0xDD01, 0xDD02, 0x2A10])
            val = list(dids.get(did, bytes(rng.randint(0, 255) for _ in range(rng.randint(2, 6)))))
            rows.append((s, 'TX', [0x22, did >> 8, did & 0xFF]))
            rows.append((s + rng.uniform(0.008, 0.03), 'RX', [0x62, did >> 8, did & 0xFF] + val))
        elif k < 0.75:
            rows.append((s, 'TX', [0x3E, 0x80]))
        elif k < 0.85:
            rows.append((s, 'TX', [0x31, 0x03, 0x02, 0x03]))
            rows.append((s + 0.02, 'RX', [0x71, 0x03, 0x02, 0x03, 0x00]))
        else:
            rows.append((s, 'TX', [0x22, 0xF4, 0x0D]))
            rows.append((s + 0.01, 'RX', [0x7F, 0x22, 0x78]))
            rows.append((s + 0.06, 'RX', [0x62, 0xF4, 0x0D, rng.randint(0, 200)]))
    rows += list(extra)
    rows.sort(key=lambda r: r[0])
    out = []
    if doip:
        out += ['# DoIP trace  tester 192.168.10.5:50432 <-> gateway 192.168.10.1:13400',
                '# columns: time  dir  src->dst  doip-header | uds']
        out.append('%s  TX  0x%04X->0x0000  02 FD 00 05 00 00 00 07 | routing activation 0E 80 00 00 00 00 00' % (T(t0, 0).strftime('%H:%M:%S.%f')[:-3], tester))
        out.append('%s  RX  0x0000->0x%04X  02 FD 00 06 00 00 00 09 | routing activation resp 10 (success)' % (T(t0, 0.02).strftime('%H:%M:%S.%f')[:-3], tester))
    for s, d, p in rows:
        ts = T(t0, s).strftime('%Y-%m-%d %H:%M:%S.%f')[:-3]
        if d == 'TXT':
            out.append('%s  -- %s' % (ts, p)); continue
        sa, ta = (tester, ecu) if d == 'TX' else (ecu, tester)
        if doip:
            ln = len(p) + 4
            out.append('%s  %s  0x%04X->0x%04X  02 FD 80 01 %s %02X %02X %02X %02X | %s' % (
                T(t0, s).strftime('%H:%M:%S.%f')[:-3], d, sa, ta, hx(ln.to_bytes(4, 'big')), sa >> 8, sa & 0xFF, ta >> 8, ta & 0xFF, hx(p)))
            if d == 'TX':
                out.append('%s  RX  0x%04X->0x%04X  02 FD 80 02 00 00 00 05 %02X %02X %02X %02X 00 | diag ack' % (
                    T(t0, s + 0.002).strftime('%H:%M:%S.%f')[:-3], ta, sa, ta >> 8, ta & 0xFF, sa >> 8, sa & 0xFF))
        else:
            out.append('%s  %s 0x%04X->0x%04X  [%3d]  %s' % (ts, d, sa, ta, len(p), hx(p)))
    return out

def r1902(dtcs, mask=0xFF, avail=0xFF):
    p = [0x59, 0x02, avail]
    for code, ftb, st in dtcs:
        p += dtc_bytes(code, ftb) + [st]
    return p

# ---------------------------------------------------------------- ODX-style report
ECUS = [('0x0001', 'ECM', 'Engine Control'), ('0x0002', 'TCM', 'Transmission'), ('0x0003', 'ABS', 'Brake/ESC'),
        ('0x0009', 'BCM', 'Body Control'), ('0x0015', 'ACU', 'Airbag'), ('0x0044', 'EPS', 'Steering Assist'),
        ('0x0019', 'GW', 'Gateway'), ('0x008C', 'BMS', 'Battery Mgmt'), ('0x0051', 'VCU', 'Vehicle Control'),
        ('0x0013', 'ACC', 'Distance Control'), ('0x00A5', 'FCAM', 'Front Camera'), ('0x0008', 'HVAC', 'Climate'),
        ('0x005F', 'HU', 'Infotainment'), ('0x0017', 'IC', 'Instrument Cluster'), ('0x00C6', 'OBC', 'On-board Charger'),
        ('0x0075', 'TEL', 'Telematics'), ('0x0081', 'DCDC', 'DC/DC Converter'), ('0x0065', 'TPMS', 'Tyre Pressure')]
def odx_report(t0, rng, found, lang='en', vin='WVWZZZ1KZ9W386752', km=48211):
    """found: dict ecu_short -> list of dict(code, ftb, status, text, occ, ff=[(name,val)])"""
    L = ['=' * 78, ' DIAGNOSTIC SESSION REPORT  (ODX 2.2.0 / OTX sequence GFS_QuickTest v4.12)', '=' * 78,
         'VIN            : %s' % vin, 'Odometer       : %d km' % km, 'Date           : %s' % T(t0, 0).strftime('%Y-%m-%d %H:%M:%S UTC'),
         'Tester         : VCI-DoIP S/N 7731-%04d, workshop 0481' % rng.randint(0, 9999), 'Operator note  : %s' % {
             'de': 'Kunde meldet: siehe Auftrag. Schnelltest aller Steuergeräte.', 'ja': 'kokyaku shinkoku ari. zen ECU kuikku tesuto.',
             'zh': 'kehu fanying wenti, quanche kuaisu jiance.', 'es': 'Cliente reporta aviso; prueba rápida de todas las unidades.', 'en': 'Customer complaint per work order; full quick test.'}[lang], '']
    for addr, short, name in ECUS:
        L += ['-' * 78, 'ECU %s  %-5s %s' % (addr, short, name), '-' * 78,
              '  Part number          : %dA%d %03d %03d' % (rng.randint(1, 9), rng.randint(0, 9), rng.randint(0, 999), rng.randint(0, 999)),
              '  SW version (F189)    : %04d' % rng.randint(100, 9999), '  HW version (F191)    : H%02d' % rng.randint(1, 40),
              '  Coding               : %s' % ''.join(rng.choice('0123456789ABCDEF') for _ in range(24)),
              '  Session              : 0x03 extendedDiagnosticSession', '  Response time        : %d ms' % rng.randint(8, 60),
              '  ReadDTCInformation   : 19 02 FF -> %s' % ('59 02 FF' if short not in found else '59 02 FF ... (%d records)' % len(found[short]))]
        for k in range(rng.randint(6, 12)):
            mn, lo, hi_, un = rng.choice([('supply voltage', 12.2, 14.4, 'V'), ('ECU temperature', 18, 55, 'degC'), ('operating hours', 900, 2400, 'h'), ('bus load', 8, 45, '%'),
                                          ('wakeup counter', 1000, 30000, '-'), ('reset counter', 0, 40, '-'), ('flash erase cycles', 1, 30, '-')])
            L.append('  Measured value %02d    : %-24s %8.2f %s' % (k, mn, rng.uniform(lo, hi_), un))
        if short not in found:
            L.append('  Fault memory         : %s' % {'de': 'kein Fehler gespeichert', 'ja': 'koshou kiroku nashi', 'zh': 'wu guzhang ma', 'es': 'sin averías memorizadas', 'en': 'no DTC stored'}[lang])
        for d in found.get(short, []):
            L += ['  DTC %s-%02X  (0x%s)  status 0x%02X' % (d['code'], d['ftb'], hx(dtc_bytes(d['code'], d['ftb'])).replace(' ', ''), d['status']),
                  '      text           : %s' % d['text'],
                  '      status decoded : %s' % ', '.join(n for b, n in enumerate(['testFailed', 'testFailedThisOpCycle', 'pending', 'confirmed', 'testNotCompletedSinceClear', 'testFailedSinceClear', 'testNotCompletedThisOpCycle', 'warningIndicatorRequested']) if d['status'] >> b & 1),
                  '      occurrence cnt : %d' % d['occ'], '      aging counter  : %d' % d.get('age', 0), '      freeze frame (19 04 snapshot 01):']
            for n, v in d.get('ff', []):
                L.append('        %-22s %s' % (n, v))
        L.append('')
    L += ['=' * 78, 'END OF REPORT', '=' * 78]
    return L

# ---------------------------------------------------------------- batch registry
N = [0]
PENDING = []
def batch(cat, sub, risk, acc, state, root, desc, files):
    PENDING.append((files, { 'category': cat, 'subsystem': sub, 'risk_level': risk, 'risk_accept': acc,
                   'vehicle_state': state, 'root_cause_file': root, 'description': desc}))

def base_t0(rng):
    return dt.datetime(2026, rng.randint(9, 11), rng.randint(1, 28), rng.randint(5, 20), rng.randint(0, 59), rng.randint(0, 59))

def ev(frac, lvl, src, msg):
    return (float(frac), lvl, src, msg)

# common column packs ------------------------------------------------------
def ev_drive_cols(seed=1, hill=False):
    return [
        ('veh_speed_kph', '%.1f', lambda s, u, r: max(0.0, drive_speed(s, seed) + noise(r, 0.3))),
        ('motor_rpm', '%.0f', lambda s, u, r: max(0.0, drive_speed(s, seed) * 98 + noise(r, 20))),
        ('motor_torque_nm', '%.1f', lambda s, u, r: (60 + 140 * (0.5 + 0.5 * math.sin(s / 40)) if hill else 40 * math.sin(s / 11)) + noise(r, 4)),
        ('hv_voltage_v', '%.1f', lambda s, u, r: 398 - 12 * u - 6 * math.sin(s / 11) + noise(r, 0.5)),
        ('hv_current_a', '%.1f', lambda s, u, r: (120 + 180 * (0.5 + 0.5 * math.sin(s / 40)) if hill else 60 + 50 * math.sin(s / 11)) + noise(r, 3)),
        ('soc_pct', '%.2f', lambda s, u, r: 78 - (22 if hill else 9) * u),
        ('inv_temp_c', '%.1f', lambda s, u, r: warm(s, 24, 62 if hill else 48, 500) + 3 * math.sin(s / 60) + noise(r, 0.3)),
        ('stator_temp_c', '%.1f', lambda s, u, r: warm(s, 22, 96 if hill else 70, 700) + noise(r, 0.4)),
        ('coolant_in_c', '%.1f', lambda s, u, r: warm(s, 18, 44, 600) + noise(r, 0.2)),
        ('pump_rpm', '%.0f', lambda s, u, r: 2600 + 400 * math.sin(s / 90) + noise(r, 15)),
        ('lv_bus_v', '%.2f', lambda s, u, r: 14.1 + noise(r, 0.04)),
    ]

def ice_cols(seed=2):
    return [
        ('nEng_rpm', '%.0f', lambda s, u, r: 850 + drive_speed(s, seed) * 30 + noise(r, 15)),
        ('tCoolant_degC', '%.1f', lambda s, u, r: warm(s, 4, 89, 320) + noise(r, 0.2)),
        ('tOil_degC', '%.1f', lambda s, u, r: warm(s, 3, 97, 520) + noise(r, 0.2)),
        ('rLambda', '%.3f', lambda s, u, r: 1.0 + (0.12 * math.exp(-s / 60)) + noise(r, 0.006)),
        ('pRail_bar', '%.0f', lambda s, u, r: 180 + drive_speed(s, seed) * 1.3 + noise(r, 3)),
        ('mAir_kgh', '%.1f', lambda s, u, r: 12 + drive_speed(s, seed) * 1.1 + noise(r, 0.5)),
        ('ignAngle_deg', '%.1f', lambda s, u, r: 12 + 8 * math.sin(s / 30) + noise(r, 0.5)),
        ('MisfCnt_Cyl1', '%d', lambda s, u, r: 0), ('MisfCnt_Cyl2', '%d', lambda s, u, r: 0),
        ('MisfCnt_Cyl3', '%d', lambda s, u, r: 0), ('MisfCnt_Cyl4', '%d', lambda s, u, r: 0),
        ('uBatt_V', '%.2f', lambda s, u, r: 14.3 + noise(r, 0.03)),
    ]

def override(cols, name, fn):
    return [(n, f, fn if n == name else g) for n, f, g in cols]

# ======================================================================== BATCHES
def build():
    rng = random.Random(90909)

    # 1 healthy cold start warm-up, ICE, XCP + syslog + ASC
    r = random.Random(1); t0 = base_t0(r); d = 1500
    batch('none', 'none', 'low', [], 'driving', None,
          'Cold start at -4 degC: coolant and oil rise from ambient to operating temperature, lambda enrichment fades; big signal changes are normal warm-up. Syslog only has routine LTE/scan warnings.',
          [('xcp_ecm_1Hz.csv', csvlog(t0, d, 1, ice_cols(), r, header_extra=('# XCP on CAN, ECM 0x7E0, DAQ 1 Hz, A2L ECM_EA888_0412.a2l',))),
           ('syslog.txt', textlog('syslog', t0, d, 700, SYS_POOL, [ev(0.01, 'INFO', 'vehicle-gw', 'ignition KL15 on, ambient -4.0 C'),
                                                                    ev(0.02, 'WARN', 'gnssd', 'cold start, almanac stale, acquiring'),
                                                                    ev(0.05, 'INFO', 'gnssd', '3D fix after 38 s')], r)),
           ('ptcan.asc', asc(t0, 60, r))])

    # 2 healthy DC charging, SOC 20->80, cell temps rise; charger log retried PLC
    r = random.Random(2); t0 = base_t0(r); d = 2400
    cols = [('soc_pct', '%.2f', lambda s, u, r: 20 + 60 * (1 - math.exp(-2.2 * u)) / (1 - math.exp(-2.2))),
            ('pack_v', '%.1f', lambda s, u, r: 350 + 52 * u + noise(r, 0.3)),
            ('pack_i_a', '%.1f', lambda s, u, r: -(320 if u < 0.45 else 320 - 380 * (u - 0.45)) + noise(r, 2)),
            ('cell_v_min', '%.3f', lambda s, u, r: 3.52 + 0.6 * u + noise(r, 0.002)),
            ('cell_v_max', '%.3f', lambda s, u, r: 3.535 + 0.6 * u + noise(r, 0.002)),
            ('cell_t_min', '%.1f', lambda s, u, r: warm(s, 24, 33, 900) + noise(r, 0.2)),
            ('cell_t_max', '%.1f', lambda s, u, r: warm(s, 25, 38, 900) + noise(r, 0.2)),
            ('iso_kohm', '%.0f', lambda s, u, r: 2100 + noise(r, 40)),
            ('chiller_on', '%d', lambda s, u, r: 1 if s > 700 else 0)]
    batch('none', 'none', 'low', [], 'charging', None,
          'DC fast charge 20->80 %: current tapers, cell temperatures climb and the chiller switches on as designed. One ISO 15118 SLAC attempt fails and the second succeeds; nothing abnormal.',
          [('bms_mdf_export.csv', csvlog(t0, d, 0.5, cols, r, abs_time=True, header_extra=('# MDF4 -> CSV (asammdf 7.x), raster 2 s, group BMS_Status',))),
           ('charger_comm.log', textlog('py', t0, d, 500, ml_pool('en') + [('INFO', 'evcc', 'ChargeLoop: EVSEPresentCurrent {i250-330} A, status EVSE_Ready'), ('INFO', 'evcc', 'CurrentDemandReq target {i200-330} A')],
                                        [ev(0.0, 'WARNING', 'slac', 'CM_SLAC_MATCH timeout (attempt 1/3), retrying'), ev(0.001, 'INFO', 'slac', 'match ok, NMK set, attempt 2/3'),
                                         ev(0.002, 'INFO', 'evcc', 'SessionSetupRes OK, EVSEID DE*ION*E123*45'), ev(0.999, 'INFO', 'evcc', 'target SOC 80 % reached, SessionStop')], r)),
           ('journal.txt', textlog('journal', t0, d, 400, SYS_POOL, [], r))])

    # 3 healthy workshop: 19 02 -> no DTCs, DoIP routing retry
    r = random.Random(3); t0 = base_t0(r); d = 900
    batch('none', 'none', 'low', [], 'test', None,
          'Service visit: quick test over DoIP, every ECU answers 19 02 FF with an empty list; a first routing activation was refused because the tester was not yet authenticated, then succeeded. Healthy.',
          [('doip_trace.txt', uds_session(t0, d, r, doip=True, n=260, extra=[(5.0, 'TX', [0x19, 0x02, 0xFF]), (5.03, 'RX', [0x59, 0x02, 0xFF]),
                                                                            (6.0, 'TX', [0x19, 0x0A]), (6.04, 'RX', [0x59, 0x0A, 0xFF])])),
           ('odx_report.txt', odx_report(t0, r, {}, 'de')),
           ('tester_script.log', textlog('py', t0, d, 450, ml_pool('de'), [ev(0.001, 'WARNING', 'doip', 'routing activation response 0x00 (unknown SA), retry with auth'),
                                                                           ev(0.002, 'INFO', 'doip', 'routing activation 0x10 success')], r))])

    # 4 healthy OTA check nothing to install
    r = random.Random(4); t0 = base_t0(r); d = 1200
    batch('none', 'none', 'low', [], 'parked', None,
          'Parked overnight wake for an OTA campaign check: manifest signature valid, installed versions match, nothing to install; one TLS handshake timeout is retried. Healthy.',
          [('ota_agent.log', textlog('py', t0, d, 500, ml_pool('en') + [('INFO', 'ota', 'component {vcu|bms|adas|hu|tel} installed {i1-9}.{i0-40}.{i0-9} == target, skip')],
                                      [ev(0.1, 'WARNING', 'https', 'TLS handshake timeout to ota.backend (10 s), retry 1'), ev(0.11, 'INFO', 'https', 'connected, cert chain ok'),
                                       ev(0.2, 'INFO', 'ota', 'campaign manifest 2026.11.3 signature ok'), ev(0.3, 'INFO', 'ota', 'nothing to install, going back to sleep')], r)),
           ('journal.txt', textlog('journal', t0, d, 600, SYS_POOL, [], r)),
           ('dmesg.txt', textlog('dmesg', t0, d, 400, DMESG_POOL, [], r))])

    # 5 healthy hill climb, inverter / stator warm strongly but within limits
    r = random.Random(5); t0 = base_t0(r); d = 1800
    batch('none', 'none', 'low', [], 'driving', None,
          'Long mountain pass climb: motor torque, HV current and inverter/stator temperatures rise a lot and SOC drops fast, but all stay inside limits and no derate happens. Healthy.',
          [('mdf_drive_export.csv', csvlog(t0, d, 1, ev_drive_cols(5, hill=True), r, abs_time=True, header_extra=('# MDF4 export, raster 1 s, channels from VCU/INV/BMS',))),
           ('vcu_dlt.txt', textlog('dlt', t0, d, 600, [('INFO', 'VCUTQMG', 'torque request {i20-220} Nm, limit 310 Nm'), ('INFO', 'VCUNMGT', 'NM state ReadySleep->Normal'),
                                                     ('INFO', 'VCUTHRM', 'cooling demand level {i1-3}'), ('WARN', 'VCUDIAG', 'E2E counter jump on 0x1A0 (1), accepted')], [], r))])

    # 6 healthy sleep/wake ASC with network management
    r = random.Random(6); t0 = base_t0(r); d = 600
    batch('none', 'none', 'low', [], 'parked', None,
          'Parked: car wakes for the telematics keep-alive, NM frames, the bus sleeps again; one remote wake from the app. Error counter 0, nothing abnormal.',
          [('bodycan_sleepwake.asc', asc(t0, 80, r, override=lambda cid, s, dd, r: 'skip' if 30 < s < 50 else None)),
           ('canoe_write.txt', textlog('canoe', t0, 80, 400, [('I', 'NM', 'node 0x{h2} NM PDU, CBV 0x10'), ('I', 'System', 'Bus statistics: load {i3-22} %, errors 0'),
                                                             ('I', 'Test', 'wake reason KL30 timer'), ('I', 'CAPL', 'BCM sleep indication')],
                                             [(29.95, 'I', 'NM', 'all nodes ReadySleep -> PrepareBusSleep -> BusSleep'), (50.0, 'I', 'NM', 'wake-up by TEL NM PDU, network start'),
                                              (50.3, 'W', 'System', 'first frame after wake without ACK (1), retransmitted ok')], r)),
           ('journal.txt', textlog('journal', t0, d, 400, SYS_POOL, [ev(0.5, 'INFO', 'power-mgr', 'remote wake from app, precondition request rejected (SOC policy), sleeping')], r))])

    # 7 healthy tunnel GNSS loss (romaji)
    r = random.Random(7); t0 = base_t0(r); d = 1200
    pool = [('I', 'localizer.cc:212', 'pose cov xy {f0.05:0.25} m, src fused'), ('I', 'perception.cc:88', 'frame {i1000-99999} objects {i3-40} latency {i40-70} ms'),
            ('W', 'camera_driver.cc:301', 'exposure adjust (jidou roshutsu), gain {i1-16}'), ('I', 'planner.cc:45', 'keiro keikaku OK, horizon 8 s')]
    batch('none', 'none', 'low', [], 'driving', None,
          'Drive through a 2 km tunnel: GNSS fix lost and regained, localisation falls back to odometry with covariance growing then shrinking, camera exposure swings. Normal behaviour.',
          [('localization.INFO', textlog('glog', t0, d, 900, pool, [ev(0.40, 'W', 'gnss_node.cc:77', 'GNSS fix lost (tonneru?), dead reckoning'),
                                                                   ev(0.41, 'W', 'localizer.cc:230', 'pose cov xy 0.9 m, src odom+imu'),
                                                                   ev(0.47, 'I', 'gnss_node.cc:80', 'GNSS RTK float -> fix, 18 sats'),
                                                                   ev(0.48, 'I', 'localizer.cc:212', 'pose cov xy 0.08 m, src fused')], r)),
           ('gnss_quality.csv', csvlog(t0, d, 1, [('sats', '%d', lambda s, u, r: 0 if 0.4 < u < 0.47 else 14 + int(3 * math.sin(s / 50))),
                                                  ('hdop', '%.2f', lambda s, u, r: 99.0 if 0.4 < u < 0.47 else 0.9 + 0.2 * math.sin(s / 30)),
                                                  ('pos_cov_m', '%.2f', lambda s, u, r: 0.1 + (40 * (u - 0.4) if 0.4 < u < 0.47 else 0) + abs(noise(r, 0.01)))], r))])

    # 8 healthy workshop: history DTCs cleared then empty (German)
    r = random.Random(8); t0 = base_t0(r); d = 1000
    batch('none', 'none', 'low', [], 'test', None,
          'After a battery disconnect in the workshop, stored undervoltage history entries were cleared (14 FF FF FF) and the re-read is empty; the ECU reset counter increments are expected. Healthy.',
          [('uds_19_session.log', uds_session(t0, d, r, n=280, extra=[(10, 'TXT', 'Batterie abgeklemmt für Arbeiten, danach Fehlerspeicher lesen'), (20, 'TX', [0x19, 0x02, 0x09]),
                                                                     (20.04, 'RX', r1902([('U3003', 0x16, 0x28), ('U0100', 0x00, 0x28)])),
                                                                     (30, 'TX', [0x14, 0xFF, 0xFF, 0xFF]), (30.2, 'RX', [0x54]), (40, 'TX', [0x19, 0x02, 0x09]), (40.03, 'RX', [0x59, 0x02, 0xFF]),
                                                                     (41, 'TXT', 'Fehlerspeicher leer - i.O.')])),
           ('werkstatt_notes.log', textlog('py', t0, d, 400, ml_pool('de'), [ev(0.3, 'INFO', 'note', 'Historische Einträge U3003/U0100 durch Abklemmen verursacht, gelöscht')], r))])

    # 9 healthy HVAC preconditioning parked (Spanish)
    r = random.Random(9); t0 = base_t0(r); d = 1500
    cols = [('p_low_bar', '%.2f', lambda s, u, r: 3.1 + 0.6 * math.sin(s / 45) + noise(r, 0.03)),
            ('p_high_bar', '%.2f', lambda s, u, r: 11 + 5 * (1 - math.exp(-s / 200)) + 2 * math.sin(s / 45) + noise(r, 0.1)),
            ('comp_rpm', '%.0f', lambda s, u, r: (4500 if s < 400 else 2200 + 800 * math.sin(s / 45)) + noise(r, 20)),
            ('cabin_c', '%.1f', lambda s, u, r: warm(s, 41, 22, 260) + noise(r, 0.1)),
            ('evap_out_c', '%.1f', lambda s, u, r: warm(s, 30, 4, 120) + noise(r, 0.2)), ('ambient_c', '%.1f', lambda s, u, r: 36 + noise(r, 0.05))]
    batch('none', 'none', 'low', [], 'parked', None,
          'Parked precooling on a hot day: cabin drops from 41 to 22 degC, compressor speed and high-side pressure swing widely but stay in range. Healthy.',
          [('hvac_xcp_1Hz.csv', csvlog(t0, d, 1, cols, r, header_extra=('# XCP on CAN, HVAC, 1 Hz, precondicionamiento',))),
           ('hvac_tool.log', textlog('py', t0, d, 500, ml_pool('es'), [ev(0.0, 'INFO', 'hvac', 'precondicionamiento remoto solicitado, objetivo 22 C')], r))])

    # 10 healthy EOL flash validation, pinyin
    r = random.Random(10); t0 = base_t0(r); d = 1300
    batch('none', 'none', 'low', [], 'test', None,
          'End-of-line reflash check: each ECU verified with 31 01 FF 01, one transfer block timeout retried successfully, post-flash DTC read empty. Healthy.',
          [('eol_flash.log', textlog('py', t0, d, 800, ml_pool('zh') + [('INFO', 'flash', 'TransferData block {i1-900} ok ({i2048-4096} B)')],
                                      [ev(0.4, 'WARNING', 'flash', 'block 311 no response in P2* (5000 ms), resend'), ev(0.401, 'INFO', 'flash', 'block 311 ok after resend'),
                                       ev(0.98, 'INFO', 'flash', '19 02 FF -> 59 02 FF (empty), jianyan tongguo')], r)),
           ('uds_trace.txt', uds_session(t0, d, r, n=300))])

    # ============================== FAULTS
    # battery_bms / cell drift -> discharge limit
    r = random.Random(11); t0 = base_t0(r); d = 2100
    cols = ev_drive_cols(11) + [('cell_v_min', '%.3f', lambda s, u, r: 3.88 - 0.1 * u - 0.00015 * max(0, (s - 600)) * (0.5 + 0.5 * math.sin(s / 11) + 0.3) + noise(r, 0.002)),
                               ('cell_v_min_idx', '%d', lambda s, u, r: 57 if s > 600 else r.randint(1, 96)),
                               ('cell_v_avg', '%.3f', lambda s, u, r: 3.90 - 0.1 * u + noise(r, 0.001)),
                               ('dis_limit_kw', '%.0f', lambda s, u, r: 150 if s < 1700 else max(60, 150 - (s - 1700) * 0.5))]
    batch('battery_bms', 'cell', 'high', ['medium'], 'driving', 'bms_mdf.csv',
          'Cell 57 sags further below the pack average under every load step as the drive goes on (a weak / high-resistance cell); the BMS finally cuts the discharge power limit. No error text; visible only in the signals, derate -> high.',
          [('bms_mdf.csv', csvlog(t0, d, 1, cols, r, abs_time=True, header_extra=('# MDF4 -> CSV, BMS_CellStat + VCU, 1 s',))),
           ('vcu_dlt.txt', textlog('dlt', t0, d, 700, [('INFO', 'VCUTQMG', 'torque request {i20-220} Nm'), ('INFO', 'VCUPWR', 'battery discharge limit {i145-150} kW'), ('WARN', 'VCUDIAG', 'E2E counter jump on 0x1A0 (1), accepted')],
                                                     [ev(0.83, 'INFO', 'VCUPWR', 'battery discharge limit reduced by BMS, new max 98 kW'), ev(0.9, 'INFO', 'VCUHMI', 'reduced power indicator request')], r))])

    # battery_bms / hv_isolation drift while charging
    r = random.Random(12); t0 = base_t0(r); d = 2400
    cols = [('soc_pct', '%.2f', lambda s, u, r: 35 + 40 * u), ('pack_v', '%.1f', lambda s, u, r: 360 + 40 * u + noise(r, 0.3)),
            ('pack_i_a', '%.1f', lambda s, u, r: (-25.0 if u < 0.95 else 0.0) + noise(r, 0.2)),
            ('iso_pos_kohm', '%.0f', lambda s, u, r: max(90, 2400 * math.exp(-2.6 * u)) + noise(r, 15)),
            ('iso_neg_kohm', '%.0f', lambda s, u, r: 2600 + noise(r, 30)), ('ambient_rh_pct', '%.0f', lambda s, u, r: 88 + noise(r, 1)),
            ('cell_t_max', '%.1f', lambda s, u, r: warm(s, 11, 17, 1500) + noise(r, 0.2))]
    batch('battery_bms', 'hv_isolation', 'medium', ['high'], 'charging', 'bms_iso_export.csv',
          'AC overnight charge: insulation resistance on the HV+ side falls steadily from ~2.4 MOhm to ~200 kOhm; the BMS ends the session when it crosses its limit. Charging stopped (feature lost) lowered one step for charging -> medium.',
          [('bms_iso_export.csv', csvlog(t0, d, 1, cols, r, abs_time=True)),
           ('obc.log', textlog('syslog', t0, d, 600, SYS_POOL + [('INFO', 'obc', 'AC charge {f6.8:7.2} kW, L1-L3 ok')], [ev(0.955, 'WARN', 'obc', 'charge permission withdrawn by BMS (reason code 0x2C), output disabled')], r)),
           ('charge_session.jsonl', textlog('jsonl', t0, d, 400, [('INFO', 'cms', 'meter {i1000-9999} Wh'), ('INFO', 'cms', 'pilot duty 53 %')], [ev(0.956, 'INFO', 'cms', 'session ended by vehicle, energy 29.4 kWh')], r))])

    # battery_bms / hvil while driving -> contactors open (critical)
    r = random.Random(13); t0 = base_t0(r); d = 1500
    hb = dtc_bytes('P0A0A', 0x00)
    def ovr(cid, s, dd, r):
        if cid == 0x2F4 and 1001 <= s < 1003:
            return [0x21, 0x00, 0x00, 0x00, 0x80, 0x00, 0x00, dd[7]]  # hvil bit
        return None
    batch('battery_bms', 'hvil', 'critical', ['high'], 'driving', 'bms.log',
          'The HV interlock loop opens while driving (connector at the rear e-machine), BMS opens the main contactors, propulsion lost; VCU/INV errors follow. Loss of propulsion while moving -> critical.',
          [('bms.log', textlog('py', t0, d, 700, [('INFO', 'bms.core', 'pack {f380:395} V, {f-50:120} A, SOC {f60:62} %'), ('DEBUG', 'bms.bal', 'balancing off, delta {i4-12} mV'), ('INFO', 'bms.iso', 'R_iso {i1900-2300} kOhm')],
                                [ev(0.667, 'WARNING', 'bms.safety', 'interlock return current 0.0 mA (expected 10 mA), debounce 20 ms'),
                                 ev(0.6675, 'ERROR', 'bms.safety', 'loop continuity lost -> request contactor open'),
                                 ev(0.668, 'INFO', 'bms.cont', 'MAIN+ open, MAIN- open, pack isolated')], r)),
           ('inverter_canoe.txt', textlog('canoe', t0, d, 500, [('I', 'INV', 'Udc {i380-395} V, Tj {i40-60} C'), ('I', 'System', 'bus load {i20-40} %')],
                                          [ev(0.6685, 'E', 'INV', 'DC link undervoltage 12 V, active short circuit'), ev(0.669, 'E', 'VCU', 'propulsion unavailable, hazard lights'),
                                           ev(0.67, 'E', 'VCU', 'DTC P0A0A-00 set (0x%s), status 0x2F' % hx(hb).replace(' ', ''))], r)),
           ('hvcan.asc', asc(t0, 30, r))])

    # battery_bms / contactor welded at key off (parked)
    r = random.Random(14); t0 = base_t0(r); d = 900
    batch('battery_bms', 'contactor', 'medium', ['high'], 'parked', 'bms_dlt.txt',
          'At key-off the BMS weld check sees DC-link voltage stay at pack level after MAIN+ opens: positive contactor stuck closed, next drive inhibited. Feature lost but parked -> medium.',
          [('bms_dlt.txt', textlog('dlt', t0, d, 650, [('INFO', 'BMSCORE', 'pack {i385-392} V, I {f-2:2} A'), ('INFO', 'BMSNM', 'NM prepare sleep'), ('INFO', 'BMSBAL', 'balancing cell {i1-96}')],
                                    [ev(0.3, 'INFO', 'BMSCONT', 'shutdown seq: open MAIN+'), ev(0.301, 'WARN', 'BMSCONT', 'link V after MAIN+ open 387.9 V (expect < 60 V within 300 ms)'),
                                     ev(0.303, 'ERROR', 'BMSCONT', 'positive switch did not separate, stored 0x0AA100 st 0x2F, ready inhibit latched')], r)),
           ('uds_readout.log', uds_session(t0, d, r, ecu=0x408C, n=260, extra=[(600, 'TX', [0x19, 0x02, 0x0D]), (600.03, 'RX', r1902([('P0AA1', 0, 0x2F)]))]))])

    # powertrain / ignition misfire: XCP counters only + ODX
    r = random.Random(15); t0 = base_t0(r); d = 1600
    cols = override(ice_cols(15), 'MisfCnt_Cyl3', lambda s, u, r: int(max(0, s - 500) ** 1.6 / 120))
    cols = override(cols, 'rLambda', lambda s, u, r: 1.0 + 0.12 * math.exp(-s / 60) + (0.03 * (s - 500) / 1100 if s > 500 else 0) + noise(r, 0.006))
    batch('powertrain', 'ignition', 'high', ['medium'], 'driving', 'xcp_ecm_10Hz.csv',
          'Cylinder 3 misfire counter starts climbing after ~8 minutes and accelerates while lambda drifts lean; the workshop report shows P0303 confirmed with the MIL and cylinder-3 injection shut off. Misfire protection -> high.',
          [('xcp_ecm_10Hz.csv', csvlog(t0, 160, 10, [(n, f, (lambda g: lambda s, u, r: g(s * 10, u, r))(fn)) for n, f, fn in cols], r, header_extra=('# XCP DAQ 10 Hz, ECM, time-lapse export (1 row = 1 s of engine time)',))),
           ('odx_report.txt', odx_report(t0, r, {'ECM': [{'code': 'P0303', 'ftb': 0, 'status': 0xAF, 'text': 'Zyl. 3 Verbrennungsaussetzer erkannt / cyl 3 combustion irregular', 'occ': 14,
                                                         'ff': [('engine speed', '2140 rpm'), ('coolant', '88 degC'), ('load', '46 %'), ('cyl 3 injector', 'deactivated'), ('km at first', '48190')]}]}, 'de')),
           ('tester_script.log', textlog('py', t0, 900, 400, ml_pool('de'), [], r))])

    # powertrain / inverter phase current sensor offset drift
    r = random.Random(16); t0 = base_t0(r); d = 1800
    cols = ev_drive_cols(16) + [('i_phase_u_offset_a', '%.2f', lambda s, u, r: 0.2 + (s / 1800) ** 2 * 14 + noise(r, 0.1)),
                                ('i_phase_v_offset_a', '%.2f', lambda s, u, r: -0.1 + noise(r, 0.1)),
                                ('torque_ripple_pct', '%.1f', lambda s, u, r: 1.5 + (s / 1800) ** 2 * 9 + noise(r, 0.2)),
                                ('inv_tq_limit_nm', '%.0f', lambda s, u, r: 310 if s < 1650 else 150)]
    batch('powertrain', 'inverter', 'high', ['medium'], 'driving', 'inv_xcp_export.csv',
          'The inverter phase-U current measurement offset creeps from 0.2 A to ~14 A, torque ripple grows; at the end the inverter halves its torque limit. Only visible as signals; derate -> high.',
          [('inv_xcp_export.csv', csvlog(t0, d, 1, cols, r, header_extra=('# CCP/XCP export, INV, 1 Hz',))),
           ('vcu.log', textlog('syslog', t0, d, 600, SYS_POOL, [ev(0.93, 'INFO', 'vcu-tq', 'inverter reports torque capability 150 Nm (was 310)')], r))])

    # powertrain / transmission DCT clutch pressure drop -> limp
    r = random.Random(17); t0 = base_t0(r); d = 1500
    cols = [('gear', '%d', lambda s, u, r: 1 + int(min(6, drive_speed(s, 17) / 18)) if s < 1380 else 3),
            ('eng_rpm', '%.0f', lambda s, u, r: 900 + drive_speed(s, 17) * 28 + noise(r, 10)),
            ('k1_press_bar', '%.2f', lambda s, u, r: 11.5 - 3.8 * max(0, u - 0.3) ** 1.5 + noise(r, 0.05)),
            ('k2_press_bar', '%.2f', lambda s, u, r: 11.6 + noise(r, 0.05)),
            ('k1_slip_rpm', '%.0f', lambda s, u, r: abs(noise(r, 5)) + 120 * max(0, u - 0.55) ** 1.3),
            ('oil_temp_c', '%.1f', lambda s, u, r: warm(s, 25, 88, 500) + noise(r, 0.2)), ('line_press_bar', '%.2f', lambda s, u, r: 16 + noise(r, 0.1))]
    batch('powertrain', 'transmission', 'high', ['critical'], 'driving', 'tcu_xcp.csv',
          'DCT clutch K1 apply pressure slowly falls while K2 stays constant; K1 slip grows until the TCU locks 3rd gear (limp home). Japanese-romaji engineer notes. Limp home -> high.',
          [('tcu_xcp.csv', csvlog(t0, d, 1, cols, r, abs_time=True)),
           ('tcu_eng.log', textlog('py', t0, d, 500, ml_pool('ja'), [ev(0.93, 'WARNING', 'tcu', 'fail-safe: 3-soku kotei, odd shaft disabled (K1)'), ev(0.931, 'INFO', 'diag', 'DTC P0900-1C pending->confirmed')], r))])

    # powertrain / emissions DPF differential pressure creeping, pending only -> low
    r = random.Random(18); t0 = base_t0(r); d = 2000
    cols = ice_cols(18)[:7] + [('dpDPF_hPa', '%.1f', lambda s, u, r: (18 + 20 * u ** 1.4) * (0.4 + drive_speed(s, 18) / 100) + noise(r, 0.4)),
                               ('mSoot_g', '%.1f', lambda s, u, r: 28 + 8 * u), ('tDPFin_degC', '%.0f', lambda s, u, r: warm(s, 20, 360, 400) + (200 if 0.5 < u < 0.6 else 0) + noise(r, 3)),
                               ('regenActive', '%d', lambda s, u, r: 1 if 0.5 < u < 0.6 else 0)]
    batch('powertrain', 'emissions', 'low', ['medium'], 'driving', 'ecm_mdf.csv',
          'Diesel DPF differential pressure keeps rising even through an active regeneration (soot estimate barely moves): ash loading / plugged filter; the ECM stores only a pending P2463. Pending only -> low.',
          [('ecm_mdf.csv', csvlog(t0, d, 1, cols, r, abs_time=True)),
           ('uds_0x19.log', uds_session(t0, d, r, ecu=0x07E0, n=250, extra=[(1950, 'TX', [0x19, 0x02, 0x04]), (1950.04, 'RX', r1902([('P2463', 0, 0x24)])),
                                                                           (1952, 'TX', [0x19, 0x06] + dtc_bytes('P2463', 0) + [0xFF]), (1952.05, 'RX', [0x59, 0x06] + dtc_bytes('P2463', 0) + [0x24, 0x01, 0x02, 0x02, 0x00, 0x03, 0x00]),
                                                                           (1954, 'TX', [0x19, 0x04] + dtc_bytes('P2463', 0) + [0x01]),
                                                                           (1954.05, 'RX', [0x59, 0x04] + dtc_bytes('P2463', 0) + [0x24, 0x01, 0x03, 0xF4, 0x0D, 0x3A, 0xF4, 0x05, 0x5B, 0x24, 0x63, 0x01, 0x7C])]))])

    # thermal / pump drift
    r = random.Random(19); t0 = base_t0(r); d = 1800
    cols = override(ev_drive_cols(19), 'pump_rpm', lambda s, u, r: 2600 - 1700 * max(0, u - 0.25) ** 1.2 + noise(r, 15))
    cols = override(cols, 'inv_temp_c', lambda s, u, r: warm(s, 24, 48, 500) + 32 * max(0, u - 0.35) ** 1.3 + noise(r, 0.3))
    cols = cols + [('pump_cmd_rpm', '%.0f', lambda s, u, r: 2600 if u < 0.5 else 3400), ('pwr_limit_kw', '%.0f', lambda s, u, r: 150 if u < 0.92 else 90)]
    batch('thermal', 'pump', 'high', ['medium'], 'driving', 'thermal_mdf.csv',
          'Electronics coolant pump actual speed falls away from its command (bearing/drag), inverter temperature creeps up until the VCU lowers power. Root is the pump, visible as speed vs command divergence; derate -> high.',
          [('thermal_mdf.csv', csvlog(t0, d, 1, cols, r)),
           ('vcu_dlt.txt', textlog('dlt', t0, d, 600, [('INFO', 'VCUTHRM', 'cooling demand level {i1-3}'), ('INFO', 'VCUTQMG', 'torque request {i10-200} Nm')],
                                   [ev(0.921, 'WARN', 'VCUTHRM', 'inverter thermal budget exhausted, power limit 90 kW')], r))])

    # thermal / radiator, ICE coolant creeping on highway (pinyin)
    r = random.Random(20); t0 = base_t0(r); d = 2400
    cols = override(ice_cols(20), 'tCoolant_degC', lambda s, u, r: warm(s, 20, 90, 300) + 24 * max(0, u - 0.3) ** 1.5 + noise(r, 0.2))
    cols = cols + [('fan_duty_pct', '%.0f', lambda s, u, r: min(100, 20 + 120 * max(0, u - 0.3))), ('tRadOut_degC', '%.1f', lambda s, u, r: warm(s, 20, 70, 300) + 35 * max(0, u - 0.3) ** 1.5 + noise(r, 0.3)),
                   ('vVeh_kph', '%.0f', lambda s, u, r: 120 + noise(r, 1))]
    batch('thermal', 'radiator', 'high', ['medium'], 'driving', 'ecm_mdf_1Hz.csv',
          'On a steady 120 km/h highway run the coolant climbs from 90 to ~113 degC with the fan at 100 % and radiator outlet tracking inlet (poor heat rejection, clogged/blocked radiator); ECM reduces torque. Derate -> high.',
          [('ecm_mdf_1Hz.csv', csvlog(t0, d, 1, cols, r, abs_time=True)),
           ('road_test.log', textlog('py', t0, d, 500, ml_pool('zh'), [ev(0.96, 'WARNING', 'ecm', 'engine temp protection: torque limited to 70 % (shuiwen guogao)')], r))])

    # thermal / hvac refrigerant leak while parked
    r = random.Random(21); t0 = base_t0(r); d = 1500
    cols = [('p_low_bar', '%.2f', lambda s, u, r: 3.0 - 2.0 * u + 0.3 * math.sin(s / 45) + noise(r, 0.03)),
            ('p_high_bar', '%.2f', lambda s, u, r: 14 - 6 * u + noise(r, 0.1)), ('comp_rpm', '%.0f', lambda s, u, r: (0 if u > 0.95 else 4000 + 300 * math.sin(s / 45)) + noise(r, 20)),
            ('cabin_c', '%.1f', lambda s, u, r: 39 - 9 * (1 - math.exp(-s / 300)) + 6 * max(0, u - 0.5) + noise(r, 0.1)),
            ('evap_out_c', '%.1f', lambda s, u, r: 6 + 14 * u ** 1.5 + noise(r, 0.2)), ('superheat_k', '%.1f', lambda s, u, r: 5 + 22 * u ** 1.4 + noise(r, 0.3))]
    batch('thermal', 'hvac', 'medium', ['high'], 'parked', 'hvac_xcp.csv',
          'Parked precooling: low-side pressure and subcool fall and superheat rises for the whole session while the cabin stops cooling (refrigerant undercharge/leak); the compressor is finally locked out. Feature disabled, parked -> medium.',
          [('hvac_xcp.csv', csvlog(t0, d, 1, cols, r)),
           ('hvac_tool.log', textlog('py', t0, d, 500, ml_pool('es'), [ev(0.951, 'WARNING', 'hvac', 'compresor bloqueado: protección baja presión (B10A2-16)')], r))])

    # thermal / overtemp of ADAS compute cold plate -> throttle -> ADAS off (cascade into adas)
    r = random.Random(22); t0 = base_t0(r); d = 1800
    pool = [('I', 'perception.cc:88', 'frame {i1000-99999} objects {i3-40} latency {i40-70} ms'), ('I', 'planner.cc:45', 'trajectory ok, horizon 8 s')]
    batch('thermal', 'overtemp', 'high', ['medium'], 'driving', 'adcu_health.csv',
          'ADAS domain controller SoC temperature creeps from 65 to 104 degC while its fan tach falls to zero; DVFS throttling raises perception latency and the pilot feature is handed back. Root is the compute cooling, not perception; feature disabled -> high.',
          [('adcu_health.csv', csvlog(t0, d, 1, [('soc_temp_c', '%.1f', lambda s, u, r: 65 + 39 * max(0, u - 0.2) ** 1.2 + noise(r, 0.3)),
                                               ('fan_tach_rpm', '%.0f', lambda s, u, r: max(0, 4200 - 6000 * max(0, u - 0.2)) + noise(r, 10) if u < 0.9 else 0),
                                               ('cpu_mhz', '%.0f', lambda s, u, r: 2200 if u < 0.8 else 1200), ('gpu_load_pct', '%.0f', lambda s, u, r: 70 + noise(r, 5)),
                                               ('ambient_c', '%.1f', lambda s, u, r: 24 + noise(r, 0.1))], r, abs_time=True)),
           ('perception.INFO', textlog('glog', t0, d, 900, pool, [ev(0.82, 'W', 'perception.cc:140', 'frame latency 118 ms > 100 ms budget'), ev(0.9, 'E', 'supervisor.cc:60', 'pilot unavailable: perception deadline misses, takeover request')], r))])

    # brakes_chassis / abs wheel speed RL -> cascade
    r = random.Random(23); t0 = base_t0(r); d = 60
    def ovr_ws(cid, s, dd, r):
        if cid == 0x1A0 and s > 31.2:
            return dd[:4] + [0xFF, 0xFE] + dd[6:]
        return None
    batch('brakes_chassis', 'abs', 'critical', ['high'], 'driving', 'chassis.asc',
          'RL wheel speed signal goes to the invalid value 0xFFFE in the wheel-speed frame while the others are ~80 km/h; then ABS, ESC and ACC switch off and flood the write window. Loss of ABS/ESC while moving -> critical.',
          [('chassis.asc', asc(t0, d, r, override=ovr_ws)),
           ('canoe_write.txt', textlog('canoe', t0, d, 500, [('I', 'System', 'bus load {i20-40} %'), ('I', 'CAPL', 'ESC status active'), ('I', 'ACC', 'set speed {i80-130}')],
                                       [(31.9, 'E', 'ESC', 'ESC passive, lamp on'), (31.95, 'E', 'ACC', 'ACC off: ESC not available'), (32.1, 'E', 'EPB', 'dynamic braking degraded'),
                                        (32.2, 'E', 'ABS', 'DTC 0x404500 st 0x2F')], r)),
           ('odx_report.txt', odx_report(t0, r, {'ABS': [{'code': 'C0045', 'ftb': 0x00, 'status': 0xAF, 'text': 'Raddrehzahl HL kein Signal', 'occ': 1, 'ff': [('vehicle speed', '81 km/h')]}],
                                                 'ACC': [{'code': 'U0415', 'ftb': 0, 'status': 0x2F, 'text': 'invalid data from ABS', 'occ': 1}]}, 'de'))])

    # brakes_chassis / eps motor temperature drift -> assist reduced
    r = random.Random(24); t0 = base_t0(r); d = 1800
    cols = [('steer_angle_deg', '%.1f', lambda s, u, r: 90 * math.sin(s / 4) + noise(r, 1)), ('assist_torque_nm', '%.2f', lambda s, u, r: (3.2 if u < 0.9 else 1.6) * abs(math.sin(s / 4)) + noise(r, 0.05)),
            ('eps_motor_temp_c', '%.1f', lambda s, u, r: 30 + 95 * u ** 1.1 + noise(r, 0.3)), ('eps_current_a', '%.1f', lambda s, u, r: 40 * abs(math.sin(s / 4)) + noise(r, 1)),
            ('veh_speed_kph', '%.1f', lambda s, u, r: 12 + 5 * math.sin(s / 40))]
    batch('brakes_chassis', 'eps', 'high', ['critical'], 'driving', 'eps_xcp.csv',
          'Slow manoeuvring course: EPS motor temperature rises steadily to ~125 degC and the EPS halves its assist torque (thermal protection). Assist reduced, steering still available -> high.',
          [('eps_xcp.csv', csvlog(t0, d, 1, cols, r)),
           ('test_drive.log', textlog('py', t0, d, 500, ml_pool('ja'), [ev(0.905, 'WARNING', 'eps', 'hojo torukuseigen 50 %, onndo hogo')], r))])

    # brakes_chassis / tpms slow leak -> warning
    r = random.Random(25); t0 = base_t0(r); d = 2700
    cols = [('p_fl_bar', '%.2f', lambda s, u, r: 2.5 + 0.12 * (1 - math.exp(-s / 600)) + noise(r, 0.005)), ('p_fr_bar', '%.2f', lambda s, u, r: 2.5 + 0.12 * (1 - math.exp(-s / 600)) - 0.8 * u + noise(r, 0.005)),
            ('p_rl_bar', '%.2f', lambda s, u, r: 2.6 + 0.12 * (1 - math.exp(-s / 600)) + noise(r, 0.005)), ('p_rr_bar', '%.2f', lambda s, u, r: 2.6 + 0.12 * (1 - math.exp(-s / 600)) + noise(r, 0.005)),
            ('t_fr_c', '%.0f', lambda s, u, r: warm(s, 12, 31, 600)), ('veh_speed_kph', '%.0f', lambda s, u, r: drive_speed(s, 25))]
    batch('brakes_chassis', 'tpms', 'low', ['medium'], 'driving', 'tpms_mdf.csv',
          'Front-right tyre loses pressure steadily (2.6 -> 1.8 bar) while the others rise normally with tyre warm-up; the TPMS shows a low-pressure warning only at the end. Warning only -> low.',
          [('tpms_mdf.csv', csvlog(t0, d, 0.5, cols, r, abs_time=True)),
           ('ic.log', textlog('syslog', t0, d, 500, SYS_POOL, [ev(0.97, 'INFO', 'cluster', 'telltale TPMS_LOW FR on, message 0x2A1')], r))])

    # brakes_chassis / suspension level sensor, parked
    r = random.Random(26); t0 = base_t0(r); d = 1400
    batch('brakes_chassis', 'suspension', 'medium', ['high'], 'parked', 'susp_ecu.log',
          'Air suspension: rear-left height sensor reading wanders while parked, the compressor levels six times and then hits its duty limit; level control locked. Feature disabled, parked -> medium.',
          [('susp_ecu.log', textlog('dlt', t0, d, 600, [('INFO', 'SUSPLVL', 'height FL {i-3-3} FR {i-3-3} RR {i-3-3} mm'), ('INFO', 'SUSPNM', 'NM sleep prepare')],
                                    [ev(0.1 + 0.1 * k, 'INFO', 'SUSPLVL', 'RL height %+d mm vs target, compressor run %d' % (-18 - k * 4, k + 1)) for k in range(6)] +
                                    [ev(0.75, 'WARN', 'SUSPCMP', 'compressor duty budget used, cool-down lockout'), ev(0.76, 'ERROR', 'SUSPLVL', 'plausibility RL vs model off by 31 mm, stored C1A27-29')], r)),
           ('uds_readout.log', uds_session(t0, d, r, ecu=0x4064, n=250, extra=[(1300, 'TX', [0x19, 0x02, 0x08]), (1300.03, 'RX', r1902([('C1A27', 0x29, 0x28)]))]))])

    # body / airbag squib resistance drift
    r = random.Random(27); t0 = base_t0(r); d = 1200
    cols = [('r_drv_stage1_ohm', '%.2f', lambda s, u, r: 2.2 + noise(r, 0.02)), ('r_pass_stage1_ohm', '%.2f', lambda s, u, r: 2.3 + noise(r, 0.02)),
            ('r_pt_drv_ohm', '%.2f', lambda s, u, r: 2.1 + 4.5 * u ** 2 + noise(r, 0.02)), ('r_pt_pass_ohm', '%.2f', lambda s, u, r: 2.15 + noise(r, 0.02)),
            ('ubatt_v', '%.2f', lambda s, u, r: 14.2 + noise(r, 0.03)), ('belt_latched', '%d', lambda s, u, r: 1)]
    batch('body', 'airbag', 'critical', ['high'], 'driving', 'acu_squib_meas.csv',
          'Driver belt pretensioner squib loop resistance rises from 2.1 to over 6 Ohm (connector under the seat); the airbag unit disables that deployment loop and lights the warning lamp. Restraint lost while driving -> critical.',
          [('acu_squib_meas.csv', csvlog(t0, d, 2, cols, r)),
           ('odx_report.txt', odx_report(t0, r, {'ACU': [{'code': 'B0091', 'ftb': 0x1A, 'status': 0xAF, 'text': 'Gurtstraffer Fahrer Widerstand zu hoch', 'occ': 3, 'ff': [('loop R', '6.4 Ohm'), ('ignition cycles', '1')]}]}, 'de'))])

    # body / doors lock actuator, parked
    r = random.Random(28); t0 = base_t0(r); d = 900
    batch('body', 'doors', 'medium', ['high', 'low'], 'parked', 'bcm.log',
          'At locking, the rear-left latch never reports locked: BCM retries the actuator 3 times, then refuses to arm the alarm. Comfort/security feature lost while parked -> medium.',
          [('bcm.log', textlog('journal', t0, d, 550, SYS_POOL + [('INFO', 'bcm', 'door FL/FR/RR state closed, locked'), ('INFO', 'bcm', 'keyless antenna scan {i1-6}')],
                               [ev(0.5, 'INFO', 'bcm', 'lock request from remote key'), ev(0.501, 'WARN', 'bcm', 'RL latch feedback still "unlocked" after 400 ms, retry 1'),
                                ev(0.503, 'WARN', 'bcm', 'RL retry 2/3, motor current 0.2 A (expected >2 A)'), ev(0.505, 'ERROR', 'bcm', 'RL actuator no movement, B1D41-71 stored; alarm arming refused')], r)),
           ('lin_body.asc', asc(t0, 40, r, ids=[(0x21, 0.05), (0x22, 0.05), (0x23, 0.05), (0x24, 0.05), (0x3C, 0.2)]))])

    # body / lighting German
    r = random.Random(29); t0 = base_t0(r); d = 1500
    batch('body', 'lighting', 'high', ['critical'], 'driving', 'lichtsteuergeraet.log',
          'Night drive: the left headlamp LED driver reports open load on the low beam after a short current dip; the low beam left is off, cornering light substitutes. Headlamp function lost -> high.',
          [('lichtsteuergeraet.log', textlog('py', t0, d, 600, ml_pool('de') + [('INFO', 'lsg', 'Abblendlicht ein, Strom L {f0.95:1.05} A R {f0.95:1.05} A')],
                                            [ev(0.6, 'WARNING', 'lsg', 'Strom links 0.41 A kurzzeitig'), ev(0.601, 'ERROR', 'lsg', 'LED-Treiber links: Last offen, Kanal abgeschaltet'),
                                             ev(0.602, 'INFO', 'lsg', 'Ersatzlicht: Abbiegelicht links aktiv')], r)),
           ('ic.log', textlog('syslog', t0, d, 400, SYS_POOL, [ev(0.603, 'INFO', 'cluster', 'lamp fault message shown: check left headlamp')], r))])

    # body / hmi touch controller
    r = random.Random(30); t0 = base_t0(r); d = 1200
    batch('body', 'hmi', 'medium', ['low', 'high'], 'driving', 'dmesg.txt',
          'Centre display touch controller starts NAKing on I2C, the touch input freezes; the driver resets the controller and touch recovers. Recovered by itself -> medium.',
          [('dmesg.txt', textlog('dmesg', t0, d, 700, DMESG_POOL, [ev(0.55 + 0.001 * k, 'E', 'k', 'atmel_mxt_ts 3-004a: i2c transfer failed (-6), retry') for k in range(6)] +
                                 [ev(0.558, 'E', 'k', 'atmel_mxt_ts 3-004a: __mxt_read_reg: i2c transfer failed (-121)'), ev(0.56, 'I', 'k', 'atmel_mxt_ts 3-004a: Resetting device'),
                                  ev(0.562, 'I', 'k', 'atmel_mxt_ts 3-004a: Family: 164 Variant: 14 Firmware V2.0.AB Objects: 36')], r)),
           ('journal.txt', textlog('journal', t0, d, 600, SYS_POOL, [ev(0.557, 'WARN', 'hmi-input', 'no touch events for 8 s while display on'), ev(0.565, 'INFO', 'hmi-input', 'touch events resumed')], r))])

    # adas / camera calibration drift (romaji)
    r = random.Random(31); t0 = base_t0(r); d = 1800
    pool = [('I', 'lane_detector.cc:120', 'lanes {i1-4} conf {f0.7:0.99}'), ('I', 'camera_driver.cc:210', 'frame {i1000-99999} ok, kakudo hosei done'), ('W', 'camera_driver.cc:301', 'exposure adjust, gain {i1-16}')]
    batch('adas_perception', 'camera', 'high', ['medium'], 'driving', 'cam_calib.csv',
          'Online calibration of the front camera sees the yaw extrinsic drift from 0.1 to 1.9 deg over the drive (bracket loosening); lane positions disagree with the map and lane keeping is disabled. Feature disabled -> high.',
          [('cam_calib.csv', csvlog(t0, d, 1, [('yaw_deg', '%.3f', lambda s, u, r: 0.1 + 1.8 * u ** 1.3 + noise(r, 0.01)), ('pitch_deg', '%.3f', lambda s, u, r: -1.2 + noise(r, 0.01)),
                                             ('roll_deg', '%.3f', lambda s, u, r: 0.05 + noise(r, 0.01)), ('lane_offset_err_m', '%.2f', lambda s, u, r: 0.05 + 0.5 * u ** 1.3 + abs(noise(r, 0.02)))], r)),
           ('perception.INFO', textlog('glog', t0, d, 900, pool, [ev(0.93, 'W', 'lka_manager.cc:50', 'LKA yokusei: lane/map mismatch persistent'), ev(0.931, 'I', 'hmi_bridge.cc:30', 'LKA unavailable indicator')], r))])

    # adas / lidar window contamination, point count drop
    r = random.Random(32); t0 = base_t0(r); d = 1500
    pool = [('I', 'lidar_driver.cc:90', 'packet rate {i750-760} pps'), ('I', 'fusion.cc:300', 'tracks {i5-50}'), ('I', 'planner.cc:45', 'trajectory ok')]
    batch('adas_perception', 'lidar', 'high', ['critical'], 'driving', 'lidar_stats.csv',
          'Roof lidar returns per scan in the front sector fall steadily (window soiling, washer inactive) while the rear sector stays normal; fusion drops lidar confidence and the pilot degrades to driver-assist. Feature degraded -> high.',
          [('lidar_stats.csv', csvlog(t0, d, 2, [('pts_front', '%d', lambda s, u, r: int(62000 * (1 - 0.7 * u ** 1.2) + noise(r, 400))), ('pts_rear', '%d', lambda s, u, r: int(61000 + noise(r, 400))),
                                               ('intensity_mean', '%.1f', lambda s, u, r: 41 - 18 * u + noise(r, 0.4)), ('motor_hz', '%.2f', lambda s, u, r: 10 + noise(r, 0.01))], r)),
           ('fusion.INFO', textlog('glog', t0, d, 900, pool, [ev(0.9, 'W', 'fusion.cc:410', 'lidar weight -> 0.2 (front)'), ev(0.91, 'W', 'supervisor.cc:60', 'degrade L3->L2, driver handover')], r))])

    # adas / radar misalignment
    r = random.Random(33); t0 = base_t0(r); d = 1200
    batch('adas_perception', 'radar', 'high', ['medium'], 'driving', 'radar_uds.log',
          'Front radar autoalignment estimates an azimuth error of 3.8 deg and blocks ACC/AEB object output; the DTC shows in a 19 02 reply with confirmed status, ACC off. Feature disabled -> high.',
          [('radar_uds.log', uds_session(t0, d, r, ecu=0x4013, n=280, extra=[(600, 'TXT', 'read alignment DID 0xFD21'), (600.1, 'TX', [0x22, 0xFD, 0x21]), (600.13, 'RX', [0x62, 0xFD, 0x21, 0x00, 0x26, 0xFF, 0xF9]),
                                                                         (601, 'TX', [0x19, 0x02, 0x09]), (601.04, 'RX', r1902([('C1B01', 0x54, 0x2F)]))])),
           ('acc.log', textlog('syslog', t0, d, 500, SYS_POOL, [ev(0.3, 'WARN', 'acc', 'ACC not available: sensor not ready')], r))])

    # adas / localization IMU bias drift -> MRM
    r = random.Random(34); t0 = base_t0(r); d = 1500
    batch('adas_perception', 'localization', 'critical', ['high'], 'driving', 'loc_state.csv',
          'Good GNSS throughout, but the IMU gyro z bias estimate walks away and the localiser innovation grows until the pose is rejected; the stack performs a minimal-risk manoeuvre. MRM -> critical.',
          [('loc_state.csv', csvlog(t0, d, 2, [('gyro_bias_z_dps', '%.4f', lambda s, u, r: 0.01 + 0.4 * u ** 2 + noise(r, 0.002)), ('innovation_m', '%.2f', lambda s, u, r: 0.05 + 2.5 * u ** 3 + abs(noise(r, 0.01))),
                                             ('gnss_sats', '%d', lambda s, u, r: 16), ('pos_cov_m', '%.2f', lambda s, u, r: 0.08 + 0.6 * u ** 3)], r)),
           ('planning.INFO', textlog('glog', t0, d, 900, [('I', 'planner.cc:45', 'trajectory ok, horizon 8 s'), ('I', 'behavior.cc:90', 'lane follow, v {i60-100}')],
                                     [ev(0.95, 'E', 'localizer.cc:410', 'pose rejected: innovation 2.1 m'), ev(0.951, 'E', 'safety.cc:22', 'MRM started: stop in lane, hazards on')], r))])

    # network / gateway reboot cascade
    r = random.Random(35); t0 = base_t0(r); d = 1200
    flood = [ev(0.5 + 0.0005 * k, 'ERROR', e, 'lost communication with %s (timeout %d ms)' % (x, 500 + k)) for k, (e, x) in enumerate([('vcu', 'BMS'), ('hu', 'IC'), ('adas', 'ESC'), ('tel', 'BCM'), ('vcu', 'INV'), ('hu', 'HVAC'), ('adas', 'EPS')] * 3)]
    batch('connectivity_network', 'gateway', 'medium', ['high'], 'driving', 'gateway_dlt.txt',
          'Central gateway resets (hardware watchdog from its routing core) and for ~4 s all ECUs behind it are silent, flooding U-code timeouts everywhere; everything comes back after the reboot. Recovered -> medium.',
          [('gateway_dlt.txt', textlog('dlt', t0, d, 600, [('INFO', 'GWRT', 'routing table {i200-240} entries'), ('INFO', 'GWNM', 'partial network {i1-8} active')],
                                       [ev(0.4995, 'WARN', 'GWRT', 'routing core heartbeat missed'), ev(0.4998, 'INFO', 'GWBOOT', 'reset reason 0x04, boot count 1113')], r)),
           ('ecus.log', textlog('py', t0, d, 600, ml_pool('en'), flood + [ev(0.505, 'INFO', 'vcu', 'all nodes back')], r)),
           ('uds_after.log', uds_session(t0, d, r, ecu=0x4019, n=250, extra=[(1100, 'TX', [0x19, 0x02, 0x09]), (1100.04, 'RX', r1902([('U0100', 0, 0x28), ('U0121', 0, 0x28), ('U0146', 0, 0x28)]))]))])

    # network / can bus-off from babbling node (ASC error frames only)
    r = random.Random(36); t0 = base_t0(r); d = 60
    extra = [(20 + 0.002 * k, '1  ErrorFrame') for k in range(250)] + [(20.6, '1  Bus Off'), (21.0, '1  ErrorFrame Flags = 0x0 CodeExt = 0x20a2')]
    batch('connectivity_network', 'can', 'medium', ['high'], 'driving', 'bodycan.asc',
          'Body CAN: an error-frame storm from a faulty node at 20 s drives the logging channel to bus-off, body frames pause and resume after bus-off recovery; comfort functions glitch. Recovered -> medium.',
          [('bodycan.asc', asc(t0, d, r, override=lambda cid, s, dd, r: 'skip' if 20.6 < s < 21.5 else None, extra=extra)),
           ('canoe_write.txt', textlog('canoe', t0, d, 400, [('I', 'System', 'bus load {i20-40} %'), ('I', 'CAPL', 'window lift pos {i0-100}')],
                                       [(21.6, 'W', 'System', 'CAN1 bus off recovered, TEC 0'), (21.7, 'W', 'BCM', 'comfort close interrupted')], r))])

    # network / ethernet SQI drift
    r = random.Random(37); t0 = base_t0(r); d = 1500
    batch('connectivity_network', 'ethernet', 'high', ['medium'], 'driving', 'eth_phy_stats.csv',
          '100BASE-T1 link from the camera switch to the ADAS ECU: SQI falls from 7 to 2 and CRC errors start, then the link flaps; camera streams drop and ADAS degrades. Root is the automotive Ethernet link.',
          [('eth_phy_stats.csv', csvlog(t0, d, 1, [('sqi', '%d', lambda s, u, r: max(0, 7 - int(6 * u ** 1.5))), ('crc_err', '%d', lambda s, u, r: int(max(0, u - 0.6) ** 2 * 4000)),
                                                 ('link_up', '%d', lambda s, u, r: 0 if u > 0.9 and int(s) % 7 == 0 else 1), ('rx_mbps', '%.1f', lambda s, u, r: 88 + noise(r, 1))], r)),
           ('perception.INFO', textlog('glog', t0, d, 900, [('I', 'camera_driver.cc:210', 'frame {i1000-99999} ok')],
                                       [ev(0.91, 'W', 'camera_driver.cc:330', 'front_wide stream gap 340 ms'), ev(0.93, 'E', 'supervisor.cc:60', 'camera set incomplete, pilot unavailable')], r))])

    # network / lin wiper node
    r = random.Random(38); t0 = base_t0(r); d = 1200
    batch('connectivity_network', 'lin', 'high', ['medium'], 'driving', 'lin1_trace.txt',
          'LIN1: the wiper motor slave stops answering its status frame (no response on ID 0x31), the BCM falls back to default wipe speed and the rain sensor is ignored. Feature degraded -> high.',
          [('lin1_trace.txt', textlog('canoe', t0, 120, 1200, [('I', 'LIN1', 'ID 0x30 Tx 8 bytes {h2} {h2} 00 00 00 00 00 00 chk ok'), ('I', 'LIN1', 'ID 0x31 Rx 4 bytes {h2} 01 00 00 chk ok'),
                                                              ('I', 'LIN1', 'ID 0x32 Rx 8 bytes rain {h2} light {h2}')],
                                          [(70 + k * 0.5, 'E', 'LIN1', 'ID 0x31 no response (slave not answering)') for k in range(40)], r)),
           ('bcm.log', textlog('journal', t0, d, 500, SYS_POOL, [ev(0.6, 'WARN', 'bcm', 'wiper status lost, default speed 1 active, rain sensor ignored')], r))])

    # software / oom memory growth
    r = random.Random(39); t0 = base_t0(r); d = 1800
    batch('software_platform', 'oom', 'high', ['medium'], 'driving', 'proc_stats.csv',
          'The fusion node RSS grows linearly (leak) from 1.2 GB to 5.8 GB; the kernel OOM killer terminates it, the pilot drops out and the node restarts. Feature interrupted -> high.',
          [('proc_stats.csv', csvlog(t0, d, 1, [('fusion_rss_mb', '%.0f', lambda s, u, r: 1200 + 4600 * (u if u < 0.95 else u - 0.95) + noise(r, 5)), ('planner_rss_mb', '%.0f', lambda s, u, r: 800 + noise(r, 5)),
                                              ('mem_free_mb', '%.0f', lambda s, u, r: max(40, 5200 - 4600 * u) if u < 0.95 else 5000), ('cpu_pct', '%.0f', lambda s, u, r: 55 + noise(r, 4))], r)),
           ('dmesg.txt', textlog('dmesg', t0, d, 500, DMESG_POOL, [ev(0.95, 'E', 'k', 'Out of memory: Killed process 2231 (fusion_node) total-vm:7020340kB, anon-rss:5931220kB'),
                                                                   ev(0.951, 'E', 'k', 'oom_reaper: reaped process 2231 (fusion_node)')], r)),
           ('journal.txt', textlog('journal', t0, d, 500, SYS_POOL, [ev(0.952, 'WARN', 'supervisor', 'fusion_node exited (SIGKILL), restart 1/5, pilot unavailable')], r))])

    # software / ota failed with rollback parked
    r = random.Random(40); t0 = base_t0(r); d = 2400
    batch('software_platform', 'ota', 'low', ['medium'], 'parked', 'ota_agent.log',
          'OTA install of the VCU package: slot B written but post-install hash check fails (mismatch), the agent rolls back to slot A and reports failure; car usable. Recovered, parked -> low.',
          [('ota_agent.log', textlog('py', t0, d, 700, ml_pool('en') + [('INFO', 'ota', 'writing slot B chunk {i1-400}/400')],
                                      [ev(0.8, 'ERROR', 'ota', 'slot B digest 9f1c.. != manifest 9f1d.., image rejected'), ev(0.801, 'INFO', 'ota', 'rollback: boot slot A kept, campaign 2026.11.3 FAILED')], r)),
           ('uds_flash.log', uds_session(t0, d, r, ecu=0x4051, n=300, extra=[(1900, 'TX', [0x31, 0x01, 0xFF, 0x01]), (1902, 'RX', [0x71, 0x01, 0xFF, 0x01, 0x01])]))])

    # software / filesystem eMMC ro remount
    r = random.Random(41); t0 = base_t0(r); d = 1500
    batch('software_platform', 'filesystem', 'high', ['medium'], 'driving', 'dmesg.txt',
          'eMMC reports CRC/timeout errors, ext4 journal aborts and the data partition is remounted read-only; the event data recorder and logging stop writing. Feature disabled -> high.',
          [('dmesg.txt', textlog('dmesg', t0, d, 700, DMESG_POOL, [ev(0.4, 'E', 'k', 'mmc0: Timeout waiting for hardware interrupt.'), ev(0.401, 'E', 'k', 'blk_update_request: I/O error, dev mmcblk0, sector 6193152 op 0x1:(WRITE)'),
                                                                   ev(0.402, 'E', 'k', 'EXT4-fs error (device mmcblk0p9): ext4_journal_check_start:83: Detected aborted journal'),
                                                                   ev(0.403, 'E', 'k', 'EXT4-fs (mmcblk0p9): Remounting filesystem read-only')], r)),
           ('journal.txt', textlog('journal', t0, d, 600, SYS_POOL, [ev(0.41, 'ERROR', 'edr', 'write /data/edr/seg_0042.bin: Read-only file system'), ev(0.42, 'ERROR', 'diaglogger', 'flush failed, dropping records')], r))])

    # software / watchdog cockpit deadlock
    r = random.Random(42); t0 = base_t0(r); d = 1300
    batch('software_platform', 'watchdog', 'medium', ['high'], 'driving', 'journal.txt',
          'Cockpit domain controller: a compositor thread deadlock stops the watchdog pet; after 20 s the hardware watchdog reboots the head unit and everything returns. Recovered -> medium.',
          [('journal.txt', textlog('journal', t0, d, 700, SYS_POOL, [ev(0.6, 'WARN', 'weston', 'frame callback not serviced for 5000 ms'), ev(0.61, 'ERROR', 'wdtd', 'client "hmi-core" missed 4 kicks'),
                                                                     ev(0.62, 'ERROR', 'wdtd', 'stopping kicks, expecting hw reset')], r)),
           ('dmesg.txt', textlog('dmesg', t0, d, 500, DMESG_POOL, [ev(0.63, 'E', 'k', 'watchdog: watchdog0: pretimeout event'), ev(0.631, 'I', 'k', 'Booting Linux on physical CPU 0x0')], r))])

    # power / lv battery crank dip cascade
    r = random.Random(43); t0 = base_t0(r); d = 60
    batch('power_supply', 'lv_battery', 'medium', ['high'], 'driving', 'kl30_meas.csv',
          'Cold crank: the aged 12 V battery drops to 7.6 V for 300 ms; ECUs brown out and log resets and U-code timeouts afterwards, then the car starts. Root is the 12 V battery, quieter than the flood. Recovered -> medium.',
          [('kl30_meas.csv', csvlog(t0, d, 100, [('kl30_v', '%.2f', lambda s, u, r: (7.6 if 10 < s < 10.3 else (12.1 if s < 10 else 14.3)) + noise(r, 0.02)), ('crank_active', '%d', lambda s, u, r: 1 if 9.9 < s < 11.2 else 0),
                                              ('ambient_c', '%.1f', lambda s, u, r: -12.0)], r)),
           ('ecu_events.log', textlog('py', t0, d, 500, ml_pool('en'), [(10.3 + 0.01 * k, 'ERROR', e, 'unexpected reset (brown-out), reason 0x%02X' % (3 + k)) for k, e in enumerate(['bcm', 'hu', 'tel', 'acc', 'hvac', 'ic'])] +
                                        [(10.6 + 0.02 * k, 'ERROR', 'vcu', 'U0%d timeout' % (140 + k)) for k in range(12)], r))])

    # power / dcdc drift
    r = random.Random(44); t0 = base_t0(r); d = 2400
    cols = ev_drive_cols(44)[:6] + [('dcdc_out_v', '%.2f', lambda s, u, r: 14.2 - 2.2 * u ** 1.4 + noise(r, 0.02)), ('dcdc_out_a', '%.1f', lambda s, u, r: 60 - 30 * u + noise(r, 1)),
                                    ('lv_batt_a', '%.1f', lambda s, u, r: 5 - 35 * u ** 1.4 + noise(r, 0.5)), ('lv_soc_pct', '%.1f', lambda s, u, r: 88 - 30 * u ** 2)]
    batch('power_supply', 'dcdc', 'high', ['medium'], 'driving', 'lv_mdf.csv',
          'DC-DC output voltage sags from 14.2 V to ~12 V over the drive, so the 12 V battery starts discharging; at the end the VCU sheds comfort loads. Load shedding -> high.',
          [('lv_mdf.csv', csvlog(t0, d, 1, cols, r, abs_time=True)),
           ('vcu_dlt.txt', textlog('dlt', t0, d, 600, [('INFO', 'VCUPWR', 'LV budget ok'), ('INFO', 'VCUTQMG', 'torque request {i10-200} Nm')],
                                   [ev(0.95, 'WARN', 'VCUPWR', 'load shedding stage 2: seat heaters, rear defrost off')], r))])

    # power / alternator LIN excitation fault (Spanish)
    r = random.Random(45); t0 = base_t0(r); d = 1800
    cols = override(ice_cols(45), 'uBatt_V', lambda s, u, r: (14.3 if u < 0.4 else 12.2 - 0.6 * (u - 0.4)) + noise(r, 0.03))
    batch('power_supply', 'alternator', 'high', ['medium'], 'driving', 'lin_gen.log',
          'LIN alternator reports an excitation circuit fault and stops regulating; system voltage falls to battery level and slowly declines; battery lamp on, ECM sheds loads. Power generation lost -> high.',
          [('lin_gen.log', textlog('py', t0, d, 600, ml_pool('es') + [('INFO', 'lin', 'GEN_ST: exc {i40-70} %, U_set 14.3 V')], [ev(0.399, 'ERROR', 'lin', 'GEN_ST: bit fallo excitación = 1, regulación detenida')], r)),
           ('xcp_ecm.csv', csvlog(t0, d, 1, cols, r))])

    # power / lv distribution eFuse trip cascade
    r = random.Random(46); t0 = base_t0(r); d = 1200
    batch('power_supply', 'lv_distribution', 'high', ['medium'], 'driving', 'pdu_dlt.txt',
          'The power distribution unit latches eFuse channel 7 (rear zone controller) off on overcurrent; rear lamps, rear door modules and the rear camera go silent and log errors afterwards. Root is LV distribution.',
          [('pdu_dlt.txt', textlog('dlt', t0, d, 600, [('INFO', 'PDUCH', 'ch {i1-16} I {f0.1:9.5} A'), ('INFO', 'PDUNM', 'NM normal')],
                                   [ev(0.5, 'WARN', 'PDUCH', 'ch 7 I 38.2 A > I2t limit'), ev(0.5002, 'ERROR', 'PDUCH', 'ch 7 latched off, retry budget 0')], r)),
           ('ecus.log', textlog('py', t0, d, 600, ml_pool('en'), [ev(0.501 + 0.0005 * k, 'ERROR', e, m) for k, (e, m) in enumerate([('gw', 'rear zone ZCU_R silent'), ('bcm', 'rear lamps no feedback'),
                                                                                                                              ('adas', 'rear camera stream lost'), ('bcm', 'RL/RR door modules not responding'), ('ic', 'tail light fault message')])], r))])

def finish():
    order = list(range(len(PENDING)))
    random.Random(9).shuffle(order)
    for k, i in enumerate(order):
        files, lab = PENDING[i]
        b = 's%03d' % (k + 1)
        for name, lines in files:
            write(b, name, lines)
        LABELS.append(dict([('batch', b)] + list(lab.items())))
    LABELS.sort(key=lambda x: x['batch'])
    with open(os.path.join(SET, 'labels.json'), 'w') as f:
        json.dump(LABELS, f, indent=1, ensure_ascii=False)
        f.write('\n')

if __name__ == '__main__':
    build()
    finish()
