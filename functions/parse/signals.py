"""Numeric signals of structured logs (CSV columns, JSON fields, message-dump fields) as bounded statistics.

Every value updates exact streaming figures (count, min, max, mean, first, last). Median and MAD come
from a uniform reservoir sample of ``RESERVOIR`` values per signal (Vitter's algorithm R, seeded per
signal name so a file always gives the same figures; Li's algorithm L, so random numbers are drawn
only for the samples kept). Excursions are runs of consecutive samples
outside the band median ± ``BAND_K``·1.4826·MAD, followed online in time order: the first ``WARMUP``
samples are held (in order) until a first band exists and then replayed, after which the band is
refreshed from the reservoir every ``REBAND_EVERY`` samples; the longest runs are kept and re-checked
against the final band. Files with fewer samples than ``WARMUP`` get one exact pass. Memory per signal
is fixed (~30 KiB of ``array`` storage) whatever the file size, and at most ``MAX_TRACKED_SIGNALS``
signals are tracked; later ones only count as overflow.

Counters, timestamps in columns, ids and enumerations are not signals with excursions: a monotonic
series, or an integer series with few distinct values and no physical unit, gets statistics but no
excursion.
"""

from __future__ import annotations

import itertools
import math
import random
import re
import zlib
from array import array
from dataclasses import dataclass, field
from itertools import islice, pairwise

from functions.core.domain.contracts import (
    MAX_EXCERPT,
    MAX_PROFILE,
    MAX_SIGNALS,
    Evidence,
    SignalExcursion,
    SignalStat,
)
from functions.parse.timestamps import to_datetime

RESERVOIR = 1024
WARMUP = RESERVOIR  # samples held in order until the first baseline band exists
REBAND_EVERY = 1024  # the band follows the reservoir's median/MAD, refreshed this often
KEEP_RUNS = 8  # longest out-of-band runs kept per signal, re-checked against the final band
MAX_TRACKED_SIGNALS = 512
BAND_K = 6.0  # band half-width in robust sigmas (1.4826·MAD): Gaussian noise leaves it ~2 times in 10^9
MIN_EXCURSION_SAMPLES = 2  # one stray sample is a glitch, not a departure
ENUM_MAX_DISTINCT = 12
_DISTINCT_CAP = 64
_REL_FLOOR = 1e-3  # MAD floor relative to |median|, for flat signals
_NAN = float("nan")

# Units: a bracketed suffix ("pack [V]", "p (kPa)") or a trailing SI-style token ("pack_v", "coolant_degC").
_BRACKET_UNIT = re.compile(r"^(?P<name>.*?)\s*[\[(](?P<unit>[^\])]{1,12})[\])]\s*$")
# fmt: off
_UNITS = (
    "V", "mV", "kV", "A", "mA", "kA", "W", "kW", "MW", "Wh", "kWh", "Ah", "mAh", "Ohm", "kOhm", "degC", "degF",
    "K", "C", "F", "Pa", "kPa", "MPa", "hPa", "bar", "mbar", "psi", "Hz", "kHz", "rpm", "pct", "percent", "s",
    "ms", "us", "ns", "min", "h", "m", "mm", "cm", "km", "kmh", "kph", "mph", "mps", "mps2", "g", "kg", "N",
    "Nm", "deg", "rad", "dps", "rads", "lux", "dB", "dBm",
)
# fmt: on
_SUFFIX_UNITS = {u.lower(): u for u in _UNITS}


def split_unit(name: str) -> tuple[str, str]:
    """``"pack_voltage_v"`` → ``("pack_voltage_v", "V")``; ``"temp [degC]"`` → ``("temp", "degC")``."""
    m = _BRACKET_UNIT.match(name)
    if m is not None and m.group("name"):
        return m.group("name"), m.group("unit").strip()
    for sep in ("_", ".", " "):
        head, _, tail = name.rpartition(sep)
        if head and tail:
            if tail.lower() in _STATISTICS:
                # "cell_v_min": the lowest cell's voltage, not minutes; the unit stands before the statistic
                before = _SUFFIX_UNITS.get(head.rpartition(sep)[2].lower())
                if before is not None:
                    return name, before
            unit = _SUFFIX_UNITS.get(tail.lower())
            if unit is not None:
                return name, unit
            break
    return name, ""


# Statistics a name may end with after its unit ("cell_v_min", "temp_c_max").
_STATISTICS = frozenset({"min", "max", "avg", "mean"})


