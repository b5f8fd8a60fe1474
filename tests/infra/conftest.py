"""Synthesize the CDK app once per test session, shared by every xdist worker.

The synth (jsii start-up plus cdk-nag) costs ~20 s, so the first worker to get here does it under a
file lock and writes the cloud assembly into the session's shared temp root; the others read it.
The stack gets its code from a staged copy of the ``functions`` source tree (no vendored
dependencies), so nothing here needs the network or pip.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
# jsii reads these when it starts (first aws_cdk import): keep its cache out of the home directory.
os.environ.setdefault("JSII_RUNTIME_PACKAGE_CACHE_ROOT", str(REPO_ROOT / "build" / ".cache" / "jsii"))
os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")

STACK_NAME = "ArgusOta"


@dataclass(frozen=True)
class Synthesized:
    outdir: Path
    template: dict[str, Any]
    report: dict[str, Any]
    error: str | None

    @property
    def template_path(self) -> Path:
        return self.outdir / f"{STACK_NAME}.template.json"

    def resources(self, type_name: str) -> dict[str, dict[str, Any]]:
        return {k: v for k, v in self.template["Resources"].items() if v["Type"] == type_name}


def cdk_json_context() -> dict[str, Any]:
    return json.loads((REPO_ROOT / "cdk.json").read_text(encoding="utf-8"))["context"]


def _synthesize(target: Path) -> None:
    from infra.app import build_app
    from infra.assets import SourceAssets, copy_function_sources

    stage = target / "stage"
    copy_function_sources(stage)
    outdir = target / "cdk.out"
    app, _ = build_app(SourceAssets(stage), context=cdk_json_context(), outdir=str(outdir))
    error = None
    try:
        app.synth()
    except RuntimeError as exc:  # cdk-nag findings surface as "ValidationFailed"; the report says which
        error = str(exc)
    (target / "status.json").write_text(json.dumps({"error": error}), encoding="utf-8")


def _load(target: Path) -> Synthesized:
    outdir = target / "cdk.out"
    status = json.loads((target / "status.json").read_text(encoding="utf-8"))
    report_path = outdir / "validation-report.json"
    return Synthesized(
        outdir=outdir,
        template=json.loads((outdir / f"{STACK_NAME}.template.json").read_text(encoding="utf-8")),
        report=json.loads(report_path.read_text(encoding="utf-8")) if report_path.is_file() else {},
        error=status["error"],
    )


@pytest.fixture(scope="session")
def synthesized(tmp_path_factory: pytest.TempPathFactory) -> Synthesized:
    if shutil.which("node") is None:
        pytest.skip("the CDK app needs Node.js (jsii) to synthesize")
    if not os.environ.get("PYTEST_XDIST_WORKER"):  # not under xdist
        target = tmp_path_factory.mktemp("infra-synth")
        _synthesize(target)
        return _load(target)
    import fcntl

    shared = tmp_path_factory.getbasetemp().parent / "infra-synth"
    shared.mkdir(exist_ok=True)
    with open(shared.parent / "infra-synth.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (shared / "status.json").is_file():
            _synthesize(shared)
    return _load(shared)


@pytest.fixture(scope="session")
def template(synthesized: Synthesized):
    from aws_cdk.assertions import Template

    return Template.from_json(synthesized.template)
