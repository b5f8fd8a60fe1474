"""Unit tests see a clean environment: no AWS endpoint and no ARGUS_* settings, whatever another
suite running in the same worker process (the e2e local cloud) has exported."""

from __future__ import annotations

import os

import pytest


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith("ARGUS_") or name.startswith("AWS_ENDPOINT_URL"):
            monkeypatch.delenv(name)
