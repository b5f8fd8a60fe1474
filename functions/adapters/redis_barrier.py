"""The scatter–gather barrier on Redis/Valkey: one Lua script, so counting and firing are atomic.

Whichever arrives last — the last processed file or the seal — sees ``processed >= total`` and wins
the ``SET NX`` of the fired flag; every other caller, including redeliveries, sees it already set.
"""

from __future__ import annotations

from importlib.resources import files

import redis

from functions.core.domain.errors import BarrierUnavailable
from functions.core.domain.keys import barrier_keys
from functions.core.ports import BarrierOutcome

_SCRIPT = files("functions.adapters").joinpath("barrier.lua").read_text()
BARRIER_TTL_S = 24 * 3600


class RedisBarrier:
    def __init__(self, client: redis.Redis, ttl_s: int = BARRIER_TTL_S) -> None:
        self._client = client
        self._script = client.register_script(_SCRIPT)
        self._ttl = ttl_s

    def _run(self, batch_id: str, total: int | None, file_ids: list[str]) -> BarrierOutcome:
        args = [self._ttl, "" if total is None else total, *file_ids]
        try:
            processed, stored_total, fired = self._script(keys=barrier_keys(batch_id), args=args)
        except redis.RedisError as exc:  # timeouts and refused connections included (frozen or gone)
            raise BarrierUnavailable(f"the barrier store did not answer: {type(exc).__name__}") from exc
        return BarrierOutcome(
            processed=int(processed), total=None if int(stored_total) < 0 else int(stored_total), fired=bool(fired)
        )

    def record(self, batch_id: str, file_id: str) -> BarrierOutcome:
        return self._run(batch_id, None, [file_id])

    def seal(self, batch_id: str, total: int, processed_ids: list[str]) -> BarrierOutcome:
        return self._run(batch_id, total, processed_ids)
