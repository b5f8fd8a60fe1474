"""The local cloud's built-in token issuer: an RSA key in a 0600 file and the JWKS beside it.

On AWS, engineers sign in through Cognito (or any OIDC issuer) and vehicle credentials are signed
by a KMS key; at home one key file stands in for both, under two issuer names, so the authorizer
runs the very same verification (JWKS, audience, lifetime cap, token version). Nothing serves the
private key: only processes that can read the file (its owner) can mint tokens.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from pathlib import Path

from argus.local.http import BackgroundServer
from functions.http.auth import VEHICLE_AUDIENCE, PemSigner, Role, issue_token
from functions.settings import VEHICLE_ISSUER

LOCAL_OIDC_ISSUER = "https://argus.local/oidc"  # stands in for the Cognito user pool's issuer URL
LOCAL_OIDC_AUDIENCE = "argus-local-engineers"  # stands in for the user pool's app client id
KEY_FILE = "signing-key.pem"
JWKS_FILE = "jwks.json"


def _kid(public_jwk: dict) -> str:
    # RFC 7638 thumbprint: the key's id follows from the key itself.
    members = {k: public_jwk[k] for k in ("e", "kty", "n")}
    digest = hashlib.sha256(json.dumps(members, separators=(",", ":"), sort_keys=True).encode()).digest()
    return digest.hex()[:16]


@dataclass(frozen=True)
class LocalIssuer:
    key_file: Path
    jwks_file: Path

    def signer(self) -> PemSigner:
        pem = self.key_file.read_bytes()
        probe = PemSigner(pem, kid="probe")
        return PemSigner(pem, kid=_kid(probe.public_jwk()))

    def mint(self, role: Role, subject: str, ttl_s: int, version: int = 0) -> str:
        if role == "vehicle":
            return issue_token(
                self.signer(), issuer=VEHICLE_ISSUER, audience=VEHICLE_AUDIENCE, role="vehicle",
                subject=subject, ttl_s=ttl_s, version=version,
            )  # fmt: skip
        return issue_token(
            self.signer(), issuer=LOCAL_OIDC_ISSUER, audience=LOCAL_OIDC_AUDIENCE, role="engineer",
            subject=subject, ttl_s=ttl_s,
        )  # fmt: skip

    def function_environment(self, jwks_url: str) -> dict[str, str]:
        """What the authorizer is given, as the CDK app gives it the Cognito and KMS settings."""
        return {
            "ARGUS_VEHICLE_JWKS_URL": jwks_url,
            "ARGUS_OIDC_ISSUER": LOCAL_OIDC_ISSUER,
            "ARGUS_OIDC_AUDIENCE": LOCAL_OIDC_AUDIENCE,
            "ARGUS_OIDC_JWKS_URL": jwks_url,
        }


def ensure_local_issuer(state_dir: Path) -> LocalIssuer:
    """The issuer of ``state_dir``, creating its key (0600, never overwritten) on first use."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    folder = state_dir
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    key_file, jwks_file = folder / KEY_FILE, folder / JWKS_FILE
    if not key_file.exists():
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        pem = key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        try:  # created 0600 from the start: never readable by others, not even for an instant
            fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass  # another process created it meanwhile: use theirs
        else:
            with os.fdopen(fd, "wb") as out:
                out.write(pem)
    issuer = LocalIssuer(key_file, jwks_file)
    jwk = issuer.signer().public_jwk()
    tmp = jwks_file.with_suffix(".tmp")
    tmp.write_text(json.dumps({"keys": [jwk]}, indent=2))
    tmp.replace(jwks_file)
    return issuer


def _field(info: object, name: str) -> str:
    return info[name] if isinstance(info, dict) else getattr(info, name)


def current_token_version(info: object, vehicle_id: str) -> int:
    """The vehicle's token version in the running cloud's registry (0 when never provisioned)."""
    import boto3

    from functions.adapters.dynamodb_registry import DynamoVehicleRegistry

    table = boto3.resource(
        "dynamodb", endpoint_url=_field(info, "aws_endpoint"), region_name="us-east-1",
        aws_access_key_id="local", aws_secret_access_key="local",
    ).Table(_field(info, "table"))  # fmt: skip
    record = DynamoVehicleRegistry(table).get(vehicle_id)
    return record.token_version if record is not None else 0


def mint_for(info: object, role: str, subject: str, ttl_s: int) -> str:
    """A token the running local cloud described by ``info`` (its CloudInfo or state file) accepts."""
    state_dir = Path(_field(info, "state_dir"))
    issuer = LocalIssuer(state_dir / KEY_FILE, state_dir / JWKS_FILE)
    version = current_token_version(info, subject) if role == "vehicle" else 0
    return issuer.mint(role, subject, ttl_s, version)  # type: ignore[arg-type]


class JwksServer(BackgroundServer):
    """Serves the issuer's public keys over HTTP, as Cognito serves ``/.well-known/jwks.json``
    (PyJWT fetches JWKS over http(s) only). Only the public half is ever served."""

    PATH = "/.well-known/jwks.json"

    def __init__(self, issuer: LocalIssuer, host: str = "127.0.0.1", port: int = 0) -> None:
        jwks_file = issuer.jwks_file

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                found = self.path.split("?", 1)[0] == JwksServer.PATH
                body = jwks_file.read_bytes() if found else b'{"error": "not found"}'
                self.send_response(200 if found else 404)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        super().__init__(Handler, "local-jwks", host, port)

    @property
    def jwks_url(self) -> str:
        return self.url + self.PATH
