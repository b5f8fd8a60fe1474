"""Cross-instance coalescing on a real Valkey: each loader has its own client and its own process-local
state, as separate Lambda instances would, so only Redis can make them agree."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable

import pytest
import redis

from functions.adapters.redis_cache import RedisCache
from functions.adapters.redis_client import redis_client
from functions.core.app.cache import NEGATIVE, CoalescingLoader
from functions.core.domain.errors import CacheUnavailable
from functions.core.domain.keys import lease_key, report_cache_key
from tests.fakes.cache import RecordingMetrics
from tests.integration.query.conftest import free_port

pytestmark = pytest.mark.integration

VALUE = b'{"batch_id": "b_integration", "diagnosis": "misfire"}'


class SlowSource:
    """DynamoDB stand-in with a read latency, counting reads across all instances."""

    def __init__(self, latency_s: float = 0.2, value: bytes | None = VALUE) -> None:
        self.latency_s = latency_s
        self.value = value
        self.calls = 0
        self._lock = threading.Lock()

    def __call__(self) -> bytes | None:
        with self._lock:
            self.calls += 1
        time.sleep(self.latency_s)
        return self.value


def instance(url: str, metrics: RecordingMetrics | None = None, **kwargs) -> CoalescingLoader:
    """A fresh 'Lambda instance': its own connection pool and its own loader."""
    client = redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)
    options = {"lease_ms": 3000, "wait_budget_ms": 2500, **kwargs}
    return CoalescingLoader(RedisCache(client), metrics=metrics, **options)


def run_together(callers: list[Callable[[], bytes | None]]) -> list[bytes | None]:
    """Start every caller at the same instant (a barrier), collect the answers."""
    start = threading.Barrier(len(callers))
    results: list[bytes | None] = [None] * len(callers)
    errors: list[BaseException] = []

    def run(i: int) -> None:
        start.wait()
        try:
            results[i] = callers[i]()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(callers))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert not errors, errors
    return results


def fresh_key() -> str:
    return report_cache_key(f"b_{uuid.uuid4().hex[:20]}")


def test_fifty_instances_cold_loading_one_key_read_the_source_once(redis_url):
    # Given 50 separate instances and a cold report key
    key = fresh_key()
    source = SlowSource()
    metrics = RecordingMetrics()
    loaders = [instance(redis_url, metrics) for _ in range(50)]
    # When all of them ask for it at the same moment
    results = run_together([lambda lo=lo: lo.get_or_load(key, source, 600, 30) for lo in loaders])
    # Then the source was read exactly once and every instance got the value
    assert source.calls == 1
    assert results == [VALUE] * 50
    assert metrics.counts["SourceLoad"] == 1
    assert metrics.counts["DirectLoad"] == 0
    # And the key is cached with a jittered report TTL, and no lease is left behind
    client = redis.Redis.from_url(redis_url)
    assert 540 <= client.ttl(key) <= 660
    assert client.exists(lease_key(key)) == 0
    print(f"\n50 instances: source reads={source.calls}, waits={metrics.counts['CoalescedWait']}")


def test_an_unknown_id_is_loaded_once_and_cached_as_a_short_negative(redis_url):
    key = fresh_key()
    source = SlowSource(value=None)
    loaders = [instance(redis_url) for _ in range(20)]
    results = run_together([lambda lo=lo: lo.get_or_load(key, source, 600, 30) for lo in loaders])
    assert source.calls == 1
    assert results == [None] * 20
    client = redis.Redis.from_url(redis_url)
    assert client.get(key) == NEGATIVE
    assert 0 < client.ttl(key) <= 33


def test_when_the_winner_dies_holding_the_lease_one_waiter_loads_after_it_lapses(redis_url):
    # Given an instance that took the lease (300 ms) and died before loading
    key = fresh_key()
    dead = RedisCache(redis.Redis.from_url(redis_url))
    assert dead.try_lock(lease_key(key), 300) is not None
    source = SlowSource(latency_s=0.05)
    metrics = RecordingMetrics()
    loaders = [instance(redis_url, metrics, wait_budget_ms=5000) for _ in range(10)]
    # When ten instances ask for the key meanwhile
    results = run_together([lambda lo=lo: lo.get_or_load(key, source, 600, 30) for lo in loaders])
    # Then once the lease lapsed exactly one of them loaded, and none fell back to a direct read
    assert source.calls == 1
    assert results == [VALUE] * 10
    assert metrics.counts["SourceLoad"] == 1
    assert metrics.counts["DirectLoad"] == 0


def test_a_lapsed_lease_cannot_be_released_by_its_former_holder(redis_url):
    # Given A's lease lapsed and B took the key
    key = lease_key(fresh_key())
    a = RedisCache(redis.Redis.from_url(redis_url))
    b = RedisCache(redis.Redis.from_url(redis_url))
    token_a = a.try_lock(key, 50)
    time.sleep(0.1)
    token_b = b.try_lock(key, 5000)
    assert token_a is not None and token_b is not None and token_a != token_b
    # When A, late, releases "its" lease
    a.unlock(key, token_a)
    # Then B still holds it, and only B's token releases it
    assert b.try_lock(key, 5000) is None
    b.unlock(key, token_b)
    assert b.try_lock(key, 5000) is not None


def test_an_unreachable_redis_degrades_every_request_to_a_direct_read():
    # Given a cache, with the client the query function uses, pointing at a port where nothing listens
    cache = RedisCache(redis_client(f"redis://127.0.0.1:{free_port()}/0", 0.5, retries=1))
    metrics = RecordingMetrics()
    loader = CoalescingLoader(cache, lease_ms=3000, wait_budget_ms=2500, metrics=metrics)
    source = SlowSource(latency_s=0)
    # When keys are asked for
    values = [loader.get_or_load(fresh_key(), source, 600, 30) for _ in range(5)]
    # Then the source answered each, the outage was noticed once (then the cache was bypassed),
    # and the adapter reports it as CacheUnavailable
    assert values == [VALUE] * 5
    assert source.calls == 5
    assert metrics.counts["CacheUnavailable"] == 1
    assert metrics.counts["DirectLoad"] == 5
    with pytest.raises(CacheUnavailable):
        cache.get("anything")
