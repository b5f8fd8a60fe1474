"""JSON lines (one object per line): structured application logs and signal exports.

Nested objects become dotted key paths; see :mod:`functions.parse.formats._records` for the roles
of keys. A line that is not JSON at all (a stack trace printed between records) is read as a plain
text message; a line that starts like an object but does not parse is skipped and counted.
"""

from __future__ import annotations

import json

from functions.parse.builder import SummaryBuilder
from functions.parse.formats import ReadState
from functions.parse.formats._records import StructuredSink, flatten, lines
from functions.parse.severity import keyword_rank
from functions.parse.streams import Readable


def summarize(reader: Readable, builder: SummaryBuilder, *, fmt: str, max_bytes: int | None, state: ReadState):
    sink = StructuredSink(builder, parse_strings=False)
    state.finish = sink.finish
    loads = json.loads
    for n, line in lines(reader, builder):
        s = line.strip()
        if not s:
            continue
        if s[0] != "{":
            builder.messages += 1
            sink.sink.record(s, keyword_rank(s), None, n, by_line=True)
            continue
        try:
            obj = loads(s)
        except ValueError:
            builder.skipped += 1
            continue
        if not isinstance(obj, dict):
            builder.skipped += 1
            continue
        sink.record(flatten(obj), n)
    if not sink.records:
        state.error = f"no JSON object could be read from {builder.lines} lines ({builder.skipped} malformed)"
    state.finish = None
    return sink.finish()
