"""`argus token vehicle|engineer SUBJECT`: a token signed with the environment's or the local cloud's secret."""

from __future__ import annotations

import json

import pytest

from argus.cli import main
from functions.shared.auth import verify_token

SECRET = "command-secret-0123456789abcdef"


@pytest.fixture(autouse=True)
def no_secret_in_env(monkeypatch, tmp_path):
    monkeypatch.delenv("ARGUS_TOKEN_SECRET", raising=False)
    monkeypatch.chdir(tmp_path)


def test_the_secret_comes_from_the_environment(monkeypatch, capsys):
    monkeypatch.setenv("ARGUS_TOKEN_SECRET", SECRET)
    assert main(["token", "vehicle", "veh-42", "--ttl", "600"]) == 0
    claims = verify_token(SECRET, capsys.readouterr().out.strip())
    assert (claims.role, claims.sub, claims.exp - claims.iat) == ("vehicle", "veh-42", 600)


def test_without_the_variable_the_local_clouds_state_file_is_found_from_a_subfolder(tmp_path, monkeypatch, capsys):
    # Given the local cloud's state file at the project root, and a shell in a subfolder
    (tmp_path / ".argus").mkdir()
    (tmp_path / ".argus" / "local.json").write_text(json.dumps({"api_url": "http://x", "token_secret": SECRET}))
    (tmp_path / "docs").mkdir()
    monkeypatch.chdir(tmp_path / "docs")
    # When an engineer token is asked for
    assert main(["token", "engineer", "ada"]) == 0
    # Then it verifies with the local cloud's secret
    assert verify_token(SECRET, capsys.readouterr().out.strip()).sub == "ada"


def test_without_any_secret_it_says_how_to_get_one(capsys):
    assert main(["token", "engineer", "ada"]) == 2
    assert "ARGUS_TOKEN_SECRET" in capsys.readouterr().err


def test_a_subject_that_does_not_fit_the_role_is_refused(monkeypatch, capsys):
    monkeypatch.setenv("ARGUS_TOKEN_SECRET", SECRET)
    assert main(["token", "vehicle", "not a vehicle id"]) == 2
    assert "cannot issue" in capsys.readouterr().err
