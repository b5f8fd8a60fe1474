"""Diagnosis benchmark: accuracy of the rule-based default on the labelled sets, and prompt tokens
per batch from 1 MB to 1 GB of logs, each against a baseline measured in the same run.

Sets: ``scenarios`` (the project's generated batches), ``tuning`` to ``tuning16`` and
``tuningH`` (mostly healthy batches) (bench/data/diagnose/<set>, each written by someone who never
read the diagnosis code; the rules may be tuned on them; ``tuning13`` to ``tuning16`` were the held-out
sets ``heldout`` to ``heldout4`` until session 9, see docs/decisions.md), ``heldout5`` to ``heldout9``
(bench/data/diagnose/heldout*, five sets by five more authors, never tuned on and never read by whoever
tunes; skipped with a message when absent). Per set and for the rules engine and the keyword-vote
baseline: category, subsystem and risk accuracy (exact or an accepted neighbour), false alarms on
healthy batches, and prompt tokens.

    python bench/bench_diagnose.py                 # every set; token table at 1 MB, 100 MB, 1 GB
    python bench/bench_diagnose.py --set tuning --skip-tokens
    python bench/bench_diagnose.py --quick         # 1 MiB scenarios; 1 MB and 20 MB token points
    python bench/bench_diagnose.py --sizes 1e6,1e8 --scenarios bms-runaway,healthy-commute

Accuracy baseline: a keyword vote (the category named most often by error-level lines, the risk from
the highest severity seen), i.e. what the rules add over "grep for the loudest subsystem". Token
baseline: the whole batch summary rendered as a prompt with no budget.
Everything goes through the real parser (``summarize_stream``, the ``argus analyze`` path).
"""

from __future__ import annotations

import argparse
import json
import logging
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from argus.commands.analyze import analyze, expand, local_service
from argus.scenarios import SCENARIOS, generate_scenario, get_scenario
from functions.core.domain.contracts import BatchSummary, Severity
from functions.core.domain.taxonomy import CATEGORY_OF
from functions.diagnose.digest import SYSTEM_PROMPT, Prompt, PromptPlan, header_of, rank_items, reduce_prompt
from functions.diagnose.knowledge import keyword_scores, subsystem_scores
from functions.diagnose.tokens import default_counter

MiB = 1024 * 1024
DATA = Path(__file__).resolve().parent / "data" / "diagnose"
SETS = (
    "scenarios",
    "tuning",
    "tuning2",
    "tuning3",
    "tuning4",
    "tuning5",
    "tuning6",
    "tuning7",
    "tuning8",
    "tuning9",
    "tuning10",
    "tuning11",
    "tuning12",
    "tuning13",
    "tuning14",
    "tuning15",
    "tuning16",
    "tuningH",
    "heldout5",
    "heldout6",
    "heldout7",
    "heldout8",
    "heldout9",
)
RISKS = ("low", "medium", "high", "critical")
logging.getLogger("functions.parse").setLevel(logging.ERROR)  # a failed file is reported in the table


def keyword_baseline(summary: BatchSummary) -> tuple[str, str, str]:
    """Category, subsystem and risk by a keyword vote of the error-level lines."""
    votes: Counter[str] = Counter()
    subs: Counter[str] = Counter()
    worst = Severity.INFO
    for t in summary.templates:
        if t.severity.rank >= Severity.ERROR.rank:
            text = f"{t.template} {t.sample.excerpt if t.sample else ''}".lower()
            for cat in keyword_scores(text):
                votes[cat.value] += t.count
            for sub in subsystem_scores(text):
                subs[sub] += t.count
            worst = max(worst, t.severity, key=lambda s: s.rank)
    category = votes.most_common(1)[0][0] if votes else "none"
    in_cat = [(s, n) for s, n in subs.most_common() if CATEGORY_OF[s].value == category]
    subsystem = in_cat[0][0] if in_cat else "none"
    risk = {Severity.CRITICAL: "critical", Severity.ERROR: "high"}.get(worst, "low") if votes else "low"
    return category, subsystem, risk


class Label:
    def __init__(self, name: str, category: str, subsystem: str, risk: str, accept: tuple[str, ...] = ()) -> None:
        self.name, self.category, self.subsystem, self.risk, self.accept = name, category, subsystem, risk, accept

    def risk_ok(self, risk: str) -> bool:
        return risk == self.risk or risk in self.accept


