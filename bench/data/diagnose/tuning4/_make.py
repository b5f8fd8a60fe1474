#!/usr/bin/env python3
"""Generator for the tuning4 diagnose set. Fixed seed; stdlib only."""
import json, os, random, datetime as dt, math
R = random.Random(4242)
OUT = os.path.dirname(os.path.abspath(__file__))
LV = {'D': 'debug', 'I': 'info', 'W': 'warn', 'E': 'error', 'F': 'fatal'}

def dtc_hex(code):
    c = {'P': 0, 'C': 1, 'B': 2, 'U': 3}[code[0]]
    v = (c << 14) | (int(code[1]) << 12) | int(code[2:5], 16)
    return '%02X %02X' % (v >> 8, v & 0xFF)

def utc(t): return dt.datetime.fromtimestamp(t, dt.timezone.utc)
def loc(t, off): return dt.datetime.fromtimestamp(t, dt.timezone(dt.timedelta(hours=off)))

# ---------------- formatters ----------------
def f_sys3164(t, l, s, m, c):
    d = loc(t, c['tz']); return d.strftime('%b ') + ('%2d' % d.day) + d.strftime(' %H:%M:%S') + ' %s %s[%d]: %s' % (c['host'], s, c['pid'](s), m)
def f_sys5424(t, l, s, m, c):
    pri = 8 * 16 + {'D': 7, 'I': 6, 'W': 4, 'E': 3, 'F': 2}[l]
    return '<%d>1 %s %s %s %d - - %s' % (pri, loc(t, c['tz']).isoformat(timespec='milliseconds'), c['host'], s, c['pid'](s), m)
def f_journal(t, l, s, m, c):
    return '%s %s %s[%d]: %s' % (loc(t, c['tz']).strftime('%Y-%m-%dT%H:%M:%S%z'), c['host'], s, c['pid'](s), m)
def f_dmesg(t, l, s, m, c): return '[%12.6f] %s' % (t - c['boot'], m)
def f_glog(t, l, s, m, c):
    s = s if ':' in s else '%s.cc:%d' % (s.lower().replace('.', '_'), 40 + len(s) * 7)
    d = utc(t); return '%s%s %s %5d %s] %s' % ({'D': 'I', 'F': 'F'}.get(l, l), d.strftime('%m%d'), d.strftime('%H:%M:%S.%f'), c['pid'](s), s, m)
