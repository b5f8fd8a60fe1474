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
from functions.adapters.dynamodb import DynamoBatchRepository
from functions.adapters.dynamodb_registry import DynamoVehicleRegistry
from functions.adapters.jwks import JwksUrlKeys
from functions.adapters.kms_keys import KmsKeys
from functions.adapters.redis_barrier import RedisBarrier
from functions.adapters.redis_cache import RedisCache
from functions.adapters.redis_client import redis_client
from functions.adapters.s3 import S3ObjectStore
from functions.adapters.sqs import SqsQueue
from functions.adapters.stepfunctions import StepFunctionsStarter
from functions.core.app.fleet import FleetNoiseBaseline, FleetService
from functions.core.ports import KeySet
from functions.http.auth import (
    ENGINEER_MAX_LIFETIME_S,
    VEHICLE_AUDIENCE,
    VEHICLE_MAX_LIFETIME_S,
    Authenticator,
    Issuer,
    TtlCache,
)
from functions.settings import AuthSettings, RedisSettings, StoreSettings

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


def vehicle_registry(settings: StoreSettings) -> DynamoVehicleRegistry:
    return DynamoVehicleRegistry(dynamodb_table(settings.table_name))


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


def workflow(state_machine_arn: str) -> StepFunctionsStarter:
    return StepFunctionsStarter(aws_client("stepfunctions"), state_machine_arn)


# An HTTP request (the seal) must not wait on a frozen Valkey: half a second, one retry, then the
# seal stands on DynamoDB alone and the barrier or the reconciler finishes the job.
EDGE_REDIS_TIMEOUT_S = 0.5


def barrier(settings: RedisSettings, *, edge: bool = False) -> RedisBarrier:
    if edge:
        return RedisBarrier(
            redis_client(settings.redis_url, min(settings.redis_timeout_s, EDGE_REDIS_TIMEOUT_S), retries=1)
        )
    return RedisBarrier(redis_client(settings.redis_url, settings.redis_timeout_s))


def cache(settings: RedisSettings) -> RedisCache:
    # A cache must step aside fast when Redis is slow or gone: at most half a second, one retry.
    return RedisCache(redis_client(settings.redis_url, min(settings.redis_timeout_s, EDGE_REDIS_TIMEOUT_S), retries=1))


def trusted_issuers(settings: AuthSettings) -> list[Issuer]:
    """Engineers' OIDC issuer (Cognito by default) and the vehicle credential issuer."""
    issuers: list[Issuer] = []
    if settings.oidc_issuer and settings.oidc_audience:
        jwks_url = settings.oidc_jwks_url or settings.oidc_issuer.rstrip("/") + "/.well-known/jwks.json"
        issuers.append(
            Issuer(
                settings.oidc_issuer, settings.oidc_audience, "engineer", JwksUrlKeys(jwks_url), ENGINEER_MAX_LIFETIME_S
            )
        )
    vehicle_keys: KeySet | None = None
    if settings.vehicle_kms_key_ids:
        ids = [k.strip() for k in settings.vehicle_kms_key_ids.split(",") if k.strip()]
        vehicle_keys = KmsKeys(aws_client("kms"), ids)
    elif settings.vehicle_jwks_url:
        vehicle_keys = JwksUrlKeys(settings.vehicle_jwks_url)
    if vehicle_keys is not None:
        issuers.append(
            Issuer(settings.vehicle_issuer, VEHICLE_AUDIENCE, "vehicle", vehicle_keys, VEHICLE_MAX_LIFETIME_S)
        )
    return issuers


def authenticator(settings: AuthSettings) -> Authenticator:
    versions = DynamoVehicleRegistry(dynamodb_table(settings.table_name)) if settings.table_name else None
    return Authenticator(trusted_issuers(settings), versions, TtlCache(settings.revocation_cache_s))


def reset() -> None:
    """Forget cached clients (the local cloud calls this after it changes endpoints)."""
    aws_client.cache_clear()
    dynamodb_table.cache_clear()
    fleet_store.cache_clear()
    redis_client.cache_clear()
