"""Format detection from content: magic bytes first, then the shape of the first text lines.

File names are never consulted: a vehicle may name a BLF trace ``log.txt``.
"""

from __future__ import annotations

from functions.parse.detect_structured import structured_kind

SNIFF_BYTES = 8192

COMPRESSED = ("gzip", "zstd", "bzip2", "xz")
_TEXT_BYTES = bytes([9, 10, 12, 13, 27, *range(32, 127), *range(128, 256)])

# (magic, format); checked in order.
_MAGIC: list[tuple[bytes, str]] = [
    (b"\x1f\x8b", "gzip"),
    (b"\x28\xb5\x2f\xfd", "zstd"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"\x89MCAP0\r\n", "mcap"),
    (b"#ROSBAG V2.0\n", "rosbag1"),
    (b"#ROSBAG V1.", "rosbag1-legacy"),
    (b"DLT\x01", "dlt"),
    (b"DLT\x02", "dlt-v2"),
    (b"LOGG", "blf"),
    (b"MDF     ", "mdf"),
    (b"UnFinMF ", "mdf"),
    (b"LPKSHHRH", "journal-binary"),
    (b"SQLite format 3\x00", "sqlite"),
]


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


def _is_cyber_record(data: bytes) -> bool:
    # Apollo Cyber RT record: a SECTION_HEADER section (type 0, padded to 8 bytes), its int64 size,
    # then a protobuf Header whose first field is major_version (tag 0x08).
    if len(data) < 17 or data[:8] != b"\0" * 8:
        return False
    size = int.from_bytes(data[8:16], "little")
    return 0 < size < 1 << 16 and data[16] == 0x08


def _text_kind(data: bytes) -> str:
    head = data[:SNIFF_BYTES].decode("utf-8", "replace").lstrip("\ufeff")
    lines = [ln.strip() for ln in head.splitlines()[:40] if ln.strip()]
    if not lines:
        return "text"
    first = lines[0].lower()
    if first.startswith(";$fileversion") or any(ln.startswith(";   Message Number") for ln in lines):
        return "trc"
    asc_markers = ("date ", "base hex", "base dec", "internal events logged", "begin triggerblock", "// version")
    if sum(1 for ln in lines[:8] if ln.lower().startswith(asc_markers)) >= 2:
        return "asc"
    if lines[0].startswith("__CURSOR=") or (
        sum(1 for ln in lines if ln.startswith(("__REALTIME_TIMESTAMP=", "MESSAGE=", "PRIORITY="))) >= 3
    ):
        return "journal-export"
    rows = head.splitlines()
    if len(data) >= SNIFF_BYTES and rows:  # the window's last line may be cut: not judged as a line
        return structured_kind(rows[:-1], partial=rows[-1]) or "text"
    return structured_kind(rows) or "text"


def sniff(data: bytes) -> str:
    """The format of a stream from its first bytes (``SNIFF_BYTES`` is plenty)."""
    if not data:
        return "empty"
    for magic, fmt in _MAGIC:
        if data.startswith(magic):
            return fmt
    if data[:3] == b"BZh" and data[3:4].isdigit() and data[4:10] == b"\x31\x41\x59\x26\x53\x59":
        return "bzip2"
    if _is_cyber_record(data):
        return "cyber-record"
    # journal export may carry binary fields (NULs) so it is recognised before the text check
    if data.startswith(b"__CURSOR=") or (b"\n__REALTIME_TIMESTAMP=" in data[:4096] and b"\nMESSAGE" in data[:8192]):
        return "journal-export"
    if looks_like_text(data):
        return _text_kind(data)
    return "binary"
