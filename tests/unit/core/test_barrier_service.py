"""The barrier fires exactly once per batch, whichever comes last, and survives Redis losing state."""

from datetime import UTC, datetime

import pytest

from functions.core.app.barrier import BarrierService
from functions.core.domain.batch import Batch, BatchStatus, FileRecord, FileStatus
from functions.core.domain.contracts import FileProcessed
from tests.fakes.memory import InMemoryBarrier, InMemoryBatchRepository, InMemoryWorkflowStarter

VIN = "WVWZZZ1JZXW000001"


@pytest.fixture
def world():
    repo, barrier, workflow = InMemoryBatchRepository(), InMemoryBarrier(), InMemoryWorkflowStarter()
    batch = Batch.open("veh-1", VIN)
    repo.create_batch(batch)
    for i in range(3):
        repo.add_file(
            batch,
            FileRecord(
                batch_id=batch.batch_id,
                file_id=f"f_{i}",
                name=f"{i}.log",
                size=1,
                object_key=f"raw/{batch.batch_id}/f_{i}",
                upload_id="u",
                part_size=5 << 20,
            ),
        )
    return BarrierService(repo=repo, barrier=barrier, workflow=workflow), batch.batch_id


def _msg(batch_id: str, file_id: str) -> FileProcessed:
    return FileProcessed(batch_id=batch_id, file_id=file_id, status="parsed", at=datetime.now(UTC))


def _seal(svc: BarrierService, batch_id: str, total: int) -> None:
    batch = svc.repo.get_batch(batch_id)
    svc.repo.seal_batch(batch, batch.transition(BatchStatus.SEALED), total, files_seen=3)
    svc.barrier.seal(batch_id, total, [])


def test_the_last_file_after_the_seal_fires_once_even_when_messages_repeat(world):
    svc, batch_id = world
    _seal(svc, batch_id, 3)
    outcomes = [svc.handle(_msg(batch_id, f)) for f in ("f_0", "f_1", "f_1", "f_0", "f_2", "f_2", "f_1")]
    assert [o.fired for o in outcomes].count(True) == 1
    assert outcomes[4].fired and outcomes[4].processed == 3
    assert list(svc.workflow.executions) == [batch_id]


def test_files_before_the_seal_do_not_fire(world):
    svc, batch_id = world
    outcomes = [svc.handle(_msg(batch_id, f)) for f in ("f_0", "f_1", "f_2")]
    assert not any(o.fired for o in outcomes)
    assert outcomes[-1].total is None and svc.workflow.start_calls == 0


def test_a_failed_start_is_made_by_the_redelivery(world):
    svc, batch_id = world
    _seal(svc, batch_id, 1)
    svc.workflow.fail_next = 1
    with pytest.raises(ConnectionError):
        svc.handle(_msg(batch_id, "f_0"))
    svc.handle(_msg(batch_id, "f_0"))
    assert list(svc.workflow.executions) == [batch_id]


def test_a_winner_that_died_after_taking_the_flag_is_covered_by_the_next_delivery(world):
    # Given the flag already taken (its winner died, or its client retried the script after a lost reply)
    svc, batch_id = world
    _seal(svc, batch_id, 1)
    svc.barrier.fired.add(batch_id)
    # When the message is delivered again
    outcome = svc.handle(_msg(batch_id, "f_0"))
    # Then the complete batch, still waiting in DynamoDB, gets its one execution
    assert not outcome.fired and outcome.complete
    assert list(svc.workflow.executions) == [batch_id]


def test_once_the_workflow_moved_the_batch_on_duplicates_start_nothing(world):
    svc, batch_id = world
    _seal(svc, batch_id, 1)
    svc.handle(_msg(batch_id, "f_0"))
    svc.repo.batches[batch_id].status = BatchStatus.GATHERING  # the workflow's first step ran
    calls = svc.workflow.start_calls
    for _ in range(3):
        svc.handle(_msg(batch_id, "f_0"))
    assert svc.workflow.start_calls == calls


def test_the_barrier_is_rebuilt_from_dynamodb_when_redis_lost_the_seal(world):
    svc, batch_id = world
    batch = svc.repo.get_batch(batch_id)
    svc.repo.seal_batch(batch, batch.transition(BatchStatus.SEALED), 2, files_seen=3)
    for file_id in ("f_0", "f_1"):
        record = svc.repo.get_file(batch_id, file_id)
        svc.repo.save_file_status(record, record.transition(FileStatus.PARSED))
    svc.barrier = InMemoryBarrier()  # Redis restarted: set, total and flag are gone

    outcome = svc.handle(_msg(batch_id, "f_1"))

    assert outcome.fired and outcome.total == 2
    assert list(svc.workflow.executions) == [batch_id]


def _mark_processed(svc: BarrierService, batch_id: str, file_id: str) -> None:
    record = svc.repo.get_file(batch_id, file_id)
    svc.repo.save_file_status(record, record.transition(FileStatus.PARSED))


def test_with_the_barrier_store_frozen_the_last_file_starts_the_workflow_from_dynamodb(world):
    # Given a sealed batch whose files are all processed in DynamoDB, and a Valkey that does not answer
    svc, batch_id = world
    _seal(svc, batch_id, 3)
    for f in ("f_0", "f_1", "f_2"):
        _mark_processed(svc, batch_id, f)
    svc.barrier.unavailable = True
    # When the last file's message arrives
    svc.handle(_msg(batch_id, "f_2"))
    # Then the table alone decided: one execution
    assert list(svc.workflow.executions) == [batch_id]


def test_with_the_barrier_store_frozen_an_incomplete_batch_is_retried_not_started(world):
    from functions.core.domain.errors import BarrierUnavailable

    svc, batch_id = world
    _seal(svc, batch_id, 3)
    _mark_processed(svc, batch_id, "f_0")
    svc.barrier.unavailable = True
    with pytest.raises(BarrierUnavailable):  # SQS delivers it again; the DLQ is harmless
        svc.handle(_msg(batch_id, "f_0"))
    assert svc.workflow.start_calls == 0
