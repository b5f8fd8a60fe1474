"""MCAP (ROS 2 and others): ``/rosout`` log records, Foxglove ``foxglove.Log`` records (JSON or
protobuf), ``DiagnosticArray`` statuses, per-topic counts.

Read forward with the non-seeking reader (no spooling). Only the message types we summarize are
decoded; every other message is counted on its topic without paying for deserialization.

A long MCAP with a chunk index in its summary section is also read as segments (the long-file
path): each segment holds whole chunks, reads only their bytes (one ranged read), takes schemas
and channels from the summary (a chunk may use a channel defined in an earlier chunk) and
yields a partial summary; the merge gives the single pass's summary. An MCAP without a chunk
index (written unchunked, or truncated so that the footer and summary are missing) has nothing
to split by: it is parsed in one pass, and fails with the reason if it cannot finish in time.
"""

from __future__ import annotations

import io
import json
import struct
from collections.abc import Callable
from datetime import datetime
from typing import IO, TYPE_CHECKING

from functions.core.app.deadline import Deadline, DeadlineStream
from functions.core.domain.segments import Segment, group_chunks
from functions.core.ports import ObjectStore
from functions.parse.builder import SummaryBuilder
from functions.parse.formats import NotSplittable, ReadState
from functions.parse.formats._common import MAX_RECORD_BYTES, ExactReads, RecordSink
from functions.parse.formats.registry import MCAP_MAGIC
from functions.parse.severity import CRITICAL, DEBUG, ERROR, INFO, WARNING
from functions.parse.streams import ParseLimitError, RangedFile, Readable, Source, StreamReadError

LOG_SCHEMAS = {"rcl_interfaces/msg/Log", "rosgraph_msgs/Log", "rosgraph_msgs/msg/Log"}
DIAG_SCHEMAS = {"diagnostic_msgs/msg/DiagnosticArray", "diagnostic_msgs/DiagnosticArray"}
FOXGLOVE_LOG = "foxglove.Log"  # Foxglove's well-known log schema (foxglove/schemas Log.proto / Log.json)
# foxglove.Log.Level: UNKNOWN 0, DEBUG 1, INFO 2, WARNING 3, ERROR 4, FATAL 5 (JSON may spell the name)
_FOXGLOVE_LEVELS = {1: DEBUG, 2: INFO, 3: WARNING, 4: ERROR, 5: CRITICAL}
_FOXGLOVE_LEVELS.update({"DEBUG": DEBUG, "INFO": INFO, "WARNING": WARNING, "ERROR": ERROR, "FATAL": CRITICAL})
# rcl_interfaces/Log levels (10/20/30/40/50) and ROS 1 rosgraph_msgs/Log bit flags (1/2/4/8/16).
_ROS_LEVELS = {10: DEBUG, 20: INFO, 30: WARNING, 40: ERROR, 50: CRITICAL}
_ROS_LEVELS.update({1: DEBUG, 2: INFO, 4: WARNING, 8: ERROR, 16: CRITICAL})
# diagnostic_msgs/DiagnosticStatus: OK, WARN, ERROR, STALE
_DIAG_LEVELS = {0: INFO, 1: WARNING, 2: ERROR, 3: WARNING}
MAGIC = MCAP_MAGIC
INDEX_READ_BYTES = 256 << 10  # ranged reads of the summary section: a few requests for a large file

if TYPE_CHECKING:
    from functions.parse.segments import ShapeMiner


def ros_level(level: int) -> int:
    return _ROS_LEVELS.get(int(level), INFO)


def record_log(sink: RecordSink, msg, ts: float | None, index: int) -> None:
    """A ROS log message (ROS 2 rcl_interfaces/Log or ROS 1 rosgraph_msgs/Log)."""
    name = getattr(msg, "name", "") or ""
    level = ros_level(getattr(msg, "level", 2))
    sink.record(str(getattr(msg, "msg", "")), level, ts, index, channel=f"rosout:{name}")


def record_foxglove_log(sink: RecordSink, msg: dict, ts: float | None, index: int) -> None:
    """A ``foxglove.Log`` record, decoded to a dict (JSON as written; protobuf through its schema)."""
    level = _FOXGLOVE_LEVELS.get(msg.get("level", 0), INFO)
    sink.record(str(msg.get("message", "")), level, ts, index, channel=f"log:{msg.get('name', '') or ''}")


