"""Inbound events of the barrier function: SQS records carrying FileProcessed messages."""

from __future__ import annotations

from aws_lambda_powertools.utilities.parser.models import SqsRecordModel
from pydantic import Json

from functions.core.domain.contracts import FileProcessed


class FileProcessedRecord(SqsRecordModel):
    body: Json[FileProcessed]  # type: ignore[assignment]
