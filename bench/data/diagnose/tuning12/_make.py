#!/usr/bin/env python3
"""Generator for the tuning12 set (robotaxi / test-fleet operator logs). Fixed seed, stdlib only."""
import json, os, random, datetime, math
OUT = os.path.dirname(os.path.abspath(__file__))
R = random.Random(1212)
DUR = 600

# ---------------- noise ----------------
STACK_NOISE = [
 (30, 'I', 'perception_node.cc:412', lambda r: f"cycle {r.randint(1000,99999)} objects={r.randint(8,60)} latency_ms={r.uniform(38,62):.1f}"),
 (20, 'I', 'planner_main.cc:233', lambda r: f"plan ok horizon=8.0s cost={r.uniform(1,9):.2f} lane={r.choice(['L1','L2','L3'])}"),
 (8, 'I', 'planner_main.cc:301', lambda r: f"replan trigger={r.choice(['route_update','agent_cut_in','yield_pedestrian','lane_blocked','stale_traj'])} ok"),
 (15, 'I', 'controller.cc:88', lambda r: f"track err lat={r.uniform(-0.12,0.12):.3f}m head={r.uniform(-0.5,0.5):.2f}deg"),
 (15, 'I', 'localizer.cc:517', lambda r: f"pose conf={r.uniform(0.93,0.995):.3f} ndt_score={r.uniform(0.6,1.4):.2f} tile=T{r.randint(4100,4190)}"),
 (6, 'I', 'prediction.cc:140', lambda r: f"predicted agents={r.randint(4,40)} modes=6 dt_ms={r.uniform(11,24):.1f}"),
 (4, 'W', 'camera_driver.cc:221', lambda r: f"cam_{r.choice(['front_wide','front_narrow','left','right','rear'])} dropped {r.randint(1,3)} frame(s) seq gap"),
 (4, 'W', 'msg_bus.cc:77', lambda r: f"late message topic=/{r.choice(['radar/tracks','lidar/top/points','imu/raw','can/vehicle_state'])} age_ms={r.randint(55,140)} (limit 50)"),
 (3, 'W', 'planner_main.cc:410', lambda r: "trajectory reused from previous cycle (solver time budget exceeded by %d ms)" % r.randint(1,9)),
 (3, 'I', 'map_server.cc:66', lambda r: f"tile T{r.randint(4100,4190)} served v2026.11.{r.randint(3,4)} cache_hit=1"),
 (2, 'I', 'calib_daemon.cc:190', lambda r: f"online extrinsic check {r.choice(['lidar_top->cam_front_wide','radar_front->lidar_top','imu->base_link'])} residual={r.uniform(0.01,0.08):.3f} within tol"),
 (2, 'W', 'tracker.cc:302', lambda r: f"track {r.randint(100,9999)} coasted {r.randint(2,6)} cycles, dropped"),
 (2, 'I', 'time_sync.cc:45', lambda r: f"gPTP offset={r.randint(-300,300)}ns path_delay={r.randint(900,1500)}ns gm=00:1b:19:ff:fe:0a:11:02"),
 (1, 'E', 'radar_driver.cc:155', lambda r: "radar_front CRC mismatch on 1 packet, discarded"),
 (1, 'W', 'recorder.cc:91', lambda r: f"bag chunk flush took {r.randint(210,480)} ms"),
]
DBW_NOISE = [
 (40, 'INFO', lambda r, s: f"hb ok seq={(s.__setitem__('seq', (s['seq'] + 1) & 0xFFFF) or s['seq'])} mode={s['mode']} gear=D brk_ack=1 str_ack=1 prop_ack=1"),
 (8, 'INFO', lambda r, s: f"cmd accel={r.uniform(-1.5,1.2):.2f} steer_rad={r.uniform(-0.3,0.3):.3f} applied"),
 (2, 'WARN', lambda r, s: "cmd frame late 12ms, used previous"),
 (1, 'WARN', lambda r, s: f"vendor status word 0x{r.choice([0x0000,0x0100]):04X} (info bit: regen limited by SOC)" ),
 (1, 'INFO', lambda r, s: f"base vehicle odometer {s['odo']:.1f} km"),
]
DMESG_BOOT = ["Linux version 5.15.148-tegra (buildbot@ci) (gcc 11.4) #1 SMP PREEMPT", "Command line: root=/dev/nvme0n1p2 rw isolcpus=4-11 nohz_full=4-11",
 "Memory: 63891244K/67108864K available", "pci 0000:01:00.0: [10de:2233] type 00 class 0x030200", "pci 0000:02:00.0: [10de:2233] type 00 class 0x030200",
 "nvme nvme0: 8/0/0 default/read/poll queues", "EXT4-fs (nvme0n1p2): mounted filesystem with ordered data mode", "EXT4-fs (nvme1n1p1): mounted filesystem /data/logs",
 "igb 0000:05:00.0 eth0: PHC clock registered", "NVRM: loading NVIDIA UNIX x86_64 Kernel Module  535.161.07", "mttcan c310000.mttcan can0: bitrate 500000",
 "mttcan c320000.mttcan can1: bitrate 500000", "usb 1-2: new high-speed USB device (LTE modem)", "cdc_mbim 1-2:1.0 wwan0: register 'cdc_mbim'",
 "gmsl_des 3-0048: link A locked", "gmsl_des 3-0048: link B locked", "gmsl_des 3-004a: link A locked", "br-sensor: port 1(eth1) entered forwarding state"]
DMESG_NOISE = [
 (10, lambda r: f"eth1: Link is Up - 1Gbps/Full - flow control off"),
 (6, lambda r: f"audit: type=1400 apparmor=\"ALLOWED\" operation=\"open\" profile=\"recorder\""),
 (4, lambda r: f"nvme nvme1: I/O {r.randint(1,999)} QID {r.randint(1,8)} timeout, completion polled"),
 (6, lambda r: f"ptp4l: port 1 master offset {r.randint(-400,400)} s2 freq {r.randint(-9000,9000)}"),
 (3, lambda r: "usb 1-2: USB disconnect, device number 3" if r.random()<0.1 else "wwan0: carrier on"),
 (6, lambda r: f"NVRM: GPU{r.randint(0,1)} clocks boost ok, power {r.randint(90,230)}W"),
]
CAN_IDS = ['0C4', '1A0', '1F5', '245', '2B0', '3E9', '4F1', '510']
def can_payload(r, cid, t, sig):
    if cid == '1A0':  # wheel speeds 4x16bit 0.01 kph
        v = int(sig['speed'] * 100)
        return ''.join(f"{(v + r.randint(-6,6)) & 0xFFFF:04X}" for _ in range(4))
    if cid == '0C4':  # brake pressure + status
        return f"{int(sig['brake']*10):04X}00{r.randint(0,15)*16:02X}000000"
    if cid == '245':  # steering angle
        return f"{int(sig['steer']*10) & 0xFFFF:04X}{r.randint(0,255):02X}0000000000"
    cnt = int(t / 0.4) & 0xFF
    fixed = {'1F5': '0312A0', '2B0': '1000C000', '3E9': '00FF01', '4F1': '220000', '510': 'A50100'}[cid]
    body = fixed + f"{cnt:02X}"
    return (body + f"{(sum(int(body[i:i+2],16) for i in range(0,len(body),2)) & 0xFF):02X}").ljust(16, '0')

