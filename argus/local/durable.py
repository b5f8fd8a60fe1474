"""Durable state for the embedded local cloud: a write-through journal of what moto accepted,
replayed into a fresh moto at start.

What is journaled is the *result* of each accepted write, not the request: the item image after a
DynamoDB write, the message (with its id) after an SQS send, its id after a delete, the object's
blob list after an S3 write, an execution's start and its end. Results replay exactly; requests
would not (moto draws new message ids, receipt handles and upload ids, and would run every
execution again). Each record is written and flushed to the kernel inside the request that made
it, under moto's DynamoDB lock where order matters, so a ``kill -9`` loses nothing a client was
told had succeeded (``fsync`` per record, for power loss, is an option: it costs more).

Hooks (moto 5.2.5, checked by :mod:`argus.local.moto_s3_disk`'s version guard): DynamoDB backend
writes, ``sqs.models.Queue.add_message``/``delete_message``, the backend's ``receive_message`` and
``purge_queue``, ``S3Response.key_response``, the Step Functions parser backend's
``start_execution`` and its execution's ``terminated``. At start the journal is folded into the
latest state, applied to moto, and rewritten compacted; blobs no record refers to are deleted.
"""

from __future__ import annotations

import base64
import functools
import json
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from argus.local import moto_s3_disk, resources

_state: dict[str, Any] = {"journal": None, "installed": False, "ended": set()}
_quiet = threading.local()


class Journal:
    """Append-only JSON lines; one ``write`` + ``flush`` per record (the kernel has it after that)."""

    def __init__(self, path: Path, fsync: bool = False) -> None:
        self.path = path
        self._fsync = fsync
        self._lock = threading.Lock()
        self._file = open(path, "a", encoding="utf-8")  # noqa: SIM115 - open for the cloud's lifetime
        self.records = 0

    def append(self, record: dict[str, Any]) -> None:
        line = json.dumps(record, separators=(",", ":"), default=_encode) + "\n"
        with self._lock:
            self._file.write(line)
            self._file.flush()
            if self._fsync:
                os.fsync(self._file.fileno())
            self.records += 1

    def close(self) -> None:
        with self._lock:
            self._file.close()


def _encode(value: Any) -> Any:
    if isinstance(value, bytes | bytearray):
        return {"__b64__": base64.b64encode(value).decode()}
    if isinstance(value, set):
        return sorted(value)
    return str(value)


def _decode(value: dict[str, Any]) -> Any:
    if len(value) == 1 and "__b64__" in value:
        return base64.b64decode(value["__b64__"])
    return value


@contextmanager
def quiet() -> Iterator[None]:
    """Writes made inside are not journaled (replay, and a transaction's inner steps)."""
    depth = getattr(_quiet, "depth", 0)
    _quiet.depth = depth + 1
    try:
        yield
    finally:
        _quiet.depth = depth


def _record(record: dict[str, Any]) -> None:
    journal = _state["journal"]
    if journal is not None and not getattr(_quiet, "depth", 0):
        journal.append(record)


def activate(journal: Journal | None) -> None:
    _state["journal"] = journal


# ---- recorders ----------------------------------------------------------------------------


def _ddb_image(backend: Any, table_name: str, key: dict[str, Any]) -> dict[str, Any]:
    table = backend.get_table(table_name)
    hash_value, range_value = backend.get_keys_value(table, key)
    item = table.get_item(hash_value, range_value)
    return {"k": "ddb", "t": table.name, "key": key, "item": item.to_json()["Attributes"] if item else None}


def _ddb_key(backend: Any, table_name: str, attrs: dict[str, Any]) -> dict[str, Any]:
    table = backend.get_table(table_name)
    key = {table.hash_key_attr: attrs[table.hash_key_attr]}
    if table.range_key_attr:
        key[table.range_key_attr] = attrs[table.range_key_attr]
    return key