def f_logcat(t, l, s, m, c):
    d = loc(t, c['tz']); p = c['pid'](s)
    return '%s.%03d %5d %5d %s %s: %s' % (d.strftime('%m-%d %H:%M:%S'), d.microsecond // 1000, p, p + R.randint(0, 40), {'F': 'F'}.get(l, l).replace('D', 'D'), s, m)
def f_logfmt(t, l, s, m, c):
    return 'ts=%s level=%s comp=%s msg="%s"' % (utc(t).isoformat(timespec='milliseconds').replace('+00:00', 'Z'), LV[l], s, m.replace('"', "'"))
def f_ros(t, l, s, m, c):
    return '[%s] [%.3f] [%s]: %s' % ({'D': 'DEBUG', 'I': 'INFO', 'W': 'WARN', 'E': 'ERROR', 'F': 'FATAL'}[l], t, s, m)
def f_dlt(t, l, s, m, c):
    c['dn'] = c.get('dn', 0) + 1; d = loc(t, c['tz'])
    ap, ct = (s.split('.') + ['CTX'])[:2]
    return '%d %s %d %d %s %s %s log %s V 1 [%s]' % (c['dn'], d.strftime('%Y/%m/%d %H:%M:%S.%f'), int((t - c['boot']) * 10000), c['dn'] % 256, c['ecu'], ap, ct,
        {'D': 'debug', 'I': 'info', 'W': 'warn', 'E': 'error', 'F': 'fatal'}[l], m)
def mk_json(var):
    def f(t, l, s, m, c):
        if var == 'a': o = {'ts': utc(t).isoformat(timespec='milliseconds').replace('+00:00', 'Z'), 'level': LV[l], 'src': s, 'msg': m}
        elif var == 'b': o = {'time': int(t * 1000), 'severity': LV[l].upper(), 'module': s, 'message': m}
        else: o = {'timestamp': round(t, 3), 'lvl': l, 'component': s, 'text': m}
        return json.dumps(o)
    return f
def f_candump(t, l, s, m, c): return '(%.6f) %s %s' % (t, s, m)
def f_uds(t, l, s, m, c):
    d = loc(t, c['tz']); return '%s.%03d %s' % (d.strftime('%H:%M:%S'), d.microsecond // 1000, m)
def f_yaml(t, l, s, m, c):
    sec = int(t); ns = int((t - sec) * 1e9)
    return 'header:\n  stamp:\n    sec: %d\n    nanosec: %d\n  frame_id: %s\n%s\n---' % (sec, ns, s, m)
def f_proto(t, l, s, m, c):
    c['seq'] = c.get('seq', 0) + 1
    return 'header {\n  timestamp_sec: %.6f\n  module_name: "%s"\n  sequence_num: %d\n}\n%s' % (t, s, c['seq'], m)
FMT = {'sys3164': f_sys3164, 'sys5424': f_sys5424, 'journal': f_journal, 'dmesg': f_dmesg, 'glog': f_glog, 'logcat': f_logcat,
       'logfmt': f_logfmt, 'ros': f_ros, 'dlt': f_dlt, 'ja': mk_json('a'), 'jb': mk_json('b'), 'jc': mk_json('c'),
       'candump': f_candump, 'uds': f_uds, 'yaml': f_yaml, 'proto': f_proto}

# ---------------- routine noise pools ----------------
def rh(n): return ' '.join('%02X' % R.randint(0, 255) for _ in range(n))
P = {}
P['tcu'] = [('I', 'atd', lambda: 'AT+CSQ -> +CSQ: %d,99 OK' % R.randint(12, 28)), ('I', 'atd', lambda: 'AT+CREG? -> +CREG: 0,1'),
    ('I', 'atd', lambda: 'AT+COPS? -> +COPS: 0,0,"Telekom.de",7'), ('I', 'mqttc', lambda: 'PUBLISH vehicle/state qos1 len=%d' % R.randint(200, 900)),
    ('I', 'mqttc', lambda: 'PINGREQ/PINGRESP rtt=%dms' % R.randint(40, 400)), ('W', 'chronyd', lambda: 'Could not resolve address of 2.pool.ntp.org, retrying'),
    ('I', 'gpsd', lambda: 'fix 3D sats=%d hdop=%.1f' % (R.randint(7, 14), R.uniform(0.7, 1.6))), ('W', 'uploader', lambda: 'POST /v2/telemetry failed (503), retry %d/5' % R.randint(1, 3)),
    ('I', 'uploader', lambda: 'upload ok bytes=%d' % R.randint(2000, 90000)), ('E', 'wpa_supplicant', lambda: 'wlan0: scan failed: -16 (Device or resource busy)'),
    ('I', 'atd', lambda: 'AT+QENG="servingcell" -> LTE,FDD,262,01,%X,%d' % (R.randint(0x1000, 0xFFFF), R.randint(-110, -70))), ('D', 'vsm', lambda: 'heartbeat seq=%d' % R.randint(1, 99999))]
P['gw'] = [('I', 'GW.ROUT', lambda: 'route stats ch0=%d ch1=%d ch2=%d drop=0' % (R.randint(900, 1200), R.randint(400, 700), R.randint(100, 300))),
    ('I', 'GW.NM', lambda: 'NM ring ok nodes=%d' % R.randint(11, 12)), ('D', 'GW.DIAG', lambda: 'tester present suppressed'),
    ('W', 'GW.ROUT', lambda: 'rx timeout 0x%03X 1 cycle, recovered' % R.choice([0x1A0, 0x2B4, 0x3C1])), ('I', 'SYS.HB', lambda: 'alive cnt=%d cpu=%d%%' % (R.randint(1, 65535), R.randint(8, 40))),
    ('I', 'GW.SEC', lambda: 'SecOC freshness sync ok'), ('I', 'GW.ETH', lambda: 'eth1 link up 100BASE-T1 master rx=%d tx=%d' % (R.randint(10**5, 10**6), R.randint(10**5, 10**6)))]
P['bms'] = [('I', 'bms', lambda: 'soc=%.1f%% soh=%.1f%%' % (R.uniform(40, 80), R.uniform(93, 97))), ('D', 'bms', lambda: 'balancing cells=%d' % R.randint(0, 6)),
    ('I', 'bms', lambda: 'contactor state=CLOSED precharge=DONE'), ('I', 'imd', lambda: 'riso=%d kOhm ok' % R.randint(1800, 5000)),
    ('I', 'bms', lambda: 'heartbeat ok')]
P['adas'] = [('I', 'perception.cc:212', lambda: 'frame %d objects=%d latency=%.1fms' % (R.randint(1, 10**6), R.randint(3, 40), R.uniform(18, 45))),
    ('I', 'fusion.cc:88', lambda: 'tracks=%d cycle=%.1fms' % (R.randint(5, 60), R.uniform(9, 12))), ('I', 'planner.cc:301', lambda: 'plan ok horizon=8.0s cost=%.2f' % R.uniform(1, 9)),
    ('W', 'camera_driver.cc:77', lambda: 'cam_front dropped 1 frame (seq gap)'), ('I', 'localizer.cc:140', lambda: 'pose cov=%.3f lane_conf=%.2f' % (R.uniform(0.01, 0.08), R.uniform(0.85, 0.99))),
    ('I', 'radar_if.cc:54', lambda: 'radar_fl 20Hz targets=%d' % R.randint(10, 60)), ('I', 'lidar_if.cc:61', lambda: 'lidar_top 10Hz pts=%d' % R.randint(110000, 130000))]
P['ivi'] = [('I', 'ActivityManager', lambda: 'Displayed com.oem.media/.Main: +%dms' % R.randint(200, 900)), ('D', 'BluetoothA2dp', lambda: 'audio state playing'),
    ('I', 'CarService', lambda: 'property 0x%08X updated' % R.choice([0x11600207, 0x11400400, 0x15400500])), ('W', 'WifiScanner', lambda: 'scan failed reason=BUSY'),
    ('E', 'MediaProvider', lambda: 'thumbnail decode failed for /sdcard/Music/%d.jpg' % R.randint(1, 300)), ('I', 'chatty', lambda: 'uid=1000 system_server expire %d lines' % R.randint(3, 40)),
    ('I', 'VehicleHal', lambda: 'gear=%s' % R.choice('PRND')), ('I', 'ActivityManager', lambda: 'Start proc %d:com.oem.weather/u0a%d for service (intentional restart)' % (R.randint(3000, 9000), R.randint(50, 99)))]
P['zone'] = [('I', 'ZCU.PWR', lambda: 'out%d I=%.2fA ok' % (R.randint(1, 16), R.uniform(0.1, 6))), ('I', 'ZCU.LIN', lambda: 'LIN1 sched tbl %d ok' % R.randint(0, 3)),
    ('I', 'SYS.HB', lambda: 'alive cnt=%d' % R.randint(1, 65535)), ('D', 'ZCU.IO', lambda: 'door_fl=CLOSED door_fr=CLOSED lock=%s' % R.choice(['LOCKED', 'UNLOCKED'])),
    ('W', 'ZCU.COM', lambda: 'E2E counter jump msg 0x%03X (1), accepted' % R.randint(0x100, 0x4FF)), ('I', 'ZCU.LGT', lambda: 'lamp status all ok')]
P['pt'] = [('I', 'ECM', lambda: 'rpm=%d load=%d%%' % (R.randint(800, 3200), R.randint(10, 70))), ('I', 'TCM', lambda: 'gear=%d slip=%.2f' % (R.randint(1, 8), R.uniform(0, 0.05))),
    ('D', 'ECM', lambda: 'lambda=%.3f stft=%+.1f%%' % (R.uniform(0.98, 1.02), R.uniform(-3, 3))), ('I', 'MCU', lambda: 'tq_cmd=%.1fNm tq_act=%.1fNm' % ((lambda x: (x, x + R.uniform(-2, 2)))(R.uniform(0, 200)))),
    ('I', 'INV', lambda: 'igbt_t=%.1fC dc_link=%.0fV' % (R.uniform(45, 65), R.uniform(370, 400)))]
P['chs'] = [('I', 'ESC', lambda: 'vx=%.1f yaw=%.2f ay=%.2f' % (R.uniform(0, 35), R.uniform(-5, 5), R.uniform(-2, 2))), ('I', 'EPS', lambda: 'tq=%.1fNm assist=%d%%' % (R.uniform(-3, 3), R.randint(20, 100))),
    ('I', 'TPMS', lambda: 'fl=%.2f fr=%.2f rl=%.2f rr=%.2f bar' % tuple(R.uniform(2.4, 2.6) for _ in range(4))), ('D', 'ABS', lambda: 'wss ok all'), ('I', 'ASU', lambda: 'height fl=%d fr=%d mm' % (R.randint(-3, 3), R.randint(-3, 3)))]
P['linux'] = [('I', 'systemd', lambda: 'Started %s.' % R.choice(['Session c%d of user root' % R.randint(1, 9), 'logrotate.service', 'Daily apt download activities'])),
    ('I', 'kernel', lambda: 'usb 1-1: reset high-speed USB device number %d using xhci_hcd' % R.randint(2, 6)), ('W', 'systemd-timesyncd', lambda: 'Timed out waiting for reply from 10.0.0.1:123, trying next'),
    ('I', 'dbus-daemon', lambda: '[system] Successfully activated service org.freedesktop.hostname1'), ('I', 'sshd', lambda: 'Connection closed by 10.1.0.%d port %d' % (R.randint(2, 200), R.randint(30000, 60000))),
    ('E', 'selftest_tool', lambda: 'debug assertion ignored in test harness (TEST_BUILD=1)'), ('I', 'CRON', lambda: '(root) CMD (/usr/bin/logpush --quiet)')]
P['chs2'] = [x for x in P['chs'] if x[1] in ('ESC', 'EPS', 'ASU')]
P['kern'] = [('I', 'k', lambda: 'can0: bitrate 500000 sample-point 0.875'), ('I', 'k', lambda: 'eth0: link is Up - 1Gbps/Full'), ('I', 'k', lambda: 'EXT4-fs (mmcblk0p3): mounted filesystem with ordered data mode'),
    ('I', 'k', lambda: 'random: crng init done'), ('W', 'k', lambda: 'usb 2-1: device descriptor read/64, error -71'), ('I', 'k', lambda: 'audit: type=1400 apparmor="ALLOWED" operation="open" profile="logd"')]
CANIDS = ['0C4', '1A0', '2B4', '3C1', '0F3', '18FEF100', '18FEEE00', '0CF00400', '130', '1F5', '4A1', '3E9']
def can_noise(): i = R.choice(CANIDS); return '%s#%s' % (i, rh(8).replace(' ', ''))
UDSN = [lambda: 'Tx 7DF 02 3E 80', lambda: 'Tx 7E0 03 22 F1 90', lambda: 'Rx 7E8 10 14 62 F1 90 57 56 57', lambda: 'Tx 7E0 30 00 00',
        lambda: 'Rx 7E8 21 5A 5A 5A 31 4B 5A 38', lambda: 'Tx 7E0 03 22 F1 89', lambda: 'Rx 7E8 07 62 F1 89 30 34 2E 31', lambda: 'Tx 7E4 02 10 01', lambda: 'Rx 7EC 06 50 01 00 32 01 F4']

def noise(pool, style):
    if style == 'candump': return ('I', R.choice(['can0', 'can0', 'can1']), can_noise())
    if style == 'uds': return ('I', '', R.choice(UDSN)())
    if style == 'yaml':
        return ('I', R.choice(['base_link', 'gnss']), 'status: 0\nlatitude: %.6f\nlongitude: %.6f\naltitude: %.2f\nposition_covariance_type: 2' % (48.13 + R.uniform(0, .01), 11.57 + R.uniform(0, .01), R.uniform(510, 530)))
    if style == 'proto':
        return ('I', R.choice(['chassis', 'control']), 'speed_mps: %.3f\nthrottle_percentage: %.1f\nbrake_percentage: %.1f\nsteering_percentage: %.2f\ndriving_mode: COMPLETE_AUTO_DRIVE\nerror_code: NO_ERROR' % (R.uniform(8, 25), R.uniform(0, 30), R.uniform(0, 10), R.uniform(-5, 5)))
    l, s, g = R.choice(P[pool]); return (l, s, g())

# ---------------- batch builder ----------------
LABELS = []
def batch(bid, cat, sub, risk, acc, state, rcf, desc, t0, dur, files, ev, csvs=()):
    d = os.path.join(OUT, bid); os.makedirs(d, exist_ok=True)
    pids = {}
    for name, style, pool, n, *opt in files:
        o = opt[0] if opt else {}
        c = {'host': o.get('host', 'tcu-01'), 'tz': o.get('tz', 0), 'boot': t0 - o.get('up', 37.5), 'ecu': o.get('ecu', 'ZCU1'),
             'pid': lambda s: pids.setdefault(s, R.randint(300, 9000))}
        lines = []
        for _ in range(n):
            t = t0 + R.uniform(0, o.get('until', dur)); lines.append((t, noise(pool, style)))
        for fn, toff, l, s, m in ev:
            if fn == name: lines.append((t0 + toff, (l, s, m)))
        lines.sort(key=lambda x: x[0])
        with open(os.path.join(d, name), 'w') as fh:
            if o.get('hdr'): fh.write(o['hdr'] + '\n')
            for t, (l, s, m) in lines: fh.write(FMT[style](t, l, s, m, c) + '\n')
    for name, hz, cols, anom in csvs:
        with open(os.path.join(d, name), 'w') as fh:
            fh.write('timestamp,' + ','.join(cols) + '\n'); n = min(int(dur * hz), 2200)
            for i in range(n):
                t = t0 + i * dur / n; vals = []
                for cn, (base, nz) in cols.items():
                    v = base + R.gauss(0, nz)
                    for (ac, a0, a1, tgt) in anom:
                        if ac == cn and t - t0 >= a0: v += (tgt - base) * min(1.0, (t - t0 - a0) / max(1e-6, a1 - a0))
                    vals.append('%.3f' % v)
                fh.write('%.3f,' % t + ','.join(vals) + '\n')
    LABELS.append({'batch': bid, 'category': cat, 'subsystem': sub, 'risk_level': risk, 'risk_accept': acc, 'vehicle_state': state,
                   'root_cause_file': rcf, 'description': desc})

T = 1796112000.0  # 2026-12-01T08:00:00Z
def tt(i): return T + i * 1700 + R.randint(0, 600)
IDS = iter('k%03d' % x for x in R.sample(range(100, 999), 60))
def B(*a, **k): batch(next(IDS), *a, **k)
def uds_dtc(code, st, mask='FF'):
    return 'Rx 7E8 07 59 02 %s %s %02X' % (mask, code if ' ' in code else dtc_hex(code[:5]) + ' ' + (code[6:8] if len(code) > 5 else '00'), st)
CSV_BMS = {'pack_voltage': (388, 0.6), 'pack_current': (-35, 8), 'cell_v_min': (3.712, 0.002), 'cell_v_max': (3.731, 0.002), 'cell_temp_max': (29.5, 0.2), 'soc': (61, 0.05)}
CSV_DRV = {'vehicle_speed': (22, 1.5), 'coolant_temp': (89, 0.4), 'lv_bus_voltage': (14.1, 0.05), 'wheel_speed_fl': (22, 1.5), 'yaw_rate': (0, 0.8), 'fan_duty': (35, 3)}

# ================= HEALTHY (11) =================
t = tt(0); B('none', 'none', 'low', [], 'parked', None, 'Long sleep with periodic telematics wake-ups; modem re-registers each wake, NTP/upload retries only. Healthy.', t, 7200,
  [('syslog.log', 'sys3164', 'tcu', 1400, {'tz': 1}), ('can0.log', 'candump', None, 600, {'until': 90}), ('zcu_dlt.txt', 'dlt', 'zone', 500)],
  [('syslog.log', 1800 * k, 'I', 'vsm', 'wake-up reason=TIMER, lv=12.4V, going back to sleep in 45s') for k in range(1, 4)] +
  [('zcu_dlt.txt', 1800 * k + 2, 'I', 'ZCU.NM', 'NM wakeup partial network PN3 (telematics), sleep ready after 40s') for k in range(1, 4)] +
  [('syslog.log', 3620, 'W', 'atd', 'AT+CREG? -> +CREG: 0,2 (searching) after wake, registered after 4s')])
t = tt(1); B('none', 'none', 'low', [], 'driving', None, 'Tunnel drive: GNSS fix lost for ~70 s, localization falls back to odometry/map matching and recovers; no feature loss.', t, 1500,
  [('adas_console.log', 'ros', 'adas', 1800), ('localizer.INFO', 'glog', 'adas', 1600), ('gnss_fix.yaml', 'yaml', None, 300)],
  [('adas_console.log', 610, 'W', 'gnss_driver', 'NavSatFix status NO_FIX (sats=0) - entering tunnel per map'), ('localizer.INFO', 612, 'W', 'localizer.cc:233', 'GNSS unavailable, dead-reckoning mode, cov growing 0.11'),
   ('adas_console.log', 680, 'I', 'gnss_driver', 'fix reacquired sats=9 RTK_FLOAT'), ('localizer.INFO', 683, 'I', 'localizer.cc:240', 'GNSS fused again, cov=0.04, drift corrected 0.6m')])
t = tt(2); B('none', 'none', 'low', [], 'ota', None, 'Depot software flash: several ECUs reflashed with planned resets, programming sessions and a retried block transfer; all verify OK.', t, 2400,
  [('ota.log', 'logfmt', 'linux', 900), ('kern.log', 'dmesg', 'kern', 500), ('diag.txt', 'uds', None, 1500, {'tz': 1})],
  [('ota.log', 100 + 300 * k, 'I', 'ota-agent', 'ecu=%s flash start pkg=%s' % (e, v)) for k, (e, v) in enumerate([('BCM', '24.3.1'), ('EPS', '7.0.2'), ('ZCU1', '3.11.0'), ('ADCU', '2026.11.4')])] +
  [('ota.log', 250 + 300 * k, 'I', 'ota-agent', 'ecu=%s verify OK, ECUReset hard, back online' % e) for k, e in enumerate(['BCM', 'EPS', 'ZCU1', 'ADCU'])] +
  [('ota.log', 420, 'W', 'ota-agent', 'TransferData block 0x3A NRC 0x78 responsePending x6, retry ok'), ('diag.txt', 101, 'I', '', 'Tx 7E4 02 10 02'), ('diag.txt', 101.05, 'I', '', 'Rx 7EC 06 50 02 00 32 01 F4'),
   ('diag.txt', 250, 'I', '', 'Tx 7E4 02 11 01'), ('diag.txt', 250.02, 'I', '', 'Rx 7EC 02 51 01'), ('kern.log', 2300, 'I', 'k', 'reboot: Restarting system (ota activation)')])
t = tt(3); B('none', 'none', 'low', [], 'charging', None, 'AC charge started and stopped by the user via app after 20 min; EVSE reports user stop, contactors open normally.', t, 1500,
  [('charger.jsonl', 'jb', 'bms', 900, {'until': 1250}), ('syslog.log', 'sys5424', 'tcu', 700)],
  [('charger.jsonl', 60, 'I', 'obc', 'CP state B->C, PWM duty 53% (32A), charging'), ('syslog.log', 1250, 'I', 'appsvc', 'remote command STOP_CHARGE from user app accepted'),
   ('charger.jsonl', 1252, 'W', 'obc', 'charge session terminated: reason=USER_REQUEST, energy=3.8kWh'), ('charger.jsonl', 1254, 'I', 'bms', 'contactors open, HV off nominal')],
  [('bms_signals.csv', 10, dict(CSV_BMS, pack_current=(10.5, 0.3)), [('pack_current', 1252, 1253, 0.0)])])
t = tt(4); B('none', 'none', 'low', [], 'parked', None, 'Car wash: cameras and ultrasonic sensors report blockage/spray, parking aid temporarily shows sensors dirty while stationary in wash mode; clears after wash.', t, 900,
  [('perception.INFO', 'glog', 'adas', 1200), ('uss.jsonl', 'jc', 'chs', 400), ('logcat.txt', 'logcat', 'ivi', 900, {'tz': 1})],
  [('logcat.txt', 30, 'I', 'CarService', 'car wash mode ON (mirrors folded, wipers inhibited)')] +
  [('perception.INFO', 60 + 20 * k, 'W', 'blockage.cc:51', 'cam_%s blockage score %.2f (water film)' % (c, R.uniform(0.6, 0.9))) for k, c in enumerate(['front', 'rear', 'left', 'right'] * 3)] +
  [('uss.jsonl', 70 + 15 * k, 'W', 'USS', 'sensor %d echo saturated / spray' % (k % 12)) for k in range(20)] +
  [('logcat.txt', 700, 'I', 'CarService', 'car wash mode OFF'), ('perception.INFO', 760, 'I', 'blockage.cc:60', 'all cameras clear')])
t = tt(5); B('none', 'none', 'low', [], 'driving', None, 'Valet mode drive: speed limited to 30 km/h by design, infotainment locked, glovebox locked; restrictions are intentional.', t, 1200,
  [('logcat.txt', 'logcat', 'ivi', 1500), ('zcu_dlt.txt', 'dlt', 'zone', 900), ('syslog.log', 'sys3164', 'linux', 400)],
  [('logcat.txt', 20, 'I', 'ValetService', 'valet mode enabled by owner PIN, HMI restricted'), ('zcu_dlt.txt', 22, 'I', 'ZCU.VMD', 'valet: vmax=30kph, trunk/glovebox lock'),
   ('logcat.txt', 400, 'W', 'ValetService', 'request Settings blocked: valet active'), ('logcat.txt', 1150, 'I', 'ValetService', 'valet mode disabled')])
t = tt(6); B('none', 'none', 'low', [], 'test', None, 'End-of-line test bench: faults are injected deliberately (marked INJECT/TEST), DTCs read out and cleared; the vehicle is healthy.', t, 1800,
  [('bench.log', 'journal', 'linux', 900), ('diag.txt', 'uds', None, 1200)],
  [('bench.log', 200, 'I', 'eol-runner', 'TEST step 14: INJECT open circuit on WSS_FL harness (relay K3)'), ('diag.txt', 230, 'I', '', 'Tx 7B0 03 19 02 09'), ('diag.txt', 230.04, 'I', '', 'Rx 7B8 07 59 02 FF 40 35 00 09'),
   ('bench.log', 232, 'I', 'eol-runner', 'TEST step 14: expected C0035 present -> PASS; clearing'), ('diag.txt', 240, 'I', '', 'Tx 7B0 04 14 FF FF FF'), ('diag.txt', 240.03, 'I', '', 'Rx 7B8 01 54'),
   ('bench.log', 600, 'I', 'eol-runner', 'TEST step 22: INJECT CAN silence ABS (U0121 expected)'), ('bench.log', 640, 'E', 'eol-runner', 'U0121-87 logged as expected (injected) PASS'),
   ('bench.log', 1700, 'I', 'eol-runner', 'EOL sequence complete 48/48 PASS, DTC memory empty')])
t = tt(7); B('none', 'none', 'low', [], 'driving', None, 'Highway drive with ADAS active; one radar target dropout and a transient E2E counter skip, all routine.', t, 1800,
  [('gw_can.log', 'candump', None, 2500), ('chassis.pb.txt', 'proto', None, 250), ('adas.log', 'ros', 'adas', 1200)], [],
  [('signals.csv', 2, dict(CSV_DRV, vehicle_speed=(33, 0.8), wheel_speed_fl=(33, 0.8)), [])])
t = tt(8); B('none', 'none', 'low', [], 'charging', None, 'DC fast charge 20->80 %; power tapers as planned with cell temperature; one ISO-15118 message retry.', t, 1800,
  [('bms.jsonl', 'ja', 'bms', 1500), ('syslog.log', 'sys5424', 'tcu', 600)],
  [('bms.jsonl', 10, 'I', 'ccs', 'ISO15118 session setup ok, EVSE max 150kW'), ('bms.jsonl', 300, 'W', 'ccs', 'CurrentDemandRes timeout 1x, retried ok'),
   ('bms.jsonl', 1200, 'I', 'bms', 'taper: I_req 280A -> 150A at soc 72% (planned)'), ('bms.jsonl', 1790, 'I', 'ccs', 'target soc reached, session stop normal')],
  [('bms_signals.csv', 10, dict(CSV_BMS, pack_current=(250, 3), cell_temp_max=(33, 0.2)), [('pack_current', 1200, 1300, 150), ('cell_temp_max', 0, 1800, 38.5)])])
t = tt(9); B('none', 'none', 'low', [], 'driving', None, 'Cold start at -24 C: glow/heater phase, battery heating requested, slow LV cranking dip to 10.9 V for 0.5 s during start (normal), then normal drive.', t, 1200,
  [('kern.log', 'dmesg', 'kern', 500), ('zcu_dlt.txt', 'dlt', 'zone', 1000), ('ecm.log', 'logfmt', 'pt', 800)],
  [('ecm.log', 5, 'I', 'ECM', 'cold start ect=-24C, extended crank'), ('zcu_dlt.txt', 6, 'I', 'ZCU.PWR', 'crank dip detected 10.9V 480ms (within spec)'), ('ecm.log', 30, 'W', 'ECM', 'idle up 1150rpm for warm-up')],
  [('signals.csv', 1, dict(CSV_DRV, coolant_temp=(-24, 0.3)), [('coolant_temp', 0, 900, 88)])])
t = tt(10); B('none', 'none', 'low', [], 'driving', None, 'City drive; one body CAN timeout 0x3C1 for a single cycle recovered instantly, infotainment app restarted on purpose.', t, 1500,
  [('can1.log', 'candump', None, 3500), ('vehicle.log', 'logfmt', 'gw', 1200), ('logcat.txt', 'logcat', 'ivi', 1000)],
  [('vehicle.log', 700, 'W', 'GW.ROUT', 'rx timeout 0x3C1 (BCM) 1 cycle, next frame received after 20ms'), ('logcat.txt', 800, 'I', 'ActivityManager', 'Force stopping com.oem.nav appid=10061 user=0: update applied')])

# ================= BATTERY_BMS =================
t = tt(11); B('battery_bms', 'cell', 'high', [], 'driving', 'bms_signals.csv', 'Cell block 57 voltage sags under load (numeric only in the 10 Hz CSV) well below the others; BMS then limits discharge power (derate).', t, 1200,
  [('bms.jsonl', 'jb', 'bms', 1200), ('syslog.log', 'sys3164', 'tcu', 500)],
  [('bms.jsonl', 1000, 'W', 'bms', 'P_dis_max reduced 180kW -> 60kW'), ('bms.jsonl', 1001, 'W', 'vcu', 'propulsion power limited, driver msg #213 shown')],
  [('bms_signals.csv', 10, CSV_BMS, [('cell_v_min', 500, 1000, 3.28)])])
t = tt(12); B('battery_bms', 'hv_isolation', 'medium', ['high'], 'parked', 'imd.log', 'Parked in rain: insulation monitor reads falling HV isolation resistance, below the warning limit; HV activation blocked until dry (parked, so medium).', t, 1800,
  [('imd.log', 'sys5424', 'bms', 900, {'host': 'bms-ecu', 'until': 400}), ('zcu_dlt.txt', 'dlt', 'zone', 700)],
  [('imd.log', 400, 'W', 'imd', 'riso=610 kOhm decreasing'), ('imd.log', 700, 'W', 'imd', 'ISO_RES < lim warn (riso=298kOhm, lim=500)'), ('imd.log', 900, 'E', 'imd', 'ISO_RES < lim 2 (riso=95kOhm) - Isolationsfehler, HV-Freigabe gesperrt'),
   ('zcu_dlt.txt', 1200, 'W', 'ZCU.VCU', 'ready request rejected: HV not available (isolation)')])
t = tt(13); B('battery_bms', 'hvil', 'critical', ['high'], 'driving', 'bms.log', 'HVIL loop opens while driving at 90 km/h, BMS opens contactors, propulsion lost and vehicle coasts to a stop; loud VCU/inverter errors follow. A pending lamp code is a minor second fault.', t, 1200,
  [('bms.log', 'glog', 'bms', 900, {'until': 700}), ('vcu.log', 'logfmt', 'pt', 1200, {'until': 700}), ('diag.txt', 'uds', None, 500)],
  [('bms.log', 700, 'E', 'hvil.c:121', 'HVIL open (loop 2, rear junction box), debounce 20ms'), ('bms.log', 700.05, 'E', 'contactor.c:88', 'emergency contactor open requested'),
   ('vcu.log', 700.2, 'E', 'MCU', 'DC link collapse 392V -> 12V, torque unavailable'), ('vcu.log', 700.3, 'F', 'VCU', 'propulsion lost, hazard lights on, coast-down'),
   ('vcu.log', 701, 'E', 'INV', 'P0A94 DC/DC converter performance'), ('vcu.log', 702, 'E', 'VCU', 'ready lost'), ('diag.txt', 760, 'I', '', 'Tx 7E4 03 19 02 08'), ('diag.txt', 760.05, 'I', '', 'Rx 7EC 07 59 02 FF 0A 0A 00 2F'),
   ('diag.txt', 770, 'I', '', 'Tx 740 03 19 02 04'), ('diag.txt', 770.05, 'I', '', 'Rx 748 07 59 02 FF 92 53 00 24')])
t = tt(14); B('battery_bms', 'charging', 'high', ['medium'], 'charging', 'charger.jsonl', 'DC fast charge aborted repeatedly: charge inlet temperature sensor implausible, BMS stops charging; charging not possible.', t, 1500,
  [('charger.jsonl', 'jc', 'bms', 1100), ('syslog.log', 'sys3164', 'tcu', 600)],
  [('charger.jsonl', 300, 'W', 'ccs', 'inlet_temp DC+ 142C implaus. (neighbour 31C)'), ('charger.jsonl', 301, 'E', 'bms', 'BMS_ERR_0x4A charge stop: inlet temperature fault'),
   ('charger.jsonl', 420, 'I', 'ccs', 'session restart 2/3'), ('charger.jsonl', 450, 'E', 'bms', 'BMS_ERR_0x4A charge stop: inlet temperature fault'), ('charger.jsonl', 600, 'E', 'ccs', 'charging disabled until service'),
   ('syslog.log', 605, 'I', 'appsvc', 'push notification: charging interrupted')])
t = tt(15); B('battery_bms', 'contactor', 'medium', ['high'], 'parked', 'bms.log', 'At key-off the BMS weld check finds the main negative contactor stuck closed; HV cannot be fully isolated, service warning while parked.', t, 900,
  [('bms.log', 'journal', 'bms', 700, {'host': 'bms', 'until': 400}), ('can0.log', 'candump', None, 1500)],
  [('bms.log', 400, 'I', 'bms', 'key off, opening contactors'), ('bms.log', 401, 'E', 'bms', 'weld check NEG: V_link stays 386V after open cmd -> contactor welded'), ('bms.log', 402, 'E', 'bms', 'DTC P0AA4 confirmed (negative contactor stuck closed), service required')])

# ================= POWERTRAIN =================
t = tt(16); B('powertrain', 'ignition', 'low', [], 'driving', 'ecm.log', 'Mode 07 shows pending P0301 (cylinder 1 misfire) only; mode 03 empty, no MIL. Pending only, low.', t, 1200,
  [('obd.txt', 'uds', None, 800), ('ecm.log', 'logfmt', 'pt', 1200)],
  [('ecm.log', 500, 'D', 'ECM', 'misfire counter cyl1=14/1000 rev (below MIL threshold)'), ('obd.txt', 900, 'I', '', 'Tx 7DF 01 03'), ('obd.txt', 900.03, 'I', '', 'Rx 7E8 02 43 00'),
   ('obd.txt', 901, 'I', '', 'Tx 7DF 01 07'), ('obd.txt', 901.03, 'I', '', 'Rx 7E8 04 47 01 03 01')])
t = tt(17); B('powertrain', 'inverter', 'high', [], 'driving', 'inverter.log', 'Rear inverter phase current sensor offset drift -> P0A78 drive motor inverter performance, motor torque limited to 40% (limp).', t, 1500,
  [('inverter.log', 'dlt', 'pt', 1200, {'ecu': 'INVR'}), ('vcu.jsonl', 'ja', 'pt', 900)],
  [('inverter.log', 800, 'W', 'INV.CSNS', 'phase W offset +3.8A (lim 2.5A)'), ('inverter.log', 830, 'E', 'INV.DIAG', 'P0A78 Drive Motor A Inverter Performance - confirmed'),
   ('vcu.jsonl', 831, 'E', 'VCU', 'rear EDU torque limit 40%, limp-home active')])
t = tt(18); B('powertrain', 'transmission', 'high', [], 'driving', 'tcm.log', 'TCM detects gear ratio errors (P0730) after clutch pressure deviation; transmission locks into 3rd gear limp-home.', t, 1200,
  [('tcm.log', 'sys3164', 'pt', 900, {'host': 'tcm'}), ('obd.txt', 'uds', None, 500), ('cluster.log', 'logcat', 'ivi', 600)],
  [('tcm.log', 600, 'W', 'TCM', 'K2 clutch pressure dev 2.1bar, adapting'), ('tcm.log', 640, 'E', 'TCM', 'ratio implausible gear 5 (n_out/n_in=0.61), Notlauf Gang 3'),
   ('cluster.log', 641, 'W', 'ClusterHmi', 'show warning GEARBOX_FAULT drive moderately'), ('obd.txt', 1000, 'I', '', 'Tx 7E1 03 19 02 08'), ('obd.txt', 1000.03, 'I', '', 'Rx 7E9 07 59 02 FF 07 30 00 2F')])
t = tt(19); B('powertrain', 'fuel', 'high', [], 'driving', 'ecu.log', 'Truck: DM1 reports SPN 94 FMI 1 (fuel delivery pressure low, most severe); engine derates to 60% torque.', t, 1500,
  [('j1939.log', 'candump', None, 3000), ('ecu.log', 'journal', 'pt', 800)],
  [('j1939.log', 700 + k, 'I', 'can0', '18FECA00#44005E000101FFFF') for k in range(120)] +
  [('ecu.log', 690, 'W', 'ecm', 'fuel feed pressure 1.9 bar < 3.0 bar'), ('ecu.log', 701, 'E', 'ecm', 'SPN 94 FMI 1 active, torque derate 60%')])

# ================= THERMAL =================
t = tt(20); B('thermal', 'pump', 'high', [], 'driving', 'thermal.log', 'Coolant pump 2 current drops to 0 and flow is lost (quiet, early); later battery temperature rises and the BMS derates loudly. Root cause is the pump.', t, 1800,
  [('thermal.log', 'dlt', 'zone', 800, {'ecu': 'TMM'}), ('bms.jsonl', 'ja', 'bms', 1200)],
  [('thermal.log', 500, 'W', 'TMM.PMP', 'EWP2 I=0.0A at duty 70%, rpm feedback 0'), ('thermal.log', 505, 'I', 'TMM.PMP', 'EWP2 restart attempt 1 failed')] +
  [('bms.jsonl', 900 + 30 * k, 'W', 'bms', 'cell_temp_max %.1fC rising' % (44 + k * 0.8)) for k in range(20)] +
  [('bms.jsonl', 1400, 'E', 'bms', 'battery overtemp derate P_max 50%'), ('bms.jsonl', 1500, 'E', 'bms', 'derate stage 2 P_max 25%')])
t = tt(21); B('thermal', 'radiator', 'high', ['medium'], 'driving', 'signals.csv', 'Numeric only: radiator fan duty stays ~0 while coolant temperature climbs past 110 C to ~118 C; engine torque limit drops (torque_limit column). No error text.', t, 1500,
  [('ecm.log', 'logfmt', 'pt', 900), ('syslog.log', 'sys3164', 'linux', 400)], [],
  [('signals.csv', 2, {'vehicle_speed': (18, 1), 'coolant_temp': (90, 0.3), 'fan_duty': (0.5, 0.3), 'torque_limit': (100, 0.1), 'lv_bus_voltage': (14.0, 0.05)},
    [('coolant_temp', 300, 1200, 118), ('torque_limit', 1100, 1200, 55)])])
t = tt(22); B('thermal', 'hvac', 'medium', [], 'driving', 'hvac.log', 'Refrigerant low-pressure side drops, compressor disabled for protection; A/C cooling unavailable (comfort degraded).', t, 1200,
  [('hvac.log', 'ros', 'zone', 600), ('logcat.txt', 'logcat', 'ivi', 900)],
  [('hvac.log', 400, 'W', 'hvac_ctrl', 'p_low=0.9bar (exp 2.5-3.5) superheat high'), ('hvac.log', 460, 'E', 'hvac_ctrl', 'eComp shutdown: refrigerant pressure low, A/C off'),
   ('logcat.txt', 461, 'W', 'ClimateHmi', 'A/C unavailable toast shown')])
t = tt(23); B('thermal', 'coolant', 'high', [], 'driving', 'thermal.jsonl', 'Low coolant level in the electronics loop reduces flow; ADAS domain controller overheats and throttles, lane assist and ACC get disabled. Root cause the coolant loop.', t, 1800,
  [('thermal.jsonl', 'jc', 'zone', 600), ('adcu.INFO', 'glog', 'adas', 2000), ('adas_console.log', 'ros', 'adas', 900)],
  [('thermal.jsonl', 300, 'W', 'TMM', 'LT loop level switch LOW, flow 2.1 l/min (exp 6)'), ('adcu.INFO', 900, 'W', 'thermal_mon.cc:40', 'SoC junction 98C, throttling GPU 30%'),
   ('adcu.INFO', 1100, 'E', 'thermal_mon.cc:44', 'SoC junction 107C, safety throttle'), ('adas_console.log', 1102, 'E', 'feature_mgr', 'LKA unavailable: compute degraded'),
   ('adas_console.log', 1103, 'E', 'feature_mgr', 'ACC unavailable: compute degraded')])

# ================= BRAKES_CHASSIS =================
t = tt(24); B('brakes_chassis', 'abs', 'high', ['critical'], 'driving', 'esc.log', 'Front-left wheel speed sensor signal lost (C0035) -> ABS and ESC passive, then ACC and lane assist unavailable; the many ADAS messages are consequences.', t, 1500,
  [('esc.log', 'dlt', 'chs2', 900, {'ecu': 'ESC1'}), ('adas.log', 'ros', 'adas', 1500), ('diag.txt', 'uds', None, 400)],
  [('esc.log', 600, 'E', 'ESC.WSS', 'WSS_FL implaus. no edges 300ms at v=62kph'), ('esc.log', 600.3, 'E', 'ESC.ABS', 'ABS passive, EBD active')] +
  [('adas.log', 601 + 10 * k, 'E', R.choice(['acc', 'lka', 'aeb']), R.choice(['function unavailable: ESC not ready', 'inhibit: vehicle dynamics degraded', 'AEB degraded: brake actuator not available'])) for k in range(30)] +
  [('diag.txt', 900, 'I', '', 'Tx 7B0 03 19 02 08'), ('diag.txt', 900.04, 'I', '', 'Rx 7B8 07 59 02 FF 40 35 00 2F')])
t = tt(25); B('brakes_chassis', 'eps', 'critical', ['high'], 'driving', 'eps.log', 'EPS torque sensor channels disagree, EPS-1203, steering assist switched off while driving at speed.', t, 1200,
  [('eps.log', 'sys5424', 'chs2', 700, {'host': 'eps', 'until': 502}), ('logcat.txt', 'logcat', 'ivi', 800)],
  [('eps.log', 500, 'W', 'EPS', 'TSU ch1/ch2 diff 1.8Nm'), ('eps.log', 502, 'E', 'EPS', 'EPS-1203 torque sensor plausibility, assist OFF (fail-silent)'), ('logcat.txt', 503, 'E', 'ClusterHmi', 'red warning STEERING_ASSIST_LOST')])
t = tt(26); B('brakes_chassis', 'tpms', 'medium', ['high'], 'driving', 'tpms.jsonl', 'Rear-right tyre loses pressure slowly (numeric trend in TPMS readings) until the low-pressure warning; driver informed.', t, 1800,
  [('tpms.jsonl', 'jb', 'chs2', 400), ('vehicle.log', 'logfmt', 'gw', 900)],
  [('tpms.jsonl', 10 + 30 * k, 'I', 'TPMS', 'fl=2.52 fr=2.51 rl=2.49 rr=%.2f bar' % (2.5 - 0.018 * k)) for k in range(59)] +
  [('tpms.jsonl', 1700, 'W', 'TPMS', 'rr low pressure warn 1.49bar')])
t = tt(27); B('brakes_chassis', 'suspension', 'medium', [], 'driving', 'asu.log', 'Air suspension compressor runs too long (leak rear-left strut), thermal protection stops levelling; ride height reduced, comfort degraded.', t, 1500,
  [('asu.log', 'glog', 'chs', 800), ('zcu_dlt.txt', 'dlt', 'zone', 700)],
  [('asu.log', 300 + 120 * k, 'W', 'asu_ctrl.c:90', 'RL height -%d mm, compressor refill' % (12 + 4 * k)) for k in range(5)] +
  [('asu.log', 1000, 'E', 'asu_ctrl.c:140', 'compressor runtime exceeded, overtemp protection, levelling disabled')])

# ================= BODY =================
t = tt(28); B('body', 'airbag', 'high', ['critical'], 'driving', 'acm.log', 'Driver frontal squib circuit resistance high: B0001 confirmed, airbag warning lamp on, driver airbag possibly unavailable.', t, 1200,
  [('acm.log', 'journal', 'zone', 500, {'host': 'acm'}), ('diag.txt', 'uds', None, 500)],
  [('acm.log', 40, 'E', 'acm', 'squib DAB1 R=6.8 Ohm (lim 4.5)'), ('acm.log', 41, 'E', 'acm', 'AWL ON'), ('diag.txt', 300, 'I', '', 'Tx 737 03 19 02 08'), ('diag.txt', 300.04, 'I', '', 'Rx 73F 07 59 02 FF 80 01 00 2F')])
t = tt(29); B('body', 'doors', 'medium', ['low'], 'parked', 'bcm.log', 'Rear-left door latch switch toggles while closed; lock cycle aborted twice, alarm armed partially. Parked, medium.', t, 1200,
  [('bcm.log', 'dlt', 'zone', 900, {'ecu': 'BCM'}), ('syslog.log', 'sys3164', 'tcu', 500)],
  [('bcm.log', 300 + 5 * k, 'W', 'BCM.DOOR', 'RL latch ajar/closed toggle') for k in range(8)] + [('bcm.log', 350, 'E', 'BCM.LOCK', 'central lock abort: door RL not closed'), ('bcm.log', 420, 'E', 'BCM.LOCK', 'central lock abort: door RL not closed, alarm armed without RL')])
t = tt(30); B('body', 'lighting', 'medium', ['high'], 'driving', 'zcu_dlt.txt', 'Night drive: left low-beam LED module open load, lamp out; right side ok, driver warned.', t, 1200,
  [('zcu_dlt.txt', 'dlt', 'zone', 1200), ('logcat.txt', 'logcat', 'ivi', 600)],
  [('zcu_dlt.txt', 500, 'E', 'ZCU.LGT', 'LB_L open load I=0.02A (exp 0.9A) Abblendlicht links defekt'), ('logcat.txt', 501, 'W', 'ClusterHmi', 'bulb warning LOW_BEAM_LEFT')])
t = tt(31); B('body', 'hmi', 'medium', [], 'driving', 'dmesg.txt', 'Centre display backlight driver over-current; panel goes black, display controller re-initialises after 8 s. Hardware HMI fault that recovered.', t, 900,
  [('dmesg.txt', 'dmesg', 'kern', 500), ('logcat.txt', 'logcat', 'ivi', 1200)],
  [('dmesg.txt', 400, 'E', 'k', 'lp8860 3-002d: LED string 3 over-current fault, backlight disabled'), ('dmesg.txt', 401, 'E', 'k', 'ti-sn65dsi86 2-002c: DP link training lost'),
   ('logcat.txt', 402, 'W', 'SurfaceFlinger', 'display 0 disconnected'), ('dmesg.txt', 408, 'I', 'k', 'lp8860 3-002d: fault cleared, backlight re-enabled'), ('logcat.txt', 409, 'I', 'SurfaceFlinger', 'display 0 connected')])

# ================= ADAS =================
t = tt(32); B('adas_perception', 'camera', 'high', [], 'driving', 'camera.INFO', 'Front camera serializer link errors then no frames; lane keeping and traffic sign recognition disabled (not a wash/blockage).', t, 1200,
  [('camera.INFO', 'glog', 'adas', 1500), ('adas_console.log', 'ros', 'adas', 900)],
  [('camera.INFO', 500, 'E', 'gmsl_link.cc:201', 'cam_front GMSL lock lost, CRC errs=412'), ('camera.INFO', 501, 'E', 'camera_driver.cc:90', 'cam_front no frame 2000ms'),
   ('adas_console.log', 503, 'E', 'feature_mgr', 'LKA/TSR unavailable: front camera fault')])
t = tt(33); B('adas_perception', 'lidar', 'critical', ['high'], 'driving', 'lidar.log', 'Roof lidar stops publishing (goes silent, no error); fusion loses it, planner triggers a minimal-risk manoeuvre to the shoulder.', t, 900,
  [('lidar.log', 'ros', 'adas', 0), ('fusion.INFO', 'glog', 'adas', 1500, {'until': 480}), ('planner.INFO', 'glog', 'adas', 1000, {'until': 480})],
  [('lidar.log', k * 0.1, 'I', 'lidar_top', 'pointcloud seq=%d pts=%d' % (k, 120000 + k % 97)) for k in range(0, 4800, 4)] +
  [('fusion.INFO', 482, 'W', 'fusion.cc:310', 'lidar_top stale 2.0s'), ('fusion.INFO', 485, 'E', 'fusion.cc:318', 'sensor set degraded: camera+radar only'),
   ('planner.INFO', 486, 'E', 'planner.cc:512', 'ODD exit: perception degraded -> MRM lane-change to shoulder'), ('planner.INFO', 510, 'I', 'planner.cc:530', 'MRM complete, vehicle stopped, hazards on')])
t = tt(34); B('adas_perception', 'radar', 'high', [], 'driving', 'radar.log', 'Front radar misalignment (vertical 2.8 deg) detected by online calibration; ACC and AEB radar functions disabled.', t, 1500,
  [('radar.log', 'logfmt', 'adas', 900), ('can0.log', 'candump', None, 2000)],
  [('radar.log', 700, 'W', 'radar_fc', 'online calib elev offset 2.8deg > 1.5deg'), ('radar.log', 760, 'E', 'radar_fc', '[ADAS_RAD] E0017 misalignment, ACC unavailable')])
t = tt(35); B('adas_perception', 'localization', 'critical', [], 'driving', 'localizer.INFO', 'Localization diverges (lidar-map matching fails, covariance explodes) with GNSS fine; planner executes a safe stop in lane.', t, 1200,
  [('localizer.INFO', 'glog', 'adas', 1500), ('planning.pb.txt', 'proto', None, 400), ('gnss.yaml', 'yaml', None, 250)],
  [('localizer.INFO', 600 + 2 * k, 'W', 'ndt_matcher.cc:77', 'NDT fitness %.2f iterations=30 not converged' % (2 + k)) for k in range(10)] +
  [('localizer.INFO', 622, 'E', 'localizer.cc:300', 'pose invalid: lateral std 1.9m > 0.3m'),
   ('planning.pb.txt', 623, 'E', 'planning', 'decision { main_decision { stop { reason_code: STOP_REASON_LOCALIZATION_INVALID } } }\nestop { is_estop: true reason: "localization lost" }')])

# ================= CONNECTIVITY =================
t = tt(36); B('connectivity_network', 'gateway', 'medium', ['high'], 'driving', 'gw_dlt.txt', 'Central gateway resets (watchdog in GW firmware logged quietly); for ~3 s all ECUs behind it report many U01xx lost-communication codes, then recover.', t, 1500,
  [('gw_dlt.txt', 'dlt', 'gw', 900, {'ecu': 'CGW'}), ('ecu_dtc.log', 'logfmt', 'pt', 600), ('can0.log', 'candump', None, 2000)],
  [('gw_dlt.txt', 800, 'W', 'GW.SYS', 'routing task overrun, reset requested'), ('gw_dlt.txt', 803.5, 'I', 'GW.SYS', 'startup reason=SW_RESET, routing active')] +
  [('ecu_dtc.log', 800.5 + k * 0.1, 'E', e, '%s lost communication' % c) for k, (e, c) in enumerate([(e, c) for e, c in [('ESC', 'U0100-87'), ('EPS', 'U0121-87'), ('BCM', 'U0155-87'), ('IPC', 'U0140-87'), ('ADCU', 'U0131-87'), ('TCM', 'U0100-87'), ('ACM', 'U0121-87')]] * 3)])
t = tt(37); B('connectivity_network', 'lin', 'low', ['medium'], 'driving', 'zcu_dlt.txt', 'Rain sensor LIN slave misses responses intermittently; auto-wipe briefly falls back to interval, nothing persistent.', t, 1200,
  [('zcu_dlt.txt', 'dlt', 'zone', 1500), ('syslog.log', 'sys3164', 'linux', 300)],
  [('zcu_dlt.txt', 300 + 90 * k, 'W', 'ZCU.LIN', 'LIN2 frame 0x23 (RLS) no response') for k in range(6)])
t = tt(38); B('connectivity_network', 'cellular', 'high', ['medium'], 'driving', 'syslog.log', 'Modem loses registration and cannot re-attach (SIM/PDP errors); eCall and remote services reported unavailable.', t, 1800,
  [('syslog.log', 'sys3164', 'tcu', 1500, {'tz': 1, 'until': 700}), ('logcat.txt', 'logcat', 'ivi', 600)],
  [('syslog.log', 700, 'W', 'atd', 'AT+CREG? -> +CREG: 0,3 (denied)'), ('syslog.log', 702, 'E', 'atd', 'AT+CGACT=1,1 -> +CME ERROR: 30 (no network service)')] +
  [('syslog.log', 720 + 60 * k, 'E', 'atd', 'attach retry %d failed' % k) for k in range(1, 12)] + [('syslog.log', 800, 'E', 'ecall', 'eCall unavailable: no network'), ('logcat.txt', 801, 'W', 'ConnHmi', 'SOS unavailable icon')])
t = tt(39); B('connectivity_network', 'ethernet', 'high', [], 'driving', 'kern.log', 'Automotive Ethernet 1000BASE-T1 link between zonal front and ADAS computer flaps then stays down; camera streams over it stop, ADAS features disabled.', t, 1200,
  [('kern.log', 'dmesg', 'kern', 600), ('adas.INFO', 'glog', 'adas', 1600, {'until': 412})],
  [('kern.log', 400, 'W', 'k', 'tc9562 eth2: Link is Down'), ('kern.log', 401, 'I', 'k', 'tc9562 eth2: Link is Up - 1Gbps/Full'), ('kern.log', 410, 'W', 'k', 'tc9562 eth2: Link is Down'), ('kern.log', 411, 'E', 'k', 'tc9562 eth2: PHY SQI 1/7, link training failed')] +
  [('adas.INFO', 412 + k, 'E', 'camera_driver.cc:90', 'cam_%s no frame' % c) for k, c in enumerate(['front', 'left', 'right', 'rear'] * 5)] + [('adas.INFO', 440, 'E', 'feature_mgr.cc:22', 'ADAS features disabled')])

# ================= SOFTWARE =================
t = tt(40); B('software_platform', 'oom', 'medium', [], 'driving', 'kern.log', 'OOM killer kills the perception node on the ADAS computer; supervisor restarts it, 4 s of degraded perception.', t, 1200,
  [('kern.log', 'dmesg', 'kern', 500), ('adas_console.log', 'ros', 'adas', 1400)],
  [('kern.log', 600, 'W', 'k', 'perception_node invoked oom-killer: gfp_mask=0x100cca, order=0'), ('kern.log', 600.1, 'E', 'k', 'Out of memory: Killed process 2231 (perception_node) total-vm:9.2GB'),
   ('adas_console.log', 600.3, 'E', 'supervisor', 'perception_node exited (SIGKILL), restarting'), ('adas_console.log', 604, 'I', 'supervisor', 'perception_node up')])
t = tt(41); B('software_platform', 'watchdog', 'medium', [], 'driving', 'zcu_dlt.txt', 'Zonal controller task hangs; hardware watchdog resets it, zone functions back after 1.2 s.', t, 1200,
  [('zcu_dlt.txt', 'dlt', 'zone', 1200), ('vehicle.log', 'logfmt', 'gw', 600)],
  [('zcu_dlt.txt', 500, 'W', 'OS.TSK', 'task COM_10ms deadline miss x12'), ('zcu_dlt.txt', 501, 'F', 'OS.WDG', 'WdgM alive supervision failed -> reset'), ('zcu_dlt.txt', 502.2, 'I', 'SYS.BOOT', 'reset reason WDG, startup ok'),
   ('vehicle.log', 501.2, 'W', 'GW.ROUT', 'ZCU1 messages missing 1.1s')])
t = tt(42); B('software_platform', 'ota', 'medium', ['low'], 'ota', 'ota.log', 'OTA install of infotainment image fails signature check on slot B, rolled back to slot A; vehicle usable.', t, 1800,
  [('ota.log', 'logfmt', 'linux', 900), ('journal.txt', 'journal', 'linux', 600)],
  [('ota.log', 900, 'E', 'ota-agent', 'slot B verify failed: sha256 mismatch'), ('ota.log', 905, 'W', 'ota-agent', 'rollback to slot A'), ('journal.txt', 1000, 'I', 'systemd', 'Reached target Multi-User (slot A)')])
t = tt(43); B('software_platform', 'filesystem', 'medium', [], 'driving', 'kern.log', 'eMMC partition ext4 errors, data partition remounted read-only on the telematics unit; logging and uploads fail afterwards.', t, 1500,
  [('kern.log', 'dmesg', 'kern', 600), ('syslog.log', 'sys3164', 'tcu', 1200, {'until': 500})],
  [('kern.log', 500, 'E', 'k', 'EXT4-fs error (device mmcblk0p5): ext4_find_entry:1455: inode #131: comm logd: reading directory lblock 0'), ('kern.log', 500.2, 'E', 'k', 'EXT4-fs (mmcblk0p5): Remounting filesystem read-only')] +
  [('syslog.log', 510 + 20 * k, 'E', 'uploader', 'write /data/spool: Read-only file system') for k in range(25)])

# ================= POWER SUPPLY =================
t = tt(44); B('power_supply', 'dcdc', 'high', ['critical'], 'driving', 'pdu.log', 'DC-DC converter output drops out briefly; 12 V bus sags to 8.9 V and several ECUs reset with P0562 and U-codes afterwards. Root cause DC-DC.', t, 1200,
  [('pdu.log', 'journal', 'zone', 600, {'host': 'pdu'}), ('ecu_events.jsonl', 'jb', 'gw', 900), ('gw_dlt.txt', 'dlt', 'gw', 800)],
  [('pdu.log', 600, 'E', 'dcdc', 'DCDC Uout 8.9V derating: internal fault 0x21'), ('pdu.log', 602, 'I', 'dcdc', 'DCDC restart, Uout 14.1V')] +
  [('ecu_events.jsonl', 600.2 + k * 0.2, 'E', e, m) for k, (e, m) in enumerate([('ESC', 'reset reason UNDERVOLTAGE'), ('IPC', 'reset reason BROWNOUT'), ('ECM', 'P0562 system voltage low'), ('BCM', 'U0100-87 lost comm ECM'), ('ADCU', 'power fail, reboot')])] +
  [('gw_dlt.txt', 601 + k * 0.3, 'E', 'GW.NM', 'node %s silent' % n) for k, n in enumerate(['ESC', 'IPC', 'ECM', 'ADCU', 'EPS'])])
t = tt(45); B('power_supply', 'alternator', 'medium', ['high'], 'driving', 'signals.csv', 'Numeric only: LV bus voltage slowly drifts from 14.1 V to 10.5 V over the drive (alternator not charging); no ECU prints an error.', t, 1800,
  [('ecm.log', 'logfmt', 'pt', 900), ('syslog.log', 'sys3164', 'linux', 300)], [],
  [('signals.csv', 2, CSV_DRV, [('lv_bus_voltage', 400, 1750, 10.5)])])
t = tt(46); B('power_supply', 'lv_battery', 'medium', [], 'parked', 'syslog.log', 'Long parked sleep: 12 V battery resting voltage falls each wake-up to 11.6 V; telematics skips wake-ups to protect the battery.', t, 7200,
  [('syslog.log', 'sys3164', 'tcu', 1200, {'tz': 1}), ('zcu_dlt.txt', 'dlt', 'zone', 400)],
  [('syslog.log', 1800 * k, 'I', 'vsm', 'wake-up reason=TIMER lv=%.2fV' % v) for k, v in [(1, 12.21), (2, 11.94), (3, 11.71)]] +
  [('syslog.log', 7000, 'W', 'vsm', 'lv=11.58V below 11.8V: periodic wake disabled, deep-sleep to protect 12V battery'), ('zcu_dlt.txt', 7001, 'W', 'ZCU.PWR', 'IBS SOC 38% SOH 61% battery weak')])
t = tt(47); B('power_supply', 'lv_distribution', 'medium', ['high'], 'driving', 'zcu_dlt.txt', 'Zonal eFuse on output 7 (right doors and mirror) trips on over-current and latches off; right door modules then silent (LIN/CAN timeouts, window/lock unavailable).', t, 1200,
  [('zcu_dlt.txt', 'dlt', 'zone', 1200), ('body.jsonl', 'ja', 'zone', 600)],
  [('zcu_dlt.txt', 400, 'E', 'ZCU.PWR', 'eFuse OUT7 I2t trip 18.2A, latched off after 3 retries')] +
  [('body.jsonl', 401 + k, 'E', R.choice(['DCU_FR', 'DCU_RR']), R.choice(['no response LIN', 'window motor unavailable', 'lock status timeout'])) for k in range(15)])

json.dump(LABELS, open(os.path.join(OUT, 'labels.json'), 'w'), indent=1)
