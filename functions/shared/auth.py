"""Bearer tokens for vehicles and engineers, and the API Gateway policy they earn.

A token is ``v1.<payload>.<signature>``: the payload is base64url JSON ``{role, sub, iat, exp}``, the
signature an HMAC-SHA256 over ``v1.<payload>`` with a secret only the platform holds (Secrets Manager
in AWS, the local cloud's state file at home). Self-contained tokens keep the authorizer free of
any table lookup; the price is that a token stays valid until it expires, so lifetimes are short.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import re
import time
from collections.abc import Iterable, Mapping
from typing import Any, Literal

from aws_lambda_powertools.utilities.data_classes.api_gateway_authorizer_event import APIGatewayAuthorizerResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from functions.shared.api import Principal
from functions.shared.domain import VEHICLE_ID_PATTERN
from functions.shared.errors import ArgusError, Unauthorized
from functions.shared.routes import ROUTES, Route
from functions.shared.settings import AuthSettings

VERSION = "v1"
MIN_SECRET_BYTES = 16
MAX_TOKEN_CHARS = 2048
MAX_TTL_S = 30 * 24 * 3600
ENGINEER_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.@+-]{0,63}$")
SECRET_MAX_AGE_S = 300  # how long a Lambda instance reuses the secret before asking Secrets Manager again

Role = Literal["vehicle", "engineer"]


class TokenClaims(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    role: Role
    sub: str = Field(description="vehicle_id for a vehicle, the engineer's name otherwise")
    iat: int
    exp: int

    @model_validator(mode="after")
    def _subject_fits_role(self) -> TokenClaims:
        pattern = VEHICLE_ID_PATTERN if self.role == "vehicle" else ENGINEER_PATTERN
        if not pattern.match(self.sub):
            raise ValueError(f"not a valid {self.role} subject")
        if self.exp <= self.iat:
            raise ValueError("a token must expire after it was issued")
        return self

    @property
    def principal(self) -> Principal:
        return Principal(role=self.role, subject=self.sub)


class InvalidToken(Unauthorized):
    """Malformed, tampered with, expired or otherwise unacceptable; ``details.reason`` says which."""


class MissingSecret(ArgusError):
    code = "auth_misconfigured"


def _b64encode(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _b64decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _key(secret: str) -> bytes:
    key = secret.encode("utf-8")
    if len(key) < MIN_SECRET_BYTES:
        raise MissingSecret(f"the token secret must be at least {MIN_SECRET_BYTES} bytes")
    return key


def _sign(key: bytes, signing_input: str) -> bytes:
    return hmac.new(key, signing_input.encode("ascii"), hashlib.sha256).digest()


def issue_token(secret: str, role: str, subject: str, ttl_s: int, *, now: float | None = None) -> str:
    if not 0 < ttl_s <= MAX_TTL_S:
        raise ValueError(f"ttl_s must be between 1 and {MAX_TTL_S} seconds")
    issued = int(time.time() if now is None else now)
    claims = TokenClaims(role=role, sub=subject, iat=issued, exp=issued + ttl_s)  # type: ignore[arg-type]
    payload = _b64encode(json.dumps(claims.model_dump(), separators=(",", ":"), sort_keys=True).encode())
    signing_input = f"{VERSION}.{payload}"
    return f"{signing_input}.{_b64encode(_sign(_key(secret), signing_input))}"


_TOKEN_SHAPE = re.compile(r"^[A-Za-z0-9]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$")


def verify_token(secret: str, token: str, *, now: float | None = None) -> TokenClaims:
    """The token's claims, or :class:`InvalidToken`. The signature is checked before anything in
    the payload is believed, in constant time."""
    key = _key(secret)
    if len(token) > MAX_TOKEN_CHARS or not _TOKEN_SHAPE.match(token):  # ASCII base64url parts only
        raise _invalid("malformed")
    version, payload, signature = token.split(".")
    if version != VERSION:
        raise _invalid("unknown_version")
    try:
        given = _b64decode(signature)
    except (binascii.Error, ValueError):
        raise _invalid("malformed") from None
    if not hmac.compare_digest(_sign(key, f"{version}.{payload}"), given):
        raise _invalid("bad_signature")
    try:
        claims = TokenClaims.model_validate_json(_b64decode(payload))
    except (binascii.Error, ValueError, ValidationError):
        raise _invalid("bad_claims") from None
    if claims.exp <= (time.time() if now is None else now):
        raise _invalid("expired")
    return claims


def _invalid(reason: str) -> InvalidToken:
    return InvalidToken("the token is not valid", details={"reason": reason})


def bearer_token(headers: Mapping[str, str] | None) -> str | None:
    """The token of an ``Authorization: Bearer …`` header (header names are case-insensitive)."""
    for name, value in (headers or {}).items():
        if name.lower() == "authorization" and value:
            scheme, _, token = value.strip().partition(" ")
            if scheme.lower() == "bearer" and token.strip():
                return token.strip()
    return None


def load_token_secret(settings: AuthSettings) -> str:
    """The HMAC secret: inline for the local cloud, otherwise from Secrets Manager (cached per instance)."""
    if settings.token_secret:
        return settings.token_secret
    if settings.token_secret_arn:
        from aws_lambda_powertools.utilities import parameters

        value = parameters.get_secret(settings.token_secret_arn, max_age=SECRET_MAX_AGE_S)
        return value.decode("utf-8") if isinstance(value, bytes) else str(value)
    raise MissingSecret("set ARGUS_TOKEN_SECRET or ARGUS_TOKEN_SECRET_ARN")


# ---- API Gateway policy ------------------------------------------------------------------------


def _resource(route: Route) -> str:
    # Path parameters become wildcards; in execute-api ARNs '*' also spans '/', so denies below
    # close what a wildcard would otherwise open (e.g. a vehicle's GET /batches/* reaching /report).
    return re.sub(r"\{[^}]+\}", "*", route.path)


def policy_for(claims: TokenClaims, method_arn: str, routes: Iterable[Route] = ROUTES) -> dict[str, Any]:
    """An IAM policy that lets the caller invoke every route its role may call, and no other.

    The policy covers the whole API rather than only ``method_arn`` because API Gateway caches it
    per token and applies the cached policy to the caller's next requests on other routes.
    """
    response = APIGatewayAuthorizerResponse.from_route_arn(
        method_arn,
        principal_id=f"{claims.role}:{claims.sub}",
        context={"role": claims.role, "subject": claims.sub, "expires_at": claims.exp},
    )
    for route in routes:
        if claims.role in route.roles:
            response.allow_route(route.method, _resource(route))
        else:
            response.deny_route(route.method, _resource(route))
    return response.asdict()


def policy_allows(policy: dict[str, Any], method_arn: str, action: str = "execute-api:Invoke") -> bool:
    """Evaluate an authorizer policy the way IAM does for execute-api: an explicit Deny wins, then
    any Allow; '*' matches any run of characters (including '/'). Used by the local API server and tests."""
    allowed = False
    for statement in policy.get("policyDocument", {}).get("Statement", []):
        actions = statement.get("Action", [])
        actions = [actions] if isinstance(actions, str) else actions
        resources = statement.get("Resource", [])
        resources = [resources] if isinstance(resources, str) else resources
        if not any(_arn_matches(a, action) for a in actions):
            continue
        if not any(_arn_matches(r, method_arn) for r in resources):
            continue
        if statement.get("Effect") == "Deny":
            return False
        allowed = allowed or statement.get("Effect") == "Allow"
    return allowed


def _arn_matches(pattern: str, arn: str) -> bool:
    # IAM wildcards: '*' any run, '?' one character; nothing else is special (unlike fnmatch's [...]).
    regex = "".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in pattern)
    return re.fullmatch(regex, arn) is not None