def _install_dynamodb() -> None:
    from moto.dynamodb.models import DynamoDBBackend

    from argus.local.moto_fidelity import _lock  # one order for writes and their records

    def wrap(name: str, key_of: Any) -> None:
        original = getattr(DynamoDBBackend, name)

        @functools.wraps(original)
        def recorded(self: Any, *args: Any, _original: Any = original, **kwargs: Any) -> Any:
            with _lock:
                result = _original(self, *args, **kwargs)
                if _state["journal"] is not None and not getattr(_quiet, "depth", 0):
                    table_name = kwargs.get("table_name", args[0] if args else None)
                    _record(_ddb_image(self, table_name, key_of(self, table_name, args, kwargs)))
                return result

        setattr(DynamoDBBackend, name, recorded)

    wrap("put_item", lambda b, t, a, k: _ddb_key(b, t, k.get("item_attrs", a[1] if len(a) > 1 else None)))
    wrap("update_item", lambda b, t, a, k: k.get("key", a[1] if len(a) > 1 else None))
    wrap("delete_item", lambda b, t, a, k: k.get("key", a[1] if len(a) > 1 else None))

    original_transact = DynamoDBBackend.transact_write_items

    @functools.wraps(original_transact)
    def transact(self: Any, transact_items: list[dict[str, Any]]) -> Any:
        with _lock:
            with quiet():  # moto may roll the steps back: journal only a transaction that held
                result = original_transact(self, transact_items)
            for entry in transact_items:
                kind, op = next(iter(entry.items()))
                if kind == "ConditionCheck":
                    continue
                key = _ddb_key(self, op["TableName"], op["Item"]) if kind == "Put" else op["Key"]
                _record(_ddb_image(self, op["TableName"], key))
            return result

    DynamoDBBackend.transact_write_items = transact


def _message(m: Any) -> dict[str, Any]:
    return {
        "id": m.id,
        "body": m.body,
        "ma": m.message_attributes,
        "sa": m.system_attributes,
        "ts": m.sent_timestamp,
        "d": m.deduplication_id,
        "g": m.group_id,
        "s": m.sequence_number,
        "rc": m.approximate_receive_count,
        "fr": m.approximate_first_receive_timestamp,
    }


def _install_sqs() -> None:
    from moto.sqs.models import Queue, SQSBackend

    original_add = Queue.add_message

    def add_message(self: Any, message: Any) -> None:
        original_add(self, message)
        if any(m is message for m in reversed(self._messages)):  # a FIFO duplicate is dropped
            _record({"k": "sqs+", "q": self.name, "m": _message(message)})

    original_delete = Queue.delete_message

    def delete_message(self: Any, receipt_handle: str) -> None:
        ids = [m.id for m in self._messages if m.had_receipt_handle(receipt_handle)]
        original_delete(self, receipt_handle)
        for message_id in ids:
            _record({"k": "sqs-", "q": self.name, "id": message_id})

    original_receive = SQSBackend.receive_message

    def receive_message(self: Any, queue_name: str, *args: Any, **kwargs: Any) -> Any:
        result = original_receive(self, queue_name, *args, **kwargs)
        for m in result:  # receive counts drive the redrive to the DLQ: keep them
            _record({"k": "sqsr", "q": queue_name, "id": m.id, "rc": m.approximate_receive_count})
        return result

    original_purge = SQSBackend.purge_queue

    def purge_queue(self: Any, queue_name: str) -> None:
        original_purge(self, queue_name)
        _record({"k": "sqs0", "q": queue_name})

    Queue.add_message = add_message
    Queue.delete_message = delete_message
    SQSBackend.receive_message = receive_message
    SQSBackend.purge_queue = purge_queue


def _blob_names(segments: list[tuple[str, int]] | None) -> list[list[Any]]:
    return [[Path(path).name, size] for path, size in segments or []]


def _object_image(bucket: Any, key_name: str) -> dict[str, Any]:
    key = bucket.keys.get(key_name) if bucket is not None else None
    if key is None or moto_s3_disk.segments_of(key) is None:
        return {"k": "obj", "b": bucket.name, "key": key_name, "o": None}
    return {
        "k": "obj",
        "b": bucket.name,
        "key": key_name,
        "o": {
            "seg": _blob_names(moto_s3_disk.segments_of(key)),
            "etag": key.etag.strip('"'),
            "meta": dict(key.metadata),
            "modified": key.last_modified.isoformat(),
        },
    }