EVENT_NOISE = [
 (20, lambda r: {"type": "fleet_heartbeat", "link": "lte", "rtt_ms": r.randint(40,180)}),
 (8, lambda r: {"type": "ride_status", "status": r.choice(["en_route_pickup", "rider_onboard", "en_route_dropoff"])}),
 (3, lambda r: {"type": "safety_driver", "action": r.choice(["hands_hover", "acknowledge_prompt", "note", "disengage_intent_none"])}),
 (2, lambda r: {"type": "pod_cleaner", "pod": r.choice(["roof", "front", "left", "right"]), "result": "ok", "fluid_pct": r.randint(40,95)}),
 (1, lambda r: {"type": "ops_note", "text": r.choice(["construction on route, rerouted", "geo-fence update received", "dispatch reassigned"])}),
]

SIGCOLS = ['t_s','speed_kph','accel_mps2','brake_bar','steer_deg','steer_tq_nm','lv_bus_v','dcdc_out_a','soc_pct','pack_v','pack_a',
           'cell_min_v','cell_max_v','iso_kohm','motor_temp_c','inv_temp_c','coolant_c','av_loop_pump_rpm','gpu0_c','gpu1_c',
           'pod_roof_c','cabin_c','tyre_fl_kpa','tyre_fr_kpa','tyre_rl_kpa','tyre_rr_kpa','log_disk_pct','ptp_off_ns']

def wpick(r, tab):
    tot = sum(x[0] for x in tab); k = r.uniform(0, tot)
    for x in tab:
        k -= x[0]
        if k <= 0: return x
    return tab[-1]

def base_sig(r, t, st, p):
    drv = st in ('driving', 'test')
    sp = max(0.0, 38 + 14*math.sin(t/47.0) + 6*math.sin(t/11.0) + r.uniform(-1,1)) if drv else 0.0
    if drv and (int(t) % 180) < 14: sp = max(0.0, sp*((int(t)%180)/14.0))   # stops at lights
    chg = st == 'charging'
    d = dict(t_s=t, speed_kph=sp, accel_mps2=r.uniform(-0.8,0.8) if drv else 0.0, brake_bar=(r.uniform(0,6) if sp<5 else r.uniform(0,1.5)) if drv else 18.0,
        steer_deg=r.uniform(-25,25) if drv else 0.0, steer_tq_nm=r.uniform(-1.5,1.5) if drv else 0.0,
        lv_bus_v=r.uniform(13.9,14.3) if st!='sleep' else r.uniform(12.5,12.7), dcdc_out_a=r.uniform(95,140) if drv else r.uniform(40,80),
        soc_pct=p['soc'] + (t/DUR)*(8 if chg else -3), pack_v=372 + r.uniform(-4,4) + (6 if chg else 0), pack_a=(r.uniform(-180,40) if drv else (r.uniform(-120,-115) if chg else r.uniform(-4,-1))),
        cell_min_v=3.86+r.uniform(-0.01,0.0), cell_max_v=3.89+r.uniform(0,0.01), iso_kohm=r.uniform(1800,2400),
        motor_temp_c=55+r.uniform(-2,2) if drv else 28, inv_temp_c=48+r.uniform(-2,2) if drv else 26, coolant_c=44+r.uniform(-1,1) if drv else 27,
        av_loop_pump_rpm=3200+r.uniform(-60,60), gpu0_c=66+r.uniform(-3,3), gpu1_c=64+r.uniform(-3,3), pod_roof_c=31+r.uniform(-1,1), cabin_c=21.5+r.uniform(-0.4,0.4),
        tyre_fl_kpa=262+r.uniform(-2,2), tyre_fr_kpa=263+r.uniform(-2,2), tyre_rl_kpa=258+r.uniform(-2,2), tyre_rr_kpa=259+r.uniform(-2,2),
        log_disk_pct=p['disk'] + t/DUR*4, ptp_off_ns=r.randint(-350,350))
    return d

def fmt_ts(e, kind):
    dt = datetime.datetime.fromtimestamp(e, datetime.timezone.utc)
    if kind == 'glog': return dt.strftime('%m%d %H:%M:%S.') + f"{dt.microsecond:06d}"
    if kind == 'syslog': return dt.strftime('%b ') + f"{dt.day:2d}" + dt.strftime(' %H:%M:%S')
    if kind == 'iso': return dt.strftime('%Y-%m-%dT%H:%M:%S.') + f"{dt.microsecond//1000:03d}Z"

