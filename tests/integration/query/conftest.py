"""Query integration fixtures on top of the shared ones (``moto_endpoint``, ``redis_url`` in
tests/integration/conftest.py). Every test uses its own keys and its own table, so the shared
servers are safe to use side by side."""

from __future__ import annotations

import socket
import uuid
from typing import Any

import boto3
import pytest

from argus.local.resources import create_table

REGION = "us-east-1"
CREDENTIALS = {"aws_access_key_id": "testing", "aws_secret_access_key": "testing", "region_name": REGION}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def table(moto_endpoint: str) -> Any:
    """A fresh table with the platform's key schema, on the moto server."""
    name = f"argus-query-{uuid.uuid4().hex[:8]}"
    client = boto3.client("dynamodb", endpoint_url=moto_endpoint, **CREDENTIALS)
    create_table(client, name)
    yield boto3.resource("dynamodb", endpoint_url=moto_endpoint, **CREDENTIALS).Table(name)
    client.delete_table(TableName=name)
