"""Find where a log line's header (timestamp, host, pid, level, component) ends and its message starts.

No per-format configuration: each line is read left to right as a sequence of header *fields*
(numbers and dates, separators, bracketed groups, identifiers, a level, a ``component:`` tag). The
field-kind sequences of the first lines are counted, and the few that most lines share become the
file's header *signatures*, compiled into one anchored regex each. Every line is then split by the
first signature that matches it, so one file's lines are cut consistently even when a message happens
to start with something header-like; lines that match no signature (stack traces, continuation lines)
keep their whole text as the message.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Mon(?:day)?|Tue(?:sday)?|Wed(?:nesday)?|Thu(?:rsday)?"
    r"|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)"
)
_LEVEL_WORDS = (
    r"trace|debug|dbg|verbose|info|inf|informational|notice|warn|warning|wrn|error|err|crit|critical|"
    r"fatal|severe|alert|emerg|emergency|panic|failure"
)
_END = r"(?=\s|$)"

# Field kinds, tried in this order at each position. Each pattern matches one field that ends at
# whitespace or the end of the line.
KINDS: dict[str, str] = {
    "lvl": r"[\[(<]?(?i:" + _LEVEL_WORDS + r")[\])>]?:?" + _END + r"|[VDIWEF](?:\d{4})?" + _END,
    # a bracketed group, possibly spanning words: [main], [Sun Dec 04 04:47:44 2005], [req-1 - - -]
    "brk": r"[\[(<{](?:\S*|[^\n]{0,200}?)[\])>}]:?,?" + _END,
    "num": r"[\[(]?(?:[-+]?\d\S*|" + _MONTH + r"\.?,?)" + _END,
    "sep": r"(?:-+|\|+|:|>+)" + _END,
    "tag": r"(?=[^\s:]*[A-Za-z])[\w.$@/\-()\[\]<>#]+:" + _END,
    # the end of a bracket opened earlier in the header, as in glog's "file.cc:120]"
    "end": r"[^\s\[]*\]:?" + _END,
    # a key=value field (logfmt, "speed=0 cc=ACC"): message content, never a header column
    "kv": r"[A-Za-z_][\w.\-]*=\S*" + _END,
    "id": r"\S*\d\S*" + _END,
    "word": r"\S+" + _END,
}
_KIND_RX = {k: re.compile(v) for k, v in KINDS.items()}
# A level word right after a learned header (words only: a message may start with a single capital).
_LEVEL_AFTER = re.compile(r"([\[(<]?(?i:" + _LEVEL_WORDS + r")[\])>]?:?)" + _END + r"\s*")
_WS = re.compile(r"\s*")
_LOOSE = frozenset(("sep", "id", "word"))
HEADERISH = frozenset(("brk", "num", "sep", "id"))
MAX_FIELDS = 20
HEAD_CHARS = 512  # a header lives in a line's first characters; never scan a huge line for one
MAX_PENDING_WORDS = 2


def _fields(line: str) -> list[tuple[str, int, int]]:
    """Classify the first fields of a line: (kind, start, end)."""
    out: list[tuple[str, int, int]] = []
    line = line[:HEAD_CHARS]
    pos = _WS.match(line).end()
    n = len(line)
    while pos < n and len(out) < MAX_FIELDS:
        for kind, rx in _KIND_RX.items():
            m = rx.match(line, pos)
            if m is not None and m.end() > pos:
                out.append((kind, pos, m.end()))
                pos = _WS.match(line, m.end()).end()
                break
        else:  # pragma: no cover - "word" matches any non-space run
            break
    return out


def greedy_signature(line: str) -> tuple[str, ...]:
    """The header field kinds of one line, read greedily (empty when the line has no header)."""
    fields = _fields(line)
    if not fields or fields[0][0] not in HEADERISH | {"lvl"}:
        return ()
    kinds = [f[0] for f in fields]
    end = 0  # fields[:end] are committed to the header
    pending = 0
    i = 0
    while i < len(kinds):
        k = kinds[i]
        if k in HEADERISH:
            if pending > MAX_PENDING_WORDS:
                break
            end, pending = i + 1, 0
        elif k == "word":
            pending += 1
            if pending > MAX_PENDING_WORDS:
                break
        elif k in ("tag", "end"):
            if pending <= 1:
                end = i + 1
            break
        elif k == "kv":  # the fields of a key=value message start here
            break
        elif i == 0:  # a leading level (glog "I1127", "ERROR 2026-..."): the header goes on after it
            end = 1
        else:  # a level: what follows it is a thread/component decoration at most, then the message
            end = i + 1
            j = i + 1
            while j < len(kinds) and kinds[j] in ("brk", "sep"):
                j += 1
            if j < len(kinds) and kinds[j] == "tag":
                j += 1
            elif j + 1 < len(kinds) and kinds[j] in ("word", "id") and kinds[j + 1] == "brk":
                j += 2  # "component [context]" as in OpenStack's oslo logs
            end = j
            break
        i += 1
    return tuple(kinds[:end])


@dataclass(frozen=True)
class HeaderSplit:
    content_start: int
    level: str | None
    tag: str | None


# A field kind's code in the signatures ``header_split`` in native/shapes.c reads (the loose columns
# compile to one pattern, so they share a code).
_NATIVE_CODES = {"lvl": "l", "brk": "b", "num": "n", "tag": "t", "end": "e", "kv": "k"}
_NO_SPLIT = HeaderSplit(0, None, None)


class HeaderModel:
    """The learned header signatures of one file."""

    def __init__(self, signatures: Sequence[tuple[str, ...]], *, pipe_fields: int = 0) -> None:
        self.signatures = [s for s in signatures if s]
        self._compiled = [self._compile(s) for s in self.signatures]
        self.pipe_fields = pipe_fields
        self._codes = tuple(
            "".join("s" if k in _LOOSE else _NATIVE_CODES[k] for k in sig).encode() for sig in self.signatures
        )

    @staticmethod
    def _compile(sig: tuple[str, ...]) -> tuple[re.Pattern[str], int | None, int | None]:
        parts = []
        level_group = tag_group = None
        for i, kind in enumerate(sig):
            # Separators, identifiers and words are positional columns (host, node, "-" or an alert
            # tag): any token fills them. Numbers, levels, brackets and tags keep their shape.
            pattern = r"\S+" if kind in _LOOSE else KINDS[kind]
            parts.append(f"(?P<f{i}>{pattern})")
            if kind == "lvl" and level_group is None:
                level_group = i
            if kind == "tag":
                tag_group = i
        rx = re.compile(r"\s*" + r"\s+".join(parts) + r"\s*")
        return rx, level_group, tag_group

    @property
    def field_kinds(self) -> tuple[bytes, ...]:
        """The signatures as ``header_split`` in native/shapes.c reads them (a byte per field kind)."""
        return self._codes

    def split(self, line: str, native: Callable | None = None) -> HeaderSplit:
        """``native``: ``header_split`` of native/shapes.c, the twin of the regexes below on ASCII text
        (used for it when given)."""
        if self.pipe_fields:
            pos = -1
            for _ in range(self.pipe_fields):
                pos = line.find("|", pos + 1)
                if pos < 0:
                    return _NO_SPLIT
            return HeaderSplit(pos + 1, None, None)
        if native is not None and line.isascii():
            found = native(line, self._codes, HEAD_CHARS)
            if found is None:
                return _NO_SPLIT
            end, la, lz, ta, tz = found
            return HeaderSplit(end, line[la:lz] if la >= 0 else None, line[ta:tz] if ta >= 0 else None)
        head = line[:HEAD_CHARS]
        for rx, lg, tg in self._compiled:
            m = rx.match(head)
            if m is not None:
                end, level = m.end(), m.group(f"f{lg}") if lg is not None else None
                if level is None and (w := _LEVEL_AFTER.match(head, end)) is not None:
                    # a level column that only some lines carry ("<ts> HMI page=..." beside "<ts> WARN
                    # popup: ..."): the signature the most lines share stops before it
                    end, level = w.end(), w.group(1)
                return HeaderSplit(end, level, m.group(f"f{tg}") if tg is not None else None)
        return _NO_SPLIT


def learn_header(
    lines: Sequence[str],
    *,
    main_share: float = 0.9,
    min_share: float = 0.08,
    max_signatures: int = 4,
    min_header_share: float = 0.2,
) -> HeaderModel:
    """Learn the header signatures of a file from its first lines.

    The main signature is the longest field sequence that starts at least ``main_share`` of the
    lines that have a header at all: the greedy reading of a single line may run into its message
    ("[ 0.5] usb 1-1: ..." reads "usb 1-1:" as header), but across lines only the true header is
    shared. Other common signatures (a second logger in the same file) are kept as alternatives.
    """
    sample = [ln for ln in lines if ln.strip()][:1000]
    if not sample:
        return HeaderModel([])
    pipes = _pipe_fields(sample)
    if pipes:
        return HeaderModel([], pipe_fields=pipes)
    # "word" and "id" columns compile to the same pattern: a program name with or without digits
    # ("can2eth", "diagd") is one column, so its lines must count towards one signature.
    sigs = [tuple("id" if k == "word" else k for k in greedy_signature(ln)) for ln in sample]
    with_header = [s for s in sigs if s]
    # A header is what most lines start with; a few lines opening with "WARNING:" or a number in a
    # file without headers must not make every other line's first words a header.
    if len(with_header) < min_header_share * len(sample):
        return HeaderModel([])
    prefixes: Counter[tuple[str, ...]] = Counter()
    for sig in with_header:
        for k in range(1, len(sig) + 1):
            prefixes[sig[:k]] += 1
    shared = [p for p, c in prefixes.items() if c >= main_share * len(with_header)]
    main = max(shared, key=len) if shared else None
    counts = Counter(with_header)
    others = [
        sig
        for sig, c in counts.most_common()
        if c >= min_share * len(sample) and (main is None or sig[: len(main)] != main)
    ]
    return HeaderModel(([main] if main else []) + others[: max_signatures - 1])


def _pipe_fields(sample: Sequence[str]) -> int:
    """Pipe-delimited headers ("20171223-22:15:29:606|Step_LSC|30002312|message"): the field count.

    Returns how many ``|``-separated fields precede the message when at least 90% of the lines have,
    among their first three words, one holding two or more ``|`` (a date with a space may come first:
    "20261201 100000.123|APP|42|message"), else 0.
    """
    counts = []
    for ln in sample:
        words = ln.split(None, 3)[:3]
        pipes = 0
        for word in words:
            pipes += word.count("|")
            if word.count("|") >= 2:
                break
        else:
            pipes = 0
        counts.append(pipes)
    if sum(1 for c in counts if c >= 2) < 0.9 * len(counts):
        return 0
    return min(c for c in counts if c >= 2)
