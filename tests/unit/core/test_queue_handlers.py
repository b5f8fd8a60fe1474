"""The SQS handlers report partial batch failures per message and ignore what is not theirs."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from functions.barrier.handler import lambda_handler as barrier_handler
from functions.core.app.barrier import BarrierService
from functions.core.domain.batch import Batch, BatchStatus, FileRecord
from functions.parse.handler import lambda_handler as parse_handler
from functions.parse.service import ParseService
from tests.fakes.memory import (
    InMemoryBarrier,
    InMemoryBatchRepository,
    InMemoryObjectStore,
    InMemoryQueue,
    InMemoryWorkflow,
)

FILE_ID = "f_0123456789abcdef0123"


@dataclass
class Context:
    function_name: str = "argus-test"
    memory_limit_in_mb: int = 512
    invoked_function_arn: str = "arn:aws:lambda:us-east-1:123456789012:function:argus-test"
    aws_request_id: str = "req-1"


def _record(message_id: str, body: str) -> dict:
    return {
        "messageId": message_id,
        "receiptHandle": f"rh-{message_id}",
        "body": body,
        "attributes": {
            "ApproximateReceiveCount": "1",
            "SentTimestamp": "1",
            "SenderId": "x",
            "ApproximateFirstReceiveTimestamp": "1",
        },
        "messageAttributes": {},
        "md5OfBody": "x",
        "eventSource": "aws:sqs",
        "eventSourceARN": "arn:aws:sqs:us-east-1:123456789012:argus-barrier",
        "awsRegion": "us-east-1",
    }


def test_the_barrier_handler_fails_only_the_malformed_message():
    repo = InMemoryBatchRepository()
    batch = Batch.open("veh-1", "WVWZZZ1JZXW000001")
    repo.create_batch(batch)
    service = BarrierService(repo=repo, barrier=InMemoryBarrier(), workflow=InMemoryWorkflow())
    good = json.dumps(
        {"batch_id": batch.batch_id, "file_id": FILE_ID, "status": "parsed", "at": datetime.now(UTC).isoformat()}
    )
    event = {"Records": [_record("m1", good), _record("m2", '{"batch_id": 1}'), _record("m3", "not json")]}

    result = barrier_handler(event, Context(), service=service)

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

    def s3_event(object_key: str) -> str:
        encoded = object_key.replace("/", "%2F")  # keys arrive URL-encoded
        return json.dumps(
            {
                "Records": [
                    {
                        "eventName": "ObjectCreated:CompleteMultipartUpload",
                        "s3": {"bucket": {"name": "b"}, "object": {"key": encoded}},
                    }
                ]
            }
        )

    event = {
        "Records": [
            _record("t", json.dumps({"Service": "Amazon S3", "Event": "s3:TestEvent", "Bucket": "b"})),
            _record("x", s3_event("uploads/someone/else.log")),
            _record("u", s3_event(key)),
        ]
    }
    result = parse_handler(event, Context(), service=service)

    assert result == {"batchItemFailures": []}
    assert repo.get_file(batch.batch_id, FILE_ID).status == "parsed"
    assert [json.loads(m)["file_id"] for m in queue.messages] == [FILE_ID]
    assert repo.get_batch(batch.batch_id).status is BatchStatus.UPLOADING