@dataclass(slots=True)
class _Run:
    n: int
    t0: float | None
    t1: float | None
    extreme: float
    at: int


@dataclass(slots=True)
class _Signal:
    name: str
    unit: str
    source: str
    count: int = 0
    total: float = 0.0
    lo: float = float("inf")
    hi: float = float("-inf")
    first: float = 0.0
    last: float = 0.0
    first_ts: float | None = None
    last_ts: float | None = None
    integer: bool = True
    rising: bool = True
    falling: bool = True
    distinct: set[float] = field(default_factory=set)
    reservoir: array = field(default_factory=lambda: array("d"))
    rng: random.Random | None = None
    w: float = 1.0
    next_pick: int = 0
    # the first WARMUP samples in order (times and positions beside them), replayed once a band exists
    w_t: array = field(default_factory=lambda: array("d"))
    w_at: array = field(default_factory=lambda: array("q"))
    band: tuple[float, float] | None = None
    run: _Run | None = None
    runs: list[_Run] = field(default_factory=list)
    profile: _Profile = field(default_factory=lambda: _Profile())

    def add(self, v: float, ts: float | None, at: int) -> None:
        self.profile.add(v)
        if self.count:
            if v < self.last:
                self.rising = False
            elif v > self.last:
                self.falling = False
        else:
            self.first = v
        self.count += 1
        self.total += v
        self.last = v
        if ts is not None:
            if self.first_ts is None:
                self.first_ts = ts
            self.last_ts = ts
        if v < self.lo:
            self.lo = v
        if v > self.hi:
            self.hi = v
        if self.integer and not v.is_integer():
            self.integer = False
        if len(self.distinct) < _DISTINCT_CAP:
            self.distinct.add(v)
        res = self.reservoir
        if self.count <= WARMUP:
            res.append(v)
            self.w_t.append(ts if ts is not None else _NAN)
            self.w_at.append(at)
            if self.count == WARMUP:
                self._reband()
                for i in range(WARMUP):
                    t = self.w_t[i]
                    self._track(res[i], t if t == t else None, self.w_at[i])
                self.w_t, self.w_at = array("d"), array("q")
            return
        if self.rng is None:
            self.count -= 1  # the sampler starts from the samples seen before this one
            self._start_sampling()
            self.count += 1
        if self.count == self.next_pick:  # Li's algorithm L: random draws only when a sample is kept
            res[self.rng.randrange(RESERVOIR)] = v
            self.w *= math.exp(math.log(self.rng.random() or 1e-300) / RESERVOIR)
            self._skip(self.count)
        if self.count % REBAND_EVERY == 0:
            self._reband()
        self._track(v, ts, at)

    def extend(self, vals: list[float], tss: list[float | None], ats: list[int]) -> None:
        """The same as ``add`` for each value in order, with the per-value work done by builtins."""
        i, n = 0, len(vals)
        while self.band is None and i < n:  # warm-up: one by one
            self.add(vals[i], tss[i], ats[i])
            i += 1
        if i == n:
            return
        if i:
            vals, tss, ats = vals[i:], tss[i:], ats[i:]
            n = len(vals)
        self.profile.extend(vals)
        prev = self.last
        if self.rising:
            self.rising = prev <= vals[0] and all(a <= b for a, b in pairwise(vals))
        if self.falling:
            self.falling = prev >= vals[0] and all(a >= b for a, b in pairwise(vals))
        if self.integer:
            self.integer = all(v.is_integer() for v in vals)
        if len(self.distinct) < _DISTINCT_CAP:
            self.distinct.update(vals)
            if len(self.distinct) > _DISTINCT_CAP:
                self.distinct = set(islice(self.distinct, _DISTINCT_CAP))
        lo, hi = min(vals), max(vals)
        if lo < self.lo:
            self.lo = lo
        if hi > self.hi:
            self.hi = hi
        self.total += sum(vals)
        self.last = vals[-1]
        for t in reversed(tss):
            if t is not None:
                self.last_ts = t
                break
        start = self.count
        if self.rng is None:
            self._start_sampling()
        self.count += n
        res = self.reservoir
        rng = self.rng
        assert rng is not None
        while self.next_pick <= self.count:  # algorithm L, as in add
            picked = self.next_pick
            res[rng.randrange(RESERVOIR)] = vals[picked - start - 1]
            self.w *= math.exp(math.log(rng.random() or 1e-300) / RESERVOIR)
            self._skip(picked)
        # excursion runs against the band of the batch's start, refreshed at the batch's end if due
        b_lo, b_hi = self.band
        out = [j for j, v in enumerate(vals) if v < b_lo or v > b_hi]
        last_j = -1
        for j in out:
            if self.run is not None and j != last_j + 1:
                self._close()
            self._track_outside(vals[j], tss[j], ats[j])
            last_j = j
        if self.run is not None and last_j != n - 1:
            self._close()
        if self.count // REBAND_EVERY != start // REBAND_EVERY:
            self._reband()

    def _start_sampling(self) -> None:
        self.rng = random.Random(zlib.crc32(self.name.encode()))
        self.w = math.exp(math.log(self.rng.random() or 1e-300) / RESERVOIR)
        self._skip(self.count)

    def _skip(self, base: int) -> None:
        """Where the next kept sample falls, counted from the sample at ``base`` (1-based)."""
        rng = self.rng
        assert rng is not None
        u = rng.random() or 1e-300
        self.next_pick = base + int(math.log(u) / math.log1p(-self.w)) + 1 if self.w < 1 else base + 1

    def _reband(self) -> None:
        med, _, floor = self.robust()
        half = BAND_K * 1.4826 * floor
        self.band = (med - half, med + half)

    def _track(self, v: float, ts: float | None, at: int) -> None:
        lo, hi = self.band  # type: ignore[misc]
        if lo <= v <= hi:
            if self.run is not None:
                self._close()
            return
        self._track_outside(v, ts, at)

    def _track_outside(self, v: float, ts: float | None, at: int) -> None:
        lo, hi = self.band  # type: ignore[misc]
        run = self.run
        if run is None:
            self.run = _Run(1, ts, ts, v, at)
            return
        run.n += 1
        if ts is not None:
            run.t1 = ts
            if run.t0 is None:
                run.t0 = ts
        mid = (lo + hi) / 2
        if abs(v - mid) > abs(run.extreme - mid):
            run.extreme, run.at = v, at

    def _close(self) -> None:
        run, self.run = self.run, None
        if run is None or run.n < MIN_EXCURSION_SAMPLES:
            return
        self.runs.append(run)
        if len(self.runs) > 2 * KEEP_RUNS:
            self.runs.sort(key=lambda r: -r.n)
            del self.runs[KEEP_RUNS:]

    # ---- output ---------------------------------------------------------------------------------
    def structural(self) -> bool:
        """True for counters, clocks, ids and enumerations: statistics yes, excursions no."""
        if self.count >= 3 and len(self.distinct) >= 3 and (self.rising or self.falling):
            return True
        return self.integer and not self.unit and len(self.distinct) <= ENUM_MAX_DISTINCT

    def robust(self) -> tuple[float, float, float]:
        """(median, mad, the MAD used for the band: floored so flat and quantised signals stay sane)."""
        vals = sorted(self.reservoir)
        med = _median(vals)
        mad = _median(sorted(abs(x - med) for x in vals))
        step = min((b - a for a, b in itertools.pairwise(vals) if b > a), default=0.0)
        return med, mad, max(mad, step, _REL_FLOOR * abs(med), 1e-9)

    def finish(self) -> None:
        if self.band is None:  # fewer than WARMUP samples: one exact pass over all of them
            self._reband()
            for i in range(len(self.reservoir)):
                t = self.w_t[i]
                self._track(self.reservoir[i], t if t == t else None, self.w_at[i])
        self._close()

    def excursion(self, med: float, mad_floor: float, file_id: str, file_name: str, line_based: bool):
        if self.structural() or self.count < 2 * MIN_EXCURSION_SAMPLES:
            return None
        half = BAND_K * 1.4826 * mad_floor
        lo_band, hi_band = med - half, med + half
        # Runs were found against the band of their time; the final band has the last word.
        valid = [r for r in self.runs if not lo_band <= r.extreme <= hi_band]
        if not valid:
            return None
        best = max(valid, key=lambda r: (r.n, abs(r.extreme - med)))
        score = abs(best.extreme - med) / (1.4826 * mad_floor)
        start, end = to_datetime(best.t0), to_datetime(best.t1)
        where = f" ({self.source})" if self.source else ""
        unit = f" {self.unit}" if self.unit else ""
        evidence = Evidence(
            file_id=file_id,
            file_name=file_name,
            line=best.at if line_based else None,
            message_index=None if line_based else best.at,
            timestamp=start,
            excerpt=f"{self.name}={best.extreme:g}{unit}{where}: {best.n} samples outside {lo_band:.4g}..{hi_band:.4g}"[
                :MAX_EXCERPT
            ],
        )
        return SignalExcursion(
            value=best.extreme, score=round(score, 3), start=start, end=end, samples=best.n, evidence=evidence
        )


