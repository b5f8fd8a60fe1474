"""Faults the engine missed on passenger-car logs of four OEM cultures: a tester trace with a bare DLC
column, a follow-up that reports the failure again, a watchdog that fired, a code that names its system
only, a GLib daemon's bracketed level, a charging current, unitless cell voltages."""

from __future__ import annotations

import io

from functions.core.domain.contracts import Category, Severity
from functions.diagnose.knowledge import best_subsystem, explicit_level
from functions.diagnose.rules import diagnose_rules
from functions.parse.summarize import summarize_stream
from tests.unit.diagnose.builders import NOISE, at, batch_summary, code, file_summary, signal, tpl


def test_a_tester_trace_with_a_bare_dlc_column_is_read_and_its_multi_frame_dtc_report_decoded():
    # Given a raw ISO-TP session as a tester prints it: time, CAN id, direction, DLC, eight bytes; the
    # 0x59 0x02 answer spans a first frame and a consecutive frame
    data = (
        b"16:30:05.969  752  Tx  8  03 19 02 09 AA AA AA AA\n"
        b"16:30:06.073  75A  Rx  8  03 7F 19 78 AA AA AA AA\n"
        b"16:30:06.212  75A  Rx  8  10 0B 59 02 FF 80 01 1B\n"
        b"16:30:06.214  752  Tx  8  30 00 00 AA AA AA AA AA\n"
        b"16:30:06.214  75A  Rx  8  21 2F C1 55 00 28 AA AA\n"
    )
    s = summarize_stream(io.BytesIO(data), batch_id="b_test", file_id="f_1", file_name="acu_uds.trc")
    # Then it is a hex trace, and the airbag squib code comes out with its confirmed status
    assert s.format == "hex-trace" and s.error is None
    assert "B0001-1B/confirmed" in {c.code for c in s.codes}


def _update(*follow_up: str):
    f = file_summary("f_tcu", [
        *NOISE[:1],
        at(tpl("ota-agent[1290]: install state FAILED code=OTA_E_VERIFY pkg=<*>", 1, line=20), 600),
        *(at(tpl(t, 1, Severity.INFO, line=21 + i), 608) for i, t in enumerate(follow_up)),
    ])
    return diagnose_rules(batch_summary(f))


def test_a_follow_up_that_reports_the_failure_again_is_no_successful_retry():
    # Given an update that failed, then the campaign reported as failed and rolled back
    d = _update("ota-agent[1290]: report campaign <*> status=FAILED_ROLLED_BACK")
    # Then the failed update is the fault
    assert (d.category, d.subsystem) == (Category.SOFTWARE_PLATFORM, "ota"), d.root_cause
    # while a follow-up that says it worked is the retry that fixed it
    assert _update("ota-agent[1290]: install state retried, campaign <*> installed").category is Category.NONE
    # (a warning word, "retry", is no failure: "ok after retry" is the success)
    assert _update("ota-agent[1290]: install of pkg=<*> ok after retry").category is Category.NONE


def _watchdog(*before):
    f = file_summary("f_hu", [
        *NOISE[:1], *before,
        at(tpl("E ActivityManager: Watchdog: *** WATCHDOG KILLING SYSTEM PROCESS: Blocked in <*>", 1, line=40), 610),
        at(tpl("I ActivityManager: System now ready (boot after watchdog)", 1, Severity.INFO, line=41), 619),
    ])
    return diagnose_rules(batch_summary(f))


def test_a_watchdog_that_fired_is_no_hiccup_and_the_memory_that_ran_out_before_it_is_the_cause():
    # Given a watchdog that killed the frame-work once, which came back nine seconds later
    d = _watchdog()
    # Then it is a fault of the platform (the restart is the watchdog's reaction, not a ride-through)
    assert (d.category, d.subsystem) == (Category.SOFTWARE_PLATFORM, "watchdog"), d.root_cause
    # and a low-memory warning twelve seconds before it names what starved the system
    low = at(tpl("W ActivityManager: Low on memory: NavApp (pid <*>) RSS <*> GB", 1, Severity.WARNING, line=39), 598)
    assert _watchdog(low).subsystem == "oom"
    # (a warning long before is no precursor)
    old = at(tpl("W ActivityManager: Low on memory: NavApp (pid <*>) RSS <*> GB", 1, Severity.WARNING, line=39), 60)
    assert _watchdog(old).subsystem == "watchdog"


def test_the_steering_wheel_keys_are_the_hmi_not_the_steering():
    assert best_subsystem("touch input unavailable on center_display, rotary/steering keys only") == "hmi"
    assert best_subsystem("steering wheel buttons not responding") is None
    assert best_subsystem("steering assist reduced") == "eps"


