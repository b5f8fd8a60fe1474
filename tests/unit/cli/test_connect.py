"""How the commands reach the API (one helper): no API is a usage error, an error while talking to
it ends the command with its documented exit code, a bug is not hidden behind one."""

from __future__ import annotations

import httpx
import pytest

from argus import cli
from argus.client import ApiError
from argus.commands._connect import (
    EXIT_API,
    EXIT_FAILED,
    EXIT_TIMEOUT,
    EXIT_UNREACHABLE,
    EXIT_USAGE,
    CommandFailed,
    api_client,
)


@pytest.fixture
def api(monkeypatch):
    # Nothing is sent: the blocks below raise before any request.
    monkeypatch.setenv("ARGUS_API_URL", "http://api.invalid/")
    monkeypatch.setenv("ARGUS_TOKEN", "t")


@pytest.fixture
def no_api(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)  # no local cloud state up the tree
    monkeypatch.delenv("ARGUS_API_URL", raising=False)
    monkeypatch.delenv("ARGUS_TOKEN", raising=False)


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (ApiError(404, {"error": {"code": "not_found", "message": "no such batch"}}), EXIT_API),
        (ApiError(503, {"error": {"code": "unavailable", "message": "try later"}}), EXIT_UNREACHABLE),
        (httpx.ConnectError("refused"), EXIT_UNREACHABLE),
        (TimeoutError("gave up"), EXIT_TIMEOUT),
    ],
)
def test_an_error_while_talking_to_the_api_ends_the_command_with_its_code(api, error, code):
    with pytest.raises(CommandFailed) as failed, api_client("engineer", stopped="stopped: {} (rerun)") as client:
        assert client.api_url == "http://api.invalid"
        raise error
    assert failed.value.code == code
    assert str(failed.value) == f"stopped: {error} (rerun)"


def test_a_command_with_codes_of_its_own_gets_them_for_every_failure(no_api, monkeypatch):
    with pytest.raises(CommandFailed) as failed, api_client("engineer", exit_code=EXIT_FAILED):
        pass
    assert failed.value.code == EXIT_FAILED and "no API" in str(failed.value)
    monkeypatch.setenv("ARGUS_API_URL", "http://api.invalid")
    monkeypatch.setenv("ARGUS_TOKEN", "t")
    with pytest.raises(CommandFailed) as failed, api_client("engineer", exit_code=EXIT_FAILED):
        raise ApiError(404, {"error": {"code": "not_found", "message": "no such batch"}})
    assert failed.value.code == EXIT_FAILED


def test_a_bug_in_the_block_is_not_turned_into_an_exit_code(api):
    with pytest.raises(KeyError), api_client("engineer"):
        raise KeyError("status")


@pytest.mark.parametrize(
    ("argv", "code"),
    [(["status", "b_1"], EXIT_USAGE), (["report", "b_1"], EXIT_USAGE), (["batches"], EXIT_USAGE),
     (["fleet", "codes"], EXIT_FAILED), (["similar", "b_1"], EXIT_FAILED)],
)  # fmt: skip
def test_no_api_to_talk_to_is_said_on_stderr_with_each_commands_code(no_api, capsys, argv, code):
    assert cli.main(argv) == code
    err = capsys.readouterr().err
    assert err.startswith("argus: no API to talk to") and "ARGUS_API_URL" in err
