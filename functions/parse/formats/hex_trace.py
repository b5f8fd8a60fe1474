"""Raw diagnostic hex traces: one frame or payload per line — a time, an optional direction
(Tx/Rx), an optional channel, a CAN id or ECU address, then hex bytes:

    12.345 Rx 7E8 10 14 59 02 FF C1 21 87
    2024-03-01T10:00:00.120Z Tx 0x7E0 [8] 03 19 02 FF 00 00 00 00

Lines of up to 8 bytes are CAN frames (ISO-TP, every identifier); longer lines, and lines addressed
``source -> target`` (``0x0E80 -> 0x1001: 22 F1 90``, DoIP style), are whole payloads. A line that
does not parse is skipped and counted.
"""

from __future__ import annotations

import re

from functions.parse.builder import SummaryBuilder
from functions.parse.detect_structured import HEX_LINE
from functions.parse.formats import ReadState
from functions.parse.formats._frames import FrameSink
from functions.parse.formats._records import epoch, iso_epoch, lines
from functions.parse.streams import Readable


def _ts(raw: str) -> float | None:
    if "-" in raw:
        return iso_epoch(raw)
    if ":" in raw:
        return None  # a clock without a date
    return epoch(float(raw), 1.0)  # seconds; relative clocks give None


def summarize(reader: Readable, builder: SummaryBuilder, *, fmt: str, max_bytes: int | None, state: ReadState):
    frames = FrameSink(builder, isotp_all=True)
    state.finish = frames.finish
    for _, line in lines(reader, builder):
        if not line.strip() or line.lstrip().startswith(("#", "//", ";")):
            continue
        m = HEX_LINE.match(line)
        if m is None:
            builder.skipped += 1
            continue
        ident = m.group("id")
        hex_id = ident[2:] if ident.lower().startswith("0x") else ident
        data = bytes.fromhex(re.sub(r"[\s,]+", "", m.group("data")))
        raw = m.group("to") is not None  # "source -> target" addressing (DoIP, a tester log): no ISO-TP
        frames.frame(m.group("ch") or "", int(hex_id, 16), len(hex_id) > 4, data, _ts(m.group("ts")), raw=raw)
    if builder.messages == 0:
        state.error = f"no diagnostic frame could be read from {builder.lines} lines ({builder.skipped} malformed)"
    state.finish = None
    return frames.finish()
