"""Inbound events of the parse function: SQS records whose bodies are S3 event notifications.

Only the fields the parser uses are modelled: Powertools' ``S3Model`` requires every field AWS
sends (userIdentity, requestParameters...), which S3-compatible stores and moto omit.
"""

from __future__ import annotations

from typing import Literal
from urllib.parse import unquote_plus

from aws_lambda_powertools.utilities.parser.models import SqsRecordModel
from pydantic import BaseModel, Json


class S3ObjectRef(BaseModel):
    key: str
    size: int | None = None


class S3BucketRef(BaseModel):
    name: str


class S3Entity(BaseModel):
    bucket: S3BucketRef
    object: S3ObjectRef


class S3EventRecord(BaseModel):
    eventName: str
    eventSource: str = "aws:s3"
    s3: S3Entity


class S3Notification(BaseModel):
    Records: list[S3EventRecord]


class S3TestEvent(BaseModel):
    """Sent once by S3 when a notification is configured; carries no object."""

    Event: Literal["s3:TestEvent"]
    Service: str | None = None
    Bucket: str | None = None


class S3NotificationRecord(SqsRecordModel):
    body: Json[S3Notification | S3TestEvent]  # type: ignore[assignment]

    def object_keys(self) -> list[str]:
        if isinstance(self.body, S3TestEvent):
            return []
        # Keys in S3 events are URL-encoded ('/' → %2F, ' ' → '+').
        return [unquote_plus(r.s3.object.key) for r in self.body.Records if r.eventName.startswith("ObjectCreated")]
