"""Bad input never becomes a 5xx: JSON depth and integer limits, case-insensitive media types,
ids echoed in errors truncated. Through the ingest Lambda handler with in-memory adapters."""

from __future__ import annotations

import json

import pytest

from functions.http.json_limits import MAX_INT_DIGITS, MAX_JSON_DEPTH, InvalidJson, check_json_body, media_type
from functions.ingest.handler import lambda_handler
from functions.ingest.service import IngestService
from tests.events import LambdaContext, api_request
from tests.fakes.memory import InMemoryBarrier, InMemoryBatchRepository, InMemoryObjectStore, InMemoryWorkflowStarter

VIN = "WVWZZZ1JZXW000001"


@pytest.fixture
def service() -> IngestService:
    return IngestService(
        repo=InMemoryBatchRepository(),
        store=InMemoryObjectStore(),
        barrier=InMemoryBarrier(),
        workflow=InMemoryWorkflowStarter(),
    )


def _post(service: IngestService, body: str, content_type: str = "application/json", path="/v1/batches") -> dict:
    event = api_request(path, "/v1/batches", principal=("vehicle", "veh-1"))
    event["httpMethod"] = event["requestContext"]["httpMethod"] = "POST"
    event["headers"] = {"Content-Type": content_type}
    event["multiValueHeaders"] = {"Content-Type": [content_type]}
    event["body"] = body
    response = lambda_handler(event, LambdaContext(), service=service)
    return {"status": response["statusCode"], "body": json.loads(response["body"])}


def test_json_nested_past_the_limit_is_a_400_invalid_json(service):
    for depth in (MAX_JSON_DEPTH + 1, 5000, 100_000):
        answer = _post(service, "[" * depth + "]" * depth)
        assert answer["status"] == 400 and answer["body"]["error"]["code"] == "invalid_json", depth


def test_an_integer_of_4400_digits_is_a_400_invalid_json(service):
    answer = _post(service, '{"vehicle_id": "veh-1", "vin": "' + VIN + '", "n": ' + "9" * 4400 + "}")
    assert answer["status"] == 400 and answer["body"]["error"]["code"] == "invalid_json"
    assert answer["body"]["error"]["details"]["max_digits"] == MAX_INT_DIGITS


def test_nan_is_a_400_invalid_json_and_a_syntax_error_a_400_validation_error(service):
    assert _post(service, '{"vehicle_id": NaN}')["body"]["error"]["code"] == "invalid_json"
    answer = _post(service, '{"vehicle_id": ')
    assert answer["status"] == 400 and answer["body"]["error"]["code"] == "validation_error"


@pytest.mark.parametrize("content_type", ["APPLICATION/JSON", "Application/Json; Charset=UTF-8", "application/json"])
def test_media_types_are_compared_case_insensitively_with_parameters(service, content_type):
    answer = _post(service, json.dumps({"vehicle_id": "veh-1", "vin": VIN}), content_type)
    assert answer["status"] == 201, answer


def test_another_media_type_is_still_a_415(service):
    answer = _post(service, "vehicle_id=veh-1", "Application/X-WWW-Form-Urlencoded")
    assert answer["status"] == 415 and answer["body"]["error"]["code"] == "unsupported_media_type"


def test_limits_accept_what_the_api_needs():
    check_json_body(json.dumps({"a": [[{"b": 2**62}]]}))
    with pytest.raises(InvalidJson):
        check_json_body(json.dumps({"a": 10**MAX_INT_DIGITS}))
    assert media_type(" Application/JSON ; charset=utf-8") == "application/json"


def test_an_unknown_7000_character_id_is_not_echoed_back(service):
    long_id = "b_" + "x" * 7000
    event = api_request(f"/v1/batches/{long_id}/seal", "/v1/batches/{batch_id}/seal", {"batch_id": long_id},
                      principal=("vehicle", "veh-1"))  # fmt: skip
    event["httpMethod"] = event["requestContext"]["httpMethod"] = "POST"
    response = lambda_handler(event, LambdaContext(), service=service)
    assert response["statusCode"] == 404
    assert len(response["body"]) < 400