def build(b):
    r = random.Random(b['seed'])
    T0 = b['t0']; st = b['state']
    p = dict(soc=b.get('soc', 64), disk=b.get('disk', 41), mode=b.get('mode', 'AUTO' if st=='driving' else ('TEST' if st=='test' else 'STANDBY')), odo=r.uniform(12000,80000), seq=r.randint(0, 65535))
    inj = {}
    for (f, t, *rest) in b.get('inj', []): inj.setdefault(f, []).append((t, rest))
    files = {}
    # signals first
    rows = []
    for i in range(DUR):
        t = float(i)
        d = base_sig(r, t, st, p)
        for col, fn in b.get('sig', {}).items(): d[col] = fn(t, d[col], d)
        rows.append(d)
    sig_at = lambda t: rows[min(DUR-1, max(0, int(t)))]
    for fname in b['files']:
        kind = fname_kind(fname)
        lines = []
        if kind == 'glog':
            t = 0.0
            while t < DUR:
                _, lv, src, fn = wpick(r, b.get('stack_noise', STACK_NOISE)); lines.append((t, lv, src, fn(r))); t += r.uniform(0.25, 0.9)
        elif kind == 'dbw':
            t = 0.0
            while t < DUR:
                _, lv, fn = wpick(r, DBW_NOISE); m = fn(r, p)
                for (tr, old, new) in b.get('dbwrep', []):
                    if t >= tr: m = m.replace(old, new)
                lines.append((t, lv, 'dbw_bridge', m)); t += r.uniform(0.8, 1.3)
        elif kind == 'dmesg':
            bt = b.get('boot', 5.0)
            for k, m in enumerate(DMESG_BOOT): lines.append((-bt + k*0.11, None, None, m))
            t = 0.0
            while t < DUR:
                _, fn = wpick(r, DMESG_NOISE); lines.append((t, None, None, fn(r))); t += r.uniform(0.6, 2.2)
        elif kind == 'can':
            t = 0.0
            while t < DUR:
                s = sig_at(t)
                sg = dict(speed=s['speed_kph'], brake=s['brake_bar'], steer=s['steer_deg'])
                for cid in r.sample(CAN_IDS, 2):
                    pl = can_payload(r, cid, t, sg)
                    if 'canmod' in b: pl = b['canmod'](t, cid, pl)
                    lines.append((t + r.uniform(0,0.2), None, None, f"{cid}#{pl}"))
                t += 0.4
        elif kind == 'jsonl':
            t = 0.0
            while t < DUR:
                _, fn = wpick(r, EVENT_NOISE); lines.append((t, None, None, fn(r))); t += r.uniform(0.8, 2.4)
        elif kind == 'csv':
            pass
        for (t, rest) in inj.get(fname, []):
            t = t + r.uniform(0.0001, 0.0089)
            lines.append((t, *rest) if len(rest) == 3 else (t, None, None, rest[0]))
        lines.sort(key=lambda x: x[0])
        out = []
        if kind == 'csv':
            out.append(','.join(SIGCOLS))
            for d in rows:
                out.append(','.join((f"{d[c]:.0f}" if c in ('t_s','ptp_off_ns','av_loop_pump_rpm') else (f"{d[c]:.3f}" if c.startswith('cell') else f"{d[c]:.1f}")) for c in SIGCOLS))
        for (t, lv, src, m) in lines:
            e = T0 + t
            if kind == 'glog':
                out.append(f"{lv}{fmt_ts(e,'glog')} {r.choice([2211,2212,2240,2301,2388])} {src}] {m}")
            elif kind == 'dbw':
                out.append(f"{fmt_ts(e,'syslog')} av-{b['veh']} {src}[{b.get('pid',1804)}]: <{lv}> {m}")
            elif kind == 'dmesg':
                out.append(f"[{b.get('boot',5.0)+t:12.6f}] {m}")
            elif kind == 'can':
                out.append(f"({e:.6f}) {b.get('canif','can1')} {m}")
            elif kind == 'jsonl':
                dd = {"ts": fmt_ts(e, 'iso'), "vehicle": b['veh']}; dd.update(m); out.append(json.dumps(dd, sort_keys=False))
        files[fname] = '\n'.join(out) + '\n'
    return files

def fname_kind(f):
    if f.endswith('.INFO'): return 'glog'
    if f.startswith('dbw'): return 'dbw'
    if 'dmesg' in f: return 'dmesg'
    if f.endswith('.candump'): return 'can'
    if f.endswith('.jsonl'): return 'jsonl'
    if f.endswith('.csv'): return 'csv'
    raise ValueError(f)

def ramp(t0, t1, v0, v1):
    def f(t, base, d):
        if t < t0: return base
        k = min(1.0, (t - t0) / max(1e-6, t1 - t0)); return base + (v1 - base) * k if v0 is None else v0 + (v1 - v0) * k
    return f
def after(t0, val):
    return lambda t, base, d: (val(t, base) if callable(val) else val) if t >= t0 else base
def stopped_after(t0, dec=3.0):
    return lambda t, base, d: base if t < t0 else max(0.0, base - (t - t0) * dec * 3.6) if t < t0 + 20 else 0.0

S = 'stack.INFO'; D = 'dbw_bridge.log'; G = 'signals_1hz.csv'; K = 'dmesg.txt'; C = 'base_can.candump'; E = 'events.jsonl'
def mrm(t, why, file=S):
    return [(file, t, 'W', 'safety_supervisor.cc:120', f"degraded: {why}"),
            (file, t+1.2, 'E', 'safety_supervisor.cc:188', "MRC request: pull-over to shoulder, target decel 2.5 m/s2"),
            (file, t+14, 'I', 'safety_supervisor.cc:240', "vehicle stationary, hazards on, awaiting remote assistance"),
            (D, t+1.5, 'INFO', 'dbw_bridge', "hazard lamp request -> ACK"),
            (D, t+15, 'INFO', 'dbw_bridge', "gear P request -> ACK, EPB apply")]
B = []
def add(files, state, cat, sub, risk, acc, rcf, desc, inj=(), sig=None, **kw):
    sig = dict(sig or {})
    if G in files and 'speed_kph' not in sig:
        for x in inj:
            if 'MRC request' in str(x): sig['speed_kph'] = stopped_after(x[1]); break
    for x in inj:
        if 'MRC request' in str(x):
            kw.setdefault('dbwrep', []).extend([(x[1], 'mode=AUTO', 'mode=MRC'), (x[1] + 14, 'gear=D', 'gear=P')]); break
    B.append(dict(files=files, state=state, cat=cat, sub=sub, risk=risk, acc=acc, rcf=rcf, desc=desc, inj=list(inj), sig=sig or {}, **kw))

# ---------------- healthy ----------------
add([S, D, K, E], 'parked', 'none', 'none', 'low', [], None, "Depot start: compute boot, sensor warm-up warnings, one gPTP re-lock and a retried map download; all checks pass and vehicle goes to STANDBY.", boot=0.5,
    inj=[(S, 3, 'W', 'lidar_driver.cc:71', "lidar_top spin-up: 412 rpm < 600 rpm nominal, waiting"), (S, 9, 'I', 'lidar_driver.cc:74', "lidar_top at 600 rpm, phase locked"),
         (S, 5, 'W', 'time_sync.cc:61', "gPTP grandmaster not yet selected, holding free-run"), (S, 11, 'I', 'time_sync.cc:64', "gPTP locked to gm 00:1b:19:ff:fe:0a:11:02 offset=212ns"),
         (S, 20, 'E', 'map_server.cc:210', "tile bundle download HTTP 503, retry 1/5 in 4s"), (S, 24.5, 'I', 'map_server.cc:214', "tile bundle download ok sha256 verified"),
         (E, 30, {"type": "depot_precheck", "result": "pass", "items": 41})])
add([S, D, G, E], 'test', 'none', 'none', 'low', [], None, "Calibration drive around the depot loop: calibration daemon collects targets and writes new extrinsics within tolerance; routine drops and replans only.",
    inj=[(S, 12, 'I', 'calib_daemon.cc:40', "calibration session CAL-20261202-07 start, route=depot_loop_B"), (S, 300, 'W', 'calib_daemon.cc:211', "target board 3 occluded, sample discarded"),
         (S, 560, 'I', 'calib_daemon.cc:330', "extrinsics lidar_top->cam_front_wide delta rot=0.04deg trans=3mm written (within tol)")], mode='TEST')
