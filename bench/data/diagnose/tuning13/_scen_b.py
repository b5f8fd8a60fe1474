"""Scenarios part B: brakes/chassis, body, ADAS, connectivity, software, power supply."""
import math
from _scen_a import sc, G, bev_cols, ice_cols, chassis_cols, speed


# =============================================================================================== brakes / chassis
@sc
def c_wss_cascade(b):
    b.file('chassis.dlt.txt', 'dlt', 1200, ['chassis'], ecu='ESC')
    b.file('adas.INFO', 'glog', 1800, ['adas'])
    b.file('cluster.log', 'rfc5424', 800, ['body', 'linux'], host='ic')
    T = 760
    b.csv('chassis.csv', 5, chassis_cols('hwy', wheel_speed_fl=lambda t, r: (112 + 6 * math.sin(t / 90.0) + G(r, 0.2)) if t < T else 0.0), tscol='time_s', start=T - 200, stop=T + 120)
    b.evs(T, 'chassis.dlt.txt', [(0, 'E', 'ESC/WSS', 'C0035 left front wheel speed sensor signal missing (0 Hz vs 3 others 110 km/h)'),
                             (0.1, 'E', 'ESC/MAIN', 'ABS function switched off, EBD retained'), (0.1, 'E', 'ESC/MAIN', 'ESC/TCS unavailable')])
    for k in range(25):
        b.ev(T + 0.5 + k * 2, 'adas.INFO', 'E', 'control', 'ACC not available: stability control degraded (qualifier %d)' % k)
        b.ev(T + 0.6 + k * 2, 'adas.INFO', 'E', 'planner', 'lane keeping assist inhibited, ESC status NOT_AVAILABLE')
    b.evs(T + 0.4, 'cluster.log', [(0, 'W', 'telltale', 'ABS amber ON'), (0, 'W', 'telltale', 'ESC OFF amber ON'), (1, 'W', 'hmi', 'message: Driver assistance systems unavailable')])
    b.label('brakes_chassis', 'abs', 'high', ['critical'], 'driving', 'chassis.csv', 'Left front wheel-speed sensor signal drops to 0 (C0035); ABS and ESC go off, which then disables ACC and lane keeping. Root cause the wheel-speed sensor / ABS.')


@sc
def c_eps_loss(b):
    b.file('chassis.log', 'logfmt', 1200, ['chassis'])
    b.file('syslog.log', 'rfc3164', 700, ['linux'], host='vcu')
    b.file('adas.log', 'ros', 1300, ['ros'])
    T = 1050
    b.evs(T, 'chassis.log', [(0, 'W', 'EPS/MOT', 'EPS-1203 motor phase B current sensor offset 4.1 A'), (0.4, 'E', 'EPS/MOT', 'EPS-1203 confirmed, assist ramped to zero in 200 ms'),
                         (0.6, 'E', 'EPS/CTRL', 'manual steering only, red steering warning requested')])
    b.evs(T + 0.7, 'adas.log', [(0, 'E', 'lka_node', 'steering actuator not responding, lateral control disabled'), (0.1, 'W', 'lka_node', 'takeover request issued')])
    b.ev(T + 1, 'syslog.log', 'W', 'vcu', 'speed limited to 80 km/h, steering system fault')
    b.label('brakes_chassis', 'eps', 'critical', ['high'], 'driving', 'chassis.log', 'Electric power steering loses its current sensor and removes all assist while driving at speed; loss of a safety-relevant function.')


@sc
def c_tpms_numeric(b):
    b.file('chassis.jsonl', 'json', 900, ['chassis'])
    b.file('syslog.log', 'rfc5424', 700, ['linux', 'body'], host='bcm')
    T = 300
    b.csv('signals.csv', 0.5, {'speed_kph': speed('hwy'), 'tire_p_fl_bar': lambda t, r: 2.5 + G(r, 0.005), 'tire_p_fr_bar': lambda t, r: 2.5 + G(r, 0.005),
                               'tire_p_rl_bar': lambda t, r: (2.45 if t < T else max(1.55, 2.45 - (t - T) / 1500)) + G(r, 0.005), 'tire_p_rr_bar': lambda t, r: 2.46 + G(r, 0.005),
                               'lv_bus_voltage': lambda t, r: 14.2 + G(r, 0.03)})
    b.ev(T + 1200, 'chassis.jsonl', 'W', 'TPMS/ECU', 'rear left below warning threshold, driver informed')
    b.label('brakes_chassis', 'tpms', 'medium', ['high'], 'driving', 'signals.csv', 'Slow puncture: rear-left tyre pressure falls steadily from 2.45 to about 1.6 bar in the signal log before a single TPMS warning.')


