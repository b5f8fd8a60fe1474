"""JWT verification (RFC 7519): asymmetric signatures against a JWKS, issuer, audience, expiry,
the lifetime cap, and nothing believed before the signature is checked."""

from __future__ import annotations

import jwt
import pytest

from functions.core.domain.errors import InvalidToken
from functions.http.auth import ENGINEER_MAX_LIFETIME_S, Authenticator, StaticKeys, TtlCache, verify_token
from tests.fakes.memory import InMemoryVehicleRegistry
from tests.unit.auth.keys import (
    OIDC_AUDIENCE,
    OIDC_ISSUER,
    ec_signer,
    engineer_token,
    issuers,
    rsa_signer,
    vehicle_token,
)

NOW = 1_800_000_000


def _reason(token: str, trusted=None, now: float = NOW) -> str:
    with pytest.raises(InvalidToken) as err:
        verify_token(token, trusted or issuers(), now=now)
    return err.value.details["reason"]


@pytest.mark.parametrize("signer", [rsa_signer(), ec_signer()], ids=["RS256", "ES256"])
def test_vehicle_and_engineer_tokens_verify_with_either_algorithm(signer):
    vehicle = verify_token(vehicle_token("veh-1", signer=signer, now=NOW, version=3), issuers(), now=NOW + 1)
    engineer = verify_token(engineer_token("ada", signer=signer, now=NOW), issuers(), now=NOW + 1)
    assert (vehicle.role, vehicle.sub, vehicle.ver) == ("vehicle", "veh-1", 3)
    assert (engineer.role, engineer.sub) == ("engineer", "ada")


def test_an_expired_token_is_refused():
    assert _reason(engineer_token(ttl_s=60, now=NOW), now=NOW + 61) == "expired"


def test_a_token_signed_by_an_unknown_key_is_refused():
    stranger = rsa_signer("rsa-stranger")
    assert _reason(vehicle_token(signer=stranger, now=NOW), issuers(rsa_signer())) == "unknown_key"


def test_a_tampered_payload_fails_the_signature():
    header, payload, signature = vehicle_token("veh-1", now=NOW).split(".")
    forged = jwt.utils.base64url_encode(jwt.utils.base64url_decode(payload).replace(b'"veh-1"', b'"veh-2"')).decode()
    assert _reason(f"{header}.{forged}.{signature}") == "bad_signature"


def test_alg_none_and_hmac_are_refused():
    claims = {"iss": OIDC_ISSUER, "aud": OIDC_AUDIENCE, "sub": "ada", "iat": NOW, "exp": NOW + 60}
    unsigned = jwt.encode(claims, None, algorithm="none", headers={"kid": "rsa-1"})
    hmac = jwt.encode(claims, "a-shared-secret-that-is-long-enough-xx", algorithm="HS256", headers={"kid": "rsa-1"})
    assert _reason(unsigned) == "bad_algorithm"
    assert _reason(hmac) == "bad_algorithm"


def test_the_wrong_audience_or_issuer_is_refused():
    signer = rsa_signer()
    wrong_aud = jwt.encode(
        {"iss": OIDC_ISSUER, "aud": "another-app", "sub": "ada", "iat": NOW, "exp": NOW + 60},
        signer._key, algorithm="RS256", headers={"kid": signer.kid},
    )  # fmt: skip
    wrong_iss = jwt.encode(
        {"iss": "https://evil.example", "aud": OIDC_AUDIENCE, "sub": "ada", "iat": NOW, "exp": NOW + 60},
        signer._key, algorithm="RS256", headers={"kid": signer.kid},
    )  # fmt: skip
    assert _reason(wrong_aud) == "wrong_audience"
    assert _reason(wrong_iss) == "unknown_issuer"


def test_a_cognito_access_token_with_client_id_and_username_is_an_engineer():
    signer = rsa_signer()
    token = jwt.encode(
        {"iss": OIDC_ISSUER, "client_id": OIDC_AUDIENCE, "sub": "4f1c-uuid", "username": "grace", "token_use": "access",
         "iat": NOW, "exp": NOW + 3600},
        signer._key, algorithm="RS256", headers={"kid": signer.kid},
    )  # fmt: skip
    claims = verify_token(token, issuers(), now=NOW + 5)
    assert (claims.role, claims.sub) == ("engineer", "grace")


