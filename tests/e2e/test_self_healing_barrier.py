"""The barrier heals itself: against a real `argus local up` whose Valkey we freeze (SIGSTOP, as an
ElastiCache node that stops answering), a seal still succeeds on DynamoDB alone, and a batch whose
barrier runs while Valkey is frozen for 70 s still completes, each with one execution, never a second seal.

Runs `argus local up` in a subprocess (its own moto and pollers), pointed at a Valkey this test starts
and so may freeze, with a short reconciler schedule.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import boto3
import pytest

from argus.client import ArgusClient
from argus.local import resources
from tests.e2e.tokens import mint_token

pytestmark = pytest.mark.e2e
VIN = "WVWZZZ1JZXW000777"
FREEZE_S = float(os.environ.get("ARGUS_TEST_FREEZE_S", "70"))


@pytest.fixture(scope="module")
def local_up(tmp_path_factory) -> Iterator[dict]:
    from argus.local.cloud import start_embedded_valkey

    valkey = start_embedded_valkey()
    workdir = tmp_path_factory.mktemp("local-up")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ARGUS_", "AWS_ENDPOINT", "MOTO_"))}
    proc = subprocess.Popen(
        [sys.executable, "-m", "argus.cli", "local", "up", "--log-level", "WARNING", "--sweep-every", "5",
         "--redis-url", f"redis://{valkey.host}:{valkey.port}/0"],
        cwd=workdir, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    state = workdir / ".argus" / "local.json"
    deadline = time.monotonic() + 120
    while not state.exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            valkey.stop()
            pytest.fail(f"argus local up did not start: {proc.stderr.read().decode()[-2000:]}")
        time.sleep(0.2)
    time.sleep(0.5)  # the file is written once everything listens
    info = json.loads(state.read_text())
    try:
        yield {"info": info, "valkey_pid": valkey._process.pid, "state": state}
    finally:
        os.kill(valkey._process.pid, signal.SIGCONT)
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
        valkey.stop()


def _executions(info: dict, batch_id: str) -> list[dict]:
    sfn = boto3.client(
        "stepfunctions", endpoint_url=info["aws_endpoint"], region_name=resources.REGION,
        aws_access_key_id="local", aws_secret_access_key="local",
    )  # fmt: skip
    found = sfn.list_executions(stateMachineArn=info["state_machine_arn"])["executions"]
    return [e for e in found if e["name"] == batch_id]


def _log(path: Path, lines: int) -> Path:
    path.write_text(
        "".join(f"2026-11-27T08:00:{i % 60:02d}Z ecu[1]: ERROR DTC P0301 misfire {i}\n" for i in range(lines))
    )
    return path


def test_a_seal_while_valkey_is_frozen_succeeds_and_the_batch_completes(local_up, tmp_path):
    info, pid = local_up["info"], local_up["valkey_pid"]
    vehicle = ArgusClient(info["api_url"], mint_token(local_up["state"], "vehicle", "veh-heal-1"))
    engineer = ArgusClient(info["api_url"], mint_token(local_up["state"], "engineer", "eng-heal"))
    batch_id = vehicle.create_batch("veh-heal-1", VIN)["batch_id"]
    for i in range(2):
        vehicle.upload_file(batch_id, _log(tmp_path / f"{i}.log", 200))

    os.kill(pid, signal.SIGSTOP)
    try:
        started = time.monotonic()
        sealed = vehicle.seal(batch_id)  # ArgusClient raises ApiError on any non-2xx
        seal_s = time.monotonic() - started
    finally:
        time.sleep(3)
        os.kill(pid, signal.SIGCONT)

    assert sealed["total_files"] == 2 and seal_s < 5
    final = engineer.wait(batch_id, timeout_s=120)
    assert final["status"] == "completed", final
    assert len(_executions(info, batch_id)) == 1


def test_valkey_frozen_70_s_during_the_barrier_still_completes_with_one_execution(local_up, tmp_path):
    info, pid = local_up["info"], local_up["valkey_pid"]
    vehicle = ArgusClient(info["api_url"], mint_token(local_up["state"], "vehicle", "veh-heal-2"))
    engineer = ArgusClient(info["api_url"], mint_token(local_up["state"], "engineer", "eng-heal"))
    batch_id = vehicle.create_batch("veh-heal-2", VIN.replace("777", "778"))["batch_id"]
    vehicle.upload_file(batch_id, _log(tmp_path / "early.log", 300))

    os.kill(pid, signal.SIGSTOP)
    try:
        vehicle.upload_file(batch_id, _log(tmp_path / "late.log", 400))  # parsed while Valkey is frozen
        sealed = vehicle.seal(batch_id)
        assert sealed["total_files"] == 2
        time.sleep(FREEZE_S)
    finally:
        os.kill(pid, signal.SIGCONT)

    final = engineer.wait(batch_id, timeout_s=120)
    assert final["status"] == "completed", final
    assert len(_executions(info, batch_id)) == 1
