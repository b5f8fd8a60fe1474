"""Content sniffing for structured text exports, called by :mod:`functions.parse.detect` on text heads.

Each format needs nearly every one of the first lines (``SHARE``) to have its shape, so a plain
log that merely contains a ``{`` or a comma stays on the text path. The last line of a full sniff
window may be cut and is not judged.
"""

from __future__ import annotations

import json
import re

SHARE = 0.8
MAX_LINES = 40

# candump log form, candump console form, diagnostic hex trace lines (the readers use these too)
LOG_LINE = re.compile(
    r"^\s*\(\d+(?:\.\d+)?\)\s+\S+\s+[0-9A-Fa-f]{1,8}#(?:#[0-9A-Fa-f])?(?:[0-9A-Fa-f]{2})*(?:R\d*)?(?:\s+[RTrt])?\s*$"
)
CONSOLE_LINE = re.compile(
    r"^\s*(?:\((?P<ts>[^)]{1,40})\)\s+)?(?P<ch>[A-Za-z][\w-]{0,15})\s+(?P<id>[0-9A-Fa-f]{3}|[0-9A-Fa-f]{8})\s+"
    r"\[(?P<dlc>\d{1,2})\]\s*(?P<data>(?:[0-9A-Fa-f]{2}(?:\s+|$))*|remote request)\s*(?:'.*')?\s*$"
)
_TIME = r"(?:\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?|\d\d:\d\d:\d\d(?:[.,]\d+)?|\d+\.\d+)"
_DIR = r"(?:Tx|Rx|TX|RX|tx|rx|->|<-)"
HEX_LINE = re.compile(
    rf"^\s*\[?(?P<ts>{_TIME})\]?\s+(?:(?P<d1>{_DIR})\s+)?(?:(?P<ch>(?:can|CAN|vcan|ch|CH)\d+)\s+)?"
    r"(?P<id>(?:0x)?[0-9A-Fa-f]{2,8})h?(?:\s*->\s*(?P<to>(?:0x)?[0-9A-Fa-f]{2,8})h?)?"
    r"(?:\s+(?P<d2>" + _DIR + r"))?\s*(?:\[\d{1,2}\]|\d(?=\s))?\s*:?\s+"
    r"(?P<data>[0-9A-Fa-f]{2}(?:[\s,]+[0-9A-Fa-f]{2})*)\s*$"
)

# format name → CSV delimiter (the reader picks it from the name)
CSV_FORMATS = {"csv": ",", "tsv": "\t", "csv-semicolon": ";", "csv-pipe": "|"}
_HEADER_CELL = re.compile(r"^[A-Za-z_@#%][^\"'=]{0,63}$")
_DATEISH = re.compile(r"^\d{4}-\d\d-\d\d|^\d\d:\d\d:\d\d|^[A-Z][a-z]{2} +\d")
_NUMBER = re.compile(r"^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$")
_LEVEL_OR_MESSAGE = re.compile(r"(?i)^(?:level|severity|lvl|sev|priority|msg|message|text|event)$")
_YAML_LINE = re.compile(r"^(?:---|\.\.\.)\s*$|^\s*[\w./@-]+:(?:\s.*)?$|^\s*- \S")
_PB_OPEN = re.compile(r"^\s*[\w.\[\]]+\s*:?\s*[{<]")
_PB_CLOSE = re.compile(r"^\s*(?:[}>]\s*)+$")
_PB_LINE = re.compile(r"^\s*(?:[}>]\s*)+$|^\s*[\w.\[\]]+\s*(?::\s*\S.*|:?\s*[{<].*)$")


def _enough(matches: int, n: int) -> bool:
    return matches >= min(n, 2) and matches >= SHARE * n


def structured_kind(lines: list[str], partial: str | None = None) -> str | None:
    """The structured format of these first lines (stripped of line ends, may include blanks), or None.

    ``partial``: the cut last line of a full sniff window. When no whole line fits in the window, a
    first record that opens a JSON object with a key is enough for JSON lines (big records exist).
    """
    body = [ln for ln in lines if ln.strip()][:MAX_LINES]
    if not body:
        if partial is not None and re.match(r'\s*\{\s*"[^"\n]{1,200}"\s*:', partial):
            return "jsonl"
        return None
    n = len(body)
    if body[0].lstrip().startswith("{") and _enough(sum(1 for ln in body if _json_object(ln)), n):
        return "jsonl"
    if _enough(sum(1 for ln in body if LOG_LINE.match(ln)), n):
        return "candump-log"
    if _enough(sum(1 for ln in body if CONSOLE_LINE.match(ln)), n):
        return "candump"
    code = [ln for ln in body if not ln.lstrip().startswith(("#", "//", ";"))]
    if len(code) >= 2 and _enough(sum(1 for ln in code if HEX_LINE.match(ln)), len(code)):
        return "hex-trace"
    # a block must open and close (a line of only "}", or "name { ... }" on one line)
    closed = any(_PB_CLOSE.match(ln) or (_PB_OPEN.match(ln) and ln.rstrip().endswith(("}", ">"))) for ln in body)
    if closed and any(_PB_OPEN.match(ln) for ln in body) and _enough(sum(1 for ln in body if _PB_LINE.match(ln)), n):
        return "pbtext"
    separated = any(ln.strip() in ("---", "...") for ln in body)
    if separated and _enough(sum(1 for ln in body if _YAML_LINE.match(ln)), n):
        return "yaml"
    return _csv_kind([ln for ln in body if not ln.startswith("#")])


def _json_object(line: str) -> bool:
    s = line.strip()
    if not s.startswith("{"):
        return False
    try:
        return isinstance(json.loads(s), dict)
    except ValueError:
        return False


def _csv_kind(body: list[str]) -> str | None:
    if len(body) < 2:
        return None
    import csv

    for fmt, delim in CSV_FORMATS.items():
        if delim not in body[0]:
            continue
        try:
            rows = [next(csv.reader((ln,), delimiter=delim), []) for ln in body]
        except csv.Error:
            continue
        header, data = rows[0], rows[1:]
        width = len(header)
        cells = [c.strip() for c in header]
        if width < 2 or len(set(cells)) != width:
            continue
        if not all(_HEADER_CELL.match(c) and not _DATEISH.match(c) for c in cells):
            continue
        if not _enough(sum(1 for r in data if len(r) == width), len(data)):
            continue
        full = [r for r in data if len(r) == width]
        rows = full[1:] if len(full) > 2 else full  # the first row under the header may be units
        numeric_col = any(all(_NUMBER.match(r[i].strip()) for r in rows) for i in range(width))
        if numeric_col or any(_LEVEL_OR_MESSAGE.match(c) for c in cells):
            return fmt
    return None
