"""Scenarios part A: healthy batches, battery, powertrain, thermal."""
import math
from _engine import ramp

SC = []


def sc(f):
    SC.append(f)
    return f


def G(r, s):
    return r.gauss(0, s)


def speed(kind):
    if kind == 'park':
        return lambda t, r: 0.0
    if kind == 'city':
        return lambda t, r: max(0.0, 32 + 22 * math.sin(t / 47.0) + 8 * math.sin(t / 13.0) + G(r, 0.5))
    return lambda t, r: 112 + 6 * math.sin(t / 90.0) + G(r, 0.4)


def bev_cols(spd='city', soc0=78.0, **over):
    c = {
        'speed_kph': speed(spd),
        'pack_voltage': lambda t, r: 391.0 - t / 900.0 + G(r, 0.3),
        'pack_current': lambda t, r: (0.0 if spd == 'park' else 35 + 30 * math.sin(t / 21.0)) + G(r, 1.5),
        'soc': lambda t, r: soc0 - (0 if spd == 'park' else t / 260.0),
        'cell_temp_max': lambda t, r: 27.0 + min(t, 1800) / 600.0 + G(r, 0.1),
        'coolant_temp': lambda t, r: 31.0 + min(t, 1200) / 200.0 + G(r, 0.2),
        'lv_bus_voltage': lambda t, r: 14.1 + G(r, 0.03),
    }
    c.update(over)
    return c


def ice_cols(spd='city', **over):
    c = {
        'engine_rpm': lambda t, r: 850 + (0 if spd == 'park' else 1300 + 600 * math.sin(t / 31.0)) + G(r, 15),
        'vehicle_speed': speed(spd),
        'coolant_temp': lambda t, r: min(90.0, 25 + t / 8.0) + G(r, 0.3),
        'oil_temp': lambda t, r: min(98.0, 22 + t / 11.0) + G(r, 0.3),
        'lv_bus_voltage': lambda t, r: 14.2 + G(r, 0.04),
        'throttle_pct': lambda t, r: max(0.0, 14 + 9 * math.sin(t / 17.0) + G(r, 1)),
    }
    c.update(over)
    return c


def chassis_cols(spd='city', **over):
    s = speed(spd)
    c = {'wheel_speed_fl': lambda t, r: s(t, r) + G(r, 0.2), 'wheel_speed_fr': lambda t, r: s(t, r) + G(r, 0.2),
         'wheel_speed_rl': lambda t, r: s(t, r) + G(r, 0.2), 'wheel_speed_rr': lambda t, r: s(t, r) + G(r, 0.2),
         'yaw_rate': lambda t, r: 2.5 * math.sin(t / 19.0) + G(r, 0.05), 'steer_angle': lambda t, r: 20 * math.sin(t / 19.0) + G(r, 0.5),
         'lat_acc': lambda t, r: 0.8 * math.sin(t / 19.0) + G(r, 0.02)}
    c.update(over)
    return c


# =============================================================================================== healthy
@sc
def n_sleep(b):
    b.file('syslog.log', 'rfc3164', 700, ['linux'], host='tcu-imx8')
    b.file('bms.jsonl', 'json', 500, ['bms_park'])
    b.file('can0.log', 'candump', 900, ['can_body'])
    b.csv('signals.csv', 0.5, bev_cols('park', pack_current=lambda t, r: -0.4 + G(r, 0.05), lv_bus_voltage=lambda t, r: 12.62 - t / 40000 + G(r, 0.01)))
    for k in range(6):
        b.ev(120 + k * 250, 'syslog.log', 'I', 'pwrmgr', 'entering deep sleep cycle %d, wake source RTC in 240 s' % k)
        b.ev(125 + k * 250, 'syslog.log', 'W', 'pwrmgr', 'wakelock "telemetry" held 3.1 s beyond budget; releasing')
    b.ev(600, 'bms.jsonl', 'W', 'bms', 'cell temperature sensor read timeout on module 3, value reused from previous cycle')
    b.label('none', 'none', 'low', [], 'parked', None, 'Vehicle parked and sleeping with periodic RTC wake-ups; wake-lock overrun, Wi-Fi scan failures and a single sensor read timeout are routine. Healthy.')


@sc
def n_ac_charge(b):
    b.file('charger.log', 'logfmt', 900, ['linux'], host='obc')
    b.file('bms.jsonl', 'json', 900, ['bms_chg'])
    b.file('journal.txt', 'shortiso', 600, ['linux', 'tcu'], host='tcu')
    b.csv('charge_signals.csv', 1, bev_cols('park', soc0=41.0, soc=lambda t, r: 41 + t / 250.0, pack_current=lambda t, r: -29.5 + G(r, 0.3),
                                             pack_voltage=lambda t, r: 372 + t / 200.0 + G(r, 0.2), obc_power_kw=lambda t, r: 10.9 + G(r, 0.05)), tsfmt='iso')
    b.evs(5, 'charger.log', [(0, 'I', 'evse', 'control pilot state B detected, duty 26.7% (16 A)'), (1.2, 'I', 'evse', 'S2 closed, state C'),
                             (2.0, 'I', 'obc', 'PFC startup ok, output ramp to 11 kW'), (40, 'W', 'evse', 'pilot duty jitter 0.4% above tolerance window, ignored')])
    b.ev(700, 'charger.log', 'W', 'obc', 'grid voltage phase L2 228 V below nominal, power unchanged')
    b.label('none', 'none', 'low', [], 'charging', None, 'Normal AC charging session at 11 kW; pilot jitter and a grid-voltage note are informational. Healthy.')


