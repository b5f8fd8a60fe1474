#!/usr/bin/env python3
"""Generator for the heldout3 vehicle-log diagnosis set. Fixed seed; stdlib only.
Run: python3 _make.py  (writes batch folders + labels.json next to this file)."""
import os, json, random, datetime as dt, shutil, math

OUT = os.path.dirname(os.path.abspath(__file__))
SEED = 3032026
LV = {'D': ('debug', 7), 'I': ('info', 6), 'W': ('warning', 4), 'E': ('error', 3), 'F': ('critical', 2)}


def utc(t):
    return dt.datetime.fromtimestamp(t, dt.timezone.utc)


def iso(t, nd=3):
    d = utc(t)
    frac = f"{d.microsecond:06d}"[:nd]
    return d.strftime('%Y-%m-%dT%H:%M:%S') + ('.' + frac if nd else '') + 'Z'


# ---------------------------------------------------------------- noise pools
def P(*items):
    return list(items)


def rf(r, a, b, n=1):
    return round(r.uniform(a, b), n)


NOISE = {
    'os': P(
        ('systemd', 'I', lambda r: f"Started Session {r.randint(2, 90)} of user vsvc."),
        ('systemd', 'I', lambda r: "Starting logrotate.service - Rotate log files..."),
        ('systemd', 'I', lambda r: "logrotate.service: Deactivated successfully."),
        ('chronyd', 'W', lambda r: "Can't synchronise: no selectable sources"),
        ('chronyd', 'I', lambda r: f"Selected source 10.12.0.{r.randint(1, 9)} (ntp.fleet.local)"),
        ('NetworkManager', 'W', lambda r: f"<warn>  [{r.randint(1700000000, 1799999999)}.{r.randint(100, 999)}] device (wlan0): wifi-scan: scan request failed: Device or resource busy"),
        ('wpa_supplicant', 'I', lambda r: "wlan0: CTRL-EVENT-SCAN-FAILED ret=-16 retry=1"),
        ('wpa_supplicant', 'I', lambda r: f"wlan0: CTRL-EVENT-BSS-ADDED {r.randint(1, 40)} 3c:84:6a:{r.randint(10, 99)}:1f:0{r.randint(0, 9)}"),
        ('CRON', 'I', lambda r: "(root) CMD (/usr/lib/vlog/push-metrics --quiet)"),
        ('dbus-daemon', 'I', lambda r: "[system] Successfully activated service 'org.freedesktop.hostname1'"),
        ('systemd-journald', 'I', lambda r: f"Suppressed {r.randint(3, 400)} messages from vlogd.service"),
        ('vlogd', 'I', lambda r: f"rotated segment {r.randint(100, 999)} size={r.randint(200, 900)}KiB"),
        ('vlogd', 'E', lambda r: "upload chunk failed: HTTP 503 from ingest.fleet, will retry in 30s"),
        ('vlogd', 'I', lambda r: "upload chunk ok after retry (attempt 2)"),
        ('healthd', 'I', lambda r: f"cpu={r.randint(8, 55)}% mem={r.randint(30, 62)}% load={rf(r, 0.3, 2.4, 2)} temp_soc={r.randint(44, 63)}C"),
        ('sshd', 'W', lambda r: "error: kex_exchange_identification: Connection closed by remote host"),
        ('kernel', 'I', lambda r: f"IPv6: ADDRCONF(NETDEV_CHANGE): wlan0: link becomes ready"),
        ('avahi-daemon', 'I', lambda r: "Registering new address record for fe80::1c2 on eth1.*."),
    ),
    'tele': P(
        ('telematicsd', 'I', lambda r: f"mqtt publish ok topic=v/telemetry bytes={r.randint(300, 2400)} qos=1"),
        ('telematicsd', 'I', lambda r: f"cell rat=LTE band={r.choice([3, 7, 20])} rsrp=-{r.randint(85, 112)} rsrq=-{r.randint(7, 14)} sinr={r.randint(2, 20)}"),
        ('telematicsd', 'W', lambda r: "keepalive response late (2.8 s), connection kept"),
        ('telematicsd', 'I', lambda r: f"heartbeat seq={r.randint(1000, 99999)}"),
        ('uploader', 'E', lambda r: "POST /v2/trips returned 502, backing off 15s"),
        ('uploader', 'I', lambda r: f"trip summary uploaded id={r.randint(10**7, 10**8)}"),
        ('gnssd', 'I', lambda r: f"fix=3D sats={r.randint(9, 19)} hdop={rf(r, 0.6, 1.4)}"),
    ),
    'adas': P(
        ('camera_front', 'I', lambda r: f"stream front_wide fps={rf(r, 29.7, 30.1)} exp={r.randint(2, 9)}ms"),
        ('camera_front', 'W', lambda r: f"frame seq gap: dropped {r.choice([1, 1, 2])} frame(s), continuing"),
        ('lidar_driver', 'I', lambda r: f"packets/s={r.randint(1790, 1810)} points/scan={r.randint(118000, 124000)}"),
        ('radar_front', 'I', lambda r: f"cycle ok objects={r.randint(4, 40)} mode=LRR"),
        ('fusion', 'I', lambda r: f"tracks={r.randint(6, 48)} latency={r.randint(18, 41)}ms"),
        ('planner', 'I', lambda r: f"cycle dt={rf(r, 99.0, 101.0)}ms traj_pts={r.randint(60, 80)} state=FOLLOW"),
        ('localization', 'I', lambda r: f"pose ok std_xy={rf(r, 0.03, 0.12, 3)}m std_yaw={rf(r, 0.1, 0.4, 2)}deg"),
        ('perception', 'D', lambda r: f"inference {r.randint(21, 34)}ms batch=6"),
        ('ultrasonic', 'I', lambda r: f"uss ring ok min_dist={r.randint(120, 500)}cm"),
    ),
    'bms': P(
        ('bms', 'I', lambda r: f"soc={rf(r, 40, 80)}% pack_v={rf(r, 380, 400)}V i={rf(r, -80, 20)}A"),
        ('bms', 'I', lambda r: f"cell v min/max {r.randint(3790, 3810)}/{r.randint(3812, 3826)} mV dT={rf(r, 0.8, 2.5)}K"),
        ('bms', 'D', lambda r: f"balancing active on cells {r.randint(1, 96)},{r.randint(1, 96)}"),
        ('bms', 'I', lambda r: f"riso={r.randint(2400, 4800)} kOhm ok"),
        ('bms', 'W', lambda r: "CSC daisy-chain CRC retry on node 3, recovered"),
        ('bms', 'I', lambda r: "contactors: main+ CLOSED main- CLOSED precharge OPEN"),
    ),
    'chassis': P(
        ('esc', 'I', lambda r: f"status nominal v={rf(r, 10, 130)}kph mu_est={rf(r, 0.7, 1.0, 2)}"),
        ('abs', 'D', lambda r: f"wss fl={r.randint(600, 700)} fr={r.randint(600, 700)} rl={r.randint(600, 700)} rr={r.randint(600, 700)} rpm"),
        ('eps', 'I', lambda r: f"assist={rf(r, 0.5, 4.0)}Nm angle={rf(r, -30, 30)}deg"),
        ('tpms', 'I', lambda r: f"FL {rf(r, 2.4, 2.6)} FR {rf(r, 2.4, 2.6)} RL {rf(r, 2.4, 2.6)} RR {rf(r, 2.4, 2.6)} bar"),
        ('brake', 'I', lambda r: f"pedal={r.randint(0, 20)}% mc_press={rf(r, 0, 25)}bar"),
    ),
    'pt': P(
        ('ecm', 'I', lambda r: f"rpm={r.randint(800, 3200)} load={r.randint(10, 60)}% lambda={rf(r, 0.98, 1.02, 3)}"),
        ('tcu', 'I', lambda r: f"gear={r.choice([2, 3, 4, 5, 6])} slip={rf(r, 0, 30, 0)}rpm line_p={rf(r, 8, 14)}bar"),
        ('inverter', 'I', lambda r: f"torque req={r.randint(-40, 180)}Nm act ok igbt_t={r.randint(40, 62)}C"),
        ('motor', 'D', lambda r: f"speed={r.randint(0, 11000)}rpm stator_t={r.randint(50, 80)}C"),
    ),
    'thermal': P(
        ('tmm', 'I', lambda r: f"coolant={r.randint(70, 90)}C pump={r.randint(2000, 3200)}rpm fan={r.randint(0, 40)}%"),
        ('hvac', 'I', lambda r: f"set=21.0 cabin={rf(r, 19.5, 22.5)} blower={r.randint(2, 5)} ac=on"),
        ('hvac', 'D', lambda r: f"refrig hp={rf(r, 12, 17)}bar lp={rf(r, 2.5, 3.8)}bar"),
        ('tmm', 'I', lambda r: f"valve chiller={r.randint(0, 100)}% heater={r.randint(0, 30)}%"),
    ),
    'body': P(
        ('bcm', 'I', lambda r: f"door {r.choice(['FL', 'FR', 'RL', 'RR'])} closed, locked={r.choice(['yes', 'no'])}"),
        ('bcm', 'I', lambda r: "lights auto: ambient dark -> low beam ON"),
        ('bcm', 'I', lambda r: f"wiper auto rain={r.randint(0, 3)}"),
        ('seatctl', 'I', lambda r: f"seat heat L={r.randint(0, 3)} R={r.randint(0, 3)}"),
        ('keyless', 'D', lambda r: f"fob rssi=-{r.randint(40, 90)} dBm zone=inside"),
    ),
    'hmi': P(
        ('ActivityManager', 'I', lambda r: f"Displayed com.oem.nav/.MapActivity: +{r.randint(200, 900)}ms"),
        ('Choreographer', 'W', lambda r: f"Skipped {r.randint(30, 70)} frames!  The application may be doing too much work on its main thread."),
        ('AudioFlinger', 'W', lambda r: "write blocked for 102 msecs, 1 delayed writes"),
        ('BluetoothAdapter', 'I', lambda r: "getState() ON"),
        ('MediaSession', 'I', lambda r: f"dispatch media key {r.randint(85, 88)}"),
        ('WifiService', 'E', lambda r: "startScan: scan failed, busy"),
        ('VehicleHal', 'D', lambda r: f"prop 0x{r.randint(0x11600000, 0x116fffff):08x} area 0 updated"),
    ),
    'gw': P(
        ('gateway', 'I', lambda r: f"route stats can1 rx={r.randint(10**5, 10**6)} tx={r.randint(10**5, 10**6)} drop=0"),
        ('gateway', 'I', lambda r: f"bus load can1={r.randint(20, 45)}% can2={r.randint(15, 40)}% can3={r.randint(10, 30)}%"),
        ('gateway', 'W', lambda r: "can3: rx timeout on 0x3A1 (1 cycle), restored"),
        ('gateway', 'I', lambda r: "eth0: link up 100BASE-T1 master"),
        ('someip', 'D', lambda r: f"SD offer service 0x{r.randint(0x1000, 0x2fff):04x} inst 1"),
    ),
    'ota': P(
        ('otad', 'I', lambda r: "poll campaign server: no pending campaign"),
        ('otad', 'I', lambda r: f"inventory hash ok ({r.randint(20, 40)} ecus)"),
        ('otad', 'W', lambda r: "server certificate pin refresh deferred"),
    ),
}

