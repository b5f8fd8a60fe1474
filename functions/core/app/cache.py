"""Cache-aside on Redis/Valkey, with concurrent cold loads of one key coalesced into one source read.

A Lambda instance serves one request at a time, so an in-process singleflight alone coalesces
nothing across a fleet: the coalescing that matters is cross-instance. :class:`CoalescingLoader`
does both:

* across instances, a short Redis lease (``SET NX PX``) elects one loader per key; the others poll
  the cache with bounded exponential backoff, take the lease over if the winner's lease lapses
  (the winner died), and read the source directly once their wait budget is spent;
* within one process (the multi-threaded local server), threads asking for the same key share one
  flight before they ever touch Redis.

Redis is a cache, never the source of truth: when it is unreachable every request degrades to a
direct read (logged and counted) instead of failing, and the loader stops asking Redis for a few
seconds (a circuit breaker) so an outage does not add a timeout to every request.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from aws_lambda_powertools import Logger

from functions.core.domain.errors import CacheUnavailable
from functions.core.domain.keys import lease_key, report_cache_key, status_cache_key
from functions.core.ports import Cache, MetricSink

logger = Logger(child=True)

# A cached "this id does not exist". JSON never starts with a NUL byte, so it cannot collide with a value.
NEGATIVE = b"\x00argus:none"
TTL_JITTER = 0.10
# How long a report stays cached: it never changes once saved (warmed on save), so the TTL only
# bounds how long a rarely read report holds cache memory.
DEFAULT_REPORT_TTL_S = 600


def jittered_ttl(ttl_s: int, rng: random.Random | None = None) -> int:
    """``ttl_s`` ±10 %, so keys written together do not all expire (and reload) together."""
    spread = (rng or random).uniform(-TTL_JITTER, TTL_JITTER)
    return max(1, round(ttl_s * (1 + spread)))


@dataclass
class _Flight:
    done: threading.Event = field(default_factory=threading.Event)
    value: bytes | None = None
    error: BaseException | None = None


class SingleFlight:
    """Threads of one process asking for the same key share one call; the others wait for it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._flights: dict[str, _Flight] = {}

    def do(self, key: str, fn: Callable[[], bytes | None]) -> tuple[bytes | None, bool]:
        """Returns ``(value, shared)``; ``shared`` is True for callers that rode another's flight."""
        with self._lock:
            flight = self._flights.get(key)
            leader = flight is None
            if leader:
                flight = self._flights[key] = _Flight()
        if not leader:
            flight.done.wait()
            if flight.error is not None:
                raise flight.error
            return flight.value, True
        try:
            flight.value = fn()
        except BaseException as exc:
            flight.error = exc
            raise
        finally:
            with self._lock:
                del self._flights[key]
            flight.done.set()
        return flight.value, False


