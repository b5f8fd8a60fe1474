"""Severity from a header level token, or from message keywords when the line carries no level."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from functions.core.domain.contracts import Severity

# Rank order of Severity: trace, debug, info, warning, error, critical.
TRACE, DEBUG, INFO, WARNING, ERROR, CRITICAL = range(6)
SEVERITIES: tuple[Severity, ...] = tuple(Severity)

_LEVELS = {
    "trace": TRACE,
    "verbose": TRACE,
    "v": TRACE,
    "debug": DEBUG,
    "dbg": DEBUG,
    "d": DEBUG,
    "info": INFO,
    "inf": INFO,
    "informational": INFO,
    "notice": INFO,
    "i": INFO,
    "warn": WARNING,
    "warning": WARNING,
    "wrn": WARNING,
    "w": WARNING,
    "error": ERROR,
    "err": ERROR,
    "failure": ERROR,
    "e": ERROR,
    "severe": ERROR,
    "crit": CRITICAL,
    "critical": CRITICAL,
    "fatal": CRITICAL,
    "f": CRITICAL,
    "alert": CRITICAL,
    "emerg": CRITICAL,
    "emergency": CRITICAL,
    "panic": CRITICAL,
}
_STRIP = "[]()<>:"


def level_rank(token: str | None) -> int | None:
    """Rank of a header level token such as ``INFO``, ``[error]``, ``W`` or glog's ``E1127``."""
    if not token:
        return None
    word = token.strip(_STRIP).lower()
    rank = _LEVELS.get(word)
    if rank is None and len(word) == 5 and word[1:].isdigit():  # glog: I1127, E0203
        rank = _LEVELS.get(word[0])
    return rank


# Structured messages (logfmt, key=value) carry their level inside the message: level=warn, lvl=error.
_INLINE_LEVEL = re.compile(r"(?i)\b(?:level|lvl|severity|loglevel|log_level)=[\"']?([a-z]+)")


def inline_level_rank(text: str) -> int | None:
    """Rank of a ``level=...`` field in the message, for lines whose header has no level."""
    if "=" not in text:  # the regex needs one; most lines have none, and the search costs ~9 µs
        return None
    # Every key above ends in "l=" or "y=": lines with other key=value fields (ids, sizes) skip the
    # search. ASCII only: (?i) folds a few non-ASCII letters that lower() keeps.
    if text.isascii():
        low = text.lower()
        if "l=" not in low and "y=" not in low:
            return None
    m = _INLINE_LEVEL.search(text)
    return level_rank(m.group(1)) if m else None


# For lines without a level: the strongest keyword wins. One combined pass per line.
_KEYWORDS = re.compile(
    r"(?i)\b(?:(?P<crit>fatal|panic|critical|emergency|kernel panic|segfault|segmentation fault|"
    r"bus.?off|out of memory|oom-killer)|(?P<err>error|errors|exception|fail|failed|failure|fault|"
    r"timeout|timed out|unreachable|refused|denied|abort|aborted|corrupt(?:ed)?)|"
    r"(?P<warn>warn|warning|deprecated|retry(?:ing)?|degraded|error.?passive|dropped))\b"
)


# A match needs one of these lower-case substrings (each alternative above contains one), so ASCII
# text holding none of them is INFO: ~25 C-speed substring tests beat the case-insensitive search.
_NEEDLES = (
    "error", "fail", "warn", "fault", "time", "drop", "retry", "refused", "denied", "abort", "corrupt",
    "panic", "fatal", "critical", "emergency", "segfault", "bus", "oom", "memory", "exception",
    "unreachable", "deprecated", "degraded",
)  # fmt: skip


# A fault word that the line itself negates ("no active faults", "error: none", "without error",
# "zero faults") reports the absence of a fault: a healthy status line. Structure, not phrases: a
# negator right before the word, or a none value right after it.
# Words only, never digit values: a line's severity is decided once per line *shape* (digits zeroed),
# so "errors=0" and "errors=5" must get the same answer (the segmented parse relies on it).
_NEGATED_BEFORE = re.compile(r"(?i)(?:\b(?:no|zero|without)(?:[ _-]+[a-z]+){0,2}|\bnot)[ _-]+$")
_ZERO_AFTER = re.compile(
    r"(?i)(?:\(s\))?[ _-]?(?:count|counter|cnt|total|num|nr)?"
    r"\s*[:=]\s*[\"']?(?:none|false|no|null|nil)\b"
)


def _negated(text: str, m: re.Match[str]) -> bool:
    return bool(_NEGATED_BEFORE.search(text[max(0, m.start() - 30):m.start()]) or _ZERO_AFTER.match(text, m.end()))


# The same pattern, case-sensitive, for lower-cased ASCII text (same offsets, same matches): twice as
# fast, since the regex engine skips case-sensitive literals by their first character. Only while
# every word in the pattern is written in lower case (else the case-insensitive search is used).
_KEYWORDS_SOURCE = _KEYWORDS.pattern.replace("(?i)", "", 1)
_KEYWORDS_LOWER = re.compile(_KEYWORDS_SOURCE) if _KEYWORDS_SOURCE.replace("(?P<", "").islower() else None


# Where a keyword match can start: each alternative's first word (or its head), as one alternation of
# literals, which the regex engine skips to by their first letters at C speed; ``_KEYWORDS`` has no
# such prefix (it opens with ``\b``) and is tried at every byte. These words are all letters, so no
# word boundary, hence no match start, lies inside one of their matches.
_KEYWORD_HEADS = re.compile(
    "fatal|panic|critical|emergency|kernel|seg|bus|out|oom|error|exception|fail|fault|time|unreachable|"
    "refused|denied|abort|corrupt|warn|deprecated|retry|degraded|dropped"
)


def _keyword_matches(low: str) -> Iterator[re.Match[str]]:
    """``_KEYWORDS_LOWER.finditer(low)``: the pattern tried only where a head starts (in order, each
    search from the last match's end, as ``finditer`` does)."""
    match = _KEYWORDS_LOWER.match  # type: ignore[union-attr]
    cursor = 0
    for head in _KEYWORD_HEADS.finditer(low):
        p = head.start()
        if p >= cursor:
            m = match(low, p)
            if m is not None:
                cursor = m.end()
                yield m


# The ranks of the groups ``keyword_rank`` in native/shapes.c returns: crit, err, warn, no keyword.
_NATIVE_RANKS = (CRITICAL, ERROR, WARNING, INFO)


def keyword_rank(text: str, native: Callable[[str], int] | None = None) -> int:
    """The strongest keyword the text does not negate. ``native``: ``keyword_rank`` of native/shapes.c,
    the twin of the search below on ASCII text (used for it when given)."""
    if native is not None and text.isascii():
        return _NATIVE_RANKS[native(text)]
    matches = None
    if text.isascii():  # (?i) folds a few non-ASCII letters (the Kelvin sign, long s) that lower() keeps
        low = text.lower()
        for needle in _NEEDLES:
            if needle in low:
                break
        else:
            return INFO
        if _KEYWORDS_LOWER is not None:
            matches = _keyword_matches(low)
    best = INFO
    for m in matches if matches is not None else _KEYWORDS.finditer(text):
        if _negated(text, m):
            continue
        if m.group("crit"):
            return CRITICAL
        if m.group("err"):
            best = ERROR
        elif best < WARNING:
            best = WARNING
    return best
