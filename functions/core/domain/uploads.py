"""Upload rules: S3 multipart limits and how a file of a given size is cut into parts."""

from __future__ import annotations

import math

from functions.core.domain.errors import ValidationFailed

MiB = 1024 * 1024
GiB = 1024 * MiB
MIN_PART_SIZE = 5 * MiB  # S3's floor for every part but the last
MAX_PARTS = 10_000  # S3's ceiling on parts per upload
DEFAULT_PART_SIZE = 8 * MiB
# Lifetime of a presigned part URL: a vehicle that needs longer asks for fresh URLs (resume).
DEFAULT_URL_EXPIRY_S = 3600
MAX_FILE_SIZE = 5 * 1024 * GiB  # S3's largest object
MAX_FILES_PER_BATCH = 1_000


def part_size_for(size: int, preferred: int = DEFAULT_PART_SIZE) -> int:
    """Smallest part size >= ``preferred`` (and >= 5 MiB) that fits ``size`` into 10,000 parts.

    Rounded up to a whole MiB so every client computes the same boundaries.
    """
    if size < 0 or size > MAX_FILE_SIZE:
        raise ValidationFailed(f"size must be between 0 and {MAX_FILE_SIZE} bytes", details={"field": "size"})
    needed = math.ceil(size / MAX_PARTS) if size else 0
    part = max(preferred, MIN_PART_SIZE, needed)
    return math.ceil(part / MiB) * MiB


def part_count(size: int, part_size: int) -> int:
    return max(1, math.ceil(size / part_size))


def part_length(size: int, part_size: int, number: int) -> int:
    """Bytes part ``number`` (1-based) must hold: the presigned URL signs exactly this Content-Length."""
    return max(0, min(part_size, size - (number - 1) * part_size))
