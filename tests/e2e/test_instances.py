"""Functions scale out locally as on Lambda: files of one batch that arrive together are parsed by
two instances at once (the second a worker process), and the batch completes as with one."""

from __future__ import annotations

from pathlib import Path

import pytest

from argus.client import ArgusClient

pytestmark = pytest.mark.e2e
VIN = "WVWZZZ1JZXW000001"


def _log(path: Path, lines: int, seed: int) -> Path:
    with path.open("w") as out:
        for i in range(lines):
            out.write(f"2026-11-27T08:{i // 60 % 60:02d}:{i % 60:02d}Z ecu{seed}[{i % 97}]: frame {i * seed} ok\n")
    return path


def test_two_files_arriving_together_are_parsed_by_two_instances(cloud, vehicle: ArgusClient, engineer, tmp_path):
    # Given a cloud with two warm instances of parse, and two files uploaded but not yet completed
    assert cloud.functions.instances >= 2
    cloud.functions.warm("parse")
    before = cloud.functions.served_by_workers().get("parse", 0)
    batch_id = vehicle.create_batch("veh-e2e", VIN)["batch_id"]
    files = [_log(tmp_path / f"ecu-{n}.log", 120_000, n + 1) for n in range(2)]
    uploads = []
    for path in files:
        upload = {**vehicle.add_file(batch_id, path.name, path.stat().st_size), "batch_id": batch_id}
        uploads.append((upload, vehicle.upload_parts(path, upload)))

    # When both are completed back to back (each completion queues its parse) and the batch sealed
    for upload, parts in uploads:
        vehicle.complete_file(batch_id, upload["file_id"], parts)
    vehicle.seal(batch_id)

    # Then the batch completes, and a second parse instance (a worker process) parsed one file
    final = engineer.wait(batch_id, timeout_s=120)
    assert final["status"] == "completed"
    assert final["progress"]["processed"] == 2
    assert cloud.functions.served_by_workers().get("parse", 0) > before


def test_new_cold_starts_replace_the_warm_worker_instances(cloud):
    # Given warm worker instances of parse (processes that copied the environment when they started)
    cloud.functions.warm("parse")
    workers = cloud.functions.instances - 1
    spawned = cloud.functions.spawned().get("parse", 0)

    # When the cloud starts every instance cold (as after a settings change)
    cloud.new_cold_starts()
    cloud.functions.warm("parse")

    # Then none of the old workers is handed out again: warming started a whole new set
    assert cloud.functions.spawned().get("parse", 0) == spawned + workers
