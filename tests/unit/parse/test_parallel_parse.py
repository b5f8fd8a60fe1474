"""``argus parse`` in worker processes: the merged segments give the single pass's FileSummary."""

from __future__ import annotations

import gzip
import json

from argus import parallel_parse
from argus.parallel_parse import parallel_workers, summarize_parallel
from functions.parse.summarize import summarize_path

from .test_text_summary import _edge_case_logs


def _comparable(summary) -> dict:
    out = json.loads(summary.model_dump_json())
    out["stats"].pop("seconds")
    return out


def test_parallel_segments_give_the_single_pass_summary(tmp_path):
    # Given a text log of several formats, codes, binary and over-long lines, blank lines and CRLF
    data = b"\n".join(_edge_case_logs().values()) + b"\n"
    path = tmp_path / "mixed.log"
    path.write_bytes(data)
    # When it is parsed by 3 worker processes and merged, and in one pass
    parallel = summarize_parallel(path, workers=3, file_id="f")
    single = summarize_path(path, file_id="f")
    # Then the summaries are identical, field for field (and the file did hold codes and templates)
    assert _comparable(parallel) == _comparable(single)
    assert single.codes and len(single.templates) > 5


def test_only_big_plain_text_files_are_parsed_in_parallel(tmp_path, monkeypatch):
    monkeypatch.setattr(parallel_parse, "MIN_PARALLEL_BYTES", 1000)
    text = tmp_path / "a.log"
    text.write_bytes(b"2026-12-01 10:00:00 INFO ok\n" * 100)
    packed = tmp_path / "a.log.gz"
    packed.write_bytes(gzip.compress(text.read_bytes()))
    small = tmp_path / "b.log"
    small.write_bytes(b"2026-12-01 10:00:00 INFO ok\n")
    assert parallel_workers(text, 4) == 4
    assert parallel_workers(text, 1) == 1
    assert parallel_workers(packed, 4) == 1  # one gzip stream cannot be split
    assert parallel_workers(small, 4) == 1
    assert parallel_workers(tmp_path / "missing.log", 4) == 1
