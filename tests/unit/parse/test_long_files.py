"""The long-file path with fakes: deadline handling, hand-off, and the segmented steps end to end."""

from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
import random
from pathlib import Path

import pytest
import zstandard

from functions.core.app.deadline import Deadline, DeadlineStream, OutOfTime
from functions.core.domain.batch import Batch, FileRecord, FileStatus
from functions.core.domain.keys import partial_key, summary_key
from functions.parse.long_files import NotParsable, Plan, SegmentedParse
from functions.parse.segments import StretchTooFar
from functions.parse.segments_handler import lambda_handler as segments_handler
from functions.parse.service import ParseService
from functions.parse.summarize import summarize_stream
from tests.events import SteppingContext
from tests.fakes.memory import InMemoryBatchRepository, InMemoryObjectStore, InMemoryQueue, InMemoryWorkflowStarter
from tests.unit.parse.test_mcap_segments import make_mcap
from tests.unit.parse.test_segments import make_log, zstd_frames

VIN = "WVWZZZ1JZXW000001"
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "parse"


class SlowStream(io.BytesIO):
    """Reads small chunks so a deadline is checked many times per file."""

    def __init__(self, data: bytes, chunk: int = 4096) -> None:
        super().__init__(data)
        self.chunk = chunk

    def read(self, n: int = -1) -> bytes:
        return super().read(min(n if n and n > 0 else self.chunk, self.chunk))


@pytest.fixture
def world():
    repo, store, queue = InMemoryBatchRepository(), InMemoryObjectStore(), InMemoryQueue()
    workflow = InMemoryWorkflowStarter()
    batch = Batch.open("veh-1", VIN)
    repo.create_batch(batch)

    def add(file_id: str, body: bytes) -> FileRecord:
        key = f"raw/{batch.batch_id}/{file_id}"
        record = FileRecord(
            batch_id=batch.batch_id,
            file_id=file_id,
            name=f"{file_id}.log",
            size=len(body),
            object_key=key,
            upload_id="u",
            part_size=5 << 20,
        )
        repo.add_file(batch, record)
        repo.save_file_status(record, record.transition(FileStatus.UPLOADED))
        store.objects[key] = body
        return record

    service = ParseService(repo=repo, store=store, barrier_queue=queue, segmented=workflow, segment_threshold=50_000)
    return service, workflow, batch.batch_id, add


def test_a_deadline_stream_stops_before_the_margin():
    clock = SteppingContext(remaining_ms=40_000, step_ms=5_000)
    stream = DeadlineStream(io.BytesIO(b"x" * 100), Deadline(clock.get_remaining_time_in_millis, margin_s=30))
    assert stream.read(10) == b"x" * 10  # 35 s left
    with pytest.raises(OutOfTime):
        stream.read(10)  # 30 s left: within the margin


def test_a_large_text_file_is_handed_to_the_segmented_path_without_being_parsed(world):
    service, workflow, batch_id, add = world
    add("f_big", make_log(random.Random(1), 3000))
    outcome = service.process(batch_id, "f_big", remaining_ms=SteppingContext(900_000).get_remaining_time_in_millis)
    assert outcome.status == "segmented" and outcome.skipped
    assert json.loads(workflow.executions[f"{batch_id}-f_big"]) == {"batch_id": batch_id, "file_id": "f_big"}
    # Nothing reached the barrier yet, and the file is still waiting to be parsed
    assert service.barrier_queue.messages == []
    assert service.repo.get_file(batch_id, "f_big").status is FileStatus.UPLOADED


def test_a_small_file_out_of_time_goes_to_the_segmented_path(world):
    service, workflow, batch_id, add = world
    add("f_small", make_log(random.Random(2), 300))
    service.store.objects = {k: v for k, v in service.store.objects.items()}
    service.store.open_stream = lambda key: SlowStream(service.store.objects[key])  # type: ignore[method-assign]
    clock = SteppingContext(remaining_ms=60_000, step_ms=10_000)
    outcome = service.process(batch_id, "f_small", remaining_ms=clock.get_remaining_time_in_millis)
    assert outcome.status == "segmented"
    assert f"{batch_id}-f_small" in workflow.executions


