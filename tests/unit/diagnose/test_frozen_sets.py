"""The frozen labelled sets (bench/data/diagnose/<set>) are exactly what their writers committed:
every file matches MANIFEST.sha256 and nothing was added. A set that is absent skips (the held-out
set lives outside the project until the lead measures it)."""

import hashlib
import json
from pathlib import Path

import pytest

from functions.core.domain.taxonomy import CATEGORY_OF, Category

DATA = Path(__file__).resolve().parents[3] / "bench" / "data" / "diagnose"


@pytest.mark.parametrize(
    "name",
    ["tuning", "tuning2", "tuning3", "tuning4", "tuning5", "tuning6", "tuning7", "tuning8",
     "tuning9", "tuning10", "tuning11", "tuning12", "tuning13", "tuning14", "tuning15",
     "tuning16", "tuningH", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9"],
)
def test_a_frozen_set_matches_its_manifest(name):
    root = DATA / name
    manifest = root / "MANIFEST.sha256"
    if not manifest.is_file():
        pytest.skip(f"{root} is absent; copy the set there to check it")
    listed = {}
    for line in manifest.read_text().splitlines():
        if line.strip():
            digest, path = line.split(maxsplit=1)
            listed[path.strip()] = digest
    present = {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()} - {"MANIFEST.sha256", "DONE"}
    assert present == set(listed) - {"DONE"}, "files added to or missing from the frozen set"
    for path, digest in listed.items():
        assert hashlib.sha256((root / path).read_bytes()).hexdigest() == digest, f"{path} changed"
    # And its labels speak the taxonomy
    for item in json.loads((root / "labels.json").read_text()):
        assert item["category"] in {c.value for c in Category}
        assert CATEGORY_OF[item["subsystem"]].value == item["category"]
