"""Function instances of the local cloud beyond the first: worker processes, as Lambda scales out.

Each instance serves one invocation at a time, as on Lambda. The first instance of a function runs
in the local cloud's own process (cheap, and N = 1 is exactly the old behaviour); more are worker
processes spawned on demand when every instance is busy, kept warm for the next invocation, and
stopped after idling. Threads would not do: handlers keep per-invocation state in module globals
(batch processors, logger keys) and Powertools keeps the API resolver's current event on a class
attribute, so two invocations in one interpreter would see each other's state. A worker reaches moto
and Valkey over HTTP/TCP like the in-process instance, with the same environment (inherited when it
is spawned, after the cloud has set it).
"""

from __future__ import annotations

import json
import logging
import os
import socket
import subprocess
import sys
import threading
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any

FUNCTION_LOG_ENV = "ARGUS_FUNCTION_LOG"  # where commands send function logs: a file path, or "-" (stderr)

log = logging.getLogger("local_cloud")
IDLE_STOP_S = 300.0  # a worker idle this long is stopped (Lambda reclaims idle instances too)


def _serve(conn: Any, name: str) -> None:
    """A worker: import the handler once (its cold start), then invoke it per request."""
    from argus.local.runtime import FunctionError, Functions

    functions = Functions()  # one in-process instance: this worker
    try:
        functions.handler(name)  # the cold start, before the pool hands this instance any work
        conn.send(("ready", None))
    except Exception as exc:
        conn.send(("error", {"errorType": "Runtime.ImportModuleError", "errorMessage": str(exc)}))
        return
    while True:
        try:
            event = conn.recv()
        except (EOFError, OSError):
            return
        if event is None:
            return
        try:
            conn.send(("ok", functions.invoke(name, json.loads(event))))
        except FunctionError as exc:
            conn.send(("error", exc.payload))
        except Exception as exc:  # never leave the parent waiting
            conn.send(("error", {"errorType": type(exc).__name__, "errorMessage": str(exc)}))


class WorkerInstance:
    """A fresh interpreter (``python -m argus.local.instances NAME FD``), not a fork: forking would
    copy moto's threads and locks mid-state, and multiprocessing's spawn re-runs the parent's main
    module. Requests and results travel over a socket pair; its stdout and stderr are the
    functions' log (``ARGUS_FUNCTION_LOG``) when a command set one, else the cloud's."""

    def __init__(self, name: str) -> None:
        from multiprocessing.connection import Connection

        self.name = name
        ours, theirs = socket.socketpair()
        # A command that keeps the functions' logs apart (argus demo, local up) names where they go.
        target = os.environ.get(FUNCTION_LOG_ENV)
        log = None if not target or target == "-" else open(target, "ab")  # noqa: SIM115 (the child keeps it)
        out = log if log is not None else (sys.stderr if target == "-" else None)
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "argus.local.instances", name, str(theirs.fileno())],
                pass_fds=[theirs.fileno()],
                env=os.environ.copy(),  # the cloud's endpoints and ARGUS_* settings, as set by now
                stdout=out,
                stderr=out,
            )
        finally:
            if log is not None:
                log.close()
        theirs.close()
        self._conn = Connection(ours.detach())
        self.last_used = time.monotonic()
        self.generation = 0  # the pool's generation it was started in (see InstancePool.recycle)

    def wait_ready(self, timeout_s: float = 300.0) -> None:
        if not self._conn.poll(timeout_s):
            raise TimeoutError(f"worker for {self.name} not ready after {timeout_s:.0f} s")
        status, payload = self._conn.recv()
        if status != "ready":
            raise RuntimeError(f"worker for {self.name} failed to start: {payload}")

    def invoke(self, event: Any) -> Any:
        from argus.local.runtime import FunctionError

        try:
            self._conn.send(json.dumps(event))
            status, payload = self._conn.recv()
        except (EOFError, OSError, BrokenPipeError) as exc:
            # The instance died (killed, out of memory): Lambda reports Runtime.ExitError.
            raise FunctionError({"errorType": "Runtime.ExitError", "errorMessage": repr(exc)}) from exc
        finally:
            self.last_used = time.monotonic()
        if status == "error":
            raise FunctionError(payload)
        return payload

    def alive(self) -> bool:
        return self.process.poll() is None

    def stop(self, timeout_s: float = 5.0) -> None:
        with suppress(OSError, BrokenPipeError):
            self._conn.send(None)
        try:
            self.process.wait(timeout_s)
        except subprocess.TimeoutExpired:
            self.process.terminate()
            self.process.wait(timeout_s)
        self._conn.close()


