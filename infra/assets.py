"""Which code each Lambda function runs, and where that code comes from.

The stack never builds anything: it asks an ``AssetProvider`` for each function's code directory.
``make synth``/``make deploy`` use ``VendoredAssets`` (directories that ``infra.build`` filled with the
``functions`` package plus its dependencies vendored for the Lambda platform); the test suite uses
``SourceAssets`` (one staged copy of the source tree), so a synth needs no network and no pip run.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol

if TYPE_CHECKING:
    # Imported lazily below: starting jsii (a Node process) costs seconds that `infra.build package`
    # does not need.
    from aws_cdk import aws_lambda as lambda_

REPO_ROOT = Path(__file__).resolve().parent.parent
BUILD_DIR = REPO_ROOT / "build" / "lambda"

Bundle = Literal["core", "parse", "diagnose", "analytics"]


@dataclass(frozen=True)
class FunctionSpec:
    name: str
    bundle: Bundle
    description: str
    handler_path: str | None = None  # when the handler is not functions.{name}.handler.lambda_handler

    @property
    def handler(self) -> str:
        return self.handler_path or f"functions.{self.name}.handler.lambda_handler"


# Functions that share dependencies share one bundle (one pip run, one asset upload); the heavy
# format readers go only where they are imported.
FUNCTIONS: tuple[FunctionSpec, ...] = (
    FunctionSpec("ingest", "core", "Vehicle API: batches, presigned multipart uploads, seal"),
    FunctionSpec("parse", "parse", "Streams one uploaded log file and writes its FileSummary"),
    FunctionSpec(
        "segments",
        "parse",
        "Long-file workflow steps: plan byte-range segments, parse one, merge them, fail the file",
        handler_path="functions.parse.segments_handler.lambda_handler",
    ),
    FunctionSpec("barrier", "core", "Counts parsed files per batch and starts the workflow exactly once"),
    FunctionSpec("diagnose", "diagnose", "Workflow steps: gather, diagnose, save report, mark failed"),
    FunctionSpec("query", "core", "Engineer API: batch status and reports, cache-aside with coalesced loads"),
    FunctionSpec("authorizer", "core", "API Gateway Lambda authorizer: tells vehicles and engineers apart"),
    FunctionSpec("sweeper", "core", "Scheduled: fails batches that stopped making progress, with the reason"),
    FunctionSpec("export", "analytics", "A saved report as a Parquet batch summary for Athena (dt= partitions)"),
)

FUNCTIONS_BY_NAME = {spec.name: spec for spec in FUNCTIONS}

# Extras of pyproject.toml each bundle installs on top of the base dependencies.
BUNDLE_EXTRAS: dict[Bundle, tuple[str, ...]] = {
    "core": (),
    "parse": ("parse",),
    "diagnose": ("diagnose",),
    "analytics": ("analytics",),
}


MANIFEST_NAME = "manifest.json"


class AssetProvider(Protocol):
    def code_for(self, spec: FunctionSpec, architecture: str) -> lambda_.Code: ...


class PackagingError(RuntimeError):
    """The build directory does not hold what the stack is about to deploy."""


class VendoredAssets:
    """Code from ``build/lambda/<bundle>``, filled by ``python -m infra.build package``."""

    def __init__(self, build_dir: Path = BUILD_DIR) -> None:
        self.build_dir = build_dir

    def directory(self, spec: FunctionSpec) -> Path:
        return self.build_dir / spec.bundle

    def code_for(self, spec: FunctionSpec, architecture: str) -> lambda_.Code:
        directory = self.directory(spec)
        # Packaging here would make synth download packages; say which command does it instead.
        if not (directory / "functions" / "__init__.py").is_file():
            raise PackagingError(
                f"{directory} is not packaged: run `make package` (python -m infra.build package) before synth/deploy"
            )
        manifest = json.loads((self.build_dir / MANIFEST_NAME).read_text(encoding="utf-8"))
        if manifest.get("architecture") != architecture:
            raise PackagingError(
                f"build/lambda holds {manifest.get('architecture')} wheels but the stack deploys {architecture}: "
                f"run `python -m infra.build package --arch {architecture}`"
            )
        from aws_cdk import aws_lambda as lambda_

        return lambda_.Code.from_asset(str(directory))


class SourceAssets:
    """Every function gets the same staged copy of the ``functions`` package (no dependencies)."""

    def __init__(self, staged_dir: Path) -> None:
        self.staged_dir = staged_dir

    def code_for(self, spec: FunctionSpec, architecture: str) -> lambda_.Code:
        from aws_cdk import aws_lambda as lambda_

        return lambda_.Code.from_asset(str(self.staged_dir))


def copy_function_sources(destination: Path, source_root: Path = REPO_ROOT) -> None:
    """Copy the importable ``functions`` package (code and package data, no caches) into destination.
    Not the optional native text pass built for this machine (``*.so``): it cannot load on the Lambda
    runtime, where the parse runs the pure path with the same results."""
    target = destination / "functions"
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(
        source_root / "functions",
        target,
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".pytest_cache", ".ruff_cache", "*.so"),
    )