CAN_IDS = {
    'pt': [(0x0C9, 0.02), (0x1A0, 0.05), (0x3D1, 0.1)],
    'chassis': [(0x1E5, 0.02), (0x0F1, 0.02), (0x348, 0.1)],
    'body': [(0x4C1, 0.5), (0x52A, 1.0)],
    'bms': [(0x2F0, 0.1), (0x2F4, 0.1)],
    'gw': [(0x600, 1.0)],
}


# ---------------------------------------------------------------- formatters
class Ctx:
    def __init__(self, r, host, boot):
        self.r, self.host, self.boot = r, host, boot
        self.pids = {}
        self.n = 0

    def pid(self, p):
        if p not in self.pids:
            self.pids[p] = self.r.randint(300, 9000)
        return self.pids[p]


def fmt_line(style, t, l, p, m, c, var=0):
    d = utc(t)
    c.n += 1
    if style == 'syslog':
        return f"{d:%b} {d.day:2d} {d:%H:%M:%S} {c.host} {p}[{c.pid(p)}]: {m}"
    if style == 'rfc5424':
        return f"<{8 * 16 + LV[l][1]}>1 {iso(t, 6 if var else 3)} {c.host} {p} {c.pid(p)} - - {m}"
    if style == 'journal':
        return f"{d:%Y-%m-%dT%H:%M:%S}+0000 {c.host} {p}[{c.pid(p)}]: {m}"
    if style == 'dmesg':
        return f"[{t - c.boot:12.6f}] {'' if p == 'kernel' else p + ': '}{m}"
    if style == 'glog':
        fl = p if '.cc' in p else f"{p}.cc:{(sum(map(ord, p)) * 7) % 900 + 20}"
        return f"{'F' if l == 'F' else l}{d:%m%d %H:%M:%S}.{d.microsecond:06d} {c.pid(p) % 9000 + 1000:5d} {fl}] {m}"
    if style == 'logcat':
        pid = c.pid(p)
        return f"{d:%m-%d %H:%M:%S}.{d.microsecond // 1000:03d} {pid:5d} {pid + c.r.randint(0, 40):5d} {l} {p}: {m}"
    if style == 'logfmt':
        mm = m.replace('"', "'")
        lv = ['dbg', 'info', 'warn', 'err', 'crit'][['D', 'I', 'W', 'E', 'F'].index(l)] if var else LV[l][0].replace('warning', 'warn')
        return f'ts={iso(t, 3)} level={lv} comp={p} msg="{mm}"'
    if style == 'ros':
        L = {'D': 'DEBUG', 'I': 'INFO', 'W': 'WARN', 'E': 'ERROR', 'F': 'FATAL'}[l]
        return f"[{L}] [{t:.9f}] [{p}]: {m}"
    if style == 'dlt':
        app = p.split('_')[0][:4].upper()
        ctxid = (p.split('_')[1] if '_' in p else 'MAIN')[:4].upper()
        ll = {'D': 'debug', 'I': 'info', 'W': 'warn', 'E': 'error', 'F': 'fatal'}[l]
        return f"{c.n - 1} {d:%Y/%m/%d %H:%M:%S}.{d.microsecond:06d} {int((t - c.boot) * 10000):10d} {c.n % 256:03d} {c.host[:4].upper()} {app} {ctxid} log {ll} V 1 [{m}]"
    if style == 'json':
        if var == 0:
            o = {'ts': iso(t, 3), 'level': LV[l][0], 'src': p, 'msg': m}
        elif var == 1:
            o = {'time': round(t, 3), 'severity': LV[l][0].upper(), 'module': p, 'message': m}
        elif var == 2:
            o = {'timestamp': int(t * 1000), 'lvl': l, 'component': p, 'text': m}
        else:
            o = {'@t': iso(t, 6), 'log.level': LV[l][0], 'logger': p, 'event': m}
        return json.dumps(o)
    raise ValueError(style)


# ---------------------------------------------------------------- batch builder
class Batch:
    def __init__(self, r, t0, dur, host):
        self.r, self.t0, self.dur, self.host = r, t0, dur, host
        self.files = {}
        self.boot = t0 - r.randint(5, 40)

    def log(self, name, style, domains, n, events=(), var=0, heartbeat=None, extra_noise=()):
        """domains: list of noise pool keys; n: approx noise lines; events: (trel, lvl, proc, msg)."""
        r = self.r
        pool = [it for dmn in domains for it in NOISE[dmn]] + list(extra_noise)
        c = Ctx(r, self.host, self.boot)
        rows = []
        for _ in range(n):
            t = self.t0 + r.uniform(0, self.dur)
            p, l, f = r.choice(pool)
            rows.append((t, l, p, f(r)))
        if heartbeat:
            per, p, msgf = heartbeat
            k = 0
            t = self.t0 + r.uniform(0, per)
            while t < self.t0 + self.dur:
                rows.append((t, 'I', p, msgf(k, t - self.t0)))
                k += 1
                t += per
        for ev in events:
            rows.append((self.t0 + ev[0],) + tuple(ev[1:]))
        rows.sort(key=lambda x: x[0])
        self.files[name] = '\n'.join(fmt_line(style, t, l, p, m, c, var) for t, l, p, m in rows) + '\n'

    def csv(self, name, period, cols, fn, tsfmt='epoch', sep=','):
        lines = [sep.join(['timestamp' if tsfmt != 'rel' else 't_s'] + cols)]
        t = 0.0
        while t < self.dur:
            vals = fn(t, self.r)
            ts = {'epoch': f"{self.t0 + t:.3f}", 'iso': iso(self.t0 + t, 3), 'ms': str(int((self.t0 + t) * 1000)), 'rel': f"{t:.2f}"}[tsfmt]
            lines.append(sep.join([ts] + [v if isinstance(v, str) else f"{v:.2f}" for v in vals]))
            t += period
        self.files[name] = '\n'.join(lines) + '\n'

    def jsig(self, name, period, fn, tkey='ts', tfmt='iso'):
        out = []
        t = 0.0
        while t < self.dur:
            o = {tkey: iso(self.t0 + t, 3) if tfmt == 'iso' else (int((self.t0 + t) * 1000) if tfmt == 'ms' else round(self.t0 + t, 3))}
            o.update(fn(t, self.r))
            out.append(json.dumps(o))
            t += period
        self.files[name] = '\n'.join(out) + '\n'

    def yaml(self, name, period, fn, frame='base_link'):
        out = []
        t = 0.0
        while t < self.dur:
            ts = self.t0 + t
            out.append("header:\n  stamp:\n    sec: %d\n    nanosec: %d\n  frame_id: %s" % (int(ts), int((ts % 1) * 1e9), frame))
            out.append(fn(t, self.r).rstrip('\n'))
            out.append('---')
            t += period
        self.files[name] = '\n'.join(out) + '\n'

    def proto(self, name, module, period, fn):
        out = []
        t = 0.0
        seq = self.r.randint(1000, 50000)
        while t < self.dur:
            ts = self.t0 + t
            out.append('header {\n  timestamp_sec: %.6f\n  module_name: "%s"\n  sequence_num: %d\n}' % (ts, module, seq))
            out.append(fn(t, self.r).rstrip('\n'))
            out.append('')
            seq += 1
            t += period
        self.files[name] = '\n'.join(out) + '\n'

    def can(self, name, groups, extra=(), silent=(), iface='can0', form='log', n_limit=2500, errframes=()):
        """groups: CAN_IDS keys; extra: (trel, id_hex_str, data_hex); silent: (id, t_from, t_to)."""
        r = self.r
        ids = [x for g in groups for x in CAN_IDS[g]]
        frames = []
        tot_rate = sum(1 / p for _, p in ids)
        scale = max(1.0, tot_rate * self.dur / n_limit)
        for cid, per in ids:
            per2 = per * scale
            t = r.uniform(0, per2)
            ctr = 0
            base = [r.randint(0, 255) for _ in range(8)]
            while t < self.dur:
                if not any(s[0] == cid and s[1] <= t < s[2] for s in silent):
                    data = base[:6] + [ctr & 0xFF, r.randint(0, 255)]
                    frames.append((t, f"{cid:03X}", ''.join(f"{b:02X}" for b in data)))
                ctr += 1
                t += per2 * r.uniform(0.97, 1.03)
        for e in extra:
            frames.append(e)
        for t in errframes:
            frames.append((t, '20000004', '0000000000000000'))
        frames.sort(key=lambda x: x[0])
        out = []
        for t, cid, data in frames:
            if form == 'log':
                out.append(f"({self.t0 + t:.6f}) {iface} {cid}#{data}")
            else:
                bs = ' '.join(data[i:i + 2] for i in range(0, len(data), 2))
                out.append(f"  {iface}  {cid:>8}   [{len(data) // 2}]  {bs}")
        self.files[name] = '\n'.join(out) + '\n'

    def raw(self, name, lines, tsfmt='hms'):
        out = []
        for trel, txt in sorted(lines, key=lambda x: x[0]):
            d = utc(self.t0 + trel)
            ts = {'hms': f"{d:%H:%M:%S}.{d.microsecond // 1000:03d}", 'iso': iso(self.t0 + trel, 3),
                  'none': None, 'rel': f"{trel:10.4f}"}[tsfmt]
            out.append(txt if ts is None else f"{ts} {txt}")
        self.files[name] = '\n'.join(out) + '\n'


