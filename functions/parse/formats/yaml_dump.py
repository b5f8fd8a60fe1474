"""YAML multi-document message dumps (``ros2 topic echo``, ``rostopic echo``): one message per document.

The stream is split on ``---`` / ``...`` lines and each document is parsed on its own with PyYAML's
safe loader (the C one when built): a malformed document is skipped and counted instead of ending
the file, and a document larger than ``MAX_DOC_BYTES`` is skipped without being held. ``header.stamp``
(sec + nanosec) is the message time; numeric ROS 1 levels (1/2/4/8/16) are read as such.
"""

from __future__ import annotations

from functions.parse.builder import SummaryBuilder
from functions.parse.formats import ReadState
from functions.parse.formats._records import StructuredSink, flatten, lines
from functions.parse.streams import Readable

MAX_DOC_BYTES = 1 << 20


def summarize(reader: Readable, builder: SummaryBuilder, *, fmt: str, max_bytes: int | None, state: ReadState):
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    sink = StructuredSink(builder, parse_strings=False, ros1_levels=True)
    state.finish = sink.finish
    doc: list[str] = []
    size = 0
    start = 1
    oversized = False

    def flush() -> None:
        if oversized:
            builder.skipped += 1
            return
        text = "\n".join(doc)
        if not text.strip():
            return
        try:
            obj = yaml.load(text, Loader=loader)
        except yaml.YAMLError:
            builder.skipped += 1
            return
        if isinstance(obj, dict):
            sink.record(flatten(obj), start)
        elif obj is not None:
            builder.skipped += 1

    for n, line in lines(reader, builder):
        if line.startswith(("---", "...")) and line[3:].strip() == "":
            flush()
            doc, size, start, oversized = [], 0, n + 1, False
            continue
        if oversized:
            continue
        size += len(line) + 1
        if size > MAX_DOC_BYTES:
            oversized, doc = True, []
            continue
        doc.append(line)
    flush()
    if not sink.records:
        state.error = f"no YAML message could be read from {builder.lines} lines ({builder.skipped} malformed)"
    state.finish = None
    return sink.finish()
