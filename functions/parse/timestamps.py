"""Timestamps in text log lines: learn which layout a file uses once, then extract it cheaply per line.

A file almost always uses one timestamp layout, so we score a handful of layouts on the first lines
and keep the best. Per line that leaves a single regex search over the line's first bytes plus a dict
lookup: the seconds part repeats across many lines and its conversion to epoch seconds is cached.
Timestamps without a zone are taken as UTC; a timestamp without a year (syslog, logcat) is placed in
the most recent year that does not put it after ``not_after`` (the file's upload time; now unless the
caller knows better): a log cannot describe the future of its own upload, and a log that runs over
New Year falls into place without guessing where the year turned.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

SEARCH_WINDOW = 120  # a header timestamp sits near the start of the line
# Zone-less stamps are read as UTC, but a vehicle may log local time up to 14 h ahead of UTC (and
# its clock may drift): a stamp this far past the upload time still counts as "not after" it.
YEARLESS_SLACK_S = 86400

_MONTHS = {m.encode(): i for i, m in enumerate(calendar.month_abbr) if m}
_MON = rb"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"

# Group 1 is the "seconds key" (everything up to whole seconds, cached); the named group ``frac``
# holds fractional seconds, ``tz`` an optional zone offset.
_FRAC = rb"(?:[.,:](?P<frac>\d{1,9}))?"
_TZ = rb"(?:\s?(?P<tz>Z|[+-]\d{2}:?\d{2})(?![\d:]))?"

_Parse = Callable[[re.Match[bytes], int], int | None]


def _ymd(y: int, mo: int, d: int, h: int, mi: int, s: int) -> int | None:
    if not (1 <= mo <= 12 and 1 <= d <= 31 and h < 24 and mi < 60 and s < 61 and 1970 <= y < 2200):
        return None
    return calendar.timegm((y, mo, d, h, mi, min(s, 59), 0, 0, 0))


def _iso(m: re.Match[bytes], _year: int) -> int | None:
    g = m.groups()
    return _ymd(int(g[1]), int(g[2]), int(g[3]), int(g[4]), int(g[5]), int(g[6]))


def _yymmdd(m: re.Match[bytes], _year: int) -> int | None:
    g = m.groups()
    return _ymd(2000 + int(g[1]), int(g[2]), int(g[3]), int(g[4]), int(g[5]), int(g[6]))


def _syslog(m: re.Match[bytes], year: int) -> int | None:
    g = m.groups()
    y = m.group("year")
    return _ymd(int(y) if y else year, _MONTHS[g[1][:3]], int(g[2]), int(g[3]), int(g[4]), int(g[5]))


def _mmdd(m: re.Match[bytes], year: int) -> int | None:
    g = m.groups()
    return _ymd(year, int(g[1]), int(g[2]), int(g[3]), int(g[4]), int(g[5]))


def _epoch(m: re.Match[bytes], _year: int) -> int | None:
    v = int(m.group(1))
    if len(m.group(1)) == 13:
        v //= 1000
    return v if 0 < v < 7_258_118_400 else None


# (name, pattern, converter). Order breaks ties: the more specific layouts first.
_LAYOUTS: list[tuple[str, bytes, _Parse]] = [
    (
        "iso",
        rb"((\d{4})[-/.](\d{1,2})[-/.](\d{1,2})[T _-](\d{1,2})[:.](\d{2})[:.](\d{2}))" + _FRAC + _TZ,
        _iso,
    ),
    ("compact", rb"(?<!\d)((\d{4})(\d{2})(\d{2})[-T ]?(\d{2}):?(\d{2}):?(\d{2}))(?!\d)" + _FRAC + _TZ, _iso),
    ("yymmdd", rb"(?<!\d)((\d{2})[/-]?(\d{2})[/-]?(\d{2})\s+(\d{2}):?(\d{2}):?(\d{2}))(?!\d)" + _FRAC, _yymmdd),
    (
        "syslog",
        rb"(" + _MON + rb"\s+(\d{1,2}),?\s+(\d{1,2}):(\d{2}):(\d{2}))" + _FRAC + rb"(?:\s+(?P<year>\d{4})(?!\d))?",
        _syslog,
    ),
    ("mmdd", rb"(?<![\d.])((\d{2})[-/.](\d{2})\s+(\d{2}):(\d{2}):(\d{2}))" + _FRAC, _mmdd),
    ("glog", rb"^[IWEFD]((\d{2})(\d{2})\s+(\d{2}):(\d{2}):(\d{2}))" + _FRAC, _mmdd),
    ("epoch", rb"(?<![\d.])(1\d{9}|1\d{12})(?:\.(?P<frac>\d{1,9}))?(?![\d])", _epoch),
]


class TimestampLayout:
    """One learned layout; ``extract`` returns epoch seconds (float) or None."""

    __slots__ = (
        "_cache",
        "_frac_group",
        "_match",
        "_not_after",
        "_parse",
        "_search",
        "_tz_group",
        "_year_group",
        "name",
        "year",
        "yearless",
    )

    def __init__(self, name: str, pattern: bytes, parse: _Parse, not_after: float) -> None:
        rx = re.compile(pattern)
        self.name = name
        self._search = rx.search
        self._match = rx.match
        self._parse = parse
        self.yearless = name in ("syslog", "mmdd", "glog")  # syslog may carry a year after the time
        self._not_after = not_after + YEARLESS_SLACK_S
        self.year = datetime.fromtimestamp(not_after, tz=UTC).year
        self._cache: dict[object, int | None] = {}
        self._frac_group = rx.groupindex.get("frac")
        self._tz_group = rx.groupindex.get("tz")
        self._year_group = rx.groupindex.get("year")

    def locate(self, line: bytes) -> int:
        """Offset of the timestamp in ``line`` or -1; lines of one shape share it (see ``at``)."""
        m = self._search(line, 0, SEARCH_WINDOW)
        return -1 if m is None else m.start()

    def extract(self, line: bytes) -> float | None:
        m = self._search(line, 0, SEARCH_WINDOW)
        return None if m is None else self._convert(m)

    def at(self, line: bytes, pos: int) -> float | None:
        """The timestamp at a known offset: an anchored match, several times cheaper than a search."""
        m = self._match(line, pos)
        return None if m is None else self._convert(m)

    def spans(self, line: bytes, pos: int) -> tuple[int, int, int, int, int, int] | None:
        """Where the timestamp at ``pos`` keeps its seconds, fraction and zone (start, end each; -1
        when absent), for reading the lines of one digit-zeroed shape by fixed slices.

        None when a shape does not fix them: no match, the epoch layout (its pattern tells digits
        apart), or an explicit year (its seconds are keyed by the year too).
        """
        if self.name == "epoch":
            return None
        m = self._match(line, pos)
        if m is None or (self._year_group is not None and m.group(self._year_group)):
            return None
        fa, fz = m.span(self._frac_group) if self._frac_group is not None else (-1, -1)
        ta, tz = m.span(self._tz_group) if self._tz_group is not None else (-1, -1)
        return (*m.span(1), fa, fz, ta, tz)

    def seconds(self, line: bytes, pos: int) -> int | None:
        """``at`` without the fraction: the whole epoch second, zone applied (None: no valid date)."""
        m = self._match(line, pos)
        if m is None:
            return None
        base = self._base(m)
        return None if base is None else base + self._zone_shift(m)

    def _base(self, m: re.Match[bytes]) -> int | None:
        key = m.group(1) if self._year_group is None else m.group(1, self._year_group)
        base = self._cache.get(key, -1)
        if base == -1:
            base = self._parse(m, self.year)
            if base is not None and self.yearless and base > self._not_after:
                has_year = self._year_group is not None and m.group(self._year_group)
                if not has_year:
                    base = self._parse(m, self.year - 1)
            if len(self._cache) > 4096:  # seconds repeat in bursts; a small cache is enough
                self._cache.clear()
            self._cache[key] = base
        return base

    def _zone_shift(self, m: re.Match[bytes]) -> int:
        if self._tz_group is not None:
            tz = m.group(self._tz_group)
            if tz and tz != b"Z":
                sign = -1 if tz[:1] == b"+" else 1
                digits = tz[1:].replace(b":", b"")
                return sign * (int(digits[:2]) * 3600 + int(digits[2:4]) * 60)
        return 0

    def _convert(self, m: re.Match[bytes]) -> float | None:
        base = self._base(m)
        if base is None:
            return None
        base += self._zone_shift(m)
        if self._frac_group is not None:
            frac = m.group(self._frac_group)
            if frac:
                return base + int(frac) / 10 ** len(frac)
        return float(base)


def learn_layout(lines: Sequence[bytes], *, not_after: datetime | None = None) -> TimestampLayout | None:
    """Pick the layout that parses the most sample lines (at least a third of them). Year-less
    stamps land in the most recent year not after ``not_after`` (default: now)."""
    limit = (not_after or datetime.now(UTC)).timestamp()
    best: tuple[int, TimestampLayout] | None = None
    sample = [ln for ln in lines if ln.strip()][:500]
    if not sample:
        return None
    for name, pattern, parse in _LAYOUTS:
        layout = TimestampLayout(name, pattern, parse, limit)
        hits = sum(1 for ln in sample if layout.extract(ln) is not None)
        if hits and (best is None or hits > best[0]):
            best = (hits, layout)
    if best is None or best[0] * 3 < len(sample):
        return None
    return best[1]


def to_datetime(epoch: float | None) -> datetime | None:
    if epoch is None:
        return None
    return datetime.fromtimestamp(epoch, tz=UTC)
