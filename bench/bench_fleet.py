"""Fleet questions at fleet scale: the index vs scanning every indexed batch, same run, same data.

Loads a simulated fleet (default 10,000 batches from 1,000 vehicles over 60 days: recurring problems
with Zipf popularity, healthy batches with routine noise, values that vary per batch) into the
app's table on a moto server (over HTTP) through the real adapter and the real use case. Then asks
each fleet question many times and prints p50/p99 latency and DynamoDB reads (calls and consumed
read units, as DynamoDB reports them) per question, with the same question answered by a Scan of
the fleet entries (what one would do without the index) as the baseline, and the writes per
indexed batch.

    python bench/bench_fleet.py            # 10,000 batches, 1,000 vehicles (several minutes)
    python bench/bench_fleet.py --quick    # 1,000 batches, 100 vehicles
"""

from __future__ import annotations

import argparse
import logging
import random
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import boto3
from botocore.config import Config

from argus.local import resources
from functions.adapters.dynamo_fleet import DynamoFleetStore, read_units
from functions.core.app.fleet import FleetService, entry_of
from functions.core.domain.contracts import (
    BatchSummary,
    CodeKind,
    CodeStat,
    Diagnosis,
    DiagnosisUsage,
    FileOutcome,
    Report,
    Severity,
    TemplateStat,
)
from functions.core.domain.fleet import ENTRY_SK, FleetEntry, similarity

START = datetime(2026, 9, 1, tzinfo=UTC)
DAYS = 60
CATEGORIES = ["battery_bms", "powertrain", "thermal", "brakes_chassis", "adas_perception", "connectivity_network"]
ROUTINE = [
    ("[INFO] pack SOC={v}% V={v}.{v} I=-{v}.{v}A", Severity.INFO),
    ("[INFO] heartbeat seq={v} uptime={v}s", Severity.INFO),
    ("[WARN] camera_rear frame {v} late by {v}ms", Severity.WARNING),
    ("[WARN] hdop {v}.{v} above 2.0 under overpass", Severity.WARNING),
    ("[WARN] coolant pump speed deviation {v} rpm", Severity.WARNING),
    ("[INFO] wifi scan found {v} networks", Severity.INFO),
]


def _fill(text: str, rng: random.Random) -> str:
    while "{v}" in text:
        text = text.replace("{v}", str(rng.randint(1, 999)), 1)
    return text


def make_problems(rng: random.Random, count: int = 40) -> list[dict]:
    problems = []
    for n in range(count):
        category = CATEGORIES[n % len(CATEGORIES)]
        codes = [f"{'PCBU'[n % 4]}{1000 + n * 7 + k:04X}" for k in range(1 + n % 3)]
        templates = [f"[ERROR] {category} unit {n} fault {k} value={{v}} limit={{v}}" for k in range(1 + n % 2)]
        problems.append({"category": category, "codes": codes, "templates": templates,
                         "risk": ["medium", "high", "critical"][n % 3]})
    return problems


def make_batch(
    n: int, vehicles: int, problems: list[dict], rng: random.Random
) -> tuple[Report, BatchSummary, datetime]:
    batch_id = f"b_{n:020x}"
    vehicle = rng.randrange(vehicles)
    at = START + timedelta(seconds=int(DAYS * 86400 * n / max(1, 10_000)) % (DAYS * 86400) + rng.randint(0, 600))
    templates = [TemplateStat(template=_fill(t, rng), count=rng.randint(5, 500), severity=s)
                 for t, s in rng.sample(ROUTINE, 4)]
    codes: list[CodeStat] = []
    category, risk, cause = "none", "low", "No fault pattern found"
    if rng.random() < 0.45:  # a faulty batch: one problem, Zipf-popular
        weights = [1 / (k + 1) for k in range(len(problems))]
        p = rng.choices(problems, weights)[0]
        category, risk, cause = p["category"], p["risk"], f"{p['category']} fault: {p['templates'][0][:60]}"
        templates += [TemplateStat(template=_fill(t, rng), count=rng.randint(1, 40), severity=Severity.ERROR)
                      for t in p["templates"]]
        codes += [CodeStat(code=c, kind=CodeKind.DTC, count=rng.randint(1, 9)) for c in p["codes"]]
    summary = BatchSummary(batch_id=batch_id, vehicle_id=f"veh-{vehicle:05d}", vin=f"WVWZZZ1JZXW{vehicle:06d}",
                           files=[FileOutcome(file_id="f_1", file_name="a.log", status="parsed")],
                           templates=templates, codes=codes)
    signature = "s" + str(hash((tuple(sorted(c.code for c in codes)), category)) & 0xFFFFFFFFFFFF)
    report = Report(
        batch_id=batch_id, vehicle_id=summary.vehicle_id, vin=summary.vin, generated_at=at,
        diagnosis=Diagnosis.model_construct(category=category, risk_level=risk, root_cause=cause,
                                            recommendations=[], evidence=[], confidence=0.8),
        usage=DiagnosisUsage(provider="rules", model="bench", prompt_version="v", signature=signature),
        files=summary.files, summary_key=f"summaries/{batch_id}/batch.json",
    )
    return report, summary, at


