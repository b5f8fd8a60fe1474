"""``argus analyze`` end to end on generated batches, through the real parser (no cloud, no sockets)."""

import json

import pytest

from argus.cli import main
from argus.scenarios import generate_scenario, get_scenario


def test_analyze_json_prints_a_report_for_a_directory(tmp_path, capsys, monkeypatch):
    # Given a generated batch in a directory
    monkeypatch.delenv("ARGUS_DIAGNOSIS_PROVIDER", raising=False)
    generate_scenario("can-chassis-busoff", tmp_path, 400_000, seed=9)
    # When analysed as an engineer would
    code = main(["analyze", str(tmp_path), "--json", "--jobs", "1"])
    # Then the report JSON names the fault, the files and the provider
    report = json.loads(capsys.readouterr().out)
    assert code == 0
    assert (report["diagnosis"]["category"], report["diagnosis"]["risk_level"]) == ("connectivity_network", "critical")
    assert len(report["files"]) == 4 and report["usage"]["provider"] == "rules"
    assert report["diagnosis"]["evidence"], "evidence must point back into the files"


def test_analyze_reports_a_missing_path_as_a_usage_error(tmp_path, capsys):
    assert main(["analyze", str(tmp_path / "missing.log")]) == 2
    assert "no such file" in capsys.readouterr().err


@pytest.mark.parametrize("name", [
    "bms-runaway", "tms-pump-stall", "lidar-low-rate", "gnss-rtk-float", "sw-hmi-crashloop",
    "ota-flash-fail-rollback", "two-tms-coolant-loss+lidar-low-rate", "healthy-ota-install",
])
def test_labelled_scenarios_are_diagnosed_as_labelled(name, tmp_path):
    from argus.commands.analyze import analyze, expand, local_service

    scenario = get_scenario(name)
    generate_scenario(name, tmp_path, 300_000, seed=42)
    report, _ = analyze(expand([tmp_path]), local_service("rules"), jobs=1)
    assert (report.diagnosis.category.value, report.diagnosis.risk_level.value) == (scenario.category, scenario.risk)
