"""Root cause and risk when several systems speak (issue 8): a watchdog's lost heartbeat is the platform's
own fault, a line carrying a code is placed by its code, the heat before a failure is its cause, J1939
SPN/FMI name the system and the severity, and what the vehicle did sets the risk."""

from datetime import timedelta

from functions.core.domain import dtc, physical
from functions.core.domain.contracts import Category, CodeKind, RiskLevel, Severity, SignalStat
from functions.diagnose.knowledge import STATIONARY_RX
from functions.diagnose.rules import _marker_risk, diagnose_rules
from tests.unit.diagnose.builders import NOISE, T0, at, batch_summary, code, file_summary, tpl


def test_the_engine_fan_spns_are_the_radiators():
    for spn in (647, 975, 986, 1639):
        loc = dtc.j1939_location(f"SPN{spn}-FMI5")
        assert (loc.category, loc.subsystem) == (Category.THERMAL, "radiator")


def _dm1(value: str, lamps: str = "AWL"):
    return at(code(value, 40, Severity.WARNING, CodeKind.J1939, line=3,
                   excerpt=f"J1939 DM1 SA 00 lamps {lamps} {value} OC1"), 1200, 2400)


def test_a_j1939_failure_mode_at_its_most_severe_level_is_high():
    severe = diagnose_rules(batch_summary(file_summary("f_1", [*NOISE], [_dm1("SPN167-FMI1")])))
    mild = diagnose_rules(batch_summary(file_summary("f_1", [*NOISE], [_dm1("SPN167-FMI17")])))
    assert severe.category is mild.category is Category.POWER_SUPPLY
    assert severe.risk_level is RiskLevel.HIGH
    assert mild.risk_level is not RiskLevel.HIGH


def test_a_lit_red_stop_lamp_is_high():
    assert _marker_risk("j1939 dm1 sa 00 lamps rsl,awl spn110-fmi16 oc1") is RiskLevel.HIGH
    assert _marker_risk("j1939 dm1 sa 00 lamps awl spn110-fmi16 oc1") is not RiskLevel.HIGH


def test_an_alternators_charging_voltage_is_no_plugged_in_vehicle():
    assert not STATIONARY_RX.search("battery 27.8 v charging 27.8 v")
    assert not STATIONARY_RX.search("spn 167: charging system potential low")
    assert STATIONARY_RX.search("dc charging session started at 150 kw")


def test_a_function_cut_to_a_share_of_itself_is_derated():
    assert _marker_risk("torque sensor channel b implausible, assist reduced to 30%") is RiskLevel.HIGH


def test_a_fault_whose_retry_succeeded_in_the_same_line_is_at_most_medium():
    assert _marker_risk("rl lock motor stall again, retry 1 ok") is RiskLevel.MEDIUM
    assert _marker_risk("rl lock motor stall again, retry <*> ok") is RiskLevel.MEDIUM
    assert _marker_risk("rl lock motor stall again") is RiskLevel.HIGH


def test_a_watchdog_reset_of_an_adas_computer_is_the_platforms():
    wdg = at(tpl("[ERROR] safety MCU: SoC heartbeat lost 6000 ms, asserting watchdog reset", 1, line=4), 1800)
    lost = at(tpl("[FATAL] ADAS functions unavailable during SoC restart", 1, Severity.CRITICAL, line=5), 1800)
    d = diagnose_rules(batch_summary(file_summary("f_1", [*NOISE, wdg, lost])))
    assert (d.category, d.subsystem) == (Category.SOFTWARE_PLATFORM, "watchdog")


def test_a_line_that_carries_a_code_is_placed_by_its_code():
    line = "BRK-2F11 booster fault active, 12V supply monitor tripped, hydraulic backup active"
    code_f = at(code("BRK-2F11", 1, Severity.ERROR, CodeKind.VENDOR, line=6, excerpt=f"[ERROR] {line}"), 1800)
    words = at(tpl(f"[ERROR] {line}", 1, line=6), 1800)
    d = diagnose_rules(batch_summary(file_summary("f_1", [*NOISE, words], [code_f])))
    assert d.category is Category.BRAKES_CHASSIS


