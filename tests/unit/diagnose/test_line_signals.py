"""Numbers in ordinary status lines reach the signal findings: a text log with no error line names the
fault its values show (a 12 V net sagging, a tyre losing pressure, a coolant past its limit), and status
lines whose values vary normally stay healthy."""

from __future__ import annotations

import io
import json
import math
import random

import pytest

from functions.core.domain.contracts import Category
from functions.diagnose.rules import diagnose_rules
from functions.parse.summarize import summarize_stream
from tests.unit.diagnose.builders import batch_summary

N = 1800  # one status line per second, 30 minutes


def _log(status, seed: int = 5) -> bytes:
    """A journal of routine lines around one status line per second whose value ``status(i, rnd)`` gives."""
    rnd = random.Random(seed)
    rows = []
    for i in range(N):
        t = f"2026-12-01T10:{i // 60:02d}:{i % 60:02d}.{rnd.randrange(1000):03d}+0000"
        rows.append(f"{t} vcu-01 {status(i, rnd)}")
        if i % 7 == 0:
            rows.append(f"{t} vcu-01 gateway[441]: [INFO] heartbeat ok, {rnd.randrange(40, 60)} nodes")
        if i % 11 == 0:
            rows.append(f"{t} vcu-01 bmsd[812]: [INFO] pack SOC={80 - i / 200:.1f}% I={rnd.uniform(-40, 5):.1f}A")
    return "\n".join(rows).encode()


def _diagnose(data: bytes):
    f = summarize_stream(io.BytesIO(data), batch_id="b_test", file_id="f_1", file_name="vcu.log")
    return f, diagnose_rules(batch_summary(f))


def _noise(rnd: random.Random, scale: float) -> float:
    return rnd.gauss(0.0, scale)


def test_a_12v_net_that_sags_in_status_lines_is_the_power_supply():
    # Given a 12 V net read in status lines, charged at first, then sagging below 11.5 V with no error line
    def status(i, rnd):
        v = 14.2 if i < 600 else 14.2 - (i - 600) * 0.0028
        return f"pwr_mgr[77]: [INFO] VBAT_12V: {v + _noise(rnd, 0.03):.2f} V"

    f, d = _diagnose(_log(status))
    sig = next(s for s in f.signals if s.name == "VBAT_12V")
    assert (sig.unit, sig.source, sig.count) == ("V", "pwr_mgr", N)
    assert sig.min < 11.0 and math.isclose(sig.first, 14.2, abs_tol=0.2)
    # Then the diagnosis names the 12 V supply
    assert d.category is Category.POWER_SUPPLY, d.root_cause
    assert "VBAT_12V" in d.root_cause


def test_a_tyre_losing_pressure_in_status_lines_is_tpms():
    def status(i, rnd):
        p = 2.45 if i < 400 else 2.45 - (i - 400) * 0.0009
        corner = ("FL", "FR", "RL", "RR")[i % 4]
        value = p if corner == "FL" else 2.45
        return f"tpms[90]: [INFO] tire {corner} {value + _noise(rnd, 0.01):.2f} bar"

    f, d = _diagnose(_log(status))
    assert {s.name for s in f.signals} >= {"tire FL", "tire FR", "tire RL", "tire RR"}
    assert (d.category, d.subsystem) == (Category.BRAKES_CHASSIS, "tpms"), d.root_cause
    assert "tire FL" in d.root_cause