@sc
def n_dc_charge(b):
    b.file('iso15118.log', 'rfc5424', 800, ['linux'], host='ccu')
    b.file('bms.jsonl', 'json', 1200, ['bms_chg'])
    b.file('can1.log', 'candump', 1500, ['can_hv'], bus='can1')
    b.csv('signals.csv', 1, bev_cols('park', soc0=18.0, soc=lambda t, r: min(80, 18 + t / 25.0), pack_current=lambda t, r: -(380 if t < 900 else 380 - (t - 900) / 4) + G(r, 2),
                                      cell_temp_max=lambda t, r: 28 + min(t, 1500) / 120 + G(r, 0.1)))
    b.evs(2, 'iso15118.log', [(0, 'I', 'secc', 'SessionSetupReq EVCCID 0A1B2C3D4E5F'), (0.6, 'I', 'secc', 'ChargeParameterDiscoveryRes EVSEMaxCurrent=500A'),
                              (3, 'I', 'secc', 'CableCheck finished, isolation valid'), (9, 'I', 'secc', 'PreCharge target 372V reached'),
                              (12, 'I', 'secc', 'PowerDelivery start')])
    b.ev(900, 'bms.jsonl', 'I', 'bms', 'charge current limit tapering per SOC table (soc 54%)')
    b.ev(1400, 'bms.jsonl', 'W', 'bms', 'cell temperature 40.5 C above charge-preferred band, current map reduced by design')
    b.ev(1500, 'iso15118.log', 'W', 'secc', 'CurrentDemandRes delayed 260 ms (EVSE side), continuing')
    b.label('none', 'none', 'low', [], 'charging', None, 'DC fast charge from 18% with SOC- and temperature-based current taper, which is designed behaviour, not a fault. Healthy.')


@sc
def n_city_ice(b):
    b.file('diag.txt', 'diag', 600, ['diag_idle'])
    b.file('can0.log', 'candump', 2000, ['can_pt', 'can_chassis'], console=True)
    b.file('journal.log', 'shortiso', 700, ['linux', 'ecm'], host='dcu')
    b.csv('signals.csv', 2, ice_cols('city'))
    for k, tau in enumerate([60, 700, 1300]):
        b.read_dtc(tau, 'diag.txt', 0x7E0, 0x7E8, [])
        b.read_dtc(tau + 1, 'diag.txt', 0x7E1, 0x7E9, [])
    b.ev(400, 'journal.log', 'E', 'uploader', 'connection reset by peer while sending segment 412; segment requeued')
    b.label('none', 'none', 'low', [], 'driving', None, 'City drive of a combustion car; periodic ReadDTCInformation returns no records, upload retry is routine. Healthy.')


@sc
def n_robotaxi_hwy(b):
    b.file('planner.INFO', 'glog', 2500, ['adas'])
    b.file('ros.log', 'ros', 2000, ['ros'])
    b.file('localization.yaml', 'rosout_yaml', 400, ['adas'])
    b.csv('vehicle.csv', 5, chassis_cols('hwy'), tsfmt='ms', stop=360)
    b.ev(300, 'planner.INFO', 'W', 'perception', 'camera_front_narrow: 3 consecutive frames late (>50ms), using previous detections')
    b.ev(900, 'ros.log', 'W', 'gnss_driver', 'RTK correction age 6.2 s (NTRIP reconnect), fix degraded to FLOAT for 4 s')
    b.ev(905, 'ros.log', 'I', 'gnss_driver', 'fix=RTK_FIXED restored')
    b.label('none', 'none', 'low', [], 'driving', None, 'Automated highway drive; late camera frames and a short RTK float during an NTRIP reconnect self-recover. Healthy.')


@sc
def n_ota_ok(b):
    b.file('ota.log', 'logfmt', 500, ['linux'], host='ccu')
    b.file('journal.txt', 'journal_export', 500, ['linux'], host='ccu')
    b.file('dmesg.txt', 'dmesg', 600, ['kern'])
    T = 300
    b.evs(T, 'ota.log', [(0, 'I', 'swupd', 'campaign C-2026-11-3 accepted by user, vehicle parked, SOC 64%'), (3, 'I', 'swupd', 'downloading bundle 812 MiB'),
                         (240, 'I', 'swupd', 'bundle signature verified (ecdsa-p256)'), (245, 'I', 'swupd', 'writing slot B rootfs'),
                         (420, 'W', 'swupd', 'flash write retry on block 18243 (ECC corrected), continuing'), (600, 'I', 'swupd', 'slot B marked bootable, rebooting'),
                         (680, 'I', 'swupd', 'boot into slot B confirmed, health checks passed, commit'),
                         (700, 'I', 'swupd', 'ECU flash ADAS-DC 4.2.1 -> 4.3.0 ok'), (760, 'I', 'swupd', 'campaign finished SUCCESS')])
    b.ev(T + 610, 'journal.txt', 'W', 'systemd', 'vehicle-apps.service: Main process exited, code=killed, status=15/TERM (requested stop for update)')
    b.ev(T + 660, 'journal.txt', 'I', 'systemd', 'vehicle-apps.service: Scheduled restart job, restart counter is at 1.')
    b.ev(T + 605, 'dmesg.txt', 'I', 'kernel', 'reboot: Restarting system')
    b.label('none', 'none', 'low', [], 'ota', None, 'Parked OTA update with download, verification, A/B switch and successful commit; the service stop and reboot are intended. Healthy.')


