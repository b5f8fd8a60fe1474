"""A new local cloud is a new cold start: every handler forgets what it built for the previous one
(a service kept across would still hold the old endpoints and settings)."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import functions
from argus.local import cloud
from functions import bootstrap


def _handler_modules() -> list[str]:
    return [
        m.name
        for m in pkgutil.walk_packages(functions.__path__, prefix="functions.")
        if m.name.rsplit(".", 1)[-1].endswith("handler")
    ]


def test_every_handlers_cached_builder_is_forgotten(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in dir(bootstrap):
        if name.startswith("build_"):
            monkeypatch.setattr(bootstrap, name, lambda: object())
    modules = [importlib.import_module(name) for name in _handler_modules()]
    assert "functions.parse.segments_handler" in {m.__name__ for m in modules}

    cached = cloud.handler_cold_start_caches()
    names = {f"{f.__module__}.{f.__name__}" for f in cached}
    assert {"functions.parse.segments_handler.default_use_case", "functions.query.handler.default_fleet"} <= names
    # Every per-cold-start cache of a handler module is found: none hides under another name.
    for module in modules:
        for attr, value in vars(module).items():
            if callable(getattr(value, "cache_clear", None)) and getattr(value, "__module__", None) == module.__name__:
                assert attr.startswith("default_"), f"{module.__name__}.{attr} would outlive a new local cloud"

    built = {f: f() for f in cached}
    assert all(f() is built[f] for f in cached)  # cached: one per cold start
    cloud._forget_cold_starts()
    assert all(f.cache_info().currsize == 0 for f in cached)
    assert all(f() is not built[f] for f in cached)
    cloud._forget_cold_starts()