def test_a_compressed_text_file_out_of_time_goes_to_the_long_file_path(world):
    service, workflow, batch_id, add = world
    add("f_gz", gzip.compress(make_log(random.Random(3), 2000)))
    service.store.open_stream = lambda key: SlowStream(service.store.objects[key])  # type: ignore[method-assign]
    clock = SteppingContext(remaining_ms=60_000, step_ms=10_000)
    outcome = service.process(batch_id, "f_gz", remaining_ms=clock.get_remaining_time_in_millis)
    assert outcome.status == "segmented" and f"{batch_id}-f_gz" in workflow.executions


@pytest.mark.parametrize("body", ["dlt", "unindexed-mcap"])
def test_a_file_the_long_file_path_cannot_parse_fails_with_a_reason_and_reaches_the_barrier(world, body):
    # Given a DLT trace, or an MCAP without a chunk index (nothing to split by), out of time
    service, workflow, batch_id, add = world
    data = (FIXTURES / "testfile_extended.dlt").read_bytes() if body == "dlt" else unindexed_mcap()
    add("f_bin", data)
    service.store.open_stream = lambda key: SlowStream(service.store.objects[key], 1024)  # type: ignore[method-assign]
    clock = SteppingContext(remaining_ms=60_000, step_ms=10_000)
    outcome = service.process(batch_id, "f_bin", remaining_ms=clock.get_remaining_time_in_millis)
    # Then it fails with the reason instead of being handed on
    assert outcome.status == "failed"
    record = service.repo.get_file(batch_id, "f_bin")
    assert record.status is FileStatus.FAILED and "cannot be split" in record.error and "invocation" in record.error
    assert [json.loads(m)["status"] for m in service.barrier_queue.messages] == ["failed"]
    assert workflow.executions == {}


def _run_workflow(use_case: SegmentedParse, batch_id: str, file_id: str) -> dict:
    """The ASL's steps in order, through the handler (as Step Functions calls it)."""
    plan = segments_handler(
        {"step": "plan", "batch_id": batch_id, "file_id": file_id}, SteppingContext(), use_case=use_case
    )
    keys = [
        segments_handler(
            {"step": "parse_segment", "batch_id": batch_id, "file_id": file_id, "format": plan["format"], "segment": s},
            SteppingContext(),
            use_case=use_case,
        )["partial"]
        for s in plan["segments"]
    ]
    done = segments_handler(
        {"step": "merge", "batch_id": batch_id, "file_id": file_id, "partials": keys},
        SteppingContext(),
        use_case=use_case,
    )
    return {"plan": plan, "keys": keys, "done": done}


