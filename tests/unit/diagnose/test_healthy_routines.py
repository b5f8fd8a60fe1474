"""What a healthy vehicle's routine looks like next to a fault: a pending code whose next monitor run
passed, a retry its writer announced and that worked, a writer saying it recovered, a limit stated
beside a reading, a bus-off while the unit boots, a test whose overall verdict passed, a crash its
supervisor restarted before anyone missed it. Each beside the fault it must not hide."""

from datetime import timedelta

from functions.core.domain.contracts import (
    BatchSummary,
    Category,
    CodeKind,
    CodeStat,
    Evidence,
    Severity,
    TemplateStat,
    TimeRange,
)
from functions.diagnose.rules import diagnose_rules
from tests.unit.diagnose.builders import T0


def _t(excerpt: str, first_s: float | None, severity: Severity = Severity.INFO, count: int = 1,
       file_id: str = "f_1") -> TemplateStat:
    at = T0 + timedelta(seconds=first_s) if first_s is not None else None
    return TemplateStat(template=excerpt, count=count, severity=severity, first_seen=at, last_seen=at,
                        sample=Evidence(file_id=file_id, line=1, timestamp=at, excerpt=excerpt))


def _code(value: str, status: str, first_s: float, excerpt: str) -> CodeStat:
    at = T0 + timedelta(seconds=first_s)
    return CodeStat(code=value, kind=CodeKind.DTC, count=1, severity=Severity.WARNING, status=status,
                    first_seen=at, last_seen=at, sample=Evidence(file_id="f_1", line=1, timestamp=at, excerpt=excerpt))


def _summary(*templates: TemplateStat, codes: tuple[CodeStat, ...] = ()) -> BatchSummary:
    return BatchSummary(batch_id="b", vehicle_id="v", vin="V", files=[], templates=list(templates),
                        codes=list(codes), time_range=TimeRange(start=T0, end=T0 + timedelta(minutes=40)))


def test_a_pending_code_read_again_later_as_no_longer_failing_healed():
    # Given an evaporative leak test that failed once (pending) and passed on the next cycle (status 0x20)
    failed = _code("P0456-00/pending", "pending", 300, "EVAP leak test: result FAIL, DTC P0456-00 status 0x27")
    passed = _code("P0456/stored", "stored", 2700, "EVAP leak test: PASS on following cycle, P0456 status 0x20")
    # Then the later status is the current one: nothing is failing; without it the pending code is reported
    assert diagnose_rules(_summary(codes=(failed, passed))).category is Category.NONE
    assert diagnose_rules(_summary(codes=(failed,))).category is Category.POWERTRAIN


def test_a_retry_the_writer_announced_and_that_worked_is_no_fault():
    reject = _t("Sep 25 15:17:56 tcu01 modemd[540]: ATTACH reject cause #17 (network failure), retry 1/5 in 4s",
                600, Severity.ERROR)
    accept = _t("Sep 25 15:18:02 tcu01 modemd[540]: ATTACH accept, PDN up apn=iot.argus", 606)
    assert diagnose_rules(_summary(reject, accept)).category is Category.NONE
    assert diagnose_rules(_summary(reject)).category is Category.CONNECTIVITY_NETWORK


def test_a_writer_that_says_it_recovered_recovered_whatever_words_it_uses():
    timeout = _t("2026-07-10T11:45:05.000749+0000 hu mqttc[703]: publish timeout mid=40211, queued to disk",
                 600, Severity.ERROR)
    back = _t("2026-07-10T11:46:17.002147+0000 hu mqttc[703]: reconnected, flushing 23 queued messages", 672)
    assert diagnose_rules(_summary(timeout, back)).category is Category.NONE
    assert diagnose_rules(_summary(timeout)).category is not Category.NONE


def test_a_limit_stated_beside_a_reading_is_no_timeout():
    line = "2026-04-15T13:14:52.000416+0000 vcu nm[288]: node 0x17 (IVI) kept bus awake 41 s after release{}"
    assert diagnose_rules(_summary(_t(line.format(" (timeout 45 s)"), 600, Severity.ERROR))).category is Category.NONE
    assert diagnose_rules(_summary(_t(line.format(", wake timeout"), 600, Severity.ERROR))).category is Category.BODY


def _dmesg(bus_off_s: float) -> BatchSummary:
    # A kernel log without wall-clock times: its first occurrences lie between 3.2 s and 5.0 s of uptime,
    # so the file's own clock cannot tell when it booted.
    return _summary(
        _t("[    3.236650] audit: type=1130 audit(325.825:502): res=success", None, count=40),
        _t(f"[ {bus_off_s:10.6f}] gs_usb 1-1:1.0 can1: bus-off", None, Severity.CRITICAL, count=2),
        _t("[    5.012345] thermal thermal_zone1: trip point temp 55000 below limit", None, count=30),
    )


def test_a_bus_off_in_the_first_seconds_of_the_kernels_uptime_was_logged_as_it_booted():
    assert diagnose_rules(_dmesg(4.300462)).category is Category.NONE


def test_a_self_test_whose_overall_verdict_passed_found_no_fault():
    item = _t("Mar 18 06:40:22 bcm selftest[120]: REAR_CARRIER_LAMP: FAIL open load", 600, Severity.ERROR)
    passed = _t("Mar 18 06:40:36 bcm selftest[120]: self test result: PASS (2 optional items absent)", 614)
    failed = _t("Mar 18 06:40:36 bcm selftest[120]: self test result: FAIL (1 item)", 614)
    assert diagnose_rules(_summary(item, passed)).category is Category.NONE
    assert diagnose_rules(_summary(item, failed)).category is Category.BODY


def _crash(*after: TemplateStat) -> BatchSummary:
    return _summary(
        _t("08-14 01:43:51.000  1370  1379 F libc          : Fatal signal 11 (SIGSEGV), code 1 (SEGV_MAPERR) "
           "in tid 4411 (MediaDecoder), pid 4390 (com.argus.media)", 600, Severity.CRITICAL),
        _t("08-14 01:43:51.961  1583  1605 F DEBUG         : Tombstone written to: /data/tombstones/tombstone_03",
           601, Severity.CRITICAL),
        _t("08-14 01:43:54.121  1328  1352 I ActivityManager: Start proc 4502:com.argus.media/u0a88 for service "
           "com.argus.media/.PlaybackService", 603),
        *after,
    )


def test_a_crash_its_supervisor_restarted_before_anyone_missed_it_is_ridden_through():
    assert diagnose_rules(_crash()).category is Category.NONE
    # (a client that lost the crashed service felt it: the crash stays a fault)
    felt = _t("08-14 01:43:55.000  2163  2170 E CarService: media playback service died, reconnecting", 604,
              Severity.ERROR)
    assert diagnose_rules(_crash(felt)).category is Category.SOFTWARE_PLATFORM
