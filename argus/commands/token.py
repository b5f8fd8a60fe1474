"""``argus token vehicle VEHICLE_ID`` / ``argus token engineer NAME``: print a bearer token (a JWT)
signed by the running local cloud's built-in issuer (its key file under ``.argus/``, 0600).

On AWS, engineers sign in through the Cognito user pool (or the configured OIDC issuer) and vehicle
credentials come from ``argus vehicle provision``; this command is for the local cloud.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from functions.core.domain.errors import MissingSecret
from functions.http.auth import ENGINEER_MAX_LIFETIME_S, VEHICLE_MAX_LIFETIME_S

STATE_FILE = Path(".argus") / "local.json"
DEFAULT_TTL_S = 12 * 3600


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "token",
        help="print a bearer token for a vehicle or an engineer (local cloud)",
        description="Print a JWT signed by the running local cloud's issuer (found through .argus/local.json).",
    )
    parser.add_argument("role", choices=("vehicle", "engineer"))
    parser.add_argument("subject", help="the vehicle id (vehicle) or the engineer's name (engineer)")
    parser.add_argument("--ttl", type=int, default=DEFAULT_TTL_S, help=f"lifetime in seconds (default {DEFAULT_TTL_S})")
    parser.add_argument("--state", type=Path, help="local cloud state file (default: nearest .argus/local.json)")
    parser.set_defaults(func=run)


def find_state_file(start: Path) -> Path | None:
    for folder in (start, *start.parents):
        candidate = folder / STATE_FILE
        if candidate.is_file():
            return candidate
    return None


def load_state(state: Path | None, cwd: Path) -> dict | None:
    path = state or find_state_file(cwd)
    if path is None or not path.is_file():
        return None
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return info if isinstance(info, dict) and info.get("state_dir") else None


def mint_local_token(role: str, subject: str, ttl_s: int, *, state: Path | None = None) -> str:
    """A token the running local cloud accepts (scripts, tests); raises if none is running."""
    from argus.local.issuer import mint_for

    info = load_state(state, Path.cwd())
    if info is None:
        raise MissingSecret("no local cloud state found (start one with `argus local up`)")
    return mint_for(info, role, subject, ttl_s)


def run(args: argparse.Namespace) -> int:
    limit = VEHICLE_MAX_LIFETIME_S if args.role == "vehicle" else ENGINEER_MAX_LIFETIME_S
    if not 0 < args.ttl <= limit:
        print(f"--ttl must be between 1 and {limit} seconds for a {args.role} token", file=sys.stderr)
        return 2
    try:
        token = mint_local_token(args.role, args.subject, args.ttl, state=args.state)
    except MissingSecret as exc:
        print(exc.message, file=sys.stderr)
        return 2
    except ValueError as exc:  # pydantic's ValidationError is a ValueError: a subject that does not fit the role
        print(f"cannot issue the {args.role} token for {args.subject!r}: {_first_problem(exc)}", file=sys.stderr)
        return 2
    print(token)
    return 0


def _first_problem(exc: ValueError) -> str:
    errors = getattr(exc, "errors", None)
    if callable(errors):
        problems = errors()
        if problems:
            return str(problems[0].get("msg", exc))
    return str(exc)
