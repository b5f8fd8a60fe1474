"""The read side: batch status and reports, cache-aside with coalesced cold loads.

The report is the hot key (many engineers open the same report): it is read from the cache first
and only on a miss from DynamoDB, once per key across all instances. Status changes while a batch
runs, so it is cached briefly; unknown ids are cached as negatives so probing them costs no reads.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from functions.core.app.cache import CoalescingLoader, put_report
from functions.core.domain.batch import BatchStatus
from functions.core.domain.batch_listing import MAX_LIST_LIMIT, BatchFilter, decode_cursor, encode_cursor
from functions.core.domain.contracts import Report
from functions.core.domain.errors import NotFound
from functions.core.domain.ids import is_batch_id, validate_vin
from functions.core.domain.keys import report_cache_key, report_page_key, status_cache_key
from functions.core.ports import BatchRepository, Cache, ObjectStore
from functions.query.models import BatchDetail, BatchList, BatchListItem, BatchPage, ReportLink
from functions.query.report_html import render_report


class ReportNotReady(NotFound):
    code = "report_not_ready"


class QueryService:
    def __init__(
        self,
        repository: BatchRepository,
        cache: Cache,
        loader: CoalescingLoader,
        *,
        report_ttl_s: int,
        status_ttl_s: int,
        negative_ttl_s: int,
        pages: ObjectStore | None = None,
        link_ttl_s: int,
    ) -> None:
        self._pages = pages
        self._link_ttl_s = link_ttl_s
        self._repository = repository
        self._cache = cache
        self._loader = loader
        self._report_ttl_s = report_ttl_s
        self._status_ttl_s = status_ttl_s
        self._negative_ttl_s = negative_ttl_s

    def batch_view(self, batch_id: str) -> BatchDetail:
        _check_batch_id(batch_id)
        raw = self._loader.get_or_load(
            status_cache_key(batch_id), lambda: self._load_view(batch_id), self._status_ttl_s, self._negative_ttl_s
        )
        if raw is None:
            raise _unknown(batch_id)
        return BatchDetail.model_validate_json(raw)

    def report_json(self, batch_id: str) -> bytes:
        _check_batch_id(batch_id)
        raw = self._loader.get_or_load(
            report_cache_key(batch_id),
            lambda: self._repository.get_report(batch_id),
            self._report_ttl_s,
            self._negative_ttl_s,
        )
        if raw is not None:
            return raw
        view = self.batch_view(batch_id)
        if view.status is not BatchStatus.COMPLETED:
            raise ReportNotReady(
                f"the report of batch {batch_id} is not ready: the batch is {view.status}",
                details={"batch_id": batch_id, "status": str(view.status), "progress": view.progress.model_dump()},
            )
        # Completed, yet the cache holds a negative from while it ran (the ready report's cache write was
        # lost): read the source once and repair the cache rather than answer 404 until the negative expires.
        raw = self._repository.get_report(batch_id)
        if raw is None:
            raise NotFound(f"batch {batch_id} is completed but has no report", details={"batch_id": batch_id})
        put_report(self._cache, batch_id, raw, self._report_ttl_s)
        return raw

    def report(self, batch_id: str) -> Report:
        return Report.model_validate_json(self.report_json(batch_id))

    def batches_for_vin(self, vin: str, limit: int = 50) -> BatchList:
        validate_vin(vin)
        batches = self._repository.list_batches_by_vin(vin, limit=max(1, min(limit, MAX_LIST_LIMIT)))
        return BatchList(vin=vin, batches=[BatchListItem.of(b) for b in batches])

    def report_link(self, batch_id: str, now: datetime | None = None) -> ReportLink:
        """Render the page, store it, and hand out a presigned GET URL that lives ``link_ttl_s``: a
        browser opens it without a token, and nothing long-lived ends up in a URL or a history."""
        if self._pages is None:
            raise NotFound("report links are not available here", details={"batch_id": batch_id})
        page = render_report(self.report(batch_id))
        key = report_page_key(batch_id)
        self._pages.put_bytes(key, page.encode("utf-8"), content_type="text/html; charset=utf-8")
        issued = now or datetime.now(UTC)
        return ReportLink(
            url=self._pages.presign_get(key, self._link_ttl_s),
            expires_at=issued + timedelta(seconds=self._link_ttl_s),
            expires_in=self._link_ttl_s,
        )

    def list_batches(self, query: BatchFilter, limit: int, cursor: str | None = None) -> BatchPage:
        """One page of batches, newest first. Not cached: filters make every key different, and a
        listing must show a batch created a second ago."""
        if query.vin is not None:
            validate_vin(query.vin)
        after = decode_cursor(cursor, query) if cursor else None
        batches, position = self._repository.list_batches(query, max(1, min(limit, MAX_LIST_LIMIT)), after)
        return BatchPage(
            batches=[BatchListItem.of(b) for b in batches],
            next_cursor=encode_cursor(position, query) if position else None,
        )

    def _load_view(self, batch_id: str) -> bytes | None:
        batch = self._repository.get_batch(batch_id)
        if batch is None:
            return None
        return BatchDetail.of(batch, self._repository.list_files(batch_id)).model_dump_json().encode()


def _check_batch_id(batch_id: str) -> None:
    if not is_batch_id(batch_id):  # junk ids never reach the cache (no long negative keys) or the table
        raise _unknown(batch_id)


def _unknown(batch_id: str) -> NotFound:
    return NotFound(f"batch {batch_id[:80]} not found", details={"batch_id": batch_id[:80]})
