#!/usr/bin/env python3
"""Generator for the tuning7 diagnosis set (non-passenger-car fleets).
Deterministic: every batch uses random.Random(seed derived from its number).
Run: python3 _make.py   (writes sNNN/ folders and labels.json next to this file)
"""
import os, json, math, random, datetime

SET = os.path.dirname(os.path.abspath(__file__))
BASE_T = 1795900000.0  # late Nov 2026

# ---------------------------------------------------------------- helpers
class F:
    def __init__(self, name, header=None):
        self.name = name; self.ev = []; self.header = list(header or []); self.footer = []
    def add(self, t, line):
        self.ev.append((round(t, 6), len(self.ev), line))
    def lines(self):
        return self.header + [l for _, _, l in sorted(self.ev)] + self.footer

def dt(t):
    return datetime.datetime.fromtimestamp(t, datetime.timezone.utc)
def iso(t):
    return dt(t).strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % int((t % 1) * 1000)
def iso_us(t):
    return dt(t).strftime('%Y-%m-%dT%H:%M:%S.') + '%06d+00:00' % int(round((t % 1) * 1e6) % 1000000)
def sysl(t):
    return dt(t).strftime('%b %d %H:%M:%S')
def csvts(t):
    return dt(t).strftime('%Y-%m-%d %H:%M:%S')
def hx(bs):
    return ''.join('%02X' % b for b in bs)
def hxs(bs):
    return ' '.join('%02X' % b for b in bs)

def ros(level, t, node, msg):
    return '[%s] [%.9f] [%s]: %s' % (level, t, node, msg)
def jour(t, host, proc, msg, pid=None):
    return '%s %s %s%s: %s' % (sysl(t), host, proc, '[%d]' % pid if pid else '', msg)
def dmesg(rel, msg):
    return '[%5d.%06d] %s' % (int(rel), int((rel % 1) * 1e6), msg)
def slog(t, proc, pid, buf, sev, msg):
    d = dt(t)
    return '%s.%03d %-22s %-16s %d  %s' % (d.strftime('%b %d %H:%M:%S'), int((t % 1) * 1000),
                                             '%s.%d' % (proc, pid), buf, sev, msg)

# J1939
def jid(prio, pgn, sa, da=None):
    if (pgn >> 8) & 0xFF < 0xF0 and da is not None:
        pgn = (pgn & 0x3FF00) | da
    return (prio << 26) | (pgn << 8) | sa
def cd(t, iface, cid, data):
    return '(%.6f) %s %08X#%s' % (t, iface, cid, hx(data))
def cd11(t, iface, cid, data):
    return '(%.6f) %s %03X#%s' % (t, iface, cid, hx(data))
def cdta(t, iface, cid, data, ext=False):
    return ' (%.6f)  %s  %s   [%d]  %s' % (t, iface, ('%08X' % cid) if ext else ('%03X' % cid), len(data), hxs(data))

def dtc4(spn, fmi, oc, cm=0):
    return [spn & 0xFF, (spn >> 8) & 0xFF, (((spn >> 16) & 7) << 5) | fmi, (cm << 7) | (oc & 0x7F)]
def lamp_bytes(mil=0, rsl=0, awl=0, pl=0):
    return [(mil << 6) | (rsl << 4) | (awl << 2) | pl, 0xFF]
def dm_frames(t, iface, sa, lamps, dtcs, pgn=0xFECA):
    """DM1/DM2 frames: single frame or TP.BAM."""
    payload = list(lamps)
    if not dtcs:
        payload += [0, 0, 0, 0]
    for d in dtcs:
        payload += dtc4(*d)
    out = []
    if len(payload) <= 8:
        payload += [0xFF] * (8 - len(payload))
        out.append(cd(t, iface, jid(6, pgn, sa), payload))
        return out
    n = len(payload); pk = (n + 6) // 7
    out.append(cd(t, iface, jid(7, 0xEC00, sa, 0xFF), [0x20, n & 0xFF, n >> 8, pk, 0xFF, pgn & 0xFF, (pgn >> 8) & 0xFF, pgn >> 16]))
    for i in range(pk):
        chunk = payload[i * 7:(i + 1) * 7]
        chunk += [0xFF] * (7 - len(chunk))
        out.append(cd(t + 0.05 * (i + 1), iface, jid(7, 0xEB00, sa, 0xFF), [i + 1] + chunk))
    return out

# SAE J2012 DTC <-> 3 byte
def dtc3(code, ftb=0):
    sys_ = 'PCBU'.index(code[0])
    d = int(code[1], 16)
    rest = int(code[2:], 16)
    hi = (sys_ << 6) | (d << 4) | (rest >> 8)
    return [hi, rest & 0xFF, ftb]
def isotp(payload):
    if len(payload) <= 7:
        return [[len(payload)] + payload + [0xAA] * (7 - len(payload))]
    fr = [[0x10 | (len(payload) >> 8), len(payload) & 0xFF] + payload[:6]]
    rest = payload[6:]; sn = 1
    while rest:
        c = rest[:7]; rest = rest[7:]
        fr.append([0x20 | (sn & 0xF)] + c + [0xAA] * (7 - len(c))); sn += 1
    return fr

def clamp(x, a, b):
    return a if x < a else b if x > b else x

