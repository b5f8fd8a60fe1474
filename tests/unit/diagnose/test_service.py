from dataclasses import dataclass

import pytest

from functions.adapters.dynamodb_diagnosis_cache import DynamoDiagnosisCache
from functions.bootstrap import diagnosis_service
from functions.core.domain.contracts import Category, Diagnosis, RiskLevel, Severity
from functions.core.ports import CachedDiagnosis
from functions.diagnose.digest import PROMPT_VERSION
from functions.diagnose.service import DiagnosisService
from functions.diagnose.tokens import default_counter
from functions.settings import DiagnoseSettings
from tests.unit.diagnose.builders import NOISE, batch_summary, code, file_summary, tpl
from tests.unit.diagnose.fakes import FakeProvider, InMemoryDiagnosisCache, MemoryTable


def _summary(bump: int = 0):
    return batch_summary(file_summary("f_1", [
        *NOISE,
        tpl("[ERROR] cell over-temperature <*>", 40 + bump, line=200,
            excerpt="bmsd[812]: [ERROR] cell over-temperature module=4 cell=17 T=61.5C"),
        tpl('level=error msg="BMS power derate active <*>"', 12, line=210),
    ], [code("P0A80", 1, line=220)]))


def _service(provider, cache=None, **kw):
    return DiagnosisService(provider=provider, cache=cache, counter=default_counter(), **kw)


def test_model_answer_is_validated_and_evidence_comes_from_the_cited_items():
    # Given a model that cites C1 and T1
    provider = FakeProvider()
    # When diagnosing
    diagnosis, usage = _service(provider, price_in_per_1k=1.0, price_out_per_1k=2.0).diagnose(_summary())
    # Then the answer is used, evidence points at the real lines, and usage is recorded
    assert (diagnosis.category, diagnosis.risk_level) == (Category.BATTERY_BMS, RiskLevel.HIGH)
    assert {e.line for e in diagnosis.evidence} == {220, 200}
    assert usage.model_calls == 1 and usage.input_tokens > 0 and usage.output_tokens == 60
    assert usage.estimated_cost_usd == pytest.approx(usage.input_tokens / 1000 + 60 / 1000 * 2)
    assert (usage.provider, usage.model, usage.prompt_version) == ("fake", "fake-model-1", PROMPT_VERSION)
    assert provider.requests[0].max_output_tokens == 700


def test_repeated_problem_makes_zero_model_calls():
    # Given a cache and a first diagnosis of a problem
    provider, cache = FakeProvider(), InMemoryDiagnosisCache()
    service = _service(provider, cache)
    first, _ = service.diagnose(_summary())
    # When the same problem comes again, with slightly different counts
    again, usage = service.diagnose(_summary(bump=2))
    # Then the cache answers and the model is not called
    assert len(provider.requests) == 1
    assert usage.cache_hit and usage.model_calls == 0 and usage.input_tokens == 0
    assert again == first


@pytest.mark.parametrize("reason", ["throttled", "timeout", "invalid_output"])
def test_provider_failures_fall_back_to_the_rules_and_are_not_cached(reason):
    provider, cache = FakeProvider(fail=reason), InMemoryDiagnosisCache()
    diagnosis, usage = _service(provider, cache).diagnose(_summary())
    assert usage.fallback_reason == reason
    assert (diagnosis.category, diagnosis.risk_level) == (Category.BATTERY_BMS, RiskLevel.HIGH)
    assert cache.puts == 0


@pytest.mark.parametrize("answer", [
    "I think it is the battery.",
    '{"category": "brakes", "risk_level": "high", "root_cause": "x x x", "recommendations": [], '
    '"evidence_refs": [], "confidence": 0.5}',
    '{"category": "battery_bms", "risk_level": "high"}',
])
def test_invalid_model_output_falls_back(answer):
    provider, cache = FakeProvider(answer=lambda r: answer), InMemoryDiagnosisCache()
    diagnosis, usage = _service(provider, cache).diagnose(_summary())
    assert usage.fallback_reason == "invalid_output" and cache.puts == 0
    assert diagnosis.category is Category.BATTERY_BMS


