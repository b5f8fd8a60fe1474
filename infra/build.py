"""Package the Lambda functions without Docker, and drive the pinned CDK CLI.

    python -m infra.build package [--arch arm64|x86_64] [--force]
    python -m infra.build bootstrap | synth | deploy | diff | destroy [--arch ...] [-- extra cdk arguments]
    python -m infra.build localstack-deploy | localstack-destroy [-- extra cdklocal arguments]

``package`` vendors each bundle's dependencies for the Lambda platform with
``pip install --platform manylinux... --implementation cp --python-version 3.13 --only-binary=:all:
--target build/lambda/<bundle>``, then copies the ``functions`` package beside them. No Docker: pip
only picks prebuilt wheels for the target platform, so the result is the same on any build host.
The dependencies are reinstalled only when what decides them changes (a stamp per bundle); the
source copy is refreshed every time.

The CLI is ``aws-cdk`` pinned in infra/package.json and installed with ``npm ci`` into
infra/node_modules (never globally); jsii's and the CLI's caches stay under build/.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from infra.assets import (
    BUILD_DIR,
    BUNDLE_EXTRAS,
    FUNCTIONS,
    MANIFEST_NAME,
    REPO_ROOT,
    Bundle,
    copy_function_sources,
)

INFRA_DIR = REPO_ROOT / "infra"
CONSTRAINTS = INFRA_DIR / "lambda-constraints.txt"
CACHE_DIR = REPO_ROOT / "build" / ".cache"
CDK_OUT = REPO_ROOT / "cdk.out"
PYTHON_VERSION = "3.13"  # must match infra.components.functions.RUNTIME (a test checks it)
# The deployment package limit (unzipped, all layers included).
LAMBDA_UNZIPPED_LIMIT = 262_144_000
STAMP_NAME = ".argus-deps.json"
# Test suites shipped inside third-party packages: never imported at run time, and they are what
# pushes the parse bundle (pandas, numpy) towards the size limit.
TRIMMED_DIR_NAMES = frozenset({"tests", "__pycache__"})

MACHINE = {"arm64": "aarch64", "x86_64": "x86_64"}
# Python 3.12+ Lambda runtimes run on Amazon Linux 2023 (glibc 2.34). pip does not widen a
# --platform to older manylinux tags by itself, so every compatible tag is listed.
GLIBC_MINORS = range(17, 35)

Runner = Callable[[Sequence[str]], None]


def run(cmd: Sequence[str], *, env: dict[str, str] | None = None, cwd: Path = REPO_ROOT) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, env=env, cwd=cwd)


# ---- packaging ----------------------------------------------------------------------------------


def platform_tags(architecture: str) -> list[str]:
    machine = MACHINE[architecture]
    return [f"manylinux2014_{machine}"] + [f"manylinux_2_{minor}_{machine}" for minor in GLIBC_MINORS]


def bundle_requirements(bundle: Bundle, pyproject: Path = REPO_ROOT / "pyproject.toml") -> list[str]:
    """The base dependencies plus the bundle's extras, read from pyproject.toml (the one source)."""
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    requirements = list(project["dependencies"])
    for extra in BUNDLE_EXTRAS[bundle]:
        requirements.extend(project["optional-dependencies"][extra])
    return requirements


def pip_command(target: Path, requirements: Sequence[str], architecture: str) -> list[str]:
    cmd = [
        sys.executable, "-m", "pip", "install",
        "--quiet", "--disable-pip-version-check", "--no-compile", "--upgrade",
        # pip's post-install check compares the target with the *build host's* packages, which is
        # noise here; the resolver itself resolves the bundle's requirements together.
        "--no-warn-conflicts",
        "--target", str(target),
        "--implementation", "cp",
        "--python-version", PYTHON_VERSION,
        "--only-binary=:all:",
    ]
    for tag in platform_tags(architecture):
        cmd += ["--platform", tag]
    if CONSTRAINTS.is_file():
        cmd += ["--constraint", str(CONSTRAINTS)]
    return cmd + list(requirements)


def dependency_stamp(requirements: Sequence[str], architecture: str) -> str:
    """Changes whenever the vendored dependencies could change."""
    material = {
        "requirements": list(requirements),
        "architecture": architecture,
        "python": PYTHON_VERSION,
        "constraints": CONSTRAINTS.read_text(encoding="utf-8") if CONSTRAINTS.is_file() else "",
    }
    return hashlib.sha256(json.dumps(material, sort_keys=True).encode()).hexdigest()


def trim(directory: Path) -> None:
    for path in sorted(directory.rglob("*"), reverse=True):
        if path.is_dir() and path.name in TRIMMED_DIR_NAMES:
            shutil.rmtree(path, ignore_errors=True)
    shutil.rmtree(directory / "bin", ignore_errors=True)  # console scripts: nothing runs them in Lambda


