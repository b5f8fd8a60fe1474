"""Shared data helpers for the parse benchmarks (run directly, it describes the data it finds).

The benchmarks read real logs from ``$ARGUS_DATA_DIR`` (default ``../shared/data`` next to the
repository, see ``data_dir.py``) and skip cleanly, saying how to run them, when it is absent;
nothing from there is copied into the project.
"""

from __future__ import annotations

import csv
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from data_dir import DATA_DIR as DATA
from data_dir import REPO, require

LOGHUB = DATA / "loghub2k"
SYSTEMS = ("HDFS", "Hadoop", "Spark", "Zookeeper", "BGL", "HPC", "Linux", "Apache")
# Drain's published grouping accuracy on these sets (Zhu et al., ICSE-SEIP 2019; logparser docs).
DRAIN_PUBLISHED = {
    "HDFS": 0.998,
    "Hadoop": 0.948,
    "Spark": 0.920,
    "Zookeeper": 0.967,
    "BGL": 0.963,
    "HPC": 0.887,
    "Linux": 0.690,
    "Apache": 1.000,
}

sys.path.insert(0, str(REPO))


def require_data(what: Path = LOGHUB) -> bool:
    return require(what)


def log_path(system: str) -> Path:
    return LOGHUB / system / f"{system}_2k.log"


def raw_lines(path: Path) -> list[bytes]:
    """The file's lines as bytes, CR of CRLF removed, no trailing empty line."""
    lines = path.read_bytes().split(b"\n")
    if lines and lines[-1] == b"":
        lines.pop()
    return [ln[:-1] if ln.endswith(b"\r") else ln for ln in lines]


def ground_truth(system: str) -> list[str]:
    path = LOGHUB / system / f"{system}_2k.log_structured_corrected.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return [row["EventTemplate"] for row in csv.DictReader(fh)]


def grouping_accuracy(predicted: list, truth: list) -> float:
    """Standard GA: a line is correct when its predicted group's line set equals its true group's."""
    by_truth: dict[object, list[int]] = {}
    by_pred: dict[object, int] = {}
    for i, (p, t) in enumerate(zip(predicted, truth, strict=True)):
        by_truth.setdefault(t, []).append(i)
        by_pred[p] = by_pred.get(p, 0) + 1
    correct = 0
    for idx in by_truth.values():
        preds = {predicted[i] for i in idx}
        if len(preds) == 1 and by_pred[next(iter(preds))] == len(idx):
            correct += len(idx)
    return correct / len(truth)


_RUNS_OF_WILDCARDS = re.compile(r"<\*>(?:\s*<\*>)+")
_SPACES = re.compile(r"\s+")


def normalise_template(template: str) -> str:
    """The usual PA normalisation (Khan et al. 2022, Loghub-2.0): whitespace runs become one space and
    adjacent wildcards (``<*> <*>``, ``<*><*>``) become one, on both sides of the comparison."""
    return _RUNS_OF_WILDCARDS.sub("<*>", _SPACES.sub(" ", template.strip()))


def parsing_accuracy(predicted_templates: list[str], truth: list[str]) -> float:
    """PA: the share of lines whose template text is exactly right after ``normalise_template``."""
    pairs = zip(predicted_templates, truth, strict=True)
    ok = sum(1 for p, t in pairs if normalise_template(p) == normalise_template(t))
    return ok / len(truth)


def f1_grouping(predicted: list, truth: list) -> float:
    """FGA: F1 of group precision and recall, a group counting when its line set equals a true group's."""
    true_sets: dict[object, list[int]] = {}
    pred_sets: dict[object, list[int]] = {}
    for i, (p, t) in enumerate(zip(predicted, truth, strict=True)):
        true_sets.setdefault(t, []).append(i)
        pred_sets.setdefault(p, []).append(i)
    truth_keys = {tuple(v) for v in true_sets.values()}
    correct = sum(1 for v in pred_sets.values() if tuple(v) in truth_keys)
    if not correct:
        return 0.0
    precision, recall = correct / len(pred_sets), correct / len(true_sets)
    return 2 * precision * recall / (precision + recall)


_DIGITS = re.compile(rb"\d+")


def real_shaped_lines(n: int, seed: int = 7) -> Iterator[bytes]:
    """``n`` lines cycling through the 8 Loghub-2k logs, every number outside the timestamp redrawn.

    Redrawn numbers keep their digit count, so the lines look like more of the same logs (new block
    ids, pids, sizes, addresses) rather than copies of the 16,000 originals.
    """
    from functions.parse.timestamps import learn_layout

    rnd = random.Random(seed)

    def redraw(m: re.Match[bytes]) -> bytes:
        s = m.group(0)
        low = 10 ** (len(s) - 1) if len(s) > 1 else 0
        return str(rnd.randrange(low, 10 ** len(s))).encode()

    sources = []
    for system in SYSTEMS:
        lines = [ln for ln in raw_lines(log_path(system)) if ln.strip()]
        layout = learn_layout(lines)
        sources.append((lines, layout))
    for i in range(n):
        lines, layout = sources[(i // 1000) % len(sources)]  # runs of 1,000 lines per system
        line = lines[(i * 7919) % len(lines)]
        cut = 0
        if layout is not None:
            m = layout._search(line, 0, 120)  # keep the timestamp valid: redraw after it
            cut = m.end() if m else 0
        yield line[:cut] + _DIGITS.sub(redraw, line[cut:])


def drain3_miner():
    """Drain3 with its default settings plus masks for IPs, hex and numbers (its documented example)."""
    from drain3 import TemplateMiner
    from drain3.masking import MaskingInstruction
    from drain3.template_miner_config import TemplateMinerConfig

    config = TemplateMinerConfig()
    config.profiling_enabled = False
    config.masking_instructions = [
        MaskingInstruction(r"((?<=[^A-Za-z0-9])|^)(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})((?=[^A-Za-z0-9])|$)", "IP"),
        MaskingInstruction(r"((?<=[^A-Za-z0-9])|^)(0x[a-fA-F0-9]+)((?=[^A-Za-z0-9])|$)", "HEX"),
        MaskingInstruction(r"((?<=[^A-Za-z0-9])|^)([\-\+]?\d+)((?=[^A-Za-z0-9])|$)", "NUM"),
    ]
    return TemplateMiner(config=config)


if __name__ == "__main__":
    if require_data():
        for system in SYSTEMS:
            print(f"{system:10s} {len(raw_lines(log_path(system))):6d} lines  {log_path(system)}")
