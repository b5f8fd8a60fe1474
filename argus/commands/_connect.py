"""How a command reaches the API: ``ARGUS_API_URL`` / ``ARGUS_TOKEN``, else the running local cloud's
state file (its API URL, and a short-lived token signed by its local issuer).

Exit codes shared by the commands that talk to the API (documented in the README):
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from argus.client import ArgusClient

EXIT_OK = 0
EXIT_FAILED = 1  # the batch (or a file of it) failed: the work ran, the outcome is bad
EXIT_USAGE = 2  # bad arguments, or no API URL / token to use
EXIT_API = 3  # the API refused the request (a 4xx: not found, forbidden, conflict ...)
EXIT_UNREACHABLE = 4  # the API or S3 could not be reached, or answered 5xx after retries
EXIT_TIMEOUT = 5  # --wait gave up before the batch finished
EXIT_BUSY = 6  # another `argus upload` holds the resume journal
LOCAL_TOKEN_TTL_S = 3600


class NoConnection(Exception):
    pass


class CommandFailed(Exception):
    """A command stops: ``cli.main`` prints the message on stderr and exits with ``code``."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Connection:
    api_url: str
    token: str
    source: str  # where they came from, for messages


def connect(role: str, subject: str) -> Connection:
    """The API URL and a bearer token for ``role``/``subject``."""
    from argus.commands.token import load_state

    api_url, token = os.environ.get("ARGUS_API_URL"), os.environ.get("ARGUS_TOKEN")
    state = None if (api_url and token) else load_state(None, Path.cwd())
    if not api_url:
        api_url = (state or {}).get("api_url")
    if not token and state:
        from argus.local.issuer import mint_for

        token = mint_for(state, role, subject, LOCAL_TOKEN_TTL_S)
        source = "the local cloud's state"
    else:
        source = "ARGUS_API_URL / ARGUS_TOKEN"
    if not api_url or not token:
        raise NoConnection(
            "no API to talk to: set ARGUS_API_URL and ARGUS_TOKEN, or start the local cloud (`argus local up`) "
            "in this folder or a parent"
        )
    return Connection(api_url.rstrip("/"), token, source)


@contextmanager
def api_client(
    role: str, subject: str = "cli", *, exit_code: int | None = None, stopped: str = "{}"
) -> Iterator[ArgusClient]:
    """A client of the API for ``role``/``subject`` (see :func:`connect`), closed after the block.

    No API to talk to ends the command with :data:`EXIT_USAGE`; an API, network or timeout error
    in the block ends it with the code :func:`exit_code_for` gives (other errors propagate: they
    are bugs), its message put into ``stopped``. A command with exit codes of its own gives them as
    ``exit_code``, used for every failure.
    """
    from argus.client import ArgusClient

    try:
        connection = connect(role, subject)
    except (NoConnection, ValueError) as exc:  # ValueError: a subject the local issuer refuses
        raise CommandFailed(str(exc), EXIT_USAGE if exit_code is None else exit_code) from None
    with ArgusClient(connection.api_url, connection.token) as client:
        try:
            yield client
        except CommandFailed:
            raise
        except Exception as exc:
            code = exit_code_for(exc)
            raise CommandFailed(stopped.format(exc), code if exit_code is None else exit_code) from exc


def fail(message: str, code: int) -> int:
    print(f"argus: {message}", file=sys.stderr)
    return code


def exit_code_for(exc: BaseException) -> int:
    """The exit code of an error raised while talking to the API."""
    import httpx

    from argus.client import ApiError

    if isinstance(exc, ApiError):
        return EXIT_UNREACHABLE if exc.status >= 500 else EXIT_API
    if isinstance(exc, TimeoutError):
        return EXIT_TIMEOUT
    if isinstance(exc, httpx.HTTPStatusError):
        return EXIT_UNREACHABLE if exc.response.status_code >= 500 else EXIT_API
    if isinstance(exc, httpx.TransportError | OSError):
        return EXIT_UNREACHABLE
    raise exc
