"""The fleet index in DynamoDB: items in the batches table under ``FLEET#`` keys (see
:mod:`functions.core.domain.fleet` for the key scheme and docs/decisions.md for the access patterns).

Reads that fan out (one query per day and shard, one per posting list) run on a small thread pool:
boto3 clients are thread-safe, and a Lambda spends those milliseconds waiting on the network.
Every call is metered (:attr:`DynamoFleetStore.meter`: calls and capacity units), so a benchmark
sees what a question or an indexed batch costs.
"""

from __future__ import annotations

import math
import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from botocore.exceptions import ClientError

from functions.adapters.dynamodb import is_condition_failure
from functions.core.domain.contracts import FleetContext
from functions.core.domain.fleet import (
    CODE,
    ENTRY_SK,
    FLEET_SHARDS,
    HEALTH_PK,
    SIGNATURE,
    STATS_SK,
    TEMPLATE,
    CodeDay,
    FleetEntry,
    KeyStats,
    Posting,
    day_pk,
    entry_pk,
    iso,
    month_of,
    posting_pk,
    posting_sk,
    rollup_sk,
    shard_of,
    stats_pk,
    vehicle_sk,
)

_FAN_OUT = 16


def item_size(item: dict[str, Any]) -> int:
    """An item's size as DynamoDB bills it (names + values; numbers ~1 byte per 2 digits)."""

    def size(value: Any) -> int:
        if isinstance(value, str):
            return len(value.encode("utf-8"))
        if isinstance(value, bytes | bytearray):
            return len(value)
        if isinstance(value, bool) or value is None:
            return 1
        if isinstance(value, int | float | Decimal):
            return len(str(value)) // 2 + 2
        if isinstance(value, dict):
            return 3 + sum(len(k) + size(v) for k, v in value.items())
        if isinstance(value, list | set | tuple):
            return 3 + sum(size(v) for v in value)
        return len(str(value))

    return sum(len(k) + size(v) for k, v in item.items())


def read_units(items: list[dict[str, Any]], *, per_item: bool) -> float:
    """Eventually consistent reads: 0.5 RCU per 4 KB, per item (GetItem, BatchGetItem) or over the
    whole page (Query, Scan), at least 0.5 per call."""
    if per_item:
        return sum(0.5 * max(1, math.ceil(item_size(i) / 4096)) for i in items) or 0.5
    return 0.5 * max(1, math.ceil(sum(item_size(i) for i in items) / 4096))


