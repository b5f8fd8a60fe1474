"""Format detection from content: magic bytes first, then the shape of the first text lines.

File names are never consulted: a vehicle may name a BLF trace ``log.txt``. What each format looks
like is said by its entry in the one registry (``functions.parse.formats.registry``); this module
walks it over a :class:`Head`, the stream's first bytes with the views the rules share.
"""

from __future__ import annotations

from functools import cached_property

from functions.parse.detect_structured import structured_kind
from functions.parse.formats.registry import FORMATS, codecs

SNIFF_BYTES = 8192
COMPRESSED = codecs()  # names of the compression layers, in registry order

_TEXT_BYTES = bytes([9, 10, 12, 13, 27, *range(32, 127), *range(128, 256)])


def looks_like_text(data: bytes) -> bool:
    if not data:
        return False
    sample = data[:SNIFF_BYTES].rstrip(b"\0")  # NUL padding after a text log (power loss) is fine ...
    if not sample or b"\0" in sample:  # ... NULs inside are not
        return False
    bad = len(sample.translate(None, _TEXT_BYTES))
    if bad * 20 > len(sample):
        return False
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the sniff boundary is still text; invalid bytes inside are not
        # necessarily binary either (Latin-1 logs exist), so only a high share counts.
        if exc.start < len(sample) - 4:
            invalid = sum(1 for ch in sample.decode("utf-8", "replace") if ch == "\ufffd")
            return invalid * 20 < len(sample)
    return True


class Head:
    """The first bytes of a stream (``SNIFF_BYTES`` is plenty), with the views the rules share."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    @cached_property
    def is_text(self) -> bool:
        return looks_like_text(self.data)

    @cached_property
    def text(self) -> str:
        return self.data[:SNIFF_BYTES].decode("utf-8", "replace").lstrip("\ufeff")

    @cached_property
    def lines(self) -> list[str]:
        """The first 40 non-blank lines, stripped."""
        return [ln.strip() for ln in self.text.splitlines()[:40] if ln.strip()]

    @cached_property
    def structured(self) -> str | None:
        """The structured text export this head is (``detect_structured``), if any."""
        rows = self.text.splitlines()
        if len(self.data) >= SNIFF_BYTES and rows:  # the window's last line may be cut: not judged as a line
            return structured_kind(rows[:-1], partial=rows[-1])
        return structured_kind(rows)


def sniff(data: bytes) -> str:
    """The format of a stream from its first bytes (``SNIFF_BYTES`` is plenty)."""
    if not data:
        return "empty"
    head = Head(data)
    for entry in FORMATS:
        if entry.magic and data.startswith(entry.magic):
            return entry.name
    for entry in FORMATS:
        if entry.sniff_binary(head):
            return entry.name
    if not head.is_text:
        return "binary"
    if not head.lines:
        return "text"
    for entry in FORMATS:
        if entry.sniff_text(head):
            return entry.name
    return "text"
