"""Readers for binary and structured log formats, one module each, imported only when detected.

Each module exposes ``summarize(reader, builder, *, fmt, max_bytes, state) -> (group→template, texts)``:
it reads ``reader`` (a forward-only byte stream) into ``builder`` and sets ``state["error"]`` when the
file turned out to be corrupt or truncated part-way (what was read before stays in the summary).
"""
