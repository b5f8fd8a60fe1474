"""Diagnosis benchmark: accuracy of the rule-based default on the labelled scenarios, and prompt tokens
per batch from 1 MB to 1 GB of logs, each against a baseline measured in the same run.

    python bench/bench_diagnose.py            # all scenarios at their default sizes; 1 MB, 100 MB, 1 GB
    python bench/bench_diagnose.py --quick    # 1 MiB scenarios; 1 MB and 20 MB token points
    python bench/bench_diagnose.py --sizes 1e6,1e8 --scenarios bms-runaway,healthy-commute

Accuracy baseline: a keyword vote (the category named most often by error-level lines, the risk from
the highest severity seen), i.e. what the rules add over "grep for the loudest subsystem". Token
baseline: the whole batch summary rendered as a prompt with no budget.
Everything goes through the real parser (``summarize_stream``) on generated files.
"""

from __future__ import annotations

import argparse
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
from functions.diagnose.digest import SYSTEM_PROMPT, Prompt, PromptPlan, header_of, rank_items, reduce_prompt
from functions.diagnose.knowledge import keyword_scores
from functions.diagnose.tokens import default_counter
from functions.shared.contracts import BatchSummary, Severity

MiB = 1024 * 1024
logging.getLogger("functions.parse").setLevel(logging.ERROR)  # a failed file is reported in the table


def keyword_baseline(summary: BatchSummary) -> tuple[str, str]:
    votes: Counter[str] = Counter()
    worst = Severity.INFO
    for t in summary.templates:
        if t.severity.rank >= Severity.ERROR.rank:
            for cat in keyword_scores(f"{t.template} {t.sample.excerpt if t.sample else ''}".lower()):
                votes[cat.value] += t.count
            worst = max(worst, t.severity, key=lambda s: s.rank)
    category = votes.most_common(1)[0][0] if votes else "none"
    risk = {Severity.CRITICAL: "critical", Severity.ERROR: "high"}.get(worst, "low") if votes else "low"
    return category, risk


def run_accuracy(names: list[str], size: int | None, seed: int, jobs: int, workdir: Path) -> None:
    service = local_service("rules")
    rows = []
    hits_c = hits_r = base_c = base_r = 0
    started = time.monotonic()
    for name in names:
        scenario = get_scenario(name)
        out = workdir / "acc" / name
        generate_scenario(name, out, size, seed=seed)
        report, summary = analyze(expand([out]), service, jobs=jobs)
        shutil.rmtree(out)
        got_c, got_r = report.diagnosis.category.value, report.diagnosis.risk_level.value
        b_c, b_r = keyword_baseline(summary)
        ok_c, ok_r = got_c == scenario.category, got_r == scenario.risk
        hits_c += ok_c
        hits_r += ok_r
        base_c += b_c == scenario.category
        base_r += b_r == scenario.risk
        failed = sum(1 for f in summary.files if f.status == "failed")
        rows.append((name, scenario.category, scenario.risk, got_c, got_r, ok_c, ok_r, failed))
        mark = ("." if ok_c else "C") + ("." if ok_r else "R")
        print(
            f"  {mark} {name:58s} want {scenario.category:12s} {scenario.risk:8s} got {got_c:12s} {got_r:8s}"
            + (f"  ({failed} file(s) failed to parse)" if failed else ""),
            flush=True,
        )
    n = len(rows)
    seconds = time.monotonic() - started
    print(f"\nscenarios: {n}   seed {seed}   {seconds:.0f} s")
    print(f"category accuracy  rules {hits_c / n:.3f}   keyword baseline {base_c / n:.3f}   "
          f"ratio {hits_c / max(1, base_c):.2f}x")
    print(f"risk accuracy      rules {hits_r / n:.3f}   keyword baseline {base_r / n:.3f}   "
          f"ratio {hits_r / max(1, base_r):.2f}x")


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
    print(f"  {'logs':>9s} {'lines':>11s} {'generate':>9s} {'parse+gather':>12s} {'prompt':>7s} {'items':>6s} "
          f"{'left out':>8s} {'summary':>8s} {'ratio':>6s} {'raw logs':>12s} {'ratio':>9s} {'calls':>5s} "
          f"{'reduce':>6s}  diagnosis")
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
            run_accuracy(names, size, args.seed, args.jobs, Path(tmp))
        if not args.skip_tokens:
            run_tokens(sizes, args.jobs, Path(tmp), args.budget)
    return 0


if __name__ == "__main__":
    sys.exit(main())
