"""Faults the engine missed on a software-defined vehicle's logs (tuning10): a DTC and status record
without a DTC label, background that came late by chance, a brake pressure named by its unit, a device
that disappeared, the words of update clients and platform health management, reactions in other words,
a zone controller's supply voltage."""

from __future__ import annotations

import io

import pytest

from functions.core.domain import physical
from functions.core.domain.contracts import Category, RiskLevel
from functions.diagnose.knowledge import best_subsystem, code_location
from functions.diagnose.rules import _marker_risk, diagnose_rules
from functions.parse.summarize import summarize_stream
from tests.unit.diagnose.builders import NOISE, at, batch_summary, file_summary, signal, tpl


def test_a_dem_line_with_a_three_byte_dtc_and_its_status_byte_is_a_code_report():
    # Given an AUTOSAR DLT export whose DEM writes the DTC as 3 hex bytes and its UDS status, at info level
    data = b"".join(
        f"{i} 2026/11/18 17:{i:02d}:00.000100 {i}.2 {i:03d} CCU1 REX ENG log info V 1 [range extender on]\n"
        .encode() for i in range(20)
    ) + b"20 2026/11/18 17:20:20.000855 2105.2 164 CCU1 DIAG DEM log info V 1 [range-ext ECU: 0x030200 status 0x24]\n"
    s = summarize_stream(io.BytesIO(data), batch_id="b_test", file_id="f_1", file_name="ccu_dlt.txt")
    # Then it is P0302 (cylinder 2 misfire), pending: an ignition fault, logged only
    assert "P0302-00/pending" in {c.code for c in s.codes}
    d = diagnose_rules(batch_summary(s))
    assert (d.category, d.subsystem, d.risk_level) == (Category.POWERTRAIN, "ignition", RiskLevel.LOW), d.root_cause


def test_background_whose_first_line_came_two_of_its_gaps_late_is_still_background():
    # Given an error a healthy unit logs 19 times over the hour, the first 400 s in (its mean gap is ~190 s:
    # a first gap that long happens by chance about one time in eight)
    noise = at(tpl("E GnssHAL: gnss measurement report invalid, skipping epoch", 19, line=30), 400, 3500)
    d = diagnose_rules(batch_summary(file_summary("f_ivi", [*NOISE[:1], noise])))
    # Then it is background, not an onset
    assert d.category is Category.NONE, d.root_cause


def test_a_brake_pressure_named_only_by_its_unit_follows_the_pedal():
    # Given a chassis CSV whose brake column is named by its unit, 0 bar while rolling, 14 bar at the stops
    f = file_summary("f_chassis", NOISE[:1])
    f.signals = [signal("brake_bar", "bar", 0.0, 0.0, 0.0, 0.006, excursion=14.1)]
    # Then the stops are no brake fault
    assert diagnose_rules(batch_summary(f)).category is Category.NONE


def test_a_device_removed_at_error_level_is_a_fault_of_that_device():
    f = file_summary("f_ivi", [*NOISE[:1], at(tpl(
        "E InputReader: touchscreen device /dev/input/event3 removed", 1, line=40), 900)])
    d = diagnose_rules(batch_summary(f))
    assert (d.category, d.subsystem) == (Category.BODY, "hmi"), d.root_cause


@pytest.mark.parametrize(("message", "want"), [
    ("rauc: boot attempts exhausted (3/3) on slot b, falling back to a", "ota"),  # used up, not the exhaust
    ("someip-router.service: failed with result 'core-dump'.", "crash"),  # systemd's spelling of a core dump
    ("local supervision adas_gw expired -> global failed", "watchdog"),  # AUTOSAR PHM
    ("iso monitor: rp/rn below 500 ohm/v threshold on hv+ side", "hv_isolation"),
])
def test_the_words_of_update_clients_health_managers_and_isolation_monitors(message, want):
    assert best_subsystem(message) == want


@pytest.mark.parametrize(("line", "want"), [
    ("main- did not separate, weld suspected; next HV enable blocked", RiskLevel.CRITICAL),
    ("eBooster pressure sensor out of range high, fallback to hydraulic backup", RiskLevel.HIGH),
    ("AEB reduced deceleration capability", RiskLevel.HIGH),
    ("iso monitor: below threshold, charge permit withdrawn", RiskLevel.HIGH),
    ("boot attempts exhausted on slot B, falling back to A", RiskLevel.LOW),  # a fallback to a slot is no backup
])
def test_reactions_in_other_words(line, want):
    assert _marker_risk(line.lower()) is want


def test_a_zone_controllers_supply_voltage_is_the_12_v_net_there():
    q = physical.quantity_of("zone_FL_v", "V", 13.3)
    assert q is not None and q.subsystem == "lv_battery"
    # (not a pack's or a DC link's)
    assert physical.quantity_of("zone_hv_v", "V", 13.3) is None


def test_the_drive_motor_position_sensor_is_the_motors_not_an_overtemperature():
    assert code_location("P0A3F", "dtc") == (Category.POWERTRAIN, "motor")
    assert code_location("P0A3C", "dtc") == (Category.THERMAL, "overtemp")  # inverter over temperature
