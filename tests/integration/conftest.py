"""Integration fixtures: the app's resources on the process's moto server (tests/conftest.py),
under their own names so they never meet the e2e cloud's."""

from __future__ import annotations

import os

import boto3
import pytest
import redis

from argus.local import resources
from functions.bootstrap import CLIENT_CONFIG


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
    return resources.create_all(moto_endpoint, stack="argus-it")


@pytest.fixture
def client_for(moto_endpoint: str):
    def make(service: str):
        return boto3.client(service, endpoint_url=moto_endpoint, region_name=resources.REGION, config=CLIENT_CONFIG)

    return make


@pytest.fixture
def table(moto_endpoint: str, aws: resources.Created):
    return boto3.resource("dynamodb", endpoint_url=moto_endpoint, region_name=resources.REGION).Table(aws.table)
