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
from datetime import datetime

from functions.parse.builder import Sample, SummaryBuilder, excerpt
from functions.parse.codes import Candidates, candidates, codes_at
from functions.parse.header import HeaderModel, learn_header
from functions.parse.miner import TemplateMiner
from functions.parse.severity import WARNING, inline_level_rank, keyword_rank, level_rank
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

_ZERO_DIGITS = bytes.maketrans(b"123456789", b"000000000")
_MISS: tuple = ()
# What the slow path decides per line shape: (group id, severity rank, channel id or -1,
# timestamp offset or -1, code candidate positions).
Shape = tuple[int, int, int, int, Candidates]
# Bytes that appear in text logs: printable ASCII, tab, LF, CR, FF, ESC (colour codes), UTF-8 bytes.
_TEXT_BYTES = bytes([9, 10, 12, 13, 27, *range(32, 127), *range(128, 256)])
_TAG_PID = re.compile(r"\[\d+\]$|:$")


def _is_binary(data: bytes) -> bool:
    data = data.strip(b"\0")
    return b"\0" in data or len(data.translate(None, _TEXT_BYTES)) * 20 > len(data)


class TextSummarizer:
    """Feed chunks of a text log; ``finish`` returns the miner's template mapping for the builder."""

    def __init__(
        self, builder: SummaryBuilder, *, miner: TemplateMiner | None = None, uploaded_at: datetime | None = None
    ) -> None:
        self.b = builder
        self._uploaded_at = uploaded_at
        builder.pending_context = []
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
            self._lines(buf[:last_nl].split(b"\n"))
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

    def _lines(self, lines: list[bytes]) -> None:
        if self._warm is not None:
            self._warm.extend(lines)
            self._warm_bytes += sum(len(x) for x in lines)
            if len(self._warm) >= WARMUP_LINES or self._warm_bytes >= WARMUP_BYTES:
                self._end_warmup()
            return
        self._process(lines)

    def _end_warmup(self) -> None:
        warm, self._warm = self._warm or [], None
        sample = [ln.rstrip(b"\r") for ln in warm[:WARMUP_LINES]]
        self.layout = learn_layout(sample, not_after=self._uploaded_at)
        self.header = learn_header([ln.decode("utf-8", "replace") for ln in sample])
        self._process(warm)

    # ---- the hot loop --------------------------------------------------------------------------
    def _process(self, lines: list[bytes]) -> None:
        b = self.b
        first_lineno = b.lines + 1
        n = len(lines)
        b.lines += n
        block = b"\n".join(lines)
        if block.translate(None, _TEXT_BYTES):
            lines = self._drop_binary(lines, first_lineno)
            block = b"\n".join(lines)
        keys = block.translate(_ZERO_DIGITS).split(b"\n")
        if len(block) > SHAPE_BYTES and max(map(len, keys)) > SHAPE_BYTES:
            keys = [k[:SHAPE_BYTES] for k in keys]
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
        for i, key in enumerate(keys):
            hit = cache.get(key, _MISS)
            if hit is _MISS:
                line = lines[i]
                if len(line) > MAX_LINE:
                    line = lines[i] = line[:MAX_LINE]
                    self.long_lines += 1
                hit = slow(line[:SHAPE_BYTES], key, first_lineno + i)
                if len(cache) >= CACHE_MAX or self._cache_bytes > CACHE_MAX_BYTES:
                    cache.clear()
                    self._cache_bytes = 0
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
        if code_lines:
            self._codes(code_lines, lines, keys, first_lineno)
        if b.pending_context:
            self._context(lines, first_lineno)

    def _context(self, lines: list[bytes], first_lineno: int) -> None:
        """The lines around this block's new samples (those at a block edge get what the block has)."""
        pending = self.b.pending_context or []
        for sample in pending:
            i = (sample.line or 0) - first_lineno
            if not 0 <= i < len(lines):
                continue
            around = lines[max(0, i - MAX_CONTEXT_LINES) : i], lines[i + 1 : i + 1 + MAX_CONTEXT_LINES]
            sample.before, sample.after = (
                [excerpt(ln.decode("utf-8", "replace").rstrip("\r")) for ln in side] for side in around
            )
        pending.clear()

    def _slow(self, line: bytes, shape: bytes, lineno: int) -> Shape | None:
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
            ts = self.layout.at(line, tsp) if tsp >= 0 else None
            b.g_sample[gid] = Sample(lineno, None, ts, sev, excerpt(text))
            if b.pending_context is not None:
                b.pending_context.append(b.g_sample[gid])
        if sev > b.g_sev[gid]:
            b.g_sev[gid] = sev
        return gid, sev, ch, tsp, candidates(shape)

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