def foxglove_decoder(message_encoding: str, schema):
    """A decode function for a ``foxglove.Log`` channel, or None when the encoding is not one we read."""
    if message_encoding == "json":
        return _json_log
    if message_encoding == "protobuf" and schema is not None and schema.encoding == "protobuf":
        from google.protobuf import descriptor_pb2, descriptor_pool, message_factory

        pool = descriptor_pool.DescriptorPool()
        for file in descriptor_pb2.FileDescriptorSet.FromString(schema.data).file:
            pool.Add(file)
        cls = message_factory.GetMessageClass(pool.FindMessageTypeByName(schema.name))

        def decode(data: bytes) -> dict | None:
            try:
                msg = cls.FromString(data)
            except Exception:  # protobuf's DecodeError: one damaged record is counted, not read
                return None
            return {"message": msg.message, "level": int(msg.level), "name": msg.name}

        return decode
    return None


def _json_log(data: bytes) -> dict | None:
    try:
        value = json.loads(data)
    except ValueError:  # one damaged record is counted on its topic, not read
        return None
    return value if isinstance(value, dict) else None


def record_diagnostics(sink: RecordSink, msg, ts: float | None, index: int) -> None:
    for status in getattr(msg, "status", []) or []:
        level = status.level
        if isinstance(level, (bytes, bytearray)):
            level = level[0] if level else 0
        text = f"{status.name}: {status.message}"
        sink.record(text, _DIAG_LEVELS.get(int(level), WARNING), ts, index, channel=f"diagnostics:{status.name}")


def stop_reason(kind: str, messages: int, detail: str = "") -> str:
    """The failure reason of an MCAP read that stopped early (the single pass and the segment merge)."""
    if kind == "truncated":
        return f"truncated MCAP: the file ends inside a record after {messages} messages"
    if kind == "corrupt":
        return f"corrupt MCAP after {messages} messages: {detail}"[:500]
    if kind == "unreadable":
        return f"unreadable mcap file: {detail}"[:500]
    return detail


class _Messages:
    """What is done with each message, in file order: the single pass and every segment share it."""

    def __init__(self, sink: RecordSink, builder: SummaryBuilder) -> None:
        from mcap_ros2.decoder import DecoderFactory

        self.sink, self.b = sink, builder
        self.factory = DecoderFactory()
        self.decoders: dict[int, object] = {}  # channel id → decode function, or None when not decodable
        self.index = -1

    def add(self, schema, channel, message) -> None:
        self.index += 1
        index, builder = self.index, self.b
        builder.messages += 1
        ts = message.log_time / 1e9
        builder.observe_time(ts)
        name = schema.name if schema is not None else ""
        if name in LOG_SCHEMAS or name in DIAG_SCHEMAS or name == FOXGLOVE_LOG:
            if channel.id not in self.decoders:
                try:
                    self.decoders[channel.id] = (
                        foxglove_decoder(channel.message_encoding, schema)
                        if name == FOXGLOVE_LOG
                        else self.factory.decoder_for(channel.message_encoding, schema)
                    )
                except Exception:  # a schema the decoder cannot build: count, do not decode
                    self.decoders[channel.id] = None
            decode = self.decoders[channel.id]
            msg = None if decode is None else decode(message.data)  # type: ignore[operator]
            if msg is not None:
                if name == FOXGLOVE_LOG:
                    record_foxglove_log(self.sink, msg, ts, index)
                elif name in LOG_SCHEMAS:
                    record_log(self.sink, msg, ts, index)
                else:
                    record_diagnostics(self.sink, msg, ts, index)
                return
        builder.add_channel(channel.topic)


def summarize(reader: Readable, builder: SummaryBuilder, *, fmt: str, max_bytes: int | None, state: ReadState):
    from mcap.exceptions import EndOfFile, McapError
    from mcap.reader import NonSeekingReader

    sink = RecordSink(builder)
    state.finish = sink.finish
    messages = _Messages(sink, builder)
    try:
        for schema, channel, message in NonSeekingReader(ExactReads(reader)).iter_messages(log_time_order=False):
            messages.add(schema, channel, message)
    except (EndOfFile, EOFError, struct.error):  # a short read: the file stops inside a record
        state.error = stop_reason("truncated", messages.index + 1)
    except (McapError, ValueError, KeyError) as exc:
        state.error = stop_reason("corrupt", messages.index + 1, f"{type(exc).__name__}: {exc}")
    state.finish = None
    return sink.finish()


