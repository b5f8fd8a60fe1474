"""An HTTP client for the Argus API, as a vehicle or an engineer uses it: presigned multipart
uploads straight to S3 (parts streamed from disk, never the whole file in memory), with resume."""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx


class ApiError(Exception):
    def __init__(self, status: int, body: Any) -> None:
        error = body.get("error", {}) if isinstance(body, dict) else {}
        self.status = status
        self.code = error.get("code", "http_error")
        self.details = error.get("details", {})
        super().__init__(f"{status} {self.code}: {error.get('message', body)}")


class ArgusClient:
    def __init__(self, api_url: str, token: str, *, timeout_s: float = 60.0) -> None:
        self.api_url = api_url.rstrip("/")
        self._http = httpx.Client(
            base_url=api_url.rstrip("/"), headers={"Authorization": f"Bearer {token}"}, timeout=timeout_s
        )
        # Presigned URLs carry their own authorisation: no API token may travel to S3.
        self._s3 = httpx.Client(timeout=timeout_s)

    def close(self) -> None:
        self._http.close()
        self._s3.close()

    def __enter__(self) -> ArgusClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def request(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self._http.request(method, path, **kwargs)
        body = (
            response.json()
            if response.headers.get("content-type", "").startswith("application/json")
            else response.text
        )
        if response.status_code >= 400:
            raise ApiError(response.status_code, body)
        return body

    # ---- vehicle ------------------------------------------------------------------------

    def create_batch(self, vehicle_id: str, vin: str) -> dict[str, Any]:
        return self.request("POST", "/v1/batches", json={"vehicle_id": vehicle_id, "vin": vin})

    def add_file(
        self, batch_id: str, name: str, size: int, content_type: str | None = None, sha256: str | None = None
    ) -> dict[str, Any]:
        body: dict[str, Any] = {"name": name, "size": size}
        if content_type:
            body["content_type"] = content_type
        if sha256:
            body["sha256"] = sha256
        return self.request("POST", f"/v1/batches/{batch_id}/files", json=body)

    def upload_parts(
        self,
        path: Path,
        upload: dict[str, Any],
        on_bytes: Callable[[int], None] | None = None,
        parallel: int = 1,
    ) -> list[dict[str, Any]]:
        """PUT each missing part to its presigned URL (paging through ``next_part``), ``parallel``
        at a time; returns every part's number and ETag, the ones S3 already had included. Each
        worker reads its own part from disk: at most ``parallel`` parts are in memory."""
        part_size = upload["part_size"]
        etags = {p["number"]: p["etag"] for p in upload.get("received", [])}
        missing: list[dict[str, Any]] = []
        page = upload
        while True:
            missing += page["parts"]
            if not page.get("next_part"):
                break
            page = self.describe_file(upload["batch_id"], upload["file_id"], from_part=page["next_part"])

        def send(part: dict[str, Any]) -> tuple[int, str]:
            with path.open("rb") as source:
                source.seek((part["number"] - 1) * part_size)
                chunk = source.read(part_size)
            etag = self._put_part(upload, part, chunk)
            if on_bytes:
                on_bytes(len(chunk))
            return part["number"], etag

        if parallel <= 1:
            etags.update(send(part) for part in missing)
        else:
            with ThreadPoolExecutor(max_workers=parallel, thread_name_prefix="argus-part") as pool:
                etags.update(pool.map(send, missing))
        return [{"number": n, "etag": e} for n, e in sorted(etags.items())]

    def _put_part(self, upload: dict[str, Any], part: dict[str, Any], chunk: bytes, attempts: int = 4) -> str:
        """One part, retried with backoff on network errors and 5xx; an expired URL (403) is
        replaced by a fresh one from the API."""
        url = part["url"]
        attempt = 0
        while True:
            attempt += 1
            last = attempt >= attempts
            try:
                response = self._s3.put(url, content=chunk)
            except httpx.TransportError:
                if last:
                    raise
            else:
                if response.status_code == 403 and not last:
                    fresh = self.describe_file(upload["batch_id"], upload["file_id"], from_part=part["number"])
                    url = next(p["url"] for p in fresh["parts"] if p["number"] == part["number"])
                    continue
                if response.status_code < 500 or last:
                    response.raise_for_status()
                    return response.headers["ETag"]
            time.sleep(0.2 * 2**attempt)

    def resume_file(
        self, batch_id: str, file_id: str, path: Path, on_bytes: Callable[[int], None] | None = None
    ) -> dict[str, Any]:
        """Finish an interrupted upload: send only the parts S3 lacks, then complete. Harmless on a
        file that is already complete."""
        state = self.describe_file(batch_id, file_id)
        if state["status"] != "uploading":
            return state
        return self.complete_file(batch_id, file_id, self.upload_parts(path, state, on_bytes))

    def describe_file(self, batch_id: str, file_id: str, from_part: int = 1) -> dict[str, Any]:
        body = self.request("GET", f"/v1/batches/{batch_id}/files/{file_id}", params={"from_part": from_part})
        return {**body, "batch_id": batch_id}

    def complete_file(self, batch_id: str, file_id: str, parts: list[dict[str, Any]]) -> dict[str, Any]:
        return self.request("POST", f"/v1/batches/{batch_id}/files/{file_id}/complete", json={"parts": parts})

    def upload_file(self, batch_id: str, path: Path, on_bytes: Callable[[int], None] | None = None) -> dict[str, Any]:
        upload = {**self.add_file(batch_id, path.name, path.stat().st_size), "batch_id": batch_id}
        parts = self.upload_parts(path, upload, on_bytes)
        return self.complete_file(batch_id, upload["file_id"], parts)

    def seal(self, batch_id: str) -> dict[str, Any]:
        return self.request("POST", f"/v1/batches/{batch_id}/seal")

    # ---- engineer -----------------------------------------------------------------------

    def batch(self, batch_id: str) -> dict[str, Any]:
        return self.request("GET", f"/v1/batches/{batch_id}")

    def list_batches(self, cursor: str | None = None, **filters: Any) -> dict[str, Any]:
        """One page of ``GET /v1/batches``; ``filters`` are its query parameters (None ones left out)."""
        params = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in filters.items() if v is not None}
        if cursor:
            params["cursor"] = cursor
        return self.request("GET", "/v1/batches", params=params)

    def report_link(self, batch_id: str) -> dict[str, Any]:
        """A short-lived URL of the rendered report page that a browser opens without a token."""
        return self.request("POST", f"/v1/batches/{batch_id}/report-link")

    def report_html(self, batch_id: str) -> str:
        return self.request("GET", f"/v1/batches/{batch_id}/report.html")

    def report(self, batch_id: str) -> dict[str, Any]:
        return self.request("GET", f"/v1/batches/{batch_id}/report")

    def wait(
        self,
        batch_id: str,
        timeout_s: float = 120.0,
        on_status: Callable[[dict[str, Any]], None] | None = None,
    ) -> dict[str, Any]:
        """Poll the batch until it is completed or failed."""
        deadline = time.monotonic() + timeout_s
        delay = 0.2
        while True:
            batch = self.batch(batch_id)
            if on_status:
                on_status(batch)
            if batch["status"] in ("completed", "failed"):
                return batch
            if time.monotonic() > deadline:
                raise TimeoutError(f"batch {batch_id} still {batch['status']} after {timeout_s:.0f} s")
            time.sleep(delay)
            delay = min(delay * 1.5, 1.0)