def _install_s3() -> None:
    from moto.s3.responses import S3Response

    original = S3Response.key_response
    recorded_uploads: set[str] = set()

    def key_response(self: Any, request: Any, full_url: str, headers: Any) -> Any:
        method = request.method
        if method not in ("PUT", "POST", "DELETE") or _state["journal"] is None:
            return original(self, request, full_url, headers)
        query = parse_qs(urlsplit(full_url).query, keep_blank_values=True)
        upload_id = (query.get("uploadId") or [None])[0]
        result = original(self, request, full_url, headers)
        bucket = self.backend.buckets.get(self.parse_bucket_name_from_url(request, full_url))
        if bucket is None:
            return result
        key_name = self.parse_key_name()
        if upload_id and "partNumber" in query:  # a part: one delta, not the whole upload again
            upload = bucket.multiparts.get(upload_id)
            part = upload.parts.get(int(query["partNumber"][0])) if upload is not None else None
            if part is not None:
                _record(
                    {
                        "k": "part",
                        "b": bucket.name,
                        "id": upload_id,
                        "n": int(query["partNumber"][0]),
                        "seg": _blob_names(moto_s3_disk.segments_of(part)),
                        "etag": part.etag.strip('"'),
                    }
                )
            return result
        for upload in list(bucket.multiparts.values()):  # a created upload (its id is in the body)
            if upload.key_name == key_name and upload.id not in recorded_uploads:
                recorded_uploads.add(upload.id)
                _record(
                    {
                        "k": "mpu",
                        "b": bucket.name,
                        "id": upload.id,
                        "u": {"key": upload.key_name, "meta": dict(upload.metadata)},
                    }
                )
        if upload_id and upload_id not in bucket.multiparts:  # completed or aborted
            _record({"k": "mpu", "b": bucket.name, "id": upload_id, "u": None})
        if not ("uploads" in query and method == "POST"):
            _record(_object_image(bucket, key_name))
        return result

    S3Response.key_response = key_response


def _install_stepfunctions() -> None:
    from moto.stepfunctions.parser.backend.execution import BaseExecutionWorkerCommunication
    from moto.stepfunctions.parser.models import StepFunctionsParserBackend

    original_start = StepFunctionsParserBackend.start_execution

    def start_execution(self: Any, state_machine_arn: str, name: Any = None, execution_input: Any = None, **kw: Any):
        # A start by a name (and input) that already ran returns the existing execution (Step
        # Functions' idempotency, which the barrier relies on): only a new execution is recorded.
        known = {e.exec_arn for e in self.describe_state_machine(state_machine_arn).executions}
        if (state_machine_arn, name) in _state["ended"]:
            # Ended before this process started (restored executions are not re-created in moto):
            # its name is still taken, as on AWS, where the batch workflow's starter reads this as a no-op.
            from moto.stepfunctions.exceptions import ExecutionAlreadyExists

            raise ExecutionAlreadyExists(f"Execution Already Exists: '{name}'")
        execution = original_start(self, state_machine_arn, name, execution_input, **kw)
        if execution.exec_arn not in known:
            record = {"k": "sfn+", "arn": execution.exec_arn, "sm": state_machine_arn, "name": name}
            _record({**record, "input": execution_input})
        return execution

    original_terminated = BaseExecutionWorkerCommunication.terminated

    def terminated(self: Any) -> None:
        original_terminated(self)
        status = self.execution.exec_status
        _record({"k": "sfn-", "arn": self.execution.exec_arn, "status": getattr(status, "value", str(status))})

    from moto.stepfunctions.parser.asl.component.state.state import CommonStateField

    original_entered = CommonStateField._get_state_entered_event_details

    def entered(self: Any, env: Any) -> Any:
        details = original_entered(self, env)
        execution = env.states.context_object.context_object_data.get("Execution") or {}
        # Where a restart resumes: a state's input is all it needs (the steps are idempotent).
        _record({"k": "sfn>", "arn": execution.get("Id"), "state": self.name, "input": details["input"]})
        return details

    StepFunctionsParserBackend.start_execution = start_execution
    BaseExecutionWorkerCommunication.terminated = terminated
    CommonStateField._get_state_entered_event_details = entered


