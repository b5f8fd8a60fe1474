"""The diagnosis use case: cache → digest under the token budget → model (map/reduce if needed) →
validated answer, with the rule-based diagnoser as the default and as the fallback of every failure.

A fallback result is never cached, so a throttled model does not pin a rules answer for a week.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field

from functions.core.domain.contracts import (
    TAXONOMY_VERSION,
    BatchSummary,
    Category,
    Diagnosis,
    DiagnosisUsage,
    Evidence,
)
from functions.core.domain.fleet import template_fingerprint
from functions.core.observability import logger
from functions.core.ports import (
    CachedDiagnosis,
    DiagnosisCache,
    ModelProvider,
    ModelRequest,
    NoiseBaseline,
    ProviderError,
    TokenCounter,
)
from functions.diagnose.digest import PROMPT_VERSION, Prompt, PromptPlan, plan_prompts, problem_signature, reduce_prompt
from functions.diagnose.providers.base import ANSWER_SCHEMA, ModelAnswer, parse_answer
from functions.diagnose.rules import RULES_VERSION, diagnose_rules
from functions.diagnose.tokens import DEFAULT_TOKEN_BUDGET, default_counter

_MAX_EVIDENCE = 8


@dataclass
class _Spend:
    calls: int = 0
    tokens_in: int = 0
    tokens_out: int = 0


@dataclass
class DiagnosisService:
    """``provider=None`` is the rule-based diagnoser: offline, deterministic, free."""

    provider: ModelProvider | None = None
    cache: DiagnosisCache | None = None
    counter: TokenCounter | None = None
    token_budget: int = DEFAULT_TOKEN_BUDGET
    max_model_calls: int = 4
    max_output_tokens: int = 700
    price_in_per_1k: float = 0.0
    price_out_per_1k: float = 0.0
    noise: NoiseBaseline | None = None  # the fleet's noise baseline; None: every template counts fully
    last_plan: PromptPlan | None = field(default=None, repr=False)

    def _counter(self) -> TokenCounter:
        if self.counter is None:
            self.counter = default_counter()
        return self.counter

    def cache_key(self, signature: str) -> str:
        assert self.provider is not None
        # PROMPT_VERSION carries the taxonomy version: a diagnosis cached under another taxonomy is
        # never served (the key differs, and so does the stored prompt_version checked on read).
        raw = f"{signature}|{self.provider.name}|{self.provider.model}|{PROMPT_VERSION}|{TAXONOMY_VERSION}"
        return hashlib.sha256(raw.encode()).hexdigest()[:40]

    def plan(self, summary: BatchSummary) -> PromptPlan:
        """The prompts a model would receive for this summary (also used by the benchmarks)."""
        return plan_prompts(summary, self._counter(), self.token_budget, self.max_model_calls)

    def _noise(self, summary: BatchSummary) -> dict[str, float]:
        if self.noise is None:
            return {}
        try:
            return dict(self.noise.weights(template_fingerprint(t.template) for t in summary.templates))
        except Exception:  # the baseline only refines a diagnosis: without it, diagnose as before
            logger.warning("noise baseline unavailable", exc_info=True)
            return {}

    def diagnose(self, summary: BatchSummary) -> tuple[Diagnosis, DiagnosisUsage]:
        signature = problem_signature(summary)
        if self.provider is None:
            usage = DiagnosisUsage(
                provider="rules", model=RULES_VERSION, prompt_version=PROMPT_VERSION, signature=signature
            )
            return diagnose_rules(summary, self._noise(summary)), usage

        key = self.cache_key(signature)
        if (
            self.cache is not None
            and (hit := self.cache.get(key)) is not None
            and hit.prompt_version == PROMPT_VERSION
        ):
            usage = DiagnosisUsage(
                provider=self.provider.name,
                model=self.provider.model,
                prompt_version=PROMPT_VERSION,
                cache_hit=True,
                signature=signature,
            )
            return hit.diagnosis, usage

        plan = self.plan(summary)
        self.last_plan = plan
        spend = _Spend()
        started = time.monotonic()
        try:
            answer = self._run(plan, spend)
            diagnosis = _to_diagnosis(answer, plan)
            fallback = None
        except ProviderError as exc:
            logger.warning("model failed, using the rules", extra={"reason": exc.reason, "error": str(exc)})
            diagnosis, fallback = diagnose_rules(summary, self._noise(summary)), exc.reason
        except Exception as exc:  # a model or provider bug must never fail the batch
            fallback = f"provider_bug: {type(exc).__name__}"
            logger.error("model call raised, using the rules", exc_info=True, extra={"reason": fallback})
            diagnosis = diagnose_rules(summary, self._noise(summary))
        usage = DiagnosisUsage(
            provider=self.provider.name,
            model=self.provider.model,
            prompt_version=PROMPT_VERSION,
            input_tokens=spend.tokens_in,
            output_tokens=spend.tokens_out,
            model_calls=spend.calls,
            estimated_cost_usd=round(
                spend.tokens_in / 1000 * self.price_in_per_1k + spend.tokens_out / 1000 * self.price_out_per_1k, 8
            ),
            fallback_reason=fallback,
            signature=signature,
        )
        logger.info(
            "diagnosis",
            extra={"calls": spend.calls, "seconds": round(time.monotonic() - started, 3), "fallback": fallback},
        )
        if fallback is None and self.cache is not None:
            self.cache.put(key, CachedDiagnosis(diagnosis, self.provider.name, self.provider.model, PROMPT_VERSION))
        return diagnosis, usage

    def _call(self, prompt: Prompt, spend: _Spend) -> ModelAnswer:
        assert self.provider is not None
        if spend.calls >= self.max_model_calls:  # the plan respects the cap; this is the guarantee
            raise ProviderError("call_cap", f"more than {self.max_model_calls} model calls")
        if prompt.tokens > self.token_budget:  # likewise for the budget: never send an oversized prompt
            raise ProviderError("digest_over_budget", f"{prompt.tokens} prompt tokens > {self.token_budget}")
        spend.calls += 1
        reply = self.provider.complete(
            ModelRequest(prompt.system, prompt.user, self.max_output_tokens, ANSWER_SCHEMA)
        )
        spend.tokens_in += reply.input_tokens or prompt.tokens
        spend.tokens_out += reply.output_tokens
        if reply.stop_reason in ("max_tokens", "length"):
            raise ProviderError("invalid_output", "the answer was cut at max tokens")
        return parse_answer(reply)

    def _run(self, plan: PromptPlan, spend: _Spend) -> ModelAnswer:
        if plan.single is not None:
            return self._call(plan.single, spend)
        if not plan.segments:  # not even the header fits the budget: a reduce over nothing is no answer
            raise ProviderError("digest_over_budget", f"no prompt fits {self.token_budget} tokens")
        partials = [self._call(segment, spend) for segment in plan.segments]
        reduce = reduce_prompt(plan, [p.model_dump(mode="json") for p in partials], self._counter(), self.token_budget)
        return self._call(reduce, spend)


def _to_diagnosis(answer: ModelAnswer, plan: PromptPlan) -> Diagnosis:
    """Evidence comes from the digest items the model cites (never from its own text), so every
    pointer in a report leads back to a real file and line."""
    evidence: list[Evidence] = []
    for ref in answer.evidence_refs:
        item = plan.items.get(ref)
        if item is not None and item.evidence is not None and item.evidence not in evidence:
            evidence.append(item.evidence)
        if len(evidence) >= _MAX_EVIDENCE:
            break
    if not evidence and answer.category is not Category.NONE:
        top = [i for i in plan.items.values() if i.important and i.evidence is not None]
        evidence = [i.evidence for i in sorted(top, key=lambda i: -i.score)[:3] if i.evidence is not None]
    return Diagnosis(
        category=answer.category,
        subsystem=answer.subsystem,
        risk_level=answer.risk_level,
        root_cause=answer.root_cause,
        recommendations=answer.recommendations,
        evidence=evidence,
        confidence=answer.confidence,
    )
