"""Root cause before consequence, healthy batches, risk in the vehicle's state, and numeric signals.

Summaries are built by hand (as gather writes them), with times, so the timeline is explicit."""

from datetime import timedelta

from functions.core.domain.contracts import Category, CodeKind, RiskLevel, Severity, SignalExcursion, SignalStat
from functions.diagnose.rules import diagnose_rules
from tests.unit.diagnose.builders import NOISE, T0, at, batch_summary, code, file_summary, tpl


def test_a_gateway_reboot_before_a_flood_of_lost_peers_is_the_cause():
    # Given the gateway resets at t0, then ECUs behind it go silent and three other files log U01xx codes
    gateway = file_summary("f_gw", [at(tpl("reset reason WDG_EXPIRED, rebooting gateway", 1, Severity.CRITICAL,
                                          file_id="f_gw", line=5), 600)])
    peers = [
        file_summary(f"f_{n}", [], [at(code(c, 40, file_id=f"f_{n}", line=9,
                                             excerpt=f"vehicle-diag: {c} lost communication with {peer}"), 601, 610)])
        for n, (c, peer) in enumerate((("U0100", "ECM"), ("U0121", "ABS"), ("U0140", "BCM"), ("U0155", "IPC")))
    ]
    # When diagnosed
    d = diagnose_rules(batch_summary(gateway, *peers))
    # Then the network is blamed, at the gateway, and the text tells the chain from t0 in the gateway's file
    assert (d.category, d.subsystem) == (Category.CONNECTIVITY_NETWORK, "gateway")
    assert "rebooting gateway" in d.root_cause and "f_gw.log" in d.root_cause


def test_peers_lost_right_after_a_gateway_complained_in_its_own_words_are_lost_at_the_gateway():
    # Given the gateway's own process warns of an overrun (words that name no network part), then ECUs go silent
    gw = at(tpl("routing task overrun, reset requested", 1, Severity.WARNING, file_id="f_gw", line=5,
                excerpt="cgw[311]: routing task overrun, reset requested"), 600)
    peers = [at(code(c, 6, file_id="f_dtc", line=9 + n, excerpt=f"diag: {c}-87 lost communication with {peer}"),
                601 + n, 610) for n, (c, peer) in enumerate((("U0100", "ECM"), ("U0121", "ABS"), ("U0155", "IPC")))]
    summary = batch_summary(file_summary("f_gw", [NOISE[0], gw]), file_summary("f_dtc", [], peers))
    assert diagnose_rules(summary).subsystem == "gateway"
    # and a complaint long before the peers fell silent explains nothing
    at(gw, 60)
    summary = batch_summary(file_summary("f_gw", [NOISE[0], gw]), file_summary("f_dtc", [], peers))
    assert diagnose_rules(summary).subsystem == "can"


def test_a_wheel_speed_sensor_fault_explains_the_driver_assists_it_disables():
    # Given a wheel-speed sensor fault at t0, then louder ADAS errors in other files seconds later
    abs_file = file_summary("f_abs", [at(tpl("[ERROR] wheel speed sensor front left signal implausible", 3,
                                             file_id="f_abs", line=3), 300, 320)],
                            [at(code("C0035", 3, file_id="f_abs", line=4, excerpt="DTC C0035 confirmed"), 300)])
    adas = file_summary("f_adas", [
        at(tpl("ACC unavailable: lane keeping and adaptive cruise disabled, vehicle stability input invalid", 80,
               file_id="f_adas", line=7), 302, 900),
        at(tpl("fusion: ego motion estimate invalid (wheel odometry missing)", 120, file_id="f_adas", line=8),
           303, 900),
    ])
    # When diagnosed
    d = diagnose_rules(batch_summary(abs_file, adas))
    # Then the chassis sensor is the cause and the lost assists make it high
    assert (d.category, d.subsystem) == (Category.BRAKES_CHASSIS, "abs")
    assert d.risk_level in (RiskLevel.HIGH, RiskLevel.CRITICAL)
    assert "then" in d.root_cause


def test_a_missing_peer_with_its_own_fault_is_the_peer():
    # Given the BMS logs its own fault, and two other ECUs then report they lost the BMS
    bms = file_summary("f_bms", [], [at(code("P0A7F", 2, file_id="f_bms", excerpt="[ERROR] DTC P0A7F battery cell"),
                                        50)])
    others = [file_summary(f"f_{n}", [], [at(code("U0111", 20, file_id=f"f_{n}",
                                                   excerpt="U0111 lost communication with BECM"), 52, 70)])
              for n in range(2)]
    d = diagnose_rules(batch_summary(bms, *others))
    assert d.category is Category.BATTERY_BMS