class InstancePool:
    """Up to ``size`` instances of one function: the in-process one (guarded by ``local_lock``)
    first, then warm workers, then a new worker; past ``size`` an invocation waits, as a throttled
    Lambda would queue."""

    def __init__(self, name: str, size: int, local_lock: threading.Lock) -> None:
        self.name = name
        self.size = max(1, size)
        self._local = local_lock
        self._cond = threading.Condition()
        self._idle: list[WorkerInstance] = []
        self._workers = 0  # alive worker count, idle or busy
        self._spawning = 0
        self.spawned = 0
        self.worker_invocations = 0
        self._closed = False
        self._generation = 0  # bumped by recycle(): workers of an older one are never handed out again

    @contextmanager
    def instance(self) -> Iterator[WorkerInstance | None]:
        """Yields None for the in-process instance, else a worker."""
        worker = self._acquire()
        if worker is not None:
            self.worker_invocations += 1
        try:
            yield worker
        finally:
            self._release(worker)

    def _acquire(self) -> WorkerInstance | None:
        if self.size == 1:  # only the in-process instance: wait for it
            self._local.acquire()
            return None
        with self._cond:
            while True:
                if self._local.acquire(blocking=False):
                    return None
                if self._idle:
                    worker = self._idle.pop()
                    if worker.alive():
                        return worker
                    self._workers -= 1
                    continue
                if 1 + self._workers + self._spawning < self.size and not self._closed:
                    # Spawn in the background and keep waiting: whichever instance is free first
                    # takes this invocation, so a cold start never delays it behind a warm one.
                    self._spawning += 1
                    threading.Thread(target=self._spawn, name=f"spawn-{self.name}", daemon=True).start()
                self._cond.wait(0.05)  # the in-process instance's release notifies; this is a fallback

    def _spawn(self) -> None:
        worker: WorkerInstance | None = None
        with self._cond:
            generation = self._generation  # before the worker copies the environment
        try:
            worker = WorkerInstance(self.name)
            worker.generation = generation
            worker.wait_ready()
        except Exception:
            log.warning("could not start an instance of %s: %s", self.name, traceback.format_exc(limit=2))
            if worker is not None:
                worker.stop()
            worker = None
        with self._cond:
            self._spawning -= 1
            keep = worker is not None and not self._closed and worker.generation == self._generation
            if keep:
                self._workers += 1
                self.spawned += 1
                self._idle.append(worker)
            self._cond.notify_all()
        if worker is not None and not keep:
            worker.stop()

    def _release(self, worker: WorkerInstance | None) -> None:
        if worker is None:
            self._local.release()
        else:
            with self._cond:
                if worker.alive() and not self._closed and worker.generation == self._generation:
                    self._idle.append(worker)
                else:
                    self._workers -= 1
                    threading.Thread(target=worker.stop, daemon=True).start()
        with self._cond:
            self._cond.notify()

    def warm(self) -> None:
        """Start every instance now (and wait for them), as provisioned concurrency does."""
        with self._cond:
            missing = self.size - 1 - self._workers - self._spawning
            self._spawning += max(0, missing)
        threads = [threading.Thread(target=self._spawn, daemon=True) for _ in range(max(0, missing))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()

    def reap_idle(self, idle_s: float = IDLE_STOP_S) -> None:
        now = time.monotonic()
        with self._cond:
            stale = [w for w in self._idle if now - w.last_used > idle_s]
            self._idle = [w for w in self._idle if w not in stale]
            self._workers -= len(stale)
        for worker in stale:
            worker.stop()

    def recycle(self) -> None:
        """A new cold start for every instance: the idle workers stop now, the busy ones when their
        invocation ends, and new ones copy the environment as it is now (a worker is a process that
        copied the environment and built its settings when it started)."""
        with self._cond:
            self._generation += 1
        self._stop_idle()

    def close(self) -> None:
        with self._cond:
            self._closed = True
        self._stop_idle()

    def _stop_idle(self) -> None:
        with self._cond:
            idle, self._idle = self._idle, []
            self._workers -= len(idle)
        for worker in idle:
            try:
                worker.stop()
            except Exception:  # stopping must go on for the others
                log.warning("worker %s did not stop cleanly: %s", self.name, traceback.format_exc(limit=1))


if __name__ == "__main__":
    from multiprocessing.connection import Connection

    _serve(Connection(int(sys.argv[2])), sys.argv[1])
