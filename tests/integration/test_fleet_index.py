"""The fleet index on moto DynamoDB (the app's real table, over HTTP): recurring problems across
simulated vehicles are found by `similar` and counted right by `fleet/codes`; a saved report says
"seen before" and "new in fleet"; reads and writes are metered."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from functions.adapters.dynamo_fleet import DynamoFleetStore
from functions.core.app.fleet import FleetNoiseBaseline, FleetService
from functions.core.domain.batch import Batch, BatchStatus
from functions.core.domain.contracts import Report, Severity
from functions.core.domain.ids import new_id
from functions.core.domain.keys import batch_summary_key, diagnosis_key
from functions.diagnose.service import DiagnosisService
from functions.diagnose.steps import BatchWorkflowSteps, DiagnosisDocument
from functions.query.report_html import render_report
from tests.fakes.memory import InMemoryBatchRepository, InMemoryObjectStore
from tests.unit.core.test_fleet import MISFIRE, OVERTEMP, VINS, _report, _summary
from tests.unit.diagnose.builders import code, tpl

pytestmark = pytest.mark.integration


@pytest.fixture
def store(table) -> DynamoFleetStore:
    return DynamoFleetStore(table)


def _at(day: int, hour: int = 0) -> datetime:
    # A window of its own per test run, so runs sharing the session table never see each other's data.
    return _BASE + timedelta(days=day, hours=hour)


_BASE = datetime(2026, 6, 1, tzinfo=UTC) + timedelta(days=int(datetime.now(UTC).timestamp()) % 3000)


def test_recurring_problems_across_vehicles_are_found_and_counted(store: DynamoFleetStore):
    fleet = FleetService(store)
    tag = new_id("x")[-6:].upper()
    recurring = _summary(OVERTEMP, [code(f"P{tag[:4]}", 3), code("P0A80", 2)])
    other = _summary(codes=[code(f"U{tag[:4]}", 1)])
    ids = []
    # Given the same battery problem on 8 batches of 4 vehicles over 4 days, and an unrelated one
    for n in range(8):
        batch_id = new_id("b")
        ids.append(batch_id)
        fleet.record(_report(batch_id, n % 4, recurring), recurring, at=_at(n // 2, n))
    lone = new_id("b")
    fleet.record(_report(lone, 9, other), other, at=_at(1))
    # When the fleet is asked for the codes of the window
    reads_before = store.meter.read_calls
    answer = fleet.top_codes(since=_at(0).date(), until=_at(6).date())
    reads = store.meter.read_calls - reads_before
    # Then the recurring code is counted right: batches, vehicles, first/last seen, per day
    mine = next(c for c in answer.codes if c.code == f"P{tag[:4]}")
    assert (mine.batches, mine.vehicles) == (8, 4)
    assert mine.first_seen == _at(0, 0) and mine.last_seen == _at(3, 7)
    assert [d.batches for d in mine.trend] == [2, 2, 2, 2, 0, 0, 0]
    assert mine.categories == {"battery_bms": 8}
    assert reads >= 7  # one query per day and shard at least, counted
    # And `similar` finds the other 7 batches with the same problem first, with their diagnoses
    similar = fleet.similar(ids[-1], limit=20)
    same = [s for s in similar.similar if s.same_signature]
    assert {s.batch_id for s in same} == set(ids[:-1])
    assert all(s.diagnosis.category == "battery_bms" for s in same)
    assert lone not in [s.batch_id for s in same]


def test_a_saved_report_says_seen_before_and_new_in_fleet(store: DynamoFleetStore):
    fleet = FleetService(store)
    tag = new_id("x")[-4:].upper()
    summary = _summary(
        [tpl(f"[ERROR] cell over-temperature zone {tag} <*>", 12, line=77)], [code(f"P{tag}", 2), *MISFIRE]
    )
    repo, objects = InMemoryBatchRepository(), InMemoryObjectStore()
    workflow = BatchWorkflowSteps(repo, objects, DiagnosisService().diagnose, index_fleet=fleet.record)

    def save(vehicle: int) -> Report:
        batch = Batch(batch_id=new_id("b"), vehicle_id=f"veh-{vehicle}", vin=VINS[vehicle])
        batch.status = BatchStatus.DIAGNOSING
        repo.batches[batch.batch_id] = batch
        diagnosis, usage = DiagnosisService().diagnose(summary)
        objects.put_bytes(batch_summary_key(batch.batch_id), summary.model_dump_json().encode())
        objects.put_bytes(diagnosis_key(batch.batch_id),
                          DiagnosisDocument(diagnosis=diagnosis, usage=usage).model_dump_json().encode())
        workflow.save_report(batch.batch_id, batch_summary_key(batch.batch_id), diagnosis_key(batch.batch_id))
        return Report.model_validate_json(repo.reports[batch.batch_id])

    first = save(1)
    assert first.fleet is not None and first.fleet.seen_before is None
    assert f"P{tag}" in first.fleet.new_codes
    assert any(tag.lower() in t.lower() for t in first.fleet.new_templates)
    save(2)
    third = save(3)
    assert third.fleet is not None and third.fleet.seen_before is not None
    assert (third.fleet.seen_before.batches, third.fleet.seen_before.vehicles) == (2, 2)
    assert third.fleet.new_codes == [] and third.fleet.new_templates == []
    page = render_report(third)
    assert "Seen before: 2 batches on 2 vehicles since" in page
    assert "New in fleet: nothing." in page
    first_page = render_report(first)
    assert "Seen before: never" in first_page and f"code P{tag}" in first_page


def test_writes_per_batch_are_bounded_and_metered(store: DynamoFleetStore):
    fleet = FleetService(store)
    many_codes = [code(f"B{n:04d}", n + 1) for n in range(40)]
    many_templates = [tpl(f"[ERROR] module {chr(65 + n % 26)}{chr(65 + n // 26)} failed", 5) for n in range(60)]
    summary = _summary(many_templates, many_codes)
    before = store.meter.write_calls
    fleet.record(_report(new_id("b"), 5, summary), summary, at=_at(10))
    writes = store.meter.write_calls - before
    # 16 codes x (stats + rollup) + 16 templates + signature (marker + stats) + health + postings + entry
    assert writes <= 2 * 16 + 16 + 2 + 1 + 2 + 1 + 4  # (+4 at most for late first/last repairs)


def test_the_noise_baseline_reads_healthy_counts_from_the_table(store: DynamoFleetStore):
    fleet = FleetService(store)
    routine = f"[WARN] coolant loop {new_id('x')[-5:]} pump speed deviation 97 rpm"
    healthy = _summary([tpl(routine, 20, Severity.WARNING)])
    for n in range(12):
        fleet.record(_report(new_id("b"), n, healthy), healthy, at=_at(20, n))
    weights = FleetNoiseBaseline(store).weights(["tunknown", *_fps([routine])])
    batches, healthy_total = store.health()
    assert healthy_total >= 12 and batches >= healthy_total
    assert list(weights) == _fps([routine]) and weights[_fps([routine])[0]] < 1.0


def _fps(templates: list[str]) -> list[str]:
    from functions.core.domain.fleet import template_fingerprint

    return [template_fingerprint(t) for t in templates]
