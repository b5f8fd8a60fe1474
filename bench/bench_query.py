"""Concurrent cold reads of one hot report: coalesced loads vs plain cache-aside, same run.

Each simulated Lambda instance has its own Redis client and its own loader (no in-process sharing),
as separate Lambda instances would; the report is read from DynamoDB (moto server, over HTTP)
through the real repository adapter. Prints DynamoDB reads per cold burst, latency, and the cache
hit rate over a warm phase, for the platform's CoalescingLoader and for a naive cache-aside loader
(GET; on a miss, read the table and SET) measured side by side.

    python bench/bench_query.py [--instances 100] [--rounds 5] [--warm 2000]
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import boto3
import redis

from argus.local import resources
from argus.local.cloud import configure_moto, start_embedded_valkey, start_moto_server
from functions.adapters.dynamodb import DynamoBatchRepository
from functions.adapters.redis_cache import RedisCache
from functions.adapters.redis_client import redis_client
from functions.core.app.cache import CoalescingLoader
from functions.core.domain.batch import Batch
from functions.core.domain.keys import report_cache_key


class CountingRepository:
    def __init__(self, repo: DynamoBatchRepository) -> None:
        self._repo = repo
        self.reads = 0
        self._lock = threading.Lock()

    def get_report(self, batch_id: str) -> bytes | None:
        with self._lock:
            self.reads += 1
        return self._repo.get_report(batch_id)


def naive_loader(cache: RedisCache) -> Callable[[str, Callable[[], bytes | None]], bytes | None]:
    def get(key: str, load: Callable[[], bytes | None]) -> bytes | None:
        cached = cache.get(key)
        if cached is not None:
            return cached
        value = load()
        if value is not None:
            cache.set(key, value, 600)
        return value

    return get


def coalesced_loader(cache: RedisCache) -> Callable[[str, Callable[[], bytes | None]], bytes | None]:
    loader = CoalescingLoader(cache, lease_ms=3000, wait_budget_ms=2500)
    return lambda key, load: loader.get_or_load(key, load, 600, 30)


def burst(getters: list, key: str, load: Callable[[], bytes | None]) -> list[float]:
    start = threading.Barrier(len(getters))
    latencies: list[float] = []
    lock = threading.Lock()

    def one(get) -> None:
        start.wait()
        t0 = time.perf_counter()
        assert get(key, load) is not None
        with lock:
            latencies.append(time.perf_counter() - t0)

    threads = [threading.Thread(target=one, args=(g,)) for g in getters]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--instances", type=int, default=100, help="concurrent Lambda instances per cold burst")
    parser.add_argument("--rounds", type=int, default=5, help="cold bursts per strategy")
    parser.add_argument("--warm", type=int, default=2000, help="reads in the warm phase (hit rate)")
    parser.add_argument("--quick", action="store_true", help="50 instances, 2 rounds, 500 warm reads")
    args = parser.parse_args()
    if args.quick:
        args.instances, args.rounds, args.warm = 50, 2, 500

    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    moto, endpoint = start_moto_server()
    valkey = start_embedded_valkey()
    try:
        configure_moto(endpoint)
        ddb = boto3.client(
            "dynamodb",
            endpoint_url=endpoint,
            region_name=resources.REGION,
            aws_access_key_id="bench",
            aws_secret_access_key="bench",
        )
        resources.create_table(ddb, "argus-bench")
        table = boto3.resource(
            "dynamodb",
            endpoint_url=endpoint,
            region_name=resources.REGION,
            aws_access_key_id="bench",
            aws_secret_access_key="bench",
        ).Table("argus-bench")
        repo = CountingRepository(DynamoBatchRepository(table))
        batch = Batch.open("veh-bench", "WVWZZZ1JZXW000001")
        report = b'{"batch_id": "%s", "diagnosis": "' % batch.batch_id.encode() + b"x" * 20_000 + b'"}'
        repo._repo.put_report(batch.batch_id, report)
        key = report_cache_key(batch.batch_id)
        url = f"redis://{valkey.host}:{valkey.port}/0"
        admin = redis_client(url)

        print(
            f"{args.instances} Lambda instances (own Redis client each) read one cold 20 KB report; "
            f"{args.rounds} rounds per strategy"
        )
        print(f"{'strategy':<12} {'DynamoDB reads/burst':>21} {'p50 ms':>8} {'p99 ms':>8} {'warm hit rate':>14}")
        results = {}
        for name, make in (("cache-aside", naive_loader), ("coalesced", coalesced_loader)):
            getters = [make(RedisCache(redis.Redis.from_url(url, socket_timeout=1.0))) for _ in range(args.instances)]
            reads, latencies = [], []
            for _ in range(args.rounds):
                admin.delete(key)
                before = repo.reads
                latencies += burst(getters, key, lambda: repo.get_report(batch.batch_id))
                reads.append(repo.reads - before)
            before = repo.reads
            for i in range(args.warm):
                getters[i % len(getters)](key, lambda: repo.get_report(batch.batch_id))
            hit_rate = 1 - (repo.reads - before) / args.warm
            lat = sorted(latencies)
            results[name] = statistics.mean(reads)
            print(
                f"{name:<12} {statistics.mean(reads):>21.1f} {lat[len(lat) // 2] * 1000:>8.1f} "
                f"{lat[int(len(lat) * 0.99) - 1] * 1000:>8.1f} {hit_rate:>13.1%}"
            )
        print(
            f"ratio DynamoDB reads per cold burst, cache-aside/coalesced: "
            f"{results['cache-aside'] / max(results['coalesced'], 1e-9):.0f}x"
        )
        return 0
    finally:
        valkey.stop()
        moto.stop()


if __name__ == "__main__":
    sys.exit(main())
