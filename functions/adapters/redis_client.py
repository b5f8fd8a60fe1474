"""One Redis/Valkey client per URL and tuning, per cold start, shared by the barrier and the cache."""

from __future__ import annotations

from functools import lru_cache

import redis
from redis.backoff import ExponentialBackoff
from redis.retry import Retry


@lru_cache(maxsize=8)
def redis_client(url: str, timeout_s: float = 2.0, retries: int = 3) -> redis.Redis:
    """Short timeouts and a small retry budget: a Lambda must fail fast (and be retried by its
    trigger) rather than hang on a lost connection; a cache passes ``retries=1`` to step aside at
    once (redis-py's default retries turn an outage into seconds of latency per request)."""
    return redis.Redis.from_url(
        url,
        socket_timeout=timeout_s,
        socket_connect_timeout=timeout_s,
        retry=Retry(ExponentialBackoff(cap=0.05, base=0.01), retries=retries),
        health_check_interval=30,
    )