@sc
def c_booster(b):
    b.file('chassis.dlt.txt', 'dlt', 1200, ['chassis'], ecu='EBB')
    b.file('vehicle.jsonl', 'json', 900, ['bms', 'edrive'])
    b.file('adas.INFO', 'glog', 1000, ['adas'])
    T = 640
    b.evs(T, 'chassis.dlt.txt', [(0, 'E', 'EBB/MOT', 'booster motor position sensor plausibility error'), (0.02, 'E', 'EBB/MAIN', 'electromechanical boost disabled, hydraulic fallback via ESC pump'),
                               (0.03, 'W', 'EBB/MAIN', 'regenerative braking blending off'), (0.05, 'W', 'EBB/MAIN', 'pedal feel changed, warning lamp red')])
    b.ev(T + 0.2, 'vehicle.jsonl', 'W', 'vcu', 'regen torque request rejected by brake system')
    b.ev(T + 0.4, 'adas.INFO', 'E', 'control', 'AEB/ACC deceleration path unavailable, functions off')
    b.label('brakes_chassis', 'brakes', 'high', ['critical'], 'driving', 'chassis.dlt.txt', 'Electric brake booster fails and falls back to ESC hydraulic boost; regen blending and ACC/AEB are disabled.')


@sc
def c_air_susp(b):
    b.file('chassis.log', 'shortiso', 1000, ['chassis'], host='cdc')
    b.file('can0.log', 'candump', 1500, ['can_chassis'])
    T = 400
    b.evs(T, 'chassis.log', [(0, 'W', 'SUSP/COMP', 'compressor run time 180 s exceeded without reaching tank pressure'), (5, 'E', 'SUSP/COMP', 'compressor overheat protection, levelling suspended'),
                             (6, 'W', 'SUSP/LVL', 'adaptive damping in default hard mode, ride height frozen at 142 mm')])
    b.silence('chassis.log', T, b.dur, ['SUSP/LVL'])
    b.label('brakes_chassis', 'suspension', 'medium', [], 'driving', 'chassis.log', 'Air suspension compressor cannot fill the tank and overheats; levelling suspended and damping in a fixed mode - degraded comfort.')


@sc
def c_yaw_stuck(b):
    b.file('chassis.jsonl', 'json', 1100, ['chassis'])
    b.file('syslog.log', 'rfc3164', 600, ['linux'], host='dcu')
    T = 500
    b.csv('imu.csv', 10, chassis_cols('city', yaw_rate=lambda t, r: (2.5 * math.sin(t / 19.0) + G(r, 0.05)) if t < T else 7.84), tsfmt='ms', stop=800)
    b.evs(T + 3, 'chassis.jsonl', [(0, 'E', 'ESC/SENS', 'ESC_ERR 0x5C1 yaw rate frozen at 7.84 deg/s, model expects -1.2'), (0.1, 'E', 'ESC/MAIN', 'stability control and traction control deactivated')])
    b.label('brakes_chassis', 'esc', 'high', [], 'driving', 'imu.csv', 'Yaw-rate signal freezes at 7.84 deg/s (imu.csv) while steering continues; ESC flags implausibility and switches stability control off.')


# =============================================================================================== body
@sc
def bd_airbag(b):
    b.file('ecu_trace.dlt.txt', 'dlt', 900, ['body'], ecu='ACU')
    b.file('diag.txt', 'diag', 500, ['diag_idle'])
    b.file('syslog.log', 'rfc5424', 700, ['linux'], host='ccu')
    T = 350
    b.evs(T, 'ecu_trace.dlt.txt', [(0, 'E', 'SRS/SQB', 'driver frontal stage 1 loop resistance 7.9 ohm (window 1.8-4.5)'), (0.5, 'E', 'SRS/MON', 'deployment of driver frontal inhibited, SRS lamp ON')])
    b.read_dtc(T + 30, 'diag.txt', 0x737, 0x73F, [('B0001', 0x13, 0x2F)])
    b.label('body', 'airbag', 'critical', ['high'], 'driving', 'ecu_trace.dlt.txt', 'Driver frontal airbag squib circuit open (B0001-13); driver airbag deployment inhibited while driving.')


@sc
def bd_door_lock(b):
    b.file('bcm.log', 'rfc3164', 600, ['body', 'linux'], host='bcm')
    b.file('tcu.log', 'logfmt', 500, ['tcu'])
    T = 200
    b.evs(T, 'bcm.log', [(0, 'I', 'BCM/DOOR', 'remote lock request from key fob'), (0.8, 'E', 'BCM/DOOR', 'rear left latch actuator: lock position not reached after 3 attempts'),
                         (1, 'W', 'BCM/DOOR', 'vehicle partially locked, alarm armed with RL zone excluded')])
    b.ev(T + 3, 'tcu.log', 'W', 'notify', 'owner app: vehicle could not be fully locked')
    b.label('body', 'doors', 'medium', ['low'], 'parked', 'bcm.log', 'Parked: rear-left door lock actuator does not reach the lock position; vehicle only partially locked.')


