"""Bearer tokens: standard JWTs (RFC 7519) signed with an asymmetric key, and the policy they earn.

Two kinds of issuer are trusted, each with its own keys (a JWKS, RFC 7517), audience and longest
lifetime:

* **engineers** sign in through OIDC: a Cognito user pool by default, any OIDC issuer by
  configuration (issuer, audience, JWKS URL). Every valid token of that issuer is an engineer.
* **vehicles** hold per-vehicle credentials issued by the provisioning command (signed by a KMS key
  on AWS, by the local cloud's key file at home). Each carries the vehicle's token version ``ver``;
  revoking a vehicle bumps the version in the registry, which the authorizer checks.

Verification never believes the payload before the signature: the header names the key (``kid``),
the algorithm must be one of :data:`ALGORITHMS` (never ``none``, never HMAC), and ``exp``, ``iat``,
``iss``, ``sub`` and the audience are required; ``exp - iat`` is capped per issuer.
"""

from __future__ import annotations

import base64
import json
import re
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import jwt
from aws_lambda_powertools.utilities.data_classes.api_gateway_authorizer_event import APIGatewayAuthorizerResponse
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from pydantic import BaseModel, ConfigDict, Field, model_validator

from functions.core.domain.errors import InvalidToken, MissingSecret
from functions.core.domain.ids import VEHICLE_ID_PATTERN
from functions.core.domain.principal import Principal
from functions.core.ports import KeySet, Signer, TokenVersions
from functions.http.routes import ROUTES, Route

ALGORITHMS = ("RS256", "ES256")
# The key type each algorithm needs: the header's alg is the caller's claim, and PyJWT raises a bare
# TypeError (not a PyJWTError) when handed a key of the other type.
_KEY_TYPES: dict[str, type] = {"RS256": rsa.RSAPublicKey, "ES256": ec.EllipticCurvePublicKey}
MAX_TOKEN_CHARS = 8192  # Cognito ID tokens with groups run to ~2 KB
LEEWAY_S = 30  # clock skew between issuer and authorizer
VEHICLE_MAX_LIFETIME_S = 90 * 24 * 3600  # a vehicle credential: long-lived but revocable one by one
ENGINEER_MAX_LIFETIME_S = 24 * 3600  # an OIDC sign-in (Cognito allows ID tokens of at most 1 day)
VEHICLE_AUDIENCE = "argus-api"
ENGINEER_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.@+-]{0,127}$")
# Which claim names an engineer, first present wins (Cognito ID and access tokens, generic OIDC).
ENGINEER_NAME_CLAIMS = ("cognito:username", "username", "preferred_username", "email", "sub")

Role = Literal["vehicle", "engineer"]