def tree_size(directory: Path) -> int:
    return sum(p.stat().st_size for p in directory.rglob("*") if p.is_file() and not p.is_symlink())


@dataclass(frozen=True)
class BundleResult:
    bundle: str
    directory: Path
    size_bytes: int
    reinstalled: bool


def package_bundle(
    bundle: Bundle,
    architecture: str,
    *,
    build_dir: Path = BUILD_DIR,
    force: bool = False,
    runner: Runner = run,
    source_root: Path = REPO_ROOT,
) -> BundleResult:
    target = build_dir / bundle
    requirements = bundle_requirements(bundle, source_root / "pyproject.toml")
    stamp = dependency_stamp(requirements, architecture)
    stamp_file = target / STAMP_NAME
    current = stamp_file.read_text(encoding="utf-8") if stamp_file.is_file() else None
    reinstall = force or current != stamp
    if reinstall:
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir(parents=True)
        runner(pip_command(target, requirements, architecture))
        trim(target)
        stamp_file.write_text(stamp, encoding="utf-8")
    copy_function_sources(target, source_root)
    size = tree_size(target)
    if size > LAMBDA_UNZIPPED_LIMIT:
        raise SystemExit(
            f"{bundle}: {size / 1e6:.0f} MB unzipped exceeds Lambda's {LAMBDA_UNZIPPED_LIMIT / 1e6:.0f} MB limit"
        )
    return BundleResult(bundle, target, size, reinstall)


def package(
    architecture: str,
    *,
    build_dir: Path = BUILD_DIR,
    force: bool = False,
    runner: Runner = run,
    source_root: Path = REPO_ROOT,
) -> list[BundleResult]:
    bundles = sorted({spec.bundle for spec in FUNCTIONS})
    build_dir.mkdir(parents=True, exist_ok=True)
    # The pip runs are network- and unzip-bound, so they overlap well even on two cores.
    with ThreadPoolExecutor(max_workers=len(bundles)) as pool:
        results = list(
            pool.map(
                lambda b: package_bundle(
                    b, architecture, build_dir=build_dir, force=force, runner=runner, source_root=source_root
                ),
                bundles,
            )
        )
    manifest = {
        "architecture": architecture,
        "python": PYTHON_VERSION,
        "bundles": {r.bundle: {"size_bytes": r.size_bytes} for r in results},
        "functions": {spec.name: spec.bundle for spec in FUNCTIONS},
    }
    (build_dir / MANIFEST_NAME).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    for r in results:
        state = "vendored" if r.reinstalled else "dependencies up to date"
        print(f"  {r.bundle:<9} {r.size_bytes / 1e6:6.1f} MB unzipped  ({state})  {r.directory}")
    return results


# ---- the CDK CLI --------------------------------------------------------------------------------


def cli_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("JSII_RUNTIME_PACKAGE_CACHE_ROOT", str(CACHE_DIR / "jsii"))
    env.setdefault("CDK_HOME", str(CACHE_DIR / "cdk-home"))
    env.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")
    env.setdefault("CDK_DISABLE_CLI_TELEMETRY", "true")
    # The app is started by the CLI; make sure it is this interpreter's, with the repo importable.
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), env.get("PYTHONPATH", "")) if p)
    return env


def ensure_cli(runner: Runner = run) -> Path:
    """Install the pinned CLI into infra/node_modules when missing or when the lock file changed."""
    lock = INFRA_DIR / "package-lock.json"
    stamp = INFRA_DIR / "node_modules" / ".argus-lock.sha256"
    wanted = hashlib.sha256(lock.read_bytes()).hexdigest()
    if not (INFRA_DIR / "node_modules" / ".bin" / "cdk").exists() or (
        stamp.read_text() if stamp.is_file() else None
    ) != wanted:
        if shutil.which("npm") is None:
            raise SystemExit("npm not found: install Node.js (20 or newer) to run the CDK CLI")
        runner(["npm", "ci", "--prefix", str(INFRA_DIR), "--no-audit", "--no-fund", "--loglevel=error"])
        stamp.write_text(wanted)
    return INFRA_DIR / "node_modules" / ".bin"


def cdk(args: Sequence[str], *, architecture: str, local: bool = False, env: dict[str, str] | None = None) -> None:
    bin_dir = ensure_cli()
    exe = bin_dir / ("cdklocal" if local else "cdk")
    run(
        [
            exe,
            *args,
            "--app", f"{sys.executable} -m infra.app",
            "--output", str(CDK_OUT),
            "--no-notices",
            "--context", f"argus:architecture={architecture}",
        ],
        env={**cli_env(), **(env or {})},
    )


ARCH_CONTEXT_KEY = "argus:architecture"


