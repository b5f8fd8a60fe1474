"""Measured values that leave their own normal with no error line: a parked vehicle's 12 V battery
resting below its discharged open-circuit voltage, and a part whose command in a status line stays on
while the feedback of the same line falls to nothing."""

from __future__ import annotations

import io
import random

from functions.core.domain.contracts import Category
from functions.diagnose.rules import diagnose_rules
from functions.parse.summarize import summarize_stream
from tests.unit.diagnose.builders import batch_summary

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
