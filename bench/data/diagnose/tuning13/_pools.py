"""Routine noise pools: (process, level, weight, fn(rng, tau) -> message | (message, extra) | [lines])."""
import math


def R(a, b, nd=1):
    return lambda r: round(r.uniform(a, b), nd)


def ip(r):
    return '10.%d.%d.%d' % (r.randint(0, 3), r.randint(0, 255), r.randint(2, 250))


def hx(r, n):
    return ''.join('%02X' % r.randint(0, 255) for _ in range(n))


P = {}

P['linux'] = [
    ('systemd', 'I', 6, lambda r, t: r.choice(['Started Session %d of user root.' % r.randint(1, 90), 'Starting Cleanup of Temporary Directories...',
                                               'Finished Cleanup of Temporary Directories.', 'Started logrotate.service - Rotate log files.',
                                               'logrotate.service: Deactivated successfully.', 'Reached target timers.target - Timer Units.'])),
    ('NetworkManager', 'I', 4, lambda r, t: r.choice(['<info>  [%.4f] device (wlan0): supplicant interface state: scanning -> disconnected' % (t + 1000),
                                                      '<info>  [%.4f] dhcp4 (eth0): state changed bound -> bound' % (t + 1000),
                                                      '<info>  [%.4f] manager: NetworkManager state is now CONNECTED_SITE' % (t + 1000)])),
    ('wpa_supplicant', 'W', 3, lambda r, t: r.choice(['wlan0: Failed to initiate sched scan', 'wlan0: CTRL-EVENT-SCAN-FAILED ret=-16 retry=1',
                                                      'wlan0: CTRL-EVENT-NETWORK-NOT-FOUND', 'wlan0: Reject scan trigger since one is already pending'])),
    ('chronyd', 'W', 2, lambda r, t: r.choice(['No suitable source for synchronisation', 'Could not resolve address of pool.ntp.org: Temporary failure in name resolution',
                                               'Selected source 10.0.0.1 (gw-ntp)', 'System clock wrong by 0.%03d seconds, adjustment started' % r.randint(1, 400)])),
    ('CRON', 'I', 2, lambda r, t: '(root) CMD (/usr/lib/sysstat/sa1 1 1)'),
    ('sshd', 'I', 1, lambda r, t: 'Server listening on 0.0.0.0 port 22.'),
    ('dbus-daemon', 'I', 2, lambda r, t: "[system] Activating via systemd: service name='org.freedesktop.hostname1' unit='dbus-org.freedesktop.hostname1.service' requested by ':1.%d'" % r.randint(10, 99)),
    ('kernel', 'I', 2, lambda r, t: r.choice(['usb 1-1.2: USB disconnect, device number %d' % r.randint(3, 20), 'IPv6: ADDRCONF(NETDEV_CHANGE): wlan0: link becomes ready',
                                              'audit: type=1400 audit(%.3f:%d): apparmor="ALLOWED" operation="open" profile="logd"' % (t + 1.7e9, r.randint(100, 999))])),
    ('logd', 'I', 3, lambda r, t: 'rotated /var/log/vehicle/current -> segment %05d (%d KiB)' % (r.randint(1, 9999), r.randint(900, 4096))),
    ('uploader', 'W', 2, lambda r, t: r.choice(['POST https://ingest.fleet.example/v2/batch failed: HTTP 503, retry in %ds' % r.choice([5, 10, 30]),
                                                'upload chunk %d acknowledged after retry' % r.randint(1, 500), 'TLS handshake timeout, will retry',
                                                'queued %d records for upload' % r.randint(10, 900)])),
    ('healthd', 'I', 4, lambda r, t: 'heartbeat ok cpu=%d%% mem=%dMiB load=%.2f' % (r.randint(3, 60), r.randint(400, 2400), r.uniform(0.1, 3))),
]

