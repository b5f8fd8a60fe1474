"""Temperatures a working vehicle holds: a cabin under climate control while it drives, and a cooling
circuit once it has settled. A steady drift away from where they held, seen only in the numbers, is a
thermal fault; a warm-up or a cool-down (moving from the start, slowing as it nears its level) is not."""

from __future__ import annotations

from functions.core.domain.contracts import Category, SignalStat
from functions.diagnose.rules import diagnose_rules
from tests.unit.diagnose.builders import NOISE, batch_summary, file_summary


def _series(name: str, unit: str, profile: list[float]) -> SignalStat:
    ordered = sorted(profile)
    return SignalStat(name=name, unit=unit, count=600, min=ordered[0], max=ordered[-1],
                      mean=sum(profile) / len(profile), median=ordered[len(ordered) // 2], mad=0.5,
                      first=profile[0], last=profile[-1], profile=profile)


def _held_then_rising(level: float, rise: float, n: int = 19, held: int = 4) -> list[float]:
    return [level] * held + [level + rise * (i + 1) / (n - held) for i in range(n - held)]


def _approach(start: float, end: float, n: int = 19) -> list[float]:
    return [end + (start - end) * 0.6 ** i for i in range(n)]


def _speed(kph: float) -> SignalStat:
    return _series("speed_kph", "kph", [kph] * 19)


def _diagnose(*signals: SignalStat):
    f = file_summary("f_csv", NOISE[:1])
    f.signals = list(signals)
    return diagnose_rules(batch_summary(f))


def test_a_cabin_drifting_away_from_its_set_point_while_driving_is_the_hvac():
    # Given a drive whose cabin held 21.5 C, then climbed steadily to 31 C (no error line)
    d = _diagnose(_speed(40.0), _series("cabin_c", "C", _held_then_rising(21.5, 9.5)))
    # Then the climate control lost its cooling
    assert (d.category, d.subsystem) == (Category.THERMAL, "hvac"), d.root_cause


def test_a_parked_cabin_warming_or_a_cabin_pulled_down_after_a_hot_soak_is_healthy():
    # Given the same climb in a parked vehicle (its climate control off)
    assert _diagnose(_speed(0.0), _series("cabin_c", "C", _held_then_rising(21.5, 9.5))).category is Category.NONE
    # and a drive whose air conditioning pulls a hot cabin down to its set point
    assert _diagnose(_speed(40.0), _series("cabin_c", "C", _approach(38.0, 22.0))).category is Category.NONE
    # and a heater warming a frozen cabin at an even rate from the start, then holding
    thawing = [-16.0 + 3.5 * i for i in range(11)] + [20.0] * 8
    assert _diagnose(_speed(40.0), _series("cabin_c", "C", thawing)).category is Category.NONE


def test_a_settled_coolant_climbing_steadily_while_driving_is_the_cooling_circuit():
    # Given a drive whose coolant held 44 C, then climbed at an even rate to 78 C
    d = _diagnose(_speed(40.0), _series("coolant_c", "C", _held_then_rising(44.0, 34.0)))
    assert d.category is Category.THERMAL, d.root_cause
    # and a cold start's coolant climbing from its first reading on is a warm-up
    rising = [20.0 + 34.0 * i / 18 for i in range(19)]
    assert _diagnose(_speed(40.0), _series("coolant_c", "C", rising)).category is Category.NONE