@sc
def bd_lowbeam(b):
    b.file('body.dlt.txt', 'dlt', 1000, ['body'], ecu='BCM')
    b.file('ivi.log', 'logcat', 1200, ['ivi'])
    T = 600
    b.evs(T, 'body.dlt.txt', [(0, 'I', 'BCM/LGT', 'headlamp mode AUTO-LOW (ambient 4 lux)'), (0.2, 'E', 'BCM/LGT', 'left low beam LED driver: open load, channel off'),
                              (0.3, 'W', 'BCM/LGT', 'fallback: left fog lamp enabled as substitute')])
    b.ev(T + 1, 'ivi.log', 'W', 'ClusterMsg', 'Check left dipped beam')
    b.label('body', 'lighting', 'high', ['medium'], 'driving', 'body.dlt.txt', 'Left low-beam LED module goes open-load at night while driving; a substitute fog lamp is used.')


@sc
def bd_seat_heater(b):
    b.file('body.jsonl', 'json', 600, ['body'])
    b.file('journal.txt', 'shortiso', 600, ['linux'], host='bcm')
    b.evs(300, 'body.jsonl', [(0, 'E', 'SEAT/HTR', 'front passenger seat heater overcurrent 9.8 A, output latched off'), (1, 'W', 'SEAT/HTR', 'heater request ignored until next ignition cycle')])
    b.label('body', 'seats', 'medium', [], 'driving', 'body.jsonl', 'Passenger seat heater trips on overcurrent and is latched off - comfort function lost.')


@sc
def bd_touch_i2c(b):
    b.file('dmesg.log', 'dmesg', 1100, ['kern'])
    b.file('logcat.txt', 'logcat', 1800, ['ivi'])
    T = 500
    for k in range(40):
        b.ev(T + k * 7.3, 'dmesg.log', 'E', 'kernel', 'atmel_mxt_ts 3-004a: __mxt_read_reg: i2c transfer failed (-121)')
    b.ev(T + 300, 'dmesg.log', 'E', 'kernel', 'atmel_mxt_ts 3-004a: Failed to read T5 message, controller reset')
    b.ev(T + 302, 'logcat.txt', 'W', 'InputReader', 'Device removed: atmel_maxtouch (touchscreen)')
    b.ev(T + 305, 'logcat.txt', 'W', 'CarInput', 'touch input unavailable, steering wheel controls only')
    b.label('body', 'hmi', 'medium', [], 'driving', 'dmesg.log', 'Centre display touch controller stops answering on I2C and is removed; display still shows, touch input lost. HMI hardware, not a software fault.')


# =============================================================================================== ADAS
@sc
def a_camera_blind(b):
    b.file('perception.INFO', 'glog', 2200, ['adas'])
    b.file('cluster.log', 'rfc3164', 600, ['body', 'linux'], host='ic')
    T = 800
    for k in range(20):
        b.ev(T + k * 3, 'perception.INFO', 'W' if k < 5 else 'E', 'camera_health.cc:77', 'front wide camera: image contrast index %.2f, blockage score %.2f' % (0.3 - k * 0.01, 0.6 + k * 0.02))
    b.ev(T + 62, 'perception.INFO', 'E', 'lane_fusion.cc:140', 'lane detections invalid > 3 s, LKA/LCA unavailable')
    b.ev(T + 63, 'cluster.log', 'W', 'hmi', 'Lane assist unavailable: camera view restricted')
    b.label('adas_perception', 'camera', 'high', [], 'driving', 'perception.INFO', 'Front camera view becomes blocked (contrast down, blockage score up); lane keeping and lane change assist are disabled.')


@sc
def a_lidar_mrm(b):
    b.file('ros.log', 'ros', 2600, ['ros'])
    b.file('planner.INFO', 'glog', 1600, ['adas'])
    b.file('monitor.pb.txt', 'apollo_monitor', 300, ['adas'])
    T = 1100
    b.silence('ros.log', T, b.dur, ['lidar_driver'])
    b.evs(T, 'ros.log', [(0, 'W', 'lidar_driver', 'top lidar: UDP packets 35% of expected, motor rpm 540 (set 600)'), (1.5, 'E', 'lidar_driver', 'top lidar: motor stalled, no point cloud'),
                         (1.6, 'E', 'lidar_driver', 'device /lidar/top entered FAULT')])
    b.evs(T + 1.8, 'planner.INFO', [(0, 'E', 'planner', 'perception coverage insufficient (front sector 0%), triggering MRM'), (0.1, 'W', 'planner', 'MRM: decel 2.0 m/s2 to shoulder'),
                                    (14, 'I', 'planner', 'vehicle stopped, hazard lights on, remote operator paged')])
    b.ev(T + 2, 'monitor.pb.txt', 'E', 'planning', 'minimal risk manoeuvre active: lidar_top unavailable')
    b.label('adas_perception', 'lidar', 'critical', [], 'driving', 'ros.log', 'Top lidar motor stalls while driving autonomously; point cloud lost and the planner executes a minimal-risk manoeuvre to the shoulder.')


