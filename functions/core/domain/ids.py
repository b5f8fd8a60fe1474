"""Identifiers: VINs, vehicle ids, and the server-made batch and file ids (shape and making)."""

from __future__ import annotations

import re
import secrets

from functions.core.domain.errors import ValidationFailed

VIN_PATTERN = re.compile(r"^[A-HJ-NPR-Z0-9]{17}$")
BATCH_ID_PATTERN = re.compile(r"^b_[0-9a-f]{20}$")  # what new_id("b") makes
FILE_ID_PATTERN = re.compile(r"^f_[0-9a-f]{20}$")
VEHICLE_ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$")


def new_id(prefix: str) -> str:
    """Server-generated, URL-safe, unguessable identifier (``b_…`` for batches, ``f_…`` for files)."""
    return f"{prefix}_{secrets.token_hex(10)}"


def validate_vin(vin: str) -> str:
    if not VIN_PATTERN.match(vin):
        raise ValidationFailed(
            "vin must be 17 characters: digits and capital letters except I, O and Q",
            details={"field": "vin"},
        )
    return vin


def is_batch_id(value: str) -> bool:
    return bool(BATCH_ID_PATTERN.match(value))


def is_file_id(value: str) -> bool:
    return bool(FILE_ID_PATTERN.match(value))
