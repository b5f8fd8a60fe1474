from __future__ import annotations

import io
from pathlib import Path

import pytest

from functions.parse.summarize import summarize_stream

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "parse"


class ForwardOnly:
    """Like botocore's StreamingBody: read(n) only, no seek, no tell."""

    def __init__(self, data: bytes) -> None:
        self._buf = io.BytesIO(data)

    def read(self, n: int = -1) -> bytes:
        return self._buf.read(n)


@pytest.fixture
def fixture_bytes():
    def load(name: str) -> bytes:
        return (FIXTURES / name).read_bytes()

    return load


@pytest.fixture
def summarize():
    def run(data: bytes, **kw):
        return summarize_stream(ForwardOnly(data), batch_id="b-1", file_id="f-1", file_name="upload.bin", **kw)

    return run
