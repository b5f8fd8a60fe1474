"""Bounds on what a JSON request body may be, checked before any framework parses it.

Python's ``json`` raises ``RecursionError`` on deep nesting and ``ValueError`` on integers past
4,300 digits (CVE-2020-10735's limit); neither is a ``JSONDecodeError``, so a framework lets them
escape as a 5xx. No body of this API needs more than a few levels or an integer past int64.
"""

from __future__ import annotations

import json
from typing import Any

MAX_JSON_DEPTH = 32
MAX_INT_DIGITS = 19  # int64; file sizes and part numbers are far below
JSON_MEDIA_TYPE = "application/json"


class InvalidJson(ValueError):
    def __init__(self, message: str, details: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details or {}


def _bounded_int(text: str) -> int:
    digits = len(text.lstrip("-"))
    if digits > MAX_INT_DIGITS:
        raise InvalidJson(
            f"an integer has {digits} digits; at most {MAX_INT_DIGITS} are accepted", {"max_digits": MAX_INT_DIGITS}
        )
    return int(text)


def _no_constants(name: str) -> Any:
    raise InvalidJson(f"{name} is not JSON (RFC 8259)")


def _depth(value: Any) -> int:
    """Nesting depth, iteratively (the value came from json, so it is a tree of dicts and lists)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            children = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        deepest = max(deepest, depth)
        if deepest > MAX_JSON_DEPTH:
            return deepest
        stack.extend((child, depth + 1) for child in children)
    return deepest


def check_json_body(body: str) -> None:
    """Raise :class:`InvalidJson` when ``body`` breaks a limit the JSON parser would crash on."""
    try:
        value = json.loads(body, parse_int=_bounded_int, parse_constant=_no_constants)
    except InvalidJson:
        raise
    except RecursionError:
        raise InvalidJson(
            f"the JSON nests deeper than {MAX_JSON_DEPTH} levels", {"max_depth": MAX_JSON_DEPTH}
        ) from None
    except json.JSONDecodeError:
        return  # a syntax error: the framework reports it (validation_error, with the position)
    except ValueError as exc:  # anything else json refuses (e.g. lone surrogates in a number path)
        raise InvalidJson(f"the body is not valid JSON: {str(exc)[:120]}") from None
    if _depth(value) > MAX_JSON_DEPTH:
        raise InvalidJson(f"the JSON nests deeper than {MAX_JSON_DEPTH} levels", {"max_depth": MAX_JSON_DEPTH})


def media_type(content_type: str | None) -> str:
    """The media type of a Content-Type value, lower-cased, parameters dropped (RFC 9110 §8.3.1:
    type and subtype are case-insensitive)."""
    return (content_type or "").split(";", 1)[0].strip().lower()
