"""GET /v1/batches: filters, cursor pagination, and who sees what (over in-memory fakes)."""

from __future__ import annotations

import base64
import hashlib
from datetime import UTC, datetime, timedelta

import pytest

from functions.adapters import dynamodb
from functions.adapters.dynamodb import DynamoBatchRepository
from functions.core.domain.batch import BatchStatus
from functions.core.domain.batch_listing import BatchFilter, InvalidCursor, decode_cursor, encode_cursor
from tests.events import api_request
from tests.unit.query.builders import make_batch

LIST = "/v1/batches"


def listing(query: dict[str, str] | None = None, principal=("engineer", "ada")) -> dict:
    return api_request(LIST, LIST, None, principal=principal, query=query)


def _spread(repo, batches) -> None:
    """Creation times one minute apart, oldest first, so order and time filters are deterministic."""
    start = datetime(2026, 11, 1, 8, 0, tzinfo=UTC)
    for i, batch in enumerate(batches):
        repo.batches[batch.batch_id].created_at = start + timedelta(minutes=i)


def test_engineers_page_through_every_batch_newest_first_with_a_cursor(call, repo):
    made = [make_batch(repo, BatchStatus.COMPLETED, vehicle_id=f"veh-{i % 2}") for i in range(5)]
    _spread(repo, made)
    seen, cursor, pages = [], None, 0
    while True:
        query = {"limit": "2", **({"cursor": cursor} if cursor else {})}
        status, _, body = call(listing(query))
        assert status == 200
        seen += [b["batch_id"] for b in body["batches"]]
        pages += 1
        cursor = body.get("next_cursor")
        if not cursor:
            break
    assert seen == [b.batch_id for b in reversed(made)]
    assert pages == 3


def test_filters_narrow_by_vehicle_status_and_time(call, repo):
    made = [make_batch(repo, BatchStatus.COMPLETED, vehicle_id="veh-a") for _ in range(3)]
    running = make_batch(repo, BatchStatus.GATHERING, vehicle_id="veh-a")
    other = make_batch(repo, BatchStatus.COMPLETED, vehicle_id="veh-b")
    _spread(repo, [*made, running, other])
    by_vehicle = call(listing({"vehicle_id": "veh-a", "status": "completed"}))[2]
    assert [b["batch_id"] for b in by_vehicle["batches"]] == [b.batch_id for b in reversed(made)]
    window = call(listing({"since": "2026-11-01T08:01:00Z", "until": "2026-11-01T08:03:00Z"}))[2]
    assert [b["batch_id"] for b in window["batches"]] == [running.batch_id, made[2].batch_id, made[1].batch_id]


def test_a_vehicle_sees_only_its_own_batches(call, repo):
    mine = make_batch(repo, BatchStatus.COMPLETED, vehicle_id="veh-1")
    make_batch(repo, BatchStatus.COMPLETED, vehicle_id="veh-2")
    status, _, body = call(listing(principal=("vehicle", "veh-1")))
    assert status == 200 and [b["batch_id"] for b in body["batches"]] == [mine.batch_id]
    status, _, body = call(listing({"vehicle_id": "veh-2"}, principal=("vehicle", "veh-1")))
    assert status == 403 and body["error"]["code"] == "forbidden"


def test_an_edited_or_reused_cursor_is_refused(call, repo):
    for _ in range(3):
        make_batch(repo, BatchStatus.COMPLETED)
    cursor = call(listing({"limit": "1"}))[2]["next_cursor"]
    body, _, check = cursor.partition(".")
    edited = body[:-2] + ("A" if body[-2] != "A" else "B") + body[-1] + "." + check
    for bad, query in ((edited, {}), (cursor, {"status": "failed"}), ("garbage", {})):
        status, _, answer = call(listing({"limit": "1", "cursor": bad, **query}))
        assert status == 400, bad
        assert answer["error"]["code"] == "invalid_cursor"


def test_a_cursor_is_bound_to_its_filter():
    query = BatchFilter(vehicle_id="veh-1")
    cursor = encode_cursor({"batch_id": "b_x"}, query)
    assert decode_cursor(cursor, query) == {"batch_id": "b_x"}
    assert decode_cursor(cursor, BatchFilter(vehicle_id="veh-1")) == {"batch_id": "b_x"}


def test_bad_filters_are_400s(call):
    for query in ({"vin": "WVWZZZ1JZXW00000I"}, {"status": "nonsense"}, {"since": "yesterday"}, {"limit": "0"}):
        status, _, body = call(listing(query))
        assert status == 400 and body["error"]["code"] == "validation_error", query


def _forged(payload: str) -> str:
    """A cursor built the way the API builds one (the checksum is not a secret: it only catches edits)."""
    raw = payload.encode()
    check = hashlib.sha256(b"argus-cursor\0" + raw).hexdigest()[:12]
    return base64.urlsafe_b64encode(raw).decode().rstrip("=") + "." + check


def test_a_deeply_nested_or_huge_cursor_is_a_400_not_a_5xx(call):
    # Both fit the 2,000-character cursor limit; json refuses 1,000+ levels with a RecursionError.
    q = BatchFilter().digest()
    for payload in ("[" * 1400, '{"q": "' + q + '", "k": {"pk": ' + "7" * 1400 + "}}"):
        status, _, answer = call(listing({"cursor": _forged(payload)}))
        assert status == 400, payload[:40]
        assert answer["error"]["code"] == "invalid_cursor"


class _UnreachableTable:
    name = "argus"
    meta = type("Meta", (), {"client": None})()

    def query(self, **kwargs):  # DynamoDB answers a malformed ExclusiveStartKey with a ValidationException (5xx)
        raise AssertionError(f"queried with {kwargs.get('ExclusiveStartKey')}")


def test_a_cursor_position_of_other_than_strings_is_refused_before_the_store():
    repo = DynamoBatchRepository(_UnreachableTable())
    position = {"pk": {"M": 1}, "sk": "#META", "gsi4pk": dynamodb.ALL_BATCHES, "gsi4sk": "2026-12-01T00:00:00"}
    with pytest.raises(InvalidCursor):
        repo.list_batches(BatchFilter(), 10, position)