@sc
def n_cold_start(b):
    b.file('syslog', 'rfc3164', 800, ['linux', 'body'], host='bcm-gw')
    b.file('ecu_trace.dlt.txt', 'dlt', 900, ['ecm', 'thermal'], ecu='EMS1')
    b.csv('signals.csv', 2, ice_cols('city', coolant_temp=lambda t, r: min(88.0, -14 + t / 7.0) + G(r, 0.3), oil_temp=lambda t, r: min(95.0, -15 + t / 9.0),
                                     lv_bus_voltage=lambda t, r: (10.4 + t * 5 if t < 0.6 else 14.4 - min(t, 600) / 1500) + G(r, 0.03),
                                     ambient_temp=lambda t, r: -15.0 + G(r, 0.1)))
    b.evs(0.2, 'syslog', [(0, 'I', 'pwrmgr', 'crank request, starter engaged'), (0.3, 'W', 'pwrmgr', 'KL30 dipped to 10.4 V during crank (expected below -10 C)'),
                          (1.4, 'I', 'pwrmgr', 'engine running, generator regulation active'), (5, 'I', 'HVAC/CTL', 'PTC auxiliary heater stage 2 on (ambient -15 C)'),
                          (7, 'W', 'BCM/LGT', 'rear window heater load high, alternator load response active')])
    b.ev(3, 'ecu_trace.dlt.txt', 'W', 'EMS/GLOW', 'glow plug afterglow extended to 180 s because coolant -14 C')
    b.label('none', 'none', 'low', [], 'driving', None, 'Winter cold start at -15 C: crank voltage dip to 10.4 V, extended afterglow and heater loads are normal. Healthy.')


@sc
def n_service(b):
    b.file('diag.txt', 'diag', 500, ['diag_idle'])
    b.file('workshop.log', 'rfc5424', 400, ['linux'], host='vci')
    b.file('chassis.dlt.txt', 'dlt', 700, ['chassis_still'], ecu='ESC1')
    b.evs(100, 'workshop.log', [(0, 'I', 'odx', 'session: workshop, tester 0xF1, vehicle in service mode, ignition ON engine OFF'),
                                (5, 'I', 'odx', 'ReadDTC all ECUs: 1 stored history record (ESC) - from previous battery disconnect'),
                                (30, 'I', 'odx', 'ClearDiagnosticInformation all ECUs -> positive'),
                                (60, 'I', 'odx', 'routine 0x0203 ABS pump motor actuation test started'),
                                (70, 'I', 'odx', 'routine 0x0203 finished: PASSED'), (90, 'W', 'odx', 'routine 0x0210 EPB service position: precondition not met (retrying)'),
                                (95, 'I', 'odx', 'routine 0x0210 EPB service position reached')])
    b.read_dtc(104, 'diag.txt', 0x7B0, 0x7B8, [('U3003', 0x16, 0x08)])
    b.uds(130, 'diag.txt', 0x7DF, 0x7B8, [0x14, 0xFF, 0xFF, 0xFF], [0x54])
    b.read_dtc(135, 'diag.txt', 0x7B0, 0x7B8, [])
    b.evs(160, 'chassis.dlt.txt', [(0, 'W', 'ESC/HCU', 'actuator test: return pump commanded 100% by tester'), (10, 'I', 'ESC/HCU', 'actuator test end'),
                                   (30, 'W', 'EPB/CTRL', 'service mode entered, clamp released for pad change')])
    b.label('none', 'none', 'low', [], 'test', None, 'Workshop session: a historic low-voltage record (U3003 battery voltage, stored after a battery disconnect) is read and cleared, actuator tests pass. Healthy.')


@sc
def n_blip(b):
    b.file('gateway.dlt.txt', 'dlt', 1400, ['gw'], ecu='CGW')
    b.file('syslog.log', 'rfc5424', 800, ['linux'], host='ccu')
    b.file('can0.log', 'candump', 1800, ['can_chassis', 'can_body'])
    b.csv('signals.csv', 1, bev_cols('hwy'))
    b.evs(800, 'gateway.dlt.txt', [(0, 'W', 'GW/CANM', 'CAN2 error warning (TEC 97), 4 frames retried'), (0.3, 'I', 'GW/CANM', 'CAN2 error active again (TEC 12)')])
    b.ev(810, 'syslog.log', 'E', 'uploader', 'upload batch 991 failed (ECONNRESET); will retry')
    b.ev(840, 'syslog.log', 'I', 'uploader', 'upload batch 991 delivered')
    b.ev(1200, 'syslog.log', 'W', 'media-svc', 'restarting on request of config change (profile=driver2)')
    b.label('none', 'none', 'low', [], 'driving', None, 'Highway drive with one CAN error-warning episode that returned to error-active within 0.3 s, an upload retry and an intentional service restart. Healthy.')


