"""MCAP (ROS 2 and others): ``/rosout`` log records, ``DiagnosticArray`` statuses, per-topic counts.

Read forward with the non-seeking reader (no spooling). Only the message types we summarize are
decoded; every other message is counted on its topic without paying for deserialization.
"""

from __future__ import annotations

import struct

from functions.parse.builder import SummaryBuilder
from functions.parse.formats._common import ExactReads, RecordSink
from functions.parse.severity import CRITICAL, DEBUG, ERROR, INFO, WARNING
from functions.parse.streams import Readable

LOG_SCHEMAS = {"rcl_interfaces/msg/Log", "rosgraph_msgs/Log", "rosgraph_msgs/msg/Log"}
DIAG_SCHEMAS = {"diagnostic_msgs/msg/DiagnosticArray", "diagnostic_msgs/DiagnosticArray"}
# rcl_interfaces/Log levels (10/20/30/40/50) and ROS 1 rosgraph_msgs/Log bit flags (1/2/4/8/16).
_ROS_LEVELS = {10: DEBUG, 20: INFO, 30: WARNING, 40: ERROR, 50: CRITICAL}
_ROS_LEVELS.update({1: DEBUG, 2: INFO, 4: WARNING, 8: ERROR, 16: CRITICAL})
# diagnostic_msgs/DiagnosticStatus: OK, WARN, ERROR, STALE
_DIAG_LEVELS = {0: INFO, 1: WARNING, 2: ERROR, 3: WARNING}


def ros_level(level: int) -> int:
    return _ROS_LEVELS.get(int(level), INFO)


def record_log(sink: RecordSink, msg, ts: float | None, index: int) -> None:
    """A ROS log message (ROS 2 rcl_interfaces/Log or ROS 1 rosgraph_msgs/Log)."""
    name = getattr(msg, "name", "") or ""
    level = ros_level(getattr(msg, "level", 2))
    sink.record(str(getattr(msg, "msg", "")), level, ts, index, channel=f"rosout:{name}")


def record_diagnostics(sink: RecordSink, msg, ts: float | None, index: int) -> None:
    for status in getattr(msg, "status", []) or []:
        level = status.level
        if isinstance(level, (bytes, bytearray)):
            level = level[0] if level else 0
        text = f"{status.name}: {status.message}"
        sink.record(text, _DIAG_LEVELS.get(int(level), WARNING), ts, index, channel=f"diagnostics:{status.name}")


def summarize(reader: Readable, builder: SummaryBuilder, *, fmt: str, max_bytes: int | None, state: dict):
    from mcap.exceptions import EndOfFile, McapError
    from mcap.reader import NonSeekingReader
    from mcap_ros2.decoder import DecoderFactory

    sink = RecordSink(builder)
    state["finish"] = sink.finish
    factory = DecoderFactory()
    decoders: dict[int, object] = {}  # channel id → decode function, or None when not decodable
    index = -1
    try:
        for schema, channel, message in NonSeekingReader(ExactReads(reader)).iter_messages(log_time_order=False):
            index += 1
            builder.messages += 1
            ts = message.log_time / 1e9
            builder.observe_time(ts)
            name = schema.name if schema is not None else ""
            if name in LOG_SCHEMAS or name in DIAG_SCHEMAS:
                if channel.id not in decoders:
                    try:
                        decoders[channel.id] = factory.decoder_for(channel.message_encoding, schema)
                    except Exception:  # a schema the ROS 2 decoder cannot build: count, do not decode
                        decoders[channel.id] = None
                decode = decoders[channel.id]
                if decode is not None:
                    msg = decode(message.data)
                    if name in LOG_SCHEMAS:
                        record_log(sink, msg, ts, index)
                    else:
                        record_diagnostics(sink, msg, ts, index)
                    continue
            builder.add_channel(channel.topic)
    except (EndOfFile, EOFError, struct.error):  # a short read: the file stops inside a record
        state["error"] = f"truncated MCAP: the file ends inside a record after {index + 1} messages"
    except (McapError, ValueError, KeyError) as exc:
        state["error"] = f"corrupt MCAP after {index + 1} messages: {type(exc).__name__}: {exc}"[:500]
    state["finish"] = None
    return sink.finish()
