"""Format readers: one typed protocol (here), one registry (``registry.py``), one module per family.

A :class:`FormatReader` says everything the parser needs about one format: its name, how it is
recognised (magic bytes, or a sniff of the head's content), how it reads a stream into the
summary builder, what happens when the parse cap cuts it, and whether and how the long-file path
splits it into segments (:class:`Segmenter`). Detection (``functions.parse.detect``), summarising
(``functions.parse.summarize``) and segment planning (``functions.parse.long_files``) all read
the one registry. Reader modules are imported only when their format is detected.

These protocols stay here, not in ``functions/core/ports.py``: they are the parser's own plug-in
points, not ports to the outside world, and they speak the parser's types (``SummaryBuilder``,
``Head``, ``PartialSummary``), which the core may not import.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from functions.core.app.deadline import Deadline
    from functions.core.domain.contracts import FileSummary
    from functions.core.domain.segments import Segment
    from functions.core.ports import ObjectStore
    from functions.parse.builder import SummaryBuilder
    from functions.parse.detect import Head
    from functions.parse.segments import PartialSummary
    from functions.parse.streams import Readable

# What a reader hands back: each template group's template index, and the template texts.
Grouping = tuple[list[int], list[str]]


@dataclass
class ReadState:
    """What a reader reports besides the builder (one per file read)."""

    uploaded_at: datetime | None = None  # when the object was written: bounds year-less timestamps
    # Set when the file turned out corrupt or truncated part-way (what was read stays in the summary).
    error: str | None = None
    # While reading: how to get the statistics gathered so far, should the read fail midway.
    finish: Callable[[], Grouping] | None = None


class NotSplittable(Exception):
    """A file the long-file path cannot split (any longer) the way its plan said: it fails with this."""


class Recognised(Protocol):
    """How a format (a reader, a compression layer, or a format refused with a reason) is recognised.

    Detection checks every entry's ``magic`` first, then ``sniff_binary`` on any head, then, on a
    head that looks like text, ``sniff_text``; within each step the registry's order decides.
    """

    name: str  # the format as detected and reported (``FileSummary.format``)
    magic: tuple[bytes, ...]  # prefixes a file of this format starts with

    def sniff_binary(self, head: Head) -> bool: ...

    def sniff_text(self, head: Head) -> bool: ...


class Segmenter(Protocol):
    """How the long-file path splits a format into segments parsed in separate invocations."""

    def splittable(self, store: ObjectStore, key: str, fmt: str, size: int) -> bool:
        """Whether this file can go to the long-file path (a cheap look, at hand-off)."""
        ...

    def plan(self, store: ObjectStore, key: str, fmt: str, size: int, target: int, max_segments: int) -> list[Segment]:
        """Byte ranges of about ``target`` stored bytes, in file order (empty: cannot be split)."""
        ...

    def read(
        self, store: ObjectStore, key: str, fmt: str, segment: Segment, *, last: bool, deadline: Deadline,
        uploaded_at: datetime | None,
    ) -> PartialSummary:
        """One segment's partial summary (reads only what the segment needs)."""
        ...

    def merge(self, partials: list[PartialSummary], *, batch_id: str, file_id: str, file_name: str) -> FileSummary:
        """The file's summary from its segments' partials: the single pass's summary."""
        ...


class FormatReader(Recognised, Protocol):
    """A format the parser reads into a summary."""

    # The reader needs the whole file (an index at its end): a prefix cut by the parse cap is unreadable.
    whole_file: bool
    # The format frames records: a read cut by the parse cap ends inside one, so the reader's
    # "truncated" error is the cap's doing, not the file's (plain text has no frames).
    framed: bool
    segments: Segmenter | None  # None: never split (parsed in one pass, or in checkpointed stretches)

    def read(
        self, reader: Readable, builder: SummaryBuilder, *, fmt: str, max_bytes: int | None, state: ReadState
    ) -> Grouping:
        """Read ``reader`` (forward-only) into ``builder``; set ``state.error`` for a damaged file."""
        ...
