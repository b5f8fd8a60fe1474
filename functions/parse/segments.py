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

One subtlety makes the group table per line *shape* in part: the text path decides a line shape's
group (digits zeroed, see ``functions.parse.text``) from the first line of that shape it meets. When
digits survive masking (key names such as ``PSR8=``), lines of one shape can mask differently, so
the first line decides; a segment's first line of a shape is not the file's. Such shapes are kept
as groups of their own in the partial state, with their first and last line, and the merge gives
each one the group of its first segment, as the single pass does.

The header model and timestamp layout the text path learns from the file's head are learned from
the head by every segment, through the same reads as a single pass: the learning is deterministic,
so every segment holds the same model without shipping it between invocations.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from functions.core.app.deadline import Deadline, DeadlineStream
from functions.core.domain.contracts import MAX_CONTEXT_LINES, CodeKind, FileSummary
from functions.core.domain.segments import (
    SEEK_FOOTER,
    FrameWalker,
    Segment,
    frames_from_seek_table,
    group_frames,
    plan_ranges,
    seek_table_size,
)
from functions.core.ports import ObjectStore
from functions.parse.builder import MAX_TRACKED_CODES, Sample, SummaryBuilder, _CodeAcc
from functions.parse.detect import COMPRESSED, SNIFF_BYTES, sniff
from functions.parse.formats.registry import reader_for
from functions.parse.line_signals import LineSignals, SeriesState
from functions.parse.miner import _ANY_DIGIT, TemplateMiner
from functions.parse.severity import WARNING
from functions.parse.streams import CHUNK, ParseLimitError, Readable, Source, decompressing
from functions.parse.summarize import EMPTY_FILE_ERROR, binary_error
from functions.parse.text import TextSummarizer, excerpts
from functions.parse.timeline import TimelineAccumulator


class SampleState(BaseModel):
    line: int | None = None
    message_index: int | None = None
    ts: float | None = None
    severity: int = 0
    text: str = ""
    before: list[str] | None = None
    after: list[str] | None = None

    @classmethod
    def of(cls, s: Sample) -> SampleState:
        return cls(
            line=s.line,
            message_index=s.message_index,
            ts=s.ts,
            severity=s.severity,
            text=s.text,
            before=s.before,
            after=s.after,
        )

    def at(self, line_offset: int, message_offset: int = 0) -> Sample:
        line = None if self.line is None else self.line + line_offset
        index = None if self.message_index is None else self.message_index + message_offset
        return Sample(line, index, self.ts, self.severity, self.text, self.before, self.after)


class TimelineState(BaseModel):
    origin: float
    width: float
    counts: list[list[int]]

    @classmethod
    def of(cls, t: TimelineAccumulator) -> TimelineState | None:
        return None if t.origin is None else cls(origin=t.origin, width=t.width, counts=t.counts)

    def accumulator(self) -> TimelineAccumulator:
        acc = TimelineAccumulator()
        acc.origin, acc.width, acc.counts = self.origin, self.width, [list(row) for row in self.counts]
        return acc


class GroupState(BaseModel):
    tokens: list[str]
    count: int
    first: float | None = None
    last: float | None = None
    severity: int = 0
    sample: SampleState | None = None
    # Set for a line shape whose masked tokens keep digits (see the module docstring): the shape
    # (latin-1 of the digit-zeroed line head) and its first and last line in the segment.
    shape: str | None = None
    first_line: int | None = None
    last_line: int | None = None


class CodeState(BaseModel):
    code: str
    kind: CodeKind
    count: int
    severity: int
    first: float | None = None
    last: float | None = None
    sample: SampleState


class StopState(BaseModel):
    """Why a record-format segment stopped early (a corrupt chunk, say), and after how many of its
    messages: the merge turns it into the single pass's reason, counted over the whole file."""

    kind: Literal["truncated", "corrupt", "limit", "unreadable"]
    detail: str = ""
    messages: int = 0


