"""``argus parse FILE [--json]``: the FileSummary the parse function would store for this file."""

from __future__ import annotations

import argparse
import sys


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "parse",
        help="summarize one log file (format detected from content) and print its FileSummary",
    )
    p.add_argument(
        "file",
        help="any supported log: text, gzip/zstd, MCAP, ROS bag, DLT, Cyber record, CAN, MDF4, JSON lines, CSV, "
        "YAML/protobuf-text dumps, candump, hex traces",
    )
    p.add_argument("--json", action="store_true", help="print the FileSummary as JSON")
    p.add_argument("--max-bytes", type=int, default=None, help="stop reading after this many bytes")
    p.add_argument(
        "--workers",
        type=int,
        default=None,
        help="processes for a plain-text file of 64 MiB or more, parsed as byte-range segments and merged "
        "(default: the CPU count; 1: one pass)",
    )
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from argus.parallel_parse import parallel_workers, summarize_parallel
    from functions.parse.summarize import summarize_path

    workers = 1 if args.max_bytes is not None else parallel_workers(args.file, args.workers)
    if workers > 1:
        summary = summarize_parallel(args.file, workers=workers, file_id="local")
    else:
        summary = summarize_path(args.file, file_id="local", max_bytes=args.max_bytes)
    if args.json:
        print(summary.model_dump_json(indent=2))
    else:
        _print_human(summary)
    return 1 if summary.error else 0


def _print_human(s) -> None:
    out = sys.stdout
    st = s.stats
    print(
        f"{s.file_name}: {s.format}, {st.bytes} bytes, {st.lines} lines, {st.messages} messages, {st.seconds:.2f} s",
        file=out,
    )
    if s.error:
        print(f"  failed: {s.error}", file=out)
    if s.time_range:
        print(f"  time: {s.time_range.start.isoformat()} .. {s.time_range.end.isoformat()}", file=out)
    if s.severity_counts:
        print("  severity: " + ", ".join(f"{k.value}={v}" for k, v in s.severity_counts.items()), file=out)
    for c in s.codes[:10]:
        print(f"  code {c.code} ({c.kind.value}) x{c.count}", file=out)
    for t in s.templates[:15]:
        print(f"  [{t.severity.value:>8}] x{t.count:<7} {t.template[:110]}", file=out)
    for sig in [x for x in s.signals if x.excursion is not None][:5]:
        e = sig.excursion
        print(
            f"  signal {sig.name} [{sig.unit or '-'}] median {sig.median:g}: {e.samples} samples at {e.value:g} "
            f"(score {e.score:g})",
            file=out,
        )
    if len(s.templates) > 15 or s.templates_overflow:
        print(f"  ... {len(s.templates) - 15 + s.templates_overflow} more templates", file=out)