@pytest.mark.parametrize("codec", ["text", "zstd"])
def test_the_segmented_steps_give_the_single_pass_summary(world, codec):
    service, _, batch_id, add = world
    data = make_log(random.Random(9), 5000)
    body = data if codec == "text" else zstd_frames(data, 30_000, seek_table=codec == "zstd")[0]
    add("f_long", body)
    use_case = SegmentedParse(service, segment_bytes=len(body) // 4)
    run = _run_workflow(use_case, batch_id, "f_long")
    assert len(run["plan"]["segments"]) >= 3
    assert run["keys"][0] == partial_key(batch_id, "f_long", 0)
    assert run["done"]["status"] == "parsed"
    merged = json.loads(service.store.objects[summary_key(batch_id, "f_long")])
    single = summarize_stream(io.BytesIO(body), batch_id=batch_id, file_id="f_long", file_name="f_long.log")
    single = single.model_dump(mode="json")
    for s in (merged, single):
        s["stats"].pop("seconds")
    assert merged["stats"].pop("segments") == len(run["keys"])
    single["stats"].pop("segments")
    assert merged == single
    assert [json.loads(m)["status"] for m in service.barrier_queue.messages] == ["parsed"]


def test_zstd_without_seek_table_is_planned_from_frame_headers(world):
    service, _, batch_id, add = world
    body, offsets = zstd_frames(make_log(random.Random(4), 3000), 20_000, seek_table=False)
    add("f_z", body)
    plan = SegmentedParse(service, segment_bytes=1).plan(batch_id, "f_z")
    assert [s.start for s in plan.segments] == offsets and plan.segments[-1].end == len(body)
    assert plan.format == "zstd+text"


def test_a_failed_step_marks_the_file_failed_with_the_cause(world):
    service, _, batch_id, add = world
    add("f_bad", make_log(random.Random(5), 100))
    use_case = SegmentedParse(service)
    out = segments_handler(
        {"step": "fail", "batch_id": batch_id, "file_id": "f_bad", "error": {"Error": "OutOfTime", "Cause": "late"}},
        SteppingContext(),
        use_case=use_case,
    )
    assert out["status"] == "failed"
    assert service.repo.get_file(batch_id, "f_bad").error == "segmented parse failed: late"
    assert [json.loads(m)["status"] for m in service.barrier_queue.messages] == ["failed"]


def test_a_segment_out_of_time_raises_so_the_workflow_marks_the_file_failed(world):
    service, _, batch_id, add = world
    add("f_slow", make_log(random.Random(6), 3000))
    use_case = SegmentedParse(service, segment_bytes=50_000)
    plan = use_case.plan(batch_id, "f_slow")
    clock = SteppingContext(remaining_ms=10_000)
    with pytest.raises(OutOfTime):
        use_case.parse_segment(batch_id, "f_slow", "text", plan.segments[1], clock.get_remaining_time_in_millis)


COMPRESS = {
    "gzip": gzip.compress,
    "bzip2": bz2.compress,
    "xz": lzma.compress,
    "zstd": lambda data: zstandard.ZstdCompressor(level=1).compress(data),  # one frame: not splittable
}


@pytest.mark.parametrize("codec", list(COMPRESS))
def test_checkpointed_stretches_give_the_single_pass_summary(world, codec):
    # Given a compressed log that cannot be split (one deflate/bzip2/xz stream, or one zstd frame)
    service, _, batch_id, add = world
    data = make_log(random.Random(12), 4000)
    body = COMPRESS[codec](data)
    add("f_c", body)
    use_case = SegmentedParse(service, stretch_max_bytes=len(data) // 5)
    # When the workflow plans it and runs stretches until done
    state = use_case.plan(batch_id, "f_c")
    assert state.mode == "checkpoint" and state.format == f"{codec}+text"
    while not state.done:
        state = Plan.model_validate(
            segments_handler({"step": "parse_stretch", **state.model_dump()}, SteppingContext(), use_case=use_case)
        )
    assert len(state.partials) >= 3
    use_case.merge(batch_id, "f_c", state.partials)
    # Then the summary is the single pass's
    merged = json.loads(service.store.objects[summary_key(batch_id, "f_c")])
    single = summarize_stream(io.BytesIO(body), batch_id=batch_id, file_id="f_c", file_name="f_c.log")
    single = single.model_dump(mode="json")
    for s in (merged, single):
        s["stats"].pop("seconds")
        s["stats"].pop("segments")
    assert merged == single


def test_a_stretch_ends_when_the_invocation_nears_its_deadline(world):
    service, _, batch_id, add = world
    data = make_log(random.Random(13), 3000)
    add("f_t", gzip.compress(data))
    use_case = SegmentedParse(service, margin_s=30)
    state = use_case.plan(batch_id, "f_t")
    # 70 s left, 5 s per question: the stretch stops once 60 s (twice the margin) remain
    clock = SteppingContext(remaining_ms=70_000, step_ms=5_000)
    state = use_case.parse_stretch(state, clock.get_remaining_time_in_millis)
    assert not state.done and 0 < state.next < len(data) and state.index == 1
    state = use_case.parse_stretch(state, SteppingContext().get_remaining_time_in_millis)
    assert state.done and state.next == len(data)


def test_a_lambda_error_payload_becomes_a_readable_reason(world):
    service, _, batch_id, add = world
    add("f_np", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    cause = json.dumps({"errorType": "NotParsable", "errorMessage": "only text logs can be parsed in parts"})
    segments_handler(
        {"step": "fail", "batch_id": batch_id, "file_id": "f_np", "error": {"Error": "NotParsable", "Cause": cause}},
        SteppingContext(),
        use_case=SegmentedParse(service),
    )
    error = service.repo.get_file(batch_id, "f_np").error
    assert error == "segmented parse failed: NotParsable: only text logs can be parsed in parts"


@pytest.mark.parametrize("body", ["dlt", "unindexed-mcap"])
def test_plan_refuses_what_cannot_be_split(world, body):
    service, _, batch_id, add = world
    add("f_bin", (FIXTURES / "testfile_extended.dlt").read_bytes() if body == "dlt" else unindexed_mcap())
    with pytest.raises(NotParsable):
        SegmentedParse(service).plan(batch_id, "f_bin")


def unindexed_mcap() -> bytes:
    from mcap.writer import Writer

    out = io.BytesIO()
    writer = Writer(out, use_chunking=False)
    writer.start()
    schema = writer.register_schema("std_msgs/msg/String", "ros2msg", b"string data\n")
    channel = writer.register_channel("/chatter", "cdr", schema)
    for i in range(200):
        writer.add_message(channel, 10**18 + i, b"\x00\x01\x00\x00\x02\x00\x00\x00a\x00", 10**18 + i)
    writer.finish()
    return out.getvalue()


def test_an_indexed_mcap_out_of_time_goes_to_the_segmented_path(world):
    service, workflow, batch_id, add = world
    add("f_m", make_mcap(3, 400, chunk_size=2048))
    service.store.open_stream = lambda key: SlowStream(service.store.objects[key], 1024)  # type: ignore[method-assign]
    clock = SteppingContext(remaining_ms=60_000, step_ms=10_000)
    outcome = service.process(batch_id, "f_m", remaining_ms=clock.get_remaining_time_in_millis)
    assert outcome.status == "segmented" and f"{batch_id}-f_m" in workflow.executions


def test_the_segmented_steps_give_the_single_pass_summary_of_an_mcap(world):
    # Given a long multi-chunk MCAP (past the threshold: handed off without a first attempt)
    service, workflow, batch_id, add = world
    body = make_mcap(8, 4000, chunk_size=4096)
    add("f_mc", body)
    assert service.process(batch_id, "f_mc").status == "segmented" and f"{batch_id}-f_mc" in workflow.executions
    # When the workflow's steps run: segments of whole chunks, each read through one ranged read
    use_case = SegmentedParse(service, segment_bytes=len(body) // 5)
    service.store.ranges.clear()
    run = _run_workflow(use_case, batch_id, "f_mc")
    segments = run["plan"]["segments"]
    assert run["plan"]["format"] == "mcap" and len(segments) >= 4
    assert all((batch_key(batch_id, "f_mc"), s["start"], s["end"]) in service.store.ranges for s in segments)
    # Then the summary is the single pass's
    assert run["done"]["status"] == "parsed"
    merged = json.loads(service.store.objects[summary_key(batch_id, "f_mc")])
    single = summarize_stream(io.BytesIO(body), batch_id=batch_id, file_id="f_mc", file_name="f_mc.log")
    single = single.model_dump(mode="json")
    for s in (merged, single):
        s["stats"].pop("seconds")
    assert merged["stats"].pop("segments") == len(segments)
    single["stats"].pop("segments")
    assert merged == single and merged["stats"]["messages"] == 4000


def batch_key(batch_id: str, file_id: str) -> str:
    return f"raw/{batch_id}/{file_id}"


def test_a_stretch_that_cannot_reach_its_checkpoint_in_time_fails_with_a_reason(world):
    service, _, batch_id, add = world
    add("f_far", gzip.compress(make_log(random.Random(14), 3000)))
    use_case = SegmentedParse(service, margin_s=30)
    state = use_case.plan(batch_id, "f_far").model_copy(update={"index": 1, "next": 100_000})
    with pytest.raises(StretchTooFar):
        use_case.parse_stretch(state, SteppingContext(remaining_ms=50_000).get_remaining_time_in_millis)
