"""``argus local up|status|reset``: run the embedded local cloud in the foreground, and look after
its data folder."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path

LOG_FILE = Path(".argus") / "logs" / "local.log"


def register(subparsers: argparse._SubParsersAction) -> None:
    from argus.local.datadir import DEFAULT_DATA_DIR

    parser = subparsers.add_parser("local", help="the embedded local cloud (no Docker, no AWS account)")
    actions = parser.add_subparsers(dest="action", required=True)
    up = actions.add_parser("up", help="start moto, Valkey, the functions and the HTTP API; Ctrl-C stops")
    up.add_argument("--redis-url", help="use this Redis/Valkey instead of an embedded one (default: $REDIS_URL)")
    up.add_argument("--log-level", default="INFO", help="the functions' log level (default INFO)")
    up.add_argument(
        "--sweep-every",
        type=float,
        default=None,
        metavar="SECONDS",
        help="run the reconciler/sweeper this often (default 60 s; the deployed schedule is 5 minutes)",
    )
    up.add_argument("--verbose", action="store_true", help="show the functions' log lines (on stderr)")
    up.add_argument("--log-file", type=Path, default=LOG_FILE, help=f"the functions' logs (default {LOG_FILE})")
    data = up.add_mutually_exclusive_group()
    data.add_argument(
        "--data-dir", type=Path, default=DEFAULT_DATA_DIR, help=f"where state is kept (default {DEFAULT_DATA_DIR})"
    )
    data.add_argument("--ephemeral", action="store_true", help="keep nothing: state lives in a temporary folder")
    up.add_argument("--fsync", action="store_true", help="fsync every journal record (survives power loss; slower)")
    up.set_defaults(func=run_up)
    status = actions.add_parser("status", help="what the data folder holds: batches by status, bytes")
    status.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    status.set_defaults(func=run_status)
    reset = actions.add_parser("reset", help="empty the data folder (asks first)")
    reset.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR)
    reset.add_argument("--yes", action="store_true", help="do not ask")
    reset.set_defaults(func=run_reset)


def run_up(args: argparse.Namespace) -> int:
    from argus.commands._logs import function_logs

    stdout = sys.stdout  # function_logs redirects sys.stdout to the log file
    with function_logs(args.log_file, args.verbose) as log_file:
        return _run_up(args, stdout, log_file)


def _run_up(args: argparse.Namespace, stdout, log_file: Path | None) -> int:
    from rich.console import Console

    from argus.local.cloud import STATE_FILE, SWEEP_EVERY_S, LocalCloud
    from argus.local.datadir import DataDirBusy

    console = Console(file=stdout, soft_wrap=True)  # soft_wrap: a token is one line, whatever the width
    cloud = LocalCloud(
        redis_url=args.redis_url,
        log_level=args.log_level,
        sweep_every_s=args.sweep_every or SWEEP_EVERY_S,
        data_dir=None if args.ephemeral else args.data_dir,
        fsync=args.fsync,
    )
    try:
        with console.status("starting the local cloud…"):
            info = cloud.start()
    except DataDirBusy as exc:
        console.print(f"[bold red]{exc}[/] (stop it, or pass --data-dir / --ephemeral)")
        return 2
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):  # SIGINT too: background jobs inherit it ignored
        signal.signal(signum, lambda *_: stop.set())
    console.print(f"[bold green]Argus OTA local cloud is up[/]\n  API:        {info.api_url}/v1")
    console.print(f"  OpenAPI:    {info.api_url}/v1/openapi.json")
    console.print(f"  AWS (moto): {info.aws_endpoint}   Redis: {info.redis_url}")
    console.print(f"  state:      {STATE_FILE} (API URL; the issuer's keys are in the data folder)")
    console.print(f"  data:       {'(ephemeral)' if args.ephemeral else cloud.data.root}")
    console.print(f"  logs:       {log_file or 'stderr'} (the functions' log lines)")
    console.print(f"  engineer token: {info.mint_token('engineer', 'local-engineer', 12 * 3600)}")
    console.print("  vehicle token:  argus token vehicle VEHICLE_ID\n  Ctrl-C stops.")
    try:
        stop.wait()
    except KeyboardInterrupt:
        pass
    finally:
        with console.status("stopping…"):
            cloud.stop()
    return 0


def run_status(args: argparse.Namespace) -> int:
    from rich.console import Console

    from argus.local.datadir import DataDir
    from argus.local.durable import fold, summarize

    console = Console()
    data = DataDir(args.data_dir)
    if not data.exists():
        console.print(f"{data.root}: empty (nothing kept yet)")
        return 0
    summary = summarize(fold(data.journal))
    running = " — a local cloud is running on it" if data.in_use() else ""
    console.print(f"[bold]{data.root}[/]{running}")
    console.print(f"  on disk:    {data.size_bytes():,} bytes")
    batches = ", ".join(f"{status} {count}" for status, count in sorted(summary["batches"].items())) or "none"
    console.print(f"  batches:    {sum(summary['batches'].values())} ({batches})")
    console.print(f"  objects:    {summary['objects']} ({summary['object_bytes']:,} bytes)")
    console.print(f"  uploads in progress: {summary['uploads']}, queued messages: {summary['messages']}")
    console.print(f"  executions: {summary['executions_running']} running, {summary['executions_ended']} ended")
    return 0


def run_reset(args: argparse.Namespace) -> int:
    import shutil

    from rich.console import Console
    from rich.prompt import Confirm

    from argus.local.datadir import DataDir

    console = Console()
    data = DataDir(args.data_dir)
    if not data.exists():
        console.print(f"{data.root}: already empty")
        return 0
    if data.in_use():
        console.print(f"[bold red]a local cloud is running on {data.root}[/]: stop it first")
        return 2
    if not args.yes and not Confirm.ask(f"Delete everything in {data.root} ({data.size_bytes():,} bytes)?"):
        console.print("nothing deleted")
        return 1
    shutil.rmtree(data.root)
    console.print(f"{data.root}: emptied")
    return 0