@dataclass(slots=True)
class _Profile:
    """Means of consecutive equal stretches of a series, in order: blocks of ``size`` samples, the size
    doubling (neighbours merged) whenever ``MAX_PROFILE`` blocks are full, so at most ``MAX_PROFILE``
    stretches are kept whatever the series' length."""

    size: int = 1
    sums: list[float] = field(default_factory=list)
    cur: float = 0.0
    n: int = 0

    def add(self, v: float) -> None:
        self.cur += v
        self.n += 1
        if self.n == self.size:
            self._push()

    def extend(self, vals: list[float]) -> None:
        i, n = 0, len(vals)
        while i < n:
            take = min(self.size - self.n, n - i)
            self.cur += sum(vals[i : i + take])
            self.n += take
            i += take
            if self.n == self.size:
                self._push()

    def _push(self) -> None:
        self.sums.append(self.cur)
        self.cur, self.n = 0.0, 0
        if len(self.sums) == MAX_PROFILE:
            self.sums = [a + b for a, b in zip(self.sums[::2], self.sums[1::2], strict=True)]
            self.size *= 2

    def means(self) -> list[float]:
        out = [total / self.size for total in self.sums]
        if self.n and 2 * self.n >= self.size:  # a last stretch at least half full
            out.append(self.cur / self.n)
        return out


