"""Ingest use cases against in-memory fakes: uploads, completion checks, seal and the barrier."""

import pytest

from functions.core.domain.batch import BatchStatus, FileStatus
from functions.core.domain.errors import (
    BatchSealed,
    Conflict,
    FilesIncomplete,
    Forbidden,
    NotFound,
    PartsInvalid,
    VinBoundToAnotherVehicle,
)
from functions.core.domain.principal import Principal
from functions.core.domain.uploads import MiB
from functions.ingest.models import AddFileRequest, CompleteFileRequest, CreateBatchRequest, RegisterVehicleRequest
from functions.ingest.service import IngestService
from tests.fakes.memory import (
    InMemoryBarrier,
    InMemoryBatchRepository,
    InMemoryObjectStore,
    InMemoryVehicleRegistry,
    InMemoryWorkflowStarter,
)

VIN = "WVWZZZ1JZXW000001"
VEHICLE = Principal(role="vehicle", subject="veh-1")


@pytest.fixture
def svc():
    return IngestService(
        repo=InMemoryBatchRepository(),
        store=InMemoryObjectStore(),
        barrier=InMemoryBarrier(),
        workflow=InMemoryWorkflowStarter(),
        registry=InMemoryVehicleRegistry(),
        preferred_part_size=5 * MiB,
    )


def _open(svc) -> str:
    return svc.create_batch(VEHICLE, CreateBatchRequest(vehicle_id="veh-1", vin=VIN)).batch_id


