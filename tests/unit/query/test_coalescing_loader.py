"""CoalescingLoader on an in-memory cache with a fake clock: no sockets, no real sleeping."""

from __future__ import annotations

import random
import threading
from collections import Counter

import pytest

from functions.core.app.cache import NEGATIVE, CoalescingLoader, invalidate_status, jittered_ttl, put_report
from functions.core.domain.keys import lease_key, report_cache_key, status_cache_key
from tests.fakes.cache import InMemoryCache, RecordingMetrics

KEY = report_cache_key("b_0123456789abcdef0123")
REPORT = b'{"batch_id": "b_0123456789abcdef0123"}'


class CountingSource:
    """Stands in for DynamoDB: counts reads, returns a fixed value (or None for an unknown id)."""

    def __init__(self, value: bytes | None = REPORT, error: Exception | None = None) -> None:
        self.value = value
        self.error = error
        self.calls = 0
        self._lock = threading.Lock()

    def __call__(self) -> bytes | None:
        with self._lock:
            self.calls += 1
        if self.error is not None:
            raise self.error
        return self.value


@pytest.fixture
def metrics() -> RecordingMetrics:
    return RecordingMetrics()


def make_loader(cache, clock, metrics, *, lease_ms=3000, wait_budget_ms=2500) -> CoalescingLoader:
    return CoalescingLoader(
        cache,
        lease_ms=lease_ms,
        wait_budget_ms=wait_budget_ms,
        metrics=metrics,
        clock=clock,
        sleep=clock.sleep,
        rng=random.Random(7),
    )


def test_a_cache_hit_never_reads_the_source(cache, clock, metrics):
    # Given a report already in the cache
    cache.set(KEY, REPORT, 600)
    source = CountingSource()
    # When it is asked for
    value = make_loader(cache, clock, metrics).get_or_load(KEY, source, 600, 30)
    # Then it comes from the cache, without a lock or a source read
    assert value == REPORT
    assert source.calls == 0
    assert cache.count("try_lock") == 0
    assert metrics.counts["CacheHit"] == 1


def test_a_miss_loads_once_caches_with_jittered_ttl_and_releases_the_lease(cache, clock, metrics):
    # Given an empty cache
    source = CountingSource()
    loader = make_loader(cache, clock, metrics)
    # When the key is asked for twice
    first = loader.get_or_load(KEY, source, 600, 30)
    second = loader.get_or_load(KEY, source, 600, 30)
    # Then the source was read once, the value cached with the TTL within ±10 %, and the lease released
    assert first == second == REPORT
    assert source.calls == 1
    assert 540 <= cache.ttls[KEY] <= 660
    assert cache.peek(lease_key(KEY)) is None
    assert metrics.counts == Counter({"CacheMiss": 1, "SourceLoad": 1, "CacheHit": 1})


def test_an_unknown_id_is_cached_as_a_negative_with_the_short_ttl(cache, clock, metrics):
    # Given a source that does not know the id
    source = CountingSource(value=None)
    loader = make_loader(cache, clock, metrics)
    # When it is asked for twice
    first = loader.get_or_load(KEY, source, 600, 30)
    second = loader.get_or_load(KEY, source, 600, 30)
    # Then both answers are None, the source was read once, and the negative expires soon
    assert first is None and second is None
    assert source.calls == 1
    assert cache.peek(KEY) == NEGATIVE
    assert 27 <= cache.ttls[KEY] <= 33


def test_while_another_instance_holds_the_lease_a_caller_waits_and_reads_the_cache(cache, clock, metrics):
    # Given another instance holding the lease, which writes the value 50 ms later
    cache.hold_lock(lease_key(KEY), 3000)
    start = clock.now

    def other_instance_finishes(now: float) -> None:
        if now - start >= 0.05 and cache.peek(KEY) is None:
            cache.set(KEY, REPORT, 600)

    clock.on_sleep = other_instance_finishes
    source = CountingSource()
    # When this instance asks for the key
    value = make_loader(cache, clock, metrics).get_or_load(KEY, source, 600, 30)
    # Then it got the other instance's value without reading the source, polling with growing, bounded sleeps
    assert value == REPORT
    assert source.calls == 0
    assert metrics.counts["CoalescedWait"] == 1
    assert clock.sleeps[0] <= 0.010
    assert all(s <= 0.200 for s in clock.sleeps)
    assert len(clock.sleeps) < 10


def test_when_the_wait_budget_runs_out_the_caller_reads_the_source_directly(cache, clock, metrics):
    # Given a lease held for longer than the wait budget, by an instance that never writes
    cache.hold_lock(lease_key(KEY), 60_000)
    source = CountingSource()
    # When this instance asks for the key with a 500 ms budget
    value = make_loader(cache, clock, metrics, wait_budget_ms=500).get_or_load(KEY, source, 600, 30)
    # Then after waiting about the budget (in sleeps capped at 200 ms) it read the source itself
    assert value == REPORT
    assert source.calls == 1
    assert metrics.counts["DirectLoad"] == 1
    assert sum(clock.sleeps) == pytest.approx(0.5, abs=0.001)
    assert max(clock.sleeps) <= 0.200
    # And the value it read is cached for the next callers
    assert cache.peek(KEY) == REPORT


