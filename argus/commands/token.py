"""``argus token vehicle VEHICLE_ID`` / ``argus token engineer NAME``: print a bearer token.

The secret comes from ``ARGUS_TOKEN_SECRET``, or else from the running local cloud's state file
(``.argus/local.json``, looked for in the current directory and its parents).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from functions.shared.auth import MAX_TTL_S, MissingSecret, issue_token
from functions.shared.settings import AuthSettings

STATE_FILE = Path(".argus") / "local.json"
DEFAULT_TTL_S = 12 * 3600


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "token",
        help="print a bearer token for a vehicle or an engineer",
        description="Print a bearer token signed with the platform's secret "
        "(ARGUS_TOKEN_SECRET, or the local cloud's .argus/local.json).",
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


def resolve_secret(state: Path | None, cwd: Path) -> str | None:
    secret = AuthSettings().token_secret
    if secret:
        return secret
    path = state or find_state_file(cwd)
    if path is None or not path.is_file():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8")).get("token_secret") or None
    except (OSError, ValueError, AttributeError):
        return None


def mint_local_token(role: str, subject: str, ttl_s: int, *, state: Path | None = None) -> str:
    """A token the running local cloud accepts (tests, scripts); raises if there is none running."""
    secret = resolve_secret(state, Path.cwd())
    if secret is None:
        raise MissingSecret("no local cloud state found")
    return issue_token(secret, role, subject, ttl_s)


def run(args: argparse.Namespace) -> int:
    secret = resolve_secret(args.state, Path.cwd())
    if secret is None:
        print(
            "no token secret: set ARGUS_TOKEN_SECRET, or start the local cloud (`argus local up`) "
            "which writes .argus/local.json",
            file=sys.stderr,
        )
        return 2
    if not 0 < args.ttl <= MAX_TTL_S:
        print(f"--ttl must be between 1 and {MAX_TTL_S} seconds", file=sys.stderr)
        return 2
    try:
        token = issue_token(secret, args.role, args.subject, args.ttl)
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
