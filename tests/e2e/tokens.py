"""The one way e2e tests get a bearer token for a running local cloud (from its state file)."""

from __future__ import annotations

from pathlib import Path

from argus.commands.token import mint_local_token


def mint_token(state: Path, role: str, subject: str, ttl_s: int = 900) -> str:
    return mint_local_token(role, subject, ttl_s, state=state)
