"""The OpenAPI document matches behaviour: schemathesis sends generated requests to the local cloud
as a vehicle and as an engineer, and every answer must be a documented status with the documented
content type, never a 5xx."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e
DOC = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"


@pytest.mark.parametrize("role,subject", [("vehicle", "veh-fuzz"), ("engineer", "eng-fuzz")])
def test_every_answer_is_documented(cloud, role, subject):
    st = shutil.which("st", path=str(Path(sys.executable).parent)) or shutil.which("st")
    if st is None:
        pytest.skip("schemathesis is not installed (pip install schemathesis; `make install` does it)")
    token = cloud.info.mint_token(role, subject, 600)
    run = subprocess.run(
        [
            st, "run", str(DOC), "--url", cloud.info.api_url, "-H", f"Authorization: Bearer {token}",
            "--checks", "status_code_conformance,not_a_server_error,content_type_conformance",
            "--max-examples", "8", "--phases", "examples,fuzzing", "--seed", "7", "--workers", "1",
        ],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
