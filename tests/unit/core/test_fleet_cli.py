"""`argus fleet codes` and `argus similar`: what they ask the API and how they print the answer."""

from __future__ import annotations

import pytest

from argus import cli
from argus.commands import fleet as command


@pytest.fixture
def asked(monkeypatch):
    calls = []
    answers = {
        "/v1/fleet/codes": {
            "since": "2026-11-01", "until": "2026-11-03", "category": None,
            "codes": [{"code": "P0301", "batches": 6, "vehicles": 3, "first_seen": "2026-11-01T08:00:00Z",
                       "last_seen": "2026-11-03T13:00:00Z", "categories": {"powertrain": 6},
                       "trend": [{"day": "2026-11-01", "batches": 2}, {"day": "2026-11-02", "batches": 4}]}],
        },
        "/v1/batches/b_1/similar": {
            "batch_id": "b_1", "signature": "abcdef0123456789",
            "similar": [{"batch_id": "b_0", "vehicle_id": "veh-2", "vin": "V", "at": "2026-10-30T08:00:00Z",
                         "same_signature": True, "score": 1.0, "shared_codes": ["P0301"], "shared_templates": [],
                         "diagnosis": {"category": "powertrain", "risk_level": "medium",
                                       "root_cause": "Misfire on cylinder 1", "confidence": 0.8}}],
        },
    }

    def fake_get(args, path, params):
        calls.append((path, params))
        return answers.get(path)

    monkeypatch.setattr(command, "_get", fake_get)
    return calls


def test_fleet_codes_passes_the_window_and_prints_a_row_per_code(asked, capsys):
    assert cli.main(["fleet", "codes", "--since", "2026-11-01", "--until", "2026-11-03"]) == 0
    assert asked == [("/v1/fleet/codes", {"since": "2026-11-01", "until": "2026-11-03", "category": None,
                                          "limit": 20})]
    out = capsys.readouterr().out
    assert "P0301" in out and " 6 " in out and "2 4" in out


def test_similar_prints_the_past_diagnoses(asked, capsys):
    assert cli.main(["similar", "b_1"]) == 0
    out = capsys.readouterr().out
    assert "b_0" in out and "same problem" in out and "Misfire on cylinder 1" in out and "P0301" in out


def test_no_api_is_exit_code_1(monkeypatch, tmp_path, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ARGUS_API_URL", raising=False)
    monkeypatch.delenv("ARGUS_TOKEN_SECRET", raising=False)
    assert cli.main(["similar", "b_1"]) == 1
    assert "no API" in capsys.readouterr().err
