"""CDK entry point (``cdk.json``: ``python3 -m infra.app``).

Synthesizes offline: no lookups, no concrete account/region (the stack is environment-agnostic),
no packaging (``infra.build package`` fills build/lambda first). cdk-nag's AwsSolutions pack runs
as a policy-validation plugin, so an unacknowledged finding fails the synth.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from aws_cdk import App, Tags, Validations
from cdk_nag import AwsSolutionsChecks

from infra.assets import AssetProvider, VendoredAssets
from infra.config import ArgusConfig
from infra.stack import ArgusStack

DEFAULT_STACK_NAME = "ArgusOta"


def build_app(
    assets: AssetProvider,
    *,
    context: Mapping[str, Any] | None = None,
    outdir: str | None = None,
    nag: bool = True,
) -> tuple[App, ArgusStack]:
    app = App(context=dict(context or {}), outdir=outdir)
    config = ArgusConfig.from_context(app.node.try_get_context)
    stack_name = app.node.try_get_context("argus:stackName") or DEFAULT_STACK_NAME
    stack = ArgusStack(
        app,
        stack_name,
        assets=assets,
        config=config,
        description="Argus OTA: vehicle log upload, parsing, exactly-once barrier, diagnosis and reports",
    )
    Tags.of(stack).add("project", "argus-ota")
    if nag:
        Validations.of(app).add_plugins(AwsSolutionsChecks(app))
    return app, stack


def main() -> None:
    app, _ = build_app(VendoredAssets())
    app.synth()


if __name__ == "__main__":
    main()