def test_a_low_voltage_dip_before_ecu_resets_is_the_supply():
    # Given the 12 V supply dips at t0, then two ECUs reset a second later
    pdu = file_summary("f_pdu", [at(tpl("[ERROR] 12V supply voltage dropped to <*> V (undervoltage)", 2,
                                        file_id="f_pdu", line=2), 1000, 1001)])
    ecus = file_summary("f_ecu", [
        at(tpl("[ERROR] watchdog reset of application core, rebooting", 6, file_id="f_ecu", line=5), 1001, 1003),
        at(tpl("[ERROR] kernel: unexpected reboot, restart counter <*>", 6, file_id="f_ecu", line=6), 1001, 1004),
    ])
    d = diagnose_rules(batch_summary(pdu, ecus))
    assert (d.category, d.subsystem) == (Category.POWER_SUPPLY, "lv_battery")


def test_routine_errors_all_along_and_retried_failures_are_healthy():
    # Given errors that recur from the start to the end of an hour (no onset), and uploads that fail
    # and succeed on retry, as often and at the same times
    f = file_summary("f_1", [
        *NOISE,
        at(tpl("wlan<*>: CTRL-EVENT-SCAN-FAILED ret=<*> retry=<*>", 40, line=20), 30, 3500),
        at(tpl("telematics upload of chunk <*> failed: HTTP <*>, retry <*>", 12, line=21), 900, 2000),
        at(tpl("telematics chunk <*> uploaded after retry", 12, Severity.WARNING, line=22), 901, 2001),
    ])
    d = diagnose_rules(batch_summary(f))
    assert (d.category, d.risk_level) == (Category.NONE, RiskLevel.LOW)


def test_the_same_fault_while_parked_is_one_risk_level_lower():
    fault = [at(tpl("[ERROR] coolant pump stalled, inverter derate active", 30, line=40), 600, 900)]
    driving = diagnose_rules(batch_summary(file_summary("f_1", [
        *fault, at(tpl("vehicle state DRIVING speed=<*> km/h", 500, Severity.INFO, line=2), 0, 3500)])))
    parked = diagnose_rules(batch_summary(file_summary("f_1", [
        *fault, at(tpl("vehicle parked, gear P, charging session active", 500, Severity.INFO, line=2), 0, 3500)])))
    assert driving.category is parked.category is Category.THERMAL
    assert (driving.risk_level, parked.risk_level) == (RiskLevel.HIGH, RiskLevel.MEDIUM)


def _signal(name: str, unit: str, median: float, value: float, score: float, samples: int = 30) -> SignalStat:
    return SignalStat(name=name, unit=unit, source="", count=1000, min=min(median, value), max=max(median, value),
                      mean=median, median=median, mad=0.1, first=median, last=value,
                      excursion=SignalExcursion(value=value, score=score, samples=samples,
                                                start=T0 + timedelta(seconds=1200), end=T0 + timedelta(seconds=1500)))


def test_a_signal_leaving_its_range_is_noticed_when_no_line_says_error():
    # Given only benign lines, and a CSV signal of the 12 V bus sagging far below its own baseline
    f = file_summary("f_csv", NOISE[:1])
    f.signals = [_signal("lv_bus_voltage", "V", 14.1, 11.2, 25.0), _signal("vehicle_speed_kph", "km/h", 60, 0, 30.0)]
    summary = batch_summary(f)
    # Then gather keeps the signals with their file, and the diagnosis names the supply from the signal
    assert {s.file_id for s in summary.signals} == {"f_csv"}
    d = diagnose_rules(summary)
    # (a net charged at 14.1 V that sags, in a vehicle whose lines name a traction pack: its DC-DC stopped)
    assert (d.category, d.subsystem) == (Category.POWER_SUPPLY, "dcdc")
    assert "lv_bus_voltage" in d.root_cause


def test_a_small_wobble_of_a_signal_is_not_a_fault():
    f = file_summary("f_csv", NOISE[:1])
    f.signals = [_signal("coolant_temp", "degC", 85.0, 88.0, 3.0)]
    assert diagnose_rules(batch_summary(f)).category is Category.NONE


def test_a_pending_code_only_is_low_and_a_history_code_is_no_fault():
    pending = diagnose_rules(batch_summary(file_summary("f_1", NOISE, [
        at(code("P0301/pending", 2, Severity.WARNING, CodeKind.DTC, excerpt="DTC P0301 pending"), 600)])))
    assert (pending.category, pending.subsystem, pending.risk_level) == (Category.POWERTRAIN, "ignition", RiskLevel.LOW)
    history = diagnose_rules(batch_summary(file_summary("f_1", NOISE, [
        at(code("P0A80-00/stored", 1, Severity.WARNING, excerpt="RX 0x7E8 07 59 02 FF 0A 80 00 28"), 600)])))
    assert history.category is Category.NONE


