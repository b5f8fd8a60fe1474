"""The diagnosis cache: an identical problem (same canonical signature, same provider, model and
prompt version) costs zero model calls. DynamoDB, in the platform's single table.

Items: ``pk = DIAG#{key}``, ``sk = DIAG``, ``expires_at`` (epoch seconds, the table's TTL attribute).
DynamoDB deletes expired items only eventually (moto never does), so expiry is checked on read.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from botocore.exceptions import BotoCoreError, ClientError

from functions.core.domain.contracts import Diagnosis
from functions.core.observability import logger
from functions.core.ports import CachedDiagnosis


class DynamoDiagnosisCache:
    """A cache failure never fails a diagnosis: a read error is a miss, a write error is logged."""

    def __init__(self, table: Any, ttl_s: int, clock: Callable[[], float] = time.time) -> None:
        self._table = table
        self._ttl = ttl_s
        self._clock = clock

    @staticmethod
    def _key(key: str) -> dict[str, str]:
        return {"pk": f"DIAG#{key}", "sk": "DIAG"}

    def get(self, key: str) -> CachedDiagnosis | None:
        try:
            item = self._table.get_item(Key=self._key(key), ConsistentRead=False).get("Item")
        except (ClientError, BotoCoreError):
            logger.warning("diagnosis cache read failed", exc_info=True)
            return None
        if not item or int(item.get("expires_at", 0)) <= int(self._clock()):
            return None
        try:
            diagnosis = Diagnosis.model_validate_json(item["diagnosis"])
        except (KeyError, ValueError):
            return None  # written by an incompatible version: recompute
        return CachedDiagnosis(
            diagnosis, item.get("provider", ""), item.get("model", ""), item.get("prompt_version", "")
        )

    def put(self, key: str, value: CachedDiagnosis) -> None:
        now = int(self._clock())
        try:
            self._table.put_item(
                Item={
                    **self._key(key),
                    "diagnosis": value.diagnosis.model_dump_json(),
                    "provider": value.provider,
                    "model": value.model,
                    "prompt_version": value.prompt_version,
                    "created_at": now,
                    "expires_at": now + self._ttl,
                }
            )
        except (ClientError, BotoCoreError):
            logger.warning("diagnosis cache write failed", exc_info=True)