# ---- the long-file path: segments of whole chunks ----------------------------------------------


def read_index(file: IO[bytes]):
    """The summary section of a seekable MCAP (``mcap.summary.Summary``: schemas, channels, chunk
    indexes) when it has a usable chunk index, else None: the file is then parsed in one pass.

    ``file`` is seekable (over ranged reads, ``streams.RangedFile``): only the head, the footer and
    the summary section are read. An index that does not describe this file (chunks out of order,
    overlapping, or past the summary) counts as none: a wrong index must not make wrong segments.
    """
    from mcap.exceptions import McapError
    from mcap.reader import SeekingReader

    try:
        size = file.seek(0, io.SEEK_END)
        file.seek(size - len(MAGIC))
        if file.read(len(MAGIC)) != MAGIC:  # the end magic: a truncated file has no footer
            return None
        file.seek(0)
        reader = SeekingReader(file, record_size_limit=MAX_RECORD_BYTES)
        summary = reader.get_summary()
    except (McapError, EOFError, struct.error, ValueError, KeyError, OSError):
        return None
    if summary is None or not summary.chunk_indexes:
        return None
    end = len(MAGIC)
    for chunk in sorted(summary.chunk_indexes, key=lambda c: c.chunk_start_offset):
        if chunk.chunk_start_offset < end or chunk.chunk_length <= 0:
            return None
        end = chunk.chunk_start_offset + chunk.chunk_length
    if end > size:
        return None
    return summary


def index_of(open_range: Callable[[int, int], Readable], size: int):
    """``read_index`` of a stored object through ranged reads (``open_range(start, end)``)."""
    return read_index(RangedFile(open_range, size, max_read=INDEX_READ_BYTES))


def chunk_offsets(summary) -> list[int]:
    return sorted(c.chunk_start_offset for c in summary.chunk_indexes)


def _records(reader: ExactReads):
    """Top-level records of a byte range that starts and ends at record boundaries, the records
    inside chunks in their place; the same classes the library's StreamReader reads with."""
    from mcap.data_stream import ReadDataStream
    from mcap.exceptions import EndOfFile
    from mcap.opcode import Opcode
    from mcap.records import Channel, Chunk, Footer, Message, Schema
    from mcap.stream_reader import breakup_chunk

    while True:
        head = reader.read(9)
        if not head:
            return  # the range ends at a record boundary
        if len(head) < 9:
            raise EndOfFile()
        opcode, length = struct.unpack("<BQ", head)
        body = reader.read(length)  # ExactReads refuses an absurd length (ParseLimitError)
        if len(body) < length:
            raise EndOfFile()
        stream = ReadDataStream(io.BytesIO(body))
        if opcode == Opcode.CHUNK:
            yield from breakup_chunk(Chunk.read(stream))
        elif opcode == Opcode.MESSAGE:
            yield Message.read(stream, length)
        elif opcode == Opcode.SCHEMA:
            yield Schema.read(stream)
        elif opcode == Opcode.CHANNEL:
            yield Channel.read(stream)
        elif opcode == Opcode.FOOTER:
            yield Footer.read(stream)
            return


