"""The local cloud keeps what it accepted: ``argus local up --data-dir`` stopped cleanly or killed
(SIGKILL) at several points of a batch's life, then started again on the same folder — the batch
completes, exactly one execution ran for it, and its report is served."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import boto3
import pytest

from argus.local import resources
from argus.local.durable import fold
from tests.e2e.local_process import LocalCloudProcess

VIN = "WVWZZZ1JZXW000001"
PART = 5 * 1024 * 1024  # the local cloud's part size: the file below takes two parts


@pytest.fixture
def cloud(tmp_path: Path) -> Iterator[LocalCloudProcess]:
    process = LocalCloudProcess(tmp_path, tmp_path / "data")
    process.start()
    yield process
    process.close()


@pytest.fixture
def log_file(tmp_path: Path) -> Path:
    lines = (
        f"2026-11-01T10:{i // 60 % 60:02d}:{i % 60:02d} bms[7]: cell {i % 96} temperature "
        f"{40 + i % 17} C{' fault P0A80 over-temperature' if i % 997 == 0 else ''}\n"
        for i in range(115_000)
    )
    path = tmp_path / "vcu.log"
    path.write_text("".join(lines))
    assert PART < path.stat().st_size < 2 * PART
    return path


def executions_started(cloud: LocalCloudProcess, batch_id: str) -> list[dict]:
    """Start records of this batch's executions in the journal (compacted at each start)."""
    starts = []
    for line in (cloud.data_dir / "journal.jsonl").read_text().splitlines():
        record = json.loads(line)
        if record.get("k") == "sfn+" and record.get("name") == batch_id:
            starts.append(record)
    return starts


def assert_completed_once(cloud: LocalCloudProcess, batch_id: str) -> None:
    engineer = cloud.client("engineer", "eng-durable")
    final = engineer.wait(batch_id, timeout_s=90)
    assert final["status"] == "completed", final
    report = engineer.report(batch_id)
    assert report["batch_id"] == batch_id
    assert len(executions_started(cloud, batch_id)) == 1
    ended = [e for e in fold(cloud.data_dir / "journal.jsonl").executions.values() if e["name"] == batch_id]
    assert [e.get("end") for e in ended] == ["SUCCEEDED"]


def test_a_completed_batch_and_its_report_survive_a_clean_stop(cloud: LocalCloudProcess, log_file: Path) -> None:
    # Given a completed batch
    vehicle = cloud.client("vehicle", "veh-durable")
    batch_id = vehicle.create_batch("veh-durable", VIN)["batch_id"]
    vehicle.upload_file(batch_id, log_file)
    vehicle.seal(batch_id)
    report = cloud.client("engineer", "eng-durable").wait(batch_id, timeout_s=90)
    assert report["status"] == "completed"
    before = cloud.client("engineer", "eng-durable").report(batch_id)

    # When the cloud stops and starts again on its data folder
    cloud.stop()
    cloud.start()

    # Then the same batch and report are served, by the same token secret, and nothing ran again
    engineer = cloud.client("engineer", "eng-durable")
    assert engineer.batch(batch_id)["status"] == "completed"
    assert engineer.report(batch_id) == before
    assert_completed_once(cloud, batch_id)

    # And a late second start by the batch's name (a barrier caller that saw the batch complete) runs
    # nothing again: its name is taken, as on AWS, and the journal records no second execution
    (started,) = executions_started(cloud, batch_id)
    sfn = boto3.client(
        "stepfunctions", endpoint_url=cloud.info["aws_endpoint"], region_name=resources.REGION,
        aws_access_key_id="local", aws_secret_access_key="local",
    )  # fmt: skip
    with pytest.raises(sfn.exceptions.ExecutionAlreadyExists):
        sfn.start_execution(stateMachineArn=started["sm"], name=batch_id, input=started["input"])
    assert_completed_once(cloud, batch_id)


