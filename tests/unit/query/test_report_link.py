"""POST /v1/batches/{id}/report-link: a short-lived presigned URL of the rendered page."""

from __future__ import annotations

from functions.core.domain.batch import BatchStatus
from functions.core.domain.keys import report_page_key
from tests.events import api_request
from tests.unit.query.builders import make_batch, make_report

LINK = "/v1/batches/{batch_id}/report-link"


def link_event(batch_id: str, principal=("engineer", "ada")) -> dict:
    event = api_request(LINK.replace("{batch_id}", batch_id), LINK, {"batch_id": batch_id}, principal=principal)
    event["httpMethod"] = event["requestContext"]["httpMethod"] = "POST"
    return event


def test_an_engineer_gets_a_short_lived_link_to_the_rendered_page(call, repo, pages):
    # Given a completed batch with its report
    batch = make_batch(repo, BatchStatus.COMPLETED)
    repo.put_report(batch.batch_id, make_report(batch).model_dump_json().encode())
    # When an engineer asks for a link
    status, _, body = call(link_event(batch.batch_id))
    # Then the page is stored as HTML and the link is a presigned GET of it that expires in minutes
    assert status == 200
    key = report_page_key(batch.batch_id)
    assert pages.content_types[key].startswith("text/html")
    assert b"P0301" in pages.objects[key]
    assert pages.presigned_gets == [(key, 300)]
    assert body["url"].startswith("https://") and body["expires_in"] == 300
    assert "Bearer" not in body["url"] and "v1." not in body["url"]  # no API token travels in it


def test_no_link_before_the_report_exists_and_none_for_vehicles(call, repo, pages):
    running = make_batch(repo, BatchStatus.GATHERING)
    status, _, body = call(link_event(running.batch_id))
    assert status == 404 and body["error"]["code"] == "report_not_ready"
    assert call(link_event(running.batch_id, principal=("vehicle", "veh-1")))[0] == 403
    assert pages.objects == {}