def test_exp_minus_iat_is_capped_on_verify():
    signer = rsa_signer()
    long_lived = jwt.encode(
        {"iss": OIDC_ISSUER, "aud": OIDC_AUDIENCE, "sub": "ada", "iat": NOW, "exp": NOW + ENGINEER_MAX_LIFETIME_S + 1},
        signer._key, algorithm="RS256", headers={"kid": signer.kid},
    )  # fmt: skip
    assert _reason(long_lived) == "lifetime_too_long"


def test_missing_claims_and_garbage_are_refused_cleanly():
    signer = rsa_signer()
    no_exp = jwt.encode({"iss": OIDC_ISSUER, "aud": OIDC_AUDIENCE, "sub": "ada", "iat": NOW}, signer._key,
                        algorithm="RS256", headers={"kid": signer.kid})  # fmt: skip
    assert _reason(no_exp) == "bad_claims"
    for garbage in ("", "a.b", "a.b.c", "v1.e30.AAAA", "x" * 10_000, "eyJ.eyJ.x"):
        assert _reason(garbage) in ("malformed", "bad_algorithm", "no_key_id")


def test_a_vehicle_token_naming_a_bad_vehicle_id_is_refused():
    signer = rsa_signer()
    from functions.http.auth import VEHICLE_AUDIENCE
    from functions.settings import VEHICLE_ISSUER

    token = jwt.encode(
        {"iss": VEHICLE_ISSUER, "aud": VEHICLE_AUDIENCE, "sub": "veh 1 with spaces", "iat": NOW, "exp": NOW + 60},
        signer._key, algorithm="RS256", headers={"kid": signer.kid},
    )  # fmt: skip
    assert _reason(token) == "bad_claims"


def test_issuing_refuses_subjects_and_lifetimes_that_do_not_fit():
    with pytest.raises(ValueError):
        vehicle_token("veh 1 with spaces")
    with pytest.raises(ValueError):
        engineer_token(ttl_s=ENGINEER_MAX_LIFETIME_S + 1)


def test_a_revoked_vehicle_credential_is_refused_within_the_cache_ttl():
    # Given a vehicle with a credential of version 0, and an authenticator with a 60 s version cache
    registry = InMemoryVehicleRegistry()
    clock = [0.0]
    auth = Authenticator(issuers(), registry, TtlCache(60, clock=lambda: clock[0]))
    token = vehicle_token("veh-1", ttl_s=3600)
    assert auth.authenticate(token).sub == "veh-1"
    # When ops revoke it
    registry.revoke("veh-1")
    # Then within 60 s it is refused, and a credential of the new version is accepted
    clock[0] = 61.0
    with pytest.raises(InvalidToken) as err:
        auth.authenticate(token)
    assert err.value.details["reason"] == "revoked"
    assert auth.authenticate(vehicle_token("veh-1", ttl_s=3600, version=1)).ver == 1


def test_a_reprovisioned_credential_works_at_once_despite_the_version_cache():
    # Given a vehicle whose version 0 the authenticator has cached
    registry = InMemoryVehicleRegistry()
    clock = [0.0]
    auth = Authenticator(issuers(), registry, TtlCache(60, clock=lambda: clock[0]))
    old = vehicle_token("veh-1", ttl_s=3600)
    assert auth.authenticate(old).ver == 0
    # When ops revoke it and provision a new credential (version 1) a second later
    registry.revoke("veh-1")
    clock[0] = 1.0
    # Then the new credential is accepted now, not after the cache expires, and the old one is refused
    assert auth.authenticate(vehicle_token("veh-1", ttl_s=3600, version=1)).ver == 1
    with pytest.raises(InvalidToken):
        auth.authenticate(old)


def test_static_keys_come_from_a_jwks_document():
    keys = StaticKeys({"keys": [rsa_signer().public_jwk()]})
    assert keys.key_for("rsa-1") is not None
    with pytest.raises(InvalidToken):
        keys.key_for("nope")


@pytest.mark.parametrize(("signer", "claimed"), [(rsa_signer(), "ES256"), (ec_signer(), "RS256")])
def test_a_header_naming_the_other_algorithm_than_its_key_is_refused_cleanly(signer, claimed):
    """An RSA kid with alg ES256 (or the reverse) hands PyJWT a key of the wrong type: that must be an
    InvalidToken (a 401), not a TypeError out of the authorizer (a 500 for any caller)."""
    header, payload, signature = vehicle_token("veh-1", signer=signer, now=NOW).split(".")
    swapped = jwt.utils.base64url_decode(header).replace(signer.alg.encode(), claimed.encode())
    token = f"{jwt.utils.base64url_encode(swapped).decode()}.{payload}.{signature}"
    assert _reason(token) in ("bad_signature", "bad_algorithm", "bad_claims")