def _median(sorted_vals: list[float]) -> float:
    n = len(sorted_vals)
    if not n:
        return 0.0
    mid = n // 2
    return sorted_vals[mid] if n % 2 else (sorted_vals[mid - 1] + sorted_vals[mid]) / 2


class SignalAccumulator:
    """Numeric values by (source, name) → at most ``MAX_SIGNALS`` :class:`SignalStat`, most informative first.

    ``line_based``: the ``at`` positions are 1-based lines (text exports) rather than record indexes.
    """

    def __init__(self, *, line_based: bool = True) -> None:
        self._signals: dict[tuple[str, str], _Signal] = {}
        self.dropped: set[tuple[str, str]] = set()
        self.dropped_count = 0
        self.line_based = line_based

    def add(self, name: str, value: float, ts: float | None, at: int, *, source: str = "", unit: str = "") -> None:
        value = float(value)
        if not math.isfinite(value):
            return
        sig = self._get(source, name, unit)
        if sig is not None:
            sig.add(value, ts, at)

    def extend(
        self, name: str, vals: list[float], tss: list[float | None], ats: list[int], *, source: str = "", unit: str = ""
    ) -> None:
        """Many finite values of one signal, in order (the structured readers buffer per signal)."""
        sig = self._get(source, name, unit)
        if sig is not None and vals:
            sig.extend(vals, tss, ats)

    def _get(self, source: str, name: str, unit: str) -> _Signal | None:
        key = (source, name)
        sig = self._signals.get(key)
        if sig is None:
            if len(self._signals) >= MAX_TRACKED_SIGNALS:
                if len(self.dropped) < 10_000:
                    self.dropped.add(key)
                else:
                    self.dropped_count += 1
                return None
            base, found = split_unit(name)
            sig = self._signals[key] = _Signal(name=base, unit=unit or found, source=source)
        return sig

    def __len__(self) -> int:
        return len(self._signals)

    def stats(self, *, file_id: str = "", file_name: str = "") -> tuple[list[SignalStat], int]:
        out: list[SignalStat] = []
        for sig in self._signals.values():
            sig.finish()
            med, mad, floor = sig.robust()
            exc = sig.excursion(med, floor, file_id, file_name, self.line_based)
            out.append(
                SignalStat(
                    name=sig.name,
                    unit=sig.unit,
                    source=sig.source,
                    count=sig.count,
                    min=sig.lo,
                    max=sig.hi,
                    mean=sig.total / sig.count,
                    median=med,
                    mad=mad,
                    first=sig.first,
                    last=sig.last,
                    first_seen=to_datetime(sig.first_ts),
                    last_seen=to_datetime(sig.last_ts),
                    excursion=exc,
                    profile=sig.profile.means(),
                )
            )
        out.sort(key=lambda s: (s.excursion is None, -(s.excursion.score if s.excursion else 0.0), -s.count, s.name))
        overflow = max(0, len(out) - MAX_SIGNALS) + len(self.dropped) + self.dropped_count
        return out[:MAX_SIGNALS], overflow