def _upload(svc, batch_id: str, size: int, complete: bool = True):
    view = svc.add_file(VEHICLE, batch_id, AddFileRequest(name="can.log", size=size))
    data = bytes(range(256)) * (size // 256) + b"x" * (size % 256)
    etags = []
    for part in view.parts:
        start = (part.number - 1) * view.part_size
        etags.append(
            {
                "number": part.number,
                "etag": svc.store.upload_part(view.upload_id, part.number, data[start : start + view.part_size]),
            }
        )
    if complete:
        svc.complete_file(VEHICLE, batch_id, view.file_id, CompleteFileRequest.model_validate({"parts": etags}))
    return view, etags


def test_adding_a_file_gives_one_presigned_url_per_part_and_a_server_key(svc):
    batch_id = _open(svc)
    view = svc.add_file(VEHICLE, batch_id, AddFileRequest(name="../../etc/passwd", size=11 * MiB))
    assert view.part_size == 5 * MiB and view.part_count == 3
    assert [p.number for p in view.parts] == [1, 2, 3]
    stored = svc.repo.get_file(batch_id, view.file_id)
    assert stored.object_key == f"raw/{batch_id}/{view.file_id}"  # never the client's name
    assert svc.repo.get_batch(batch_id).status is BatchStatus.UPLOADING


def test_completing_with_a_missing_part_is_rejected_and_loses_nothing(svc):
    batch_id = _open(svc)
    view, etags = _upload(svc, batch_id, 11 * MiB, complete=False)
    with pytest.raises(PartsInvalid) as err:
        svc.complete_file(VEHICLE, batch_id, view.file_id, CompleteFileRequest.model_validate({"parts": etags[:2]}))
    assert err.value.details["missing"] == [3]
    # The upload is still open: the client completes it properly afterwards.
    done = svc.complete_file(VEHICLE, batch_id, view.file_id, CompleteFileRequest.model_validate({"parts": etags}))
    assert done.status is FileStatus.UPLOADED
    assert len(svc.store.objects[f"raw/{batch_id}/{view.file_id}"]) == 11 * MiB


def test_completing_with_a_wrong_etag_is_rejected(svc):
    batch_id = _open(svc)
    view, etags = _upload(svc, batch_id, 6 * MiB, complete=False)
    etags[1]["etag"] = '"0000"'
    with pytest.raises(PartsInvalid) as err:
        svc.complete_file(VEHICLE, batch_id, view.file_id, CompleteFileRequest.model_validate({"parts": etags}))
    assert err.value.details["parts"] == [2]


def test_completing_twice_is_harmless(svc):
    batch_id = _open(svc)
    view, etags = _upload(svc, batch_id, 1000)
    again = svc.complete_file(VEHICLE, batch_id, view.file_id, CompleteFileRequest.model_validate({"parts": etags}))
    assert again.status is FileStatus.UPLOADED


def test_sealing_with_an_open_upload_is_refused(svc):
    batch_id = _open(svc)
    _upload(svc, batch_id, 1000)
    view, _ = _upload(svc, batch_id, 1000, complete=False)
    with pytest.raises(FilesIncomplete) as err:
        svc.seal(VEHICLE, batch_id)
    assert err.value.details["uploading"] == [view.file_id]


def test_an_empty_batch_cannot_be_sealed(svc):
    with pytest.raises(Conflict):
        svc.seal(VEHICLE, _open(svc))


def test_a_file_added_to_a_sealed_batch_is_refused_and_the_batch_is_intact(svc):
    batch_id = _open(svc)
    _upload(svc, batch_id, 1000)
    svc.seal(VEHICLE, batch_id)
    with pytest.raises(BatchSealed):
        svc.add_file(VEHICLE, batch_id, AddFileRequest(name="late.log", size=10))
    assert len(svc.repo.list_files(batch_id)) == 1
    assert svc.repo.get_batch(batch_id).total_files == 1


def test_seal_before_parsing_waits_in_scattering(svc):
    batch_id = _open(svc)
    _upload(svc, batch_id, 1000)
    view = svc.seal(VEHICLE, batch_id)
    assert view.status is BatchStatus.SCATTERING
    assert svc.workflow.start_calls == 0


def test_seal_after_the_last_parsed_file_fires_the_workflow_once(svc):
    batch_id = _open(svc)
    view, _ = _upload(svc, batch_id, 1000)
    record = svc.repo.get_file(batch_id, view.file_id)
    previous = record.transition(FileStatus.PARSED)
    svc.repo.save_file_status(record, previous)
    svc.barrier.record(batch_id, view.file_id)  # the barrier function already counted it

    svc.seal(VEHICLE, batch_id)
    svc.seal(VEHICLE, batch_id)  # a retried seal

    assert list(svc.workflow.executions) == [batch_id]  # the retried seal's start is a no-op by name


def test_a_failed_workflow_start_does_not_fail_the_seal_and_sealing_again_starts_it(svc):
    batch_id = _open(svc)
    view, _ = _upload(svc, batch_id, 1000)
    record = svc.repo.get_file(batch_id, view.file_id)
    svc.repo.save_file_status(record, record.transition(FileStatus.PARSED))
    svc.workflow.fail_next = 1

    first = svc.seal(VEHICLE, batch_id)  # the seal stands on DynamoDB alone
    assert first.status is BatchStatus.SEALED and first.total_files == 1
    svc.seal(VEHICLE, batch_id)
    assert list(svc.workflow.executions) == [batch_id]


def test_a_seal_while_the_barrier_store_is_frozen_succeeds_on_dynamodb_alone(svc):
    # Given a file not parsed yet and a Valkey that does not answer
    batch_id = _open(svc)
    _upload(svc, batch_id, 1000)
    svc.barrier.unavailable = True
    # When the vehicle seals
    view = svc.seal(VEHICLE, batch_id)
    # Then the seal is recorded (no error) and nothing started yet
    assert view.status in (BatchStatus.SEALED, BatchStatus.SCATTERING)
    assert svc.repo.get_batch(batch_id).total_files == 1
    assert svc.workflow.start_calls == 0


def test_a_seal_after_every_file_is_processed_starts_from_dynamodb_without_the_barrier(svc):
    batch_id = _open(svc)
    view, _ = _upload(svc, batch_id, 1000)
    record = svc.repo.get_file(batch_id, view.file_id)
    svc.repo.save_file_status(record, record.transition(FileStatus.FAILED, error="corrupt"))
    svc.barrier.unavailable = True

    svc.seal(VEHICLE, batch_id)

    assert list(svc.workflow.executions) == [batch_id]
    assert svc.barrier.calls == 0


def test_a_vehicle_cannot_touch_another_vehicles_batch(svc):
    batch_id = _open(svc)
    intruder = Principal(role="vehicle", subject="veh-2")
    with pytest.raises(Forbidden):
        svc.add_file(intruder, batch_id, AddFileRequest(name="x", size=1))
    with pytest.raises(Forbidden):
        svc.seal(intruder, batch_id)
    with pytest.raises(Forbidden):
        svc.create_batch(intruder, CreateBatchRequest(vehicle_id="veh-1", vin=VIN))


def test_unknown_batches_and_files_are_not_found(svc):
    with pytest.raises(NotFound):
        svc.add_file(VEHICLE, "b_missing", AddFileRequest(name="x", size=1))
    batch_id = _open(svc)
    with pytest.raises(NotFound):
        svc.describe_file(VEHICLE, batch_id, "f_missing")


def test_resume_lists_received_parts_and_urls_only_for_missing_ones(svc):
    batch_id = _open(svc)
    view = svc.add_file(VEHICLE, batch_id, AddFileRequest(name="a", size=11 * MiB))
    svc.store.upload_part(view.upload_id, 2, b"x" * 5 * MiB)
    resumed = svc.describe_file(VEHICLE, batch_id, view.file_id)
    assert [p.number for p in resumed.received] == [2]
    assert [p.number for p in resumed.parts] == [1, 3]


def test_aborting_removes_the_file_from_the_sealed_set(svc):
    batch_id = _open(svc)
    _upload(svc, batch_id, 1000)
    view, _ = _upload(svc, batch_id, 1000, complete=False)
    svc.abort_file(VEHICLE, batch_id, view.file_id)
    assert svc.seal(VEHICLE, batch_id).total_files == 1
    assert view.upload_id in svc.store.aborted


def test_a_part_smaller_than_5_mib_before_the_last_is_refused_and_the_upload_stays_open(svc):
    batch_id = _open(svc)
    view = svc.add_file(VEHICLE, batch_id, AddFileRequest(name="a.log", size=6 * MiB))
    first = svc.store.upload_part(view.upload_id, 1, b"a" * MiB)
    second = svc.store.upload_part(view.upload_id, 2, b"b" * 5 * MiB)
    request = CompleteFileRequest.model_validate(
        {"parts": [{"number": 1, "etag": first}, {"number": 2, "etag": second}]}
    )
    with pytest.raises(PartsInvalid) as err:
        svc.complete_file(VEHICLE, batch_id, view.file_id, request)
    assert err.value.details["parts"] == [1]
    assert svc.repo.get_file(batch_id, view.file_id).status is FileStatus.UPLOADING


def test_completing_again_after_s3_finished_but_the_response_was_lost_succeeds(svc):
    batch_id = _open(svc)
    view, etags = _upload(svc, batch_id, 6 * MiB, complete=False)
    # The first attempt completed the upload in S3, then died before recording it.
    svc.store.complete_multipart(
        f"raw/{batch_id}/{view.file_id}", view.upload_id, [(p["number"], p["etag"]) for p in etags]
    )
    done = svc.complete_file(VEHICLE, batch_id, view.file_id, CompleteFileRequest.model_validate({"parts": etags}))
    assert done.status is FileStatus.UPLOADED


def test_completing_an_upload_that_vanished_without_an_object_is_a_conflict(svc):
    batch_id = _open(svc)
    view, etags = _upload(svc, batch_id, 1000, complete=False)
    svc.store.abort_multipart(f"raw/{batch_id}/{view.file_id}", view.upload_id)  # e.g. the bucket's lifecycle rule
    with pytest.raises(Conflict):
        svc.complete_file(VEHICLE, batch_id, view.file_id, CompleteFileRequest.model_validate({"parts": etags}))


def test_a_vin_belongs_to_the_first_vehicle_that_claims_it(svc):
    # Given veh-1 opened a batch under its VIN
    _open(svc)
    intruder = Principal(role="vehicle", subject="veh-x")
    # When another vehicle claims the same VIN
    with pytest.raises(VinBoundToAnotherVehicle) as err:
        svc.create_batch(intruder, CreateBatchRequest(vehicle_id="veh-x", vin=VIN))
    # Then it is a 403 with its own code, and nothing was created for it
    assert err.value.http_status == 403 and err.value.code == "vin_bound_to_another_vehicle"
    assert [b.vehicle_id for b in svc.repo.list_batches_by_vin(VIN)] == ["veh-1"]
    _open(svc)  # the owner keeps using it


def test_ops_bind_a_vehicle_ahead_of_its_first_batch_and_revoke_it(svc):
    ops = Principal(role="engineer", subject="ops")
    bound = svc.register_vehicle(ops, RegisterVehicleRequest(vehicle_id="veh-7", vin="WVWZZZ1JZXW000007"))
    assert (bound.vehicle_id, bound.vin, bound.token_version) == ("veh-7", "WVWZZZ1JZXW000007", 0)
    with pytest.raises(VinBoundToAnotherVehicle):
        svc.create_batch(VEHICLE, CreateBatchRequest(vehicle_id="veh-1", vin="WVWZZZ1JZXW000007"))
    assert svc.revoke_vehicle(ops, "veh-7").token_version == 1
    with pytest.raises(Forbidden):
        svc.register_vehicle(VEHICLE, RegisterVehicleRequest(vehicle_id="veh-1", vin=VIN))