class Score:
    def __init__(self) -> None:
        self.n = self.cat = self.sub = self.risk = self.healthy = self.false_alarms = 0

    def add(self, label: Label, category: str, subsystem: str, risk: str) -> tuple[bool, bool, bool]:
        ok = (category == label.category, subsystem == label.subsystem, label.risk_ok(risk))
        self.n += 1
        self.cat += ok[0]
        self.sub += ok[1]
        self.risk += ok[2]
        if label.category == "none":
            self.healthy += 1
            self.false_alarms += category != "none"
        return ok


def _frozen_batches(name: str) -> list[tuple[Label, Path]] | None:
    root = DATA / name
    labels = root / "labels.json"
    if not labels.is_file():
        return None
    out = []
    for item in json.loads(labels.read_text()):
        accept = tuple(item.get("risk_accept") or ())
        label = Label(item["batch"], item["category"], item.get("subsystem") or "none", item["risk_level"], accept)
        out.append((label, root / item["batch"]))
    return out


def run_set(
    name: str, batches: list[tuple[Label, Path]], service, jobs: int, workdir: Path, size: int | None, seed: int
) -> None:
    rules, base = Score(), Score()
    tokens: list[int] = []
    started = time.monotonic()
    print(f"\n== set {name}: {len(batches)} batches")
    for label, path in batches:
        if name == "scenarios":
            path = workdir / "acc" / label.name
            generate_scenario(label.name, path, size, seed=seed)
        report, summary = analyze(expand([path]), service, jobs=jobs)
        if name == "scenarios":
            shutil.rmtree(path)
        d = report.diagnosis
        ok = rules.add(label, d.category.value, d.subsystem, d.risk_level.value)
        b_c, b_s, b_r = keyword_baseline(summary)
        base.add(label, b_c, b_s, b_r)
        plan = service.plan(summary)
        tokens.append(plan.prompt_tokens)
        failed = sum(1 for f in summary.files if f.status == "failed")
        mark = "".join("." if o else m for o, m in zip(ok, "CSR", strict=True))
        print(
            f"  {mark} {label.name:40.40s} want {label.category:20s} {label.subsystem:14s} {label.risk:8s} "
            f"got {d.category.value:20s} {d.subsystem:14s} {d.risk_level.value:8s}"
            + (f"  ({failed} file(s) failed to parse)" if failed else ""),
            flush=True,
        )
    n = max(1, rules.n)
    print(f"set {name}: {rules.n} batches, {rules.healthy} healthy, {time.monotonic() - started:.0f} s")
    for what, r, b in (
        ("category", rules.cat, base.cat),
        ("subsystem", rules.sub, base.sub),
        ("risk (or accepted)", rules.risk, base.risk),
    ):
        print(f"  {what:20s} rules {r / n:.3f}   keyword baseline {b / n:.3f}   ratio {r / max(1, b):.2f}x")
    print(
        f"  {'false alarms':20s} rules {rules.false_alarms}/{rules.healthy}   "
        f"keyword baseline {base.false_alarms}/{base.healthy}"
    )
    if tokens:
        print(
            f"  {'prompt tokens':20s} max {max(tokens)}   mean {sum(tokens) / len(tokens):.0f}   "
            f"(budget {service.token_budget}; the baseline sends no prompt)"
        )


def run_accuracy(sets: list[str], names: list[str], size: int | None, seed: int, jobs: int, workdir: Path) -> None:
    service = local_service("rules")
    for name in sets:
        if name == "scenarios":
            batches = [
                (Label(s.name, s.category, s.subsystem, s.risk), Path(s.name)) for s in (get_scenario(n) for n in names)
            ]
        else:
            frozen = _frozen_batches(name)
            if frozen is None:
                print(f"\n== set {name}: absent ({DATA / name}/labels.json not found), skipped")
                continue
            batches = frozen
        run_set(name, batches, service, jobs, workdir, size, seed)


def unbudgeted_tokens(summary: BatchSummary) -> int:
    counter = default_counter()
    items = rank_items(summary)
    text = header_of(summary) + "\n" + "".join(i.line + "\n" for i in items)
    return counter.count(SYSTEM_PROMPT) + counter.count(text)


TOKEN_SCENARIO = "two-can-pt-busoff+cam-glare"
_RAW_SAMPLE = 256 * 1024


def raw_log_tokens(paths: list[Path]) -> int:
    counter = default_counter()
    total = 0
    for p in paths:
        size = p.stat().st_size
        with open(p, "rb") as f:
            head = f.read(_RAW_SAMPLE).decode("utf-8", "replace")
        total += int(counter.count(head) * size / max(1, min(size, _RAW_SAMPLE)))
    return total


