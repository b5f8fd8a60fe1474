"""Fleet rules: stable template fingerprints, what one batch contributes to the fleet index, the
index's key scheme, the similarity score and the noise baseline's weight.

Pure: the use cases in :mod:`functions.core.app.fleet` feed it plain values and the adapters store
what it returns. Every key of the fleet index is built here and only here.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from pydantic import BaseModel, ConfigDict, Field

# ---- caps: the write cost of one batch is bounded whatever the batch holds ---------------------

MAX_INDEXED_CODES = 16  # codes per batch that get postings and day rollups
MAX_INDEXED_TEMPLATES = 16  # significant (warning and above) templates per batch with postings
MAX_BASELINE_TEMPLATES = 32  # templates per healthy batch counted by the noise baseline
# Day rollups are spread over this many partitions per day (write sharding by batch id); readers
# fan out over all of them, so each shard costs every `fleet/codes` one query per day. One is plenty:
# a day partition takes ~1 WCU/s at a million batches a month against a partition's 1,000 WCU/s;
# raise it when a fleet writes within an order of magnitude of that.
FLEET_SHARDS = 1
MAX_RANGE_DAYS = 92  # the widest window `fleet/codes` answers from the table (longer: Athena)

# ---- noise baseline -------------------------------------------------------------------------------

NOISE_MIN_HEALTHY = 10  # healthy batches the fleet must have seen before the baseline says anything
NOISE_FULL_SHARE = 0.5  # a template in at least this share of healthy batches weighs nothing
NOISE_STRONG_MIN = 0.5  # below this weight a line is no longer evidence by itself

_WILDCARD = "<*>"
_LEVEL_PREFIX = re.compile(
    r"^\s*[\[(<]?(?:trace|debug|info|notice|warn(?:ing)?|err(?:or)?|crit(?:ical)?|fatal|alert|emerg|[TDIWEF])[\])>]?\s*[:|\-]?\s+",
    re.IGNORECASE,
)
# Variables that template mining may leave in place when a value never varied within one file.
_VARIABLES = (
    re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b", re.IGNORECASE),  # uuid
    re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b"),  # IPv4[:port]
    re.compile(r"\b(?:[0-9a-f]{2}:){5}[0-9a-f]{2}\b", re.IGNORECASE),  # MAC
    re.compile(r"\b0x[0-9a-f]+\b", re.IGNORECASE),  # hex literal
    # hex ids (6+ digits mixing letters and digits; short ones such as the code E1234 stay)
    re.compile(r"\b(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{6,}\b", re.IGNORECASE),
    re.compile(r"[-+]?\b\d+(?:[.,]\d+)*(?:e[-+]?\d+)?(?:[a-z%]{1,3})?\b", re.IGNORECASE),  # numbers with units
)
_RUNS = re.compile(r"(?:<\*>[\s,;:=/.\-]*)+<\*>")
_SPACES = re.compile(r"\s+")


def normalise_template(template: str) -> str:
    """The template with every variable as ``<*>``, lower case, single spaces, no leading level.

    Mined templates already carry ``<*>`` where values varied inside one file; a value that never
    varied there (one vehicle's IP, one run's duration) is still literal, so it is masked here too.
    A pure code such as ``P0301`` keeps its letter and digits apart from the wildcard rule because
    the number rule needs a word boundary before the digits.
    """
    text = template.replace("<*>", _WILDCARD)
    text = _LEVEL_PREFIX.sub("", text, count=1)
    for rx in _VARIABLES:
        text = rx.sub(_WILDCARD, text)
    text = _RUNS.sub(_WILDCARD, text)
    return _SPACES.sub(" ", text).strip().lower()


def template_fingerprint(template: str) -> str:
    """A stable id of an event: the same for the same event across files, batches and vehicles."""
    return "t" + hashlib.blake2b(normalise_template(template).encode("utf-8"), digest_size=8).hexdigest()


# ---- what one batch contributes -----------------------------------------------------------------


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class IndexedTemplate(_Model):
    fingerprint: str
    text: str = Field(description="the template as first seen (for people; the fingerprint is the id)")
    significant: bool = Field(description="warning or above: searched by `similar`, reported when new")


class FleetEntry(_Model):
    """One batch as the fleet index knows it."""

    batch_id: str
    vehicle_id: str
    vin: str
    at: datetime
    signature: str
    category: str  # a string, not an enum: the diagnosis taxonomy may grow
    risk: str
    root_cause: str = ""
    confidence: float = 0.5
    codes: tuple[str, ...] = ()
    templates: tuple[IndexedTemplate, ...] = ()

    @property
    def healthy(self) -> bool:
        return self.category == HEALTHY_CATEGORY

    @property
    def significant(self) -> tuple[IndexedTemplate, ...]:
        return tuple(t for t in self.templates if t.significant)


HEALTHY_CATEGORY = "none"


def fallback_signature(codes: Iterable[str], fingerprints: Iterable[str]) -> str:
    canonical = "|".join(sorted(codes)) + "#" + "|".join(sorted(fingerprints))
    return "f" + hashlib.blake2b(canonical.encode(), digest_size=15).hexdigest()


def select_templates(
    templates: Iterable[tuple[str, bool, int]], *, healthy: bool
) -> tuple[IndexedTemplate, ...]:
    """Which templates of a batch are indexed: ``(text, significant, count)`` in any order.

    Significant ones first (capped), then, for a healthy batch only, the most frequent others up to
    the baseline cap: routine noise is by definition frequent, so it is what the baseline must see.
    Templates that normalise to the same fingerprint are one event.
    """
    items = sorted(templates, key=lambda t: (not t[1], -t[2], t[0]))
    out: dict[str, IndexedTemplate] = {}
    significant = 0
    for text, is_significant, _count in items:
        fp = template_fingerprint(text)
        if fp in out:
            continue
        if is_significant:
            if significant >= MAX_INDEXED_TEMPLATES:
                continue
            significant += 1
        elif not healthy:
            continue
        if len(out) >= MAX_BASELINE_TEMPLATES:
            break
        out[fp] = IndexedTemplate(fingerprint=fp, text=text[:300], significant=is_significant)
    return tuple(out.values())


def select_codes(codes: Iterable[tuple[str, int]]) -> tuple[str, ...]:
    """The batch's codes to index, ``(code, count)``: the most frequent first, capped, no repeats."""
    seen: dict[str, int] = {}
    for code, count in codes:
        seen[code] = seen.get(code, 0) + count
    ranked = sorted(seen.items(), key=lambda kv: (-kv[1], kv[0]))
    return tuple(code for code, _ in ranked[:MAX_INDEXED_CODES])