P['kern'] = [
    ('kernel', 'I', 5, lambda r, t: r.choice(['mmc0: new HS400 MMC card at address 0001', 'EXT4-fs (mmcblk0p7): mounted filesystem with ordered data mode. Quota mode: none.',
                                              'IPv6: ADDRCONF(NETDEV_UP): eth0: link is not ready', 'random: crng init done',
                                              'fec 30be0000.ethernet eth0: Link is Up - 1Gbps/Full - flow control rx/tx',
                                              'cfg80211: Loading compiled-in X.509 certificates for regulatory database',
                                              'brcmfmac: brcmf_c_preinit_dcmds: Firmware: BCM4359/9 wl0: Mar 22 2021 version 9.40.100 FWID 01-b2c3b2b7',
                                              'usb 1-1: new high-speed USB device number %d using ci_hdrc' % r.randint(2, 9),
                                              'flexcan 308c0000.can can0: bitrate error 0.0%%', 'imx-sdma 30bd0000.dma-controller: loaded firmware 4.5',
                                              'audit: type=1334 audit(%d.%03d:%d): prog-id=%d op=LOAD' % (1700000000 + int(t), r.randint(0, 999), r.randint(10, 99), r.randint(10, 99))])),
    ('kernel', 'W', 2, lambda r, t: r.choice(['brcmfmac: brcmf_set_channel: set chanspec 0x100e fail, reason -52', 'cfg80211: failed to load regulatory.db',
                                              'ci_hdrc ci_hdrc.1: remove, state 1', 'usb 1-1.3: device descriptor read/64, error -71',
                                              'hrtimer: interrupt took %d ns' % r.randint(20000, 90000)])),
]

P['can_body'] = [
    ('', 'I', 6, lambda r, t: '3E9#%s' % hx(r, 8)), ('', 'I', 6, lambda r, t: '1A0#%02X%02X00000000%02X00' % (r.randint(0, 255), r.randint(0, 15), r.randint(0, 255))),
    ('', 'I', 4, lambda r, t: '2F1#%s' % hx(r, 4)), ('', 'I', 4, lambda r, t: '420#%s' % hx(r, 8)), ('', 'I', 3, lambda r, t: '5A0#00%s' % hx(r, 3)),
    ('', 'I', 3, lambda r, t: '7DF#023E800000000000'),
]
P['can_chassis'] = [
    ('', 'I', 8, lambda r, t: '0C1#%04X%04X%04X%04X' % tuple(r.randint(5000, 5200) for _ in range(4))),
    ('', 'I', 6, lambda r, t: '130#%s' % hx(r, 8)), ('', 'I', 5, lambda r, t: '1F5#%s' % hx(r, 6)), ('', 'I', 5, lambda r, t: '0A5#%s' % hx(r, 8)),
    ('', 'I', 3, lambda r, t: '3C3#%s' % hx(r, 4)),
]
P['can_pt'] = [
    ('', 'I', 8, lambda r, t: '0C9#%04X%02X%s' % (r.randint(0x0c00, 0x2a00), r.randint(0, 255), hx(r, 5))),
    ('', 'I', 6, lambda r, t: '1E5#%s' % hx(r, 8)), ('', 'I', 4, lambda r, t: '3D1#%s' % hx(r, 8)), ('', 'I', 4, lambda r, t: '0F9#%s' % hx(r, 8)),
]
P['can_hv'] = [
    ('', 'I', 8, lambda r, t: '1DB#%04X%04X%s' % (r.randint(0x0E00, 0x0F40), r.randint(0x7F00, 0x8100), hx(r, 4))),
    ('', 'I', 6, lambda r, t: '1DC#%s' % hx(r, 4)), ('', 'I', 5, lambda r, t: '55B#%s' % hx(r, 8)), ('', 'I', 4, lambda r, t: '5BC#%s' % hx(r, 8)),
    ('', 'I', 3, lambda r, t: '59E#%s' % hx(r, 6)),
]
P['j1939'] = [
    ('', 'I', 8, lambda r, t: '0CF00400#F07D%04X00F07D' % r.randint(0x1800, 0x3800)),  # EEC1 engine speed
    ('', 'I', 6, lambda r, t: '18FEEE00#%02X%02XFFFF%02XFFFF' % (r.randint(120, 130), r.randint(80, 95), r.randint(100, 120))),  # ET1
    ('', 'I', 6, lambda r, t: '18FEF100#F7%04X00C000FF' % r.randint(0x1500, 0x2400)),  # CCVS
    ('', 'I', 5, lambda r, t: '18FEEF00#FFFF%02XFFFFFF%02XFF' % (r.randint(60, 80), r.randint(100, 130))),  # EFL/P1
    ('', 'I', 4, lambda r, t: '18FEF700#FFFFFFFF%04XFFFF' % r.randint(0x0110, 0x0120)),  # VEP1
    ('', 'I', 3, lambda r, t: '18F00503#%s' % hx(r, 8)),  # ETC2
]

