"""The query Lambda end to end in process: proxy event in, response out, over in-memory fakes."""

from __future__ import annotations

from functions.core.domain.batch import BatchStatus
from functions.core.domain.keys import report_cache_key, status_cache_key
from tests.events import api_request
from tests.unit.query.builders import VIN, make_batch, make_report

BATCH = "/v1/batches/{batch_id}"
REPORT = "/v1/batches/{batch_id}/report"
REPORT_HTML = "/v1/batches/{batch_id}/report.html"
VIN_BATCHES = "/v1/vehicles/{vin}/batches"


def batch_event(batch_id: str, resource: str = BATCH, principal=("engineer", "ada")) -> dict:
    path = resource.replace("{batch_id}", batch_id)
    return api_request(path, resource, {"batch_id": batch_id}, principal=principal)


def test_an_engineer_reads_status_files_and_progress(call, repo):
    # Given a sealed batch with one parsed and one failed file, still running
    batch = make_batch(repo, BatchStatus.GATHERING)
    # When an engineer reads it
    status, _, body = call(batch_event(batch.batch_id))
    # Then the status, every file's outcome and the progress are there
    assert status == 200
    assert body["status"] == "gathering"
    files = {f["file_id"]: f for f in body["files"]}
    assert files["f_parsed"]["status"] == "parsed" and files["f_parsed"]["format"] == "text"
    assert files["f_broken"]["status"] == "failed" and "truncated" in files["f_broken"]["error"]
    assert body["progress"] == {"processed": 2, "failed": 1, "total": 2, "sealed": True, "fraction": 1.0}
    assert body["links"] == {}


def test_status_is_served_from_the_cache_until_its_short_ttl_runs_out(call, repo, cache, clock):
    # Given a batch that has been read once
    batch = make_batch(repo, BatchStatus.DIAGNOSING)
    setup_reads = repo.batch_reads
    call(batch_event(batch.batch_id))
    # When it is read again within the status TTL, then after it
    call(batch_event(batch.batch_id))
    reads_within_ttl = repo.batch_reads - setup_reads
    clock.now += 6
    call(batch_event(batch.batch_id))
    # Then only the first and the expired read reached the repository
    assert reads_within_ttl == 1
    assert repo.batch_reads - setup_reads == 2
    assert cache.ttls[status_cache_key(batch.batch_id)] <= 6


def test_a_vehicle_reads_its_own_batch_but_not_another_vehicles(call, repo):
    batch = make_batch(repo, BatchStatus.SCATTERING, vehicle_id="veh-1")
    own, _, _ = call(batch_event(batch.batch_id, principal=("vehicle", "veh-1")))
    other, _, body = call(batch_event(batch.batch_id, principal=("vehicle", "veh-2")))
    assert own == 200
    assert other == 403
    assert body["error"]["code"] == "forbidden"


def test_a_request_without_a_principal_is_unauthorized(call, repo):
    batch = make_batch(repo, BatchStatus.COMPLETED)
    status, _, body = call(batch_event(batch.batch_id, principal=None))
    assert status == 401
    assert body["error"]["code"] == "unauthorized"


def test_an_unknown_batch_is_404_and_cached_as_a_negative(call, repo):
    # Given no such batch
    unknown = "b_00000000000000000000"
    # When it is asked for twice
    first, _, body = call(batch_event(unknown))
    second, _, _ = call(batch_event(unknown))
    # Then both are 404 not_found, and the repository was asked once
    assert first == second == 404
    assert body["error"]["code"] == "not_found"
    assert repo.batch_reads == 1


def test_a_malformed_batch_id_is_404_without_touching_cache_or_repository(call, repo, cache):
    status, _, body = call(batch_event("not-a-batch-id"))
    assert status == 404
    assert body["error"]["code"] == "not_found"
    assert repo.batch_reads == 0
    assert cache.calls == []


def test_the_report_of_a_completed_batch_is_read_from_dynamodb_once(call, repo):
    # Given a completed batch with its report
    batch = make_batch(repo, BatchStatus.COMPLETED)
    report = make_report(batch)
    repo.put_report(batch.batch_id, report.model_dump_json().encode())
    # When an engineer fetches the report three times
    answers = [call(batch_event(batch.batch_id, REPORT)) for _ in range(3)]
    # Then each answer is the stored report, and DynamoDB was read once
    assert {a[0] for a in answers} == {200}
    assert answers[0][2]["diagnosis"]["root_cause"] == report.diagnosis.root_cause
    assert answers[0][2] == answers[2][2]
    assert repo.report_reads == 1


