"""What a leak check measures: bytes still allocated from one test file's frames (what a C call allocates is
charged to the Python line that called it), after a collection. The whole process's figure would also count
what the threads other tests left running in the same worker (a local cloud's servers) allocate meanwhile."""

import gc
import tracemalloc


def held_from(path: str) -> int:
    """Bytes traced (``tracemalloc`` must be started) that frames of the file ``path`` still hold."""
    gc.collect()
    mine = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, path)])
    return sum(stat.size for stat in mine.statistics("filename"))