def test_an_error_line_that_prints_a_pending_code_is_still_low():
    line = "tcm: TCC slip 95 rpm at commanded lock (limit 80), fault counter 1/3 - P0741 pending"
    pending = at(code("P0741", 1, Severity.ERROR, line=8, excerpt=f"[ERROR] {line}"), 1500)
    pending.status = "pending"
    words = at(tpl(f"[ERROR] {line}", 1, line=8), 1500)
    d = diagnose_rules(batch_summary(file_summary("f_1", [*NOISE, words], [pending])))
    assert (d.category, d.risk_level) == (Category.POWERTRAIN, RiskLevel.LOW)


def test_a_processor_throttling_just_before_the_planner_overruns_is_the_thermal_cause():
    heat = at(tpl("[WARN] sys_mon: thermal throttling engaged on GPU", 1, Severity.WARNING, line=2), 2400)
    overrun = at(tpl("[ERROR] planner: cycle overrun <*> ms > 100 ms", 25, line=3,
                     excerpt="[ERROR] planner: cycle overrun 128 ms > 100 ms"), 2403, 2460)
    off = at(tpl("[ERROR] hmi: automated driving unavailable: compute degraded", 1, line=4), 2495)
    d = diagnose_rules(batch_summary(file_summary("f_1", [*NOISE, heat, overrun, off])))
    assert (d.category, d.subsystem, d.risk_level) == (Category.THERMAL, "overtemp", RiskLevel.HIGH)
    # (the same overruns with the heat long before are the planner's own)
    early = at(tpl("[WARN] sys_mon: thermal throttling engaged on GPU", 1, Severity.WARNING, line=2), 600)
    alone = diagnose_rules(batch_summary(file_summary("f_1", [*NOISE, early, overrun])))
    assert alone.category is Category.ADAS_PERCEPTION


def test_a_brake_or_steering_ecu_gone_silent_is_high():
    lost = [at(code(c, 3, Severity.WARNING, line=9 + i, excerpt=f"diag: {c} lost communication with {peer}"), 1800)
            for i, (c, peer) in enumerate((("U0121", "ABS"), ("U0131", "EPS")))]
    d = diagnose_rules(batch_summary(file_summary("f_1", [*NOISE], lost)))
    assert d.category is not Category.NONE
    assert d.risk_level is RiskLevel.HIGH


def test_a_processor_hotter_than_its_throttling_point_is_thermal_overtemp_and_explains_what_it_took():
    q = physical.quantity_of("soc_temp_c", "C", 90.0)
    assert (q.subsystem, q.high) == ("overtemp", 100.0)
    assert physical.quantity_of("bms_soc_temp", "C", 30.0) is None  # (a battery's SoC is its charge)
    f = file_summary("f_csv", [])
    # (a slow climb that ends hot: no robust excursion, so no time for the breach)
    f.signals = [SignalStat(name="soc_temp_c", unit="C", count=1500, min=70.2, max=104.9, mean=95.0, median=97.2,
                            mad=5.0, first=71.4, last=104.1, first_seen=T0, last_seen=T0 + timedelta(seconds=1500))]
    lost = at(tpl("[ERROR] planner: highway pilot unavailable: compute degraded", 1, file_id="f_log", line=4), 1450)
    d = diagnose_rules(batch_summary(f, file_summary("f_log", [*NOISE, lost])))
    assert (d.category, d.subsystem, d.risk_level) == (Category.THERMAL, "overtemp", RiskLevel.HIGH)


def test_a_sensor_that_complains_just_before_its_consumer_fails_is_where_the_fault_started():
    noise = at(tpl("[WARN] camera_driver: front_wide: dropped <*> frame (seq gap)", 150, Severity.WARNING,
                   line=2, excerpt="[WARN] camera_driver: front_wide: dropped 1 frame (seq gap)"), 0, 3500)
    jump = at(tpl("[WARN] gnss_driver: timestamp jump: gnss time <*> s vs system", 30, Severity.WARNING, line=3,
                  excerpt="[WARN] gnss_driver: timestamp jump: gnss time -2.000 s vs system"), 1800, 2400)
    gave_up = at(tpl("[ERROR] planner: localization unreliable, request driver takeover", 1, line=4), 1880)
    d = diagnose_rules(batch_summary(file_summary("f_1", [*NOISE, noise, jump, gave_up])))
    assert (d.category, d.subsystem, d.risk_level) == (Category.ADAS_PERCEPTION, "gnss", RiskLevel.HIGH)
    # (a sensor's complaint long before is no precursor: the consumer's own failure)
    early = at(tpl("[WARN] gnss_driver: timestamp jump: gnss time <*> s vs system", 3, Severity.WARNING, line=3,
                   excerpt="[WARN] gnss_driver: timestamp jump: gnss time -2.000 s vs system"), 600, 700)
    alone = diagnose_rules(batch_summary(file_summary("f_1", [*NOISE, noise, early, gave_up])))
    assert alone.subsystem in ("localization", "planning")