P['diag_idle'] = [
    ('', 'I', 6, lambda r, t: 'Tx 7DF 02 3E 80 AA AA AA AA AA'),
    ('', 'I', 2, lambda r, t: r.choice(['Tx 7E0 03 22 F1 90 AA AA AA AA', 'Tx 7E0 03 22 F1 89 AA AA AA AA', 'Tx 7E0 03 22 F4 0D AA AA AA AA'])),
    ('', 'I', 2, lambda r, t: 'Rx 7E8 04 62 F4 0D %02X AA AA AA' % r.randint(0, 130)),
    ('', 'I', 1, lambda r, t: 'Rx 7E8 03 7F 22 78 AA AA AA AA'),
    ('', 'I', 1, lambda r, t: 'Tx 7E0 02 10 03 AA AA AA AA AA'),
    ('', 'I', 1, lambda r, t: 'Rx 7E8 06 50 03 00 32 01 F4 AA'),
    ('', 'I', 1, lambda r, t: '-- tester present keepalive (interval 2000 ms)'),
]

P['bms'] = [
    ('bms', 'I', 8, lambda r, t: ('pack status', {'soc': round(72 - t / 300, 1), 'pack_v': round(r.uniform(388, 392), 1), 'i_a': round(r.uniform(-90, 40), 1)})),
    ('bms', 'I', 4, lambda r, t: ('cell summary', {'v_min': round(r.uniform(3.731, 3.736), 3), 'v_max': round(r.uniform(3.742, 3.748), 3), 't_max': round(r.uniform(27, 29), 1)})),
    ('bms.iso', 'I', 2, lambda r, t: ('isolation monitor', {'r_iso_kohm': r.randint(2800, 4200)})),
    ('bms.bal', 'D', 2, lambda r, t: 'balancing inactive (delta %d mV below 15 mV threshold)' % r.randint(5, 13)),
    ('bms.soh', 'I', 1, lambda r, t: 'SOH estimate %.1f%% (capacity %.1f Ah)' % (r.uniform(93, 94), r.uniform(166, 168))),
    ('bms.comm', 'W', 1, lambda r, t: 'CSC chain frame CRC mismatch on module %d, frame resent ok' % r.randint(1, 12)),
    ('bms', 'D', 2, lambda r, t: 'contactor state main+ CLOSED main- CLOSED precharge OPEN'),
]

P['adas'] = [
    ('planner', 'I', 6, lambda r, t: 'cycle %d planned trajectory %d pts horizon 8.0s cost %.2f' % (int(t * 10), r.randint(70, 90), r.uniform(1, 9))),
    ('perception', 'I', 5, lambda r, t: 'frame %d objects=%d lanes=%d latency=%.1fms' % (int(t * 15), r.randint(2, 30), r.randint(2, 4), r.uniform(20, 45))),
    ('camera_front', 'W', 1, lambda r, t: 'dropped %d frame(s) (sequence gap), stream continuing' % r.randint(1, 2)),
    ('radar_fc', 'I', 3, lambda r, t: 'scan %d tracks=%d' % (int(t * 20), r.randint(5, 64))),
    ('localization', 'I', 4, lambda r, t: 'pose ok std_xy=%.3f std_yaw=%.4f src=fusion' % (r.uniform(0.03, 0.12), r.uniform(0.001, 0.004))),
    ('fusion', 'I', 3, lambda r, t: 'fused %d tracks, %d associated' % (r.randint(10, 40), r.randint(5, 30))),
    ('fusion', 'D', 2, lambda r, t: 'late radar message %.1f ms, using extrapolation' % r.uniform(5, 30)),
    ('control', 'I', 3, lambda r, t: 'lat_err=%.3f heading_err=%.4f steer_cmd=%.2f' % (r.uniform(-0.1, 0.1), r.uniform(-0.01, 0.01), r.uniform(-5, 5))),
    ('recorder', 'W', 1, lambda r, t: 'disk write queue %d%% full, flushing' % r.randint(60, 80)),
]

