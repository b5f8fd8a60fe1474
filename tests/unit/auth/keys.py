"""Keys and issuers for the token tests: real RSA/EC keys, generated once per test process."""

from __future__ import annotations

from functools import cache

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from functions.http.auth import (
    ENGINEER_MAX_LIFETIME_S,
    VEHICLE_AUDIENCE,
    VEHICLE_MAX_LIFETIME_S,
    Issuer,
    PemSigner,
    StaticKeys,
    issue_token,
)
from functions.settings import VEHICLE_ISSUER

OIDC_ISSUER = "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_TEST"
OIDC_AUDIENCE = "app-client-123"


def _pem(key) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


@cache
def rsa_signer(kid: str = "rsa-1") -> PemSigner:
    return PemSigner(_pem(rsa.generate_private_key(public_exponent=65537, key_size=2048)), kid=kid, alg="RS256")


@cache
def ec_signer(kid: str = "ec-1") -> PemSigner:
    return PemSigner(_pem(ec.generate_private_key(ec.SECP256R1())), kid=kid, alg="ES256")


def issuers(*signers: PemSigner) -> list[Issuer]:
    signers = signers or (rsa_signer(), ec_signer())
    keys = StaticKeys({"keys": [s.public_jwk() for s in signers]})
    return [
        Issuer(OIDC_ISSUER, OIDC_AUDIENCE, "engineer", keys, ENGINEER_MAX_LIFETIME_S),
        Issuer(VEHICLE_ISSUER, VEHICLE_AUDIENCE, "vehicle", keys, VEHICLE_MAX_LIFETIME_S),
    ]


def vehicle_token(subject: str = "veh-1", ttl_s: int = 600, version: int = 0, signer=None, now=None) -> str:
    return issue_token(
        signer or rsa_signer(), issuer=VEHICLE_ISSUER, audience=VEHICLE_AUDIENCE, role="vehicle",
        subject=subject, ttl_s=ttl_s, version=version, now=now,
    )  # fmt: skip


def engineer_token(subject: str = "ada", ttl_s: int = 600, signer=None, now=None) -> str:
    return issue_token(
        signer or rsa_signer(), issuer=OIDC_ISSUER, audience=OIDC_AUDIENCE, role="engineer",
        subject=subject, ttl_s=ttl_s, now=now,
    )  # fmt: skip
