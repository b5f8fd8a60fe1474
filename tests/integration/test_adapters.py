"""The adapters against real local services: moto over HTTP and a Valkey server."""

from __future__ import annotations

import json
import threading
from urllib.parse import parse_qs, unquote_plus, urlsplit

import httpx
import pytest

from functions.adapters.dynamodb import DynamoBatchRepository
from functions.adapters.redis_barrier import RedisBarrier
from functions.adapters.s3 import S3ObjectStore
from functions.adapters.sqs import SqsQueue
from functions.adapters.stepfunctions import StepFunctionsStarter
from functions.core.domain.batch import Batch, BatchStatus, FileRecord, FileStatus
from functions.core.domain.errors import BatchSealed, ConcurrentUpdate, NotFound
from functions.core.domain.ids import new_id
from functions.core.domain.uploads import MIN_PART_SIZE

pytestmark = pytest.mark.integration
VIN = "WVWZZZ1JZXW000001"


def _file(batch: Batch, size: int = 10) -> FileRecord:
    file_id = new_id("f")
    return FileRecord(
        batch_id=batch.batch_id,
        file_id=file_id,
        name="a.log",
        size=size,
        object_key=batch.object_key(file_id),
        upload_id="u",
        part_size=MIN_PART_SIZE,
    )


def test_status_changes_are_conditional_and_counters_survive_them(table):
    repo = DynamoBatchRepository(table)
    batch = Batch.open("veh-1", VIN)
    repo.create_batch(batch)
    files = [_file(batch) for _ in range(2)]
    for f in files:
        repo.add_file(batch, f)
    stored = repo.get_batch(batch.batch_id)
    assert stored.status is BatchStatus.UPLOADING

    # A file finishes: its status and the batch counter change in one transaction.
    f0 = repo.get_file(batch.batch_id, files[0].file_id)
    assert repo.save_file_status(f0, f0.transition(FileStatus.PARSED))
    # The same transition again (a duplicate delivery) changes nothing.
    again = files[0].model_copy()
    assert not repo.save_file_status(again, again.transition(FileStatus.PARSED))

    # A status change made from a stale copy loses, and does not reset the counter.
    stale = stored.model_copy()
    repo.seal_batch(stored, stored.transition(BatchStatus.SEALED), total_files=2, files_seen=2)
    with pytest.raises(ConcurrentUpdate):
        repo.save_batch_status(stale, stale.transition(BatchStatus.FAILED))
    final = repo.get_batch(batch.batch_id)
    assert final.status is BatchStatus.SEALED and final.processed_files == 1 and final.total_files == 2


def test_a_seal_that_missed_a_concurrent_file_is_refused(table):
    repo = DynamoBatchRepository(table)
    batch = Batch.open("veh-1", VIN)
    repo.create_batch(batch)
    repo.add_file(batch, _file(batch))
    seen = repo.get_batch(batch.batch_id)
    repo.add_file(batch, _file(batch))  # lands between the seal's read and its write
    with pytest.raises(ConcurrentUpdate):
        repo.seal_batch(seen, seen.transition(BatchStatus.SEALED), total_files=1, files_seen=1)


def test_no_file_can_be_added_to_a_sealed_batch(table):
    repo = DynamoBatchRepository(table)
    batch = Batch.open("veh-1", VIN)
    repo.create_batch(batch)
    repo.add_file(batch, _file(batch))
    current = repo.get_batch(batch.batch_id)
    repo.seal_batch(current, current.transition(BatchStatus.SEALED), 1, files_seen=1)
    with pytest.raises(BatchSealed):
        repo.add_file(batch, _file(batch))
    assert len(repo.list_files(batch.batch_id)) == 1


def test_batches_are_listed_per_vehicle_newest_first(table):
    repo = DynamoBatchRepository(table)
    vin = "1HGCM82633A00" + new_id("x")[-4:].upper().replace("O", "0").replace("I", "1")
    vin = (vin + "0000")[:17]
    made = []
    for _ in range(3):
        b = Batch.open("veh-9", vin)
        repo.create_batch(b)
        made.append(b.batch_id)
    assert [b.batch_id for b in repo.list_batches_by_vin(vin)] == made[::-1]


def test_presigned_multipart_upload_over_real_http(client_for, aws):
    store = S3ObjectStore(client_for("s3"), aws.bucket)
    key = f"raw/{new_id('b')}/{new_id('f')}"
    upload_id = store.create_multipart(key, "text/plain")
    data = [b"a" * MIN_PART_SIZE, b"b" * MIN_PART_SIZE, b"tail"]
    etags = []
    with httpx.Client() as http:
        for number, chunk in enumerate(data, 1):
            url = store.presign_part(key, upload_id, number, 600, length=len(chunk))
            assert "X-Amz-Signature" in url and "uploadId" in url
            assert "content-length" in parse_qs(urlsplit(url).query)["X-Amz-SignedHeaders"][0].split(";")
            response = http.put(url, content=chunk)
            assert response.status_code == 200
            etags.append((number, response.headers["ETag"]))
    listed = store.list_parts(key, upload_id)
    assert [(p.number, p.etag) for p in listed] == etags
    assert [p.size for p in listed] == [len(c) for c in data]
    store.complete_multipart(key, upload_id, etags)
    stream = store.open_stream(key)
    assert stream.read(4) == b"aaaa"
    assert store.object_size(key) == sum(map(len, data))
    assert store.get_bytes("raw/none") is None
    with pytest.raises(NotFound):
        store.list_parts(key, upload_id)  # a completed upload is gone


