#!/usr/bin/env python3
"""Generator of the frozen 'tuning' evaluation set of vehicle log batches.

Standard library only, fixed seed. Run from anywhere:  python3 _make.py
Writes <here>/tNNN/ folders and labels.json.
"""
import json, os, random, shutil, time, hashlib

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261201
LV = {'D': 0, 'I': 1, 'W': 2, 'E': 3, 'F': 4}


def gm(t):
    return time.gmtime(int(t))


def iso(t, frac=3, z='Z'):
    s = time.strftime('%Y-%m-%dT%H:%M:%S', gm(t))
    if frac:
        s += ('%.*f' % (frac, t % 1))[1:]
    return s + z


def stable(s, lo=300, hi=9000):
    return lo + int(hashlib.md5(s.encode()).hexdigest()[:6], 16) % (hi - lo)


# ---------------------------------------------------------------- renderers
def r_syslog(f, t, l, src, msg):
    return '%s %s %s[%d]: %s' % (time.strftime('%b %e %H:%M:%S', gm(t)), f.host, src, f.pid(src), msg)


def r_syslog_nopid(f, t, l, src, msg):
    return '%s %s %s: %s' % (time.strftime('%b %e %H:%M:%S', gm(t)), f.host, src, msg)


def r_5424(f, t, l, src, msg):
    sev = {'D': 7, 'I': 6, 'W': 4, 'E': 3, 'F': 2}[l]
    return '<%d>1 %s %s %s %d - - %s' % (16 * 8 + sev, iso(t, 6, '+00:00'), f.host, src, f.pid(src), msg)


def r_journal(f, t, l, src, msg):
    return '%s %s %s[%d]: %s' % (time.strftime('%Y-%m-%dT%H:%M:%S', gm(t)) + ('%.6f' % (t % 1))[1:] + '+00:00',
                                  f.host, src, f.pid(src), msg)


def r_dmesg(f, t, l, src, msg):
    up = t - f.boot
    return '[%5d.%06d] %s' % (int(up), int((up % 1) * 1e6), msg)


def r_glog(f, t, l, src, msg):
    L = {'D': 'I', 'I': 'I', 'W': 'W', 'E': 'E', 'F': 'F'}[l]
    g = gm(t)
    return '%s%02d%02d %02d:%02d:%02d.%06d %5d %s] %s' % (L, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec,
                                                     int((t % 1) * 1e6), f.pid('main') + stable(src, 0, 40), src, msg)


def r_logcat(f, t, l, src, msg):
    g = gm(t)
    L = {'D': 'D', 'I': 'I', 'W': 'W', 'E': 'E', 'F': 'F'}[l]
    p = f.pid(src)
    return '%02d-%02d %02d:%02d:%02d.%03d %5d %5d %s %s: %s' % (g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec,
                                                             int((t % 1) * 1000), p, p + stable(src, 0, 30), L, src, msg)


def r_logfmt(f, t, l, src, msg):
    L = {'D': 'debug', 'I': 'info', 'W': 'warn', 'E': 'error', 'F': 'fatal'}[l]
    m = msg.replace('"', "'")
    return 'ts=%s level=%s %s=%s msg="%s"' % (iso(t, 3), L, f.o.get('compkey', 'comp'), src, m)


def r_ros(f, t, l, src, msg):
    L = {'D': 'DEBUG', 'I': 'INFO', 'W': 'WARN', 'E': 'ERROR', 'F': 'FATAL'}[l]
    return '[%s] [%.9f] [%s]: %s' % (L, t, src, msg)


def r_dlt(f, t, l, src, msg):
    L = {'D': 'debug', 'I': 'info', 'W': 'warn', 'E': 'error', 'F': 'fatal'}[l]
    f.cnt += 1
    ap, ct = (src.split(':') + ['MAIN'])[:2]
    g = time.strftime('%Y/%m/%d %H:%M:%S', gm(t))
    return '%d %s.%06d %10d %03d %s %s %s log %s verbose 1 %s' % (
        f.cnt - 1, g, int((t % 1) * 1e6), int((t - f.boot) * 10000), f.cnt % 256, f.o.get('ecu', 'ECU1'), ap, ct, L, msg)


def r_json(f, t, l, src, msg):
    o = f.o
    kts, kl, km, ks = o.get('keys', ('ts', 'level', 'msg', 'src'))
    tf = o.get('tfmt', 'iso')
    tv = iso(t, 3) if tf == 'iso' else round(t, 3) if tf == 's' else int(t * 1000)
    lvmap = o.get('lv', {'D': 'debug', 'I': 'info', 'W': 'warning', 'E': 'error', 'F': 'critical'})
    d = {kts: tv, kl: lvmap[l], ks: src, km: msg}
    if isinstance(msg, dict):
        d = {kts: tv, kl: lvmap[l], ks: src}
        d.update(msg)
    return json.dumps(d, separators=(',', ':') if o.get('compact') else (', ', ': '))


STYLES = dict(syslog=r_syslog, syslog_np=r_syslog_nopid, rfc5424=r_5424, journal=r_journal, dmesg=r_dmesg,
              glog=r_glog, logcat=r_logcat, logfmt=r_logfmt, ros=r_ros, dlt=r_dlt, json=r_json)


class F:
    def __init__(self, b, name, style, host='tcu', **o):
        self.b, self.name, self.style, self.host, self.o = b, name, style, host, o
        self.ev = []
        self.pids = {}
        self.cnt = 0
        self.boot = o.get('boot', b.t0 - b.rng.uniform(5, 400))
        self.header = o.get('header')

    def pid(self, src):
        if src not in self.pids:
            self.pids[src] = stable(self.name + src + str(self.b.id), 200, 6000)
        return self.pids[src]

    def add(self, t, l, src, msg):
        self.ev.append((t, 0, l, src, msg))
        return self

    def raw(self, t, line):
        self.ev.append((t, 1, None, None, line))

    def noise(self, sources, t0=None, t1=None):
        r = self.b.rng
        t0 = self.b.t0 if t0 is None else t0
        t1 = self.b.t1 if t1 is None else t1
        for per, l, src, fn in sources:
            t = t0 + r.uniform(0, per)
            while t < t1:
                m = (fn(r, t) if fn.__code__.co_argcount == 2 else fn(r)) if callable(fn) else fn
                if m is not None:
                    if isinstance(m, list):
                        for k, x in enumerate(m):
                            self.add(t + k * 0.003, x[0], x[1], x[2])
                    else:
                        self.add(t, l, src, m)
                t += per * r.uniform(0.6, 1.4)

    def render(self):
        fn = STYLES.get(self.style)
        ev = sorted(self.ev, key=lambda e: e[0])
        out = [self.header] if self.header else []
        for t, kind, l, src, msg in ev:
            out.append(msg if kind else fn(self, t, l, src, msg))
        return '\n'.join(out) + '\n'


class Batch:
    def __init__(self, idx, rng):
        self.id = 't%03d' % idx
        self.rng = rng
        self.files = []
        self.extra = {}
        day = rng.randint(2, 29)
        self.t0 = time.mktime((2026, 11, day, rng.randint(5, 21), rng.randint(0, 59), rng.randint(0, 59), 0, 0, 0)) \
            - time.timezone + rng.random()
        self.dur = rng.randint(900, 1800)
        self.t1 = self.t0 + self.dur

    def f(self, name, style, host='tcu', **o):
        x = F(self, name, style, host, **o)
        self.files.append(x)
        return x

    def text(self, name, content):
        self.extra[name] = content

    def at(self, frac):
        return self.t0 + frac * self.dur

    def write(self, root):
        d = os.path.join(root, self.id)
        os.makedirs(d, exist_ok=True)
        for x in self.files:
            with open(os.path.join(d, x.name), 'w', newline='\n') as fh:
                fh.write(x.render())
        for n, c in self.extra.items():
            with open(os.path.join(d, n), 'w', newline='\n') as fh:
                fh.write(c)


# ---------------------------------------------------------------- codes
def dtc3(code, ftb=0):
    """'P0301', 0x00 -> 3 bytes (J2012 2-byte DTC + failure type byte)."""
    k = 'PCBU'.index(code[0])
    v = (k << 14) | (int(code[1], 16) << 12) | int(code[2:5], 16)
    return [v >> 8, v & 0xFF, ftb]


def hx(bs):
    return ' '.join('%02X' % b for b in bs)


class Uds:
    """Raw diagnostic hex trace (tester <-> ECU over ISO-TP)."""

    def __init__(self, f, tx, rx, ecu_style='a'):
        self.f, self.tx, self.rx, self.st = f, tx, rx, ecu_style

    def line(self, t, d, cid, data):
        g = gm(t)
        if self.st == 'a':
            s = '%02d:%02d:%02d.%03d %s %03X %s' % (g.tm_hour, g.tm_min, g.tm_sec, int((t % 1) * 1000), d, cid, hx(data))
        else:
            s = '%.6f  %s  0x%03X  DLC=%d  %s' % (t, 'TX' if d == 'Tx' else 'RX', cid, len(data), hx(data))
        self.f.raw(t, s)

    def req(self, t, payload):
        self.line(t, 'Tx', self.tx, [len(payload)] + payload + [0x55] * (7 - len(payload)))

    def resp(self, t, payload):
        n = len(payload)
        if n <= 7:
            self.line(t, 'Rx', self.rx, [n] + payload + [0xAA] * (7 - n))
            return t
        self.line(t, 'Rx', self.rx, [0x10 | (n >> 8), n & 0xFF] + payload[:6])
        t += 0.004
        self.line(t, 'Tx', self.tx, [0x30, 0x00, 0x00, 0x55, 0x55, 0x55, 0x55, 0x55])
        rest, sn = payload[6:], 1
        while rest:
            t += 0.002
            chunk = rest[:7]
            rest = rest[7:]
            self.line(t, 'Rx', self.rx, [0x20 | (sn & 0xF)] + chunk + [0xAA] * (7 - len(chunk)))
            sn += 1
        return t

    def tester_present(self, t0, t1, per=2.0):
        t = t0
        while t < t1:
            self.req(t, [0x3E, 0x00])
            self.resp(t + 0.011, [0x7E, 0x00])
            t += per

    def read_dtc(self, t, recs, mask=0xFF, avail=0xFF):
        self.req(t, [0x19, 0x02, mask])
        p = [0x59, 0x02, avail]
        for code, ftb, st in recs:
            p += dtc3(code, ftb) + [st]
        return self.resp(t + 0.018, p)

    def session(self, t, sub=0x03):
        self.req(t, [0x10, sub])
        self.resp(t + 0.012, [0x50, sub, 0x00, 0x32, 0x01, 0xF4])

    def did(self, t, did, val):
        self.req(t, [0x22, did >> 8, did & 0xFF])
        return self.resp(t + 0.015, [0x62, did >> 8, did & 0xFF] + list(val))


def dm1(lamp, spn, fmi, oc):
    return [lamp, 0xFF, spn & 0xFF, (spn >> 8) & 0xFF, ((spn >> 16) & 0x7) << 5 | fmi, oc & 0x7F, 0xFF, 0xFF]


# ---------------------------------------------------------------- CAN
def can_noise(f, b, ids, form='log', iface='can0', t0=None, t1=None, silent=()):
    """ids: list of (id, period, datafn). silent: list of (id_set, ta, tb) windows with no frames."""
    r = b.rng
    t0 = b.t0 if t0 is None else t0
    t1 = b.t1 if t1 is None else t1
    for cid, per, fn in ids:
        t = t0 + r.uniform(0, per)
        n = 0
        while t < t1:
            if not any(cid in s and a <= t < z for s, a, z in silent):
                can_frame(f, t, cid, fn(r, n, t), form, iface)
            n += 1
            t += per * r.uniform(0.97, 1.03)


def can_frame(f, t, cid, data, form='log', iface='can0'):
    ext = cid > 0x7FF
    if form == 'log':
        f.raw(t, '(%.6f) %s %s#%s' % (t, iface, ('%08X' if ext else '%03X') % cid, ''.join('%02X' % x for x in data)))
    else:
        f.raw(t, '  %s  %s   [%d]  %s' % (iface, ('%08X' if ext else '%03X') % cid, len(data), hx(data)))


def ctr(n):
    return n & 0xF


def std_can_ids(r):
    """A typical set of passenger-car frames (ids are vendor-specific, payloads plausible)."""
    return [
        (0x0C4, 1.0, lambda r, n, t: [0x00, r.randint(0, 255), 0x1A, ctr(n) << 4, 0, 0, 0, (n * 7) & 0xFF]),
        (0x1A0, 2.0, lambda r, n, t: [0x40, 0x1F, r.randint(0, 80), 0x00, 0x00, 0x10, ctr(n), 0x00]),
        (0x2F1, 4.0, lambda r, n, t: [0x03, 0xE8, 0x00, 0x00, 0x64, 0x00, 0x00, ctr(n)]),
        (0x3B4, 2.5, lambda r, n, t: [0x8C, 0x00, 0xE0, 0x00, 0x00, ctr(n), 0x00, 0x00]),
        (0x510, 5.0, lambda r, n, t: [0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00]),
        (0x4F0, 4.0, lambda r, n, t: [0x12, 0x34, r.randint(0, 9), 0x00, 0x00, 0x00, 0xAA, ctr(n)]),
    ]