def install_recorders() -> None:
    """Hook moto once per process; records are written only while a journal is active."""
    if _state["installed"]:
        return
    _install_dynamodb()
    _install_sqs()
    _install_s3()
    _install_stepfunctions()
    _state["installed"] = True


# ---- replay -------------------------------------------------------------------------------


@dataclass
class Folded:
    """The latest state a journal describes."""

    items: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)  # (table, key) -> record
    messages: dict[str, dict[str, Any]] = field(default_factory=dict)  # message id -> {"q", "m"}
    objects: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    uploads: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)  # (bucket, id) -> upload
    executions: dict[str, dict[str, Any]] = field(default_factory=dict)  # arn -> start record (+ "end")
    torn_tail: bool = False

    def apply(self, r: dict[str, Any]) -> None:
        kind = r["k"]
        if kind == "ddb":
            self.items[(r["t"], json.dumps(r["key"], sort_keys=True))] = r
        elif kind == "sqs+":  # a message id lives in one queue: a redrive moves it
            self.messages[r["m"]["id"]] = {"q": r["q"], "m": r["m"]}
        elif kind == "sqs-":
            self.messages.pop(r["id"], None)
        elif kind == "sqsr":
            if r["id"] in self.messages:
                self.messages[r["id"]]["m"]["rc"] = r["rc"]
        elif kind == "sqs0":
            self.messages = {i: m for i, m in self.messages.items() if m["q"] != r["q"]}
        elif kind == "obj":
            self.objects[(r["b"], r["key"])] = r
        elif kind == "mpu":
            if r["u"] is None:
                self.uploads.pop((r["b"], r["id"]), None)
            else:
                self.uploads[(r["b"], r["id"])] = {**r["u"], "parts": {}}
        elif kind == "part":
            upload = self.uploads.get((r["b"], r["id"]))
            if upload is not None:
                upload["parts"][str(r["n"])] = {"seg": r["seg"], "etag": r["etag"]}
        elif kind == "sfn+":
            self.executions.setdefault(r["arn"], dict(r))
        elif kind == "sfn-" and r["arn"] in self.executions:
            self.executions[r["arn"]]["end"] = r["status"]
        elif kind == "sfn>" and r["arn"] in self.executions:
            self.executions[r["arn"]]["at"] = {"state": r["state"], "input": r["input"]}

    def unfinished_executions(self) -> list[dict[str, Any]]:
        return [e for e in self.executions.values() if "end" not in e]

    def snapshot(self) -> Iterator[dict[str, Any]]:
        yield from (r for r in self.items.values() if r["item"] is not None)
        for entry in self.messages.values():
            yield {"k": "sqs+", "q": entry["q"], "m": entry["m"]}
        yield from (r for r in self.objects.values() if r["o"] is not None)
        for (bucket, upload_id), upload in self.uploads.items():
            yield {"k": "mpu", "b": bucket, "id": upload_id, "u": {"key": upload["key"], "meta": upload["meta"]}}
            for number, part in upload["parts"].items():
                yield {"k": "part", "b": bucket, "id": upload_id, "n": int(number), **part}
        for execution in self.executions.values():
            yield {k: v for k, v in execution.items() if k not in ("end", "at")}
            if "at" in execution:
                yield {"k": "sfn>", "arn": execution["arn"], **execution["at"]}
            if "end" in execution:
                yield {"k": "sfn-", "arn": execution["arn"], "status": execution["end"]}

    def blob_names(self) -> set[str]:
        names = {seg[0] for r in self.objects.values() if r["o"] for seg in r["o"]["seg"]}
        for upload in self.uploads.values():
            names.update(seg[0] for part in upload["parts"].values() for seg in part["seg"])
        return names


def fold(path: Path) -> Folded:
    folded = Folded()
    if not path.exists():
        return folded
    with path.open(encoding="utf-8") as f:
        for line in f:
            try:
                record = json.loads(line, object_hook=_decode)
            except json.JSONDecodeError:  # the line being written when the process was killed
                folded.torn_tail = True
                break
            folded.apply(record)
    return folded


