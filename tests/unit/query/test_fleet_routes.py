"""The fleet routes through the query handler: engineers only, bad input is a 400, answers are models."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from functions.core.app.fleet import FleetService
from functions.core.domain.ids import new_id
from functions.query.handler import lambda_handler
from tests.events import LambdaContext, api_request
from tests.fakes.fleet import InMemoryFleetStore
from tests.unit.core.test_fleet import MISFIRE, _record, _summary

CODES = "/v1/fleet/codes"
SIMILAR = "/v1/batches/{batch_id}/similar"
T0 = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)


def _call(service, fleet, event):
    response = lambda_handler(event, LambdaContext(), service=service, fleet=fleet)
    return response["statusCode"], json.loads(response["body"])


def _fleet_with_two_misfires():
    fleet = FleetService(InMemoryFleetStore())
    ids = [new_id("b"), new_id("b")]
    for n, batch_id in enumerate(ids):
        _record(fleet, batch_id, n, _summary(codes=MISFIRE), T0)
    return fleet, ids


def test_engineers_get_the_top_codes_and_vehicles_get_403(service):
    fleet, _ = _fleet_with_two_misfires()
    query = {"since": "2026-11-01", "until": "2026-11-03"}
    status, body = _call(service, fleet, api_request(CODES, CODES, query=query))
    assert status == 200
    misfire = next(c for c in body["codes"] if c["code"] == "P0301")
    assert (misfire["batches"], misfire["vehicles"], len(misfire["trend"])) == (2, 2, 3)
    status, body = _call(service, fleet, api_request(CODES, CODES, principal=("vehicle", "veh-1"), query=query))
    assert status == 403 and body["error"]["code"] == "forbidden"


def test_bad_windows_are_400_with_the_error_body(service):
    fleet, _ = _fleet_with_two_misfires()
    for query in ({"since": "2026-11-05", "until": "2026-11-01"}, {"since": "yesterday"}):
        status, body = _call(service, fleet, api_request(CODES, CODES, query=query))
        assert status == 400 and body["error"]["code"] == "validation_error"


def test_similar_answers_for_an_indexed_batch_and_404_otherwise(service):
    fleet, ids = _fleet_with_two_misfires()
    path = SIMILAR.replace("{batch_id}", ids[1])
    status, body = _call(service, fleet, api_request(path, SIMILAR, {"batch_id": ids[1]}))
    assert status == 200 and body["similar"][0]["batch_id"] == ids[0]
    assert body["similar"][0]["same_signature"] is True
    other = new_id("b")
    unknown = api_request(SIMILAR.replace("{batch_id}", other), SIMILAR, {"batch_id": other})
    status, body = _call(service, fleet, unknown)
    assert status == 404
    status, _ = _call(service, fleet, api_request(path, SIMILAR, {"batch_id": ids[1]}, principal=("vehicle", "veh-1")))
    assert status == 403