P['ros'] = [
    ('lidar_driver', 'I', 5, lambda r, t: 'published %d points on /lidar/top/points (%.1f Hz)' % (r.randint(110000, 128000), r.uniform(9.9, 10.1))),
    ('camera_driver', 'I', 4, lambda r, t: 'cam%d exposure=%dus gain=%.1f fps=%.1f' % (r.randint(0, 5), r.randint(200, 8000), r.uniform(1, 8), r.uniform(29.8, 30.1))),
    ('gnss_driver', 'I', 3, lambda r, t: 'fix=RTK_FIXED sats=%d hdop=%.2f' % (r.randint(14, 24), r.uniform(0.6, 1.1))),
    ('tf_monitor', 'W', 1, lambda r, t: 'TF_OLD_DATA ignoring data from the past for frame base_link (%.3f s)' % r.uniform(0.001, 0.02)),
    ('rosbag_record', 'I', 2, lambda r, t: 'Recording... %d msgs written' % int(t * 800)),
    ('imu_driver', 'I', 3, lambda r, t: 'imu rate %.1f Hz, temp %.1f C' % (r.uniform(199, 201), r.uniform(35, 40))),
    ('diag_aggregator', 'I', 2, lambda r, t: 'all %d components OK' % r.randint(30, 40)),
]

P['ivi'] = [
    ('ActivityManager', 'I', 5, lambda r, t: r.choice(['Start proc %d:com.example.media/u0a%d for service' % (r.randint(1000, 9000), r.randint(50, 120)),
                                                       'Displayed com.example.nav/.MapActivity: +%dms' % r.randint(200, 900),
                                                       'Killing %d:com.example.weather/u0a88 (adj 900): empty #17' % r.randint(1000, 9000)])),
    ('WifiScanner', 'W', 2, lambda r, t: 'scan failed: reason=BUSY, will retry'),
    ('AudioFlinger', 'I', 3, lambda r, t: 'session %d track started, sr=48000 ch=2' % r.randint(10, 999)),
    ('CarService', 'I', 4, lambda r, t: 'property 0x%08X updated' % r.choice([0x11600207, 0x11400400, 0x15400500])),
    ('chatty', 'I', 2, lambda r, t: 'uid=1000(system) Binder:%d_3 identical %d lines' % (r.randint(500, 900), r.randint(2, 40))),
    ('Bluetooth', 'W', 1, lambda r, t: 'A2DP stream suspended, remote busy'),
    ('GnssHAL', 'I', 2, lambda r, t: 'location fix acc=%.1fm' % r.uniform(2, 9)),
    ('NetworkMonitor', 'W', 1, lambda r, t: 'PROBE_DNS connectivitycheck.example.com failed, retrying'),
]

P['tcu'] = [
    ('modem', 'I', 4, lambda r, t: 'RAT=LTE band=%d rsrp=%d rsrq=%d sinr=%d' % (r.choice([3, 7, 20]), r.randint(-110, -80), r.randint(-14, -7), r.randint(2, 20))),
    ('mqtt', 'I', 3, lambda r, t: 'PUBLISH telemetry/%s qos=1 %d bytes' % (r.choice(['gps', 'state', 'soc', 'trip']), r.randint(80, 900))),
    ('mqtt', 'W', 1, lambda r, t: 'PINGRESP late (%d ms), keeping session' % r.randint(1500, 4000)),
    ('ecall', 'I', 1, lambda r, t: 'self-test passed, MSD ready'),
    ('gnss', 'I', 2, lambda r, t: 'nmea GGA fix=1 sats=%d' % r.randint(8, 15)),
    ('otaagent', 'I', 1, lambda r, t: 'campaign poll: no update available'),
]

P['gw'] = [
    ('GW/ROUT', 'I', 6, lambda r, t: 'routing table stats: rx=%d tx=%d drop=0' % (int(t * 400) + r.randint(0, 99), int(t * 390))),
    ('GW/NM', 'I', 3, lambda r, t: 'NM PDU received node 0x%02X, state NORMAL' % r.choice([0x10, 0x18, 0x1A, 0x24, 0x30])),
    ('GW/DIAG', 'I', 1, lambda r, t: 'DoIP vehicle announcement sent'),
    ('GW/SEC', 'I', 2, lambda r, t: 'SecOC freshness sync ok, counter %d' % int(t * 10)),
    ('GW/CANM', 'W', 1, lambda r, t: 'CAN%d rx timeout 0x%03X (%d ms), recovered next cycle' % (r.randint(1, 4), r.choice([0x3C3, 0x2F1, 0x5A0]), r.choice([110, 120, 220]))),
    ('GW/ETH', 'I', 2, lambda r, t: 'port %d link up 100BASE-T1 master, SQI %d' % (r.randint(1, 6), r.randint(5, 7))),
]