@sc
def a_radar_misalign(b):
    b.file('adas.dlt.txt', 'dlt', 1400, ['adas'], ecu='ADAS')
    b.file('syslog.log', 'rfc5424', 700, ['linux'], host='adcu')
    T = 900
    b.evs(T, 'adas.dlt.txt', [(0, 'W', 'RDR/ALN', 'front radar azimuth misalignment estimate 3.4 deg (limit 2.0)'), (20, 'E', 'RDR/ALN', '[ADAS_RDR] E0311 alignment out of range, radar blocked for ACC'),
                              (20.1, 'E', 'ACC/MAIN', 'ACC and forward collision warning unavailable')])
    b.label('adas_perception', 'radar', 'high', [], 'driving', 'adas.dlt.txt', 'Front radar reports a 3.4 deg azimuth misalignment; ACC and collision warning are disabled.')


@sc
def a_gnss_antenna(b):
    b.file('ros.log', 'ros', 2000, ['ros'])
    b.file('localization.yaml', 'rosout_yaml', 500, ['adas'])
    T = 400
    b.silence('ros.log', T, b.dur, ['gnss_driver'])
    b.evs(T, 'ros.log', [(0, 'E', 'gnss_driver', 'antenna status OPEN (current 0 mA), no satellites'), (60, 'W', 'gnss_driver', 'no fix for 60 s')])
    b.evs(T + 5, 'localization.yaml', [(0, 'W', 'localization', 'GNSS input stale, relying on lidar map matching + odometry'), (200, 'W', 'localization', 'std_xy 0.21 m, still within ODD limit')])
    b.label('adas_perception', 'gnss', 'medium', ['low'], 'driving', 'ros.log', 'GNSS antenna open circuit removes all fixes; localization continues on lidar map matching with reduced accuracy.')


@sc
def a_loc_diverge(b):
    b.file('localization.yaml', 'rosout_yaml', 700, ['adas'])
    b.file('planner.INFO', 'glog', 2000, ['adas'])
    b.file('control.pb.txt', 'apollo_monitor', 300, ['adas'])
    T = 1000
    b.evs(T, 'localization.yaml', [(0, 'W', 'ndt_matcher', 'NDT fitness score 3.8 (nominal < 0.5), map match degrading'),
                                   (8, 'E', 'ndt_matcher', 'pose jump 2.3 m lateral rejected, covariance growing'), (12, 'E', 'ekf_localizer', 'localization status LOST')])
    for k in range(15):
        b.ev(T + 12.5 + k * 0.5, 'planner.INFO', 'E', 'planner', 'ego pose invalid, cannot plan (%d)' % k)
    b.ev(T + 13, 'planner.INFO', 'E', 'planner', 'safe stop requested in lane, hazard on')
    b.ev(T + 13.1, 'control.pb.txt', 'E', 'control', 'emergency brake profile engaged by planner')
    b.label('adas_perception', 'localization', 'critical', [], 'driving', 'localization.yaml', 'Map matching degrades and localization is lost; the planner cannot plan and performs an in-lane safe stop. Root cause localization, not planning.')


@sc
def a_uss_park(b):
    b.file('adas.log', 'logfmt', 700, ['adas'])
    b.file('logcat.txt', 'logcat', 1000, ['ivi'])
    T = 300
    b.evs(T, 'adas.log', [(0, 'W', 'uss', 'sensor RL2 echo missing in 12 of 12 cycles'), (1, 'E', 'uss', 'sensor RL2 membrane ringing time out of range, sensor failed'),
                          (1.1, 'E', 'parkassist', 'automated parking and rear parking aid unavailable')])
    b.ev(T + 2, 'logcat.txt', 'W', 'ParkUI', 'Park assist not available')
    b.label('adas_perception', 'ultrasonic', 'high', ['medium'], 'driving', 'adas.log', 'Rear ultrasonic sensor RL2 fails during a parking manoeuvre; park assist and rear parking aid are disabled (low speed).')


# =============================================================================================== connectivity
@sc
def n_gw_reboot(b):
    b.file('gateway.dlt.txt', 'dlt', 1300, ['gw'], ecu='CGW')
    b.file('diag.txt', 'diag', 500, ['diag_idle'])
    b.file('ivi.log', 'logcat', 1600, ['ivi'])
    b.file('adas.INFO', 'glog', 1400, ['adas'])
    T = 700
    b.silence('gateway.dlt.txt', T + 0.1, T + 42)
    b.evs(T, 'gateway.dlt.txt', [(-0.5, 'E', 'GW/OS', 'task ROUT deadline miss 3x, internal watchdog not serviced'), (0, 'F', 'GW/OS', 'reset cause WDG, restarting'),
                                 (42, 'I', 'GW/OS', 'startup complete, routing resumed')])
    for k, (code, ecu) in enumerate([('U0100', 'ECM'), ('U0121', 'ABS'), ('U0131', 'EPS'), ('U0140', 'BCM'), ('U0155', 'IPC'), ('U0164', 'HVAC'), ('U0151', 'SRS')]):
        for j in range(6):
            b.ev(T + 1 + k * 0.3 + j * 5, 'ivi.log', 'E', 'CarService', 'timeout on vehicle bus: no messages from %s (%s)' % (ecu, code))
            b.ev(T + 1.2 + k * 0.3 + j * 5, 'adas.INFO', 'E', 'vehicle_if', 'signal from %s missing, %s-87 active' % (ecu, code))
    b.read_dtc(T + 60, 'diag.txt', 0x7A0, 0x7A8, [('U0100', 0x87, 0x09), ('U0121', 0x87, 0x09), ('U0131', 0x87, 0x09), ('U0140', 0x87, 0x09), ('U0155', 0x87, 0x08)])
    b.ev(T + 3, 'adas.INFO', 'E', 'control', 'ACC/LKA unavailable: chassis signals missing')
    b.ev(T + 45, 'adas.INFO', 'I', 'control', 'ACC available again')
    b.label('connectivity_network', 'gateway', 'medium', ['high'], 'driving', 'gateway.dlt.txt', 'Central gateway watchdog reset silences routing for 42 s; every ECU behind it reports lost communication (U0100, U0121, ...). Root cause the gateway; it recovered.')