def test_long_batches_map_then_reduce_within_the_call_cap():
    # Given a summary whose important items cannot fit one 800-token prompt
    templates = [tpl(f"bmsd cell {i} over-temperature warning with details <*> <*>", 100 + i, Severity.ERROR)
                 for i in range(300)]
    summary = batch_summary(file_summary("f_1", templates))
    provider = FakeProvider()
    # When diagnosing with at most 3 calls
    _, usage = _service(provider, token_budget=800, max_model_calls=3).diagnose(summary)
    # Then two segments were mapped and one reduce merged them, every prompt under budget
    counter = default_counter()
    assert usage.model_calls == len(provider.requests) == 3
    assert "Partial answers per segment" in provider.requests[-1].user
    assert all(counter.count(r.system) + counter.count(r.user) <= 800 for r in provider.requests)


def test_rules_default_is_offline_and_free():
    settings = DiagnoseSettings(table_name="t", bucket_name="b")
    service = diagnosis_service(settings)
    diagnosis, usage = service.diagnose(_summary())
    assert service.provider is None and service.cache is None
    assert (usage.provider, usage.model_calls, usage.estimated_cost_usd) == ("rules", 0, 0.0)
    assert diagnosis.category is Category.BATTERY_BMS


def test_settings_come_from_the_documented_environment_variables(monkeypatch):
    for name, value in {
        "ARGUS_TABLE_NAME": "t", "ARGUS_BUCKET_NAME": "b", "ARGUS_DIAGNOSIS_PROVIDER": "openai",
        "ARGUS_OPENAI_BASE_URL": "http://127.0.0.1:9/v1", "ARGUS_OPENAI_MODEL": "llama", "ARGUS_TOKEN_BUDGET": "1500",
        "ARGUS_MAX_MODEL_CALLS": "2", "ARGUS_DIAGNOSIS_CACHE_TTL_S": "60", "ARGUS_OPENAI_API_KEY": "sk-x",
        "ARGUS_BEDROCK_MODEL_ID": "m",
    }.items():
        monkeypatch.setenv(name, value)
    s = DiagnoseSettings()
    assert (s.provider, s.openai_model, s.token_budget, s.max_model_calls) == ("openai", "llama", 1500, 2)
    assert s.diagnosis_cache_ttl_s == 60 and s.openai_api_key.get_secret_value() == "sk-x"
    assert s.bedrock_model_id == "m"
    service = diagnosis_service(s, cache=False)
    assert service.provider.name == "openai" and service.cache is None


def test_dynamo_cache_checks_expiry_on_read():
    # Given an entry written at t=1000 with a 60 s TTL
    now = [1000.0]
    table = MemoryTable()
    cache = DynamoDiagnosisCache(table, ttl_s=60, clock=lambda: now[0])
    value = CachedDiagnosis(Diagnosis(category=Category.NONE, risk_level=RiskLevel.LOW, root_cause="nothing"),
                            "fake", "m", PROMPT_VERSION)
    cache.put("k1", value)
    item = table.items[("DIAG#k1", "DIAG")]
    assert item["expires_at"] == 1060
    # When read before and after expiry (the table has not deleted the item)
    assert cache.get("k1") == value
    now[0] = 1060.0
    # Then the expired entry is a miss
    assert cache.get("k1") is None


@dataclass
class _BuggyProvider:
    exc: Exception
    name: str = "buggy"
    model: str = "buggy-1"

    def complete(self, request):
        raise self.exc


@pytest.mark.parametrize("exc", [TypeError("int() argument must be ..."), KeyError("toolUse"), RuntimeError("x")])
def test_any_exception_from_a_provider_falls_back_to_the_rules_and_names_its_type(exc):
    # Given a provider with a bug that raises something other than a ProviderError
    cache = InMemoryDiagnosisCache()
    # When diagnosing
    diagnosis, usage = _service(_BuggyProvider(exc), cache).diagnose(_summary())
    # Then the batch gets the rules' diagnosis, the reason names the exception type, nothing is cached
    assert usage.fallback_reason == f"provider_bug: {type(exc).__name__}"
    assert (diagnosis.category, diagnosis.risk_level) == (Category.BATTERY_BMS, RiskLevel.HIGH)
    assert usage.model_calls == 1 and cache.puts == 0
