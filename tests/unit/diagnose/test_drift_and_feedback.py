"""Measured values that leave their own normal with no error line: a parked vehicle's 12 V battery
resting below its discharged open-circuit voltage, and a part whose command in a status line stays on
while the feedback of the same line falls to nothing."""

from __future__ import annotations

import io
import random
from datetime import timedelta

from functions.core.domain import physical
from functions.core.domain.contracts import Category, SignalStat
from functions.diagnose.rules import diagnose_rules
from functions.parse.summarize import summarize_stream
from tests.unit.diagnose.builders import NOISE, T0, batch_summary, file_summary

N = 720  # one status line per 5 s, an hour


def _log(status, seed: int = 3, routine: str = "vehicle-statusd[40]: heartbeat seq={i} state=sleep") -> bytes:
    rnd = random.Random(seed)
    rows = []
    for i in range(N):
        s = i * 5
        t = f"2026-12-01T{10 + s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}.{rnd.randrange(1000):03d}+0000"
        rows.append(f"{t} vcu-01 {status(i, rnd)}")
        if i % 3 == 0:
            rows.append(f"{t} vcu-01 {routine.format(i=i)}")
    return "\n".join(rows).encode()


def _diagnose(data: bytes):
    f = summarize_stream(io.BytesIO(data), batch_id="b_test", file_id="f_1", file_name="vcu.log")
    return diagnose_rules(batch_summary(f))


def test_a_parked_battery_resting_below_its_discharged_voltage_is_a_weak_12v_battery():
    # Given a parked vehicle whose 12 V net (never charged) rests from 12.3 V down to 11.6 V, no error line
    def status(i, rnd):
        return f"pm-daemon[76]: sleep tick: KL30 {12.3 - 0.7 * i / N + rnd.gauss(0, 0.005):.2f} V"

    d = _diagnose(_log(status))
    # Then the 12 V battery is named (11.6 V is above the 11.5 V brown-out limit of a running net)
    assert (d.category, d.subsystem) == (Category.POWER_SUPPLY, "lv_battery"), d.root_cause
    assert "KL30" in d.root_cause


def test_a_parked_battery_resting_above_its_discharged_voltage_is_healthy():
    def status(i, rnd):
        return f"pm-daemon[76]: sleep tick: KL30 {12.45 - 0.2 * i / N + rnd.gauss(0, 0.005):.2f} V"

    assert _diagnose(_log(status)).category is Category.NONE


def test_a_driving_net_at_the_same_voltage_keeps_the_brown_out_limit():
    # Given the same sag while the vehicle drives (its lines say so): 11.6 V is still above 11.5 V
    def status(i, rnd):
        return f"pm-daemon[76]: tick: KL30 {12.3 - 0.7 * i / N + rnd.gauss(0, 0.005):.2f} V"

    d = _diagnose(_log(status, routine="vcu[9]: driving, speed {i} km/h"))
    assert d.category is Category.NONE, d.root_cause


def _pump(cmd, fb) -> bytes:
    def status(i, rnd):
        return (f"ThermalMgr[56]: loop BAT: pump cmd {cmd(i)}% fb {fb(i, rnd)} rpm, "
                f"inlet {24 + 10 * i / N + rnd.gauss(0, 0.2):.1f} C")

    return _log(status, routine="vcu[9]: driving, speed {i} km/h")


def test_a_pump_commanded_on_whose_feedback_in_the_same_line_falls_to_zero_is_a_pump_fault():
    # Given a status line with a held command and its feedback, the feedback dropping to 0 rpm for good
    d = _diagnose(_pump(lambda i: 65, lambda i, rnd: 0 if i > 480 else 2850 + rnd.randrange(-30, 30)))
    assert (d.category, d.subsystem) == (Category.THERMAL, "pump"), d.root_cause
    assert "pump cmd" in d.root_cause


def test_a_pump_switched_off_or_still_running_is_healthy():
    # commanded off at the end: the feedback follows it down
    d = _diagnose(_pump(lambda i: 0 if i > 480 else 65, lambda i, rnd: 0 if i > 480 else 2850 + rnd.randrange(30)))
    assert d.category is Category.NONE, d.root_cause
    # and held on with its feedback running all along
    d = _diagnose(_pump(lambda i: 65, lambda i, rnd: 2850 + rnd.randrange(-30, 30)))
    assert d.category is Category.NONE, d.root_cause


def _series(name: str, unit: str, first: float, last: float, lo: float, hi: float, median: float,
            source: str = "bms_main") -> SignalStat:
    return SignalStat(name=name, unit=unit, source=source, count=700, min=lo, max=hi, mean=median, median=median,
                      mad=2.0, first=first, last=last, first_seen=T0, last_seen=T0 + timedelta(seconds=1500))


