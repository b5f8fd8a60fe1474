"""Inbound events of the parse function: SQS records whose bodies are S3 event notifications
(:mod:`functions.core.s3_events`)."""

from __future__ import annotations

from aws_lambda_powertools.utilities.parser.models import SqsRecordModel
from pydantic import Json

from functions.core.s3_events import S3Notification, S3TestEvent


class S3NotificationRecord(SqsRecordModel):
    body: Json[S3Notification | S3TestEvent]  # type: ignore[assignment]

    def object_keys(self) -> list[str]:
        if isinstance(self.body, S3TestEvent):
            return []
        return self.body.created_keys()
