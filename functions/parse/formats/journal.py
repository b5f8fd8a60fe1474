"""systemd journal export format (``journalctl -o export``): one record per blank-line-separated
entry, with PRIORITY, MESSAGE, the unit/identifier and a microsecond timestamp.

Parsed here directly (the format is a few lines of spec): ``KEY=value`` text fields, or a key line
followed by a little-endian 64-bit length and raw bytes for binary fields.
"""

from __future__ import annotations

import struct

from functions.parse.builder import SummaryBuilder
from functions.parse.formats import ReadState
from functions.parse.formats._common import RecordSink, binary_stream
from functions.parse.severity import CRITICAL, DEBUG, ERROR, INFO, WARNING
from functions.parse.streams import Readable

_PRIORITY = {0: CRITICAL, 1: CRITICAL, 2: CRITICAL, 3: ERROR, 4: WARNING, 5: INFO, 6: INFO, 7: DEBUG}
MAX_FIELD = 1 << 20  # a field larger than this is cut (the rest is skipped)
_KEEP = {b"MESSAGE", b"PRIORITY", b"__REALTIME_TIMESTAMP", b"SYSLOG_IDENTIFIER", b"_SYSTEMD_UNIT", b"_COMM"}


def summarize(reader: Readable, builder: SummaryBuilder, *, fmt: str, max_bytes: int | None, state: ReadState):
    sink = RecordSink(builder)
    state.finish = sink.finish
    stream = binary_stream(reader)
    entry: dict[bytes, bytes] = {}
    index = 0
    try:
        while True:
            line = stream.readline(MAX_FIELD)
            builder.bytes += len(line)
            if not line or line == b"\n":
                if entry:
                    _emit(sink, builder, entry, index)
                    index += 1
                    entry = {}
                if not line:
                    break
                continue
            builder.lines += 1
            line = line.rstrip(b"\n")
            key, eq, value = line.partition(b"=")
            if not eq:  # binary field: key, then size, then data, then a newline
                (size,) = struct.unpack("<Q", _exact(stream, 8))
                value = _exact(stream, min(size, MAX_FIELD))
                _skip(stream, size - len(value) + 1)
                builder.bytes += 9 + size
            if key in _KEEP:
                entry[key] = value
    except (struct.error, EOFError) as exc:
        state.error = f"truncated journal export after {index} entries: {exc}"
    state.finish = None
    return sink.finish()


def _exact(stream, n: int) -> bytes:
    data = stream.read(n)
    if len(data) < n:
        raise EOFError("binary field cut off")
    return data


def _skip(stream, n: int) -> None:
    while n > 0:
        data = stream.read(min(n, 1 << 20))
        if not data:
            return
        n -= len(data)


def _emit(sink: RecordSink, builder: SummaryBuilder, entry: dict[bytes, bytes], index: int) -> None:
    builder.messages += 1
    ts = None
    raw_ts = entry.get(b"__REALTIME_TIMESTAMP")
    if raw_ts and raw_ts.isdigit():
        ts = int(raw_ts) / 1e6
        builder.observe_time(ts)
    prio = entry.get(b"PRIORITY", b"6")
    severity = _PRIORITY.get(int(prio), INFO) if prio.isdigit() else INFO
    source = entry.get(b"SYSLOG_IDENTIFIER") or entry.get(b"_SYSTEMD_UNIT") or entry.get(b"_COMM") or b""
    text = entry.get(b"MESSAGE", b"").decode("utf-8", "replace")
    sink.record(text, severity, ts, index, channel=source.decode("utf-8", "replace") or None)
