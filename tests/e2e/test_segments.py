"""A long file on the embedded local cloud: parsed as byte-range segments by the per-file workflow
(Step Functions Map over the segments, then a merge), with the single pass's summary, once."""

from __future__ import annotations

import gzip
import json
import os
import random
from collections.abc import Iterator
from pathlib import Path

import boto3
import pytest
from mcap.writer import CompressionType

from argus.client import ArgusClient
from argus.local import resources
from functions.parse.summarize import summarize_path
from tests.unit.parse.test_mcap_segments import make_mcap

pytestmark = pytest.mark.e2e
VIN = "WVWZZZ1JZXW000002"
SEGMENT_BYTES = 150_000


@pytest.fixture
def segmenting(cloud) -> Iterator[None]:
    """A small threshold and segment size, as a new cold start of every instance reads them (a warm
    worker instance kept the old ones: it failed CI once, the gzip file parsed in one pass)."""
    values = {
        "ARGUS_SEGMENT_THRESHOLD_BYTES": "20000",
        "ARGUS_SEGMENT_BYTES": str(SEGMENT_BYTES),
        "ARGUS_STRETCH_MAX_BYTES": str(SEGMENT_BYTES),
    }
    saved = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    cloud.new_cold_starts()
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        cloud.new_cold_starts()


def _long_log(path: Path, lines: int) -> Path:
    rng = random.Random(11)
    with path.open("w") as out:
        for i in range(lines):
            ts = f"2026-11-27T08:{(i // 60) % 60:02d}:{i % 60:02d}.{i % 1000:03d}Z"
            if i % 97 == 5:
                out.write(f"{ts} bms-ctl[812]: ERROR cell {rng.randrange(96)} over-temperature, DTC P0A80 set\n")
            else:
                out.write(f"{ts} gw-ecu[301]: INFO can{rng.randrange(3)} rx frames={rng.randrange(10**6)}\n")
    return path


def _comparable(summary: dict) -> dict:
    summary["stats"].pop("seconds")
    summary["stats"].pop("segments")
    return summary


@pytest.mark.parametrize("compression", ["none", "gzip", "mcap"])
def test_a_long_file_is_parsed_in_parts_with_the_single_pass_summary(cloud, segmenting, tmp_path, compression):
    # Given a text log of about 4 segments' worth (plain: parallel segments; gzip: checkpointed
    # stretches), or a ROS 2 MCAP recording (segments of whole chunks from its chunk index),
    # uploaded through presigned URLs
    path = _long_log(tmp_path / "long.log", 9000)
    if compression == "mcap":
        path = tmp_path / "long.mcap"
        path.write_bytes(make_mcap(11, 8000, chunk_size=16384, compression=CompressionType.NONE))
    assert path.stat().st_size > 3 * SEGMENT_BYTES
    if compression == "gzip":
        packed = tmp_path / "long.log.gz"
        packed.write_bytes(gzip.compress(path.read_bytes()))
        path = packed
    with ArgusClient(cloud.info.api_url, cloud.info.mint_token("vehicle", "veh-seg", 600)) as vehicle:
        batch_id = vehicle.create_batch("veh-seg", VIN)["batch_id"]
        file_id = vehicle.upload_file(batch_id, path)["file_id"]
        vehicle.seal(batch_id)
    with ArgusClient(cloud.info.api_url, cloud.info.mint_token("engineer", "eng", 600)) as engineer:
        final = engineer.wait(batch_id, timeout_s=180)
    # Then the batch completed, its one file parsed
    assert final["status"] == "completed", final
    assert [f["status"] for f in final["files"]] == ["parsed"]
    # And the file went through one long-file execution of at least 3 parts
    sfn = boto3.client("stepfunctions", endpoint_url=cloud.info.aws_endpoint, region_name=resources.REGION)
    runs = sfn.list_executions(stateMachineArn=cloud.created.segments_state_machine_arn)["executions"]
    mine = [r for r in runs if r["name"] == f"{batch_id}-{file_id}"]
    assert [r["status"] for r in mine] == ["SUCCEEDED"]
    s3 = boto3.client("s3", endpoint_url=cloud.info.aws_endpoint, region_name=resources.REGION)
    body = s3.get_object(Bucket=cloud.info.bucket, Key=f"summaries/{batch_id}/{file_id}.json")["Body"].read()
    summary = json.loads(body)
    assert summary["stats"]["segments"] >= 3
    # And the summary is the one a single pass gives
    single = summarize_path(path, batch_id=batch_id, file_id=file_id).model_dump(mode="json")
    single["file_name"] = summary["file_name"]
    assert _comparable(summary) == _comparable(single)
    # And the barrier counted the file once: one batch execution
    batch_runs = sfn.list_executions(stateMachineArn=cloud.info.state_machine_arn)["executions"]
    assert [r["name"] for r in batch_runs].count(batch_id) == 1
