"""CAN traces (Vector ASC and BLF, PEAK TRC) through python-can: frames per arbitration id, error
frames, and controller state changes (error passive, bus off) as CAN codes.

python-can reads all three formats forward from a stream. ASC controller status lines
("CAN 1 Status:chip status error passive") are not frames, so python-can skips them; a tap on the
text lines picks them up on the way through.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Iterator

from functions.core.domain.contracts import CodeKind
from functions.parse.builder import SummaryBuilder
from functions.parse.formats import ReadState
from functions.parse.formats._common import RecordSink, binary_stream, text_stream
from functions.parse.severity import CRITICAL, ERROR, WARNING
from functions.parse.streams import Readable

_STATUS = re.compile(
    r"^\s*(?P<ts>\d+(?:\.\d+)?)\s+CAN\s+(?P<ch>\d+)\s+Status:(?P<text>.*?(?P<state>bus.?off|error passive|"
    r"error warning|warning level).*)$",
    re.IGNORECASE,
)
_STATES = {"busoff": ("BUS_OFF", CRITICAL), "errorpassive": ("ERROR_PASSIVE", ERROR)}


def _state(raw: str) -> tuple[str, int]:
    key = re.sub(r"[^a-z]", "", raw.lower())
    return _STATES.get(key, ("ERROR_WARNING", WARNING))


class _StatusTap:
    """Passes ASC lines through to python-can and reports controller status lines."""

    def __init__(self, lines, on_status) -> None:
        self._lines = lines
        self._on_status = on_status

    def __iter__(self) -> Iterator[str]:
        for line in self._lines:
            if "Status" in line:
                m = _STATUS.match(line)
                if m is not None:
                    self._on_status(m)
            yield line

    def close(self) -> None:
        self._lines.close()


def summarize(reader: Readable, builder: SummaryBuilder, *, fmt: str, max_bytes: int | None, state: ReadState):
    import can

    sink = RecordSink(builder)
    state.finish = sink.finish
    counter = {"index": -1}
    log: can.io.generic.MessageReader | None = None

    def on_status(m: re.Match[str]) -> None:
        counter["index"] += 1
        builder.messages += 1
        start = getattr(log, "start_time", 0.0) or 0.0
        ts = float(m.group("ts")) + start
        code, sev = _state(m.group("state"))
        ch = int(m.group("ch")) - 1  # python-can numbers ASC channels from 0
        text = f"ch{ch} {m.group('text').strip()}"
        sink.record(text, sev, ts, counter["index"])
        builder.add_code(f"ch{ch} {code}", CodeKind.CAN, sev, ts, message_index=counter["index"], text=text)

    if fmt == "blf":
        log = can.BLFReader(binary_stream(reader))
    elif fmt == "asc":
        log = can.ASCReader(_StatusTap(text_stream(reader), on_status), relative_timestamp=False)
    else:
        log = can.TRCReader(text_stream(reader))
    try:
        for msg in log:
            counter["index"] += 1
            index = counter["index"]
            builder.messages += 1
            ts = msg.timestamp
            builder.observe_time(ts)
            if msg.is_error_frame:
                text = f"ch{msg.channel} error frame"
                sink.record(text, ERROR, ts, index)
                builder.add_code(
                    f"ch{msg.channel} ERROR_FRAME", CodeKind.CAN, ERROR, ts, message_index=index, text=text
                )
                continue
            ident = f"0x{msg.arbitration_id:08X}" if msg.is_extended_id else f"0x{msg.arbitration_id:03X}"
            builder.add_channel(f"ch{msg.channel} {ident}")
    except (can.CanError, ValueError, struct.error, EOFError, IndexError, OSError) as exc:
        state.error = (
            f"corrupt {fmt.upper()} trace after {counter['index'] + 1} frames: {type(exc).__name__}: {exc}"[:500]
        )
    state.finish = None
    return sink.finish()