# ---------------------------------------------------------------- noise pools
def n_linux(b, upload=True):
    r0 = b.rng
    seq = [0]

    def hb(r):
        seq[0] += 1
        return 'heartbeat seq=%d uptime=%ds load=%.2f mem_free=%dMiB' % (seq[0], 600 + seq[0] * 30, r.uniform(0.1, 1.8),
                                                                        r.randint(380, 900))

    def up(r):
        n = r.randint(1000, 9999)
        if r.random() < 0.3:
            return [('W', 'logshipper', 'upload of chunk %d failed: HTTP 503 Service Unavailable, retry 1/5 in 30s' % n),
                    ('I', 'logshipper', 'chunk %d uploaded after retry (HTTP 200, %d bytes)' % (n, r.randint(20000, 90000)))]
        return 'chunk %d uploaded (HTTP 200, %d bytes, %d ms)' % (n, r.randint(20000, 90000), r.randint(80, 900))

    s = [
        (30, 'I', 'healthd', hb),
        (45, 'W', 'wpa_supplicant', lambda r: 'wlan0: CTRL-EVENT-SCAN-FAILED ret=-16 retry=1' if r.random() < .6
         else 'wlan0: CTRL-EVENT-SCAN-STARTED'),
        (120, 'W', 'chronyd', lambda r: r.choice(['Could not resolve address of 2.pool.ntp.org, retrying',
                                                  'No suitable source for synchronisation',
                                                  'Selected source 10.42.0.1 (gnss-pps)',
                                                  'System clock wrong by 0.000%d seconds' % r.randint(100, 999)])),
        (60, 'I', 'dbus-daemon', lambda r: "[system] Activating via systemd: service name='org.freedesktop.%s'"
         % r.choice(['hostname1', 'timedate1', 'locale1'])),
        (90, 'I', 'systemd', lambda r: r.choice(['Started Session c%d of user vlog.' % r.randint(1, 40),
                                                 'Starting Cleanup of Temporary Directories...',
                                                 'Finished Cleanup of Temporary Directories.',
                                                 'logrotate.service: Succeeded.'])),
        (20, 'I', 'modemmanager', lambda r: 'signal quality %d%% (LTE band %d, rsrp -%d dBm, rsrq -%d dB)'
         % (r.randint(40, 95), r.choice([3, 7, 20]), r.randint(80, 112), r.randint(6, 14))),
        (15, 'I', 'someipd', lambda r: 'routing: %d services offered, %d subscribed, rx %d msg/s'
         % (r.randint(38, 42), r.randint(60, 64), r.randint(300, 900))),
        (200, 'I', 'CRON', lambda r: '(root) CMD (/usr/lib/vlog/rotate.sh --max 64M)'),
        (300, 'I', 'kernel', lambda r: r.choice(['usb 1-1: reset high-speed USB device number 2 using ci_hdrc',
                                                 'IPv6: ADDRCONF(NETDEV_CHANGE): wlan0: link becomes ready',
                                                 'audit: type=1400 audit: apparmor="ALLOWED" operation="open"'])),
    ]
    if upload:
        s.append((40, 'I', 'logshipper', up))
    return s


def n_adas(b):
    cyc = [0]

    def plan(r):
        cyc[0] += 1
        return 'cycle %d done in %.1f ms, traj_pts=%d, ref_v=%.1f m/s' % (cyc[0] * 10, r.uniform(6, 19), r.randint(60, 90),
                                                                          r.uniform(12, 33))
    return [
        (2.5, 'I', 'planner.cc:214', plan),
        (4.0, 'I', 'perception_node.cc:91', lambda r: 'cam_front fps=%.1f lat=%dms lidar_top pts=%d rate=%.1fHz'
         % (r.uniform(29.5, 30.1), r.randint(28, 45), r.randint(118000, 126000), r.uniform(9.9, 10.1))),
        (5.0, 'I', 'fusion.cc:402', lambda r: 'tracks=%d confirmed=%d radar_assoc=%d' % (r.randint(14, 40), r.randint(8, 20),
                                                                                           r.randint(5, 18))),
        (5.0, 'I', 'localizer.cc:77', lambda r: 'pose ok src=gnss+imu+map std_xy=%.3f m yaw_std=%.2f deg'
         % (r.uniform(0.03, 0.09), r.uniform(0.1, 0.3))),
        (97, 'W', 'camera_driver.cc:310', lambda r: 'cam_%s: dropped %d frame(s), seq gap' % (r.choice(['front', 'rear', 'left']),
                                                                                                r.randint(1, 2))),
        (6.0, 'I', 'control.cc:55', lambda r: 'lon acc_cmd=%.2f m/s2 lat curv=%.4f' % (r.uniform(-1, 1), r.uniform(-0.01, 0.01))),
    ]


def n_kernel(b):
    return [(6, 'I', 'k', lambda r: r.choice(['can0: tx %d rx %d err 0' % (r.randint(10**5, 10**6), r.randint(10**5, 10**6)),
                                              'thermal thermal_zone%d: temp %d' % (r.randint(0, 3), r.randint(41000, 56000)),
                                              'eth0: 100BASE-T1 link ok, SQI 6/7',
                                              'mmc0: cmdq: periodic flush ok',
                                              'random: crng reseeded on system resumption',
                                              'usb 1-1.2: new high-speed USB device number %d using ehci-platform' % r.randint(3, 9)])),
            (240, 'W', 'k', lambda r: r.choice(['ath10k_pci 0000:01:00.0: failed to get survey data: -11',
                                                'cfg80211: failed to load regulatory.db',
                                                'spi-nor spi1.0: unrecognized JEDEC id bytes: ff ff ff, retry ok'])),
            (900, 'E', 'k', 'brcmfmac: brcmf_set_channel: set chanspec 0x100e fail, reason -52')]


def n_ros(b):
    return [
        (3.0, 'I', 'lidar_driver', lambda r: 'published %d packets, %.1f Hz' % (r.randint(750, 760), r.uniform(9.9, 10.1))),
        (3.0, 'I', 'radar_front', lambda r: '%d targets, cycle %.1f ms' % (r.randint(20, 60), r.uniform(49, 51))),
        (4.0, 'I', 'ekf_localization', lambda r: 'cov_xx=%.4f cov_yy=%.4f' % (r.uniform(.001, .006), r.uniform(.001, .006))),
        (10.0, 'D', 'diag_aggregator', 'all monitored nodes alive'),
        (150, 'W', 'rosbag_recorder', lambda r: 'disk write latency %d ms above soft limit 200 ms' % r.randint(201, 260)),
    ]


def n_bms_json(b, soc0, chg=0.0, drive=True, over=None):
    st = {'soc': soc0}

    def m(r, t):
        st['soc'] += chg if chg else -r.uniform(0.0, 0.05)
        cur = -r.uniform(40, 140) if chg else r.uniform(5, 120) * (1 if drive else 0.02)
        vmin = 3.55 + st['soc'] / 400 + r.uniform(-.01, .01)
        d = {'event': 'status', 'soc': round(st['soc'], 1), 'pack_v': round(vmin * 108 + r.uniform(0, 2), 1),
                'pack_a': round(cur, 1), 'cell_v_min': round(vmin, 3), 'cell_v_max': round(vmin + r.uniform(.005, .02), 3),
                't_max_c': round(r.uniform(24, 31), 1), 'iso_kohm': r.randint(2800, 4000)}
        if over:
            over(t, d, r)
        return d
    return [(5.0, 'I', 'bms', m),
            (60.0, 'I', 'bms', lambda r: 'passive balancing cells %s active' % ','.join(str(r.randint(1, 108)) for _ in range(3))),
            (30.0, 'I', 'bms', 'contactors: main+ closed, main- closed, precharge open')]


def n_dlt(b):
    return [
        (10, 'I', 'NM:STAT', lambda r: 'network awake, %d nodes present, ring ok' % r.randint(17, 18)),
        (7, 'I', 'PWR:KL30', lambda r: 'KL30 %.2f V KL15 on' % r.uniform(13.9, 14.4)),
        (12, 'I', 'LGT:ALS', lambda r: 'ambient light %d lux, headlamp auto state %s' % (r.randint(50, 40000), r.choice(['off', 'off', 'low']))),
        (15, 'I', 'DOOR:STS', 'all doors closed, central lock engaged'),
        (9, 'I', 'HVAC:CTL', lambda r: 'cabin %.1f C set %.1f C blower %d%%' % (r.uniform(20, 23), 21.5, r.randint(20, 45))),
        (20, 'D', 'SOME:EVT', lambda r: 'event 0x%04X sent to %d subscribers' % (r.choice([0x8001, 0x8003, 0x8010]), r.randint(1, 4))),
        (140, 'W', 'DIAG:DCM', lambda r: 'request 0x22 F190 rejected NRC 0x33 securityAccessDenied (unauthenticated client)'),
        (33, 'I', 'SEAT:MEM', 'memory position idle'),
        (280, 'W', 'COM:RX', lambda r: 'rx timeout PDU 0x%03X (%d ms > 100 ms), frame received next cycle, recovered' % (r.choice([0x1A0, 0x2F1, 0x3B4]), r.randint(105, 140))),
    ]


def n_logcat(b):
    return [
        (8, 'I', 'CarPropertyService', lambda r: 'onPropertyChange PERF_VEHICLE_SPEED=%.1f' % r.uniform(0, 35)),
        (25, 'D', 'WifiService', 'startScan uid=1000'),
        (40, 'I', 'ActivityManager', lambda r: 'Start proc %d:com.%s/u0a%d for service' % (r.randint(3000, 9000),
                                                                                            r.choice(['vendor.media', 'vendor.nav', 'android.vending']),
                                                                                            r.randint(40, 90))),
        (30, 'W', 'BluetoothAdapter', lambda r: r.choice(['getBluetoothService() called with no BluetoothManagerCallback',
                                                          'A2DP sink: packet underrun, inserting silence'])),
        (12, 'I', 'AudioFlinger', lambda r: 'track %d started on output 13' % r.randint(1, 40)),
        (60, 'I', 'chatty', lambda r: 'uid=1000(system) system_server expire %d lines' % r.randint(3, 40)),
        (75, 'E', 'NavEngine', lambda r: 'tile fetch failed (timeout), using cached tile %d' % r.randint(1000, 99999)),
        (15, 'D', 'VehicleHal', lambda r: 'get HVAC_TEMPERATURE_SET area=%d' % r.choice([1, 4])),
    ]


def csv_file(b, name, cols, fn, per=1.0, tfmt='epoch', t0=None, t1=None):
    f = b.f(name, 'csv')
    tcol = {'epoch': 'timestamp', 'ms': 'time_ms', 'iso': 'time_utc', 'rel': 't_s'}[tfmt]
    f.header = ','.join([tcol] + cols)
    t = b.t0 if t0 is None else t0
    t1 = b.t1 if t1 is None else t1
    r = b.rng
    while t < t1:
        vals = fn(r, t - b.t0, t)
        ts = {'epoch': '%.3f' % t, 'ms': '%d' % int(t * 1000), 'iso': iso(t, 3), 'rel': '%.2f' % (t - b.t0)}[tfmt]
        f.raw(t, ','.join([ts] + [('%.3f' % v if isinstance(v, float) else str(v)) for v in vals]))
        t += per
    return f


def yaml_msg(b, f, t, topic_fields):
    sec = int(t)
    lines = ['header:', '  stamp:', '    sec: %d' % sec, '    nanosec: %d' % int((t % 1) * 1e9),
             "  frame_id: %s" % topic_fields.pop('frame_id', 'base_link')]
    for k, v in topic_fields.items():
        if isinstance(v, dict):
            lines.append('%s:' % k)
            for k2, v2 in v.items():
                lines.append('  %s: %s' % (k2, v2))
        else:
            lines.append('%s: %s' % (k, v))
    lines.append('---')
    f.raw(t, '\n'.join(lines))


def proto_msg(f, t, module, seq, body):
    s = 'header {\n  timestamp_sec: %.6f\n  module_name: "%s"\n  sequence_num: %d\n}\n' % (t, module, seq)
    for k, v in body:
        if isinstance(v, list):
            s += '%s {\n' % k + ''.join('  %s: %s\n' % kv for kv in v) + '}\n'
        else:
            s += '%s: %s\n' % (k, v)
    f.raw(t, s.rstrip('\n'))


def drive_speed(tr, dur, vmax=30.0):
    ramp = min(1.0, tr / 60.0, max(0.0, (dur - tr) / 60.0))
    import math
    return max(0.0, vmax * ramp * (0.85 + 0.15 * math.sin(tr / 47.0)))


# ---------------------------------------------------------------- scenarios
SCEN = []


def scen(fn):
    SCEN.append(fn)
    return fn


def L(cat, sub, risk, state, rc, desc, acc=()):
    return dict(category=cat, subsystem=sub, risk_level=risk, risk_accept=list(acc), vehicle_state=state,
                root_cause_file=rc, description=desc)


def sig_drive(b, extra=None, per=1.0, name='signals.csv', tfmt='epoch', vmax=28.0, cols_extra=()):
    cols = ['vehicle_speed_kph', 'lv_bus_voltage', 'coolant_temp', 'wheel_speed_fl', 'wheel_speed_fr', 'yaw_rate'] + list(cols_extra)

    def fn(r, tr, t):
        v = drive_speed(tr, b.dur, vmax) * 3.6
        row = {'vehicle_speed_kph': round(max(0.0, v + r.uniform(-.3, .3)), 2), 'lv_bus_voltage': round(r.uniform(13.9, 14.3), 2),
               'coolant_temp': round(min(88.0, 40 + tr / 12) + r.uniform(-.6, .6), 1),
               'wheel_speed_fl': round(max(0.0, v + r.uniform(-.4, .4)), 2), 'wheel_speed_fr': round(max(0.0, v + r.uniform(-.4, .4)), 2),
               'yaw_rate': round(r.uniform(-2.5, 2.5), 2)}
        if extra:
            extra(row, r, tr, t)
        return [row.get(c, '') for c in cols]
    return csv_file(b, name, cols, fn, per, tfmt)