def test_a_completed_upload_notifies_the_parse_queue(client_for, aws):
    store = S3ObjectStore(client_for("s3"), aws.bucket)
    sqs = client_for("sqs")
    batch_id, file_id = new_id("b"), new_id("f")
    key = f"raw/{batch_id}/{file_id}"
    upload_id = store.create_multipart(key, None)
    with httpx.Client() as http:
        etag = http.put(store.presign_part(key, upload_id, 1, 60), content=b"hello").headers["ETag"]
    store.complete_multipart(key, upload_id, [(1, etag)])
    store.put_bytes(f"summaries/{batch_id}/x.json", b"{}")  # other prefixes notify nothing

    bodies: list[dict] = []
    for _ in range(5):
        got = sqs.receive_message(QueueUrl=aws.parse_queue_url, MaxNumberOfMessages=10, WaitTimeSeconds=1)
        for m in got.get("Messages", []):
            bodies.append(json.loads(m["Body"]))
            sqs.delete_message(QueueUrl=aws.parse_queue_url, ReceiptHandle=m["ReceiptHandle"])
        if any(batch_id in json.dumps(b) for b in bodies):
            break
    records = [r for b in bodies for r in b.get("Records", []) if batch_id in r["s3"]["object"]["key"]]
    # Only the event the app subscribes to (moto would also emit ObjectCreated:Put without the filter).
    assert [r["eventName"] for r in records] == ["ObjectCreated:CompleteMultipartUpload"]
    assert unquote_plus(records[0]["s3"]["object"]["key"]) == key


def test_a_duplicate_start_of_the_same_batch_makes_one_execution(client_for, aws):
    sfn = client_for("stepfunctions")
    workflow = StepFunctionsStarter(sfn, aws.state_machine_arn)
    name = new_id("b")
    first = workflow.start(name, json.dumps({"batch_id": name}))
    second = workflow.start(name, json.dumps({"batch_id": name, "trigger": "seal"}))
    assert first == second
    executions = sfn.list_executions(stateMachineArn=aws.state_machine_arn)["executions"]
    assert [e["name"] for e in executions].count(name) == 1


def test_sqs_queue_sends(client_for, aws):
    sqs = client_for("sqs")
    SqsQueue(sqs, aws.barrier_queue_url).send('{"x": 1}')
    got = sqs.receive_message(QueueUrl=aws.barrier_queue_url, WaitTimeSeconds=1)["Messages"]
    assert got[0]["Body"] == '{"x": 1}'
    sqs.delete_message(QueueUrl=aws.barrier_queue_url, ReceiptHandle=got[0]["ReceiptHandle"])


def test_the_barrier_fires_once_under_concurrent_duplicates_and_a_racing_seal(redis_client):
    barrier = RedisBarrier(redis_client)
    batch_id = new_id("b")
    files = [f"f_{i}" for i in range(20)]
    fired: list[str] = []
    lock = threading.Lock()

    def deliver(file_id: str) -> None:
        for _ in range(3):  # every message delivered three times
            if barrier.record(batch_id, file_id).fired:
                with lock:
                    fired.append(file_id)

    def seal() -> None:
        if barrier.seal(batch_id, len(files), []).fired:
            with lock:
                fired.append("seal")

    threads = [threading.Thread(target=deliver, args=(f,)) for f in files] + [threading.Thread(target=seal)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(fired) == 1
    assert redis_client.scard(f"batch:{{{batch_id}}}:processed_files") == 20
    assert redis_client.ttl(f"batch:{{{batch_id}}}:fired") > 0


def test_the_seal_fires_when_it_comes_last_and_later_calls_see_it_complete(redis_client):
    barrier = RedisBarrier(redis_client)
    batch_id = new_id("b")
    first = barrier.record(batch_id, "f_1")
    assert not first.fired and not first.complete and first.total is None
    outcome = barrier.seal(batch_id, 2, ["f_1", "f_2"])  # DynamoDB knew f_2 was processed
    assert outcome.fired and outcome.complete and outcome.processed == 2 and outcome.total == 2
    again = barrier.seal(batch_id, 2, [])
    assert again.complete and not again.fired


def test_a_cancelled_transaction_never_undoes_other_writers(table):
    # Given one writer whose transactions are always cancelled (a duplicate delivery's failed condition)
    repo = DynamoBatchRepository(table)
    batch = Batch.open("veh-1", VIN)
    repo.create_batch(batch)
    done = _file(batch)
    repo.add_file(batch, done)
    record = repo.get_file(batch.batch_id, done.file_id)
    repo.save_file_status(record, record.transition(FileStatus.PARSED))
    stop = threading.Event()

    def duplicates() -> None:
        while not stop.is_set():
            stale = done.model_copy()
            repo.save_file_status(stale, stale.transition(FileStatus.PARSED))  # cancelled every time

    thread = threading.Thread(target=duplicates)
    thread.start()
    # When another writer adds files meanwhile
    added = [_file(batch) for _ in range(60)]
    try:
        for f in added:
            repo.add_file(batch, f)
    finally:
        stop.set()
        thread.join()
    # Then every write survives (moto alone restores a table snapshot on cancel: see argus/local/moto_fidelity.py)
    assert len(repo.list_files(batch.batch_id)) == 61


def test_open_batches_are_listed_until_they_complete_or_fail(table):
    repo = DynamoBatchRepository(table)
    batch = Batch.open("veh-sweep", VIN)
    repo.create_batch(batch)
    assert batch.batch_id in {b.batch_id for b in repo.list_open_batches(10_000)}
    repo.add_file(batch, _file(batch))
    current = repo.get_batch(batch.batch_id)
    repo.save_batch_status(current, current.transition(BatchStatus.FAILED, error="timed out"))
    assert batch.batch_id not in {b.batch_id for b in repo.list_open_batches(10_000)}
    assert repo.get_batch(batch.batch_id).error == "timed out"
