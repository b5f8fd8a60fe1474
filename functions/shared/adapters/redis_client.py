"""One Redis/Valkey client per cold start, shared by the barrier and the cache adapters."""

from __future__ import annotations

from functools import lru_cache

import redis


@lru_cache(maxsize=4)
def redis_client(url: str, timeout_s: float = 2.0) -> redis.Redis:
    # Short timeouts: a Lambda must fail fast (and be retried) rather than hang on a lost connection.
    return redis.Redis.from_url(
        url,
        socket_timeout=timeout_s,
        socket_connect_timeout=timeout_s,
        health_check_interval=30,
        retry_on_timeout=True,
    )
