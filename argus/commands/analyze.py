"""``argus analyze PATH... [--json]``: parse, gather and diagnose local log files, no cloud needed.

The same code the Lambdas run (``summarize_stream`` → ``merge_summaries`` → ``DiagnosisService`` →
``build_report``), on files on disk. Directories are expanded to the files inside them. With the
default rules provider nothing leaves the machine; ``--provider openai|bedrock`` asks a model
(settings from the usual ``ARGUS_*`` variables) without any cache.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from functions.core.domain.batch import Batch, FileRecord, FileStatus
from functions.core.domain.contracts import BatchSummary, FileSummary, Report
from functions.core.domain.uploads import MIN_PART_SIZE
from functions.diagnose.tokens import DEFAULT_TOKEN_BUDGET

LOCAL_VIN = "LCAL0000000000000"  # 17 characters, no I/O/Q: a valid placeholder VIN


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("analyze", help="diagnose local log files (parse, gather, diagnose) offline")
    parser.add_argument("paths", nargs="+", type=Path, help="log files or directories of log files")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--provider", choices=("rules", "bedrock", "openai"), help="override ARGUS_DIAGNOSIS_PROVIDER")
    budget_help = f"prompt token budget (default ARGUS_TOKEN_BUDGET or {DEFAULT_TOKEN_BUDGET})"
    parser.add_argument("--budget", type=int, help=budget_help)
    parser.add_argument("--vin", default=LOCAL_VIN, help="VIN recorded in the report")
    parser.add_argument("--vehicle-id", default="local", help="vehicle id recorded in the report")
    parser.add_argument("--jobs", type=int, default=0, help="files parsed in parallel (default: CPU count)")
    parser.add_argument("--show-prompt", action="store_true", help="also print the prompt a model would receive")
    parser.set_defaults(func=run_analyze)


def expand(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for p in paths:
        if p.is_dir():
            files.extend(sorted(f for f in p.rglob("*") if f.is_file() and not f.name.startswith(".")))
        elif p.is_file():
            files.append(p)
        else:
            raise FileNotFoundError(f"no such file or directory: {p}")
    return files


def _file_id(path: Path, index: int) -> str:
    return "f_" + hashlib.sha1(f"{index}:{path.name}".encode()).hexdigest()[:20]


def summarize_file(args: tuple[str, str, str, str]) -> str:
    """Worker: one file → FileSummary JSON (JSON so it crosses the process boundary cheaply)."""
    from functions.parse.summarize import summarize_stream

    path, batch_id, file_id, name = args
    with open(path, "rb") as stream:
        return summarize_stream(stream, batch_id=batch_id, file_id=file_id, file_name=name).model_dump_json()


def summarize_files(paths: list[Path], batch_id: str, jobs: int = 0) -> list[FileSummary]:
    work = [(str(p), batch_id, _file_id(p, i), p.name) for i, p in enumerate(paths)]
    jobs = jobs or min(len(work), os.cpu_count() or 1)
    if jobs <= 1 or len(work) <= 1:
        return [FileSummary.model_validate_json(summarize_file(w)) for w in work]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        return [FileSummary.model_validate_json(s) for s in pool.map(summarize_file, work)]


def analyze(
    paths: list[Path],
    service,
    *,
    vin: str = LOCAL_VIN,
    vehicle_id: str = "local",
    jobs: int = 0,
) -> tuple[Report, BatchSummary]:
    """Parse, gather and diagnose ``paths`` with ``service`` (a DiagnosisService)."""
    from functions.diagnose.gather import merge_summaries
    from functions.diagnose.report import build_report

    digest = hashlib.sha1("\0".join(str(p.resolve()) for p in paths).encode()).hexdigest()[:20]
    batch = Batch(batch_id=f"b_{digest}", vehicle_id=vehicle_id, vin=vin)
    summaries = summarize_files(paths, batch.batch_id, jobs)
    records = [
        FileRecord(
            batch_id=batch.batch_id,
            file_id=s.file_id,
            name=p.name,
            size=p.stat().st_size,
            object_key=str(p),
            upload_id="local",
            part_size=MIN_PART_SIZE,
            status=FileStatus.FAILED if s.error else FileStatus.PARSED,
            error=s.error,
            format=s.format,
        )
        for p, s in zip(paths, summaries, strict=True)
    ]
    summary = merge_summaries(batch, records, {s.file_id: s for s in summaries})
    diagnosis, usage = service.diagnose(summary)
    return build_report(batch, summary, diagnosis, usage, summary_key="local"), summary


def local_service(provider: str | None = None, budget: int | None = None):
    """A DiagnosisService built from the environment, with no cache and no AWS resource."""
    from functions.bootstrap import diagnosis_service
    from functions.settings import DiagnoseSettings

    overrides: dict = {"table_name": "-", "bucket_name": "-"}
    # Environment values win over these placeholders only for the names the user set.
    for name in ("table_name", "bucket_name"):
        if os.environ.get(f"ARGUS_{name.upper()}"):
            overrides.pop(name)
    if provider:
        overrides["diagnosis_provider"] = provider
    if budget:
        overrides["token_budget"] = budget
    settings = DiagnoseSettings(**overrides)
    return diagnosis_service(settings, cache=False)


def run_analyze(args: argparse.Namespace) -> int:
    try:
        paths = expand(args.paths)
    except FileNotFoundError as exc:
        print(f"argus analyze: {exc}", file=sys.stderr)
        return 2
    if not paths:
        print("argus analyze: no files to analyze", file=sys.stderr)
        return 2
    _logs_to_stderr()
    service = local_service(args.provider, args.budget)
    report, summary = analyze(paths, service, vin=args.vin, vehicle_id=args.vehicle_id, jobs=args.jobs)
    if args.json:
        print(report.model_dump_json(indent=2))
    else:
        _print_human(report)
    if args.show_prompt:
        plan = service.last_plan or service.plan(summary)
        for p in [plan.single] if plan.single else plan.segments:
            print(f"\n--- prompt ({p.tokens} tokens, {p.omitted} items left out) ---\n{p.user}", file=sys.stderr)
    return 0


def _logs_to_stderr() -> None:
    """The functions' Powertools logger writes JSON lines to stdout (CloudWatch's input); on a
    terminal stdout carries the report, so the logs go to stderr."""
    import logging

    from functions.core.observability import logger

    for handler in logger._logger.handlers:
        if isinstance(handler, logging.StreamHandler):
            handler.setStream(sys.stderr)


def _print_human(report: Report) -> None:
    d, u = report.diagnosis, report.usage
    print(f"category    {d.category.value} / {d.subsystem}")
    print(f"risk        {d.risk_level.value}")
    print(f"root cause  {d.root_cause}")
    for r in d.recommendations:
        print(f"  - {r}")
    for e in d.evidence[:5]:
        where = f"line {e.line}" if e.line is not None else f"message {e.message_index}"
        print(f"  evidence  {e.file_name or e.file_id}:{where}  {e.excerpt[:120]}")
    for f in report.files:
        print(f"file        {f.file_name} ({f.format or '?'}{', FAILED: ' + f.error if f.error else ''})")
    print(
        "usage       "
        + json.dumps(u.model_dump(exclude={"signature"}, exclude_none=True), separators=(", ", ": "))
    )