def summarize_segment(index: int, body: Readable, summary, *, first: bool, length: int):
    """A partial summary of one segment: the messages of the records in ``body`` (the segment's
    ``length`` bytes, from the file's start for the first segment), in file order."""
    from mcap.exceptions import EndOfFile, McapError
    from mcap.records import Channel, Footer, Message, Schema

    from functions.parse.segments import StopState, partial_state

    builder = SummaryBuilder(batch_id="", file_id="")
    sink = _SegmentSink(builder)
    messages = _Messages(sink, builder)
    schemas, channels = dict(summary.schemas), dict(summary.channels)
    exact = ExactReads(body)
    stop: StopState | None = None
    try:
        if first and exact.read(len(MAGIC)) != MAGIC:
            raise McapError("the segment does not start with the MCAP magic")
        for record in _records(exact):
            if isinstance(record, Message):
                channel = channels.get(record.channel_id)
                if channel is None:
                    raise McapError(f"no channel record found with id {record.channel_id}")
                messages.add(schemas[channel.schema_id] if channel.schema_id else None, channel, record)
            elif isinstance(record, Schema):
                schemas[record.id] = record
            elif isinstance(record, Channel):
                if record.schema_id != 0 and record.schema_id not in schemas:
                    raise McapError(f"no schema record found with id {record.schema_id}")
                channels[record.id] = record
            elif isinstance(record, Footer):
                break
    except StreamReadError:
        raise  # the store's failure, or the deadline: not the file's fault
    except (EndOfFile, EOFError, struct.error):
        stop = StopState(kind="truncated", messages=builder.messages)
    except (McapError, ValueError, KeyError) as exc:
        stop = StopState(kind="corrupt", detail=f"{type(exc).__name__}: {exc}", messages=builder.messages)
    except ParseLimitError as exc:
        stop = StopState(kind="limit", detail=str(exc), messages=builder.messages)
    except MemoryError:
        stop = StopState(kind="limit", detail="out of memory while parsing", messages=builder.messages)
    except Exception as exc:  # a reader library choking on a corrupt chunk (as summarize_stream says)
        stop = StopState(kind="unreadable", detail=f"{type(exc).__name__}: {exc}", messages=builder.messages)
    builder.bytes = length  # the segments' lengths add up to the file, as the single pass counts it
    return partial_state(index, builder, sink.miner, format="mcap", unit="message", stop=stop)


def merge_segments(partials: list, *, batch_id: str, file_id: str, file_name: str = ""):
    """The FileSummary of an MCAP read as segments. A segment that stopped early (a corrupt chunk)
    ends the file there, as it ends the single pass: what follows it is not counted."""
    from functions.parse.segments import merge_partials

    parts = sorted(partials, key=lambda p: p.index)
    error, before = None, 0
    for i, p in enumerate(parts):
        if p.stop is not None:
            error = stop_reason(p.stop.kind, before + p.stop.messages, p.stop.detail)
            parts = parts[: i + 1]
            break
        before += p.messages
    return merge_partials(parts, batch_id=batch_id, file_id=file_id, file_name=file_name, error=error)


class McapSegments:
    """MCAP's ``Segmenter``: groups of whole chunks from the chunk index (none without one)."""

    def splittable(self, store: ObjectStore, key: str, fmt: str, size: int) -> bool:
        return _stored_index(store, key, size) is not None

    def plan(self, store: ObjectStore, key: str, fmt: str, size: int, target: int, max_segments: int) -> list[Segment]:
        index = _stored_index(store, key, size)
        return [] if index is None else group_chunks(chunk_offsets(index), size, target, max_segments)

    def read(
        self,
        store: ObjectStore,
        key: str,
        fmt: str,
        segment: Segment,
        *,
        last: bool,
        deadline: Deadline,
        uploaded_at: datetime | None,
    ):
        """One segment: its chunks through one ranged read, schemas and channels from the summary."""
        index = _stored_index(store, key, store.object_size(key) or 0)
        if index is None:
            raise NotSplittable("the MCAP chunk index can no longer be read")
        body = store.open_range(key, segment.start, segment.end)
        try:
            source = Source(DeadlineStream(body, deadline))
            return summarize_segment(
                segment.index, source, index, first=segment.index == 0, length=segment.end - segment.start
            )
        finally:
            close = getattr(body, "close", None)
            if close:
                close()

    def merge(self, partials: list, *, batch_id: str, file_id: str, file_name: str = ""):
        return merge_segments(partials, batch_id=batch_id, file_id=file_id, file_name=file_name)


def _stored_index(store: ObjectStore, key: str, size: int):
    return index_of(lambda start, end: store.open_range(key, start, end), size)


SEGMENTS = McapSegments()


class _SegmentSink(RecordSink):
    """The record sink with the segments' stage-1 miner: a message shape whose masked tokens keep
    digits is a group of its own, given the group of its first segment by the merge (as in text)."""

    miner: ShapeMiner

    def __init__(self, builder: SummaryBuilder) -> None:
        from functions.parse.segments import ShapeMiner

        super().__init__(builder)
        self.miner = ShapeMiner()

    def _group(self, head: str, shape: bytes) -> int:
        self.miner.current = (shape, 0)  # type: ignore[attr-defined]
        return self.miner.add(head)
