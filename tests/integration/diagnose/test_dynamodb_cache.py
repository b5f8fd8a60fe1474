"""The diagnosis cache on the platform's table in a moto server (over HTTP)."""

from __future__ import annotations

import pytest

from functions.adapters.dynamodb_diagnosis_cache import DynamoDiagnosisCache
from functions.bootstrap import diagnosis_service
from functions.settings import DiagnoseSettings
from tests.integration.diagnose.scenario import battery_summary
from tests.unit.diagnose.fakes import FakeProvider

pytestmark = pytest.mark.integration


def test_second_identical_problem_is_answered_from_dynamodb_with_zero_model_calls(table):
    # Given a model-backed service whose cache is the platform table
    provider = FakeProvider()
    settings = DiagnoseSettings(table_name=table.name, bucket_name="unused", diagnosis_cache_ttl_s=3600)
    service = diagnosis_service(settings, table=table, provider=provider)
    # When the same problem is diagnosed twice
    first, u1 = service.diagnose(battery_summary())
    second, u2 = service.diagnose(battery_summary())
    # Then the second costs nothing and the item is in the single-table layout with a TTL
    assert (u1.model_calls, u2.model_calls, u2.cache_hit) == (1, 0, True)
    assert second == first
    key = service.cache_key(u1.signature)
    item = table.get_item(Key={"pk": f"DIAG#{key}", "sk": "DIAG"})["Item"]
    assert int(item["expires_at"]) > int(item["created_at"])


def test_expired_entries_are_misses_even_though_moto_keeps_them(table):
    # Given an entry written an hour ago with a one-minute TTL
    cache = DynamoDiagnosisCache(table, ttl_s=60, clock=lambda: 1_000_000.0)
    provider = FakeProvider(model="fake-expiry-model")  # its own cache key, whatever other tests wrote
    settings = DiagnoseSettings(table_name=table.name, bucket_name="unused")
    service = diagnosis_service(settings, table=table, provider=provider)
    service.cache = cache
    service.diagnose(battery_summary())
    # When read with a clock past the expiry
    service.cache = DynamoDiagnosisCache(table, ttl_s=60, clock=lambda: 1_003_600.0)
    _, usage = service.diagnose(battery_summary())
    # Then the model is asked again
    assert usage.cache_hit is False and len(provider.requests) == 2
