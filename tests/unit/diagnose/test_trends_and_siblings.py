"""Faults seen only as a slow drift (a signal's profile over time: an even-rate move, not a warm-up's
slowing approach) and as one sibling leaving the level its siblings held."""

from __future__ import annotations

import io
import math
import random

from functions.core.domain import trend
from functions.core.domain.contracts import MAX_PROFILE, Category, RiskLevel
from functions.diagnose.rules import diagnose_rules
from functions.parse.summarize import summarize_stream
from tests.unit.diagnose.builders import batch_summary

N = 900  # one CSV row per 2 s, half an hour


def _csv(columns: dict[str, object], file_name: str = "signals.csv", seed: int = 5):
    """A signal log: ``columns`` maps a header to a function of (row, rng) giving its value."""
    rnd = random.Random(seed)
    rows = ["ts," + ",".join(columns)]
    for i in range(N):
        s = 2 * i
        t = f"2026-12-01T10:{s // 60:02d}:{s % 60:02d}.000Z"
        rows.append(t + "," + ",".join(f"{f(i, rnd):.3f}" for f in columns.values()))  # type: ignore[operator]
    data = "\n".join(rows).encode()
    return summarize_stream(io.BytesIO(data), batch_id="b_test", file_id="f_1", file_name=file_name)


def _diagnose(columns: dict[str, object], file_name: str = "signals.csv"):
    return diagnose_rules(batch_summary(_csv(columns, file_name)))


def _ramp(a: float, b: float, start: float = 0.0, end: float = 1.0, noise: float = 0.0):
    """a until ``start`` (share of the recording), then an even move to b until ``end``, then b."""
    def f(i, rnd):
        x = min(1.0, max(0.0, (i / N - start) / (end - start)))
        return a + (b - a) * x + rnd.gauss(0, noise)
    return f


def _approach(a: float, b: float, tau: float = 0.15, noise: float = 0.0):
    """A first-order approach from a to b (a warm-up, a pull-down): fastest at first, then settling."""
    return lambda i, rnd: b + (a - b) * math.exp(-(i / N) / tau) + rnd.gauss(0, noise)


def _flat(v: float, noise: float = 0.0):
    return lambda i, rnd: v + rnd.gauss(0, noise)


def test_a_drift_is_an_even_move_and_a_warm_up_is_not():
    ramp = [10.0 + i + (0.3 if i % 2 else -0.3) for i in range(20)]
    d = trend.drift(ramp)
    assert d is not None and d.change > 15
    # a move that stops where the vehicle reacted (a plateau), or a reset after the peak, is still one
    assert trend.drift(ramp + [ramp[-1]] * 8) is not None
    assert trend.drift([*ramp, 0.0, 0.0]) is not None
    # a first-order approach (fast, then settling), noise around a level, and a step are not
    assert trend.drift([90 - 70 * math.exp(-i / 3) for i in range(20)]) is None
    assert trend.drift([5.0 + (0.4 if i % 3 else -0.5) for i in range(20)]) is None
    assert trend.drift([5.0] * 10 + [9.0] * 10) is None


def test_a_csv_column_carries_its_profile_in_order():
    f = _csv({"x": _ramp(0.0, 100.0)})
    (s,) = [s for s in f.signals if s.name == "x"]
    assert MAX_PROFILE // 2 <= len(s.profile) <= MAX_PROFILE
    assert s.profile == sorted(s.profile) and s.profile[0] < 5 and s.profile[-1] > 95


def test_a_refrigerant_pressure_sinking_steadily_is_the_hvac_and_a_pull_down_is_not():
    # Given an A/C whose suction and discharge pressures sink at an even rate (a charge leaking away)
    d = _diagnose({"suction_bar": _ramp(2.9, 1.3, 0.2, 0.8, 0.03), "discharge_bar": _ramp(16.0, 9.0, 0.2, 0.8, 0.1),
                   "speed_kmh": _flat(40.0, 3.0)})
    assert (d.category, d.subsystem) == (Category.THERMAL, "hvac"), d.root_cause
    # and a compressor pulling a hot cabin down (pressures falling fast, then settling) is healthy
    d = _diagnose({"suction_bar": _approach(4.5, 2.0, noise=0.03), "discharge_bar": _approach(18.0, 12.0, noise=0.1),
                   "speed_kmh": _flat(40.0, 3.0)})
    assert d.category is Category.NONE, d.root_cause