# ---- keys -----------------------------------------------------------------------------------------
# All fleet items live in the batches table under their own key prefixes (no new index needed):
#   FLEET#B#{batch}            / ENTRY            the entry (and the fleet context its report got)
#   FLEET#D#{day}#{shard}      / C#{code}         per-day rollup of one code: batches, first/last seen
#   FLEET#P#{kind}#{id}#{month}/ {at}#{batch}     posting: a batch that had this code/template/signature
#   FLEET#K#{kind}#{id}        / STATS            lifetime stats: batches, vehicles, healthy, first seen
#   FLEET#K#{kind}#{id}        / V#{vehicle}      marker: this vehicle was counted (distinct vehicles)
#   FLEET#HEALTH               / STATS            how many batches, how many healthy (baseline's base)

CODE, TEMPLATE, SIGNATURE = "C", "T", "S"
ENTRY_SK = "ENTRY"
STATS_SK = "STATS"
HEALTH_PK = "FLEET#HEALTH"


def iso(at: datetime) -> str:
    """One time format in every key (UTC, seconds), so keys sort by time as strings."""
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def entry_pk(batch_id: str) -> str:
    return f"FLEET#B#{batch_id}"


def shard_of(batch_id: str) -> int:
    return zlib.crc32(batch_id.encode()) % FLEET_SHARDS


def day_pk(day: date, shard: int) -> str:
    return f"FLEET#D#{day.isoformat()}#{shard}"


def rollup_sk(code: str) -> str:
    return f"C#{code}"