def test_the_report_of_a_running_batch_is_not_ready_with_its_status(call, repo):
    batch = make_batch(repo, BatchStatus.DIAGNOSING)
    status, _, body = call(batch_event(batch.batch_id, REPORT))
    assert status == 404
    assert body["error"]["code"] == "report_not_ready"
    assert body["error"]["details"]["status"] == "diagnosing"


def test_the_report_of_an_unknown_batch_is_not_found(call):
    status, _, body = call(batch_event("b_11111111111111111111", REPORT))
    assert status == 404
    assert body["error"]["code"] == "not_found"


def test_a_report_whose_cache_write_was_lost_is_served_once_the_batch_completes(call, repo, cache, clock):
    # Given a report asked for while the batch ran (a negative is cached), then completed without a cache write
    batch = make_batch(repo, BatchStatus.DIAGNOSING)
    assert call(batch_event(batch.batch_id, REPORT))[0] == 404
    stored = repo.get_batch(batch.batch_id)
    prev = stored.transition(BatchStatus.COMPLETED)
    repo.save_batch_status(stored, prev)
    repo.put_report(batch.batch_id, make_report(batch).model_dump_json().encode())
    clock.now += 6  # the cached status expires; the report's negative has not
    # When the report is asked for again
    status, _, body = call(batch_event(batch.batch_id, REPORT))
    # Then it is served, and the cache now holds it
    assert status == 200
    assert body["batch_id"] == batch.batch_id
    assert cache.peek(report_cache_key(batch.batch_id)) is not None


def test_vehicles_may_not_read_reports(call, repo):
    batch = make_batch(repo, BatchStatus.COMPLETED, vehicle_id="veh-1")
    status, _, body = call(batch_event(batch.batch_id, REPORT, principal=("vehicle", "veh-1")))
    assert status == 403
    assert body["error"]["code"] == "forbidden"


def test_the_html_report_escapes_log_text_and_draws_charts(call, repo):
    # Given a report whose root cause and evidence carry markup from the logs
    batch = make_batch(repo, BatchStatus.COMPLETED)
    report = make_report(batch, root_cause='Injected <img src=x onerror="alert(1)"> text')
    repo.put_report(batch.batch_id, report.model_dump_json().encode())
    # When the readable report is fetched
    status, headers, page = call(batch_event(batch.batch_id, REPORT_HTML))
    # Then it is an HTML page with charts, and no markup from the logs survives
    assert status == 200
    assert headers["Content-Type"].startswith("text/html")
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    assert page.count("<svg") == 2
    assert "P0301" in page and "Inspect ignition coil 1" in page
    assert "<script>" not in page and "<img" not in page
    assert "&lt;script&gt;" in page and "&lt;img" in page
    assert "high risk" in page


def test_an_engineer_lists_a_vehicles_batches_newest_first(call, repo):
    older = make_batch(repo, BatchStatus.COMPLETED)
    newer = make_batch(repo, BatchStatus.GATHERING)
    event = api_request(f"/v1/vehicles/{VIN}/batches", VIN_BATCHES, {"vin": VIN}, query={"limit": "10"})
    status, _, body = call(event)
    assert status == 200
    assert body["vin"] == VIN
    assert [b["batch_id"] for b in body["batches"]] == [newer.batch_id, older.batch_id]


def test_a_bad_vin_or_limit_is_a_400(call):
    bad_vin = call(api_request("/v1/vehicles/WVWZZZ1JZXW00000I/batches", VIN_BATCHES, {"vin": "WVWZZZ1JZXW00000I"}))
    bad_limit = call(api_request(f"/v1/vehicles/{VIN}/batches", VIN_BATCHES, {"vin": VIN}, query={"limit": "0"}))
    assert bad_vin[0] == 400 and bad_vin[2]["error"]["code"] == "validation_error"
    assert bad_limit[0] == 400 and bad_limit[2]["error"]["code"] == "validation_error"


def test_vehicles_may_not_list_batches_by_vin(call):
    event = api_request(f"/v1/vehicles/{VIN}/batches", VIN_BATCHES, {"vin": VIN}, principal=("vehicle", "veh-1"))
    assert call(event)[0] == 403
