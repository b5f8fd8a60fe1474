"""cdk-nag AwsSolutions: no open finding; every acknowledged one is deliberate and explained."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.infra

# Changing this set is a security decision: add the reason in infra/nag.py and docs/decisions.md.
EXPECTED_ACKNOWLEDGED_RULES = {
    "AwsSolutions-L1",
    "AwsSolutions-IAM5[Resource::*]",
    "AwsSolutions-IAM5[Resource::<StorageLogs2A2D4D26.Arn>/raw/*]",
    "AwsSolutions-IAM5[Resource::<StorageLogs2A2D4D26.Arn>/summaries/*]",
    "AwsSolutions-IAM5[Resource::<StorageLogs2A2D4D26.Arn>/partials/*]",
    "AwsSolutions-IAM5[Resource::<StorageLogs2A2D4D26.Arn>/reports/*]",
    "AwsSolutions-IAM5[Resource::<StorageLogs2A2D4D26.Arn>/pages/*]",
    "AwsSolutions-IAM5[Resource::<StorageLogs2A2D4D26.Arn>/analytics/batches/*]",
    "AwsSolutions-COG4",
    "AwsSolutions-APIG3",
    "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs]",
    "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]",
    "AwsSolutions-AEC6",
}


def _aws_solutions(synthesized) -> dict:
    reports = [p for p in synthesized.report.get("pluginReports", []) if p["pluginName"] == "AwsSolutions"]
    assert len(reports) == 1, "cdk-nag's AwsSolutions pack did not run"
    return reports[0]


def test_synth_passes_cdk_nag_with_no_unacknowledged_finding(synthesized):
    report = _aws_solutions(synthesized)
    open_findings = [
        (v["ruleName"], c["constructPath"]) for v in report["violations"] for c in v["violatingConstructs"]
    ]
    assert open_findings == []
    assert report["conclusion"] == "success"
    assert synthesized.error is None


def test_every_acknowledgment_carries_a_real_reason(synthesized):
    for suppressed in _aws_solutions(synthesized)["suppressedViolations"]:
        reason = suppressed.get("reason", "")
        assert len(reason) >= 60, (suppressed["ruleName"], reason)


def test_the_acknowledged_rules_are_exactly_the_reviewed_ones(synthesized):
    acknowledged = {s["ruleName"] for s in _aws_solutions(synthesized)["suppressedViolations"]}
    assert acknowledged == EXPECTED_ACKNOWLEDGED_RULES
