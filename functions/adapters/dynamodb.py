"""DynamoDB repository: the source of truth for batches, files and reports (one table).

Item layout (``pk`` / ``sk``):
    BATCH#{id} / #META          the batch; ``gsi1pk = VIN#{vin}``, ``gsi1sk = created_at`` for per-VIN lists;
                                ``gsi3pk = VEHICLE#{vehicle_id}`` for a vehicle's own list; ``gsi4pk = BATCH``
                                for the list of all batches (all three sorted by ``created_at#batch_id``)
                                ``gsi2pk = OPEN``, ``gsi2sk = created_at`` while not completed or failed (a sparse
                                index of open batches, for the stale-batch sweeper)
    BATCH#{id} / FILE#{file_id} one file of the batch
    BATCH#{id} / REPORT         the report JSON
Status changes are UpdateItem calls conditioned on the previous status — never whole-item puts,
so they cannot overwrite the counters that parse results increment concurrently.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from boto3.dynamodb.conditions import Attr, Key
from botocore.exceptions import ClientError
from pydantic import TypeAdapter

from functions.core.domain.batch import Batch, BatchStatus, FileRecord, FileStatus
from functions.core.domain.batch_listing import BatchFilter, InvalidCursor, time_prefix
from functions.core.domain.errors import BatchSealed, ConcurrentUpdate, Conflict
from functions.core.domain.uploads import MAX_FILES_PER_BATCH

META = "#META"
OPEN = "OPEN"
ALL_BATCHES = "BATCH"
# The table's secondary indexes, each a string hash key ``<name>pk`` and range key ``<name>sk``,
# projecting everything: the one definition the CDK table and the local cloud's table are built from.
INDEXES = ("gsi1", "gsi2", "gsi3", "gsi4")
# A filtered listing reads at most this many index pages per request, then hands out a cursor: a
# rare status must not turn one request into a scan of the whole index.
MAX_LIST_ROUNDS = 8
REPORT = "REPORT"
_BATCH_MUTABLE = ("status", "updated_at", "error", "report_key", "sealed_at", "completed_at")
_FILE_MUTABLE = ("status", "updated_at", "error", "summary_key", "format")


_DATETIME = TypeAdapter(datetime)


def _iso(value: datetime) -> str:
    """Every timestamp in one format, the one the models serialise to (conditions compare strings)."""
    return _DATETIME.dump_python(value, mode="json")


def _batch_pk(batch_id: str) -> str:
    return f"BATCH#{batch_id}"


def _file_sk(file_id: str) -> str:
    return f"FILE#{file_id}"


def _dump(model: Batch | FileRecord) -> dict[str, Any]:
    return {k: v for k, v in model.model_dump(mode="json").items() if v is not None}


def _strip(item: dict[str, Any]) -> dict[str, Any]:
    hidden = ("pk", "sk", "gsi1pk", "gsi1sk", "gsi2pk", "gsi2sk", "gsi3pk", "gsi3sk", "gsi4pk", "gsi4sk")
    hidden += ("type", "file_count")
    return {k: v for k, v in item.items() if k not in hidden}


def _set_clause(fields: dict[str, Any]) -> tuple[str, dict[str, str], dict[str, Any], list[str]]:
    """SET for present fields, REMOVE for cleared ones (DynamoDB stores no nulls)."""
    names: dict[str, str] = {}
    values: dict[str, Any] = {}
    sets: list[str] = []
    removes: list[str] = []
    for i, (name, value) in enumerate(fields.items()):
        names[f"#f{i}"] = name
        if value is None:
            removes.append(f"#f{i}")
        else:
            values[f":v{i}"] = value
            sets.append(f"#f{i} = :v{i}")
    expression = ("SET " + ", ".join(sets)) if sets else ""
    return expression, names, values, removes


def is_condition_failure(exc: ClientError) -> bool:
    code = exc.response["Error"]["Code"]
    if code == "ConditionalCheckFailedException":
        return True
    if code == "TransactionCanceledException":
        reasons = exc.response.get("CancellationReasons") or []
        return any(r.get("Code") == "ConditionalCheckFailed" for r in reasons)
    return False


class DynamoBatchRepository:
    def __init__(self, table: Any) -> None:
        """``table`` is a boto3 ``dynamodb.Table`` resource."""
        self._table = table
        self._client = table.meta.client  # the resource's client: it takes native Python values
        self._name = table.name

    # ---- batches ------------------------------------------------------------------------

    def create_batch(self, batch: Batch) -> None:
        item = {
            "pk": _batch_pk(batch.batch_id),
            "sk": META,
            "type": "batch",
            "gsi1pk": f"VIN#{batch.vin}",
            "gsi1sk": f"{_iso(batch.created_at)}#{batch.batch_id}",
            "gsi2pk": OPEN,
            "gsi2sk": f"{_iso(batch.created_at)}#{batch.batch_id}",
            "gsi3pk": f"VEHICLE#{batch.vehicle_id}",
            "gsi3sk": f"{_iso(batch.created_at)}#{batch.batch_id}",
            "gsi4pk": ALL_BATCHES,
            "gsi4sk": f"{_iso(batch.created_at)}#{batch.batch_id}",
            "file_count": 0,
            **_dump(batch),
        }
        self._table.put_item(Item=item, ConditionExpression="attribute_not_exists(pk)")

    def get_batch(self, batch_id: str) -> Batch | None:
        item = self._table.get_item(Key={"pk": _batch_pk(batch_id), "sk": META}, ConsistentRead=True).get("Item")
        return Batch.model_validate(_strip(item)) if item else None

    def _update_batch(
        self,
        batch: Batch,
        previous: BatchStatus,
        extra: dict[str, Any] | None = None,
        files_seen: int | None = None,
        unchanged_since: datetime | None = None,
    ) -> None:
        fields = {name: getattr(batch, name) for name in _BATCH_MUTABLE}
        fields = {k: (_iso(v) if isinstance(v, datetime) else v) for k, v in fields.items()}
        fields["status"] = str(batch.status)
        fields.update(extra or {})
        expression, names, values, removes = _set_clause(fields)
        names["#st"] = "status"
        values[":prev"] = str(previous)
        condition = "attribute_exists(pk) AND #st = :prev"
        if files_seen is not None:
            condition += " AND file_count = :seen"
            values[":seen"] = files_seen
        if unchanged_since is not None:
            names["#upd"] = "updated_at"
            condition += " AND #upd = :since"
            values[":since"] = _iso(unchanged_since)
        if batch.status.terminal:  # leaves the sparse index of open batches
            names["#g2pk"], names["#g2sk"] = "gsi2pk", "gsi2sk"
            removes += ["#g2pk", "#g2sk"]
        if removes:
            expression += " REMOVE " + ", ".join(removes)
        try:
            self._table.update_item(
                Key={"pk": _batch_pk(batch.batch_id), "sk": META},
                UpdateExpression=expression,
                ConditionExpression=condition,
                ExpressionAttributeNames=names,
                ExpressionAttributeValues=values,
            )
        except ClientError as exc:
            if is_condition_failure(exc):
                raise ConcurrentUpdate(
                    f"batch {batch.batch_id} is no longer {previous}", details={"batch_id": batch.batch_id}
                ) from exc
            raise

    def save_batch_status(self, batch: Batch, previous: BatchStatus, unchanged_since: datetime | None = None) -> None:
        self._update_batch(batch, previous, unchanged_since=unchanged_since)

    def seal_batch(self, batch: Batch, previous: BatchStatus, total_files: int, files_seen: int) -> None:
        self._update_batch(batch, previous, {"total_files": total_files}, files_seen=files_seen)

    def list_batches_by_vin(self, vin: str, limit: int = 50) -> list[Batch]:
        response = self._table.query(
            IndexName="gsi1",
            KeyConditionExpression=Key("gsi1pk").eq(f"VIN#{vin}"),
            ScanIndexForward=False,
            Limit=limit,
        )
        return [Batch.model_validate(_strip(item)) for item in response.get("Items", [])]

    def list_batches(
        self, query: BatchFilter, limit: int, after: dict[str, Any] | None = None
    ) -> tuple[list[Batch], dict[str, Any] | None]:
        # The narrowest index for the filter: per VIN, per vehicle, or all batches; status is a filter.
        if query.vin is not None:
            index, pk = "gsi1", f"VIN#{query.vin}"
        elif query.vehicle_id is not None:
            index, pk = "gsi3", f"VEHICLE#{query.vehicle_id}"
        else:
            index, pk = "gsi4", ALL_BATCHES
        hash_key, range_key = f"{index}pk", f"{index}sk"
        low = time_prefix(query.since) if query.since else None
        high = time_prefix(query.until) + "~" if query.until else None  # "~" sorts after "#" and "." and "Z"
        condition = Key(hash_key).eq(pk)
        if low and high:
            condition &= Key(range_key).between(low, high)
        elif low:
            condition &= Key(range_key).gte(low)
        elif high:
            condition &= Key(range_key).lte(high)
        kwargs: dict[str, Any] = {"IndexName": index, "KeyConditionExpression": condition, "ScanIndexForward": False}
        filters = []
        if query.status is not None:
            filters.append(Attr("status").eq(str(query.status)))
        if query.vin is not None and query.vehicle_id is not None:
            filters.append(Attr("vehicle_id").eq(query.vehicle_id))
        if filters:
            expression = filters[0]
            for more in filters[1:]:
                expression &= more
            kwargs["FilterExpression"] = expression
        if after is not None:
            # A cursor is only a position: it must lie in this query's partition and time range.
            sk = after.get(range_key)
            if (
                set(after) != {"pk", "sk", hash_key, range_key}
                or not all(isinstance(v, str) and 0 < len(v) <= 1024 for v in after.values())
                or after.get(hash_key) != pk
                or (low is not None and sk < low)
                or (high is not None and sk > high)
            ):
                raise InvalidCursor("the cursor does not belong to this listing", details={"field": "cursor"})
            kwargs["ExclusiveStartKey"] = after
        batches: list[Batch] = []
        position: dict[str, Any] | None = None
        for _ in range(MAX_LIST_ROUNDS):
            # Limit counts items read before the filter: never read more than the page still needs,
            # so the last key read is exactly where the next page starts.
            response = self._table.query(**kwargs, Limit=limit - len(batches))
            batches.extend(Batch.model_validate(_strip(item)) for item in response.get("Items", []))
            position = response.get("LastEvaluatedKey")
            if position is None or len(batches) >= limit:
                break
            kwargs["ExclusiveStartKey"] = position
        return batches, position

    def list_open_batches(self, limit: int = 500) -> list[Batch]:
        batches: list[Batch] = []
        kwargs: dict[str, Any] = {"IndexName": "gsi2", "KeyConditionExpression": Key("gsi2pk").eq(OPEN)}
        while len(batches) < limit:
            response = self._table.query(**kwargs, Limit=limit - len(batches))
            batches.extend(Batch.model_validate(_strip(item)) for item in response.get("Items", []))
            if "LastEvaluatedKey" not in response:
                break
            kwargs["ExclusiveStartKey"] = response["LastEvaluatedKey"]
        return batches

    # ---- files ----------------------------------------------------------------------------

    def add_file(self, batch: Batch, file: FileRecord) -> None:
        accepting = [str(BatchStatus.PENDING), str(BatchStatus.UPLOADING)]
        try:
            self._client.transact_write_items(
                TransactItems=[
                    {
                        "Put": {
                            "TableName": self._name,
                            "Item": {
                                "pk": _batch_pk(batch.batch_id),
                                "sk": _file_sk(file.file_id),
                                "type": "file",
                                **_dump(file),
                            },
                            "ConditionExpression": "attribute_not_exists(pk)",
                        }
                    },
                    {
                        "Update": {
                            "TableName": self._name,
                            "Key": {"pk": _batch_pk(batch.batch_id), "sk": META},
                            "UpdateExpression": "SET #st = :uploading, updated_at = :now ADD file_count :one",
                            "ConditionExpression": "#st IN (:a, :b) AND file_count < :max",
                            "ExpressionAttributeNames": {"#st": "status"},
                            "ExpressionAttributeValues": {
                                ":uploading": str(BatchStatus.UPLOADING),
                                ":now": _iso(file.created_at),
                                ":one": 1,
                                ":a": accepting[0],
                                ":b": accepting[1],
                                ":max": MAX_FILES_PER_BATCH,
                            },
                        }
                    },
                ]
            )
        except ClientError as exc:
            if is_condition_failure(exc):
                current = self.get_batch(batch.batch_id)
                if current is not None and not current.accepts_files:
                    raise BatchSealed(
                        f"batch {batch.batch_id} is {current.status} and accepts no more files",
                        details={"status": str(current.status)},
                    ) from exc
                raise Conflict(
                    f"batch {batch.batch_id} already holds {MAX_FILES_PER_BATCH} files",
                    details={"max_files": MAX_FILES_PER_BATCH},
                ) from exc
            raise

    def get_file(self, batch_id: str, file_id: str) -> FileRecord | None:
        item = self._table.get_item(Key={"pk": _batch_pk(batch_id), "sk": _file_sk(file_id)}, ConsistentRead=True).get(
            "Item"
        )
        return FileRecord.model_validate(_strip(item)) if item else None

    def list_files(self, batch_id: str) -> list[FileRecord]:
        files: list[FileRecord] = []
        kwargs: dict[str, Any] = {
            "KeyConditionExpression": Key("pk").eq(_batch_pk(batch_id)) & Key("sk").begins_with("FILE#"),
            "ConsistentRead": True,
        }
        while True:
            response = self._table.query(**kwargs)
            files.extend(FileRecord.model_validate(_strip(item)) for item in response.get("Items", []))
            if "LastEvaluatedKey" not in response:
                return files
            kwargs["ExclusiveStartKey"] = response["LastEvaluatedKey"]

    def save_file_status(self, file: FileRecord, previous: FileStatus) -> bool:
        fields = {name: getattr(file, name) for name in _FILE_MUTABLE}
        fields["status"] = str(file.status)
        fields["updated_at"] = _iso(file.updated_at)
        expression, names, values, removes = _set_clause(fields)
        names["#st"] = "status"
        values[":prev"] = str(previous)
        if removes:
            expression += " REMOVE " + ", ".join(removes)
        file_update = {
            "TableName": self._name,
            "Key": {"pk": _batch_pk(file.batch_id), "sk": _file_sk(file.file_id)},
            "UpdateExpression": expression,
            "ConditionExpression": "attribute_exists(pk) AND #st = :prev",
            "ExpressionAttributeNames": names,
            "ExpressionAttributeValues": values,
        }
        items: list[dict[str, Any]] = [{"Update": file_update}]
        if file.status.processed and not previous.processed:
            counters = "processed_files :one" + (", failed_files :one" if file.status is FileStatus.FAILED else "")
            items.append(
                {
                    "Update": {
                        "TableName": self._name,
                        "Key": {"pk": _batch_pk(file.batch_id), "sk": META},
                        "UpdateExpression": f"SET updated_at = :now ADD {counters}",
                        "ExpressionAttributeValues": {":one": 1, ":now": _iso(file.updated_at)},
                    }
                }
            )
        try:
            self._client.transact_write_items(TransactItems=items)
        except ClientError as exc:
            if is_condition_failure(exc):
                return False
            raise
        return True

    # ---- reports --------------------------------------------------------------------------

    def put_report(self, batch_id: str, report_json: bytes) -> None:
        self._table.put_item(
            Item={"pk": _batch_pk(batch_id), "sk": REPORT, "type": "report", "body": report_json.decode("utf-8")}
        )

    def get_report(self, batch_id: str) -> bytes | None:
        item = self._table.get_item(Key={"pk": _batch_pk(batch_id), "sk": REPORT}).get("Item")
        return item["body"].encode("utf-8") if item else None
