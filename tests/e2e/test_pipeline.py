"""The whole pipeline on the embedded local cloud, over real HTTP: presigned multipart uploads to
S3 (moto), S3 events → SQS → parse → barrier (Valkey) → Step Functions → report → query."""

from __future__ import annotations

import io
import json
import threading
import time
from pathlib import Path

import boto3
import httpx
import pyarrow.parquet as pq
import pytest
import redis

from argus.client import ApiError, ArgusClient
from argus.local import resources
from argus.scenarios import demo_batch
from functions.adapters.dynamodb import DynamoBatchRepository
from functions.adapters.stepfunctions import StepFunctionsStarter
from functions.core.domain.keys import ANALYTICS_PREFIX

pytestmark = pytest.mark.e2e
VIN = "WVWZZZ1JZXW000001"


def _executions(cloud, batch_id: str) -> list[dict]:
    sfn = boto3.client("stepfunctions", endpoint_url=cloud.info.aws_endpoint, region_name=resources.REGION)
    found = sfn.list_executions(stateMachineArn=cloud.info.state_machine_arn)["executions"]
    return [e for e in found if e["name"] == batch_id]


def _text_log(path: Path, lines: int, fault: bool) -> Path:
    with path.open("w") as out:
        for i in range(lines):
            ts = f"2026-11-27T08:{(i // 60) % 60:02d}:{i % 60:02d}.{i % 1000:03d}Z"
            if fault and i % 50 == 7:
                out.write(f"{ts} bms-ctl[812]: ERROR cell {i % 96} over-temperature 71.{i % 10} C, DTC P0A80 set\n")
            else:
                out.write(f"{ts} gw-ecu[301]: INFO can0 rx frames={1000 + i} busload={30 + i % 7}%\n")
    return path


def _upload_all(vehicle: ArgusClient, batch_id: str, files: list[Path]) -> list[dict]:
    return [vehicle.upload_file(batch_id, path) for path in files]


@pytest.fixture(scope="module")
def completed(cloud, tmp_path_factory):
    """A batch of the demo logs (one file in 3 parts), uploaded, sealed and completed."""

    files = demo_batch(tmp_path_factory.mktemp("demo"))
    token = cloud.info.mint_token("vehicle", "veh-e2e", 600)
    with ArgusClient(cloud.info.api_url, token) as vehicle:
        batch_id = vehicle.create_batch("veh-e2e", VIN)["batch_id"]
        uploads = _upload_all(vehicle, batch_id, files)
        vehicle.seal(batch_id)
    eng_token = cloud.info.mint_token("engineer", "eng", 600)
    with ArgusClient(cloud.info.api_url, eng_token) as engineer:
        final = engineer.wait(batch_id, timeout_s=180)
        report = engineer.report(batch_id) if final["status"] == "completed" else None
    return {"batch_id": batch_id, "files": files, "uploads": uploads, "final": final, "report": report}


def test_a_batch_goes_from_presigned_upload_to_a_report(completed, cloud):
    # Given three files uploaded through presigned multipart URLs (the largest in three parts)
    assert max(u["part_count"] for u in completed["uploads"]) >= 3
    assert all(u["status"] in ("uploaded", "parsed") for u in completed["uploads"])
    # Then the batch completed, with every file parsed
    final = completed["final"]
    assert final["status"] == "completed", final
    assert final["progress"]["processed"] == final["progress"]["total"] == 3
    assert {f["status"] for f in final["files"]} == {"parsed"}
    formats = {f["name"]: f["format"] for f in final["files"]}
    assert formats["adcu_rosout.mcap"] == "mcap"
    # And the report carries a real diagnosis with evidence pointing into the files
    report = completed["report"]
    diagnosis = report["diagnosis"]
    assert diagnosis["category"] == "battery_bms"
    assert diagnosis["risk_level"] in ("high", "critical")
    assert diagnosis["root_cause"] and 1 <= len(diagnosis["recommendations"]) <= 5
    names = {p.name for p in completed["files"]}
    evidence = diagnosis["evidence"]
    assert evidence and all(e["file_name"] in names for e in evidence)
    assert any(e.get("line") for e in evidence)
    assert {f["file_name"] for f in report["files"]} == names
    assert report["usage"]["provider"] == "rules"
    # And exactly one workflow ran for it
    assert len(_executions(cloud, completed["batch_id"])) == 1


