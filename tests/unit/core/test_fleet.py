"""Fleet index rules and use cases on the in-memory store: fingerprints, keys, caps, scoring, the
questions, the report's fleet context and the noise baseline."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from functions.core.app.fleet import FleetNoiseBaseline, FleetService
from functions.core.domain import fleet as rules
from functions.core.domain.batch import Batch
from functions.core.domain.contracts import BatchSummary, Severity
from functions.core.domain.errors import NotFound, ValidationFailed
from functions.diagnose.report import build_report
from functions.diagnose.service import DiagnosisService
from tests.fakes.fleet import InMemoryFleetStore
from tests.unit.diagnose.builders import NOISE, NOISE_CODES, batch_summary, code, file_summary, tpl

T0 = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)
VINS = [f"WVWZZZ1JZXW{n:06d}" for n in range(100)]


# ---- fingerprints ---------------------------------------------------------------------------------


def test_the_same_event_gets_the_same_fingerprint_whatever_its_values_and_level():
    # Given one event as mined in three files of different vehicles (values left literal when they
    # never varied in that file), and its level spelt differently
    variants = [
        "[ERROR] coolant pump speed deviation <*> rpm at 10.0.0.7:8080",
        "[WARN] coolant pump speed deviation 412 rpm at 192.168.1.20:9000",
        "E coolant pump speed deviation <*> rpm at <*>",
    ]
    # Then they are one event; a different event and different codes are not
    assert len({rules.template_fingerprint(v) for v in variants}) == 1
    assert rules.template_fingerprint("coolant pump stalled") != rules.template_fingerprint(variants[0])
    assert rules.template_fingerprint("DTC P0301 set") != rules.template_fingerprint("DTC P0302 set")
    assert rules.template_fingerprint("vendor error E1234") != rules.template_fingerprint("vendor error E1235")
    assert rules.template_fingerprint("session 3fa85f64-5717-4562-b3fc-2c963f66afa6 closed") == (
        rules.template_fingerprint("session 0b7e1c9a-1111-4562-b3fc-000000000000 closed")
    )


def test_indexed_templates_and_codes_are_capped_per_batch():
    many = [(f"error number {chr(65 + i % 26)}{chr(65 + i // 26)} failed", True, i) for i in range(100)]
    routine = [(f"routine event {chr(65 + i % 26)}{chr(65 + i // 26)}", False, 1000 + i) for i in range(100)]
    faulty = rules.select_templates(many + routine, healthy=False)
    healthy = rules.select_templates(many + routine, healthy=True)
    assert len(faulty) == rules.MAX_INDEXED_TEMPLATES and all(t.significant for t in faulty)
    assert len(healthy) == rules.MAX_BASELINE_TEMPLATES
    assert sum(t.significant for t in healthy) == rules.MAX_INDEXED_TEMPLATES
    codes = rules.select_codes((f"P0{n:03d}", n) for n in range(50))
    assert len(codes) == rules.MAX_INDEXED_CODES and codes[0] == "P0049"


def test_keys_spread_a_day_over_shards_and_sort_by_time():
    shards = {rules.shard_of(f"b_{n}") for n in range(200)}
    assert shards == set(range(rules.FLEET_SHARDS))
    assert rules.day_pk(date(2026, 11, 2), 3) == "FLEET#D#2026-11-02#3"
    early, late = rules.posting_sk(T0, "b_z"), rules.posting_sk(T0 + timedelta(seconds=1), "b_a")
    assert early < late
    assert rules.months_back(datetime(2026, 1, 5, tzinfo=UTC), 3) == ["2026-01", "2025-12", "2025-11"]
    assert rules.months_between(datetime(2025, 12, 5, tzinfo=UTC), datetime(2026, 2, 1, tzinfo=UTC)) == [
        "2025-12", "2026-01", "2026-02"]


def test_similarity_is_a_weighted_overlap():
    assert rules.similarity(2, 3, (2, 2), (3, 3)) == 1.0
    assert rules.similarity(0, 0, (2, 2), (3, 3)) == 0.0
    # a shared code counts more than a shared template
    assert rules.similarity(1, 0, (2, 2), (2, 2)) > rules.similarity(0, 1, (2, 2), (2, 2))
    assert rules.similarity(0, 0, (0, 0), (0, 0)) == 0.0


def test_noise_weight_needs_history_then_falls_with_the_healthy_share():
    assert rules.noise_weight(5, rules.NOISE_MIN_HEALTHY - 1) == 1.0
    assert rules.noise_weight(0, 1000) == 1.0
    assert rules.noise_weight(10, 100) == pytest.approx(0.8)
    assert rules.noise_weight(60, 100) == 0.0


# ---- use cases ------------------------------------------------------------------------------------


def _report(batch_id: str, vehicle: int, summary: BatchSummary, diagnose: DiagnosisService | None = None):
    diagnosis, usage = (diagnose or DiagnosisService()).diagnose(summary)
    batch = Batch(batch_id=batch_id, vehicle_id=f"veh-{vehicle}", vin=VINS[vehicle])
    return build_report(batch, summary, diagnosis, usage, f"summaries/{batch_id}/batch.json")


MISFIRE = [code("P0301", 4, excerpt="ECM: DTC P0301 cylinder 1 misfire detected")]
OVERTEMP = [
    tpl("[ERROR] cell over-temperature <*> <*> <*>", 40, line=200,
        excerpt="bmsd[812]: [ERROR] cell over-temperature module=4 cell=17 T=61.5C limit=58.0C"),
]


def _summary(templates=(), codes=()) -> BatchSummary:
    return batch_summary(file_summary("f_1", [*NOISE, *templates], [*NOISE_CODES, *codes]))


def _record(service: FleetService, batch_id: str, vehicle: int, summary: BatchSummary, at: datetime):
    return service.record(_report(batch_id, vehicle, summary), summary, at=at)


def test_a_report_learns_what_the_fleet_saw_before_and_what_is_new():
    service = FleetService(InMemoryFleetStore())
    problem = _summary(OVERTEMP, [code("P0A80", 2)])
    # Given the fleet has never seen the problem
    first = _record(service, "b_first", 1, problem, T0)
    # Then the first report says so, and lists its codes and error templates as new in the fleet
    assert first.seen_before is None
    assert "P0A80" in first.new_codes
    assert any("over-temperature" in t for t in first.new_templates)
    # When the same problem comes from two more vehicles
    _record(service, "b_second", 2, problem, T0 + timedelta(days=1))
    third = _record(service, "b_third", 3, problem, T0 + timedelta(days=2))
    # Then "seen before: 2 batches on 2 vehicles since the first one", and nothing is new
    assert third.seen_before is not None
    assert (third.seen_before.batches, third.seen_before.vehicles, third.seen_before.since) == (2, 2, T0)
    assert third.new_codes == [] and third.new_templates == []


def test_a_retried_save_does_not_count_the_batch_twice():
    store = InMemoryFleetStore()
    service = FleetService(store)
    problem = _summary(codes=MISFIRE)
    _record(service, "b_1", 1, problem, T0)
    again = _record(service, "b_2", 2, problem, T0)
    retried = _record(service, "b_2", 2, problem, T0)
    assert retried == again and store.writes == ["b_1", "b_2"]


def test_fleet_codes_counts_batches_vehicles_and_the_daily_trend():
    service = FleetService(InMemoryFleetStore())
    misfire = _summary(codes=MISFIRE)
    # Given P0301 on 6 batches of 3 vehicles over 3 days, and a battery problem once
    for n in range(6):
        _record(service, f"b_m{n}", n % 3, misfire, T0 + timedelta(days=n // 2, hours=n))
    _record(service, "b_bat", 7, _summary(OVERTEMP, [code("P0A80", 2)]), T0)
    # When the fleet is asked for its top codes of the week
    answer = service.top_codes(since=T0.date(), until=T0.date() + timedelta(days=6))
    # Then P0301 is counted right, with first/last seen and one trend point per day (the routine
    # responsePending NRC every batch carries leads)
    assert answer.codes[0].code == "7F 31 78" and answer.codes[0].batches == 7
    top = next(c for c in answer.codes if c.code == "P0301")
    assert (top.code, top.batches, top.vehicles) == ("P0301", 6, 3)
    assert top.first_seen == T0 and top.last_seen == T0 + timedelta(days=2, hours=5)
    assert [d.batches for d in top.trend] == [2, 2, 2, 0, 0, 0, 0]
    # And a category filter keeps only that category's codes
    battery = service.top_codes(since=T0.date(), until=T0.date(), category="battery_bms")
    assert "P0A80" in [c.code for c in battery.codes] and "P0301" not in [c.code for c in battery.codes]


def test_fleet_codes_rejects_bad_windows():
    service = FleetService(InMemoryFleetStore())
    with pytest.raises(ValidationFailed):
        service.top_codes(since=date(2026, 11, 5), until=date(2026, 11, 1))
    with pytest.raises(ValidationFailed):
        service.top_codes(since=date(2026, 1, 1), until=date(2026, 12, 1))


def test_similar_puts_the_same_signature_first_then_overlap():
    service = FleetService(InMemoryFleetStore())
    problem = _summary(OVERTEMP, [code("P0A80", 2), code("P0AFA", 1)])
    overlapping = _summary(OVERTEMP, [code("P0A80", 2)])
    unrelated = _summary(codes=MISFIRE)
    _record(service, "b_same", 1, problem, T0)
    _record(service, "b_overlap", 2, overlapping, T0 + timedelta(hours=1))
    _record(service, "b_unrelated", 3, unrelated, T0 + timedelta(hours=2))
    _record(service, "b_now", 4, problem, T0 + timedelta(hours=3))
    answer = service.similar("b_now")
    ids = [s.batch_id for s in answer.similar]
    # (the unrelated batch shares only the routine lines every batch has: it comes last, if at all)
    assert ids[:2] == ["b_same", "b_overlap"] and "b_now" not in ids
    assert all(s.score < answer.similar[1].score for s in answer.similar[2:])
    assert answer.similar[0].same_signature and answer.similar[0].score == 1.0
    assert "P0A80" in answer.similar[1].shared_codes and 0 < answer.similar[1].score < 1
    assert answer.similar[0].diagnosis.category == "battery_bms"
    with pytest.raises(NotFound):
        service.similar("b_unknown")


# ---- the noise baseline ---------------------------------------------------------------------------

ROUTINE = "[ERROR] coolant pump speed deviation <*> rpm"


def test_a_false_alarm_disappears_once_the_baseline_knows_the_template():
    # Given a batch whose only error is a coolant pump deviation, an event this fleet logs all the time
    alarm = _summary([tpl(ROUTINE, 3, Severity.ERROR, line=50,
                          excerpt="thermald[77]: [ERROR] coolant pump speed deviation 412 rpm")])
    store = InMemoryFleetStore()
    diagnose = DiagnosisService(noise=FleetNoiseBaseline(store))
    # When the fleet has no history, the rules blame the thermal system
    before, _ = diagnose.diagnose(alarm)
    assert str(before.category) != "none"
    # When healthy vehicles have been seen logging the same event (at warning level, other values)
    fleet = FleetService(store)
    healthy = _summary([tpl("[WARN] coolant pump speed deviation 97 rpm", 20, Severity.WARNING, line=8)])
    for n in range(rules.NOISE_MIN_HEALTHY + 2):
        context = _record(fleet, f"b_ok{n}", n, healthy, T0 + timedelta(hours=n))
        assert context is not None
    assert all(store.entries[f"b_ok{n}"][0].healthy for n in range(3))
    # Then the same batch is no alarm any more: the event is routine for this fleet
    after, _ = diagnose.diagnose(alarm)
    assert str(after.category) == "none"
    # And real evidence still wins over the baseline
    real = _summary([*OVERTEMP, tpl(ROUTINE, 3, Severity.ERROR, line=50)], [code("P0A80", 2)])
    assert str(diagnose.diagnose(real)[0].category) == "battery_bms"


def test_an_empty_baseline_changes_nothing():
    summary = _summary(OVERTEMP, [code("P0A80", 2)])
    plain, _ = DiagnosisService().diagnose(summary)
    with_empty, _ = DiagnosisService(noise=FleetNoiseBaseline(InMemoryFleetStore())).diagnose(summary)
    assert plain == with_empty
