"""The token budget is a hard invariant: hostile file names, long excerpts, unicode-heavy text and
long model answers never produce a prompt over it, and a plan that cannot keep it calls no model."""

from __future__ import annotations

import pytest

from functions.core.domain.contracts import FileOutcome, Severity
from functions.diagnose.digest import plan_prompts, reduce_prompt
from functions.diagnose.service import DiagnosisService
from functions.diagnose.tokens import default_counter
from tests.unit.diagnose.builders import NOISE, batch_summary, code, file_summary, tpl
from tests.unit.diagnose.fakes import FakeProvider

COUNTER = default_counter()
STOP = "🛑" * 255  # 255 characters (the API's limit), 765 cl100k tokens


def _hostile(n_templates: int = 60, failed: int = 3):
    templates = [
        tpl(f"ошибка 电池 🔥 {i} " * 40, 100 + i, Severity.ERROR, line=i, excerpt="不" * 300)
        for i in range(n_templates)
    ]
    codes = [code(f"P0{i:03X}" + "🛑" * 60, 5 + i, excerpt="🔥" * 300) for i in range(20)]
    summary = batch_summary(file_summary("f_1", [*NOISE, *templates], codes))
    summary.files = [
        FileOutcome(file_id=f"f_bad{i}", file_name=STOP, status="failed", error="不" * 200) for i in range(failed)
    ] + summary.files
    for t in summary.templates[:5]:  # evidence pointing at a file with a hostile name
        t.sample.file_name = STOP
    return summary


def _all_prompts(plan, partials):
    prompts = [plan.single] if plan.single is not None else list(plan.segments)
    if plan.segments:
        prompts.append(reduce_prompt(plan, partials, COUNTER, plan.budget))
    return prompts


LONG_PARTIAL = {"category": "battery_bms" * 50, "risk_level": "high", "root_cause": "电池 🔥 " * 3000,
                "evidence_refs": ["T1" * 3000] * 8 + ["C1", "T2", "t3", "X9", "T99999"]}


@pytest.mark.parametrize("budget", [600, 800, 1000, 2000, 4000])
@pytest.mark.parametrize("max_calls", [1, 2, 3, 4, 8])
def test_every_prompt_fits_the_budget_whatever_the_text(budget, max_calls):
    # Given failed files named with 255 emoji, unicode-heavy templates and codes, long excerpts
    plan = plan_prompts(_hostile(), COUNTER, budget, max_calls)
    # When every prompt is built, the reduce step included, with partial answers far over any cap
    prompts = _all_prompts(plan, [LONG_PARTIAL] * len(plan.segments))
    # Then there is at least one prompt and each one, counted with the real tokenizer, fits the budget
    assert prompts and all(p is not None for p in prompts)
    for p in prompts:
        assert COUNTER.count(p.system) + COUNTER.count(p.user) == p.tokens <= budget
    assert len(prompts) <= max(1, max_calls)


def test_the_header_clips_hostile_names_and_keeps_the_counts():
    # Given three failed files with 765-token names
    plan = plan_prompts(_hostile(), COUNTER, 2000, 4)
    # Then the header names them clipped, and still states how many files failed
    assert "3 failed)" in plan.header and STOP not in plan.header
    assert plan.header.count("Failed file ") == 3
    assert all(COUNTER.count(line) < 100 for line in plan.header.splitlines())


def test_the_reduce_prompt_repeats_only_real_refs_and_clipped_causes():
    # Given a segmented plan and partial answers with 6,000-character refs and causes
    plan = plan_prompts(_hostile(400), COUNTER, 1000, 4)
    assert plan.segments
    reduce = reduce_prompt(plan, [LONG_PARTIAL] * len(plan.segments), COUNTER, 1000)
    # Then only digest ids survive, each cause is clipped and the prompt fits
    assert "T1T1" not in reduce.user and "X9" not in reduce.user and "T99999" not in reduce.user
    assert "refs=C1,T2 " in reduce.user  # lower-case t3 is not an id the digest gave out
    assert reduce.tokens <= 1000
    assert all(f"S{n}:" in reduce.user for n in range(1, len(plan.segments) + 1))


def test_a_budget_too_small_for_the_header_calls_no_model_and_says_why():
    # Given a budget smaller than the system prompt itself
    provider = FakeProvider()
    service = DiagnosisService(provider=provider, counter=COUNTER, token_budget=200)
    # When diagnosing
    diagnosis, usage = service.diagnose(_hostile())
    # Then the model is never called and the rules answer, with the reason recorded
    assert service.last_plan.empty and provider.requests == []
    assert usage.fallback_reason == "digest_over_budget" and usage.model_calls == 0
    assert diagnosis is not None


def test_model_evidence_refs_keep_only_digest_ids():
    from functions.diagnose.providers.base import ModelAnswer

    answer = ModelAnswer.model_validate({"category": "none", "risk_level": "low", "root_cause": "nothing",
                                         "evidence_refs": [" c12 ", "T1" * 3000, "T3", "note: see T4", "C12345"]})
    assert answer.evidence_refs == ["C12", "T3"]