# ---- healthy ---------------------------------------------------------------
@scen
def h_parked_sleep(b):
    b.dur = 1800
    b.t1 = b.t0 + b.dur
    s = b.f('syslog', 'syslog', 'tcu-7a21')
    s.noise([x for x in n_linux(b) if x[2] not in ('someipd',)])
    s.add(b.at(.02), 'I', 'vehicle-pm', 'KL15 off, ignition off for 14 min, entering partial network mode')
    s.add(b.at(.05), 'I', 'vehicle-pm', 'ECUs in bus sleep: 14/17, waiting for BCM, TCU, GW')
    s.add(b.at(.30), 'I', 'vehicle-pm', 'wake-up reason: remote status request from app, keep-awake 90 s')
    s.add(b.at(.31), 'W', 'vehicle-pm', 'wake-up request from CAN while sleep pending, sleep deferred')
    s.add(b.at(.36), 'I', 'vehicle-pm', 'all ECUs asleep, TCU in low power listen (DRX 2.56 s)')
    c = b.f('can0.log', 'raw')
    can_noise(c, b, [(0x510, 1.0, lambda r, n, t: [0x01, 0, 0, 0, 0, 0, 0, 0]),
                     (0x4F0, 2.0, lambda r, n, t: [0x12, 0x34, 0, 0, 0, 0, 0xAA, ctr(n)])], t1=b.at(.05))
    can_noise(c, b, [(0x510, 1.0, lambda r, n, t: [0x01, 0, 0, 0, 0, 0, 0, 0])], t0=b.at(.30), t1=b.at(.36))

    def ex(r, tr, t):
        return [round(12.62 - tr / 1800 * 0.06 + r.uniform(-.01, .01), 3), round(r.uniform(.02, .05) if tr > 700 else r.uniform(.3, .9), 3),
                round(8.0 - tr / 900, 1)]
    csv_file(b, 'lv_monitor.csv', ['lv_batt_v', 'lv_batt_a', 'ambient_c'], ex, per=5.0, tfmt='iso')
    return L('none', 'none', 'low', 'parked', None,
             'Parked vehicle going to bus sleep with one remote wake-up; 12 V stays ~12.6 V with normal quiescent current. Healthy.')


@scen
def h_ac_charging(b):
    bm = b.f('bms.jsonl', 'json', keys=('time', 'severity', 'message', 'module'), tfmt='ms', compact=True)
    bm.noise(n_bms_json(b, 41.0, chg=0.06))
    bm.add(b.at(.01), 'I', 'charge', 'AC session start: CP duty 53% (32 A), PP 220 ohm, 3 phases detected')
    bm.add(b.at(.40), 'W', 'charge', 'EVSE reduced offered current to 16 A (grid load management), continuing')
    bm.add(b.at(.41), 'I', 'charge', 'OBC power now 11.0 -> 7.4 kW')
    bm.add(b.at(.7), 'I', 'charge', 'scheduled pause (departure timer), resume at off-peak tariff')
    s = b.f('journal.txt', 'journal', 'tcu-11c0')
    s.noise(n_linux(b))
    s.add(b.at(.55), 'E', 'ocpp-client', 'websocket to backend closed (1006), reconnecting in 10 s')
    s.add(b.at(.55) + 10.3, 'I', 'ocpp-client', 'websocket reconnected, BootNotification accepted')
    ob = b.f('obc.log', 'logfmt', compkey='unit')
    ob.noise([(3, 'I', 'obc', lambda r: 'ac_in=%.0fV dc_out=%.0fV i_out=%.1fA temp=%.0fC' % (r.uniform(228, 234), r.uniform(380, 395),
                                                                                            r.uniform(17, 28), r.uniform(41, 52))),
              (60, 'D', 'obc', 'fan duty 35%')])
    return L('none', 'none', 'low', 'charging', None,
             'Normal AC charge with an EVSE current reduction, a scheduled pause and one backend reconnect. Healthy.')


@scen
def h_dc_charging(b):
    b.dur = 1500
    b.t1 = b.t0 + b.dur
    bm = b.f('bms_events.log', 'logfmt')
    bm.noise([(4, 'I', 'bmu', lambda r: 'cell_v_min=%.3f cell_v_max=%.3f t_cell_max=%.1f' % (r.uniform(3.7, 3.9), r.uniform(3.9, 3.95),
                                                                                         r.uniform(33, 38))),
              (60, 'I', 'bmu', 'iso monitor: R_iso 3.1 MOhm ok')])
    bm.add(b.at(.01), 'I', 'ccs', 'DIN70121/ISO15118 session established, EVSE max 150 kW 500 A')
    bm.add(b.at(.02), 'I', 'ccs', 'cable check passed, precharge complete, contactors closed')
    bm.add(b.at(.50), 'W', 'bmu', 'charge current limited by cell temperature table (t=38.2C), 190 A -> 160 A')
    bm.add(b.at(.97), 'I', 'ccs', 'target SOC 80% reached, current ramp down, session stop requested by vehicle')

    def ex(r, tr, t):
        soc = 18 + 62 * tr / b.dur
        cur = 0 if tr < 20 or tr > b.dur * .97 else (340 if soc < 50 else 160)
        return [round(soc, 1), round(355 + soc * 0.9 + r.uniform(-1, 1), 1), round(cur + r.uniform(-3, 3), 1),
                round(24 + 14 * min(1, tr / 700) + r.uniform(-.3, .3), 1), round(r.uniform(13.5, 13.9), 2)]
    csv_file(b, 'signals.csv', ['soc_pct', 'pack_voltage', 'pack_current', 'cell_temp_max', 'lv_bus_voltage'], ex, per=2.0)
    s = b.f('syslog', 'rfc5424', 'ccu')
    s.noise(n_linux(b))
    s.add(b.at(.3), 'E', 'plc-modem', 'SLAC retry 1: no response on attenuation characterization, retrying')
    s.add(b.at(.3) + 2, 'I', 'plc-modem', 'SLAC matched with EVSE 0x4A2F')
    return L('none', 'none', 'low', 'charging', None,
             'DC fast charge 18->80 % with the normal temperature-based current taper and a PLC retry that succeeded. Healthy.')


@scen
def h_highway_adas(b):
    b.dur = 900
    b.t1 = b.t0 + b.dur
    p = b.f('planner.INFO', 'glog')
    p.noise(n_adas(b))
    p.add(b.at(.1), 'I', 'hmi_bridge.cc:40', 'ACC engaged set_speed=120 kph, LKA active')
    p.add(b.at(.6), 'W', 'planner.cc:512', 'lane change request rejected: target lane occupied (track 4471)')
    p.add(b.at(.61), 'I', 'planner.cc:530', 'lane change executed left, duration 5.1 s')
    r = b.f('ros.log', 'ros')
    r.noise(n_ros(b))
    r.add(b.at(.45), 'W', 'lidar_driver', 'packet timeout 120 ms, 1 packet lost, stream resumed')
    r.add(b.at(.8), 'I', 'lifecycle_manager', 'restarting node map_tile_server on request (tile cache rotation)')
    r.add(b.at(.8) + 1.5, 'I', 'lifecycle_manager', 'node map_tile_server active')
    sig_drive(b, vmax=33.0)
    c = b.f('candump.log', 'raw')
    can_noise(c, b, std_can_ids(b.rng))
    return L('none', 'none', 'low', 'driving', None,
             'Highway drive with ACC/LKA; one lidar packet timeout, a camera frame drop and a planned node restart only. Healthy.')


@scen
def h_city_ice(b):
    d = b.f('diag.txt', 'raw')
    u = Uds(d, 0x7E0, 0x7E8)
    u.session(b.at(.01))
    u.read_dtc(b.at(.01) + 1, [])
    u.tester_present(b.at(.01) + 2, b.at(.99), 2.0)
    u.did(b.at(.5), 0xF40D, [0x32])
    u.read_dtc(b.at(.9), [])
    e = b.f('ecu.dlt.txt', 'dlt', ecu='ECM1')
    e.noise(n_dlt(b) + [(5, 'I', 'ENG:IDL', lambda r: 'rpm %d map %d kPa lambda %.2f' % (r.randint(720, 3100), r.randint(30, 90),
                                                                                        r.uniform(.98, 1.02)))])
    e.add(b.at(.3), 'I', 'ENG:SS', 'start/stop: engine off at standstill (battery SOC 82%)')
    e.add(b.at(.3) + 40, 'I', 'ENG:SS', 'start/stop: restart on brake release, crank 0.38 s, min KL30 10.9 V')
    sig_drive(b, vmax=14.0, tfmt='ms')
    return L('none', 'none', 'low', 'driving', None,
             'City drive of a combustion car with start/stop cycles and a clean DTC readout (59 02 FF, no records). Healthy.')


@scen
def h_ota_ok(b):
    j = b.f('journal.txt', 'journal', 'ccu-main')
    j.noise(n_linux(b))
    steps = [(.05, 'I', 'update-engine', 'campaign 2026.11.3 accepted by user, vehicle parked, SOC 64%'),
             (.06, 'I', 'update-engine', 'downloading 412 MiB delta to slot B'),
             (.20, 'E', 'update-engine', 'chunk 118/412 download error: connection reset by peer, retry 1/8'),
             (.201, 'I', 'update-engine', 'chunk 118/412 ok after retry'),
             (.50, 'I', 'update-engine', 'download complete, sha256 verified, signature ok (key id 0x3F21)'),
             (.52, 'I', 'update-engine', 'flashing ECUs: BCM, GW, ADCU (sequence 3 steps)'),
             (.70, 'I', 'update-engine', 'ADCU flashed, verifying'),
             (.80, 'I', 'update-engine', 'switching boot slot A->B, rebooting'),
             (.85, 'I', 'update-engine', 'boot on slot B successful, marking slot good, campaign complete')]
    for fr, l, s_, m in steps:
        j.add(b.at(fr), l, s_, m)
    k = b.f('dmesg.txt', 'dmesg')
    k.noise([(30, 'I', 'k', lambda r: 'eth0: link up 100BASE-T1 master'), (300, 'W', 'k', 'mmcblk0: error -110 transferring data, sector 0, retrying'),
             (20, 'I', 'k', lambda r: 'wlan0: rx %d tx %d' % (r.randint(1000, 5000), r.randint(1000, 5000)))], t1=b.at(.8))
    k.add(b.at(.8), 'I', 'k', 'reboot: Restarting system')
    t = b.f('telematics.jsonl', 'json', keys=('timestamp', 'lvl', 'text', 'svc'), tfmt='s', lv={'D': 'D', 'I': 'I', 'W': 'W', 'E': 'E', 'F': 'F'})
    t.noise([(4, 'I', 'tcu', lambda r: 'lte rssi -%d dBm, data session up' % r.randint(60, 95)),
             (120, 'W', 'tcu', 'backend ping 1800 ms > 1500 ms')])
    t.add(b.at(.86), 'I', 'tcu', 'update status reported: SUCCESS 2026.11.3')
    return L('none', 'none', 'low', 'ota', None,
             'Successful OTA: delta download with one retried chunk, verified, flashed, A/B slot switch and good boot. Healthy.')


@scen
def h_cold_start(b):
    s = b.f('messages', 'syslog', 'vcu')
    s.noise(n_linux(b, upload=False))
    s.add(b.at(.01), 'W', 'thermal-mgr', 'ambient -21C: battery heater on, power limited to 60 kW until cells > 0C')
    s.add(b.at(.02), 'W', 'thermal-mgr', 'cabin preconditioning via PTC 6 kW')
    s.add(b.at(.4), 'I', 'thermal-mgr', 'cell min 2C, power limit released')
    s.add(b.at(.05), 'W', 'hmi-proxy', 'regen limited (cold battery) message shown')

    def ex(r, tr, t):
        v = drive_speed(tr, b.dur, 15) * 3.6
        return [round(v, 1), round(-19 + 21 * min(1, tr / (b.dur * .4)) + r.uniform(-.3, .3), 1), -21.0 + round(r.uniform(-.2, .2), 1),
                round(13.8 + r.uniform(-.1, .1), 2), round(r.uniform(20, 60) if tr < b.dur * .4 else r.uniform(80, 150), 1)]
    csv_file(b, 'signals.csv', ['vehicle_speed_kph', 'cell_temp_min', 'ambient_temp', 'lv_bus_voltage', 'pack_power_limit_kw'], ex)
    g = b.f('ros.log', 'ros')
    g.noise(n_ros(b))
    g.add(b.at(.02), 'W', 'camera_front', 'lens heater enabled, image contrast low (frost), confidence 0.71')
    g.add(b.at(.12), 'I', 'camera_front', 'image quality nominal')
    return L('none', 'none', 'low', 'driving', None,
             'Cold start at -21 C: battery heating with planned power limit, frosted camera clearing. Expected behaviour, healthy.')


