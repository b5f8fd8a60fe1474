"""The vehicle-systems taxonomy: one definition, carried by the contracts, the model prompt, the
output schema and the cache key."""

import pytest

from functions.core.domain.contracts import Diagnosis, Report, RiskLevel
from functions.core.domain.taxonomy import CATEGORY_OF, SUBSYSTEMS, TAXONOMY_VERSION, Category
from functions.core.ports import CachedDiagnosis, ModelReply
from functions.diagnose.digest import PROMPT_VERSION, SYSTEM_PROMPT
from functions.diagnose.providers.base import ANSWER_SCHEMA, parse_answer
from functions.diagnose.service import DiagnosisService
from tests.unit.diagnose.builders import NOISE, batch_summary, code, file_summary, tpl
from tests.unit.diagnose.fakes import FakeProvider, InMemoryDiagnosisCache


def test_exactly_the_ten_categories_and_every_subsystem_in_one_of_them():
    assert [c.value for c in Category] == [
        "battery_bms", "powertrain", "thermal", "brakes_chassis", "body", "adas_perception",
        "connectivity_network", "software_platform", "power_supply", "none",
    ]
    assert set(SUBSYSTEMS) == set(Category)
    assert CATEGORY_OF["ignition"] is Category.POWERTRAIN
    assert CATEGORY_OF["dcdc"] is Category.POWER_SUPPLY and CATEGORY_OF["gnss"] is Category.ADAS_PERCEPTION


def test_a_subsystem_outside_its_category_becomes_the_categorys_general_one():
    d = Diagnosis(category=Category.BRAKES_CHASSIS, subsystem="lidar", risk_level=RiskLevel.LOW, root_cause="x")
    assert d.subsystem == "brakes"
    assert Diagnosis(category=Category.NONE, risk_level=RiskLevel.LOW, root_cause="x").subsystem == "none"


def test_the_prompt_and_the_output_schema_carry_the_taxonomy():
    for cat in Category:
        assert cat.value in SYSTEM_PROMPT
        assert cat.value in ANSWER_SCHEMA["properties"]["category"]["description"]
    assert "hv_isolation" in SYSTEM_PROMPT and "lv_distribution" in SYSTEM_PROMPT
    assert "subsystem" in ANSWER_SCHEMA["required"]
    assert set(ANSWER_SCHEMA["properties"]["subsystem"]["enum"]) == set(CATEGORY_OF)
    assert TAXONOMY_VERSION in PROMPT_VERSION
    assert Report.model_fields["schema_version"].default == 2


def test_a_model_answer_names_a_subsystem():
    reply = ModelReply(text='{"category": "Powertrain", "subsystem": "IGNITION", "risk_level": "medium", '
                       '"root_cause": "misfire on cylinder 1"}', input_tokens=1, output_tokens=1)
    a = parse_answer(reply)
    assert (a.category, a.subsystem) == (Category.POWERTRAIN, "ignition")


def test_a_diagnosis_cached_under_another_taxonomy_is_never_served():
    # Given a cache entry under this problem's key but written with an older prompt/taxonomy version
    summary = batch_summary(file_summary("f_1", [*NOISE, tpl("[ERROR] misfire cylinder <*>", 50)], [code("P0301", 50)]))
    provider = FakeProvider(answer=lambda r: {
        "category": "powertrain", "subsystem": "ignition", "risk_level": "medium", "root_cause": "misfire",
        "recommendations": [], "evidence_refs": ["C1"], "confidence": 0.7})
    cache = InMemoryDiagnosisCache()
    service = DiagnosisService(provider=provider, cache=cache)
    key = service.cache_key(service_signature(summary))
    old = Diagnosis(category=Category.BATTERY_BMS, risk_level=RiskLevel.HIGH, root_cause="old taxonomy answer")
    cache.items[key] = CachedDiagnosis(old, "fake", "fake-model-1", "diag-prompt-v1")
    # When diagnosed
    diagnosis, usage = service.diagnose(summary)
    # Then the model is asked again and the stale answer is not returned
    assert not usage.cache_hit and len(provider.requests) == 1
    assert (diagnosis.category, diagnosis.subsystem) == (Category.POWERTRAIN, "ignition")


def service_signature(summary):
    from functions.diagnose.digest import problem_signature

    return problem_signature(summary)


def test_a_structured_line_is_read_by_its_message_field():
    from functions.diagnose.knowledge import message_of

    line = 'ts=2026-10-09T17:56:25Z level=error comp=tms msg="loop pump EWP1: stall"'
    assert message_of(line) == "loop pump EWP1: stall"
    assert message_of('{"PRIORITY": "3", "SYSLOG_IDENTIFIER": "avahi", "MESSAGE": "Registering record"}') == (
        "Registering record")


@pytest.mark.parametrize(("line", "want"), [
    ("lvds 2 serdes link 0 retrain failed, no lock", "hmi"),  # a display link's SerDes lock is no door lock
    ("driver door lock actuator stalled", "doors"),
    ("eFuse F23 (ADAS_DCU 12V) tripped: overcurrent", "lv_distribution"),  # the fuse, not the net it feeds
    ("turn signal RR: direction indicator open circuit", "lighting"),
    ("HTTP 504 Gateway Timeout at offset 52428800", None),
    ("TensorRT engine warmup took 1.4 s", None),
    ("engine coolant pump EWP1 stalled", "pump"),  # the pump, not the engine nor its circuit
])
def test_component_words_name_their_part(line, want):
    from functions.diagnose.knowledge import best_subsystem

    assert best_subsystem(line.lower()) == want
