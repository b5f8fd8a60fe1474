"""Inbound events of the parse function: SQS records whose bodies are S3 event notifications."""

from __future__ import annotations

from typing import Literal
from urllib.parse import unquote_plus

from aws_lambda_powertools.utilities.parser.models import S3Model, SqsRecordModel
from pydantic import BaseModel, Json


class S3TestEvent(BaseModel):
    """Sent once by S3 when a notification is configured; carries no object."""

    Event: Literal["s3:TestEvent"]
    Service: str | None = None
    Bucket: str | None = None


class S3NotificationRecord(SqsRecordModel):
    body: Json[S3Model | S3TestEvent]  # type: ignore[assignment]

    def object_keys(self) -> list[str]:
        if isinstance(self.body, S3TestEvent):
            return []
        # Keys in S3 events are URL-encoded ('/' → %2F, ' ' → '+').
        return [unquote_plus(r.s3.object.key) for r in self.body.Records if r.eventName.startswith("ObjectCreated")]
