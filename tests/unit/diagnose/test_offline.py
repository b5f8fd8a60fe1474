"""The offline default opens no sockets: generate a batch, parse it, diagnose it with sockets banned."""

import socket

import pytest

from argus.commands.analyze import analyze, local_service
from argus.scenarios import generate_scenario


class _NoNetwork(Exception):
    pass


@pytest.fixture
def no_sockets(monkeypatch):
    def refuse(*args, **kwargs):
        raise _NoNetwork("a socket was opened")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_analyze_with_the_default_provider_opens_no_socket(tmp_path, monkeypatch, no_sockets):
    # Given a generated batch with a battery fault, and no ARGUS_* provider configured
    monkeypatch.delenv("ARGUS_DIAGNOSIS_PROVIDER", raising=False)
    paths = generate_scenario("bms-overtemp-derate", tmp_path, 300_000, seed=5)
    text_logs = [p for p in paths if p.suffix in (".log", ".txt")]
    # When it is analysed in-process with sockets banned
    report, _ = analyze(text_logs, local_service(), jobs=1)
    # Then the rules diagnose it
    assert report.usage.provider == "rules"
    assert report.diagnosis.category.value == "battery_bms"
