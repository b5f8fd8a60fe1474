"""Fleet use cases: index a saved report, answer the fleet questions, serve the noise baseline.

Questions: top codes across the fleet in a window (``fleet/codes``), past batches with the same or
an overlapping problem (``similar``), and — written into each report — "seen before" and what is new
in the fleet. The store behind them is a port (:class:`FleetStore`); the DynamoDB adapter is in
:mod:`functions.adapters.dynamo_fleet`, the in-memory one in ``tests/fakes/fleet.py``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from pydantic import BaseModel, Field

from functions.core.domain.contracts import BatchSummary, FleetContext, Report, SeenBefore, Severity
from functions.core.domain.errors import NotFound, ValidationFailed
from functions.core.domain.fleet import (
    CODE,
    MAX_RANGE_DAYS,
    SIGNATURE,
    TEMPLATE,
    CodeDay,
    FleetEntry,
    Posting,
    days_between,
    fallback_signature,
    months_back,
    months_between,
    noise_weight,
    select_codes,
    select_templates,
    similarity,
)
from functions.core.ports import FleetStore

DEFAULT_WINDOW_DAYS = 30
MAX_TOP_CODES = 100
MAX_SIMILAR = 50
SIMILAR_MONTHS = 3  # how far back `similar` looks: this batch's month bucket and the two before
POSTINGS_PER_KEY = 200  # newest postings read per code/template/signature when looking for similar batches


# ---- answers --------------------------------------------------------------------------------------


class DayCount(BaseModel):
    day: date
    batches: int


class FleetCode(BaseModel):
    code: str
    batches: int
    vehicles: int
    first_seen: datetime
    last_seen: datetime
    categories: dict[str, int] = Field(description="batches per diagnosis category")
    trend: list[DayCount] = Field(description="batches per day, every day of the window (zeros included)")


class FleetCodes(BaseModel):
    since: date
    until: date
    category: str | None = None
    codes: list[FleetCode]


class PastDiagnosis(BaseModel):
    category: str
    risk_level: str
    root_cause: str
    confidence: float


class SimilarBatch(BaseModel):
    batch_id: str
    vehicle_id: str
    vin: str
    at: datetime
    same_signature: bool
    score: float = Field(description="1.0 for the same signature, else weighted overlap of codes and templates")
    shared_codes: list[str]
    shared_templates: list[str]
    diagnosis: PastDiagnosis


class SimilarBatches(BaseModel):
    batch_id: str
    signature: str
    similar: list[SimilarBatch]


# ---- use cases ------------------------------------------------------------------------------------


def entry_of(report: Report, summary: BatchSummary, at: datetime | None = None) -> FleetEntry:
    """What a saved report contributes to the fleet index."""
    category = str(report.diagnosis.category)
    codes = select_codes((c.code, c.count) for c in summary.codes if c.severity.rank >= Severity.WARNING.rank)
    templates = select_templates(
        ((t.template, t.severity.rank >= Severity.WARNING.rank, t.count) for t in summary.templates),
        healthy=category == "none",
    )
    # The diagnosis always records the problem signature; a report saved without one (an old
    # schema) gets one made from what is indexed, so it still matches itself.
    signature = report.usage.signature or fallback_signature(codes, [t.fingerprint for t in templates])
    return FleetEntry(
        batch_id=report.batch_id,
        vehicle_id=report.vehicle_id,
        vin=report.vin,
        at=(at or report.generated_at).astimezone(UTC),
        signature=signature,
        category=category,
        risk=str(report.diagnosis.risk_level),
        root_cause=report.diagnosis.root_cause[:500],
        confidence=report.diagnosis.confidence,
        codes=codes,
        templates=templates,
    )


@dataclass
class FleetService:
    store: FleetStore

    def record(self, report: Report, summary: BatchSummary, at: datetime | None = None) -> FleetContext:
        """Index the batch and return what the fleet knew before it (a retry returns the same)."""
        existing = self.store.get_entry(report.batch_id)
        if existing is not None:
            return existing[1]
        entry = entry_of(report, summary, at)
        context = self.context_of(entry)
        self.store.write(entry, context)
        return context

    def context_of(self, entry: FleetEntry) -> FleetContext:
        signature = self.store.stats(SIGNATURE, [entry.signature]).get(entry.signature)
        known_codes = self.store.stats(CODE, list(entry.codes))
        significant = entry.significant
        known_templates = self.store.stats(TEMPLATE, [t.fingerprint for t in significant])
        seen = None
        if signature is not None and signature.batches > 0 and signature.first_seen is not None:
            seen = SeenBefore(batches=signature.batches, vehicles=signature.vehicles, since=signature.first_seen)
        return FleetContext(
            seen_before=seen,
            new_codes=[c for c in entry.codes if c not in known_codes],
            new_templates=[t.text for t in significant if t.fingerprint not in known_templates],
        )

    def top_codes(
        self,
        since: date | None = None,
        until: date | None = None,
        category: str | None = None,
        limit: int = 20,
        today: date | None = None,
    ) -> FleetCodes:
        until = until or today or datetime.now(UTC).date()
        since = since or until - timedelta(days=DEFAULT_WINDOW_DAYS - 1)
        if since > until:
            raise ValidationFailed("`since` is after `until`", details={"since": str(since), "until": str(until)})
        if (until - since).days + 1 > MAX_RANGE_DAYS:
            raise ValidationFailed(
                f"the window is longer than {MAX_RANGE_DAYS} days: ask Athena for longer ones",
                details={"max_days": MAX_RANGE_DAYS},
            )
        limit = max(1, min(limit, MAX_TOP_CODES))
        days = days_between(since, until)
        per_code: dict[str, list[CodeDay]] = defaultdict(list)
        for row in self.store.day_rollups(days, category):
            per_code[row.code].append(row)
        ranked = sorted(per_code.items(), key=lambda kv: (-sum(r.batches for r in kv[1]), kv[0]))[:limit]
        start = datetime.combine(since, time.min, UTC)
        end = datetime.combine(until, time.max, UTC)
        months = months_between(start, end)
        vehicle_postings = self.store.postings_many([(CODE, code) for code, _ in ranked], months, start, end, 0)
        out = []
        for code, rows in ranked:
            by_day: dict[date, int] = defaultdict(int)
            categories: dict[str, int] = defaultdict(int)
            for r in rows:
                by_day[r.day] += r.batches
                categories[r.category] += r.batches
            postings = vehicle_postings[(CODE, code)]
            if category is not None:
                postings = [p for p in postings if p.category == category]
            out.append(
                FleetCode(
                    code=code,
                    batches=sum(by_day.values()),
                    vehicles=len({p.vehicle_id for p in postings}),
                    first_seen=min(r.first_seen for r in rows),
                    last_seen=max(r.last_seen for r in rows),
                    categories=dict(sorted(categories.items())),
                    trend=[DayCount(day=d, batches=by_day.get(d, 0)) for d in days],
                )
            )
        return FleetCodes(since=since, until=until, category=category, codes=out)

    def similar(self, batch_id: str, limit: int = 10) -> SimilarBatches:
        found = self.store.get_entry(batch_id)
        if found is None:
            raise NotFound(
                f"batch {batch_id[:80]} is not in the fleet index (not completed, or unknown)",
                details={"batch_id": batch_id[:80]},
            )
        entry = found[0]
        limit = max(1, min(limit, MAX_SIMILAR))
        months = months_back(entry.at, SIMILAR_MONTHS)  # past batches: this month and the ones before
        same: set[str] = set()
        shared_codes: dict[str, list[str]] = defaultdict(list)
        shared_templates: dict[str, list[str]] = defaultdict(list)
        sizes: dict[str, tuple[int, int]] = {}

        requests = [(SIGNATURE, entry.signature)] + [(CODE, c) for c in entry.codes]
        requests += [(TEMPLATE, t.fingerprint) for t in entry.significant]
        lists = self.store.postings_many(requests, months, None, None, POSTINGS_PER_KEY)

        def collect(kind: str, key: str) -> list[Posting]:
            postings = lists[(kind, key)]
            for p in postings:
                sizes[p.batch_id] = (p.codes, p.templates)
            return [p for p in postings if p.batch_id != batch_id]

        for p in collect(SIGNATURE, entry.signature):
            same.add(p.batch_id)
        for code in entry.codes:
            for p in collect(CODE, code):
                shared_codes[p.batch_id].append(code)
        for t in entry.significant:
            for p in collect(TEMPLATE, t.fingerprint):
                shared_templates[p.batch_id].append(t.text)
        mine = (len(entry.codes), len(entry.significant))
        scored = []
        for other in same | set(shared_codes) | set(shared_templates):
            theirs = sizes[other]
            score = 1.0 if other in same else similarity(
                len(shared_codes[other]), len(shared_templates[other]), (mine[0], theirs[0]), (mine[1], theirs[1])
            )
            if score > 0:
                scored.append((other in same, score, other))
        scored.sort(key=lambda s: (not s[0], -s[1], s[2]))
        top = scored[: limit * 2]  # room for postings without an entry (a write cut short)
        entries = self.store.get_entries([s[2] for s in top])
        result = []
        for is_same, score, other in top:
            e = entries.get(other)
            if e is None:
                continue
            result.append(
                SimilarBatch(
                    batch_id=e.batch_id,
                    vehicle_id=e.vehicle_id,
                    vin=e.vin,
                    at=e.at,
                    same_signature=is_same,
                    score=score,
                    shared_codes=sorted(shared_codes.get(other, [])),
                    shared_templates=shared_templates.get(other, []),
                    diagnosis=PastDiagnosis(
                        category=e.category, risk_level=e.risk, root_cause=e.root_cause, confidence=e.confidence
                    ),
                )
            )
        # Same signature first, then the score, then the newest.
        result.sort(key=lambda s: (not s.same_signature, -s.score, -s.at.timestamp()))
        return SimilarBatches(batch_id=batch_id, signature=entry.signature, similar=result[:limit])


@dataclass
class FleetNoiseBaseline:
    """The noise baseline read from the fleet index: one lookup per diagnosis, for its templates."""

    store: FleetStore

    def weights(self, fingerprints: Iterable[str]) -> Mapping[str, float]:
        keys = sorted(set(fingerprints))
        if not keys:
            return {}
        _, healthy_total = self.store.health()
        stats = self.store.stats(TEMPLATE, keys)
        weights = {fp: noise_weight(s.healthy, healthy_total) for fp, s in stats.items()}
        return {fp: w for fp, w in weights.items() if w < 1.0}
