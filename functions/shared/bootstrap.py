"""The composition root: the one place adapters are built from settings (once per cold start).

Handlers call these builders when no adapter was passed in; tests pass fakes instead. Endpoints
come from the environment (``AWS_ENDPOINT_URL``), so the same code runs on AWS, LocalStack and the
embedded local cloud.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import boto3
from botocore.config import Config

from functions.adapters.dynamo_fleet import DynamoFleetStore
from functions.core.app.fleet import FleetNoiseBaseline, FleetService
from functions.shared.adapters.dynamodb import DynamoBatchRepository
from functions.shared.adapters.redis_barrier import RedisBarrier
from functions.shared.adapters.redis_cache import RedisCache
from functions.shared.adapters.redis_client import redis_client
from functions.shared.adapters.s3 import S3ObjectStore
from functions.shared.adapters.sqs import SqsQueue
from functions.shared.adapters.stepfunctions import StepFunctionsWorkflow
from functions.shared.settings import RedisSettings, StoreSettings

CLIENT_CONFIG = Config(
    retries={"mode": "standard", "max_attempts": 5},
    connect_timeout=5,
    read_timeout=60,
    signature_version="s3v4",
)


@cache
def aws_client(service: str) -> Any:
    return boto3.client(service, config=CLIENT_CONFIG)


@cache
def dynamodb_table(table_name: str) -> Any:
    return boto3.resource("dynamodb", config=CLIENT_CONFIG).Table(table_name)


def repository(settings: StoreSettings) -> DynamoBatchRepository:
    return DynamoBatchRepository(dynamodb_table(settings.table_name))


@cache
def fleet_store(table_name: str) -> DynamoFleetStore:
    return DynamoFleetStore(dynamodb_table(table_name))


def fleet_service(settings: StoreSettings) -> FleetService:
    return FleetService(fleet_store(settings.table_name))


def noise_baseline(settings: StoreSettings) -> FleetNoiseBaseline:
    return FleetNoiseBaseline(fleet_store(settings.table_name))


def object_store(settings: StoreSettings) -> S3ObjectStore:
    return S3ObjectStore(aws_client("s3"), settings.bucket_name)


def queue(queue_url: str) -> SqsQueue:
    return SqsQueue(aws_client("sqs"), queue_url)


def workflow(state_machine_arn: str) -> StepFunctionsWorkflow:
    return StepFunctionsWorkflow(aws_client("stepfunctions"), state_machine_arn)


def barrier(settings: RedisSettings) -> RedisBarrier:
    return RedisBarrier(redis_client(settings.redis_url, settings.redis_timeout_s))


def cache(settings: RedisSettings) -> RedisCache:
    # A cache must step aside fast when Redis is slow or gone: at most half a second, one retry.
    return RedisCache(redis_client(settings.redis_url, min(settings.redis_timeout_s, 0.5), retries=1))


def reset() -> None:
    """Forget cached clients (the local cloud calls this after it changes endpoints)."""
    aws_client.cache_clear()
    dynamodb_table.cache_clear()
    fleet_store.cache_clear()
    redis_client.cache_clear()