class CoalescingLoader:
    """Cache-aside reads whose cold loads run at most once per key across every instance.

    ``loader`` returns the value's bytes from the source of truth, or None when it does not exist
    (cached as a negative marker for ``negative_ttl_s``). Errors from ``loader`` propagate and are
    never cached.
    """

    def __init__(
        self,
        cache: Cache,
        *,
        lease_ms: int,
        wait_budget_ms: int,
        metrics: MetricSink | None = None,
        first_backoff_ms: float = 10.0,
        max_backoff_ms: float = 200.0,
        bypass_s: float = 5.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
    ) -> None:
        self._cache = cache
        self._lease_ms = lease_ms
        self._budget_s = wait_budget_ms / 1000
        self._metrics = metrics
        self._first_backoff_s = first_backoff_ms / 1000
        self._max_backoff_s = max_backoff_ms / 1000
        self._bypass_s = bypass_s
        self._bypass_until = float("-inf")
        self._clock = clock
        self._sleep = sleep
        self._rng = rng or random.Random()
        self._flights = SingleFlight()

    def get_or_load(
        self, key: str, loader: Callable[[], bytes | None], ttl_s: int, negative_ttl_s: int
    ) -> bytes | None:
        value, shared = self._flights.do(key, lambda: self._get_or_load(key, loader, ttl_s, negative_ttl_s))
        if shared:
            self._count("CoalescedInProcess")
        return value

    def _get_or_load(
        self, key: str, loader: Callable[[], bytes | None], ttl_s: int, negative_ttl_s: int
    ) -> bytes | None:
        if self._clock() < self._bypass_until:
            self._count("DirectLoad")
            return loader()
        try:
            cached = self._cache.get(key)
        except CacheUnavailable as exc:
            return self._degraded(key, loader, exc)
        if cached is not None:
            self._count("CacheHit")
            return _decode(cached)
        self._count("CacheMiss")
        try:
            return self._elect_and_load(key, loader, ttl_s, negative_ttl_s)
        except CacheUnavailable as exc:
            return self._degraded(key, loader, exc)

    def _elect_and_load(
        self, key: str, loader: Callable[[], bytes | None], ttl_s: int, negative_ttl_s: int
    ) -> bytes | None:
        deadline = self._clock() + self._budget_s
        backoff = self._first_backoff_s
        waited = False
        while True:
            token = self._cache.try_lock(lease_key(key), self._lease_ms)
            if token is not None:
                return self._load_as_winner(key, token, loader, ttl_s, negative_ttl_s)
            if not waited:
                waited = True
                self._count("CoalescedWait")
            remaining = deadline - self._clock()
            if remaining <= 0:
                break
            # Jitter (half to all of the step) keeps a crowd of waiters from polling Redis in lockstep.
            self._sleep(min(remaining, self._rng.uniform(backoff / 2, backoff)))
            backoff = min(backoff * 2, self._max_backoff_s)
            cached = self._cache.get(key)
            if cached is not None:
                return _decode(cached)
        # The winner is slow or gone and its lease has not lapsed yet: answering now beats waiting longer.
        logger.warning("coalesced wait budget spent; reading the source directly", extra={"cache_key": key})
        self._count("DirectLoad")
        value = loader()
        self._store(key, value, ttl_s, negative_ttl_s)
        return value

    def _load_as_winner(
        self, key: str, token: str, loader: Callable[[], bytes | None], ttl_s: int, negative_ttl_s: int
    ) -> bytes | None:
        try:
            # A previous winner may have filled the key between our miss and our lock.
            cached = self._cache.get(key)
            if cached is not None:
                return _decode(cached)
            self._count("SourceLoad")
            value = loader()
            self._store(key, value, ttl_s, negative_ttl_s)
            return value
        finally:
            try:
                self._cache.unlock(lease_key(key), token)
            except CacheUnavailable:
                # The lease expires on its own; waiters are not blocked for longer than it.
                logger.warning("could not release a cache lease", extra={"cache_key": key})

    def _store(self, key: str, value: bytes | None, ttl_s: int, negative_ttl_s: int) -> None:
        try:
            if value is None:
                self._cache.set(key, NEGATIVE, jittered_ttl(negative_ttl_s, self._rng))
            else:
                self._cache.set(key, value, jittered_ttl(ttl_s, self._rng))
        except CacheUnavailable as exc:
            logger.warning("could not write the cache", extra={"cache_key": key, "reason": str(exc)})
            self._count("CacheUnavailable")

    def _degraded(self, key: str, loader: Callable[[], bytes | None], exc: CacheUnavailable) -> bytes | None:
        logger.warning(
            "cache unavailable; reading the source directly",
            extra={"cache_key": key, "reason": str(exc), "bypass_s": self._bypass_s},
        )
        self._bypass_until = self._clock() + self._bypass_s
        self._count("CacheUnavailable")
        self._count("DirectLoad")
        return loader()

    def _count(self, name: str) -> None:
        if self._metrics is not None:
            self._metrics.add_metric(name=name, unit="Count", value=1)


def _decode(cached: bytes) -> bytes | None:
    return None if cached == NEGATIVE else cached


def put_report(cache: Cache, batch_id: str, report_json: bytes, ttl_s: int) -> bool:
    """Write a freshly saved report into the cache (and drop the stale status), so the first reads
    after completion are hits. Best effort: DynamoDB already holds the report. Returns whether the
    cache took it."""
    try:
        cache.set(report_cache_key(batch_id), report_json, jittered_ttl(ttl_s))
        cache.delete(status_cache_key(batch_id))
    except CacheUnavailable as exc:
        logger.warning("could not cache a ready report", extra={"batch_id": batch_id, "reason": str(exc)})
        return False
    return True


def invalidate_status(cache: Cache, batch_id: str) -> bool:
    """Drop the cached status after a status change, so readers see it before the short TTL runs out."""
    try:
        cache.delete(status_cache_key(batch_id))
    except CacheUnavailable as exc:
        logger.warning("could not invalidate a cached status", extra={"batch_id": batch_id, "reason": str(exc)})
        return False
    return True