class Meter:
    """Counted calls and capacity units, split into reads and writes. Units are computed from the
    item sizes by DynamoDB's billing rules (moto reports a flat 1 unit per call, whatever it read);
    on AWS, the ``ConsumedCapacity`` each call returns says the same to the unit."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.read_calls = 0
        self.read_units = 0.0
        self.write_calls = 0
        self.write_units = 0.0

    def read(self, units: float) -> None:
        with self._lock:
            self.read_calls += 1
            self.read_units += units

    def write(self, units: float) -> None:
        with self._lock:
            self.write_calls += 1
            self.write_units += units

    def snapshot(self) -> tuple[int, float, int, float]:
        with self._lock:
            return self.read_calls, self.read_units, self.write_calls, self.write_units


def _dt(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


class DynamoFleetStore:
    def __init__(self, table: Any, *, pool: ThreadPoolExecutor | None = None) -> None:
        """``table`` is the batches table (a boto3 ``dynamodb.Table`` resource)."""
        self._client = table.meta.client  # takes and returns native Python values
        self._name = table.name
        self._pool = pool or ThreadPoolExecutor(max_workers=_FAN_OUT, thread_name_prefix="fleet")
        self.meter = Meter()

    # ---- low level ----------------------------------------------------------------------------------

    def _read(self, op: str, **kwargs: Any) -> dict[str, Any]:
        response = getattr(self._client, op)(**kwargs)
        if op == "get_item":
            self.meter.read(read_units([response["Item"]] if "Item" in response else [], per_item=True))
        elif op == "batch_get_item":
            self.meter.read(read_units(response.get("Responses", {}).get(self._name, []), per_item=True))
        else:
            self.meter.read(read_units(response.get("Items", []), per_item=False))
        return response

    def _write(self, op: str, **kwargs: Any) -> dict[str, Any]:
        response = getattr(self._client, op)(**kwargs)
        if op == "batch_write_item":
            items = [r["PutRequest"]["Item"] for r in kwargs["RequestItems"][self._name]]
        else:
            items = [kwargs.get("Item") or {**kwargs["Key"], "_": "x" * 64}]  # an update: a small item
        self.meter.write(sum(max(1, math.ceil(item_size(i) / 1024)) for i in items))
        return response

    def _query_all(self, limit: int = 0, **kwargs: Any) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        while True:
            if limit:
                kwargs["Limit"] = limit - len(items)
            response = self._read("query", TableName=self._name, **kwargs)
            items.extend(response.get("Items", []))
            if "LastEvaluatedKey" not in response or (limit and len(items) >= limit):
                return items
            kwargs["ExclusiveStartKey"] = response["LastEvaluatedKey"]

    def _batch_get(self, keys: list[dict[str, str]]) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        for start in range(0, len(keys), 100):
            pending: dict[str, Any] = {self._name: {"Keys": keys[start : start + 100]}}
            while pending:
                response = self._read("batch_get_item", RequestItems=pending)
                items.extend(response.get("Responses", {}).get(self._name, []))
                pending = response.get("UnprocessedKeys") or {}
        return items

    # ---- reads --------------------------------------------------------------------------------------

    def get_entry(self, batch_id: str) -> tuple[FleetEntry, FleetContext] | None:
        item = self._read("get_item", TableName=self._name, Key={"pk": entry_pk(batch_id), "sk": ENTRY_SK}).get("Item")
        if not item:
            return None
        return FleetEntry.model_validate_json(item["entry"]), FleetContext.model_validate_json(item["context"])

    def get_entries(self, batch_ids: list[str]) -> dict[str, FleetEntry]:
        items = self._batch_get([{"pk": entry_pk(b), "sk": ENTRY_SK} for b in dict.fromkeys(batch_ids)])
        entries = (FleetEntry.model_validate_json(i["entry"]) for i in items)
        return {e.batch_id: e for e in entries}

    def stats(self, kind: str, keys: list[str]) -> dict[str, KeyStats]:
        unique = list(dict.fromkeys(keys))
        if not unique:
            return {}
        items = self._batch_get([{"pk": stats_pk(kind, k), "sk": STATS_SK} for k in unique])
        out = {}
        for item in items:
            out[item["key"]] = KeyStats(
                batches=int(item.get("batches", 0)),
                vehicles=int(item.get("vehicles", 0)),
                healthy=int(item.get("healthy", 0)),
                first_seen=_dt(item["first_seen"]) if "first_seen" in item else None,
            )
        return out

    def health(self) -> tuple[int, int]:
        item = self._read("get_item", TableName=self._name, Key={"pk": HEALTH_PK, "sk": STATS_SK}).get("Item") or {}
        return int(item.get("batches", 0)), int(item.get("healthy", 0))

    def day_rollups(self, days: list[date], category: str | None) -> list[CodeDay]:
        prefix = rollup_sk(f"{category}#" if category else "")

        def one(day: date, shard: int) -> list[CodeDay]:
            items = self._query_all(
                KeyConditionExpression="pk = :pk AND begins_with(sk, :p)",
                ExpressionAttributeValues={":pk": day_pk(day, shard), ":p": prefix},
            )
            return [
                CodeDay(
                    day=day,
                    code=i["code"],
                    category=i["category"],
                    batches=int(i["batches"]),
                    first_seen=_dt(i["first_seen"]),
                    last_seen=_dt(i["last_seen"]),
                )
                for i in items
            ]

        futures = [self._pool.submit(one, d, s) for d in days for s in range(FLEET_SHARDS)]
        return [row for f in futures for row in f.result()]

    def postings(
        self, kind: str, key: str, months: list[str], since: datetime | None, until: datetime | None, limit: int
    ) -> list[Posting]:
        """Newest first: the months are read newest first, one after the other, until ``limit``."""
        low = iso(since) if since else "0"
        high = iso(until) + "~" if until else "~"  # "~" sorts after every "#batch" suffix
        out: list[Posting] = []
        for month in sorted(months, reverse=True):
            items = self._query_all(
                limit=limit - len(out) if limit else 0,
                KeyConditionExpression="pk = :pk AND sk BETWEEN :lo AND :hi",
                ExpressionAttributeValues={":pk": posting_pk(kind, key, month), ":lo": low, ":hi": high},
                ScanIndexForward=False,
            )
            out.extend(
                Posting(
                    batch_id=i["b"],
                    vehicle_id=i["v"],
                    at=_dt(i["sk"].split("#", 1)[0]),
                    category=i["c"],
                    codes=int(i["nc"]),
                    templates=int(i["nt"]),
                )
                for i in items
            )
            if limit and len(out) >= limit:
                break
        return out

    def postings_many(
        self,
        requests: list[tuple[str, str]],
        months: list[str],
        since: datetime | None,
        until: datetime | None,
        limit: int,
    ) -> dict[tuple[str, str], list[Posting]]:
        futures = {r: self._pool.submit(self.postings, r[0], r[1], months, since, until, limit) for r in requests}
        return {r: f.result() for r, f in futures.items()}

    # ---- writes -------------------------------------------------------------------------------------

    def write(self, entry: FleetEntry, context: FleetContext) -> int:
        before = self.meter.write_calls
        at = iso(entry.at)
        healthy = 1 if entry.healthy else 0
        # Lifetime stats: signature (with distinct vehicles), codes, templates; the fleet's health.
        new_vehicle = self._mark(stats_pk(SIGNATURE, entry.signature), vehicle_sk(entry.vehicle_id))
        self._bump(SIGNATURE, entry.signature, at, healthy, vehicles=int(new_vehicle))
        for code in entry.codes:
            self._bump(CODE, code, at, healthy)
        for t in entry.templates:
            self._bump(TEMPLATE, t.fingerprint, at, healthy)
        self._write(
            "update_item",
            TableName=self._name,
            Key={"pk": HEALTH_PK, "sk": STATS_SK},
            UpdateExpression="ADD batches :one, healthy :h",
            ExpressionAttributeValues={":one": 1, ":h": healthy},
        )
        # Day rollups of the codes (the ranking and the trend of fleet/codes).
        shard = shard_of(entry.batch_id)
        for code in entry.codes:
            self._rollup(day_pk(entry.at.date(), shard), rollup_sk(f"{entry.category}#{code}"), code, entry, at)
        # Postings (what `similar` and the vehicle counts read), then the entry itself, last.
        common = {
            "b": entry.batch_id,
            "v": entry.vehicle_id,
            "c": entry.category,
            "nc": len(entry.codes),
            "nt": len(entry.significant),
        }
        month, sk = month_of(entry.at), posting_sk(entry.at, entry.batch_id)
        keys = [(SIGNATURE, entry.signature)] + [(CODE, c) for c in entry.codes]
        keys += [(TEMPLATE, t.fingerprint) for t in entry.significant]
        puts = [{"PutRequest": {"Item": {"pk": posting_pk(k, v, month), "sk": sk, **common}}} for k, v in keys]
        for start in range(0, len(puts), 25):
            pending: dict[str, Any] = {self._name: puts[start : start + 25]}
            while pending:
                response = self._write("batch_write_item", RequestItems=pending)
                pending = response.get("UnprocessedItems") or {}
        self._write(
            "put_item",
            TableName=self._name,
            Item={
                "pk": entry_pk(entry.batch_id),
                "sk": ENTRY_SK,
                "type": "fleet_entry",
                "entry": entry.model_dump_json(),
                "context": context.model_dump_json(),
            },
        )
        return self.meter.write_calls - before

    def _mark(self, pk: str, sk: str) -> bool:
        """Put a marker once; True when this call created it (a distinct vehicle counted once)."""
        try:
            self._write(
                "put_item",
                TableName=self._name,
                Item={"pk": pk, "sk": sk},
                ConditionExpression="attribute_not_exists(pk)",
            )
        except ClientError as exc:
            if is_condition_failure(exc):
                return False
            raise
        return True

    def _bump(self, kind: str, key: str, at: str, healthy: int, vehicles: int = 0) -> None:
        response = self._write(
            "update_item",
            TableName=self._name,
            Key={"pk": stats_pk(kind, key), "sk": STATS_SK},
            UpdateExpression=(
                "ADD batches :one, healthy :h, vehicles :v SET #k = :key, first_seen = if_not_exists(first_seen, :t)"
            ),
            ExpressionAttributeNames={"#k": "key"},
            ExpressionAttributeValues={":one": 1, ":h": healthy, ":v": vehicles, ":key": key, ":t": at},
            ReturnValues="UPDATED_OLD",
        )
        old = response.get("Attributes", {}).get("first_seen")
        if old is not None and old > at:  # an older batch indexed late: move first_seen back
            self._fix(stats_pk(kind, key), STATS_SK, "first_seen", at, "<")

    def _rollup(self, pk: str, sk: str, code: str, entry: FleetEntry, at: str) -> None:
        response = self._write(
            "update_item",
            TableName=self._name,
            Key={"pk": pk, "sk": sk},
            UpdateExpression=(
                "ADD batches :one SET code = :code, category = :cat, "
                "first_seen = if_not_exists(first_seen, :t), last_seen = :t"
            ),
            ExpressionAttributeValues={":one": 1, ":code": code, ":cat": entry.category, ":t": at},
            ReturnValues="UPDATED_OLD",
        )
        old = response.get("Attributes", {})
        # Batches arrive roughly in time order, so one write is the rule; a late one is repaired.
        if old.get("first_seen") is not None and old["first_seen"] > at:
            self._fix(pk, sk, "first_seen", at, "<")
        if old.get("last_seen") is not None and old["last_seen"] > at:
            self._fix(pk, sk, "last_seen", old["last_seen"], ">")

    def _fix(self, pk: str, sk: str, name: str, value: str, direction: str) -> None:
        try:
            self._write(
                "update_item",
                TableName=self._name,
                Key={"pk": pk, "sk": sk},
                UpdateExpression="SET #n = :v",
                ConditionExpression=f"#n {'>' if direction == '<' else '<'} :v",
                ExpressionAttributeNames={"#n": name},
                ExpressionAttributeValues={":v": value},
            )
        except ClientError as exc:
            if not is_condition_failure(exc):
                raise
