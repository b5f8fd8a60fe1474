"""Protobuf text-format message dumps (Apollo ``cyber_channel echo``, ``protoc --decode`` output):
``header { timestamp_sec: 1.7e9 module_name: "planning" }`` blocks, possibly with ``msg:``/``level:``.

Parsed here with a small tokenizer (text format is a few rules; the protobuf runtime needs the
.proto schema to read it, which a dump does not carry). A new message starts at a blank line or a
separator at depth 0, or when a top-level field repeats (the next ``header {``). Quoted values are
text, bare numbers are numbers, bare identifiers (enum values, true/false) are text. Repeated fields
keep their first value; ``[...]`` lists are skipped. Unbalanced input ends the message it is in
(counted as skipped) and parsing resumes at depth 0.
"""

from __future__ import annotations

import re
from typing import Any

from functions.parse.builder import SummaryBuilder
from functions.parse.formats import ReadState
from functions.parse.formats._records import MAX_DEPTH, MAX_FIELDS, StructuredSink, lines
from functions.parse.streams import Readable

MAX_RECORD_LINES = 100_000
MAX_VALUE = 4096
_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|[{}<>:\[\],;]|[^\s{}<>:\[\],;"\']+')
_NUMBER = re.compile(r"[-+]?(?:0[xX][0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)[fFuUlL]*$")
_SEPARATOR = re.compile(r"^\s*(?:-{3,}|={3,}|#.*)\s*$")


def _scalar(tok: str) -> Any:
    if tok[0] in "\"'":
        body = tok[1:-1]
        return body.replace('\\"', '"').replace("\\'", "'").replace("\\n", " ").replace("\\\\", "\\")
    if _NUMBER.match(tok):
        t = tok.rstrip("fFuUlL")
        try:
            return int(t, 0) if t.lower().startswith(("0x", "-0x")) else float(t)
        except ValueError:
            return tok
    return tok


class _Parser:
    def __init__(self, sink: StructuredSink, builder: SummaryBuilder) -> None:
        self.sink = sink
        self.b = builder
        self.stack: list[str] = []  # open message prefixes
        self.rec: dict[str, Any] = {}
        self.top: set[str] = set()
        self.start = 1
        self.lines_in = 0
        self.name: str | None = None  # a field name waiting for its value
        self.colon = False
        self.in_list = 0
        self.bad = False

    def flush(self) -> None:
        if self.stack or self.bad:
            self.b.skipped += 1
        elif self.rec:
            self.sink.record(self.rec, self.start)
        self.rec, self.top, self.stack = {}, set(), []
        self.name, self.colon, self.in_list, self.bad, self.lines_in = None, False, 0, False, 0

    def line(self, n: int, text: str) -> None:
        if not self.stack and self.name is None and (not text.strip() or _SEPARATOR.match(text)):
            self.flush()
            self.start = n + 1
            return
        self.lines_in += 1
        if self.lines_in > MAX_RECORD_LINES:
            self.bad = True
        for tok in _TOKENS.findall(text):
            self.token(tok, n)

    def token(self, tok: str, n: int) -> None:
        if self.in_list:
            if tok == "[":
                self.in_list += 1
            elif tok == "]":
                self.in_list -= 1
                if not self.in_list:
                    self.name, self.colon = None, False
            return
        if tok in "{<" and len(tok) == 1:
            name = self.name
            if name is None:
                self.bad = True
                return
            if not self.stack and name in self.top:
                self._restart(n)
            if not self.stack:
                self.top.add(name)
            self.stack.append(name)
            self.name, self.colon = None, False
            return
        if tok in "}>" and len(tok) == 1:
            if self.stack:
                self.stack.pop()
            else:
                self.bad = True
            self.name = None
            return
        if tok in (",", ";"):
            return
        if tok == ":":
            self.colon = self.name is not None
            return
        if tok == "[":
            if self.name is not None:
                self.in_list = 1
            return
        if self.name is not None and self.colon:
            self.value(self.name, _scalar(tok), n)
            self.name, self.colon = None, False
            return
        # a field name (the previous name, if any, had no value: an empty message ``foo {}``'s sibling)
        self.name, self.colon = tok, False

    def _restart(self, n: int) -> None:
        self.flush()
        self.start = n

    def value(self, name: str, value: Any, n: int) -> None:
        if not self.stack:
            if name in self.top:
                self._restart(n)
            self.top.add(name)
        if len(self.stack) > MAX_DEPTH or len(self.rec) >= MAX_FIELDS:
            return
        key = ".".join((*self.stack, name))
        if isinstance(value, str) and len(value) > MAX_VALUE:
            value = value[:MAX_VALUE]  # only a message's head is mined; a record holds many values
        self.rec.setdefault(key, value)


def summarize(reader: Readable, builder: SummaryBuilder, *, fmt: str, max_bytes: int | None, state: ReadState):
    sink = StructuredSink(builder, parse_strings=False)
    state.finish = sink.finish
    parser = _Parser(sink, builder)
    for n, text in lines(reader, builder):
        parser.line(n, text)
    parser.flush()
    if not sink.records:
        state.error = (
            f"no protobuf text message could be read from {builder.lines} lines ({builder.skipped} malformed)"
        )
    state.finish = None
    return sink.finish()
