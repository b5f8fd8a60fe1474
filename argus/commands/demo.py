"""``argus demo``: a vehicle uploads a batch of sample logs through presigned multipart URLs, seals
it, and an engineer reads the report — all on the embedded local cloud."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

DEMO_VEHICLE = "demo-vehicle-001"
DEMO_VIN = "WVWZZZ1JZXW000001"
DEMO_DIR = Path(".argus") / "demo"  # its log and the report page it leaves behind


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("demo", help="run a batch of sample vehicle logs through the local cloud")
    parser.add_argument("--redis-url", help="use this Redis/Valkey instead of an embedded one (default: $REDIS_URL)")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds to wait for the report")
    parser.add_argument("--json", action="store_true", help="print only the report JSON on stdout")
    parser.add_argument("--verbose", action="store_true", help="show the functions' log lines (on stderr)")
    parser.add_argument(
        "--log-file", type=Path, default=DEMO_DIR / "demo.log", help="where the functions' logs go"
    )
    parser.set_defaults(func=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TransferSpeedColumn

    from argus.client import ArgusClient
    from argus.commands._logs import function_logs
    from argus.commands.report import print_report
    from argus.local.cloud import LocalCloud
    from argus.scenarios import demo_batch

    # With --json, stdout carries the report JSON alone: the narrative goes to stderr.
    stdout = sys.stdout  # function_logs redirects sys.stdout to the log while the cloud runs
    console = Console(file=sys.stderr if args.json else stdout, soft_wrap=True)
    started = time.monotonic()
    # state_file=None: the demo runs its own cloud on free ports and never touches the state of an
    # `argus local up` running in this folder.
    with (
        function_logs(args.log_file, args.verbose) as log_file,
        tempfile.TemporaryDirectory(prefix="argus-demo-") as tmp,
        LocalCloud(redis_url=args.redis_url, state_file=None) as cloud,
    ):
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
        page = DEMO_DIR / "report.html"  # the cloud stops with the demo: keep a page that still opens
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(engineer.report_html(batch_id), encoding="utf-8")
        if args.json:
            print(json.dumps(report), file=stdout)
        else:
            print_report(console, report)
        console.print(
            f"\nStored: DynamoDB table [cyan]{info.table}[/] item BATCH#{batch_id}/REPORT, "
            f"S3 s3://{info.bucket}/reports/{batch_id}.json (gone when the demo stops)\n"
            f"Report page: {page.resolve().as_uri()}\n"
            + (f"Function logs: {log_file}\n" if log_file else "")
            + f"Done in {time.monotonic() - started:.1f} s."
        )
        vehicle.close()
        engineer.close()
    return 0