def test_a_part_heating_while_its_coolant_holds_is_an_overtemperature_and_a_warm_up_is_not():
    # Given a hydraulic oil climbing evenly 55 → 94 C while the engine coolant holds at 86 C
    d = _diagnose({"hyd_oil_c": _ramp(55.0, 94.0, noise=0.3), "coolant_c": _flat(86.0, 0.4)})
    assert (d.category, d.subsystem) == (Category.THERMAL, "overtemp"), d.root_cause
    # and a cold start (oil and coolant warming up together) is healthy
    d = _diagnose({"hyd_oil_c": _ramp(20.0, 70.0, noise=0.3), "coolant_c": _ramp(20.0, 85.0, noise=0.3)})
    assert d.category is Category.NONE, d.root_cause
    # as is an oil warming up on its own to its plateau
    d = _diagnose({"hyd_oil_c": _approach(25.0, 62.0, noise=0.3), "coolant_c": _flat(86.0, 0.4)})
    assert d.category is Category.NONE, d.root_cause


def test_a_process_memory_growing_until_its_reset_is_a_leak():
    # Given a process's resident memory doubling at an even rate, then freed at once (killed)
    def rss(i, rnd):
        return 60.0 if i > 0.8 * N else 1800.0 + 12000.0 * i / N + rnd.gauss(0, 20)

    d = _diagnose({"fusion_rss_mb": rss, "cpu_load_pct": _flat(50.0, 4.0)}, "compute_metrics.csv")
    assert (d.category, d.subsystem) == (Category.SOFTWARE_PLATFORM, "oom"), d.root_cause
    # and one growing to its working set at start-up, then holding, is healthy
    d = _diagnose({"fusion_rss_mb": _approach(300.0, 1800.0, tau=0.05, noise=20.0)}, "compute_metrics.csv")
    assert d.category is Category.NONE, d.root_cause


def test_a_sensor_mounting_angle_drifting_is_the_sensor():
    d = _diagnose({"cam_yaw_deg": _ramp(0.05, 1.9, 0.3, 0.7, 0.01), "speed_kph": _flat(110.0, 1.0)})
    assert (d.category, d.subsystem) == (Category.ADAS_PERCEPTION, "camera"), d.root_cause
    d = _diagnose({"cam_yaw_deg": _ramp(0.05, 0.4, 0.3, 0.7, 0.01), "speed_kph": _flat(110.0, 1.0)})
    assert d.category is Category.NONE, d.root_cause


def test_one_numbered_cell_sagging_below_its_siblings_is_a_battery_cell():
    # Given ten cell columns "c01".."c10" (mV, no unit) discharging together, c07 sagging far below them
    cols = {f"c{k:02d}": _ramp(3990.0, 3750.0 if k != 7 else 3010.0, noise=3.0) for k in range(1, 11)}
    d = _diagnose(cols, "bms_telemetry.csv")
    assert (d.category, d.subsystem) == (Category.BATTERY_BMS, "cell"), d.root_cause
    assert "c07" in d.root_cause
    # and all ten discharging together are healthy
    d = _diagnose({f"c{k:02d}": _ramp(3990.0, 3750.0, noise=3.0) for k in range(1, 11)}, "bms_telemetry.csv")
    assert d.category is Category.NONE, d.root_cause


def test_one_rail_of_an_isolation_monitor_decaying_while_the_other_holds_is_an_isolation_fault():
    def steps(i, rnd):  # stepwise, not an even drift: the other rail is the reference
        return 3050.0 if i < N / 3 else 1200.0 if i < 2 * N / 3 else 150.0 + rnd.gauss(0, 5)

    d = _diagnose({"iso_pos_kohm": _flat(3280.0, 30.0), "iso_neg_kohm": steps})
    assert (d.category, d.subsystem) == (Category.BATTERY_BMS, "hv_isolation"), d.root_cause


def test_a_seat_mat_leaving_the_empty_level_its_empty_neighbours_hold_is_the_seat():
    empty, occupied = _flat(10000.0, 150.0), _flat(420.0, 15.0)
    cols = {"seat1_ohm": empty, "seat2_ohm": occupied, "seat3_ohm": empty, "seat4_ohm": _ramp(10200.0, 300.0, 0.3),
            "seat5_ohm": occupied, "seat6_ohm": empty}
    d = _diagnose(cols, "cabin_sensors.csv")
    assert (d.category, d.subsystem) == (Category.BODY, "seats"), d.root_cause
    assert "seat4" in d.root_cause
    # and occupied seats beside empty ones, all holding, are healthy
    cols["seat4_ohm"] = empty
    assert _diagnose(cols, "cabin_sensors.csv").category is Category.NONE