@scen
def h_service_mode(b):
    d = b.f('tester_trace.txt', 'raw')
    u = Uds(d, 0x7E0, 0x7E8, 'b')
    u.session(b.at(.02))
    u.read_dtc(b.at(.03), [('P0A80', 0x00, 0x28)], mask=0x08)  # history (not failing now)
    u.req(b.at(.05), [0x14, 0xFF, 0xFF, 0xFF])
    u.resp(b.at(.05) + .2, [0x54])
    u.read_dtc(b.at(.06), [])
    u.tester_present(b.at(.06) + 2, b.at(.95), 3.0)
    w = b.f('workshop.log', 'logfmt')
    w.noise([(10, 'I', 'wtool', lambda r: 'routine 0x0203 progress %d%%' % r.randint(0, 100)),
             (45, 'D', 'wtool', 'keepalive ok')])
    w.add(b.at(.01), 'I', 'wtool', 'service mode entered, vehicle stationary, parking brake applied')
    w.add(b.at(.04), 'I', 'wtool', 'historic DTC listed: P0A80 replace hybrid battery pack (status 0x28, aged 38 cycles) -- cell module replaced 2026-10')
    w.add(b.at(.2), 'E', 'wtool', 'assertion failed: expected 12 ECUs, scan found 11 (test tool debug build)')
    w.add(b.at(.21), 'I', 'wtool', 'rescan: 12 ECUs found')
    w.add(b.at(.6), 'I', 'wtool', 'actuator test: cooling pump 1 run 30 s OK, fan OK')
    w.add(b.at(.96), 'I', 'wtool', 'service mode left, all tests passed')
    s = b.f('syslog', 'syslog', 'gw-a1')
    s.noise(n_linux(b))
    return L('none', 'none', 'low', 'test', None,
             'Workshop session: old history DTC from a repaired module cleared, actuator tests pass, test-tool assertion is tooling noise. Healthy.')


# ---- battery_bms -----------------------------------------------------------
@scen
def b_cell_ov_dc(b):
    t = b.at(.55)
    bm = b.f('bms.jsonl', 'json', keys=('ts', 'level', 'msg', 'comp'))
    bm.noise(n_bms_json(b, 30.0, chg=0.2, drive=False, over=lambda tt, d, r: d.update(
        pack_a=0.0 if tt > t else round(-380 + r.uniform(-3, 3), 1),
        cell_v_max=round(3.9 + (min(tt, t) - b.t0) / b.dur * 40 / 150 + (0.06 * max(0, 1 - (t - tt) / 200) if tt < t + 1 else -0.02), 3),
        cell_v_min=round(3.88 + (min(tt, t) - b.t0) / b.dur * 40 / 150 - (0.02 if tt > t else 0), 3),
        soc=round(30 + 40 * (min(tt, t) - b.t0) / b.dur, 1))))
    bm.add(b.at(.01), 'I', 'bms', 'DC charging session started, request 400 A')
    bm.add(t - 40, 'W', 'bms', 'cell 57 voltage 4.231 V rising faster than module average (dv/dt 3x)')
    bm.add(t, 'E', 'bms', 'BMS_ERR_0x4A cell overvoltage module 5 cell 57 = 4.262 V (limit 4.250 V)')
    bm.add(t + .2, 'E', 'bms', 'charge current request set to 0 A, opening DC charge contactors')
    bm.add(t + 3, 'W', 'bms', 'cell 57 relaxed to 4.198 V; charging not resumed (fault latched until next session)')
    c = b.f('charger.log', 'syslog', 'ccu')
    c.noise(n_linux(b))
    c.add(t + .4, 'W', 'evcc', 'EV requested stop (EVErrorCode: FAILED_RESSTemperatureInhibit not set, EVReady=false)')
    c.add(t + 1, 'I', 'evcc', 'session ended by vehicle, energy 21.4 kWh')
    c.add(t + 2, 'E', 'hmi-proxy', 'notification sent: Charging stopped - vehicle fault')

    def ex(r, tr, tt):
        soc = 30 + 40 * min(tr, t - b.t0) / b.dur
        cur = 0 if tt > t else 380
        vmax = 3.9 + (soc - 30) / 150 + (0.06 * max(0, 1 - (t - tt) / 200) if tt < t + 1 else 0.0)
        return [round(soc, 1), round(cur + r.uniform(-3, 3), 1), round(vmax + r.uniform(-.003, .003), 3), round(vmax - 0.05, 3), round(r.uniform(30, 33), 1)]
    csv_file(b, 'signals.csv', ['soc_pct', 'pack_current', 'cell_v_max', 'cell_v_avg', 'cell_temp_max'], ex, per=2.0)
    return L('battery_bms', 'cell', 'high', 'charging', 'bms.jsonl',
             'During DC charging one cell climbs above 4.25 V; the BMS logs overvoltage, commands 0 A and the charge stops. Charging stopped = high; parked/charging may lower to medium.',
             ['medium'])


@scen
def b_hvil_open(b):
    t = b.at(.42)
    bm = b.f('bms.log', 'dlt', ecu='BMS1')
    bm.noise([(5, 'I', 'BMS:STAT', lambda r: 'soc %.1f pack %.1fV %.1fA' % (r.uniform(60, 61), r.uniform(395, 401), r.uniform(10, 120))),
              (30, 'I', 'BMS:CONT', 'contactor state closed/closed'), (20, 'I', 'BMS:HVIL', 'HVIL loop current 10.1 mA ok')], t1=t)
    bm.add(t, 'E', 'BMS:HVIL', 'HVIL loop interrupted: loop current 0.2 mA (expected 10 mA), connector X5 rear motor suspected')
    bm.add(t + .05, 'F', 'BMS:CONT', 'opening main contactors, reason HVIL, pack current at open 84 A')
    bm.add(t + .1, 'E', 'BMS:DTC', 'P0A0A-00 High Voltage System Interlock Circuit confirmed')
    bm.noise([(5, 'I', 'BMS:STAT', lambda r: 'soc %.1f pack %.1fV %.1fA' % (r.uniform(60, 61), r.uniform(395, 401), 0.0))], t0=t + 1)
    inv = b.f('inverter.log', 'glog')
    inv.noise([(2, 'I', 'inv_ctrl.cc:120', lambda r: 'udc=%.0fV torque=%.0fNm t_igbt=%.0fC' % (r.uniform(390, 400), r.uniform(20, 150), r.uniform(45, 60)))], t1=t)
    for k in range(25):
        inv.add(t + .08 + k * 0.4, 'E', 'inv_ctrl.cc:311', 'DC link undervoltage udc=%.0f V < 250 V, gate drive disabled' % max(0, 200 - k * 8))
    inv.add(t + .3, 'E', 'inv_ctrl.cc:330', 'torque request not achievable, motor in freewheel')
    v = b.f('vcu.log', 'syslog', 'vcu')
    v.noise(n_linux(b))
    v.add(t + .4, 'F', 'vcu-app', 'propulsion lost while moving at 72 km/h, READY off, hazard lights on')
    v.add(t + 1.0, 'E', 'vcu-app', 'rear drive unit reports DC link collapsed, torque path unavailable')
    v.add(t + 1.5, 'E', 'vcu-app', 'driver message: Stop safely - electrical system fault')
    v.add(t + 60, 'I', 'vcu-app', 'vehicle stationary, park lock engaged')
    sig_drive(b, extra=lambda row, r, tr, tt: row.update(vehicle_speed_kph=max(0.0, row['vehicle_speed_kph'] - max(0, tt - t) * 1.5)
                                                         if tt > t else row['vehicle_speed_kph']) or None, vmax=22.0)
    return L('battery_bms', 'hvil', 'critical', 'driving', 'bms.log',
             'HVIL loop opens while driving; BMS opens contactors, inverter floods DC-link undervoltage errors and propulsion is lost at speed. Root cause HVIL.',
             ['high'])


@scen
def b_iso_low(b):
    t = b.at(.3)
    bm = b.f('bms_status.jsonl', 'json', keys=('timestamp', 'lvl', 'text', 'ecu'), tfmt='s')
    st = {'k': 3200}

    def m(r):
        return {'event': 'iso', 'iso_kohm': r.randint(2900, 3400)}
    bm.noise([(5.0, 'I', 'bms', lambda r: {'soc': round(r.uniform(50, 52), 1), 'pack_v': round(r.uniform(380, 384), 1)})])
    tt = b.t0
    while tt < b.t1:
        k = 3200 if tt < t else max(95, 3200 - (tt - t) * 6)
        bm.add(tt, 'I', 'imd', {'iso_kohm': int(k + b.rng.uniform(-30, 30)), 'hv_plus_kohm': int(k * 1.02), 'hv_minus_kohm': int(k * .98 + 20)})
        tt += 10
    tw = t + (3200 - 500) / 6
    bm.add(tw, 'W', 'bms', 'insulation resistance below warning threshold 500 kOhm')
    bm.add(tw + 200, 'E', 'bms', 'P0AA6-1A Hybrid/EV Battery Voltage System Isolation Fault, power limit 40 kW')
    s = b.f('syslog', 'syslog', 'vcu')
    s.noise(n_linux(b))
    s.add(tw + 201, 'W', 'vcu-app', 'drive power limited by BMS: 40 kW, driver warning "Reduced power" displayed')
    s.add(tw + 230, 'W', 'thermal-mgr', 'cooling circuit pressure nominal, coolant conductivity sensor not fitted')
    sig_drive(b)
    return L('battery_bms', 'hv_isolation', 'high', 'driving', 'bms_status.jsonl',
             'Isolation resistance falls steadily from ~3 MOhm toward 100 kOhm while driving; BMS warns, sets P0AA6 and limits power (derate).',
             ['critical'])


@scen
def b_precharge(b):
    t = b.at(.2)
    bm = b.f('bms.log', 'syslog', 'bms')
    bm.noise([(5, 'I', 'bmsd', lambda r: 'soc 72.1 pack %.1fV %.1fA t 14C' % (r.uniform(401.8, 402.6), r.uniform(0.5, 9.0))), (60, 'I', 'bmsd', 'sleep counter reset')], t0=t + 3)
    bm.noise(n_linux(b, False)[:3])
    bm.add(t, 'I', 'bmsd', 'wake-up by key fob, precharge start (target 95% of 402 V in 400 ms)')
    bm.add(t + .45, 'E', 'bmsd', 'precharge timeout: DC link 188 V after 450 ms, opening precharge relay')
    bm.add(t + .46, 'W', 'bmsd', 'P0C78-00 Hybrid/EV Battery Precharge Time Too Long, retry 1/3 in 2 s')
    bm.add(t + 2.5, 'I', 'bmsd', 'precharge attempt 2: DC link 384 V in 310 ms, main contactors closed')
    bm.add(t + 3, 'I', 'bmsd', 'HV ready')
    d = b.f('diag.txt', 'raw')
    u = Uds(d, 0x7E4, 0x7EC)
    u.session(b.at(.6))
    u.read_dtc(b.at(.6) + 1, [('P0C78', 0x00, 0x09)])
    u.tester_present(b.at(.6) + 2, b.at(.9), 2.0)
    c = b.f('can1.log', 'raw')
    can_noise(c, b, [(0x510, 1.0, lambda r, n, t: [0x01, 0, 0, 0, 0, 0, 0, 0]), (0x4F0, 2.0, lambda r, n, t: [0x12, 0x34, 0, 0, 0, 0, 0xAA, ctr(n)])], form='console', iface='can1')
    return L('battery_bms', 'contactor', 'medium', 'parked', 'bms.log',
             'At wake-up in the parking lot the HV precharge times out once (P0C78 confirmed), the retry closes the contactors; recovered fault.',
             ['low'])


# ---- powertrain --------------------------------------------------------------
@scen
def p_misfire_pending(b):
    d = b.f('obd_trace.txt', 'raw')
    u = Uds(d, 0x7DF, 0x7E8)
    u.tester_present(b.at(.0), b.at(.99), 2.5)
    u.read_dtc(b.at(.5), [('P0301', 0x00, 0x04)], mask=0x04)
    u.read_dtc(b.at(.9), [('P0301', 0x00, 0x04)], mask=0x0C)
    e = b.f('ecm.dlt.txt', 'dlt', ecu='ECM')
    e.noise(n_dlt(b) + [(5, 'I', 'ENG:RUN', lambda r: 'rpm %d load %d%% lambda %.2f' % (r.randint(800, 2800), r.randint(15, 60), r.uniform(.98, 1.02)))])
    e.add(b.at(.45), 'W', 'ENG:MIS', 'cyl1 misfire counter 14/1000 rev (threshold 20), first trip, code stored pending')
    s = b.f('syslog', 'syslog', 'tcu-99ef')
    s.noise(n_linux(b))
    sig_drive(b, vmax=20)
    return L('powertrain', 'ignition', 'low', 'driving', 'ecm.dlt.txt',
             'Cylinder 1 misfire counts below MIL threshold, P0301 stored as pending only (status 0x04); nothing the driver notices.',
             ['medium'])


@scen
def p_inverter(b):
    t = b.at(.5)
    i = b.f('inverter.jsonl', 'json', keys=('t', 'sev', 'message', 'src'), tfmt='ms', compact=True)
    i.noise([(2, 'I', 'mcu_r', lambda r: {'message': 'status', 'udc': round(r.uniform(380, 395), 1), 'iq': round(r.uniform(50, 300), 1),
                                             't_igbt': round(r.uniform(55, 68), 1)})])
    i.add(t, 'E', 'mcu_r', 'phase V desaturation detected on high-side IGBT, gate driver fault latched')
    i.add(t + .01, 'E', 'mcu_r', 'P0A78-1C drive motor A inverter performance')
    i.add(t + 1.0, 'W', 'mcu_r', 'gate driver reset ok, running with torque limit 30% (derate)')
    for k in range(5):
        i.add(t + 60 + k * 90, 'W', 'mcu_r', 'desat event count %d, derate held' % (k + 2))
    v = b.f('vcu.log', 'logcat')
    v.noise(n_logcat(b))
    v.add(t + 1.1, 'W', 'PropulsionHal', 'torque limit 30 percent from rear MCU, showing Reduced Power')
    sig_drive(b, vmax=30, cols_extra=('motor_torque_nm',),
              extra=lambda row, r, tr, tt: row.update(motor_torque_nm=round(r.uniform(40, 260) * (0.3 if tt > t else 1), 1)))
    return L('powertrain', 'inverter', 'high', 'driving', 'inverter.jsonl',
             'Rear inverter reports IGBT desaturation and P0A78; after a gate-driver reset it runs at 30 % torque (derate).')