_MOTO = """
import logging
import sys
logging.getLogger("werkzeug").setLevel(logging.ERROR)
from argus.local.moto_fidelity import make_dynamodb_writes_atomic
make_dynamodb_writes_atomic()  # as in the local cloud: concurrent ADDs must not lose updates

# moto 5.2.5 answers every Query by sorting every item of the table (Table.all_items), so its latency
# grows with the table, where DynamoDB reads one partition. For a base-table Query, hand it only the
# partition asked for: the same items, in the same order, as DynamoDB would consider.
import threading
from moto.dynamodb.models.table import Table
_partition = threading.local()
_all_items, _query = Table.all_items, Table.query
def _items(self):
    key = getattr(_partition, "key", None)
    if key is None or not self.range_key_attr:
        return _all_items(self)
    return sorted(self.items.get(key, {}).values(), key=lambda item: item.range_key)
def _one_partition(self, hash_key, *args, **kwargs):
    index_name = args[6] if len(args) > 6 else kwargs.get("index_name")
    _partition.key = hash_key if index_name is None else None
    try:
        return _query(self, hash_key, *args, **kwargs)
    finally:
        _partition.key = None
Table.all_items, Table.query = _items, _one_partition
from moto.server import ThreadedMotoServer
server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
server.start()
print(server.get_host_and_port()[1], flush=True)
sys.stdin.read()
"""


def start_moto_process() -> tuple[subprocess.Popen, str]:
    """The local cloud's moto server in a process of its own, so the client threads measured here
    and the server do not share one interpreter lock."""
    proc = subprocess.Popen([sys.executable, "-c", _MOTO], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            cwd=Path(__file__).resolve().parents[1], text=True)
    port = int(proc.stdout.readline())
    return proc, f"http://127.0.0.1:{port}"


# ---- the baseline: no index, scan every fleet entry --------------------------------------------


class ScanBaseline:
    def __init__(self, client, table: str) -> None:
        self._client, self._table = client, table  # the resource client: native values
        self.read_calls = 0
        self.read_units = 0.0

    def entries(self) -> list[FleetEntry]:
        out, kwargs = [], {}
        while True:
            # A Scan bills every item it reads, filtered or not: filter here, where the cost shows.
            r = self._client.scan(TableName=self._table, **kwargs)
            self.read_calls += 1
            self.read_units += read_units(r.get("Items", []), per_item=False)
            out += [FleetEntry.model_validate_json(i["entry"]) for i in r.get("Items", []) if i["sk"] == ENTRY_SK]
            if "LastEvaluatedKey" not in r:
                return out
            kwargs["ExclusiveStartKey"] = r["LastEvaluatedKey"]

    def top_codes(self, since: datetime, until: datetime) -> list[tuple[str, int, int]]:
        batches: Counter[str] = Counter()
        vehicles: dict[str, set[str]] = defaultdict(set)
        for e in self.entries():
            if since <= e.at <= until:
                for c in e.codes:
                    batches[c] += 1
                    vehicles[c].add(e.vehicle_id)
        return [(c, n, len(vehicles[c])) for c, n in batches.most_common(20)]

    def similar(self, batch_id: str) -> list[str]:
        entries = self.entries()
        me = next(e for e in entries if e.batch_id == batch_id)
        scored = []
        for e in entries:
            if e.batch_id == batch_id:
                continue
            sc = len(set(me.codes) & set(e.codes))
            st = len({t.fingerprint for t in me.significant} & {t.fingerprint for t in e.significant})
            s = 1.0 if e.signature == me.signature else similarity(
                sc, st, (len(me.codes), len(e.codes)), (len(me.significant), len(e.significant)))
            if s > 0:
                scored.append((s, e.batch_id))
        return [b for _, b in sorted(scored, reverse=True)[:10]]


# ---- measuring -------------------------------------------------------------------------------


