"""Batches that stop making progress are failed with the reason; progress resets the clock."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from functions.core.app.sweeper import SweeperService
from functions.core.domain.batch import Batch, BatchStatus, FileRecord, FileStatus, StaleLimits, utcnow
from tests.fakes.memory import InMemoryBatchRepository, InMemoryObjectStore, InMemoryWorkflowStarter

VIN = "WVWZZZ1JZXW000001"


class Clock:
    def __init__(self) -> None:
        self.now = utcnow()

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def world():
    clock = Clock()
    service = SweeperService(repo=InMemoryBatchRepository(), store=InMemoryObjectStore(), clock=clock)
    return service, clock


def _batch(service: SweeperService, status: BatchStatus, files: int = 0, processed: int = 0) -> str:
    batch = Batch.open("veh-1", VIN)
    service.repo.create_batch(batch)
    for i in range(files):
        upload_id = service.store.create_multipart(batch.object_key(f"f_{i}"), None)
        service.repo.add_file(
            batch,
            FileRecord(
                batch_id=batch.batch_id,
                file_id=f"f_{i}",
                name="a",
                size=1,
                object_key=batch.object_key(f"f_{i}"),
                upload_id=upload_id,
                part_size=5 << 20,
            ),
        )
    stored = service.repo.batches[batch.batch_id]
    stored.status, stored.processed_files, stored.total_files = status, processed, files or None
    return batch.batch_id


@pytest.mark.parametrize(
    ("status", "idle", "expected"),
    [
        (BatchStatus.UPLOADING, timedelta(days=6), None),
        (BatchStatus.UPLOADING, timedelta(days=8), "never sealed"),
        (BatchStatus.SCATTERING, timedelta(hours=7), "only 1 of 2 files were processed"),
        (BatchStatus.DIAGNOSING, timedelta(minutes=119), None),
        (BatchStatus.DIAGNOSING, timedelta(hours=3), "the workflow stopped"),
    ],
)
def test_each_status_has_its_own_limit(world, status, idle, expected):
    service, clock = world
    batch_id = _batch(service, status, files=2, processed=1)
    clock.now += idle
    result = service.sweep()
    batch = service.repo.get_batch(batch_id)
    if expected is None:
        assert result.timed_out == [] and batch.status is status
    else:
        assert result.timed_out == [batch_id]
        assert batch.status is BatchStatus.FAILED and expected in batch.error


def test_a_batch_that_was_never_sealed_has_its_open_uploads_aborted(world):
    service, clock = world
    batch_id = _batch(service, BatchStatus.UPLOADING, files=2)
    done = service.repo.get_file(batch_id, "f_1")
    service.repo.save_file_status(done, done.transition(FileStatus.UPLOADED))
    clock.now += timedelta(days=8)

    result = service.sweep()

    assert result.aborted_uploads == 1
    assert service.repo.get_file(batch_id, "f_0").status is FileStatus.ABORTED
    assert service.repo.get_file(batch_id, "f_1").status is FileStatus.UPLOADED
    assert len(service.store.aborted) == 1


def test_progress_resets_the_clock_and_finished_batches_are_left_alone(world):
    service, clock = world
    active = _batch(service, BatchStatus.SCATTERING, files=2)
    finished = _batch(service, BatchStatus.COMPLETED, files=1)
    clock.now += timedelta(hours=3)
    service.repo.batches[active].updated_at = clock.now - timedelta(minutes=5)  # a file was just parsed

    result = service.sweep()

    assert result.timed_out == [] and result.checked == 1
    assert service.repo.get_batch(finished).status is BatchStatus.COMPLETED


def test_limits_come_from_settings():
    limits = StaleLimits(upload=timedelta(minutes=10))
    assert limits.for_status(BatchStatus.PENDING) == timedelta(minutes=10)
    assert limits.for_status(BatchStatus.COMPLETED) is None


def test_progress_between_the_read_and_the_write_saves_the_batch_and_its_uploads(world):
    service, clock = world
    batch_id = _batch(service, BatchStatus.UPLOADING, files=1)
    clock.now += timedelta(days=8)
    original = service.repo.list_open_batches

    def stale_read(limit: int = 500):
        batches = original(limit)
        service.repo.batches[batch_id].updated_at = clock.now  # a file was added just after the index was read
        return batches

    service.repo.list_open_batches = stale_read
    result = service.sweep()
    assert result.timed_out == [] and result.aborted_uploads == 0
    assert service.repo.get_batch(batch_id).status is BatchStatus.UPLOADING
    assert service.repo.get_file(batch_id, "f_0").status is FileStatus.UPLOADING


def test_the_reconciler_starts_a_complete_batch_that_missed_its_workflow_and_never_fails_it():
    # Given a sealed batch whose files are all processed but whose barrier messages were lost,
    # idle well past the parse limit
    clock = Clock()
    workflow = InMemoryWorkflowStarter()
    service = SweeperService(
        repo=InMemoryBatchRepository(), store=InMemoryObjectStore(), workflow=workflow, clock=clock
    )
    complete = _batch(service, BatchStatus.SCATTERING, files=2, processed=2)
    sealed_only = _batch(service, BatchStatus.SEALED, files=1, processed=1)
    waiting = _batch(service, BatchStatus.SCATTERING, files=2, processed=1)
    clock.now += timedelta(hours=7)

    # When the sweeper runs twice
    first = service.sweep()
    second = service.sweep()

    # Then both complete batches got exactly one execution and neither was failed
    assert sorted(first.reconciled) == sorted([complete, sealed_only])
    assert sorted(workflow.executions) == sorted([complete, sealed_only])
    assert len(second.reconciled) == 2 and len(workflow.executions) == 2  # a repeated start is a no-op by name
    assert service.repo.get_batch(complete).status is BatchStatus.SCATTERING
    assert first.timed_out == [waiting]  # an incomplete one still times out
