"""Parsing a text log as byte-range segments whose partial summaries merge into one FileSummary.

A segment's partial state is the text path's stage-1 state: the miner's group table (masked token
tuples) with per-group counts, first/last time, worst severity and first sample, plus severity
counts, codes, channels, time range and line counts. The merge unions the group tables in file
order and runs the miner's stage 2 once, so the result equals one pass over the whole file (up to
the miner's own compaction, which only starts past ``MAX_GROUPS`` distinct masked messages).

Line ownership: a segment skips through the first newline at or past its start (the line it lands
in belongs to the segment before) and reads past its end through the next newline. Both sides
apply the same rule, so any split point is valid, and no look-behind byte is needed: that makes
zstd frame boundaries (where the previous frame's last byte is unknown) as good as any other.

The header model and timestamp layout the text path learns from the file's head are learned from
the head by every segment, through the same reads as a single pass: the learning is deterministic,
so every segment holds the same model without shipping it between invocations.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from pydantic import BaseModel, Field

from functions.parse.builder import MAX_TRACKED_CODES, Sample, SummaryBuilder, _CodeAcc
from functions.parse.detect import SNIFF_BYTES, sniff
from functions.parse.miner import TemplateMiner
from functions.parse.severity import WARNING
from functions.parse.streams import CHUNK, ParseLimitError, Readable, Source, decompressing
from functions.parse.summarize import binary_error
from functions.parse.text import TextSummarizer
from functions.shared.contracts import CodeKind, FileSummary

SPLITTABLE = ("text", "zstd+text")


class SampleState(BaseModel):
    line: int | None = None
    message_index: int | None = None
    ts: float | None = None
    severity: int = 0
    text: str = ""

    @classmethod
    def of(cls, s: Sample) -> SampleState:
        return cls(line=s.line, message_index=s.message_index, ts=s.ts, severity=s.severity, text=s.text)

    def at(self, line_offset: int) -> Sample:
        line = None if self.line is None else self.line + line_offset
        return Sample(line, self.message_index, self.ts, self.severity, self.text)


class GroupState(BaseModel):
    tokens: list[str]
    count: int
    first: float | None = None
    last: float | None = None
    severity: int = 0
    sample: SampleState | None = None


class CodeState(BaseModel):
    code: str
    kind: CodeKind
    count: int
    severity: int
    first: float | None = None
    last: float | None = None
    sample: SampleState


class PartialSummary(BaseModel):
    """What one segment saw, with line numbers relative to the segment's first owned line."""

    index: int
    format: str = "text"
    bytes: int = 0
    lines: int = 0
    groups: list[GroupState] = Field(default_factory=list)
    severity_counts: list[int] = Field(default_factory=list)
    codes: list[CodeState] = Field(default_factory=list)
    codes_dropped: int = 0
    channels: dict[str, int] = Field(default_factory=dict)
    channels_dropped: int = 0
    t_min: float | None = None
    t_max: float | None = None
    binary_bytes: int = 0
    first_binary_line: int | None = None
    error: str | None = None


# ---- reading one segment -----------------------------------------------------------------------


def owned_bytes(body: Readable, tail: Callable[[], Readable] | None, *, first: bool) -> Iterator[bytes]:
    """The bytes of the lines a segment owns.

    ``body`` yields the (decompressed) bytes of the segment's range, ``tail`` opens what follows it
    (None for the last segment). A segment with no newline in its body owns nothing.
    """
    skipping = not first
    while True:
        data = body.read(CHUNK)
        if not data:
            break
        if skipping:
            nl = data.find(b"\n")
            if nl < 0:
                continue
            data, skipping = data[nl + 1 :], False
        if data:
            yield data
    if skipping or tail is None:
        return
    rest = tail()
    try:
        while True:
            data = rest.read(64 * 1024)
            if not data:
                return
            nl = data.find(b"\n")
            if nl >= 0:
                yield data[: nl + 1]
                return
            yield data
    finally:
        close = getattr(rest, "close", None)
        if close:
            close()


def text_reader(stream: Readable, codec: str | None) -> Readable:
    """The text inside a stored stream, read the way the single pass reads it (sniff prefix first)."""
    source = Source(stream)
    source.peek(SNIFF_BYTES)
    if codec == "zstd":
        source = Source(decompressing(source, "zstd", None))
        source.peek(SNIFF_BYTES)
    return source


def learn_head(head: Readable) -> TextSummarizer:
    """A summarizer holding the header model and timestamp layout learned from the file's head."""
    scratch = TextSummarizer(SummaryBuilder(batch_id="", file_id=""))
    while scratch._warm is not None:
        data = head.read(CHUNK)
        if not data:
            scratch.finish()
            break
        scratch.feed(data)
    return scratch