def context_architecture(extra: Sequence[str]) -> str | None:
    """The architecture an explicit ``-c/--context argus:architecture=...`` in the CDK arguments sets.

    ``cdk`` adds its own ``--context argus:architecture`` for the packaged code, and the CLI keeps the
    last of repeated keys, so an explicit one would be silently overridden (and packaged for the wrong
    platform) unless it decides the architecture here.
    """
    found = None
    args = list(extra)
    for i, arg in enumerate(args):
        value = None
        if arg in ("-c", "--context") and i + 1 < len(args):
            value = args[i + 1]
        elif arg.startswith(("-c=", "--context=")):
            value = arg.split("=", 1)[1]
        if value is not None and value.startswith(ARCH_CONTEXT_KEY + "="):
            found = value.split("=", 1)[1]
    if found is not None and found not in MACHINE:
        raise SystemExit(f"{ARCH_CONTEXT_KEY}={found}: use one of {', '.join(sorted(MACHINE))}")
    return found


def choose_architecture(arch_flag: str | None, extra: Sequence[str], *, local: bool) -> str:
    """--arch, else an explicit -c argus:architecture, else the host's (LocalStack) or cdk.json's."""
    from_context = context_architecture(extra)
    if arch_flag and from_context and arch_flag != from_context:
        raise SystemExit(
            f"--arch {arch_flag} and -c {ARCH_CONTEXT_KEY}={from_context} disagree: give one of them"
        )
    # LocalStack runs functions in containers of the host's architecture.
    return arch_flag or from_context or (host_architecture() if local else default_architecture())


def host_architecture() -> str:
    return "arm64" if platform.machine().lower() in ("arm64", "aarch64") else "x86_64"


def default_architecture() -> str:
    context = json.loads((REPO_ROOT / "cdk.json").read_text(encoding="utf-8")).get("context", {})
    return context.get("argus:architecture", "arm64")


def localstack_env() -> dict[str, str]:
    return {
        "AWS_ACCESS_KEY_ID": os.environ.get("AWS_ACCESS_KEY_ID", "test"),
        "AWS_SECRET_ACCESS_KEY": os.environ.get("AWS_SECRET_ACCESS_KEY", "test"),
        "AWS_DEFAULT_REGION": os.environ.get("AWS_DEFAULT_REGION", "us-east-1"),
        "AWS_ENDPOINT_URL": os.environ.get("AWS_ENDPOINT_URL", "http://localhost:4566"),
    }


# LocalStack has no ElastiCache in its free tier: the functions use the compose file's Valkey
# (reachable from LocalStack's Lambda containers on the shared Docker network), data is not kept,
# and the reserved concurrency LocalStack cannot honour is dropped.
LOCALSTACK_CONTEXT = (
    "argus:redisUrl=redis://valkey:6379",
    "argus:retainData=false",
    "argus:diagnoseReservedConcurrency=none",
)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m infra.build", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "command",
        choices=(
            "package", "bootstrap", "synth", "diff", "deploy", "destroy", "localstack-deploy", "localstack-destroy"
        ),
    )
    parser.add_argument(
        "--arch",
        choices=sorted(MACHINE),
        help="Lambda architecture to package and deploy (same as -c argus:architecture=...; default: cdk.json's, "
        "else arm64; the host's for LocalStack)",
    )
    parser.add_argument("--force", action="store_true", help="reinstall vendored dependencies even if up to date")
    parser.add_argument("extra", nargs=argparse.REMAINDER, help="after --: passed to the CDK CLI")
    args = parser.parse_args(argv)
    extra = [a for a in args.extra if a != "--"]
    local = args.command.startswith("localstack-")
    architecture = choose_architecture(args.arch, extra, local=local)

    # Every CDK command synthesizes the app (bootstrap too, to find its environment), and the app
    # refuses code that is not packaged.
    package(architecture, force=args.force)
    if args.command == "package":
        return 0
    if args.command == "bootstrap":
        # Through cdk() so the app runs with this interpreter (the venv's); a bare `cdk bootstrap`
        # would start cdk.json's `python3`, which may lack the project's dependencies.
        cdk(["bootstrap", *extra], architecture=architecture)
    elif args.command == "synth":
        cdk(["synth", "--quiet", *extra], architecture=architecture)
        print(f"synthesized into {CDK_OUT}")
    elif args.command == "diff":
        cdk(["diff", *extra], architecture=architecture)
    elif args.command == "deploy":
        cdk(["deploy", *extra], architecture=architecture)
    elif args.command == "destroy":
        cdk(["destroy", *extra], architecture=architecture)
    else:
        context = [arg for item in LOCALSTACK_CONTEXT for arg in ("--context", item)]
        env = localstack_env()
        if args.command == "localstack-deploy":
            cdk(["bootstrap", *context], architecture=architecture, local=True, env=env)
            deploy = ["deploy", "--require-approval", "never", *context, *extra]
            cdk(deploy, architecture=architecture, local=True, env=env)
        else:
            cdk(["destroy", "--force", *context, *extra], architecture=architecture, local=True, env=env)
    return 0


if __name__ == "__main__":
    sys.exit(main())
