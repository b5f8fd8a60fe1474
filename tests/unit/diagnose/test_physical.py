"""Physical plausibility: a signal beyond the limits of the quantity it measures, even when a slow drift
moved its own baseline with it; a 12 V net that loses its charging source names the source."""

from datetime import timedelta

import pytest

from functions.core.domain.contracts import Category, Severity, SignalExcursion, SignalStat, TemplateStat
from functions.core.domain.physical import breach, quantity_of
from functions.diagnose.knowledge import subsystem_scores
from functions.diagnose.rules import _physical_finding, diagnose_rules
from tests.unit.diagnose.builders import NOISE, T0, batch_summary, file_summary, tpl


@pytest.mark.parametrize(("name", "unit", "median", "want"), [
    ("coolant_temp", "", 95.0, ("coolant", 110.0)),
    ("ENG_CoolantTemp", "degC", 90.0, ("coolant", 110.0)),
    ("coolant_temp_batt_in", "C", 30.0, ("coolant", 50.0)),
    ("cell_temp_max", "", 35.0, ("cell", 60.0)),
    ("cell_v_max", "V", 3.7, ("cell", 4.25)),
    ("lv_bus_voltage", "", 14.1, ("lv_battery", 15.5)),
    ("pack_v", "V", 400.0, None),  # a pack's volts are no 12 V net
    ("vehicle_speed_kph", "kph", 60.0, None),
    ("oil_temp", "", 100.0, None),
])
def test_a_signal_name_and_unit_name_its_quantity(name, unit, median, want):
    q = quantity_of(name, unit, median)
    assert (None if q is None else (q.subsystem, q.high)) == want


def test_a_breach_says_which_side():
    q = quantity_of("lv_bus_voltage", "V", 14.0)
    assert q is not None
    assert breach(q, 10.9, 14.3) == ("below", 10.9, 11.5)
    assert breach(q, 12.4, 14.6) is None


def _drift(name: str, first: float, median: float, last: float, lo: float, hi: float) -> SignalStat:
    # A slow drift: no robust excursion (the median moved with it)
    return SignalStat(name=name, unit="", count=1200, min=lo, max=hi, mean=median, median=median, mad=5.0,
                      first=first, last=last, first_seen=T0, last_seen=T0 + timedelta(seconds=1200))


def test_a_coolant_that_climbs_past_its_limit_is_a_thermal_fault_with_no_error_line():
    f = file_summary("f_csv", NOISE[:1])
    f.signals = [_drift("coolant_temp", 90.0, 97.0, 119.5, 89.0, 120.3)]
    d = diagnose_rules(batch_summary(f))
    assert (d.category, d.subsystem) == (Category.THERMAL, "coolant")
    assert "coolant_temp" in d.root_cause
    # and one that stays in its regulated band is healthy
    f.signals = [_drift("coolant_temp", 40.0, 88.0, 88.0, 40.0, 104.0)]
    assert diagnose_rules(batch_summary(f)).category is Category.NONE


def test_a_short_dip_that_recovers_is_an_engine_crank_not_a_fault():
    s = _drift("lv_bus_voltage", 14.0, 14.1, 14.1, 9.8, 14.4)
    s.excursion = SignalExcursion(value=9.8, score=40.0, samples=3, start=T0 + timedelta(seconds=600),
                                  end=T0 + timedelta(seconds=600.6))
    s.mad = 0.05
    f = file_summary("f_csv", NOISE[:1])
    f.signals = [s]
    # (the robust excursion alone would call it; the limit check needs it to last)
    assert _physical_finding(s) is None


