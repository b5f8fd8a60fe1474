"""Fixtures for the query unit tests: the service over in-memory fakes, and a way to call the handler."""

from __future__ import annotations

import json
import random
from typing import Any

import pytest

from functions.core.app.cache import CoalescingLoader
from functions.query.service import QueryService
from tests.events import LambdaContext
from tests.fakes.cache import FakeClock, InMemoryCache
from tests.fakes.memory import InMemoryObjectStore
from tests.unit.query.builders import CountingRepository


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def cache(clock: FakeClock) -> InMemoryCache:
    return InMemoryCache(clock)


@pytest.fixture
def repo() -> CountingRepository:
    return CountingRepository()


@pytest.fixture
def pages() -> InMemoryObjectStore:
    return InMemoryObjectStore()


@pytest.fixture
def service(
    repo: CountingRepository, cache: InMemoryCache, clock: FakeClock, pages: InMemoryObjectStore
) -> QueryService:
    loader = CoalescingLoader(
        cache, lease_ms=3000, wait_budget_ms=2500, clock=clock, sleep=clock.sleep, rng=random.Random(3)
    )
    return QueryService(
        repo, cache, loader, report_ttl_s=600, status_ttl_s=5, negative_ttl_s=30, pages=pages, link_ttl_s=300
    )


@pytest.fixture
def call(service: QueryService):
    """Invoke the query Lambda handler with the test's service; returns (status, headers, body)."""
    from functions.query.handler import lambda_handler

    def _call(event: dict[str, Any]) -> tuple[int, dict[str, str], Any]:
        response = lambda_handler(event, LambdaContext(), service=service)
        # REST proxy events carrying multiValueHeaders get multiValueHeaders back
        headers = {k: v[-1] for k, v in (response.get("multiValueHeaders") or {}).items()}
        headers.update(response.get("headers") or {})
        body = response.get("body") or ""
        if headers.get("Content-Type", "").startswith("application/json"):
            body = json.loads(body)
        return response["statusCode"], headers, body

    return _call
