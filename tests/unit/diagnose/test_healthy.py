"""Healthy batches stay healthy by mechanism: a fault word the line negates is no error, and an error
that recurs all through the file that logs it is that file's routine, whatever the batch's span."""

from datetime import timedelta

import pytest

from functions.core.domain.contracts import BatchSummary, Category, Evidence, SeverityTimeline, TemplateStat, TimeRange
from functions.diagnose.rules import diagnose_rules
from functions.parse.severity import ERROR, INFO, WARNING, keyword_rank
from tests.unit.diagnose.builders import T0


@pytest.mark.parametrize("line", [
    "self-test complete: no active faults", "can0 stats: rx_errors=none tx_errors=none",
    "error: none", "flashing finished without error", "fault=false", "DTC scan: 0 active faults found",
])
def test_a_negated_or_zero_fault_word_is_not_an_error(line):
    assert keyword_rank(line) < WARNING


@pytest.mark.parametrize("line", [
    "no response from lidar, timeout", "can0 rx errors: 5", "error count 12", "voltage 0.0 error",
    "errors: 0; fault detected", "module not responding error",
])
def test_a_fault_word_that_is_not_negated_stays_an_error(line):
    assert keyword_rank(line) >= ERROR


@pytest.mark.parametrize(("zero", "some"), [("0 errors, 0 warnings", "3 errors, 1 warnings"), ("errors=0", "errors=7")])
def test_the_rank_never_depends_on_digit_values(zero, some):
    # A line's severity is decided once per line shape (digits zeroed): both lines of a shape agree.
    assert keyword_rank(zero) == keyword_rank(some)


def test_plain_status_lines_stay_info():
    assert keyword_rank("pack SOC=61.2% V=398.1") == INFO


def _summary(first_s: float, last_s: float, count: int, file_window_s: float | None) -> BatchSummary:
    """A two-hour batch; the error template lives in file f_2, which covers only ``file_window_s``."""
    sample = Evidence(file_id="f_2", line=5, timestamp=T0 + timedelta(seconds=first_s),
                      excerpt="gnss_driver[77]: [ERROR] GNSS receiver checksum mismatch, frame dropped")
    t = TemplateStat(template="gnss_driver[<*>]: [ERROR] GNSS receiver checksum mismatch, frame dropped",
                     count=count, first_seen=T0 + timedelta(seconds=first_s), last_seen=T0 + timedelta(seconds=last_s),
                     sample=sample)
    timelines = []
    if file_window_s is not None:
        start = T0 + timedelta(seconds=first_s - 10)
        timelines.append(SeverityTimeline(file_id="f_2", start=start, bucket_seconds=60.0,
                                          counts={"error": [1] * int(file_window_s // 60)}))
    return BatchSummary(batch_id="b", vehicle_id="v", vin="V", files=[], templates=[t],
                        time_range=TimeRange(start=T0, end=T0 + timedelta(hours=2)), timelines=timelines)


def test_an_error_all_through_its_own_short_file_is_routine():
    # f_2 covers 10 minutes late in a two-hour batch and logs the error from its start to its end
    s = _summary(first_s=5000, last_s=5590, count=60, file_window_s=600)
    assert diagnose_rules(s).category is Category.NONE


def test_the_same_error_is_a_fault_when_it_starts_late_in_the_only_span_known():
    # no file window: against the batch span the error has an onset (a change) late in the recording
    s = _summary(first_s=5000, last_s=5590, count=60, file_window_s=None)
    assert diagnose_rules(s).category is Category.ADAS_PERCEPTION


def _dmesg(*lines: tuple[float, str, int, str]) -> BatchSummary:
    """Kernel lines with only the seconds-since-boot clock: (uptime, template, count, severity)."""
    templates = [
        TemplateStat(template=text, count=n, severity=sev,
                     sample=Evidence(file_id="f_k", line=i + 1, excerpt=f"[{up:12.6f}] {text}"))
        for i, (up, text, n, sev) in enumerate(lines)
    ]
    return BatchSummary(batch_id="b", vehicle_id="v", vin="V", files=[], templates=templates)


BOOT = (0.0, "Booting Linux on physical CPU 0x0", 1, "info")
LATE = (1400.0, "mmc0: new HS400 MMC card at address 0001", 1, "info")


def test_a_guessed_critical_line_recurring_without_a_time_is_not_proof_alone():
    s = _dmesg(BOOT, (260.0, "can0: bus-off recovery not required, error counters tx=4 rx=2", 3, "critical"), LATE)
    assert diagnose_rules(s).category is Category.NONE


def test_a_line_logged_as_the_unit_boots_is_its_initial_condition():
    s = _dmesg(BOOT, (2.5, "thermal thermal_zone0: critical temperature below minimum (-24C)", 1, "critical"), LATE)
    assert diagnose_rules(s).category is Category.NONE


def test_a_one_off_event_well_after_boot_has_an_onset_and_is_a_fault():
    s = _dmesg(BOOT, (1300.0, "Out of memory: Killed process 2317 (map_cache_srv)", 1, "critical"), LATE)
    assert diagnose_rules(s).category is Category.SOFTWARE_PLATFORM


def test_a_stated_fatal_level_is_the_writers_judgement_even_without_a_time():
    s = _dmesg(BOOT, (260.0, "[FATAL] can0: bus-off, controller stopped", 3, "critical"), LATE)
    assert diagnose_rules(s).category is Category.CONNECTIVITY_NETWORK
