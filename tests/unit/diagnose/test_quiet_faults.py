"""Faults that never log an error: a level the format states as a number, an AUTOSAR Dem event that
failed, a warning the vehicle reacted to; and a request a working peer rejected is no fault."""

from datetime import timedelta

from functions.core.domain.contracts import BatchSummary, Category, Evidence, Severity, TemplateStat, TimeRange
from functions.diagnose.knowledge import explicit_level
from functions.diagnose.rules import diagnose_rules
from tests.unit.diagnose.builders import T0


def _t(excerpt: str, count: int, severity: Severity, first_s: float | None, last_s: float | None = None,
       file_id: str = "f_1") -> TemplateStat:
    at = T0 + timedelta(seconds=first_s) if first_s is not None else None
    end = T0 + timedelta(seconds=last_s if last_s is not None else first_s) if first_s is not None else None
    return TemplateStat(template=excerpt, count=count, severity=severity, first_seen=at, last_seen=end,
                        sample=Evidence(file_id=file_id, line=1, timestamp=at, excerpt=excerpt))


def _summary(*templates: TemplateStat) -> BatchSummary:
    return BatchSummary(batch_id="b", vehicle_id="v", vin="V", files=[], templates=list(templates),
                        time_range=TimeRange(start=T0, end=T0 + timedelta(minutes=30)))


def test_slog2_states_its_severity_as_a_number():
    line = "Oct 04 08:32:38.750 wdtkick.1573             main 0 hardware watchdog expired, system reset"
    assert explicit_level(line) is Severity.CRITICAL
    assert explicit_level(line.replace(" main 0 ", " main 2 ")) is Severity.ERROR
    assert explicit_level(line.replace(" main 0 ", " main 3 ")) is Severity.WARNING
    assert explicit_level(line.replace(" main 0 ", " main 5 ")) is Severity.INFO


def test_a_slog2_watchdog_reset_at_level_0_is_a_fault():
    line = "Oct 04 08:32:38.750 wdtkick.1573             main 0 hardware watchdog expired, system reset"
    s = _summary(_t(line, 1, Severity.INFO, 600))
    assert diagnose_rules(s).category is Category.SOFTWARE_PLATFORM


def test_an_autosar_dem_event_status_is_the_ecus_verdict():
    assert explicit_level("514200.000 ms Dem   Dem_SetEventStatus(EventId=0x0A78, FAILED) IGBT desat") is Severity.ERROR
    assert explicit_level("17077.200 ms Dem   Dem_SetEventStatus(EventId=0x0033, PASSED)") is Severity.INFO
    assert explicit_level("Dem_ReportErrorStatus(12, DEM_EVENT_STATUS_PREFAILED)") is Severity.WARNING


def test_a_failed_dem_event_placed_by_a_millisecond_clock_is_a_fault():
    # No wall-clock time: the trace's own milliseconds place the event half-way through its file.
    s = _summary(
        _t("15148.697 ms BswM  BswM_MainFunction mode=RUN req=0x01", 300, Severity.INFO, None),
        _t("514200.000 ms Dem   Dem_SetEventStatus(EventId=0x0A78, FAILED) phase W IGBT desaturation",
           1, Severity.ERROR, None),
        _t("989148.697 ms BswM  BswM_MainFunction mode=RUN req=0x03", 300, Severity.INFO, None),
    )
    assert diagnose_rules(s).category is Category.POWERTRAIN


def test_a_warning_with_an_onset_and_a_reaction_of_its_part_is_a_fault():
    contrast = _t("W0913 08:20:05.677092  5250 lane_det.cc:210] camera image contrast low (0.55)", 49,
                  Severity.WARNING, 240, 1700)
    lka = _t("W0913 08:27:38.546999  4074 lka_arb.cc:52] LKA unavailable: lane confidence below 0.3 "
             "(camera blockage suspected)", 1, Severity.WARNING, 700)
    assert diagnose_rules(_summary(contrast, lka)).category is Category.ADAS_PERCEPTION
    # either alone stays a warning
    assert diagnose_rules(_summary(contrast)).category is Category.NONE
    assert diagnose_rules(_summary(lka)).category is Category.NONE


def test_a_reaction_does_not_prove_another_parts_routine_complaint():
    drops = _t("W1110 15:54:40.988366  3242 camera_driver.cc:310] cam_front: dropped 2 frame(s), seq gap", 2,
               Severity.WARNING, 240, 400)
    gnss = _t("W1107 07:56:35.260996  5427 hwp.cc:55] highway pilot not available: gnss accuracy 3.1 m",
              1, Severity.WARNING, 500)
    assert diagnose_rules(_summary(drops, gnss)).category is Category.NONE


def test_a_request_a_controller_rejected_is_no_fault():
    line = "Sep 23 15:15:48 zcu-front bluetoothd[2097]: Failed to set privacy: Rejected (0x0b)"
    assert diagnose_rules(_summary(_t(line, 1, Severity.ERROR, 600))).category is Category.NONE


