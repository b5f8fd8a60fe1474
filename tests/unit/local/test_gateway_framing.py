"""The local gateway's body framing, without a socket: every malformed length is a JSON 400,
and no framing makes it read past the request (a negative chunk size would read to EOF)."""

from __future__ import annotations

import io
import json
from email.message import Message

import pytest

from argus.local.api_gateway import _read_body


def _headers(**values: str) -> Message:
    message = Message()
    for name, value in values.items():
        message[name.replace("_", "-")] = value
    return message


class _Stream(io.BytesIO):
    """Fails the test if anything asks for 'everything until EOF' (a client that keeps the
    connection open would hang the gateway thread and grow its buffer without bound)."""

    def read(self, size: int | None = -1) -> bytes:
        assert size is not None and size >= 0, "read to EOF"
        return super().read(size)


@pytest.mark.parametrize("size_line", [b"-1", b"-0x10", b"+-5"])
def test_a_negative_chunk_size_is_a_400_not_a_read_to_eof(size_line):
    body, problem = _read_body(_headers(Transfer_Encoding="chunked"), _Stream(size_line + b"\r\n{}\r\n0\r\n\r\n"))
    assert body == b"" and problem is not None
    status, _headers_out, payload = problem
    assert status == 400 and json.loads(payload)["error"]["code"] == "bad_request"


@pytest.mark.parametrize("length", ["\u00b2", "\u0663", "1\u00b9"])  # superscript two, Arabic-Indic three
def test_a_non_ascii_digit_content_length_is_a_400_not_a_crash(length):
    body, problem = _read_body(_headers(Content_Length=length), _Stream(b"{}"))
    assert body == b"" and problem is not None and problem[0] == 400


def test_a_well_framed_chunked_body_is_read():
    body, problem = _read_body(_headers(Transfer_Encoding="chunked"), _Stream(b"2\r\n{}\r\n0\r\n\r\n"))
    assert problem is None and body == b"{}"
