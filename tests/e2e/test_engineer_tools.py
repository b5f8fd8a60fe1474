"""What vehicles and engineers touch, on the whole local cloud over HTTP: ``argus upload`` (resumed
after a crash), ``argus batches`` and the list API with filters and a cursor, and the report link
opened in a real headless Chromium."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from argus.cli import main
from argus.client import ArgusClient
from tests.browser.chromium import render

pytestmark = pytest.mark.e2e
VIN = "WVWZZZ1JZXW000042"  # veh-cli's VIN: a VIN belongs to one vehicle
LIST_VIN = "WVWZZZ1JZXW000043"
PAGE_VIN = "WVWZZZ1JZXW000044"
PART = 5 * 1024 * 1024  # the local cloud's part size


def _logs(folder: Path, files: int, parts_each: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for f in range(files):
        path = folder / f"ecu{f}.log"
        line = f"2026-11-27T08:00:00.000Z ecu{f}[1]: INFO can0 rx frames ok busload=31%\n".encode()
        with path.open("wb") as out:
            out.write(b"2026-11-27T08:00:01.000Z bms[812]: ERROR cell 7 over-temperature, DTC P0A80 set\n")
            out.write(line * ((PART * (parts_each - 1)) // len(line) + 100))
        made.append(path)
    return made


def _last_json(out: str):
    # The cloud runs in this process: Powertools prints its cold-start metric lines to the same stdout.
    return json.loads(out.strip().splitlines()[-1])


@pytest.fixture
def as_vehicle(cloud, monkeypatch, tmp_path):
    monkeypatch.setenv("ARGUS_API_URL", cloud.info.api_url)
    monkeypatch.setenv("ARGUS_TOKEN", cloud.info.mint_token("vehicle", "veh-cli", 600))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))


def test_an_interrupted_upload_resumes_sending_only_the_missing_parts(as_vehicle, tmp_path, monkeypatch, capsys):
    # Given three files of three parts each, and a network that dies after the fourth part
    files = _logs(tmp_path / "logs", files=3, parts_each=3)
    real_put = ArgusClient._put_part
    sent: list[int] = []

    def flaky(self, upload, part, chunk, attempts=4):
        if len(sent) >= 4:
            raise httpx.ConnectError("network gone")
        sent.append(part["number"])
        return real_put(self, upload, part, chunk, attempts)

    monkeypatch.setattr(ArgusClient, "_put_part", flaky)
    args = ["upload", str(tmp_path / "logs"), "--vehicle-id", "veh-cli", "--vin", VIN, "--parallel", "1", "--json"]
    # When the upload runs, it stops with the "unreachable" exit code and nothing on stdout
    assert main(args) == 4
    assert [ln for ln in capsys.readouterr().out.splitlines() if not ln.startswith('{"_aws"')] == []
    # And when the same command runs again with the network back
    monkeypatch.setattr(ArgusClient, "_put_part", real_put)
    assert main([*args, "--wait", "--timeout", "180"]) == 0
    result = _last_json(capsys.readouterr().out)
    # Then only the five missing parts travelled, into the same batch, which completed
    assert result["resumed"] is True
    assert result["parts_already_uploaded"] == 4 and result["parts_sent"] == 5
    assert result["batch"]["status"] == "completed"
    assert {f["name"] for f in result["files"]} == {p.name for p in files}
    # And a third run finds nothing left to send
    assert main(args) == 0
    again = _last_json(capsys.readouterr().out)
    assert again["parts_sent"] == 0 and again["batch_id"] == result["batch_id"]


def test_batches_are_listed_with_filters_and_a_cursor(cloud, engineer, capsys, monkeypatch):
    token = cloud.info.mint_token("vehicle", "veh-list", 600)
    with ArgusClient(cloud.info.api_url, token) as vehicle:
        made = [vehicle.create_batch("veh-list", LIST_VIN)["batch_id"] for _ in range(3)]
        # A vehicle sees only its own batches, whatever it asks for
        own = vehicle.list_batches()
        assert {b["vehicle_id"] for b in own["batches"]} == {"veh-list"}
        with pytest.raises(Exception, match="403"):
            vehicle.list_batches(vehicle_id="veh-e2e")
    seen, cursor = [], None
    while True:
        page = engineer.list_batches(cursor, vehicle_id="veh-list", status="pending", limit=2)
        seen += [b["batch_id"] for b in page["batches"]]
        cursor = page.get("next_cursor")
        if not cursor:
            break
    assert seen == made[::-1]
    monkeypatch.setenv("ARGUS_API_URL", cloud.info.api_url)
    monkeypatch.setenv("ARGUS_TOKEN", cloud.info.mint_token("engineer", "eng", 600))
    assert main(["batches", "--vehicle-id", "veh-list", "--json"]) == 0
    assert [b["batch_id"] for b in _last_json(capsys.readouterr().out)] == made[::-1]


@pytest.fixture(scope="module")
def completed_batch(cloud, tmp_path_factory) -> str:
    from argus.scenarios import demo_batch

    files = demo_batch(tmp_path_factory.mktemp("demo"))
    with ArgusClient(cloud.info.api_url, cloud.info.mint_token("vehicle", "veh-page", 600)) as vehicle:
        batch_id = vehicle.create_batch("veh-page", PAGE_VIN)["batch_id"]
        for path in files:
            vehicle.upload_file(batch_id, path)
        vehicle.seal(batch_id)
        assert vehicle.wait(batch_id, timeout_s=180)["status"] == "completed"
    return batch_id


def test_the_report_link_opens_in_chromium_without_a_token(completed_batch, engineer, tmp_path):
    link = engineer.report_link(completed_batch)
    assert "Authorization" not in link["url"] and link["expires_in"] <= 3600
    seen = render(
        link["url"],
        ["#chart-timeline rect.cell", "#chart-severity rect.bar", "#evidence tr", "nav a"],
        screenshot=str(tmp_path / "report.png"),
    )
    assert seen.console_errors == []
    assert seen.counts["#chart-timeline rect.cell"] > 0
    assert seen.counts["#chart-severity rect.bar"] >= 2
    assert seen.counts["nav a"] == 7


def test_a_file_created_just_before_a_crash_does_not_block_the_seal(as_vehicle, tmp_path, monkeypatch, capsys):
    # Given an upload killed after the API created the second file but before the journal saw its id
    _logs(tmp_path / "logs", files=2, parts_each=1)
    real_add = ArgusClient.add_file
    calls: list[str] = []

    def dies_after_second(self, *args, **kwargs):
        made = real_add(self, *args, **kwargs)
        calls.append(made["file_id"])
        if len(calls) == 2:
            raise httpx.ReadError("connection reset after the answer")
        return made

    monkeypatch.setattr(ArgusClient, "add_file", dies_after_second)
    args = ["upload", str(tmp_path / "logs"), "--vehicle-id", "veh-cli", "--vin", VIN, "--json"]
    assert main(args) == 4
    # When the command runs again
    monkeypatch.setattr(ArgusClient, "add_file", real_add)
    assert main([*args, "--wait", "--timeout", "180"]) == 0
    result = _last_json(capsys.readouterr().out)
    # Then the orphan was aborted, the file went up again, and the batch completed with both files
    statuses = {f["file_id"]: f["status"] for f in result["batch"]["files"]}
    assert statuses[calls[1]] == "aborted"
    assert sorted(s for s in statuses.values() if s != "aborted") == ["parsed", "parsed"]
    assert result["batch"]["status"] == "completed"