@scen
def p_trans_limp(b):
    t = b.at(.35)
    tc = b.f('tcu_gearbox.log', 'rfc5424', 'tcm')
    tc.noise([(3, 'I', 'tcm', lambda r: 'gear %d slip %.1f%% line_p %.1f bar oil %dC' % (r.randint(2, 6), r.uniform(0, 1.5), r.uniform(8, 12), r.randint(70, 90)))], t1=t)
    tc.add(t - 20, 'W', 'tcm', 'ratio monitor: gear 4 measured 1.71 expected 1.00 (slip 41%)')
    tc.add(t, 'E', 'tcm', 'P0730 incorrect gear ratio confirmed, clutch C2 slipping')
    tc.add(t + .5, 'E', 'tcm', 'emergency mode: mechanical gear 3 locked, shifts inhibited')
    tc.noise([(3, 'I', 'tcm', lambda r: 'gear 3 (fixed) oil %dC' % r.randint(90, 105))], t0=t + 1)
    d = b.f('diag.txt', 'raw')
    u = Uds(d, 0x7E1, 0x7E9)
    u.session(b.at(.78))
    u.read_dtc(b.at(.8), [('P0730', 0x00, 0x2F), ('P0734', 0x00, 0x24)])
    u.tester_present(b.at(.8) + 1, b.t1, 2.0)
    s = b.f('gw.dlt.txt', 'dlt', ecu='GW01')
    s.noise(n_dlt(b))
    s.add(t + 1, 'W', 'HMI:MSG', 'gearbox fault message displayed, max speed 80 kph advised')
    sig_drive(b, vmax=25, tfmt='iso')
    return L('powertrain', 'transmission', 'high', 'driving', 'tcu_gearbox.log',
             'Automatic gearbox detects ratio error in 4th (P0730) and enters limp-home locked in 3rd gear.')


@scen
def p_j1939_fuel(b):
    t = b.at(.4)
    c = b.f('j1939.log', 'raw')
    can_noise(c, b, [(0x0CF00400, 2.0, lambda r, n, t: [0xF0, 0x7D, 0x7D, r.randint(0x10, 0x40), 0x2A, 0, 0xF0, 0x7D]),
                     (0x18FEEE00, 2.0, lambda r, n, t: [0x78, 0xFF, 0x40, 0x26, 0xFF, 0xFF, 0xFF, 0xFF]),
                     (0x18FEF100, 2.0, lambda r, n, t: [0xF3, 0x00, 0x32, 0xC0, 0x00, 0x00, 0x00, 0xFF]),
                     (0x18FECA03, 1.0, lambda r, n, t: [0x00, 0xFF, 0, 0, 0, 0, 0xFF, 0xFF])])
    tt = t
    n = 1
    while tt < b.t1:
        can_frame(c, tt, 0x18FECA00, dm1(0x04, 157, 1, min(n, 126)))
        tt += 2.0
        n += 0
    e = b.f('telematics.log', 'logfmt')
    e.noise(n_linux(b)[:6])
    e.add(t + 2, 'W', 'fleetd', 'active fault SA 0 SPN 157 FMI 1 (injector metering rail 1 pressure low, severe) OC 1')
    e.add(t + 3, 'W', 'fleetd', 'engine torque derate 40% reported by ECM, driver warned')
    ctx = b.f('engine.csv', 'raw')

    def ex(r, tr, tt2):
        return [round(r.uniform(1200, 1600)), round(1650 - (0 if tt2 < t - 100 else min(1200, (tt2 - t + 100) * 9)) + r.uniform(-20, 20)),
                round(r.uniform(82, 88), 1)]
    b.files.remove(ctx)
    csv_file(b, 'engine.csv', ['engine_rpm', 'rail_pressure_bar', 'coolant_temp'], ex, per=2.0)
    return L('powertrain', 'fuel', 'high', 'driving', 'engine.csv',
             'Truck: common-rail pressure falls, ECM broadcasts DM1 SPN 157 FMI 1 with amber lamp and derates engine torque.')


# ---- thermal -------------------------------------------------------------------
@scen
def th_pump_battery_derate(b):
    t = b.at(.25)
    th = b.f('thermal.log', 'journal', 'vcu')
    th.noise([(10, 'I', 'tms', lambda r: 'pump1 %d rpm (cmd %d%%) pump2 %d rpm valve4w pos %d' % (r.randint(3900, 4100), 60, r.randint(2900, 3100), r.randint(0, 3)))], t1=t)
    th.add(t, 'E', 'tms', 'battery loop pump (pump2) speed feedback 0 rpm at 70% command, current 0.1 A: pump not running')
    th.add(t + 5, 'W', 'tms', 'pump2 restart attempt failed, dry-run protection')
    th.noise([(10, 'I', 'tms', lambda r: 'pump1 %d rpm pump2 0 rpm (fault)' % r.randint(3900, 4100))], t0=t + 6)
    th.noise(n_linux(b, False)[:5])
    bm = b.f('bms.jsonl', 'json', keys=('time', 'level', 'msg', 'unit'), tfmt='iso')
    for k in range(12):
        bm.add(t + 200 + k * 40, 'W' if k < 6 else 'E', 'bms', 'cell temperature %.1f C above derate threshold, discharge limit %d kW'
               % (46 + k * 0.9, max(40, 150 - k * 10)))
    bm.add(t + 700, 'E', 'bms', 'battery overtemperature warning to driver, power reduced')
    bm.noise(n_bms_json(b, 70, over=lambda tt, d, r: d.update(t_max_c=round(26 + min(32, max(0, tt - t) / 28) + r.uniform(-.2, .2), 1))))
    th.add(t + 400, 'W', 'tms', 'cabin temperature sensor 2 implausible (pending), using sensor 1')

    def ex(r, tr, tt):
        dt = max(0, tt - t)
        return [round(28 + min(30, dt / 30) + r.uniform(-.2, .2), 1), round(26 + min(32, dt / 28), 1), 4000 + r.randint(-40, 40), 0 if tt > t else 3000 + r.randint(-30, 30)]
    csv_file(b, 'signals.csv', ['coolant_temp_batt_in', 'cell_temp_max', 'pump1_rpm', 'pump2_rpm'], ex, per=2.0)
    return L('thermal', 'pump', 'high', 'driving', 'thermal.log',
             'Battery-loop coolant pump stops (0 rpm at 70 % command); minutes later the BMS sees rising cell temperatures and derates. Root cause thermal/pump, not the battery.')


@scen
def th_radiator_fan_numeric(b):
    b.dur = 1500
    b.t1 = b.t0 + b.dur
    sig_drive(b, vmax=18, cols_extra=('fan_duty_cmd', 'fan_rpm', 'engine_oil_temp'),
              extra=lambda row, r, tr, tt: row.update(coolant_temp=round(min(88.0, 40 + tr / 12) if tr < 700 else min(118.0, 88 + (tr - 700) / 12) + r.uniform(-.4, .4), 1),
                                                       fan_duty_cmd=0 if tr < 700 else min(100, int((tr - 700) / 4)),
                                                       fan_rpm=0, engine_oil_temp=round(min(132, 40 + tr / 10), 1)))
    e = b.f('ecu.dlt.txt', 'dlt', ecu='ECM')
    e.noise(n_dlt(b) + [(5, 'I', 'ENG:RUN', lambda r: 'rpm %d load %d%%' % (r.randint(700, 2500), r.randint(10, 50)))])
    s = b.f('syslog', 'syslog', 'tcu-31aa')
    s.noise(n_linux(b))
    return L('thermal', 'radiator', 'medium', 'driving', 'signals.csv',
             'Only the signal log shows it: fan duty commanded up to 100 % but fan rpm stays 0 and coolant climbs past 110 C in city traffic. No error line.',
             ['high'])


@scen
def th_hvac_refrigerant(b):
    t = b.at(.3)
    h = b.f('hvac.log', 'logcat')
    h.noise(n_logcat(b) + [(10, 'I', 'HvacService', lambda r: 'cabin %.1f C set 21.0 C blower 3' % r.uniform(21, 24))])
    h.add(t, 'W', 'HvacCtrl', 'refrigerant low-side 0.9 bar at compressor start (expected > 2.0), suspect charge loss')
    h.add(t + 30, 'E', 'HvacCtrl', 'e-compressor inhibited: suction pressure too low, A/C off')
    h.add(t + 31, 'I', 'HvacService', 'AC button disabled, message "Air conditioning unavailable"')
    h.noise([(10, 'I', 'HvacService', lambda r: 'cabin %.1f C set 21.0 C blower 5, A/C unavailable' % r.uniform(26, 29))], t0=t + 32)
    c = b.f('climate.csv', 'raw')
    b.files.remove(c)
    csv_file(b, 'climate.csv', ['ambient_temp', 'suction_pressure_bar', 'discharge_pressure_bar', 'evap_temp'],
             lambda r, tr, tt: [round(31 + r.uniform(-.2, .2), 1), round(0.9 + r.uniform(-.05, .05), 2), round(4 if tt > t + 30 else 9 + r.uniform(-.3, .3), 2),
                                round(12 + r.uniform(-.3, .3) if tt < t + 30 else min(26, 12 + (tt - t) / 40), 1)], per=2.0, tfmt='iso')
    s = b.f('messages', 'syslog', 'ivi')
    s.noise(n_linux(b))
    sig_drive(b, name='vehicle.csv', vmax=20)
    return L('thermal', 'hvac', 'medium', 'driving', 'hvac.log',
             'Refrigerant suction pressure too low, e-compressor inhibited and A/C unavailable: degraded comfort function.')


@scen
def th_j1939_coolant(b):
    t = b.at(.6)
    c = b.f('can_j1939.log', 'raw')
    can_noise(c, b, [(0x0CF00400, 2.0, lambda r, n, t: [0xF0, 0x7D, 0x7D, r.randint(0x10, 0x40), 0x2A, 0, 0xF0, 0x7D]),
                     (0x18FEF100, 2.0, lambda r, n, t: [0xF3, 0x00, 0x32, 0xC0, 0x00, 0x00, 0x00, 0xFF]),
                     (0x18FEEE00, 2.0, lambda r, n, t: [min(0xA0, 0x78 + int(max(0, t - (b.at(.6) - 300)) / 7.5)), 0xFF, 0x40, 0x26, 0xFF, 0xFF, 0xFF, 0xFF])])
    tt = t
    while tt < b.t1:
        can_frame(c, tt, 0x18FECA00, dm1(0x14, 110, 0, 1))
        tt += 2.0
    f = b.f('fleet.jsonl', 'json', keys=('ts', 'severity', 'message', 'svc'), tfmt='s', lv={'D': 'DEBUG', 'I': 'INFO', 'W': 'WARN', 'E': 'ERROR', 'F': 'FATAL'})
    f.noise([(15, 'I', 'fms', lambda r: 'position fix ok, odo %d km' % r.randint(412000, 412040)), (60, 'W', 'fms', 'MQTT publish timeout, queued (3 msgs)'),
             (30, 'I', 'fms', 'tacho download idle')])
    f.add(t + 2, 'E', 'fms', 'DM1 from engine SA 0x00: SPN 110 FMI 0 OC 1, red stop lamp ON')
    f.add(t + 4, 'E', 'fms', 'engine protection: torque derate to 50%, alert sent to dispatcher')
    return L('thermal', 'coolant', 'high', 'driving', 'can_j1939.log',
             'Truck: engine coolant temperature (PGN 65262) rises, then DM1 SPN 110 FMI 0 with red stop lamp and engine-protection derate.',
             ['critical'])


# ---- brakes_chassis --------------------------------------------------------------
@scen
def bc_wss_cascade(b):
    t = b.at(.3)
    ab = b.f('esc.dlt.txt', 'dlt', ecu='ESC1')
    ab.noise([(4, 'I', 'ESC:STS', lambda r: 'wss fl/fr/rl/rr ok, yaw %.2f' % r.uniform(-2, 2)), (10, 'I', 'ESC:PMP', 'pump idle, valve test ok')], t1=t)
    ab.add(t, 'E', 'ESC:WSS', 'wheel speed sensor front left: signal lost (0 pulses, other wheels 83 km/h), open circuit suspected')
    ab.add(t + .02, 'E', 'ESC:DTC', 'C0035 left front wheel speed sensor circuit, status confirmed')
    ab.add(t + .05, 'E', 'ESC:STS', 'ABS function disabled, EBD in fallback, ESC passive')
    ab.noise([(4, 'W', 'ESC:STS', 'ABS/ESC off due to wss fl fault')], t0=t + 1)
    p = b.f('adas.INFO', 'glog')
    p.noise(n_adas(b))
    for k in range(40):
        p.add(t + .5 + k * 9, 'E', 'acc_manager.cc:77', 'ACC precondition failed: ESC not available (%d)' % k)
    p.add(t + .4, 'E', 'acc_manager.cc:60', 'ACC cancelled, takeover request issued')
    p.add(t + .45, 'E', 'lka.cc:31', 'lane keeping unavailable: chassis stability control not ready')
    g = b.f('gateway.log', 'syslog', 'cgw')
    g.noise(n_linux(b))
    for k in range(20):
        g.add(t + 1 + k * 15, 'W', 'dtc-aggregator', 'ECU 0x2B reports ABS/ESC lamp on, ECU 0x5D reports ACC unavailable')
    sig_drive(b, vmax=23, extra=lambda row, r, tr, tt: row.update(wheel_speed_fl=0.0) if tt > t else None)
    return L('brakes_chassis', 'abs', 'critical', 'driving', 'esc.dlt.txt',
             'FL wheel-speed sensor signal lost (C0035) while driving: ABS/ESC disabled, then ACC and lane assist drop out with many errors. Root cause ABS sensor.',
             ['high'])