@sc
def n_can_busoff(b):
    b.file('dmesg.txt', 'dmesg', 800, ['kern'])
    b.file('can1.log', 'candump', 2000, ['can_chassis'], bus='can1')
    b.file('vcu.log', 'logfmt', 800, ['linux'])
    T = 600
    b.evs(T, 'dmesg.txt', [(0, 'W', 'kernel', 'flexcan 308d0000.can can1: bus-error, stuff error on rx'), (0.02, 'W', 'kernel', 'flexcan 308d0000.can can1: error passive'),
                           (0.05, 'E', 'kernel', 'flexcan 308d0000.can can1: bus-off'), (1.05, 'I', 'kernel', 'flexcan 308d0000.can can1: restarted')])
    for k in range(5):
        b.ev(T + 0.01 + k * 0.005, 'can1.log', 'I', '', '20000004#0004000000000000' if k < 2 else '20000040#0000000000000000')
    b.silence('can1.log', T + 0.05, T + 1.05)
    b.ev(T + 1.2, 'vcu.log', 'W', 'vcu', 'chassis CAN frames missing 1.1 s, restored')
    b.label('connectivity_network', 'can', 'medium', [], 'driving', 'dmesg.txt', 'The chassis CAN controller goes error-passive then bus-off on stuff errors, and restarts after 1 s. A real bus fault that recovered.')


@sc
def n_lin_window(b):
    b.file('body.dlt.txt', 'dlt', 1000, ['body'], ecu='BCM')
    b.file('syslog.log', 'rfc3164', 600, ['linux'], host='bcm')
    T = 450
    for k in range(12):
        b.ev(T + k * 10, 'body.dlt.txt', 'W', 'LIN/MST', 'LIN3 frame 0x23 (window lifter RR) no response, slave timeout %d' % (k + 1))
    b.ev(T + 121, 'body.dlt.txt', 'E', 'LIN/MST', 'LIN3 node WL_RR marked absent, requests dropped')
    b.label('connectivity_network', 'lin', 'medium', ['low'], 'driving', 'body.dlt.txt', 'The rear-right window lifter stops answering on its LIN bus and is marked absent; rear window cannot be operated.')


@sc
def n_modem(b):
    b.file('tcu.log', 'rfc5424', 1700, ['tcu', 'linux'], host='tcu')
    b.file('logcat.txt', 'logcat', 1200, ['ivi'])
    T = 120
    b.silence('tcu.log', T, b.dur, ['modem', 'mqtt'])
    for k in range(9):
        b.ev(T + k * 130, 'tcu.log', 'E', 'modem', 'AT+CPIN? -> +CME ERROR: 10 (SIM not inserted), modem power-cycle %d' % (k + 1))
    b.ev(T + 200, 'tcu.log', 'E', 'ecall', 'eCall not available: no network registration')
    b.ev(T + 201, 'logcat.txt', 'W', 'TelematicsUI', 'Emergency call service unavailable')
    b.label('connectivity_network', 'cellular', 'high', ['medium'], 'driving', 'tcu.log', 'The telematics modem cannot read its SIM through repeated power cycles; no cellular service, so eCall and remote services are unavailable.')


@sc
def n_eth_link(b):
    b.file('dmesg.txt', 'dmesg', 900, ['kern'])
    b.file('perception.INFO', 'glog', 2000, ['adas'])
    b.file('gateway.log', 'logfmt', 700, ['gw'])
    T = 800
    for k in range(8):
        b.ev(T + k * 9, 'gateway.log', 'W', 'GW/ETH', 'port 3 (100BASE-T1 to front camera) link down, SQI 1')
        b.ev(T + k * 9 + 1.5, 'gateway.log', 'I', 'GW/ETH', 'port 3 link up, SQI 2')
    for k in range(30):
        b.ev(T + 0.3 + k * 2.4, 'perception.INFO', 'E', 'camera_front', 'no frames for %d ms, stream timeout' % (300 + (k * 37) % 900))
    b.ev(T + 1, 'dmesg.txt', 'W', 'kernel', 'tc9562 0000:01:00.0 eth1: Link is Down')
    b.ev(T + 30, 'perception.INFO', 'E', 'lane_fusion.cc:140', 'front camera unavailable, LKA disabled')
    b.label('connectivity_network', 'ethernet', 'high', [], 'driving', 'gateway.log', 'The 100BASE-T1 link to the front camera flaps (SQI 1-2); frames stop arriving and lane keeping is disabled. Root cause the Ethernet link, not the camera.')