P['ecm'] = [
    ('ECM/EMS', 'I', 6, lambda r, t: 'rpm=%d load=%d%% map=%dkPa lambda=%.2f' % (r.randint(800, 2800), r.randint(10, 60), r.randint(30, 80), r.uniform(0.98, 1.02))),
    ('ECM/MISF', 'D', 2, lambda r, t: 'misfire counters window=%d cyl1..4 = 0 0 0 0' % int(t / 10)),
    ('ECM/O2S', 'I', 2, lambda r, t: 'B1S1 %.2fV B1S2 %.2fV' % (r.uniform(0.1, 0.9), r.uniform(0.6, 0.75))),
    ('ECM/FUEL', 'I', 2, lambda r, t: 'STFT %+.1f%% LTFT %+.1f%%' % (r.uniform(-3, 3), r.uniform(-2, 2))),
    ('ECM/KNK', 'D', 1, lambda r, t: 'knock retard %.1f deg' % r.uniform(0, 1.5)),
    ('TCM/SHFT', 'I', 3, lambda r, t: 'shift %d->%d completed in %d ms' % (lambda g: (g, g + 1, r.randint(250, 450)))(r.randint(1, 6))),
]

P['chassis'] = [
    ('ESC/MAIN', 'I', 5, lambda r, t: 'wheel speeds %.1f %.1f %.1f %.1f km/h yaw %.2f' % tuple([r.uniform(48, 52) for _ in range(4)] + [r.uniform(-3, 3)])),
    ('ESC/HCU', 'D', 2, lambda r, t: 'pump motor idle, valve self-check skipped (vehicle moving)'),
    ('EPS/CTRL', 'I', 4, lambda r, t: 'torque %.2fNm assist %.1fNm angle %.1fdeg' % (r.uniform(-2, 2), r.uniform(-6, 6), r.uniform(-30, 30))),
    ('TPMS/RX', 'I', 2, lambda r, t: 'sensor %06X p=%.2fbar t=%dC' % (r.randint(0, 0xFFFFFF), r.uniform(2.4, 2.6), r.randint(15, 35))),
    ('SUSP/LVL', 'I', 2, lambda r, t: 'ride height FL %d FR %d RL %d RR %d mm' % tuple(r.randint(148, 153) for _ in range(4))),
    ('EPB/CTRL', 'I', 1, lambda r, t: 'parking brake released, clamp force 0 kN'),
]

P['body'] = [
    ('BCM/LGT', 'I', 3, lambda r, t: 'headlamp mode %s, ambient %d lux' % (r.choice(['AUTO-LOW', 'AUTO-OFF', 'DRL']), r.randint(10, 3000))),
    ('BCM/DOOR', 'I', 2, lambda r, t: 'doors closed, central lock %s' % r.choice(['LOCKED', 'UNLOCKED'])),
    ('BCM/WIP', 'I', 1, lambda r, t: 'wiper park position reached'),
    ('SRS/MON', 'I', 2, lambda r, t: 'occupant classification: passenger %s' % r.choice(['ADULT', 'EMPTY'])),
    ('SEAT/DRV', 'D', 1, lambda r, t: 'memory position 1 stored'),
    ('BCM/PWR', 'I', 2, lambda r, t: 'KL30 %.2fV KL15 ON' % r.uniform(13.8, 14.3)),
    ('HVAC/CTL', 'I', 3, lambda r, t: 'cabin %.1fC set %.1fC blower %d%%' % (r.uniform(20, 23), 21.5, r.randint(20, 50))),
]

P['thermal'] = [
    ('TMS/CTRL', 'I', 6, lambda r, t: 'loop PT in %.1fC out %.1fC flow %.1f l/min' % (r.uniform(38, 42), r.uniform(44, 48), r.uniform(11, 13))),
    ('TMS/PUMP', 'I', 3, lambda r, t: 'pump%d speed %d rpm duty %d%%' % (r.randint(1, 2), r.randint(2800, 3400), r.randint(40, 60))),
    ('TMS/FAN', 'I', 2, lambda r, t: 'radiator fan %d%%' % r.choice([0, 20, 35])),
    ('TMS/VALVE', 'D', 2, lambda r, t: 'chiller valve %d%% , 4-way valve pos SERIES' % r.randint(0, 40)),
    ('HVAC/COMP', 'I', 2, lambda r, t: 'eCompressor %d rpm, suction %.1f bar discharge %.1f bar' % (r.randint(2000, 4500), r.uniform(2.5, 3.5), r.uniform(12, 16))),
]