def uds_noise(r, n, t0, dur, ecus=(('7E0', '7E8'), ('7E2', '7EA'), ('760', '768'))):
    """Routine tester-present / DID reads."""
    ls = []
    for _ in range(n):
        t = r.uniform(t0, t0 + dur)
        tx, rx = r.choice(ecus)
        k = r.random()
        if k < 0.4:
            ls += [(t, f"Tx {tx} 02 3E 00"), (t + 0.012, f"Rx {rx} 02 7E 00")]
        elif k < 0.8:
            did = r.choice(['F190', 'F18C', 'F187', 'F1A0'])
            ls += [(t, f"Tx {tx} 03 22 {did[:2]} {did[2:]}"), (t + 0.015, f"Rx {rx} 10 14 62 {did[:2]} {did[2:]} 57 56 57"),
                   (t + 0.016, f"Tx {tx} 30 00 00"), (t + 0.02, f"Rx {rx} 21 5A 5A 5A 31 4B 32 4A")]
        else:
            ls += [(t, f"Tx {tx} 02 10 03"), (t + 0.01, f"Rx {rx} 06 50 03 00 32 01 F4")]
    return ls


def uds_dtc_resp(rx, mask, recs):
    """Build ISO-TP frames for 59 02 <mask> [dtc3 status]*. recs: list of (hex6, status)."""
    payload = [0x59, 0x02, mask]
    for h, st in recs:
        payload += [int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16), st]
    if len(payload) <= 7:
        return [f"Rx {rx} {len(payload):02X} " + ' '.join(f"{b:02X}" for b in payload)]
    fr = [f"Rx {rx} 1{len(payload) >> 8:01X} {len(payload) & 0xFF:02X} " + ' '.join(f"{b:02X}" for b in payload[:6])]
    rest, sn = payload[6:], 1
    while rest:
        chunk, rest = rest[:7], rest[7:]
        fr.append(f"Rx {rx} 2{sn % 16:X} " + ' '.join(f"{b:02X}" for b in chunk + [0xAA] * (7 - len(chunk))))
        sn += 1
    return fr


def dtc_session(t, tx, rx, recs, mask=0xFF):
    ls = [(t, f"Tx {tx} 03 19 02 {mask:02X}")]
    frs = uds_dtc_resp(rx, mask, recs)
    ls.append((t + 0.02, frs[0]))
    if len(frs) > 1:
        ls.append((t + 0.021, f"Tx {tx} 30 00 00"))
        for i, f in enumerate(frs[1:]):
            ls.append((t + 0.025 + 0.002 * i, f))
    return ls


def rep(t0, t1, every, lvl, proc, msg, jitter=0.1):
    out, t = [], t0
    while t < t1:
        out.append((t, lvl, proc, msg))
        t += every * (1 + jitter * (random.random() - 0.5))
    return out


def noisy(r, v, s):
    return v + r.gauss(0, s)


# ---------------------------------------------------------------- batch specs
SPECS = []


def spec(cat, sub, risk, acc, state, rcf, desc):
    def deco(f):
        SPECS.append(dict(fn=f, category=cat, subsystem=sub, risk_level=risk, risk_accept=acc,
                          vehicle_state=state, root_cause_file=rcf, description=desc))
        return f
    return deco


# ====================== healthy ======================
@spec('none', 'none', 'low', [], 'parked', None,
      'Vehicle asleep overnight with two scheduled telematics wake-ups; LV voltage stable ~12.6 V; only routine NTP/Wi-Fi/upload retries.')
def n_sleep(b, r):
    b.dur = 3 * 3600
    ev = []
    for w in (2400, 7800):
        ev += [(w, 'I', 'pmic', 'wake source RTC alarm, entering RUN'), (w + 1, 'I', 'telematicsd', 'wake-up sync started'),
               (w + 40, 'W', 'telematicsd', 'NTP query timeout, using GNSS time'), (w + 95, 'I', 'pmic', 'all clients released, back to STR')]
    b.log('syslog', 'syslog', ['os', 'tele'], 500, ev)
    b.csv('lv_monitor.csv', 30, ['lv_bus_voltage', 'lv_current', 'soc_12v'],
          lambda t, r: [noisy(r, 12.62 - t * 1.2e-6, 0.01), noisy(r, -0.03, 0.005) if not (2400 < t % 99999 < 2500 or 7800 < t < 7900) else noisy(r, -4.1, 0.2), 92.0 - t * 4e-5])
    b.can('can0.log', ['gw', 'body'], n_limit=300)


@spec('none', 'none', 'low', [], 'charging', None,
      'AC home charge 11 kW from 54 % to 80 % target, normal taper and stop at target; routine CSC CRC retries and HTTP retries only.')
def n_ac(b, r):
    b.dur = 7200
    ev = [(5, 'I', 'obc', 'EVSE pilot 6% duty -> 32A available, S2 closed'), (12, 'I', 'bms', 'charge request 16A/3ph granted'),
          (7100, 'I', 'bms', 'target SOC 80% reached, request 0A'), (7110, 'I', 'obc', 'charging complete, S2 opened')]
    b.log('bms.jsonl', 'json', ['bms'], 1500, ev, var=1)
    b.log('charger.log', 'logfmt', ['os'], 400, [(30, 'W', 'obc', 'grid frequency 49.93 Hz, within limits'), (3600, 'I', 'obc', 'phase L2 current 15.9A')])
    b.csv('signals.csv', 5, ['pack_voltage', 'pack_current', 'soc', 'cell_temp_max', 'cell_v_delta_mv'],
          lambda t, r: [noisy(r, 388 + t * 0.0025, 0.2), noisy(r, 27 if t < 7100 else 0, 0.3), min(80.0, 54 + t * 0.0036), noisy(r, 24 + t * 0.0007, 0.1), noisy(r, 11, 1.5)])


@spec('none', 'none', 'low', [], 'charging', None,
      'DC fast charge 150 kW, current tapers normally above 60 % SOC as per charge curve; a SLAC retry recovered on first attempt; session ends by user.')
def n_dc(b, r):
    b.dur = 1800
    ev = [(2, 'I', 'ccs_stack', 'SLAC matching started'), (4, 'W', 'ccs_stack', 'SLAC CM_ATTEN_CHAR timeout, retry 1'), (6, 'I', 'ccs_stack', 'SLAC matched, NMK set'),
          (9, 'I', 'ccs_stack', 'SessionSetupRes OK EVSEID=DE*ION*E1234'), (14, 'I', 'ccs_stack', 'CableCheck OK, PreCharge OK'),
          (900, 'I', 'bms', 'entering taper region per charge map'), (1750, 'I', 'ccs_stack', 'user stop from app, SessionStop')]
    b.log('dlt_export.txt', 'dlt', ['bms', 'tele'], 1200, ev)
    b.log('syslog', 'rfc5424', ['os'], 400)
    b.csv('signals.csv', 2, ['pack_voltage', 'pack_current', 'soc', 'cell_temp_max', 'coolant_temp'],
          lambda t, r: [noisy(r, 360 + t * 0.02, 0.3), noisy(r, 380 if t < 900 else max(90, 380 - (t - 900) * 0.3), 2), 18 + t * 0.03, noisy(r, 28 + t * 0.008, 0.2), noisy(r, 24 + t * 0.004, 0.2)])


@spec('none', 'none', 'low', [], 'driving', None,
      'City drive with L2 assist; occasional single camera frame drops and a planner debug assertion from a disabled test hook; no faults.')
def n_city(b, r):
    b.dur = 1500
    b.log('planner.INFO', 'glog', ['adas'], 1600, [(400, 'E', 'sim_hook.cc:41', 'DCHECK in test hook ignored (hook disabled in production)'),
                                                 (800, 'W', 'planner.cc:310', 'replanning: cut-in vehicle, decel 1.2 m/s2')])
    b.log('perception.log', 'ros', ['adas'], 1000)
    b.can('can0.log', ['chassis', 'pt'], n_limit=2500)
    b.log('syslog', 'syslog', ['os', 'tele'], 300)


@spec('none', 'none', 'low', [], 'driving', None,
      'Highway drive 120 km/h with ACC engaged; signals nominal; infotainment logcat shows usual frame skips and a Wi-Fi scan error.')
def n_hwy(b, r):
    b.dur = 2400
    b.csv('signals.csv', 1, ['vehicle_speed', 'coolant_temp', 'lv_bus_voltage', 'yaw_rate', 'wheel_speed_fl', 'wheel_speed_rr'],
          lambda t, r: [s := noisy(r, 118, 2), noisy(r, 88, 0.5), noisy(r, 14.1, 0.04), noisy(r, 0, 0.6), s + r.gauss(0, 0.3), s + r.gauss(0, 0.3)])
    b.log('logcat.txt', 'logcat', ['hmi'], 1500)
    b.log('dlt.txt', 'dlt', ['pt', 'chassis', 'gw'], 900, [(60, 'I', 'acc_ctrl', 'ACC engaged set=120')])


@spec('none', 'none', 'low', [], 'ota', None,
      'OTA campaign parked: download resumed after one TLS reset, install on inactive slot, reboot, verification and commit succeed.')
