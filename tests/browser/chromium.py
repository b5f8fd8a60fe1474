"""Open a page in a real headless Chromium (Debian's ``/usr/bin/chromium``) and report what it saw.

Playwright drives it when installed (console errors are captured); otherwise ``--dump-dom``
gives the rendered DOM and ``--enable-logging=stderr`` the console lines. Tests skip with the
reason when no Chromium is installed (``apt-get install -y chromium``; ``.ci/run`` does it).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field

import pytest

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def chromium_path() -> str | None:
    return os.environ.get("ARGUS_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")


def require_chromium() -> str:
    path = chromium_path()
    if path is None:
        pytest.skip("no Chromium: install Debian's `chromium` (apt-get install -y chromium) to run the browser tests")
    return path


@dataclass
class Rendered:
    counts: dict[str, int]  # CSS selector → number of matching elements
    console_errors: list[str] = field(default_factory=list)
    title: str = ""


def render(url: str, selectors: list[str], screenshot: str | None = None) -> Rendered:
    executable = require_chromium()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return _dump_dom(executable, url, selectors, screenshot)
    errors: list[str] = []
    with tempfile.TemporaryDirectory(prefix="argus-chromium-") as profile, sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            profile, executable_path=executable, headless=True, args=FLAGS[1:], viewport={"width": 1300, "height": 900}
        )
        try:
            page = context.new_page()
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            response = page.goto(url, wait_until="load")
            assert response is not None and response.ok, f"{url} answered {response and response.status}"
            counts = {sel: page.locator(sel).count() for sel in selectors}
            if screenshot:
                page.screenshot(path=screenshot, full_page=True)
            return Rendered(counts=counts, console_errors=errors, title=page.title())
        finally:
            context.close()


def _dump_dom(executable: str, url: str, selectors: list[str], screenshot: str | None) -> Rendered:
    with tempfile.TemporaryDirectory(prefix="argus-chromium-") as profile:
        run = subprocess.run(
            [executable, *FLAGS, f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0", "--dump-dom", url],
            capture_output=True,
            text=True,
            timeout=90,
            check=True,
        )
        if screenshot:
            subprocess.run(
                [executable, *FLAGS, f"--user-data-dir={profile}", f"--screenshot={screenshot}",
                 "--window-size=1300,2400", url],
                capture_output=True,
                timeout=90,
                check=False,
            )
    dom = run.stdout
    counts = {}
    for sel in selectors:  # simple "#id tag.class" selectors are enough for these pages
        scope = dom
        *ancestors, last = sel.split()
        for anc in ancestors:
            m = re.search(rf'id="{re.escape(anc.lstrip("#"))}"', scope)
            scope = scope[m.start() :] if m else ""
            end = re.search(r"</svg>|</figure>", scope)
            scope = scope[: end.end()] if end else scope
        if last.startswith("#"):
            counts[sel] = len(re.findall(rf'id="{re.escape(last[1:])}"', scope))
            continue
        tag, _, cls = last.partition(".")
        pattern = rf"<{tag}\b[^>]*" + (rf'class="[^"]*\b{re.escape(cls)}\b' if cls else "")
        counts[sel] = len(re.findall(pattern, scope))
    console = [ln for ln in run.stderr.splitlines() if "CONSOLE" in ln and "error" in ln.lower()]
    title = re.search(r"<title>(.*?)</title>", dom)
    return Rendered(counts=counts, console_errors=console, title=title.group(1) if title else "")