def speed_profile(rng, dur, vmax, stop_every=300, stop_len=(15, 60), accel=1.0):
    v = 0.0; out = []; target = vmax * 0.7; stop_until = -1; nxt = rng.randint(stop_every // 2, stop_every * 2)
    for i in range(dur):
        if i < 20:
            target_i = 0
        elif i < stop_until:
            target_i = 0
        else:
            if i == nxt:
                stop_until = i + rng.randint(*stop_len); nxt = i + rng.randint(stop_every // 2, stop_every * 2)
            if rng.random() < 0.01:
                target = rng.choice([vmax * 0.45, vmax * 0.7, vmax * 0.85, vmax])
            target_i = target
        dv = (target_i - v) * 0.06 + rng.gauss(0, 0.25)
        v = max(0.0, v + clamp(dv, -2.5 * accel, 1.3 * accel))
        if target_i == 0 and v < 0.8:
            v = 0.0
        out.append(v)
    return out

def warm(t, start, end, tau):
    return end - (end - start) * math.exp(-t / tau)

def pick(rng, seq):
    return seq[rng.randrange(len(seq))]

# ---------------------------------------------------------------- routine noise
def journal_routine(f, rng, t0, dur, host, extra=(), boot=True, modem=True):
    if boot:
        seq = ['systemd[1]: Reached target Local File Systems.', 'systemd[1]: Starting Network Time Synchronization...',
               'systemd[1]: Started D-Bus System Message Bus.', 'systemd[1]: Starting ModemManager...',
               'systemd-timesyncd[211]: Network configuration changed, trying to establish connection.',
               'systemd[1]: Started Journal Service.', 'systemd[1]: Reached target Multi-User System.']
        for i, s in enumerate(seq):
            f.add(t0 + 0.2 * i, '%s %s %s' % (sysl(t0 + 0.2 * i), host, s))
    pool = [
        ('systemd[1]', 'Starting Cleanup of Temporary Directories...'),
        ('systemd[1]', 'systemd-tmpfiles-clean.service: Deactivated successfully.'),
        ('chronyd[402]', 'Selected source 10.64.0.1 (gnss-pps)'),
        ('chronyd[402]', 'System clock wrong by 0.%03d seconds' % rng.randint(1, 90)),
        ('rsyslogd[388]', 'imjournal: journal files changed, reloading...'),
        ('dbus-daemon[301]', '[system] Successfully activated service \'org.freedesktop.hostname1\''),
        ('systemd-logind[333]', 'Watching system buttons on /dev/input/event0 (gpio-keys)'),
        ('logrotate[%d]' % rng.randint(1000, 9000), 'rotating pattern: /var/log/fleet/*.log  weekly (4 rotations)'),
        ('kernel', 'usb 1-1.2: reset high-speed USB device number 3 using ci_hdrc'),
    ]
    if modem:
        pool += [
            ('ModemManager[412]', '<info>  [modem0] signal quality updated: %d%%' % rng.randint(40, 95)),
            ('ModemManager[412]', '<info>  [modem0] access technology changed: lte -> lte'),
            ('NetworkManager[398]', '<info>  [%d.%04d] device (wwan0): state change: activated -> activated' % (int(t0) % 100000, rng.randint(0, 9999))),
            ('fleetlink[655]', 'upload batch ok (%d records, %d bytes)' % (rng.randint(50, 400), rng.randint(4000, 60000))),
            ('fleetlink[655]', 'mqtt keepalive ok rtt=%dms' % rng.randint(40, 900)),
        ]
    pool += list(extra)
    t = t0 + 3
    mean = min(6.0, dur / 360.0)
    while t < t0 + dur:
        t += rng.expovariate(1 / mean)
        p, m = pick(rng, pool)
        if callable(m):
            m = m(rng)
        f.add(t, '%s %s %s: %s' % (sysl(t), host, p, m))

def mk_label(batch, category, subsystem, risk, accept, state, rc, desc):
    return {"batch": batch, "category": category, "subsystem": subsystem, "risk_level": risk,
            "risk_accept": accept, "vehicle_state": state, "root_cause_file": rc, "description": desc}

BATCHES = []
def batch(fn):
    BATCHES.append(fn); return fn

# ---------------------------------------------------------------- J1939 truck engine
def truck_state(rng, dur, vmax=85, cool0=20, cool_end=86, stop_every=400, idle=620):
    v = speed_profile(rng, dur, vmax, stop_every=stop_every)
    S = []
    gear = 1
    for i in range(dur):
        sp = v[i]
        if sp < 1: gear = 0
        else: gear = clamp(int(sp / 8) + 1, 1, 12)
        rpm = idle + rng.gauss(0, 6) if sp < 1 else clamp(1050 + (sp % 9) * 55 + rng.gauss(0, 15), 900, 1850)
        S.append(dict(v=sp, rpm=rpm, gear=gear, cool=warm(i, cool0, cool_end, 420) + rng.gauss(0, 0.3),
                      oilp=clamp(180 + rpm * 0.19 + rng.gauss(0, 4), 100, 600), fuel=2.1 if sp < 1 else 8 + sp * 0.35 + rng.gauss(0, 1.5),
                      batt=27.9 + rng.gauss(0, 0.08) if i > 8 else 24.6, defl=62 - i * 0.0006, deft=warm(i, cool0, 28, 900),
                      noxi=clamp(300 + sp * 5 + rng.gauss(0, 40), 50, 1500), noxo_frac=0.04 + abs(rng.gauss(0, 0.01)),
                      torque=10 if sp < 1 else clamp(35 + rng.gauss(0, 15), 5, 95), amb=cool0 + 2, fan=0))
    return S

def j1939_capture(f, rng, t0, S, iface='can0', dm1=None, decode_every=30, decode_dm1=True, extra_sa=(0x03, 0x0B, 0x3D),
                  skip=None, extra_frames=None, ebc1=None):
    """dm1(i) -> {sa: (lamps, dtcs)}; skip(i, sa) -> True to suppress frames of that source."""
    for i, s in enumerate(S):
        t = t0 + i + rng.random() * 0.01
        def ok(sa):
            return not (skip and skip(i, sa))
        if ok(0x00):
            rpm = int(s['rpm'] * 8)
            f.add(t, cd(t, iface, 0x0CF00400, [0xF0, 0x7D, int(s['torque']) + 125, rpm & 0xFF, rpm >> 8, 0xFF, 0xF0, 0x7D]))
            spd = int(s['v'] * 256)
            f.add(t + 0.011, cd(t + 0.011, iface, 0x18FEF100, [0xF7, spd & 0xFF, spd >> 8, 0x1F, 0xFF, 0xFF, 0x00, 0xFF]))
            if i % 2 == 0:
                f.add(t + 0.021, cd(t + 0.021, iface, 0x18FEEE00, [int(s['cool']) + 40, int(s['cool'] * 0.5) + 40, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]))
                f.add(t + 0.031, cd(t + 0.031, iface, 0x18FEEF00, [0xFF, 0xFF, 0xFF, int(s['oilp'] / 4), 0xFF, 0xFF, 0xFF, 0xFF]))
                b = int(s['batt'] / 0.05)
                f.add(t + 0.041, cd(t + 0.041, iface, 0x18FEF700, [0xFF, 0xFF, 0xFF, 0xFF, b & 0xFF, b >> 8, b & 0xFF, b >> 8]))
                fr = int(s['fuel'] / 0.05)
                f.add(t + 0.051, cd(t + 0.051, iface, 0x18FEF200, [fr & 0xFF, fr >> 8, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]))
            if i % 5 == 0:
                ni = int((s['noxi'] + 200) / 0.05); no = int((s['noxi'] * s['noxo_frac'] + 200) / 0.05)
                if s['noxi'] < -150:
                    ni = no = 0xFFFF
                f.add(t + 0.061, cd(t + 0.061, iface, 0x18F00E51, [ni & 0xFF, ni >> 8, 0xFF, 0xFF, 0x55, 0x1F, 0xFF, 0xFF]))
                f.add(t + 0.071, cd(t + 0.071, iface, 0x18F00F52, [no & 0xFF, no >> 8, 0xFF, 0xFF, 0x55, 0x1F, 0xFF, 0xFF]))
                f.add(t + 0.081, cd(t + 0.081, iface, 0x18FE563D, [int(s['defl'] / 0.4), int(s['deft']) + 40, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]))
        if 0x03 in extra_sa and ok(0x03) and i % 2 == 0:
            g = s['gear'] + 125
            f.add(t + 0.091, cd(t + 0.091, iface, 0x18F00503, [g, 0xFF, 0xFF, g, 0xFF, 0xFF, 0xFF, 0xFF]))
        if 0x0B in extra_sa and ok(0x0B) and i % 2 == 1:
            f.add(t + 0.101, cd(t + 0.101, iface, 0x18F0010B, ebc1(i) if ebc1 else [0xC0, 0xFF, 0xF0, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]))
        if extra_frames:
            for (tt, line) in extra_frames(i, t):
                f.add(tt, line)
        # DM1 once a second from each active source
        if i % 2:
            continue
        d = dm1(i) if dm1 else {}
        for sa in (0x00,) + tuple(extra_sa):
            if not ok(sa):
                continue
            lamps, dtcs = d.get(sa, (lamp_bytes(), []))
            tt = t + 0.3 + sa * 0.001
            for ln in dm_frames(tt, iface, sa, lamps, dtcs):
                f.add(tt, ln)
            if decode_dm1 and dtcs and i % 10 == 0:
                f.add(tt + 0.0001, '#   PGN 65226 DM1 SA=0x%02X  %s' % (sa, '  '.join('SPN %d FMI %d OC %d' % (x[0], x[1], x[2]) for x in dtcs)))
        if decode_every and i % decode_every == 0 and ok(0x00):
            f.add(t + 0.0211, '#   PGN 65262 ET1  SA=0x00  SPN110 EngCoolantTemp=%d degC' % int(s['cool']))
            f.add(t + 0.0111, '#   PGN 65265 CCVS SA=0x00  SPN84 WheelBasedVehicleSpeed=%.1f km/h' % (int(s['v'] * 256) / 256))
            f.add(t + 0.0411, '#   PGN 65271 VEP1 SA=0x00  SPN168 BatteryPotential=%.2f V' % (int(s['batt'] / 0.05) * 0.05))

def telematics_csv(f, rng, t0, S, period, cols, lat0=52.1, lon0=5.1, vin='XLRTEH4300G000000'):
    f.header.append(','.join(['timestamp_utc', 'vin', 'lat', 'lon'] + [c for c, _ in cols]))
    lat, lon = lat0, lon0
    for i in range(0, len(S), period):
        s = S[i]
        lat += s['v'] / 3600 * period / 111 * 0.6; lon += s['v'] / 3600 * period / 70 * 0.8
        vals = []
        for c, fn in cols:
            x = fn(i, s)
            vals.append('' if x is None else (('%.2f' % x) if isinstance(x, float) else str(x)))
        f.add(t0 + i, ','.join([csvts(t0 + i), vin, '%.5f' % lat, '%.5f' % lon] + vals))

# ---------------------------------------------------------------- ROS 2 automated-driving stack
def av_state(rng, dur, vmax=40, stop_every=180):
    v = speed_profile(rng, dur, vmax, stop_every=stop_every, stop_len=(10, 40), accel=0.7)
    S = []
    for i in range(dur):
        S.append(dict(v=v[i], lidar_top=clamp(int(rng.gauss(182000, 1500)), 170000, 190000), lidar_front=clamp(int(rng.gauss(57000, 900)), 50000, 62000),
                      lidar_hz=10.0, cam_fps=30.0, cam_lat=clamp(rng.gauss(38, 4), 25, 60), radar_obj=rng.randint(4, 30),
                      ndt=clamp(rng.gauss(3.2, 0.2), 2.5, 4.2), ndt_ms=clamp(rng.gauss(21, 3), 12, 40), cov=abs(rng.gauss(0.03, 0.008)),
                      gnss='RTK_FIXED', sats=rng.randint(17, 26), hdop=clamp(rng.gauss(0.7, 0.08), 0.5, 1.2), plan_ms=clamp(rng.gauss(34, 5), 18, 70),
                      objs=rng.randint(3, 40), cpu=clamp(rng.gauss(55, 6), 30, 85), gpu=clamp(rng.gauss(61, 5), 40, 80),
                      mem=clamp(rng.gauss(21.5, 0.3), 20, 23), coolant=clamp(rng.gauss(34, 0.5), 30, 38), flow=clamp(rng.gauss(6.1, 0.1), 5.6, 6.5),
                      soc_t=clamp(rng.gauss(58, 2), 50, 66), lv=clamp(rng.gauss(13.8, 0.05), 13.5, 14.1)))
    return S

def ros_stack(f, rng, t0, S, period=5, tunnel=None, quiet=None):
    """Routine console lines of an AD stack. quiet(i, node) -> True suppresses that node's routine line."""
    def q(i, n):
        return quiet and quiet(i, n)
    for i, s in enumerate(S):
        if i % period:
            continue
        t = t0 + i + rng.random() * 0.5
        if not q(i, 'lidar_top'):
            f.add(t, ros('INFO', t, 'sensing.lidar_top.driver', 'scan rate %.1f Hz, %d pts/scan, %d packets dropped' % (s['lidar_hz'], s['lidar_top'], 0 if rng.random() > 0.02 else rng.randint(1, 3))))
        if not q(i, 'lidar_front'):
            f.add(t + 0.01, ros('INFO', t + 0.01, 'sensing.lidar_front.driver', 'scan rate %.1f Hz, %d pts/scan' % (s['lidar_hz'], s['lidar_front'])))
        if not q(i, 'camera'):
            f.add(t + 0.02, ros('INFO', t + 0.02, 'sensing.camera.front_wide', 'fps=%.1f latency=%.1fms exposure=%dus' % (s['cam_fps'], s['cam_lat'], rng.randint(800, 9000))))
        if not q(i, 'radar'):
            f.add(t + 0.03, ros('INFO', t + 0.03, 'sensing.radar.front_center', 'tracks=%d status=OK' % s['radar_obj']))
        if i % (period * 2) == 0 and not q(i, 'gnss'):
            f.add(t + 0.04, ros('INFO', t + 0.04, 'sensing.gnss.ublox', 'fix=%s sats=%d hdop=%.2f' % (s['gnss'], s['sats'], s['hdop'])))
        if not q(i, 'ndt'):
            f.add(t + 0.05, ros('INFO', t + 0.05, 'localization.ndt_scan_matcher', 'score=%.2f iter=%d exe=%.1fms' % (s['ndt'], rng.randint(3, 8), s['ndt_ms'])))
        if not q(i, 'ekf'):
            f.add(t + 0.06, ros('INFO', t + 0.06, 'localization.ekf_localizer', 'pose cov xx=%.4f yy=%.4f yaw=%.5f' % (s['cov'], s['cov'] * 1.1, s['cov'] / 40)))
        if not q(i, 'fusion'):
            f.add(t + 0.07, ros('INFO', t + 0.07, 'perception.object_fusion', 'objects=%d (car=%d ped=%d cyc=%d) cycle=%.1fms' % (s['objs'], s['objs'] // 2, s['objs'] // 4, s['objs'] // 8, rng.gauss(18, 2))))
        if not q(i, 'planning'):
            f.add(t + 0.08, ros('INFO', t + 0.08, 'planning.behavior_path_planner', 'plan ok in %.1fms, v_target=%.1f km/h, scenario=%s' % (s['plan_ms'], s['v'], pick(rng, ['LANE_FOLLOW', 'LANE_FOLLOW', 'LANE_FOLLOW', 'INTERSECTION', 'CROSSWALK_YIELD']))))
        if not q(i, 'control'):
            f.add(t + 0.09, ros('INFO', t + 0.09, 'control.trajectory_follower', 'lat_err=%.3fm head_err=%.4frad v=%.2fm/s' % (rng.gauss(0, 0.05), rng.gauss(0, 0.004), s['v'] / 3.6)))
        if i % (period * 6) == 0 and not q(i, 'diag'):
            f.add(t + 0.1, ros('INFO', t + 0.1, 'system.diagnostic_aggregator', 'level=OK  (sensing OK, localization OK, perception OK, planning OK, vehicle OK)'))
        # benign noise
        r = rng.random()
        if r < 0.03:
            f.add(t + 0.2, ros('WARN', t + 0.2, 'perception.traffic_light_classifier', 'roi out of image bounds, skipping signal id %d' % rng.randint(1000, 9999)))
        elif r < 0.05:
            f.add(t + 0.2, ros('WARN', t + 0.2, 'planning.behavior_path_planner', 'lane change candidate rejected: gap too small (%.1fm)' % rng.uniform(3, 9)))
        elif r < 0.06:
            f.add(t + 0.2, ros('WARN', t + 0.2, 'tf2_buffer', 'Lookup would require extrapolation 0.0%02ds into the future, retrying' % rng.randint(1, 9)))
        elif r < 0.07:
            f.add(t + 0.2, ros('WARN', t + 0.2, 'sensing.radar.front_center', 'ghost track %d dropped after 2 cycles (guard rail multipath)' % rng.randint(100, 999)))
        if tunnel and tunnel[0] <= i < tunnel[1] and i % (period * 2) == 0:
            f.add(t + 0.3, ros('WARN', t + 0.3, 'sensing.gnss.ublox', 'no fix (sats=%d), map area tagged TUNNEL, dead reckoning via ekf' % rng.randint(0, 3)))

def compute_csv(f, rng, t0, S, period=2, extra=()):
    cols = ['ts', 'speed_kmh', 'cpu_load_pct', 'gpu_load_pct', 'soc_temp_c', 'mem_used_gb', 'loop_coolant_c', 'loop_flow_lpm', 'lv_bus_v'] + [c for c, _ in extra]
    f.header.append(','.join(cols))
    for i in range(0, len(S), period):
        s = S[i]
        row = ['%.3f' % (t0 + i), '%.1f' % s['v'], '%.1f' % s['cpu'], '%.1f' % s['gpu'], '%.1f' % s['soc_t'], '%.2f' % s['mem'], '%.1f' % s['coolant'], '%.2f' % s['flow'], '%.2f' % s['lv']]
        row += [fn(i, s) for _, fn in extra]
        f.add(t0 + i, ','.join(row))

# ---------------------------------------------------------------- CANopen
def canopen_capture(f, rng, t0, dur, nodes, iface='can1', pdo=None, down=None, period=1.0):
    """nodes: list of node ids; pdo(i_half, node) -> 8 bytes or None; down(t_rel, node) -> True silences node."""
    n = int(dur / period)
    for k in range(n):
        t = t0 + k * period + rng.random() * 0.004
        f.add(t, cdta(t, iface, 0x080, []))
        for j, nd in enumerate(nodes):
            tr = k * period
            if down and down(tr, nd):
                continue
            if pdo:
                d = pdo(k, nd)
                if d is not None:
                    f.add(t + 0.002 * (j + 1), cdta(t + 0.002 * (j + 1), iface, 0x180 + nd, d))
            if k % max(1, int(2 / period)) == 0:
                f.add(t + 0.05 + 0.002 * j, cdta(t + 0.05 + 0.002 * j, iface, 0x700 + nd, [0x05]))

def emcy(t, iface, node, code, reg, mfr=(0, 0, 0, 0, 0)):
    return cdta(t, iface, 0x080 + node, [code & 0xFF, code >> 8, reg] + list(mfr))

def boot_dmesg(f, rng, t0, soc='imx8qm', board='fleetbox', extra=()):
    lines = ['Booting Linux on physical CPU 0x0000000000 [0x410fd034]',
             'Linux version 5.15.71-yocto-standard (oe-user@oe-host) (aarch64-poky-linux-gcc (GCC) 11.3.0) #1 SMP PREEMPT',
             'Machine model: %s %s' % (board, soc), 'earlycon: lpuart32 at MMIO32 0x5a060000',
             'Memory: 3891220K/4194304K available', 'psci: PSCIv1.1 detected in firmware.',
             'CPU features: detected: 32-bit EL0 Support', 'smp: Brought up 1 node, 4 CPUs',
             'clocksource: Switched to clocksource arch_sys_counter', 'NET: Registered PF_CAN protocol family',
             'can: controller area network core', 'can: raw protocol', 'can: broadcast manager protocol',
             'flexcan 5a8d0000.can: registering netdev can0', 'flexcan 5a8e0000.can: registering netdev can1',
             'mmc0: new HS400 MMC card at address 0001', 'mmcblk0: mmc0:0001 S0J58X 14.6 GiB',
             ' mmcblk0: p1 p2 p3 p4', 'EXT4-fs (mmcblk0p2): mounted filesystem with ordered data mode. Opts: (null)',
             'VFS: Mounted root (ext4 filesystem) readonly on device 179:2.',
             'random: crng init done', 'imx-sdma 5a800000.dma-controller: firmware found.',
             'usb 1-1: new high-speed USB device number 2 using ci_hdrc',
             'usb 1-1.2: New USB device found, idVendor=2c7c, idProduct=0125, bcdDevice= 3.18',
             'option 1-1.2:1.0: GSM modem (1-port) converter detected', 'qmi_wwan 1-1.2:1.4 wwan0: register \'qmi_wwan\'',
             'EXT4-fs (mmcblk0p4): mounted filesystem with ordered data mode. Opts: data=ordered',
             'IPv6: ADDRCONF(NETDEV_CHANGE): eth0: link becomes ready', 'can0: bit-timing not yet defined',
             'IPv6: ADDRCONF(NETDEV_CHANGE): can0: link becomes ready', 'IPv6: ADDRCONF(NETDEV_CHANGE): can1: link becomes ready'] + list(extra)
    rel = 0.0
    for ln in lines:
        rel += rng.uniform(0.001, 0.12)
        f.add(t0 + rel, dmesg(rel, ln))
    return rel

def dmesg_routine(f, rng, t0, dur, boot_rel, pool=None, rate=20.0):
    pool = pool or ['usb 1-1.2: USB disconnect, device number 3', 'cdc_acm 1-1.3:1.0: failed to set dtr/rts',
                    'can: request_module (can-proto-2) failed.',
                    'systemd-journald[176]: Data hash table of /var/log/journal/system.journal has a fill level at 75.0, suggesting rotation.',
                    'wlan0: authenticate with 00:00:00:00:00:00 (try 1/3) -- station mode disabled by policy',
                    'audit: type=1400 audit(0.0:12): avc:  denied  { read } for  pid=812 comm="fleetlink" name="cpuinfo_max_freq"',
                    'thermal thermal_zone0: cpu-thermal: trip point 0 temp 45000 reached (passive cooling off)',
                    'perf: interrupt took too long (2504 > 2500), lowering kernel.perf_event_max_sample_rate to 79750']
    t = t0 + boot_rel + 2
    while t < t0 + dur:
        t += rng.expovariate(1 / rate)
        f.add(t, dmesg(t - t0, pick(rng, pool)))

# ================================================================ batches
TRUCK_COLS = [('speed_kmh', lambda i, s: round(s['v'], 1)), ('engine_rpm', lambda i, s: int(s['rpm'])),
              ('coolant_c', lambda i, s: int(s['cool'])), ('oil_kpa', lambda i, s: int(s['oilp'])),
              ('fuel_lph', lambda i, s: round(s['fuel'], 1)), ('sys_v', lambda i, s: round(s['batt'], 2)),
              ('def_pct', lambda i, s: round(s['defl'], 1)), ('gear', lambda i, s: s['gear'])]

@batch
def b_truck_healthy(bn, rng, t0):
    dur = 520
    S = truck_state(rng, dur, cool0=14)
    for i in range(120):
        S[i]['noxi'] = -200; S[i]['noxo_frac'] = 0  # sensors heating: 0xFFFF-ish raw
    can = F('can0.candump', ['# fleetbox j1939 logger v3.4  iface=can0 250k  decimation=1/PGN/s  decode=on'])
    j1939_capture(can, rng, t0, S)
    tel = F('telematics_export.csv'); telematics_csv(tel, rng, t0, S, 1, TRUCK_COLS)
    jr = F('tcu_journal.txt')
    journal_routine(jr, rng, t0, dur, 'tcu-4471', extra=[('fleetlink[655]', 'tachograph download scheduled in 12 d')])
    t = t0 + 233
    jr.add(t, jour(t, 'tcu-4471', 'ModemManager', '<warn>  [modem0] connection attempt timed out, retrying (1/5)', 412))
    jr.add(t + 9, jour(t + 9, 'tcu-4471', 'ModemManager', '<info>  [modem0] simple connect state (8/8): all done', 412))
    jr.add(t + 10, jour(t + 10, 'tcu-4471', 'fleetlink', 'backlog flushed: 14 records re-sent after reconnect', 655))
    return [can, tel, jr], ('none', 'none', 'low', [], 'driving', None,
        'Long-haul tractor unit on the motorway: all DM1 messages report no active DTC, NOx sensors simply warm up after key-on and one cellular timeout reconnects on retry.')

@batch
def b_truck_scr(bn, rng, t0):
    dur = 560
    S = truck_state(rng, dur, cool0=40)
    onset = 140
    for i in range(onset, dur):
        S[i]['noxo_frac'] = clamp(0.04 + (i - onset) * 0.0022, 0.04, 0.58) + abs(rng.gauss(0, 0.02))
    der = 430
    for i in range(der, dur):
        S[i]['torque'] = min(S[i]['torque'], 60); S[i]['v'] = min(S[i]['v'], 72)
    def dm1(i):
        d = {}
        if i >= 300:
            d[0x3D] = (lamp_bytes(awl=1), [(4364, 18, 1 + (i - 300) // 90)])
        if i >= der:
            d[0x00] = (lamp_bytes(mil=1, awl=1), [(4364, 18, 1), (5246, 0, 1)])
        return d
    can = F('j1939_can0.log', ['# fleetbox j1939 logger v3.4  iface=can0 250k  decimation=1/PGN/s  decode=on (DM decode off: license)'])
    j1939_capture(can, rng, t0, S, dm1=dm1, decode_dm1=False)
    tel = F('telematics_export.csv'); telematics_csv(tel, rng, t0, S, 1, TRUCK_COLS + [('torque_pct', lambda i, s: int(s['torque']))])
    jr = F('tcu_journal.txt')
    journal_routine(jr, rng, t0, dur, 'tcu-2090')
    t = t0 + der + 2
    jr.add(t, jour(t, 'tcu-2090', 'fleetlink', 'event MIL_ON from SA 0x00 forwarded to backoffice (prio 2)', 655))
    return [can, tel, jr], ('powertrain', 'emissions', 'high', ['medium'], 'driving', 'j1939_can0.log',
        'Tailpipe NOx climbs toward the engine-out level (SCR no longer reducing); aftertreatment DM1 carries SPN 4364 FMI 18 in raw bytes only, then the engine adds the inducement SPN 5246 and caps torque/speed: a derate while driving.')

@batch
def b_robotaxi_tunnel_healthy(bn, rng, t0):
    dur = 900
    S = av_state(rng, dur)
    tun = (400, 470)
    for i in range(*tun):
        S[i]['gnss'] = 'NO_FIX'; S[i]['sats'] = rng.randint(0, 3); S[i]['cov'] *= 1.8
    ros_f = F('launch_console.log')
    t = t0
    for k, (n, m) in enumerate([('launch', 'process started with pid [2231]'), ('sensing.lidar_top.driver', 'waiting for first packet on udp:2368'),
                                ('sensing.camera.front_wide', 'ISP tuning loaded, auto-exposure converging'), ('localization.ndt_scan_matcher', 'map loaded: 412 tiles, 1.9 GB'),
                                ('sensing.lidar_top.driver', 'first packet received, motor spin-up 600 rpm'), ('localization.ekf_localizer', 'initial pose set from gnss+ndt, score 3.4')]):
        ros_f.add(t + k * 1.3, ros('INFO', t + k * 1.3, n, m))
    ros_f.add(t + 4, ros('WARN', t + 4, 'sensing.camera.front_wide', 'frame drop 3 during AE convergence (expected at start)'))
    ros_f.add(t + 6, ros('WARN', t + 6, 'system.diagnostic_aggregator', 'level=WARN sensing: lidar_top not ready (spin-up)'))
    ros_stack(ros_f, rng, t0 + 10, S[10:], tunnel=(tun[0] - 10, tun[1] - 10))
    cmp = F('compute_metrics.csv'); compute_csv(cmp, rng, t0, S)
    jr = F('journal_adcu.txt')
    journal_routine(jr, rng, t0, dur, 'adcu-a', modem=False, extra=[('ptp4l[512]', 'rms 12 max 31 freq +1221 +/- 9 delay 402 +/- 2'),
                                                                     ('ros2-launch[2231]', 'bag recorder: split file rosbag2_%d.mcap' % rng.randint(1, 40))])
    t = t0 + 420
    jr.add(t, jour(t, 'adcu-a', 'gpsd', 'gpsd:WARN: ublox: PVT fix lost, 0 SV used', 601))
    jr.add(t + 55, jour(t + 55, 'adcu-a', 'gpsd', 'gpsd:INFO: ublox: 3D fix regained, RTK float -> fixed in 6 s', 601))
    return [ros_f, cmp, jr], ('none', 'none', 'low', [], 'driving', None,
        'Robotaxi urban run through a mapped tunnel: GNSS fix drops inside the tunnel and comes back, localization keeps scoring well on lidar/ekf, and start-up warnings clear on their own.')

@batch
def b_ebus_isolation_charging(bn, rng, t0):
    dur = 1500
    host = 'tcu-bus117'
    bms = F('bms_log.csv', ['time_s,pack_v,pack_i,soc_pct,cell_v_min,cell_v_max,t_min_c,t_max_c,iso_pos_kohm,iso_neg_kohm,contactor_state'])
    soc = 21.0
    for i in range(0, dur, 3):
        i_ = -380.0 if 30 < i < 1240 else 0.0
        soc = min(100, soc + (-i_) * 3 / 3600 / 5.2)
        v = 640 + soc * 1.15 + (8 if i_ else 0)
        iso_p = 3200 + rng.gauss(0, 60)
        iso_n = 3150 + rng.gauss(0, 60)
        if i > 520:
            iso_n = max(140, 3150 * math.exp(-(i - 520) / 260.0)) + rng.gauss(0, 15)
        st = 'CLOSED' if 20 < i < 1240 else 'OPEN'
        bms.add(t0 + i, '%d,%.1f,%.1f,%.1f,%.3f,%.3f,%.1f,%.1f,%d,%d,%s' % (i, v, i_, soc, 3.6 + soc * 0.005, 3.61 + soc * 0.005 + 0.01, 22 + i * 0.004, 24 + i * 0.005, iso_p, iso_n, st))
    ch = F('charger_session.log')
    t = t0 + 2
    for k, m in enumerate(['SLAC: parm_req sent', 'SLAC: match confirmed, NID 5A3C91F2E07B44', 'SDP: EVCC discovered at fe80::2c1:eff:fe3a:19%eth1',
                           'ISO15118-2 SessionSetup ok, EVCCID 00:1B:C5:0A:77:E1', 'ChargeParameterDiscovery: EVMaxV=820V EVMaxI=400A',
                           'CableCheck: running insulation test at 500V', 'CableCheck: insulation ok', 'PreCharge: target 751V reached', 'PowerDelivery: START']):
        ch.add(t + k * 2.5, '%s INFO  ccs-stack  %s' % (iso(t + k * 2.5), m))
    ch.add(t + 4, '%s WARN  ccs-stack  SLAC: parm_cnf timeout, retry 1/3' % iso(t + 4))
    for i in range(40, 1240, 4):
        tt = t0 + i
        ch.add(tt, '%s INFO  ccs-stack  CurrentDemand: EVTargetI=%dA EVSEPresentV=%.1fV EVSEPresentI=%.1fA status=EVSE_Ready' % (iso(tt), 380, 700 + i * 0.05, 379.0 + rng.gauss(0, 1)))
    tt = t0 + 1240
    for k, m in enumerate(['WARN  ccs-stack  CurrentDemand: EVReady=false EVErrorCode=FAILED_ChargingSystemIncompatibility',
                           'INFO  ccs-stack  PowerDelivery: STOP requested by EV', 'INFO  ccs-stack  WeldingDetection ok', 'INFO  ccs-stack  SessionStop: Terminate']):
        ch.add(tt + k * 1.5, '%s %s' % (iso(tt + k * 1.5), m))
    jr = F('tcu_journal.txt')
    journal_routine(jr, rng, t0, dur, host, extra=[('depotmgr[702]', 'slot 14 scheduled departure 05:42, target SOC 95%')])
    tt = t0 + 1236
    jr.add(tt, jour(tt, host, 'vcu-bridge', 'VCU: charge enable withdrawn by BMS (reason code 0x1E)', 733))
    jr.add(tt + 20, jour(tt + 20, host, 'depotmgr', 'slot 14: session ended early at SOC %d%%, departure readiness NOT met' % int(soc), 702))
    return [bms, ch, jr], ('battery_bms', 'hv_isolation', 'medium', ['high'], 'charging', 'bms_log.csv',
        'Electric city bus on depot charge: negative-rail insulation resistance decays from ~3 MOhm to ~150 kOhm in the BMS CSV with no error line; the BMS withdraws charge enable and the session stops early. Charging disabled (high) lowered one step because the bus was charging.')

@batch
def b_scooter_sleep_healthy(bn, rng, t0):
    dur = 7200
    dm = F('dmesg.txt')
    rel = boot_dmesg(dm, rng, t0, soc='stm32mp157', board='ScootLink-IoT rev C')
    t = t0 + rel
    cyc = 0
    while t < t0 + dur - 300:
        t += rng.uniform(250, 600); cyc += 1
        for k, m in enumerate(['PM: suspend entry (deep)', 'Filesystems sync: 0.00%d seconds' % rng.randint(1, 9), 'Freezing user space processes ... (elapsed 0.002 seconds) done.',
                               'OOM killer disabled.', 'Disabling non-boot CPUs ...', 'PM: suspend exit', 'stm32-rtc 5c004000.rtc: wakeup from alarm (telemetry tick %d)' % cyc,
                               'OOM killer enabled.', 'Restarting tasks ... done.']):
            dm.add(t + k * 0.01, dmesg(t + k * 0.01 - t0, m))
        if rng.random() < 0.3:
            dm.add(t + 0.2, dmesg(t + 0.2 - t0, 'lis2dw12 0-0019: motion interrupt ignored (parked, threshold 0.35g)'))
    dmesg_routine(dm, rng, t0, dur, rel, rate=40)
    bm = F('bms_telemetry.csv', ['ts,state,pack_mv,current_ma,soc,cell_min_mv,cell_max_mv,temp_c,mosfet_c,chg_fet,dsg_fet'])
    soc = 63.0
    for i in range(0, dur, 20):
        st = 'SLEEP' if (i // 20) % 30 else 'WAKE'
        cur = -9 if st == 'SLEEP' else -140
        soc -= 0.0004
        cmin = 3712 + rng.randint(-2, 2); cmax = cmin + rng.randint(6, 14)
        bm.add(t0 + i, '%d,%s,%d,%d,%.2f,%d,%d,%.1f,%.1f,0,%d' % (t0 + i, st, cmin * 10 + 30, cur, soc, cmin, cmax, 8 + rng.gauss(0, 0.2), 9 + rng.gauss(0, 0.2), 1 if st == 'WAKE' else 0))
    md = F('iot_modem.log')
    t = t0 + 5
    while t < t0 + dur:
        t += rng.uniform(60, 140)
        lines = ['AT+CEREG? -> +CEREG: 2,5,"1A2B","0C3D4E5",9', 'AT+QMTPUB=0,1,1,0,"scoot/v1/telemetry" -> OK', 'mqtt publish ack msgid=%d' % rng.randint(1, 65535), 'AT+QPSMS=1 -> OK (psm re-armed T3412=1h T3324=10s)']
        if rng.random() < 0.15:
            lines = ['AT+QMTOPEN=0,"mqtt.fleet",8883 -> +QMTOPEN: 0,3 (dns fail)', 'retry in 8s'] + ['AT+QMTOPEN=0,"mqtt.fleet",8883 -> +QMTOPEN: 0,0'] + lines
        for k, l in enumerate(lines):
            md.add(t + k * 0.4, '%s modem: %s' % (iso(t + k * 0.4), l))
        md.add(t + 3, '%s gnss: cold fix skipped (parked, last fix age %ds)' % (iso(t + 3), int(t - t0)))
    return [dm, bm, md], ('none', 'none', 'low', [], 'parked', None,
        'Shared e-scooter parked overnight: periodic suspend/wake cycles, telemetry publishes, a DNS failure that succeeds on retry and a tiny sleep current; nothing abnormal.')

@batch
def b_moto_misfire(bn, rng, t0):
    dur = 1100
    v = speed_profile(rng, dur, 95, stop_every=150, stop_len=(8, 30), accel=1.6)
    onset = 610
    ec = F('ecu_datalog.csv', ['t_ms,rpm,tps_pct,map_kpa,lambda1,lambda2,ign_adv_deg,coil1_pk_a,coil2_pk_a,misf_c1,misf_c2,gear,speed_kmh,clt_c'])
    m1 = m2 = 0; lim = False
    for k in range(0, dur * 2):
        i = k // 2
        sp = v[i]; rpm = 1250 + rng.gauss(0, 20) if sp < 1 else clamp(2500 + (sp % 25) * 180 + rng.gauss(0, 60), 2000, 9000)
        if lim: rpm = min(rpm, 5000)
        c2 = 7.6 + rng.gauss(0, 0.15)
        if i > onset:
            c2 = clamp(7.6 - (i - onset) * 0.011 + rng.gauss(0, 0.4), 1.1, 7.6)
        if c2 < 5.5 and rng.random() < (5.5 - c2) / 6:
            m2 += 1
        if rng.random() < 0.0005: m1 += 1
        l2 = 1.0 + rng.gauss(0, 0.01) + (0.12 if c2 < 5 else 0)
        ec.add(t0 + k * 0.5, '%d,%d,%.1f,%d,%.3f,%.3f,%.1f,%.2f,%.2f,%d,%d,%d,%.1f,%d' % (k * 500, rpm, 3 if sp < 1 else clamp(20 + rng.gauss(0, 10), 0, 100), 35 if sp < 1 else 70,
                 1.0 + rng.gauss(0, 0.01), l2, 12 + rng.gauss(0, 1), 7.7 + rng.gauss(0, 0.15), c2, m1, m2, 0 if sp < 1 else clamp(int(sp / 18) + 1, 1, 6), sp, int(warm(i, 18, 92, 240))))
        if m2 > 90 and not lim:
            lim = True; lim_t = i
    sv = F('dealer_tool_export.txt', ['MotoDiag Pro 7.2  -  Session export', 'VIN: ZDM1RC5B0KB004411   ECU: EMS-M4 (SW 21.04.7)   Odo: 18 422 km', ''])
    t = t0 + dur + 30
    rows = [('P0302', '00', 'Cylinder 2 combustion irregular', 'CONFIRMED', 'MIL flash'), ('P0352', '00', 'Coil driver B - output current low', 'PENDING', '-'),
            ('P0562', '00', 'System voltage low (cranking)', 'HISTORY', '-'), ('U0155', '00', 'Dash cluster no reply', 'HISTORY', '-')]
    for k in range(330):
        tt = t + k * 0.2
        r = rng.random()
        if k < 6:
            sv.add(tt, '%s  CONN  K-line 10400 baud fast-init ok, tester present armed' % csvts(tt))
        elif r < 0.55:
            sv.add(tt, '%s  LIVE  PID 0C rpm=%d  PID 05 clt=%dC  PID 42 vbat=%.1fV' % (csvts(tt), 1240 + rng.randint(-20, 20), 90, 13.9 + rng.gauss(0, 0.05)))
        else:
            sv.add(tt, '%s  LIVE  misfire_counter c1=%d c2=%d  coil2_pk=%.2fA' % (csvts(tt), m1, m2, 1.3 + rng.gauss(0, 0.2)))
    tt = t + 40
    sv.add(tt, '%s  DTC   read stored codes -> %d entries' % (csvts(tt), len(rows)))
    for c, ftb, txt, stt, lamp in rows:
        sv.add(tt + 0.01, '%s  DTC   %s-%s  %-34s status=%-9s lamp=%s' % (csvts(tt + 0.01), c, ftb, txt, stt, lamp))
    ev = F('ride_events.jsonl')
    for i in range(0, dur, 3):
        ev.add(t0 + i, json.dumps({"ts": iso(t0 + i), "type": "heartbeat", "speed": round(v[i], 1), "mode": "ROAD", "tc_level": 2}))
    ev.add(t0 + lim_t, json.dumps({"ts": iso(t0 + lim_t), "type": "engine_protect", "action": "cyl2_fuel_cut", "rpm_limit": 5000, "mil": "flash"}))
    ev.add(t0 + 700, json.dumps({"ts": iso(t0 + 700), "type": "tpms", "rear_kpa": 252, "front_kpa": 229, "note": "sensor woke late"}))
    return [ec, sv, ev], ('powertrain', 'ignition', 'high', ['medium'], 'driving', 'ecu_datalog.csv',
        'Motorcycle ride: peak primary current of coil 2 sags and cylinder-2 misfires accumulate in the ECU datalog before any code; the ECU cuts fuel to cylinder 2 and limits rpm (limp), and the dealer tool later shows P0302 confirmed with P0352 pending.')

def excavator_pdo(rng, hyd_temp_fn=lambda k: 58, work=True):
    def pdo(k, nd):
        if nd == 0x10:   # traction/swing inverter: speed rpm, current A, temp
            rpm = int(1450 + rng.gauss(0, 30)) if work else 0
            cur = int(abs(rng.gauss(90, 30))) if work else 2
            return [rpm & 0xFF, rpm >> 8, cur & 0xFF, cur >> 8, 52 + rng.randint(0, 3), 0x00, 0x01, 0x00]
        if nd == 0x11:   # hydraulic pump drive
            p = int(clamp(rng.gauss(180, 40), 20, 340)) if work else 15
            return [p & 0xFF, p >> 8, int(hyd_temp_fn(k)) + 40, 0, 0x10, 0, 0, 0]
        if nd == 0x20 and k % 2 == 0:  # engine/power unit
            return [0x9C, 0x06, 0x55, 0x00, 0x3C, 0x1C, 0x00, 0x00]
        if nd == 0x30 and k % 4 == 0:
            return [0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00]
        return None
    return pdo

@batch
def b_excavator_healthy(bn, rng, t0):
    dur = 640
    co = F('canopen_can1.log', ['# candump -ta can1  (machine bus 500k, CANopen, SYNC 500 ms)'])
    # boot: NMT, boot-up heartbeats, one EMCY at pre-operational that is cleared
    for k, nd in enumerate([0x10, 0x11, 0x20, 0x30]):
        co.add(t0 + 0.1 * k, cdta(t0 + 0.1 * k, 'can1', 0x700 + nd, [0x00]))
    co.add(t0 + 0.6, cdta(t0 + 0.6, 'can1', 0x000, [0x01, 0x00]))
    co.add(t0 + 0.45, emcy(t0 + 0.45, 'can1', 0x30, 0x8130, 0x11))
    co.add(t0 + 1.2, emcy(t0 + 1.2, 'can1', 0x30, 0x0000, 0x00))
    canopen_capture(co, rng, t0 + 2, dur - 2, [0x10, 0x11, 0x20, 0x30], pdo=excavator_pdo(rng, lambda k: warm(k / 2, 12, 61, 300)))
    mc = F('machine_controller.log')
    t = t0
    mc.add(t, '%s MC  I  power-up, key=ON, ign relay closed, 24.6 V' % iso(t))
    mc.add(t + 0.5, '%s MC  W  node 0x30 (display) heartbeat late at boot (life guard 0x8130) - cleared after NMT start' % iso(t + 0.5))
    mc.add(t + 1.3, '%s MC  I  NMT start all, 4/4 nodes operational' % iso(t + 1.3))
    while t < t0 + dur:
        t += rng.expovariate(1 / 2.0)
        r = rng.random()
        if r < 0.4:
            mc.add(t, '%s MC  I  cycle: boom=%d%% arm=%d%% bucket=%d%% swing=%+ddeg pump=%dbar' % (iso(t), rng.randint(0, 100), rng.randint(0, 100), rng.randint(0, 100), rng.randint(-90, 90), rng.randint(80, 330)))
        elif r < 0.6:
            mc.add(t, '%s MC  I  hydraulics oil=%dC pilot=%dbar filter_dp=%.1fbar' % (iso(t), int(warm(t - t0, 12, 61, 300)), rng.randint(38, 42), rng.uniform(0.4, 0.9)))
        elif r < 0.75:
            mc.add(t, '%s MC  I  payload weigh: bucket %.2f t (session total %.1f t)' % (iso(t), rng.uniform(0.8, 2.1), (t - t0) / 20))
        elif r < 0.8:
            mc.add(t, '%s MC  W  joystick L deadband excursion ignored (%.1f%%)' % (iso(t), rng.uniform(2, 4)))
        elif r < 0.83:
            mc.add(t, '%s MC  W  GNSS machine guidance: RTK float (%d s), grade display frozen' % (iso(t), rng.randint(2, 9)))
        else:
            mc.add(t, '%s MC  I  engine %d rpm load %d%% fuel %.1f L/h' % (iso(t), rng.randint(1500, 1800), rng.randint(30, 85), rng.uniform(9, 19)))
    tl = F('telematics.csv', ['utc,engine_hours,fuel_level_pct,hyd_oil_c,coolant_c,sys_v,idle_pct,work_mode'])
    for i in range(0, dur, 2):
        tl.add(t0 + i, '%s,%.2f,%.1f,%d,%d,%.2f,%d,%s' % (csvts(t0 + i), 6211.4 + i / 3600, 71 - i * 0.002, int(warm(i, 12, 61, 300)), int(warm(i, 12, 84, 250)), 27.8 + rng.gauss(0, 0.05), 12, 'P' if i > 60 else 'E'))
    return [co, mc, tl], ('none', 'none', 'low', [], 'driving', None,
        'Tracked excavator shift on a CANopen machine bus: the display node raises and immediately clears a life-guard EMCY at power-up before NMT start, RTK float blips; hydraulics and engine stay in range.')

@batch
def b_robotaxi_lidar(bn, rng, t0):
    dur = 800
    S = av_state(rng, dur)
    on = 360; mrm = 548
    for i in range(on, dur):
        frac = clamp((i - on) / 170, 0, 1)
        S[i]['lidar_front'] = int(S[i]['lidar_front'] * (1 - 0.8 * frac)) if i < mrm else 0
        if i > on + 60:
            S[i]['objs'] = max(1, S[i]['objs'] // 2)
        if i >= mrm:
            S[i]['v'] = max(0.0, S[mrm - 1]['v'] - (i - mrm) * 2.2)
    rl = F('launch_console.log')
    def quiet(i, n):
        return n == 'planning' and i >= mrm - 10
    ros_stack(rl, rng, t0, S, quiet=quiet)
    for i in range(on + 20, mrm, 12):
        t = t0 + i + 0.33
        lo, hi = 95 + (i - on) // 6, 150 + (i - on) // 2
        rl.add(t, ros('WARN', t, 'sensing.lidar_front.driver', 'azimuth %d-%d deg: %d%% of firings returned no echo' % (lo, min(hi, 265), clamp(int((i - on) / 1.7), 10, 99))))
    t = t0 + mrm - 8
    for k, (lv, n, m) in enumerate([('ERROR', 'sensing.lidar_front.driver', 'scan incomplete: 0 valid pts in sectors 3..7, laser board reports HV_BIAS_LOW'),
                                    ('WARN', 'perception.object_fusion', 'front corridor coverage 41% < 80% required (lidar_front stale)'),
                                    ('ERROR', 'system.diagnostic_aggregator', 'level=ERROR sensing/lidar_front: DATA_INVALID, perception: DEGRADED'),
                                    ('WARN', 'planning.behavior_path_planner', 'drivable-area check failed, no valid trajectory beyond 12.0 m'),
                                    ('ERROR', 'system.mrm_handler', 'MRM requested: COMFORTABLE_STOP (reason: perception degraded, front)'),
                                    ('INFO', 'control.vehicle_cmd_gate', 'emergency gate: hazard lights on, decel -2.2 m/s2'),
                                    ('INFO', 'system.mrm_handler', 'MRM succeeded: vehicle stopped, state=MRM_SUCCEEDED, remote assist paged')]):
        tt = t + k * (1.6 if k < 5 else 6)
        rl.add(tt, ros(lv, tt, n, m))
    cm = F('compute_metrics.csv'); compute_csv(cm, rng, t0, S, extra=[('lidar_front_pts', lambda i, s: str(s['lidar_front']))])
    ev = F('vehicle_events.jsonl')
    for i in range(0, dur, 2):
        ev.add(t0 + i, json.dumps({"t": round(t0 + i, 3), "ev": "status", "mode": "AUTONOMOUS" if i < mrm else "MRM", "v_mps": round(S[i]['v'] / 3.6, 2), "door": "closed", "pax": 2}))
    ev.add(t0 + mrm + 30, json.dumps({"t": t0 + mrm + 30, "ev": "mrm_complete", "kind": "comfortable_stop", "lane": "ego", "hazards": True}))
    return [rl, cm, ev], ('adas_perception', 'lidar', 'critical', ['high'], 'driving', 'launch_console.log',
        'Robotaxi in autonomous mode: the front lidar loses echoes sector by sector (laser HV bias low) while the top lidar stays healthy; fusion loses front coverage and the MRM handler brings the vehicle to a comfortable stop in lane.')

@batch
def b_truck_wss_abs(bn, rng, t0):
    dur = 540
    S = truck_state(rng, dur, cool0=70, vmax=80)
    on = 210; dis = 268
    def dm1(i):
        d = {}
        if on <= i < dis:
            if (i // 4) % 3 == 0:
                d[0x0B] = (lamp_bytes(awl=0), [(791, 2, 1 + (i - on) // 12)])
        elif i >= dis:
            d[0x0B] = (lamp_bytes(awl=1, pl=1), [(791, 2, 6), (791, 5, 1)])
            d[0x2A] = (lamp_bytes(awl=1), [(904, 19, 1)])
            d[0x03] = (lamp_bytes(), [(904, 19, 1)])
        return d
    def extra(i, t):
        out = []
        # ACC1 from radar SA 0x2A
        if i % 2 == 0:
            st = 0x01 if i < dis else 0x07
            out.append((t + 0.15, cd(t + 0.15, 'can0', 0x18FE6F2A, [int(S[i]['v']), 0xFF, st, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF])))
        return out
    can = F('can0.candump', ['# fleetbox j1939 logger v3.4  iface=can0 250k  decimation=1/PGN/s  decode=on'])
    j1939_capture(can, rng, t0, S, dm1=dm1, extra_sa=(0x03, 0x0B, 0x3D, 0x2A), extra_frames=extra,
                  ebc1=lambda i: [0x00, 0xFF, 0x30, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF] if i >= dis else [0xC0, 0xFF, 0xF0, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF])
    tel = F('telematics_export.csv'); telematics_csv(tel, rng, t0, S, 1, TRUCK_COLS + [('abs_lamp', lambda i, s: 1 if i >= dis else 0), ('acc_avail', lambda i, s: 0 if i >= dis else 1)])
    jr = F('driver_display.log')
    t = t0
    while t < t0 + dur:
        t += rng.expovariate(1 / 1.6)
        i = int(t - t0)
        jr.add(t, '%s HMI  page=%s  speed=%d  cc=%s  msg_queue=%d' % (iso(t), pick(rng, ['TRIP', 'TRIP', 'FUEL', 'NAV']), int(S[min(i, dur - 1)]['v']), 'ACC' if i < dis else 'OFF', 0 if i < dis else 3))
    for tt, m in [(dis + 0.4, 'WARN  telltale ABS tractor AMBER on'), (dis + 0.5, 'WARN  popup: "Brake system: reduced function - drive with care"'),
                  (dis + 0.9, 'WARN  popup: "ACC / Emergency Brake Assist not available"'), (dis + 1.2, 'INFO  lane keep: available'), (dis + 40, 'INFO  driver acknowledged popup id 0x2131')]:
        jr.add(t0 + tt, '%s %s' % (iso(t0 + tt), m))
    return [can, tel, jr], ('brakes_chassis', 'abs', 'critical', ['high'], 'driving', 'can0.candump',
        'Tractor unit on the road: the EBS (SA 0x0B) reports an intermittent axle-2 left wheel-speed sensor (SPN 791 FMI 2) that then latches with FMI 5; ABS switches off and ACC/AEBS (SA 0x2A) and the transmission follow with their own dependent faults. Loss of ABS while moving is critical.')

@batch
def b_van_ota_nothing(bn, rng, t0):
    dur = 1500
    host = 'tcu-van-3318'
    ota = F('ota_client.log')
    t = t0 + 20
    for k in range(0, 12):
        tt = t + k * 120
        seq = ['check: GET manifest channel=stable hw=TCU5-B current=4.12.3+r7', 'tls: session resumed (ticket age %ds)' % rng.randint(100, 9000),
               'manifest: sig ok (ecdsa-p256, key id 0x7C1E), 14 components', 'diff: ecu=VCU have=2.8.1 offered=2.8.1 -> skip', 'diff: ecu=BMS have=7.3.0 offered=7.3.0 -> skip',
               'diff: ecu=TCU have=4.12.3 offered=4.12.3 -> skip', 'diff: ecu=EPS have=1.0.22 offered=1.0.22 -> skip', 'result: NO_UPDATE (next check in 120 s)']
        if k == 3:
            seq = ['check: GET manifest channel=stable', 'http: connect timeout after 15000 ms (cell RSRP -118 dBm)', 'check: backoff 30 s', 'check: GET manifest channel=stable', 'tls: full handshake'] + seq[2:]
        for j, m in enumerate(seq):
            lvl = 'WARN' if 'timeout' in m or 'backoff' in m else 'INFO'
            ota.add(tt + j * 0.7, '%s %-5s otad[913]: %s' % (iso(tt + j * 0.7), lvl, m))
        for j in range(20):
            tt2 = tt + 10 + j * 5
            ota.add(tt2, '%s DEBUG otad[913]: idle, battery 12.%dV, ignition OFF, parked=true' % (iso(tt2), rng.randint(45, 60)))
    jr = F('journal.txt')
    journal_routine(jr, rng, t0, dur, host, extra=[('otad[913]', 'state IDLE -> CHECKING'), ('otad[913]', 'state CHECKING -> IDLE'), ('udsd[880]', 'periodic DTC sweep queued')])
    us = F('uds_dtc_sweep.txt', ['# udsd periodic DTC sweep  (ISO-TP on can1, physical addressing, 0x19 0x02 mask 0xFF)'])
    ecus = [('VCU', 0x7E0), ('BMS', 0x7E4), ('EPS', 0x730), ('ABS', 0x760), ('BCM', 0x740), ('SRS', 0x772), ('TCU', 0x7D0)]
    hist = {'BCM': [('B1A31', 0x13, 0x28)], 'TCU': [('U0100', 0x87, 0x28), ('U0140', 0x87, 0x28)], 'ABS': [('C1A00', 0x02, 0x28)]}
    t = t0 + 60
    for rep in range(12):
        for name, rid in ecus:
            t += rng.uniform(0.3, 1.2)
            us.add(t, '%s tx %03X  %s' % (iso(t), rid, hxs(isotp([0x19, 0x02, 0xFF])[0])))
            pl = [0x59, 0x02, 0xFF]
            for c, ftb, stt in hist.get(name, []):
                pl += dtc3(c, ftb) + [stt]
            frames = isotp(pl)
            for j, fr in enumerate(frames):
                us.add(t + 0.01 + j * 0.003, '%s rx %03X  %s' % (iso(t + 0.01 + j * 0.003), rid + 8, hxs(fr)))
                if j == 0 and len(frames) > 1:
                    us.add(t + 0.012, '%s tx %03X  30 00 00 AA AA AA AA AA' % (iso(t + 0.012), rid))
            summ = ', '.join('%s-%02X st=0x%02X (confirmed, not failing now)' % (c, ftb, stt) for c, ftb, stt in hist.get(name, [])) or 'no DTC'
            us.add(t + 0.05, '%s     %s: %s' % (iso(t + 0.05), name, summ))
        t += 100
    for k in range(30):
        t += 1
        us.add(t, '%s tx 7DF  02 3E 80 AA AA AA AA AA   (tester present, functional)' % iso(t))
    return [ota, jr, us], ('none', 'none', 'low', [], 'parked', None,
        'Parked electric delivery van: the OTA client checks repeatedly and finds nothing to install (one HTTP timeout recovered by back-off); the periodic DTC sweep only returns old confirmed-but-not-failing codes (status 0x28).')

def isobus_claims(f, t0, iface='can0'):
    for k, (sa, name) in enumerate([(0x00, [0x01, 0x00, 0x20, 0x00, 0x00, 0x02, 0x01, 0xA0]), (0x03, [0x02, 0x00, 0x20, 0x06, 0x00, 0x03, 0x01, 0xA0]),
                                     (0x26, [0x11, 0x0A, 0x40, 0x1D, 0x00, 0x1D, 0x82, 0xA0]), (0x80, [0x77, 0x19, 0x60, 0x07, 0x00, 0x82, 0x04, 0xA0]),
                                     (0xF7, [0x05, 0x33, 0xC0, 0x1C, 0x00, 0x1D, 0x81, 0xA0])]):
        t = t0 + 0.05 * k
        f.add(t, cd(t, iface, 0x18EEFF00 | sa, name))
        f.add(t + 0.001, '#   PGN 60928 ADDRESS_CLAIMED SA=0x%02X NAME=%s' % (sa, hx(name[::-1])))

def tractor_state(rng, dur, field=True):
    S = truck_state(rng, dur, vmax=14 if field else 38, cool0=9, stop_every=200, idle=800)
    for s in S:
        s['rpm'] = 1900 + rng.gauss(0, 25) if s['v'] > 1 and field else s['rpm']
        s['torque'] = clamp(rng.gauss(68, 8), 20, 98) if s['v'] > 1 and field else s['torque']
        s['batt'] = 14.1 + rng.gauss(0, 0.04) if s['batt'] > 26 else 12.4
        s['trans_p'] = 2200 + rng.gauss(0, 40); s['trans_t'] = 55.0
    for i, s in enumerate(S):
        s['trans_t'] = warm(i, 9, 71, 500)
    return S

def trf1(S, iface='can0', sa=0x03):
    def ex(i, t):
        if i % 2:
            return []
        s = S[i]
        return [(t + 0.12, cd(t + 0.12, iface, 0x18FEF800 | sa, [0xFF, 0xFF, 0xFF, int(s['trans_p'] / 16) & 0xFF, int((s['trans_t'] + 273) / 0.03125) & 0xFF, int((s['trans_t'] + 273) / 0.03125) >> 8, 0xFF, 0xFF]))]
    return ex

TRACTOR_COLS = [('ground_speed_kmh', lambda i, s: round(s['v'], 1)), ('engine_rpm', lambda i, s: int(s['rpm'])), ('engine_load_pct', lambda i, s: int(s['torque'])),
                ('coolant_c', lambda i, s: int(s['cool'])), ('trans_oil_c', lambda i, s: int(s['trans_t'])), ('trans_oil_kpa', lambda i, s: int(s['trans_p'])),
                ('sys_v', lambda i, s: round(s['batt'], 2)), ('pto_rpm', lambda i, s: 1000 if s['v'] > 1 else 0), ('hitch_pos_pct', lambda i, s: 35 if s['v'] > 1 else 100)]

@batch
def b_tractor_field_healthy(bn, rng, t0):
    dur = 500
    S = tractor_state(rng, dur)
    can = F('isobus_can0.log', ['# agrilog 2.1 candump -L can0 (ISOBUS 250k), 1 frame per PGN per second, decode on'])
    isobus_claims(can, t0)
    j1939_capture(can, rng, t0 + 1, S, extra_sa=(0x03, 0x26), dm1=lambda i: {0x26: (lamp_bytes(), [])}, extra_frames=trf1(S))
    tl = F('telematics.csv'); telematics_csv(tl, rng, t0, S, 1, TRACTOR_COLS, lat0=48.71, lon0=10.12, vin='AGR7R310KNN012244')
    st = F('service_tool_export.txt', ['AgriService Advisor 5.3 - machine report', 'Model 7R 310  S/N 1RW7310RKNN012244  Engine hours 3382.6', '',
                                       'Controller   Code        Count  First(h)   Last(h)    State'])
    hist = [('ECU', '000110.16', 3, 2911.2, 2911.4), ('TCU', '520211.02', 1, 3012.0, 3012.0), ('ICU', '000084.09', 12, 1333.0, 3101.5), ('ATC', '003226.10', 2, 3210.8, 3210.9)]
    for c, code, n, a, b in hist:
        st.header.append('%-12s %-11s %5d  %8.1f   %8.1f   STORED (inactive)' % (c, code, n, a, b))
    st.header += ['', 'Active codes: none', '', 'Live data snapshot:']
    for i in range(0, dur, 1):
        s = S[i]
        st.add(t0 + i, '%s  eng=%4d rpm  load=%2d%%  clt=%3dC  trans=%3dC/%4dkPa  pto=%4d  vbat=%.2f' % (csvts(t0 + i), int(s['rpm']), int(s['torque']), int(s['cool']), int(s['trans_t']), int(s['trans_p']), 1000 if s['v'] > 1 else 0, s['batt']))
    return [can, tl, st], ('none', 'none', 'low', [], 'driving', None,
        'Tractor doing PTO field work with an implement on ISOBUS: address claims at start, no active DM1, and the service tool lists only inactive stored codes from hundreds of hours earlier.')

@batch
def b_tractor_trans(bn, rng, t0):
    dur = 520
    S = tractor_state(rng, dur)
    on = 180; limp = 330
    for i in range(on, dur):
        dip = 0.0
        if S[i]['v'] > 1:
            dip = (i - on) * 2.6 + (700 if rng.random() < 0.15 else 0)
        S[i]['trans_p'] = clamp(2200 - dip + rng.gauss(0, 60), 600, 2300)
        if i >= limp:
            S[i]['v'] = min(S[i]['v'], 8.0); S[i]['gear'] = 2
    def dm1(i):
        if i >= limp:
            return {0x03: (lamp_bytes(awl=1, rsl=1), [(520210, 7, 1), (127, 18, 3)])}
        if i >= 260:
            return {0x03: (lamp_bytes(awl=1), [(127, 18, 1 + (i - 260) // 30)])}
        return {}
    can = F('isobus_can0.log', ['# agrilog 2.1 candump -L can0 (ISOBUS 250k), 1 frame per PGN per second, decode on'])
    isobus_claims(can, t0)
    j1939_capture(can, rng, t0 + 1, S, extra_sa=(0x03, 0x26), dm1=dm1, extra_frames=trf1(S))
    tl = F('telematics.csv'); telematics_csv(tl, rng, t0, S, 1, TRACTOR_COLS, lat0=51.9, lon0=8.4, vin='AGR8R370LNN004190')
    st = F('service_tool_export.txt', ['AgriService Advisor 5.3 - machine report', 'Model 8R 370  S/N 1RW8370RLNN004190  Engine hours 5120.3', '',
                                       'Controller   Code        Count  First(h)   Last(h)    State'])
    st.header += ['TCU          520210.07       1    5120.2     5120.2   ACTIVE   "Range clutch C2 fill not confirmed - transmission locked in limp range"',
                  'TCU          000127.18       4    5120.2     5120.2   ACTIVE   "Transmission oil pressure - low, moderately severe"',
                  'ECU          000168.01       1    4102.3     4102.3   STORED (inactive)', '', 'Live data snapshot:']
    for i in range(0, dur, 1):
        s = S[i]
        st.add(t0 + i, '%s  eng=%4d rpm  load=%2d%%  clt=%3dC  trans=%3dC/%4dkPa  gear=%d  vbat=%.2f' % (csvts(t0 + i), int(s['rpm']), int(s['torque']), int(s['cool']), int(s['trans_t']), int(s['trans_p']), s['gear'], s['batt']))
    return [can, tl, st], ('powertrain', 'transmission', 'high', ['medium'], 'driving', 'telematics.csv',
        'Tractor in the field: transmission oil pressure sags during range shifts in the telematics log well before any code; the TCU then logs SPN 127 FMI 18 and a proprietary clutch-fill SPN, locking the tractor into a limp range at 8 km/h.')

@batch
def b_scooter_cell(bn, rng, t0):
    dur = 1500
    v = speed_profile(rng, dur, 25, stop_every=90, stop_len=(5, 25), accel=0.8)
    bm = F('bms_telemetry.csv', ['ts,state,pack_mv,current_ma,soc,c01,c02,c03,c04,c05,c06,c07,c08,c09,c10,temp_c,mosfet_c,limit_a'])
    ctl = F('controller.log')
    soc = 78.0; lim = 25; der = None
    for i in range(0, dur, 2):
        cur = -int(abs(v[i]) * 520 + rng.gauss(0, 300)) - 80
        if der is not None:
            cur = max(cur, -9000 + rng.randint(0, 400))
        soc += cur / 1000 * 2 / 3600 / 12.8 * 100
        base = 3500 + int(soc * 6.2) + int(cur / 1000 * 9)
        cells = [base + rng.randint(-4, 4) for _ in range(10)]
        # cell group 7 sags harder under load (high internal resistance) and drifts down
        if i > 300:
            cells[6] = base + int(cur / 1000 * (9 + (i - 300) * 0.06)) - int((i - 300) * 0.05) + rng.randint(-4, 4)
        if der is None and min(cells) < 3300 and i > 300:
            der = i; lim = 9
        if der is not None:
            lim = 9
        bm.add(t0 + i, '%d,%s,%d,%d,%.1f,%s,%.1f,%.1f,%d' % (t0 + i, 'DSG' if cur < -200 else 'IDLE', sum(cells), cur, soc, ','.join(map(str, cells)), 24 + i * 0.004, 30 + i * 0.006, lim))
    for j in range(der + 2, dur):
        v[j] = min(v[j], 15.0 + rng.gauss(0, 0.2))
    for i in range(0, dur, 3):
        t = t0 + i + 0.5
        ctl.add(t, '%s ctl I spd=%.1fkmh duty=%d%% phase_a=%.1fA rider=%s' % (iso(t), v[i], int(v[i] * 3.2), abs(v[i]) * 1.1, 'ON' if i < dur - 30 else 'OFF'))
        if rng.random() < 0.04:
            ctl.add(t + 0.1, '%s ctl W throttle hall jitter %.2fV filtered' % (iso(t + 0.1), rng.uniform(0.02, 0.06)))
    t = t0 + der + 1
    ctl.add(t, '%s ctl W bms requests discharge limit %dA (was 25A) - power reduced' % (iso(t), 9))
    ctl.add(t + 0.4, '%s ctl I speed cap 15 km/h applied (BMS limit)' % iso(t + 0.4))
    ctl.add(t + 2, '%s ctl I app notify: "Battery protection: reduced speed"' % iso(t + 2))
    ev = F('iot_events.jsonl')
    for i in range(0, dur, 4):
        ev.add(t0 + i, json.dumps({"ts": int(t0 + i), "evt": "telemetry", "spd": round(v[i], 1), "lock": "unlocked", "ride": "R-88213", "rssi": -60 - rng.randint(0, 30)}))
    ev.add(t0 + der + 3, json.dumps({"ts": int(t0 + der + 3), "evt": "ride_limit", "reason_code": 0x41, "max_kmh": 15}))
    return [bm, ctl, ev], ('battery_bms', 'cell', 'high', ['medium'], 'driving', 'bms_telemetry.csv',
        'Shared e-scooter ride: cell group 7 sags far more than the others under load and slowly drifts low (weak/high-resistance cell) with no error text; once it crosses 3.3 V the BMS cuts the discharge limit and the controller caps speed.')

@batch
def b_ebus_gateway(bn, rng, t0):
    dur = 900
    host = 'cgw-bus052'
    rb = 512
    # vehicle CAN behind gateway: motor controller, BMS, doors, HVAC, ABS as 11-bit IDs on can1 (backbone)
    cn = F('can_backbone.log', ['# candump -L on can1 (backbone, 500k) via diagnostic port'])
    ids = [(0x0C1, 'mcu'), (0x1A0, 'bms'), (0x2F0, 'door'), (0x320, 'hvac'), (0x0A8, 'abs'), (0x3E0, 'cluster')]
    v = speed_profile(rng, dur, 50, stop_every=80, stop_len=(15, 40))
    for i in range(dur):
        for k, (cid, nm) in enumerate(ids):
            t = t0 + i + 0.05 * k + rng.random() * 0.003
            if rb <= i < rb + 9 and nm != 'cluster':
                continue
            if nm == 'mcu':
                d = [int(v[i] * 40) & 0xFF, int(v[i] * 40) >> 8, 0x10, 0, 0, 0, 0, i & 0xFF]
            elif nm == 'bms':
                d = [0x02, 0x9C, 0x41, 0x00, 0x55, 0x00, 0x00, i & 0xFF]
            else:
                d = [rng.randint(0, 3), 0, 0, 0, 0, 0, 0, i & 0xFF]
            cn.add(t, cd11(t, 'can1', cid, d))
    gw = F('gateway_journal.txt')
    journal_routine(gw, rng, t0, dur, host, modem=False, extra=[('cgwd[301]', 'route table v41: 188 routes, 6 domains'), ('someipd[340]', 'offer service 0x1101 inst 1 renewed')])
    t = t0 + rb - 1.8
    gw.add(t, jour(t, host, 'kernel', 'fec 30be0000.ethernet eth0: MDIO read timeout', None))
    gw.add(t + 0.4, jour(t + 0.4, host, 'cgwd', 'routing thread stalled 1450 ms (loop deadline 50 ms)', 301))
    gw.add(t + 1.7, jour(t + 1.7, host, 'kernel', 'imx2-wdt 30280000.watchdog: watchdog expired -> SoC reset', None))
    t = t0 + rb + 6.5
    gw.add(t, jour(t, host, 'kernel', 'Booting Linux on physical CPU 0x0 (reset reason: WDOG)', None))
    gw.add(t + 1.2, jour(t + 1.2, host, 'systemd[1]', 'Started Central Gateway Routing Daemon.', None))
    gw.add(t + 2.3, jour(t + 2.3, host, 'cgwd', 'all 6 domains routed, reset counter now 3', 301))
    cl = F('cluster.log')
    tt = t0
    while tt < t0 + dur:
        tt += rng.uniform(0.8, 2.2)
        i = int(tt - t0)
        cl.add(tt, '%s CLUSTER I frame ok spd=%d soc=%d%% doors=closed' % (iso(tt), int(v[min(i, dur - 1)]), 65))
    for k, nm in enumerate(['MCU 0x0C1', 'BMS 0x1A0', 'DOOR 0x2F0', 'HVAC 0x320', 'ABS 0x0A8']):
        tq = t0 + rb + 0.6 + 0.1 * k
        cl.add(tq, '%s CLUSTER E msg %s timeout (>500ms) -> telltale SERVICE' % (iso(tq), nm))
        cl.add(tq + 0.01, '%s CLUSTER E DTC U%04X-87 set' % (iso(tq), [0x0110, 0x0111, 0x0199, 0x0164, 0x0121][k]))
    cl.add(t0 + rb + 9.5, '%s CLUSTER I all signals valid again, SERVICE telltale off' % iso(t0 + rb + 9.5))
    return [cn, gw, cl], ('connectivity_network', 'gateway', 'medium', ['high'], 'driving', 'gateway_journal.txt',
        'Electric city bus: the central gateway routing thread stalls, its watchdog resets the SoC and every ECU behind it goes silent for about 9 s, flooding the cluster with U-code timeouts; routing comes back by itself.')

def haul_export(f, rng, t0, dur, S, events=(), period=2):
    f.header += ['VIMS-like Event/Data Export  (MineFleet HaulTrack 4.0)', 'Machine: HT-793F #27   S/N D3T01127   SMU 41 233.5 h', '',
                 'Time,Type,Source,Code,Level,Text']
    for i in range(0, dur, period * 5):
        f.add(t0 + i, '%s,DATA,ECM,-,-,eng %d rpm clt %dC oilp %dkPa boost %dkPa fuel %.0fL/h' % (csvts(t0 + i), int(S[i]['rpm']), int(S[i]['cool']), int(S[i]['oilp']), int(90 + S[i]['torque'] * 1.6), S[i]['fuel'] * 6))
        f.add(t0 + i + 1, '%s,DATA,CHS,-,-,ground %d km/h gear %d retarder %s payload %.1f t' % (csvts(t0 + i + 1), int(S[i]['v']), S[i]['gear'], 'OFF' if rng.random() < 0.8 else 'ON', S[i].get('payload', 214.0)))
        f.add(t0 + i + 2, '%s,DATA,BRK,-,-,front brk oil %dC rear brk oil %dC service pressure %d kPa' % (csvts(t0 + i + 2), int(S[i]['cool'] * 0.7), int(S[i]['cool'] * 0.75), 16200 + rng.randint(-200, 200)))
    for e in events:
        f.add(*e)

def haul_state(rng, dur, cool0=-18):
    S = truck_state(rng, dur, vmax=52, cool0=cool0, cool_end=88, stop_every=240, idle=700)
    for i, s in enumerate(S):
        s['fuel'] *= 1.0; s['payload'] = 0.0 if i < dur * 0.4 else 221.5
        s['oilp'] = s['oilp'] + max(0, 120 - i * 0.3) if cool0 < 0 else s['oilp']
    return S

@batch
def b_haul_cold_healthy(bn, rng, t0):
    dur = 1300
    S = haul_state(rng, dur)
    ev = [(t0 + 1, '%s,EVENT,ECM,E2143,1,Intake air heater ON (ambient -22C) 30 s' % csvts(t0 + 1)),
          (t0 + 3, '%s,EVENT,ECM,E0172,1,Low coolant temperature - warm-up idle speed 1000 rpm' % csvts(t0 + 3)),
          (t0 + 4, '%s,EVENT,CHS,E0481,1,Transmission oil cold - shift inhibit until 10C' % csvts(t0 + 4)),
          (t0 + 160, '%s,EVENT,CHS,E0481,0,Transmission oil cold - cleared' % csvts(t0 + 160)),
          (t0 + 245, '%s,EVENT,ECM,E0172,0,Low coolant temperature - cleared' % csvts(t0 + 245)),
          (t0 + 600, '%s,EVENT,PLD,E1101,1,Payload: loading started at shovel S-4' % csvts(t0 + 600)),
          (t0 + 700, '%s,EVENT,PLD,E1102,1,Payload: 221.5 t (103%% target) - overload warning flag cleared after settle' % csvts(t0 + 700)),
          (t0 + 880, '%s,EVENT,CHS,E0219,1,Retarder auto-engaged on ramp grade -8%%' % csvts(t0 + 880))]
    ex = F('haultrack_export.csv'); haul_export(ex, rng, t0, dur, S, ev, period=1)
    tl = F('telematics.csv'); telematics_csv(tl, rng, t0, S, 3, TRUCK_COLS + [('payload_t', lambda i, s: s['payload'])], lat0=-23.36, lon0=119.73, vin='HT793F-D3T01127')
    fm = F('fms_radio.log')
    t = t0
    while t < t0 + dur:
        t += rng.uniform(2, 5)
        r = rng.random()
        if r < 0.7:
            fm.add(t, '%s fmsd: pos report seq=%d hdop=%.1f mesh_rssi=%ddBm' % (iso(t), int(t - t0), rng.uniform(0.7, 1.4), -rng.randint(55, 85)))
        elif r < 0.9:
            fm.add(t, '%s fmsd: dispatch assignment ack (shovel S-4 -> crusher C1)' % iso(t))
        else:
            fm.add(t, '%s fmsd: WARN mesh handover node MN-%02d -> MN-%02d took %d ms' % (iso(t), rng.randint(1, 30), rng.randint(1, 30), rng.randint(300, 1800)))
    return [ex, tl, fm], ('none', 'none', 'low', [], 'driving', None,
        'Mining haul truck cold start at -22 C then a load/haul cycle: intake heater, cold-coolant and cold-transmission inhibits are set and cleared as designed, payload overload flag settles, radio handovers are routine.')

@batch
def b_van_airbag(bn, rng, t0):
    dur = 1400
    host = 'tcu-van-5521'
    v = speed_profile(rng, dur, 70, stop_every=120, stop_len=(10, 60))
    on = 430
    uds = F('srs_uds_trace.txt', ['# isotp trace can2 (chassis), SRS physical 0x772/0x77A, periodic 0x19 0x02 0x08 by TCU every 20 s'])
    t = t0 + 15
    while t < t0 + dur:
        uds.add(t, '%s tx 772  %s' % (iso(t), hxs(isotp([0x19, 0x02, 0x08])[0])))
        i = int(t - t0)
        pl = [0x59, 0x02, 0xFF]
        if i >= on:
            pl += dtc3('B0001', 0x1B) + [0x2F if i < on + 40 else 0xAF]
        pl += dtc3('B1932', 0x00) + [0x28]
        for j, fr in enumerate(isotp(pl)):
            uds.add(t + 0.008 + j * 0.002, '%s rx 77A  %s' % (iso(t + 0.008 + j * 0.002), hxs(fr)))
            if j == 0 and len(isotp(pl)) > 1:
                uds.add(t + 0.009, '%s tx 772  30 00 00 AA AA AA AA AA' % iso(t + 0.009))
        for k in range(2):
            uds.add(t + 1 + k * 8, '%s tx 772  %s' % (iso(t + 1 + k * 8), hxs(isotp([0x3E, 0x80])[0])))
        uds.add(t + 2, '%s tx 772  %s' % (iso(t + 2), hxs(isotp([0x22, 0xF1, 0x90])[0])))
        uds.add(t + 2.01, '%s rx 77A  10 14 62 F1 90 57 46 30' % iso(t + 2.01))
        uds.add(t + 2.011, '%s tx 772  30 00 00 AA AA AA AA AA' % iso(t + 2.011))
        uds.add(t + 2.013, '%s rx 77A  21 58 58 58 47 41 4B 35' % iso(t + 2.013))
        uds.add(t + 2.015, '%s rx 77A  22 33 30 30 31 32 34 35' % iso(t + 2.015))
        t += 10
    jr = F('journal.txt')
    journal_routine(jr, rng, t0, dur, host, extra=[('udsd[880]', 'SRS poll ok'), ('vehstated[610]', 'ignition RUN, gear D')])
    tt = t0 + on + 41
    jr.add(tt, jour(tt, host, 'vehstated', 'cluster telltale AIRBAG requested by SRS (0x772)', 610))
    cl = F('cluster_events.csv', ['ts,speed_kmh,telltale_airbag,telltale_seatbelt,pass_airbag_off,odo_km'])
    for i in range(0, dur, 3):
        cl.add(t0 + i, '%s,%.1f,%d,%d,%d,%.1f' % (iso(t0 + i), v[i], 1 if i >= on + 41 else 0, 1 if i < 8 else 0, 0, 88213.4 + i * 0.015))
    return [uds, jr, cl], ('body', 'airbag', 'critical', ['high'], 'driving', 'srs_uds_trace.txt',
        'Delivery van on its route: the SRS starts answering the periodic 0x19 0x02 poll with B0001-1B (driver frontal stage-1 squib resistance too high), first testFailed 0x2F then warning-lamp 0xAF; driver airbag availability is lost while driving, AIRBAG telltale on.')

@batch
def b_robotaxi_oom(bn, rng, t0):
    dur = 900
    S = av_state(rng, dur)
    leak0 = 120; kill = 702
    for i in range(leak0, dur):
        S[i]['mem'] = min(31.6, S[i]['mem'] + (i - leak0) * 0.0175) if i < kill else 22.0
    for i in range(kill, dur):
        S[i]['objs'] = 0
        S[i]['v'] = max(0.0, S[kill - 1]['v'] - (i - kill) * 3.0)
    rl = F('launch_console.log')
    def quiet(i, n):
        return n in ('fusion', 'planning') and i >= kill
    ros_stack(rl, rng, t0, S, quiet=quiet)
    for i in range(leak0 + 200, kill, 60):
        tt = t0 + i + 0.7
        rl.add(tt, ros('WARN', tt, 'perception.object_fusion', 'track buffer %d entries (expected < 4096), oldest track age %d s' % (4096 + (i - leak0) * 37, (i - leak0))))
    t = t0 + kill
    for k, (lv, n, m) in enumerate([('ERROR', 'launch', 'process has died [pid 3310, exit code -9, cmd \'.../object_fusion_node --ros-args ...\'].'),
                                    ('ERROR', 'system.diagnostic_aggregator', 'level=ERROR perception/object_fusion: topic /perception/objects stale (> 500 ms)'),
                                    ('WARN', 'planning.behavior_path_planner', 'no object list received for 800 ms, falling back to stop plan'),
                                    ('ERROR', 'system.mrm_handler', 'MRM requested: COMFORTABLE_STOP (reason: object list unavailable)'),
                                    ('INFO', 'launch', 'respawning object_fusion_node (respawn_delay 2.0)'),
                                    ('INFO', 'perception.object_fusion', 'node started, waiting for inputs'),
                                    ('INFO', 'system.mrm_handler', 'MRM succeeded: vehicle stopped at shoulder, state=MRM_SUCCEEDED')]):
        tt = t + 0.3 + k * 1.4
        rl.add(tt, ros(lv, tt, n, m))
    dm = F('dmesg.txt')
    rel = boot_dmesg(dm, rng, t0 - 40, soc='orin-agx', board='ADCU-3 (Jetson AGX Orin based)')
    dmesg_routine(dm, rng, t0 - 40, dur + 40, rel, rate=3.0, pool=['nvgpu: 17000000.gpu  gk20a_channel_timeout_check: channel 507 timeout 3000 ms (watchdog, progressing)',
                                                                    'mttcan c310000.mttcan can0: tx fifo full, requeue', 'eqos 2310000.ethernet eth0: EEE: LPI entry',
                                                                    'nvme nvme0: I/O 412 QID 3 timeout, completion polled', 'tegra-i2c 3160000.i2c: no acknowledge from address 0x50',
                                                                    'ptp_clock: TAI offset updated', 'nvmap_alloc: carveout vpr not used'])
    tt = t0 + kill - 0.4
    for k, m in enumerate(['object_fusion_n invoked oom-killer: gfp_mask=0x100cca(GFP_HIGHUSER_MOVABLE), order=0, oom_score_adj=0',
                           'Mem-Info: active_anon:7912201 inactive_anon:3301 isolated_anon:0',
                           'oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,global_oom,task_memcg=/system.slice/ad-stack.service,task=object_fusion_n,pid=3310,uid=1000',
                           'Out of memory: Killed process 3310 (object_fusion_n) total-vm:14092112kB, anon-rss:10921440kB, file-rss:11240kB, shmem-rss:0kB, UID:1000 pgtables:23112kB oom_score_adj:0',
                           'oom_reaper: reaped process 3310 (object_fusion_n), now anon-rss:0kB, file-rss:0kB, shmem-rss:0kB']):
        dm.add(tt + k * 0.01, dmesg(tt + k * 0.01 - (t0 - 40), m))
    cm = F('compute_metrics.csv'); compute_csv(cm, rng, t0, S, extra=[('fusion_rss_mb', lambda i, s: '%d' % (1800 + max(0, s['mem'] - 21.5) * 1024 if i < kill else 60))])
    return [rl, dm, cm], ('software_platform', 'oom', 'critical', ['high'], 'driving', 'compute_metrics.csv',
        'Robotaxi: the object-fusion process leaks memory (its RSS and system memory climb for ten minutes in the metrics CSV while the track buffer grows), the kernel OOM-kills it, perception goes stale and the MRM handler stops the vehicle.')

@batch
def b_truck_radiator(bn, rng, t0):
    dur = 600
    S = truck_state(rng, dur, cool0=62, vmax=75)
    on = 200
    for i in range(dur):
        load = S[i]['torque']
        S[i]['fan'] = 0
        if i > on:
            S[i]['cool'] = clamp(86 + (i - on) * 0.075 + rng.gauss(0, 0.3), 80, 108.5)
            S[i]['fan'] = 100 if S[i]['cool'] > 95 else 0
        if S[i]['cool'] > 104:
            S[i]['torque'] = min(S[i]['torque'], 55)
    fan_rpm = lambda i, s: int(220 + rng.gauss(0, 20)) if s['fan'] == 0 else int(410 + rng.gauss(0, 40))
    def dm1(i):
        if S[i]['cool'] > 104:
            return {0x00: (lamp_bytes(awl=1), [(110, 16, 1)])}
        return {}
    def ex(i, t):
        if i % 2:
            return []
        s = S[i]
        # FD (fan drive) PGN 65213: byte0 estimated fan speed %, bytes 2-3 fan speed 0.125 rpm/bit
        fr = int(fan_rpm(i, s) / 0.125)
        return [(t + 0.13, cd(t + 0.13, 'can0', 0x18FEBD00, [s['fan'], 0xF1 if s['fan'] else 0xF0, fr & 0xFF, fr >> 8, 0xFF, 0xFF, 0xFF, 0xFF]))]
    can = F('can0.candump', ['# fleetbox j1939 logger v3.4  iface=can0 250k  decimation=1/PGN/s  decode=on'])
    j1939_capture(can, rng, t0, S, dm1=dm1, extra_frames=ex)
    tl = F('telematics_export.csv'); telematics_csv(tl, rng, t0, S, 1, TRUCK_COLS + [('fan_cmd_pct', lambda i, s: s['fan']), ('fan_rpm', fan_rpm), ('amb_c', lambda i, s: 31)])
    jr = F('tcu_journal.txt')
    journal_routine(jr, rng, t0, dur, 'tcu-3307')
    tt = t0 + next(i for i in range(dur) if S[i]['cool'] > 104)
    jr.add(tt + 1, jour(tt + 1, 'tcu-3307', 'fleetlink', 'engine protection: torque limited by ECM (coolant) - event forwarded', 655))
    return [can, tl, jr], ('thermal', 'radiator', 'high', ['medium'], 'driving', 'telematics_export.csv',
        'Loaded tractor unit on a hot day: the fan drive is commanded to 100 % but the measured fan speed barely rises (viscous fan/clutch not engaging), coolant keeps climbing past 104 C and the ECM limits torque (SPN 110 FMI 16): derate while driving.')

@batch
def b_moto_healthy(bn, rng, t0):
    dur = 900
    v = speed_profile(rng, dur, 110, stop_every=140, stop_len=(8, 40), accel=1.8)
    ec = F('ecu_datalog.csv', ['t_ms,rpm,tps_pct,map_kpa,lambda1,lambda2,ign_adv_deg,coil1_pk_a,coil2_pk_a,misf_c1,misf_c2,gear,speed_kmh,clt_c'])
    for k in range(dur * 2):
        i = k // 2; sp = v[i]
        rpm = 1250 + rng.gauss(0, 20) if sp < 1 else clamp(2500 + (sp % 25) * 180 + rng.gauss(0, 60), 2000, 9500)
        ec.add(t0 + k * 0.5, '%d,%d,%.1f,%d,%.3f,%.3f,%.1f,%.2f,%.2f,0,0,%d,%.1f,%d' % (k * 500, rpm, 3 if sp < 1 else clamp(25 + rng.gauss(0, 12), 0, 100), 35 if sp < 1 else 72,
                 1.0 + rng.gauss(0, 0.012), 1.0 + rng.gauss(0, 0.012), 13 + rng.gauss(0, 1), 7.7 + rng.gauss(0, 0.15), 7.6 + rng.gauss(0, 0.15), 0 if sp < 1 else clamp(int(sp / 20) + 1, 1, 6), sp, int(warm(i, 9, 93, 260))))
    ab = F('abs_tpms.log')
    t = t0
    ab.add(t + 2, '%s ABS  I self-test: pump motor ok, valves ok, WSS F/R plausible at 6 km/h' % iso(t + 2))
    ab.add(t + 5, '%s TPMS W rear sensor id 0x4F21A7 not heard yet (sensor asleep, wakes > 25 km/h)' % iso(t + 5))
    ab.add(t + 61, '%s TPMS I rear sensor id 0x4F21A7 heard: 2.48 bar 12C' % iso(t + 61))
    while t < t0 + dur:
        t += rng.uniform(1.5, 3.5)
        i = min(int(t - t0), dur - 1)
        r = rng.random()
        if r < 0.5:
            ab.add(t, '%s ABS  I wss_f=%.1f wss_r=%.1f lean=%+d deg ctrl=IDLE' % (iso(t), v[i], v[i] * 1.01, rng.randint(-35, 35)))
        elif r < 0.8:
            ab.add(t, '%s TPMS I front %.2f bar %dC  rear %.2f bar %dC' % (iso(t), 2.25 + rng.gauss(0, 0.01), 14 + i // 120, 2.48 + rng.gauss(0, 0.01), 13 + i // 100))
        elif r < 0.85:
            ab.add(t, '%s ABS  I rear lift mitigation active %d ms (hard braking)' % (iso(t), rng.randint(40, 220)))
        else:
            ab.add(t, '%s TC   I intervention %d ms, slip %.1f%% (wet patch)' % (iso(t), rng.randint(30, 160), rng.uniform(6, 12)))
    ev = F('ride_events.jsonl')
    for i in range(0, dur, 3):
        ev.add(t0 + i, json.dumps({"ts": iso(t0 + i), "type": "heartbeat", "speed": round(v[i], 1), "mode": "RAIN" if i > 500 else "ROAD", "tc_level": 3 if i > 500 else 2}))
    ev.add(t0 + 500, json.dumps({"ts": iso(t0 + 500), "type": "mode_change", "from": "ROAD", "to": "RAIN", "by": "rider"}))
    return [ec, ab, ev], ('none', 'none', 'low', [], 'driving', None,
        'Motorcycle ride with a switch to rain mode: traction control and rear-lift mitigation intervene normally, the rear TPMS sensor is silent until it wakes above 25 km/h, all engine signals stay nominal.')

@batch
def b_shuttle_hvil(bn, rng, t0):
    dur = 700
    S = av_state(rng, dur, vmax=25, stop_every=120)
    op = 455
    for i in range(op, dur):
        S[i]['v'] = max(0.0, S[op - 1]['v'] - (i - op) * 2.5)
    host = 'vcu-shuttle-09'
    vc = F('vcu_slog2.txt', ['# slog2info -w  (QNX 7.1, vehicle control unit)'])
    t = t0
    while t < t0 + dur:
        t += rng.uniform(0.6, 1.6)
        i = min(int(t - t0), dur - 1)
        r = rng.random()
        if r < 0.45:
            vc.add(t, slog(t, 'vcu_main', 4107, 'drive', 5, 'tq_req=%dNm v=%.2fm/s mode=%s' % (int(S[i]['v'] * 4), S[i]['v'] / 3.6, 'AUTO' if i < op else 'SAFE_STOP')))
        elif r < 0.7:
            hv = 355 + rng.gauss(0, 1) if i < op else max(0, 355 - (i - op) * 60)
            vc.add(t, slog(t, 'bms_if', 4120, 'hv', 5, 'pack %.1fV %dA soc %d%% hvil=%s' % (hv, rng.randint(5, 60), 71, 'CLOSED' if i < op - 0.2 else 'OPEN')))
        elif r < 0.85:
            vc.add(t, slog(t, 'io-pkt-v6-hc', 2061, 'default', 6, 'eth1: link status up, 1000BASE-T1 master'))
        else:
            vc.add(t, slog(t, 'dcdc_if', 4122, 'lv', 5, 'lv out %.2fV %dA' % (13.9 + rng.gauss(0, 0.03), rng.randint(30, 55))))
    tt = t0 + op - 0.35
    for k, (sev, p, pid, b, m) in enumerate([(3, 'bms_if', 4120, 'hv', 'HVIL loop B (rear junction box / PTC heater) resistance open: 12 mA sense lost'),
                                            (2, 'bms_if', 4120, 'hv', 'contactor request OPEN (reason HVIL_B), main+ / main- opening under 38 A'),
                                            (2, 'vcu_main', 4107, 'drive', 'propulsion unavailable -> SAFE_STOP on regen + friction, hazard ON'),
                                            (3, 'vcu_main', 4107, 'drive', 'ADS link: request MRM ack from adcu (reason PROPULSION_LOST)'),
                                            (5, 'vcu_main', 4107, 'drive', 'vehicle standstill, EPB applied, doors locked, remote ops notified')]):
        dtt = tt + k * (0.05 if k < 3 else 4)
        vc.add(dtt, slog(dtt, p, pid, b, sev, m))
    rl = F('adcu_console.log')
    ros_stack(rl, rng, t0, S, period=4)
    tq = t0 + op + 0.2
    for k, (lv, n, m) in enumerate([('ERROR', 'vehicle.interface', 'VCU reports propulsion unavailable (state SAFE_STOP)'),
                                    ('WARN', 'system.mrm_handler', 'MRM requested by vehicle, type COMFORTABLE_STOP -> vehicle already braking'),
                                    ('ERROR', 'system.diagnostic_aggregator', 'level=ERROR vehicle: propulsion lost'),
                                    ('INFO', 'system.mrm_handler', 'MRM succeeded: stopped in lane, state=MRM_SUCCEEDED')]):
        rl.add(tq + k * 2.5, ros(lv, tq + k * 2.5, n, m))
    bm = F('bms_frames.csv', ['ts,pack_v,pack_i,hvil_a_ma,hvil_b_ma,iso_kohm,pos_contactor,neg_contactor,precharge'])
    for k in range(0, dur * 2):
        tt = t0 + k * 0.5; i = k // 2
        hb = 12.0 + rng.gauss(0, 0.05) if tt < t0 + op - 0.4 else 0.0
        st = 'CLOSED' if tt < t0 + op - 0.2 else 'OPEN'
        bm.add(tt, '%.1f,%.1f,%.1f,%.2f,%.2f,%d,%s,%s,OPEN' % (tt, 355 + rng.gauss(0, 0.8) if st == 'CLOSED' else max(0, 355 - (tt - t0 - op) * 60), rng.gauss(20, 10) if st == 'CLOSED' else 0, 12.0 + rng.gauss(0, 0.05), hb, 2500 + rng.randint(-30, 30), st, st))
    return [vc, rl, bm], ('battery_bms', 'hvil', 'critical', ['high'], 'driving', 'vcu_slog2.txt',
        'Autonomous shuttle in service: the rear HVIL loop current drops to zero, the BMS opens the main contactors, propulsion is lost and the vehicle performs a safe stop in lane; the ADS side only sees the consequence.')

@batch
def b_robotaxi_ethernet(bn, rng, t0):
    dur = 800
    S = av_state(rng, dur)
    flaps = [300, 377, 431, 472, 505, 530]
    mrm = 548
    down = set()
    for k, f_ in enumerate(flaps):
        for j in range(f_, f_ + 2 + k):
            down.add(j)
    for i in range(mrm, dur):
        down.add(i)
        S[i]['v'] = max(0.0, S[mrm - 1]['v'] - (i - mrm) * 2.0)
    for i in down:
        if i < dur:
            S[i]['lidar_top'] = 0; S[i]['lidar_hz'] = 0.0; S[i]['ndt'] = 0.0
    rl = F('launch_console.log')
    ros_stack(rl, rng, t0, S, quiet=lambda i, n: n in ('lidar_top',) and i in down)
    for i in sorted(down):
        if i >= dur or i % 2:
            continue
        tt = t0 + i + 0.41
        rl.add(tt, ros('WARN', tt, 'sensing.lidar_top.driver', 'no packet on udp:2368 for %d ms' % rng.randint(600, 1900)))
        rl.add(tt + 0.02, ros('WARN', tt + 0.02, 'localization.ndt_scan_matcher', 'input pointcloud stale, skipping alignment'))
    t = t0 + mrm + 0.5
    for k, (lv, n, m) in enumerate([('ERROR', 'system.diagnostic_aggregator', 'level=ERROR sensing/lidar_top: TIMEOUT, localization: DEGRADED (ekf prediction only 3.1 s)'),
                                    ('ERROR', 'system.mrm_handler', 'MRM requested: COMFORTABLE_STOP (localization unreliable)'),
                                    ('INFO', 'system.mrm_handler', 'MRM succeeded: state=MRM_SUCCEEDED, remote assist session opened')]):
        rl.add(t + k * 3, ros(lv, t + k * 3, n, m))
    dm = F('dmesg.txt')
    rel = boot_dmesg(dm, rng, t0 - 60, soc='orin-agx', board='ADCU-3 (Jetson AGX Orin based)', extra=['sja1105 spi0.0: Probed switch chip: SJA1105Q', 'sja1105 spi0.0 swp3: configuring for phy/rgmii link mode'])
    dmesg_routine(dm, rng, t0 - 60, dur + 60, rel, rate=3.0, pool=['eqos 2310000.ethernet eth0: EEE: LPI entry', 'mttcan c310000.mttcan can0: tx fifo full, requeue',
                                                                    'nvgpu: 17000000.gpu  gk20a_channel_timeout_check: channel 507 timeout 3000 ms (watchdog, progressing)', 'tegra-i2c 3160000.i2c: no acknowledge from address 0x50'])
    for k, f_ in enumerate(flaps):
        tt = t0 + f_ - 0.3
        dm.add(tt, dmesg(tt - t0 + 60, 'sja1105 spi0.0 swp3: Link is Down'))
        if k >= 2:
            dm.add(tt + 0.001, dmesg(tt - t0 + 60.001, 'tja1103 mdio0:0b: SQI %d/7, cable diag: OPEN suspect at ~%.1f m' % (clamp(3 - k // 2, 0, 7), 4.2 + rng.gauss(0, 0.1))))
        dm.add(tt + 2 + k, dmesg(tt - t0 + 62 + k, 'sja1105 spi0.0 swp3: Link is Up - 1Gbps/Full - flow control off'))
    tt = t0 + mrm - 0.3
    dm.add(tt, dmesg(tt - t0 + 60, 'sja1105 spi0.0 swp3: Link is Down'))
    ns = F('netstat_snapshot.csv', ['ts,port,link,rx_pps,rx_crc_err,sqi'])
    for i in range(0, dur, 2):
        for p in ('swp1', 'swp2', 'swp3', 'swp4'):
            l = 0 if (p == 'swp3' and i in down) else 1
            ns.add(t0 + i, '%d,%s,%d,%d,%d,%d' % (t0 + i, p, l, 0 if not l else {'swp1': 1800, 'swp2': 9300, 'swp3': 18200, 'swp4': 610}[p] + rng.randint(-50, 50),
                                                  (0 if p != 'swp3' or i < 250 else (i - 250) * 3 + rng.randint(0, 20)), 7 if p != 'swp3' or i < 280 else max(1, 6 - (i - 280) // 60)))
    return [rl, dm, ns], ('connectivity_network', 'ethernet', 'critical', ['high'], 'driving', 'netstat_snapshot.csv',
        'Robotaxi: the 1000BASE-T1 switch port feeding the roof lidar first accumulates CRC errors and falling SQI, then flaps down/up ever longer (cable/connector open suspect) until it stays down; lidar packets stop, localization degrades and the MRM stops the vehicle.')

@batch
def b_van_eps(bn, rng, t0):
    dur = 1200
    host = 'tcu-van-4410'
    v = speed_profile(rng, dur, 60, stop_every=90, stop_len=(10, 40))
    on = 520; lim = 604
    ep = F('eps_signals.csv', ['ts,speed_kmh,steer_angle_deg,tq_sensor_main_nm,tq_sensor_sub_nm,assist_pct,motor_a,eps_state'])
    for k in range(dur * 2):
        i = k // 2
        ang = 30 * math.sin(k / 37.0) + rng.gauss(0, 2) if v[i] < 25 else 4 * math.sin(k / 17.0) + rng.gauss(0, 0.5)
        tq = ang * 0.05 + rng.gauss(0, 0.08)
        sub = tq + rng.gauss(0, 0.04)
        if i >= on:
            sub = tq + 0.35 * math.sin(k / 3.0) * min(1, (i - on) / 50) + rng.gauss(0, 0.12)
        assist = 100 if i < lim else 20
        ep.add(t0 + k * 0.5, '%s,%.1f,%.1f,%.2f,%.2f,%d,%.1f,%s' % (iso(t0 + k * 0.5), v[i], ang, tq, sub, assist, abs(tq) * 18 * assist / 100, 'NORMAL' if i < lim else 'DEGRADED_MANUAL'))
    us = F('uds_eps_readout.txt', ['# workshop pull after trip: ISO-TP can2, EPS 0x730/0x738'])
    t = t0 + dur + 60
    us.add(t, '%s tx 730  02 10 03 AA AA AA AA AA' % iso(t)); us.add(t + 0.01, '%s rx 738  06 50 03 00 32 01 F4 AA' % iso(t + 0.01))
    pl = [0x59, 0x02, 0xFF] + dtc3('C0545', 0x29) + [0x2F] + dtc3('C0051', 0x62) + [0x2F] + dtc3('U0415', 0x81) + [0x28]
    fr = isotp(pl)
    us.add(t + 1, '%s tx 730  03 19 02 FF AA AA AA AA' % iso(t + 1))
    for j, f_ in enumerate(fr):
        us.add(t + 1.01 + j * 0.002, '%s rx 738  %s' % (iso(t + 1.01 + j * 0.002), hxs(f_)))
        if j == 0:
            us.add(t + 1.011, '%s tx 730  30 00 00 AA AA AA AA AA' % iso(t + 1.011))
    for k in range(300):
        tt = t + 3 + k * 0.5
        us.add(tt, '%s tx 730  03 22 48 %02X AA AA AA AA' % (iso(tt), 0x10 + k % 4))
        us.add(tt + 0.01, '%s rx 738  05 62 48 %02X %02X %02X AA AA' % (iso(tt + 0.01), 0x10 + k % 4, rng.randint(0, 255), rng.randint(0, 255)))
    jr = F('journal.txt')
    journal_routine(jr, rng, t0, dur, host, extra=[('vehstated[610]', 'gear change'), ('routed[701]', 'stop %d of 96 delivered' % rng.randint(1, 96))])
    tt = t0 + lim + 0.3
    jr.add(tt, jour(tt, host, 'vehstated', 'EPS status DEGRADED_MANUAL, telltale steering RED, chime', 610))
    return [ep, us, jr], ('brakes_chassis', 'eps', 'high', ['critical'], 'driving', 'eps_signals.csv',
        'Delivery van: the secondary channel of the steering torque sensor starts to disagree with the main channel (oscillating offset) in the signal log; after the plausibility debounce the EPS drops to 20 % assist. Workshop readout: C0545-29 and C0051-62 active. Assist reduction while driving is a high-risk degradation.')

@batch
def b_truck_canbus(bn, rng, t0):
    dur = 460
    S = truck_state(rng, dur, cool0=75, vmax=70)
    warn = 150
    gaps = [(190, 196), (228, 236), (262, 275), (301, 318)]
    limp = 302
    def gone(i):
        return any(a <= i < b for a, b in gaps)
    def dm1(i):
        d = {}
        if i >= 192:
            d[0x00] = (lamp_bytes(awl=1), [(639, 9, min(126, 1 + (i - 192) // 20))])
        if i >= limp + 16:
            d[0x03] = (lamp_bytes(awl=1, rsl=1), [(639, 2, 4), (523, 19, 1)])
        return d
    def ex(i, t):
        out = []
        if i >= warn and rng.random() < 0.15 + 0.5 * gone(i):
            out.append((t + 0.5, cd(t + 0.5, 'can0', 0x20000004, [0, 0x08 if i < 190 else 0x20, 0, 0, 0, 0, 0, 0])))
        if gone(i) and i % 2 == 0:
            out.append((t + 0.6, cd(t + 0.6, 'can0', 0x20000040, [0, 0, 0, 0, 0, 0, 0, 0])))
        return out
    for i in range(limp, dur):
        S[i]['gear'] = min(S[i]['gear'], 6)
    can = F('can0.candump', ['# fleetbox j1939 logger v3.4  iface=can0 250k  decimation=1/PGN/s  decode=on  err-frames=on'])
    j1939_capture(can, rng, t0, S, dm1=dm1, skip=lambda i, sa: sa == 0x03 and gone(i), extra_frames=ex)
    dm = F('dmesg.txt')
    rel = boot_dmesg(dm, rng, t0 - 30, soc='imx8qxp', board='fleetbox FB-8')
    dmesg_routine(dm, rng, t0 - 30, dur + 30, rel, rate=1.4)
    tt = t0 + warn
    dm.add(tt, dmesg(tt - t0 + 30, 'flexcan 5a8d0000.can can0: bus error: tx=0 rx=1 (bit stuffing)'))
    for k in range(18):
        tq = t0 + warn + 3 + k * 2.1
        dm.add(tq, dmesg(tq - t0 + 30, 'flexcan 5a8d0000.can can0: bus error: form error on ACK delimiter, rxerr=%d' % (8 * k + 9)))
    tq = t0 + 188
    dm.add(tq, dmesg(tq - t0 + 30, 'flexcan 5a8d0000.can can0: entered error warning state (rxerr 96)'))
    for a, b in gaps:
        tq = t0 + a - 0.2
        dm.add(tq, dmesg(tq - t0 + 30, 'flexcan 5a8d0000.can can0: entered error passive state (rxerr 128)'))
        dm.add(tq + (b - a), dmesg(tq + (b - a) - t0 + 30, 'flexcan 5a8d0000.can can0: back to error active'))
    tl = F('telematics_export.csv'); telematics_csv(tl, rng, t0, S, 1, TRUCK_COLS + [('trans_mode', lambda i, s: 'LIMP' if i >= limp + 16 else 'AUTO')])
    return [can, dm, tl], ('connectivity_network', 'can', 'high', ['medium'], 'driving', 'dmesg.txt',
        'Tractor unit: bit-stuffing/form errors rise on the J1939 backbone (physical-layer damage, error frames in the capture), frames from the transmission (SA 0x03) drop out in growing gaps, the ECM logs SPN 639 and the gearbox finally goes to a limp gear range.')

@batch
def b_shuttle_depot_healthy(bn, rng, t0):
    dur = 3000
    vc = F('vcu_slog2.txt', ['# slog2info -w  (QNX 7.1, vehicle control unit)'])
    t = t0
    for k, (p, pid, b, sev, m) in enumerate([('slm', 1, 'default', 5, 'System Launch Manager: starting 27 modules'), ('io-pkt-v6-hc', 2061, 'default', 6, 'eth1: link status up, 1000BASE-T1 master'),
                                              ('vcu_main', 4107, 'drive', 5, 'mode DEPOT_PARK, EPB applied'), ('bms_if', 4120, 'hv', 5, 'HV off requested (depot park), contactors OPEN'),
                                              ('slm', 1, 'default', 4, 'module dcdc_if slow to report ready (1.8 s) - ok')]):
        vc.add(t + k * 0.4, slog(t + k * 0.4, p, pid, b, sev, m))
    while t < t0 + dur:
        t += rng.uniform(4, 10)
        r = rng.random()
        if r < 0.4:
            vc.add(t, slog(t, 'lv_mgr', 4130, 'lv', 5, 'lv battery %.2fV soc %d%% sleep current %dmA' % (12.7 - (t - t0) / 90000, 88, rng.randint(35, 60))))
        elif r < 0.7:
            vc.add(t, slog(t, 'vcu_main', 4107, 'drive', 5, 'DEPOT_PARK heartbeat ok, doors locked, cabin %dC' % rng.randint(7, 9)))
        elif r < 0.8:
            vc.add(t, slog(t, 'io-pkt-v6-hc', 2061, 'default', 6, 'wm0: DHCP lease renewed 10.10.%d.%d' % (rng.randint(1, 4), rng.randint(10, 200))))
        elif r < 0.85:
            vc.add(t, slog(t, 'tcu_if', 4140, 'net', 4, 'cellular: registration lost (depot hall), using depot WiFi'))
        else:
            vc.add(t, slog(t, 'calib_mgr', 4150, 'calib', 5, 'nightly extrinsics check queued'))
    rl = F('adcu_console.log')
    tt = t0 + 600
    rl.add(tt, ros('INFO', tt, 'launch', 'depot calibration profile launched'))
    for k in range(350):
        tq = tt + k * 4
        n = pick(rng, ['calibration.lidar_extrinsics', 'calibration.camera_intrinsics', 'calibration.radar_alignment', 'sensing.lidar_top.driver'])
        if n == 'calibration.lidar_extrinsics':
            m = 'target board %d: residual %.3f m (limit 0.030)' % (rng.randint(1, 6), rng.uniform(0.004, 0.018))
        elif n == 'calibration.camera_intrinsics':
            m = 'cam %s reprojection rms %.2f px (limit 0.80)' % (pick(rng, ['front_wide', 'rear', 'left', 'right']), rng.uniform(0.2, 0.5))
        elif n == 'calibration.radar_alignment':
            m = 'yaw misalignment %.2f deg (limit 1.0)' % rng.uniform(-0.3, 0.3)
        else:
            m = 'scan rate 10.0 Hz, %d pts/scan' % rng.randint(178000, 186000)
        rl.add(tq, ros('INFO', tq, n, m))
        if rng.random() < 0.03:
            rl.add(tq + 0.5, ros('WARN', tq + 0.5, 'calibration.camera_intrinsics', 'checkerboard not found in frame (glare), retrying'))
    rl.add(tt + 1405, ros('INFO', tt + 1405, 'calibration.report', 'nightly check PASS: 4 lidar, 8 camera, 5 radar within tolerance'))
    rl.add(tt + 1410, ros('INFO', tt + 1410, 'launch', 'shutting down depot profile, entering low-power'))
    ch = F('depot_wallbox.log')
    for i in range(0, dur, 8):
        tq = t0 + i
        ch.add(tq, '%s OCPP  MeterValues connector=1 Energy.Active.Import.Register=%.2f kWh Power=%.1f kW SoC=%d' % (iso(tq), 12.4 + i * 0.0032, 11.0 if i < 2200 else 0.4, min(100, 64 + i // 60)))
    ch.add(t0 + 2200, '%s OCPP  StatusNotification connector=1 status=SuspendedEV (target SOC reached)' % iso(t0 + 2200))
    ch.add(t0 + 30, '%s OCPP  WARN  Heartbeat response late (4.2 s), central system ok' % iso(t0 + 30))
    return [vc, rl, ch], ('none', 'none', 'low', [], 'charging', None,
        'Autonomous shuttle parked in its depot on AC charge: nightly sensor calibration check passes, the cellular modem loses registration inside the hall (WiFi takes over), charge suspends at target SOC.')

@batch
def b_bus_airleak(bn, rng, t0):
    dur = 620
    S = truck_state(rng, dur, cool0=60, vmax=50, stop_every=70)
    on = 230
    p1 = 1000.0; p2 = 1000.0; comp = 0
    for i in range(dur):
        s = S[i]
        use = 25 if s['v'] > 1 and rng.random() < 0.1 else 0
        leak = 0 if i < on else min(10.5, (i - on) * 0.07)
        p1 -= use * 0.5; p2 -= use * 0.5 + leak
        if p1 < 850 or p2 < 850: comp = 1
        if p1 > 1000 and p2 > 1000: comp = 0
        if comp:
            p1 += 7; p2 += 7
        p1 = clamp(p1, 0, 1010); p2 = clamp(p2, 430, 1010)
        s['p1'] = p1 + rng.gauss(0, 3); s['p2'] = p2 + rng.gauss(0, 3); s['comp'] = comp
    stop = next(i for i in range(dur) if S[i]['p2'] < 560) + 20
    for i in range(stop, dur):
        S[i]['v'] = max(0.0, S[stop - 1]['v'] - (i - stop) * 3.0)
    def ex(i, t):
        if i % 2:
            return []
        s = S[i]
        return [(t + 0.14, cd(t + 0.14, 'can0', 0x18FEAE30, [0xFF, 0xFF, int(s['p1'] / 8), int(s['p2'] / 8), 0xFF, 0xFF, 0xFF, 0xFF]))]
    def dm1(i):
        if S[i]['p2'] < 560:
            return {0x30: (lamp_bytes(rsl=1), [(1088, 18, 1)])}
        return {}
    can = F('can0.candump', ['# busbox j1939 capture  can0 250k  1 frame/PGN/s  decode=on'])
    j1939_capture(can, rng, t0, S, dm1=dm1, extra_sa=(0x03, 0x0B, 0x30), extra_frames=ex)
    tl = F('telematics_export.csv'); telematics_csv(tl, rng, t0, S, 1, TRUCK_COLS[:6] + [('air_circ1_kpa', lambda i, s: int(s['p1'])), ('air_circ2_kpa', lambda i, s: int(s['p2'])), ('compressor_on', lambda i, s: s['comp']), ('doors_open', lambda i, s: 1 if s['v'] < 1 and i % 70 < 20 else 0)], vin='YV3R8L62XK1183347')
    dr = F('driver_console.log')
    t = t0
    while t < t0 + dur:
        t += rng.uniform(1.0, 2.4)
        i = min(int(t - t0), dur - 1)
        dr.add(t, '%s DIS  line 32 stop %d/41 next="%s" speed=%d delay=%+ds' % (iso(t), 10 + i // 60, pick(rng, ['Market', 'Station', 'Hospital', 'Park Road']), int(S[i]['v']), rng.randint(-30, 90)))
    lw = next(i for i in range(dur) if S[i]['p2'] < 560)
    for tt, m in [(lw + 0.3, 'WARN  telltale LOW AIR circuit 2 RED + buzzer'), (lw + 1.0, 'WARN  popup "Stop safely - brake air pressure low"'), (stop + 25, 'INFO  parking brake applied, hazards ON, operator call to control room')]:
        dr.add(t0 + tt, '%s DIS  %s' % (iso(t0 + tt), m))
    return [can, tl, dr], ('brakes_chassis', 'brakes', 'critical', ['high'], 'driving', 'telematics_export.csv',
        'City bus on route: service-brake air circuit 2 loses pressure between compressor cycles (leak) while circuit 1 holds; the compressor duty rises, then the low-air warning (SPN 1088 FMI 18) forces the driver to stop the bus: a safe stop because braking capacity is compromised.')

@batch
def b_excavator_hydtemp(bn, rng, t0):
    dur = 620
    on = 120
    ht = lambda i: warm(i, 55, 62, 100) if i < on else clamp(62 + (i - on) * 0.065, 55, 97)
    der = next(i for i in range(dur) if ht(i) > 90)
    co = F('canopen_can1.log', ['# candump -ta can1  (machine bus 500k, CANopen, SYNC 1 s)'])
    canopen_capture(co, rng, t0, dur, [0x10, 0x11, 0x20, 0x30], pdo=excavator_pdo(rng, lambda k: ht(k)))
    tt = t0 + der + 0.2
    co.add(tt, emcy(tt, 'can1', 0x11, 0x4210, 0x09, (0x5A, 0, 0, 0, 0)))
    mc = F('machine_controller.log')
    t = t0
    while t < t0 + dur:
        t += rng.expovariate(1 / 1.5)
        i = int(t - t0)
        if i >= dur: break
        r = rng.random()
        if r < 0.35:
            mc.add(t, '%s MC  I  cycle: boom=%d%% arm=%d%% bucket=%d%% swing=%+ddeg pump=%dbar mode=%s' % (iso(t), rng.randint(0, 100), rng.randint(0, 100), rng.randint(0, 100), rng.randint(-90, 90), rng.randint(80, 330) if i < der else rng.randint(60, 200), 'P' if i < der else 'E(forced)'))
        elif r < 0.6:
            mc.add(t, '%s MC  I  hydraulics oil=%dC pilot=%dbar filter_dp=%.1fbar cooler_fan=%drpm' % (iso(t), int(ht(i)), rng.randint(38, 42), rng.uniform(0.4, 0.9), 1450 + rng.randint(-20, 20)))
        elif r < 0.8:
            mc.add(t, '%s MC  I  engine %d rpm load %d%%' % (iso(t), rng.randint(1600, 1800), rng.randint(50, 90)))
        else:
            mc.add(t, '%s MC  I  payload weigh: bucket %.2f t' % (iso(t), rng.uniform(0.8, 2.1)))
    mc.add(t0 + der + 0.3, '%s MC  W  node 0x11 EMCY 0x4210 (device temperature) - hydraulic power reduced to 60%%, mode forced ECO' % iso(t0 + der + 0.3))
    tl = F('telematics.csv', ['utc,engine_hours,fuel_level_pct,hyd_oil_c,coolant_c,ambient_c,cooler_dp_kpa,cooler_fan_rpm,sys_v,work_mode'])
    for i in range(0, dur, 2):
        tl.add(t0 + i, '%s,%.2f,%.1f,%d,%d,%d,%.1f,%d,%.2f,%s' % (csvts(t0 + i), 9121.0 + i / 3600, 55 - i * 0.002, int(ht(i)), 86 + rng.randint(-1, 1), 29, 4.1 + rng.gauss(0, 0.1), 1450 + rng.randint(-20, 20), 27.8 + rng.gauss(0, 0.05), 'P' if i < der else 'E'))
    return [co, mc, tl], ('thermal', 'overtemp', 'high', ['medium'], 'driving', 'telematics.csv',
        'Excavator at work: hydraulic oil temperature climbs steadily past its usual 60 C plateau although the cooler fan runs normally and engine coolant stays at 86 C; at 90 C the pump node sends EMCY 0x4210 and the machine controller derates hydraulic power.')

@batch
def b_truck_alternator(bn, rng, t0):
    dur = 520
    S = truck_state(rng, dur, cool0=70, vmax=80)
    on = 140
    for i in range(on, dur):
        S[i]['batt'] = clamp(27.9 - (i - on) * 0.011 + rng.gauss(0, 0.05), 23.2, 28.2)
    def dm1(i):
        if S[i]['batt'] < 24.6:
            return {0x00: (lamp_bytes(awl=1), [(167, 1, 1)])}
        if S[i]['batt'] < 25.8:
            return {0x00: (lamp_bytes(awl=1), [(167, 18, 1)])}
        return {}
    def ex(i, t):
        if i % 4:
            return []
        # alternator info PGN 65271 already carries SPN 167/168; add alternator speed PGN 65269? use proprietary 0xFF20 from SA 0x00
        exc = 0x28 if i < on else min(0xFF, 0x28 + (i - on) // 2)
        return [(t + 0.16, cd(t + 0.16, 'can0', 0x18FF2000, [exc, int(S[i]['rpm'] * 3 / 32) & 0xFF, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]))]
    can = F('can0.candump', ['# fleetbox j1939 logger v3.4  iface=can0 250k  decimation=1/PGN/s  decode=on'])
    j1939_capture(can, rng, t0, S, dm1=dm1, extra_frames=ex)
    tl = F('telematics_export.csv'); telematics_csv(tl, rng, t0, S, 1, TRUCK_COLS + [('alt_field_duty_pct', lambda i, s: 16 if i < on else min(100, 16 + (i - on) // 2 * 100 // 255))])
    jr = F('tcu_journal.txt')
    journal_routine(jr, rng, t0, dur, 'tcu-7720')
    shed = next(i for i in range(dur) if S[i]['batt'] < 24.6)
    for k, m in enumerate(['power manager: supply %.1f V < 24.6 V, shedding comfort loads (HVAC blower, sleeper heater, 230V inverter)' % S[shed]['batt'],
                           'fleetlink: event BATTERY_CHARGE_LOW forwarded (prio 1)', 'camera-dvr: brown-out guard armed']):
        jr.add(t0 + shed + 0.5 + k, jour(t0 + shed + 0.5 + k, 'tcu-7720', 'pwrmgr' if k == 0 else 'fleetlink' if k == 1 else 'dvr', m, 700 + k))
    return [can, tl, jr], ('power_supply', 'alternator', 'high', ['medium', 'critical'], 'driving', 'telematics_export.csv',
        'Tractor unit: system voltage (SPN 168) sags slowly from 27.9 V while the alternator field duty runs to 100 % (no output); the ECM later raises SPN 167 FMI 18 then FMI 1 and the power manager sheds comfort loads with the battery now discharging.')

@batch
def b_robotaxi_dcdc(bn, rng, t0):
    dur = 760
    S = av_state(rng, dur)
    trip = 455
    for i in range(trip, dur):
        S[i]['lv'] = clamp(13.8 - (i - trip) * 0.09, 11.6, 13.8) if i < trip + 40 else clamp(11.6 - (i - trip - 40) * 0.03, 10.4, 11.6)
    brown = next(i for i in range(dur) if S[i]['lv'] < 11.0)
    for i in range(brown, dur):
        S[i]['v'] = max(0.0, S[brown - 1]['v'] - (i - brown) * 2.5)
    rl = F('launch_console.log')
    ros_stack(rl, rng, t0, S[:brown])
    tb = t0 + brown
    for k, (lv, n, m) in enumerate([('WARN', 'vehicle.interface', 'VCU power state LV_DEGRADED (12V bus %.1f V)' % S[brown]['lv']),
                                    ('ERROR', 'sensing.lidar_front.driver', 'device went silent (power?)'),
                                    ('ERROR', 'sensing.camera.front_wide', 'GMSL link lost on port 0, 1, 2'),
                                    ('ERROR', 'system.mrm_handler', 'MRM requested: EMERGENCY_STOP handed to backup controller (main ADCU rail unstable)')]):
        rl.add(tb + k * 0.3, ros(lv, tb + k * 0.3, n, m))
    bk = brown + 4
    ros_stack(rl, rng, t0 + bk + 30, S[bk + 30:])  # rebooted stack routine after restart, standstill
    rl.add(t0 + bk + 25, ros('INFO', t0 + bk + 25, 'launch', 'ad-stack restarted after ADCU reset (power-on reason: BROWNOUT)'))
    vc = F('vcu_power.log', ['# VCU power manager trace, 1 Hz'])
    for i in range(dur):
        t = t0 + i + 0.2
        dc = 'RUN' if i < trip else 'FAULT_OCP_LATCHED'
        io = 95 + rng.gauss(0, 5) if i < trip else 0.0
        vc.add(t, '%s PWR  dcdc=%s out=%.2fV iout=%.1fA hv_in=%.0fV lv_batt=%.2fV soc12=%d%% tcase=%dC' % (iso(t), dc, S[i]['lv'] if i < trip else 0.0, io, 398 + rng.gauss(0, 1), S[i]['lv'], 92 if i < trip else max(20, 92 - (i - trip) // 5), 48 if i < trip - 30 else 48 + (i - trip + 30) // 2 if i < trip else 30))
    vc.add(t0 + trip - 0.1, '%s PWR  DCDC: output overcurrent shutdown (hiccup disabled by config), latch set, 12V now on AGM only' % iso(t0 + trip - 0.1))
    vc.add(t0 + brown + 0.1, '%s PWR  LV bus below 11.0 V: non-critical loads shed, backup controller powered from redundant 12V' % iso(t0 + brown + 0.1))
    cm = F('compute_metrics.csv'); compute_csv(cm, rng, t0, S)
    return [rl, vc, cm], ('power_supply', 'dcdc', 'critical', ['high'], 'driving', 'vcu_power.log',
        'Robotaxi: the HV-to-12V DC-DC converter latches off on overcurrent, the 12 V bus then runs down on the auxiliary battery until the main compute rail browns out; sensors drop and the backup controller performs an emergency stop.')

@batch
def b_tractor_coldcrank(bn, rng, t0):
    dur = 420
    S = tractor_state(rng, dur, field=False)
    # first crank attempt fails with deep dip; second works
    for i in range(0, 30):
        S[i]['batt'] = 12.2; S[i]['rpm'] = 0; S[i]['v'] = 0
    for i in range(30, 40):
        S[i]['batt'] = 7.9 + rng.gauss(0, 0.2); S[i]['rpm'] = 110
    for i in range(40, 60):
        S[i]['batt'] = 11.9; S[i]['rpm'] = 0
    for i in range(60, 67):
        S[i]['batt'] = 9.1 + rng.gauss(0, 0.2); S[i]['rpm'] = 140
    for i in range(60, dur):
        S[i]['v'] = 0.0 if i < 200 else S[i]['v']
    can = F('isobus_can0.log', ['# agrilog 2.1 candump -L can0 (ISOBUS 250k), 1 frame per PGN per second, decode on'])
    isobus_claims(can, t0 + 0.5)
    isobus_claims(can, t0 + 41)   # ECUs re-claim after brown-out reset during crank 1
    j1939_capture(can, rng, t0 + 1, S, extra_sa=(0x03, 0x26), extra_frames=trf1(S), skip=lambda i, sa: 31 <= i < 41 and sa in (0x03, 0x26),
                  dm1=lambda i: {0x00: (lamp_bytes(), [(168, 4, 1)])} if 31 <= i < 120 else {0x26: (lamp_bytes(), [])} if i > 120 else {})
    tl = F('telematics.csv'); telematics_csv(tl, rng, t0, S, 1, TRACTOR_COLS + [('amb_c', lambda i, s: -14)], lat0=52.2, lon0=21.0, vin='AGR6M155KNN077812')
    lg = F('cab_controller.log')
    t = t0
    lg.add(t0 + 1, '%s CAB I key ON, glow plugs 18 s (ambient -14C)' % iso(t0 + 1))
    lg.add(t0 + 30, '%s CAB I crank request' % iso(t0 + 30))
    lg.add(t0 + 31.2, '%s CAB W supply dip 7.9 V during crank - terminal 15 consumers reset (TCU, ICU, armrest)' % iso(t0 + 31.2))
    lg.add(t0 + 40, '%s CAB W crank aborted after 10 s, no start' % iso(t0 + 40))
    lg.add(t0 + 41, '%s CAB I power-on reset reason BROWNOUT, restoring settings' % iso(t0 + 41))
    lg.add(t0 + 60, '%s CAB I crank request (attempt 2)' % iso(t0 + 60))
    lg.add(t0 + 67, '%s CAB I engine running, alternator charging 14.1 V' % iso(t0 + 67))
    while t < t0 + dur:
        t += rng.uniform(0.6, 1.6)
        i = min(int(t - t0), dur - 1)
        lg.add(t, '%s CAB I hmi tick vbat=%.2f eng=%d rpm cab_heater=%s' % (iso(t), S[i]['batt'], int(S[i]['rpm']), 'ON' if i > 70 else 'OFF'))
    return [can, tl, lg], ('power_supply', 'lv_battery', 'low', ['medium'], 'parked', 'telematics.csv',
        'Tractor cold start at -14 C: the 12 V battery collapses to ~8 V on the first crank (weak battery), terminal-15 ECUs reset and re-claim addresses, the engine starts on the second try. Recovered by itself (medium) lowered one step because the tractor was parked.')

@batch
def b_bus_pdu(bn, rng, t0):
    dur = 800
    host = 'cgw-bus201'
    trip = 377
    v = speed_profile(rng, dur, 50, stop_every=70, stop_len=(15, 35))
    pd = F('pdu_channels.csv', ['ts,ch01_a,ch02_a,ch03_a,ch04_a,ch05_a,ch06_a,ch07_a,ch08_a,bus_v,ch07_state'])
    for k in range(dur * 2):
        i = k // 2; t = t0 + k * 0.5
        c7 = 6.2 + rng.gauss(0, 0.2)
        if i > trip - 70:
            c7 += (i - trip + 70) * 0.09 + (rng.random() < 0.1) * rng.uniform(2, 6)
        st = 'ON'
        if i >= trip:
            c7 = 0.0; st = 'TRIPPED'
        vals = [12.1 + rng.gauss(0, 0.3), 4.0 + rng.gauss(0, 0.1), 8.8 + rng.gauss(0, 0.2), 2.2 + rng.gauss(0, 0.05), 15.1 + rng.gauss(0, 0.5), 1.1, c7, 3.3 + rng.gauss(0, 0.1)]
        pd.add(t, '%.1f,%s,%.2f,%s' % (t, ','.join('%.2f' % x for x in vals), 27.6 + rng.gauss(0, 0.05), st))
    gw = F('gateway_journal.txt')
    journal_routine(gw, rng, t0, dur, host, modem=False, extra=[('cgwd[301]', 'route table v41: 188 routes, 6 domains')])
    for k, m in enumerate(['door controller DCU1 (0x2F0) timeout', 'door controller DCU2 (0x2F1) timeout', 'kneeling/level ECU (0x2A4) timeout', 'ramp ECU (0x2A8) timeout']):
        tq = t0 + trip + 0.6 + k * 0.05
        gw.add(tq, jour(tq, host, 'cgwd', 'domain BODY: %s -> substitute values, DTC U%04X stored' % (m, [0x0140, 0x0141, 0x0155, 0x0156][k]), 301))
    gw.add(t0 + trip + 0.2, jour(t0 + trip + 0.2, host, 'pdud', 'PDU: channel 7 (fuse F23 e-fuse, doors/kneel/ramp) overcurrent trip %.1f A > 20.0 A for 40 ms' % 23.8, 322))
    cl = F('cluster.log')
    t = t0
    while t < t0 + dur:
        t += rng.uniform(0.8, 2.0)
        i = min(int(t - t0), dur - 1)
        cl.add(t, '%s CLUSTER I frame ok spd=%d doors=%s' % (iso(t), int(v[i]), 'closed' if i < trip else 'UNKNOWN'))
    for tq, m in [(trip + 0.8, 'E door status invalid (DCU1, DCU2) -> telltale DOOR RED'), (trip + 0.9, 'W stop request: drive-away interlock active (door state unknown)'),
                  (trip + 1.0, 'W kneeling unavailable'), (trip + 60, 'I driver ack, bus stationary at stop, interlock held')]:
        cl.add(t0 + tq, '%s CLUSTER %s' % (iso(t0 + tq), m))
    return [pd, gw, cl], ('power_supply', 'lv_distribution', 'high', ['critical', 'medium'], 'driving', 'pdu_channels.csv',
        'City bus: the 24 V PDU channel feeding the door, kneeling and ramp controllers draws ever more current (spikes) until its e-fuse trips; those ECUs go silent at once and the gateway/cluster flood with timeouts and a drive-away interlock. The root cause is the LV distribution channel, not the network.')

@batch
def b_van_contactor(bn, rng, t0):
    dur = 900
    host = 'tcu-van-6020'
    off = 640
    bm = F('bms_shutdown.csv', ['ts,key,pack_v,link_v,pack_i,main_pos,main_neg,precharge,weld_check'])
    for k in range(dur * 2):
        t = t0 + k * 0.5; i = k // 2
        key = 'ON' if i < off else 'OFF'
        pv = 352 + rng.gauss(0, 0.5)
        if i < off:
            lv = pv - 0.4; pos = neg = 'CLOSED'; wc = '-'
        elif i < off + 3:
            lv = pv - 0.3; pos = 'CLOSED' if i < off + 1 else 'OPEN_CMD'; neg = 'CLOSED'; wc = 'RUN'
        else:
            lv = max(0.0, pv - 2.0 - (i - off - 3) * 0.02) if i < off + 20 else pv - 1.5 + rng.gauss(0, 0.3)
            pos = 'OPEN_CMD'; neg = 'OPEN'; wc = 'FAIL_POS' if i >= off + 6 else 'RUN'
        pi = rng.gauss(-25, 10) if i < off else rng.gauss(0.0, 0.1)
        bm.add(t, '%.1f,%s,%.1f,%.1f,%.1f,%s,%s,OPEN,%s' % (t, key, pv, lv, pi, pos, neg, wc))
    jr = F('journal.txt')
    journal_routine(jr, rng, t0, dur, host, extra=[('vehstated[610]', 'gear P'), ('routed[701]', 'route complete, returning to hub')])
    tq = t0 + off + 6.2
    jr.add(tq, jour(tq, host, 'udsd', 'BMS 0x7E4 new DTC 0x0AA173 status 0x09', 880))
    jr.add(tq + 1, jour(tq + 1, host, 'vehstated', 'next HV-on inhibited by BMS (reason 0x33), service required', 610))
    us = F('uds_bms_readout.txt', ['# remote diagnostic session via TCU -> BMS 0x7E4/0x7EC'])
    t = t0 + off + 40
    for k in range(0, 150):
        tt = t + k * 1.5
        us.add(tt, '%s tx 7E4  03 22 D1 %02X AA AA AA AA' % (iso(tt), k % 8))
        us.add(tt + 0.01, '%s rx 7EC  05 62 D1 %02X %02X %02X AA AA' % (iso(tt + 0.01), k % 8, rng.randint(0, 255), rng.randint(0, 255)))
    tt = t + 2
    pl = [0x59, 0x02, 0xFF] + dtc3('P0AA1', 0x73) + [0x09] + dtc3('P0AA6', 0x00) + [0x28]
    us.add(tt, '%s tx 7E4  03 19 02 FF AA AA AA AA' % iso(tt))
    for j, f_ in enumerate(isotp(pl)):
        us.add(tt + 0.01 + j * 0.002, '%s rx 7EC  %s' % (iso(tt + 0.01 + j * 0.002), hxs(f_)))
        if j == 0:
            us.add(tt + 0.011, '%s tx 7E4  30 00 00 AA AA AA AA AA' % iso(tt + 0.011))
    return [bm, jr, us], ('battery_bms', 'contactor', 'medium', ['high'], 'parked', 'bms_shutdown.csv',
        'Electric delivery van at key-off: the BMS opens the positive main contactor but the link voltage stays at pack level (welded contact) and the weld check fails; DTC 0x0AA173 (P0AA1-73) is set and the next HV-on is inhibited. Feature lost (high), lowered one step since the van is parked.')

@batch
def b_ebus_charge_healthy(bn, rng, t0):
    dur = 1800
    host = 'tcu-bus088'
    bms = F('bms_log.csv', ['time_s,pack_v,pack_i,soc_pct,cell_v_min,cell_v_max,t_min_c,t_max_c,iso_pos_kohm,iso_neg_kohm,contactor_state'])
    soc = 34.0; end = 1650
    for i in range(0, dur, 4):
        i_ = -300.0 if 40 < i < end else 0.0
        if soc > 90 and i_:
            i_ = -300.0 * max(0.1, (100 - soc) / 10)
        soc = min(100, soc + (-i_) * 4 / 3600 / 5.2)
        bms.add(t0 + i, '%d,%.1f,%.1f,%.1f,%.3f,%.3f,%.1f,%.1f,%d,%d,%s' % (i, 640 + soc * 1.15 + (8 if i_ else 0), i_, soc, 3.6 + soc * 0.005, 3.612 + soc * 0.005, 18 + i * 0.003, 20 + i * 0.0035, 3300 + rng.randint(-60, 60), 3250 + rng.randint(-60, 60), 'CLOSED' if 30 < i < end + 10 else 'OPEN'))
    ch = F('pantograph_charger.log')
    t = t0 + 2
    for k, m in enumerate(['pantograph lowered, contact detected on 4/4 rails', 'WiFi association to charger CP-07 ok (RSSI -48)', 'ISO15118/OppCharge: SessionSetup ok',
                           'CableCheck: insulation test 500 V -> 3.1 MOhm ok', 'PreCharge: 702 V reached in 2.8 s', 'PowerDelivery: START']):
        ch.add(t + k * 2, '%s INFO  oppcharge  %s' % (iso(t + k * 2), m))
    ch.add(t + 3, '%s WARN  oppcharge  WiFi probe 1 lost, retrying (ok on retry)' % iso(t + 3))
    for i in range(40, end, 4):
        tt = t0 + i
        ch.add(tt, '%s INFO  oppcharge  CurrentDemand: target %dA present %.1fA %.1fV EVSE_Ready' % (iso(tt), 300, 299 + rng.gauss(0, 1), 690 + i * 0.02))
    for k, m in enumerate(['CurrentDemand: EV reports full (SOC 100%%)', 'PowerDelivery: STOP', 'WeldingDetection ok', 'pantograph raised, session closed 1h 27m %.1f kWh' % (soc - 34) ]):
        ch.add(t0 + end + k * 1.5, '%s INFO  oppcharge  %s' % (iso(t0 + end + k * 1.5), m))
    jr = F('tcu_journal.txt')
    journal_routine(jr, rng, t0, dur, host, extra=[('depotmgr[702]', 'slot 3 preconditioning cabin to 20C at 05:20'), ('depotmgr[702]', 'slot 3 departure ready check: PASS')])
    tt = t0 + 900
    jr.add(tt, jour(tt, host, 'kernel', 'ath10k_pci 0000:01:00.0: firmware crashed! restarting (handled)', None))
    jr.add(tt + 4, jour(tt + 4, host, 'wpa_supplicant', 'wlan0: CTRL-EVENT-CONNECTED - Connection to charger CP-07 completed', 540))
    return [bms, ch, jr], ('none', 'none', 'low', [], 'charging', None,
        'Electric bus on depot pantograph charge overnight: insulation stays ~3 MOhm, current tapers near full and the session ends normally; a WiFi probe loss and a WLAN firmware restart recover immediately.')

@batch
def b_eexcavator_inverter(bn, rng, t0):
    dur = 700
    fl = [403]
    co = F('canopen_can1.log', ['# candump -ta can1  (e-machine bus 500k, CANopen, SYNC 1 s) - mini excavator battery-electric'])
    base_pdo = excavator_pdo(rng, lambda k: 48)
    def pdo(k, nd):
        if nd == 0x10 and 403 <= k < 406:
            return [0, 0, 0, 0, 61, 0x08, 0x04, 0x00]
        return base_pdo(k, nd)
    canopen_capture(co, rng, t0, dur, [0x10, 0x11, 0x20, 0x30], pdo=pdo, down=lambda tr, nd: nd == 0x10 and 404 <= tr < 406)
    tt = t0 + 403.12
    co.add(tt, emcy(tt, 'can1', 0x10, 0x2310, 0x03, (0x11, 0x02, 0x00, 0x00, 0x00)))
    co.add(t0 + 404.02, cdta(t0 + 404.02, 'can1', 0x000, [0x81, 0x10]))
    co.add(t0 + 406.1, cdta(t0 + 406.1, 'can1', 0x710, [0x00]))
    co.add(t0 + 406.3, cdta(t0 + 406.3, 'can1', 0x000, [0x01, 0x10]))
    co.add(t0 + 406.4, emcy(t0 + 406.4, 'can1', 0x10, 0x0000, 0x00))
    mc = F('machine_controller.log')
    t = t0
    while t < t0 + dur:
        t += rng.expovariate(1 / 1.5)
        r = rng.random()
        if r < 0.4:
            mc.add(t, '%s VCU I  cycle: boom=%d%% arm=%d%% swing=%+ddeg travel=%s' % (iso(t), rng.randint(0, 100), rng.randint(0, 100), rng.randint(-90, 90), pick(rng, ['STOP', 'STOP', 'LOW'])))
        elif r < 0.7:
            mc.add(t, '%s VCU I  pack %dV soc %d%% motor %d rpm inverter %dC' % (iso(t), 312 + rng.randint(-2, 2), 58 - int(t - t0) // 120, 1450 + rng.randint(-30, 30), 52 + rng.randint(0, 3)))
        else:
            mc.add(t, '%s VCU I  hyd pressure %d bar flow %d L/min' % (iso(t), rng.randint(60, 260), rng.randint(20, 70)))
    for tq, m in [(403.2, 'E  inverter 0x10 EMCY 0x2310 (phase W overcurrent, gate driver desat) -> torque 0, hydraulics hold'), (404.05, 'I  NMT reset node 0x10'),
                  (406.5, 'I  inverter 0x10 operational again, EMCY cleared, ramping pump motor'), (408.0, 'I  auto-recovery count today: 1')]:
        mc.add(t0 + tq, '%s VCU %s' % (iso(t0 + tq), m))
    tl = F('telematics.csv', ['utc,hours,soc_pct,pack_v,pack_a,motor_rpm,inverter_c,motor_c,hyd_oil_c,state'])
    for i in range(0, dur, 2):
        rpm = 0 if 403 <= i < 407 else 1450 + rng.randint(-30, 30)
        tl.add(t0 + i, '%s,%.2f,%d,%d,%d,%d,%d,%d,%d,%s' % (csvts(t0 + i), 1833.2 + i / 3600, 58 - i // 120, 312 + rng.randint(-2, 2), 0 if rpm == 0 else rng.randint(40, 140), rpm, 52 + rng.randint(0, 3), 61 + rng.randint(0, 3), 49, 'FAULT_RECOVERY' if 403 <= i < 407 else 'WORK'))
    return [co, mc, tl], ('powertrain', 'inverter', 'medium', ['high'], 'driving', 'canopen_can1.log',
        'Battery-electric mini excavator: the main drive inverter (node 0x10) trips on a phase overcurrent/desaturation (EMCY 0x2310), the VCU resets the node and it is operational again within about 3 s: recovered by itself.')

@batch
def b_robotaxi_pump(bn, rng, t0):
    dur = 900
    S = av_state(rng, dur)
    on = 260
    for i in range(on, dur):
        S[i]['flow'] = clamp(6.1 - (i - on) * 0.02 + rng.gauss(0, 0.1), 0.3, 6.3)
        S[i]['coolant'] = clamp(34 + (i - on) * 0.045 + rng.gauss(0, 0.3), 30, 58)
        S[i]['soc_t'] = clamp(58 + (i - on) * 0.09 + rng.gauss(0, 1), 50, 101)
        S[i]['gpu'] = S[i]['gpu'] if S[i]['soc_t'] < 92 else 99.0
    thr = next(i for i in range(dur) if S[i]['soc_t'] > 92)
    mrm = thr + 55
    for i in range(thr, dur):
        S[i]['plan_ms'] = clamp(S[i]['plan_ms'] * (1.6 + (i - thr) / 40), 18, 240)
        S[i]['cam_lat'] = S[i]['cam_lat'] * 1.8
        S[i]['lidar_hz'] = 7.5 if i < mrm else 5.0
    for i in range(mrm, dur):
        S[i]['v'] = max(0.0, S[mrm - 1]['v'] - (i - mrm) * 2.2)
    rl = F('launch_console.log')
    ros_stack(rl, rng, t0, S)
    for i in range(thr, mrm, 10):
        tt = t0 + i + 0.45
        rl.add(tt, ros('WARN', tt, 'planning.behavior_path_planner', 'cycle overrun %.0f ms > 100 ms deadline' % S[i]['plan_ms']))
        rl.add(tt + 0.01, ros('WARN', tt + 0.01, 'system.system_monitor', 'SoC temp %.1f C, clocks throttled (GPU %d MHz)' % (S[i]['soc_t'], 1300 - (i - thr) * 8)))
    tt = t0 + mrm
    for k, (lv, n, m) in enumerate([('ERROR', 'system.diagnostic_aggregator', 'level=ERROR planning: deadline miss rate 38%, perception latency 210 ms'),
                                    ('ERROR', 'system.mrm_handler', 'MRM requested: COMFORTABLE_STOP (compute performance degraded)'),
                                    ('INFO', 'system.mrm_handler', 'MRM succeeded: stopped at curb, state=MRM_SUCCEEDED')]):
        rl.add(tt + k * 4, ros(lv, tt + k * 4, n, m))
    cm = F('compute_metrics.csv'); compute_csv(cm, rng, t0, S, extra=[('pump_rpm', lambda i, s: '%d' % (3400 if i < on else max(0, 3400 - (i - on) * 14))), ('pump_current_a', lambda i, s: '%.2f' % (1.9 if i < on else max(0.05, 1.9 - (i - on) * 0.009)))])
    jr = F('journal_adcu.txt')
    journal_routine(jr, rng, t0, dur, 'adcu-b', modem=False, extra=[('ptp4l[512]', 'rms 11 max 28 freq +1190 +/- 8 delay 401 +/- 2')])
    for i in range(thr, dur, 20):
        tq = t0 + i + 0.7
        jr.add(tq, jour(tq, 'adcu-b', 'kernel', 'thermal thermal_zone1: gpu-thermal: critical trip 92000 approaching, throttling (cooling device 3 state %d)' % min(9, (i - thr) // 20 + 2), None))
    return [rl, cm, jr], ('thermal', 'pump', 'critical', ['high'], 'driving', 'compute_metrics.csv',
        'Robotaxi: the electric coolant pump of the compute liquid loop slows and its current fades (flow falls from 6 to under 1 L/min) with no error text; compute temperature rises until the GPU throttles, planning misses deadlines and the MRM handler stops the car.')

@batch
def b_ebus_hvac(bn, rng, t0):
    dur = 1000
    host = 'tcu-bus140'
    v = speed_profile(rng, dur, 50, stop_every=70, stop_len=(15, 35))
    on = 150; lock = None
    hv = F('hvac_unit.csv', ['ts,speed_kmh,ambient_c,cabin_c,setpoint_c,comp_rpm,suction_bar,discharge_bar,superheat_k,evap_out_c,comp_state'])
    cab = 24.0
    for i in range(0, dur, 2):
        suc = 2.9 + rng.gauss(0, 0.05); dis = 16.5 + rng.gauss(0, 0.2); sh = 6 + rng.gauss(0, 0.5)
        if i > on:
            loss = (i - on) / 700
            suc = max(0.6, 2.9 - loss * 2.4 + rng.gauss(0, 0.05)); dis = max(7, 16.5 - loss * 8); sh = 6 + loss * 25
        st = 'RUN'
        if lock is None and suc < 1.2:
            lock = i
        if lock is not None and i >= lock:
            st = 'LOCKOUT_LP'; suc = 4.5 + rng.gauss(0, 0.05); dis = 5.0; sh = 0
        rpm = 4200 + rng.randint(-100, 100) if st == 'RUN' else 0
        cab += (0.004 if st == 'RUN' and i > on else -0.003 if st == 'RUN' else 0.012)
        hv.add(t0 + i, '%s,%.1f,33,%.1f,22,%d,%.2f,%.2f,%.1f,%.1f,%s' % (csvts(t0 + i), v[i], cab, rpm, suc, dis, sh, 6 + sh * 0.6, st))
    jr = F('tcu_journal.txt')
    journal_routine(jr, rng, t0, dur, host, extra=[('pis[812]', 'next stop announcement played'), ('ticketing[840]', 'validator sync ok')])
    tq = t0 + lock + 0.5
    jr.add(tq, jour(tq, host, 'hvacd', 'roof unit: compressor locked out (low-side pressure switch), retry inhibited until service', 760))
    jr.add(tq + 1, jour(tq + 1, host, 'hvacd', 'cooling mode unavailable, fresh-air ventilation only', 760))
    ds = F('driver_display.log')
    t = t0
    while t < t0 + dur:
        t += rng.uniform(1.2, 3.0)
        i = min(int(t - t0), dur - 1)
        ds.add(t, '%s DIS I speed=%d hvac=%s cabin_set=22' % (iso(t), int(v[i]), 'COOL' if lock is None or i < lock else 'VENT'))
    ds.add(t0 + lock + 1, '%s DIS W popup "Air conditioning fault - contact workshop"' % iso(t0 + lock + 1))
    return [hv, jr, ds], ('thermal', 'hvac', 'high', ['medium'], 'driving', 'hvac_unit.csv',
        'Electric city bus on a 33 C day: the roof AC suction and discharge pressures sag while superheat climbs (refrigerant undercharge/leak) in the HVAC CSV; at low-side limit the compressor locks out and cooling is disabled for the rest of the shift.')

@batch
def b_moto_tpms(bn, rng, t0):
    dur = 1000
    v = speed_profile(rng, dur, 100, stop_every=140, stop_len=(8, 40), accel=1.8)
    on = 250
    ab = F('abs_tpms.log')
    tp = F('tpms_frames.csv', ['ts,sensor_id,wheel,pressure_kpa,temp_c,batt_v,flags'])
    t = t0
    ab.add(t + 2, '%s ABS  I self-test: pump motor ok, valves ok, WSS F/R plausible at 6 km/h' % iso(t + 2))
    while t < t0 + dur:
        t += rng.uniform(1.5, 3.0)
        i = min(int(t - t0), dur - 1)
        r = rng.random()
        if r < 0.6:
            ab.add(t, '%s ABS  I wss_f=%.1f wss_r=%.1f lean=%+d deg ctrl=IDLE' % (iso(t), v[i], v[i] * (1.01 if i < on else 1.01 + (i - on) * 0.00002), rng.randint(-35, 35)))
        elif r < 0.7:
            ab.add(t, '%s TC   I intervention %d ms, slip %.1f%%' % (iso(t), rng.randint(30, 160), rng.uniform(6, 12)))
        else:
            ab.add(t, '%s ABS  I brake pressure f=%.1f r=%.1f bar' % (iso(t), rng.uniform(0, 20), rng.uniform(0, 8)))
    rear = 250.0
    for i in range(0, dur, 4):
        if i > on:
            rear -= 0.42 + rng.gauss(0, 0.05)
        tp.add(t0 + i, '%s,0x3A1F07,FRONT,%d,%d,2.9,0x00' % (iso(t0 + i), 228 + rng.randint(-1, 1), 14 + i // 150))
        tp.add(t0 + i + 0.5, '%s,0x4F21A7,REAR,%d,%d,2.9,0x%02X' % (iso(t0 + i + 0.5), int(rear), 15 + i // 130, 0x00 if rear > 180 else 0x04))
    ev = F('ride_events.jsonl')
    for i in range(0, dur, 3):
        ev.add(t0 + i, json.dumps({"ts": iso(t0 + i), "type": "heartbeat", "speed": round(v[i], 1), "mode": "ROAD", "tc_level": 2}))
    lowt = on + int((250 - 180) / 0.42 * 4)
    ev.add(t0 + lowt + 1, json.dumps({"ts": iso(t0 + lowt + 1), "type": "dash_icon", "icon": 31, "state": "on"}))
    return [ab, tp, ev], ('brakes_chassis', 'tpms', 'low', ['medium'], 'driving', 'tpms_frames.csv',
        'Motorcycle ride: the rear tyre loses pressure steadily (slow puncture) from 250 to about 170 kPa in the TPMS frames; only a sensor flag bit and a dash icon change, no stability system intervenes. Warning only, logged: low.')

@batch
def b_bus_doors(bn, rng, t0):
    dur = 900
    host = 'cgw-bus077'
    v = speed_profile(rng, dur, 50, stop_every=60, stop_len=(18, 30))
    stops = []
    k = 40
    while k < dur - 60:
        stops.append(k); k += rng.randint(60, 95)
    for s_ in stops:
        for j in range(s_ - 12, s_ + 28):
            if 0 <= j < dur:
                v[j] = 0.0 if j >= s_ else v[j] * (s_ - j) / 12
    fault_stop = next((s_ for s_ in stops if s_ > 450), stops[-1])
    dc = F('door_controller.log')
    for s_ in stops:
        if s_ > fault_stop:
            break
        t = t0 + s_ + 2
        for dn in (1, 2, 3):
            seq = [('open cmd', 0), ('fully open', 2.1), ('close cmd', 12), ('edge sensitive strip ok (%d ohm)' % rng.randint(980, 1020), 12.05), ('fully closed, locked', 14.6)]
            if s_ == fault_stop and dn == 2:
                seq = [('open cmd', 0), ('fully open', 2.1), ('close cmd', 12), ('reversal: edge strip resistance %d ohm (window 800-1200)' % 4950, 12.4),
                       ('re-open, retry close 1/3', 13.0), ('reversal: edge strip resistance open circuit', 15.3), ('re-open, retry close 2/3', 16.0),
                       ('reversal: edge strip resistance open circuit', 18.2), ('retries exhausted: door 2 held OPEN, status FAULT', 18.9)]
            for m, d in seq:
                dc.add(t + d + dn * 0.1, '%s DCU%d %s' % (iso(t + d + dn * 0.1), dn, m))
    t = t0
    while t < t0 + dur:
        t += rng.uniform(2, 4)
        dc.add(t, '%s DCU  heartbeat mot1=%dmA mot2=%dmA mot3=%dmA' % (iso(t), rng.randint(20, 40), rng.randint(20, 40), rng.randint(20, 40)))
    # prior minor flickers of the strip at earlier stops
    for s_ in stops[2:6]:
        tq = t0 + s_ + 14.1
        dc.add(tq, '%s DCU2 edge strip reading %d ohm briefly out of window, debounced' % (iso(tq), rng.randint(1250, 1500)))
    for i in range(fault_stop + 1, dur):
        v[i] = 0.0
    gw = F('gateway_journal.txt')
    journal_routine(gw, rng, t0, dur, host, modem=False, extra=[('cgwd[301]', 'route table v41: 188 routes, 6 domains')])
    cl = F('cluster.log')
    t = t0
    while t < t0 + dur:
        t += rng.uniform(0.8, 2.0)
        i = min(int(t - t0), dur - 1)
        cl.add(t, '%s CLUSTER I frame ok spd=%d doors=%s' % (iso(t), int(v[i]), 'closed' if v[i] > 0 else 'service'))
    for d_, m in [(19.2, 'E door 2 fault -> drive-away interlock ACTIVE (brake + accelerator inhibit)'), (40, 'I driver selected door emergency release procedure'),
                  (200, 'W bus stationary 180 s at stop, control room informed, replacement bus requested')]:
        cl.add(t0 + fault_stop + 2 + d_, '%s CLUSTER %s' % (iso(t0 + fault_stop + 2 + d_), m))
    return [dc, gw, cl], ('body', 'doors', 'high', ['medium'], 'driving', 'door_controller.log',
        'City bus in service: the safety edge strip of door 2 reads briefly out of window at earlier stops, then goes open circuit; the door keeps reversing, is held open after three retries and the drive-away interlock keeps the bus at the stop (service disabled).')

@batch
def b_truck_trailer_lamp(bn, rng, t0):
    dur = 380
    S = truck_state(rng, dur, cool0=80, vmax=80)
    on = 160
    def dm1(i):
        if i >= on + 6:
            return {0x21: (lamp_bytes(awl=1), [(520500, 5, 1 + (i - on) // 60)])}
        return {0x21: (lamp_bytes(), [])}
    can = F('can0.candump', ['# fleetbox j1939 logger v3.4  iface=can0 250k  decimation=1/PGN/s  decode=on'])
    j1939_capture(can, rng, t0, S, dm1=dm1, extra_sa=(0x03, 0x0B, 0x21))
    bc = F('body_controller.log')
    t = t0
    brk = False
    while t < t0 + dur:
        t += rng.uniform(0.5, 1.4)
        i = min(int(t - t0), dur - 1)
        brk = rng.random() < 0.2
        cur = 1.72 + rng.gauss(0, 0.03) if brk else 0.0
        if brk and i >= on:
            cur = 0.86 + rng.gauss(0, 0.03) if i < on + 6 or rng.random() < 0.3 else 0.0 if i > on + 120 else 0.86
        bc.add(t, '%s BCM  trailer socket 15-pin: stop=%s I_stop=%.2fA tail L/R=%.2f/%.2fA ind L/R=%.2f/%.2fA ebs_pin=OK' % (iso(t), 'ON' if brk else 'off', cur, 0.42 + rng.gauss(0, 0.01), 0.42 + rng.gauss(0, 0.01), 0.0, 0.0))
    bc.add(t0 + on + 6.2, '%s BCM  trailer stop lamp circuit: current %.2f A below expected 1.6-1.9 A (1 of 2 lamps?) - fault stored' % (iso(t0 + on + 6.2), 0.86))
    tl = F('telematics_export.csv'); telematics_csv(tl, rng, t0, S, 1, TRUCK_COLS + [('trailer_connected', lambda i, s: 1)])
    return [can, bc, tl], ('body', 'lighting', 'low', ['medium'], 'driving', 'body_controller.log',
        'Tractor with semi-trailer: the trailer stop-lamp circuit current halves when braking (one lamp open) and the body controller stores a proprietary SPN 520500 FMI 5 with an amber lamp; no function lost beyond the warning, so logged only.')

@batch
def b_shuttle_seat(bn, rng, t0):
    dur = 900
    S = av_state(rng, dur, vmax=25, stop_every=120)
    stops = list(range(60, dur - 100, 140))
    for s_ in stops:
        for j in range(s_ - 10, s_ + 40):
            S[j]['v'] = 0.0 if j >= s_ else S[j]['v'] * (s_ - j) / 10
    fstop = stops[3]
    for j in range(fstop, dur):
        S[j]['v'] = 0.0
    cs = F('cabin_sensors.csv', ['ts,seat1_ohm,seat2_ohm,seat3_ohm,seat4_ohm,seat5_ohm,seat6_ohm,belt_mask,occ_mask,pax_count_cam'])
    for k in range(dur):
        t = t0 + k
        seats = [rng.randint(9500, 10500) if n not in (1, 4) else rng.randint(380, 450) for n in range(6)]
        if k > fstop - 200:
            seats[3] = max(300, int(10000 - (k - fstop + 200) * 55 + rng.randint(-200, 200)))
        occ = sum(1 << n for n in range(6) if seats[n] < 1500)
        belt = (1 << 1) | (1 << 4)
        cs.add(t, '%.1f,%s,0x%02X,0x%02X,%d' % (t, ','.join(map(str, seats)), belt, occ, 2))
    vc = F('vcu_slog2.txt', ['# slog2info -w  (QNX 7.1, vehicle control unit)'])
    t = t0
    while t < t0 + dur:
        t += rng.uniform(0.8, 2.0)
        i = min(int(t - t0), dur - 1)
        vc.add(t, slog(t, 'vcu_main', 4107, 'drive', 5, 'v=%.2fm/s mode=AUTO doors=%s' % (S[i]['v'] / 3.6, 'open' if S[i]['v'] == 0 and i > 60 else 'closed')))
    ft = t0 + fstop + 30
    vc.add(ft, slog(ft, 'cabin_mgr', 4160, 'cabin', 3, 'departure check: seat 4 occupied (mat) but belt not latched -> DEPART_INHIBIT'))
    vc.add(ft + 0.2, slog(ft + 0.2, 'cabin_mgr', 4160, 'cabin', 4, 'camera occupancy 2 pax vs mat 3 pax - mismatch, safety policy keeps inhibit'))
    vc.add(ft + 60, slog(ft + 60, 'cabin_mgr', 4160, 'cabin', 4, 'remote operator: announcement "please fasten seat belt" played x2'))
    vc.add(ft + 240, slog(ft + 240, 'cabin_mgr', 4160, 'cabin', 3, 'mission aborted at stop 4: DEPART_INHIBIT not cleared in 210 s'))
    rl = F('adcu_console.log')
    ros_stack(rl, rng, t0, S, period=4)
    for tq in range(int(ft) + 5, int(t0 + dur), 20):
        rl.add(tq, ros('WARN', tq, 'planning.mission_planner', 'waiting for VCU departure clearance (inhibit: CABIN_SEATBELT)'))
    return [cs, vc, rl], ('body', 'seats', 'high', ['medium'], 'driving', 'cabin_sensors.csv',
        'Autonomous shuttle in service: the occupancy mat of empty seat 4 drifts from ~10 kOhm to a few hundred ohms (reads occupied) in the cabin sensor CSV; the departure check then sees an unbelted occupant and inhibits departure, so the mission is aborted at a stop.')

def nmea_ck(s):
    c = 0
    for ch in s:
        c ^= ord(ch)
    return '$%s*%02X' % (s, c)

@batch
def b_shuttle_gnss(bn, rng, t0):
    dur = 800
    S = av_state(rng, dur, vmax=25, stop_every=120)
    on = 300; lim = None
    for i in range(on, dur):
        S[i]['sats'] = max(0, 22 - (i - on) // 12); S[i]['hdop'] = 0.7 + (i - on) * 0.03
        S[i]['gnss'] = 'RTK_FIXED' if i < on + 40 else 'RTK_FLOAT' if i < on + 90 else 'SPP' if i < on + 160 else 'NO_FIX'
        S[i]['cov'] = S[i]['cov'] * (1 + (i - on) / 80)
    lim = on + 170
    for i in range(lim, dur):
        S[i]['v'] = min(S[i]['v'], 10.0)
    gn = F('gnss_receiver.log', ['# ublox F9P on /dev/ttyACM0, NMEA + UBX-MON-RF decode'])
    for i in range(dur):
        t = t0 + i
        hhmmss = dt(t).strftime('%H%M%S.00')
        q = {'RTK_FIXED': 4, 'RTK_FLOAT': 5, 'SPP': 1, 'NO_FIX': 0}[S[i]['gnss']]
        gn.add(t, nmea_ck('GNGGA,%s,4807.%04d,N,01131.%04d,E,%d,%02d,%.1f,519.%d,M,47.0,M,%s,0000' % (hhmmss, 1000 + i, 2000 + i, q, S[i]['sats'], S[i]['hdop'], rng.randint(0, 9), '1.0' if q >= 4 else '')))
        if i % 10 == 0:
            st = 'OK' if i < on - 40 else 'SHORT' if (i // 10) % 3 == 0 else 'OK'
            if i >= on:
                st = 'SHORT'
            gn.add(t + 0.1, 'UBX-MON-RF block0 antStatus=%s antPower=%s jamInd=%d agcCnt=%d noisePerMS=%d' % (st, 'OFF' if st == 'SHORT' else 'ON', rng.randint(5, 15), 5400 if st == 'OK' else 8191, 90 if st == 'OK' else 190))
    rl = F('adcu_console.log')
    ros_stack(rl, rng, t0, S, period=4)
    for i in range(on + 60, dur, 15):
        tt = t0 + i + 0.6
        rl.add(tt, ros('WARN', tt, 'localization.ekf_localizer', 'gnss input %s, relying on ndt + odometry; cov xx=%.3f' % (S[i]['gnss'], S[i]['cov'])))
    tt = t0 + lim
    rl.add(tt, ros('WARN', tt, 'planning.velocity_limiter', 'ODD restriction: GNSS_DEGRADED -> speed cap 10 km/h on open-sky route segment'))
    rl.add(tt + 0.3, ros('WARN', tt + 0.3, 'system.diagnostic_aggregator', 'level=WARN sensing/gnss: NO_FIX, localization: DEGRADED (ndt ok)'))
    jr = F('journal_adcu.txt')
    journal_routine(jr, rng, t0, dur, 'adcu-sh09', modem=False, extra=[('gpsd[601]', 'gpsd:INFO: ublox: PVT ok')])
    return [gn, rl, jr], ('adas_perception', 'gnss', 'high', ['medium'], 'driving', 'gnss_receiver.log',
        'Autonomous shuttle on an open-sky route: the GNSS receiver RF monitor flags the antenna feed as shorted (antenna power off) intermittently, then permanently; satellites drop out from RTK fixed to no fix, and the planner caps speed to 10 km/h on lidar/odometry localization.')

@batch
def b_truck_radar(bn, rng, t0):
    dur = 400
    S = truck_state(rng, dur, cool0=80, vmax=85)
    on = 170; dis = 232
    def dm1(i):
        if i >= dis:
            return {0x2A: (lamp_bytes(awl=1), [(520830, 13, 1)])}
        return {0x2A: (lamp_bytes(), [])}
    def ex(i, t):
        if i % 2:
            return []
        st = 0x01 if i < dis else 0x07
        return [(t + 0.15, cd(t + 0.15, 'can0', 0x18FE6F2A, [int(S[i]['v']), 0xFF, st, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF]))]
    can = F('can0.candump', ['# fleetbox j1939 logger v3.4  iface=can0 250k  decimation=1/PGN/s  decode=on'])
    j1939_capture(can, rng, t0, S, dm1=dm1, extra_sa=(0x03, 0x0B, 0x2A), extra_frames=ex)
    rd = F('radar_service_trace.txt', ['# radar ECU SA 0x2A engineering trace (UART 921600), 2 Hz summary'])
    yaw = 0.1
    for k in range(dur * 2):
        i = k // 2; t = t0 + k * 0.5
        if i > on:
            yaw = 1.0 + (i - on - 1) * 0.011
        n = rng.randint(6, 24) if i < dis else rng.randint(0, 3)
        rd.add(t, '%s RDR cyc=%d targets=%d stat_obj=%d align_yaw_est=%+.2fdeg elev_est=%+.2fdeg blind=%d mode=%s' % (iso(t), k, n, rng.randint(20, 60), yaw + rng.gauss(0, 0.03), 0.2 + rng.gauss(0, 0.03), 1 if i >= dis else 0, 'ACC' if i < dis else 'SERVICE'))
    rd.add(t0 + on + 1, '%s RDR shock event: accel 14.2 g on mount sensor' % iso(t0 + on + 1))
    rd.add(t0 + dis, '%s RDR online alignment: yaw estimate %+.2f deg outside +/-1.5 deg, function inhibited' % (iso(t0 + dis), yaw))
    tl = F('telematics_export.csv'); telematics_csv(tl, rng, t0, S, 1, TRUCK_COLS + [('acc_avail', lambda i, s: 0 if i >= dis else 1), ('aebs_avail', lambda i, s: 0 if i >= dis else 1)])
    return [can, rd, tl], ('adas_perception', 'radar', 'high', ['critical', 'medium'], 'driving', 'radar_service_trace.txt',
        'Tractor unit: the forward radar registers a 14 g shock on its mount and its online yaw-alignment estimate jumps to about 1 deg and keeps creeping until it leaves the +/-1.5 deg tolerance; the radar (SA 0x2A) inhibits ACC and AEBS with a proprietary SPN and the drive continues without them.')

@batch
def b_robotaxi_camera(bn, rng, t0):
    dur = 760
    S = av_state(rng, dur)
    on = 330; mrm = 470
    for i in range(on, dur):
        S[i]['cam_fps'] = 30.0 if (i - on) % 40 > 6 and i < mrm - 20 else 0.0
    for i in range(mrm - 20, dur):
        S[i]['cam_fps'] = 0.0
    for i in range(mrm, dur):
        S[i]['v'] = max(0.0, S[mrm - 1]['v'] - (i - mrm) * 2.2)
    rl = F('launch_console.log')
    ros_stack(rl, rng, t0, S)
    for i in range(on, mrm, 5):
        if S[i]['cam_fps'] == 0.0:
            tt = t0 + i + 0.37
            rl.add(tt, ros('WARN', tt, 'sensing.camera.front_wide', 'no new frame for %d ms, republishing last (stamp frozen)' % rng.randint(300, 1200)))
    tt = t0 + mrm
    for k, (lv, n, m) in enumerate([('ERROR', 'perception.traffic_light_classifier', 'front_wide image stale 20 s, signal state UNKNOWN at intersection'),
                                    ('ERROR', 'system.diagnostic_aggregator', 'level=ERROR sensing/camera_front_wide: STALE, perception: traffic lights unavailable'),
                                    ('ERROR', 'system.mrm_handler', 'MRM requested: COMFORTABLE_STOP (camera front_wide stale)'),
                                    ('INFO', 'system.mrm_handler', 'MRM succeeded: stopped before stop line, state=MRM_SUCCEEDED')]):
        rl.add(tt + k * 2.5, ros(lv, tt + k * 2.5, n, m))
    dm = F('dmesg.txt')
    rel = boot_dmesg(dm, rng, t0 - 50, soc='orin-agx', board='ADCU-3 (Jetson AGX Orin based)', extra=['max96712 2-0029: GMSL2 link A locked (6 Gbps)', 'max96712 2-0029: GMSL2 link B locked (6 Gbps)'])
    dmesg_routine(dm, rng, t0 - 50, dur + 50, rel, rate=2.8, pool=['eqos 2310000.ethernet eth0: EEE: LPI entry', 'nvgpu: 17000000.gpu  gk20a_channel_timeout_check: channel 507 timeout 3000 ms (watchdog, progressing)',
                                                                   'tegra-i2c 3160000.i2c: no acknowledge from address 0x50', 'nvmap_alloc: carveout vpr not used'])
    for i in range(on - 1, mrm, 40):
        tq = t0 + i + 0.8
        dm.add(tq, dmesg(tq - t0 + 50, 'max96712 2-0029: link A lock lost (LOCK pin low), ERRB asserted, DEC_ERR_A=%d' % rng.randint(40, 255)))
        dm.add(tq + 0.002, dmesg(tq - t0 + 50.002, 'tegra-camrtc-capture-vi tegra-capture-vi: corr_err: discarding frame 0, flags: 0, err_data 131072'))
        if i + 6 < mrm - 20:
            dm.add(tq + 6, dmesg(tq - t0 + 56, 'max96712 2-0029: link A relocked after reset (retry %d)' % ((i - on) // 40 + 1)))
    cm = F('compute_metrics.csv'); compute_csv(cm, rng, t0, S, extra=[('cam_fw_fps', lambda i, s: '%.1f' % s['cam_fps'])])
    return [rl, dm, cm], ('adas_perception', 'camera', 'critical', ['high'], 'driving', 'dmesg.txt',
        'Robotaxi: the GMSL2 deserializer link of the front-wide camera loses lock repeatedly (relocks after reset, then stays down); the camera node republishes a frozen frame, traffic-light perception becomes unknown and the MRM handler stops before the stop line.')

@batch
def b_van_cellular(bn, rng, t0):
    dur = 1500
    host = 'tcu-van-7734'
    on = 380
    md = F('modem_at.log')
    t = t0
    k = 0
    while t < t0 + dur:
        t += 5; k += 1
        i = int(t - t0)
        if i < on:
            md.add(t, '%s qmi: NAS serving system LTE B20 rsrp=-%d rsrq=-%d sinr=%d' % (iso(t), rng.randint(85, 100), rng.randint(8, 12), rng.randint(5, 18)))
            md.add(t + 0.1, '%s qmi: WDS packet stats tx=%d rx=%d' % (iso(t + 0.1), k * 1300, k * 2900))
        else:
            md.add(t, '%s qmi: request NAS_GET_SERVING_SYSTEM timed out (%d ms)' % (iso(t), 3000))
            if (i - on) % 60 < 5:
                md.add(t + 0.3, '%s at: AT -> (no response, 2 s)' % iso(t + 0.3))
                md.add(t + 2.5, '%s pwr: modem power-cycle via GPIO (reset %d)' % (iso(t + 2.5), (i - on) // 60 + 1))
                md.add(t + 4.5, '%s usb: 2c7c:0125 enumerated, firmware EG25GGBR07A08M2G' % iso(t + 4.5))
                md.add(t + 4.8, '%s at: AT+CFUN? -> +CFUN: 1' % iso(t + 4.8))
                md.add(t + 4.9, '%s at: AT+QENG="servingcell" -> ERROR' % iso(t + 4.9))
    md.add(t0 + on - 30, '%s at: +QIND: "FOTA","HTTPSTART" (carrier-pushed modem FOTA)' % iso(t0 + on - 30))
    md.add(t0 + on - 8, '%s at: +QIND: "FOTA","END",504' % iso(t0 + on - 8))
    jr = F('journal.txt')
    journal_routine(jr, rng, t0, dur, host, modem=False, extra=[('routed[701]', 'stop delivered'), ('vehstated[610]', 'gear change')])
    for i in range(on, dur, 30):
        tq = t0 + i + 1
        jr.add(tq, jour(tq, host, 'fleetlink', 'mqtt: not connected, %d records buffered (ring %d%% full)' % ((i - on) * 2, min(100, (i - on) // 11)), 655))
    ev = F('fleetlink_stats.csv', ['ts,link,rtt_ms,queued,uploaded,modem_resets'])
    for i in range(0, dur, 5):
        up = i < on
        ev.add(t0 + i, '%s,%s,%s,%d,%d,%d' % (csvts(t0 + i), 'UP' if up else 'DOWN', rng.randint(60, 300) if up else '', 0 if up else (i - on) * 2, min(i, on) * 3, 0 if up else (i - on) // 60 + 1))
    return [md, jr, ev], ('connectivity_network', 'cellular', 'high', ['medium'], 'driving', 'modem_at.log',
        'Delivery van: right after a carrier-pushed modem firmware update ends with an error, the LTE modem stops answering QMI/AT; the TCU power-cycles it repeatedly but it never re-registers, so telemetry is only buffered: the telematics feature stays disabled for the rest of the drive (driving itself unaffected).')

@batch
def b_scooter_ota(bn, rng, t0):
    dur = 3600
    dm = F('dmesg.txt')
    rel = boot_dmesg(dm, rng, t0, soc='stm32mp157', board='ScootLink-IoT rev C')
    dmesg_routine(dm, rng, t0, dur, rel, rate=14)
    ut = t0 + 900
    ota = F('swupdate.log')
    t = t0 + 60
    while t < ut:
        t += rng.uniform(8, 16)
        ota.add(t, '%s [swupdate] idle, waiting for job (slot A active, fw 3.8.2)' % iso(t))
    seq = [('INFO', 'job 7f21 received: bundle scoot-fw-3.9.0.swu 18.4 MiB, target slot B'), ('INFO', 'signature check ok (rsa-3072, cert fleet-2026)'),
           ('INFO', 'download complete, sha256 ok'), ('INFO', 'installing image rootfs -> /dev/mmcblk1p3')]
    for k, (lv, m) in enumerate(seq):
        ota.add(ut + k * 3, '%s [swupdate] %s %s' % (iso(ut + k * 3), lv, m))
    for p in range(0, 101, 2):
        tt = ut + 12 + p * 1.3
        ota.add(tt, '%s [swupdate] INFO progress rootfs %d%%' % (iso(tt), p))
    tt = ut + 12 + 100 * 1.3 + 2
    for k, (lv, m) in enumerate([('INFO', 'installing image mcu-motor.bin -> motor controller via CAN (ISO-TP 0x7A0)'), ('INFO', 'mcu: RequestDownload accepted, block size 254'),
                                 ('WARN', 'mcu: TransferData block 211 NRC 0x72 (generalProgrammingFailure), retry 1/3'),
                                 ('WARN', 'mcu: TransferData block 211 NRC 0x72 (generalProgrammingFailure), retry 2/3'),
                                 ('ERROR', 'mcu: TransferData block 211 NRC 0x72, retries exhausted'),
                                 ('ERROR', 'update failed: component mcu-motor, marking slot B invalid'),
                                 ('INFO', 'mcu: restoring previous motor firmware 3.8.2 from backup bank -> ok, CRC 0x5D21A0C4'),
                                 ('INFO', 'rollback complete, slot A stays active (fw 3.8.2), report FAILED to backend')]):
        ota.add(tt + k * 4, '%s [swupdate] %s %s' % (iso(tt + k * 4), lv, m))
    t = tt + 40
    while t < t0 + dur:
        t += rng.uniform(8, 16)
        ota.add(t, '%s [swupdate] idle, waiting for job (slot A active, fw 3.8.2, last job 7f21 FAILED)' % iso(t))
    for k in range(5):
        tq = tt + 8 + k * 2
        dm.add(tq, dmesg(tq - t0, 'm_can 4400e000.can can0: bus load high during flash (%d%%)' % rng.randint(60, 80)))
    bm = F('bms_telemetry.csv', ['ts,state,pack_mv,current_ma,soc,cell_min_mv,cell_max_mv,temp_c,lock'])
    for i in range(0, dur, 10):
        bm.add(t0 + i, '%d,%s,%d,%d,%.2f,%d,%d,%.1f,LOCKED' % (t0 + i, 'UPDATE' if ut <= t0 + i <= tt + 40 else 'IDLE', 39800 + rng.randint(-10, 10), -310 if ut <= t0 + i <= tt + 40 else -60, 81 - i * 0.0008, 3978, 3990, 17 + rng.gauss(0, 0.2)))
    return [dm, ota, bm], ('software_platform', 'ota', 'low', ['medium'], 'parked', 'swupdate.log',
        'Parked e-scooter receives an OTA bundle: the rootfs installs but flashing the motor-controller image fails with repeated NRC 0x72, and the updater rolls everything back to the old firmware. Recovered by itself (medium) lowered one step because parked.')

@batch
def b_shuttle_watchdog(bn, rng, t0):
    dur = 700
    S = av_state(rng, dur, vmax=25, stop_every=120)
    hang = 421; rst = hang + 2
    for i in range(rst, dur):
        S[i]['v'] = max(0.0, S[rst - 1]['v'] - (i - rst) * 2.8)
    vc = F('adcu_slog2.txt', ['# slog2info -w  (QNX 7.1 on ADCU main SoC; buffers persisted to /var/log/slog across reset)'])
    t = t0
    while t < t0 + hang:
        t += rng.uniform(0.3, 0.9)
        r = rng.random()
        if r < 0.35:
            vc.add(t, slog(t, 'hb_kicker', 3001, 'safety', 6, 'heartbeat -> safety MCU seq=%d' % int((t - t0) * 10)))
        elif r < 0.55:
            vc.add(t, slog(t, 'fusion_srv', 3120, 'perception', 5, 'cycle %.1f ms objects %d' % (rng.gauss(18, 2), rng.randint(3, 30))))
        elif r < 0.7:
            vc.add(t, slog(t, 'map_tile_srv', 3140, 'maps', 5, 'tile cache %d/%d' % (rng.randint(300, 400), 512)))
        elif r < 0.85:
            vc.add(t, slog(t, 'io-pkt-v6-hc', 2061, 'default', 6, 'eth2: rx %d pkts' % rng.randint(9000, 12000)))
        else:
            vc.add(t, slog(t, 'procnto-smp-instr', 1, 'kernel', 6, 'cpu load 0:%d%% 1:%d%% 2:%d%% 3:%d%%' % tuple(rng.randint(30, 70) for _ in range(4))))
    for k in range(6):
        tq = t0 + hang - 40 + k * 7
        vc.add(tq, slog(tq, 'map_tile_srv', 3140, 'maps', 4, 'tile decode worker prio 63 FIFO took %d ms (budget 20)' % (30 + k * 45)))
    vc.add(t0 + hang - 0.4, slog(t0 + hang - 0.4, 'map_tile_srv', 3140, 'maps', 3, 'tile 4431/2210 decompress loop: inflate returned Z_BUF_ERROR, retrying (prio 63)'))
    vc.add(t0 + hang + 0.9, slog(t0 + hang + 0.9, 'hb_kicker', 3001, 'safety', 2, 'heartbeat late 900 ms (thread starved?)'))
    t = t0 + rst + 14
    vc.add(t, slog(t, 'startup', 1, 'default', 5, 'IPL: reset cause = EXT_WDOG (safety MCU), boot count 2'))
    while t < t0 + dur:
        t += rng.uniform(0.5, 1.2)
        vc.add(t, slog(t, 'hb_kicker', 3001, 'safety', 6, 'heartbeat -> safety MCU seq=%d' % int((t - t0) * 10)))
    sm = F('safety_mcu.log')
    for k in range(dur * 2):
        tq = t0 + k * 0.5
        i = k // 2
        if i < hang + 1:
            sm.add(tq, '%s SMCU hb ok age=%dms v=%.2f state=NOMINAL' % (iso(tq), rng.randint(80, 120), S[i]['v'] / 3.6))
        elif i < rst + 30:
            sm.add(tq, '%s SMCU hb age=%dms v=%.2f state=%s' % (iso(tq), int((tq - t0 - hang) * 1000), S[i]['v'] / 3.6, 'MRM_EMERGENCY_BRAKE' if i >= rst else 'HB_LATE'))
        else:
            sm.add(tq, '%s SMCU hb ok age=%dms v=0.00 state=STANDSTILL_HOLD' % (iso(tq), rng.randint(80, 120)))
    for tq, m in [(rst, 'heartbeat timeout 1500 ms -> ADCU reset line asserted, MRM: straight-line emergency brake -4.0 m/s2'), (rst + 8, 'standstill reached, EPB applied, hazards ON'),
                  (rst + 30, 'ADCU heartbeat resumed after reboot; staying in STANDSTILL_HOLD until remote operator release')]:
        sm.add(t0 + tq + 0.01, '%s SMCU EVT %s' % (iso(t0 + tq + 0.01), m))
    rl = F('adcu_console.log')
    ros_stack(rl, rng, t0, S[:hang], period=3)
    return [vc, sm, rl], ('software_platform', 'watchdog', 'critical', ['high'], 'driving', 'adcu_slog2.txt',
        'Autonomous shuttle: a high-priority map-tile decode thread on the QNX ADCU spins on a corrupt tile and starves the heartbeat thread; the safety MCU watchdog times out, resets the ADCU and brakes the shuttle to a standstill (MRM).')

@batch
def b_truck_fs(bn, rng, t0):
    dur = 1500
    host = 'tcu-5108'
    dm = F('dmesg.txt')
    rel = boot_dmesg(dm, rng, t0 - 20, soc='imx8qxp', board='fleetbox FB-8')
    dmesg_routine(dm, rng, t0 - 20, dur + 20, rel, rate=5)
    on = 610
    for k in range(5):
        tq = t0 + on + k * 9
        dm.add(tq, dmesg(tq - t0 + 20, 'mmc0: Timeout waiting for hardware interrupt. CMD25 arg 0x%07x' % (0x1A00000 + k * 4096)))
        dm.add(tq + 0.01, dmesg(tq - t0 + 20.01, 'blk_update_request: I/O error, dev mmcblk0, sector %d op 0x1:(WRITE) flags 0x800 phys_seg 32 prio class 0' % (27262976 + k * 8)))
    tq = t0 + on + 50
    for k, m in enumerate(['EXT4-fs warning (device mmcblk0p4): ext4_end_bio:342: I/O error 10 writing to inode 131090 starting block 3407872)',
                           'Buffer I/O error on device mmcblk0p4, logical block 3407872',
                           'EXT4-fs error (device mmcblk0p4): ext4_journal_check_start:83: comm fleetlink: Detected aborted journal',
                           'EXT4-fs (mmcblk0p4): Remounting filesystem read-only']):
        dm.add(tq + k * 0.02, dmesg(tq + k * 0.02 - t0 + 20, m))
    jr = F('tcu_journal.txt')
    journal_routine(jr, rng, t0, dur, host, extra=[('tachod[720]', 'tachograph remote download window closed')])
    for i in range(on + 52, dur, 25):
        tt = t0 + i
        jr.add(tt, jour(tt, host, 'fleetlink', 'spool write failed: Read-only file system (/data/spool/%d.rec), record dropped' % rng.randint(100000, 999999), 655))
        if i % 100 < 25:
            jr.add(tt + 0.5, jour(tt + 0.5, host, 'tachod', 'cannot store DDD chunk: EROFS; remote tachograph download disabled', 720))
    S = truck_state(rng, dur, cool0=80, vmax=85)
    tl = F('telematics_export.csv'); telematics_csv(tl, rng, t0, S[:on + 55], 1, TRUCK_COLS)
    return [dm, jr, tl], ('software_platform', 'filesystem', 'high', ['medium'], 'driving', 'dmesg.txt',
        'Truck telematics box: eMMC write commands time out, ext4 aborts its journal and remounts the data partition read-only; from then on telemetry records and tachograph data are dropped (telematics export ends early). Feature disabled, vehicle drives on.')

# ================================================================ main
def main():
    labels = []
    for n, fn in enumerate(BATCHES, 1):
        bn = 's%03d' % n
        rng = random.Random(7000 + n * 7919)
        t0 = BASE_T + n * 86400 * 0.37 + rng.randint(0, 20000)
        t0 = float(int(t0))
        files, lab = fn(bn, rng, t0)
        d = os.path.join(SET, bn)
        os.makedirs(d, exist_ok=True)
        for old in os.listdir(d):
            os.remove(os.path.join(d, old))
        names = set()
        for f in files:
            assert f.name not in names; names.add(f.name)
            ls = f.lines()
            assert 300 <= len(ls) <= 20000, (bn, f.name, len(ls))
            with open(os.path.join(d, f.name), 'w', newline='\n') as fh:
                fh.write('\n'.join(f.lines()) + '\n')
        cat, sub, risk, acc, state, rc, desc = lab
        assert rc is None or rc in names, (bn, rc)
        labels.append(mk_label(bn, cat, sub, risk, acc, state, rc, desc))
    with open(os.path.join(SET, 'labels.json'), 'w', newline='\n') as fh:
        json.dump(labels, fh, indent=1); fh.write('\n')

if __name__ == '__main__':
    main()