def restore(folded: Folded, blob_root: Path) -> None:
    """Put the folded state into this process's (fresh) moto backends, without journaling it."""
    import datetime

    from moto.dynamodb.models import dynamodb_backends
    from moto.s3.models import FakeKey, FakeMultipart, s3_backends
    from moto.s3.utils import CaseInsensitiveDict
    from moto.sqs.models import Message, sqs_backends
    from moto.utilities.utils import LowercaseDict

    _state["ended"] = {(e["sm"], e["name"]) for e in folded.executions.values() if "end" in e}
    account, region = resources.ACCOUNT, resources.REGION
    ddb, sqs, s3 = dynamodb_backends[account][region], sqs_backends[account][region], s3_backends[account]["aws"]

    def segments(names: list[list[Any]]) -> moto_s3_disk.DiskValue:
        return moto_s3_disk.DiskValue([(str(blob_root / name), int(size)) for name, size in names])

    with quiet():
        for record in folded.items.values():
            if record["item"] is not None:
                ddb.put_item(record["t"], record["item"])
        for entry in folded.messages.values():
            queue, m = sqs.get_queue(entry["q"]), entry["m"]
            message = Message(m["id"], m["body"], m["sa"])
            message.message_attributes = m["ma"] or {}
            message.sent_timestamp = m["ts"]
            message.deduplication_id, message.group_id, message.sequence_number = m["d"], m["g"], m["s"]
            message.approximate_receive_count = m["rc"]
            message.approximate_first_receive_timestamp = m["fr"]
            queue._messages.append(message)  # visible now: its consumer died with the last process
        for (bucket_name, key_name), record in folded.objects.items():
            if record["o"] is None:
                continue
            o = record["o"]
            key = FakeKey(
                key_name,
                segments(o["seg"]),
                account_id=account,
                region_name=region,
                etag=o["etag"],
                bucket_name=bucket_name,
            )
            key._metadata = LowercaseDict()
            key._metadata.update(o["meta"])
            key.last_modified = datetime.datetime.fromisoformat(o["modified"])
            s3.get_bucket(bucket_name).keys[key_name] = key
        for (bucket_name, upload_id), upload in folded.uploads.items():
            multipart = FakeMultipart(upload["key"], CaseInsensitiveDict(upload["meta"]), account, region)
            multipart.id = upload_id
            for number, part in sorted(upload["parts"].items(), key=lambda p: int(p[0])):
                multipart.parts[int(number)] = FakeKey(
                    int(number), segments(part["seg"]), account_id=account, region_name=region, etag=part["etag"]
                )
                multipart.partlist.append(int(number))
            s3.get_bucket(bucket_name).multiparts[upload_id] = multipart


def compact(folded: Folded, journal_path: Path, blob_root: Path) -> None:
    """Rewrite the journal as its folded state (atomically), then delete blobs nothing refers to."""
    tmp = journal_path.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as f:
        for record in folded.snapshot():
            f.write(json.dumps(record, separators=(",", ":"), default=_encode) + "\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, journal_path)
    keep = folded.blob_names()
    for blob in blob_root.iterdir() if blob_root.exists() else []:
        if blob.name not in keep:
            blob.unlink()


def summarize(folded: Folded) -> dict[str, Any]:
    """What ``argus local status`` prints, read from the journal alone (no moto needed)."""
    batches: dict[str, int] = {}
    for record in folded.items.values():
        item = record["item"]
        if item and item.get("sk", {}).get("S") == "#META" and item.get("pk", {}).get("S", "").startswith("BATCH#"):
            status = item.get("status", {}).get("S", "?")
            batches[status] = batches.get(status, 0) + 1
    objects = [r["o"] for r in folded.objects.values() if r["o"] is not None]
    return {
        "batches": batches,
        "objects": len(objects),
        "object_bytes": sum(size for o in objects for _, size in o["seg"]),
        "uploads": len(folded.uploads),
        "messages": len(folded.messages),
        "executions_running": len(folded.unfinished_executions()),
        "executions_ended": len(folded.executions) - len(folded.unfinished_executions()),
    }


def resume_definition(definition: str, state: str) -> str | None:
    """The state machine's definition starting at ``state`` (None: not a top-level state, so the
    execution restarts from the beginning)."""
    asl = json.loads(definition)
    if state not in asl.get("States", {}) or state == asl.get("StartAt"):
        return None
    return json.dumps({**asl, "StartAt": state})
