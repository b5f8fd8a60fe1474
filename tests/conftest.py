"""Real local services shared by the integration and e2e suites: one moto server and one Valkey
server per test process. moto keeps its state per process (every moto server in a process shares
it), so a second server would only add a port, not isolation: suites use their own resource names."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator

import pytest


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def moto_endpoint() -> Iterator[str]:
    from argus.local.cloud import configure_moto

    port = _free_port()
    os.environ["MOTO_PORT"] = str(port)  # moto's ASL interpreter calls back to localhost:$MOTO_PORT
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    configure_moto(endpoint)
    yield endpoint
    server.stop()


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    """``REDIS_URL`` when set (e.g. a CI service), else an embedded Valkey server."""
    url = os.environ.get("REDIS_URL")
    if url:
        yield url
        return
    from argus.local.cloud import start_embedded_valkey

    server = start_embedded_valkey()
    yield f"redis://{server.host}:{server.port}/0"
    server.stop()
