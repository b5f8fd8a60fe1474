"""CSV/TSV exports with a header row: signal logs (a time column + numeric columns), event logs
(level/message columns), or both mixed. The delimiter comes from detection; an optional second row
of units (``s,V,degC``) is recognised. A row with the wrong number of fields is skipped and counted.
Rows are read one line each: quoted fields spanning lines are not supported (logs do not write them,
and one stray quote must not swallow the rest of the file).
"""

from __future__ import annotations

import csv
import math
import re
from itertools import pairwise

from functions.parse.builder import SummaryBuilder
from functions.parse.formats import ReadState
from functions.parse.formats._records import StructuredSink, epoch, iso_epoch, lines, number
from functions.parse.streams import Readable


def _is_units_row(row: list[str]) -> bool:
    # every cell short text (or empty), none a number or a date: "s", "V", "degC", "%"
    return all(len(c) <= 12 and number(c, parse_strings=True) is None and iso_epoch(c) is None for c in row) and any(
        row
    )


BLOCK_ROWS = 4096  # rows of a pure signal log converted column by column
# A long table (one row per part per cycle: ``wheel,pressure_kpa`` with FRONT, REAR, FRONT...) names the
# part each row measures in a text column whose few names take turns row by row; a state or mode
# column keeps its value for runs of rows. Its numbers are that part's series, not one mixed series.
_ENTITY_NAMES = 16
_ENTITY_TURNS = 0.5  # share of consecutive rows whose part differs
_ENTITY_VALUE = re.compile(r"[A-Za-z][A-Za-z0-9_-]{0,23}")


def _entity_column(header: list[str], plan, block: list[tuple[int, list[str]]]) -> str | None:
    """The column of a long table's part names (see ``_ENTITY_TURNS``), or None."""
    if plan.source is not None or plan.message is not None or plan.value is not None or len(block) < 8:
        return None
    for j, h in enumerate(header):
        if h in plan.skip or h in plan.codes:
            continue
        col = [cells[j] for _, cells in block]
        names = set(col)
        if not 2 <= len(names) <= _ENTITY_NAMES or not all(_ENTITY_VALUE.fullmatch(v) for v in names):
            continue
        turns = sum(1 for a, b in pairwise(col) if a != b)
        if turns >= _ENTITY_TURNS * (len(col) - 1):
            return h
    return None


def _columns_block(sink: StructuredSink, plan, header: list[str], block: list[tuple[int, list[str]]]) -> bool:
    """A block of rows whose data columns are all numbers, handed over column by column; False if not so."""
    data_cols = [j for j, h in enumerate(header) if h not in plan.skip]
    cols = list(zip(*(cells for _, cells in block), strict=True))
    converted = []
    try:
        for j in data_cols:
            vals = list(map(float, cols[j]))
            if not all(map(math.isfinite, vals)):
                return False
            converted.append((header[j], vals))
    except ValueError:
        return False
    b = sink.b
    if plan.time is not None:
        scale = plan.time_scale
        tss = [epoch(c, scale) for c in cols[header.index(plan.time)]]
        for t in tss:
            if t is not None:
                b.observe_time(t)
    else:
        tss = [None] * len(block)
    ats = [n for n, _ in block]
    for name, vals in converted:
        sink.signals.extend(name, vals, tss, ats)
    b.messages += len(block)
    sink.records += len(block)
    return True


def summarize(reader: Readable, builder: SummaryBuilder, *, fmt: str, max_bytes: int | None, state: ReadState):
    from functions.parse.detect_structured import CSV_FORMATS

    delimiter = CSV_FORMATS.get(fmt, ",")
    sink = StructuredSink(builder, parse_strings=True)
    state.finish = sink.finish
    header: list[str] | None = None
    width = 0
    plan = None
    columnar = False  # a pure signal log (no level/message/source/code columns): read by columns
    block: list[tuple[int, list[str]]] = []
    pending_units = True
    parse_row = csv.reader  # one line at a time: an unclosed quote spoils one row, not the rest of the file

    def flush_block() -> None:
        if block and plan.entity is None and (entity := _entity_column(header, plan, block)):
            plan.entity = entity
            plan.skip.add(entity)
        if block and not (columnar and _columns_block(sink, plan, header, block)):
            for n, cells in block:  # a block with text in it: row by row
                sink.record(dict(zip(header, cells, strict=True)), n, plan)
        block.clear()

    for n, line in lines(reader, builder):
        if not line.strip() or (header is None and line.startswith("#")):
            continue  # blank lines, and comment lines before the header
        if '"' in line:
            try:
                row = next(parse_row((line,), delimiter=delimiter))
            except (csv.Error, StopIteration):
                builder.skipped += 1
                continue
        else:
            row = line.split(delimiter)
        if header is None:
            header = [c.strip() or f"col{i}" for i, c in enumerate(row)]
            width = len(header)
            continue
        if len(row) != width:
            builder.skipped += 1
            continue
        cells = [c.strip() for c in row]
        if pending_units:
            pending_units = False
            if _is_units_row(cells):
                header = [f"{h} [{u}]" if u else h for h, u in zip(header, cells, strict=True)]
                continue
        if plan is None:
            plan = sink.plan(tuple(header))
            if plan.time is None and plan.sec_nsec is None and iso_epoch(cells[0]) is not None:
                plan.time = header[0]  # an unnamed first column of dates is the time
                plan.skip.add(header[0])
            roles = (plan.level, plan.message, plan.source, plan.value, plan.sec_nsec)
            columnar = all(r is None for r in roles) and not plan.codes
        block.append((n, cells))
        if len(block) >= BLOCK_ROWS:
            flush_block()
    if header is not None:
        flush_block()
    if not sink.records:
        state.error = f"no CSV rows could be read from {builder.lines} lines ({builder.skipped} malformed)"
    state.finish = None
    return sink.finish()
