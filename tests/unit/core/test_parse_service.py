"""The parse use case: summaries land in the store, statuses in the table, and every file —
readable or not — reaches the barrier queue exactly as it should."""

import hashlib
import json
import tempfile
from pathlib import Path

import pytest

from functions.core.domain.batch import Batch, FileRecord, FileStatus
from functions.core.domain.keys import summary_key
from functions.parse.service import ParseService
from tests.fakes.memory import InMemoryBatchRepository, InMemoryObjectStore, InMemoryQueue

VIN = "WVWZZZ1JZXW000001"
LOG = (
    b"".join(
        f"2026-11-27T10:00:{i:02d}.000Z bms[311]: ERROR cell {i} over-temperature DTC P0A80 set\n".encode()
        for i in range(40)
    )
    + b"2026-11-27T10:01:00.000Z gw[12]: INFO heartbeat ok\n"
)


@pytest.fixture
def world():
    repo, store, queue = InMemoryBatchRepository(), InMemoryObjectStore(), InMemoryQueue()
    batch = Batch.open("veh-1", VIN)
    repo.create_batch(batch)

    def add(file_id: str, body: bytes, status: FileStatus = FileStatus.UPLOADED, sha256: str | None = None) -> None:
        key = f"raw/{batch.batch_id}/{file_id}"
        record = FileRecord(
            batch_id=batch.batch_id,
            file_id=file_id,
            name=f"{file_id}.log",
            size=len(body),
            object_key=key,
            upload_id="u",
            part_size=5 << 20,
            sha256=sha256,
        )
        repo.add_file(batch, record)
        if status is not FileStatus.UPLOADING:
            repo.save_file_status(record, record.transition(status))
        store.objects[key] = body

    return ParseService(repo=repo, store=store, barrier_queue=queue), batch.batch_id, add


def test_a_text_log_is_summarised_and_reported_to_the_barrier(world):
    svc, batch_id, add = world
    add("f_1", LOG)
    outcome = svc.process(batch_id, "f_1")
    assert outcome.status == "parsed"
    summary = json.loads(svc.store.objects[summary_key(batch_id, "f_1")])
    assert summary["stats"]["lines"] == 41
    assert any(c["code"] == "P0A80" and c["count"] == 40 for c in summary["codes"])
    record = svc.repo.get_file(batch_id, "f_1")
    assert record.status is FileStatus.PARSED and record.summary_key == summary_key(batch_id, "f_1")
    assert svc.repo.get_batch(batch_id).processed_files == 1
    assert [json.loads(m)["file_id"] for m in svc.barrier_queue.messages] == ["f_1"]


def test_an_unreadable_file_fails_with_a_reason_and_still_reaches_the_barrier(world):
    svc, batch_id, add = world
    add("f_bad", bytes(range(256)) * 64)
    outcome = svc.process(batch_id, "f_bad")
    record = svc.repo.get_file(batch_id, "f_bad")
    assert outcome.status == "failed" and record.status is FileStatus.FAILED and record.error
    message = json.loads(svc.barrier_queue.messages[0])
    assert message["status"] == "failed" and message["error"] == record.error
    assert svc.repo.get_batch(batch_id).failed_files == 1


def test_a_duplicate_event_does_not_parse_or_count_twice_but_notifies_again(world):
    svc, batch_id, add = world
    add("f_1", LOG)
    svc.process(batch_id, "f_1")
    svc.store.objects[summary_key(batch_id, "f_1")] = b"first"
    again = svc.process(batch_id, "f_1")
    assert again.skipped
    assert svc.store.objects[summary_key(batch_id, "f_1")] == b"first"
    assert svc.repo.get_batch(batch_id).processed_files == 1
    assert len(svc.barrier_queue.messages) == 2  # the barrier's SADD makes the second one harmless


def test_the_parser_may_run_before_the_completion_is_recorded(world):
    svc, batch_id, add = world
    add("f_1", LOG, status=FileStatus.UPLOADING)
    assert svc.process(batch_id, "f_1").status == "parsed"


def test_an_object_without_a_file_record_is_ignored(world):
    svc, batch_id, _ = world
    assert svc.process(batch_id, "f_ghost") is None
    assert svc.barrier_queue.messages == []


def test_a_file_aborted_while_it_was_parsed_is_not_reported_to_the_barrier(world):
    svc, batch_id, add = world
    add("f_1", LOG, status=FileStatus.UPLOADING)
    original = svc.repo.save_file_status

    def abort_first(file, previous):  # the vehicle aborts between the parse and its status write
        stored = svc.repo.files[(file.batch_id, file.file_id)]
        if stored.status is FileStatus.UPLOADING:
            stored.status = FileStatus.ABORTED
        return original(file, previous)

    svc.repo.save_file_status = abort_first
    outcome = svc.process(batch_id, "f_1")
    assert outcome.skipped and outcome.status == "aborted"
    assert svc.barrier_queue.messages == []
    assert svc.repo.get_batch(batch_id).processed_files == 0


def test_a_declared_sha256_that_matches_parses(world):
    svc, batch_id, add = world
    add("f_1", LOG, sha256=hashlib.sha256(LOG).hexdigest().upper())
    assert svc.process(batch_id, "f_1").status == "parsed"


def test_a_wrong_declared_sha256_fails_the_file_with_the_reason(world):
    # Given a file whose content is not what the vehicle declared (one byte flipped in transit)
    svc, batch_id, add = world
    add("f_1", LOG[:-2] + b"X\n", sha256=hashlib.sha256(LOG).hexdigest())
    # When parsed
    outcome = svc.process(batch_id, "f_1")
    # Then it is failed, says why, and still reaches the barrier
    record = svc.repo.get_file(batch_id, "f_1")
    assert outcome.status == "failed" and record.status is FileStatus.FAILED
    assert "SHA-256" in record.error and hashlib.sha256(LOG).hexdigest() in record.error
    assert [json.loads(m)["status"] for m in svc.barrier_queue.messages] == ["failed"]


def test_the_hash_covers_bytes_the_parser_did_not_read(world):
    # A parse limit stops reading early; the checksum must still cover the whole object.
    svc, batch_id, add = world
    svc.max_bytes = 100
    add("f_1", LOG, sha256=hashlib.sha256(LOG + b"tail").hexdigest())
    assert svc.process(batch_id, "f_1").status == "failed"


def test_a_binary_log_with_a_valid_header_and_no_messages_is_failed(world):
    import can

    svc, batch_id, add = world
    path = Path(tempfile.mkdtemp()) / "one.blf"
    writer = can.BLFWriter(str(path))
    writer.on_message_received(can.Message(arbitration_id=0x123, data=b"12345678", timestamp=1.0))
    writer.stop()
    add("f_1", path.read_bytes()[:144])  # the file header alone
    outcome = svc.process(batch_id, "f_1")
    record = svc.repo.get_file(batch_id, "f_1")
    assert outcome.status == "failed" and "no messages" in record.error
