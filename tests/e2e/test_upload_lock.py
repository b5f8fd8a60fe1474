"""Two `argus upload` processes of the same folder against the local cloud over HTTP: the second
stops at once (exit code 6), the first finishes, and every file is in the batch once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from argus.commands._connect import EXIT_BUSY

pytestmark = pytest.mark.e2e
VEHICLE, VIN = "veh-lock", "WVWZZZ1JZXW000047"  # a VIN belongs to one vehicle: this test's own

# The first run, paused inside its upload (after the API created its first file, before the journal
# has it) until the test lets it go: the moment a second run would add the same files again.
PAUSED_UPLOAD = """
import sys, time
from pathlib import Path
from argus.cli import main
from argus.client import ArgusClient

ready, go = Path(sys.argv[1]), Path(sys.argv[2])
real_add = ArgusClient.add_file

def add_file(self, *args, **kwargs):
    made = real_add(self, *args, **kwargs)
    if not ready.exists():
        ready.touch()
        while not go.exists():
            time.sleep(0.05)
    return made

ArgusClient.add_file = add_file
sys.exit(main(sys.argv[3:]))
"""


def _wait_for(path: Path, process: subprocess.Popen, timeout_s: float = 120) -> None:
    deadline = time.monotonic() + timeout_s
    while not path.exists():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the first upload never reached the API"
        time.sleep(0.05)


def test_a_second_upload_of_the_same_folder_stops_and_no_file_is_added_twice(cloud, engineer, tmp_path):
    logs = tmp_path / "logs"
    logs.mkdir()
    for n in range(3):
        (logs / f"ecu{n}.log").write_text(f"2026-11-27T08:00:0{n}.000Z ecu{n}[1]: ERROR DTC P0A80 set\n" * 50)
    env = {
        **os.environ,
        "ARGUS_API_URL": cloud.info.api_url,
        "ARGUS_TOKEN": cloud.info.mint_token("vehicle", VEHICLE, 600),
    }
    args = ["upload", str(logs), "--vehicle-id", VEHICLE, "--vin", VIN, "--journal", str(tmp_path / "j.json")]
    ready, go = tmp_path / "ready", tmp_path / "go"
    # Given a first upload that has started adding the folder's files to a batch
    first = subprocess.Popen(
        [sys.executable, "-c", PAUSED_UPLOAD, str(ready), str(go), *args, "--json"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        _wait_for(ready, first)
        # When a second upload of the same folder runs meanwhile
        second = subprocess.run(
            [sys.executable, "-m", "argus.cli", *args], env=env, capture_output=True, text=True, timeout=120
        )
        # Then it stops with the busy code and says who holds the journal
        assert second.returncode == EXIT_BUSY, second.stderr
        assert f"pid {first.pid}" in second.stderr
    finally:
        go.touch()
        out, err = first.communicate(timeout=300)
    # And the first finishes, every file in its batch exactly once, and no other batch was opened
    assert first.returncode == 0, err
    result = json.loads(out.strip().splitlines()[-1])
    names = [f["name"] for f in engineer.batch(result["batch_id"])["files"]]
    assert sorted(names) == ["ecu0.log", "ecu1.log", "ecu2.log"]
    batches = engineer.list_batches(vehicle_id=VEHICLE)["batches"]
    assert [b["batch_id"] for b in batches] == [result["batch_id"]]
