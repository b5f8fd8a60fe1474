"""``argus report BATCH [--html PATH | --open]``: the diagnosis report of a completed batch.

``--open`` asks the API for a short-lived link to the rendered page (a presigned URL: no token in
it, and it stops working after a few minutes) and opens it in the browser.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from argus.commands import _connect as conn


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("report", help="the diagnosis report of a batch (text, JSON, HTML or a link)")
    parser.add_argument("batch_id", metavar="BATCH")
    how = parser.add_mutually_exclusive_group()
    how.add_argument("--html", type=Path, metavar="PATH", help="write the HTML page to PATH")
    how.add_argument("--open", action="store_true", help="open the page in a browser (a short-lived link)")
    how.add_argument("--link", action="store_true", help="print a short-lived link to the page")
    how.add_argument("--json", action="store_true", help="print only the report JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from rich.console import Console

    with conn.api_client("engineer") as client:
        if args.html:
            args.html.write_text(client.report_html(args.batch_id), encoding="utf-8")
            print(f"wrote {args.html}")
            return conn.EXIT_OK
        if args.open or args.link:
            link = client.report_link(args.batch_id)
            print(link["url"])
            if args.open:
                import webbrowser

                webbrowser.open(link["url"])
            return conn.EXIT_OK
        report = client.report(args.batch_id)
    if args.json:
        print(json.dumps(report))
    else:
        print_report(Console(), report)
    return conn.EXIT_OK


def print_report(console, report: dict) -> None:
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
