"""An in-memory :class:`~functions.core.ports.Cache` with Redis's expiry semantics on a clock the
test controls, recording every call; it can be told to fail like an unreachable Redis."""

from __future__ import annotations

import itertools
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from functions.core.domain.errors import CacheUnavailable


@dataclass
class FakeClock:
    """A monotonic clock that moves only when something sleeps on it."""

    now: float = 1000.0
    sleeps: list[float] = field(default_factory=list)
    on_sleep: Callable[[float], None] | None = None

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        if self.on_sleep is not None:
            self.on_sleep(self.now)


class InMemoryCache:
    def __init__(self, clock: Callable[[], float] | None = None) -> None:
        self._clock = clock or FakeClock()
        self._data: dict[str, tuple[bytes, float]] = {}  # key → (value, expires at)
        self._lock = threading.Lock()
        self._tokens = itertools.count(1)
        self.calls: list[tuple[str, str]] = []  # (operation, key)
        self.ttls: dict[str, float] = {}  # key → the TTL (seconds) of its last write
        self.failing_ops: set[str] = set()  # operations that raise as if Redis were unreachable

    def fail(self, *operations: str) -> None:
        """Make these operations (all of them when none are named) raise :class:`CacheUnavailable`."""
        self.failing_ops = set(operations or ("get", "set", "delete", "try_lock", "unlock"))

    # ---- what tests use to set the scene -------------------------------------------------------

    def hold_lock(self, key: str, lease_ms: int) -> str:
        """Take a lease as another instance would."""
        token = self.try_lock(key, lease_ms)
        assert token is not None, f"{key} is already held"
        return token

    def peek(self, key: str) -> bytes | None:
        entry = self._data.get(key)
        return entry[0] if entry and entry[1] > self._clock() else None

    def count(self, operation: str, key: str | None = None) -> int:
        return sum(1 for op, k in self.calls if op == operation and (key is None or k == key))

    # ---- the port ------------------------------------------------------------------------------

    def _record(self, operation: str, key: str) -> None:
        with self._lock:
            self.calls.append((operation, key))
        if operation in self.failing_ops:
            raise CacheUnavailable(f"{operation} {key}: connection refused")

    def get(self, key: str) -> bytes | None:
        self._record("get", key)
        return self.peek(key)

    def set(self, key: str, value: bytes, ttl_s: int) -> None:
        self._record("set", key)
        with self._lock:
            self._data[key] = (value, self._clock() + ttl_s)
            self.ttls[key] = ttl_s

    def delete(self, key: str) -> None:
        self._record("delete", key)
        with self._lock:
            self._data.pop(key, None)

    def try_lock(self, key: str, lease_ms: int) -> str | None:
        self._record("try_lock", key)
        with self._lock:
            if self.peek(key) is not None:
                return None
            token = f"token-{next(self._tokens)}"
            self._data[key] = (token.encode(), self._clock() + lease_ms / 1000)
            return token

    def unlock(self, key: str, token: str) -> None:
        self._record("unlock", key)
        with self._lock:
            if self.peek(key) == token.encode():
                del self._data[key]


class RecordingMetrics:
    """The metrics sink the loader writes to, counting by name (thread-safe)."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self._lock = threading.Lock()

    def add_metric(self, name: str, unit: str, value: float) -> None:
        with self._lock:
            self.counts[name] += int(value)
