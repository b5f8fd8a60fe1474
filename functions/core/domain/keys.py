"""Every S3 object key and Redis key the platform uses, in one place.

The S3 layout is part of the deployment's contract: the bucket's event notification, lifecycle
rules and each function's IAM grants (``infra/``) are written against these prefixes, so a key is
built here and nowhere else. Redis keys are grouped after them; DynamoDB item keys stay inside the
DynamoDB adapters (they are that adapter's storage layout, seen by no one else).
"""

from __future__ import annotations

from datetime import date

from functions.core.domain.ids import is_batch_id, is_file_id

# ---- S3 ------------------------------------------------------------------------------------------

RAW_PREFIX = "raw/"  # raw/{batch_id}/{file_id}: the uploaded logs (the parse queue's S3 event filter)
SUMMARIES_PREFIX = "summaries/"  # summaries/{batch_id}/…: per-file and per-batch summaries, the diagnosis
REPORTS_PREFIX = "reports/"  # reports/{batch_id}.json: the saved reports (the export function's S3 event filter)
REPORT_PAGES_PREFIX = "pages/"  # rendered report pages; the query role may write and presign only these
PARTIALS_PREFIX = "partials/"  # partial summaries: partials/{batch_id}/{file_id}/{index}.json
ANALYTICS_PREFIX = "analytics/batches/"  # then dt=YYYY-MM-DD/{batch_id}.parquet

def raw_object_key(batch_id: str, file_id: str) -> str:
    return f"{RAW_PREFIX}{batch_id}/{file_id}"


def parse_raw_object_key(key: str) -> tuple[str, str] | None:
    """``raw/{batch_id}/{file_id}`` → (batch_id, file_id); None for any other key."""
    parts = key.split("/")
    if len(parts) != 3 or f"{parts[0]}/" != RAW_PREFIX or not is_batch_id(parts[1]) or not is_file_id(parts[2]):
        return None
    return parts[1], parts[2]


def summary_key(batch_id: str, file_id: str) -> str:
    return f"{SUMMARIES_PREFIX}{batch_id}/{file_id}.json"


def batch_summary_key(batch_id: str) -> str:
    return f"{SUMMARIES_PREFIX}{batch_id}/batch.json"


def diagnosis_key(batch_id: str) -> str:
    return f"{SUMMARIES_PREFIX}{batch_id}/diagnosis.json"


def partial_key(batch_id: str, file_id: str, index: int) -> str:
    return f"{PARTIALS_PREFIX}{batch_id}/{file_id}/{index:05d}.json"


def report_object_key(batch_id: str) -> str:
    return f"{REPORTS_PREFIX}{batch_id}.json"


def is_report_object_key(key: str) -> bool:
    return key.startswith(REPORTS_PREFIX) and key.endswith(".json")


def report_page_key(batch_id: str) -> str:
    return f"{REPORT_PAGES_PREFIX}{batch_id}.html"


def analytics_object_key(batch_id: str, day: date) -> str:
    return f"{ANALYTICS_PREFIX}dt={day.isoformat()}/{batch_id}.parquet"


# ---- Redis ---------------------------------------------------------------------------------------


def report_cache_key(batch_id: str) -> str:
    return f"report:{batch_id}"


def status_cache_key(batch_id: str) -> str:
    return f"batch:{batch_id}:status"


def lease_key(key: str) -> str:
    """The coalescing loader's lease on one cache key."""
    return f"lock:{key}"


def barrier_keys(batch_id: str) -> list[str]:
    """The barrier script's KEYS: processed file ids, the sealed total, the fired flag."""
    # The hash tag {batch_id} keeps a batch's keys in one slot (Valkey cluster / ElastiCache serverless).
    return [
        f"batch:{{{batch_id}}}:processed_files",
        f"batch:{{{batch_id}}}:sealed_total",
        f"batch:{{{batch_id}}}:fired",
    ]
