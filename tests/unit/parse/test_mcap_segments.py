"""MCAP as segments of whole chunks (its chunk index): merge(segments) == one pass."""

from __future__ import annotations

import io
import itertools
import json
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mcap.writer import CompressionType
from mcap_ros2.writer import Writer

from functions.core.domain.segments import group_chunks
from functions.parse.formats import mcap_log
from functions.parse.formats.mcap_log import FOXGLOVE_LOG
from functions.parse.streams import RangedFile
from functions.parse.summarize import summarize_stream

LOG_DEF = """byte DEBUG=10
byte INFO=20
byte WARN=30
byte ERROR=40
byte FATAL=50
builtin_interfaces/Time stamp
uint8 level
string name
string msg
string file
string function
uint32 line
================================================================================
MSG: builtin_interfaces/Time
int32 sec
uint32 nanosec
"""
DIAG_DEF = """std_msgs/Header header
DiagnosticStatus[] status
================================================================================
MSG: std_msgs/Header
builtin_interfaces/Time stamp
string frame_id
================================================================================
MSG: builtin_interfaces/Time
int32 sec
uint32 nanosec
================================================================================
MSG: diagnostic_msgs/DiagnosticStatus
byte OK=0
byte WARN=1
byte ERROR=2
byte STALE=3
byte level
string name
string message
string hardware_id
KeyValue[] values
================================================================================
MSG: diagnostic_msgs/KeyValue
string key
string value
"""
WORDS = ["lidar", "camera", "brake", "torque", "planner", "timeout", "retry", "ok", "lost", "degraded"]
NODES = ["planner", "perception", "can_bridge"]
T0 = 1_764_547_200 * 10**9  # 2025-12-01 00:00:00 UTC