@sc
def n_u0100_pending(b):
    b.file('diag.txt', 'diag', 800, ['diag_idle'])
    b.file('can0.log', 'candump', 2000, ['can_pt'], console=True)
    b.file('journal.log', 'shortiso', 600, ['linux'], host='dcu')
    b.read_dtc(900, 'diag.txt', 0x7E1, 0x7E9, [('U0100', 0x00, 0x24)])
    b.ev(880, 'journal.log', 'W', 'tcm-bridge', 'ECM frame 0x0C9 missing for 520 ms, substitute values used for 1 cycle')
    b.label('connectivity_network', 'can', 'low', [], 'driving', 'journal.log', 'One 520 ms gap in ECM messages; the TCM logs U0100 (lost communication with ECM/PCM) as pending only. Driver unaffected.')


# =============================================================================================== software
@sc
def s_perc_crash(b):
    b.file('journal.txt', 'journal_export', 800, ['linux'], host='adcu')
    b.file('perception.INFO', 'glog', 1800, ['adas'])
    b.file('dmesg.txt', 'dmesg', 600, ['kern'])
    T = 1000
    b.ev(T, 'dmesg.txt', 'E', 'kernel', 'perception_main[4121]: segfault at 0000000000000018 ip 00005591c3a2b7e4 sp 00007ffd8c1a9f00 error 4 in libtracker.so[5591c3a00000+6b000]')
    b.evs(T + 0.1, 'journal.txt', [(0, 'E', 'systemd', 'perception.service: Main process exited, code=dumped, status=11/SEGV'),
                                   (0.2, 'I', 'systemd-coredump', 'Process 4121 (perception_main) of user 1001 dumped core.'),
                                   (2, 'I', 'systemd', 'perception.service: Scheduled restart job, restart counter is at 1.'), (5, 'I', 'systemd', 'Started perception.service.')])
    b.silence('perception.INFO', T, T + 6, ['perception'])
    b.ev(T + 0.3, 'perception.INFO', 'E', 'planner', 'object list stale 300 ms, ACC suspended')
    b.ev(T + 6, 'perception.INFO', 'I', 'planner', 'object list fresh, ACC resumable')
    b.label('software_platform', 'crash', 'medium', ['high'], 'driving', 'dmesg.txt', 'The perception process segfaults in a tracker library, is restarted by systemd within 5 s; ACC briefly suspended. A software crash that recovered.')


@sc
def s_oom_nav(b):
    b.file('logcat.txt', 'logcat', 2600, ['ivi'])
    b.file('kmsg.txt', 'dmesg', 800, ['kern'])
    T = 600
    for k in range(4):
        t = T + k * 250
        b.ev(t, 'kmsg.txt', 'E', 'kernel', 'Out of memory: Killed process %d (com.example.nav) total-vm:4123456kB, anon-rss:%dkB, file-rss:0kB' % (5000 + k, 1500000 + k * 90000))
        b.ev(t + 0.1, 'logcat.txt', 'I', 'ActivityManager', 'Process com.example.nav (pid %d) has died: fg TOP' % (5000 + k))
        b.ev(t + 2, 'logcat.txt', 'I', 'ActivityManager', 'Start proc %d:com.example.nav/u0a77 for activity' % (5100 + k))
    b.evs(T - 300, 'logcat.txt', [(k * 40, 'W', 'lowmemorykiller', 'memory pressure %d%%, navigation rss growing' % (70 + k * 4)) for k in range(7)])
    b.label('software_platform', 'oom', 'medium', [], 'driving', 'logcat.txt', 'Navigation app grows in memory and is killed by the OOM killer four times, each time restarted; navigation repeatedly interrupted.')


@sc
def s_adas_wdg(b):
    b.file('adcu.dlt.txt', 'dlt', 1400, ['adas'], ecu='ADCU')
    b.file('vehicle.log', 'rfc3164', 800, ['linux', 'body'], host='vcu')
    b.file('can0.log', 'candump', 1600, ['can_chassis'])
    T = 850
    b.silence('adcu.dlt.txt', T, T + 9)
    b.evs(T, 'adcu.dlt.txt', [(-0.2, 'E', 'SAFE/WDG', 'alive supervision failed for task PlanCycle (missed 5/5 checkpoints)'), (0, 'F', 'SAFE/WDG', 'watchdog reset requested'),
                              (9, 'I', 'SYS/BOOT', 'reset reason: WATCHDOG, boot count 1')])
    b.evs(T + 0.3, 'vehicle.log', [(0, 'W', 'vcu', 'ADAS controller lost, ACC disengaged with driver takeover chime'), (20, 'I', 'vcu', 'ADAS controller back online, ACC available')])
    b.label('software_platform', 'watchdog', 'medium', ['high'], 'driving', 'adcu.dlt.txt', 'A planning task misses its alive checkpoints, the ADAS controller is reset by its watchdog while ACC is active; ACC drops out until it reboots.')


