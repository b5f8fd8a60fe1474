"""``argus demo``: a vehicle uploads a batch of sample logs through presigned multipart URLs, seals
it, and an engineer reads the report — all on the embedded local cloud."""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

DEMO_VEHICLE = "demo-vehicle-001"
DEMO_VIN = "WVWZZZ1JZXW000001"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("demo", help="run a batch of sample vehicle logs through the local cloud")
    parser.add_argument("--redis-url", help="use this Redis/Valkey instead of an embedded one (default: $REDIS_URL)")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds to wait for the report")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.set_defaults(func=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TransferSpeedColumn

    from argus.client import ArgusClient
    from argus.local.cloud import LocalCloud
    from argus.scenarios import demo_batch

    console = Console()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="argus-demo-") as tmp, LocalCloud(redis_url=args.redis_url) as cloud:
        info = cloud.info
        assert info is not None
        console.print(f"[bold]Local cloud up[/] in {time.monotonic() - started:.1f} s — API {info.api_url}/v1")
        files = demo_batch(Path(tmp))
        vehicle = ArgusClient(info.api_url, info.mint_token("vehicle", DEMO_VEHICLE, 3600))
        engineer = ArgusClient(info.api_url, info.mint_token("engineer", "demo-engineer", 3600))

        batch = vehicle.create_batch(DEMO_VEHICLE, DEMO_VIN)
        batch_id = batch["batch_id"]
        console.print(f"Batch [cyan]{batch_id}[/] opened for vehicle {DEMO_VEHICLE} (VIN {DEMO_VIN})")
        total = sum(p.stat().st_size for p in files)
        columns = (TextColumn("{task.description}"), BarColumn(), DownloadColumn(), TransferSpeedColumn())
        with Progress(*columns, console=console) as progress:
            task = progress.add_task("uploading (presigned multipart)", total=total)
            for path in files:
                done = vehicle.upload_file(batch_id, path, on_bytes=lambda n: progress.advance(task, n))
                progress.console.print(
                    f"  {path.name}: {path.stat().st_size:,} bytes in {done['part_count']} part(s) → {done['status']}"
                )
        vehicle.seal(batch_id)
        console.print("Batch sealed; parsing, barrier, gather and diagnosis run in the background")

        last = None
        with console.status("waiting for the report…") as status:

            def show(b: dict) -> None:
                nonlocal last
                progress = b["progress"]
                line = f"{b['status']}: {progress['processed']}/{progress['total']} files processed"
                if line != last:
                    status.update(line)
                    console.log(line)
                    last = line

            final = engineer.wait(batch_id, timeout_s=args.timeout, on_status=show)
        if final["status"] != "completed":
            console.print(f"[bold red]batch {final['status']}[/]: {final.get('error')}")
            return 1
        report = engineer.report(batch_id)
        if args.json:
            console.print_json(json.dumps(report))
        else:
            _print_report(console, report)
        console.print(
            f"\nStored: DynamoDB table [cyan]{info.table}[/] item BATCH#{batch_id}/REPORT, "
            f"S3 s3://{info.bucket}/reports/{batch_id}.json\n"
            f"API:    GET {info.api_url}/v1/batches/{batch_id}/report (and /report.html)\n"
            f"Done in {time.monotonic() - started:.1f} s."
        )
        vehicle.close()
        engineer.close()
    return 0


def _print_report(console, report: dict) -> None:
    from rich.table import Table

    diagnosis, usage = report["diagnosis"], report["usage"]
    category, risk = diagnosis["category"], diagnosis["risk_level"]
    console.print(f"\n[bold]Diagnosis[/] — category [magenta]{category}[/], risk [bold red]{risk}[/]")
    console.print(f"Root cause: {diagnosis['root_cause']}")
    for i, rec in enumerate(diagnosis["recommendations"], 1):
        console.print(f"  {i}. {rec}")
    table = Table("file", "status", "format", "detail", title="Files")
    for f in report["files"]:
        table.add_row(f["file_name"], f["status"], f.get("format") or "", f.get("error") or "")
    console.print(table)
    evidence = Table("where", "excerpt", title="Evidence")
    for e in diagnosis["evidence"][:8]:
        where = f"line {e['line']}" if e.get("line") else f"message {e.get('message_index')}"
        evidence.add_row(f"{e.get('file_name') or e['file_id']}\n{where}", e["excerpt"][:160])
    console.print(evidence)
    console.print(
        f"Model: {usage['provider']}/{usage['model']} (prompt {usage['prompt_version']}), "
        f"tokens in/out {usage['input_tokens']}/{usage['output_tokens']}, cache hit: {usage['cache_hit']}"
    )
