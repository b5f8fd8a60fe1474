"""``argus fleet codes [--since --until --category]`` and ``argus similar BATCH``: the fleet questions.

They call the API as an engineer, reached as every command reaches it: ``ARGUS_API_URL`` /
``ARGUS_TOKEN``, else the running local cloud's state (a token from its built-in issuer).
"""

from __future__ import annotations

import argparse
import json
import os
from typing import Any


def register(subparsers: argparse._SubParsersAction) -> None:
    fleet = subparsers.add_parser("fleet", help="fleet questions: top codes across vehicles")
    fleet_sub = fleet.add_subparsers(dest="fleet_command", required=True)
    codes = fleet_sub.add_parser("codes", help="top codes across the fleet in a window, with a daily trend")
    codes.add_argument("--since", help="first day, YYYY-MM-DD (default: 29 days before --until)")
    codes.add_argument("--until", help="last day, YYYY-MM-DD (default: today, UTC)")
    codes.add_argument("--category", help="only batches diagnosed in this category")
    codes.add_argument("--limit", type=int, default=20)
    _common(codes)
    codes.set_defaults(func=run_codes)

    similar = subparsers.add_parser("similar", help="past batches with the same or an overlapping problem")
    similar.add_argument("batch_id")
    similar.add_argument("--limit", type=int, default=10)
    _common(similar)
    similar.set_defaults(func=run_similar)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print the API's JSON answer")


def _get(args: argparse.Namespace, path: str, params: dict[str, Any]) -> Any:
    from argus.commands import _connect as conn

    # The fleet commands answer every failure with exit code 1 (no API, refused, unreachable).
    with conn.api_client("engineer", os.environ.get("USER", "cli") or "cli", exit_code=conn.EXIT_FAILED) as client:
        return client.request("GET", path, params={k: v for k, v in params.items() if v is not None})


def run_codes(args: argparse.Namespace) -> int:
    params = {"since": args.since, "until": args.until, "category": args.category, "limit": args.limit}
    body = _get(args, "/v1/fleet/codes", params)
    if args.json:
        print(json.dumps(body, indent=2))
        return 0
    print(f"top codes {body['since']} .. {body['until']}" + (f" in {body['category']}" if body.get("category") else ""))
    print(f"{'code':<16} {'batches':>8} {'vehicles':>8}  {'first seen':<20} {'last seen':<20} trend")
    for c in body["codes"]:
        trend = " ".join(str(d["batches"]) for d in c["trend"][-14:])
        print(f"{c['code']:<16} {c['batches']:>8} {c['vehicles']:>8}  {c['first_seen'][:19]:<20} "
              f"{c['last_seen'][:19]:<20} {trend}")
    return 0


def run_similar(args: argparse.Namespace) -> int:
    body = _get(args, f"/v1/batches/{args.batch_id}/similar", {"limit": args.limit})
    if args.json:
        print(json.dumps(body, indent=2))
        return 0
    print(f"batches like {body['batch_id']} (signature {body['signature'][:12]}):")
    if not body["similar"]:
        print("  none: the fleet has not seen this problem")
    for s in body["similar"]:
        d = s["diagnosis"]
        kind = "same problem" if s["same_signature"] else f"overlap {s['score']:.2f}"
        print(f"  {s['batch_id']}  {s['at'][:19]}  {s['vehicle_id']:<14} {kind:<14} "
              f"{d['category']}/{d['risk_level']}: {d['root_cause'][:90]}")
        if s["shared_codes"]:
            print(f"      shared codes: {', '.join(s['shared_codes'])}")
    return 0
