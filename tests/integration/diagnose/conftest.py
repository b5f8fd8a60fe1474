"""A loopback HTTP stub for model endpoints: replies are scripted per test and every request is
recorded, so a test sees exactly what went over the wire."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


@dataclass
class Scripted:
    status: int
    body: dict
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0
    raw: bytes | None = None  # written to the socket as is, then the connection is closed (b"": no reply)


@dataclass
class StubServer:
    url: str
    script: list[Scripted] = field(default_factory=list)
    default: Scripted | None = None
    requests: list[tuple[str, dict, dict]] = field(default_factory=list)  # (path, headers, json body)


@pytest.fixture
def stub() -> Iterator[StubServer]:
    state = StubServer(url="")

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            state.requests.append((self.path, dict(self.headers), json.loads(raw or b"{}")))
            reply = state.script.pop(0) if state.script else state.default
            assert reply is not None, "unscripted request"
            if reply.delay_s:
                time.sleep(reply.delay_s)
            if reply.raw is not None:  # a broken server: whatever bytes the test scripted, then hang up
                self.close_connection = True
                self.wfile.write(reply.raw)
                return
            body = json.dumps(reply.body).encode()
            try:
                self.send_response(reply.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                for k, v in reply.headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout test)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()