def test_when_the_winner_dies_a_waiter_takes_the_lease_over_after_it_lapses(cache, clock, metrics):
    # Given a lease of 100 ms held by an instance that died before writing anything
    cache.hold_lock(lease_key(KEY), 100)
    source = CountingSource()
    # When this instance asks for the key with a budget longer than the lease
    value = make_loader(cache, clock, metrics, wait_budget_ms=2000).get_or_load(KEY, source, 600, 30)
    # Then it took the lapsed lease and loaded as the winner, long before its budget ran out
    assert value == REPORT
    assert source.calls == 1
    assert metrics.counts["SourceLoad"] == 1
    assert metrics.counts["DirectLoad"] == 0
    assert sum(clock.sleeps) < 0.5
    assert cache.peek(lease_key(KEY)) is None


def test_an_unreachable_cache_degrades_to_a_direct_read(cache, clock, metrics):
    # Given a cache that refuses every call
    cache.fail()
    source = CountingSource()
    # When the key is asked for
    value = make_loader(cache, clock, metrics).get_or_load(KEY, source, 600, 30)
    # Then the request is served from the source and the degradation is counted
    assert value == REPORT
    assert source.calls == 1
    assert metrics.counts["CacheUnavailable"] == 1
    assert metrics.counts["DirectLoad"] == 1


def test_after_an_outage_the_cache_is_bypassed_for_a_while_then_tried_again(cache, clock, metrics):
    # Given a cache that has just failed once
    cache.fail()
    source = CountingSource()
    loader = make_loader(cache, clock, metrics)
    loader.get_or_load(KEY, source, 600, 30)
    calls_at_outage = len(cache.calls)
    # When more requests come within the next seconds
    loader.get_or_load(KEY, source, 600, 30)
    loader.get_or_load(KEY, source, 600, 30)
    # Then they go straight to the source without waiting on the cache
    assert len(cache.calls) == calls_at_outage
    assert source.calls == 3
    # And once the bypass window is over and the cache is back, it is used again
    cache.failing_ops = set()
    clock.now += 6
    assert loader.get_or_load(KEY, source, 600, 30) == REPORT
    assert len(cache.calls) > calls_at_outage
    assert cache.peek(KEY) == REPORT


def test_a_cache_that_fails_after_the_miss_still_serves_the_request(cache, clock, metrics):
    # Given a cache whose reads work but whose locks and writes fail
    cache.fail("try_lock", "set")
    source = CountingSource()
    # When the key is asked for
    value = make_loader(cache, clock, metrics).get_or_load(KEY, source, 600, 30)
    # Then the source answers
    assert value == REPORT
    assert source.calls == 1
    assert metrics.counts["DirectLoad"] == 1


def test_a_winner_whose_cache_write_fails_still_answers_and_releases(cache, clock, metrics):
    # Given a cache that cannot take writes
    cache.fail("set")
    source = CountingSource()
    # When the key is loaded
    value = make_loader(cache, clock, metrics).get_or_load(KEY, source, 600, 30)
    # Then the value is returned and the lease released
    assert value == REPORT
    assert cache.peek(lease_key(KEY)) is None
    assert cache.count("unlock") == 1


def test_a_failing_source_is_not_cached_and_the_lease_is_released(cache, clock, metrics):
    # Given a source that fails
    source = CountingSource(error=ConnectionError("dynamodb throttled"))
    loader = make_loader(cache, clock, metrics)
    # When the key is loaded
    with pytest.raises(ConnectionError):
        loader.get_or_load(KEY, source, 600, 30)
    # Then nothing is cached and the next caller can take the lease at once
    assert cache.peek(KEY) is None
    assert cache.peek(lease_key(KEY)) is None


def test_threads_of_one_process_share_one_load():
    # Given one loader (one process) and a slow source
    cache = InMemoryCache(clock=lambda: 0.0)
    metrics = RecordingMetrics()
    loader = CoalescingLoader(cache, lease_ms=3000, wait_budget_ms=2500, metrics=metrics)
    release = threading.Event()
    calls = []

    def slow_source() -> bytes:
        calls.append(1)
        release.wait(5)
        return REPORT

    results: list[bytes | None] = []
    threads = [
        threading.Thread(target=lambda: results.append(loader.get_or_load(KEY, slow_source, 600, 30))) for _ in range(8)
    ]
    # When eight threads ask for the same cold key while the first load is in flight
    for t in threads:
        t.start()
    threading.Event().wait(0.05)
    release.set()
    for t in threads:
        t.join(5)
    # Then the source was read once and every thread got the value, either from the flight or the cache
    assert len(calls) == 1
    assert results == [REPORT] * 8
    assert metrics.counts["CoalescedInProcess"] + metrics.counts["CacheHit"] == 7


def test_jittered_ttls_stay_within_ten_percent_and_vary():
    rng = random.Random(1)
    ttls = [jittered_ttl(600, rng) for _ in range(200)]
    assert all(540 <= t <= 660 for t in ttls)
    assert len(set(ttls)) > 20
    assert jittered_ttl(1, rng) >= 1


def test_a_ready_report_is_written_to_the_cache_and_the_stale_status_dropped(cache):
    # Given a cached status of a running batch
    cache.set(status_cache_key("b_1"), b'{"status": "diagnosing"}', 5)
    # When the workflow saves the report
    assert put_report(cache, "b_1", REPORT, 600) is True
    # Then the report is served from the cache and the status will be re-read
    assert cache.peek(report_cache_key("b_1")) == REPORT
    assert cache.peek(status_cache_key("b_1")) is None


def test_caching_a_ready_report_is_best_effort(cache):
    cache.fail()
    assert put_report(cache, "b_1", REPORT, 600) is False
    assert invalidate_status(cache, "b_1") is False