def n_ota(b, r):
    b.dur = 2000
    ev = [(10, 'I', 'otad', 'campaign 2026.48.1 accepted by user'), (200, 'E', 'otad', 'download interrupted: connection reset by peer (TLS), resuming at offset 412 MiB'),
          (205, 'I', 'otad', 'download resumed'), (900, 'I', 'otad', 'sha256 verified, writing slot B'), (1500, 'I', 'otad', 'install done, scheduling reboot'),
          (1700, 'I', 'otad', 'booted slot B, health checks 14/14 passed'), (1720, 'I', 'otad', 'slot B marked good, campaign success reported')]
    b.log('ota.jsonl', 'json', ['ota'], 500, ev, var=2)
    b.log('journal.txt', 'journal', ['os'], 900, [(1600, 'I', 'systemd', 'Reached target Reboot.'), (1650, 'I', 'kernel', 'Linux version 6.1.57-rt (builder@ci) #1 SMP PREEMPT_RT')])
    b.boot = b.t0 + 1650
    b.log('dmesg.txt', 'dmesg', [], 0, [(1651 + i * 0.37, 'I', 'kernel', m) for i, m in enumerate(
        ['Booting Linux on physical CPU 0x0', 'Machine model: OEM CCU rev C', 'EXT4-fs (mmcblk0p5): mounted filesystem with ordered data mode',
         'random: crng init done', 'can: controller area network core', 'm_can 2a00000.can can0: bit-timing not yet defined',
         'm_can 2a00000.can can0: setting BTR=00c3 BRP=4', 'IPv6: ADDRCONF(NETDEV_UP): eth0: link is not ready',
         'tc956x 0000:01:00.0 eth0: Link is Up - 1Gbps/Full', 'usb 1-1: new high-speed USB device number 2 using xhci-hcd',
         'EXT4-fs (mmcblk0p7): recovery complete', 'audit: type=1400 apparmor="STATUS" operation="profile_load"'] * 30)])


@spec('none', 'none', 'low', [], 'test', None,
      'Workshop session: tester reads stored history DTCs from a previous repair (not active), clears them, re-read shows none; all ECUs answer.')
def n_workshop(b, r):
    b.dur = 900
    ls = uds_noise(r, 300, 0, 900)
    ls += [(100, 'Tx 7DF 01 03'), (100.03, 'Rx 7E8 03 43 00 00')]
    ls += dtc_session(120, '760', '768', [('403500', 0x28), ('404000', 0x28)])
    ls += [(150, 'Tx 760 04 14 FF FF FF'), (150.2, 'Rx 768 01 54')]
    ls += dtc_session(170, '760', '768', [])
    b.raw('diag.txt', ls)
    b.log('tester.log', 'logfmt', [], 0, [(115, 'I', 'wsapp', 'ABS: 2 stored DTCs, status history only (not testFailed)'),
                                         (149, 'I', 'wsapp', 'clearing stored codes after wheel bearing repair order 88123'),
                                         (172, 'I', 'wsapp', 'ABS: no DTC stored'), (300, 'W', 'wsapp', 'VCI battery 11.9V - connect charger'),
                                         (600, 'I', 'wsapp', 'service report generated')] + [(t, 'D', 'vci', f'frame rx ok {i}') for i, t in enumerate(range(5, 890, 3))])
    b.log('syslog', 'syslog', ['os', 'gw'], 500, [(130, 'I', 'gateway', 'diagnostic session via DoIP from 169.254.1.10')])


@spec('none', 'none', 'low', [], 'test', None,
      'HIL/test-bench run: fault injection framework injects marked TEST faults (U0100, C0035) which are set and cleared as expected; no real fault.')
def n_bench(b, r):
    b.dur = 1200
    ev = []
    for i, (t, code) in enumerate([(200, 'U0100-00'), (500, 'C0035-1C'), (800, 'P0562-00')]):
        ev += [(t, 'W', 'fi_runner', f'[TEST] injecting {code} (scenario FI-{i + 17}, expected)'),
               (t + 2, 'E', 'dem', f'[TEST-INJECTED] event {code} testFailed=1'),
               (t + 30, 'I', 'fi_runner', f'[TEST] release {code}, verdict PASS'), (t + 31, 'I', 'dem', f'{code} healed, aging counter reset (test mode)')]
    b.log('bench_run.log', 'ros', ['adas', 'chassis'], 1200, ev)
    b.log('hil.jsonl', 'json', ['pt', 'bms'], 600, [(1, 'I', 'hil', 'test mode active, vehicle on rollers, no occupants')], var=3)


@spec('none', 'none', 'low', [], 'driving', None,
      'Drive through a 2 km tunnel: GNSS fix lost, localization falls back to odometry/map matching with slightly grown covariance, fix regained after exit.')
def n_tunnel(b, r):
    b.dur = 900
    def loc(t, r):
        inside = 300 < t < 420
        return (f"pose:\n  x: {t * 25:.2f}\n  y: {noisy(r, 3.1, 0.02):.3f}\nstatus:\n  gnss_fix: {'NO_FIX' if inside else 'RTK_FLOAT'}\n"
                f"  sats: {0 if inside else r.randint(12, 20)}\n  std_xy: {0.35 + (t - 300) * 0.002 if inside else noisy(r, 0.08, 0.01):.3f}\n  mode: {'DEAD_RECKONING' if inside else 'FUSED'}\n")
    b.yaml('localization_status.yaml', 1, loc, 'map')
    b.log('planner.INFO', 'glog', ['adas'], 1200, [(301, 'W', 'gnss_monitor.cc:77', 'no GNSS solution (sats=0), expected in tunnel per map tag'),
                                                 (421, 'I', 'gnss_monitor.cc:90', 'GNSS fix restored, 14 sats')])
    b.log('syslog', 'syslog', ['os', 'tele'], 300, [(310, 'W', 'telematicsd', 'cellular registration lost (no service)'), (425, 'I', 'telematicsd', 'registered LTE band 20')])


@spec('none', 'none', 'low', [], 'parked', None,
      'Car wash mode: user enabled wash mode, ultrasonic and cameras report blockage/water as expected, wipers and auto-lock inhibited; resumed after.')
def n_wash(b, r):
    b.dur = 900
    ev = [(20, 'I', 'bcm', 'car wash mode ON: mirrors folded, auto-wipers inhibited, auto-lock off')] + \
         [(t, 'W', 'ultrasonic', f'sensor {r.choice(["FL", "FLM", "RRM", "RR"])} blocked/water film, suppressed (wash mode)') for t in range(40, 600, 7)] + \
         [(t, 'W', 'camera_front', 'image quality low: spray detected, availability=0 (wash mode)') for t in range(60, 580, 11)] + \
         [(640, 'I', 'bcm', 'car wash mode OFF'), (660, 'I', 'ultrasonic', 'all sensors clear')]
    b.log('adas.log', 'logfmt', ['adas'], 600, ev, var=1)
    b.log('logcat.txt', 'logcat', ['hmi'], 500)


@spec('none', 'none', 'low', [], 'driving', None,
      'Cold start at -24 C: long crank with expected voltage dip, glow/heater, battery preheating and reduced regen during warm-up; all nominal for the temperature.')
def n_cold(b, r):
    b.dur = 1200
    ev = [(1, 'I', 'ecm', 'ambient -24C, glow plugs preheat 6s'), (8, 'W', 'ecm', 'crank duration 2.4s (cold)'), (10, 'I', 'ecm', 'engine running, idle 1150rpm cold map'),
          (30, 'I', 'bms', 'battery heater ON, regen limited 15kW until 0C (normal)'), (60, 'W', 'hvac', 'defrost max, compressor off (ambient below -5C)')]
    b.log('journal.txt', 'journal', ['os', 'pt', 'thermal'], 1200, ev)
    b.csv('signals.csv', 1, ['engine_rpm', 'coolant_temp', 'lv_bus_voltage', 'oil_temp'],
          lambda t, r: [0 if t < 8 else noisy(r, 1150 if t < 200 else 1800, 40), min(88, -24 + t * 0.12), noisy(r, 9.9 if 6 < t < 8.5 else (12.3 if t < 6 else 14.3), 0.05), min(95, -24 + t * 0.1)])


@spec('none', 'none', 'low', [], 'driving', None,
      'Drive with self-recovered blips: one CAN rx timeout restored next cycle, media app restarted on purpose by user, upload retry; Apollo-style control messages nominal.')
def n_blip(b, r):
    b.dur = 1000
    b.proto('control_cmd.pb.txt', 'control', 2.0, lambda t, r: f"throttle: {noisy(r, 18, 2):.2f}\nbrake: 0.0\nsteering_target: {noisy(r, 0, 3):.2f}\nspeed: {noisy(r, 14, 0.5):.2f}\ndriving_mode: COMPLETE_AUTO_DRIVE\nengage_advice {{\n  advice: KEEP_ENGAGED\n}}")
    b.log('syslog', 'rfc5424', ['os', 'gw', 'tele'], 900, [(300, 'W', 'gateway', 'can2: rx timeout on 0x1E5 (1 cycle), restored'),
                                                         (500, 'I', 'launcher', 'user force-stopped com.oem.media, restarting')], var=1)
    b.can('can1.log', ['chassis'], form='console', n_limit=2000)


# ====================== battery_bms ======================
@spec('battery_bms', 'cell', 'high', ['medium'], 'charging', 'bms.jsonl',
      'During AC charging one cell group rises above its neighbours until the BMS flags overvoltage on group 37 and ends the session; charging stopped while parked.')
def b_cell(b, r):
    b.dur = 3600
    ev = [(2000, 'W', 'bms', 'cell grp 37 at 4.182 V while pack mean 4.05 V, delta 132 mV'),
          (2300, 'E', 'bms', 'BMS_ERR_0x3C cell overvoltage grp37 4.231V'),
          (2301, 'E', 'bms', 'requesting charge current 0 A, session terminated by battery'),
          (2310, 'I', 'bms', 'contactors opening (charge end)')]
    b.log('bms.jsonl', 'json', ['bms'], 1400, ev, var=0)
    b.log('obc.log', 'syslog', ['os'], 400, [(2302, 'W', 'obc', 'battery ended charging, pilot held at state B'), (2320, 'E', 'obc', 'charge aborted by vehicle, reason=BATT')])
    b.jsig('app_events.jsonl', 10, lambda t, r: {'event': 'charge_status', 'state': 'charging' if t < 2301 else 'stopped', 'soc': round(min(86, 62 + t * 0.007), 1)}, 'time', 'epoch')


@spec('battery_bms', 'hv_isolation', 'high', ['critical'], 'driving', 'signals.csv',
      'Insulation resistance falls steadily from >3 MOhm to ~90 kOhm in the signal log; later the BMS sets P0AA6 and the VCU limits power. Numeric precursor, code late.')
