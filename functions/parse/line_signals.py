"""Numbers inside ordinary log lines as signals: ``tire FL 1.62 bar``, ``pack Tmax=58.4C``, ``soc=3``.

Found per line *shape* (digits zeroed, see ``functions.parse.text``), never per line: a shape's digit
runs sit at the same byte offsets in every line of that shape, so a value is a slice and an ``int``,
decided once per shape (``shape_slots``). A number is a value when it carries a physical unit
(``10.9 V``, ``58.4C``, ``3 %``, ``85 kOhm``) or follows a quantity name (``soc=``, ``vbat:``,
``T_cool: 93``: a decimal after ``name=`` / ``name:``, or an integer there when the name
``physical.names_quantity`` reads as a quantity; a bare number with neither, ``retry 3``, is a count).
Its name is the words before it (and the line's leading word, ``pack`` in ``pack SOC=62% V=395.2``),
its source the line's writer.

Every figure is exact under segments (a file parsed as byte ranges whose partial states merge):
values are integers in micro-units (a decimal string's digits, never a float sum, so a sum does not
depend on the order of additions), count/min/max/first/last/rising are folded in file order, and
median, MAD and excursions come from two mergeable sketches whose state after a set of values does
not depend on their order: a histogram of values on a grid of ``2**k`` micro-units, and per
``2**j``-second time bucket the count, min, max and sum. Each grid is the finest that keeps the
sketch within its cap (``MAX_VALUES``, ``MAX_BUCKETS``), which is the same whatever order or split the
values arrive in. At most ``MAX_LINE_SIGNALS`` series per file; later ones are counted as overflow (past that cap,
a segment may keep series the single pass drops: exact up to the cap, like the miner's compaction).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise

from pydantic import BaseModel, Field

from functions.core.domain import physical
from functions.core.domain.contracts import MAX_EXCERPT, MAX_PROFILE, Evidence, SignalExcursion, SignalStat
from functions.parse.signals import BAND_K, ENUM_MAX_DISTINCT, MIN_EXCURSION_SAMPLES
from functions.parse.timestamps import to_datetime

# Series tracked per file (the summary keeps the MAX_SIGNALS most informative), and per series the
# histogram bins and time buckets before their grids coarsen: ~40 KiB per series at most.
MAX_LINE_SIGNALS = 256
MAX_VALUES = 512
MAX_BUCKETS = 128
MAX_DECIMALS = 6  # values are integers in 10**-6 units
MIN_SERIES_SAMPLES = 3  # fewer values of a name in a file are not reported as a signal
_MICRO = 10**MAX_DECIMALS
_REL_FLOOR = 1e-3  # as signals.py: a MAD floor relative to |median| for flat signals

# A standalone number on the digit-zeroed shape: not inside an identifier (``VBAT_12V``, ``can1``),
# a version (``1.2.3``) or a time (``10:00:01``).
_NUM = re.compile(rb"(?<![\w.\-:/])(-?)(0+)(?:\.(0+))?(?![\w.]0|:0|/0)")
# Units of physical quantities a vehicle measures (no durations, sizes or counts: those are software's).
_UNITS = (
    rb"(kWh|Wh|kW|MW|mV|kV|V|mA|kA|A|W|degC|degF|\xc2\xb0C|\xc2\xb0F|C|F|mbar|bar|kPa|hPa|MPa|psi|%|"
    rb"kOhm|MOhm|Ohm|\xce\xa9|rpm|Nm|km/h|kph|mph)(?![\w\xc2-\xff])"
)
_UNIT = re.compile(rb"( ?)" + _UNITS)
# Where a value can be (a superset, decided by the checks in ``shape_slots``): the last digit of a
# number with a unit after it, or a number after ``=`` / ``:``.
_UNIT_HIT = re.compile(rb"0(?= ?[kMmVAWdCF%bhpOrN\xc2\xce])(?= ?" + _UNITS + rb")")  # the set first: fast
_NAMED_HIT = re.compile(rb"[=:] ?(?=-?0)")  # a set first: fast; ``:0`` (a time) fails ``_NUM`` later
# Single letters that are a unit only when glued to the number (``4.1A``) or after a decimal (``4.07 A``);
# ``step 2 A`` is not.
_GLUED_ONLY = frozenset({b"A", b"F", b"W"})
_HEX_LETTERS = frozenset({b"A", b"C", b"F"})
_UNIT_NAMES = {b"\xc2\xb0C": "degC", b"\xc2\xb0F": "degF", b"\xce\xa9": "Ohm"}
_END_AFTER = re.compile(rb"$|[\s,;)\]|}]")
_CUT = re.compile(rb".*[,;|()\[\]{}=:<>]", re.S)
_TOKEN = re.compile(rb"(?<![\w.\-])[A-Za-z_][^\s=:,;|()\[\]{}<>\"']*")
_LEAD = re.compile(rb"\s*(?:\[[^\]]*\]\s*)*([A-Za-z_][\w.\-]*) ")

# A slot: (value start, dot offset or -1, value end, multiplier to micro-units (negative for a minus
# sign), name (a str when the shape fixes it, else the byte ranges to read from each line), unit).
Slot = tuple[int, int, int, int, "str | tuple[tuple[int, int], ...]", str]


def number_places(key: bytes, start: int, body_end: int) -> list[int]:
    """Where a number can be a value, ascending: one with a unit after it, or one after ``=``/``:``
    (two scans that skip to a ``0`` or a separator at C speed)."""
    at = {m.end() for m in _NAMED_HIT.finditer(key, start, body_end)}
    for m in _UNIT_HIT.finditer(key, start, body_end):
        p = m.start()
        while p > start and key[p - 1] in b"0.":
            p -= 1
        at.add(p - 1 if p > start and key[p - 1] == 45 else p)  # 45: a minus sign
    return sorted(at)


def value_starts(key: bytes, start: int, quantity: Callable[[bytes], bool] | None = None) -> list[int]:
    """Where the numbers that may be values of ``shape_slots`` start, ascending: a superset of its
    slots, and every number left out is one it would skip before it changes anything (the checks that
    need the previous value's end read it as ``start``, which passes the most). Empty for most shapes.
    ``quantity``: whether a key names a quantity (``_names_quantity``). Its twin in C, ``value_starts``
    in native/shapes.c, gives the same list."""
    if key.find(b"0", start) < 0:
        return []
    if quantity is None:
        quantity = _names_quantity
    body_end = len(key) - 1 if key.endswith(b"\r") else len(key)
    out = []
    for p in number_places(key, start, body_end):
        m = _NUM.match(key, p, body_end)
        if m is None:
            continue
        decimals, z = m.group(3), m.end()
        if decimals is not None and len(decimals) > MAX_DECIMALS:
            continue
        # as ``shape_slots`` decides it, with the previous value's end at ``start``
        named = (p > start and key[p - 1] in b"=:") or (
            p - 1 > start and key[p - 1] == 32 and key[p - 2] in b"=:"  # 32: a space
        )
        u = _UNIT.match(key, z)
        if (
            u is not None
            and not (u.group(1) and u.group(2) in _GLUED_ONLY and decimals is None)
            and (u.group(2) not in _HEX_LETTERS or named or decimals is not None or u.group(1))
        ):
            out.append(p)  # a unit after it
            continue
        if not named or _END_AFTER.match(key, z) is None:
            continue
        if decimals is None:  # an integer: its key must name a quantity
            k = _KEY_BEFORE.search(key, max(start, p - 64), p)
            if k is None or len(k.group(1)) < 2 or not quantity(k.group(1)):
                continue
        out.append(p)
    return out


def shape_slots(key: bytes, start: int, starts=value_starts) -> tuple[Slot, ...]:
    """The value slots of a line shape (``key``: the digit-zeroed line head; ``start``: where its
    message begins, after the header). Empty for most shapes. ``starts``: ``value_starts`` or its
    twin in C."""
    return slots_at(key, start, starts(key, start, _names_quantity))


def slots_at(key: bytes, start: int, at: list[int]) -> tuple[Slot, ...]:
    """``shape_slots`` from the value starts ``at`` that ``value_starts`` (or its twin) found."""
    if not at:
        return ()
    body_end = len(key) - 1 if key.endswith(b"\r") else len(key)
    nums = [m for p in at if (m := _NUM.match(key, p, body_end)) is not None]
    if not nums:
        return ()
    first = _NUM.search(key, start, body_end)
    # The line's subject (``pack`` in ``pack SOC=62% V=395.2``): its first word, when the first value's
    # name is that word and more (then the later values' names are the subject's too).
    lead = _LEAD.match(key, start)
    lead_span = lead.span(1) if lead is not None and lead.end(1) <= first.start() else None
    subject = None
    slots: list[Slot] = []
    prev = start  # the end of the previous value: the next one's name starts after it
    for m in nums:
        a, z = m.start(2), m.end()
        neg, digits, decimals = m.group(1), m.group(2), m.group(3)
        prev_end = prev
        if decimals is not None and len(decimals) > MAX_DECIMALS:
            continue
        unit = ""
        u = _UNIT.match(key, z)
        s0 = m.start()
        c1 = key[s0 - 1 : s0] if s0 > prev_end else b""
        named = c1 in (b"=", b":") or (c1 == b" " and s0 - 1 > prev_end and key[s0 - 2 : s0 - 1] in (b"=", b":"))
        if u is not None and u.group(2) in _HEX_LETTERS and not (named or decimals is not None or u.group(1)):
            u = None  # ``2F``, ``3C``: a hex byte, unless a key or a decimal says it is a quantity
        # (a spaced single letter is a unit after a decimal reading, ``4.07 A``, not after a count: ``step 2 A``)
        if u is not None and not (u.group(1) and u.group(2) in _GLUED_ONLY and decimals is None):
            raw = u.group(2)
            unit = _UNIT_NAMES.get(raw) or raw.decode()
        elif _END_AFTER.match(key, z) is None:
            continue  # a number glued to something that is not a unit (``238ms``, ``0x32D``)
        elif not named:
            continue  # a bare number with no unit: a count or an id (``retry 3``)
        elif decimals is None:
            # an integer after a key is a value only when the key names a quantity (``soc=3``, ``T_cool: 93``)
            k = _KEY_BEFORE.search(key, max(prev_end, s0 - 64), s0)
            if k is None or len(k.group(1)) < 2 or not _names_quantity(k.group(1)):  # ``v=86``: a field
                continue
        before = key[prev_end:s0]
        # the name ends before the separator (``=``, ``:``, a space)
        cut_sep = 2 if before.endswith((b"= ", b": ")) else 1 if before.endswith((b"=", b":", b" ")) else 0
        seg_end = s0 - cut_sep
        seg_start = prev_end
        cut = _CUT.match(key, prev_end, seg_end)
        if cut is not None:
            seg_start = cut.end()
        tokens = [t.span() for t in _TOKEN.finditer(key, seg_start, seg_end)]
        # Numbers between the words: an index right after a word stays in the name (``cell 3 voltage``,
        # read per line); past anything else the name starts after the last number.
        inner = [n for n in _NUM.finditer(key, seg_start, seg_end)]
        if inner:
            last = inner[-1]
            index = len(last.group(2)) <= 3 and last.group(3) is None and not last.group(1)
            head = [t for t in tokens if t[1] <= last.start()]
            if not (index and head and key[head[-1][1] : last.start()] == b" " and len(inner) == 1):
                tokens = [t for t in tokens if t[0] >= last.end()]
        if named and cut is not None and key[cut.end() - 1] in b"=:" and tokens:
            tokens = tokens[-1:]  # ``reason=TIMER lv=12.2V``: after another pair, the key alone names it
        tokens = tokens[-3:]
        if not tokens:
            continue
        # words with digits inside (``node-13``, ``gige15``) are ids, unless the word is the key itself
        # (``VBAT_12V``, ``pump2``, ``KL30``: read per line)
        tokens = [t for t in tokens[:-1] if b"0" not in key[t[0] : t[1]]] + tokens[-1:]
        spans = [(tokens[0][0], tokens[-1][1])] if _NUM.search(key, tokens[0][1], tokens[-1][0]) else tokens
        if not slots and lead_span is not None and tokens[0] == lead_span and len(tokens) >= 2:
            # the subject is the first name less its last word (``low beam`` of ``low beam L 4.07 A R 4.09 A``)
            head = (lead_span[0], tokens[-2][1])
            subject = None if b"0" in key[head[0] : head[1]] else head
        elif subject is not None and subject[1] <= tokens[0][0]:
            spans.insert(0, subject)
        name: str | tuple[tuple[int, int], ...] = tuple(spans)
        if not any(b"0" in key[x:y] for x, y in spans):
            name = " ".join(key[x:y].decode("utf-8", "replace") for x, y in spans)
        dot = m.start(3) - 1 if decimals is not None else -1
        mult = 10 ** (MAX_DECIMALS - (len(decimals) if decimals is not None else 0))
        if len(digits) <= 15:  # longer: an id, not a measurement
            slots.append((a, dot, z, -mult if neg else mult, name, unit))
            prev = u.end() if unit else z
    return tuple(slots)


_KEY_BEFORE = re.compile(rb"(?<![\w.\-])([A-Za-z_][\w.\-]*)(?:[=:] ?)$")
_QUANTITY_MEMO: dict[bytes, bool] = {}


def _names_quantity(token: bytes) -> bool:
    found = _QUANTITY_MEMO.get(token)
    if found is None:
        if len(_QUANTITY_MEMO) > 10_000:
            _QUANTITY_MEMO.clear()
        found = _QUANTITY_MEMO[token] = physical.names_quantity(token.decode("latin-1"))
    return found


def name_of(line: bytes, spans: tuple[tuple[int, int], ...]) -> str:
    return " ".join(line[x:y].decode("utf-8", "replace") for x, y in spans)


@dataclass(slots=True)
class Series:
    name: str
    unit: str
    source: str
    count: int = 0
    total: int = 0  # micro-units: an integer sum is the same in any order
    lo: int = 0
    hi: int = 0
    first: int = 0
    last: int = 0
    first_ts: float | None = None
    last_ts: float | None = None
    integer: bool = True
    rising: bool = True
    falling: bool = True
    q: int = 1  # value grid, micro-units (a power of two)
    values: Counter[int] = field(default_factory=Counter)
    width: int = 1  # time grid, seconds (a power of two)
    # bucket → [count, min, max, sum, first line]
    buckets: dict[int, list[int]] = field(default_factory=dict)

    def add(self, v: int, ts: float | None, line: int, integer: bool) -> None:
        if self.count:
            if v < self.last:
                self.rising = False
            elif v > self.last:
                self.falling = False
            if v < self.lo:
                self.lo = v
            elif v > self.hi:
                self.hi = v
        else:
            self.first = self.lo = self.hi = v
        self.count += 1
        self.total += v
        self.last = v
        if not integer:
            self.integer = False
        k = v // self.q * self.q
        values = self.values
        values[k] = values.get(k, 0) + 1
        if len(values) > MAX_VALUES:
            self._coarsen_values(self.q * 2)
        if ts is not None:
            if self.first_ts is None:
                self.first_ts = ts
            self.last_ts = ts
            b = math.floor(ts) // self.width
            row = self.buckets.get(b)
            if row is None:
                self.buckets[b] = [1, v, v, v, line]
                if len(self.buckets) > MAX_BUCKETS:
                    self._coarsen_buckets(self.width * 2)
            else:
                row[0] += 1
                if v < row[1]:
                    row[1] = v
                if v > row[2]:
                    row[2] = v
                row[3] += v

    def extend(
        self, vals: list[int], secs: list[int] | None, ix: list[int], lineno: int, t0, t1, integer: bool
    ) -> None:
        """``add`` for many values in line order, with the per-value work done by builtins: ``vals`` of
        lines ``lineno + ix``, ``secs`` their whole seconds (None: untimed), ``t0``/``t1`` the first and
        last line's times. The state after it is ``add``'s: the sketches' grids depend only on the set."""
        n = len(vals)
        lo, hi = min(vals), max(vals)
        if self.count:
            if self.rising and (self.last > vals[0] or (n > 1 and vals != sorted(vals))):
                self.rising = False
            if self.falling and (self.last < vals[0] or (n > 1 and vals != sorted(vals, reverse=True))):
                self.falling = False
            if lo < self.lo:
                self.lo = lo
            if hi > self.hi:
                self.hi = hi
        else:
            self.first, self.lo, self.hi = vals[0], lo, hi
            if n > 1:
                self.rising, self.falling = vals == sorted(vals), vals == sorted(vals, reverse=True)
        self.count += n
        self.total += sum(vals)
        self.last = vals[-1]
        if not integer:
            self.integer = False
        q = self.q
        self.values.update(vals if q == 1 else [v // q * q for v in vals])
        if len(self.values) > MAX_VALUES:
            self._coarsen_values(q * 2)
        if secs is None:
            return
        if None in secs:  # several shapes, timed and not: the buckets hold the timed values
            keep = [k for k, x in enumerate(secs) if x is not None]
            vals, secs, ix = [vals[k] for k in keep], [secs[k] for k in keep], [ix[k] for k in keep]
            n = len(vals)
        if self.first_ts is None:
            self.first_ts = t0
        self.last_ts = t1
        w = self.width
        ks = secs if w == 1 else [x // w for x in secs]
        buckets = self.buckets
        ordered = n == 1 or ks == sorted(ks)
        if not ordered:  # lines a little out of time order: grouped by bucket first
            order = sorted(range(n), key=ks.__getitem__)
            ks, vals, ix = [ks[k] for k in order], [vals[k] for k in order], [ix[k] for k in order]
        i = 0
        while i < n:  # each bucket's run of values at once
            k = ks[i]
            j = bisect_right(ks, k, i)
            part = vals[i:j] if j - i < n else vals
            first = ix[i] if ordered else min(ix[i:j])
            _fold_row(buckets, k, [j - i, min(part), max(part), sum(part), lineno + first])
            i = j
        if len(buckets) > MAX_BUCKETS:
            self._coarsen_buckets(w * 2)

    def _coarsen_values(self, q: int) -> None:
        while True:
            out: Counter[int] = Counter()
            for k, c in self.values.items():
                out[k // q * q] += c
            self.values, self.q = out, q
            if len(out) <= MAX_VALUES:
                return
            q *= 2

    def _coarsen_buckets(self, width: int) -> None:
        while True:
            f = width // self.width
            out: dict[int, list[int]] = {}
            for k, row in self.buckets.items():
                _fold_row(out, k // f, row)
            self.buckets, self.width = out, width
            if len(out) <= MAX_BUCKETS:
                return
            width *= 2

    def merge(self, o: Series) -> None:
        """``o`` is what followed in the file (its lines already absolute)."""
        if not o.count:
            return
        if not self.count:
            for name in Series.__slots__:
                setattr(self, name, getattr(o, name))
            self.values, self.buckets = Counter(o.values), {k: list(r) for k, r in o.buckets.items()}
            return
        self.rising = self.rising and o.rising and self.last <= o.first
        self.falling = self.falling and o.falling and self.last >= o.first
        self.count += o.count
        self.total += o.total
        self.lo, self.hi, self.last = min(self.lo, o.lo), max(self.hi, o.hi), o.last
        self.integer = self.integer and o.integer
        if self.first_ts is None:
            self.first_ts = o.first_ts
        if o.last_ts is not None:
            self.last_ts = o.last_ts
        q = max(self.q, o.q)
        values: Counter[int] = Counter()
        for src in (self.values, o.values):
            for k, c in src.items():
                values[k // q * q] += c
        self.values, self.q = values, q
        if len(values) > MAX_VALUES:
            self._coarsen_values(q * 2)
        width = max(self.width, o.width)
        buckets: dict[int, list[int]] = {}
        for src, w in ((self.buckets, self.width), (o.buckets, o.width)):
            for k, row in src.items():
                _fold_row(buckets, k // (width // w), row)
        self.buckets, self.width = buckets, width
        if len(buckets) > MAX_BUCKETS:
            self._coarsen_buckets(width * 2)

    # ---- output ---------------------------------------------------------------------------------
    def robust(self) -> tuple[float, float, float]:
        """(median, MAD, the MAD used for the band) in units, from the value histogram."""
        half = (self.q - 1) / 2  # a bin's middle
        bins = sorted(self.values.items())
        med = _weighted_median([(k + half, c) for k, c in bins], self.count)
        dev = sorted((abs(k + half - med), c) for k, c in bins)
        mad = _weighted_median(dev, self.count)
        step = min((b[0] - a[0] for a, b in pairwise(bins)), default=0)
        med_u, mad_u = med / _MICRO, mad / _MICRO
        return med_u, mad_u, max(mad_u, step / _MICRO, _REL_FLOOR * abs(med_u), 1e-9)

    def structural(self) -> bool:
        distinct = len(self.values)
        if self.count >= 3 and distinct >= 3 and (self.rising or self.falling):
            return True
        return self.integer and not self.unit and distinct <= ENUM_MAX_DISTINCT

    def excursion(self, med: float, floor: float, file_id: str, file_name: str) -> SignalExcursion | None:
        """The longest run of consecutive time buckets whose mean is outside median ± BAND_K robust sigmas."""
        if self.structural() or self.count < 2 * MIN_EXCURSION_SAMPLES or not self.buckets:
            return None
        half = BAND_K * 1.4826 * floor
        lo_band, hi_band = (med - half) * _MICRO, (med + half) * _MICRO
        runs: list[tuple[int, int, int, int, int]] = []  # (samples, extreme, first bucket, last bucket, line)
        cur: list[int] | None = None
        side = 0
        for k, (c, lo, hi, total, line) in sorted(self.buckets.items()):
            mean = total / c
            s = 1 if mean > hi_band else -1 if mean < lo_band else 0
            if cur is not None and s != side:
                runs.append(tuple(cur))  # type: ignore[arg-type]
                cur = None
            side = s
            if s == 0:
                continue
            extreme = hi if s > 0 else lo
            if cur is None:
                cur = [c, extreme, k, k, line]
            else:
                cur[0] += c
                cur[1] = max(cur[1], extreme) if s > 0 else min(cur[1], extreme)
                cur[3] = k
        if cur is not None:
            runs.append(tuple(cur))  # type: ignore[arg-type]
        runs = [r for r in runs if r[0] >= MIN_EXCURSION_SAMPLES]
        if not runs:
            return None
        mid = med * _MICRO
        n, extreme, k0, k1, line = max(runs, key=lambda r: (r[0], abs(r[1] - mid)))
        value = extreme / _MICRO
        t0, t1 = float(k0 * self.width), float((k1 + 1) * self.width)
        if self.first_ts is not None:
            t0 = max(t0, self.first_ts)
        if self.last_ts is not None:
            t1 = min(t1, self.last_ts)
        start, end = to_datetime(t0), to_datetime(max(t0, t1))
        where = f" ({self.source})" if self.source else ""
        unit = f" {self.unit}" if self.unit else ""
        evidence = Evidence(
            file_id=file_id,
            file_name=file_name,
            line=line,
            timestamp=start,
            excerpt=(
                f"{self.name}={value:g}{unit}{where}: {n} samples outside "
                f"{lo_band / _MICRO:.4g}..{hi_band / _MICRO:.4g}"
            )[:MAX_EXCERPT],
        )
        score = abs(value - med) / (1.4826 * floor)
        return SignalExcursion(value=value, score=round(score, 3), start=start, end=end, samples=n, evidence=evidence)

    def stat(self, file_id: str, file_name: str) -> SignalStat:
        med, mad, floor = self.robust()
        return SignalStat(
            name=self.name,
            unit=self.unit,
            source=self.source,
            count=self.count,
            min=self.lo / _MICRO,
            max=self.hi / _MICRO,
            mean=self.total / self.count / _MICRO,
            median=med,
            mad=mad,
            first=self.first / _MICRO,
            last=self.last / _MICRO,
            first_seen=to_datetime(self.first_ts),
            last_seen=to_datetime(self.last_ts),
            excursion=self.excursion(med, floor, file_id, file_name),
            profile=self.profile(),
        )

    def profile(self) -> list[float]:
        """The mean of each of up to ``MAX_PROFILE`` equal stretches of time, from the time buckets (the
        same buckets in any split of the file, so the same profile)."""
        if not self.buckets:
            return []
        lo, hi = min(self.buckets), max(self.buckets)
        span = hi - lo + 1
        parts = min(MAX_PROFILE, span)
        sums = [[0, 0] for _ in range(parts)]
        for k, (c, _, _, total, _) in self.buckets.items():
            part = sums[(k - lo) * parts // span]
            part[0] += c
            part[1] += total
        return [total / c / _MICRO for c, total in sums if c]


def _fold_row(out: dict[int, list[int]], k: int, row: list[int]) -> None:
    cur = out.get(k)
    if cur is None:
        out[k] = list(row)
        return
    cur[0] += row[0]
    cur[1] = min(cur[1], row[1])
    cur[2] = max(cur[2], row[2])
    cur[3] += row[3]
    cur[4] = min(cur[4], row[4])


def _weighted_median(pairs: list[tuple[float, int]], n: int) -> float:
    """The median of values given with their counts (sorted by value), as a plain median would give."""
    if not pairs:
        return 0.0
    lo_i, hi_i = (n - 1) // 2, n // 2  # the middle positions (equal for odd n)
    seen = 0
    lo_v = hi_v = None
    for v, c in pairs:
        if lo_v is None and seen + c > lo_i:
            lo_v = v
        if seen + c > hi_i:
            hi_v = v
            break
        seen += c
    return ((lo_v if lo_v is not None else pairs[-1][0]) + (hi_v if hi_v is not None else pairs[-1][0])) / 2


class SeriesState(BaseModel):
    """One series in a segment's partial state (lines relative to the segment's first line)."""

    name: str
    unit: str
    source: str
    count: int
    total: int
    lo: int
    hi: int
    first: int
    last: int
    first_ts: float | None = None
    last_ts: float | None = None
    integer: bool = True
    rising: bool = True
    falling: bool = True
    q: int = 1
    values: list[tuple[int, int]] = Field(default_factory=list)
    width: int = 1
    buckets: list[tuple[int, int, int, int, int, int]] = Field(default_factory=list)


class LineSignals:
    """The series of one file's status lines, keyed by (source, name, unit)."""

    def __init__(self) -> None:
        self.series: dict[tuple[str, str, str], Series] = {}
        self.dropped: set[tuple[str, str, str]] = set()

    def get(self, source: str, name: str, unit: str) -> Series | None:
        key = (source, name, unit)
        s = self.series.get(key)
        if s is None:
            if len(self.series) >= MAX_LINE_SIGNALS:
                if len(self.dropped) < 10_000:
                    self.dropped.add(key)
                return None
            s = self.series[key] = Series(name, unit, source)
        return s

    def __len__(self) -> int:
        return len(self.series)

    def overflow(self) -> int:
        return len(self.dropped)

    def stats(self, *, file_id: str = "", file_name: str = "") -> list[SignalStat]:
        # a value read once or twice is a report, not a series: siblings and baselines need several
        return [s.stat(file_id, file_name) for s in self.series.values() if s.count >= MIN_SERIES_SAMPLES]

    # ---- segments -------------------------------------------------------------------------------
    def state(self) -> list[SeriesState]:
        return [
            SeriesState(
                name=s.name,
                unit=s.unit,
                source=s.source,
                count=s.count,
                total=s.total,
                lo=s.lo,
                hi=s.hi,
                first=s.first,
                last=s.last,
                first_ts=s.first_ts,
                last_ts=s.last_ts,
                integer=s.integer,
                rising=s.rising,
                falling=s.falling,
                q=s.q,
                values=sorted(s.values.items()),
                width=s.width,
                buckets=[(k, *row) for k, row in sorted(s.buckets.items())],
            )
            for s in self.series.values()
            if s.count
        ] + [
            SeriesState(name=n, unit=u, source=src, count=0, total=0, lo=0, hi=0, first=0, last=0)
            for src, n, u in sorted(self.dropped)
        ]

    def merge_state(self, states: list[SeriesState], line_offset: int) -> None:
        """A later segment's series, in file order (the segment's first line is ``line_offset`` + 1)."""
        for st in states:
            if not st.count:  # a series the segment had no room for
                if (st.source, st.name, st.unit) not in self.series:
                    self.dropped.add((st.source, st.name, st.unit))
                continue
            target = self.get(st.source, st.name, st.unit)
            if target is None:
                continue
            s = Series(
                st.name,
                st.unit,
                st.source,
                st.count,
                st.total,
                st.lo,
                st.hi,
                st.first,
                st.last,
                st.first_ts,
                st.last_ts,
                st.integer,
                st.rising,
                st.falling,
                st.q,
                Counter(dict(st.values)),
                st.width,
                {k: [c, lo, hi, total, line + line_offset] for k, c, lo, hi, total, line in st.buckets},
            )
            target.merge(s)