def make_mcap(
    seed: int, n: int, *, chunk_size: int, compression: CompressionType = CompressionType.ZSTD, payload: int = 0
) -> bytes:
    """A ROS 2 recording: /rosout log messages (with codes, and key names that keep digits),
    diagnostics, and two plain topics (``payload`` more bytes per message: sensor-sized data);
    times mostly rising, some out of order across chunks."""
    rng = random.Random(seed)
    out = io.BytesIO()
    writer = Writer(out, chunk_size=chunk_size, compression=compression)
    log = writer.register_msgdef("rcl_interfaces/msg/Log", LOG_DEF)
    diag = writer.register_msgdef("diagnostic_msgs/msg/DiagnosticArray", DIAG_DEF)
    text = writer.register_msgdef("std_msgs/msg/String", "string data\n")
    # A Foxglove log channel (JSON) beside the ROS ones; the ROS 2 writer's own McapWriter writes it.
    raw = writer._writer
    fox_schema = raw.register_schema(FOXGLOVE_LOG, "jsonschema", b'{"type": "object"}')
    fox = raw.register_channel("/log", "json", fox_schema)
    for i in range(n):
        t = T0 + i * 10_000_000 + (rng.randrange(-5, 5) * 50_000_000 if rng.random() < 0.05 else 0)
        kind = rng.random()
        if kind < 0.45:
            words = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(1, 5)))
            extra = f" id={rng.randrange(10**6)}" if rng.random() < 0.4 else ""
            code = f" dtc {rng.choice(['P0301', 'U0100', 'C1234'])}" if rng.random() < 0.05 else ""
            regs = f" PSR{rng.randrange(10)}={rng.randrange(10**4):x}" if rng.random() < 0.2 else ""
            msg = {
                "stamp": {"sec": t // 10**9, "nanosec": t % 10**9},
                "level": rng.choice([10, 20, 20, 20, 30, 40, 50]),
                "name": rng.choice(NODES),
                "msg": f"{words}{extra}{code}{regs}",
                "file": "node.cpp",
                "function": "run",
                "line": rng.randrange(500),
            }
            writer.write_message("/rosout", log, msg, log_time=t)
        elif kind < 0.5:
            body = {
                "timestamp": {"sec": t // 10**9, "nsec": t % 10**9},
                "level": rng.choice([1, 2, 2, 3, 4, 5, "ERROR"]),
                "message": f"{rng.choice(WORDS)} {rng.choice(WORDS)} took {rng.randrange(900)} ms",
                "name": rng.choice(NODES),
            }
            raw.add_message(fox, log_time=t, data=json.dumps(body).encode(), publish_time=t)
        elif kind < 0.55:
            status = {
                "level": rng.randrange(4),
                "name": rng.choice(["battery", "gps"]),
                "message": rng.choice(["ok", f"voltage {rng.randrange(100)} low", "no fix"]),
                "hardware_id": "hw",
                "values": [],
            }
            header = {"stamp": {"sec": t // 10**9, "nanosec": t % 10**9}, "frame_id": ""}
            writer.write_message("/diagnostics", diag, {"header": header, "status": [status]}, log_time=t)
        else:
            topic = "/chatter" if kind < 0.8 else "/odom_text"
            writer.write_message(topic, text, {"data": f"hello {i} " + rng.randbytes(payload // 2).hex()}, log_time=t)
    writer.finish()
    return out.getvalue()


def _comparable(summary) -> dict:
    out = summary.model_dump(mode="json")
    out["stats"].pop("seconds")
    out["stats"].pop("segments", None)
    return out


def single_pass(data: bytes) -> dict:
    return _comparable(summarize_stream(io.BytesIO(data), batch_id="b", file_id="f", file_name="x.mcap"))


def index_of(data: bytes):
    return mcap_log.index_of(lambda start, end: io.BytesIO(data[start:end]), len(data))


def segmented(data: bytes, target: int) -> tuple[dict, int]:
    index = index_of(data)
    assert index is not None
    segments = group_chunks(mcap_log.chunk_offsets(index), len(data), target)
    partials = [
        mcap_log.summarize_segment(
            s.index, io.BytesIO(data[s.start : s.end]), index, first=s.index == 0, length=s.end - s.start
        )
        for s in segments
    ]
    partials = [type(p).model_validate_json(p.model_dump_json()) for p in partials]  # they travel as JSON
    merged = mcap_log.merge_segments(partials, batch_id="b", file_id="f", file_name="x.mcap")
    return _comparable(merged), len(segments)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.integers(0, 2**32 - 1),
    n=st.integers(1, 1500),
    chunk_size=st.sampled_from([512, 2048, 8192, 65536]),
    target=st.integers(1, 60_000),
    compression=st.sampled_from([CompressionType.ZSTD, CompressionType.LZ4, CompressionType.NONE]),
)
def test_merge_of_mcap_chunk_segments_equals_one_pass(seed, n, chunk_size, target, compression) -> None:
    # Given a multi-chunk ROS 2 recording, and any segment target (one chunk each up to all in one)
    data = make_mcap(seed, n, chunk_size=chunk_size, compression=compression)
    # When it is parsed as segments of whole chunks and merged / Then the summary is the single pass's
    merged, _ = segmented(data, target)
    assert merged == single_pass(data)


def test_a_recording_splits_into_many_segments_with_the_same_summary() -> None:
    data = make_mcap(5, 3000, chunk_size=4096)
    merged, n = segmented(data, 20_000)
    assert n >= 5
    one = single_pass(data)
    assert merged == one
    # and the summary has what the test is about: templates, levels, codes, channels, evidence
    assert one["error"] is None and one["stats"]["messages"] == 3000 and one["stats"]["bytes"] == len(data)
    assert len(one["templates"]) > 5 and {c["code"] for c in one["codes"]} >= {"P0301"}
    assert {"/chatter", "/odom_text"} <= {c["name"] for c in one["channels"]}
    assert any(s["message_index"] and s["message_index"] > 1000 for s in one["samples"])


def test_segments_read_only_their_own_chunks() -> None:
    # Given an indexed recording read over ranged reads
    data = make_mcap(2, 2000, chunk_size=4096)
    reads: list[tuple[int, int]] = []

    def open_range(start: int, end: int):
        reads.append((start, end))
        return io.BytesIO(data[start:end])

    # When its index is read / Then only a little of the head, the footer and the summary section
    # are fetched, in a few requests
    index = mcap_log.index_of(open_range, len(data))
    assert index is not None and len(index.chunk_indexes) > 10
    last_chunk_end = max(c.chunk_start_offset + c.chunk_length for c in index.chunk_indexes)
    head = [(s, e) for s, e in reads if s < last_chunk_end]
    assert head == [(0, 4096)]
    assert len(reads) < 10 and sum(e - s for s, e in reads) < 4096 + 2 * (len(data) - last_chunk_end)


def test_an_mcap_without_a_chunk_index_is_not_split() -> None:
    # Given an unchunked recording, and a truncated one (no footer, no summary)
    from mcap.writer import Writer as McapWriter

    out = io.BytesIO()
    w = McapWriter(out, use_chunking=False)
    w.start()
    sid = w.register_schema("std_msgs/msg/String", "ros2msg", b"string data\n")
    cid = w.register_channel("/chatter", "cdr", sid)
    for i in range(10):
        w.add_message(cid, T0 + i, b"\x00\x01\x00\x00\x02\x00\x00\x00a\x00", T0 + i)
    w.finish()
    chunked = make_mcap(1, 500, chunk_size=2048)
    # Then neither has an index to split by (they are parsed in one pass)
    assert index_of(out.getvalue()) is None
    assert index_of(chunked[: len(chunked) - 100]) is None
    assert index_of(chunked) is not None


def test_a_corrupt_chunk_ends_the_merged_summary_where_the_single_pass_stops() -> None:
    # Given a recording whose fourth chunk's compressed bytes are damaged
    data = bytearray(make_mcap(9, 1500, chunk_size=2048, compression=CompressionType.ZSTD))
    index = index_of(bytes(data))
    chunk = sorted(index.chunk_indexes, key=lambda c: c.chunk_start_offset)[3]
    mid = chunk.chunk_start_offset + chunk.chunk_length - 20
    data[mid : mid + 8] = b"\xff" * 8
    data = bytes(data)
    # When it is parsed as segments / Then the reason and the counts are the single pass's
    merged, _ = segmented(data, 4000)
    one = single_pass(data)
    assert one["error"] and merged["error"] == one["error"]
    assert merged["stats"]["messages"] == one["stats"]["messages"]
    assert merged["templates"] == one["templates"]


def test_ranged_file_seeks_and_reads_exact_ranges() -> None:
    data = bytes(range(256)) * 40
    f = RangedFile(lambda s, e: io.BytesIO(data[s:e]), len(data))
    f.seek(-10, io.SEEK_END)
    assert f.read(100) == data[-10:]
    f.seek(5)
    assert f.read(7) == data[5:12] and f.tell() == 12
    assert f.read(8000) == data[12:8012] and f.read() == data[8012:]
    assert f.requests == 3  # the sequential reads came from one read-ahead window


@pytest.mark.parametrize("target", [1, 10**9])
def test_group_chunks_covers_the_file(target: int) -> None:
    segs = group_chunks([100, 300, 700, 900], 1200, target)
    assert segs[0].start == 0 and segs[-1].end == 1200
    assert all(a.end == b.start for a, b in itertools.pairwise(segs))
    assert len(segs) == (4 if target == 1 else 1)


def _foxglove_proto_schema() -> bytes:
    """A FileDescriptorSet for foxglove.Log (the fields the reader uses), as a Foxglove writer stores it."""
    from google.protobuf import descriptor_pb2

    fd = descriptor_pb2.FileDescriptorProto(name="foxglove/Log.proto", package="foxglove", syntax="proto3")
    msg = fd.message_type.add(name="Log")
    level = msg.enum_type.add(name="Level")
    for i, name in enumerate(["UNKNOWN", "DEBUG", "INFO", "WARNING", "ERROR", "FATAL"]):
        level.value.add(name=name, number=i)
    f = descriptor_pb2.FieldDescriptorProto
    msg.field.add(name="level", number=2, type=f.TYPE_ENUM, type_name=".foxglove.Log.Level", label=f.LABEL_OPTIONAL)
    msg.field.add(name="message", number=3, type=f.TYPE_STRING, label=f.LABEL_OPTIONAL)
    msg.field.add(name="name", number=4, type=f.TYPE_STRING, label=f.LABEL_OPTIONAL)
    return descriptor_pb2.FileDescriptorSet(file=[fd]).SerializeToString()


def test_foxglove_log_records_in_json_and_protobuf_become_templates():
    # Given a recording with foxglove.Log channels in JSON and in protobuf, and one damaged record
    from google.protobuf import descriptor_pb2, descriptor_pool, message_factory
    from mcap.writer import Writer as McapWriter

    schema_data = _foxglove_proto_schema()
    pool = descriptor_pool.DescriptorPool()
    pool.Add(descriptor_pb2.FileDescriptorSet.FromString(schema_data).file[0])
    log_cls = message_factory.GetMessageClass(pool.FindMessageTypeByName(FOXGLOVE_LOG))
    out = io.BytesIO()
    w = McapWriter(out, chunk_size=512)
    w.start()
    js = w.register_channel("/log", "json", w.register_schema(FOXGLOVE_LOG, "jsonschema", b"{}"))
    pb = w.register_channel("/log_pb", "protobuf", w.register_schema(FOXGLOVE_LOG, "protobuf", schema_data))
    for i in range(40):
        body = {"level": 4 if i % 10 == 0 else 2, "message": f"planner cycle {i} took {i * 3} ms", "name": "planner"}
        w.add_message(js, log_time=T0 + i * 10**7, data=json.dumps(body).encode(), publish_time=T0)
        rec = log_cls(level=3, message=f"lidar packet loss {i}%", name="lidar")
        w.add_message(pb, log_time=T0 + i * 10**7 + 1, data=rec.SerializeToString(), publish_time=T0)
    w.add_message(js, log_time=T0 + 10**9, data=b"{not json", publish_time=T0)
    w.finish()
    data = out.getvalue()
    # When it is summarized / Then both encodings are log records with their levels and names
    one = single_pass(data)
    assert one["error"] is None and one["stats"]["messages"] == 81
    templates = {t["template"]: (t["count"], t["severity"]) for t in one["templates"]}
    assert templates["planner cycle <*> took <*>"] == (40, "error")
    assert templates["lidar packet loss <*>"] == (40, "warning")
    channels = {c["name"]: c["count"] for c in one["channels"]}
    assert channels == {"log:planner": 40, "log:lidar": 40, "/log": 1}  # the damaged record: counted only
    # and segments of its chunks merge into the same summary
    assert segmented(data, 1)[0] == one


FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "parse"
SHARED_MCAP = Path(__file__).resolve().parents[4] / "shared" / "data" / "mcap"


@pytest.mark.parametrize("name", ["talker.mcap", "topics_and_services.mcap", "cdr_test_0.mcap"])
def test_real_recordings_read_as_segments_give_the_single_pass_summary(name):
    # Given a rosbag2 recording (in the repo, or the shared sample data when present)
    path = FIXTURES / name if (FIXTURES / name).exists() else SHARED_MCAP / name
    if not path.exists():
        pytest.skip(f"{name} not found; the shared sample data (../shared/data/mcap) has it")
    data = path.read_bytes()
    # When it is read as segments of its chunks / Then the merged summary is the single pass's
    merged, _ = segmented(data, 1)
    assert merged == single_pass(data)