def test_a_drift_after_a_noisy_flat_start_is_found_from_where_it_began():
    # Given a 12 V net wandering around 14.1 V (its noise either way of the first stretch), then falling evenly
    flat = [14.147, 14.074, 14.056, 14.088, 14.126, 14.135, 14.073, 14.073, 14.073, 14.113, 14.159, 14.097]
    d = trend.drift([*flat, 13.972, 13.747, 13.649, 13.413, 13.243, 13.099, 12.824, 12.759, 12.557, 12.41])
    # Then the drift starts where the fall did
    assert d is not None and d.start == len(flat) - 1 and d.change < -1.5


def test_cell_extremes_in_millivolts_drifting_apart_evenly_are_a_weak_cell():
    # Given a charge whose cell min / max (mV) spread widens evenly from 14 to 77 mV (below the 100 mV of
    # a plain spread)
    d = _diagnose({"cell_vmin_mv": _ramp(3646.0, 4112.0, noise=0.5), "cell_vmax_mv": _ramp(3660.0, 4189.0, noise=0.5)},
                  "bms_signals.csv")
    assert (d.category, d.subsystem) == (Category.BATTERY_BMS, "cell"), d.root_cause
    # and one widening to 40 mV only is healthy
    d = _diagnose({"cell_vmin_mv": _ramp(3646.0, 4112.0, noise=0.5), "cell_vmax_mv": _ramp(3660.0, 4152.0, noise=0.5)},
                  "bms_signals.csv")
    assert d.category is Category.NONE, d.root_cause


def test_a_long_table_keeps_one_series_per_part_it_names():
    # Given TPMS frames, one row per wheel per cycle (FRONT, REAR, FRONT...), the rear losing pressure
    rows = ["ts,sensor_id,wheel,pressure_kpa,mode"]
    for i in range(300):
        t = f"2026-12-01T10:{i // 30:02d}:{i % 30 * 2:02d}.000Z"
        rows.append(f"{t},0x3A1F07,FRONT,228,{'CRUISE' if i > 100 else 'START'}")
        rows.append(f"{t},0x4F21A7,REAR,{250 - 80 * max(0, i - 60) / 240:.1f},{'CRUISE' if i > 100 else 'START'}")
    f = summarize_stream(io.BytesIO("\n".join(rows).encode()), batch_id="b_test", file_id="f_1",
                         file_name="tpms_frames.csv")
    # Then each wheel is its own series (the mode, which holds for runs of rows, names none)
    names = sorted(s.name for s in f.signals)
    assert names == ["wheel.FRONT.pressure_kpa", "wheel.REAR.pressure_kpa"], names
    d = diagnose_rules(batch_summary(f))
    assert (d.category, d.subsystem) == (Category.BRAKES_CHASSIS, "tpms"), d.root_cause
def _creep(a: float, b: float, start: float = 0.0, noise: float = 0.0):
    """a until ``start``, then a move to b that speeds up (quadratic in time): a runaway, not a warm-up."""
    def f(i, rnd):
        x = max(0.0, (i / N - start) / (1.0 - start))
        return a + (b - a) * x * x + rnd.gauss(0, noise)
    return f


def test_a_creep_that_speeds_up_is_a_drift_and_a_warm_up_that_slows_is_not():
    creep = [0.2 + 14.0 * (i / 27) ** 2 for i in range(28)]
    d = trend.drift(creep)
    assert d is not None and d.change > 10
    assert trend.drift([90 - 70 * math.exp(-i / 6) for i in range(28)]) is None


def test_a_sensor_offset_walking_away_is_the_sensor_the_file_names():
    # Given a CSV of an inverter's measurements (its file names the writer; the columns do not)
    cols = {"i_phase_u_offset_a": _creep(0.2, 14.0, 0.1, 0.05), "i_phase_v_offset_a": _flat(-0.1, 0.05),
            "motor_rpm": _flat(5000.0, 50.0)}
    # Then a phase current offset creeping away from its calibration is the inverter's
    d = _diagnose(cols, "inv_xcp_export.csv")
    assert (d.category, d.subsystem) == (Category.POWERTRAIN, "inverter")
    # and an offset holding near its calibration is none
    cols["i_phase_u_offset_a"] = _flat(0.2, 0.05)
    assert _diagnose(cols, "inv_xcp_export.csv").category is Category.NONE


