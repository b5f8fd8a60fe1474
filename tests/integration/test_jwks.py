"""The JWKS adapter against a real HTTP server that counts what it is asked: tokens naming random
key ids cost at most one fetch per refetch interval, and a rotated-in key is found after it."""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from functions.adapters.jwks import JwksUrlKeys
from functions.core.domain.errors import InvalidToken
from tests.unit.auth.keys import ec_signer, rsa_signer

pytestmark = pytest.mark.integration


class JwksServer:
    """Serves ``self.keys`` as a JWKS document and counts the requests."""

    def __init__(self) -> None:
        self.keys: list[dict] = []
        self.requests = 0
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                owner.requests += 1
                body = json.dumps({"keys": owner.keys}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/.well-known/jwks.json"

    def __enter__(self) -> JwksServer:
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture
def server() -> Iterator[JwksServer]:
    with JwksServer() as running:
        running.keys = [rsa_signer().public_jwk()]
        yield running


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _unknown_kids(keys: JwksUrlKeys, count: int) -> None:
    for _ in range(count):
        with pytest.raises(InvalidToken) as refused:
            keys.key_for(uuid.uuid4().hex)
        assert refused.value.details["reason"] == "unknown_key"


def test_random_key_ids_cost_at_most_one_fetch_per_interval(server):
    clock = Clock()
    keys = JwksUrlKeys(server.url, refetch_interval_s=60, clock=clock)
    # Given the key set fetched once for a known key
    assert keys.key_for(rsa_signer().kid) is not None
    assert server.requests == 1
    # When a caller sends a hundred tokens naming random keys
    _unknown_kids(keys, 100)
    # Then the provider was asked once more, not a hundred times
    assert server.requests == 2
    # And within the interval, never again; after it, once
    clock.now += 59
    _unknown_kids(keys, 50)
    assert server.requests == 2
    clock.now += 2
    _unknown_kids(keys, 50)
    assert server.requests == 3
    # And known keys are served from the cache throughout
    assert keys.key_for(rsa_signer().kid) is not None
    assert server.requests == 3


def test_a_rotated_in_key_is_picked_up_after_the_interval(server):
    clock = Clock()
    keys = JwksUrlKeys(server.url, refetch_interval_s=60, clock=clock)
    _unknown_kids(keys, 1)  # a refetch just happened (the set had no such key)
    assert server.requests == 2
    # Given the provider publishes a new key
    server.keys = [rsa_signer().public_jwk(), ec_signer().public_jwk()]
    # When a token signed with it arrives within the interval, it is refused without a fetch
    with pytest.raises(InvalidToken):
        keys.key_for(ec_signer().kid)
    assert server.requests == 2
    # Then once the interval has passed, the new key is fetched and used
    clock.now += 61
    assert keys.key_for(ec_signer().kid) is not None
    assert server.requests == 3
    assert keys.key_for(ec_signer().kid) is not None and keys.key_for(rsa_signer().kid) is not None
    assert server.requests == 3