class PartialSummary(BaseModel):
    """What one segment saw, with line numbers (text) or message indexes (records) relative to the
    segment's first line or message."""

    index: int
    format: str = "text"
    # "line": a text log (first/last seen are the first and last in file order); "message": a
    # record format (first/last seen are the earliest and latest times, as SummaryBuilder.add_event)
    unit: Literal["line", "message"] = "line"
    bytes: int = 0
    lines: int = 0
    messages: int = 0
    groups: list[GroupState] = Field(default_factory=list)
    severity_counts: list[int] = Field(default_factory=list)
    codes: list[CodeState] = Field(default_factory=list)
    codes_dropped: int = 0
    channels: dict[str, int] = Field(default_factory=dict)
    channels_dropped: int = 0
    t_min: float | None = None
    t_max: float | None = None
    timeline: TimelineState | None = None
    # The segment's first and last lines (excerpts): the context that samples of its neighbours
    # miss at the segment's edges, filled in by the merge.
    first_lines: list[str] = Field(default_factory=list)
    last_lines: list[str] = Field(default_factory=list)
    binary_bytes: int = 0
    first_binary_line: int | None = None
    error: str | None = None
    stop: StopState | None = None
    # Numbers in status lines: each series' mergeable state (``functions.parse.line_signals``).
    line_signals: list[SeriesState] = Field(default_factory=list)


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
    if codec is not None:
        source = Source(decompressing(source, codec, None))
        source.peek(SNIFF_BYTES)
    return source


def codec_of(fmt: str) -> str | None:
    """``gzip+text`` → ``gzip``; ``text`` → None."""
    return fmt.split("+", 1)[0] if "+" in fmt else None


class StretchTooFar(Exception):
    """Re-reading up to the checkpoint alone fills an invocation: the file is too long for stretches."""


class Stretch:
    """Reads on from ``start`` (decompressed offset) until ``should_stop`` says the time is up.

    The long-file path for what cannot be split: each invocation re-reads the stream up to its
    checkpoint (decompressing without parsing runs far faster than parsing), parses a stretch, and
    hands the next offset to the next invocation. ``stopped`` is False when the stream ended.
    """

    def __init__(
        self, reader: Readable, start: int, should_stop: Callable[[], bool], max_bytes: int | None = None
    ) -> None:
        self._reader = reader
        self._should_stop = should_stop
        self._max_bytes = max_bytes
        self.start = start
        self.consumed = 0
        self.stopped = False
        left = start
        while left > 0:
            if should_stop():
                raise StretchTooFar(f"the time ran out while decoding up to the checkpoint at byte {start}")
            data = reader.read(min(CHUNK, left))
            if not data:
                break
            left -= len(data)

    def read(self, n: int = CHUNK) -> bytes:
        if self.consumed and (  # at least one chunk per stretch: every stretch makes progress
            self._should_stop() or (self._max_bytes is not None and self.consumed >= self._max_bytes)
        ):
            self.stopped = True
            return b""
        if self._max_bytes is not None:
            n = max(1, min(n, self._max_bytes - self.consumed))
        data = self._reader.read(n)
        self.consumed += len(data)
        return data

    @property
    def end(self) -> int:
        return self.start + self.consumed

    def rest(self) -> Readable:
        return self._reader


class _HeadLearner(TextSummarizer):
    """Collects the warm-up lines exactly as the text path does, learns from them, parses nothing."""

    def _process(self, lines: list[bytes], *args, **kwargs) -> None:
        return None


def learn_head(head: Readable, uploaded_at: datetime | None = None) -> TextSummarizer:
    """A summarizer holding the header model and timestamp layout learned from the file's head
    (year-less timestamps placed as the single pass places them: not after the upload)."""
    scratch = _HeadLearner(SummaryBuilder(batch_id="", file_id=""), uploaded_at=uploaded_at)
    while scratch._warm is not None:
        data = head.read(CHUNK)
        if not data:
            scratch.finish()
            break
        scratch.feed(data)
    return scratch


def _keeps_digits(tokens: tuple[str, ...]) -> bool:
    return _ANY_DIGIT(" ".join(tokens)) is not None


class ShapeMiner(TemplateMiner):
    """Stage 1 as usual, except that groups whose masked tokens keep digits are split per line shape."""

    def __init__(self) -> None:
        super().__init__()
        self.current: tuple[bytes, int] = (b"", 0)  # (shape, line) of the line being added
        self.shape_gids: dict[bytes, int] = {}
        self.shapes: dict[int, bytes] = {}
        self.first_line: dict[int, int] = {}
        self.last_line: dict[int, int] = {}

    def add_key(self, key: tuple[str, ...]) -> int:
        if not _keeps_digits(key):
            return super().add_key(key)
        shape, line = self.current
        gid = self.shape_gids.get(shape)
        if gid is None:
            gid = self.shape_gids[shape] = len(self.group_tokens)
            self.group_tokens.append(key)
            self.group_adds.append(0)
            self.shapes[gid] = shape
            self.first_line[gid] = line
        self.group_adds[gid] += 1
        return gid

    def finalize(self, counts=None) -> tuple[list[int], list[str]]:
        return [], []  # stage 2 runs once, over every segment's groups, in the merge