@sc
def n_ivi_hwy(b):
    b.file('logcat.txt', 'logcat', 2500, ['ivi'])
    b.file('tcu.log', 'logfmt', 800, ['tcu'])
    b.file('vehicle.dlt.txt', 'dlt', 900, ['body', 'chassis'], ecu='BCM')
    b.ev(500, 'logcat.txt', 'E', 'AndroidRuntime', 'Shutting down VM (com.example.podcast: user swiped away, process killed by ActivityManager)')
    b.ev(900, 'logcat.txt', 'W', 'DisplayService', 'backlight PWM set to 40% (ambient light sensor night)')
    b.ev(1200, 'tcu.log', 'W', 'modem', 'cell reselection to PCI 311, 1.8 s without data bearer')
    b.label('none', 'none', 'low', [], 'driving', None, 'Hybrid on highway with infotainment, telematics and body logs; a cell reselection and an app swiped away by the user are normal. Healthy.')


@sc
def n_sentry(b):
    b.file('syslog.log', 'rfc3164', 900, ['linux'], host='ccu')
    b.file('camera.log', 'json', 800, ['sentry'])
    b.file('tcu.log', 'rfc5424', 500, ['tcu'], host='tcu')
    b.csv('signals.csv', 0.2, bev_cols('park', pack_current=lambda t, r: -1.8 + G(r, 0.1)))
    b.ev(300, 'camera.log', 'I', 'sentry', 'motion event rear-left, clip saved 30 s')
    b.ev(301, 'camera.log', 'W', 'sentry', 'USB storage write slow (14 MB/s), buffering')
    b.ev(1100, 'tcu.log', 'I', 'notify', 'push notification delivered: sentry event')
    b.label('none', 'none', 'low', [], 'parked', None, 'Parked surveillance mode with camera recording and a motion clip; slow storage write buffered. Healthy.')


@sc
def n_calib(b):
    b.file('ros.log', 'ros', 2200, ['ros'])
    b.file('calib.INFO', 'glog', 900, ['adas'])
    b.file('monitor.pb.txt', 'apollo_monitor', 250, ['adas'])
    b.evs(200, 'ros.log', [(0, 'I', 'calib_mgr', 'depot calibration mode active, vehicle on turntable, autonomy disabled'),
                           (20, 'W', 'lidar_driver', 'front-left lidar returns below 20% (calibration target cover fitted by operator)'),
                           (140, 'I', 'calib_mgr', 'extrinsics lidar_fl -> base_link converged rms 0.8 cm'), (150, 'I', 'calib_mgr', 'cover removed, returns nominal')])
    b.ev(400, 'calib.INFO', 'E', 'camera_calib.cc:212', 'checkerboard not found in cam3 (expected: board moved), retrying')
    b.ev(405, 'calib.INFO', 'I', 'camera_calib.cc:230', 'cam3 intrinsics reprojection error 0.21 px')
    b.ev(230, 'monitor.pb.txt', 'W', 'perception', 'lidar_fl occluded (test mode, suppressed)')
    b.label('none', 'none', 'low', [], 'test', None, 'Depot sensor calibration: a deliberately covered lidar and a moved checkerboard give warnings, calibration converges. Healthy.')