def b_iso(b, r):
    b.dur = 1800
    b.csv('signals.csv', 1, ['pack_voltage', 'pack_current', 'iso_resistance_kohm', 'cell_temp_max', 'vehicle_speed'],
          lambda t, r: [noisy(r, 385, 0.5), noisy(r, -60, 15), max(85, 3200 - max(0, t - 300) * 2.6) + r.gauss(0, 5), noisy(r, 31, 0.2), noisy(r, 92, 3)])
    b.log('vcu.log', 'dlt', ['pt', 'gw'], 1200, [(1505, 'E', 'vcu_pwr', 'BMS reports isolation fault P0AA6, power limit 40 kW'), (1506, 'W', 'vcu_pwr', 'driver msg: reduced power, visit service')])
    b.log('bms.log', 'logfmt', ['bms'], 700, [(1500, 'E', 'bms', 'riso 98 kOhm < 100 kOhm limit, DTC P0AA6-1A set')])


@spec('battery_bms', 'hvil', 'medium', ['high'], 'parked', 'bms.log',
      'At start-up the HV interlock loop reads open (P0A0A); precharge never allowed, vehicle cannot go READY; parked so no driving risk. Words from VCU follow.')
def b_hvil(b, r):
    b.dur = 600
    b.log('bms.log', 'glog', ['bms'], 700, [(20, 'E', 'hvil_mon.cc:144', 'interlock loop current 0.3 mA (expect 10 mA), loop OPEN'),
                                           (21, 'E', 'dem.cc:88', 'DTC P0A0A:94 confirmed'), (22, 'W', 'contactor.cc:61', 'precharge inhibited by interlock state')])
    b.log('vcu.log', 'syslog', ['os', 'gw'], 500, [(25, 'W', 'vcu', 'READY request rejected: HV not available'), (90, 'W', 'vcu', 'READY request rejected: HV not available'),
                                                  (95, 'I', 'hmi_bridge', 'cluster message "Electrical system fault - do not drive"')])
    b.can('can0.log', ['bms', 'body'], n_limit=1200)


@spec('battery_bms', 'charging', 'high', ['medium'], 'charging', 'ccs.log',
      'DC fast charge: CCS precharge voltage never matches, EVSE and EV time out three times and the session gives up; charging stopped, vehicle parked.')
def b_chg(b, r):
    b.dur = 900
    ev = [(5, 'I', 'ccs_stack', 'SLAC matched'), (10, 'I', 'ccs_stack', 'CableCheck OK')]
    for i, t in enumerate((15, 80, 150)):
        ev += [(t, 'I', 'ccs_stack', f'PreCharge attempt {i + 1} target 371 V'),
               (t + 7, 'E', 'ccs_stack', f'PreChargeRes EVSEPresentVoltage 0 V after 7 s, precharge timeout (attempt {i + 1})')]
    ev += [(160, 'E', 'bms', 'DC charge inhibited after 3 precharge failures, inlet contactors stay open'), (161, 'I', 'ccs_stack', 'SessionStop Terminate')]
    b.log('ccs.log', 'ros', [], 0, ev + [(t, 'D', 'ccs_stack', f'V2G msg seq {int(t)}') for t in range(1, 890, 2)])
    b.log('dlt.txt', 'dlt', ['bms', 'tele'], 900, [(165, 'W', 'chg_app', 'charge session failed notification sent')])


# ====================== powertrain ======================
@spec('powertrain', 'ignition', 'high', ['medium'], 'driving', 'ecm.log',
      'Cylinder 3 misfire counts climb, P0303 confirmed with flashing MIL and fuel cut to cyl 3; engine runs on 3 cylinders with torque limited.')
def p_mis(b, r):
    b.dur = 1500
    ev = [(t, 'W', 'ecm', f'misfire cnt c1=0 c2=0 c3={int((t - 600) / 3)} c4=0 /1000rev') for t in range(600, 900, 20)]
    ev += [(900, 'E', 'ecm', 'P0303 confirmed, catalyst-damaging rate, MIL flash'), (901, 'E', 'ecm', 'injector 3 disabled, torque limit 60%')]
    b.log('ecm.log', 'journal', ['pt', 'os'], 1500, ev)
    ls = uds_noise(r, 150, 0, 1500) + [(1000, 'Tx 7DF 01 03'), (1000.03, 'Rx 7E8 04 43 01 03 03')]
    b.raw('obd.txt', ls, 'rel')
    b.csv('signals.csv', 1, ['engine_rpm', 'vehicle_speed', 'coolant_temp', 'lv_bus_voltage'],
          lambda t, r: [noisy(r, 2200, 100), noisy(r, 80 if t < 900 else 60, 2), noisy(r, 89, 0.4), noisy(r, 14.2, 0.04)])


@spec('powertrain', 'emissions', 'low', [], 'driving', 'diag.txt',
      'Only a pending P0420 (catalyst efficiency below threshold, bank 1) in a UDS read, status 0x24 (pending, not confirmed); no MIL, engine normal.')
def p_cat(b, r):
    b.dur = 1200
    ls = uds_noise(r, 250, 0, 1200) + dtc_session(600, '7E0', '7E8', [('042000', 0x24)]) + [(640, 'Tx 7DF 01 07'), (640.02, 'Rx 7E8 04 47 01 04 20')]
    b.raw('diag.txt', ls)
    b.log('ecm.jsonl', 'json', ['pt'], 1100, [(590, 'I', 'ecm_monitor', 'cat monitor complete, ratio 0.71 (thr 0.65) first trip')], var=2)
    b.log('syslog', 'syslog', ['os', 'tele'], 400)


@spec('powertrain', 'inverter', 'high', ['critical'], 'driving', 'inverter.log',
      'Rear inverter phase V gate driver desaturation events, inverter fault 0x0A7819 (P0A78 drive motor A inverter performance); rear motor torque cut, front-only limp.')
def p_inv(b, r):
    b.dur = 1200
    ev = [(700, 'W', 'inv_rear', 'gate driver V-high desat flag, pulse blocked 1 cycle'), (702, 'W', 'inv_rear', 'gate driver V-high desat flag, pulse blocked 1 cycle'),
          (705, 'E', 'inv_rear', 'DTC 0x0A7819 set, safe pulse-off active'), (706, 'E', 'inv_rear', 'rear axle torque 0 Nm, ASC mode')]
    b.log('inverter.log', 'rfc5424', ['pt'], 1300, ev)
    b.log('vcu.jsonl', 'json', ['pt', 'gw'], 800, [(707, 'W', 'vcu', 'torque split fallback FWD only, max power 45%'), (708, 'W', 'vcu', 'cluster: reduced propulsion')], var=1)
    b.can('can0.log', ['pt', 'chassis'], n_limit=2200)


@spec('powertrain', 'transmission', 'high', [], 'driving', 'tcu.log',
      'Third gear ratio implausible (input/output speed mismatch) repeatedly; TCU logs P0733 and holds a fixed gear (limp-home).')
def p_tcu(b, r):
    b.dur = 1400
    ev = [(t, 'W', 'tcu', f'G3 ratio check: expected 1.41 measured {rf(r, 1.55, 1.9, 2)} (slip)') for t in (500, 560, 640, 700)]
    ev += [(705, 'E', 'tcu', 'DTC P0733-00 gear 3 incorrect ratio stored'), (706, 'E', 'tcu', 'emergency mode: fixed 4th gear, no shifting')]
    b.log('tcu.log', 'dlt', ['pt'], 1400, ev)
    b.log('logcat.txt', 'logcat', ['hmi'], 600, [(708, 'W', 'ClusterService', 'show warning id=TRANS_FAULT "Gearbox fault - drive moderately"')])


# ====================== thermal ======================
@spec('thermal', 'pump', 'high', ['medium'], 'driving', 'tmm.csv',
      'Battery coolant pump speed drops to 0 rpm and its current to ~0 A early (signals only); later the BMS derates power for rising cell temperature. Root cause pump, BMS derate is the consequence.')
def t_pump(b, r):
    b.dur = 1800
    b.csv('tmm.csv', 1, ['coolant_temp_batt_in', 'pump_batt_rpm', 'pump_batt_current', 'chiller_valve'],
          lambda t, r: [noisy(r, 27 if t < 400 else min(44, 27 + (t - 400) * 0.015), 0.2), 0.0 if t > 400 else noisy(r, 2600, 30), 0.02 if t > 400 else noisy(r, 3.1, 0.1), 60.0], 'iso')
    ev = [(t, 'W', 'bms', f'cell temp max {40 + (t - 1100) / 60:.1f}C rising, power limit {max(30, 100 - (t - 1100) // 10)}%') for t in range(1100, 1800, 30)]
    ev += [(1300, 'E', 'bms', 'BMS_DERATE_0x21 thermal derate active, discharge limit 60 kW')]
    b.log('bms.log', 'journal', ['bms'], 1000, ev)
    b.log('vcu.log', 'logfmt', ['pt'], 600, [(1301, 'W', 'vcu', 'propulsion limited by battery'), (1400, 'W', 'vcu', 'propulsion limited by battery')])


@spec('thermal', 'radiator', 'high', ['medium'], 'driving', 'signals.csv',
      'Coolant temperature climbs past 110 C and on to 118 C while the radiator fan duty stays at 0 % (fan not responding); only numbers, then an ECM torque limit line.')
def t_fan(b, r):
    b.dur = 1500
    b.csv('signals.csv', 1, ['vehicle_speed', 'engine_rpm', 'coolant_temp', 'fan_duty_cmd', 'fan_rpm'],
          lambda t, r: [noisy(r, 25, 4), noisy(r, 1700, 80), c := min(118, 90 + max(0, t - 300) * 0.03) + r.gauss(0, 0.2), 100.0 if c > 100 else 30.0, 0.0], 'ms')
    b.log('ecm.log', 'syslog', ['pt', 'os'], 900, [(1250, 'W', 'ecm', 'engine temp protection: torque reduced to 70%, A/C compressor cut')])
    b.log('hvac.jsonl', 'json', ['thermal'], 500, [], var=3)


@spec('thermal', 'hvac', 'medium', [], 'driving', 'hvac.log',
      'Refrigerant low-side pressure falls below the compressor enable threshold; eCompressor locked out, cabin cooling unavailable (comfort degraded).')
