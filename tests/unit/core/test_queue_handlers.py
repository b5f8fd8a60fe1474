"""The SQS handlers report partial batch failures per message and ignore what is not theirs."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from functions.barrier.handler import lambda_handler as barrier_handler
from functions.core.app.barrier import BarrierService
from functions.core.domain.batch import Batch, BatchStatus, FileRecord
from functions.parse.handler import lambda_handler as parse_handler
from functions.parse.service import ParseService
from tests.events import LambdaContext, s3_notification, s3_test_event, sqs_event
from tests.fakes.memory import (
    InMemoryBarrier,
    InMemoryBatchRepository,
    InMemoryObjectStore,
    InMemoryQueue,
    InMemoryWorkflowStarter,
)

FILE_ID = "f_0123456789abcdef0123"


def test_the_barrier_handler_fails_only_the_malformed_message():
    repo = InMemoryBatchRepository()
    batch = Batch.open("veh-1", "WVWZZZ1JZXW000001")
    repo.create_batch(batch)
    service = BarrierService(repo=repo, barrier=InMemoryBarrier(), workflow=InMemoryWorkflowStarter())
    good = json.dumps(
        {"batch_id": batch.batch_id, "file_id": FILE_ID, "status": "parsed", "at": datetime.now(UTC).isoformat()}
    )
    event = sqs_event(("m1", good), ("m2", '{"batch_id": 1}'), ("m3", "not json"))

    result = barrier_handler(event, LambdaContext("argus-barrier"), service=service)

    assert result == {"batchItemFailures": [{"itemIdentifier": "m2"}, {"itemIdentifier": "m3"}]}
    assert service.barrier.processed[batch.batch_id] == {FILE_ID}


def test_the_parse_handler_ignores_test_events_and_foreign_keys_and_parses_uploads():
    repo, store, queue = InMemoryBatchRepository(), InMemoryObjectStore(), InMemoryQueue()
    batch = Batch.open("veh-1", "WVWZZZ1JZXW000001")
    repo.create_batch(batch)
    key = batch.object_key(FILE_ID)
    repo.add_file(
        batch,
        FileRecord(
            batch_id=batch.batch_id,
            file_id=FILE_ID,
            name="a.log",
            size=5,
            object_key=key,
            upload_id="u",
            part_size=5 << 20,
        ),
    )
    store.objects[key] = b"2026-11-27T10:00:00Z ecu[1]: ERROR DTC U0100 lost communication\n"
    service = ParseService(repo=repo, store=store, barrier_queue=queue)

    event = sqs_event(
        ("t", json.dumps(s3_test_event("b"))),
        ("x", json.dumps(s3_notification("b", "uploads/someone/else.log"))),
        ("u", json.dumps(s3_notification("b", key))),
    )
    result = parse_handler(event, LambdaContext("argus-parse"), service=service)

    assert result == {"batchItemFailures": []}
    assert repo.get_file(batch.batch_id, FILE_ID).status == "parsed"
    assert [json.loads(m)["file_id"] for m in queue.messages] == [FILE_ID]
    assert repo.get_batch(batch.batch_id).status is BatchStatus.UPLOADING
