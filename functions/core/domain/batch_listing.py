"""Listing batches: the filter an engineer or vehicle asks for, and the opaque page cursor.

The cursor carries the store's position plus a digest of the filter it was issued for and a
checksum of itself: reusing it with other filters, or editing it, is refused as ``invalid_cursor``.
It grants nothing on its own: the store re-checks that the position lies inside the partition and
time range of the query it is used with, so a crafted cursor cannot reach another vehicle's batches.
"""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict

from functions.core.domain.batch import BatchStatus
from functions.core.domain.errors import ValidationFailed

DEFAULT_LIST_LIMIT = 50
MAX_LIST_LIMIT = 200


class InvalidCursor(ValidationFailed):
    code = "invalid_cursor"


class BatchFilter(BaseModel):
    """What to list; every field narrows. ``since``/``until`` bound ``created_at`` (inclusive, to the second)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    vehicle_id: str | None = None
    vin: str | None = None
    status: BatchStatus | None = None
    since: datetime | None = None
    until: datetime | None = None

    def matches(self, *, vehicle_id: str, vin: str, status: BatchStatus, created_at: datetime) -> bool:
        """The same rule the store applies, for in-memory stores and for checks."""
        created = created_at.replace(microsecond=0)
        return (
            (self.vehicle_id is None or vehicle_id == self.vehicle_id)
            and (self.vin is None or vin == self.vin)
            and (self.status is None or status is self.status)
            and (self.since is None or created >= _utc(self.since).replace(microsecond=0))
            and (self.until is None or created <= _utc(self.until).replace(microsecond=0))
        )

    def digest(self) -> str:
        return hashlib.sha256(self.model_dump_json().encode()).hexdigest()[:16]


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def time_prefix(value: datetime) -> str:
    """The sortable prefix of a stored ``created_at`` down to the second (``2026-12-01T20:00:00``)."""
    return _utc(value).strftime("%Y-%m-%dT%H:%M:%S")


def _checksum(payload: bytes) -> str:
    return hashlib.sha256(b"argus-cursor\0" + payload).hexdigest()[:12]


def encode_cursor(position: dict[str, Any], query: BatchFilter) -> str:
    payload = json.dumps({"q": query.digest(), "k": position}, separators=(",", ":"), sort_keys=True).encode()
    return base64.urlsafe_b64encode(payload).decode().rstrip("=") + "." + _checksum(payload)


def decode_cursor(cursor: str, query: BatchFilter) -> dict[str, Any]:
    body, _, check = cursor.partition(".")
    try:
        payload = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        data = json.loads(payload)
    except (ValueError, TypeError, RecursionError) as exc:  # RecursionError: a cursor nested 1,000+ deep
        raise InvalidCursor("the cursor is not one this API issued", details={"field": "cursor"}) from exc
    if check != _checksum(payload) or not isinstance(data, dict) or not isinstance(data.get("k"), dict):
        raise InvalidCursor("the cursor is not one this API issued", details={"field": "cursor"})
    if data.get("q") != query.digest():
        raise InvalidCursor(
            "the cursor belongs to a listing with other filters: repeat the same filters with it",
            details={"field": "cursor"},
        )
    return data["k"]
