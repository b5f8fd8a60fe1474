"""The whole local cloud, once per test process, reached only over HTTP."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from argus.client import ArgusClient
from argus.local.cloud import LocalCloud


@pytest.fixture(scope="session")
def cloud(moto_endpoint: str, redis_url: str) -> Iterator[LocalCloud]:
    # At least two instances per function, whatever the CPU count: the suite covers the worker path.
    instances = max(2, os.cpu_count() or 1)
    with LocalCloud(
        state_file=None, aws_endpoint=moto_endpoint, redis_url=redis_url, stack="argus-e2e", instances=instances
    ) as running:
        yield running


@pytest.fixture
def vehicle(cloud: LocalCloud) -> Iterator[ArgusClient]:
    with ArgusClient(cloud.info.api_url, cloud.info.mint_token("vehicle", "veh-e2e", 600)) as client:
        yield client


@pytest.fixture
def engineer(cloud: LocalCloud) -> Iterator[ArgusClient]:
    with ArgusClient(cloud.info.api_url, cloud.info.mint_token("engineer", "eng-e2e", 600)) as client:
        yield client