class _SegmentText(TextSummarizer):
    """The text path, remembering the shape of each new line and the last line of split groups."""

    miner: ShapeMiner

    def __init__(self, builder: SummaryBuilder) -> None:
        super().__init__(builder, miner=ShapeMiner())
        self.first_lines: list[bytes] = []

    # The overrides pass any further arguments through: the text path's hooks grow keyword options.
    def _slow(self, line: bytes, shape: bytes, lineno: int, *args, **kwargs):
        self.miner.current = (shape, lineno)
        return super()._slow(line, shape, lineno, *args, **kwargs)

    def _prepare(self, lines: list[bytes], block: bytes | None) -> tuple[list[bytes], list[bytes], int]:
        # The block as the text path saw it (binary lines dropped, shape keys): reused below.
        self._prepared = super()._prepare(lines, block)
        return self._prepared

    def _process(self, lines: list[bytes], *args, **kwargs) -> None:
        super()._process(lines, *args, **kwargs)
        lines, keys, first_lineno = self._prepared
        if len(self.first_lines) < MAX_CONTEXT_LINES:
            self.first_lines.extend(lines[: MAX_CONTEXT_LINES - len(self.first_lines)])
        miner = self.miner
        if not miner.shapes:
            return
        last_index = dict(zip(keys, range(len(keys)), strict=True))  # C speed: the last index wins
        by_shape, last = miner.shape_gids, miner.last_line
        if len(by_shape) < len(last_index):
            for shape, gid in by_shape.items():
                i = last_index.get(shape)
                if i is not None:
                    last[gid] = first_lineno + i
        else:
            for key, i in last_index.items():
                gid = by_shape.get(key)
                if gid is not None:
                    last[gid] = first_lineno + i


def summarize_segment(index: int, data: Iterator[bytes], head: TextSummarizer, *, fmt: str = "text") -> PartialSummary:
    """Stage 1 of the text path over one segment's owned bytes."""
    builder = SummaryBuilder(batch_id="", file_id="")
    text = _SegmentText(builder)
    # The model learned from the file's head, not from this segment's first lines.
    text.header, text.layout, text._warm = head.header, head.layout, None
    for chunk in data:
        text.feed(chunk)
    text.finish()
    return partial_state(
        index,
        builder,
        text.miner,
        format=fmt,
        first_lines=excerpts(text.first_lines),
        last_lines=excerpts(text._tail),
        binary_bytes=text.binary_bytes,
        first_binary_line=text.first_binary_line,
    )


def partial_state(index: int, builder: SummaryBuilder, miner: ShapeMiner, **fields) -> PartialSummary:
    """A segment's builder and stage-1 miner as a partial summary (the format's own ``fields`` added)."""
    groups = [
        GroupState(
            tokens=list(miner.group_tokens[miner.resolve(g)]),
            count=builder.g_count[g],
            first=builder.g_first[g],
            last=builder.g_last[g],
            severity=builder.g_sev[g],
            sample=SampleState.of(s) if (s := builder.g_sample[g]) is not None else None,
            shape=miner.shapes[g].decode("latin-1") if g in miner.shapes else None,
            first_line=miner.first_line.get(g),
            last_line=miner.last_line.get(g, miner.first_line.get(g)),
        )
        for g in range(len(builder.g_count))
        if builder.g_count[g]
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
        bytes=builder.bytes,
        lines=builder.lines,
        messages=builder.messages,
        groups=groups,
        severity_counts=builder.severity_counts,
        codes=codes,
        codes_dropped=builder.codes_dropped,
        channels=builder.channels,
        channels_dropped=builder.channels_dropped,
        t_min=builder.t_min,
        t_max=builder.t_max,
        timeline=TimelineState.of(builder.timeline),
        line_signals=builder.line_signals.state() if builder.line_signals is not None else [],
        **fields,
    )


# ---- merging -----------------------------------------------------------------------------------


def _complete_context(samples: list[Sample], edges: dict[int, str], total_lines: int) -> None:
    """Context lines a segment could not see (across its edges), from its neighbours' edge lines."""
    for sample in samples:
        if sample.line is None or sample.before is None:
            continue
        line, before, after = sample.line, sample.before, sample.after or []
        want = min(MAX_CONTEXT_LINES, line - 1)
        if len(before) < want:
            sample.before = [edges[n] for n in range(line - want, line - len(before)) if n in edges] + before
        want = min(MAX_CONTEXT_LINES, total_lines - line)
        if len(after) < want:
            start = line + 1 + len(after)
            sample.after = after + [edges[n] for n in range(start, line + 1 + want) if n in edges]