def measure(name: str, runs: int, ask: Callable[[int], object], meter: Callable[[], tuple[int, float]]) -> dict:
    times, calls, units = [], [], []
    for i in range(runs):
        c0, u0 = meter()
        t0 = time.perf_counter()
        ask(i)
        times.append((time.perf_counter() - t0) * 1000)
        c1, u1 = meter()
        calls.append(c1 - c0)
        units.append(u1 - u0)
    times.sort()
    p99 = times[min(len(times) - 1, max(0, round(0.99 * len(times)) - 1))]
    result = {"name": name, "runs": runs, "p50": statistics.median(times), "p99": p99,
              "calls": statistics.mean(calls), "units": statistics.mean(units)}
    print(f"  measured {name}: p99 {p99:.1f} ms", flush=True)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="1,000 batches from 100 vehicles")
    parser.add_argument("--batches", type=int)
    parser.add_argument("--vehicles", type=int)
    parser.add_argument("--runs", type=int, help="times each question is asked (default 50; quick 30)")
    parser.add_argument("--scan-runs", type=int, default=3, help="times the Scan baseline answers each question")
    parser.add_argument("--loaders", type=int, default=8, help="concurrent indexing threads")
    args = parser.parse_args(argv)
    batches = args.batches or (1000 if args.quick else 10_000)
    vehicles = args.vehicles or (100 if args.quick else 1000)
    runs = args.runs or (30 if args.quick else 50)
    logging.disable(logging.WARNING)

    import os

    for k, v in {"AWS_ACCESS_KEY_ID": "bench", "AWS_SECRET_ACCESS_KEY": "bench",
                 "AWS_DEFAULT_REGION": resources.REGION}.items():
        os.environ.setdefault(k, v)
    moto, endpoint = start_moto_process()
    try:
        config = Config(max_pool_connections=64, retries={"mode": "standard", "max_attempts": 5})
        ddb = boto3.client("dynamodb", endpoint_url=endpoint, region_name=resources.REGION, config=config)
        resources.create_table(ddb, "argus-bench-fleet")
        table = boto3.resource("dynamodb", endpoint_url=endpoint, region_name=resources.REGION,
                               config=config).Table("argus-bench-fleet")
        store = DynamoFleetStore(table)
        fleet = FleetService(store)
        rng = random.Random(13)
        problems = make_problems(rng)
        data = [make_batch(n * 10_000 // batches, vehicles, problems, rng) for n in range(batches)]

        print(f"fleet: {batches:,} batches from {vehicles:,} vehicles over {DAYS} days, moto DynamoDB over HTTP")
        t0 = time.perf_counter()
        # Roughly in time order, as reports are saved; several writers at once, as Lambda would run them.
        with ThreadPoolExecutor(args.loaders) as pool:
            list(pool.map(lambda d: fleet.record(d[0], d[1], at=d[2]), data))
        load_s = time.perf_counter() - t0
        _, _, write_calls, write_units = store.meter.snapshot()
        entries = [entry_of(r, s, at) for r, s, at in data]
        healthy = sum(e.healthy for e in entries)
        print(f"indexed in {load_s:.1f} s ({batches / load_s:.0f} batches/s); healthy {healthy / batches:.0%}")
        print(f"writes per batch: {write_calls / batches:.1f} requests, {write_units / batches:.1f} WCU "
              f"(max codes/templates indexed per batch are capped)")

        def index_meter() -> tuple[int, float]:
            c, u, _, _ = store.meter.snapshot()
            return c, u

        until = START + timedelta(days=DAYS - 1)
        since_30 = until - timedelta(days=29)
        faulty = [e.batch_id for e in entries if not e.healthy]
        picks = [faulty[(i * 7919) % len(faulty)] for i in range(runs)]
        results = [
            measure("fleet/codes 30 days", runs,
                    lambda i: fleet.top_codes(since_30.date(), until.date()), index_meter),
            measure("fleet/codes 30 days, category", runs,
                    lambda i: fleet.top_codes(since_30.date(), until.date(), CATEGORIES[i % 6]), index_meter),
            measure("fleet/codes 7 days", runs,
                    lambda i: fleet.top_codes((until - timedelta(days=6)).date(), until.date()), index_meter),
            measure("similar", runs, lambda i: fleet.similar(picks[i]), index_meter),
            measure("seen before + new in fleet", runs,
                    lambda i: fleet.context_of(entries[(i * 104729) % len(entries)]), index_meter),
        ]
        baseline = ScanBaseline(table.meta.client, "argus-bench-fleet")
        base_runs = args.scan_runs

        def base_meter() -> tuple[int, float]:
            return baseline.read_calls, baseline.read_units

        base = {
            "fleet/codes 30 days": measure("scan: fleet/codes", base_runs,
                                           lambda i: baseline.top_codes(since_30, until), base_meter),
            "similar": measure("scan: similar", base_runs, lambda i: baseline.similar(picks[i]), base_meter),
        }
        # Same answers from both, or the comparison means nothing.
        top_index = fleet.top_codes(since_30.date(), until.date())
        top_scan = baseline.top_codes(since_30, until + timedelta(days=1) - timedelta(seconds=1))
        scanned = {code: (n, v) for code, n, v in top_scan}
        for c in top_index.codes[:5]:  # ties at the edge may order differently; the counts may not differ
            assert scanned.get(c.code, (c.batches, c.vehicles)) == (c.batches, c.vehicles), f"{c.code} differs"

        print()
        print(f"{'question':<32} {'runs':>5} {'p50 ms':>8} {'p99 ms':>8} {'read calls':>11} {'RCU':>9}")
        for r in results + list(base.values()):
            print(f"{r['name']:<32} {r['runs']:>5} {r['p50']:>8.1f} {r['p99']:>8.1f} {r['calls']:>11.1f} "
                  f"{r['units']:>9.1f}")
        print()
        by_name = {r["name"]: r for r in results}
        for question, b in base.items():
            r = by_name[question]
            print(f"{question}: index vs scan  p99 x{b['p99'] / r['p99']:.1f} faster, "
                  f"read units x{(b['units'] / r['units']) if r['units'] else float('nan'):.1f} fewer")
    finally:
        moto.terminate()
        moto.wait(10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
