"""``argus vehicle provision ID --vin VIN`` / ``argus vehicle revoke ID``: ops' vehicle registry.

Provisioning binds the vehicle id to its VIN (another vehicle's later claim of that VIN is a 403)
and prints the vehicle's credential: a JWT carrying the vehicle's current token version, signed by
the KMS key (``--kms-key-id``, on AWS) or by the local cloud's issuer. Revoking bumps the version:
every credential issued before stops working within the authorizer's 60 s cache; provision again
to issue a new one. Runs with the operator's AWS credentials (``--table``), or against the running
local cloud when neither ``--table`` nor ``--kms-key-id`` is given.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

DEFAULT_TTL_S = 30 * 24 * 3600


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "vehicle", help="provision a vehicle (bind its VIN, issue its credential) or revoke it"
    )
    actions = parser.add_subparsers(dest="action", required=True)
    provision = actions.add_parser("provision", help="bind VEHICLE_ID to --vin and print its credential")
    provision.add_argument("vehicle_id")
    provision.add_argument("--vin", required=True)
    provision.add_argument("--ttl", type=int, default=DEFAULT_TTL_S, help="credential lifetime (default 30 days)")
    revoke = actions.add_parser("revoke", help="invalidate every credential VEHICLE_ID holds")
    revoke.add_argument("vehicle_id")
    for action in (provision, revoke):
        action.add_argument("--table", help="the stack's DynamoDB table (AWS); default: the running local cloud")
        action.add_argument("--kms-key-id", help="the stack's vehicle signing key (AWS output VehicleSigningKeyId)")
        action.add_argument("--state", type=Path, help="local cloud state file (default: nearest .argus/local.json)")
    provision.set_defaults(func=run_provision)
    revoke.set_defaults(func=run_revoke)


def _registry_and_signer(args: argparse.Namespace):
    import boto3

    from argus.commands.token import load_state
    from argus.local.issuer import JWKS_FILE, KEY_FILE, LocalIssuer
    from functions.adapters.dynamodb_registry import DynamoVehicleRegistry
    from functions.adapters.kms_keys import KmsSigner

    if args.table:
        registry = DynamoVehicleRegistry(boto3.resource("dynamodb").Table(args.table))
        signer = KmsSigner(boto3.client("kms"), args.kms_key_id) if getattr(args, "kms_key_id", None) else None
        return registry, signer
    info = load_state(args.state, Path.cwd())
    if info is None:
        raise SystemExit("no --table given and no local cloud running (`argus local up`)")
    table = boto3.resource(
        "dynamodb", endpoint_url=info["aws_endpoint"], region_name="us-east-1",
        aws_access_key_id="local", aws_secret_access_key="local",
    ).Table(info["table"])  # fmt: skip
    state_dir = Path(info["state_dir"])
    return DynamoVehicleRegistry(table), LocalIssuer(state_dir / KEY_FILE, state_dir / JWKS_FILE).signer()


def run_provision(args: argparse.Namespace) -> int:
    from functions.core.domain.batch import Batch
    from functions.core.domain.errors import ArgusError
    from functions.http.auth import VEHICLE_AUDIENCE, issue_token
    from functions.settings import VEHICLE_ISSUER

    try:
        Batch.open(args.vehicle_id, args.vin)  # the same id and VIN rules as the API's
        registry, signer = _registry_and_signer(args)
        record = registry.claim(args.vehicle_id, args.vin)
        if signer is None:
            print("bound; pass --kms-key-id to also issue the credential", file=sys.stderr)
            return 0
        token = issue_token(
            signer, issuer=VEHICLE_ISSUER, audience=VEHICLE_AUDIENCE, role="vehicle",
            subject=args.vehicle_id, ttl_s=args.ttl, version=record.token_version,
        )  # fmt: skip
    except ArgusError as exc:
        print(f"{exc.code}: {exc.message}", file=sys.stderr)
        return 2
    except ValueError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    print(token)
    return 0


def run_revoke(args: argparse.Namespace) -> int:
    registry, _ = _registry_and_signer(args)
    record = registry.revoke(args.vehicle_id)
    print(f"{record.vehicle_id}: token version is now {record.token_version}; earlier credentials are refused")
    return 0