def t_hvac(b, r):
    b.dur = 1500
    b.log('hvac.log', 'ros', ['thermal'], 1200, [(400, 'W', 'hvac_ctrl', 'suction pressure 1.1 bar below 1.6 bar, compressor speed clamped'),
                                               (460, 'E', 'hvac_ctrl', 'HVAC_ECU:0x2207 refrigerant charge insufficient, eCompressor locked out'),
                                               (470, 'W', 'hvac_ctrl', 'cabin cooling request cannot be served, blower only')])
    b.log('logcat.txt', 'logcat', ['hmi'], 700, [(475, 'I', 'ClimateApp', 'show toast "A/C temporarily unavailable"')])
    b.csv('signals.csv', 2, ['cabin_temp', 'ambient_temp', 'refrig_lp_bar', 'comp_speed_rpm'],
          lambda t, r: [noisy(r, 23 if t < 460 else 23 + (t - 460) * 0.006, 0.1), 31.0, noisy(r, max(1.0, 2.9 - t * 0.004), 0.05), 0.0 if t > 460 else noisy(r, 4200, 100)])


@spec('thermal', 'coolant', 'high', [], 'driving', 'can0.log',
      'Truck: DM1 reports SPN 110 FMI 0 (engine coolant temperature above normal, most severe); engine protection derate follows.')
def t_j1939(b, r):
    b.dur = 1200
    extra = []
    for t in range(700, 1200, 1):
        extra.append((t + 0.5, '18FECA00', '10FF6E000001FFFF'))  # DM1: lamp, SPN110 FMI0
    extra += [(t + 0.25, '18FEEE00', f"{min(255, 40 + 105 + int((t - 600) * 0.02)) if t > 600 else 40 + 90:02X}FFFFFFFFFFFFFF") for t in range(0, 1200, 1)]
    b.can('can0.log', ['pt'], extra=extra, n_limit=1800)
    b.log('telematics.log', 'logfmt', ['tele', 'os'], 800, [(705, 'W', 'fms', 'DM1 active: SPN 110 FMI 0 OC 1, red stop lamp ON'), (720, 'W', 'ecu_eng', 'engine derate 50% (coolant)')], var=1)


# ====================== brakes_chassis ======================
@spec('brakes_chassis', 'abs', 'critical', ['high'], 'driving', 'chassis.log',
      'Front-left wheel speed signal lost (C0035); ABS then ESC switch off, then ACC and lane assist become unavailable. Root cause ABS sensor, ADAS errors are consequences.')
def c_wss(b, r):
    b.dur = 1500
    b.log('chassis.log', 'dlt', ['chassis'], 1200, [(500, 'W', 'abs_wss', 'WSS FL no edges for 120 ms at v=78 kph'), (500.5, 'E', 'abs_dem', 'C0035-1C stored'),
                                                   (501, 'E', 'abs_ctrl', 'ABS function OFF, EBD retained'), (501.2, 'E', 'esc_ctrl', 'ESC passive, lamp ON')])
    ev = []
    for t in range(502, 1500, 4):
        ev += [(t, 'E', 'acc_ctrl', 'ACC unavailable: stability system not ready'), (t + 1, 'E', 'lka', 'LKA inhibited, ESC status invalid'), (t + 2, 'W', 'fusion', 'ego motion quality degraded (wheel odometry missing)')]
    b.log('adas.log', 'ros', ['adas'], 900, ev)
    b.can('can0.log', ['chassis'], n_limit=2000)


@spec('brakes_chassis', 'tpms', 'medium', ['high'], 'driving', 'tpms.log',
      'Rear-right tyre pressure drops slowly from 2.5 to 1.5 bar over the drive, written only as numbers in TPMS status lines; low-pressure telltale at end.')
def c_tpms(b, r):
    b.dur = 2400
    ev = [(t, 'I', 'tpms', f'tire FL {rf(r, 2.5, 2.55, 2)} FR {rf(r, 2.5, 2.55, 2)} RL {rf(r, 2.48, 2.52, 2)} RR {max(1.5, 2.5 - t / 2000):.2f} bar T=21C') for t in range(0, 2400, 20)]
    ev += [(2100, 'I', 'tpms', 'telltale=ON')]
    b.log('tpms.log', 'syslog', ['os'], 300, ev)
    b.log('logcat.txt', 'logcat', ['hmi'], 800)
    b.can('can1.log', ['chassis', 'body'], form='console', n_limit=1500)


@spec('brakes_chassis', 'eps', 'critical', ['high'], 'driving', 'eps.log',
      'EPS torque sensor channel mismatch leads to EPS-1203 and loss of steering assist at 60 km/h; lane keeping drops out as a consequence.')
def c_eps(b, r):
    b.dur = 1200
    b.log('eps.log', 'glog', ['chassis'], 1200, [(800, 'W', 'tq_sensor.cc:201', 'T1/T2 disagreement 1.9 Nm for 40 ms'), (800.1, 'E', 'eps_fm.cc:55', 'EPS-1203 torque sensor plausibility'),
                                                 (800.2, 'F', 'eps_fm.cc:70', 'assist ramped to 0, manual steering only')])
    b.log('adas.jsonl', 'json', ['adas'], 900, [(t, 'E', 'lka', 'steering actuator not available, LKA off') for t in range(801, 1200, 5)], var=0)
    b.csv('signals.csv', 0.5, ['vehicle_speed', 'steer_angle', 'eps_assist_nm', 'yaw_rate'],
          lambda t, r: [noisy(r, 60, 1), noisy(r, 0, 4), 0.0 if t > 800.2 else abs(noisy(r, 1.8, 0.6)), noisy(r, 0, 0.5)])


@spec('brakes_chassis', 'brakes', 'medium', ['high'], 'parked', 'epb.log',
      'Electric parking brake rear-left motor draws overcurrent on apply while parked, retries, then applies on second attempt; EPB fault lamp shown briefly.')
def c_epb(b, r):
    b.dur = 600
    b.log('epb.log', 'rfc5424', ['chassis', 'body'], 700, [(50, 'I', 'epb', 'apply request (driver switch)'), (50.6, 'E', 'epb', 'RL caliper motor current 31 A > 28 A, apply aborted'),
                                                           (52, 'W', 'epb', 'retry apply RL'), (53.5, 'I', 'epb', 'RL clamp force reached 16 kN, retry ok'),
                                                           (54, 'W', 'epb', 'fault lamp request released after successful apply')])
    b.log('syslog', 'syslog', ['os', 'tele'], 400)


# ====================== body ======================
@spec('body', 'airbag', 'critical', ['high'], 'driving', 'srs.txt',
      'Airbag control unit reports B0001-1A (driver frontal stage 1 deployment control, resistance below threshold); airbag lamp on, driver airbag unavailable while driving.')
def y_srs(b, r):
    b.dur = 1200
    ls = uds_noise(r, 200, 0, 1200, ecus=(('737', '73F'), ('7E0', '7E8'))) + dtc_session(300, '737', '73F', [('80011A', 0x2F)])
    b.raw('srs.txt', ls)
    b.log('journal.txt', 'journal', ['os', 'body'], 900, [(290, 'W', 'bcm', 'SRS warning lamp request from ACU'), (295, 'I', 'cluster', 'telltale AIRBAG ON')])
    b.log('logcat.txt', 'logcat', ['hmi'], 600)


@spec('body', 'doors', 'medium', [], 'parked', 'bcm.log',
      'Rear-left door lock actuator does not reach locked position on first command, BCM retries twice and the lock then confirms; words only.')
def y_door(b, r):
    b.dur = 900
    b.log('bcm.log', 'logfmt', ['body'], 800, [(100, 'I', 'bcm', 'central lock request from fob'), (100.4, 'W', 'bcm_lock', 'RL latch position still UNLOCKED 400 ms after drive'),
                                              (101, 'W', 'bcm_lock', 'RL motor re-drive 1'), (101.6, 'W', 'bcm_lock', 'RL motor re-drive 2'), (102.1, 'I', 'bcm_lock', 'RL latch LOCKED, all doors secured')])
    b.log('syslog', 'syslog', ['os', 'tele'], 500)


@spec('body', 'lighting', 'medium', ['high'], 'driving', 'lighting.log',
      'Left headlamp low-beam LED driver reports open load at night; the module falls back to DRL-level output on the left side; driver warned.')
def y_light(b, r):
    b.dur = 1500
    b.log('lighting.log', 'dlt', ['body'], 1000, [(400, 'E', 'hl_left', 'LB driver ch2 open load detect, output disabled'), (401, 'W', 'hl_left', 'substitute mode: DRL 30% on left')])
    b.log('logcat.txt', 'logcat', ['hmi'], 900, [(402, 'W', 'ClusterService', 'bulb warning left low beam')])
    b.can('can0.log', ['body', 'gw'], n_limit=900)


@spec('body', 'hmi', 'medium', ['high'], 'driving', 'logcat.txt',
      'Center display backlight driver reports an LED string short and shuts down; screen dark, rear-view camera image not visible; cluster still works.')
def y_hmi(b, r):
    b.dur = 1200
    b.log('logcat.txt', 'logcat', ['hmi'], 2000, [(600, 'E', 'DisplayHal', 'panel0 backlight LED string 3 short, driver IC entered protection'), (600.3, 'W', 'DisplayHal', 'panel0 brightness forced 0'),
                                                 (620, 'W', 'CarRvcService', 'rear view requested but primary display unavailable')])
    b.log('dmesg.txt', 'dmesg', [], 0, [(t, 'I', 'kernel', m) for t, m in [(10, 'lp8860 3-002d: probe ok'), (600, 'lp8860 3-002d: fault status 0x04 (LED short)'), (600.01, 'lp8860 3-002d: disabling outputs')]] +
          [(t, 'I', 'kernel', f'usb 1-1: reset high-speed USB device number 2 using xhci-hcd') for t in range(30, 1200, 240)] +
          [(t, 'I', 'kernel', 'wlan0: authenticated') for t in range(5, 1200, 3)])
    b.log('syslog', 'syslog', ['os'], 300)