class TokenClaims(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    role: Role
    sub: str = Field(description="vehicle_id for a vehicle, the engineer's name otherwise")
    iat: int
    exp: int
    ver: int = Field(default=0, ge=0, description="a vehicle's token version (revocation)")

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


def _invalid(reason: str) -> InvalidToken:
    return InvalidToken("the token is not valid", details={"reason": reason})


# ---- keys ----------------------------------------------------------------------------------------


@dataclass
class StaticKeys:
    """Keys given in full: a JWKS document (tests, benchmarks); KMS keys come through ``KmsKeys``."""

    jwks: dict[str, Any]
    _keys: dict[str, Any] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        for jwk in jwt.PyJWKSet.from_dict(self.jwks).keys:
            self._keys[jwk.key_id] = jwk.key

    def key_for(self, kid: str) -> Any:
        if kid not in self._keys:
            raise _invalid("unknown_key")
        return self._keys[kid]


@dataclass(frozen=True)
class Issuer:
    """One trusted issuer: whose tokens it signs (role), for whom (audience), with which keys."""

    issuer: str
    audience: str
    role: Role
    keys: KeySet
    max_lifetime_s: int


# ---- verification --------------------------------------------------------------------------------


def _engineer_name(payload: Mapping[str, Any]) -> str:
    for claim in ENGINEER_NAME_CLAIMS:
        value = payload.get(claim)
        if isinstance(value, str) and value:
            return value
    raise _invalid("bad_claims")


def _audience_matches(payload: Mapping[str, Any], audience: str) -> bool:
    aud = payload.get("aud")
    if isinstance(aud, str) and aud == audience:
        return True
    if isinstance(aud, list) and audience in aud:
        return True
    # Cognito access tokens carry the app client in client_id rather than aud.
    return aud is None and payload.get("client_id") == audience


def verify_token(token: str, issuers: Iterable[Issuer], *, now: float | None = None) -> TokenClaims:
    """The token's claims, or :class:`InvalidToken` (never another exception for bad input)."""
    if not token or len(token) > MAX_TOKEN_CHARS or token.count(".") != 2:
        raise _invalid("malformed")
    try:
        # One parse for the header (which key, which algorithm) and the claims (which issuer); the
        # signature is checked below, once the issuer's key is known.
        parsed = jwt.api_jwt.decode_complete(token, options={"verify_signature": False})
    except jwt.PyJWTError:
        raise _invalid("malformed") from None
    header, unverified = parsed["header"], parsed["payload"]
    alg, kid = header.get("alg"), header.get("kid")
    if alg not in ALGORITHMS:
        raise _invalid("bad_algorithm")
    if not isinstance(kid, str) or not kid:
        raise _invalid("no_key_id")
    trusted = {i.issuer: i for i in issuers}
    issuer = trusted.get(unverified.get("iss")) if isinstance(unverified.get("iss"), str) else None
    if issuer is None:
        raise _invalid("unknown_issuer")
    key = issuer.keys.key_for(kid)
    if not isinstance(key, _KEY_TYPES[alg]):
        raise _invalid("bad_algorithm")
    clock = time.time() if now is None else now
    try:
        payload = jwt.decode(
            token,
            key,
            algorithms=[alg],
            issuer=issuer.issuer,
            leeway=LEEWAY_S,
            options={
                "require": ["exp", "iat", "iss", "sub"],
                "verify_aud": False,  # checked below: Cognito access tokens use client_id
                "verify_exp": False,  # checked below against ``now`` (testable, no leeway on expiry)
                "verify_iat": False,
            },
        )
    except jwt.InvalidSignatureError:
        raise _invalid("bad_signature") from None
    except jwt.PyJWTError:
        raise _invalid("bad_claims") from None
    if not _audience_matches(payload, issuer.audience):
        raise _invalid("wrong_audience")
    iat, exp = payload.get("iat"), payload.get("exp")
    if not isinstance(iat, int) or not isinstance(exp, int):
        raise _invalid("bad_claims")
    if exp <= clock:
        raise _invalid("expired")
    if iat > clock + LEEWAY_S:
        raise _invalid("issued_in_the_future")
    if exp - iat > issuer.max_lifetime_s:
        raise _invalid("lifetime_too_long")
    if issuer.role == "vehicle" and payload.get("role", "vehicle") != "vehicle":
        raise _invalid("bad_claims")
    subject = payload["sub"] if issuer.role == "vehicle" else _engineer_name(payload)
    version = payload.get("ver", 0)
    try:
        return TokenClaims(role=issuer.role, sub=subject, iat=iat, exp=exp, ver=version)
    except ValueError:
        raise _invalid("bad_claims") from None


# ---- issuing -------------------------------------------------------------------------------------


def _compact(value: dict[str, Any]) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode()


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def issue_token(
    signer: Signer,
    *,
    issuer: str,
    audience: str,
    role: Role,
    subject: str,
    ttl_s: int,
    version: int = 0,
    now: float | None = None,
) -> str:
    """A compact JWS (RFC 7515) carrying the claims; the signature comes from ``signer``."""
    limit = VEHICLE_MAX_LIFETIME_S if role == "vehicle" else ENGINEER_MAX_LIFETIME_S
    if not 0 < ttl_s <= limit:
        raise ValueError(f"ttl_s must be between 1 and {limit} seconds for a {role} token")
    issued = int(time.time() if now is None else now)
    TokenClaims(role=role, sub=subject, iat=issued, exp=issued + ttl_s, ver=version)  # validates the subject
    claims: dict[str, Any] = {"iss": issuer, "aud": audience, "sub": subject, "iat": issued, "exp": issued + ttl_s}
    if role == "vehicle":
        claims.update(role="vehicle", ver=version)
    header = {"alg": signer.alg, "typ": "JWT", "kid": signer.kid}
    signing_input = f"{_b64(_compact(header))}.{_b64(_compact(claims))}"
    return f"{signing_input}.{_b64(signer.sign(signing_input.encode('ascii')))}"


class PemSigner:
    """A private key in PEM form (the local cloud's 0600 key file; tests)."""

    def __init__(self, pem: bytes, kid: str, alg: str = "RS256") -> None:
        from cryptography.hazmat.primitives.serialization import load_pem_private_key

        self._key = load_pem_private_key(pem, password=None)
        self.kid, self.alg = kid, alg
        self._algorithm = jwt.get_algorithm_by_name(alg)

    def sign(self, signing_input: bytes) -> bytes:
        return self._algorithm.sign(signing_input, self._key)

    def public_jwk(self) -> dict[str, Any]:
        jwk = json.loads(self._algorithm.to_jwk(self._key.public_key()))
        return {**jwk, "kid": self.kid, "alg": self.alg, "use": "sig"}


def bearer_token(headers: Mapping[str, str] | None) -> str | None:
    """The token of an ``Authorization: Bearer …`` header (header names are case-insensitive)."""
    for name, value in (headers or {}).items():
        if name.lower() == "authorization" and value:
            scheme, _, token = value.strip().partition(" ")
            if scheme.lower() == "bearer" and token.strip():
                return token.strip()
    return None


class TtlCache:
    """A tiny per-instance cache: a Lambda instance serves one request at a time."""

    def __init__(self, ttl_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        self._ttl, self._clock = ttl_s, clock
        self._items: dict[str, tuple[float, Any]] = {}

    def get_or_load(self, key: str, load: Callable[[], Any]) -> Any:
        hit = self._items.get(key)
        now = self._clock()
        if hit is not None and now - hit[0] < self._ttl:
            return hit[1]
        value = load()
        if len(self._items) > 10_000:
            self._items.clear()
        self._items[key] = (now, value)
        return value

    def forget(self, key: str) -> None:
        self._items.pop(key, None)


# ---- the authorizer's use case -------------------------------------------------------------------


@dataclass
class Authenticator:
    """Verify a bearer token, then refuse a vehicle credential whose version was revoked (the
    registry's answer is reused for at most ``cache`` seconds, so a revocation bites within a minute)."""

    issuers: list[Issuer]
    versions: TokenVersions | None
    cache: TtlCache = field(default_factory=lambda: TtlCache(60))

    def authenticate(self, token: str, *, now: float | None = None) -> TokenClaims:
        if not self.issuers:
            raise MissingSecret("no token issuer is configured")
        claims = verify_token(token, self.issuers, now=now)
        if claims.role == "vehicle" and self.versions is not None:
            versions = self.versions

            def load() -> Any:
                return versions.get(claims.sub)

            record = self.cache.get_or_load(claims.sub, load)
            current = record.token_version if record is not None else 0
            if claims.ver > current:
                # Signed with a version newer than the cached answer: a credential re-provisioned
                # since; ask the registry now rather than refusing it for up to a minute.
                self.cache.forget(claims.sub)
                record = self.cache.get_or_load(claims.sub, load)
                current = record.token_version if record is not None else 0
            if claims.ver != current:
                raise _invalid("revoked")
        return claims


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
