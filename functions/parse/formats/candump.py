"""Linux SocketCAN ``candump`` output: the log form (``candump -l``/``-L``:
``(1701428400.123456) can0 18FECA00#...``), read with python-can's ``CanutilsLogReader``, and the
console form (``can0  7E8   [8]  03 59 02 ...``, optionally after a ``(timestamp)``), read here.

Lines that do not parse are skipped and counted (python-can would stop at the first one, so each
line is checked before it is handed on). Diagnostic traffic and J1939 DM1 are decoded by
:mod:`functions.parse.formats._frames`.
"""

from __future__ import annotations

from collections.abc import Iterator

from functions.parse.builder import SummaryBuilder
from functions.parse.detect_structured import CONSOLE_LINE, LOG_LINE
from functions.parse.formats import ReadState
from functions.parse.formats._frames import FrameSink
from functions.parse.formats._records import epoch, iso_epoch, lines
from functions.parse.streams import Readable


class _Checked:
    """Lines for python-can: only those that parse; the others are counted."""

    def __init__(self, numbered: Iterator[tuple[int, str]], builder: SummaryBuilder) -> None:
        self._lines = numbered
        self._b = builder

    def __iter__(self) -> Iterator[str]:
        for _, line in self._lines:
            if not line.strip():
                continue
            if LOG_LINE.match(line):
                yield line
            else:
                self._b.skipped += 1

    def close(self) -> None:
        pass


def summarize(reader: Readable, builder: SummaryBuilder, *, fmt: str, max_bytes: int | None, state: ReadState):
    frames = FrameSink(builder)
    state.finish = frames.finish
    if fmt == "candump-log":
        import can

        for msg in can.CanutilsLogReader(_Checked(lines(reader, builder), builder)):
            ch = str(msg.channel) if msg.channel is not None else ""
            ts = epoch(msg.timestamp, 1.0)
            if msg.is_error_frame:
                frames.error_frame(ch, ts)
            elif not msg.is_remote_frame:
                frames.frame(ch, msg.arbitration_id, msg.is_extended_id, bytes(msg.data), ts)
    else:
        for _, line in lines(reader, builder):
            if not line.strip():
                continue
            m = CONSOLE_LINE.match(line)
            if m is None:
                builder.skipped += 1
                continue
            raw_ts = m.group("ts")
            ts = None
            if raw_ts:
                ts = epoch(raw_ts, 1.0) if raw_ts.replace(".", "", 1).isdigit() else iso_epoch(raw_ts)
            data = m.group("data")
            if data.startswith("remote"):
                continue
            ident = m.group("id")
            frames.frame(m.group("ch"), int(ident, 16), len(ident) == 8, bytes.fromhex(data), ts)
    if builder.messages == 0:
        state.error = f"no CAN frame could be read from {builder.lines} lines ({builder.skipped} malformed)"
    state.finish = None
    return frames.finish()
