"""Bearer tokens: issue, verify, and every way a token can be unacceptable."""

from __future__ import annotations

import base64
import json

import pytest

from functions.shared.auth import (
    InvalidToken,
    MissingSecret,
    bearer_token,
    issue_token,
    load_token_secret,
    verify_token,
)
from functions.shared.settings import AuthSettings

SECRET = "test-secret-0123456789abcdef"
NOW = 1_800_000_000


def reason(exc: pytest.ExceptionInfo[InvalidToken]) -> str:
    return exc.value.details["reason"]


def test_a_token_round_trips_its_role_subject_and_expiry():
    token = issue_token(SECRET, "vehicle", "veh-1", 3600, now=NOW)
    claims = verify_token(SECRET, token, now=NOW + 10)
    assert (claims.role, claims.sub, claims.exp) == ("vehicle", "veh-1", NOW + 3600)
    assert claims.principal.role == "vehicle" and claims.principal.subject == "veh-1"


def test_an_expired_token_is_rejected():
    token = issue_token(SECRET, "engineer", "ada", 60, now=NOW)
    with pytest.raises(InvalidToken) as exc:
        verify_token(SECRET, token, now=NOW + 60)
    assert reason(exc) == "expired"
    assert exc.value.http_status == 401


def test_a_token_with_a_changed_payload_is_rejected():
    # Given a vehicle's token whose payload is rewritten to claim the engineer role
    token = issue_token(SECRET, "vehicle", "veh-1", 3600, now=NOW)
    version, payload, signature = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=="))
    claims.update(role="engineer", sub="mallory")
    forged = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    # When it is verified, then the signature no longer matches
    with pytest.raises(InvalidToken) as exc:
        verify_token(SECRET, f"{version}.{forged}.{signature}", now=NOW)
    assert reason(exc) == "bad_signature"


def test_a_token_signed_with_another_secret_is_rejected():
    token = issue_token("another-secret-0123456789", "engineer", "ada", 3600, now=NOW)
    with pytest.raises(InvalidToken) as exc:
        verify_token(SECRET, token, now=NOW)
    assert reason(exc) == "bad_signature"


def test_a_validly_signed_token_with_an_unknown_role_is_rejected():
    # Given a payload with a role the platform does not have, signed with the real secret
    import hashlib
    import hmac

    payload = base64.urlsafe_b64encode(
        json.dumps({"role": "admin", "sub": "root", "iat": NOW, "exp": NOW + 60}).encode()
    ).rstrip(b"=")
    signing_input = b"v1." + payload
    signature = base64.urlsafe_b64encode(hmac.new(SECRET.encode(), signing_input, hashlib.sha256).digest())
    token = f"{signing_input.decode()}.{signature.rstrip(b'=').decode()}"
    # When it is verified, then its claims are refused
    with pytest.raises(InvalidToken) as exc:
        verify_token(SECRET, token, now=NOW)
    assert reason(exc) == "bad_claims"


@pytest.mark.parametrize(
    "token",
    ["", "abc", "v1.abc", "v2.e30.AAAA", "v1.e30.!!!", "v1." + "A" * 5000 + ".sig", "v1.e30.AAAA.extra"],
)
def test_malformed_tokens_are_rejected(token):
    with pytest.raises(InvalidToken):
        verify_token(SECRET, token, now=NOW)


def test_a_subject_must_fit_its_role():
    with pytest.raises(ValueError):
        issue_token(SECRET, "vehicle", "veh 1 with spaces", 60)
    with pytest.raises(ValueError):
        issue_token(SECRET, "engineer", "", 60)


def test_a_short_secret_is_refused():
    with pytest.raises(MissingSecret):
        issue_token("short", "engineer", "ada", 60)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Authorization": "Bearer abc.def.ghi"}, "abc.def.ghi"),
        ({"authorization": "bearer  abc "}, "abc"),
        ({"Authorization": "Basic dXNlcjpwYXNz"}, None),
        ({"Authorization": "Bearer "}, None),
        ({}, None),
        (None, None),
    ],
)
def test_the_bearer_token_is_read_from_the_authorization_header(headers, expected):
    assert bearer_token(headers) == expected


def test_an_inline_secret_is_used_and_missing_configuration_is_an_error(monkeypatch):
    for name in ("ARGUS_TOKEN_SECRET", "ARGUS_TOKEN_SECRET_ARN"):
        monkeypatch.delenv(name, raising=False)
    assert load_token_secret(AuthSettings(token_secret="inline-secret-0123456789")) == "inline-secret-0123456789"
    with pytest.raises(MissingSecret):
        load_token_secret(AuthSettings(token_secret=None, token_secret_arn=None))


@pytest.mark.parametrize("token", ["v1.é.abc", "v1.abc.dé", "v1..abc", "v1.a b.c", "v1.abc.def.ghi", "ü"])
def test_tokens_that_are_not_ascii_base64url_are_malformed_not_errors(token):
    with pytest.raises(InvalidToken) as err:
        verify_token(SECRET, token)
    assert err.value.details["reason"] == "malformed"
