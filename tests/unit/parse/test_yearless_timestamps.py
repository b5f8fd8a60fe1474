"""Year-less timestamps (syslog) land in the most recent year not after the file's upload time."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from functions.parse.summarize import summarize_stream
from functions.parse.timestamps import learn_layout, to_datetime

SYSLOG = [
    b"Oct 14 10:00:01 ecu kernel: boot",
    b"Dec 31 23:59:59 ecu kernel: last second of the year",
    b"Jan  2 08:00:00 ecu kernel: new year",
    b"Feb 20 12:00:00 ecu kernel: before upload",
]


def test_a_log_over_new_year_uploaded_in_spring_ends_before_its_upload() -> None:
    # Given a syslog from October to February, uploaded on 1 March 2026
    layout = learn_layout(SYSLOG, not_after=datetime(2026, 3, 1, tzinfo=UTC))
    assert layout is not None and layout.name == "syslog"
    # When its stamps are read, Then the autumn lines are 2025 and the winter ones 2026
    years = [to_datetime(layout.extract(line)).year for line in SYSLOG]
    assert years == [2025, 2025, 2026, 2026]


def test_no_stamp_is_placed_after_the_upload() -> None:
    uploaded = datetime(2026, 6, 1, tzinfo=UTC)
    layout = learn_layout([b"Jun  3 10:00:00 host a", b"May 30 10:00:00 host b"], not_after=uploaded)
    assert layout is not None
    # June 3 is after the upload (beyond a day of clock slack): it must be last year's June 3.
    assert to_datetime(layout.extract(b"Jun  3 10:00:00 host a")) == datetime(2025, 6, 3, 10, tzinfo=UTC)
    assert to_datetime(layout.extract(b"May 30 10:00:00 host b")) == datetime(2026, 5, 30, 10, tzinfo=UTC)
    # A zone-less stamp a few hours past the upload is a local clock ahead of UTC, not last year.
    assert to_datetime(layout.extract(b"Jun  1 09:00:00 host c")).year == 2026


def test_a_stamp_that_carries_its_year_keeps_it() -> None:
    layout = learn_layout([b"Dec 24 10:00:00 2030 host a"] * 3, not_after=datetime(2026, 1, 1, tzinfo=UTC))
    assert layout is not None
    assert to_datetime(layout.extract(b"Dec 24 10:00:00 2030 host a")).year == 2030


def test_the_parse_entry_point_takes_the_upload_time() -> None:
    body = b"\n".join(line.replace(b"ecu", b"ecu error") for line in SYSLOG * 20) + b"\n"
    summary = summarize_stream(
        io.BytesIO(body), batch_id="b", file_id="f", uploaded_at=datetime(2026, 3, 1, tzinfo=UTC)
    )
    assert summary.time_range is not None
    assert summary.time_range.start.year == 2025
    assert summary.time_range.end <= datetime(2026, 3, 1, tzinfo=UTC)