def _fold_sample(cur: Sample | None, new: Sample | None) -> Sample | None:
    # The single pass's rule in a form that does not depend on arrival order: the earliest
    # warning-or-worse sample if any, else the earliest of the highest severity.
    if new is None:
        return cur
    if cur is None:
        return new
    cur_w, new_w = cur.severity >= WARNING, new.severity >= WARNING
    if cur_w != new_w:
        return new if new_w else cur
    if not cur_w and new.severity != cur.severity:
        return new if new.severity > cur.severity else cur
    return new if _position(new) < _position(cur) else cur


def _position(s: Sample) -> int:
    return s.line if s.line is not None else (s.message_index or 0)


def merge_partials(
    partials: list[PartialSummary], *, batch_id: str, file_id: str, file_name: str = "", error: str | None = None
) -> FileSummary:
    """One FileSummary from the segments' partial states, in file order."""
    b = SummaryBuilder(batch_id=batch_id, file_id=file_id, file_name=file_name)
    parts = sorted(partials, key=lambda p: p.index)
    b.format = parts[0].format if parts else "text"
    gids: dict[tuple[str, ...], int] = {}
    tokens: list[tuple[str, ...]] = []
    shape_owner: dict[str, tuple[str, ...]] = {}  # split shapes: the group of their first segment
    first_at: dict[int, int] = {}  # for groups fed by split shapes: line of the first/last time seen
    last_at: dict[int, int] = {}
    binary_bytes, first_binary_line = 0, None
    edges: dict[int, str] = {}  # absolute line → excerpt, for the segments' edge lines
    offset = messages = 0
    for p in parts:
        for g in p.groups:
            key = tuple(g.tokens)
            if g.shape is not None:
                key = shape_owner.setdefault(g.shape, key)
            gid = gids.get(key)
            if gid is None:
                gid = gids[key] = len(tokens)
                tokens.append(key)
                b.ensure_group(gid)
            b.g_count[gid] += g.count
            if p.unit == "message":
                b.g_first[gid] = _earliest(b.g_first[gid], g.first)
                b.g_last[gid] = _latest(b.g_last[gid], g.last)
                g = g.model_copy(update={"first": None, "last": None})
            elif g.shape is not None and g.first_line is not None and g.last_line is not None:
                # several shapes share the group: order their first/last times by line
                fl, ll = g.first_line + offset, g.last_line + offset
                if g.first is not None and (b.g_first[gid] is None or fl < first_at[gid]):
                    b.g_first[gid], first_at[gid] = g.first, fl
                if g.last is not None and (b.g_last[gid] is None or ll > last_at[gid]):
                    b.g_last[gid], last_at[gid] = g.last, ll
                g = g.model_copy(update={"first": None, "last": None})
            if b.g_first[gid] is None:
                b.g_first[gid] = g.first
            if g.last is not None:
                b.g_last[gid] = g.last
            if g.severity > b.g_sev[gid]:
                b.g_sev[gid] = g.severity
            b.g_sample[gid] = _fold_sample(b.g_sample[gid], g.sample.at(offset, messages) if g.sample else None)
        for i, c in enumerate(p.severity_counts):
            b.severity_counts[i] += c
        for c in p.codes:
            acc = b.codes.get(c.code)
            if acc is None:
                if len(b.codes) >= MAX_TRACKED_CODES:
                    b.codes_dropped += c.count
                    continue
                b.codes[c.code] = _CodeAcc(c.kind, c.count, c.severity, c.first, c.last, c.sample.at(offset, messages))
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
        if p.timeline is not None:
            b.timeline.merge(p.timeline.accumulator())
        if p.line_signals:
            if b.line_signals is None:
                b.line_signals = LineSignals()
            b.line_signals.merge_state(p.line_signals, offset)
        b.bytes += p.bytes
        binary_bytes += p.binary_bytes
        if first_binary_line is None and p.first_binary_line is not None:
            first_binary_line = p.first_binary_line + offset
        for j, text in enumerate(p.first_lines):
            edges[offset + 1 + j] = text
        for j, text in enumerate(p.last_lines):
            edges[offset + p.lines - len(p.last_lines) + 1 + j] = text
        offset += p.lines
        messages += p.messages
        error = error or p.error
    b.lines, b.messages = offset, messages
    _complete_context(
        [s for s in b.g_sample if s is not None] + [acc.sample for acc in b.codes.values()], edges, b.lines
    )
    miner = TemplateMiner()
    miner.group_tokens, miner.group_adds = tokens, list(b.g_count)  # stage 2 over the union, once
    g2t, texts = miner.finalize(b.g_count)
    error = error or binary_error(b.bytes, binary_bytes, first_binary_line)
    if not b.bytes and error is None:  # no bytes at all: what the one-pass parse says of an empty file
        b.format, error = "empty", EMPTY_FILE_ERROR
    return b.build(group_to_template=g2t, template_texts=texts, error=error)


