"""The text-log path: lines in, a FileSummary's worth of statistics out, in one forward pass.

Speed comes from not doing per-line work that a previous line already did. Each block of lines has
its digits turned into ``0`` by one ``bytes.translate`` (C speed); the resulting line is the key of a
cache holding what the slow path decided for that shape of line (template group, severity, channel,
timestamp offset, code candidates). The slow path (header split, message keywords, template mining)
runs once per distinct line shape; per line, the block path (``_process_block``) uses only C-level
passes: counting shapes, slicing timestamps at fixed offsets, picking the lines that can hold a code.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime
from itertools import compress, repeat
from operator import add, is_, itemgetter
from types import ModuleType

from functions.core.domain.contracts import MAX_CONTEXT_LINES
from functions.core.domain.contracts import MAX_TIMELINE_BUCKETS as TIMELINE_BUCKETS
from functions.parse import codes, line_signals, miner, severity
from functions.parse.builder import Sample, SummaryBuilder, excerpt
from functions.parse.codes import Candidates, Gate, codes_at, native_shape_codes, shape_codes, uds_gate
from functions.parse.header import HEAD_CHARS, HeaderModel, learn_header
from functions.parse.line_signals import LineSignals, name_of, slots_at, value_starts
from functions.parse.miner import TemplateMiner, mask_tokens, native_masker
from functions.parse.native import shapes as _native
from functions.parse.severity import WARNING, inline_level_rank, keyword_rank, level_rank
from functions.parse.timestamps import TimestampLayout, learn_layout

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
NATIVE = True  # use the C block pass when it is built; benchmarks and tests flip it to time the pure path
_MASKER = native_masker(_native) if _native is not None else None  # masking in C (ASCII messages)
_SHAPE_CODES = native_shape_codes(_native) if _native is not None else None  # a shape's code candidates in C
MAX_PLACES = 4  # timestamp positions per block sliced separately; past that, the line loop
SECONDS_MEMO = 1 << 16  # distinct timestamp seconds remembered across blocks
# Complete lines gathered before a pass: the per-shape work of a pass is paid once per block, so
# callers feeding small chunks still get passes of this size. Measured: gathering 4 MiB blocks from
# 1 MiB reads was no faster (the bigger buffers cost what the fewer per-shape loops save) and took
# +20 MiB RSS, so a 1 MiB read is one pass.
BLOCK_BYTES = 512 << 10

ZERO_DIGITS = bytes.maketrans(b"123456789", b"000000000")  # a line's shape: its digits read as 0


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
# Digits to 0 and every byte that is not text to NUL, in one pass: a block without NUL after it is
# all text, and its shape keys are those of ``ZERO_DIGITS``.
_ZERO_DIGITS_MARK_BINARY = bytes(
    (0x30 if 0x31 <= c <= 0x39 else c) if c in _TEXT_BYTES else 0 for c in range(256)
)
_TAG_PID = re.compile(r"\[\d+\]$|:$")
_NO_ROOM = object()  # a slot whose series found no room under the per-file cap


def _is_binary(data: bytes) -> bool:
    data = data.strip(b"\0")
    return b"\0" in data or len(data.translate(None, _TEXT_BYTES)) * 20 > len(data)


def count_shapes(
    counts: dict[bytes, int],
    cache: dict,
    g_count: list[int],
    sev_counts: list[int],
    ch_counts: list[int],
    sign: int,
    timed: dict[bytes, int] | None,
    coded: list[bytes] | None,
) -> None:
    """Add each shape's line count (times ``sign``) to its group, severity and channel; collect the shapes
    with a timestamp offset into ``timed`` and those with code candidates into ``coded`` (the pure twin
    of the native ``count_shapes``)."""
    for key, c in counts.items():
        hit = cache[key]
        if hit is None:
            continue
        gid, sev, ch, tsp, cands = hit
        g_count[gid] += sign * c
        sev_counts[sev] += sign * c
        if ch >= 0:
            ch_counts[ch] += sign * c
        if timed is not None and tsp >= 0:
            timed[key] = tsp
        if coded is not None and cands:
            coded.append(key)


# What the slow path reads from a new shape's line: its severity, its header's tag (or None), where its
# message starts (a byte offset of the line), where its values may start (``value_starts``; None when the
# head is not valid UTF-8: byte offsets unknown), its masked tokens, its code candidates and their gate.
Facts = tuple[int, "str | None", int, "list[int] | None", tuple[str, ...], Candidates, Gate]


def shape_facts(line: bytes, shape: bytes, header: HeaderModel | None, native: bool = False) -> Facts | None:
    """The facts of a line head (``shape``: its digits zeroed) under the file's header model; None for a
    blank line. ``native``: each step by its C twin where it has one (the pure steps are the reference);
    ``native_shape_facts`` reads an ASCII line in one C call."""
    text = line.decode("utf-8", "replace").rstrip("\r")
    if not text.strip():
        return None
    split = header.split(text, _native.header_split if native else None) if header is not None else None
    content = text[split.content_start :] if split is not None else text
    sev = level_rank(split.level) if split is not None else None
    if sev is None:
        sev = inline_level_rank(content)
    if sev is None:
        sev = keyword_rank(content, _native.keyword_rank if native else None)
    start = split.content_start if split is not None else 0
    head = text[:start]
    byte_start = start if head.isascii() else len(head.encode())
    starts = None
    if line.startswith(head.encode("utf-8", "replace")):
        starts = (_native.value_starts if native else value_starts)(shape, byte_start, line_signals._names_quantity)
    # the message with its digits zeroed, for the masking's memo (digits are single bytes: the same
    # decoding, offsets and length)
    zeroed = shape.decode("utf-8", "replace").rstrip("\r")[start:] if len(shape) == len(line) else None
    masked = mask_tokens(content, zeroed, _MASKER if native else None)
    found, gate = shape_codes(shape, _SHAPE_CODES if native else None)
    return sev, split.tag if split is not None else None, byte_start, starts, masked, found, gate


def native_facts_args(native: ModuleType, header: HeaderModel | None) -> tuple | None:
    """The arguments before (line, shape) of ``shape_facts`` in native/shapes.c, the twin of
    ``shape_facts`` on ASCII lines, for a file of this header model; None where its lines take the
    Python steps (a pipe-delimited header). Each module's own tables are passed in, not copied."""
    if header is not None and header.pipe_fields:
        return None
    return (
        native.mask_rules(miner._NATIVE_RULES),
        severity._LEVELS,
        severity._NATIVE_RANKS,
        line_signals._names_quantity,
        codes._ALTERNATIVES,
        codes._HEXREC_TAIL,
        codes.MAX_CANDIDATES,
        codes._vendor_zeroed()[1],
        header.field_kinds if header is not None else (),
        HEAD_CHARS,
    )