def test_killed_at_every_stage_of_a_batch_each_batch_completes_once(
    cloud: LocalCloudProcess, log_file: Path, tmp_path: Path
) -> None:
    # Given four batches, each at another stage of its life when the cloud is killed:
    vehicle = cloud.client("vehicle", "veh-durable")
    created = vehicle.create_batch("veh-durable", VIN)["batch_id"]  # created, nothing uploaded

    mid_upload = vehicle.create_batch("veh-durable", VIN)["batch_id"]  # one of two parts accepted
    upload = {**vehicle.add_file(mid_upload, log_file.name, log_file.stat().st_size), "batch_id": mid_upload}
    with log_file.open("rb") as f:
        vehicle._put_part(upload, upload["parts"][0], f.read(upload["part_size"]))

    uploaded = vehicle.create_batch("veh-durable", VIN)["batch_id"]  # uploaded, not sealed (the check)
    vehicle.upload_file(uploaded, log_file)

    big = tmp_path / "big.log"  # parsing it takes a while: the kill lands during its parse
    big.write_bytes(log_file.read_bytes() * 6)
    parsing = vehicle.create_batch("veh-durable", VIN)["batch_id"]
    vehicle.upload_file(parsing, log_file)
    vehicle.upload_file(parsing, big)
    vehicle.seal(parsing)
    progress = cloud.client("engineer", "eng-durable").batch(parsing)["progress"]
    assert progress["processed"] < progress["total"], "all parsed before the kill: make the file bigger"

    # When the cloud is killed (SIGKILL) and started again on the same data folder
    cloud.kill()
    cloud.start()

    # Then each batch carries on from where it was, and completes with one execution
    vehicle = cloud.client("vehicle", "veh-durable")
    vehicle.upload_file(created, log_file)
    vehicle.seal(created)

    state = vehicle.describe_file(mid_upload, upload["file_id"])
    assert [p["number"] for p in state["received"]] == [1]  # S3 kept the part: only the other is sent
    vehicle.resume_file(mid_upload, upload["file_id"], log_file)
    vehicle.seal(mid_upload)

    vehicle.seal(uploaded)
    for batch_id in (created, mid_upload, uploaded, parsing):
        assert_completed_once(cloud, batch_id)


def test_an_execution_killed_mid_workflow_resumes_at_the_state_it_had_entered(
    cloud: LocalCloudProcess, log_file: Path
) -> None:
    # Given a completed batch whose journal is cut back to how a kill during Diagnose leaves it:
    # the execution entered Diagnose and never ended, and the batch item still says diagnosing
    vehicle = cloud.client("vehicle", "veh-durable")
    batch_id = vehicle.create_batch("veh-durable", VIN)["batch_id"]
    vehicle.upload_file(batch_id, log_file)
    vehicle.seal(batch_id)
    assert cloud.client("engineer", "eng-durable").wait(batch_id, timeout_s=90)["status"] == "completed"
    cloud.stop()
    journal = cloud.data_dir / "journal.jsonl"
    records = [json.loads(line) for line in journal.read_text().splitlines()]
    arn = next(r["arn"] for r in records if r["k"] == "sfn+" and r["name"] == batch_id)
    diagnose = next(
        i for i, r in enumerate(records) if r["k"] == "sfn>" and r["arn"] == arn and r["state"] == "Diagnose"
    )
    meta = next(
        r
        for r in reversed(records[:diagnose])
        if r["k"] == "ddb" and r["key"]["pk"]["S"] == f"BATCH#{batch_id}" and r["key"]["sk"]["S"] == "#META"
    )
    kept = [r for i, r in enumerate(records) if i <= diagnose or r.get("arn") != arn]
    kept.append({**meta, "item": {**meta["item"], "status": {"S": "diagnosing"}}})
    journal.write_text("".join(json.dumps(r) + "\n" for r in kept))

    # When the cloud starts on that folder
    cloud.start()

    # Then the execution carries on from Diagnose (not from Gather, which would walk the status back)
    engineer = cloud.client("engineer", "eng-durable")
    assert engineer.wait(batch_id, timeout_s=90)["status"] == "completed"
    assert engineer.report(batch_id)["batch_id"] == batch_id
    executions = fold(journal).executions.values()
    resumed = [e for e in executions if e["name"] == batch_id and e["arn"] != arn]
    assert [(e["sm"].rsplit(":", 1)[-1], e.get("end")) for e in resumed] == [
        (f"{arn.split(':')[-2]}-from-Diagnose", "SUCCEEDED")
    ]
