"""CSV/TSV exports with a header row: signal logs (a time column + numeric columns), event logs
(level/message columns), or both mixed. The delimiter comes from detection; an optional second row
of units (``s,V,degC``) is recognised. A row with the wrong number of fields is skipped and counted.
Rows are read one line each: quoted fields spanning lines are not supported (logs do not write them,
and one stray quote must not swallow the rest of the file).
"""

from __future__ import annotations

import csv

from functions.parse.builder import SummaryBuilder
from functions.parse.formats._records import StructuredSink, iso_epoch, lines, number
from functions.parse.streams import Readable


def _is_units_row(row: list[str]) -> bool:
    # every cell short text (or empty), none a number or a date: "s", "V", "degC", "%"
    return all(len(c) <= 12 and number(c, parse_strings=True) is None and iso_epoch(c) is None for c in row) and any(
        row
    )


def summarize(reader: Readable, builder: SummaryBuilder, *, fmt: str, max_bytes: int | None, state: dict):
    from functions.parse.detect_structured import CSV_FORMATS

    delimiter = CSV_FORMATS.get(fmt, ",")
    sink = StructuredSink(builder, parse_strings=True)
    state["finish"] = sink.finish
    header: list[str] | None = None
    width = 0
    plan = None
    pending_units = True
    parse_row = csv.reader  # one line at a time: an unclosed quote spoils one row, not the rest of the file
    for n, line in lines(reader, builder):
        if not line.strip() or (header is None and line.startswith("#")):
            continue  # blank lines, and comment lines before the header
        try:
            row = next(parse_row((line,), delimiter=delimiter))
        except (csv.Error, StopIteration):
            builder.skipped += 1
            continue
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
        sink.record(dict(zip(header, cells, strict=True)), n, plan)
    if not sink.records:
        state["error"] = f"no CSV rows could be read from {builder.lines} lines ({builder.skipped} malformed)"
    state["finish"] = None
    return sink.finish()
