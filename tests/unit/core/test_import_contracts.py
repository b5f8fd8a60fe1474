"""The layers' import contracts ([tool.importlinter] in pyproject.toml) hold, and they do break on a
deliberate violation: each case copies the ``functions`` package to a temporary folder, adds one
import that crosses a layer, and runs ``lint-imports`` on the copy."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("importlinter", reason="install the dev extras (make install) for lint-imports")

REPO = Path(__file__).resolve().parents[3]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _lint_copy(tmp_path: Path, bad_import: tuple[str, str] | None, *contracts: str) -> subprocess.CompletedProcess:
    shutil.copytree(REPO / "functions", tmp_path / "functions", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    if bad_import is not None:
        module, line = bad_import
        target = tmp_path / Path(*module.split(".")).with_suffix(".py")
        target.write_text(target.read_text() + f"\n{line}\n")
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-logo", "--no-cache", *(a for c in contracts for a in ("--contract", c))],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )


def test_the_layout_keeps_every_contract(tmp_path):
    # Given the code as it is; When the contracts are checked; Then all hold
    result = _lint_copy(tmp_path, None)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        ("functions.core.domain.batch", "import functions.adapters.s3", "domain"),
        ("functions.core.domain.keys", "import redis", "domain"),
        ("functions.core.app.sweeper", "import functions.ingest.handler", "core"),
        ("functions.http.api", "from functions.adapters.dynamodb import DynamoBatchRepository", "http"),
        ("functions.query.service", "from functions import bootstrap", "services"),
        ("functions.parse.service", "from functions.settings import ParseSettings", "services"),
    ],
)
def test_a_crossing_import_breaks_its_contract(tmp_path, module, line, contract):
    # Given one import that crosses a layer; When that layer's contract is checked on the copy
    result = _lint_copy(tmp_path, (module, line), contract)
    # Then lint-imports fails and names the import that crossed
    assert result.returncode != 0, result.stdout
    assert "1 broken" in result.stdout and f"{module} ->" in result.stdout, result.stdout