def month_of(at: datetime) -> str:
    return at.astimezone(UTC).strftime("%Y-%m")


def posting_pk(kind: str, key: str, month: str) -> str:
    return f"FLEET#P#{kind}#{key}#{month}"


def posting_sk(at: datetime, batch_id: str) -> str:
    return f"{iso(at)}#{batch_id}"


def stats_pk(kind: str, key: str) -> str:
    return f"FLEET#K#{kind}#{key}"


def vehicle_sk(vehicle_id: str) -> str:
    return f"V#{vehicle_id}"


def days_between(since: date, until: date) -> list[date]:
    return [since + timedelta(days=i) for i in range((until - since).days + 1)]


def months_back(at: datetime, count: int) -> list[str]:
    """``count`` month buckets ending with ``at``'s, newest first."""
    year, month = at.year, at.month
    out = []
    for _ in range(count):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return out


def months_between(since: datetime, until: datetime) -> list[str]:
    out: list[str] = []
    year, month = since.year, since.month
    while (year, month) <= (until.year, until.month):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year, month + 1) if month < 12 else (year + 1, 1)
    return out


# ---- similarity -----------------------------------------------------------------------------------

CODE_WEIGHT = 2.0  # a shared fault code says more than a shared log line


def similarity(
    shared_codes: int, shared_templates: int, codes: tuple[int, int], templates: tuple[int, int]
) -> float:
    """Weighted Jaccard overlap of two batches' codes and significant templates, in [0, 1].

    ``codes`` and ``templates`` are each batch's own counts (this batch, the other).
    """
    union_codes = codes[0] + codes[1] - shared_codes
    union_templates = templates[0] + templates[1] - shared_templates
    denominator = CODE_WEIGHT * union_codes + union_templates
    if denominator <= 0:
        return 0.0
    return round((CODE_WEIGHT * shared_codes + shared_templates) / denominator, 4)


# ---- noise baseline -------------------------------------------------------------------------------


def noise_weight(healthy_with: int, healthy_total: int) -> float:
    """How much a template still counts as evidence, from how routine it is on healthy vehicles.

    1.0 until the fleet has seen ``NOISE_MIN_HEALTHY`` healthy batches (no history, no opinion);
    then falls linearly with the share of healthy batches that carry the template, to 0.0 at
    ``NOISE_FULL_SHARE``.
    """
    if healthy_total < NOISE_MIN_HEALTHY or healthy_with <= 0:
        return 1.0
    share = min(1.0, healthy_with / healthy_total)
    return round(max(0.0, 1.0 - share / NOISE_FULL_SHARE), 4)


# ---- analytics: the Parquet batch summaries and their Glue table ------------------------------

# (column, Hive type): the one schema of the Parquet writer and of the Glue table in the CDK app.
SUMMARY_COLUMNS: tuple[tuple[str, str], ...] = (
    ("batch_id", "string"),
    ("vehicle_id", "string"),
    ("vin", "string"),
    ("generated_at", "timestamp"),
    ("category", "string"),
    ("risk_level", "string"),
    ("confidence", "double"),
    ("root_cause", "string"),
    ("signature", "string"),
    ("codes", "array<string>"),
    ("template_fingerprints", "array<string>"),
    ("files", "int"),
    ("failed_files", "int"),
    ("errors", "bigint"),
    ("warnings", "bigint"),
    ("seen_before_batches", "int"),
    ("new_codes", "int"),
    ("input_tokens", "bigint"),
    ("cost_usd", "double"),
)


# ---- what the store holds -------------------------------------------------------------------------


@dataclass(frozen=True)
class KeyStats:
    """Lifetime counts of one code, template or signature."""

    batches: int
    vehicles: int
    healthy: int
    first_seen: datetime | None


@dataclass(frozen=True)
class CodeDay:
    day: date
    code: str
    category: str
    batches: int
    first_seen: datetime
    last_seen: datetime


@dataclass(frozen=True)
class Posting:
    batch_id: str
    vehicle_id: str
    at: datetime
    category: str
    codes: int  # how many codes the batch indexed (for the overlap score)
    templates: int  # how many significant templates
