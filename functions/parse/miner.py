"""Template mining: log messages in, templates with ``<*>`` for the variable parts out.

Two stages, both free of per-log-type settings:

1. **Masking** (online, per distinct message): tokens are split on whitespace and each token is typed
   by its own shape — numbers, hex, IPs, paths, URLs, host names, ``key=value`` values, dates —
   and replaced by ``<*>`` (or, for ``name42``-style identifiers, only the digit run is). Runs of
   wildcards collapse into one, so a variable that spans a varying number of words (a date, a list
   of numbers) does not change the template's length. Messages with the same masked form share a
   *group*; groups are found by one dict lookup, so the online cost is a tokenize + mask per
   distinct message (the text path calls it once per line *shape*).
2. **Merging** (at the end, or when the group table fills up): groups of equal length that differ in
   exactly one position are merged when the values there behave like a variable — several distinct
   values with a long tail of rare ones (user names, host names, process names), or values that are
   instances of a sibling's masked value (``()`` and ``(<*>)``). Merging repeats until stable, so
   templates differing in two variable positions also meet.

Drain-style tree search is not needed: stage 1 is exact (a dict), and stage 2 sees all groups at once,
so its decisions are not at the mercy of arrival order.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from types import ModuleType

WILDCARD = "<*>"
MAX_GROUPS = 20_000  # distinct masked messages kept before a compaction (merge) pass
MAX_TOKENS = 200  # longer messages are cut: their tail rarely decides the template
WILD_MIN = 8  # distinct values before a position counts as variable across a whole template class
MATCH_SCAN = 64  # templates tried per index bucket when matching after a compaction
MAX_TOKEN_CHARS = 160  # also keeps every token regex linear in practice


@dataclass(frozen=True)
class MergePolicy:
    """The few numbers stage 2 decides by. Chosen by leave-one-system-out (bench_parse_accuracy.py).

    ``many_values``: distinct values at one position (all else equal) past which the position is a
    variable even without a long tail of rare values: event-naming enumerations in a fixed slot
    (HIGHMEM/LOWMEM, opened/closed) are short. ``wild_min``: as ``WILD_MIN``, per template class.
    ``run_variants``: different fillings of one run of variable tokens that make it one variable;
    ``run_context``: constant words a template needs around its runs for that (never a bare "<*>").
    ``first_word_values``: the same as ``many_values`` for a message's first word, which names the
    event far more often than it varies: only a program or host name left in by the header has this
    many values in front of otherwise equal messages.
    """

    many_values: int = 5
    wild_min: int = WILD_MIN
    run_variants: int = 3
    run_context: int = 1
    first_word_values: int = 10


DEFAULT_POLICY = MergePolicy()

_OPEN = "([{'\""
_CLOSE = ")]}'\",;:.!?"
_PAIRS = {")": "(", "]": "[", "}": "{"}
_PUNCT = _OPEN + _CLOSE
QUOTED_WORDS = 8  # a quoted string up to this many words is one token
_ANY_DIGIT = re.compile(r"\d").search
_DIGIT_RUN = re.compile(r"(?<![A-Za-z0-9])-?\d+|\d+")
# name42, node-246, blk_-7, core.9369: a name with a number at its end
_NAMED_NUMBER = re.compile(r"[A-Za-z][A-Za-z_.\-]*?[_.\-]?-?\d+")
_NUMERIC = re.compile(r"[-+/#~]?(?:0[xX][0-9a-fA-F]+|\d[0-9a-fA-F]*)(?:[.:,/_\-+][0-9a-fA-F]*)*%?")
_HEXLIKE = re.compile(r"(?:0[xX])?[0-9a-fA-F]{6,}|[0-9a-fA-F]{4,}(?:-[0-9a-fA-F]{2,})+")
_PATH = re.compile(r"(?:[A-Za-z]:)?(?:\.{0,2}/|~/|\\\\)\S*|\S*/\S*/\S*")
_HOST = re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_TLDS = _words("com org net edu gov mil int io info biz name pro local lan internal corp home arpa cloud dev app")
_DATE_WORDS = _words(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june "
    "july august september october november december mon tue wed thu fri sat sun monday "
    "tuesday wednesday thursday friday saturday sunday am pm utc gmt cst cet cest pst pdt est "
    "edt mst mdt jst ist"
)
# Words whose next word is a value in practically every log: "user root", "host db1", "file x.conf".
_SLOT_WORDS = _words(
    "user username login account host hostname server client peer domain node device file "
    "filename path directory dir folder program process service daemon module package table "
    "database db queue topic job task container pod namespace"
)
_UNITS = _words("b kb mb gb tb pb kib mib gib tib bytes ms us ns µs s sec secs min h hz khz mhz ghz %")
# SI and IEC units, case as written (a lone "a" or "m" in lower case is a word far more often than an
# ampere or a metre, so upper/lower forms are not folded here): "5 V", "12 kB", "3.3 GiB", "80 rpm".
_SI_UNITS = frozenset(
    p + u
    for p in ("", "k", "K", "M", "G", "T", "m", "u", "µ", "n")
    for u in ("B", "b", "bit", "bps", "Hz", "V", "A", "W", "Wh", "Ah", "s", "g", "Ω")
) | frozenset(("KiB", "MiB", "GiB", "TiB", "min", "rpm", "dB", "dBm", "°C", "degC", "%", "px", "fps", "kph", "mph"))
# A unit right after a number, bare or in brackets, belongs to the quantity: "12 [ms]", "7 (KB)".
_BRACKETED_UNIT = re.compile(r"[\[(]([A-Za-z%µ°]{1,4})[\])]([)\]},;:.!?]*)")
_BARE_UNIT = re.compile(r"([A-Za-z%µ°Ω]{1,4})([)\]},;:.!?]*)")


def _is_host(core: str) -> bool:
    if not _HOST.fullmatch(core):
        return False
    labels = core.split(".")
    tld = labels[-1]
    if not tld.isalpha():
        return False
    return tld in _TLDS or (len(tld) == 2 and len(labels) >= 3) or len(labels) >= 4


def _mask_core(core: str) -> str:
    """The masked form of a token stripped of surrounding punctuation."""
    has_digit = _ANY_DIGIT(core) is not None
    if has_digit and (_NUMERIC.fullmatch(core) or _HEXLIKE.fullmatch(core)):
        return WILDCARD
    if "://" in core or ("@" in core and "." in core):
        return WILDCARD
    if ("/" in core or "\\" in core) and _PATH.fullmatch(core):
        return WILDCARD
    eq = core.find("=")
    if eq > 0:
        key, value = core[: eq + 1], core[eq + 1 :]
        if not value:
            return core
        inner = value.strip(_PUNCT)
        return key + (WILDCARD if inner else value)
    if "." in core and _is_host(core):
        return WILDCARD
    if has_digit:
        if _NAMED_NUMBER.fullmatch(core):  # keep the name, mask the number
            return _DIGIT_RUN.sub(WILDCARD, core)
        return WILDCARD
    return core


def _split_tokens(content: str) -> list[str]:
    """Whitespace tokens, except that a quoted string of a few words stays one token (one value)."""
    tokens = content.split()
    if len(tokens) > MAX_TOKENS:
        tokens = tokens[:MAX_TOKENS]
    if '"' not in content and "'" not in content:
        return tokens
    out: list[str] = []
    i, n = 0, len(tokens)
    while i < n:
        tok = tokens[i]
        q = tok[0] if tok[0] in "\"'" else (tok[1] if len(tok) > 1 and tok[0] in "([{" and tok[1] in "\"'" else "")
        if q and tok.count(q) == 1 and not (q == "'" and tok[0] != q):
            for j in range(i + 1, min(i + QUOTED_WORDS, n)):
                if q in tokens[j]:
                    if tokens[j].count(q) == 1:
                        tok = " ".join(tokens[i : j + 1])
                        i = j
                    break
        out.append(tok)
        i += 1
    return out


def _core_bounds(tok: str) -> tuple[int, int]:
    """Where a token's core starts and ends once surrounding punctuation is cut off.

    A closing bracket that balances an opening one inside the core stays ("80717(A)", "f(x)").
    """
    start, end = 0, len(tok)
    while start < end and tok[start] in _OPEN:
        start += 1
    while end > start and tok[end - 1] in _CLOSE:
        c = tok[end - 1]
        pair = _PAIRS.get(c)
        if pair is not None and tok.count(pair, start, end - 1) > tok.count(c, start, end - 1):
            break
        end -= 1
    return start, end


_MEMO: dict[str, str] = {}
MEMO_TOKENS = 50_000  # masked forms remembered (words and values repeat across distinct lines)


# A token that is one number as ``_NUMERIC`` reads it, with no bracket, quote or trailing punctuation
# for ``_core_bounds`` to cut off: its core is itself, so ``_mask_token`` masks it whole. Answered
# before the memo, which unique numbers ("10.2.7.14:50010", "0x7f3a") would flood.
_PLAIN_NUMBER = re.compile(r"(?![(\[{'\"])(?:" + _NUMERIC.pattern + r")(?<![)\]}'\",;:.!?])").fullmatch


def _mask_one(tok: str) -> str:
    if tok.isdigit() and tok.isascii():  # the commonest value, and unique ones would flood the memo
        return WILDCARD
    masked = _MEMO.get(tok)
    if masked is None:
        if _PLAIN_NUMBER(tok) is not None:
            return WILDCARD
        masked = _mask_token(tok)
        if len(_MEMO) >= MEMO_TOKENS:
            _MEMO.clear()
        _MEMO[tok] = masked
    return masked


def _mask_token(tok: str) -> str:
    if tok.isalpha():
        return tok if len(tok) <= MAX_TOKEN_CHARS else WILDCARD
    if len(tok) > MAX_TOKEN_CHARS:  # a blob (base64, hex dump, minified JSON) is a value
        return WILDCARD
    start, end = _core_bounds(tok)
    core = tok[start:end]
    return tok if not core else tok[:start] + _mask_core(core) + tok[end:]


def _mask_zeroed(tok: str, zeroed: str) -> str:
    """``_mask_one(tok)``, read from the token with its digits zeroed when that keeps no digit.

    Every rule reads an ASCII digit as any digit (a ``0`` that ``0x`` needs is a ``0`` in both; a
    token that reads as a number only with its digits zeroed masks to a bare wildcard either way), so
    the two tokens take the same path; when no digit survives, what survives is the same text.
    """
    masked = _MEMO.get(zeroed)
    if masked is None:
        masked = _mask_one(zeroed)
    return _mask_one(tok) if "0" in masked and zeroed != tok else masked


# Per line of the text path, the tokens are new (ids, sizes, addresses) but their zeroed forms and
# their masked sequence are not: two memos answer those, so a line never seen before costs two splits
# and a few dict lookups. ``_DIGIT_FREE``: zeroed token → its masked form when that keeps no digit
# (then it is every such token's, ``_mask_zeroed``); ``_GLUED``: masked tokens → ``mask_tokens``.
_DIGIT_FREE: dict[str, str] = {}
_GLUED: dict[tuple[str, ...], tuple[str, ...]] = {}
GLUED_TOKENS = 1 << 18  # masked tokens in ``_GLUED``'s keys before it is cleared (messages run to MAX_TOKENS)
_glued_tokens = 0


def clear_memos() -> None:
    global _glued_tokens
    _MEMO.clear()
    _DIGIT_FREE.clear()
    _GLUED.clear()
    _glued_tokens = 0


def _mask_pair(tok: str, zeroed: str) -> str:
    if _PLAIN_NUMBER(zeroed) is not None:  # so is the token (``_mask_zeroed``), and kept out of the memo
        return WILDCARD
    # a quoted string is one token whose words are masked one by one
    quoted = " " in tok
    masked = " ".join(map(_mask_zeroed, tok.split(" "), zeroed.split(" "))) if quoted else _mask_zeroed(tok, zeroed)
    if len(zeroed) <= MAX_TOKEN_CHARS and _ANY_DIGIT(masked) is None:  # a blob is a value: not kept
        if len(_DIGIT_FREE) >= MEMO_TOKENS:
            _DIGIT_FREE.clear()
        _DIGIT_FREE[zeroed] = masked
    return masked


# The token rules' words and limits, as the native twin of ``mask_tokens`` (``native/shapes.c``)
# reads them.
_NATIVE_RULES = (
    WILDCARD,
    MAX_TOKENS,
    QUOTED_WORDS,
    MAX_TOKEN_CHARS,
    _TLDS,
    _DATE_WORDS,
    _UNITS,
    _SI_UNITS,
    _OPEN,
    _CLOSE,
)
# ``mask_tokens`` for one message, or None where it leaves the message to the pure rules
Masker = Callable[[str], "tuple[str, ...] | None"]


def native_masker(native: ModuleType) -> Masker:
    """The C twin of ``mask_tokens`` from the accelerator (``functions.parse.native``): the same
    masked tokens for every ASCII message, None for any other."""
    return partial(native.mask_tokens, native.mask_rules(_NATIVE_RULES))


def mask_tokens(content: str, zeroed: str | None = None, fast: Masker | None = None) -> tuple[str, ...]:
    """The masked tokens of a message; ``zeroed``: the same message with its ASCII digits 1-9 read as
    ``0`` (the text path's line shape), and ``fast``: a ``native_masker``; both only make it faster."""
    if fast is not None:
        done = fast(content)
        if done is not None:
            return done
    tokens = _split_tokens(content)
    # digits are neither white space nor quotes: the zeroed message splits into the same tokens
    ztokens = tokens if zeroed is None else _split_tokens(zeroed)
    masked = list(map(_DIGIT_FREE.get, ztokens))
    if None in masked:
        for i, m in enumerate(masked):
            if m is None:
                masked[i] = _mask_pair(tokens[i], ztokens[i])
    if WILDCARD in content:  # a token may be its own masked form with a wildcard in it
        return _glue(masked, tokens)
    # Otherwise a masked token without a wildcard is its token, one with one is not: the masked
    # tokens alone decide the rest.
    key = tuple(masked)
    glued = _GLUED.get(key)
    if glued is None:
        global _glued_tokens
        if _glued_tokens >= GLUED_TOKENS:
            _GLUED.clear()
            _glued_tokens = 0
        _glued_tokens += len(key)
        glued = _GLUED[key] = _glue(masked, [None if WILDCARD in m else m for m in masked])
    return glued


def _glue(masked_tokens: list[str], tokens: Sequence[str | None]) -> tuple[str, ...]:
    """Units and dates glued to their numbers, runs of values collapsed (``mask_tokens``' last steps).
    ``tokens``: the tokens masked, or None where a token is not its masked form."""
    out: list[str] = []
    for masked, tok in zip(masked_tokens, tokens, strict=True):
        if out and out[-1].endswith(WILDCARD) and masked == tok:
            unit = _unit_tail(tok)  # "12 [ms]", "5 V,": the unit is part of the quantity
            if unit is not None:
                out[-1] += unit
                continue
        out.append(masked)
    # Dates and units glue to the numbers next to them: "Sun Jul 17 23:21:54 2005", "16.0 KB,".
    n = len(out)
    for i, tok in enumerate(out):
        if WILDCARD in tok:  # already a value: neither a date word nor a unit
            continue
        low = tok.strip(_PUNCT).lower()
        if low in _DATE_WORDS:
            if (i + 1 < n and _is_var_or_date(out[i + 1])) or (i > 0 and _is_var_or_date(out[i - 1])):
                out[i] = _keep_punct(tok, WILDCARD)
        elif low in _UNITS and i > 0 and out[i - 1] == WILDCARD:
            out[i] = _keep_punct(tok, WILDCARD)
    # A variable spanning several words counts as one, and so does a list of like items
    # ("blk_<*> blk_<*> blk_<*>"), whatever its length.
    collapsed: list[str] = []
    for tok in out:
        if collapsed and WILDCARD in tok:
            prev = collapsed[-1]
            if tok == prev:
                continue
            # "(<*> <*>)", "x=<*> <*>": a value that spans words is one value
            if prev.endswith(WILDCARD) and tok.startswith(WILDCARD) and _is_bare_wildcard(tok):
                collapsed[-1] = prev + tok[len(WILDCARD) :]
                continue
        collapsed.append(tok)
    return tuple(collapsed)


def _is_bare_wildcard(tok: str) -> bool:
    return tok[len(WILDCARD) :].strip(_CLOSE) == "" or tok.strip(_PUNCT) == WILDCARD


@lru_cache(maxsize=4096)  # words repeat; a pure function of the token
def _unit_tail(tok: str) -> str | None:
    """For a unit token after a number, the punctuation after the unit (kept); None if not a unit."""
    m = _BRACKETED_UNIT.fullmatch(tok) or _BARE_UNIT.fullmatch(tok)
    if m is not None and (m.group(1) in _SI_UNITS or m.group(1).lower() in _UNITS):
        return m.group(2)
    return None


def _is_var_or_date(tok: str) -> bool:
    core = tok.strip(_PUNCT)
    return core == WILDCARD or core.lower() in _DATE_WORDS


def _keep_punct(tok: str, repl: str) -> str:
    start, end = 0, len(tok)
    while start < end and tok[start] in _OPEN:
        start += 1
    while end > start and tok[end - 1] in _CLOSE:
        end -= 1
    return tok[:start] + repl + tok[end:]


@lru_cache(maxsize=4096)
def _as_pattern(value: str) -> re.Pattern[str] | None:
    if WILDCARD not in value:
        return None
    return re.compile(".*".join(re.escape(p) for p in value.split(WILDCARD)), re.DOTALL)


class TemplateMiner:
    """Stage 1 online (``add``), stage 2 in ``finalize`` and in compactions when groups pile up.

    Memory is bounded: past ``max_groups`` distinct masked messages, a compaction merges the groups
    (stage 2) and later messages are matched against the merged templates first; if even the merged
    templates fill the table, further new shapes share one overflow group (counted, not kept).
    """

    def __init__(self, *, max_groups: int = MAX_GROUPS, policy: MergePolicy = DEFAULT_POLICY) -> None:
        self.max_groups = max_groups
        self.policy = policy
        self._exact: dict[tuple[str, ...], int] = {}
        self.group_tokens: list[tuple[str, ...]] = []
        self.group_adds: list[int] = []
        self._alias: dict[int, int] = {}  # group → the group standing for its template after a compaction
        self._index: dict[tuple[int, str], list[tuple[tuple[str, ...], int]]] = {}
        self._overflow: int | None = None
        self._saturated = False

    def _live(self) -> int:
        return len(self.group_tokens) - len(self._alias) - (self._overflow is not None)

    def add(self, content: str, zeroed: str | None = None, fast: Masker | None = None) -> int:
        """Count one message (``zeroed``, ``fast``: see ``mask_tokens``)."""
        return self.add_key(mask_tokens(content, zeroed, fast))

    def add_key(self, key: tuple[str, ...]) -> int:
        """Count one message already masked into ``key``."""
        gid = self._exact.get(key)
        if gid is None:
            gid = self._new_group(key)
        self.group_adds[gid] += 1
        return gid

    def _new_group(self, key: tuple[str, ...]) -> int:
        if self._index:
            found = self._match(key)
            if found is not None:
                self._exact_put(key, found)
                return found
        if self._live() >= self.max_groups:
            if self._saturated:
                return self._overflow_group()
            self._compact()
            # Compacting again soon would cost much and gain little: past 3/4 full, stay saturated.
            self._saturated = self._live() > 3 * self.max_groups // 4
            found = self._match(key)
            if found is not None:
                self._exact_put(key, found)
                return found
            if self._live() >= self.max_groups:
                return self._overflow_group()
        gid = len(self.group_tokens)
        self.group_tokens.append(key)
        self.group_adds.append(0)
        self._exact_put(key, gid)
        return gid

    def _exact_put(self, key: tuple[str, ...], gid: int) -> None:
        if len(self._exact) < 4 * self.max_groups:
            self._exact[key] = gid

    def _overflow_group(self) -> int:
        if self._overflow is None:
            self._overflow = len(self.group_tokens)
            self.group_tokens.append((WILDCARD,))
            self.group_adds.append(0)
        return self._overflow

    def _compact(self) -> None:
        """Merge the live groups now; every group keeps its id, aliased to its template's first group."""
        live = [g for g in range(len(self.group_tokens)) if g not in self._alias and g != self._overflow]
        templates, members = merge_groups(
            [self.group_tokens[g] for g in live], [self.group_adds[g] for g in live], self.policy
        )
        self._index = {}
        self._exact = {}
        sizes = [sum(self.group_adds[live[i]] for i in idx) for idx in members]
        order = sorted(range(len(templates)), key=lambda k: -sizes[k])
        for k in order:
            tpl, idx = templates[k], members[k]
            head = live[idx[0]]
            self.group_tokens[head] = tpl
            for i in idx[1:]:
                self._alias[live[i]] = head
            anchor = next((t for t in tpl if WILDCARD not in t), "")
            self._index.setdefault((len(tpl), anchor), []).append((tpl, head))
            self._exact[tpl] = head

    def _match(self, key: tuple[str, ...]) -> int | None:
        for anchor in {t for t in key if WILDCARD not in t} | {""}:
            # the biggest templates were indexed first; a bounded scan keeps a miss cheap
            for tpl, head in self._index.get((len(key), anchor), ())[:MATCH_SCAN]:
                if all(
                    a == b or (WILDCARD in a and _as_pattern(a).fullmatch(b)) for a, b in zip(tpl, key, strict=True)
                ):
                    return head
        return None

    def resolve(self, gid: int) -> int:
        return self._alias.get(gid, gid)

    def finalize(self, counts: Sequence[int] | None = None) -> tuple[list[int], list[str]]:
        """Map each group to a template id; return (group → template id, template texts).

        ``counts`` are the line counts per group (the text path calls ``add`` once per line shape,
        not per line); without them the number of ``add`` calls is used.
        """
        n = len(self.group_tokens)
        weights = [(counts[g] if counts is not None and g < len(counts) else self.group_adds[g]) for g in range(n)]
        live = [g for g in range(n) if g not in self._alias]
        live_w = {g: 0 for g in live}
        for g in range(n):
            live_w[self.resolve(g)] += weights[g]
        templates, members = merge_groups([self.group_tokens[g] for g in live], [live_w[g] for g in live], self.policy)
        g2t = [0] * n
        for tid, idx in enumerate(members):
            for i in idx:
                g2t[live[i]] = tid
        for g, head in self._alias.items():
            g2t[g] = g2t[head]
        return g2t, [" ".join(t) for t in templates]


def merge_groups(
    groups: Sequence[tuple[str, ...]], weights: Sequence[int], policy: MergePolicy = DEFAULT_POLICY
) -> tuple[list[tuple[str, ...]], list[list[int]]]:
    """Stage 2: merge masked groups into templates. Returns templates and their member group ids."""
    current: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for g, toks in enumerate(groups):
        current[toks].append(g)
    weight = {t: sum(weights[g] for g in gs) for t, gs in current.items()}
    _merge_single_positions(current, weight, policy)
    if _mask_wild_positions(current, weight, policy):
        _merge_single_positions(current, weight, policy)
    if _merge_variable_runs(current, weight, policy):
        _merge_single_positions(current, weight, policy)
    templates = list(current)
    return templates, [current[t] for t in templates]


def _absorb(
    current: dict[tuple[str, ...], list[int]], weight: dict[tuple[str, ...], int], olds, new: tuple[str, ...]
) -> None:
    gids: list[int] = []
    w = 0
    for t in olds:
        gids.extend(current.pop(t))
        w += weight.pop(t)
    current.setdefault(new, []).extend(gids)
    weight[new] = weight.get(new, 0) + w


def _merge_single_positions(
    current: dict[tuple[str, ...], list[int]], weight: dict[tuple[str, ...], int], policy: MergePolicy
) -> None:
    """Merge templates that differ in exactly one position whose values behave like a variable."""
    for _round in range(4):
        changed = False
        by_len: dict[int, list[tuple[str, ...]]] = defaultdict(list)
        for t in current:
            by_len[len(t)].append(t)
        for length, tpls in by_len.items():
            if len(tpls) < 2:
                continue
            # Bucket keys come from chained prefix/suffix hashes, so each costs O(1) instead of
            # building t[:p] + t[p+1:] (O(length)) for every position of every template. Every
            # entry is live: templates of this length change only below, which refreshes the list.
            keyed = [(t, *_chain_hashes(t)) for t in tpls]
            for p in range(length):
                buckets: dict[tuple[int, int], list[tuple[str, ...]]] = defaultdict(list)
                for t, pre, suf in keyed:
                    buckets[(pre[p], suf[p + 1])].append(t)
                merged_here = False
                for siblings in buckets.values():
                    if len(siblings) < 2:
                        continue
                    siblings = _same_but(siblings, p)  # guards against a (2**-64) hash collision
                    if len(siblings) < 2:
                        continue
                    for merge_set in _decide(siblings, p, weight, policy):
                        target = list(merge_set[0])
                        if len(merge_set) > 1 and not _subsumes(merge_set, p):
                            target[p] = WILDCARD
                        _absorb(current, weight, merge_set, tuple(target))
                        changed = merged_here = True
                if merged_here:
                    keyed = [(t, *_chain_hashes(t)) for t in current if len(t) == length]
        if not changed:
            break


def _runs(t: tuple[str, ...]) -> tuple[tuple[str, ...], list[tuple[str, ...]]]:
    """A template's skeleton (each maximal run of tokens holding a variable → one marker) and its runs."""
    skeleton: list[str] = []
    runs: list[tuple[str, ...]] = []
    i, n = 0, len(t)
    while i < n:
        if WILDCARD in t[i]:
            j = i + 1
            while j < n and WILDCARD in t[j]:
                j += 1
            runs.append(t[i:j])
            skeleton.append("\0")
            i = j
        else:
            skeleton.append(t[i])
            i += 1
    return tuple(skeleton), runs


def _merge_variable_runs(
    current: dict[tuple[str, ...], list[int]], weight: dict[tuple[str, ...], int], policy: MergePolicy
) -> bool:
    """Templates equal but for what fills their variable runs ("a=<*> b=<*>" vs "c=<*>", "(<*>" vs "<*>").

    A value may span a varying number of tokens (a key=value list, a quantity with or without its
    unit, a name with spaces): templates whose constant words agree and whose runs of variable tokens
    differ are one template when a run holds at least ``policy.run_variants`` different fillings: an
    event does not come in that many shapes. Runs with fewer fillings keep the templates apart.
    """
    by_skeleton: dict[tuple[str, ...], list[tuple[tuple[str, ...], list[tuple[str, ...]]]]] = defaultdict(list)
    for t in current:
        skeleton, runs = _runs(t)
        if sum(1 for tok in skeleton if tok != "\0") >= policy.run_context:
            by_skeleton[skeleton].append((t, runs))
    changed = False
    for skeleton, members in by_skeleton.items():
        if len(members) < 2:
            continue
        n_runs = len(members[0][1])
        fillings = [{runs[r] for _, runs in members} for r in range(n_runs)]
        # Runs of one length were already judged position by position (_decide); here only runs
        # whose length varies, which no position-wise rule can line up.
        wild = {
            r
            for r in range(n_runs)
            if len(fillings[r]) >= policy.run_variants and len({len(f) for f in fillings[r]}) > 1
        }
        if not wild:
            continue
        parts: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
        for t, runs in members:
            out: list[str] = []
            r = 0
            for tok in skeleton:
                if tok != "\0":
                    out.append(tok)
                    continue
                out.extend((WILDCARD,) if r in wild else runs[r])
                r += 1
            parts[tuple(out)].append(t)
        for new, olds in parts.items():
            if len(olds) > 1 or olds[0] != new:
                _absorb(current, weight, olds, new)
                changed = True
    return changed


def _chain_hashes(t: tuple[str, ...]) -> tuple[list[int], list[int]]:
    """pre[p] identifies t[:p] and suf[p] identifies t[p:], each built from its neighbour in O(1)."""
    n = len(t)
    pre = [0] * (n + 1)
    suf = [0] * (n + 2)
    for i, tok in enumerate(t):
        pre[i + 1] = hash((pre[i], tok))
    for i in range(n - 1, -1, -1):
        suf[i] = hash((suf[i + 1], t[i]))
    return pre, suf


def _same_but(siblings: list[tuple[str, ...]], p: int) -> list[tuple[str, ...]]:
    first = siblings[0]
    key = first[:p] + first[p + 1 :]
    return [t for t in siblings if t[:p] + t[p + 1 :] == key]


def _mask_wild_positions(
    current: dict[tuple[str, ...], list[int]], weight: dict[tuple[str, ...], int], policy: MergePolicy
) -> bool:
    """Templates still apart in several variable positions at once ("key A-B evicted reason C").

    Within a class of templates with the same length and first word, a position holding at least
    ``WILD_MIN`` distinct values that cover half the class or more, most of them seen once, is a
    variable: it is masked in the whole class, and templates that become identical merge. The bar is
    high on purpose: small classes and enumerations (task states) are left to the one-position rules.
    """
    classes: dict[tuple[int, str], list[tuple[str, ...]]] = defaultdict(list)
    for t in current:
        if t:
            classes[(len(t), t[0])].append(t)
    changed = False
    for tpls in classes.values():
        if len(tpls) < policy.wild_min:
            continue
        length = len(tpls[0])
        wild = [p for p in range(1, length) if _open_ended(tpls, p, weight, policy.wild_min)]
        if not wild:
            continue
        for t in tpls:
            masked = list(t)
            for p in wild:
                masked[p] = WILDCARD
            new = tuple(masked)
            if new != t:
                _absorb(current, weight, [t], new)
                changed = True
    return changed


def _open_ended(tpls: list[tuple[str, ...]], p: int, weight: dict[tuple[str, ...], int], wild_min: int) -> bool:
    """Many values, most of them seen once (a variable), or very many (no enumeration is that long)."""
    per_value: dict[str, int] = defaultdict(int)
    for t in tpls:
        per_value[t[p]] += weight[t]
    n = len(per_value)
    if n < max(wild_min, (len(tpls) + 1) // 2):
        return False
    singletons = sum(1 for c in per_value.values() if c == 1)
    return singletons * 2 >= n or n >= 64


def _subsumes(merge_set: list[tuple[str, ...]], p: int) -> bool:
    """True when the first template's value at p already covers the others (keep it as is)."""
    pat = _as_pattern(merge_set[0][p])
    return pat is not None and all(pat.fullmatch(t[p]) for t in merge_set[1:])


def _decide(
    siblings: list[tuple[str, ...]], p: int, weight: dict[tuple[str, ...], int], policy: MergePolicy
) -> list[list[tuple[str, ...]]]:
    """Which siblings (equal except at position p) are one template. Returns merge sets (first = target)."""
    values = [t[p] for t in siblings]
    out: list[list[tuple[str, ...]]] = []
    context = sum(1 for i, tok in enumerate(siblings[0]) if i != p and tok != WILDCARD)
    if len(values) > 50 and p > 0 and context >= 2:  # no enumeration has this many members
        return [siblings]
    # Instances of a masked sibling: "()" is an instance of "(<*>)", "rhost=" of "rhost=<*>".
    used: set[int] = set()
    masked = sorted(
        (i for i, v in enumerate(values) if WILDCARD in v and v != WILDCARD),
        key=lambda i: -len(values[i]),
    )
    for i in masked:
        if i in used:
            continue
        pat = _as_pattern(values[i])
        assert pat is not None
        # An unset field ("rhost=") is a different message shape from a set one ("rhost=<*>").
        if values[i].endswith("=" + WILDCARD):
            continue
        inst = [j for j, v in enumerate(values) if j != i and j not in used and WILDCARD not in v and pat.fullmatch(v)]
        if inst:
            used.update(inst)
            used.add(i)
            out.append([siblings[i]] + [siblings[j] for j in inst])
    rest = [i for i in range(len(values)) if i not in used]
    # A variable: several values with a long tail (some value seen once). An enumeration of a few
    # frequent values (HIGHMEM/LOWMEM, Receiving/Received) stays apart. The first word of a message
    # names the event far more often than it varies, and a value needs constant words around it.
    # At the first word only sheer numbers count (a program or host name the header left in).
    if p == 0 and context >= 2 and len(rest) >= policy.first_word_values:
        out.append([siblings[i] for i in rest])
    elif len(rest) >= 2 and p > 0 and context >= 2:
        counts = [weight[siblings[i]] for i in rest]
        # After a word that names a slot ("user root", "host db1") two values are already enough.
        after_slot = siblings[0][p - 1].strip(_OPEN + _CLOSE).lower() in _SLOT_WORDS
        if after_slot or (len(rest) >= 3 and min(counts) == 1) or len(rest) >= policy.many_values:
            out.append([siblings[i] for i in rest])
    return out
