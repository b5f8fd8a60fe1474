"""S3 event notifications as the functions read them: the parse function (inside SQS records) and the
export function (invoked by the bucket).

Only the fields the functions use are modelled: Powertools' ``S3Model`` requires every field AWS
sends (userIdentity, requestParameters, the bucket's ownerIdentity...), which S3-compatible stores
and moto omit, so the same handler would fail there.
"""

from __future__ import annotations

from typing import Literal
from urllib.parse import unquote_plus

from pydantic import BaseModel


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

    def created_keys(self) -> list[str]:
        """The keys of the objects created, decoded (an event writes '/' as %2F and ' ' as '+')."""
        return [unquote_plus(r.s3.object.key) for r in self.Records if r.eventName.startswith("ObjectCreated")]


class S3TestEvent(BaseModel):
    """Sent once by S3 when a notification is configured; carries no object."""

    Event: Literal["s3:TestEvent"]
    Service: str | None = None
    Bucket: str | None = None