@scen
def bc_eps_overtemp(b):
    t = b.at(.5)
    e = b.f('eps.log', 'logfmt', compkey='ecu')
    e.noise([(2, 'I', 'eps', lambda r: 'torque_sensor=%.2fNm assist=%.1fNm motor_temp=%.0fC' % (r.uniform(-3, 3), r.uniform(-20, 20), r.uniform(50, 70)))], t1=t)
    e.add(t - 60, 'W', 'eps', 'motor winding temperature 118C, thermal model approaching limit')
    e.add(t, 'E', 'eps', 'EPS-1203 assist reduced to 40% (motor overtemperature protection)')
    e.noise([(2, 'W', 'eps', lambda r: 'assist limit 40%% motor_temp=%.0fC' % r.uniform(120, 128))], t0=t + 1)
    i = b.f('ivi.logcat', 'logcat')
    i.noise(n_logcat(b))
    i.add(t + 1, 'W', 'ClusterWarn', 'show telltale STEERING_ASSIST_REDUCED (yellow)')
    sig_drive(b, vmax=8, cols_extra=('steering_angle',), extra=lambda row, r, tr, tt: row.update(steering_angle=round(r.uniform(-380, 380), 1)))
    return L('brakes_chassis', 'eps', 'high', 'driving', 'eps.log',
             'Electric power steering overheats during repeated manoeuvring and reduces assist to 40 % (EPS-1203): degraded, not lost.',
             ['critical'])


@scen
def bc_tpms_leak(b):
    t = b.at(.2)
    tp = b.f('tpms.jsonl', 'json', keys=('ts', 'level', 'msg', 'node'), tfmt='ms')
    tt = b.t0
    while tt < b.t1:
        rr = 2.5 if tt < t else max(1.55, 2.5 - (tt - t) / 900)
        tp.add(tt, 'I', 'tpms', {'fl_bar': round(2.5 + b.rng.uniform(-.02, .02), 2), 'fr_bar': round(2.49 + b.rng.uniform(-.02, .02), 2),
                                 'rl_bar': round(2.4, 2), 'rr_bar': round(rr, 2), 'rr_temp_c': 24})
        tt += 8
    tp.add(t + 560, 'W', 'tpms', 'RR pressure 1.88 bar, drop rate 0.07 bar/min')
    tp.add(t + 700, 'E', 'tpms', 'TPMS_W02 low inflation rear right (1.78 bar < 2.0 bar), warning lamp on')
    tp.noise([(60, 'W', 'tpms', 'sensor ID 0x1A77F2 (spare wheel) not received')])
    s = b.f('syslog', 'syslog', 'bcm')
    s.noise(n_linux(b))
    c = b.f('candump.log', 'raw')
    can_noise(c, b, std_can_ids(b.rng))
    return L('brakes_chassis', 'tpms', 'medium', 'driving', 'tpms.jsonl',
             'Rear-right tyre loses pressure steadily (2.5 -> <1.9 bar) and the TPMS warning comes on; the spare sensor noise is routine.',
             ['high'])


@scen
def bc_booster(b):
    t = b.at(.55)
    br = b.f('brake_ctrl.log', 'rfc5424', 'ebb')
    br.noise([(3, 'I', 'ibst', lambda r: 'pedal travel %.1f mm boost %.1f bar motor %.1f A' % (r.uniform(0, 20), r.uniform(0, 40), r.uniform(0, 12)))], t1=t)
    br.add(t, 'E', 'ibst', 'IBST_FLT 0x1A3 booster motor position sensor implausible, electromechanical boost switched off')
    br.add(t + .1, 'E', 'ibst', 'fallback: ESC hydraulic boost active, pedal feel changed')
    br.add(t + .3, 'E', 'ibst', 'second brake circuit pressure sensor disagreement 11 bar, degraded braking')
    br.noise([(3, 'W', 'ibst', 'degraded mode, boost by ESC pump only')], t0=t + 1)
    a = b.f('planner.INFO', 'glog')
    a.noise(n_adas(b))
    a.add(t + .5, 'F', 'mrm.cc:20', 'braking system degraded, requesting minimal risk manoeuvre: hazard on, decelerate to stop in lane')
    a.add(t + 25, 'I', 'mrm.cc:88', 'vehicle stopped, parking brake applied, eCall information sent')
    sig_drive(b, vmax=28, extra=lambda row, r, tr, tt: row.update(vehicle_speed_kph=max(0, round(row['vehicle_speed_kph'] - (tt - t) * 4.5, 1))) if tt > t else None)
    return L('brakes_chassis', 'brakes', 'critical', 'driving', 'brake_ctrl.log',
             'Electromechanical brake booster fails (position sensor implausible) at speed; hydraulic fallback only and the automated stack performs a safe stop.')


# ---- body ---------------------------------------------------------------------
@scen
def bo_airbag(b):
    t = b.at(.15)
    d = b.f('diag.txt', 'raw')
    u = Uds(d, 0x737, 0x73F)
    u.session(b.at(.4))
    u.read_dtc(b.at(.4) + 1, [('B0001', 0x13, 0x2F), ('U0155', 0x00, 0x08)])
    u.tester_present(b.at(.4) + 2, b.at(.8))
    a = b.f('srs.dlt.txt', 'dlt', ecu='ACU')
    a.noise([(10, 'I', 'ACU:MON', 'squib loop resistance monitoring cycle ok'), (20, 'I', 'ACU:OCS', 'occupant class adult, belt latched')], t1=t)
    a.add(t, 'E', 'ACU:MON', 'driver frontal stage 1 squib loop open (resistance > 10 kOhm), clockspring suspected')
    a.add(t + .1, 'E', 'ACU:LMP', 'airbag warning lamp on, driver frontal deployment inhibited')
    a.noise([(10, 'I', 'ACU:MON', 'squib loop monitoring: DAB stage1 open'), (20, 'I', 'ACU:OCS', 'occupant class adult, belt latched')], t0=t + 1)
    s = b.f('syslog', 'syslog', 'cgw')
    s.noise(n_linux(b))
    sig_drive(b)
    return L('body', 'airbag', 'high', 'driving', 'srs.dlt.txt',
             'Driver frontal airbag stage-1 squib loop open (B0001-13 confirmed), airbag lamp on and deployment inhibited while driving; an old U0155 history record is secondary.',
             ['critical'])


@scen
def bo_door_lock(b):
    t = b.at(.4)
    x = b.f('bcm.log', 'syslog', 'bcm')
    x.noise(n_linux(b, False)[:5] + [(30, 'I', 'bcm-door', 'door status: all closed, locked')])
    x.add(t, 'I', 'bcm-door', 'lock request from key fob (RKE)')
    x.add(t + .6, 'E', 'bcm-door', 'driver door lock actuator did not reach locked position (hall sensor), current 7.8 A stall')
    x.add(t + 1.2, 'W', 'bcm-door', 'retry 1 driver door lock')
    x.add(t + 1.9, 'I', 'bcm-door', 'driver door locked on retry, vehicle secured')
    x.add(t + 2, 'W', 'bcm-door', 'fault BCM-DL-0412 stored: lock motor stall driver side, confirmed, aged 0')
    l = b.f('lin1.log', 'raw')
    tt = b.t0
    while tt < b.t1:
        l.raw(tt, '%.4f LIN1 RX 0x%02X %s chk %02X' % (tt - b.t0, 0x21, hx([0x00, 0x10, b.rng.randint(0, 3), 0xFF]), b.rng.randint(0, 255)))
        tt += 1.0
    c = b.f('can0.log', 'raw')
    can_noise(c, b, [(0x510, 1.0, lambda r, n, t: [0x01, 0, 0, 0, 0, 0, 0, 0]), (0x3B4, 2.0, lambda r, n, t: [0x8C, 0, 0xE0, 0, 0, ctr(n), 0, 0])])
    return L('body', 'doors', 'medium', 'parked', 'bcm.log',
             'Parked: driver door lock actuator stalls on lock, retry succeeds; a real fault that recovered.',
             ['low'])


@scen
def bo_lowbeam(b):
    t = b.at(.5)
    x = b.f('body.dlt.txt', 'dlt', ecu='BCM1')
    x.noise(n_dlt(b))
    x.add(t, 'E', 'LGT:OUT', 'low beam left: load current 0.0 A with output on (open load), bulb/LED module failure')
    x.add(t + .1, 'W', 'LGT:OUT', 'substitute: fog lamp left enabled at reduced intensity')
    x.noise([(20, 'W', 'LGT:OUT', 'low beam L open load persists')], t0=t + 1)
    i = b.f('cluster.logcat', 'logcat')
    i.noise(n_logcat(b))
    i.add(t + .5, 'W', 'ClusterWarn', 'show check-control message: left dipped beam fault')
    s = b.f('syslog', 'syslog', 'tcu')
    s.noise(n_linux(b))
    sig_drive(b, vmax=20, cols_extra=('ambient_lux',), extra=lambda row, r, tr, tt: row.update(ambient_lux=r.randint(1, 8)))
    return L('body', 'lighting', 'medium', 'driving', 'body.dlt.txt',
             'At night the left low beam goes open-load; substitute lamp and a check-control message, driving continues.',
             ['high'])


@scen
def bo_touch(b):
    t = b.at(.3)
    k = b.f('dmesg.txt', 'dmesg')
    k.noise([(30, 'I', 'k', 'imx-drm: vblank ok'), (60, 'I', 'k', 'thermal_zone0: 48000 mC'), (120, 'W', 'k', 'usb 2-1: device descriptor read/64, error -71')])
    for n in range(60):
        k.add(t + n * 12, 'E', 'k', 'atmel_mxt_ts 3-004a: i2c transfer failed (-121), touch controller not responding')
    k.add(t + 1, 'E', 'k', 'atmel_mxt_ts 3-004a: reset via gpio failed, CHG line stuck low')
    a = b.f('ivi.logcat', 'logcat')
    a.noise(n_logcat(b))
    a.add(t + 2, 'W', 'InputManager', 'touchscreen input device removed (id 7)')
    a.add(t + 3, 'W', 'HmiShell', 'touch unavailable: switching to rotary controller and voice')
    return L('body', 'hmi', 'medium', 'driving', 'dmesg.txt',
             'Centre display touch controller stops answering on I2C (hardware), touch unavailable, rotary/voice still work: degraded comfort.',
             ['low'])


# ---- adas_perception --------------------------------------------------------------
@scen
def a_camera_blind(b):
    t = b.at(.4)
    r = b.f('perception.log', 'ros')
    r.noise(n_ros(b))
    r.add(t, 'W', 'camera_front', 'image saturation 94% of pixels for 2.0 s (low sun), lane detection confidence 0.12')
    r.add(t + 3, 'E', 'camera_front', '[ADAS_CAM] E0117 front camera blinded, lane and sign outputs invalid')
    r.add(t + 3.1, 'W', 'lane_detector', 'no valid lane model')
    r.add(t + 95, 'I', 'camera_front', 'image quality recovered, lane confidence 0.88')
    p = b.f('planner.INFO', 'glog')
    p.noise(n_adas(b))
    p.add(t + 3.3, 'W', 'lka.cc:31', 'lane keeping assist unavailable: camera invalid, driver informed')
    p.add(t + 97, 'I', 'lka.cc:40', 'lane keeping assist available again')
    sig_drive(b, vmax=30)
    return L('adas_perception', 'camera', 'high', 'driving', 'perception.log',
             'Low sun blinds the front camera (E0117); lane keeping assist is unavailable for about 90 s, then recovers.',
             ['medium'])


@scen
def a_lidar_mrm(b):
    t = b.at(.45)
    li = b.f('lidar_driver.log', 'ros')
    li.noise([x for x in n_ros(b) if x[2] != 'lidar_driver'])
    li.noise([(2.0, 'I', 'lidar_driver', lambda r: 'published %d packets, %.1f Hz' % (r.randint(750, 760), 10.0))], t1=t)
    li.add(t - 30, 'W', 'lidar_driver', 'motor speed 598 rpm (setpoint 600), encoder jitter high')
    li.add(t, 'E', 'lidar_driver', 'top lidar: azimuth encoder lost, point cloud empty, device status FAULT 0x0C')
    li.noise([(2.0, 'E', 'lidar_driver', 'no packets from 192.168.1.201:2368 for %s' % '2.0 s')], t0=t + 1, t1=t + 60)
    pl = b.f('planning.pb.txt', 'raw')
    sq = 0
    tt = b.t0
    while tt < b.t1:
        sq += 1
        if tt < t + 1.5:
            proto_msg(pl, tt, 'planning', sq, [('total_path_length', '%.1f' % b.rng.uniform(120, 160)), ('is_replan', 'false'),
                                               ('decision', [('main_decision', '"CRUISE"')])])
        else:
            proto_msg(pl, tt, 'planning', sq, [('is_replan', 'true'), ('decision', [('main_decision', '"STOP"'), ('reason', '"PERCEPTION_DEGRADED"')]),
                                               ('estop', [('is_estop', 'false'), ('reason', '"MRM lane stop"')])])
        tt += 4.0
    f = b.f('fusion.INFO', 'glog')
    f.noise(n_adas(b))
    for k in range(50):
        f.add(t + .5 + k * 3, 'E', 'fusion.cc:611', '[ADAS_FUS] E0042 lidar input stale %.1f s, object list confidence degraded' % (k * 3 + .5))
    f.add(t + 1.2, 'F', 'supervisor.cc:40', 'ODD exit: sensor set incomplete, triggering minimal risk manoeuvre')
    f.add(t - 200, 'W', 'camera_driver.cc:318', 'cam_rear: exposure control unstable, diag 0x51 pending')
    return L('adas_perception', 'lidar', 'critical', 'driving', 'lidar_driver.log',
             'Top lidar loses its encoder and publishes nothing; fusion floods stale-input errors and the supervisor performs a minimal-risk stop. Root cause lidar.')