# ====================== adas_perception ======================
@spec('adas_perception', 'lidar', 'critical', ['high'], 'driving', 'lidar_driver.log',
      'Roof lidar driver stops publishing (packet rate falls to 0, no error text), then the planner loudly reports missing obstacle data and executes a minimal-risk manoeuvre.')
def a_lidar(b, r):
    b.dur = 900
    b.log('lidar_driver.log', 'ros', [], 0, [(t, 'I', 'lidar_driver', f'packets/s={r.randint(1790, 1810)} points/scan={r.randint(118000, 124000)}') for t in range(0, 610)] +
          [(t, 'I', 'lidar_driver', 'packets/s=0 points/scan=0') for t in range(610, 615)])
    ev = [(t, 'E', 'planner.cc:412', f'obstacle input stale {int((t - 610) * 1000)} ms (lidar_front)') for t in range(611, 900, 2)]
    ev += [(616, 'F', 'guardian.cc:80', 'perception coverage insufficient -> MRM: stop in lane'), (640, 'I', 'guardian.cc:95', 'vehicle stopped, hazard lights on')]
    b.log('planner.INFO', 'glog', ['adas'], 1300, ev)
    b.proto('chassis.pb.txt', 'canbus', 1, lambda t, r: f"speed_mps: {14.5 if t < 616 else max(0, 14.5 - (t - 616) * 0.8):.2f}\ndriving_mode: {'COMPLETE_AUTO_DRIVE' if t < 616 else 'EMERGENCY_MODE'}\ngear_location: GEAR_DRIVE")


@spec('adas_perception', 'camera', 'high', [], 'driving', 'camera.log',
      'Front camera online calibration drifts out of range (pitch error) after a bump, camera declares lane detection invalid; lane assist unavailable for the rest of the drive.')
def a_cam(b, r):
    b.dur = 1500
    b.log('camera.log', 'glog', ['adas'], 1500, [(500, 'W', 'online_calib.cc:233', 'pitch residual 1.9 deg exceeds 1.2 deg for 30 s'),
                                                 (530, 'E', 'online_calib.cc:250', 'extrinsics invalid, lane outputs flagged unusable')])
    b.log('adas.jsonl', 'json', ['adas'], 600, [(t, 'W', 'lka', 'lane assist unavailable: lane source invalid') for t in range(531, 1500, 60)], var=2)


@spec('adas_perception', 'radar', 'low', [], 'driving', 'diag.txt',
      'Front radar has a pending (not confirmed) misalignment DTC in a UDS read (status 0x04) with no feature loss; ACC stayed available. Code-only batch.')
def a_radar(b, r):
    b.dur = 1000
    ls = uds_noise(r, 200, 0, 1000, ecus=(('7B0', '7B8'), ('7E0', '7E8'))) + dtc_session(500, '7B0', '7B8', [('5A6754', 0x04)], 0x0C)
    b.raw('diag.txt', ls)
    b.log('adas.log', 'logfmt', ['adas'], 900, [(498, 'I', 'radar_front', 'self-alignment not converged (pending), ACC available')], var=1)
    b.can('can0.log', ['chassis'], n_limit=1200)


@spec('adas_perception', 'gnss', 'high', ['medium'], 'driving', 'gnss.log',
      'GNSS antenna current reads 0 mA (open circuit) in open sky; receiver loses all satellites, localization degrades and the highway pilot is disabled.')
def a_gnss(b, r):
    b.dur = 1500
    b.log('gnss.log', 'syslog', ['tele'], 600, [(300, 'W', 'gnssd', 'antenna supervisor: current 0 mA, state OPEN'), (305, 'W', 'gnssd', 'tracking 0 SV, no fix (sky view open per camera)')])
    b.yaml('localization_status.yaml', 2, lambda t, r: f"status:\n  gnss_fix: {'NO_FIX' if t > 305 else 'RTK_FIXED'}\n  std_xy: {noisy(r, 0.05, 0.01) if t < 305 else min(5.0, 0.1 + (t - 305) * 0.01):.3f}\n  mode: {'FUSED' if t < 305 else 'DEAD_RECKONING'}\n")
    b.log('planner.INFO', 'glog', ['adas'], 900, [(420, 'E', 'feature_mgr.cc:120', 'highway pilot unavailable: localization accuracy insufficient'), (421, 'W', 'hmi_bridge.cc:33', 'takeover request issued, driver confirmed')])


# ====================== connectivity_network ======================
@spec('connectivity_network', 'gateway', 'high', ['medium'], 'driving', 'gateway.log',
      'Central gateway resets after an internal routing-table integrity error; for ~8 s the ECUs behind it log many U0100/U0121/U0140 lost-communication codes. Root cause the gateway.')
def n_gw(b, r):
    b.dur = 1200
    b.log('gateway.log', 'rfc5424', ['gw'], 900, [(400, 'E', 'gateway', 'routing table CRC mismatch bank 1, forcing controlled reset'), (400.2, 'I', 'gateway', 'reset reason SW_REQUEST'),
                                                 (408, 'I', 'gateway', 'boot complete, routing resumed')])
    ev = []
    for t in [401 + i * 0.5 for i in range(16)]:
        ev += [(t, 'E', r.choice(['tcu', 'bcm', 'eps']), 'DTC U0100-00 lost comm ECM'), (t + 0.1, 'E', r.choice(['ecm', 'tcu']), 'DTC U0121-00 lost comm ABS'),
               (t + 0.2, 'E', r.choice(['ecm', 'abs']), 'DTC U0140-00 lost comm BCM'), (t + 0.3, 'W', 'acc', 'ACC cancelled: signal timeout')]
    ev += [(420, 'I', 'dem', 'U0100/U0121/U0140 healed')]
    b.log('ecus.log', 'dlt', ['pt', 'chassis'], 1200, ev)
    b.can('can1.log', ['chassis', 'pt'], silent=[(x, 400.1, 408) for x in (0x0C9, 0x1A0, 0x3D1)], n_limit=2200)


@spec('connectivity_network', 'lin', 'medium', [], 'driving', 'bcm.log',
      'The rain/light sensor on the BCM LIN bus stops answering its header (no response frames); auto wipers and auto lights fall back to manual. Comfort degraded.')
def n_lin(b, r):
    b.dur = 1500
    b.log('bcm.log', 'glog', ['body'], 1400, [(t, 'W', 'lin_master.cc:310', 'LIN1 frame 0x23 slave RLS no response') for t in range(600, 620, 2)] +
          [(621, 'E', 'lin_master.cc:330', 'LIN1 node RLS declared missing after 10 slots'), (622, 'W', 'wiper.cc:40', 'auto wiper unavailable, manual stalk mode')])
    b.log('logcat.txt', 'logcat', ['hmi'], 800, [(623, 'I', 'ClusterService', 'show msg AUTO_WIPER_OFF')])


@spec('connectivity_network', 'cellular', 'high', ['medium'], 'driving', 'modem.log',
      'Cellular modem answers AT with +CME ERROR: SIM failure after a SIM interface fault; no network registration for the rest of drive, eCall and remote services unavailable.')
def n_cell(b, r):
    b.dur = 1500
    ev = [(t, 'D', 'at', 'AT+CSQ -> +CSQ: 21,99') for t in range(0, 500, 10)]
    ev += [(500, 'E', 'simif', 'UIM card reset, ATR not received'), (501, 'E', 'at', 'AT+CPIN? -> +CME ERROR: 13'), (520, 'E', 'at', 'AT+COPS? -> +COPS: 0')]
    ev += [(t, 'E', 'at', 'AT+CPIN? -> +CME ERROR: 13') for t in range(530, 1500, 30)]
    b.log('modem.log', 'journal', ['os'], 400, ev)
    b.log('telematics.jsonl', 'json', ['tele'], 800, [(540, 'E', 'ecall', 'eCall not available: no network access'), (545, 'W', 'telematicsd', 'remote services offline')], var=1)


@spec('connectivity_network', 'ethernet', 'high', [], 'driving', 'dmesg.txt',
      'The 100BASE-T1 link between ADAS camera ECU and central computer flaps (kernel link down/up); loud consequences later: camera frame timeouts and lane assist disabled.')
def n_eth(b, r):
    b.dur = 1200
    km = [(t, 'I', 'kernel', f'tc956x 0000:01:00.0 eth1: Link is {"Down" if i % 2 == 0 else "Up - 100Mbps/Full"}') for i, t in enumerate([400, 400.8, 455, 456.1, 501, 503, 560, 561.5])]
    b.log('dmesg.txt', 'dmesg', [], 0, km + [(t, 'I', 'kernel', 'audit: type=1334 audit: prog-id=31 op=LOAD') for t in range(3, 1200, 4)])
    ev = [(t, 'E', 'camera_front', f'no frames for {r.randint(300, 900)} ms on stream front_wide') for t in range(401, 1200, 8)]
    ev += [(565, 'E', 'lka', 'lane assist disabled for this drive cycle: repeated sensor dropouts')]
    b.log('adas.log', 'ros', ['adas'], 900, ev)
    b.log('syslog', 'syslog', ['os', 'gw'], 300)


# ====================== software_platform ======================
@spec('software_platform', 'oom', 'medium', ['high'], 'driving', 'kern.log',
      'Kernel OOM killer kills the perception process after a memory leak in the map tile cache; supervisor restarts it, L2 assist unavailable ~40 s then back.')
def s_oom(b, r):
    b.dur = 1500
    b.log('kern.log', 'syslog', ['os'], 900, [(t, 'I', 'map_cache', f'tiles cached={int(200 + t)} rss={int(800 + t * 1.5)}MB') for t in range(0, 900, 30)] +
          [(900, 'W', 'kernel', 'perception invoked oom-killer: gfp_mask=0x140dca, order=0, oom_score_adj=0'), (900.1, 'E', 'kernel', 'Out of memory: Killed process 2231 (perception) total-vm:9123400kB, anon-rss:6120044kB')])
    b.log('supervisor.jsonl', 'json', ['adas'], 800, [(901, 'E', 'supervisor', 'perception exited signal 9, restart 1/3'), (902, 'W', 'feature_mgr', 'L2 assist unavailable (perception restart)'),
                                                    (942, 'I', 'feature_mgr', 'L2 assist available')], var=3)


