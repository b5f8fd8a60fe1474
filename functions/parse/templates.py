"""Per-line template assignment for a whole log (the ``argus templates`` command and the benchmarks).

The same header learning, masking cache and miner as the summary path, but it keeps one group id per
line (4 bytes each) so every line can be labelled once the final templates are known.
"""

from __future__ import annotations

import csv
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO, TextIO

from functions.parse.header import HeaderModel, learn_header
from functions.parse.miner import TemplateMiner
from functions.parse.streams import iter_chunks
from functions.parse.text import CACHE_MAX, CACHE_MAX_BYTES, MAX_LINE, SHAPE_BYTES, WARMUP_LINES, ZERO_DIGITS


@dataclass
class LineTemplates:
    line_groups: array  # group id per input line, in order
    group_to_template: list[int]
    templates: list[str]

    def event_ids(self) -> list[str]:
        """Stable ids E1, E2, ... numbered by each template's first line."""
        order: dict[int, str] = {}
        for g in self.line_groups:
            t = self.group_to_template[g]
            if t not in order:
                order[t] = f"E{len(order) + 1}"
        return [order.get(t, "") for t in range(len(self.templates))]


def iter_lines(stream: BinaryIO) -> Iterator[bytes]:
    """Raw lines (no newline, CR of CRLF removed); the last line counts even without a newline.

    Lines longer than ``MAX_LINE`` are cut there and the rest is skipped, as in the summary path, and
    a partial line is never re-copied per chunk: memory and time stay linear however long lines get.
    """
    carry = b""
    skipping = False  # inside an over-long line whose head was already yielded
    for chunk in iter_chunks(stream):
        start = 0
        if skipping:
            nl = chunk.find(b"\n")
            if nl < 0:
                continue
            start, skipping = nl + 1, False
        last = chunk.rfind(b"\n")
        if last >= start:
            parts = chunk[start:last].split(b"\n")
            parts[0] = carry + parts[0]
            carry = chunk[last + 1 :]
            if len(parts[0]) > MAX_LINE or (last - start > MAX_LINE and max(map(len, parts)) > MAX_LINE):
                parts = [part[:MAX_LINE] for part in parts]
            for part in parts:
                yield part[:-1] if part.endswith(b"\r") else part
        else:
            carry += chunk[start:]  # bounded: carry is cut below once it passes MAX_LINE
        if len(carry) > MAX_LINE:
            yield _strip_cr(carry[:MAX_LINE])
            carry, skipping = b"", True
    if carry:
        yield _strip_cr(carry)


def _strip_cr(line: bytes) -> bytes:
    return line[:-1] if line.endswith(b"\r") else line


def mine_lines(lines: Iterable[bytes], *, miner: TemplateMiner | None = None) -> LineTemplates:
    miner = miner or TemplateMiner()
    header: HeaderModel | None = None
    warm: list[bytes] = []
    groups = array("i")
    counts: list[int] = []
    cache: dict[bytes, int] = {}
    cache_bytes = [0]

    def assign(batch: list[bytes]) -> None:
        assert header is not None
        for line in batch:
            if len(line) > SHAPE_BYTES:  # as in the summary path: the head decides the template
                line = line[:SHAPE_BYTES]
            key = line.translate(ZERO_DIGITS)
            gid = cache.get(key)
            if gid is None:
                text = line.decode("utf-8", "replace")
                gid = miner.add(text[header.split(text).content_start :])
                if len(cache) >= CACHE_MAX or cache_bytes[0] > CACHE_MAX_BYTES:
                    cache.clear()
                    cache_bytes[0] = 0
                cache[key] = gid
                cache_bytes[0] += len(key)
            while len(counts) <= gid:
                counts.append(0)
            counts[gid] += 1
            groups.append(gid)

    for line in lines:
        if header is None:
            warm.append(line)
            if len(warm) >= WARMUP_LINES:
                header = learn_header([w.decode("utf-8", "replace") for w in warm])
                assign(warm)
                warm = []
            continue
        assign([line])
    if header is None:
        header = learn_header([w.decode("utf-8", "replace") for w in warm])
        assign(warm)
    g2t, texts = miner.finalize(counts)
    return LineTemplates(groups, g2t, texts)


def write_structured_csv(result: LineTemplates, out: TextIO) -> None:
    """Loghub's structured format: LineId (from 1), EventId, EventTemplate."""
    ids = result.event_ids()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["LineId", "EventId", "EventTemplate"])
    g2t, texts = result.group_to_template, result.templates
    for n, g in enumerate(result.line_groups, start=1):
        t = g2t[g]
        writer.writerow([n, ids[t], texts[t]])
