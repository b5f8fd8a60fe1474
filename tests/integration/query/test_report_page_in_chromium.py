"""The report page as a browser renders it: a real headless Chromium, the page from a file."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from functions.core.domain.batch import BatchStatus
from functions.core.domain.contracts import Severity, SeverityTimeline
from functions.query.report_html import render_report
from tests.browser.chromium import render
from tests.unit.query.builders import make_batch, make_report

pytestmark = pytest.mark.integration
SELECTORS = ["#chart-timeline rect.cell", "#chart-severity rect.bar", "#chart-codes rect.bar", "#root-cause-moment"]


def test_the_page_renders_its_charts_with_data_and_no_console_errors(tmp_path):
    from tests.fakes.memory import InMemoryBatchRepository

    # Given a report with a rare critical burst beside many info lines, and a timeline per file
    batch = make_batch(InMemoryBatchRepository(), BatchStatus.COMPLETED)
    report = make_report(batch)
    start = datetime(2026, 11, 27, 11, 0, tzinfo=UTC)
    report.severity_counts = {Severity.INFO: 11_800_000, Severity.CRITICAL: 3}
    report.timelines = [
        SeverityTimeline(
            file_id="f_parsed",
            file_name="syslog.txt",
            start=start,
            bucket_seconds=60,
            counts={Severity.INFO: [1000] * 60, Severity.ERROR: [0] * 41 + [12] + [0] * 18},
        )
    ]
    report.diagnosis.evidence[0].timestamp = datetime(2026, 11, 27, 11, 41, 30, tzinfo=UTC)
    page = tmp_path / "report.html"
    page.write_text(render_report(report), encoding="utf-8")
    # When Chromium opens it
    seen = render(page.as_uri(), SELECTORS, screenshot=str(tmp_path / "report.png"))
    # Then every chart has data, the root-cause moment is marked, and nothing went wrong
    assert seen.console_errors == []
    assert seen.title.startswith("Argus report")
    assert seen.counts["#chart-timeline rect.cell"] == 61
    assert seen.counts["#chart-severity rect.bar"] == 2
    assert seen.counts["#chart-codes rect.bar"] == 1
    assert seen.counts["#root-cause-moment"] == 1