def test_the_report_is_stored_in_dynamodb_and_s3_and_readable_as_html(completed, cloud, engineer):
    batch_id = completed["batch_id"]
    s3 = boto3.client("s3", endpoint_url=cloud.info.aws_endpoint, region_name=resources.REGION)
    stored = json.loads(s3.get_object(Bucket=cloud.info.bucket, Key=f"reports/{batch_id}.json")["Body"].read())
    assert stored["diagnosis"] == completed["report"]["diagnosis"]
    html = httpx.get(
        f"{cloud.info.api_url}/v1/batches/{batch_id}/report.html",
        headers=engineer._http.headers,
    )
    assert html.status_code == 200 and "text/html" in html.headers["content-type"]
    assert completed["report"]["diagnosis"]["root_cause"][:40] in html.text.replace("&#x27;", "'")
    assert "<svg" in html.text  # the charts


def test_the_saved_report_reaches_fleet_analytics_as_a_parquet_row(completed, cloud):
    # The bucket's own notification (reports/*.json), as the deployed stack sends it to the export function
    batch_id = completed["batch_id"]
    s3 = boto3.client("s3", endpoint_url=cloud.info.aws_endpoint, region_name=resources.REGION)
    deadline = time.monotonic() + 30
    keys: list[str] = []
    while not keys and time.monotonic() < deadline:
        listed = s3.list_objects_v2(Bucket=cloud.info.bucket, Prefix=ANALYTICS_PREFIX).get("Contents", [])
        keys = [o["Key"] for o in listed if o["Key"].endswith(f"/{batch_id}.parquet")]
        time.sleep(0.2)
    assert len(keys) == 1 and keys[0].startswith(f"{ANALYTICS_PREFIX}dt=")
    table = pq.read_table(io.BytesIO(s3.get_object(Bucket=cloud.info.bucket, Key=keys[0])["Body"].read()))
    row = table.to_pylist()[0]
    assert row["batch_id"] == batch_id
    assert row["category"] == completed["report"]["diagnosis"]["category"]


@pytest.fixture
def starts(monkeypatch) -> list[str]:
    """Every workflow start the functions make (a repeated start by name is a no-op in Step
    Functions, so counting executions alone could not catch a barrier that fires twice)."""
    calls: list[str] = []
    original = StepFunctionsStarter.start

    def counting(self, name: str, input_json: str) -> str:
        calls.append(name)
        return original(self, name, input_json)

    monkeypatch.setattr(StepFunctionsStarter, "start", counting)
    return calls


def test_duplicate_deliveries_never_start_a_second_execution(completed, cloud, starts):
    # Given a completed batch, when its S3 events and barrier messages are delivered again
    batch_id = completed["batch_id"]
    sqs = boto3.client("sqs", endpoint_url=cloud.info.aws_endpoint, region_name=resources.REGION)
    parse_url, barrier_url = cloud.created.parse_queue_url, cloud.created.barrier_queue_url
    for upload in completed["uploads"]:
        key = f"raw/{batch_id}/{upload['file_id']}"
        event = {
            "Records": [
                {
                    "eventName": "ObjectCreated:CompleteMultipartUpload",
                    "eventSource": "aws:s3",
                    "s3": {"bucket": {"name": cloud.info.bucket}, "object": {"key": key}},
                }
            ]
        }
        for _ in range(2):
            sqs.send_message(QueueUrl=parse_url, MessageBody=json.dumps(event))
        sqs.send_message(
            QueueUrl=barrier_url,
            MessageBody=json.dumps(
                {"batch_id": batch_id, "file_id": upload["file_id"], "status": "parsed", "at": "2026-11-27T00:00:00Z"}
            ),
        )
    cloud.wait_idle(timeout_s=60)
    # Then nothing tried to start it again, there is one execution, and the batch is unchanged
    assert starts == []
    assert len(_executions(cloud, batch_id)) == 1
    table = boto3.resource("dynamodb", endpoint_url=cloud.info.aws_endpoint, region_name=resources.REGION)
    batch = DynamoBatchRepository(table.Table(cloud.info.table)).get_batch(batch_id)
    assert batch.status == "completed" and batch.processed_files == 3


