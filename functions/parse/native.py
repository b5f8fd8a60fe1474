"""The optional C accelerator of the text path (``native/shapes.c``), or None for the pure path.

Used only when it was built from the source beside it: the build embeds the source's SHA-256, and a
checkout whose ``native/shapes.c`` differs (edited since ``make install``) runs the pure path until
it is rebuilt. Where the source is absent (a Lambda bundle, an installed wheel) the module is used
as built. ``ARGUS_PURE_PYTHON=1`` forces the pure path. Both paths give identical results
(tests/unit/parse/test_native_shapes.py).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from types import ModuleType

SOURCE = Path(__file__).resolve().parents[2] / "native" / "shapes.c"
PURE_ENV = "ARGUS_PURE_PYTHON"


def load() -> ModuleType | None:
    if os.environ.get(PURE_ENV, "") not in ("", "0"):
        return None
    try:
        from functions.parse import _shapes  # type: ignore[attr-defined]
    except ImportError:
        return None
    if SOURCE.is_file() and hashlib.sha256(SOURCE.read_bytes()).hexdigest() != _shapes.SOURCE_SHA256:
        return None  # built from another version of the source
    return _shapes


shapes = load()