def test_a_recurring_error_that_began_right_after_a_one_off_fault_of_its_part_is_no_background():
    # 20 min batch: the timeouts start 2 min in and recur to the end, which alone looks like background;
    # they began 20 s after the modem's one-off "not responding" line (filed at info).
    first = _t("tcu ModemManager[7279]: modem0: firmware not responding to AT, QMI channel closed", 1,
               Severity.INFO, 100)
    timeouts = _t("tcu ModemManager[7279]: modem0: registration state 'searching', AT timeout (5)", 55,
                  Severity.ERROR, 120, 1790)
    assert diagnose_rules(_summary(first, timeouts)).category is Category.CONNECTIVITY_NETWORK
    # without the event, the same recurring line is the vehicle's routine
    assert diagnose_rules(_summary(timeouts)).category is Category.NONE
    # an event of another part does not start it
    # (a scan that "aborted" is no crash: the Wi-Fi driver's own crash names the other part)
    other = _t("tcu wpa_supplicant[11]: wlan0: firmware not responding, driver crashed", 1, Severity.INFO, 100)
    assert diagnose_rules(_summary(other, timeouts)).category is Category.NONE


def _window(file_id: str, minutes: int):
    from functions.core.domain.contracts import SeverityTimeline

    return SeverityTimeline(file_id=file_id, start=T0, bucket_seconds=60.0, counts={"info": [10] * minutes})


def _lidar_batch(*extra: TemplateStat) -> BatchSummary:
    status = _t("[INFO] [1795591876.66] [lidar_driver]: lidar_front: 10.0 Hz, 118745 pts/scan", 90,
                Severity.INFO, 2, 450)
    planner = _t("[INFO] [1795591876.70] [planner]: cycle 12: 30 obstacles, plan 23.5 ms", 1200, Severity.INFO, 1, 1199)
    s = _summary(status, planner, *extra)
    return s.model_copy(update={"timelines": [_window("f_1", 20)],
                                "time_range": TimeRange(start=T0, end=T0 + timedelta(minutes=20))})


def test_a_periodic_status_line_that_stops_before_its_system_complains_is_a_fault():
    stale = _t("[WARN] [1795592344.66] [fusion]: running on camera+radar, lidar input stale", 1, Severity.WARNING, 463)
    d = diagnose_rules(_lidar_batch(stale))
    assert d.category is Category.ADAS_PERCEPTION
    assert d.subsystem == "lidar"


def test_a_status_line_that_ends_with_no_complaint_is_a_phase_that_ended():
    assert diagnose_rules(_lidar_batch()).category is Category.NONE
    # a complaint long after the silence is not its consequence
    late = _t("[WARN] [1795592344.66] [fusion]: running on camera+radar, lidar input stale", 1, Severity.WARNING, 900)
    assert diagnose_rules(_lidar_batch(late)).category is Category.NONE


def test_stopped_needs_a_line_present_from_the_start_and_a_long_silence():
    from functions.core.domain.absence import stopped

    end = T0 + timedelta(seconds=450)
    assert stopped(90, T0 + timedelta(seconds=2), end, T0, 1200.0) is not None
    assert stopped(90, T0 + timedelta(seconds=300), end, T0, 1200.0) is None  # began late: a phase
    assert stopped(90, T0 + timedelta(seconds=2), T0 + timedelta(seconds=1150), T0, 1200.0) is None  # to the end
    assert stopped(5, T0 + timedelta(seconds=2), end, T0, 1200.0) is None  # not periodic


def _signal(name: str, unit: str, first: float, median: float, value: float, samples: int = 300):
    from functions.core.domain.contracts import SignalExcursion, SignalStat

    lo, hi = min(first, value, median), max(first, value, median)
    return SignalStat(name=name, unit=unit, file_id="f_1", count=900, min=lo, max=hi, mean=median, median=median,
                      mad=2.0, first=first, last=median,
                      excursion=SignalExcursion(value=value, score=50.0, samples=samples))


def _signals(*signals) -> BatchSummary:
    return BatchSummary(batch_id="b", vehicle_id="v", vin="V", files=[], signals=list(signals))


def test_a_temperature_that_starts_cold_without_times_is_a_warm_up():
    assert diagnose_rules(_signals(_signal("coolant_temp", "", 24.2, 87.6, 24.1))).category is Category.NONE
    # a fan that ran at the start and then stopped also starts away from its median: still a finding
    fan = _signal("fan_rpm", "rpm", 1150.0, 0.0, 1180.0)
    assert diagnose_rules(_signals(fan)).category is not Category.NONE


def test_brake_line_pressure_and_engine_speed_follow_the_driver():
    assert diagnose_rules(_signals(_signal("brake_pressure_bar", "bar", 0.0, 0.5, 12.9))).category is Category.NONE
    assert diagnose_rules(_signals(_signal("engine_rpm", "rpm", 2600.0, 2685.0, 741.0))).category is Category.NONE


def test_an_assertion_the_process_carried_on_past_is_no_crash():
    base = 'ts=2025-12-15T20:13:05.000Z level=error comp=tester msg="assert failed in plugin report_pdf.cc:41{}"'
    assert diagnose_rules(_summary(_t(base.format(" (debug build), continuing"), 1, Severity.ERROR, 600))).category \
        is Category.NONE
    assert diagnose_rules(_summary(_t(base.format(""), 1, Severity.ERROR, 600))).category \
        is Category.SOFTWARE_PLATFORM


def test_an_error_that_calls_its_output_unreliable_or_drifting_reports_a_fault():
    drift = _t("E0109 15:27:25.000000  1582 localization.cc:230] MSF fusion: position drift, std_xy 2.8 m > 0.3 m",
               1, Severity.ERROR, 600)
    unreliable = _t("E0109 15:27:26.000000   925 planner.cc:120] localization unreliable, request driver takeover",
                    1, Severity.ERROR, 601)
    assert diagnose_rules(_summary(drift, unreliable)).category is Category.ADAS_PERCEPTION