def _bms(mode):
    def status(r, t):
        if mode == 'chg':
            return ('pack status', {'soc': round(min(80, 30 + t / 60), 1), 'pack_v': round(372 + t / 200 + r.uniform(-0.3, 0.3), 1), 'i_a': round(r.uniform(-31, -28), 1)})
        if mode == 'park':
            return ('pack status', {'soc': 64.0, 'pack_v': round(r.uniform(393.1, 393.4), 1), 'i_a': round(r.uniform(-0.3, 0.1), 1)})
        return ('pack status', {'soc': round(72 - t / 300, 1), 'pack_v': round(r.uniform(388, 392), 1), 'i_a': round(r.uniform(-90, 40), 1)})
    out = [x for x in P['bms'] if not (x[0] == 'bms' and x[2] == 8) and not (x[0] == 'bms' and x[1] == 'D')]
    out.append(('bms', 'I', 8, status))
    out.append(('bms', 'D', 2, lambda r, t: 'contactor state main+ %s main- %s precharge OPEN' % (('OPEN', 'OPEN') if mode == 'park' else ('CLOSED', 'CLOSED'))))
    if mode == 'chg':
        out.append(('bms.chg', 'I', 3, lambda r, t: 'charge current limit %d A, request %d A' % (r.randint(380, 420), r.randint(28, 32))))
    return out


P['bms_chg'] = _bms('chg')
P['bms_park'] = _bms('park')

P['edrive'] = [
    ('MCU/INV', 'I', 6, lambda r, t: 'torque cmd %.0f Nm act %.0f Nm, Udc %.0f V, Tj %.0f C' % (lambda q: (q, q + r.uniform(-2, 2), r.uniform(386, 392), r.uniform(55, 68)))(r.uniform(-60, 220))),
    ('MCU/POS', 'D', 2, lambda r, t: 'resolver amplitude ok, speed %d rpm' % r.randint(2000, 11000)),
    ('VCU/TRQ', 'I', 4, lambda r, t: 'pedal %d%% torque request %d Nm, regen limit %d kW' % (r.randint(0, 60), r.randint(-80, 240), r.randint(40, 80))),
    ('VCU/PWR', 'I', 2, lambda r, t: 'READY, HV %s, LV %.2f V' % ('ON', r.uniform(13.9, 14.3))),
    ('VCU/DRV', 'I', 2, lambda r, t: 'drive mode %s, gear D' % r.choice(['COMFORT', 'ECO', 'SPORT'])),
    ('MCU/COOL', 'D', 1, lambda r, t: 'stator temp %.0f C, oil pump %d rpm' % (r.uniform(60, 85), r.randint(1500, 2500))),
]

P['chassis_still'] = [
    ('ESC/MAIN', 'I', 4, lambda r, t: 'standstill, wheel speeds 0.0 0.0 0.0 0.0 km/h, pressure %.1f bar' % r.uniform(0, 2)),
    ('EPS/CTRL', 'I', 2, lambda r, t: 'standby, angle %.1fdeg' % r.uniform(-2, 2)),
    ('EPB/CTRL', 'I', 2, lambda r, t: 'parking brake applied, clamp force %.1f kN' % r.uniform(17, 18)),
    ('TPMS/RX', 'I', 1, lambda r, t: 'sensor %06X p=%.2fbar t=%dC (parked, slow rate)' % (r.randint(0, 0xFFFFFF), r.uniform(2.4, 2.6), r.randint(15, 25))),
]

P['sentry'] = [
    ('sentry', 'I', 6, lambda r, t: 'cam%d recording ring buffer %d s, fps %.1f' % (r.randint(0, 3), r.randint(30, 60), r.uniform(14.8, 15.1))),
    ('sentry', 'D', 3, lambda r, t: 'motion score %.2f below trigger 0.35' % r.uniform(0.0, 0.3)),
    ('camera_front', 'W', 1, lambda r, t: 'dropped %d frame(s) (sequence gap), stream continuing' % r.randint(1, 2)),
    ('storage', 'I', 2, lambda r, t: 'usb0 free %d MiB' % r.randint(20000, 21000)),
]
