"""Where the benchmarks find the real sample data: ``$ARGUS_DATA_DIR``, else ``../shared/data`` next
to the repository. One place, so every benchmark says the same thing when the data is missing."""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA_DIR = REPO.parent / "shared" / "data"
DATA_DIR = Path(os.environ.get("ARGUS_DATA_DIR") or DEFAULT_DATA_DIR).expanduser()
SKIP_MARK = "SKIPPED"  # `make bench-quick` collects the lines that start with it


def require(what: Path, needs: str = "the Loghub-2k sets (loghub2k/<System>/<System>_2k.log*)") -> bool:
    """True when ``what`` exists; otherwise say what was skipped and how to run it."""
    if what.exists():
        return True
    bench = Path(sys.argv[0]).name or "benchmark"
    print(
        f"{SKIP_MARK} {bench}: {what} not found. It needs {needs} under ARGUS_DATA_DIR "
        f"(now {DATA_DIR}); run it with `ARGUS_DATA_DIR=/path/to/data make bench-quick`."
    )
    return False