@sc
def s_kernel_panic(b):
    b.file('console.log', 'dmesg', 900, ['kern'])
    b.file('syslog.log', 'rfc5424', 700, ['linux', 'tcu'], host='tcu')
    T = 700
    b.evs(T, 'console.log', [(0, 'E', 'kernel', 'Unable to handle kernel NULL pointer dereference at virtual address 0000000000000040'),
                             (0.001, 'E', 'kernel', 'Internal error: Oops: 96000005 [#1] PREEMPT SMP'), (0.002, 'E', 'kernel', 'pc : qmi_wwan_rx_fixup+0x3c/0x1a0 [qmi_wwan]'),
                             (0.01, 'F', 'kernel', 'Kernel panic - not syncing: Oops: Fatal exception in interrupt'), (0.02, 'I', 'kernel', 'Rebooting in 5 seconds..')])
    b.silence('syslog.log', T, T + 40)
    b.ev(T + 41, 'syslog.log', 'W', 'bootinfo', 'previous boot ended with panic, pstore record saved')
    b.label('software_platform', 'kernel', 'medium', [], 'driving', 'console.log', 'Kernel NULL pointer dereference in a network driver panics the telematics unit; it reboots and recovers.')


@sc
def s_emmc_ro(b):
    b.file('dmesg.txt', 'dmesg', 900, ['kern'])
    b.file('journal.txt', 'shortiso', 800, ['linux'], host='ccu')
    T = 900
    b.evs(T, 'dmesg.txt', [(0, 'E', 'kernel', 'mmc0: cqhci: timeout for tag 14'), (0.5, 'E', 'kernel', 'blk_update_request: I/O error, dev mmcblk0, sector 9123328 op 0x1:(WRITE)'),
                           (0.6, 'E', 'kernel', 'EXT4-fs error (device mmcblk0p9): ext4_journal_check_start:83: Detected aborted journal'),
                           (0.7, 'F', 'kernel', 'EXT4-fs (mmcblk0p9): Remounting filesystem read-only')])
    for k in range(20):
        b.ev(T + 1 + k * 20, 'journal.txt', 'E', 'logd', 'write /data/log/segment failed: Read-only file system')
    b.label('software_platform', 'filesystem', 'medium', [], 'driving', 'dmesg.txt', 'eMMC write timeouts abort the ext4 journal of the data partition, which is remounted read-only; logging and data storage stop.')


@sc
def s_ota_rollback(b):
    b.file('update.log', 'logfmt', 500, ['linux'])
    b.file('journal.txt', 'journal_export', 400, ['linux'], host='ccu')
    b.file('console.log', 'dmesg', 500, ['kern'])
    T = 200
    b.evs(T, 'update.log', [(0, 'I', 'swupd', 'installing 5.2.0 to slot B'), (300, 'I', 'swupd', 'reboot into slot B'),
                            (380, 'E', 'swupd', 'post-install health check failed: vehicle-core did not reach RUNNING in 60 s'),
                            (381, 'W', 'swupd', 'rolling back to slot A (5.1.4)'), (460, 'I', 'swupd', 'slot A booted, update marked FAILED, will retry in next window')])
    b.ev(T + 350, 'journal.txt', 'E', 'systemd', 'vehicle-core.service: Failed with result exit-code.')
    b.label('software_platform', 'ota', 'low', ['medium'], 'ota', 'update.log', 'Parked OTA install fails its post-boot health check and the system rolls back to the previous slot; recovered, and parked lowers medium to low.')


# =============================================================================================== power supply
@sc
def ps_sag_resets(b):
    b.file('zone_ctrl.jsonl', 'json', 900, ['body'])
    b.file('gateway.dlt.txt', 'dlt', 1300, ['gw'], ecu='CGW')
    b.file('ivi.log', 'logcat', 1500, ['ivi'])
    b.file('adas.INFO', 'glog', 1200, ['adas'])
    T = 650
    b.csv('signals.csv', 10, {'lv_bus_voltage': lambda t, r: (14.1 if t < T or t > T + 1.5 else 7.9) + G(r, 0.02), 'dcdc_current_a': lambda t, r: 45 + G(r, 1),
                         'speed_kph': speed('city')}, start=T - 120, stop=T + 180)
    b.ev(T, 'zone_ctrl.jsonl', 'E', 'PDU/MON', 'KL30 undervoltage 7.9 V for 1.4 s (threshold 9.0 V)')
    for k, ecu in enumerate(['ESC', 'EPS', 'BCM', 'IPC', 'ADAS']):
        b.ev(T + 0.5 + k * 0.2, 'gateway.dlt.txt', 'E', 'GW/NM', 'node %s lost, then reset detected (startup frame)' % ecu)
    for k, (hx, ecu) in enumerate([('0xC12187', 'ESC'), ('0xC13187', 'EPS'), ('0xC14087', 'BCM'), ('0xC15587', 'IPC')]):
        b.ev(T + 0.9 + k * 0.05, 'gateway.dlt.txt', 'W', 'GW/DEM', 'event stored DTC %s (node %s timeout), status 0x2F' % (hx, ecu))
    for k in range(20):
        b.ev(T + 0.6 + k, 'adas.INFO', 'E', 'vehicle_if', 'chassis signal timeout (%d), ADAS functions off' % k)
        b.ev(T + 0.7 + k, 'ivi.log', 'E', 'CarService', 'property read failed: ECU not responding')
    b.label('power_supply', 'lv_battery', 'high', ['critical'], 'driving', 'signals.csv', 'The 12 V bus sags to 7.9 V for 1.4 s; ESC, EPS, body and ADAS ECUs reset and their peers flood the logs. Root cause the low-voltage supply.')


