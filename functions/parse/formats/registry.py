"""The one format registry: every format the parser recognises, in detection order.

Three kinds of entry share the recognition fields (``functions.parse.formats.Recognised``):
:class:`Codec` (a compression layer, opened and sniffed again), :class:`Refused` (recognised, not
read, with the reason given to the user) and :class:`ModuleReader` (a ``FormatReader`` whose reading
lives in one module of this package, imported only when its format is detected). Plain text is the
fallback reader, :data:`TEXT`. Detection walks this table (``functions.parse.detect.sniff``),
summarising looks readers up here (``reader_for``), and the long-file path asks a reader's
``segments`` how it splits.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from functions.parse.builder import SummaryBuilder
    from functions.parse.detect import Head
    from functions.parse.formats import FormatReader, Grouping, ReadState, Segmenter
    from functions.parse.streams import Readable


def _never(head: Head) -> bool:
    return False


@dataclass(frozen=True)
class Codec:
    """A compression layer: decompressed (``streams.decompressing``) and detected again."""

    name: str
    magic: tuple[bytes, ...] = ()
    sniff_binary: Callable[[Head], bool] = _never
    sniff_text: Callable[[Head], bool] = _never


@dataclass(frozen=True)
class Refused:
    """A format recognised only to say why it is not read."""

    name: str
    magic: tuple[bytes, ...]
    reason: str
    sniff_binary: Callable[[Head], bool] = _never
    sniff_text: Callable[[Head], bool] = _never


@dataclass(frozen=True)
class ModuleReader:
    """A ``FormatReader`` whose ``read`` is ``functions.parse.formats.<module>.summarize(reader,
    builder, *, fmt, max_bytes, state)``: one module may read several formats (``fmt`` says which)."""

    name: str
    module: str
    magic: tuple[bytes, ...] = ()
    sniff_binary: Callable[[Head], bool] = _never
    sniff_text: Callable[[Head], bool] = _never
    whole_file: bool = False
    framed: bool = True
    segmenter: str | None = None  # "module:attribute" of its Segmenter, imported when asked for

    def read(
        self, reader: Readable, builder: SummaryBuilder, *, fmt: str, max_bytes: int | None, state: ReadState
    ) -> Grouping:
        module = importlib.import_module(f"functions.parse.formats.{self.module}")
        return module.summarize(reader, builder, fmt=fmt, max_bytes=max_bytes, state=state)

    @property
    def segments(self) -> Segmenter | None:
        if self.segmenter is None:
            return None
        module, _, attr = self.segmenter.partition(":")
        return getattr(importlib.import_module(module), attr)


# ---- recognition rules that need more than a prefix ---------------------------------------------


def _bzip2(head: Head) -> bool:
    data = head.data
    return data[:3] == b"BZh" and data[3:4].isdigit() and data[4:10] == b"\x31\x41\x59\x26\x53\x59"


def _cyber_record(head: Head) -> bool:
    # Apollo Cyber RT record: a SECTION_HEADER section (type 0, padded to 8 bytes), its int64 size,
    # then a protobuf Header whose first field is major_version (tag 0x08).
    data = head.data
    if len(data) < 17 or data[:8] != b"\0" * 8:
        return False
    size = int.from_bytes(data[8:16], "little")
    return 0 < size < 1 << 16 and data[16] == 0x08


def _journal_export_bytes(head: Head) -> bool:
    # journal export may carry binary fields (NULs), so it is recognised before the text check
    data = head.data
    return data.startswith(b"__CURSOR=") or (b"\n__REALTIME_TIMESTAMP=" in data[:4096] and b"\nMESSAGE" in data[:8192])


def _journal_export_text(head: Head) -> bool:
    lines = head.lines
    return lines[0].startswith("__CURSOR=") or (
        sum(1 for ln in lines if ln.startswith(("__REALTIME_TIMESTAMP=", "MESSAGE=", "PRIORITY="))) >= 3
    )


def _trc(head: Head) -> bool:
    lines = head.lines
    return lines[0].lower().startswith(";$fileversion") or any(ln.startswith(";   Message Number") for ln in lines)


_ASC_MARKERS = ("date ", "base hex", "base dec", "internal events logged", "begin triggerblock", "// version")


def _asc(head: Head) -> bool:
    return sum(1 for ln in head.lines[:8] if ln.lower().startswith(_ASC_MARKERS)) >= 2


def _structured(name: str) -> Callable[[Head], bool]:
    def rule(head: Head) -> bool:
        return head.structured == name

    return rule


MCAP_MAGIC = b"\x89MCAP0\r\n"  # also its last 8 bytes (how the MCAP reader tells a truncated file)
_MCAP_SEGMENTS = "functions.parse.formats.mcap_log:SEGMENTS"
_TEXT_SEGMENTS = "functions.parse.segments:TEXT_SEGMENTS"


@dataclass(frozen=True)
class TextReader:
    """Plain text, the fallback: the text path (``functions.parse.text``) behind ``summarize``."""

    name: str = "text"
    magic: tuple[bytes, ...] = ()
    sniff_binary: Callable[[Head], bool] = _never
    sniff_text: Callable[[Head], bool] = _never
    whole_file: bool = False
    framed: bool = False

    def read(
        self, reader: Readable, builder: SummaryBuilder, *, fmt: str, max_bytes: int | None, state: ReadState
    ) -> Grouping:
        from functions.parse.summarize import read_text

        return read_text(reader, builder, state)

    @property
    def segments(self) -> Segmenter:
        module, _, attr = _TEXT_SEGMENTS.partition(":")
        return getattr(importlib.import_module(module), attr)


TEXT = TextReader()

# Detection order: every magic first, then the binary rules, then (on a text head) the text rules,
# each in this order. No two magics overlap, so their order matters only for reading this table.
FORMATS: tuple[Codec | Refused | ModuleReader | TextReader, ...] = (
    Codec("gzip", (b"\x1f\x8b",)),
    Codec("zstd", (b"\x28\xb5\x2f\xfd",)),
    Codec("xz", (b"\xfd7zXZ\x00",)),
    Codec("bzip2", sniff_binary=_bzip2),
    ModuleReader("mcap", "mcap_log", (MCAP_MAGIC,), segmenter=_MCAP_SEGMENTS),
    ModuleReader("rosbag1", "rosbag1", (b"#ROSBAG V2.0\n",), whole_file=True),
    Refused(
        "rosbag1-legacy", (b"#ROSBAG V1.",), "ROS bag format 1.x (pre-2010) is not supported; reindex with rosbag 2.0"
    ),
    ModuleReader("dlt", "dlt", (b"DLT\x01",)),
    Refused(
        "dlt-v2",
        (b"DLT\x02",),
        "AUTOSAR DLT version 2 storage files are not supported (the DLT reader handles version 1)",
    ),
    ModuleReader("blf", "can_log", (b"LOGG",)),
    ModuleReader("mdf", "mdf4", (b"MDF     ", b"UnFinMF "), whole_file=True),
    Refused(
        "journal-binary",
        (b"LPKSHHRH",),
        "binary systemd journal files are not supported; export with `journalctl -o export`",
    ),
    Refused(
        "sqlite",
        (b"SQLite format 3\x00",),
        "SQLite databases (ROS 2 .db3 bags) are not supported; record MCAP or export the log",
    ),
    ModuleReader("cyber-record", "cyber", sniff_binary=_cyber_record, whole_file=True),
    ModuleReader("trc", "can_log", sniff_text=_trc),
    ModuleReader("asc", "can_log", sniff_text=_asc),
    ModuleReader("journal-export", "journal", sniff_binary=_journal_export_bytes, sniff_text=_journal_export_text),
    # structured text exports (functions.parse.detect_structured decides among them)
    ModuleReader("jsonl", "jsonl", sniff_text=_structured("jsonl")),
    ModuleReader("csv", "csv_log", sniff_text=_structured("csv")),
    ModuleReader("tsv", "csv_log", sniff_text=_structured("tsv")),
    ModuleReader("csv-semicolon", "csv_log", sniff_text=_structured("csv-semicolon")),
    ModuleReader("csv-pipe", "csv_log", sniff_text=_structured("csv-pipe")),
    ModuleReader("yaml", "yaml_dump", sniff_text=_structured("yaml")),
    ModuleReader("pbtext", "pbtext", sniff_text=_structured("pbtext")),
    ModuleReader("candump-log", "candump", sniff_text=_structured("candump-log")),
    ModuleReader("candump", "candump", sniff_text=_structured("candump")),
    ModuleReader("hex-trace", "hex_trace", sniff_text=_structured("hex-trace")),
    TEXT,
)
_BY_NAME = {entry.name: entry for entry in FORMATS}


def entry(name: str) -> Codec | Refused | ModuleReader | TextReader | None:
    return _BY_NAME.get(name)


def reader_for(name: str) -> FormatReader | None:
    """The reader of a detected format, or None (a codec, a refused format, ``empty``, ``binary``)."""
    found = _BY_NAME.get(name)
    return found if isinstance(found, ModuleReader | TextReader) else None


def codecs() -> tuple[str, ...]:
    return tuple(e.name for e in FORMATS if isinstance(e, Codec))