class TextSummarizer:
    """Feed chunks of a text log; ``finish`` returns the miner's template mapping for the builder."""

    def __init__(
        self,
        builder: SummaryBuilder,
        *,
        miner: TemplateMiner | None = None,
        chunked: bool | None = None,
        native: bool | None = None,
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
        # native: the block pass in C (functions.parse.native) when built; False: the pure path
        self.native = (NATIVE if native is None else native) and _native is not None
        self._counts: dict[bytes, int] | None = None  # the last block's shape counts, from the C pass
        self._shaped: tuple[list[bytes], list[bytes], dict[bytes, int]] | None = None  # lines, keys, counts
        self.miner = miner or TemplateMiner()
        self._carry = b""
        self._skipping = False  # inside an over-long line whose head was already taken
        self._skipping_binary = False
        self._warm: list[bytes] | None = []
        self._warm_bytes = 0
        self.header: HeaderModel | None = None
        self._facts_args: tuple | None = None  # native ``shape_facts``' arguments for this file's header
        self.layout: TimestampLayout | None = None
        self._cache: dict[bytes, Shape | None] = {}
        self._cache_bytes = 0
        # per shape: where its timestamp's seconds and fraction sit (the block path's clock)
        self._spans: dict[bytes, Span] = {}
        self._gates: dict[bytes, tuple[int, ...] | None] = {}  # per coded shape: see ``_code_lines``
        self._seconds: dict[int, dict[bytes, int | None]] = {}  # width → stamp → second (``_BlockClock``)
        self._pending: list[bytes] = []  # blocks of complete lines not yet processed
        self._pending_bytes = 0
        self._channel_ids: dict[str, int] = {}
        self._channel_names: list[str] = []
        self._channel_counts: list[int] = []
        self.binary_bytes = 0
        self.first_binary_line: int | None = None
        self.long_lines = 0
        # Numbers in status lines as signals (``line_signals``): per shape that carries one, its value
        # slots, its writer and the series each slot feeds (resolved on first use).
        self._sig_shapes: dict[bytes, tuple[tuple, str, list]] = {}
        self.signals = builder.line_signals = LineSignals()

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
        if self.native:
            self._feed_pieces(chunk if type(chunk) is bytes else bytes(chunk))  # queued and flushed there
            last_nl = -1
        else:
            buf = self._carry + chunk if self._carry else chunk
            last_nl = buf.rfind(b"\n")
            if last_nl < 0:
                self._carry = buf
        if last_nl >= 0:
            self._carry = buf[last_nl + 1 :]
            self._pending.append(buf[:last_nl])
            self._pending_bytes += last_nl + 1
            if self._pending_bytes >= BLOCK_BYTES:
                self._flush()
        if len(self._carry) > MAX_LINE:
            self._flush()
            head, self._carry = self._carry[:MAX_LINE], b""
            self._skipping = True
            self.long_lines += 1
            before = self.binary_bytes
            self._lines([head])
            self._skipping_binary = self.binary_bytes > before or _is_binary(head)

    def _feed_pieces(self, chunk: bytes) -> None:
        """``feed`` for the C pass: the block is kept as pieces (the carried line, a view of the
        chunk, newlines between), so the 1 MiB buffers are never joined or sliced (~0.9 s per GiB)."""
        last_nl = chunk.rfind(b"\n")
        if last_nl < 0:
            self._carry = self._carry + chunk if self._carry else chunk
            return
        pending = self._pending
        if pending:
            pending.append(b"\n")
        if self._carry:
            pending.append(self._carry)
        pending.append(memoryview(chunk)[:last_nl])
        self._pending_bytes += len(self._carry) + last_nl + 1
        self._carry = chunk[last_nl + 1 :]
        if self._pending_bytes >= BLOCK_BYTES:
            self._flush()

    def _flush(self) -> None:
        if not self._pending:
            return
        if self.native:
            pieces, self._pending, self._pending_bytes = self._pending, [], 0
            shaped = _native.shape_lines(pieces, SHAPE_BYTES)  # (lines, keys, counts) in one C pass
            if shaped is None:  # not all text: the pure path's binary handling
                block = b"".join(pieces)
                self._lines(block.split(b"\n"), block)
            else:
                self._shaped = shaped
                self._lines(shaped[0])
            return
        block = self._pending[0] if len(self._pending) == 1 else b"\n".join(self._pending)
        self._pending, self._pending_bytes = [], 0
        self._lines(block.split(b"\n"), block)

    def finish(self) -> tuple[list[int], list[str]]:
        self._flush()
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
            self._shaped = None
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
        self._facts_args = native_facts_args(_native, self.header) if self.native else None
        self._process(warm)

    def _process(self, lines: list[bytes], block: bytes | None = None) -> None:
        # The shape cache is bounded between chunks, never inside one, so both paths below call the
        # slow path for exactly the same lines.
        if len(self._cache) >= CACHE_MAX or self._cache_bytes > CACHE_MAX_BYTES:
            self._cache.clear()
            self._spans.clear()
            self._gates.clear()
            self._sig_shapes.clear()
            self._cache_bytes = 0
        if self.chunked:
            self._process_block(lines, block)
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
        self._counts = None
        shaped, self._shaped = self._shaped, None
        if shaped is not None and shaped[0] is lines:  # this block's keys, made with its lines
            self._counts = shaped[2]
            return lines, shaped[1], first_lineno
        if block is None:
            block = b"\n".join(lines)
        if self.native:
            # One C pass: the same keys (one object per shape) and their Counter; None: not all text
            done = _native.shape_keys(block, SHAPE_BYTES)
            if done is not None:
                keys, self._counts = done
                return lines, keys, first_lineno
        marked = block.translate(_ZERO_DIGITS_MARK_BINARY)
        if b"\0" in marked:
            lines = self._drop_binary(lines, first_lineno)
            block = b"\n".join(lines)
            marked = block.translate(ZERO_DIGITS)
        keys = marked.split(b"\n")
        if len(block) > SHAPE_BYTES and max(map(len, keys)) > SHAPE_BYTES:
            keys = [k[:SHAPE_BYTES] for k in keys]
        return lines, keys, first_lineno

    def _process_block(self, lines: list[bytes], block: bytes | None = None) -> None:
        """The same statistics as ``_process_lines``, with the per-line work done by C-level builtins.

        Shapes are counted with ``Counter``; the slow path runs once per unseen shape, in order of
        first appearance, as the line loop would; counts are added once per shape. Timestamps are
        read by ``_BlockClock`` from fixed slices (lines of one shape hold their timestamp at the same
        offsets); code candidates are checked only on the lines that can hold a code. Blocks the
        clock cannot vouch for go through the line loop.
        """
        lines, keys, first_lineno = self._prepare(lines, block)
        cache = self._cache
        counts = self._counts or Counter(keys)  # a dict: its keys are in order of first appearance
        misses = [k for k in counts if k not in cache]
        if misses:
            first = _first_index(keys, misses)
            for key in misses:
                i = first[key]
                hit = self._miss(lines, i, key, first_lineno + i)
                if hit is not None and hit[3] >= 0 and self.layout is not None:
                    span = self.layout.spans(lines[i], hit[3])
                    if span is not None:
                        self._spans[key] = span
        timed: dict[bytes, int] = {}
        coded: list[bytes] = []
        b = self.b
        self._count(counts, timed, coded)
        clock = None
        if timed:
            clock = _BlockClock.build(self, lines, keys, timed, len(counts))
            if clock is None:
                self._count(counts, None, None, sign=-1)  # taken back: the line loop counts them
                self._lines_loop(lines, keys, first_lineno)
                return
        if clock is not None:
            clock.apply(b, cache)
        if coded:
            time_of = clock.time_of if clock is not None else None
            code_lines = [
                (i, time_of(i) if time_of is not None and keys[i] in timed else None)
                for i in self._code_lines(lines, keys, coded)
            ]
            if code_lines:
                self._codes(code_lines, lines, keys, first_lineno)
        if self._sig_shapes:
            self._signal_block(lines, keys, first_lineno, counts, clock, timed)
        if b.pending_context or self._awaiting:
            self._context(lines, first_lineno)
        self._tail = (self._tail + lines[-MAX_CONTEXT_LINES:])[-MAX_CONTEXT_LINES:]

    def _count(
        self, counts: dict[bytes, int], timed: dict[bytes, int] | None, coded: list[bytes] | None, sign: int = 1
    ) -> None:
        """Add each shape's line count to its group, severity and channel; collect the shapes with
        a timestamp (and its offset) and those with code candidates."""
        cache, b = self._cache, self.b
        g_count, sev_counts, ch_counts = b.g_count, b.severity_counts, self._channel_counts
        count = _native.count_shapes if self.native else count_shapes  # the same loop in C
        count(counts, cache, g_count, sev_counts, ch_counts, sign, timed, coded)

    def _code_lines(self, lines: list[bytes], keys: list[bytes], coded: list[bytes]) -> list[int]:
        """Indexes of the lines whose shape has code candidates, in line order, without the lines
        whose only candidates are UDS records lacking the ``59`` service byte where a record would
        start (``uds_gate``): those yield nothing, and numeric headers read as hex records on a
        quarter of the lines."""
        gates = self._gates
        gated: dict[bytes, tuple[int, ...]] = {}
        for key in coded:
            gate = gates.get(key, _MISS)
            if gate is _MISS:
                gate = gates[key] = uds_gate(key, self._cache[key][4])  # type: ignore[index]
            if gate is not None:
                gated[key] = gate
        wanted = set(coded)
        if self.native:  # the two passes below, in one C pass
            return _native.gate_lines(None, keys, lines, gated, wanted)
        idx = list(compress(range(len(keys)), map(wanted.__contains__, keys)))
        if gated:
            gate_of = gated.get
            idx = [i for i in idx if (g := gate_of(keys[i])) is None or _opens(lines[i], g)]
        return idx

    def _miss(self, lines: list[bytes], i: int, key: bytes, lineno: int) -> Shape | None:
        line = lines[i]
        if len(line) > MAX_LINE:
            line = lines[i] = line[:MAX_LINE]
            self.long_lines += 1
        hit = self._slow(line[:SHAPE_BYTES], key, lineno)
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
        sig_shapes = self._sig_shapes
        sig_lines: list[tuple[int, float | None]] = []
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
            if key in sig_shapes:
                sig_lines.append((i, ts))
        b.t_min, b.t_max = t_min, t_max
        if code_lines:
            self._codes(code_lines, lines, keys, first_lineno)
        if sig_lines:
            self._signal_lines(sig_lines, lines, keys, first_lineno)
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

    def _slow(self, line: bytes, shape: bytes, lineno: int) -> Shape | None:
        """Decide everything that depends only on the line's shape; runs once per distinct shape."""
        args = self._facts_args
        facts = _native.shape_facts(*args, line, shape) if args is not None else None  # one C call: ASCII
        if facts is None:
            facts = shape_facts(line, shape, self.header, self.native)
            if facts is None:
                return None
        elif not facts:  # a blank line
            return None
        sev, tag, start, starts, masked, found, gate = facts
        ch = -1
        source = ""
        if tag:
            source = _TAG_PID.sub("", tag.rstrip(":")) or tag
            ch = self._channel(source)
        if starts:  # the value slots its lines carry, if any (offsets are bytes of the shape)
            slots = slots_at(shape, start, starts)
            if slots:
                self._sig_shapes[shape] = (slots, source, [None] * len(slots))
        gid = self.miner.add_key(masked)
        b = self.b
        if gid >= len(b.g_count):
            b.ensure_group(gid)
        tsp = self.layout.locate(line) if self.layout is not None else -1
        sample = b.g_sample[gid]
        if sample is None or (sev > sample.severity and sample.severity < WARNING):
            ts = self.layout.at(line, tsp) if tsp >= 0 else None
            b.g_sample[gid] = Sample(lineno, None, ts, sev, excerpt(line.decode("utf-8", "replace").rstrip("\r")))
            if b.pending_context is not None:
                b.pending_context.append(b.g_sample[gid])
        if sev > b.g_sev[gid]:
            b.g_sev[gid] = sev
        if found:
            self._gates[shape] = gate
        return gid, sev, ch, tsp, found

    # ---- numbers in status lines (``functions.parse.line_signals``) -------------------------------

    def _signal_block(self, lines, keys, first_lineno, counts, clock, timed) -> None:
        """The block's values, per shape that carries one: a slice and an ``int`` per value by ``map``,
        each series fed its values in line order (``Series.extend``). A name with digits (``pump2``,
        ``cell 3 voltage``) is sliced from each line too, and the values split by it."""
        shapes = self._sig_shapes
        found = {k for k in shapes if k in counts} if len(shapes) < len(counts) else shapes.keys() & counts.keys()
        if not found:
            return
        if len(found) == 1:
            sig = list(found)
        elif len(found) <= 8:  # a scan per shape
            sig = sorted(found, key=keys.index)
        else:
            sig = [k for k in counts if k in found]
        if all(counts[k] <= 32 for k in sig):  # rare shapes: found by C scans that stop at the last
            groups = {k: _indexes(keys, k, counts[k]) for k in sig}
        elif len(sig) == 1:
            groups = {k: list(compress(range(len(keys)), map(k.__eq__, keys))) for k in sig}
        else:  # one pass over the keys, then the signal lines grouped
            wanted = set(sig)
            groups = {k: [] for k in sig}
            for i in compress(range(len(keys)), map(wanted.__contains__, keys)):
                groups[keys[i]].append(i)
        get = self.signals.get
        feeds: dict[int, list] = {}  # id(series) → [series, chunks]
        for key, ix in groups.items():
            slots, source, resolved = shapes[key]
            sel = list(map(lines.__getitem__, ix))
            secs = t0 = t1 = None
            if clock is not None and key in timed:  # whole seconds from the clock's stamps
                sa, sz, _fa, _fz, ta, tz = clock.spans[key]
                stamps = map(itemgetter(slice(sa, sz)), sel)
                if ta >= 0:
                    stamps = map(add, stamps, map(itemgetter(slice(ta, tz)), sel))
                secs = list(map(clock.seconds.__getitem__, stamps))
                t0, t1 = clock.time_of(ix[0]), clock.time_of(ix[-1])
            for j, (a, dot, z, mult, name, unit) in enumerate(slots):
                if dot >= 0:
                    raw = map(add, map(itemgetter(slice(a, dot)), sel), map(itemgetter(slice(dot + 1, z)), sel))
                else:
                    raw = map(itemgetter(slice(a, z)), sel)
                vals = list(map(mult.__mul__, map(int, raw)))
                if isinstance(name, str):
                    series = resolved[j]
                    if series is None:
                        series = resolved[j] = get(source, name, unit) or _NO_ROOM
                    if series is not _NO_ROOM:
                        feeds.setdefault(id(series), [series, []])[1].append((vals, secs, ix, t0, t1, dot < 0))
                    continue
                names = list(map(b" ".join, zip(*(map(itemgetter(slice(x, y)), sel) for x, y in name), strict=True)))
                for nb in dict.fromkeys(names):
                    series = get(source, nb.decode("utf-8", "replace"), unit)
                    if series is None:
                        continue
                    if len(names) == 1 or names.count(nb) == len(names):
                        part = (vals, secs, ix, t0, t1, dot < 0)
                    else:
                        mask = list(map(nb.__eq__, names))
                        sub = list(compress(ix, mask))
                        part = (
                            list(compress(vals, mask)),
                            None if secs is None else list(compress(secs, mask)),
                            sub,
                            None if t0 is None else clock.time_of(sub[0]),
                            None if t1 is None else clock.time_of(sub[-1]),
                            dot < 0,
                        )
                    feeds.setdefault(id(series), [series, []])[1].append(part)
        for series, chunks in feeds.values():
            if len(chunks) > 1:  # several shapes feed it: their values in line order
                chunks = [_interleave(chunks)]
            vals, secs, ix, t0, t1, integer = chunks[0]
            series.extend(vals, secs, ix, first_lineno, t0, t1, integer)

    def _signal_lines(
        self, items: list[tuple[int, float | None]], lines: list[bytes], keys: list[bytes], first_lineno: int
    ) -> None:
        """Each value a slice and an ``int`` (micro-units), into its series."""
        shapes, get = self._sig_shapes, self.signals.get
        for i, ts in items:
            slots, source, resolved = shapes[keys[i]]
            line = lines[i]
            for j, (a, dot, z, mult, name, unit) in enumerate(slots):
                series = resolved[j]
                if series is None:
                    if isinstance(name, str):
                        series = resolved[j] = get(source, name, unit) or _NO_ROOM
                    else:  # digits in the name: read per line (``cell 3 voltage``)
                        series = get(source, name_of(line, name), unit) or _NO_ROOM
                if series is _NO_ROOM:
                    continue
                v = int(line[a:dot] + line[dot + 1 : z]) if dot >= 0 else int(line[a:z])
                series.add(v * mult, ts, first_lineno + i, dot < 0)

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


def _indexes(keys: list[bytes], key: bytes, count: int) -> list[int]:
    """Where the ``count`` lines of a shape are, by ``list.index`` from one to the next."""
    out = [keys.index(key)]
    index = keys.index
    for _ in range(count - 1):
        out.append(index(key, out[-1] + 1))
    return out


def _interleave(chunks: list[tuple]) -> tuple:
    """One series' chunks (values, seconds, line indexes, first/last time, integer) as one, in line order."""
    ix = [i for c in chunks for i in c[2]]
    order = sorted(range(len(ix)), key=ix.__getitem__)
    vals = [v for c in chunks for v in c[0]]
    secs = [x for c in chunks for x in (c[1] if c[1] is not None else [None] * len(c[2]))]
    timed = [c for c in chunks if c[3] is not None]
    t0 = min(timed, key=lambda c: c[2][0])[3] if timed else None
    t1 = max(timed, key=lambda c: c[2][-1])[4] if timed else None
    merged_secs = [secs[k] for k in order]
    return (
        [vals[k] for k in order],
        merged_secs if timed else None,
        [ix[k] for k in order],
        t0,
        t1,
        all(c[5] for c in chunks),
    )


def _opens(line: bytes, gate: tuple[int, ...]) -> bool:
    """Whether a UDS record can start at one of the gate's offsets (``59`` there)."""
    for q in gate:  # noqa: SIM110 - a loop: any() over a generator costs more than these checks
        if line[q : q + 2] == b"59":
            return True
    return False


def _first_index(keys: list[bytes], wanted: list[bytes]) -> dict[bytes, int]:
    """The index of each wanted key's first line: a scan per key when few are wanted, else one dict."""
    if len(wanted) <= 8:
        return {k: keys.index(k) for k in wanted}
    return dict(zip(reversed(keys), range(len(keys) - 1, -1, -1), strict=True))


class _BlockClock:
    """The times of one block's lines, exactly as ``TimestampLayout.at`` gives them, from fixed slices.

    Lines of one digit-zeroed shape hold their timestamp at the same offsets with the same field
    widths (``TimestampLayout.spans``), so a line's seconds (and zone) are a slice, its "stamp";
    each distinct stamp is converted once (``TimestampLayout.seconds``, memoised across blocks) and
    a line's time is its stamp's seconds plus its fraction. Per line that is C-level slicing and
    counting; only the lines that decide a result (a group's first and last line, the block's
    earliest and latest second, lines with a code) get their fraction read. ``build`` returns None
    when a block needs the line loop: a shape without fixed spans, more than ``MAX_PLACES`` places,
    a date that does not exist, or fractions of 7 digits or more (a float sum that may round up to
    the next second, which would move a line's timeline bucket).
    """

    __slots__ = ("keys", "lines", "native", "parts", "seconds", "spans", "timed")

    @classmethod
    def build(
        cls, text: TextSummarizer, lines: list[bytes], keys: list[bytes], timed: dict[bytes, int], shapes: int
    ) -> _BlockClock | None:
        layout = text.layout
        known = text._spans
        spans: dict[bytes, Span] = {}
        by_place: dict[tuple[int, int, int, int], list[bytes]] = {}
        if text.native:  # the loop below, in C

            def compute(key: bytes, tsp: int) -> Span | None:
                return layout.spans(lines[keys.index(key)], tsp) if layout is not None else None

            placed = _native.place_spans(timed, known, compute)
            if placed is None:
                return None
            spans, by_place = placed
        for key, tsp in () if text.native else timed.items():
            span = known.get(key)
            if span is None:
                span = layout.spans(lines[keys.index(key)], tsp) if layout is not None else None
                if span is None:
                    return None
                known[key] = span
            if span[3] - span[2] >= 7:
                return None
            spans[key] = span
            by_place.setdefault((span[0], span[1], span[4], span[5]), []).append(key)
        if len(by_place) > MAX_PLACES:
            return None
        n = len(keys)
        memo = text._seconds
        if sum(map(len, memo.values())) > SECONDS_MEMO:
            memo.clear()
        parts: list[tuple[list[int] | range, list[bytes], list[bytes]]] = []
        seconds: dict[bytes, int] = {}
        # The timed lines once, then each place's among them (C-level passes over the lines)
        timed_idx: list[int] | range = range(n)
        timed_lines, timed_keys = lines, keys
        if len(timed) < shapes and text.native:  # the compress passes below, in one C pass
            timed_idx, timed_lines, timed_keys = _native.pick(keys, lines, None, timed)
        elif len(timed) < shapes:
            mask = list(map(timed.__contains__, keys))
            timed_idx = list(compress(range(n), mask))
            timed_lines, timed_keys = list(compress(lines, mask)), list(compress(keys, mask))
        for (a, z, ta, tz), members in by_place.items():
            idx, sel, sel_keys = timed_idx, timed_lines, timed_keys
            if len(by_place) > 1 and text.native:
                idx, sel, sel_keys = _native.pick(
                    timed_keys, timed_lines, timed_idx if isinstance(timed_idx, list) else None, set(members)
                )
            elif len(by_place) > 1:
                wanted = set(members)
                mask = list(map(wanted.__contains__, timed_keys))
                idx = list(compress(timed_idx, mask))
                sel, sel_keys = list(compress(timed_lines, mask)), list(compress(timed_keys, mask))
            if text.native:  # the same stamps and where, one object per distinct stamp
                stamps, where = _native.stamps(sel, idx, a, z, ta, tz)
            else:
                stamps = list(map(itemgetter(slice(a, z)), sel))
                if ta >= 0:
                    stamps = list(map(add, stamps, map(itemgetter(slice(ta, tz)), sel)))
                where = dict(zip(stamps, idx, strict=True))  # each distinct stamp → one of its lines
            # memoised per seconds width: a stamp with a zone never reads as one without
            known_w = memo.setdefault(z - a, {})
            values = list(map(known_w.get, where, repeat(_MISS)))
            if _MISS in values:  # stamps not seen before: converted once each
                for stamp in compress(where, map(is_, values, repeat(_MISS))):
                    i = where[stamp]
                    known_w[stamp] = layout.seconds(lines[i], timed[keys[i]])  # type: ignore[union-attr]
                values = list(map(known_w.__getitem__, where))
            if None in values:
                return None  # a date that does not exist: the line loop skips exactly those lines
            seconds.update(zip(where, values, strict=True))
            parts.append((idx, stamps, sel_keys))
        clock = cls()
        clock.keys, clock.lines, clock.spans, clock.timed = keys, lines, spans, timed
        clock.parts, clock.seconds, clock.native = parts, seconds, text.native
        return clock

    def time_of(self, i: int) -> float:
        """``TimestampLayout._convert``'s arithmetic, from the line's stamp."""
        sec_a, sec_z, fa, fz, ta, tz = self.spans[self.keys[i]]
        line = self.lines[i]
        value = self.seconds[line[sec_a:sec_z] + line[ta:tz] if ta >= 0 else line[sec_a:sec_z]]
        if fa >= 0:
            frac = line[fa:fz]
            if frac:
                return value + int(frac) / 10 ** len(frac)
        return float(value)

    def apply(self, b: SummaryBuilder, cache: dict) -> None:
        """This block's lines into the severity timeline, group first/last seen and the time range."""
        seconds, keys = self.seconds, self.keys
        # The timeline, counted per (stamp, severity). Buckets are whole seconds wide and start on a
        # whole second, so a line's bucket depends on its whole second only; the timeline's state
        # after a set of events does not depend on their order (TimelineAccumulator).
        if self.native:  # the two per-shape passes below, in C
            sev_of, need_first = _native.timed_shapes(self.timed, cache, b.g_first)
        else:
            sev_of = {key: cache[key][1] for key in self.timed}
            need_first = any(b.g_first[cache[key][0]] is None for key in self.timed)
        lo = min(seconds.values())
        hi = max(seconds.values())
        near = {stamp for stamp, v in seconds.items() if v in (lo, hi)}
        decisive: list[int] = []
        last: dict[bytes, int] = {}
        first: dict[bytes, int] = {}
        pairs: Counter[tuple[bytes, int]] = Counter()
        one_sev = next(iter(sev_of.values())) if len(set(sev_of.values())) == 1 else None
        for idx, stamps, line_keys in self.parts if self.native else ():  # the passes below, in C
            _native.tally(idx, stamps, line_keys, sev_of, one_sev, near, need_first, pairs, decisive, last, first)
        for idx, stamps, line_keys in () if self.native else self.parts:
            if one_sev is not None:
                pairs.update({(stamp, one_sev): c for stamp, c in Counter(stamps).items()})
            else:
                pairs.update(zip(stamps, map(sev_of.__getitem__, line_keys), strict=True))
            decisive.extend(compress(idx, map(near.__contains__, stamps)))
            last.update(zip(line_keys, idx, strict=True))
            if need_first:  # reversed: the earliest line of each shape is written last
                first.update(zip(reversed(line_keys), reversed(idx), strict=True))
        timeline = b.timeline  # TimelineAccumulator.add inlined, as in the line loop
        rows, origin, width = timeline.counts, timeline.origin, timeline.width
        if self.native:  # the loop below, in C, with Python's float arithmetic
            _native.timeline_add(pairs, seconds, timeline, rows, TIMELINE_BUCKETS)
        for (stamp, sev), c in () if self.native else pairs.items():
            ts = float(seconds[stamp])
            k = -1 if origin is None else int((ts - origin) // width)
            if 0 <= k < TIMELINE_BUCKETS:
                rows[sev][k] += c
            else:
                timeline.add_slow(ts, sev, c)
                origin, width = timeline.origin, timeline.width
        n = len(keys)
        g_first_i: dict[int, int] = {}
        g_last_i: dict[int, int] = {}
        if self.native:
            g_first_i, g_last_i = _native.group_ends(self.timed, cache, b.g_first, need_first, first, last, n)
        for key in () if self.native else self.timed:
            gid = cache[key][0]
            if need_first and b.g_first[gid] is None:
                f = first[key]
                if f < g_first_i.get(gid, n):
                    g_first_i[gid] = f
            la = last[key]
            if la > g_last_i.get(gid, -1):
                g_last_i[gid] = la
        time_of = self.time_of
        g_first, g_last = b.g_first, b.g_last
        for gid, i in g_first_i.items():
            g_first[gid] = time_of(i)
        for gid, i in g_last_i.items():
            g_last[gid] = time_of(i)
        times = [time_of(i) for i in decisive]
        lo_t, hi_t = min(times), max(times)
        if b.t_min is None or lo_t < b.t_min:
            b.t_min = lo_t
        if b.t_max is None or hi_t > b.t_max:
            b.t_max = hi_t
