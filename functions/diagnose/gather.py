"""Gather: merge the per-file summaries of a batch into one bounded :class:`BatchSummary` (pure).

The merged lists keep the same caps as a file summary, so the diagnosis input stays small whatever
the number and size of the files; what does not fit is counted in ``*_overflow``. Ordering puts the
most severe, most frequent items first, which is what the digest and the rules read.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from pydantic import BaseModel

from functions.core.domain.batch import Batch, FileRecord, FileStatus
from functions.core.domain.contracts import (
    MAX_CHANNELS,
    MAX_CODES,
    MAX_SAMPLES,
    MAX_SIGNALS,
    MAX_TEMPLATES,
    MAX_TIMELINES,
    BatchSummary,
    ChannelStat,
    CodeStat,
    Evidence,
    FileOutcome,
    FileSummary,
    Severity,
    SignalStat,
    TemplateStat,
    TimeRange,
)

MAX_FILES_PER_CODE = 50  # spread is what matters; beyond 50 files the list only grows the summary


def _earliest(a, b):
    return b if a is None else a if b is None else min(a, b)


def _latest(a, b):
    return b if a is None else a if b is None else max(a, b)


def _outcome(record: FileRecord, summary: FileSummary | None) -> FileOutcome:
    name = record.name
    if record.status is FileStatus.FAILED or record.error:
        return FileOutcome(file_id=record.file_id, file_name=name, status="failed", format=record.format,
                           error=record.error or (summary.error if summary else None) or "parse failed")
    if summary is None:
        return FileOutcome(file_id=record.file_id, file_name=name, status="failed", format=record.format,
                           error="no summary was produced for this file")
    if summary.error:
        return FileOutcome(file_id=record.file_id, file_name=name, status="failed", format=summary.format,
                           error=summary.error)
    return FileOutcome(file_id=record.file_id, file_name=name, status="parsed", format=summary.format,
                       lines=summary.stats.lines)


def _with_name(evidence: Evidence | None, file_name: str) -> Evidence | None:
    if evidence is None or evidence.file_name:
        return evidence
    return evidence.model_copy(update={"file_name": file_name})


def _rank(severity: Severity, count: int) -> tuple[int, int]:
    return (-severity.rank, -count)


def _merge_templates(parts: Iterable[tuple[FileSummary, str]]) -> tuple[list[TemplateStat], int]:
    merged: dict[tuple[str, Severity], TemplateStat] = {}
    overflow = 0
    for summary, name in parts:
        overflow += summary.templates_overflow
        for t in summary.templates:
            key = (t.template, t.severity)
            have = merged.get(key)
            if have is None:
                merged[key] = t.model_copy(update={"sample": _with_name(t.sample, name)})
            else:
                have.count += t.count
                have.first_seen = _earliest(have.first_seen, t.first_seen)
                have.last_seen = _latest(have.last_seen, t.last_seen)
                have.sample = have.sample or _with_name(t.sample, name)
    ordered = sorted(merged.values(), key=lambda t: (*_rank(t.severity, t.count), t.template))
    overflow += max(0, len(ordered) - MAX_TEMPLATES)
    return ordered[:MAX_TEMPLATES], overflow


def _merge_codes(parts: Iterable[tuple[FileSummary, str]]) -> tuple[list[CodeStat], int, dict[str, list[str]]]:
    merged: dict[tuple[str, str], CodeStat] = {}
    files: dict[str, list[str]] = {}
    overflow = 0
    for summary, name in parts:
        overflow += summary.codes_overflow
        for c in summary.codes:
            key = (c.code, str(c.kind))
            have = merged.get(key)
            if have is None:
                merged[key] = c.model_copy(update={"sample": _with_name(c.sample, name)})
            else:
                have.count += c.count
                if c.severity.rank > have.severity.rank:
                    have.severity = c.severity
                have.first_seen = _earliest(have.first_seen, c.first_seen)
                have.last_seen = _latest(have.last_seen, c.last_seen)
                have.sample = have.sample or _with_name(c.sample, name)
            ids = files.setdefault(c.code, [])
            if summary.file_id not in ids and len(ids) < MAX_FILES_PER_CODE:
                ids.append(summary.file_id)
    ordered = sorted(
        merged.values(), key=lambda c: (-len(files.get(c.code, ())), *_rank(c.severity, c.count), c.code)
    )
    overflow += max(0, len(ordered) - MAX_CODES)
    kept = ordered[:MAX_CODES]
    kept_codes = {c.code for c in kept}
    return kept, overflow, {code: ids for code, ids in files.items() if code in kept_codes}


def _merge_channels(parts: Iterable[FileSummary]) -> list[ChannelStat]:
    counts: dict[str, int] = {}
    for summary in parts:
        for ch in summary.channels:
            counts[ch.name] = counts.get(ch.name, 0) + ch.count
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [ChannelStat(name=n, count=c) for n, c in ordered[:MAX_CHANNELS]]


def _merge_samples(parts: list[tuple[FileSummary, str]]) -> list[Evidence]:
    """Most severe first, taken round-robin across files so one noisy file cannot fill the list."""
    queues = [
        sorted((_with_name(s, name) for s in summary.samples), key=lambda e: -(e.severity or Severity.INFO).rank)
        for summary, name in parts
    ]
    out: list[Evidence] = []
    depth = 0
    while len(out) < MAX_SAMPLES and any(depth < len(q) for q in queues):
        for q in queues:
            if depth < len(q) and len(out) < MAX_SAMPLES:
                out.append(q[depth])
        depth += 1
    return sorted(out, key=lambda e: -(e.severity or Severity.INFO).rank)


def _merge_signals(parts: list[tuple[FileSummary, str]]) -> list[SignalStat]:
    """Every file's signals, each marked with its file; the largest excursions first (what the
    diagnosis reads), then by name, capped like the other lists."""
    out = [s.model_copy(update={"file_id": summary.file_id}) for summary, _ in parts for s in summary.signals]
    out.sort(key=lambda s: (-(s.excursion.score if s.excursion else 0.0), s.name, s.file_id))
    return out[:MAX_SIGNALS]


# Files whose ranges lie this close are one recording; a file a year away from all of them is not.
_SAME_RECORDING = timedelta(days=2)


def _next_year(t: datetime) -> datetime:
    try:
        return t.replace(year=t.year + 1)
    except ValueError:  # 29 February
        return t + timedelta(days=365)


def _shifted(value: Any, delta: timedelta) -> Any:
    """``value`` with every datetime inside it (model fields, lists, dict values) moved by ``delta``."""
    if isinstance(value, datetime):
        return value + delta
    if isinstance(value, BaseModel):
        return value.model_copy(update={k: _shifted(getattr(value, k), delta) for k in type(value).model_fields})
    if isinstance(value, list):
        return [_shifted(v, delta) for v in value]
    if isinstance(value, dict):
        return {k: _shifted(v, delta) for k, v in value.items()}
    return value


def _near(a: TimeRange, b: TimeRange) -> bool:
    return a.start - _SAME_RECORDING <= b.end and b.start - _SAME_RECORDING <= a.end


def _align_years(summaries: list[FileSummary]) -> list[FileSummary]:
    """A year-less stamp (syslog's ``Dec  6 08:29:07``) lands in the most recent year not after the upload, so a
    recording dated after the clock that parsed it falls a year back, while the batch's dated files (epoch CAN
    dumps, ISO stamps) keep their year. A file a year before every other file of its batch that one year later
    lies beside one of them is that recording: it takes their year, and the files line up in time again."""
    out = list(summaries)
    for i, s in enumerate(summaries):
        if s.time_range is None:
            continue
        others = [o.time_range for j, o in enumerate(summaries) if j != i and o.time_range is not None]
        if not others or any(_near(s.time_range, o) for o in others):
            continue
        later = TimeRange(start=_next_year(s.time_range.start), end=_next_year(s.time_range.end))
        if any(_near(later, o) for o in others):
            out[i] = _shifted(s, later.start - s.time_range.start)
    return out


def merge_summaries(batch: Batch, files: list[FileRecord], summaries: dict[str, FileSummary]) -> BatchSummary:
    outcomes = [_outcome(f, summaries.get(f.file_id)) for f in files]
    parsed_ids = {o.file_id for o in outcomes if o.status == "parsed"}
    names = {f.file_id: f.name for f in files}
    aligned = _align_years([summaries[f.file_id] for f in files if f.file_id in parsed_ids])
    parts = list(zip(aligned, [names[f.file_id] for f in files if f.file_id in parsed_ids], strict=True))

    severity: dict[Severity, int] = {}
    start = end = None
    total_bytes = total_lines = total_messages = 0
    for summary, _name in parts:
        for sev, n in summary.severity_counts.items():
            severity[sev] = severity.get(sev, 0) + n
        if summary.time_range is not None:
            start = _earliest(start, summary.time_range.start)
            end = _latest(end, summary.time_range.end)
        total_bytes += summary.stats.bytes
        total_lines += summary.stats.lines
        total_messages += summary.stats.messages

    templates, templates_overflow = _merge_templates(parts)
    codes, codes_overflow, code_files = _merge_codes(parts)
    return BatchSummary(
        batch_id=batch.batch_id,
        vehicle_id=batch.vehicle_id,
        vin=batch.vin,
        files=outcomes,
        severity_counts=dict(sorted(severity.items(), key=lambda kv: kv[0].rank)),
        templates=templates,
        templates_overflow=templates_overflow,
        codes=codes,
        codes_overflow=codes_overflow,
        code_files=code_files,
        channels=_merge_channels(s for s, _ in parts),
        time_range=TimeRange(start=start, end=end) if start is not None and end is not None else None,
        timelines=[
            summary.timeline.model_copy(update={"file_id": summary.file_id, "file_name": name})
            for summary, name in parts
            if summary.timeline is not None
        ][:MAX_TIMELINES],
        samples=_merge_samples(parts),
        signals=_merge_signals(parts),
        total_bytes=total_bytes,
        total_lines=total_lines,
        total_messages=total_messages,
    )
