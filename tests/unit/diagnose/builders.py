"""Small builders for summaries as the parser would write them (no parser needed)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from functions.core.domain.batch import Batch, FileRecord, FileStatus
from functions.core.domain.contracts import (
    BatchSummary,
    CodeKind,
    CodeStat,
    Evidence,
    FileSummary,
    ParseStats,
    Severity,
    SignalExcursion,
    SignalStat,
    TemplateStat,
    TimeRange,
)
from functions.core.domain.uploads import MIN_PART_SIZE

T0 = datetime(2026, 3, 14, 8, 0, tzinfo=UTC)
VIN = "WVWZZZ1JZXW000001"


def batch(batch_id: str = "b_test") -> Batch:
    return Batch(batch_id=batch_id, vehicle_id="veh-1", vin=VIN)


def ev(file_id: str, line: int, excerpt: str, severity: Severity = Severity.ERROR) -> Evidence:
    return Evidence(file_id=file_id, line=line, timestamp=T0 + timedelta(seconds=line), severity=severity,
                    excerpt=excerpt[:300])


def tpl(text: str, count: int, severity: Severity = Severity.ERROR, *, file_id: str = "f_1", line: int = 1,
        excerpt: str | None = None) -> TemplateStat:
    return TemplateStat(template=text, count=count, severity=severity, first_seen=T0, last_seen=T0,
                        sample=ev(file_id, line, excerpt if excerpt is not None else text, severity))


def code(value: str, count: int, severity: Severity = Severity.ERROR, kind: CodeKind = CodeKind.DTC, *,
         file_id: str = "f_1", line: int = 1, excerpt: str = "") -> CodeStat:
    return CodeStat(code=value, kind=kind, count=count, severity=severity, first_seen=T0, last_seen=T0,
                    sample=ev(file_id, line, excerpt or f"DTC {value} set", severity))


def file_summary(file_id: str, templates=(), codes=(), *, lines: int = 1000, fmt: str = "text",
                 error: str | None = None, batch_id: str = "b_test") -> FileSummary:
    sev: dict[Severity, int] = {}
    for t in templates:
        sev[t.severity] = sev.get(t.severity, 0) + t.count
    return FileSummary(
        batch_id=batch_id, file_id=file_id, file_name=f"{file_id}.log", format=fmt, severity_counts=sev,
        templates=list(templates), codes=list(codes), time_range=TimeRange(start=T0, end=T0 + timedelta(hours=1)),
        samples=[t.sample for t in templates if t.sample][:5], stats=ParseStats(format=fmt, bytes=lines * 100,
        lines=lines), error=error,
    )


def record(file_id: str, *, status: FileStatus = FileStatus.PARSED, error: str | None = None,
           batch_id: str = "b_test", name: str | None = None) -> FileRecord:
    return FileRecord(batch_id=batch_id, file_id=file_id, name=name or f"{file_id}.log", size=1000,
                      object_key=f"raw/{batch_id}/{file_id}", upload_id="u", part_size=MIN_PART_SIZE,
                      status=status, error=error, summary_key=f"summaries/{batch_id}/{file_id}.json")


def batch_summary(*summaries: FileSummary) -> BatchSummary:
    from functions.diagnose.gather import merge_summaries

    return merge_summaries(batch(), [record(s.file_id, name=s.file_name) for s in summaries],
                           {s.file_id: s for s in summaries})


NOISE = [
    tpl("[INFO] pack <*> <*> <*> <*>", 5000, Severity.INFO, line=3,
        excerpt="bmsd[812]: [INFO] pack SOC=61.2% V=398.1 I=-12.4A Tmax=31.2C Tmin=29.8C"),
    tpl("<*> <*> <*> camera_rear frame <*> late by <*>", 40, Severity.WARNING, line=9,
        excerpt="W0314 08:00:09.000000  2250 camera_driver.cc:88] camera_rear frame 1234 late by 12ms"),
    tpl("hdop <*> above <*> under overpass, fix=RTK_FLOAT", 30, Severity.WARNING, line=11),
    tpl("Bluetooth binder is null", 25, Severity.ERROR, line=12),
    tpl("[WARN] <*> <*> <*> responsePending (routine <*> still running)", 120, Severity.WARNING, line=14,
        excerpt="uds_server[988]: [WARN] 0x7F 0x31 0x78 responsePending (routine 0xFF00 still running)"),
]
NOISE_CODES = [code("7F 31 78", 120, Severity.WARNING, CodeKind.UDS_NRC, line=14,
                    excerpt="uds_server[988]: [WARN] 0x7F 0x31 0x78 responsePending")]


def at(stat, first_s: float, last_s: float | None = None):
    """The stat first seen ``first_s`` and last seen ``last_s`` seconds after T0 (its sample too)."""
    stat.first_seen = T0 + timedelta(seconds=first_s)
    stat.last_seen = T0 + timedelta(seconds=first_s if last_s is None else last_s)
    if stat.sample is not None:
        stat.sample.timestamp = stat.first_seen
    return stat


def signal(name: str, unit: str, first: float, last: float, median: float, mad: float,
           excursion: float | None = None) -> SignalStat:
    """A signal over 1500 s from T0; with ``excursion``, 500 samples there from 900 s to its end."""
    x = None
    if excursion is not None:
        x = SignalExcursion(value=excursion, score=abs(excursion - median) / (1.4826 * mad), samples=500,
                            start=T0 + timedelta(seconds=900), end=T0 + timedelta(seconds=1500))
    return SignalStat(name=name, unit=unit, count=1500, min=min(first, last), max=max(first, last), mean=median,
                      median=median, mad=mad, first=first, last=last, first_seen=T0,
                      last_seen=T0 + timedelta(seconds=1500), excursion=x)