add([S, D, G, E], 'driving', 'none', 'none', 'low', [], None, "Rain drive: repeated camera blur warnings and pod cleaning cycles that each clear the lenses; wiper/cleaner activity is routine.",
    inj=[x for k in range(8) for x in [(S, 40+k*70, 'W', 'camera_health.cc:98', f"cam_front_wide blur score 0.{R.randint(41,58)} > 0.40, requesting clean"),
        (E, 41+k*70, {"type": "pod_cleaner", "pod": "front", "result": "ok", "cycle": "washer+air", "fluid_pct": 80-k*3}),
        (S, 44+k*70, 'I', 'camera_health.cc:104', f"cam_front_wide blur score 0.1{R.randint(0,9)} after clean")]])
add([S, D, E], 'driving', 'none', 'none', 'low', [], None, "Routine remote-assist session: vehicle waits behind a double-parked truck, remote operator approves a path around it, driving resumes.",
    inj=[(S, 200, 'W', 'planner_main.cc:520', "blocked by static object id=4411 for 25s, requesting remote guidance"), (E, 201, {"type": "remote_assist", "state": "requested", "reason": "static_blockage"}),
         (E, 232, {"type": "remote_assist", "state": "operator_connected", "operator": "RA-17"}), (E, 248, {"type": "remote_assist", "state": "path_approved"}),
         (S, 249, 'I', 'planner_main.cc:540', "remote path accepted, executing nudge around id=4411"), (E, 275, {"type": "remote_assist", "state": "closed", "outcome": "resolved"})])
add([S, D, E], 'parked', 'none', 'none', 'low', ['medium'], None, "Shift change at the depot: safety drivers swap, logins, seat/mirror adjust and one failed badge read retried; no fault.",
    inj=[(E, 60, {"type": "shift", "action": "logout", "driver": "SD-204"}), (E, 130, {"type": "badge_read", "result": "fail", "retry": 1}), (E, 133, {"type": "badge_read", "result": "ok"}),
         (E, 134, {"type": "shift", "action": "login", "driver": "SD-311"}), (E, 200, {"type": "pretrip_checklist", "result": "complete"})])
add([D, G, E], 'charging', 'none', 'none', 'low', [], None, "Depot DC charging session with a brief charger comm retry at start; SOC climbs normally, cell temperatures and isolation fine.", soc=41,
    inj=[(D, 5, 'WARN', 'dbw_bridge', "vendor: EVSE handshake timeout (SLAC), retry"), (D, 9, 'INFO', 'dbw_bridge', "vendor: charge session started, EVSE max 150 kW"),
         (E, 10, {"type": "charging", "state": "started", "evse": "DEPOT2-07"})])
add([S, D, G], 'driving', 'none', 'none', 'low', [], None, "Tunnel transit: GNSS lost for ~90 s, localization runs on lidar map matching, GNSS reacquired at exit; expected behaviour.",
    inj=[(S, 250, 'W', 'gnss_driver.cc:130', "fix lost sats=0 (tunnel zone TZ-3 expected)"), (S, 251, 'I', 'localizer.cc:600', "GNSS weight 0, lidar-map only"),
         (S, 342, 'I', 'gnss_driver.cc:133', "RTK fix restored sats=19 hdop=0.8"), (S, 343, 'I', 'localizer.cc:602', "GNSS fused again, jump 0.07m")])
add([S, D, K, C], 'driving', 'none', 'none', 'low', [], None, "Night service drive with heavy routine noise (dropped frames, late messages, radar CRC discards, NVMe timeout polled); nothing out of range.")
add([S, K, E], 'parked', 'none', 'none', 'low', [], None, "Overnight OTA check at depot: manifest fetched, nothing to install, one TLS retry; vehicle returns to sleep.",
    inj=[(E, 40, {"type": "ota", "state": "check", "channel": "fleet-stable"}), (E, 42, {"type": "ota", "state": "tls_retry", "attempt": 1}),
         (E, 46, {"type": "ota", "state": "manifest", "result": "up_to_date", "bundle": "av-2026.11.4"}), (E, 560, {"type": "power", "state": "sleep_request"})])
add([D, G, C], 'parked', 'none', 'none', 'low', [], None, "Sleep/wake at depot: base vehicle wakes for a 12 V top-up by DC-DC, bus voltage dips to 12.5 V while asleep then recovers; normal.",
    state_alias='sleep', inj=[(D, 100, 'INFO', 'dbw_bridge', "vendor: LV top-up cycle start (12V SOC 78%)"), (D, 420, 'INFO', 'dbw_bridge', "vendor: LV top-up done")],
    sig={'lv_bus_v': lambda t, b, d: 12.55 + (0.003*(t-100) if 100 <= t < 420 else 0) if t < 420 else 13.6})

# ---------------- battery_bms ----------------
add([S, D, G], 'driving', 'battery_bms', 'hv_isolation', 'high', ['critical'], G, "HV isolation resistance falls from ~2 MΩ to under 150 kΩ over the drive (CSV only at first); BMS later limits power and the stack caps speed and returns to depot.",
    sig={'iso_kohm': ramp(150, 420, None, 140)}, inj=[(D, 430, 'WARN', 'dbw_bridge', "vendor status word 0x2400: propulsion power limited (HV supervision)"),
         (S, 432, 'W', 'mission_mgr.cc:77', "base vehicle power limit 40 kW, speed cap 40 kph, return-to-depot scheduled")])
add([D, C, E], 'parked', 'battery_bms', 'contactor', 'medium', ['high'], D, "Depot start: negative main contactor reported closed before command (welded suspicion); UDS DTC read shows confirmed P0AA4; vehicle refuses HV ready. Parked, so one step below high.",
    inj=[(D, 30, 'INFO', 'dbw_bridge', "vendor: HV ready request"), (D, 30.4, 'WARN', 'dbw_bridge', "vendor: precharge aborted, neg contactor feedback CLOSED while command OPEN"),
         (D, 31, 'INFO', 'dbw_bridge', "uds 0x7E4 tx 19 02 08"), (D, 31.1, 'INFO', 'dbw_bridge', "uds 0x7EC rx 59 02 FF 0A A4 00 2F"),
         (D, 32, 'ERROR', 'dbw_bridge', "vehicle not ready: HV unavailable"), (E, 33, {"type": "depot_precheck", "result": "fail", "item": "base_vehicle_ready"})])
