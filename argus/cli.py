"""The ``argus`` command line: one entry point, one module per command under :mod:`argus.commands`.

Each command module exposes ``register(subparsers)`` which adds its parser and sets ``func``;
``func(args)`` returns the process exit code.
"""

from __future__ import annotations

import argparse
import importlib
import sys

COMMAND_MODULES = (
    "argus.commands.local",  # argus local up
    "argus.commands.demo",  # argus demo
    "argus.commands.token",  # argus token vehicle|engineer
    "argus.commands.vehicle",  # argus vehicle provision|revoke
    "argus.commands.templates",  # argus templates LOGFILE --out structured.csv
    "argus.commands.parse",  # argus parse FILE --json
    "argus.commands.analyze",  # argus analyze PATH... --json
    "argus.commands.upload",  # argus upload PATH... --vehicle-id ID --vin VIN [--wait]
    "argus.commands.batches",  # argus batches [--vehicle-id --vin --status --since --until]
    "argus.commands.status",  # argus status BATCH
    "argus.commands.report",  # argus report BATCH [--html PATH | --open]
    "argus.commands.fleet",  # argus fleet codes, argus similar BATCH
)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("argus-ota")
    except PackageNotFoundError:
        return "unknown (not installed)"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="argus", description="Argus OTA: vehicle log analysis platform")
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    subparsers = parser.add_subparsers(dest="command", required=True)
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:  # the command is not part of this build
                continue
            raise
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    from argus.commands._connect import CommandFailed, fail

    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except CommandFailed as exc:
        return fail(str(exc), exc.code)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