def test_a_coolant_rising_past_its_limit_in_status_lines_is_thermal():
    def status(i, rnd):
        t = 92.0 if i < 900 else 92.0 + (i - 900) * 0.03
        return f"thermal_mgr[903]: [INFO] coolant {t + _noise(rnd, 0.4):.0f} degC, fan {rnd.randrange(30, 60)} %"

    f, d = _diagnose(_log(status))
    sig = next(s for s in f.signals if s.name == "coolant")
    assert sig.unit == "degC" and sig.max >= 115
    assert (d.category, d.subsystem) == (Category.THERMAL, "coolant"), d.root_cause


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_status_lines_whose_values_vary_normally_are_healthy(seed):
    # Given a healthy drive: the 12 V net charging then resting, tyres warming up, the coolant regulated
    # by its thermostat, a fan and a CPU whose duty swings, all in status lines
    def status(i, rnd):
        kind = i % 5
        if kind == 0:
            v = 14.3 if (i // 300) % 2 == 0 else 12.6
            return f"pwr_mgr[77]: [INFO] VBAT_12V: {v + _noise(rnd, 0.05):.2f} V"
        if kind == 1:
            return f"tpms[90]: [INFO] tire FL {2.3 + 0.2 * min(1.0, i / 900) + _noise(rnd, 0.01):.2f} bar"
        if kind == 2:
            t = 20 + 70 * min(1.0, i / 600) + _noise(rnd, 1.5)
            return f"thermal_mgr[903]: [INFO] coolant {t:.0f} degC, fan {rnd.choice([0, 30, 60, 100])} %"
        if kind == 3:
            return f"sysmon[5]: [INFO] cpu load {rnd.choice([5, 12, 40, 95]) + rnd.randrange(5)} %"
        return f"hvac[31]: [INFO] cabin T_cabin {21 + _noise(rnd, 0.3):.1f}C, soc={80 - i // 200}"

    f, d = _diagnose(_log(status, seed))
    assert len(f.signals) >= 6
    # Then no fault is named
    assert d.category is Category.NONE, d.root_cause


def _jsonl(text_of, seed: int = 3, source: str = "tpms") -> bytes:
    """JSON lines, one record per second whose message ``text_of(i, rnd)`` gives, among routine records."""
    rnd = random.Random(seed)
    rows = []
    for i in range(N):
        ts = 1_795_000_000 + i + rnd.random() / 10
        rows.append(
            json.dumps({"timestamp": round(ts, 3), "lvl": "info", "component": source, "text": text_of(i, rnd)})
        )
        if i % 5 == 0:
            rows.append(json.dumps({"timestamp": round(ts, 3), "lvl": "info", "component": "gw", "text": "routing ok"}))
    return "\n".join(rows).encode()


def test_numbers_inside_a_json_record_message_are_signals_of_its_source():
    # Given tyre pressures written in a JSON record's message text, the front-left one leaking slowly
    def text_of(i, rnd):
        fl = 2.48 if i < 300 else 2.48 - (i - 300) * 0.00052  # ends ~1.70 bar: above 1.6, a third below its start
        return f"tire FL {fl + _noise(rnd, 0.005):.2f} bar FR {2.51 + _noise(rnd, 0.005):.2f} (nominal 2.5)"

    f = summarize_stream(io.BytesIO(_jsonl(text_of)), batch_id="b_test", file_id="f_1", file_name="chassis.jsonl")
    sig = {s.name: s for s in f.signals}
    assert f.format == "jsonl" and sig["tire FL"].unit == "bar" and sig["tire FL"].source == "tpms"
    assert sig["tire FL"].count == N and sig["tire FL"].min > 1.6
    # Then a quarter below the tyre's own first reading is the TPMS warning (FMVSS 138, UN R64)
    d = diagnose_rules(batch_summary(f))
    assert (d.category, d.subsystem) == (Category.BRAKES_CHASSIS, "tpms"), d.root_cause
    assert "tire FL" in d.root_cause


def test_a_tyre_steady_at_a_low_placard_is_not_a_leak():
    # A tyre that starts and stays at 1.9 bar (a low placard) is no fault, nor is ordinary noise around it
    def text_of(i, rnd):
        return f"tire FL {1.9 + _noise(rnd, 0.01):.2f} bar FR {1.92 + _noise(rnd, 0.01):.2f} (nominal 1.9)"

    f = summarize_stream(io.BytesIO(_jsonl(text_of)), batch_id="b_test", file_id="f_1", file_name="chassis.jsonl")
    assert diagnose_rules(batch_summary(f)).category is Category.NONE


def test_of_two_lamps_that_started_alike_the_one_that_went_dark_is_the_fault():
    # Given left and right low-beam currents in one status line ("4.07 A": a spaced unit after a decimal),
    # and the left one falling to nothing early (dark for most of the drive: its own median is 0) while
    # the right one holds
    def text_of(i, rnd):
        left = 4.1 if i < 600 else 0.0
        return f"low beam L {left + abs(_noise(rnd, 0.03)):.2f} A R {4.1 + _noise(rnd, 0.03):.2f} A"

    data = _jsonl(text_of, source="lcm")
    f = summarize_stream(io.BytesIO(data), batch_id="b_test", file_id="f_1", file_name="lighting.jsonl")
    assert {s.name for s in f.signals} >= {"low beam L", "low beam R"}
    d = diagnose_rules(batch_summary(f))
    assert (d.category, d.subsystem) == (Category.BODY, "lighting"), d.root_cause
    assert "low beam L" in d.root_cause


def test_two_sides_that_change_together_are_no_fault():
    # Both lamps switched off (the driver's choice), one reading a moment after the other, is no fault
    def text_of(i, rnd):
        left, right = (4.1 if i < 600 else 0.0), (4.1 if i < 620 else 0.0)
        return f"low beam L {left + abs(_noise(rnd, 0.03)):.2f} A R {right + abs(_noise(rnd, 0.03)):.2f} A"

    data = _jsonl(text_of, source="lcm")
    f = summarize_stream(io.BytesIO(data), batch_id="b_test", file_id="f_1", file_name="lighting.jsonl")
    assert diagnose_rules(batch_summary(f)).category is Category.NONE