def test_a_charged_net_that_collapses_names_its_charging_source():
    # Given the 12 V net falls from 14.0 V (charging) to 11.2 V, with the alternator's field signal logged
    f = file_summary("f_csv", NOISE[:1])
    f.signals = [_drift("lv_bus_voltage", 14.0, 13.2, 11.2, 11.2, 14.3),
                 _drift("alt_field_duty", 40.0, 100.0, 100.0, 40.0, 100.0)]
    d = diagnose_rules(batch_summary(f))
    assert (d.category, d.subsystem) == (Category.POWER_SUPPLY, "alternator")
    # and without any source named, in a vehicle whose lines name a traction pack (NOISE[0]), the DC-DC
    f.signals = f.signals[:1]
    assert diagnose_rules(batch_summary(f)).subsystem == "dcdc"
    # in one whose lines name an engine, the alternator
    f.templates = [tpl("ECM engine idle <*> rpm", 500, Severity.INFO, excerpt="ecmd: ECM engine idle 780 rpm")]
    assert diagnose_rules(batch_summary(f)).subsystem == "alternator"
    # and when nothing says what drives the vehicle (or both are named, a hybrid), the net's battery
    f.templates = [tpl("Started logrotate.service.", 20, Severity.INFO)]
    assert diagnose_rules(batch_summary(f)).subsystem == "lv_battery"
    f.templates = [NOISE[0], tpl("ECM engine idle <*> rpm", 500, Severity.INFO)]
    assert diagnose_rules(batch_summary(f)).subsystem == "lv_battery"


def test_a_converter_fault_before_its_net_sags_is_the_cause_of_the_undervoltage():
    # Given the DC-DC reports an internal fault, then ECUs reset for undervoltage and P0562 is set
    def at(t: TemplateStat, s: float) -> TemplateStat:
        t.first_seen = t.last_seen = T0 + timedelta(seconds=s)
        return t
    dcdc = at(tpl("DCDC Uout <*> derating: internal fault <*>", 1), 10.0)
    reset = at(tpl("reset reason UNDERVOLTAGE", 3), 10.2)
    f = file_summary("f_1", [NOISE[0], dcdc, reset])
    d = diagnose_rules(batch_summary(f))
    assert (d.category, d.subsystem) == (Category.POWER_SUPPLY, "dcdc")
    # and a net that sagged before the converter complained is the battery's
    at(dcdc, 30.0)
    assert diagnose_rules(batch_summary(f)).subsystem == "lv_battery"


def test_a_charge_stopped_is_the_charging_sessions_but_a_state_of_charge_is_the_packs():
    assert "charging" in subsystem_scores("bms_err_0x4a charge stop: inlet temperature fault")
    assert "charging" not in subsystem_scores("state of charge 12% low")
    assert "charging" not in subsystem_scores("charge current limit reduced to 40 a")


def test_a_12v_net_that_starts_charging_changed_state_and_is_no_fault():
    # Given a parked car's net at rest (12.44 V) that a scheduled top-up lifts to 14.3 V: a robust excursion
    s = _drift("lv_v", 12.44, 12.44, 14.3, 12.40, 14.3)
    s.unit, s.mad = "V", 0.03
    s.excursion = SignalExcursion(value=14.3, score=90.0, samples=120, start=T0 + timedelta(seconds=900),
                                  end=T0 + timedelta(seconds=1200))
    f = file_summary("f_csv", NOISE[:1])
    f.signals = [s]
    assert diagnose_rules(batch_summary(f)).category is Category.NONE


def test_one_wheel_pressure_in_bar_falling_away_from_its_siblings_is_a_tyre():
    f = file_summary("f_csv", NOISE[:1])
    flat = [SignalStat(name=n, unit="bar", count=1000, min=lo, max=hi, mean=med, median=med, mad=mad, first=first,
                       last=last, first_seen=T0, last_seen=T0 + timedelta(seconds=3000))
            for n, (lo, hi, med, mad, first, last) in {
                "p_fl_bar": (2.47, 2.49, 2.48, 0.005, 2.49, 2.48), "p_fr_bar": (2.46, 2.48, 2.47, 0.005, 2.47, 2.48),
                "p_rl_bar": (2.45, 2.47, 2.46, 0.005, 2.46, 2.46), "p_rr_bar": (1.54, 2.46, 1.97, 0.2, 2.45, 1.55),
            }.items()]
    f.signals = flat
    d = diagnose_rules(batch_summary(f))
    assert (d.category, d.subsystem) == (Category.BRAKES_CHASSIS, "tpms")


