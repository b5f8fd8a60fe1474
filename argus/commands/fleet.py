"""``argus fleet codes [--since --until --category]`` and ``argus similar BATCH``: the fleet questions.

They call the API as an engineer: ``--api`` (or ``ARGUS_API_URL``, or the running local cloud's
``.argus/local.json``) and a token signed with the platform's secret (see ``argus token``).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from argus.commands.token import find_state_file, resolve_secret
from functions.shared.auth import issue_token

TOKEN_TTL_S = 600


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
    parser.add_argument("--api", help="API base URL (default: ARGUS_API_URL or the local cloud's)")
    parser.add_argument("--json", action="store_true", help="print the API's JSON answer")
    parser.add_argument("--state", type=Path, help="local cloud state file (default: nearest .argus/local.json)")


def _api_url(args: argparse.Namespace) -> str | None:
    if args.api or os.environ.get("ARGUS_API_URL"):
        return args.api or os.environ["ARGUS_API_URL"]
    path = args.state or find_state_file(Path.cwd())
    if path is None or not path.is_file():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8")).get("api_url")
    except (OSError, ValueError, AttributeError):
        return None


def _get(args: argparse.Namespace, path: str, params: dict[str, Any]) -> Any:
    from argus.client import ApiError, ArgusClient

    api, secret = _api_url(args), resolve_secret(args.state, Path.cwd())
    if not api or not secret:
        print("no API: pass --api and set ARGUS_TOKEN_SECRET, or start the local cloud (`argus local up`)",
              file=sys.stderr)
        return None
    token = issue_token(secret, "engineer", os.environ.get("USER", "cli") or "cli", TOKEN_TTL_S)
    with ArgusClient(api, token) as client:
        try:
            return client.request("GET", path, params={k: v for k, v in params.items() if v is not None})
        except ApiError as exc:
            print(str(exc), file=sys.stderr)
            return None


def run_codes(args: argparse.Namespace) -> int:
    params = {"since": args.since, "until": args.until, "category": args.category, "limit": args.limit}
    body = _get(args, "/v1/fleet/codes", params)
    if body is None:
        return 1
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
    if body is None:
        return 1
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