add([D, G, E], 'charging', 'battery_bms', 'charging', 'medium', ['high'], G, "DC charging: the vehicle folds charge current back in steps (pack_a in the CSV) while the EVSE still offers full power, then ends the session at ~62% SOC citing charge-inlet temperature plausibility. Charging derated/ended (high) while charging -> medium.", soc=44,
    sig={'pack_a': lambda t, b, d: b if t < 200 else (-60 if t < 380 else (-25 if t < 470 else -0.5))},
    inj=[(D, 205, 'INFO', 'dbw_bridge', "vendor: charge limit update 75 kW"), (D, 382, 'INFO', 'dbw_bridge', "vendor: charge limit update 30 kW"),
         (D, 471, 'WARN', 'dbw_bridge', "vendor: charge session stop cause=0x13 inlet_temp_plausibility"), (E, 472, {"type": "charging", "state": "stopped", "soc": 62, "reason": "vehicle_request"})])
add([S, D, G], 'driving', 'battery_bms', 'cell', 'high', ['medium'], G, "One cell group sags under load (cell_min_v drops to 3.2 V while max stays 3.9 V); BMS derates discharge power, stack reduces speed.",
    sig={'cell_min_v': lambda t, b, d: b if t < 120 else b - 0.0015*(t-120) - (0.15 if d['pack_a'] < -120 else 0)},
    inj=[(D, 480, 'WARN', 'dbw_bridge', "vendor: discharge power limit 55 kW (was 180)"), (S, 481, 'W', 'mission_mgr.cc:77', "base vehicle power limit, speed cap 50 kph")])

# ---------------- powertrain ----------------
add([S, D, C, E], 'driving', 'powertrain', 'inverter', 'critical', ['high'], C, "Rear inverter reports a gate-driver fault in its status frame (0x2B0 byte 3 = 0x81) first; the bridge then loses propulsion and the stack pulls over (safe stop).",
    inj=[(C, 317.02, "2B0#1000C081C9B20000"), (C, 317.42, "2B0#1000C081CAB30000"), (D, 317.6, 'ERROR', 'dbw_bridge', "prop_ack=0 vendor status 0x8001 propulsion unavailable"),
         (S, 317.8, 'E', 'controller.cc:310', "longitudinal tracking error 2.4 m/s2, actuator not responding")] + mrm(318, "propulsion unavailable from base vehicle"),
    sig={'speed_kph': stopped_after(318, 1.8)}, dbwrep=[(317.6, 'prop_ack=1', 'prop_ack=0')])
add([S, D, G], 'driving', 'powertrain', 'motor', 'high', ['medium'], D, "Drive motor position sensor fault: bridge shows UDS reply with P0A3F test-failed+confirmed; base vehicle limits torque, stack runs slow.",
    inj=[(D, 260, 'WARN', 'dbw_bridge', "vendor status word 0x0420 torque limited"), (D, 261, 'INFO', 'dbw_bridge', "uds 0x7E2 rx 59 02 FF 0A 3F 00 09"),
         (S, 263, 'W', 'mission_mgr.cc:77', "base vehicle torque limit 50%, speed cap 45 kph")])
add([S, D, G], 'parked', 'powertrain', 'transmission', 'medium', ['high'], D, "At a pickup stop the park-lock actuator fails to confirm engagement (P1 position timeout); vehicle holds with EPB, rider trip cancelled.",
    inj=[(D, 150, 'INFO', 'dbw_bridge', "gear P request"), (D, 151.5, 'WARN', 'dbw_bridge', "vendor: park lock position not reached within 1500 ms, pos=43%"),
         (D, 152, 'ERROR', 'dbw_bridge', "gear P request NACK, EPB applied as fallback"), (S, 153, 'W', 'mission_mgr.cc:90', "trip cancelled: base vehicle not secured")])
add([S, D, G], 'driving', 'powertrain', 'inverter', 'high', ['medium'], G, "Inverter phase-current sensor drift: commanded accel tracked poorly (CSV accel flat while dbw commands stay high), then base vehicle derates.",
    sig={'accel_mps2': lambda t, b, d: b if t < 200 else b*0.3}, inj=[(S, 330, 'W', 'controller.cc:212', "longitudinal model mismatch, gain scheduled down"),
         (D, 400, 'WARN', 'dbw_bridge', "vendor status 0x0440 propulsion derate (inverter plausibility)")])

# ---------------- thermal ----------------
add([S, D, G, K], 'driving', 'thermal', 'pump', 'critical', ['high'], G, "AV compute liquid-loop pump stops (rpm 0 in CSV); GPU temps climb, driver throttles clocks, perception latency grows and the stack performs a pull-over.",
    sig={'av_loop_pump_rpm': after(180, 0), 'gpu0_c': ramp(185, 360, None, 92), 'gpu1_c': ramp(185, 360, None, 90)},
    inj=[(K, 330, "NVRM: GPU0 clocks slowdown: thermal (HW slowdown active)"), (K, 338, "NVRM: GPU1 clocks slowdown: thermal"),
         (S, 340, 'W', 'perception_node.cc:430', "cycle latency 141 ms > 100 ms budget"), (S, 352, 'E', 'perception_node.cc:433', "latency budget exceeded 10 consecutive cycles")] + mrm(355, "perception latency"),
    sig2=1)
add([S, D, G, E], 'driving', 'thermal', 'hvac', 'high', ['medium'], G, "Cabin HVAC loses cooling (cabin temp climbs to 31 °C, CSV only), rider complaint, vehicle taken out of service after drop-off.",
    sig={'cabin_c': ramp(100, 500, None, 31)}, inj=[(E, 420, {"type": "rider_feedback", "text": "too hot in cabin"}), (E, 560, {"type": "ops_note", "text": "out of service after dropoff: cabin climate"})])
add([S, D, G], 'driving', 'thermal', 'radiator', 'high', ['critical'], G, "Powertrain radiator airflow lost: coolant and inverter temps climb steadily; base vehicle derates propulsion.",
    sig={'coolant_c': ramp(150, 520, None, 78), 'inv_temp_c': ramp(170, 520, None, 86)}, inj=[(D, 500, 'WARN', 'dbw_bridge', "vendor status 0x0480 propulsion derate (temp)"),
         (S, 502, 'W', 'mission_mgr.cc:77', "speed cap 35 kph")])
add([S, D, G], 'test', 'thermal', 'overtemp', 'high', ['critical'], G, "Calibration drive in heat: roof sensor-pod internal temp climbs past 60 °C (pod fan stalled); cameras in pod go to protective shutdown and the test vehicle stops. Test mode lowers critical to high.", mode='TEST',
    sig={'pod_roof_c': ramp(90, 400, None, 66)}, inj=[(S, 402, 'E', 'camera_driver.cc:60', "cam_left, cam_right: sensor reports thermal shutdown"), ] + mrm(403, "side cameras offline"))