def _flat(name: str, unit: str, values: tuple[float, float, float, float], source: str = "") -> SignalStat:
    median, mad, first, last = values
    return SignalStat(name=name, unit=unit, source=source, count=500, min=min(median, last, first),
                      max=max(median, last, first), mean=median, median=median, mad=mad, first=first, last=last,
                      first_seen=T0, last_seen=T0 + timedelta(seconds=3000))


def test_one_tyre_ending_far_below_its_three_siblings_is_a_tyre_fault():
    f = file_summary("f_tpms", NOISE[:1])
    f.signals = [_flat("fl_bar", "bar", (2.5, 0.01, 2.5, 2.49), "tpms"),
                 _flat("fr_bar", "bar", (2.49, 0.01, 2.5, 2.5), "tpms"),
                 _flat("rl_bar", "bar", (2.4, 0.01, 2.4, 2.4), "tpms"),
                 _flat("rr_bar", "bar", (2.05, 0.38, 2.5, 1.55), "tpms")]
    d = diagnose_rules(batch_summary(f))
    assert (d.category, d.subsystem) == (Category.BRAKES_CHASSIS, "tpms")
    assert "rr_bar" in d.root_cause


def test_a_fan_commanded_up_whose_speed_never_moves_is_a_fan_fault():
    f = file_summary("f_csv", NOISE[:1])
    f.signals = [_flat("fan_duty_cmd", "%", (12, 12, 0, 100)), _flat("fan_rpm", "rpm", (0, 0, 0, 0))]
    assert (diagnose_rules(batch_summary(f)).category, diagnose_rules(batch_summary(f)).subsystem) == (
        Category.THERMAL, "radiator")
    # and a fan that follows its command is healthy
    f.signals = [_flat("fan_duty_cmd", "%", (12, 12, 0, 100)), _flat("fan_rpm", "rpm", (800, 300, 0, 2400))]
    assert diagnose_rules(batch_summary(f)).category is Category.NONE


def test_a_hiccup_reported_as_recovered_on_the_spot_is_no_fault_unless_a_code_was_set():
    glitch = at(tpl("[ERROR] lidar front: frame timeout, link recovered after <*> ms", 1, line=30), 1800)
    assert diagnose_rules(batch_summary(file_summary("f_1", [*NOISE, glitch]))).category is Category.NONE
    coded = diagnose_rules(batch_summary(file_summary("f_1", [*NOISE, glitch], [
        at(code("ERR_LDR_211", 1, kind=CodeKind.VENDOR, excerpt="[ERROR] lidar ERR_LDR_211 frame timeout"), 1800)])))
    assert coded.category is Category.ADAS_PERCEPTION


def test_a_link_that_keeps_going_down_in_a_kernel_log_explains_the_camera_that_misses_frames():
    # Given dmesg (seconds since boot, no wall clock) with a boot line and an Ethernet port going down
    # 14 times from well after boot, and a camera pipeline that logs missing frames with wall-clock times
    boot = tpl("eth0: 100BASE-T1 link ok", 1, Severity.INFO, file_id="f_dmesg", line=1,
               excerpt="[    2.100000] eth0: 100BASE-T1 link ok")
    boot.first_seen = boot.last_seen = None
    flap = tpl("sja<*>: port <*> link down (<*>, SQI <*>)", 14, Severity.INFO, file_id="f_dmesg", line=40,
               excerpt="[  647.344586] sja1105 spi0.0: port 3 link down (1000BASE-T1, SQI 1/7)")
    flap.first_seen = flap.last_seen = None
    dmesg = file_summary("f_dmesg", [boot, flap])
    cams = file_summary("f_cam", [at(tpl("camera group B no frames for <*>, stream reset", 14, file_id="f_cam",
                                         line=9), 1200, 1500)])
    d = diagnose_rules(batch_summary(dmesg, cams))
    # Then the link is the cause, not the camera that only reports what it misses
    assert (d.category, d.subsystem) == (Category.CONNECTIVITY_NETWORK, "ethernet")
    # and a link that went down once (a unit powering down) is no flap
    once = tpl("sja<*>: port <*> link down (<*>, SQI <*>)", 1, Severity.INFO, file_id="f_dmesg", line=40,
               excerpt="[  647.344586] sja1105 spi0.0: port 3 link down (1000BASE-T1, SQI 1/7)")
    once.first_seen = once.last_seen = None
    assert diagnose_rules(batch_summary(file_summary("f_dmesg", [boot, once]))).category is Category.NONE
