"""The REQUEST authorizer: a token in, a policy out that opens exactly the routes of the caller's role."""

from __future__ import annotations

import re

import pytest

from functions.authorizer.handler import Unauthenticated, lambda_handler
from functions.http.auth import Authenticator, policy_allows, policy_for, verify_token
from functions.http.routes import ROUTES
from tests.events import LambdaContext, authorizer_request
from tests.fakes.memory import InMemoryVehicleRegistry
from tests.unit.auth.keys import engineer_token, issuers, vehicle_token

AUTH = Authenticator(issuers(), InMemoryVehicleRegistry())
CONTEXT = LambdaContext("argus-authorizer")
API = "arn:aws:execute-api:eu-west-1:123456789012:abc123/prod"


def concrete(path: str) -> str:
    """A request path for a route template: every {param} filled with an id-like value."""
    return re.sub(r"\{[^}]+\}", "b_0123456789abcdef0123", path)


def authorizer_event(method: str, path: str, authorization: str | None) -> dict:
    headers = {"Authorization": authorization} if authorization is not None else {}
    return authorizer_request(f"{API}/{method}{concrete(path)}", method, path, concrete(path), headers)


def test_a_valid_token_gets_a_policy_carrying_its_role_and_subject():
    token = vehicle_token("veh-1", 600)
    response = lambda_handler(
        authorizer_event("POST", "/v1/batches", f"Bearer {token}"), CONTEXT, authenticator=AUTH
    )
    assert response["principalId"] == "vehicle:veh-1"
    assert response["context"]["role"] == "vehicle"
    assert response["context"]["subject"] == "veh-1"
    assert policy_allows(response, f"{API}/POST/v1/batches")


@pytest.mark.parametrize("authorization", [None, "Bearer not-a-token", "Basic dXNlcjpwYXNz", "Bearer v1.e30.AAAA"])
def test_a_missing_or_bad_token_is_unauthorized(authorization):
    with pytest.raises(Unauthenticated, match=r"^Unauthorized$"):
        lambda_handler(authorizer_event("GET", "/v1/batches/{batch_id}", authorization), CONTEXT, AUTH)


def test_an_expired_token_is_unauthorized():
    token = engineer_token("ada", 1, now=1_000_000)
    with pytest.raises(Unauthenticated):
        lambda_handler(authorizer_event("GET", "/v1/batches/{batch_id}", f"Bearer {token}"), CONTEXT, AUTH)


@pytest.mark.parametrize("role", ["vehicle", "engineer"])
@pytest.mark.parametrize("route", ROUTES, ids=lambda r: f"{r.method} {r.path}")
def test_the_policy_opens_exactly_the_routes_of_the_callers_role(role, route):
    # Given a policy issued for a request on one route (API Gateway caches it for the token's next requests)
    claims = verify_token(vehicle_token("veh-1") if role == "vehicle" else engineer_token("ada"), issuers())
    policy = policy_for(claims, f"{API}/GET/v1/batches/b_1")
    # When any route of the API is evaluated against it
    allowed = policy_allows(policy, f"{API}/{route.method}{concrete(route.path)}")
    # Then it is allowed exactly when the route table lets the role call it
    assert allowed == (role in route.roles)


def test_wildcards_in_the_policy_do_not_leak_into_longer_paths():
    # A vehicle may GET /v1/batches/{id}; the '*' for {id} must not reach /report through a '/'
    claims = verify_token(vehicle_token("veh-1"), issuers())
    policy = policy_for(claims, f"{API}/GET/v1/batches/b_1")
    assert policy_allows(policy, f"{API}/GET/v1/batches/b_1")
    assert not policy_allows(policy, f"{API}/GET/v1/batches/b_1/report")
    assert not policy_allows(policy, f"{API}/GET/v1/batches/b_1/report.html")
    assert not policy_allows(policy, f"{API}/GET/v1/vehicles/WVWZZZ1JZXW000001/batches")


def test_the_policy_is_scoped_to_the_api_and_stage_of_the_request():
    claims = verify_token(engineer_token("ada"), issuers())
    policy = policy_for(claims, f"{API}/GET/v1/batches/b_1")
    other_stage = "arn:aws:execute-api:eu-west-1:123456789012:abc123/dev/GET/v1/batches/b_1"
    other_api = "arn:aws:execute-api:eu-west-1:123456789012:zzz999/prod/GET/v1/batches/b_1"
    assert not policy_allows(policy, other_stage)
    assert not policy_allows(policy, other_api)


def test_a_revoked_vehicle_is_unauthorized():
    registry = InMemoryVehicleRegistry()
    auth = Authenticator(issuers(), registry)
    token = vehicle_token("veh-9", 600)
    registry.revoke("veh-9")
    with pytest.raises(Unauthenticated):
        lambda_handler(authorizer_event("POST", "/v1/batches", f"Bearer {token}"), CONTEXT, auth)