# ---------------- brakes_chassis ----------------
add([S, D, C], 'driving', 'brakes_chassis', 'abs', 'critical', ['high'], C, "Rear-right wheel-speed signal goes invalid (0xFFFF in 0x1A0) first; base vehicle then disables ABS/ESC and reports brake degraded; stack executes a safe stop.",
    canmod=lambda t, cid, pl: (pl[:12] + 'FFFF') if (cid == '1A0' and t >= 240) else pl,
    inj=[(D, 246, 'WARN', 'dbw_bridge', "vendor status 0x0008 stability control off"),
         (D, 246.3, 'ERROR', 'dbw_bridge', "brk degraded flag set, brake redundancy lost")] + mrm(247, "base vehicle brake degraded"))
add([S, D, G, E], 'driving', 'brakes_chassis', 'eps', 'critical', ['high'], D, "EPS torque-sensor fault: bridge reports steering assist degraded; lateral tracking error grows, safety driver takes over and brings the car to a stop.",
    inj=[(D, 190, 'WARN', 'dbw_bridge', "vendor: EPS status 0x31 (torque sensor plausibility)"), (D, 190.2, 'ERROR', 'dbw_bridge', "str_ack=0 steering interface degraded"),
         (S, 191, 'E', 'controller.cc:140', "lateral error 0.61m exceeds 0.4m"), (E, 192, {"type": "safety_driver", "action": "takeover", "reason": "steering_feel"}),
         (E, 210, {"type": "safety_driver", "action": "stopped_roadside"})], sig={'speed_kph': stopped_after(195, 2.0), 'steer_tq_nm': after(190, 0.0)}, dbwrep=[(190.2, 'str_ack=1', 'str_ack=0'), (192, 'mode=AUTO', 'mode=MANUAL')])
add([S, D, G], 'driving', 'brakes_chassis', 'tpms', 'high', ['medium'], G, "Slow leak front-left tyre: pressure falls 262→190 kPa in CSV; later TPMS warning and vehicle routed to depot.",
    sig={'tyre_fl_kpa': ramp(60, 560, None, 190)}, inj=[(D, 540, 'WARN', 'dbw_bridge', "vendor: TPMS warning FL"), (S, 542, 'W', 'mission_mgr.cc:95', "return-to-depot: tyre")])
add([D, G, E], 'parked', 'brakes_chassis', 'brakes', 'medium', ['high'], D, "Depot start self-test of the secondary (redundant) brake actuator fails pressure build-up; vehicle not released for autonomy. Parked, one step below high.",
    inj=[(D, 80, 'INFO', 'dbw_bridge', "redundant brake self-test start"), (D, 83, 'WARN', 'dbw_bridge', "redundant brake: pressure 9.8 bar after 800 ms (expect >35)"),
         (D, 84, 'INFO', 'dbw_bridge', "uds 0x7B0 rx 59 02 FF 50 32 09 2F"), (E, 85, {"type": "depot_precheck", "result": "fail", "item": "brake_redundancy"})])

# ---------------- body ----------------
add([S, D, E], 'driving', 'body', 'doors', 'critical', ['high'], D, "Right sliding-door latch switch chatters while moving (door_ajar toggles); stack treats it as door open and performs a safe stop.",
    inj=[(D, 220+k*0.7, 'INFO', 'dbw_bridge', f"vendor body: door_R ajar={k%2}") for k in range(6)] + mrm(224, "door ajar while moving"))
add([S, D, E], 'driving', 'body', 'lighting', 'high', ['medium'], D, "At dusk low-beam left reports open circuit (B-code in vendor DTC list); policy disables night autonomy, vehicle goes to depot.",
    inj=[(D, 300, 'WARN', 'dbw_bridge', "vendor DTC B1A12-13 set (lamp output LB_L)"), (S, 302, 'W', 'mission_mgr.cc:99', "ODD check: headlamp fault, night autonomy disabled, return-to-depot")])
add([D, C, E], 'driving', 'body', 'airbag', 'high', ['medium'], C, "SRS module reports a squib circuit fault only in a raw diagnostic frame; warning lamp on, vehicle removed from rider service after the trip.",
    inj=[(C, 150.11, "73F#075902FF80121309"), (D, 152, 'WARN', 'dbw_bridge', "vendor: warning lamp SRS on"), (E, 560, {"type": "ops_note", "text": "vehicle pulled from rider service: restraint lamp"})])
add([S, D, E], 'driving', 'body', 'hmi', 'medium', ['low'], E, "Rider-facing touchscreen controller resets twice and comes back on its own; ride continues.",
    inj=[(E, 180, {"type": "rider_hmi", "state": "touch_controller_reset", "code": "0x3D"}), (E, 186, {"type": "rider_hmi", "state": "ready"}),
         (E, 410, {"type": "rider_hmi", "state": "touch_controller_reset", "code": "0x3D"}), (E, 415, {"type": "rider_hmi", "state": "ready"})])

# ---------------- adas_perception ----------------
add([S, D, G], 'driving', 'adas_perception', 'lidar', 'critical', ['high'], S, "Roof lidar rotation slows and point count drops; perception loses coverage, safe stop.",
    inj=[(S, 200+k*10, 'W', 'lidar_driver.cc:140', f"lidar_top rpm={600-k*22} points={120000-k*9000}") for k in range(10)] + mrm(300, "lidar_top coverage insufficient"),
    sig={'speed_kph': stopped_after(301, 2.0)})
add([S, K, D], 'driving', 'adas_perception', 'camera', 'high', ['critical'], K, "Front narrow camera serializer link unlocks repeatedly (dmesg) then stays down; stack caps speed with remaining cameras.",
    inj=[(K, 250+k*3, "gmsl_des 3-004a: link B unlocked") for k in range(4)] + [(S, 262, 'E', 'camera_driver.cc:221', "cam_front_narrow no frames 2000 ms"),
         (S, 263, 'W', 'safety_supervisor.cc:120', "degraded: long-range camera missing, speed cap 40 kph")])
add([S, D, E], 'driving', 'adas_perception', 'localization', 'critical', ['high'], S, "Map server serves an outdated tile after re-route; localization confidence drops below threshold and the stack pulls over.",
    inj=[(S, 400, 'I', 'map_server.cc:66', "tile T4207 served v2026.09.1 cache_hit=0"), ] + [(S, 401+k, 'W', 'localizer.cc:517', f"pose conf={0.8-k*0.07:.3f} ndt_score={3+k*0.6:.2f} tile=T4207") for k in range(8)] + mrm(409, "localization confidence"))
