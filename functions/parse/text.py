"""The text-log path: lines in, a FileSummary's worth of statistics out, in one forward pass.

Speed comes from not doing per-line work that a previous line already did. Each chunk has its digits
turned into ``0`` by one ``bytes.translate`` (C speed, ~500 MB/s); the resulting line is the key of a
cache holding what the slow path decided for that shape of line (template group, severity, channel,
whether it can hold a fault code). Lines that differ only in their numbers (most of a log) then cost a
dict lookup plus a timestamp extraction. The slow path (header split, message keywords, template
mining) runs once per distinct line shape.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from datetime import datetime
from itertools import compress
from operator import add, itemgetter

from functions.parse.builder import Sample, SummaryBuilder, excerpt
from functions.parse.codes import Candidates, candidates, codes_at, yielding
from functions.parse.header import HeaderModel, learn_header
from functions.parse.miner import TemplateMiner
from functions.parse.severity import WARNING, inline_level_rank, keyword_rank, level_rank
from functions.parse.timeline import TimelineAccumulator
from functions.parse.timestamps import TimestampLayout, learn_layout
from functions.shared.contracts import MAX_CONTEXT_LINES
from functions.shared.contracts import MAX_TIMELINE_BUCKETS as TIMELINE_BUCKETS

MAX_LINE = 64 * 1024  # longer lines are cut here; the rest of the line is skipped, not buffered
WARMUP_LINES = 2000  # lines buffered to learn the header and timestamp layout
WARMUP_BYTES = 512 * 1024
CACHE_MAX = 100_000  # distinct line shapes remembered; cleared when full (bounded memory) ...
CACHE_MAX_BYTES = 32 << 20  # ... or when their keys add up to this much
# Only a line's head decides its shape, template and code candidates: distinct long lines would
# otherwise make cache keys, miner input and candidate lists as big as the lines (stats still count
# the whole line, and timestamps are read from it).
SHAPE_BYTES = 4096
MAX_CHANNEL_NAMES = 20_000
CHUNKED = True  # the default path; benchmarks flip it to time the line-by-line reference
CHUNKED_MIN_TIMED = 0.5  # share of timestamped lines (previous chunk) from which the chunked path runs
MAX_PLACES = 4  # timestamp positions per chunk sliced separately; past that, one slice per line

_ZERO_DIGITS = bytes.maketrans(b"123456789", b"000000000")


def excerpts(lines: list[bytes]) -> list[str]:
    """Context lines as evidence shows them."""
    return [excerpt(ln.decode("utf-8", "replace").rstrip("\r")) for ln in lines]
_MISS: tuple = ()
# What the slow path decides per line shape: (group id, severity rank, channel id or -1,
# timestamp offset or -1, code candidate positions).
Shape = tuple[int, int, int, int, Candidates]
# Where a shape's timestamp parts sit: seconds start/end, fraction start/end, zone start/end (-1: none).
Span = tuple[int, int, int, int, int, int]
# Bytes that appear in text logs: printable ASCII, tab, LF, CR, FF, ESC (colour codes), UTF-8 bytes.
_TEXT_BYTES = bytes([9, 10, 12, 13, 27, *range(32, 127), *range(128, 256)])
_TAG_PID = re.compile(r"\[\d+\]$|:$")


def _is_binary(data: bytes) -> bool:
    data = data.strip(b"\0")
    return b"\0" in data or len(data.translate(None, _TEXT_BYTES)) * 20 > len(data)


class TextSummarizer:
    """Feed chunks of a text log; ``finish`` returns the miner's template mapping for the builder."""

    def __init__(
        self,
        builder: SummaryBuilder,
        *,
        miner: TemplateMiner | None = None,
        chunked: bool | None = None,
        uploaded_at: datetime | None = None,
    ) -> None:
        self.b = builder
        self._uploaded_at = uploaded_at
        builder.pending_context = []
        # Context lines do not stop at a block's edge: the previous block's last lines, and the
        # samples still waiting for lines after them (filled from the next block).
        self._tail: list[bytes] = []
        self._awaiting: list[Sample] = []
        # chunked: repeated shapes are counted per chunk at C speed (the default); False runs the
        # reference line-by-line loop, which the tests hold the chunked path equal to.
        self.chunked = CHUNKED if chunked is None else chunked
        self.miner = miner or TemplateMiner()
        self._carry = b""
        self._skipping = False  # inside an over-long line whose head was already taken
        self._skipping_binary = False
        self._warm: list[bytes] | None = []
        self._warm_bytes = 0
        self.header: HeaderModel | None = None
        self.layout: TimestampLayout | None = None
        self._cache: dict[bytes, Shape | None] = {}
        self._cache_bytes = 0
        # per shape: where its timestamp's seconds and fraction sit (the chunked path's clock)
        self._spans: dict[bytes, Span] = {}
        self._timed_share = 1.0
        self._channel_ids: dict[str, int] = {}
        self._channel_names: list[str] = []
        self._channel_counts: list[int] = []
        self.binary_bytes = 0
        self.first_binary_line: int | None = None
        self.long_lines = 0

    # ---- feeding -------------------------------------------------------------------------------
    def feed(self, chunk: bytes) -> None:
        self.b.bytes += len(chunk)
        if self._skipping:
            nl = chunk.find(b"\n")
            skipped = len(chunk) if nl < 0 else nl
            if self._skipping_binary:  # the rest of a binary "line" is binary too
                self.binary_bytes += skipped
            if nl < 0:
                return
            chunk = chunk[nl + 1 :]
            self._skipping = False
        buf = self._carry + chunk if self._carry else chunk
        last_nl = buf.rfind(b"\n")
        if last_nl < 0:
            self._carry = buf
        else:
            self._carry = buf[last_nl + 1 :]
            block = buf[:last_nl]
            self._lines(block.split(b"\n"), block)
        if len(self._carry) > MAX_LINE:
            head, self._carry = self._carry[:MAX_LINE], b""
            self._skipping = True
            self.long_lines += 1
            before = self.binary_bytes
            self._lines([head])
            self._skipping_binary = self.binary_bytes > before or _is_binary(head)

    def finish(self) -> tuple[list[int], list[str]]:
        if self._carry and not self._skipping:
            self._lines([self._carry])
        self._carry = b""
        if self._warm is not None:
            self._end_warmup()
        for i, name in enumerate(self._channel_names):
            self.b.add_channel(name, self._channel_counts[i])
        self._channel_counts = [0] * len(self._channel_names)  # finish may run twice (error path)
        return self.miner.finalize(self.b.g_count)

    def _lines(self, lines: list[bytes], block: bytes | None = None) -> None:
        if self._warm is not None:
            self._warm.extend(lines)
            self._warm_bytes += sum(len(x) for x in lines)
            if len(self._warm) >= WARMUP_LINES or self._warm_bytes >= WARMUP_BYTES:
                self._end_warmup()
            return
        self._process(lines, block)

    def _end_warmup(self) -> None:
        warm, self._warm = self._warm or [], None
        sample = [ln.rstrip(b"\r") for ln in warm[:WARMUP_LINES]]
        self.layout = learn_layout(sample, not_after=self._uploaded_at)
        self.header = learn_header([ln.decode("utf-8", "replace") for ln in sample])
        self._process(warm)

    def _process(self, lines: list[bytes], block: bytes | None = None) -> None:
        # The shape cache is bounded between chunks, never inside one, so both paths below call the
        # slow path for exactly the same lines.
        if len(self._cache) >= CACHE_MAX or self._cache_bytes > CACHE_MAX_BYTES:
            self._cache.clear()
            self._spans.clear()
            self._cache_bytes = 0
        # Both paths give the same results; the chunked one wins when most lines carry a timestamp
        # (one timestamp conversion per distinct second instead of one per line) and loses a little
        # on files where few do, so the share seen in the previous chunk picks the path.
        if self.chunked and self._timed_share >= CHUNKED_MIN_TIMED:
            self._process_chunk(lines, block)
        else:
            self._process_lines(lines, block)

    # ---- the hot loop --------------------------------------------------------------------------
    def _prepare(self, lines: list[bytes], block: bytes | None) -> tuple[list[bytes], list[bytes], int]:
        """Count the lines; blank out binary ones; the digit-zeroed shape key of every line.

        ``block`` is the lines joined by newlines when the caller has it (it was split from it).
        """
        b = self.b
        first_lineno = b.lines + 1
        b.lines += len(lines)
        if block is None:
            block = b"\n".join(lines)
        if block.translate(None, _TEXT_BYTES):
            lines = self._drop_binary(lines, first_lineno)
            block = b"\n".join(lines)
        keys = block.translate(_ZERO_DIGITS).split(b"\n")
        if len(block) > SHAPE_BYTES and max(map(len, keys)) > SHAPE_BYTES:
            keys = [k[:SHAPE_BYTES] for k in keys]
        return lines, keys, first_lineno

    def _process_chunk(self, lines: list[bytes], block: bytes | None = None) -> None:
        """The same statistics as ``_process_lines``, with the per-line work done by C-level builtins.

        Shapes are counted with ``Counter`` and first/last lines found with ``dict(zip(...))``; the
        slow path runs once per unseen shape, in order of first appearance, as the line loop would.
        Timestamps: lines of one shape hold their timestamp at the same offset with the same field
        widths (only digits differ), so the seconds part is a fixed slice, converted once per distinct
        value in order of first appearance (the order in which the line loop fills the seconds
        cache); only the lines that decide a result (a
        group's first and last line, the chunk's earliest and latest second, lines with a code) get
        their fraction added. Chunks this cannot vouch for go through the line loop.
        """
        lines, keys, first_lineno = self._prepare(lines, block)
        cache = self._cache
        layout = self.layout
        n = len(keys)
        counts = order = Counter(keys)  # a dict: its keys are in order of first appearance
        first = dict(zip(reversed(keys), range(n - 1, -1, -1), strict=True))
        misses = [k for k in order if k not in cache]
        for key in misses:
            i = first[key]
            if len(lines[i]) > MAX_LINE:
                lines[i] = lines[i][:MAX_LINE]
                self.long_lines += 1
        tsp_of: dict[bytes, int] = {}
        if layout is not None:
            for key in order:
                if key in cache:
                    hit = cache[key]
                    if hit is not None and hit[3] >= 0:
                        tsp_of[key] = hit[3]
                else:
                    tsp = layout.locate(lines[first[key]][:SHAPE_BYTES])
                    if tsp >= 0:
                        tsp_of[key] = tsp
        self._timed_share = sum(map(counts.__getitem__, tsp_of)) / max(1, n)
        clock = _ChunkClock.build(layout, lines, keys, order, first, tsp_of, self._spans) if tsp_of else None
        if tsp_of and clock is None:
            self._lines_loop(lines, keys, first_lineno)
            return
        for key in misses:
            i = first[key]
            sample_ts = clock.time_of if clock is not None and key in tsp_of else None
            self._miss(lines, i, key, first_lineno + i, sample_ts)
        b = self.b
        g_count, sev_counts, ch_counts = b.g_count, b.severity_counts, self._channel_counts
        coded: set[bytes] = set()
        for key in order:
            hit = cache[key]
            if hit is None:
                continue
            gid, sev, ch, _tsp, cands = hit
            c = counts[key]
            g_count[gid] += c
            sev_counts[sev] += c
            if ch >= 0:
                ch_counts[ch] += c
            if cands:
                coded.add(key)
        if clock is not None:
            clock.apply(b, cache, keys, first)
            clock.timeline(b.timeline, cache)
        if coded:
            code_lines = []
            for i in compress(range(n), map(coded.__contains__, keys)):
                code_lines.append((i, clock.time_of(i) if clock is not None and keys[i] in tsp_of else None))
            self._codes(code_lines, lines, keys, first_lineno)
        if b.pending_context or self._awaiting:
            self._context(lines, first_lineno)
        self._tail = (self._tail + lines[-MAX_CONTEXT_LINES:])[-MAX_CONTEXT_LINES:]

    def _miss(
        self, lines: list[bytes], i: int, key: bytes, lineno: int, sample_ts: Callable[[int], float] | None = None
    ) -> Shape | None:
        line = lines[i]
        if len(line) > MAX_LINE:
            line = lines[i] = line[:MAX_LINE]
            self.long_lines += 1
        hit = self._slow(line[:SHAPE_BYTES], key, lineno, (lambda: sample_ts(i)) if sample_ts else None)
        self._cache[key] = hit
        self._cache_bytes += len(key)
        return hit

    def _process_lines(self, lines: list[bytes], block: bytes | None = None) -> None:
        """The reference: every line looked up and timed one by one."""
        self._lines_loop(*self._prepare(lines, block))

    def _lines_loop(self, lines: list[bytes], keys: list[bytes], first_lineno: int) -> None:
        b = self.b
        cache = self._cache
        code_lines: list[tuple[int, float | None]] = []
        at = self.layout.at if self.layout is not None else None
        g_count, g_first, g_last = b.g_count, b.g_first, b.g_last
        sev_counts = b.severity_counts
        ch_counts = self._channel_counts
        t_min, t_max = b.t_min, b.t_max
        timeline = b.timeline
        tl_counts, tl_origin, tl_width = timeline.counts, timeline.origin, timeline.width
        slow = self._slow
        timed = 0
        for i, key in enumerate(keys):
            hit = cache.get(key, _MISS)
            if hit is _MISS:
                line = lines[i]
                if len(line) > MAX_LINE:
                    line = lines[i] = line[:MAX_LINE]
                    self.long_lines += 1
                hit = slow(line[:SHAPE_BYTES], key, first_lineno + i)
                cache[key] = hit
                self._cache_bytes += len(key)
            if hit is None:  # blank or binary line
                continue
            gid, sev, ch, tsp, cands = hit
            g_count[gid] += 1
            sev_counts[sev] += 1
            if ch >= 0:
                ch_counts[ch] += 1
            ts = None
            if tsp >= 0:
                timed += 1
                ts = at(lines[i], tsp)
                if ts is not None:
                    # first/last are in file order (logs are near-sorted); the range is a true min/max
                    if g_first[gid] is None:
                        g_first[gid] = ts
                    g_last[gid] = ts
                    if t_min is None or ts < t_min:
                        t_min = ts
                    if t_max is None or ts > t_max:
                        t_max = ts
                    # The timeline inlined: the common case is one index into a bucket row.
                    k = -1 if tl_origin is None else int((ts - tl_origin) // tl_width)
                    if 0 <= k < TIMELINE_BUCKETS:
                        tl_counts[sev][k] += 1
                    else:
                        timeline.add_slow(ts, sev)
                        tl_origin, tl_width = timeline.origin, timeline.width
            if cands:
                code_lines.append((i, ts))
        b.t_min, b.t_max = t_min, t_max
        self._timed_share = timed / max(1, len(keys))
        if code_lines:
            self._codes(code_lines, lines, keys, first_lineno)
        if b.pending_context or self._awaiting:
            self._context(lines, first_lineno)
        self._tail = (self._tail + lines[-MAX_CONTEXT_LINES:])[-MAX_CONTEXT_LINES:]

    def _context(self, lines: list[bytes], first_lineno: int) -> None:
        """The lines around this block's new samples, across block edges: lines before from the
        previous block's tail, lines after from this block or, at its end, from the next."""

        text = excerpts
        still: list[Sample] = []
        for sample in self._awaiting:
            need = MAX_CONTEXT_LINES - len(sample.after or [])
            sample.after = [*(sample.after or []), *text(lines[:need])]
            if len(sample.after) < MAX_CONTEXT_LINES:
                still.append(sample)
        pending = self.b.pending_context or []
        for sample in pending:
            i = (sample.line or 0) - first_lineno
            if not 0 <= i < len(lines):
                continue
            if i < MAX_CONTEXT_LINES:
                before = (self._tail + lines[:i])[-MAX_CONTEXT_LINES:]
            else:
                before = lines[i - MAX_CONTEXT_LINES : i]
            sample.before, sample.after = text(before), text(lines[i + 1 : i + 1 + MAX_CONTEXT_LINES])
            if len(sample.after) < MAX_CONTEXT_LINES:
                still.append(sample)
        pending.clear()
        self._awaiting = still

    def _slow(
        self, line: bytes, shape: bytes, lineno: int, sample_ts: Callable[[], float] | None = None
    ) -> Shape | None:
        """Decide everything that depends only on the line's shape; runs once per distinct shape."""
        text = line.decode("utf-8", "replace").rstrip("\r")
        if not text.strip():
            return None
        split = self.header.split(text) if self.header is not None else None
        content = text[split.content_start :] if split is not None else text
        sev = level_rank(split.level) if split is not None else None
        if sev is None:
            sev = inline_level_rank(content)
        if sev is None:
            sev = keyword_rank(content)
        ch = -1
        if split is not None and split.tag:
            ch = self._channel(_TAG_PID.sub("", split.tag.rstrip(":")) or split.tag)
        gid = self.miner.add(content)
        b = self.b
        if gid >= len(b.g_count):
            b.ensure_group(gid)
        tsp = self.layout.locate(line) if self.layout is not None else -1
        sample = b.g_sample[gid]
        if sample is None or (sev > sample.severity and sample.severity < WARNING):
            if sample_ts is not None:  # the chunked path times lines in their own order
                ts = sample_ts() if tsp >= 0 else None
            else:
                ts = self.layout.at(line, tsp) if tsp >= 0 else None
            b.g_sample[gid] = Sample(lineno, None, ts, sev, excerpt(text))
            if b.pending_context is not None:
                b.pending_context.append(b.g_sample[gid])
        if sev > b.g_sev[gid]:
            b.g_sev[gid] = sev
        return gid, sev, ch, tsp, yielding(shape, candidates(shape))

    def _channel(self, name: str) -> int:
        ch = self._channel_ids.get(name)
        if ch is None:
            if len(self._channel_names) >= MAX_CHANNEL_NAMES:
                return -1
            ch = self._channel_ids[name] = len(self._channel_names)
            self._channel_names.append(name)
            self._channel_counts.append(0)
        return ch

    def _codes(
        self, code_lines: list[tuple[int, float | None]], lines: list[bytes], keys: list[bytes], first_lineno: int
    ) -> None:
        cache = self._cache
        for i, ts in code_lines:
            hit = cache.get(keys[i])
            if not hit:
                continue
            line = lines[i]
            found = codes_at(line, hit[4])
            if not found:
                continue
            sev = max(hit[1], WARNING)
            for code, kind in found:
                self.b.add_code(
                    code,
                    kind,
                    sev,
                    ts,
                    line=first_lineno + i,
                    text=lambda line=line: line.decode("utf-8", "replace"),
                )

    # ---- binary content ------------------------------------------------------------------------
    def _drop_binary(self, lines: list[bytes], first_lineno: int) -> list[bytes]:
        """Blank out lines that are not text; NUL padding (power loss mid-write) is removed silently."""
        out: list[bytes] = []
        for i, line in enumerate(lines):
            if b"\0" in line:
                line = line.strip(b"\0")  # padding around text is tolerated, NULs inside text are not
                bad = len(line) if b"\0" in line else len(line.translate(None, _TEXT_BYTES))
            else:
                bad = len(line.translate(None, _TEXT_BYTES))
            if bad and bad * 20 > len(line):
                self.binary_bytes += len(line)
                if self.first_binary_line is None:
                    self.first_binary_line = first_lineno + i
                line = b""
            out.append(line)
        return out


class _ChunkClock:
    """The times of one chunk's lines, computed as ``TimestampLayout.at`` would, from fixed slices.

    Built from the layout's compiled match and seconds cache (``TimestampLayout`` internals), so a
    line's time is exactly what ``at`` returns, filling its seconds cache in the line loop's
    order. ``build`` returns None when a chunk needs the line loop: the epoch layout (its pattern
    tells digits apart, so a shape does not fix its match), explicit years, or a date that does not
    exist.
    """

    __slots__ = ("keys", "lines", "parts", "spans", "whole")

    @classmethod
    def build(
        cls,
        layout: TimestampLayout | None,
        lines: list[bytes],
        keys: list[bytes],
        order: dict[bytes, int],
        first: dict[bytes, int],
        tsp_of: dict[bytes, int],
        known: dict[bytes, Span],
    ) -> _ChunkClock | None:
        match = getattr(layout, "_match", None)
        seconds_cache = getattr(layout, "_cache", None)
        if layout is None or layout.name == "epoch" or match is None or not isinstance(seconds_cache, dict):
            return None
        frac_group, tz_group, year_group = layout._frac_group, layout._tz_group, layout._year_group
        spans: dict[bytes, Span] = {}
        for key, tsp in tsp_of.items():
            span = known.get(key)
            if span is None:
                m = match(lines[first[key]], tsp)
                if m is None or (year_group is not None and m.group(year_group)):
                    return None  # no match, or a seconds cache keyed by (seconds, year)
                fa, fz = m.span(frac_group) if frac_group is not None else (-1, -1)
                ta, tz = m.span(tz_group) if tz_group is not None else (-1, -1)
                span = known[key] = (*m.span(1), fa, fz, ta, tz)
            spans[key] = span
        # Lines by where their seconds (and zone) sit: one or a few places per chunk, each sliced at
        # C speed; a line's "stamp" is its seconds followed by its zone.
        by_place: dict[tuple[int, int, int, int], set[bytes]] = {}
        for key, span in spans.items():
            by_place.setdefault((span[0], span[1], span[4], span[5]), set()).add(key)
        n = len(keys)
        parts: list[tuple[list[int] | range, list[bytes], int]] = []
        if len(by_place) > MAX_PLACES:
            for place in by_place:
                if place[2] >= 0:
                    return None
            timed = list(map(spans.get, keys))
            idx = [i for i, span in enumerate(timed) if span is not None]
            stamps = [lines[i][timed[i][0] : timed[i][1]] for i in idx]
            parts.append((idx, stamps, -1))
        for (a, z, ta, tz), members in by_place.items() if len(by_place) <= MAX_PLACES else ():
            if len(members) == len(order):
                idx = range(n)
                sel = lines
            else:
                wanted = list(map(members.__contains__, keys))
                idx = list(compress(range(n), wanted))
                sel = list(compress(lines, wanted))
            stamps = list(map(itemgetter(slice(a, z)), sel))
            if ta >= 0:
                stamps = list(map(add, stamps, map(itemgetter(slice(ta, tz)), sel)))
            parts.append((idx, stamps, z - a if ta >= 0 else -1))
        firsts: dict[bytes, int] = {}
        cut: dict[bytes, int] = {}  # stamp → length of its seconds part (-1: all of it)
        for idx, stamps, sec_len in parts:
            here = dict(zip(reversed(stamps), reversed(idx), strict=True))
            for stamp, i in here.items():
                if cut.setdefault(stamp, sec_len) != sec_len:
                    return None  # one stamp read two ways: leave it to the line loop
                if i < firsts.get(stamp, n):
                    firsts[stamp] = i
        whole: dict[bytes, int] = {}
        at = layout.at
        # Each distinct stamp is converted on its first line, in line order: the order in which the
        # line loop fills the seconds cache.
        for stamp in sorted(firsts, key=firsts.__getitem__):
            i = firsts[stamp]
            if at(lines[i], tsp_of[keys[i]]) is None:
                return None  # a date that does not exist: the line loop skips exactly those lines
            sec_len = cut[stamp]
            value = seconds_cache.get(stamp if sec_len < 0 else stamp[:sec_len])
            if not isinstance(value, int):
                return None
            whole[stamp] = value if sec_len < 0 else value + _zone_shift(stamp[sec_len:])
        clock = cls()
        clock.whole, clock.parts, clock.keys, clock.lines, clock.spans = whole, parts, keys, lines, spans
        return clock

    def time_of(self, i: int) -> float:
        """``TimestampLayout._convert``'s arithmetic, from the line's stamp."""
        sec_a, sec_z, fa, fz, ta, tz = self.spans[self.keys[i]]
        line = self.lines[i]
        value = self.whole[line[sec_a:sec_z] + line[ta:tz] if ta >= 0 else line[sec_a:sec_z]]
        if fa >= 0:
            frac = line[fa:fz]
            if frac:
                return value + int(frac) / 10 ** len(frac)
        return float(value)

    def timeline(self, timeline: TimelineAccumulator, cache: dict) -> None:
        """The chunk's lines into the severity timeline, counted per (whole second, severity).

        Buckets are whole seconds wide and start on a whole second, so a line's bucket depends on its
        whole second only; pairs are added in order of their first line, which widens the timeline
        exactly as the line loop's line-by-line adds do (only a second not seen before can widen it).
        """
        whole, keys = self.whole, self.keys
        first_at: dict[tuple[int, int], int] = {}
        counts: Counter[tuple[int, int]] = Counter()
        for idx, stamps, _ in self.parts:
            hits = list(map(cache.get, map(keys.__getitem__, idx)))
            if None in hits:  # a blank or binary line has no severity (the line loop skips it too)
                kept = [h is not None for h in hits]
                idx, stamps, hits = list(compress(idx, kept)), list(compress(stamps, kept)), list(compress(hits, kept))
            pairs = list(zip(map(whole.__getitem__, stamps), map(itemgetter(1), hits), strict=True))
            counts.update(pairs)
            for pair, i in dict(zip(reversed(pairs), reversed(idx), strict=True)).items():
                if i < first_at.get(pair, len(keys)):
                    first_at[pair] = i
        for pair in sorted(first_at, key=first_at.__getitem__):
            timeline.add(float(pair[0]), pair[1], counts[pair])

    def apply(self, b: SummaryBuilder, cache: dict, keys: list[bytes], first: dict[bytes, int]) -> None:
        """Group first/last seen and the file's time range, updated with this chunk's lines."""
        whole, spans = self.whole, self.spans
        # Only lines of the chunk's earliest and latest whole second can hold its earliest or latest
        # time (fractions stay below one second).
        lo, hi = min(whole.values()), max(whole.values())
        near = {stamp for stamp, v in whole.items() if v in (lo, hi)}
        decisive: set[int] = set()
        for idx, stamps, _ in self.parts:
            decisive.update(compress(idx, map(near.__contains__, stamps)))
        n = len(keys)
        last = dict(zip(keys, range(n), strict=True))
        g_first_i: dict[int, int] = {}
        g_last_i: dict[int, int] = {}
        for key in spans:
            hit = cache[key]
            if hit is None:
                continue
            gid = hit[0]
            f, la = first[key], last[key]
            if f < g_first_i.get(gid, n):
                g_first_i[gid] = f
            if la > g_last_i.get(gid, -1):
                g_last_i[gid] = la
        time_of = self.time_of
        g_first, g_last = b.g_first, b.g_last
        for gid, i in g_first_i.items():
            if g_first[gid] is None:
                g_first[gid] = time_of(i)
        for gid, i in g_last_i.items():
            g_last[gid] = time_of(i)
        times = [time_of(i) for i in decisive]
        lo_t, hi_t = min(times), max(times)
        if b.t_min is None or lo_t < b.t_min:
            b.t_min = lo_t
        if b.t_max is None or hi_t > b.t_max:
            b.t_max = hi_t


def _zone_shift(tz: bytes) -> int:
    """Seconds to add for a zone offset, as ``TimestampLayout._convert`` computes them."""
    if tz and tz != b"Z":
        sign = -1 if tz[:1] == b"+" else 1
        digits = tz[1:].replace(b":", b"")
        return sign * (int(digits[:2]) * 3600 + int(digits[2:4]) * 60)
    return 0
