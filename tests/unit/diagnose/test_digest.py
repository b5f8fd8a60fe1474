import pytest

from functions.core.domain.contracts import Severity
from functions.diagnose.digest import plan_prompts, problem_signature
from functions.diagnose.gather import merge_summaries
from functions.diagnose.tokens import default_counter
from tests.unit.diagnose.builders import batch, batch_summary, code, file_summary, record, tpl

COUNTER = default_counter()


def _huge_summary(files: int = 4):
    summaries = []
    for f in range(files):
        templates = [
            tpl(f"subsystem{f} event {i} " + "with a fairly long parameterised message body <*> " * 3, 10_000 - i,
                [Severity.INFO, Severity.WARNING, Severity.ERROR, Severity.CRITICAL][i % 4], file_id=f"f_{f}")
            for i in range(480)
        ]
        codes = [code(f"P0{a:03X}", 5 + a, file_id=f"f_{f}") for a in range(150)]
        summaries.append(file_summary(f"f_{f}", templates, codes))
    return batch_summary(*summaries)


@pytest.mark.parametrize("budget", [600, 2000, 6000])
def test_prompt_never_exceeds_the_budget_and_states_what_was_left_out(budget):
    # Given a summary far larger than any budget
    summary = _huge_summary()
    # When one prompt is planned
    plan = plan_prompts(summary, COUNTER, budget, max_calls=1)
    # Then it fits, counted with the real tokenizer, and says how many items it left out
    prompt = plan.single
    assert COUNTER.count(prompt.system) + COUNTER.count(prompt.user) == prompt.tokens <= budget
    assert prompt.omitted > 0 and f"Omitted: {prompt.omitted} lower-ranked items" in prompt.user
    assert len(prompt.refs) + prompt.omitted == len(plan.items)


def test_items_are_ranked_severity_and_spread_first():
    s1 = file_summary("f_1", [tpl("chatty info <*>", 90_000, Severity.INFO), tpl("rare fatal", 1, Severity.CRITICAL)],
                      [code("P0A80", 3, file_id="f_1")])
    s2 = file_summary("f_2", [tpl("chatty info <*>", 90_000, Severity.INFO)], [code("P0A80", 3, file_id="f_2")])
    plan = plan_prompts(batch_summary(s1, s2), COUNTER, 2000, max_calls=1)
    lines = plan.single.user.splitlines()
    items = [ln for ln in lines if ln[:1] in "CT" and ln[1:2].isdigit()]
    assert items[0].startswith("C1 code P0A80") and "files=2" in items[0]
    assert "rare fatal" in items[1]


def test_segmented_plan_respects_the_call_cap_and_every_prompt_fits():
    summary = _huge_summary()
    plan = plan_prompts(summary, COUNTER, 1500, max_calls=4)
    assert plan.single is None
    assert 1 <= len(plan.segments) <= 3  # + 1 reduce call = at most 4
    assert all(p.tokens <= 1500 for p in plan.segments)
    assert plan.dropped_segments == 1  # this much evidence cannot all be read in 3 segments


def test_same_summary_gives_the_same_prompt():
    a = plan_prompts(_huge_summary(2), COUNTER, 2000, max_calls=1).single.user
    b = plan_prompts(_huge_summary(2), COUNTER, 2000, max_calls=1).single.user
    assert a == b


def test_signature_ignores_file_order_ids_and_small_count_changes_but_not_the_problem():
    def summary(order, bump=0, batch_id="b_1", extra_code=None):
        files = {
            "f_a": file_summary("f_a", [tpl("cell over-temperature <*>", 40 + bump, file_id="f_a")],
                                [code("P0A80", 3, file_id="f_a")], batch_id=batch_id),
            "f_b": file_summary("f_b", [tpl("Bluetooth binder is null", 12, file_id="f_b")],
                                [code(extra_code, 2, file_id="f_b")] if extra_code else [], batch_id=batch_id),
        }
        recs = [record(f, batch_id=batch_id) for f in order]
        return merge_summaries(batch(batch_id), recs, {f: files[f] for f in order})

    base = problem_signature(summary(["f_a", "f_b"]))
    assert problem_signature(summary(["f_b", "f_a"])) == base
    assert problem_signature(summary(["f_a", "f_b"], bump=3, batch_id="b_2")) == base
    assert problem_signature(summary(["f_a", "f_b"], extra_code="U0073")) != base


@pytest.mark.parametrize(("same", "a", "b"), [
    (True, 1, 3), (False, 3, 4), (True, 4, 9), (False, 9, 10), (True, 10, 31), (False, 31, 32),
    (True, 40, 42), (True, 32, 99), (False, 99, 100), (True, 100, 316), (False, 316, 317), (False, 3, 300),
])
def test_signature_buckets_counts_by_half_decade_as_documented(same, a, b):
    # Given the same problem seen with two counts
    def summary(n):
        return batch_summary(file_summary("f_1", [tpl("cell over-temperature <*>", n, Severity.ERROR)]))

    # Then the signature is the same exactly when both counts fall in one half-decade bucket
    assert (problem_signature(summary(a)) == problem_signature(summary(b))) is same