def test_a_gyro_bias_walking_away_is_the_localization():
    d = _diagnose({"gyro_bias_z_dps": _creep(0.01, 0.4, 0.1, 0.004), "gnss_sats": _flat(16.0, 0.3)})
    assert (d.category, d.subsystem) == (Category.ADAS_PERCEPTION, "localization")
    # (a car's lateral offset from its lane is a place, not a sensor's offset)
    assert _diagnose({"lane_offset_m": _ramp(0.05, 0.6, 0.1, 0.9, 0.01)}).category is Category.NONE


def test_a_converter_output_sinking_steadily_is_the_dcdc_and_a_set_point_step_is_not():
    d = _diagnose({"dcdc_out_v": _ramp(14.2, 12.0, 0.1, 0.9, 0.03), "speed_kph": _flat(90.0, 2.0)})
    assert (d.category, d.subsystem) == (Category.POWER_SUPPLY, "dcdc")
    step = lambda i, rnd: (14.3 if i < N // 2 else 13.6) + rnd.gauss(0, 0.03)  # noqa: E731
    assert _diagnose({"dcdc_out_v": step, "speed_kph": _flat(90.0, 2.0)}).category is Category.NONE


def test_a_feedback_drifting_away_from_its_command_is_the_part():
    # Given a pump's speed sinking while its command held (and later asked for more)
    cmd = lambda i, rnd: 2600.0 if i < N // 2 else 3400.0  # noqa: E731
    d = _diagnose({"pump_cmd_rpm": cmd, "pump_rpm": _ramp(2600.0, 1400.0, 0.3, 1.0, 5.0)})
    assert (d.category, d.subsystem) == (Category.THERMAL, "pump")
    # and a speed that follows its command down is none
    d = _diagnose({"pump_cmd_rpm": _ramp(2600.0, 1400.0, 0.3, 1.0), "pump_rpm": _ramp(2600.0, 1400.0, 0.3, 1.0, 5.0)})
    assert d.category is Category.NONE


def test_a_limit_cut_after_a_drift_is_a_derate_read_from_the_numbers():
    # Given a converter output sinking steadily, and the power limit beside it cut at the end
    cut = lambda i, rnd: 150.0 if i < 0.9 * N else 90.0  # noqa: E731
    cols = {"dcdc_out_v": _ramp(14.2, 12.0, 0.1, 0.9, 0.03), "pwr_limit_kw": cut}
    d = _diagnose(cols)
    # Then the vehicle derated: high
    assert (d.subsystem, d.risk_level) == ("dcdc", RiskLevel.HIGH)
    # and with the limit held, the drift alone is medium
    cols["pwr_limit_kw"] = _flat(150.0)
    assert _diagnose(cols).risk_level is RiskLevel.MEDIUM


def _diagnose_untimed(columns: dict[str, object], seed: int = 5):
    """As ``_diagnose``, for a measurement export whose rows carry seconds since its start, no clock."""
    rnd = random.Random(seed)
    rows = ["time_s," + ",".join(columns)]
    rows += [f"{2 * i:.3f}," + ",".join(f"{f(i, rnd):.3f}" for f in columns.values())  # type: ignore[operator]
             for i in range(N)]
    f = summarize_stream(io.BytesIO("\n".join(rows).encode()), batch_id="b_test", file_id="f_1", file_name="x.csv")
    return diagnose_rules(batch_summary(f))


def test_an_excursion_the_signal_settles_from_at_the_start_is_where_it_started_even_without_a_clock():
    # Given an evaporator pulled down from cabin heat to its set point (a first-order approach), no clock
    cols = {"evap_out_c": _approach(30.0, 4.0, tau=0.1, noise=0.3), "comp_rpm": _flat(4000.0, 30.0)}
    # Then the start is where it began, not a fault
    assert _diagnose_untimed(cols).category is Category.NONE
    # and the same departure in the middle of the recording is one
    cols["evap_out_c"] = lambda i, rnd: (30.0 if N // 2 <= i < N // 2 + 60 else 4.0) + rnd.gauss(0, 0.3)
    assert _diagnose_untimed(cols).category is not Category.NONE
