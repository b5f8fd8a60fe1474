"""Batch listings on a real DynamoDB API (moto over HTTP): the indexes, filters and cursors."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from functions.adapters.dynamodb import DynamoBatchRepository
from functions.core.domain.batch import Batch, BatchStatus
from functions.core.domain.batch_listing import BatchFilter, InvalidCursor
from functions.core.domain.ids import new_id

pytestmark = pytest.mark.integration
VIN = "WVWZZZ1JZXW000001"


def _open(repo: DynamoBatchRepository, vehicle_id: str, at: datetime, vin: str = VIN) -> Batch:
    batch = Batch.open(vehicle_id, vin)
    batch.created_at = batch.updated_at = at
    repo.create_batch(batch)
    return batch


def _all_pages(repo: DynamoBatchRepository, query: BatchFilter, limit: int) -> tuple[list[str], int]:
    seen, after, pages = [], None, 0
    while True:
        batches, after = repo.list_batches(query, limit, after)
        seen += [b.batch_id for b in batches]
        pages += 1
        if after is None:
            return seen, pages


def test_a_vehicles_batches_page_newest_first_and_filter_by_status(table):
    repo = DynamoBatchRepository(table)
    vehicle = new_id("veh")
    start = datetime(2026, 10, 1, 12, 0, 0, 250000, tzinfo=UTC)
    made = [_open(repo, vehicle, start + timedelta(seconds=i)) for i in range(5)]
    _open(repo, new_id("veh"), start)  # another vehicle's batch never shows up
    failed = made[1]
    failed.transition(BatchStatus.FAILED, error="test")
    repo.save_batch_status(failed, BatchStatus.PENDING)

    seen, pages = _all_pages(repo, BatchFilter(vehicle_id=vehicle), limit=2)
    assert seen == [b.batch_id for b in reversed(made)] and pages >= 3
    only_pending, _ = _all_pages(repo, BatchFilter(vehicle_id=vehicle, status=BatchStatus.PENDING), limit=2)
    assert only_pending == [b.batch_id for b in reversed(made) if b is not failed]


def test_all_batches_within_a_time_window_to_the_second(table):
    repo = DynamoBatchRepository(table)
    at = datetime(2031, 1, 2, 3, 4, 5, tzinfo=UTC)  # a window no other test writes into
    inside = [_open(repo, new_id("veh"), at + timedelta(microseconds=us)) for us in (0, 999_999)]
    _open(repo, new_id("veh"), at + timedelta(seconds=1))
    _open(repo, new_id("veh"), at - timedelta(seconds=1))
    seen, _ = _all_pages(repo, BatchFilter(since=at, until=at), limit=10)
    assert sorted(seen) == sorted(b.batch_id for b in inside)


def test_a_position_from_another_partition_is_refused(table):
    repo = DynamoBatchRepository(table)
    mine, theirs = new_id("veh"), new_id("veh")
    for i in range(2):
        _open(repo, theirs, datetime(2026, 9, 1, tzinfo=UTC) + timedelta(seconds=i))
    _, position = repo.list_batches(BatchFilter(vehicle_id=theirs), 1)
    assert position is not None
    with pytest.raises(InvalidCursor):
        repo.list_batches(BatchFilter(vehicle_id=mine), 1, position)