@sc
def ps_dcdc(b):
    b.file('vcu.log', 'rfc3164', 800, ['linux'], host='vcu')
    b.file('diag.txt', 'diag', 500, ['diag_idle'])
    T = 500
    b.csv('signals.csv', 1, bev_cols('hwy', lv_bus_voltage=lambda t, r: (14.2 if t < T else max(11.6, 12.7 - (t - T) / 500)) + G(r, 0.03),
                                      dcdc_out_a=lambda t, r: (52 if t < T else 0) + G(r, 0.5)))
    b.evs(T, 'vcu.log', [(0, 'E', 'dcdc', 'output stage fault, converter shut down, LV supply from 12 V battery only'),
                          (5, 'W', 'vcu', 'comfort loads shed (seat heat, rear defrost) to conserve 12 V'), (6, 'W', 'vcu', 'driver message: stop soon, electrical fault')])
    b.read_dtc(T + 300, 'diag.txt', 0x7E4, 0x7EC, [('P0562', 0x00, 0x2F)])
    b.label('power_supply', 'dcdc', 'high', [], 'driving', 'vcu.log', 'The DC-DC converter shuts down; the 12 V battery drains under load (P0562 system voltage low), loads are shed and the driver is told to stop soon.')


@sc
def ps_alt_numeric(b):
    b.file('journal.log', 'shortiso', 800, ['linux'], host='dcu')
    b.file('can0.log', 'candump', 1500, ['can_pt'])
    T = 300
    b.csv('signals.csv', 1, ice_cols('city', lv_bus_voltage=lambda t, r: (14.2 if t < T else max(10.5, 12.6 - (t - T) / 700)) + G(r, 0.03)), tsfmt='ms')
    b.label('power_supply', 'alternator', 'medium', ['high'], 'driving', 'signals.csv', 'Only the signal log shows it: with the engine running, the LV bus falls from 14.2 V to 12.6 V and drifts down to 10.5 V - the alternator stopped charging; no line reports an error.')


@sc
def ps_efuse(b):
    b.file('zone_ctrl.log', 'logfmt', 700, ['body'])
    b.file('gateway.dlt.txt', 'dlt', 1000, ['gw'], ecu='CGW')
    T = 900
    b.evs(T, 'zone_ctrl.log', [(0, 'E', 'PDU/EFUSE', 'channel 14 (rear zone controller) I2t trip at 31 A'), (0.5, 'I', 'PDU/EFUSE', 'channel 14 auto-reclose 1/3'),
                         (0.6, 'I', 'PDU/EFUSE', 'channel 14 load current 6.2 A, stable')])
    b.evs(T + 0.05, 'gateway.dlt.txt', [(0, 'E', 'GW/NM', 'rear zone controller silent, NM timeout on zone bus'), (1.2, 'I', 'GW/NM', 'rear zone controller back, NM state NORMAL')])
    b.label('power_supply', 'lv_distribution', 'medium', [], 'driving', 'zone_ctrl.log', 'An electronic fuse channel feeding the rear zone controller trips on I2t, recloses and holds; the zone controller is briefly silent.')


@sc
def ps_parasitic(b):
    b.file('syslog.log', 'rfc3164', 700, ['linux'], host='tcu')
    b.file('bcm.dlt.txt', 'dlt', 500, ['body'], ecu='BCM')
    b.csv('signals.csv', 0.2, {'lv_bus_voltage': lambda t, r: 12.3 - t / 2200 + G(r, 0.01), 'lv_current_a': lambda t, r: -0.9 + G(r, 0.02), 'lv_soc_pct': lambda t, r: 58 - t / 120})
    b.evs(200, 'bcm.dlt.txt', [(0, 'W', 'BCM/PWR', 'quiescent current 880 mA after sleep request (limit 50 mA), bus wake by IVI keep-alive'),
                               (600, 'W', 'BCM/PWR', 'IBS: 12 V battery SOC 53%, start capability reserve low')])
    b.ev(1500, 'syslog.log', 'W', 'pwrmgr', 'energy management: remote services suspended to protect 12 V battery')
    b.label('power_supply', 'lv_battery', 'medium', ['low'], 'parked', 'bcm.dlt.txt', 'Parked car does not sleep: 880 mA quiescent current drains the 12 V battery, remote services are suspended to preserve start capability.')
