"""Real local services shared by the integration and e2e suites: one moto server and one Valkey
server per test process. moto keeps its state per process (every moto server in a process shares
it), so a second server would only add a port, not isolation: suites use their own resource names."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest


@pytest.fixture(scope="session")
def moto_endpoint() -> Iterator[str]:
    from argus.local.cloud import configure_moto, start_moto_server

    for name, value in {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
    }.items():
        os.environ.setdefault(name, value)
    server, endpoint = start_moto_server()
    os.environ["MOTO_PORT"] = endpoint.rsplit(":", 1)[1]
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


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Keep each expensive suite on one xdist worker (`--dist loadgroup`): the e2e tests share one
    local cloud and its module-scoped batch, the infra tests share one synthesized stack."""
    for item in items:
        parts = item.path.parts
        for suite in ("e2e", "infra"):
            if "tests" in parts and suite in parts[parts.index("tests") :]:
                item.add_marker(pytest.mark.xdist_group(suite))