@scen
def a_radar_misalign(b):
    t = b.at(.3)
    r = b.f('radar.jsonl', 'json', keys=('ts', 'lvl', 'msg', 'sensor'), tfmt='s', compact=True)
    r.noise([(2, 'I', 'frr', lambda x: {'msg': 'cycle', 'targets': x.randint(10, 40), 'az_offset_deg': round(0.2 + x.uniform(-.05, .05), 2)})], t1=t)
    r.noise([(2, 'I', 'frr', lambda x: {'msg': 'cycle', 'targets': x.randint(10, 40), 'az_offset_deg': round(3.6 + x.uniform(-.05, .05), 2)})], t0=t)
    r.add(t + 60, 'E', 'frr', 'autoalignment: azimuth misalignment 3.6 deg exceeds 2.5 deg, sensor blocked for ACC/AEB')
    r.add(t + 61, 'E', 'frr', 'FRR-0x2A1 alignment out of range, confirmed')
    p = b.f('adas_hmi.log', 'logfmt')
    p.noise([(5, 'I', 'acc', 'state=ACTIVE gap=2'), (30, 'I', 'aeb', 'armed')], t1=t + 62)
    p.noise([(5, 'W', 'acc', 'state=UNAVAILABLE reason=front_radar'), (30, 'W', 'aeb', 'reduced: camera only')], t0=t + 62)
    p.add(t + 62, 'E', 'acc', 'ACC switched off, cluster: Adaptive cruise control unavailable')
    s = b.f('syslog', 'syslog', 'adcu')
    s.noise(n_linux(b))
    sig_drive(b, vmax=31)
    return L('adas_perception', 'radar', 'high', 'driving', 'radar.jsonl',
             'Front radar azimuth offset jumps from 0.2 to 3.6 deg (bumper knock); autoalignment declares misalignment and ACC becomes unavailable.')


@scen
def a_gnss_rtk(b):
    t = b.at(.35)
    loc = b.f('localization.yaml', 'raw')
    tt = b.t0
    while tt < b.t1:
        dt = max(0, tt - t)
        yaml_msg(b, loc, tt, {'frame_id': 'map', 'status': {'fix_type': 'RTK_FIXED' if dt == 0 else 'SINGLE', 'num_sats': 19 if dt == 0 else 6},
                              'position_std_m': '%.3f' % (0.02 if dt == 0 else min(4.5, 0.3 + dt / 60)),
                              'lane_assignment_confidence': '%.2f' % (0.98 if dt == 0 else max(0.2, 0.98 - dt / 400))})
        tt += 5.0
    g = b.f('gnss.log', 'journal', 'adcu')
    g.noise(n_linux(b))
    g.add(t, 'W', 'gnss-rcv', 'RTCM corrections stale (age 62 s), NTRIP caster unreachable? using own solution')
    g.add(t + 5, 'W', 'gnss-rcv', 'fix type RTK FIXED -> SINGLE, 6 satellites (urban canyon)')
    p = b.f('planner.INFO', 'glog')
    p.noise(n_adas(b))
    p.add(t + 240, 'W', 'hwp.cc:55', 'highway pilot not available: localization accuracy 3.1 m > 0.5 m, falling back to L2 assist')
    return L('adas_perception', 'gnss', 'high', 'driving', 'gnss.log',
             'GNSS loses RTK fix; localization std grows to metres and the highway pilot becomes unavailable (feature disabled, L2 remains).',
             ['medium'])


# ---- connectivity_network -----------------------------------------------------------
U_ECUS = [('U0100', 'ECM/PCM A'), ('U0101', 'TCM'), ('U0121', 'ABS'), ('U0140', 'BCM'), ('U0151', 'restraints'), ('U0155', 'IPC'),
          ('U0131', 'power steering'), ('U0164', 'HVAC')]


@scen
def c_gateway_reboot(b):
    t = b.at(.5)
    g = b.f('gateway.dlt.txt', 'dlt', ecu='CGW')
    g.noise(n_dlt(b), t1=t)
    g.add(t - 0.3, 'E', 'GW:CORE', 'routing core exception (bus fault @0x0801A3C4), requesting reset')
    g.add(t - 0.1, 'F', 'GW:CORE', 'reset reason WDG_EXPIRED, rebooting gateway')
    g.add(t + 9, 'I', 'GW:CORE', 'startup complete in 8.9 s, routing tables loaded')
    g.noise(n_dlt(b), t0=t + 9)
    c = b.f('candump_ptcan.log', 'raw')
    can_noise(c, b, std_can_ids(b.rng), silent=[({x[0] for x in std_can_ids(b.rng)}, t, t + 9)])
    s = b.f('syslog', 'syslog', 'ivi')
    s.noise(n_linux(b))
    for k in range(30):
        code, name = U_ECUS[k % len(U_ECUS)]
        s.add(t + 1 + k * 0.25, 'E', 'vehicle-diag', '%s lost communication with %s (timeout 1000 ms)' % (code, name))
    s.add(t + 10, 'I', 'vehicle-diag', 'all nodes back, lost-communication codes now stored as history')
    for k, x in enumerate(['0xC10087', '0xC12187', '0xC14087', '0xC15587']):
        s.add(t + 9.5 + k * .1, 'W', 'dtcmon', 'event dtc=%s status=0x2B src=0x10' % x)
    d = b.f('diag.txt', 'raw')
    u = Uds(d, 0x7E0, 0x7E8)
    u.tester_present(b.at(.1), b.at(.79), 3.0)
    u.read_dtc(b.at(.8), [(c_[0], 0x00, 0x28) for c_ in U_ECUS[:6]])
    u.tester_present(b.at(.8) + 1, b.t1, 3.0)
    sig_drive(b)
    return L('connectivity_network', 'gateway', 'medium', 'driving', 'gateway.dlt.txt',
             'Central gateway hits a core exception and watchdog reboot; all ECUs behind it are silent ~9 s and log many U01xx codes, then recover. Root cause gateway.',
             ['high'])


@scen
def c_busoff(b):
    t = b.at(.4)
    k = b.f('kern.log', 'syslog_np', 'vcu')
    k.noise([(60, 'I', 'kernel', lambda r: 'can1: bitrate 500000, sample point 0.875'), (45, 'W', 'kernel', 'wlan0: deauthenticating from 02:1a:11:fc:00:a1 by local choice')])
    k.add(t - 5, 'W', 'kernel', 'can1: bus-error, tx error counter 96, rx error counter 0')
    k.add(t - 2, 'W', 'kernel', 'can1: error warning state (TEC 127)')
    k.add(t, 'E', 'kernel', 'can1: bus-off')
    for n in range(8):
        k.add(t + 1 + n * 30, 'W', 'kernel', 'can1: restarted after bus-off (restart-ms 100)')
        k.add(t + 3 + n * 30, 'E', 'kernel', 'can1: bus-off')
    c = b.f('can1.log', 'raw')
    can_noise(c, b, std_can_ids(b.rng), iface='can1', silent=[({x[0] for x in std_can_ids(b.rng)}, t, b.t1)])
    for n in range(8):
        c.raw(t + 1.2 + n * 30, '(%.6f) can1 20000004#000C000000000000' % (t + 1.2 + n * 30))
    v = b.f('vcu.jsonl', 'json', keys=('@timestamp', 'log.level', 'message', 'logger'))
    v.noise([(5, 'I', 'vcu', lambda r: 'torque path ok')], t1=t)
    v.noise([(30, 'W', 'ntp', 'clock offset 12 ms')])
    v.noise([(5, 'I', 'vcu', 'torque path limited (limp)')], t0=t + 2)
    v.add(t + 1.0, 'E', 'vcu', 'U0100-87 lost communication with ECM/PCM A (missing message)')
    v.add(t + 1.5, 'E', 'vcu', {'message': 'dtc_event', 'dtc': '0xC10087', 'status': '0x2F'})
    v.add(t + 1.6, 'E', 'vcu', {'message': 'dtc_event', 'dtc': '0xC12187', 'status': '0x2F'})
    v.add(t + 2, 'E', 'vcu', 'limp home: torque limited, max 50 km/h')
    sig_drive(b, vmax=24)
    return L('connectivity_network', 'can', 'high', 'driving', 'kern.log',
             'Powertrain CAN controller on the VCU goes bus-off repeatedly (error counters rise first); U0100 follows and the vehicle enters limp-home.')


@scen
def c_cellular(b):
    t = b.at(.2)
    m = b.f('modem.log', 'journal', 'tcu-6612')
    m.noise([x for x in n_linux(b) if x[2] != 'modemmanager'])
    m.noise([(20, 'I', 'modemmanager', lambda r: 'registered home, LTE band 20, rsrp -%d dBm' % r.randint(85, 100))], t1=t)
    m.add(t, 'E', 'modemmanager', 'modem reports +CEREG: 3 (registration denied), cause #15 no suitable cells in tracking area')
    m.noise([(30, 'W', 'modemmanager', 'not registered, searching (attempt via LTE/WCDMA)')], t0=t + 1, t1=b.at(.7))
    m.add(b.at(.7), 'I', 'modemmanager', 'registered home, LTE band 3')
    a = b.f('tcu_app.log', 'logfmt')
    a.noise([(10, 'I', 'rvs', 'remote services idle'), (60, 'I', 'ecall', 'self-test ok')])
    a.add(t + 5, 'W', 'rvs', 'backend unreachable, queueing 14 telemetry records')
    a.add(b.at(.71), 'I', 'rvs', 'backend reachable, flushed 212 records')
    sig_drive(b, vmax=25)
    return L('connectivity_network', 'cellular', 'low', 'driving', 'modem.log',
             'Cellular registration denied for a stretch of the drive (rural), telemetry queued and flushed after re-registration; nothing for the driver.',
             ['medium'])


@scen
def c_ethernet_flap(b):
    t = b.at(.35)
    k = b.f('dmesg.txt', 'dmesg')
    k.noise([(30, 'I', 'k', 'nvidia-nvethernet 2310000.ethernet eth1: Link is Up - 1Gbps/Full'), (90, 'W', 'k', 'ath10k_pci: firmware crashed! (guid n/a) ... recovered')], t1=t)
    for n in range(14):
        tt = t + n * 22
        k.add(tt, 'E', 'k', 'sja1105 spi0.0: port 3 link down (1000BASE-T1, SQI 1/7)')
        k.add(tt + 1.8, 'I', 'k', 'sja1105 spi0.0: port 3 link up, SQI 2/7')
    p = b.f('camera_pipeline.INFO', 'glog')
    p.noise(n_adas(b))
    for n in range(14):
        tt = t + 0.1 + n * 22
        p.add(tt, 'E', 'gmsl_eth_bridge.cc:140', 'camera group B (left/right/rear) no frames for 1.8 s, stream reset')
        p.add(tt + 0.2, 'E', 'fusion.cc:611', 'side camera inputs stale, lane change assist inhibited')
    p.add(t + 60, 'E', 'function_manager.cc:22', 'lane change assist and blind-spot assist unavailable (camera group B unreliable)')
    s = b.f('syslog', 'rfc5424', 'adcu')
    s.noise(n_linux(b))
    return L('connectivity_network', 'ethernet', 'high', 'driving', 'dmesg.txt',
             'Automotive-Ethernet port to the side-camera group flaps with poor SQI; camera streams drop each time and lane change/blind-spot assist are disabled. Root cause Ethernet link.',
             ['medium'])


# ---- software_platform ------------------------------------------------------------------
@scen
def s_oom(b):
    t = b.at(.4)
    k = b.f('kern.log', 'syslog_np', 'adcu')
    k.noise([(60, 'I', 'kernel', 'nvgpu: 17000000.ga10b: EMC freq 3199 MHz'), (120, 'W', 'kernel', 'cgroup: fork rejected by pids controller in /system.slice/logcollector.service')])
    k.add(t - 120, 'W', 'kernel', 'memory: usage of /adas.slice/perception.service reached memory.high (RSS 7.2 GiB), reclaiming')
    k.add(t, 'E', 'kernel', 'Out of memory: Killed process 2210 (perception_main) total-vm:14021384kB, anon-rss:7814440kB, oom_score_adj:0')
    k.add(t + 0.2, 'I', 'kernel', 'oom_reaper: reaped process 2210 (perception_main), now anon-rss:0kB')
    j = b.f('journal.txt', 'journal', 'adcu')
    j.noise(n_linux(b))
    j.add(t + .3, 'W', 'systemd', 'perception.service: Main process exited, code=killed, status=9/KILL')
    j.add(t + 2.3, 'I', 'systemd', 'perception.service: Scheduled restart job, restart counter is at 1.')
    j.add(t + 9, 'I', 'perception_main', 'pipelines ready (8 cameras, 1 lidar), warm-up done')
    p = b.f('planner.INFO', 'glog')
    p.noise(n_adas(b))
    for n in range(20):
        p.add(t + .5 + n * .4, 'E', 'fusion.cc:611', 'no perception objects for %.1f s' % (.5 + n * .4))
    p.add(t + 1, 'W', 'function_manager.cc:22', 'ACC/LKA suspended, takeover request')
    p.add(t + 12, 'I', 'function_manager.cc:30', 'ACC/LKA available again')
    return L('software_platform', 'oom', 'medium', 'driving', 'kern.log',
             'Perception process grows until the kernel OOM-kills it; ADAS errors flood for ~10 s and features are suspended until systemd restarts it. Root cause OOM (memory leak).',
             ['high'])


