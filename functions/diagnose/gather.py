"""Gather: merge the per-file summaries of a batch into one bounded :class:`BatchSummary` (pure).

The merged lists keep the same caps as a file summary, so the diagnosis input stays small whatever
the number and size of the files; what does not fit is counted in ``*_overflow``. Ordering puts the
most severe, most frequent items first, which is what the digest and the rules read.
"""

from __future__ import annotations

from collections.abc import Iterable

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


def merge_summaries(batch: Batch, files: list[FileRecord], summaries: dict[str, FileSummary]) -> BatchSummary:
    outcomes = [_outcome(f, summaries.get(f.file_id)) for f in files]
    parsed_ids = {o.file_id for o in outcomes if o.status == "parsed"}
    names = {f.file_id: f.name for f in files}
    parts = [(summaries[f.file_id], names[f.file_id]) for f in files if f.file_id in parsed_ids]

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
