"""Where moto's behaviour under concurrency differs from AWS in ways the platform relies on, make it
behave like AWS. Applied once per process by :func:`argus.local.cloud.configure_moto`.

DynamoDB: moto's ``TransactWriteItems`` deep-copies every table it touches and, when a transaction
is cancelled (a failed condition — how the platform detects a duplicate delivery), puts the copies
back, silently undoing every write other threads made in between (a seal, another file's status),
and readers can see its partial writes meanwhile. DynamoDB makes each write atomic and a cancelled
transaction changes nothing and shows nothing, so here every operation runs under one process lock.
"""

from __future__ import annotations

import functools
import threading
from typing import Any

_OPERATIONS = (
    "get_item",
    "query",
    "scan",
    "batch_get_item",
    "create_table",
    "delete_table",
    "put_item",
    "update_item",
    "delete_item",
    "transact_write_items",
    "execute_statement",
    "batch_execute_statement",
    "batch_write_item",
)
_lock = threading.RLock()


def make_dynamodb_writes_atomic() -> None:
    from moto.dynamodb.models import DynamoDBBackend

    if getattr(DynamoDBBackend, "_argus_atomic_writes", False):
        return
    for name in _OPERATIONS:
        original = getattr(DynamoDBBackend, name)

        @functools.wraps(original)
        def locked(self: Any, *args: Any, _original: Any = original, **kwargs: Any) -> Any:
            with _lock:
                return _original(self, *args, **kwargs)

        setattr(DynamoDBBackend, name, locked)
    DynamoDBBackend._argus_atomic_writes = True