add([S, D, G], 'driving', 'adas_perception', 'radar', 'high', ['medium'], S, "Front radar yaw misalignment of 2.9° found by the online calibration check; radar downweighted, speed capped.",
    inj=[(S, 330, 'W', 'calib_daemon.cc:190', "online extrinsic check radar_front->lidar_top residual=0.51 OUT OF TOL (yaw 2.9deg)"), (S, 331, 'W', 'fusion.cc:77', "radar_front weight 0.2"),
         (S, 332, 'W', 'mission_mgr.cc:77', "speed cap 50 kph")])

# ---------------- connectivity_network ----------------
add([S, D, C], 'driving', 'connectivity_network', 'gateway', 'critical', ['high'], C, "Base vehicle central gateway reboots: its heartbeat 0x510 stops, then all chassis frames vanish for 2.5 s; bridge loses vehicle state and the stack pulls over.",
    drop=(280, 282.5), drop510=278.6, inj=[(C, 282.56, "510#A50100000000A600"), (C, 282.61, "53E#0140000000000000"), (C, 282.66, "53E#0140000000000000"),(D, 281, 'ERROR', 'dbw_bridge', "vehicle state timeout 300 ms brk/str/prop"), (S, 281.2, 'E', 'msg_bus.cc:90', "/can/vehicle_state stale 500 ms")] + mrm(282, "vehicle interface lost"))
add([S, D, E], 'driving', 'connectivity_network', 'cellular', 'high', ['medium'], E, "LTE modem drops off the network while the vehicle needs remote assistance; it waits stopped for 4 min until the link returns.",
    inj=[(E, 200, {"type": "fleet_heartbeat", "link": "none", "rtt_ms": None}), (E, 205, {"type": "modem", "state": "detached", "rsrp": -121}),
         (S, 230, 'W', 'planner_main.cc:520', "blocked, requesting remote guidance"), (E, 231, {"type": "remote_assist", "state": "request_failed", "reason": "no_uplink"}),
         (E, 470, {"type": "modem", "state": "attached"}), (E, 480, {"type": "remote_assist", "state": "closed", "outcome": "resolved"})])
add([S, K, D], 'driving', 'connectivity_network', 'ethernet', 'critical', ['high'], K, "Sensor-network switch port to the roof lidar flaps (dmesg link down/up) then stays down; lidar data stops and the stack pulls over.",
    inj=[(K, 300, "eth1: Link is Down"), (K, 301, "eth1: Link is Up - 100Mbps/Full"), (K, 305, "eth1: Link is Down"), (S, 306, 'E', 'lidar_driver.cc:180', "lidar_top no packets 1000 ms")] + mrm(307, "lidar_top offline"))
add([S, D, C], 'driving', 'connectivity_network', 'can', 'medium', ['high'], C, "A SocketCAN error frame (controller problem) on the bridge's CAN, then the bridge reports error-passive and bus-off; the interface restarts by itself within ~300 ms and control resumes, so recovered -> medium.",
    inj=[(C, 210, "20000004#0000000000000000"), (D, 210.1, 'WARN', 'dbw_bridge', "can1: error-passive"), (D, 210.2, 'ERROR', 'dbw_bridge', "can1: bus-off, restarting"),
         (D, 210.5, 'INFO', 'dbw_bridge', "can1: restarted, link ok")])

# ---------------- software_platform ----------------
add([S, K, D], 'driving', 'software_platform', 'oom', 'critical', ['high'], S, "map_server RSS grows steadily (its own periodic stats) until the kernel OOM killer picks planner_main; planning is gone and the supervisor pulls the car over. Root cause is memory exhaustion on the compute, not planning itself.",
    inj=[(S, 60+k*30, 'I', 'map_server.cc:300', f"stats rss_mb={5200+k*1480} tiles_cached={300+k*41} evictions=0") for k in range(11)] +
        [(K, 379.2, "planner_main invoked oom-killer: gfp_mask=0x140cca(GFP_HIGHUSER_MOVABLE|__GFP_COMP), order=0, oom_score_adj=-500"),
         (K, 379.3, "Mem-Info: active_anon:15811022 inactive_anon:402113 free:38114"),
         (K, 379.5, "Out of memory: Killed process 3310 (planner_main) total-vm:31022108kB, anon-rss:4410212kB, file-rss:90112kB, shmem-rss:0kB, UID:1001 pgtables:9100kB oom_score_adj:-500"),
         (S, 380, 'E', 'process_supervisor.cc:44', "child planner_main (pid 3310) terminated by signal 9, restart 1/3"),
         (S, 380.4, 'E', 'controller.cc:71', "no fresh trajectory for 300 ms, holding last")] + mrm(381, "planning unavailable"))
add([S, D, G], 'driving', 'software_platform', 'filesystem', 'high', ['medium'], G, "The data-logger volume fills (log_disk_pct climbs to 100 in the signal log); recorder writes fail with ENOSPC and policy disables autonomy at the next stop. Feature disabled -> high.", disk=80,
    sig={'log_disk_pct': ramp(0, 400, 80, 100)},
    inj=[(S, 395, 'W', 'recorder.cc:91', "bag chunk flush took 1910 ms"), (S, 401, 'E', 'recorder.cc:120', "chunk write /data/logs/run_0412/chunk_0931.mcap: errno 28"),
         (S, 401.5, 'E', 'recorder.cc:122', "recorder state -> FAILED (storage)"), (S, 402, 'W', 'mission_mgr.cc:101', "compliance: recording unavailable, autonomy will be revoked at next safe stop"),
         (D, 470, 'INFO', 'dbw_bridge', "mode request MANUAL from stack -> ACK")], dbwrep=[(470, 'mode=AUTO', 'mode=MANUAL')])
add([S, K, D], 'driving', 'software_platform', 'watchdog', 'critical', ['high'], S, "The control process starts overrunning its 10 ms cycle (overruns grow) and the software watchdog declares it hung and restarts it; during the gap the supervisor commands a minimal-risk stop.",
    inj=[(S, 300+k*0.3, 'W', 'controller.cc:50', f"cycle overrun {14+k*3} ms (budget 10)") for k in range(9)] +
        [(S, 303, 'E', 'sw_watchdog.cc:30', "controller heartbeat missing 250 ms, sending SIGABRT, restart"),
         (K, 303.2, "controller[2301]: segfault? no: received SIGABRT from sw_watchdog (pid 901)"),
         (D, 303.4, 'WARN', 'dbw_bridge', "cmd stream gap 290ms, holding brake request")] + mrm(303.5, "controller restarted"))
