from functions.core.domain.batch import FileStatus
from functions.core.domain.contracts import MAX_TEMPLATES, Severity
from functions.diagnose.gather import merge_summaries
from tests.unit.diagnose.builders import batch, code, file_summary, record, tpl


def test_merges_counts_codes_and_spread_across_files():
    # Given two files that share a template and a DTC
    a = file_summary("f_a", [tpl("cell over-temperature <*>", 10, file_id="f_a")], [code("P0A80", 2, file_id="f_a")])
    b = file_summary("f_b", [tpl("cell over-temperature <*>", 5, file_id="f_b")], [code("P0A80", 1, file_id="f_b")])

    # When they are merged
    merged = merge_summaries(batch(), [record("f_a"), record("f_b")], {"f_a": a, "f_b": b})

    # Then counts add up, the code lists both files, and totals are summed
    assert merged.templates[0].count == 15
    assert merged.codes[0].count == 3
    assert merged.code_files["P0A80"] == ["f_a", "f_b"]
    assert merged.total_lines == 2000
    assert merged.severity_counts[Severity.ERROR] == 15
    assert merged.templates[0].sample.file_name == "f_a.log"


def test_failed_and_missing_files_are_reported_failed_with_a_reason():
    # Given one parsed file, one the parser failed, and one whose summary never arrived
    ok = file_summary("f_ok", [tpl("x", 1)])
    bad = file_summary("f_bad", error="unreadable dlt file: truncated")
    files = [record("f_ok"), record("f_bad", status=FileStatus.FAILED, error="unreadable dlt file: truncated"),
             record("f_lost")]

    # When merged
    merged = merge_summaries(batch(), files, {"f_ok": ok, "f_bad": bad})

    # Then each file has an outcome and only the parsed one contributes
    outcome = {f.file_id: f for f in merged.files}
    assert outcome["f_ok"].status == "parsed"
    assert outcome["f_bad"].status == "failed" and "truncated" in outcome["f_bad"].error
    assert outcome["f_lost"].status == "failed" and outcome["f_lost"].error
    assert merged.total_lines == 1000


def test_output_is_bounded_and_keeps_the_most_severe():
    # Given three files with 400 distinct templates each, one critical line among them
    summaries = {}
    for n in range(3):
        templates = [tpl(f"event {n}-{i} <*>", 1000 - i, Severity.INFO) for i in range(400)]
        if n == 2:
            templates.append(tpl("thermal runaway suspected", 1, Severity.CRITICAL))
        summaries[f"f_{n}"] = file_summary(f"f_{n}", templates)

    # When merged
    merged = merge_summaries(batch(), [record(f) for f in summaries], summaries)

    # Then the list is capped, the overflow counted, and the rare critical line kept first
    assert len(merged.templates) == MAX_TEMPLATES
    assert merged.templates_overflow == 1201 - MAX_TEMPLATES
    assert merged.templates[0].template == "thermal runaway suspected"