def test_a_seal_arriving_after_the_last_parsed_file_still_fires_once(cloud, vehicle, engineer, tmp_path, starts):
    # Given every file parsed before the vehicle seals
    batch_id = vehicle.create_batch("veh-e2e", VIN)["batch_id"]
    _upload_all(
        vehicle,
        batch_id,
        [_text_log(tmp_path / "a.log", 3000, fault=True), _text_log(tmp_path / "b.log", 500, fault=False)],
    )
    cloud.wait_idle(timeout_s=60)
    detail = engineer.batch(batch_id)
    assert {f["status"] for f in detail["files"]} == {"parsed"} and detail["status"] == "uploading"
    assert _executions(cloud, batch_id) == [] and starts == []
    # When the seal comes last
    vehicle.seal(batch_id)
    final = engineer.wait(batch_id, timeout_s=60)
    # Then the seal fired the barrier, once
    assert final["status"] == "completed"
    vehicle.seal(batch_id)  # sealing again is harmless
    assert starts == [batch_id]
    assert len(_executions(cloud, batch_id)) == 1


def test_an_unreadable_file_fails_with_a_reason_and_the_batch_still_completes(cloud, vehicle, engineer, tmp_path):
    junk = tmp_path / "blob.bin"
    junk.write_bytes(bytes((i * 7919) % 251 for i in range(200_000)))
    empty = tmp_path / "empty.log"
    empty.write_bytes(b"")
    batch_id = vehicle.create_batch("veh-e2e", VIN)["batch_id"]
    _upload_all(vehicle, batch_id, [_text_log(tmp_path / "ok.log", 1000, fault=True), junk, empty])
    vehicle.seal(batch_id)
    final = engineer.wait(batch_id, timeout_s=60)
    assert final["status"] == "completed"
    by_name = {f["name"]: f for f in final["files"]}
    assert by_name["blob.bin"]["status"] == "failed" and by_name["blob.bin"]["error"]
    assert by_name["ok.log"]["status"] == "parsed"
    assert final["progress"]["failed"] >= 1
    report = engineer.report(batch_id)
    assert {f["file_name"]: f["status"] for f in report["files"]}["blob.bin"] == "failed"


