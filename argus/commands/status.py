"""``argus status BATCH``: a batch's status, progress and per-file results."""

from __future__ import annotations

import argparse
import json
from typing import Any

from argus.commands import _connect as conn


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("status", help="a batch's status and per-file results")
    parser.add_argument("batch_id", metavar="BATCH")
    parser.add_argument("--json", action="store_true", help="print only the JSON")
    parser.set_defaults(func=run)


def print_batch(console, batch: dict[str, Any]) -> None:
    from rich.table import Table

    progress = batch["progress"]
    colour = {"completed": "green", "failed": "red"}.get(batch["status"], "yellow")
    console.print(
        f"Batch [cyan]{batch['batch_id']}[/] — vehicle {batch['vehicle_id']} (VIN {batch['vin']}): "
        f"[{colour}]{batch['status']}[/], {progress['processed']}/{progress['total']} files processed"
        + (f", {progress['failed']} failed" if progress["failed"] else "")
    )
    if batch.get("error"):
        console.print(f"  [red]{batch['error']}[/]")
    table = Table("file", "size", "status", "format", "reason")
    for f in batch.get("files", []):
        style = "red" if f["status"] == "failed" else ""
        table.add_row(f["name"], f"{f['size']:,}", f"[{style}]{f['status']}[/]" if style else f["status"],
                      f.get("format") or "", f.get("error") or "")
    console.print(table)


def run(args: argparse.Namespace) -> int:
    from rich.console import Console

    with conn.api_client("engineer") as client:
        batch = client.batch(args.batch_id)
    if args.json:
        print(json.dumps(batch))
    else:
        print_batch(Console(), batch)
    return conn.EXIT_FAILED if batch["status"] == "failed" else conn.EXIT_OK