add([S, K, E], 'parked', 'software_platform', 'ota', 'low', ['medium'], E, "Overnight OTA of a perception model bundle downloads but fails signature verification; installer rolls back to the running slot; vehicle stays on the old version, parked.",
    inj=[(E, 100, {"type": "ota", "state": "download", "bundle": "av-2026.11.5", "bytes": 4311220011}), (E, 160, {"type": "ota", "state": "verify", "result": "fail", "detail": "manifest sig chain: leaf not valid for 'perception-models'"}),
         (E, 161, {"type": "ota", "state": "rollback", "slot": "B->A", "result": "ok"}), (K, 162, "EXT4-fs (nvme0n1p3): unmounting filesystem")])
add([S, K, D], 'driving', 'software_platform', 'kernel', 'critical', ['high'], K, "GPU1 falls off the PCIe bus (NVRM Xid 79) first in dmesg; perception workers on that GPU die with CUDA errors and the stack executes a minimal-risk stop.",
    inj=[(K, 410, "NVRM: GPU at PCI:0000:02:00: GPU-7e1b0c2a"), (K, 410.01, "NVRM: Xid (PCI:0000:02:00): 79, pid=2877, GPU has fallen off the bus."),
         (K, 410.02, "pcieport 0000:00:03.0: AER: Uncorrected (Fatal) error received"), (S, 410.5, 'E', 'perception_node.cc:88', "CUDA error 999 unknown error on device 1 (detector_lidar)"),
         (S, 410.6, 'E', 'process_supervisor.cc:44', "child perception_lidar terminated, restart 1/3 failed: no CUDA device")] + mrm(411, "lidar perception unavailable"))

# ---------------- power_supply ----------------
add([S, D, G, K], 'driving', 'power_supply', 'dcdc', 'critical', ['high'], G, "DC-DC output current collapses (CSV), the 12 V bus sags to ~10.9 V; the modem drops, base-vehicle ECUs reset and the bridge loses vehicle state, ending in a safe stop. The quiet DC-DC signal precedes the loud cascade.",
    sig={'dcdc_out_a': after(260, 4.0), 'lv_bus_v': ramp(260, 300, None, 10.9)},
    inj=[(K, 292, "usb 1-2: USB disconnect, device number 3"), (K, 292.5, "mttcan c320000.mttcan can1: entered error passive state"),
         (D, 296, 'ERROR', 'dbw_bridge', "vehicle state timeout 300 ms brk/str/prop"), (D, 296.5, 'ERROR', 'dbw_bridge', "vendor: ECU reset notifications EPS, ESC, BCM"),
         (S, 296.8, 'E', 'msg_bus.cc:90', "/can/vehicle_state stale 500 ms")] + mrm(297, "base vehicle interface lost"))
add([S, D, G, K], 'parked', 'power_supply', 'lv_battery', 'low', ['medium'], G, "Cold depot start with a weak 12 V battery: bus dips to ~9.6 V at crank/boot (CSV), NVMe controller resets and the compute reboots once, then runs normally. Recovered and parked -> low.", boot=0.3,
    sig={'lv_bus_v': lambda t, b, d: (9.6 + t*0.05) if t < 25 else (b if t > 60 else 13.1)},
    inj=[(K, 4, "nvme nvme0: controller is down; will reset: CSTS=0xffffffff"), (K, 4.2, "nvme nvme0: resetting controller"), (K, 7, "nvme nvme0: 8/0/0 default/read/poll queues"),
         (S, 9, 'W', 'process_supervisor.cc:20', "previous boot ended without clean shutdown"), (D, 10, 'WARN', 'dbw_bridge', "vendor: LV SOC 41% low, top-up requested")])
add([S, D, G], 'driving', 'power_supply', 'lv_distribution', 'critical', ['high'], S, "The power monitor sees eFuse channel 7 (left sensor pod) trip on overcurrent; left camera, left radar and pod heater go dark together and the stack pulls over. Root is low-voltage distribution, not the sensors.",
    inj=[(S, 249.8, 'W', 'power_monitor.cc:80', "pdu ch7 'pod_left' I=14.8A > 12.0A limit, latch OFF"), (S, 250.1, 'E', 'camera_driver.cc:221', "cam_left no frames 300 ms"),
         (S, 250.3, 'E', 'radar_driver.cc:90', "radar_left socket silent"), (S, 250.5, 'W', 'pod_heater.cc:33', "pod_left heater feedback lost")] + mrm(251, "left side coverage lost"))
add([S, D, G], 'driving', 'power_supply', 'dcdc', 'medium', ['high'], D, "DC-DC converter reports a temperature derate (output limited) for about a minute and returns to normal on its own; 12 V bus stays in range.",
    sig={'dcdc_out_a': lambda t, b, d: 70 if 300 <= t < 360 else b, 'lv_bus_v': lambda t, b, d: b - 0.5 if 300 <= t < 360 else b},
    inj=[(D, 300, 'WARN', 'dbw_bridge', "vendor: DCDC output limit 80 A (internal temp 96 C)"), (D, 360, 'INFO', 'dbw_bridge', "vendor: DCDC output limit cleared")])

def main():
    labels = []
    r0 = random.Random(7)
    base = datetime.datetime(2026, 11, 3, 6, 0, tzinfo=datetime.timezone.utc).timestamp()
    for i, b in enumerate(B):
        bid = f"s{i+1:03d}"
        b['seed'] = 1000 + i; b['veh'] = f"rt{r0.randint(101,164)}"; b['t0'] = base + i*86400*0.5 + r0.randint(0, 30000) + r0.random()
        files = build(b)
        if 'drop' in b and C in files:
            a, z = b['drop']
            keep = []
            for ln in files[C].splitlines():
                ts = float(ln[1:ln.index(')')]) - b['t0']
                if a <= ts < z: continue
                if ' 510#' in ln and b['drop510'] <= ts < z: continue
                keep.append(ln)
            files[C] = '\n'.join(keep) + '\n'
        d = os.path.join(OUT, bid); os.makedirs(d, exist_ok=True)
        for fn, txt in files.items():
            with open(os.path.join(d, fn), 'w', newline='\n') as f: f.write(txt)
        labels.append({"batch": bid, "category": b['cat'], "subsystem": b['sub'], "risk_level": b['risk'], "risk_accept": b['acc'],
                       "vehicle_state": b['state'], "root_cause_file": b['rcf'], "description": b['desc']})
    with open(os.path.join(OUT, 'labels.json'), 'w') as f: json.dump(labels, f, indent=1)

if __name__ == '__main__':
    main()
