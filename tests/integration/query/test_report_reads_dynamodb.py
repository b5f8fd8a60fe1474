"""The query service over the real adapters: DynamoDB on a moto server, the cache on Valkey.

Fifty separate instances (each its own boto3 session, Redis client and loader, as separate Lambda
instances would have) ask for one cold report at once; DynamoDB sees one read."""

from __future__ import annotations

import threading
from collections import Counter
from typing import Any

import boto3
import botocore.session
import pytest
import redis

from functions.adapters.dynamodb import DynamoBatchRepository
from functions.adapters.redis_cache import RedisCache
from functions.core.app.cache import CoalescingLoader
from functions.core.domain.batch import Batch
from functions.core.domain.errors import NotFound
from functions.core.domain.keys import report_cache_key
from functions.query.service import QueryService
from tests.integration.query.conftest import CREDENTIALS
from tests.integration.query.test_coalesced_loads_on_valkey import run_together

pytestmark = pytest.mark.integration

VIN = "WVWZZZ1JZXW000001"


class DynamoReads:
    """Counts the GetItem calls leaving every instance, by sort key (#META, REPORT, ...)."""

    def __init__(self) -> None:
        self.by_sk: Counter[str] = Counter()
        self._lock = threading.Lock()

    def __call__(self, params: dict[str, Any], **_: Any) -> None:
        sk = params["Key"]["sk"]
        with self._lock:
            self.by_sk[sk if isinstance(sk, str) else sk.get("S", "?")] += 1


# Instances share botocore's parsed service models (loading them fifty times takes seconds), but each
# gets its own client, connection pool, Redis client and loader.
_MODELS = botocore.session.Session()


def instance(moto_endpoint: str, table_name: str, redis_url: str, reads: DynamoReads) -> QueryService:
    session = boto3.Session(botocore_session=_MODELS, **CREDENTIALS)
    table = session.resource("dynamodb", endpoint_url=moto_endpoint).Table(table_name)
    table.meta.client.meta.events.register("before-parameter-build.dynamodb.GetItem", reads)
    cache = RedisCache(redis.Redis.from_url(redis_url, socket_timeout=2, socket_connect_timeout=2))
    loader = CoalescingLoader(cache, lease_ms=3000, wait_budget_ms=2500)
    return QueryService(
        DynamoBatchRepository(table), cache, loader, report_ttl_s=600, status_ttl_s=5, negative_ttl_s=30,
        link_ttl_s=300,
    )


def test_fifty_concurrent_report_requests_on_a_cold_key_cause_one_dynamodb_read(moto_endpoint, table, redis_url):
    # Given a batch with its report in DynamoDB and nothing in the cache
    batch = Batch.open("veh-int-1", VIN)
    repo = DynamoBatchRepository(table)
    repo.create_batch(batch)
    report = b'{"batch_id": "%s", "diagnosis": {"root_cause": "misfire"}}' % batch.batch_id.encode()
    repo.put_report(batch.batch_id, report)
    redis.Redis.from_url(redis_url).delete(report_cache_key(batch.batch_id))
    reads = DynamoReads()
    services = [instance(moto_endpoint, table.name, redis_url, reads) for _ in range(50)]
    # When fifty instances ask for the report at the same moment
    results = run_together([lambda s=s: s.report_json(batch.batch_id) for s in services])
    # Then each got the report, and DynamoDB served exactly one read
    assert results == [report] * 50
    assert reads.by_sk == Counter({"REPORT": 1})
    print(f"\n50 concurrent report requests: DynamoDB GetItem calls = {sum(reads.by_sk.values())}")


def test_probing_an_unknown_batch_costs_dynamodb_one_read_per_key(moto_endpoint, table, redis_url):
    # Given twenty instances and an id that does not exist
    unknown = "b_ffffffffffffffffffff"
    client = redis.Redis.from_url(redis_url)
    client.delete(report_cache_key(unknown), f"batch:{unknown}:status")
    reads = DynamoReads()
    services = [instance(moto_endpoint, table.name, redis_url, reads) for _ in range(20)]

    def ask(service: QueryService) -> str:
        try:
            service.report_json(unknown)
        except NotFound as exc:
            return exc.code
        return "found"

    # When all of them ask for its report at once
    results = run_together([lambda s=s: ask(s) for s in services])
    # Then every answer is not_found, and DynamoDB was read once for the report and once for the batch
    assert results == ["not_found"] * 20
    assert reads.by_sk == Counter({"REPORT": 1, "#META": 1})
