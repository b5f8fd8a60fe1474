"""The shape of a signal over its recording, read from its profile (the means of consecutive stretches).

A level test (an excursion from the signal's own median, a physical limit) cannot see a slow drift:
the drift moves the median with it, and a healthy warm-up climbs as far. What tells them apart is the
shape. A warm-up is a first-order approach: it moves at once, fastest at first, and slows down as it
nears its level (over the stretch where it moves, the first half carries ~3/4 of the change). A drift
moves at an even rate or speeds up (a creep that runs away), often after a flat start, until it ends
(at the end of the recording, or where the vehicle reacted: a lock-out, a derate, a reset). Both tests
read the order of the stretch means only (a Mann-Kendall style count of the pairs of stretches that
moved the way the whole did), so noise on the samples, which the stretch means average out, and one
odd stretch do not decide it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

MIN_STRETCHES = 6  # fewer stretches hold no shape
MIN_MOVING = 4  # stretches over which the signal moved
STEADY = 0.9  # share of the ordered pairs of moving stretches that moved the way the whole did
FLAT = 0.05  # a stretch this close (share of the move) to where the move began or ended is not moving
EVEN = 0.5  # the later half of the move made at least this share of the earlier half's change


@dataclass(frozen=True)
class Drift:
    """A move at an even rate: ``change`` (signed) from stretch ``start`` to stretch ``end``."""

    change: float
    start: int
    end: int
    stretches: int


def agreement(profile: Sequence[float]) -> float:
    """The share of ordered pairs of stretches (earlier, later) that moved the way the whole profile did
    (1.0: every later stretch beyond every earlier one; ~0.5: noise around a level)."""
    total = profile[-1] - profile[0]
    n = len(profile)
    if total == 0 or n < 2:
        return 0.0
    sign = 1.0 if total > 0 else -1.0
    agree = sum(1 for i in range(n) for j in range(i + 1, n) if (profile[j] - profile[i]) * sign > 0)
    return agree / (n * (n - 1) / 2)


def drift(profile: Sequence[float]) -> Drift | None:
    """The signal's steady, even-rate move towards its highest or lowest stretch (what follows that
    extreme — a plateau, a reset — does not matter), or None: noise, a step, or a warm-up's slowing
    approach. Of the two extremes, the larger qualifying move."""
    n = len(profile)
    if n < MIN_STRETCHES:
        return None
    found: list[Drift] = []
    for peak in {max(range(n), key=profile.__getitem__), min(range(n), key=profile.__getitem__)}:
        if (d := _move_to(profile, peak)) is not None:
            found.append(d)
    return max(found, key=lambda d: abs(d.change), default=None)


def _move_to(profile: Sequence[float], peak: int) -> Drift | None:
    first, top = profile[0], profile[peak]
    tol = FLAT * abs(top - first)
    if tol == 0:
        return None
    # The move begins after the last stretch that had not yet gone ``tol`` towards the extreme (noise on
    # a flat start wanders either way of its first stretch), and ends at the first stretch within
    # ``tol`` of the extreme.
    sign = 1.0 if top > first else -1.0
    start = max(i for i in range(peak + 1) if (profile[i] - first) * sign < tol)
    end = min(j for j in range(start, peak + 1) if (top - profile[j]) * sign < tol)
    moving = profile[start : end + 1]
    if len(moving) < MIN_MOVING or agreement(moving) < STEADY:
        return None
    mid = len(moving) // 2
    a, b = abs(moving[mid] - moving[0]), abs(moving[-1] - moving[mid])
    if b < EVEN * a:
        return None  # slowing down as it nears its level: a warm-up's approach (a creep that speeds up is none)
    return Drift(change=profile[end] - profile[start], start=start, end=end, stretches=len(profile))
