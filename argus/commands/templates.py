"""``argus templates LOGFILE --out structured.csv``: label every line of a log with its template."""

from __future__ import annotations

import argparse
import sys
import time


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "templates",
        help="mine log templates and write Loghub's structured CSV (LineId,EventId,EventTemplate)",
        description="Reads the raw log (any header layout; no settings) and writes one row per input line.",
    )
    p.add_argument("logfile", help="a plain-text log file ('-' for stdin)")
    p.add_argument("--out", "-o", default="-", help="output CSV path ('-' for stdout, the default)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from functions.parse.templates import iter_lines, mine_lines, write_structured_csv

    started = time.perf_counter()
    try:
        src = sys.stdin.buffer if args.logfile == "-" else open(args.logfile, "rb")  # noqa: SIM115
    except OSError as exc:
        print(f"argus templates: cannot open {args.logfile}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    with src:
        result = mine_lines(iter_lines(src))
    if args.out == "-":
        write_structured_csv(result, sys.stdout)
    else:
        with open(args.out, "w", encoding="utf-8", newline="") as out:
            write_structured_csv(result, out)
    used = len({result.group_to_template[g] for g in set(result.line_groups)})
    elapsed = time.perf_counter() - started
    print(
        f"argus templates: {len(result.line_groups)} lines, {used} templates, {elapsed:.2f} s",
        file=sys.stderr,
    )
    return 0