def test_a_hottest_cell_running_away_from_the_coolest_is_the_battery_cell():
    # Given a BMS status line's Tmax creeping 31 → 58 C (below the 60 C cell limit) while Tmin holds
    f = file_summary("f_bms", NOISE[:1])
    f.signals = [_series("Tmax", "C", 31.1, 58.3, 30.7, 58.7, 43.1), _series("Tmin", "C", 25.9, 30.5, 25.9, 30.6, 28.2)]
    d = diagnose_rules(batch_summary(f))
    assert (d.category, d.subsystem) == (Category.BATTERY_BMS, "cell"), d.root_cause
    # and both warming together (a pack heating in a fast charge or in the sun) is no spread
    f.signals = [_series("Tmax", "C", 25.0, 44.0, 25.0, 44.0, 36.0), _series("Tmin", "C", 22.0, 38.0, 22.0, 38.0, 31.0)]
    assert diagnose_rules(batch_summary(f)).category is Category.NONE


def test_a_refrigerant_high_side_that_bleeds_down_is_the_hvac():
    # Given the A/C high side falls from 14.5 bar to 2 bar (below any saturation pressure above 0 C)
    f = file_summary("f_ac", NOISE[:1])
    f.signals = [_series("refrig_hp_bar", "bar", 14.5, 2.0, 1.8, 14.5, 2.3, source="")]
    d = diagnose_rules(batch_summary(f))
    assert (d.category, d.subsystem) == (Category.THERMAL, "hvac"), d.root_cause
    # and a compressor switched off (the high side settles at its static ~6.5 bar) is healthy
    f.signals = [_series("refrig_hp_bar", "bar", 14.5, 6.4, 6.2, 14.5, 7.0, source="")]
    assert diagnose_rules(batch_summary(f)).category is Category.NONE
    # as is a fuel rail's "HP" (a high pressure far above any refrigerant's)
    f.signals = [_series("HP", "bar", 200.0, 2.0, 2.0, 210.0, 150.0, source="")]
    assert physical.quantity_of("HP", "bar", 150.0, first=200.0) is None


def test_an_isolation_resistance_that_falls_below_100_kohm_is_an_hv_isolation_fault():
    # Given the BMS status line's isolation value falling from 2.4 MOhm to 82 kOhm, no error line
    f = file_summary("f_bms", NOISE[:1])
    f.signals = [_series("iso", "kOhm", 2398.0, 82.0, 71.0, 2410.0, 747.0)]
    d = diagnose_rules(batch_summary(f))
    assert (d.category, d.subsystem) == (Category.BATTERY_BMS, "hv_isolation"), d.root_cause
    # and one that wanders in the MOhm range (humidity, a wet road) is healthy
    f.signals = [_series("iso", "kOhm", 2400.0, 900.0, 850.0, 2500.0, 2000.0)]
    assert diagnose_rules(batch_summary(f)).category is Category.NONE
    assert physical.quantity_of("isolation_resistance", "MOhm", 2.0).low == 0.1


def test_a_pump_whose_feedback_settles_far_below_its_held_command_is_a_pump_fault():
    # Given a held 55 % command whose feedback drops out, then settles at 900 of its 3,300 rpm
    d = _diagnose(_pump(lambda i: 55, lambda i, rnd: 900 + rnd.randrange(-20, 20) if i > 400 else
                        (0 if i % 97 == 50 else 3300 + rnd.randrange(-30, 30))))
    # Then the pump is named, not what its coolant heats later
    assert (d.category, d.subsystem) == (Category.THERMAL, "pump"), d.root_cause


def test_a_feedback_that_follows_its_command_down_is_healthy():
    # Given the command turned down from 55 % to 15 %, the speed following it
    d = _diagnose(_pump(lambda i: 15 if i > 400 else 55,
                        lambda i, rnd: 900 + rnd.randrange(-20, 20) if i > 400 else 3300 + rnd.randrange(-30, 30)))
    assert d.category is Category.NONE, d.root_cause


def _net(volts) -> bytes:
    def status(i, rnd):
        return f"pm-daemon[76]: tick: KL30 {volts(i) + rnd.gauss(0, 0.03):.2f} V"

    return _log(status, routine="vcu[9]: driving, speed {i} km/h")


def test_a_charged_12v_net_sinking_steadily_below_its_charging_level_is_the_supply():
    # Given a driving vehicle's net held at 14.1 V for half the drive, then sinking evenly to 12.3 V (above
    # the 11.5 V brown-out limit: no level test sees it)
    d = _diagnose(_net(lambda i: 14.1 if i < N / 2 else 14.1 - 1.8 * (i - N / 2) / (N / 2)))
    # Then the supply is named
    assert d.category is Category.POWER_SUPPLY, d.root_cause
    assert "KL30" in d.root_cause


def test_a_charging_voltage_easing_or_the_engine_stopping_is_healthy():
    # a charging voltage easing 14.4 → 13.7 V as the battery warms (still charging)
    assert _diagnose(_net(lambda i: 14.4 - 0.7 * i / N)).category is Category.NONE
    # and the net stepping to the battery's resting voltage when the engine stops
    assert _diagnose(_net(lambda i: 14.1 if i < 0.8 * N else 12.6)).category is Category.NONE
