"""A JWKS fetched over HTTP(S) (or file://): the :class:`~functions.core.ports.KeySet` of OIDC
issuers and of the local cloud's vehicle issuer."""

from __future__ import annotations

from typing import Any

import jwt

from functions.core.domain.errors import InvalidToken, MissingSecret


class JwksUrlKeys:
    """A JWKS fetched from a URL (https for Cognito and OIDC issuers, file:// for the local cloud),
    cached by PyJWT and fetched again when an unknown ``kid`` appears (key rotation)."""

    def __init__(self, url: str, cache_s: int = 300) -> None:
        self._client = jwt.PyJWKClient(url, cache_jwk_set=True, lifespan=cache_s, timeout=5)

    def key_for(self, kid: str) -> Any:
        try:
            return self._client.get_signing_key(kid).key
        except jwt.PyJWKClientConnectionError as exc:
            raise MissingSecret(f"the issuer's JWKS could not be fetched: {exc}") from exc
        except jwt.PyJWKClientError:
            raise InvalidToken("the token is not valid", details={"reason": "unknown_key"}) from None