def test_two_rear_heights_sinking_away_from_the_front_are_the_suspension():
    f = file_summary("f_csv", NOISE[:1])
    f.signals = [SignalStat(name=n, unit="mm", count=1000, min=min(first, last), max=max(first, last), mean=med,
                            median=med, mad=0.5, first=first, last=last, first_seen=T0,
                            last_seen=T0 + timedelta(seconds=3000))
                 for n, (med, first, last) in {"height_fl_mm": (0.0, -0.4, 0.3), "height_fr_mm": (0.0, 1.1, 0.0),
                                               "height_rl_mm": (-50.3, -0.2, -51.2),
                                               "height_rr_mm": (-48.5, 0.6, -48.6)}.items()]
    d = diagnose_rules(batch_summary(f))
    assert (d.category, d.subsystem) == (Category.BRAKES_CHASSIS, "suspension")


def _cells(lo_first: float, lo_last: float) -> list[SignalStat]:
    def sig(name: str, first: float, last: float) -> SignalStat:
        lo, hi = min(first, last), max(first, last)
        return SignalStat(name=name, unit="V", count=2000, min=lo, max=hi, mean=(lo + hi) / 2, median=(lo + hi) / 2,
                          mad=0.01, first=first, last=last, first_seen=T0, last_seen=T0 + timedelta(seconds=1200),
                          file_id="f_csv")
    return [sig("cell_v_min", lo_first, lo_last), sig("cell_v_max", 3.733, 3.730)]


def test_the_lowest_cell_falling_away_from_the_highest_is_a_weak_cell_inside_the_voltage_window():
    # Given a pack's lowest and highest cell voltages, both inside 2.5-4.25 V, drifting 21 -> 451 mV apart
    f = file_summary("f_csv", NOISE[:1])
    f.signals = _cells(3.712, 3.279)
    d = diagnose_rules(batch_summary(f))
    assert (d.category, d.subsystem) == (Category.BATTERY_BMS, "cell")
    # Then a pack that discharges evenly (the spread stays tens of mV) is healthy
    f.signals = _cells(3.712, 3.690)
    assert diagnose_rules(batch_summary(f)).category is Category.NONE


def test_the_lowest_cell_falling_away_from_the_mean_is_a_weak_cell():
    # Given a pack's lowest and mean cell voltages (no highest), drifting 21 -> 451 mV apart
    f = file_summary("f_csv", NOISE[:1])
    f.signals = _cells(3.712, 3.279)
    f.signals[1] = f.signals[1].model_copy(update={"name": "cell_v_avg"})
    d = diagnose_rules(batch_summary(f))
    assert (d.category, d.subsystem) == (Category.BATTERY_BMS, "cell")
    # Then a pack whose lowest cell follows the mean is healthy
    f.signals[0] = _cells(3.712, 3.690)[0]
    assert diagnose_rules(batch_summary(f)).category is Category.NONE


def test_an_overtemperature_names_the_part_of_its_system_that_warned_before_it():
    # Given a coolant pump that warns once, then a part overheats and is derated
    def at(t: TemplateStat, s: float) -> TemplateStat:
        t.first_seen = t.last_seen = T0 + timedelta(seconds=s)
        return t
    pump = at(tpl("EWP<*> I=<*> at duty <*>, rpm feedback <*>", 1, Severity.WARNING), 100.0)
    hot = at(tpl("inverter housing overtemp, thermal derate to <*>", 2), 700.0)
    f = file_summary("f_1", [NOISE[0], pump, hot])
    d = diagnose_rules(batch_summary(f))
    assert (d.category, d.subsystem) == (Category.THERMAL, "pump")
    # and a pump that only warns after the part ran hot is no cause
    at(pump, 900.0)
    assert diagnose_rules(batch_summary(f)).subsystem == "overtemp"
    # nor one that warns all along (a stream, not a precursor)
    at(pump, 100.0).count = 400
    assert diagnose_rules(batch_summary(f)).subsystem == "overtemp"
