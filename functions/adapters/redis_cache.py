"""The :class:`~functions.core.ports.Cache` port on Redis/Valkey (the coalescing loader that uses it
is :mod:`functions.core.app.cache`)."""

from __future__ import annotations

import secrets

import redis

from functions.core.domain.errors import CacheUnavailable

# Release the lease only if we still hold it: after a lease lapsed, another loader owns the key.
_UNLOCK_SCRIPT = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
    return redis.call('DEL', KEYS[1])
end
return 0
"""
class RedisCache:
    """The :class:`~functions.core.ports.Cache` port on Redis/Valkey.

    Every Redis failure surfaces as :class:`CacheUnavailable`, so callers handle one error type
    whatever the client library raised.
    """

    def __init__(self, client: redis.Redis) -> None:
        self._client = client
        self._unlock = client.register_script(_UNLOCK_SCRIPT)

    def get(self, key: str) -> bytes | None:
        try:
            return self._client.get(key)
        except redis.RedisError as exc:
            raise CacheUnavailable(f"cache get failed: {exc}") from exc

    def set(self, key: str, value: bytes, ttl_s: int) -> None:
        try:
            self._client.set(key, value, ex=max(1, int(ttl_s)))
        except redis.RedisError as exc:
            raise CacheUnavailable(f"cache set failed: {exc}") from exc

    def delete(self, key: str) -> None:
        try:
            self._client.delete(key)
        except redis.RedisError as exc:
            raise CacheUnavailable(f"cache delete failed: {exc}") from exc

    def try_lock(self, key: str, lease_ms: int) -> str | None:
        token = secrets.token_hex(16)
        try:
            acquired = self._client.set(key, token, nx=True, px=max(1, int(lease_ms)))
        except redis.RedisError as exc:
            raise CacheUnavailable(f"cache lock failed: {exc}") from exc
        return token if acquired else None

    def unlock(self, key: str, token: str) -> None:
        try:
            self._unlock(keys=[key], args=[token])
        except redis.RedisError as exc:
            raise CacheUnavailable(f"cache unlock failed: {exc}") from exc