@scen
def s_watchdog_cockpit(b):
    t = b.at(.5)
    a = b.f('logcat.txt', 'logcat')
    a.noise(n_logcat(b), t1=t)
    a.add(t - 8, 'W', 'Watchdog', '*** WATCHDOG KILLING SYSTEM PROCESS: Blocked in handler on main thread (android.fg) for 60s')
    a.add(t - 7, 'F', 'Watchdog', 'main thread stack: com.android.server.display.DisplayManagerService.handleDisplayEvent')
    a.add(t, 'I', 'init', 'rebooting system_server (watchdog)')
    a.noise(n_logcat(b), t0=t + 35)
    k = b.f('dmesg.txt', 'dmesg')
    k.noise([(40, 'I', 'k', 'binder: 1123:1140 transaction failed 29189/-22, size 0-0 line 3013')])
    k.add(t + 1, 'W', 'k', 'init: Service "system_server" (pid 1123) received signal 9, restarting zygote')
    h = b.f('cluster.dlt.txt', 'dlt', ecu='IPC')
    h.noise([(5, 'I', 'CLU:SPD', 'speed telltales rendered'), (30, 'I', 'CLU:SYN', 'time sync ok')])
    h.add(t + 2, 'W', 'CLU:IVI', 'IVI video link lost, map in cluster replaced by placeholder')
    h.add(t + 36, 'I', 'CLU:IVI', 'IVI video link restored')
    return L('software_platform', 'watchdog', 'medium', 'driving', 'logcat.txt',
             'Android system_server blocks on its display handler; the watchdog restarts the framework, infotainment blank for ~35 s, then recovers.')


@scen
def s_fs_ro(b):
    t = b.at(.3)
    k = b.f('dmesg.txt', 'dmesg')
    k.noise([(30, 'I', 'k', 'can0: bus ok'), (120, 'W', 'k', 'wlan0: failed to remove key (1, ff:ff:ff:ff:ff:ff) from hardware (-22)')])
    k.add(t, 'E', 'k', 'EXT4-fs error (device mmcblk0p7): ext4_find_entry:1455: inode #2: comm logshipper: reading directory lblock 0')
    k.add(t + .1, 'E', 'k', 'Aborting journal on device mmcblk0p7-8.')
    k.add(t + .2, 'E', 'k', 'EXT4-fs (mmcblk0p7): Remounting filesystem read-only')
    s = b.f('syslog', 'syslog', 'tcu-0bf1')
    s.noise(n_linux(b, upload=False), t1=t)
    s.add(t + 1, 'E', 'logshipper', "cannot open /var/spool/vlog/chunk-4412: Read-only file system, buffering in RAM (32 MiB)")
    s.add(t + 400, 'W', 'logshipper', 'RAM buffer 80% full, dropping debug level records')
    s.noise(n_linux(b, upload=False), t0=t + 1)
    sig_drive(b, vmax=26)
    return L('software_platform', 'filesystem', 'low', 'driving', 'dmesg.txt',
             'Telematics unit data partition hits an ext4 error and remounts read-only; only logging is affected, nothing for the driver.',
             ['medium'])


@scen
def s_ota_rollback(b):
    j = b.f('update.log', 'journal', 'ccu-main')
    j.noise(n_linux(b))
    steps = [(.05, 'I', 'update-engine', 'campaign 2026.11.5 start, vehicle parked, HV off'),
             (.30, 'I', 'update-engine', 'payload downloaded 388 MiB'),
             (.40, 'I', 'update-engine', 'installing to slot B'),
             (.60, 'I', 'update-engine', 'switching boot slot to B, reboot'),
             (.63, 'E', 'update-engine', 'slot B boot: dm-verity hash mismatch on /system block 77311, boot counter 1/3'),
             (.66, 'E', 'update-engine', 'slot B boot failed 3 times, bootloader fell back to slot A'),
             (.67, 'W', 'update-engine', 'campaign 2026.11.5 rolled back, running 2026.10.2, vehicle operable'),
             (.68, 'I', 'update-engine', 'failure report uploaded (code INSTALL_VERIFY_FAILED)')]
    for fr, l, s_, m in steps:
        j.add(b.at(fr), l, s_, m)
    k = b.f('bootloader.txt', 'raw')
    for n, fr in enumerate([.61, .63, .65]):
        k.raw(b.at(fr) - .9, 'U-Boot SPL 2024.01 (Oct 02 2026 - 11:20:41 +0000)')
        for m_, ln in enumerate(['DRAM:  8 GiB', 'Trying to boot from MMC1', 'MMC:   FSL_SDHC: 0, FSL_SDHC: 1', 'Loading Environment from MMC... OK',
                                 'Hit any key to stop autoboot:  0', 'avb: verifying vbmeta_b ... OK', 'Starting kernel ...',
                                 '[    0.000000] Booting Linux on physical CPU 0x0000000000 [0x410fd034]',
                                 '[    1.204411] device-mapper: verity: sha256 using implementation "sha256-ce"']):
            k.raw(b.at(fr) - .8 + m_ * .01, ln)
        k.raw(b.at(fr), 'U-Boot SPL 2024.01 | boot_slot=b tries_left=%d' % (2 - n))
        k.raw(b.at(fr) + .5, 'verity: /dev/mmcblk0p12 corrupted data block 77311')
    k.raw(b.at(.66), 'U-Boot SPL 2024.01 | boot_slot=a (fallback)')
    t = b.f('tcu.jsonl', 'json', keys=('ts', 'level', 'msg', 'svc'), tfmt='ms')
    t.noise([(4, 'I', 'tcu', lambda r: 'lte attached, rsrp -%d dBm, ul %d kbit/s' % (r.randint(80, 105), r.randint(10, 900))), (90, 'W', 'tcu', 'DNS timeout, retry ok')])
    return L('software_platform', 'ota', 'medium', 'ota', 'update.log',
             'OTA installs to slot B but verity check fails at boot; bootloader rolls back to slot A, vehicle stays operable on old software.',
             ['low'])


# ---- power_supply -------------------------------------------------------------------
@scen
def ps_crank_sag(b):
    t = b.at(.3)
    sig_drive(b, vmax=18, extra=lambda row, r, tr, tt: row.update(lv_bus_voltage=round(7.9 + (tt - t) * 2, 2)) if t <= tt < t + 3 else None, per=1.0,
              cols_extra=('lv_batt_soc',))
    e = b.f('ecm.dlt.txt', 'dlt', ecu='ECM')
    e.noise(n_dlt(b))
    e.add(t - .2, 'I', 'ENG:SS', 'start/stop restart request, cranking')
    e.add(t + .05, 'E', 'ENG:PWR', 'P0562 system voltage low: 7.8 V during crank (threshold 9.0 V)')
    e.add(t + .2, 'W', 'ENG:SS', 'start/stop disabled for this drive cycle: battery state of health low (42%)')
    s = b.f('syslog', 'syslog', 'ivi')
    s.noise(n_linux(b))
    s.add(t + .3, 'W', 'kernel', 'Under-voltage detected on PMIC rail VSYS, brownout reset')
    s.add(t + 12, 'I', 'systemd', 'Startup finished in 11.2 s')
    for n in range(18):
        c, nm = U_ECUS[n % len(U_ECUS)]
        s.add(t + 1 + n * .3, 'E', 'vehicle-diag', '%s lost communication with %s' % (c, nm))
    g = b.f('gateway.dlt.txt', 'dlt', ecu='CGW')
    g.noise(n_dlt(b))
    g.add(t + .4, 'W', 'GW:RST', 'ECU resets observed: IVI, TCU, BCM (reset reason undervoltage)')
    return L('power_supply', 'lv_battery', 'medium', 'driving', 'ecm.dlt.txt',
             'Aged 12 V battery sags to 7.8 V on a start/stop crank (P0562); several ECUs brown-out reset and log U-codes, then recover. Root cause 12 V battery.',
             ['high'])


@scen
def ps_alternator_numeric(b):
    sig_drive(b, vmax=22, cols_extra=('alt_field_duty', 'lv_batt_current'),
              extra=lambda row, r, tr, tt: row.update(lv_bus_voltage=round(max(10.5, 14.1 - max(0, tr - 300) / 300) + r.uniform(-.03, .03), 2) if tr > 300 else row['lv_bus_voltage'],
                                                       alt_field_duty=round(r.uniform(40, 60) if tr < 300 else 100.0, 1),
                                                       lv_batt_current=round(r.uniform(2, 6) if tr < 300 else -r.uniform(38, 45), 1)),
              tfmt='ms')
    e = b.f('ecu.dlt.txt', 'dlt', ecu='ECM')
    e.noise([x for x in n_dlt(b) if x[2] != 'PWR:KL30'])
    s = b.f('syslog', 'syslog', 'tcu')
    s.noise(n_linux(b))
    c = b.f('can0.log', 'raw')
    can_noise(c, b, std_can_ids(b.rng))
    return L('power_supply', 'alternator', 'medium', 'driving', 'signals.csv',
             'No fault line: the signal log shows alternator field at 100 % but LV bus falling from 14.1 V to 10.5 V with the battery discharging (~40 A) - alternator not charging.',
             ['high'])


@scen
def ps_dcdc(b):
    t = b.at(.4)
    d = b.f('dcdc.log', 'logfmt', compkey='unit')
    d.noise([(2, 'I', 'dcdc', lambda r: 'hv_in=%.0fV lv_out=%.2fV i_out=%.0fA t=%.0fC' % (r.uniform(390, 400), r.uniform(14.0, 14.3), r.uniform(60, 110), r.uniform(50, 60)))], t1=t)
    d.add(t, 'E', 'dcdc', 'output stage overcurrent trip (peak 310 A), converter shut down, restart inhibited after 3 attempts')
    v = b.f('vcu.log', 'syslog', 'vcu')
    v.noise(n_linux(b))
    v.add(t + 1, 'E', 'vcu-app', 'DCDC_0x21 reported by converter: 12V net no longer supplied, DC/DC offline')
    v.add(t + 2, 'W', 'vcu-app', 'load shedding: seat heaters, rear defrost, HVAC blower limited')
    v.add(t + 3, 'E', 'vcu-app', 'driver message: 12V supply fault - stop safely, vehicle may shut down')
    sig_drive(b, extra=lambda row, r, tr, tt: row.update(lv_bus_voltage=round(max(11.6, 12.8 - (tt - t) / 500), 2)) if tt > t else None)
    return L('power_supply', 'dcdc', 'high', 'driving', 'dcdc.log',
             'HV-to-12 V DC/DC converter trips and stays off; 12 V runs from the battery, loads are shed and the driver is asked to stop safely.',
             ['critical'])


@scen
def ps_efuse(b):
    t = b.at(.45)
    p = b.f('pdu.jsonl', 'json', keys=('time', 'lvl', 'text', 'channel'), tfmt='s', compact=True)
    p.noise([(5, 'I', 'pdu', lambda r: {'text': 'status', 'kl30_v': round(r.uniform(13.9, 14.2), 2), 'total_a': round(r.uniform(30, 60), 1)})])
    p.add(t, 'E', 'ch14', 'eFuse trip: channel 14 (HVAC blower / seat ventilation) I2t exceeded, 38 A peak')
    p.add(t + 1, 'W', 'ch14', 'auto-retry 1 after 1000 ms')
    p.add(t + 1.2, 'E', 'ch14', 'eFuse trip again, channel latched off until next ignition cycle')
    h = b.f('hvac.logcat', 'logcat')
    h.noise(n_logcat(b))
    h.add(t + .2, 'E', 'HvacService', 'blower feedback lost, cabin airflow unavailable')
    h.add(t + .3, 'W', 'SeatService', 'seat ventilation unavailable')
    s = b.f('syslog', 'syslog', 'tcu')
    s.noise(n_linux(b))
    sig_drive(b, vmax=20)
    return L('power_supply', 'lv_distribution', 'medium', 'driving', 'pdu.jsonl',
             'Smart power distribution eFuse for the blower/seat-ventilation channel trips twice and latches off; only comfort loads are lost.',
             ['low'])


def main():
    order = list(SCEN)
    random.Random(SEED).shuffle(order)
    for d in os.listdir(HERE):
        if d.startswith('t') and d[1:].isdigit():
            shutil.rmtree(os.path.join(HERE, d))
    labels = []
    for i, fn in enumerate(order, 1):
        b = Batch(i, random.Random(SEED * 1000 + i))
        lab = fn(b)
        for x in b.files:
            if x.style in ('dmesg', 'syslog_np') and len(x.ev) < 300:
                x.noise(n_kernel(b) if x.style == 'dmesg' else [(a, l, 'kernel', m) for a, l, _, m in n_kernel(b)])
        b.write(HERE)
        names = [x.name for x in b.files] + list(b.extra)
        assert lab['root_cause_file'] is None or lab['root_cause_file'] in names, (fn.__name__, lab['root_cause_file'], names)
        labels.append(dict(batch=b.id, **lab))
    with open(os.path.join(HERE, 'labels.json'), 'w') as fh:
        json.dump(labels, fh, indent=1)
        fh.write('\n')


if __name__ == '__main__':
    main()