@sc
def n_truck(b):
    b.file('j1939.log', 'candump', 3000, ['j1939'], bus='can0')
    b.file('fleet.log', 'logfmt', 700, ['linux', 'tcu'])
    b.csv('engine.csv', 1, {'engine_speed_rpm': lambda t, r: 1350 + 80 * math.sin(t / 40) + G(r, 8), 'coolant_temp': lambda t, r: 86 + G(r, 0.3),
                            'oil_pressure_kpa': lambda t, r: 390 + G(r, 3), 'wheel_speed_kph': lambda t, r: 84 + G(r, 0.5),
                            'battery_potential_v': lambda t, r: 27.8 + G(r, 0.05), 'fuel_rate_lph': lambda t, r: 28 + G(r, 1)})
    b.ev(600, 'fleet.log', 'W', 'tachograph', 'driver card slot 2 empty (single driver)')
    for k in range(int(b.dur // 3)):
        b.ev(k * 3 + 0.41, 'j1939.log', 'I', '', '18FECA00#00FF00000000FFFF')
    b.label('none', 'none', 'low', [], 'driving', None, 'Heavy truck on motorway; J1939 DM1 carries no active SPN and all engine signals are normal. Healthy.')


# =============================================================================================== battery
@sc
def b_cell_derate(b):
    b.file('bms.jsonl', 'json', 1400, ['bms'])
    b.file('syslog.log', 'rfc3164', 900, ['linux'], host='vcu')
    b.file('vcu.dlt.txt', 'dlt', 900, ['edrive', 'chassis'], ecu='VCU')
    T = 700
    b.csv('signals.csv', 1, bev_cols('hwy', cell_v_min=lambda t, r: (3.73 if t < T else max(3.05, 3.73 - (t - T) / 400)) + G(r, 0.002),
                                      cell_v_max=lambda t, r: 3.745 + G(r, 0.002)))
    b.evs(T + 60, 'bms.jsonl', [(0, 'W', 'bms', 'BMS_ERR_0x4A cell 57 (module 5) voltage deviates 212 mV from module mean under load'),
                                (90, 'E', 'bms', 'BMS_ERR_0x4A persistent, discharge power limit 60 kW -> 25 kW', {'dtc': 'P0A7F-1B'}),
                                (95, 'E', 'bms', 'P0A7F:1B confirmed - pack deterioration suspected, service required')])
    b.evs(T + 152, 'vcu.dlt.txt', [(0, 'W', 'VCU/TRQ', 'propulsion torque capped 40% by battery discharge limit'), (2, 'W', 'VCU/HMI', 'reduced power indication requested')])
    b.label('battery_bms', 'cell', 'high', [], 'driving', 'signals.csv', 'A single cell sags under load (visible first in cell_v_min), BMS flags it and cuts discharge power: derate while driving.')


@sc
def b_iso_charging(b):
    b.file('bms.jsonl', 'json', 1200, ['bms_chg'])
    b.file('charger.log', 'logfmt', 700, ['linux'], host='obc')
    b.file('can1.log', 'candump', 1500, ['can_hv'], bus='can1')
    T = 1100
    b.evs(T, 'bms.jsonl', [(0, 'W', 'bms.iso', 'insulation resistance HV+ to chassis trending down', {'r_iso_kohm': 480}),
                           (50, 'W', 'bms.iso', 'insulation below warning limit', {'r_iso_kohm': 190}),
                           (80, 'E', 'bms.iso', 'P0AA6 isolation fault, requesting charge termination', {'r_iso_kohm': 95, 'dtc': 'P0AA6-1C'})])
    b.silence('bms.jsonl', T - 5, b.dur, ['bms.iso'])
    b.evs(T + 81, 'charger.log', [(0, 'E', 'obc', 'stop requested by BMS (reason ISOLATION), output disabled'), (1, 'I', 'evse', 'state C -> B, charging stopped by vehicle')])
    b.label('battery_bms', 'hv_isolation', 'medium', ['high'], 'charging', 'bms.jsonl', 'HV insulation resistance falls from >2 MOhm to 95 kOhm during AC charging; BMS sets P0AA6 and ends charging. Parked/charging lowers high to medium.')


@sc
def b_hvil_drive(b):
    b.file('vcu.log', 'rfc5424', 1100, ['linux'], host='vcu')
    b.file('bms.dlt.txt', 'dlt', 1200, ['bms'], ecu='BMS')
    b.file('adas.INFO', 'glog', 1200, ['adas'])
    b.file('can0.log', 'candump', 1500, ['can_hv', 'can_chassis'])
    T = 900
    b.evs(T, 'bms.dlt.txt', [(0, 'E', 'BMS/HVIL', 'interlock loop current 0 mA (expected 10 mA), loop open at service disconnect branch'),
                             (0.05, 'E', 'BMS/HVIL', 'DTC P0A0A-13 set, requesting emergency contactor open'),
                             (0.3, 'F', 'BMS/CONT', 'main contactors opened under load (I=142 A)')])
    b.evs(T + 0.4, 'vcu.log', [(0, 'E', 'vcu', 'HV bus lost, propulsion unavailable while moving at 87 km/h'), (0.5, 'E', 'vcu', 'driver warning: stop the vehicle safely'),
                               (40, 'W', 'vcu', 'vehicle coasted to stop, ready-mode off')])
    b.evs(T + 1.0, 'adas.INFO', [(0, 'E', 'control', 'ACC cancelled: propulsion not available'), (0.2, 'W', 'planner', 'handover request to driver')])
    b.label('battery_bms', 'hvil', 'critical', [], 'driving', 'bms.dlt.txt', 'HVIL loop opens while driving at 87 km/h; contactors open and propulsion is lost while moving.')


@sc
def b_precharge(b):
    b.file('bms.log', 'shortiso', 900, ['linux', 'bms'], host='bms')
    b.file('vcu.dlt.txt', 'dlt', 800, ['edrive'], ecu='VCU')
    b.file('diag.txt', 'diag', 500, ['diag_idle'])
    T = 30
    b.evs(T, 'bms.log', [(0, 'I', 'bms', 'ready request: precharge start'), (0.8, 'E', 'bms', 'precharge timeout: DC link 181 V after 800 ms (target 95% of 389 V)'),
                         (0.81, 'W', 'bms', 'precharge relay opened, cooldown 2 s before retry'), (3.0, 'I', 'bms', 'precharge retry 1'),
                         (3.4, 'I', 'bms', 'DC link 371 V in 390 ms, main+ closed, precharge opened'), (3.5, 'I', 'bms', 'HV ready')])
    b.ev(T + 1, 'vcu.dlt.txt', 'W', 'VCU/PWR', 'ready delayed: HV not available')
    b.ev(T + 4, 'vcu.dlt.txt', 'I', 'VCU/PWR', 'READY')
    b.read_dtc(T + 200, 'diag.txt', 0x7E4, 0x7EC, [('P0C78', 0x00, 0x28)])
    b.label('battery_bms', 'contactor', 'medium', ['low'], 'driving', 'bms.log', 'Precharge of the HV link times out on first ready request and succeeds on retry; P0C78 (precharge time too long) stored. Recovered fault.')


@sc
def b_runaway_parked(b):
    b.file('bms.jsonl', 'json', 900, ['bms_park'])
    b.file('tcu.log', 'rfc3164', 500, ['tcu', 'linux'], host='tcu')
    T = 1300
    b.csv('signals.csv', 1, bev_cols('park', cell_temp_max=lambda t, r: (24.0 if t < T else 24 + ((t - T) / 30.0) ** 2) + G(r, 0.1),
                                           cell_v_min=lambda t, r: (3.81 if t < T + 200 else 3.81 - (t - T - 200) / 60) + G(r, 0.002),
                                           pack_current=lambda t, r: 0.0 + G(r, 0.05)), tsfmt='iso')
    b.evs(T + 150, 'bms.jsonl', [(0, 'W', 'bms', 'module 9 temperature rise 1.2 K/min with no load'), (100, 'E', 'bms', 'module 9 NTC 3 at 61 C, neighbour 27 C'),
                                 (150, 'F', 'bms', 'venting gas detected (pack pressure sensor +18 hPa), thermal event suspected'),
                                 (151, 'F', 'bms', 'thermal event alarm: request horn, hazard lights and remote notification')])
    b.evs(T + 302, 'tcu.log', [(0, 'E', 'ecall', 'thermal event message sent to backend and owner app'), (4, 'I', 'ecall', 'backend acknowledged, emergency services info queued')])
    b.label('battery_bms', 'cell', 'critical', [], 'parked', 'signals.csv', 'Parked, no load: a module temperature climbs (visible first in pack_signals.csv), then venting gas is detected - thermal runaway risk, critical even while parked.')


@sc
def b_pending_sensor(b):
    b.file('diag.txt', 'diag', 800, ['diag_idle'])
    b.file('bms.jsonl', 'json', 1100, ['bms'])
    b.file('syslog.log', 'rfc3164', 700, ['linux'], host='vcu')
    b.csv('signals.csv', 1, bev_cols('city'))
    b.ev(500, 'bms.jsonl', 'W', 'bms', 'NTC B on module 2 jumped 11 K between samples, sample discarded')
    b.ev(1100, 'bms.jsonl', 'W', 'bms', 'NTC B on module 2 implausible again, debounce 2/5')
    b.read_dtc(1300, 'diag.txt', 0x7E4, 0x7EC, [('P0A9C', 0x29, 0x24)])
    b.label('battery_bms', 'bms', 'low', [], 'driving', 'bms.jsonl', 'Intermittent battery temperature sensor jumps; P0A9C (battery temperature sensor A range/performance) is pending only (status 0x24). Nothing the driver notices.')


# =============================================================================================== powertrain
@sc
def p_misfire(b):
    b.file('ecm.dlt.txt', 'dlt', 1800, ['ecm'], ecu='ECM')
    b.file('diag.txt', 'diag', 500, ['diag_idle'])
    b.file('syslog', 'rfc3164', 700, ['linux', 'body'], host='head-unit')
    b.csv('signals.csv', 2, ice_cols('city'), stop=1000)
    T = 620
    b.evs(T, 'ecm.dlt.txt', [(0, 'W', 'ECM/MISF', 'cyl1 roughness counter 38/1000 revs above emission threshold'),
                             (30, 'E', 'ECM/MISF', 'cyl1 roughness 121/200 revs, catalyst-damaging rate; injector 1 shut off'),
                             (31, 'E', 'ECM/EMS', 'torque limitation active, MIL flashing')])
    b.read_dtc(T + 90, 'diag.txt', 0x7E0, 0x7E8, [('P0301', 0x00, 0x2F), ('P0300', 0x00, 0x2F)])
    b.label('powertrain', 'ignition', 'high', [], 'driving', 'ecm.dlt.txt', 'Cylinder 1 misfire (P0301, P0300) reaches catalyst-damaging rate; ECM cuts injector 1 and limits torque.')


@sc
def p_cat_pending(b):
    b.file('diag.txt', 'diag', 700, ['diag_idle'])
    b.file('ecm.log', 'logfmt', 1300, ['ecm'])
    b.file('journal.txt', 'shortiso', 500, ['linux'], host='dcu')
    b.read_dtc(1400, 'diag.txt', 0x7E0, 0x7E8, [('P0420', 0x00, 0x24)])
    b.read_dtc(1700, 'diag.txt', 0x7E0, 0x7E8, [('P0420', 0x00, 0x24)])
    b.label('powertrain', 'emissions', 'low', [], 'driving', 'diag.txt', 'Codes only: ReadDTCInformation returns P0420 (catalyst efficiency below threshold bank 1) with status 0x24, pending only, not confirmed; no MIL.')


@sc
def p_trans_limp(b):
    b.file('ecu_trace.dlt.txt', 'dlt', 1500, ['ecm'], ecu='TCM')
    b.file('can0.log', 'candump', 1600, ['can_pt'], console=True)
    b.file('body.log', 'rfc5424', 700, ['body', 'linux'], host='bcm')
    T = 800
    b.evs(T, 'ecu_trace.dlt.txt', [(0, 'W', 'TCM/SHFT', 'ratio 4th measured 1.61 commanded 1.00, slip detected'), (4, 'E', 'TCM/SHFT', 'P0730 incorrect gear ratio confirmed'),
                             (4.2, 'E', 'TCM/SAFE', 'limp home: locked in 3rd, lock-up clutch open, max 90 km/h')])
    b.ev(300, 'body.log', 'W', 'SEAT/DRV', 'seat heater L rear open load (B-code stored), heater disabled')
    b.uds(T + 60, 'can0.log', 0x7E1, 0x7E9, [0x19, 0x02, 0x08], [0x59, 0x02, 0xFF] + [0x07, 0x30, 0x00, 0x09])
    b.label('powertrain', 'transmission', 'high', [], 'driving', 'ecu_trace.dlt.txt', 'Gear ratio error (P0730) puts the transmission into limp-home in 3rd gear; a minor rear seat heater fault is secondary.')


@sc
def p_inverter_trip(b):
    b.file('drive.jsonl', 'json', 1300, ['edrive'])
    b.file('vcu.log', 'rfc3164', 800, ['linux'], host='vcu')
    b.file('adas.INFO', 'glog', 1100, ['adas'])
    b.csv('signals.csv', 10, bev_cols('hwy', motor_torque_nm=lambda t, r: (190 if t < 420 else 0) + G(r, 3), phase_current_a=lambda t, r: (310 if t < 420 else 0) + G(r, 5)), start=240, stop=540)
    T = 420
    b.evs(T, 'drive.jsonl', [(-0.02, 'E', 'INV/PROT', 'desaturation phase V high-side, gate drivers off'), (0, 'E', 'INV/PROT', 'P0A78 drive motor A inverter performance, latched'),
                                (0.5, 'W', 'INV/PROT', 'restart attempt 1 rejected, DC link discharge')])
    b.evs(T + 0.3, 'vcu.log', [(0, 'E', 'vcu', 'rear drive unit torque lost at 118 km/h, coasting'), (3, 'W', 'vcu', 'driver message: propulsion power lost, pull over')])
    b.ev(T + 0.6, 'adas.INFO', 'W', 'control', 'ACC unable to hold speed, cancelled')
    b.label('powertrain', 'inverter', 'critical', ['high'], 'driving', 'drive.jsonl', 'Inverter desaturation trip (P0A78) removes drive torque at 118 km/h; loss of propulsion on a highway.')


@sc
def p_resolver(b):
    b.file('edu.dlt.txt', 'dlt', 1500, ['edrive'], ecu='MCU')
    b.file('syslog.log', 'rfc5424', 700, ['linux'], host='vcu')
    b.file('diag.txt', 'diag', 400, ['diag_idle'])
    T = 1000
    b.evs(T, 'edu.dlt.txt', [(0, 'W', 'MCU/POS', 'resolver amplitude sin 2.1V cos 0.4V outside envelope'), (0.2, 'E', 'MCU/POS', 'rotor angle invalid, switching to sensorless estimation'),
                             (0.3, 'W', 'MCU/TRQ', 'torque limited to 35% in sensorless mode')])
    b.read_dtc(T + 30, 'diag.txt', 0x7E2, 0x7EA, [('P0A3F', 0x1C, 0x2F)])
    b.label('powertrain', 'motor', 'high', [], 'driving', 'edu.dlt.txt', 'Drive motor position sensor (resolver) signal fails (P0A3F); motor runs sensorless with torque limited to 35%.')


@sc
def p_truck_oilp(b):
    b.file('j1939.log', 'candump', 3000, ['j1939'])
    b.file('telematics.log', 'logfmt', 600, ['tcu'])
    T = 900
    b.csv('engine.csv', 1, {'engine_speed_rpm': lambda t, r: (1400 if t < T + 30 else 1100) + G(r, 8), 'coolant_temp': lambda t, r: 88 + G(r, 0.3),
                            'oil_pressure_kpa': lambda t, r: (380 if t < T else max(95, 380 - (t - T) * 4)) + G(r, 3), 'wheel_speed_kph': lambda t, r: (85 if t < T + 30 else 55) + G(r, 0.5),
                            'battery_potential_v': lambda t, r: 27.8 + G(r, 0.05)})
    for k in range(int(b.dur // 3)):
        b.ev(k * 3 + 0.73, 'j1939.log', 'I', '', '18FECA00#04FF64000101FFFF' if k * 3 > T + 58 else '18FECA00#00FF00000000FFFF')
    b.evs(T + 62, 'telematics.log', [(0, 'W', 'fleet', 'DM1 active: SPN 100 FMI 1 (engine oil pressure low - most severe), amber lamp'),
                                     (2, 'W', 'fleet', 'engine protection derate reported by ECM')])
    b.label('powertrain', 'engine', 'high', ['critical'], 'driving', 'engine.csv', 'Engine oil pressure falls (engine.csv), DM1 reports SPN 100 FMI 1 and the engine derates to protect itself.')


# =============================================================================================== thermal
@sc
def t_pump_cascade(b):
    b.file('zone_rear.dlt.txt', 'dlt', 1300, ['thermal'], ecu='TMS')
    b.file('bms.jsonl', 'json', 1400, ['bms'])
    b.file('vcu.log', 'rfc3164', 900, ['linux'], host='vcu')
    T = 600
    b.csv('signals.csv', 1, bev_cols('hwy', coolant_temp=lambda t, r: (33 if t < T else min(52, 33 + (t - T) / 25)) + G(r, 0.2),
                                      cell_temp_max=lambda t, r: (31 if t < T + 120 else min(52, 31 + (t - T - 120) / 30)) + G(r, 0.1)))
    b.silence('zone_rear.dlt.txt', T, b.dur, ['TMS/PUMP'])
    for k in range(int(b.dur // 20)):
        tt = k * 20 + 7
        fl = 9.8 + b.rng.uniform(-0.3, 0.3) if tt < T else 0.0
        tin = 29 + b.rng.uniform(-0.3, 0.3) if tt < T else min(50, 29 + (tt - T) / 28)
        b.ev(tt, 'zone_rear.dlt.txt', 'I', 'TMS/CTRL', 'loop BAT in %.1fC out %.1fC flow %.1f l/min' % (tin, tin + (3.1 if fl else 0.2), fl))
    b.evs(T, 'zone_rear.dlt.txt', [(0, 'E', 'TMS/PUMP', 'battery loop pump: LIN reports stall, current 0.1 A at 80% command'), (2, 'E', 'TMS/PUMP', 'restart attempt failed, pump disabled')])
    for k in range(30):
        b.ev(T + 300 + k * 15, 'bms.jsonl', 'W' if k < 10 else 'E', 'bms', 'cell temperature %.1f C, discharge limit %d kW' % (44 + k * 0.25, max(30, 150 - k * 5)))
    b.ev(T + 480, 'vcu.log', 'E', 'vcu', 'reduced propulsion power: battery too hot')
    b.label('thermal', 'pump', 'high', [], 'driving', 'zone_rear.dlt.txt', 'Battery coolant pump stalls first; cell temperatures then rise and the BMS repeatedly derates discharge power. Root cause the pump, not the battery.')


@sc
def t_radiator_numeric(b):
    b.file('journal.log', 'shortiso', 900, ['linux', 'ecm'], host='dcu')
    b.file('can0.log', 'candump', 1500, ['can_pt'])
    T = 500
    b.csv('signals.csv', 1, ice_cols('city', coolant_temp=lambda t, r: (min(90.0, 25 + t / 8.0) if t < T else min(117, 90 + (t - T) / 40)) + G(r, 0.3),
                                      radiator_fan_duty=lambda t, r: 0 if t > T else (30 if t > 300 else 0), ambient_temp=lambda t, r: 31 + G(r, 0.1)), tsfmt='iso')
    b.label('thermal', 'radiator', 'medium', ['high'], 'driving', 'signals.csv', 'Only the signal log shows it: coolant temperature climbs from 90 C to about 117 C while the radiator fan duty drops to 0; no log line reports an error.')


@sc
def t_hvac_refrigerant(b):
    b.file('zone_front.log', 'rfc5424', 800, ['thermal', 'body'], host='hvac')
    b.file('logcat.txt', 'logcat', 1500, ['ivi'])
    T = 700
    b.evs(T, 'zone_front.log', [(0, 'W', 'HVAC/COMP', 'suction pressure 0.9 bar at 30 C ambient, refrigerant charge low suspected'),
                          (40, 'E', 'HVAC/COMP', 'HVAC-0x2211 low refrigerant pressure, compressor locked out'), (41, 'I', 'HVAC/CTL', 'cooling unavailable, fresh-air ventilation only')])
    b.ev(T + 42, 'logcat.txt', 'W', 'ClimateUI', 'A/C unavailable banner shown')
    b.label('thermal', 'hvac', 'medium', [], 'driving', 'zone_front.log', 'Low refrigerant pressure locks out the A/C compressor; cabin cooling unavailable - degraded comfort function.')


@sc
def t_compute_overtemp(b):
    b.file('dmesg.txt', 'dmesg', 900, ['kern'])
    b.file('journal.txt', 'journal_export', 500, ['linux'], host='ivi')
    T = 1200
    b.csv('sensors.csv', 0.5, {'soc_temp_c': lambda t, r: (58 if t < 600 else min(106, 58 + (t - 600) / 12)) + G(r, 0.3),
                               'cabin_temp_c': lambda t, r: min(63, 38 + t / 70) + G(r, 0.1), 'fan_rpm': lambda t, r: 4200 + G(r, 20)})
    b.evs(T - 200, 'dmesg.txt', [(0, 'W', 'kernel', 'thermal thermal_zone0: passive trip 95 C, cpufreq capped 1.2 GHz'),
                                 (200, 'F', 'kernel', 'thermal thermal_zone0: critical temperature reached (105 C), shutting down')])
    b.ev(T + 1, 'journal.txt', 'W', 'systemd', 'Powering off (thermal emergency).')
    b.label('thermal', 'overtemp', 'medium', ['low'], 'parked', 'sensors.csv', 'Parked in heat (cabin 63 C), the head unit SoC overheats and shuts down at 105 C. Fan is running; non-battery overtemperature while parked.')


@sc
def t_coolant_leak(b):
    b.file('ecm.jsonl', 'json', 1300, ['ecm', 'thermal'])
    b.file('cluster.log', 'rfc3164', 600, ['body', 'linux'], host='ic')
    T = 800
    b.csv('signals.csv', 2, ice_cols('hwy', coolant_temp=lambda t, r: (min(90.0, 25 + t / 8.0) if t < T else min(124, 90 + (t - T) / 10)) + G(r, 0.4),
                                      coolant_level_ok=lambda t, r: 1 if t < T - 120 else 0), stop=1200)
    b.evs(T - 100, 'ecm.jsonl', [(0, 'W', 'ECM/COOL', 'coolant level switch open (low) with engine warm'),
                                 (300, 'E', 'ECM/COOL', 'engine temperature 117 C, power reduced to protect engine'), (301, 'W', 'ECM/COOL', 'A/C clutch disengaged for heat load')])
    b.ev(T + 203, 'cluster.log', 'W', 'telltale', 'coolant temperature warning red, chime')
    b.label('thermal', 'coolant', 'high', [], 'driving', 'signals.csv', 'Coolant level drops (coolant_level_ok goes 0 in signals.csv), then engine temperature passes 117 C and the ECM cuts power.')
