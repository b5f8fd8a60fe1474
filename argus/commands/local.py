"""``argus local up``: run the embedded local cloud in the foreground."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path

LOG_FILE = Path(".argus") / "logs" / "local.log"


def register(subparsers: argparse._SubParsersAction) -> None:
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
    up.set_defaults(func=run_up)


def run_up(args: argparse.Namespace) -> int:
    from argus.commands._logs import function_logs

    stdout = sys.stdout  # function_logs redirects sys.stdout to the log file
    with function_logs(args.log_file, args.verbose) as log_file:
        return _run_up(args, stdout, log_file)


def _run_up(args: argparse.Namespace, stdout, log_file: Path | None) -> int:
    from rich.console import Console

    from argus.local.cloud import STATE_FILE, SWEEP_EVERY_S, LocalCloud

    console = Console(file=stdout, soft_wrap=True)  # soft_wrap: a token is one line, whatever the width
    cloud = LocalCloud(
        redis_url=args.redis_url, log_level=args.log_level, sweep_every_s=args.sweep_every or SWEEP_EVERY_S
    )
    with console.status("starting the local cloud…"):
        info = cloud.start()
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):  # SIGINT too: background jobs inherit it ignored
        signal.signal(signum, lambda *_: stop.set())
    console.print(f"[bold green]Argus OTA local cloud is up[/]\n  API:        {info.api_url}/v1")
    console.print(f"  OpenAPI:    {info.api_url}/v1/openapi.json")
    console.print(f"  AWS (moto): {info.aws_endpoint}   Redis: {info.redis_url}")
    console.print(f"  state:      {STATE_FILE} (API URL; the issuer's 0600 signing key beside it)")
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
