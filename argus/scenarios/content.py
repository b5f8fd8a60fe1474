# ruff: noqa: E501  (a table of log lines reads better one line per entry)
"""What the generated vehicle logs say: background traffic per log source, and fault episodes.

Three text sources make up a vehicle's log batch, each in the format its real counterpart uses:

* ``vcu``  - the vehicle control unit's journal (``journalctl -o short-iso-precise``): bmsd, thermal_mgr,
  the kernel, systemd, the OTA agent, the UDS server. Daemons write their own level markers in the
  styles real daemons use (``[ERROR]``, ``level=warn msg=...``, ``WARNING:``), the kernel and systemd none.
* ``gw``   - the central gateway / IVI (Android Automotive ``logcat -v threadtime``).
* ``adas`` - the ADAS compute (glog: ``E0314 08:12:33.114523  2201 lidar_driver.cc:412] ...``).
* ``bin``  - a small binary trace of the ADAS domain (AUTOSAR DLT or ROS 2 MCAP ``/rosout``).

Background traffic deliberately mentions every subsystem (battery telemetry at INFO, a late camera
frame at WARN, a benign UDS ``responsePending`` NRC, an unrelated Bluetooth error), so a diagnoser has
to weigh severity, codes and rates, not just spot a keyword. A fault is a set of lines with a rate
inside an episode window plus one-off lines (the DTC being set, the safety reaction), and its risk is
expressed by what the vehicle did about it: a pending code and a warning, a recovered error, a derate
or a disabled feature, or a safe stop.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from random import Random

Render = Callable[[Random], str]


@dataclass(frozen=True)
class Component:
    name: str
    source: str  # vcu | gw | adas | bin
    style: str  # vcu: bracket|logfmt|word|plain|kernel ; adas: the glog source file ; bin: DLT app id / ROS node
    pid: int


COMPONENTS: dict[str, Component] = {
    c.name: c
    for c in (
        # vcu journal
        Component("kernel", "vcu", "kernel", 0),
        Component("systemd", "vcu", "plain", 1),
        Component("bmsd", "vcu", "bracket", 812),
        Component("vcu_pwr", "vcu", "logfmt", 845),
        Component("contactor_ctl", "vcu", "word", 851),
        Component("thermal_mgr", "vcu", "bracket", 903),
        Component("drive_inverter", "vcu", "logfmt", 917),
        Component("chronyd", "vcu", "plain", 611),
        Component("NetworkManager", "vcu", "word", 640),
        Component("ota-agent", "vcu", "logfmt", 1204),
        Component("uds_server", "vcu", "bracket", 988),
        Component("uds_flash", "vcu", "bracket", 1251),
        Component("someipd", "vcu", "word", 702),
        Component("safety_monitor", "vcu", "bracket", 777),
        Component("systemd-coredump", "vcu", "plain", 2290),
        Component("telematicsd", "vcu", "logfmt", 1130),
        # gateway / IVI logcat
        Component("CanGateway", "gw", "", 1488),
        Component("CarService", "gw", "", 1020),
        Component("CarPowerManager", "gw", "", 1020),
        Component("VehicleHal", "gw", "", 733),
        Component("ActivityManager", "gw", "", 1020),
        Component("WifiService", "gw", "", 1020),
        Component("BluetoothAdapter", "gw", "", 2311),
        Component("MediaPlayerNative", "gw", "", 2875),
        Component("art", "gw", "", 2875),
        Component("OtaUpdateService", "gw", "", 1652),
        Component("DEBUG", "gw", "", 3391),
        Component("libc", "gw", "", 2640),
        Component("ClusterHmi", "gw", "", 2640),
        # ADAS compute glog (style = source file)
        Component("lidar", "adas", "lidar_driver.cc", 2201),
        Component("camera", "adas", "camera_driver.cc", 2244),
        Component("gnss", "adas", "gnss_driver.cc", 2263),
        Component("localization", "adas", "localization.cc", 2301),
        Component("perception", "adas", "fusion_node.cc", 2330),
        Component("planning", "adas", "planner.cc", 2342),
        Component("supervisor", "adas", "adas_supervisor.cc", 2107),
        Component("canbridge", "adas", "can_bridge.cc", 2150),
        Component("thermal_zone", "adas", "soc_thermal.cc", 2099),
        # ADAS binary trace (DLT app id / ROS node name)
        Component("LIDR", "bin", "lidar_driver", 0),
        Component("CAMR", "bin", "camera_driver", 0),
        Component("GNSS", "bin", "gnss_node", 0),
        Component("PERC", "bin", "fusion_node", 0),
        Component("PLAN", "bin", "planner", 0),
        Component("SUPV", "bin", "adas_supervisor", 0),
    )
}


def _f(r: Random, lo: float, hi: float, nd: int = 1) -> str:
    return f"{r.uniform(lo, hi):.{nd}f}"


def _i(r: Random, lo: int, hi: int) -> int:
    return r.randint(lo, hi)


def _hex(r: Random, digits: int = 8) -> str:
    return f"{r.getrandbits(4 * digits):0{digits}x}"


# (weight, level, component, render). Levels: D I W E F.
Line = tuple[float, str, str, Render]

# fmt: off
NOISE: dict[str, list[Line]] = {
    "vcu": [
        (14, "I", "bmsd", lambda r: (
            f"pack SOC={_f(r, 38, 92)}% V={_f(r, 372, 405)} I={_f(r, -180, 60)}A "
            f"Tmax={_f(r, 26, 34)}C Tmin={_f(r, 24, 29)}C dVcell={_i(r, 3, 14)}mV")),
        (6, "I", "bmsd", lambda r: f"balancing cycle done module={_i(r, 1, 8)} cells={_i(r, 0, 3)} duration={_i(r, 40, 900)}ms"),
        (4, "D", "bmsd", lambda r: f"isolation monitor R_iso={_i(r, 1800, 4500)}kOhm ok"),
        (10, "I", "vcu_pwr", lambda r: (
            f"torque_req={_f(r, -80, 310)}Nm speed={_f(r, 0, 128)}km/h gear=D "
            f"hv_state=READY p_dis_lim={_i(r, 180, 210)}kW")),
        (3, "I", "contactor_ctl", lambda r: f"HV contactors closed, precharge {_i(r, 180, 260)}ms, bus {_f(r, 380, 402)}V"),
        (8, "I", "thermal_mgr", lambda r: (
            f"loop1 coolant={_f(r, 24, 38)}C loop2={_f(r, 22, 36)}C pump1={_i(r, 20, 55)}% "
            f"fan={_i(r, 0, 40)}% chiller={'on' if r.random() < 0.3 else 'off'}")),
        (4, "I", "drive_inverter", lambda r: f"igbt_tj={_f(r, 45, 78)}C motor_t={_f(r, 40, 85)}C dc_link={_f(r, 380, 402)}V"),
        (6, "I", "kernel", lambda r: f"[{_i(r, 100, 99999)}.{_i(r, 0, 999999):06d}] can{_i(r, 0, 2)}: "
                                      f"rx_bytes={_i(r, 10**6, 10**9)} tx_bytes={_i(r, 10**6, 10**8)}"),
        (2, "I", "kernel", lambda r: f"[{_i(r, 100, 99999)}.{_i(r, 0, 999999):06d}] usb 1-1.{_i(r, 1, 4)}: "
                                      "new high-speed USB device number 4 using ehci-platform"),
        (5, "I", "systemd", lambda r: r.choice((
            "Started Daily Cleanup of Temporary Directories.", "Starting Journal Service...",
            "logrotate.service: Succeeded.", "Started Session c2 of user diag.",
            "Finished Rotate log files.", "dlt-daemon.service: Watchdog ping ok."))),
        (3, "I", "chronyd", lambda r: f"Selected source 10.1.{_i(r, 0, 9)}.1 (gnss-pps)"),
        (1, "W", "chronyd", lambda r: f"System clock wrong by {_f(r, 0.1, 0.9, 3)} seconds, adjustment started"),
        (3, "I", "NetworkManager", lambda r: f"device (wwan0): state change: activated -> activated (rsrp -{_i(r, 80, 110)} dBm)"),
        (1, "W", "NetworkManager", lambda r: "dhcp4 (eth1): request timed out"),
        (3, "I", "someipd", lambda r: f"service 0x{_i(r, 4096, 8191):04x} instance 0x0001 offered by 192.168.10.{_i(r, 2, 30)}"),
        (3, "I", "ota-agent", lambda r: f"poll campaign server: no update available (current={_i(r, 3, 4)}.{_i(r, 0, 9)}.{_i(r, 0, 20)})"),
        (4, "I", "uds_server", lambda r: (
            f"0x22 ReadDataByIdentifier DID 0x{r.choice(('F190', 'F18C', 'F195', 'DD01'))} -> positive response "
            f"tester=0x0E80")),
        (1.5, "W", "uds_server", lambda r: "0x7F 0x31 0x78 responsePending (routine 0xFF00 still running)"),
        (2, "I", "telematicsd", lambda r: f"mqtt publish vehicle/state qos=1 bytes={_i(r, 200, 2000)} rtt={_i(r, 30, 400)}ms"),
        (0.5, "W", "telematicsd", lambda r: f"mqtt keepalive missed, reconnecting (attempt {_i(r, 1, 3)})"),
        (2, "I", "safety_monitor", lambda r: f"cycle ok, lockstep cmp={_i(r, 0, 0)} wdg_margin={_i(r, 30, 80)}ms"),
    ],
    "gw": [
        (10, "I", "CanGateway", lambda r: (
            f"route stats can0->eth0 fps={_i(r, 1800, 2600)} can1->eth0 fps={_i(r, 400, 900)} "
            f"drops=0 busload={_i(r, 18, 46)}%")),
        (4, "D", "CanGateway", lambda r: f"pdu 0x{_i(r, 256, 2047):03X} dlc=8 period={r.choice((10, 20, 50, 100))}ms ok"),
        (6, "I", "VehicleHal", lambda r: (
            f"onPropertyEvent PERF_VEHICLE_SPEED {_f(r, 0, 35, 2)} areaId=0 ts={_i(r, 10**12, 10**13)}")),
        (4, "I", "CarService", lambda r: r.choice((
            "CarPropertyService: registerListener HVAC_TEMPERATURE_SET", "CarUxRestrictionsManager: driving state MOVING",
            "CarDrivingStateService: gear D, speed > 0", "CarAudioService: focus granted USAGE_MEDIA"))),
        (3, "I", "CarPowerManager", lambda r: f"battery level {_f(r, 38, 92)}%, range {_i(r, 120, 420)} km"),
        (4, "I", "ActivityManager", lambda r: f"Start proc {_i(r, 3000, 9000)}:com.android.car.{r.choice(('media', 'radio', 'settings', 'dialer'))}/u0a{_i(r, 40, 90)}"),
        (3, "I", "WifiService", lambda r: f"scan results: {_i(r, 0, 14)} networks, connected=false"),
        (4, "I", "art", lambda r: (
            f"Background concurrent copying GC freed {_i(r, 2000, 90000)}({_f(r, 0.5, 9)}MB) AllocSpace objects, "
            f"{_i(r, 0, 20)}% free, {_i(r, 8, 60)}MB/{_i(r, 60, 120)}MB, paused {_i(r, 80, 900)}us total {_f(r, 5, 90)}ms")),
        (0.7, "W", "WifiService", lambda r: "wpa_supplicant: CTRL-EVENT-SSID-TEMP-DISABLED reason=WRONG_KEY"),
        (0.4, "E", "BluetoothAdapter", lambda r: "Bluetooth binder is null"),
        (0.3, "E", "MediaPlayerNative", lambda r: "error (1, -2147483648)"),
        (2, "I", "OtaUpdateService", lambda r: "update check: device is up to date"),
        (2, "I", "ClusterHmi", lambda r: f"render frame {_i(r, 10**5, 10**7)} in {_f(r, 4, 14)}ms"),
    ],
    "adas": [
        (10, "I", "lidar", lambda r: (
            f"lidar_{r.choice(('roof', 'front'))} frame {_i(r, 10**5, 10**7)} points={_i(r, 98000, 128000)} "
            f"rate={_f(r, 9.9, 10.1, 2)}Hz temp={_f(r, 38, 52)}C")),
        (10, "I", "camera", lambda r: (
            f"camera_{r.choice(('front_wide', 'front_narrow', 'rear', 'left_repeater'))} fps={_f(r, 29.8, 30.1, 2)} "
            f"exposure={_f(r, 2, 16)}ms gain={_f(r, 1, 4)}")),
        (1, "W", "camera", lambda r: f"camera_{r.choice(('rear', 'left_repeater'))} frame {_i(r, 10**5, 10**7)} late by {_i(r, 6, 15)}ms"),
        (8, "I", "gnss", lambda r: f"fix=RTK_FIXED numSV={_i(r, 16, 28)} hdop={_f(r, 0.5, 1.0, 2)} corr_age={_f(r, 0.2, 1.8)}s"),
        (0.6, "W", "gnss", lambda r: f"hdop {_f(r, 1.6, 2.4, 2)} above 1.5 under overpass, fix=RTK_FLOAT"),
        (8, "I", "localization", lambda r: f"pose x={_f(r, -5000, 5000, 2)} y={_f(r, -5000, 5000, 2)} yaw={_f(r, -3.14, 3.14, 3)} cov={_f(r, 0.02, 0.12, 3)}"),
        (8, "I", "perception", lambda r: f"fused objects={_i(r, 3, 60)} latency={_i(r, 35, 80)}ms lidar_age={_i(r, 10, 90)}ms cam_age={_i(r, 8, 40)}ms"),
        (8, "I", "planning", lambda r: f"cycle {_i(r, 10**5, 10**7)} traj pts=80 v_target={_f(r, 0, 35, 2)} mode={r.choice(('L2_PILOT', 'MANUAL', 'L2_PILOT'))}"),
        (2, "I", "supervisor", lambda r: f"heartbeat nodes={_i(r, 14, 14)}/14 cpu={_i(r, 35, 75)}% mem={_i(r, 40, 70)}%"),
        (4, "I", "canbridge", lambda r: f"tx 0x{r.choice(('2F0', '2F1', '3A4'))} steer_req={_f(r, -30, 30, 2)}deg accel_req={_f(r, -2, 2, 2)}"),
        (0.4, "W", "lidar", lambda r: f"lidar_front dropped 1 UDP packet (seq gap) at frame {_i(r, 10**5, 10**7)}"),
        (2, "I", "thermal_zone", lambda r: f"soc temp cpu={_f(r, 48, 72)}C gpu={_f(r, 50, 76)}C fan={_i(r, 20, 60)}%"),
    ],
    "bin": [
        (8, "I", "LIDR", lambda r: f"lidar_front frame={_i(r, 10**5, 10**7)} pts={_i(r, 98000, 128000)} rate=10.0Hz"),
        (8, "I", "CAMR", lambda r: f"camera_front_wide fps={_f(r, 29.8, 30.1, 2)} exp={_f(r, 2, 16)}ms"),
        (6, "I", "GNSS", lambda r: f"RTK_FIXED sv={_i(r, 16, 28)} hdop={_f(r, 0.5, 1.0, 2)}"),
        (8, "I", "PERC", lambda r: f"objects={_i(r, 3, 60)} latency={_i(r, 35, 80)}ms"),
        (6, "I", "PLAN", lambda r: f"mode=L2_PILOT v_target={_f(r, 0, 35, 2)}"),
        (2, "I", "SUPV", lambda r: "all nodes alive"),
        (0.5, "W", "CAMR", lambda r: f"camera_rear late frame {_i(r, 6, 14)}ms"),
    ],
}
# fmt: on


@dataclass(frozen=True)
class Fault:
    """One fault episode: ``rate_lines`` recur inside the window, ``once_lines`` happen once each,
    spread over the window in order (the code being set, the reaction)."""

    category: str
    risk: str
    rate_lines: tuple[Line, ...]
    once_lines: tuple[tuple[str, str, Render], ...]
    rate: float  # probability that a line inside the window is a fault line
    window: tuple[float, float] = (0.35, 0.8)


def _once(level: str, comp: str, text: str | Render) -> tuple[str, str, Render]:
    return (level, comp, text if callable(text) else (lambda _r, t=text: t))


# fmt: off
FAULTS: dict[tuple[str, str], Fault] = {}


def _add(fault: Fault) -> None:
    FAULTS[(fault.category, fault.risk)] = fault


# ---- battery / BMS -------------------------------------------------------------------------
_add(Fault("battery_bms", "low", rate=0.004, rate_lines=(
    (3, "W", "bmsd", lambda r: f"cell voltage deviation {_i(r, 16, 24)} mV module={_i(r, 2, 2)} cell={_i(r, 7, 7)} above balancing threshold 15 mV, passive balancing on"),
    (1, "W", "bmsd", lambda r: f"SOC estimator drift {_f(r, 1.5, 2.9)}% vs OCV table, recalibration scheduled at next rest"),
), once_lines=(
    _once("W", "bmsd", "DTC P0B3B status=0x24 pendingDTC (Hybrid/EV Battery Voltage Sense B Circuit Range/Performance)"),
    _once("I", "CarPowerManager", "battery service reminder queued for next visit"),
)))
_add(Fault("battery_bms", "medium", rate=0.006, rate_lines=(
    (3, "E", "bmsd", lambda r: f"cell imbalance {_i(r, 55, 82)} mV exceeds 50 mV limit module={_i(r, 5, 5)}, balancing ineffective"),
    (2, "W", "bmsd", lambda r: f"SOH estimate {_f(r, 88, 91)}% below expected for cycle count {_i(r, 610, 640)}"),
    (1, "W", "vcu_pwr", lambda r: "DC fast charge current taper started early on BMS request"),
), once_lines=(
    _once("E", "bmsd", "DTC P0A7F status=0x2F confirmedDTC (Hybrid/EV Battery Pack Deterioration)"),
    _once("W", "CarPowerManager", "battery health warning shown to driver"),
)))
_add(Fault("battery_bms", "high", rate=0.012, rate_lines=(
    (4, "E", "bmsd", lambda r: f"cell over-temperature module={_i(r, 4, 4)} cell={_i(r, 17, 19)} T={_f(r, 58.5, 63.9)}C limit=58.0C"),
    (2, "W", "bmsd", lambda r: f"cooling request max, pack Tmax={_f(r, 55, 62)}C rise {_f(r, 0.2, 0.6, 2)}C/min"),
    (2, "E", "vcu_pwr", lambda r: f"BMS power derate active: discharge limit {_i(r, 30, 45)}kW (was 200kW)"),
    (1, "E", "CarPowerManager", lambda r: "HV battery temperature high: reduced performance, stop safely"),
), once_lines=(
    _once("E", "bmsd", "DTC P0A7E status=0x2F confirmedDTC (Hybrid/EV Battery Pack Over Temperature)"),
    _once("E", "bmsd", "DTC P0A80 status=0x2F confirmedDTC (Replace Hybrid/EV Battery Pack)"),
    _once("E", "bmsd", "DTC P0AFA status=0x2F confirmedDTC (Hybrid/EV Battery System Voltage Low)"),
    _once("W", "contactor_ctl", "main contactor opened on BMS request, precharge retry 1/3"),
    _once("W", "contactor_ctl", "main contactor opened on BMS request, precharge retry 2/3"),
)))
_add(Fault("battery_bms", "critical", rate=0.012, rate_lines=(
    (3, "F", "bmsd", lambda r: f"thermal runaway suspected module=3 dT/dt={_f(r, 3.1, 6.8)}C/s venting pressure {_f(r, 12, 40)}kPa"),
    (2, "E", "bmsd", lambda r: f"HV isolation resistance {_i(r, 35, 90)} kOhm below 100 kOhm"),
    (1, "F", "CarPowerManager", lambda r: "BATTERY FIRE RISK: stop vehicle and leave immediately"),
), once_lines=(
    _once("F", "bmsd", "DTC P0AA6 status=0x2F confirmedDTC (Hybrid/EV Battery Voltage System Isolation Fault)"),
    _once("F", "bmsd", "DTC P0A7E status=0x2F confirmedDTC (Hybrid/EV Battery Pack Over Temperature)"),
    _once("E", "contactor_ctl", "main contactor welded: open command not confirmed after 3 attempts"),
    _once("F", "vcu_pwr", "emergency HV shutdown requested, safe stop"),
)))

# ---- thermal management --------------------------------------------------------------------
_add(Fault("thermal", "low", rate=0.004, rate_lines=(
    (3, "W", "thermal_mgr", lambda r: f"coolant loop2 {_f(r, 47.5, 49.8)}C approaching warning 50.0C, pump2 duty {_i(r, 80, 95)}%"),
    (1, "W", "thermal_mgr", lambda r: f"radiator fan response slow: commanded {_i(r, 90, 100)}% measured {_i(r, 60, 75)}%"),
), once_lines=(
    _once("W", "thermal_mgr", "DTC P0C73 status=0x24 pendingDTC (Electric Coolant Pump A Control Performance)"),
)))
_add(Fault("thermal", "medium", rate=0.006, rate_lines=(
    (3, "E", "thermal_mgr", lambda r: f"inverter coolant temperature {_f(r, 76, 81)}C above 75.0C, fan forced 100%"),
    (2, "W", "drive_inverter", lambda r: f"level=warn igbt_tj={_f(r, 118, 128)}C above nominal, cooling demand high"),
    (1, "I", "thermal_mgr", lambda r: f"inverter coolant recovered to {_f(r, 68, 72)}C"),
), once_lines=(
    _once("E", "thermal_mgr", "DTC P0A93 status=0x2F confirmedDTC (Inverter A Cooling System Performance)"),
)))
_add(Fault("thermal", "high", rate=0.012, rate_lines=(
    (3, "E", "thermal_mgr", lambda r: f"coolant pump1 stalled: current {_f(r, 0.0, 0.2, 2)}A at duty 100%, flow {_f(r, 0, 0.4)} l/min"),
    (3, "E", "drive_inverter", lambda r: f"igbt_tj={_f(r, 138, 149)}C over limit, motor torque derated to {_i(r, 40, 60)}%"),
    (1, "W", "thermal_zone", lambda r: f"cpu {_f(r, 92, 98)}C: throttling to 1.4GHz"),
    (1, "E", "ClusterHmi", lambda r: "warning: drive system overheating, reduced power"),
), once_lines=(
    _once("E", "thermal_mgr", "DTC P0C73 status=0x2F confirmedDTC (Electric Coolant Pump A Control Performance)"),
    _once("E", "drive_inverter", "DTC P0A2F status=0x2F confirmedDTC (Drive Motor A Over Temperature)"),
)))
_add(Fault("thermal", "critical", rate=0.012, rate_lines=(
    (3, "F", "thermal_mgr", lambda r: f"coolant loss: reservoir level LOW, loop1 pressure {_f(r, 0.1, 0.3, 2)} bar, coolant {_f(r, 96, 112)}C"),
    (2, "F", "drive_inverter", lambda r: f"over-temperature shutdown igbt_tj={_f(r, 155, 168)}C torque=0Nm"),
    (1, "F", "thermal_zone", lambda r: f"thermal_zone2 critical temperature reached ({_i(r, 105, 109)} C), shutting down ADAS SoC"),
), once_lines=(
    _once("F", "drive_inverter", "DTC P0A2F status=0x2F confirmedDTC (Drive Motor A Over Temperature)"),
    _once("F", "thermal_mgr", "DTC P0A93 status=0x2F confirmedDTC (Inverter A Cooling System Performance)"),
    _once("F", "vcu_pwr", "propulsion lost: requesting safe stop on hard shoulder"),
)))

# ---- CAN bus -------------------------------------------------------------------------------
_add(Fault("can_bus", "low", rate=0.004, rate_lines=(
    (3, "W", "CanGateway", lambda r: f"CAN2 body: frame 0x3B2 from BCM timeout, {_i(r, 1, 2)} cycle(s) missed"),
    (1, "W", "CanGateway", lambda r: f"CAN2 error warning state TEC={_i(r, 96, 110)} REC=0"),
), once_lines=(
    _once("W", "CanGateway", "DTC U0140 status=0x24 pendingDTC (Lost Communication With Body Control Module)"),
)))
_add(Fault("can_bus", "medium", rate=0.006, rate_lines=(
    (3, "E", "CanGateway", lambda r: f"CAN1 chassis error passive TEC={_i(r, 128, 160)} REC={_i(r, 0, 30)}, stuff errors={_i(r, 10, 90)}"),
    (2, "E", "kernel", lambda r: f"[{_i(r, 3000, 9000)}.{_i(r, 0, 999999):06d}] mcp251xfd spi1.0 can1: bus error, error-passive state entered"),
    (1, "I", "CanGateway", lambda r: "CAN1 back to error active"),
), once_lines=(
    _once("E", "CanGateway", "DTC U0121 status=0x28 testFailedSinceLastClear (Lost Communication With Anti-Lock Brake System Module)"),
)))
_add(Fault("can_bus", "high", rate=0.012, rate_lines=(
    (3, "E", "kernel", lambda r: f"[{_i(r, 3000, 9000)}.{_i(r, 0, 999999):06d}] mcp251xfd spi0.0 can0: bus-off"),
    (3, "E", "CanGateway", lambda r: f"CAN0 powertrain bus-off, auto recovery after 128x11 recessive bits (count {_i(r, 2, 40)})"),
    (2, "E", "canbridge", lambda r: f"BMS frame 0x1A0 timeout {_i(r, 300, 900)}ms, powertrain signals invalid"),
    (1, "E", "vcu_pwr", lambda r: "level=error msg=\"lost BMS communication, limp home: power limited to 20kW\""),
), once_lines=(
    _once("E", "CanGateway", "DTC U0073 status=0x2F confirmedDTC (Control Module Communication Bus A Off)"),
    _once("E", "CanGateway", "DTC U0111 status=0x2F confirmedDTC (Lost Communication With Battery Energy Control Module A)"),
)))
_add(Fault("can_bus", "critical", rate=0.012, rate_lines=(
    (3, "F", "CanGateway", lambda r: f"CAN1 chassis bus-off persisted {_f(r, 1.2, 3.5)}s: ESC and EPS unreachable"),
    (2, "E", "kernel", lambda r: f"[{_i(r, 3000, 9000)}.{_i(r, 0, 999999):06d}] mcp251xfd spi1.0 can1: bus-off"),
    (2, "F", "canbridge", lambda r: "actuator feedback lost (EPS 0x2F1 / ESC 0x3A4), commands not acknowledged"),
), once_lines=(
    _once("F", "CanGateway", "DTC U0121 status=0x2F confirmedDTC (Lost Communication With Anti-Lock Brake System Module)"),
    _once("F", "CanGateway", "DTC U0131 status=0x2F confirmedDTC (Lost Communication With Power Steering Control Module)"),
    _once("F", "planning", "minimal risk maneuver engaged: chassis actuators lost"),
)))

# ---- lidar ---------------------------------------------------------------------------------
_add(Fault("lidar", "low", rate=0.004, rate_lines=(
    (3, "W", "lidar", lambda r: f"lidar_roof window contamination {_i(r, 10, 18)}%, cleaning requested (code ERR_LDR_104)"),
    (1, "W", "lidar", lambda r: f"lidar_roof {_i(r, 2, 4)} UDP packets dropped at frame {_i(r, 10**5, 10**7)}"),
), once_lines=()))
_add(Fault("lidar", "medium", rate=0.006, rate_lines=(
    (3, "E", "lidar", lambda r: f"lidar_roof point cloud rate {_f(r, 5.5, 7.5)}Hz below 9.5Hz, frames dropped (ERR_LDR_211)"),
    (2, "W", "perception", lambda r: f"fusion using stale lidar ({_i(r, 150, 260)}ms), confidence reduced"),
    (2, "E", "LIDR", lambda r: f"lidar_roof frame drop, rate {_f(r, 5.5, 7.5)}Hz ERR_LDR_211"),
), once_lines=()))
_add(Fault("lidar", "high", rate=0.012, rate_lines=(
    (3, "E", "lidar", lambda r: f"lidar_front no data for {_i(r, 800, 2400)}ms, sensor marked OFFLINE (ERR_LDR_310)"),
    (2, "E", "perception", lambda r: "lidar_front unavailable: highway pilot disabled, ODD restricted"),
    (2, "E", "LIDR", lambda r: "lidar_front OFFLINE ERR_LDR_310 eth link down"),
), once_lines=(
    _once("E", "ClusterHmi", "Highway Pilot unavailable: sensor fault"),
)))
_add(Fault("lidar", "critical", rate=0.012, rate_lines=(
    (3, "F", "lidar", lambda r: f"lidar_roof motor stall (rpm={_i(r, 0, 30)}), laser disabled (ERR_LDR_501)"),
    (2, "F", "LIDR", lambda r: "lidar_roof motor stall ERR_LDR_501"),
    (1, "F", "planning", lambda r: "primary lidar lost while L2_PILOT active: minimal risk maneuver engaged"),
), once_lines=(
    _once("F", "SUPV", "safety goal SG3 violated: perception degraded below ASIL-B"),
)))

# ---- camera --------------------------------------------------------------------------------
_add(Fault("camera", "low", rate=0.004, rate_lines=(
    (3, "W", "camera", lambda r: f"camera_front_wide exposure saturated (sun glare), {_i(r, 2, 5)} low-confidence frames ERR_CAM_102"),
    (1, "W", "CAMR", lambda r: "camera_front_wide glare ERR_CAM_102"),
), once_lines=()))
_add(Fault("camera", "medium", rate=0.006, rate_lines=(
    (3, "E", "camera", lambda r: f"camera_front_narrow frame drop {_i(r, 9, 18)}% over 10s, GMSL CRC errors={_i(r, 20, 90)} (ERR_CAM_205)"),
    (2, "W", "perception", lambda r: f"lane detection confidence {_f(r, 0.3, 0.5, 2)} below 0.6"),
), once_lines=()))
_add(Fault("camera", "high", rate=0.012, rate_lines=(
    (3, "E", "camera", lambda r: "camera_front_narrow GMSL2 link lost: deserializer MAX9296 lock lost (ERR_CAM_301)"),
    (2, "E", "CAMR", lambda r: "camera_front_narrow no frames ERR_CAM_301"),
    (1, "E", "perception", lambda r: "front narrow camera unavailable: lane keeping assist disabled"),
), once_lines=(
    _once("E", "ClusterHmi", "Lane Keeping Assist unavailable: camera fault"),
)))
_add(Fault("camera", "critical", rate=0.012, rate_lines=(
    (3, "F", "camera", lambda r: f"camera_front_wide image freeze: {_i(r, 30, 90)} identical frames, input invalid (ERR_CAM_410)"),
    (2, "F", "CAMR", lambda r: "camera_front_wide frozen ERR_CAM_410"),
    (1, "F", "planning", lambda r: "front camera lost during automated lane change: minimal risk maneuver engaged"),
), once_lines=()))

# ---- GNSS ----------------------------------------------------------------------------------
_add(Fault("gnss", "low", rate=0.004, rate_lines=(
    (3, "W", "gnss", lambda r: f"RTK fix degraded to FLOAT, correction age {_f(r, 3.5, 6.0)}s (ERR_GNSS_101)"),
), once_lines=()))
_add(Fault("gnss", "medium", rate=0.006, rate_lines=(
    (3, "E", "gnss", lambda r: f"no RTK corrections for {_i(r, 40, 90)}s: NTRIP connection reset (ERR_GNSS_204)"),
    (2, "W", "localization", lambda r: f"position covariance growing {_f(r, 0.6, 0.95, 2)}m, relying on odometry"),
    (1, "W", "GNSS", lambda r: "NTRIP reconnect ERR_GNSS_204"),
), once_lines=()))
_add(Fault("gnss", "high", rate=0.012, rate_lines=(
    (3, "E", "gnss", lambda r: f"fix lost numSV={_i(r, 0, 3)}: dead reckoning only (ERR_GNSS_310)"),
    (2, "E", "localization", lambda r: f"position uncertainty {_f(r, 2.5, 6.0)}m > 1.0m: lane-level features disabled"),
    (1, "E", "GNSS", lambda r: "NO_FIX ERR_GNSS_310"),
), once_lines=()))
_add(Fault("gnss", "critical", rate=0.012, rate_lines=(
    (3, "F", "gnss", lambda r: f"spoofing suspected: position jump {_f(r, 0.8, 3.2)}km, clock bias step {_i(r, 200, 900)}ns (ERR_GNSS_666)"),
    (2, "F", "localization", lambda r: "localization invalid: GNSS/INS inconsistency, minimal risk maneuver engaged"),
), once_lines=()))

# ---- ECU software --------------------------------------------------------------------------
_add(Fault("ecu_software", "low", rate=0.002, rate_lines=(
    (2, "W", "telematicsd", lambda r: f"level=warn msg=\"heap usage {_i(r, 81, 88)}% of cgroup limit\""),
), once_lines=(
    _once("I", "systemd", "telematicsd.service: Main process exited, code=killed, status=6/ABRT"),
    _once("I", "systemd-coredump", "Process 1130 (telematicsd) of user 0 dumped core."),
    _once("I", "systemd", "telematicsd.service: Scheduled restart job, restart counter is at 1."),
)))
_add(Fault("ecu_software", "medium", rate=0.006, rate_lines=(
    (2, "F", "DEBUG", lambda r: f"signal 11 (SIGSEGV), code 1 (SEGV_MAPERR), fault addr 0x{_hex(r, 8)}"),
    (2, "E", "ActivityManager", lambda r: f"ANR in com.argus.hmi (com.argus.hmi/.MainActivity) Reason: Input dispatching timed out ({_i(r, 5000, 9000)} ms)"),
    (2, "F", "libc", lambda r: f"Fatal signal 11 (SIGSEGV), code 1 (SEGV_MAPERR), fault addr 0x0 in tid {_i(r, 2640, 2700)} (hmi-render)"),
    (1, "I", "ActivityManager", lambda r: "Process com.argus.hmi has died: fore TOP"),
), once_lines=()))
_add(Fault("ecu_software", "high", rate=0.010, rate_lines=(
    (3, "E", "kernel", lambda r: f"[{_i(r, 3000, 9000)}.{_i(r, 0, 999999):06d}] watchdog: BUG: soft lockup - CPU#{_i(r, 1, 3)} stuck for {_i(r, 22, 60)}s! [perception_nod:{_i(r, 3100, 3200)}]"),
    (2, "E", "supervisor", lambda r: f"node perception restarted {_i(r, 3, 9)} times in 60s, ADAS features degraded"),
    (2, "E", "safety_monitor", lambda r: f"watchdog reset of ADCU, reset reason 0x04 WDG (count {_i(r, 2, 6)})"),
), once_lines=(
    _once("E", "safety_monitor", "DTC P0606 status=0x2F confirmedDTC (Control Module Processor Fault)"),
)))
_add(Fault("ecu_software", "critical", rate=0.010, rate_lines=(
    (3, "F", "safety_monitor", lambda r: f"lockstep core mismatch on VCU (cmp=0x{_hex(r, 4)}), safe state entered"),
    (2, "F", "kernel", lambda r: f"[{_i(r, 3000, 9000)}.{_i(r, 0, 999999):06d}] Kernel panic - not syncing: Fatal exception in interrupt"),
), once_lines=(
    _once("F", "safety_monitor", "DTC P0606 status=0x2F confirmedDTC (Control Module Processor Fault)"),
    _once("F", "safety_monitor", "DTC P060A status=0x2F confirmedDTC (Internal Control Module Monitoring Processor Performance)"),
    _once("F", "vcu_pwr", "level=fatal msg=\"VCU in safe state: propulsion inhibited\""),
)))

# ---- OTA update ----------------------------------------------------------------------------
_add(Fault("ota_update", "low", rate=0.004, rate_lines=(
    (3, "W", "ota-agent", lambda r: f"level=warn msg=\"campaign 2026.03.1 download interrupted: network unreachable, resuming at offset {_i(r, 10, 400) * 1048576}\" code=ERR_OTA_101"),
    (1, "I", "OtaUpdateService", lambda r: f"download progress {_i(r, 10, 95)}%"),
), once_lines=()))
_add(Fault("ota_update", "medium", rate=0.006, rate_lines=(
    (3, "E", "ota-agent", lambda r: "level=error msg=\"signature verification failed for ecu=BCM image=bcm_fw_4.2.1.bin, discarding\" code=ERR_OTA_203"),
    (1, "W", "OtaUpdateService", lambda r: "update postponed: package verification failed, will retry"),
), once_lines=()))
_add(Fault("ota_update", "high", rate=0.010, rate_lines=(
    (3, "E", "uds_flash", lambda r: f"ECU 0x7E5 ADCU TransferData block {_i(r, 100, 140)}: 0x7F 0x36 0x72 generalProgrammingFailure"),
    (2, "E", "uds_flash", lambda r: "ECU 0x7E5 ADCU RequestDownload: 0x7F 0x34 0x70 uploadDownloadNotAccepted"),
    (1, "E", "ota-agent", lambda r: "level=error msg=\"flashing ADCU failed, rolled back to slot A; ADAS unavailable until update completes\" code=ERR_OTA_305"),
), once_lines=()))
_add(Fault("ota_update", "critical", rate=0.010, rate_lines=(
    (3, "E", "uds_flash", lambda r: "ECU 0x7E4 BMS RoutineControl EraseMemory: 0x7F 0x31 0x72 generalProgrammingFailure"),
    (2, "F", "ota-agent", lambda r: "level=fatal msg=\"rollback failed: BMS slot B corrupted, ECU stuck in bootloader, vehicle not drivable\" code=ERR_OTA_509"),
    (1, "F", "OtaUpdateService", lambda r: "update failed: vehicle immobilised, contact service"),
), once_lines=()))
# fmt: on

CATEGORIES = ("battery_bms", "can_bus", "lidar", "camera", "gnss", "ecu_software", "thermal", "ota_update")
RISKS = ("low", "medium", "high", "critical")

# ---- benign episodes (no fault: what a healthy vehicle also logs) ------------------------------
# fmt: off
BENIGN: dict[str, Fault] = {
    "ota_success": Fault("none", "low", rate=0.006, rate_lines=(
        (3, "I", "uds_flash", lambda r: f"ECU 0x7E2 BCM TransferData block {_i(r, 1, 400)} positive response"),
        (1, "W", "uds_flash", lambda r: "ECU 0x7E2 BCM 0x7F 0x36 0x78 responsePending"),
        (1, "I", "OtaUpdateService", lambda r: f"install progress {_i(r, 5, 99)}%"),
    ), once_lines=(
        _once("I", "ota-agent", "level=info msg=\"campaign 2026.03.2 downloaded, signature ok, installing on ecu=BCM\""),
        _once("I", "uds_flash", "ECU 0x7E2 BCM RequestDownload positive response maxBlockLength=0x0FFA"),
        _once("I", "ota-agent", "level=info msg=\"campaign 2026.03.2 installed on ecu=BCM, activation at next ignition\""),
    )),
    "cold_start": Fault("none", "low", rate=0.006, window=(0.0, 0.3), rate_lines=(
        (3, "I", "bmsd", lambda r: f"pack heater on, Tmin={_f(r, -9, -2)}C target 10.0C, charge limit {_i(r, 20, 40)}kW until warm"),
        (1, "W", "thermal_mgr", lambda r: f"ambient {_i(r, -15, -8)}C: heat pump in de-ice cycle"),
        (1, "W", "camera", lambda r: "camera_rear lens heater active, image contrast low"),
    ), once_lines=()),
    "workshop_session": Fault("none", "low", rate=0.004, rate_lines=(
        (2, "I", "uds_server", lambda r: "0x19 ReadDTCInformation reportDTCByStatusMask 0x09 -> 0 DTCs"),
        (1, "W", "uds_server", lambda r: "0x7F 0x10 0x7E subFunctionNotSupportedInActiveSession"),
        (1, "I", "uds_server", lambda r: f"0x10 DiagnosticSessionControl extended session tester=0x0E80 p2={_i(r, 25, 50)}ms"),
    ), once_lines=(
        _once("I", "uds_server", "0x14 ClearDiagnosticInformation group 0xFFFFFF -> positive response"),
    )),
    "tunnel_drive": Fault("none", "low", rate=0.005, window=(0.5, 0.6), rate_lines=(
        (2, "W", "gnss", lambda r: f"fix=RTK_FLOAT numSV={_i(r, 4, 8)} in tunnel, dead reckoning assist"),
        (1, "W", "NetworkManager", lambda r: "device (wwan0): modem signal lost"),
        (1, "I", "gnss", lambda r: "fix=RTK_FIXED restored"),
    ), once_lines=()),
}
# fmt: on