@spec('software_platform', 'crash', 'medium', [], 'driving', 'logcat.txt',
      'Navigation/HMI compositor crashes with SIGSEGV three times (tombstones), restarted each time; map screen blank for a few seconds per crash.')
def s_crash(b, r):
    b.dur = 1500
    ev = []
    for t in (300, 700, 1100):
        ev += [(t, 'F', 'libc', 'Fatal signal 11 (SIGSEGV), code 1 (SEGV_MAPERR), fault addr 0x18 in tid 4412 (RenderThread), pid 4390 (com.oem.compositor)'),
               (t + 0.2, 'F', 'DEBUG', '*** *** *** *** *** *** *** *** *** *** *** *** *** *** *** ***'),
               (t + 0.3, 'F', 'DEBUG', '#00 pc 000000000004c2a8  /vendor/lib64/libsurfcomp.so (Layer::blit+88)'),
               (t + 1.5, 'I', 'ActivityManager', 'Start proc 5120:com.oem.compositor for service')]
    b.log('logcat.txt', 'logcat', ['hmi'], 2200, ev)
    b.log('syslog', 'rfc5424', ['os', 'tele'], 400)


@spec('software_platform', 'filesystem', 'medium', ['low'], 'driving', 'dmesg.txt',
      'eMMC data partition hits ext4 journal errors and is remounted read-only; recorder and map updates can no longer write. No driving function affected.')
def s_fs(b, r):
    b.dur = 1200
    km = [(500, 'E', 'kernel', 'mmc0: cmd 25 timeout, retrying'), (500.5, 'E', 'kernel', 'blk_update_request: I/O error, dev mmcblk0, sector 8812344 op 0x1:(WRITE)'),
          (501, 'E', 'kernel', 'EXT4-fs error (device mmcblk0p9): ext4_journal_check_start:83: comm vlogd: Detected aborted journal'),
          (501.1, 'F', 'kernel', 'EXT4-fs (mmcblk0p9): Remounting filesystem read-only')]
    b.log('dmesg.txt', 'dmesg', [], 0, km + [(t, 'I', 'kernel', 'IPv4: martian source 10.12.0.255 from 10.12.0.7, on dev eth0') for t in range(2, 1200, 5)])
    b.log('journal.txt', 'journal', ['os', 'tele'], 800, [(t, 'E', 'vlogd', 'write segment failed: Read-only file system') for t in range(502, 1200, 20)] +
          [(600, 'E', 'mapupd', 'tile store commit failed (EROFS), update postponed')])


@spec('software_platform', 'ota', 'medium', ['low'], 'ota', 'ota.log',
      'OTA install to the body controller fails signature verification of one block; update aborted and ECU rolled back to previous image; vehicle usable.')
def s_ota(b, r):
    b.dur = 1800
    ev = [(20, 'I', 'otad', 'campaign 2026.47.3 start, 6 ecus'), (600, 'I', 'otad', 'flash BCM block 3/7'),
          (640, 'E', 'otad', 'BCM reports 0x7F 36 72 (generalProgrammingFailure) after TransferData seq 0x5A'),
          (641, 'E', 'otad', 'BCM image signature check failed, initiating rollback'), (900, 'I', 'otad', 'BCM rollback complete, running 24.11.0'),
          (905, 'W', 'otad', 'campaign result FAILED_ROLLED_BACK reported')]
    b.log('ota.log', 'logfmt', ['ota', 'os'], 1000, ev)
    ls = uds_noise(r, 150, 0, 1800, ecus=(('740', '748'),)) + [(t, f"Tx 740 10 FF 36 {i % 256:02X} 00 AA 55 01") for i, t in enumerate(range(600, 640))]
    ls += [(640, 'Rx 748 03 7F 36 72')]
    b.raw('uds_trace.txt', ls)


# ====================== power_supply ======================
@spec('power_supply', 'dcdc', 'high', ['critical'], 'driving', 'pdu.log',
      'DC-DC converter shuts down on an internal fault; 12 V bus sags to ~9 V, several ECUs reset and log undervoltage (P0562) and U-codes. Root cause DC-DC, resets are consequences.')
def e_dcdc(b, r):
    b.dur = 1200
    b.log('pdu.log', 'logfmt', ['os'], 500, [(600, 'E', 'dcdc', 'DCDC_FLT 0x13 output stage fault, converter disabled'), (600.2, 'W', 'pdu', 'LV supply now from 12V battery only')])
    ev = []
    for t, e in [(605, 'ecm'), (605.5, 'abs'), (606, 'eps'), (606.2, 'bcm'), (607, 'acc')]:
        ev += [(t, 'E', e, 'supply undervoltage, P0562 system voltage low'), (t + 0.3, 'W', e, 'ECU reset (brown-out), restarting'),
               (t + 2, 'E', e, 'U0100 / U0121 / U0155 timeouts after reset')]
    ev += [(t, 'E', 'dem', 'DTC U0121-00 (no ABS message since reset)') for t in range(608, 680, 3)]
    b.log('ecus.log', 'dlt', ['pt', 'chassis'], 1000, ev)
    b.csv('signals.csv', 0.5, ['vehicle_speed', 'lv_bus_voltage', 'dcdc_current'],
          lambda t, r: [noisy(r, 70, 2), noisy(r, 14.2 if t < 600 else max(9.0, 12.4 - (t - 600) * 0.05), 0.03), noisy(r, 55 if t < 600 else 0, 2)])


@spec('power_supply', 'lv_battery', 'medium', ['low'], 'parked', 'lv_monitor.csv',
      'While parked, 12 V battery voltage drifts from 12.5 V down to ~10.5 V with a normal sleep current; no error line, only the numeric drop (battery weak).')
def e_lvb(b, r):
    b.dur = 4 * 3600
    b.csv('lv_monitor.csv', 20, ['lv_bus_voltage', 'lv_current', 'lv_temp'],
          lambda t, r: [noisy(r, 12.5 - 2.0 * (t / (4 * 3600)) ** 1.5, 0.01), noisy(r, -0.04, 0.005), noisy(r, 8, 0.1)], 'iso')
    b.log('syslog', 'syslog', ['os', 'tele'], 400, [(3 * 3600, 'I', 'pmic', 'wake source RTC alarm'), (3 * 3600 + 60, 'I', 'pmic', 'sleep')])


@spec('power_supply', 'alternator', 'medium', ['high'], 'driving', 'ecm.log',
      'Alternator stops charging (P0620 generator control circuit) with battery voltage sagging toward 11.9 V and battery light on; a pending TPMS sensor-battery code is a minor side issue.')
def e_alt(b, r):
    b.dur = 1500
    b.log('ecm.log', 'rfc5424', ['pt', 'os'], 1100, [(400, 'W', 'ecm', 'LIN alternator reports field duty 0%, excitation lost'), (430, 'E', 'ecm', 'p0620 stored, charge lamp ON')])
    b.csv('signals.csv', 1, ['engine_rpm', 'lv_bus_voltage', 'alt_duty'],
          lambda t, r: [noisy(r, 2000, 60), noisy(r, 14.3 if t < 400 else max(11.9, 12.6 - (t - 400) * 0.0006), 0.03), noisy(r, 45, 3) if t < 400 else 0.0])
    b.log('tpms.jsonl', 'json', ['chassis'], 400, [(900, 'W', 'tpms', 'sensor RL battery low (pending)')], var=2)


@spec('power_supply', 'lv_distribution', 'high', [], 'driving', 'pdu.log',
      'Power distribution eFuse channel 7 (feeding front radar and camera ECU) trips on overcurrent and latches off; ADAS loudly reports both sensors missing and ACC/LKA unavailable.')
def e_efuse(b, r):
    b.dur = 1200
    b.log('pdu.log', 'glog', [], 0, [(t, 'I', 'pdu_mon.cc:50', f'ch1..ch12 ok I_total={rf(r, 38, 52)}A') for t in range(0, 1200, 2)] +
          [(500, 'W', 'efuse.cc:144', 'ch7 I2t limit exceeded (peak 21.4 A), latch OFF'), (500.01, 'I', 'efuse.cc:150', 'ch7 retry budget 0, staying off')])
    ev = [(t, 'E', r.choice(['radar_front', 'camera_front']), 'sensor not responding (no heartbeat)') for t in range(501, 1200, 3)]
    ev += [(503, 'E', 'feature_mgr', 'ACC and LKA unavailable: front sensing lost')]
    b.log('adas.log', 'ros', ['adas'], 700, ev)
    b.can('can0.log', ['chassis', 'gw'], n_limit=1500)


# ---------------------------------------------------------------- main
def main():
    rng = random.Random(SEED)
    random.seed(SEED)
    for d in os.listdir(OUT):
        p = os.path.join(OUT, d)
        if os.path.isdir(p) and d.startswith('k'):
            shutil.rmtree(p)
    order = list(range(len(SPECS)))
    rng.shuffle(order)
    labels = []
    base = 1764576000  # 2025-12-01T08:00Z
    for i, si in enumerate(order):
        s = SPECS[si]
        bid = f"k{i + 1:03d}"
        r = random.Random(SEED * 100 + si)
        t0 = base + si * 86400 * 3 + r.randint(0, 40000) + r.random()
        b = Batch(r, t0, 1200, f"veh{r.randint(1000, 9999)}-ccu")
        s['fn'](b, r)
        os.makedirs(os.path.join(OUT, bid), exist_ok=True)
        assert 2 <= len(b.files) <= 6, (bid, s['fn'].__name__)
        for n, txt in b.files.items():
            with open(os.path.join(OUT, bid, n), 'w') as f:
                f.write(txt)
        if s['root_cause_file']:
            assert s['root_cause_file'] in b.files, (s['fn'].__name__, s['root_cause_file'])
        labels.append({'batch': bid, 'category': s['category'], 'subsystem': s['subsystem'], 'risk_level': s['risk_level'],
                       'risk_accept': s['risk_accept'], 'vehicle_state': s['vehicle_state'], 'root_cause_file': s['root_cause_file'],
                       'description': s['description']})
    with open(os.path.join(OUT, 'labels.json'), 'w') as f:
        json.dump(labels, f, indent=1)
        f.write('\n')


if __name__ == '__main__':
    main()
