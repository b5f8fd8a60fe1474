"""The batch aggregate, its status machine, and the upload rules (pure; no I/O)."""

import math

import pytest

from functions.core.domain.batch import Batch, BatchStatus, FileRecord, FileStatus
from functions.core.domain.errors import IllegalTransition, ValidationFailed
from functions.core.domain.ids import validate_vin
from functions.core.domain.keys import parse_raw_object_key
from functions.core.domain.uploads import MAX_PARTS, MIN_PART_SIZE, GiB, MiB, part_count, part_size_for

VIN = "WVWZZZ1JZXW000001"
B, F = "b_0123456789abcdef0123", "f_fedcba9876543210fedc"


def test_a_new_batch_is_pending_with_a_server_generated_id():
    batch = Batch.open("veh-1", VIN)
    assert batch.status is BatchStatus.PENDING
    assert batch.batch_id.startswith("b_") and len(batch.batch_id) == 22
    assert batch.object_key("f_x") == f"raw/{batch.batch_id}/f_x"


@pytest.mark.parametrize(
    "vin",
    [
        "WVWZZZ1JZXW00000",
        "WVWZZZ1JZXW0000011",
        "WVWZZZ1JZXW00000I",
        "wvwzzz1jzxw000001",
        "WVWZZZ1JZXW00000O",
        "WVWZZZ1JZXW00000Q",
        "WVWZZZ1JZXW-00001",
    ],
)
def test_a_vin_must_be_17_digits_or_capitals_without_i_o_q(vin):
    with pytest.raises(ValidationFailed) as err:
        validate_vin(vin)
    assert err.value.code == "validation_error"


def test_a_bad_vehicle_id_is_rejected():
    with pytest.raises(ValidationFailed):
        Batch.open("bad id with spaces", VIN)


def test_the_happy_path_walks_every_status_in_order():
    batch = Batch.open("veh-1", VIN)
    for target in ("uploading", "sealed", "scattering", "gathering", "diagnosing", "completed"):
        batch.transition(BatchStatus(target))
    assert batch.status is BatchStatus.COMPLETED and batch.completed_at is not None


@pytest.mark.parametrize(
    ("start", "target"),
    [
        ("pending", "sealed"),
        ("uploading", "gathering"),
        ("completed", "failed"),
        ("failed", "uploading"),
        ("gathering", "completed"),
        ("scattering", "uploading"),
    ],
)
def test_illegal_transitions_raise_a_domain_error(start, target):
    batch = Batch.open("veh-1", VIN).model_copy(update={"status": BatchStatus(start)})
    with pytest.raises(IllegalTransition):
        batch.transition(BatchStatus(target))
    assert batch.status is BatchStatus(start)


def test_failing_records_the_reason():
    batch = Batch.open("veh-1", VIN)
    batch.transition(BatchStatus.FAILED, error="gather: summary missing")
    assert batch.error == "gather: summary missing"


def test_part_size_is_at_least_5_mib_and_fits_a_50_gib_file_in_10000_parts():
    assert part_size_for(1) == 8 * MiB
    assert part_size_for(10, preferred=1) == MIN_PART_SIZE
    size = 50 * GiB
    part = part_size_for(size)
    assert part >= MIN_PART_SIZE and part % MiB == 0
    assert math.ceil(size / part) <= MAX_PARTS
    assert part_count(size, part) <= MAX_PARTS
    assert part_count(0, part) == 1


def test_a_file_record_moves_only_forward():
    record = FileRecord(
        batch_id="b_1",
        file_id="f_1",
        name="a.log",
        size=1,
        object_key="raw/b_1/f_1",
        upload_id="u",
        part_size=MIN_PART_SIZE,
    )
    record.transition(FileStatus.UPLOADED)
    record.transition(FileStatus.FAILED, error="not a log")
    assert record.status.processed and record.error == "not a log"
    with pytest.raises(IllegalTransition):
        record.transition(FileStatus.PARSED)


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        (f"raw/{B}/{F}", (B, F)),
        (f"raw/{B}", None),
        (f"summaries/{B}/{F}", None),
        (f"raw/x/{F}", None),
        (f"raw/{B}/{F}/extra", None),
        ("raw/b_1/f_2", None),  # not the shape the server generates
    ],
)
def test_only_server_generated_upload_keys_are_recognised(key, expected):
    assert parse_raw_object_key(key) == expected
