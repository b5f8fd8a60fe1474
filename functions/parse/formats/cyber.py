"""Apollo Cyber RT records through cyber-record: per-channel counts, monitor log items, and the
error codes Apollo modules put in their message headers and chassis status.

The record's index sits at the end, so the stream is spooled to /tmp first (bounded).
"""

from __future__ import annotations

from functions.core.domain.contracts import CodeKind
from functions.parse.builder import SummaryBuilder
from functions.parse.formats import ReadState
from functions.parse.formats._common import RecordSink, spooled
from functions.parse.severity import CRITICAL, ERROR, INFO, WARNING
from functions.parse.streams import Readable

MONITOR_TOPIC = "/apollo/monitor"
# apollo.common.monitor.MonitorMessageItem.LogLevel: INFO=0, WARN=1, ERROR=2, FATAL=3
_MONITOR_LEVELS = {0: INFO, 1: WARNING, 2: ERROR, 3: CRITICAL}


def _enum_name(msg, field: str) -> str | None:
    try:
        value = getattr(msg, field)
        return msg.DESCRIPTOR.fields_by_name[field].enum_type.values_by_number[value].name
    except (AttributeError, KeyError):
        return None


def summarize(reader: Readable, builder: SummaryBuilder, *, fmt: str, max_bytes: int | None, state: ReadState):
    from cyber_record.record import Record

    sink = RecordSink(builder)
    state.finish = sink.finish
    index = -1
    with spooled(reader, max_bytes=max_bytes, suffix=".record") as path:
        try:
            record = Record(path)
            for index, (topic, msg, stamp) in enumerate(record.read_messages()):
                builder.messages += 1
                ts = stamp / 1e9
                builder.observe_time(ts)
                builder.add_channel(topic)
                if topic == MONITOR_TOPIC:
                    for item in getattr(msg, "item", []):
                        level = _MONITOR_LEVELS.get(getattr(item, "log_level", 0), INFO)
                        sink.record(f"{item.source}: {item.msg}", level, ts, index)
                    continue
                _header_status(sink, builder, msg, topic, ts, index)
        except Exception as exc:  # cyber-record raises plain exceptions on a damaged record
            state.error = f"unreadable Cyber record after {index + 1} messages: {type(exc).__name__}: {exc}"[:500]
    state.finish = None
    return sink.finish()


def _header_status(sink: RecordSink, builder: SummaryBuilder, msg, topic: str, ts: float, index: int) -> None:
    """Apollo messages carry ``header.status.error_code`` (common.ErrorCode); chassis has its own."""
    status = getattr(getattr(msg, "header", None), "status", None)
    if status is not None and getattr(status, "error_code", 0):
        name = _enum_name(status, "error_code") or str(status.error_code)
        text = f"{topic}: {name} {getattr(status, 'msg', '')}".strip()
        sink.record(text, ERROR, ts, index)
        builder.add_code(name, CodeKind.VENDOR, ERROR, ts, message_index=index, text=text)
    if topic.endswith("/chassis") and getattr(msg, "error_code", 0):
        name = _enum_name(msg, "error_code") or str(msg.error_code)
        text = f"{topic}: chassis {name}"
        sink.record(text, ERROR, ts, index)
        builder.add_code(f"CHASSIS_{name}", CodeKind.VENDOR, ERROR, ts, message_index=index, text=text)