def test_fifty_concurrent_cold_report_requests_cause_one_dynamodb_read(completed, cloud, engineer, monkeypatch):
    # Over the local API, whose query function is one warm instance. The cross-instance case (50
    # separate loaders and Redis clients, one DynamoDB read) is tests/integration/query.
    batch_id = completed["batch_id"]
    reads: list[str] = []
    original = DynamoBatchRepository.get_report

    def counting(self, requested: str):
        reads.append(requested)
        return original(self, requested)

    monkeypatch.setattr(DynamoBatchRepository, "get_report", counting)
    redis.Redis.from_url(cloud.info.redis_url).delete(f"report:{batch_id}")  # cold
    barrier = threading.Barrier(50)
    results: list[int] = []

    def fetch() -> None:
        with httpx.Client(headers=engineer._http.headers, timeout=30) as http:
            barrier.wait()
            results.append(http.get(f"{cloud.info.api_url}/v1/batches/{batch_id}/report").status_code)

    threads = [threading.Thread(target=fetch) for _ in range(50)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [200] * 50
    assert reads.count(batch_id) == 1


# ---- bad input: a clear 4xx JSON error, nothing accepted is lost -------------------------------


def _error(response: httpx.Response, status: int, code: str) -> dict:
    assert response.status_code == status, response.text
    body = response.json()["error"]
    assert body["code"] == code and body["message"]
    return body


def test_bad_input_gets_clear_errors_and_loses_nothing(cloud, vehicle, engineer, tmp_path):
    api = cloud.info.api_url
    headers = vehicle._http.headers
    with httpx.Client(base_url=api, headers=headers) as http:
        _error(
            http.post("/v1/batches", content=b"{not json", headers={"content-type": "application/json"}),
            400,
            "validation_error",
        )
        _error(http.post("/v1/batches", json={"vehicle_id": "veh-e2e"}), 400, "validation_error")
        _error(
            http.post("/v1/batches", json={"vehicle_id": "veh-e2e", "vin": "WVWZZZ1JZXW00000I"}),
            400,
            "validation_error",
        )
        _error(http.post("/v1/batches/b_doesnotexist00000000/seal"), 404, "not_found")
        _error(http.get("/v1/nothing-here"), 404, "route_not_found")

        batch_id = vehicle.create_batch("veh-e2e", VIN)["batch_id"]
        log = _text_log(tmp_path / "c.log", 200, fault=False)
        upload = vehicle.add_file(batch_id, log.name, log.stat().st_size)
        upload["batch_id"] = batch_id
        parts = vehicle.upload_parts(log, upload)
        wrong = [{"number": 1, "etag": '"00000000000000000000000000000000"'}]
        _error(
            http.post(f"/v1/batches/{batch_id}/files/{upload['file_id']}/complete", json={"parts": wrong}),
            400,
            "parts_invalid",
        )
        _error(
            http.post(f"/v1/batches/{batch_id}/files/{upload['file_id']}/complete", json={"parts": []}),
            400,
            "validation_error",
        )
        _error(http.post(f"/v1/batches/{batch_id}/seal"), 409, "files_incomplete")
        # the upload survived every rejected call
        assert vehicle.complete_file(batch_id, upload["file_id"], parts)["status"] in ("uploaded", "parsed")
        vehicle.seal(batch_id)
        _error(http.post(f"/v1/batches/{batch_id}/files", json={"name": "late.log", "size": 10}), 409, "batch_sealed")

    # no credentials, a forged token, another vehicle, a vehicle on an engineer route
    _error(httpx.get(f"{api}/v1/batches/{batch_id}"), 401, "unauthorized")
    _error(
        httpx.get(f"{api}/v1/batches/{batch_id}", headers={"Authorization": "Bearer forged.token.x"}),
        401,
        "unauthorized",
    )
    other = {"Authorization": f"Bearer {cloud.info.mint_token('vehicle', 'veh-other', 60)}"}
    _error(httpx.get(f"{api}/v1/batches/{batch_id}", headers=other), 403, "forbidden")
    response = httpx.get(f"{api}/v1/batches/{batch_id}/report", headers=dict(headers))
    assert response.status_code == 403 and response.json()["error"]["code"] == "forbidden"

    final = engineer.wait(batch_id, timeout_s=60)
    assert final["status"] == "completed" and [f["name"] for f in final["files"]] == ["c.log"]
    with pytest.raises(ApiError) as err:
        engineer.report("b_doesnotexist00000000")
    assert err.value.status == 404


def test_the_openapi_document_is_served_to_authenticated_callers(cloud, vehicle):
    assert httpx.get(f"{cloud.info.api_url}/v1/openapi.json").status_code == 401
    response = httpx.get(f"{cloud.info.api_url}/v1/openapi.json", headers=vehicle._http.headers)
    assert response.status_code == 200
    paths = response.json()["paths"]
    assert "/v1/batches" in paths and "/v1/batches/{batch_id}/report" in paths


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "parse"


def _robustness_files(tmp: Path) -> dict[str, Path]:
    """The hostile inputs of the parse issue, as a vehicle could really upload them."""
    import random
    import zlib

    files: dict[str, bytes] = {}
    mcap = (FIXTURES / "talker.mcap").read_bytes()
    files["truncated.mcap"] = mcap[: len(mcap) // 2]
    files["v2.dlt"] = (FIXTURES / "testfile-v2.dlt").read_bytes()
    files["random.bin"] = random.Random(1).randbytes(300_000)
    files["empty.log"] = b""
    block = (b"A" * 4095 + b"\n") * 256
    comp = zlib.compressobj(6, zlib.DEFLATED, 31)
    files["bomb.log.gz"] = b"".join(comp.compress(block) for _ in range(100)) + comp.flush()
    files["one-line.log"] = b"E" * (10 * 1024 * 1024)
    text = b"".join(b"2026-11-27 10:00:%02d WARN can: frame late %d ms\n" % (i % 60, i) for i in range(20_000))
    files["half.log"] = text + random.Random(7).randbytes(len(text)).replace(b"\n", b"\x00")
    paths = {}
    for name, data in files.items():
        paths[name] = tmp / name
        paths[name].write_bytes(data)
    return paths


def test_hostile_files_fail_cleanly_or_stay_bounded_and_the_batch_completes(cloud, vehicle, engineer, tmp_path):
    # Given every hostile input of the parse issue in one batch, beside a healthy log
    files = _robustness_files(tmp_path)
    batch_id = vehicle.create_batch("veh-e2e", VIN)["batch_id"]
    _upload_all(vehicle, batch_id, [*files.values(), _text_log(tmp_path / "healthy.log", 2000, fault=True)])
    # When the batch is sealed
    vehicle.seal(batch_id)
    final = engineer.wait(batch_id, timeout_s=120)
    # Then the batch completes, each hostile file fails with a reason (the 10 MB line is a bounded result)
    assert final["status"] == "completed", final
    by_name = {f["name"]: f for f in final["files"]}
    for name in ("truncated.mcap", "v2.dlt", "random.bin", "empty.log", "half.log"):
        assert by_name[name]["status"] == "failed" and by_name[name]["error"], by_name[name]
    # 100 MiB of one repeated line at ~700:1 is what a real repetitive log looks like: it parses; only
    # the absolute decompressed-size cap (16 GiB, tests/unit/parse) stops a bomb.
    assert by_name["bomb.log.gz"]["status"] == "parsed"
    assert by_name["one-line.log"]["status"] == "parsed"
    assert by_name["healthy.log"]["status"] == "parsed"
    report = engineer.report(batch_id)
    assert report["diagnosis"]["category"] == "battery_bms"  # from the healthy log's cell over-temperature


def test_a_body_that_is_not_json_gets_415(cloud, vehicle):
    headers = {**vehicle._http.headers, "content-type": "application/x-www-form-urlencoded"}
    body = b'{"vehicle_id": "veh-e2e", "vin": "WVWZZZ1JZXW000001"}'
    _error(httpx.post(f"{cloud.info.api_url}/v1/batches", content=body, headers=headers), 415, "unsupported_media_type")
    headers["content-type"] = "text/csv"
    _error(
        httpx.post(f"{cloud.info.api_url}/v1/batches", content=b"a,b", headers=headers), 415, "unsupported_media_type"
    )
    headers["content-type"] = "application/json; charset=utf-8"
    assert httpx.post(f"{cloud.info.api_url}/v1/batches", content=body, headers=headers).status_code == 201


def test_an_interrupted_upload_resumes_with_only_the_missing_parts(cloud, vehicle, tmp_path):
    # Given a 3-part upload of which only part 2 reached S3 before the connection dropped
    log = _text_log(tmp_path / "long-drive.log", 160_000, fault=True)
    batch_id = vehicle.create_batch("veh-e2e", VIN)["batch_id"]
    upload = {**vehicle.add_file(batch_id, log.name, log.stat().st_size), "batch_id": batch_id}
    assert upload["part_count"] == 3
    with log.open("rb") as source:
        source.seek(upload["part_size"])
        assert httpx.put(upload["parts"][1]["url"], content=source.read(upload["part_size"])).status_code == 200
    # When the vehicle resumes
    sent: list[int] = []
    done = vehicle.resume_file(batch_id, upload["file_id"], log, on_bytes=sent.append)
    # Then only parts 1 and 3 travel again, and the file is complete; resuming again changes nothing
    assert len(sent) == 2 and done["status"] in ("uploaded", "parsed")
    assert vehicle.resume_file(batch_id, upload["file_id"], log)["status"] in ("uploaded", "parsed")
