"""AUTOSAR DLT storage files (version 1): log messages with level, ECU/app/context ids, timestamps.

pydlt reads message by message from a stream, so nothing is spooled. Control and trace messages are
counted (messages, channels) but only log messages become templates and severities.
"""

from __future__ import annotations

import struct

from functions.parse.builder import SummaryBuilder
from functions.parse.formats import ReadState
from functions.parse.formats._common import RawStream, RecordSink, binary_stream, drain
from functions.parse.severity import CRITICAL, DEBUG, ERROR, INFO, TRACE, WARNING
from functions.parse.streams import Readable

# DLT message_type_info for log messages: FATAL=1, ERROR=2, WARN=3, INFO=4, DEBUG=5, VERBOSE=6
_LEVELS = {1: CRITICAL, 2: ERROR, 3: WARNING, 4: INFO, 5: DEBUG, 6: TRACE}
_LOG = 0


def summarize(reader: Readable, builder: SummaryBuilder, *, fmt: str, max_bytes: int | None, state: ReadState):
    from pydlt import DltFileReader

    sink = RecordSink(builder)
    state.finish = sink.finish
    index = -1
    stream = binary_stream(reader)
    consumed = 0  # bytes of whole messages; anything read beyond them is a cut-off message
    try:
        for index, msg in enumerate(DltFileReader(stream)):
            builder.messages += 1
            consumed += 16 + msg.std_header.length  # storage header + the message
            st = msg.str_header
            ts = st.seconds + st.microseconds / 1e6 if st is not None else None
            if ts is not None:
                builder.observe_time(ts)
            ext = msg.ext_header
            ecu = (st.ecu_id if st is not None else "") or msg.std_header.ecu_id or ""
            if ext is None or ext.message_type != _LOG:
                builder.add_channel(f"{ecu}/{ext.application_id}/{ext.context_id}" if ext else f"{ecu} (no ids)")
                continue
            channel = f"{ecu}/{ext.application_id}/{ext.context_id}"
            sink.record(str(msg.payload), _LEVELS.get(ext.message_type_info, INFO), ts, index, channel=channel)
    except (ValueError, struct.error, EOFError, UnicodeDecodeError, IndexError) as exc:
        state.error = f"corrupt DLT message after {index + 1} messages: {type(exc).__name__}: {exc}"[:500]
    else:
        drain(stream)
        total = stream.raw.delivered if isinstance(stream.raw, RawStream) else consumed
        if total > consumed:
            state.error = f"truncated DLT: {total - consumed} bytes after message {index + 1} are a cut-off message"
    state.finish = None
    return sink.finish()
