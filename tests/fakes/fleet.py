"""In-memory fleet index with the DynamoDB adapter's semantics (idempotent per batch, counters,
distinct vehicles per signature, postings newest first), recording what it was asked."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime

from functions.core.domain.contracts import FleetContext
from functions.core.domain.fleet import CODE, SIGNATURE, TEMPLATE, CodeDay, FleetEntry, KeyStats, Posting, month_of


class InMemoryFleetStore:
    def __init__(self) -> None:
        self.entries: dict[str, tuple[FleetEntry, FleetContext]] = {}
        self._stats: dict[tuple[str, str], dict] = {}
        self._vehicles: dict[str, set[str]] = defaultdict(set)
        self._rollups: dict[tuple[date, str, str], dict] = {}
        self._postings: dict[tuple[str, str, str], list[tuple[datetime, FleetEntry]]] = defaultdict(list)
        self.batches = 0
        self.healthy = 0
        self.writes: list[str] = []

    def get_entry(self, batch_id: str) -> tuple[FleetEntry, FleetContext] | None:
        return self.entries.get(batch_id)

    def get_entries(self, batch_ids: list[str]) -> dict[str, FleetEntry]:
        return {b: self.entries[b][0] for b in batch_ids if b in self.entries}

    def stats(self, kind: str, keys: list[str]) -> dict[str, KeyStats]:
        out = {}
        for key in keys:
            s = self._stats.get((kind, key))
            if s is not None:
                out[key] = KeyStats(s["batches"], len(self._vehicles[key]) if kind == SIGNATURE else 0,
                                    s["healthy"], s["first_seen"])
        return out

    def health(self) -> tuple[int, int]:
        return self.batches, self.healthy

    def write(self, entry: FleetEntry, context: FleetContext) -> int:
        if entry.batch_id in self.entries:
            return 0
        self.writes.append(entry.batch_id)
        healthy = int(entry.healthy)
        keys = [(SIGNATURE, entry.signature)] + [(CODE, c) for c in entry.codes]
        keys += [(TEMPLATE, t.fingerprint) for t in entry.templates]
        for kind, key in keys:
            s = self._stats.setdefault((kind, key), {"batches": 0, "healthy": 0, "first_seen": entry.at})
            s["batches"] += 1
            s["healthy"] += healthy
            s["first_seen"] = min(s["first_seen"], entry.at)
        self._vehicles[entry.signature].add(entry.vehicle_id)
        self.batches += 1
        self.healthy += healthy
        for code in entry.codes:
            r = self._rollups.setdefault(
                (entry.at.date(), entry.category, code), {"batches": 0, "first": entry.at, "last": entry.at}
            )
            r["batches"] += 1
            r["first"], r["last"] = min(r["first"], entry.at), max(r["last"], entry.at)
        posted = [(SIGNATURE, entry.signature)] + [(CODE, c) for c in entry.codes]
        posted += [(TEMPLATE, t.fingerprint) for t in entry.significant]
        for kind, key in posted:
            self._postings[(kind, key, month_of(entry.at))].append((entry.at, entry))
        self.entries[entry.batch_id] = (entry, context)
        return len(keys) + len(entry.codes) + len(posted) + 2

    def day_rollups(self, days: list[date], category: str | None) -> list[CodeDay]:
        wanted = set(days)
        return [
            CodeDay(day, code, cat, r["batches"], r["first"], r["last"])
            for (day, cat, code), r in self._rollups.items()
            if day in wanted and (category is None or cat == category)
        ]

    def postings_many(
        self,
        requests: list[tuple[str, str]],
        months: list[str],
        since: datetime | None,
        until: datetime | None,
        limit: int,
    ) -> dict[tuple[str, str], list[Posting]]:
        out = {}
        for kind, key in requests:
            rows = [r for m in months for r in self._postings.get((kind, key, m), [])]
            rows = [r for r in rows if (since is None or r[0] >= since) and (until is None or r[0] <= until)]
            rows.sort(key=lambda r: (r[0], r[1].batch_id), reverse=True)
            if limit:
                rows = rows[:limit]
            out[(kind, key)] = [
                Posting(e.batch_id, e.vehicle_id, at, e.category, len(e.codes), len(e.significant)) for at, e in rows
            ]
        return out