def _earliest(a: float | None, b: float | None) -> float | None:
    return b if a is None or (b is not None and b < a) else a


def _latest(a: float | None, b: float | None) -> float | None:
    return b if a is None or (b is not None and b > a) else a


def long_file_format(stream: Readable) -> str | None:
    """What the long-file path parses, from the head: a format whose reader has a ``Segmenter``
    (``text``, ``mcap``), or ``{codec}+text`` for text in one compression layer (split at zstd
    frames, or parsed in checkpointed stretches); None for anything else.

    Reads only the head: the sniff prefix, and for a compressed file the first decompressed bytes.
    """
    source = Source(stream)
    fmt = sniff(source.peek(SNIFF_BYTES))
    if fmt in COMPRESSED:
        try:
            inner = sniff(Source(decompressing(source, fmt, None)).peek(SNIFF_BYTES))
        except ParseLimitError:
            return None  # corrupt: the single pass reports it
        return f"{fmt}+text" if inner == "text" else None
    found = reader_for(fmt)
    return fmt if found is not None and found.segments is not None else None


def segmenter_of(fmt: str):
    """The ``Segmenter`` of a long-file format (``zstd+text`` → the text reader's)."""
    found = reader_for(fmt.rsplit("+", 1)[-1])
    if found is None or found.segments is None:
        raise ValueError(f"{fmt} files are not parsed in segments")
    return found.segments


def zstd_frames(store: ObjectStore, key: str, size: int) -> list[int]:
    """Frame start offsets of a stored zstd object: from its seek table, else its frame headers."""
    if size > SEEK_FOOTER:
        table_size = seek_table_size(_read_all(store.open_range(key, size - SEEK_FOOTER, size)))
        if table_size is not None and table_size <= size:
            offsets = frames_from_seek_table(_read_all(store.open_range(key, size - table_size, size)), size)
            if offsets:
                return offsets
    # No seek table: walk the frame headers (block contents are skipped, never decoded).
    walker = FrameWalker()
    stream = store.open_stream(key)
    try:
        while walker.error is None and (data := stream.read(CHUNK)):
            walker.feed(data)
    finally:
        _close(stream)
    return walker.offsets if walker.error is None else walker.offsets[:1]


class TextSegments:
    """The text reader's ``Segmenter``: plain text at any byte offsets (line ownership makes every
    split point valid), zstd at whole frames; other codecs do not split (checkpointed stretches)."""

    def splittable(self, store: ObjectStore, key: str, fmt: str, size: int) -> bool:
        return True  # as segments, or (in a compression layer) as checkpointed stretches

    def plan(self, store: ObjectStore, key: str, fmt: str, size: int, target: int, max_segments: int) -> list[Segment]:
        if fmt == "text":
            return plan_ranges(size, target, max_segments)
        if fmt == "zstd+text":
            return group_frames(zstd_frames(store, key, size), size, target, max_segments)
        return []

    def read(
        self,
        store: ObjectStore,
        key: str,
        fmt: str,
        segment: Segment,
        *,
        last: bool,
        deadline: Deadline,
        uploaded_at: datetime | None,
    ) -> PartialSummary:
        codec = codec_of(fmt)
        head_stream = store.open_stream(key)
        try:
            head = learn_head(text_reader(DeadlineStream(head_stream, deadline), codec), uploaded_at)
        finally:
            _close(head_stream)
        body = store.open_range(key, segment.start, segment.end)
        tail = None if last else (lambda: text_reader(store.open_range(key, segment.end, None), codec))
        try:
            owned = owned_bytes(text_reader(DeadlineStream(body, deadline), codec), tail, first=segment.index == 0)
            return summarize_segment(segment.index, owned, head, fmt=fmt)
        finally:
            _close(body)

    def merge(self, partials: list[PartialSummary], *, batch_id: str, file_id: str, file_name: str = "") -> FileSummary:
        return merge_partials(partials, batch_id=batch_id, file_id=file_id, file_name=file_name)


TEXT_SEGMENTS = TextSegments()


def _read_all(stream) -> bytes:
    try:
        return stream.read()
    finally:
        _close(stream)


def _close(stream) -> None:
    close = getattr(stream, "close", None)
    if close:
        close()
