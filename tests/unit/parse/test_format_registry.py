"""The one format registry: detection, summarising and segment planning read the same table."""

from __future__ import annotations

import importlib
import io

import pytest

from functions.parse.detect import COMPRESSED, sniff
from functions.parse.detect_structured import CSV_FORMATS
from functions.parse.formats import ReadState
from functions.parse.formats.registry import FORMATS, TEXT, Codec, ModuleReader, Refused, entry, reader_for
from functions.parse.segments import TEXT_SEGMENTS, long_file_format, segmenter_of
from functions.parse.summarize import summarize_stream


def test_every_name_is_listed_once_and_every_reader_module_reads():
    names = [e.name for e in FORMATS]
    assert len(names) == len(set(names))
    for e in FORMATS:
        if isinstance(e, ModuleReader):
            module = importlib.import_module(f"functions.parse.formats.{e.module}")
            assert callable(module.summarize), e.name
    assert set(CSV_FORMATS) <= set(names)  # the structured sniffer names only registered formats
    assert tuple(e.name for e in FORMATS if isinstance(e, Codec)) == COMPRESSED


@pytest.mark.parametrize("e", [e for e in FORMATS if e.magic], ids=lambda e: e.name)
def test_a_registered_magic_is_detected_as_its_format(e):
    for magic in e.magic:
        assert sniff(magic + b"\x00" * 64) == e.name


def test_a_refused_format_fails_with_its_reason():
    refused = entry("sqlite")
    assert isinstance(refused, Refused)
    s = summarize_stream(io.BytesIO(refused.magic[0] + b"\x00" * 100), batch_id="b", file_id="f")
    assert s.error == refused.reason and s.format == "sqlite"


def test_readers_say_how_they_split():
    # plain text and MCAP split into segments; CAN traces and the others never do
    assert reader_for("text") is TEXT and TEXT.segments is TEXT_SEGMENTS
    assert reader_for("mcap").segments is not None
    assert reader_for("blf").segments is None and reader_for("gzip") is None
    assert segmenter_of("zstd+text") is TEXT_SEGMENTS
    with pytest.raises(ValueError):
        segmenter_of("dlt")
    # and the long-file path's format comes from the same table
    assert long_file_format(io.BytesIO(b"2026-11-01 10:00:00 INFO ok\n" * 10)) == "text"
    assert long_file_format(io.BytesIO(b"DLT\x01" + b"\x00" * 100)) is None


def test_a_reader_reports_through_a_typed_state():
    # Given a JSON-lines export with no readable object
    state = ReadState()
    reader = reader_for("jsonl")
    from functions.parse.builder import SummaryBuilder

    builder = SummaryBuilder(batch_id="b", file_id="f")
    reader.read(io.BytesIO(b'{"a": 1\n{"b": 2\n'), builder, fmt="jsonl", max_bytes=None, state=state)
    # Then the error is on the state, and no half-read callback is left behind
    assert state.error and "no JSON object" in state.error and state.finish is None
