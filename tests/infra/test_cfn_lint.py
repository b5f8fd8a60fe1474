"""cfn-lint on the synthesized template."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.infra

# W3005 (a DependsOn already implied by a GetAtt) is how CDK writes templates, not a defect.
IGNORED = ["W3005"]


def test_template_passes_cfn_lint(synthesized):
    from cfnlint.api import ManualArgs, lint_file

    # Given the synthesized template / When cfn-lint checks it in every commercial region we target
    matches = lint_file(
        synthesized.template_path,
        config=ManualArgs(regions=["us-east-1", "eu-west-1"], ignore_checks=IGNORED),
    )
    # Then it reports nothing
    assert [f"{m.rule.id} {m.message} ({m.path})" for m in matches] == []