def test_a_code_that_names_only_its_system_leaves_the_part_to_the_words():
    # Given a body code of the manufacturer's range (B1xxx: body, no part) and the lock's own error line
    f = file_summary("f_bcm", [
        *NOISE[:1],
        at(tpl("E CarService: central locking incomplete, alarm arming blocked (zone RR)", 1, line=30), 300),
    ], [code("B1A56-92/confirmed", 1, Severity.WARNING, excerpt="748 UDS 59 02 FF 9A 56 92 09")])
    d = diagnose_rules(batch_summary(f))
    # Then the door lock is named, not the body's first subsystem (airbag) with an airbag's risk
    assert (d.category, d.subsystem) == (Category.BODY, "doors"), d.root_cause
    assert d.risk_level.value != "high"


def test_a_glib_daemons_bracketed_level_is_a_stated_level():
    line = "Oct  4 01:31:13 tcu ModemManager[612]: <warn>  [modem0] couldn't refresh operator name: timeout"
    assert explicit_level(line) is Severity.WARNING
    assert explicit_level("Oct  4 01:31:13 tcu NetworkManager[598]: <info>  [1700] device (wwan0): ok") is Severity.INFO
    assert explicit_level("<131>1 2026-10-04T01:31:13Z tcu app - - - started") is None


def test_a_current_in_amperes_is_what_the_load_draws_whatever_its_name():
    # Given a DC fast charge whose pack current tapers from -409 A to -168 A (a name with no "current")
    f = file_summary("f_chg", NOISE[:1])
    f.signals = [signal("pack_i_a", "A", -409.2, -167.8, -407.4, 4.4, excursion=-167.5)]
    # Then the taper is no fault
    assert diagnose_rules(batch_summary(f)).category is Category.NONE


def test_unitless_cell_voltages_drifting_apart_are_a_weak_cell():
    # Given a cell CSV's cell_vmax / cell_vmin columns without a unit: 8 mV apart at the start, 116 mV at the end
    f = file_summary("f_cells", NOISE[:1])
    f.signals = [signal("cell_vmax", "", 3.924, 4.053, 3.977, 0.04),
                 signal("cell_vmin", "", 3.916, 3.937, 3.931, 0.005)]
    d = diagnose_rules(batch_summary(f))
    assert (d.category, d.subsystem) == (Category.BATTERY_BMS, "cell"), d.root_cause
    # (the same columns numbering the cells are no voltages)
    f.signals = [signal("cell_vmax_no", "", 12, 37, 37, 1), signal("cell_vmin_no", "", 80, 80, 19, 7)]
    assert diagnose_rules(batch_summary(f)).category is Category.NONE


def test_a_corner_group_named_by_its_unit_is_the_tyres():
    # Given a stream of tyre pressures grouped as kpa.fl .. kpa.rr (no unit field): the front right leaks
    f = file_summary("f_stream", NOISE[:1])
    f.signals = [signal("kpa.fl", "", 242.6, 242.8, 242.0, 0.4), signal("kpa.fr", "", 241.8, 197.4, 221.5, 13.0),
                 signal("kpa.rl", "", 238.6, 238.2, 238.1, 0.4), signal("kpa.rr", "", 239.0, 238.7, 239.0, 0.4)]
    d = diagnose_rules(batch_summary(f))
    assert (d.category, d.subsystem) == (Category.BRAKES_CHASSIS, "tpms"), d.root_cause


def test_a_function_that_aborted_is_no_process_crash():
    assert best_subsystem("feature=apa state=aborted reason=uss fault") == "ultrasonic"
    assert best_subsystem("navd[812]: aborted (core dumped)") == "crash"
    assert best_subsystem("[exception: data abort @0x0802f1c4, core 1, resetting]") == "crash"


def test_a_sensor_channel_in_volts_is_no_supply_net():
    # Given a pedal-travel sensor's channel B jumping from 1.2 V to 4.7 V (its 0-5 V output), no other evidence
    f = file_summary("f_sensor", NOISE[:1])
    f.signals = [signal("pws_b_v", "V", 1.186, 4.699, 4.685, 0.03, excursion=1.17)]
    # Then it is not read as the 12 V battery
    assert diagnose_rules(batch_summary(f)).category is not Category.POWER_SUPPLY
    # while a 12 V net sagging to 9 V is
    f.signals = [signal("kl30_v", "V", 12.6, 9.1, 12.5, 0.05, excursion=9.0)]
    assert diagnose_rules(batch_summary(f)).category is Category.POWER_SUPPLY


def test_a_precharge_that_aborted_is_no_charging_session_stopped():
    from functions.diagnose.knowledge import RISK_MARKERS

    def high(text: str) -> bool:
        return any(rx.search(text) for rx, risk in RISK_MARKERS if risk.value == "high")

    assert not high("cont: precharge aborted, relays opened, retry in 2 s")
    assert high("charge aborted by the evse")


def test_the_control_pilots_levels_are_the_charging_interface():
    # IEC 61851: the control pilot's high level (CP) is what the vehicle and the EVSE signal each other by
    assert best_subsystem("cp high v") == "charging"
    assert best_subsystem("cp duty pct") == "charging"
