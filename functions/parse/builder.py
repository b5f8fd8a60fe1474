"""Accumulates what a parser sees into a bounded :class:`FileSummary`.

Parsers feed it per template group (counts, first/last time, worst severity, one sample), per code
and per channel. Memory is bounded by the number of distinct groups/codes/channels, which the
parsers and the caps here keep finite; the summary itself is capped by the limits in contracts.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from functions.core.domain.contracts import (
    MAX_CHANNELS,
    MAX_CODES,
    MAX_EXCERPT,
    MAX_SAMPLES,
    MAX_SIGNALS,
    MAX_TEMPLATES,
    ChannelStat,
    CodeKind,
    CodeStat,
    Evidence,
    FileSummary,
    ParseStats,
    SignalStat,
    TemplateStat,
    TimeRange,
)
from functions.parse.severity import INFO, SEVERITIES, WARNING
from functions.parse.timeline import TimelineAccumulator
from functions.parse.timestamps import to_datetime

# Hard ceilings on what we track while reading (the summary keeps fewer). Past them, new codes and
# channels are only counted as overflow, so a hostile file cannot grow memory without bound.
MAX_TRACKED_CODES = 20_000
MAX_TRACKED_CHANNELS = 20_000


def excerpt(text: str) -> str:
    text = text.replace("\x00", "").strip()
    if len(text) > MAX_EXCERPT:
        text = text[: MAX_EXCERPT - 1] + "…"
    return text


@dataclass(slots=True)
class Sample:
    """Where something was first seen: a 1-based line (text) or a 0-based message index (binary)."""

    line: int | None
    message_index: int | None
    ts: float | None
    severity: int
    text: str
    before: list[str] | None = None  # the lines around it (text logs), filled in by the text reader
    after: list[str] | None = None


@dataclass(slots=True)
class _CodeAcc:
    kind: CodeKind
    count: int
    severity: int
    first: float | None
    last: float | None
    sample: Sample


class SummaryBuilder:
    """Per-group arrays are plain lists indexed by group id: the text hot loop updates them inline."""

    def __init__(self, *, batch_id: str, file_id: str, file_name: str = "") -> None:
        self.batch_id = batch_id
        self.file_id = file_id
        self.file_name = file_name
        self.started = time.perf_counter()
        self.format = "unknown"
        self.severity_counts = [0] * len(SEVERITIES)
        # per template group
        self.g_count: list[int] = []
        self.g_first: list[float | None] = []
        self.g_last: list[float | None] = []
        self.g_sev: list[int] = []
        self.g_sample: list[Sample | None] = []
        self.codes: dict[str, _CodeAcc] = {}
        self.codes_dropped = 0
        self.channels: dict[str, int] = {}
        self.channels_dropped = 0
        self.t_min: float | None = None
        self.t_max: float | None = None
        self.timeline = TimelineAccumulator()
        # Set by the text reader: new samples wait here until their block's neighbouring lines are known.
        self.pending_context: list[Sample] | None = None
        self.bytes = 0
        self.lines = 0
        self.messages = 0
        self.truncated = False
        self.skipped = 0  # malformed records a reader skipped
        self.signals = None  # a signals.SignalAccumulator, set by the structured readers
        self.line_signals = None  # a line_signals.LineSignals, set by the text reader

    # ---- groups ------------------------------------------------------------------------------
    def ensure_group(self, gid: int) -> None:
        while len(self.g_count) <= gid:
            self.g_count.append(0)
            self.g_first.append(None)
            self.g_last.append(None)
            self.g_sev.append(INFO)
            self.g_sample.append(None)

    def add_event(
        self,
        gid: int,
        severity: int,
        ts: float | None,
        *,
        line: int | None = None,
        message_index: int | None = None,
        text: Callable[[], str] | str = "",
    ) -> None:
        """One log record (used by the binary formats; the text loop inlines the same updates)."""
        self.ensure_group(gid)
        self.g_count[gid] += 1
        self.severity_counts[severity] += 1
        if severity > self.g_sev[gid]:
            self.g_sev[gid] = severity
        if ts is not None:
            self.observe_time(ts)
            self.timeline.add(ts, severity)
            f = self.g_first[gid]
            if f is None or ts < f:
                self.g_first[gid] = ts
            la = self.g_last[gid]
            if la is None or ts > la:
                self.g_last[gid] = ts
        sample = self.g_sample[gid]
        if sample is None or (severity > sample.severity and sample.severity < WARNING):
            body = text() if callable(text) else text
            self.g_sample[gid] = Sample(line, message_index, ts, severity, excerpt(body))
            if self.pending_context is not None:
                self.pending_context.append(self.g_sample[gid])

    def observe_time(self, ts: float) -> None:
        if self.t_min is None or ts < self.t_min:
            self.t_min = ts
        if self.t_max is None or ts > self.t_max:
            self.t_max = ts

    # ---- codes and channels --------------------------------------------------------------------
    def add_code(
        self,
        code: str,
        kind: CodeKind,
        severity: int,
        ts: float | None,
        *,
        line: int | None = None,
        message_index: int | None = None,
        text: Callable[[], str] | str = "",
        count: int = 1,
    ) -> None:
        acc = self.codes.get(code)
        if acc is None:
            if len(self.codes) >= MAX_TRACKED_CODES:
                self.codes_dropped += count
                return
            body = text() if callable(text) else text
            sample = Sample(line, message_index, ts, severity, excerpt(body))
            if self.pending_context is not None:
                self.pending_context.append(sample)
            self.codes[code] = _CodeAcc(kind, count, severity, ts, ts, sample)
            return
        acc.count += count
        if severity > acc.severity:
            acc.severity = severity
        if ts is not None:
            if acc.first is None or ts < acc.first:
                acc.first = ts
            if acc.last is None or ts > acc.last:
                acc.last = ts

    def add_channel(self, name: str, count: int = 1) -> None:
        channels = self.channels
        if name in channels:
            channels[name] += count
        elif len(channels) < MAX_TRACKED_CHANNELS:
            channels[name] = count
        else:
            self.channels_dropped += count

    # ---- output --------------------------------------------------------------------------------
    def _evidence(self, s: Sample | None) -> Evidence | None:
        if s is None:
            return None
        return Evidence(
            file_id=self.file_id,
            file_name=self.file_name,
            line=s.line,
            message_index=s.message_index,
            timestamp=to_datetime(s.ts),
            severity=SEVERITIES[s.severity],
            excerpt=s.text,
            context_before=s.before or [],
            context_after=s.after or [],
        )

    def build(
        self,
        *,
        group_to_template: list[int] | None = None,
        template_texts: list[str] | None = None,
        error: str | None = None,
    ) -> FileSummary:
        templates, tpl_overflow, tpl_samples = self._templates(group_to_template, template_texts)
        codes = sorted(self.codes.items(), key=lambda kv: (-kv[1].severity, -kv[1].count, kv[0]))
        code_stats = [
            CodeStat(
                code=code,
                kind=acc.kind,
                count=acc.count,
                severity=SEVERITIES[acc.severity],
                first_seen=to_datetime(acc.first),
                last_seen=to_datetime(acc.last),
                sample=self._evidence(acc.sample),
            )
            for code, acc in codes[:MAX_CODES]
        ]
        channels = sorted(self.channels.items(), key=lambda kv: (-kv[1], kv[0]))
        # Evidence: the first occurrence of every code and of every warning-or-worse template,
        # worst first, then earliest.
        candidates = [acc.sample for _, acc in codes] + [s for s in tpl_samples if s.severity >= WARNING]
        candidates.sort(key=lambda s: (-s.severity, s.line if s.line is not None else (s.message_index or 0)))
        seen: set[tuple[int | None, int | None]] = set()
        samples: list[Sample] = []
        for s in candidates:
            key = (s.line, s.message_index)
            if key not in seen:
                seen.add(key)
                samples.append(s)
        signals, signals_overflow = (
            ([], 0) if self.signals is None else self.signals.stats(file_id=self.file_id, file_name=self.file_name)
        )
        if self.line_signals is not None and len(self.line_signals):
            signals, signals_overflow = _with_line_signals(self, signals, signals_overflow)
        time_range = None
        if self.t_min is not None and self.t_max is not None:
            time_range = TimeRange(start=to_datetime(self.t_min), end=to_datetime(self.t_max))
        return FileSummary(
            batch_id=self.batch_id,
            file_id=self.file_id,
            file_name=self.file_name,
            format=self.format,
            severity_counts={SEVERITIES[i]: c for i, c in enumerate(self.severity_counts) if c},
            templates=templates,
            templates_overflow=tpl_overflow,
            codes=code_stats,
            codes_overflow=max(0, len(codes) - MAX_CODES) + (1 if self.codes_dropped else 0),
            channels=[ChannelStat(name=n, count=c) for n, c in channels[:MAX_CHANNELS]],
            channels_overflow=max(0, len(channels) - MAX_CHANNELS) + (1 if self.channels_dropped else 0),
            time_range=time_range,
            timeline=self.timeline.build(),
            samples=[e for e in (self._evidence(s) for s in samples[:MAX_SAMPLES]) if e is not None],
            samples_overflow=max(0, len(samples) - MAX_SAMPLES),
            signals=signals,
            signals_overflow=signals_overflow,
            stats=ParseStats(
                format=self.format,
                bytes=self.bytes,
                lines=self.lines,
                messages=self.messages,
                seconds=round(time.perf_counter() - self.started, 6),
                truncated=self.truncated,
                skipped=self.skipped,
            ),
            error=error,
        )

    def _templates(
        self, group_to_template: list[int] | None, template_texts: list[str] | None
    ) -> tuple[list[TemplateStat], int, list[Sample]]:
        n_groups = len(self.g_count)
        if group_to_template is None or template_texts is None:
            return [], 0, []
        n = len(template_texts)
        count = [0] * n
        first: list[float | None] = [None] * n
        last: list[float | None] = [None] * n
        sev = [0] * n
        sample: list[Sample | None] = [None] * n
        for gid in range(n_groups):
            c = self.g_count[gid]
            if not c:
                continue
            t = group_to_template[gid]
            count[t] += c
            if self.g_sev[gid] > sev[t]:
                sev[t] = self.g_sev[gid]
            f, la = self.g_first[gid], self.g_last[gid]
            if f is not None and (first[t] is None or f < first[t]):
                first[t] = f
            if la is not None and (last[t] is None or la > last[t]):
                last[t] = la
            s = self.g_sample[gid]
            if s is not None:
                cur = sample[t]
                if cur is None or (s.severity, -(s.line or s.message_index or 0)) > (
                    cur.severity,
                    -(cur.line or cur.message_index or 0),
                ):
                    sample[t] = s
        used = [t for t in range(n) if count[t]]
        # Warnings and worse first (rare errors must survive the cap), then by volume.
        used.sort(key=lambda t: (-(sev[t] if sev[t] >= WARNING else 0), -count[t], t))
        out = [
            TemplateStat(
                template=excerpt(template_texts[t]) or "<empty>",
                count=count[t],
                severity=SEVERITIES[sev[t]],
                first_seen=to_datetime(first[t]),
                last_seen=to_datetime(last[t]),
                sample=self._evidence(sample[t]),
            )
            for t in used[:MAX_TEMPLATES]
        ]
        return out, max(0, len(used) - MAX_TEMPLATES), [s for s in sample if s is not None]


def _with_line_signals(b: SummaryBuilder, signals: list[SignalStat], overflow: int) -> tuple[list[SignalStat], int]:
    """The structured readers' signals and the status lines' series, most informative first, capped."""
    lines = b.line_signals.stats(file_id=b.file_id, file_name=b.file_name)  # type: ignore[union-attr]
    lines.sort(key=lambda s: (s.excursion is None, -(s.excursion.score if s.excursion else 0.0), -s.count,
                              s.name, s.source, s.unit))  # fmt: skip
    out = signals + lines[: max(0, MAX_SIGNALS - len(signals))]
    dropped = len(signals) + len(lines) - len(out) + b.line_signals.overflow()  # type: ignore[union-attr]
    return out, overflow + dropped
