"""Local event source mappings: long-poll an SQS queue and invoke a handler with the exact SQS
event shape Lambda uses; delete what succeeded, leave reported failures to reappear after the
visibility timeout (and reach the DLQ after maxReceiveCount), as Lambda does with
``ReportBatchItemFailures``."""

from __future__ import annotations

import json
import logging
from typing import Any

from argus.local import resources
from argus.local.http import BackgroundLoop
from argus.local.runtime import FunctionError, Functions

log = logging.getLogger("local_cloud")


def sqs_event(messages: list[dict[str, Any]], queue_arn: str) -> dict[str, Any]:
    return {
        "Records": [
            {
                "messageId": m["MessageId"],
                "receiptHandle": m["ReceiptHandle"],
                "body": m["Body"],
                "attributes": m.get("Attributes", {}),
                "messageAttributes": {
                    k: {
                        "stringValue": v.get("StringValue"),
                        "binaryValue": v.get("BinaryValue"),
                        "stringListValues": [],
                        "binaryListValues": [],
                        "dataType": v["DataType"],
                    }
                    for k, v in (m.get("MessageAttributes") or {}).items()
                },
                "md5OfBody": m["MD5OfBody"],
                "eventSource": "aws:sqs",
                "eventSourceARN": queue_arn,
                "awsRegion": resources.REGION,
            }
            for m in messages
        ]
    }


class SqsPoller(BackgroundLoop):
    def __init__(self, sqs: Any, queue_url: str, function: str, functions: Functions, batch_size: int = 10) -> None:
        # One receive loop per mapping: the function runs as one warm instance (see runtime.Functions).
        super().__init__(f"poller-{function}")
        self._sqs = sqs
        self._url = queue_url
        self._arn = sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]
        self._function = function
        self._functions = functions
        self._batch_size = batch_size

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                self.poll_once()
            except Exception:
                if not self._stop.is_set():
                    log.exception("poller %s failed; retrying", self._function)
                    self._stop.wait(1)

    def poll_once(self) -> int:
        response = self._sqs.receive_message(
            QueueUrl=self._url,
            MaxNumberOfMessages=self._batch_size,
            WaitTimeSeconds=1,
            AttributeNames=["All"],
            MessageAttributeNames=["All"],
        )
        messages = response.get("Messages", [])
        if not messages:
            return 0
        try:
            result = self._functions.invoke(self._function, sqs_event(messages, self._arn)) or {}
            failed = {f["itemIdentifier"] for f in result.get("batchItemFailures", [])}
        except FunctionError as exc:
            log.warning("%s failed a whole batch: %s", self._function, exc)
            failed = {m["MessageId"] for m in messages}
        done = [m for m in messages if m["MessageId"] not in failed]
        if done:
            self._sqs.delete_message_batch(
                QueueUrl=self._url,
                Entries=[{"Id": str(i), "ReceiptHandle": m["ReceiptHandle"]} for i, m in enumerate(done)],
            )
        return len(messages)


class S3EventPoller(SqsPoller):
    """A bucket notification the deployed stack sends straight to a function (an asynchronous invoke,
    one S3 event per invocation): here it arrives through an SQS queue, and the function gets the S3
    event itself, the message's body. A failed invoke stays on the queue and is tried again after the
    visibility timeout, up to the queue's maxReceiveCount (Lambda's two retries of an async invoke)."""

    def poll_once(self) -> int:
        response = self._sqs.receive_message(
            QueueUrl=self._url, MaxNumberOfMessages=self._batch_size, WaitTimeSeconds=1
        )
        messages = response.get("Messages", [])
        done = []
        for m in messages:
            event = json.loads(m["Body"])
            if event.get("Event") == "s3:TestEvent":  # sent when a notification is configured
                done.append(m)
                continue
            try:
                self._functions.invoke(self._function, event)
            except FunctionError as exc:
                log.warning("%s failed: %s", self._function, exc)
                continue
            done.append(m)
        if done:
            self._sqs.delete_message_batch(
                QueueUrl=self._url,
                Entries=[{"Id": str(i), "ReceiptHandle": m["ReceiptHandle"]} for i, m in enumerate(done)],
            )
        return len(messages)