def largest_reduce(plan: PromptPlan, category: str, budget: int) -> Prompt:
    """The reduce prompt at its largest: every partial answer with a cause at the 1,500-character
    limit and 20 refs, the most a validated model answer can carry."""
    partials = [
        {"category": category, "risk_level": "high", "root_cause": "cause " * 300, "evidence_refs": seg.refs[:20]}
        for seg in plan.segments
    ]
    return reduce_prompt(plan, partials, default_counter(), budget)


def run_tokens(sizes: list[int], jobs: int, workdir: Path, budget: int) -> None:
    service = local_service("rules", budget)
    print(f"\nprompt tokens per batch (budget {budget}; scenario {TOKEN_SCENARIO})")
    print("  baselines: 'summary' = every summary item in one prompt with no budget; 'raw logs' = the log text")
    print("  itself (tokens of the first 256 KiB of each file, scaled to its size)")
    print(
        f"  {'logs':>9s} {'lines':>11s} {'generate':>9s} {'parse+gather':>12s} {'prompt':>7s} {'items':>6s} "
        f"{'left out':>8s} {'summary':>8s} {'ratio':>6s} {'raw logs':>12s} {'ratio':>9s} {'calls':>5s} "
        f"{'reduce':>6s}  diagnosis"
    )
    for size in sizes:
        out = workdir / f"tok-{size}"
        t0 = time.monotonic()
        paths = generate_scenario(TOKEN_SCENARIO, out, size, seed=11)
        t1 = time.monotonic()
        report, summary = analyze(paths, service, jobs=jobs)
        t2 = time.monotonic()
        plan = service.plan(summary)
        full = unbudgeted_tokens(summary)
        actual = sum(p.stat().st_size for p in paths)
        raw = raw_log_tokens(paths)
        shutil.rmtree(out)
        if plan.empty:  # nothing fits the budget: the service would use the rules without a model call
            print(f"  {actual / 1e6:8.1f}M {summary.total_lines:11,d}  no prompt fits a budget of {budget}", flush=True)
            continue
        # The largest map prompt (or the single one) and, when segmented, the largest reduce prompt.
        prompt = plan.single or max(plan.segments, key=lambda p: p.tokens)
        reduce = largest_reduce(plan, report.diagnosis.category.value, budget) if plan.segments else None
        calls = 1 if plan.single else len(plan.segments) + 1
        status = "OK " if max(prompt.tokens, reduce.tokens if reduce else 0) <= budget else "OVER"
        print(
            f"  {actual / 1e6:8.1f}M {summary.total_lines:11,d} {t1 - t0:8.1f}s {t2 - t1:11.1f}s "
            f"{prompt.tokens:7d} {len(prompt.refs):6d} {prompt.omitted:8d} {full:8d} {full / prompt.tokens:5.1f}x "
            f"{raw:12,d} {raw / prompt.tokens:8,.0f}x {calls:5d} {reduce.tokens if reduce else '-':>6}  "
            f"{status} {report.diagnosis.category.value}/{report.diagnosis.risk_level.value}",
            flush=True,
        )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="1 MiB scenarios; token points at 1 MB and 20 MB")
    ap.add_argument("--set", action="append", choices=SETS, help="only this labelled set (repeatable; default all)")
    ap.add_argument("--scenarios", help="comma-separated scenario names (default: all)")
    ap.add_argument("--size", type=float, help="bytes per scenario batch (default: each scenario's own size)")
    ap.add_argument("--sizes", help="comma-separated batch sizes in bytes for the token table")
    ap.add_argument("--seed", type=int, default=101, help="seed for the generated scenarios")
    ap.add_argument("--budget", type=int, default=2000)
    ap.add_argument("--jobs", type=int, default=0, help="parallel parsers (default: CPU count)")
    ap.add_argument("--skip-accuracy", action="store_true")
    ap.add_argument("--skip-tokens", action="store_true")
    args = ap.parse_args()

    names = args.scenarios.split(",") if args.scenarios else [s.name for s in SCENARIOS]
    size = int(args.size) if args.size else (MiB if args.quick else None)
    if args.sizes:
        sizes = [int(float(s)) for s in args.sizes.split(",")]
    else:
        sizes = [1_000_000, 20_000_000] if args.quick else [1_000_000, 100_000_000, 1_000_000_000]
    with tempfile.TemporaryDirectory(prefix="argus-bench-") as tmp:
        if not args.skip_accuracy:
            run_accuracy(args.set or list(SETS), names, size, args.seed, args.jobs, Path(tmp))
        if not args.skip_tokens:
            run_tokens(sizes, args.jobs, Path(tmp), args.budget)
    return 0


if __name__ == "__main__":
    sys.exit(main())