def test_a_requested_takeover_stands_even_when_the_fault_later_recovered():
    assert _marker_risk("localization unreliable, request driver takeover") is RiskLevel.HIGH
    gave_up = at(tpl("[ERROR] planner: localization unreliable, request driver takeover", 1, line=4), 1880)
    back = at(tpl("planner: trajectory planning recovered", 1, Severity.INFO, line=5), 1950, 3000)
    d = diagnose_rules(batch_summary(file_summary("f_1", [*NOISE, gave_up, back])))
    assert d.risk_level is RiskLevel.HIGH


def test_an_efuse_that_trips_just_before_the_net_dips_is_the_distributions():
    trip = at(tpl('level=warn comp=pdu msg="eFuse F14 (chassis feed B) overcurrent trip 48A, retry in 500 ms"', 1,
                  Severity.WARNING, line=2), 1799)
    low = at(code("P0562", 3, Severity.WARNING, line=3, excerpt="diag: P0562 system voltage low (ECM)"), 1800)
    d = diagnose_rules(batch_summary(file_summary("f_1", [*NOISE, trip], [low])))
    assert (d.category, d.subsystem) == (Category.POWER_SUPPLY, "lv_distribution")
    # (a trip long before the dip is another event)
    early = at(tpl('level=warn comp=pdu msg="eFuse F14 (chassis feed B) overcurrent trip 48A, retry in 500 ms"', 1,
                   Severity.WARNING, line=2), 900)
    assert diagnose_rules(batch_summary(file_summary("f_1", [*NOISE, early], [low]))).subsystem != "lv_distribution"


def _flat(name: str, first: float, median: float, last: float, lo: float, hi: float):
    return SignalStat(name=name, unit="", count=1200, min=lo, max=hi, mean=median, median=median, mad=0.5,
                      first=first, last=last, first_seen=T0, last_seen=T0 + timedelta(seconds=1200))


def test_a_coolant_overheating_while_its_fan_never_ran_up_is_the_radiators():
    f = file_summary("f_csv", NOISE[:1])
    hot = _flat("coolant_temp", 90.0, 103.0, 118.0, 89.0, 118.8)
    f.signals = [hot, _flat("fan_duty", 0.7, 0.5, 0.5, -0.5, 1.4)]
    d = diagnose_rules(batch_summary(f))
    assert (d.category, d.subsystem) == (Category.THERMAL, "radiator")
    # (a fan that ran up as the coolant heated did its work: the coolant loop's)
    f.signals = [hot, _flat("fan_duty", 20.0, 80.0, 100.0, 20.0, 100.0)]
    assert diagnose_rules(batch_summary(f)).subsystem == "coolant"


def test_codes_read_without_a_time_take_the_reaction_their_system_logged_at_any_level():
    misfire = code("P0302", 1, Severity.WARNING, line=9, excerpt="7E8 UDS 59 02 FF 03 02 00 2F")
    misfire.first_seen = misfire.last_seen = misfire.sample.timestamp = None
    misfire.status = "confirmed"
    cut = at(tpl("enginemgr: injector <*> cut off, torque limited to <*>%", 1, Severity.INFO, line=4,
                 excerpt="enginemgr: injector 2 cut off, torque limited to 60%"), 1800)
    d = diagnose_rules(batch_summary(file_summary("f_1", [*NOISE, cut], [misfire])))
    assert (d.category, d.risk_level) == (Category.POWERTRAIN, RiskLevel.HIGH)
    # (another system's reaction is not this code's)
    other = at(tpl("planner: lane keeping disabled", 1, Severity.WARNING, line=4), 1800)
    d = diagnose_rules(batch_summary(file_summary("f_1", [*NOISE, other], [misfire])))
    assert d.risk_level is not RiskLevel.HIGH
