"""``argus batches [--vehicle-id --vin --status --since --until]``: list batches, newest first."""

from __future__ import annotations

import argparse
import json
from datetime import datetime

from argus.commands import _connect as conn


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("batches", help="list batches, newest first (filters, all pages)")
    parser.add_argument("--vehicle-id")
    parser.add_argument("--vin")
    parser.add_argument("--status", help="pending, uploading, sealed, ..., completed, failed")
    parser.add_argument("--since", type=datetime.fromisoformat, help="created at or after (ISO 8601, UTC if no zone)")
    parser.add_argument("--until", type=datetime.fromisoformat, help="created at or before (ISO 8601)")
    parser.add_argument("--limit", type=int, default=50, help="at most this many batches in all (default 50)")
    parser.add_argument("--json", action="store_true", help="print only a JSON list")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.table import Table

    filters = {"vehicle_id": args.vehicle_id, "vin": args.vin, "status": args.status,
               "since": args.since, "until": args.until}
    found: list[dict] = []
    cursor = None
    with conn.api_client("engineer") as client:
        while len(found) < args.limit:
            page = client.list_batches(cursor, limit=min(200, args.limit - len(found)), **filters)
            found += page["batches"]
            cursor = page.get("next_cursor")
            if not cursor:
                break
    if args.json:
        print(json.dumps(found))
        return conn.EXIT_OK
    table = Table("batch", "vehicle", "VIN", "status", "files", "created")
    for b in found:
        files = f"{b['processed_files']}/{b['total_files'] if b.get('total_files') is not None else '?'}"
        if b["failed_files"]:
            files += f" ({b['failed_files']} failed)"
        table.add_row(b["batch_id"], b["vehicle_id"], b.get("vin") or "", b["status"], files, b["created_at"][:19])
    console = Console()
    console.print(table)
    if cursor:
        console.print(f"(more batches: raise --limit, now {args.limit})")
    return conn.EXIT_OK
