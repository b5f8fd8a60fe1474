"""ROS 1 bags through rosbags: ``/rosout`` log records when present, otherwise per-topic counts.

The bag index sits at the end of the file, so the stream is spooled to /tmp first (bounded).
"""

from __future__ import annotations

from pathlib import Path

from functions.parse.builder import SummaryBuilder
from functions.parse.formats import ReadState
from functions.parse.formats._common import RecordSink, spooled
from functions.parse.formats.mcap_log import DIAG_SCHEMAS, LOG_SCHEMAS, record_diagnostics, record_log
from functions.parse.streams import Readable


def summarize(reader: Readable, builder: SummaryBuilder, *, fmt: str, max_bytes: int | None, state: ReadState):
    from rosbags.rosbag1 import Reader, ReaderError
    from rosbags.typesys import Stores, get_typestore

    sink = RecordSink(builder)
    state.finish = sink.finish
    typestore = get_typestore(Stores.ROS1_NOETIC)
    index = -1
    with spooled(reader, max_bytes=max_bytes, suffix=".bag") as path:
        try:
            with Reader(Path(path)) as bag:
                for index, (conn, stamp, raw) in enumerate(bag.messages()):
                    builder.messages += 1
                    ts = stamp / 1e9
                    builder.observe_time(ts)
                    if conn.msgtype in LOG_SCHEMAS or conn.msgtype in DIAG_SCHEMAS:
                        try:
                            msg = typestore.deserialize_ros1(raw, conn.msgtype)
                        except Exception:  # an odd message definition: count it, do not decode
                            builder.add_channel(conn.topic)
                            continue
                        if conn.msgtype in LOG_SCHEMAS:
                            record_log(sink, msg, ts, index)
                        else:
                            record_diagnostics(sink, msg, ts, index)
                        continue
                    builder.add_channel(conn.topic)
        except ReaderError as exc:
            state.error = f"unreadable ROS bag after {index + 1} messages: {exc}"[:500]
    state.finish = None
    return sink.finish()