def summarize_segment(index: int, data: Iterator[bytes], head: TextSummarizer, *, fmt: str = "text") -> PartialSummary:
    """Stage 1 of the text path over one segment's owned bytes."""
    builder = SummaryBuilder(batch_id="", file_id="")
    text = TextSummarizer(builder)
    # The model learned from the file's head, not from this segment's first lines.
    text.header, text.layout, text._warm = head.header, head.layout, None
    for chunk in data:
        text.feed(chunk)
    text.finish()
    miner = text.miner
    groups = [
        GroupState(
            tokens=list(miner.group_tokens[miner.resolve(g)]),
            count=builder.g_count[g],
            first=builder.g_first[g],
            last=builder.g_last[g],
            severity=builder.g_sev[g],
            sample=SampleState.of(s) if (s := builder.g_sample[g]) is not None else None,
        )
        for g in range(len(builder.g_count))
    ]
    codes = [
        CodeState(
            code=code,
            kind=acc.kind,
            count=acc.count,
            severity=acc.severity,
            first=acc.first,
            last=acc.last,
            sample=SampleState.of(acc.sample),
        )
        for code, acc in builder.codes.items()
    ]
    return PartialSummary(
        index=index,
        format=fmt,
        bytes=builder.bytes,
        lines=builder.lines,
        groups=groups,
        severity_counts=builder.severity_counts,
        codes=codes,
        codes_dropped=builder.codes_dropped,
        channels=builder.channels,
        channels_dropped=builder.channels_dropped,
        t_min=builder.t_min,
        t_max=builder.t_max,
        binary_bytes=text.binary_bytes,
        first_binary_line=text.first_binary_line,
    )


# ---- merging -----------------------------------------------------------------------------------


def _fold_sample(cur: Sample | None, new: Sample | None) -> Sample | None:
    # The single pass's rule, which is associative: the first warning-or-worse sample if any,
    # else the first of the highest severity.
    if new is None:
        return cur
    if cur is None or (new.severity > cur.severity and cur.severity < WARNING):
        return new
    return cur


def merge_partials(
    partials: list[PartialSummary], *, batch_id: str, file_id: str, file_name: str = "", error: str | None = None
) -> FileSummary:
    """One FileSummary from the segments' partial states, in file order."""
    b = SummaryBuilder(batch_id=batch_id, file_id=file_id, file_name=file_name)
    parts = sorted(partials, key=lambda p: p.index)
    b.format = parts[0].format if parts else "text"
    gids: dict[tuple[str, ...], int] = {}
    tokens: list[tuple[str, ...]] = []
    binary_bytes, first_binary_line = 0, None
    offset = 0
    for p in parts:
        for g in p.groups:
            key = tuple(g.tokens)
            gid = gids.get(key)
            if gid is None:
                gid = gids[key] = len(tokens)
                tokens.append(key)
                b.ensure_group(gid)
            b.g_count[gid] += g.count
            if b.g_first[gid] is None:
                b.g_first[gid] = g.first
            if g.last is not None:
                b.g_last[gid] = g.last
            if g.severity > b.g_sev[gid]:
                b.g_sev[gid] = g.severity
            b.g_sample[gid] = _fold_sample(b.g_sample[gid], g.sample.at(offset) if g.sample else None)
        for i, c in enumerate(p.severity_counts):
            b.severity_counts[i] += c
        for c in p.codes:
            acc = b.codes.get(c.code)
            if acc is None:
                if len(b.codes) >= MAX_TRACKED_CODES:
                    b.codes_dropped += c.count
                    continue
                b.codes[c.code] = _CodeAcc(c.kind, c.count, c.severity, c.first, c.last, c.sample.at(offset))
                continue
            acc.count += c.count
            acc.severity = max(acc.severity, c.severity)
            if c.first is not None and (acc.first is None or c.first < acc.first):
                acc.first = c.first
            if c.last is not None and (acc.last is None or c.last > acc.last):
                acc.last = c.last
        b.codes_dropped += p.codes_dropped
        for name, count in p.channels.items():
            b.add_channel(name, count)
        b.channels_dropped += p.channels_dropped
        if p.t_min is not None:
            b.observe_time(p.t_min)
        if p.t_max is not None:
            b.observe_time(p.t_max)
        b.bytes += p.bytes
        binary_bytes += p.binary_bytes
        if first_binary_line is None and p.first_binary_line is not None:
            first_binary_line = p.first_binary_line + offset
        offset += p.lines
        error = error or p.error
    b.lines = offset
    miner = TemplateMiner()
    miner.group_tokens, miner.group_adds = tokens, list(b.g_count)  # stage 2 over the union, once
    g2t, texts = miner.finalize(b.g_count)
    error = error or binary_error(b.bytes, binary_bytes, first_binary_line)
    return b.build(group_to_template=g2t, template_texts=texts, error=error)


def splittable_format(stream: Readable) -> str | None:
    """``text`` or ``zstd+text`` when the stored stream can be parsed as segments, else None.

    Reads only the head: the sniff prefix, and for zstd the first decompressed bytes.
    """
    source = Source(stream)
    fmt = sniff(source.peek(SNIFF_BYTES))
    if fmt == "text":
        return "text"
    if fmt != "zstd":
        return None
    try:
        inner = sniff(Source(decompressing(source, "zstd", None)).peek(SNIFF_BYTES))
    except ParseLimitError:
        return None  # corrupt: the single pass reports it
    return "zstd+text" if inner == "text" else None
