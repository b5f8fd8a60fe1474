"""A JWKS fetched over HTTP(S): the :class:`~functions.core.ports.KeySet` of OIDC issuers and of
the local cloud's vehicle issuer."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import jwt

from functions.core.domain.errors import InvalidToken, MissingSecret

JWKS_CACHE_S = 300  # how long a fetched key set is used before it is fetched again
# The kid is the caller's claim, read before any signature check: an unknown one may make us refetch
# (key rotation), but at most once per interval, so random kids cannot hammer the identity provider.
# Providers publish a new key before they sign with it, so a minute's wait is rarely seen.
JWKS_REFETCH_INTERVAL_S = 60.0
JWKS_TIMEOUT_S = 5


class JwksUrlKeys:
    """A JWKS fetched from a URL (Cognito, any OIDC issuer, the local cloud's issuer), cached by
    PyJWT for ``cache_s``, and fetched again for an unknown ``kid`` at most once per
    ``refetch_interval_s`` (timed from the last such attempt, failed or not)."""

    def __init__(
        self,
        url: str,
        cache_s: int = JWKS_CACHE_S,
        refetch_interval_s: float = JWKS_REFETCH_INTERVAL_S,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        # The refetch policy is ours (below), not PyJWKClient.get_signing_key's: its cooldown exists
        # only from PyJWT 2.14 and does not count failed fetches.
        self._client = jwt.PyJWKClient(url, cache_jwk_set=True, lifespan=cache_s, timeout=JWKS_TIMEOUT_S)
        self._interval, self._clock = refetch_interval_s, clock
        self._last_refetch: float | None = None
        self._lock = threading.Lock()  # the local cloud may call one authorizer from several threads

    def key_for(self, kid: str) -> Any:
        try:
            key = _match(self._client.get_signing_keys(), kid)
            if key is None and self._may_refetch():
                key = _match(self._client.get_signing_keys(refresh=True), kid)
        except jwt.PyJWKClientConnectionError as exc:
            raise MissingSecret(f"the issuer's JWKS could not be fetched: {exc}") from exc
        except jwt.PyJWKClientError:  # the set holds no signing key at all
            key = None
        if key is None:
            raise InvalidToken("the token is not valid", details={"reason": "unknown_key"})
        return key.key

    def _may_refetch(self) -> bool:
        with self._lock:
            now = self._clock()
            if self._last_refetch is not None and now - self._last_refetch < self._interval:
                return False
            self._last_refetch = now
            return True


def _match(keys: list[jwt.PyJWK], kid: str) -> jwt.PyJWK | None:
    return next((k for k in keys if k.key_id == kid), None)
